"""No-response statements: a party that did not answer or declined to comment (the patterns are
in ``lexicons/no_response.txt``)."""

from __future__ import annotations

from ..cues import phrase_mention
from ..docview import DocView
from ..lexicon import no_response_patterns
from ..model import NoResponse
from ..nounphrase import phrase_at


def find_no_response(view: DocView) -> list[NoResponse]:
    """Statements that a party did not answer or declined to comment."""
    words = view.words
    found = []
    for s_first, s_last in view.sentences:
        if s_last <= s_first:
            continue
        start, end = words[s_first].start, words[s_last - 1].end
        text = view.text[start:end]
        for pattern in no_response_patterns():
            m = pattern.search(text)
            if m is None:
                continue
            at = view.word_at(start + m.start())
            if view.in_quote(at):
                continue
            last = s_last
            while last > s_first and words[last - 1].upos == "PUNCT":
                last -= 1
            first = s_first
            for k in range(at, s_first - 1, -1):
                if words[k].text == ";" and not view.in_quote(k):
                    first = k + 1
                    break
            for k in range(at, last):
                if words[k].text == ";" and not view.in_quote(k):
                    last = k
                    break
            party = None
            phrase = phrase_at(view, first, at, coordination=True)
            if phrase is not None:
                party = phrase_mention(view, phrase)
            span = view.span_of(first, last)
            found.append(NoResponse(span, span.text_in(view.text), party))
            break
    return found
