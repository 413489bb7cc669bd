"""Follower networks (chapter 05): communities, central accounts, bridges, the follow planner, checks and the explorer widget."""

from __future__ import annotations

import pandas as pd
import pytest

from irsocial.course.chapters.ch05_mentoring import checks as check
from irsocial.course.chapters.ch05_mentoring import communities as cm
from irsocial.course.chapters.ch05_mentoring import data as network_data
from irsocial.course.chapters.ch05_mentoring.widgets import NetworkExplorer, network_explorer_tool
from irsocial.course.feedback import NOT_ATTEMPTED, NOT_YET, PASSED


@pytest.fixture(scope="module")
def net():
    g = cm.build_network(network_data.follower_network(), network_data.follower_accounts())
    return g, cm.find_communities(g)


def test_every_edge_joins_known_accounts_and_no_one_follows_themselves():
    accounts, edges = network_data.follower_accounts(), network_data.follower_network()
    known = set(accounts["account"])
    assert accounts["account"].is_unique and set(edges["follower"]) | set(edges["followed"]) <= known
    assert not (edges["follower"] == edges["followed"]).any()
    assert not edges.duplicated().any()


def test_the_algorithm_recovers_the_five_invented_groups(net):
    g, communities = net
    assert sorted(cm.community_names(communities)) == sorted(network_data.NETWORK_GROUPS)
    assert sum(c.size for c in communities) == g.number_of_nodes()
    table = cm.communities_table(g, communities)
    assert (table["follows kept inside (%)"] > 60).all()


def test_group_accounts_are_the_most_followed(net):
    g, _ = net
    top = cm.central_accounts(g, n=5)
    assert set(top["role"]) == {"group account"}
    assert list(top["followers"]) == sorted(top["followers"], reverse=True)


def test_bridges_reach_another_community_and_are_the_planted_mentors(net):
    g, communities = net
    table = cm.bridges(g, communities, n=5)
    assert len(table) == 5
    assert all(r["community"] not in r["also reaches"] for _, r in table.iterrows())
    assert table["role"].str.endswith("and mentor").all()


def test_planner_covers_a_community_greedily_with_diminishing_returns(net):
    g, communities = net
    plan = cm.plan_follows(g, communities, "Interventional Oncology", budget=4)
    gains = [s.new_people for s in plan.steps]
    assert gains == sorted(gains, reverse=True) and plan.steps[0].account == "@IO_Tumor_Board_Teach"
    assert 0.5 < plan.coverage <= 1 and plan.table()["people reached so far"].iloc[-1] == plan.reached
    without_hub = cm.plan_follows(
        g, communities, "interventional oncology", budget=1, exclude=("@IO_Tumor_Board_Teach",)
    )
    assert without_hub.reached < plan.steps[0].new_people


def test_planner_and_lookups_explain_bad_input(net):
    g, communities = net
    with pytest.raises(cm.NetworkInputError, match="communities are"):
        cm.plan_follows(g, communities, "cardiology", 2)
    with pytest.raises(cm.NetworkInputError, match="whole number"):
        cm.plan_follows(g, communities, "women in IR", 0)
    with pytest.raises(cm.NetworkInputError, match="not in the network"):
        cm.account_reach(g, communities, "@nobody")
    with pytest.raises(cm.NetworkInputError, match="followed"):
        cm.build_network(pd.DataFrame({"follower": ["@a"]}))


def test_account_reach_counts_followers_per_community(net):
    g, communities = net
    reach = cm.account_reach(g, communities, "@res_nils_67")
    assert reach["followers there"].sum() == g.in_degree("@res_nils_67")
    assert reach.loc["medical students", "followers there"] > 0


def test_network_plot_has_a_title_and_one_legend_entry_per_community(net):
    g, communities = net
    fig = cm.plot_network(g, communities)
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel()
    assert len(ax.get_legend().get_texts()) == len(communities)


def test_checks_pass_with_the_right_answers_and_explain_wrong_ones(net):
    g, communities = net
    assert check.community_count(communities, 5).status == PASSED
    assert check.community_count(communities, 4).status == NOT_YET
    assert check.most_followed(g, "@Northvale_IR_Student_Club").status == PASSED
    assert check.most_followed(g, "Northvale_IR_Student_Club").status == PASSED  # the @ is optional
    assert check.most_followed(g, "@Women_in_IR_Circle").status == NOT_YET
    assert check.most_followed(g, "@nobody").status == NOT_YET
    assert check.bridge_to_students(g, communities, "@res_nils_67").status == PASSED
    assert check.bridge_to_students(g, communities, "@fel_ana_35").status == NOT_YET  # a bridge, but not to students
    assert check.bridge_to_students(g, communities, "@IO_Tumor_Board_Teach").status == NOT_YET
    assert check.follow_plan(g, communities, "women in IR", 2).status == PASSED
    assert check.follow_plan(g, communities, "medical students", 2).status == NOT_YET
    assert check.follow_plan(g, communities, "women in IR", 12).status == NOT_YET
    assert check.follow_plan(g, communities, "cardiology", 2).status == NOT_YET
    assert check.first_message("c").status == PASSED
    assert {check.first_message(x).status for x in ("A", "B", "Z")} == {NOT_YET}


def test_checks_say_not_attempted_for_placeholders(net):
    g, communities = net
    results = [
        check.community_count(communities, ...),
        check.most_followed(g, ...),
        check.bridge_to_students(g, communities, ...),
        check.follow_plan(g, communities, ..., ...),
        check.follow_plan(g, communities, "women in IR", ...),
        check.first_message(...),
    ]
    assert {r.status for r in results} == {NOT_ATTEMPTED}


def test_explorer_shows_a_community_on_click(net):
    g, communities = net
    tool = network_explorer_tool(g, communities)
    assert isinstance(tool, NetworkExplorer)
    tool.choice.value = "women in IR"
    tool.button.click()
    assert "women in IR" in tool.result.value and "Whom to follow" in tool.result.value
    assert "@Women_in_IR_Circle" in tool.result.value


def test_explorer_switches_to_accounts_and_shows_reach(net):
    g, communities = net
    tool = network_explorer_tool(g, communities)
    tool.mode.value = "an account"
    assert tool.choice.options[0] == "@Northvale_IR_Student_Club" and len(tool.choice.options) == g.number_of_nodes()
    tool.choice.value = "@res_nils_67"
    tool.button.click()
    assert "Reach of @res_nils_67" in tool.result.value
    tool.mode.value = "a community"
    assert tool.result.value == "" and "medical students" in tool.choice.options


def test_explorer_renders_statically_without_a_python_repr(net):
    g, communities = net
    bundle = network_explorer_tool(g, communities)._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    assert "Network explorer" in data["text/html"] and "<table" in data["text/html"]
    assert "NetworkExplorer(" not in data["text/html"] and data["text/plain"] == "Network explorer (interactive)"


def test_counts_and_budgets_in_quotes_are_read_kindly(net):
    g, communities = net
    assert check.community_count(communities, "5").status == PASSED
    assert check.community_count(communities, 4.5).status == NOT_YET
    assert check.follow_plan(g, communities, "women in IR", "2").status == PASSED
    refused = check.follow_plan(g, communities, "women in IR", "two")
    assert refused.status == NOT_YET and refused.message == '"two" is not a whole number of accounts.'
