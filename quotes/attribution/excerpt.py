"""The ``excerpt`` rule: words quoted again from a longer quotation (in a headline, a lead) are
that quotation's speaker's."""

from __future__ import annotations

from ..docview import DocView
from ..model import MarkedSpan
from .record import _Attribution, _normalized


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


def _held_later(view: DocView, span: MarkedSpan, top: list[MarkedSpan], n: int, quoted: _QuotedWords) -> bool:
    """A later quotation holds these very words (a sub-head over the paragraph that quotes them)."""
    words = _normalized(span.content.text_in(view.text))
    if len(words.split()) < 2:
        return False
    return any(m > n and words in quoted.texts[m] for m in quoted.holding(words))
