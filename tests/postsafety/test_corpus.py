"""The labelled post corpus: committed file = generator output, and the checker meets its bar on it."""

from post_corpus import evaluate, generate_post_corpus, load_post_corpus

from conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "post_corpus.jsonl"


def test_committed_corpus_is_exactly_what_the_seeded_generator_makes():
    assert load_post_corpus(CORPUS) == generate_post_corpus()


def test_corpus_has_at_least_150_posts_half_with_identifiers():
    posts = load_post_corpus(CORPUS)
    with_ids = [p for p in posts if p["spans"]]
    assert len(posts) >= 150 and len(with_ids) == len(posts) // 2


def test_labelled_spans_point_at_their_text():
    for post in load_post_corpus(CORPUS):
        for span in post["spans"]:
            assert post["text"][span["start"] : span["end"]] == span["text"]


def test_recall_is_at_least_95_percent_and_false_blocks_at_most_5_percent():
    result = evaluate(load_post_corpus(CORPUS))
    assert result["recall"] >= 0.95, result["missed"]
    assert result["false_block_rate"] <= 0.05, result["false_blocks"]
