"""Questions and answers: in an exchange, a quotation with no cue is the answer of the one who
was asked, or the next question of the one who asked (``answer``)."""

from __future__ import annotations

from ..candidates import speaker_kind
from ..cues import VerbCue, is_person_like
from ..docview import DocView
from ..model import MarkedSpan
from .guess import _sentence_speakers
from .record import DASHES, _Attribution, _normalized


def _answer(
    view: DocView,
    span: MarkedSpan,
    top: list[MarkedSpan],
    n: int,
    attributions: dict[int, _Attribution],
    kinds: dict[int, str],
) -> _Attribution | None:
    """An exchange: « « … », a répondu A. » ¶ « « … ? » a insisté B. » ¶ « « … » »: A answers B.

    A quotation alone in its paragraph, with no cue, right after a question put by someone other
    than the speaker of the quotation before it, is that earlier speaker's answer.
    """
    if n < 2 or span.closer is None or kinds.get(n - 1) == "scare" or kinds.get(n - 2) == "scare":
        return None
    words = view.words
    qf, ql = view.word_at(span.opener), view.word_at(span.closer)
    paragraph = view.paragraph_of[qf]
    p_first, p_last = view.word_range(view.doc.paragraphs[paragraph].span)
    if any(words[k].text not in DASHES for k in range(p_first, qf)):
        return None
    if any(words[k].upos != "PUNCT" for k in range(ql + 1, p_last)):
        return None  # something follows the quotation: the sentence after may say who speaks
    if span.content.text_in(view.text).rstrip().endswith("?"):
        return None
    question, before = top[n - 1], top[n - 2]
    asker, answerer = attributions[n - 1], attributions[n - 2]
    if asker.speaker is None or answerer.speaker is None or "inherited" in asker.flags:
        return None
    if not question.content.text_in(view.text).rstrip().endswith("?"):
        return None
    if view.paragraph_of[view.word_at(question.opener)] != paragraph - 1:
        return None
    if view.paragraph_of[view.word_at(before.opener)] not in (paragraph - 2, paragraph - 1):
        return None
    if _normalized(asker.speaker.text) == _normalized(answerer.speaker.text):
        return None
    if not _put_to_someone(view, question, asker):
        return None
    return _Attribution(answerer.cue, answerer.speaker, "answer", ["inherited", "answer"])


def _exchange(
    view: DocView,
    span: MarkedSpan,
    top: list[MarkedSpan],
    n: int,
    attributions: dict[int, _Attribution],
    kinds: dict[int, str],
) -> _Attribution | None:
    """Questions and answers going on without cues: « « … ? » demande A. « … », répond B. « … ? »
    « … » »: an uncued question goes to the one who asked before, the reply after it to the one
    who answered."""
    previous = [m for m in range(n - 1, -1, -1) if kinds.get(m) != "scare"][:2]
    if len(previous) < 2:
        return None
    last, before = attributions[previous[0]], attributions[previous[1]]
    if last.speaker is None or before.speaker is None:
        return None
    if _normalized(last.speaker.text) == _normalized(before.speaker.text):
        return None
    qf = view.word_at(span.opener)
    if view.paragraph_of[qf] - view.paragraph_of[view.word_at(top[previous[1]].opener)] > 1:
        return None

    def asks(m: int) -> bool:
        text = top[m].content.text_in(view.text).rstrip(" .»")
        att = attributions[m]
        return text.endswith("?") or (att.cue is not None and att.cue.lemma in ASKING_LEMMAS)

    question = span.content.text_in(view.text).rstrip(" .»").endswith("?")
    if question and asks(previous[1]) and not asks(previous[0]):
        asker = before
    elif not question and asks(previous[0]) and "exchange" in last.flags:
        asker = before  # the reply to an uncued question: the one who answered before
    else:
        return None
    return _Attribution(asker.cue, asker.speaker, "answer", ["inherited", "exchange"], cue_found=True)


ASKING_LEMMAS = {"demander", "insister", "relancer", "interroger", "questionner", "interpeller", "presser"}
SECOND_PERSON = {"vous", "votre", "vos", "tu", "te", "t'", "t’", "ton", "ta", "tes", "toi"}


def _put_to_someone(view: DocView, question: MarkedSpan, asker: _Attribution) -> bool:
    """A question put to someone (« a demandé », « a insisté », « vous »), not wondered aloud
    (« s’interroge-t-il »)."""
    asked = asker.cue is not None and asker.cue.lemma in ASKING_LEMMAS
    return asked or any(
        view.words[k].text.lower() in SECOND_PERSON for k in range(*view.word_range(question.content))
    )


def _reply(
    view: DocView,
    span: MarkedSpan,
    top: list[MarkedSpan],
    n: int,
    attributions: dict[int, _Attribution],
    kinds: dict[int, str],
    cues: list[VerbCue],
) -> _Attribution | None:
    """« L’accusé s’excuse. « Pourquoi vous excusez-vous ? », demande le président. « Pour mon
    comportement. » »: right after a question put to someone, a quotation with no cue is the reply
    of the one it was put to (the last other person the paragraph is about), not the asker's."""
    previous = next((m for m in range(n - 1, -1, -1) if kinds.get(m) != "scare"), None)
    if previous is None:
        return None
    question, asker = top[previous], attributions[previous]
    if asker.speaker is None or asker.cue is None or "inherited" in asker.flags or question.closer is None:
        return None
    text = question.content.text_in(view.text).rstrip(" .»")
    if not text.endswith("?") or not _put_to_someone(view, question, asker):
        return None
    if span.content.text_in(view.text).rstrip(" .»").endswith("?"):
        return None  # a second question, the asker's
    qf, opener = view.word_at(span.opener), view.word_at(question.opener)
    paragraph = view.paragraph_of[qf]
    if view.paragraph_of[opener] != paragraph:
        return None
    if view.sentence_of[qf] - view.sentence_of[view.word_at(question.closer)] > 1:
        return None
    asked_by = _normalized(asker.speaker.text)
    p_first, _ = view.word_range(view.doc.paragraphs[paragraph].span)
    here = range(view.sentence_of[p_first], view.sentence_of[opener] + 1)  # the paragraph up to the question
    found = [
        speaker
        for s_first, s_last in (view.sentences[i] for i in here)
        for speaker in _sentence_speakers(view, s_first, min(s_last, opener), cues)
        if speaker[0] < opener and _normalized(speaker[1].text) != asked_by and speaker[1].kind != "pronoun"
    ]  # (a pronoun would be resolved from where it stands, maybe to the asker)
    if not found:
        return None
    _, mention, said = max(found, key=lambda f: f[0])
    head = view.words[mention.head] if mention.head is not None else None
    if head is None or (head.text.islower() and head.upos != "NOUN"):
        return None  # (« L’accusé pleure, renifle, souffle … »: « pleure » read as a name and subject)
    if speaker_kind(view, mention) != "person" or not is_person_like(view, mention):
        return None
    return _Attribution(said, mention, "answer", ["inherited", "answer"], cue_found=True)
