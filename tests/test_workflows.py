"""The GitHub workflow files are valid (actionlint) and do what the README promises."""

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint() -> str:
    local = Path(sys.executable).parent / "actionlint"
    return str(local) if local.is_file() else shutil.which("actionlint")


def test_workflow_files_pass_actionlint():
    assert WORKFLOWS
    run = subprocess.run([actionlint(), *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_publish_workflow_uses_the_make_targets_caches_and_tests_before_deploying():
    text = (ROOT / ".github/workflows/publish.yml").read_text()
    flow = yaml.safe_load(text)
    jobs = flow["jobs"]
    assert "make test" in text and "make book" in text
    assert set(jobs["deploy"]["needs"]) >= {"test", "build"}
    assert "actions/cache" in text and "jupyter_cache" in text and "hashFiles(" in text
    assert "if: failure()" in text and "upload-artifact" in text
    assert "CHROMIUM_PATH" in text, "the browser tests get a browser on the runner"
