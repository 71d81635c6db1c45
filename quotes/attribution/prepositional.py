"""Prepositional cues: *selon X*, *d’après X*, *pour X,*, *aux yeux de X*, *à en croire X*.

``prepositional_cue`` finds one in a sentence with its speaker; the ``selon`` and ``pour``
rules give it to a pair of quote marks, and indirect speech and the context rules use it too.
The multi-word cues are in ``lexicons/prepositional_cues.tsv``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import cast

import regex

from ..candidates import speaker_kind
from ..cues import (
    VerbCue,
    demonstrative_at,
    is_person_like,
    phrase_mention,
    pronoun_mention,
    quoted_label_mention,
    relayed_speaker,
)
from ..docview import DocView
from ..lexicon import prepositional_cues, word_set
from ..model import Cue, MarkedSpan, Mention, Span
from ..nounphrase import Phrase, phrase_at
from ..phrasewords import DE_WORDS
from .record import _Attribution, _is_org_or_media, _next_content_word, _participle_like

STRONG_PRONOUNS = {"lui", "elle", "eux", "elles"}
NOT_SPEAKERS_AFTER_POUR = {
    "part",
    "instant",
    "moment",
    "heure",
    "fois",
    "autant",
    "cela",
    "ça",
    "ce",
    "l'instant",
    "période",
    "année",
    "mois",
    "semaine",
    "jour",
    "suite",
    "raison",
    "but",
    "cause",
    "que",
    "exemple",
    "finir",
    "terminer",
    "commencer",
    "rappel",
    "mémoire",
    "info",
    "information",
}


def prepositional_cue(view: DocView, s_first: int, s_last: int) -> tuple[int, int, Mention, str] | None:
    """*selon X*, *d'après X*, *pour X,* in a sentence: (first word, last word + 1, speaker, kind).

    Several rules ask it of the same sentence: the answer is kept on the view.
    """
    key = ("prepositional_cue", s_first, s_last)
    if key not in view.memo:
        view.memo[key] = _prepositional_cue(view, s_first, s_last)
    return cast("tuple[int, int, Mention, str] | None", view.memo[key])


@cache
def _words_nouns() -> frozenset[str]:
    """Nouns for what someone said (« les déclarations », « les propos », « les dires de X »)."""
    return word_set("speech_nouns.txt") | {"dire", "parole", "déclaration", "propos", "confidence", "aveu"}


def _speaker_of_words(view: DocView, phrase: Phrase, s_last: int) -> Phrase | None:
    """« les déclarations du procureur », « les propos de la ministre »: the person whose words they
    are, when the phrase is headed by a noun for what was said and its complement can speak."""
    words = view.words
    if words[phrase.head].lemma.lower() not in _words_nouns():
        return None
    k = phrase.head + 1
    while k < phrase.last and words[k].upos == "ADJ":
        k += 1
    if k >= phrase.last or words[k].text.lower() not in ("de", "d'", "d’", "du", "des"):
        return None
    inner = phrase_at(view, k + 1, s_last)  # after « de », or after « du » (the article is in it)
    if inner is None:
        return None
    mention = phrase_mention(view, inner)
    return inner if is_person_like(view, mention) or _is_org_or_media(view, mention) else None


def _prepositional_cue(view: DocView, s_first: int, s_last: int) -> tuple[int, int, Mention, str] | None:
    words = view.words
    for k in range(s_first, s_last):
        if view.in_quote(k):
            continue
        low = words[k].text.lower().replace("’", "'")
        kind = None
        start = k + 1
        if low == "selon" or (low == "suivant" and k + 1 < s_last and words[k + 1].upos == "DET"):
            kind = "selon"
        elif low == "d'après" or (low == "d'" and k + 1 < s_last and words[k + 1].text.lower() == "après"):
            kind = "selon"
            start = k + 1 if low == "d'après" else k + 2
        elif low == "pour" and k + 1 < s_last and (_pour_position(view, k, s_first) or _after_quote(view, k)):
            kind = "pour"  # (« « Oui ! », pour Eliane T., c’est « inadmissible » »: the words just quoted)
        elif (
            low in ("aux", "au")
            and k + 2 < s_last
            and words[k + 1].text.lower() in ("yeux", "dires", "dire")
            and words[k + 2].text.lower() in ("de", "d'", "d’", "du", "des")
        ):
            kind = "selon"
            start = k + 3 if words[k + 2].text.lower() in ("de", "d'", "d’") else k + 2
        elif (
            low in ("de", "d'")
            and k + 2 < s_last
            and words[k + 1].text.lower() in ("source", "sources")
            and words[k + 2].upos == "ADJ"
        ):
            # « a-t-on appris de source policière »: the source is the phrase « source policière ».
            kind = "selon"
            start = k + 1
        elif low == "dixit" and k + 1 < s_last:
            kind = "selon"
        else:
            phrase_end = _table_cue_at(view, k, s_last)
            if phrase_end is not None:
                kind, start = "selon", phrase_end  # « à en croire X », « de l’avis de X »
        if kind is None:
            continue
        if start >= s_last:
            continue
        low_next = words[start].text.lower()
        demonstrative = demonstrative_at(view, start)
        labelled = quoted_label_mention(view, start, s_last)
        if labelled is not None:
            mention = labelled  # « Selon un « proche » du dossier, … »
            end = view.word_range(labelled.span)[1]
        elif demonstrative is not None:
            mention = demonstrative  # « Selon cette dernière, … », « selon celui-ci »
            end = view.word_range(demonstrative.span)[1]
        elif low_next in STRONG_PRONOUNS:
            mention = pronoun_mention(view, start)
            mention = Mention(
                mention.span,
                mention.text,
                start,
                "pronoun",
                "f" if low_next.startswith("elle") else "m",
                "plur" if low_next in ("eux", "elles") else "sing",
            )
            end = start + 1
        else:
            phrase = phrase_at(view, start, s_last, appositions=True)
            if phrase is None:
                continue
            plain = phrase_at(view, start, s_last, appositions=False)
            if (
                plain is not None
                and plain.last < phrase.last
                and (
                    any(
                        words[m].deprel.startswith("nsubj") and not start <= words[m].head < phrase.last
                        for m in range(plain.last, phrase.last)
                    )
                    or (
                        (k == s_first or _pour_position(view, k, s_first))
                        and _verb_without_subject_after(view, phrase.last, s_last)
                    )
                )
            ):
                # « Selon le club, le gardien X, sorti sur blessure, souffre … »: what looked like an
                # apposition is the subject of the sentence's verb.
                phrase = plain
            agent = _agent_after(view, phrase.last, s_last)
            interviewed = False
            if agent is not None and not is_person_like(view, phrase_mention(view, phrase)):
                # « selon les résultats communiqués par la préfecture »: who made the figures known.
                phrase = agent
            elif agent is not None:
                interviewed = True  # « pour un analyste interrogé par Reuters, »: the analyst speaks
                phrase = _without_participle(view, phrase)  # (« une source … citée mardi par »)
            said_by = _speaker_of_words(view, phrase, s_last)
            if said_by is not None:
                phrase = said_by  # « selon les déclarations du procureur de la République »: the prosecutor
            elif (
                words[phrase.head].lemma.lower() in _words_nouns()
                and words[phrase.first].text.lower() in ("des", "les", "de")
                and not any(words[m].text.lower() in DE_WORDS for m in range(phrase.head + 1, phrase.last))
            ):
                continue  # « …, a déclaré X, selon des propos publiés sur le site du quotidien »: a relay
            mention = phrase_mention(view, phrase)
            end = agent.last if interviewed and agent is not None else phrase.last
            if not interviewed and end + 2 < s_last and words[end].text == ",":
                relay = _agent_after(view, end + 2, s_last)  # « Selon X, cité par Le Monde, … »
                if relay is not None and _participle_before(view, end + 2) == end + 1:
                    end = relay.last
            relayed = relayed_speaker(view, end, s_last)
            if relayed is not None and _can_speak(view, relayed[0], relayed[1].head, framed=True):
                # « Selon l’AFP, qui cite un proche du dossier, … »: the words are the inner speaker's.
                mention, end = relayed[0], relayed[1].last
            framed = k == s_first or _pour_position(view, k, s_first) or words[k - 1].text == ","
            if not _can_speak(view, mention, phrase.head, framed=framed):
                continue  # « Les tarifs varient selon la saison »
            if kind == "pour":
                # « Pour X, … », « Pour X, son secrétaire général : « … » »
                comma = _comma_after_complement(view, end, s_last)
                if comma is not None:
                    end = comma  # « Pour X, la cheffe de groupe dans l’opposition, c’est … »
                if not (_closes(view, end, s_last) or (_after_quote(view, k) and _ends(view, end, s_last))):
                    continue
                lemma = words[phrase.head].lemma.lower()
                if lemma in NOT_SPEAKERS_AFTER_POUR or not (
                    is_person_like(view, mention)
                    or _is_org_or_media(view, mention)
                    or view.entity_label(phrase.head) in ("PER", "ORG")
                ):
                    continue
        if kind == "pour" and not (
            (end < s_last and (words[end].text in (",", ":") or (view.is_mark(end) and view.in_quote(end))))
            or (_after_quote(view, k) and _ends(view, end, s_last))
        ):
            continue
        if (
            kind in ("selon", "pour")
            and (k == s_first or _pour_position(view, k, s_first))
            and not (end < s_last and words[end].text == ",")
        ):
            # « Selon des conclusions d'analyses ayant été effectuées en Suisse, … »: the description
            # runs to the comma when no finite verb comes before it.
            for m in range(end, min(s_last, end + 15)):
                if words[m].text == "," and m > end:
                    mention = replace(
                        mention,
                        span=Span(mention.span.start, words[m - 1].end),
                        text=view.text[mention.span.start : words[m - 1].end],
                    )
                    end = m
                    break
                if (
                    (words[m].feat("VerbForm") == "Fin" and words[m].upos in ("VERB", "AUX"))
                    or view.in_quote(m)
                    or words[m].text in (";", ":", ".")
                ):
                    break
        return k, end, mention, kind
    return None


def _table_cue_at(view: DocView, k: int, s_last: int) -> int | None:
    """The first word after a multi-word cue of ``prepositional_cues.tsv`` of the « selon » kind that
    starts at word ``k`` (« à en croire », « de l’avis de », « aux dires de »), or None."""
    words = view.words
    first = words[k].text.lower().replace("’", "'")
    if words[k].text == "A":
        first = "à"  # « A en croire certains, … »: the capital written without its accent
    for tokens in _selon_phrases().get(first, ()):
        end = k + len(tokens)
        if end >= s_last:
            continue
        written = [first, *(words[k + n].text.lower().replace("’", "'") for n in range(1, len(tokens)))]
        if written == list(tokens):
            return end
    return None


@cache
def _selon_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word « selon » cues as the tokenizer cuts them (« de l' avis de »), longest first,
    filed by their first word."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase, kind in prepositional_cues().items():
        tokens = tuple(regex.sub(r"(\p{L}')", r"\1 ", phrase.lower()).split())
        if kind == "selon" and len(tokens) > 1:
            phrases.setdefault(tokens[0], []).append(tokens)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in phrases.items()}


def _verb_without_subject_after(view: DocView, end: int, s_last: int) -> bool:
    """« D’après les sources du Soir, Marc D., l’ancien trésorier, aurait quitté le pays »: after
    what looked like appositions to the speaker comes a finite verb with no subject of its own, so
    the last of them was that verb's subject."""
    words = view.words
    k = end
    for _ in range(3):
        while k < s_last and words[k].text == ",":
            k += 1
        # « …, l’ancien trésorier, aurait quitté »: another apposition, closed by its comma.
        close = next((m for m in range(k, min(s_last, k + 8)) if words[m].text == ","), None)
        if close is None or any(words[m].upos in ("VERB", "AUX") for m in range(k, close)):
            break
        if not any(words[m].upos in ("NOUN", "PROPN") for m in range(k, close)):
            break
        k = close
    while k < s_last and words[k].text == ",":
        k += 1
    while k < s_last and words[k].text.lower() in ("ne", "n'", "n’", "se", "s'", "s’", "y", "en"):
        k += 1
    return (
        k < s_last
        and words[k].upos in ("VERB", "AUX")
        and words[k].feat("VerbForm") == "Fin"
        and not view.in_quote(k)
    )


def _participle_before(view: DocView, end: int) -> int | None:
    """The participle that ends words before ``end``, or that a short adjunct follows (« une carte
    diffusée en ligne », « une source citée mardi »)."""
    words = view.words
    part = end - 1
    while part > end - 4 and part > 0 and words[part].upos in ("NOUN", "ADP", "DET", "ADV", "ADJ"):
        if words[part].feat("VerbForm") == "Part" or _participle_like(view, part):
            break
        part -= 1
    if words[part].feat("VerbForm") != "Part" and not _participle_like(view, part):
        return None
    return part


def _without_participle(view: DocView, phrase: Phrase) -> Phrase:
    """« une source proche du dossier citée mardi »: the person, without what the reporter says of
    how the words reached him."""
    part = _participle_before(view, phrase.last)
    if part is None or part <= phrase.head or (phrase.name is not None and part < phrase.name[1]):
        return phrase
    return replace(phrase, last=part)


def _agent_after(view: DocView, end: int, s_last: int) -> Phrase | None:
    """« les chiffres publiés par l’Insee »: the agent of the participle that ends a phrase."""
    words = view.words
    if end >= s_last or end == 0:
        return None
    # « une carte diffusée en ligne »: the phrase may end on the participle's own adjunct.
    if _participle_before(view, end) is None:
        return None
    by = end
    # « une carte publiée mardi sur internet par le bureau … »: a short adjunct before the agent.
    while (
        by < min(s_last, end + 6)
        and words[by].text.lower() != "par"
        and words[by].upos not in ("VERB", "AUX", "PUNCT")
        and not view.in_quote(by)
    ):
        by += 1
    if by >= s_last or words[by].text.lower() != "par":
        return None
    agent = phrase_at(view, by + 1, s_last)
    if agent is None or agent.first != by + 1:
        return None
    return agent


def _prepositional_cue_words(view: DocView, k: int) -> Cue:
    """The cue « selon », « D’après », « aux yeux de » starting at word ``k``."""
    words = view.words
    low = words[k].text.lower().replace("’", "'")
    end = k + 1
    if low == "d'" and k + 1 < len(words) and words[k + 1].text.lower() == "après":
        end = k + 2
    lemma = view.text_of(k, end).lower().replace("’", "'")
    return Cue(view.span_of(k, end), view.text_of(k, end), lemma)


def _can_speak(view: DocView, mention: Mention, head: int, *, framed: bool) -> bool:
    """Whether the phrase after « selon » or « pour » can speak (« selon le médiateur »), not a
    circumstance (« selon la saison », « selon toute vraisemblance »). A noun no word list knows
    counts only where the phrase frames the sentence (``framed``: at its start or after a comma)."""
    kind = speaker_kind(view, mention)
    if kind == "unknown":
        return framed or mention.name is not None
    return kind in ("person", "group", "organization", "media")


ROLE_COMPLEMENT_ENDS = frozenset({"VERB", "AUX", "PUNCT"})


def _comma_after_complement(view: DocView, end: int, s_last: int) -> int | None:
    """The comma that closes a role's complement left out of the phrase (« … la cheffe de groupe
    dans l’opposition, »): a few words with no verb and no quotation, or None."""
    words = view.words
    if end >= s_last or words[end].upos != "ADP" or words[end].text.lower() in ("de", "d'", "d’"):
        return None
    return view.closing_comma(end + 1, min(s_last, end + 6), stop=ROLE_COMPLEMENT_ENDS)


def _pour_position(view: DocView, k: int, s_first: int) -> bool:
    """« Pour X, … » opens the sentence (after a conjunction or an adverb at most)."""
    words = view.words
    j = k - 1
    while j >= s_first and (
        words[j].upos in ("CCONJ", "ADV")
        or words[j].text in (",", "-", "—", "–")
        or words[j].text.lower() in CONNECTIVES
    ):
        if words[j].text.lower() == "mais" and j - 1 >= s_first and words[j - 1].text == ",":
            return True  # « …, mais pour cette secrétaire d’État « … » »: a new clause opens
        j -= 1
    return j < s_first or words[j].text in (":", ";")


def _after_quote(view: DocView, k: int) -> bool:
    """« « … », pour X »: the word at ``k`` follows a closing mark and a comma."""
    return k >= 2 and view.words[k - 1].text == "," and view.is_mark(k - 2) and view.in_quote(k - 2)


def _closes(view: DocView, end: int, s_last: int) -> bool:
    return end < s_last and (view.words[end].text in (",", ":") or view.is_mark(end))


def _ends(view: DocView, end: int, s_last: int) -> bool:
    """Only the sentence's final punctuation from word ``end`` on."""
    return all(view.words[m].text in (".", "!", "?", "…") for m in range(end, s_last))


# Words that open a sentence before its frame: « Sauf que selon le quotidien, … », « Or, pour X, … ».
CONNECTIVES = {"sauf", "que", "qu'", "qu’", "mais", "or", "et", "donc", "pourtant", "cependant", "toutefois"}


def _selon(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    s_first, s_last = view.reporter_sentence(qf)
    found = prepositional_cue(view, s_first, s_last)
    if found is None:
        return None
    k, _, mention, kind = found
    cue = _prepositional_cue_words(view, k)
    return _Attribution(cue, mention, kind, cue_found=True)


def _selon_before(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """*pour X,* or *selon X,* before the quote in its sentence wins over a cue at the sentence's end."""
    att = _selon(view, span, qf, ql, by_verb)
    if att is None or att.cue is None or att.cue.span.start > span.opener:
        return None
    return att


def _selon_after(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """« … », selon l’ARS: the prepositional cue right after the closing mark."""
    if span.closer is None:
        return None
    j = _next_content_word(view, ql + 1, len(view.words))
    if j >= len(view.words) or view.words[j].text.lower() not in ("selon", "d'après", "d’après", "d'", "d’"):
        return None
    att = _selon(view, span, qf, ql, by_verb)
    if att is None or att.cue is None or att.cue.span.start != view.words[j].start:
        return None
    return att


def _pour_after(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """« Une décision « incompréhensible » pour Me Fanny L., l’avocate des parties civiles »: a
    verbless sentence whose words are someone's, said by « pour X » right after the marks."""
    if span.closer is None:
        return None
    words = view.words
    j = ql + 1
    _, s_last = view.reporter_sentence(ql)
    if j >= s_last or words[j].text.lower() != "pour":
        return None
    phrase = phrase_at(view, j + 1, s_last)
    if phrase is None or phrase.first != j + 1:
        return None
    mention = phrase_mention(view, phrase)
    if speaker_kind(view, mention) not in ("person", "group", "organization") or mention.name is None:
        return None
    rest = range(phrase.last, s_last)
    if any(words[m].upos in ("VERB", "AUX") and words[m].feat("VerbForm") == "Fin" for m in rest):
        return None
    return _Attribution(_prepositional_cue_words(view, j), mention, "pour", cue_found=True)
