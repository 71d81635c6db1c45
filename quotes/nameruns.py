"""Name runs: where a proper name starts and ends in the words of a sentence.

``name_run`` reads a name forward from its first word: capitalized words and PROPN tags,
the entity recognizer's spans, initials (« A. Montebourg »), particles inside a name
(« Ursula von der Leyen », « M. de La Tour-Vernay »), hyphens the tokenizer cut off. Words
that are capitalized only because they open a sentence, titles (« M. », « Mme ») and
role nouns (« le Président-candidat ») are not names. The phrase reader (``nounphrase``)
uses these runs to tell a speaker's name from their role.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from .docview import DocView
from .lexicon import is_title, organization_nouns, person_nouns, service_nouns, titles
from .model import Entity, ParsedDoc, Span, Word
from .names import first_name_gender

NAME_PARTICLES = {
    "de",
    "du",
    "des",
    "d'",
    "d’",
    "le",
    "la",
    "van",
    "von",
    "der",
    "den",
    "da",
    "di",
    "del",
    "della",
    "dos",
    "do",
    "das",
    "el",
    "al",
    "ben",
    "bin",
    "ibn",
    "abu",
    "y",
    "ter",
    "ten",
    "mac",
    "st",
    "saint",
    # English names of organizations (« l’University of the Ryukyus », « Bank of America »)
    "of",
    "the",
    "and",  # « The Globe and Mail », « Marks and Spencer »
    "for",
}


# Words that are capitalized only because they open a sentence or a title: never part of a name.
FUNCTION_WORDS = frozenset(
    """
    le la les l' l’ un une des du de d' d’ au aux à en et ou mais ce cet cette ces il elle ils elles
    on nous vous je j' j’ tu son sa ses leur leurs mon ma mes notre nos votre vos qui que qu' qu’
    quand si selon pour par sur sous dans avec sans chez depuis pendant après avant entre contre
    vers lors dès cela ceci ça tout tous toute toutes aucun aucune plusieurs certains certaines
    chaque y ne n' n’ pas plus c'est c’est ainsi alors donc or car puis enfin aussi même lui eux
    """.split()
)


def is_capitalized(view: DocView, i: int) -> bool:
    text = view.words[i].text
    return bool(text) and text[0].isupper()


def is_name_word(view: DocView, i: int, *, sentence_start: int) -> bool:
    """A word that can be part of a proper name: PROPN, or capitalized inside the sentence."""
    w = view.words[i]
    text = w.text
    if not (text[:1].isupper() or (w.upos == "PROPN" and text[:1].isdigit())):
        return False
    if w.upos == "PUNCT" or text in titles() or text.lower() in FUNCTION_WORDS:
        return False
    if (
        text.lower() in ("premier", "première")
        and i + 1 < len(view.words)
        and view.words[i + 1].text.lower() == "ministre"
    ):
        return False  # « la Première ministre de Karvalie, Ilse Marten »: a title
    if text.lower() in person_nouns() and (text.isupper() or w.upos != "PROPN"):
        return False  # « le PDG de Maubrac », « le Président-candidat »: a title, not a name
    if (
        text.lower() in person_nouns()
        and i + 1 < len(view.words)
        and view.words[i + 1].text[:1].isupper()
        and (i == 0 or not view.words[i - 1].text[:1].isupper() or i == sentence_start)
    ):
        return False  # « du Professeur Nobutaka M. »: a role before the name, however capitalized
    if w.upos == "PROPN":
        return True
    # Tags go astray on names (DeepSeek as a pronoun, Marine as a verb): inner capitals, acronyms and
    # the entity recognizer still tell a name. A capitalized common noun alone does not (« les Américains »).
    letters = [c for c in text if c.isalpha()]
    if any(c.isupper() for c in text[1:]) and len(letters) >= 2:
        return True
    if i > 0 and view.entity_of[i] != -1 and view.entity_of[i] == view.entity_of[i - 1]:
        return True  # « New York » with « York » tagged X: the rest of an entity already begun
    return view.entity_label(i) in ("PER", "ORG", "MISC") and (i > sentence_start or w.upos != "DET")


def _place_then_person(view: DocView, j: int) -> bool:
    """Word ``j`` opens a person's name right after a place's (two entities the recognizer told apart)."""
    before, here = view.entity_of[j - 1], view.entity_of[j]
    return (
        before != -1
        and here != -1
        and before != here
        and view.doc.entities[before].label == "LOC"
        and view.doc.entities[here].label == "PER"
        and view.doc.entities[here].first == j
    )


def _particles_then_name(view: DocView, j: int, last: int, *, sentence_start: int) -> bool:
    """Words from ``j`` are name particles (« van der », « de La », « al- ») then a capitalized name."""
    words = view.words
    k = j
    while k < last and (words[k].text.lower() in NAME_PARTICLES or words[k].text in ("-", "‑")):
        k += 1
    return k > j and k < last and is_name_word(view, k, sentence_start=sentence_start)


def _organization_after(view: DocView, j: int, last: int) -> bool:
    """« de la Police municipale », « du Service des eaux »: « de » then an organization's noun."""
    words = view.words
    if words[j].text.lower() not in ("de", "du", "des", "d'", "d’"):
        return False
    k = j + 1
    if k < last and words[k].text.lower() in ("la", "l'", "l’"):
        k += 1
    if k >= last or not words[k].text[:1].isupper():
        return False
    return words[k].text.lower() in organization_nouns() or words[k].text.lower() in service_nouns()


def name_run(view: DocView, i: int, last: int, *, sentence_start: int) -> int:
    """End of the proper name starting at word ``i`` (``i`` itself when none starts there)."""
    words = view.words
    j = i
    titled = j < last and words[j].text in titles()
    if titled:
        j += 1
    start = j
    if titled and _particles_then_name(view, j, last, sentence_start=sentence_start):
        # « M. de La Tour-Vernay », « Mme Le Goff »: after a title, a particle opens the surname.
        while words[j].text.lower() in NAME_PARTICLES or words[j].text in ("-", "‑"):
            j += 1
    while j < last:
        if j > start and _place_then_person(view, j):
            break  # « la maire de Paris Anne Hidalgo »: the place ends where the person's name begins
        if is_name_word(view, j, sentence_start=sentence_start) and view.in_quote(j) == view.in_quote(i):
            j += 1
            continue
        w = view.words[j]
        # « Le Floc’h » cut at its apostrophe: the letters glued after it belong to the name.
        if (
            j > start
            and words[j - 1].text.endswith(("’", "'"))
            and words[j - 1].end == w.start
            and w.text.isalpha()
            and len(w.text) <= 3
        ):
            j += 1
            continue
        # Initials (A. Montebourg) and particles inside a name (Jean-Marie Le Pen, Ursula von der Leyen).
        if (
            w.text == "."
            and j > start
            and len(view.words[j - 1].text) == 1
            and view.words[j - 1].end == w.start
        ):
            j += 1
            continue
        if j > start and _organization_after(view, j, last):
            break  # « Boubacar S. de la Sécurité municipale »: his service, not his surname
        if (
            j > start
            and w.text.lower() in NAME_PARTICLES
            and j + 1 < last
            and (
                is_name_word(view, j + 1, sentence_start=sentence_start)
                or view.words[j + 1].text.lower() in NAME_PARTICLES
                or view.words[j + 1].text in ("-", "‑")
            )
            and (
                w.text[:1].isupper()
                or view.words[j + 1].text[:1].isupper()
                # « Pieter van der Meulen », « Omar al-Khatib »: particles, then the capitalized name
                or _particles_then_name(view, j, last, sentence_start=sentence_start)
            )
        ):
            j += 1
            continue
        if (
            w.text == "-"
            and j > start
            and j + 1 < last
            and is_capitalized(view, j + 1)
            and w.start == view.words[j - 1].end
        ):
            j += 1  # High-Flyer split by the tokenizer
            continue
        if (
            w.text == "-"
            and j > start
            and j + 1 < last
            and w.start == words[j - 1].end
            and words[j + 1].start == w.end
            and words[j + 1].text.isalpha()
            and view.entity_of[j + 1] != -1
            and view.entity_of[j + 1] == view.entity_of[j - 1]
        ):
            j += 2  # « Jean Lambert-wild »: a surname's second part in lower case, inside the person's entity
            continue
        if (
            j > start
            and w.text[:1].isupper()
            and w.text.lower() in NAME_PARTICLES
            and view.words[j - 1].text.lower() in NAME_PARTICLES
            and view.words[j - 1].text[:1].isupper()
        ):
            j += 1  # « Annie Le Du », « Paul Le Bris de La Salle »: a capitalized particle is the surname
        break
    return j if j > start else i


def with_titled_people(doc: ParsedDoc) -> ParsedDoc:
    """The parse with every name written after a title known as a person's.

    The recognizer misses names a title announces (« la plaidoirie de Me Rouiller », « celle de
    maître Besnier », « selon M. Diallo ») or calls them a thing (« Maître Rouiller » as MISC): the
    title says a person is named. A person's entity found by the recognizer is left as it is.
    """
    words = doc.words
    entity_at = [-1] * len(words)
    for n, entity in enumerate(doc.entities):
        for i in range(entity.first, entity.last):
            entity_at[i] = n
    added: list[Entity] = []
    dropped: set[int] = set()
    initials = _title_initials()
    for k in range(len(words) - 1):
        if words[k].text[:1] not in initials or not is_title(words[k].text):
            continue
        if k > 0 and words[k - 1].text in ("«", "“", '"', "‘", "'"):
            continue  # « surnommé le « docteur Miracle » »: a nickname in marks, not a titled name
        if k > 0 and words[k - 1].sent == words[k].sent and words[k - 1].text[:1].isupper() and (
            len(words[k].text.rstrip(".")) == 1
        ):
            continue  # « Paul M. Mardi, … »: an initial after a first name, not « Monsieur »
        end = k + 1
        while end < len(words) and end - k <= 4 and _surname_word(words[end], words[k]):
            end += 1
        if end == k + 1:
            continue
        inside = {entity_at[i] for i in range(k, end)} - {-1}
        if any(doc.entities[n].label == "PER" for n in inside):
            continue
        if any(doc.entities[n].first < k or doc.entities[n].last > end for n in inside):
            continue  # « Me Rouiller du cabinet Lex Avocats » read as one organization: left alone
        dropped |= inside
        added.append(Entity("PER", Span(words[k].start, words[end - 1].end), k, end))
    for n, entity in enumerate(doc.entities):
        if _first_name_as_subject(doc, entity):
            # « près de Champigny-sur-Marne, Fatma est venue … »: a known first name alone, the bare
            # subject of a verb, is a person whatever place the recognizer took it for.
            dropped.add(n)
            added.append(Entity("PER", entity.span, entity.first, entity.last))
    if not added:
        return doc
    kept = [e for n, e in enumerate(doc.entities) if n not in dropped]
    entities = tuple(sorted([*kept, *added], key=lambda e: e.first))
    return replace(doc, entities=entities)


def _first_name_as_subject(doc: ParsedDoc, entity: Entity) -> bool:
    words = doc.words
    if entity.label != "LOC" or entity.last - entity.first != 1 or entity.first == 0:
        return False
    w, before = words[entity.first], words[entity.first - 1]
    if not w.deprel.startswith("nsubj") or before.upos in ("ADP", "DET"):
        return False
    return first_name_gender(w.text) is not None


@cache
def _title_initials() -> frozenset[str]:
    """The first letters of the titles, in both cases (a cheap test before the full one)."""
    return frozenset(c for title in titles() for c in (title[:1].lower(), title[:1].upper()))


def _surname_word(word: Word, title: Word) -> bool:
    """A capitalized word that may be part of a name written after a title, in its sentence."""
    text = word.text
    return (
        word.sent == title.sent
        and text[:1].isupper()
        and text.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and text.lower() not in FUNCTION_WORDS
        and text.lower() not in person_nouns()
        and not is_title(text)
    )
