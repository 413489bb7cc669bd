"""ipywidgets front-ends shared by several chapters (no logic of their own), one module per tool.

A chapter's own tools live in its package (``irsocial.course.chapters.chNN_slug.widgets``). Every
tool also carries a static HTML rendering, so a page built without a kernel shows what the tool
does and an example of its output instead of a Python repr.
"""

from irsocial.course.widgets import answer as ask
from irsocial.course.widgets.base import LAUNCH_NOTE, StaticAwareBox
from irsocial.course.widgets.postchecker import (
    PostCheckerTool,
    findings_html,
    highlight_html,
    post_checker,
    review_html,
)
from irsocial.course.widgets.quiz import QuizWidget, quiz
from irsocial.course.widgets.wouldyoupost import WouldYouPostTool, would_you_post_tool

__all__ = [
    "ask",
    "LAUNCH_NOTE",
    "StaticAwareBox",
    "QuizWidget",
    "quiz",
    "PostCheckerTool",
    "post_checker",
    "highlight_html",
    "review_html",
    "findings_html",
    "WouldYouPostTool",
    "would_you_post_tool",
]
