"""An incise that ends a sentence inside one pair of marks (« A, a poursuivi X. B ») leaves one
quotation from mark to mark, incise included, as ``../shared/eval/GUIDELINES.md`` settles it; two
pairs of marks round an incise (« A », a dit X, « B ») stay two quotations of one source."""

from __future__ import annotations

import re

from quotes import report

ONE_PAIR = (
    "La séance a été houleuse.\n"
    "« Les comptes ont été certifiés par la chambre régionale, a poursuivi la présidente. "
    "Nous ne céderons pas à l’intimidation. »\n"
)
TWO_PAIRS = (
    "La séance a été houleuse.\n"
    "« Les comptes ont été certifiés par la chambre régionale », a poursuivi la présidente. "
    "« Nous ne céderons pas à l’intimidation. »\n"
)


def test_one_pair_of_marks_is_one_quotation_with_its_speaker(analyze_text):
    analysis = analyze_text(ONE_PAIR)
    marked = [q for q in analysis.quotes if q.kind in ("direct", "partial")]
    assert [q.text for q in marked] == [
        "Les comptes ont été certifiés par la chambre régionale, a poursuivi la présidente. "
        "Nous ne céderons pas à l’intimidation."
    ]
    quote = marked[0]
    assert quote.speaker is not None and quote.speaker.text == "la présidente"
    # The highlight covers both marks.
    assert ONE_PAIR[quote.extent.start] == "«" and ONE_PAIR[quote.extent.end - 1] == "»"


def test_two_pairs_of_marks_are_two_quotations_of_one_source(analyze_text):
    analysis = analyze_text(TWO_PAIRS)
    marked = [q for q in analysis.quotes if q.kind in ("direct", "partial")]
    assert [q.text for q in marked] == [
        "Les comptes ont été certifiés par la chambre régionale",
        "Nous ne céderons pas à l’intimidation.",
    ]
    sources = {analysis.quote_sources[q.id] for q in marked}
    assert len(sources) == 1 and None not in sources


def test_the_report_numbers_the_quotation_once(analyze_text):
    page = report.render_article(report.article_page(analyze_text(ONE_PAIR), lang="fr"))
    assert set(re.findall(r'data-quote="(\d+)"', page)) == {"1"}
