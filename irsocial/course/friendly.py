"""Errors in plain words: a slip in an exercise cell gets one sentence a resident can act on, not a traceback.

The set-up cell of every notebook calls ``install()``. In an IPython kernel it then:

- answers a ``NameError`` with what was probably meant: ``B`` → put your answer in quotes;
  ``true`` → write True with a capital letter; a course name such as ``check`` → run the cells
  from the top;
- answers a ``SyntaxError`` the same way: ``5%`` → write the number without %, or in quotes; an
  apostrophe inside single quotes → use double quotes; anything else → one sentence naming the line;
- remembers that the last cell failed (IPython's ``post_run_cell`` event), so the check below can
  say "The cell above did not run: …" instead of "Not attempted yet" (``last_failure``).

Outside IPython (plain Python, the tests) ``install()`` does nothing and ``last_failure()`` is None.

>>> explain_name_error("B", 'best_reply_to_message = B')
'Put your answer in quotes: "B".'
>>> explain_name_error("true", "p_below_005 = true")
'Write True or False with a capital letter, or "yes" or "no" in quotes.'
>>> explain_syntax_error("share_probability = 5%", "invalid syntax")
'Write the number without %, or put it in quotes: "5%".'
"""

from __future__ import annotations

import re
import sys
import types

#: Names the notebooks' set-up cells define: a NameError on one of them means the set-up did not run.
COURSE_NAMES = {
    "check",
    "ask",
    "quiz",
    "summary",
    "post_checker",
    "would_you_post_tool",
    "datasets",
    "plots",
    "surveys",
    "survey",
    "posts",
    "trial",
    "net",
    "g",
    "communities",
    "review_post",
    "find_identifiers",
    "show_review",
    "irsocial",
    "stats",
    "analysis",
    "simulation",
    "network",
    "rubric",
    "scenarios",
    "widgets",
}
RUN_FROM_TOP = "Run the cells from the top first: Run ▸ Run All Cells (the set-up cell defines {name})."

_STATE: dict[str, str | None] = {"failure": None, "cell": None}


def last_failure() -> str | None:
    """The plain sentence for the last cell that failed, if the last cell run failed; else None.

    >>> last_failure() is None
    True
    """
    return _STATE["failure"]


def forget() -> None:
    """Forget the last failure (a later cell ran cleanly)."""
    _STATE["failure"] = None


def _right_hand_side(source: str, name: str) -> str | None:
    """The text after ``=`` on the line where ``name`` stands alone as (part of) the value."""
    for line in (source or "").splitlines():
        code = line.split("#", 1)[0]
        if "=" in code and re.search(rf"(?<![\w\"']){re.escape(name)}(?![\w\"'])", code.split("=", 1)[1]):
            return code.split("=", 1)[1].strip()
    return None


def explain_name_error(name: str, source: str = "") -> str:
    """One sentence for a name Python does not know, given the cell's source."""
    if name.lower() in ("true", "false", "yes", "no"):
        return 'Write True or False with a capital letter, or "yes" or "no" in quotes.'
    if name in COURSE_NAMES:
        return RUN_FROM_TOP.format(name=name)
    value = _right_hand_side(source, name)
    if value is not None and re.fullmatch(r"[\w\s,.\-@#%/]+", value):
        return f'Put your answer in quotes: "{value}".'
    return (
        f'Python does not know the name {name}. If it is your answer, put it in quotes: "{name}". '
        "If it comes from an earlier cell, run the cells from the top: Run ▸ Run All Cells."
    )


def explain_syntax_error(line: str, message: str = "", lineno: int | None = None) -> str:
    """One sentence for a line Python cannot read."""
    line = line or ""
    percent = re.search(r"(\d+(?:\.\d+)?)\s*%", line)
    if percent and not re.search(r"[\"'][^\"']*%", line):
        return f'Write the number without %, or put it in quotes: "{percent.group(1)}%".'
    if re.search(r"'[^'\"]*\w'\w", line):
        return 'Your text contains an apostrophe: put double quotes around it ("…") instead of single quotes.'
    if "unterminated" in message or "EOL" in message or "EOF" in message:
        return "A text is not closed: check that every opening quote has its closing quote."
    where = f"line {lineno}" if lineno else "this cell"
    return f"Python could not read {where}: {line.strip()[:80]!s}. Check its quotes, brackets and commas."


def _custom_name_error(shell, etype, value, tb, tb_offset=None):
    name = getattr(value, "name", None) or (re.findall(r"'(\w+)'", str(value)) or ["?"])[0]
    sentence = explain_name_error(name, _STATE.get("cell") or "")
    _STATE["failure"] = sentence
    shell._showtraceback(etype, value, [sentence])
    return [sentence]


def _show_syntax_error(shell, filename=None, running_compiled_code=False):
    etype, value, _tb = sys.exc_info()
    if value is None or not isinstance(value, SyntaxError):
        return shell._irsocial_original_showsyntaxerror(filename, running_compiled_code)
    sentence = explain_syntax_error(value.text or "", value.msg or "", value.lineno)
    _STATE["failure"] = sentence
    shell._showtraceback(etype, value, [sentence])


def _pre_run(info) -> None:
    _STATE["cell"] = getattr(info, "raw_cell", "") or ""


def _post_run(result) -> None:
    if result.error_before_exec is None and result.error_in_exec is None:
        forget()


def install(shell=None) -> bool:
    """Install the plain-words handlers in the running IPython kernel; False (and no change) elsewhere."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None:
        return False
    if getattr(shell, "_irsocial_friendly", False):
        return True
    shell.set_custom_exc((NameError,), _custom_name_error)
    shell._irsocial_original_showsyntaxerror = shell.showsyntaxerror
    shell.showsyntaxerror = types.MethodType(_show_syntax_error, shell)
    shell.events.register("pre_run_cell", _pre_run)
    shell.events.register("post_run_cell", _post_run)
    shell._irsocial_friendly = True
    return True


def load_ipython_extension(ipython) -> None:
    """``%load_ext irsocial.course.friendly``, or a kernel started with ``--ext irsocial.course.friendly``."""
    install(ipython)


def install_kernel(prefix: str | None = None) -> str:
    """Make this environment's ``python3`` kernel load the plain-words errors as it starts.

    Then a resident who comes back the next day and runs a widget cell before the set-up cell gets
    "Run the cells from the top…" instead of a traceback. Writes ``share/jupyter/kernels/python3/
    kernel.json`` under ``prefix`` (this environment by default) and returns its path. A kernel whose
    ``irsocial`` cannot be imported still starts: IPython only warns about the extension.
    """
    import json
    from pathlib import Path

    spec = Path(prefix or sys.prefix) / "share" / "jupyter" / "kernels" / "python3" / "kernel.json"
    spec.parent.mkdir(parents=True, exist_ok=True)
    data = (
        json.loads(spec.read_text(encoding="utf-8"))
        if spec.is_file()
        else {"display_name": "Python 3 (ipykernel)", "language": "python", "metadata": {"debugger": True}}
    )
    argv = [
        a
        for a in data.get("argv", ["python", "-m", "ipykernel_launcher", "-f", "{connection_file}"])
        if not a.startswith("--ext")
    ]
    data["argv"] = [*argv, "--ext=irsocial.course.friendly"]
    spec.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return str(spec)


if __name__ == "__main__":
    print("The python3 kernel now loads the course's plain-words errors:", install_kernel())
