"""The view models of the exercise's pages: ``worksheet.html``, ``key.html`` and ``feedback.html``.

The worksheet shows the article with each quotation numbered and nothing else (no
speaker, level or colour); the key adds the analyzer's answers; the feedback grades
one student. Every string is in the page's language.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..i18n import Language, language
from ..model import Analysis, Span
from ..paragraphs import split_paragraphs
from ..rendering import generated_at
from ..scale import ScaleStep, level_range, scale_steps
from .grading import VERDICTS, StudentGrade, yes_no
from .key import Key, outer
from .speakers import accepted_answers, surnames

CHECK_BELOW = 0.7  # attributions less sure than this are flagged « to check » on the key page
EXCERPT_CHARS = 60


@dataclass(frozen=True, slots=True)
class Run:
    """A run of article text, or the start or end of a numbered quotation (its number on its first piece)."""

    text: str = ""
    number: int = 0
    opens: bool = False
    closes: bool = False
    first: bool = False
    indirect: bool = False


@dataclass(frozen=True, slots=True)
class ParagraphRuns:
    runs: tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class SheetRow:
    number: int
    excerpt: str


@dataclass(frozen=True, slots=True)
class KeyRow:
    number: int
    excerpt: str
    kind: str
    speaker: str | None
    accepted: tuple[str, ...]
    surname_accepted: bool
    level: str
    reason_given: str
    reason: str | None
    reasons: tuple[str, ...]
    cue: str | None
    to_check: bool


@dataclass(frozen=True, slots=True)
class ExercisePage:
    """The view model of ``worksheet.html`` and ``key.html`` (the key rows are empty on the worksheet)."""

    lang: str
    title: str
    name: str
    parser: str
    generated: str
    paragraphs: tuple[ParagraphRuns, ...]
    rows: tuple[SheetRow, ...]
    scale: tuple[ScaleStep, ...]
    key_rows: tuple[KeyRow, ...] = ()


def exercise_pages(
    analysis: Analysis, key: Key, *, lang: str = "fr", generated: datetime.datetime | None = None
) -> tuple[ExercisePage, ExercisePage]:
    """The worksheet's view model, then the key page's: the same numbered article."""
    tr = language(lang)
    text = analysis.article.text
    by_id = {q.id: q for q in analysis.quotes}
    numbered = [(outer(by_id[q.id]), q.number, q.kind == "indirect") for q in key.quotations if q.id in by_id]
    spans = split_paragraphs(text)
    starts = [p.span.start for p in spans]
    ends = [p.span.end for p in spans]
    # Each quotation goes only to the paragraphs it overlaps: linear in the article's length.
    buckets: list[list[tuple[Span, int, bool]]] = [[] for _ in spans]
    for item in numbered:
        for i in range(bisect.bisect_right(ends, item[0].start), bisect.bisect_left(starts, item[0].end)):
            buckets[i].append(item)
    paragraphs = tuple(_paragraph_runs(text, p.span, buckets[i]) for i, p in enumerate(spans))
    rows = tuple(SheetRow(q.number, excerpt(q.text)) for q in key.quotations)
    worksheet = ExercisePage(
        lang=lang,
        title=analysis.article.title or analysis.article.name,
        name=analysis.article.name,
        parser=key.parser,
        generated=generated_at(generated, lang),
        paragraphs=paragraphs,
        rows=rows,
        scale=scale_steps(tr),
    )
    key_rows = []
    for q in key.quotations:
        source = key.source_of(q)
        reason = key.reason_of(q)
        key_rows.append(
            KeyRow(
                number=q.number,
                excerpt=excerpt(q.text),
                kind=_kind(q.kind, tr),
                speaker=source.speaker if source else None,
                accepted=accepted_answers(source)[1:] if source else (),
                surname_accepted=bool(source and surnames(source)),
                level=level_text(key.level_of(q), tr),
                reason_given="—" if reason is None else yes_no(reason, tr),
                reason=source.reason if source else None,
                reasons=source.reasons if source else (),
                cue=q.cue,
                to_check=source is None or (q.confidence is not None and q.confidence < CHECK_BELOW),
            )
        )
    key_page = ExercisePage(
        lang=lang,
        title=worksheet.title,
        name=worksheet.name,
        parser=worksheet.parser,
        generated=worksheet.generated,
        paragraphs=paragraphs,
        rows=rows,
        scale=worksheet.scale,
        key_rows=tuple(key_rows),
    )
    return worksheet, key_page


def _kind(kind: str, tr: Language) -> str:
    """« directe », « partielle », « indirecte »."""
    names = {
        "direct": tr.pgettext("quotation kind", "direct"),
        "partial": tr.pgettext("quotation kind", "partial"),
        "indirect": tr.pgettext("quotation kind", "indirect"),
    }
    return names.get(kind, kind)


def _paragraph_runs(text: str, paragraph: Span, numbered: Sequence[tuple[Span, int, bool]]) -> ParagraphRuns:
    """One paragraph cut into text runs and properly nested quotations."""
    spans = []
    for marked, number, indirect in numbered:
        s, e = max(marked.start, paragraph.start), min(marked.end, paragraph.end)
        if s < e:
            spans.append((s, -e, number, s == marked.start, indirect))
    spans.sort()
    roots: list[_Node] = []
    stack: list[_Node] = []
    for s, neg_e, number, first, indirect in spans:
        e = -neg_e
        while stack and stack[-1].end <= s:
            stack.pop()
        if stack:
            e = min(e, stack[-1].end)  # a quotation crossing its parent's end is clipped to it
        node = _Node(s, e, number, first, indirect)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    runs: list[Run] = []

    def emit(nodes: list[_Node], lo: int, hi: int) -> None:
        pos = lo
        for node in nodes:
            if node.start > pos:
                runs.append(Run(text=text[pos : node.start]))
            runs.append(Run(number=node.number, opens=True, first=node.first, indirect=node.indirect))
            emit(node.children, node.start, node.end)
            runs.append(Run(closes=True))
            pos = node.end
        if pos < hi:
            runs.append(Run(text=text[pos:hi]))

    emit(roots, paragraph.start, paragraph.end)
    return ParagraphRuns(tuple(runs))


@dataclass(slots=True)
class _Node:
    start: int
    end: int
    number: int
    first: bool
    indirect: bool
    children: list[_Node] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    number: int
    excerpt: str
    verdict: str
    verdict_label: str
    answer_speaker: str
    answer_level: str
    answer_reason: str
    key_speaker: str
    key_level: str
    key_reason: str
    explanation: str


@dataclass(frozen=True, slots=True)
class FeedbackPage:
    lang: str
    student: str
    file: str
    title: str
    score: str
    counts: str
    problems: tuple[str, ...]
    rows: tuple[FeedbackRow, ...]
    generated: str


def feedback_page(
    key: Key, grade: StudentGrade, *, lang: str, generated: datetime.datetime | None = None
) -> FeedbackPage:
    """One student's feedback: the score, the remarks on their file, and every quotation graded."""
    tr = language(lang)
    numbered = {q.number: q for q in key.quotations}
    rows = []
    for mark in grade.marks:
        q = numbered[mark.number]
        source = key.source_of(q)
        reason = key.reason_of(q)
        a = mark.answer
        rows.append(
            FeedbackRow(
                number=mark.number,
                excerpt=excerpt(q.text),
                verdict=mark.verdict,
                verdict_label=verdict_label(mark.verdict, tr),
                answer_speaker=(a.speaker if a and a.speaker else ""),
                answer_level="" if a is None or a.level is None else str(a.level),
                answer_reason="" if a is None or a.reason is None else yes_no(a.reason, tr),
                key_speaker=source.speaker if source else tr.gettext("nobody"),
                key_level=level_text(key.level_of(q), tr),
                key_reason="—" if reason is None else yes_no(reason, tr),
                explanation=mark.explanation,
            )
        )
    return FeedbackPage(
        lang=lang,
        student=grade.student,
        file=grade.path.name,
        title=key.title or key.article,
        score=score_text(grade, tr),
        counts=verdict_counts(grade, tr),
        problems=tuple(p.text for p in grade.problems),
        rows=tuple(rows),
        generated=generated_at(generated, lang),
    )


def verdict_label(verdict: str, tr: Language) -> str:
    """« juste », « proche », « faux »."""
    labels = {
        "right": tr.pgettext("verdict", "right"),
        "close": tr.pgettext("verdict", "close"),
        "wrong": tr.pgettext("verdict", "wrong"),
    }
    return labels[verdict]


def verdict_counts(grade: StudentGrade, tr: Language) -> str:
    """« 1 juste, 2 proches, 3 faux »."""
    right, close, wrong = (grade.count(v) for v in VERDICTS)
    return ", ".join(
        (
            tr.ngettext("%(n)s right", "%(n)s right", right),
            tr.ngettext("%(n)s close", "%(n)s close", close),
            tr.ngettext("%(n)s wrong", "%(n)s wrong", wrong),
        )
    )


def grade_scale(tr: Language) -> int:
    """What a grade is out of where the reader lives: 20 in French schools, 100 (a percentage) in English."""
    # TRANSLATORS: the number a grade is out of: 100 for a percentage, 20 in French schools.
    return int(tr.pgettext("grade out of", "100"))


def scaled_grade(grade: StudentGrade, tr: Language) -> str:
    """The grade on the reader's scale, to one decimal rounded half up: « 11,3 » for 11.25."""
    share = grade.points / grade.max_points if grade.max_points else 0.0
    return tr.decimal(share * grade_scale(tr), places=1)


def score_text(grade: StudentGrade, tr: Language) -> str:
    """« 29,5 / 45 points, 13,1/20 », "29.5 / 45 points, 65.6%"."""
    return tr.pgettext(
        "score",
        "%(points)s / %(max)s points, %(grade)s%%",
        points=tr.decimal(grade.points, places=1),
        max=tr.decimal(grade.max_points, places=1),
        grade=scaled_grade(grade, tr),
    )


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The first words of a quotation, enough to find it."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def level_text(level: tuple[int, int], tr: Language) -> str:
    """« 3 (relationnelle) », or « 3–4 (relationnelle ou catégorielle) » for a range."""
    low, high = level
    shown = str(low) if low == high else f"{low}–{high}"
    return f"{shown} ({level_range(low, high, tr)})"
