"""A parse made elsewhere, read from CoNLL-U and aligned to the article (``--parser conllu:FILE``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.cli import main
from quotes.errors import ConlluError
from quotes.paragraphs import split_paragraphs
from quotes.parsing import choose_parser, parse
from quotes.parsing.build import problems
from quotes.parsing.conllu import parse_paragraphs

# The second paragraph has no final stop: the parser that made the file did not see the
# line break and ran its second sentence on into the third paragraph.
ARTICLE = (
    "Jean Dupont, président du Sénat, l’a dit aujourd’hui.\n"
    "\n"
    "Il a parlé\u00a0: « C’est fini »\n"
    "Le débat continue pourtant.\n"
)

# UD style, as a parser writes it: straight apostrophes and quote marks where the article
# has typographic ones, a multi-word token, an empty node, comments, NER in MISC.
CONLLU = """\
# newdoc id = test
# sent_id = 1
# text = Jean Dupont, président du Sénat, l'a dit aujourd'hui.
1	Jean	Jean	PROPN	_	_	11	nsubj	_	NER=B-PER
2	Dupont	Dupont	PROPN	_	_	1	flat:name	_	NER=E-PER
3	,	,	PUNCT	_	_	4	punct	_	NER=O
3.1	être	être	AUX	_	_	_	_	4:cop	_
4	président	président	NOUN	_	Gender=Masc|Number=Sing	1	appos	_	NER=O
5-6	du	_	_	_	_	_	_	_	_
5	de	de	ADP	_	_	7	case	_	_
6	le	le	DET	_	Definite=Def|Gender=Masc|Number=Sing|PronType=Art	7	det	_	_
7	Sénat	Sénat	PROPN	_	_	4	nmod	_	NER=S-ORG
8	,	,	PUNCT	_	_	4	punct	_	NER=O
9	l'	le	PRON	_	Gender=Masc|Number=Sing|Person=3	11	obj	_	SpaceAfter=No
10	a	avoir	AUX	_	Mood=Ind|Number=Sing|Person=3|Tense=Pres	11	aux:tense	_	_
11	dit	dire	VERB	_	Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part	0	root	_	_
12	aujourd'hui	aujourd'hui	ADV	_	_	11	advmod	_	SpaceAfter=No
13	.	.	PUNCT	_	_	11	punct	_	_

# sent_id = 2
# text = Il a parlé : "C'est fini" Le débat continue pourtant.
1	Il	il	PRON	_	Gender=Masc|Number=Sing|Person=3	3	nsubj	_	_
2	a	avoir	AUX	_	_	3	aux:tense	_	_
3	parlé	parler	VERB	_	_	0	root	_	_
4	:	:	PUNCT	_	_	3	punct	_	_
5	"	"	PUNCT	_	_	8	punct	_	SpaceAfter=No
6	C'	ce	PRON	_	_	8	nsubj	_	SpaceAfter=No
7	est	être	AUX	_	_	8	cop	_	_
8	fini	finir	VERB	_	_	3	parataxis	_	SpaceAfter=No
9	"	"	PUNCT	_	_	8	punct	_	_
10	Le	le	DET	_	_	11	det	_	_
11	débat	débat	NOUN	_	_	12	nsubj	_	_
12	continue	continuer	VERB	_	_	3	conj	_	_
13	pourtant	pourtant	ADV	_	_	12	advmod	_	SpaceAfter=No
14	.	.	PUNCT	_	_	12	punct	_	_

"""


@pytest.fixture
def conllu_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return path


def test_the_parse_is_aligned_to_the_article(conllu_file: Path) -> None:
    doc = parse_paragraphs(ARTICLE, split_paragraphs(ARTICLE), str(conllu_file))
    assert problems(doc) == []
    surfaces = [ARTICLE[w.start : w.end] for w in doc.words]
    assert surfaces[:13] == [
        "Jean", "Dupont", ",", "président", "du", "du", "Sénat", ",", "l’", "a", "dit", "aujourd’hui", ".",
    ]  # fmt: skip
    # The article's characters, not the file's; the forms of the multi-word token's words.
    assert [w.text for w in doc.words[4:13]] == [
        "de",
        "le",
        "Sénat",
        ",",
        "l’",
        "a",
        "dit",
        "aujourd’hui",
        ".",
    ]
    assert doc.words[4].span == doc.words[5].span
    assert [ARTICLE[w.start : w.end] for w in doc.words[17:22]] == ["«", "C’", "est", "fini", "»"]
    assert doc.words[0].head == 10 and doc.words[10].head == -1 and doc.words[10].deprel == "root"
    assert doc.words[6].feats == "" and doc.words[5].feat("Definite") == "Def"


def test_an_empty_node_is_skipped(conllu_file: Path) -> None:
    doc = parse_paragraphs(ARTICLE, split_paragraphs(ARTICLE), str(conllu_file))
    assert "être" not in [w.lemma for w in doc.words[:13]]
    assert len(doc.words) == 13 + 14


def test_a_sentence_over_a_paragraph_break_is_cut_there(conllu_file: Path) -> None:
    doc = parse_paragraphs(ARTICLE, split_paragraphs(ARTICLE), str(conllu_file))
    assert [(s.paragraph, s.span.text_in(ARTICLE)) for s in doc.sentences] == [
        (0, "Jean Dupont, président du Sénat, l’a dit aujourd’hui."),
        (1, "Il a parlé\u00a0: « C’est fini »"),
        (2, "Le débat continue pourtant."),
    ]
    third = doc.sentences[2]
    continues = doc.words[third.first + 2]
    assert (continues.text, continues.head, continues.deprel) == ("continue", -1, "root")
    assert doc.words[third.first].head == third.first + 1  # Le → débat, renumbered


def test_named_entities_come_from_the_misc_column(conllu_file: Path) -> None:
    doc = parse_paragraphs(ARTICLE, split_paragraphs(ARTICLE), str(conllu_file))
    assert [(e.label, e.span.text_in(ARTICLE), e.first, e.last) for e in doc.entities] == [
        ("PER", "Jean Dupont", 0, 2),
        ("ORG", "Sénat", 6, 7),
    ]


def test_a_parse_of_another_article_names_the_line_that_does_not_fit(conllu_file: Path) -> None:
    other = ARTICLE.replace("Sénat", "Conseil")
    with pytest.raises(ConlluError, match=r"line 12: token 'Sénat' is not in the article"):
        parse_paragraphs(other, split_paragraphs(other), str(conllu_file))


def test_a_parse_of_part_of_the_article_is_refused(conllu_file: Path) -> None:
    longer = ARTICLE + "Un autre paragraphe suit.\n"
    with pytest.raises(ConlluError, match=r"line 35: the file ends but the article goes on \('Un autre"):
        parse_paragraphs(longer, split_paragraphs(longer), str(conllu_file))


def test_a_line_without_ten_columns_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.conllu"
    path.write_text(CONLLU.replace("2\ta\tavoir\tAUX\t_\t_\t3", "2 a avoir AUX _ _ 3"), encoding="utf-8")
    with pytest.raises(ConlluError, match=r"line 23: expected 10 tab-separated columns, found 4"):
        parse_paragraphs(ARTICLE, split_paragraphs(ARTICLE), str(path))


def test_a_missing_or_undecodable_file_is_a_conllu_error(tmp_path: Path) -> None:
    with pytest.raises(ConlluError, match="cannot read the CoNLL-U file"):
        choose_parser(f"conllu:{tmp_path / 'missing.conllu'}")
    latin = tmp_path / "latin.conllu"
    latin.write_bytes(CONLLU.encode("latin-1"))
    with pytest.raises(ConlluError, match="not UTF-8"):
        choose_parser(f"conllu:{latin}")


def test_a_number_written_with_a_thin_space_matches_a_token_with_a_plain_one(tmp_path: Path) -> None:
    text = "Ils ont 2\u202f048 puces."
    path = tmp_path / "n.conllu"
    path.write_text(
        "1\tIls\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tont\tavoir\tVERB\t_\t_\t0\troot\t_\t_\n"
        "3\t2 048\t2 048\tNUM\t_\t_\t4\tnummod\t_\t_\n"
        "4\tpuces\tpuce\tNOUN\t_\t_\t2\tobj\t_\tSpaceAfter=No\n"
        "5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n",
        encoding="utf-8",
    )
    doc = parse_paragraphs(text, split_paragraphs(text), str(path))
    assert problems(doc) == []
    assert doc.words[2].text == "2\u202f048"


def test_the_choice_names_the_file_and_the_cache_keys_on_its_content(conllu_file: Path) -> None:
    choice = choose_parser(f"conllu:{conllu_file}")
    assert choice.kind == "conllu" and choice.info.model == "article.conllu"
    assert choice.note == f"parser: CoNLL-U parse read from {conllu_file}"
    conllu_file.write_text(CONLLU + "# parsed again\n", encoding="utf-8")
    assert choose_parser(f"conllu:{conllu_file}").info.version != choice.info.version
    doc = parse(ARTICLE, choose_parser(f"conllu:{conllu_file}"))
    assert doc.parser.name == "conllu"


def test_analyze_reads_a_conllu_parse_end_to_end(
    conllu_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    status = main(
        ["analyze", str(article), "--parser", f"conllu:{conllu_file}", "--format", "json", "--no-cache"]
    )
    out, err = capsys.readouterr()
    assert status == 0, err
    assert err.strip() == f"parser: CoNLL-U parse read from {conllu_file}"
    analysis = json.loads(out)
    assert analysis["parser"]["name"] == "conllu"
    assert analysis["parser"]["model"] == "article.conllu"


def test_analyze_with_a_mismatched_conllu_says_which_line(
    conllu_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "other.txt"
    article.write_text(ARTICLE.replace("Sénat", "Conseil"), encoding="utf-8")
    status = main(["analyze", str(article), "--parser", f"conllu:{conllu_file}", "--no-cache"])
    _, err = capsys.readouterr()
    assert status == 1
    assert "line 12: token 'Sénat' is not in the article" in err.splitlines()[-1]
