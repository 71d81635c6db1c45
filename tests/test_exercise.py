"""Class exercises (issue 8): the worksheet, the key, and the grading of students' answer sheets.

Two keys are used. ``tests/data/exercise/key.json`` is written by hand for the client's
article (after the guidelines' gold file), with answer sheets written by hand against
it: the grading tests do not move when the analyzer improves. The analyzer's own key is
built from the seed analysis, and the sheets graded against it are written from it
inside the tests.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED

from quotes.cli import main
from quotes.errors import ExerciseError
from quotes.exercise import (
    Answer,
    Key,
    build_key,
    grade_answer,
    grade_files,
    grade_sheet,
    key_from_json,
    read_answers,
    read_key,
    select_quotes,
    write_exercise,
)
from quotes.i18n import language
from quotes.model import Analysis, Article, MarkedSpan, MarkScan, ParserInfo, Quote, Span
from quotes.scale import scale_steps

DATA = Path(__file__).resolve().parent / "data" / "exercise"
FIXED_KEY = DATA / "key.json"
ALICE = DATA / "alice.csv"  # perfect, with an « élève » column
BOB = DATA / "bob.csv"  # typical mistakes, as French Excel writes it (« ; », BOM, CRLF)
MALFORMED = DATA / "malformed"
VERDICTS_FR = {"right": "juste", "close": "proche", "wrong": "faux"}


@pytest.fixture(scope="module")
def written(seed_analysis, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The exercise for the client's article, as ``quotes exercise`` writes it."""
    folder = tmp_path_factory.mktemp("exercise")
    return write_exercise(seed_analysis, folder, generated=datetime.datetime(2026, 1, 1))


@pytest.fixture(scope="module")
def fixed_key() -> Key:
    return read_key(FIXED_KEY)


def sheet(tmp_path: Path, name: str, rows: list[list[str]], *, header: list[str] | None = None) -> Path:
    """An answer sheet written by a test: ``numéro,qui parle,niveau,raison donnée`` and the rows."""
    path = tmp_path / name
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header or ["numéro", "qui parle", "niveau", "raison donnée"])
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def perfect_rows(key: Key) -> list[list[str]]:
    """What a student who agrees with the key in every respect writes."""
    rows = []
    for q in key.quotations:
        source = key.source_of(q)
        reason = key.reason_of(q)
        rows.append(
            [
                str(q.number),
                source.speaker if source else "personne",
                str(key.level_of(q)[0]),
                "" if reason is None else ("oui" if reason else "non"),
            ]
        )
    return rows


# --- which quotations the worksheet asks about -------------------------------------------------


def _hand_built_analysis() -> Analysis:
    """Reported speech around a partial quotation, reported speech alone, a direct quote, a scare quote."""
    text = (
        "Il a déclaré que son équipe « ne comptait pas d’étrangers ».\n"
        "Les experts affirment que tout va bien.\n"
        "« Bonjour », a dit Marie Dupont. Ils construisent des « clusters »."
    )

    def marked(qid: str, content: str, kind: str) -> Quote:
        start = text.index(content)
        end = start + len(content)
        marks = MarkedSpan(Span(start, end), start - 2, "«", end + 1, "»", 0, (0,))
        return Quote(qid, Span(start, end), content, kind, marks=marks)

    def reported(qid: str, content: str) -> Quote:
        start = text.index(content)
        return Quote(qid, Span(start, start + len(content)), content, "indirect")

    quotes = (
        reported("q1", "son équipe « ne comptait pas d’étrangers »"),
        marked("q2", "ne comptait pas d’étrangers", "partial"),
        reported("q3", "tout va bien"),
        marked("q4", "Bonjour", "direct"),
        marked("q5", "clusters", "scare"),
    )
    return Analysis(
        article=Article(name="hand.txt", text=text),
        parser=ParserInfo("hand", "none", "0"),
        marks=MarkScan((), ()),
        quotes=quotes,
        sources=(),
    )


def test_the_worksheet_asks_about_direct_and_partial_quotations_only():
    assert [q.id for q in select_quotes(_hand_built_analysis())] == ["q2", "q4"]


def test_with_indirect_it_adds_the_reported_speech_no_quotation_covers():
    # q1 holds the partial quotation q2: asked once, as q2; q3 stands alone; q5 is a scare quote.
    assert [q.id for q in select_quotes(_hand_built_analysis(), indirect=True)] == ["q2", "q3", "q4"]


def test_the_seed_worksheet_numbers_every_marked_quotation_in_text_order(seed_analysis):
    key = build_key(seed_analysis)
    marked = sorted(
        (q for q in seed_analysis.quotes if q.kind in ("direct", "partial")), key=lambda q: q.span.start
    )
    assert [q.id for q in key.quotations] == [q.id for q in marked]
    assert [q.number for q in key.quotations] == list(range(1, len(marked) + 1))
    assert key.count == len(marked) >= 15  # the client's article has 17 pairs of marks that quote someone


# --- the worksheet: nothing but the article and the numbers ---------------------------------------


class _ArticleMarkup(HTMLParser):
    """The worksheet's article div: its words per paragraph, the quotation numbers, every attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <div id="article">
        self.in_number = 0
        self.in_paragraph = False
        self.paragraphs: list[str] = []
        self.numbers: list[int] = []
        self.attributes: list[tuple[str, str]] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if self.depth:
            self.depth += tag not in ("br",)
            self.tags.add(tag)
            self.attributes += [(k, v or "") for k, v in attrs]
            if tag == "p":
                self.paragraphs.append("")
                self.in_paragraph = True
            if found.get("class") == "n":
                self.in_number = self.depth
        elif found.get("id") == "article":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            if self.in_number == self.depth:
                self.in_number = 0
            self.in_paragraph = self.in_paragraph and tag != "p"
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.depth:
            return
        if self.in_number:
            self.numbers.append(int(data))
        elif self.in_paragraph:
            self.paragraphs[-1] += data
        else:
            assert not data.strip(), f"text outside the paragraphs: {data!r}"


def test_the_worksheet_article_is_the_article_words_and_the_numbers_only(written, seed_analysis):
    from quotes.paragraphs import split_paragraphs

    html = written.worksheet.read_text(encoding="utf-8")
    markup = _ArticleMarkup()
    markup.feed(html)
    text = seed_analysis.article.text
    assert markup.paragraphs == [p.span.text_in(text) for p in split_paragraphs(text)]
    assert markup.numbers == list(range(1, written.quotations + 1))
    assert markup.tags == {"p", "span"}
    for name, value in markup.attributes:
        assert (name, value) in {("class", "wq"), ("class", "wq ind"), ("class", "n")} or (
            name in ("id", "data-n") and re.fullmatch(r"c?\d+", value)
        ), (name, value)


def test_no_speaker_and_no_level_shows_in_the_worksheet_article(written, seed_analysis):
    html = written.worksheet.read_text(encoding="utf-8")
    start = html.index('<div class="ex-article" id="article" lang="fr">')
    article = html[start : html.index("</div>", start)]
    # Take away the article's own words: what is left is what the worksheet added (tags, numbers).
    text = seed_analysis.article.text
    added = [
        piece
        for piece in re.split(r"(<[^>]*>)", article)
        if piece.startswith("<") or (piece.strip() and unescape(piece) not in text) or piece.strip().isdigit()
    ]
    assert all(p.startswith("<") or p.strip().isdigit() for p in added), added
    markup = "".join(added).casefold()
    key = build_key(seed_analysis)
    names = {s.speaker for s in key.sources.values()} | {a for s in key.sources.values() for a in s.accept}
    assert len(names) >= 5
    labels = {step.label for lang in ("fr", "en") for step in scale_steps(language(lang))}
    for word in names | labels | {"niveau", "level", "anonym", "identifi", "band", "source"}:
        assert word.casefold() not in markup, word


def test_the_answer_table_is_empty_but_for_numbers_and_first_words(written, seed_analysis):
    html = written.worksheet.read_text(encoding="utf-8")
    table = html[html.index('class="ex-fill"') :]
    rows = re.findall(
        r"<tr><td class=\"num\">(\d+)</td><td class=\"excerpt\" lang=\"fr\">([^<]*)</td>(.*?)</tr>", table
    )
    key = build_key(seed_analysis)
    assert [int(n) for n, _, _ in rows] == [q.number for q in key.quotations]
    for (_, excerpt, rest), q in zip(rows, key.quotations, strict=True):
        assert rest == "<td></td><td></td><td></td>"
        first_words = unescape(excerpt).rstrip("…")
        assert " ".join(q.text.split()).startswith(first_words)


def test_the_scale_examples_are_not_taken_from_the_article(seed_analysis):
    for lang in ("fr", "en"):
        for step in scale_steps(language(lang)):
            example = step.example
            assert not example or example.rstrip("…") not in seed_analysis.article.text


def test_pages_escape_the_article_and_the_answers_and_load_nothing(analyze_text, tmp_path):
    text = (
        "Le chantier avance, selon la mairie de Lille.\n"
        "« Les <b>travaux</b> & le <script>alert(1)</script> sont finis », a déclaré Jeanne Martin, "
        "maire de Lille."
    )
    analysis = analyze_text(text, "hostile.txt")
    files = write_exercise(analysis, tmp_path / "ex")
    assert files.quotations >= 1
    rows = [[str(q), "<img src=x onerror=alert(1)>", "0", ""] for q in range(1, files.quotations + 1)]
    answers = sheet(tmp_path, "=HYPERLINK(x).csv", rows, header=["numéro", "qui parle", "niveau", "raison"])
    run = grade_files(files.key_json, [answers], tmp_path / "grades")
    pages = [files.worksheet, files.key_html, *run.feedback.values()]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<b>travaux" not in html and "<img src=x" not in html
        assert "<script" not in html  # the exercise pages run no script at all
        assert (
            not re.search(r"(src|href)=\"(https?:)?//", html) and "@import" not in html and "url(" not in html
        )
        assert "default-src 'none'" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in files.worksheet.read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in next(iter(run.feedback.values())).read_text(
        encoding="utf-8"
    )
    grades = run.grades_csv.read_text(encoding="utf-8-sig")
    assert "\n'=HYPERLINK(x)" in grades  # a file name a spreadsheet would run is defused


# --- answers.csv and key.json ---------------------------------------------------------------------


def test_the_blank_answer_sheet_opens_in_french_excel(written, seed_analysis):
    raw = written.answers.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "numéro;début de la citation;qui parle;niveau;raison donnée;élève"
    assert [line.split(";")[0] for line in lines[1:]] == [str(n) for n in range(1, written.quotations + 1)]
    assert all(line.endswith(";;;;") for line in lines[1:])


def test_the_blank_answer_sheet_is_not_graded_as_a_student(written):
    with pytest.raises(ExerciseError, match=r"answers\.csv: aucune réponse"):
        read_answers(written.answers, read_key(written.key_json))


def test_key_json_reads_back_as_the_key_it_was_written_from(written, seed_analysis):
    assert read_key(written.key_json) == build_key(seed_analysis)


def test_the_key_accepts_every_mention_but_pronouns(seed_analysis):
    key = build_key(seed_analysis)
    for source in seed_analysis.sources:
        if source.id not in key.sources:
            continue
        q = next(q for q in key.quotations if q.source == source.id)
        for mention in source.mentions:
            answer = Answer(q.number, 2, mention.text, None, None)
            explanation = grade_answer(key, q, answer, lang="fr").explanation
            if mention.kind == "pronoun":
                assert "est un pronom" in explanation, mention.text
            else:
                assert f"qui parle : {key.sources[source.id].speaker} ;" in explanation or (
                    f"qui parle : « {mention.text} » désigne bien" in explanation
                ), (mention.text, explanation)


# --- grading against the analyzer's key, with sheets written from it -------------------------------


def test_a_perfect_sheet_written_from_the_analyzers_key_gets_every_point(written, tmp_path):
    key = read_key(written.key_json)
    run = grade_files(written.key_json, [sheet(tmp_path, "lea.csv", perfect_rows(key))], tmp_path / "g")
    (grade,) = run.grades
    assert [m.verdict for m in grade.marks] == ["right"] * len(key.quotations)
    assert grade.points == grade.max_points > 0
    assert not run.failed


def test_a_typical_sheet_written_from_the_analyzers_key(written, tmp_path):
    key = read_key(written.key_json)
    rows = {int(r[0]): r for r in perfect_rows(key)}
    # a person named in full whom the article also calls by the surname alone (Ritwik Gupta… Gupta)
    named = [
        q
        for q in key.quotations
        if (s := key.source_of(q)) is not None and s.name and " " in s.name and s.name.split()[-1] in s.accept
    ]
    anonymous = [q for q in key.quotations if 3 <= key.level_of(q)[0] <= 4]
    assert len(named) >= 2 and len(anonymous) >= 3, "the seed analysis lost its sources"
    surname_q, wrong_q = named[0], named[-1]
    pronoun_q, other_q, close_q = anonymous[:3]
    surname = str(key.sources[str(surname_q.source)].name).split()[-1]
    other = next(s for s in key.sources.values() if s.id != other_q.source)
    rows[surname_q.number][1] = surname
    rows[pronoun_q.number][1] = "il"
    rows[other_q.number][1] = other.speaker
    rows[close_q.number][2] = str(key.level_of(close_q)[0] + 1)
    rows[wrong_q.number][2] = str(key.level_of(wrong_q)[0] + 3)
    path = sheet(tmp_path, "theo.csv", list(rows.values()))
    (grade,) = grade_files(written.key_json, [path], tmp_path / "g").grades
    marks = {m.number: m for m in grade.marks}
    assert marks[surname_q.number].verdict == "right"
    assert marks[surname_q.number].explanation.startswith(f"qui parle : « {surname} » désigne bien")
    assert marks[wrong_q.number].verdict == "wrong" and "au lieu de" in marks[wrong_q.number].explanation
    assert marks[pronoun_q.number].verdict == "wrong" and "pronom" in marks[pronoun_q.number].explanation
    assert marks[other_q.number].verdict == "wrong" and "autre source" in marks[other_q.number].explanation
    assert marks[close_q.number].verdict == "close" and "à un près" in marks[close_q.number].explanation


# --- grading against the hand-written key, with hand-written sheets ------------------------------


def test_the_hand_written_key_quotes_the_client_article(fixed_key):
    text = SEED.read_text(encoding="utf-8")
    assert fixed_key.count == 17 and len(fixed_key.quotations) == 17
    for q in fixed_key.quotations:
        assert q.text in text, q.number


def test_alices_perfect_sheet_is_right_everywhere(fixed_key):
    grade = grade_sheet(fixed_key, read_answers(ALICE, fixed_key))
    assert grade.student == "Alice Martin"  # the « élève » column names her
    assert [m.verdict for m in grade.marks] == ["right"] * 17
    assert (grade.points, grade.max_points) == (45.0, 45.0)  # 17 speakers, 17 levels, 11 reasons
    assert not grade.problems


BOB_VERDICTS = {
    1: ("wrong", "l’article ne dit pas qui parle (pas « Li Qiang »)"),
    2: ("right", "« un partenaire commercial de Liang » désigne bien l’un des partenaires"),
    3: ("wrong", "« il » est un pronom"),
    4: ("wrong", "« Liang » est une autre source de l’article"),
    5: (
        "wrong",
        "« un fondateur » ressemble à l’un des fondateurs d’une société LLM rivale sans le désigner",
    ),
    6: ("close", "niveau 3 (relationnelle) au lieu de 4–5 (catégorielle ou vague), à un près"),
    7: ("close", "niveau 5 (vague) au lieu de 4 (catégorielle), à un près"),
    8: ("wrong", "niveau 6 (collective) au lieu de 4 (catégorielle)"),
    9: ("close", "raison : l’article ne dit pas pourquoi la source est anonyme"),
    10: ("close", "raison : pas de réponse ; c’est non"),
    11: ("close", "niveau 1 (partiellement nommée) au lieu de 0 (identifiée)"),
    12: ("right", "« Liang » désigne bien Liang Wenfeng"),
    13: ("right", "« Gupta » désigne bien Ritwik Gupta"),  # the surname alone
    14: ("wrong", "« Ritwik » ressemble à Ritwik Gupta sans le désigner exactement (à vérifier)"),
    15: ("wrong", "pas de réponse"),  # no row at all
    16: ("wrong", "pas de réponse"),  # a row with the number only
    17: ("right", "« la personne » désigne bien"),
}


def test_bobs_typical_sheet_gets_each_mistake_named(fixed_key):
    answers = read_answers(BOB, fixed_key)
    assert answers.student == "bob" and not answers.problems  # French Excel's « ; », BOM and CRLF read as is
    grade = grade_sheet(fixed_key, answers)
    for mark in grade.marks:
        verdict, explanation = BOB_VERDICTS[mark.number]
        assert (mark.number, mark.verdict) == (mark.number, verdict)
        assert explanation in mark.explanation, (mark.number, mark.explanation)
    assert (grade.count("right"), grade.count("close"), grade.count("wrong")) == (4, 5, 8)
    assert grade.points == 29.5


@pytest.mark.parametrize(
    ("number", "answer", "right"),
    [
        (13, "Gupta", True),
        (13, "GUPTA", True),
        (13, "M. Gupta", True),
        (13, "le professeur Gupta", True),
        (13, "Ritwik Gupta (Berkeley)", True),
        (13, "Ritwik Gupta, chercheur en politique de l'IA à l'Université de Californie à Berkeley", True),
        (13, "Ritwik", False),  # a first name alone is not enough (flagged « à vérifier »)
        (13, "il", False),
        (13, "Liang", False),
        (13, "Gupta et Liang", False),
        (12, "Liang", True),
        (12, "Wenfeng", False),  # the article calls him Liang: that is the surname it accepts
        (2, "l’un des partenaires commerciaux de Liang", True),
        (2, "L'UN DES PARTENAIRES COMMERCIAUX DE LIANG", True),
        (2, "un des partenaires commerciaux de Liang", True),
        (2, "le partenaire commercial", True),
        (2, "la personne", True),
        (2, "elle", False),
        (2, "personne", False),  # « nobody », not « the person »
        (2, "Liang", False),
        (7, "investisseur en IA à Pékin", True),
        (7, "un investisseur en ia a pekin", True),
        (7, "un investisseur", False),
        (1, "personne", True),
        (1, "Non attribuée", True),
        (1, "", True),
        (1, "Li Qiang", False),
        (1, "il", False),
    ],
)
def test_what_counts_as_naming_the_source(fixed_key, number, answer, right):
    q = next(q for q in fixed_key.quotations if q.number == number)
    mark = grade_answer(fixed_key, q, Answer(number, 2, answer, fixed_key.level_of(q)[0], None), lang="fr")
    assert mark.explanation.startswith("qui parle : ")
    assert (mark.points >= 2.0) == right, mark.explanation


@pytest.mark.parametrize(
    ("written_level", "level", "problem"),
    [
        ("3", 3, None),
        (" 3 ", 3, None),
        ("3.0", 3, None),
        ("niveau 3", 3, None),
        ("Niveau 3", 3, None),
        ("3 - relationnelle", 3, None),
        ("3 (relationnelle)", 3, None),
        ("3,5", None, "« 3,5 » n’est pas un niveau"),
        ("3-4", None, "« 3-4 » n’est pas un niveau"),
        ("trois", None, "« trois » n’est pas un niveau"),
        ("8", None, "le niveau 8 n’existe pas"),
        ("-1", None, "le niveau -1 n’existe pas"),
    ],
)
def test_how_a_level_is_read(fixed_key, tmp_path, written_level, level, problem):
    path = sheet(tmp_path, "s.csv", [["2", "la personne", written_level, "non"]])
    answers = read_answers(path, fixed_key)
    assert answers.answers[2].level == level
    if problem is None:
        assert not answers.problems
    else:
        (found,) = answers.problems
        assert found.text.startswith(f"{path}, ligne 2: ") and problem in found.text


@pytest.mark.parametrize(
    ("written_reason", "reason"),
    [
        ("oui", True),
        ("Oui", True),
        ("OUI ", True),
        ("yes", True),
        ("non", False),
        ("Non", False),
        ("no", False),
    ],
)
def test_how_a_reason_is_read(fixed_key, tmp_path, written_reason, reason):
    path = sheet(tmp_path, "s.csv", [["2", "la personne", "3", written_reason]])
    assert read_answers(path, fixed_key).answers[2].reason is reason


# --- malformed answer sheets --------------------------------------------------------------------

# file → (graded?, the message, with the file and line it names)
MALFORMED_MESSAGES = {
    "chloe_columns.csv": (False, "chloe_columns.csv, ligne 1: colonnes manquantes : numéro, qui parle"),
    "david_no_header.csv": (False, "david_no_header.csv, ligne 1: pas de ligne d’en-tête"),
    "emma_numbers.csv": (
        True,
        "emma_numbers.csv, ligne 3: il n’y a pas de citation 42 (la feuille va de 1 à 17)",
    ),
    "emma_numbers.csv#2": (True, "emma_numbers.csv, ligne 4: « abc » n’est pas un numéro de citation"),
    "emma_numbers.csv#3": (True, "emma_numbers.csv, ligne 5: la citation 2 a déjà une réponse ligne 2"),
    "farid_levels.csv": (True, "farid_levels.csv, ligne 2: le niveau 9 n’existe pas : l’échelle va de 0 à 7"),
    "farid_levels.csv#2": (True, "farid_levels.csv, ligne 3: « trois » n’est pas un niveau"),
    "farid_levels.csv#3": (True, "farid_levels.csv, ligne 4: « peut-être » : répondez oui ou non"),
    "gaelle_empty_rows.csv": (True, "gaelle_empty_rows.csv, lignes 3, 4: lignes vides, ignorées"),
    "gaelle_empty_rows.csv#2": (True, "gaelle_empty_rows.csv, ligne 6: pas de numéro de citation"),
    "hugo_excel_1252.csv": (True, "hugo_excel_1252.csv, ligne 1: lu en Windows-1252 (l’encodage d’Excel)"),
    "ines_commas.csv": (
        True,
        "ines_commas.csv, ligne 2: 5 cases pour 4 colonnes : une réponse contient-elle « , »",
    ),
    "jules_workbook.csv": (False, "jules_workbook.csv: c’est un classeur Excel ou LibreOffice (.xlsx, .ods)"),
    "karim_empty.csv": (False, "karim_empty.csv: le fichier est vide"),
}


@pytest.fixture(scope="module")
def class_run(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The whole class graded at once: Alice, Bob, and every malformed sheet."""
    return grade_files(FIXED_KEY, [ALICE, BOB, MALFORMED], tmp_path_factory.mktemp("grades"))


def test_every_malformed_sheet_gets_a_message_naming_the_file_and_line(class_run):
    problems = class_run.problems
    for name, (_graded, message) in MALFORMED_MESSAGES.items():
        assert any(message in p for p in problems), (name, problems)
    assert {Path(p.split(",")[0].split(":")[0]).name for p in problems} == {
        n.split("#")[0] for n in MALFORMED_MESSAGES
    }
    assert class_run.failed


def test_the_other_students_are_graded_all_the_same(class_run):
    graded = {g.path.name: g for g in class_run.grades}
    assert graded["alice.csv"].points == 45.0 and graded["bob.csv"].points == 29.5
    expected = {n.split("#")[0] for n, (g, _) in MALFORMED_MESSAGES.items() if g}
    assert expected <= set(graded)
    assert {n.path.name for n in class_run.not_graded} == {
        n for n, (g, _) in MALFORMED_MESSAGES.items() if not g
    }
    # the good rows of a sheet with bad ones still count: Gupta for quotation 13, in Windows-1252 too
    for name in ("emma_numbers.csv", "hugo_excel_1252.csv", "gaelle_empty_rows.csv"):
        assert next(m for m in graded[name].marks if m.number == 13).verdict == "right", name
    hugo = next(m for m in graded["hugo_excel_1252.csv"].marks if m.number == 6)
    assert hugo.answer is not None and hugo.answer.speaker == "un chercheur en IA proche de l'entreprise"


def test_grades_csv_has_every_student_and_every_quotation(class_run):
    rows = list(csv.reader(io.StringIO(class_run.grades_csv.read_text(encoding="utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:9] == [
        "élève",
        "fichier",
        "points",
        "sur",
        "note /20",
        "justes",
        "proches",
        "faux",
        "remarques",
    ] and header[9:] == [str(n) for n in range(1, 18)]
    by_student = {r[0]: r for r in body}
    assert len(body) == len(class_run.grades) + len(class_run.not_graded) == 2 + 9
    assert by_student["Alice Martin"][2:9] == ["45", "45", "20", "17", "0", "0", ""]
    assert by_student["bob"][2:8] == ["29,5", "45", "13,1", "4", "5", "8"]
    assert by_student["bob"][9:] == [VERDICTS_FR[BOB_VERDICTS[n][0]] for n in range(1, 18)]
    assert (
        by_student["karim_empty"][8]
        == "non noté : " + str(MALFORMED / "karim_empty.csv") + ": le fichier est vide"
    )


def test_one_feedback_page_per_student(class_run):
    assert set(class_run.feedback) == {g.student for g in class_run.grades}
    assert len({p.parent for p in class_run.feedback.values()}) == len(class_run.grades)
    bob = class_run.feedback["bob"].read_text(encoding="utf-8")
    assert "29,5 / 45 points" in bob and "« il » est un pronom" in bob
    farid = class_run.feedback["farid_levels"].read_text(encoding="utf-8")
    assert "le niveau 9 n’existe pas" in farid  # the student sees what was wrong in their file


def test_the_student_is_the_column_else_the_file_name(fixed_key, tmp_path):
    header = ["numéro", "qui parle", "niveau", "raison donnée", "élève"]
    one = sheet(tmp_path, "copie 12.csv", [["2", "la personne", "3", "non", "Zoé"]], header=header)
    assert read_answers(one, fixed_key).student == "Zoé"
    two = sheet(tmp_path, "copie 13.csv", [["2", "la personne", "3", "non"]])
    assert read_answers(two, fixed_key).student == "copie 13"
    rows = [["2", "la personne", "3", "non", "Zoé"], ["3", "la personne", "3", "non", "Yann"]]
    mixed = sheet(tmp_path, "mixed.csv", rows, header=header)
    answers = read_answers(mixed, fixed_key)
    assert answers.student == "Zoé"
    assert [p.text for p in answers.problems] == [
        f"{mixed}, ligne 3: élève « Yann » ici, mais « Zoé » ligne 2 : "
        "un fichier par élève ; noté comme « Zoé »"
    ]


def test_two_sheets_of_the_same_student_are_both_graded_under_two_names(tmp_path):
    rows = [["2", "la personne", "3", "non", "Zoé"]]
    header = ["numéro", "qui parle", "niveau", "raison donnée", "élève"]
    first, second = (
        sheet(tmp_path, "a.csv", rows, header=header),
        sheet(tmp_path, "b.csv", rows, header=header),
    )
    run = grade_files(FIXED_KEY, [first, second], tmp_path / "g")
    assert [g.student for g in run.grades] == ["Zoé", "Zoé (2)"]
    assert len(set(run.feedback.values())) == 2


def test_the_columns_may_come_in_any_order_with_english_names(fixed_key, tmp_path):
    header = ["Level", "Speaker", "Number", "Reason given", "Comment"]
    path = sheet(tmp_path, "en.csv", [["0", "Gupta", "13", "", "x"]], header=header)
    answers = read_answers(path, fixed_key)
    assert answers.answers[13] == Answer(13, 2, "Gupta", 0, None)
    assert [p.serious for p in answers.problems] == [False]  # « Comment » is ignored, and said so


# --- the teacher edits the key -------------------------------------------------------------------


def test_grading_follows_the_teachers_edits_to_the_key(tmp_path):
    edited = json.loads(FIXED_KEY.read_text(encoding="utf-8"))
    edited["sources"]["li_qiang"] = {"speaker": "Li Qiang", "name": "Li Qiang", "level": 0}
    edited["quotations"][0]["source"] = "li_qiang"  # fix a speaker: quotation 1 is Li Qiang's
    edited["sources"]["investor"]["level"] = 5  # change a level
    del edited["quotations"][2]  # drop quotation 3
    key_path = tmp_path / "key.json"
    key_path.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    run = grade_files(key_path, [BOB], tmp_path / "g")
    (grade,) = run.grades
    marks = {m.number: m for m in grade.marks}
    assert 3 not in marks
    assert marks[1].verdict == "right" and marks[1].explanation.startswith("qui parle : Li Qiang ;")
    assert marks[7].verdict == "right"  # Bob's 5 for the investor was one away; now it is the key's level
    assert marks[8].verdict == "close"
    assert [p.text for p in grade.problems] == [
        f"{BOB}, ligne 4: la citation 3 a été retirée du corrigé : réponse non notée"
    ]
    assert not run.failed  # an answer to a dropped quotation is a note, not an error
    header = run.grades_csv.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert "3" not in header[9:]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda k: k["quotations"][1].update(source="nobody"),
            "quotation 2: source 'nobody' is not in 'sources'",
        ),
        (
            lambda k: k["sources"]["gupta"].update(level=9),
            "source 'gupta': level 9 is off the scale (0 to 7)",
        ),
        (lambda k: k["sources"]["gupta"].update(level="zéro"), "source 'gupta': 'level' must be a number"),
        (lambda k: k["sources"]["gupta"].pop("speaker"), "source 'gupta' has no 'speaker'"),
        (lambda k: k["quotations"][1].update(number=1), "quotation 1 appears twice"),
        (
            lambda k: k["sources"]["gupta"].update(reason_given="oui"),
            "source 'gupta': 'reason_given' must be true, false or null",
        ),
        (lambda k: k.pop("quotations"), "not an exercise key"),
    ],
)
def test_a_wrong_key_says_which_entry(change, message):
    edited = json.loads(FIXED_KEY.read_text(encoding="utf-8"))
    change(edited)
    with pytest.raises(ExerciseError, match=re.escape(f"key.json: {message}")):
        key_from_json(edited)


def test_a_key_that_is_not_json_says_which_line(tmp_path):
    path = tmp_path / "key.json"
    path.write_text(
        FIXED_KEY.read_text(encoding="utf-8").replace('"level": 4,', '"level": 4'), encoding="utf-8"
    )
    with pytest.raises(ExerciseError, match=rf"^{re.escape(str(path))}, line \d+: not valid JSON"):
        read_key(path)


def test_writing_the_exercise_again_keeps_a_key_the_teacher_edited(seed_analysis, tmp_path):
    files = write_exercise(seed_analysis, tmp_path)
    write_exercise(seed_analysis, tmp_path)  # unchanged: written again without a word
    edited = files.key_json.read_text(encoding="utf-8").replace('"level": 3', '"level": 4', 1)
    files.key_json.write_text(edited, encoding="utf-8")
    with pytest.raises(ExerciseError, match=r"differs from this article's key .* add --force"):
        write_exercise(seed_analysis, tmp_path)
    assert files.key_json.read_text(encoding="utf-8") == edited
    write_exercise(seed_analysis, tmp_path, force=True)
    assert files.key_json.read_text(encoding="utf-8") != edited


def test_an_article_without_quotations_has_no_exercise(analyze_text, tmp_path):
    analysis = analyze_text("Le conseil municipal s’est réuni lundi soir pour voter le budget de la ville.")
    with pytest.raises(ExerciseError, match="no quotation in quote marks to ask about"):
        write_exercise(analysis, tmp_path)


def test_english_pages(seed_analysis, tmp_path):
    files = write_exercise(seed_analysis, tmp_path / "en", lang="en", indirect=True)
    assert "Exercise: who is speaking?" in files.worksheet.read_text(encoding="utf-8")
    assert files.answers.read_text(encoding="utf-8-sig").startswith("number,start of the quotation,speaker")
    key = read_key(files.key_json)
    assert key.lang == "en" and "indirect" in {q.kind for q in key.quotations}
    path = sheet(
        tmp_path, "sam.csv", perfect_rows(key), header=["number", "speaker", "level", "reason given"]
    )
    run = grade_files(files.key_json, [path], tmp_path / "g")
    assert "right" in run.grades_csv.read_text(encoding="utf-8-sig")
    assert "Feedback" in run.feedback["sam"].read_text(encoding="utf-8")


# --- the command line ---------------------------------------------------------------------------


def test_quotes_exercise_and_grade_from_the_command_line(tmp_path, capsys):
    out = tmp_path / "exercise"
    assert main(["exercise", str(SEED), "-o", str(out), "--parser", "spacy"]) == 0
    assert {p.name for p in out.iterdir()} == {"worksheet.html", "answers.csv", "key.html", "key.json"}
    assert "edit key.json" in capsys.readouterr().err

    key = tmp_path / "key.json"  # without -o, the grades go beside the key
    shutil.copy(FIXED_KEY, key)
    status = main(["grade", str(key), str(ALICE), str(BOB), str(MALFORMED / "chloe_columns.csv")])
    captured = capsys.readouterr()
    assert status == 2  # one sheet could not be graded; the others were
    assert "Alice Martin (" in captured.out and "45 / 45 points" in captured.out
    assert re.search(r"^\s+3  faux\s+qui parle : « il » est un pronom", captured.out, re.M)
    chloe = str(MALFORMED / "chloe_columns.csv")
    assert "non noté : " + chloe + ", ligne 1: colonnes manquantes" in captured.out
    assert (
        "quotes: " + str(MALFORMED / "chloe_columns.csv") + ", ligne 1: colonnes manquantes" in captured.err
    )
    written = {p.name for p in (tmp_path / "grades").iterdir()}
    assert written == {"grades.csv", "summary.html", "review.csv", "Alice_Martin", "bob"}


def test_grade_with_a_missing_key_is_one_line(tmp_path, capsys):
    assert main(["grade", str(tmp_path / "nope.json"), str(ALICE), "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.json: does not exist (write it with quotes exercise" in err


# --- in the browser ---------------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's chromium through playwright; skip (or fail with QUOTES_REQUIRE_BROWSER=1) when absent."""
    problem = None
    if not CHROMIUM.exists():
        problem = f"{CHROMIUM} is not installed (apt-get install chromium)"
    else:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            problem = "the playwright Python package is not installed"
    if problem:
        if os.environ.get("QUOTES_REQUIRE_BROWSER") == "1":
            pytest.fail(f"QUOTES_REQUIRE_BROWSER=1 but {problem}")
        pytest.skip(problem)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield browser
        finally:
            browser.close()


def _open(browser: Any, path: Path, *, media: str = "screen") -> tuple[Any, list[str]]:
    """The page, and everything it should not have done: errors, exceptions, fetches."""
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    log: list[str] = []
    page.on(
        "console",
        lambda m: log.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None,
    )
    page.on("pageerror", lambda e: log.append(f"exception: {e}"))
    page.on("request", lambda r: None if r.url.startswith("file:") else log.append(f"fetch: {r.url}"))
    page.emulate_media(media=media)
    page.goto(path.resolve().as_uri())
    return page, log


@pytest.mark.browser
def test_the_pages_open_in_chromium_without_errors(written, class_run):
    with chromium() as browser:
        for path in (written.worksheet, written.key_html, class_run.feedback["bob"]):
            page, log = _open(browser, path)
            assert page.title(), path
            assert log == [], (path.name, log)
        page, _ = _open(browser, written.worksheet)
        assert page.locator("#article .n").count() == written.quotations
        assert page.locator(".ex-fill tbody tr").count() == written.quotations


@pytest.mark.browser
def test_the_worksheet_prints_on_a4_with_the_answer_table_on_its_own_page(written, tmp_path):
    with chromium() as browser:
        page, log = _open(browser, written.worksheet, media="print")
        assert page.evaluate("getComputedStyle(document.querySelector('.ex-sheet')).breakBefore") == "page"
        assert (
            page.evaluate("getComputedStyle(document.querySelector('.ex-fill thead')).display")
            == "table-header-group"
        )
        pdf = page.pdf(format="A4", prefer_css_page_size=True)
        boxes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf))
        assert boxes and all(abs(float(w) - 595.3) < 1.5 and abs(float(h) - 841.9) < 1.5 for w, h in boxes), (
            boxes
        )
        # the answer table fits the width of an A4 page (210 mm less the 14 mm margins, at 96 px an inch)
        page.set_viewport_size({"width": round((210 - 28) / 25.4 * 96), "height": 1000})
        assert page.evaluate(
            "document.querySelector('.ex-fill').scrollWidth <= document.documentElement.clientWidth"
        )
        assert log == []
