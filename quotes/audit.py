"""``quotes audit``: a whole archive analyzed on every core, or on a Dask cluster, into the audit database.

The parent process reads the archive one article at a time, leaves out what the database
already holds (same id, content hash, parser and analyzer version), and sends batches of
articles to the workers. A worker loads the parser's model once, then for each batch
reads the articles (HTML pages with trafilatura), parses all their paragraphs in one
``nlp.pipe``, runs our stages, and sends back the database rows of the analysis JSON. The
parent writes each batch in one transaction as it arrives. At most a few batches per
worker are in flight: memory stays bounded whatever the archive's size.

Workers are local processes (``--workers N``, the machine's cores by default), or the
workers of an existing ``dask.distributed`` cluster (``--scheduler ADDRESS``): the same
function, ``analyze_items``, runs on either.

An article that cannot be analyzed is recorded with its one-line reason (``status`` =
``failed``) and the run goes on; one that kills its worker is retried alone, then
recorded as failed. Our stages get the time budget ``quotes report`` gives an article
(``--timeout``): one that runs over is recorded as failed, and its worker goes on.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from .archive import ArchiveItem, check_sources, count_archive, read_archive, to_article
from .auditdb import ArticleRows, AuditDatabase, analysis_rows, analyzer_version, failure_rows, parser_text
from .budget import Limits
from .errors import QuotesError
from .parsing import ParserChoice

BATCH_SIZE = 8
# Batches kept in flight per worker: one being parsed, one waiting, one on its way back.
IN_FLIGHT = 3
SHOW_FAILURES = 10


# --- in the worker ---------------------------------------------------------------------------------

# A Dask worker may run several tasks at once in threads; a spaCy pipeline is not for sharing.
_PARSER_LOCK = threading.Lock()


def analyze_items(
    items: Sequence[ArchiveItem], choice: ParserChoice, max_bytes: int, limits: Limits | None = None
) -> list[ArticleRows]:
    """The database rows of each item, in order: its analysis, or its failure and why.

    Runs in a worker: reads every article, parses them all in one batch, then runs our
    stages on each, within its time budget (``limits``), and turns its analysis JSON into rows.
    """
    from .budget import OutOfTime, seconds_text, time_budget
    from .export import to_json
    from .parsing import parse_many
    from .pipeline import analyze_parsed

    limits = limits or Limits()

    results: dict[int, ArticleRows] = {}
    readable = []
    for n, item in enumerate(items):
        try:
            readable.append((n, item, to_article(item, max_bytes=max_bytes)))
        except Exception as err:
            results[n] = _failure(item, err)
    with _PARSER_LOCK:
        docs = parse_many([article.text for _, _, article in readable], choice)
    for (n, item, article), doc in zip(readable, docs, strict=True):
        try:
            if isinstance(doc, QuotesError):
                raise doc
            seconds = limits.seconds_for(len(article.text))
            try:
                with time_budget(seconds) as budget:
                    analysis = to_json(analyze_parsed(article, doc))
            except OutOfTime as out:
                if out.budget is not budget:
                    raise
                results[n] = _failure(
                    item,
                    f"{article.name}: the analysis took more than {seconds_text(seconds)} and was "
                    "stopped; raise the limit with --timeout or QUOTES_TIMEOUT (0 for none)",
                )
                continue
            results[n] = analysis_rows(
                analysis,
                article_id=item.id,
                location=item.location,
                content_hash=item.content_hash,
                section=item.given("section"),
                text=article.text,
            )
        except Exception as err:
            results[n] = _failure(item, err)
    return [results[n] for n in range(len(items))]


def _failure(item: ArchiveItem, error: BaseException | str) -> ArticleRows:
    return failure_rows(
        article_id=item.id,
        error=error if isinstance(error, str) else reason(error),
        location=item.location,
        content_hash=item.content_hash,
        metadata=dict(item.metadata),
        name=item.name,
    )


def reason(error: BaseException) -> str:
    """An error as one line: our own errors say it themselves, others name their type."""
    text = (
        str(error) if isinstance(error, QuotesError) else f"internal error: {type(error).__name__}: {error}"
    )
    return " ".join(text.split())


def start_worker(choice: ParserChoice) -> None:
    """Set up a local worker process: die with the parent, leave Ctrl-C to it, load the model once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    from .parsing import load_parser, spacy_parser

    if choice.kind == "spacy":
        spacy_parser.without_torch()
    load_parser(choice)


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill this process when its parent dies (a killed run leaves no orphan)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def warm_up() -> None:
    """Do in the parent, before the workers fork from it, the set-up every worker would repeat.

    The first-name gender detector reads a 4 MB table (about 0.2 s); the intake's HTML
    reader and the word lists load on first use. Forked workers inherit all of it.
    """
    with contextlib.suppress(Exception):
        from . import intake, pipeline  # noqa: F401
        from .names import first_name_gender

        first_name_gender("Marie")
        import charset_normalizer  # noqa: F401
        import trafilatura  # noqa: F401


# --- the workers, local or on a cluster ----------------------------------------------------------------


class Workers(Protocol):
    """Where batches are analyzed: local processes or a Dask cluster."""

    description: str
    slots: int

    def submit(self, batch: list[ArchiveItem]) -> Any: ...

    def wait(self, futures: set[Any]) -> set[Any]: ...

    def result(self, future: Any) -> list[ArticleRows]: ...

    def close(self, *, cancel: bool) -> None: ...


class LocalWorkers:
    """A pool of local processes, forked from a warmed-up parent, each loading the model once."""

    def __init__(self, count: int, choice: ParserChoice, max_bytes: int, limits: Limits) -> None:
        self.count = count
        self.choice = choice
        self.max_bytes = max_bytes
        self.limits = limits
        self.slots = count * IN_FLIGHT
        self.description = f"{count} local worker{'s' if count > 1 else ''}"
        self.pool = self._start()

    def _start(self) -> Any:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        if method == "fork":
            warm_up()
        return ProcessPoolExecutor(
            max_workers=self.count,
            mp_context=multiprocessing.get_context(method),
            initializer=start_worker,
            initargs=(self.choice,),
        )

    def submit(self, batch: list[ArchiveItem]) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(analyze_items, batch, self.choice, self.max_bytes, self.limits)
        except BrokenProcessPool:
            self._restart()
            return self.pool.submit(analyze_items, batch, self.choice, self.max_bytes, self.limits)

    def wait(self, futures: set[Any]) -> set[Any]:
        from concurrent.futures import FIRST_COMPLETED, wait

        done, _ = wait(futures, return_when=FIRST_COMPLETED)
        return set(done)

    def result(self, future: Any) -> list[ArticleRows]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return list(future.result())
        except BrokenProcessPool:
            self._restart()
            raise

    def _restart(self) -> None:
        """A worker died (killed, out of memory): every batch in flight is lost; start a new pool."""
        if getattr(self.pool, "_broken", False):
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._start()

    def close(self, *, cancel: bool) -> None:
        if cancel:
            # Stop now: a batch being parsed is lost, and redone by the next run.
            for process in list(getattr(self.pool, "_processes", {}).values()):
                with contextlib.suppress(Exception):
                    process.terminate()
        self.pool.shutdown(wait=not cancel, cancel_futures=cancel)


class DaskWorkers:
    """The workers of an existing ``dask.distributed`` cluster; each loads the model on its first batch."""

    def __init__(self, address: str, choice: ParserChoice, max_bytes: int, limits: Limits) -> None:
        try:
            from distributed import Client
        except ImportError as err:
            raise QuotesError(
                "--scheduler needs dask.distributed: pip install 'quotes[cluster]' "
                "(on this machine and on the cluster's workers)"
            ) from err
        try:
            self.client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as err:
            raise QuotesError(
                f"cannot reach the Dask scheduler at {address} ({err}); start one with `dask scheduler`"
            ) from err
        self.choice = choice
        self.max_bytes = max_bytes
        self.limits = limits
        threads = sum(self.client.nthreads().values())
        if threads == 0:
            self.client.close()
            raise QuotesError(
                f"the Dask scheduler at {address} has no worker; start some with `dask worker {address}`"
            )
        workers = len(self.client.nthreads())
        self.slots = max(threads, 1) * IN_FLIGHT
        self.description = f"{workers} Dask worker{'s' if workers > 1 else ''} at {address}"

    def submit(self, batch: list[ArchiveItem]) -> Any:
        return self.client.submit(
            analyze_items, batch, self.choice, self.max_bytes, self.limits, pure=False
        )

    def wait(self, futures: set[Any]) -> set[Any]:
        from distributed import wait

        done, _ = wait(list(futures), return_when="FIRST_COMPLETED")
        return set(done)

    def result(self, future: Any) -> list[ArticleRows]:
        try:
            return list(future.result())
        finally:
            future.release()

    def close(self, *, cancel: bool) -> None:
        self.client.close()


# --- progress ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    """What a run has done so far."""

    total: int
    analyzed: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    started: float = field(default_factory=time.perf_counter)
    first_result: float | None = None
    counted_at_first: int = 0
    fifth: tuple[float, int] | None = None
    nine_tenths: tuple[float, int] | None = None

    @property
    def done(self) -> int:
        return self.analyzed + self.failed + self.skipped + self.duplicates

    def rate(self) -> float | None:
        """Articles analyzed (or failed) per second since the first result, once there is one to measure."""
        if self.first_result is None:
            return None
        elapsed = time.perf_counter() - self.first_result
        processed = self.analyzed + self.failed - self.counted_at_first
        return processed / elapsed if elapsed > 0 and processed > 0 else None

    def note(self) -> None:
        """Record when a fifth, and then nine tenths, of the archive were done (for ``steady_rate``)."""
        now, processed = time.perf_counter(), self.analyzed + self.failed
        if self.first_result is None:
            self.first_result, self.counted_at_first = now, processed
        if self.fifth is None and self.done >= 0.2 * self.total:
            self.fifth = (now, processed)
        if self.nine_tenths is None and self.done >= 0.9 * self.total:
            self.nine_tenths = (now, processed)

    def steady_rate(self) -> float | None:
        """Articles per second from a fifth to nine tenths of the run: every worker busy, none idle yet."""
        if self.fifth and self.nine_tenths and self.nine_tenths[1] > self.fifth[1]:
            return (self.nine_tenths[1] - self.fifth[1]) / (self.nine_tenths[0] - self.fifth[0])
        return self.rate()

    def seconds_left(self) -> float | None:
        rate = self.rate()
        return (self.total - self.done) / rate if rate else None


def duration(seconds: float) -> str:
    """``45 s``, ``3 min 20 s``, ``2 h 05 min``."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class Progress:
    """The progress line: articles done out of the total, rate, time left, failures.

    On a terminal, one line redrawn in place; otherwise a line every ``every`` seconds.
    Failures are printed above it, the first ``SHOW_FAILURES`` of them in full.
    """

    def __init__(self, tally: Tally, stream: TextIO, *, every: float = 30.0) -> None:
        self.tally = tally
        self.stream = stream
        self.terminal = stream.isatty()
        self.every = every
        self.shown_at = 0.0
        self.width = 0
        self.failures_shown = 0

    def line(self) -> str:
        t = self.tally
        parts = [f"{t.done:,}/{t.total:,} articles"]
        rate = t.rate()
        if rate:
            parts.append(f"{rate:,.1f} articles/s")
        elif t.done < t.total:
            parts.append("starting")
        left = t.seconds_left()
        if left is not None:
            parts.append(f"{duration(left)} left")
        parts.append(f"{t.failed:,} failed")
        if t.skipped:
            parts.append(f"{t.skipped:,} already done")
        return "audit: " + " · ".join(parts)

    def show(self, *, force: bool = False) -> None:
        now = time.perf_counter()
        if self.terminal:
            if force or now - self.shown_at >= 0.2:
                columns = shutil.get_terminal_size((100, 24)).columns
                text = self.line()[: max(columns - 1, 20)]
                self.stream.write("\r" + text.ljust(self.width))
                self.stream.flush()
                self.width = len(text)
                self.shown_at = now
        elif force or now - self.shown_at >= self.every:
            self.say(self.line())
            self.shown_at = now

    def failure(self, rows: ArticleRows) -> None:
        if self.failures_shown < SHOW_FAILURES:
            self.say(f"failed {rows.article['error']}")
        elif self.failures_shown == SHOW_FAILURES:
            self.say("(more failures: the database lists them all, with status = 'failed')")
        self.failures_shown += 1

    def say(self, message: str) -> None:
        self.clear()
        print(message, file=self.stream, flush=True)

    def clear(self) -> None:
        if self.terminal and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


# --- the run ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditSummary:
    """What a run did."""

    analyzed: int
    failed: int
    skipped: int
    duplicates: int
    seconds: float
    workers: str
    # Articles per second while every worker is busy (from a fifth to nine tenths of the run):
    # the workers' pace, their start-up and the last batches left out.
    rate: float | None = None


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_audit(
    sources: Sequence[Path],
    database: Path,
    *,
    choice: ParserChoice,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = BATCH_SIZE,
    max_bytes: int,
    retry_failed: bool = False,
    stream: TextIO | None = None,
    limits: Limits | None = None,
) -> AuditSummary:
    """Analyze every article of ``sources`` not yet in ``database``, and write their rows there.

    ``limits``: each article's time budget (the defaults of ``budget.Limits`` when None).
    """
    limits = limits or Limits()
    stream = stream if stream is not None else sys.stderr
    check_sources(sources)
    if choice.kind == "conllu":
        raise QuotesError("quotes audit parses its articles itself: use --parser auto, spacy or stanza")
    db = AuditDatabase(database)
    try:
        tally = Tally(total=count_archive(sources))
        progress = Progress(tally, stream)
        pool: Workers = (
            DaskWorkers(scheduler, choice, max_bytes, limits)
            if scheduler
            else LocalWorkers(workers or default_workers(), choice, max_bytes, limits)
        )
        parser = parser_text(choice.info.name, choice.info.version, choice.info.model)
        run = db.start_run(sources=[str(s) for s in sources], workers=pool.description, parser=parser)
        progress.say(
            f"audit: {tally.total:,} articles in {len(sources)} source(s) into {database}, "
            f"on {pool.description}"
        )
        in_flight: set[str] = set()
        plan = Plan(db, run, parser, analyzer_version(), retry_failed)
        status = "interrupted"
        try:
            batches = _batches(read_archive(sources), plan, tally, in_flight, batch_size)
            for results in _stream(pool, batches):
                db.write(results, run=run)
                for rows in results:
                    in_flight.discard(rows.id)
                    if rows.failed:
                        tally.failed += 1
                        progress.failure(rows)
                    else:
                        tally.analyzed += 1
                tally.note()
                progress.show()
            status = "finished"
        finally:
            pool.close(cancel=status != "finished")
            db.finish_run(
                run, status=status, analyzed=tally.analyzed, failed=tally.failed, skipped=tally.skipped
            )
            if status != "finished":
                progress.say(
                    f"audit: stopped after {tally.analyzed + tally.failed:,} articles, all of them whole in "
                    f"{database}; run the same command again to do the rest"
                )
        progress.show(force=True)
        progress.clear()
        return AuditSummary(
            tally.analyzed,
            tally.failed,
            tally.skipped,
            tally.duplicates,
            time.perf_counter() - tally.started,
            pool.description,
            tally.steady_rate(),
        )
    finally:
        db.close()


@dataclass(frozen=True, slots=True)
class Plan:
    """What decides whether an article is analyzed again: the database and this run's versions."""

    db: AuditDatabase
    run: int
    parser: str
    analyzer: str
    retry_failed: bool

    def decide(self, item: ArchiveItem) -> str:
        """``analyze``, ``skip`` (the database holds it, same content and versions) or ``duplicate``."""
        recorded = self.db.recorded(item.id)
        if recorded is None:
            return "analyze"
        if recorded.run == self.run:
            return "duplicate"
        same = (
            recorded.content_hash == item.content_hash
            and recorded.analyzer == self.analyzer
            and recorded.parser in (self.parser, None)
        )
        if same and (recorded.status == "analyzed" or not self.retry_failed):
            return "skip"
        return "analyze"


def _batches(
    items: Iterable[ArchiveItem], plan: Plan, tally: Tally, in_flight: set[str], size: int
) -> Iterator[list[ArchiveItem]]:
    """The items still to analyze, in batches; the others counted as done already or as duplicates.

    ``in_flight`` holds the ids sent and not yet written: an id seen twice in the archive is
    analyzed once, the first time.
    """
    batch: list[ArchiveItem] = []
    for item in items:
        decision = "duplicate" if item.id in in_flight else plan.decide(item)
        if decision == "duplicate":
            tally.duplicates += 1
            continue
        if decision == "skip":
            tally.skipped += 1
            continue
        batch.append(item)
        in_flight.add(item.id)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _stream(pool: Workers, batches: Iterator[list[ArchiveItem]]) -> Iterator[list[ArticleRows]]:
    """The results of every batch, as they come, with at most ``pool.slots`` batches in flight.

    A batch whose worker died is split and each article retried alone; an article that
    stops its worker alone is recorded as failed.
    """
    in_flight: dict[Any, list[ArchiveItem]] = {}
    retry: list[list[ArchiveItem]] = []
    exhausted = False
    while True:
        while len(in_flight) < pool.slots:
            batch = retry.pop() if retry else None if exhausted else next(batches, None)
            if batch is None:
                exhausted = True
                break
            in_flight[pool.submit(batch)] = batch
        if not in_flight:
            return
        for future in pool.wait(set(in_flight)):
            batch = in_flight.pop(future)
            try:
                results = pool.result(future)
            except Exception as err:
                if len(batch) > 1:
                    retry.extend([item] for item in batch)
                    continue
                item = batch[0]
                results = [_failure(item, f"{item.id}: the analysis stopped its worker ({reason(err)})")]
            yield results
