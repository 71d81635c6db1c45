"""The Stanza adapter on ``stanza.Document`` objects built by hand (Stanza's models are not here).

The documents are made as Stanza's pipeline makes them: tokens with character offsets in
the text it was given, multi-word tokens (*des* → de les, *auxquels* → à lesquels) whose
words have no characters of their own, NER tags on tokens, coreference chains.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

pytest.importorskip("stanza")

from stanza.models.common.doc import Document
from stanza.models.coref.coref_chain import CorefChain, CorefMention

from quotes.model import ParsedDoc, ParserInfo
from quotes.paragraphs import split_paragraphs
from quotes.parsing import ParserChoice, parse, stanza_parser
from quotes.parsing.build import PIECE_CHARS, assemble, problems
from quotes.parsing.stanza_parser import (
    join_paragraphs,
    read_coref,
    read_stanza_doc,
    split_stanza_doc,
    to_article,
    word_span,
)

INFO = ParserInfo("stanza", "fr default (hand-built)", "1.15.0")


@dataclass(frozen=True)
class W:
    """A word: its form, lemma, UPOS, head (1-based word ID, 0 = root) and relation."""

    form: str
    lemma: str
    upos: str
    head: int
    deprel: str
    ner: str = "O"
    said: str | None = None  # the text Stanza gives, when it is not the article's (l' for l’)


@dataclass(frozen=True)
class M:
    """A multi-word token: its form in the text and the words it stands for."""

    form: str
    words: list[W] = field(default_factory=list)
    ner: str = "O"


P1 = "Marie Curie parle des prix auxquels elle tient."
P1_TOKENS = [
    W("Marie", "Marie", "PROPN", 3, "nsubj", "B-PER"),
    W("Curie", "Curie", "PROPN", 1, "flat:name", "E-PER"),
    W("parle", "parler", "VERB", 0, "root"),
    M("des", [W("de", "de", "ADP", 6, "case"), W("les", "le", "DET", 6, "det")]),
    W("prix", "prix", "NOUN", 3, "obl"),
    M("auxquels", [W("à", "à", "ADP", 8, "case"), W("lesquels", "lequel", "PRON", 10, "obl")]),
    W("elle", "il", "PRON", 10, "nsubj"),
    W("tient", "tenir", "VERB", 6, "acl:relcl"),
    W(".", ".", "PUNCT", 3, "punct"),
]
P2 = "Elle l’a dit à Paris, aujourd’hui."
P2_TOKENS = [
    W("Elle", "il", "PRON", 4, "nsubj"),
    W("l’", "le", "PRON", 4, "obj", said="l'"),
    W("a", "avoir", "AUX", 4, "aux:tense"),
    W("dit", "dire", "VERB", 0, "root"),
    W("à", "à", "ADP", 6, "case"),
    W("Paris", "Paris", "PROPN", 4, "obl", "S-LOC"),
    W(",", ",", "PUNCT", 8, "punct"),
    W("aujourd’hui", "aujourd’hui", "ADV", 4, "advmod", said="aujourd'hui"),
    W(".", ".", "PUNCT", 4, "punct"),
]
# The article as read: indented, one newline between the paragraphs, so that its offsets
# differ from those of the text Stanza parses.
ARTICLE = f"  {P1}\n{P2}\n"


def conll_entries(text: str, start: int, tokens: list[W | M], *, first_id: int = 1) -> list[dict]:
    """One sentence as Stanza's CoNLL-U dicts, tokens found in ``text`` from ``start`` on."""
    entries: list[dict] = []
    cursor, ident = start, first_id
    for token in tokens:
        at = text.index(token.form, cursor)
        end = at + len(token.form)
        chars = {"start_char": at, "end_char": end}
        if isinstance(token, M):
            last = ident + len(token.words) - 1
            entries.append({"id": (ident, last), "text": token.form, "ner": token.ner, **chars})
            for word in token.words:
                entries.append(_word_entry(ident, word))
                ident += 1
        else:
            entries.append({**_word_entry(ident, token), "ner": token.ner, **chars})
            ident += 1
        cursor = end
    return entries


def _word_entry(ident: int, word: W) -> dict:
    return {
        "id": ident,
        "text": word.said or word.form,
        "lemma": word.lemma,
        "upos": word.upos,
        "head": word.head,
        "deprel": word.deprel,
    }


def paragraph_docs() -> list[Document]:
    """What ``nlp.bulk_process`` returns for the two paragraphs: one document each."""
    return [
        Document([conll_entries(P1, 0, P1_TOKENS)], text=P1),
        Document([conll_entries(P2, 0, P2_TOKENS)], text=P2),
    ]


def joined_doc() -> Document:
    """What ``nlp(joined)`` returns with the coreference model: one document, chains set."""
    joined, starts = join_paragraphs([P1, P2])
    empty = {"id": (4, 1), "text": "_", "lemma": "_", "upos": "PRON", "head": None, "deprel": None}
    doc = Document(
        [conll_entries(joined, starts[0], P1_TOKENS), conll_entries(joined, starts[1], P2_TOKENS)],
        text=joined,
        empty_sentences=[[], [empty]],
    )
    marie = CorefChain(
        0,
        [
            CorefMention(0, 0, 2),  # Marie Curie
            CorefMention(0, 8, 9),  # elle
            CorefMention(1, (4, 1), (4, 1)),  # a dropped subject: no characters
            CorefMention(1, 0, 1),  # Elle
        ],
        "Marie Curie",
        0,
    )
    prices = CorefChain(
        1, [CorefMention(0, 4, 6), CorefMention(0, 7, 8)], "les prix", 0
    )  # des prix, auxquels
    doc.coref = [marie, prices]
    return doc


def assert_exact(doc: ParsedDoc) -> None:
    """Sound offsets, and the words of the multi-word tokens sharing the token's characters."""
    assert problems(doc) == []
    text = doc.text
    words = [(w.text, text[w.start : w.end]) for w in doc.words]
    assert words == [
        ("Marie", "Marie"),
        ("Curie", "Curie"),
        ("parle", "parle"),
        ("de", "des"),
        ("les", "des"),
        ("prix", "prix"),
        ("à", "auxquels"),
        ("lesquels", "auxquels"),
        ("elle", "elle"),
        ("tient", "tient"),
        (".", "."),
        ("Elle", "Elle"),
        ("l’", "l’"),
        ("a", "a"),
        ("dit", "dit"),
        ("à", "à"),
        ("Paris", "Paris"),
        (",", ","),
        ("aujourd’hui", "aujourd’hui"),
        (".", "."),
    ]
    assert doc.words[3].span == doc.words[4].span
    assert [s.paragraph for s in doc.sentences] == [0, 1]
    assert [s.span.text_in(text) for s in doc.sentences] == [P1, P2]
    elle = doc.words[8]
    assert doc.words[elle.head].text == "tient" and elle.deprel == "nsubj"
    assert doc.words[doc.words[7].head].text == "tient"  # lesquels → tient
    assert doc.words[doc.words[15].head].text == "Paris"  # à → Paris, across the first sentence
    assert [(w.text, w.deprel) for w in doc.words if w.head == -1] == [("parle", "root"), ("dit", "root")]
    assert [(e.label, e.span.text_in(text), e.first, e.last) for e in doc.entities] == [
        ("PER", "Marie Curie", 0, 2),
        ("LOC", "Paris", 16, 17),
    ]


def test_paragraph_documents_assemble_with_exact_article_offsets() -> None:
    paragraphs = split_paragraphs(ARTICLE)
    doc = assemble(ARTICLE, paragraphs, [read_stanza_doc(d) for d in paragraph_docs()], INFO)
    assert_exact(doc)
    assert doc.coref == ()


def test_join_paragraphs_puts_a_blank_line_between_them() -> None:
    joined, starts = join_paragraphs([P1, P2, "Fin."])
    assert joined == f"{P1}\n\n{P2}\n\nFin."
    assert [joined[s : s + 4] for s in starts] == ["Mari", "Elle", "Fin."]


def test_joined_document_splits_back_into_paragraphs_with_its_chains() -> None:
    paragraphs = split_paragraphs(ARTICLE)
    _, starts = join_paragraphs([p.span.text_in(ARTICLE) for p in paragraphs])
    parsed, chains = split_stanza_doc(joined_doc(), starts)
    doc = assemble(ARTICLE, paragraphs, parsed, INFO, coref=to_article(chains, starts, paragraphs))
    assert_exact(doc)
    mentions = [[m.text_in(ARTICLE) for m in chain.mentions] for chain in doc.coref]
    assert mentions == [["Marie Curie", "elle", "Elle"], ["des prix", "auxquels"]]
    assert [chain.representative for chain in doc.coref] == [0, 0]


def test_read_coref_keeps_the_documents_offsets_and_drops_zero_anaphora() -> None:
    joined, starts = join_paragraphs([P1, P2])
    chains = read_coref(joined_doc())
    assert [[m.text_in(joined) for m in chain.mentions] for chain in chains] == [
        ["Marie Curie", "elle", "Elle"],
        ["des prix", "auxquels"],
    ]
    assert chains[0].mentions[2].start == starts[1]


def test_read_coref_moves_the_representative_past_dropped_mentions() -> None:
    doc = joined_doc()
    zero, elle = CorefMention(1, (4, 1), (4, 1)), CorefMention(1, 0, 1)
    doc.coref = [CorefChain(0, [zero, CorefMention(0, 8, 9), elle], "Elle", 2)]
    (chain,) = read_coref(doc)
    assert len(chain.mentions) == 2 and chain.representative == 1


def test_a_chain_left_with_one_mention_is_dropped() -> None:
    doc = joined_doc()
    doc.coref = [CorefChain(0, [CorefMention(1, (4, 1), (4, 1)), CorefMention(1, 0, 1)], "Elle", 1)]
    assert read_coref(doc) == []


def test_a_sentence_over_a_paragraph_break_is_cut() -> None:
    joined, starts = join_paragraphs([P1, P2])
    # One sentence for both paragraphs (as if Stanza had not seen the blank line); the
    # second paragraph's words are numbered on from the first's.
    shifted = [
        W(
            t.form,
            t.lemma,
            t.upos,
            t.head + 11 if t.head else 3,
            t.deprel if t.head else "parataxis",
            t.ner,
            t.said,
        )
        for t in P2_TOKENS
        if isinstance(t, W)
    ]
    sentence = conll_entries(joined, 0, P1_TOKENS) + conll_entries(joined, starts[1], shifted, first_id=12)
    doc = Document([sentence], text=joined)
    assert len(doc.sentences) == 1 and doc.sentences[0].words[14].head == 3  # dit → parle
    parsed, _ = split_stanza_doc(doc, starts)
    paragraphs = split_paragraphs(ARTICLE)
    cut = assemble(ARTICLE, paragraphs, parsed, INFO)
    assert_exact(cut)
    dit = cut.words[14]
    assert (dit.text, dit.head, dit.deprel) == ("dit", -1, "root")


def test_the_words_of_a_multi_word_token_share_its_span_even_when_stanza_splits_it() -> None:
    # Stanza gives the words their own characters when it finds them in the token's text.
    entries = [
        {"id": 1, "text": "Il", "start_char": 0, "end_char": 2},
        {"id": (2, 3), "text": "vas-y", "start_char": 3, "end_char": 8},
        {"id": 2, "text": "vas", "start_char": 3, "end_char": 6},
        {"id": 3, "text": "-y", "start_char": 6, "end_char": 8},
    ]
    doc = Document([entries], text="Il vas-y")
    spans = [word_span(w) for w in doc.sentences[0].words]
    assert spans == [(0, 2), (3, 8), (3, 8)]


class FakePipeline:
    """Stands for ``stanza.Pipeline``: returns the hand-built documents for the texts it is given."""

    def __init__(self, *, coref: bool) -> None:
        self.processors = {"tokenize": None, "mwt": None, "pos": None, "lemma": None, "depparse": None}
        if coref:
            self.processors["coref"] = None
        self.seen: list[object] = []

    def bulk_process(self, pieces: list[str]) -> list[Document]:
        self.seen.append(pieces)
        assert pieces == [P1, P2]
        return paragraph_docs()

    def __call__(self, joined: str) -> Document:
        self.seen.append(joined)
        assert joined == f"{P1}\n\n{P2}"
        return joined_doc()


@pytest.mark.parametrize("coref", [False, True], ids=["bulk", "coref"])
def test_parse_with_stanza_gives_exact_article_offsets(monkeypatch: pytest.MonkeyPatch, coref: bool) -> None:
    pipeline = FakePipeline(coref=coref)
    monkeypatch.setattr(stanza_parser, "_load", lambda: pipeline)
    monkeypatch.setattr(stanza_parser, "parser_info", lambda: INFO)
    doc = parse(ARTICLE, ParserChoice("stanza", INFO, "parser: Stanza (test)"))
    assert len(pipeline.seen) == 1
    assert_exact(doc)
    assert doc.parser == INFO
    assert len(doc.coref) == (2 if coref else 0)


class LongParagraphPipeline(FakePipeline):
    """Stands for Stanza given the pieces of one long paragraph of P1 and P2 over and over."""

    def bulk_process(self, pieces: list[str]) -> list[Document]:
        self.seen.append(pieces)
        docs = []
        for piece in pieces:
            assert len(piece) <= PIECE_CHARS
            if piece == "Titre":
                docs.append(Document([conll_entries(piece, 0, [W("Titre", "titre", "NOUN", 0, "root")])]))
                continue
            sentences, cursor = [], 0
            while piece[cursor:].strip():
                cursor += len(piece[cursor:]) - len(piece[cursor:].lstrip())
                text, tokens = (P1, P1_TOKENS) if piece.startswith(P1, cursor) else (P2, P2_TOKENS)
                assert piece.startswith(text, cursor), piece[cursor : cursor + 40]
                sentences.append(conll_entries(piece, cursor, tokens))
                cursor += len(text)
            docs.append(Document(sentences, text=piece))
        return docs


def test_a_long_paragraph_goes_to_stanza_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = LongParagraphPipeline(coref=False)
    monkeypatch.setattr(stanza_parser, "_load", lambda: pipeline)
    monkeypatch.setattr(stanza_parser, "parser_info", lambda: INFO)
    paragraph = " ".join([P1, P2] * 80)
    article = f"Titre\n{paragraph}\n"
    doc = stanza_parser.parse_paragraphs(article, split_paragraphs(article))
    [pieces] = pipeline.seen
    assert len(pieces) >= 3 and pieces[0] == "Titre" and "".join(pieces[1:]).strip() == paragraph
    assert problems(doc) == []
    assert [s.span.text_in(article) for s in doc.sentences] == ["Titre", *[P1, P2] * 80]
    assert {s.paragraph for s in doc.sentences[1:]} == {1}
