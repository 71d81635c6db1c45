"""Assemble a ``ParsedDoc`` from what any parser gives for each paragraph.

Adapters hand over, paragraph by paragraph, sentences of ``RawWord`` whose offsets are
relative to the paragraph text and whose heads are indices within the sentence. This
module shifts offsets back into the article, numbers the words across the document and
maps named entities onto words, so that every adapter yields the same model.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import CorefChain, Entity, Paragraph, ParsedDoc, ParserInfo, Sentence, Span, Word


@dataclass(frozen=True, slots=True)
class RawWord:
    """A word as an adapter reads it: offsets in the paragraph, head within the sentence (-1: root)."""

    text: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RawEntity:
    """A named entity, offsets in the paragraph."""

    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RawParagraph:
    """One parsed paragraph."""

    sentences: Sequence[Sequence[RawWord]]
    entities: Sequence[RawEntity] = ()


ENTITY_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}


def assemble(
    text: str,
    paragraphs: Sequence[Paragraph],
    parsed: Iterable[RawParagraph],
    parser: ParserInfo,
    *,
    coref: Iterable[Sequence[Span]] = (),
) -> ParsedDoc:
    """The document model of ``text`` from per-paragraph parses, in paragraph order.

    ``coref`` chains are already in article offsets (a chain may cross paragraphs).
    """
    words: list[Word] = []
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for paragraph, raw in zip(paragraphs, parsed, strict=True):
        offset = paragraph.span.start
        for raw_sentence in raw.sentences:
            if not raw_sentence:
                continue
            first = len(words)
            s_index = len(sentences)
            for raw_word in raw_sentence:
                words.append(
                    Word(
                        i=len(words),
                        text=raw_word.text,
                        lemma=raw_word.lemma or raw_word.text,
                        upos=raw_word.upos,
                        feats=raw_word.feats,
                        head=first + raw_word.head if raw_word.head >= 0 else -1,
                        deprel=raw_word.deprel.lower() if raw_word.deprel.lower() != "root" else "root",
                        start=offset + raw_word.start,
                        end=offset + raw_word.end,
                        sent=s_index,
                    )
                )
            last = len(words)
            sentences.append(
                Sentence(s_index, first, last, Span(words[first].start, words[last - 1].end), paragraph.i)
            )
        for raw_entity in raw.entities:
            span = Span(offset + raw_entity.start, offset + raw_entity.end)
            covered = _words_in(words, span)
            if covered is None:
                continue
            label = ENTITY_LABELS.get(raw_entity.label.upper(), raw_entity.label.upper())
            entities.append(Entity(label, span, covered[0], covered[1]))
    chains = [CorefChain(tuple(chain)) for chain in coref if len(chain) > 1]
    return ParsedDoc(
        text=text,
        parser=parser,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        words=tuple(words),
        entities=tuple(entities),
        coref=tuple(chains),
    )


def _words_in(words: list[Word], span: Span) -> tuple[int, int] | None:
    """Word range ``[first, last)`` of the words overlapping ``span`` (searched from the end)."""
    first = last = None
    for word in reversed(words):
        if word.end <= span.start:
            break
        if word.start < span.end:
            first = word.i
            if last is None:
                last = word.i + 1
    if first is None or last is None:
        return None
    return first, last
