"""quotes report keeps its index: a run into a folder of reports adds to index.html and sources.csv.

The reports an earlier run left (``<name>.json`` beside ``<name>.html``) stay listed, in the
language of this run; an article reported again replaces its own row instead of adding a second
one; every page's previous and next links follow the index, earlier pages' too.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest
from test_report import (
    CONSEIL,
    HOSTILE,
    MINISTERE,
    Page,
    article_links,
    run_reports,
    spreadsheet_rows,
    write_articles,
)

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
    return article_links(Page((out / "index.html").read_text(encoding="utf-8")))


def csv_articles(out: Path) -> list[str]:
    """The article column of ``sources.csv`` (« article » in French and in English)."""
    header, *rows = spreadsheet_rows((out / "sources.csv").read_text(encoding="utf-8"))
    return [row[header.index("article")] for row in rows]


def neighbours(out: Path, name: str) -> dict[str, str]:
    """A page's links to the index and to the articles before and after it, by ``rel``."""
    page = Page((out / name).read_text(encoding="utf-8"))
    return {a["rel"]: a["href"] for a in page.all("a") if a.get("rel")}


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
    for lang in ("fr", "en"):
        assert report.sources_csv([conseil, ministere], lang=lang) == report.sources_csv(
            [to_json(conseil), to_json(ministere)], lang=lang
        )


def test_earlier_reports_are_listed_in_the_language_of_this_run(tmp_path, spacy_choice):
    out = tmp_path / "out"
    run_reports(write_articles(tmp_path / "a", {"conseil.txt": CONSEIL}), out, spacy_choice, lang="en")
    run_reports(write_articles(tmp_path / "b", {"ministere.txt": MINISTERE}), out, spacy_choice, lang="fr")
    text = (out / "sources.csv").read_bytes().decode("utf-8")
    earlier = json.loads((out / "conseil.json").read_text(encoding="utf-8"))
    now = json.loads((out / "ministere.json").read_text(encoding="utf-8"))
    assert text == report.sources_csv([earlier, now], lang="fr")
    header, *rows = spreadsheet_rows(text)
    assert text.removeprefix("\ufeff").split("\r\n")[0].count(";") == len(header) - 1
    assert header[:5] == ["article", "titre", "source", "nom", "nature"]
    written_in_english = [dict(zip(header, r, strict=True)) for r in rows if r[0] == "conseil.txt"]
    assert len(written_in_english) == len(earlier["sources"])
    french_kinds = {"personne", "organisation", "groupe", "média", "document"}
    assert {r["nature"] for r in written_in_english} <= french_kinds
    assert all(re.fullmatch(r"\d+,\d", r[header[10]]) for r in written_in_english)  # decimal commas
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    assert index.all("html")[0]["lang"] == "fr" and language("fr").gettext("All articles") in index.text
    # The earlier page itself stays in English, and so do the links this run wrote into it.
    assert Page((out / "conseil.html").read_text(encoding="utf-8")).all("html")[0]["lang"] == "en"
    assert "Next: Un long entretien au ministère" in (out / "conseil.html").read_text(encoding="utf-8")
    assert "Précédent : Le conseil municipal" in (out / "ministere.html").read_text(encoding="utf-8")


def test_previous_and_next_follow_the_index_across_runs(tmp_path, spacy_choice):
    out = tmp_path / "out"
    folder = tmp_path / "in"
    run_reports(write_articles(folder, {"a.txt": CONSEIL, "c.txt": MINISTERE}), out, spacy_choice)
    run_reports(write_articles(folder, {"b.txt": CONSEIL}), out, spacy_choice)
    assert index_links(out) == ["./a.html", "./c.html", "./b.html"]
    assert neighbours(out, "a.html") == {"index": "./index.html", "next": "./c.html"}
    assert neighbours(out, "c.html") == {"index": "./index.html", "prev": "./a.html", "next": "./b.html"}
    assert neighbours(out, "b.html") == {"index": "./index.html", "prev": "./c.html"}
    # a.txt reported again moves to the end of the index, and the links with it.
    run_reports(write_articles(folder, {"a.txt": CONSEIL}), out, spacy_choice)
    assert index_links(out) == ["./b.html", "./c.html", "./a.html"]
    assert neighbours(out, "b.html") == {"index": "./index.html", "next": "./c.html"}
    assert neighbours(out, "c.html") == {"index": "./index.html", "prev": "./b.html", "next": "./a.html"}
    assert neighbours(out, "a.html") == {"index": "./index.html", "prev": "./c.html"}
    for name in ("a.html", "b.html", "c.html"):
        for href in neighbours(out, name).values():
            assert (out / href.removeprefix("./")).is_file()


def test_linking_an_earlier_page_changes_its_links_and_nothing_else(tmp_path, spacy_choice):
    out = tmp_path / "out"
    run_reports(write_articles(tmp_path / "a", {"conseil.txt": CONSEIL}), out, spacy_choice)
    before = (out / "conseil.html").read_text(encoding="utf-8")
    run_reports(write_articles(tmp_path / "b", {"ministere.txt": MINISTERE}), out, spacy_choice)
    after = (out / "conseil.html").read_text(encoding="utf-8")
    added = (
        '<li class="next"><a href="./ministere.html" rel="next">'
        "Suivant : Un long entretien au ministère ›</a></li>"
    )
    assert after == before.replace("</ul>\n</nav>", added + "</ul>\n</nav>", 1) != before
    mtime = (out / "conseil.html").stat().st_mtime_ns
    run_reports(write_articles(tmp_path / "b", {"ministere.txt": MINISTERE}), out, spacy_choice)
    assert (out / "conseil.html").stat().st_mtime_ns == mtime  # links unchanged: not written again


def test_a_page_without_links_is_left_alone(tmp_path, spacy_choice):
    out = tmp_path / "out"
    run_reports(write_articles(tmp_path / "a", {"conseil.txt": CONSEIL}), out, spacy_choice)
    html = (out / "conseil.html").read_text(encoding="utf-8")
    start, end = html.index('<nav class="pager"'), html.index("</nav>\n") + len("</nav>\n")
    older = html[:start] + html[end:]  # a page an older version wrote, with no links to its neighbours
    (out / "conseil.html").write_text(older, encoding="utf-8")
    run_reports(write_articles(tmp_path / "b", {"ministere.txt": MINISTERE}), out, spacy_choice)
    assert (out / "conseil.html").read_text(encoding="utf-8") == older
    assert index_links(out) == ["./conseil.html", "./ministere.html"]
