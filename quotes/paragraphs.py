"""Paragraphs: the non-empty lines of an article, the one boundary no sentence or quote cue crosses."""

from __future__ import annotations

import regex

from .model import Paragraph, Span

_LINE = regex.compile(r"[^\n]+")
_EDGE_SPACE = " \t\r\u00a0\u202f\u2009\u200b\ufeff"


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Every line that holds text, trimmed of the spaces at its ends."""
    paragraphs: list[Paragraph] = []
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start] in _EDGE_SPACE:
            start += 1
        while end > start and text[end - 1] in _EDGE_SPACE:
            end -= 1
        if end > start:
            paragraphs.append(Paragraph(len(paragraphs), Span(start, end)))
    return tuple(paragraphs)
