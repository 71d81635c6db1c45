"""Every way the article names a source, for the key's accepted answers.

A student may name a source with any of the article's own words for it, not only the
analyzer's choice. Besides every mention (pronouns aside), the key accepts:

- each part of a mention around an apposition: « la fédération des banques » and
  « Febelfin » for « la fédération des banques, Febelfin »;
- a definite description cut before its complement or the name it gives, or down to its
  article and noun: « la porte-parole » for « la porte-parole de la fédération », « le
  procureur » for « le procureur fédéral » (not « un investisseur » for « un investisseur
  en IA à Pékin »: an indefinite description is told apart by what follows its noun);
- for a document, a medium, an organization or an institutional spokesperson, the
  organization named inside the description: « Al Jazeera » for « le documentaire d’Al
  Jazeera », « la police » for « le porte-parole de la police »;
- an acronym and its expansion, when the article uses both (« Febelfin » and « la
  Fédération belge du secteur financier »), even when the analysis made two sources of
  them: each then accepts the other's answers.

A description that two sources share (« le ministre » for two ministers) is accepted for
neither. Everything lands in ``key.json``'s ``accept`` lists, where the teacher sees it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from ..model import Analysis, Source
from .normalize import plain, speaker_key

DEFINITE = ("le ", "la ", "les ", "l’", "l'")
PREPOSITIONS = {
    "de",
    "du",
    "des",
    "à",
    "au",
    "aux",
    "en",
    "chez",
    "pour",
    "sur",
    "dans",
    "avec",
    "par",
    "contre",
}
# Words that start a part of a mention that is not a way of naming (« …, qui a requis l’anonymat »).
CLAUSE_WORDS = {"qui", "que", "dont", "où", "selon", "lequel", "laquelle", "lesquels", "lesquelles"}
# Words an acronym's letters never come from.
FUNCTION_WORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "sur", "a", "au", "aux"}
# Sources that are organizations: one named in a document's or a spokesperson's description names
# them too (« la police » for « le porte-parole de la police »).
ORGANIZATIONS = {"media", "organization"}
_PARTS = re.compile(r"[,()–—]")
# « de », « du », « d’ », « de l’ » before what a source belongs to; group 1: a plain « de ».
_OF = re.compile(r"\b(?:(de)\s+(?:l['’])?|du\s+|d['’])", re.I)
_ELIDED_DE = re.compile(r"^(?:d|l)['’]", re.I)


def ways_of_naming(analysis: Analysis) -> dict[str, tuple[str, ...]]:
    """For each source, every answer that names it, as the article writes it (pronouns left out)."""
    text = analysis.article.text
    sources = analysis.sources
    written = {s.id: _written(s, text) for s in sources}
    derived: dict[str, list[str]] = {s.id: [] for s in sources}
    for s in sources:
        for mention in written[s.id]:
            derived[s.id] += _parts(mention)
            derived[s.id] += [cut for part in (mention, *_parts(mention)) for cut in _heads(part)]
    _drop_shared(derived, written)
    own = {s.id: _unique([*written[s.id], *derived[s.id]]) for s in sources}
    _join_acronyms(sources, own)
    # Then what an organization's speakers may be called by: its own answers, one way only.
    answers = {sid: list(found) for sid, found in own.items()}
    organizations = [s for s in sources if s.kind in ORGANIZATIONS]
    for s in sources:
        if s.kind in ORGANIZATIONS or s.kind == "document" or analysis.ratings[s.id].level == 2:
            for mention in written[s.id]:
                for organization in _organizations(mention):
                    named = _source_named(organization, organizations, own)
                    if named is not None and named != s.id:
                        answers[s.id] += own[named]
                    elif organization[:1].isupper():
                        answers[s.id].append(organization)
    return {sid: tuple(_unique(found)) for sid, found in answers.items()}


def _written(source: Source, text: str) -> list[str]:
    """The mentions of a source as the text writes them, and the name inside each."""
    found = []
    for m in source.mentions:
        if m.kind == "pronoun":
            continue
        found.append(m.text)
        if m.name is not None:
            found.append(m.name.text_in(text))
    return _unique([source.name, *found])


def _parts(mention: str) -> list[str]:
    """The parts of a mention around appositions: « la fédération des banques », « Febelfin »."""
    pieces = [p.strip(" .;:") for p in _PARTS.split(mention)]
    if len(pieces) < 2:
        return []
    return [p for p in pieces if _is_naming(p)]


def _is_naming(part: str) -> bool:
    words = plain(part)
    return bool(words) and words[0] not in CLAUSE_WORDS and any(len(w) > 1 and not w.isdigit() for w in words)


def _heads(description: str) -> list[str]:
    """A definite description, short: cut before its complement or the name it gives (« la porte-parole »
    of « la porte-parole de la fédération »), and its article and noun alone (« le procureur » of « le
    procureur fédéral »)."""
    if not description.casefold().startswith(DEFINITE):
        return []
    tokens = description.split()
    # The article and its noun: « la porte-parole » is two words, « l’ancien leader » starts in the first.
    first = 2 if tokens[0].casefold() in ("le", "la", "les") else 1
    noun = tokens[first - 1] if first == 2 else _ELIDED_DE.sub("", tokens[0])
    if first > len(tokens) or not noun[:1].islower():
        return []  # « l’AFP Jean-Philippe Magnen »: a name, not a description
    found = [" ".join(tokens[:2]).rstrip(",;:")] if first == 2 and len(tokens) > 2 else []
    for i in range(first, len(tokens)):
        token = tokens[i]
        bare = token.casefold()
        if bare in PREPOSITIONS or bare.startswith(("d'", "d’")) or token[:1].isupper():
            found.append(" ".join(tokens[:i]).rstrip(",;:"))
            break
    return found


def _organizations(description: str) -> list[str]:
    """What a description says its source belongs to: a proper name or a definite phrase after « de ».

    « Al Jazeera » in « le documentaire d’Al Jazeera », « la police » in « le porte-parole de
    la police madrilène »; not a place after « à » (« à Pékin »).
    """
    found = []
    end = 0
    for match in _OF.finditer(description):
        if match.start() < end:
            continue  # inside a name found already: « Université de Californie »
        rest = description[match.end() :]
        name = _proper_name(rest)
        if name:
            found.append(name)
            end = match.end() + len(name)
        elif match.group(1) and rest.casefold().startswith(DEFINITE):
            found.append(_definite_phrase(rest))
        elif match.group(0).casefold().startswith("du") and rest[:1].islower():
            found.append(_definite_phrase("le " + rest))
    return [f for f in found if f and _is_naming(f)]


def _proper_name(text: str) -> str | None:
    """The capitalized words at the start of ``text`` (« Al Jazeera », « Université de Californie »)."""
    words = text.split()
    taken: list[str] = []
    for i, word in enumerate(words):
        bare = word.rstrip(",;:.)")
        if bare[:1].isupper() or (
            bare.casefold() in ("de", "du", "des", "d’", "d'", "à")
            and i + 1 < len(words)
            and words[i + 1][:1].isupper()
        ):
            taken.append(bare)
        else:
            break
        if bare != word:
            break
    return " ".join(taken) or None


def _definite_phrase(text: str) -> str:
    """« la police » out of « la police madrilène »: the article and its noun."""
    words = text.split()
    kept = words[:2] if words and words[0].casefold() in ("le", "la", "les") else words[:1]
    for word in words[len(kept) :]:  # and the name that follows: « le groupe UMP »
        if not word[:1].isupper():
            break
        kept.append(word)
    return " ".join(w.rstrip(",;:.") for w in kept)


def _source_named(organization: str, candidates: Sequence[Source], own: dict[str, list[str]]) -> str | None:
    """The organization among the article's sources that ``organization`` names, if one does."""
    key = speaker_key(organization)
    for s in candidates:
        if any(speaker_key(a) == key for a in own[s.id]):
            return s.id
    return None


def _drop_shared(derived: dict[str, list[str]], written: dict[str, list[str]]) -> None:
    """Leave out a derived answer that two sources share, or that the text uses for another source."""
    owners: dict[str, set[str]] = {}
    for sid, found in (*derived.items(), *written.items()):
        for answer in found:
            owners.setdefault(speaker_key(answer), set()).add(sid)
    for sid, found in derived.items():
        derived[sid] = [a for a in found if owners.get(speaker_key(a), set()) <= {sid}]


def _join_acronyms(sources: Sequence[Source], answers: dict[str, list[str]]) -> None:
    """Sources whose answers hold an acronym and its expansion are one: each accepts the other's answers."""
    words = {s.id: [a for a in answers[s.id] if len(a.split()) == 1] for s in sources}
    phrases = {s.id: [a for a in answers[s.id] if len(a.split()) > 1] for s in sources}
    joined: list[tuple[str, str]] = []
    for a in sources:
        for b in sources:
            if any(is_acronym(w, p) for w in words[a.id] for p in phrases[b.id]):
                joined.append((a.id, b.id))
    for a_id, b_id in joined:
        if a_id != b_id:
            union = _unique([*answers[a_id], *answers[b_id]])
            answers[a_id] = answers[b_id] = union


def is_acronym(short: str, long: str) -> bool:
    """True when ``short`` is made of the starts of ``long``'s words, in order: « BCE », « Febelfin ».

    Each piece of the short form starts a word of the long form (« Fe·bel·fin »: Fédération
    belge … financier), the first word included; at least two words and most of them used.
    """
    letters = "".join(plain(short))
    if not 2 <= len(letters) <= 12 or " " in short.strip():
        return False
    content = [w for w in plain(long) if w not in FUNCTION_WORDS]
    if len(content) < 2 or len(content) > 12:
        return False

    @functools.cache
    def best(i: int, j: int) -> int:
        """How many words spell ``letters[i:]``, the first being word ``j``; -1 when none do."""
        if i == len(letters):
            return 0
        word = content[j]
        most = -1
        for k in range(1, min(len(word), len(letters) - i) + 1):
            if letters[i : i + k] != word[:k]:
                break
            if i + k == len(letters):
                most = max(most, 1)
            for nxt in range(j + 1, len(content)):
                rest = best(i + k, nxt)
                if rest >= 0:
                    most = max(most, 1 + rest)
        return most

    used = best(0, 0)
    return used >= 2 and used >= 0.6 * len(content)


def _unique(answers: Iterable[str]) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()
    for answer in answers:
        answer = " ".join(answer.split())
        k = speaker_key(answer)
        if k and k not in seen:
            seen.add(k)
            found.append(answer)
    return found
