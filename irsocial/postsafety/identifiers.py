"""Find what could identify a patient in the text of a draft post -> a list of findings (data).

The rules follow the identifier list of the HIPAA Privacy Rule's Safe Harbor method,
45 CFR 164.514(b)(2)(i)(A)-(R) (names; places smaller than a state, street addresses and ZIP
codes; every element of a date tied to the person except the year, and ages over 89; phone and
fax numbers; e-mail addresses; social security, medical record, health plan, account and licence
numbers; vehicle and device identifiers and serial numbers; URLs; IP addresses; any other unique
number or code), and GDPR Recital 26's test of identifiability: a person counts as identifiable
if anyone could single them out by means "reasonably likely to be used", so removing the name
alone is not enough (45 CFR 164.514(b)(2); GDPR Recital 26; ``hipaa_164514`` and ``gdpr2016`` in book/references.bib).

Each finding is ``block`` (this identifies a patient: change it before posting) or ``review``
(it may identify someone: a person must judge). Context decides: a date in a sentence about a
patient is an identifier, a conference date is not; clinicians' names (after Dr or Prof, or
thanked or congratulated), account handles, device sizes, doses, DOIs, percentages, years alone
and ages 89 and under are not flagged. This is a screening aid, not a guarantee: the personal
review the source article asks for is still needed.

>>> [(f.rule, f.severity, f.text) for f in find_identifiers("Mrs Okafor, 93, had her TACE on 14/03/2026.")]
[('name', 'block', 'Mrs Okafor'), ('age_over_89', 'block', '93'), ('date', 'block', '14/03/2026')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass

BLOCK = "block"
REVIEW = "review"


@dataclass(frozen=True)
class Finding:
    """One thing found in a text: which rule, how serious, where (character offsets) and why."""

    rule: str
    severity: str  # "block" or "review"
    start: int
    end: int
    text: str
    message: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Rule:
    """What a rule looks for and the source it is modelled on."""

    key: str
    label: str
    source: str
    advice: str


_SH = "HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)"
RULES: dict[str, Rule] = {
    r.key: r
    for r in (
        Rule("name", "Patient name or initials", f"{_SH}(A); GDPR Recital 26",
             "Remove the name and initials; say 'a patient' or 'a woman in her sixties'."),
        Rule("date", "Date tied to a patient", f"{_SH}(C)",
             "Remove the day and month; say 'recently' or give only the year if it matters."),
        Rule("relative_date", "Relative date tied to a patient", f"{_SH}(C); GDPR Recital 26",
             "'Last Tuesday' dates the case for anyone who was there: leave the timing out."),
        Rule("age_over_89", "Age over 89", f"{_SH}(C)",
             "Ages over 89 identify: Safe Harbor allows only the single category '90 or older'."),
        Rule("record_number", "Record, account, licence, device or vehicle number",
             f"{_SH}(H)-(M) and (R)", "Delete the number; it is never needed to teach the case."),
        Rule("phone", "Telephone or fax number", f"{_SH}(D)-(E)", "Delete the number."),
        Rule("email", "E-mail address", f"{_SH}(F)",
             "Delete the address; if it is yours, link your profile instead."),
        Rule("street_address", "Street address", f"{_SH}(B)", "Delete the address."),
        Rule("postcode", "Postcode or ZIP code", f"{_SH}(B)", "Delete the postcode."),
        Rule("place", "Town or place smaller than a region, tied to the patient",
             f"{_SH}(B); GDPR Recital 26", "Name the country or a large region at most."),
        Rule("url", "Link that points at a patient's record or study", f"{_SH}(N)",
             "Remove the link; share a de-identified image instead."),
        Rule("dicom_uid", "DICOM UID", f"{_SH}(R); DICOM PS3.15 Annex E",
             "A study or instance UID points at one patient's images: delete it."),
        Rule("ip_address", "IP address", f"{_SH}(O)", "Delete the address."),
        Rule("national_id", "Social security or national health number", f"{_SH}(G)-(I)",
             "Delete the number."),
        Rule("rare_detail", "Unique or rare detail", f"{_SH}(R); GDPR Recital 26",
             "'The first case in our town' can single a patient out: would the patient recognise it?"),
    )
}

# --- word lists ------------------------------------------------------------------------------

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# Words that show a sentence is about a patient (whole words, any case).
_PATIENT_WORDS = frozenset(
    """
    patient patients pt pts yo y/o year-old years-old yr-old admitted admission discharged dob born
    died presented presenting referred underwent transferred he she his him her hers man woman boy
    girl gentleman lady male female mr mrs ms miss grandmother grandfather mother father son
    daughter wife husband widow farmer teacher bed ward bay ed er a&e icu family relative relatives
    case fell collapsed seen scanned embolized embolised stented treated operated biopsied drained
    """.split()
)
_PATIENT_PHRASES = ("years old", "year old", "passed away", "brought in", "came in")
# Words that show a date or a name belongs to a meeting, a paper or a colleague.
_EVENT_WORDS = frozenset(
    """
    cirse sir rsna ecr bsir gest lint cx congress conference meeting symposium summit webinar
    workshop course session talk lecture abstract abstracts deadline submission registration
    register poster keynote panel live podcast published publication paper preprint doi vol issue
    trial guideline exam boards frcr ebir fellowship residency interview award congrats
    congratulations thanks welcome join joining launch tweetchat chat ama mdt rota holiday
    vacation birthday anniversary tickets ticket streaming
    """.split()
)
_EVENT_PHRASES = ("grand rounds", "journal club", "charing cross", "thank you", "see you", "save the date",
                  "tumor board", "tumour board", "on call")
_WORD = re.compile(r"[\w&/'-]+")
_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")  # on lower-cased text
# Cheap keyword tests on lower-cased text, so the costly patterns run only where they can match.
_RECORD_KEYS = re.compile(
    r"mrn|record|hospital|patient id|pt id|acc|chart|case|nhs|chi |insurance|policy|member|medica|"
    r"health plan|account|acct|licen|certificate|serial|s/n|sn|lot|udi|device id|implant id|plate|reg|vin|bed|room"
)
_RELATIVE_KEYS = ("day", "night", "week", "month", "morning", "afternoon", "evening")
_RARE_KEYS = ("first", "only", "one of", "unique", "world", "never", "famous", "celebrity", "local")
# Clinicians, colleagues and authors: a name right after these is not a patient's name.
_CLINICIAN_BEFORE = re.compile(
    r"(?:\b(?:dr|doctor|prof|professor|colleague|mentor|fellow|resident|consultant|attending|"
    r"nurse|radiographer|tech|by|with|thanks|thank|congrats|congratulations|to|and|from|welcome|"
    r"featuring|feat|speaker|chair|moderator|author|authors|et)\.?\s*(?:[A-Z]\.\s*)*)$",
    re.IGNORECASE,
)
# Common given names (many languages) used to spot a bare name such as "Maria, 54, presented".
_GIVEN_NAMES = frozenset(
    """
    aaron abdul adam adrian ahmed aisha alan albert alejandro alex alexander alfred ali alice
    alicia amal amanda amelia amir amy ana andrea andrew angela anita ann anna anne annie anthony
    antonio arjun arthur asha barbara beatriz ben benjamin bernard betty bill bob brenda brian
    bruce carl carla carlos carmen carol caroline catherine charles charlie chen chloe chris
    christina christine claire clara daniel david deborah dennis diana diego dimitri dimitris
    donald doris dorothy edward elena eleni elizabeth ella ellen emily emma eric ethan eva evelyn
    fatima felix fernando francesca francis frank gabriel george georgios gerald giorgos gloria
    grace greg hannah harold harry hassan helen henry hiroshi hugo ibrahim ines irene isaac
    isabel ivan jack jacob james jan jane janet jason jean jennifer jessica jim joan joe john
    jonathan jorge jose joseph josh joshua joyce juan judith julia julie karen kate katherine
    kathleen keith kenji kevin khalid kim laura lauren leo li linda lisa liu lucas lucy luis
    luke maria marie mario mark martha martin mary matthew mei michael michelle miguel mohammed
    muhammad nadia nancy natalia nathan nicholas nikos noah olga oliver olivia omar oscar pablo
    pamela patricia patrick paul paula pedro peter philip priya rachel rahul raj rebecca richard
    robert roger rosa rose ruth ryan sam samuel sandra sara sarah scott sean sharon sofia sophie
    stephen steven susan tanya teresa thomas tim timothy tom tony victor victoria vincent walter
    wei william yannis yusuf zara zoe
    """.split()
)
# Capitalised words that are not places (avoid "in Interventional Radiology", "from CIRSE").
_NOT_PLACES = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday ir irad ct mr mri us pet dsa cbct
    tace tare tips picc pe dvt ed er icu a&e or the a an our my his her their this that
    interventional radiology angio angiography emergency theatre hospital clinic department
    ward cath lab suite room bay unit surgery vascular oncology hepatology urology gynaecology
    gynecology neurology medicine cardiology reception recovery day case
    """.split()
)
# Countries, states and large regions: naming one does not identify (Safe Harbor allows states).
_LARGE_REGIONS = frozenset(
    """
    europe asia africa america north south east west central eu uk usa us britain england
    scotland wales ireland france germany spain italy greece portugal netherlands belgium
    switzerland austria sweden norway denmark finland poland canada mexico brazil australia
    india china japan korea egypt nigeria kenya turkey israel texas california florida
    ontario quebec bavaria scandinavia balkans midwest
    """.split()
)

# --- patterns -------------------------------------------------------------------------------

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON = r"(?:0?[1-9]|1[0-2])"
_ORD = r"(?:st|nd|rd|th)?"
_DATE_PATTERNS = [
    re.compile(rf"\b(?:19|20)\d\d[-/.]{_MON}[-/.]{_DAY}\b"),  # 2026-03-14
    re.compile(rf"\b{_DAY}[/.-]{_MON}[/.-](?:19|20)?\d\d\b"),  # 14/03/2026, 14.03.26
    re.compile(rf"\b{_MON}/{_DAY}/(?:19|20)?\d\d\b"),  # 03/14/2026
    re.compile(rf"\b{_DAY}{_ORD}\s+(?:of\s+)?(?:{_MONTHS})\.?(?:,?\s+(?:19|20)\d\d)?\b", re.IGNORECASE),
    re.compile(rf"\b(?:{_MONTHS})\.?\s+{_DAY}{_ORD}\b(?:,?\s+(?:19|20)\d\d)?", re.IGNORECASE),
    re.compile(rf"(?<=\b(?:on|by) ){_DAY}/{_MON}\b(?![/\d])"),  # "on 14/3" (a bare 3/4 is a fraction)
]
_NUMERIC_DATE_PATTERNS = [p for i, p in enumerate(_DATE_PATTERNS) if i not in (3, 4)]
_RELATIVE_DATE = re.compile(
    rf"\b(?:(?:last|this|next|on)\s+(?:{_WEEKDAYS}|week(?:end)?|month|night)|yesterday|"
    rf"the day before yesterday|this (?:morning|afternoon|evening)|tonight|today|"
    rf"(?:{_WEEKDAYS})\s+(?:morning|afternoon|evening|night))\b",
    re.IGNORECASE,
)
_OLD_AGE = re.compile(r"(?<![\d.,/:-])(?:9\d|1[01]\d|12[0-5])(?![\d.,/:]\d|\d)")
_AGE_AFTER = re.compile(
    r"\s?-?\s?(?:years?|yrs?|y)\s?-?\s?(?:old\b|o\b)|\s?-?\s?(?:yo|y/o|yr-old|year-old)\b|\s?[mfMF]\b(?![\w.])",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"\b(?:aged?|age:)\s*$", re.IGNORECASE)
_AGE_GROUPED = re.compile(r"\s*(?:\+|or (?:older|over)|and (?:older|over))", re.IGNORECASE)
_RECORD = re.compile(
    r"\b(?:mrn|medical record(?: number| no\.?)?|hospital (?:number|no\.?)|patient id|pt id|"
    r"record (?:number|no\.?)|accession(?: number| no\.?| #)?|acc(?:ession)? ?#|chart(?: number| no\.?)?|"
    r"case (?:number|no\.?)|nhs (?:number|no\.?)|chi (?:number|no\.?)|insurance(?: number| no\.?| id)?|"
    r"policy(?: number| no\.?)?|member id|medicaid|medicare(?: number| no\.?)?|health plan(?: id)?|"
    r"account(?: number| no\.?)?|acct\.?|licen[cs]e(?: number| no\.?| plate)?|certificate(?: number| no\.?)?|"
    r"serial(?: number| no\.?)?|s/n|sn|lot(?: number| no\.?)?|udi|device id|implant id|"
    r"(?:number|registration) plate|reg(?:istration)?(?: number| no\.?)?|vin|bed|room)"
    r"\s*(?:[:#=]|no\.?|number|is)?\s*(?P<id>(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,}(?<![/-])|\d{2,})",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\w./])(?:(?:\+|00)\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}[\s.-]\d{3,4}[\s.-]?\d{3,4}(?![\w/])"
)
_PHONE_LABEL = re.compile(r"\b(?:tel|phone|mobile|cell|fax|call|ring|text|whatsapp|contact)\b", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_STREET = re.compile(
    r"\b\d{1,5}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Boulevard|"
    r"Blvd|Way|Court|Ct|Place|Close|Crescent|Terrace|Gardens|Square|Hill|Row|Parade|Strasse|Straße|Rue|Via|Calle)\b\.?"
)
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_ZIP = re.compile(
    r"\b(?:zip(?: code)?|postcode|postal code|plz)\s*:?\s*(?P<z>\d{4,5}(?:-\d{4})?)\b"
    r"|\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    r"NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s+(?P<z2>\d{5}(?:-\d{4})?)\b"
    r"|\b(?P<z3>\d{5}-\d{4})\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?:from|in|near|outside|lives in|living in|resident of|native of|village of|town of|"
    r"farm in|farmer in|works? in|worked in)\s+(?P<p>[A-Z][a-zA-Z'-]+(?:[ -](?:upon|on|de|la|le|[A-Z][a-zA-Z'-]+)){0,2})"
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_PATIENT_URL = re.compile(
    r"pacs|wado|dicomweb|viewer|studies/|study[_-]?(?:uid|id)|series[_-]?uid|accession|mrn|patient|"
    r"pid=|chart|ehr|emr|epic|cerner|\d+(?:\.\d+){5,}",
    re.IGNORECASE,
)
_UID = re.compile(r"(?<![\w./])(?:[12](?:\.\d+){5,}|2\.25\.\d{10,})(?![\w/])")
_IP = re.compile(r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w.])")
_SSN = re.compile(
    r"\b\d{3}-\d{2}-\d{4}\b"
    r"|\b(?:ssn|social security(?: number| no\.?)?|nhs(?: number| no\.?)?|nino|ni number|bsn|"
    r"personnummer|amka|codice fiscale|steuer-id)\s*:?\s*(?P<id>[A-Z0-9][A-Z0-9 -]{5,14}[A-Z0-9])\b"
    r"|\b\d{3} \d{3} \d{4}\b(?=.{0,30}\bnhs\b)",
    re.IGNORECASE,
)
_TITLED_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|Herr|Frau|Sr|Sra|Sig|Signora)\.?\s+"
    r"(?:[A-Z]\.\s*)?[A-Z](?:[a-z]*'[A-Z])?[a-zA-Z-]+(?:[ -][A-Z](?:[a-z]*'[A-Z])?[a-zA-Z-]+)?"
)
_INITIALS = re.compile(r"(?=[A-Z]\.)(?<![\w.])(?:[A-Z]\.\s?){2,3}(?![\w])|\binitials\s+(?P<i>[A-Z]{2,3})\b")
_NOT_INITIALS = {"U.S.", "U.K.", "E.U.", "A.M.", "P.M.", "U.S.A.", "D.C.", "N.B.", "P.S.", "Q.A."}
_NAME_LABEL = re.compile(
    r"\b(?i:patient|pt|named|called|name(?:d| is|:))\s*:?\s+(?P<n>[A-Z][a-z-]+(?:'[A-Z][a-z-]+)?(?:\s[A-Z][a-z-]+)?)"
)
# Capitalised words that follow "Patient" without being a name ("Patient Safety Week").
_NOT_NAMES = frozenset(
    """
    safety education experience experiences care information info leaflet leaflets day week month
    advocacy advocate forum voices voice stories story centred centered focused first outcomes
    reported portal support group groups and or was is had has with who the a an of in on
    """.split()
)
_CAP_NAME = re.compile(r"(?=[A-Z])(?<![@#\w])(?P<n>[A-Z][a-z]+)\b(?:\s(?P<s>[A-Z][a-z'-]+))?")
_RARE = re.compile(
    r"\b(?:first (?:ever )?(?:case|patient)|only (?:case|patient)|one of (?:only|the few)|"
    r"unique case|world'?s first|never (?:been )?seen before|famous|celebrity|local (?:mayor|footballer|"
    r"politician|teacher|priest))\b",
    re.IGNORECASE,
)
# Device sizes, doses, citations: numbers that must not be read as ages or record numbers.
_SAFE_NUMBER_CONTEXT = re.compile(
    r"(?:fr|french|f|mm|cm|ml|mg|kg|g|kvp|kv|ma|mas|mgy|gy|mgy\*cm|%|inch|in|\"|gauge|g\b|mci|gbq|mbq|"
    r"min|mins|minutes|s|sec|hours|h|days|weeks|months|cases|patients|pts|ptx)",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(
    r"(?=[.!?]\s)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bProf)(?<!\bNo)(?<!\bvs)(?<!\bFig)"
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\b[A-Z])[.!?](?=\s)|\n"
)


def _sentence_ends(text: str) -> list[int]:
    return [m.end() for m in _SENTENCE_END.finditer(text)]


def _sentence_bounds(ends: list[int], length: int, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(ends, pos)
    return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else length)


def _nearest(spans: list[tuple[int, int]], start: int, end: int, lo: int, hi: int) -> int | None:
    """Distance from [start, end) to the nearest cue span lying within [lo, hi)."""
    best = None
    for s, e in spans:
        if s < lo or e > hi or (s < end and start < e):
            continue
        d = start - e if e <= start else s - end
        best = d if best is None or d < best else best
    return best


def _context(text: str, start: int, end: int, ends: list[int] | None = None,
             cues: tuple[list, list] | None = None) -> str:
    """'patient', 'event' or 'none': what the sentence around [start, end) is about."""
    lo, hi = _sentence_bounds(_sentence_ends(text) if ends is None else ends, len(text), start)
    hi = max(hi, end)
    if cues is None:
        cues = _cue_spans(text)
    patient = _nearest(cues[0], start, end, lo, hi)
    event = _nearest(cues[1], start, end, lo, hi)
    if patient is None and event is None:
        return "none"
    if event is None:
        return "patient"
    if patient is None:
        return "event"
    return "patient" if patient < event else "event"


def _cue_spans(text: str) -> tuple[list, list]:
    """Where the patient cues and the event cues are in ``text`` (lists of (start, end))."""
    patient, event = [], []
    for match in _WORD.finditer(text):
        word = match.group(0).lower().strip("'-")
        if word in _PATIENT_WORDS:
            patient.append(match.span())
        elif word in _EVENT_WORDS:
            event.append(match.span())
    lower = text.lower()
    for phrases, spans in ((_PATIENT_PHRASES, patient), (_EVENT_PHRASES, event)):
        for phrase in phrases:
            i = lower.find(phrase)
            while i >= 0:
                spans.append((i, i + len(phrase)))
                i = lower.find(phrase, i + 1)
    return patient, event


def _finding(rule: str, severity: str, start: int, end: int, text: str, why: str) -> Finding:
    return Finding(rule, severity, start, end, text[start:end], f"{why} {RULES[rule].advice}")


def find_identifiers(text: str) -> list[Finding]:
    """Everything in ``text`` that could identify a patient, sorted by position.

    >>> find_identifiers("5 Fr sheath, 120 kVp, 0.035\\" wire; see doi:10.1148/rg.220157 #IRad @IR_Juniors")
    []
    """
    if not isinstance(text, str):
        raise TypeError("find_identifiers expects text (a str)")
    found: list[Finding] = []
    add = found.append
    lazy: dict = {}

    def context(s: int, e: int) -> str:
        if not lazy:
            lazy["ends"], lazy["cues"] = _sentence_ends(text), _cue_spans(text)
        return _context(text, s, e, lazy["ends"], lazy["cues"])

    digits = len(_DIGIT.findall(text))
    lower = text.lower()

    if digits >= 6:
        _find_numbers(text, add, context, digits)
    if "@" in text:
        for match in _EMAIL.finditer(text):
            severity = BLOCK if context(match.start(), match.end()) == "patient" else REVIEW
            add(_finding("email", severity, match.start(), match.end(), text,
                         "An e-mail address identifies its owner."))
    if "http" in text or "www." in text:
        for match in _URL.finditer(text):
            url = match.group(0).rstrip(".,;:!?")
            if _PATIENT_URL.search(url):
                add(_finding("url", BLOCK, match.start(), match.start() + len(url), text,
                             "This link points at a patient record or imaging study."))
    if digits:
        _find_dates(text, add, context, lower)
        _find_ages(text, add, context)
        for match in (_RECORD.finditer(text) if _RECORD_KEYS.search(lower) else ()):
            add(_finding("record_number", BLOCK, match.start("id"), match.end("id"), text,
                         f"A number labelled '{match.group(0)[: match.start('id') - match.start()].strip()}' identifies a record, device or person."))
        for match in _STREET.finditer(text):
            add(_finding("street_address", BLOCK, match.start(), match.end(), text, "This looks like a street address."))
        for match in _UK_POSTCODE.finditer(text):
            add(_finding("postcode", BLOCK, match.start(), match.end(), text, "This looks like a UK postcode."))
    if digits >= 4:
        for match in _ZIP.finditer(text):
            group = next(g for g in ("z", "z2", "z3") if match.group(g))
            add(_finding("postcode", BLOCK, match.start(group), match.end(group), text, "This looks like a ZIP or postal code."))
    if any(key in lower for key in _RELATIVE_KEYS):
        _find_relative_dates(text, add, context)
    _find_names(text, add, context)
    _find_places(text, add, context)
    for match in (_RARE.finditer(text) if any(key in lower for key in _RARE_KEYS) else ()):
        add(_finding("rare_detail", REVIEW, match.start(), match.end(), text, "A unique detail can single a patient out."))
    return _dedupe(found)


def _find_numbers(text: str, add, context, digits: int) -> None:
    for match in _UID.finditer(text):
        add(_finding("dicom_uid", BLOCK, match.start(), match.end(), text, "This looks like a DICOM UID."))
    for match in _IP.finditer(text):
        add(_finding("ip_address", BLOCK, match.start(), match.end(), text, "This looks like an IP address."))
    for match in _SSN.finditer(text):
        s, e = (match.start("id"), match.end("id")) if match.group("id") else (match.start(), match.end())
        add(_finding("national_id", BLOCK, s, e, text, "This looks like a social security or national health number."))
    for match in _PHONE.finditer(text):
        digits = sum(c.isdigit() for c in match.group(0))
        labelled = _PHONE_LABEL.search(text, max(0, match.start() - 25), match.start())
        if digits >= 10 or (digits >= 8 and labelled):
            severity = BLOCK if context(match.start(), match.end()) == "patient" else REVIEW
            add(_finding("phone", severity, match.start(), match.end(), text, "This looks like a phone or fax number."))


def _find_dates(text: str, add, context, lower: str) -> None:
    patterns = _DATE_PATTERNS if _MONTH_WORD.search(lower) else _NUMERIC_DATE_PATTERNS
    for pattern in patterns:
        for match in pattern.finditer(text):
            s, e = match.start(), match.end()
            if re.match(r"\d+(?:\.\d+)+$", match.group(0)) and _UID.search(text, max(0, s - 3), e + 3):
                continue
            if text[e : e + 1] == "%" or re.match(r"\s?(?:mm|cm|fr|ml|mg|kv)", text[e : e + 4], re.IGNORECASE):
                continue
            where = context(s, e)
            if where == "event":
                continue
            if where == "patient":
                add(_finding("date", BLOCK, s, e, text, "A day and month in a sentence about a patient date the case."))
            else:
                add(_finding("date", REVIEW, s, e, text, "A full date can date a case."))


def _find_relative_dates(text: str, add, context) -> None:
    for match in _RELATIVE_DATE.finditer(text):
        if context(match.start(), match.end()) == "patient":
            vague = re.fullmatch(r"today|tonight|this (?:morning|afternoon|evening)", match.group(0), re.IGNORECASE)
            add(_finding("relative_date", REVIEW if vague else BLOCK, match.start(), match.end(), text,
                         "A relative date in a sentence about a patient dates the case."))


def _find_ages(text: str, add, context) -> None:
    for match in _OLD_AGE.finditer(text):
        s, e = match.span()
        after, before = text[e : e + 16], text[max(0, s - 8) : s]
        if _AGE_GROUPED.match(after):
            continue  # "90+" and "90 or older" are the grouping Safe Harbor allows
        if _AGE_AFTER.match(after):
            pass  # "92-year-old", "92 yo", "92F": an age whatever the sentence
        elif _AGE_BEFORE.search(before) or (
            before.rstrip().endswith(("(", ",")) and re.match(r"\s*[,)]", after)
        ):
            following = re.match(r"[\s,)]*([^\s,.;:!?]*)", after)
            if following and _SAFE_NUMBER_CONTEXT.fullmatch(following.group(1)):
                continue
            if context(s, e) != "patient":
                continue
        else:
            continue
        add(_finding("age_over_89", BLOCK, s, e, text, f"An age of {match.group(0)} (over 89) identifies."))


def _find_names(text: str, add, context) -> None:
    for match in _TITLED_NAME.finditer(text):
        add(_finding("name", BLOCK, match.start(), match.end(), text, "A title and name identify a patient."))
    for match in _INITIALS.finditer(text):
        s, e = (match.start("i"), match.end("i")) if match.group("i") else (match.start(), match.end())
        token = text[s:e].replace(" ", "")
        if token.upper() in _NOT_INITIALS or re.match(r"\s*et al", text[e : e + 8]):
            continue
        before = text[max(0, s - 12) : s]
        surname = re.search(r"([A-Z][a-z]+),?\s*$", before)
        if re.search(r"\b(?:dr|prof|doctor)\.?\s*$", before, re.IGNORECASE) or (
            surname and surname.group(1).lower() not in _PATIENT_WORDS
        ):
            continue
        add(_finding("name", BLOCK, s, e, text, "Initials identify a patient as surely as a name."))
    for match in _NAME_LABEL.finditer(text):
        name = match.group("n")
        if name.split()[0].lower() in _NOT_PLACES or name.split()[0].lower() in _NOT_NAMES:
            continue
        add(_finding("name", BLOCK, match.start("n"), match.end("n"), text, "A name next to 'patient' identifies them."))
    for match in _CAP_NAME.finditer(text):
        first = match.group("n")
        if first.lower() not in _GIVEN_NAMES:
            continue
        s, e = match.start(), match.end("s") if match.group("s") else match.end("n")
        if _CLINICIAN_BEFORE.search(text[max(0, s - 40) : s]):
            continue
        where = context(s, e)
        if where == "event":
            continue
        if where == "patient":
            add(_finding("name", BLOCK, s, e, text, "A name in a sentence about a patient identifies them."))
        else:
            add(_finding("name", REVIEW, s, e, text, "This looks like a person's name: is it a patient?"))


def _find_places(text: str, add, context) -> None:
    for match in _PLACE.finditer(text):
        place = match.group("p")
        first = place.split()[0].lower()
        if first in _NOT_PLACES or first in _LARGE_REGIONS or first in _GIVEN_NAMES:
            continue
        if place.isupper() or first.lower() in ("the", "a", "our"):
            continue
        if context(match.start(), match.end()) == "patient":
            add(_finding("place", BLOCK, match.start("p"), match.end("p"), text,
                         "A town or place tied to the patient narrows down who it is."))


def _dedupe(found: list[Finding]) -> list[Finding]:
    """Drop findings contained in a stronger or larger one, then sort by position."""
    rank = {BLOCK: 0, REVIEW: 1}
    ordered = sorted(found, key=lambda f: (rank[f.severity], -(f.end - f.start), f.start))
    kept: list[Finding] = []
    for f in ordered:
        if any(k.start <= f.start and f.end <= k.end and rank[k.severity] <= rank[f.severity] for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))


def has_blocking(findings: list[Finding]) -> bool:
    """True if any finding must be fixed before posting.

    >>> has_blocking(find_identifiers("MRN 00482913, embolized today"))
    True
    """
    return any(f.severity == BLOCK for f in findings)
