"""Regenerate the checker's month and weekday table from the Unicode CLDR data that babel ships.

The toolkit ships the table (``irsocial/postsafety/recognizers/_cldr_calendar.py``) so that it does not
need babel at run time; ``test_cldr_table.py`` checks it still matches. Regenerate with
``python tests/postsafety/make_cldr_table.py``.
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale

from irsocial.postsafety.recognizers.dates import LANGS, _fold

TABLE = Path(__file__).resolve().parents[2] / "irsocial" / "postsafety" / "recognizers" / "_cldr_calendar.py"


def cldr_calendar_words() -> tuple[list[str], list[str]]:
    """(month names, weekday names) read from babel's CLDR data: the source of ``_cldr_calendar``."""
    months, days = set(), set()
    for code in LANGS:
        loc = Locale(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in loc.months[context][width].values():
                    name = name.strip(".").lower()
                    if len(name) >= 3:
                        months.update({name, _fold(name)})
            for name in loc.days[context]["wide"].values():
                days.update({name.lower(), _fold(name.lower())})
    months.update({"sept", "sep", "set", "mrz", "okt", "dez", "juni", "juli"})
    return sorted(months, key=len, reverse=True), sorted(days, key=len, reverse=True)


def main() -> None:
    found_months, found_days = cldr_calendar_words()
    head = TABLE.read_text(encoding="utf-8").split("MONTHS =")[0]
    TABLE.write_text(
        f"{head}MONTHS = frozenset({sorted(found_months)!r})\nWEEKDAYS = frozenset({sorted(found_days)!r})\n",
        encoding="utf-8",
    )
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
