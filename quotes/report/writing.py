"""Writing the report's files: per article ``<name>.html`` and ``<name>.json``, then the index and the CSV.

Every file is written atomically: an interrupted run leaves the previous version or
the new one, never half of one, and no temporary file.
"""

from __future__ import annotations

import datetime
import json
import shutil
import sys
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from ..errors import QuotesError
from ..export import SCHEMA, to_json
from ..files import remove_stale_temp_files, write_atomically
from ..i18n import language
from ..model import Analysis
from ..parsing import ParseCache, ParserChoice
from ..rendering import render
from .article import article_page, parser_text
from .index import index_page
from .spreadsheet import sources_csv
from .views import ArticlePage, IndexPage

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
PROGRESS_FROM = 5
RESERVED_STEMS = {"index"}


def render_article(page: ArticlePage) -> str:
    """The HTML of one article's page."""
    return render("article.html", page, lang=page.lang)


def render_index(page: IndexPage) -> str:
    """The HTML of the index page."""
    return render("index.html", page, lang=page.lang)


def write_article_report(
    analysis: Analysis,
    output: Path,
    stem: str,
    *,
    lang: str = "fr",
    generated: datetime.datetime | None = None,
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
    from ..intake import read_article
    from ..pipeline import analyze

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
        # The terminal speaks English, whatever the language of the pages.
        en = language("en")
        counts = ", ".join(
            (
                en.ngettext("%(n)s quotation", "%(n)s quotations", figures.quotations),
                en.ngettext("%(n)s source", "%(n)s sources", len(analysis.sources)),
                en.ngettext("%(n)s anonymous", "%(n)s anonymous", figures.bands["anonymous"].quotes),
                en.ngettext("%(n)s warning", "%(n)s warnings", len(analysis.findings)),
            )
        )
        progress.say(f"{path.name} → {output / (stem + '.html')} ({counts})")
    progress.show(len(paths), "")
    parser = parser_text(choice.info.name, choice.info.version, choice.info.model)
    write_index(output, done, failed, lang=lang, parser=parser, replaced=taken)
    progress.clear()
    print(f"index: {output / 'index.html'}", file=sys.stderr)
    return len(failed)


def write_index(
    output: Path,
    done: Sequence[tuple[Analysis, str]],
    failed: Sequence[str],
    *,
    lang: str,
    parser: str,
    replaced: set[str],
) -> None:
    """Write ``index.html`` and ``sources.csv``: the reports already in ``output``, then this run's.

    A report this run rewrote (its stem, casefolded, in ``replaced``) appears once, as it is now.
    """
    rows: list[tuple[Analysis | dict[str, Any], str]] = [*earlier_reports(output, replaced), *done]
    index_html = render_index(index_page(rows, failed, lang=lang, parser=parser))
    csv_text = sources_csv([analysis for analysis, _ in rows])
    write_atomically(output / "sources.csv", csv_text)
    write_atomically(output / "index.html", index_html)


def earlier_reports(output: Path, replaced: set[str]) -> list[tuple[dict[str, Any], str]]:
    """The reports an earlier run left in ``output`` (``<stem>.json`` beside ``<stem>.html``), by name."""
    found = []
    for path in sorted(output.glob("*.json")):
        if path.stem.casefold() in replaced or not path.with_suffix(".html").is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("schema") == SCHEMA:
            found.append((data, page_href(path.stem)))
    return found
