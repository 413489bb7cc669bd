"""Chapter 08 (advocacy): plain-language rewrites and the checks of its exercise."""

from irsocial.course.chapters.ch08_advocacy import checks as advocacy
from irsocial.course.feedback import NOT_ATTEMPTED, PASSED
from irsocial.postsafety.readability import TARGET_GRADE, reading_stats


def test_plain_rewrites_need_the_grade_and_the_facts():
    assert advocacy.rewrite("pae", advocacy.SAMPLE_POSTS["pae"]).status == "not yet"
    short_but_wrong = (
        "This treats a gland in men. A doctor puts a thin tube into a blood vessel. You are awake. "
        "You will feel fine and can rest at home soon after."
    )
    result = advocacy.rewrite("pae", short_but_wrong)
    assert result.status == "not yet" and "key fact" in result.message


def test_every_sample_post_is_above_the_target_grade_so_the_task_means_something():
    for key, text in advocacy.SAMPLE_POSTS.items():
        assert reading_stats(text).grade > TARGET_GRADE, key


def test_a_placeholder_rewrite_is_not_attempted():
    assert advocacy.rewrite("pae", ...).status == NOT_ATTEMPTED


def test_hardest_post_placeholder_and_right_answer():
    assert advocacy.hardest_post(...).status == NOT_ATTEMPTED
    grades = {k: reading_stats(v).grade for k, v in advocacy.SAMPLE_POSTS.items()}
    assert advocacy.hardest_post(max(grades, key=grades.get)).status == PASSED


def test_a_lost_key_fact_is_named_in_plain_words_once():
    text = (
        "Fibroids are lumps in the womb. A doctor puts a thin tube in a blood vessel and blocks their blood supply. "
        "They shrink over time and you go home soon after."
    )
    result = advocacy.rewrite("uae", text)
    assert result.status == "not yet"
    assert "a key fact is missing: back to normal in about a week" in result.message.lower()
    assert " or " not in result.message and "(" not in result.message


def test_an_unknown_post_is_named_without_a_python_repr():
    assert advocacy.hardest_post("PAE2").message == '"PAE2" is not one of the posts.'
