"""The sources stage's mentions placed in their clusters, before the bridges: for the tests of
the resolver's parts (naming, pronouns, descriptions, bridges, the source)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quotes.attribution import attribute
from quotes.docview import DocView
from quotes.marks import find_quote_marks
from quotes.model import Mention, ParsedDoc, Quote
from quotes.sources import _place_mentions, _Resolver
from quotes.sources.clusters import _Cluster


@dataclass
class Placed:
    """An article's mentions, each in its cluster, and the resolver that placed them."""

    resolver: _Resolver
    quotes: tuple[Quote, ...]
    mentions: list[tuple[Mention, _Cluster]]

    def mention(self, text: str, nth: int = 0) -> Mention:
        """The ``nth`` placed mention (in article order) whose text is ``text``."""
        found = [m for m, _ in self.mentions if m.text == text]
        assert len(found) > nth, f"no mention {text!r} (#{nth}); placed: {[m.text for m, _ in self.mentions]}"
        return found[nth]

    def cluster(self, text: str, nth: int = 0) -> _Cluster:
        """The cluster of that mention."""
        mention = self.mention(text, nth)
        return next(c for m, c in self.mentions if m is mention)

    def reason(self, text: str, nth: int = 0) -> str:
        """Why that mention joined its cluster (« first mention » when it started one)."""
        mention = self.mention(text, nth)
        return next(link.reason for link in self.cluster(text, nth).links if link.mention == mention.span)


def place(parse_text: Callable[[str], ParsedDoc], text: str) -> Placed:
    """Parse ``text``, attribute its quotations, and place every mention as ``resolve_sources`` does."""
    doc = parse_text(text)
    marks = find_quote_marks(text)
    view = DocView(doc, marks.spans)
    attributed = attribute(doc, marks, view=view)
    resolver, cluster_of = _place_mentions(view, attributed.quotes, context=attributed.speakers)
    mentions = sorted(
        ((m, cluster_of[m.span]) for c in resolver.clusters for m in c.mentions if m.span in cluster_of),
        key=lambda item: (item[0].span.start, -item[0].span.end),
    )
    return Placed(resolver, attributed.quotes, mentions)
