"""Street addresses, postcodes and towns smaller than a region (Safe Harbor (B)), in each language.

Street patterns cover the English, French, Italian, Spanish, Portuguese, German, Dutch and Greek
ways of writing an address; a phrase after "lives at", "wohnt in der", "habite au", "abita in",
"vive en", "mora na", "woont op" or "μένει στην" is an address whatever its shape. Postcodes: UK,
Irish Eircodes, Canada, US ZIP, the Netherlands, Portugal, Greece and the five-digit codes of
Germany, France, Italy and Spain when a town follows or a label precedes. A town is a capitalised
place after "from", "aus", "de", "di", "uit", "από"... in a sentence about a patient; countries and
large regions are not flagged (Safe Harbor allows states).
"""

from __future__ import annotations

import re

from irsocial.postsafety.recognizers.base import EVENT, PATIENT, Doc, register

BLOCK, REVIEW = "block", "review"
_CAP = r"[A-ZÀ-ÖØ-ÞΑ-ΩΆ-Ώ][\w'’-]*[a-zß-ÿα-ωά-ώ][\w'’-]*"
_STREETS = [
    re.compile(
        rf"\b\d{{1,5}}[a-z]?,?\s+(?:{_CAP}\s+){{1,3}}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Boulevard|"
        r"Blvd|Way|Court|Ct|Place|Close|Crescent|Terrace|Gardens|Square|Hill|Row|Parade|Circle|Circles|Plaza|"
        r"Park|Springs|Ports?|Skyway|Plains|Heights|Grove|Mews|Walk|Green|Ridge|Trail|Estates?|Villages?)\b\.?"
    ),
    re.compile(
        rf"\b\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|place|allée|impasse|quai|route|"
        rf"cours|square)\s+(?:de la |de l'|du |des |de |d')?{_CAP}(?:\s{_CAP})?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\w)(?i:rue|avenue|boulevard|chemin|via|viale|piazza|piazzale|corso|vicolo|largo|strada|contrada|"
        rf"rotonda|stretto|incrocio|borgo|calle|avenida|avda\.|plaza|paseo|pasaje|camino|carrer|ronda|travesía|"
        rf"vial|acceso|cañada|callejón|glorieta|rambla|urbanización|rua|r\.|travessa|praça|praceta|estrada|"
        rf"alameda|calçada|beco|οδός|οδ\.|λεωφόρος|λεωφ\.|πλατεία|πάρ\.)\s+(?:(?:de|del|de la|do|da|dos|das|di|"
        rf"della|delle|dei)\s+)?{_CAP}(?:\s{_CAP}){{0,3}},?\s\d{{1,5}}(?:[-/]\d+)?"
    ),
    re.compile(
        r"(?<!\w)[A-ZÀ-Þ][\w-]*(?i:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|straat|laan|plein|"
        r"gracht|kade|singel|dijk|hof|steeg|dreef|boulevard|pad|markt)\s\d{1,5}(?:[a-z]|[-/]\d+)?\b"
    ),
]
_RESIDENCE = re.compile(
    r"(?<![\w#@])(?:lives at|lives on|living at|home address|address(?: is)?:|wohnt (?:in der|in|am|an der|im)|wohnhaft (?:in|am)|"
    r"anschrift:?|habite (?:au|à|le|rue|avenue|chemin)|domiciliée? (?:au|à)|adresse\s?:|abita (?:in|a|al)|residente in|"
    r"indirizzo:?|vive en|vive (?:en la|en el)|domicilio(?: en)?:?|mora (?:na|no|em)|morada:?|woont (?:op|aan|in)|"
    r"adres:?|μένει (?:στην|στο|στη)|διεύθυνση:?)\s+(?P<a>(?:[^.;\n]|(?<=\b\w)\.|(?<=\b\w\w)\.|(?<=\bApt)\.|(?<=\bAvda)\.){3,80}?)(?=\.\s|\.$|;|\n|$|\s\(|,\s(?:[a-zà-ÿα-ω]))",
    re.IGNORECASE,
)
_POSTCODES = [
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"), "a UK postcode"),
    (re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b"), "a Canadian postcode"),
    (
        re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}\b(?<=\d[0-9A-Z]{3}|[A-Z][0-9A-Z]{3})"),
        "an Irish Eircode",
    ),
    (
        re.compile(rf"(?<![\w.,-])\d{{4}}-\d{{3}}(?:\s{_CAP}(?:\s(?:de|do|da|{_CAP}))?)?(?![\w-])"),
        "a Portuguese postcode",
    ),
    (re.compile(rf"(?<![\w.,-])[1-9]\d{{3}}\s?[A-Z]{{2}}\b(?:\s{_CAP})?"), "a Dutch postcode"),
    (
        re.compile(r"(?<![\w.,-])(?:ΤΚ|Τ\.Κ\.)?\s?\d{3}\s\d{2}(?:\s[Α-ΩΆ-Ώ][\wά-ώ]+(?:\s[Α-ΩΆ-Ώ][\wά-ώ]+)?)(?![\w])"),
        "a Greek postcode",
    ),
    (
        re.compile(rf"(?<=, )(?:[A-Z]{{1,2}}-)?\d{{4,5}}(?:-\d{{4}})?(?:\s{_CAP}(?:[ -]{_CAP})?)?(?=[\s.,;)]|$)"),
        "a postcode",
    ),
    (
        re.compile(
            r"\b(?:zip(?: code)?|postcode|postal code|plz|cp|cap|code postal|código postal|código-postal|"
            r"postcode|τ\.κ\.|τκ)\s*:?\s*(?P<z>[A-Z]?\d{3,5}(?:[- ]?\d{2,4})?)\b",
            re.IGNORECASE,
        ),
        "a postcode",
    ),
    (
        re.compile(
            r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
            r"NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s+(?P<z>\d{5}(?:-\d{4})?)\b"
        ),
        "a ZIP code",
    ),
    (re.compile(r"\b\d{5}-\d{4}\b"), "a ZIP code"),
]
_PLACE = re.compile(
    rf"(?:\b(?:from|in|near|outside|lives in|living in|resident of|native of|village of|town of|farm in|farmer in|"
    rf"aus|bei|nahe|von|de|à|près de|di|da|a|vicino a|en|cerca de|desde|em|perto de|uit|bij|van|nabij)|"
    rf"(?:από την|από το|από τη|από|στην|στο|στη|κοντά στην|κοντά στο))\s+(?P<p>{_CAP}(?:[ -](?:upon|on|de|la|le|"
    rf"sur|am|an|der|del|di|do|da|{_CAP})){{0,2}})"
)
_TOWN_AFTER = re.compile(
    rf"(?:,?\s*(?:\d{{1,5}}[a-z]?|(?i:apt|apartment|appartamento|piso|puerta|andar|etage|bus)\.?\s*\d+)?)*"
    rf",\s*(?:[A-Z]{{0,2}}-?\d{{4,5}}\s+)?(?P<t>{_CAP}(?:[ -](?:de|do|da|del|di|sur|am|an|{_CAP})){{0,3}})"
)
NOT_PLACES = frozenset(
    """
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday ir irad ct mr mri us pet dsa cbct tace tare tips picc pe dvt ed er
    icu a&e or the a an our my his her their this that interventional radiology angio angiography emergency
    theatre hospital clinic department ward cath lab suite room bay unit surgery vascular oncology hepatology
    urology gynaecology gynecology neurology medicine cardiology reception recovery day case patient patientin
    patiente paziente paciente doente patiënt dr prof pr dott mr mrs ms herr frau madame monsieur sig signora
    señora doña dona mevrouw meneer κυρία κύριος ασθενής fase phase arterial arteriosa arterielle
    """.split()
)
LARGE_REGIONS = frozenset(
    """
    europe asia africa america north south east west central eu uk usa us britain england scotland wales
    ireland france germany spain italy greece portugal netherlands holland belgium switzerland austria sweden
    norway denmark finland poland canada mexico brazil australia india china japan korea egypt nigeria kenya
    turkey israel texas california florida ontario quebec bavaria scandinavia balkans midwest deutschland
    österreich schweiz frankreich spanien italien griechenland niederlande europa allemagne espagne italie
    grèce pays-bas suisse belgique autriche germania spagna grecia francia olanda svizzera alemania grecia
    holanda países bajos alemanha espanha itália grécia frança holanda duitsland spanje italië griekenland
    frankrijk nederland belgië ελλάδα γερμανία ιταλία ισπανία γαλλία ευρώπη αθήνα bayern lombardia
    andalucía catalunya lisboa london paris berlin madrid rome roma milan milano athens amsterdam
    """.split()
)


# A named hospital, clinic or unit: "St Brigid's Hospital", "City Trauma Centre", "Hôpital Lariboisière",
# "Ospedale San Rocco", "Klinikum Nordstadt". Only in a sentence about a patient: a clinician's own
# hospital in a bio or a grand-rounds post is not a patient identifier.
_FACILITY_WORDS = (
    r"(?:Children's |Children’s |University |General |District |Regional |Memorial |Community |Royal )?"
    r"(?:Hospital|Infirmary|Medical Cent(?:er|re)|Trauma Cent(?:er|re)|Health Cent(?:er|re)|Cancer Cent(?:er|re)|"
    r"Clinic|Hospice|Nursing Home|Care Home)"
)
_FACILITY = re.compile(
    rf"(?<![\w@#])(?:(?:St\.?|Saint|Santa|San|Sankt|Sint|Agios|Άγιος)\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}\s+{_FACILITY_WORDS}\b"
    rf"|(?<![\w@#])(?i:hôpital|hopital|clinique|ospedale|policlinico|clinica|clínica|hospital|krankenhaus|klinikum|"
    rf"uniklinik|ziekenhuis|νοσοκομείο|κλινική)\s+(?:(?:de la|de l'|du|des|de|del|della|dei|do|da|dos|san|santa|sankt|"
    rf"st\.?|sint|saint|sainte|agios|άγιος|αγίου|αγίας)\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,2}}"
)


@register("street addresses, postcodes and towns")
def find(doc: Doc) -> None:
    text = doc.text
    ends = []
    for m in _RESIDENCE.finditer(text):
        doc.add("street_address", BLOCK, m.start("a"), m.end("a"), "Where a patient lives identifies them.")
        ends.append(m.end("a"))
    if doc.digits:
        for pattern in _STREETS:
            for m in pattern.finditer(text):
                doc.add("street_address", BLOCK, m.start(), m.end(), "This looks like a street address.")
                ends.append(m.end())
    for end in ends:
        # "..., Castelrotto": the town after an address (a comma, maybe more of the address, then a capitalised word)
        town = _TOWN_AFTER.match(text, end)
        if town and town.group("t").split()[0].lower() not in NOT_PLACES:
            doc.add("place", BLOCK, town.start("t"), town.end("t"), "The town of an address identifies.")
    if doc.digits:
        for pattern, name in _POSTCODES:
            for m in pattern.finditer(text):
                s, e = (m.start("z"), m.end("z")) if "z" in pattern.groupindex else m.span()
                value = text[s:e]
                if name == "a postcode" and "z" not in pattern.groupindex:
                    tail = value.split(" ", 1)[1] if " " in value else ""
                    if not tail or tail.lower() in NOT_PLACES or tail.lower() in PATIENT or tail.lower() in EVENT:
                        continue
                    if not (ends or doc.post_is_about_a_patient()):
                        continue  # ", 61804 Bewerbungen": a count, unless the post gives an address
                if name == "a Dutch postcode" and re.match(r"\d{4}\s?(?:MB|GB|KB|TB|MG|KG|ML|CM|MM|UI|IU|HU)\b", value):
                    continue
                if (
                    name == "a UK postcode"
                    and re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?", value.replace(" ", "")[:-3]) is None
                ):
                    continue
                doc.add("postcode", BLOCK, s, e, f"This looks like {name}.")
    for m in _FACILITY.finditer(text):
        if doc.context(m.start(), m.end()) == "patient":
            doc.add(
                "place",
                BLOCK,
                m.start(),
                m.end(),
                "A named hospital or clinic in a post about a patient narrows down who it is.",
            )
    for m in _PLACE.finditer(text):
        place = m.group("p")
        first = place.split()[0].lower().strip("'’")
        if first in NOT_PLACES or first in LARGE_REGIONS or place.isupper() or any(c.isdigit() for c in place):
            continue
        if len(place) <= 6 and sum(c.isupper() for c in place) >= 2:
            continue  # "NVvR", "SIRveNIB": a society or a trial, not a town
        if doc.context(m.start(), m.end()) == "patient" or any(
            f[0] in ("name", "age_over_89") and f[1] == BLOCK for f in doc.found
        ):
            doc.add(
                "place", BLOCK, m.start("p"), m.end("p"), "A town or place tied to the patient narrows down who it is."
            )
        elif doc.post_is_about_a_patient():
            doc.add(
                "place", REVIEW, m.start("p"), m.end("p"), "A town in a post about a patient: is it where they live?"
            )
