"""The document view's indexes at the edges of the text: no position may crash a rule."""

from __future__ import annotations

from quotes.docview import DocView
from quotes.marks import find_quote_marks


def test_a_quotation_that_ends_the_text_before_a_dash_is_read(analyze_text) -> None:  # type: ignore[no-untyped-def]
    # The dash rule looked for a speaker after the last word of the text: IndexError, and a
    # whole `quotes report` batch lost with it.
    text = "Le ministre a parlé hier.\n« Nous verrons bien » -\n"
    analysis = analyze_text(text)
    quoted = [q for q in analysis.quotes if q.marks is not None]
    assert [q.text for q in quoted] == ["Nous verrons bien"]
    assert quoted[0].cue is None or quoted[0].cue.text != "-"  # nobody after the dash to speak


def test_a_position_past_the_last_word_is_in_no_sentence(parse_text) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a parlé hier.\n« Nous verrons bien » -\n"
    doc = parse_text(text)
    view = DocView(doc, find_quote_marks(text).spans)
    end = len(doc.words)
    assert view.reporter_sentence(end) == (end, end)
    assert view.reporter_sentence(end + 5) == (end, end)
    assert view.reporter_sentence(-1) == (0, 0)
    assert view.reporter_sentence(end - 1) == view.sentences[-1]
