"""The HTML report: view models built in Python, rendered by the Jinja2 templates in ``templates/``.

Writes, per article, ``<name>.html`` and ``<name>.json`` (the contract), then
``index.html`` and ``sources.csv``. Every file is written atomically: an interrupted
run leaves the previous version or the new one, never half of one.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .anonymity import LEVEL_LABELS_FR, LEVEL_NAMES
from .checks import BAND_OF, BANDS, STANDARDS, Audit, audit, rating_of
from .errors import ArticleError, QuotesError
from .export import to_json
from .model import Analysis, Quote
from .paragraphs import split_paragraphs
from .parsing import ParseCache, ParserChoice
from .parsing.cache import write_atomically

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
PROGRESS_FROM = 5

LABELS: dict[str, dict[str, Any]] = {
    "fr": {
        "lang": "fr",
        "report": "Rapport de sourcing",
        "index_title": "Rapports de sourcing",
        "summary": "En bref",
        "quotations": "citations",
        "quoted_words": "mots cités",
        "indirect": "discours indirect",
        "sources": "Sources",
        "article": "L'article",
        "checks": "Vérifications",
        "no_checks": "Aucune alerte.",
        "band_identified": "identifiées",
        "band_anonymous": "anonymes",
        "band_unattributed": "non attribuées",
        "fully_identified": "sources entièrement identifiées",
        "name": "Nom",
        "kind": "Type",
        "level": "Niveau",
        "reasons": "Raisons",
        "quotes_col": "Citations",
        "words_col": "Mots cités",
        "first_seen": "Première mention",
        "speaker": "Qui parle",
        "cue": "Introduit par",
        "unattributed": "non attribuée — à vérifier",
        "unmatched": "Guillemets orphelins — à vérifier",
        "unclosed": "guillemet non fermé — à vérifier",
        "no_response": "Sans réponse",
        "standard": "Norme",
        "parser": "Analyse",
        "outlet": "Source",
        "date": "Date",
        "author": "Auteur",
        "paragraph": "paragraphe",
        "index_col_article": "Article",
        "index_col_quotes": "Citations",
        "index_col_anon": "Anonymes",
        "index_col_unattr": "Non attribuées",
        "index_col_sources": "Sources",
        "index_col_full": "Identifiées (niveau 0)",
        "index_col_checks": "Alertes",
        "legend": "Légende",
        "scare": "guillemets sans citation",
        "level_word": "niveau",
        "only_anonymous": "L'article ne repose que sur des sources anonymes.",
        "first_anonymous": "La première citation est anonyme.",
        "details": "Détail des citations",
        "filter": "Filtrer",
        "all": "toutes",
        "generated": "Produit par quotes le",
        "kinds": {
            "direct": "directe",
            "partial": "partielle",
            "indirect": "indirecte",
            "scare": "guillemets",
        },
        "source_kinds": {
            "person": "personne",
            "organization": "organisation",
            "group": "groupe",
            "media": "média",
            "document": "document",
        },
    },
    "en": {
        "lang": "en",
        "report": "Sourcing report",
        "index_title": "Sourcing reports",
        "summary": "At a glance",
        "quotations": "quotations",
        "quoted_words": "words quoted",
        "indirect": "indirect speech",
        "sources": "Sources",
        "article": "The article",
        "checks": "Checks",
        "no_checks": "No warnings.",
        "band_identified": "identified",
        "band_anonymous": "anonymous",
        "band_unattributed": "unattributed",
        "fully_identified": "fully identified sources",
        "name": "Name",
        "kind": "Kind",
        "level": "Level",
        "reasons": "Reasons",
        "quotes_col": "Quotations",
        "words_col": "Words quoted",
        "first_seen": "First mention",
        "speaker": "Speaker",
        "cue": "Cue",
        "unattributed": "unattributed — check",
        "unmatched": "Unmatched quote marks — check",
        "unclosed": "quote mark never closed — check",
        "no_response": "No response",
        "standard": "Standard",
        "parser": "Parser",
        "outlet": "Outlet",
        "date": "Date",
        "author": "Author",
        "paragraph": "paragraph",
        "index_col_article": "Article",
        "index_col_quotes": "Quotations",
        "index_col_anon": "Anonymous",
        "index_col_unattr": "Unattributed",
        "index_col_sources": "Sources",
        "index_col_full": "Identified (level 0)",
        "index_col_checks": "Warnings",
        "legend": "Legend",
        "scare": "quote marks, no quotation",
        "level_word": "level",
        "only_anonymous": "The article rests only on anonymous sources.",
        "first_anonymous": "The first quotation is anonymous.",
        "details": "Quotations in detail",
        "filter": "Filter",
        "all": "all",
        "generated": "Made by quotes on",
        "kinds": {"direct": "direct", "partial": "partial", "indirect": "indirect", "scare": "quote marks"},
        "source_kinds": {
            "person": "person",
            "organization": "organization",
            "group": "group",
            "media": "media",
            "document": "document",
        },
    },
}
LEVEL_LABELS_EN = {n: name for n, name in LEVEL_NAMES.items()}


# --- view models -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuoteView:
    id: str
    number: int
    kind: str
    kind_label: str
    band: str
    level: int | None
    level_label: str
    speaker: str | None
    source_id: str | None
    cue: str | None
    method: str | None
    reasons: tuple[str, ...]
    text: str
    paragraph: int
    flags: tuple[str, ...]
    confidence: float


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of article text, or the start or end of a highlighted quotation."""

    text: str = ""
    open: QuoteView | None = None
    close: bool = False


@dataclass(frozen=True, slots=True)
class ParagraphView:
    number: int
    pieces: tuple[Piece, ...]


@dataclass(frozen=True, slots=True)
class SourceView:
    id: str
    name: str
    kind: str
    role: str | None
    level: int
    level_label: str
    band: str
    reasons: tuple[str, ...]
    quotes: int
    words: int
    first_seen: int
    quote_numbers: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class BarSegment:
    band: str
    label: str
    count: int
    share: float
    x: float
    width: float


@dataclass(frozen=True, slots=True)
class CheckView:
    title: str
    message: str
    standard: str
    standard_name: str


@dataclass(frozen=True, slots=True)
class ArticlePage:
    labels: dict[str, Any]
    title: str
    name: str
    stem: str
    outlet: str | None
    date: str | None
    author: str | None
    parser: str
    generated: str
    audit: Audit
    bar: tuple[BarSegment, ...]
    word_bar: tuple[BarSegment, ...]
    paragraphs: tuple[ParagraphView, ...]
    quotes: tuple[QuoteView, ...]
    sources: tuple[SourceView, ...]
    checks: tuple[CheckView, ...]
    unmatched: tuple[str, ...]
    no_response: tuple[str, ...]
    levels: tuple[tuple[int, str], ...]


@dataclass(frozen=True, slots=True)
class IndexRow:
    title: str
    href: str
    quotes: int
    anonymous_share: str
    unattributed_share: str
    sources: int
    fully_identified: int
    checks: int


@dataclass(frozen=True, slots=True)
class IndexPage:
    labels: dict[str, Any]
    rows: tuple[IndexRow, ...]
    failed: tuple[str, ...]
    parser: str
    generated: str


@dataclass(slots=True)
class _Highlight:
    start: int
    end: int
    quote: QuoteView
    children: list[_Highlight] = field(default_factory=list)


def level_label(level: int, lang: str) -> str:
    return (LEVEL_LABELS_FR if lang == "fr" else LEVEL_LABELS_EN)[level]


def article_page(analysis: Analysis, *, lang: str = "fr", generated: str | None = None) -> ArticlePage:
    """The view model of one article's page."""
    labels = LABELS[lang]
    text = analysis.article.text
    paragraphs = split_paragraphs(text)
    starts = [p.span.start for p in paragraphs]
    sources = {s.id: s for s in analysis.sources}

    def paragraph_of(offset: int) -> int:
        n = 0
        for i, start in enumerate(starts):
            if start <= offset:
                n = i
        return n + 1

    quotes = []
    numbered = [q for q in analysis.quotes]
    for number, q in enumerate(numbered, start=1):
        if q.kind == "scare":
            quotes.append(
                QuoteView(
                    q.id,
                    number,
                    q.kind,
                    labels["kinds"][q.kind],
                    "scare",
                    None,
                    labels["scare"],
                    None,
                    None,
                    None,
                    None,
                    (),
                    q.text,
                    paragraph_of(q.span.start),
                    q.flags,
                    0.0,
                )
            )
            continue
        rating = rating_of(analysis, q)
        source_id = analysis.quote_sources.get(q.id)
        quotes.append(
            QuoteView(
                id=q.id,
                number=number,
                kind=q.kind,
                kind_label=labels["kinds"][q.kind],
                band=BAND_OF[rating.level],
                level=rating.level,
                level_label=level_label(rating.level, lang),
                speaker=sources[source_id].name if source_id else None,
                source_id=source_id,
                cue=q.cue.text if q.cue else None,
                method=q.method,
                reasons=rating.reasons,
                text=q.text,
                paragraph=paragraph_of(q.span.start),
                flags=q.flags,
                confidence=q.confidence,
            )
        )
    by_id = {v.id: v for v in quotes}
    paragraph_views = tuple(
        _paragraph_view(text, p.i + 1, p.span.start, p.span.end, analysis.quotes, by_id) for p in paragraphs
    )
    result = audit(analysis)
    source_views = []
    for s in analysis.sources:
        rating = analysis.ratings[s.id]
        source_views.append(
            SourceView(
                id=s.id,
                name=s.name,
                kind=labels["source_kinds"].get(s.kind, s.kind),
                role=s.role,
                level=rating.level,
                level_label=level_label(rating.level, lang),
                band=BAND_OF[rating.level],
                reasons=rating.reasons,
                quotes=len(s.quote_ids),
                words=s.words_quoted,
                first_seen=paragraph_of(s.mentions[0].span.start) if s.mentions else 0,
                quote_numbers=tuple(by_id[qid].number for qid in s.quote_ids if qid in by_id),
            )
        )
    checks = tuple(
        CheckView(f.title, f.message, f.standard, STANDARDS.get(f.standard, f.standard))
        for f in analysis.findings
    )
    unmatched = tuple(
        f"« {u.mark} » — {labels['paragraph']} {paragraph_of(u.offset)} : {u.problem}"
        for u in analysis.marks.unmatched
    )
    parser = f"{analysis.parser.name} {analysis.parser.version} ({analysis.parser.model})"
    return ArticlePage(
        labels=labels,
        title=analysis.article.title or analysis.article.name,
        name=analysis.article.name,
        stem=Path(analysis.article.name).stem,
        outlet=analysis.article.outlet,
        date=analysis.article.date,
        author=analysis.article.author,
        parser=parser,
        generated=generated or time.strftime("%Y-%m-%d %H:%M"),
        audit=result,
        bar=_bar(result, labels, words=False),
        word_bar=_bar(result, labels, words=True),
        paragraphs=paragraph_views,
        quotes=tuple(quotes),
        sources=tuple(source_views),
        checks=checks,
        unmatched=unmatched,
        no_response=tuple(n.text for n in analysis.no_response),
        levels=tuple((n, level_label(n, lang)) for n in range(8)),
    )


def _bar(result: Audit, labels: dict[str, Any], *, words: bool) -> tuple[BarSegment, ...]:
    total = result.words if words else result.quotations
    segments = []
    x = 0.0
    for band in BANDS:
        count = result.bands[band].words if words else result.bands[band].quotes
        share = count / total if total else 0.0
        width = round(share * 100, 2)
        segments.append(BarSegment(band, labels[f"band_{band}"], count, share, round(x, 2), width))
        x += width
    return tuple(segments)


def _paragraph_view(
    text: str, number: int, start: int, end: int, quotes: Sequence[Quote], views: dict[str, QuoteView]
) -> ParagraphView:
    """A paragraph cut into text runs and properly nested highlights."""
    spans = []
    for q in quotes:
        outer_start = q.marks.opener if q.marks is not None else q.span.start
        outer_end = q.marks.closer + 1 if q.marks is not None and q.marks.closer is not None else q.span.end
        s, e = max(outer_start, start), min(outer_end, end)
        if s < e:
            spans.append((s, -e, q.id))
    spans.sort()
    roots: list[_Highlight] = []
    stack: list[_Highlight] = []
    for s, neg_e, qid in spans:
        e = -neg_e
        while stack and stack[-1].end <= s:
            stack.pop()
        if stack:
            e = min(e, stack[-1].end)  # a span crossing its parent's end is clipped to it
        node = _Highlight(s, e, views[qid])
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    pieces: list[Piece] = []

    def emit(nodes: list[_Highlight], lo: int, hi: int) -> None:
        pos = lo
        for node in nodes:
            if node.start > pos:
                pieces.append(Piece(text=text[pos : node.start]))
            pieces.append(Piece(open=node.quote))
            emit(node.children, node.start, node.end)
            pieces.append(Piece(close=True))
            pos = node.end
        if pos < hi:
            pieces.append(Piece(text=text[pos:hi]))

    emit(roots, start, end)
    return ParagraphView(number, tuple(pieces))


def index_page(
    rows: Sequence[tuple[Analysis, str]],
    failed: Sequence[str],
    *,
    lang: str,
    parser: str,
    generated: str | None = None,
) -> IndexPage:
    labels = LABELS[lang]
    index_rows = []
    for analysis, href in rows:
        result = audit(analysis)
        index_rows.append(
            IndexRow(
                title=analysis.article.title or analysis.article.name,
                href=href,
                quotes=result.quotations,
                anonymous_share=f"{result.share('anonymous'):.0%}",
                unattributed_share=f"{result.share('unattributed'):.0%}",
                sources=len(analysis.sources),
                fully_identified=result.fully_identified,
                checks=len(analysis.findings),
            )
        )
    return IndexPage(
        labels, tuple(index_rows), tuple(failed), parser, generated or time.strftime("%Y-%m-%d %H:%M")
    )


# --- rendering ---------------------------------------------------------------------------


def environment() -> Any:
    """The Jinja2 environment: autoescape on, undefined names are errors."""
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
    return str(environment().get_template("article.html").render(page=page))


def render_index(page: IndexPage) -> str:
    return str(environment().get_template("index.html").render(page=page))


def sources_csv(rows: Sequence[Analysis]) -> str:
    """One row per source per article, for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "article",
            "source",
            "name",
            "kind",
            "level",
            "level_name",
            "quotations",
            "words_quoted",
            "role",
            "affiliation",
            "anonymity_reason",
        ]
    )
    for analysis in rows:
        for s in analysis.sources:
            rating = analysis.ratings[s.id]
            writer.writerow(
                [
                    analysis.article.name,
                    s.id,
                    s.name,
                    s.kind,
                    rating.level,
                    rating.level_name,
                    len(s.quote_ids),
                    s.words_quoted,
                    s.role or "",
                    s.affiliation or "",
                    rating.anonymity_reason or "",
                ]
            )
    return out.getvalue()


# --- the command ---------------------------------------------------------------------------


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
    done: list[tuple[Analysis, str]] = []
    failed: list[str] = []
    show_progress = len(paths) >= PROGRESS_FROM and sys.stderr.isatty()
    stems: dict[str, int] = {}
    for n, path in enumerate(paths, start=1):
        if show_progress:
            _progress(n - 1, len(paths), path.name)
        try:
            article = read_article(path, max_bytes=max_bytes)
            analysis = analyze(article, choice, cache=cache)
        except (ArticleError, QuotesError) as err:
            failed.append(f"{path.name}: {err}")
            _clear_progress(show_progress)
            print(f"skipped {err}", file=sys.stderr)
            continue
        stem = path.stem
        if stem in stems:
            stems[stem] += 1
            stem = f"{stem}-{stems[stem]}"
        else:
            stems[stem] = 1
        page = article_page(analysis, lang=lang)
        write_atomically(
            output / f"{stem}.json", json.dumps(to_json(analysis), ensure_ascii=False, indent=1) + "\n"
        )
        write_atomically(output / f"{stem}.html", render_article(page))
        done.append((analysis, f"{stem}.html"))
        result = page.audit
        _clear_progress(show_progress)
        print(
            f"{path.name} → {output / (stem + '.html')} ({result.quotations} citations, "
            f"{len(analysis.sources)} sources, {result.bands['anonymous'].quotes} anonymes)",
            file=sys.stderr,
        )
    parser = f"{choice.info.name} {choice.info.version} ({choice.info.model})"
    write_atomically(output / "index.html", render_index(index_page(done, failed, lang=lang, parser=parser)))
    write_atomically(output / "sources.csv", sources_csv([a for a, _ in done]))
    if show_progress:
        _progress(len(paths), len(paths), "")
        _clear_progress(True)
    print(f"index: {output / 'index.html'}", file=sys.stderr)
    return len(failed)


def _progress(done: int, total: int, name: str) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:40}")
    sys.stderr.flush()


def _clear_progress(active: bool) -> None:
    if active:
        sys.stderr.write("\r" + " " * 80 + "\r")
        sys.stderr.flush()
