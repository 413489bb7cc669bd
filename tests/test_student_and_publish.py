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
    run = subprocess.run([sys.executable, "-m", "irsocial.course.student", "--src", str(ROOT / "exercises"), "--out", str(out)],
                         capture_output=True, text=True)
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


@pytest.mark.parametrize("args, words", [(["--src", "no/such/folder"], "no such folder"), ])
def test_student_cli_bad_input_is_one_clear_line_not_a_traceback(tmp_path, args, words):
    run = subprocess.run([sys.executable, "-m", "irsocial.course.student", *args, "--out", str(tmp_path / "o")],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert words in run.stderr and "Traceback" not in run.stderr


def test_student_cli_refuses_to_write_over_the_exercises(tmp_path):
    (tmp_path / "01-x.ipynb").write_text(nbformat.writes(nbformat.v4.new_notebook()))
    run = subprocess.run([sys.executable, "-m", "irsocial.course.student", "--src", str(tmp_path), "--out", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "must differ" in run.stderr


def test_a_damaged_notebook_is_named(tmp_path):
    (tmp_path / "01-bad.ipynb").write_text("{not json")
    run = subprocess.run([sys.executable, "-m", "irsocial.course.student", "--src", str(tmp_path), "--out", str(tmp_path / "o")],
                         capture_output=True, text=True)
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
