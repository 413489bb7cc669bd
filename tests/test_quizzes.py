import textwrap

import pytest

from conftest import ROOT, toc_chapters
from irsocial.course.quizzes import QuizBankError, grade, load_bank, parse_bank, render_static_html

BANKS = sorted((ROOT / "book/quizzes").glob("*.yml"))

GOOD = """
chapter: 99-test
title: Check your understanding
questions:
  - id: first
    question: "Which is right?"
    options:
      - text: "This one"
        correct: true
        explanation: "Because."
      - text: "That one"
        correct: false
        explanation: "Because not."
"""


def write(tmp_path, text):
    path = tmp_path / "bank.yml"
    path.write_text(textwrap.dedent(text))
    return path


@pytest.mark.parametrize("path", BANKS, ids=[p.stem for p in BANKS])
def test_every_bank_in_the_book_validates(path):
    bank = load_bank(path)
    assert bank.chapter == path.stem
    assert len(bank.questions) >= 4


def test_every_chapter_has_a_bank_and_shows_it():
    for chapter in toc_chapters():
        assert (ROOT / "book/quizzes" / f"{chapter.stem}.yml").is_file(), chapter
        assert f"{{quiz}} quizzes/{chapter.stem}.yml" in chapter.read_text(), chapter


@pytest.mark.parametrize(
    "broken, words",
    [
        (GOOD.replace("correct: false", "correct: true"), "question 1 (id 'first'): exactly one option must be correct; found 2"),
        (GOOD.replace('        explanation: "Because not."\n', ""), "question 1 (id 'first'), option B: 'explanation' must be non-empty"),
        (GOOD.replace("id: first", "id: First Question"), "question 1 (id 'First Question'): id must be lowercase"),
        (GOOD.replace("correct: true", "correct: yes please"), "option A: 'correct' must be true or false"),
        (GOOD.replace("questions:", "questionz:"), "unknown key"),
        ("chapter: [unclosed", "not valid YAML at line 1"),
    ],
)
def test_a_malformed_bank_names_the_file_and_the_question(tmp_path, broken, words):
    path = write(tmp_path, broken)
    with pytest.raises(QuizBankError) as err:
        load_bank(path)
    assert str(path) in str(err.value)
    assert words in str(err.value)


def test_a_missing_bank_says_so(tmp_path):
    with pytest.raises(QuizBankError, match="no such quiz bank"):
        load_bank(tmp_path / "nope.yml")


def test_grading_explains_the_chosen_option_and_the_right_one(tmp_path):
    q = load_bank(write(tmp_path, GOOD)).questions[0]
    assert grade(q, 0).correct and "Because." in grade(q, 0).message()
    wrong = grade(q, 1)
    assert not wrong.correct and "Because not." in wrong.message() and "This one" in wrong.message()
    with pytest.raises(QuizBankError, match="no option number 5"):
        grade(q, 5)


def test_static_html_has_a_labelled_radio_for_every_option_and_every_explanation(tmp_path):
    bank = parse_bank(__import__("yaml").safe_load(GOOD), "inline")
    html = render_static_html(bank)
    assert html.count('type="radio"') == 2
    assert html.count("<label for=") == 2
    assert "Because." in html and "Because not." in html
    assert "<legend>1. Which is right?</legend>" in html
    assert 'data-correct="0"' in html and 'role="status"' in html
