"""The month and weekday table the checker ships is CLDR's, as babel has it (regenerate if this fails)."""

from make_cldr_table import cldr_calendar_words

from irsocial.postsafety.recognizers.dates import calendar_words


def test_the_shipped_calendar_table_matches_babels_cldr_data():
    months, days = cldr_calendar_words()
    assert calendar_words() == (frozenset(months), frozenset(days)), "run: python tests/postsafety/make_cldr_table.py"


def test_greek_genitive_and_portuguese_weekdays_are_in_the_table():
    months, days = calendar_words()
    assert {"μαρτίου", "märz", "août", "settembre", "diciembre", "março", "mrt"} <= months
    assert {"segunda-feira", "dienstag", "τρίτη", "woensdag"} <= days
