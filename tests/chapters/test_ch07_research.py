"""Trial effects (bootstrap interval, permutation test), the synthetic trials and the exercise 07 checks."""

import numpy as np
import pytest

from irsocial.course.chapters.ch07_research import checks as check
from irsocial.course.chapters.ch07_research import data as trial_data
from irsocial.course.chapters.ch07_research.trials import (
    TrialInputError,
    analyse_trial,
    bootstrap_difference,
    permutation_test,
)


def test_difference_in_medians_and_means():
    assert bootstrap_difference([5, 6, 7, 8, 9], [1, 2, 3, 4, 5]).difference == 4.0
    assert bootstrap_difference([1, 2, 9], [1, 2, 3], statistic="mean").difference == pytest.approx(2.0)


def test_bootstrap_and_permutation_are_seeded():
    a, b = [3, 9, 4, 8, 7, 1], [2, 5, 1, 3, 2, 6]
    assert bootstrap_difference(a, b, seed=4) == bootstrap_difference(a, b, seed=4)
    assert permutation_test(a, b, seed=4) == permutation_test(a, b, seed=4)


def test_identical_groups_give_p_value_one_and_an_interval_with_zero():
    a = [10, 20, 30, 40, 50]
    assert permutation_test(a, a).p_value == 1.0
    assert not bootstrap_difference(a, a).excludes_zero()


def test_permutation_p_value_is_never_zero():
    # No shuffle is as extreme as the observed split: one-sided p = 1/501 (the observed labelling
    # counts as a shuffle), and scipy's two-sided p doubles the smaller one-sided p.
    p = permutation_test(list(range(100, 130)), list(range(30)), permutations=500).p_value
    assert p == pytest.approx(2 / 501)


def test_bad_input_gives_messages_a_resident_can_act_on():
    with pytest.raises(TrialInputError, match="median"):
        bootstrap_difference([1, 2], [3, 4], statistic="mode")
    with pytest.raises(TrialInputError, match="choose one of"):
        analyse_trial(trial_data.promotion_trial(), "citations")


def test_widmer_shaped_trial_matches_the_published_design_and_medians():
    t = trial_data.promotion_trial()
    assert t["arm"].value_counts().to_dict() == {"promoted": 34, "control": 34}
    medians = t.groupby("arm")[["downloads_30d", "visits_30d"]].median()
    assert medians.loc["promoted"].tolist() == [1042, 1070]
    assert medians.loc["control"].tolist() == [142, 265]
    assert "citations" not in t.columns


def test_fox_shaped_null_trial_matches_the_published_design_and_medians():
    t = trial_data.null_promotion_trial()
    assert t["arm"].value_counts().to_dict() == {"control": 122, "promoted": 121}
    assert t.groupby("arm")["page_views_30d"].median().to_dict() == {"control": 392, "promoted": 409}
    assert not analyse_trial(t, "page_views_30d").effect.excludes_zero()


def test_promotion_clearly_raises_access_in_the_synthetic_trial():
    for outcome in ("downloads_30d", "visits_30d"):
        result = analyse_trial(trial_data.promotion_trial(), outcome)
        assert result.effect.excludes_zero() and result.test.p_value < 0.001


def test_research_checks():
    t, null = trial_data.promotion_trial(), trial_data.null_promotion_trial()
    assert check.chosen_outcome(t, "visits_30d").status == "passed"
    assert "no citation column" in check.chosen_outcome(t, "citations").message
    assert check.chosen_outcome(t, ...).status == "not attempted"
    assert check.interval_reading(t, "downloads_30d", True).status == "passed"
    assert check.interval_reading(t, "downloads_30d", False).status == "not yet"
    assert check.permutation_reading(t, "visits_30d", True).status == "passed"
    assert check.citations_reading("B").status == "passed" and check.citations_reading("A").status == "not yet"
    assert check.null_trial_reading(null, False, "C").status == "passed"
    assert check.null_trial_reading(null, False, "A").status == "not yet"
    assert check.null_trial_reading(null, True, "C").status == "not yet"
    assert np.isclose(analyse_trial(t, "downloads_30d").effect.difference, 900)


def test_readings_take_yes_or_no_in_words_as_well_as_true_or_false():
    t, null = trial_data.promotion_trial(), trial_data.null_promotion_trial()
    assert check.interval_reading(t, "downloads_30d", "yes").status == "passed"
    assert check.permutation_reading(t, "visits_30d", "Y").status == "passed"
    assert check.null_trial_reading(null, "no", "C").status == "passed"
    assert check.interval_reading(t, "downloads_30d", "probably").status == "not yet"
