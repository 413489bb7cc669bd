"""Sphinx extension: the ``{quiz}`` directive renders a YAML bank as a kernel-free quiz."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import ReferenceRole, SphinxDirective

from irsocial.course.quizzes import QuizBankError, load_bank, render_static_html
from irsocial.course.site import fix_site, write_offline_copies

logger = logging.getLogger(__name__)

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


class SiteFileRole(ReferenceRole):
    """{sitefile}`Title <downloads/course-site.zip>` — a link to a file the build writes at the site's root."""

    def run(self):
        depth = self.env.docname.count("/")
        node = nodes.reference(self.rawtext, self.title, refuri="../" * depth + self.target)
        return [node], []


def _after_build(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    changed = fix_site(outdir)
    site_zip, student_zip = write_offline_copies(outdir, Path(app.srcdir) / "exercises")
    logger.info(f"irsocial: accessibility fixes on {changed} pages; offline copies {site_zip.name}, {student_zip.name}")


def _add_static_path(app: Sphinx) -> None:
    if str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(STATIC))


def setup(app: Sphinx) -> dict:
    app.add_directive("quiz", QuizDirective)
    app.add_role("sitefile", SiteFileRole())
    app.connect("build-finished", _after_build)
    app.connect("builder-inited", _add_static_path)
    app.add_js_file("irs-quiz.js", defer="defer")
    app.add_css_file("irs-course.css")
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
