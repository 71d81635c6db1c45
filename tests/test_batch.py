"""A batch goes to its end: one article that fails, or runs away, or another run writing into
the same folder never loses the other articles' pages.

``quotes report`` over many articles writes every page it can, lists the articles it could
not analyze on the index, and exits with status 2; each failure is one line that names the
article. Two runs into one folder never damage each other's files: the second is told
that the first holds the folder.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEED

import quotes.pipeline
from quotes import cli
from quotes.budget import Limits, OutOfTime, check, run_limits, time_budget
from quotes.errors import AnalysisFailed, AnalysisTimeout
from quotes.files import LOCK_NAME, remove_stale_temp_files, write_atomically
from quotes.model import Article

FRENCH = (
    "Le maire de Castelnoir a défendu mardi son budget devant le conseil municipal. « Nous ne "
    "céderons pas », a-t-il déclaré.\n"
)


def articles(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, name in enumerate(names):
        path = folder / name
        path.write_text(FRENCH.replace("Castelnoir", f"Castelnoir-{n}"), encoding="utf-8")
        paths.append(path)
    return paths


def failing_on(name: str, error: BaseException | Callable[[], None]) -> Callable[..., Any]:
    """``analyze_parsed`` that fails (or runs) ``error`` for the article called ``name``."""
    real = quotes.pipeline.analyze_parsed

    def analyze_parsed(article: Article, doc: Any) -> Any:
        if article.name == name:
            if callable(error) and not isinstance(error, BaseException):
                error()
            else:
                raise error
        return real(article, doc)

    return analyze_parsed


# --- one article never stops a batch -------------------------------------------------------


def test_an_article_that_fails_is_one_line_and_the_others_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = articles(tmp_path / "in", ["a.txt", "casse.txt", "c.txt"])
    monkeypatch.setattr(quotes.pipeline, "analyze_parsed", failing_on("casse.txt", IndexError("list index")))
    out = tmp_path / "out"
    status = cli.main(["report", *map(str, paths), "-o", str(out), "--parser", "spacy"])
    assert status == 2
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "a.html", "a.json", "c.html", "c.json", "index.html", "sources.csv",
    ]  # fmt: skip
    err = capsys.readouterr().err
    [line] = [line for line in err.splitlines() if "casse.txt" in line]
    assert "the analysis failed (IndexError: list index)" in line and "--debug" in line
    assert "Traceback" not in err
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "casse.txt" in index and "IndexError" in index


def test_with_debug_the_failure_shows_its_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = articles(tmp_path / "in", ["casse.txt"])
    monkeypatch.setattr(quotes.pipeline, "analyze_parsed", failing_on("casse.txt", IndexError("list index")))
    with pytest.raises(IndexError):
        cli.main(["analyze", str(paths[0]), "--parser", "spacy", "--debug"])


def test_an_unexpected_error_in_the_library_names_the_article(
    monkeypatch: pytest.MonkeyPatch, spacy_choice: Any
) -> None:
    monkeypatch.setattr(quotes.pipeline, "analyze_parsed", failing_on("x.txt", KeyError("s9")))
    expected = r"^x\.txt: the analysis failed \(KeyError: 's9'\); this is a bug"
    with pytest.raises(AnalysisFailed, match=expected):
        quotes.pipeline.analyze(Article("x.txt", FRENCH), spacy_choice)


# --- bounded time ----------------------------------------------------------------------------


def spin() -> None:
    while True:
        pass


def test_a_runaway_article_is_stopped_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = articles(tmp_path / "in", ["a.txt", "sans-fin.txt", "c.txt"])
    monkeypatch.setattr(quotes.pipeline, "analyze_parsed", failing_on("sans-fin.txt", spin))
    out = tmp_path / "out"
    started = time.monotonic()
    status = cli.main(["report", *map(str, paths), "-o", str(out), "--parser", "spacy", "--timeout", "1"])
    assert time.monotonic() - started < 30
    assert status == 2
    assert (out / "a.html").exists() and (out / "c.html").exists() and not (out / "sans-fin.html").exists()
    [line] = [line for line in capsys.readouterr().err.splitlines() if "sans-fin.txt" in line]
    assert "the analysis took more than 1 s and was stopped" in line and "--timeout" in line


def test_the_default_budget_grows_with_the_article() -> None:
    limits = Limits()
    assert limits.seconds_for(8_000) == pytest.approx(61, abs=1)
    assert limits.seconds_for(5_000_000) == pytest.approx(660)
    assert Limits(timeout=0).seconds_for(5_000_000) is None
    assert Limits(timeout=2.5).seconds_for(5_000_000) == 2.5


def test_the_run_limits_reach_the_analysis(monkeypatch: pytest.MonkeyPatch, spacy_choice: Any) -> None:
    monkeypatch.setattr(quotes.pipeline, "analyze_parsed", failing_on("x.txt", spin))
    with run_limits(Limits(timeout=0.3)), pytest.raises(AnalysisTimeout, match=r"more than 0\.3 s"):
        quotes.pipeline.analyze(Article("x.txt", FRENCH), spacy_choice)


def test_budgets_nest_and_the_earliest_says_it_is_the_one() -> None:
    with pytest.raises(OutOfTime) as caught, time_budget(5) as outer, time_budget(0.2) as inner:
        spin()
    assert caught.value.budget is inner and inner is not outer
    with pytest.raises(OutOfTime) as caught, time_budget(0.2) as outer, time_budget(5):
        spin()
    assert caught.value.budget is outer


def test_a_budget_outside_the_main_thread_stops_at_the_next_check() -> None:
    seen: list[str] = []

    def work() -> None:
        try:
            with time_budget(0.05):
                time.sleep(0.2)
                check()
        except OutOfTime:
            seen.append("stopped")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == ["stopped"]


# --- runs that share a folder ----------------------------------------------------------------


def test_a_run_clears_only_the_temporary_files_of_runs_that_are_gone(tmp_path: Path) -> None:
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
        dead_pid = int(dead.stdout)
        mine = tmp_path / f".a.html.{live.pid}.k3j2h1g0.tmp"
        gone = tmp_path / f".b.html.{dead_pid}.k3j2h1g0.tmp"
        old = tmp_path / f".c.json.{live.pid}.k3j2h1g0.tmp"
        for path in (mine, gone, old):
            path.write_text("<html>", encoding="utf-8")
        os.utime(old, (time.time() - 7200, time.time() - 7200))
        assert sorted(p.name for p in remove_stale_temp_files(tmp_path)) == [gone.name, old.name]
        assert mine.exists()
    finally:
        live.kill()
        live.wait()


def test_a_temporary_name_stays_short_for_a_long_article_name(tmp_path: Path) -> None:
    target = tmp_path / ("a" * 250 + ".html")
    write_atomically(target, "<p>ok</p>")
    assert target.read_text(encoding="utf-8") == "<p>ok</p>"


def test_a_second_run_into_a_held_folder_is_told_who_holds_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from quotes.files import folder_lock\n"
            "with folder_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(30)",
            str(out),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        done = run_report([SEED], out)
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert done.stderr.splitlines()[-1] == (
            f"quotes: {out}: another quotes run (process {holder.pid}, started "
            f"{(out / LOCK_NAME).read_text().split('started ')[1]}) is writing into this folder; "
            "wait for it to finish, or choose another folder with -o"
        )
    finally:
        holder.kill()
        holder.wait()
    assert run_report([SEED], out).returncode == 0  # the lock went with its process


def run_report(paths: list[Path], out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotes", "report", *map(str, paths), "-o", str(out), "--parser", "spacy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


ROUNDS = int(os.environ.get("QUOTES_CONCURRENT_ROUNDS", "2"))


def test_two_runs_into_one_folder_leave_every_page_whole(tmp_path: Path) -> None:
    # `make stress` runs it 25 times (QUOTES_CONCURRENT_ROUNDS=25); `make test` twice.
    sources = [*sorted((ROOT / "tests" / "data" / "eval_own" / "articles").glob("*.txt"))[:6], SEED]
    out = tmp_path / "out"
    assert run_report(sources, out).returncode == 0  # the parses are cached from now on
    started = time.monotonic()
    assert run_report(sources, out).returncode == 0
    length = time.monotonic() - started  # how long a run takes: the second starts within it
    shuffle = random.Random(14)
    for _ in range(ROUNDS):
        command = [sys.executable, "-m", "quotes", "report", *map(str, sources), "-o", str(out)]
        first = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        time.sleep(shuffle.uniform(0, length))
        second = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        for run in (first, second):
            _, err = run.communicate(timeout=300)
            assert "Traceback" not in err and "internal error" not in err
            assert run.returncode == 0 or (
                run.returncode == 2 and "another quotes run" in err.splitlines()[-1]
            ), err
        names = {p.name for p in out.iterdir()}
        assert not [n for n in names if n.endswith(".tmp")]
        for source in sources:
            page = (out / f"{source.stem}.html").read_text(encoding="utf-8")
            assert page.rstrip().endswith("</html>")
            assert json.loads((out / f"{source.stem}.json").read_text(encoding="utf-8"))["article"]["name"]
        assert (out / "index.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
