"""The facilitator's pre/post tool: means, Hake's normalized gain, a chart, one-line errors, no silent overwrite."""

from __future__ import annotations

import pytest

from irsocial.course import assessment as tool

GOOD = "resident,outcome,before,after,max\nR01,LO1,3,7,8\nR02,LO1,5,8,8\nR01,LO3,2,6,8\nR02,LO3,4,8,8\n"


def write(tmp_path, text, name="scores.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_gain_is_computed_on_the_group_means_per_outcome(tmp_path):
    scores, skipped = tool.read_scores(write(tmp_path, GOOD))
    lo1, lo3 = tool.summarize(scores)
    assert (lo1.outcome, lo1.n, lo1.mean_before, lo1.mean_after) == ("LO1", 2, 4.0, 7.5)
    assert lo1.gain == pytest.approx((7.5 - 4) / (8 - 4))
    assert lo3.gain == pytest.approx((7 - 3) / (8 - 3))
    assert skipped == 0


def test_a_group_that_starts_at_the_maximum_has_no_gain_rather_than_a_division_by_zero(tmp_path):
    scores, _ = tool.read_scores(write(tmp_path, "resident,outcome,before,after,max\nR1,LO6,4,4,4\n"))
    (s,) = tool.summarize(scores)
    assert s.gain is None and "n/a" in tool.format_report([s])


def test_outcomes_are_reported_in_lo_order_and_lines_missing_a_score_are_counted(tmp_path):
    text = "resident,outcome,before,after,max\nR1,LO10,1,2,4\nR1,LO2,1,2,4\nR2,LO2,1,,4\n"
    scores, skipped = tool.read_scores(write(tmp_path, text))
    assert [s.outcome for s in tool.summarize(scores)] == ["LO2", "LO10"]
    assert skipped == 1 and "1 line(s)" in tool.format_report(tool.summarize(scores), skipped)


def test_the_command_prints_the_report_and_writes_the_chart(tmp_path, capsys):
    path = write(tmp_path, GOOD)
    assert tool.main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "LO1" in out and "0.88" in out and "all" in out
    chart = tmp_path / "scores-gain.png"
    assert chart.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "text, words",
    [
        ("name,score\nR1,3\n", "missing: resident, outcome, before, after, max"),
        ("resident,outcome,before,after,max\nR1,LO1,three,4,8\n", "line 2: 'before' must be a number"),
        ("resident,outcome,before,after,max\nR1,LO1,3,9,8\n", "'after' is 9, more than max 8"),
        (
            "resident,outcome,before,after,max\nR1,LO1,3,4,8\nR1,LO1,3,4,8\n",
            "line 3: resident R1 has a second line for LO1",
        ),
        ("resident,outcome,before,after,max\nR1,LO1,3,4,8\nR2,LO1,3,4,6\n", "LO1 has max 6 here but 8 above"),
        ("resident,outcome,before,after,max\nR1,LO1,3,4\n", "line 2: expected 5 values"),
        ("resident,outcome,before,after,max\n", "no line has both a before and an after score"),
        ("resident,outcome,before,after,max\nR1,LO1,-1,4,8\n", "cannot be negative"),
    ],
)
def test_a_bad_csv_gives_one_line_and_status_2_never_a_traceback(tmp_path, capsys, text, words):
    assert tool.main([str(write(tmp_path, text)), "--no-plot"]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_missing_or_binary_file_is_a_one_line_error(tmp_path, capsys):
    assert tool.main([str(tmp_path / "nope.csv")]) == 2
    assert "no such file" in capsys.readouterr().err
    (tmp_path / "x.csv").write_bytes(b"\xff\xfe\x00\x81")
    assert tool.main([str(tmp_path / "x.csv")]) == 2
    assert "cannot be read" in capsys.readouterr().err


def test_an_existing_chart_is_not_replaced_without_asking(tmp_path, capsys, monkeypatch):
    path = write(tmp_path, GOOD)
    chart = tmp_path / "scores-gain.png"
    chart.write_bytes(b"mine")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert tool.main([str(path)]) == 1
    assert chart.read_bytes() == b"mine" and "not replaced" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert tool.main([str(path)]) == 1 and chart.read_bytes() == b"mine"
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert tool.main([str(path)]) == 0 and chart.read_bytes().startswith(b"\x89PNG")


def test_overwrite_flag_and_another_name_are_the_explicit_ways_round(tmp_path):
    path = write(tmp_path, GOOD)
    (tmp_path / "scores-gain.png").write_bytes(b"mine")
    assert tool.main([str(path), "--plot", str(tmp_path / "other.png")]) == 0
    assert (tmp_path / "scores-gain.png").read_bytes() == b"mine"
    assert tool.main([str(path), "--overwrite"]) == 0
    assert (tmp_path / "scores-gain.png").read_bytes().startswith(b"\x89PNG")


def test_usage_errors_exit_2(capsys):
    assert tool.main([]) == 2
    assert "required" in capsys.readouterr().err


def test_a_chart_name_that_is_not_an_image_is_refused(tmp_path, capsys):
    assert tool.main([str(write(tmp_path, GOOD)), "--plot", str(tmp_path / "chart.txt")]) == 2
    assert ".png, .svg or .pdf" in capsys.readouterr().err and not (tmp_path / "chart.txt").exists()
