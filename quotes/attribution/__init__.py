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

The package, one module per kind of rule (each imports only the ones above it here):

- ``record``: what a rule returns (``_Attribution``) and the readings several rules share;
- ``incise``, ``colon``, ``prepositional`` (selon / pour, also for indirect speech and the
  context), then ``marked``: the rules for a pair of quote marks, in order
  (``MARKED_RULES``), the dash and reported rules, and the choice among their speakers;
- ``kinds``: direct, partial or scare (titles, labels, the names of charges);
- ``context``, ``exchange``, ``excerpt``, ``guess``: a quotation with no cue of its own
  takes its speaker from the sentences around it, from a conversation, from the longer
  quotation it repeats, or, as a flagged guess, from what its paragraph is about;
- ``indirect``: reported speech without quote marks; ``noresponse``: « n’a pas répondu ».

``attribute`` below runs them in that order over the article.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..candidates import METHOD_PRIOR
from ..cues import find_verb_cues
from ..docview import DocView
from ..model import MarkedSpan, MarkScan, Mention, NoResponse, ParsedDoc, Quote, Span
from .context import _inherit, _next_sentence, _quoted_predicate
from .excerpt import _excerpt_of, _held_later, _QuotedWords
from .exchange import _answer, _exchange, _reply
from .guess import CONTENT_VERBS, _document_in_context, _from_context
from .incise import final_incise
from .indirect import _indirect
from .kinds import _kind
from .marked import _attribute_marked
from .noresponse import find_no_response
from .prepositional import prepositional_cue
from .record import _Attribution, _has_finite_verb


@dataclass(frozen=True, slots=True)
class AttributionResult:
    """Quotes in article order, the no-response statements, and every speaker a cue names.

    ``speakers`` holds the subjects of all usable reporting verbs, quoted or not: the
    sources stage uses them as context (« Liang a présenté… » makes Liang salient).
    """

    quotes: tuple[Quote, ...]
    no_response: tuple[NoResponse, ...]
    speakers: tuple[Mention, ...] = ()


def _alone_in_paragraph(view: DocView, span: MarkedSpan) -> bool:
    """The quotation is its paragraph's only words (a sub-head, a pull quote)."""
    paragraph = view.doc.paragraphs[view.paragraph_of[view.word_at(span.opener)]].span
    end = span.closer + 1 if span.closer is not None else span.content.end
    outside = view.text[paragraph.start : span.opener] + view.text[end : paragraph.end]
    return not any(ch.isalnum() for ch in outside)


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
    # « explique un « proche du président » »: marks round a label inside a speaker's description.
    in_speaker = [
        c.speaker.span
        for c in cues
        if c.speaker is not None
        and c.speaker.kind == "description"
        and any(m in c.speaker.text for m in '«“"')
    ]
    quoted: _QuotedWords | None = None  # made when a quotation first needs it
    deferred: list[int] = []  # sub-heads quoted in full further down
    for n, span in enumerate(top):
        att = attributions[n]
        kinds[n] = _kind(view, span, att)
        if any(s.start < span.opener < s.end for s in in_speaker):
            kinds[n], attributions[n] = "scare", _Attribution()
        if kinds[n] == "scare":
            continue
        if att.method is None and not att.cue_found:
            # Words that a longer quotation holds (a sub-head « Ceux qui savent ne parlent pas… »
            # over the paragraph that quotes them in full) are its speaker's before anyone nearby.
            quoted = quoted or _QuotedWords(view, top)
            alone = _alone_in_paragraph(view, span)
            inherited = _excerpt_of(view, span, top, attributions, kinds, quoted) if alone else None
            if inherited is not None:
                attributions[n] = att = inherited
                whole = _kind(view, span, att) == "direct" and _has_finite_verb(view, span)
                kinds[n] = "direct" if whole else "partial"
                continue
            if alone and _held_later(view, span, top, n, quoted):
                # « « C'est abominable » » as a sub-head, quoted in full below: its speaker is known once
                # the paragraph below is read (the last pass), not from the paragraph above.
                deferred.append(n)
                continue
            # A quotation that opens its paragraph with no cue belongs to the person the next
            # sentence is about, before any speaker carried over from the paragraph above.
            inherited = _next_sentence(view, span, by_verb)
            if inherited is None:
                inherited = _exchange(view, span, top, n, attributions, kinds)
            if inherited is None:
                inherited = _answer(view, span, top, n, attributions, kinds)
            if inherited is None:
                inherited = _reply(view, span, top, n, attributions, kinds, cues)
            if inherited is None:
                inherited = _quoted_predicate(view, span)
            if inherited is None:
                inherited = _inherit(view, span, top, n, attributions, kinds, cues)
            if inherited is not None:
                attributions[n] = att = inherited
                # (a quoted predicate is part of the reporter's sentence: its subject is outside)
                kinds[n] = "partial" if att.method == "quoted-predicate" else _kind(view, span, att)
    # A headline or a lead often repeats words quoted in full later (« des riverains « pris en otage » »
    # … « On est pris en otage », s’emporte une riveraine): the excerpt is that speaker's.
    for n, span in enumerate(top):
        # « Urgences de Valmoret : « On trie les patients … » »: a headline names its topic before the
        # colon; when the article quotes the words in full, their speaker is known.
        in_headline = view.paragraph_of[view.word_at(span.opener)] == 0
        headline_colon = attributions[n].method == "colon" and in_headline
        if n in deferred:
            continue
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
    order = [n for n in range(len(top)) if n not in deferred] + deferred
    for n in order:
        span = top[n]
        att = attributions[n]
        if kinds[n] == "scare" or att.speaker is not None:
            continue
        if n in deferred and quoted is not None:
            excerpt = _excerpt_of(view, span, top, attributions, kinds, quoted)
            if excerpt is not None:
                attributions[n] = excerpt
                whole = _kind(view, span, excerpt) == "direct" and _has_finite_verb(view, span)
                kinds[n] = "direct" if whole else "partial"
                continue
        if "impersonal" in att.flags:
            # « Le harcèlement est défini comme « … » » after « Le nouveau texte définit le délit »: a
            # passive of what a text says, with no agent, quotes the text in sight (and nobody else).
            if att.cue is not None and att.cue.lemma in CONTENT_VERBS:
                opener = view.word_at(span.opener)
                guess = _document_in_context(view, opener, view.paragraph_of[opener])
                if guess is not None:
                    guess.alternatives = att.alternatives
                    attributions[n] = guess
            continue
        guess = _from_context(view, span, top, n, attributions, kinds, cues)
        if guess is not None:
            guess.alternatives = att.alternatives
            attributions[n] = guess
    for n, span in enumerate(top):
        found.append((span.content, kinds[n], span, attributions[n]))
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


__all__ = ["AttributionResult", "attribute", "final_incise", "find_no_response", "prepositional_cue"]
