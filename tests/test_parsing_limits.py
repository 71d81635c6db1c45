"""Long and odd inputs through the parser adapters: pieces the parser handles in linear time,
offsets that stay exact.

A paragraph of a million characters, a line spaCy would refuse (its E088, over a million
characters), 50,000 « glued together: each goes to spaCy in pieces, and every word still
points at its characters in the article.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

import pytest
from conftest import SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.model import ParsedDoc
from quotes.parsing import spacy_parser
from quotes.parsing.build import PIECE_CHARS, RawWord, cut_for_parser, problems
from quotes.parsing.spacy_parser import LONG_RUN, _subtree_sizes

LONG_PARAGRAPH = " ".join(SEED.read_text(encoding="utf-8").split("\n")).strip()


def assert_exact(doc: ParsedDoc) -> None:
    """Every word is the article's text at its offsets, and nothing but spaces is left unread."""
    assert problems(doc) == []
    covered = bytearray(len(doc.text))
    for word in doc.words:
        assert word.text == doc.text[word.start : word.end]
        covered[word.start : word.end] = b"\x01" * (word.end - word.start)
    assert all(seen or ch.isspace() for ch, seen in zip(doc.text, covered, strict=True))


# --- cutting a paragraph -------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab É.!?« »\u0301 \u00a0-"), max_size=600),
    st.integers(min_value=8, max_value=120),
)
def test_the_pieces_of_a_paragraph_are_the_whole_of_it_and_none_is_too_long(text: str, limit: int) -> None:
    pieces = cut_for_parser(text, limit=limit)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in itertools.pairwise(pieces))
    assert all(0 < end - start <= limit for start, end in pieces) or text == ""


def test_a_long_paragraph_is_cut_after_its_sentences() -> None:
    paragraph = " ".join([LONG_PARAGRAPH] * 3)
    pieces = cut_for_parser(paragraph)
    assert len(pieces) >= len(paragraph) // PIECE_CHARS
    for _, end in pieces[:-1]:
        before = paragraph[:end].rstrip()
        assert re.search(r"[.!?…][»”\"’)\]]*$", before), before[-60:]
        assert paragraph[end].isupper() or paragraph[end] in '«“"([—–-' or paragraph[end].isdigit()


def test_a_paragraph_within_the_limit_is_one_piece() -> None:
    assert cut_for_parser(LONG_PARAGRAPH[:PIECE_CHARS]) == [(0, PIECE_CHARS)]


# --- through spaCy -------------------------------------------------------------------------


def test_a_long_paragraph_is_parsed_in_pieces_with_exact_offsets(parse_text: Callable[[str], Any]) -> None:
    text = "Titre\n" + " ".join([LONG_PARAGRAPH] * 3) + "\n"
    doc = parse_text(text)
    assert_exact(doc)
    assert len(doc.paragraphs) == 2
    assert {s.paragraph for s in doc.sentences} == {0, 1}
    # Each piece starts a sentence, as it would have in the whole paragraph.
    paragraph = doc.paragraphs[1].span
    cuts = [paragraph.start + start for start, _ in cut_for_parser(paragraph.text_in(text))]
    assert len(cuts) >= 3
    assert set(cuts) <= {s.span.start for s in doc.sentences}


def test_a_run_of_glued_quote_marks_goes_to_spacy_in_short_chunks(
    parse_text: Callable[[str], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # spaCy's tokenizer takes time in the square of a run with no space: 50,000 « took minutes.
    nlp = spacy_parser.load(spacy_parser.parser_info().model.split()[0])
    shown: list[str] = []
    make_doc = nlp.make_doc
    monkeypatch.setattr(nlp, "make_doc", lambda text: shown.append(text) or make_doc(text))
    text = "Le ministre a parlé hier soir.\nIl a dit « " + "«" * 3_000 + "a" * 700 + " » puis il est parti.\n"
    doc = parse_text(text)
    assert_exact(doc)
    assert max(len(run) for piece in shown for run in piece.split()) <= LONG_RUN
    assert sum(w.text == "«" for w in doc.words) == 3_001


def test_a_line_over_a_million_characters_is_parsed(parse_text: Callable[[str], Any]) -> None:
    # spaCy refuses a text over nlp.max_length (E088); the pieces are far under it.
    text = "Le ministre a parlé hier soir. " + "a" * 1_000_000 + "\n"
    doc = parse_text(text)
    assert_exact(doc)


def test_a_piece_with_no_letter_is_only_tokenized(parse_text: Callable[[str], Any]) -> None:
    text = "Le ministre a parlé.\n" + "« » — 12 " * 2_000 + "\n"
    doc = parse_text(text)
    assert_exact(doc)
    second = [w for w in doc.words if w.start > text.index("\n")]
    assert {w.head for w in second} == {-1}
    assert {w.upos for w in second} == {"PUNCT", "NUM"}


def test_an_audit_batch_parses_long_and_letterless_paragraphs_as_one_article_does(
    parse_text: Callable[[str], Any], spacy_choice: Any
) -> None:
    # quotes audit parses several articles in one nlp.pipe (parsing.parse_many): the same
    # pieces as each article alone, so that its rows are those of quotes report.
    from quotes.parsing import parse_many

    texts = [
        "Titre\n" + " ".join([LONG_PARAGRAPH] * 2) + "\n",
        "Le ministre a parlé.\n" + "« » — 12 " * 800 + "\n",
        "« Nous ne fermerons pas l’école », a déclaré la maire, Claire Vasseur.\n",
    ]
    batch = parse_many(texts, spacy_choice)
    for text, doc in zip(texts, batch, strict=True):
        assert isinstance(doc, ParsedDoc)
        assert_exact(doc)
        assert doc == parse_text(text)


def test_sentence_starts_set_at_once_follow_the_rules() -> None:
    nlp = spacy_parser.load(spacy_parser.parser_info().model.split()[0])
    doc = nlp.make_doc(LONG_PARAGRAPH)
    spacy_parser.set_sentence_starts(doc)
    expected = [True] + [spacy_parser._boundary(doc, i) for i in range(1, len(doc))]
    assert [t.is_sent_start for t in doc] == expected
    assert expected.count(True) > 20


def test_subtree_sizes_of_a_deep_sentence() -> None:
    # A chain 3,000 words deep (the parser's worst case): each word holds the words after it.
    words = [RawWord("x", "x", "X", "", k - 1, "dep", k, k + 1) for k in range(3_000)]
    assert _subtree_sizes(words) == [3_000 - k for k in range(3_000)]
    # Heads in a loop (no parser should make one) count for themselves only.
    loop = [RawWord("x", "x", "X", "", (k + 1) % 3, "dep", k, k + 1) for k in range(3)]
    assert _subtree_sizes(loop) == [1, 1, 1]
