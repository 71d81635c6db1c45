"""``make bench``: how fast the parse is, how much our own stages add, and what a cached report costs.

On the seeds and the dev articles (``../shared/eval/articles``, when present), repeated
to at least 100,000 tokens, it prints:

- parse tokens/s for spaCy, and for Stanza when its French models are installed;
- our own stages' tokens/s (everything after the parse: ``analyze_parsed``, timed on
  documents already parsed) and their time as a share of spaCy's parse time;
- peak memory;
- the time of a cached ``quotes report`` of every seed against a bare Python start
  (separate processes, several runs, the median);
- the inputs that once ran for minutes (``--no-hostile`` skips them, a few minutes):
  the client's article repeated to 4.9 MB, its whole analysis against spaCy's parse
  alone (target: at most 1.5 times); 100 KB of « after an article (target: under 30 s);
  one paragraph of 495 KB and of 990 KB (the time should double, not quadruple).

A benchmark prints figures; it asserts nothing about them.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import QuotesError
from .intake import read_article
from .model import Article, Paragraph, ParsedDoc
from .paragraphs import split_paragraphs
from .parsing import spacy_parser, stanza_parser

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV_ARTICLES = ROOT.parent / "shared" / "eval" / "articles"
TOKENS = 100_000
# Stanza on a CPU parses a few hundred tokens a second: a sample keeps the bench short.
STANZA_TOKENS = 10_000
DOCUMENTS = 4
RUNS = 5
TARGET_SHARE = 10.0
TARGET_EXTRA_SECONDS = 1.0
HOSTILE_BYTES = 4_900_000
TARGET_HOSTILE_RATIO = 1.5
QUOTE_MARKS = 50_000  # « is two bytes in UTF-8: 100 KB
TARGET_QUOTE_MARKS_SECONDS = 30.0
PARAGRAPH_BYTES = 990_000


@dataclass(frozen=True, slots=True)
class Timing:
    """Tokens processed, the seconds they took, and the CPU seconds this process spent on them."""

    tokens: int
    seconds: float
    cpu: float

    @property
    def rate(self) -> float:
        """Tokens per second (wall clock)."""
        return self.tokens / self.seconds if self.seconds else float("inf")

    @property
    def cpu_rate(self) -> float:
        """Tokens per CPU second: what a busy machine disturbs least."""
        return self.tokens / self.cpu if self.cpu else float("inf")


class _Clock:
    """Wall and CPU time since it was made."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def timing(self, tokens: int) -> Timing:
        return Timing(tokens, time.perf_counter() - self.wall, time.process_time() - self.cpu)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    options = _options().parse_args(argv)
    seeds = sorted(SEEDS.glob("*.txt"))
    dev = sorted(DEV_ARTICLES.glob("*.txt")) if DEV_ARTICLES.is_dir() else []
    articles = _read(seeds + dev)
    if not articles:
        print("bench: no article to time (seeds/ is empty)", file=sys.stderr)
        return 2

    info = spacy_parser.parser_info()
    _progress(f"loading spaCy's {info.model}")
    started = time.perf_counter()
    spacy_parser.load(info.model.split()[0])
    load_seconds = time.perf_counter() - started
    parsed = [spacy_parser.parse_paragraphs(a.text, split_paragraphs(a.text)) for a in articles]
    corpus_tokens = sum(len(doc.words) for doc in parsed)
    repeats = -(-options.tokens // corpus_tokens)
    documents = _long_documents(articles, repeats, options.documents)

    _say(
        f"quotes bench: {len(seeds)} seed(s) and {len(dev)} dev article(s), {corpus_tokens:,} tokens, "
        f"repeated {repeats}× as {len(documents)} documents of many paragraphs"
    )
    _progress(f"parsing {repeats * corpus_tokens:,} tokens with spaCy")
    spacy_timing, long_docs = _time_parse(spacy_parser.parse_paragraphs, documents)
    _say(
        f"parse  spaCy {info.version} with {info.model} (loaded in {load_seconds:.1f} s): "
        f"{_figures(spacy_timing)}"
    )
    _say(f"parse  Stanza: {_stanza(documents, options.stanza_tokens)}")

    _progress("timing our stages")
    ours = _time_ours(articles, parsed, repeats)
    ours_long = _time_ours([Article(f"long-{n}", d.text) for n, d in enumerate(long_docs)], long_docs, 1)
    _say(f"ours   analyze_parsed, article by article: {_figures(ours)}")
    _say(f"ours   analyze_parsed, the {len(long_docs)} long documents: {_figures(ours_long)}")
    share, cpu_share = _share(spacy_timing, ours)
    long_share, long_cpu_share = _share(spacy_timing, ours_long)
    verdict = "within" if max(share, cpu_share) <= TARGET_SHARE else "OVER"
    _say(
        f"ratio  our stages take {share:.1f}% of spaCy's parse time ({cpu_share:.1f}% in CPU time; "
        f"{verdict} the {TARGET_SHARE:.0f}% target); on the long documents "
        f"{long_share:.1f}% ({long_cpu_share:.1f}%)"
    )

    peak_ours = _peak_allocation(articles, parsed)
    _say(
        f"memory peak resident size {_max_rss_mb():,.0f} MB (whole process, spaCy's model included); "
        f"our stages allocate at most {peak_ours:,.1f} MB on the largest article"
    )

    if options.runs > 0 and seeds:
        _progress("timing cached reports in fresh processes")
        _say(_cached_report(seeds, options.runs))
    if options.hostile and seeds:
        for line in _hostile(seeds[0]):
            _say(line)
    return 0


def _options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m quotes.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=TOKENS, help=f"tokens to parse (default {TOKENS:,})")
    parser.add_argument(
        "--documents", type=int, default=DOCUMENTS, help=f"long documents to parse (default {DOCUMENTS})"
    )
    parser.add_argument(
        "--stanza-tokens",
        type=int,
        default=STANZA_TOKENS,
        help=f"tokens to parse with Stanza when it is installed (default {STANZA_TOKENS:,})",
    )
    parser.add_argument(
        "--runs", type=int, default=RUNS, help=f"runs of each process timing (default {RUNS}; 0 skips them)"
    )
    parser.add_argument(
        "--no-hostile",
        dest="hostile",
        action="store_false",
        help="skip the 4.9 MB article, the 100 KB of « and the 990 KB paragraph (minutes of parsing)",
    )
    return parser


def _read(paths: Sequence[Path]) -> list[Article]:
    articles = []
    for path in paths:
        try:
            articles.append(read_article(path))
        except QuotesError as err:
            print(f"bench: skipping {path.name}: {err}", file=sys.stderr)
    return articles


def _long_documents(articles: Sequence[Article], repeats: int, count: int) -> list[str]:
    """The corpus ``repeats`` times over, as ``count`` documents of many paragraphs each."""
    corpus = "\n\n".join(article.text.strip() for article in articles)
    count = max(1, min(count, repeats))
    shares = [repeats // count + (1 if n < repeats % count else 0) for n in range(count)]
    return ["\n\n".join([corpus] * share) for share in shares]


def _time_parse(
    parse_paragraphs: Callable[[str, Sequence[Paragraph]], ParsedDoc], documents: Sequence[str]
) -> tuple[Timing, list[ParsedDoc]]:
    docs = []
    clock = _Clock()
    for text in documents:
        docs.append(parse_paragraphs(text, split_paragraphs(text)))
    return clock.timing(sum(len(d.words) for d in docs)), docs


def _stanza(documents: Sequence[str], tokens: int) -> str:
    """Stanza's figures, or why there are none."""
    if not stanza_parser.installed():
        return "skipped: Stanza is not installed (pip install 'quotes[stanza]' after torch==2.13.0)"
    if not stanza_parser.models_installed():
        return "skipped: Stanza's French models are not installed (`make models` fetches them, with internet)"
    info = stanza_parser.parser_info()
    # A sample of the first document's paragraphs, up to about ``tokens`` tokens (~6 characters each).
    sample = documents[0][: tokens * 6]
    sample = sample[: sample.rfind("\n")] if "\n" in sample else sample
    stanza_parser.parse_paragraphs("Bonjour.", split_paragraphs("Bonjour."))  # loads the models
    timing, _ = _time_parse(stanza_parser.parse_paragraphs, [sample])
    return f"{info.version} ({info.model}): {_figures(timing)}"


def _time_ours(articles: Sequence[Article], parsed: Sequence[ParsedDoc], repeats: int) -> Timing:
    """Our stages on documents already parsed, ``repeats`` times over (after one untimed pass)."""
    from .pipeline import analyze_parsed

    for article, doc in zip(articles, parsed, strict=True):
        analyze_parsed(article, doc)  # word lists and templates load once per process
    clock = _Clock()
    for _ in range(repeats):
        for article, doc in zip(articles, parsed, strict=True):
            analyze_parsed(article, doc)
    return clock.timing(repeats * sum(len(doc.words) for doc in parsed))


def _peak_allocation(articles: Sequence[Article], parsed: Sequence[ParsedDoc]) -> float:
    """Megabytes that our stages allocate at their peak on the largest article (untimed: tracing is slow)."""
    from .pipeline import analyze_parsed

    article, doc = max(zip(articles, parsed, strict=True), key=lambda pair: len(pair[1].words))
    tracemalloc.start()
    try:
        analyze_parsed(article, doc)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


def _max_rss_mb() -> float:
    # Linux gives kilobytes, macOS bytes.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def _cached_report(seeds: Sequence[Path], runs: int) -> str:
    """The median wall time of a cached ``quotes report`` of the seeds, and of a bare Python start."""
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as folder:
        env = {**os.environ, "QUOTES_CACHE_DIR": str(Path(folder) / "cache"), "QUOTES_OFFLINE": "1"}
        report = [sys.executable, "-m", "quotes", "report", *map(str, seeds), "-o", str(Path(folder) / "out")]
        warm = subprocess.run(report, env=env, capture_output=True, text=True, cwd=ROOT)
        if warm.returncode != 0:
            last = (warm.stderr.strip().splitlines() or ["no message"])[-1]
            return f"report skipped: `quotes report` failed ({last})"
        cached = [_run(report, env) for _ in range(runs)]
        bare = [_run([sys.executable, "-c", "pass"], env) for _ in range(runs)]
    wall = statistics.median(w for w, _ in cached) - statistics.median(w for w, _ in bare)
    cpu = statistics.median(c for _, c in cached) - statistics.median(c for _, c in bare)
    verdict = "within" if max(wall, cpu) < TARGET_EXTRA_SECONDS else "OVER"
    return (
        f"report cached `quotes report` of {len(seeds)} seed(s), median of {runs} runs: "
        f"{statistics.median(w for w, _ in cached):.2f} s "
        f"({statistics.median(c for _, c in cached):.2f} CPU s); bare `python -c pass`: "
        f"{statistics.median(w for w, _ in bare):.2f} s ({statistics.median(c for _, c in bare):.2f} CPU s); "
        f"{wall:.2f} s more ({cpu:.2f} CPU s; {verdict} the {TARGET_EXTRA_SECONDS:.0f} s target)"
    )


def _run(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _hostile(seed: Path) -> list[str]:
    """The inputs that once ran for minutes, timed as a user would meet them: figures and verdicts."""
    from .pipeline import analyze_parsed

    text = read_article(seed).text
    lines = []

    # The client's article repeated to 4.9 MB: the whole analysis against the parse alone.
    big = text * (HOSTILE_BYTES // len(text.encode("utf-8")))
    _progress(f"parsing the {len(big.encode('utf-8')) / 1e6:.1f} MB article (a few minutes)")
    parse = _Clock()
    doc = spacy_parser.parse_paragraphs(big, split_paragraphs(big))
    parse_timing = parse.timing(len(doc.words))
    _progress("our stages on it")
    ours = _Clock()
    analyze_parsed(Article("big.txt", big), doc)
    ours_timing = ours.timing(len(doc.words))
    ratio = (parse_timing.seconds + ours_timing.seconds) / parse_timing.seconds
    cpu_ratio = (parse_timing.cpu + ours_timing.cpu) / parse_timing.cpu
    verdict = "within" if max(ratio, cpu_ratio) <= TARGET_HOSTILE_RATIO else "OVER"
    lines.append(
        f"4.9 MB the seed × {len(big) // len(text)} ({len(big.encode('utf-8')):,} bytes, {len(doc.words):,} "
        f"words): spaCy's parse {parse_timing.seconds:.0f} s, our stages {ours_timing.seconds:.0f} s; "
        f"analysis / parse = {ratio:.2f} ({cpu_ratio:.2f} in CPU time; {verdict} the "
        f"{TARGET_HOSTILE_RATIO} target)"
    )
    del doc

    # An article followed by 100 KB of «, parse included.
    marks = text + "«" * QUOTE_MARKS + "\n"
    clock = _Clock()
    doc = spacy_parser.parse_paragraphs(marks, split_paragraphs(marks))
    analyze_parsed(Article("marks.txt", marks), doc)
    timing = clock.timing(len(doc.words))
    verdict = "within" if timing.seconds < TARGET_QUOTE_MARKS_SECONDS else "OVER"
    lines.append(
        f"« ×{QUOTE_MARKS:,} after the seed ({len(marks.encode('utf-8')):,} bytes): analyzed in "
        f"{timing.seconds:.1f} s, parse included ({verdict} the {TARGET_QUOTE_MARKS_SECONDS:.0f} s target)"
    )

    # One paragraph, at half size and full size: the time should double. Judged on CPU time,
    # which other processes on a shared machine disturb least.
    paragraph = " ".join(text.split("\n")).strip()
    timings = []
    for size in (PARAGRAPH_BYTES // 2, PARAGRAPH_BYTES):
        one = (paragraph * (size // len(paragraph) + 1))[:size] + "\n"
        _progress(f"one paragraph of {size / 1e3:.0f} KB")
        clock = _Clock()
        doc = spacy_parser.parse_paragraphs(one, split_paragraphs(one))
        analyze_parsed(Article("paragraph.txt", one), doc)
        timings.append(clock.timing(len(doc.words)))
    half, full = timings
    growth = full.cpu / half.cpu
    lines.append(
        f"1 paragraph {PARAGRAPH_BYTES // 2000} KB in {half.seconds:.0f} s ({half.cpu:.0f} CPU s), "
        f"{PARAGRAPH_BYTES // 1000} KB in {full.seconds:.0f} s ({full.cpu:.0f} CPU s), parse included: "
        f"× {growth:.2f} in CPU time for twice the text ({'linear' if growth < 2.6 else 'NOT linear'})"
    )
    return lines


def _share(parse: Timing, ours: Timing) -> tuple[float, float]:
    """Our stages' time as a percentage of the parse time for as many tokens: wall clock, CPU."""
    return 100.0 * parse.rate / ours.rate, 100.0 * parse.cpu_rate / ours.cpu_rate


def _figures(timing: Timing) -> str:
    return (
        f"{timing.tokens:,} tokens in {timing.seconds:.1f} s, {timing.rate:,.0f} tokens/s "
        f"({timing.cpu:.1f} CPU s, {timing.cpu_rate:,.0f} tokens per CPU second)"
    )


def _say(line: str) -> None:
    print(line, flush=True)


def _progress(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
