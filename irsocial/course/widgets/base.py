"""Shared pieces of the widgets: a box that also renders statically on a page built without a kernel."""

from __future__ import annotations

import ipywidgets as w

LAUNCH_NOTE = (
    "<p><em>This is an interactive tool. On the website you see a static example; "
    "open the notebook (the launch button at the top of the page, or JupyterLab on your own computer) to use it.</em></p>"
)


class StaticAwareBox(w.VBox):
    """A VBox whose display also offers a static HTML rendering for pages built without a kernel."""

    def __init__(self, *args, static_html: str = "", summary: str = "", launch_note: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self._static_html = static_html
        self._summary = summary
        self._launch_note = launch_note

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/html"] = (
            f'<div class="irs-static-widget">{self._static_html}{LAUNCH_NOTE if self._launch_note else ""}</div>'
        )
        bundle["text/plain"] = self._summary or "Interactive tool: run this notebook to use it."
        return bundle
