"""Golden files: the article and index pages, byte for byte, for small articles written for the test.

When a change to the report (or to the analysis) changes a page on purpose, look at
the diff this test prints, then accept the new pages with ``make update-gold``
(``QUOTES_UPDATE_GOLD=1``), and review ``git diff tests/golden`` before committing.
The date and time of the run and the versions of the tools are scrubbed.
"""

from __future__ import annotations

import datetime
import difflib
import json
import os
import re
from pathlib import Path

import pytest
from test_report import CONSEIL, MINISTERE

from quotes import report
from quotes.exercise import grade_files, listing, write_exercise
from quotes.export import to_json, to_text

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("QUOTES_UPDATE_GOLD") == "1"

SCRUBS = [
    # When the page was made, as the footer says it in French or in English.
    (re.compile(r"\d{1,2} \w+ \d{4} à \d{1,2}:\d{2}"), "YYYY-MM-DD HH:MM"),
    (re.compile(r"\w+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s[AP]M"), "YYYY-MM-DD HH:MM"),
    (re.compile(r"\(quotes [\w.+-]+\)"), "(quotes VERSION)"),
    (re.compile(r"spacy [\w.+-]+ \(fr_core_news_\w+ [\w.+-]+\)"), "spacy VERSION (fr_core_news_md VERSION)"),
]


def scrub(html: str) -> str:
    """The page without what changes from run to run: the time, the versions."""
    for pattern, replacement in SCRUBS:
        html = pattern.sub(replacement, html)
    return html


def check_golden(name: str, html: str) -> None:
    """Compare with tests/golden/NAME, or write it when QUOTES_UPDATE_GOLD=1."""
    path = GOLDEN / name
    actual = scrub(html)
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make update-gold`, then review and commit it")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), f"golden/{name}", "now", lineterm="", n=1
        )
        lines = list(diff)
        shown = "\n".join(lines[:80]) + (f"\n… {len(lines) - 80} more lines" if len(lines) > 80 else "")
        pytest.fail(
            f"{name} differs from its golden file; if the change is intended, "
            f"run `make update-gold`.\n{shown}"
        )


def test_scrub_removes_times_and_versions():
    html = (
        "Produit par quotes (quotes 0.1.0) le 4 mars 2025 à 17:45 · "
        "Analyse : spacy 3.8.18 (fr_core_news_md 3.8.0) · Made by quotes on March 4, 2025 at 5:45\u202fPM"
    )
    assert scrub(html) == (
        "Produit par quotes (quotes VERSION) le YYYY-MM-DD HH:MM · Analyse : "
        "spacy VERSION (fr_core_news_md VERSION) · Made by quotes on YYYY-MM-DD HH:MM"
    )


def test_article_page_in_french(analyze_text):
    page = report.article_page(analyze_text(CONSEIL, "conseil.txt"), lang="fr")
    check_golden("article_conseil.fr.html", report.render_article(page))


def test_article_page_in_english(analyze_text):
    page = report.article_page(analyze_text(CONSEIL, "conseil.txt"), lang="en")
    check_golden("article_conseil.en.html", report.render_article(page))


def test_article_page_with_a_long_quotation_and_stray_marks(analyze_text):
    page = report.article_page(analyze_text(MINISTERE, "ministere.txt"), lang="fr")
    check_golden("article_ministere.fr.html", report.render_article(page))


def test_index_page(analyze_text):
    rows = [
        (analyze_text(CONSEIL, "conseil.txt"), report.page_href("conseil")),
        (analyze_text(MINISTERE, "ministere.txt"), report.page_href("ministere")),
    ]
    page = report.index_page(
        rows,
        ["vide.txt: the file is empty"],
        lang="fr",
        parser="spacy 3.8.18 (fr_core_news_md 3.8.0)",
    )
    check_golden("index.fr.html", report.render_index(page))


# --- the analysis JSON, the text listing and the exercise files ---------------------------------


def check_golden_json(name: str, analysis_json: dict) -> None:  # type: ignore[type-arg]
    """The analysis JSON is the contract: its values (reasons, check messages…) stay byte for byte."""
    scrubbed = dict(analysis_json, parser={"name": "spacy", "model": "MODEL", "version": "VERSION"})
    check_golden(name, json.dumps(scrubbed, ensure_ascii=False, indent=1) + "\n")


def test_analysis_json(analyze_text):
    check_golden_json("analysis_conseil.json", to_json(analyze_text(CONSEIL, "conseil.txt")))
    check_golden_json("analysis_ministere.json", to_json(analyze_text(MINISTERE, "ministere.txt")))


def test_text_listing(analyze_text):
    check_golden("listing_conseil.txt", to_text(analyze_text(CONSEIL, "conseil.txt")))


# One right, one close (level one away), two wrong: the counts and the score of a real sheet.
SHEET = (
    "numéro;qui parle;niveau;raison donnée;élève\n"
    "1;Claire Martin;0;;Léa\n2;un fonctionnaire de la mairie;4;non;Léa\n3;;;;Léa\n"
)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_exercise_files(analyze_text, tmp_path, lang):
    analysis = analyze_text(CONSEIL, "conseil.txt")
    files = write_exercise(analysis, tmp_path / "ex", lang=lang, generated=datetime.datetime(2026, 1, 1))
    check_golden(f"worksheet_conseil.{lang}.html", files.worksheet.read_text(encoding="utf-8"))
    check_golden(f"key_conseil.{lang}.html", files.key_html.read_text(encoding="utf-8"))
    check_golden(f"answers_conseil.{lang}.csv", files.answers.read_text(encoding="utf-8"))
    sheet = tmp_path / "lea.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    run = grade_files(
        files.key_json, [sheet], tmp_path / "grades", lang=lang, generated=datetime.datetime(2026, 1, 1)
    )
    check_golden(f"feedback_conseil.{lang}.html", run.feedback["Léa"].read_text(encoding="utf-8"))
    check_golden(f"grades_conseil.{lang}.csv", run.grades_csv.read_text(encoding="utf-8"))
    assert run.summary is not None
    check_golden(f"summary_conseil.{lang}.html", run.summary.read_text(encoding="utf-8"))
    check_golden(f"listing_grades.{lang}.txt", listing(run).replace(str(tmp_path), "TMP"))


# --- the verdict on top of an article, its plurals and numbers ---------------------------------

# (quotations, anonymous, unattributed, anonymous sources, of them with a reason, guessed)
VERDICT_CASES = [
    (0, 0, 0, 0, 0, 0),
    (1, 0, 0, 0, 0, 0),
    (1, 1, 0, 1, 0, 0),
    (1, 1, 0, 1, 1, 0),
    (1, 0, 1, 0, 0, 1),
    (2, 0, 0, 0, 0, 0),
    (2, 2, 0, 1, 0, 0),
    (2, 2, 0, 2, 2, 0),
    (17, 11, 1, 6, 0, 0),
    (17, 1, 2, 1, 1, 2),
    (17, 5, 0, 3, 1, 1),
    (17, 5, 0, 4, 2, 0),
    (1234, 1000, 234, 900, 450, 1001),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_verdict_sentence_in_every_case(lang):
    from quotes.i18n import language
    from quotes.report.verdict import Tally, verdict

    tr = language(lang)
    lines = [f"{case}: {verdict(Tally(*case), tr)}" for case in VERDICT_CASES]
    check_golden(f"verdicts.{lang}.txt", "\n".join(lines) + "\n")
