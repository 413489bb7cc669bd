"""Record, health-plan, account, licence, vehicle, device and other numbers, by their context words.

Safe Harbor (H)-(M) and (R): the number itself has no fixed shape, so the word before it decides,
in each supported language ("MRN", "Fallnummer", "IPP", "numero cartella", "NHC", "processo n.º",
"patiëntnummer", "αριθμός μητρώου"...). IBANs are recognised anywhere by their check digits
(``python-stdnum``).
"""

from __future__ import annotations

import re

from irsocial.postsafety.recognizers.base import Doc, label_pattern, register

BLOCK = "block"

KINDS = {
    "medical record": {
        "en": r"mrn|medical record(?: number)?|hospital (?:number|no\.?)|patient id|pt id|record (?:number|no\.?)|"
        r"accession(?: number| no\.?)?|acc(?:ession)? ?#|chart(?: number| no\.?)?|case (?:number|no\.?)|"
        r"unit number|hospital id",
        "de": r"fallnummer|fall-nr|patientennummer|patienten-id|patientennr|aufnahmenummer|aktenzeichen|pid",
        "fr": r"ipp|n° de dossier|numéro de dossier|dossier n°|nip|n° patient|numéro patient",
        "it": r"numero (?:di )?cartella|cartella clinica|cartella|nosologico|n\. cartella|id paziente",
        "es": r"nhc|número de historia(?: clínica)?|historia clínica|n\.º de historia|nº historia",
        "pt": r"processo|número de processo|n\.º de processo|nº processo|id do doente",
        "nl": r"patiëntnummer|patientnummer|ziekenhuisnummer|dossiernummer|patiënt-id",
        "el": r"αριθμός μητρώου|αρ\. μητρώου|αριθμός φακέλου|αρ\. φακέλου|α\.μ\.",
    },
    "health plan": {
        "en": r"insurance(?: member)?(?: number| no\.?| id)?|member id|policy(?: number| no\.?)?|medicaid(?: id)?|"
        r"medicare(?: number| no\.?)?|health plan(?: id)?|beneficiary(?: number| id)?|subscriber id",
        "de": r"krankenkasse|versicherungsnummer|versicherten-nr|kassennummer|krankenversichertennummer|"
        r"versichertennummer",
        "fr": r"mutuelle|numéro de mutuelle|n° de mutuelle|n° adhérent|numéro d'adhérent",
        "it": r"tessera sanitaria|tessera|n\. tessera|polizza",
        "es": r"tarjeta sanitaria|tsi|cip|número de afiliación|n\.º de afiliación|póliza",
        "pt": r"número de utente|n\.º de utente|nº de utente|utente|apólice|cartão de saúde",
        "nl": r"polisnummer|zorgverzekering(?: polisnummer)?|verzekeringsnummer|klantnummer zorgverzekeraar",
        "el": r"αριθμός ασφάλισης|ασφαλιστικός αριθμός|αρ\. ασφάλισης|ασφάλισης",
    },
    "account": {
        "en": r"account(?: number| no\.?)?|acct\.?|bank account|sort code|card(?: number| no\.?)",
        "de": r"konto(?:nummer)?|bankverbindung",
        "fr": r"compte(?: bancaire)?|rib",
        "it": r"conto(?: corrente)?",
        "es": r"cuenta(?: bancaria)?",
        "pt": r"conta(?: bancária)?|nib",
        "nl": r"rekening(?:nummer)?",
        "el": r"λογαριασμός|λογαριασμού",
    },
    "licence or certificate": {
        "en": r"driver'?s licen[cs]e(?: number| no\.?)?|driving licen[cs]e(?: number| no\.?)?|licen[cs]e(?: number| no\.?)|"
        r"certificate(?: number| no\.?)?|permit(?: number| no\.?)?",
        "de": r"führerschein(?:nummer)?|führerschein nr|zertifikat(?:snummer)?",
        "fr": r"permis de conduire|permis",
        "it": r"patente(?: di guida)?",
        "es": r"carnet de conducir|permiso de conducir|carné de conducir",
        "pt": r"carta de condução|carta de conducao|carteira de motorista",
        "nl": r"rijbewijs(?:nummer)?",
        "el": r"δίπλωμα οδήγησης|άδεια οδήγησης",
    },
    "vehicle": {
        "en": r"(?:licen[cs]e |number |registration )?plate|registration(?: number| no\.?)?|reg(?: number| no\.?)?|vin",
        "de": r"kennzeichen|autokennzeichen|nummernschild",
        "fr": r"plaque(?: d'immatriculation)?|immatriculation",
        "it": r"targa|targato",
        "es": r"matrícula|placa",
        "pt": r"matrícula|placa",
        "nl": r"kenteken(?:plaat)?",
        "el": r"πινακίδα|πινακίδας|αριθμός κυκλοφορίας",
    },
    "device": {
        "en": r"serial(?: number| no\.?)?|s/n|sn|lot(?: number| no\.?)?|udi|device id|implant id|pacemaker id",
        "de": r"seriennummer|serien-nr|chargennummer|geräte-id",
        "fr": r"numéro de série|n° de série|lot",
        "it": r"numero di serie|matricola|lotto",
        "es": r"número de serie|n\.º de serie|lote",
        "pt": r"número de série|n\.º de série|lote",
        "nl": r"serienummer|lotnummer",
        "el": r"σειριακός αριθμός|σειριακό αριθμό|αριθμός σειράς",
    },
    "biometric or other unique": {
        "en": r"fingerprint(?: id)?|biometric(?: id| template)?|iris(?: scan)? id|voice ?print|badge(?: number)?|"
        r"wristband(?: number)?|bed|room",
        "de": r"fingerabdruck|biometrische id|armband(?:nummer)?|bett|zimmer",
        "fr": r"empreinte|bracelet|lit|chambre",
        "it": r"impronta|braccialetto|letto|stanza",
        "es": r"huella|pulsera|cama|habitación",
        "pt": r"impressão digital|pulseira|cama|quarto",
        "nl": r"vingerafdruk|polsbandje|kamer",
        "el": r"δακτυλικό αποτύπωμα|βραχιόλι|κλίνη|θάλαμος",
    },
}
_VALUE = r"(?-i:(?=[A-ZÄÖÜ0-9 /-]*\d)[A-ZÄÖÜ0-9](?:[A-ZÄÖÜ0-9]|[ /-](?=[A-ZÄÖÜ0-9]{1,4}\b)){2,24}(?<=[A-ZÄÖÜ0-9]))"
_GAP = (
    r"\s*(?:\)\s*)?(?:\(\s*)?[\s:#=]*(?:(?:no|nr|n|nº|n°|n\.º|n\.o|αρ|number|num|is|ist|est|è|es|é|è il)\.?[\s:#=]*)?"
)
_STRICT = r"(?-i:(?=[A-Z]{0,4}\d{5,}\b|\d{7,}\b)[A-Z0-9]{5,20})"
_ALL_LABELS = {"all": "|".join(group for labels in KINDS.values() for group in labels.values())}
# Three ways a value follows its label: right after it; after a few words (strictly ID-shaped values);
# after a few words and a colon or "is". One pass each over all labels; the label then tells the kind.
_PATTERNS = [
    label_pattern(_ALL_LABELS, _VALUE, _GAP),
    label_pattern(_ALL_LABELS, _STRICT, r"(?:\s+[^\s\d]{1,15}){1,4}\s+"),
    label_pattern(_ALL_LABELS, _VALUE, r"(?:\s+[^\s\d:.]{1,15}){1,4}\s*(?::|\s(?:is|ist|est|è|es|é|είναι))\s*"),
]
_KIND_OF_LABEL = [
    (kind, re.compile(r"(?:" + "|".join(labels.values()) + r")(?!\w)", re.IGNORECASE)) for kind, labels in KINDS.items()
]
# Cheap first look: a label word and a digit must both be there.
_ANY_LABEL = re.compile(r"(?<![\w])(?:" + _ALL_LABELS["all"] + r")(?!\w)", re.IGNORECASE)


def _kind(label: str) -> str:
    return next((kind for kind, pattern in _KIND_OF_LABEL if pattern.match(label)), "record")


_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\w])")
_SMALL = re.compile(r"\d{1,3}")


@register("record, health-plan, account, licence, vehicle and device numbers")
def find(doc: Doc) -> None:
    if not doc.digits:
        return
    text = doc.text
    for pattern in _PATTERNS if _ANY_LABEL.search(text) else ():
        for m in pattern.finditer(text):
            value = m.group("id").strip()
            kind = _kind(text[m.start() : m.start("id")].strip())
            if (
                kind == "biometric or other unique"
                and _SMALL.fullmatch(value)
                and not re.search(
                    r"finger|biometric|iris|badge|wristband|armband|bracelet|pulsera|pulseira|polsband",
                    m.group(0),
                    re.I,
                )
            ):
                continue  # "bed 12" alone is a ward detail; a person judges it below
            if re.fullmatch(r"\d{1,2}", value):
                continue
            label = text[m.start() : m.start("id")].strip(" :#=(")
            doc.add(
                "record_number",
                BLOCK,
                m.start("id"),
                m.start("id") + len(value),
                f"A number labelled '{label}' is a {kind} identifier.",
            )
    if doc.digits >= 10:
        from stdnum import iban

        for m in _IBAN.finditer(text):
            if iban.is_valid(m.group(0)):
                doc.add("record_number", BLOCK, m.start(), m.end(), "This is a bank account number (IBAN).")


# Safe Harbor (R), "any other unique identifying number": a code with letters and many digits, or a long
# run of digits, in a sentence about a patient, even with no label or a label after it ("ref T93563272").
_CODE = re.compile(r"(?<![\w./:#@-])(?-i:(?=[A-Z]{0,4}\d{6,}\b|\d{8,}\b)[A-Z0-9]{6,20})(?![\w/-]|[.,]\d)")
_NOT_CODE_BEFORE = re.compile(r"(?:pmid|pmcid|nct|doi|isbn|issn|iban|tel|fax|phone|\+|n\s?=)\s*:?\s*$", re.IGNORECASE)
_REF_BEFORE = re.compile(
    r"(?:ref|reference|referenz|réf|rif|id|nr|no|n\.o|#|code|código|codice|κωδ)\.?\s*:?\s*$", re.IGNORECASE
)


@register("other unique codes in a sentence about a patient")
def find_codes(doc: Doc) -> None:
    if doc.digits < 6:
        return
    text = doc.text
    for m in _CODE.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        if _NOT_CODE_BEFORE.search(before) or re.fullmatch(r"(?:19|20)\d{6}", m.group(0)):
            continue
        if doc.context(m.start(), m.end()) != "patient":
            continue
        severity = BLOCK if _REF_BEFORE.search(before) else "review"
        doc.add(
            "record_number",
            severity,
            m.start(),
            m.end(),
            "A long code in a sentence about a patient may identify them.",
        )
