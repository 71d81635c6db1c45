"""The grader accepts every way the article names a source (issue 13).

Five students answer on an article written after a Wikinews dispatch on Belgian banks:
the federation is « la fédération des banques, Febelfin », then « Febelfin », then « la
Fédération belge du secteur financier » (which the analysis took for a second source), its
spokeswoman « la porte-parole de la fédération », and a documentary « d’Al Jazeera ». The
analysis is built by hand, so that the test does not move when the analyzer improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.exercise import Answer, build_key, grade_answer, grade_files, write_exercise
from quotes.exercise.naming import is_acronym, ways_of_naming
from quotes.model import Analysis, Article, MarkScan, Mention, ParserInfo, Quote, Rating, Source, Span

TEXT = (
    "Banques piratées\n"
    "Selon la fédération des banques, Febelfin, « le montant est plutôt de 700 000 euros ».\n"
    "« Non, il ne faut pas être inquiet », a répondu la porte-parole de la fédération.\n"
    "« La sécurité, c’est l’affaire de tous », a précisé Febelfin.\n"
    "La Fédération belge du secteur financier a mis l’accent sur « la responsabilité des utilisateurs ».\n"
    "Le documentaire d’Al Jazeera affirme que « les pirates sont à l’étranger ».\n"
    "« Nous enquêtons », a dit le procureur fédéral, puis le ministre de la Justice a déclaré : "
    "« Nous agirons ». « Rien n’est joué », a ajouté le ministre de l’Intérieur.\n"
)


def span_of(text: str, after: str = "") -> Span:
    start = TEXT.index(text, TEXT.index(after) if after else 0)
    return Span(start, start + len(text))


def mention(text: str, after: str = "", kind: str = "description") -> Mention:
    return Mention(span_of(text, after), text, kind=kind)  # type: ignore[arg-type]


def rating(level: int) -> Rating:
    return Rating(level, "institutional" if level == 2 else "relational", ())


SOURCES = [
    ("s1", "la fédération des banques, Febelfin", "organization", 2,
     [mention("la fédération des banques, Febelfin"), mention("Febelfin", "a précisé", "name")]),
    ("s2", "la porte-parole de la fédération", "person", 2, [mention("la porte-parole de la fédération")]),
    ("s3", "Fédération belge du secteur financier", "organization", 2,
     [mention("La Fédération belge du secteur financier", kind="name")]),
    ("s4", "Le documentaire d’Al Jazeera", "document", 2, [mention("Le documentaire d’Al Jazeera")]),
    ("s5", "le procureur fédéral", "person", 2, [mention("le procureur fédéral")]),
    ("s6", "le ministre de la Justice", "person", 2, [mention("le ministre de la Justice")]),
    ("s7", "le ministre de l’Intérieur", "person", 2, [mention("le ministre de l’Intérieur")]),
]  # fmt: skip
QUOTES = [
    ("le montant est plutôt de 700 000 euros", "s1"),
    ("Non, il ne faut pas être inquiet", "s2"),
    ("La sécurité, c’est l’affaire de tous", "s1"),
    ("la responsabilité des utilisateurs", "s3"),
    ("les pirates sont à l’étranger", "s4"),
    ("Nous enquêtons", "s5"),
    ("Nous agirons", "s6"),
    ("Rien n’est joué", "s7"),
]


def federation() -> Analysis:
    quotes = tuple(
        Quote(f"q{n}", span_of(text), text, "direct", confidence=0.9) for n, (text, _) in enumerate(QUOTES, 1)
    )
    quote_sources = {f"q{n}": source for n, (_, source) in enumerate(QUOTES, 1)}
    sources = tuple(
        Source(sid, name, kind, tuple(mentions), tuple(q for q, s in quote_sources.items() if s == sid))  # type: ignore[arg-type]
        for sid, name, kind, _, mentions in SOURCES
    )
    return Analysis(
        article=Article(name="banques.txt", text=TEXT, title="Banques piratées"),
        parser=ParserInfo("hand", "none", "0"),
        marks=MarkScan((), ()),
        quotes=quotes,
        sources=sources,
        quote_sources=quote_sources,  # type: ignore[arg-type]
        ratings={sid: rating(level) for sid, _, _, level, _ in SOURCES},
    )


def test_the_mentions_are_where_the_test_says():
    for _, _, _, _, mentions in SOURCES:
        for m in mentions:
            assert m.span.text_in(TEXT) == m.text


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("Febelfin", "Fédération belge du secteur financier", True),
        ("BCE", "la Banque centrale européenne", True),
        ("UMP", "Union pour un mouvement populaire", True),
        ("SNCF", "Société nationale des chemins de fer français", True),
        ("Liang", "Liang Wenfeng", False),  # a name is no acronym of a longer name
        ("Gupta", "Groupe universitaire de physique", False),  # starts of words, but too few letters each
        ("ONU", "la police", False),
    ],
)
def test_acronyms_and_their_expansions(short, long, expected):
    assert is_acronym(short, long) is expected


def test_every_way_the_article_names_a_source_is_in_the_key():
    naming = ways_of_naming(federation())
    assert "la fédération des banques" in naming["s1"] and "Febelfin" in naming["s1"]
    assert "Fédération belge du secteur financier" in naming["s1"]  # its expansion
    assert "Febelfin" in naming["s3"]  # and the other way round: two sources, one federation
    assert "la porte-parole" in naming["s2"]  # the definite description without its complement
    assert "Febelfin" in naming["s2"]  # the federation she speaks for
    assert "Al Jazeera" in naming["s4"]  # the organization inside the description
    assert "le procureur" in naming["s5"]
    # « le ministre » would name two sources: accepted for neither.
    assert not {"le ministre"} & {*naming["s6"], *naming["s7"]}
    # and the spokeswoman is not the federation's answer: the link goes one way
    assert "la porte-parole" not in naming["s1"] and "la porte-parole" not in naming["s3"]


# What five students wrote: quotation number → answer, and whether a teacher accepts it.
STUDENT_ANSWERS = [
    (1, "la fédération des banques", True),
    (1, "Febelfin", True),
    (1, "la Fédération belge du secteur financier", True),
    (2, "la porte-parole", True),
    (2, "la porte-parole de Febelfin", False),  # not the article's words: to check, for the review
    (2, "Febelfin", True),
    (3, "la fédération", True),  # « la fédération des banques », article and noun
    (4, "Febelfin", True),
    (4, "la fédération des banques, Febelfin", True),
    (5, "Al Jazeera", True),
    (5, "le documentaire", True),
    (6, "le procureur", True),
    (6, "le parquet", False),
    (7, "le ministre", False),
    (7, "le ministre de la Justice", True),
]


@pytest.mark.parametrize(("number", "answer", "right"), STUDENT_ANSWERS)
def test_the_articles_own_words_are_right(number, answer, right):
    key = build_key(federation())
    q = next(q for q in key.quotations if q.number == number)
    mark = grade_answer(key, q, Answer(number, 2, answer, key.level_of(q)[0], None), lang="fr")
    assert (mark.points >= 2.0) is right, mark.explanation


def test_a_class_of_five_graded_from_files(tmp_path: Path):
    files = write_exercise(federation(), tmp_path / "ex")
    header = "numéro;qui parle;niveau;raison donnée;élève\n"
    students = ["Ana", "Ben", "Cléo", "Dan", "Eva"]
    sheets = []
    for i, student in enumerate(students):
        rows = [f"{number};{answer};2;;{student}" for number, answer, right in STUDENT_ANSWERS[i::5] if right]
        path = tmp_path / f"{student}.csv"
        path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
        sheets.append(path)
    run = grade_files(files.key_json, sheets, tmp_path / "grades")
    for grade in run.grades:
        answered = [m for m in grade.marks if m.answer is not None and m.answer.speaker]
        assert answered and all(m.verdict == "right" for m in answered), grade.student
