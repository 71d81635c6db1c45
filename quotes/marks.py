"""Find every pair of quote marks in an article, nested or over several paragraphs.

Every quote-mark character of the text ends up in exactly one place: as the opener,
closer or reopener of a ``MarkedSpan``, or in the list of unmatched marks. A span whose
opening mark was lost (``open_mark`` empty) starts at its paragraph's start. The
apostrophe (’ or ' inside *l’*, *aujourd’hui*, *qu’il*) is never a quote mark, and
a straight ``'`` or a ’ counts as a mark only when it pairs with an opening mark.

The scan is one pass over the marks, paragraph by paragraph, with a stack of open
marks: linear in the length of the text, so a 5 MB article takes a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .model import MarkedSpan, MarkScan, Paragraph, Span, UnmatchedMark
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
    "»": "»",  # reversed, as a bad keyboard macro types it: « qu' »aucun dégât » »
}
# For each closing character, the opening marks it can close.
OPENERS_OF: dict[str, str] = {
    closer: "".join(opener for opener, closers in CLOSERS_OF.items() if closer in closers)
    for closer in {c for closers in CLOSERS_OF.values() for c in closers}
}
DOUBLE_MARKS = '«»‹›“”„‚‘"'
ALL_MARKS = DOUBLE_MARKS + "’'"

_CANDIDATE = regex.compile(r"[«»‹›“”„‚‘’\"']")
# A paragraph may open with a dash or a bullet before the mark that continues a quote.
_REOPEN = regex.compile(r"[ \t\u00a0\u202f\u2009]*(?:[-–—•][ \t\u00a0\u202f]*)?([«“\"‹])")
# After a closing mark: the end, a space, or punctuation. A straight " followed by one of
# these, right after a word, closes and cannot open (« il l'a dit" et » is a stray closer).
_AFTER_CLOSER = frozenset(" \t\u00a0\u202f\u2009.,;:!?…)]}»›”\"'’-–—")


def _is_letter(ch: str) -> bool:
    """A letter or a digit (Unicode categories L and N; ``isalnum`` is those, and fast)."""
    return ch.isalnum()


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


def _straight_single_pairs(text: str, start: int, end: int) -> tuple[set[int], set[int]]:
    """The straight ' that pair as inner quote marks in one paragraph: the openers and the closers.

    An opener follows a non-letter and precedes a letter; a closer follows a non-space and
    precedes a non-letter. A pair never holds another quote mark, so an outer mark can never
    cut it in two: anything that does not pair is an apostrophe (*l'homme*, *les joueurs'*).
    """
    openers: set[int] = set()
    closers: set[int] = set()
    if text.find("'", start, end) < 0:
        return openers, closers  # most French text has only ’: nothing to pair, no second pass
    pending: int | None = None
    for m in _CANDIDATE.finditer(text, pos=start, endpos=end):
        i = m.start()
        ch = text[i]
        if ch != "'":
            if ch in "’‘" and is_apostrophe(text, i):
                continue
            pending = None  # another quote mark between two ' : they do not pair
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if _is_letter(before) and _is_letter(after):
            continue
        opens = not _is_letter(before) and _is_letter(after)
        closes = not before.isspace() and not _is_letter(after)
        if pending is not None and closes:
            openers.add(pending)
            closers.add(i)
            pending = None
        elif opens:
            pending = i
    return openers, closers


class _Scanner:
    """The state of one scan: the stack of open marks and what has been found so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[MarkedSpan] = []
        self.unmatched: list[UnmatchedMark] = []
        self.stack: list[_Open] = []
        # Stack positions of the open marks, by mark, so that finding what a closer closes
        # does not walk the stack (which would make a run of unclosed marks quadratic).
        self.positions: dict[str, list[int]] = {mark: [] for mark in CLOSERS_OF}

    def push(self, mark: str, offset: int, paragraph: int) -> None:
        self.positions[mark].append(len(self.stack))
        self.stack.append(_Open(mark, offset, [paragraph]))

    def pop(self, closer: int | None, close_mark: str | None, end: int) -> None:
        """Close the innermost open mark (at ``closer``, or at ``end`` when its closer is missing)."""
        depth = len(self.stack) - 1
        item = self.stack.pop()
        self.positions[item.mark].pop()
        self.spans.append(
            MarkedSpan(
                content=_content(self.text, item.offset + 1, end),
                opener=item.offset,
                open_mark=item.mark,
                closer=closer,
                close_mark=close_mark,
                depth=depth,
                paragraphs=tuple(item.paragraphs),
                reopeners=tuple(item.reopeners),
            )
        )

    def split_unclosed(self, paragraphs: tuple[Paragraph, ...]) -> None:
        """A quotation reopened paragraph after paragraph that no mark ever closes: the writer left
        out every closing mark, so each paragraph holds a quotation of its own, unclosed."""
        item = self.stack.pop()
        self.positions[item.mark].pop()
        openers = [item.offset, *item.reopeners]
        for n, opener in enumerate(openers):
            last = item.paragraphs[n] if n + 1 < len(openers) else item.paragraphs[-1]
            self.spans.append(
                MarkedSpan(
                    content=_content(self.text, opener + 1, paragraphs[last].span.end),
                    opener=opener,
                    open_mark=item.mark if n == 0 else self.text[opener],
                    closer=None,
                    close_mark=None,
                    depth=0,
                    paragraphs=(paragraphs[last].i,) if n + 1 < len(openers) else tuple(item.paragraphs[n:]),
                )
            )

    def opener_for(self, closer: str) -> int | None:
        """Stack position of the innermost open mark that ``closer`` closes, if any."""
        tops = [self.positions[mark][-1] for mark in OPENERS_OF.get(closer, "") if self.positions[mark]]
        return max(tops) if tops else None

    def is_open(self, marks: str) -> bool:
        return any(self.positions[mark] for mark in marks)


def find_quote_marks(text: str) -> MarkScan:
    """Every quoted span of ``text`` and every quote mark that pairs with nothing."""
    paragraphs = split_paragraphs(text)
    scan = _Scanner(text)
    stack = scan.stack
    reopener: int | None = None
    for paragraph in paragraphs:
        p_start, p_end = paragraph.span.start, paragraph.span.end
        single_openers, single_closers = _straight_single_pairs(text, p_start, p_end)
        for item in stack:
            item.paragraphs.append(paragraph.i)
        for m in _CANDIDATE.finditer(text, pos=p_start, endpos=p_end):
            i = m.start()
            ch = text[i]
            if i == reopener:
                continue
            if ch == "'" and i not in single_closers:
                if i in single_openers:
                    scan.push(ch, i, paragraph.i)
                continue  # a ' that pairs with nothing is an apostrophe
            if ch in "’‘" and is_apostrophe(text, i):
                continue
            if ch == "’" and not scan.is_open("‘‚"):
                continue  # a closing single mark with nothing to close is an apostrophe (les joueurs’)
            position = scan.opener_for(ch)
            if position is not None and ch == '"' and _nested_straight_opener(text, i, p_end):
                position = None  # « "C'est au motif de "préjudice moral" qu'il …" »: a quote inside
            if position is None and ch == "«" and scan.is_open("«") and _reversed_closer(text, i, p_end):
                # « Nous ne lâcherons rien « , a lancé X »: an opening mark typed where the closing
                # one belongs (before a comma, a full stop or the end of the paragraph) closes.
                position = scan.positions["«"][-1]
            if position is not None:
                # Marks opened inside and never closed end where their outer quote ends.
                while len(stack) > position + 1:
                    scan.pop(None, None, i)
                scan.pop(i, ch, i)
            elif ch in CLOSERS_OF and _may_open(text, i, p_end):
                scan.push(ch, i, paragraph.i)
            elif ch in "»”" and not stack and paragraph.i > 0 and _opener_lost(text, p_start, i, p_end):
                # « Ça ne s’est pas bien passé”, entend-on »: the first mark of a paragraph closes a
                # quotation whose opening mark was lost; the quotation runs from the paragraph's start.
                scan.spans.append(
                    MarkedSpan(
                        content=_content(text, p_start, i),
                        opener=p_start,
                        open_mark="",
                        closer=i,
                        close_mark=ch,
                        depth=0,
                        paragraphs=(paragraph.i,),
                    )
                )
            elif ch == '"':
                scan.unmatched.append(UnmatchedMark(i, ch, "straight quote mark that pairs with no other"))
            else:
                scan.unmatched.append(UnmatchedMark(i, ch, "closing mark with no opening mark"))

        reopener = None
        if not stack:
            continue
        # End of paragraph with quotes still open: the French multi-paragraph quote goes on
        # when the next paragraph reopens with the same kind of mark.
        while len(stack) > 1:
            scan.pop(None, None, p_end)
        outer = stack[0]
        if paragraph.i + 1 < len(paragraphs):
            nxt = paragraphs[paragraph.i + 1].span
            m = _REOPEN.match(text, nxt.start, nxt.end)
            if m and _same_family(m.group(1), outer.mark):
                reopener = m.start(1)
        if reopener is not None:
            outer.reopeners.append(reopener)
        elif not (
            paragraph.i + 1 < len(paragraphs)
            and _closed_in(text, paragraphs[paragraph.i + 1].span, outer.mark)
        ):
            if outer.reopeners:
                scan.split_unclosed(paragraphs)
            else:
                scan.pop(None, None, p_end)
        # else: the quotation goes on into the next paragraph, which closes it without reopening
        # (« … Rien n’a marché.¶Aujourd’hui, il faut passer à autre chose », a-t-il conclu.)

    spans = sorted(scan.spans, key=lambda s: (s.opener, s.depth))
    unmatched = sorted(scan.unmatched, key=lambda u: u.offset)
    return MarkScan(spans=tuple(spans), unmatched=tuple(unmatched))


def _nested_straight_opener(text: str, i: int, p_end: int) -> bool:
    """A straight mark that a space precedes and a word follows opens, even with one open: the
    writer nests straight marks inside straight marks, and a closer stands after a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < p_end else " "
    return before.isspace() and after.isalnum() and text.count('"', i + 1, p_end) >= 2


def _may_open(text: str, i: int, p_end: int) -> bool:
    """Whether the mark at ``i`` can open a quotation where it stands."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < p_end else " "
    if ch == "»":
        # « qu' »aucun dégât » »: a word processor turns the mark typed after an elided « qu' » into
        # a closing one; reversed, it opens before a word when another one closes it.
        elided = i >= 2 and text[i - 2] in "'’"
        return elided and before in PADDING and _is_letter(after) and "»" in text[i + 1 : p_end]
    if ch == "›":
        return False
    if ch == '"':
        # The same mark opens and closes: with nothing open, it opens unless it stands right
        # after a word and before a space or punctuation. « " bonjour " », with the spaces
        # of French typography, opens; one that ends its paragraph has nothing to open.
        if i + 1 >= p_end:
            return False
        # (« ils ont écrit :" Notre source … " »: right after a colon or an opening bracket, it opens)
        return before.isspace() or before in ":([" or not (after in _AFTER_CLOSER or after.isspace())
    if ch == "”":
        # A closer used as an opener (”mot”, Swedish style) only right before a word.
        return not after.isspace() and not _is_letter(before)
    return True


def _opener_lost(text: str, p_start: int, i: int, p_end: int) -> bool:
    """Whether the closing mark at ``i``, with no mark before it in its paragraph, ends a quotation of
    a few words that a comma, a full stop or a new sentence follows."""
    before = text[p_start:i]
    if any(ch in DOUBLE_MARKS for ch in before) or len(before.split()) < 3:
        return False
    k = i + 1
    while k < p_end and text[k] in PADDING:
        k += 1
    ends = before.rstrip(PADDING)[-1:] in ".!?…"
    if k >= p_end:
        return ends  # not « Lire la suite de notre dossier » », a link at a paragraph's end
    if text[k] in ",;.!?…":
        return True
    return ends and text[k].isupper()


def _reversed_closer(text: str, i: int, p_end: int) -> bool:
    """Whether the « at ``i`` stands where a closing mark belongs: after a word, before a comma or a
    full stop (spaces between), or at the end of its paragraph."""
    if i == 0 or text[i - 1] not in PADDING:
        return False
    k = i + 1
    while k < p_end and text[k] in PADDING:
        k += 1
    return k >= p_end or text[k] in ",.;:!?"


def _closed_in(text: str, paragraph: Span, opener: str) -> bool:
    """Whether the next paragraph's first guillemet (or curly double mark) closes: a quotation
    carried over a paragraph break without a reopening mark."""
    pair = {"«": "«»", "“": "“”"}.get(opener)
    if pair is None:
        return False
    for k in range(paragraph.start, paragraph.end):
        if text[k] in pair:
            return text[k] == pair[1]
    return False


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
