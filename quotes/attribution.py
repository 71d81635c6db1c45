"""Tie every quotation to its cue and its speaker mention: direct, partial and indirect.

The rules, tried in this order for each pair of quote marks (each with a ``method``):

``incise``
    a cue right after the closing mark: « … », a déclaré X. / « … » a-t-il précisé.
``incise-inside``
    a cue inside the marks, between commas: « …, explique-t-il, … »
``incise-end``
    a cue that ends the reporter's sentence: « … » qui…, a indiqué X.
``colon``
    a cue before a colon: X a déclaré : « … » / X : « … »
``selon`` / ``pour``
    selon X, d'après X, pour X, anywhere in the sentence
``dash``
    « … » — X
``reported``
    a partial quote inside reported speech or a naming verb: X a déclaré que … « … »,
    X qualifie Y de « … »
``previous-sentence``
    the quote opens a sentence right after one whose reporting verb has a speaker
``continuation``
    a quote with no cue of its own takes the previous quote's speaker when nothing
    intervenes: same paragraph, or the next paragraph when it opens with the quote.

Indirect speech (no marks) comes from reporting verbs with a *que* clause or an
infinitive (``indirect``), from *selon / d'après / pour X,* (``indirect-selon``) and from
a final incise without marks (``indirect-incise``).

A cue that reports nothing is rejected: negated (« n'a pas dit que »), future or
hypothetical, an idiom (« c'est-à-dire »), the reporter's or a generic first person
(« nous avons contacté », « on dit »). The journalistic conditional (« il aurait
affirmé que ») is kept and flagged ``conditional``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import cache
from typing import cast

import regex

from .candidates import METHOD_PRIOR, Candidate, can_speak, candidate, speaker_kind
from .cues import (
    FIRST_SECOND,
    ORDINAL_ANAPHORS,
    VerbCue,
    demonstrative_at,
    find_verb_cues,
    is_person_like,
    mention_for,
    phrase_mention,
    postposed_subject,
    pronoun_mention,
    strip_final_incise,
    subject_of,
    verb_entry,
    verb_group,
)
from .docview import DocView
from .lexicon import (
    ReportingVerb,
    media_nouns,
    no_response_patterns,
    organization_nouns,
    person_nouns,
    prepositional_cues,
    word_set,
)
from .model import (
    Alternative,
    Cue,
    MarkedSpan,
    MarkScan,
    Mention,
    NoResponse,
    ParsedDoc,
    Quote,
    Span,
    Word,
)
from .nounphrase import Phrase, phrase_at

STRONG_PRONOUNS = {"lui", "elle", "eux", "elles"}
NOT_SPEAKERS_AFTER_POUR = {
    "part",
    "instant",
    "moment",
    "heure",
    "fois",
    "autant",
    "cela",
    "ça",
    "ce",
    "l'instant",
    "période",
    "année",
    "mois",
    "semaine",
    "jour",
    "suite",
    "raison",
    "but",
    "cause",
    "que",
    "exemple",
    "finir",
    "terminer",
    "commencer",
    "rappel",
    "mémoire",
    "info",
    "information",
}
# Words that open a clause of the reporter's own, never an incise (« …, qui alerte l’ARS »).
NOT_INCISE_STARTS = {
    *("sans", "pour", "avant", "après", "en", "tout", "et", "mais", "ou", "puis"),
    *("qui", "dont", "où"),
}
DASHES = {"—", "–", "-", "―"}


@dataclass(slots=True)
class _Attribution:
    cue: Cue | None = None
    speaker: Mention | None = None
    method: str | None = None
    flags: list[str] = field(default_factory=list)
    cue_found: bool = False  # a cue was found, even if it names nobody (« il a été demandé »)
    # « A, a poursuivi X. B »: the characters of the incise, which cut the quotation in two.
    split: Span | None = None
    # The chosen candidate's score (None: the rule's prior) and the speakers not chosen.
    score: float | None = None
    alternatives: list[Alternative] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class AttributionResult:
    """Quotes in article order, the no-response statements, and every speaker a cue names.

    ``speakers`` holds the subjects of all usable reporting verbs, quoted or not: the
    sources stage uses them as context (« Liang a présenté… » makes Liang salient).
    """

    quotes: tuple[Quote, ...]
    no_response: tuple[NoResponse, ...]
    speakers: tuple[Mention, ...] = ()


def attribute(doc: ParsedDoc, marks: MarkScan, *, view: DocView | None = None) -> AttributionResult:
    """Every quotation of the article, with its kind, cue, speaker mention, method and confidence."""
    view = view or DocView(doc, marks.spans)
    cues = find_verb_cues(view)
    by_verb = {c.verb: c for c in cues}
    found: list[tuple[Span, str, MarkedSpan | None, _Attribution]] = []

    top = [s for s in marks.spans if s.depth == 0]
    kinds: dict[int, str] = {}
    attributions: dict[int, _Attribution] = {}
    for n, span in enumerate(top):
        attributions[n] = _attribute_marked(view, span, by_verb)
    # Continuation and previous-sentence speakers, in article order.
    for n, span in enumerate(top):
        att = attributions[n]
        kinds[n] = _kind(view, span, att)
        if kinds[n] == "scare":
            continue
        if att.method is None and not att.cue_found:
            # A quotation that opens its paragraph with no cue belongs to the person the next
            # sentence is about, before any speaker carried over from the paragraph above.
            inherited = _next_sentence(view, span, by_verb)
            if inherited is None:
                inherited = _exchange(view, span, top, n, attributions, kinds)
            if inherited is None:
                inherited = _answer(view, span, top, n, attributions, kinds)
            if inherited is None:
                inherited = _inherit(view, span, top, n, attributions, kinds, cues)
            if inherited is not None:
                attributions[n] = att = inherited
                kinds[n] = _kind(view, span, att)
    # A headline or a lead often repeats words quoted in full later (« des riverains « pris en otage » »
    # … « On est pris en otage », s’emporte une riveraine): the excerpt is that speaker's.
    quoted: _QuotedWords | None = None  # made when a quotation first needs it
    for n, span in enumerate(top):
        # « Urgences de Valmoret : « On trie les patients … » »: a headline names its topic before the
        # colon; when the article quotes the words in full, their speaker is known.
        in_headline = view.paragraph_of[view.word_at(span.opener)] == 0
        headline_colon = attributions[n].method == "colon" and in_headline
        if headline_colon or (attributions[n].method is None and not attributions[n].cue_found):
            quoted = quoted or _QuotedWords(view, top)
            excerpt = _excerpt_of(view, span, top, attributions, kinds, quoted)
            if excerpt is not None:
                attributions[n] = excerpt
                # A verbless fragment of a longer quotation (« une reconnaissance pour toute une
                # génération ») is not an utterance of its own.
                whole = _kind(view, span, excerpt) == "direct" and _has_finite_verb(view, span)
                kinds[n] = "direct" if whole else "partial"
    # Where no rule names a speaker, the one a reader infers from the context: an honest guess,
    # with a low confidence, that the report marks « à vérifier ».
    for n, span in enumerate(top):
        att = attributions[n]
        if kinds[n] == "scare" or att.speaker is not None or "impersonal" in att.flags:
            continue
        guess = _from_context(view, span, top, n, attributions, kinds, cues)
        if guess is not None:
            guess.alternatives = att.alternatives
            attributions[n] = guess
    for n, span in enumerate(top):
        att = attributions[n]
        if att.split is not None and kinds[n] != "scare":
            before = _trim(view.text, span.content.start, att.split.start)
            after = _trim(view.text, att.split.end, span.content.end)
            for part in (before, after):
                if part.end > part.start:
                    found.append((part, kinds[n], span, replace(att, flags=[*att.flags, "split-at-incise"])))
            continue
        found.append((span.content, kinds[n], span, att))
    # Nested marks: scare quotes inside a quotation (« 261 cas de « réelle » fraude »).
    for span in marks.spans:
        if span.depth > 0:
            found.append((span.content, "scare", span, _Attribution()))

    found.extend(_indirect(view, cues))
    found.sort(key=lambda item: (item[0].start, item[0].end))
    if view.has_headline:
        headline_end = view.doc.paragraphs[0].span.end
        found = [
            (content, kind, marked, replace(att, flags=[*att.flags, "headline"]))
            if content.start < headline_end
            else (content, kind, marked, att)
            for content, kind, marked, att in found
        ]
    quotes = []
    for n, (content, kind, marked, att) in enumerate(found, start=1):
        confidence = att.score if att.score is not None else METHOD_PRIOR.get(att.method or "", 0.0)
        if att.score is None and att.speaker is not None and att.speaker.kind == "pronoun":
            confidence -= 0.05
        confidence = round(confidence, 2)
        if kind == "scare":
            att = _Attribution()
            confidence = 0.0
        quotes.append(
            Quote(
                id=f"q{n}",
                span=content,
                text=content.text_in(doc.text),
                kind=kind,  # type: ignore[arg-type]
                marks=marked,
                cue=att.cue,
                speaker=att.speaker,
                method=att.method,
                confidence=confidence,
                flags=tuple(
                    dict.fromkeys(att.flags + ([] if marked is None or marked.closed else ["unclosed"]))
                ),
                alternatives=tuple(att.alternatives),
            )
        )
    speakers = tuple(c.speaker for c in cues if c.speaker is not None and c.usable)
    return AttributionResult(tuple(quotes), tuple(find_no_response(view)), speakers)


# --- marked quotes ------------------------------------------------------------------------


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


def _trim(text: str, start: int, end: int) -> Span:
    """The span without the spaces at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _cue_attribution(view: DocView, cue: VerbCue, method: str) -> _Attribution:
    flags = ["conditional"] if cue.conditional else []
    if cue.impersonal:
        flags.append("impersonal")
    return _Attribution(cue.cue(view), cue.speaker, method, flags, cue_found=True)


def _next_content_word(view: DocView, j: int, last: int) -> int:
    while j < last and view.words[j].text in (",",):
        j += 1
    return j


def _verb_at(
    view: DocView, j: int, last: int, by_verb: dict[int, VerbCue], *, quoted: bool = False
) -> VerbCue | None:
    """The cue whose verb group starts at word ``j`` (after a closing mark or a comma).

    ``quoted``: the incise sits inside the quote marks, where no cue was listed beforehand.
    """
    words = view.words
    if quoted:
        for k in range(j, min(last, j + 4)):
            if words[k].upos not in ("VERB", "AUX") and not _participle_like(view, k):
                continue
            if words[k].upos == "AUX" and k + 1 < last and words[k + 1].upos in ("VERB", "ADJ", "AUX"):
                continue  # « a poursuivi »: the participle carries the cue
            entry = verb_entry(view, k)
            (first, end), inverted = verb_group(view, k)
            if entry is not None and first <= j + 1 and inverted is None:
                return VerbCue(verb=k, entry=entry, group=(first, end))
            break
    if words[j].upos in ("ADP", "SCONJ", "CCONJ") or words[j].text.lower() in NOT_INCISE_STARTS:
        # « …, sans dévoiler les noms », « en affirmant », « … » et réclame le report »: no incise
        return None
    for k in range(j, min(last, j + 6)):
        cue = by_verb.get(k)
        if cue is not None and cue.group[0] > j + 1 and _aspectual_lead(view, j, cue.group[0]):
            # « a fini par répéter l’ancien notaire »: the finite verb before the infinitive carries it.
            return replace(cue, group=(j, cue.group[1]))
        if cue is not None and cue.group[0] <= j + 1 and cue.group[0] >= j:
            if not _finite_group(view, cue):
                return None
            return cue
        if words[k].upos in ("VERB",) and k > j + 1:
            break
    # An incise verb that is not in the lexicon still counts when its subject is inverted.
    for k in range(j, min(last, j + 5)):
        w = words[k]
        if w.upos in ("VERB", "AUX") and (quoted or not view.in_quote(k)):
            (first, end), inverted = verb_group(view, k)
            if inverted is not None and first <= j + 1:
                verb = k
                m = inverted + 1
                # « a-t-on appris », « a-t-il ajouté »: the participle after the inverted auxiliary.
                if (
                    w.upos == "AUX"
                    and m < last
                    and words[m].upos in ("VERB", "ADJ", "AUX")
                    # « a-t-elle plaidé »: a participle the tagger may call finite
                    and (words[m].feat("VerbForm") in ("Part", None) or _participle_like(view, m))
                ):
                    verb = m
                    m += 1
                # « tente-t-il de corriger »: the reporting verb is the infinitive after it.
                if (
                    m + 1 < last
                    and words[m].text.lower() in ("de", "d'", "d’")
                    and words[m + 1].feat("VerbForm") == "Inf"
                ):
                    verb = m + 1
                entry = verb_entry(view, verb) or verb_entry(view, k)
                if entry is None:
                    entry = ReportingVerb(words[verb].lemma.lower(), frozenset({"say", "incise"}))
                cue = VerbCue(verb=verb, entry=entry, group=(first, max(end, verb + 1)), inverted=inverted)
                cue.speaker = pronoun_mention(view, inverted)
                return cue
    return None


ASPECTUAL_VERBS = {"finir": ("par",), "venir": ("de", "d'", "d’"), "se mettre": ("à",), "tenir": ("à",)}


def _aspectual_lead(view: DocView, j: int, start: int) -> bool:
    """Words ``[j, start)`` are « a fini par », « vient de », « a tenu à » before an infinitive."""
    words = view.words
    k = j
    if k < start and words[k].upos == "AUX":
        k += 1
    if k >= start or words[k].upos != "VERB" or words[k].feat("VerbForm") not in ("Fin", "Part"):
        return False
    preps = ASPECTUAL_VERBS.get(words[k].lemma.lower())
    return preps is not None and k + 2 == start and words[k + 1].text.lower() in preps


def _finite_group(view: DocView, cue: VerbCue) -> bool:
    """An incise is a finite verb (or an auxiliary and its participle), never an infinitive."""
    words = view.words
    if cue.inverted is not None or any(words[k].upos == "AUX" for k in range(*cue.group)):
        return True
    # « dit l’accusé »: present and participle look alike; infinitives and gerunds are out.
    verb = words[cue.verb]
    return verb.feat("VerbForm") not in ("Inf", "Ger") and not (
        verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Pres"
    )


INCISE_ASIDE_STARTS = ("lors", "devant", "pendant", "face", "visiblement", "manifestement", "très", "encore")
INCISE_COMPLEMENT_STARTS = (
    "à",
    "au",
    "aux",
    "lors",
    "devant",
    "pendant",
    "sur",
    "dans",
    "en",
    "depuis",
    "face",
)


def _aside_tail(view: DocView, start: int, ql: int) -> int:
    """Past what describes the speaker after an incise inside the marks, the sentence's end.

    « …, a déclaré la lauréate, visiblement émue, lors de la cérémonie. Je pense … » and « …, a dit
    le maire au micro de France Info. Rien ne … »: the incise ends the sentence. Returns ``start``
    when what follows may be the quotation going on (« Nous irons, a dit le maire, jusqu'au bout »).
    """
    words = view.words
    k = start
    while k < ql and words[k].text not in (".", "!", "?", "…"):
        j = k + 1 if words[k].text == "," else k
        if j >= ql:
            return start
        w = words[j]
        low = w.text.lower()
        aside = (
            low in INCISE_ASIDE_STARTS
            or w.feat("VerbForm") == "Part"
            or (w.upos == "ADJ" and w.text.islower())
            # « …, reconnaît Claire V., microbiologiste au laboratoire …, … »: the speaker's role
            or (w.upos == "NOUN" and w.text.islower() and j > k)
            or (
                low in ("à", "au", "en")
                and any(
                    words[m].text.lower() in ("issue", "marge", "micro") for m in range(j + 1, min(ql, j + 3))
                )
            )
        )
        # « …, reconnaît X, microbiologiste, qui a dirigé l’étude. Puis … »: a relative clause about
        # the speaker has a verb of its own.
        relative = low in ("qui", "dont") and words[j - 1].text == ","
        if not (aside or relative or (j == k and low in INCISE_COMPLEMENT_STARTS)):
            return start
        k = j + 1
        while k < ql and words[k].text not in (",", ".", "!", "?", "…", ";", ":"):
            if view.in_quote(k) != view.in_quote(start) or (
                words[k].upos in ("VERB", "AUX") and words[k].feat("VerbForm") == "Fin" and not relative
            ):
                return start
            k += 1
    if start < k < ql - 1 and words[k].text in (".", "!", "?", "…"):
        return k
    return start


def _has_finite_verb(view: DocView, span: MarkedSpan) -> bool:
    first, last = view.word_range(span.content)
    return any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in view.words[first:last])


def _participle_like(view: DocView, k: int) -> bool:
    return view.words[k].text.lower().endswith(("é", "ée", "és", "ées"))


def _with_subject(view: DocView, cue: VerbCue, s_last: int, method: str) -> _Attribution:
    att = _cue_attribution(view, cue, method)
    if cue.inverted is None:
        subject = postposed_subject(view, max(cue.group[1], cue.verb + 1), s_last)
        if subject is not None:
            att.speaker = subject
    return att


def _incise_after(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    if span.closer is None:
        return None
    _, s_last = view.reporter_sentence(ql)
    j = _next_content_word(view, ql + 1, s_last)
    if j >= s_last:
        return None
    cue = _verb_at(view, j, s_last, by_verb) or _inverted_incise(view, j, s_last)
    if cue is None or not _incise_usable(cue):
        return None
    return _with_subject(view, cue, s_last, "incise")


INCISE_CLITICS = {"lui", "leur", "se", "s'", "s’", "nous", "vous", "me", "m'", "m’", "y", "en"}


def _inverted_incise(view: DocView, j: int, s_last: int) -> VerbCue | None:
    """« « … », lui a opposé le vice-président »: right after a quotation, a finite verb followed by
    its subject is an incise whatever the verb (« sourit le maire », « tranche la ministre »)."""
    words = view.words
    k = j
    while k < s_last and words[k].text.lower() in INCISE_CLITICS:
        k += 1
    if k >= s_last or words[k].upos not in ("VERB", "AUX") or words[k].feat("VerbForm") != "Fin":
        return None
    verb = k
    if words[k].upos == "AUX" and k + 1 < s_last and words[k + 1].upos == "VERB":
        verb = k + 1
    if words[verb].upos != "VERB":
        return None
    subject = postposed_subject(view, verb + 1, s_last)
    if subject is None or not (is_person_like(view, subject) or _is_org_or_media(view, subject)):
        return None
    s_end = view.word_range(subject.span)[1]
    if not (
        s_end >= s_last
        or all(words[m].upos == "PUNCT" for m in range(s_end, s_last))
        or _only_complements(view, s_end, s_last)
    ):
        return None
    entry = ReportingVerb(words[verb].lemma.lower(), frozenset({"say", "incise"}))
    cue = VerbCue(verb=verb, entry=entry, group=(j, verb + 1))
    cue.speaker = subject
    return cue


def _incise_usable(cue: VerbCue) -> bool:
    return not (cue.negated or cue.future or cue.idiom)


def _incise_inside(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """« Nous pensions, a-t-il ajouté, que c'était possible »: an incise between commas inside the marks."""
    words = view.words
    for k in range(qf + 1, ql - 1):
        if words[k].text != ",":
            continue
        j = k + 1
        cue = _verb_at(view, j, ql, by_verb, quoted=True)
        if cue is None:
            continue
        if cue.inverted is not None:
            close = cue.group[1]
        else:
            subject = postposed_subject(view, max(cue.group[1], cue.verb + 1), ql, quoted=True)
            if subject is None:
                continue
            cue.speaker = subject
            close = view.word_range(subject.span)[1]
        if close < ql and words[close].text not in (".", "!", "?", "…"):
            close = _aside_tail(view, close, ql)
        if close < ql and words[close].text == ",":
            return _cue_attribution(view, cue, "incise-inside")
        if close < ql - 1 and words[close].text in (".", "!", "?", "…"):
            # « Les comptes sont certifiés, a poursuivi la présidente. Nous ne céderons pas. »: the
            # incise ends a sentence and the quotation goes on; two quotations, one speaker.
            att = _cue_attribution(view, cue, "incise-inside")
            att.split = Span(words[k].start, words[close].end)
            return att
    return None


def final_incise(
    view: DocView, s_first: int, s_last: int, by_verb: dict[int, VerbCue]
) -> tuple[int, VerbCue] | None:
    """A cue that ends the sentence: « …, a indiqué la police. » → (first word of the incise, cue)."""
    words = view.words
    end = s_last
    while end > s_first and words[end - 1].upos == "PUNCT" and words[end - 1].text not in ("»", "”"):
        end -= 1
    # Walk back over a possible postposed subject to the comma or closing mark before the verb group.
    for k in range(end - 1, max(s_first, end - 25) - 1, -1):
        if view.in_quote(k):
            prev_is_mark = True
        else:
            prev_is_mark = False
        if words[k].text == "," or (prev_is_mark and view.is_mark(k)):
            j = k + 1
            if j >= end:
                return None
            cue = _verb_at(view, j, end, by_verb)
            if cue is not None and any(words[c].upos == "AUX" and c < k for c in view.children[cue.verb]):
                cue = None  # « X a, elle, annoncé un recours »: the auxiliary before the comma is the verb's
            if cue is None or not _incise_usable(cue):
                if words[k].text == ",":
                    continue
                return None
            if not _clause_before(view, s_first, k):
                continue  # « Son opposant, Luc Bertrand, a dénoncé … »: the comma closes the subject
            if cue.inverted is not None:
                if cue.group[1] == end or all(words[m].upos == "PUNCT" for m in range(cue.group[1], end)):
                    return j, cue
                # « tente-t-il de corriger au cours de sa vidéo »
                if cue.verb >= cue.group[1] - 1 or cue.verb > cue.inverted:
                    return j, cue
                continue
            subject = postposed_subject(view, max(cue.group[1], cue.verb + 1), end)
            if subject is None:
                continue
            s_end = view.word_range(subject.span)[1]
            if (
                s_end >= end
                or all(words[m].upos == "PUNCT" for m in range(s_end, end))
                or _only_complements(view, s_end, end)
            ):
                return j, cue
            continue
        if view.in_quote(k) and not view.is_mark(k):
            return None
    return None


def _clause_before(view: DocView, s_first: int, k: int) -> bool:
    """Whether words ``[s_first, k)`` hold a main clause (a finite verb) or a quotation.

    A relative clause does not count: in « Son éditeur, X, qui dirige les éditions, a annoncé … »
    the comma closes the subject, and what follows is the main verb, not an incise.
    """
    words = view.words
    for m in range(s_first, k):
        if view.in_quote(m):
            return True
        w = words[m]
        if w.upos not in ("VERB", "AUX") or w.feat("VerbForm") not in ("Fin", None):
            continue
        if w.deprel in ("acl:relcl", "acl") or _in_relative_clause(view, m, s_first):
            continue
        return True
    return False


def _in_relative_clause(view: DocView, m: int, s_first: int) -> bool:
    """Word ``m`` follows a « qui / que / dont » with no comma or full stop in between."""
    words = view.words
    for j in range(m - 1, max(s_first, m - 6) - 1, -1):
        low = words[j].text.lower()
        if low in (",", ".", ";", ":"):
            return False
        if low in ("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"):
            return True
    return False


def _only_complements(view: DocView, start: int, end: int) -> bool:
    """Words after a postposed subject that are only a complement (« à une question de la RTBF »)."""
    words = view.words
    if start >= end:
        return True
    if words[start].text.lower() not in (
        "à",
        "au",
        "aux",
        "sur",
        "dans",
        "lors",
        "devant",
        "pendant",
        "en",
        "depuis",
        "au cours",
        "avant",
        "après",
    ):
        return False
    return all(words[m].upos not in ("VERB", "AUX") and not view.in_quote(m) for m in range(start, end))


def _incise_end(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    s_first, s_last = view.reporter_sentence(qf)
    found = final_incise(view, s_first, s_last, by_verb)
    if found is None:
        return None
    start, cue = found
    if start <= ql:
        return None
    return _with_subject(view, cue, s_last, "incise-end")


def _colon_before(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """X a déclaré : « … » ; X : « … »."""
    words = view.words
    j = qf - 1
    while j >= 0 and words[j].text in DASHES:
        j -= 1
    if j < 0 or words[j].text != ":" or view.in_quote(j):
        return None
    colon = j
    s_first, _ = view.reporter_sentence(colon)
    if s_first == colon + 1 or s_first > colon:
        s_first = view.reporter_sentence(colon)[0]
    # The nearest cue before the colon, in the same paragraph's clause.
    p = view.paragraph_of[colon]
    k = colon - 1
    while k >= 0 and view.paragraph_of[k] == p and k >= s_first - 1:
        if words[k].text in (";", ".") and not view.in_quote(k) and k < colon - 1:
            break
        cue = by_verb.get(k)
        if (
            cue is not None
            and not view.in_quote(k)
            and _incise_usable(cue)
            and not cue.journalist
            and (cue.speaker is not None or cue.impersonal)
        ):
            return _cue_attribution(view, cue, "colon")
        k -= 1
    # « Un gérant de fonds va plus loin : « … » »: no reporting verb, but the clause's subject speaks.
    for k in range(colon - 1, max(s_first, colon - 20) - 1, -1):
        w = words[k]
        if view.in_quote(k) or w.text in (";", "."):
            break
        if w.deprel in ("cop", "aux", "aux:tense", "aux:pass", "acl", "acl:relcl"):
            continue  # a copula, an auxiliary or a relative clause: the main verb is further back
        finite = w.feat("VerbForm") == "Fin" or (
            # « Puis elle s’est tournée vers l’accusé : »: a compound tense
            w.upos == "VERB"
            and any(
                words[c].upos == "AUX" and words[c].feat("VerbForm") == "Fin" and c < k
                for c in view.children[k]
            )
        )
        if (
            w.upos in ("ADJ", "NOUN")
            and (w.deprel == "root" or any(words[c].deprel.startswith("nsubj") for c in view.children[k]))
            and any(words[c].deprel == "cop" for c in view.children[k])
        ):
            finite = True  # « Le ministre a été clair : », « La note est sans ambiguïté : »
        predicate = w.upos in ("VERB", "AUX") or (w.upos in ("ADJ", "NOUN") and finite)
        if predicate and finite and not view.in_quote(k):
            subject = subject_of(view, k)
            if subject is not None and words[subject].text.lower() in ("qui", "que", "qu'", "qu’", "dont"):
                continue  # « un bus qui n’est jamais venu »: a relative clause; the main verb is further back
            if subject is None or words[subject].text.lower() in FIRST_SECOND:
                break
            mention, _ = mention_for(view, subject, limit=k if subject < k else None)
            if mention is not None and (is_person_like(view, mention) or _is_org_or_media(view, mention)):
                (first, end), _ = verb_group(view, k)
                said = Cue(view.span_of(first, end), view.text_of(first, end), words[k].lemma.lower())
                return _Attribution(said, mention, "colon", ["no-reporting-verb"], cue_found=True)
            break
    # « Gérard, 71 ans, dont quarante passés dans le quartier, est plus direct : « … » »: the parser
    # lost the clause, but the sentence opens on a named person, who is its subject.
    subject_start = _after_opening_participle(view, s_first, colon)
    opening = phrase_at(view, subject_start, colon) if subject_start < colon else None
    between = range(opening.last, colon) if opening is not None else range(0)
    if (
        opening is not None
        and opening.name is not None
        and words[opening.first].upos != "ADP"
        and (
            any(words[m].feat("VerbForm") == "Fin" for m in between)
            # « Élise N., infectiologue au CHU, tempère : »: a verb the tagger read as a noun
            or (
                0 < len([m for m in between if words[m].text != ","]) <= 2
                and words[colon - 1].text.islower()
            )
        )
    ):
        mention = phrase_mention(view, opening)
        if is_person_like(view, mention):
            said = Cue(Span(words[colon].start, words[colon].end), ":", ":")
            return _Attribution(said, mention, "colon", ["no-reporting-verb"], cue_found=True)
    # « La note interne, datée du 3 mars, est sans ambiguïté : « … » »: a description that can speak,
    # then « être » and what it is, whatever the parser made of the clause.
    if (
        opening is not None
        and opening.name is None
        and words[opening.first].upos == "DET"
        and any(words[m].lemma == "être" and words[m].upos == "AUX" for m in between)
        and len(between) <= 12
        and not any(view.in_quote(m) for m in between)
    ):
        mention = phrase_mention(view, opening)
        if speaker_kind(view, mention) in ("person", "group", "organization", "media"):
            said = Cue(Span(words[colon].start, words[colon].end), ":", ":")
            return _Attribution(said, mention, "colon", ["no-reporting-verb"], cue_found=True)
    # « Le ministre : « … » »: a noun phrase right before the colon.
    start = _phrase_before(view, colon)
    if start is not None:
        phrase = phrase_at(view, start, colon)
        determined = words[phrase.first].upos == "DET" or phrase.name is not None if phrase else False
        if phrase is not None and phrase.last == colon and determined:
            mention = phrase_mention(view, phrase)
            if is_person_like(view, mention) or _is_org_or_media(view, mention):
                return _Attribution(
                    Cue(Span(words[colon].start, words[colon].end), ":", ":"),
                    mention,
                    "colon",
                    cue_found=True,
                )
    return None


def _after_opening_participle(view: DocView, s_first: int, end: int) -> int:
    """« Contacté, le directeur … », « Interrogée sur ce point, X … »: past an opening participle
    and its complements, where the sentence's subject starts (``s_first`` when there is none)."""
    words = view.words
    participle = ("é", "ée", "és", "ées", "joint", "jointe")
    if s_first >= end or not words[s_first].text.lower().endswith(participle):
        return s_first
    for k in range(s_first + 1, min(end, s_first + 8)):
        if words[k].text == ",":
            return k + 1
        if words[k].upos in ("VERB", "AUX") and words[k].feat("VerbForm") == "Fin":
            break
    return s_first


def _phrase_before(view: DocView, end: int) -> int | None:
    """First word of the noun phrase ending right before word ``end``, within its sentence."""
    words = view.words
    s_first, _ = view.reporter_sentence(end - 1) if end > 0 else (0, 0)
    k = end - 1
    if k < s_first or words[k].upos not in ("NOUN", "PROPN", "ADJ"):
        return None
    while (
        k - 1 >= s_first
        and words[k - 1].upos in ("NOUN", "PROPN", "ADJ", "DET", "ADP")
        and words[k - 1].text not in (",", ":")
    ):
        k -= 1
    while k < end and words[k].upos == "ADP":
        k += 1
    return k


def _is_org_or_media(view: DocView, mention: Mention) -> bool:
    """An organization, a medium or a document (« le parquet », « l’état-major », « le rapport »)."""
    if mention.head is None:
        return False
    lemma = view.words[mention.head].lemma.lower()
    if lemma in organization_nouns() or lemma in media_nouns() or view.entity_label(mention.head) == "ORG":
        return True
    return speaker_kind(view, mention) in ("organization", "media")


def prepositional_cue(view: DocView, s_first: int, s_last: int) -> tuple[int, int, Mention, str] | None:
    """*selon X*, *d'après X*, *pour X,* in a sentence: (first word, last word + 1, speaker, kind).

    Several rules ask it of the same sentence: the answer is kept on the view.
    """
    key = ("prepositional_cue", s_first, s_last)
    if key not in view.memo:
        view.memo[key] = _prepositional_cue(view, s_first, s_last)
    return cast("tuple[int, int, Mention, str] | None", view.memo[key])


def _prepositional_cue(view: DocView, s_first: int, s_last: int) -> tuple[int, int, Mention, str] | None:
    words = view.words
    for k in range(s_first, s_last):
        if view.in_quote(k):
            continue
        low = words[k].text.lower().replace("’", "'")
        kind = None
        start = k + 1
        if low == "selon" or (low == "suivant" and k + 1 < s_last and words[k + 1].upos == "DET"):
            kind = "selon"
        elif low == "d'après" or (low == "d'" and k + 1 < s_last and words[k + 1].text.lower() == "après"):
            kind = "selon"
            start = k + 1 if low == "d'après" else k + 2
        elif low == "pour" and k + 1 < s_last and _pour_position(view, k, s_first):
            kind = "pour"
        elif (
            low in ("aux", "au")
            and k + 2 < s_last
            and words[k + 1].text.lower() in ("yeux", "dires", "dire")
            and words[k + 2].text.lower() in ("de", "d'", "d’", "du", "des")
        ):
            kind = "selon"
            start = k + 3 if words[k + 2].text.lower() in ("de", "d'", "d’") else k + 2
        elif (
            low in ("de", "d'")
            and k + 2 < s_last
            and words[k + 1].text.lower() in ("source", "sources")
            and words[k + 2].upos == "ADJ"
        ):
            # « a-t-on appris de source policière »: the source is the phrase « source policière ».
            kind = "selon"
            start = k + 1
        elif low == "dixit" and k + 1 < s_last:
            kind = "selon"
        else:
            phrase_end = _table_cue_at(view, k, s_last)
            if phrase_end is not None:
                kind, start = "selon", phrase_end  # « à en croire X », « de l’avis de X »
        if kind is None:
            continue
        if start >= s_last:
            continue
        low_next = words[start].text.lower()
        demonstrative = demonstrative_at(view, start)
        if demonstrative is not None:
            mention = demonstrative  # « Selon cette dernière, … », « selon celui-ci »
            end = view.word_range(demonstrative.span)[1]
        elif low_next in STRONG_PRONOUNS:
            mention = pronoun_mention(view, start)
            mention = Mention(
                mention.span,
                mention.text,
                start,
                "pronoun",
                "f" if low_next.startswith("elle") else "m",
                "plur" if low_next in ("eux", "elles") else "sing",
            )
            end = start + 1
        else:
            phrase = phrase_at(view, start, s_last, appositions=True)
            if phrase is None:
                continue
            plain = phrase_at(view, start, s_last, appositions=False)
            if (
                plain is not None
                and plain.last < phrase.last
                and (
                    any(
                        words[m].deprel.startswith("nsubj") and not start <= words[m].head < phrase.last
                        for m in range(plain.last, phrase.last)
                    )
                    or (
                        (k == s_first or _pour_position(view, k, s_first))
                        and _verb_without_subject_after(view, phrase.last, s_last)
                    )
                )
            ):
                # « Selon le club, le gardien X, sorti sur blessure, souffre … »: what looked like an
                # apposition is the subject of the sentence's verb.
                phrase = plain
            agent = _agent_after(view, phrase.last, s_last)
            interviewed = False
            if agent is not None and not is_person_like(view, phrase_mention(view, phrase)):
                # « selon les résultats communiqués par la préfecture »: who made the figures known.
                phrase = agent
            elif agent is not None:
                interviewed = True  # « pour un analyste interrogé par Reuters, »: the analyst speaks
            mention = phrase_mention(view, phrase)
            end = agent.last if interviewed and agent is not None else phrase.last
            framed = k == s_first or _pour_position(view, k, s_first) or words[k - 1].text == ","
            if not _can_speak(view, mention, phrase.head, framed=framed):
                continue  # « Les tarifs varient selon la saison »
            if kind == "pour":
                # « Pour X, … », « Pour X, son secrétaire général : « … » »
                if end >= s_last or words[end].text not in (",", ":"):
                    continue
                lemma = words[phrase.head].lemma.lower()
                if lemma in NOT_SPEAKERS_AFTER_POUR or not (
                    is_person_like(view, mention)
                    or _is_org_or_media(view, mention)
                    or view.entity_label(phrase.head) in ("PER", "ORG")
                ):
                    continue
        if kind == "pour" and (end >= s_last or words[end].text not in (",", ":")):
            continue
        if (
            kind in ("selon", "pour")
            and (k == s_first or _pour_position(view, k, s_first))
            and not (end < s_last and words[end].text == ",")
        ):
            # « Selon des conclusions d'analyses ayant été effectuées en Suisse, … »: the description
            # runs to the comma when no finite verb comes before it.
            for m in range(end, min(s_last, end + 15)):
                if words[m].text == "," and m > end:
                    mention = replace(
                        mention,
                        span=Span(mention.span.start, words[m - 1].end),
                        text=view.text[mention.span.start : words[m - 1].end],
                    )
                    end = m
                    break
                if (
                    (words[m].feat("VerbForm") == "Fin" and words[m].upos in ("VERB", "AUX"))
                    or view.in_quote(m)
                    or words[m].text in (";", ":", ".")
                ):
                    break
        return k, end, mention, kind
    return None


def _table_cue_at(view: DocView, k: int, s_last: int) -> int | None:
    """The first word after a multi-word cue of ``prepositional_cues.tsv`` of the « selon » kind that
    starts at word ``k`` (« à en croire », « de l’avis de », « aux dires de »), or None."""
    words = view.words
    first = words[k].text.lower().replace("’", "'")
    for tokens in _selon_phrases().get(first, ()):
        end = k + len(tokens)
        if end < s_last and all(
            words[k + n].text.lower().replace("’", "'") == token for n, token in enumerate(tokens)
        ):
            return end
    return None


@cache
def _selon_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word « selon » cues as the tokenizer cuts them (« de l' avis de »), longest first,
    filed by their first word."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase, kind in prepositional_cues().items():
        tokens = tuple(regex.sub(r"(\p{L}')", r"\1 ", phrase.lower()).split())
        if kind == "selon" and len(tokens) > 1:
            phrases.setdefault(tokens[0], []).append(tokens)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in phrases.items()}


def _verb_without_subject_after(view: DocView, end: int, s_last: int) -> bool:
    """« D’après les sources du Soir, Marc D., l’ancien trésorier, aurait quitté le pays »: after
    what looked like appositions to the speaker comes a finite verb with no subject of its own, so
    the last of them was that verb's subject."""
    words = view.words
    k = end
    for _ in range(3):
        while k < s_last and words[k].text == ",":
            k += 1
        # « …, l’ancien trésorier, aurait quitté »: another apposition, closed by its comma.
        close = next((m for m in range(k, min(s_last, k + 8)) if words[m].text == ","), None)
        if close is None or any(words[m].upos in ("VERB", "AUX") for m in range(k, close)):
            break
        if not any(words[m].upos in ("NOUN", "PROPN") for m in range(k, close)):
            break
        k = close
    while k < s_last and words[k].text == ",":
        k += 1
    while k < s_last and words[k].text.lower() in ("ne", "n'", "n’", "se", "s'", "s’", "y", "en"):
        k += 1
    return (
        k < s_last
        and words[k].upos in ("VERB", "AUX")
        and words[k].feat("VerbForm") == "Fin"
        and not view.in_quote(k)
    )


def _agent_after(view: DocView, end: int, s_last: int) -> Phrase | None:
    """« les chiffres publiés par l’Insee »: the agent of the participle that ends a phrase."""
    words = view.words
    if end >= s_last or words[end].text.lower() != "par" or end == 0:
        return None
    if words[end - 1].feat("VerbForm") != "Part" and not _participle_like(view, end - 1):
        return None
    agent = phrase_at(view, end + 1, s_last)
    if agent is None or agent.first != end + 1:
        return None
    return agent


def _prepositional_cue_words(view: DocView, k: int) -> Cue:
    """The cue « selon », « D’après », « aux yeux de » starting at word ``k``."""
    words = view.words
    low = words[k].text.lower().replace("’", "'")
    end = k + 1
    if low == "d'" and k + 1 < len(words) and words[k + 1].text.lower() == "après":
        end = k + 2
    lemma = view.text_of(k, end).lower().replace("’", "'")
    return Cue(view.span_of(k, end), view.text_of(k, end), lemma)


def _can_speak(view: DocView, mention: Mention, head: int, *, framed: bool) -> bool:
    """Whether the phrase after « selon » or « pour » can speak (« selon le médiateur »), not a
    circumstance (« selon la saison », « selon toute vraisemblance »). A noun no word list knows
    counts only where the phrase frames the sentence (``framed``: at its start or after a comma)."""
    kind = speaker_kind(view, mention)
    if kind == "unknown":
        return framed or mention.name is not None
    return kind in ("person", "group", "organization", "media")


def _pour_position(view: DocView, k: int, s_first: int) -> bool:
    """« Pour X, … » opens the sentence (after a conjunction or an adverb at most)."""
    words = view.words
    j = k - 1
    while j >= s_first and (
        words[j].upos in ("CCONJ", "ADV")
        or words[j].text in (",", "-", "—", "–")
        or words[j].text.lower() in CONNECTIVES
    ):
        j -= 1
    return j < s_first or words[j].text in (":", ";")


# Words that open a sentence before its frame: « Sauf que selon le quotidien, … », « Or, pour X, … ».
CONNECTIVES = {"sauf", "que", "qu'", "qu’", "mais", "or", "et", "donc", "pourtant", "cependant", "toutefois"}


def _selon(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    s_first, s_last = view.reporter_sentence(qf)
    found = prepositional_cue(view, s_first, s_last)
    if found is None:
        return None
    k, _, mention, kind = found
    cue = _prepositional_cue_words(view, k)
    return _Attribution(cue, mention, kind, cue_found=True)


def _selon_before(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """*pour X,* or *selon X,* before the quote in its sentence wins over a cue at the sentence's end."""
    att = _selon(view, span, qf, ql, by_verb)
    if att is None or att.cue is None or att.cue.span.start > span.opener:
        return None
    return att


def _selon_after(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """« … », selon l’ARS: the prepositional cue right after the closing mark."""
    if span.closer is None:
        return None
    j = _next_content_word(view, ql + 1, len(view.words))
    if j >= len(view.words) or view.words[j].text.lower() not in ("selon", "d'après", "d’après", "d'", "d’"):
        return None
    att = _selon(view, span, qf, ql, by_verb)
    if att is None or att.cue is None or att.cue.span.start != view.words[j].start:
        return None
    return att


def _pour_after(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """« Une décision « incompréhensible » pour Me Fanny L., l’avocate des parties civiles »: a
    verbless sentence whose words are someone's, said by « pour X » right after the marks."""
    if span.closer is None:
        return None
    words = view.words
    j = ql + 1
    _, s_last = view.reporter_sentence(ql)
    if j >= s_last or words[j].text.lower() != "pour":
        return None
    phrase = phrase_at(view, j + 1, s_last)
    if phrase is None or phrase.first != j + 1:
        return None
    mention = phrase_mention(view, phrase)
    if speaker_kind(view, mention) not in ("person", "group", "organization") or mention.name is None:
        return None
    rest = range(phrase.last, s_last)
    if any(words[m].upos in ("VERB", "AUX") and words[m].feat("VerbForm") == "Fin" for m in rest):
        return None
    return _Attribution(_prepositional_cue_words(view, j), mention, "pour", cue_found=True)


def _dash(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """« … » — X, at the end of a paragraph or sentence."""
    if span.closer is None:
        return None
    words = view.words
    _, s_last = view.reporter_sentence(ql)
    j = ql + 1
    if j >= s_last or words[j].text not in DASHES:
        return None
    phrase = phrase_at(view, j + 1, s_last)
    if phrase is None:
        return None
    mention = phrase_mention(view, phrase)
    if not (is_person_like(view, mention) or _is_org_or_media(view, mention)):
        return None
    return _Attribution(Cue(view.span_of(j, j + 1), words[j].text, "—"), mention, "dash", cue_found=True)


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


# --- kinds --------------------------------------------------------------------------------


def _kind(view: DocView, span: MarkedSpan, att: _Attribution) -> str:
    """direct, partial or scare, from the quote's words and its place in the sentence."""
    words = view.words
    first, last = view.word_range(span.content)
    inner = [words[k] for k in range(first, last)]
    content_words = [w for w in inner if w.upos not in ("PUNCT",)]
    n = len(content_words)
    has_verb = any(
        w.upos in ("VERB", "AUX") and (w.feat("VerbForm") in ("Fin", "Inf", None) or w.upos == "AUX")
        for w in content_words
    )
    qf = view.word_at(span.opener)
    ql = view.word_at(span.closer) if span.closer is not None else last
    s_first, s_last = view.reporter_sentence(qf)
    before = qf - 1
    while before >= s_first and words[before].text in DASHES:
        before -= 1
    after = ql + 1 if span.closer is not None else last
    embedded = (
        before >= s_first and words[before].text not in (":", ",", "(", ";") and not view.is_mark(before)
    )
    short = n <= 4 and not has_verb
    if _charge_name(view, qf, s_first, content_words):
        return "scare"  # « mis en examen pour « association de malfaiteurs » »: the charge's name
    if _title_or_label(view, qf, s_first, content_words):
        return "scare"  # « la revue « Astronomy & Astrophysics » », « classée « Seveso seuil haut » »
    if short:
        named = [
            w
            for w in content_words
            if w.upos not in ("DET",)
            and any(c.isalpha() for c in w.text)
            and w.text.lower() not in TITLE_PARTICLES
        ]
        if named and all(w.text[:1].isupper() or w.upos in ("NUM", "PUNCT") for w in named):
            return "scare"  # a name or a title: « Quantal Quetzal », « Coach », « le Sorcier »
        if (
            after < len(words)
            and after < s_last
            and words[after].upos == "PROPN"
            and words[after].text[:1].isupper()
        ):
            return "scare"  # a nickname before a name: « Coach » Romney
        if (
            n <= 2
            and before >= s_first
            and words[before].upos in ("DET", "ADJ")
            and after < s_last
            and words[after].text.lower() in ("de", "du", "des", "d'", "d’")
        ):
            return "scare"  # a term inside a noun phrase: la « dédiabolisation » du Front national
        if att.method is None:
            return "scare"
    if (
        att.method is None
        and embedded
        and not any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in content_words)
        and words[before].upos in ("ADP", "DET")
    ):
        return "scare"  # « condamnée pour « mise en danger de la vie d'autrui » »: a term, nobody's words
    if embedded:
        return "partial"
    # « « Une erreur de jeunesse » qui lui a coûté sa place, a résumé X »: the reporter's sentence goes
    # on after the marks, so the quote is part of it.
    if (
        after < s_last
        and words[after].text not in (",", ".", ";", ":", "!", "?", "…", "»", ")")
        and att.method == "incise-end"
        and not view.in_quote(after)
    ):
        return "partial"
    return "direct"


def _normalized(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").strip(" .,;:!?…").split())


class _QuotedWords:
    """The words of every top-level quotation, normalized once, and which quotations hold each
    word: an excerpt is looked for only in the quotations that may hold it, not in all of them."""

    def __init__(self, view: DocView, top: list[MarkedSpan]) -> None:
        self.texts = [_normalized(span.content.text_in(view.text)) for span in top]
        self.whole: dict[str, list[int]] = {}
        self.starts: dict[str, list[int]] = {}
        for m, text in enumerate(self.texts):
            tokens = set(text.split())
            for token in tokens:
                self.whole.setdefault(token, []).append(m)
            for start in {token[:k] for token in tokens for k in (1, 2, 3)}:
                self.starts.setdefault(start, []).append(m)

    def holding(self, words: str) -> list[int]:
        """The quotations, in order, that may hold ``words`` (two words or more): those with one of its
        inner words whole (the rarest), or for two words, a word that starts like the second."""
        tokens = words.split()
        if len(tokens) >= 3:
            return min((self.whole.get(token, []) for token in tokens[1:-1]), key=len)
        return self.starts.get(tokens[1][:3], [])


def _excerpt_of(
    view: DocView,
    span: MarkedSpan,
    top: list[MarkedSpan],
    attributions: dict[int, _Attribution],
    kinds: dict[int, str],
    quoted: _QuotedWords,
) -> _Attribution | None:
    """The attribution of a longer quotation elsewhere that holds these very words."""
    words = _normalized(span.content.text_in(view.text))
    if len(words.split()) < 2:
        return None
    for m in quoted.holding(words):
        other = top[m]
        if other is span or attributions[m].speaker is None or kinds.get(m) == "scare":
            continue
        if words in quoted.texts[m] and len(other.content) >= len(span.content):
            source = attributions[m]
            return _Attribution(
                source.cue, source.speaker, "excerpt", [*source.flags, "excerpt"], cue_found=True
            )
    return None


def _next_sentence(view: DocView, span: MarkedSpan, by_verb: dict[int, VerbCue]) -> _Attribution | None:
    """« « Je n’ai jamais voulu ça. » Debout dans le box, X a demandé pardon. »: the speaker comes next.

    A quotation that opens its paragraph with no cue takes the speaker of a reporting verb in the
    sentence right after it, in the same paragraph.
    """
    if span.closer is None:
        return None
    words = view.words
    qf = view.word_at(span.opener)
    p_first, p_last = view.word_range(view.doc.paragraphs[view.paragraph_of[qf]].span)
    # Only a dateline may come before it (« Castelroux, 18 mars 2022. - « … » »): a dash right before
    # it, in the first 13 words of the paragraph or after dashes only (read from the quotation back:
    # a paragraph may be long).
    if qf > p_first and not (
        words[qf - 1].text in DASHES
        and (qf - 1 - p_first <= 12 or all(words[k].text in DASHES for k in range(p_first, qf)))
    ):
        return None
    after = view.word_at(span.closer) + 1
    while after < p_last and words[after].upos == "PUNCT":
        after += 1
    if after >= p_last:
        return None
    s_first, s_last = view.reporter_sentence(after)
    owner = _speech_noun_owner(view, s_first, s_last)
    if owner is not None:
        return owner
    for k in range(s_first, s_last):
        cue = by_verb.get(k)
        if cue is not None and cue.usable and cue.speaker is not None and is_person_like(view, cue.speaker):
            att = _cue_attribution(view, cue, "next-sentence")
            att.flags.append("inherited")
            return att
    # « « Je ne gouverne pas avec des pétitions. » Hélène Marcoux a clos les débats »: no reporting
    # verb, but the next sentence is about a person named there, who said it.
    named = _named_subject(view, s_first, s_last)
    if named is not None:
        mention, said = named
        return _Attribution(
            said, mention, "next-sentence", ["inherited", "no-reporting-verb"], cue_found=True
        )
    return None


def _speech_noun_owner(view: DocView, s_first: int, s_last: int) -> _Attribution | None:
    """« Telle est l’analyse de X », « Ce sont les mots de X », « C’est le constat de X »: the
    sentence after the words names whose they are by a noun for what someone says."""
    words = view.words
    for k in range(s_first, min(s_last, s_first + 6)):
        if view.in_quote(k) or words[k].lemma.lower() not in word_set("speech_nouns.txt"):
            continue
        j = k + 1
        while j < s_last and words[j].upos == "ADJ":
            j += 1  # « le constat amer de X »
        if j + 1 < s_last and words[j].lemma == "être" and words[j].upos == "AUX":
            j += 1  # « Le constat est du professeur X »
        if j >= s_last or words[j].text.lower() not in ("de", "du", "d'", "d’", "des"):
            continue
        start = j + 1 if words[j].text.lower() in ("de", "d'", "d’") else j
        if words[start].text.lower() in ("du", "des") and start + 1 < s_last:
            start += 1  # « est du professeur X »: the article in « du » is not the speaker's
        phrase = phrase_at(view, start, s_last)
        if phrase is None:
            continue
        mention = phrase_mention(view, phrase)
        if speaker_kind(view, mention) not in ("person", "group", "organization"):
            continue
        said = Cue(view.span_of(k, k + 1), words[k].text, words[k].lemma.lower())
        return _Attribution(said, mention, "after-words", ["inherited"], cue_found=True)
    return None


# How a sentence that gives the one before to someone opens (« C’est la remarque de X », « Tel
# est l’avis de X », « Le constat est de X »).
OWNING_OPENERS = {
    *("c'", "c’", "c'est", "c’est", "ce", "voilà"),
    *("tel", "telle", "tels", "telles", "le", "la", "l'", "l’"),
}


def _incise_inside_a_sentence(view: DocView, cue: VerbCue) -> tuple[int, int] | None:
    """An inverted incise between commas in the middle of a sentence with no quote marks
    (« A, appuie-t-il, B »): the words of the incise, or None."""
    words = view.words
    if cue.inverted is None or not cue.usable or cue.speaker is None or cue.que_clause or cue.infinitive:
        return None
    first, end = cue.group
    s_first, s_last = view.reporter_sentence(cue.verb)
    if any(view.in_quote(k) for k in range(s_first, s_last)):
        return None
    before, after = first - 1, end
    if before <= s_first or after >= s_last - 1:
        return None
    if words[before].text != "," or words[after].text != ",":
        return None
    return first, end


def _pour_qui(view: DocView) -> list[tuple[int, int, Mention, Cue]]:
    """« … tel le Medef, pour qui seule une hausse liée à l’inflation serait acceptable »: the
    relative « pour qui » gives its antecedent's view (the clause after « qui »)."""
    words = view.words
    found = []
    for k in range(1, len(words) - 2):
        if words[k].text.lower() != "pour" or words[k + 1].text.lower() != "qui" or view.in_quote(k):
            continue
        j = k - 1
        while j >= 0 and words[j].text == ",":
            j -= 1
        if j < 0 or words[j].upos not in ("NOUN", "PROPN"):
            continue
        start = j  # the whole noun phrase before « pour qui »: « la fédération des artisans »
        while start > 0 and words[start - 1].upos in ("NOUN", "ADJ", "ADP", "DET", "PROPN"):
            if words[start - 1].text == ",":
                break
            start -= 1
            in_complement = words[start - 1].text.lower() in ("de", "d'", "d’", "du", "des")
            if words[start].upos == "DET" and not in_complement:
                break
        phrase = phrase_at(view, start, k) if start < k else None
        mention = phrase_mention(view, phrase) if phrase is not None and phrase.last == j + 1 else None
        if mention is None or speaker_kind(view, mention) not in ("person", "group", "organization"):
            continue
        _, s_last = view.reporter_sentence(k)
        end = s_last
        while end > k + 2 and words[end - 1].upos == "PUNCT" and not view.is_mark(end - 1):
            end -= 1
        if end > k + 3:
            said = Cue(view.span_of(k, k + 2), view.text_of(k, k + 2), "pour")
            found.append((k + 2, end, mention, said))
    return found


def _owned_by_next_sentence(view: DocView, s_first: int, s_last: int) -> _Attribution | None:
    """The attribution of a sentence with no marks that the next one gives to someone (« Les
    artistes marchent tête baissée. C’est la remarque de X. »), in the same paragraph."""
    words = view.words
    if s_last >= len(words) or view.paragraph_of[s_last] != view.paragraph_of[s_first]:
        return None
    if any(view.in_quote(k) for k in range(s_first, s_last)):
        return None
    n_first, n_last = view.reporter_sentence(s_last)
    opener = words[n_first].text.lower()
    if opener not in OWNING_OPENERS:
        return None
    speech = word_set("speech_nouns.txt")
    nouns = [k for k in range(n_first, min(n_last, n_first + 4)) if words[k].lemma.lower() in speech]
    if not nouns:
        return None
    if opener in ("le", "la", "l'", "l’"):
        # « Le constat (amer) est de X »: the noun, its adjectives, then « être »
        k = nouns[0] + 1
        while k < n_last and words[k].upos == "ADJ":
            k += 1
        if nouns[0] != n_first + 1 or k >= n_last or words[k].lemma != "être":
            return None
    owner = _speech_noun_owner(view, n_first, n_last)
    if owner is None:
        return None
    owner.method = "indirect-after"
    owner.flags = []
    return owner


def _named_subject(view: DocView, s_first: int, s_last: int) -> tuple[Mention, Cue] | None:
    """The person named as the subject of a sentence's main verb, and that verb group."""
    words = view.words
    for k in range(s_first, s_last):
        w = words[k]
        if w.deprel != "root" or view.in_quote(k):
            continue
        # « Nadia, 52 ans, ne retient pas ses larmes », « X a été clair »: a verb or a predicate.
        if w.upos not in ("VERB", "ADJ") or (
            w.upos == "ADJ" and not any(words[c].deprel == "cop" for c in view.children[k])
        ):
            return None
        subject = subject_of(view, k)
        if subject is None or not s_first <= subject < s_last:
            return None
        mention, _ = mention_for(view, subject, limit=k if subject < k else None)
        if mention is None or not is_person_like(view, mention):
            return None
        # « La première a ouvert le feu … »: one of two people just named stands for a name.
        ordinal = mention.text.lower().split()[-1] in ORDINAL_ANAPHORS
        if mention.name is None and not ordinal:
            return None
        (first, end), _ = verb_group(view, k)
        return mention, Cue(view.span_of(first, end), view.text_of(first, end), w.lemma.lower())
    return None


TITLE_PARTICLES = {
    "de",
    "des",
    "du",
    "d'",
    "d’",
    "la",
    "le",
    "les",
    "l'",
    "l’",
    "et",
    "à",
    "au",
    "aux",
    "en",
    "sur",
    "pour",
    "&",
}


# Nouns of justice before « pour » and a charge's name (« une enquête pour « … » »).
CHARGE_NOUNS = {"enquête", "information", "condamnation", "plainte", "poursuite", "garde", "procès", "mise"}


def _charge_name(view: DocView, qf: int, s_first: int, content: list[Word]) -> bool:
    """Quote marks round the legal name of a charge, after « pour » and a word of justice within
    the few words before (« mis en examen pour « vol en bande organisée » », « écroués pour
    « association de malfaiteurs » », « une enquête pour « homicide involontaire » »)."""
    if not content or len(content) > 10:
        return False
    if any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in content):
        return False
    words = view.words
    k = qf - 1
    if k < s_first or words[k].text.lower() not in ("pour", "de", "d'", "d’", "chef"):
        return False
    if words[k].text.lower() != "pour" and not any(
        words[m].text.lower() in ("pour", "chef") for m in range(max(s_first, k - 3), k)
    ):
        return False  # « pour des faits de « … » », « du chef de « … » »
    charges = word_set("charge_participles.txt")
    return any(
        words[m].text.lower().rstrip("s").rstrip("e") in charges
        or words[m].text.lower() in charges
        or words[m].lemma.lower() in CHARGE_NOUNS
        for m in range(max(s_first, k - 8), k)
    )


def _title_or_label(view: DocView, qf: int, s_first: int, content: list[Word]) -> bool:
    """Quote marks round a title or a label, not someone's words.

    A work or a device named just before (« la revue », « son dernier album, », « l'opération »), or a
    participle that names (« classée », « baptisé », « intitulé ») with no agent after the marks.
    """
    if not content or any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in content):
        return False
    if len(content) > 8:
        return False
    words = view.words
    k = qf - 1
    while k >= s_first and words[k].text in (",",):
        k -= 1
    if k < s_first:
        return False
    if words[k].text.lower() in word_set("label_participles.txt"):
        # « Jean, dit « le Grand » » names; « il s’est dit « très déçu » » reports a state.
        return not (k > 0 and words[k - 1].upos == "AUX" and words[k - 1].lemma == "être")
    # « un rapport établi par l’Insee sur « Les revenus des ménages » », « le conférencier du thème
    # « … » »: a capitalized title after « sur », « du thème », in a clause about a work.
    if words[k].text.lower() in ("sur", "thème", "intitulé", "intitulée") and content[0].text[:1].isupper():
        works = word_set("work_nouns.txt") | media_nouns()
        if any(words[m].lemma.lower() in works for m in range(max(s_first, k - 8), k + 1)):
            return True
    # « la revue « … » », « son dernier album, « … » », « l'intégrale des « … » » after a work noun
    for m in range(k, max(s_first - 1, k - 3), -1):
        if words[m].lemma.lower() in word_set("work_nouns.txt") and words[m].upos == "NOUN":
            return content[0].text[:1].isupper()
        if words[m].upos not in ("ADJ", "DET", "ADP") and words[m].text not in (",",) and m != k:
            break
    return False


def _describing_participle(view: DocView, verb: int) -> bool:
    """« une copie du document, publiée par La Gazette »: a participle that describes a thing.

    With no auxiliary and hung on a noun, it tells what happened to the thing, not who speaks next.
    """
    w = view.words[verb]
    return (
        w.feat("VerbForm") == "Part"
        and w.deprel.startswith("acl")
        and not any(view.words[c].upos == "AUX" for c in view.children[verb])
        and w.head >= 0
        and view.words[w.head].upos == "NOUN"
        and view.words[w.head].lemma.lower() not in person_nouns()
    )


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
    # Put to someone (« a demandé », « a insisté », « vous »), not wondered aloud (« s’interroge-t-il »).
    asked = asker.cue is not None and asker.cue.lemma in ASKING_LEMMAS
    addressed = any(
        words[k].text.lower() in SECOND_PERSON for k in range(*view.word_range(question.content))
    )
    if not (asked or addressed):
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


def _verb_of(cue: VerbCue) -> int:
    return cue.verb


def _inherit(
    view: DocView,
    span: MarkedSpan,
    top: list[MarkedSpan],
    n: int,
    attributions: dict[int, _Attribution],
    kinds: dict[int, str],
    cues: list[VerbCue],
) -> _Attribution | None:
    """Continuation: the previous quote's speaker, or the speaker of the sentence just before."""
    words = view.words
    qf = view.word_at(span.opener)
    paragraph = view.paragraph_of[qf]
    opens_paragraph = all(
        words[k].text in DASHES for k in range(view.word_range(view.doc.paragraphs[paragraph].span)[0], qf)
    )
    # The closest earlier event: an attributed quote or a usable reporting verb with a speaker.
    best: tuple[int, _Attribution] | None = None
    for m in range(n - 1, -1, -1):
        if kinds.get(m) == "scare":
            continue
        prev = top[m]
        pf = view.word_at(prev.opener)
        att = attributions[m]
        if att.speaker is None:
            if att.cue_found:
                return None
            continue
        if view.paragraph_of[pf] == paragraph or (opens_paragraph and view.paragraph_of[pf] == paragraph - 1):
            best = (pf, att)
        break
    # A reporting verb between that quote and this one (in this paragraph) introduces someone else.
    verb_event: tuple[int, VerbCue] | None = None
    # Only the cues of this paragraph (and the one before) can count: a bisect finds them among
    # the article's cues, which come in the order of their verbs; the latest that counts is the one,
    # so they are read from the quotation back.
    lowest = paragraph - 1 if opens_paragraph else paragraph
    lo = bisect.bisect_left(cues, bisect.bisect_left(view.paragraph_of, lowest), key=_verb_of)
    for cue in reversed(cues[lo : bisect.bisect_left(cues, qf, key=_verb_of)]):
        if cue.verb >= qf or view.paragraph_of[cue.verb] not in (
            paragraph,
            paragraph - 1 if opens_paragraph else paragraph,
        ):
            continue
        if best is not None and cue.verb <= best[0]:
            break
        if not cue.usable or cue.speaker is None or _describing_participle(view, cue.verb):
            continue
        verb_event = (cue.verb, cue)
        break
    if verb_event is not None and (best is None or verb_event[0] > best[0]):
        cue = verb_event[1]
        if view.paragraph_of[cue.verb] != paragraph and not opens_paragraph:
            return None
        # Only the sentence right before the quote's sentence, or the same sentence.
        cue_sentence = view.sentence_of[cue.verb]
        if cue_sentence not in (view.sentence_of[qf], view.sentence_of[qf] - 1):
            return None
        att = _cue_attribution(view, cue, "previous-sentence")
        att.flags.append("inherited")
        return att
    if best is not None:
        previous = best[1]
        return _Attribution(previous.cue, previous.speaker, "continuation", [*previous.flags, "continuation"])
    # « Selon elle, la souche dégrade … . « C’est lent, bien sûr. » »: the sentence before says who speaks.
    here = view.sentence_of[qf]
    if here > 0:
        p_first, p_last = view.sentences[here - 1]
        if view.paragraph_of[p_first] == paragraph:
            found = prepositional_cue(view, p_first, p_last)
            if found is not None:
                k, _, mention, _ = found
                return _Attribution(
                    _prepositional_cue_words(view, k),
                    mention,
                    "previous-sentence",
                    ["inherited"],
                    cue_found=True,
                )
            # « Nadia, 52 ans, ne retient pas ses larmes. « Ici, tout le monde … » »: a quotation that
            # opens its sentence, right after a sentence about a person named there, is hers.
            named = _named_subject(view, p_first, p_last)
            if named is not None and view.sentences[here][0] >= qf - 1:
                mention, said = named
                return _Attribution(
                    said, mention, "previous-sentence", ["inherited", "no-reporting-verb"], cue_found=True
                )
    return None


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
    before: tuple[int, Mention, Cue] | None = None
    after: tuple[int, Mention, Cue] | None = None
    for s_first, s_last in view.sentences:
        if s_last <= p_first or s_first >= p_last:
            continue
        for position, mention, said in _sentence_speakers(view, s_first, s_last, cues):
            if position < qf and (before is None or position > before[0]):
                before = (position, mention, said)
            elif position > qf and after is None:
                after = (position, mention, said)
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
            for found in _sentence_speakers(view, s_first, s_last, cues):
                if last is None or found[0] > last[0]:
                    last = found
        if last is not None and words[pp_first].i < qf:
            _, mention, said = last
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
    return found


# --- indirect speech ----------------------------------------------------------------------


def _indirect(view: DocView, cues: list[VerbCue]) -> list[tuple[Span, str, MarkedSpan | None, _Attribution]]:
    words = view.words
    found: list[tuple[Span, str, MarkedSpan | None, _Attribution]] = []
    by_verb = {c.verb: c for c in cues}
    covered: list[tuple[int, int]] = []

    def add(first: int, last: int, att: _Attribution) -> None:
        while last > first and words[last - 1].upos == "PUNCT" and not view.is_mark(last - 1):
            last -= 1
        while (first < last and words[first].text in (",", ":", ";")) or (
            first < last and words[first].text in DASHES
        ):
            first += 1
        if last <= first:
            return
        unquoted = [k for k in range(first, last) if not view.in_quote(k) and words[k].upos != "PUNCT"]
        if len(unquoted) < 2 and not any(words[k].upos in ("VERB", "AUX") for k in unquoted):
            # the report is the quotation itself: the partial quote says it all (but « de vouloir
            # « imposer le fait accompli » » reports a wish the quotation does not state)
            return
        if (
            len(unquoted) < 6
            and not any(words[k].upos in ("VERB", "AUX") for k in unquoted)
            and not any(view.in_quote(k) for k in range(first, last))
        ):
            return  # no clause: « Procès de l’incendie », a headline's topic, reports nothing
        # The reports kept so far never overlap and are kept in order: only the two around
        # this one can overlap it (a long article has thousands).
        at = bisect.bisect_left(covered, (first, first))
        if any(a <= first < b or first <= a < last for a, b in covered[max(at - 1, 0) : at + 1]):
            return
        covered.insert(at, (first, last))
        found.append((view.span_of(first, last), "indirect", None, att))

    for cue in cues:
        if not cue.usable or cue.entry.incise_only or cue.impersonal:
            continue
        if cue.speaker is None:
            continue
        if cue.speaker.kind == "pronoun" and cue.speaker.text.lower() in ("on",):
            continue
        if not can_speak(view, cue.speaker, as_subject=True):
            continue  # « la hausse des prix montre que … »: nobody speaks
        clause = cue.que_clause or cue.infinitive or cue.predicate
        if clause is None and "comme" in cue.flags:
            # « l’armée ne se retirera pas, comme le précise l’ambassadeur »: the clause before « comme »
            s_first, _ = view.reporter_sentence(cue.verb)
            before = range(cue.group[0] - 1, s_first - 1, -1)
            clause = (s_first, next(k for k in before if words[k].text.lower() in ("comme", "ainsi")))
        if clause is None:
            continue
        opening = range(clause[0], min(clause[1], clause[0] + 3))
        if clause is cue.predicate and any(view.is_mark(k) for k in opening):
            continue  # « se disent « épuisés » par … »: the quoted state is the report (a partial quote)
        if cue.entry.ambiguous and not cue.entry.asking and cue.infinitive and not cue.que_clause:
            # « a reconnu avoir « mal tenu » ses comptes », « a menacé de retirer son pays », but not
            # « croit pouvoir » nor « une puissance qui menace de créer un écart »
            reported = _past_infinitive(view, cue.infinitive[0]) or view.words[
                cue.infinitive[0] - 1
            ].text.lower() in ("de", "d'", "d’")
            speaks = is_person_like(view, cue.speaker) or _is_org_or_media(view, cue.speaker)
            if not (reported and speaks):
                continue
        s_first, s_last = view.reporter_sentence(cue.verb)
        incise = final_incise(view, s_first, s_last, by_verb)
        end = strip_final_incise(view, clause[0], clause[1], incise[0] if incise else None)
        att = _cue_attribution(view, cue, "indirect")
        add(clause[0], end, att)

    for cue in cues:
        inside = _incise_inside_a_sentence(view, cue)
        if inside is not None:
            # « Contrairement aux discours, appuie-t-il, le français est classé troisième »: the
            # sentence round the incise is what he reports.
            s_first, s_last = view.reporter_sentence(cue.verb)
            add(s_first, s_last, _cue_attribution(view, cue, "indirect-incise"))
    for found_pour in _pour_qui(view):
        first, last, mention, said = found_pour
        add(first, last, _Attribution(said, mention, "indirect-selon", cue_found=True))
    for s_first, s_last in view.sentences:
        if all(view.in_quote(k) for k in range(s_first, s_last)):
            continue
        owned = _owned_by_next_sentence(view, s_first, s_last)
        if owned is not None:
            add(s_first, s_last, owned)  # « … . C’est la remarque de X. »: the sentence before is X's
            continue
        found_cue = prepositional_cue(view, s_first, s_last)
        if found_cue is not None:
            k, end, mention, _ = found_cue
            att = _Attribution(_prepositional_cue_words(view, k), mention, "indirect-selon", cue_found=True)
            if k == s_first or _pour_position(view, k, s_first):
                incise = final_incise(view, s_first, s_last, by_verb)
                add(end, strip_final_incise(view, end, s_last, incise[0] if incise else None), att)
            elif _parenthetical(view, k, end, s_last):
                # « C’est lié, selon le médiateur, à un durcissement … »: the cue cuts the report in two.
                incise = final_incise(view, s_first, s_last, by_verb)
                add(s_first, strip_final_incise(view, end, s_last, incise[0] if incise else None), att)
            else:
                # « …, selon X » / « …, a-t-on appris de source policière »: the clause before the cue.
                incise = final_incise(view, s_first, k, by_verb)
                add(s_first, strip_final_incise(view, s_first, k, incise[0] if incise else None), att)
            continue
        incise = final_incise(view, s_first, s_last, by_verb)
        if incise is not None:
            start, cue = incise
            if (cue.entry.incise_only and "told" not in cue.flags) or not _incise_usable(cue):
                continue  # (« …, a-t-on appris auprès du parquet » reports the clause before it)
            if _incise_closes_a_quotation(view, s_first, start):
                continue  # « Procès X : « Je n’ai jamais voulu ça », dit l’accusé »: the quotation is his
            att = _with_subject(view, cue, s_last, "indirect-incise")
            if att.speaker is None or not can_speak(view, att.speaker, as_subject=True):
                continue
            add(s_first, start, att)
    return found


def _parenthetical(view: DocView, k: int, end: int, s_last: int) -> bool:
    """The prepositional cue at ``k`` sits between commas inside its sentence, with words after."""
    words = view.words
    after = end
    while after < s_last and words[after].upos == "PUNCT" and not view.is_mark(after):
        after += 1
    return (
        k > 0
        and words[k - 1].text == ","
        and end < s_last
        and words[end].text == ","
        and after < s_last
        and any(w.upos not in ("PUNCT",) for w in words[after:s_last])
    )


def _past_infinitive(view: DocView, k: int) -> bool:
    """« avoir menti », « n’avoir rien vu », « d’avoir ignoré », « être intervenu »: a deed reported."""
    words = view.words
    while k < len(words) and words[k].text.lower() in ("de", "d'", "d’", "ne", "n'", "n’", "pas", "jamais"):
        k += 1
    return k < len(words) and words[k].text.lower() in ("avoir", "être")


def _incise_closes_a_quotation(view: DocView, s_first: int, start: int) -> bool:
    """The incise at ``start`` follows a whole quotation (after a colon, or opening the sentence)."""
    words = view.words
    k = start - 1
    while k > s_first and words[k].text == ",":
        k -= 1
    if not (view.is_mark(k) and view.in_quote(k)):
        return False
    n = view.mark_of[k]
    if n == -1:
        return False
    opener = view.word_at(view.spans[n].opener)
    return opener <= s_first or words[opener - 1].text in (":", "—", "–", "-")


# --- no response ----------------------------------------------------------------------------


def find_no_response(view: DocView) -> list[NoResponse]:
    """Statements that a party did not answer or declined to comment."""
    words = view.words
    found = []
    for s_first, s_last in view.sentences:
        if s_last <= s_first:
            continue
        start, end = words[s_first].start, words[s_last - 1].end
        text = view.text[start:end]
        for pattern in no_response_patterns():
            m = pattern.search(text)
            if m is None:
                continue
            at = view.word_at(start + m.start())
            if view.in_quote(at):
                continue
            last = s_last
            while last > s_first and words[last - 1].upos == "PUNCT":
                last -= 1
            first = s_first
            for k in range(at, s_first - 1, -1):
                if words[k].text == ";" and not view.in_quote(k):
                    first = k + 1
                    break
            for k in range(at, last):
                if words[k].text == ";" and not view.in_quote(k):
                    last = k
                    break
            party = None
            phrase = phrase_at(view, first, at, coordination=True)
            if phrase is not None:
                party = phrase_mention(view, phrase)
            span = view.span_of(first, last)
            found.append(NoResponse(span, span.text_in(view.text), party))
            break
    return found


__all__ = ["AttributionResult", "attribute", "final_incise", "find_no_response", "prepositional_cue"]
