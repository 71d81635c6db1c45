"""Read a parse made elsewhere (any Universal Dependencies parser) and align it to the article.

``--parser conllu:FILE`` takes a CoNLL-U file of the article. Its tokens are found in the
article text one after another; multi-word tokens (``1-2 du`` → ``de le``) give their
words the token's characters. Sentences that run over a paragraph break are cut there,
since paragraphs are hard boundaries. Named entities are read from ``NER=`` or ``NE=``
in the MISC column (BIO or BIOES tags), when present.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConlluError
from ..model import Paragraph, ParsedDoc, ParserInfo
from .build import RawEntity, RawParagraph, RawWord, assemble

# Characters that a parser's tokenizer may have normalized.
_EQUIVALENT = {"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"}
_SPACES = " \t\n\u00a0\u202f\u2009\u2007\u200b\ufeff"
_LOOKAHEAD = 200


@dataclass(slots=True)
class _Word:
    line: int
    text: str
    lemma: str
    upos: str
    feats: str
    head: int  # 1-based within the sentence, 0 = root
    deprel: str
    ner: str | None
    start: int = -1
    end: int = -1


def parser_info(path: str) -> ParserInfo:
    """The CoNLL-U file, named with a digest of its content (for the cache key)."""
    data = _read(path)
    digest = hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]
    return ParserInfo("conllu", Path(path).name, digest)


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except OSError as err:
        raise ConlluError(f"{path}: cannot read the CoNLL-U file ({err.strerror})") from err
    except UnicodeDecodeError as err:
        raise ConlluError(f"{path}: the CoNLL-U file is not UTF-8") from err


def parse_paragraphs(text: str, paragraphs: Sequence[Paragraph], path: str) -> ParsedDoc:
    """The article's parse read from ``path`` and aligned to ``text``."""
    sentences = read_conllu(_read(path), name=path)
    align(text, sentences, name=path)
    return assemble(text, paragraphs, _by_paragraph(sentences, paragraphs), parser_info(path))


def read_conllu(data: str, *, name: str = "CoNLL-U") -> list[list[tuple[str, int, list[_Word]]]]:
    """Sentences as lists of surface tokens: (form, line, words of that token)."""
    sentences: list[list[tuple[str, int, list[_Word]]]] = []
    tokens: list[tuple[str, int, list[_Word]]] = []
    pending_range: tuple[int, int] | None = None
    for number, line in enumerate(data.splitlines(), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            if tokens:
                sentences.append(tokens)
                tokens = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ConlluError(f"{name}, line {number}: expected 10 tab-separated columns, found {len(cols)}")
        ident = cols[0]
        if "." in ident:
            continue  # an empty node has no characters
        if "-" in ident:
            first, last = (int(x) for x in ident.split("-"))
            pending_range = (first, last)
            tokens.append((cols[1], number, []))
            continue
        try:
            index, head = int(ident), int(cols[6]) if cols[6] != "_" else 0
        except ValueError as err:
            raise ConlluError(f"{name}, line {number}: bad ID or HEAD column") from err
        word = _Word(
            line=number,
            text=cols[1],
            lemma=cols[2] if cols[2] != "_" else cols[1],
            upos=cols[3],
            feats=cols[5] if cols[5] != "_" else "",
            head=head,
            deprel=cols[7] if cols[7] != "_" else "dep",
            ner=_ner_tag(cols[9]),
        )
        if pending_range and pending_range[0] <= index <= pending_range[1]:
            tokens[-1][2].append(word)
            if index == pending_range[1]:
                pending_range = None
        else:
            tokens.append((cols[1], number, [word]))
    if tokens:
        sentences.append(tokens)
    return sentences


def _ner_tag(misc: str) -> str | None:
    for item in misc.split("|"):
        key, _, value = item.partition("=")
        if key in ("NER", "NE") and value:
            return value
    return None


def align(text: str, sentences: list[list[tuple[str, int, list[_Word]]]], *, name: str) -> None:
    """Give every word the characters of its token in ``text``, or say where alignment failed."""
    cursor = 0
    for tokens in sentences:
        for form, line, words in tokens:
            while cursor < len(text) and text[cursor] in _SPACES:
                cursor += 1
            start = _match_at(text, cursor, form)
            if start is None:
                start = _search(text, cursor, form)
            if start is None:
                near = text[cursor : cursor + 30].replace("\n", " ")
                raise ConlluError(
                    f"{name}, line {line}: token {form!r} not found in the article near {near!r}; "
                    "is this the parse of this article?"
                )
            end = start + len(form)
            for word in words:
                word.start, word.end = start, end
            cursor = end


def _same(a: str, b: str) -> bool:
    return a == b or _EQUIVALENT.get(a, a) == _EQUIVALENT.get(b, b)


def _match_at(text: str, at: int, form: str) -> int | None:
    if at + len(form) > len(text):
        return None
    if all(_same(text[at + k], ch) for k, ch in enumerate(form)):
        return at
    return None


def _search(text: str, at: int, form: str) -> int | None:
    """The form a little further on (a tokenizer may have dropped markup or odd characters)."""
    for start in range(at, min(len(text), at + _LOOKAHEAD)):
        if _match_at(text, start, form) is not None:
            return start
    return None


def _by_paragraph(
    sentences: list[list[tuple[str, int, list[_Word]]]], paragraphs: Sequence[Paragraph]
) -> list[RawParagraph]:
    """Aligned sentences grouped by paragraph; a sentence crossing a break is cut in two."""
    starts = [p.span.start for p in paragraphs]
    grouped: list[list[list[RawWord]]] = [[] for _ in paragraphs]
    entities: list[list[RawEntity]] = [[] for _ in paragraphs]

    def paragraph_of(char: int) -> int:
        n = 0
        while n + 1 < len(starts) and starts[n + 1] <= char:
            n += 1
        return n

    for tokens in sentences:
        words = [w for _, _, ws in tokens for w in ws]
        pieces: dict[int, list[int]] = {}
        for k, word in enumerate(words):
            pieces.setdefault(paragraph_of(word.start), []).append(k)
        for n, members in pieces.items():
            local = {k: j for j, k in enumerate(members)}
            offset = starts[n]
            raw = []
            for k in members:
                word = words[k]
                head = local.get(word.head - 1, -1) if word.head else -1
                raw.append(
                    RawWord(
                        word.text,
                        word.lemma,
                        word.upos,
                        word.feats,
                        head,
                        word.deprel if head >= 0 else "root",
                        word.start - offset,
                        word.end - offset,
                    )
                )
            grouped[n].append(raw)
            entities[n].extend(_entities([words[k] for k in members], offset))
    return [RawParagraph(grouped[n], entities[n]) for n in range(len(paragraphs))]


def _entities(words: list[_Word], offset: int) -> list[RawEntity]:
    """Entities from BIO / BIOES tags."""
    found: list[RawEntity] = []
    current: tuple[str, int, int] | None = None
    for word in words:
        tag = word.ner or "O"
        prefix, _, label = tag.partition("-")
        if prefix in ("B", "S") or (prefix in ("I", "E") and (current is None or current[0] != label)):
            if current:
                found.append(RawEntity(current[0], current[1] - offset, current[2] - offset))
            current = (label, word.start, word.end)
        elif prefix in ("I", "E") and current:
            current = (label, current[1], word.end)
        else:
            if current:
                found.append(RawEntity(current[0], current[1] - offset, current[2] - offset))
            current = None
        if prefix in ("E", "S") and current:
            found.append(RawEntity(current[0], current[1] - offset, current[2] - offset))
            current = None
    if current:
        found.append(RawEntity(current[0], current[1] - offset, current[2] - offset))
    return found
