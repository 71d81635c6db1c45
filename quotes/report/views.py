"""The view models of the report's pages: what each page shows, already worded and formatted.

Built by ``report.article`` and ``report.index``, displayed by ``templates/article.html``
and ``templates/index.html``. Every string here is in the page's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..checks import Audit
from ..rendering import PageScript


@dataclass(frozen=True, slots=True)
class LinkView:
    """A link inside the page (``#…``) or to another page of the report."""

    text: str
    href: str


@dataclass(frozen=True, slots=True)
class QuoteView:
    """One quotation (direct, partial or indirect) as the page shows it."""

    id: str
    number: int
    anchor: str
    kind: str
    kind_label: str
    marked: bool
    css: str
    band: str
    band_label: str
    level: int
    level_label: str
    level_text: str
    tag: str
    speaker: str | None
    mention: str | None
    source_href: str | None
    cue: str | None
    reasons: tuple[str, ...]
    verify: tuple[str, ...]
    excerpt: str
    paragraph: int
    headline: bool = False  # in the article's headline
    guess: bool = False  # its speaker is a guess from the context
    alert: bool = False  # something to check, or a check fired on it or its source (keys N and P)
    source: int = 0  # the number of its source in the sources table (0: none)


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """The quotations of the headline, or of the body, for the list of quotations."""

    title: str | None
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True, slots=True)
class NavView:
    """The way back to the index, and to the articles before and after this one."""

    index: LinkView | None
    previous: LinkView | None
    next: LinkView | None


@dataclass(frozen=True, slots=True)
class OrphanView:
    """A quote mark that opens or closes nothing."""

    anchor: str
    mark: str
    paragraph: int
    problem: str
    tag: str


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of article text, or where a highlight opens or closes.

    ``open``/``close`` delimit a quotation (``<mark>``), ``scare_open``/``scare_close`` a
    term in quote marks, ``mention_open``/``mention_close`` a mention of the source numbered
    ``source``; ``orphan`` is an unmatched quote mark, shown on its own.
    """

    kind: Literal[
        "text", "open", "close", "scare_open", "scare_close", "mention_open", "mention_close", "orphan"
    ]
    text: str = ""
    quote: QuoteView | None = None
    tip_id: str = ""
    first_part: bool = True
    orphan: OrphanView | None = None
    source: int = 0


@dataclass(frozen=True, slots=True)
class ParagraphView:
    number: int
    anchor: str
    pieces: tuple[Piece, ...]
    headline: bool = False  # the article's headline, when it holds quotations


@dataclass(frozen=True, slots=True)
class SourceView:
    number: int
    anchor: str
    name: str
    role: str | None
    kind: str
    level: int
    level_text: str
    band: str
    band_label: str
    reasons: tuple[str, ...]
    quotes: int
    quote_links: tuple[LinkView, ...]
    words: int
    first_seen: LinkView | None
    first_paragraph: int = 0  # for sorting by first mention


@dataclass(frozen=True, slots=True)
class BarSegment:
    band: str
    label: str
    count: int
    amount: str
    percent: str
    x: str
    width: str


@dataclass(frozen=True, slots=True)
class BarView:
    """A horizontal bar of the three bands, with its text equivalent."""

    caption: str
    text: str
    segments: tuple[BarSegment, ...]
    empty: bool


@dataclass(frozen=True, slots=True)
class Figure:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class BandRow:
    band: str
    label: str
    quotes: str
    words: str
    sources: str
    indirect: str


@dataclass(frozen=True, slots=True)
class FindingView:
    """One place where a check fired: what was found, and links to where."""

    message: str
    where: tuple[LinkView, ...]


@dataclass(frozen=True, slots=True)
class CheckView:
    """A check that fired, with every place it fired and the standard behind it."""

    anchor: str
    check: str
    title: str
    standard: str
    standard_name: str
    count: int
    findings: tuple[FindingView, ...]


@dataclass(frozen=True, slots=True)
class BandView:
    """A band for the legends: its name and the tag that stands for it."""

    band: str
    label: str
    tag: str


@dataclass(frozen=True, slots=True)
class LevelView:
    level: int
    label: str
    band: str
    band_label: str


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """The view model of one article's page."""

    lang: str
    title: str
    name: str
    outlet: str | None
    date: str | None
    author: str | None
    url: str | None
    parser: str
    tool: str
    generated: str
    figures: tuple[Figure, ...]
    quote_bar: BarView
    word_bar: BarView
    band_rows: tuple[BandRow, ...]
    alerts: tuple[str, ...]
    paragraphs: tuple[ParagraphView, ...]
    quotes: tuple[QuoteView, ...]
    sources: tuple[SourceView, ...]
    checks: tuple[CheckView, ...]
    orphans: tuple[OrphanView, ...]
    no_response: tuple[LinkView, ...]
    levels: tuple[LevelView, ...]
    bands: tuple[BandView, ...]
    script: PageScript
    audit: Audit = field(repr=False)
    verdict: str = ""
    quote_groups: tuple[QuoteGroup, ...] = ()
    nav: NavView | None = None


@dataclass(frozen=True, slots=True)
class IndexRow:
    title: str
    subtitle: str | None
    href: str
    quotes: int
    indirect: int
    anonymous_share: str
    anonymous_value: float
    unattributed_share: str
    unattributed_value: float
    bar: BarView
    sources: int
    fully_identified: int
    checks: int


@dataclass(frozen=True, slots=True)
class IndexPage:
    """The view model of the index: one row per article, and the totals."""

    lang: str
    rows: tuple[IndexRow, ...]
    total: IndexRow | None
    failed: tuple[str, ...]
    bands: tuple[BandView, ...]
    parser: str
    tool: str
    generated: str
    script: PageScript
    spreadsheet: str | None = None  # a link to sources.csv
