"""Grading: each quotation right, close or wrong against the key, with points and a one-line why.

Explanations are in the key's language (or the one asked for).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..i18n import Language, Value, language
from ..scale import level_range
from .key import Key, KeyQuotation
from .normalize import plain, speaker_key
from .sheets import SHOWN_ANSWER_CHARS, Answer, AnswerSheet, NotGraded, Problem, shown
from .speakers import NOBODY, PRONOUNS, SpeakerIndex, resembles

VERDICTS = ("right", "close", "wrong")


@dataclass(frozen=True, slots=True)
class Mark:
    """The grade of one quotation: right, close or wrong, the points, and a one-line explanation."""

    number: int
    verdict: str
    points: float
    max_points: float
    explanation: str
    answer: Answer | None
    # The speaker answer goes to the class review: the grader could not decide it alone.
    review: bool = False
    speaker_right: bool = False


@dataclass(frozen=True, slots=True)
class StudentGrade:
    student: str
    path: Path
    marks: tuple[Mark, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def points(self) -> float:
        return sum(m.points for m in self.marks)

    @property
    def max_points(self) -> float:
        return sum(m.max_points for m in self.marks)

    def count(self, verdict: str) -> int:
        return sum(1 for m in self.marks if m.verdict == verdict)


@dataclass(frozen=True, slots=True)
class GradeRun:
    """What ``grade_files`` did: the grades, the files it could not grade, where it wrote."""

    key: Key
    lang: str
    grades: tuple[StudentGrade, ...]
    not_graded: tuple[NotGraded, ...]
    feedback: dict[str, Path]
    grades_csv: Path
    review_csv: Path | None = None  # the class review, when there is anything to review
    to_decide: int = 0  # answers in it that the teacher has not decided yet
    review_problems: tuple[Problem, ...] = ()
    summary: Path | None = None

    @property
    def problems(self) -> tuple[str, ...]:
        """Every message for the teacher: files not graded, then wrong rows and notes, then the review."""
        found = [f"{n.message}" for n in self.not_graded]
        for g in self.grades:
            found += [p.text for p in g.problems]
        found += [p.text for p in self.review_problems]
        return tuple(found)

    @property
    def failed(self) -> bool:
        """True when a file was not graded, a row was wrong, or nothing was graded (notes do not count)."""
        return (
            not self.grades
            or any(n.serious for n in self.not_graded)
            or any(p.serious for g in self.grades for p in g.problems)
            or any(p.serious for p in self.review_problems)
        )


Decisions = dict[tuple[str, str], bool]


def grade_sheet(
    key: Key, sheet: AnswerSheet, *, lang: str | None = None, decisions: Decisions | None = None
) -> StudentGrade:
    """Grade every quotation of the key against one student's answers.

    ``decisions``: the teacher's word on answers the grader could not decide, by source id
    and answer as compared (``speaker_key``), from the class review.
    """
    tr = language(lang or key.lang)
    index = SpeakerIndex.of(key)
    marks = tuple(
        _grade(key, q, sheet.answers.get(q.number), tr, index, decisions or {}) for q in key.quotations
    )
    return StudentGrade(sheet.student, sheet.path, marks, sheet.problems)


def grade_answer(
    key: Key,
    quotation: KeyQuotation,
    answer: Answer | None,
    *,
    lang: str = "fr",
    index: SpeakerIndex | None = None,
    decisions: Decisions | None = None,
) -> Mark:
    """Right when every part is right; wrong when the speaker is, or the level is 2+ away; else close.

    Points: 1 for the speaker, 1 for the level (½ when one away), 1 for the reason when it is asked.
    """
    return _grade(key, quotation, answer, language(lang), index or SpeakerIndex.of(key), decisions or {})


def _grade(
    key: Key,
    quotation: KeyQuotation,
    answer: Answer | None,
    tr: Language,
    index: SpeakerIndex,
    decisions: Decisions,
) -> Mark:
    reason_key = key.reason_of(quotation)
    max_points = 2.0 + (1.0 if reason_key is not None else 0.0)
    if answer is None or answer.empty:
        return Mark(quotation.number, "wrong", 0.0, max_points, tr.gettext("no answer"), answer)
    speaker = _judge_speaker(key, quotation, answer.speaker, index, tr, decisions)
    level_verdict, level_text_ = _judge_level(key.level_of(quotation), answer.level, tr)
    parts = [speaker.text, level_text_]
    points = (1.0 if speaker.right else 0.0) + {"right": 1.0, "close": 0.5}.get(level_verdict, 0.0)
    reason_ok = True
    if reason_key is not None:
        reason_ok, reason_text = _judge_reason(reason_key, answer.reason, tr)
        parts.append(reason_text)
        points += 1.0 if reason_ok else 0.0
    if not speaker.right or level_verdict == "wrong":
        verdict = "wrong"
    elif level_verdict == "close" or not reason_ok:
        verdict = "close"
    else:
        verdict = "right"
    return Mark(
        quotation.number,
        verdict,
        points,
        max_points,
        tr.gettext("; ").join(parts),
        answer,
        review=speaker.review,
        speaker_right=speaker.right,
    )


@dataclass(frozen=True, slots=True)
class _Speaker:
    """How a speaker answer was judged: right or not, why, and whether it is the class review's to decide."""

    right: bool
    text: str
    review: bool = False


def _judge_speaker(
    key: Key, quotation: KeyQuotation, answer: str, index: SpeakerIndex, tr: Language, decisions: Decisions
) -> _Speaker:
    source = key.source_of(quotation)
    words = " ".join(plain(answer))
    if not words or words in NOBODY:
        if source is None:
            return _Speaker(True, tr.gettext("speaker: nobody, indeed"))
        if words:
            return _Speaker(
                False, tr.gettext("speaker: the article says who it is: %(speaker)s", speaker=source.speaker)
            )
        return _Speaker(False, tr.gettext("speaker: no answer; it is %(speaker)s", speaker=source.speaker))
    if source is None:
        return _Speaker(
            False,
            tr.gettext(
                "speaker: the article does not say who speaks (not “%(answer)s”)", answer=shown(answer)
            ),
        )
    values: dict[str, Value] = {"answer": shown(answer, SHOWN_ANSWER_CHARS), "speaker": source.speaker}
    if words in PRONOUNS:
        return _Speaker(
            False, tr.gettext("speaker: “%(answer)s” is a pronoun; name the source: %(speaker)s", **values)
        )
    found = index.matches(answer)
    if source.id in found:
        if speaker_key(answer) == speaker_key(source.speaker):
            return _Speaker(True, tr.gettext("speaker: %(speaker)s", speaker=source.speaker))
        return _Speaker(True, tr.gettext("speaker: “%(answer)s” is indeed %(speaker)s", **values))
    decided = decisions.get((source.id, speaker_key(answer)))
    if decided is True:
        return _Speaker(
            True,
            tr.gettext("speaker: “%(answer)s”, accepted by your teacher for %(speaker)s", **values),
            True,
        )
    if decided is False:
        return _Speaker(
            False,
            tr.gettext("speaker: “%(answer)s” does not name %(speaker)s (your teacher's decision)", **values),
            True,
        )
    if found:
        return _Speaker(
            False,
            tr.gettext(
                "speaker: “%(answer)s” is another source in the article; here it is %(speaker)s", **values
            ),
        )
    if resembles(answer, source):
        return _Speaker(
            False,
            tr.gettext(
                "speaker: “%(answer)s” looks like %(speaker)s but does not name it exactly (to check)",
                **values,
            ),
            True,
        )
    return _Speaker(False, tr.gettext("speaker: “%(answer)s” does not name %(speaker)s", **values))


def _judge_level(expected: tuple[int, int], answer: int | None, tr: Language) -> tuple[str, str]:
    low, high = expected
    shown = str(low) if low == high else f"{low}–{high}"
    label = level_range(low, high, tr)
    if answer is None:
        return "wrong", tr.gettext("level: no answer; it is %(level)s (%(label)s)", level=shown, label=label)
    answer_label = level_range(answer, answer, tr)
    values: dict[str, Value] = {
        "answer": answer,
        "answer_label": answer_label,
        "level": shown,
        "label": label,
    }
    if low <= answer <= high:
        return "right", tr.gettext("level %(level)s (%(label)s)", level=answer, label=answer_label)
    if answer in (low - 1, high + 1):
        return "close", tr.gettext(
            "level %(answer)s (%(answer_label)s) instead of %(level)s (%(label)s), one away", **values
        )
    return "wrong", tr.gettext(
        "level %(answer)s (%(answer_label)s) instead of %(level)s (%(label)s)", **values
    )


def _judge_reason(expected: bool, answer: bool | None, tr: Language) -> tuple[bool, str]:
    if answer is None:
        return False, tr.gettext("reason: no answer; it is %(answer)s", answer=yes_no(expected, tr))
    if answer == expected:
        if expected:
            return True, tr.gettext("reason given: yes")
        return True, tr.gettext("reason given: no, indeed")
    if expected:
        return False, tr.gettext("reason: the article gives one")
    return False, tr.gettext("reason: the article does not say why the source is anonymous")


def yes_no(value: bool, tr: Language) -> str:
    """« oui » or « non »."""
    return tr.gettext("yes") if value else tr.gettext("no")
