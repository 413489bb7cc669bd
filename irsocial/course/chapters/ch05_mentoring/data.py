"""Seeded generator of the chapter 05 follower network (synthetic, nothing real)."""

from __future__ import annotations

import numpy as np
import pandas as pd

NETWORK_SEED = 20260501

# The chapter 05 follower network: invented accounts in five groups. Accounts mostly follow within
# their group; a few "bridge" accounts follow and are followed across two groups; each group has a
# hub (a fictional trainee forum, society or teaching account) that most of the group follows.
NETWORK_GROUPS = {  # group: (number of accounts, hub handle, roles and their shares)
    "medical students": (40, "@Northvale_IR_Student_Club", {"medical student": 0.9, "resident": 0.1}),
    "European trainees": (34, "@Euro_IR_Trainee_Circle", {"resident": 0.7, "fellow": 0.2, "attending": 0.1}),
    "North American residents": (34, "@Lakeside_IR_Residents", {"resident": 0.7, "fellow": 0.2, "attending": 0.1}),
    "interventional oncology": (30, "@IO_Tumor_Board_Teach", {"attending": 0.6, "fellow": 0.2, "resident": 0.2}),
    "women in IR": (
        28,
        "@Women_in_IR_Circle",
        {"attending": 0.4, "fellow": 0.2, "resident": 0.3, "medical student": 0.1},
    ),
}
_HANDLE_FIRST = [
    "ana",
    "ben",
    "chloe",
    "dario",
    "elif",
    "femi",
    "greta",
    "hugo",
    "ines",
    "jonas",
    "kira",
    "luca",
    "maya",
    "nils",
    "olu",
    "pia",
    "quinn",
    "rosa",
    "sami",
    "tara",
    "umar",
    "vera",
    "wim",
    "xenia",
    "yara",
    "zoe",
]
_HANDLE_ROLE = {"medical student": "ms", "resident": "res", "fellow": "fel", "attending": "dr"}
# (account group, other group) pairs joined by bridge accounts (a mentor, a trainee rep...).
_BRIDGES = (
    ("European trainees", "medical students"),
    ("North American residents", "medical students"),
    ("interventional oncology", "European trainees"),
    ("women in IR", "medical students"),
    ("women in IR", "North American residents"),
    ("North American residents", "European trainees"),
)


def _network(seed: int = NETWORK_SEED) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    accounts, used = [], set()
    for group, (size, hub, roles) in NETWORK_GROUPS.items():
        accounts.append({"account": hub, "group": group, "role": "group account"})
        role_names = list(roles)
        role_p = np.array(list(roles.values()))
        for _ in range(size - 1):
            role = str(rng.choice(role_names, p=role_p / role_p.sum()))
            while True:
                handle = f"@{_HANDLE_ROLE[role]}_{rng.choice(_HANDLE_FIRST)}_{rng.integers(10, 99)}"
                if handle not in used:
                    used.add(handle)
                    break
            accounts.append({"account": handle, "group": group, "role": role})
    nodes = pd.DataFrame(accounts)
    members = {g: nodes.index[nodes["group"] == g].to_numpy() for g in NETWORK_GROUPS}
    hubs = {g: int(nodes.index[(nodes["group"] == g) & (nodes["role"] == "group account")][0]) for g in NETWORK_GROUPS}
    edges = set()
    for g, idx in members.items():
        for a in idx:
            for b in idx:
                if a != b and rng.random() < 0.15:
                    edges.add((a, b))
            if a != hubs[g] and rng.random() < 0.8:
                edges.add((a, hubs[g]))
            if a != hubs[g] and rng.random() < 0.3:
                edges.add((hubs[g], a))
    all_idx = nodes.index.to_numpy()
    for a in all_idx:  # rare follows across groups
        for b in rng.choice(all_idx, size=2, replace=False):
            if a != b and nodes.at[a, "group"] != nodes.at[b, "group"] and rng.random() < 0.5:
                edges.add((a, int(b)))
    for home, other in _BRIDGES:  # bridges: an ordinary account of `home` also lives in `other`
        candidates = [int(i) for i in members[home] if i != hubs[home] and nodes.at[i, "role"] != "medical student"]
        bridge = candidates[int(rng.integers(len(candidates)))]
        nodes.at[bridge, "role"] = nodes.at[bridge, "role"] + " and mentor"
        for b in members[other]:
            if rng.random() < 0.25:
                edges.add((bridge, int(b)))
            if rng.random() < 0.25:
                edges.add((int(b), bridge))
        edges.add((bridge, hubs[other]))
    handle = nodes["account"].to_list()
    edge_df = pd.DataFrame(sorted(edges), columns=["follower", "followed"])
    edge_df["follower"] = [handle[i] for i in edge_df["follower"]]
    edge_df["followed"] = [handle[i] for i in edge_df["followed"]]
    return nodes, edge_df


def follower_accounts(seed: int = NETWORK_SEED) -> pd.DataFrame:
    """The invented accounts of the chapter 05 follower network: handle, self-described group, role.

    >>> follower_accounts()["group"].nunique()
    5
    """
    return _network(seed)[0]


def follower_network(seed: int = NETWORK_SEED) -> pd.DataFrame:
    """The chapter 05 follower network as an edge list: one row per "follower follows followed".

    >>> edges = follower_network()
    >>> list(edges.columns)
    ['follower', 'followed']
    """
    return _network(seed)[1]


# Data sets this chapter writes to exercises/data/<slug>/: file name -> seeded generator.
DATASETS = {"follower_accounts.csv": follower_accounts, "follower_network.csv": follower_network}
