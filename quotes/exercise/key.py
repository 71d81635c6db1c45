"""The answer key: the analyzer's answers for the worksheet's quotations, and ``key.json``.

``build_key`` makes it from an analysis; ``key_to_json`` is what ``key.json`` holds (the
teacher reads and edits it); ``read_key`` reads it back and says what is wrong in it,
naming the entry.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ExerciseError
from ..i18n import LANGUAGES, N_, language
from ..model import Analysis, Quote, Source, Span
from ..paragraphs import split_paragraphs
from ..scale import level_range
from ..wording import cue_text, reason_text
from .naming import ways_of_naming
from .normalize import speaker_key

KEY_SCHEMA = "quotes/exercise-key@1"
ASKED_KINDS = ("direct", "partial")

KEY_HELP = N_(
    "Edit this file to change the key, then run quotes grade again. "
    "To change who speaks in a quotation, set its 'source' to another key of 'sources' "
    "(add a source if needed: speaker, level, and name for a named person), or to null "
    "when nobody is named. Change a source's 'level' (a number 0-7, or [low, high] when "
    "two levels are both right); a quotation may carry its own 'level' too. "
    "'reason_given' is true or false when the answer is graded, null when it is not. "
    "'accept' lists other answers that count as naming the source. "
    "Delete a quotation to leave it out of the grading."
)


@dataclass(frozen=True, slots=True)
class KeySource:
    """A speaker in the key, with what counts as naming them, their level, and why."""

    id: str
    speaker: str
    level: tuple[int, int]
    name: str | None = None
    kind: str | None = None
    accept: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    reason_given: bool | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class KeyQuotation:
    """One numbered quotation of the worksheet and who says it (``source`` None: nobody is named)."""

    number: int
    text: str
    source: str | None
    id: str = ""
    kind: str = "direct"
    paragraph: int = 0
    cue: str | None = None
    confidence: float | None = None
    start: int | None = None
    end: int | None = None
    level: tuple[int, int] | None = None
    reason_given: bool | None = None


@dataclass(frozen=True, slots=True)
class Key:
    """The answers a worksheet is graded against: the analyzer's, as the teacher left them."""

    article: str
    title: str | None
    lang: str
    parser: str
    count: int
    kinds: tuple[str, ...]
    quotations: tuple[KeyQuotation, ...]
    sources: dict[str, KeySource]

    def source_of(self, quotation: KeyQuotation) -> KeySource | None:
        return self.sources[quotation.source] if quotation.source is not None else None

    def level_of(self, quotation: KeyQuotation) -> tuple[int, int]:
        """The accepted level range: the quotation's own, its source's, or 7 when nobody speaks."""
        if quotation.level is not None:
            return quotation.level
        source = self.source_of(quotation)
        return source.level if source is not None else (7, 7)

    def reason_of(self, quotation: KeyQuotation) -> bool | None:
        """Whether the article gives a reason for anonymity; None when that is not asked."""
        if quotation.reason_given is not None:
            return quotation.reason_given
        source = self.source_of(quotation)
        return source.reason_given if source is not None else None


def select_quotes(analysis: Analysis, *, indirect: bool = False) -> tuple[Quote, ...]:
    """The quotations the worksheet asks about, in the article's order.

    Direct and partial quotations always; with ``indirect``, the reported speech that
    does not overlap one of them (« a déclaré que son équipe « ne comptait pas… » » is
    asked once, as the partial quotation).
    """
    marked = [q for q in analysis.quotes if q.kind in ASKED_KINDS]
    chosen = list(marked)
    if indirect:
        outers = [outer(q) for q in marked]
        chosen += [
            q for q in analysis.quotes if q.kind == "indirect" and not any(o.overlaps(q.span) for o in outers)
        ]
    return tuple(sorted(chosen, key=lambda q: (outer(q).start, -outer(q).end)))


def build_key(analysis: Analysis, *, lang: str = "fr", indirect: bool = False) -> Key:
    """The analyzer's answers for the worksheet's quotations."""
    text = analysis.article.text
    starts = [p.span.start for p in split_paragraphs(text)]
    asked = select_quotes(analysis, indirect=indirect)
    by_id = {s.id: s for s in analysis.sources}
    naming = ways_of_naming(analysis)
    sources: dict[str, KeySource] = {}
    quotations = []
    for number, q in enumerate(asked, start=1):
        source_id = analysis.quote_sources.get(q.id)
        if source_id is not None and source_id not in sources:
            sources[source_id] = _key_source(analysis, by_id[source_id], naming[source_id], lang)
        quotations.append(
            KeyQuotation(
                number=number,
                text=q.text,
                source=source_id,
                id=q.id,
                kind=q.kind,
                paragraph=_paragraph_number(starts, q.span.start),
                cue=cue_text(q, text),
                confidence=round(q.confidence, 2),
                start=q.span.start,
                end=q.span.end,
            )
        )
    return Key(
        article=analysis.article.name,
        title=analysis.article.title,
        lang=lang,
        parser=f"{analysis.parser.name} {analysis.parser.version} ({analysis.parser.model})",
        count=len(quotations),
        kinds=ASKED_KINDS + (("indirect",) if indirect else ()),
        quotations=tuple(quotations),
        sources=sources,
    )


def _key_source(analysis: Analysis, source: Source, naming: tuple[str, ...], lang: str) -> KeySource:
    text = analysis.article.text
    rating = analysis.ratings[source.id]
    names = [
        text[m.name.start : m.name.end] if m.name else m.text for m in source.mentions if m.kind == "name"
    ]
    name = max(names, key=len) if names else None
    speaker = speaker_key(source.name)
    accept = tuple(answer for answer in naming if speaker_key(answer) != speaker)
    anonymous = 3 <= rating.level <= 6
    return KeySource(
        id=source.id,
        speaker=source.name,
        level=(rating.level, rating.level),
        name=name,
        kind=source.kind,
        accept=accept,
        # In the key's language: the teacher reads them in key.html and key.json.
        reasons=tuple(reason_text(code, args, lang) for code, args in rating.reason_codes) or rating.reasons,
        reason_given=(rating.anonymity_reason is not None) if anonymous else None,
        reason=rating.anonymity_reason,
    )


def key_to_json(key: Key) -> dict[str, Any]:
    """The key as ``key.json`` holds it: what the teacher reads and edits."""

    def level(value: tuple[int, int]) -> int | list[int]:
        return value[0] if value[0] == value[1] else [value[0], value[1]]

    quotations = []
    for q in key.quotations:
        item: dict[str, Any] = {
            "number": q.number,
            "source": q.source,
            "kind": q.kind,
            "text": q.text,
            "paragraph": q.paragraph,
            "id": q.id,
            "cue": q.cue,
            "confidence": q.confidence,
            "start": q.start,
            "end": q.end,
        }
        if q.level is not None:
            item["level"] = level(q.level)
        if q.reason_given is not None:
            item["reason_given"] = q.reason_given
        quotations.append(item)
    tr = language(key.lang)
    return {
        "schema": KEY_SCHEMA,
        "help": tr.gettext(KEY_HELP),
        "article": key.article,
        "title": key.title,
        "lang": key.lang,
        "parser": key.parser,
        "worksheet": {"count": key.count, "kinds": list(key.kinds)},
        "quotations": quotations,
        "sources": {
            s.id: {
                "speaker": s.speaker,
                "name": s.name,
                "kind": s.kind,
                "level": level(s.level),
                "level_name": level_range(s.level[0], s.level[1], tr),
                "reason_given": s.reason_given,
                "reason": s.reason,
                "accept": list(s.accept),
                "reasons": list(s.reasons),
            }
            for s in key.sources.values()
        },
    }


def read_key(path: Path) -> Key:
    """Read and check a ``key.json``, as written by ``quotes exercise`` and maybe edited since."""
    origin = str(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ExerciseError(
            f"{origin}: does not exist (write it with quotes exercise ARTICLE -o DIR)"
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ExerciseError(f"{origin}: cannot be read as a UTF-8 key file ({err})") from None
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ExerciseError(
            f"{origin}, line {err.lineno}: not valid JSON ({err.msg}, column {err.colno}); "
            "fix it, or write the key again with quotes exercise"
        ) from None
    return key_from_json(obj, origin=origin)


def key_from_json(obj: Any, *, origin: str = "key.json") -> Key:
    """A ``Key`` from the parsed JSON, with a message naming the file and the entry when it is wrong."""

    def fail(message: str) -> ExerciseError:
        return ExerciseError(f"{origin}: {message}")

    if not isinstance(obj, dict) or not isinstance(obj.get("quotations"), list):
        raise fail("not an exercise key: it has no 'quotations' list (write it with quotes exercise)")
    raw_sources = obj.get("sources") or {}
    if not isinstance(raw_sources, dict):
        raise fail("'sources' must be an object whose keys are source ids")
    sources: dict[str, KeySource] = {}
    for sid, entry in raw_sources.items():
        where = f"source '{sid}'"
        if not isinstance(entry, dict):
            raise fail(f"{where} must be an object")
        speaker = entry.get("speaker")
        if not isinstance(speaker, str) or not speaker.strip():
            raise fail(f"{where} has no 'speaker' (the name a student should give)")
        name = entry.get("name")
        if name is not None and not isinstance(name, str):
            raise fail(f"{where}: 'name' must be text or null")
        accept = entry.get("accept") or []
        if not isinstance(accept, list) or not all(isinstance(a, str) for a in accept):
            raise fail(f"{where}: 'accept' must be a list of texts")
        reasons = entry.get("reasons") or []
        reason = entry.get("reason")
        sources[sid] = KeySource(
            id=sid,
            speaker=speaker.strip(),
            level=_parse_key_level(entry.get("level"), fail, where, required=True) or (7, 7),
            name=name.strip() if isinstance(name, str) and name.strip() else None,
            kind=entry.get("kind") if isinstance(entry.get("kind"), str) else None,
            accept=tuple(a.strip() for a in accept if a.strip()),
            reasons=tuple(str(r) for r in reasons) if isinstance(reasons, list) else (),
            reason_given=_parse_key_bool(entry.get("reason_given"), fail, where),
            reason=reason if isinstance(reason, str) else None,
        )
    quotations: list[KeyQuotation] = []
    seen: set[int] = set()
    for i, entry in enumerate(obj["quotations"], start=1):
        if not isinstance(entry, dict):
            raise fail(f"entry {i} of 'quotations' must be an object")
        number = entry.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            raise fail(f"entry {i} of 'quotations' needs a 'number' (1, 2, …)")
        where = f"quotation {number}"
        if number in seen:
            raise fail(f"{where} appears twice")
        seen.add(number)
        source = entry.get("source")
        if source is not None and (not isinstance(source, str) or source not in sources):
            known = ", ".join(sources) or "none"
            raise fail(f"{where}: source {source!r} is not in 'sources' (known: {known}); null means nobody")
        text = entry.get("text")
        confidence = entry.get("confidence")
        quotations.append(
            KeyQuotation(
                number=number,
                text=text if isinstance(text, str) else "",
                source=source,
                id=str(entry.get("id") or f"n{number}"),
                kind=str(entry.get("kind") or "direct"),
                paragraph=_int_or(entry.get("paragraph"), 0),
                cue=entry.get("cue") if isinstance(entry.get("cue"), str) else None,
                confidence=float(confidence) if isinstance(confidence, int | float) else None,
                start=entry.get("start") if isinstance(entry.get("start"), int) else None,
                end=entry.get("end") if isinstance(entry.get("end"), int) else None,
                level=_parse_key_level(entry.get("level"), fail, where, required=False),
                reason_given=_parse_key_bool(entry.get("reason_given"), fail, where),
            )
        )
    if not quotations:
        raise fail("no quotation left to grade")
    worksheet = obj.get("worksheet")
    if not isinstance(worksheet, dict):
        worksheet = {}
    count = worksheet.get("count")
    biggest = max(q.number for q in quotations)
    count = count if isinstance(count, int) and count >= biggest else biggest
    lang = obj["lang"] if isinstance(obj.get("lang"), str) and obj["lang"] in LANGUAGES else "fr"
    kinds = worksheet.get("kinds")
    if not isinstance(kinds, list):
        kinds = list(ASKED_KINDS)
    return Key(
        article=str(obj.get("article") or ""),
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        lang=str(lang),
        parser=str(obj.get("parser") or ""),
        count=count,
        kinds=tuple(str(k) for k in kinds),
        quotations=tuple(sorted(quotations, key=lambda q: q.number)),
        sources=sources,
    )


def _parse_key_level(value: Any, fail: Any, where: str, *, required: bool) -> tuple[int, int] | None:
    if value is None and not required:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        low = high = value
    elif (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        low, high = sorted(value)
    else:
        raise fail(f"{where}: 'level' must be a number from 0 to 7, or [low, high]")
    if not (0 <= low <= high <= 7):
        raise fail(f"{where}: level {value} is off the scale (0 to 7)")
    return (low, high)


def _int_or(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _parse_key_bool(value: Any, fail: Any, where: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise fail(f"{where}: 'reason_given' must be true, false or null")


def outer(quote: Quote) -> Span:
    """The quotation with its quote marks."""
    return quote.extent


def _paragraph_number(starts: Sequence[int], offset: int) -> int:
    """The number (from 1) of the last paragraph that starts at or before ``offset``; 0 before the first."""
    return bisect.bisect_right(starts, offset)
