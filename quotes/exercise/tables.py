"""The exercise's tables: the blank answer sheet, ``grades.csv``, and the listing ``quotes grade`` prints.

The CSV files are for spreadsheets in the reader's language: French Excel reads ``;``
as the separator and ``,`` as the decimal mark, and needs the BOM to read UTF-8.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ..files import spreadsheet_safe
from ..i18n import language
from .grading import GradeRun, NotGraded, StudentGrade
from .key import Key
from .pages import excerpt, scaled_grade, score_text, verdict_counts, verdict_label
from .sheets import column_names, delimiter
from .summary import class_statistics, statistics_listing


def blank_answers_csv(key: Key, *, lang: str = "fr") -> str:
    """The answer sheet for students who answer on a computer: one row per quotation, answers empty."""
    tr = language(lang)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter(tr))
    writer.writerow(column_names(tr))
    for q in key.quotations:
        writer.writerow([q.number, spreadsheet_safe(excerpt(q.text)), "", "", "", ""])
    return "\ufeff" + out.getvalue()


def grades_csv(
    key: Key, grades: Sequence[StudentGrade], not_graded: Sequence[NotGraded], *, lang: str
) -> str:
    """One row per student: points, the counts, the remarks, then the verdict on each quotation."""
    tr = language(lang)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter(tr))
    headers = (
        tr.pgettext("grades column", "student"),
        tr.pgettext("grades column", "file"),
        tr.pgettext("grades column", "points"),
        tr.pgettext("grades column", "out of"),
        tr.pgettext("grades column", "percent"),
        tr.pgettext("grades column", "right"),
        tr.pgettext("grades column", "close"),
        tr.pgettext("grades column", "wrong"),
        tr.pgettext("grades column", "remarks"),
    )
    writer.writerow([*headers, *(q.number for q in key.quotations)])
    for g in grades:
        writer.writerow(
            [
                spreadsheet_safe(g.student),
                spreadsheet_safe(g.path.name),
                tr.decimal(g.points, places=1),
                tr.decimal(g.max_points, places=1),
                scaled_grade(g, tr),
                g.count("right"),
                g.count("close"),
                g.count("wrong"),
                spreadsheet_safe(" | ".join(p.text for p in g.problems)),
                *(verdict_label(m.verdict, tr) for m in g.marks),
            ]
        )
    for n in not_graded:
        if not n.serious:
            continue  # the exercise's own files, hidden files: named in the listing only
        message = tr.gettext("not graded: %(message)s", message=n.message)
        writer.writerow(
            [
                spreadsheet_safe(n.path.stem),
                spreadsheet_safe(n.path.name),
                "",
                "",
                "",
                "",
                "",
                "",
                spreadsheet_safe(message),
            ]
        )
    return "\ufeff" + out.getvalue()


def listing(run: GradeRun) -> str:
    """Per student and per quotation, right / close / wrong and why: what ``quotes grade`` prints."""
    tr = language(run.lang)
    lines = []
    width = max(len(verdict_label(v, tr)) for v in ("right", "close", "wrong"))
    for g in run.grades:
        lines.append(f"{g.student} ({g.path}): {score_text(g, tr)} · {verdict_counts(g, tr)}")
        for m in g.marks:
            lines.append(f"  {m.number:>3}  {verdict_label(m.verdict, tr):<{width}}  {m.explanation}")
        lines.append("")
    if run.grades:
        lines += statistics_listing(run.key, class_statistics(run.key, run.grades), tr)
        lines.append("")
    if run.to_decide and run.review_csv is not None:
        lines.append(
            tr.ngettext(
                "%(n)s answer to decide: write accept or refuse beside it in %(file)s, then grade again",
                "%(n)s answers to decide: write accept or refuse beside each in %(file)s, then grade again",
                run.to_decide,
                file=str(run.review_csv),
            )
        )
    for n in run.not_graded:
        if n.serious:
            lines.append(tr.gettext("not graded: %(message)s", message=n.message))
        else:
            lines.append(tr.gettext("skipped: %(message)s", message=n.message))
    return "\n".join(lines).rstrip("\n") + "\n"
