"""``python -m irsocial``: the same command as ``irsocial`` (see irsocial/postsafety/cli.py)."""

from irsocial.postsafety.cli import main

raise SystemExit(main())
