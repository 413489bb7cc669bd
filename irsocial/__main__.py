"""``python -m irsocial``: the same command as ``irsocial`` (see irsocial/cli.py)."""

from irsocial.cli import main

raise SystemExit(main())
