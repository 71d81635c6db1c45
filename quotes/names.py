"""What every stage knows about names: titles, first names and their gender, full names, offices.

The lowest layer of the analysis after the word lists: sources, anonymity and the noun phrase
reader all ask it whether two names are one person, whether a name is full, whether a word is a
known first name, and which offices identify whoever holds them. It imports no stage.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import regex

from .lexicon import titles

NAME_FUNCTION_WORDS = {
    "de",
    "des",
    "du",
    "d'",
    "la",
    "le",
    "les",
    "l'",
    "et",
    "pour",
    "en",
    "à",
    "au",
    "aux",
    "sur",
}

# Offices that identify whoever holds them (« le procureur fédéral », « le porte-parole de la police »).
OFFICES = {
    "ministre",
    "procureur",
    "procureure",
    "préfet",
    "préfète",
    "sous-préfet",
    "sous-préfète",
    "maire",
    "président",
    "présidente",
    "porte-parole",
    "gouverneur",
    "ambassadeur",
    "ambassadrice",
    "chancelier",
    "chancelière",
    "secrétaire général",
    "premier ministre",
    "sénateur",
    "député",
    "commissaire",
    "recteur",
    "directeur",
    "directrice",
    "pdg",
    "patron",
    "patronne",
    # one holder for a school district, a team, a bar, a school, a Belgian town
    *("inspecteur", "inspectrice", "rectrice", "sélectionneur", "sélectionneuse"),
    *("entraîneur", "entraîneuse", "bâtonnier", "bâtonnière", "proviseur", "proviseure"),
    *("bourgmestre", "mairesse", "gouverneure"),
    # one holder for a party, a movement, a government (« le leader de la France insoumise »)
    *("leader", "chef", "cheffe", "premier secrétaire", "secrétaire national"),
    *("avocat général", "procureur général", "directeur général"),
}


def office_of(head: str, next_lemma: str | None = None) -> str | None:
    """The office held by one person that a head noun names, alone (« maire ») or with the
    adjective after it (« avocat général »), or None."""
    if head in OFFICES:
        return head
    pair = f"{head} {next_lemma}" if next_lemma else None
    return pair if pair in OFFICES else None


def fold(text: str) -> str:
    """Lower case without accents or apostrophe variants, for comparing names."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def is_full_name(name: str) -> bool:
    """A first name and a surname, titles and initials not counted (« Mme Berthelot » is not one)."""
    tokens = [t for t in name.replace("\u00a0", " ").split() if t not in titles()]
    if len(tokens) < 2 or tokens[0].rstrip(".").isupper() or len(tokens[0].rstrip(".")) <= 1:
        return False
    return len(tokens[-1].rstrip(".")) > 1  # « Marouane Z. »: a first name and an initial


def names_match(name: str, known: str) -> str | None:
    """Why two names are the same person or organization, or None."""
    a, b = _name_tokens(name), _name_tokens(known)
    if not a or not b:
        return None
    if a == b:
        return "same name"
    if len(a) == len(b):
        # Initial + surname: B. Obama ↔ Barack Obama.
        if a[-1] == b[-1] and all(
            x == y
            or (len(x.rstrip(".")) == 1 and y.startswith(x.rstrip(".")))
            or (len(y.rstrip(".")) == 1 and x.startswith(y.rstrip(".")))
            for x, y in zip(a[:-1], b[:-1], strict=True)
        ):
            return "initial of"
        return None
    short, full = (a, b) if len(a) < len(b) else (b, a)
    # Surname alone (Gupta), surname first (Liang), title + surname (M. Gupta).
    if short == full[-len(short) :]:
        return "surname of"
    if len(short) == 1 and short[0] == full[0] and len(full) == 2:
        return "family name first"
    if (
        len(short) >= 2
        and short[-1] == full[-1]
        and len(short[0].rstrip(".")) == 1
        and full[0].startswith(short[0].rstrip("."))
    ):
        return "initial of"
    # Acronym: EELV ↔ Europe Écologie Les Verts.
    initials = "".join(t[0] for t in full if t and t not in NAME_FUNCTION_WORDS)
    if len(short) == 1 and len(short[0]) >= 2 and short[0] in (initials, "".join(t[0] for t in full if t)):
        return "acronym of"
    return None


def _initials(tokens: tuple[str, ...]) -> tuple[str, str]:
    """The two acronyms ``names_match`` accepts for a name: without and with its function words."""
    return (
        "".join(t[0] for t in tokens if t and t not in NAME_FUNCTION_WORDS),
        "".join(t[0] for t in tokens if t),
    )


def name_keys(name: str) -> frozenset[str]:
    """Where to file a known name so that ``name_probes`` of any name it matches finds it.

    ``names_match`` pairs names that end alike, a surname with a two-word name that starts
    with it, or an acronym with the initials of a longer name; these keys name exactly those
    possibilities, so that a long article compares a name only with the few it may match.
    """
    tokens = _name_tokens(name)
    if not tokens:
        return frozenset()
    keys = {f"last:{tokens[-1]}"}
    if len(tokens) == 1:
        keys.add(f"single:{tokens[0]}")
    if len(tokens) == 2:
        keys.add(f"first-of-two:{tokens[0]}")
    if len(tokens) >= 2:
        keys.update(f"initials:{initials}" for initials in _initials(tokens))
    return frozenset(keys)


def name_probes(name: str) -> frozenset[str]:
    """The keys (``name_keys``) under which every name that ``names_match`` pairs with ``name`` is filed."""
    tokens = _name_tokens(name)
    if not tokens:
        return frozenset()
    probes = {f"last:{tokens[-1]}"}
    if len(tokens) == 1:
        probes.update((f"first-of-two:{tokens[0]}", f"initials:{tokens[0]}"))
    if len(tokens) == 2:
        probes.add(f"single:{tokens[0]}")
    if len(tokens) >= 2:
        probes.update(f"single:{initials}" for initials in _initials(tokens))
    return frozenset(probes)


@cache
def _folded_titles() -> frozenset[str]:
    return frozenset(fold(k) for k in titles())


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    """A name's words, folded, titles left out (« Mme Berthelot » → berthelot)."""
    tokens = [t for t in fold(name).split() if t not in _folded_titles()]
    # « St-Pierre » is « Saint-Pierre », « Ste-Marie » « Sainte-Marie » (Québec spells them short)
    return tuple(regex.sub(r"^st(e?)[-.]", r"saint\1-", t) for t in tokens)


@cache
def _gender_detector() -> object | None:
    try:
        import gender_guesser.detector as detector
    except ImportError:
        return None
    return detector.Detector(case_sensitive=False)


def first_name_gender(first: str) -> str | None:
    """m or f for a first name, when the optional ``gender-guesser`` package knows it (France first)."""
    return _first_name_guess(first)[0]


def first_name_gender_is_sure(first: str) -> bool:
    """Whether a first name is given to one sex alone (« Jean »), not only mostly (« Camille »,
    « Claude ») nor to both in France (« Reagan »), where only the text can tell."""
    return _first_name_guess(first)[1]


@lru_cache(maxsize=8192)
def _first_name_guess(first: str) -> tuple[str | None, bool]:
    if not first[:1].isupper() or len(first) < 3 or first.endswith("."):
        return None, False
    detector = _gender_detector()
    if detector is None:
        return None, False
    first = first.split("-")[0]
    answer = detector.get_gender(first, "france")  # type: ignore[attr-defined]
    sure = answer in ("male", "female")
    if answer in ("unknown", "andy"):
        both = answer == "andy"  # (given to both sexes in France: the world's answer is no proof)
        answer = detector.get_gender(first)  # type: ignore[attr-defined]
        sure = not both and answer in ("male", "female")
    if answer in ("male", "mostly_male"):
        return "m", sure
    if answer in ("female", "mostly_female"):
        return "f", sure
    return None, False


def is_first_name(name: str) -> bool:
    """A single word that is a known first name (« Marie », « Mathieu »), not a surname with a title."""
    tokens = name.split()
    return len(tokens) == 1 and first_name_gender(tokens[0]) is not None
