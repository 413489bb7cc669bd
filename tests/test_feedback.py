from irsocial.course import feedback


def test_placeholders_are_recognised():
    for value in (..., None, "...", "  ", "…", [], [...]):
        assert feedback.is_placeholder(value), value
    for value in (0, False, "IR resident", [1], 233):
        assert not feedback.is_placeholder(value), value


def test_a_result_records_itself_for_tests_and_shows_words_not_only_colour():
    feedback.reset()
    result = feedback.not_yet("Task 9", "Almost.", "Look again.")
    bundle, metadata = result._repr_mimebundle_()
    assert metadata[feedback.METADATA_KEY]["status"] == "not yet"
    assert "Not yet" in bundle["text/html"] and "Hint:" in bundle["text/html"]
    assert "Not yet" in bundle["text/plain"]


def test_summary_keeps_the_latest_result_per_task():
    feedback.reset()
    feedback.not_attempted("Task 1")
    feedback.passed("Task 1", "Done.")
    feedback.not_yet("Task 2", "No.")
    s = feedback.summary()
    assert s.counts() == {"passed": 1, "not yet": 1, "not attempted": 0}
    assert "1 passed, 1 not yet, 0 not attempted" in s.as_text()
    feedback.reset()
    assert "No checks have run yet" in feedback.summary().as_text()


def test_html_escapes_what_the_resident_typed():
    html = feedback.not_yet("Task", "<script>alert(1)</script>").as_html()
    assert "<script>" not in html


def test_a_choice_task_gives_each_wrong_letter_its_own_feedback_and_names_the_letters():
    wrong = {"A": ("A mixes luck with strategy.", "Read the table."), "C": ("C is a model.", "")}
    assert feedback.choice("T", ..., "B", wrong, "Yes.").status == feedback.NOT_ATTEMPTED
    assert '"A", "B" or "C"' in feedback.choice("T", "...", "B", wrong, "Yes.").message
    right = feedback.choice("T", " b ", "B", wrong, "Yes.")
    assert right.passed and right.message == "Yes."
    a = feedback.choice("T", "a", "B", wrong, "Yes.")
    assert (a.status, a.message, a.hint) == (feedback.NOT_YET, "A mixes luck with strategy.", "Read the table.")
    other = feedback.choice("T", "D", "B", wrong, "Yes.", noun="replies")
    assert other.status == feedback.NOT_YET and '"D" is not one of the replies' in other.message
    assert '"A", "B" or "C"' in other.hint


# --- one helper per kind of answer: numbers, yes/no, key terms, lists -------------------------------


def test_every_helper_says_not_attempted_for_the_placeholder():
    results = [
        feedback.number("T", ..., 12, "Yes."),
        feedback.yes_no("T", ..., True, "Yes.", "No."),
        feedback.key_terms("T", ..., ["neck"], "Yes."),
        feedback.items("T", ..., ["a"], "Yes."),
        feedback.number("T", "...", 12, "Yes."),
        feedback.key_terms("T", "…", ["neck"], "Yes."),
    ]
    assert [r.status for r in results] == [feedback.NOT_ATTEMPTED] * len(results)


def test_number_accepts_ints_and_floats_and_says_nothing_extra_about_them():
    assert feedback.number("T", 12, 12, "Yes.").message == "Yes."
    assert feedback.number("T", 12.0, 12, "Yes.").passed


def test_number_accepts_a_percent_sign_and_says_what_it_understood():
    r = feedback.number("T", "5%", 0.05, "Yes.")
    assert r.passed and r.message == 'I read "5%" as the number 0.05. Yes.'


def test_number_accepts_text_like_twelve_in_quotes_and_says_so_when_wrong_too():
    assert feedback.number("T", "12", 12, "Yes.").passed
    assert feedback.number("T", " 0.05 ", 0.05, "Yes.").passed
    wrong = feedback.number("T", "13", 12, "Yes.", hint="Count the rows.")
    assert wrong.status == feedback.NOT_YET
    assert wrong.message == 'I read "13" as the number 13. 13 is not the answer yet.'
    assert wrong.hint == "Count the rows."


def test_number_within_a_tolerance_passes_and_outside_it_does_not():
    assert feedback.number("T", 0.52, 0.5, "Yes.", tolerance=0.02).passed
    assert not feedback.number("T", 0.53, 0.5, "Yes.", tolerance=0.02).passed


def test_number_can_be_right_over_a_range_and_quote_the_value_in_its_message():
    r = feedback.number("T", 0.1, lambda p: 0 < p <= 0.3, lambda p: f"{p:.0%} is plausible.")
    assert r.passed and r.message == "10% is plausible."


def test_number_names_a_known_mistake_before_the_general_hint():
    wrong = [(100, "That is everyone.", "Count one row."), (lambda v: 0 < v < 1, "That is a share.", "Count people.")]
    assert (
        feedback.number("T", 100, 12, "Yes.", wrong=wrong).message,
        feedback.number("T", 0.4, 12, "Yes.", wrong=wrong).hint,
    ) == ("That is everyone.", "Count people.")
    other = feedback.number("T", 7, 12, "Yes.", wrong=wrong, wrong_message=lambda v: f"{v} is not the count.")
    assert other.message == "7 is not the count."


def test_number_refuses_words_and_true_without_a_python_repr():
    for answer, shown in (("twelve", '"twelve"'), (True, "True"), ([12], "[12]")):
        r = feedback.number("T", answer, 12, "Yes.")
        assert r.status == feedback.NOT_YET and r.message == f"{shown} is not a number."
        assert "'" not in r.message


def test_number_can_ask_for_a_whole_number():
    r = feedback.number("T", 2.5, 2, "Yes.", whole=True)
    assert r.status == feedback.NOT_YET and "whole number" in r.message
    assert feedback.number("T", 2.0, 2, "Yes.", whole=True).passed


def test_yes_no_accepts_booleans_and_the_usual_words_in_any_case():
    for answer in (True, "yes", "YES", " y ", "True", "true"):
        assert feedback.yes_no("T", answer, True, "Right.", "No.").passed, answer
    for answer in (False, "no", "No", "N", "false", "FALSE"):
        assert feedback.yes_no("T", answer, False, "Right.", "No.").passed, answer


def test_yes_no_explains_the_wrong_answer_and_refuses_anything_else_kindly():
    r = feedback.yes_no("T", "no", True, "Right.", "The interval is 3 to 9.", "Does it include 0?")
    assert (r.status, r.message, r.hint) == (feedback.NOT_YET, "The interval is 3 to 9.", "Does it include 0?")
    odd = feedback.yes_no("T", "maybe", True, "Right.", "No.")
    assert odd.status == feedback.NOT_YET and odd.message == '"maybe" is not yes or no.'
    assert feedback.yes_no("T", 1, True, "Right.", "No.").status == feedback.NOT_YET


def test_key_terms_accept_any_synonym_and_ignore_case():
    terms = ["fibroid", ("womb", "uterus"), ("without surgery", "no surgery")]
    assert feedback.key_terms("T", "Fibroids shrink; the UTERUS stays. No surgery.", terms, "Kept.").passed


def test_key_terms_name_each_missing_term_once_in_plain_words():
    terms = [("womb", "uterus"), ("womb", "uterus"), "week", "blood supply"]
    r = feedback.key_terms(
        "T", "Home within a week.", terms, "Kept.", "Keep every fact.", missing="A key fact is missing"
    )
    assert (r.status, r.message, r.hint) == (
        feedback.NOT_YET,
        "A key fact is missing: womb and blood supply.",
        "Keep every fact.",
    )


def test_key_terms_can_carry_a_plain_name_for_a_group_of_synonyms():
    facts = {
        "where the tube goes in": ("wrist", "groin", "arm", "leg"),
        "home the same day": ("same day", "home that day"),
    }
    r = feedback.key_terms("T", "Through the wrist.", facts, "Kept.", missing="A key fact is missing")
    assert r.message == "A key fact is missing: home the same day."


def test_key_terms_match_at_the_start_of_a_word_only():
    assert feedback.missing_key_terms("Tell me about the harm.", ["arm"]) == ["arm"]
    assert feedback.missing_key_terms("Both arms.", ["arm"]) == []


def test_key_terms_want_text_in_quotes():
    r = feedback.key_terms("T", 42, ["neck"], "Kept.")
    assert r.status == feedback.NOT_YET and "text in quotes" in r.message


def test_items_compare_as_a_set_and_name_what_is_missing_and_what_is_extra():
    right = ["Goals", "Audience", "Metrics"]
    assert feedback.items("T", ["metrics", " goals", "AUDIENCE"], right, "All there.").passed
    r = feedback.items("T", ["goals", "likes"], right, "All there.", "Read the list again.", noun="sections")
    assert r.status == feedback.NOT_YET
    assert r.message == "Missing: Audience and Metrics. Not among the sections: likes."
    assert r.hint == "Read the list again."


def test_items_read_text_with_commas_as_a_list_and_refuse_a_number():
    assert feedback.items("T", "goals, audience", ["goals", "audience"], "Yes.").passed
    assert feedback.items("T", 3, ["goals"], "Yes.").status == feedback.NOT_YET
