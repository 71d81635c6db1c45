"""Class exercises: a worksheet to fill in, the answer key, and the grading of students' answer sheets.

``write_exercise`` turns an analysis into ``worksheet.html`` (the article with each
quotation numbered and nothing else), ``answers.csv`` (the blank answer sheet),
``key.json`` (the analyzer's answers, which the teacher may edit) and ``key.html``.
``grade_files`` reads a key and the students' answer sheets and says, per quotation,
right, close or wrong, and why; it writes one ``feedback.html`` per student and
``grades.csv`` for the class.

The parts, one job each: ``key`` (building the key, reading and writing key.json),
``normalize`` (how answers and names are compared), ``speakers`` (what counts as naming
a source), ``sheets`` (reading answer sheets),
``grading``, ``pages`` (the pages' view models) and ``tables`` (the CSV files and the
listing). This module writes the files.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import ExerciseError
from ..files import write_atomically
from ..i18n import language
from ..model import Analysis
from ..rendering import render
from .grading import GradeRun, Mark, StudentGrade, grade_answer, grade_sheet
from .key import Key, KeyQuotation, KeySource, build_key, key_from_json, key_to_json, read_key, select_quotes
from .normalize import speaker_key
from .pages import exercise_pages, feedback_page
from .review import REVIEW_FILE, ReviewRow, UnreadableReview, decisions_of, merged, read_review, review_csv
from .sheets import Answer, AnswerSheet, NotGraded, Problem, collect_answer_files, read_answers
from .speakers import accepted_answers
from .summary import class_statistics, summary_page
from .tables import blank_answers_csv, grades_csv, listing

__all__ = [
    "Answer",
    "AnswerSheet",
    "ExerciseFiles",
    "GradeRun",
    "Key",
    "KeyQuotation",
    "KeySource",
    "Mark",
    "NotGraded",
    "Problem",
    "StudentGrade",
    "accepted_answers",
    "build_key",
    "grade_answer",
    "grade_files",
    "grade_sheet",
    "key_from_json",
    "key_to_json",
    "listing",
    "read_answers",
    "read_key",
    "select_quotes",
    "speaker_key",
    "write_exercise",
]


@dataclass(frozen=True, slots=True)
class ExerciseFiles:
    """What ``write_exercise`` wrote."""

    worksheet: Path
    answers: Path
    key_html: Path
    key_json: Path
    quotations: int
    sources: int


def write_exercise(
    analysis: Analysis,
    output: Path,
    *,
    lang: str = "fr",
    indirect: bool = False,
    force: bool = False,
    generated: datetime.datetime | None = None,
) -> ExerciseFiles:
    """Write ``worksheet.html``, ``answers.csv``, ``key.html`` and ``key.json`` into ``output``.

    An existing ``key.json`` that differs from the new one (a teacher's edits) is kept
    unless ``force``: nothing is written then.
    """
    key = build_key(analysis, lang=lang, indirect=indirect)
    if not key.quotations:
        hint = "" if indirect else " (add --indirect to ask about reported speech)"
        raise ExerciseError(f"{analysis.article.name}: no quotation in quote marks to ask about{hint}")
    key_text = json.dumps(key_to_json(key), ensure_ascii=False, indent=2) + "\n"
    key_path = output / "key.json"
    if key_path.is_file() and not force:
        try:
            old = key_path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            old = None
        if old != key_text:
            raise ExerciseError(
                f"{key_path} exists and differs from this article's key (edited by hand?): "
                "write the exercise elsewhere with -o, or add --force to replace it"
            )
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExerciseError(f"{output}: cannot create the folder ({err.strerror})") from None
    worksheet, key_page = exercise_pages(analysis, key, lang=lang, generated=generated)
    files = ExerciseFiles(
        worksheet=output / "worksheet.html",
        answers=output / "answers.csv",
        key_html=output / "key.html",
        key_json=key_path,
        quotations=len(key.quotations),
        sources=len(key.sources),
    )
    write_atomically(files.worksheet, render("worksheet.html", worksheet, lang=lang))
    write_atomically(files.answers, blank_answers_csv(key, lang=lang))
    write_atomically(files.key_html, render("key.html", key_page, lang=lang))
    write_atomically(key_path, key_text)
    return files


def grade_files(
    key_path: Path,
    answer_paths: Sequence[Path],
    output: Path,
    *,
    lang: str | None = None,
    generated: datetime.datetime | None = None,
) -> GradeRun:
    """Grade the answer sheets; write ``output/<student>/feedback.html`` and ``output/grades.csv``.

    A sheet that cannot be graded, for whatever reason, is reported and the others are
    graded all the same; so is a file of a given folder that is no answer sheet.
    """
    key = read_key(key_path)
    lang = lang or key.lang
    tr = language(lang)
    files, not_graded = collect_answer_files(answer_paths, key=key_path, output=output, lang=lang)
    review_path = output / REVIEW_FILE
    review_readable = True
    try:
        reviewed, review_problems = read_review(review_path, key, lang=lang)
    except UnreadableReview as err:
        # The teacher's decisions are in there: never overwrite them, say so, grade without them.
        reviewed, review_problems, review_readable = [], [Problem(str(err))], False
    decisions = decisions_of(reviewed)
    grades: list[StudentGrade] = []
    students: dict[str, Path] = {}
    for path in files:
        if not path.exists():
            not_graded.append(NotGraded(path, f"{path}: does not exist"))
            continue
        try:
            grade = grade_sheet(key, read_answers(path, key, lang=lang), lang=lang, decisions=decisions)
        except ExerciseError as err:
            not_graded.append(NotGraded(path, str(err)))
            continue
        except Exception as err:  # one sheet never stops the class: say which, grade the others
            message = tr.gettext(
                "could not be graded (%(error)s); the other sheets are graded",
                error=f"{type(err).__name__}: {err}",
            )
            not_graded.append(NotGraded(path, f"{path}: {message}"))
            continue
        name = grade.student
        if name.casefold() in students:
            n = 2
            while f"{name} ({n})".casefold() in students:
                n += 1
            renamed = f"{name} ({n})"
            note = tr.gettext(
                "same student as %(other)s: graded as “%(student)s”",
                other=str(students[name.casefold()]),
                student=renamed,
            )
            grade = replace(
                grade, student=renamed, problems=(*grade.problems, Problem(f"{path}: {note}", False))
            )
        students[grade.student.casefold()] = path
        grades.append(grade)
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExerciseError(f"{output}: cannot create the folder ({err.strerror})") from None
    feedback: dict[str, Path] = {}
    folders: set[str] = set()
    for i, grade in enumerate(grades):
        path = output / folder_name(grade.student, folders) / "feedback.html"
        try:
            page = feedback_page(key, grade, lang=lang, generated=generated)
            path.parent.mkdir(exist_ok=True)
            write_atomically(path, render("feedback.html", page, lang=lang))
        except OSError as err:
            message = tr.gettext("feedback not written (%(error)s)", error=str(err.strerror or err))
            grades[i] = replace(grade, problems=(*grade.problems, Problem(f"{path}: {message}")))
            continue
        feedback[grade.student] = path
    csv_path = output / "grades.csv"
    write_atomically(csv_path, grades_csv(key, grades, not_graded, lang=lang))
    rows = merged(reviewed, _review_rows(key, grades))
    if review_readable and (rows or review_path.exists()):
        write_atomically(review_path, review_csv(rows, key, lang=lang))
    to_decide = sum(1 for r in rows if r.accepted is None and r.students)
    summary_path = output / "summary.html"
    summary = summary_page(
        key,
        grades,
        class_statistics(key, grades),
        not_graded,
        feedback=feedback,
        output=output,
        to_decide=to_decide,
        review_file=REVIEW_FILE if rows else None,
        lang=lang,
        generated=generated,
    )
    write_atomically(summary_path, render("summary.html", summary, lang=lang))
    return GradeRun(
        key,
        lang,
        tuple(grades),
        tuple(not_graded),
        feedback,
        csv_path,
        review_csv=review_path if rows or review_path.exists() else None,
        to_decide=to_decide,
        review_problems=tuple(review_problems),
        summary=summary_path,
    )


def _review_rows(key: Key, grades: Sequence[StudentGrade]) -> list[ReviewRow]:
    """The speaker answers the grader left to the teacher, one row per student and quotation."""
    numbered = {q.number: q for q in key.quotations}
    rows = []
    for grade in grades:
        for mark in grade.marks:
            source = key.source_of(numbered[mark.number])
            if mark.review and mark.answer is not None and source is not None:
                rows.append(ReviewRow(source.id, mark.answer.speaker, None, {mark.number}, [grade.student]))
    return rows


# Folder names are cut to this many characters (a file name holds at most 255 bytes).
FOLDER_CHARS = 60


def folder_name(student: str, taken: set[str]) -> str:
    """A folder name for the student's feedback: their name, made safe, short, unique whatever the case.

    Only letters, digits, ``-`` and ``_``: no dot, so that no student's folder takes the
    name of a file the grading writes (« grades.csv » becomes ``grades_csv``).
    """
    base = re.sub(r"[^\w-]+", "_", student, flags=re.UNICODE).strip("_-") or "student"
    if len(base) > FOLDER_CHARS:
        digest = hashlib.sha256(student.encode("utf-8")).hexdigest()[:8]
        base = f"{base[:FOLDER_CHARS].rstrip('_-')}-{digest}"
    name = base
    n = 2
    while name.casefold() in taken:
        name = f"{base}-{n}"
        n += 1
    taken.add(name.casefold())
    return name
