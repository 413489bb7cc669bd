"""Names and initials of patients, in eight languages.

Three kinds of evidence, strongest first: a title or honorific (Mr/Mrs, Herr/Frau, M./Mme,
Sig./Sig.ra, Sr./Sra., Dona, Dhr./Mevr., κ./κα...) before a capitalised word in any script; a label
("Patient", "Patientin", "Paziente", "Doente", "Patiënt", "Ασθενής", "Pt") before a name or
initials; capitalised words in a sentence about a patient, matched against the US Census given-name
and surname lists that the ``names`` package (MIT) ships (88,799 surnames of many origins) or
followed by a verb of admission. Clinicians in their professional role ("Dr", "Prof", "Mr Patel
(vascular surgery)") and colleagues who are thanked or congratulated are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from irsocial.postsafety.recognizers.base import Doc, register

BLOCK, REVIEW = "block", "review"

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩΆ-Ώ"
_NAME = rf"[{_UP}](?:[a-zß-öø-ÿā-žα-ωά-ώϊϋΐΰ]*['’][{_UP}])?[\wß-öø-ÿā-žα-ωά-ώ'’-]*[a-zß-öø-ÿā-žα-ωά-ώ]"
_PARTICLE = r"(?:van der|van den|van de|van|von der|von|de la|de los|de|del|della|di|da|dos|das|do|du|le|la|ten|ter|zu|der|den|van het|het|'t)"
_FULL = rf"(?:{_PARTICLE} )?{_NAME}(?:[ -](?:{_PARTICLE} )?{_NAME}){{0,2}}"
TITLES = {
    "en": r"Mr|Mrs|Ms|Miss|Mx|Mr\.|Mrs\.|Ms\.|Mx\.|Mister|Missus",
    "de": r"Herr|Frau|Herrn|herr|frau",
    "fr": r"M\.|Mme|Mme\.|Mlle|Mlle\.|Monsieur|Madame|Mademoiselle|monsieur|madame",
    "it": r"Sig\.ra|Sig\.na|Sig\.|Sig|Signor|Signora|signor|signora|Sig\.ra\.",
    "es": r"Sr\.|Sra\.|Srta\.|Sr|Sra|Don|Doña|don|doña|Señor|Señora|señor|señora",
    "pt": r"Sr\.|Sra\.|Dona|dona|Senhor|Senhora|senhor|senhora",
    "nl": r"Dhr\.|Dhr|Mevr\.|Mevr|Mw\.|meneer|mevrouw|Meneer|Mevrouw|de heer",
    "el": r"κ\.|κα\.?|κυρία|κύριος|κυρίας|κυρίου|Κα\.?|Κυρία|Κύριος|κος|κ",
}
_TITLE_ALT = "|".join(sorted({t for group in TITLES.values() for t in group.split("|")}, key=len, reverse=True))
_TITLED = re.compile(rf"(?<![\w.])(?:{_TITLE_ALT})\s+(?P<n>(?:[{_UP}]\.\s*)?{_FULL})")
_ROLE_AFTER = re.compile(
    r"\s*(?:\(|,\s*(?:the |our |a )?)(?:[^)]{0,30})?(?:surg|chirurg|cirug|cirurg|χειρουργ|anaesth|anesth|cardiol|"
    r"radiolog|oncolog|consultant|nurse|fellow|registrar|vascular|urolog|hepatol|gastro|medicine|médecin|medic|"
    r"physician|colleague|collègue|collega|colega|collega|συνάδελφ|professor|radiograph|vaat|gefäß|angiolog)",
    re.IGNORECASE,
)
PATIENT_LABELS = (
    r"patient|patientin|patiente|paziente|paciente|doente|patiënt|patiënte|ασθενής|ασθενούς|ασθενή|"
    r"pt|pat|named|called|name is|name:|nome|nom|nombre|naam|όνομα|initials|iniciales|iniziali|initiales|"
    r"initialen|αρχικά"
)
_LABELLED = re.compile(
    rf"(?<![\w])(?i:{PATIENT_LABELS})\.?\s*:?\s+(?P<n>{_FULL}|(?:[{_UP}]\.\s?){{1,3}}|[{_UP}]{{2,3}}\b)"
)
RELATIVE_LABELS = (
    r"daughter|son|husband|wife|partner|sister|brother|granddaughter|grandson|tochter|sohn|ehemann|"
    r"ehefrau|mann|frau|schwester|bruder|enkelin|enkel|fille|fils|mari|épouse|femme|sœur|soeur|frère|"
    r"figlia|figlio|marito|moglie|sorella|fratello|nipote|hija|hijo|marido|esposa|hermana|hermano|nieta|"
    r"nieto|filha|filho|irmã|irmão|neta|neto|dochter|zoon|echtgenoot|echtgenote|zus|broer|kleindochter|"
    r"κόρη|γιος|σύζυγος|αδελφή|αδελφός|εγγονή|εγγονός"
)
_RELATIVE = re.compile(rf"(?<![\w])(?i:{RELATIVE_LABELS})(?:\s+(?:της|του))?,?\s+(?P<n>{_FULL})")
_INITIALS = re.compile(r"(?=[A-ZΑ-Ω]\.)(?<![\w.])(?:[A-ZΑ-Ω]\.\s?){2,3}(?![\w])")
_NOT_INITIALS = {"U.S.", "U.K.", "E.U.", "A.M.", "P.M.", "U.S.A.", "D.C.", "N.B.", "P.S.", "Q.A.", "E.G.", "I.E."}
_BIGRAM = re.compile(
    rf"(?<![\w@#.])(?P<a>{_NAME})\s(?:{_PARTICLE}\s)?(?P<b>{_NAME})(?:\s(?:{_PARTICLE}\s)?(?P<c>{_NAME}))?(?![\w])"
)
_ADMISSION_AFTER = re.compile(
    r"\s*(?:\(\d{1,3}\)\s*)?,?\s*(?:was|is|has|had|wurde|ist|hat|war|a été|est|était|a|è|fu|ha|ingresó|fue|está|ha sido|"
    r"foi|está|é|werd|is|heeft|εισήχθη|είναι|νοσηλεύεται|υποβλήθηκε)\s+|\s*,?\s*(?:admitted|aufgenommen|admise?|"
    r"ricoverat[oa]|internad[oa]|opgenomen|transferred|verlegt|transférée?|trasferit[oa]|trasladad[oa]|transferid[oa]|"
    r"overgeplaatst|discharged|entlassen|sortie?|dimess[oa]|ontslagen)\b",
    re.IGNORECASE,
)
_CLINICIAN_BEFORE = re.compile(
    r"(?:\b(?:dr|doctor|prof|professor|pr|dott|dott\.ssa|dra|drª|colleague|mentor|fellows?|residents?|consultant|"
    r"attending|nurse|radiographer|tech|speaker|chair|moderator|author|authors|interne?s?|"
    r"specializzand[io]|residentes|internos|ειδικευόμεν\w*|kollegen|collègues|colleghi|colegas|collega's)\.?\s*"
    r"(?:[A-Z]\.\s*)*)$",
    re.IGNORECASE,
)
# Words that put a name in a clinician's or colleague's place unless the sentence is about a patient.
_WEAK_BEFORE = re.compile(
    r"(?:\b(?:by|with|thanks|thank|congrats|congratulations|kudos|to|and|und|et|e|y|en|και|from|welcome|featuring|"
    r"feat|von|de|del|do|van|του|της)\.?\s*(?:[A-Z]\.\s*)*)$",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:from|near|outside|in|aus|bei|nahe|à|près de|vicino a|cerca de|desde|em|perto de|uit|"
    r"bij|nabij|από την|από το|από τη|στην|στο)\s+$",
    re.IGNORECASE,
)
# A name followed by a bracket with a label and a number ("(MRN 123456)", "(Fallnummer ...)").
_RECORD_AFTER = re.compile(r"\s*\((?:[^()\d]{1,30})[\s:#]*[A-Z]{0,3}\d{4,}")
# A name right next to an age or a birth date is a patient's, whoever thanks them.
_AGE_OR_BIRTH_AFTER = re.compile(
    r"\s*(?:,|\()\s*(?:(?:âgée?|aged?|di|de|età|edad|idade)\s+(?:de\s+)?)?(?:(?:9\d|1[01]\d|12[0-5])(?!\d)|"
    r"(?:dob|d\.o\.b\.|born|geb\.?|geboren|née?|nato|nata|nacid[oa]|nascid[oa]|γεννημέν\w+)\b)",
    re.IGNORECASE,
)
_COLLEAGUE_SENTENCE = re.compile(
    r"\b(?:kudos|congrats|congratulations|thanks|thank you|welcome|fellows|residents|registrars|trainees|team|"
    r"glückwunsch|danke|bravo|merci|félicitations|internes|complimenti|grazie|specializzandi|enhorabuena|gracias|"
    r"residentes|parabéns|obrigad[oa]|internos|proficiat|gefeliciteerd|bedankt|συγχαρητήρια|ευχαριστούμε|"
    r"ειδικευόμενους|et al)\b",
    re.IGNORECASE,
)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def census_names() -> tuple[frozenset, frozenset]:
    """(given names, surnames) from the US Census lists shipped by the ``names`` package."""
    from importlib.resources import files

    def read(name: str) -> frozenset:
        text = (files("names") / name).read_text(encoding="ascii").lower()
        return frozenset(re.findall(r"^(\S+)", text, re.MULTILINE))

    return read("dist.male.first") | read("dist.female.first"), read("dist.all.last")


@lru_cache(maxsize=1)
def _common_words() -> frozenset:
    """Words that start sentences or are capitalised nouns, never names on their own."""
    from irsocial.postsafety.language import _LEXICON
    from irsocial.postsafety.recognizers.base import EVENT, PATIENT
    from irsocial.postsafety.recognizers.dates import calendar_words
    from irsocial.postsafety.recognizers.places import LARGE_REGIONS, NOT_PLACES

    months, days = calendar_words()
    extra = """great new good thanks see happy join read our your video link images image case cases
    today yesterday please call fax send bitte die tochter sein seine eine einer hier ieri ayer ontem gisteren
    hoy hoje oggi heute vandaag mehr more technical technischer success erfolg dose dosis lesion läsion
    introductor introdutor introduttore θηκάρι βλάβη δόση τεχνική lesione lesión lesão laesie résultats
    results risultati resultados resultaten αποτελέσματα kongress congress congresso congreso congrès congres
    fecha prazo deadline scadenza email mail correo pacs iban bsn dni nif nir amka ssn nhs mrn
    safety education experience experiences care information info leaflet leaflets day week month advocacy
    advocate forum voices voice stories story centred centered focused first outcomes reported portal support
    group groups sicherheit sécurité sicurezza seguridad segurança veiligheid ασφάλεια""".split()
    return frozenset(
        set(extra)
        | months_set(months)
        | set(days)
        | set(LARGE_REGIONS)
        | set(NOT_PLACES)
        | PATIENT
        | EVENT
        | frozenset().union(*_LEXICON.values())
    )


def months_set(months) -> set:
    return {m.lower() for m in months}


def _is_common(word: str) -> bool:
    return word.lower() in _common_words() or _fold(word) in _common_words()


@register("names and initials")
def find(doc: Doc) -> None:
    text = doc.text
    claimed: list[tuple[int, int]] = []

    def add(sev: str, s: int, e: int, why: str) -> None:
        value = text[s:e].rstrip()
        if value.endswith(("'s", "’s")):
            value = value[:-2]
        e = s + len(value)
        claimed.append((s, e))
        doc.add("name", sev, s, e, why)

    for m in _TITLED.finditer(text):
        name = m.group("n")
        if _is_common(name.split()[0]) and len(name.split()) == 1:
            continue
        if _ROLE_AFTER.match(text, m.end()) or re.search(
            r"\b(?:dr|prof|pr|dott)\.?\s*$", text[max(0, m.start() - 6) : m.start()], re.I
        ):
            continue  # "Mr Patel (vascular surgery)": a clinician in their role
        add(BLOCK, m.start(), m.end(), "A title and name identify a patient.")
    for m in _LABELLED.finditer(text):
        name = m.group("n")
        words = name.replace(".", " ").split()
        if _is_common(words[0]) and not re.fullmatch(r"(?:[A-Z]\.\s?){1,3}|[A-Z]{2,3}", name):
            continue
        if re.fullmatch(r"[A-Z]{2,3}", name) and name in {
            "CT",
            "MRI",
            "MR",
            "US",
            "PE",
            "ED",
            "ER",
            "ICU",
            "IR",
            "TACE",
            "TIPS",
            "DVT",
            "HCC",
            "GI",
            "AAA",
            "PAE",
            "UFE",
        }:
            continue
        add(BLOCK, m.start("n"), m.end("n"), "A name or initials next to 'patient' identify them.")
    for m in _RELATIVE.finditer(text):
        name = m.group("n")
        if _is_common(name.split()[0]) or any(a <= m.start("n") < b for a, b in claimed):
            continue
        add(BLOCK, m.start("n"), m.end("n"), "A relative's name identifies the patient too.")
    for m in _INITIALS.finditer(text):
        s, e = m.span()
        token = m.group(0).replace(" ", "")
        if (
            token.upper() in _NOT_INITIALS
            or re.match(r"\s*et al", text[e : e + 8])
            or any(a <= s < b for a, b in claimed)
        ):
            continue
        before = text[max(0, s - 40) : s]
        lo, hi = doc.sentence(s)
        if (
            _CLINICIAN_BEFORE.search(before)
            or _COLLEAGUE_SENTENCE.search(text, lo, hi)
            or re.search(r"([A-Z][a-z]+),?\s*$", before[-14:])
        ):
            continue
        where = doc.context(s, e)
        if where == "patient":
            add(BLOCK, s, e, "Initials identify a patient as surely as a name.")
        elif where == "none":
            add(REVIEW, s, e, "These look like someone's initials: a patient's?")
    for m in _BIGRAM.finditer(text):
        s = m.start()
        e = m.end("c") if m.group("c") and not _is_common(m.group("c")) else m.end("b")
        if any(a < e and s < b for a, b in claimed):
            continue
        a, b = m.group("a"), m.group("b")
        if a.isupper() or b.isupper():
            continue
        if not (_is_common(a) and _is_common(b)) and (
            _AGE_OR_BIRTH_AFTER.match(text, e) or _RECORD_AFTER.match(text, e)
        ):
            add(BLOCK, s, e, "A name next to an age over 89 or a birth date is a patient's.")
            continue
        if _is_common(a) or _is_common(b):
            continue
        given, surnames = census_names()
        known = _fold(a) in given or _fold(b) in surnames or _fold(a) in surnames
        admitted = bool(_ADMISSION_AFTER.match(text, e)) and (
            s == doc.sentence(s)[0] or not text[doc.sentence(s)[0] : s].strip()
        )
        greek = "\u0370" <= a[0] <= "\u03ff"
        aged = bool(_AGE_OR_BIRTH_AFTER.match(text, e))
        if aged:
            add(BLOCK, s, e, "A name next to an age over 89 or a birth date is a patient's.")
            continue
        if not (known or admitted or greek):
            continue
        where = doc.context(s, e)
        if _PLACE_BEFORE.search(text[max(0, s - 16) : s]):
            continue  # "from Oakhurst Vale": a place, left to the places recognizer
        if _CLINICIAN_BEFORE.search(text[max(0, s - 40) : s]) or (
            where != "patient" and _WEAK_BEFORE.search(text[max(0, s - 40) : s])
        ):
            continue
        lo, hi = doc.sentence(s)
        if _COLLEAGUE_SENTENCE.search(text, lo, hi) and where != "patient":
            continue
        if where == "patient" or admitted:
            add(BLOCK, s, e, "A name in a sentence about a patient identifies them.")
        elif where == "none" and (
            (known and _fold(a) in given)
            or ((known or greek) and (doc.post_is_about_a_patient() or any(f[0] == "age_over_89" for f in doc.found)))
        ):
            add(REVIEW, s, e, "This looks like a person's name: is it a patient?")
    # A given name alone in a sentence about a patient ("Maria, 54, presented").
    for m in re.finditer(
        rf"(?<![\w@#.])(?P<n>{_NAME})(?=\s*(?:,\s*\d{{1,3}}\s*,|\(\d{{1,3}}\)|\s+is\s+a\b|\s+ist\s+|\s+est\s+|\s+è\s+|\s+es\s+|\s+é\s+))",
        text,
    ):
        s, e = m.span("n")
        if (
            any(a <= s < b for a, b in claimed)
            or _is_common(m.group("n"))
            or re.search(r"\d\s*$", text[max(0, s - 3) : s])
        ):
            continue
        if _fold(m.group("n")) not in census_names()[0] and not re.match(r"\s*,\s*\d", text[e:]):
            continue
        if _CLINICIAN_BEFORE.search(text[max(0, s - 40) : s]):
            continue
        if doc.context(s, e) == "patient":
            add(BLOCK, s, e, "A name in a sentence about a patient identifies them.")
