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
    assert other.status == feedback.NOT_YET and "'D' is not one of the replies" in other.message
    assert '"A", "B" or "C"' in other.hint
