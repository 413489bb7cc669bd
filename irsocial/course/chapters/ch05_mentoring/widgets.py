"""The network explorer (chapter 05): choose a community or an account and see its reach and its bridges."""

from __future__ import annotations

import html

import ipywidgets as w
import networkx as nx
import pandas as pd

from irsocial.course.chapters.ch05_mentoring.communities import (
    Community,
    account_reach,
    bridges,
    central_accounts,
    community_of,
    get_community,
    plan_follows,
)
from irsocial.course.widgets.base import StaticAwareBox

COMMUNITY, ACCOUNT = "a community", "an account"


def _table(df: pd.DataFrame, caption: str) -> str:
    """A small accessible HTML table (caption, column headers with scope) of a data frame's columns."""
    head = "".join(f"<th scope='col'>{html.escape(str(c))}</th>" for c in df.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in df.itertuples(index=False)
    )
    return (
        f"<table class='irs-network'><caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def community_html(g: nx.DiGraph, communities: list[Community], name: str) -> str:
    """A community's most-followed accounts, its bridges to other communities and a three-step follow plan."""
    c = get_community(communities, name)
    central = central_accounts(g, n=3, community=c)[["account", "followers", "role"]]
    links = bridges(g, communities, n=len(g))
    links = links[(links["community"] == c.name) | links["also reaches"].str.contains(c.name, regex=False)]
    plan = plan_follows(g, communities, c.name, budget=3)
    parts = [
        f"<p><strong>{html.escape(c.name)}</strong>: {c.size} accounts.</p>",
        _table(central, f"Most-followed accounts in {c.name}"),
        _table(
            links.head(4)[["account", "community", "also reaches", "betweenness"]], f"Bridges into or out of {c.name}"
        )
        if len(links)
        else "<p>No bridge account links this community with another one.</p>",
        _table(plan.table().reset_index(), f"Whom to follow to reach {c.name}"),
    ]
    return "".join(parts)


def account_html(g: nx.DiGraph, communities: list[Community], account: str) -> str:
    """Where an account's followers are (its reach), community by community."""
    reach = account_reach(g, communities, account).reset_index()
    role = g.nodes[account].get("role", "")
    return (
        f"<p><strong>{html.escape(account)}</strong> ({html.escape(str(role))}), in the community "
        f"<em>{html.escape(community_of(communities, account))}</em>: {g.in_degree(account)} followers, "
        f"follows {g.out_degree(account)}.</p>" + _table(reach, f"Reach of {account} by community")
    )


class NetworkExplorer(StaticAwareBox):
    """Choose "a community" or "an account", pick one, press Explore: see reach, bridges and whom to follow."""

    def __init__(self, g: nx.DiGraph, communities: list[Community]):
        self.g = g
        self.communities = communities
        self.mode = w.ToggleButtons(options=[COMMUNITY, ACCOUNT], value=COMMUNITY, description="Explore")
        self.choice = w.Dropdown(
            description="Choose", options=[c.name for c in communities], style={"description_width": "initial"}
        )
        self.button = w.Button(description="Explore", button_style="primary", tooltip="Show reach and bridges")
        self.result = w.HTML()
        self.mode.observe(lambda _c: self._switch(), names="value")
        self.button.on_click(lambda _b: self.explore())
        example = communities[0].name
        static = (
            "<p><strong>Network explorer.</strong> Choose a community of the synthetic follower network (or a single "
            "account), press Explore, and read its most-followed accounts, the bridge accounts that link it with other "
            "communities, and a short plan of whom to follow to reach it; for an account, where its followers are. "
            f"Example output for the community <em>{html.escape(example)}</em>:</p>"
            + community_html(g, communities, example)
        )
        super().__init__(
            [self.mode, self.choice, self.button, self.result],
            static_html=static,
            summary="Network explorer (interactive)",
        )

    def _switch(self) -> None:
        if self.mode.value == COMMUNITY:
            self.choice.options = [c.name for c in self.communities]
        else:
            top = central_accounts(self.g, n=len(self.g))
            self.choice.options = list(top["account"])
        self.result.value = ""

    def explore(self) -> str:
        """Show the result for the current choice (the HTML is also returned)."""
        if self.choice.value is None:
            self.result.value = "<p>Choose a community or an account first.</p>"
        elif self.mode.value == COMMUNITY:
            self.result.value = community_html(self.g, self.communities, self.choice.value)
        else:
            self.result.value = account_html(self.g, self.communities, self.choice.value)
        return self.result.value


def network_explorer_tool(g: nx.DiGraph, communities: list[Community]) -> NetworkExplorer:
    """The network explorer over a follower graph and its communities."""
    return NetworkExplorer(g, communities)
