"""The rules for a pair of quote marks, in order, and the choice among the speakers they name.

``MARKED_RULES`` runs from the most precise to the most general; ``_attribute_marked`` keeps
the first speaker who can speak and the next one as the runner-up. The ``dash`` (« … » — X)
and ``reported`` (a partial quote inside reported speech or a naming verb) rules live here.
"""

from __future__ import annotations

from ..candidates import Candidate, candidate, speaker_kind
from ..cues import VerbCue, is_person_like, phrase_mention
from ..docview import DocView
from ..model import Alternative, Cue, MarkedSpan, Mention, Span
from ..nounphrase import phrase_at
from .colon import _colon_before
from .incise import _incise_after, _incise_end, _incise_inside
from .prepositional import _pour_after, _selon, _selon_after, _selon_before
from .record import DASHES, _Attribution, _cue_attribution, _is_org_or_media, _normalized

# Methods whose speaker is the subject of a reporting verb: there a place speaks for its government.
SUBJECT_METHODS = {"incise", "incise-inside", "incise-end", "colon", "reported", "naming", "indirect"}


def _attribute_marked(view: DocView, span: MarkedSpan, by_verb: dict[int, VerbCue]) -> _Attribution:
    """The speaker of a pair of quote marks: the best candidate of the rules that can speak.

    Rules are tried in order; a speaker that cannot speak (« l’objectif du plan ») is set aside
    and the next rule tried. The first rule whose speaker can speak gives the attribution, the
    next one that names someone else is its runner-up. A cue that names nobody (« il a été
    demandé ») ends the search with no speaker.
    """
    qf = view.word_at(span.opener)
    ql = view.word_at(span.closer) if span.closer is not None else view.word_range(span.content)[1] - 1
    chosen: _Attribution | None = None
    rejected: list[Alternative] = []
    for rank, rule in enumerate(MARKED_RULES):
        att = rule(view, span, qf, ql, by_verb)
        if att is None or (att.speaker is None and not att.cue_found):
            continue
        if att.speaker is None:
            if chosen is None:
                att.alternatives = rejected
                return att
            continue
        found = _as_candidate(view, att, rank)
        if found is None:
            rejected.append(Alternative(att.speaker, att.method or "", 0.0, "cannot speak"))
            continue
        if chosen is None:
            chosen = att
            chosen.score = found.score
            continue
        if _normalized(att.speaker.text) != _normalized(chosen.speaker.text if chosen.speaker else ""):
            chosen.alternatives.append(Alternative(att.speaker, att.method or "", round(found.score, 2)))
            break
    if chosen is None:
        return _Attribution(alternatives=rejected)
    chosen.alternatives.extend(rejected)
    return chosen


def _as_candidate(view: DocView, att: _Attribution, rank: int) -> Candidate | None:
    """The rule's speaker as a scored candidate, or None when it cannot speak."""
    if att.speaker is None or att.method is None:
        return None
    kind = speaker_kind(view, att.speaker)
    as_subject = att.method in SUBJECT_METHODS and "no-reporting-verb" not in att.flags
    if kind is None or (kind in ("place", "unknown") and not as_subject and att.speaker.name is None):
        return None  # a noun no list knows speaks only as the subject of a reporting verb
    return candidate(att.speaker, att.cue, att.method, kind, flags=tuple(att.flags), rank=rank)


def _dash(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """« … » — X, at the end of a paragraph or sentence."""
    if span.closer is None:
        return None
    words = view.words
    _, s_last = view.reporter_sentence(ql)
    j = ql + 1
    while j < s_last and words[j].text in (".", "!", "?", "…"):
        j += 1
    if j >= s_last and j < len(words) and _signature_paragraph(view, ql, j):
        # « « C’est mon cinquième redressement ici » ¶ - Didier, 58 ans »: the signature under a pull quote
        s_last = view.reporter_sentence(j)[1]
    # « «J'ai pris une punition stupide» -Nick Suzuki »: the tokenizer may glue the dash to the name
    glued = j < s_last and words[j].text[:1] in DASHES and words[j].text[1:2].isupper()
    if j >= s_last or (words[j].text not in DASHES and not glued):
        return None
    if glued:
        end = j + 1
        while end < s_last and words[end].text[:1].isupper():
            end += 1
        name = Span(words[j].start + 1, words[end - 1].end)
        mention = Mention(name, name.text_in(view.text), head=j, kind="name", name=name)
    else:
        phrase = phrase_at(view, j + 1, s_last)
        if phrase is None:
            return None
        mention = phrase_mention(view, phrase)
    if not (is_person_like(view, mention) or _is_org_or_media(view, mention)):
        return None
    dash = Cue(Span(words[j].start, words[j].start + 1), words[j].text[0], "—")
    return _Attribution(dash, mention, "dash", cue_found=True)


def _signature_paragraph(view: DocView, ql: int, j: int) -> bool:
    """Word ``j`` opens the paragraph after the quotation's, a short one that starts with a dash."""
    words = view.words
    paragraph = view.paragraph_of[j]
    if paragraph != view.paragraph_of[ql] + 1 or words[j].text[:1] not in DASHES:
        return False
    end = j
    while end < len(words) and view.paragraph_of[end] == paragraph:
        end += 1
    # (a name and its description, with no clause: « – Heidi M., porte-parole de X, un groupe formé
    # par des citoyens, avant la séance »)
    finite = any(words[m].feat("VerbForm") == "Fin" for m in range(j, end))
    return end - j <= 30 and not finite


def _reported(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """A partial quote inside reported speech: the nearest governing cue before it in the sentence."""
    words = view.words
    s_first, _ = view.reporter_sentence(qf)
    # By the tree: a cue among the ancestors of the first quoted word.
    first_inner = min(qf + 1, len(words) - 1)
    found: list[VerbCue] = []
    for a in view.ancestors(first_inner):
        if a >= qf or view.sentence_of[a] != view.sentence_of[qf]:
            continue
        cue = by_verb.get(a)
        if cue is not None and _reports_here(view, cue, qf):
            found.append(cue)
    if found:
        # « Le procureur a estimé que l'enquête montrait qu'« … » »: an ambiguous verb inside another
        # cue's clause is part of what is reported; the outer cue says who speaks.
        outer = [c for c in found[1:] if not c.entry.ambiguous]
        cue = outer[0] if found[0].entry.ambiguous and outer else found[0]
        return _cue_attribution(view, cue, "naming" if cue.entry.naming else "reported")
    # By position: the nearest cue to the left whose clause reaches the quote.
    for k in range(qf - 1, s_first - 1, -1):
        if words[k].text in (";",) and not view.in_quote(k):
            break
        cue = by_verb.get(k)
        if cue is not None and _reports_here(view, cue, qf, linear=True):
            return _cue_attribution(view, cue, "naming" if cue.entry.naming else "reported")
    return None


def _reports_here(view: DocView, cue: VerbCue, qf: int, *, linear: bool = False) -> bool:
    """Whether the cue's report reaches the quote opening at ``qf``."""
    if not cue.usable and not cue.impersonal:
        return False
    words = view.words
    if cue.entry.incise_only and any(words[m].text not in (":", ",") for m in range(cue.group[1], qf)):
        return False
    if (
        cue.entry.ambiguous
        and not cue.impersonal
        and not (
            is_person_like(view, cue.speaker)
            or (cue.speaker is not None and _is_org_or_media(view, cue.speaker))
        )
    ):
        return False
    gap_words = [m for m in range(cue.group[1], qf) if words[m].text not in (":", ",")]
    if not gap_words:
        return True  # « avant de poursuivre « … » », « et d'ajouter : « … » »
    if cue.que_clause and cue.que_clause[0] <= qf < cue.que_clause[1] + 1:
        return True
    if cue.infinitive and cue.infinitive[0] <= qf < cue.infinitive[1] + 1:
        return True
    if cue.predicate and cue.predicate[0] <= qf < cue.predicate[1] + 1:
        return True  # « s’est dit « très déçu » »
    between = range(cue.group[1], qf)
    gap = len(between)
    if cue.entry.naming or cue.entry.asking:
        # qualifier X de « … », appeler X « … », se présenter comme « … », demander de « … »
        return gap <= 8 and not any(
            words[m].upos == "VERB" and words[m].feat("VerbForm") == "Fin" and view.entity_label(m) is None
            for m in between
        )
    if cue.entry.ambiguous:
        # « a jugé la mesure « inacceptable » », « a évoqué une « erreur » »: a short object, then the
        # quoted words, with no other verb in between.
        return (
            gap <= 12
            and not any(
                (words[m].upos in ("VERB", "AUX") and not view.in_quote(m)) or words[m].text in (";", ":")
                for m in between
            )
            and sum(1 for m in between if words[m].text == "," and not view.in_quote(m)) <= 2
        )
    if linear:
        # Another finite verb with its own subject in between ends the cue's reach.
        return (
            gap <= 12
            and not any(
                words[m].upos == "VERB"
                and words[m].feat("VerbForm") == "Fin"
                and not view.in_quote(m)
                and m not in range(*cue.group)
                for m in between
            )
        ) or (gap <= 3)
    return True


# The rules for a pair of quote marks, from the most precise to the most general.
MARKED_RULES = (
    _incise_after,
    _selon_after,
    _pour_after,
    _incise_inside,
    _selon_before,
    _incise_end,
    _colon_before,
    _selon,
    _dash,
    _reported,
)
