"""Whom « on » stands for: « a-t-on appris auprès de la gendarmerie », « Chez Renault, on
explique que … », « Du côté de la préfecture, on indique … », « a-t-on appris du parquet »."""

from __future__ import annotations

from ..candidates import speaker_kind
from ..docview import DocView
from ..model import Mention
from ..nounphrase import phrase_at
from .mentions import phrase_mention
from .verbs import VerbCue


def source_after_on(view: DocView, cue: VerbCue) -> Mention | None:
    """The speaker an « on » incise gives after the verb: « auprès de X », « du côté de X »,
    « chez X », « dans l’entourage de X » (a few words after the verb group at most)."""
    _, s_last = view.reporter_sentence(cue.verb)
    words = view.words
    for k in range(max(cue.group[1], cue.verb + 1), min(s_last, cue.verb + 6)):
        told = _told_by(view, k, s_last)
        # « a-t-on appris du parquet », « a-t-on appris / indiqué de source judiciaire »
        of_source = k + 1 < s_last and words[k + 1].text.lower() in ("source", "sources")
        if told is None and (words[cue.verb].lemma.lower() == "apprendre" or of_source):
            told = _learnt_from(view, k, s_last)
        if told is not None:
            return told[0]
    return None


def _learnt_from(view: DocView, k: int, s_last: int) -> tuple[Mention, int] | None:
    """« a-t-on appris des services de la préfecture », « du parquet »: whom one learnt it from."""
    words = view.words
    low = words[k].text.lower()
    if low not in ("de", "du", "des", "d'", "d’") or k + 1 >= s_last:
        return None
    phrase = phrase_at(view, k + 1, s_last)
    if phrase is None or phrase.first != k + 1:
        return None
    mention = phrase_mention(view, phrase)
    if speaker_kind(view, mention) not in ("organization", "person", "group", "media"):
        return None
    return mention, phrase.last


# « dans l’entourage de X », « dans le camp de X »: the people round someone.
CIRCLE_NOUNS = {"entourage", "camp", "rangs", "équipe", "cabinet"}


def _told_by(view: DocView, k: int, s_last: int) -> tuple[Mention, int] | None:
    """« auprès de X », « du côté de X », « chez X », « dans l’entourage de X » starting at word ``k``:
    whom « on » stands for there, and the word after the phrase."""
    words = view.words
    low = words[k].text.lower()
    nxt = words[k + 1].text.lower() if k + 1 < s_last else ""
    start = None
    if low == "auprès" and nxt in ("de", "du", "des", "d'", "d’"):
        start = k + 2 if nxt in ("de", "d'", "d’") else k + 1
    elif low == "côté" and k > 0 and words[k - 1].text.lower() == "du" and k + 1 < s_last:
        start = k + 2 if nxt in ("de", "d'", "d’") else (k + 1 if nxt in ("du", "des") else None)
    elif low == "chez" and k + 1 < s_last:
        start = k + 1
    elif low == "dans" and k + 2 < s_last and words[k + 2].text.lower() in CIRCLE_NOUNS:
        start = k + 1  # the phrase « l’entourage du ministre » itself
    elif low in ("à", "au", "aux") and k + 1 < s_last:
        start = k + 1 if low == "à" else k  # « à Matignon », « au ministère de l’Intérieur »
    if start is None or start >= s_last:
        return None
    phrase = phrase_at(view, start if words[start].text.lower() not in ("au", "aux") else start + 1, s_last)
    if phrase is None or phrase.first not in (start, start + 1):
        return None
    mention = phrase_mention(view, phrase)
    if low in ("à", "au", "aux") and speaker_kind(view, mention) != "organization":
        return None  # « À Quimperlé, on dit que … »: a town is nobody
    return mention, phrase.last


def source_before_on(view: DocView, subject: int) -> Mention | None:
    """« Dans l’entourage du ministre, on assure que … », « Chez Renault, on explique que … »,
    « Du côté de la préfecture, on indique que … »: the phrase that opens the sentence, before a
    comma and « on », says whom « on » stands for."""
    words = view.words
    s_first, _ = view.reporter_sentence(subject)
    if subject < s_first + 2:
        return None
    comma = words[subject - 1].text == ","  # (« Du côté de l’État on affirme … »: the comma left out)
    k = s_first + 1 if words[s_first].text.lower() == "du" else s_first
    told = _told_by(view, k, subject)
    if told is None or told[1] != (subject - 1 if comma else subject):
        return None
    return told[0]
