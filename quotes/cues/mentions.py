"""Mentions: a noun phrase, a pronoun or a demonstrative as the ``Mention`` of a speaker.

``mention_for`` widens a subject's head word to its whole phrase (the determiner, the first
name, the pieces of a surname the tokenizer cut, the name before an apposition);
``phrase_mention`` reads a phrase's name, role, gender and number; ``pronoun_mention`` and
``demonstrative_at`` make mentions of « il », « celle-ci », « ce dernier », « le second »,
which the sources stage resolves. ``is_person_like`` says whether a mention can speak.
"""

from __future__ import annotations

from ..candidates import ELLIPTICAL_PEOPLE
from ..docview import DocView
from ..lexicon import is_person_word, media_nouns, organization_nouns, person_nouns, titles
from ..model import Gender, Mention, MentionKind, Number, Span
from ..nounphrase import SUBJECT_PRONOUNS, Phrase, phrase_at


def mention_for(
    view: DocView, head: int, *, limit: int | None = None
) -> tuple[Mention | None, Phrase | None]:
    """The mention (whole noun phrase) headed by word ``head``."""
    words = view.words
    low = words[head].text.lower()
    demonstrative = demonstrative_at(view, head)
    if demonstrative is None and head > 0 and (low in ORDINAL_ANAPHORS or low.startswith("derni")):
        demonstrative = demonstrative_at(view, head - 1)  # « le second », « ce dernier » by their adjective
    if demonstrative is not None:
        return demonstrative, None
    if words[head].upos == "PRON" and (low in SUBJECT_PRONOUNS or low.lstrip("-") in SUBJECT_PRONOUNS):
        return pronoun_mention(view, head), None
    start = _phrase_start(view, head)
    while (
        start > 0
        and words[start - 1].upos == "DET"
        and not view.in_quote(start - 1)
        and view.sentence_of[start - 1] == view.sentence_of[head]
    ):
        start -= 1  # a determiner the parser hung elsewhere (« Un autre jugeait … »)
    while (
        start > 0
        and words[start].upos == "PROPN"
        and words[start - 1].upos == "PROPN"
        and words[start - 1].text[:1].isupper()
        and not view.in_quote(start - 1)
        and view.sentence_of[start - 1] == view.sentence_of[head]
    ):
        start -= 1  # a first name the parser hung elsewhere (« la voix brisée, Jordan Vaillière a … »)
    while (
        start >= 2
        and words[start - 1].text in ("-", "‑")
        and words[start - 1].start == words[start - 2].end
        and words[start - 1].end == words[start].start
    ):
        start -= 2  # « L’état-major » cut in three by the tokenizer, the subject on « major »
    start = _name_before_apposition(view, start)
    start = _surname_start(view, start, head)
    _, s_last = view.reporter_sentence(head)
    end_limit = limit if limit is not None and limit > head else s_last
    phrase = phrase_at(view, start, end_limit)
    while (phrase is None or not (phrase.first <= head < phrase.last)) and start < head:
        start += 1  # « Seuls 38 % des sondés »: the phrase reader starts at the number
        phrase = phrase_at(view, start, end_limit)
    if phrase is None or not (phrase.first <= head < phrase.last):
        phrase = phrase_at(view, head, end_limit)
    if phrase is None:
        return None, None
    if phrase.name is not None and _absolute_construction(view, phrase):
        # « la voix brisée, Kevin Morlaix a demandé pardon »: the name is the subject, the rest a manner.
        named = phrase_at(view, phrase.name[0], end_limit)
        if named is not None:
            phrase = named
    return phrase_mention(view, phrase), phrase


def _surname_start(view: DocView, start: int, head: int) -> int:
    """« Mme Le Floc’h a ajouté » with « h » as the subject: walk back over the pieces of the name
    (letters glued after an apostrophe, capitalized words, surname particles) to a title."""
    words = view.words
    k = start
    s_first, _ = view.reporter_sentence(head)
    moved = False
    while k > s_first and not view.in_quote(k - 1):
        prev, here = words[k - 1], words[k]
        glued = prev.end == here.start and prev.text.endswith(("’", "'"))
        capital = prev.text[:1].isupper() and prev.upos in ("PROPN", "DET", "ADP", "X")
        if not (glued or capital or prev.text.lower() in ("de", "d'", "d’", "van", "von", "der")):
            break
        k -= 1
        moved = moved or glued
    if moved and k > 0 and words[k - 1].text in titles():
        k -= 1
    return k if moved else start


def _absolute_construction(view: DocView, phrase: Phrase) -> bool:
    """« la voix brisée, X », « le visage fermé, X »: a thing and its state before the speaker's name."""
    words = view.words
    head = words[phrase.head]
    assert phrase.name is not None
    after = phrase.head + 1
    return (
        head.upos == "NOUN"
        and phrase.name[0] > phrase.head
        and not _is_party_noun(head.lemma.lower())
        and head.lemma.lower() not in media_nouns()
        and after + 1 < phrase.name[0]
        and (words[after].upos == "ADJ" or words[after].feat("VerbForm") == "Part")
        and words[after + 1].text == ","
    )


def _name_before_apposition(view: DocView, start: int) -> int:
    """« Jean-Luc Mélenchon, le candidat … avait appelé »: the name before the comma opens the subject."""
    words = view.words
    s_first, _ = view.reporter_sentence(start)
    if start - 2 < s_first or words[start - 1].text != ",":
        return start
    j = start - 2
    while j > s_first and (words[j - 1].upos == "PROPN" or view.entity_of[j - 1] == view.entity_of[j] != -1):
        j -= 1
    if j == s_first and (words[j].upos == "PROPN" or view.entity_label(j) == "PER"):
        return j
    # « explique Jean-Pierre A., patron de la STIB, qui souligne … »: a role in apposition to a name
    # inside the sentence stands for the named person.
    if (
        view.entity_label(j) == "PER"
        and is_person_word(words[start].text, words[start].lemma)
        and not view.in_quote(j)
    ):
        return j
    return start


def _phrase_start(view: DocView, head: int) -> int:
    """Leftmost word of the head's phrase: its determiners, adjectives, titles and name before it."""
    words = view.words
    start = head
    for child in view.children[head]:
        if (
            child < start
            and words[child].deprel
            in ("det", "amod", "nummod", "flat:name", "compound", "nmod", "case", "flat", "appos")
            and not view.in_quote(child)
            and view.sentence_of[child] == view.sentence_of[head]
        ):
            if words[child].deprel == "case" or (words[child].deprel == "nmod" and child < head - 6):
                continue
            if words[child].deprel == "nmod" and _fronted_complement(view, child, head):
                continue  # « Dans un communiqué, la préfecture indique … »: not part of the subject
            start = min(start, view.subtree_range(child)[0] if words[child].deprel != "det" else child)
    # Never start inside a preposition: « de », « à » before the phrase belong outside it.
    while start < head and words[start].upos in ("ADP", "PUNCT", "CCONJ"):
        start += 1
    return start


def _fronted_complement(view: DocView, child: int, head: int) -> bool:
    """A complement with its own preposition, set off by a comma before the head (« Dans un
    communiqué, la préfecture … »): the parser hung it on the noun, the sentence on the verb."""
    words = view.words
    has_case = any(words[c].deprel == "case" and c < child for c in view.children[child])
    end = view.subtree_range(child)[1]
    return has_case and any(words[m].text == "," for m in range(end, head))


DEMONSTRATIVES = {
    "celui": ("m", "sing"),
    "celle": ("f", "sing"),
    "ceux": ("m", "plur"),
    "celles": ("f", "plur"),
}


ORDINAL_ANAPHORS = {"premier", "première", "second", "seconde", "deuxième"}


def demonstrative_at(view: DocView, i: int) -> Mention | None:
    """« Celle-ci », « ce dernier », « le premier », « le second »: mentions that work as pronouns."""
    words = view.words
    low = words[i].text.lower()
    base = low.split("-")[0]
    end = i + 1
    if base in DEMONSTRATIVES:
        if "-" not in low:
            # « Celle » « - » « ci »
            if (
                end + 1 < len(words)
                and words[end].text == "-"
                and words[end + 1].text.lower() in ("ci", "là")
            ):
                end += 2
            elif end < len(words) and words[end].text.lower() in ("-ci", "-là"):
                end += 1
            else:
                return None
        gender, number = DEMONSTRATIVES[base]
    elif low in ("ce", "cette", "ces") and end < len(words) and words[end].text.lower().startswith("derni"):
        end += 1
        gender = "f" if low == "cette" or words[end - 1].text.lower().startswith("dernière") else "m"
        number = "plur" if low == "ces" else "sing"
    elif (
        low in ("le", "la")
        and end < len(words)
        and words[end].text.lower() in ORDINAL_ANAPHORS
        and (end + 1 >= len(words) or words[end + 1].upos not in ("NOUN", "PROPN", "ADJ", "NUM"))
    ):
        # « Le premier exige … ; le second refuse … »: the first or the second of two just named.
        end += 1
        gender = "f" if low == "la" else "m"
        number = "sing"
    else:
        return None
    span = Span(words[i].start, words[end - 1].end)
    return Mention(
        span,
        span.text_in(view.text),
        head=i,
        kind="pronoun",
        gender=gender,  # type: ignore[arg-type]
        number=number,  # type: ignore[arg-type]
    )


def pronoun_mention(view: DocView, i: int) -> Mention:
    """A subject pronoun as a mention (the sources stage finds whom it stands for)."""
    w = view.words[i]
    low = w.text.lower().lstrip("-").removeprefix("t-")
    gender: Gender | None = (
        "f"
        if low.startswith("elle") or low in ("celle-ci", "cette dernière")
        else "m"
        if low.startswith(("il", "celui", "ceux", "ce dernier"))
        else None
    )
    number: Number = "plur" if low in ("ils", "elles", "eux", "ceux-ci", "celles-ci") else "sing"
    start = w.start + (len(w.text) - len(w.text.lstrip("-")))
    if w.text.lower().lstrip("-").startswith("t-"):
        start += 2
    return Mention(
        Span(start, w.end), view.text[start : w.end], head=i, kind="pronoun", gender=gender, number=number
    )


THIRD_PERSON_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux"}


def phrase_mention(view: DocView, phrase: Phrase) -> Mention:
    """A noun phrase as a mention: name, role, gender and number read off its words.

    A phrase that is one third-person pronoun is a pronoun, however the parser tagged it
    (« eLle », « selon il » in a damaged text): the sources stage finds whom it stands for,
    and a pronoun never names a source.
    """
    words = view.words
    if phrase.last - phrase.first == 1 and words[phrase.first].text.lower() in THIRD_PERSON_PRONOUNS:
        return pronoun_mention(view, phrase.first)
    last = phrase.last
    if (
        last - 1 > phrase.head
        and last < len(words)
        and words[last].text.lower() == "par"
        and words[last - 1].feat("VerbForm") == "Part"
    ):
        last -= 1  # « un analyste interrogé par Reuters », « des voisins cités par Le Parisien »
    span = view.span_of(phrase.first, last)
    name = view.span_of(*phrase.name) if phrase.name else None
    role = view.span_of(*phrase.role) if phrase.role else None
    head = words[phrase.head]
    named_head = phrase.name is not None and phrase.name[0] <= phrase.head < phrase.name[1]
    kind: MentionKind = "name" if named_head else "description"
    if kind == "description" and phrase.name and phrase.role:
        kind = "name"
    gender = _gender(view, phrase)
    number: Number = "plur" if phrase.plural else "sing"
    if head.text.lower() in ("un", "une") and phrase.head == phrase.first + (
        1 if words[phrase.first].text.lower() in ("l'", "l’") else 0
    ):
        number = "sing"
    return Mention(
        span,
        view.text[span.start : span.end],
        head=phrase.head,
        kind=kind,
        gender=gender,
        number=number,
        name=name,
        role=role,
    )


FEMININE_DETERMINERS = {"la", "une", "cette", "sa", "ma", "ta", "notre", "votre", "leur"}
MASCULINE_DETERMINERS = {"le", "un", "ce", "cet", "son", "mon", "ton", "au", "du"}


def _gender(view: DocView, phrase: Phrase) -> Gender | None:
    """Gender from the determiner of the role (« la maire »), then the head or role noun (« la veuve »)."""
    words = view.words
    role_first = phrase.role[0] if phrase.role else phrase.first
    for k in (role_first, phrase.first):
        low = words[k].text.lower()
        if phrase.name is not None and phrase.name[0] == k + 1 and words[k].text[:1].isupper():
            continue  # « Le Goff-Tanguy a précisé »: the article opens the surname, not a gender
        if low in FEMININE_DETERMINERS - {"leur", "notre", "votre"} and words[k].upos == "DET":
            return "f"
        if low in MASCULINE_DETERMINERS - {"son", "mon", "ton"} and words[k].upos in ("DET", "ADP"):
            return "m"
    order = [phrase.head]
    if phrase.role:
        order.extend(range(*phrase.role))
    order.extend(range(phrase.first, phrase.last))
    for k in order:
        w = words[k]
        if (k == phrase.head and w.upos == "PROPN") or w.text in titles():
            continue
        if phrase.name and phrase.name[0] <= k < phrase.name[1]:
            continue  # a name's words say nothing of gender to the tagger
        if phrase.name and k + 1 == phrase.name[0] and w.text[:1].isupper() and w.upos == "DET":
            continue  # « Le Goff »: the article is part of the surname
        if w.text.lower() in ("son", "mon", "ton"):
            continue  # « son avocate »: the possessive is masculine before a vowel
        if w.upos not in ("NOUN", "DET", "PRON", "ADJ"):
            continue
        low, lemma = w.text.lower(), w.lemma.lower()
        if phrase.name and k >= phrase.name[1] and not (w.upos == "NOUN" and is_person_word(w.text, w.lemma)):
            continue  # « Modou F. de la Sécurité municipale »: the service's article is not the person's
        if w.upos == "NOUN" and low != lemma and low.rstrip("s") in (lemma + "e", lemma + "ne", lemma + "se"):
            return "f"  # « avocate », « candidate », « lycéenne »: the feminine of the lemma
        if w.upos == "NOUN" and w.lemma.lower() not in person_nouns() and k != phrase.head:
            continue
        g = w.feat("Gender")
        if g == "Fem":
            return "f"
        if g == "Masc":
            return "m"
    return None


def _is_party_noun(lemma: str) -> bool:
    """A noun for a person or an organization."""
    return lemma in person_nouns() or lemma in organization_nouns()




def is_person_like(view: DocView, mention: Mention | None) -> bool:
    """A mention that can speak: a pronoun, a name or a description headed by a person noun."""
    if mention is None:
        return False
    if mention.kind in ("pronoun", "name"):
        return True
    head = view.words[mention.head].lemma.lower() if mention.head is not None else ""
    # « le prévenu » lemmatized as the verb « prévenir »: the written form says it is a person.
    form = view.words[mention.head].text.lower() if mention.head is not None else ""
    # « Un autre jugeait que… », « Certains affirment que… »: an elided noun stands for people.
    # (« une résidente »: a feminine form of a listed noun)
    return is_person_word(form, head) or head in ELLIPTICAL_PEOPLE


# « citant », « qui cite »: a speaker who passes on what someone else said.
RELAY_WORDS = {"citant", "citaient", "citait", "cite", "citent"}


def relayed_speaker(view: DocView, end: int, s_last: int) -> tuple[Mention, Phrase] | None:
    """The speaker a relay cites right after its own name, and the word after that phrase:
    « …, a rapporté Reuters citant des sources sécuritaires », « Selon l’AFP, qui cite un proche
    du dossier, … ». ``end`` is the word after the relay's name."""
    words = view.words
    k = end + 1 if end < s_last and words[end].text == "," else end
    if k >= s_last or view.in_quote(k):
        return None
    low = words[k].text.lower()
    if low == "en" and k + 1 < s_last and words[k + 1].text.lower() == "citant":
        k, low = k + 1, "citant"  # « affirme le quotidien X en citant des sources proches … »
    if low == "citant":
        start = k + 1
    elif low == "qui" and k + 1 < s_last and words[k + 1].text.lower() in RELAY_WORDS:
        start = k + 2
    else:
        return None
    if start >= s_last or view.in_quote(start):
        return None
    phrase = phrase_at(view, start, s_last)
    if phrase is None or phrase.first != start:
        return None
    return phrase_mention(view, phrase), phrase
