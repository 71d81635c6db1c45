"""Headless Chromium for the browser tests: Debian's ``chromium`` driven by playwright.

``launch()`` skips the calling test, saying why, when Chromium or playwright is
missing, unless ``QUOTES_REQUIRE_BROWSER=1`` (CI sets it): then the test fails.
``open_page()`` records what a page should never do: log an error, throw, open a
dialog, or fetch anything that is not a local file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def browser_problem() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium, or make browser)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (pip install 'quotes[dev]')"
    return None


def require_browser() -> None:
    """Skip the test when Chromium cannot run here; fail instead when QUOTES_REQUIRE_BROWSER=1."""
    problem = browser_problem()
    if problem is None:
        return
    if os.environ.get("QUOTES_REQUIRE_BROWSER") == "1":
        pytest.fail(f"QUOTES_REQUIRE_BROWSER=1 but {problem}")
    pytest.skip(problem)


@contextmanager
def launch() -> Iterator[Any]:
    """A headless Chromium browser (playwright's ``Browser``), closed afterwards."""
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(ARGS))
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class PageLog:
    """What a page did that it should not: console errors, uncaught exceptions, dialogs, fetches."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def open_page(
    browser: Any, path: Path, *, width: int = 1100, height: int = 900, javascript: bool = True
) -> tuple[Any, PageLog]:
    """Open a local HTML file in a new page; returns the page and the log of what it did."""
    page = browser.new_page(viewport={"width": width, "height": height}, java_script_enabled=javascript)
    log = PageLog()
    page.on("console", lambda m: log.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda err: log.page_errors.append(str(err)))

    def on_dialog(dialog: Any) -> None:
        log.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on(
        "request",
        lambda r: None if r.url.startswith(("file:", "data:", "about:")) else log.requests.append(r.url),
    )
    page.goto(path.resolve().as_uri())
    return page, log


def artifact(name: str) -> Path:
    """A path under tests/artifacts/ (git-ignored) for screenshots."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name
