"""Course machinery: feedback for checks, quiz banks, student notebooks, the Sphinx quiz directive."""
