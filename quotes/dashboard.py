"""The dashboard of an audit database: one self-contained HTML page of charts and sortable tables.

``quotes dashboard --db audit.sqlite -o DIR`` writes ``DIR/index.html``: the share of
quotations and of quoted words from anonymous sources, by month, by section and by
author (inline SVG charts, and tables that sort by any column); how often anonymity is
explained; the newsroom checks that fire most; the articles that lean most on anonymous
sources, each linking to its report in ``DIR/reports/`` (written by ``--reports`` or by
``quotes report --db … --id …``).

As for the reports: a view model is built here, and ``templates/dashboard.html`` only
displays it; every string is a message of the catalogs (``quotes/locale``), numbers and
months are formatted for the reader's locale, and everything from the database reaches
the page escaped. The page loads nothing: its one script is inline, allowed by its
digest in the page's Content-Security-Policy.
"""

from __future__ import annotations

import datetime
import shlex
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .auditdb import open_for_reading
from .checks import BANDS, STANDARDS
from .files import write_atomically
from .i18n import language
from .rendering import PageScript, generated_at, render, script, tool_version
from .scale import band_names

# Bands from the bottom of a column (or the left of a bar): the anonymous share reads off the axis.
STACK = ("anonymous", "unattributed", "identified")
CHART_ROWS = 12
TABLE_ROWS = 200
MIN_QUOTES = 2


class Words:
    """The page's language: its catalog, and how it writes numbers, shares and months."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.tr = language(lang)
        self.bands = band_names(self.tr)
        self.colon = self.tr.pgettext("typography", ": ")

    def number(self, n: int) -> str:
        """« 12 345 » in French, "12,345" in English."""
        return self.tr.decimal(n)

    def percent(self, share: float | None) -> str:
        return "—" if share is None else self.tr.percent(share)

    def month(self, month: str) -> str:
        """``2024-03`` → « mars 2024 », "March 2024"."""
        from babel.dates import format_date

        year, number = month.split("-")
        return str(format_date(datetime.date(int(year), int(number), 1), format="LLLL y", locale=self.lang))


# --- view models ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rect:
    """A piece of a chart, with the sentence a reader sees when pointing at it."""

    x: str
    y: str
    width: str
    height: str
    band: str
    title: str


@dataclass(frozen=True, slots=True)
class Label:
    x: str
    y: str
    text: str
    anchor: str
    css: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    x1: str
    y1: str
    x2: str
    y2: str
    css: str


@dataclass(frozen=True, slots=True)
class Chart:
    """An inline SVG chart, its caption and a one-line text equivalent (the table has the figures)."""

    anchor: str
    caption: str
    width: int
    height: int
    rects: tuple[Rect, ...]
    labels: tuple[Label, ...]
    rules: tuple[Rule, ...]
    summary: str
    empty: bool


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: what it shows, and the value it sorts by."""

    text: str
    value: str
    numeric: bool = True
    href: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    numeric: bool


@dataclass(frozen=True, slots=True)
class Table:
    anchor: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A heading with its charts and its table."""

    anchor: str
    title: str
    charts: tuple[Chart, ...]
    table: Table | None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class Band:
    band: str
    label: str


@dataclass(frozen=True, slots=True)
class DashboardPage:
    lang: str
    title: str
    intro: str
    headline_title: str
    figures: tuple[Figure, ...]
    legend_title: str
    bands: tuple[Band, ...]
    sort_help: str
    sections: tuple[Section, ...]
    empty: str | None
    footer: str
    script: PageScript


@dataclass(frozen=True, slots=True)
class Listed:
    """An article the dashboard lists, and where its report goes."""

    id: str
    stem: str


@dataclass(frozen=True, slots=True)
class WrittenDashboard:
    page: Path
    listed: tuple[Listed, ...]


# --- reading the database ---------------------------------------------------------------------------

_SUMS = """
    COUNT(*) AS articles,
    COALESCE(SUM(quotations), 0) AS quotations,
    COALESCE(SUM(words), 0) AS words,
    COALESCE(SUM(identified_quotes), 0) AS identified_quotes,
    COALESCE(SUM(anonymous_quotes), 0) AS anonymous_quotes,
    COALESCE(SUM(unattributed_quotes), 0) AS unattributed_quotes,
    COALESCE(SUM(identified_words), 0) AS identified_words,
    COALESCE(SUM(anonymous_words), 0) AS anonymous_words,
    COALESCE(SUM(unattributed_words), 0) AS unattributed_words,
    COALESCE(SUM(anonymous_sources), 0) AS anonymous_sources,
    COALESCE(SUM(anonymous_reasons_given), 0) AS anonymous_reasons_given
"""


@dataclass(frozen=True, slots=True)
class Group:
    """The figures of a set of articles (a month, a section, an author, or all of them)."""

    key: str | None
    articles: int
    quotations: int
    words: int
    quotes: dict[str, int]
    quoted_words: dict[str, int]
    anonymous_sources: int
    reasons_given: int

    @classmethod
    def of(cls, row: sqlite3.Row, key: str | None = None) -> Group:
        return cls(
            key=key,
            articles=row["articles"],
            quotations=row["quotations"],
            words=row["words"],
            quotes={band: row[f"{band}_quotes"] for band in BANDS},
            quoted_words={band: row[f"{band}_words"] for band in BANDS},
            anonymous_sources=row["anonymous_sources"],
            reasons_given=row["anonymous_reasons_given"],
        )

    def share(self, band: str, *, words: bool = False) -> float | None:
        counts, total = (self.quoted_words, self.words) if words else (self.quotes, self.quotations)
        return counts[band] / total if total else None

    @property
    def explained(self) -> float | None:
        return self.reasons_given / self.anonymous_sources if self.anonymous_sources else None


def _groups(db: sqlite3.Connection, column: str) -> list[Group]:
    rows = db.execute(
        f"SELECT {column} AS key, {_SUMS} FROM articles WHERE status = 'analyzed' GROUP BY {column}"
    ).fetchall()
    return [Group.of(row, row["key"]) for row in rows]


# --- building the page ------------------------------------------------------------------------------


def dashboard_page(
    db: sqlite3.Connection,
    *,
    lang: str = "fr",
    top: int = 25,
    database_name: str = "audit.sqlite",
    output: Path | None = None,
    generated: datetime.datetime | None = None,
) -> tuple[DashboardPage, tuple[Listed, ...]]:
    """The dashboard's view model, and the articles it lists (whose reports it links to)."""
    from .auditreports import report_stem

    w = Words(lang)
    tr = w.tr
    total = Group.of(db.execute(f"SELECT {_SUMS} FROM articles WHERE status = 'analyzed'").fetchone())
    failed = db.execute("SELECT COUNT(*) FROM articles WHERE status = 'failed'").fetchone()[0]
    only_anonymous = db.execute(
        "SELECT COUNT(*) FROM articles WHERE status = 'analyzed' AND only_anonymous = 1"
    ).fetchone()[0]
    months = sorted((g for g in _groups(db, "month") if g.key), key=lambda g: str(g.key))
    intro = tr.gettext(
        "Shares are of all the quotations in quote marks (direct and partial) of the articles, "
        "whichever article they are in."
    )
    if months:
        period = tr.gettext(
            "Articles from %(first)s to %(last)s.",
            first=w.month(str(months[0].key)),
            last=w.month(str(months[-1].key)),
        )
        intro = f"{period} {intro}"
    figures = (
        Figure(
            w.number(total.articles), tr.ngettext("article analyzed", "articles analyzed", total.articles)
        ),
        Figure(
            w.number(total.quotations),
            tr.ngettext("quotation in quote marks", "quotations in quote marks", total.quotations),
        ),
        Figure(w.percent(total.share("anonymous")), tr.gettext("of quotations come from anonymous sources")),
        Figure(
            w.percent(total.share("anonymous", words=True)),
            tr.gettext("of the words quoted come from anonymous sources"),
        ),
        Figure(w.percent(total.share("unattributed")), tr.gettext("of quotations are unattributed")),
        Figure(w.percent(total.explained), tr.gettext("of anonymous sources have their anonymity explained")),
        Figure(
            w.number(only_anonymous),
            tr.ngettext(
                "article rests only on anonymous or unattributed sources",
                "articles rest only on anonymous or unattributed sources",
                only_anonymous,
            ),
        ),
        *(
            (Figure(w.number(failed), tr.ngettext("article not analyzed", "articles not analyzed", failed)),)
            if failed
            else ()
        ),
    )
    sections: list[Section] = []
    listed: tuple[Listed, ...] = ()
    if total.articles:
        sections.append(_by_month(db, w))
        sections.append(_by_key(db, w, "section"))
        sections.append(_by_key(db, w, "author"))
        sections.append(_explained(db, w, total))
        sections.append(_checks(db, w, total.articles))
        leaning, listed = _leaning(
            db, w, top=top, database_name=database_name, output=output, stem=report_stem
        )
        sections.append(leaning)
    if failed:
        sections.append(_failures(db, w, failed))
    page = DashboardPage(
        lang=lang,
        title=tr.gettext("Sourcing audit"),
        intro=intro,
        headline_title=tr.gettext("At a glance"),
        figures=figures,
        legend_title=tr.gettext("Kinds of source"),
        bands=tuple(Band(band, w.bands[band].label) for band in BANDS),
        sort_help=tr.gettext("Click a column header to sort the table."),
        sections=tuple(sections),
        empty=None if total.articles else tr.gettext("The database holds no analyzed article yet."),
        footer=" · ".join(
            (
                tr.gettext(
                    "Made by quotes (%(tool)s) on %(date)s",
                    tool=tool_version(),
                    date=generated_at(generated, lang),
                ),
                tr.gettext("Database") + w.colon + database_name,
                tr.gettext("Parser") + w.colon + _parsers(db),
            )
        ),
        script=script("_dashboard.js"),
    )
    return page, listed


def _parsers(db: sqlite3.Connection) -> str:
    rows = db.execute(
        "SELECT parser, COUNT(*) FROM articles WHERE status = 'analyzed' GROUP BY parser ORDER BY 2 DESC"
    ).fetchall()
    return ", ".join(str(parser) for parser, _ in rows if parser)


def _by_month(db: sqlite3.Connection, w: Words) -> Section:
    """Every month in time order, the undated articles last in the table."""
    tr = w.tr
    groups = sorted(_groups(db, "month"), key=lambda g: (g.key is None, str(g.key)))
    charted = [g for g in groups if g.key is not None]
    names = [w.month(str(g.key)) for g in charted]
    ticks = [str(g.key) for g in charted]
    charts = (
        _columns(
            "month-quotes",
            tr.gettext("Quotations in quote marks, by kind of source"),
            charted,
            names,
            ticks,
            w,
        ),
        _columns(
            "month-words", tr.gettext("Words quoted, by kind of source"), charted, names, ticks, w, words=True
        ),
    )
    rows = [
        _row(w, g, w.month(str(g.key)) if g.key else tr.gettext("(no date)"), str(g.key) if g.key else "9999")
        for g in groups
    ]
    return Section(
        "month",
        tr.gettext("By month"),
        charts,
        Table("table-month", _columns_of(w, tr.gettext("Month")), tuple(rows)),
    )


def _by_key(db: sqlite3.Connection, w: Words, column: str) -> Section:
    """Sections or authors, most quoted first: the first ones charted, the first ``TABLE_ROWS`` listed."""
    tr = w.tr
    if column == "section":
        title, header, missing = tr.gettext("By section"), tr.gettext("Section"), tr.gettext("(no section)")
    else:
        title, header, missing = tr.gettext("By author"), tr.gettext("Author"), tr.gettext("(no author)")
    groups = sorted(_groups(db, column), key=lambda g: (-g.quotations, -g.articles, str(g.key)))
    charted = groups[:CHART_ROWS]
    names = [str(g.key) if g.key else missing for g in charted]
    quotes_caption = tr.gettext("Quotations in quote marks, by kind of source")
    words_caption = tr.gettext("Words quoted, by kind of source")
    if len(groups) > len(charted):
        shown = tr.gettext("the %(shown)s most quoted of %(total)s", shown=len(charted), total=len(groups))
        quotes_caption, words_caption = f"{quotes_caption} ({shown})", f"{words_caption} ({shown})"
    charts = (
        _bars(f"{column}-quotes", quotes_caption, charted, names, w),
        _bars(f"{column}-words", words_caption, charted, names, w, words=True),
    )
    listed = groups[:TABLE_ROWS]
    rows = [_row(w, g, str(g.key) if g.key else missing, str(g.key) if g.key else missing) for g in listed]
    note = None
    if len(listed) < len(groups):
        note = tr.gettext(
            "The %(shown)s most quoted rows of %(total)s.", shown=len(listed), total=len(groups)
        )
    return Section(column, title, charts, Table(f"table-{column}", _columns_of(w, header), tuple(rows), note))


def _columns_of(w: Words, header: str) -> tuple[Column, ...]:
    tr = w.tr
    return (
        Column(header, False),
        Column(tr.gettext("Articles"), True),
        Column(tr.gettext("Quotations"), True),
        Column(tr.gettext("Anonymous (quotations)"), True),
        Column(tr.gettext("Anonymous (words quoted)"), True),
        Column(tr.gettext("Unattributed"), True),
        Column(tr.gettext("Anonymous sources"), True),
        Column(tr.gettext("Anonymity explained"), True),
    )


def _row(w: Words, g: Group, name: str, sort_key: str) -> tuple[Cell, ...]:
    return (
        Cell(name, sort_key, numeric=False),
        Cell(w.number(g.articles), str(g.articles)),
        Cell(w.number(g.quotations), str(g.quotations)),
        _share_cell(w, g.share("anonymous")),
        _share_cell(w, g.share("anonymous", words=True)),
        _share_cell(w, g.share("unattributed")),
        Cell(w.number(g.anonymous_sources), str(g.anonymous_sources)),
        _share_cell(w, g.explained),
    )


def _share_cell(w: Words, share: float | None) -> Cell:
    return Cell(w.percent(share), f"{share:.4f}" if share is not None else "-1")


def _segment_title(w: Words, name: str, band: str, count: int, share: float) -> str:
    """What a reader sees pointing at a piece of a chart: « mars 2024 : anonymes 26 % (12) »."""
    return f"{name}{w.colon}{w.bands[band].short} {w.percent(share)} ({w.number(count)})"


def _columns(
    anchor: str,
    caption: str,
    groups: Sequence[Group],
    names: Sequence[str],
    ticks: Sequence[str],
    w: Words,
    *,
    words: bool = False,
) -> Chart:
    """A column per group, stacked to 100 % by band: anonymous at the bottom, read off the axis."""
    width, height = 720, 230
    left, right, top, bottom = 44, 8, 10, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    rects, labels, rules = [], [], []
    for k in range(5):
        y = top + plot_h * (1 - k / 4)
        rules.append(Rule(_n(left), _n(y), _n(width - right), _n(y), "grid"))
        labels.append(Label(_n(left - 6), _n(y + 4), w.percent(k / 4), "end", "tick"))
    slot = plot_w / max(len(groups), 1)
    every = max(1, -(-len(groups) // 12))
    for n, (group, name, tick) in enumerate(zip(groups, names, ticks, strict=True)):
        col = min(slot * 0.76, 56.0)
        x = left + n * slot + (slot - col) / 2
        counts = group.quoted_words if words else group.quotes
        total = group.words if words else group.quotations
        y = top + plot_h
        for band in STACK:
            if not total or not counts[band]:
                continue
            share = counts[band] / total
            h = plot_h * share
            y -= h
            rects.append(
                Rect(_n(x), _n(y), _n(col), _n(h), band, _segment_title(w, name, band, counts[band], share))
            )
        if not total:
            nothing = w.tr.gettext("%(label)s: no quotation", label=name)
            labels.append(Label(_n(x + col / 2), _n(top + plot_h - 4), "–", "middle", "none", nothing))
        if n % every == 0:
            labels.append(Label(_n(x + col / 2), _n(top + plot_h + 16), tick, "middle", "tick", name))
    rules.append(Rule(_n(left), _n(top + plot_h), _n(width - right), _n(top + plot_h), "axis"))
    return Chart(
        anchor=anchor,
        caption=caption,
        width=width,
        height=height,
        rects=tuple(rects),
        labels=tuple(labels),
        rules=tuple(rules),
        summary=_summary(w, groups, names, words=words),
        empty=not any(g.words if words else g.quotations for g in groups),
    )


def _bars(
    anchor: str, caption: str, groups: Sequence[Group], names: Sequence[str], w: Words, *, words: bool = False
) -> Chart:
    """A bar per group, stacked to 100 % by band, the anonymous share written at its end."""
    row_h, bar_h = 24, 16
    width, left, right, top = 720, 190, 56, 6
    plot_w = width - left - right
    height = top + row_h * max(len(groups), 1) + 22
    rects, labels, rules = [], [], []
    for k in range(5):
        x = left + plot_w * k / 4
        rules.append(Rule(_n(x), _n(top), _n(x), _n(height - 20), "grid"))
        labels.append(Label(_n(x), _n(height - 6), w.percent(k / 4), "middle", "tick"))
    for n, (group, name) in enumerate(zip(groups, names, strict=True)):
        y = top + n * row_h + (row_h - bar_h) / 2
        short = name if len(name) <= 26 else name[:25] + "…"
        labels.append(Label(_n(left - 8), _n(y + bar_h - 3), short, "end", "name", name))
        counts = group.quoted_words if words else group.quotes
        total = group.words if words else group.quotations
        x = float(left)
        for band in STACK:
            if not total or not counts[band]:
                continue
            share = counts[band] / total
            bar = plot_w * share
            rects.append(
                Rect(
                    _n(x), _n(y), _n(bar), _n(bar_h), band, _segment_title(w, name, band, counts[band], share)
                )
            )
            x += bar
        anonymous = counts["anonymous"] / total if total else None
        labels.append(Label(_n(left + plot_w + 6), _n(y + bar_h - 3), w.percent(anonymous), "start", "value"))
    return Chart(
        anchor=anchor,
        caption=caption,
        width=width,
        height=height,
        rects=tuple(rects),
        labels=tuple(labels),
        rules=tuple(rules),
        summary=_summary(w, groups, names, words=words),
        empty=not any(g.words if words else g.quotations for g in groups),
    )


def _summary(w: Words, groups: Sequence[Group], names: Sequence[str], *, words: bool) -> str:
    """The chart in words: each group's anonymous share."""
    if not groups:
        return w.tr.gettext("No quotation to chart.")
    parts = [
        f"{name}{w.colon}{w.percent(g.share('anonymous', words=words))}"
        for g, name in zip(groups, names, strict=True)
    ]
    return f"{w.bands['anonymous'].short} — " + " · ".join(parts)


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _explained(db: sqlite3.Connection, w: Words, total: Group) -> Section:
    stock = db.execute(
        "SELECT COUNT(*) FROM sources JOIN articles ON articles.id = sources.article_id "
        "WHERE articles.status = 'analyzed' AND sources.band = 'anonymous' "
        "AND sources.anonymity_reason_given = 1 AND sources.anonymity_reason_boilerplate = 1"
    ).fetchone()[0]
    text = w.tr.ngettext(
        "Of %(n)s anonymous source, %(given)s (%(share)s) has its anonymity explained by the article "
        "(« speaking on condition of anonymity because… »), %(stock)s of them with a stock phrase.",
        "Of %(n)s anonymous sources, %(given)s (%(share)s) have their anonymity explained by the article "
        "(« speaking on condition of anonymity because… »), %(stock)s of them with a stock phrase.",
        total.anonymous_sources,
        given=w.number(total.reasons_given),
        share=w.percent(total.explained),
        stock=w.number(stock),
    )
    return Section("explained", w.tr.gettext("Anonymity explained"), (), None, text)


def _checks(db: sqlite3.Connection, w: Words, articles: int) -> Section:
    tr = w.tr
    rows = db.execute(
        "SELECT check_name, standard, MIN(title) AS title, COUNT(*) AS findings, "
        "COUNT(DISTINCT article_id) AS articles FROM checks "
        "WHERE article_id IN (SELECT id FROM articles WHERE status = 'analyzed') "
        "GROUP BY check_name, standard ORDER BY articles DESC, findings DESC, check_name"
    ).fetchall()
    title = tr.gettext("The checks that fire most")
    if not rows:
        return Section("checks", title, (), None, tr.gettext("No check fired."))
    columns = (
        Column(tr.pgettext("table column", "Check"), False),
        Column(tr.gettext("Standard"), False),
        Column(tr.gettext("Findings"), True),
        Column(tr.gettext("Articles"), True),
        Column(tr.gettext("Share of articles"), True),
    )
    cells = tuple(
        (
            Cell(_check_title(row["check_name"], row["title"], w), row["check_name"], numeric=False),
            Cell(
                row["standard"] or "",
                row["standard"] or "",
                numeric=False,
                note=STANDARDS.get(row["standard"]),
            ),
            Cell(w.number(row["findings"]), str(row["findings"])),
            Cell(w.number(row["articles"]), str(row["articles"])),
            _share_cell(w, row["articles"] / articles if articles else None),
        )
        for row in rows
    )
    return Section("checks", title, (), Table("table-checks", columns, cells))


def _check_title(check: str, stored: str | None, w: Words) -> str:
    """A check's title in the page's language (the database keeps the French one, as the JSON does)."""
    from .wording import CHECKS

    if check in CHECKS:
        return w.tr.gettext(CHECKS[check][0])
    return stored or check


def _leaning(
    db: sqlite3.Connection,
    w: Words,
    *,
    top: int,
    database_name: str,
    output: Path | None,
    stem: Any,
) -> tuple[Section, tuple[Listed, ...]]:
    tr = w.tr
    rows = db.execute(
        "SELECT id, title, name, date, section, author, quotations, anonymous_quotes, anonymous_share, "
        "anonymous_word_share, checks FROM articles WHERE status = 'analyzed' AND quotations >= ? "
        "ORDER BY anonymous_share DESC, anonymous_quotes DESC, quotations DESC, id LIMIT ?",
        (MIN_QUOTES, top),
    ).fetchall()
    listed = tuple(Listed(row["id"], stem(row["id"])) for row in rows)
    title = tr.gettext("The articles that lean most on anonymous sources")
    if not rows:
        return Section("leaning", title, (), None, tr.gettext("No article has enough quotations.")), listed
    columns = (
        Column(tr.gettext("Article"), False),
        Column(tr.gettext("Date"), False),
        Column(tr.gettext("Section"), False),
        Column(tr.gettext("Author"), False),
        Column(tr.gettext("Quotations"), True),
        Column(tr.gettext("Anonymous quotations"), True),
        Column(tr.gettext("Anonymous (quotations)"), True),
        Column(tr.gettext("Anonymous (words quoted)"), True),
        Column(tr.gettext("Warnings"), True),
        Column(tr.gettext("Report"), False),
    )
    cells = []
    for row, item in zip(rows, listed, strict=True):
        heading = row["title"] or row["name"] or row["id"]
        written = output is not None and (output / "reports" / f"{item.stem}.html").is_file()
        href = f"reports/{item.stem}.html"
        cells.append(
            (
                Cell(
                    heading,
                    heading,
                    numeric=False,
                    href=href,
                    note=row["id"] if row["id"] != heading else None,
                ),
                Cell(row["date"] or "", row["date"] or "", numeric=False),
                Cell(row["section"] or "", row["section"] or "", numeric=False),
                Cell(row["author"] or "", row["author"] or "", numeric=False),
                Cell(w.number(row["quotations"]), str(row["quotations"])),
                Cell(w.number(row["anonymous_quotes"]), str(row["anonymous_quotes"])),
                _share_cell(w, row["anonymous_share"]),
                _share_cell(w, row["anonymous_word_share"]),
                Cell(w.number(row["checks"]), str(row["checks"])),
                Cell(
                    tr.gettext("report") if written else tr.gettext("not written yet"),
                    "1" if written else "0",
                    numeric=False,
                    href=href if written else None,
                ),
            )
        )
    folder = shlex.quote(str(output)) if output is not None else "DIR"
    database = shlex.quote(database_name)
    how = tr.gettext(
        "Write the reports of these articles all at once with %(all)s, or one by one with %(one)s.",
        all=f"quotes dashboard --db {database} -o {folder} --reports",
        one=f"quotes report --db {database} --id ID -o {folder}/reports",
    )
    intro = tr.ngettext(
        "The article with at least %(minimum)s quotations where the share of quotations from anonymous "
        "sources is highest.",
        "The %(n)s articles with at least %(minimum)s quotations where the share of quotations from "
        "anonymous sources is highest.",
        len(rows),
        minimum=MIN_QUOTES,
    )
    return Section(
        "leaning", title, (), Table("table-leaning", columns, tuple(cells), note=how), intro
    ), listed


def _failures(db: sqlite3.Connection, w: Words, count: int) -> Section:
    """The most frequent reasons, the article's name taken off the front of each message."""
    tr = w.tr
    reasons: dict[str, int] = {}
    for (error,) in db.execute("SELECT error FROM articles WHERE status = 'failed'"):
        text = str(error or "")
        _, colon, rest = text.partition(": ")
        reason = rest if colon and rest else text
        reasons[reason] = reasons.get(reason, 0) + 1
    ranked = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    columns = (Column(tr.gettext("Reason"), False), Column(tr.gettext("Articles"), True))
    cells = tuple((Cell(reason, reason, numeric=False), Cell(w.number(n), str(n))) for reason, n in ranked)
    intro = tr.ngettext(
        "%(n)s article could not be analyzed; the most frequent reasons:",
        "%(n)s articles could not be analyzed; the most frequent reasons:",
        count,
    )
    return Section(
        "failed", tr.gettext("Articles not analyzed"), (), Table("table-failed", columns, cells), intro
    )


# --- rendering and writing ---------------------------------------------------------------------------------


def render_dashboard(page: DashboardPage) -> str:
    """The HTML of the dashboard."""
    return render("dashboard.html", page, lang=page.lang)


def write_dashboard(
    database: Path,
    output: Path,
    *,
    lang: str = "fr",
    top: int = 25,
    generated: datetime.datetime | None = None,
) -> WrittenDashboard:
    """Write ``output/index.html`` from the database; returns it and the articles it lists."""
    db = open_for_reading(database)
    try:
        output.mkdir(parents=True, exist_ok=True)
        page, listed = dashboard_page(
            db, lang=lang, top=top, database_name=str(database), output=output, generated=generated
        )
        html = render_dashboard(page)
    finally:
        db.close()
    target = output / "index.html"
    write_atomically(target, html)
    return WrittenDashboard(target, listed)
