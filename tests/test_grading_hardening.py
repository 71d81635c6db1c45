"""Grading never stops a class, never runs for minutes, and never loses an answer (issue 14, item 6).

Hostile and careless answer sheets: huge cells built to make a regular expression
backtrack, an unclosed double quote, images and UTF-32 saved as .csv, students named
like the files the grading writes, a folder that holds no CSV at all. Times are ratios
measured in one run, never absolute times.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

import quotes.exercise
from quotes.cli import main
from quotes.exercise import grade_files, read_answers, read_key
from quotes.exercise.sheets import MAX_CELL, read_level

DATA = Path(__file__).resolve().parent / "data" / "exercise"
FIXED_KEY = DATA / "key.json"
HEADER = "numéro;qui parle;niveau;raison donnée;élève\n"
GOOD = "2;la personne;3;non;{student}\n13;Gupta;0;;{student}\n"


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def best_time(work: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


# --- time in proportion to the sheet ---------------------------------------------------------------

# Cells that made the level and the speaker's apposition backtrack over every space: 60,000
# characters took 19 s; now they cost what a plain cell of the same size costs.
HOSTILE_CELLS = {
    "level": "3-" + " " * 60_000 + "1",
    "level with a name": "3 " + "a " * 30_000 + "1",
    "speaker": "a" + " " * 60_000 + "b",
}


@pytest.mark.parametrize("column", sorted(HOSTILE_CELLS))
def test_a_hostile_cell_costs_what_a_plain_cell_of_its_size_costs(tmp_path, column):
    key = read_key(FIXED_KEY)
    hostile = HOSTILE_CELLS[column]
    plain = "x" * len(hostile)

    def sheet(cell: str, name: str) -> Path:
        speaker, level = (cell, "3") if column == "speaker" else ("la personne", cell)
        return write(tmp_path, name, f"{HEADER}2;{speaker};{level};non;Zoé\n")

    def grade(path: Path) -> Callable[[], object]:
        return lambda: quotes.exercise.grade_sheet(key, read_answers(path, key), lang="fr")

    bad, good = sheet(hostile, "bad.csv"), sheet(plain, "good.csv")
    ratio = best_time(grade(bad), runs=5) / best_time(grade(good), runs=5)
    # About 1 to 2 here; the patterns that backtracked made it thousands (19 s against a few ms).
    assert ratio < 20, f"{column}: {ratio:.1f} times a plain cell"


@pytest.mark.parametrize(
    ("cell", "level"),
    [
        ("3", 3),
        ("3.0", 3),
        ("niveau 3", 3),
        ("Niv. 4", 4),
        ("3 - relationnelle", 3),
        ("3 (relationnelle)", 3),
        ("3 relationnelle", 3),
        ("  5  ", 5),
        ("-1", -1),
        ("3,5", None),
        ("3-4", None),
        ("3a", None),
        ("trois", None),
        ("3-" + " " * 1000 + "1", None),
    ],
)
def test_how_a_level_cell_is_read(cell, level):
    assert read_level(cell) == level


# --- cells, quotes, encodings ------------------------------------------------------------------


def test_a_cell_longer_than_a_spreadsheet_holds_is_cut_with_a_warning(tmp_path):
    key = read_key(FIXED_KEY)
    path = write(tmp_path, "long.csv", f"{HEADER}2;{'la personne ' * 4000};3;non;Zoé\n")
    sheet = read_answers(path, key)
    assert len(sheet.answers[2].speaker) == MAX_CELL
    warning = [p for p in sheet.problems if "coupée à 32" in p.text]
    assert warning and not warning[0].serious
    assert "ligne 2" in warning[0].text


def test_no_message_quotes_a_whole_huge_cell(tmp_path):
    run = grade_files(
        FIXED_KEY,
        [write(tmp_path, "huge.csv", f"{HEADER}2;la personne;{'z' * 60_000};{'peut-être ' * 6000};Zoé\n")],
        tmp_path / "grades",
    )
    assert run.problems and all(len(p) < 400 for p in run.problems)
    assert max(len(line) for line in run.grades_csv.read_text(encoding="utf-8-sig").splitlines()) < 2000


def test_an_unclosed_double_quote_is_reported_with_its_line_and_the_rows_after_it_graded(tmp_path):
    key = read_key(FIXED_KEY)
    text = HEADER + '2;"la personne;3;non;Zoé\n13;Gupta;0;;Zoé\n14;Gupta;0;;Zoé\n'
    sheet = read_answers(write(tmp_path, "quote.csv", text), key)
    problems = [p for p in sheet.problems if p.serious]
    assert len(problems) == 1 and "quote.csv, ligne 2: un guillemet droit" in problems[0].text
    assert sheet.answers[13].speaker == "Gupta" and sheet.answers[14].level == 0
    assert sheet.answers[2].speaker == "la personne"


def test_a_quote_that_closes_many_lines_later_is_reported_too(tmp_path):
    key = read_key(FIXED_KEY)
    text = HEADER + '2;"la personne;3;non;Zoé\n13;Gupta;0;;Zoé\n14;Gupta";0;;Zoé\n'
    sheet = read_answers(write(tmp_path, "quote.csv", text), key)
    assert any("court jusqu’à la ligne 4" in p.text for p in sheet.problems)
    assert sorted(sheet.answers) == [2, 13, 14]


def test_a_cell_over_two_lines_as_excel_writes_it_is_no_problem(tmp_path):
    key = read_key(FIXED_KEY)
    text = HEADER + '2;"la\npersonne";3;non;Zoé\n13;Gupta;0;;Zoé\n'
    sheet = read_answers(write(tmp_path, "excel.csv", text), key)
    assert not [p for p in sheet.problems if p.serious]
    assert " ".join(sheet.answers[2].speaker.split()) == "la personne"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(200), "c’est une image (PNG), pas un fichier CSV"),
        ("scan.csv", b"\xff\xd8\xff\xe0" + bytes(200), "c’est une image (JPEG), pas un fichier CSV"),
        ("binary.csv", b"\x01\x02\x00\x07garbage\x00\x00\x13" * 20, "ce n’est pas un fichier texte"),
    ],
)
def test_a_file_that_is_no_text_says_what_it_is(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    run = grade_files(FIXED_KEY, [path], tmp_path / "grades")
    assert not run.grades and run.failed
    assert message in run.not_graded[0].message


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-16-le", "utf-16-be"])
def test_wide_encodings_with_or_without_a_byte_order_mark_are_read(tmp_path, encoding):
    key = read_key(FIXED_KEY)
    sheet = read_answers(write(tmp_path, "wide.csv", HEADER + GOOD.format(student="Zoé"), encoding), key)
    assert sheet.student == "Zoé" and sheet.answers[13].speaker == "Gupta"


# --- the class goes on -------------------------------------------------------------------------


def test_students_named_like_the_grades_file_or_at_length_are_graded(tmp_path):
    long_name = "Zoé " + "de la Montagne-Verte " * 15  # 300 characters and more
    sheets = [
        write(tmp_path, "a.csv", HEADER + GOOD.format(student="grades.csv")),
        write(tmp_path, "b.csv", HEADER + GOOD.format(student=long_name)),
        write(tmp_path, "c.csv", HEADER + GOOD.format(student="GRADES_CSV")),
    ]
    out = tmp_path / "grades"
    run = grade_files(FIXED_KEY, sheets, out)
    assert len(run.grades) == 3 and not run.not_graded
    assert (out / "grades.csv").is_file()
    folders = [p.parent for p in run.feedback.values()]
    assert len(set(folders)) == 3 and all(p.is_dir() and len(p.name) <= 80 for p in folders)
    assert all(p.is_file() for p in run.feedback.values())


def test_a_sheet_that_breaks_the_grading_is_reported_and_the_others_graded(tmp_path, monkeypatch):
    sheets = [write(tmp_path, f"{n}.csv", HEADER + GOOD.format(student=n)) for n in ("ana", "ben", "cleo")]
    grade_sheet = quotes.exercise.grade_sheet

    def breaks_on_ben(key, sheet, **options):  # type: ignore[no-untyped-def]
        if sheet.student == "ben":
            raise RuntimeError("something nobody expected")
        return grade_sheet(key, sheet, **options)

    monkeypatch.setattr(quotes.exercise, "grade_sheet", breaks_on_ben)
    run = grade_files(FIXED_KEY, sheets, tmp_path / "grades")
    assert [g.student for g in run.grades] == ["ana", "cleo"]
    (broken,) = run.not_graded
    assert broken.path.name == "ben.csv" and "something nobody expected" in broken.message
    assert run.failed


def test_every_file_of_a_folder_that_is_not_graded_is_named_with_why(tmp_path, capsys):
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / "lea.xlsx").write_bytes(b"PK\x03\x04" + bytes(100))
    (folder / "tom.docx").write_bytes(b"PK\x03\x04" + bytes(100))
    (folder / ".DS_Store").write_bytes(bytes(10))
    write(folder, "notes.txt", "à rendre lundi\n")
    assert main(["grade", str(FIXED_KEY), str(folder), "-o", str(tmp_path / "grades")]) == 2
    captured = capsys.readouterr()
    for name, why in [
        ("lea.xlsx", "c’est un classeur Excel ou LibreOffice"),
        ("tom.docx", "c’est un document de traitement de texte"),
        ("notes.txt", "ligne 1: colonnes manquantes"),
        (".DS_Store", "un fichier caché ou temporaire"),
    ]:
        assert f"{folder / name}: {why}" in captured.err or f"{folder / name}, {why}" in captured.err, name
    assert "0 graded, 3 not graded, 1 skipped" in captured.err
    assert "no answer sheet was graded" in captured.err


def test_the_exercise_folder_graded_whole_skips_its_own_files(tmp_path, capsys):
    folder = tmp_path / "exercise"
    folder.mkdir()
    key = folder / "key.json"
    key.write_bytes(FIXED_KEY.read_bytes())
    write(folder, "worksheet.html", "<p>fiche</p>")
    write(folder, "zoe.csv", HEADER + GOOD.format(student="Zoé"))
    assert main(["grade", str(key), str(folder)]) == 0
    err = capsys.readouterr().err
    assert "1 graded, 0 not graded, 2 skipped" in err
    assert "un fichier de l’exercice" in err


def test_a_sheet_names_fifty_problems_at_most_then_counts_the_rest(tmp_path):
    key = read_key(FIXED_KEY)
    rows = "".join(f"{n};Gupta;0;;Zoé\n" for n in [13] * 80)  # 79 repeats of quotation 13
    sheet = read_answers(write(tmp_path, "many.csv", HEADER + rows), key)
    assert len(sheet.problems) == 51
    assert sheet.problems[-1].text.endswith("many.csv: et 29 autres problèmes dans ce fichier")
    assert sheet.problems[-1].serious and sheet.answers[13].speaker == "Gupta"
