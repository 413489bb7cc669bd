"""The ``irsocial`` command: check-post, thread and deid (also ``python -m irsocial``).

Exit status: 0 = nothing blocking (or the file was de-identified); 1 = blocking findings, or an
image refused because it may carry burned-in text; 2 = usage or input error (unreadable file,
not UTF-8, not an image...), always as one line on stderr, never a traceback.

Imports are lazy so that the command starts fast: only what a sub-command needs is loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

MAX_POST_BYTES = 1_000_000  # a post, or a case write-up for a thread, is far shorter than this
OK, BLOCKED, USAGE = 0, 1, 2


class CLIError(Exception):
    """An error to report as one line on stderr with exit status 2."""


def _emit(text: str) -> None:
    """Print to standard output; a reader that went away (``| head``) must not change the exit status."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    # Point stdout at /dev/null so that the interpreter's last flush does not fail again (exit 120).
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _platforms() -> list[str]:
    return ["x", "bluesky", "mastodon", "linkedin", "instagram", "facebook"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="irsocial",
        description="Check a draft post for patient identifiers and platform rules, split a case into "
        "a thread, or de-identify an image. Nothing leaves your computer.",
        epilog="Exit status: 0 nothing blocking, 1 blocking findings (or image refused), 2 usage or input error.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def add_post_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "file", nargs="?", default="-", metavar="FILE", help="UTF-8 text file, or - for standard input (default)"
        )
        p.add_argument("--platform", default="x", choices=_platforms(), help="platform rules to apply (default x)")
        p.add_argument(
            "--audience",
            default="peers",
            choices=["peers", "patients"],
            help="'patients' adds the reading grade (target 8 or below) and jargon",
        )
        p.add_argument("--json", action="store_true", help="print JSON instead of text")

    check = sub.add_parser("check-post", help="find identifiers and platform problems in a draft post")
    add_post_options(check)
    check.add_argument("--images", type=int, default=0, metavar="N", help="number of attached images")
    check.add_argument(
        "--alt", action="append", default=[], metavar="TEXT", help="alt text of an image (repeat per image)"
    )

    thread = sub.add_parser("thread", help="split a case write-up into numbered posts and check each")
    add_post_options(thread)

    deid = sub.add_parser("deid", help="de-identify a DICOM file, a JPEG or a PNG (or a folder of them)")
    deid.add_argument("input", metavar="IN")
    deid.add_argument("output", metavar="OUT")
    deid.add_argument(
        "--mask",
        action="append",
        default=[],
        metavar="X0,Y0,X1,Y1",
        help="fill this rectangle with black in every frame (repeatable)",
    )
    deid.add_argument("--force", action="store_true", help="replace OUT if it exists (never IN)")
    deid.add_argument(
        "--confirm-no-burned-in",
        action="store_true",
        help="you have looked at every frame and it carries no text (OCR is skipped)",
    )
    deid.add_argument(
        "--auto-mask",
        action="store_true",
        help="black out every text region OCR finds in every frame, then read the output again",
    )
    deid.add_argument(
        "--preview",
        metavar="PNG",
        help="write a PNG of the frames with the text regions found (red) and proposed masks (yellow)",
    )
    deid.add_argument("--report", action="store_true", help="list everything removed or changed")
    deid.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def read_text(path: str) -> str:
    """Read a post from a file or ``-`` (stdin) as UTF-8, with clear errors for bad input."""
    name = "standard input" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_POST_BYTES + 1)
        else:
            with open(path, "rb") as fh:
                data = fh.read(MAX_POST_BYTES + 1)
    except FileNotFoundError:
        raise CLIError(f"{name}: no such file.") from None
    except IsADirectoryError:
        raise CLIError(f"{name} is a folder, not a text file.") from None
    except OSError as exc:
        raise CLIError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    if len(data) > MAX_POST_BYTES:
        raise CLIError(f"{name} is larger than {MAX_POST_BYTES:,} bytes: that is not a post.")
    if b"\x00" in data:
        raise CLIError(f"{name} looks like a binary file, not text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CLIError(f"{name} is not UTF-8 text (bad byte at position {exc.start}); save it as UTF-8.") from None
    if not text.strip():
        raise CLIError(f"{name} is empty: nothing to check.")
    return text


def _format_review(review, heading: str = "") -> list[str]:
    from irsocial.postsafety.platforms import get_platform

    plat = get_platform(review.platform)
    lines = [heading] if heading else []
    if review.limit is None:
        lines.append(f"{plat.name}: {review.length} characters (no verified limit).")
    else:
        state = "fits" if review.fits else f"{review.length - review.limit} too many"
        lines.append(f"{plat.name}: {review.length} of {review.limit} characters ({state}).")
    if review.hashtags:
        lines.append(f"Hashtags ({len(review.hashtags)}): {' '.join(review.hashtags)}")
    if review.grade is not None:
        lines.append(f"Reading grade (Flesch–Kincaid): {review.grade:.1f}; target 8 or below.")
    for f in review.findings:
        where = f' "{f.text}" at {f.start}-{f.end}' if f.text else ""
        lines.append(f"  {f.severity.upper():6} {f.rule}{where}: {f.message}")
    if not review.findings:
        lines.append("  No findings. Still read it once more as the patient would.")
    return lines


def _check_post(args) -> int:
    from irsocial.postsafety.review import ReviewError, review_post

    text = read_text(args.file)
    if args.images < 0:
        raise CLIError("--images must be 0 or more.")
    try:
        review = review_post(text, args.platform, args.audience, images=args.images, alt_texts=args.alt)
    except ReviewError as exc:
        raise CLIError(str(exc)) from None
    if args.json:
        _emit(json.dumps(review.to_dict(), ensure_ascii=False, indent=2))
    else:
        lines = _format_review(review)
        blocks = sum(f.severity == "block" for f in review.findings)
        lines.append(
            f"Result: {blocks} blocking finding(s): fix them before posting."
            if blocks
            else "Result: nothing blocking. Review the 'review' items yourself."
        )
        _emit("\n".join(lines))
    return BLOCKED if review.blocking else OK


def _thread(args) -> int:
    from irsocial.postsafety.identifiers import find_identifiers, has_blocking
    from irsocial.postsafety.platforms import ThreadError
    from irsocial.postsafety.review import review_thread

    text = read_text(args.file)
    try:
        reviews = review_thread(text, args.platform, args.audience)
    except ThreadError as exc:
        raise CLIError(str(exc)) from None
    # Never more lenient than check-post on the same text.
    blocking = any(r.blocking for r in reviews) or has_blocking(find_identifiers(text))
    if args.json:
        _emit(
            json.dumps(
                {"posts": [dict(text=r.text, **r.to_dict()) for r in reviews], "blocking": blocking},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        out = []
        for i, r in enumerate(reviews, start=1):
            out += [f"--- Post {i} of {len(reviews)} ---", r.text, *_format_review(r), ""]
        out.append(
            "Result: blocking findings in the thread: fix them before posting."
            if blocking
            else f"Result: {len(reviews)} post(s), nothing blocking."
        )
        _emit("\n".join(out))
    return BLOCKED if blocking else OK


def _deid(args) -> int:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # library warnings go to the report's notes, never to stderr
        try:
            reports = _deid_run(args)
        except Exception as exc:
            from irsocial.postsafety.deid import DeidError

            if not isinstance(exc, DeidError):
                raise
            print(f"irsocial deid: {' '.join(str(exc).split())}", file=sys.stderr)
            return exc.exit_status
    if args.json:
        _emit(json.dumps(reports[0].to_dict() if len(reports) == 1 else [r.to_dict() for r in reports], indent=2))
    else:
        for report in reports:
            lines = report.lines()
            _emit(
                "\n".join(
                    lines
                    if args.report
                    else lines[:1]
                    + [
                        f"{len(report.removed)} removed, {len(report.emptied)} emptied, {len(report.replaced)} replaced, "
                        f"{report.uids_replaced} UIDs replaced, {report.private_removed} private; --report lists them."
                    ]
                    + (
                        [
                            f"OCR read {report.frames_checked} frame(s) ({report.frames_read} distinct); "
                            f"{len(report.masks)} region(s) masked in every frame."
                        ]
                        if report.frames_checked
                        else []
                    )
                )
            )
    return OK


def _deid_run(args) -> list:
    """One file, or a folder all or nothing: every output is written into a staging folder next to
    OUT, which is renamed into place only when every file succeeded; on failure it is removed and
    the message names the file."""
    import os
    import shutil
    import tempfile
    from pathlib import Path

    from irsocial.postsafety.deid import DeidError, Mask, OutputError, UIDMap, current_umask, deidentify

    masks = [Mask.parse(m) for m in args.mask]
    opts = dict(force=args.force, confirm_no_burned_in=args.confirm_no_burned_in, auto_mask=args.auto_mask)
    src, dst = Path(args.input), Path(args.output)
    if not src.is_dir():
        return [deidentify(src, dst, masks, preview=args.preview, **opts)]
    if args.preview:
        raise OutputError("--preview works on one file; run it on the file the folder run named.")
    if dst.exists() and not args.force:
        raise OutputError(f"{dst} already exists: choose another folder or add --force.")
    if dst.exists() and not dst.is_dir():
        raise OutputError(f"{dst} is a file: give a folder name for the output of a folder run.")
    if dst.resolve() == src.resolve() or src.resolve() in dst.resolve().parents:
        raise OutputError("OUT must not be IN or inside it.")
    if not dst.parent.exists():
        raise OutputError(f"The folder {dst.parent} does not exist.")
    files = sorted(p for p in src.rglob("*") if p.is_file() and not p.name.startswith("."))
    if not files:
        raise DeidError(f"{src} has no files.")
    staging = Path(tempfile.mkdtemp(prefix=f".{dst.name}.staging-", dir=dst.parent))
    reports = []
    try:
        os.chmod(staging, 0o777 & ~current_umask())
        uid_map = UIDMap()  # one map for the run: a series stays a series
        for path in files:
            target = staging / path.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                report = deidentify(path, target, masks, uid_map=uid_map, **opts)
            except DeidError as exc:
                exc.args = (f"{path}: {exc} Nothing was written for the folder.",)
                raise
            except Exception as exc:
                raise DeidError(
                    f"{path}: could not finish ({type(exc).__name__}: {exc}). Nothing was written for the folder."
                ) from None
            report.output = str(dst / path.relative_to(src))
            reports.append(report)
        old = None
        if dst.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{dst.name}.old-", dir=dst.parent))
            os.replace(dst, old / dst.name)
        os.replace(staging, dst)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return reports


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers = {"check-post": _check_post, "thread": _thread, "deid": _deid}
    try:
        return handlers[args.command](args)
    except CLIError as exc:
        print(f"irsocial {args.command}: {exc}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        print("irsocial: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output closed early: the verdict still stands, but it was not computed
        _silence_stdout()
        return USAGE
    except Exception as exc:  # the promise is one line, never a traceback
        print(f"irsocial {args.command}: could not finish ({type(exc).__name__}: {exc}).", file=sys.stderr)
        return USAGE


if __name__ == "__main__":
    raise SystemExit(main())
