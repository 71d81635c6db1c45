"""Inputs the tool refuses, through the real command: one line on stderr, exit status 2.

Each refusal runs ``python -m quotes analyze PATH`` and checks what a user sees: nothing on
stdout, exactly one line on stderr that starts with ``quotes:``, names the file and says
what is wrong, and no traceback. The README's table of refusals is checked against the
command too, row by row.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT

FRENCH = (
    "Le ministre de l’Économie a défendu mardi sa réforme devant les députés. « Nous ne céderons pas », "
    "a-t-il déclaré à la tribune de l’Assemblée nationale.\n"
)
ENGLISH = (
    "The minister said that the reform was necessary for the country and that it would be passed by "
    "the end of the year, according to sources close to the government.\n"
)
MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Refusal:
    """What the user sees when the command refuses an input."""

    status: int
    stdout: str
    stderr: str

    @property
    def line(self) -> str:
        return self.stderr.rstrip("\n")


def run_analyze(path: Path, *options: str, env: dict[str, str] | None = None) -> Refusal:
    environment = {k: v for k, v in os.environ.items() if k != "QUOTES_MAX_MB"}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "quotes", "analyze", str(path), *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    return Refusal(done.returncode, done.stdout, done.stderr)


def assert_refused(refusal: Refusal, *, names: str, says: str) -> None:
    """Exit status 2, nothing on stdout, one ``quotes:`` line naming the file and saying ``says``."""
    assert "Traceback" not in refusal.stderr
    assert refusal.status == 2, refusal.stderr
    assert refusal.stdout == ""
    assert len(refusal.stderr.splitlines()) == 1, refusal.stderr
    assert refusal.stderr.endswith("\n")
    assert refusal.line.startswith("quotes: ")
    assert names in refusal.line
    assert says in refusal.line


# --- The refused inputs ------------------------------------------------------------------


def make_png(folder: Path) -> Path:
    path = folder / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path


def make_pdf(folder: Path) -> Path:
    path = folder / "article.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    return path


def make_random_bytes(folder: Path) -> Path:
    path = folder / "noise.txt"
    path.write_bytes(b"Le ministre\x00" + random.Random(2).randbytes(4000))
    return path


def make_docx(folder: Path) -> Path:
    path = folder / "article.docx"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 10)
    return path


def make_file(name: str, content: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    return make


REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "empty file": (make_file("vide.txt", b""), "the file is empty"),
    "whitespace-only file": (make_file("blanc.txt", b" \n\t\r\n  \n"), "the file is empty"),
    "no-break spaces and a BOM only": (
        make_file("blanc.txt", "\ufeff\u00a0\u202f\n".encode()),
        "the file is empty",
    ),
    "PNG image": (make_png, "this is a PNG image, not an article; save the article as text or HTML"),
    "PDF document": (make_pdf, "this is a PDF document, not an article; save the article as text or HTML"),
    "Word document": (make_docx, "this is a ZIP archive (a .docx or .odt document?), not an article"),
    "random bytes with NULs": (make_random_bytes, "this is a binary file, not an article"),
    "English text": (
        make_file("english.txt", ENGLISH.encode()),
        "this reads as English, not French; the tool reads French articles",
    ),
    "English HTML page": (
        make_file("english.html", f"<html><body><article><p>{ENGLISH}</p></article></body></html>".encode()),
        "this reads as English, not French",
    ),
    "HTML page with no article": (
        make_file(
            "menu.html",
            b"<html><body><nav><a href='/'>Accueil</a> <a href='/p'>Politique</a></nav></body></html>",
        ),
        "no article text found in this HTML page",
    ),
    "UTF-16 BOM before bytes that are not UTF-16": (
        make_file("faux.txt", b"\xff\xfe\x41"),
        "starts like utf-16 text but is not",
    ),
}


@pytest.mark.parametrize(("make", "says"), REFUSED.values(), ids=REFUSED.keys())
def test_refused_input(tmp_path: Path, make: Callable[[Path], Path], says: str) -> None:
    path = make(tmp_path)
    assert_refused(run_analyze(path), names=f"quotes: {path.name}: ", says=says)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    assert_refused(run_analyze(path), names=f"quotes: {path}: ", says="does not exist")


def test_directory(tmp_path: Path) -> None:
    assert_refused(run_analyze(tmp_path), names=str(tmp_path), says="is a directory, not an article file")


def big_french_file(folder: Path, size: int) -> Path:
    path = folder / "gros.txt"
    raw = FRENCH.encode()
    path.write_bytes((raw * (size // len(raw) + 1))[:size])
    return path


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = big_french_file(tmp_path, 5 * MB + 1)
    refusal = run_analyze(path)
    assert_refused(refusal, names=str(path), says="5,242,881 bytes is over the 5,242,880-byte limit")
    assert "--max-mb or QUOTES_MAX_MB" in refusal.line


@pytest.mark.parametrize(
    ("options", "env"),
    [(("--max-mb", "0.001"), {}), ((), {"QUOTES_MAX_MB": "0.001"})],
    ids=["--max-mb", "QUOTES_MAX_MB"],
)
def test_the_size_limit_can_be_lowered(tmp_path: Path, options: tuple[str, ...], env: dict[str, str]) -> None:
    path = tmp_path / "court.txt"
    path.write_text(FRENCH * 20, encoding="utf-8")
    assert_refused(
        run_analyze(path, *options, env=env), names=str(path), says="bytes is over the 1,048-byte limit"
    )


def test_a_quotes_max_mb_that_is_not_a_number_is_one_line_too(tmp_path: Path) -> None:
    path = tmp_path / "court.txt"
    path.write_text(FRENCH, encoding="utf-8")
    refusal = run_analyze(path, env={"QUOTES_MAX_MB": "beaucoup"})
    assert "Traceback" not in refusal.stderr and refusal.stdout == ""
    assert refusal.status != 0
    assert refusal.stderr.splitlines() == [
        "quotes: QUOTES_MAX_MB=beaucoup is not a size in megabytes; set it to a number such as 20"
    ]


# --- The README's table ------------------------------------------------------------------

# How to make each input the README's table lists: the README names the input, the test
# makes it, runs the command and compares the whole line. The first six rows must be there;
# the others are refusals the README may list too.
README_INPUTS: dict[str, Callable[[Path], Path]] = {
    "a missing file": lambda folder: folder / "absent.txt",
    "an empty file": make_file("vide.txt", b""),
    "a binary file": make_pdf,
    "a file over 5 MB": lambda folder: big_french_file(folder, 6 * MB),
    "text that is not French": make_file("english.txt", ENGLISH.encode()),
    "an HTML page with no article in it": make_file(
        "menu.html", b"<html><body><nav>Accueil</nav></body></html>"
    ),
    "a directory": lambda folder: folder,
    "a file with only blank space": make_file("blanc.txt", b"  \n\n"),
    "a file that starts like UTF-16 but is not": make_file("faux.txt", b"\xff\xfe\x41"),
}
REQUIRED_ROWS = list(README_INPUTS)[:6]


def readme_refusals() -> list[tuple[str, str]]:
    """The (input, message) rows of the README's table of refused inputs."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## What it reads, and what it refuses", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[1].startswith("`quotes: "):
            rows.append((cells[0], cells[1].strip("`")))
    return rows


def test_the_readme_lists_the_refusals() -> None:
    rows = [row for row, _ in readme_refusals()]
    assert [row for row in rows if row in REQUIRED_ROWS] == REQUIRED_ROWS
    assert [row for row in rows if row not in README_INPUTS] == [], "a README row this test cannot make"


@pytest.mark.parametrize(("row", "message"), readme_refusals(), ids=[row for row, _ in readme_refusals()])
def test_the_readme_message_is_the_one_the_command_prints(tmp_path: Path, row: str, message: str) -> None:
    path = README_INPUTS[row](tmp_path)
    refusal = run_analyze(path)
    assert refusal.status == 2 and refusal.stdout == ""
    assert refusal.line == message.replace("PATH", str(path)).replace("NAME", path.name)
