"""A parsed article seen the way the attribution rules need it.

Indexes built once per article: children of each word, which words sit inside quote
marks, and the reporter's sentences (a sentence of the article goes on after a
quotation that ends with a full stop: « … . », a-t-il dit.). Everything here is linear
in the number of words.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .model import MarkedSpan, ParsedDoc, Span, Word

SENTENCE_END = {".", "!", "?", "…", "...", "!…", "?!", "!?"}
# Abbreviations and initials after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "dr",
    "pr",
    "me",
    "mgr",
    "st",
    "ste",
    "etc",
    "cf",
    "av",
    "n°",
}
QUOTE_CHARS = "«»‹›“”„‚‘’\"'"


# Tags that end a verbless stretch (``DocView.closing_comma``).
VERBS = frozenset({"VERB", "AUX"})


class DocView:
    """Indexes over a ``ParsedDoc`` and the article's quote marks."""

    def __init__(self, doc: ParsedDoc, spans: Sequence[MarkedSpan]) -> None:
        self.doc = doc
        self.text = doc.text
        self.words: tuple[Word, ...] = doc.words
        self.starts = [w.start for w in doc.words]
        self.children: list[list[int]] = [[] for _ in doc.words]
        for w in doc.words:
            if w.head >= 0:
                self.children[w.head].append(w.i)
        self.paragraph_of = [doc.sentences[w.sent].paragraph for w in doc.words]
        self.spans = list(spans)
        self.mark_offsets = {s.opener for s in self.spans if s.open_mark} | {
            s.closer for s in self.spans if s.closer is not None
        }
        self.mark_offsets |= {r for s in self.spans for r in s.reopeners}
        # The outermost marked span holding each word (its index in ``spans``), or -1.
        self.mark_of = [-1] * len(doc.words)
        for n, span in enumerate(self.spans):
            if span.depth:
                continue
            first, last = self.word_range(span.outer)
            for i in range(first, last):
                if self.mark_of[i] == -1:
                    self.mark_of[i] = n
        self.entity_of = [-1] * len(doc.words)
        for n, entity in enumerate(doc.entities):
            for i in range(entity.first, entity.last):
                self.entity_of[i] = n
        # Answers the stages compute more than once for the same words (keyed by the asking function).
        self.memo: dict[tuple[object, ...], object] = {}
        self.sentences = self._reporter_sentences()
        self.sentence_of = [0] * len(doc.words)
        for n, (first, last) in enumerate(self.sentences):
            for i in range(first, last):
                self.sentence_of[i] = n

    @property
    def has_headline(self) -> bool:
        """The first paragraph is a headline: short, with no full stop at its end, and text follows."""
        paragraphs = self.doc.paragraphs
        if len(paragraphs) < 2:
            return False
        first, last = self.word_range(paragraphs[0].span)
        return 0 < last - first <= 30 and self.words[last - 1].text not in (".", "!", "?", "…")

    def compound(self, i: int) -> str:
        """The word at ``i`` with the words hyphenated to it, lower case (« état-major » cut by the
        tokenizer into « état », « - », « major »)."""
        words = self.words
        first = last = i
        def glued(a: int, b: int) -> bool:  # words a, a+1 (the hyphen) and b touch
            return words[a].end == words[a + 1].start and words[a + 1].end == words[b].start

        while first >= 2 and words[first - 1].text == "-" and glued(first - 2, first):
            first -= 2
        while last + 2 < len(words) and words[last + 1].text == "-" and glued(last, last + 2):
            last += 2
        return self.text[words[first].start : words[last].end].lower()

    # --- positions ------------------------------------------------------------------

    def word_at(self, char: int) -> int:
        """Index of the word covering ``char``, or of the first word after it."""
        i = bisect.bisect_right(self.starts, char) - 1
        if i >= 0 and self.words[i].end > char:
            return i
        return min(i + 1, len(self.words) - 1) if self.words else 0

    def word_range(self, span: Span) -> tuple[int, int]:
        """Words ``[first, last)`` overlapping ``span``."""
        first = bisect.bisect_left(self.starts, span.start)
        while first > 0 and self.words[first - 1].end > span.start:
            first -= 1
        last = bisect.bisect_left(self.starts, span.end)
        return first, last

    def span_of(self, first: int, last: int) -> Span:
        """Characters of words ``[first, last)``."""
        return Span(self.words[first].start, self.words[last - 1].end)

    def text_of(self, first: int, last: int) -> str:
        if last <= first:
            return ""
        return self.text[self.words[first].start : self.words[last - 1].end]

    def entity_label(self, i: int) -> str | None:
        """The named-entity label (PER, ORG, LOC, MISC) of word ``i``, if any."""
        n = self.entity_of[i]
        return self.doc.entities[n].label if n >= 0 else None

    def in_quote(self, i: int) -> bool:
        """True when word ``i`` is inside quote marks (or is one of them)."""
        return self.mark_of[i] != -1

    def closing_comma(self, start: int, last: int, stop: frozenset[str] = VERBS) -> int | None:
        """The first comma in words ``[start, last)`` when none of the words before it is quoted or
        tagged as one of ``stop`` (« dans le nord de la capitale, »), else None."""
        for m in range(start, last):
            if self.words[m].text == ",":
                return m
            if self.words[m].upos in stop or self.in_quote(m):
                return None
        return None

    def is_mark(self, i: int) -> bool:
        """True when word ``i`` is a quote mark that opens, closes or reopens a listed span."""
        w = self.words[i]
        return len(w.text) == 1 and w.text in QUOTE_CHARS and w.start in self.mark_offsets

    # --- reporter sentences ----------------------------------------------------------

    def _reporter_sentences(self) -> list[tuple[int, int]]:
        """Sentences as the reporter wrote them: a full stop inside quote marks ends nothing.

        The parser's sentences are cut again at strong punctuation it missed, and joined where
        it cut inside a quotation or before an incise (« … . », a déclaré X.).
        """
        bounds: list[tuple[int, int]] = []
        for paragraph in self.doc.paragraphs:
            first, last = self.word_range(paragraph.span)
            start = first
            for i in range(first, last):
                if i + 1 >= last:
                    break
                if self.mark_of[i] != -1 and not self._closes_at(i):
                    continue
                if not self._ends_sentence(i, last):
                    continue
                bounds.append((start, i + 1))
                start = i + 1
            if start < last:
                bounds.append((start, last))
        return bounds

    def _closes_at(self, i: int) -> bool:
        """Word ``i`` is the closing mark of a top-level span."""
        n = self.mark_of[i]
        return n != -1 and self.spans[n].closer == self.words[i].start

    def _ends_sentence(self, i: int, last: int) -> bool:
        """Whether the reporter's sentence ends after word ``i``."""
        w = self.words[i]
        word_text = w.text
        if self._closes_at(i):
            # « … . » Il dit : the closing mark ends a sentence when a full stop precedes it
            # and a new sentence (capital letter, not an incise) follows.
            before_mark = self.words[i - 1].text if i > 0 else ""
            if before_mark not in SENTENCE_END or i + 1 >= last:
                return False
            nxt = self.words[i + 1]
            return nxt.text[:1].isupper() or nxt.text[:1] in "«“"
        if word_text not in SENTENCE_END:
            return False
        if word_text == "." and i > 0:
            prev = self.words[i - 1]
            before = prev.text.lower().rstrip(".")
            if before in ABBREVIATIONS and prev.end == w.start:
                return False
            if len(prev.text) == 1 and prev.text.isupper() and prev.end == w.start:
                return False  # an initial: A. Montebourg
        nxt = self.words[i + 1]
        return not (nxt.text in SENTENCE_END or nxt.text in "»”")

    def reporter_sentence(self, i: int) -> tuple[int, int]:
        """Word range of the reporter's sentence holding word ``i``.

        A position past the last word (where a rule looks after a quotation that ends the
        text: « … » -) lies in no sentence: its range is empty, so nothing is read there.
        """
        if not 0 <= i < len(self.sentence_of):
            end = min(max(i, 0), len(self.words))
            return end, end
        return self.sentences[self.sentence_of[i]]

    # --- tree ------------------------------------------------------------------------

    def subtree_range(self, head: int) -> tuple[int, int]:
        """Leftmost and rightmost+1 word of ``head``'s subtree."""
        lo = hi = head
        stack = [head]
        seen = 0
        while stack and seen < 500:
            seen += 1
            node = stack.pop()
            lo = min(lo, node)
            hi = max(hi, node)
            stack.extend(self.children[node])
        return lo, hi + 1

    def ancestors(self, i: int) -> list[int]:
        """Heads of ``i`` up to its root (cycles cut)."""
        found = []
        seen = {i}
        head = self.words[i].head
        while head >= 0 and head not in seen:
            found.append(head)
            seen.add(head)
            head = self.words[head].head
        return found
