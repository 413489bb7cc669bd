"""The `irsocial` command: exit statuses, one-line errors (never a traceback), JSON output."""

import io
import json
import subprocess
import sys

import pydicom
import pytest

from irsocial.course.synthetic_images import make_dicom, make_photo
from irsocial.postsafety.cli import MAX_POST_BYTES, main


def run(argv, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- check-post -------------------------------------------------------------------------------


def test_clean_post_exits_0(tmp_path, capsys):
    status, out, _ = run(["check-post", write(tmp_path, "p.txt", b"Coiled a GDA bleed, 5 Fr sheath. #IRad")], capsys)
    assert status == 0 and "nothing blocking" in out


def test_post_with_identifiers_exits_1_and_says_why(tmp_path, capsys):
    status, out, _ = run(["check-post", write(tmp_path, "p.txt", b"Mrs Okafor, 93, TACE on 14/03/2026")], capsys)
    assert status == 1 and "BLOCK" in out and "90 or older" in out


def test_json_output_lists_findings(tmp_path, capsys):
    status, out, _ = run(
        ["check-post", "--json", "--platform", "instagram", write(tmp_path, "p.txt", b"Mrs Okafor #a #b #c #d #e #f")],
        capsys,
    )
    data = json.loads(out)
    assert status == 1 and {f["rule"] for f in data["findings"]} == {"name", "hashtag_count"}
    assert set(data["findings"][0]) == {"rule", "severity", "start", "end", "text", "message"}


def test_reads_standard_input(capsys, monkeypatch):
    status, out, _ = run(["check-post", "-"], capsys, stdin=b"MRN 00482913 coiled", monkeypatch=monkeypatch)
    assert status == 1 and "record_number" in out


def test_patient_audience_reports_reading_grade(tmp_path, capsys):
    status, out, _ = run(
        [
            "check-post",
            "--audience",
            "patients",
            write(tmp_path, "p.txt", b"Percutaneous transarterial chemoembolization of hepatocellular carcinoma."),
        ],
        capsys,
    )
    assert status == 0 and "Reading grade" in out and "jargon" in out


def test_images_without_alt_text_get_a_reminder(tmp_path, capsys):
    status, out, _ = run(["check-post", "--images", "1", write(tmp_path, "p.txt", b"Angio of the week")], capsys)
    assert status == 0 and "alt_text_missing" in out


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "is empty"),
        (b"   \n", "is empty"),
        ("café".encode("latin-1"), "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"a" * (MAX_POST_BYTES + 1), "larger than"),
    ],
)
def test_bad_input_exits_2_with_one_line_on_stderr(tmp_path, capsys, content, message):
    status, out, err = run(["check-post", write(tmp_path, "p.txt", content)], capsys)
    assert status == 2 and out == "" and message in err and err.count("\n") == 1


def test_missing_file_and_folder_exit_2(tmp_path, capsys):
    assert run(["check-post", str(tmp_path / "nope.txt")], capsys)[0] == 2
    status, _, err = run(["check-post", str(tmp_path)], capsys)
    assert status == 2 and "folder" in err


def test_unknown_platform_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["check-post", "--platform", "myspace"])
    assert info.value.code == 2


def test_utf8_with_byte_order_mark_is_accepted(tmp_path, capsys):
    assert run(["check-post", write(tmp_path, "p.txt", "\ufeffCoiled. #IRad".encode())], capsys)[0] == 0


# --- thread -------------------------------------------------------------------------------------


def test_thread_prints_numbered_posts_and_checks_each(tmp_path, capsys):
    text = ("Coiled a splenic pseudoaneurysm through a 2.7 Fr microcatheter. " * 12).encode()
    status, out, _ = run(["thread", "--platform", "x", write(tmp_path, "case.txt", text)], capsys)
    assert status == 0 and "--- Post 1 of" in out and " 1/" in out


def test_thread_with_identifiers_exits_1_and_json_lists_posts(tmp_path, capsys):
    text = ("Mrs Okafor came in on 14/03/2026. " + "Coiled the GDA. " * 30).encode()
    status, out, _ = run(["thread", "--json", write(tmp_path, "case.txt", text)], capsys)
    data = json.loads(out)
    assert status == 1 and data["blocking"] and len(data["posts"]) > 1


def test_thread_with_a_word_longer_than_a_post_exits_2(tmp_path, capsys):
    status, _, err = run(["thread", "--platform", "bluesky", write(tmp_path, "c.txt", b"x" * 400)], capsys)
    assert status == 2 and "longer than" in err


# --- deid ---------------------------------------------------------------------------------------


def test_deid_writes_a_new_file_and_summarises(tmp_path, capsys):
    src = make_dicom(tmp_path / "in.dcm")
    status, out, _ = run(["deid", str(src), str(tmp_path / "out.dcm")], capsys)
    assert status == 0 and "removed" in out
    assert pydicom.dcmread(tmp_path / "out.dcm").PatientIdentityRemoved == "YES"


def test_deid_refuses_existing_out_without_force(tmp_path, capsys):
    src = make_dicom(tmp_path / "in.dcm")
    (tmp_path / "out.dcm").write_bytes(b"keep")
    status, _, err = run(["deid", str(src), str(tmp_path / "out.dcm")], capsys)
    assert status == 2 and "--force" in err and (tmp_path / "out.dcm").read_bytes() == b"keep"
    assert run(["deid", "--force", str(src), str(tmp_path / "out.dcm")], capsys)[0] == 0


def test_deid_never_writes_its_input(tmp_path, capsys):
    src = make_dicom(tmp_path / "in.dcm")
    before = src.read_bytes()
    status, _, err = run(["deid", "--force", str(src), str(src)], capsys)
    assert status == 2 and "input" in err and src.read_bytes() == before


def test_deid_burned_in_text_exits_1_unless_masked(tmp_path, capsys):
    src = make_dicom(tmp_path / "in.dcm", burned_in=True)
    status, _, err = run(["deid", str(src), str(tmp_path / "out.dcm")], capsys)
    assert status == 1 and "--mask" in err and not (tmp_path / "out.dcm").exists()
    status, out, _ = run(["deid", "--mask", "0,0,64,14", "--report", str(src), str(tmp_path / "out.dcm")], capsys)
    assert status == 0 and "Masked 1 rectangle(s)" in out and "PatientName" in out


def test_deid_json_report(tmp_path, capsys):
    src = make_photo(tmp_path / "p.jpg")
    status, out, _ = run(["deid", "--json", str(src), str(tmp_path / "o.jpg")], capsys)
    data = json.loads(out)
    assert status == 0 and data["kind"] == "jpeg" and "XMP" in data["removed"]


@pytest.mark.parametrize("mask", ["1,2,3", "x,y,z,w", "5,5,1,1"])
def test_deid_bad_mask_exits_2(tmp_path, capsys, mask):
    src = make_dicom(tmp_path / "in.dcm")
    status, _, err = run(["deid", "--mask", mask, str(src), str(tmp_path / "o.dcm")], capsys)
    assert status == 2 and "Mask" in err


def test_deid_not_an_image_exits_2(tmp_path, capsys):
    status, _, err = run(["deid", write(tmp_path, "notes.txt", b"just text"), str(tmp_path / "o.dcm")], capsys)
    assert status == 2 and "not a DICOM" in err and err.count("\n") == 1


def test_deid_folder_keeps_a_series_a_series(tmp_path, capsys):
    series = "1.2.826.0.1.3680043.8.498.55"
    make_dicom(tmp_path / "in" / "a.dcm", seed=1, series_uid=series)
    make_dicom(tmp_path / "in" / "b.dcm", seed=2, series_uid=series)
    status, _, _ = run(["deid", str(tmp_path / "in"), str(tmp_path / "out")], capsys)
    a, b = (pydicom.dcmread(tmp_path / "out" / n) for n in ("a.dcm", "b.dcm"))
    assert status == 0 and a.SeriesInstanceUID == b.SeriesInstanceUID != series


# --- the installed command ----------------------------------------------------------------------


def test_python_m_irsocial_runs_and_errors_have_no_traceback(tmp_path):
    bad = write(tmp_path, "bad.txt", "café".encode("latin-1"))
    result = subprocess.run([sys.executable, "-m", "irsocial", "check-post", bad], capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_cli_start_up_imports_nothing_heavy():
    code = "import sys, irsocial.postsafety.cli; print(sorted(m for m in ('numpy','pydicom','PIL','ipywidgets','pandas') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- deid: OCR, auto-mask, preview, all-or-nothing folders (issue 15) ------------------------------


def test_deid_text_in_pixels_exits_1_with_masks_and_preview_then_auto_mask(tmp_path, capsys):
    from irsocial.course.synthetic_images import make_angiogram

    src = make_angiogram(tmp_path / "xa.dcm", rows=256, cols=256, frames=2, seed=3)
    status, _, err = run(["deid", "--preview", str(tmp_path / "p.png"), str(src), str(tmp_path / "o.dcm")], capsys)
    assert status == 1 and err.count("\n") == 1 and err.count("--mask ") >= 2 and (tmp_path / "p.png").is_file()
    masks = [m for m in err.split("--mask ")[1:]]
    argv = ["deid", str(src), str(tmp_path / "o.dcm")]
    for m in masks:
        argv += ["--mask", m.split()[0].rstrip(",")]
    assert run(argv, capsys)[0] == 0
    status, out, _ = run(["deid", "--auto-mask", "--report", str(src), str(tmp_path / "o2.dcm")], capsys)
    assert status == 0 and "none readable after" in out


def test_deid_folder_run_is_all_or_nothing_and_names_the_file(tmp_path, capsys):
    from irsocial.course.synthetic_images import make_angiogram

    make_dicom(tmp_path / "in" / "a.dcm", seed=1)
    make_angiogram(tmp_path / "in" / "b.dcm", rows=128, cols=128, frames=1, seed=2)
    make_dicom(tmp_path / "in" / "c.dcm", seed=3)
    status, _, err = run(["deid", str(tmp_path / "in"), str(tmp_path / "out")], capsys)
    assert status == 1 and "b.dcm" in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no OUT, no staging folder left
    status, _, _ = run(["deid", "--auto-mask", str(tmp_path / "in"), str(tmp_path / "out")], capsys)
    assert status == 0 and sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.dcm", "b.dcm", "c.dcm"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]


def test_deid_library_warnings_stay_off_stderr(tmp_path, capsys):
    src = make_dicom(tmp_path / "in.dcm")
    ds = pydicom.dcmread(src)
    with pytest.warns(UserWarning):
        ds.add_new(0x00200013, "IS", "1.5")  # an invalid IS value makes pydicom warn when read
        ds.save_as(tmp_path / "warn.dcm")
    status, _, err = run(["deid", str(tmp_path / "warn.dcm"), str(tmp_path / "o.dcm")], capsys)
    assert status == 0 and err == ""


def test_deid_folder_run_with_force_replaces_out_whole(tmp_path, capsys):
    make_dicom(tmp_path / "in" / "a.dcm", seed=1)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "stale.dcm").write_bytes(b"from an earlier run")
    status, _, _ = run(["deid", "--force", str(tmp_path / "in"), str(tmp_path / "out")], capsys)
    assert status == 0 and sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.dcm"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o777 & ~_umask()


def _umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# --- issue 14: the verdict survives a closed pipe; thread is never more lenient than check-post ---


def test_exit_status_survives_a_closed_output_pipe(tmp_path):
    post = write(tmp_path, "p.txt", ("Mrs Okafor, 93, TACE on 14/03/2026. " * 200).encode())
    for command in ("check-post", "thread"):
        proc = subprocess.run(
            [
                "bash",
                "-c",
                f'"{sys.executable}" -m irsocial {command} "{post}" | head -c 100 >/dev/null; exit ${{PIPESTATUS[0]}}',
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 1, (command, proc.stderr)
        assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "cut",
    [
        "Please call the family on 020 7946 0958 tonight.",
        "Mrs Okafor was transferred back to the ward.",
        "She lives at 12 Baker Street, London NW1 6XE.",
    ],
)
def test_thread_never_exits_lower_than_check_post(tmp_path, capsys, cut):
    # The identifier sits right where a naive split would cut the text.
    filler = "Coiled the gastroduodenal artery with detachable coils. "
    for n in range(1, 8):
        text = (filler * n + "x" * 0)[: 280 - len(cut) // 2 - 6] + " " + cut + " " + filler * 8
        path = write(tmp_path, "t.txt", text.encode())
        single, _, _ = run(["check-post", path], capsys)
        thread, _, _ = run(["thread", path], capsys)
        assert thread >= single == 1
