"""The document view's indexes at the edges of the text: no position may crash a rule."""

from __future__ import annotations

from quotes.cues.subjects import _gerund, _gerund_after_comma
from quotes.docview import DocView
from quotes.marks import find_quote_marks
from quotes.paragraphs import split_paragraphs
from quotes.parsing.conllu import parse_paragraphs


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


# « Disant cela, il part en » (a cut-off line): the gerund's « en » is looked for before the verb,
# and there is no word before the first one; it used to read the text's last word instead.
FIRST_WORD_PARTICIPLE = """\
# text = Disant cela, il part en
1	Disant	dire	VERB	_	Tense=Pres|VerbForm=Part	5	advcl	_	_
2	cela	cela	PRON	_	_	1	obj	_	SpaceAfter=No
3	,	,	PUNCT	_	_	1	punct	_	_
4	il	il	PRON	_	Person=3	5	nsubj	_	_
5	part	partir	VERB	_	Mood=Ind|Tense=Pres|VerbForm=Fin	0	root	_	_
6	en	en	ADP	_	_	5	obl	_	_

"""


def test_a_participle_that_opens_the_text_has_no_gerund_en_before_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "Disant cela, il part en\n"
    path = tmp_path / "parse.conllu"
    path.write_text(FIRST_WORD_PARTICIPLE, encoding="utf-8")
    doc = parse_paragraphs(text, split_paragraphs(text), str(path))
    view = DocView(doc, find_quote_marks(text).spans)
    assert view.words[0].text == "Disant" and view.words[-1].text == "en"
    assert not _gerund(view, 0)
    assert not _gerund_after_comma(view, 0)
