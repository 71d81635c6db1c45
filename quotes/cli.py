"""The ``quotes`` command: a thin layer over the library that turns errors into one-line messages.

quotes analyze ARTICLE [--format json|text]
quotes report [ARTICLE ...] [-o DIR]
quotes exercise ARTICLE [-o DIR]
quotes grade KEY.json ANSWERS.csv... [-o DIR]
quotes audit SOURCE... [--db audit.sqlite] [--workers N | --scheduler ADDRESS]
quotes dashboard [--db audit.sqlite] [-o DIR]
quotes models
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
from pathlib import Path

from .budget import Limits, run_limits
from .errors import ArticleError, OutputError, QuotesError, UsageError
from .i18n import LANGUAGES

EXAMPLES = """examples:
  quotes analyze seeds/000_8e56ba5fd5be0958.txt --format text
  quotes analyze article.html --format json > article.json
  quotes report                      # every article in seeds/, into reports/
  quotes report a.txt b.html -o out  # two articles, into out/
  quotes exercise article.txt -o exercise          # worksheet, blank answer sheet and key
  quotes grade exercise/key.json answers/*.csv     # grade the class's answer sheets
  quotes audit archive/ articles.jsonl --db audit.sqlite   # a whole outlet, on every core
  quotes dashboard --db audit.sqlite -o dashboard          # its charts and tables
"""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--parser",
        default=os.environ.get("QUOTES_PARSER", "auto"),
        help="auto (Stanza when its French models are installed, else spaCy), stanza, spacy, or conllu:FILE",
    )
    parser.add_argument("--offline", action="store_true", help="never try to download Stanza's models")
    parser.add_argument(
        "--cache-dir", type=Path, default=None, help="where parses are kept (default ~/.cache/quotes)"
    )
    parser.add_argument("--no-cache", action="store_true", help="parse again even when a parse is cached")
    parser.add_argument(
        "--max-mb", default=None, help="refuse articles larger than this (default 5, or QUOTES_MAX_MB)"
    )
    parser.add_argument(
        "--timeout",
        default=None,
        metavar="SECONDS",
        help="stop an article whose analysis runs longer (default: 60 s and 120 s more per million "
        "characters; 0 for no limit; or QUOTES_TIMEOUT)",
    )
    parser.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Find the quotations in French news articles, who said them, "
        "and how anonymous each source is.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser(
        "analyze",
        help="analyze one article and print the result",
        description="Analyze one article (.txt, .md or .html) and print its quotations, sources and levels.",
        epilog="example:\n  quotes analyze seeds/000_8e56ba5fd5be0958.txt --format text",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyze.add_argument("article", type=Path, help="the article file")
    analyze.add_argument("--format", choices=("json", "text"), default="json", help="json (default) or text")
    _common(analyze)

    report = commands.add_parser(
        "report",
        help="write the HTML and JSON reports",
        description="Write, per article, DIR/<name>.html and DIR/<name>.json, then DIR/index.html and "
        "DIR/sources.csv. With no article, every article in seeds/.",
        epilog="example:\n  quotes report seeds/*.txt -o reports",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument(
        "articles", type=Path, nargs="*", help="article files (default: every file in seeds/)"
    )
    report.add_argument(
        "-o", "--output", type=Path, default=Path("reports"), help="output folder (default reports)"
    )
    report.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="language of the report (default fr)"
    )
    report.add_argument(
        "--db", type=Path, default=None, help="report on articles of this audit database (with --id)"
    )
    report.add_argument(
        "--id",
        dest="ids",
        action="append",
        default=[],
        metavar="ID",
        help="with --db: the id of an article to report on (repeat for several)",
    )
    _common(report)

    exercise = commands.add_parser(
        "exercise",
        help="write a class exercise: worksheet, answer sheet and key",
        description="Write DIR/worksheet.html (the article with each quotation numbered, and a table to "
        "fill in), DIR/answers.csv (the same table, for students who answer on a computer), "
        "DIR/key.json and DIR/key.html (the analyzer's answers; edit key.json to change them). "
        "The worksheet asks about the quotations in quote marks (direct and partial).",
        epilog="example:\n  quotes exercise seeds/000_8e56ba5fd5be0958.txt -o exercise",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    exercise.add_argument("article", type=Path, help="the article file")
    exercise.add_argument(
        "-o", "--output", type=Path, default=Path("exercise"), help="output folder (default exercise)"
    )
    exercise.add_argument(
        "--indirect",
        action="store_true",
        help="also ask about reported speech (« X affirme que… ») that no quotation in quote marks covers",
    )
    exercise.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="language of the pages (default fr)"
    )
    exercise.add_argument(
        "--force", action="store_true", help="replace a key.json that differs (one edited by hand)"
    )
    _common(exercise)

    grade = commands.add_parser(
        "grade",
        help="grade students' answer sheets against a key",
        description="Grade each answer sheet (CSV: numéro, qui parle, niveau, raison donnée; "
        "separated by , or ;) against KEY.json; print right / close / wrong per student and per "
        "quotation, and write DIR/<student>/feedback.html, DIR/grades.csv, DIR/summary.html (the "
        "class per quotation) and DIR/review.csv (the answers left to the teacher: write accept or "
        "refuse beside each, and the next run applies it to every student). A student is the "
        "« élève » column when it is filled in, else the file name. A sheet that cannot be read, "
        "and any file of a folder that is not graded, is named with why and the others are graded "
        "(exit status 2).",
        epilog="example:\n  quotes grade exercise/key.json answers/*.csv -o exercise/grades",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    grade.add_argument("key", type=Path, help="the key.json written by quotes exercise (maybe edited)")
    grade.add_argument("answers", type=Path, nargs="+", help="answer sheets (.csv), or folders holding them")
    grade.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="output folder (default: grades/ beside the key)",
    )
    grade.add_argument(
        "--lang", choices=LANGUAGES, default=None, help="language of the feedback (default: the key's)"
    )
    grade.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")

    audit = commands.add_parser(
        "audit",
        help="analyze a whole archive of articles into an SQLite database",
        description="Analyze every article of each SOURCE on all cores (or on a Dask cluster) and write "
        "the results to an SQLite database: tables articles, quotations, sources, mentions and checks. "
        "A SOURCE is a folder tree of .txt/.md/.html articles, a JSON Lines or CSV file with one article "
        "a row (a text or html column; optional id, url, title, date, author, section, outlet), or a "
        "WARC file of crawled pages. A second run skips the articles already in the database (same "
        "content, parser and analyzer) and finishes the rest. An article that cannot be analyzed is "
        "recorded with its reason (status 'failed') and the run goes on.",
        epilog="examples:\n  quotes audit archive/ --db audit.sqlite\n"
        "  quotes audit articles.jsonl crawl.warc.gz --db audit.sqlite --workers 4\n"
        "  quotes audit archive/ --db audit.sqlite --scheduler tcp://10.0.0.5:8786\n"
        "  datasette audit.sqlite                  # browse the tables",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    audit.add_argument(
        "sources", type=Path, nargs="+", metavar="SOURCE", help="folders, .jsonl, .csv or .warc files"
    )
    audit.add_argument(
        "--db", type=Path, default=Path("audit.sqlite"), help="the SQLite database (default audit.sqlite)"
    )
    audit.add_argument(
        "--workers", type=_count, default=None, help="worker processes (default: the machine's cores)"
    )
    audit.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="send the work to this dask.distributed scheduler (tcp://HOST:8786) instead of local workers",
    )
    audit.add_argument(
        "--batch-size", type=_count, default=None, help="articles parsed together by a worker (default 8)"
    )
    audit.add_argument(
        "--retry-failed", action="store_true", help="analyze again the articles that failed last time"
    )
    _common(audit)

    dashboard = commands.add_parser(
        "dashboard",
        help="write the dashboard of an audit database",
        description="Write DIR/index.html, one self-contained page: the share of quotations and of quoted "
        "words from anonymous sources by month, section and author (charts and sortable tables), how "
        "often anonymity is explained, the checks that fire most, and the articles that lean most on "
        "anonymous sources, each linking to its report in DIR/reports/ (written with --reports, or "
        "later with quotes report --db DB --id ID -o DIR/reports).",
        epilog="example:\n  quotes dashboard --db audit.sqlite -o dashboard --reports",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    dashboard.add_argument(
        "--db", type=Path, default=Path("audit.sqlite"), help="the audit database (default audit.sqlite)"
    )
    dashboard.add_argument(
        "-o", "--output", type=Path, default=Path("dashboard"), help="output folder (default dashboard)"
    )
    dashboard.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="language of the page (default fr)"
    )
    dashboard.add_argument(
        "--top", type=_count, default=25, help="articles listed as leaning most on anonymous sources (25)"
    )
    dashboard.add_argument(
        "--reports",
        action="store_true",
        help="also write the reports of the listed articles into DIR/reports/ (parses them again)",
    )
    _common(dashboard)

    models = commands.add_parser(
        "models",
        help="download Stanza's French models (needs internet)",
        description="Download Stanza's French models once; later runs use Stanza instead of spaCy.",
    )
    models.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``quotes`` command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        limits = Limits(timeout=_timeout(args), debug=getattr(args, "debug", False))
        with run_limits(limits):
            if args.command == "analyze":
                return _analyze(args)
            if args.command == "report":
                return _report(args)
            if args.command == "exercise":
                return _exercise(args)
            if args.command == "grade":
                return _grade(args)
            if args.command == "audit":
                return _audit(args, limits)
            if args.command == "dashboard":
                return _dashboard(args)
            if args.command == "models":
                return _models()
    except KeyboardInterrupt:
        print(
            "quotes: interrupted; files already written are complete, nothing is half-written",
            file=sys.stderr,
        )
        return 130
    except QuotesError as err:
        print(f"quotes: {err}", file=sys.stderr)
        return err.exit_status
    except BrokenPipeError:
        _silence_stdout()  # the reader stopped reading (| head): nothing more to say
        return 0
    except Exception as err:  # an unexpected failure: one line unless --debug
        if getattr(args, "debug", False):
            raise
        print(
            f"quotes: internal error: {type(err).__name__}: {err} (run again with --debug for details)",
            file=sys.stderr,
        )
        return 1
    return 2


def _choice_and_cache(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .parsing import ParseCache, choose_parser, default_cache_dir

    cache_dir = args.cache_dir or default_cache_dir()
    choice = choose_parser(args.parser, offline=args.offline, cache_dir=cache_dir)
    cache = None if args.no_cache else ParseCache(cache_dir, on_damage=_say)
    return choice, cache


def _say(message: str) -> None:
    print(f"quotes: {message}", file=sys.stderr)


def _positive(raw: str, *, zero: bool = False) -> float | None:
    """``raw`` as a finite number over 0 (0 too when ``zero``), or None."""
    try:
        value = float(raw)
    except ValueError:
        return None
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero):
        return None
    return value


def _max_bytes(args: argparse.Namespace) -> int | None:
    if args.max_mb is None:
        return None
    megabytes = _positive(args.max_mb)
    if megabytes is None:
        raise UsageError(f"--max-mb {args.max_mb} is not a size in megabytes; give a number such as 20")
    return int(megabytes * 1024 * 1024)


def _timeout(args: argparse.Namespace) -> float | None:
    """Seconds per article from --timeout or QUOTES_TIMEOUT (0: no limit), None for the default."""
    raw = getattr(args, "timeout", None)
    if raw is not None:
        seconds = _positive(raw, zero=True)
        if seconds is None:
            raise UsageError(
                f"--timeout {raw} is not a number of seconds; give one such as 600, or 0 for no limit"
            )
        return seconds
    raw = os.environ.get("QUOTES_TIMEOUT", "").strip()
    if not raw:
        return None
    seconds = _positive(raw, zero=True)
    if seconds is None:
        raise UsageError(
            f"QUOTES_TIMEOUT={raw} is not a number of seconds; set it to one such as 600, or 0 for no limit"
        )
    return seconds


def _output_folder(folder: Path) -> None:
    """Make ``folder`` ready to write into; ``OutputError`` saying why it cannot be."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: is a file, not a folder; give -o a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".quotes-probe.")
        os.close(fd)
        os.unlink(probe)
    except OSError as err:
        raise OutputError(
            f"{folder}: cannot write in this folder ({err.strerror}); choose another with -o"
        ) from err


def _write_out(text: str) -> None:
    """Write ``text`` to the standard output; ``OutputError`` when it cannot take it (a full disk).

    A reader that stops reading (``| head``) is not an error: the rest goes nowhere.
    """
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except OSError as err:
        _silence_stdout()
        raise OutputError(f"cannot write to the standard output ({err.strerror})") from err


def _silence_stdout() -> None:
    """Send what is left of the standard output nowhere, so that Python's last flush does not fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _analyze(args: argparse.Namespace) -> int:
    from .export import to_json, to_text
    from .intake import read_article
    from .pipeline import analyze

    article = read_article(args.article, max_bytes=_max_bytes(args))
    choice, cache = _choice_and_cache(args)
    print(choice.note, file=sys.stderr)
    analysis = analyze(article, choice, cache=cache)
    if args.format == "json":
        _write_out(json.dumps(to_json(analysis), ensure_ascii=False, indent=1) + "\n")
    else:
        _write_out(to_text(analysis))
    return 0


def _report(args: argparse.Namespace) -> int:
    from .files import folder_lock
    from .report import collect_articles, write_reports

    if args.db is not None or args.ids:
        return _report_from_db(args)
    paths = collect_articles(args.articles)
    if not paths:
        raise ArticleError("no article to report on: give article files, or put some in seeds/")
    max_bytes = _max_bytes(args)
    _output_folder(args.output)
    choice, cache = _choice_and_cache(args)
    with folder_lock(args.output):
        print(choice.note, file=sys.stderr)
        failures = write_reports(
            paths, args.output, choice=choice, cache=cache, lang=args.lang, max_bytes=max_bytes
        )
    return 2 if failures else 0


def _exercise(args: argparse.Namespace) -> int:
    from .exercise import write_exercise
    from .i18n import language
    from .intake import read_article
    from .pipeline import analyze

    article = read_article(args.article, max_bytes=_max_bytes(args))
    _output_folder(args.output)
    choice, cache = _choice_and_cache(args)
    print(choice.note, file=sys.stderr)
    analysis = analyze(article, choice, cache=cache)
    files = write_exercise(analysis, args.output, lang=args.lang, indirect=args.indirect, force=args.force)
    en = language("en")  # the terminal speaks English
    quotations = en.ngettext("%(n)s quotation", "%(n)s quotations", files.quotations)
    sources = en.ngettext("%(n)s source", "%(n)s sources", files.sources)
    print(
        f"{article.name}: {quotations}, {sources}\n"
        f"  worksheet: {files.worksheet}\n  answer sheet: {files.answers}\n"
        f"  key: {files.key_html} and {files.key_json} (edit key.json to change an answer)",
        file=sys.stderr,
    )
    return 0


def _grade(args: argparse.Namespace) -> int:
    from .exercise import grade_files, listing

    output = args.output if args.output is not None else args.key.parent / "grades"
    run = grade_files(args.key, args.answers, output, lang=args.lang)
    _write_out(listing(run))
    for problem in run.problems:
        print(f"quotes: {problem}", file=sys.stderr)
    not_graded = sum(1 for n in run.not_graded if n.serious)
    skipped = len(run.not_graded) - not_graded
    print(
        f"{len(run.grades)} graded, {not_graded} not graded"
        + (f", {skipped} skipped" if skipped else "")
        + f"; feedback in {output}/<student>/feedback.html, grades in {run.grades_csv}, "
        f"the class summary in {run.summary}",
        file=sys.stderr,
    )
    if run.to_decide and run.review_csv is not None:
        print(
            f"{run.to_decide} answer(s) to decide: write accept or refuse beside each in {run.review_csv}, "
            "then run quotes grade again",
            file=sys.stderr,
        )
    if not run.grades:
        print("quotes: no answer sheet was graded", file=sys.stderr)
    return 2 if run.failed else 0


def _count(value: str) -> int:
    """A count given on the command line (workers, a batch's size, articles listed): 1 or more."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive whole number")
    return number


def _audit(args: argparse.Namespace, limits: Limits) -> int:
    from .audit import BATCH_SIZE, duration, run_audit
    from .intake import max_bytes_from_env

    choice, _ = _choice_and_cache(args)
    print(choice.note, file=sys.stderr)
    summary = run_audit(
        args.sources,
        args.db,
        choice=choice,
        workers=args.workers,
        scheduler=args.scheduler,
        batch_size=args.batch_size or BATCH_SIZE,
        max_bytes=_max_bytes(args) or max_bytes_from_env(),
        retry_failed=args.retry_failed,
        limits=limits,
    )
    rate = summary.analyzed / summary.seconds if summary.seconds else 0.0
    print(
        f"audit: {summary.analyzed:,} analyzed, {summary.failed:,} failed, {summary.skipped:,} already in "
        f"{args.db}{f', {summary.duplicates:,} duplicate ids left out' if summary.duplicates else ''}; "
        f"{duration(summary.seconds)} on {summary.workers} ({rate:.2f} articles/s)",
        file=sys.stderr,
    )
    if summary.failed:
        print(
            f"audit: why each failed: sqlite3 {args.db} "
            "\"SELECT id, error FROM articles WHERE status = 'failed'\"",
            file=sys.stderr,
        )
    return 0


def _dashboard(args: argparse.Namespace) -> int:
    from .dashboard import write_dashboard

    result = write_dashboard(args.db, args.output, lang=args.lang, top=args.top)
    failures = 0
    if args.reports and result.listed:
        from .auditreports import write_listed_reports
        from .files import folder_lock

        choice, cache = _choice_and_cache(args)
        print(choice.note, file=sys.stderr)
        ids = [item.id for item in result.listed]
        _output_folder(args.output / "reports")
        with folder_lock(args.output / "reports"):
            failures = write_listed_reports(
                args.db, args.output, ids, choice=choice, cache=cache, lang=args.lang
            )
        # Again, now that the links lead somewhere.
        result = write_dashboard(args.db, args.output, lang=args.lang, top=args.top)
    print(f"dashboard: {result.page}", file=sys.stderr)
    return 2 if failures else 0


def _report_from_db(args: argparse.Namespace) -> int:
    from .auditreports import write_reports_from_db
    from .files import folder_lock

    if args.db is None or not args.ids or args.articles:
        raise QuotesError(
            "to report on audited articles: quotes report --db DB --id ID [--id ID...], no file"
        )
    _output_folder(args.output)
    choice, cache = _choice_and_cache(args)
    with folder_lock(args.output):
        print(choice.note, file=sys.stderr)
        failures = write_reports_from_db(
            args.db, args.ids, args.output, choice=choice, cache=cache, lang=args.lang
        )
    return 2 if failures else 0


def _models() -> int:
    from .parsing import stanza_parser

    if not stanza_parser.installed():
        raise QuotesError(
            "Stanza is not installed: pip install 'quotes[stanza]' (after pip install torch==2.13.0)"
        )
    stanza_parser.download_models(timeout=10.0)
    folder = stanza_parser.model_dir()
    if folder is None:
        raise QuotesError("the download finished but Stanza's French models are still missing")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(f"Stanza's French models are in {folder} ({size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
