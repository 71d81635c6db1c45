"""A batch goes to its end: one article that fails, or runs away, never loses the other
articles' pages.

``quotes report`` over many articles writes every page it can, lists the articles it could
not analyze on the index, and exits with status 2; each failure is one line that names the
article. An article that runs over its time budget is stopped, and said so.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import quotes.pipeline
from quotes import cli
from quotes.budget import Limits, OutOfTime, check, run_limits, time_budget
from quotes.errors import AnalysisFailed, AnalysisTimeout
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
