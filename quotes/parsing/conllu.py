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
from .build import RawEntity, RawParagraph, RawWord, assemble, paragraph_at, split_at_paragraphs

# Characters that a parser's tokenizer may have normalized.
_EQUIVALENT = {"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"}
# Spaces a token may hold (« 2 048 »): a tokenizer may have written any of them as a plain one.
_INNER_SPACES = " \t\u00a0\u202f\u2009\u2007\u2002\u2003"
_LOOKAHEAD = 200


@dataclass(slots=True)
class _Word:
    """A syntactic word of the file, given its characters by ``align``."""

    line: int
    ident: int
    text: str
    lemma: str
    upos: str
    feats: str
    head: int  # the head's ID in the sentence, 0 = root
    deprel: str
    ner: str | None
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class _Token:
    """A surface token: one word, or the words of a multi-word token (``1-2 du`` → de, le)."""

    form: str
    line: int
    words: list[_Word]


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
    return assemble(text, paragraphs, by_paragraph(text, sentences, paragraphs), parser_info(path))


def read_conllu(data: str, *, name: str = "CoNLL-U") -> list[list[_Token]]:
    """The file's sentences as lists of surface tokens; comments and empty nodes are skipped."""
    sentences: list[list[_Token]] = []
    tokens: list[_Token] = []
    # The IDs that the last multi-word token line announced, still to come.
    pending: range = range(0)
    for number, line in enumerate(data.splitlines(), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            if tokens:
                sentences.append(tokens)
                tokens = []
            pending = range(0)
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ConlluError(f"{name}, line {number}: expected 10 tab-separated columns, found {len(cols)}")
        ident = cols[0]
        if "." in ident:
            continue  # an empty node (3.1) has no characters
        if "-" in ident:
            try:
                first, last = (int(x) for x in ident.split("-"))
            except ValueError as err:
                raise ConlluError(f"{name}, line {number}: bad multi-word token ID {ident!r}") from err
            pending = range(first, last + 1)
            tokens.append(_Token(cols[1], number, []))
            continue
        try:
            index, head = int(ident), int(cols[6]) if cols[6] != "_" else 0
        except ValueError as err:
            raise ConlluError(f"{name}, line {number}: bad ID or HEAD column") from err
        word = _Word(
            line=number,
            ident=index,
            text=cols[1],
            lemma=cols[2] if cols[2] != "_" else cols[1],
            upos=cols[3],
            feats=cols[5] if cols[5] != "_" else "",
            head=head,
            deprel=cols[7] if cols[7] != "_" else "dep",
            ner=_ner_tag(cols[9]),
        )
        if index in pending:
            tokens[-1].words.append(word)
        else:
            pending = range(0)
            tokens.append(_Token(cols[1], number, [word]))
    if tokens:
        sentences.append(tokens)
    for tokens in sentences:
        for token in tokens:
            if not token.words:
                raise ConlluError(f"{name}, line {token.line}: multi-word token {token.form!r} has no words")
    return sentences


def _ner_tag(misc: str) -> str | None:
    for item in misc.split("|"):
        key, _, value = item.partition("=")
        if key in ("NER", "NE") and value:
            return value
    return None


def align(text: str, sentences: list[list[_Token]], *, name: str) -> None:
    """Give every word the characters of its token in ``text``, or say which line does not fit.

    Tokens are found one after another. Between two of them the article may hold spaces,
    and characters a tokenizer drops (markup, odd symbols), but no letter or digit: that
    would mean the file is not the parse of this article.
    """
    cursor = 0
    for tokens in sentences:
        for token in tokens:
            start = _find(text, cursor, token.form)
            if start is None:
                near = text[cursor : cursor + 40].replace("\n", " ")
                raise ConlluError(
                    f"{name}, line {token.line}: token {token.form!r} is not in the article at "
                    f"{near!r}; is this the parse of this article?"
                )
            end = start + len(token.form)
            for word in token.words:
                word.start, word.end = start, end
            cursor = end
    rest = text[cursor:]
    if any(ch.isalnum() for ch in rest):
        last = sentences[-1][-1].line if sentences and sentences[-1] else 0
        near = rest.strip()[:40].replace("\n", " ")
        raise ConlluError(
            f"{name}, line {last}: the file ends but the article goes on ({near!r}); "
            "is this the parse of the whole article?"
        )


def _same(a: str, b: str) -> bool:
    if a == b or _EQUIVALENT.get(a, a) == _EQUIVALENT.get(b, b):
        return True
    return a in _INNER_SPACES and b in _INNER_SPACES


def _match_at(text: str, at: int, form: str) -> bool:
    if at + len(form) > len(text):
        return False
    return all(_same(text[at + k], ch) for k, ch in enumerate(form))


def _find(text: str, at: int, form: str) -> int | None:
    """Where ``form`` starts at ``at`` or a little further, past spaces and dropped symbols."""
    for start in range(at, min(len(text), at + _LOOKAHEAD)):
        if _match_at(text, start, form):
            return start
        if text[start].isalnum():
            return None
    return None


def by_paragraph(
    text: str, sentences: list[list[_Token]], paragraphs: Sequence[Paragraph]
) -> list[RawParagraph]:
    """Aligned sentences grouped by paragraph; a sentence crossing a break is cut in two."""
    starts = [p.span.start for p in paragraphs]
    raw_sentences = []
    tagged: list[_Word] = []
    for tokens in sentences:
        words = [w for token in tokens for w in token.words]
        position = {w.ident: k for k, w in enumerate(words)}
        raw = []
        for token in tokens:
            for word in token.words:
                surface = text[word.start : word.end]
                raw.append(
                    RawWord(
                        # The article's own characters (’ where the file has '), but the
                        # forms of a multi-word token's words (du → de, le).
                        surface if len(token.words) == 1 else word.text,
                        word.lemma,
                        word.upos,
                        word.feats,
                        position.get(word.head, -1) if word.head else -1,
                        word.deprel,
                        word.start,
                        word.end,
                    )
                )
        raw_sentences.append(raw)
        tagged.extend(words)
    grouped = split_at_paragraphs(raw_sentences, starts)
    entities: list[list[RawEntity]] = [[] for _ in paragraphs]
    for label, start, end in _entities(tagged, starts):
        n = paragraph_at(starts, start)
        entities[n].append(RawEntity(label, start - starts[n], end - starts[n]))
    return [RawParagraph(grouped[n], entities[n]) for n in range(len(paragraphs))]


def _entities(words: list[_Word], starts: Sequence[int]) -> list[tuple[str, int, int]]:
    """Entities from BIO or BIOES tags, in article offsets; none runs over a paragraph break."""
    found: list[tuple[str, int, int]] = []
    current: tuple[str, int, int] | None = None
    paragraph = -1
    for word in words:
        tag = word.ner or "O"
        prefix, _, label = tag.partition("-")
        here = paragraph_at(starts, word.start)
        continues = prefix in ("I", "E") and current is not None and current[0] == label and here == paragraph
        if continues and current is not None:
            current = (label, current[1], word.end)
        else:
            if current:
                found.append(current)
            current = (label, word.start, word.end) if prefix in ("B", "I", "E", "S") and label else None
        if prefix in ("E", "S") and current:
            found.append(current)
            current = None
        paragraph = here
    if current:
        found.append(current)
    return found
