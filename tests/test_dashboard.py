"""The dashboard of an audit database, and the article reports it links to, written on demand.

The database is filled in this process with real analyses (spaCy) of generated articles
spread over three months, three sections and three authors, a hostile article (its
title, author, section and id try to inject markup and templates) and two failures.
Figures on the page are checked against the database's rows, counted another way; the
page is opened in headless Chromium.
"""

from __future__ import annotations

import datetime
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from archives import AUTHORS, SECTIONS, french_article
from browser import artifact, launch, open_page
from conftest import ROOT
from test_report import HOSTILE, IMG, SCRIPT, TEMPLATE, Page

from quotes import dashboard
from quotes.auditdb import AuditDatabase, analysis_rows, failure_rows, open_for_reading
from quotes.auditreports import report_stem, write_reports_from_db
from quotes.export import to_json
from quotes.i18n import language

ARTICLES = 9
HOSTILE_ID = f"<b>piège</b>{SCRIPT}"
WHEN = datetime.datetime(2024, 1, 1, 12, 0)


@pytest.fixture(scope="module")
def audit_db(tmp_path_factory: pytest.TempPathFactory, analyze_text) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("dashboard") / "audit.sqlite"
    db = AuditDatabase(path)
    run = db.start_run(sources=["archive"], workers="test", parser="spacy")
    rows = []
    for n in range(ARTICLES):
        text = french_article(n)[1]
        analysis = analyze_text(text, f"a{n}.txt")
        article = replace(analysis.article, date=f"2024-{n % 3 + 1:02d}-1{n}", author=AUTHORS[n % 3])
        rows.append(_rows(replace(analysis, article=article), f"archive/a{n}.txt", SECTIONS[n % 3]))
    hostile = analyze_text(HOSTILE, "piege.txt")
    article = replace(hostile.article, title=f"Titre {SCRIPT} {IMG}", author=IMG, date="2024-02-29")
    rows.append(_rows(replace(hostile, article=article), HOSTILE_ID, TEMPLATE))
    undated = analyze_text(french_article(20)[1], "undated.txt")
    rows.append(_rows(undated, "archive/undated.txt", None))
    for n, reason in enumerate(("this reads as English, not French", "the row's text is empty", "x")):
        rows.append(
            failure_rows(
                article_id=f"bad-{n}",
                error=f"bad-{n}: {reason}",
                location="x",
                content_hash="h",
                metadata={},
                name="x",
            )
        )
    db.write(rows, run=run)
    db.close()
    return path


def _rows(analysis: Any, article_id: str, section: str | None) -> Any:
    return analysis_rows(
        to_json(analysis),
        article_id=article_id,
        location=article_id,
        content_hash="h",
        section=section,
        text=analysis.article.text,
    )


def page_of(path: Path, lang: str = "fr", output: Path | None = None) -> dashboard.DashboardPage:
    db = open_for_reading(path)
    try:
        page, _ = dashboard.dashboard_page(db, lang=lang, output=output, generated=WHEN)
    finally:
        db.close()
    return page


def section(page: dashboard.DashboardPage, anchor: str) -> dashboard.Section:
    return next(s for s in page.sections if s.anchor == anchor)


def quotations(path: Path, where: str = "1") -> dict[str, int]:
    """Quotations in quote marks of analyzed articles by band, counted from the quotations table."""
    db = sqlite3.connect(path)
    rows = db.execute(
        "SELECT band, COUNT(*) FROM quotations JOIN articles ON articles.id = quotations.article_id "
        f"WHERE articles.status = 'analyzed' AND kind IN ('direct', 'partial') AND {where} GROUP BY band"
    )
    return dict(rows)


def test_the_headline_shares_are_of_all_quotations(audit_db):
    page = page_of(audit_db)
    counts = quotations(audit_db)
    total = sum(counts.values())
    figures = {f.label: f.value for f in page.figures}
    assert figures["articles analysés"] == str(ARTICLES + 2)
    assert figures["citations entre guillemets"] == str(total)
    share = counts.get("anonymous", 0) / total
    assert figures["des citations viennent de sources anonymes"] == language("fr").percent(share)
    assert figures["des citations viennent de sources anonymes"] == f"{round(100 * share)}\u00a0%"
    assert figures["articles non analysés"] == "3"
    assert "de janvier 2024 à mars 2024" in page.intro


def test_months_come_in_order_and_undated_articles_last(audit_db):
    table = section(page_of(audit_db), "month").table
    assert table is not None
    assert [row[0].text for row in table.rows] == ["janvier 2024", "février 2024", "mars 2024", "(sans date)"]
    february = quotations(audit_db, "articles.month = '2024-02'")
    assert table.rows[1][2].value == str(sum(february.values()))
    anonymous = february.get("anonymous", 0) / sum(february.values())
    assert table.rows[1][3].value == f"{anonymous:.4f}"


def test_sections_and_authors_are_charted_most_quoted_first(audit_db):
    page = page_of(audit_db)
    for anchor in ("month", "section", "author"):
        part = section(page, anchor)
        assert len(part.charts) == 2 and all(chart.rects and not chart.empty for chart in part.charts)
    sections = section(page, "section")
    assert sections.table is not None
    quoted = [int(row[2].value) for row in sections.table.rows]
    assert quoted == sorted(quoted, reverse=True)
    assert {row[0].text for row in sections.table.rows} == {*SECTIONS, TEMPLATE, "(sans rubrique)"}


def test_the_checks_table_counts_each_check_once_per_finding(audit_db):
    table = section(page_of(audit_db), "checks").table
    assert table is not None
    db = sqlite3.connect(audit_db)
    counts = dict(db.execute("SELECT check_name, COUNT(*) FROM checks GROUP BY check_name"))
    assert {row[0].value: int(row[2].value) for row in table.rows} == counts
    articles = [int(row[3].value) for row in table.rows]
    assert articles == sorted(articles, reverse=True)


def test_the_articles_leaning_most_on_anonymous_sources_come_first_and_link_to_their_report(audit_db):
    db = open_for_reading(audit_db)
    page, listed = dashboard.dashboard_page(db, top=4)
    db.close()
    table = section(page, "leaning").table
    assert table is not None and len(table.rows) == len(listed) == 4
    shares = [float(row[6].value) for row in table.rows]
    assert shares == sorted(shares, reverse=True)
    for row, item in zip(table.rows, listed, strict=True):
        assert row[0].href == f"reports/{report_stem(item.id)}.html"
        assert int(row[4].value) >= dashboard.MIN_QUOTES
    assert "quotes dashboard --db audit.sqlite -o DIR --reports" in (table.note or "")


def test_in_english(audit_db):
    page = page_of(audit_db, lang="en")
    html = dashboard.render_dashboard(page)
    assert '<html lang="en">' in html and "Sourcing audit" in html and "By month" in html
    assert "January 2024" in html and "Anonymity not explained" in html


def test_an_empty_database_says_so(tmp_path):
    AuditDatabase(tmp_path / "empty.sqlite").close()
    page = page_of(tmp_path / "empty.sqlite")
    assert page.empty == "La base ne contient encore aucun article analysé." and page.sections == ()
    assert "aucun article" in dashboard.render_dashboard(page)


def test_the_page_escapes_what_comes_from_the_articles(audit_db):
    html = dashboard.render_dashboard(page_of(audit_db))
    page = Page(html)
    assert SCRIPT not in html and "<img" not in html and "<b>" not in html
    assert f"Titre {SCRIPT} {IMG}" in page.text and TEMPLATE in page.text and "49" not in page.text
    assert len(page.all("script")) == 1 and "alert" not in "".join(page.raw_text["script"])
    assert not [a for _, a in page.elements if any(k.startswith("on") for k in a)]


def test_reports_are_written_on_demand_where_the_dashboard_links(audit_db, tmp_path, spacy_choice, capsys):
    out = tmp_path / "dashboard"
    written = dashboard.write_dashboard(audit_db, out, top=3)
    first = written.listed[0]
    missing = Page((out / "index.html").read_text(encoding="utf-8"))
    assert "pas encore écrit" in missing.text
    failures = write_reports_from_db(
        audit_db, [first.id, "nowhere", "bad-0"], out / "reports", choice=spacy_choice, cache=None
    )
    assert failures == 2
    err = capsys.readouterr().err
    assert (
        "quotes: nowhere: not in" in err
        and "quotes: bad-0: the audit could not analyze it (bad-0: this reads" in err
    )
    report = out / "reports" / f"{first.stem}.html"
    assert report.is_file() and (out / "reports" / "index.html").is_file()
    db = sqlite3.connect(audit_db)
    count = db.execute(
        "SELECT COUNT(*) FROM quotations WHERE article_id = ? AND kind != 'scare'", (first.id,)
    )
    assert Page(report.read_text(encoding="utf-8")).all("mark", **{"data-quote": "1"})
    assert count.fetchone()[0] >= 1
    page = Page(dashboard.write_dashboard(audit_db, out, top=3).page.read_text(encoding="utf-8"))
    links = [a["href"] for a in page.all("a")]
    assert links.count(f"reports/{first.stem}.html") == 2  # the title and the « rapport » link


def test_reports_written_one_at_a_time_link_to_each_other(audit_db, tmp_path, spacy_choice):
    out = tmp_path / "dashboard"
    first, second = dashboard.write_dashboard(audit_db, out, top=3).listed[:2]
    reports = out / "reports"
    for item in (first, second):
        assert write_reports_from_db(audit_db, [item.id], reports, choice=spacy_choice, cache=None) == 0

    def links(stem: str) -> dict[str, str]:
        page = Page((reports / f"{stem}.html").read_text(encoding="utf-8"))
        return {a["rel"]: a["href"] for a in page.all("a") if a.get("rel")}

    index = Page((reports / "index.html").read_text(encoding="utf-8"))
    assert [a["href"] for a in index.all("a") if a["href"].endswith(".html")] == [
        f"./{first.stem}.html",
        f"./{second.stem}.html",
    ]
    assert links(first.stem) == {"index": "./index.html", "next": f"./{second.stem}.html"}
    assert links(second.stem) == {"index": "./index.html", "prev": f"./{first.stem}.html"}


def test_the_command_writes_the_dashboard(audit_db, tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "quotes",
            "dashboard",
            "--db",
            str(audit_db),
            "-o",
            str(tmp_path / "d"),
            "--lang",
            "en",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"dashboard: {tmp_path / 'd' / 'index.html'}"
    missing = subprocess.run(
        [sys.executable, "-m", "quotes", "dashboard", "--db", str(tmp_path / "none.sqlite")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 2
    assert missing.stderr.strip() == (
        f"quotes: {tmp_path / 'none.sqlite'}: does not exist "
        f"(make it with quotes audit SOURCE... --db {tmp_path / 'none.sqlite'})"
    )


def test_report_file_names_are_safe_readable_and_one_per_id():
    stem = report_stem("archive/2024/03/grève.html")
    assert stem.startswith("archive-2024-03-grève-") and "/" not in stem
    assert report_stem("https://x.example/a?b=<c>").startswith("x.example-a-b-c-")
    assert report_stem("a b") != report_stem("a/b")
    assert report_stem("../../etc/passwd").startswith("etc-passwd-")
    assert report_stem("") and report_stem("???")


@pytest.mark.browser
def test_the_dashboard_in_chromium(audit_db, tmp_path):
    out = tmp_path / "dashboard"
    dashboard.write_dashboard(audit_db, out)
    with launch() as browser:
        page, log = open_page(browser, out / "index.html")
        # Charts: six inline SVG charts, each with its pieces and a tooltip on each.
        charts = page.eval_on_selector_all(
            "figure.chart svg",
            "svgs => svgs.map(s => [s.querySelectorAll('rect').length, "
            "s.querySelectorAll('rect > title').length])",
        )
        assert len(charts) == 6 and all(rects > 0 and rects == titles for rects, titles in charts)
        assert page.eval_on_selector_all(
            "figure.chart svg", "s => s.every(x => x.getBoundingClientRect().height > 50)"
        )
        # Tables: a click on a header sorts by that column, a second click the other way.
        for table in ("table-month", "table-section", "table-leaning", "table-checks"):
            header = page.locator(f"#{table} thead th:nth-child(3) button")
            header.click()
            values = page.eval_on_selector_all(
                f"#{table} tbody td:nth-child(3)", "cells => cells.map(c => Number(c.dataset.value))"
            )
            assert values == sorted(values), table
            header.click()
            values = page.eval_on_selector_all(
                f"#{table} tbody td:nth-child(3)", "cells => cells.map(c => Number(c.dataset.value))"
            )
            assert values == sorted(values, reverse=True), table
        # Text columns sort too, and the second click reverses the first.
        by_name = page.locator("#table-section thead th:nth-child(1) button")
        read = "cells => cells.map(c => c.dataset.value)"
        by_name.click()
        ascending = page.eval_on_selector_all("#table-section tbody td:nth-child(1)", read)
        by_name.click()
        assert page.eval_on_selector_all("#table-section tbody td:nth-child(1)", read) == ascending[::-1]
        assert ascending.index("Politique") < ascending.index("Société")
        # Nothing fetched, nothing run but our script: the hostile metadata is shown as text.
        page.wait_for_timeout(200)
        assert log.requests == [] and log.console_errors == [] and log.page_errors == [] and log.dialogs == []
        assert page.eval_on_selector_all("img, b, iframe", "els => els.length") == 0
        body = page.inner_text("body")
        assert f"Titre {SCRIPT}" in body and TEMPLATE in body and IMG in body
        page.screenshot(path=str(artifact("dashboard.png")), full_page=True)
        # On paper: the charts and the tables are there, in black and white.
        page.emulate_media(media="print")
        assert page.locator("figure.chart svg").first.is_visible()
        page.pdf(path=str(artifact("dashboard.pdf")))
        page.close()


def test_the_dashboard_page_matches_its_golden_file(tmp_path, analyze_text):
    """The page byte for byte (times and versions scrubbed): ``make update-gold`` after a change, reviewed."""
    from test_golden import check_golden
    from test_report import CONSEIL, MINISTERE

    path = tmp_path / "audit.sqlite"
    db = AuditDatabase(path)
    run = db.start_run(sources=["archive"], workers="test", parser="spacy")
    articles = (
        (CONSEIL, "conseil.txt", "2024-03-02", "Claire Martin", "Ville"),
        (MINISTERE, "ministere.txt", "2024-04-15", "Paul Roux", "Économie"),
    )
    rows = []
    for text, name, date, author, part in articles:
        analysis = analyze_text(text, name)
        analysis = replace(analysis, article=replace(analysis.article, date=date, author=author))
        rows.append(_rows(analysis, f"archive/{name}", part))
    db.write(rows, run=run)
    db.close()
    for lang in ("fr", "en"):
        read = open_for_reading(path)
        page, _ = dashboard.dashboard_page(read, lang=lang, generated=WHEN, database_name="audit.sqlite")
        read.close()
        check_golden(f"dashboard.{lang}.html", dashboard.render_dashboard(page))
