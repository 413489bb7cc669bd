"""The appraisal rubric, agreement statistics, the chapter 10 data, checks and the rubric form."""

import pytest

from irsocial.course.chapters.ch10_misinformation import appraisal
from irsocial.course.chapters.ch10_misinformation import checks as check
from irsocial.course.chapters.ch10_misinformation import data as appraisal_data
from irsocial.course.chapters.ch10_misinformation.widgets import appraisal_tool
from irsocial.course.feedback import NOT_ATTEMPTED, NOT_YET, PASSED
from irsocial.course.stats import StatsInputError, cohen_kappa, percent_agreement

GOOD = {"source": 2, "evidence": 2, "conflicts": 2, "currency": 2, "consensus": 2, "overall": 5}


def test_the_rubric_names_its_frameworks_for_every_criterion():
    assert set(appraisal.FRAMEWORKS) == {"SIFT", "CRAAP"}
    for c in appraisal.RUBRIC:
        assert c.sift and c.craap and len(c.levels) == 3


def test_ratings_off_the_scale_or_missing_are_refused_with_a_message():
    with pytest.raises(appraisal.AppraisalError, match="missing evidence"):
        appraisal.validate_ratings({k: v for k, v in GOOD.items() if k != "evidence"})
    with pytest.raises(appraisal.AppraisalError, match="whole number from 0 to 2"):
        appraisal.validate_ratings(GOOD | {"source": 3})
    with pytest.raises(appraisal.AppraisalError, match="Unknown criterion"):
        appraisal.validate_ratings(GOOD | {"vibes": 1})
    assert appraisal.rubric_score(GOOD) == 10


def test_kappa_is_one_for_perfect_agreement_and_zero_or_less_for_chance():
    assert cohen_kappa([1, 2, 3], [1, 2, 3]) == 1.0
    assert cohen_kappa([1, 1, 2, 2], [1, 2, 1, 2]) == pytest.approx(0.0)
    assert cohen_kappa([1, 2], [2, 1]) < 0


def test_weighted_kappa_counts_near_misses_less_than_far_ones():
    truth = [1, 2, 3, 4, 5]
    near = cohen_kappa([2, 1, 4, 3, 5], truth, [1, 2, 3, 4, 5], weights="linear")
    far = cohen_kappa([5, 4, 1, 2, 3], truth, [1, 2, 3, 4, 5], weights="linear")
    assert near > far


def test_kappa_matches_a_hand_computed_example():
    # observed agreement 0.8; chance agreement (2*2 + 1*2 + 2*1) / 25 = 0.32; kappa = 0.48 / 0.68
    assert cohen_kappa([1, 2, 3, 3, 1], [1, 2, 3, 2, 1]) == pytest.approx(0.48 / 0.68)


def test_agreement_inputs_must_pair_up():
    with pytest.raises(StatsInputError):
        percent_agreement([1, 2], [1])
    with pytest.raises(appraisal.AppraisalError):
        appraisal.agreement([1, 9], [1, 2])


def test_calibration_table_and_largest_disagreements():
    table = appraisal.calibration_table([4, 4, 2], [2, 4, 2])
    assert table == [
        {"your_rating": 2, "posts": 1, "expert_mean": 2.0},
        {"your_rating": 4, "posts": 2, "expert_mean": 3.0},
    ]
    assert appraisal.largest_disagreements(["a", "b", "c"], [4, 4, 2], [2, 4, 2]) == [("a", 2)]


def test_calibration_plot_has_a_title_and_labelled_axes():
    posts = appraisal_data.appraisal_posts()
    fig = appraisal.plot_calibration(list(posts["post_id"]), [3] * 10, list(posts["expert_overall"]))
    ax = fig.axes[0]
    assert ax.get_title() and "1 = false" in ax.get_xlabel() and "1–5" in ax.get_ylabel()


def test_expert_ratings_are_on_the_rubric_scales():
    for _, row in appraisal_data.appraisal_posts().iterrows():
        ratings = {k: int(row[f"expert_{k}"]) for k in appraisal.CRITERIA} | {"overall": int(row["expert_overall"])}
        appraisal.validate_ratings(ratings)


def test_correction_rules_catch_repetition_insults_and_missing_sources():
    bad = {
        f.rule: f.met
        for f in appraisal.review_correction("CT dye causing dementia is a myth, you quack", ("dementia",))
    }
    assert bad == {
        "fits in one post": True,
        "does not repeat the myth": False,
        "points to a source": False,
        "stays civil": False,
    }


def test_checks_say_not_attempted_for_placeholders():
    placeholder = {k: ... for k in GOOD}
    assert check.one_post(placeholder).status == NOT_ATTEMPTED
    assert check.overall_ratings(...).status == NOT_ATTEMPTED
    assert check.biggest_disagreement(..., ..., ...).status == NOT_ATTEMPTED
    assert check.correction(...).status == NOT_ATTEMPTED


def test_checks_give_specific_feedback():
    far = {"source": 2, "evidence": 2, "conflicts": 2, "currency": 2, "consensus": 2, "overall": 5}
    result = check.one_post(far)
    assert result.status == NOT_YET and "currency" in result.message
    assert check.overall_ratings([1, 2]).status == NOT_YET
    mine = [1, 5, 4, 2, 3, 4, 1, 4, 2, 4]
    assert check.overall_ratings(mine).status == PASSED
    assert check.biggest_disagreement("P02", "source", mine).status == NOT_YET
    assert check.biggest_disagreement("P03", "vibes", mine).status == NOT_YET
    assert check.biggest_disagreement("P03", "conflicts", mine).status == PASSED


def test_rubric_form_saves_compares_and_summarises_through_its_callbacks():
    posts = appraisal_data.appraisal_posts()
    tool = appraisal_tool(posts)
    tool.save_button.click()
    assert "Rate every criterion first" in tool.result.value
    for post_id, overall in (("P01", 1), ("P03", 4)):
        tool.post.value = post_id
        for toggle in tool.criteria.values():
            toggle.value = 1
        tool.overall.value = overall
        tool.save_button.click()
        assert "Experts&#x27; note" in tool.result.value or "Experts' note" in tool.result.value
    assert tool.overall_ratings()[:3] == [1, None, 4]
    tool.summary_button.click()
    assert "exact agreement 50%" in tool.result.value
    tool.post.value = "P01"
    assert tool.overall.value == 1, "saved ratings come back when you return to a post"
    bundle = tool._repr_mimebundle_()
    assert "Appraisal rubric form" in bundle["text/html"] and "VBox(" not in bundle["text/plain"]


def test_the_correction_check_says_what_is_still_to_do_in_words():
    result = check.correction("Contrast from a CT scan causes dementia, you idiots.")
    assert result.status == "not yet" and result.message.startswith("Still to do: ")
    assert check.correction(42).message == "This must be text in quotes."
