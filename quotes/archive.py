"""The articles of an archive: a folder tree, JSON Lines or CSV rows, or a WARC file of crawled pages.

``read_archive(sources)`` yields one ``ArchiveItem`` per article, one at a time, so that an
archive of any size never sits in memory; ``count_archive`` counts them for the progress
display. ``to_article`` turns an item into an ``Article`` through the same intake as
``quotes analyze`` (in the worker that analyzes it, since reading an HTML page is work).

Each item has an id, the key of its row in the audit database:

- a file of a folder tree: the folder's name and the path inside it (``archive/2024/03/a.html``);
- a row of a JSON Lines or CSV file: its ``id`` column, else its ``url``, else
  ``FILE:LINE``;
- a page of a WARC file: the address it was crawled from (``WARC-Target-URI``).

Rows carry the article in a ``text`` column (plain text, or HTML that is recognized as
such) or an ``html`` column, and optionally the metadata columns ``METADATA``; what a row
gives wins over what the page says (trafilatura's title, author, date, outlet).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from .errors import ArticleError, ArticleTooLarge, QuotesError, UnreadableArticle
from .model import Article

METADATA = ("title", "url", "date", "author", "section", "outlet")
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".xhtml")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".tsv", ".csv.gz", ".tsv.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# A CSV cell may hold a whole article; the csv module's default limit is 128 kB.
CSV_FIELD_LIMIT = 256 * 1024 * 1024


class ArchiveError(QuotesError):
    """A SOURCE that cannot be read as an archive of articles (exit status 2)."""

    exit_status = 2


@dataclass(frozen=True, slots=True)
class ArchiveItem:
    """One article of an archive, as read: its bytes and what the archive says about it.

    ``html`` is True for a page (an ``html`` column, a crawled page), False never, None
    when the intake tells by the name and the content. ``problem`` says why a row holds
    no article (no text column, a line that is not JSON): the item is recorded as failed.
    """

    id: str
    name: str
    location: str
    content: bytes
    html: bool | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    problem: str | None = None

    @property
    def content_hash(self) -> str:
        """A digest of everything the analysis of this item depends on in the archive."""
        digest = hashlib.sha256()
        for part in (self.name, repr(self.html), json.dumps(self.metadata), self.problem or ""):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        digest.update(self.content)
        return digest.hexdigest()

    def given(self, field: str) -> str | None:
        """The value of one metadata column, when the archive gives it."""
        return dict(self.metadata).get(field)


def source_kind(path: Path) -> str:
    """``folder``, ``article``, ``jsonl``, ``csv`` or ``warc``; ArchiveError for anything else."""
    if path.is_dir():
        return "folder"
    if not path.is_file():
        raise ArchiveError(f"{path}: does not exist")
    name = path.name.lower()
    for kind, suffixes in (
        ("jsonl", JSONL_SUFFIXES),
        ("csv", CSV_SUFFIXES),
        ("warc", WARC_SUFFIXES),
        ("article", ARTICLE_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return kind
    raise ArchiveError(
        f"{path}: not an archive quotes can read; give a folder of .txt/.md/.html articles, "
        "a .jsonl or .csv file with one article a row, or a .warc(.gz) file"
    )


def check_sources(sources: Sequence[Path]) -> None:
    """Raise ArchiveError, before any work starts, for a SOURCE that cannot be read at all."""
    if not sources:
        raise ArchiveError("no SOURCE to audit: give folders, .jsonl, .csv or .warc files")
    for source in sources:
        kind = source_kind(source)
        if kind == "csv":
            with _open_text(source) as stream:
                header = _csv_header(source, stream)
            if not {"text", "html"} & set(header):
                raise ArchiveError(
                    f"{source}: the CSV file has no `text` or `html` column (its columns: "
                    f"{', '.join(header) or 'none'})"
                )
        elif kind == "warc":
            _check_warc(source)


def read_archive(sources: Sequence[Path]) -> Iterator[ArchiveItem]:
    """Every article of every SOURCE, in order, one at a time."""
    for source in sources:
        kind = source_kind(source)
        if kind == "folder":
            yield from _folder_items(source)
        elif kind == "article":
            yield _file_item(source, source.name)
        elif kind == "jsonl":
            yield from _jsonl_items(source)
        elif kind == "csv":
            yield from _csv_items(source)
        else:
            yield from _warc_items(source, read=True)


def count_archive(sources: Sequence[Path]) -> int:
    """How many items ``read_archive`` will yield, counted without reading the articles themselves."""
    total = 0
    for source in sources:
        kind = source_kind(source)
        if kind == "folder":
            total += sum(1 for _ in _folder_files(source))
        elif kind == "article":
            total += 1
        elif kind == "jsonl":
            with _open_binary(source) as stream:
                total += sum(1 for line in stream if line.strip())
        elif kind == "csv":
            with _open_text(source) as stream:
                reader = csv.reader(stream, delimiter=_delimiter(stream))
                total += max(sum(1 for row in reader if any(cell.strip() for cell in row)) - 1, 0)
        else:
            total += sum(1 for _ in _warc_items(source, read=False))
    return total


def to_article(item: ArchiveItem, *, max_bytes: int) -> Article:
    """The article of an item, read as ``quotes analyze`` reads a file; ArticleError when there is none."""
    from .intake import read_article_bytes

    if item.problem is not None:
        raise UnreadableArticle(f"{item.id}: {item.problem}")
    if len(item.content) > max_bytes:
        size, limit = len(item.content) / (1024 * 1024), max_bytes / (1024 * 1024)
        raise ArticleTooLarge(
            f"{item.id}: {size:.1f} MB is over the {limit:.1f} MB limit (raise it with --max-mb)"
        )
    name = item.name
    # The intake tells a page from plain text by the name's suffix first.
    if item.html and not name.lower().endswith(HTML_SUFFIXES):
        name += ".html"
    try:
        article = read_article_bytes(item.content, name=name, path=item.location)
    except ArticleError as err:
        message = str(err)
        if name != item.name and message.startswith(name):
            message = item.name + message[len(name) :]
        raise type(err)(message) from err
    given = dict(item.metadata)
    return replace(
        article,
        name=item.name,
        title=given.get("title", article.title),
        url=given.get("url", article.url),
        date=given.get("date", article.date),
        author=given.get("author", article.author),
        outlet=given.get("outlet", article.outlet),
    )


# --- folders ---------------------------------------------------------------------------------


def _folder_files(folder: Path) -> Iterator[Path]:
    """The article files under ``folder``, in a stable order; hidden files and folders left out."""
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                yield Path(root) / name


def _folder_items(folder: Path) -> Iterator[ArchiveItem]:
    top = folder.resolve().name or "archive"
    for path in _folder_files(folder):
        yield _file_item(path, f"{top}/{path.relative_to(folder).as_posix()}")


def _file_item(path: Path, item_id: str) -> ArchiveItem:
    try:
        content = path.read_bytes()
    except OSError as err:
        return ArchiveItem(item_id, path.name, str(path), b"", problem=f"cannot be read ({err.strerror})")
    return ArchiveItem(item_id, path.name, str(path), content)


# --- rows: JSON Lines and CSV ----------------------------------------------------------------


def _open_binary(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _open_text(path: Path) -> IO[str]:
    return io.TextIOWrapper(_open_binary(path), encoding="utf-8-sig", newline="")


def _row_item(source: Path, line: int, row: dict[str, Any]) -> ArchiveItem:
    """The item of one row: its id, its article (``html`` or ``text``) and its metadata columns."""
    fields = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    metadata = tuple(
        (name, " ".join(str(fields[name]).split()))
        for name in METADATA
        if fields.get(name) not in (None, "") and str(fields[name]).strip()
    )
    given = dict(metadata)
    raw_id = fields.get("id")
    item_id = str(raw_id).strip() if raw_id not in (None, "") else given.get("url") or f"{source.name}:{line}"
    location = f"{source}:{line}"
    html = fields.get("html")
    text = fields.get("text")
    if isinstance(html, str) and html.strip():
        return ArchiveItem(item_id, item_id, location, html.encode("utf-8"), True, metadata)
    if isinstance(text, str) and text.strip():
        return ArchiveItem(item_id, item_id, location, text.encode("utf-8"), None, metadata)
    problem = (
        "the row's text is empty"
        if "text" in fields or "html" in fields
        else "the row has no `text` or `html` field"
    )
    return ArchiveItem(item_id, item_id, location, b"", None, metadata, problem=problem)


def _jsonl_items(source: Path) -> Iterator[ArchiveItem]:
    with _open_binary(source) as stream:
        for line_number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except ValueError as err:
                problem = f"line {line_number} is not JSON ({err})"
                yield ArchiveItem(
                    f"{source.name}:{line_number}",
                    source.name,
                    f"{source}:{line_number}",
                    raw,
                    problem=problem,
                )
                continue
            if not isinstance(row, dict):
                yield ArchiveItem(
                    f"{source.name}:{line_number}",
                    source.name,
                    f"{source}:{line_number}",
                    raw,
                    problem=f"line {line_number} is not a JSON object",
                )
                continue
            yield _row_item(source, line_number, row)


def _delimiter(stream: IO[str]) -> str:
    """``,`` ``;`` or tab, whichever the header line has most of; the stream is rewound."""
    header = stream.readline()
    stream.seek(0)
    return max((",", ";", "\t"), key=header.count)


def _csv_header(source: Path, stream: IO[str]) -> list[str]:
    try:
        delimiter = _delimiter(stream)
        row = next(csv.reader(stream, delimiter=delimiter), [])
    except UnicodeDecodeError as err:
        raise ArchiveError(f"{source}: the file is not UTF-8; save it as UTF-8 CSV") from err
    return [cell.strip().lower() for cell in row]


def _csv_items(source: Path) -> Iterator[ArchiveItem]:
    csv.field_size_limit(min(CSV_FIELD_LIMIT, sys.maxsize))
    with _open_text(source) as stream:
        delimiter = _delimiter(stream)
        reader = csv.DictReader(stream, delimiter=delimiter)
        try:
            reader.fieldnames  # noqa: B018 - reads the header, so that line numbers count from it
            while True:
                first_line = reader.line_num + 1  # where the row starts: a cell may span lines
                row = next(reader, None)
                if row is None:
                    break
                if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
                    continue
                yield _row_item(source, first_line, row)
        except UnicodeDecodeError as err:
            raise ArchiveError(
                f"{source}: not UTF-8 after line {reader.line_num}; save it as UTF-8 CSV"
            ) from err
        except csv.Error as err:
            raise ArchiveError(f"{source}: line {reader.line_num}: {err}") from err


# --- WARC ----------------------------------------------------------------------------------------


def _warc_iterator_class() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as err:  # pragma: no cover - warcio is a dependency
        raise ArchiveError("reading WARC files needs warcio: pip install warcio") from err
    return ArchiveIterator


def _check_warc(source: Path) -> None:
    """ArchiveError unless the file starts as a WARC (or ARC) file does, gzipped or not."""
    _warc_iterator_class()
    try:
        with source.open("rb") as stream:
            head = stream.read(2)
            stream.seek(0)
            if head == b"\x1f\x8b":
                with gzip.open(stream) as unzipped:
                    head = unzipped.read(11)
            else:
                head = stream.read(11)
    except (OSError, EOFError) as err:
        raise ArchiveError(f"{source}: not a WARC file quotes can read ({err})") from err
    if not head.startswith((b"WARC/", b"filedesc://")):
        raise ArchiveError(f"{source}: not a WARC file quotes can read (it does not start with WARC/)")


def _warc_items(source: Path, *, read: bool) -> Iterator[ArchiveItem]:
    """The HTML pages a crawl fetched whole (status 200), as items; with ``read=False``, empty ones."""
    _check_warc(source)
    iterator_class = _warc_iterator_class()
    from warcio.exceptions import ArchiveLoadFailed

    with source.open("rb") as stream:
        records = iterator_class(stream, arc2warc=True)
        try:
            for record in records:
                content_type = _page_type(record)
                if content_type is None:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                # The content first: asking for the offset before reading it loses it.
                content = record.content_stream().read() if read else b""
                location = f"{source}@{records.get_record_offset()}"
                item_id = uri or location
                yield ArchiveItem(item_id, item_id, location, content, True, (("url", uri),) if uri else ())
        except ArchiveLoadFailed as err:
            raise ArchiveError(f"{source}: not a WARC file quotes can read ({err})") from err


def _page_type(record: Any) -> str | None:
    """The content type of a record that holds a whole HTML page, else None."""
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    media = content_type.split(";")[0].strip().lower()
    return media if media in HTML_TYPES else None
