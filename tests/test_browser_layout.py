"""Every page on a phone and on a laptop, in Chromium: layout, filters, keys, and axe-core (issue 13).

The pages are those a class and a newsroom use: the client's article and two others
reported by ``quotes report``, the index, the exercise's worksheet, key, a student's
feedback and the class summary, and an audit's dashboard with a report it wrote. Each is
opened at 390×844 (a phone, with touch) and 1366×768 (a laptop, or a projector's usual
picture):

- no page scrolls sideways (wide tables scroll in their own box);
- a tapped or clicked quotation's details are inside the window;
- the band and source filters dim the quotations and hide the rows they should, and the
  address brings the same view back;
- axe-core, installed by npm from ``tests/npm`` and injected into the page, finds no WCAG
  2.1 A or AA violation, on the page as it opens and with a filter on and details open.

Skipped, saying why, when Chromium or axe-core is missing, unless QUOTES_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import artifact, axe_violations, launch, open_page
from conftest import ROOT, SEED

from quotes.exercise import grade_files, read_key, write_exercise
from quotes.intake import read_article
from quotes.parsing import ParseCache, choose_parser, default_cache_dir
from quotes.pipeline import analyze

pytestmark = pytest.mark.browser

PHONE = (390, 844)
LAPTOP = (1366, 768)
SIZES = [pytest.param(PHONE, id="phone"), pytest.param(LAPTOP, id="laptop")]
PAGES = [
    "article",
    "urgences",
    "index",
    "worksheet",
    "key",
    "feedback",
    "summary",
    "dashboard",
    "dashboard_report",
]

URGENCES = """Urgences de Valmoret : un service au bord de la rupture

Le service des urgences de l’hôpital de Valmoret est saturé depuis lundi. « On trie les patients \
dans le couloir, faute de lits », a déclaré Marie Lenoir, infirmière et déléguée syndicale.
Selon un médecin du service qui a requis l’anonymat, « la situation n’a jamais été aussi grave ».
« Nous manquons de tout », confie une aide-soignante. Les syndicats dénoncent « une politique \
d’économies aveugle ».
La direction de l’hôpital n’a pas répondu à nos questions.
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every page of a report and of an exercise, as the commands write them."""
    folder = tmp_path_factory.mktemp("site")
    urgences = folder / "urgences.txt"
    urgences.write_text(URGENCES, encoding="utf-8")
    others = sorted((ROOT.parent / "shared" / "eval" / "articles").glob("wikinews_fr_44374.txt"))
    reports = folder / "reports"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "quotes",
            "report",
            str(SEED),
            str(urgences),
            *map(str, others),
            "-o",
            str(reports),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    analysis = analyze(read_article(SEED), choose_parser("spacy"), cache=ParseCache(default_cache_dir()))
    files = write_exercise(analysis, folder / "exercise", generated=datetime.datetime(2026, 1, 1))
    key = read_key(files.key_json)
    rows = ["numéro;qui parle;niveau;raison donnée;élève"]
    for q in key.quotations:
        source = key.source_of(q)
        answer = "un fondateur" if q.number == 5 else source.speaker if source else "personne"
        rows.append(f"{q.number};{answer};{key.level_of(q)[0]};;Léa Martin-Dupont")
    sheet = folder / "lea.csv"
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    run = grade_files(files.key_json, [sheet], folder / "grades", generated=datetime.datetime(2026, 1, 1))
    assert run.summary is not None
    archive = folder / "archive"
    archive.mkdir()
    for path in (SEED, urgences, *others):
        (archive / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    database, board = folder / "audit.sqlite", folder / "dashboard"
    quotes = [sys.executable, "-m", "quotes"]
    audit = [*quotes, "audit", str(archive), "--db", str(database), "--workers", "1"]
    subprocess.run(audit, check=True, capture_output=True, cwd=ROOT)
    dashboard = [*quotes, "dashboard", "--db", str(database), "-o", str(board), "--reports"]
    subprocess.run(dashboard, check=True, capture_output=True, cwd=ROOT)
    board_reports = sorted((board / "reports").glob("*.html"))
    return {
        "article": reports / f"{SEED.stem}.html",
        "urgences": reports / "urgences.html",
        "index": reports / "index.html",
        "worksheet": files.worksheet,
        "key": files.key_html,
        "feedback": run.feedback["Léa Martin-Dupont"],
        "summary": run.summary,
        "dashboard": board / "index.html",
        "dashboard_report": next(p for p in board_reports if p.name != "index.html"),
    }


def expect_clean(log: Any) -> None:
    assert log.console_errors == [] and log.page_errors == [] and log.dialogs == []
    assert log.requests == [], "the page fetched something"


def seed_json(site: dict[str, Path]) -> dict[str, Any]:
    return json.loads(site["article"].with_suffix(".json").read_text(encoding="utf-8"))


# --- layout ------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_no_page_scrolls_sideways(browser, site, name, size):
    width, height = size
    page, log = open_page(browser, site[name], width=width, height=height, touch=size == PHONE)
    overflow = page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          const out = [...document.querySelectorAll("body *")].filter(e => {
            const box = e.getBoundingClientRect();
            return box.width && box.right > width + 1 && !e.closest(".scroll, .tip, svg.defs");
          });
          const shown = out.slice(0, 5).map(e => e.outerHTML.slice(0, 80));
          return {scroll: document.documentElement.scrollWidth, width, out: shown};
        }"""
    )
    assert overflow["scroll"] <= overflow["width"], overflow
    assert overflow["out"] == [], overflow
    page.screenshot(path=str(artifact(f"layout_{name}_{width}.png")), full_page=False)
    expect_clean(log)
    page.close()


@pytest.mark.parametrize("size", SIZES)
def test_a_tapped_quotation_shows_its_details_inside_the_window(browser, site, size):
    width, height = size
    phone = size == PHONE
    page, log = open_page(browser, site["article"], width=width, height=height, touch=phone)
    count = page.locator("mark.q[id]").count()
    for number in sorted({1, count // 2, count}):
        mark = page.locator(f"#quote-{number}")
        mark.scroll_into_view_if_needed()
        if phone:
            mark.tap()
        else:
            mark.click()
        tip = mark.locator(":scope > .tip")
        assert tip.is_visible(), number
        box = tip.bounding_box()
        assert box is not None
        assert box["x"] >= 0 and box["y"] >= 0, (number, box)
        assert box["x"] + box["width"] <= width and box["y"] + box["height"] <= height, (number, box)
    page.screenshot(path=str(artifact(f"tapped_{width}.png")))
    expect_clean(log)
    page.close()


@pytest.mark.parametrize("size", SIZES)
def test_labels_and_links_are_at_least_fourteen_pixels(browser, site, size):
    width, height = size
    for name in ("article", "index", "key", "feedback", "summary", "worksheet", "dashboard"):
        page, _ = open_page(browser, site[name], width=width, height=height)
        small = page.evaluate(
            """() => [...document.querySelectorAll(
                "a, label, button, .tag, .n, th, td, .kind, .role, .band-name, footer")]
              .filter(e => e.getClientRects().length && parseFloat(getComputedStyle(e).fontSize) < 14)
              .slice(0, 5).map(e => `${e.tagName}.${e.className} ${getComputedStyle(e).fontSize}`)"""
        )
        assert small == [], (name, small)
        page.close()


def test_a_jump_to_a_quotation_shows_its_label(browser, site):
    page, _ = open_page(browser, site["article"].resolve().as_uri() + "#quote-9", width=1366, height=768)
    top = page.evaluate("document.querySelector('#quote-9 > .tag').getBoundingClientRect().top")
    assert top >= 0
    page.close()


# --- filters -------------------------------------------------------------------------------------


def state(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => ({
          marks: [...document.querySelectorAll("mark.q")].map(m => ({
            band: m.dataset.band, source: m.dataset.source, dimmed: m.classList.contains("dimmed"),
            background: getComputedStyle(m).backgroundColor, border: getComputedStyle(m).borderBottomColor})),
          rows: [...document.querySelectorAll("tr[data-band]")].map(r => ({
            band: r.dataset.band, source: r.dataset.source, hidden: r.hidden})),
          picked: [...document.querySelectorAll(".mention.picked")].map(m => m.dataset.source),
        })"""
    )


@pytest.mark.parametrize("size", SIZES)
def test_the_band_filter_dims_the_other_bands_and_hides_their_rows(browser, site, size):
    width, height = size
    page, log = open_page(browser, site["article"], width=width, height=height, touch=size == PHONE)
    page.select_option("#band-filter", "anonymous")
    now = state(page)
    others = [m for m in now["marks"] if m["band"] != "anonymous"]
    kept = [m for m in now["marks"] if m["band"] == "anonymous"]
    assert others and kept
    # Dimmed for real: no background, no line (the band's colour once won over the dimming).
    assert all(m["dimmed"] and m["background"] == "rgba(0, 0, 0, 0)" for m in others)
    assert all(m["border"] == "rgba(0, 0, 0, 0)" for m in others)
    assert not any(m["dimmed"] for m in kept)
    assert any(m["background"] != "rgba(0, 0, 0, 0)" for m in kept)
    assert all(r["hidden"] == (r["band"] != "anonymous") for r in now["rows"])
    assert page.url.endswith("?band=anonymous")
    page.select_option("#band-filter", "")
    assert not any(m["dimmed"] for m in state(page)["marks"])
    expect_clean(log)
    page.close()


def test_the_source_filter_shows_one_source_and_its_mentions(browser, site):
    data = seed_json(site)
    number, source = next((i, s) for i, s in enumerate(data["sources"], start=1) if len(s["quotes"]) >= 2)
    page, log = open_page(browser, site["article"], width=1366, height=768)
    page.click(f'button.pick[data-source="{number}"]')
    now = state(page)
    assert {m["source"] for m in now["marks"] if not m["dimmed"]} == {str(number)}
    assert sum(1 for m in now["marks"] if not m["dimmed"]) >= len(source["quotes"])
    assert [r["source"] for r in now["rows"] if not r["hidden"]] == [str(number)] * (
        1 + len(source["quotes"])
    )
    assert set(now["picked"]) == {str(number)} and len(now["picked"]) >= 1
    assert page.url.endswith(f"?source={number}")
    assert page.input_value("#source-filter") == str(number)
    # Clicking the same source again shows everything.
    page.click(f'button.pick[data-source="{number}"]')
    assert not any(m["dimmed"] for m in state(page)["marks"])
    expect_clean(log)
    page.close()


@pytest.mark.parametrize("size", SIZES)
def test_the_address_restores_a_filtered_view(browser, site, size):
    data = seed_json(site)
    number = next(i for i, s in enumerate(data["sources"], start=1) if 3 <= s["level"] <= 6)
    width, height = size
    address = site["article"].resolve().as_uri() + f"?band=anonymous&source={number}"
    page, log = open_page(browser, address, width=width, height=height, touch=size == PHONE)
    assert page.input_value("#band-filter") == "anonymous"
    assert page.input_value("#source-filter") == str(number)
    now = state(page)
    assert {m["source"] for m in now["marks"] if not m["dimmed"]} == {str(number)}
    assert all(r["hidden"] == (r["source"] != str(number)) for r in now["rows"])
    # A view that names nothing real is no view: everything shows.
    page.goto(site["article"].resolve().as_uri() + "?band=nonsense&source=999")
    assert not any(m["dimmed"] for m in state(page)["marks"])
    expect_clean(log)
    page.close()


def test_a_link_to_a_filtered_row_shows_everything_and_lands(browser, site):
    page, log = open_page(browser, site["article"], width=1366, height=768)
    page.select_option("#band-filter", "unattributed")
    link = page.locator('section[aria-labelledby="checks"] a[href^="#source-"]').first
    target = link.get_attribute("href")
    assert page.locator(f"tr{target}").is_hidden()
    link.click()
    assert page.locator(f"tr{target}").is_visible()
    assert page.input_value("#band-filter") == ""
    expect_clean(log)
    page.close()


# --- keys, sorting, search ----------------------------------------------------------------------


def test_n_and_p_go_from_quotation_to_quotation(browser, site):
    page, log = open_page(browser, site["article"], width=1366, height=768)
    focused = []
    for key in ("n", "n", "n", "p"):
        page.keyboard.press(key)
        focused.append(page.evaluate("document.activeElement.dataset.quote"))
    assert focused == ["1", "2", "3", "2"]
    assert page.locator("#quote-2 > .tip").is_visible()
    flagged = page.eval_on_selector_all("mark.q.flagged[id]", "els => els.map(e => e.dataset.quote)")
    page.keyboard.press("Shift+N")
    assert page.evaluate("document.activeElement.dataset.quote") == next(n for n in flagged if int(n) > 2)
    # With a filter on, n skips what it dims; with the keys turned off, n does nothing.
    page.select_option("#band-filter", "identified")
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.dataset.band") == "identified"
    page.uncheck("#keys")
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.tagName") != "MARK"
    expect_clean(log)
    page.close()


def test_the_sources_and_quotations_tables_sort(browser, site):
    page, log = open_page(browser, site["article"], width=1366, height=768)
    page.click("table.sources thead th:nth-child(3) button")
    levels = page.eval_on_selector_all(
        "table.sources tbody tr td:nth-of-type(2)", "cs => cs.map(c => +c.dataset.value)"
    )
    assert levels == sorted(levels)
    page.click("table.sources thead th:nth-child(3) button")
    levels = page.eval_on_selector_all(
        "table.sources tbody tr td:nth-of-type(2)", "cs => cs.map(c => +c.dataset.value)"
    )
    assert levels == sorted(levels, reverse=True)
    page.click("table.quote-list thead th:nth-child(1) button")
    page.click("table.quote-list thead th:nth-child(1) button")
    numbers = page.eval_on_selector_all(
        "table.quote-list tbody tr:not(.group) th", "cs => cs.map(c => +c.dataset.value)"
    )
    assert numbers == sorted(numbers, reverse=True)
    expect_clean(log)
    page.close()


def test_the_index_search_box_keeps_its_query_in_the_address(browser, site):
    page, log = open_page(browser, site["index"], width=390, height=844, touch=True)
    rows = page.locator("table#articles tbody tr")
    total = rows.count()
    page.fill("#search", "valmoret")
    visible = [r for r in range(total) if rows.nth(r).is_visible()]
    assert len(visible) == 1 and "Valmoret" in rows.nth(visible[0]).inner_text()
    assert page.url.endswith("?q=valmoret")
    page.reload()
    assert page.input_value("#search") == "valmoret"
    assert sum(rows.nth(r).is_visible() for r in range(total)) == 1
    page.fill("#search", "zzz")
    assert page.locator("#search-status").inner_text() == "Aucun article ne correspond."
    assert page.locator("a[href='./sources.csv']").is_visible()
    expect_clean(log)
    page.close()


# --- print ---------------------------------------------------------------------------------------


def test_on_paper_every_kind_has_its_own_line(browser, site):
    page, log = open_page(browser, site["article"], width=794, height=1123)
    page.emulate_media(media="print")
    styles = page.evaluate(
        """() => {
          const seen = {};
          for (const m of document.querySelectorAll("mark.q")) {
            const kind = m.dataset.band + (m.classList.contains("indirect") ? " indirect" : " marked");
            const s = getComputedStyle(m);
            seen[kind] = [s.borderBottomStyle, s.borderBottomWidth, s.fontStyle, s.backgroundColor].join(" ");
          }
          const row = getComputedStyle(document.querySelector("table.sources tbody tr")).breakInside;
          return {seen, row};
        }"""
    )
    looks = list(styles["seen"].values())
    assert len(set(looks)) == len(looks), styles  # in black and white, no two kinds look alike
    assert all("rgba(0, 0, 0, 0)" in look for look in looks)
    assert styles["row"] != "avoid"  # long rows may split across pages
    expect_clean(log)
    page.close()


# --- axe-core --------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_wcag_a_or_aa_violation(browser, site, name, size):
    width, height = size
    page, log = open_page(
        browser, site[name], width=width, height=height, touch=size == PHONE, bypass_csp=True
    )
    assert axe_violations(page) == []
    if name == "article":
        # And with a filter on and a quotation's details open.
        page.select_option("#band-filter", "anonymous")
        page.locator("mark.q:not(.dimmed)").first.focus()
        assert axe_violations(page) == []
    expect_clean(log)
    page.close()
