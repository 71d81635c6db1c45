"""The word lists in ``quotes/lexicons/``, read once and kept.

Each list is a text file, one entry a line, ``#`` for comments; see the README there
for what belongs in each list and why a doubtful entry is in or out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

FOLDER = Path(__file__).parent / "lexicons"


def _lines(name: str) -> list[str]:
    lines = []
    for line in (FOLDER / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    """A verb that can introduce someone's words, and the frames in which it does."""

    lemma: str
    flags: frozenset[str]

    @property
    def ambiguous(self) -> bool:
        return "amb" in self.flags

    @property
    def incise_only(self) -> bool:
        return "incise" in self.flags and "que" not in self.flags and "inf" not in self.flags

    @property
    def takes_que(self) -> bool:
        return "que" in self.flags

    @property
    def takes_infinitive(self) -> bool:
        return "inf" in self.flags

    @property
    def takes_predicate(self) -> bool:
        """« se dire satisfait », « se déclarer optimiste »: the declared state is the report."""
        return "adj" in self.flags

    @property
    def naming(self) -> bool:
        return "naming" in self.flags

    @property
    def asking(self) -> bool:
        return "ask" in self.flags


@cache
def reporting_verbs() -> dict[str, ReportingVerb]:
    """Reporting verbs by lemma; a pronominal verb (``se plaindre``) is filed under its bare lemma too."""
    verbs: dict[str, ReportingVerb] = {}
    for row in _rows("reporting_verbs.tsv"):
        lemma = row[0].strip()
        flags = frozenset(row[1].split()) if len(row) > 1 else frozenset()
        verbs[lemma] = ReportingVerb(lemma, flags)
    return verbs


@cache
def multiword_cues() -> dict[str, tuple[tuple[str, ...], ReportingVerb]]:
    """Cues of two or more words (``faire savoir``, ``mettre l'accent``), by the lemma of their verb."""
    found: dict[str, tuple[tuple[str, ...], ReportingVerb]] = {}
    for lemma, verb in reporting_verbs().items():
        parts = lemma.replace("’", "'").split()
        if len(parts) > 1 and parts[0] not in ("se", "s'"):
            found.setdefault(parts[0], ((), verb))
            found[lemma] = (tuple(parts[1:]), verb)
    return found


@cache
def pronominal_verbs() -> frozenset[str]:
    """Lemmas that report only in their pronominal form (s'exclamer, se plaindre)."""
    found = set()
    for lemma in reporting_verbs():
        if lemma.startswith("se ") or lemma.startswith("s'"):
            found.add(lemma.split(" ", 1)[1] if lemma.startswith("se ") else lemma[2:])
    return frozenset(found)


@cache
def prepositional_cues() -> dict[str, str]:
    """Prepositional cue phrases (``selon``, ``d'après``…) and their kind."""
    return {row[0]: row[1] for row in _rows("prepositional_cues.tsv")}


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-entry-a-line list as a set of lower-case entries."""
    return frozenset(line.split("\t")[0].lower() for line in _lines(name))


@cache
def charge_participle_forms() -> frozenset[str]:
    """« jugé », « soupçonné » (``charge_participles.txt``) with their feminine and plural forms."""
    stems = word_set("charge_participles.txt")
    return frozenset(stem + ending for stem in stems for ending in ("", "e", "s", "es"))


@cache
def demonyms() -> frozenset[str]:
    """Nationalities and inhabitants in every gender and number, lower case (« britanniques »)."""
    forms: set[str] = set()
    for word in word_set("demonyms.txt"):
        if word.endswith("e"):
            feminine = {word}
        elif word.endswith(("ien", "éen")):
            feminine = {word + "ne"}
        elif word == "grec":
            feminine = {"grecque"}
        elif word == "turc":
            feminine = {"turque"}
        else:
            feminine = {word + "e"}
        for form in {word, *feminine}:
            forms.add(form)
            forms.add(form if form.endswith(("s", "x")) else form + "s")
    return frozenset(forms)


def person_nouns() -> frozenset[str]:
    return word_set("person_nouns.txt")


# Endings of nouns for people (« la rapporteure », « un grimpeur », « la pharmacologue »).
PERSON_ENDINGS = ("eur", "eure", "euse", "rice", "iste", "logue", "ien", "ienne")
# Feminine and plural endings, and the masculine singular they come from.
_MASCULINE = (
    ("euses", "eur"),
    ("euse", "eur"),
    ("rices", "eur"),
    ("rice", "eur"),
    ("iennes", "ien"),
    ("ienne", "ien"),
    ("ères", "er"),
    ("ère", "er"),
    ("ées", "é"),
    ("ée", "é"),
    ("es", ""),
    ("e", ""),
    ("s", ""),
)


ROLE_PREFIXES = ("sous-", "vice-", "co-", "ex-", "vice ")


@cache
def is_person_word(form: str, lemma: str = "") -> bool:
    """A noun (or a noun the tagger took for an adjective or a participle) that names people.

    « consultante », « déléguée », « la rapporteure », « les grimpeurs »: the word list in any
    gender and number, or an ending that only nouns for people have.
    """
    form, lemma = form.lower(), lemma.lower()
    nouns = person_nouns()
    if form in nouns or lemma in nouns:
        return True
    prefix = next((p for p in ROLE_PREFIXES if form.startswith(p) and len(form) > len(p) + 2), None)
    if prefix is not None:
        # « le sous-préfet », « la vice-présidente », « l’ex-directeur »: a role noun with its prefix.
        return is_person_word(form[len(prefix) :], lemma.removeprefix(prefix))
    things = word_set("not_person_nouns.txt")
    if form in things or lemma in things or form.rstrip("s") in things:
        return False  # « la piste », « le secteur »: a person's ending, a thing
    for ending, masculine in _MASCULINE:
        if form.endswith(ending) and form[: len(form) - len(ending)] + masculine in nouns:
            return True
    singular = form[:-1] if form.endswith("s") and len(form) > 4 else form
    return singular.endswith(PERSON_ENDINGS) or lemma.endswith(PERSON_ENDINGS)


def organization_nouns() -> frozenset[str]:
    return word_set("organization_nouns.txt")


def media_nouns() -> frozenset[str]:
    return word_set("media_nouns.txt")


def service_nouns() -> frozenset[str]:
    """Nouns that, capitalized, open a public service's name (« la Sécurité civile »)."""
    return word_set("service_nouns.txt")


def place_nouns() -> frozenset[str]:
    """Places smaller than a town (« hameau », « quartier »), which never speak."""
    return word_set("place_nouns.txt")


# Nouns that count people roughly (« une vingtaine de résidents », « des centaines de manifestants »):
# the noun after « de » heads the phrase, and the people are counted (GUIDELINES, settled cases).
ROUGH_COUNTS = frozenset(
    {
        *("dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine"),
        *("soixantaine", "centaine", "millier", "poignée"),
    }
)


def is_rough_count(form: str) -> bool:
    """« vingtaine », « centaines », « milliers »."""
    return form.lower().rstrip("s") in ROUGH_COUNTS


def collective_words() -> frozenset[str]:
    return word_set("collective_nouns.txt")


def vague_nouns() -> frozenset[str]:
    return word_set("vague_nouns.txt")


def relationship_nouns() -> frozenset[str]:
    return word_set("relationship_nouns.txt")


def idioms() -> frozenset[str]:
    return word_set("idioms.txt")


@cache
def titles() -> dict[str, str | None]:
    """Courtesy titles and the gender they give (``Mme`` → f), None when they give none."""
    found: dict[str, str | None] = {}
    for row in _rows("titles.txt"):
        found[row[0]] = row[1] if len(row) > 1 and row[1] in ("m", "f") else None
    return found


def is_title(text: str) -> bool:
    """« Me », « Mme », « maître », « docteur »: a title before a surname (a short one only as
    written, since « me » is also a pronoun)."""
    return text in titles() or (len(text) > 3 and text.lower() in _long_titles())


@cache
def _long_titles() -> frozenset[str]:
    return frozenset(title.lower() for title in titles() if len(title) > 3)


@cache
def title_roles() -> dict[str, str]:
    """Professional titles and the profession they give (``Me`` → avocat, ``Dr`` → médecin)."""
    return {row[0]: row[2] for row in _rows("titles.txt") if len(row) > 2 and row[2]}


@cache
def no_response_patterns() -> tuple[regex.Pattern[str], ...]:
    """Phrasings of 'did not answer / declined to comment'."""
    return tuple(regex.compile(line, regex.I) for line in _lines("no_response.txt"))


@dataclass(frozen=True, slots=True)
class AnonymityReason:
    pattern: regex.Pattern[str]
    boilerplate: bool
    note: str


@cache
def anonymity_reasons() -> tuple[AnonymityReason, ...]:
    """Stated reasons for anonymity, with the stock phrasings flagged as boilerplate."""
    reasons = []
    for row in _rows("anonymity_reasons.tsv"):
        reasons.append(
            AnonymityReason(
                regex.compile(row[0], regex.I),
                len(row) > 1 and row[1].strip() == "yes",
                row[2] if len(row) > 2 else "",
            )
        )
    return tuple(reasons)


ARTICLE = regex.compile(r"(?:les|le|la)\s+|l['’]\s*", regex.I)


@cache
def _outlet_pattern() -> regex.Pattern[str]:
    """One pattern for every outlet name, its own article optional and in any case."""
    bodies = set()
    for line in _lines("outlets.txt"):
        article = ARTICLE.match(line)
        body = line[article.end() :] if article else line
        bodies.add(regex.escape(body).replace("'", "['’]").replace(r"\ ", r"\s+"))
    alternatives = "|".join(sorted(bodies, key=len, reverse=True))
    return regex.compile(
        rf"(?<![\w-])(?:(?:[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’]\s*)?(?:{alternatives})(?![\w-])"
        # not the start of a longer title: « L’Écho de la Brévenne » is no « L’Écho »
        r"(?!\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?\p{Lu})"
    )


@cache
def _outlet_names() -> dict[str, str]:
    """Each outlet's name without its article, folded to lower case → the name as the list writes it."""
    names: dict[str, str] = {}
    for line in _lines("outlets.txt"):
        article = ARTICLE.match(line)
        names.setdefault(line[article.end() :].lower() if article else line.lower(), line)
    return names


def outlet_name(found: str) -> str:
    """The outlet's name for a reader: as written when it has its article (« le Parisien »), else as
    the list writes it (« du Monde » → « Le Monde »)."""
    if ARTICLE.match(found):
        return found
    return _outlet_names().get(regex.sub(r"\s+", " ", found).lower().replace("’", "'"), found)


def find_outlet(text: str) -> regex.Match[str] | None:
    """The first news outlet or agency named in ``text`` (« Le Monde », « le Parisien », « l’AFP »),
    with its article; None when there is none. Capitals matter: « le point » is no outlet."""
    return _outlet_pattern().search(text)
