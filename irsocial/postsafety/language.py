"""Which languages a post is written in, and whether the checker can read it.

Supported: English, German, French, Italian, Spanish, Portuguese, Dutch and Greek, alone or mixed.
A fast first look counts each language's function words (a post that is plainly in a supported
language never loads a model); only a post that looks like none of them is given to ``py3langid``
(BSD-3-Clause, its model ships in the wheel: nothing is downloaded). A post in another language or
script gets a blocking finding from the identifier check: a silent pass would be a false all-clear.

>>> read_languages("Heute eine 94-jährige Patientin embolisiert, die Blutung stand.").supported
('de',)
>>> read_languages("Сегодня выполнили эмболизацию артерии у пациентки.").unsupported
'Cyrillic script'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SUPPORTED = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "es": "Spanish",
    "pt": "Portuguese",
    "nl": "Dutch",
    "el": "Greek",
}

# Function words and common clinical words of each supported language (lower case).
_WORDS = {
    "en": "the a an and of to in on at for with was is are had has have her his she he it we our my this that "
    "from by as be been were after before today yesterday patient patients case cases year old who not "
    "all new great thanks see our your you i me us they their will would can into over more than age mean "
    "range women men median deadline runs abstract months weeks days",
    "de": "der die das den dem des ein eine einer einem einen und oder mit von vom zu zum zur im in am an auf "
    "aus bei nach für ist sind war hat haben heute gestern wurde wird nicht auch unser unsere bis seit "
    "patient patientin patienten jahre jährige mehr als bitte",
    "fr": "le la les un une des du de et ou avec pour par sur dans au aux est sont était a ont été hier "
    "aujourd'hui ce cette notre nos il elle ils ne pas plus que qui patient patiente patients ans chez "
    "sa son ses après avant jusqu'au",
    "it": "il lo la i gli le un una uno di del della dei delle e ed o con per su nel nella al alla è sono era "
    "ha hanno oggi ieri questo questa nostro nostra non più che paziente pazienti anni dal dalla sua suo",
    "es": "el la los las un una unos de del y o con para por en al es son era fue ha han hoy ayer este esta "
    "nuestro nuestra no más que paciente pacientes años su sus desde hasta",
    "pt": "o a os as um uma de do da dos das e ou com para por em no na nos nas ao é são era foi tem têm hoje "
    "ontem este esta nosso nossa não mais que doente doentes paciente anos seu sua desde até",
    "nl": "de het een en of met van voor op in aan bij uit is zijn was werd heeft hebben vandaag gisteren "
    "deze dit onze ons niet ook meer dan patiënt patiënten jaar naar tot sinds",
    "el": "ο η το οι τα ένα μια και ή με για από σε στο στη στην στον στα του της των τον την είναι ήταν "
    "έχει σήμερα χθες αυτό αυτή μας δεν πιο ασθενής ασθενείς ετών",
}
_LEXICON: dict[str, frozenset] = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _lex in _LEXICON.items():
    for _w in _lex:
        _LANGS_OF[_w] = _LANGS_OF.get(_w, ()) + (_lang,)
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Scripts the checker cannot read at all (Cyrillic, Arabic, Hebrew, CJK, Indic, Thai, ...).
_FOREIGN_SCRIPT = re.compile(
    r"[\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f"
    r"\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
# Letters that no supported language uses (Polish, Czech, Hungarian, Romanian, Turkish, Nordic...).
_FOREIGN_LETTER = re.compile(r"[ąćęłńśźżőűřůěďťňășțşğıåøæðþĄĆĘŁŃŚŹŻŐŰŘŮĚĎŤŇĂȘȚŞĞİÅØÆÐÞ]")
# Languages so close to a supported one that its rules read them (Afrikaans as Dutch, Galician as Portuguese).
_CLOSE = {"af": "nl", "gl": "pt", "lb": "de", "pcm": "en", "sco": "en", "fy": "nl", "wa": "fr"}


@dataclass(frozen=True)
class Languages:
    supported: tuple[str, ...]  # supported languages seen in the post (most words first)
    unsupported: str | None  # ISO code of a language the checker cannot read, if the post is in one


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_SCRIPTS = (
    ("\u0400", "\u052f", "Cyrillic script"),
    ("\u0530", "\u058f", "Armenian script"),
    ("\u0590", "\u05ff", "Hebrew script"),
    ("\u0600", "\u06ff", "Arabic script"),
    ("\u0900", "\u0dff", "an Indic script"),
    ("\u0e00", "\u0e7f", "Thai script"),
    ("\u1100", "\u11ff", "Hangul"),
    ("\u3040", "\u30ff", "Japanese kana"),
    ("\u3400", "\u9fff", "Han characters"),
    ("\uac00", "\ud7af", "Hangul"),
)


def _script_name(text: str) -> str:
    for ch in text:
        for lo, hi, name in _SCRIPTS:
            if lo <= ch <= hi:
                return name
    return "another script"


def read_languages(text: str) -> Languages:
    words = [w.lower() for w in _TOKEN.findall(text)]
    counts = dict.fromkeys(_LEXICON, 0)
    for w in words:
        for lang in _LANGS_OF.get(w, ()):
            counts[lang] += 1
    seen = tuple(sorted((lang for lang, n in counts.items() if n), key=lambda lang: -counts[lang]))
    letters = sum(len(w) for w in words)
    foreign = len(_FOREIGN_SCRIPT.findall(text))
    if letters and foreign / letters > 0.3:
        # Another script: no model needed to know the checker cannot read it (and no second to load one).
        return Languages(seen, _script_name(text))
    long_words = [w for w in words if len(w) > 2]
    best = max(counts.values()) if counts else 0
    ratio = best / len(words) if words else 0.0
    foreign_letters = bool(_FOREIGN_LETTER.search(text))
    if (
        ratio >= 0.3
        or (len(long_words) < 5 and not (foreign_letters and len(long_words) >= 2))
        or (best >= 2 and ratio >= 0.12 and not foreign_letters)
    ):
        return Languages(seen, None)
    lang, prob = _identifier().classify(text)
    lang = _CLOSE.get(lang, lang)
    if lang in SUPPORTED or prob < 0.6:
        return Languages(seen or ((lang,) if lang in SUPPORTED else ()), None)
    return Languages(seen, lang)
