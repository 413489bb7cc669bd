"""Course content kept as data: one validated loader, clear messages on bad data, every file valid."""

import pytest

from irsocial.course import content
from irsocial.course.content import ContentError, load_content, validate


def test_a_missing_field_is_named_with_the_file():
    with pytest.raises(ContentError, match=r"book/content/x.yml: 'posts\[1\].text' is missing"):
        validate({"posts": [{"text": "a"}, {}]}, {"posts": [{"text": str}]}, "book/content/x.yml")


def test_a_wrong_type_says_what_was_expected_and_what_was_found():
    with pytest.raises(ContentError, match="'overall' must be a whole number, not 'five'"):
        validate({"overall": "five"}, {"overall": int}, "f.yml")
    with pytest.raises(ContentError, match="must be a whole number"):
        validate({"overall": True}, {"overall": int}, "f.yml")


def test_optional_fields_and_mappings_of_any_keys():
    schema = {"next?": str, "labels": {"*": str}}
    assert validate({"labels": {"a": "A"}}, schema, "f.yml") == {"labels": {"a": "A"}}
    with pytest.raises(ContentError, match="'labels.b' must be text"):
        validate({"labels": {"b": 2}}, schema, "f.yml")


def test_bad_yaml_gives_the_line_not_a_traceback(tmp_path):
    (tmp_path / "book" / "content").mkdir(parents=True)
    (tmp_path / "book" / "content" / "bad.yml").write_text("posts:\n  - text: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"book/content/bad.yml: not valid YAML near line \d"):
        load_content("content/bad.yml", {"posts": list}, start=tmp_path)


def test_a_missing_file_says_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.setattr(content, "REPOSITORY", tmp_path)
    with pytest.raises(ContentError, match="book/content/none.yml was not found"):
        load_content("content/none.yml", {}, start=tmp_path)


def test_every_content_file_loads_through_its_reader():
    from irsocial.course import posting_scenarios
    from irsocial.course.chapters.ch02_professional_presence.data import sample_profiles
    from irsocial.course.chapters.ch10_misinformation.data import appraisal_posts
    from irsocial.course.chapters.ch11_professionalism.scenarios import load_scenarios

    assert len(sample_profiles()) == 4
    assert len(appraisal_posts()) == 10
    guidance, scenarios = load_scenarios()
    assert len(scenarios) == 7 and guidance
    verdicts, posting = posting_scenarios.load_posting_scenarios()
    assert set(verdicts) == {"post", "fix", "dont"} and posting
    readers = {"02-professional-presence.yml", "10-misinformation.yml", "11-professionalism.yml", "would-you-post.yml"}
    on_disk = {p.name for p in (content.REPOSITORY / "book" / "content").glob("*.yml")}
    assert on_disk <= readers, f"content files without a reader in this test: {on_disk - readers}"


def test_a_scenario_that_links_to_a_missing_node_is_refused(tmp_path):
    from irsocial.course.chapters.ch11_professionalism.scenarios import load_scenarios

    folder = tmp_path / "book" / "content"
    folder.mkdir(parents=True)
    (folder / "11-professionalism.yml").write_text(
        "guidance: {gmc2013: GMC}\n"
        "scenarios:\n"
        "  - key: s\n    title: T\n    setting: S\n    nodes:\n"
        "      - key: start\n        prompt: P\n        choices:\n"
        "          - {letter: A, text: t, points: 2, feedback: f, cites: [gmc2013], next: nowhere}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match="leads to 'nowhere'"):
        load_scenarios(start=tmp_path)
