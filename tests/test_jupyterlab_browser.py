"""The student copies in JupyterLab, driven in Debian's Chromium as a resident would use them.

One JupyterLab server (from this Python, on student copies in a temporary folder) and one browser
for all notebooks: for each, Run ▸ Run All Cells, answer one task through its widget with a wrong
answer and then a right one, read the feedback, and check that no traceback shows anywhere. The
quiz is also checked for layout (options wrap beside their button at 1024, 1366 and 1920 px) and
for the keyboard (Tab to an option, Space to choose, Tab to "Check answer", Enter).

Locally, without Chromium, these tests skip; under CI=true a missing browser fails.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import CHROMIUM_ARGS, ROOT, require_chromium, toc_notebooks

pytestmark = pytest.mark.slow

NOTEBOOKS = [p.stem for p in toc_notebooks()]

#: One task per notebook: (answer name, kind of widget, a wrong answer, the right answer, words of the wrong feedback).
TASKS = {
    "01-landscape": ("professional_count", "number", "400", "233", "everyone who answered"),
    "02-professional-presence": ("risky_profile", "choice", "1", "2", "Profile 1"),
    "03-sharing-cases": ("blocking", "number", "3", "5", ""),
    "04-learning": ("meaning", "choice", "A", "B", ""),
    "05-mentoring": ("first_step", "choice", "A", "C", ""),
    "06-networking": ("share_probability", "number", "5", "5%", "percentage"),
    "07-research": ("answer", "choice", "A", "B", ""),
    "08-advocacy": ("my_reply", "choice", "A", "C", ""),
    "09-confidentiality": ("team_photo_verdict", "choice", "Post it as it is", "Fix it first", ""),
    "10-misinformation": (
        "my_correction",
        "text",
        "Dye does not stay in your brain or cause dementia.",
        "Contrast for CT scans is a well-studied medicine; raise any worry with the team doing the scan. "
        "Patient information from a radiology society: [link]",
        "dementia",
    ),
    "11-professionalism": ("best_reply_to_message", "choice", "B", "A", ""),
    "12-your-plan": (
        "networking",
        "text",
        None,
        "Residents and fellows in interventional oncology: I am at the European congress next week. "
        "Come and say hello at the trainee forum on day two. #IRad",
        "",
    ),
}
#: Notebooks that do not use the answer widgets: answer their quiz instead (none left).
QUIZ_ONLY: set[str] = set()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab on fresh student copies; yields (base URL, token)."""
    from irsocial.course.student import write_student_copies

    require_chromium()  # before starting a server that would be of no use
    root = tmp_path_factory.mktemp("lab")
    copies = root / "student"
    write_student_copies(ROOT / "exercises", copies)
    settings = root / "settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    # every cell in the DOM (no virtual scrolling), so that the whole notebook can be searched for tracebacks
    (settings / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    apputils = root / "settings" / "@jupyterlab" / "apputils-extension"
    apputils.mkdir(parents=True)
    (apputils / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    token, port = secrets.token_hex(16), _free_port()
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(root / "config"),
        "JUPYTER_RUNTIME_DIR": str(root / "runtime"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
    }
    log = open(root / "lab.log", "w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            f"--port={port}",
            "--ip=127.0.0.1",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={copies}",
            "--LabApp.extension_manager=readonly",
            f"--LabApp.user_settings_dir={root / 'settings'}",
            f"--LabApp.workspaces_dir={root / 'workspaces'}",
            "--LabApp.news_url=",
            "--ServerApp.open_browser=False",
            *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=copies,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text()[-2000:])
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not answer within 60 s")
        yield base, token
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def browser(lab):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=require_chromium(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _shutdown_kernels(base: str, token: str) -> None:
    request = urllib.request.Request(f"{base}/api/sessions?token={token}")
    for session in json.load(urllib.request.urlopen(request, timeout=10)):
        urllib.request.urlopen(
            urllib.request.Request(f"{base}/api/sessions/{session['id']}?token={token}", method="DELETE"), timeout=10
        )


def open_and_run_all(browser, lab, stem: str, width: int = 1366):
    """Open a notebook in JupyterLab, Run ▸ Run All Cells, wait for the last cell; returns (page, context)."""
    base, token = lab
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    # a workspace of its own, reset: only this notebook is open
    page.goto(
        f"{base}/lab/workspaces/{stem}-{width}/tree/{stem}.ipynb?reset&token={token}", wait_until="domcontentloaded"
    )
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=60_000)
    for _ in range(120):  # the kernel starts by itself, or JupyterLab asks which one (after an earlier session ended)
        if page.locator(".jp-Dialog button", has_text="Select").count():
            page.locator(".jp-Dialog button", has_text="Select").first.click()
        if page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").count():
            break
        time.sleep(0.5)
    started = (
        "() => [...document.querySelectorAll('.jp-InputPrompt')].some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"
    )
    for _attempt in range(4):  # Run ▸ Run All Cells; again if the kernel was not connected yet and nothing started
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        try:
            page.wait_for_function(started, timeout=10_000)
            break
        except Exception:
            page.keyboard.press("Escape")
            time.sleep(1)
    # the summary() cell is the last one: wait until it has an output and no cell is still running
    _wait_for_run_all(page, stem)
    return page, context


def _wait_for_run_all(page, stem):
    try:
        _wait_last_cell(page)
    except Exception:
        page.screenshot(path=os.path.join(os.environ.get("IRSOCIAL_ARTIFACTS", "/tmp"), f"lab-timeout-{stem}.png"))
        raise


def _wait_last_cell(page):
    page.wait_for_function(
        """() => { const cells = document.querySelectorAll('.jp-Notebook .jp-CodeCell');
                   const last = cells[cells.length - 1];
                   const running = [...document.querySelectorAll('.jp-InputPrompt')].some(p => p.textContent.includes('*'));
                   return last && last.querySelector('.jp-OutputArea-output') && !running; }""",
        timeout=40_000,
    )


def assert_no_traceback(page, stem: str) -> None:
    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error']").count()
    text = page.locator(".jp-Notebook").inner_text()
    assert errors == 0 and "Traceback" not in text and "Error:" not in text.replace("Not yet", ""), (
        f"{stem}: an error or traceback is visible"
    )


def answer_through_widget(page, stem: str):
    name, kind, wrong, right, words = TASKS[stem]
    box = page.locator(f".irs-answer-{name}").first
    box.scroll_into_view_if_needed()

    def give(value):
        if value is None:  # press Check on the unchanged draft
            pass
        elif kind == "choice":
            box.locator("button", has_text=value).first.click()
        elif kind == "number":
            box.locator("input").first.fill(value)
        else:
            box.locator("textarea").first.fill(value)
        time.sleep(0.3)  # the value syncs to the kernel
        box.locator("button", has_text="Check").last.click()

    give(wrong)
    box.locator(".irs-check").first.wait_for(timeout=20_000)
    page.wait_for_function(
        f"() => document.querySelector('.irs-answer-{name} .irs-check').textContent.includes('Not yet')", timeout=20_000
    )
    wrong_feedback = box.locator(".irs-check").first.inner_text()
    assert words.lower() in wrong_feedback.lower(), wrong_feedback
    give(right)
    page.wait_for_function(
        f"() => document.querySelector('.irs-answer-{name} .irs-check').textContent.includes('Passed')", timeout=20_000
    )
    return wrong_feedback, box.locator(".irs-check").first.inner_text()


def _quiz_first_question(stem: str):
    from irsocial.course.quizzes import find_bank, load_bank, presented

    bank = load_bank(find_bank(stem, ROOT))
    q = bank.questions[0]
    order = [i for i, _ in presented(bank, q)]
    return order.index(q.correct_index), (order.index(q.correct_index) + 1) % len(order)


def answer_quiz_by_keyboard(page, stem: str) -> tuple[str, str]:
    """Question 1 of the quiz: a wrong option with Space, then the right one; Tab to "Check answer", Enter."""
    right, wrong = _quiz_first_question(stem)
    quiz = page.locator(".irs-quiz-options").first
    quiz.scroll_into_view_if_needed()
    buttons = quiz.locator(".irs-quiz-option-row button")
    check = page.locator(".irs-quiz-options + button").first
    result = page.locator(".irs-quiz-options + button + .widget-html").first
    feedback = []
    for index, sign in ((wrong, "✗"), (right, "✓")):
        buttons.nth(index).focus()
        page.keyboard.press("Space")
        page.wait_for_function(
            "(b) => b.textContent.startsWith('✓')", arg=buttons.nth(index).element_handle(), timeout=10_000
        )
        check.focus()
        page.keyboard.press("Enter")
        page.wait_for_function(
            "([el, sign]) => el.textContent.includes(sign)", arg=[result.element_handle(), sign], timeout=20_000
        )
        feedback.append(result.inner_text())
    return feedback[0], feedback[1]


@pytest.mark.parametrize("stem", NOTEBOOKS)
def test_each_student_copy_runs_and_one_task_answers_through_its_widget(browser, lab, artifacts, stem):
    page, context = open_and_run_all(browser, lab, stem)
    try:
        assert_no_traceback(page, stem)
        if stem in QUIZ_ONLY:
            wrong, right = answer_quiz_by_keyboard(page, stem)
            assert "✗" in wrong and "✓" in right
        else:
            wrong, right = answer_through_widget(page, stem)
            assert "Not yet" in wrong and "Passed" in right
            if stem == "11-professionalism":
                page.locator(".irs-answer-best_reply_to_message").first.screenshot(
                    path=str(artifacts / "lab-11-answer-widget.png")
                )
                page.screenshot(path=str(artifacts / "lab-11-notebook.png"))
        assert_no_traceback(page, stem)
    finally:
        context.close()
        _shutdown_kernels(*lab)


@pytest.mark.parametrize("width", [1024, 1366, 1920])
def test_quiz_options_wrap_beside_their_button_and_work_with_the_keyboard(browser, lab, artifacts, width):
    page, context = open_and_run_all(browser, lab, "02-professional-presence", width=width)
    try:
        rows = page.locator(".irs-quiz-option-row")
        assert rows.count() > 10
        boxes = page.evaluate("""() => [...document.querySelectorAll('.irs-quiz-option-row')].map(r => {
            const b = r.querySelector('button').getBoundingClientRect();
            const t = r.querySelector('.irs-quiz-option-text').getBoundingClientRect();
            const row = r.getBoundingClientRect();
            return {row: [row.top, row.bottom], button: [b.left, b.right, b.top, b.bottom], text: [t.left, t.right, t.top, t.bottom],
                    scroll: r.scrollHeight - r.clientHeight};
        })""")
        for i, box in enumerate(boxes):
            assert box["text"][0] >= box["button"][1] - 1, f"option {i}: the text starts beside its button"
            assert box["text"][3] <= box["row"][1] + 1 and box["scroll"] <= 1, (
                f"option {i}: the text fits its row (wraps)"
            )
            if i + 1 < len(boxes) and boxes[i + 1]["row"][0] > box["row"][0]:
                assert boxes[i + 1]["row"][0] >= box["row"][1] - 1, f"option {i}: rows do not overlap"
        if width <= 1366:
            assert any(b["text"][3] - b["text"][2] > 30 for b in boxes), "long options wrap onto a second line"
        wrong, right = answer_quiz_by_keyboard(page, "02-professional-presence")
        assert "✗" in wrong and "✓" in right
        if width == 1024:
            page.locator(".irs-quiz-options").first.locator("xpath=..").screenshot(
                path=str(artifacts / "lab-quiz-1024.png")
            )
        assert_no_traceback(page, "02-professional-presence")
    finally:
        context.close()
        _shutdown_kernels(*lab)
