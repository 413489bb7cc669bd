"""ipywidgets front-ends over the toolkit (no logic of their own), one module per tool.

Every tool also carries a static HTML rendering, so a page built without a kernel shows what the
tool does and an example of its output instead of a Python repr. Add a tool as a new module here
and export it below.
"""

from irsocial.widgets.base import LAUNCH_NOTE, StaticAwareBox
from irsocial.widgets.profile import AuditReport, ProfileAuditTool, audit_html, profile_audit_tool
from irsocial.widgets.quiz import QuizWidget, quiz
from irsocial.widgets.postchecker import PostCheckerTool, highlight_html, post_checker, review_html
from irsocial.widgets.imageviewer import ImageViewerTool, image_viewer, preview_png
from irsocial.widgets.appraisal import AppraisalTool, appraisal_tool, comparison_html
from irsocial.widgets.scenarios import ScenarioTool, scenario_tool
from irsocial.widgets.spread import SpreadSimulator, spread_html, spread_tool
from irsocial.widgets.wouldyoupost import WouldYouPostTool, would_you_post_tool
from irsocial.widgets.network_explorer import NetworkExplorer, account_html, community_html, network_explorer_tool

__all__ = [
    "AppraisalTool", "appraisal_tool", "comparison_html", "ScenarioTool", "scenario_tool",
    "LAUNCH_NOTE", "StaticAwareBox", "QuizWidget", "quiz",
    "AuditReport", "ProfileAuditTool", "audit_html", "profile_audit_tool",
    "PostCheckerTool", "post_checker", "highlight_html", "review_html",
    "ImageViewerTool", "image_viewer", "preview_png",
    "SpreadSimulator", "spread_html", "spread_tool",
    "WouldYouPostTool", "would_you_post_tool",
    "NetworkExplorer", "account_html", "community_html", "network_explorer_tool",
]
