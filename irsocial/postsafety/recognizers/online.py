"""E-mail addresses, links (with or without a scheme), IP addresses and DICOM UIDs.

Links without a scheme are told from ordinary words by their top-level domain, read from the IANA
list that ``urlextract`` (MIT) ships in its wheel; nothing is downloaded, no cache is written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from irsocial.postsafety.recognizers.base import Doc, register

BLOCK, REVIEW = "block", "review"

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_BARE = re.compile(
    r"(?<![\w@./:-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?P<tld>[a-z]{2,24})\b(?:/[^\s<>\"')\]]*)?", re.IGNORECASE
)
# Hosts where a link is a private file, and paths that point at a patient's record or images.
_SHARING = re.compile(
    r"drive\.google|docs\.google|dropbox|wetransfer|we\.tl|photos\.app\.goo\.gl|photos\.google|icloud|onedrive|"
    r"1drv\.ms|box\.com|sharepoint|imgur|youtu\.?be.*(?:unlisted|si=)|mega\.nz|filesender|swisstransfer",
    re.IGNORECASE,
)
_PATIENT_URL = re.compile(
    r"pacs|wado|dicomweb|viewer|studies/|study[_-]?(?:uid|id)|study=|series[_-]?uid|accession|mrn|patient|"
    r"pid=|chart|ehr|emr|epic|cerner|\d+(?:\.\d+){5,}",
    re.IGNORECASE,
)
_UID = re.compile(r"(?<![\w./])(?:[12](?:\.\d+){5,}|2\.25\.\d{10,})(?![\w/])")
_IP = re.compile(r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w]|\.\d)")
_VERSION_BEFORE = re.compile(
    r"(?:firmware|software|version|versión|versão|versione|versie|έκδοση|release|"
    r"update|v|build|fw|sw)\s*:?\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def top_level_domains() -> frozenset:
    # Read the file where the package is installed, without importing it (its import sets up a cache).
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("urlextract")
    folder = Path(next(iter(spec.submodule_search_locations)))
    text = (folder / "data" / "tlds-alpha-by-domain.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _url_finding(doc: Doc, start: int, url: str, kind: str) -> None:
    end = start + len(url)
    if _SHARING.search(url):
        doc.add("url", BLOCK, start, end, "A link to a shared file: it can show the patient's images or record.")
    elif _PATIENT_URL.search(url):
        doc.add("url", BLOCK, start, end, "This link points at a patient record or imaging study.")
    elif doc.context(start, end) == "patient" and "/" in url:
        doc.add("url", REVIEW, start, end, f"A {kind} in a sentence about a patient: where does it lead?")


@register("e-mail, links, IP addresses, DICOM UIDs")
def find(doc: Doc) -> None:
    text = doc.text
    emails = []
    if "@" in text:
        for m in _EMAIL.finditer(text):
            emails.append(m.span())
            severity = BLOCK if doc.context(m.start(), m.end()) == "patient" else REVIEW
            doc.add("email", severity, m.start(), m.end(), "An e-mail address identifies its owner.")
    urls = []
    if "http" in doc.lower or "www." in doc.lower:
        for m in _URL.finditer(text):
            url = m.group(0).rstrip(".,;:!?")
            urls.append((m.start(), m.start() + len(url)))
            _url_finding(doc, m.start(), url, "link")
    if "." in text:
        tlds = None
        for m in _BARE.finditer(text):
            if any(s <= m.start() < e for s, e in urls + emails):
                continue
            if tlds is None:
                tlds = top_level_domains()
            if m.group("tld").lower() not in tlds or m.group(0)[0].isdigit() and "/" not in m.group(0):
                continue
            host = m.group(0).split("/")[0]
            if host.count(".") < 1 or (host[0].isupper() and "/" not in m.group(0)):
                continue  # "Dr.Smith", "Fig.2": a capitalised word is not a host name
            if re.search(r"doi|10\.\d{4}", text[max(0, m.start() - 12) : m.start()], re.IGNORECASE):
                continue
            _url_finding(doc, m.start(), m.group(0).rstrip(".,;:!?"), "link")
    if doc.digits >= 4:
        for m in _UID.finditer(text):
            doc.add("dicom_uid", BLOCK, m.start(), m.end(), "This looks like a DICOM UID.")
        for m in _IP.finditer(text):
            if _VERSION_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                continue  # "firmware 10.1.2.15" is a version, not an address
            doc.add("ip_address", BLOCK, m.start(), m.end(), "This looks like an IP address.")
