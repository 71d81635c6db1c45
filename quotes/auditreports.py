"""Article reports from an audit database, written on demand.

``quotes report --db audit.sqlite --id ID -o DIR`` analyzes again the article the
database holds under ``ID`` (its text and metadata are there) and writes its report,
as ``quotes report`` does for a file, adding it to ``DIR/index.html`` and
``DIR/sources.csv``. ``quotes dashboard --reports`` does it for the articles the
dashboard lists, into the dashboard's ``reports/`` folder, where its links lead.

A report's file name comes from the article's id (``report_stem``), so that the
dashboard can link to it before it is written.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

import regex

from .auditdb import analyzer_version, open_for_reading, parser_text
from .errors import QuotesError
from .model import Analysis, Article
from .parsing import ParseCache, ParserChoice

_UNSAFE = regex.compile(r"[^\p{L}\p{N}._-]+")
_SUFFIX = regex.compile(r"\.(?:txt|md|html?|xhtml)$", regex.I)


def report_stem(article_id: str) -> str:
    """A file name for an article's report: readable, safe anywhere, and one per id.

    ``archive/2024/03/grève.html`` → ``archive-2024-03-grève-3f2a9c1d``: the id's words,
    then a digest of the whole id (two ids that read alike still get two files).
    """
    readable = _UNSAFE.sub("-", _SUFFIX.sub("", article_id.split("://", 1)[-1])).strip("-._")[:60]
    digest = hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:8]
    return f"{readable}-{digest}" if readable else digest


def article_of(row: sqlite3.Row) -> Article:
    """The article as the audit read it, from its row."""
    return Article(
        name=row["name"] or row["id"],
        text=row["text"],
        title=row["title"],
        author=row["author"],
        date=row["date"],
        outlet=row["outlet"],
        url=row["url"],
        path=row["source"],
        encoding=row["encoding"] or "utf-8",
        source_format="html" if row["format"] == "html" else "text",
    )


def write_reports_from_db(
    database: Path,
    ids: Sequence[str],
    output: Path,
    *,
    choice: ParserChoice,
    cache: ParseCache | None,
    lang: str = "fr",
) -> int:
    """Write the report of each article ``ids`` names; returns how many could not be written."""
    from .files import remove_stale_temp_files
    from .pipeline import analyze
    from .report import page_href, write_article_report, write_index

    db = open_for_reading(database)
    try:
        rows = {id_: db.execute("SELECT * FROM articles WHERE id = ?", (id_,)).fetchone() for id_ in ids}
    finally:
        db.close()
    output.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(output)
    done: list[tuple[Analysis, str]] = []
    failed: list[str] = []
    stems: set[str] = set()
    for id_, row in rows.items():
        if row is None:
            failed.append(f"{id_}: not in {database}")
        elif row["status"] != "analyzed":
            failed.append(f"{id_}: the audit could not analyze it ({row['error']})")
        else:
            stem = report_stem(id_)
            try:
                analysis = analyze(article_of(row), choice, cache=cache)
            except QuotesError as err:
                failed.append(f"{id_}: {err}")
                continue
            write_article_report(analysis, output, stem, lang=lang)
            stems.add(stem.casefold())
            done.append((analysis, page_href(stem)))
            note = ""
            if row["analyzer"] != analyzer_version():
                note = (
                    f" (the database has the reading of {row['analyzer']}; rerun quotes audit to update it)"
                )
            print(f"{id_} → {output / (stem + '.html')}{note}", file=sys.stderr)
    for problem in failed:
        print(f"quotes: {problem}", file=sys.stderr)
    parser = parser_text(choice.info.name, choice.info.version, choice.info.model)
    write_index(output, done, failed, lang=lang, parser=parser, replaced=stems)
    print(f"index: {output / 'index.html'}", file=sys.stderr)
    return len(failed)


def write_listed_reports(
    database: Path,
    output: Path,
    ids: Sequence[str],
    *,
    choice: ParserChoice,
    cache: ParseCache | None,
    lang: str = "fr",
) -> int:
    """The reports of the articles a dashboard lists, into its ``reports/`` folder."""
    return write_reports_from_db(database, ids, output / "reports", choice=choice, cache=cache, lang=lang)
