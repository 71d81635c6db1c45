"""The HTML report: view models built in Python, rendered by the Jinja2 templates in ``templates/``.

Writes, per article, ``<name>.html`` and ``<name>.json`` (the contract), then
``index.html`` and ``sources.csv``. Every file is written atomically: an interrupted
run leaves the previous version or the new one, never half of one, and no
temporary file.

The templates only loop and branch: every string they show (labels, the tag on a
quotation, a percentage) is made here. Autoescape is on and undefined names are
errors, so everything taken from an article reaches the page as text.
"""

from __future__ import annotations

import base64
import bisect
import csv
import functools
import hashlib
import io
import json
import shutil
import sys
import time
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from .anonymity import LEVEL_LABELS_FR, LEVEL_NAMES
from .checks import BAND_OF, BANDS, STANDARDS, Audit, audit, rating_of
from .errors import QuotesError
from .export import to_json
from .files import remove_stale_temp_files, spreadsheet_safe, write_atomically
from .model import Analysis, Finding, Quote, Rating
from .paragraphs import split_paragraphs
from .parsing import ParseCache, ParserChoice
from .wording import check_texts, reason_text


def _templates_folder() -> Path:
    """``templates/`` beside the package in a clone, else where a wheel installs it (share/quotes)."""
    beside = Path(__file__).resolve().parent.parent / "templates"
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "quotes" / "templates"


TEMPLATES = _templates_folder()
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
PROGRESS_FROM = 5
RESERVED_STEMS = {"index"}
# What a written page may load: nothing from anywhere, only its own inline style and script.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src {script}; base-uri 'none'; form-action 'none'"
)

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "lang": "fr",
        "colon": "\u00a0: ",
        "report": "Rapport de sourcing",
        "index_title": "Rapports de sourcing",
        "summary": "En bref",
        "quotations": "citations entre guillemets",
        "indirect": "en discours indirect",
        "indirect_col": "Discours indirect",
        "quoted_words": "mots cités",
        "sources_count": "sources",
        "quotes_by_band": "Citations entre guillemets par catégorie de source",
        "words_by_band": "Mots cités par catégorie de source",
        "band_table": "Citations, mots cités et sources par catégorie",
        "band": "Catégorie",
        "no_quotations": "Aucune citation entre guillemets.",
        "checks_fired": "Alertes",
        "sources": "Sources",
        "article": "L'article",
        "checks": "Vérifications",
        "no_checks": "Aucune alerte.",
        "no_sources": "Aucune source.",
        "band_identified": "identifiées (niveaux 0–2)",
        "band_anonymous": "anonymes (niveaux 3–6)",
        "band_unattributed": "non attribuées (niveau 7)",
        "short_identified": "identifiées",
        "short_anonymous": "anonymes",
        "short_unattributed": "non attribuées",
        "one_identified": "source identifiée",
        "one_anonymous": "source anonyme",
        "one_unattributed": "sans source",
        "tag_identified": "niveau 0–2",
        "tag_anonymous": "niveau 3–6",
        "tag_unattributed": "niveau 7",
        "fully_identified": "sources entièrement identifiées (niveau 0)",
        "name": "Nom",
        "kind": "Type",
        "level": "Niveau",
        "reasons": "Raisons",
        "quotes_col": "Citations",
        "words_col": "Mots cités",
        "first_seen": "Première mention",
        "speaker": "Qui parle",
        "cue": "Introduit par",
        "as_written": "dans le texte",
        "quotation": "Citation",
        "verify": "à vérifier",
        "verify_title": "À vérifier",
        "unattributed": "citation non attribuée",
        "unclosed": "guillemet jamais fermé",
        "unmatched": "Guillemets orphelins",
        "unmatched_intro": "Ces guillemets n'ouvrent ou ne ferment aucune citation : à vérifier.",
        "orphan_mark": "guillemet orphelin",
        "no_response": "Sans réponse",
        "standard": "Norme",
        "where": "Où",
        "whole_article": "l'ensemble de l'article",
        "parser": "Analyse",
        "outlet": "Média",
        "date": "Date",
        "author": "Auteur",
        "address": "Adresse",
        "file": "Fichier",
        "paragraph": "paragraphe",
        "quote_word": "citation",
        "level_word": "niveau",
        "legend": "Légende",
        "legend_indirect": "souligné seulement : discours indirect",
        "legend_scare": "pointillés : mot entre guillemets, pas une citation",
        "legend_help": "Cliquez sur une citation, ou atteignez-la avec la touche Tab, pour voir qui parle.",
        "scale": "L'échelle d'identification",
        "details": "Liste des citations",
        "details_intro": "Chaque citation, dans l'ordre du texte, avec qui parle et son niveau.",
        "excerpt": "Texte",
        "filter": "Afficher les citations",
        "all": "toutes",
        "generated": "Produit par quotes",
        "on": "le",
        "failed": "Articles non analysés",
        "index_col_article": "Article",
        "index_col_quotes": "Citations",
        "index_col_indirect": "Discours indirect",
        "index_col_anon": "Part anonyme",
        "index_col_unattr": "Part non attribuée",
        "index_col_bar": "Répartition",
        "index_col_sources": "Sources",
        "index_col_full": "Sources identifiées (niveau 0)",
        "index_col_checks": "Alertes",
        "index_total": "Ensemble",
        "index_intro": "Un article par ligne ; le titre mène à son rapport.",
        "no_article": "Aucun article analysé.",
        "only_anonymous": "L'article ne repose que sur des sources anonymes ou non attribuées.",
        "first_anonymous": "La première citation de l'article n'est pas d'une source identifiée.",
    },
    "en": {
        "lang": "en",
        "colon": ": ",
        "report": "Sourcing report",
        "index_title": "Sourcing reports",
        "summary": "At a glance",
        "quotations": "quotations in quote marks",
        "indirect": "in indirect speech",
        "indirect_col": "Indirect speech",
        "quoted_words": "words quoted",
        "sources_count": "sources",
        "quotes_by_band": "Quotations in quote marks by kind of source",
        "words_by_band": "Words quoted by kind of source",
        "band_table": "Quotations, words quoted and sources by kind of source",
        "band": "Kind of source",
        "no_quotations": "No quotation in quote marks.",
        "checks_fired": "Warnings",
        "sources": "Sources",
        "article": "The article",
        "checks": "Checks",
        "no_checks": "No warnings.",
        "no_sources": "No source.",
        "band_identified": "identified (levels 0–2)",
        "band_anonymous": "anonymous (levels 3–6)",
        "band_unattributed": "unattributed (level 7)",
        "short_identified": "identified",
        "short_anonymous": "anonymous",
        "short_unattributed": "unattributed",
        "one_identified": "identified source",
        "one_anonymous": "anonymous source",
        "one_unattributed": "no source",
        "tag_identified": "level 0–2",
        "tag_anonymous": "level 3–6",
        "tag_unattributed": "level 7",
        "fully_identified": "fully identified sources (level 0)",
        "name": "Name",
        "kind": "Kind",
        "level": "Level",
        "reasons": "Reasons",
        "quotes_col": "Quotations",
        "words_col": "Words quoted",
        "first_seen": "First mention",
        "speaker": "Speaker",
        "cue": "Cue",
        "as_written": "in the text",
        "quotation": "Quotation",
        "verify": "check",
        "verify_title": "Check",
        "unattributed": "unattributed quotation",
        "unclosed": "quote mark never closed",
        "unmatched": "Unmatched quote marks",
        "unmatched_intro": "These quote marks open or close no quotation: check them.",
        "orphan_mark": "unmatched quote mark",
        "no_response": "No response",
        "standard": "Standard",
        "where": "Where",
        "whole_article": "the whole article",
        "parser": "Parser",
        "outlet": "Outlet",
        "date": "Date",
        "author": "Author",
        "address": "Address",
        "file": "File",
        "paragraph": "paragraph",
        "quote_word": "quotation",
        "level_word": "level",
        "legend": "Legend",
        "legend_indirect": "underlined only: indirect speech",
        "legend_scare": "dotted: a word in quote marks, not a quotation",
        "legend_help": "Click a quotation, or reach it with the Tab key, to see who is speaking.",
        "scale": "The identification scale",
        "details": "All quotations",
        "details_intro": "Every quotation, in the order of the text, with its speaker and level.",
        "excerpt": "Text",
        "filter": "Show quotations",
        "all": "all",
        "generated": "Made by quotes",
        "on": "on",
        "failed": "Articles not analyzed",
        "index_col_article": "Article",
        "index_col_quotes": "Quotations",
        "index_col_indirect": "Indirect speech",
        "index_col_anon": "Anonymous share",
        "index_col_unattr": "Unattributed share",
        "index_col_bar": "Breakdown",
        "index_col_sources": "Sources",
        "index_col_full": "Identified sources (level 0)",
        "index_col_checks": "Warnings",
        "index_total": "All articles",
        "index_intro": "One article a row; its title leads to its report.",
        "no_article": "No article analyzed.",
        "only_anonymous": "The article rests only on anonymous or unattributed sources.",
        "first_anonymous": "The article's first quotation is not from an identified source.",
    },
}
QUOTE_KINDS = {
    "fr": {"direct": "directe", "partial": "partielle", "indirect": "discours indirect"},
    "en": {"direct": "direct", "partial": "partial", "indirect": "indirect speech"},
}
SOURCE_KINDS = {
    "fr": {
        "person": "personne",
        "organization": "organisation",
        "group": "groupe",
        "media": "média",
        "document": "document",
    },
    "en": {
        "person": "person",
        "organization": "organization",
        "group": "group",
        "media": "media",
        "document": "document",
    },
}
MARKED_KINDS = ("direct", "partial")
# quotes.marks states its problems in English; the French page says them in French.
MARK_PROBLEMS_FR = {
    "closing mark with no opening mark": "guillemet fermant sans guillemet ouvrant",
    "straight quote mark that pairs with no other": "guillemet droit qui ne fait paire avec aucun autre",
}

# --- view models -------------------------------------------------------------------------


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
    term in quote marks; ``orphan`` is an unmatched quote mark, shown on its own.
    """

    kind: Literal["text", "open", "close", "scare_open", "scare_close", "orphan"]
    text: str = ""
    quote: QuoteView | None = None
    tip_id: str = ""
    first_part: bool = True
    orphan: OrphanView | None = None


@dataclass(frozen=True, slots=True)
class ParagraphView:
    number: int
    anchor: str
    pieces: tuple[Piece, ...]


@dataclass(frozen=True, slots=True)
class SourceView:
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


@dataclass(frozen=True, slots=True)
class BarSegment:
    band: str
    label: str
    count: int
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
class PageScript:
    """The page's one inline script and the Content-Security-Policy that allows it and nothing else."""

    code: Any
    csp: str


@dataclass(frozen=True, slots=True)
class ArticlePage:
    labels: dict[str, str]
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
    labels: dict[str, str]
    rows: tuple[IndexRow, ...]
    total: IndexRow | None
    failed: tuple[str, ...]
    bands: tuple[BandView, ...]
    parser: str
    tool: str
    generated: str
    script: PageScript


# --- building the view models ----------------------------------------------------------------


def level_label(level: int, lang: str) -> str:
    """The level's name in the page's language (« relationnelle », "relational")."""
    return (LEVEL_LABELS_FR if lang == "fr" else LEVEL_NAMES)[level]


def percent(share: float, lang: str) -> str:
    """``0.294`` → « 29 % » (French typography) or "29%"."""
    value = f"{share * 100:.0f}"
    return f"{value}\u202f%" if lang == "fr" else f"{value}%"


def article_page(analysis: Analysis, *, lang: str = "fr", generated: str | None = None) -> ArticlePage:
    """The view model of one article's page."""
    view = _ArticleView(analysis, lang)
    labels = view.labels
    article = analysis.article
    result = audit(analysis)
    alerts = []
    if result.only_anonymous:
        alerts.append(labels["only_anonymous"])
    if result.first_quote_anonymous:
        alerts.append(labels["first_anonymous"])
    return ArticlePage(
        labels=labels,
        title=article.title or article.name,
        name=article.name,
        outlet=article.outlet,
        date=article.date,
        author=article.author,
        url=article.url,
        parser=_parser_text(analysis.parser.name, analysis.parser.version, analysis.parser.model),
        tool=_tool_version(),
        generated=generated or _now(),
        figures=(
            Figure(str(result.quotations), labels["quotations"]),
            Figure(str(result.indirect), labels["indirect"]),
            Figure(str(result.words), labels["quoted_words"]),
            Figure(str(len(analysis.sources)), labels["sources_count"]),
            Figure(str(result.fully_identified), labels["fully_identified"]),
        ),
        quote_bar=_bar(result, labels, lang, words=False),
        word_bar=_bar(result, labels, lang, words=True),
        band_rows=tuple(
            BandRow(
                band=band,
                label=labels[f"band_{band}"],
                quotes=f"{result.bands[band].quotes} ({percent(result.share(band), lang)})",
                words=f"{result.bands[band].words} ({percent(result.word_share(band), lang)})",
                sources=str(result.bands[band].sources),
                indirect=str(result.indirect_bands[band]),
            )
            for band in BANDS
        ),
        alerts=tuple(alerts),
        paragraphs=view.paragraphs(),
        quotes=view.quotes,
        sources=view.sources(),
        checks=view.checks(),
        orphans=view.orphans,
        no_response=tuple(view.paragraph_link(n.span.start, n.text) for n in analysis.no_response),
        levels=tuple(
            LevelView(n, level_label(n, lang), BAND_OF[n], labels[f"short_{BAND_OF[n]}"]) for n in range(8)
        ),
        bands=_bands(labels),
        script=_script("_article.js"),
        audit=result,
    )


class _ArticleView:
    """What the parts of an article's page share: its paragraphs, its numbered quotations, the anchors."""

    def __init__(self, analysis: Analysis, lang: str) -> None:
        self.analysis = analysis
        self.lang = lang
        self.labels = LABELS[lang]
        self.text = analysis.article.text
        self.paragraph_spans = split_paragraphs(self.text)
        self.starts = [p.span.start for p in self.paragraph_spans]
        self.source_anchor = {s.id: f"source-{i}" for i, s in enumerate(analysis.sources, start=1)}
        self.source_name = {s.id: s.name for s in analysis.sources}
        # Numbered in the order of the text; an outer quotation before the one it holds.
        self.ordered = sorted(
            (q for q in analysis.quotes if q.kind != "scare"), key=lambda q: (_outer(q)[0], -_outer(q)[1])
        )
        self.quotes = tuple(self._quote(q, number) for number, q in enumerate(self.ordered, start=1))
        self.by_id = {v.id: v for v in self.quotes}
        unmatched = sorted(analysis.marks.unmatched, key=lambda u: u.offset)
        self.orphans = tuple(
            OrphanView(
                anchor=f"mark-{i}",
                mark=u.mark,
                paragraph=self.paragraph_of(u.offset),
                problem=MARK_PROBLEMS_FR.get(u.problem, u.problem) if lang == "fr" else u.problem,
                tag=self.labels["verify"],
            )
            for i, u in enumerate(unmatched, start=1)
        )
        self.orphan_at = {u.offset: o for u, o in zip(unmatched, self.orphans, strict=True)}

    def paragraph_of(self, offset: int) -> int:
        """The number (from 1) of the paragraph an offset falls in, or of the one before it."""
        return max(bisect.bisect_right(self.starts, offset), 1)

    def paragraph_link(self, offset: int, text: str | None = None) -> LinkView:
        """A link to the paragraph an offset falls in, showing ``text`` or « paragraphe N »."""
        n = self.paragraph_of(offset)
        return LinkView(text if text is not None else f"{self.labels['paragraph']} {n}", f"#p-{n}")

    def _quote(self, q: Quote, number: int) -> QuoteView:
        labels = self.labels
        rating = rating_of(self.analysis, q)
        band = BAND_OF[rating.level]
        source_id = self.analysis.quote_sources.get(q.id)
        verify = []
        if source_id is None:
            verify.append(labels["unattributed"])
        if "unclosed" in q.flags or (q.marks is not None and not q.marks.closed):
            verify.append(labels["unclosed"])
        tag = f"{number} · {labels['level_word']} {rating.level}"
        if verify:
            tag += f" · {labels['verify']}"
        marked = q.kind in MARKED_KINDS
        name = level_label(rating.level, self.lang)
        speaker = self.source_name.get(source_id) if source_id else None
        # How the text names the speaker here, when it is not the source's name (« la personne »).
        mention = (
            q.speaker.text if q.speaker is not None and speaker and speaker not in q.speaker.text else None
        )
        return QuoteView(
            id=q.id,
            number=number,
            anchor=f"quote-{number}",
            kind=q.kind,
            kind_label=QUOTE_KINDS[self.lang].get(q.kind, q.kind),
            marked=marked,
            css=" ".join([band, "marked" if marked else "indirect", *(["to-verify"] if verify else [])]),
            band=band,
            band_label=labels[f"short_{band}"],
            level=rating.level,
            level_label=name,
            level_text=f"{rating.level} — {name} · {labels[f'one_{band}']}",
            tag=tag,
            speaker=speaker,
            mention=mention,
            source_href=f"#{self.source_anchor[source_id]}" if source_id in self.source_anchor else None,
            cue=q.cue.text if q.cue else None,
            reasons=_reasons(rating, self.lang),
            verify=tuple(verify),
            excerpt=f"« {_excerpt(q.text)} »" if marked else _excerpt(q.text),
            paragraph=self.paragraph_of(q.span.start),
        )

    def paragraphs(self) -> tuple[ParagraphView, ...]:
        scares = [q for q in self.analysis.quotes if q.kind == "scare"]
        parts: dict[str, int] = {}
        return tuple(
            ParagraphView(
                number=p.i + 1,
                anchor=f"p-{p.i + 1}",
                pieces=_pieces(
                    self.text,
                    p.span.start,
                    p.span.end,
                    self.ordered,
                    scares,
                    self.by_id,
                    self.orphan_at,
                    parts,
                ),
            )
            for p in self.paragraph_spans
        )

    def sources(self) -> tuple[SourceView, ...]:
        views = []
        for s in self.analysis.sources:
            rating = self.analysis.ratings[s.id]
            band = BAND_OF[rating.level]
            offsets = [m.span.start for m in s.mentions]
            offsets += [q.span.start for q in self.analysis.quotes if q.id in s.quote_ids]
            numbers = sorted(self.by_id[qid].number for qid in s.quote_ids if qid in self.by_id)
            views.append(
                SourceView(
                    anchor=self.source_anchor[s.id],
                    name=s.name,
                    role=s.role,
                    kind=SOURCE_KINDS[self.lang].get(s.kind, s.kind),
                    level=rating.level,
                    level_text=f"{rating.level} — {level_label(rating.level, self.lang)}",
                    band=band,
                    band_label=self.labels[f"one_{band}"],
                    reasons=_reasons(rating, self.lang),
                    quotes=len(s.quote_ids),
                    quote_links=tuple(LinkView(str(n), f"#quote-{n}") for n in numbers),
                    words=s.words_quoted,
                    first_seen=self.paragraph_link(min(offsets)) if offsets else None,
                )
            )
        return tuple(views)

    def checks(self) -> tuple[CheckView, ...]:
        """The findings, one group per check, each finding with links to where it fired."""
        labels = self.labels
        groups: dict[tuple[str, str], list[FindingView]] = {}
        titles: dict[tuple[str, str], str] = {}
        for finding in self.analysis.findings:
            where = [
                LinkView(f"{labels['quote_word']} {self.by_id[qid].number}", f"#{self.by_id[qid].anchor}")
                for qid in finding.quote_ids
                if qid in self.by_id
            ]
            where += [
                LinkView(self.source_name[sid], f"#{self.source_anchor[sid]}")
                for sid in finding.source_ids
                if sid in self.source_name
            ]
            if not finding.quote_ids:
                where += list(
                    {self.paragraph_of(s.start): self.paragraph_link(s.start) for s in finding.spans}.values()
                )
            key = (finding.check, finding.standard)
            title, message = _finding_texts(finding, self.lang)
            titles.setdefault(key, title)
            groups.setdefault(key, []).append(
                FindingView(message, tuple(where) or (LinkView(labels["whole_article"], "#text"),))
            )
        return tuple(
            CheckView(
                anchor=f"check-{i}",
                check=check,
                title=titles[(check, standard)],
                standard=standard,
                standard_name=STANDARDS.get(standard, standard),
                count=len(found),
                findings=tuple(found),
            )
            for i, ((check, standard), found) in enumerate(groups.items(), start=1)
        )


def _bands(labels: dict[str, str]) -> tuple[BandView, ...]:
    return tuple(BandView(band, labels[f"band_{band}"], labels[f"tag_{band}"]) for band in BANDS)


def _finding_texts(finding: Finding, lang: str) -> tuple[str, str]:
    """A finding's title and message in the page's language (the JSON keeps them in French)."""
    if not finding.wording:
        return finding.title, finding.message
    return check_texts(finding.wording, dict(finding.params), lang)


def _reasons(rating: Rating, lang: str) -> tuple[str, ...]:
    """A rating's reasons in the page's language (the JSON keeps them in English)."""
    if not rating.reason_codes:
        return rating.reasons
    return tuple(reason_text(code, args, lang) for code, args in rating.reason_codes)


def _outer(q: Quote) -> tuple[int, int]:
    return q.extent.start, q.extent.end


def _bar(result: Audit, labels: dict[str, str], lang: str, *, words: bool) -> BarView:
    counts = {band: result.bands[band].words if words else result.bands[band].quotes for band in BANDS}
    caption = labels["words_by_band"] if words else labels["quotes_by_band"]
    return _bar_of(counts, labels, lang, caption=caption)


def _bar_of(counts: dict[str, int], labels: dict[str, str], lang: str, *, caption: str) -> BarView:
    """The bar of counts by band, each segment as wide as its share."""
    total = sum(counts.values())
    segments = []
    x = 0.0
    for band in BANDS:
        count = counts[band]
        share = count / total if total else 0.0
        width = share * 100
        if count:
            segments.append(
                BarSegment(
                    band=band,
                    label=labels[f"band_{band}"],
                    count=count,
                    percent=percent(share, lang),
                    x=f"{x:.2f}%",
                    width=f"{width:.2f}%",
                )
            )
        x += width
    text = " · ".join(f"{s.label}{labels['colon']}{s.count} ({s.percent})" for s in segments)
    return BarView(caption, text or labels["no_quotations"], tuple(segments), empty=not segments)


@dataclass(slots=True)
class _Node:
    """A highlight in a paragraph, with the highlights nested inside it."""

    start: int
    end: int
    kind: Literal["quote", "scare", "orphan"]
    quote: QuoteView | None = None
    orphan: OrphanView | None = None
    children: list[_Node] = field(default_factory=list)


def _pieces(
    text: str,
    start: int,
    end: int,
    quotes: Sequence[Quote],
    scares: Sequence[Quote],
    views: dict[str, QuoteView],
    orphans: dict[int, OrphanView],
    parts: dict[str, int],
) -> tuple[Piece, ...]:
    """One paragraph cut into text runs and properly nested highlights.

    A highlight that crosses the end of the one it starts in is cut at that end, so the
    tags always nest; a quotation over several paragraphs has one highlight in each,
    counted in ``parts`` (the first carries the quotation's anchor).
    """
    nodes: list[_Node] = []
    for q in quotes:
        s, e = _outer(q)
        s, e = max(s, start), min(e, end)
        if s < e:
            nodes.append(_Node(s, e, "quote", quote=views[q.id]))
    for q in scares:
        s, e = _outer(q)
        s, e = max(s, start), min(e, end)
        if s < e:
            nodes.append(_Node(s, e, "scare"))
    for offset, orphan in orphans.items():
        if start <= offset < end:
            nodes.append(_Node(offset, offset + 1, "orphan", orphan=orphan))
    # Outer first; at equal extent, a quotation holds a scare term and both hold a stray mark.
    rank = {"quote": 0, "scare": 1, "orphan": 2}
    nodes.sort(key=lambda n: (n.start, -n.end, rank[n.kind]))
    roots: list[_Node] = []
    stack: list[_Node] = []
    for node in nodes:
        while stack and stack[-1].end <= node.start:
            stack.pop()
        if stack:
            node.end = min(node.end, stack[-1].end)
            if stack[-1].kind == "orphan":
                continue
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
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


def index_page(
    rows: Sequence[tuple[Analysis, str]],
    failed: Sequence[str],
    *,
    lang: str = "fr",
    parser: str,
    generated: str | None = None,
) -> IndexPage:
    """The view model of the index: one row per article (``(analysis, href)``), and the totals."""
    labels = LABELS[lang]
    audits = [(analysis, href, audit(analysis)) for analysis, href in rows]
    index_rows = tuple(
        _index_row(
            title=analysis.article.title or analysis.article.name,
            subtitle=analysis.article.name if analysis.article.title else None,
            href=href,
            counts={band: result.bands[band].quotes for band in BANDS},
            indirect=result.indirect,
            sources=len(analysis.sources),
            fully_identified=result.fully_identified,
            checks=len(analysis.findings),
            lang=lang,
        )
        for analysis, href, result in audits
    )
    total = None
    if index_rows:
        total = _index_row(
            title=labels["index_total"],
            subtitle=None,
            href="",
            counts={band: sum(result.bands[band].quotes for _, _, result in audits) for band in BANDS},
            indirect=sum(row.indirect for row in index_rows),
            sources=sum(row.sources for row in index_rows),
            fully_identified=sum(row.fully_identified for row in index_rows),
            checks=sum(row.checks for row in index_rows),
            lang=lang,
        )
    return IndexPage(
        labels=labels,
        rows=index_rows,
        total=total,
        failed=tuple(failed),
        bands=_bands(labels),
        parser=parser,
        tool=_tool_version(),
        generated=generated or _now(),
        script=_script("_index.js"),
    )


def _index_row(
    *,
    title: str,
    subtitle: str | None,
    href: str,
    counts: dict[str, int],
    indirect: int,
    sources: int,
    fully_identified: int,
    checks: int,
    lang: str,
) -> IndexRow:
    """A row of the index from its figures: quotations in quote marks by band, and the rest."""
    labels = LABELS[lang]
    quotations = sum(counts.values())
    anonymous = counts["anonymous"] / quotations if quotations else 0.0
    unattributed = counts["unattributed"] / quotations if quotations else 0.0
    return IndexRow(
        title=title,
        subtitle=subtitle,
        href=href,
        quotes=quotations,
        indirect=indirect,
        anonymous_share=percent(anonymous, lang),
        anonymous_value=round(anonymous, 4),
        unattributed_share=percent(unattributed, lang),
        unattributed_value=round(unattributed, 4),
        bar=_bar_of(counts, labels, lang, caption=labels["quotes_by_band"]),
        sources=sources,
        fully_identified=fully_identified,
        checks=checks,
    )


def _parser_text(name: str, version: str, model: str) -> str:
    return f"{name} {version} ({model})"


@functools.cache
def _tool_version() -> str:
    from importlib import metadata

    try:
        return f"quotes {metadata.version('quotes')}"
    except metadata.PackageNotFoundError:
        return "quotes"


def _now() -> str:
    return time.strftime("%Y-%m-%d %H:%M")


def _excerpt(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@functools.cache
def _script(name: str) -> PageScript:
    """A script from ``templates/``, and the policy that lets exactly that script run."""
    from markupsafe import Markup

    code = (TEMPLATES / name).read_text(encoding="utf-8")
    if "</" in code:
        raise ValueError(f"{name}: a script may not contain '</'")
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
    return PageScript(Markup(code), CSP.format(script=f"'sha256-{digest}'"))


# --- rendering ---------------------------------------------------------------------------


@functools.cache
def environment() -> Any:
    """The Jinja2 environment, made once: autoescape on, undefined names are errors."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_article(page: ArticlePage) -> str:
    """The HTML of one article's page."""
    return str(environment().get_template("article.html").render(page=page))


def render_index(page: IndexPage) -> str:
    """The HTML of the index page."""
    return str(environment().get_template("index.html").render(page=page))


CSV_COLUMNS = (
    "article",
    "title",
    "source",
    "name",
    "kind",
    "level",
    "level_name",
    "band",
    "quotations",
    "words_quoted",
    "role",
    "affiliation",
    "anonymity_reason",
    "reasons",
)


def sources_csv(rows: Sequence[Analysis]) -> str:
    """One row per source per article, for spreadsheets.

    Starts with a byte-order mark so that Excel reads it as UTF-8; a cell that a
    spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@``) is prefixed with ``'``.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for analysis in rows:
        for s in analysis.sources:
            rating = analysis.ratings[s.id]
            writer.writerow(
                [
                    _cell(analysis.article.name),
                    _cell(analysis.article.title or ""),
                    s.id,
                    _cell(s.name),
                    s.kind,
                    rating.level,
                    rating.level_name,
                    BAND_OF[rating.level],
                    len(s.quote_ids),
                    s.words_quoted,
                    _cell(s.role or ""),
                    _cell(s.affiliation or ""),
                    _cell(rating.anonymity_reason or ""),
                    _cell("; ".join(rating.reasons)),
                ]
            )
    return "\ufeff" + out.getvalue()


def _cell(value: str) -> str:
    return spreadsheet_safe(value)


# --- writing ---------------------------------------------------------------------------


def write_article_report(
    analysis: Analysis, output: Path, stem: str, *, lang: str = "fr", generated: str | None = None
) -> ArticlePage:
    """Write ``<stem>.json`` and ``<stem>.html``; both are rendered before either is written."""
    page = article_page(analysis, lang=lang, generated=generated)
    analysis_json = json.dumps(to_json(analysis), ensure_ascii=False, indent=1) + "\n"
    html = render_article(page)
    write_atomically(output / f"{stem}.json", analysis_json)
    write_atomically(output / f"{stem}.html", html)
    return page


def page_href(stem: str) -> str:
    """A relative link to ``<stem>.html`` that no file name can turn into another scheme."""
    return "./" + urllib.parse.quote(f"{stem}.html")


def collect_articles(paths: Sequence[Path]) -> list[Path]:
    """The articles to report on: the given files, or every article file in ``seeds/``."""
    if paths:
        found = []
        for path in paths:
            if path.is_dir():
                found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES))
            else:
                found.append(path)
        return found
    seeds = Path("seeds")
    if not seeds.is_dir():
        return []
    return sorted(p for p in seeds.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())


def unique_stem(stem: str, taken: set[str]) -> str:
    """``stem``, or ``stem-2``, ``stem-3``… when an earlier article (or the index) has it."""
    candidate, n = stem or "article", 1
    while candidate.casefold() in taken or candidate.casefold() in RESERVED_STEMS:
        n += 1
        candidate = f"{stem}-{n}"
    taken.add(candidate.casefold())
    return candidate


class Progress:
    """One line per article on ``stream``, and a progress bar under them when it is a terminal."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.active = total >= PROGRESS_FROM and stream.isatty()
        self.width = 0

    def show(self, done: int, name: str) -> None:
        if not self.active:
            return
        columns = shutil.get_terminal_size((80, 24)).columns
        bar = 24
        filled = bar * done // self.total if self.total else bar
        line = f"[{'#' * filled}{'.' * (bar - filled)}] {done}/{self.total} {name}"
        line = line[: max(columns - 1, 10)]
        self.stream.write("\r" + line.ljust(self.width))
        self.width = len(line)
        self.stream.flush()

    def say(self, message: str) -> None:
        """Print a line above the bar."""
        self.clear()
        print(message, file=self.stream)
        self.stream.flush()

    def clear(self) -> None:
        if self.active and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.width = 0
            self.stream.flush()


def write_reports(
    paths: Sequence[Path],
    output: Path,
    *,
    choice: ParserChoice,
    cache: ParseCache | None,
    lang: str = "fr",
    max_bytes: int | None = None,
) -> int:
    """Write every article's report, the index and the CSV; returns how many articles failed."""
    from .intake import read_article
    from .pipeline import analyze

    output.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(output)
    progress = Progress(len(paths), sys.stderr)
    done: list[tuple[Analysis, str]] = []
    failed: list[str] = []
    taken: set[str] = set()
    for n, path in enumerate(paths):
        progress.show(n, path.name)
        try:
            analysis = analyze(read_article(path, max_bytes=max_bytes), choice, cache=cache)
        except QuotesError as err:
            failed.append(str(err))
            progress.say(f"skipped {err}")
            continue
        stem = unique_stem(path.stem, taken)
        page = write_article_report(analysis, output, stem, lang=lang)
        done.append((analysis, page_href(stem)))
        figures = page.audit
        progress.say(
            f"{path.name} → {output / (stem + '.html')} ({figures.quotations} quotations, "
            f"{len(analysis.sources)} sources, {figures.bands['anonymous'].quotes} anonymous, "
            f"{len(analysis.findings)} warnings)"
        )
    progress.show(len(paths), "")
    parser = _parser_text(choice.info.name, choice.info.version, choice.info.model)
    index_html = render_index(index_page(done, failed, lang=lang, parser=parser))
    csv_text = sources_csv([a for a, _ in done])
    write_atomically(output / "sources.csv", csv_text)
    write_atomically(output / "index.html", index_html)
    progress.clear()
    print(f"index: {output / 'index.html'}", file=sys.stderr)
    return len(failed)
