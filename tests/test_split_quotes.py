"""An incise that ends a sentence inside one pair of marks makes two quotations with one speaker."""

from __future__ import annotations

import re

from quotes import report

TEXT = (
    "La séance a été houleuse.\n"
    "« Les comptes ont été certifiés par la chambre régionale, a poursuivi la présidente. "
    "Nous ne céderons pas à l’intimidation. »\n"
)


def test_the_two_halves_are_two_quotations_of_the_same_source(analyze_text):
    analysis = analyze_text(TEXT)
    marked = [q for q in analysis.quotes if q.kind in ("direct", "partial")]
    assert [q.text for q in marked] == [
        "Les comptes ont été certifiés par la chambre régionale",
        "Nous ne céderons pas à l’intimidation.",
    ]
    sources = {analysis.quote_sources[q.id] for q in marked}
    assert len(sources) == 1 and None not in sources
    # Each half is highlighted with its own mark, and the incise between them with neither.
    first, second = (q.extent for q in marked)
    assert first.end <= second.start
    assert TEXT[first.start] == "«" and TEXT[second.end - 1] == "»"


def test_the_report_numbers_both_halves_once(analyze_text):
    page = report.render_article(report.article_page(analyze_text(TEXT), lang="fr"))
    numbers = set(re.findall(r'data-quote="(\d+)"', page))
    assert numbers == {"1", "2"}
