"""Reading a student's answer sheet: any separator, any encoding Excel writes, the columns in any order.

A file that cannot be graded at all raises ``ExerciseError``; a wrong row is a
``Problem`` (« file, line N: what ») and the rest of the sheet is graded. Messages are
in the key's language.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExerciseError
from ..i18n import N_, Language, language
from .key import Key
from .normalize import plain

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
# Excel keeps at most this many characters in a cell: a longer one is cut, with a warning.
MAX_CELL = 32_767
# A sheet names at most this many problems, then counts the rest.
MAX_PROBLEMS = 50
# How much of a cell a message quotes; of a speaker answer, in the feedback.
SHOWN_CHARS = 40
SHOWN_ANSWER_CHARS = 200
# Every pattern here is linear: no two quantifiers that may match the same characters in turn.
_LEVEL_START = re.compile(r"(?:niveau|niv\.?|level)?\s*(-?\d+)(?:[.,]0+)?", re.I)
_LEVEL_SEPARATORS = "-–—:(/"
_NUMBER = re.compile(r"^(?:n[°o]?\.?|#|q)?\s*(-?\d+)(?:[.,]0+)?\.?$", re.I)


def read_level(cell: str) -> int | None:
    """The level a cell gives, or None when it gives none.

    « 3 », « 3.0 » (Excel), « niveau 3 », « 3 - relationnelle », « 3 (relationnelle) »; not
    « 3,5 » nor « 3-4 ». Read in one pass, whatever the length of the cell.
    """
    text = cell.strip()
    match = _LEVEL_START.match(text)
    if match is None:
        return None
    rest = text[match.end() :]
    if any(c.isdigit() for c in rest):
        return None
    if rest and not (rest[0] in _LEVEL_SEPARATORS or (rest[0].isspace() and _starts_a_word(rest.lstrip()))):
        return None
    return int(match.group(1))


def _starts_a_word(text: str) -> bool:
    """A name after the level (« 3 relationnelle »), or a separator after spaces (« 3 - … »)."""
    return text[:1].isalpha() or text[:1] in _LEVEL_SEPARATORS


def shown(cell: str, limit: int = SHOWN_CHARS) -> str:
    """A cell as a message quotes it: whole when short, its start and « … » when long."""
    cell = " ".join(cell[: limit * 4].split())
    return cell if len(cell) <= limit else cell[: limit - 1].rstrip() + "…"


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
class NotGraded:
    """A file that was not graded, and why; not ``serious`` for a file that is no answer sheet by design.

    (The exercise's own files in a folder of sheets, hidden files, other folders.)
    """

    path: Path
    message: str
    serious: bool = True


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

    def reported(self) -> tuple[Problem, ...]:
        """The problems found, the first ``MAX_PROBLEMS`` of them and a count of the rest."""
        if len(self.problems) <= MAX_PROBLEMS:
            return tuple(self.problems)
        rest = self.problems[MAX_PROBLEMS:]
        message = self.tr.ngettext(
            "and %(n)s more problem in this file", "and %(n)s more problems in this file", len(rest)
        )
        summary = Problem(f"{self.where(None)}: {message}", any(p.serious for p in rest))
        return (*self.problems[:MAX_PROBLEMS], summary)

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
                        other=shown(name),
                        student=shown(student[0]),
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
            problems=self.reported(),
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
        if b"\x00" in raw and not raw.startswith(tuple(bom for bom, _ in _BOMS)) and not _wide_encoding(raw):
            raise self.fatal(
                None, self.tr.gettext("this is not a text file, not a CSV file: save it as “CSV UTF-8”")
            )
        text, cp1252_line = decode_sheet(raw)
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
        self.delimiter = sep.group(1) if sep else sniff_delimiter(lines[first])
        rows = []
        for line, cells in self.split_rows(lines, first):
            rows.append((line, [self.capped(line, c.strip()) for c in cells]))
        return rows

    def split_rows(self, lines: list[str], first: int) -> list[tuple[int, list[str]]]:
        """The CSV rows from line ``first`` on, each with the line (from 1) it starts on.

        A double quote that opens a cell and is closed many lines later, or never, would
        swallow the rows after it into one cell: such a row is reported with its line, and
        its lines are read again one by one, the stray quote taken as a character.
        """
        body = lines[first:]
        reader = csv.reader((line + "\n" for line in body), delimiter=self.delimiter)
        rows: list[tuple[int, list[str]]] = []
        start = 0  # index in ``body`` of the line the next row starts on
        try:
            for cells in reader:
                end = reader.line_num
                if end - start > 1 and self.swallows(body[start:end], cells):
                    rows += self.one_by_one(body, start, end, first)
                else:
                    rows.append((first + start + 1, cells))
                start = end
        except csv.Error as err:
            raise self.fatal(
                first + start + 1, self.tr.gettext("cannot be read (%(error)s)", error=shown(str(err)))
            ) from None
        return rows

    def swallows(self, physical: list[str], cells: list[str]) -> bool:
        """True when a row read over several lines holds what looks like other rows."""
        unclosed = sum(line.count('"') for line in physical) % 2 == 1
        return unclosed or any(self.delimiter in cell.partition("\n")[2] for cell in cells)

    def one_by_one(self, body: list[str], start: int, end: int, first: int) -> list[tuple[int, list[str]]]:
        """The lines of a row with a stray quote, read each on its own; the problem recorded."""
        line = first + start + 1
        if sum(text.count('"') for text in body[start:end]) % 2 == 1:
            message = self.tr.gettext(
                'a double quote (") opens a cell and is never closed; each line after it is read on its own: '
                "check this line's quotes"
            )
        else:
            message = self.tr.gettext(
                'a double quote (") opens a cell that runs to line %(last)s; each of these lines is read on '
                "its own: check this line's quotes",
                last=first + end,
            )
        self.problem(line, message)
        rows = [
            (
                line,
                [
                    c.replace('"', "")
                    for c in next(
                        csv.reader([body[start]], delimiter=self.delimiter, quoting=csv.QUOTE_NONE), []
                    )
                ],
            )
        ]
        for k in range(start + 1, end):
            rows.append((first + k + 1, next(csv.reader([body[k]], delimiter=self.delimiter), [])))
        return rows

    def capped(self, line: int, cell: str) -> str:
        """The cell, cut at Excel's limit with a warning when it is longer."""
        if len(cell) <= MAX_CELL:
            return cell
        self.problem(
            line,
            self.tr.gettext(
                "a cell of %(size)s characters, cut at %(limit)s (the most a spreadsheet cell holds)",
                size=self.tr.decimal(len(cell)),
                limit=self.tr.decimal(MAX_CELL),
            ),
            serious=False,
        )
        return cell[:MAX_CELL]

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
                raise self.fatal(
                    line, self.tr.gettext("the column “%(column)s” appears twice", column=shown(title))
                )
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
                columns=", ".join(shown(u) for u in unknown),
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
            self.problem(
                line, self.tr.gettext("“%(value)s” is not a quotation number", value=shown(raw_number))
            )
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
            read = read_level(raw_level)
            if read is None:
                self.problem(
                    line,
                    self.tr.gettext(
                        "“%(value)s” is not a level: write a number from 0 to 7", value=shown(raw_level)
                    ),
                )
            elif not 0 <= read <= 7:
                self.problem(
                    line,
                    self.tr.gettext(
                        "there is no level %(value)s: the scale goes from 0 to 7", value=shown(str(read))
                    ),
                )
            else:
                level = read
        reason = None
        if raw_reason:
            word = " ".join(plain(raw_reason))
            if word in YES or word in NO:
                reason = word in YES
            else:
                self.problem(line, self.tr.gettext("“%(value)s”: answer yes or no", value=shown(raw_reason)))
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
    b"\x89PNG": N_("an image (PNG)"),
    b"\xff\xd8\xff": N_("an image (JPEG)"),
    b"GIF8": N_("an image (GIF)"),
    b"{\\rtf": N_("a word-processor document (RTF)"),
}
# Text with a byte-order mark, longest mark first: UTF-32's starts like UTF-16's.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),  # Excel's « Unicode text »
    (b"\xfe\xff", "utf-16"),
)


def decode_sheet(raw: bytes) -> tuple[str | None, int | None]:
    """The text of an answer sheet, and the first line that was not UTF-8 when it was read as Windows-1252.

    UTF-16 and UTF-32 are read by their byte-order mark, or without one by where their
    zero bytes fall; other text with zero bytes is not text (None).
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), None
            except UnicodeDecodeError:
                return None, None
    if b"\x00" in raw:
        wide = _wide_encoding(raw)
        if wide is None:
            return None, None
        try:
            return raw.decode(wide), None
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


def _wide_encoding(raw: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by where ASCII text puts its zero bytes."""
    head = raw[:4096]
    for encoding, width, little in (
        ("utf-32-le", 4, True),
        ("utf-32-be", 4, False),
        ("utf-16-le", 2, True),
        ("utf-16-be", 2, False),
    ):
        padding = bytes(width - 1)
        units = [head[i : i + width] for i in range(0, len(head) - width + 1, width)]
        ascii_like = 0
        for unit in units:
            char, pad = (unit[:1], unit[1:]) if little else (unit[-1:], unit[:-1])
            ascii_like += pad == padding and char != b"\x00"
        if units and ascii_like >= 0.9 * len(units):
            return encoding
    return None


def sniff_delimiter(header: str) -> str:
    """The separator of a header line: the most frequent of ``;`` ``,`` and tab, outside quotes."""
    outside = re.sub(r'"[^"]*"', "", header)
    counts = {d: outside.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header_key(cell: str) -> str:
    return " ".join(plain(cell.replace("°", "o")))


# The files an exercise folder holds that are not answer sheets: what quotes exercise and
# quotes grade write there.
OWN_FILES = {"worksheet.html", "key.html", "key.json", "grades.csv", "review.csv", "summary.html"}
# What a file is, by its name, when it is plainly not a CSV file.
_NOT_CSV = {
    ".xlsx": N_("a spreadsheet (.xlsx, .ods)"),
    ".xlsm": N_("a spreadsheet (.xlsx, .ods)"),
    ".ods": N_("a spreadsheet (.xlsx, .ods)"),
    ".numbers": N_("a spreadsheet (.xlsx, .ods)"),
    ".xls": N_("an old Excel workbook (.xls)"),
    ".docx": N_("a word-processor document (.docx, .odt)"),
    ".odt": N_("a word-processor document (.docx, .odt)"),
    ".doc": N_("a word-processor document (.docx, .odt)"),
    ".pdf": N_("a PDF document"),
    ".png": N_("an image (PNG)"),
    ".jpg": N_("an image (JPEG)"),
    ".jpeg": N_("an image (JPEG)"),
    ".gif": N_("an image (GIF)"),
    ".zip": N_("a ZIP archive"),
}


def collect_answer_files(
    paths: Iterable[Path], *, key: Path | None = None, output: Path | None = None, lang: str = "fr"
) -> tuple[list[Path], list[NotGraded]]:
    """The files to grade, and those of the given folders that will not be, each with why.

    A file given by name is always read. In a folder, every file is read but those the
    exercise writes itself (``key.json``, ``worksheet.html``…), hidden files and office
    lock files, which are noted; a file that is plainly no CSV (a workbook, a document, an
    image) is not graded, and said so; folders inside are noted, ``output`` left out.
    """
    tr = language(lang)
    found: list[Path] = []
    skipped: list[NotGraded] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for item in sorted(path.iterdir()):
            name = item.name
            if output is not None and item.resolve() == output.resolve():
                continue
            if item.is_dir():
                message = tr.gettext("a folder inside, not read")
                skipped.append(NotGraded(item, f"{item}: {message}", False))
            elif name.startswith((".", "~$")):
                message = tr.gettext("a hidden or temporary file, not read")
                skipped.append(NotGraded(item, f"{item}: {message}", False))
            elif name.casefold() in OWN_FILES or (key is not None and _same(item, key)):
                message = tr.gettext("not an answer sheet (the exercise's own file)")
                skipped.append(NotGraded(item, f"{item}: {message}", False))
            elif item.suffix.lower() in _NOT_CSV:
                what = tr.gettext(_NOT_CSV[item.suffix.lower()])
                message = tr.gettext("this is %(what)s, not a CSV file: save it as “CSV UTF-8”", what=what)
                skipped.append(NotGraded(item, f"{item}: {message}"))
            else:
                found.append(item)
    return found, skipped


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
