"""The audit database: rows that say what the analysis JSON says, whole writes, opened by common tools.

Analyses here come from small articles parsed by spaCy (``analyze_text``); the rows are
compared with the analysis JSON that ``quotes analyze --format json`` prints.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from test_report import CONSEIL, MINISTERE

from quotes import auditdb
from quotes.auditdb import (
    AuditDatabase,
    DatabaseError,
    analysis_rows,
    analyzer_version,
    failure_rows,
    month_of,
    open_for_reading,
)
from quotes.checks import BAND_OF
from quotes.export import to_json


def rows_of(analysis: Any, article_id: str = "a1", section: str | None = "Ville") -> auditdb.ArticleRows:
    return analysis_rows(
        to_json(analysis),
        article_id=article_id,
        location=f"archive/{article_id}.txt",
        content_hash="h-" + article_id,
        section=section,
        text=analysis.article.text,
    )


@pytest.fixture(scope="module")
def conseil(analyze_text):  # type: ignore[no-untyped-def]
    return analyze_text(CONSEIL, "conseil.txt")


@pytest.fixture(scope="module")
def ministere(analyze_text):  # type: ignore[no-untyped-def]
    return analyze_text(MINISTERE, "ministere.txt")


def table(db: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    db.row_factory = sqlite3.Row
    return [dict(row) for row in db.execute(f"SELECT * FROM {name} ORDER BY rowid")]


def test_the_rows_say_what_the_analysis_json_says(tmp_path, conseil):
    data = to_json(conseil)
    db = AuditDatabase(tmp_path / "audit.sqlite")
    db.write([rows_of(conseil)], run=db.start_run(sources=["archive"], workers="test", parser="p"))
    db.close()
    read = sqlite3.connect(tmp_path / "audit.sqlite")
    [article] = table(read, "articles")
    assert article["status"] == "analyzed" and article["error"] is None
    assert (article["id"], article["name"], article["section"]) == ("a1", "conseil.txt", "Ville")
    assert article["text"] == CONSEIL and article["chars"] == len(CONSEIL)
    assert article["quotations"] == data["audit"]["quotations"]
    assert article["anonymous_share"] == data["audit"]["bands"]["anonymous"]["share"]
    for band, figures in data["audit"]["bands"].items():
        assert (article[f"{band}_quotes"], article[f"{band}_words"]) == (figures["quotes"], figures["words"])
    assert article["analyzer"] == analyzer_version() and article["parser"].startswith("spacy ")
    assert json.loads(article["no_response"]) == data["no_response"]

    quotations = table(read, "quotations")
    assert [(q["id"], q["kind"], q["start"], q["end"], q["text"]) for q in quotations] == [
        (q["id"], q["kind"], q["start"], q["end"], q["text"]) for q in data["quotes"]
    ]
    for row, q in zip(quotations, data["quotes"], strict=True):
        assert CONSEIL[row["start"] : row["end"]] == row["text"]
        assert row["source_id"] == q["source"] and row["level"] == q.get("level")
        assert row["band"] == (BAND_OF[q["level"]] if "level" in q else None)
        assert row["cue"] == (q["cue"] or {}).get("text") and row["speaker"] == (q["speaker"] or {}).get(
            "text"
        )
        assert json.loads(row["flags"]) == q["flags"]

    sources = table(read, "sources")
    assert [(s["id"], s["name"], s["level"], s["quotations"]) for s in sources] == [
        (s["id"], s["name"], s["level"], len(s["quotes"])) for s in data["sources"]
    ]
    assert [json.loads(s["reasons"]) for s in sources] == [s["reasons"] for s in data["sources"]]
    mentions = table(read, "mentions")
    assert [(m["source_id"], m["start"], m["end"], m["text"]) for m in mentions] == [
        (s["id"], m["start"], m["end"], m["text"]) for s in data["sources"] for m in s["mentions"]
    ]
    checks = table(read, "checks")
    assert [(c["check_name"], c["message"]) for c in checks] == [
        (c["check"], c["message"]) for c in data["checks"]
    ]
    assert article["checks"] == len(checks) and article["sources"] == len(sources)


def test_writing_an_article_again_replaces_its_rows(tmp_path, conseil, ministere):
    db = AuditDatabase(tmp_path / "audit.sqlite")
    run = db.start_run(sources=[], workers="test", parser="p")
    db.write([rows_of(conseil, "a1"), rows_of(conseil, "a2")], run=run)
    db.write([rows_of(ministere, "a1")], run=run)
    counts = {
        name: dict(db.connection.execute(f"SELECT article_id, COUNT(*) FROM {name} GROUP BY article_id"))
        for name in ("quotations", "sources", "checks")
    }
    assert counts["quotations"]["a1"] == len(ministere.quotes)
    assert counts["quotations"]["a2"] == len(conseil.quotes)
    assert counts["sources"]["a1"] == len(ministere.sources)
    titles = dict(db.connection.execute("SELECT id, name FROM articles"))
    assert titles == {"a1": "ministere.txt", "a2": "conseil.txt"}
    db.close()


def test_a_write_that_fails_half_way_leaves_nothing_of_its_batch(tmp_path, conseil, ministere):
    db = AuditDatabase(tmp_path / "audit.sqlite")
    run = db.start_run(sources=[], workers="test", parser="p")
    db.write([rows_of(conseil, "kept")], run=run)
    broken = rows_of(ministere, "b")
    broken = auditdb.ArticleRows(
        broken.article, broken.quotations, broken.sources, broken.mentions, ((1, 2),)
    )
    with pytest.raises(sqlite3.Error):
        db.write([rows_of(ministere, "a"), broken], run=run)
    assert [row[0] for row in db.connection.execute("SELECT id FROM articles")] == ["kept"]
    assert db.connection.execute("SELECT COUNT(*) FROM quotations WHERE article_id != 'kept'").fetchone() == (
        0,
    )
    db.close()


def test_a_failure_is_one_row_with_its_reason_and_the_metadata_known(tmp_path):
    db = AuditDatabase(tmp_path / "audit.sqlite")
    run = db.start_run(sources=[], workers="test", parser="p")
    rows = failure_rows(
        article_id="x",
        error="x: this reads as English, not French; the tool reads French articles",
        location="rows.jsonl:3",
        content_hash="h",
        metadata={"date": "2024-05-02", "section": "Monde"},
        name="x",
    )
    db.write([rows], run=run)
    [row] = table(db.connection, "articles")
    assert (row["status"], row["error"], row["month"], row["section"]) == (
        "failed",
        "x: this reads as English, not French; the tool reads French articles",
        "2024-05",
        "Monde",
    )
    assert db.recorded("x") == auditdb.Recorded("h", None, analyzer_version(), "failed", run)
    db.close()


def test_closing_leaves_one_file(tmp_path, conseil):
    path = tmp_path / "audit.sqlite"
    db = AuditDatabase(path)
    db.write([rows_of(conseil)], run=db.start_run(sources=[], workers="t", parser="p"))
    assert (tmp_path / "audit.sqlite-wal").exists()  # while it runs: a write-ahead log, no fsync per commit
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.sqlite"]
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_database_that_is_not_an_audit_is_refused_with_a_message(tmp_path):
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (y)")
    with pytest.raises(DatabaseError, match="not an audit database made by quotes"):
        AuditDatabase(other)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="cannot be used as an audit database"):
        AuditDatabase(garbage)
    with pytest.raises(DatabaseError, match="does not exist"):
        open_for_reading(tmp_path / "missing.sqlite")


def test_a_database_of_another_schema_is_refused(tmp_path):
    path = tmp_path / "old.sqlite"
    AuditDatabase(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    with pytest.raises(DatabaseError, match="another version of quotes"):
        AuditDatabase(path)
    with pytest.raises(DatabaseError, match="another version of quotes"):
        open_for_reading(path)


def test_the_analyzer_version_follows_the_analyzers_code_and_word_lists_only(tmp_path):
    package = tmp_path / "quotes"
    (package / "lexicons").mkdir(parents=True)
    (package / "exercise").mkdir()
    (package / "report").mkdir()
    files = {
        "attribution.py": "RULE = 1\n",
        "lexicons/reporting_verbs.tsv": "dire\tque\n",
        "report/article.py": "LABEL = 'a'\n",
        "dashboard.py": "LABEL = 'a'\n",
        "rendering.py": "LABEL = 'a'\n",
        "exercise/grading.py": "POINTS = 1\n",
    }
    for name, content in files.items():
        (package / name).write_text(content, encoding="utf-8")
    first = auditdb.code_digest(package)
    for presentation in ("report/article.py", "dashboard.py", "rendering.py", "exercise/grading.py"):
        (package / presentation).write_text("changed = True\n", encoding="utf-8")
    assert auditdb.code_digest(package) == first, "presenting an analysis differently does not make it stale"
    (package / "lexicons/reporting_verbs.tsv").write_text("dire\tque\naffirmer\tque\n", encoding="utf-8")
    second = auditdb.code_digest(package)
    assert second != first
    (package / "attribution.py").write_text("RULE = 2\n", encoding="utf-8")
    assert auditdb.code_digest(package) not in (first, second)
    version = analyzer_version()
    assert version.startswith("quotes ") and version.endswith(
        f"({auditdb.code_digest(Path(auditdb.__file__).parent)})"
    )


@pytest.fixture(scope="module")
def filled(tmp_path_factory, conseil, ministere):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("db") / "audit.sqlite"
    db = AuditDatabase(path)
    db.write(
        [rows_of(conseil, "a1"), rows_of(ministere, "a2")],
        run=db.start_run(sources=[], workers="t", parser="p"),
    )
    db.close()
    return path


def test_sqlite_utils_opens_it_as_it_is(filled):
    import sqlite_utils

    db = sqlite_utils.Database(filled)
    assert {"articles", "quotations", "sources", "mentions", "checks", "runs", "meta"} <= set(
        db.table_names()
    )
    assert db["articles"].count == 2
    assert db["articles"].pks == ["id"]
    assert ("article_id", "articles", "id") in {
        (fk.column, fk.other_table, fk.other_column) for fk in db["quotations"].foreign_keys
    }
    [count] = db.query("SELECT COUNT(*) AS n FROM sources WHERE band = 'anonymous'")
    anonymous = count["n"]
    assert anonymous == sum(1 for s in db["sources"].rows if 3 <= s["level"] <= 6)


def test_datasette_serves_its_tables(filled):
    from datasette.app import Datasette

    async def fetch() -> list[Any]:
        datasette = Datasette([str(filled)])
        response = await datasette.client.get(
            f"/{Path(filled).stem}/quotations.json?_shape=array&kind=direct"
        )
        assert response.status_code == 200
        return response.json()

    rows = asyncio.run(fetch())
    assert rows and all(row["kind"] == "direct" for row in rows)
    assert {row["article_id"] for row in rows} <= {"a1", "a2"}


@pytest.mark.parametrize(
    ("date", "month"),
    [
        ("2024-03-05", "2024-03"),
        ("2024-03-05T10:00:00+01:00", "2024-03"),
        ("2024-3", "2024-03"),
        ("05/03/2024", "2024-03"),
        ("5.3.2024", "2024-03"),
        ("5 mars 2024", "2024-03"),
        ("1er février 2023", "2023-02"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03"),
        ("août 2022", "2022-08"),
        ("", None),
        (None, None),
        ("hier", None),
        ("2024-13-01", None),
    ],
)
def test_the_month_of_a_date_as_archives_write_it(date, month):
    assert month_of(date) == month
