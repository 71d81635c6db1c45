"""quotes audit: an archive on local workers or a Dask cluster gives the rows of each article analyzed alone.

The archive (``tests/archives.py``) holds tiny generated articles in a folder tree, a JSON
Lines file, a CSV file and a WARC file, with rows and pages that are not articles. The
reference for each article is ``quotes analyze`` of the same article alone (one parse,
no batch, no worker), turned into rows. Runs here start real processes: two local
workers, a real ``dask.distributed`` LocalCluster, and a run killed with SIGKILL.
"""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from archives import Archive, write_archive
from conftest import ROOT

from quotes import audit
from quotes.archive import read_archive, to_article
from quotes.auditdb import (
    ARTICLE_COLUMNS,
    CHILD_TABLES,
    AuditDatabase,
    analysis_rows,
    analyzer_version,
    month_of,
)
from quotes.export import to_json
from quotes.pipeline import analyze

MAX_BYTES = 5 * 1024 * 1024
# What differs from one run to another, or from one way of reading the article to another.
VOLATILE = {"run", "analyzed_at"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    return write_archive(tmp_path_factory.mktemp("archive"))


@pytest.fixture(scope="module")
def expected(archive, spacy_choice) -> dict[str, dict[str, list[tuple[Any, ...]]]]:  # type: ignore[no-untyped-def]
    """Each article analyzed alone, as ``quotes analyze`` would, turned into the database's rows."""
    rows = {}
    for item in read_archive(archive.sources):
        if item.id in archive.failures:
            continue
        article = to_article(item, max_bytes=MAX_BYTES)
        result = analysis_rows(
            to_json(analyze(article, spacy_choice)),
            article_id=item.id,
            location=item.location,
            content_hash=item.content_hash,
            section=item.given("section"),
            text=article.text,
        )
        article_row = tuple(result.article.get(c) for c, _ in ARTICLE_COLUMNS if c not in VOLATILE)
        rows[item.id] = {"articles": [article_row], **{t: sorted(getattr(result, t)) for t in CHILD_TABLES}}
    return rows


def database_rows(path: Path) -> dict[str, dict[str, list[tuple[Any, ...]]]]:
    """Every analyzed article's rows in the database, as ``expected`` holds them."""
    db = sqlite3.connect(path)
    found: dict[str, dict[str, list[tuple[Any, ...]]]] = {}
    columns = ", ".join(c if c != "end" else '"end"' for c, _ in ARTICLE_COLUMNS if c not in VOLATILE)
    for row in db.execute(f"SELECT {columns} FROM articles WHERE status = 'analyzed'"):
        found[row[0]] = {"articles": [row], **{t: [] for t in CHILD_TABLES}}
    for name in CHILD_TABLES:
        for row in db.execute(f"SELECT * FROM {name}"):
            if row[0] in found:
                found[row[0]][name].append(row)
    for tables in found.values():
        for name in CHILD_TABLES:
            tables[name].sort()
    return found


def failures(path: Path) -> dict[str, str]:
    return dict(sqlite3.connect(path).execute("SELECT id, error FROM articles WHERE status = 'failed'"))


def check_database(path: Path, archive: Archive, expected: dict[str, Any]) -> None:
    rows = database_rows(path)
    assert sorted(rows) == sorted(expected)
    for item_id, tables in expected.items():
        for name, expected_rows in tables.items():
            assert rows[item_id][name] == expected_rows, f"{item_id}: {name} differ"
    found = failures(path)
    assert sorted(found) == sorted(archive.failures)
    for item_id, reason in archive.failures.items():
        assert found[item_id].startswith(reason) and "\n" not in found[item_id]


def test_two_local_workers_give_the_rows_of_each_article_alone(tmp_path, archive, expected, spacy_choice):
    """The command as a user runs it: its two workers start afresh (and load spaCy without PyTorch)."""
    path = tmp_path / "audit.sqlite"
    command = [sys.executable, "-m", "quotes", "audit", *map(str, archive.sources), "--db", str(path)]
    run = subprocess.run(
        [*command, "--workers", "2", "--batch-size", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    summary = run.stderr.strip().splitlines()[-2]
    assert summary.startswith(
        f"audit: {len(expected)} analyzed, {len(archive.failures)} failed, 0 already in "
    )
    assert " on 2 local workers (" in summary
    check_database(path, archive, expected)
    db = sqlite3.connect(path)
    for item_id, given in archive.metadata.items():
        found = db.execute("SELECT section, author, date, month, url FROM articles WHERE id = ?", (item_id,))
        section, author, date, month, url = found.fetchone()
        assert (section, author, date) == (
            given.get("section"),
            given.get("author", author),
            given.get("date", date),
        )
        assert month == month_of(date) and url == given.get("url")
    assert f"{len(archive.ids)}/{len(archive.ids)} articles" in run.stderr
    assert "failed jsonl-english: this reads as English" in run.stderr
    # Nothing left to do: a second run reads the archive, skips every article, and starts no worker.
    again = audit.run_audit(
        archive.sources, path, choice=spacy_choice, workers=2, max_bytes=MAX_BYTES, stream=io.StringIO()
    )
    assert (again.analyzed, again.failed, again.skipped) == (0, 0, len(archive.ids))
    check_database(path, archive, expected)


def test_a_dask_cluster_gives_the_same_rows(tmp_path, archive, expected, spacy_choice):
    distributed = pytest.importorskip("distributed")
    path = tmp_path / "audit.sqlite"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster:
        summary = audit.run_audit(
            archive.sources,
            path,
            choice=spacy_choice,
            scheduler=cluster.scheduler_address,
            batch_size=3,
            max_bytes=MAX_BYTES,
            stream=io.StringIO(),
        )
    assert summary.workers.startswith("2 Dask workers at tcp://")
    assert (summary.analyzed, summary.failed) == (len(expected), len(archive.failures))
    check_database(path, archive, expected)
    [run] = sqlite3.connect(path).execute("SELECT status, workers, analyzed FROM runs").fetchall()
    assert run == ("finished", summary.workers, len(expected))


def test_a_run_killed_mid_way_leaves_whole_articles_and_a_rerun_finishes_it(tmp_path, spacy_choice):
    archive = write_archive(tmp_path / "archive", per_format=12)
    path = tmp_path / "audit.sqlite"
    command = [sys.executable, "-m", "quotes", "audit", *map(str, archive.sources), "--db", str(path)]
    command += ["--workers", "1", "--batch-size", "1"]
    env = {**os.environ, "QUOTES_OFFLINE": "1"}
    run = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    done_before = 0
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and run.poll() is None:
            done_before = _count(path)
            if done_before >= 3:
                break
            time.sleep(0.05)
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
    assert run.returncode == -signal.SIGKILL
    assert 3 <= done_before < len(archive.ids), "the run was killed mid-way"
    # The kill left whole articles only: each one's rows match its figures.
    killed = _count(path)
    assert done_before <= killed < len(archive.ids)
    _check_whole(path)

    # The same audit again; in this process, whose worker forks with the model already loaded.
    rerun = audit.run_audit(
        archive.sources,
        path,
        choice=spacy_choice,
        workers=1,
        batch_size=4,
        max_bytes=MAX_BYTES,
        stream=io.StringIO(),
    )
    assert (rerun.skipped, rerun.analyzed + rerun.failed) == (killed, len(archive.ids) - killed)
    db = sqlite3.connect(path)
    ids = [row[0] for row in db.execute("SELECT id FROM articles")]
    assert sorted(ids) == sorted(archive.ids), "every article exactly once"
    _check_whole(path)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    runs = db.execute("SELECT status, analyzed + failed FROM runs ORDER BY id").fetchall()
    assert runs[0][0] == "running"  # killed: never finished
    assert runs[1] == ("finished", len(archive.ids) - killed)


def _count(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)
        return int(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _check_whole(path: Path) -> None:
    """Every article's child rows are all there: as many as its own figures say."""
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    mismatched = db.execute(
        """
        SELECT a.id FROM articles a WHERE a.status = 'analyzed' AND (
          a.quotations != (SELECT COUNT(*) FROM quotations q WHERE q.article_id = a.id
                           AND q.kind IN ('direct', 'partial'))
          OR a.indirect != (SELECT COUNT(*) FROM quotations q WHERE q.article_id = a.id
                            AND q.kind = 'indirect')
          OR a.sources != (SELECT COUNT(*) FROM sources s WHERE s.article_id = a.id)
          OR a.checks != (SELECT COUNT(*) FROM checks c WHERE c.article_id = a.id)
          OR a.quotations = 0)
        """
    ).fetchall()
    assert mismatched == []
    orphans = db.execute(
        "SELECT COUNT(*) FROM quotations WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0


# --- deciding what to analyze, without workers -------------------------------------------------------


def test_a_rerun_analyzes_again_only_what_changed(tmp_path, archive):
    items = list(read_archive(archive.sources))
    db = AuditDatabase(tmp_path / "audit.sqlite")
    first = db.start_run(sources=[], workers="t", parser="spacy X (m)")
    rows = [audit._failure(item, "x: kept as failed") for item in items[:3]]
    rows[0] = type(rows[0])({**rows[0].article, "status": "analyzed", "error": None, "parser": "spacy X (m)"})
    db.write(rows, run=first)
    second = db.start_run(sources=[], workers="t", parser="spacy X (m)")
    plan = audit.Plan(db, second, "spacy X (m)", analyzer_version(), retry_failed=False)
    assert plan.decide(items[0]) == "skip"  # same content, parser and analyzer
    assert plan.decide(items[1]) == "skip"  # failed before, and would fail again
    assert plan.decide(items[5]) == "analyze"  # never seen
    changed = type(items[0])(**{**_fields(items[0]), "content": items[0].content + b"\nUne ligne de plus."})
    assert plan.decide(changed) == "analyze"
    assert audit.Plan(db, second, "spacy Y (m)", analyzer_version(), False).decide(items[0]) == "analyze"
    assert audit.Plan(db, second, "spacy X (m)", "quotes 9 (other)", False).decide(items[0]) == "analyze"
    assert (
        audit.Plan(db, second, "spacy X (m)", analyzer_version(), retry_failed=True).decide(items[1])
        == "analyze"
    )
    db.write([rows[2]], run=second)
    assert plan.decide(items[2]) == "duplicate"  # already written by this run: the archive has it twice
    db.close()


def _fields(item: Any) -> dict[str, Any]:
    return {name: getattr(item, name) for name in item.__slots__}


class FakeWorkers:
    """A pool whose batches come back at once; a batch holding an article named ``crash`` dies."""

    description = "fake"
    slots = 2

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def submit(self, batch: list[Any]) -> Any:
        self.batches.append([item.id for item in batch])
        return tuple(batch)

    def wait(self, futures: set[Any]) -> set[Any]:
        return set(futures)

    def result(self, future: Any) -> list[Any]:
        if any(item.id == "crash" for item in future):
            raise RuntimeError("worker died")
        return [audit._failure(item, f"{item.id}: fine") for item in future]

    def close(self, *, cancel: bool) -> None:
        pass


def test_a_batch_whose_worker_dies_is_retried_article_by_article(archive):
    items = list(read_archive(archive.sources))[:4]
    crash = type(items[0])(**{**_fields(items[0]), "id": "crash"})
    batches = iter([[items[0], crash], [items[1], items[2]], [items[3]]])
    pool = FakeWorkers()
    results = [rows for batch in audit._stream(pool, batches) for rows in batch]
    errors = {rows.id: rows.article["error"] for rows in results}
    assert sorted(errors) == sorted([items[0].id, "crash", items[1].id, items[2].id, items[3].id])
    assert (
        errors["crash"]
        == "crash: the analysis stopped its worker (internal error: RuntimeError: worker died)"
    )
    assert [items[0].id] in pool.batches and ["crash"] in pool.batches


def test_an_article_over_its_time_budget_fails_alone_and_the_batch_goes_on(
    archive, spacy_choice, monkeypatch
):
    # quotes audit --timeout: the budget quotes report gives an article, here for our stages.
    from quotes import pipeline
    from quotes.budget import Limits

    items = [item for item in read_archive(archive.sources) if item.id not in archive.failures][:3]
    real = pipeline.analyze_parsed
    stuck = to_article(items[1], max_bytes=MAX_BYTES).text

    def analyze_parsed(article, doc):  # type: ignore[no-untyped-def]
        if article.text == stuck:
            time.sleep(60)  # a rule that never ends
        return real(article, doc)

    monkeypatch.setattr(pipeline, "analyze_parsed", analyze_parsed)
    started = time.perf_counter()
    rows = audit.analyze_items(items, spacy_choice, MAX_BYTES, Limits(timeout=2))
    assert time.perf_counter() - started < 30
    assert [r.failed for r in rows] == [False, True, False]
    assert "took more than 2 s and was stopped; raise the limit with --timeout" in rows[1].article["error"]


def test_the_progress_line_says_done_rate_time_left_and_failures():
    tally = audit.Tally(total=1000, analyzed=90, failed=10, skipped=100)
    tally.first_result = time.perf_counter() - 10
    tally.counted_at_first = 0
    line = audit.Progress(tally, io.StringIO()).line()
    assert line.startswith("audit: 200/1,000 articles · 10.0 articles/s · 1 min 2") and line.endswith(
        "left · 10 failed · 100 already done"
    )
    assert [audit.duration(s) for s in (4.4, 65, 3725)] == ["4 s", "1 min 05 s", "1 h 02 min"]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_progress_line_is_redrawn_in_place():
    stream = Terminal()
    progress = audit.Progress(audit.Tally(total=10), stream)
    progress.show(force=True)
    progress.say("failed x: reason")
    assert stream.getvalue().startswith("\raudit: 0/10 articles")
    assert (
        "\r" + " " * len("audit: 0/10 articles · starting · 0 failed") + "\rfailed x: reason\n"
        in stream.getvalue()
    )


def test_the_command_refuses_a_missing_source_in_one_line(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "quotes",
            "audit",
            str(tmp_path / "nowhere"),
            "--db",
            str(tmp_path / "a.sqlite"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == f"quotes: {tmp_path / 'nowhere'}: does not exist"
    assert not (tmp_path / "a.sqlite").exists()


def test_parsing_a_batch_gives_each_articles_own_parse(spacy_choice, parse_text):
    from archives import french_article

    from quotes.parsing import parse_many

    texts = [french_article(n)[1] for n in range(4)] + ["", "Un seul paragraphe, sans citation."]
    assert parse_many(texts, spacy_choice) == [parse_text(text) for text in texts]


def test_the_readme_names_only_options_the_commands_have():
    import re

    from quotes.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    part = readme[readme.index("## Auditing a whole outlet") : readme.index("## How well it works")]
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for command in ("audit", "dashboard", "report"):
        assert f"quotes {command}" in part
    known = {
        option
        for name in ("audit", "dashboard", "report", "analyze")
        for option in commands[name]._option_string_actions
    }
    mentioned = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", part)) - {"--nworkers", "--nthreads", "--where"}
    assert mentioned and mentioned <= known, mentioned - known


def test_the_steady_rate_leaves_out_the_start_and_the_last_batches(monkeypatch):
    clock = iter([30.0, 35.0, 45.0, 55.0, 95.0])
    monkeypatch.setattr(audit.time, "perf_counter", lambda: next(clock))
    tally = audit.Tally(total=100)
    for analyzed in (10, 20, 60, 90, 100):  # the first batch after 30 s of start-up, the last one slow
        tally.analyzed = analyzed
        tally.note()
    assert tally.fifth == (35.0, 20) and tally.nine_tenths == (55.0, 90)
    assert tally.steady_rate() == 70 / 20
