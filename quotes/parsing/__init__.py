"""The French parse behind one interface: Stanza, spaCy, or a CoNLL-U file made elsewhere.

``choose_parser`` decides once per run which parser to use and says why; ``parse``
turns an article's text into our ``ParsedDoc``, from the cache when it can. Neither
imports Stanza or spaCy: the adapters do, lazily, when something must be parsed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ParserUnavailable, QuotesError
from ..model import ParsedDoc, ParserInfo
from ..paragraphs import split_paragraphs
from . import conllu, spacy_parser, stanza_parser
from .build import assemble
from .cache import ParseCache, default_cache_dir

DOWNLOAD_TIMEOUT = 4.0
# After a failed attempt to fetch Stanza's models, wait this long before trying again.
RETRY_AFTER = 24 * 3600


@dataclass(frozen=True, slots=True)
class ParserChoice:
    """The parser a run will use, and the line that tells the user about it."""

    kind: str  # "stanza", "spacy" or "conllu"
    info: ParserInfo
    note: str
    conllu_path: str | None = None


def offline_from_env() -> bool:
    """True when ``QUOTES_OFFLINE`` is set to something other than 0 or empty."""
    return os.environ.get("QUOTES_OFFLINE", "") not in ("", "0", "false", "no")


def choose_parser(
    spec: str = "auto", *, offline: bool = False, cache_dir: Path | None = None
) -> ParserChoice:
    """Resolve ``auto|stanza|spacy|conllu:FILE`` to a parser that is installed here."""
    offline = offline or offline_from_env()
    if spec.startswith("conllu:"):
        path = spec.partition(":")[2]
        if not path:
            raise QuotesError("--parser conllu:FILE needs the path of a CoNLL-U file")
        info = conllu.parser_info(path)
        return ParserChoice("conllu", info, f"parser: CoNLL-U parse read from {path}", path)
    if spec == "stanza":
        info = stanza_parser.parser_info()
        return ParserChoice("stanza", info, f"parser: Stanza {info.version}, French models ({info.model})")
    if spec == "spacy":
        info = spacy_parser.parser_info()
        return ParserChoice("spacy", info, f"parser: spaCy {info.version} with {info.model}")
    if spec != "auto":
        raise QuotesError(f"unknown parser {spec!r}: use auto, stanza, spacy or conllu:FILE")

    why = "Stanza is not installed (pip install 'quotes[stanza]' after torch==2.13.0)"
    if stanza_parser.installed():
        if stanza_parser.models_installed():
            return choose_parser("stanza")
        why = "Stanza's French models are not installed"
        if not offline and _may_try_download(cache_dir):
            try:
                stanza_parser.download_models(timeout=DOWNLOAD_TIMEOUT)
                return choose_parser("stanza")
            except (ParserUnavailable, OSError, RuntimeError, ValueError):
                _remember_failed_download(cache_dir)
                why = "Stanza's French models are not installed and could not be downloaded"
    info = spacy_parser.parser_info()
    return ParserChoice(
        "spacy",
        info,
        f"parser: spaCy {info.version} with {info.model} "
        f"({why}; run `make models` with internet to use Stanza)",
    )


def _marker(cache_dir: Path | None) -> Path:
    return (cache_dir or default_cache_dir()) / "stanza-download-failed"


def _may_try_download(cache_dir: Path | None) -> bool:
    marker = _marker(cache_dir)
    try:
        return time.time() - marker.stat().st_mtime > RETRY_AFTER
    except OSError:
        return True


def _remember_failed_download(cache_dir: Path | None) -> None:
    marker = _marker(cache_dir)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        pass


def parse(text: str, choice: ParserChoice, *, cache: ParseCache | None = None) -> ParsedDoc:
    """The parse of ``text`` by the chosen parser, from the cache when it is there."""
    if cache is not None:
        cached = cache.load(text, choice.info)
        if cached is not None:
            return cached
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        # Nothing to parse: no parser is loaded (nor Stanza asked to read an empty text).
        doc = assemble(text, paragraphs, [], choice.info)
    elif choice.kind == "stanza":
        doc = stanza_parser.parse_paragraphs(text, paragraphs)
    elif choice.kind == "spacy":
        doc = spacy_parser.parse_paragraphs(text, paragraphs)
    else:
        assert choice.conllu_path is not None
        doc = conllu.parse_paragraphs(text, paragraphs, choice.conllu_path)
    if cache is not None:
        cache.store(doc)
    return doc


def parse_many(texts: Sequence[str], choice: ParserChoice) -> list[ParsedDoc | QuotesError]:
    """The parses of several articles, batched where the parser gains by it (spaCy's ``nlp.pipe``).

    Each article's parse is the one ``parse`` gives it alone; an article the parser fails on
    gets its error in its place, and the others are parsed all the same. No cache: an audit
    keeps its results in its database.
    """
    if choice.kind == "spacy":
        paragraphs = [split_paragraphs(text) for text in texts]
        try:
            return list(spacy_parser.parse_many(texts, paragraphs))
        except QuotesError:
            raise
        except Exception:  # one article broke the batch: parse each alone to find which
            if len(texts) == 1:
                raise
    return [_parse_alone(text, choice) for text in texts]


def _parse_alone(text: str, choice: ParserChoice) -> ParsedDoc | QuotesError:
    try:
        return parse(text, choice)
    except ParserUnavailable:
        raise
    except QuotesError as err:
        return err


def load_parser(choice: ParserChoice) -> None:
    """Load the chosen parser's model now (a worker does it once, before its first article)."""
    if choice.kind == "spacy":
        spacy_parser.load(choice.info.model.split()[0])
    elif choice.kind == "stanza":
        parse("Bonjour.", choice)


__all__ = [
    "ParseCache",
    "ParserChoice",
    "choose_parser",
    "default_cache_dir",
    "load_parser",
    "offline_from_env",
    "parse",
    "parse_many",
]
