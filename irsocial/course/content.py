"""Course content kept as data (``book/content/NN-slug.yml`` and the teaching kit's YAML), read by one validated loader.

Scenario trees, draft posts, appraisal posts and the like are text that educators edit, so they
live in YAML next to the quiz banks, not in Python. ``load_content`` finds a file from a notebook's
folder (or the repository), parses it and checks it against a small schema, so a slip in the YAML
gives one sentence naming the file and the field instead of a traceback deep in a check.

A schema is a dict ``field -> type`` (``str``, ``int``, ``float``, ``bool``, ``list``, ``dict``), a
list ``[schema]`` for a list of items that each follow ``schema``, or a dict with the key
``"*"`` whose value is the schema of every value of a mapping. A field name ending in ``?`` is
optional.

>>> validate({"title": "A", "steps": [{"n": 1}]}, {"title": str, "steps": [{"n": int}]}, "demo.yml")
{'title': 'A', 'steps': [{'n': 1}]}
>>> validate({"title": 3}, {"title": str}, "demo.yml")
Traceback (most recent call last):
...
irsocial.course.content.ContentError: demo.yml: 'title' must be text, not 3.
"""

from __future__ import annotations

from pathlib import Path

import yaml

TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "a mapping",
}
REPOSITORY = Path(__file__).resolve().parents[2]  # irsocial/course/content.py -> the repository root


class ContentError(ValueError):
    """A content file is missing or does not match its schema; the message names the file and the field."""


def find_book_file(relative: str | Path, start: str | Path | None = None) -> Path:
    """Find ``book/<relative>`` above ``start`` (default: the working folder), else in the repository.

    Notebooks run in ``exercises/`` (or a student copy beside a ``book/`` folder), the tests and the
    build at the root; an installed toolkit still finds the repository it was installed from.
    """
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents, REPOSITORY):
        candidate = folder / "book" / relative
        if candidate.is_file():
            return candidate
    raise ContentError(f"book/{relative} was not found above {here}. Open the notebook from the course folder.")


def _check(value, schema, where: str, name: str):
    if isinstance(schema, list):
        if not isinstance(value, list) or not value:
            raise ContentError(f"{where}: '{name}' must be a non-empty list.")
        return [_check(item, schema[0], where, f"{name}[{i}]") for i, item in enumerate(value)]
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            raise ContentError(f"{where}: '{name}' must be a mapping of fields.")
        if "*" in schema:
            return {key: _check(item, schema["*"], where, f"{name}.{key}") for key, item in value.items()}
        for field, sub in schema.items():
            key = field.rstrip("?")
            if key not in value:
                if field.endswith("?"):
                    continue
                raise ContentError(f"{where}: '{name}.{key}' is missing." if name else f"{where}: '{key}' is missing.")
            _check(value[key], sub, where, f"{name}.{key}" if name else key)
        return value
    ok = isinstance(value, schema) and not (schema is int and isinstance(value, bool))
    if schema is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not ok:
        raise ContentError(f"{where}: '{name}' must be {TYPE_NAMES[schema]}, not {value!r}.")
    return value


def validate(data, schema, where: str):
    """Check ``data`` against ``schema``; return it unchanged or raise ``ContentError``."""
    return _check(data, schema, where, "")


def load_content(relative: str | Path, schema, start: str | Path | None = None):
    """Read ``book/<relative>`` (YAML), validate it against ``schema`` and return the data."""
    path = find_book_file(relative, start)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f" near line {mark.line + 1}" if mark else ""
        raise ContentError(f"book/{relative}: not valid YAML{line}.") from None
    return validate(data, schema, f"book/{relative}")
