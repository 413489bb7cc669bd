"""The synthetic network, the independent cascade, its checks and the spread simulator widget."""

import numpy as np
import pytest

from irsocial.course.chapters.ch06_networking import checks as check
from irsocial.course.chapters.ch06_networking.networks import (
    STRATEGIES,
    SpreadInputError,
    best_strategy,
    compare_strategies,
    difference_is_clear,
    professional_network,
    simulate_spread,
)
from irsocial.course.chapters.ch06_networking.widgets import spread_tool


@pytest.fixture(scope="module")
def net():
    return professional_network()


def test_same_seed_same_network_other_seed_other_network():
    a, b, c = professional_network(100, seed=5), professional_network(100, seed=5), professional_network(100, seed=6)
    assert all(np.array_equal(x, y) for x, y in zip(a.neighbours, b.neighbours, strict=True))
    assert not all(np.array_equal(x, y) for x, y in zip(a.neighbours, c.neighbours, strict=True))


def test_network_is_undirected_and_the_central_account_is_the_hub(net):
    for i, friends in enumerate(net.neighbours):
        assert i not in friends
        for j in friends[:5]:
            assert i in net.neighbours[j]
    assert net.degree(net.central) == max(net.degree(i) for i in range(net.size))
    assert net.you not in net.hashtag_followers


def test_simulation_is_seeded_and_reach_is_never_more_than_the_network(net):
    a = simulate_spread(net, "community hashtag", 0.05, runs=50, seed=3)
    b = simulate_spread(net, "community hashtag", 0.05, runs=50, seed=3)
    assert np.array_equal(a.reaches, b.reaches)
    assert a.reaches.max() < net.size and a.mean_low <= a.mean <= a.mean_high


def test_with_zero_share_probability_only_the_first_audience_sees_the_post(net):
    r = simulate_spread(net, "no hashtag", 0.0, runs=10)
    assert set(r.reaches) == {net.degree(net.you)}


def test_a_central_repost_reaches_more_than_posting_alone(net):
    results = compare_strategies(net, 0.05, runs=200)
    assert set(results) == set(STRATEGIES)
    assert best_strategy(results) == "central repost"
    assert difference_is_clear(results["central repost"], results["no hashtag"])


def test_bad_settings_give_messages_a_resident_can_act_on(net):
    with pytest.raises(SpreadInputError, match="between 0 and 1"):
        simulate_spread(net, "no hashtag", 5)
    with pytest.raises(SpreadInputError, match="choose one of"):
        simulate_spread(net, "viral", 0.05)


def test_checks_pass_with_the_right_answers_and_help_with_wrong_ones(net):
    assert check.chosen_probability(0.05).status == "passed"
    assert check.chosen_probability(5).status == "not yet" and "percentage" in check.chosen_probability(5).message
    assert check.chosen_probability(...).status == "not attempted"
    assert check.strongest_strategy(net, 0.05, "central repost").status == "passed"
    assert check.strongest_strategy(net, 0.05, "no hashtag").status == "not yet"
    results = compare_strategies(net, 0.05, runs=check.RUNS)
    truth = difference_is_clear(results["central repost"], results["community hashtag"])
    assert check.clear_difference(net, 0.05, truth).status == "passed"
    assert check.clear_difference(net, 0.05, not truth).status == "not yet"
    assert check.one_run_lesson("b").status == "passed" and check.one_run_lesson("A").status == "not yet"


def test_spread_simulator_runs_on_click_and_follows_the_sliders(net):
    tool = spread_tool(net, runs=50)
    tool.probability.value = 0.0
    tool.strategy.value = "no hashtag"
    assert "own followers" in tool.explanation.value
    tool.button.click()
    assert f"<td>{net.degree(net.you)}</td>" in tool.result.value
    tool.strategy.value = "central repost"
    assert "central account" in tool.explanation.value
    tool.probability.value = 0.1
    tool.button.click()
    assert "central repost" in tool.result.value and "10%" in tool.result.value


def test_spread_simulator_has_a_static_rendering_not_a_repr(net):
    bundle = spread_tool(net, runs=20)._repr_mimebundle_()
    assert "Spread simulator" in bundle["text/html"] and "VBox(" not in bundle["text/html"]
    assert "<table" in bundle["text/html"]


def test_a_probability_written_as_a_percent_passes_and_every_later_task_reads_it_the_same_way(net):
    first = check.chosen_probability("5%")
    assert first.status == "passed" and first.message.startswith('I read "5%" as the number 0.05.')
    assert check.strongest_strategy(net, "5%", "central repost").status == "passed"
    results = compare_strategies(net, 0.05, runs=check.RUNS)
    truth = difference_is_clear(results["central repost"], results["community hashtag"])
    assert check.clear_difference(net, "5%", "yes" if truth else "no").status == "passed"


def test_a_probability_too_high_or_out_of_range_gets_its_own_reason():
    assert "one in three" in check.chosen_probability(0.5).message
    assert "above 0" in check.chosen_probability(0).message
    assert check.chosen_probability("often").status == "not yet"
