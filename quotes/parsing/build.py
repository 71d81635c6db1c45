"""Assemble a ``ParsedDoc`` from what any parser gives for each paragraph.

Adapters hand over, paragraph by paragraph, sentences of ``RawWord`` whose offsets are
relative to the paragraph text and whose heads are indices within the sentence. This
module shifts offsets back into the article, numbers the words across the document and
maps named entities onto words, so that every adapter yields the same model.
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import regex

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


# A paragraph longer than this goes to the parser in pieces: a parser's time and memory grow
# faster than the length of what it is given in one go (spaCy refuses a text over a million
# characters), and one 990 KB paragraph must take as long as a thousand short ones.
PIECE_CHARS = 5_000
# Where a piece may end: after a sentence's final punctuation (and the closing marks after it),
# before what may start a sentence; else after any space; else anywhere.
_SENTENCE_CUT = regex.compile(r"[.!?…]+[»”\"’)\]]*\s+(?=[«“\"(\[\p{Lu}\p{N}—–-])")
_SPACE_CUT = regex.compile(r"\s+")


def cut_for_parser(text: str, *, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` pieces of a paragraph, together the whole of it, none longer than ``limit``.

    A piece ends after the last sentence that ends in its second half, else after its last
    space, else at ``limit`` characters (not before a combining mark). A paragraph within the
    limit is one piece: the parser sees news paragraphs whole, as before.
    """
    pieces: list[tuple[int, int]] = []
    start, size = 0, len(text)
    while size - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = None
        for pattern in (_SENTENCE_CUT, _SPACE_CUT):
            for m in pattern.finditer(text, lo, hi):
                cut = m.end()
            if cut is not None:
                break
        if cut is None:
            cut = hi
            while cut > lo and unicodedata.combining(text[cut]):
                cut -= 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, size))
    return pieces


def join_pieces(pieces: Sequence[tuple[int, RawParagraph]]) -> RawParagraph:
    """One paragraph's parse from the parses of its pieces, each given with where it starts."""
    if len(pieces) == 1 and pieces[0][0] == 0:
        return pieces[0][1]
    sentences: list[list[RawWord]] = []
    entities: list[RawEntity] = []
    for offset, raw in pieces:
        sentences.extend(
            [replace(w, start=w.start + offset, end=w.end + offset) for w in sentence]
            for sentence in raw.sentences
        )
        entities.extend(replace(e, start=e.start + offset, end=e.end + offset) for e in raw.entities)
    return RawParagraph(sentences, entities)


ENTITY_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}


def assemble(
    text: str,
    paragraphs: Sequence[Paragraph],
    parsed: Iterable[RawParagraph],
    parser: ParserInfo,
    *,
    coref: Iterable[CorefChain] = (),
) -> ParsedDoc:
    """The document model of ``text`` from per-paragraph parses, in paragraph order.

    ``coref`` chains are already in article offsets (a chain may cross paragraphs).
    """
    words: list[Word] = []
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for paragraph, raw in zip(paragraphs, parsed, strict=True):
        offset = paragraph.span.start
        first_of_paragraph = len(words)
        for raw_sentence in raw.sentences:
            if not raw_sentence:
                continue
            first = len(words)
            s_index = len(sentences)
            for k, raw_word in enumerate(raw_sentence):
                deprel = raw_word.deprel.lower()
                # A head outside the sentence, or the word itself (a parser's slip), would let
                # attribution wander or loop: the word becomes a root of its own instead.
                inside = 0 <= raw_word.head < len(raw_sentence) and raw_word.head != k
                words.append(
                    Word(
                        i=len(words),
                        text=raw_word.text,
                        lemma=raw_word.lemma or raw_word.text,
                        upos=raw_word.upos,
                        feats=raw_word.feats,
                        head=first + raw_word.head if inside else -1,
                        deprel=("dep" if deprel == "root" else deprel) if inside else "root",
                        start=offset + raw_word.start,
                        end=offset + raw_word.end,
                        sent=s_index,
                    )
                )
            last = len(words)
            sentences.append(
                Sentence(s_index, first, last, Span(words[first].start, words[last - 1].end), paragraph.i)
            )
        starts = [w.start for w in words[first_of_paragraph:]]
        ends = [w.end for w in words[first_of_paragraph:]]
        in_order = all(a <= b for a, b in itertools.pairwise(ends)) and all(
            a <= b for a, b in itertools.pairwise(starts)
        )
        for raw_entity in raw.entities:
            span = Span(offset + raw_entity.start, offset + raw_entity.end)
            if in_order:
                covered = _words_between(starts, ends, first_of_paragraph, span)
            else:
                covered = _words_in(words, first_of_paragraph, span)
            if covered is None:
                continue
            label = ENTITY_LABELS.get(raw_entity.label.upper(), raw_entity.label.upper())
            entities.append(Entity(label, span, covered[0], covered[1]))
    chains = [chain for chain in coref if len(chain.mentions) > 1]
    return ParsedDoc(
        text=text,
        parser=parser,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        words=tuple(words),
        entities=tuple(entities),
        coref=tuple(chains),
    )


def _words_between(starts: list[int], ends: list[int], first: int, span: Span) -> tuple[int, int] | None:
    """``_words_in`` by bisection, for a paragraph whose words come in order (a bisect, not a scan,
    per entity: a paragraph of a million characters has thousands of entities)."""
    lo = bisect.bisect_right(ends, span.start)
    hi = bisect.bisect_left(starts, span.end)
    if lo >= hi:
        return None
    return first + lo, first + hi


def _words_in(words: list[Word], first: int, span: Span) -> tuple[int, int] | None:
    """Word range ``[first, last)`` of the paragraph's words (from ``first`` on) overlapping ``span``."""
    found = [w.i for w in words[first:] if w.start < span.end and span.start < w.end]
    if not found:
        return None
    return found[0], found[-1] + 1


def split_at_paragraphs(
    sentences: Iterable[Sequence[RawWord]], starts: Sequence[int]
) -> list[list[list[RawWord]]]:
    """Sentences whose offsets count from the start of the whole text, regrouped by paragraph.

    ``starts`` are where the paragraphs begin in that text. A sentence that runs over a
    paragraph break is cut there, since paragraphs are hard boundaries: a word whose
    head is on the other side of the cut becomes a root. Offsets come back relative to
    their paragraph, heads relative to their (possibly cut) sentence.
    """
    grouped: list[list[list[RawWord]]] = [[] for _ in starts]
    for sentence in sentences:
        pieces: dict[int, list[int]] = {}
        for k, word in enumerate(sentence):
            pieces.setdefault(paragraph_at(starts, word.start), []).append(k)
        for n, members in pieces.items():
            local = {k: j for j, k in enumerate(members)}
            shift = starts[n]
            cut = []
            for k in members:
                word = sentence[k]
                head = local.get(word.head, -1) if word.head >= 0 else -1
                cut.append(
                    replace(
                        word,
                        head=head,
                        deprel=word.deprel if head >= 0 else "root",
                        start=word.start - shift,
                        end=word.end - shift,
                    )
                )
            grouped[n].append(cut)
    return grouped


def paragraph_at(starts: Sequence[int], char: int) -> int:
    """Index of the paragraph (by its start offset) that holds character ``char``."""
    return max(bisect.bisect_right(starts, char) - 1, 0)


def problems(doc: ParsedDoc) -> list[str]:
    """What is wrong with a parse's offsets and structure (nothing, for a sound parse).

    Every word's text is the article's text at its span, except the words of a
    multi-word token, which share the token's span; words are in order and never
    overlap but to share a token; heads stay inside their sentence; sentences lie in
    their paragraph, which no newline crosses.
    """
    found: list[str] = []
    text = doc.text
    previous: Word | None = None
    for sentence in doc.sentences:
        paragraph = doc.paragraphs[sentence.paragraph].span
        if not paragraph.contains(sentence.span):
            found.append(f"sentence {sentence.i} {sentence.span} is not inside paragraph {paragraph}")
        if "\n" in sentence.span.text_in(text):
            found.append(f"sentence {sentence.i} crosses a newline")
        for word in doc.words[sentence.first : sentence.last]:
            surface = text[word.start : word.end]
            shared = previous is not None and (previous.start, previous.end) == (word.start, word.end)
            if word.sent != sentence.i:
                found.append(f"word {word.i} says sentence {word.sent}, is in {sentence.i}")
            if word.end <= word.start:
                found.append(f"word {word.i} {word.text!r} has an empty span")
            elif surface != word.text and not shared and not _starts_token(doc, word):
                found.append(f"word {word.i} {word.text!r} != article text {surface!r}")
            if previous is not None and word.start < previous.end and not shared:
                found.append(f"word {word.i} {word.text!r} starts before word {previous.i} ends")
            if word.head != -1 and not sentence.first <= word.head < sentence.last:
                found.append(f"word {word.i} {word.text!r} has its head {word.head} outside its sentence")
            previous = word
    return found


def _starts_token(doc: ParsedDoc, word: Word) -> bool:
    """True for the first word of a multi-word token (the next word shares its span)."""
    following = word.i + 1
    return following < len(doc.words) and doc.words[following].span == word.span
