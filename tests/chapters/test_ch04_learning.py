"""Engagement versus accuracy (chapter 04): summaries, correlations, the data set and the exercise checks."""

from __future__ import annotations

import pandas as pd
import pytest

from irsocial.course.chapters.ch04_learning import checks as check
from irsocial.course.chapters.ch04_learning import corpus_analysis as ca
from irsocial.course.chapters.ch04_learning import data as corpus_data
from irsocial.course.feedback import NOT_ATTEMPTED, NOT_YET, PASSED


@pytest.fixture(scope="module")
def posts():
    return corpus_data.learning_posts()


def test_corpus_columns_are_consistent(posts):
    assert len(posts) == 600 and posts["post_id"].is_unique
    assert (posts["likes"] + posts["reposts"] + posts["replies"] == posts["engagements"]).all()
    assert posts["accuracy"].between(1, 5).all()
    assert (posts[["likes", "reposts", "replies", "impressions"]] >= 0).all().all()


def test_engagement_and_accuracy_are_only_weakly_related_in_the_corpus(posts):
    corr = ca.engagement_accuracy_correlation(posts)
    assert 0.05 < abs(corr.spearman) < 0.3 and corr.strength == "weak"
    assert ca.inaccurate_count(ca.most_engaged(posts, 50)) > 0


def test_summary_is_sorted_by_median_engagement_and_counts_every_post(posts):
    table = ca.summary_by(posts, "content_type")
    assert table["posts"].sum() == len(posts)
    assert list(table["median engagements"]) == sorted(table["median engagements"], reverse=True)
    assert ca.top_group(posts, "content_type") == table.index[0]


def test_summary_of_a_tiny_corpus_by_hand():
    tiny = pd.DataFrame({"hashtag": ["#a", "#a", "#b"], "engagements": [10, 30, 5], "accuracy": [1, 5, 4]})
    table = ca.summary_by(tiny, "hashtag")
    assert table.loc["#a", "median engagements"] == 20 and table.loc["#a", "rated inaccurate (%)"] == 50.0
    assert ca.top_group(tiny, "hashtag", "mean accuracy") == "#b"


def test_perfect_rank_correlation_and_its_words():
    corr = ca.engagement_accuracy_correlation(pd.DataFrame({"engagements": [1, 5, 50, 500], "accuracy": [1, 2, 3, 5]}))
    assert corr.spearman == 1.0 and corr.strength == "strong"
    assert ca.describe_strength(-0.05) == "negligible"


def test_missing_column_and_constant_values_give_a_clear_error():
    with pytest.raises(ca.CorpusInputError, match="accuracy"):
        ca.summary_by(pd.DataFrame({"engagements": [1], "hashtag": ["#a"]}), "hashtag")
    with pytest.raises(ca.CorpusInputError, match="vary"):
        ca.engagement_accuracy_correlation(pd.DataFrame({"engagements": [1, 2, 3], "accuracy": [4, 4, 4]}))
    with pytest.raises(ca.CorpusInputError):
        ca.most_engaged(pd.DataFrame({"engagements": [1], "accuracy": [4]}), 0)


def test_scatter_data_is_seeded_and_jitter_stays_within_the_rating(posts):
    a, b = ca.scatter_data(posts), ca.scatter_data(posts)
    assert a.equals(b)
    assert ((a["y"] - posts["accuracy"]).abs() <= 0.15).all()


def test_plots_have_titles_and_labelled_axes(posts):
    for fig in (ca.plot_engagement_by_group(posts, "hashtag"), ca.plot_engagement_vs_accuracy(posts)):
        ax = fig.axes[0]
        assert ax.get_title() and "count" in ax.get_xlabel() and ax.get_ylabel()


def test_reading_list_and_quiet_share(posts):
    chosen = ca.reading_list(posts, 4)
    assert (chosen["accuracy"] >= 4).all()
    assert 0 < ca.quiet_share(posts, chosen) < 1
    assert ca.quiet_share(posts, chosen.iloc[:0]) == 0.0


def test_checks_pass_with_the_right_answers_and_explain_wrong_ones(posts):
    best = ca.top_group(posts, "content_type")
    assert check.spreading_content(posts, best).status == PASSED
    wrong = check.spreading_content(posts, "news link")
    assert wrong.status == NOT_YET and wrong.hint
    assert check.spreading_content(posts, "memes").status == NOT_YET
    truth = ca.inaccurate_count(ca.most_engaged(posts, 50))
    assert check.inaccurate_among_top(posts, truth).status == PASSED
    assert check.inaccurate_among_top(posts, truth + 1).status == NOT_YET
    assert check.inaccurate_among_top(posts, "six").status == NOT_YET
    assert check.correlation_meaning(posts, "b").status == PASSED
    assert {check.correlation_meaning(posts, x).status for x in ("A", "C", "D")} == {NOT_YET}
    assert check.quality_feed(posts, 4).status == PASSED
    assert check.quality_feed(posts, 2).status == NOT_YET
    assert check.quality_feed(posts, 9).status == NOT_YET


def test_checks_say_not_attempted_for_placeholders(posts):
    results = [
        check.spreading_content(posts, ...),
        check.inaccurate_among_top(posts, ...),
        check.correlation_meaning(posts, ...),
        check.quality_feed(posts, ...),
    ]
    assert {r.status for r in results} == {NOT_ATTEMPTED}


def test_numbers_in_quotes_are_read_kindly_and_a_share_is_named_as_a_share(posts):
    truth = ca.inaccurate_count(ca.most_engaged(posts, check.TOP_N))
    assert check.inaccurate_among_top(posts, str(truth)).status == PASSED
    assert "share" in check.inaccurate_among_top(posts, 0.2).message
    assert check.quality_feed(posts, "5").status == PASSED
    assert "whole number" in check.quality_feed(posts, 4.5).message
