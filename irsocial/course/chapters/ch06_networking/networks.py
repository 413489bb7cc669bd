"""Synthetic professional networks and an independent cascade model of how a post spreads (numpy only)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NETWORK_SEED = 20260601

#: The three ways of launching a post that exercise 06 compares.
STRATEGIES = ("no hashtag", "community hashtag", "central repost")

_STRATEGY_TEXT = {
    "no hashtag": "you post to your own followers only",
    "community hashtag": "you post with a community hashtag (like #IRad), so people who follow the tag also see it",
    "central repost": "a central account (a society or journal with many followers) reposts you",
}


class SpreadInputError(ValueError):
    """Raised when a simulated network or a spread setting cannot be used."""


@dataclass(frozen=True)
class Network:
    """An undirected network of professionals: who sees whose posts (all people invented).

    ``neighbours[i]`` lists the people who see person ``i``'s posts and whose posts ``i`` sees.
    Person 0 is "you", a resident; ``central`` is the best-connected account (a society account);
    ``hashtag_followers`` are the people who follow the community hashtag.
    """

    neighbours: tuple[np.ndarray, ...]
    community: np.ndarray
    role: tuple[str, ...]
    hashtag_followers: np.ndarray
    you: int
    central: int

    @property
    def size(self) -> int:
        return len(self.neighbours)

    def degree(self, person: int) -> int:
        """How many people see this person's posts."""
        return len(self.neighbours[person])

    def edge_count(self) -> int:
        return int(sum(len(n) for n in self.neighbours) // 2)


def professional_network(
    n: int = 400, communities: int = 6, hashtag_share: float = 0.15, seed: int = NETWORK_SEED
) -> Network:
    """A seeded synthetic network: communities (say, IR departments and interest groups), a few hubs.

    Ties are drawn like a degree-corrected block model: people mostly connect inside their own
    community, and some people (attendings, society accounts) are far better connected than others.

    >>> net = professional_network(120, seed=1)
    >>> net.size, net.degree(net.central) > net.degree(net.you)
    (120, True)
    """
    if n < 20 or communities < 1 or not 0 <= hashtag_share <= 1:
        raise SpreadInputError("Use at least 20 people, at least one community and a hashtag share between 0 and 1.")
    rng = np.random.default_rng(seed)
    community = rng.integers(0, communities, size=n)
    community[0] = 0
    activity = rng.pareto(2.5, size=n) + 1.0  # heavy tail: a few very connected people
    activity[0] = 1.2  # you: a resident with a modest following
    activity[1] = activity.max() * 3  # the society account, the hub
    roles = rng.choice(["resident", "fellow", "attending"], size=n, p=[0.4, 0.15, 0.45]).tolist()
    roles[0], roles[1] = "you (resident)", "society account"
    same = community[:, None] == community[None, :]
    base = np.where(same, 0.06, 0.004)
    prob = np.clip(base * np.outer(activity, activity) / activity.mean() ** 2, 0, 1)
    upper = np.triu(rng.random((n, n)) < prob, k=1)
    adjacency = upper | upper.T
    neighbours = tuple(np.flatnonzero(adjacency[i]) for i in range(n))
    followers = np.flatnonzero(rng.random(n) < hashtag_share)
    followers = followers[followers != 0]
    central = int(np.argmax([len(x) for x in neighbours]))
    return Network(neighbours, community, tuple(roles), followers, 0, central)


def _cascade(net: Network, share_probability: float, strategy: str, rng: np.random.Generator) -> int:
    """One independent cascade; returns reach (how many people, other than you, saw the post)."""
    shared = np.zeros(net.size, dtype=bool)
    seen = np.zeros(net.size, dtype=bool)
    shared[net.you] = seen[net.you] = True
    frontier = [net.you]
    first_exposure = list(net.neighbours[net.you])
    if strategy == "community hashtag":
        first_exposure += list(net.hashtag_followers)
    elif strategy == "central repost":
        if not shared[net.central]:
            shared[net.central] = seen[net.central] = True
            frontier.append(net.central)
            first_exposure += list(net.neighbours[net.central])
    # Everyone exposed gets one chance to share (the independent cascade rule).
    exposed = np.unique(np.asarray(first_exposure, dtype=int))
    while exposed.size:
        exposed = exposed[~seen[exposed]]
        seen[exposed] = True
        sharers = exposed[rng.random(exposed.size) < share_probability]
        shared[sharers] = True
        if sharers.size == 0:
            break
        exposed = np.unique(np.concatenate([net.neighbours[s] for s in sharers]))
    return int(seen.sum() - 1)


@dataclass(frozen=True)
class SpreadResult:
    """Reach of a post over repeated seeded runs, with the uncertainty of the average."""

    strategy: str
    share_probability: float
    reaches: np.ndarray
    mean: float
    mean_low: float
    mean_high: float
    run_low: float
    run_high: float

    @property
    def runs(self) -> int:
        return int(self.reaches.size)

    def __str__(self) -> str:
        return (
            f"{self.strategy}: average reach {self.mean:.0f} people "
            f"(95% CI of the average {self.mean_low:.0f} to {self.mean_high:.0f}; "
            f"90% of single runs between {self.run_low:.0f} and {self.run_high:.0f}; {self.runs} runs)"
        )


def simulate_spread(
    net: Network, strategy: str, share_probability: float, runs: int = 200, seed: int = 0
) -> SpreadResult:
    """Run the independent cascade ``runs`` times and summarise the reach.

    Each person who sees the post shares it once with ``share_probability``; their contacts then see it.
    The 95% interval is for the *average* reach (normal approximation); the 90% range shows how
    much single posts vary.

    >>> net = professional_network(120, seed=1)
    >>> r = simulate_spread(net, "central repost", 0.05, runs=50, seed=2)
    >>> r.mean_low <= r.mean <= r.mean_high
    True
    """
    if strategy not in STRATEGIES:
        raise SpreadInputError(f"Unknown strategy {strategy!r}; choose one of: {', '.join(STRATEGIES)}.")
    if (
        isinstance(share_probability, bool)
        or not isinstance(share_probability, (int, float))
        or not 0 <= share_probability <= 1
    ):
        raise SpreadInputError(
            f"The share probability must be a number between 0 and 1, such as 0.05 (5%); got {share_probability!r}."
        )
    if not isinstance(runs, int) or runs < 2:
        raise SpreadInputError(f"Use at least 2 runs (200 is a good number); got {runs!r}.")
    rng = np.random.default_rng(seed)
    reaches = np.array([_cascade(net, float(share_probability), strategy, rng) for _ in range(runs)])
    mean = float(reaches.mean())
    half = 1.96 * float(reaches.std(ddof=1)) / np.sqrt(runs)
    low, high = np.percentile(reaches, [5, 95])
    return SpreadResult(
        strategy,
        float(share_probability),
        reaches,
        mean,
        float(mean - half),
        float(mean + half),
        float(low),
        float(high),
    )


def compare_strategies(
    net: Network, share_probability: float, runs: int = 200, seed: int = 0
) -> dict[str, SpreadResult]:
    """Simulate every strategy with the same settings (each with its own seeded runs).

    >>> net = professional_network(120, seed=1)
    >>> sorted(compare_strategies(net, 0.05, runs=20))
    ['central repost', 'community hashtag', 'no hashtag']
    """
    return {s: simulate_spread(net, s, share_probability, runs, seed + i) for i, s in enumerate(STRATEGIES)}


def best_strategy(results: dict[str, SpreadResult]) -> str:
    """The strategy with the highest average reach."""
    return max(results, key=lambda s: results[s].mean)


def difference_is_clear(first: SpreadResult, second: SpreadResult) -> bool:
    """True when the 95% CI of the difference in average reach (first minus second) excludes zero.

    >>> net = professional_network(120, seed=1)
    >>> res = compare_strategies(net, 0.05, runs=100)
    >>> difference_is_clear(res["central repost"], res["no hashtag"])
    True
    """
    diff = first.mean - second.mean
    se = np.sqrt(first.reaches.var(ddof=1) / first.runs + second.reaches.var(ddof=1) / second.runs)
    return bool(abs(diff) > 1.96 * se)


def describe_strategy(strategy: str) -> str:
    """One line saying what a strategy means."""
    if strategy not in STRATEGIES:
        raise SpreadInputError(f"Unknown strategy {strategy!r}; choose one of: {', '.join(STRATEGIES)}.")
    return _STRATEGY_TEXT[strategy]


def results_table(results: dict[str, SpreadResult]):
    """The comparison as a small pandas table (one row per strategy)."""
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "strategy": r.strategy,
                "average reach": round(r.mean, 1),
                "95% CI of the average": f"{r.mean_low:.0f} to {r.mean_high:.0f}",
                "90% of single runs": f"{r.run_low:.0f} to {r.run_high:.0f}",
                "runs": r.runs,
            }
            for r in results.values()
        ]
    ).set_index("strategy")


def plot_reach(results: dict[str, SpreadResult], title: str = "Reach of one post by seeding strategy"):
    """Each strategy's single-run reaches (grey dots) with the average and its 95% CI (black bar)."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 3.6))
    rng = np.random.default_rng(0)
    for y, r in enumerate(results.values()):
        jitter = rng.uniform(-0.18, 0.18, size=r.runs)
        ax.plot(r.reaches, y + jitter, ".", color="0.65", markersize=3)
        ax.errorbar(r.mean, y, xerr=[[r.mean - r.mean_low], [r.mean_high - r.mean]], fmt="D", color="black", capsize=6)
    ax.set_yticks(range(len(results)))
    ax.set_yticklabels(list(results))
    ax.set_xlabel("People who saw the post (count) — grey: single runs; black: average with 95% CI")
    ax.set_ylabel("Seeding strategy")
    first = next(iter(results.values()))
    ax.set_title(f"{title} (share probability {first.share_probability:.0%}, {first.runs} runs each)")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig
