import pytest

from irsocial.course.stats import StatsInputError, difference_ci, proportion_ci


def test_wilson_interval_matches_a_hand_calculation():
    # 110 of 186 (Patel et al. 2017): Wilson 95% interval 52.0% to 65.9%.
    est = proportion_ci(110, 186)
    assert est.proportion == pytest.approx(0.5914, abs=1e-4)
    assert est.low == pytest.approx(0.5196, abs=1e-3)
    assert est.high == pytest.approx(0.6588, abs=1e-3)
    assert "59.1% (95% CI 52.0% to 65.9%; 110 of 186)" in str(est)


def test_interval_stays_inside_zero_and_one_at_the_extremes():
    assert proportion_ci(0, 12).low == 0.0
    assert proportion_ci(12, 12).high == 1.0
    assert 0 < proportion_ci(1, 12).low < 0.05


def test_wider_confidence_gives_a_wider_interval():
    narrow, wide = proportion_ci(50, 100, 0.90), proportion_ci(50, 100, 0.99)
    assert wide.high - wide.low > narrow.high - narrow.low


@pytest.mark.parametrize(
    "args, words",
    [
        ((5, 0), "at least 1"),
        ((12, 10), "swap"),
        ((-1, 10), "between 0"),
        ((2.5, 10), "whole number"),
        ((..., 10), "whole number"),
    ],
)
def test_bad_counts_get_a_message_a_resident_can_act_on(args, words):
    with pytest.raises(StatsInputError, match=words):
        proportion_ci(*args)


def test_bad_confidence_level_is_refused():
    with pytest.raises(StatsInputError, match="between 0 and 1"):
        proportion_ci(5, 10, confidence=95)


def test_newcombe_difference_for_patels_trainee_figures():
    diff = difference_ci(proportion_ci(52, 110), proportion_ci(18, 76))
    assert diff.difference == pytest.approx(0.4727 - 0.2368, abs=1e-3)
    assert diff.excludes_zero()
    assert diff.low == pytest.approx(0.096, abs=0.005)


def test_a_difference_whose_interval_spans_zero_is_not_clear():
    assert not difference_ci(proportion_ci(10, 20), proportion_ci(11, 20)).excludes_zero()
