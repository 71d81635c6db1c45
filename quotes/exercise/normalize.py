"""How answers and names are compared: lower case, no accents, no determiners, no leading titles.

Used by the key (to list the ways the article names a source once each) and by the
grading (to match a student's answer), so it sits below both.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..lexicon import titles

# Ignored anywhere in a speaker answer: « l’un des partenaires » = « un partenaire »… is not
# claimed, but « les experts du secteur » = « experts du secteur » is.
DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "the", "a", "an"}
EXTRA_TITLES = {"mr", "mrs", "ms", "miss", "prof", "professor", "doctor", "sir"}
_WORD = re.compile(r"\w+")


def plain(text: str) -> list[str]:
    """The words of ``text``, lower case, without accents or punctuation (« L’un » → l, un)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return [w for w in _WORD.findall(bare) if w != "_"]


@cache
def _title_words() -> frozenset[str]:
    found = set(EXTRA_TITLES)
    for title in titles():
        found.update(plain(title))
    return frozenset(found)


def speaker_key(text: str) -> str:
    """What is compared when grading a speaker: case, accents, determiners and leading titles dropped."""
    words = plain(text)
    title_words = _title_words()
    while words and (words[0] in title_words or words[0] in DETERMINERS):
        words = words[1:]
    return " ".join(w for w in words if w not in DETERMINERS)
