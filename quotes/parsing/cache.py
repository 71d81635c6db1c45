"""Parse cache: a parse is stored once per text, parser, model and version.

A cached run reads JSON and imports neither Stanza nor spaCy. Files are written
atomically (a temporary file renamed into place), so an interrupted run leaves no
half-written entry. An entry is checked when it is read (its digest, then every field's
type and bounds, then the fit with the text): a damaged one is dropped and parsed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..files import write_atomically
from ..model import CorefChain, Entity, Paragraph, ParsedDoc, ParserInfo, Sentence, Span, Word
from .build import problems

# Part of every key: bump it whenever an adapter or the stored form changes what a parse
# holds (2: spaCy's rule-set sentence boundaries, digit groups, article word texts; 3: long
# paragraphs parsed in pieces, long runs with no space tokenized in chunks).
FORMAT = 3


def default_cache_dir() -> Path:
    """``QUOTES_CACHE_DIR``, else ``$XDG_CACHE_HOME/quotes``, else ``~/.cache/quotes``."""
    if os.environ.get("QUOTES_CACHE_DIR"):
        return Path(os.environ["QUOTES_CACHE_DIR"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "quotes"


def cache_key(text: str, parser: ParserInfo) -> str:
    """A digest of the text and of the parser that would parse it."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), parser.name, parser.model, parser.version, text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


# Each entry: a first line that says what it is and the digest of the JSON on the second,
# so that an entry changed on disk (a bit flipped, a file cut short, a hand edit) is known
# as soon as it is read, before its JSON is even parsed.
MAGIC = "quotes-parse"


class DamagedEntry(ValueError):
    """A cache entry that is not a sound parse of its text: why, in a few words."""


class ParseCache:
    """Parses on disk under one folder, one file each.

    An entry that cannot be trusted (damaged, changed, or not a parse of its text) is
    dropped and reported to ``on_damage`` (the command line prints it on one line); the
    caller parses the text again and the new parse replaces it.
    """

    def __init__(self, folder: Path, *, on_damage: Callable[[str], None] | None = None) -> None:
        self.folder = folder
        self.on_damage = on_damage

    def _path(self, key: str) -> Path:
        return self.folder / "parses" / key[:2] / f"{key}.json"

    def load(self, text: str, parser: ParserInfo) -> ParsedDoc | None:
        """The stored parse of ``text`` by ``parser``, or None (not there, or not to be trusted)."""
        path = self._path(cache_key(text, parser))
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as err:
            self._drop(path, f"cannot be read ({err.strerror})")
            return None
        try:
            return from_stored(raw, text)
        except DamagedEntry as err:
            self._drop(path, str(err))
            return None

    def _drop(self, path: Path, why: str) -> None:
        # The new parse replaces it; a read-only cache only costs a parse each time.
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        if self.on_damage is not None:
            self.on_damage(f"the parse cached in {path} was damaged ({why}); the text is parsed again")

    def store(self, doc: ParsedDoc) -> None:
        """Keep ``doc`` for next time; a cache that cannot be written is only a slower next run."""
        path = self._path(cache_key(doc.text, doc.parser))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, stored_form(doc))
        except OSError:
            pass


def stored_form(doc: ParsedDoc) -> str:
    """The text of a cache entry: the header line (format and digest), then the JSON."""
    body = json.dumps(to_json(doc), ensure_ascii=False, separators=(",", ":"))
    return f"{MAGIC} {FORMAT} sha256:{_digest(body.encode('utf-8'))}\n{body}"


def _digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def from_stored(raw: bytes, text: str) -> ParsedDoc:
    """The parse in a cache entry's bytes; ``DamagedEntry`` saying what is wrong with them."""
    header, newline, body = raw.partition(b"\n")
    fields = header.decode("ascii", "replace").split()
    if not newline or len(fields) != 3 or fields[0] != MAGIC or not fields[2].startswith("sha256:"):
        raise DamagedEntry("not a cache entry")
    if fields[1] != str(FORMAT):
        raise DamagedEntry(f"format {fields[1]}, not {FORMAT}")
    if fields[2] != f"sha256:{_digest(body)}":
        raise DamagedEntry("its content does not match its digest")
    try:
        stored = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError) as err:
        raise DamagedEntry(f"not JSON: {type(err).__name__}") from None
    return from_json(stored, text)


def to_json(doc: ParsedDoc) -> dict[str, object]:
    """A compact JSON form of a parse (the text itself is not stored: it is the key)."""
    return {
        "format": FORMAT,
        "parser": [doc.parser.name, doc.parser.model, doc.parser.version],
        "paragraphs": [[p.span.start, p.span.end] for p in doc.paragraphs],
        "sentences": [[s.first, s.last, s.span.start, s.span.end, s.paragraph] for s in doc.sentences],
        "words": [
            [w.text, w.lemma, w.upos, w.feats, w.head, w.deprel, w.start, w.end, w.sent] for w in doc.words
        ],
        "entities": [[e.label, e.span.start, e.span.end, e.first, e.last] for e in doc.entities],
        "coref": [[chain.representative, [[m.start, m.end] for m in chain.mentions]] for chain in doc.coref],
    }


def from_json(stored: Any, text: str) -> ParsedDoc:
    """The parse back from ``to_json``, every field checked; ``DamagedEntry`` when it is not one.

    Types, lengths and bounds are checked before anything is built: offsets inside the
    text, heads inside their sentence, sentences that follow each other inside their
    paragraph, entities over words that exist; then the parse must fit the text as any
    parser's does (``problems``).
    """
    if not isinstance(stored, dict) or stored.get("format") != FORMAT:
        raise DamagedEntry("not a parse in this cache format")
    size = len(text)
    parser = _rows(stored, "parser", 3, (str, str, str), flat=True)
    paragraphs = _rows(stored, "paragraphs", 2, (int, int))
    sentences = _rows(stored, "sentences", 5, (int, int, int, int, int))
    words = _rows(stored, "words", 9, (str, str, str, str, int, str, int, int, int))
    entities = _rows(stored, "entities", 5, (str, int, int, int, int))
    chains = stored.get("coref")
    if not isinstance(chains, list):
        raise DamagedEntry("coref: not a list")
    count = len(words)
    end = 0
    for n, (start, stop) in enumerate(paragraphs):
        if not end <= start < stop <= size:
            raise DamagedEntry(f"paragraph {n}: out of the text or out of order")
        end = stop
    expected = 0
    for n, (first, last, start, stop, paragraph) in enumerate(sentences):
        if first != expected or not first < last <= count:
            raise DamagedEntry(f"sentence {n}: its words do not follow the sentence before")
        if not 0 <= paragraph < len(paragraphs) or not 0 <= start < stop <= size:
            raise DamagedEntry(f"sentence {n}: out of range")
        expected = last
    if expected != count:
        raise DamagedEntry("words outside every sentence")
    bounds = [(first, last) for first, last, *_ in sentences]
    for n, (_, _, _, _, head, _, start, stop, sent) in enumerate(words):
        if not 0 <= sent < len(sentences) or not bounds[sent][0] <= n < bounds[sent][1]:
            raise DamagedEntry(f"word {n}: not in the sentence it names")
        if head != -1 and not bounds[sent][0] <= head < bounds[sent][1]:
            raise DamagedEntry(f"word {n}: head out of its sentence")
        if not 0 <= start < stop <= size:
            raise DamagedEntry(f"word {n}: span out of the text")
    for n, (_, start, stop, first, last) in enumerate(entities):
        if not (0 <= start < stop <= size and 0 <= first < last <= count):
            raise DamagedEntry(f"entity {n}: out of range")
    coref = []
    for n, chain in enumerate(chains):
        if not (isinstance(chain, list) and len(chain) == 2 and type(chain[0]) is int):
            raise DamagedEntry(f"coref chain {n}: not a chain")
        mentions = _pairs(chain[1], size)
        if mentions is None or not 0 <= chain[0] < max(len(mentions), 1):
            raise DamagedEntry(f"coref chain {n}: out of range")
        coref.append(CorefChain(tuple(Span(s, e) for s, e in mentions), chain[0]))
    doc = ParsedDoc(
        text=text,
        parser=ParserInfo(*parser),
        paragraphs=tuple(Paragraph(i, Span(s, e)) for i, (s, e) in enumerate(paragraphs)),
        sentences=tuple(
            Sentence(i, first, last, Span(s, e), p) for i, (first, last, s, e, p) in enumerate(sentences)
        ),
        words=tuple(Word(i, *fields) for i, fields in enumerate(words)),
        entities=tuple(Entity(label, Span(s, e), first, last) for label, s, e, first, last in entities),
        coref=tuple(coref),
    )
    found = problems(doc)
    if found:
        raise DamagedEntry(f"does not fit the text: {found[0]}")
    return doc


def _rows(
    stored: dict[str, Any], key: str, width: int, types: tuple[type, ...], *, flat: bool = False
) -> Any:
    """``stored[key]``: a list of rows of ``width`` values of ``types`` (or one such row when ``flat``)."""
    rows = stored.get(key)
    if flat:
        rows = [rows]
    if not isinstance(rows, list):
        raise DamagedEntry(f"{key}: not a list")
    for n, row in enumerate(rows):
        # (the types compared as a tuple: a parse has a million words to check)
        if type(row) is not list or len(row) != width or tuple(map(type, row)) != types:
            raise DamagedEntry(f"{key} {n}: not {width} values of the right types")
    return rows[0] if flat else rows


def _pairs(value: Any, size: int) -> list[tuple[int, int]] | None:
    """``[[start, end], …]`` with offsets inside a text of ``size`` characters, or None."""
    if not isinstance(value, list):
        return None
    pairs = []
    for pair in value:
        if not (isinstance(pair, list) and len(pair) == 2 and all(type(n) is int for n in pair)):
            return None
        if not 0 <= pair[0] < pair[1] <= size:
            return None
        pairs.append((pair[0], pair[1]))
    return pairs
