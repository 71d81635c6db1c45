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
from typing import Any

import pytest
from conftest import ROOT, SEED

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
    return run_quotes("analyze", str(path), *options, env=env)


def run_quotes(*arguments: str, env: dict[str, str] | None = None, stdout: Any = subprocess.PIPE) -> Refusal:
    environment = {k: v for k, v in os.environ.items() if k not in ("QUOTES_MAX_MB", "QUOTES_TIMEOUT")}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "quotes", *arguments],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        timeout=120,
    )
    return Refusal(done.returncode, done.stdout or "", done.stderr)


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


# --- Special files, odd names, encodings -------------------------------------------------


def make_fifo(folder: Path) -> Path:
    path = folder / "tube.txt"
    os.mkfifo(path)
    return path


def make_symlink_loop(folder: Path) -> Path:
    (folder / "boucle.txt").symlink_to(folder / "retour.txt")
    (folder / "retour.txt").symlink_to(folder / "boucle.txt")
    return folder / "boucle.txt"


def make_dangling_symlink(folder: Path) -> Path:
    (folder / "lien.txt").symlink_to(folder / "parti.txt")
    return folder / "lien.txt"


def make_deep_html(folder: Path) -> Path:
    path = folder / "profond.html"
    body = f"<article><p>{FRENCH}</p></article>"
    path.write_text(
        f"<html><body>{'<div>' * 20_000}{body}{'</div>' * 20_000}</body></html>", encoding="utf-8"
    )
    return path


SPECIAL: dict[str, tuple[Callable[[Path], Path], str]] = {
    "a named pipe": (make_fifo, "is a named pipe (FIFO), not an article file"),
    "a symbolic link loop": (make_symlink_loop, "is a symbolic link that loops back on itself"),
    "a symbolic link to nothing": (make_dangling_symlink, "is a symbolic link to a file that does not exist"),
    "/dev/zero": (lambda folder: Path("/dev/zero"), "is a device file, not an article file"),
}


@pytest.mark.parametrize(("make", "says"), SPECIAL.values(), ids=SPECIAL.keys())
def test_a_special_file_is_named_for_what_it_is(
    tmp_path: Path, make: Callable[[Path], Path], says: str
) -> None:
    path = make(tmp_path)
    if not os.path.lexists(path):
        pytest.skip(f"{path} does not exist here")
    assert_refused(run_analyze(path), names=f"quotes: {path}: ", says=says)


def test_html_nested_twenty_thousand_deep_is_too_deep_not_empty(tmp_path: Path) -> None:
    path = make_deep_html(tmp_path)
    assert_refused(
        run_analyze(path),
        names=f"quotes: {path.name}: ",
        says="this HTML page nests its elements too deep to be read (over 256 levels); "
        "save the article as text",
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_not_called_binary(tmp_path: Path, encoding: str) -> None:
    import json

    path = tmp_path / "sans-bom.txt"
    path.write_bytes(FRENCH.encode(encoding))
    done = run_analyze(path)
    assert done.status == 0, done.stderr
    analysis = json.loads(done.stdout)
    [quote] = [q for q in analysis["quotes"] if q["kind"] == "direct"]
    assert quote["text"] == "Nous ne céderons pas"
    assert FRENCH[quote["start"] : quote["end"]] == quote["text"]


def test_damaged_utf16_without_a_byte_order_mark_says_so(tmp_path: Path) -> None:
    path = tmp_path / "abime.txt"
    path.write_bytes(FRENCH.encode("utf-16-le") + b"\x00\xd8\x41\x00")  # a lone high surrogate
    assert_refused(
        run_analyze(path),
        names=f"quotes: {path.name}: ",
        says="reads like UTF-16 text without a byte-order mark",
    )


def test_an_article_name_of_254_characters_is_reported(tmp_path: Path) -> None:
    path = tmp_path / ("a" * 250 + ".txt")
    path.write_text(FRENCH, encoding="utf-8")
    done = run_quotes("report", str(path), "-o", str(tmp_path / "out"))
    assert done.status == 0, done.stderr
    assert (tmp_path / "out" / ("a" * 250 + ".html")).is_file()


# --- Options and output -------------------------------------------------------------------


def unwritable_folder(folder: Path) -> Path:
    """A folder this process cannot write in: one without write permission, or /sys for root."""
    if os.geteuid() != 0:
        locked = folder / "verrouille"
        locked.mkdir(mode=0o555)
        return locked
    return Path("/sys")


OPTIONS: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "-o a file": (
        lambda folder: ["report", str(SEED), "-o", str(make_file("sortie", b"x")(folder))],
        "sortie: is a file, not a folder; give -o a folder",
    ),
    "-o an unwritable folder": (
        lambda folder: ["report", str(SEED), "-o", str(unwritable_folder(folder))],
        ": cannot write in this folder (",
    ),
    "--max-mb nan": (
        lambda folder: ["analyze", str(SEED), "--max-mb", "nan"],
        "quotes: --max-mb nan is not a size in megabytes; give a number such as 20",
    ),
    "--max-mb -1": (
        lambda folder: ["analyze", str(SEED), "--max-mb", "-1"],
        "quotes: --max-mb -1 is not a size in megabytes; give a number such as 20",
    ),
    "--timeout soon": (
        lambda folder: ["analyze", str(SEED), "--timeout", "soon"],
        "quotes: --timeout soon is not a number of seconds; give one such as 600, or 0 for no limit",
    ),
}


@pytest.mark.parametrize(("make", "says"), OPTIONS.values(), ids=OPTIONS.keys())
def test_an_option_that_cannot_be_used_is_one_line(
    tmp_path: Path, make: Callable[[Path], list[str]], says: str
) -> None:
    refusal = run_quotes(*make(tmp_path))
    assert "Traceback" not in refusal.stderr and refusal.stdout == ""
    assert refusal.status == 2, refusal.stderr
    assert len(refusal.stderr.splitlines()) == 1, refusal.stderr
    assert refusal.line.startswith("quotes: ") and says in refusal.line


def test_a_quotes_timeout_that_is_not_a_number_is_one_line() -> None:
    refusal = run_analyze(SEED, env={"QUOTES_TIMEOUT": "bientôt"})
    assert refusal.status == 2 and refusal.stdout == ""
    assert refusal.stderr.splitlines() == [
        "quotes: QUOTES_TIMEOUT=bientôt is not a number of seconds; "
        "set it to one such as 600, or 0 for no limit"
    ]


def test_an_analysis_over_its_time_budget_is_stopped_with_one_line() -> None:
    refusal = run_analyze(SEED, "--timeout", "0.5", "--no-cache")  # reading takes less, the parse more
    assert refusal.status == 2 and refusal.stdout == "" and "Traceback" not in refusal.stderr
    assert refusal.stderr.splitlines()[-1] == (
        f"quotes: {SEED.name}: the analysis took more than 0.5 s and was stopped; "
        "raise the limit with --timeout or QUOTES_TIMEOUT (0 for none)"
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_standard_output_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        refusal = run_quotes("analyze", str(SEED), stdout=full)
    assert refusal.status == 2 and "Traceback" not in refusal.stderr and "Exception" not in refusal.stderr
    assert (
        refusal.stderr.splitlines()[-1]
        == "quotes: cannot write to the standard output (No space left on device)"
    )


def test_a_reader_that_stops_reading_is_no_error() -> None:
    # `quotes analyze … | head`: the pipe closes before the analysis is written.
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes", "analyze", str(SEED)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=120) == 0
    assert "Traceback" not in err and "Exception" not in err and "quotes:" not in err


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
    "a named pipe (FIFO)": make_fifo,
    "a device such as `/dev/zero`": lambda folder: Path("/dev/zero"),
    "a symbolic link that loops": make_symlink_loop,
    "an HTML page nested too deep (20,000 `div`)": make_deep_html,
    "a file that reads like UTF-16 without a byte-order mark but is not": make_file(
        "abime.txt", FRENCH.encode("utf-16-le") + b"\x00\xd8\x41\x00"
    ),
}
REQUIRED_ROWS = list(README_INPUTS)[:6]


@dataclass(frozen=True, slots=True)
class Command:
    """A README row that is not ``quotes analyze PATH``: the whole command, and the PATH it names."""

    arguments: list[str]
    path: Path
    stdout: str | None = None  # a file the standard output goes to


# The README rows made by other commands or options; their message is the last line on stderr
# (the parser's line may come before it, once the parse has started).
README_COMMANDS: dict[str, Callable[[Path], Command]] = {
    "an analysis that runs over its time budget (`--timeout 0.5`)": lambda folder: Command(
        ["analyze", str(SEED), "--timeout", "0.5", "--no-cache"], SEED
    ),
    "`-o` naming a file": lambda folder: Command(
        ["report", str(SEED), "-o", str(make_file("sortie", b"x")(folder))], folder / "sortie"
    ),
    "`-o` naming a folder that cannot be written": lambda folder: Command(
        ["report", str(SEED), "-o", str(unwritable_folder(folder))], unwritable_folder(folder)
    ),
    "`--max-mb nan` (or any value that is not a size)": lambda folder: Command(
        ["analyze", str(SEED), "--max-mb", "nan"], SEED
    ),
    "a full standard output (`> /dev/full`)": lambda folder: Command(
        ["analyze", str(SEED)], SEED, stdout="/dev/full"
    ),
}


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
    known = {**README_INPUTS, **README_COMMANDS}
    assert [row for row in rows if row not in known] == [], "a README row this test cannot make"


@pytest.mark.parametrize(("row", "message"), readme_refusals(), ids=[row for row, _ in readme_refusals()])
def test_the_readme_message_is_the_one_the_command_prints(tmp_path: Path, row: str, message: str) -> None:
    if row in README_COMMANDS:
        command = README_COMMANDS[row](tmp_path)
        if command.stdout is not None and not Path(command.stdout).exists():
            pytest.skip(f"no {command.stdout} here")
        if command.stdout is None:
            refusal = run_quotes(*command.arguments)
        else:
            with open(command.stdout, "w") as stdout:
                refusal = run_quotes(*command.arguments, stdout=stdout)
        path, line = command.path, refusal.stderr.splitlines()[-1]
    else:
        path = README_INPUTS[row](tmp_path)
        if not path.is_relative_to(tmp_path) and not os.path.lexists(path):
            pytest.skip(f"{path} does not exist here")  # /dev/zero
        refusal = run_analyze(path)
        line = refusal.line
    assert refusal.status == 2 and refusal.stdout == "" and "Traceback" not in refusal.stderr
    assert line == message.replace("PATH", str(path)).replace("NAME", path.name)
