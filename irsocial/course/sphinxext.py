"""Sphinx extension: the ``{quiz}`` directive renders a YAML bank as a kernel-free quiz."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from irsocial.course.quizzes import QuizBankError, load_bank, render_static_html

STATIC = Path(__file__).parent / "static"


class QuizDirective(SphinxDirective):
    """```{quiz} quizzes/01-landscape.yml``` — the path is relative to the page."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        relative, absolute = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(relative)
        try:
            bank = load_bank(absolute)
        except QuizBankError as err:
            raise self.error(f"quiz: {err}") from None
        return [nodes.raw("", render_static_html(bank), format="html")]


def _add_static_path(app: Sphinx) -> None:
    if str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(STATIC))


def setup(app: Sphinx) -> dict:
    app.add_directive("quiz", QuizDirective)
    app.connect("builder-inited", _add_static_path)
    app.add_js_file("irs-quiz.js", defer="defer")
    app.add_css_file("irs-course.css")
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
