"""The class review: one list of the answers the grader could not decide, for the teacher to decide once.

``quotes grade`` writes ``review.csv`` beside ``grades.csv``: one row per answer « to check »
(« un fondateur » for « l’un des fondateurs d’une société rivale », a misspelled « Gupa »),
with the source the key expects, the quotations and the students who gave it. The
teacher writes « accepter » or « refuser » (accept, refuse) in its first column; the next
run applies each decision to every student who gave the same answer for the same
source, and writes the file again with the decisions kept and any new answer added.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ExerciseError
from ..files import spreadsheet_safe
from ..i18n import Language, language
from .key import Key
from .normalize import plain, speaker_key
from .sheets import Problem, decode_sheet, delimiter, shown, sniff_delimiter

REVIEW_FILE = "review.csv"
ACCEPT = {
    "accepter",
    "accepte",
    "acceptee",
    "accepted",
    "accept",
    "oui",
    "o",
    "yes",
    "y",
    "ok",
    "x",
    "1",
    "vrai",
    "true",
}
REFUSE = {"refuser", "refuse", "refusee", "refused", "non", "n", "no", "0", "faux", "false"}


@dataclass(frozen=True, slots=True)
class Decision:
    """The teacher's word on one answer for one source: accepted, refused, or not yet (None)."""

    source: str
    answer: str
    accepted: bool | None


@dataclass
class ReviewRow:
    """One answer to decide, with who gave it and where."""

    source: str  # the key's source id
    answer: str  # as the first student wrote it
    accepted: bool | None = None
    quotations: set[int] = field(default_factory=set)
    students: list[str] = field(default_factory=list)


def column_names(tr: Language) -> tuple[str, ...]:
    """« décision », « réponse », « source attendue », « citations », « élèves »."""
    return (
        tr.pgettext("review column", "decision"),
        tr.pgettext("review column", "answer"),
        tr.pgettext("review column", "expected source"),
        tr.pgettext("review column", "quotations"),
        tr.pgettext("review column", "students"),
    )


def decision_word(accepted: bool | None, tr: Language) -> str:
    """« accepter », « refuser », or nothing."""
    if accepted is None:
        return ""
    return tr.pgettext("review decision", "accept") if accepted else tr.pgettext("review decision", "refuse")


class UnreadableReview(ExerciseError):
    """``review.csv`` is there but cannot be read: it is reported, and left as it is."""


def read_review(path: Path, key: Key, *, lang: str) -> tuple[list[ReviewRow], list[Problem]]:
    """The rows of a ``review.csv`` as the teacher left them, and what could not be read in it.

    Raises ``UnreadableReview`` when the file cannot be read at all (saved as a workbook…).
    """
    tr = language(lang)
    if not path.is_file():
        return [], []
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise UnreadableReview(f"{path}: cannot be read ({err.strerror})") from None
    text, _ = decode_sheet(raw)
    if text is None or raw.startswith(b"PK\x03\x04"):
        raise UnreadableReview(f"{path}: " + _unreadable(tr))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header = next((line for line in lines if line.strip()), "")
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=sniff_delimiter(header)))
    by_speaker = {speaker_key(s.speaker): s.id for s in key.sources.values()}
    found: list[ReviewRow] = []
    problems: list[Problem] = []
    for line, cells in enumerate(rows[1:], start=2):
        cells = [c.strip() for c in cells] + [""] * 5
        word, answer, expected = cells[0], cells[1], cells[2]
        if not answer and not expected:
            continue
        where = tr.gettext("%(path)s, line %(line)s", path=str(path), line=line)
        source = by_speaker.get(speaker_key(expected))
        if source is None:
            problems.append(
                Problem(
                    f"{where}: "
                    + tr.gettext(
                        "no source “%(source)s” in the key: the row is left out", source=shown(expected)
                    )
                )
            )
            continue
        decided = " ".join(plain(word))
        if decided and decided not in ACCEPT and decided not in REFUSE:
            problems.append(
                Problem(
                    f"{where}: "
                    + tr.gettext(
                        "“%(value)s”: write %(accept)s or %(refuse)s",
                        value=shown(word),
                        accept=decision_word(True, tr),
                        refuse=decision_word(False, tr),
                    )
                )
            )
            decided = ""
        accepted = None if not decided else decided in ACCEPT
        found.append(ReviewRow(source, answer, accepted))
    return found, problems


def _unreadable(tr: Language) -> str:
    return tr.gettext(
        "cannot be read as a CSV file: save it as “CSV UTF-8”; it is left as it is and its decisions "
        "are not applied"
    )


def decisions_of(rows: Sequence[ReviewRow]) -> dict[tuple[str, str], bool]:
    """The decided rows, by source and answer as compared (the last row wins)."""
    return {(r.source, speaker_key(r.answer)): r.accepted for r in rows if r.accepted is not None}


def merged(old: Sequence[ReviewRow], new: Sequence[ReviewRow]) -> list[ReviewRow]:
    """The teacher's rows, with this run's students and quotations; then the answers new in this run."""
    rows: dict[tuple[str, str], ReviewRow] = {}
    for row in old:
        rows.setdefault(
            (row.source, speaker_key(row.answer)), ReviewRow(row.source, row.answer, row.accepted)
        )
    for row in new:
        kept = rows.setdefault((row.source, speaker_key(row.answer)), ReviewRow(row.source, row.answer))
        kept.quotations |= row.quotations
        kept.students += [s for s in row.students if s not in kept.students]
    # A decision stays, for the students of a later run; an undecided answer nobody gives now goes.
    return [r for r in rows.values() if r.accepted is not None or r.students]


def review_csv(rows: Sequence[ReviewRow], key: Key, *, lang: str) -> str:
    """``review.csv``: the decision first, for the teacher to fill in; in the reader's spreadsheet format."""
    tr = language(lang)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter(tr))
    writer.writerow(column_names(tr))
    for row in rows:
        writer.writerow(
            [
                decision_word(row.accepted, tr),
                spreadsheet_safe(row.answer),
                spreadsheet_safe(key.sources[row.source].speaker),
                ", ".join(str(n) for n in sorted(row.quotations)),
                spreadsheet_safe(", ".join(row.students)),
            ]
        )
    return "\ufeff" + out.getvalue()
