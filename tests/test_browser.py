"""The reports in a real browser: Debian's Chromium, headless, driven by playwright.

What is counted: a highlighted quotation is a ``mark.q`` element; a quotation that
runs over several paragraphs has one per paragraph, all with the same
``data-quote`` number, so the test counts distinct numbers. That count must equal
the number of quotes in the JSON whose kind is not ``scare`` (direct, partial and
indirect quotations; terms in quote marks are shown, dotted, but not numbered).

Skipped, saying why, when /usr/bin/chromium is absent, unless QUOTES_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import artifact, launch, open_page
from conftest import ROOT, SEED
from test_report import HOSTILE, IMG, SCRIPT, TEMPLATE, contrast

pytestmark = pytest.mark.browser


def run_report(articles: list[Path], out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotes", "report", *map(str, articles), "-o", str(out), *extra],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as chromium:
        yield chromium


EXTRA_ARTICLES = sorted((ROOT.parent / "shared" / "eval" / "articles").glob("*.txt"))[:2]


@pytest.fixture(scope="module")
def client_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client's article, reported by the command a teacher runs, with a hostile article and two others.

    One run for every test here: starting the command (and spaCy) is what takes time.
    """
    hostile = tmp_path_factory.mktemp("in") / "piege.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path_factory.mktemp("client")
    run_report([SEED, hostile, *EXTRA_ARTICLES], out)
    return out


def plain(text: str) -> str:
    """The words of a text, without its quote marks and line breaks."""
    return " ".join(text.translate(str.maketrans("«»“”", "    ")).split())


def expect_clean(log: Any) -> None:
    assert log.console_errors == []
    assert log.page_errors == []
    assert log.dialogs == []
    assert log.requests == [], "the page fetched something"


def test_client_report_in_chromium(browser, client_report):
    page, log = open_page(browser, client_report / f"{SEED.stem}.html")
    data = json.loads((client_report / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    quotations = [q for q in data["quotes"] if q["kind"] != "scare"]

    numbers = page.eval_on_selector_all("mark.q", "els => els.map(e => e.dataset.quote)")
    assert len(set(numbers)) == len(quotations)
    assert sorted(set(map(int, numbers))) == list(range(1, len(quotations) + 1))
    # Every quotation is in its highlight: the text shown there, tags and details aside.
    shown = page.evaluate(
        """() => {
          const out = {};
          for (const mark of document.querySelectorAll("mark.q")) {
            const copy = mark.cloneNode(true);
            copy.querySelectorAll(".tag, .tip").forEach(e => e.remove());
            out[mark.dataset.id] = (out[mark.dataset.id] || "") + " " + copy.textContent;
          }
          return out;
        }"""
    )
    for q in quotations:
        assert plain(q["text"]) in plain(shown[q["id"]]), q["id"]
    # Each highlight says its level in words.
    tags = page.eval_on_selector_all("mark.q > .tag", "els => els.map(e => e.innerText)")
    assert tags and all(" · niveau " in tag for tag in tags)
    page.screenshot(path=str(artifact("client_report.png")), full_page=True)

    # A click on an attributed quotation shows its speaker, cue and level.
    sources = {s["id"]: s for s in data["sources"]}
    quote = next(q for q in quotations if q["source"] and q["cue"])
    mark = page.locator(f'mark.q[data-id="{quote["id"]}"]').first
    tip = mark.locator(".tip")
    assert not tip.is_visible()
    mark.click()
    assert tip.is_visible()
    text = tip.inner_text()
    assert sources[quote["source"]]["name"] in text
    assert quote["cue"]["text"] in text
    assert f"{sources[quote['source']]['level']} — " in text
    page.screenshot(path=str(artifact("client_report_click.png")))
    page.keyboard.press("Escape")
    assert not tip.is_visible()

    # An unattributed quotation says so, and says to check it.
    unattributed = next(q for q in quotations if q["source"] is None)
    other = page.locator(f'mark.q[data-id="{unattributed["id"]}"]').first
    other.focus()
    assert "à vérifier" in other.locator(".tag").inner_text()
    assert "citation non attribuée" in other.locator(".tip").inner_text()
    expect_clean(log)
    page.close()


def test_keyboard_reaches_the_quotations(browser, client_report):
    page, log = open_page(browser, client_report / f"{SEED.stem}.html")
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.q')"):
            break
    else:
        pytest.fail("Tab never reached a quotation")
    focused = page.locator("mark.q:focus")
    assert focused.locator(".tip").is_visible()
    assert "Niveau" in focused.locator(".tip").inner_text()
    expect_clean(log)
    page.close()


def test_reading_needs_no_javascript(browser, client_report):
    page, log = open_page(browser, client_report / f"{SEED.stem}.html", javascript=False)
    assert not page.locator(".controls").is_visible(), "a filter that cannot work is not shown"
    mark = page.locator("mark.q").nth(1)
    mark.click()
    assert mark.locator(".tip").is_visible()
    assert "Qui parle" in mark.locator(".tip").inner_text()
    assert page.locator("table.sources").is_visible() and page.locator("table.quote-list").is_visible()
    expect_clean(log)
    page.close()


def test_the_filter_shows_one_band(browser, client_report):
    page, log = open_page(browser, client_report / f"{SEED.stem}.html")
    assert page.locator("#band-filter").is_visible(), "the script shows the filter"
    page.select_option("#band-filter", "anonymous")
    bands = page.eval_on_selector_all(
        "table.sources tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.band)"
    )
    assert bands and set(bands) == {"anonymous"}
    dimmed = page.eval_on_selector_all("mark.q.dimmed", "els => els.map(e => e.dataset.band)")
    assert dimmed and "anonymous" not in dimmed
    page.select_option("#band-filter", "")
    assert page.eval_on_selector_all("mark.q.dimmed", "els => els.length") == 0
    expect_clean(log)
    page.close()


def test_tags_keep_their_contrast_as_rendered(browser, client_report):
    page, log = open_page(browser, client_report / f"{SEED.stem}.html")
    pairs = page.eval_on_selector_all(
        "mark.q > .tag, .tip-title",
        "els => els.map(e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor])",
    )
    assert pairs

    def hex_of(rgb: str) -> str:
        r, g, b = (int(v) for v in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3])
        return f"#{r:02x}{g:02x}{b:02x}"

    for colour, background in pairs:
        if background == "rgba(0, 0, 0, 0)":
            background = "rgb(255, 255, 255)"
        assert contrast(hex_of(colour), hex_of(background)) >= 4.5, (colour, background)
    expect_clean(log)
    page.close()


def test_printed_page_hides_the_details_and_lists_the_quotations(browser, client_report):
    page, log = open_page(browser, client_report / f"{SEED.stem}.html", width=794, height=1123)
    page.emulate_media(media="print")
    page.locator("mark.q").first.focus()
    assert not page.locator("mark.q").first.locator(".tip").is_visible()
    assert not page.locator(".controls").is_visible()
    rows = page.locator("table.quote-list tbody tr")
    data = json.loads((client_report / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    assert rows.count() == sum(1 for q in data["quotes"] if q["kind"] != "scare")
    assert rows.first.is_visible()
    # Black and white: no highlight colour behind the text.
    backgrounds = page.eval_on_selector_all(
        "mark.q", "els => els.map(e => getComputedStyle(e).backgroundColor)"
    )
    assert set(backgrounds) == {"rgba(0, 0, 0, 0)"}
    page.screenshot(path=str(artifact("client_report_print.png")), full_page=True)
    page.pdf(path=str(artifact("client_report.pdf")), prefer_css_page_size=True)
    expect_clean(log)
    page.close()


def test_index_sorts_and_links(browser, client_report):
    page, log = open_page(browser, client_report / "index.html")
    assert page.locator("table#articles tbody tr").count() == 2 + len(EXTRA_ARTICLES)
    page.click("table#articles thead th:nth-child(2) button")
    values = page.eval_on_selector_all(
        "table#articles tbody tr td:nth-of-type(1)", "cells => cells.map(c => Number(c.dataset.value))"
    )
    assert values == sorted(values)
    page.click("table#articles thead th:nth-child(2) button")
    values = page.eval_on_selector_all(
        "table#articles tbody tr td:nth-of-type(1)", "cells => cells.map(c => Number(c.dataset.value))"
    )
    assert values == sorted(values, reverse=True)
    page.screenshot(path=str(artifact("index.png")), full_page=True)
    page.locator("table#articles tbody a", has_text=SEED.name).click()
    assert page.url.endswith(f"{SEED.stem}.html")
    expect_clean(log)
    page.close()


def test_hostile_article_is_inert_in_the_browser(browser, client_report):
    for name in ("piege.html", "index.html"):
        page, log = open_page(browser, client_report / name)
        page.wait_for_timeout(300)
        expect_clean(log)  # no alert dialog, no image fetched
        assert page.eval_on_selector_all("img", "els => els.length") == 0
        # Where the article's words are: its title, and on its own page its text.
        where = "h1, .article" if name == "piege.html" else 'tr:has(a[href="./piege.html"]) th'
        shown = " ".join(page.eval_on_selector_all(where, "els => els.map(e => e.innerText)"))
        assert TEMPLATE in shown and "49" not in shown
        assert SCRIPT in shown
        if name == "piege.html":
            assert IMG in shown
            page.screenshot(path=str(artifact("hostile.png")), full_page=True)
        page.close()


def test_without_chromium_the_tests_skip_or_fail_when_required(monkeypatch, tmp_path):
    import browser as helper

    monkeypatch.setattr(helper, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.delenv("QUOTES_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-chromium is not installed"):
        helper.require_browser()
    monkeypatch.setenv("QUOTES_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="QUOTES_REQUIRE_BROWSER=1 but"):
        helper.require_browser()
