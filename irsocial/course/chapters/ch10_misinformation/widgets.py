"""The appraisal rubric form (chapter 10): rate posts on the SIFT/CRAAP rubric and compare with the experts."""

from __future__ import annotations

import html

import ipywidgets as w
import pandas as pd

from irsocial.course.chapters.ch10_misinformation.appraisal import (
    CRITERIA,
    OVERALL_LABELS,
    OVERALL_SCALE,
    RUBRIC,
    agreement,
    criterion_differences,
)
from irsocial.course.widgets.base import StaticAwareBox


def _expert(row: pd.Series) -> dict[str, int]:
    return {**{k: int(row[f"expert_{k}"]) for k in CRITERIA}, "overall": int(row["expert_overall"])}


def comparison_html(post: pd.Series, mine: dict[str, int]) -> str:
    """Your ratings of one post beside the experts', with the experts' note, as an HTML table."""
    expert = _expert(post)
    diffs = criterion_differences(mine, expert)
    labels = {c.key: c.label for c in RUBRIC} | {"overall": "Overall accuracy (1–5)"}
    rows = "".join(
        f"<tr><td>{html.escape(labels[k])}</td><td>{mine[k]}</td><td>{expert[k]}</td>"
        f"<td>{'same' if diffs[k] == 0 else f'{diffs[k]:+d}'}</td></tr>"
        for k in (*CRITERIA, "overall")
    )
    return (
        f"<table class='irs-audit'><caption>Post {html.escape(str(post['post_id']))}: your ratings and the experts'</caption>"
        "<thead><tr><th scope='col'>Criterion</th><th scope='col'>You</th><th scope='col'>Experts</th>"
        f"<th scope='col'>Difference</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<p><strong>Experts' note:</strong> {html.escape(str(post['expert_note']))}</p>"
    )


class AppraisalTool(StaticAwareBox):
    """Pick a post, rate it on each rubric criterion and overall, save, and compare with the expert panel."""

    def __init__(self, posts: pd.DataFrame):
        self.posts = posts.reset_index(drop=True)
        self.ratings: dict[str, dict[str, int]] = {}
        self.post = w.Dropdown(options=list(self.posts["post_id"]), description="Post")
        self.post_text = w.HTML()
        self.criteria = {
            c.key: w.ToggleButtons(
                options=[(str(v), v) for v in (0, 1, 2)],
                value=None,
                description=c.label,
                tooltips=[f"{v}: {c.levels[v]}" for v in (0, 1, 2)],
                style={"description_width": "11em", "button_width": "3em"},
            )
            for c in RUBRIC
        }
        self.help = w.HTML(
            "<ul>"
            + "".join(
                f"<li><strong>{html.escape(c.label)}</strong> ({html.escape(c.sift)}; CRAAP: {html.escape(c.craap)}): "
                f"{html.escape(c.question)} 0 = {html.escape(c.levels[0])}; 2 = {html.escape(c.levels[2])}.</li>"
                for c in RUBRIC
            )
            + "</ul>"
        )
        self.overall = w.ToggleButtons(
            options=[(str(v), v) for v in OVERALL_SCALE],
            value=None,
            description="Overall accuracy",
            tooltips=[f"{v}: {OVERALL_LABELS[v]}" for v in OVERALL_SCALE],
            style={"description_width": "11em", "button_width": "3em"},
        )
        self.save_button = w.Button(description="Save and compare", button_style="primary")
        self.summary_button = w.Button(description="Agreement so far")
        self.result = w.HTML()
        self.save_button.on_click(lambda _b: self.save())
        self.summary_button.on_click(lambda _b: self.show_agreement())
        self.post.observe(lambda _c: self._show_post(), names="value")
        self._show_post()
        example_mine = {"source": 2, "evidence": 1, "conflicts": 1, "currency": 2, "consensus": 1, "overall": 4}
        static = (
            "<p><strong>Appraisal rubric form.</strong> Choose a post, rate it 0–2 on five criteria built on SIFT "
            "and CRAAP (source, evidence, conflicts and purpose, date, consensus) and 1–5 for overall accuracy, "
            "then press <em>Save and compare</em> to see the fictional expert panel's ratings and note. "
            "Example output for post P03:</p>" + comparison_html(self.posts.iloc[2], example_mine)
        )
        super().__init__(
            [
                self.post,
                self.post_text,
                self.help,
                *self.criteria.values(),
                self.overall,
                w.HBox([self.save_button, self.summary_button]),
                self.result,
            ],
            static_html=static,
            summary="Appraisal rubric form (interactive)",
        )

    def _row(self) -> pd.Series:
        return self.posts[self.posts["post_id"] == self.post.value].iloc[0]

    def _show_post(self) -> None:
        row = self._row()
        self.post_text.value = (
            f"<blockquote><p><strong>{html.escape(str(row['platform']))}</strong> · {html.escape(str(row['author']))}</p>"
            f"<p>{html.escape(str(row['text']))}</p></blockquote>"
        )
        saved = self.ratings.get(self.post.value, {})
        for key, toggle in self.criteria.items():
            toggle.value = saved.get(key)
        self.overall.value = saved.get("overall")
        self.result.value = ""

    def current(self) -> dict:
        return {**{k: t.value for k, t in self.criteria.items()}, "overall": self.overall.value}

    def save(self) -> dict | None:
        """Save the ratings for the shown post and show the comparison (None if something is unrated)."""
        mine = self.current()
        missing = [k for k, v in mine.items() if v is None]
        if missing:
            self.result.value = f"<p>Rate every criterion first: {html.escape(', '.join(missing))}.</p>"
            return None
        self.ratings[self.post.value] = mine
        self.result.value = comparison_html(self._row(), mine)
        return mine

    def overall_ratings(self) -> list[int | None]:
        """Your overall ratings in post order (None where you have not rated)."""
        return [self.ratings.get(pid, {}).get("overall") for pid in self.posts["post_id"]]

    def show_agreement(self) -> str:
        """Agreement on overall accuracy over the posts rated so far."""
        rated = [
            (r["overall"], int(self.posts.loc[self.posts["post_id"] == pid, "expert_overall"].iloc[0]))
            for pid, r in self.ratings.items()
        ]
        if len(rated) < 2:
            self.result.value = "<p>Rate at least two posts to see agreement.</p>"
        else:
            a = agreement([m for m, _ in rated], [e for _, e in rated])
            self.result.value = f"<p>{html.escape(str(a))}</p>"
        return self.result.value


def appraisal_tool(posts: pd.DataFrame) -> AppraisalTool:
    """The appraisal rubric form over a table of posts (with the expert columns)."""
    return AppraisalTool(posts)
