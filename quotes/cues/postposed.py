"""The subject written after an incise verb: « a déclaré à l’AFP X », « confirme de son côté X »,
« a précisé, sans donner de détail …, la source », « a déclaré au Los Angeles Times Sandra H. »:
the words a reporter may put between the verb and its subject, and where that subject starts."""

from __future__ import annotations

from ..docview import DocView
from ..lexicon import find_outlet
from ..model import Gender, Mention
from ..names import first_name_gender
from ..nounphrase import Phrase, phrase_at
from .mentions import phrase_mention
from .verbs import (
    TIME_WORDS,
    date_at,
    filler_at,
)

# Words that open a noun phrase of uncounted people, whatever the tagger calls them.
QUANTIFIERS = {"certains", "certaines", "plusieurs", "quelques", "nombre", "beaucoup", "maints", "maintes"}


def _aside_between_commas(view: DocView, j: int, s_last: int) -> int:
    """How many words an aside between commas takes at ``j`` (« , amer, », « , devant la presse, »):
    adjectives, adverbs or a complement opened by a preposition, then the subject after it."""
    words = view.words
    if j >= s_last or words[j].text != ",":
        return 0
    complement = words[j + 1].upos == "ADP" and words[j + 1].text.lower() not in ("de", "du", "des")
    # (« a précisé, sans donner de précision sur … ni sur le sort des autres otages, la source »: a
    # complement may run long, with no finite verb and no quotation in it)
    reach = j + 25 if complement else j + 7
    for close in range(j + 2, min(s_last - 1, reach)):
        finite = words[close].upos in ("VERB", "AUX") and words[close].feat("VerbForm") == "Fin"
        if view.in_quote(close) or finite:
            return 0
        if words[close].text == ",":
            inside = range(j + 1, close)
            adjectives = all(
                words[k].upos in ("ADJ", "ADV") or words[k].feat("VerbForm") == "Part" for k in inside
            )
            return close + 1 - j if adjectives or complement else 0
    return 0


def name_after_complement(view: DocView, first: int, end: int) -> int:
    """« à Keystone-ATS Jean-Christophe Sauterel », « à Radio France Martin Dubois »: where a person's
    name (a known first name, then the rest of the name run) starts at the end of a complement made
    of names (``first``..``end``); ``end`` when none does."""
    words = view.words
    if end >= len(words) or words[end].upos in ("PROPN", "DET"):
        return end  # (« à Radio France le maire »: the subject is the phrase after the names)
    # The last known first name that a surname follows (« Radio France Gaëlle Morvan »: not « France »).
    for m in range(end - 1, first, -1):
        if words[m - 1].text in ("-", "‑") or first_name_gender(words[m].text) is None:
            continue
        if m == end - 1 and words[end].text != ",":
            continue  # a first name alone only before its apposition (« à Francetvinfo Norman, un résident »)
        if all(
            words[n].upos == "PROPN" or _capitalized_unknown(view, n) or _glued_hyphen(view, n, end + 1)
            for n in range(m, end)
        ):
            return m
    return end


def _capitalized_unknown(view: DocView, k: int) -> bool:
    """A capitalized word the tagger could not place (« Times », « Hall » tagged X): part of a name."""
    return view.words[k].upos == "X" and view.words[k].text[:1].isupper()


def _glued_hyphen(view: DocView, k: int, s_last: int) -> bool:
    """A hyphen the tokenizer cut out of a name (« Keystone-ATS »), touching both neighbours."""
    words = view.words
    return (
        0 < k < s_last - 1
        and words[k].text in ("-", "‑")
        and words[k - 1].end == words[k].start
        and words[k].end == words[k + 1].start
    )


LABEL_DETERMINERS = {
    "un",
    "une",
    "des",
    "le",
    "la",
    "les",
    "l'",
    "l’",
    "ce",
    "cet",
    "cette",
    "son",
    "sa",
    "ses",
}


def quoted_label_mention(view: DocView, j: int, s_last: int) -> Mention | None:
    """« un « proche du président » », « un « visiteur du soir » de l’Élysée »: a determiner, a
    short label in quote marks (a few words, no verb) and its complement, as one description."""
    words = view.words
    low = words[j].text.lower() if j < s_last else ""
    if j < s_last and view.is_mark(j):
        return _quoted_outlet(view, j, s_last)  # « rapporte «Le Parisien» »
    if low not in LABEL_DETERMINERS or j + 2 >= s_last or not view.is_mark(j + 1):
        return None
    close = j + 2
    while close < s_last and not view.is_mark(close):
        close += 1
    inside = range(j + 2, close)
    if close >= s_last or not 1 <= len(inside) <= 5:
        return None
    if any(words[k].upos in ("VERB", "AUX") or words[k].text in (".", "!", "?", ",") for k in inside):
        return None
    nouns = [k for k in inside if words[k].upos in ("NOUN", "ADJ", "PROPN")]
    if not nouns:
        return None
    end = close + 1
    if end < s_last and words[end].text.lower() in ("de", "du", "des", "d'", "d’"):
        complement = phrase_at(
            view, end + 1 if words[end].text.lower() in ("de", "d'", "d’") else end, s_last
        )
        if complement is not None:
            end = complement.last
    plural = low in ("des", "les", "ses")
    gender: Gender | None = None
    if low in ("une", "la", "cette", "sa"):
        gender = "f"
    elif low in ("un", "le", "ce", "cet", "son"):
        gender = "m"
    span = view.span_of(j, end)
    return Mention(
        span,
        view.text[span.start : span.end],
        head=nouns[0],
        kind="description",
        gender=gender,
        number="plur" if plural else "sing",
    )


def _quoted_outlet(view: DocView, j: int, s_last: int) -> Mention | None:
    """« rapporte «Le Parisien» »: an outlet's name in quote marks, as a speaker."""
    close = next((k for k in range(j + 1, min(s_last, j + 7)) if view.is_mark(k)), None)
    if close is None or close == j + 1:
        return None
    span = view.span_of(j + 1, close)
    text = view.text[span.start : span.end]
    found = find_outlet(text)
    if found is None or found.group().strip() != text.strip():
        return None
    return Mention(span, text, head=j + 1, kind="name", name=span, number="sing")


# « par la suite », « par ailleurs », « par téléphone »: phrases with « par » that name no agent.
NOT_AGENTS = {
    *("suite", "ailleurs", "exemple", "conséquent", "hasard", "avance", "contre", "endroits", "moments"),
    *("écrit", "téléphone", "courriel", "mail", "visioconférence", "voie", "ricochet", "défaut"),
}


def postposed_subject(view: DocView, j: int, s_last: int, *, quoted: bool = False) -> Mention | None:
    """The subject after an incise verb: « a déclaré l’un des partenaires », « déclare à l'AFP X ».

    ``quoted``: the incise sits inside the quote marks (« Nous pensions, explique X, que … »).
    """
    words = view.words
    start = j
    steps = 0
    while j < s_last and steps < 8:
        w = words[j]
        low = w.text.lower()
        filler = filler_at(view, j, s_last)
        if filler:
            j += filler  # « avance par exemple X », « confirme de son côté X », « estime lui aussi X »
            steps += 1
            continue
        if (w.upos == "ADV" and low != "auprès") or low in TIME_WORDS:
            j += 1
            steps += 1
            continue
        dated = date_at(view, j, s_last)
        if dated:
            j += dated  # « a précisé ce lundi à l'AFP la présidente », « avait averti le 12 septembre X »
            steps += 1
            continue
        aside = _aside_between_commas(view, j, s_last)
        if aside:
            j += aside  # « lâche, amer, un agriculteur », « a assuré, devant la presse, le président »
            steps += 1
            continue
        if low == "par" and j + 1 < s_last and words[j + 1].text.lower() in NOT_AGENTS:
            j += 2  # « a déclaré par téléphone à l'AFP X »: the means, not the agent
            steps += 1
            continue
        if low in ("à", "au", "aux", "sur", "dans", "devant", "auprès", "lors", "en"):
            # A complement before the subject (« déclare à l'AFP Jean-Philippe Magnen ») is skipped
            # only when a noun phrase follows it.
            k = j + 1
            if low == "auprès" and k < s_last and words[k].text.lower() in ("de", "du", "des", "d'", "d’"):
                k += 1  # « ont protesté auprès du ministre plusieurs députés »
            while k < s_last and (
                words[k].upos in ("DET", "PROPN", "NOUN", "ADJ", "NUM")
                or _capitalized_unknown(view, k)  # (« au Los Angeles Times », « Times » tagged X)
                or _glued_hyphen(view, k, s_last)
            ):
                opens = words[k].upos in ("DET", "NUM") or words[k].text.lower() in QUANTIFIERS
                if opens and _has_noun(view, j + 1, k):
                    break  # « déclaré à la presse la directrice … »: a new phrase, the subject
                k += 1
                if (
                    words[k - 1].upos == "PROPN"
                    and k < s_last
                    and words[k].upos == "PROPN"
                    and view.entity_of[k] != view.entity_of[k - 1]
                ):
                    break  # « à l'AFP Jean-Philippe Magnen »: a second name starts the subject
            k = name_after_complement(view, j + 1, k)
            if k < s_last and k > j + 1 and starts_phrase(view, k, quoted=quoted):
                j = k
                steps += 1
                continue
            # « a déclaré à la sortie de la réunion le ministre … »: a complement with its own complement.
            inner = phrase_at(view, j + 1, s_last, appositions=False)
            if inner is not None and inner.last < s_last and starts_phrase(view, inner.last, quoted=quoted):
                j = inner.last
                steps += 1
                continue
            if inner is not None:
                # « sur la chaîne de télévision ABC Lori Newquist, porte-parole … »: the medium's name
                # took the person's as its own; a known first name starts the subject.
                named = name_after_complement(view, j + 1, inner.last)
                if j + 1 < named < inner.last:
                    j = named
                    steps += 1
                    continue
            return None
        break
    labelled = quoted_label_mention(view, j, s_last)
    if labelled is not None:
        return labelled  # « explique un « proche du président » »
    if j >= s_last or not starts_phrase(view, j, quoted=quoted):
        return None
    phrase = phrase_at(view, j, s_last, coordination=True)
    if phrase is None or _plural_verb_singular_noun(view, start, phrase):
        return None
    return phrase_mention(view, phrase)


def _plural_verb_singular_noun(view: DocView, start: int, phrase: Phrase) -> bool:
    """« Ces élus, regrettent le climat détestable »: a plural verb's subject is not a singular noun
    with nothing plural in it (its object, read as a subject after a misplaced comma)."""
    words = view.words
    verbs = (k for k in range(start - 1, max(-1, start - 4), -1) if words[k].upos in ("VERB", "AUX"))
    verb = next(verbs, None)
    if verb is None or not _plural_verb(view, verb):
        return False
    head = words[phrase.head]
    if phrase.plural or head.upos != "NOUN" or head.feat("Number") != "Sing":
        return False
    if phrase.last < len(words) and words[phrase.last].upos != "PUNCT":
        return False  # « expliquent le président de l’Assemblée ainsi que de nombreux élus »
    return not any(
        words[k].feat("Number") == "Plur" or words[k].upos in ("CCONJ", "NUM")
        for k in range(phrase.first, phrase.last)
    )


def _plural_verb(view: DocView, verb: int) -> bool:
    """« regrettent », « ont indiqué » (the auxiliary carries the number of a participle). The
    tagger's number must agree with the ending: « prévient », tagged plural, is singular."""
    words = view.words
    k = verb
    if words[verb].feat("VerbForm") == "Part":
        k = verb - 1
        while k >= 0 and words[k].upos == "ADV":
            k -= 1
        if k < 0 or words[k].upos != "AUX":
            return False
    w = words[k]
    low, lemma = w.text.lower(), w.lemma.lower()
    if w.feat("VerbForm") != "Fin" or w.feat("Number") != "Plur" or not low.endswith("nt"):
        return False
    return not (low.endswith("ient") and lemma.endswith(("venir", "tenir")))


def _has_noun(view: DocView, first: int, last: int) -> bool:
    return any(view.words[m].upos in ("NOUN", "PROPN") for m in range(first, last))


def starts_phrase(view: DocView, j: int, *, quoted: bool = False) -> bool:
    """Whether a noun phrase can start at word ``j`` (outside quote marks unless ``quoted``)."""
    w = view.words[j]
    return (
        w.upos in ("DET", "PROPN", "NOUN", "NUM", "ADJ")
        or w.text.lower() in ("l'", "l’", "un", "une", "des")  # (« des » tagged as « de » + « les »)
        or (w.upos == "PRON" and w.text.lower() in ("certains", "certaines", "plusieurs"))
        or _capitalized_unknown(view, j)  # « a fait savoir Giant-Alpecin », « Giant » tagged X
    ) and (quoted or not view.in_quote(j))
