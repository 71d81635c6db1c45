"""The honest guess: when no rule names a speaker, the one a reader infers from the context.

For a headline, the first speaker of the body; else the person or organization the paragraph
is about, or the last speaker of the paragraph before. Flagged ``guess``, with a low
confidence: the report marks it « à vérifier ».
"""

from __future__ import annotations

from ..candidates import speaker_kind
from ..cues import FIRST_SECOND, VerbCue, mention_for, subject_of, verb_group
from ..docview import DocView
from ..model import Cue, MarkedSpan, Mention
from .prepositional import _prepositional_cue_words, prepositional_cue
from .record import _Attribution


def _from_context(
    view: DocView,
    span: MarkedSpan,
    top: list[MarkedSpan],
    n: int,
    attributions: dict[int, _Attribution],
    kinds: dict[int, str],
    cues: list[VerbCue],
) -> _Attribution | None:
    """The speaker a reader infers when no rule names one, flagged as a guess.

    In order: for a headline, the first speaker of the body; the person or organization the
    quotation's paragraph is about (the nearest subject or speaker before the quotation, else
    after it); the last speaker of the paragraph before. Nothing when the context names nobody.
    """
    words = view.words
    qf = view.word_at(span.opener)
    paragraph = view.paragraph_of[qf]
    if paragraph == 0 and view.has_headline:
        for m in range(len(top)):
            other = attributions[m]
            if view.paragraph_of[view.word_at(top[m].opener)] == 0 or other.speaker is None:
                continue
            if "guess" in other.flags or kinds.get(m) == "scare":
                continue
            return _Attribution(other.cue, other.speaker, "headline", ["inherited", "headline", "guess"])
        return None
    p_first, p_last = view.word_range(view.doc.paragraphs[paragraph].span)
    found = [
        speaker
        for s_first, s_last in view.sentences
        if s_last > p_first and s_first < p_last
        for speaker in _sentence_speakers(view, s_first, s_last, cues)
    ]
    # The quotation's own sentence first (« Estimant nécessaire d’éviter « … », X réclame … »),
    # then the paragraph: the nearest speaker before the quotation, else the first after it.
    if _says_i(view, span):
        # « J'ai toujours dit … ma cuisine »: one person speaks, not « les voleurs » the paragraph is about
        found = [f for f in found if f[1].number != "plur" and speaker_kind(view, f[1]) != "group"]
    own = [f for f in found if view.sentence_of[f[0]] == view.sentence_of[qf]]
    pool = own or found
    before = max((f for f in pool if f[0] < qf), key=lambda f: f[0], default=None)
    after = min((f for f in pool if f[0] > qf), key=lambda f: f[0], default=None)
    nearest = before or after
    if nearest is not None:
        _, mention, said = nearest
        return _Attribution(said, mention, "paragraph-topic", ["inherited", "guess"], cue_found=True)
    # The paragraph before: its last speaker, quoted or reporting.
    if paragraph > 0:
        for m in range(n - 1, -1, -1):
            other = attributions[m]
            if view.paragraph_of[view.word_at(top[m].opener)] < paragraph - 1:
                break
            if other.speaker is not None and kinds.get(m) != "scare":
                guessed = ["inherited", "guess"]
                return _Attribution(other.cue, other.speaker, "context", guessed, cue_found=True)
        previous = view.doc.paragraphs[paragraph - 1]
        pp_first, pp_last = view.word_range(previous.span)
        last: tuple[int, Mention, Cue] | None = None
        for s_first, s_last in view.sentences:
            if s_last <= pp_first or s_first >= pp_last:
                continue
            for speaker in _sentence_speakers(view, s_first, s_last, cues):
                if last is None or speaker[0] > last[0]:
                    last = speaker
        if last is not None and words[pp_first].i < qf:
            _, mention, said = last
            return _Attribution(said, mention, "context", ["inherited", "guess"], cue_found=True)
    return _document_in_context(view, qf, paragraph)


FIRST_SINGULAR = {"je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes"}


def _says_i(view: DocView, span: MarkedSpan) -> bool:
    """The quotation speaks in the first person singular (« je », « ma »), never « nous »."""
    first, last = view.word_range(span.outer)
    lows = {view.words[k].text.lower() for k in range(first, last)}
    return bool(lows & FIRST_SINGULAR) and not lows & {"nous", "notre", "nos"}


# Verbs by which a text says what it says (« le nouveau texte définit le délit », « la loi prévoit »).
CONTENT_VERBS = {
    *("définir", "prévoir", "stipuler", "disposer"),
    *("énoncer", "préciser", "mentionner", "indiquer"),
}


def _document_in_context(view: DocView, qf: int, paragraph: int) -> _Attribution | None:
    """« Le nouveau texte définit le délit … . Le harcèlement est défini comme « … » »: where nobody
    is in sight, a document whose content the paragraph or the one before states is what is quoted."""
    words = view.words
    lowest = view.doc.paragraphs[max(0, paragraph - 1)].span.start
    for k in range(qf - 1, -1, -1):
        if words[k].start < lowest:
            break
        if words[k].lemma.lower() not in CONTENT_VERBS or view.in_quote(k) or words[k].upos != "VERB":
            continue
        subject = subject_of(view, k)
        if subject is None or view.in_quote(subject):
            continue
        mention, _ = mention_for(view, subject, limit=k if subject < k else None)
        if mention is not None and speaker_kind(view, mention) == "media":
            (first, end), _ = verb_group(view, k)
            said = Cue(view.span_of(first, end), view.text_of(first, end), words[k].lemma.lower())
            return _Attribution(said, mention, "context", ["inherited", "guess"], cue_found=True)
    return None


NOT_TOPICS = {"qui", "que", "ce", "c'", "c’", "cela", "ça", "il"}
# Who may be guessed as a speaker from the context (not a noun no list knows: « la formule »).
CONTEXT_KINDS = ("person", "group", "organization", "media")


def _sentence_speakers(
    view: DocView, s_first: int, s_last: int, cues: list[VerbCue]
) -> list[tuple[int, Mention, Cue]]:
    """Who a sentence says something about, as possible speakers: the subjects of its reporting
    verbs and of its main verb, when they can speak (with the word where each stands)."""
    words = view.words
    found: list[tuple[int, Mention, Cue]] = []
    for cue in cues:
        if not (s_first <= cue.verb < s_last and cue.usable and cue.speaker is not None):
            continue
        if not view.in_quote(cue.verb) and speaker_kind(view, cue.speaker) in CONTEXT_KINDS:
            found.append((cue.verb, cue.speaker, cue.cue(view)))
    if found:
        return found
    framed = prepositional_cue(view, s_first, s_last)
    if framed is not None and speaker_kind(view, framed[2]) in ("person", "group", "organization"):
        return [(framed[0], framed[2], _prepositional_cue_words(view, framed[0]))]
    for k in range(s_first, s_last):
        w = words[k]
        if view.in_quote(k) or w.upos not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        if w.deprel != "root" and not (
            # « Contacté, le directeur …, X, assume : »: the main verb the parser did not make the root
            w.feat("VerbForm") == "Fin"
            and not w.deprel.startswith(("acl", "advcl", "ccomp", "xcomp", "csubj"))
        ):
            continue
        subject = subject_of(view, k)
        if subject is None or not s_first <= subject < s_last or view.in_quote(subject):
            continue
        if words[subject].text.lower() in FIRST_SECOND | NOT_TOPICS:
            continue
        mention, _ = mention_for(view, subject, limit=k if subject < k else None)
        if mention is None or speaker_kind(view, mention) not in ("person", "group", "organization"):
            continue
        (first, end), _ = verb_group(view, k)
        said = Cue(view.span_of(first, end), view.text_of(first, end), w.lemma.lower())
        found.append((subject, mention, said))
    return found or _lead_in_person(view, s_first, s_last)


def _lead_in_person(view: DocView, s_first: int, s_last: int) -> list[tuple[int, Mention, Cue]]:
    """« Une inquiétude partagée par X, infirmière. », « Même constat chez X. », « Un avis que
    partage X. »: a sentence with no main verb that brings a person on stage before the quotes
    that follow; the first person it names."""
    words = view.words
    for k in range(s_first, s_last):
        verb = words[k].head if words[k].deprel in ("aux", "aux:tense", "aux:pass", "cop") else k
        if words[k].feat("VerbForm") == "Fin" and not words[verb].deprel.startswith("acl"):
            return []  # a main verb: the subjects' rule reads the sentence (a relative's does not count)
    roots = [k for k in range(s_first, s_last) if words[k].deprel == "root"]
    if len(roots) != 1 or view.in_quote(roots[0]):
        return []
    root = roots[0]
    for k in range(s_first, s_last):
        if view.in_quote(k) or words[k].upos not in ("PROPN", "NOUN"):
            continue
        mention, _ = mention_for(view, k)
        if mention is None or mention.name is None or not mention.name.text_in(view.text)[:1].isupper():
            continue  # (« L’accusé pleure », « pleure » tagged as a name)
        if speaker_kind(view, mention) == "person":
            said = Cue(view.span_of(root, root + 1), words[root].text, words[root].lemma.lower())
            return [(k, mention, said)]
    return []
