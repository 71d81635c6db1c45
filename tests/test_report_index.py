"""quotes report keeps its index: a run into a folder of reports adds to index.html and sources.csv.

The reports an earlier run left (``<name>.json`` beside ``<name>.html``) stay listed; an
article reported again replaces its own row instead of adding a second one.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import pytest
from test_report import CONSEIL, HOSTILE, MINISTERE, Page, run_reports, write_articles

from quotes import report
from quotes.i18n import language

WHEN = datetime.datetime(2024, 1, 1, 12, 0)


@pytest.fixture(scope="module")
def conseil(analyze_text):  # type: ignore[no-untyped-def]
    return analyze_text(CONSEIL, "conseil.txt")


@pytest.fixture(scope="module")
def ministere(analyze_text):  # type: ignore[no-untyped-def]
    return analyze_text(MINISTERE, "ministere.txt")


def index_links(out: Path) -> list[str]:
    return [a["href"] for a in Page((out / "index.html").read_text(encoding="utf-8")).all("a")]


def csv_articles(out: Path) -> list[str]:
    rows = csv.DictReader(io.StringIO((out / "sources.csv").read_text(encoding="utf-8-sig")))
    return [row["article"] for row in rows]


def test_a_second_run_adds_to_the_index_and_the_csv(tmp_path, spacy_choice):
    out = tmp_path / "out"
    run_reports(write_articles(tmp_path / "a", {"conseil.txt": CONSEIL}), out, spacy_choice)
    first_csv = csv_articles(out)
    run_reports(write_articles(tmp_path / "b", {"ministere.txt": MINISTERE}), out, spacy_choice)
    assert index_links(out) == ["./conseil.html", "./ministere.html"]
    assert sorted(set(csv_articles(out))) == ["conseil.txt", "ministere.txt"]
    assert csv_articles(out)[: len(first_csv)] == first_csv
    page = Page((out / "index.html").read_text(encoding="utf-8"))
    ministere = json.loads((out / "ministere.json").read_text(encoding="utf-8"))
    conseil = json.loads((out / "conseil.json").read_text(encoding="utf-8"))
    total = ministere["audit"]["quotations"] + conseil["audit"]["quotations"]
    assert language("fr").gettext("All articles") in page.text and str(total) in page.text


def test_an_article_reported_again_replaces_its_row(tmp_path, spacy_choice):
    out = tmp_path / "out"
    folder = tmp_path / "a"
    run_reports(
        write_articles(folder, {"conseil.txt": CONSEIL, "ministere.txt": MINISTERE}), out, spacy_choice
    )
    before = csv_articles(out).count("ministere.txt")
    run_reports(write_articles(folder, {"ministere.txt": MINISTERE}), out, spacy_choice)
    assert index_links(out) == ["./conseil.html", "./ministere.html"]
    assert csv_articles(out).count("ministere.txt") == before


def test_only_reports_count_as_earlier_reports(tmp_path, spacy_choice):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.json").write_text('{"schema": "something else"}', encoding="utf-8")
    (out / "notes.html").write_text("<p>notes</p>", encoding="utf-8")
    (out / "broken.json").write_text("{not json", encoding="utf-8")
    (out / "broken.html").write_text("<p>x</p>", encoding="utf-8")
    run_reports(write_articles(tmp_path / "a", {"hostile.txt": HOSTILE}), out, spacy_choice)
    (out / "hostile.html").unlink()  # a report whose page is gone is no longer listed
    run_reports(write_articles(tmp_path / "b", {"conseil.txt": CONSEIL}), out, spacy_choice)
    assert index_links(out) == ["./conseil.html"]


def test_the_index_reads_the_same_from_the_json_of_an_earlier_run(conseil, ministere):
    from quotes.export import to_json

    now = report.index_page([(conseil, "./a.html"), (ministere, "./b.html")], [], parser="p", generated=WHEN)
    later = report.index_page(
        [(to_json(conseil), "./a.html"), (to_json(ministere), "./b.html")], [], parser="p", generated=WHEN
    )
    assert report.render_index(now) == report.render_index(later)
    assert report.sources_csv([conseil, ministere]) == report.sources_csv(
        [to_json(conseil), to_json(ministere)]
    )
