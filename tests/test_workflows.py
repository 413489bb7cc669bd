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


def test_publish_workflow_builds_once_tests_that_build_and_never_deploys_a_failing_one():
    text = (ROOT / ".github/workflows/publish.yml").read_text()
    flow = yaml.safe_load(text)
    jobs = flow["jobs"]
    build = jobs["build-and-test"]
    runs = [step.get("run", "") for step in build["steps"]]
    book = next(i for i, r in enumerate(runs) if "make book" in r)
    test = next(i for i, r in enumerate(runs) if "make test" in r)
    upload = next(i for i, s in enumerate(build["steps"]) if "upload-pages-artifact" in s.get("uses", ""))
    assert book < test < upload, "build, then test that build, then upload it"
    assert "IRSOCIAL_SITE=_build/html" in runs[test], "the tests judge the build that is published"
    assert sum("make book" in r for job in jobs.values() for r in (s.get("run", "") for s in job.get("steps", []))) == 1
    assert set(jobs["deploy"]["needs"]) == {"build-and-test", "fast-tests-python-3-10"}
    cache = next(s for s in build["steps"] if "actions/cache" in s.get("uses", ""))
    assert "jupyter_cache" in cache["with"]["path"] and cache["with"]["restore-keys"].strip()
    assert all(job["steps"][1]["with"].get("cache") == "pip" for job in (build, jobs["fast-tests-python-3-10"]))
    assert jobs["fast-tests-python-3-10"]["steps"][1]["with"]["python-version"] == "3.10"
    assert "CHROMIUM_PATH" in text, "the browser tests get a browser on the runner"
