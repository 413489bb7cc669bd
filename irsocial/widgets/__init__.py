"""ipywidgets front-ends over the toolkit (no logic of their own), one module per tool.

Every tool also carries a static HTML rendering, so a page built without a kernel shows what the
tool does and an example of its output instead of a Python repr. Add a tool as a new module here
and export it below.
"""

from irsocial.widgets.base import LAUNCH_NOTE, StaticAwareBox
from irsocial.widgets.profile import AuditReport, ProfileAuditTool, audit_html, profile_audit_tool
from irsocial.widgets.quiz import QuizWidget, quiz

__all__ = [
    "LAUNCH_NOTE", "StaticAwareBox", "QuizWidget", "quiz",
    "AuditReport", "ProfileAuditTool", "audit_html", "profile_audit_tool",
]
