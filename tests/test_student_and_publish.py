"""`make student` copies and the publish step's settings."""

import subprocess
import sys

import nbformat
import pytest

from conftest import ROOT
from irsocial.course.publish import SETUP_CODE, PublishError, publish_config, stamp_notebook
from irsocial.course.student import make_student_notebook


def test_student_cli_removes_solutions_clears_outputs_and_leaves_originals_alone(tmp_path):
    before = {p: p.read_bytes() for p in (ROOT / "exercises").glob("*.ipynb")}
    out = tmp_path / "student"
    run = subprocess.run(
        [sys.executable, "-m", "irsocial.course.student", "--src", str(ROOT / "exercises"), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert {p: p.read_bytes() for p in before} == before
    for path in before:
        student = nbformat.read(out / path.name, as_version=4)
        assert not any("solution" in c.metadata.get("tags", []) for c in student.cells)
        assert all(c.get("outputs", []) == [] for c in student.cells if c.cell_type == "code")
        original = nbformat.read(path, as_version=4)
        assert len(student.cells) < len(original.cells)
    assert (out / "data" / "01-landscape" / "platform_survey.csv").is_file()
    assert (out / "book" / "quizzes" / "01-landscape.yml").is_file(), "quizzes travel with the student copies"
    assert (out / "book" / "content" / "11-professionalism.yml").is_file(), "course content travels too"
    assert (out / "book" / "teaching" / "checklist.yml").is_file(), "the checklist the plan notebook reads"


@pytest.mark.parametrize(
    "args, words",
    [
        (["--src", "no/such/folder"], "no such folder"),
    ],
)
def test_student_cli_bad_input_is_one_clear_line_not_a_traceback(tmp_path, args, words):
    run = subprocess.run(
        [sys.executable, "-m", "irsocial.course.student", *args, "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert words in run.stderr and "Traceback" not in run.stderr


def test_student_cli_refuses_to_write_over_the_exercises(tmp_path):
    (tmp_path / "01-x.ipynb").write_text(nbformat.writes(nbformat.v4.new_notebook()))
    run = subprocess.run(
        [sys.executable, "-m", "irsocial.course.student", "--src", str(tmp_path), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and "must differ" in run.stderr


def test_a_damaged_notebook_is_named(tmp_path):
    (tmp_path / "01-bad.ipynb").write_text("{not json")
    run = subprocess.run(
        [sys.executable, "-m", "irsocial.course.student", "--src", str(tmp_path), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and "01-bad.ipynb" in run.stderr and "Traceback" not in run.stderr


def test_student_notebook_drops_widget_state():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1", metadata={"tags": ["solution"]})])
    nb.metadata["widgets"] = {"state": {}}
    student = make_student_notebook(nb)
    assert student.cells == [] and "widgets" not in student.metadata and nb.cells


def test_local_config_has_no_launch_buttons_or_repository_guess():
    import yaml

    config = yaml.safe_load((ROOT / "_config.yml").read_text())
    assert not config["repository"]["url"]
    assert not config["launch_buttons"]["binderhub_url"] and not config["launch_buttons"]["colab_url"]


def test_publish_config_takes_the_repository_it_is_given():
    import yaml

    base = yaml.safe_load((ROOT / "_config.yml").read_text())
    config = publish_config(base, "someone/ir-course", "launch")
    assert config["repository"]["url"] == "https://github.com/someone/ir-course"
    assert config["launch_buttons"]["colab_url"] and config["launch_buttons"]["binderhub_url"]
    assert config["execute"] == base["execute"] and not base["repository"]["url"]
    with pytest.raises(PublishError, match="OWNER/NAME"):
        publish_config(base, "https://evil.example/x", "launch")


def test_stamping_writes_the_repository_into_the_setup_cell_only():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(SETUP_CODE)])
    assert stamp_notebook(nb, "someone/ir-course")
    assert 'COURSE_REPOSITORY = "https://github.com/someone/ir-course"' in nb.cells[0].source


def test_every_exercise_starts_with_the_shared_setup_cell():
    for path in sorted((ROOT / "exercises").glob("[0-9][0-9]-*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        first_code = next(c for c in nb.cells if c.cell_type == "code")
        assert first_code.source == SETUP_CODE, path.name


def test_setup_cell_without_toolkit_prints_a_message_instead_of_failing(tmp_path):
    # Run the set-up cell in a Python that cannot import irsocial (isolated mode, empty folder).
    script = tmp_path / "setup_cell.py"
    script.write_text(SETUP_CODE)
    run = subprocess.run([sys.executable, "-I", "-S", str(script)], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "pip install -r requirements.txt" in run.stdout


def _student_copies(site_url=""):
    from conftest import toc_notebooks

    return {p.stem: make_student_notebook(nbformat.read(p, as_version=4), site_url) for p in toc_notebooks()}


def test_student_copies_make_sense_on_their_own():
    """No folded solutions, no links or paths outside the copy, no MyST-only markup; set-up collapsed; a start line."""
    import re

    from irsocial.course.student import RUN_THIS_FIRST, START_HERE

    for stem, nb in _student_copies().items():
        text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        for bad in (
            "Show solution",
            "folded under",
            "../book/",
            "exercises/data/",
            "exercises/output/",
            "```{",
            ":class:",
        ):
            assert bad not in text, f"{stem}: {bad!r} in a student copy"
        assert nb.cells[0].source.startswith("# ") and START_HERE in nb.cells[0].source.split("\n\n")[1], stem
        assert f"book/{stem}.html" in nb.cells[0].source and "course-site.zip" in nb.cells[0].source, (
            "without a site address the chapter is named in the offline site"
        )
        setup = next(i for i, c in enumerate(nb.cells) if "setup" in c.metadata.get("tags", []))
        assert nb.cells[setup].metadata["jupyter"]["source_hidden"] is True
        assert nb.cells[setup - 1].cell_type == "markdown" and nb.cells[setup - 1].source == RUN_THIS_FIRST
        assert re.search(r"> \*\*[^*]+\*\*", text), f"{stem}: admonitions become blockquotes with their titles"


def test_with_a_site_address_the_chapter_link_goes_to_the_published_page():
    nb = _student_copies("https://someone.github.io/ir-course/")["01-landscape"]
    assert "](https://someone.github.io/ir-course/book/01-landscape.html)" in nb.cells[0].source


def test_an_admonition_keeps_its_title_and_body_in_plain_markdown():
    from irsocial.course.student import plain_admonitions

    md = "Before.\n\n```{admonition} Pause and reflect\n:class: tip\nFirst line.\n\nSecond.\n```\n\nAfter."
    assert plain_admonitions(md) == "Before.\n\n> **Pause and reflect**\n>\n> First line.\n>\n> Second.\n\nAfter."
    assert plain_admonitions("```{note}\nShort.\n```") == "> **Note**\n>\n> Short."
