"""Chapter 01 (the landscape): the synthetic survey, published figures and the exercise's checks."""

from conftest import ROOT
from irsocial.course.chapters.ch01_landscape import checks as check
from irsocial.course.chapters.ch01_landscape import data as survey_data
from irsocial.course.chapters.ch01_landscape.surveys import PUBLISHED, platform_share
from irsocial.course.feedback import NOT_ATTEMPTED, NOT_YET, PASSED


def test_same_seed_same_data_other_seed_other_data():
    assert survey_data.platform_survey(80, seed=3).equals(survey_data.platform_survey(80, seed=3))
    assert not survey_data.platform_survey(80, seed=3).equals(survey_data.platform_survey(80, seed=4))


def test_survey_columns_are_consistent():
    df = survey_data.platform_survey()
    non_professional = df[df["use"] != "professional"]
    assert (non_professional[list(survey_data.PLATFORM_COLUMNS)].sum(axis=1) == 0).all()
    assert (df[df["use"] == "none"]["main_barrier"] != "").all()


def test_the_data_card_gives_the_survey_seed():
    assert str(survey_data.SURVEY_SEED) in (ROOT / "exercises/data/README.md").read_text()


def test_platform_share_is_a_proportion_with_an_interval_inside_it():
    share = platform_share(survey_data.platform_survey(), label="professional use")
    assert 0 <= share.low <= share.proportion <= share.high <= 1


def test_every_published_figure_names_its_source_and_population():
    for figure in PUBLISHED.values():
        assert figure.reference and figure.population and 0 < figure.proportion < 1 and figure.n > 0


def test_counting_professional_users_placeholder_wrong_and_right():
    survey = survey_data.platform_survey()
    right = int((survey["use"] == "professional").sum())
    assert check.count_professional(survey, ...).status == NOT_ATTEMPTED
    assert check.count_professional(survey, right + 7).status == NOT_YET
    assert check.count_professional(survey, right).status == PASSED


def test_the_interval_check_wants_the_counts_of_the_data():
    survey = survey_data.platform_survey()
    right = int((survey["use"] == "professional").sum())
    assert check.professional_interval(survey, ..., ...).status == NOT_ATTEMPTED
    assert check.professional_interval(survey, right, len(survey)).status == PASSED
    assert check.professional_interval(survey, right, 100).status == NOT_YET


def test_the_count_is_read_kindly_and_a_share_or_everyone_gets_its_own_hint():
    survey = survey_data.platform_survey()
    right = int((survey["use"] == "professional").sum())
    assert check.count_professional(survey, str(right)).status == PASSED
    assert "proportion" in check.count_professional(survey, 0.4).message
    assert "everyone" in check.count_professional(survey, len(survey)).message


def test_the_published_comparison_takes_yes_or_no_as_well_as_true_or_false():
    survey = survey_data.platform_survey()
    key = next(iter(PUBLISHED))
    truth = platform_share(survey).contains(PUBLISHED[key].proportion)
    assert check.published_comparison(survey, key, truth).status == PASSED
    assert check.published_comparison(survey, key, "yes" if truth else "no").status == PASSED
    assert check.published_comparison(survey, key, not truth).status == NOT_YET
    assert check.published_comparison(survey, key, "perhaps").status == NOT_YET


def test_the_interval_reads_the_counts_as_kindly_as_task_1_does():
    survey = survey_data.platform_survey()
    right = int((survey["use"] == "professional").sum())
    assert check.professional_interval(survey, str(right), str(len(survey))).status == PASSED
    assert check.professional_interval(survey, float(right), len(survey)).status == PASSED
    assert check.professional_interval(survey, right + 0.5, len(survey)).status == NOT_YET
