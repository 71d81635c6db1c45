"""What an attribution rule returns, and the readings of words that rules of several kinds share.

``_Attribution`` is a rule's finding for one quotation: the cue, the speaker mention, the
method (the rule's name in the JSON), flags, and the runner-up speakers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..candidates import speaker_kind
from ..cues import VerbCue
from ..docview import DocView
from ..lexicon import media_nouns, organization_nouns
from ..model import Alternative, Cue, MarkedSpan, Mention

DASHES = {"—", "–", "-", "―"}


@dataclass(slots=True)
class _Attribution:
    cue: Cue | None = None
    speaker: Mention | None = None
    method: str | None = None
    flags: list[str] = field(default_factory=list)
    cue_found: bool = False  # a cue was found, even if it names nobody (« il a été demandé »)
    # The chosen candidate's score (None: the rule's prior) and the speakers not chosen.
    score: float | None = None
    alternatives: list[Alternative] = field(default_factory=list)


def _cue_attribution(view: DocView, cue: VerbCue, method: str) -> _Attribution:
    flags = ["conditional"] if cue.conditional else []
    if cue.impersonal:
        flags.append("impersonal")
    att = _Attribution(cue.cue(view), cue.speaker, method, flags, cue_found=True)
    if cue.relay is not None:
        # « a rapporté Reuters citant des sources »: the relay is the runner-up, accepted by a reader.
        att.flags.append("relayed")
        att.alternatives = [Alternative(cue.relay, method, 0.5, "relay")]
    return att


def _next_content_word(view: DocView, j: int, last: int) -> int:
    while j < last and view.words[j].text in (",",):
        j += 1
    return j


def _has_finite_verb(view: DocView, span: MarkedSpan) -> bool:
    first, last = view.word_range(span.content)
    return any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in view.words[first:last])


def _participle_like(view: DocView, k: int) -> bool:
    return view.words[k].text.lower().endswith(("é", "ée", "és", "ées"))


def _is_org_or_media(view: DocView, mention: Mention) -> bool:
    """An organization, a medium or a document (« le parquet », « l’état-major », « le rapport »)."""
    if mention.head is None:
        return False
    lemma = view.words[mention.head].lemma.lower()
    if lemma in organization_nouns() or lemma in media_nouns() or view.entity_label(mention.head) == "ORG":
        return True
    return speaker_kind(view, mention) in ("organization", "media")


def _normalized(text: str) -> str:
    # (« C’ était » typed with a space after the apostrophe is « c'était »; « quelque-chose » with a
    # hyphen in a sub-head is the « quelque chose » of the quotation it repeats)
    low = text.lower().replace("’", "'").replace("-", " ").replace("\u2011", " ")
    return " ".join(low.strip(" .,;:!?…").split()).replace("' ", "'")
