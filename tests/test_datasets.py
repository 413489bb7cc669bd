import pandas as pd

from conftest import ROOT
from irsocial import datasets


def test_committed_csv_is_exactly_what_the_seeded_code_makes():
    committed = pd.read_csv(ROOT / "exercises/data/platform_survey.csv", keep_default_na=False)
    pd.testing.assert_frame_equal(committed, datasets.platform_survey(), check_dtype=False)


def test_same_seed_same_data_other_seed_other_data():
    assert datasets.platform_survey(80, seed=3).equals(datasets.platform_survey(80, seed=3))
    assert not datasets.platform_survey(80, seed=3).equals(datasets.platform_survey(80, seed=4))


def test_load_makes_the_data_when_the_file_is_absent(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    df = datasets.load("platform_survey.csv")
    assert len(df) == 400


def test_every_data_set_has_a_data_card_that_says_it_is_synthetic():
    card = (ROOT / "exercises/data/README.md").read_text()
    for name in datasets.DATASETS:
        assert name in card
    assert "synthetic" in card.lower() and str(datasets.SURVEY_SEED) in card


def test_survey_columns_are_consistent():
    df = datasets.platform_survey()
    non_professional = df[df["use"] != "professional"]
    assert (non_professional[list(datasets.PLATFORM_COLUMNS)].sum(axis=1) == 0).all()
    assert (df[df["use"] == "none"]["main_barrier"] != "").all()
