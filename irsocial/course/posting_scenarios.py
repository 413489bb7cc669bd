"""'Would you post this?' scenarios (chapters 08 and 09) as data, with a judge and a scorer.

Each scenario describes a draft post an IR is about to publish. The reader answers one of three
verdicts: ``post`` (post it as it is), ``fix`` (change the draft first, then post) or ``dont``
(do not post it at all). Every verdict carries feedback, and every scenario cites the guidance
its answer rests on (keys into ``book/references.bib``). All people, places and hospitals are
fictional.

>>> judge("team_photo", "fix").correct
True
>>> score({"team_photo": "fix", "ultrasound_crop": "post"})
(1, 2)
"""

from __future__ import annotations

from dataclasses import dataclass

VERDICTS: dict[str, str] = {
    "post": "Post it as it is",
    "fix": "Fix it first, then post",
    "dont": "Do not post it",
}


class ScenarioError(ValueError):
    """Raised for an unknown scenario key or verdict."""


@dataclass(frozen=True)
class PostingScenario:
    """One draft post: what it shows, the right verdict, and feedback for every verdict."""

    key: str
    title: str
    draft: str
    answer: str
    feedback: dict[str, str]
    cites: tuple[str, ...]


@dataclass(frozen=True)
class Judgement:
    """The outcome of one answer."""

    scenario: PostingScenario
    verdict: str
    correct: bool
    feedback: str


SCENARIOS: tuple[PostingScenario, ...] = (
    PostingScenario(
        key="monitor_photo",
        title="A phone photo of the angiography monitor",
        draft=(
            "Dr Lena Ortiz (fictional) photographs the monitor in the angio suite with her phone during a "
            "gastroduodenal artery embolization: a beautiful blush of contrast. The top of the screen shows the "
            "patient's name and today's date. She plans to crop the top off in the phone's editor and post it "
            "tonight with “Active bleeder, coiled! #IRad”."
        ),
        answer="dont",
        feedback={
            "post": "The name and date are on the screen: posting as it is publishes two Safe Harbor identifiers.",
            "fix": (
                "Cropping is not enough. The photo also carries EXIF data (time, phone, often GPS), the screen can "
                "reflect people in the room, and posting tonight with “coiled!” ties the image to today's case. "
                "Start again from an image exported through your hospital's de-identification process."
            ),
            "dont": (
                "Right. A phone photo of a monitor is the wrong source: burned-in name and date, EXIF/GPS metadata "
                "and reflections, posted within hours of the case. If the case teaches something, export the "
                "images properly, de-identify them and post later without the date."
            ),
        },
        cites=("hipaa_164514", "scor2020", "dicom_ps315"),
    ),
    PostingScenario(
        key="deidentified_dsa",
        title="A de-identified angiogram of a common case, weeks later",
        draft=(
            "Dr Samir Haddad (fictional) exported a DSA run of a prostatic artery embolization through his "
            "hospital's approved de-identification tool, checked every corner of every frame for text, and "
            "wrote: “Teaching point: look for the accessory pudendal artery before you embolize. #IRad”. "
            "The case was two months ago and is one of many like it."
        ),
        answer="post",
        feedback={
            "post": (
                "Reasonable. The image went through an approved process, the pixels were checked for burned-in "
                "text, the case is common and the post carries no date, place or story. Follow your "
                "institution's policy on who must approve teaching images."
            ),
            "fix": "There is nothing left to fix here: no identifier, no date, no rare feature, and the process was the approved one.",
            "dont": (
                "GMC guidance allows anonymised X-ray images to be used for secondary purposes without consent, and "
                "teaching posts like this are a core use of social media in IR. Refusing everything is not the only safe answer."
            ),
        },
        cites=("gmc_recordings", "dicom_ps315"),
    ),
    PostingScenario(
        key="news_trauma",
        title="A trauma case that was on the local news",
        draft=(
            "After a highway crash near Riverton (fictional) made the evening news, Dr Chen (fictional) posts a "
            "de-identified CT and angiogram: “Splenic embolization at 3 am for last night's pile-up on Route 9. "
            "Young driver doing well! #IRad”."
        ),
        answer="dont",
        feedback={
            "post": (
                "No name appears, but the crash, the road, the night and “young driver” single the patient out: "
                "anyone who saw the news can put the pieces together (the jigsaw effect)."
            ),
            "fix": (
                "Taking out the road and the time still leaves a case linked to a public event this week. Wait "
                "weeks to months, and post only the teaching point with no link to the event, or get consent."
            ),
            "dont": (
                "Right. This is how an emergency physician was identified and disciplined: no name, but others "
                "recognized the patient from the injury and the circumstances. Data that can single someone out "
                "are not anonymous."
            ),
        },
        cites=("thran2011", "gdpr2016", "hipaa_164514"),
    ),
    PostingScenario(
        key="consented_story",
        title="A patient's own story, with written consent",
        draft=(
            "Ms Aisha Bello (fictional) had uterine fibroid embolization. Weeks later she asked to share her "
            "story. Through the hospital's consent process she signed a written consent for social media use, "
            "read the final post and the photo she chose, and was told she can ask for it to be removed. The "
            "post says: “Aisha chose embolization to keep her womb. Her story is her own; results differ from "
            "person to person. Ask your doctor whether it suits you. #IRad”."
        ),
        answer="post",
        feedback={
            "post": (
                "Reasonable. She asked, she gave written consent after seeing the post, she knows it will be "
                "online and can withdraw, and the post promises nothing about results."
            ),
            "fix": "Little is left to fix: consent is written and informed, she saw the final text, and the post avoids any promise of results.",
            "dont": (
                "Patients may choose to share their own stories; with written, informed consent to the exact "
                "content, and no promise of results, posting is consistent with the guidance."
            ),
        },
        cites=("icmje_privacy", "gmc_recordings"),
    ),
    PostingScenario(
        key="ultrasound_crop",
        title="An ultrasound screenshot, cropped in slide software",
        draft=(
            "Dr Priya Raman (fictional) wants to post an ultrasound image of a neat basilic vein puncture for a "
            "PICC line. The header strip of the screenshot shows the patient's name, date of birth and the "
            "hospital. She has cropped the strip off in her slide software and will export the slide as a picture."
        ),
        answer="fix",
        feedback={
            "post": "A crop in slide software can be undone by anyone who gets the file: the name and date of birth are still in it.",
            "fix": (
                "Right. Ultrasound images routinely carry burned-in text. Mask the pixels themselves (and re-export), "
                "or export through the de-identification tool with burned-in text removed, then check every "
                "frame. The teaching point survives."
            ),
            "dont": "The image teaches a useful skill and the identifiers can be removed properly; fixing it is better than losing it.",
        },
        cites=("scor2020", "dicom_ps315", "gmc_recordings"),
    ),
    PostingScenario(
        key="team_photo",
        title="A team photo in the angio suite",
        draft=(
            "The IR team (fictional) celebrates its 1,000th embolization of the year with a photo in the angio "
            "suite. In the background the next patient is on the table, a wristband visible, and the "
            "whiteboard lists today's cases by name."
        ),
        answer="fix",
        feedback={
            "post": "The wristband and the whiteboard are identifiers, and the patient on the table did not agree to be in your photo.",
            "fix": (
                "Right. Retake the photo with no patient, screen, whiteboard or wristband in frame. Details in the "
                "background (reflections, tattoos, a list on the wall) identify people as surely as a name."
            ),
            "dont": "A team photo is fine once nobody's health information is in it: retake it rather than give it up.",
        },
        cites=("hipaa_164514", "gmc_recordings"),
    ),
    PostingScenario(
        key="public_reply",
        title="A patient asks you a clinical question in public",
        draft=(
            "A man (fictional) replies to one of your posts: “You did my fistula angioplasty last Tuesday. My arm "
            "is still swollen, is that normal?” You draft a public reply: “Glad it went well, Mr T! Some "
            "swelling after a fistulaplasty is expected for a week.”"
        ),
        answer="dont",
        feedback={
            "post": (
                "Your reply confirms that he is your patient and gives individual advice in public, without "
                "his record or an examination."
            ),
            "fix": (
                "Removing “Mr T” is not enough: any reply that answers his clinical question confirms the care "
                "relationship. Reply only with a general message to contact the clinic or seek urgent care."
            ),
            "dont": (
                "Right: do not post this reply. A short public reply inviting him to call the clinic (or seek "
                "urgent care if the arm is worse) keeps the boundary; the clinical answer belongs in the clinic."
            ),
        },
        cites=("ama2011", "farnan2013"),
    ),
)


def get_scenario(key: str) -> PostingScenario:
    """The scenario called ``key``."""
    for s in SCENARIOS:
        if s.key == key:
            return s
    raise ScenarioError(f"Unknown scenario {key!r}; choose one of {', '.join(s.key for s in SCENARIOS)}.")


def normalize_verdict(verdict: str) -> str:
    """``post``, ``fix`` or ``dont`` from a key or a label (case and spaces do not matter)."""
    v = str(verdict).strip().lower().replace("'", "").replace("’", "")
    aliases = {"post": "post", "post it": "post", "post it as it is": "post", "fix": "fix", "fix first": "fix",
               "fix it first": "fix", "fix it first, then post": "fix", "dont": "dont", "do not post": "dont",
               "dont post": "dont", "do not post it": "dont", "no": "dont"}
    if v in aliases:
        return aliases[v]
    raise ScenarioError(f"Answer one of {', '.join(repr(k) for k in VERDICTS)}; got {verdict!r}.")


def judge(key: str, verdict: str) -> Judgement:
    """Judge the answer ``verdict`` to scenario ``key``."""
    s = get_scenario(key)
    v = normalize_verdict(verdict)
    return Judgement(s, v, v == s.answer, s.feedback[v])


def score(answers: dict[str, str]) -> tuple[int, int]:
    """(correct answers, answers given) over a mapping of scenario key to verdict."""
    results = [judge(k, v) for k, v in answers.items()]
    return sum(r.correct for r in results), len(results)
