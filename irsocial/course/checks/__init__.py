"""One module of checks per exercise notebook; each check returns a ``CheckResult``."""
