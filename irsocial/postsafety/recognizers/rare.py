"""Unique or rare details ("the first case in our town"): always left for a person to judge."""

from __future__ import annotations

import re

from irsocial.postsafety.recognizers.base import Doc, register

_KEYS = (
    "first",
    "only",
    "one of",
    "unique",
    "world",
    "never",
    "famous",
    "celebrity",
    "local",
    "erste",
    "premier",
    "première",
    "primo",
    "prima",
    "primer",
    "primera",
    "primeiro",
    "eerste",
    "πρώτ",
    "einzig",
    "célèbre",
)
_RARE = re.compile(
    r"\b(?:first (?:ever )?(?:case|patient)|only (?:case|patient)|one of (?:only|the few)|unique case|world'?s first|"
    r"never (?:been )?seen before|famous|celebrity|local (?:mayor|footballer|politician|teacher|priest)|"
    r"erste[rn]? (?:fall|patient(?:in)?)|premier cas|première patiente|primo caso|prima paziente|primer caso|"
    r"primera paciente|primeiro caso|eerste patiënt|πρώτο περιστατικό)\b",
    re.IGNORECASE,
)


@register("unique details")
def find(doc: Doc) -> None:
    if any(key in doc.lower for key in _KEYS):
        for m in _RARE.finditer(doc.text):
            doc.add("rare_detail", "review", m.start(), m.end(), "A unique detail can single a patient out.")
