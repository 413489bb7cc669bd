"""Follower-network analysis: communities, central accounts, bridges, and whom to follow to reach a community.

A follower network is a directed graph: an edge ``a -> b`` means account ``a`` follows ``b`` (so ``a``
sees ``b``'s posts). Build it from an edge list with :func:`build_network`.

>>> import pandas as pd
>>> edges = pd.DataFrame({"follower": ["@a", "@b", "@c"], "followed": ["@c", "@c", "@a"]})
>>> g = build_network(edges)
>>> central_accounts(g, n=1)["account"].tolist()
['@c']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd


class NetworkInputError(ValueError):
    """The edge list, an account or a community name cannot be used."""


@dataclass(frozen=True)
class Community:
    """A group of accounts that follow each other more than they follow the rest."""

    name: str
    members: frozenset

    @property
    def size(self) -> int:
        return len(self.members)


def build_network(edges: pd.DataFrame, accounts: pd.DataFrame | None = None) -> nx.DiGraph:
    """A directed follower graph from an edge list (``follower``, ``followed``) and optional account attributes."""
    for col in ("follower", "followed"):
        if col not in edges.columns:
            raise NetworkInputError(
                f"The edge list needs a column {col!r}; it has: {', '.join(map(str, edges.columns))}."
            )
    g = nx.DiGraph()
    if accounts is not None:
        for row in accounts.to_dict("records"):
            g.add_node(row["account"], **{k: v for k, v in row.items() if k != "account"})
    g.add_edges_from(zip(edges["follower"], edges["followed"]))
    return g


def find_communities(g: nx.DiGraph, label_attribute: str = "group") -> list[Community]:
    """Communities by greedy modularity on the undirected graph, largest first.

    Each community is named after the most common ``label_attribute`` of its members (for the course
    network, the group the accounts describe themselves as); unnamed ones become "community 1"...
    """
    if g.number_of_nodes() == 0:
        raise NetworkInputError("The network is empty.")
    found = nx.community.greedy_modularity_communities(g.to_undirected())
    found = sorted(found, key=lambda c: (-len(c), min(c)))
    result, used = [], Counter()
    for i, members in enumerate(found, start=1):
        labels = Counter(g.nodes[m].get(label_attribute) for m in members if g.nodes[m].get(label_attribute))
        name = labels.most_common(1)[0][0] if labels else f"community {i}"
        used[name] += 1
        if used[name] > 1:
            name = f"{name} ({used[name]})"
        result.append(Community(str(name), frozenset(members)))
    return result


def community_names(communities: list[Community]) -> list[str]:
    return [c.name for c in communities]


def get_community(communities: list[Community], name: str) -> Community:
    """The community called ``name`` (exact name, case-insensitive)."""
    for c in communities:
        if c.name.lower() == str(name).strip().lower():
            return c
    raise NetworkInputError(
        f"No community is called {name!r}; the communities are: {', '.join(community_names(communities))}."
    )


def community_of(communities: list[Community], account: str) -> str:
    """The name of the community ``account`` belongs to."""
    for c in communities:
        if account in c.members:
            return c.name
    raise NetworkInputError(f"{account!r} is not in the network. Check the spelling, including the @.")


def communities_table(g: nx.DiGraph, communities: list[Community], top: int = 2) -> pd.DataFrame:
    """One row per community: size, follows inside it (share of its members' follows) and its most-followed accounts."""
    rows = []
    for c in communities:
        out_edges = [(a, b) for a in c.members for b in g.successors(a)]
        inside = sum(b in c.members for _a, b in out_edges)
        leaders = sorted(c.members, key=lambda a: (-g.in_degree(a), a))[:top]
        rows.append(
            {
                "community": c.name,
                "accounts": c.size,
                "follows kept inside (%)": round(100 * inside / len(out_edges), 1) if out_edges else 0.0,
                "most-followed accounts": ", ".join(leaders),
            }
        )
    return pd.DataFrame(rows).set_index("community")


def central_accounts(g: nx.DiGraph, n: int = 5, community: Community | None = None) -> pd.DataFrame:
    """The ``n`` most-followed accounts (optionally within one community), with followers and PageRank."""
    rank = nx.pagerank(g, alpha=0.85)
    nodes = community.members if community else g.nodes
    rows = [
        {
            "account": a,
            "followers": g.in_degree(a),
            "follows": g.out_degree(a),
            "pagerank": round(rank[a], 4),
            "role": g.nodes[a].get("role", ""),
        }
        for a in nodes
    ]
    table = pd.DataFrame(rows).sort_values(["followers", "pagerank", "account"], ascending=[False, False, True])
    return table.head(n).reset_index(drop=True)


def bridges(g: nx.DiGraph, communities: list[Community], n: int = 5, min_ties: int = 5) -> pd.DataFrame:
    """Accounts with at least ``min_ties`` ties (follows either way) into another community, by betweenness.

    Betweenness centrality is the share of shortest paths between other accounts that pass through
    an account (on the undirected graph): a bridge joins groups that would otherwise be far apart.
    """
    home = {a: c.name for c in communities for a in c.members}
    und = g.to_undirected()
    between = nx.betweenness_centrality(und)
    rows = []
    for a in g.nodes:
        ties = Counter(home[b] for b in und.neighbors(a) if home[b] != home[a])
        reached = sorted(name for name, k in ties.items() if k >= min_ties)
        if reached:
            rows.append(
                {
                    "account": a,
                    "community": home[a],
                    "also reaches": ", ".join(reached),
                    "ties outside": sum(ties.values()),
                    "betweenness": round(between[a], 4),
                    "role": g.nodes[a].get("role", ""),
                }
            )
    columns = ["account", "community", "also reaches", "ties outside", "betweenness", "role"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["betweenness", "account"], ascending=[False, True]).head(n).reset_index(drop=True)


@dataclass(frozen=True)
class FollowStep:
    account: str
    new_people: int
    total_people: int


@dataclass(frozen=True)
class FollowPlan:
    """Whom to follow, in order, so that your replies and reposts appear to as much of a community as possible."""

    target: str
    community_size: int
    steps: tuple[FollowStep, ...]

    @property
    def reached(self) -> int:
        return self.steps[-1].total_people if self.steps else 0

    @property
    def coverage(self) -> float:
        return self.reached / self.community_size if self.community_size else 0.0

    def table(self) -> pd.DataFrame:
        return pd.DataFrame(
            [
                {
                    "follow": s.account,
                    "new people in the community": s.new_people,
                    "people reached so far": s.total_people,
                    "share of the community (%)": round(100 * s.total_people / self.community_size, 1),
                }
                for s in self.steps
            ],
            index=pd.RangeIndex(1, len(self.steps) + 1, name="step"),
        )


def plan_follows(
    g: nx.DiGraph, communities: list[Community], target: str, budget: int = 3, exclude: tuple[str, ...] = ()
) -> FollowPlan:
    """Choose up to ``budget`` accounts to follow so that their followers cover the ``target`` community.

    The audience of an account is the set of people who follow it: when you reply to its posts or it
    reposts you, they see you. The planner is greedy: each step adds the account whose followers
    include the most members of the community not yet covered (a standard approximation for this
    maximum-coverage problem).

    >>> import pandas as pd
    >>> edges = pd.DataFrame({"follower": ["@x", "@y", "@z", "@y"], "followed": ["@hub", "@hub", "@hub", "@x"]})
    >>> g = build_network(edges)
    >>> plan = plan_follows(g, [Community("all", frozenset(g.nodes))], "all", budget=1)
    >>> plan.steps[0].account, plan.reached
    ('@hub', 3)
    """
    if isinstance(budget, bool) or not isinstance(budget, int) or budget < 1:
        raise NetworkInputError("The budget must be a whole number of accounts, 1 or more.")
    community = get_community(communities, target)
    covered: set = set()
    steps = []
    candidates = sorted(a for a in g.nodes if a not in exclude)
    for _ in range(budget):
        best, gain = None, 0
        for a in candidates:
            new = sum(1 for f in g.predecessors(a) if f in community.members and f not in covered)
            if new > gain:
                best, gain = a, new
        if best is None:
            break
        covered |= {f for f in g.predecessors(best) if f in community.members}
        candidates.remove(best)
        steps.append(FollowStep(best, gain, len(covered)))
    return FollowPlan(community.name, community.size, tuple(steps))


def account_reach(g: nx.DiGraph, communities: list[Community], account: str) -> pd.DataFrame:
    """Where an account's followers are: followers per community (its reach) and whom it follows there."""
    if account not in g:
        raise NetworkInputError(f"{account!r} is not in the network. Check the spelling, including the @.")
    home = {a: c.name for c in communities for a in c.members}
    followers = Counter(home[f] for f in g.predecessors(account))
    follows = Counter(home[f] for f in g.successors(account))
    rows = [
        {
            "community": c.name,
            "followers there": followers.get(c.name, 0),
            "follows there": follows.get(c.name, 0),
            "community size": c.size,
        }
        for c in communities
    ]
    return pd.DataFrame(rows).set_index("community")


def plot_network(
    g: nx.DiGraph,
    communities: list[Community],
    title: str = "A synthetic follower network and its communities",
    highlight: tuple[str, ...] = (),
    seed: int = 7,
) -> plt.Figure:
    """The network drawn with one color and one marker shape per community; larger dots have more followers."""
    und = g.to_undirected()
    pos = nx.spring_layout(und, seed=seed, iterations=60)
    fig, ax = plt.subplots(figsize=(8, 6))
    nx.draw_networkx_edges(und, pos, ax=ax, alpha=0.08, width=0.5)
    markers = "osD^vP*X"
    colors = ["#1f4e79", "#b35806", "#2d7d2d", "#7b3294", "#a50026", "#4d4d4d", "#8c510a", "#01665e"]
    for i, c in enumerate(communities):
        nodes = sorted(c.members)
        sizes = [12 + 4 * g.in_degree(a) for a in nodes]
        nx.draw_networkx_nodes(
            und,
            pos,
            nodelist=nodes,
            node_size=sizes,
            node_shape=markers[i % len(markers)],
            node_color=colors[i % len(colors)],
            alpha=0.85,
            ax=ax,
            label=f"{c.name} ({c.size})",
        )
    for a in highlight:
        if a in pos:
            ax.annotate(a, pos[a], fontsize=7, xytext=(4, 4), textcoords="offset points")
    ax.set_title(title)
    ax.set_xlabel("Layout position (no unit: closer accounts are more connected)")
    ax.set_ylabel("Layout position (no unit)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, title="Community (accounts)", markerscale=0.6)
    ax.tick_params(left=False, bottom=False, labelleft=False, labelbottom=False)
    fig.tight_layout()
    return fig
