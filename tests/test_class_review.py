"""The class review and the teacher's summary (issue 13).

``quotes grade`` lists, in ``review.csv``, the answers it could not decide for the whole
class; the teacher writes « accepter » or « refuser » beside each, and the next run
applies the decision to every student who gave that answer. ``summary.html`` gives the
class's figures per quotation. The key is the hand-written one of tests/data/exercise.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from quotes.cli import main
from quotes.exercise import grade_files, listing
from quotes.exercise.summary import class_statistics

DATA = Path(__file__).resolve().parent / "data" / "exercise"
FIXED_KEY = DATA / "key.json"
HEADER = "numéro;qui parle;niveau;raison donnée;élève\n"

# Quotation 5 is « l’un des fondateurs d’une société LLM rivale » (levels 3–4, no reason given);
# 13 is Ritwik Gupta (level 0).
SHEETS = {
    "ana": "5;un fondateur;3;non;Ana\n13;Gupta;0;;Ana\n",
    "ben": "5;Un Fondateur;4;non;Ben\n13;Gupa;0;;Ben\n",
    "cleo": "5;l’un des fondateurs d’une société LLM rivale;3;non;Cléo\n13;Liang;1;;Cléo\n",
}


@pytest.fixture
def class_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "copies"
    folder.mkdir()
    for name, rows in SHEETS.items():
        (folder / f"{name}.csv").write_text(HEADER + rows, encoding="utf-8")
    return folder


def review_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def marks(run, number: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {g.student: next(m for m in g.marks if m.number == number).verdict for g in run.grades}


def test_the_review_lists_each_undecided_answer_once_for_the_class(class_folder, tmp_path):
    run = grade_files(FIXED_KEY, [class_folder], tmp_path / "grades")
    assert run.review_csv == tmp_path / "grades" / "review.csv" and run.to_decide == 2
    header, *rows = review_rows(run.review_csv)
    assert header == ["décision", "réponse", "source attendue", "citations", "élèves"]
    assert rows == [
        ["", "un fondateur", "l’un des fondateurs d’une société LLM rivale", "5", "Ana, Ben"],
        ["", "Gupa", "Ritwik Gupta", "13", "Ben"],  # a misspelled name is the teacher's to decide
    ]
    assert marks(run, 5) == {"Ana": "wrong", "Ben": "wrong", "Cléo": "right"}
    assert "2 réponses à trancher" in listing(run)


def test_a_decision_in_the_review_changes_the_grades_of_everyone_who_gave_the_answer(class_folder, tmp_path):
    out = tmp_path / "grades"
    first = grade_files(FIXED_KEY, [class_folder], out)
    points = {g.student: g.points for g in first.grades}
    text = first.review_csv.read_text(encoding="utf-8-sig")  # type: ignore[union-attr]
    text = text.replace(";un fondateur;", "accepter;un fondateur;", 1).replace(";Gupa;", "refuser;Gupa;", 1)
    first.review_csv.write_text("\ufeff" + text, encoding="utf-8")  # type: ignore[union-attr]

    again = grade_files(FIXED_KEY, [class_folder], out)
    assert marks(again, 5) == {"Ana": "right", "Ben": "right", "Cléo": "right"}
    after = {g.student: g.points for g in again.grades}
    assert after["Ana"] == points["Ana"] + 1 and after["Ben"] == points["Ben"] + 1
    assert after["Cléo"] == points["Cléo"]
    ben = next(g for g in again.grades if g.student == "Ben")
    explanations = {m.number: m.explanation for m in ben.marks}
    assert "accepté par votre professeur" in explanations[5]
    assert "décision de votre professeur" in explanations[13]
    # The decisions stay in the file, and nothing is left to decide.
    assert again.to_decide == 0 and not again.failed
    assert [row[0] for row in review_rows(again.review_csv)[1:]] == ["accepter", "refuser"]  # type: ignore[arg-type]
    feedback = again.feedback["Ana"].read_text(encoding="utf-8")
    assert "accepté par votre professeur" in feedback


def test_a_decision_the_grader_cannot_read_is_reported_with_its_line(class_folder, tmp_path):
    out = tmp_path / "grades"
    first = grade_files(FIXED_KEY, [class_folder], out)
    text = first.review_csv.read_text(encoding="utf-8-sig")  # type: ignore[union-attr]
    first.review_csv.write_text(
        text.replace(";un fondateur;", "peut-être;un fondateur;", 1), encoding="utf-8"
    )  # type: ignore[union-attr]
    again = grade_files(FIXED_KEY, [class_folder], out)
    assert any(
        "review.csv, ligne 2: « peut-être » : écrivez accepter ou refuser" in p for p in again.problems
    )
    assert again.failed and again.to_decide == 2


def test_an_english_review_and_decisions_in_english(class_folder, tmp_path, capsys):
    out = tmp_path / "grades"
    assert main(["grade", str(FIXED_KEY), str(class_folder), "-o", str(out), "--lang", "en"]) == 0
    text = (out / "review.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("decision,answer,expected source,quotations,students")
    (out / "review.csv").write_text(
        text.replace("\n,un fondateur,", "\naccept,un fondateur,"), encoding="utf-8"
    )
    capsys.readouterr()
    assert main(["grade", str(FIXED_KEY), str(class_folder), "-o", str(out), "--lang", "en"]) == 0
    assert "1 answer to decide" in capsys.readouterr().out


def test_per_quotation_statistics_for_the_class(class_folder, tmp_path):
    run = grade_files(FIXED_KEY, [class_folder], tmp_path / "grades")
    stats = {s.number: s for s in class_statistics(run.key, run.grades)}
    five, thirteen = stats[5], stats[13]
    assert (five.answered, five.speaker_right, five.level_right, five.to_check) == (3, 1, 3, 2)
    assert five.reason_asked and five.reason_right == 3
    assert five.wrong_answers == (("un fondateur", 2),)
    assert (thirteen.answered, thirteen.speaker_right, thirteen.level_right, thirteen.level_close) == (
        3,
        1,
        2,
        1,
    )
    assert stats[1].answered == 0
    summary = (tmp_path / "grades" / "summary.html").read_text(encoding="utf-8")
    assert "1 sur 3 (33 %)" in summary.replace("\u202f", " ").replace("\xa0", " ")
    assert "« un fondateur » (2)" in summary
    assert "./Ana/feedback.html" in summary and 'href="./review.csv"' in summary
    text = listing(run)
    assert "La classe, citation par citation" in text
    assert "  5  qui parle 1 sur 3" in text.replace("\u202f", " ").replace("\xa0", " ")


def test_a_review_file_saved_as_a_workbook_is_left_alone_and_said(class_folder, tmp_path):
    out = tmp_path / "grades"
    grade_files(FIXED_KEY, [class_folder], out)
    workbook = b"PK\x03\x04" + bytes(200)
    (out / "review.csv").write_bytes(workbook)
    again = grade_files(FIXED_KEY, [class_folder], out)
    assert (out / "review.csv").read_bytes() == workbook  # the teacher's decisions are not overwritten
    assert any("review.csv: ne peut pas être lu comme un fichier CSV" in p for p in again.problems)
    assert again.failed and len(again.grades) == 3
