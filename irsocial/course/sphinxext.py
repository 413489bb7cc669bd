"""Sphinx extension: kernel-free quizzes, the teaching-kit directives, and the named steps run after a build."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import ReferenceRole, SphinxDirective

from irsocial.course import teaching
from irsocial.course.quizzes import QuizBankError, load_bank, render_static_html
from irsocial.course.site import DOWNLOADS, fix_site, write_offline_copies

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


class _KitDirective(SphinxDirective):
    """Base for the teaching-kit directives: a YAML source relative to the page."""

    optional_arguments = 1
    has_content = False

    def source(self) -> Path:
        relative, absolute = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(relative)
        return Path(absolute)

    def book_dir(self) -> Path:
        return Path(self.env.srcdir) / "book"

    def html(self, text: str) -> list[nodes.Node]:
        return [nodes.raw("", text, format="html")]


class SessionPlanDirective(_KitDirective):
    """```{session-plan} plans.yml``` with ``:session: session-60`` — minute-by-minute, minutes from chapters."""

    required_arguments = 1
    option_spec = {"session": str}

    def run(self):
        chapters = teaching.chapter_info(self.book_dir())
        for slug in chapters:
            self.env.note_dependency(str(self.book_dir() / f"{slug}.md"))
        try:
            plans = teaching.load_plans(self.source(), chapters)
            plan = plans[self.options.get("session", "")]
        except teaching.TeachingKitError as err:
            raise self.error(f"session-plan: {err}") from None
        except KeyError:
            raise self.error(
                f"session-plan: no session {self.options.get('session')!r} in {self.arguments[0]}"
            ) from None
        depth = self.env.docname.count("/")
        prefix = "../" * (depth - 1)  # from book/teaching/x to book/
        return self.html(teaching.render_plan_html(plan, chapters, prefix))


class ChecklistDirective(_KitDirective):
    """```{checklist} checklist.yml``` — the "before you post" checklist (also written as a PDF)."""

    required_arguments = 1

    def run(self):
        try:
            checklist = teaching.load_checklist(self.source())
        except teaching.TeachingKitError as err:
            raise self.error(f"checklist: {err}") from None
        return self.html(teaching.render_checklist_html(checklist))


class SelfAssessmentDirective(_KitDirective):
    """```{self-assessment} prepost.yml``` with ``:session: session-60``, ``:form: A`` (or B) and ``:answers:`` for the key."""

    required_arguments = 1
    option_spec = {
        "answers": directives.flag,
        "session": directives.unchanged_required,
        "form": directives.unchanged_required,
    }

    def run(self):
        plans_path = self.source().parent / "plans.yml"
        self.env.note_dependency(str(plans_path))
        try:
            assessment = teaching.load_assessment(self.source())
            plan = teaching.load_plans(plans_path, teaching.chapter_info(self.book_dir()))[
                self.options.get("session", "")
            ]
            outcomes = teaching.session_outcomes(plan)
            html = teaching.render_form_html(
                assessment, plan.id, outcomes, self.options.get("form", "A"), answers="answers" in self.options
            )
        except teaching.TeachingKitError as err:
            raise self.error(f"self-assessment: {err}") from None
        except KeyError:
            raise self.error(f"self-assessment: no session {self.options.get('session')!r} in plans.yml") from None
        return self.html(html)


class ObjectiveMapDirective(_KitDirective):
    """```{objective-map} prepost.yml``` — every objective with the quiz items and exercise tasks that assess it."""

    required_arguments = 1

    def run(self):
        quiz_dir = self.book_dir() / "quizzes"
        for path in sorted(quiz_dir.glob("*.yml")):
            self.env.note_dependency(str(path))
        plans_path = self.source().parent / "plans.yml"
        self.env.note_dependency(str(plans_path))
        try:
            banks = teaching.load_banks(quiz_dir)
            assessment = teaching.load_assessment(self.source())
            plans = teaching.load_plans(plans_path, teaching.chapter_info(self.book_dir()))
        except (QuizBankError, teaching.TeachingKitError) as err:
            raise self.error(f"objective-map: {err}") from None
        depth = self.env.docname.count("/")
        return self.html(teaching.render_objective_map_html(banks, assessment, plans, "../" * (depth - 1)))


class SiteFileRole(ReferenceRole):
    """{sitefile}`Title <downloads/course-site.zip>` — a link to a file the build writes at the site's root."""

    def run(self):
        depth = self.env.docname.count("/")
        node = nodes.reference(self.rawtext, self.title, refuri="../" * depth + self.target)
        return [node], []


def fix_pages(outdir: Path, srcdir: Path) -> str:
    """Accessibility and weight fixes on every built page (see ``irsocial.course.site.fix_site``)."""
    return f"accessibility fixes on {fix_site(outdir)} pages"


def write_checklist_pdf(outdir: Path, srcdir: Path) -> str:
    """The one-page "before you post" checklist as ``downloads/before-you-post.pdf``."""
    source = srcdir / "book" / "teaching" / "checklist.yml"
    if not source.is_file():
        return "no checklist"
    teaching.write_checklist_pdf(teaching.load_checklist(source), outdir / DOWNLOADS / "before-you-post.pdf")
    return "checklist PDF"


def write_slides(outdir: Path, srcdir: Path) -> str:
    """Each ``book/teaching/slides-NN.md`` as a reveal.js deck ``downloads/slides-NN.html`` (timer cues from
    the session plan ``session-NN``), its pictures copied to ``downloads/slides-media/``."""
    import shutil

    kit = srcdir / "book" / "teaching"
    sources = sorted(kit.glob("slides-*.md"))
    plans = teaching.load_plans(kit / "plans.yml", teaching.chapter_info(srcdir / "book")) if sources else {}
    media = outdir / DOWNLOADS / "slides-media"
    for source in sources:
        text = source.read_text(encoding="utf-8")
        plan = plans.get(source.stem.replace("slides-", "session-"))
        title = f"Social media for IR residents: {plan.title if plan else source.stem}"
        page = teaching.render_slides(text, title, plan)
        media.mkdir(parents=True, exist_ok=True)
        for image in teaching.slide_images(text, source.parent):
            shutil.copyfile(image, media / image.name)
        (outdir / DOWNLOADS / f"{source.stem}.html").write_text(page, encoding="utf-8")
    return f"{len(sources)} reveal.js slide deck(s)"


def write_offline_zips(outdir: Path, srcdir: Path) -> str:
    """The offline copies: the whole site and the student notebooks, as zips in ``downloads/``."""
    site_zip, student_zip = write_offline_copies(outdir, srcdir / "exercises")
    return f"offline copies {site_zip.name}, {student_zip.name}"


def write_prepost_pdfs(outdir: Path, srcdir: Path) -> str:
    """Form A, form B and the answer key of every session plan's pre/post assessment, each a one-page PDF."""
    kit = srcdir / "book" / "teaching"
    if not (kit / "prepost.yml").is_file():
        return "no pre/post assessment"
    assessment = teaching.load_assessment(kit / "prepost.yml")
    plans = teaching.load_plans(kit / "plans.yml", teaching.chapter_info(srcdir / "book"))
    written = 0
    for sid, plan in plans.items():
        outcomes = teaching.session_outcomes(plan)
        names = teaching.prepost_downloads(sid)
        for form in teaching.FORMS:
            teaching.write_form_pdf(assessment, sid, outcomes, form, outdir / DOWNLOADS / names[form], plan.title)
            written += 1
        teaching.write_key_pdf(assessment, sid, outcomes, outdir / DOWNLOADS / names["key"], plan.title)
        written += 1
    return f"{written} pre/post PDFs"


def write_room_pack(outdir: Path, srcdir: Path) -> str:
    """The printable room pack: ``downloads/room-pack.pdf`` (A4) and ``downloads/room-pack-letter.pdf`` (US Letter)."""
    from irsocial.course import roompack

    book = srcdir / "book"
    if not (book / "teaching" / "discussion-cases.md").is_file():
        return "no room pack"
    roompack.write_room_pack(book, outdir / DOWNLOADS / "room-pack.pdf", "A4")
    roompack.write_room_pack(book, outdir / DOWNLOADS / "room-pack-letter.pdf", "Letter")
    return "room pack (A4 and US Letter)"


#: What happens after a successful HTML build, in order (the zips come last: they hold the rest).
BUILD_FINISHED_STEPS = (
    fix_pages,
    write_checklist_pdf,
    write_prepost_pdfs,
    write_slides,
    write_room_pack,
    write_offline_zips,
)


def _after_build(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    outdir, srcdir = Path(app.outdir), Path(app.srcdir)
    (outdir / DOWNLOADS).mkdir(parents=True, exist_ok=True)
    done = [step(outdir, srcdir) for step in BUILD_FINISHED_STEPS]
    logger.info("irsocial: " + "; ".join(done))


def _add_static_path(app: Sphinx) -> None:
    if str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(STATIC))


def setup(app: Sphinx) -> dict:
    app.add_directive("quiz", QuizDirective)
    app.add_role("sitefile", SiteFileRole())
    app.add_directive("session-plan", SessionPlanDirective)
    app.add_directive("checklist", ChecklistDirective)
    app.add_directive("self-assessment", SelfAssessmentDirective)
    app.add_directive("objective-map", ObjectiveMapDirective)
    app.connect("build-finished", _after_build)
    app.connect("builder-inited", _add_static_path)
    app.add_js_file("irs-quiz.js", defer="defer")
    app.add_css_file("irs-course.css")
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
