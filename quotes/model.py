"""The data that flows between stages: frozen dataclasses only.

Every quote, cue, speaker and mention is a ``Span`` of character offsets into the
article text as read (decoded, newlines normalized to ``\\n``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "partial", "indirect", "scare"]
SourceKind = Literal["person", "organization", "group", "media", "document"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into the article text."""

    start: int
    end: int

    def text_in(self, text: str) -> str:
        """The characters of ``text`` that this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read: its text (the offsets' reference) and what is known about it."""

    name: str
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    encoding: str = "utf-8"
    source_format: Literal["text", "html"] = "text"


# --- Quote marks -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A stretch of text between quote marks.

    ``content`` excludes the marks and the spaces that pad them (« text » → ``text``).
    A French quote running over several paragraphs is one span whose continuing
    paragraphs reopen with a mark (``reopeners``); only the last one closes. A quotation whose
    opening mark was lost has an empty ``open_mark`` and starts at its paragraph's start.
    """

    content: Span
    opener: int
    open_mark: str
    closer: int | None
    close_mark: str | None
    depth: int
    paragraphs: tuple[int, ...]
    reopeners: tuple[int, ...] = ()

    @property
    def closed(self) -> bool:
        """False when the closing mark is missing and the span was ended at its paragraph's end."""
        return self.closer is not None

    @property
    def outer(self) -> Span:
        """The span with its marks."""
        end = self.closer + 1 if self.closer is not None else self.content.end
        return Span(self.opener, end)


@dataclass(frozen=True, slots=True)
class UnmatchedMark:
    """A quote mark that opens or closes nothing."""

    offset: int
    mark: str
    problem: str


@dataclass(frozen=True, slots=True)
class MarkScan:
    """Every quote mark of a text: the spans they delimit and the marks left over."""

    spans: tuple[MarkedSpan, ...]
    unmatched: tuple[UnmatchedMark, ...]


# --- The parse ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Word:
    """A syntactic word (Universal Dependencies), with its characters in the article.

    The words of a multi-word token (*du* → *de le*) share the token's span.
    ``head`` is the index of the head word in the document, -1 for a sentence root.
    """

    i: int
    text: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int
    sent: int

    def feat(self, name: str) -> str | None:
        """The value of one morphological feature (``Gender``, ``Number``…), or None."""
        if not self.feats:
            return None
        for pair in self.feats.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Sentence:
    """Words ``[first, last)`` of the document; never crosses a paragraph."""

    i: int
    first: int
    last: int
    span: Span
    paragraph: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-empty line of the article."""

    i: int
    span: Span


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: PER, ORG, LOC or MISC, words ``[first, last)``."""

    label: str
    span: Span
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class CorefChain:
    """Mentions that a coreference model put together (Stanza's French model, when installed)."""

    mentions: tuple[Span, ...]
    representative: int = 0


@dataclass(frozen=True, slots=True)
class ParserInfo:
    """Which parser produced a parse: what the JSON and the report footer record."""

    name: str
    model: str
    version: str


@dataclass(frozen=True, slots=True)
class ParsedDoc:
    """The article's parse, in our own terms, whatever parser made it."""

    text: str
    parser: ParserInfo
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    words: tuple[Word, ...]
    entities: tuple[Entity, ...] = ()
    coref: tuple[CorefChain, ...] = ()


# --- Attribution, sources, anonymity ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that introduce a quotation: a reporting verb, *selon*, a colon…"""

    span: Span
    text: str
    lemma: str


MentionKind = Literal["name", "pronoun", "description"]
Gender = Literal["m", "f"]
Number = Literal["sing", "plur"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A noun phrase, name or pronoun that refers to a speaker.

    ``span`` is the whole noun phrase, appositions included (« Ritwik Gupta, chercheur en
    politique de l’IA »); ``name`` is the proper name inside it, ``role`` the description
    that goes with the name (apposition or title before it).
    """

    span: Span
    text: str
    head: int | None = None
    kind: MentionKind = "description"
    gender: Gender | None = None
    number: Number | None = None
    name: Span | None = None
    role: Span | None = None


@dataclass(frozen=True, slots=True)
class Alternative:
    """A speaker the analyzer considered for a quotation and did not choose, with why."""

    speaker: Mention
    method: str
    confidence: float
    why: str = "runner-up"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation (or a pair of marks judged not to be one: ``scare``) and its attribution."""

    id: str
    span: Span
    text: str
    kind: QuoteKind
    marks: MarkedSpan | None = None
    cue: Cue | None = None
    speaker: Mention | None = None
    method: str | None = None
    confidence: float = 0.0
    flags: tuple[str, ...] = ()
    alternatives: tuple[Alternative, ...] = ()

    @property
    def extent(self) -> Span:
        """The characters a highlight of the quotation covers: its marks included, when it has them."""
        if self.marks is None:
            return self.span
        end = self.marks.closer + 1 if self.marks.closer is not None else self.span.end
        return Span(min(self.marks.opener, self.span.start), max(end, self.span.end))


@dataclass(frozen=True, slots=True)
class NoResponse:
    """A statement that a party did not answer or declined to comment."""

    span: Span
    text: str
    party: Mention | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """Why a mention was joined to a source."""

    mention: Span
    reason: str


@dataclass(frozen=True, slots=True)
class Source:
    """One real-world speaker, with every mention the article uses for it."""

    id: str
    name: str
    kind: SourceKind
    mentions: tuple[Mention, ...]
    quote_ids: tuple[str, ...]
    role: str | None = None
    affiliation: str | None = None
    links: tuple[Link, ...] = ()
    words_quoted: int = 0


@dataclass(frozen=True, slots=True)
class Rating:
    """A source's identification level (0 identified … 7 unattributed) and why."""

    level: int
    level_name: str
    reasons: tuple[str, ...]
    anonymity_reason: str | None = None
    boilerplate_reason: bool = False
    features: tuple[tuple[str, str], ...] = ()
    reason_codes: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """A newsroom check that fired: what was found, where, and the standard behind it."""

    check: str
    title: str
    message: str
    standard: str
    spans: tuple[Span, ...] = ()
    source_ids: tuple[str, ...] = ()
    quote_ids: tuple[str, ...] = ()
    wording: str = ""
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analyzer found in one article."""

    article: Article
    parser: ParserInfo
    marks: MarkScan
    quotes: tuple[Quote, ...]
    sources: tuple[Source, ...]
    quote_sources: dict[str, str | None] = field(default_factory=dict)
    ratings: dict[str, Rating] = field(default_factory=dict)
    no_response: tuple[NoResponse, ...] = ()
    findings: tuple[Finding, ...] = ()
    named_people: tuple[str, ...] = ()
