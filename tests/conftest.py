"""Shared fixtures: the spaCy parser (loaded once), an isolated parse cache, and no network."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

# Tests never try to download Stanza's models, and never touch the user's cache.
os.environ["QUOTES_OFFLINE"] = "1"
# A message shown without being in the catalogs (a call ``make messages`` cannot see) fails the test.
os.environ["QUOTES_STRICT_MESSAGES"] = "1"

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8e56ba5fd5be0958.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    os.environ["QUOTES_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def spacy_choice():  # type: ignore[no-untyped-def]
    from quotes.parsing import choose_parser

    return choose_parser("spacy")


@pytest.fixture(scope="session")
def parse_text(spacy_choice) -> Callable[[str], object]:  # type: ignore[no-untyped-def]
    """Parse a text with spaCy's French model (results kept for the session)."""
    from quotes.parsing import parse

    memo: dict[str, object] = {}

    def run(text: str):  # type: ignore[no-untyped-def]
        if text not in memo:
            memo[text] = parse(text, spacy_choice)
        return memo[text]

    return run


@pytest.fixture(scope="session")
def analyze_text(parse_text):  # type: ignore[no-untyped-def]
    """The full analysis of a French text, parsed by spaCy."""
    from quotes.model import Article
    from quotes.pipeline import analyze_parsed

    def run(text: str, name: str = "test.txt"):  # type: ignore[no-untyped-def]
        return analyze_parsed(Article(name=name, text=text), parse_text(text))

    return run


@pytest.fixture(scope="session")
def seed_analysis(analyze_text):  # type: ignore[no-untyped-def]
    return analyze_text(SEED.read_text(encoding="utf-8"), SEED.name)
