"""Find every pair of quote marks in an article, nested or over several paragraphs.

Every quote-mark character of the text ends up in exactly one place: as the opener,
closer or reopener of a ``MarkedSpan``, or in the list of unmatched marks. The
apostrophe (’ or ' inside *l’*, *aujourd’hui*, *qu’il*) is never a quote mark, and
a straight ``'`` counts as a mark only when it pairs with another one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .model import MarkedSpan, MarkScan, Span, UnmatchedMark
from .paragraphs import split_paragraphs

# Padding that French typography puts inside « » (space, no-break space, narrow no-break
# space, thin space) and that is not part of the quotation.
PADDING = " \t\u00a0\u202f\u2009\u2007\u2060"

# Openers and the closers that end them.
CLOSERS_OF: dict[str, str] = {
    "«": "»",
    "‹": "›",
    "“": "”",
    "„": "“”",
    "‚": "‘’",
    "‘": "’",
    '"': '"',
    "'": "'",
    "”": "”",  # Swedish / typewriter style: ”…”
}
DOUBLE_MARKS = '«»‹›“”„‚‘"'
ALL_MARKS = DOUBLE_MARKS + "’'"

_CANDIDATE = regex.compile(r"[«»‹›“”„‚‘’\"']")
_LETTER = regex.compile(r"[\p{L}\p{N}]")
# A paragraph may open with a dash or a bullet before the mark that continues a quote.
_REOPEN = regex.compile(r"[ \t\u00a0\u202f\u2009]*(?:[-–—•][ \t\u00a0\u202f]*)?([«“\"‹])")


def _is_letter(ch: str) -> bool:
    return bool(ch) and _LETTER.match(ch) is not None


def is_apostrophe(text: str, i: int) -> bool:
    """True when the ’, ‘ or ' at ``i`` is an elision or apostrophe, not a quote mark.

    ’ followed by a letter (*l’homme*, *aujourd’hui*, *qu’il*) or ‘ between letters is an
    apostrophe; so is ' between letters.
    """
    ch = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch == "’":
        return _is_letter(after)
    if ch in "‘'":
        return _is_letter(before) and _is_letter(after)
    return False


@dataclass(slots=True)
class _Open:
    mark: str
    offset: int
    paragraphs: list[int] = field(default_factory=list)
    reopeners: list[int] = field(default_factory=list)


def _straight_single_pairs(text: str, start: int, end: int) -> set[int]:
    """Offsets of the straight ' that pair as inner quote marks in one paragraph.

    An opener follows a space or an opening mark and precedes a letter; a closer follows a
    non-space and precedes a space, punctuation or the end. Anything else is an apostrophe.
    """
    paired: set[int] = set()
    pending: int | None = None
    for m in regex.finditer("'", text, pos=start, endpos=end):
        i = m.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if _is_letter(before) and _is_letter(after):
            continue
        opens = not _is_letter(before) and _is_letter(after)
        closes = not before.isspace() and not _is_letter(after)
        if pending is not None and closes:
            paired.update((pending, i))
            pending = None
        elif opens:
            pending = i
    return paired


def find_quote_marks(text: str) -> MarkScan:
    """Every quoted span of ``text`` and every quote mark that pairs with nothing."""
    paragraphs = split_paragraphs(text)
    spans: list[MarkedSpan] = []
    unmatched: list[UnmatchedMark] = []
    stack: list[_Open] = []

    def close(item: _Open, closer: int | None, close_mark: str | None, end: int) -> None:
        depth = sum(1 for other in stack if other is not item and other.offset < item.offset)
        spans.append(
            MarkedSpan(
                content=_content(text, item.offset + 1, end),
                opener=item.offset,
                open_mark=item.mark,
                closer=closer,
                close_mark=close_mark,
                depth=depth,
                paragraphs=tuple(item.paragraphs),
                reopeners=tuple(item.reopeners),
            )
        )

    reopener: int | None = None
    for paragraph in paragraphs:
        p_start, p_end = paragraph.span.start, paragraph.span.end
        singles = _straight_single_pairs(text, p_start, p_end)
        for item in stack:
            item.paragraphs.append(paragraph.i)
        for m in _CANDIDATE.finditer(text, pos=p_start, endpos=p_end):
            i = m.start()
            ch = text[i]
            if i == reopener:
                continue
            if ch == "'" and i not in singles:
                continue
            if ch in "’‘" and is_apostrophe(text, i):
                continue
            if ch == "’" and not any(o.mark in "‘‚" for o in stack):
                continue  # a closing single mark with nothing to close is an apostrophe (les joueurs’)
            top = _find_opener_for(stack, ch)
            if top is not None:
                # Marks opened inside and never closed end where their outer quote ends.
                while stack[-1] is not top:
                    inner = stack[-1]
                    close(inner, None, None, i)
                    stack.pop()
                stack.pop()
                close(top, i, ch, i)
            elif ch in CLOSERS_OF and _may_open(text, i, p_end):
                stack.append(_Open(ch, i, [paragraph.i]))
            else:
                unmatched.append(UnmatchedMark(i, ch, "closing mark with no opening mark"))

        reopener = None
        if not stack:
            continue
        # End of paragraph with quotes still open: the French multi-paragraph quote goes on
        # when the next paragraph reopens with the same kind of mark.
        for inner in reversed(stack[1:]):
            close(inner, None, None, p_end)
        del stack[1:]
        outer = stack[0]
        if paragraph.i + 1 < len(paragraphs):
            nxt = paragraphs[paragraph.i + 1].span
            m = _REOPEN.match(text, nxt.start, nxt.end)
            if m and _same_family(m.group(1), outer.mark):
                reopener = m.start(1)
        if reopener is not None:
            outer.reopeners.append(reopener)
        else:
            close(outer, None, None, p_end)
            stack.clear()

    spans.sort(key=lambda s: (s.opener, s.depth))
    unmatched.sort(key=lambda u: u.offset)
    return MarkScan(spans=tuple(spans), unmatched=tuple(unmatched))


def _find_opener_for(stack: list[_Open], ch: str) -> _Open | None:
    """The innermost open mark that ``ch`` closes, if any."""
    for item in reversed(stack):
        if ch in CLOSERS_OF[item.mark]:
            return item
    return None


def _may_open(text: str, i: int, p_end: int) -> bool:
    """Whether the mark at ``i`` can open a quotation where it stands."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < p_end else " "
    if ch in "»›":
        return False
    if ch in '”"':
        # A mark that both opens and closes opens only before a word: ”mot”, "mot".
        return not after.isspace() and not _is_letter(before)
    return True


def _same_family(reopen: str, opener: str) -> bool:
    if opener in "«‹":
        return reopen == "«"
    if opener in "“„”":
        return reopen in "“«"
    return reopen == opener


def _content(text: str, start: int, end: int) -> Span:
    """The span between marks without the padding spaces."""
    while start < end and text[start] in PADDING:
        start += 1
    while end > start and text[end - 1] in PADDING:
        end -= 1
    return Span(start, end)
