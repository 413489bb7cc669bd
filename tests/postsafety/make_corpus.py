"""Write the evaluation corpus of issue 14: labelled posts in eight languages the checker never saw.

Not circular: every name, street, town, phone number, licence plate and e-mail address comes from the
``faker`` package's locale providers (a source the detector does not use); towns are made up from
syllables; national identifiers are generated here, valid and invalid, with check-digit algorithms
written in this file (not python-stdnum's, which the detector uses); month names come from the
tables below, not from the CLDR data the detector reads. The detector never imports this module.

Each line of ``tests/data/eval_corpus.jsonl`` is one post::

    {"id": "de-017", "lang": "de", "kind": "identifiers" | "clean" | "unsupported",
     "text": "...", "spans": [{"start": 12, "end": 22, "text": "...", "category": "NAME"}]}

Categories follow HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(A)-(R) plus GDPR Art. 4(1) direct
identifiers: NAME, LOCATION, ADDRESS, POSTCODE, DATE, AGE90, PHONE, FAX, EMAIL, NATIONAL_ID, MRN,
HEALTH_PLAN, ACCOUNT, LICENCE, VEHICLE, DEVICE, URL, IP, OTHER_ID (biometric template or any other
unique code). Full-face photographs (Q) are images, not text: the ``deid`` command handles them.

Run ``python tests/postsafety/make_corpus.py`` to rewrite the file (fixed seed: same output).
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from pathlib import Path

from faker import Faker

SEED = 1414
OUT = Path(__file__).resolve().parents[1] / "data" / "eval_corpus.jsonl"
LANGS = ("en", "de", "fr", "it", "es", "pt", "nl", "el")
LOCALES = {
    "en": ["en_US", "en_GB", "en_IE", "en_CA"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_CH"],
    "it": ["it_IT"],
    "es": ["es_ES"],
    "pt": ["pt_PT", "pt_BR"],
    "nl": ["nl_NL", "nl_BE"],
    "el": ["el_GR"],
}
PER_LANG_IDS = 48  # posts with identifiers per language (first phrasing)
PER_LANG_CLEAN = 34  # clean, number-dense IR posts per language (first phrasing)
PER_LANG_EXTRA = 16  # posts per language in each later phrasing (B, C, E, F, G), a quarter of them clean

# Month names (genitive where a date needs it), written out here, independent of the detector's CLDR data.
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
    "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Miss"],
    "de": ["Herr", "Frau"],
    "fr": ["M.", "Mme", "Madame", "Monsieur"],
    "it": ["Sig.", "Sig.ra", "signora", "il signor"],
    "es": ["Sr.", "Sra.", "doña", "don"],
    "pt": ["Sr.", "Sra.", "Dona", "o senhor"],
    "nl": ["Dhr.", "Mevr.", "mevrouw", "meneer"],
    "el": ["κ.", "κα", "κυρία", "ο κύριος"],
}
TOWN_PARTS = {
    "en": (["Ash", "Brack", "Thorn", "Wel", "Hollin", "Crad", "Ebb"], ["ford", "wick", "by", "ham", "ton", "stow"]),
    "de": (["Ober", "Kalt", "Lind", "Eschen", "Rotten", "Hasel"], ["bach", "dorf", "hausen", "feld", "brunn", "tal"]),
    "fr": (["Saint-Orv", "Bourg-", "Mont", "Ville", "Val"], ["elles", "ac", "ignan", "erville", "our"]),
    "it": (["Castel", "Borgo", "Monte", "Villa", "Roc"], ["vetro", "franco", "sasso", "rotto", "aldo"]),
    "es": (["Villa", "Torre", "Val", "Fuente", "Cas"], ["lobos", "seca", "dehesa", "tillejo", "verde"]),
    "pt": (["Vila ", "Casal ", "Monte ", "Ponte "], ["Seca", "do Zêzere", "Velho", "Alvar", "Mourisco"]),
    "nl": (["Oost", "Harder", "Brem", "Vliet", "Zand"], ["wijk", "dam", "veen", "horst", "broek"]),
    "el": (["Άνω ", "Κάτω ", "Νέα ", "Παλαιά "], ["Ραψάνη", "Καλλονή", "Βρύση", "Λιβάδα", "Μηλιά"]),
}


# --- check digits, written independently of python-stdnum -----------------------------------------


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def nhs_number(rng, valid=True) -> str:
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            break
    check = check if valid else (check + 1) % 10
    s = "".join(map(str, body)) + str(check)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def bsn(rng, valid=True) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        total = sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]
        if (total % 11 == 0) == valid and d[0] != 0:
            return "".join(map(str, d))


def nif_pt(rng, valid=True) -> str:
    body = [rng.choice([1, 2, 5])] + [rng.randint(0, 9) for _ in range(7)]
    r = 11 - sum(x * w for x, w in zip(body, range(9, 1, -1), strict=True)) % 11
    check = 0 if r >= 10 else r
    return "".join(map(str, body)) + str(check if valid else (check + 3) % 10)


def dni_es(rng, valid=True) -> str:
    n = rng.randint(10_000_000, 99_999_999)
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    letter = letters[n % 23] if valid else letters[(n + 5) % 23]
    return f"{n}{letter}"


def amka(rng, valid=True) -> str:
    body = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(30, 99):02d}{rng.randint(0, 9999):04d}"
    check = _luhn_digit(body)
    return body + (check if valid else str((int(check) + 4) % 10))


def steuer_id(rng, valid=True) -> str:
    # ISO 7064 MOD 11,10 over 10 digits (first not 0; one digit twice), written from the specification.
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
        if len(set(digits)) in (8, 9):
            break
    product = 10
    for d in digits:
        total = (d + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return "".join(map(str, digits)) + str(check if valid else (check + 1) % 10)


def us_ssn(rng, valid=True) -> str:
    area = rng.randint(1, 665) if valid else rng.choice([0, 666, 900])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nir_fr(rng, valid=True) -> str:
    body = (
        f"{rng.choice([1, 2])}{rng.randint(30, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}"
        f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    key = key if valid else (key % 96) + 1 if key != 1 else 50
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def kvnr_de(rng, valid=True) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(str(rng.randint(0, 9)) for _ in range(9))


# --- slots ---------------------------------------------------------------------------------------


class Gen:
    def __init__(self, lang: str, rng: random.Random):
        self.lang, self.rng = lang, rng
        self.fakers = [Faker(loc) for loc in LOCALES[lang]]
        for i, f in enumerate(self.fakers):
            f.seed_instance(SEED + i + LANGS.index(lang) * 17)

    @property
    def f(self) -> Faker:
        return self.rng.choice(self.fakers)

    def town(self) -> str:
        a, b = TOWN_PARTS[self.lang]
        return self.rng.choice(a) + self.rng.choice(b)

    def date(self) -> str:
        r, m = self.rng, self.rng.randint(1, 12)
        d, y = r.randint(1, 28), r.randint(2019, 2026)
        month = MONTHS[self.lang][m - 1]
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}", f"{d} {month}"]
        if self.lang == "en":
            forms += [f"{month} {d}", f"{m}/{d}", f"{d}-{month[:3]}-{y}", f"{y}{m:02d}{d:02d}", f"the {d}th of {month}"]
        elif self.lang == "de":
            forms += [f"{d}. {month} {y}", f"{d}. {month}"]
        elif self.lang in ("es", "pt"):
            forms += [f"{d} de {month} de {y}", f"{d} de {month}"]
        elif self.lang == "fr":
            forms += [f"le {d} {month}", f"{d}/{m}/{y % 100:02d}"]
        return r.choice(forms)

    def age(self) -> str:
        a = self.rng.randint(90, 104)
        forms = {
            "en": [f"{a}-year-old", f"{a} yo", f"{a}yrs", f"aged {a}", f"{a} years old", f"{a}F", f"{a}M"],
            "de": [f"{a}-jährige", f"{a}-jähriger", f"{a} Jahre alt", f"{a}-jährigen", f"{a} J."],
            "fr": [f"{a} ans", f"âgée de {a} ans", f"âgé de {a} ans"],
            "it": [f"{a} anni", f"di {a} anni", f"{a}enne"],
            "es": [f"{a} años", f"de {a} años"],
            "pt": [f"{a} anos", f"de {a} anos"],
            "nl": [f"{a} jaar", f"{a}-jarige", f"{a} jaar oud"],
            "el": [f"{a} ετών", f"{a} χρονών", f"{a}χρονη"],
        }[self.lang]
        return self.rng.choice(forms)

    def centenarian(self) -> str:
        return self.rng.choice(
            {
                "en": ["centenarian"],
                "de": ["Hundertjährige"],
                "fr": ["centenaire"],
                "it": ["centenaria"],
                "es": ["centenaria"],
                "pt": ["centenária"],
                "nl": ["honderdjarige"],
                "el": ["υπεραιωνόβια"],
            }[self.lang]
        )

    def initials(self) -> str:
        f = self.f
        a, b = f.first_name()[0], f.last_name()[0]
        a, b = a.upper(), b.upper()
        return self.rng.choice([f"{a}.{b}.", f"{a}. {b}.", f"{a}{b}"])

    def national_id(self, valid: bool) -> str:
        r = self.rng
        return {
            "en": lambda: r.choice([us_ssn, nhs_number])(r, valid),
            "de": lambda: r.choice([steuer_id, kvnr_de])(r, valid),
            "fr": lambda: nir_fr(r, valid),
            "it": lambda: self.codice_fiscale(valid),
            "es": lambda: dni_es(r, valid),
            "pt": lambda: nif_pt(r, valid),
            "nl": lambda: bsn(r, valid),
            "el": lambda: amka(r, valid),
        }[self.lang]()

    def codice_fiscale(self, valid: bool) -> str:
        code = self.fakers[0].ssn()  # faker's it_IT provider computes the check letter
        if valid:
            return code
        return code[:-1] + string.ascii_uppercase[(string.ascii_uppercase.index(code[-1]) + 7) % 26]

    def code(self, letters=2, digits=7) -> str:
        r = self.rng
        return "".join(r.choice(string.ascii_uppercase) for _ in range(letters)) + "".join(
            str(r.randint(0, 9)) for _ in range(digits)
        )

    def url(self) -> str:
        r = self.rng
        tail = "".join(r.choice(string.ascii_letters + string.digits) for _ in range(12))
        return r.choice(
            [
                f"drive.google.com/file/d/{tail}/view",
                f"https://www.dropbox.com/s/{tail.lower()}/angio.mp4",
                f"pacs.{self.f.domain_name()}/viewer?study={r.randint(10**7, 10**8)}",
                f"wetransfer.com/downloads/{tail}",
                f"https://photos.app.goo.gl/{tail}",
                f"{self.f.domain_name()}/patients/{r.randint(1000, 99999)}",
            ]
        )


# Identifier templates per language. {X} slots: NAME forms, AGE, CENT, DATE, TOWN, ADDRESS, POSTCODE,
# PHONE, FAX, EMAIL, NID, NIDBAD, MRN, PLAN, IBAN, LIC, PLATE, SERIAL, URL, IP, OTHER. Plain text otherwise.
ID_TEMPLATES = {
    "en": [
        "{TNAME}, {AGE}, presented with massive haemoptysis.",
        "Patient {FULL} underwent TACE on {DATE}.",
        "Age {AGENUM}, EF 20%, massive PE, aspiration thrombectomy.",
        "A {CENT} with a bleeding GDA, coiled.",
        "{FIRST} is a retired farmer from {TOWN} with a 9 cm AAA.",
        "She lives at {ADDRESS}, {POSTCODE}.",
        "Call her daughter on {PHONE} after the PAE.",
        "Fax the consent to {FAX} before the TACE.",
        "His e-mail is {EMAIL}, he wants the images.",
        "SSN {NID} on the request form.",
        "NHS number {NIDBAD}, please check it.",
        "MRN {MRN}, embolised today.",
        "Insurance member ID {PLAN} was declined for the Y-90.",
        "Bank account {IBAN} for the refund.",
        "Driver's licence number {LIC} found in his wallet.",
        "His car (plate {PLATE}) is blocking the IR entrance.",
        "Pump serial number {SERIAL} explanted.",
        "Link to the video of her procedure: {URL}",
        "The PACS viewer at {IP} shows the angio.",
        "Fingerprint ID {OTHER} on the ward list.",
        "Yesterday {TNAME} had a TIPS for refractory ascites.",
        "Pt {INIT} is {AGE} and needs a nephrostomy.",
        "{FULL} ({AGENUM}) was admitted on {DATE} with a GI bleed.",
    ],
    "de": [
        "Heute eine {AGE} Patientin ({TNAME}) embolisiert.",
        "Patient {FULL}, geboren am {DATE}, Stent gesetzt.",
        "{TNAME} aus {TOWN} kam mit einer Blutung.",
        "Die Patientin wohnt in der {ADDRESS}, {POSTCODE} {TOWN}.",
        "Bitte die Tochter unter {PHONE} anrufen.",
        "Einverständnis per Fax an {FAX} schicken.",
        "E-Mail der Patientin: {EMAIL}",
        "Steuer-ID {NID} stand auf dem Bogen.",
        "Versichertennummer {NIDBAD} fehlt im System.",
        "Fallnummer {MRN}, heute TACE.",
        "Krankenkasse, Versichertennummer {PLAN}, lehnt ab.",
        "IBAN {IBAN} für die Rückzahlung.",
        "Führerschein Nr. {LIC} lag im Zimmer.",
        "Sein Auto (Kennzeichen {PLATE}) blockiert die Einfahrt.",
        "Seriennummer des Ports {SERIAL} notiert.",
        "Video vom Eingriff: {URL}",
        "PACS unter {IP} erreichbar.",
        "Eine {CENT} mit Hüftblutung, gecoilt am {DATE}.",
        "Gestern bei {TNAME} ({AGE}) eine PTA gemacht.",
        "Pat. {INIT}, {AGE}, Nephrostomie.",
        "{FULL} wurde am {DATE} aufgenommen.",
    ],
    "fr": [
        "{TNAME}, {AGE}, hémoptysie massive, embolisée.",
        "Patiente {FULL}, née le {DATE}, TIPS posé.",
        "{TNAME} habite à {TOWN}, hémorragie digestive.",
        "Elle habite au {ADDRESS}, {POSTCODE} {TOWN}.",
        "Appeler sa fille au {PHONE} après la procédure.",
        "Faxer le consentement au {FAX} avant la CEL.",
        "Mail du patient : {EMAIL}",
        "NIR {NID} sur la demande.",
        "N° de sécurité sociale {NIDBAD} à vérifier.",
        "IPP {MRN}, embolisé ce matin.",
        "Numéro de mutuelle {PLAN} refusé.",
        "IBAN {IBAN} pour le remboursement.",
        "Permis de conduire n° {LIC} trouvé.",
        "Sa voiture (plaque {PLATE}) bloque l'entrée de la radio.",
        "Numéro de série de la chambre implantable {SERIAL}.",
        "Vidéo de son intervention : {URL}",
        "Le PACS est sur {IP}.",
        "Une {CENT} avec un saignement, embolisée le {DATE}.",
        "Hier, {TNAME} ({AGE}) a eu une angioplastie.",
        "Patient {INIT}, {AGE}, néphrostomie.",
        "{FULL} a été admis le {DATE}.",
    ],
    "it": [
        "{TNAME}, {AGE}, emottisi massiva, embolizzata.",
        "Paziente {FULL}, nata il {DATE}, TIPS.",
        "{TNAME} di {TOWN} con emorragia digestiva.",
        "Abita in {ADDRESS}, {POSTCODE} {TOWN}.",
        "Chiamare la figlia al {PHONE} dopo la procedura.",
        "Inviare il consenso via fax al {FAX}.",
        "Email del paziente: {EMAIL}",
        "Codice fiscale {NID} sulla richiesta.",
        "Codice fiscale {NIDBAD} da verificare.",
        "Numero cartella {MRN}, embolizzato oggi.",
        "Tessera sanitaria {PLAN} scaduta.",
        "IBAN {IBAN} per il rimborso.",
        "Patente n. {LIC} nel portafoglio.",
        "La sua auto (targa {PLATE}) blocca l'ingresso.",
        "Numero di serie del port {SERIAL}.",
        "Video della sua procedura: {URL}",
        "Il PACS è su {IP}.",
        "Una {CENT} con sanguinamento, embolizzata il {DATE}.",
        "Ieri {TNAME} ({AGE}) ha fatto una PTA.",
        "Paziente {INIT}, {AGE}, nefrostomia.",
        "{FULL} ricoverato il {DATE}.",
    ],
    "es": [
        "{TNAME}, {AGE}, hemoptisis masiva, embolizada.",
        "Paciente {FULL}, nacida el {DATE}, TIPS.",
        "{TNAME}, de {TOWN}, con hemorragia digestiva.",
        "Vive en {ADDRESS}, {POSTCODE} {TOWN}.",
        "Llamar a su hija al {PHONE} después.",
        "Enviar el consentimiento por fax al {FAX}.",
        "Correo del paciente: {EMAIL}",
        "DNI {NID} en la petición.",
        "DNI {NIDBAD} mal escrito.",
        "NHC {MRN}, embolizado hoy.",
        "Tarjeta sanitaria {PLAN} caducada.",
        "IBAN {IBAN} para el reembolso.",
        "Carnet de conducir n.º {LIC} en la cartera.",
        "Su coche (matrícula {PLATE}) bloquea la entrada.",
        "Número de serie del reservorio {SERIAL}.",
        "Vídeo de su procedimiento: {URL}",
        "El PACS está en {IP}.",
        "Una {CENT} con sangrado, embolizada el {DATE}.",
        "Ayer {TNAME} ({AGE}) tuvo una angioplastia.",
        "Paciente {INIT}, {AGE}, nefrostomía.",
        "{FULL} ingresó el {DATE}.",
    ],
    "pt": [
        "{TNAME}, {AGE}, hemoptise maciça, embolizada.",
        "Doente {FULL}, nascida a {DATE}, TIPS.",
        "{TNAME}, de {TOWN}, com hemorragia digestiva.",
        "Mora na {ADDRESS}, {POSTCODE} {TOWN}.",
        "Ligar à filha para o {PHONE} depois.",
        "Enviar o consentimento por fax para o {FAX}.",
        "Email do doente: {EMAIL}",
        "NIF {NID} no pedido.",
        "NIF {NIDBAD} com erro.",
        "Processo n.º {MRN}, embolizado hoje.",
        "Número de utente {PLAN} inválido.",
        "IBAN {IBAN} para o reembolso.",
        "Carta de condução n.º {LIC} na carteira.",
        "O carro dele (matrícula {PLATE}) bloqueia a entrada.",
        "Número de série do cateter {SERIAL}.",
        "Vídeo do procedimento dela: {URL}",
        "O PACS está em {IP}.",
        "Uma {CENT} com hemorragia, embolizada a {DATE}.",
        "Ontem o {TNAME} ({AGE}) fez uma angioplastia.",
        "Doente {INIT}, {AGE}, nefrostomia.",
        "{FULL} internado a {DATE}.",
    ],
    "nl": [
        "{TNAME}, {AGE}, massale hemoptoë, geëmboliseerd.",
        "Patiënt {FULL}, geboren op {DATE}, TIPS.",
        "{TNAME} uit {TOWN} met een bloeding.",
        "Woont op {ADDRESS}, {POSTCODE} {TOWN}.",
        "Bel de dochter op {PHONE} na de ingreep.",
        "Fax de toestemming naar {FAX}.",
        "E-mail van de patiënt: {EMAIL}",
        "BSN {NID} op het formulier.",
        "BSN {NIDBAD} klopt niet.",
        "Patiëntnummer {MRN}, vandaag geëmboliseerd.",
        "Polisnummer zorgverzekering {PLAN} afgewezen.",
        "IBAN {IBAN} voor de terugbetaling.",
        "Rijbewijsnummer {LIC} in zijn portemonnee.",
        "Zijn auto (kenteken {PLATE}) blokkeert de ingang.",
        "Serienummer van de port {SERIAL}.",
        "Video van haar ingreep: {URL}",
        "De PACS staat op {IP}.",
        "Een {CENT} met een bloeding, geëmboliseerd op {DATE}.",
        "Gisteren had {TNAME} ({AGE}) een PTA.",
        "Patiënt {INIT}, {AGE}, nefrostomie.",
        "{FULL} opgenomen op {DATE}.",
    ],
    "el": [
        "{TNAME}, {AGE}, μαζική αιμόπτυση, εμβολισμός.",
        "Ασθενής {FULL}, γεννημένη στις {DATE}, TIPS.",
        "{TNAME} από την {TOWN} με αιμορραγία.",
        "Μένει στην {ADDRESS}, {POSTCODE} {TOWN}.",
        "Τηλεφωνήστε στην κόρη της στο {PHONE}.",
        "Στείλτε τη συγκατάθεση με φαξ στο {FAX}.",
        "Email του ασθενούς: {EMAIL}",
        "ΑΜΚΑ {NID} στο παραπεμπτικό.",
        "ΑΜΚΑ {NIDBAD} λάθος.",
        "Αριθμός μητρώου {MRN}, εμβολισμός σήμερα.",
        "Αριθμός ασφάλισης {PLAN} απορρίφθηκε.",
        "IBAN {IBAN} για την επιστροφή.",
        "Δίπλωμα οδήγησης αρ. {LIC} στο πορτοφόλι.",
        "Το αυτοκίνητό του (πινακίδα {PLATE}) κλείνει την είσοδο.",
        "Σειριακός αριθμός του port {SERIAL}.",
        "Βίντεο της επέμβασής της: {URL}",
        "Το PACS είναι στο {IP}.",
        "Μια {CENT} με αιμορραγία, εμβολισμός στις {DATE}.",
        "Χθες η {TNAME} ({AGE}) έκανε αγγειοπλαστική.",
        "Ασθενής {INIT}, {AGE}, νεφροστομία.",
        "{FULL} εισήχθη στις {DATE}.",
    ],
}


# Second and third phrasings, written after the detector was built and first scored on them unseen
# (span recall 0.82 and 0.84 at first sight; see the issue-14 note). They stay in the corpus as posts
# the first templates did not cover.
ID_TEMPLATES_B = {
    "en": [
        "Shout out to {FULL} who walked out of the IR suite today, {AGE} and fearless.",
        "Our {CENT} from {TOWN} is home after her GAE!",
        "Reached her husband at {PHONE}, he is on his way.",
        "Scan from {DATE}: {TNAME} had a 4 cm pseudoaneurysm.",
        "Booked {TNAME} for PAE, ref {MRN} (hospital no.).",
        "For the transfer: {FULL}, DOB {DATE}, NHS no {NID}.",
        "Her son emailed {EMAIL} asking for the cine loop.",
        "Remote reading from {IP} failed for this patient's CBCT.",
    ],
    "de": [
        "Danke an {FULL}, {AGE}, für die Erlaubnis, den Fall zu zeigen!",
        "Unsere {CENT} aus {TOWN} ist wieder zu Hause.",
        "Der Ehemann ist unter {PHONE} erreichbar.",
        "CT vom {DATE}: {TNAME} hatte ein Pseudoaneurysma.",
        "{TNAME} (Fallnummer {MRN}) zur PAE angemeldet.",
        "Verlegung: {FULL}, geb. {DATE}.",
        "Die Tochter schrieb an {EMAIL} wegen der Bilder.",
    ],
    "fr": [
        "Merci à {FULL}, {AGE}, d'avoir accepté qu'on montre son cas !",
        "Notre {CENT} de {TOWN} est rentrée chez elle.",
        "Son mari est joignable au {PHONE}.",
        "Scanner du {DATE} : {TNAME} avait un faux anévrisme.",
        "{TNAME} (IPP {MRN}) programmé pour une embolisation prostatique.",
        "Transfert : {FULL}, né le {DATE}.",
        "Sa fille a écrit à {EMAIL} pour avoir les images.",
    ],
    "it": [
        "Grazie a {FULL}, {AGE}, per il consenso a mostrare il caso!",
        "La nostra {CENT} di {TOWN} è tornata a casa.",
        "Il marito è raggiungibile al {PHONE}.",
        "TC del {DATE}: {TNAME} aveva uno pseudoaneurisma.",
        "{TNAME} (cartella clinica {MRN}) in lista per PAE.",
        "Trasferimento: {FULL}, nato il {DATE}.",
        "La figlia ha scritto a {EMAIL} per le immagini.",
    ],
    "es": [
        "¡Gracias a {FULL}, {AGE}, por dejarnos mostrar su caso!",
        "Nuestra {CENT} de {TOWN} ya está en casa.",
        "Su marido está localizable en el {PHONE}.",
        "TC del {DATE}: {TNAME} tenía un pseudoaneurisma.",
        "{TNAME} (NHC {MRN}) citado para embolización prostática.",
        "Traslado: {FULL}, nacido el {DATE}.",
        "Su hija escribió a {EMAIL} pidiendo las imágenes.",
    ],
    "pt": [
        "Obrigado a {FULL}, {AGE}, por nos deixar mostrar o caso!",
        "A nossa {CENT} de {TOWN} já está em casa.",
        "O marido está contactável pelo {PHONE}.",
        "TC de {DATE}: {TNAME} tinha um pseudoaneurisma.",
        "{TNAME} (processo {MRN}) marcado para embolização prostática.",
        "Transferência: {FULL}, nascido a {DATE}.",
        "A filha escreveu para {EMAIL} a pedir as imagens.",
    ],
    "nl": [
        "Dank aan {FULL}, {AGE}, voor de toestemming om de casus te tonen!",
        "Onze {CENT} uit {TOWN} is weer thuis.",
        "Haar man is bereikbaar op {PHONE}.",
        "CT van {DATE}: {TNAME} had een pseudoaneurysma.",
        "{TNAME} (patiëntnummer {MRN}) ingepland voor PAE.",
        "Overplaatsing: {FULL}, geboren {DATE}.",
        "De dochter mailde naar {EMAIL} voor de beelden.",
    ],
    "el": [
        "Ευχαριστούμε τον/την {FULL}, {AGE}, που μας επέτρεψε να δείξουμε το περιστατικό!",
        "Η {CENT} ασθενής μας από την {TOWN} γύρισε σπίτι.",
        "Ο σύζυγός της είναι διαθέσιμος στο {PHONE}.",
        "CT της {DATE}: η {TNAME} είχε ψευδοανεύρυσμα.",
        "{TNAME} (αριθμός μητρώου {MRN}) για εμβολισμό προστάτη.",
        "Διακομιδή: {FULL}, γεννημένος στις {DATE}.",
        "Η κόρη της έγραψε στο {EMAIL} για τις εικόνες.",
    ],
}
CLEAN_B = {
    "en": [
        "Registration for the {CONF} {YEAR} hands-on course closes {DAY} {MONTH}.",
        "Median follow-up {N} months, n = {BIG}.",
        "Congrats {LAST} lab on {BIG} citations!",
        "v{VER} of the planning software is out.",
    ],
    "de": ["Anmeldeschluss für den {CONF}-Kurs {YEAR}: {DAY}. {MONTH}.", "Medianes Follow-up {N} Monate, n = {BIG}."],
    "fr": ["Clôture des inscriptions au cours {CONF} {YEAR} le {DAY} {MONTH}.", "Suivi médian {N} mois, n = {BIG}."],
    "it": ["Chiusura iscrizioni al corso {CONF} {YEAR}: {DAY} {MONTH}.", "Follow-up mediano {N} mesi, n = {BIG}."],
    "es": [
        "Cierre de inscripciones al curso {CONF} {YEAR}: {DAY} de {MONTH}.",
        "Seguimiento mediano {N} meses, n = {BIG}.",
    ],
    "pt": [
        "Encerramento das inscrições no curso {CONF} {YEAR}: {DAY} de {MONTH}.",
        "Seguimento mediano {N} meses, n = {BIG}.",
    ],
    "nl": ["Sluiting inschrijving {CONF}-cursus {YEAR}: {DAY} {MONTH}.", "Mediane follow-up {N} maanden, n = {BIG}."],
    "el": [
        "Λήξη εγγραφών για το σεμινάριο {CONF} {YEAR}: {DAY} {MONTH}.",
        "Διάμεση παρακολούθηση {N} μήνες, n = {BIG}.",
    ],
}

ID_TEMPLATES_C = {
    "en": [
        "Wow, {FULL} ({AGENUM}!) sent us a thank-you card after her UAE 🙏",
        "pt from {TOWN}, {AGE}, ruptured HCC -> TAE",
        "Anyone else get calls from {PHONE} about {TNAME}'s results?",
        "Discharged {DATE}, home with her daughter {FIRST}.",
        "Consent form for {TNAME} says DOB {DATE} 😬 fixing it",
        "email from the family ({EMAIL}) re: the angio pics",
        "CT angio on {DATE} for {TNAME}: active extravasation.",
        "Sending {TNAME}'s cine to {URL}",
    ],
    "de": [
        "Wow, {FULL} ({AGENUM}!) hat uns nach der UAE eine Karte geschickt 🙏",
        "Pat. aus {TOWN}, {AGE}, rupturiertes HCC -> TAE",
        "Rückruf an {PHONE} wegen {TNAME} bitte.",
        "Entlassen am {DATE}, zu Hause mit Tochter {FIRST}.",
        "Aufklärungsbogen von {TNAME}: Geburtsdatum {DATE}",
        "Mail der Familie ({EMAIL}) wegen der Angio-Bilder",
        "CTA am {DATE} bei {TNAME}: aktive Blutung.",
        "Cine von {TNAME} an {URL} geschickt",
    ],
    "fr": [
        "Waouh, {FULL} ({AGENUM} !) nous a envoyé une carte après son EAU 🙏",
        "Patiente de {TOWN}, {AGE}, CHC rompu -> embolisation",
        "Rappeler le {PHONE} pour {TNAME} svp.",
        "Sortie le {DATE}, à la maison avec sa fille {FIRST}.",
        "Consentement de {TNAME} : date de naissance {DATE}",
        "Mail de la famille ({EMAIL}) pour les images",
        "Angioscanner du {DATE} chez {TNAME} : saignement actif.",
        "Ciné de {TNAME} envoyé sur {URL}",
    ],
    "it": [
        "Che bello, {FULL} ({AGENUM}!) ci ha mandato un biglietto dopo l'UAE 🙏",
        "Paziente da {TOWN}, {AGE}, HCC rotto -> TAE",
        "Richiamare il {PHONE} per {TNAME}.",
        "Dimessa il {DATE}, a casa con la figlia {FIRST}.",
        "Consenso di {TNAME}: data di nascita {DATE}",
        "Mail della famiglia ({EMAIL}) per le immagini",
        "Angio-TC del {DATE} per {TNAME}: stravaso attivo.",
        "Cine di {TNAME} inviato a {URL}",
    ],
    "es": [
        "¡Qué ilusión! {FULL} ({AGENUM}) nos mandó una tarjeta tras la EAU 🙏",
        "Paciente de {TOWN}, {AGE}, HCC roto -> TAE",
        "Devolver la llamada al {PHONE} por {TNAME}.",
        "Alta el {DATE}, en casa con su hija {FIRST}.",
        "Consentimiento de {TNAME}: fecha de nacimiento {DATE}",
        "Correo de la familia ({EMAIL}) por las imágenes",
        "Angio-TC del {DATE} de {TNAME}: sangrado activo.",
        "Cine de {TNAME} enviado a {URL}",
    ],
    "pt": [
        "Que bom! {FULL} ({AGENUM}) mandou-nos um postal depois da EAU 🙏",
        "Doente de {TOWN}, {AGE}, CHC roto -> TAE",
        "Devolver a chamada para o {PHONE} sobre {TNAME}.",
        "Alta a {DATE}, em casa com a filha {FIRST}.",
        "Consentimento de {TNAME}: data de nascimento {DATE}",
        "Email da família ({EMAIL}) sobre as imagens",
        "Angio-TC de {DATE} de {TNAME}: hemorragia ativa.",
        "Cine de {TNAME} enviado para {URL}",
    ],
    "nl": [
        "Wat leuk, {FULL} ({AGENUM}!) stuurde ons een kaartje na de UAE 🙏",
        "Patiënt uit {TOWN}, {AGE}, geruptureerd HCC -> TAE",
        "Terugbellen naar {PHONE} over {TNAME} graag.",
        "Ontslagen op {DATE}, thuis met dochter {FIRST}.",
        "Toestemmingsformulier van {TNAME}: geboortedatum {DATE}",
        "Mail van de familie ({EMAIL}) over de beelden",
        "CTA op {DATE} bij {TNAME}: actieve bloeding.",
        "Cine van {TNAME} gestuurd naar {URL}",
    ],
    "el": [
        "Τι ωραία, η {FULL} ({AGENUM}!) μας έστειλε κάρτα μετά τον εμβολισμό 🙏",
        "Ασθενής από {TOWN}, {AGE}, ρήξη ΗΚΚ -> TAE",
        "Πάρτε τηλέφωνο στο {PHONE} για την {TNAME}.",
        "Εξιτήριο στις {DATE}, σπίτι με την κόρη της {FIRST}.",
        "Συγκατάθεση της {TNAME}: ημερομηνία γέννησης {DATE}",
        "Email της οικογένειας ({EMAIL}) για τις εικόνες",
        "Αγγειογραφία CT στις {DATE} για την {TNAME}: ενεργός αιμορραγία.",
        "Cine της {TNAME} στάλθηκε στο {URL}",
    ],
}
CLEAN_C = {
    "en": [
        "Poll: 5 Fr or 4 Fr for radial PAE? {PCT}% said 5 Fr last year.",
        "Our {YEAR} audit: {BIG} lines, {N} infections.",
    ],
    "de": [
        "Umfrage: 5 F oder 4 F für radiale PAE? {PCT} % sagten 5 F.",
        "Unser Audit {YEAR}: {BIG} Ports, {N} Infektionen.",
    ],
    "fr": [
        "Sondage : 5 Fr ou 4 Fr pour l'EAP radiale ? {PCT} % ont dit 5 Fr.",
        "Notre audit {YEAR} : {BIG} PICC, {N} infections.",
    ],
    "it": [
        "Sondaggio: 5 Fr o 4 Fr per la PAE radiale? Il {PCT}% ha detto 5 Fr.",
        "Il nostro audit {YEAR}: {BIG} PICC, {N} infezioni.",
    ],
    "es": [
        "Encuesta: ¿5 Fr o 4 Fr para EAP radial? El {PCT} % dijo 5 Fr.",
        "Nuestra auditoría {YEAR}: {BIG} PICC, {N} infecciones.",
    ],
    "pt": [
        "Sondagem: 5 Fr ou 4 Fr para EAP radial? {PCT}% disseram 5 Fr.",
        "A nossa auditoria {YEAR}: {BIG} PICC, {N} infeções.",
    ],
    "nl": ["Poll: 5 Fr of 4 Fr voor radiale PAE? {PCT}% zei 5 Fr.", "Onze audit {YEAR}: {BIG} PICC's, {N} infecties."],
    "el": [
        "Δημοσκόπηση: 5 Fr ή 4 Fr για ακτινική PAE; {PCT}% είπε 5 Fr.",
        "Ο έλεγχός μας {YEAR}: {BIG} PICC, {N} λοιμώξεις.",
    ],
}


# Fourth phrasing, also scored unseen first (span recall 0.81, blocking recall 0.71, 23% of its clean posts
# blocked: counts after a comma read as postcodes), then kept.
ID_TEMPLATES_E = {
    "en": [
        "Update on {TNAME}: still in ICU, son says she turned {AGENUM} last week.",
        "{FULL} (MRN {MRN}) back for a second TIPS revision.",
        "Ring {PHONE} if the wife calls about the biopsy.",
        "Her Medicare number {PLAN} got rejected again 🙄",
        "Post-op CXR for {INIT} looks fine. Plate of her car is {PLATE}, security asked.",
        "Lives on {ADDRESS}, {TOWN}.",
        "Driver's license {LIC} was in his coat, returned to the family.",
        "Biopsy tray serial {SERIAL} recalled, used on {TNAME}.",
    ],
    "de": [
        "Update zu {TNAME}: noch auf der ITS, der Sohn sagt, sie ist {AGE}.",
        "{FULL} (Patienten-ID {MRN}) zur TIPS-Revision.",
        "Bei Anruf der Ehefrau: {PHONE}.",
        "Ihre Versicherungsnummer {PLAN} wurde abgelehnt 🙄",
        "Thorax nach Port bei {INIT} ok. Kennzeichen ihres Autos: {PLATE}.",
        "Wohnt in der {ADDRESS}, {TOWN}.",
        "Führerscheinnummer {LIC} lag in der Jacke.",
        "Biopsieset Seriennummer {SERIAL} zurückgerufen, bei {TNAME} benutzt.",
    ],
    "fr": [
        "Nouvelles de {TNAME} : toujours en réa, son fils dit qu'elle a {AGE}.",
        "{FULL} (IPP {MRN}) revient pour révision de TIPS.",
        "Si l'épouse appelle : {PHONE}.",
        "Son numéro de mutuelle {PLAN} a encore été refusé 🙄",
        "Radio de contrôle pour {INIT} ok. Plaque de sa voiture : {PLATE}.",
        "Habite au {ADDRESS}, {TOWN}.",
        "Permis de conduire {LIC} trouvé dans sa veste.",
        "Kit de biopsie n° de série {SERIAL} rappelé, utilisé chez {TNAME}.",
    ],
    "it": [
        "Aggiornamento su {TNAME}: ancora in terapia intensiva, il figlio dice che ha {AGE}.",
        "{FULL} (cartella {MRN}) torna per revisione TIPS.",
        "Se chiama la moglie: {PHONE}.",
        "La sua tessera sanitaria {PLAN} è stata rifiutata 🙄",
        "Rx di controllo per {INIT} ok. Targa della sua auto: {PLATE}.",
        "Abita in {ADDRESS}, {TOWN}.",
        "Patente {LIC} trovata nella giacca.",
        "Kit bioptico numero di serie {SERIAL} richiamato, usato per {TNAME}.",
    ],
    "es": [
        "Novedades de {TNAME}: sigue en UCI, su hijo dice que tiene {AGE}.",
        "{FULL} (NHC {MRN}) vuelve para revisión del TIPS.",
        "Si llama la esposa: {PHONE}.",
        "Su tarjeta sanitaria {PLAN} fue rechazada otra vez 🙄",
        "Rx de control de {INIT} bien. Matrícula de su coche: {PLATE}.",
        "Vive en {ADDRESS}, {TOWN}.",
        "Carnet de conducir {LIC} en su chaqueta.",
        "Kit de biopsia número de serie {SERIAL} retirado, usado con {TNAME}.",
    ],
    "pt": [
        "Novidades da {TNAME}: ainda nos intensivos, o filho diz que tem {AGE}.",
        "{FULL} (processo {MRN}) volta para revisão do TIPS.",
        "Se a esposa ligar: {PHONE}.",
        "O número de utente {PLAN} foi recusado outra vez 🙄",
        "Rx de controlo de {INIT} ok. Matrícula do carro dela: {PLATE}.",
        "Mora na {ADDRESS}, {TOWN}.",
        "Carta de condução {LIC} no casaco.",
        "Kit de biópsia número de série {SERIAL} recolhido, usado na {TNAME}.",
    ],
    "nl": [
        "Update over {TNAME}: nog op de IC, haar zoon zegt dat ze {AGE} is.",
        "{FULL} (patiëntnummer {MRN}) terug voor TIPS-revisie.",
        "Als de echtgenote belt: {PHONE}.",
        "Haar polisnummer {PLAN} is weer afgewezen 🙄",
        "Controlefoto van {INIT} ok. Kenteken van haar auto: {PLATE}.",
        "Woont op {ADDRESS}, {TOWN}.",
        "Rijbewijs {LIC} zat in zijn jas.",
        "Biopsieset serienummer {SERIAL} teruggeroepen, gebruikt bij {TNAME}.",
    ],
    "el": [
        "Νέα για την {TNAME}: ακόμα στη ΜΕΘ, ο γιος της λέει ότι είναι {AGE}.",
        "{FULL} (αριθμός μητρώου {MRN}) ξανά για αναθεώρηση TIPS.",
        "Αν πάρει η σύζυγος: {PHONE}.",
        "Ο αριθμός ασφάλισης {PLAN} απορρίφθηκε ξανά 🙄",
        "Ακτινογραφία ελέγχου για {INIT} εντάξει. Πινακίδα του αυτοκινήτου της: {PLATE}.",
        "Μένει στην {ADDRESS}, {TOWN}.",
        "Δίπλωμα οδήγησης {LIC} στο μπουφάν του.",
        "Σετ βιοψίας σειριακός αριθμός {SERIAL} ανακλήθηκε, χρησιμοποιήθηκε στην {TNAME}.",
    ],
}
CLEAN_E = {
    "en": [
        "Great session with {FIRST} {LAST} and Dr {LAST} on Onyx 18 vs coils, {PCT}% occlusion.",
        "Merry Christmas from the IR team! {BIG} cases this year.",
        "LC Bead 100-300 µm vs 300-500 µm: {N} studies, {BIG} patients pooled.",
        "Webinar Tue {DAY} {MONTH}, 18:00 CET, link in bio. #IRad",
    ],
    "de": [
        "Tolle Sitzung mit {FIRST} {LAST} zu Onyx 18 vs. Coils, {PCT} % Verschluss.",
        "Frohe Weihnachten vom IR-Team! {BIG} Eingriffe dieses Jahr.",
        "LC Bead 100-300 µm vs. 300-500 µm: {N} Studien, {BIG} Patienten.",
        "Webinar am {DAY}. {MONTH}, 18 Uhr, Link im Profil.",
    ],
    "fr": [
        "Super session avec {FIRST} {LAST} sur Onyx 18 vs coils, {PCT} % d'occlusion.",
        "Joyeux Noël de l'équipe de radiologie interventionnelle ! {BIG} actes cette année.",
        "LC Bead 100-300 µm vs 300-500 µm : {N} études, {BIG} patients.",
        "Webinaire le {DAY} {MONTH} à 18 h, lien en bio.",
    ],
    "it": [
        "Bella sessione con {FIRST} {LAST} su Onyx 18 vs spirali, occlusione {PCT}%.",
        "Buon Natale dal team di radiologia interventistica! {BIG} procedure quest'anno.",
        "LC Bead 100-300 µm vs 300-500 µm: {N} studi, {BIG} pazienti.",
        "Webinar il {DAY} {MONTH} alle 18, link in bio.",
    ],
    "es": [
        "Gran sesión con {FIRST} {LAST} sobre Onyx 18 vs coils, oclusión del {PCT} %.",
        "¡Feliz Navidad del equipo de radiología intervencionista! {BIG} procedimientos este año.",
        "LC Bead 100-300 µm vs 300-500 µm: {N} estudios, {BIG} pacientes.",
        "Webinar el {DAY} de {MONTH} a las 18 h, enlace en la bio.",
    ],
    "pt": [
        "Excelente sessão com {FIRST} {LAST} sobre Onyx 18 vs coils, oclusão de {PCT}%.",
        "Feliz Natal da equipa de radiologia de intervenção! {BIG} procedimentos este ano.",
        "LC Bead 100-300 µm vs 300-500 µm: {N} estudos, {BIG} doentes.",
        "Webinar a {DAY} de {MONTH} às 18 h, link na bio.",
    ],
    "nl": [
        "Mooie sessie met {FIRST} {LAST} over Onyx 18 vs coils, {PCT}% occlusie.",
        "Fijne kerst van het IR-team! {BIG} ingrepen dit jaar.",
        "LC Bead 100-300 µm vs 300-500 µm: {N} studies, {BIG} patiënten.",
        "Webinar op {DAY} {MONTH} om 18.00 uur, link in bio.",
    ],
    "el": [
        "Εξαιρετική συνεδρία με τον {FIRST} {LAST} για Onyx 18 έναντι σπειραμάτων, απόφραξη {PCT}%.",
        "Καλά Χριστούγεννα από την ομάδα επεμβατικής ακτινολογίας! {BIG} επεμβάσεις φέτος.",
        "LC Bead 100-300 µm έναντι 300-500 µm: {N} μελέτες, {BIG} ασθενείς.",
        "Διαδικτυακό σεμινάριο στις {DAY} {MONTH}, 18:00, σύνδεσμος στο προφίλ.",
    ],
}


# Fifth phrasing, scored unseen first (span recall 0.88, blocking recall 0.85; towns and names with the
# patient cue in the next sentence were missed), then kept.
ID_TEMPLATES_F = {
    "en": [
        "Tough one tonight: {FULL}, {AGE}, fell at home in {TOWN}, splenic laceration, coiled.",
        "Pls don't post {TNAME}'s angio, family asked. Her NHS number {NID} is on the PACS header!",
        "Reminder: {TNAME} was born {DATE}, not the date on the request.",
        "If anyone knows {FIRST} {LAST} from {TOWN}, she's asking for you 🙂 (our {CENT})",
        "Phone the ward: the son ({PHONE}) wants an update on {TNAME}.",
        "Pump SN {SERIAL} alarmed again on {TNAME}.",
    ],
    "de": [
        "Harter Dienst: {FULL}, {AGE}, zu Hause in {TOWN} gestürzt, Milzverletzung, gecoilt.",
        "Bitte {TNAME}s Angio nicht posten. Steuer-ID {NID} steht im PACS-Header!",
        "Achtung: {TNAME} ist am {DATE} geboren, nicht wie auf der Anforderung.",
        "Kennt jemand {FIRST} {LAST} aus {TOWN}? Unsere {CENT} fragt nach euch 🙂",
        "Station anrufen: der Sohn ({PHONE}) möchte ein Update zu {TNAME}.",
        "Pumpe SN {SERIAL} hat bei {TNAME} wieder Alarm gegeben.",
    ],
    "fr": [
        "Garde difficile : {FULL}, {AGE}, chute à domicile à {TOWN}, lacération splénique, coilée.",
        "Ne postez pas l'angio de {TNAME}. Son NIR {NID} est dans l'en-tête PACS !",
        "Attention : {TNAME} est née le {DATE}, pas à la date de la demande.",
        "Quelqu'un connaît {FIRST} {LAST} de {TOWN} ? Notre {CENT} vous demande 🙂",
        "Appeler le service : le fils ({PHONE}) veut des nouvelles de {TNAME}.",
        "Pompe SN {SERIAL} encore en alarme chez {TNAME}.",
    ],
    "it": [
        "Guardia dura: {FULL}, {AGE}, caduta a casa a {TOWN}, lacerazione splenica, spirali.",
        "Non postate l'angio di {TNAME}. Il codice fiscale {NID} è nell'intestazione PACS!",
        "Attenzione: {TNAME} è nata il {DATE}, non come sulla richiesta.",
        "Qualcuno conosce {FIRST} {LAST} di {TOWN}? La nostra {CENT} vi cerca 🙂",
        "Chiamare il reparto: il figlio ({PHONE}) vuole notizie di {TNAME}.",
        "Pompa SN {SERIAL} di nuovo in allarme su {TNAME}.",
    ],
    "es": [
        "Guardia dura: {FULL}, {AGE}, caída en casa en {TOWN}, laceración esplénica, coils.",
        "No publiquéis la angio de {TNAME}. ¡Su DNI {NID} sale en la cabecera del PACS!",
        "Ojo: {TNAME} nació el {DATE}, no en la fecha de la petición.",
        "¿Alguien conoce a {FIRST} {LAST} de {TOWN}? Nuestra {CENT} pregunta por vosotros 🙂",
        "Llamar a planta: el hijo ({PHONE}) quiere saber de {TNAME}.",
        "Bomba SN {SERIAL} otra vez en alarma con {TNAME}.",
    ],
    "pt": [
        "Urgência difícil: {FULL}, {AGE}, queda em casa em {TOWN}, laceração esplénica, coils.",
        "Não publiquem a angio da {TNAME}. O NIF {NID} aparece no cabeçalho do PACS!",
        "Atenção: a {TNAME} nasceu a {DATE}, não na data do pedido.",
        "Alguém conhece {FIRST} {LAST} de {TOWN}? A nossa {CENT} pergunta por vocês 🙂",
        "Ligar para o serviço: o filho ({PHONE}) quer notícias da {TNAME}.",
        "Bomba SN {SERIAL} outra vez em alarme na {TNAME}.",
    ],
    "nl": [
        "Zware dienst: {FULL}, {AGE}, thuis gevallen in {TOWN}, miltletsel, gecoild.",
        "Post de angio van {TNAME} niet. Haar BSN {NID} staat in de PACS-header!",
        "Let op: {TNAME} is geboren op {DATE}, niet op de datum van de aanvraag.",
        "Kent iemand {FIRST} {LAST} uit {TOWN}? Onze {CENT} vraagt naar jullie 🙂",
        "Bel de afdeling: de zoon ({PHONE}) wil nieuws over {TNAME}.",
        "Pomp SN {SERIAL} gaf weer alarm bij {TNAME}.",
    ],
    "el": [
        "Δύσκολη εφημερία: {FULL}, {AGE}, πτώση στο σπίτι στην {TOWN}, ρήξη σπληνός, σπειράματα.",
        "Μην αναρτήσετε την αγγειογραφία της {TNAME}. Ο ΑΜΚΑ {NID} φαίνεται στο PACS!",
        "Προσοχή: η {TNAME} γεννήθηκε στις {DATE}, όχι όπως στο παραπεμπτικό.",
        "Ξέρει κανείς τον/την {FIRST} {LAST} από την {TOWN}; Η {CENT} μας σας ζητάει 🙂",
        "Πάρτε την κλινική: ο γιος ({PHONE}) θέλει νέα για την {TNAME}.",
        "Αντλία SN {SERIAL} χτύπησε ξανά στην {TNAME}.",
    ],
}
CLEAN_F = {
    "en": [
        "Our {YEAR} numbers: {BIG} PICCs, {N} TIPS, {N} UFEs. Thanks team!",
        'Join us {DAY} {MONTH} for the {CONF} hands-on: 6 Fr guide, 0.018" wires.',
        "New in JVIR (PMID {PMID}): {PCT}% patency at 12 months.",
        "Prof {LAST} and Dr {LAST} on the {TRIAL} results at {CONF} {YEAR}.",
    ],
    "de": [
        "Unsere Zahlen {YEAR}: {BIG} PICCs, {N} TIPS. Danke an das Team!",
        "Am {DAY}. {MONTH} zum {CONF}-Workshop: 6-F-Führungskatheter.",
        "Neu in CVIR (PMID {PMID}): {PCT} % Offenheit nach 12 Monaten.",
        "Prof. {LAST} und Dr. {LAST} zur {TRIAL}-Studie auf dem {CONF} {YEAR}.",
    ],
    "fr": [
        "Nos chiffres {YEAR} : {BIG} PICC, {N} TIPS. Merci l'équipe !",
        "Rejoignez-nous le {DAY} {MONTH} pour l'atelier {CONF} : guide 6 Fr.",
        "Nouveau dans CVIR (PMID {PMID}) : {PCT} % de perméabilité à 12 mois.",
        "Pr {LAST} et Dr {LAST} sur l'essai {TRIAL} au {CONF} {YEAR}.",
    ],
    "it": [
        "I nostri numeri {YEAR}: {BIG} PICC, {N} TIPS. Grazie al team!",
        "Vi aspettiamo il {DAY} {MONTH} al workshop {CONF}: guida 6 Fr.",
        "Nuovo su CVIR (PMID {PMID}): pervietà {PCT}% a 12 mesi.",
        "Prof. {LAST} e Dott. {LAST} sullo studio {TRIAL} al {CONF} {YEAR}.",
    ],
    "es": [
        "Nuestros números {YEAR}: {BIG} PICC, {N} TIPS. ¡Gracias equipo!",
        "Os esperamos el {DAY} de {MONTH} en el taller {CONF}: guía 6 Fr.",
        "Nuevo en CVIR (PMID {PMID}): permeabilidad del {PCT} % a 12 meses.",
        "El Prof. {LAST} y la Dra. {LAST} sobre el ensayo {TRIAL} en {CONF} {YEAR}.",
    ],
    "pt": [
        "Os nossos números de {YEAR}: {BIG} PICC, {N} TIPS. Obrigado equipa!",
        "Esperamos por vocês a {DAY} de {MONTH} no workshop {CONF}: guia 6 Fr.",
        "Novo na CVIR (PMID {PMID}): permeabilidade de {PCT}% aos 12 meses.",
        "O Prof. {LAST} e a Dra. {LAST} sobre o ensaio {TRIAL} no {CONF} {YEAR}.",
    ],
    "nl": [
        "Onze cijfers {YEAR}: {BIG} PICC's, {N} TIPS. Dank aan het team!",
        "Kom op {DAY} {MONTH} naar de {CONF}-workshop: 6 Fr geleidekatheter.",
        "Nieuw in CVIR (PMID {PMID}): {PCT}% doorgankelijkheid na 12 maanden.",
        "Prof. {LAST} en dr. {LAST} over de {TRIAL}-studie op {CONF} {YEAR}.",
    ],
    "el": [
        "Τα νούμερά μας {YEAR}: {BIG} PICC, {N} TIPS. Ευχαριστούμε την ομάδα!",
        "Σας περιμένουμε στις {DAY} {MONTH} στο εργαστήριο {CONF}: οδηγός 6 Fr.",
        "Νέο στο CVIR (PMID {PMID}): βατότητα {PCT}% στους 12 μήνες.",
        "Ο καθηγητής {LAST} και η Dr {LAST} για τη μελέτη {TRIAL} στο {CONF} {YEAR}.",
    ],
}


# Sixth phrasing (bank accounts, e-mail, IP, links, postcodes, mistyped IDs), scored unseen first: span
# recall 0.97, blocking recall 0.94, 3% of its clean posts blocked ("61804 Bewerbungen" read as a postcode).
ID_TEMPLATES_G = {
    "en": [
        "Refund for the angio copay went to {IBAN}, patient says it never arrived.",
        "Her portal login is {EMAIL}; she forwarded the report from {IP}.",
        "Study link for the MDT (pt {INIT}): {URL}",
        "Note: {TNAME}, postcode {POSTCODE}, wants her follow-up closer to home.",
        "Incorrect SSN on the form ({NIDBAD}) - {TNAME}'s referral bounced.",
        "Wristband {OTHER} belongs to the lady in bay 3, {AGE}.",
    ],
    "de": [
        "Rückerstattung an {IBAN}, die Patientin sagt, nichts kam an.",
        "Ihr Portal-Login ist {EMAIL}; Befund kam von {IP}.",
        "Studienlink für das Tumorboard (Pat. {INIT}): {URL}",
        "Hinweis: {TNAME}, PLZ {POSTCODE}, möchte die Nachsorge heimatnah.",
        "Falsche Versichertennummer ({NIDBAD}) – Überweisung von {TNAME} abgelehnt.",
        "Armband {OTHER} gehört der Dame in Zimmer 3, {AGE}.",
    ],
    "fr": [
        "Remboursement sur {IBAN}, la patiente dit n'avoir rien reçu.",
        "Son identifiant portail est {EMAIL} ; compte rendu envoyé depuis {IP}.",
        "Lien de l'examen pour la RCP (patiente {INIT}) : {URL}",
        "Note : {TNAME}, code postal {POSTCODE}, veut un suivi plus près de chez elle.",
        "NIR erroné sur le formulaire ({NIDBAD}) – la demande de {TNAME} est revenue.",
        "Bracelet {OTHER} : la dame du box 3, {AGE}.",
    ],
    "it": [
        "Rimborso su {IBAN}, la paziente dice che non è arrivato.",
        "Il suo login del portale è {EMAIL}; referto inviato da {IP}.",
        "Link dello studio per il GOM (paziente {INIT}): {URL}",
        "Nota: {TNAME}, CAP {POSTCODE}, vuole il follow-up più vicino a casa.",
        "Codice fiscale sbagliato ({NIDBAD}) – la richiesta di {TNAME} è tornata indietro.",
        "Braccialetto {OTHER}: la signora del letto 3, {AGE}.",
    ],
    "es": [
        "Reembolso a {IBAN}, la paciente dice que no le llegó.",
        "Su usuario del portal es {EMAIL}; el informe salió desde {IP}.",
        "Enlace del estudio para el comité (paciente {INIT}): {URL}",
        "Nota: {TNAME}, código postal {POSTCODE}, quiere el seguimiento cerca de casa.",
        "DNI incorrecto en el formulario ({NIDBAD}) – la derivación de {TNAME} fue rechazada.",
        "Pulsera {OTHER}: la señora del box 3, {AGE}.",
    ],
    "pt": [
        "Reembolso para {IBAN}, a doente diz que não chegou.",
        "O login do portal dela é {EMAIL}; relatório enviado de {IP}.",
        "Link do estudo para a reunião (doente {INIT}): {URL}",
        "Nota: {TNAME}, código postal {POSTCODE}, quer o seguimento perto de casa.",
        "NIF errado no formulário ({NIDBAD}) – o pedido da {TNAME} foi devolvido.",
        "Pulseira {OTHER}: a senhora da cama 3, {AGE}.",
    ],
    "nl": [
        "Terugbetaling naar {IBAN}, patiënte zegt dat niets aankwam.",
        "Haar portaal-login is {EMAIL}; verslag verstuurd vanaf {IP}.",
        "Studielink voor het MDO (patiënt {INIT}): {URL}",
        "Let op: {TNAME}, postcode {POSTCODE}, wil de controle dichter bij huis.",
        "Fout BSN op het formulier ({NIDBAD}) – verwijzing van {TNAME} teruggestuurd.",
        "Polsbandje {OTHER}: de dame op kamer 3, {AGE}.",
    ],
    "el": [
        "Επιστροφή χρημάτων στο {IBAN}, η ασθενής λέει ότι δεν ήρθαν.",
        "Το login της στην πύλη είναι {EMAIL}· η γνωμάτευση στάλθηκε από {IP}.",
        "Σύνδεσμος μελέτης για το συμβούλιο (ασθενής {INIT}): {URL}",
        "Σημείωση: {TNAME}, ΤΚ {POSTCODE}, θέλει παρακολούθηση κοντά στο σπίτι.",
        "Λάθος ΑΜΚΑ στο έντυπο ({NIDBAD}) – το παραπεμπτικό της {TNAME} επεστράφη.",
        "Βραχιόλι {OTHER}: η κυρία στην κλίνη 3, {AGE}.",
    ],
}
CLEAN_G = {
    "en": [
        "Version {VER} of the dose app shows {N} mGy per frame at 7.5 fps.",
        "Save the date: {CONF} {YEAR}, {DAY}-{DAY} {MONTH}. {BIG} attendees last year!",
        "Check out jvir.org for the {TRIAL} protocol (NCT0{PMID}).",
        "IR match {YEAR}: {N} positions, {BIG} applicants, {PCT}% filled.",
    ],
    "de": [
        "Version {VER} der Dosis-App zeigt {N} mGy pro Bild bei 7,5 B/s.",
        "Save the date: {CONF} {YEAR}, {DAY}.–{DAY}. {MONTH}. {BIG} Teilnehmende letztes Jahr!",
        "Protokoll der {TRIAL}-Studie auf cvir.de (NCT0{PMID}).",
        "Weiterbildung {YEAR}: {N} Stellen, {BIG} Bewerbungen, {PCT} % besetzt.",
    ],
    "fr": [
        "La version {VER} de l'appli dose affiche {N} mGy par image à 7,5 i/s.",
        "À noter : {CONF} {YEAR}, du {DAY} au {DAY} {MONTH}. {BIG} participants l'an dernier !",
        "Protocole de l'essai {TRIAL} sur sfr-radiologie.fr (NCT0{PMID}).",
        "Internat {YEAR} : {N} postes, {BIG} candidats, {PCT} % pourvus.",
    ],
    "it": [
        "La versione {VER} dell'app dose mostra {N} mGy per frame a 7,5 fps.",
        "Segnatevi la data: {CONF} {YEAR}, {DAY}-{DAY} {MONTH}. {BIG} partecipanti l'anno scorso!",
        "Protocollo dello studio {TRIAL} su sirm.org (NCT0{PMID}).",
        "Specializzazione {YEAR}: {N} posti, {BIG} candidati, {PCT}% coperti.",
    ],
    "es": [
        "La versión {VER} de la app de dosis muestra {N} mGy por imagen a 7,5 fps.",
        "Reserva la fecha: {CONF} {YEAR}, {DAY}-{DAY} de {MONTH}. ¡{BIG} asistentes el año pasado!",
        "Protocolo del ensayo {TRIAL} en servei.org (NCT0{PMID}).",
        "MIR {YEAR}: {N} plazas, {BIG} aspirantes, {PCT} % cubiertas.",
    ],
    "pt": [
        "A versão {VER} da app de dose mostra {N} mGy por imagem a 7,5 fps.",
        "Reserve a data: {CONF} {YEAR}, {DAY}-{DAY} de {MONTH}. {BIG} participantes no ano passado!",
        "Protocolo do ensaio {TRIAL} em sprmn.pt (NCT0{PMID}).",
        "Internato {YEAR}: {N} vagas, {BIG} candidatos, {PCT}% preenchidas.",
    ],
    "nl": [
        "Versie {VER} van de dosis-app toont {N} mGy per beeld bij 7,5 fps.",
        "Save the date: {CONF} {YEAR}, {DAY}-{DAY} {MONTH}. {BIG} deelnemers vorig jaar!",
        "Protocol van de {TRIAL}-studie op radiologen.nl (NCT0{PMID}).",
        "Opleiding {YEAR}: {N} plekken, {BIG} sollicitanten, {PCT}% gevuld.",
    ],
    "el": [
        "Η έκδοση {VER} της εφαρμογής δόσης δείχνει {N} mGy ανά εικόνα στα 7,5 fps.",
        "Κρατήστε την ημερομηνία: {CONF} {YEAR}, {DAY}-{DAY} {MONTH}. {BIG} συμμετέχοντες πέρσι!",
        "Πρωτόκολλο της μελέτης {TRIAL} στο hsir.gr (NCT0{PMID}).",
        "Ειδικότητα {YEAR}: {N} θέσεις, {BIG} αιτήσεις, {PCT}% καλυμμένες.",
    ],
}


# Clinical filler: no identifiers, many numbers.
FILLER = {
    "en": [
        "5 Fr sheath, 2.7 Fr microcatheter, {N} coils.",
        "Technical success {PCT}% in {BIG} procedures.",
        "Dose 120 Gy with Y-90.",
        "Lesion {N} x {N} mm on the arterial phase.",
        "#IRad #FOAMrad",
    ],
    "de": [
        "5-F-Schleuse, 2,7-F-Mikrokatheter, {N} Coils.",
        "Technischer Erfolg {PCT} % bei {BIG} Eingriffen.",
        "Dosis 120 Gy mit Y-90.",
        "Läsion {N} x {N} mm arteriell.",
        "#IRad",
    ],
    "fr": [
        "Désilet 5 Fr, microcathéter 2,7 Fr, {N} coils.",
        "Succès technique {PCT} % sur {BIG} procédures.",
        "Dose 120 Gy à l'Y-90.",
        "Lésion de {N} x {N} mm au temps artériel.",
        "#IRad",
    ],
    "it": [
        "Introduttore 5 Fr, microcatetere 2,7 Fr, {N} spirali.",
        "Successo tecnico {PCT}% su {BIG} procedure.",
        "Dose 120 Gy con Y-90.",
        "Lesione {N} x {N} mm in fase arteriosa.",
        "#IRad",
    ],
    "es": [
        "Introductor 5 Fr, microcatéter 2,7 Fr, {N} coils.",
        "Éxito técnico {PCT} % en {BIG} procedimientos.",
        "Dosis 120 Gy con Y-90.",
        "Lesión de {N} x {N} mm en fase arterial.",
        "#IRad",
    ],
    "pt": [
        "Introdutor 5 Fr, microcateter 2,7 Fr, {N} coils.",
        "Sucesso técnico {PCT}% em {BIG} procedimentos.",
        "Dose 120 Gy com Y-90.",
        "Lesão de {N} x {N} mm na fase arterial.",
        "#IRad",
    ],
    "nl": [
        "5 Fr sheath, 2,7 Fr microkatheter, {N} coils.",
        "Technisch succes {PCT}% bij {BIG} ingrepen.",
        "Dosis 120 Gy met Y-90.",
        "Laesie {N} x {N} mm in de arteriële fase.",
        "#IRad",
    ],
    "el": [
        "Θηκάρι 5 Fr, μικροκαθετήρας 2,7 Fr, {N} σπειράματα.",
        "Τεχνική επιτυχία {PCT}% σε {BIG} επεμβάσεις.",
        "Δόση 120 Gy με Y-90.",
        "Βλάβη {N} x {N} mm στην αρτηριακή φάση.",
        "#IRad",
    ],
}

# Clean posts: conference dates, counts, sizes, doses, versions, DOIs, PMIDs, trials, journal links,
# clinicians in their professional role, colleagues' initials, decades.
CLEAN = {
    "en": [
        "SNIS {YEAR} abstract deadline is {DAY} {MONTH}.",
        "Early-bird registration {DAY} {MONTH}. See you at CIRSE!",
        "Outcomes in {BIG} procedures: {PCT}% technical success.",
        "Firmware {VER} fixed the fluoro lag.",
        "New paper: doi:10.{N4}/jvir.{YEAR}.{N4}. PMID {PMID}.",
        "The {TRIAL} trial randomised {BIG} patients.",
        "Great talk by Dr {LAST} on PAE at {CONF} {YEAR}.",
        "Kudos to our fellows {INIT2} and {INIT2}!",
        "Mr {LAST} (vascular surgery) joined our MDT.",
        "A woman in her 70s with HCC: {PCT}% response after TARE.",
        "Read it at https://www.jvir.org/article/S{N4}-{N4}({YEAR}){N4}-{N}/fulltext",
        "5 Fr, 2.7 Fr, 120 Gy, Y-90: our TARE kit.",
        "Grand rounds on {DAY} {MONTH} at {N}:00.",
        "Over {BIG} TIPS since {YEAR}; median MELD {N}.",
        "Prof. {LAST} chairs the session on {DAY}/{MON}.",
        "CT dose {N} mGy·cm, {N} kVp, {N} mAs.",
    ],
    "de": [
        "Abstract-Deadline für die DGIR {YEAR}: {DAY}. {MONTH}.",
        "Frühbucher-Anmeldung bis {DAY}. {MONTH}!",
        "Ergebnisse aus {BIG} Eingriffen: {PCT} % technischer Erfolg.",
        "Firmware {VER} behebt das Problem.",
        "Neues Paper: doi:10.{N4}/cvir.{YEAR}.{N4}, PMID {PMID}.",
        "Die {TRIAL}-Studie schloss {BIG} Patienten ein.",
        "Toller Vortrag von Prof. {LAST} auf dem {CONF} {YEAR}.",
        "Glückwunsch an unsere Fellows {INIT2} und {INIT2}!",
        "Eine Patientin in ihren 70ern mit HCC, {PCT} % Ansprechen.",
        "Mehr als {BIG} Patienten seit {YEAR} behandelt.",
        "5 F, 2,7 F, 120 Gy, Y-90: unser TARE-Set.",
        "Dr. {LAST} (Gefäßchirurgie) ist jetzt im Tumorboard.",
        "Kongress vom {DAY}. bis {DAY}. {MONTH} {YEAR}.",
        "CT-Dosis {N} mGy·cm bei {N} kV.",
    ],
    "fr": [
        "Date limite des résumés pour les JFR {YEAR} : {DAY} {MONTH}.",
        "Inscription à tarif réduit jusqu'au {DAY} {MONTH}.",
        "Résultats sur {BIG} procédures : {PCT} % de succès.",
        "Le firmware {VER} corrige le bug.",
        "Nouvel article : doi:10.{N4}/diii.{YEAR}.{N4}, PMID {PMID}.",
        "L'essai {TRIAL} a inclus {BIG} patients.",
        "Belle présentation du Dr {LAST} au {CONF} {YEAR}.",
        "Bravo à nos internes {INIT2} et {INIT2} !",
        "Une femme dans la soixantaine, {PCT} % de réponse.",
        "Plus de {BIG} patients traités depuis {YEAR}.",
        "5 Fr, 2,7 Fr, 120 Gy, Y-90 : notre kit de radioembolisation.",
        "Le Pr {LAST} (chirurgie vasculaire) préside la séance.",
        "Congrès du {DAY} au {DAY} {MONTH} {YEAR}.",
        "Dose {N} mGy·cm à {N} kV.",
    ],
    "it": [
        "Scadenza abstract per il congresso SIRM {YEAR}: {DAY} {MONTH}.",
        "Iscrizione early-bird entro il {DAY} {MONTH}.",
        "Risultati su {BIG} procedure: successo tecnico {PCT}%.",
        "Il firmware {VER} risolve il problema.",
        "Nuovo articolo: doi:10.{N4}/rm.{YEAR}.{N4}, PMID {PMID}.",
        "Lo studio {TRIAL} ha arruolato {BIG} pazienti.",
        "Bella relazione del Dott. {LAST} al {CONF} {YEAR}.",
        "Complimenti ai nostri specializzandi {INIT2} e {INIT2}!",
        "Una donna sulla settantina, risposta {PCT}%.",
        "Più di {BIG} pazienti trattati dal {YEAR}.",
        "5 Fr, 2,7 Fr, 120 Gy, Y-90: il nostro kit.",
        "Il Prof. {LAST} (chirurgia vascolare) modera la sessione.",
        "Congresso dal {DAY} al {DAY} {MONTH} {YEAR}.",
        "Dose {N} mGy·cm a {N} kV.",
    ],
    "es": [
        "Fecha límite de resúmenes para SERVEI {YEAR}: {DAY} de {MONTH}.",
        "Inscripción anticipada hasta el {DAY} de {MONTH}.",
        "Más de {BIG} pacientes tratados desde {YEAR}.",
        "El firmware {VER} corrige el fallo.",
        "Nuevo artículo: doi:10.{N4}/rx.{YEAR}.{N4}, PMID {PMID}.",
        "El ensayo {TRIAL} incluyó {BIG} pacientes.",
        "Gran charla del Dr. {LAST} en el {CONF} {YEAR}.",
        "¡Enhorabuena a nuestros residentes {INIT2} y {INIT2}!",
        "Una mujer en sus 70, respuesta del {PCT} %.",
        "Resultados en {BIG} procedimientos: éxito técnico {PCT} %.",
        "5 Fr, 2,7 Fr, 120 Gy, Y-90: nuestro kit.",
        "El Dr. {LAST} (cirugía vascular) modera la sesión.",
        "Congreso del {DAY} al {DAY} de {MONTH} de {YEAR}.",
        "Dosis {N} mGy·cm a {N} kV.",
    ],
    "pt": [
        "Prazo para resumos do congresso SPRMN {YEAR}: {DAY} de {MONTH}.",
        "Inscrição antecipada até {DAY} de {MONTH}.",
        "Mais de {BIG} doentes tratados desde {YEAR}.",
        "O firmware {VER} corrige o erro.",
        "Novo artigo: doi:10.{N4}/arp.{YEAR}.{N4}, PMID {PMID}.",
        "O ensaio {TRIAL} incluiu {BIG} doentes.",
        "Excelente palestra do Dr. {LAST} no {CONF} {YEAR}.",
        "Parabéns aos nossos internos {INIT2} e {INIT2}!",
        "Uma mulher na casa dos 70, resposta de {PCT}%.",
        "Resultados em {BIG} procedimentos: sucesso técnico {PCT}%.",
        "5 Fr, 2,7 Fr, 120 Gy, Y-90: o nosso kit.",
        "O Prof. {LAST} (cirurgia vascular) modera a sessão.",
        "Congresso de {DAY} a {DAY} de {MONTH} de {YEAR}.",
        "Dose {N} mGy·cm a {N} kV.",
    ],
    "nl": [
        "Deadline abstracts voor de NVvR {YEAR}: {DAY} {MONTH}.",
        "Vroegboekkorting tot {DAY} {MONTH}.",
        "Meer dan {BIG} patiënten behandeld sinds {YEAR}.",
        "Firmware {VER} lost het probleem op.",
        "Nieuw artikel: doi:10.{N4}/ejr.{YEAR}.{N4}, PMID {PMID}.",
        "De {TRIAL}-studie includeerde {BIG} patiënten.",
        "Mooie lezing van dr. {LAST} op {CONF} {YEAR}.",
        "Proficiat aan onze fellows {INIT2} en {INIT2}!",
        "Een vrouw van in de 70, respons {PCT}%.",
        "Resultaten bij {BIG} ingrepen: technisch succes {PCT}%.",
        "5 Fr, 2,7 Fr, 120 Gy, Y-90: onze set.",
        "Prof. {LAST} (vaatchirurgie) leidt de sessie.",
        "Congres van {DAY} tot {DAY} {MONTH} {YEAR}.",
        "Dosis {N} mGy·cm bij {N} kV.",
    ],
    "el": [
        "Προθεσμία περιλήψεων για το συνέδριο {CONF} {YEAR}: {DAY} {MONTH}.",
        "Εγγραφές με έκπτωση έως {DAY} {MONTH}.",
        "Πάνω από {BIG} ασθενείς από το {YEAR}.",
        "Το firmware {VER} διορθώνει το πρόβλημα.",
        "Νέο άρθρο: doi:10.{N4}/hjr.{YEAR}.{N4}, PMID {PMID}.",
        "Η μελέτη {TRIAL} περιέλαβε {BIG} ασθενείς.",
        "Εξαιρετική ομιλία του Dr {LAST} στο {CONF} {YEAR}.",
        "Συγχαρητήρια στους ειδικευόμενους {INIT2} και {INIT2}!",
        "Γυναίκα στα 70 της, ανταπόκριση {PCT}%.",
        "Αποτελέσματα σε {BIG} επεμβάσεις: επιτυχία {PCT}%.",
        "5 Fr, 2,7 Fr, 120 Gy, Y-90: το σετ μας.",
        "Ο καθηγητής {LAST} (αγγειοχειρουργική) προεδρεύει.",
        "Συνέδριο από {DAY} έως {DAY} {MONTH} {YEAR}.",
        "Δόση {N} mGy·cm στα {N} kV.",
    ],
}

# Posts in languages the checker does not read: each must get a blocking "language" finding.
UNSUPPORTED = {
    "pl": "Dzisiaj zembolizowaliśmy tętnicę u pacjentki z krwawieniem z przewodu pokarmowego, wszystko poszło dobrze.",
    "tr": "Bugün gastrointestinal kanaması olan bir hastada embolizasyon yaptık, işlem sorunsuz geçti.",
    "ru": "Сегодня выполнили эмболизацию артерии у пациентки с желудочно-кишечным кровотечением.",
    "sv": "Idag embolisererade vi en artär hos en patient med blödning från magtarmkanalen, allt gick bra.",
    "cs": "Dnes jsme provedli embolizaci tepny u pacientky s krvácením do trávicího traktu, vše proběhlo dobře.",
    "ro": "Astăzi am embolizat o arteră la o pacientă cu hemoragie digestivă, totul a decurs bine.",
    "hu": "Ma egy gyomor-bélrendszeri vérzéses betegnél artériás embolizációt végeztünk, minden rendben ment.",
    "fi": "Tänään emboloimme valtimon potilaalta, jolla oli maha-suolikanavan verenvuoto, kaikki meni hyvin.",
}

CATEGORY = {
    "TNAME": "NAME",
    "FULL": "NAME",
    "FIRST": "NAME",
    "INIT": "NAME",
    "AGE": "AGE90",
    "AGENUM": "AGE90",
    "CENT": "AGE90",
    "DATE": "DATE",
    "TOWN": "LOCATION",
    "ADDRESS": "ADDRESS",
    "POSTCODE": "POSTCODE",
    "PHONE": "PHONE",
    "FAX": "FAX",
    "EMAIL": "EMAIL",
    "NID": "NATIONAL_ID",
    "NIDBAD": "NATIONAL_ID",
    "MRN": "MRN",
    "PLAN": "HEALTH_PLAN",
    "IBAN": "ACCOUNT",
    "LIC": "LICENCE",
    "PLATE": "VEHICLE",
    "SERIAL": "DEVICE",
    "URL": "URL",
    "IP": "IP",
    "OTHER": "OTHER_ID",
}
_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, g: Gen, spans: list, offset: int) -> str:
    r, f = g.rng, g.f
    out = []
    pos = 0
    length = offset
    for m in _SLOT.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        key = m.group(1)
        value = {
            "TNAME": lambda: f"{r.choice(TITLES[g.lang])} {f.last_name()}",
            "FULL": lambda: f"{f.first_name()} {f.last_name()}",
            "FIRST": lambda: f.first_name(),
            "INIT": g.initials,
            "AGE": g.age,
            "AGENUM": lambda: str(r.randint(90, 104)),
            "CENT": g.centenarian,
            "DATE": g.date,
            "TOWN": g.town,
            "ADDRESS": lambda: f.street_address(),
            "POSTCODE": lambda: f.postcode(),
            "PHONE": lambda: f.phone_number(),
            "FAX": lambda: f.phone_number(),
            "EMAIL": lambda: f.email(),
            "NID": lambda: g.national_id(True),
            "NIDBAD": lambda: g.national_id(False),
            "MRN": lambda: r.choice([str(r.randint(10**6, 10**9)), g.code(1, 8), g.code(3, 6)]),
            "PLAN": lambda: r.choice([g.code(1, 9), g.code(3, 9), str(r.randint(10**9, 10**11))]),
            "IBAN": lambda: f.iban(),
            "LIC": lambda: g.code(r.choice([1, 2]), r.choice([6, 7, 8])),
            "PLATE": lambda: f.license_plate(),
            "SERIAL": lambda: r.choice(["SN", "", "S/N "]) + g.code(2, 8),
            "URL": g.url,
            "IP": lambda: f.ipv4(),
            "OTHER": lambda: "".join(r.choice("0123456789ABCDEF") for _ in range(12)),
            "N": lambda: str(r.randint(2, 40)),
            "PCT": lambda: str(r.randint(60, 99)),
            "BIG": lambda: str(r.choice([r.randint(100, 999), r.randint(1000, 20000), r.randint(10000, 99999)])),
            "YEAR": lambda: str(r.randint(2018, 2027)),
            "DAY": lambda: str(r.randint(1, 28)),
            "MON": lambda: str(r.randint(1, 12)),
            "MONTH": lambda: r.choice(MONTHS[g.lang]),
            "VER": lambda: ".".join(str(r.randint(0, 20)) for _ in range(r.choice([3, 4]))),
            "N4": lambda: str(r.randint(1000, 9999)),
            "PMID": lambda: str(r.randint(30_000_000, 41_000_000)),
            "TRIAL": lambda: r.choice(
                [
                    "PRESERVE",
                    "SIRveNIB",
                    "SARAH",
                    "REFLECT",
                    "BEST-CLI",
                    "ATTRACT",
                    "CAVA",
                    "PEITHO-3",
                    "HI-PEITHO",
                    "EMBOLISE",
                    "STOP-PE",
                ]
            ),
            "CONF": lambda: r.choice(["CIRSE", "ECR", "SIR", "GEST", "LINC", "CX", "ESIR", "RSNA"]),
            "LAST": lambda: f.last_name(),
            "INIT2": lambda: f"{f.first_name()[0]}.{f.last_name()[0]}.",
        }[key]().strip()
        if key in CATEGORY:
            spans.append({"start": length, "end": length + len(value), "text": value, "category": CATEGORY[key]})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out)


def make_corpus(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    posts: list[dict] = []
    for lang in LANGS:
        g = Gen(lang, rng)
        templates = ID_TEMPLATES[lang]
        for i in range(PER_LANG_IDS):
            parts = [rng.choice(FILLER[lang])] if rng.random() < 0.6 else []
            parts += [templates[i % len(templates)]]
            if rng.random() < 0.35:
                parts.append(rng.choice(templates))
            parts += [rng.choice(FILLER[lang])] if rng.random() < 0.6 else []
            text, spans = "", []
            for part in parts:
                if text:
                    text += " "
                text += fill(part, g, spans, len(text))
            posts.append({"id": f"{lang}-{i:03d}", "lang": lang, "kind": "identifiers", "text": text, "spans": spans})
        for i in range(PER_LANG_CLEAN):
            parts = [CLEAN[lang][i % len(CLEAN[lang])]]
            if rng.random() < 0.6:
                parts.append(rng.choice(CLEAN[lang] + FILLER[lang]))
            text, spans = "", []
            for part in parts:
                text += (" " if text else "") + fill(part, g, spans, len(text))
            assert not spans
            posts.append({"id": f"{lang}-c{i:03d}", "lang": lang, "kind": "clean", "text": text, "spans": []})
        for tag, templates, cleans in (
            ("b", ID_TEMPLATES_B[lang], CLEAN_B[lang]),
            ("d", ID_TEMPLATES_C[lang], CLEAN_C[lang]),
            ("e", ID_TEMPLATES_E[lang], CLEAN_E[lang]),
            ("f", ID_TEMPLATES_F[lang], CLEAN_F[lang]),
            ("g", ID_TEMPLATES_G[lang], CLEAN_G[lang]),
        ):
            for i in range(PER_LANG_EXTRA):
                spans: list = []
                if i % 4 == 3:
                    text = fill(cleans[i % len(cleans)], g, spans, 0)
                    assert not spans
                    posts.append(
                        {"id": f"{lang}-{tag}{i:03d}", "lang": lang, "kind": "clean", "text": text, "spans": []}
                    )
                else:
                    text = fill(templates[i % len(templates)], g, spans, 0)
                    posts.append(
                        {
                            "id": f"{lang}-{tag}{i:03d}",
                            "lang": lang,
                            "kind": "identifiers",
                            "text": text,
                            "spans": spans,
                        }
                    )
    # Mixed-language posts: an English sentence around an identifier written in another language.
    g_en = Gen("en", rng)
    for lang in LANGS[1:]:
        g = Gen(lang, rng)
        for i in range(4):
            spans = []
            text = fill(rng.choice(FILLER["en"]), g_en, spans, 0) + " "
            text += fill(ID_TEMPLATES[lang][(i * 5 + 2) % len(ID_TEMPLATES[lang])], g, spans, len(text))
            text += " " + fill(rng.choice(ID_TEMPLATES["en"]), g_en, spans, len(text) + 1)
            posts.append(
                {"id": f"mixed-{lang}-{i}", "lang": "mixed", "kind": "identifiers", "text": text, "spans": spans}
            )
    for code, text in UNSUPPORTED.items():
        for j, suffix in enumerate(["", " #IRad", " 5 Fr, 120 Gy."]):
            posts.append({"id": f"{code}-{j}", "lang": code, "kind": "unsupported", "text": text + suffix, "spans": []})
    for post in posts:
        for span in post["spans"]:
            assert post["text"][span["start"] : span["end"]] == span["text"], (post, span)
    return posts


def write(path: Path = OUT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(p, ensure_ascii=False, sort_keys=True) for p in make_corpus()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load(path: Path = OUT) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    print(f"Wrote {len(make_corpus())} posts to {write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)}")
