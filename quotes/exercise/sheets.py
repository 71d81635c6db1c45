"""Reading a student's answer sheet: any separator, any encoding Excel writes, the columns in any order.

A file that cannot be graded at all raises ``ExerciseError``; a wrong row is a
``Problem`` (« file, line N: what ») and the rest of the sheet is graded. Messages are
in the key's language.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExerciseError
from ..i18n import N_, Language, language
from .key import Key
from .normalize import plain

ANSWER_SUFFIXES = {".csv", ".tsv"}
# Answer sheets are small; anything bigger is not one (a workbook, a whole export…).
MAX_SHEET_BYTES = 1024 * 1024
ROLES = ("number", "excerpt", "speaker", "level", "reason", "student")

# Column names an answer sheet may use, after _header_key (lower case, no accents).
COLUMNS = {
    "number": {"numero", "n", "no", "num", "nr", "number", "numero de la citation", "citation no", "id"},
    "speaker": {"qui parle", "source", "locuteur", "locutrice", "speaker", "who is speaking", "who speaks"},
    "level": {"niveau", "niv", "level", "niveau 0 7", "level 0 7"},
    "reason": {
        "raison donnee",
        "raison",
        "raison de l anonymat",
        "raison de l anonymat donnee",
        "anonyme raison donnee",
        "reason",
        "reason given",
        "anonymous reason given",
    },
    "student": {"eleve", "etudiant", "etudiante", "nom", "student", "name"},
    "excerpt": {
        "debut de la citation",
        "citation",
        "extrait",
        "texte",
        "excerpt",
        "quotation",
        "start of the quotation",
    },
}
REQUIRED = ("number", "speaker", "level", "reason")

YES = {"oui", "o", "yes", "y", "vrai", "true", "1", "x"}
NO = {"non", "n", "no", "faux", "false", "0"}
# « 3 », « 3.0 » (Excel), « niveau 3 », « 3 - relationnelle », « 3 (relationnelle) »; not « 3,5 » nor « 3-4 ».
_LEVEL = re.compile(
    r"^(?:niveau|niv\.?|level)?\s*(-?\d+)(?:[.,]0+)?(?:\s*[-–—:(/]\D*|\s+[^\W\d_]\D*)?\s*$", re.I
)
_NUMBER = re.compile(r"^(?:n[°o]?\.?|#|q)?\s*(-?\d+)(?:[.,]0+)?\.?$", re.I)


def column_names(tr: Language) -> tuple[str, ...]:
    """The columns of the answer sheet, in the order of ``ROLES``: « numéro », « début de la citation »…"""
    return (
        tr.pgettext("answer sheet column", "number"),
        tr.pgettext("answer sheet column", "start of the quotation"),
        tr.pgettext("answer sheet column", "speaker"),
        tr.pgettext("answer sheet column", "level"),
        tr.pgettext("answer sheet column", "reason given"),
        tr.pgettext("answer sheet column", "student"),
    )


def delimiter(tr: Language) -> str:
    """The CSV separator a spreadsheet expects: ``;`` where the decimal mark is a comma (French Excel)."""
    from babel.numbers import get_decimal_symbol

    return ";" if get_decimal_symbol(tr.code) == "," else ","


@dataclass(frozen=True, slots=True)
class Answer:
    """One row of a student's answer sheet (``None``: left empty, or unreadable)."""

    number: int
    line: int
    speaker: str
    level: int | None
    reason: bool | None

    @property
    def empty(self) -> bool:
        return not self.speaker.strip() and self.level is None and self.reason is None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in an answer sheet, already worded: ``file, line N: what``."""

    text: str
    serious: bool = True

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class AnswerSheet:
    student: str
    path: Path
    answers: dict[int, Answer]
    problems: tuple[Problem, ...] = ()


def read_answers(path: Path, key: Key, *, lang: str | None = None) -> AnswerSheet:
    """Read one student's answer sheet (CSV with ``,`` ``;`` or tabs; UTF-8, UTF-16 or Windows-1252).

    Raises ``ExerciseError`` when the file cannot be graded at all (unreadable, no
    header, missing columns, no answers); a wrong row is a ``Problem`` and the rest is
    graded.
    """
    sheet = _SheetReader(path, key, language(lang or key.lang))
    return sheet.read()


class _SheetReader:
    """One answer sheet being read: its rows, its columns, and the problems found so far."""

    def __init__(self, path: Path, key: Key, tr: Language) -> None:
        self.path = path
        self.key = key
        self.tr = tr
        self.problems: list[Problem] = []
        self.delimiter = ","
        self.columns: dict[str, int] = {}

    def where(self, line: int | None) -> str:
        return (
            self.tr.gettext("%(path)s, line %(line)s", path=str(self.path), line=line)
            if line
            else str(self.path)
        )

    def problem(self, line: int | None, message: str, *, serious: bool = True) -> None:
        self.problems.append(Problem(f"{self.where(line)}: {message}", serious))

    def fatal(self, line: int | None, message: str) -> ExerciseError:
        return ExerciseError(f"{self.where(line)}: {message}")

    def read(self) -> AnswerSheet:
        rows = self.rows()
        header_line, header = rows[0]
        self.map_columns(header_line, header)
        answers: dict[int, Answer] = {}
        blank_lines: list[int] = []
        student: tuple[str, int] | None = None
        valid = {q.number for q in self.key.quotations}
        for line, cells in rows[1:]:
            if not any(cells):
                blank_lines.append(line)
                continue
            name = self.cell(cells, "student")
            if name and student is None:
                student = (name, line)
            elif name and student is not None and name.casefold() != student[0].casefold():
                self.problem(
                    line,
                    self.tr.gettext(
                        "student “%(other)s” here but “%(student)s” on line %(first)s: one file per student; "
                        "graded as “%(student)s”",
                        other=name,
                        student=student[0],
                        first=student[1],
                    ),
                )
            answer = self.read_row(line, cells, len(header), answers)
            if answer is None:
                continue
            if answer.number not in valid:
                if not answer.empty:
                    self.problem(
                        line,
                        self.tr.gettext(
                            "quotation %(number)s was dropped from the key: the answer is not graded",
                            number=answer.number,
                        ),
                        serious=False,
                    )
                continue
            answers[answer.number] = answer
        last = max((a.line for a in answers.values()), default=0)
        inner_blanks = [n for n in blank_lines if n < last]  # trailing empty rows are Excel's, not a mistake
        if inner_blanks:
            lines = ", ".join(map(str, inner_blanks))
            message = self.tr.ngettext(
                "%(path)s, line %(lines)s: empty row, skipped",
                "%(path)s, lines %(lines)s: empty rows, skipped",
                len(inner_blanks),
                path=str(self.path),
                lines=lines,
            )
            self.problems.append(Problem(message, False))
        if not any(not a.empty for a in answers.values()) and not any(p.serious for p in self.problems):
            raise self.fatal(None, self.tr.gettext("no answer in this file (is it the blank answers.csv?)"))
        return AnswerSheet(
            student=student[0] if student else self.path.stem,
            path=self.path,
            answers=answers,
            problems=tuple(self.problems),
        )

    def rows(self) -> list[tuple[int, list[str]]]:
        """The non-empty rows from the header on, each with the line it starts on."""
        try:
            size = self.path.stat().st_size
            if size > MAX_SHEET_BYTES:
                raise self.fatal(
                    None,
                    self.tr.gettext(
                        "%(size)s KB: this is not an answer sheet", size=self.tr.decimal(size // 1024)
                    ),
                )
            raw = self.path.read_bytes()
        except OSError as err:
            raise self.fatal(
                None, self.tr.gettext("cannot be read (%(error)s)", error=str(err.strerror or err))
            ) from None
        if not raw.strip():
            raise self.fatal(None, self.tr.gettext("the file is empty"))
        for magic, what in _BINARY.items():
            if raw.startswith(magic):
                raise self.fatal(
                    None,
                    self.tr.gettext(
                        "this is %(what)s, not a CSV file: save it as “CSV UTF-8”", what=self.tr.gettext(what)
                    ),
                )
        text, cp1252_line = _decode(raw)
        if text is None:
            raise self.fatal(
                cp1252_line, self.tr.gettext("is neither UTF-8 nor Windows-1252: save it as “CSV UTF-8”")
            )
        if cp1252_line is not None:
            self.problem(
                cp1252_line,
                self.tr.gettext(
                    "read as Windows-1252 (Excel's encoding), not UTF-8; check the accents, "
                    "or save it as “CSV UTF-8”"
                ),
                serious=False,
            )
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        sep = re.match(r"^\s*sep=(.)\s*$", lines[first]) if first is not None else None
        if sep and first is not None:  # Excel's own « sep=; » first line
            first = next((i for i in range(first + 1, len(lines)) if lines[i].strip()), None)
        if first is None:
            raise self.fatal(None, self.tr.gettext("the file is empty"))
        self.delimiter = sep.group(1) if sep else _sniff_delimiter(lines[first])
        reader = csv.reader(io.StringIO("\n".join(lines[first:])), delimiter=self.delimiter)
        rows: list[tuple[int, list[str]]] = []
        previous_end = first
        try:
            for cells in reader:
                rows.append((previous_end + 1, [c.strip() for c in cells]))
                previous_end = first + reader.line_num
        except csv.Error as err:
            raise self.fatal(
                previous_end + 1, self.tr.gettext("cannot be read (%(error)s)", error=str(err))
            ) from None
        return rows

    def map_columns(self, line: int, header: list[str]) -> None:
        """Which column holds what, whatever the order and however the names are written."""
        expected = delimiter(self.tr).join(column_names(self.tr)[:5])
        unknown = []
        for i, title in enumerate(header):
            role = next((r for r, names in COLUMNS.items() if _header_key(title) in names), None)
            if role is None:
                if title:
                    unknown.append(title)
            elif role in self.columns:
                raise self.fatal(line, self.tr.gettext("the column “%(column)s” appears twice", column=title))
            else:
                self.columns[role] = i
        if not self.columns and header and _NUMBER.match(header[0]):
            raise self.fatal(
                line,
                self.tr.gettext(
                    "no header row: the first line must name the columns (%(columns)s)", columns=expected
                ),
            )
        names = dict(zip(ROLES, column_names(self.tr), strict=True))
        missing = [names[r] for r in REQUIRED if r not in self.columns]
        if missing:
            message = self.tr.ngettext(
                "missing column: %(missing)s; the columns are %(columns)s",
                "missing columns: %(missing)s; the columns are %(columns)s",
                len(missing),
                missing=", ".join(missing),
                columns=expected,
            )
            raise self.fatal(line, message)
        if unknown:
            message = self.tr.ngettext(
                "column ignored: %(columns)s",
                "columns ignored: %(columns)s",
                len(unknown),
                columns=", ".join(unknown),
            )
            self.problem(line, message, serious=False)

    def cell(self, cells: list[str], role: str) -> str:
        i = self.columns.get(role)
        return cells[i] if i is not None and i < len(cells) else ""

    def read_row(self, line: int, cells: list[str], width: int, answers: dict[int, Answer]) -> Answer | None:
        """One row as an answer; None when it cannot be used (the problem is recorded)."""
        before = len(self.problems)
        too_many = self.tr.gettext(
            "%(cells)s cells for %(columns)s columns: does an answer contain “%(delimiter)s”? "
            "Put it in straight double quotes",
            cells=len(cells),
            columns=width,
            delimiter={"\t": "tab"}.get(self.delimiter, self.delimiter),
        )
        if len(cells) > width and any(cells[width:]):
            self.problem(line, too_many)
            return None
        raw_number, speaker = self.cell(cells, "number"), self.cell(cells, "speaker")
        raw_level, raw_reason = self.cell(cells, "level"), self.cell(cells, "reason")
        if not raw_number:
            if speaker or raw_level or raw_reason:
                self.problem(line, self.tr.gettext("no quotation number"))
            return None
        number_match = _NUMBER.match(raw_number)
        if not number_match:
            self.problem(line, self.tr.gettext("“%(value)s” is not a quotation number", value=raw_number))
            return None
        number = int(number_match.group(1))
        if not 1 <= number <= self.key.count:
            self.problem(
                line,
                self.tr.gettext(
                    "there is no quotation %(number)s (the worksheet numbers 1 to %(count)s)",
                    number=number,
                    count=self.key.count,
                ),
            )
            return None
        if number in answers:
            self.problem(
                line,
                self.tr.gettext(
                    "quotation %(number)s is already answered on line %(first)s; only the first is graded",
                    number=number,
                    first=answers[number].line,
                ),
            )
            return None
        level = None
        if raw_level:
            level_match = _LEVEL.match(raw_level)
            if not level_match:
                self.problem(
                    line,
                    self.tr.gettext(
                        "“%(value)s” is not a level: write a number from 0 to 7", value=raw_level
                    ),
                )
            elif not 0 <= int(level_match.group(1)) <= 7:
                self.problem(
                    line,
                    self.tr.gettext(
                        "there is no level %(value)s: the scale goes from 0 to 7", value=level_match.group(1)
                    ),
                )
            else:
                level = int(level_match.group(1))
        reason = None
        if raw_reason:
            word = " ".join(plain(raw_reason))
            if word in YES or word in NO:
                reason = word in YES
            else:
                self.problem(line, self.tr.gettext("“%(value)s”: answer yes or no", value=raw_reason))
        if len(cells) > width and len(self.problems) > before:
            # An unquoted « , » in an answer shifted the cells: say that, not « "Berkeley" is not a level ».
            del self.problems[before:]
            self.problem(line, too_many)
            return None
        return Answer(number, line, speaker, level, reason)


# What a file that is not a CSV is, by its first bytes.
_BINARY = {
    b"PK\x03\x04": N_("a spreadsheet (.xlsx, .ods)"),
    b"\xd0\xcf\x11\xe0": N_("an old Excel workbook (.xls)"),
    b"%PDF": N_("a PDF document"),
}


def _decode(raw: bytes) -> tuple[str | None, int | None]:
    """The text of an answer sheet, and the first line that was not UTF-8 when it was read as Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's « Unicode text »
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, None
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
    try:
        return raw.decode("cp1252"), line
    except UnicodeDecodeError:
        return None, line


def _sniff_delimiter(header: str) -> str:
    """The separator of a header line: the most frequent of ``;`` ``,`` and tab, outside quotes."""
    outside = re.sub(r'"[^"]*"', "", header)
    counts = {d: outside.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header_key(cell: str) -> str:
    return " ".join(plain(cell.replace("°", "o")))


def collect_answer_files(paths: Iterable[Path]) -> list[Path]:
    """The answer sheets: the given files, and every ``.csv``/``.tsv`` in a given folder."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ANSWER_SUFFIXES)
            )
        else:
            found.append(path)
    return found
