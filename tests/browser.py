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
# axe-core as npm installs it from tests/npm/package-lock.json (make axe): read from disk, no network.
AXE = Path(__file__).resolve().parent / "npm" / "node_modules" / "axe-core" / "axe.min.js"
# The rules of WCAG 2.0 and 2.1, levels A and AA, as axe-core tags them.
WCAG_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")


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


def require_axe() -> str:
    """axe-core's source; skips the test when it is not installed, or fails with QUOTES_REQUIRE_BROWSER=1."""
    if not AXE.exists():
        problem = f"{AXE} is missing (make axe: npm ci in tests/npm)"
        if os.environ.get("QUOTES_REQUIRE_BROWSER") == "1":
            pytest.fail(f"QUOTES_REQUIRE_BROWSER=1 but {problem}")
        pytest.skip(problem)
    return AXE.read_text(encoding="utf-8")


def axe_violations(page: Any) -> list[str]:
    """What axe-core finds against WCAG 2.1 A and AA on the page as it stands, one line per node.

    The page must have been opened with ``bypass_csp=True``: its policy lets only its own script run.
    """
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=require_axe())
    found = page.evaluate(
        """async (tags) => {
          const options = {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]};
          const result = await axe.run(document, options);
          return result.violations.flatMap(v => v.nodes.map(
            n => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary}`));
        }""",
        list(WCAG_AA),
    )
    return list(found)


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
    browser: Any,
    path: Path | str,
    *,
    width: int = 1100,
    height: int = 900,
    javascript: bool = True,
    touch: bool = False,
    bypass_csp: bool = False,
) -> tuple[Any, PageLog]:
    """Open a local HTML file (or a file: address) in a new page; returns the page and what it did.

    ``touch``: a phone's screen (touch events, a mobile viewport); ``bypass_csp``: let a test
    inject a script (axe-core) that the page's own policy would refuse.
    """
    page = browser.new_page(
        viewport={"width": width, "height": height},
        java_script_enabled=javascript,
        has_touch=touch,
        is_mobile=touch,
        bypass_csp=bypass_csp,
    )
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
    page.goto(path if isinstance(path, str) else path.resolve().as_uri())
    return page, log


def artifact(name: str) -> Path:
    """A path under tests/artifacts/ (git-ignored) for screenshots."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name
