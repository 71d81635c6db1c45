"""Who can speak, and the choice of a quotation's speaker among the candidates the rules find.

Each attribution rule proposes a speaker mention with a cue and a ``method``. A mention is
kept only if it can speak: a person, a group of people, an organization, a medium or a
document (a document speaks for whoever issued it). An abstract noun, an event, a thing
or a quotation's own content cannot (« l’objectif du plan », « la fermeture de l’usine »);
a place can only as the subject of a reporting verb (« Paris a démenti »), where it stands
for a government.

The choice is written down: every candidate carries the parts of its score (the rule's
precision, the kind of speaker), the best one is the quotation's speaker and the others
are its ``alternatives``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast

import regex

from .docview import DocView
from .lexicon import (
    collective_words,
    demonyms,
    find_outlet,
    is_person_word,
    media_nouns,
    organization_nouns,
    person_nouns,
    place_nouns,
    vague_nouns,
    word_set,
)
from .model import Cue, Mention
from .names import first_name_gender
from .phrasewords import DE_WORDS

SpeakerKind = Literal["person", "group", "organization", "media", "place", "unknown"]

# « Un autre jugeait que… », « Certains affirment que… »: an elided noun stands for people.
ELLIPTICAL_PEOPLE = {
    "autre",
    "un",
    "une",
    "certain",
    "certains",
    "plusieurs",
    "beaucoup",
    "chacun",
    "aucun",
    "tous",
    "la plupart",
    "nombre",
}
PLACE_ARTICLES = {"le", "la", "les", "l'", "l’", "du", "des", "au", "aux"}
# Endings of nouns for acts, states and things (« la fermeture », « l’augmentation », « le
# changement », « la sécurité »): such a noun cannot speak unless a word list says it can
# (« le gouvernement », « la préfecture », « l’association » are organizations).
THING_ENDINGS = (
    "tion",
    "sion",
    "ment",
    "ité",
    "ure",
    "age",
    "ance",
    "ence",
    "isme",
    "esse",
    "eté",
    "ise",
    "oire",
    "ie",
)

# The precision of each rule (how often the speaker it finds is right), the base of confidence.
METHOD_PRIOR = {
    "incise": 0.95,
    "incise-inside": 0.9,
    "incise-end": 0.85,
    "colon": 0.85,
    "selon": 0.9,
    "pour": 0.85,
    "dash": 0.8,
    "reported": 0.85,
    "naming": 0.8,
    "previous-sentence": 0.65,
    "next-sentence": 0.6,
    "excerpt": 0.6,
    "continuation": 0.75,
    "answer": 0.6,
    "after-words": 0.75,
    "quoted-predicate": 0.8,
    "indirect-after": 0.7,
    "headline": 0.45,
    "paragraph-topic": 0.45,
    "context": 0.3,
    "indirect": 0.8,
    "indirect-selon": 0.8,
    "indirect-incise": 0.8,
}
# How much the kind of speaker lowers confidence: a person speaks for sure, a place barely.
KIND_FACTOR: dict[str, float] = {
    "person": 1.0,
    "group": 0.95,
    "organization": 0.95,
    "media": 0.9,
    "place": 0.7,
    "unknown": 0.85,
}
# A share of the people polled (« 44 % des personnes interrogées », « un quart », « la majorité des
# sondés »).
SHARE = regex.compile(
    r"^(?:\d+(?:[,.]\d+)?\s*%|%|(?:un|une|le|la|les|l')?\s*(?:quart|tiers|moitié|majorité|minorité)\b)"
    r"|personnes interrogées|sondés|répondants"
)
# Below this confidence a reader is asked to check the attribution (« à vérifier »).
CHECK_BELOW = 0.5


def speaker_kind(view: DocView, mention: Mention | None) -> SpeakerKind | None:
    """What kind of speaker a mention is, or None when it cannot speak (kept on the view: the
    rules ask it of the same mention many times)."""
    if mention is None:
        return None
    key = ("speaker_kind", mention)
    if key not in view.memo:
        view.memo[key] = _speaker_kind(view, mention)
    return cast("SpeakerKind | None", view.memo[key])


def staff_body(view: DocView, head: int) -> bool:
    """« l’équipe enseignante », « le corps médical »: an organization noun made a body of staff by
    its adjective (``staff_adjectives.txt``), the people who do that work."""
    words = view.words
    w = words[head]
    if not w.text.islower():
        return False  # « la Société pédagogique vaudoise »: a named organization
    if w.lemma.lower() not in organization_nouns() and w.text.lower() not in organization_nouns():
        return False
    return head + 1 < len(words) and words[head + 1].lemma.lower() in word_set("staff_adjectives.txt")


def capitalized_institution(view: DocView, mention: Mention, head: int) -> bool:
    """A common noun written with a capital after « le », « la », « l’ » inside a sentence, alone:
    the short name of an institution the article has named (« le District autonome d’Abidjan »)."""
    words = view.words
    w = words[head]
    first, last = view.word_range(mention.span)
    if w.upos != "NOUN" or not w.text[:1].isupper() or w.text.isupper():
        return False
    if (first + 1, head + 1) != (head, last):
        return False
    if words[first].text.lower() not in ("le", "la", "l'", "l’"):
        return False
    s_first, _ = view.reporter_sentence(head)
    low = w.text.lower()
    if low in ("nord", "sud", "est", "ouest", "midi", "hexagone") or demonyms() & {low, w.lemma.lower()}:
        return False  # « vers le Sud », « le Fidjien » (a player)
    if low.endswith(("ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "an", "ane")):
        return False  # an inhabitant's name no list holds (« le Vanuatais »): a person
    if first <= s_first or words[first].text[:1].isupper():
        return False
    # The article gave the full name before (« le District autonome de Lomé … selon le District »),
    # or the noun names an institution by itself (« la Région »); not « a déclaré le Guide ».
    if w.lemma.lower() in organization_nouns() or low in organization_nouns():
        return True
    return _full_names_before(view).get(w.text, len(words)) < first - 1


def _full_names_before(view: DocView) -> dict[str, int]:
    """Where each capitalized word first opens a longer name (« District autonome », « Région de … »),
    read once per article (kept on the view: a long article asks it of many mentions)."""
    key = ("full_names_before",)
    if key not in view.memo:
        words = view.words
        first_at: dict[str, int] = {}
        for k in range(len(words) - 1):
            if not words[k].text[:1].isupper() or words[k].text in first_at:
                continue
            if words[k + 1].upos in ("ADJ", "PROPN") or words[k + 1].text in DE_WORDS:
                first_at[words[k].text] = k
        view.memo[key] = first_at
    return cast("dict[str, int]", view.memo[key])


def _speaker_kind(view: DocView, mention: Mention) -> SpeakerKind | None:
    if mention.kind == "pronoun":
        return "group" if mention.number == "plur" else "person"
    if SHARE.search(mention.text.lower()):
        return "group"  # « 44 % des personnes interrogées », « un quart »: some of those polled
    words = view.words
    head = mention.head
    if head is not None and words[head].text.lower() == "côté":
        return None  # « Côté partie civile, X … »: a topic, never a speaker
    low = mention.text.lower()
    if low.split()[0] in ("aucun", "aucune", "nul", "nulle") or low == "personne":
        return None  # « Aucune explication officielle n’est venue … », « personne ne … »: nobody
    if is_dateline(view, view.word_range(mention.span)[0]):
        return None  # « MONTRÉAL – », « PARIS (Reuters) - »: where the dispatch was filed
    if outlet_of(view, mention) is not None or press_colleagues(view, mention):
        return "media"  # « selon Le Monde », « le Parisien », « a-t-il dit à l’AFP », « nos confrères »
    if hyphenated_organization(view, mention) is not None:
        return "organization"  # « précise Météo-France »
    if capitalized_seat(mention.text):
        return "organization"  # « Au Palais, on … », « Du côté de l’État, on … »: the institution
    if head is None:
        return "person" if mention.kind == "name" else None
    w = words[head]
    lemma, form = w.lemma.lower(), w.text.lower()
    compound = view.compound(head)
    if "-" in compound and (compound in organization_nouns() or compound in person_nouns()):
        lemma = form = compound  # « l’état-major » cut in three by the tokenizer
    label = view.entity_label(head)
    plural = mention.number == "plur" or w.feat("Number") == "Plur"
    if staff_body(view, head):
        return "group"  # « l’équipe enseignante », « le corps médical »: the people, not a body speaking
    if lemma in organization_nouns() or form in organization_nouns():
        return "organization"  # before the endings: « l’opérateur », « le fournisseur d’accès »
    if plural_institution(view, mention):
        return "organization"  # « les pompiers », « les douanes »: one service speaking
    if is_person_word(form, lemma) or form in ELLIPTICAL_PEOPLE:
        return "group" if plural else "person"
    if lemma in vague_nouns() or lemma in collective_words() or form in collective_words():
        return "group" if plural else "person"
    if lemma in media_nouns() or form in media_nouns():
        return "media"
    if form in demonyms() or lemma in demonyms():
        return "group" if plural else "person"
    if w.upos == "PROPN" or mention.name is not None or mention.kind == "name":
        return _name_kind(view, mention, label)
    if len(w.text) >= 2 and w.text.isupper():
        return "organization"  # an acronym tagged as a common noun: « le CNS »
    if capitalized_institution(view, mention, head):
        return "organization"  # « selon le District », « la Région a indiqué »: an institution's short name
    if w.upos not in ("NOUN", "ADJ", "PRON") or _thing_noun(lemma, form) or lemma in place_nouns():
        return None  # (« un hameau des Vastres », an apposition to a place, is nobody)
    # A noun no list knows (« le colistier », « la tête de liste »): it may be someone.
    return "unknown"


def _thing_noun(lemma: str, form: str) -> bool:
    """A noun for an act, a state or a thing, by its ending (« la fermeture », « les données »)."""
    singular = form[:-1] if form.endswith(("s", "x")) and len(form) > 4 else form
    return any(word.endswith(THING_ENDINGS) for word in (lemma, singular))


def _name_kind(view: DocView, mention: Mention, label: str | None) -> SpeakerKind:
    """A proper name: a person, an organization, or a place (« la France », « les États-Unis »).

    The tagger calls many surnames places: only a name with an article before it (« la France »)
    is taken for a place; a bare one (« Besnardeau », « Paris ») may be a person or a capital
    standing for its government.
    """
    words = view.words
    name = mention.name or mention.span
    first, last = view.word_range(name)
    text = name.text_in(view.text).strip()
    if len(text) >= 2 and text.replace("-", "").isupper():
        return "organization"  # an acronym, whatever the tagger says: « l’ARS », « la CGT »
    if label == "ORG" or seat_of_power(text):
        return "organization"
    if label in (None, "PER"):
        return "person"
    if first_name_gender(words[first].text) is not None and last - first >= 2:
        return "person"  # « Joji Otaki » read as a place: a known first name says otherwise
    if label == "LOC" and first > 0 and words[first - 1].text.lower() in PLACE_ARTICLES:
        return "place"
    return "unknown"


HYPHENATED_NAME = regex.compile(r"(?:(?:l['’]|le |la |les )?)(\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)+)")


def hyphenated_organization(view: DocView, mention: Mention) -> str | None:
    """« Météo-France », « Pôle-Emploi » cut in three by the tokenizer: a compound name whose parts
    are all capitalized, and whose first part is no first name (« Jean-Pierre »)."""
    text = view.text[mention.span.start : mention.span.end]
    if "-" not in text:
        return None
    found = HYPHENATED_NAME.fullmatch(text)
    if found is None:
        return None
    first = found.group(1).split("-")[0]
    if first_name_gender(first) is not None or first in COMPOUND_PLACE_STARTS:
        return None
    return found.group(1)


# « le Sud-Ouest », « le Nord-Est »: compounds that name regions
COMPOUND_PLACE_STARTS = {"Nord", "Sud", "Est", "Ouest"}


DATELINE_DASHES = ("–", "-", "—", "(")


def dateline_end(view: DocView, k: int) -> int | None:
    """The first word after the dateline that word ``k`` opens (after its dash), or None."""
    if not is_dateline(view, k):
        return None
    words = view.words
    for m in range(k, min(len(words), k + 8)):
        if words[m].text in ("–", "-", "—"):
            return m + 1
    return None


def is_dateline(view: DocView, k: int) -> bool:
    """Word ``k`` opens a dispatch's dateline: capitals from the paragraph's start, then a dash or
    the agency in brackets (« MONTRÉAL – », « PARIS (Reuters) - », « LAGOS, 3 mai (AFP) - »)."""
    words = view.words
    if k >= 4 and view.paragraph_of[k - 4] == view.paragraph_of[k]:
        return False  # four words or more into its paragraph
    start = k
    while start > 0 and view.paragraph_of[start - 1] == view.paragraph_of[k]:
        start -= 1
    for m in range(start, min(len(words), start + 5)):
        text = words[m].text
        if text in DATELINE_DASHES:
            return m > start and m > k
        letters = [ch for ch in text if ch.isalpha()]
        if not letters or not all(ch.isupper() for ch in letters) or len(letters) < 2:
            return False
    return False


def outlet_of(view: DocView, mention: Mention) -> tuple[int, int] | None:
    """Where a news outlet or agency that the mention stands for is named in it (« le journal Le
    Monde », « le Parisien »), as characters of the article; None when its head is something
    else (« le champion du Monde »)."""
    start, end = mention.span.start, mention.span.end
    found = find_outlet(view.text[start:end])
    if found is None:
        return None
    first, last = start + found.start(), start + found.end()
    if mention.head is not None:
        head = view.words[mention.head]
        covered = first <= head.start < last
        # « le quotidien Le Monde », « l’agence Reuters »: a medium noun with the outlet's name after it
        titled = head.end <= first and head.lemma.lower() in media_nouns() | {"agence", "chaîne", "radio"}
        if not (covered or titled):
            return None
    return first, last


# « nos confrères de Clicanoo », « selon notre consœur du Soir »: another newsroom, which speaks as
# an outlet (« un confrère » alone may be a fellow lawyer or doctor).
PRESS_COLLEAGUES = {"confrère", "confrères", "consœur", "consœurs", "consoeur", "consoeurs"}


def press_colleagues(view: DocView, mention: Mention) -> bool:
    """« nos confrères (de X) »: reporters of another outlet, named or named before."""
    if mention.head is None or view.words[mention.head].text.lower() not in PRESS_COLLEAGUES:
        return False
    first = view.word_range(mention.span)[0]
    return view.words[first].text.lower() in ("nos", "notre")


def plural_institution(view: DocView, mention: Mention) -> bool:
    """« les pompiers (du Finistère) », « les secours »: a service named in the plural, with « les »."""
    if mention.head is None:
        return False
    first = view.word_range(mention.span)[0]
    head = view.words[mention.head].text.lower()
    return view.words[first].text.lower() == "les" and head in word_set("plural_institutions.txt")


def seat_of_power(text: str) -> bool:
    """« l’Élysée », « Matignon », « le Quai d’Orsay »: a building that stands for its institution."""
    low = text.lower().replace("’", "'")
    for article in ("l'", "le ", "la "):
        low = low.removeprefix(article)
    return low in word_set("seats_of_power.txt")


def capitalized_seat(text: str) -> bool:
    """« Palais », « l’État »: a seat of power written with its capital, whatever the tagger made of it
    (« l’état de la route » is no institution)."""
    bare = ARTICLE.sub("", text, count=1)
    return bare[:1].isupper() and seat_of_power(text)


ARTICLE = regex.compile(r"^(?:l['’]|le |la |les )", regex.IGNORECASE)


def can_speak(view: DocView, mention: Mention | None, *, as_subject: bool = False) -> bool:
    """Whether the mention can be a speaker; a place only as the subject of a reporting verb."""
    kind = speaker_kind(view, mention)
    return kind is not None and (kind != "place" or as_subject)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A speaker a rule proposes for a quotation, and the parts of its score."""

    speaker: Mention
    cue: Cue | None
    method: str
    kind: SpeakerKind
    score: float
    parts: tuple[tuple[str, float], ...]
    flags: tuple[str, ...] = ()


def candidate(
    speaker: Mention,
    cue: Cue | None,
    method: str,
    kind: SpeakerKind,
    *,
    flags: tuple[str, ...] = (),
    rank: int = 0,
) -> Candidate:
    """A candidate scored by its rule's precision, its speaker's kind and the rule's rank."""
    prior = METHOD_PRIOR.get(method, 0.5)
    factor = KIND_FACTOR[kind]
    pronoun = -0.05 if speaker.kind == "pronoun" else 0.0
    # Rules are tried from the most precise to the most general: a later rule never outranks an
    # earlier one whose speaker can speak, whatever the priors say.
    order = -0.001 * rank
    parts = (("rule", prior), ("kind", factor), ("pronoun", pronoun), ("order", order))
    score = round(prior * factor + pronoun + order, 4)
    return Candidate(speaker, cue, method, kind, score, parts, flags)


__all__ = [
    "CHECK_BELOW",
    "METHOD_PRIOR",
    "Candidate",
    "SpeakerKind",
    "can_speak",
    "candidate",
    "speaker_kind",
]
