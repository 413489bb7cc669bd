"""Every committed data file is exactly what its chapter's seeded code makes, and has a data card."""

import json

import pandas as pd
import pytest

from conftest import ROOT
from irsocial.course import datasets


@pytest.mark.parametrize("data", list(datasets.DATASETS.values()), ids=lambda d: d.relative_path.as_posix())
def test_committed_data_file_is_exactly_what_the_seeded_code_makes(data):
    path = ROOT / "exercises" / "data" / data.relative_path
    assert path.is_file(), f"{path} is missing: run `make data`"
    if data.name.endswith(".csv"):
        committed = pd.read_csv(path, keep_default_na=False)
        pd.testing.assert_frame_equal(committed, data.make(), check_dtype=False)
    else:
        assert json.loads(path.read_text(encoding="utf-8")) == data.make()


def test_every_data_file_lives_in_its_chapters_folder_and_nothing_else_is_there():
    folder = ROOT / "exercises" / "data"
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.name != "README.md"}
    assert on_disk == {d.relative_path.as_posix() for d in datasets.DATASETS.values()}
    chapters = {p.stem for p in (ROOT / "book").glob("[0-9][0-9]-*.md")}
    assert {d.chapter for d in datasets.DATASETS.values()} <= chapters


def test_load_makes_the_data_when_the_file_is_absent(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    df = datasets.load("platform_survey.csv")
    assert len(df) == 400


def test_load_reads_a_student_copys_data_folder(tmp_path, monkeypatch):
    datasets.write_datasets(tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data" / "01-landscape" / "platform_survey.csv").write_text("respondent,use\nR1,none\n")
    assert list(datasets.load("platform_survey.csv")["respondent"]) == ["R1"]


def test_an_unknown_data_set_is_named_with_the_ones_that_exist():
    with pytest.raises(KeyError, match="platform_survey.csv"):
        datasets.load("no_such.csv")


def test_every_data_set_has_a_data_card_that_says_it_is_synthetic():
    card = (ROOT / "exercises/data/README.md").read_text()
    for data in datasets.DATASETS.values():
        assert data.relative_path.as_posix() in card
    assert "synthetic" in card.lower()
