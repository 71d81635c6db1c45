"""Parse cache: a parse is stored once per text, parser, model and version.

A cached run reads JSON and imports neither Stanza nor spaCy. Files are written
atomically (a temporary file renamed into place), so an interrupted run leaves no
half-written entry.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from ..files import write_atomically
from ..model import CorefChain, Entity, Paragraph, ParsedDoc, ParserInfo, Sentence, Span, Word

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


class ParseCache:
    """Parses on disk under one folder, one JSON file each."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / "parses" / key[:2] / f"{key}.json"

    def load(self, text: str, parser: ParserInfo) -> ParsedDoc | None:
        """The stored parse of ``text`` by ``parser``, or None."""
        path = self._path(cache_key(text, parser))
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            return from_json(stored, text)
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            # A damaged or foreign entry is only a parse to redo; storing it again replaces it.
            return None

    def store(self, doc: ParsedDoc) -> None:
        """Keep ``doc`` for next time; a cache that cannot be written is only a slower next run."""
        path = self._path(cache_key(doc.text, doc.parser))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, json.dumps(to_json(doc), ensure_ascii=False, separators=(",", ":")))
        except OSError:
            pass


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


def from_json(stored: dict[str, Any], text: str) -> ParsedDoc:
    """The parse back from ``to_json``; ValueError (or another lookup error) when it is not one."""
    if not isinstance(stored, dict) or stored.get("format") != FORMAT:
        raise ValueError("not a parse in this cache format")
    doc = ParsedDoc(
        text=text,
        parser=ParserInfo(*stored["parser"]),
        paragraphs=tuple(Paragraph(i, Span(s, e)) for i, (s, e) in enumerate(stored["paragraphs"])),
        sentences=tuple(
            Sentence(i, first, last, Span(s, e), p)
            for i, (first, last, s, e, p) in enumerate(stored["sentences"])
        ),
        words=tuple(Word(i, *fields) for i, fields in enumerate(stored["words"])),
        entities=tuple(
            Entity(label, Span(s, e), first, last) for label, s, e, first, last in stored["entities"]
        ),
        coref=tuple(
            CorefChain(tuple(Span(s, e) for s, e in mentions), representative)
            for representative, mentions in stored["coref"]
        ),
    )
    _check(doc)
    return doc


def _check(doc: ParsedDoc) -> None:
    """Raise ValueError unless every offset and head is a number that fits the text and the words."""
    size, count = len(doc.text), len(doc.words)
    for word in doc.words:
        numbers = (word.start, word.end, word.head, word.sent)
        if not all(type(n) is int for n in numbers):
            raise ValueError(f"word {word.i}: offsets, head and sentence must be integers")
        if not (0 <= word.start <= word.end <= size and -1 <= word.head < count):
            raise ValueError(f"word {word.i}: span or head out of range")
    for sentence in doc.sentences:
        if not (
            0 <= sentence.first <= sentence.last <= count and 0 <= sentence.paragraph < len(doc.paragraphs)
        ):
            raise ValueError(f"sentence {sentence.i}: out of range")
