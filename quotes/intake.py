"""Read an article from a file: plain text in any common encoding, Markdown, or an HTML page.

Refuses, with an ``ArticleError`` whose message fits on one line, what cannot be
analyzed: a missing, empty, binary or oversized file, and text that is not French.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import regex

from .budget import OutOfTime, current_limits, seconds_text, time_budget
from .errors import (
    AnalysisTimeout,
    ArticleNotFound,
    ArticleTooLarge,
    BinaryArticle,
    EmptyArticle,
    NotFrench,
    QuotesError,
    UnreadableArticle,
)
from .model import Article

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

# Magic numbers of the binary files people most often pass by mistake.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (a .docx or .odt document?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
}
# The UTF-8 BOM is decoded, not dropped: the scorer and anyone else who reads the file as
# UTF-8 see it as the character U+FEFF at offset 0, and offsets must agree with them.
# UTF-32 comes first because its little-endian BOM starts like UTF-16's.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
BOM = "\ufeff"
# Characters that do not make a file any less empty.
_BLANK = regex.compile(r"[\s\ufeff\u200b\u2060]*")
# Encodings a French text in the wild comes in when it is not UTF-8.
_WESTERN = ["utf_8", "cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]


def max_bytes_from_env() -> int:
    """The size limit: ``QUOTES_MAX_MB`` megabytes when set, else 5 MB."""
    raw = os.environ.get("QUOTES_MAX_MB", "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        megabytes = float(raw)
    except ValueError:
        megabytes = -1.0
    # A typo here would otherwise silently bring back the default limit.
    if not megabytes > 0 or megabytes == float("inf"):
        raise QuotesError(f"QUOTES_MAX_MB={raw} is not a size in megabytes; set it to a number such as 20")
    return int(megabytes * 1024 * 1024)


# What a path that is not a regular file is, said to a user who gave it as an article.
_SPECIAL_FILES = (
    (stat.S_ISDIR, "is a directory, not an article file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not an article file"),
    (stat.S_ISCHR, "is a device file, not an article file"),
    (stat.S_ISBLK, "is a disk device, not an article file"),
    (stat.S_ISSOCK, "is a socket, not an article file"),
)


def read_article(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> Article:
    """Read and check one article file; raise an ``ArticleError`` saying why it cannot be used.

    Reading and extracting an HTML page keep to the run's time budget (``budget``).
    """
    path = Path(path)
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    size = _regular_file_size(path)
    if size > limit:
        raise ArticleTooLarge(f"{path}: {_over_limit(size, limit)} (raise it with --max-mb or QUOTES_MAX_MB)")
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)  # a file that grows while it is read stops at the limit all the same
    except OSError as err:
        raise ArticleNotFound(f"{path}: cannot be read ({err.strerror})") from err
    if len(data) > limit:
        raise ArticleTooLarge(
            f"{path}: {_over_limit(len(data), limit)} (raise it with --max-mb or QUOTES_MAX_MB)"
        )
    seconds = current_limits().seconds_for(len(data))
    try:
        with time_budget(seconds) as budget:
            return read_article_bytes(data, name=path.name, path=str(path))
    except OutOfTime as out:
        if out.budget is not budget:
            raise
        raise AnalysisTimeout(
            f"{path.name}: reading the file took more than {seconds_text(seconds)} and was stopped; "
            "raise the limit with --timeout or QUOTES_TIMEOUT (0 for none)"
        ) from None


def _regular_file_size(path: Path) -> int:
    """The size of the regular file at ``path``; ``ArticleNotFound`` saying what it is otherwise."""
    try:
        info = path.stat()
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise ArticleNotFound(f"{path}: is a symbolic link that loops back on itself") from err
        if err.errno in (errno.ENOENT, errno.ENOTDIR):
            broken = path.is_symlink()
            what = "is a symbolic link to a file that does not exist" if broken else "does not exist"
            raise ArticleNotFound(f"{path}: {what}") from err
        if err.errno == errno.ENAMETOOLONG:
            raise ArticleNotFound(f"{path}: the name is too long for this system") from err
        raise ArticleNotFound(f"{path}: cannot be read ({err.strerror})") from err
    for kind, what in _SPECIAL_FILES:
        if kind(info.st_mode):
            raise ArticleNotFound(f"{path}: {what}")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleNotFound(f"{path}: is not a regular file, not an article file")
    return info.st_size


def read_article_bytes(data: bytes, *, name: str, path: str | None = None) -> Article:
    """Decode, normalize and check the bytes of an article file."""
    if not data:
        raise EmptyArticle(f"{name}: the file is empty")
    binary = _binary_kind(data)
    if binary:
        raise BinaryArticle(f"{name}: this is {binary}, not an article; save the article as text or HTML")
    try:
        text, encoding = decode(data)
    except UnreadableArticle as err:
        raise UnreadableArticle(f"{name}: {err}") from err
    text = normalize_newlines(text)
    if _is_blank(text):
        raise EmptyArticle(f"{name}: the file is empty (it holds only blank space)")
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in {".txt", ".md"} and _looks_like_html(text)):
        article = _read_html(text, name=name, path=path, encoding=encoding)
    else:
        title = None
        if suffix == ".md":
            text, title = _blank_front_matter(text)
        if _is_blank(text):
            raise EmptyArticle(f"{name}: the file holds no text")
        article = Article(
            name=name, text=text, title=title or guess_title(text), path=path, encoding=encoding
        )
    check_french(article.text, name=name)
    return article


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: a BOM, then UTF-8, then a Western code page."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise UnreadableArticle(
                    f"the file starts like {encoding} text but is not; save it again as UTF-8"
                ) from err
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError as err:
            raise UnreadableArticle(
                "the file reads like UTF-16 text without a byte-order mark, but is not; "
                "save it again as UTF-8"
            ) from err
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_WESTERN).best()
    encoding = best.encoding if best is not None else "cp1252"
    # Latin-1 and Windows-1252 differ only in 0x80–0x9F, where Latin-1 has control codes and
    # Windows-1252 has ’ “ ” – … and œ: French text with those bytes is Windows-1252.
    if encoding in {"latin_1", "iso8859_15"} and regex.search(rb"[\x80-\x9f]", data):
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes read as UTF-16 that lost its byte-order mark.

    French text in UTF-16 has a NUL byte in almost every pair, on the same side (its letters,
    accents included, are under U+0100; « ’ » and « € » are not, and they are few); text in
    one byte per character has none.
    """
    head = data[:8192]
    if len(head) < 4 or len(data) % 2:
        return None
    pairs = len(head) // 2
    even = sum(1 for b in head[0::2] if b == 0) / pairs
    odd = sum(1 for b in head[1::2] if b == 0) / pairs
    if odd >= 0.6 and even <= 0.05:
        return "utf-16-le"
    if even >= 0.6 and odd <= 0.05:
        return "utf-16-be"
    return None


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; Unicode line and paragraph separators too."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


def _is_blank(text: str) -> bool:
    return _BLANK.fullmatch(text) is not None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _over_limit(size: int, limit: int) -> str:
    """How far over the limit, in megabytes when that shows a difference, else in bytes."""
    over, cap = _megabytes(size), _megabytes(limit)
    if over != cap and cap != _megabytes(0):
        return f"{over} is over the {cap} limit"
    # "5.0 MB is over the 5.0 MB limit" would read as a bug.
    return f"{size:,} bytes is over the {limit:,}-byte limit"


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or _utf16_without_bom(data):
        return None  # UTF-16 or UTF-32 text: NUL bytes are expected
    if b"\x00" in head:
        return "a binary file"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > len(head) * 0.02:
        return "a binary file"
    return None


_HTML_START = regex.compile(
    r"\A[\s\ufeff]*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])", regex.I
)


def _looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:2000]) is not None


def _read_html(html: str, *, name: str, path: str | None, encoding: str) -> Article:
    """Main text, title, author, date and outlet of an HTML page, with trafilatura."""
    import trafilatura

    no_article = UnreadableArticle(f"{name}: no article text found in this HTML page")
    depth = _too_deep(html)
    if depth is not None:
        raise UnreadableArticle(
            f"{name}: this HTML page nests its elements too deep to be read (over {depth} levels); "
            "save the article as text"
        )
    try:
        result = trafilatura.bare_extraction(
            html.lstrip(BOM),
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as err:  # a page trafilatura cannot parse has no article we can read
        raise no_article from err
    if result is None:
        raise no_article
    fields = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = normalize_newlines(fields.get("text") or "").strip()
    # With nothing better, trafilatura returns the menu or the footer: that is not an article.
    if not _has_prose(body):
        raise no_article
    title = (fields.get("title") or "").strip() or None
    # The title is read as part of the article, as it is on the page: a headline may quote.
    text = f"{title}\n\n{body}\n" if title and not body.startswith(title) else body + "\n"
    return Article(
        name=name,
        text=text,
        title=title or guess_title(text),
        author=(fields.get("author") or None),
        date=(fields.get("date") or None),
        outlet=(fields.get("sitename") or None),
        url=(fields.get("url") or None),
        path=path,
        encoding=encoding,
        source_format="html",
    )


def _too_deep(html: str) -> int | None:
    """The depth past which the HTML parser stops reading a page, when this page goes past it.

    libxml2 (under lxml, under trafilatura) reads no deeper than 256 elements and drops the
    rest of the page: 20,000 nested ``div`` would read as a page with no article in it.
    """
    from lxml import etree

    parser = etree.HTMLParser()
    try:
        etree.fromstring(html.encode("utf-8"), parser)
    except (etree.LxmlError, ValueError):
        return None  # not this problem: trafilatura says what it can read
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" and "depth" in entry.message.lower():
            found = regex.search(r"\d+", entry.message)
            return int(found.group()) if found else 256
    return None


_SENTENCE_END = regex.compile(r"[.!?…]")


def _has_prose(text: str) -> bool:
    """Whether some paragraph reads as prose: six words or more and a sentence's end."""
    return any(
        len(_WORD.findall(line)) >= 6 and _SENTENCE_END.search(line) is not None for line in text.split("\n")
    )


_FRONT_MATTER = regex.compile(r"\A(\ufeff?)(---\n.*?\n---)(?:\n|\Z)", flags=regex.S)
_FRONT_MATTER_TITLE = regex.compile(r"^title:[ \t]*(.+?)[ \t]*$", flags=regex.M)


def _blank_front_matter(text: str) -> tuple[str, str | None]:
    """Markdown front matter (``---`` … ``---``) blanked out, and the title it gives, if any.

    Front matter is metadata, not article text; it is overwritten with spaces rather than cut,
    so that offsets still index the file as it reads.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, None
    found = _FRONT_MATTER_TITLE.search(m.group(2))
    title = found.group(1).strip("\"'") if found else None
    blank = regex.sub(r"[^\n]", " ", m.group(2))
    return text[: m.start(2)] + blank + text[m.end(2) :], title or None


def guess_title(text: str) -> str | None:
    """The first line when it reads as a headline: short, and not a sentence ending in a period."""
    lines = (line.strip().lstrip(BOM).strip() for line in text.split("\n"))
    first = next((line for line in lines if line), "")
    first = first.lstrip("# ").strip()
    if not first or len(first) > 160 or len(first.split()) > 25:
        return None
    if first.endswith(".") and not first.endswith("..."):
        return None
    if first.endswith((":", ",", ";")):
        return None  # a sentence that goes on in the next paragraph
    if text.strip().lstrip(BOM).strip().lstrip("# ").strip() == first:
        return None
    return first


# --- Is it French? ------------------------------------------------------------------------

_WORD = regex.compile(r"\p{L}+")
_FUNCTION_WORDS = {
    "fr": set(
        "le la les de des du un une et est sont que qui dans pour pas au aux sur par avec ce cette se ne "
        "il elle ils elles nous vous on en à où mais ou donc leur leurs son sa ses été être avait ont "
        "plus selon comme tout très aussi dont".split()
    ),
    "en": set("the and of to is in that it was for on with as by this are be have from at which not".split()),
    "es": set("el los las del y es que en por con para una su se lo como pero más fue".split()),
    "de": set("der die das und ist nicht mit den dem ein eine zu von sich auf für auch wird".split()),
    "it": set("il di che è gli della per non con una sono nel alla anche più come".split()),
    "pt": set("os das dos do da um e é são não com uma para por mais como foi ao pelo pela também".split()),
    "nl": set("de het een en van is dat op te zijn met voor niet aan ook".split()),
}
_LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
}


def check_french(text: str, *, name: str) -> None:
    """Raise ``NotFrench`` unless the text reads as French (a count of function words)."""
    words = [w.lower() for w in _WORD.findall(text[:200_000])]
    if not words:
        raise NotFrench(f"{name}: no words found; the tool reads French news articles")
    if len(words) < 8:
        return  # too short to tell: let it through
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    french = scores.pop("fr")
    rival, rival_score = max(scores.items(), key=lambda kv: kv[1])
    if french >= rival_score and french >= max(2, 0.08 * len(words)):
        return
    if rival_score > french:
        raise NotFrench(
            f"{name}: this reads as {_LANGUAGE_NAMES[rival]}, not French; the tool reads French articles"
        )
    raise NotFrench(f"{name}: this does not read as French; the tool reads French articles")
