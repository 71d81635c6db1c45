"""The French parse through spaCy: exact offsets on hard cases, paragraphs as hard boundaries,
and the choice of parser (Stanza, or spaCy with a one-line note, never touching the network)."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
from conftest import SEED

from quotes.errors import ParserUnavailable, QuotesError
from quotes.model import Paragraph, ParsedDoc, ParserInfo, Sentence, Span, Word
from quotes.parsing import choose_parser, parse, stanza_parser
from quotes.parsing.build import RawWord, problems, split_at_paragraphs
from quotes.parsing.spacy_parser import lift_punct_root

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"
DIGIT_GROUP = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?")

# (case, text, words that must each be one word exactly, number of sentences or None)
CASES = [
    ("du au des", "Il parle du projet au directeur des ventes.", ["du", "au", "des"], 1),
    (
        "auxquelles duquel",
        "Les sociétés auxquelles il pense et le livre duquel il parle.",
        ["auxquelles", "duquel"],
        1,
    ),
    ("auxquels", "Ce sont des projets auxquels il tient beaucoup.", ["auxquels"], 1),
    ("a-t-il", "Aussi a-t-il refusé de répondre.", ["refusé"], 1),
    ("question then capital", "Que fait-il ? Rien du tout.", ["Rien"], 2),
    ("curly elisions", "L’homme qu’il a vu aujourd’hui est parti.", ["L’", "qu’", "aujourd’hui"], 1),
    ("straight elisions", "L'homme qu'il a vu aujourd'hui est parti.", ["L'", "qu'", "aujourd'hui"], 1),
    ("lorsqu jusqu", "Jusqu’au bout, lorsqu’il arrive, puisqu’elle part.", ["lorsqu’", "puisqu’"], 1),
    ("NBSP before colon", f"Il a dit{NBSP}: « non ».", [":", "non"], 1),
    (
        "U+202F before ; ! ?",
        f"Vraiment{NNBSP}? Oui{NNBSP}! Alors{NNBSP}; bon{NNBSP}: fini.",
        ["?", "!", ";"],
        3,
    ),
    (
        "NBSP inside guillemets",
        f"Il a dit{NBSP}: «{NBSP}C’est fini{NBSP}!{NBSP}» et il est parti.",
        ["fini", "»"],
        1,
    ),
    ("U+202F inside guillemets", f"«{NNBSP}Non{NNBSP}», répond-elle.", ["«", "Non", "»"], 1),
    ("emoji", "Bravo 🎉 à tous 👏🏽 !", ["Bravo", "tous"], 1),
    ("emoji sequence", "La famille 👨‍👩‍👧 est là 🇫🇷.", ["famille", "là"], 1),
    ("hyphenated first name", "Jean-Pierre Dupont-Aignan a parlé hier.", ["Jean-Pierre", "hier"], 1),
    ("hyphenated place", "Marie-Christine vit à Saint-Étienne depuis 2010.", ["Marie-Christine", "2010"], 1),
    ("narrow space in number", f"Ils ont 2{NNBSP}048 GPU.", [f"2{NNBSP}048", "GPU"], 1),
    ("thin space in number", f"Ils ont 2{THIN}048 GPU.", [f"2{THIN}048"], 1),
    ("NBSP in million", f"Le budget est de 1{NBSP}000{NBSP}000 euros.", [f"1{NBSP}000{NBSP}000", "euros"], 1),
    ("plain space in number", "DeepSeek a utilisé 2 048 Nvidia H800.", ["2 048", "H800"], 1),
    ("decimals after groups", f"Il doit 12{NNBSP}500,50 euros.", [f"12{NNBSP}500,50"], 1),
    ("year then number", "En 2021 300 personnes sont venues.", ["2021", "300"], 1),
    ("percent with NBSP", f"Aux États-Unis, 20{NBSP}% des gens votent.", ["20", "%"], 1),
    ("multiple spaces", "Trop   d’espaces    ici.", ["d’", "ici"], 1),
    ("tabs", "Un\tdeux\t\ttrois mots.", ["deux", "trois"], 1),
    ("zero-width space and BOM", "Un mot\u200bcollé et\ufeffun autre.", ["Un", "autre"], 1),
    ("decomposed accents", "L’e\u0301te\u0301 sera chaud.", ["chaud"], 1),
    ("closing mark then incise", "« C’est fini ! » a-t-il dit.", ["fini", "dit"], 1),
    (
        "quote, cue, next quote",
        "« Nous ne l’avons pas pris au sérieux », a déclaré l’un des partenaires. « Il était ringard. »",
        ["partenaires", "ringard"],
        2,
    ),
    (
        "English quote marks",
        "“Il est purement axé sur la recherche.” Puis il part.",
        ["recherche", "Puis"],
        2,
    ),
    ("straight quote marks", 'Il dit "bonjour." Puis il part.', ["bonjour", "Puis"], 2),
    ("abbreviation", "M. Dupont et Mme Durand sont là.", ["M.", "Dupont"], 1),
    ("ellipsis", "Ils sont tous locaux… Nous devons partir.", ["locaux", "Nous"], 2),
    ("name with hyphen mid-sentence", "Chez High-Flyer, il a bâti une fortune.", ["Chez", "fortune"], 1),
    ("n’ and hyphenated company", "DeepSeek et High-Flyer n’ont pas répondu.", ["n’", "répondu"], 1),
    ("dialogue dash", "— Bonjour, dit-il.", ["Bonjour"], 1),
    ("address and URL", "Écrivez à contact@exemple.fr ou sur https://exemple.fr/a?b=1 !", ["Écrivez"], 1),
    ("no final punctuation", "Reportage supplémentaire de Wenjie Ding à Pékin", ["Pékin"], 1),
    ("two paragraphs, one newline", "Premier paragraphe ici.\nDeuxième paragraphe là.", ["ici", "là"], 2),
    ("blank lines", "Un texte.\n\nDeux textes.\n\n\nTrois textes", ["Un", "Trois"], 3),
    (
        "indented paragraphs",
        f"  {NBSP}Texte indenté ici.  \n\t Suite du texte{NNBSP}!\n",
        ["Texte", "!"],
        2,
    ),
    ("sentence without space after period", "Il est parti.Elle reste.", ["parti", "reste"], None),
]


@pytest.mark.parametrize(("case", "text", "must", "sentences"), CASES, ids=[c[0] for c in CASES])
def test_spacy_offsets_are_exact(parse_text, case, text, must, sentences) -> None:
    doc = parse_text(text)
    assert problems(doc) == []
    for word in doc.words:
        assert word.text == text[word.start : word.end], (case, word)
        # A space belongs in a word only between the digit groups of a number.
        if any(ch.isspace() or ch in "\u200b\ufeff" for ch in word.text):
            assert DIGIT_GROUP.fullmatch(word.text), (case, word)
    for before, after in zip(doc.words, doc.words[1:], strict=False):
        assert before.end <= after.start
    for sentence in doc.sentences:
        assert "\n" not in text[sentence.span.start : sentence.span.end]
        assert any(word.head == -1 for word in doc.words[sentence.first : sentence.last])
    _assert_every_character_is_read(doc)
    for surface in must:
        at = text.index(surface)
        assert any((w.start, w.end) == (at, at + len(surface)) for w in doc.words), (case, surface)
    if sentences is not None:
        assert len(doc.sentences) == sentences, [s.span.text_in(text) for s in doc.sentences]


def _assert_every_character_is_read(doc: ParsedDoc) -> None:
    """Nothing but spaces is left out of the words (no emoji, no joiner, no accent dropped)."""
    covered = [False] * len(doc.text)
    for word in doc.words:
        for k in range(word.start, word.end):
            covered[k] = True
    left = [ch for ch, seen in zip(doc.text, covered, strict=True) if not seen and not ch.isspace()]
    assert all(ch in "\u200b\ufeff" for ch in left), left


def test_the_table_holds_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30


def test_paragraphs_are_the_non_empty_lines(parse_text) -> None:
    text = "Un texte.\n\nDeux textes.\n\n\nTrois textes"
    doc = parse_text(text)
    assert [p.span.text_in(text) for p in doc.paragraphs] == ["Un texte.", "Deux textes.", "Trois textes"]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2]


def test_the_client_article_never_runs_a_sentence_over_a_newline(parse_text) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = parse_text(text)
    assert problems(doc) == []
    assert len(doc.paragraphs) == len([line for line in text.split("\n") if line.strip()])
    for sentence in doc.sentences:
        assert doc.paragraphs[sentence.paragraph].span.contains(sentence.span)
        assert "\n" not in sentence.span.text_in(text)
    # spaCy's own segmentation left quote marks and name halves as sentences of their own.
    for sentence in doc.sentences:
        words = doc.words[sentence.first : sentence.last]
        assert any(w.upos != "PUNCT" for w in words), sentence.span.text_in(text)
    inner_starts = {
        doc.words[s.first].text
        for s in doc.sentences
        if s.span.start != doc.paragraphs[s.paragraph].span.start
    }
    assert not inner_starts & {"”", "»", "-", "-Flyer", "Flyer", "qui"}, inner_starts


def test_sentences_start_after_closing_marks(parse_text) -> None:
    text = "“Il a emmené ses collaborateurs.” “Il est parti.” Puis il rit."
    doc = parse_text(text)
    assert [s.span.text_in(text) for s in doc.sentences] == [
        "“Il a emmené ses collaborateurs.”",
        "“Il est parti.”",
        "Puis il rit.",
    ]


def test_a_sentence_opening_with_a_quote_mark_is_rooted_in_its_clause(parse_text) -> None:
    text = "Il décrit sa fille. « Je suis un homme du peuple. Je viens d’une famille de paysans. »"
    doc = parse_text(text)
    for sentence in doc.sentences:
        roots = [w for w in doc.words[sentence.first : sentence.last] if w.head == -1]
        assert len(roots) == 1 and roots[0].upos != "PUNCT", sentence.span.text_in(text)


def test_lift_punct_root_makes_the_clause_head_the_root() -> None:
    def w(text: str, upos: str, head: int, deprel: str) -> RawWord:
        return RawWord(text, text, upos, "", head, deprel, 0, 0)

    words = [
        w("«", "PUNCT", -1, "root"),
        w("Je", "PRON", 2, "nsubj"),
        w("viens", "VERB", 0, "punct"),
        w(".", "PUNCT", 2, "punct"),
        w("»", "PUNCT", 0, "punct"),
    ]
    lifted = lift_punct_root(words)
    assert [(x.head, x.deprel) for x in lifted] == [
        (2, "punct"),
        (2, "nsubj"),
        (-1, "root"),
        (2, "punct"),
        (2, "punct"),
    ]
    # A sentence already rooted in a word is left as it is.
    assert lift_punct_root(lifted) == lifted


def test_named_entities_cover_their_words(parse_text) -> None:
    text = "Ritwik Gupta, chercheur à l’Université de Californie à Berkeley, a parlé."
    doc = parse_text(text)
    people = [e for e in doc.entities if e.label == "PER"]
    assert [e.span.text_in(text) for e in people] == ["Ritwik Gupta"]
    for entity in doc.entities:
        words = doc.words[entity.first : entity.last]
        assert words[0].start == entity.span.start and words[-1].end == entity.span.end


# --- The checker the tests rely on ----------------------------------------------------------


def _doc(text: str, words: list[Word], sentences: list[Sentence]) -> ParsedDoc:
    return ParsedDoc(
        text=text,
        parser=ParserInfo("test", "hand", "0"),
        paragraphs=(Paragraph(0, Span(0, len(text))),),
        sentences=tuple(sentences),
        words=tuple(words),
    )


def _word(i: int, text: str, start: int, head: int = -1) -> Word:
    return Word(i, text, text, "X", "", head, "root" if head < 0 else "dep", start, start + len(text), 0)


def test_problems_accepts_a_multi_word_token_and_reports_each_fault() -> None:
    text = "Il parle du pays."
    sound = [
        _word(0, "Il", 0, 1),
        _word(1, "parle", 3),
        Word(2, "de", "de", "ADP", "", 4, "case", 9, 11, 0),
        Word(3, "le", "le", "DET", "", 4, "det", 9, 11, 0),
        _word(4, "pays", 12, 1),
        _word(5, ".", 16, 1),
    ]
    sentence = Sentence(0, 0, 6, Span(0, 17), 0)
    assert problems(_doc(text, sound, [sentence])) == []

    shifted = [*sound[:4], _word(4, "pays", 13, 1), sound[5]]
    assert any("!= article text" in p for p in problems(_doc(text, shifted, [sentence])))
    wandering = [_word(0, "Il", 0, 9), *sound[1:]]
    assert any("outside its sentence" in p for p in problems(_doc(text, wandering, [sentence])))
    backwards = [_word(0, "parle", 3), _word(1, "Il", 0)]
    assert any(
        "starts before" in p for p in problems(_doc(text, backwards, [Sentence(0, 0, 2, Span(3, 2), 0)]))
    )
    across = "Un.\nDeux."
    two_lines = _doc(across, [_word(0, "Un", 0), _word(1, "Deux", 4)], [Sentence(0, 0, 2, Span(0, 8), 0)])
    assert any("newline" in p for p in problems(two_lines))


def test_split_at_paragraphs_cuts_a_sentence_at_the_break() -> None:
    # « Il part » in the first paragraph (from 0), « Elle reste » in the second (from 10).
    words = [
        RawWord("Il", "il", "PRON", "", 1, "nsubj", 0, 2),
        RawWord("part", "partir", "VERB", "", -1, "root", 3, 7),
        RawWord("Elle", "elle", "PRON", "", 3, "nsubj", 10, 14),
        RawWord("reste", "rester", "VERB", "", 1, "conj", 15, 20),
    ]
    first, second = split_at_paragraphs([words], [0, 10])
    assert [[(w.text, w.head, w.start) for w in s] for s in first] == [[("Il", 1, 0), ("part", -1, 3)]]
    assert [[(w.text, w.head, w.deprel, w.start) for w in s] for s in second] == [
        [("Elle", 1, "nsubj", 0), ("reste", -1, "root", 5)]
    ]


# --- Choosing the parser ---------------------------------------------------------------------


@pytest.fixture
def no_stanza_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home and resources folder where Stanza finds no French model; returns the cache dir."""
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza_resources"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert stanza_parser.model_dir() is None
    return tmp_path / "cache"


@pytest.fixture
def sockets(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every attempt to open a connection, refused and recorded."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("the tests never touch the network")

    def refuse_lookup(*address: object, **_: object) -> list[object]:
        attempts.append(address)
        raise socket.gaierror("the tests never look up a host")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_lookup)
    return attempts


def test_auto_offline_falls_back_to_spacy_with_its_note(no_stanza_models, sockets, monkeypatch) -> None:
    monkeypatch.setattr(stanza_parser, "installed", lambda: True)
    monkeypatch.setattr(
        stanza_parser, "download_models", lambda **_: pytest.fail("an offline run tried to download")
    )
    choice = choose_parser("auto", cache_dir=no_stanza_models)  # QUOTES_OFFLINE=1 from conftest
    assert choice.kind == "spacy"
    assert choice.note.startswith(f"parser: spaCy {choice.info.version} with fr_core_news_")
    assert choice.note.endswith(
        "(Stanza's French models are not installed; run `make models` with internet to use Stanza)"
    )
    assert "\n" not in choice.note
    assert not (no_stanza_models / "stanza-download-failed").exists()
    assert sockets == []


def test_auto_online_tries_once_remembers_the_failure_and_opens_no_socket(
    no_stanza_models, sockets, monkeypatch
) -> None:
    monkeypatch.setenv("QUOTES_OFFLINE", "0")
    monkeypatch.setattr(stanza_parser, "installed", lambda: True)
    tries: list[float | None] = []

    def fail(*, timeout: float | None = None) -> None:
        tries.append(timeout)
        raise ParserUnavailable("Stanza's model hub cannot be reached")

    monkeypatch.setattr(stanza_parser, "download_models", fail)
    choice = choose_parser("auto", cache_dir=no_stanza_models)
    assert choice.kind == "spacy"
    assert "could not be downloaded; run `make models` with internet to use Stanza" in choice.note
    assert len(tries) == 1 and tries[0] is not None and tries[0] <= 10
    assert (no_stanza_models / "stanza-download-failed").is_file()
    # The failure is remembered: the next run does not try again.
    again = choose_parser("auto", cache_dir=no_stanza_models)
    assert again.kind == "spacy" and len(tries) == 1
    assert sockets == []


def test_the_download_probe_gives_up_when_the_hub_is_out_of_reach(no_stanza_models, sockets) -> None:
    # Here the (refused) probe is the only thing that reaches out, before Stanza is imported.
    with pytest.raises(ParserUnavailable, match=r"cannot be reached.*make models"):
        stanza_parser.download_models(timeout=0.5)
    assert len(sockets) == 1


def test_stanza_without_models_tells_the_user_to_run_make_models(no_stanza_models) -> None:
    with pytest.raises(ParserUnavailable, match=r"run `make models`"):
        choose_parser("stanza", cache_dir=no_stanza_models)


def test_auto_picks_stanza_when_its_french_models_are_there(no_stanza_models, monkeypatch, tmp_path) -> None:
    resources = tmp_path / "stanza_resources"
    for processor in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner"):
        (resources / "fr" / processor).mkdir(parents=True)
        (resources / "fr" / processor / "default.pt").write_bytes(b"")
    (resources / "resources.json").write_text(json.dumps({"version": "1.15.0"}), encoding="utf-8")
    monkeypatch.setattr(stanza_parser, "installed", lambda: True)
    choice = choose_parser("auto", cache_dir=no_stanza_models)
    assert choice.kind == "stanza"
    assert choice.info.name == "stanza" and "resources 1.15.0" in choice.info.model
    assert "coref" not in choice.info.model
    (resources / "fr" / "coref").mkdir()
    (resources / "fr" / "coref" / "default.pt").write_bytes(b"")
    assert "coref" in choose_parser("stanza").info.model


def test_an_unknown_parser_is_refused() -> None:
    with pytest.raises(QuotesError, match="auto, stanza, spacy or conllu:FILE"):
        choose_parser("udpipe")
    with pytest.raises(QuotesError, match="conllu:FILE needs"):
        choose_parser("conllu:")


def test_parse_of_a_text_without_paragraphs_is_empty(spacy_choice) -> None:
    doc = parse(" \n\t\n", spacy_choice)
    assert doc.paragraphs == () and doc.words == () and doc.sentences == ()
