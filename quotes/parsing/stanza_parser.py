"""Stanza's French pipeline behind our document model.

Stanza gives the parse the client asked for (tokenize, mwt, pos, lemma, depparse, ner).
Its models come from a model hub: ``make models`` (``stanza.download("fr")``) fetches
them once, with internet access. Only this module imports Stanza, and only when a parse
is needed: Stanza imports PyTorch, which takes seconds.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from importlib import metadata, util
from pathlib import Path
from typing import Any

from ..errors import ParserUnavailable
from ..model import CorefChain, Paragraph, ParsedDoc, ParserInfo, Span
from .build import (
    RawEntity,
    RawParagraph,
    RawWord,
    assemble,
    cut_for_parser,
    join_pieces,
    paragraph_at,
    split_at_paragraphs,
)

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
INSTALL_HINT = "run `make models` (needs internet) to download Stanza's French models"
RESOURCES_HOST = "https://raw.githubusercontent.com/stanfordnlp/stanza-resources/main/"


def installed() -> bool:
    """True when the ``stanza`` package can be imported (checked without importing it)."""
    return util.find_spec("stanza") is not None


def model_dir() -> Path | None:
    """Stanza's resources folder holding French models, found without importing Stanza."""
    candidates = []
    if os.environ.get("STANZA_RESOURCES_DIR"):
        candidates.append(Path(os.environ["STANZA_RESOURCES_DIR"]))
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    candidates.extend(sorted((cache / "stanza").glob("*/resources"), reverse=True))
    candidates.append(Path.home() / "stanza_resources")
    for folder in candidates:
        if (folder / "resources.json").is_file() and _has_french(folder / "fr"):
            return folder
    return None


def _has_french(folder: Path) -> bool:
    needed = ("tokenize", "pos", "lemma", "depparse")
    return all(any((folder / name).glob("*.pt")) for name in needed)


def has_coref(folder: Path) -> bool:
    """True when Stanza's French coreference model is installed beside the others."""
    return any((folder / "fr" / "coref").glob("*.pt"))


def models_installed() -> bool:
    """True when Stanza and its French models are both here."""
    return installed() and model_dir() is not None


def parser_info() -> ParserInfo:
    """Name, model and version of the Stanza parse we would run, without importing Stanza."""
    folder = model_dir()
    if not installed() or folder is None:
        raise ParserUnavailable(f"Stanza's French models are not installed: {INSTALL_HINT}")
    version = metadata.version("stanza")
    resources = "?"
    with contextlib.suppress(OSError, ValueError):
        resources = json.loads((folder / "resources.json").read_text(encoding="utf-8")).get(
            "version", version
        )
    coref = " + coref" if has_coref(folder) else ""
    return ParserInfo("stanza", f"fr default{coref} (resources {resources})", version)


def download_models(*, timeout: float | None = None) -> None:
    """Fetch Stanza's default French models (and nothing when the hub cannot be reached in time)."""
    if timeout is not None:
        _probe(timeout)
    import stanza

    stanza.download("fr", processors=PROCESSORS, verbose=True)


def _probe(timeout: float) -> None:
    """Fail fast, with a clear message, when the model hub is out of reach."""
    import urllib.request

    try:
        urllib.request.urlopen(RESOURCES_HOST + "README.md", timeout=timeout).close()
    except OSError as err:
        raise ParserUnavailable(f"Stanza's model hub cannot be reached ({err}); {INSTALL_HINT}") from err


_PIPELINE: dict[str, Any] = {}


def _load() -> Any:
    if "fr" not in _PIPELINE:
        folder = model_dir()
        if folder is None:
            raise ParserUnavailable(f"Stanza's French models are not installed: {INSTALL_HINT}")
        import stanza

        processors = PROCESSORS + (",coref" if has_coref(folder) else "")
        _PIPELINE["fr"] = stanza.Pipeline(
            "fr",
            dir=str(folder),
            processors=processors,
            download_method=None,
            logging_level="WARN",
        )
    return _PIPELINE["fr"]


def parse_paragraphs(text: str, paragraphs: Sequence[Paragraph]) -> ParsedDoc:
    """Parse the paragraphs as a batch of documents (Stanza's bulk processing) and assemble them.

    A long paragraph goes in pieces cut after a sentence (``cut_for_parser``), put back
    together with their offsets shifted. With the coreference model the paragraphs go
    through as one document, joined by blank lines (Stanza never runs a sentence across
    one), so that chains can span paragraphs.
    """
    info = parser_info()
    nlp = _load()
    pieces = [p.span.text_in(text) for p in paragraphs]
    if "coref" not in nlp.processors:
        units = [
            (n, start, piece[start:end])
            for n, piece in enumerate(pieces)
            for start, end in cut_for_parser(piece)
        ]
        docs = nlp.bulk_process([unit for _, _, unit in units])
        grouped: list[list[tuple[int, RawParagraph]]] = [[] for _ in paragraphs]
        for (n, start, _), doc in zip(units, docs, strict=True):
            grouped[n].append((start, read_stanza_doc(doc)))
        return assemble(text, paragraphs, [join_pieces(group) for group in grouped], info)
    joined, starts = join_paragraphs(pieces)
    doc = nlp(joined)
    parsed, chains = split_stanza_doc(doc, starts)
    return assemble(text, paragraphs, parsed, info, coref=to_article(chains, starts, paragraphs))


def join_paragraphs(pieces: Sequence[str]) -> tuple[str, list[int]]:
    """The paragraphs joined by blank lines, and where each one starts in the joined text."""
    starts, offset = [], 0
    for piece in pieces:
        starts.append(offset)
        offset += len(piece) + 2
    return "\n\n".join(pieces), starts


def to_article(
    chains: Sequence[CorefChain], starts: Sequence[int], paragraphs: Sequence[Paragraph]
) -> list[CorefChain]:
    """Coreference chains moved from the joined text's offsets to the article's."""
    moved = []
    for chain in chains:
        mentions = []
        for mention in chain.mentions:
            # A mention lies in one sentence, hence in one paragraph: the one where it starts.
            n = paragraph_at(starts, mention.start)
            shift = paragraphs[n].span.start - starts[n]
            mentions.append(Span(mention.start + shift, mention.end + shift))
        moved.append(CorefChain(tuple(mentions), chain.representative))
    return moved


def read_stanza_doc(doc: Any) -> RawParagraph:
    """One Stanza ``Document`` (a paragraph) as raw sentences and entities."""
    sentences = [_read_sentence(sentence, doc.text) for sentence in doc.sentences]
    entities = [RawEntity(e.type, e.start_char, e.end_char) for e in doc.ents]
    return RawParagraph(sentences, entities)


def split_stanza_doc(doc: Any, starts: Sequence[int]) -> tuple[list[RawParagraph], list[CorefChain]]:
    """A whole-article Stanza document cut back into its paragraphs, and its coref chains.

    ``starts`` are where the paragraphs begin in the document's text (``join_paragraphs``).
    A sentence that runs over a paragraph break is cut there. The chains keep the
    document's offsets: ``to_article`` moves them into the article.
    """
    grouped = split_at_paragraphs((_read_sentence(s, doc.text) for s in doc.sentences), starts)
    entities: list[list[RawEntity]] = [[] for _ in starts]
    for e in doc.ents:
        n = paragraph_at(starts, e.start_char)
        entities[n].append(RawEntity(e.type, e.start_char - starts[n], e.end_char - starts[n]))
    parsed = [RawParagraph(grouped[n], entities[n]) for n in range(len(starts))]
    return parsed, read_coref(doc)


def _read_sentence(sentence: Any, source: str | None) -> list[RawWord]:
    """The words of a Stanza sentence, offsets and text as in ``source`` (the document's text)."""
    words: list[RawWord] = []
    for token in sentence.tokens:
        for word in token.words:
            start, end = word_span(word)
            multi = len(token.words) > 1
            words.append(
                RawWord(
                    # A multi-word token's words (du → de le) keep their own forms.
                    text=word.text if multi or source is None else source[start:end],
                    lemma=word.lemma or word.text,
                    upos=word.upos or "X",
                    feats=word.feats or "",
                    head=(word.head - 1) if word.head else -1,
                    deprel=word.deprel or "dep",
                    start=start,
                    end=end,
                )
            )
    return words


def word_span(word: Any) -> tuple[int, int]:
    """A Stanza word's characters: its token's, when the token holds several words.

    Stanza gives the words of *du* no characters and those of a token whose expansion
    it can find in the text (rare in French) a piece of it; both share the token's span.
    """
    token = word.parent
    if token is not None and (len(token.words) > 1 or word.start_char is None):
        return token.start_char, token.end_char
    return word.start_char, word.end_char


def read_coref(doc: Any) -> list[CorefChain]:
    """Stanza's coreference chains, mentions as character spans in the document's text.

    Zero anaphora (a dropped pronoun, an empty node) has no characters and is left out;
    so is a chain left with a single mention.
    """
    chains = []
    for chain in getattr(doc, "coref", None) or []:
        spans: list[Span] = []
        representative = 0
        for k, mention in enumerate(chain.mentions):
            if isinstance(mention.start_word, tuple):
                continue
            words = doc.sentences[mention.sentence].words[mention.start_word : mention.end_word]
            if not words:
                continue
            if k == chain.representative_index:
                representative = len(spans)
            spans.append(Span(word_span(words[0])[0], word_span(words[-1])[1]))
        if len(spans) > 1:
            chains.append(CorefChain(tuple(spans), representative))
    return chains
