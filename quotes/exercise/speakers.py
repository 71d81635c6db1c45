"""What counts as naming a source: the answers a student may give for who is speaking.

Case, accents, determiners and leading titles do not matter; any way the article names
the source counts, and so does a named person's surname alone; a pronoun does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from .key import Key, KeySource
from .normalize import speaker_key

# Answers that say « nobody is named », compared after _plain.
NOBODY = {
    "personne",
    "aucun",
    "aucune",
    "nul",
    "inconnu",
    "inconnue",
    "non attribue",
    "non attribuee",
    "non attribuees",
    "non attribues",
    "pas de source",
    "aucune source",
    "sans source",
    "n a",
    "na",
    "nobody",
    "no one",
    "none",
    "unknown",
    "unattributed",
    "no source",
}
PRONOUNS = {
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "lui",
    "eux",
    "celui ci",
    "celle ci",
    "ceux ci",
    "celles ci",
    "celui la",
    "celle la",
    "ce dernier",
    "cette derniere",
    "ces derniers",
    "ces dernieres",
    "je",
    "j",
    "moi",
    "nous",
    "vous",
    "tu",
    "he",
    "she",
    "they",
    "him",
    "her",
    "them",
    "it",
}
# Where a name ends and its apposition starts: « Gupta, chercheur à Berkeley », « Gupta (Berkeley) ».
APPOSITION_MARKS = ",(;:–—"


def before_apposition(answer: str) -> str:
    """The answer up to its apposition: « Gupta » in « Gupta, chercheur » or « Gupta - Berkeley ».

    Found by looking for each mark once (a regular expression that tried spaces before a
    mark at every position took minutes on a cell of spaces).
    """
    text = " ".join(answer.split())
    cut = len(text)
    for mark in (*APPOSITION_MARKS, " - "):
        found = text.find(mark, 0, cut)
        if found >= 0:
            cut = found
    return text[:cut].strip()


def surnames(source: KeySource) -> tuple[str, ...]:
    """A named person's surname: as the article uses it alone (« Gupta »), else the words after the first."""
    if not source.name or source.kind not in (None, "person"):
        return ()
    words = source.name.split()
    if len(words) < 2:
        return ()
    used = {speaker_key(a) for a in (source.speaker, *source.accept)}
    alone = tuple(w for w in words if speaker_key(w) in used)
    if alone:
        return alone
    rest = " ".join(words[1:])
    return (rest,) if rest == words[-1] else (rest, words[-1])


def accepted_answers(source: KeySource) -> tuple[str, ...]:
    """Every answer that names the source, as written (for the key page); compared with ``speaker_key``."""
    found: list[str] = []
    seen: set[str] = set()
    for answer in (
        source.speaker,
        *((source.name,) if source.name else ()),
        *source.accept,
        *surnames(source),
    ):
        k = speaker_key(answer)
        if k and k not in seen:
            seen.add(k)
            found.append(answer)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class SpeakerIndex:
    """Every source's accepted answers, compared form, for matching a student's answer."""

    answers: dict[str, frozenset[str]]
    names: dict[str, frozenset[str]]

    @classmethod
    def of(cls, key: Key) -> SpeakerIndex:
        answers = {}
        names = {}
        for s in key.sources.values():
            answers[s.id] = frozenset(speaker_key(a) for a in accepted_answers(s))
            named = (s.name, *surnames(s)) if s.name else ()
            names[s.id] = frozenset(speaker_key(a) for a in named)
        return cls(answers, names)

    def matches(self, answer: str) -> list[str]:
        """The sources that ``answer`` names: a whole accepted answer, or a name followed by an apposition."""
        whole = speaker_key(answer)
        head = speaker_key(before_apposition(answer))
        found = [sid for sid, keys in self.answers.items() if whole in keys]
        if not found and head:
            found = [sid for sid, keys in self.names.items() if head in keys]
        return found


def resembles(answer: str, source: KeySource) -> bool:
    """True when the answer looks like a way of naming the source without being one.

    It starts with the same noun (« un fondateur »), or it is one misspelled (« Gupa »).
    Not right, since it may name someone else; flagged « to check », for the class review.
    """

    def head(text: str) -> str:
        words = speaker_key(text).split()
        return words[0].rstrip("sx") if words else ""

    first = head(answer)
    if first and any(head(a) == first for a in accepted_answers(source)):
        return True
    answer_key = speaker_key(answer)
    return any(misspelled(answer_key, speaker_key(a)) for a in (*accepted_answers(source), *surnames(source)))


def misspelled(answer: str, expected: str) -> bool:
    """True when ``answer`` is ``expected`` with a letter or two wrong (« Gupa » for « Gupta »).

    One edit for a word of four letters or more, two from nine; compared on at most 60
    characters, with a band of three around the diagonal: a few thousand steps at most.
    """
    if answer == expected or min(len(answer), len(expected)) < 4 or max(len(answer), len(expected)) > 60:
        return False
    allowed = 2 if len(expected) >= 9 else 1
    if abs(len(answer) - len(expected)) > allowed:
        return False
    previous = list(range(len(expected) + 1))
    for i, a in enumerate(answer, start=1):
        current = [i] + [allowed + 1] * len(expected)
        for j in range(max(1, i - allowed - 1), min(len(expected), i + allowed + 1) + 1):
            cost = 0 if a == expected[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        previous = current
    return previous[-1] <= allowed
