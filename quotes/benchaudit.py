"""``make bench``, the audit's part: ratios measured in one run, on this machine, as it is loaded now.

- throughput: ``quotes audit`` of a 200-article corpus on one worker and on every core,
  against the raw single-process ``nlp.pipe`` of the same texts (targets: ≥ 0.9 × raw on
  one worker, ≥ 0.9 × cores × raw on all of them); the audit's pace is taken while every
  worker is busy (a fifth to nine tenths of the run), so that loading the model is left out
  on both sides;
  the raw pace is measured before and after the audits and averaged, since the machine
  may be shared (the load average is printed with the figures);
- memory: a worker's peak resident size auditing 200 and then 1,000 articles, each
  bringing names the model has never seen (target: flat);
- linearity: our stages on a 130,000-word document against a 65,000-word one (target ≤ 2.2 ×);
- start-up that is not the model: what a fresh worker spends on its first article beside
  the parse (the first-name table, word lists, imports), without and with the warm-up the
  parent does before forking; the cost of an fsync per written file, and of a commit per
  article in SQLite, against the audit's write-ahead log.

Audits run in fresh processes (``python -m quotes.benchaudit child …``), as a user runs them.
A benchmark prints figures; it asserts nothing about them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .audit import default_workers, run_audit
from .errors import QuotesError
from .intake import read_article
from .model import Article, Entity, Paragraph, ParsedDoc, Sentence, Span, Word

ROOT = Path(__file__).resolve().parent.parent
CORPUS_ARTICLES = 200
MEMORY_ARTICLES = (200, 1000)
WORDS = 65_000
TARGET_THROUGHPUT = 0.9
TARGET_LINEAR = 2.2
SYLLABLES = "ka ro vi len mar tis bel quo dar nes fi lou gan ber sol mi cha ter vau zin".split()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the audit benchmark and print its figures (``child``: one audit, its figures as JSON)."""
    options = _options().parse_args(argv)
    if options.command == "child":
        return _child(options)
    corpus = _corpus()
    if not corpus:
        print("bench: no article to time", file=sys.stderr)
        return 2
    from .parsing import spacy_parser

    info = spacy_parser.parser_info()
    nlp = spacy_parser.load(info.model.split()[0])
    cores = options.workers or default_workers()
    with tempfile.TemporaryDirectory(prefix="quotes-bench-audit-") as scratch:
        folder = Path(scratch)
        texts = [corpus[n % len(corpus)].text for n in range(options.articles)]
        archive = _write_folder(folder / "corpus", texts)
        _say(f"audit  {_load()}")
        _progress(f"raw nlp.pipe of {len(texts)} articles")
        before = (_raw_rate(nlp, texts), _raw_rate(nlp, texts, paragraphs=True))
        runs = {}
        for workers in sorted({1, cores}):
            _progress(f"quotes audit of {len(texts)} articles on {workers} worker(s)")
            runs[workers] = _audit(archive, folder / f"audit-{workers}.sqlite", workers)
        _progress(f"raw nlp.pipe of {len(texts)} articles, again")
        after = (_raw_rate(nlp, texts), _raw_rate(nlp, texts, paragraphs=True))
        # The machine may be shared: the raw pace is taken before and after the audits, and averaged.
        raw, raw_paragraphs = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
        _say(
            f"audit  raw single-process nlp.pipe (spaCy {info.version}, {info.model}), {len(texts)} "
            f"articles: {raw:.2f} articles/s over the texts ({before[0]:.2f} before the audits, "
            f"{after[0]:.2f} after), {raw_paragraphs:.2f} over their paragraphs"
        )
        for workers, run in runs.items():
            target = TARGET_THROUGHPUT * workers
            ratio = run["rate"] / raw if run["rate"] else 0.0
            verdict = "within" if ratio >= target else "UNDER"
            strict = run["rate"] / raw_paragraphs if run["rate"] else 0.0
            _say(
                f"audit  {workers} worker(s): {run['rate'] or 0:.2f} articles/s with every worker busy "
                f"= {ratio:.2f} × raw ({verdict} the {target:.1f} × target; {strict:.2f} × raw over "
                f"paragraphs); {run['seconds']:.1f} s in all, model loading included, on "
                f"{(run['workers_cpu'] + run['parent_cpu']) / run['seconds']:.2f} cores on average; CPU: "
                f"workers {run['workers_cpu']:.0f} s, {run['workers_cpu'] / run['analyzed']:.3f} s an "
                f"article (model loading included), parent {run['parent_cpu']:.1f} s"
            )
        _say(f"audit  {_load()}")
        _say(_memory(folder, corpus, options.memory))
        _say(_startup(corpus[0]))
        _say(_writes(folder))
        _progress("our stages on long documents")
        _say(_linearity(corpus, options.words))
    return 0


def _options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m quotes.benchaudit", description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", choices=("all", "child"), default="all", help=argparse.SUPPRESS)
    parser.add_argument(
        "--articles", type=int, default=CORPUS_ARTICLES, help="articles of the throughput corpus"
    )
    parser.add_argument(
        "--memory",
        type=int,
        nargs=2,
        default=MEMORY_ARTICLES,
        help="the two corpus sizes for memory (200 1000)",
    )
    parser.add_argument(
        "--words", type=int, default=WORDS, help="words of the shorter long document (65,000)"
    )
    parser.add_argument("--workers", type=int, default=None, help="workers for the all-cores run (the cores)")
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    return parser


def _corpus() -> list[Article]:
    """The seeds, the dev articles and our evaluation articles, as read."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted((ROOT.parent / "shared" / "eval" / "articles").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "data").glob("eval_*/articles/*.txt"))
    articles = []
    for path in paths:
        try:
            articles.append(read_article(path))
        except QuotesError:
            continue
    return articles


def _write_folder(folder: Path, texts: Sequence[str]) -> Path:
    folder.mkdir(parents=True)
    for n, text in enumerate(texts):
        (folder / f"a{n:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def _raw_rate(nlp: object, texts: Sequence[str], *, paragraphs: bool = False) -> float:
    """Articles per second of spaCy alone, one process, ``nlp.pipe`` over the texts (after one warm-up).

    With ``paragraphs``, over their paragraphs instead: the pieces quotes parses.
    """
    from .paragraphs import split_paragraphs

    pieces = [p.span.text_in(t) for t in texts for p in split_paragraphs(t)] if paragraphs else list(texts)
    list(nlp.pipe(pieces[:2]))  # type: ignore[attr-defined]
    started = time.perf_counter()
    for _ in nlp.pipe(pieces):  # type: ignore[attr-defined]
        pass
    return len(texts) / (time.perf_counter() - started)


def _audit(source: Path, database: Path, workers: int) -> dict[str, float]:
    """One ``quotes audit`` in a fresh process: its pace, its time, and its worker's peak memory."""
    command = [
        sys.executable,
        "-m",
        "quotes.benchaudit",
        "child",
        "--source",
        str(source),
        "--db",
        str(database),
    ]
    command += ["--workers", str(workers)]
    env = {**os.environ, "QUOTES_OFFLINE": "1"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise QuotesError(f"bench: the audit failed: {done.stderr.strip().splitlines()[-1:]}")
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def _child(options: argparse.Namespace) -> int:
    """Run one audit here and print its figures; the worker processes are over when it returns."""
    from .parsing import choose_parser

    with open(os.devnull, "w") as quiet:
        summary = run_audit(
            [options.source],
            options.db,
            choice=choose_parser("spacy"),
            workers=options.workers,
            max_bytes=50 * 1024 * 1024,
            stream=quiet,
        )
    # Linux gives kilobytes, macOS bytes: the largest of the finished children, the workers here.
    scale = 1 if sys.platform == "darwin" else 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    parent = resource.getrusage(resource.RUSAGE_SELF)
    figures = {
        "rate": summary.rate,
        "seconds": summary.seconds,
        "analyzed": summary.analyzed,
        "peak_mb": children.ru_maxrss * scale / 1e6,
        "parent_cpu": parent.ru_utime + parent.ru_stime,
        "workers_cpu": children.ru_utime + children.ru_stime,
    }
    json.dump(figures, sys.stdout)
    return 0


def _invented(n: int) -> str:
    """A name no model has seen, one per ``n``: Karovilen, Marbeltis…"""
    parts = [SYLLABLES[(n // len(SYLLABLES) ** k) % len(SYLLABLES)] for k in range(3)]
    return "".join(parts).capitalize()


def _memory(folder: Path, corpus: Sequence[Article], sizes: Sequence[int]) -> str:
    """A worker's peak memory auditing a small and a large archive of short articles with new names."""
    paragraphs = [line for a in corpus for line in a.text.split("\n") if len(line.split()) > 12]
    texts = []
    for n in range(max(sizes)):
        name, town = _invented(n), _invented(n + 7919)
        body = [paragraphs[(n * 3 + k) % len(paragraphs)] for k in range(3)]
        speaker = f"{name} {_invented(n * 31)}, maire de {town}"
        quote = f"« Nous ne laisserons pas {town} sans réponse », a déclaré {speaker}."
        texts.append("\n".join([quote, *body]) + "\n")
    peaks = []
    for size in sizes:
        _progress(f"a worker's memory auditing {size} short articles")
        source = _write_folder(folder / f"memory-{size}", texts[:size])
        peaks.append(_audit(source, folder / f"memory-{size}.sqlite", 1)["peak_mb"])
    ratio = peaks[1] / peaks[0] if peaks[0] else float("inf")
    verdict = "flat" if ratio <= 1.1 else "GROWING"
    return (
        f"memory one worker's peak resident size: {peaks[0]:,.0f} MB for {sizes[0]} articles, "
        f"{peaks[1]:,.0f} MB for {sizes[1]} ({ratio:.2f} ×, {verdict}; every article brings new names)"
    )


def _startup(article: Article) -> str:
    """A fresh worker's first article beside the parse, without and with the parent's warm-up."""
    from .parsing import choose_parser, parse
    from .parsing.cache import to_json

    stored = json.dumps(to_json(parse(article.text, choose_parser("spacy"))))
    code = (
        "import json, sys, time, os\n"
        "warm = sys.argv[1] == 'warm'\n"
        "from quotes import audit\n"
        "from quotes.parsing.cache import from_json\n"
        "from quotes.model import Article\n"
        "stored = json.loads(sys.stdin.read())\n"
        "text = stored.pop('text')\n"
        "if warm: audit.warm_up()\n"
        "r, w = os.pipe()\n"
        "if os.fork() == 0:\n"
        "    t0 = time.perf_counter()\n"
        "    from quotes.pipeline import analyze_parsed\n"
        "    doc = from_json(stored, text); analyze_parsed(Article('a', text), doc)\n"
        "    t1 = time.perf_counter(); analyze_parsed(Article('a', text), doc); t2 = time.perf_counter()\n"
        "    os.write(w, str((t1 - t0) - (t2 - t1)).encode()); os._exit(0)\n"
        "os.wait(); print(os.read(r, 64).decode())\n"
    )
    payload = json.dumps({**json.loads(stored), "text": article.text})
    costs = []
    for mode in ("cold", "warm"):
        runs = [
            float(
                subprocess.run(
                    [sys.executable, "-c", code, mode],
                    input=payload,
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=ROOT,
                ).stdout
            )
            for _ in range(3)
        ]
        costs.append(sorted(runs)[1])
    names = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; from quotes import names; t = time.perf_counter(); "
            "names.first_name_gender('Marie'); print(time.perf_counter() - t)",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    table = (
        f"; the first-name table alone takes {float(names.stdout):.2f} s in a fresh process"
        if names.returncode == 0
        else ""
    )
    return (
        f"start  a worker's set-up that is not the model (its first article beside the parse, median of 3): "
        f"{costs[0]:.2f} s without the warm-up (the first-name table, imports, word lists), "
        f"{costs[1]:.2f} s when the parent warms up before forking its workers{table}"
    )


def _writes(folder: Path) -> str:
    """The cost of an fsync per written file, and of a durable commit per article, against the audit's log."""
    from .auditdb import AuditDatabase, failure_rows
    from .files import write_atomically

    target = folder / "files"
    target.mkdir()
    timings = []
    for durable in (True, False):
        started = time.perf_counter()
        for n in range(40):
            write_atomically(target / f"f{n}.html", "x" * 20_000, durable=durable)
        timings.append((time.perf_counter() - started) / 40 * 1000)
    commits = []
    for mode in ("full", "audit"):
        db = AuditDatabase(folder / f"commits-{mode}.sqlite")
        if mode == "full":
            db.connection.execute("PRAGMA journal_mode=DELETE")
            db.connection.execute("PRAGMA synchronous=FULL")
        rows = [
            failure_rows(article_id=f"a{n}", error="x", location="x", content_hash="h", metadata={}, name="x")
            for n in range(100)
        ]
        run = db.start_run(sources=[], workers="bench", parser="none")
        started = time.perf_counter()
        for row in rows:
            db.write([row], run=run)
        commits.append((time.perf_counter() - started) / len(rows) * 1000)
        db.close()
    return (
        f"writes a file with fsync {timings[0]:.1f} ms, without {timings[1]:.1f} ms; a commit per article "
        f"{commits[0]:.1f} ms durable (rollback journal, synchronous=FULL), {commits[1]:.2f} ms as the audit "
        "commits (write-ahead log, synchronous=NORMAL, and one commit per batch of articles)"
    )


def _linearity(corpus: Sequence[Article], words: int) -> str:
    """Our stages on a document of ``words`` words and on one twice as long (the same text twice)."""
    from .parsing import choose_parser, parse
    from .pipeline import analyze_parsed

    choice = choose_parser("spacy")
    docs = [parse(a.text, choice) for a in corpus]
    joined = _join(docs)
    while len(joined.words) < words:
        joined = _join([joined, joined])
    doubled = _join([joined, joined])
    analyze_parsed(Article("warm-up", docs[0].text), docs[0])
    # Twice each, interleaved, the quicker run kept: what another process on the machine adds is noise.
    times: dict[int, float] = {}
    for doc in (joined, doubled, joined, doubled):
        started = time.process_time()
        analyze_parsed(Article("long", doc.text), doc)
        spent = time.process_time() - started
        times[len(doc.words)] = min(spent, times.get(len(doc.words), spent))
    (short_words, short), (long_words, long) = sorted(times.items())
    ratio = long / short if short else float("inf")
    verdict = "within" if ratio <= TARGET_LINEAR else "OVER"
    return (
        f"linear our stages: {short_words:,} words in {short:.1f} CPU s, {long_words:,} words in "
        f"{long:.1f} CPU s = {ratio:.2f} × ({verdict} the {TARGET_LINEAR} × target)"
    )


def _join(docs: Sequence[ParsedDoc]) -> ParsedDoc:
    """One document of several parsed ones, one after the other, a line break between them.

    Paragraphs are parsed one by one, so this is the parse the joined text would get.
    """
    text_parts: list[str] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    words: list[Word] = []
    entities: list[Entity] = []
    offset = 0
    for doc in docs:
        first_word, first_sentence, first_paragraph = len(words), len(sentences), len(paragraphs)
        paragraphs += [Paragraph(p.i + first_paragraph, _shift(p.span, offset)) for p in doc.paragraphs]
        sentences += [
            Sentence(
                s.i + first_sentence,
                s.first + first_word,
                s.last + first_word,
                _shift(s.span, offset),
                s.paragraph + first_paragraph,
            )
            for s in doc.sentences
        ]
        words += [
            replace(
                w,
                i=w.i + first_word,
                head=w.head + first_word if w.head >= 0 else -1,
                start=w.start + offset,
                end=w.end + offset,
                sent=w.sent + first_sentence,
            )
            for w in doc.words
        ]
        entities += [
            Entity(e.label, _shift(e.span, offset), e.first + first_word, e.last + first_word)
            for e in doc.entities
        ]
        text_parts.append(doc.text if doc.text.endswith("\n") else doc.text + "\n")
        offset += len(text_parts[-1])
    return ParsedDoc(
        "".join(text_parts),
        docs[0].parser,
        tuple(paragraphs),
        tuple(sentences),
        tuple(words),
        tuple(entities),
    )


def _load() -> str:
    """How busy the machine is: the figures above are worth what it leaves free."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def _shift(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset)


def _say(line: str) -> None:
    print(line, flush=True)


def _progress(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
