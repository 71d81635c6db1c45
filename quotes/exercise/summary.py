"""The teacher's summary of a class: scores, how the class did on each quotation, what is left to decide.

``class_statistics`` counts, per quotation, how many students found the speaker, the
level (and one away), the reason; and the wrong answers most given. ``summary_page`` is
the view model of ``summary.html``; ``statistics_listing`` the lines ``quotes grade``
prints. Every string is in the teacher's language.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..i18n import Language, language
from ..rendering import generated_at
from .grading import Mark, StudentGrade
from .key import Key
from .normalize import speaker_key
from .pages import excerpt, level_text, score_text, verdict_counts
from .sheets import NotGraded, shown

COMMON_WRONG = 3  # wrong answers shown per quotation


@dataclass(frozen=True, slots=True)
class QuotationStats:
    """How a class did on one quotation."""

    number: int
    answered: int
    speaker_right: int
    level_right: int
    level_close: int
    reason_asked: bool
    reason_right: int
    to_check: int
    wrong_answers: tuple[
        tuple[str, int], ...
    ]  # the wrong speakers most given, as first written, and how often


def class_statistics(key: Key, grades: Sequence[StudentGrade]) -> tuple[QuotationStats, ...]:
    """Per quotation of the key, what the students who answered it got right."""
    by_number: dict[int, list[Mark]] = {q.number: [] for q in key.quotations}
    for g in grades:
        for m in g.marks:
            if m.answer is not None and not m.answer.empty and m.number in by_number:
                by_number[m.number].append(m)
    found = []
    for q in key.quotations:
        marks = by_number[q.number]
        low, high = key.level_of(q)
        reason = key.reason_of(q)
        wrong: Counter[str] = Counter()
        first_written: dict[str, str] = {}
        for m in marks:
            assert m.answer is not None
            if not m.speaker_right and m.answer.speaker.strip():
                k = speaker_key(m.answer.speaker)
                first_written.setdefault(k, shown(m.answer.speaker))
                wrong[k] += 1
        levels = [m.answer.level for m in marks if m.answer is not None and m.answer.level is not None]
        found.append(
            QuotationStats(
                number=q.number,
                answered=len(marks),
                speaker_right=sum(m.speaker_right for m in marks),
                level_right=sum(low <= level <= high for level in levels),
                level_close=sum(level in (low - 1, high + 1) for level in levels),
                reason_asked=reason is not None,
                reason_right=sum(m.answer is not None and m.answer.reason is reason for m in marks),
                to_check=sum(m.review and not m.speaker_right for m in marks),
                wrong_answers=tuple((first_written[k], n) for k, n in wrong.most_common(COMMON_WRONG)),
            )
        )
    return tuple(found)


@dataclass(frozen=True, slots=True)
class StatsRow:
    """One quotation in the summary's table, every figure worded."""

    number: int
    excerpt: str
    speaker: str
    level: str
    speaker_right: str
    level_right: str
    reason_right: str
    wrong_answers: str
    to_check: str


@dataclass(frozen=True, slots=True)
class ScoreRow:
    student: str
    score: str
    counts: str
    href: str | None


@dataclass(frozen=True, slots=True)
class SummaryPage:
    """The view model of ``summary.html``: the teacher's page for the whole class."""

    lang: str
    title: str
    students: str
    scores: tuple[ScoreRow, ...]
    quotations: tuple[StatsRow, ...]
    review: str | None
    review_href: str | None
    not_graded: tuple[str, ...]
    skipped: tuple[str, ...]
    generated: str


def summary_page(
    key: Key,
    grades: Sequence[StudentGrade],
    stats: Sequence[QuotationStats],
    not_graded: Sequence[NotGraded],
    *,
    feedback: dict[str, Path],
    output: Path,
    to_decide: int,
    review_file: str | None,
    lang: str,
    generated: datetime.datetime | None = None,
) -> SummaryPage:
    """The class at a glance: each student's score, each quotation's figures, what is left to do."""
    tr = language(lang)
    numbered = {q.number: q for q in key.quotations}
    rows = []
    for s in stats:
        q = numbered[s.number]
        source = key.source_of(q)
        rows.append(
            StatsRow(
                number=s.number,
                excerpt=excerpt(q.text),
                speaker=source.speaker if source else tr.gettext("nobody"),
                level=level_text(key.level_of(q), tr),
                speaker_right=_share(s.speaker_right, s.answered, tr),
                level_right=_share(s.level_right, s.answered, tr)
                + (
                    " " + tr.ngettext("(and %(n)s one away)", "(and %(n)s one away)", s.level_close)
                    if s.level_close
                    else ""
                ),
                reason_right=_share(s.reason_right, s.answered, tr) if s.reason_asked else "—",
                wrong_answers=tr.gettext(", ").join(
                    tr.gettext("“%(answer)s” (%(count)s)", answer=a, count=tr.decimal(n))
                    for a, n in s.wrong_answers
                ),
                to_check=tr.decimal(s.to_check) if s.to_check else "",
            )
        )
    scores = tuple(
        ScoreRow(
            student=g.student,
            score=score_text(g, tr),
            counts=verdict_counts(g, tr),
            href=_relative(feedback[g.student], output) if g.student in feedback else None,
        )
        for g in grades
    )
    review = None
    if to_decide:
        review = tr.ngettext(
            "%(n)s answer is left for you to decide: write accept or refuse beside it in %(file)s, "
            "then run quotes grade again.",
            "%(n)s answers are left for you to decide: write accept or refuse beside each in %(file)s, "
            "then run quotes grade again.",
            to_decide,
            file=review_file or "",
        )
    return SummaryPage(
        lang=lang,
        title=key.title or key.article,
        students=tr.ngettext("%(n)s student graded", "%(n)s students graded", len(grades)),
        scores=scores,
        quotations=tuple(rows),
        review=review,
        review_href=f"./{review_file}" if review_file else None,
        not_graded=tuple(n.message for n in not_graded if n.serious),
        skipped=tuple(n.message for n in not_graded if not n.serious),
        generated=generated_at(generated, lang),
    )


def _share(count: int, total: int, tr: Language) -> str:
    """« 12 sur 20 (60 %) », "12 of 20 (60%)"."""
    if not total:
        return "—"
    return tr.gettext(
        "%(count)s of %(total)s (%(percent)s)",
        count=tr.decimal(count),
        total=tr.decimal(total),
        percent=tr.percent(count / total),
    )


def _relative(path: Path, output: Path) -> str:
    """A link from the summary to a student's feedback: ``./<folder>/feedback.html``."""
    import urllib.parse

    try:
        inside = path.relative_to(output)
    except ValueError:
        return path.resolve().as_uri()
    return "./" + "/".join(urllib.parse.quote(part) for part in inside.parts)


def statistics_listing(key: Key, stats: Sequence[QuotationStats], tr: Language) -> list[str]:
    """The per-quotation lines ``quotes grade`` prints after the students."""
    lines = [tr.gettext("Class, per quotation:")]
    for s in stats:
        if not s.answered:
            nothing = tr.gettext("no answer")
            lines.append(f"  {s.number:>3}  {nothing}")
            continue
        parts = [
            tr.gettext("speaker %(share)s", share=_share(s.speaker_right, s.answered, tr)),
            tr.gettext("level %(share)s", share=_share(s.level_right, s.answered, tr)),
        ]
        if s.reason_asked:
            parts.append(tr.gettext("reason %(share)s", share=_share(s.reason_right, s.answered, tr)))
        if s.wrong_answers:
            answer, count = s.wrong_answers[0]
            parts.append(
                tr.gettext("most given wrong answer: “%(answer)s” (%(count)s)", answer=answer, count=count)
            )
        joined = tr.gettext("; ").join(parts)
        lines.append(f"  {s.number:>3}  {joined}")
    return lines
