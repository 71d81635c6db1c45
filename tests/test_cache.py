"""The parse cache: keyed by text and parser, written atomically, never trusted blindly,
and fast enough that a second report imports no parser at all."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEED

from quotes.files import write_atomically
from quotes.model import CorefChain, ParserInfo, Span
from quotes.parsing import ParseCache, parse, spacy_parser
from quotes.parsing.cache import FORMAT, MAGIC, cache_key, stored_form, to_json

TEXT = "Le ministre a déclaré : « Nous partirons demain. »\nIl n’a rien ajouté."
SPACY = ParserInfo("spacy", "fr_core_news_md 3.8.0", "3.8.18")


def test_the_key_changes_with_the_text_parser_model_and_version() -> None:
    keys = {
        cache_key(TEXT, SPACY),
        cache_key(TEXT + " ", SPACY),
        cache_key(TEXT, ParserInfo("stanza", SPACY.model, SPACY.version)),
        cache_key(TEXT, ParserInfo("spacy", "fr_core_news_sm 3.8.0", SPACY.version)),
        cache_key(TEXT, ParserInfo("spacy", SPACY.model, "3.8.19")),
    }
    assert len(keys) == 5
    assert cache_key(TEXT, SPACY) == cache_key(TEXT, ParserInfo(*[SPACY.name, SPACY.model, SPACY.version]))


def test_a_stored_parse_comes_back_identical(tmp_path: Path, parse_text) -> None:
    # A chain with its representative, as Stanza's coreference model would give.
    doc = replace(parse_text(TEXT), coref=(CorefChain((Span(0, 11), Span(51, 53)), 1),))
    cache = ParseCache(tmp_path)
    assert cache.load(TEXT, doc.parser) is None
    cache.store(doc)
    assert cache.load(TEXT, doc.parser) == doc
    assert cache.load(TEXT, ParserInfo("spacy", doc.parser.model, "0.0")) is None


def test_a_second_parse_reads_the_cache(
    tmp_path: Path, spacy_choice, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ParseCache(tmp_path)
    first = parse(TEXT, spacy_choice, cache=cache)
    monkeypatch.setattr(spacy_parser, "parse_paragraphs", lambda *_: pytest.fail("parsed a cached text"))
    assert parse(TEXT, spacy_choice, cache=cache) == first


def _entry(folder: Path) -> Path:
    (path,) = (folder / "parses").rglob("*.json")
    return path


def read_entry(path: Path) -> Any:
    """The JSON of a cache entry (after its header line)."""
    return json.loads(path.read_bytes().partition(b"\n")[2])


def write_entry(path: Path, stored: Any) -> None:
    """A cache entry holding ``stored`` (or that JSON text), with a header that matches it: damage
    only the checks on the content can find."""
    text = stored if isinstance(stored, str) else json.dumps(stored, separators=(",", ":"))
    body = text.encode("utf-8")
    path.write_bytes(f"{MAGIC} {FORMAT} sha256:{hashlib.sha256(body).hexdigest()}\n".encode() + body)


@pytest.mark.parametrize(
    "damage",
    [
        b"\x00\xff\xfe garbage",
        b'{"format": 2, "parser": ["spacy"',
        b"[1, 2, 3]",
        b'"a string"',
        b'{"format": 1}',
        b"",
    ],
    ids=["binary", "truncated", "a list", "a string", "old format", "empty"],
)
def test_a_damaged_entry_is_parsed_again_and_replaced(
    tmp_path: Path, spacy_choice, damage: bytes, parse_text
) -> None:
    cache = ParseCache(tmp_path)
    good = parse(TEXT, spacy_choice, cache=cache)
    entry = _entry(tmp_path)
    entry.write_bytes(damage)
    assert cache.load(TEXT, good.parser) is None
    assert parse(TEXT, spacy_choice, cache=cache) == good
    assert cache.load(TEXT, good.parser) == good


@pytest.mark.parametrize(
    "field, value",
    [("start", "3"), ("end", 10_000), ("head", 999), ("sent", None)],
)
def test_an_entry_with_impossible_words_is_not_trusted(
    tmp_path: Path, parse_text, field: str, value: object
) -> None:
    doc = parse_text(TEXT)
    cache = ParseCache(tmp_path)
    cache.store(doc)
    entry = _entry(tmp_path)
    stored = read_entry(entry)
    position = ["text", "lemma", "upos", "feats", "head", "deprel", "start", "end", "sent"].index(field)
    stored["words"][1][position] = value
    write_entry(entry, stored)
    assert cache.load(TEXT, doc.parser) is None


def test_a_cache_that_cannot_be_written_only_costs_a_parse(tmp_path: Path, spacy_choice) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    doc = parse(TEXT, spacy_choice, cache=ParseCache(blocked))
    assert doc.words


def test_writes_are_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "entry.json"
    write_atomically(target, '{"old": true}')
    assert target.read_text(encoding="utf-8") == '{"old": true}'

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, '{"new": true}')
    # The old entry is whole and no temporary file is left behind.
    assert target.read_text(encoding="utf-8") == '{"old": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["entry.json"]


def test_the_stored_form_does_not_hold_the_text(parse_text) -> None:
    stored = json.dumps(to_json(parse_text(TEXT)), ensure_ascii=False)
    assert "Nous partirons demain" not in stored


def test_a_cached_report_imports_no_parser(tmp_path: Path) -> None:
    env = {**os.environ, "QUOTES_CACHE_DIR": str(tmp_path / "cache"), "QUOTES_OFFLINE": "1"}
    out = tmp_path / "reports"
    first = subprocess.run(
        [sys.executable, "-m", "quotes", "report", str(SEED), "-o", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert first.returncode == 0, first.stderr
    assert list((tmp_path / "cache" / "parses").rglob("*.json"))
    second = textwrap.dedent(
        f"""
        import sys
        from quotes.cli import main
        from quotes.parsing import spacy_parser, stanza_parser

        def refuse(*args, **kwargs):
            raise AssertionError("parsed an article whose parse is cached")

        spacy_parser.parse_paragraphs = stanza_parser.parse_paragraphs = refuse
        status = main(["report", {str(SEED)!r}, "-o", {str(out)!r}])
        heavy = sorted(m for m in ("spacy", "stanza", "torch", "thinc") if m in sys.modules)
        print("status", status, "heavy", heavy)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", second], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["status", "0", "heavy", "[]"], run.stdout + run.stderr
    assert "parser: spaCy" in run.stderr


# --- damaged entries: each kind is found, said in one line, parsed again and replaced --------


def _set(path: tuple[Any, ...], value: Any) -> Callable[[Any], None]:
    def damage(stored: Any) -> None:
        target = stored
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return damage


def _deep(stored: Any) -> str:
    return json.dumps(stored).replace('"words": [', '"words": ' + "[" * 100_000 + "]" * 100_000 + ", [", 1)


def _swap_sentences(stored: Any) -> None:
    stored["sentences"][0], stored["sentences"][1] = stored["sentences"][1], stored["sentences"][0]


def _drop_words(stored: Any) -> None:
    del stored["words"]


DAMAGE: dict[str, Callable[[Any], str | None]] = {
    "word text a number": _set(("words", 0, 0), 7),
    "word text changed": _set(("words", 0, 0), "La"),
    "lemma null": _set(("words", 0, 1), None),
    "upos a list": _set(("words", 0, 2), ["NOUN"]),
    "feats an object": _set(("words", 0, 3), {"Gender": "Masc"}),
    "head true": _set(("words", 0, 4), True),
    "head below -1": _set(("words", 0, 4), -2),
    "head in another sentence": _set(("words", 0, 4), 14),
    "deprel a number": _set(("words", 0, 5), 3),
    "start after end": _set(("words", 0, 6), 5),
    "end past the text": _set(("words", 0, 7), 10_000),
    "sent out of range": _set(("words", 0, 8), 9),
    "sent of another sentence": _set(("words", 0, 8), 1),
    "a word too many": lambda stored: stored["words"].append(list(stored["words"][-1])),
    "sentences swapped": _swap_sentences,
    "sentence paragraph out of range": _set(("sentences", 0, 4), 5),
    "sentence past the words": _set(("sentences", -1, 1), 999),
    "paragraph out of the text": _set(("paragraphs", 0, 1), 10_000),
    "paragraphs out of order": lambda stored: stored["paragraphs"].reverse(),
    "entity label a number": lambda stored: stored["entities"].append([1, 0, 2, 0, 1]),
    "entity past the words": lambda stored: stored["entities"].append(["PER", 0, 2, 0, 999]),
    "coref not a list": _set(("coref",), {"chains": []}),
    "coref mention out of the text": _set(("coref",), [[0, [[0, 99_999]]]]),
    "parser two strings": _set(("parser",), ["spacy", "fr"]),
    "no words": _drop_words,
    "nested 100,000 deep": _deep,
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_entry_is_said_parsed_again_and_rewritten(
    tmp_path: Path, spacy_choice: Any, damage: Callable[[Any], str | None]
) -> None:
    said: list[str] = []
    cache = ParseCache(tmp_path, on_damage=said.append)
    good = parse(TEXT, spacy_choice, cache=cache)
    entry = _entry(tmp_path)
    stored = read_entry(entry)
    write_entry(entry, damage(stored) or stored)
    assert parse(TEXT, spacy_choice, cache=cache) == good
    assert len(said) == 1 and str(entry) in said[0] and "the text is parsed again" in said[0]
    assert entry.read_text(encoding="utf-8") == stored_form(good)  # rewritten
    assert cache.load(TEXT, good.parser) == good and len(said) == 1


def test_an_entry_changed_on_disk_is_known_by_its_digest(tmp_path: Path, parse_text: Any) -> None:
    doc = parse_text(TEXT)
    said: list[str] = []
    cache = ParseCache(tmp_path, on_damage=said.append)
    cache.store(doc)
    entry = _entry(tmp_path)
    # A lemma changed by hand: the JSON is sound and fits the text, only the digest can tell.
    raw = entry.read_text(encoding="utf-8")
    assert '"ministre","ministre"' in raw
    entry.write_text(raw.replace('"ministre","ministre"', '"ministre","ministère"'), encoding="utf-8")
    assert cache.load(TEXT, doc.parser) is None
    assert said and "does not match its digest" in said[0]


def test_the_command_says_in_one_line_that_it_parses_a_damaged_entry_again(tmp_path: Path) -> None:
    env = {**os.environ, "QUOTES_CACHE_DIR": str(tmp_path / "cache"), "QUOTES_OFFLINE": "1"}
    command = [sys.executable, "-m", "quotes", "analyze", str(SEED), "--parser", "spacy"]
    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    entry = _entry(tmp_path / "cache")
    entry.write_bytes(entry.read_bytes()[:-100])
    second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0 and second.stdout == first.stdout
    [line] = [line for line in second.stderr.splitlines() if "damaged" in line]
    assert line == (
        f"quotes: the parse cached in {entry} was damaged (its content does not match its digest); "
        "the text is parsed again"
    )
    assert entry.read_bytes().startswith(f"{MAGIC} {FORMAT} sha256:".encode())
