"""The article's paragraphs cut into text runs and properly nested highlights, in linear time.

Each highlight (a quotation, a term in quote marks, a stray quote mark, a mention of a
source) is handed only to the paragraphs it overlaps, found by bisection; each
paragraph then sorts its own few highlights. A page of P paragraphs and Q quotations
costs about P + Q, not P × Q: an article 64 times longer takes about 64 times longer
to render.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..model import Paragraph, Span
from .views import OrphanView, Piece, QuoteView

Kind = Literal["quote", "scare", "orphan", "mention"]
# Outer first; at equal extent, a quotation holds a scare term, and both hold a stray mark.
RANK = {"quote": 0, "scare": 1, "orphan": 2, "mention": 3}


@dataclass(frozen=True, slots=True)
class Highlight:
    """Something to highlight in the text: where, what kind, and what it shows."""

    span: Span
    kind: Kind
    quote: QuoteView | None = None
    orphan: OrphanView | None = None
    source: int = 0  # for a mention: the number of its source in the sources table


@dataclass(slots=True)
class _Node:
    """A highlight cut to one paragraph, with the highlights nested inside it."""

    start: int
    end: int
    kind: Kind
    quote: QuoteView | None = None
    orphan: OrphanView | None = None
    source: int = 0
    children: list[_Node] = field(default_factory=list)


def paragraph_pieces(
    text: str, paragraphs: Sequence[Paragraph], highlights: Sequence[Highlight]
) -> list[tuple[Piece, ...]]:
    """Every paragraph's pieces; a highlight over several paragraphs has a part in each.

    A highlight that crosses the end of the one it starts in is cut at that end, so the
    tags always nest. A mention that would cross a quotation's edge is left out: the
    quotation's highlight matters more. A quotation's first part carries its anchor.
    """
    starts = [p.span.start for p in paragraphs]
    ends = [p.span.end for p in paragraphs]
    nodes: list[list[_Node]] = [[] for _ in paragraphs]
    for h in highlights:
        first = bisect.bisect_right(ends, h.span.start)
        last = bisect.bisect_left(starts, h.span.end)
        for i in range(first, last):
            s, e = max(h.span.start, starts[i]), min(h.span.end, ends[i])
            if s < e:
                nodes[i].append(_Node(s, e, h.kind, quote=h.quote, orphan=h.orphan, source=h.source))
    parts: dict[str, int] = {}
    return [_pieces(text, p.span.start, p.span.end, nodes[i], parts) for i, p in enumerate(paragraphs)]


def _nest(nodes: list[_Node]) -> list[_Node]:
    """The highlights of one paragraph as a forest, in one pass over them sorted.

    A node crossing the end of the one it starts in is cut there; a mention is never cut
    and never cuts: one that would cross an edge is dropped, or unwrapped when a quotation
    found later crosses its end.
    """
    nodes.sort(key=lambda n: (n.start, -n.end, RANK[n.kind]))
    roots: list[_Node] = []
    stack: list[_Node] = []
    for node in nodes:
        while stack and stack[-1].end <= node.start:
            stack.pop()
        while stack and stack[-1].kind == "mention" and node.end > stack[-1].end and node.kind != "mention":
            mention = stack.pop()
            siblings = stack[-1].children if stack else roots
            siblings.pop()  # the mention is the last of its siblings while it is open
            siblings.extend(mention.children)
        if stack:
            if stack[-1].kind == "orphan" or (node.kind == "mention" and node.end > stack[-1].end):
                continue
            node.end = min(node.end, stack[-1].end)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _pieces(text: str, start: int, end: int, nodes: list[_Node], parts: dict[str, int]) -> tuple[Piece, ...]:
    roots = _nest(nodes)
    pieces: list[Piece] = []

    def emit(children: list[_Node], lo: int, hi: int) -> None:
        pos = lo
        for node in children:
            if node.start > pos:
                pieces.append(Piece("text", text=text[pos : node.start]))
            if node.kind == "orphan":
                pieces.append(Piece("orphan", text=text[node.start : node.end], orphan=node.orphan))
            elif node.kind == "scare":
                pieces.append(Piece("scare_open"))
                emit(node.children, node.start, node.end)
                pieces.append(Piece("scare_close"))
            elif node.kind == "mention":
                pieces.append(Piece("mention_open", source=node.source))
                emit(node.children, node.start, node.end)
                pieces.append(Piece("mention_close"))
            else:
                assert node.quote is not None
                number = node.quote.number
                part = parts[node.quote.id] = parts.get(node.quote.id, 0) + 1
                pieces.append(
                    Piece("open", quote=node.quote, tip_id=f"tip-{number}-{part}", first_part=part == 1)
                )
                emit(node.children, node.start, node.end)
                pieces.append(Piece("close", quote=node.quote))
            pos = node.end
        if pos < hi:
            pieces.append(Piece("text", text=text[pos:hi]))

    emit(roots, start, end)
    return tuple(pieces)
