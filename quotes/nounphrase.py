"""Noun phrases that name speakers: « l’un des partenaires commerciaux de Liang ».

A small chunker over part-of-speech tags, run forward from the first word of a phrase.
The parser tells where a subject starts; this grammar says where it ends, because
parsers attach the tail of a speaker's description (« à Pékin », « , le porte-parole
du parti ») in many different ways. A phrase stops before a relative clause, a verb,
a quote mark or strong punctuation; it keeps « de »-complements, « en »-fields, places
(« à Pékin »), a name after a role (« le ministre Manuel Valls ») and one apposition
between commas.
"""

from __future__ import annotations

from dataclasses import dataclass

from .docview import DocView
from .lexicon import demonyms, is_person_word, media_nouns, organization_nouns, person_nouns, word_set
from .nameruns import is_capitalized, is_name_word, name_run
from .names import first_name_gender
from .phrasewords import (
    A_WORDS,
    COMPLEMENT_STARTS,
    DE_WORDS,
    DETERMINER_WORDS,
    DOTTED_ABBREVIATION,
    MANNER_NOUNS,
    NOT_PORTFOLIOS,
    PLACE_DEMONYMS,
    QUANTIFIER_PRONOUNS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    TITLE_ARTICLES,
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase: words ``[first, last)``, its head, its name and its role (word ranges)."""

    first: int
    last: int
    head: int
    name: tuple[int, int] | None = None
    role: tuple[int, int] | None = None
    plural: bool = False


def _lower(view: DocView, i: int) -> str:
    return view.words[i].text.lower()


def _phrase_at(
    view: DocView,
    i: int,
    last: int,
    *,
    appositions: bool = True,
    coordination: bool = False,
    depth: int = 0,
    nested: bool = False,
) -> Phrase | None:
    """The noun phrase starting at word ``i`` (see ``phrase_at``)."""
    words = view.words
    s_first, _ = view.reporter_sentence(i) if words else (0, 0)
    j = i
    if j >= last:
        return None
    # Determiners and quantifiers.
    while j < last:
        low = _lower(view, j)
        if low in ("l'", "l’"):
            j += 1
            continue
        if low in QUANTIFIER_PRONOUNS and j + 1 < last and _lower(view, j + 1) in DE_WORDS:
            break  # « l’un des partenaires »: handled below
        if (words[j].upos in ("DET", "NUM") or low in DETERMINER_WORDS) and words[j].upos != "PRON":
            j += 1
            continue
        break
    # Inside a de-complement, a bare noun (« de fonds spéculatifs ») leaves a person's name after it to
    # the outer phrase; a determined one (« de la ministre Claire Vasseur ») keeps it.
    nested = nested and j == i
    head = None
    name = None
    role_start = j
    # « l’un des partenaires », « certains des élus », « deux des fondateurs »
    if (
        j < last
        and _lower(view, j) in QUANTIFIER_PRONOUNS
        and j + 1 < last
        and _lower(view, j + 1) in DE_WORDS
    ):
        among = j + 4
        if among + 1 < last and words[among].text == "," and _lower(view, j + 2) == "entre":
            among += 1  # « l’un d’entre eux, Aimé T., … »
        if (
            among < last
            and _lower(view, j + 2) == "entre"
            and _lower(view, j + 3) in ("eux", "elles", "nous", "vous")
            and is_name_word(view, among, sentence_start=s_first)
        ):
            # « l’un d’entre eux Norbert D., chargé de la communication »: the one is named right after
            end = name_run(view, among, last, sentence_start=s_first)
            if end > among:
                named = Phrase(i, end, among, (among, end), (role_start, among), False)
                return _extend(
                    view, named, last, appositions=appositions, coordination=coordination, depth=depth
                )
        among_them = 3 if _lower(view, j + 2) == "entre" else 2
        if j + among_them < last and _lower(view, j + among_them) in ("eux", "elles", "nous", "vous"):
            # « l’un d’entre eux », « l’une d’elles »: one of the people just named, read whole
            one_of = Phrase(i, j + among_them + 1, j, None, None, _lower(view, j) not in ("un", "une"))
            if one_of.last < last and words[one_of.last].text == ",":  # « l’un d’eux, Bernard, retraité »
                return _extend(view, one_of, last, appositions=appositions, coordination=False, depth=depth)
            return one_of
        inner = phrase_at(view, j + 2, last, appositions=False, depth=depth + 1)
        if inner is not None:
            return _extend(
                view,
                Phrase(i, inner.last, j, inner.name, None, _lower(view, j) not in ("un", "une")),
                last,
                appositions=appositions,
                coordination=coordination,
                depth=depth,
            )
    # Adjectives before the noun (ancien, ex-, nouveau, seul, haut).
    while (
        j < last
        and words[j].upos == "ADJ"
        and (not is_capitalized(view, j) or words[j].text.lower() in ("premier", "première"))
        and j + 1 < last
        and words[j + 1].upos in ("NOUN", "ADJ", "PROPN")
    ):
        j += 1
    if (
        j + 1 < last
        and words[j].text.lower() in demonyms()
        and words[j].text[:1].isupper()
        and is_name_word(view, j + 1, sentence_start=s_first)
    ):
        # « le Britannique Owen Pritchard »: the nationality describes the person; the name follows.
        end = name_run(view, j + 1, last, sentence_start=s_first)
        if end > j + 1:
            phrase = Phrase(i, end, j + 1, (j + 1, end), (role_start, j + 1), _is_plural(view, j))
            return _extend(
                view,
                phrase,
                last,
                appositions=appositions,
                coordination=coordination,
                depth=depth,
                nested=nested,
            )
    end = name_run(view, j, last, sentence_start=s_first)
    if (
        end == j + 1
        and words[j].text.lower() in demonyms()
        and not (words[j].text.lower() in PLACE_DEMONYMS and j > i and _lower(view, j - 1) == "la")
    ):
        end = j  # « le Suisse, troisième de l’étape »: a description, not a name
    if end == j + 1 and words[j].lemma.lower() in organization_nouns() and words[j].text[:1].isupper():
        # « l’Union des commerçants indépendants », « la Fédération régionale des transporteurs »:
        # the organization's name goes on in lower case.
        end = _organization_name_end(view, j + 1, last)
    if end > j:
        head, name = j, (j, end)
        j = end
    elif (j < last and words[j].upos in ("NOUN", "PROPN", "X")) or (
        j < last and words[j].upos == "ADJ" and j > i
    ):
        head = j
        j += 1
    elif (
        j < last
        and j > i
        and words[j].upos in ("VERB", "ADJ")
        and words[j].text.islower()
        and not (j + 1 < last and words[j + 1].upos in ("NOUN", "PROPN"))
    ):
        head = j  # « l’associé de X », « les blessés », « un proche »: a participle or adjective as a noun
        j += 1
    elif (
        j < last
        and words[j].upos in ("VERB", "ADJ")
        and words[j].text.islower()
        and is_person_word(words[j].text, words[j].lemma)
    ):
        head = j  # « X, consultante en fiscalité », « X, délégué CGT »: a role the tagger misread
        j += 1
    elif j < last and words[j].upos == "PRON" and j == i and _lower(view, j) in SUBJECT_PRONOUNS:
        return Phrase(i, j + 1, j)
    elif j < last and words[j].upos == "PRON" and _lower(view, j) in QUANTIFIER_PRONOUNS:
        head = j
        j += 1
    if head is None:
        return None
    phrase = Phrase(
        i, j, head, name, (role_start, head) if name and head > role_start else None, _is_plural(view, head)
    )
    return _extend(
        view, phrase, last, appositions=appositions, coordination=coordination, depth=depth, nested=nested
    )


def phrase_at(
    view: DocView,
    i: int,
    last: int,
    *,
    appositions: bool = True,
    coordination: bool = False,
    depth: int = 0,
    nested: bool = False,
) -> Phrase | None:
    """The noun phrase starting at word ``i`` and ending before ``last`` at the latest."""
    phrase = _phrase_at(
        view, i, last, appositions=appositions, coordination=coordination, depth=depth, nested=nested
    )
    if phrase is None or depth > 0:
        return phrase
    if phrase.name is None:
        phrase = _name_after_a_bare_noun(view, phrase, last) or _name_at_the_end(view, phrase)
    return _place_before_the_name(view, phrase) if phrase.name is not None else phrase


def _name_after_a_bare_noun(view: DocView, phrase: Phrase, last: int) -> Phrase | None:
    """« le responsable communication Marc D. », « la directrice marketing Anne R. »: a role, a
    noun or two with no article, then a person's name; the phrase stopped at the role."""
    words = view.words
    head = phrase.head
    if phrase.last != head + 1 or not is_person_word(words[head].text, words[head].lemma):
        return None
    k = head + 1
    while k < min(last, head + 3) and words[k].upos == "NOUN" and words[k].text.islower():
        if words[k].text in word_set("time_nouns.txt"):
            return None  # « le ministre samedi de passage à Lyon »: when, not who
        k += 1
    if k == head + 1 or k + 1 >= last:
        return None
    if words[k].text.lower() in DE_WORDS:
        # « le responsable communication de la mairie »: the bare noun and its complement are the role's
        inner = phrase_at(view, k + 1, last, appositions=False, depth=1)
        if inner is None or inner.first != k + 1:
            return None
        return Phrase(phrase.first, inner.last, head, None, None, phrase.plural)
    if first_name_gender(words[k].text) is None and view.entity_label(k) != "PER":
        return None
    s_first, _ = view.reporter_sentence(head)
    end = k
    while end < last and is_name_word(view, end, sentence_start=s_first) and not view.in_quote(end):
        end += 1
    if end - k < 2:
        return None
    return Phrase(phrase.first, end, k, (k, end), (phrase.first, k), phrase.plural)


def _place_before_the_name(view: DocView, phrase: Phrase) -> Phrase:
    """« la procureure de la République de Quimper Camille Ruaud »: a place ends the role and a
    known first name opens the name, though the tagger made one name of them."""
    words = view.words
    assert phrase.name is not None
    start, end = phrase.name
    if end - start < 3 or start == 0 or words[start - 1].text.lower() not in ("de", "d'", "d’"):
        return phrase
    for k in range(start + 1, end - 1):
        if first_name_gender(words[k].text) is not None and first_name_gender(words[start].text) is None:
            return Phrase(phrase.first, phrase.last, k, (k, end), (phrase.first, k), phrase.plural)
    return phrase


def _name_at_the_end(view: DocView, phrase: Phrase) -> Phrase:
    """« l’attaquant du Stade quimpérois Moussa Diarra »: a person's name that ends a description
    of a person names the whole phrase, whatever complement came before it."""
    words = view.words
    if not is_person_word(words[phrase.head].text, words[phrase.head].lemma):
        return phrase
    end = phrase.last
    while end > phrase.first and words[end - 1].upos == "PUNCT":
        end -= 1
    start = end
    s_first, _ = view.reporter_sentence(phrase.first)
    while start - 1 > phrase.head and is_name_word(view, start - 1, sentence_start=s_first):
        start -= 1
    # « … de la République de Quimper Camille R. »: a place before a known first name ends the role.
    glued = next(
        (k for k in range(start + 1, end - 1) if first_name_gender(words[k].text) is not None), None
    )
    if glued is not None and first_name_gender(words[start].text) is None:
        start = glued
    before = words[start - 1]
    if end - start < 2 or before.text in (",",):
        return phrase
    if glued is None and before.text.lower() in DE_WORDS:
        return phrase  # « un conseiller d’Andrej K. »: the person named is another one
    if before.lemma.lower() in organization_nouns():
        return phrase  # « les analystes du groupe Crédit Mutuel »: the organization's name
    if view.entity_label(start) != "PER" and first_name_gender(words[start].text) is None:
        return phrase
    nouns = [k for k in range(phrase.head + 1, start) if words[k].upos in ("NOUN", "PROPN")]
    if nouns and is_person_word(words[nouns[-1]].text, words[nouns[-1]].lemma):
        return phrase  # « un conseiller de la ministre Claire V. »: the name is the minister's
    return Phrase(phrase.first, phrase.last, start, (start, end), (phrase.first, start), phrase.plural)


def is_acronym(text: str) -> bool:
    """« CGT », « LR », « É.-U. »: two letters or more, all capitals (not an initial: « J. »)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _organization_name_end(view: DocView, j: int, last: int) -> int:
    """End of an organization's name after its capitalized noun: adjectives and de-complements."""
    words = view.words
    while j < last and not view.in_quote(j):
        w = words[j]
        if w.upos == "ADJ" or (w.upos == "PROPN"):
            j += 1
        elif (
            w.text.lower() in DE_WORDS | {"pour", "en", "contre", "sur"}
            and j + 1 < last
            and words[j + 1].upos in ("NOUN", "PROPN", "DET", "ADJ")
        ):
            # « l’Organisation pour la démocratie en Europe orientale », « Union contre la faim »
            k = j + 1
            if words[k].upos == "DET":
                k += 1
            while k < last and words[k].upos in ("NOUN", "PROPN", "ADJ") and not view.in_quote(k):
                k += 1
            if k == j + 1:
                break
            j = k
        else:
            break
    return j


def _lone_first_name(view: DocView, k: int, head: int) -> bool:
    """Word ``k``, alone in apposition to a description of a person, is a known first name.

    The tagger and the entity recognizer often miss a lone first name (« Rosa » as a noun, a place);
    the first-name list of the optional ``gender-guesser`` package decides (without it, never).
    """
    w = view.words[k]
    low = w.text.lower()
    return (
        w.text[:1].isupper()
        and w.text[1:].islower()
        and len(w.text) >= 3
        and view.words[head].lemma.lower() in person_nouns()
        and not (low in person_nouns() or low in organization_nouns() or low in demonyms())
        and not (w.lemma.lower() in person_nouns() or w.lemma.lower() in organization_nouns())
        and _known_first_name(w.text)
    )


def _known_first_name(text: str) -> bool:
    return first_name_gender(text) is not None


def _is_age(view: DocView, phrase: Phrase) -> bool:
    """« 63 ans », « 52 ans »: an age in apposition."""
    words = view.words[phrase.first : phrase.last]
    return len(words) == 2 and words[0].text.isdigit() and words[1].text.lower() in ("ans", "an")


def _common_noun(view: DocView, k: int) -> bool:
    """A common noun, also when the tagger took a lower-case role for a name (« l’astrophysicienne »)."""
    w = view.words[k]
    return w.upos == "NOUN" or (w.upos == "PROPN" and w.text.islower())


def _is_plural(view: DocView, head: int) -> bool:
    w = view.words[head]
    if w.feat("Number") == "Plur":
        return True
    return w.text.lower() in ("certains", "certaines", "plusieurs")


def _extend(
    view: DocView,
    phrase: Phrase,
    last: int,
    *,
    appositions: bool,
    coordination: bool,
    depth: int,
    nested: bool = False,
) -> Phrase:
    """Post-modifiers: complements, adjectives, a name after a role, places, one apposition."""
    words = view.words
    first, j, head, name, role = phrase.first, phrase.last, phrase.head, phrase.name, phrase.role
    plural = False
    s_first, _ = view.reporter_sentence(first)
    while j < last:
        w = words[j]
        low = w.text.lower()
        if view.in_quote(j) and not view.in_quote(head):
            break
        if low in STOP_WORDS:
            break
        if low in ("-", "‑") and j + 1 < last and words[j - 1].end == w.start and words[j + 1].start == w.end:
            j += 2  # « le Président-candidat » cut in three by the tokenizer
            continue
        if low == "." and words[j - 1].end == w.start and DOTTED_ABBREVIATION.fullmatch(words[j - 1].text):
            j += 1  # « le bourgmestre f.f. Éric D. »: the abbreviation's last full stop
            continue
        if (
            (w.upos in ("ADJ",) and not is_capitalized(view, j))
            or (
                # « l’adjoint chargé de l’urbanisme », « basée à San Francisco »: a participle describing it
                # (not « citant », which opens the relay of whom it cites: « des médias citant la police »)
                w.upos == "VERB"
                and w.feat("VerbForm") == "Part"
                and words[j - 1].upos in ("NOUN", "ADJ")
                and low != "citant"
            )
            or (
                w.upos == "X"
                and w.text.islower()
                and len(w.text) > 2
                and low not in word_set("clitic_pronouns.txt")
            )
            # « le commissaire enquêteur », « un médecin urgentiste »: two role nouns make one role
            or (
                w.upos == "NOUN"
                and w.text.islower()
                and j == head + 1
                and words[head].upos == "NOUN"
                and w.lemma.lower() in person_nouns()
            )
            # « l’entraîneur montrevalois »: a lower-case word the tagger took for a name
            or (
                w.upos in ("PROPN", "NUM")
                and w.text.isalpha()
                and w.text.islower()
                and words[j - 1].upos in ("NOUN", "ADJ")
            )
            or (
                # « des salariés licenciés »: a participle the tagger took for a noun
                w.upos in ("NOUN", "VERB")
                and w.text.islower()
                and low.endswith(("é", "ée", "és", "ées"))
                and words[j - 1].upos in ("NOUN", "ADJ")
            )
            or (
                # « une société LLM rivale »: an adjective the tagger took for a noun, ending the phrase
                w.upos == "NOUN"
                and w.text.islower()
                and words[j - 1].upos == "PROPN"
                and (j + 1 >= last or words[j + 1].upos == "PUNCT")
                and low not in word_set("time_nouns.txt")  # « le préfet Benoît B. lundi »
            )
        ):
            j += 1
            continue
        if name is None and _common_noun(view, head) and not (nested and view.entity_label(j) == "PER"):
            # « le gestionnaire de fonds spéculatifs Liang Wenfeng »: a person's name right after a
            # description inside a complement names the whole phrase, so the outer level takes it;
            # « du groupe UMP » keeps its organization's name.
            end = name_run(view, j, last, sentence_start=s_first)
            if (
                end == j
                and low in TITLE_ARTICLES
                and w.text[:1].isupper()
                and words[head].lemma.lower() in media_nouns()
            ):
                # « le quotidien régional L’Écho des Charentes »: a title opens with its own article.
                after = name_run(view, j + 1, last, sentence_start=s_first)
                end = after if after > j + 1 else j
            if end == j + 1 and is_acronym(words[j].text) and words[head].lemma.lower() in person_nouns():
                j = end  # « un conseiller régional URR »: the party he belongs to, not his name
                continue
            if end > j + 1 and is_acronym(words[j].text) and words[head].lemma.lower() in person_nouns():
                j += 1  # « le délégué CGT Patrick Lemoigne »: the union is part of the role
                continue
            if end > j:
                role = (first, j)
                name = (j, end)
                head = j
                j = end
                continue
        if low == "(" and j + 2 < last:
            # « le chef de file de l’opposition (PDT) »: a parenthesis of a few words belongs to the phrase.
            close = next((m for m in range(j + 1, min(last, j + 7)) if words[m].text == ")"), None)
            if close is not None and not any(view.in_quote(m) for m in range(j, close)):
                j = close + 1
                continue
            break
        manner = j + 2 < last and _lower(view, j + 1) in ("une", "un") and _lower(view, j + 2) in MANNER_NOUNS
        if low in DE_WORDS and manner:
            break  # « l’accusé d’une voix blanche »: how they spoke, not who they are
        if low in DE_WORDS and depth < 3 and j + 1 < last:
            # « des époux Guilbaud »: « des », « du » hold a determiner, so the name stays inside.
            inner = phrase_at(
                view, j + 1, last, appositions=False, depth=depth + 1, nested=low in ("de", "d'", "d’")
            )
            if inner is not None and inner.first == j + 1:
                j = inner.last
                continue
            break
        if nested and name is None and _common_noun(view, head) and view.entity_label(j) == "PER":
            break  # leave the person's name to the outer phrase
        if low == "en" and j + 1 < last and words[j + 1].upos in ("NOUN", "PROPN"):
            j += 2
            continue
        if (
            low in A_WORDS
            and depth < 3
            and j + 1 < last
            and (words[j - 1].upos == "ADJ" or words[j - 1].feat("VerbForm") == "Part")
            and view.in_quote(j + 1) == view.in_quote(head)
        ):
            # « un diplomate présent au dîner de mardi », « un élu opposé au projet »: the adjective's
            # complement belongs to the description.
            inner = phrase_at(view, j + 1, last, appositions=False, depth=depth + 1, nested=True)
            if inner is not None and inner.first == j + 1 and _common_noun(view, inner.head):
                j = inner.last
                continue
        if low in A_WORDS | {"chez"} and j + 1 < last:
            k = j + 1
            if _lower(view, k) in ("l'", "l’", "la", "le", "les") and k + 1 < last:
                k += 1
            if is_capitalized(view, k) and words[k].upos in ("PROPN", "NOUN", "X"):
                end = name_run(view, k, last, sentence_start=s_first)
                if end <= k + 1 and words[k].lemma.lower() in organization_nouns():
                    # « au Centre européen de recherche sur les matériaux »: the name goes on in lower case
                    end = _organization_name_end(view, k + 1, last)
                j = max(end, k + 1)
                # « l’Université de Californie à Berkeley »
                continue
            if words[k].lemma.lower() in organization_nouns() and (
                k > j + 1 or (k + 1 < last and is_capitalized(view, k + 1))
            ):
                # « hydrologue à l’université de Valbrune », « conseiller au ministère de la Santé »
                j = k + 1
                if j < last and is_capitalized(view, j) and view.in_quote(j) == view.in_quote(head):
                    # « au laboratoire Écosystèmes côtiers de l’université de … »: the name after the noun
                    end = name_run(view, j, last, sentence_start=s_first)
                    j = _organization_name_end(view, max(end, j + 1), last)
                continue
            if (
                words[k].upos == "NOUN"
                and words[k].text.islower()
                and words[k].lemma.lower() not in NOT_PORTFOLIOS
                and is_person_word(words[head].text, words[head].lemma)
                and view.in_quote(k) == view.in_quote(head)  # (an incise inside the marks is quoted too)
            ):
                j = k + 1  # « l’adjoint à l’urbanisme », « la déléguée aux sports »: the portfolio
                continue
            break
        if (
            low == "et"
            and name is None
            and j + 1 < last
            and words[j + 1].text.islower()
            and words[j + 1].upos in ("NOUN", "ADJ")
            and is_person_word(words[j + 1].text, words[j + 1].lemma)
            and is_person_word(words[head].text, words[head].lemma)
            and words[head].feat("Number") != "Plur"
        ):
            j += 2  # « le directeur et programmateur de Festi’Neuch Antonin R. »: two roles, one person
            continue
        if low == "et" and appositions and name is None and _role_runs_to_a_name(view, head, j, last):
            # « la responsable de l’Alliance du personnel professionnel et technique de la santé et
            # des services sociaux, Lynn Brie, »: an organization's name joined by « et » runs on to
            # the name in apposition.
            j = next(m for m in range(j, last) if words[m].text == ",")
            continue
        if low == "," and appositions and j + 1 < last:
            appos = _apposition(view, j + 1, last, depth=depth)
            if appos is None and name is None and first == s_first:
                appos = _name_before_the_verb(view, head, j + 1, last)
            if (
                appos is not None
                and name is None
                and appos.name is None
                and appos.last == appos.first + 1
                and _lone_first_name(view, appos.first, head)
            ):
                # « une habitante de Chivay, Rosa, 46 ans »: a capitalized word the tagger took for a
                # noun, after a description of a person, is her name.
                appos = Phrase(appos.first, appos.last, appos.first, (appos.first, appos.last), None, False)
            if appos is not None and _is_age(view, appos):
                j = (
                    appos.last
                )  # « Gérard Pellissier, 63 ans, ancien notaire »: the age leaves room for a role
                continue
            if appos is not None:
                if name is None and appos.name is not None:
                    # « la veuve de l'ancien président, Souha Arafat », « Le commandant de la brigade, le
                    # capitaine Loïc Hervieux »: the name is in the apposition.
                    role = (first, j) if appos.first == appos.name[0] else (first, appos.name[0])
                    name = appos.name
                elif name is not None and role is None:
                    role = (appos.first, appos.last)
                j = appos.last
                appositions = False
                continue
            break
        if low == "et" and coordination and j + 1 < last:
            other = phrase_at(view, j + 1, last, appositions=False, depth=depth + 1)
            if other is not None:
                # « Odile et Rémi Fauchard », « les chercheurs Aline Roux et Karim Bensaïd »: a counted,
                # named group keeps its role; an apposition may follow (« , de l’université de X »).
                name = (name[0], other.last) if name is not None and other.name is not None else None
                j = other.last
                plural = True
                coordination = False
                continue
            break
        break
    return Phrase(first, j, head, name, role, phrase.plural or plural)


def _role_runs_to_a_name(view: DocView, head: int, j: int, last: int) -> bool:
    """From « et » at ``j``, words of an organization's name only (no person noun, no verb) up to a
    comma that a person's name follows, after a role."""
    words = view.words
    if not (_common_noun(view, head) and is_person_word(words[head].text, words[head].lemma)):
        return False
    if j + 2 < last and words[j + 1].upos == "DET" and is_person_word(words[j + 2].text, words[j + 2].lemma):
        return False  # « le maire et son adjoint, Jean D. »: two people (not « parents et amis de … »)
    for m in range(j + 1, min(last, j + 14)):
        w = words[m]
        if w.text == ",":
            return m > j + 1 and m + 1 < last and view.entity_label(m + 1) == "PER"
        nominal = w.upos in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM") or w.text == "et"
        if view.in_quote(m) or not nominal:
            return False
    return False


def _apposition(view: DocView, i: int, last: int, *, depth: int) -> Phrase | None:
    """A noun phrase between commas (or before the end of the sentence) describing the one before."""
    words = view.words
    if (
        _lower(view, i) in ("de", "d'", "d’", "du")
        and i + 1 < last
        and words[i + 1].upos in ("DET", "NOUN", "PROPN")
    ):
        # « Karim Bensaïd, de l’université de Valbrune »: an affiliation in apposition.
        inner = phrase_at(view, i + 1, last, appositions=False, depth=depth + 1)
        if inner is None:
            return None
        k = inner.last
        if k >= last or words[k].text in (",", ".", ";", ":", "!", "?", ")"):
            return Phrase(i, k, inner.head, None, None, inner.plural)
        return None
    if (
        words[i].upos not in ("DET", "NOUN", "PROPN", "ADJ", "X", "NUM")
        and _lower(view, i) not in DETERMINER_WORDS
        and not (words[i].text.islower() and is_person_word(words[i].text, words[i].lemma))
    ):
        return None
    if _lower(view, i) in STOP_WORDS:
        return None
    appos = phrase_at(view, i, last, appositions=False, depth=depth + 1)
    if appos is None:
        return None
    if words[appos.head].lemma.lower() in TIME_NOUNS:
        return None  # « annonce la maire, le lendemain de l’altercation »: when, not who
    k = appos.last
    # Before a verb or the sentence's end, the apposition runs to it: « X, le candidat … à l'élection ».
    while last > k and words[last - 1].upos == "PUNCT" and words[last - 1].text in (".", "!", "?", "…"):
        last -= 1
    if (
        k < last
        and all(
            # (« rapporteure du budget et membre de la majorité »: two roles joined by « et »)
            (words[m].upos in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM") or words[m].text == "et")
            and not view.in_quote(m)
            for m in range(k, last)
        )
        and last - k <= 8
    ):
        return Phrase(appos.first, last, appos.head, appos.name, appos.role, appos.plural)
    # « X, agriculteur et conseiller municipal d’opposition, au président … »: two roles joined by
    # « et », then the comma that closes the apposition.
    stop = next((m for m in range(k, min(last, k + 9)) if words[m].text in (",", ";", ":", ")")), None)
    if (
        stop is not None
        and words[k].text == "et"
        and appos.name is None
        and k + 1 < stop
        and words[k + 1].text.islower()
        and all(
            (words[m].upos in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM") or words[m].text == "et")
            and not view.in_quote(m)
            for m in range(k, stop)
        )
    ):
        return Phrase(appos.first, stop, appos.head, appos.name, appos.role, appos.plural)
    # The apposition must be closed: a comma, the end of the sentence or of the window.
    if (
        k >= last
        or words[k].text in (",", ".", ";", ":", "!", "?", ")", "»", "”")
        or words[k].text in ("-", "–", "—")
    ):
        return appos
    # « X, porte-parole du parquet fédéral lors d’une conférence de presse »: a person's role, then a
    # complement of the verb (when, where, to whom).
    head = words[appos.head]
    if _lower(view, k) in COMPLEMENT_STARTS and is_person_word(head.text, head.lemma):
        return appos
    if is_person_word(head.text, head.lemma) and _verb_follows(view, k, last):
        # « Isabelle A., la conservatrice du musée n’en revient pas »: the name opens the sentence
        # and the writer left out the comma that closes its apposition, before the verb.
        s_first = view.reporter_sentence(i)[0]
        if i - 1 > s_first and all(words[m].upos == "PROPN" for m in range(s_first, i - 1)):
            return appos
    return None


def _name_before_the_verb(view: DocView, head: int, k: int, last: int) -> Phrase | None:
    """« Le président de la commission du renseignement, Mike Rogers a pointé … »: a role opening
    the sentence, then a person's name whose closing comma the writer left out before the verb."""
    words = view.words
    if not is_person_word(words[head].text, words[head].lemma) or view.entity_label(k) != "PER":
        return None
    end = k
    while end < last and view.entity_label(end) == "PER" and view.entity_of[end] == view.entity_of[k]:
        end += 1
    if end == k + 1 and first_name_gender(words[k].text) is not None:
        return None  # a first name alone
    return Phrase(k, end, k, (k, end), None, False) if _verb_follows(view, end, last) else None


def _verb_follows(view: DocView, k: int, last: int) -> bool:
    """Word ``k`` opens a finite verb group: the verb, or « ne », « n’en », « l’a » before it."""
    words = view.words
    while k < last and words[k].text.lower() in ("ne", "n'", "n’", "en", "y", "l'", "l’", "se", "s'", "s’"):
        k += 1
    return k < last and words[k].upos in ("VERB", "AUX") and words[k].feat("VerbForm") == "Fin"


def subject_pronoun(view: DocView, i: int) -> bool:
    """True for a personal subject pronoun, inverted ones included (-t-il, -elle)."""
    return view.words[i].text.lower().lstrip("-").removeprefix("t-") in SUBJECT_PRONOUNS
