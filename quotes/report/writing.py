"""Writing the report's files: per article ``<name>.html`` and ``<name>.json``, then the index and the CSV.

Every file is written atomically: an interrupted run leaves the previous version or
the new one, never half of one, and no temporary file. The index and the CSV keep the
reports an earlier run left in the folder, and every page links to the ones before and
after it in the index's order, earlier pages too.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
import sys
import urllib.parse
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from ..errors import QuotesError
from ..export import SCHEMA, to_json
from ..files import remove_stale_temp_files, write_atomically
from ..i18n import LANGUAGES, language
from ..model import Analysis
from ..parsing import ParseCache, ParserChoice
from ..rendering import environment, render
from .article import Neighbours, article_page, nav_view, parser_text
from .index import index_page
from .spreadsheet import sources_csv
from .views import ArticlePage, IndexPage, NavView

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
    neighbours: Neighbours | None = None,
    page_only: bool = False,
) -> ArticlePage:
    """Write ``<stem>.json`` and ``<stem>.html``; both are rendered before either is written.

    ``page_only``: write the page again (with new neighbours), not the JSON.
    """
    page = article_page(analysis, lang=lang, generated=generated, neighbours=neighbours)
    html = render_article(page)
    if not page_only:
        analysis_json = json.dumps(to_json(analysis), ensure_ascii=False, indent=1) + "\n"
        write_atomically(output / f"{stem}.json", analysis_json)
    write_atomically(output / f"{stem}.html", html)
    return page


def _title(analysis: Analysis) -> str:
    return analysis.article.title or analysis.article.name


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
    # Each page links to the one before it; the one before gets its link to the next written again
    # once the next is written: a run stopped halfway leaves pages whose links all land.
    previous: tuple[Analysis, str, Neighbours] | None = None
    for n, path in enumerate(paths):
        progress.show(n, path.name)
        try:
            analysis = analyze(read_article(path, max_bytes=max_bytes), choice, cache=cache)
        except QuotesError as err:
            failed.append(str(err))
            progress.say(f"skipped {err}")
            continue
        stem = unique_stem(path.stem, taken)
        title = analysis.article.title or analysis.article.name
        around = Neighbours(previous=(_title(previous[0]), page_href(previous[1])) if previous else None)
        page = write_article_report(analysis, output, stem, lang=lang, neighbours=around)
        if previous is not None:
            before, before_stem, before_around = previous
            write_article_report(
                before,
                output,
                before_stem,
                lang=lang,
                neighbours=replace(before_around, next=(title, page_href(stem))),
                page_only=True,
            )
        previous = (analysis, stem, around)
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
    Both are in ``lang``, the earlier reports' rows too (they are read back from their JSON).
    Then every page links to the ones before and after it in the index's order
    (``link_neighbours``): an earlier report's previous or next link follows the new index.
    """
    rows: list[tuple[Analysis | dict[str, Any], str]] = [*earlier_reports(output, replaced), *done]
    index_html = render_index(index_page(rows, failed, lang=lang, parser=parser))
    csv_text = sources_csv([analysis for analysis, _ in rows], lang=lang)
    write_atomically(output / "sources.csv", csv_text)
    write_atomically(output / "index.html", index_html)
    link_neighbours(output, rows)


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


# The page's language, and its links to the other articles as ``_pager.html`` writes them. Nothing
# from an article can look like either: the article's text reaches the page escaped, ``<`` as ``&lt;``.
_PAGE_LANG = re.compile(r'<html lang="([a-z]+)">')
_PAGER = re.compile(r'<nav class="pager"[^>]*>.*?</nav>\n', re.S)
_MAIN = '<main id="content"'
_HEAD_BYTES = 64 * 1024


def link_neighbours(output: Path, rows: Sequence[tuple[Analysis | dict[str, Any], str]]) -> None:
    """Link each page (``(analysis or its JSON, href)``) to the index and to its neighbours in ``rows``.

    Only the page's links are written again, in the page's own language, and only when they
    change; a page that has no such links (an older version's) is left as it is.
    """
    titles = [_title_of(item) for item, _ in rows]
    hrefs = [href for _, href in rows]
    for n, href in enumerate(hrefs):
        around = Neighbours(
            previous=(titles[n - 1], hrefs[n - 1]) if n > 0 else None,
            next=(titles[n + 1], hrefs[n + 1]) if n + 1 < len(rows) else None,
        )
        relink_page(output / urllib.parse.unquote(href.removeprefix("./")), around)


def relink_page(path: Path, around: Neighbours) -> bool:
    """Write the links of the page at ``path`` again for ``around``; whether the page changed."""
    try:
        with path.open("rb") as page:  # the links come before the content: the head is enough to compare
            head = page.read(_HEAD_BYTES).decode("utf-8", errors="replace")
        found = _links_of(head)
        if found is None and _MAIN not in head:
            head = path.read_text(encoding="utf-8")
            found = _links_of(head)
    except (OSError, UnicodeDecodeError):
        return False
    if found is None:
        return False
    lang, old = found
    links = render_pager(nav_view(around, language(lang)), lang)
    if old == links:
        return False
    html = path.read_text(encoding="utf-8")
    start = html.index(old)
    write_atomically(path, html[:start] + links + html[start + len(old) :])
    return True


def _links_of(html: str) -> tuple[str, str] | None:
    """The page's language and its links to the other articles, when it has them before its content."""
    end = html.find(_MAIN)
    if end < 0:
        return None
    lang = _PAGE_LANG.search(html, 0, end)
    pager = _PAGER.search(html, 0, end)
    if lang is None or lang[1] not in LANGUAGES or pager is None:
        return None
    return lang[1], pager[0]


def render_pager(nav: NavView, lang: str) -> str:
    """The HTML of a page's links to the index and its neighbours, as the article's page has it."""
    return str(environment(lang).get_template("_pager.html").render(nav=nav))


def _title_of(item: Analysis | dict[str, Any]) -> str:
    if isinstance(item, dict):
        return str(item["article"]["title"] or item["article"]["name"])
    return _title(item)
