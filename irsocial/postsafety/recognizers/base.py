"""The document every recognizer reads, the registry, and the context cues of each language."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

RECOGNIZERS: list[tuple[str, Callable]] = []


def register(name: str) -> Callable:
    """Add a recognizer to the registry (``name`` is what it looks for, for reports)."""

    def wrap(func: Callable) -> Callable:
        RECOGNIZERS.append((name, func))
        return func

    return wrap


def words(*groups: str) -> frozenset:
    return frozenset(w for g in groups for w in g.split())


# Words that show a sentence is about a patient, per language (whole words, lower case).
PATIENT_WORDS = {
    "en": "patient patients pt pts yo y/o year-old years-old yr-old admitted admission discharged dob born died "
    "presented presenting referred underwent transferred he she his him her hers man woman boy girl "
    "gentleman lady male female mr mrs ms miss grandmother grandfather mother father son daughter wife "
    "husband widow farmer teacher bed ward bay ed er a&e icu family relative relatives case fell collapsed "
    "seen scanned embolized embolised stented treated operated biopsied drained consent lives living "
    "retired coiled call video procedure cyclist motorcyclist pedestrian infant toddler teenager newborn neonate",
    "de": "patient patientin patienten pat pat. geboren aufgenommen entlassen verstorben er sie sein seine ihr "
    "ihre ihren mann frau tochter sohn ehefrau ehemann familie angehörige station embolisiert gecoilt "
    "behandelt wohnt einverständnis eingriff jährige jähriger jährigen herr",
    "fr": "patient patiente patients né née admis admise hospitalisé hospitalisée décédé elle sa son ses "
    "homme femme fille fils épouse mari famille chambre embolisé embolisée traité traitée habite "
    "consentement intervention madame monsieur mme",
    "it": "paziente pazienti nato nata ricoverato ricoverata dimesso deceduto lui lei sua suo uomo donna figlia "
    "figlio moglie marito famiglia reparto letto embolizzato embolizzata trattato abita consenso "
    "procedura signora signor",
    "es": "paciente pacientes nacido nacida ingresó ingresado ingresada alta falleció él ella hombre "
    "mujer hija hijo esposa marido familia planta cama embolizado embolizada tratado vive consentimiento "
    "procedimiento señora señor doña don",
    "pt": "doente doentes paciente nascido nascida internado internada alta faleceu ele ela dele dela seu sua "
    "homem mulher filha filho esposa marido família enfermaria cama embolizado embolizada tratado mora "
    "consentimento procedimento senhora senhor dona",
    "nl": "patiënt patiënte patiënten geboren opgenomen ontslagen overleden hij zij zijn haar man vrouw dochter "
    "zoon echtgenote familie afdeling bed geëmboliseerd behandeld woont toestemming ingreep mevrouw meneer",
    "el": "ασθενής ασθενούς ασθενή ασθενείς γεννημένη γεννημένος εισήχθη νοσηλεύεται εξιτήριο πέθανε αυτός αυτή "
    "του της άνδρας γυναίκα κόρη γιος σύζυγος οικογένεια θάλαμος κρεβάτι εμβολισμός μένει συγκατάθεση "
    "επέμβαση επέμβασής κυρία κύριος",
}
# Words that show a date or a name belongs to a meeting, a paper or a colleague.
EVENT_WORDS = {
    "en": "cirse sir rsna ecr bsir gest lint linc cx esir snis congress conference meeting symposium summit webinar "
    "workshop course session talk lecture abstract abstracts deadline submission registration register poster "
    "keynote panel live podcast published publication paper preprint doi vol issue trial guideline exam "
    "boards frcr ebir fellowship residency interview award congrats congratulations thanks welcome join "
    "joining launch tweetchat chat ama mdt rota holiday vacation birthday anniversary tickets ticket "
    "streaming early-bird rounds",
    "de": "kongress tagung jahrestagung sitzung vortrag kurs anmeldung frühbucher frühbucher-anmeldung deadline "
    "abstract-deadline einreichung studie glückwunsch danke dgir drg tumorboard fortbildung",
    "fr": "congrès jfr réunion séance session cours inscription résumés soumission essai bravo merci "
    "félicitations staff rcp",
    "it": "congresso sirm riunione sessione corso iscrizione scadenza abstract studio complimenti grazie",
    "es": "congreso servei reunión sesión curso inscripción resúmenes ensayo enhorabuena gracias",
    "pt": "congresso sprmn reunião sessão curso inscrição prazo resumos ensaio parabéns obrigado",
    "nl": "congres nvvr vergadering sessie cursus inschrijving vroegboekkorting deadline abstracts studie "
    "proficiat gefeliciteerd bedankt",
    "el": "συνέδριο συνεδρίου προθεσμία περιλήψεων εγγραφές εγγραφή συνεδρία ομιλία μελέτη συγχαρητήρια ευχαριστούμε",
}
# Titles of address and symptoms: a person, not a meeting, is being talked about.
PERSON_WORDS = (
    "sr sr. sra sra. señor señora sig sig. sig.ra signora signor dhr dhr. mevr mevr. mme m. herr frau "
    "κα κ. κυρία κύριος dona senhor senhora bleeding haemorrhage hemorrhage bleed blutung hämorrhagie "
    "hémorragie saignement emorragia sanguinamento hemorragia sangrado bloeding αιμορραγία hemoptysis "
    "haemoptysis hémoptysie emottisi hemoptisis hemoptise hemoptoë αιμόπτυση centenarian hundertjährige "
    "hundertjähriger centenaire centenaria centenário centenária honderdjarige υπεραιωνόβια dob geb geb. "
    "transfer verlegung verlegt transfert trasferimento traslado transferência overplaatsing διακομιδή "
    "husband wife ehemann ehefrau mari marito moglie marido esposa echtgenoot κόρη σύζυγος"
)
PATIENT = words(*PATIENT_WORDS.values(), PERSON_WORDS)
EVENT = words(*EVENT_WORDS.values())
PATIENT_PHRASES = (
    "years old",
    "year old",
    "passed away",
    "brought in",
    "came in",
    "jahre alt",
    "ans,",
    "anni,",
    "años,",
    "anos,",
    "jaar,",
)
EVENT_PHRASES = (
    "grand rounds",
    "journal club",
    "charing cross",
    "thank you",
    "see you",
    "save the date",
    "tumor board",
    "tumour board",
    "on call",
    "date limite",
    "fecha límite",
    "early-bird",
)

_WORD = re.compile(r"[\w&/'-]+")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(
    r"(?=[.!?;]\s)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bProf)(?<!\bNo)(?<!\bvs)(?<!\bFig)"
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\b[A-Z])(?<!\bSig)(?<!\bSr)(?<!\bSra)(?<!\bDhr)(?<!\bMevr)(?<!\bPat)"
    r"(?<!\bNr)(?<!\bn)(?<!\bJ)(?<!\bκ)[.!?;](?=\s)|\n"
)


@dataclass
class Doc:
    """A normalised post as the recognizers see it."""

    text: str
    languages: tuple[str, ...] = ()
    found: list = field(default_factory=list)
    _ends: list | None = None
    _cues: tuple | None = None

    def __post_init__(self):
        self.lower = self.text.lower()
        self.digits = len(_DIGIT.findall(self.text))

    def add(self, rule: str, severity: str, start: int, end: int, why: str) -> None:
        self.found.append((rule, severity, start, end, why))

    # --- context ---
    def sentence(self, pos: int) -> tuple[int, int]:
        if self._ends is None:
            self._ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        i = bisect.bisect_right(self._ends, pos)
        return (self._ends[i - 1] if i else 0), (self._ends[i] if i < len(self._ends) else len(self.text))

    def cues(self) -> tuple[list, list]:
        if self._cues is None:
            patient, event = [], []
            for match in _WORD.finditer(self.text):
                word = match.group(0).lower().strip("'-")
                if "'" in word:
                    word = word.rsplit("'", 1)[1]  # l'épouse, dell'anziana
                if word in PATIENT:
                    patient.append(match.span())
                elif word in EVENT:
                    event.append(match.span())
                elif "-" in word and (
                    any(part in PATIENT for part in word.split("-")) or word.lstrip("0123456789").lstrip("-") in PATIENT
                ):  # "retired-teacher", and "19-year-old" as "year-old"
                    patient.append(match.span())
            for phrases, spans in ((PATIENT_PHRASES, patient), (EVENT_PHRASES, event)):
                for phrase in phrases:
                    i = self.lower.find(phrase)
                    while i >= 0:
                        spans.append((i, i + len(phrase)))
                        i = self.lower.find(phrase, i + 1)
            self._cues = (patient, event)
        return self._cues

    def context(self, start: int, end: int) -> str:
        """'patient', 'event' or 'none': what the sentence around [start, end) is about."""
        lo, hi = self.sentence(start)
        hi = max(hi, end)
        patient_cues, event_cues = self.cues()
        patient = _nearest(patient_cues, start, end, lo, hi)
        event = _nearest(event_cues, start, end, lo, hi)
        if patient is None and event is None:
            return "none"
        if event is None:
            return "patient"
        if patient is None:
            return "event"
        return "patient" if patient < event else "event"

    def post_is_about_a_patient(self) -> bool:
        return bool(self.cues()[0])


def _nearest(spans: list[tuple[int, int]], start: int, end: int, lo: int, hi: int) -> int | None:
    best = None
    for s, e in spans:
        if s < lo or e > hi or (s < end and start < e):
            continue
        d = start - e if e <= start else s - end
        best = d if best is None or d < best else best
    return best


def label_pattern(
    labels: dict[str, str], value: str, gap: str = r"[\s:#=]*(?:(?:no|nr|n|nº|n°|n\.º|n\.o|αρ|number|num)\.?[\s:#=]*)?"
) -> re.Pattern:
    """A pattern: one of the context words of any language, then ``value`` (a group named ``id``)."""
    return re.compile(
        r"(?<![\w])(?:" + "|".join(labels.values()) + r")(?!\w)" + gap + r"(?P<id>" + value + r")", re.IGNORECASE
    )
