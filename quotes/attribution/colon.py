"""The ``colon`` rule: X a déclaré : « … », X : « … », and a clause whose subject speaks before
the colon (« Un gérant de fonds va plus loin : « … » »)."""

from __future__ import annotations

from functools import cache

from ..candidates import speaker_kind
from ..cues import (
    FIRST_SECOND,
    VerbCue,
    is_person_like,
    mention_for,
    phrase_mention,
    reporting_form,
    source_before_on,
    subject_of,
    verb_group,
)
from ..docview import DocView
from ..lexicon import word_set
from ..model import Cue, MarkedSpan, Mention, Span
from ..nounphrase import phrase_at
from .incise import _incise_usable
from .record import DASHES, _Attribution, _cue_attribution, _is_org_or_media

# The reporter's « in other words » before a colon: what follows glosses the last speaker.
GLOSSES = {
    *("comprenez", "comprendre", "entendez", "entendre", "traduisez", "traduction", "traduire"),
    *("lisez", "autrement dit", "en clair", "bref", "en résumé", "sous-entendu", "décodage", "décryptage"),
}


def _colon_before(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """X a déclaré : « … » ; X : « … »."""
    words = view.words
    j = qf - 1
    while j >= 0 and words[j].text in DASHES:
        j -= 1
    if j < 0 or words[j].text != ":" or view.in_quote(j):
        return None
    colon = j
    s_first, _ = view.reporter_sentence(colon)
    if s_first == colon + 1 or s_first > colon:
        s_first = view.reporter_sentence(colon)[0]
    lead = " ".join(words[m].text.lower() for m in range(s_first, colon)).replace("’", "'")
    if lead in GLOSSES:
        return None  # « Comprenez : « … » »: the reporter glosses the last speaker's words
    # The nearest cue before the colon, in the same paragraph's clause.
    p = view.paragraph_of[colon]
    k = colon - 1
    while k >= 0 and view.paragraph_of[k] == p and k >= s_first - 1:
        if words[k].text in (";", ".") and not view.in_quote(k) and k < colon - 1:
            break
        cue = by_verb.get(k)
        if (
            cue is not None
            and not view.in_quote(k)
            and _incise_usable(cue)
            and not cue.journalist
            and (cue.speaker is not None or cue.impersonal)
        ):
            return _cue_attribution(view, cue, "colon")
        k -= 1
    pour = _pour_before_colon(view, s_first, colon)
    if pour is not None:
        said = Cue(Span(words[colon].start, words[colon].end), ":", ":")
        return _Attribution(said, pour, "colon", ["no-reporting-verb"], cue_found=True)
    # « Un gérant de fonds va plus loin : « … » »: no reporting verb, but the clause's subject speaks.
    for k in range(colon - 1, max(s_first, colon - 20) - 1, -1):
        w = words[k]
        if view.in_quote(k) or w.text in (";", "."):
            break
        if w.deprel in ("cop", "aux", "aux:tense", "aux:pass", "acl", "acl:relcl"):
            continue  # a copula, an auxiliary or a relative clause: the main verb is further back
        finite = w.feat("VerbForm") == "Fin" or (
            # « Puis elle s’est tournée vers l’accusé : »: a compound tense
            w.upos == "VERB"
            and any(
                words[c].upos == "AUX" and words[c].feat("VerbForm") == "Fin" and c < k
                for c in view.children[k]
            )
        )
        if (
            w.upos in ("ADJ", "NOUN")
            and (w.deprel == "root" or any(words[c].deprel.startswith("nsubj") for c in view.children[k]))
            and any(words[c].deprel == "cop" for c in view.children[k])
        ):
            finite = True  # « Le ministre a été clair : », « La note est sans ambiguïté : »
        predicate = w.upos in ("VERB", "AUX") or (w.upos in ("ADJ", "NOUN") and finite)
        if predicate and finite and not view.in_quote(k):
            subject = subject_of(view, k)
            if subject is not None and words[subject].text.lower() in ("qui", "que", "qu'", "qu’", "dont"):
                continue  # « un bus qui n’est jamais venu »: a relative clause; the main verb is further back
            if subject is None:
                break
            # « Au Palais, on se limite à la formule obligée : « … » »: whom « on » stands for
            told = source_before_on(view, subject) if words[subject].text.lower() == "on" else None
            if told is None and words[subject].text.lower() in FIRST_SECOND:
                break
            mention = told or mention_for(view, subject, limit=k if subject < k else None)[0]
            if mention is not None and (is_person_like(view, mention) or _is_org_or_media(view, mention)):
                (first, end), _ = verb_group(view, k)
                said = Cue(view.span_of(first, end), view.text_of(first, end), words[k].lemma.lower())
                return _Attribution(said, mention, "colon", ["no-reporting-verb"], cue_found=True)
            break
    # « Gérard, 71 ans, dont quarante passés dans le quartier, est plus direct : « … » »: the parser
    # lost the clause, but the sentence opens on a named person, who is its subject.
    subject_start = _after_opening_participle(view, s_first, colon)
    opening = phrase_at(view, subject_start, colon) if subject_start < colon else None
    between = range(opening.last, colon) if opening is not None else range(0)
    if (
        opening is not None
        and opening.name is not None
        and words[opening.first].upos != "ADP"
        and (
            any(words[m].feat("VerbForm") == "Fin" for m in between)
            # « Élise N., infectiologue au CHU, tempère : »: a verb the tagger read as a noun
            or (
                0 < len([m for m in between if words[m].text != ","]) <= 2
                and words[colon - 1].text.islower()
            )
            # « Didier, chauffeur de « grande remise » pour une société, philosophe : »: the
            # appositions hold marks the phrase stops at; the last word, set off by a comma, is the verb
            or (
                words[colon - 2].text == ","
                and words[colon - 1].text.islower()
                and words[colon - 1].upos in ("NOUN", "VERB")
                and reporting_form(view, colon - 1)
            )
        )
    ):
        mention = phrase_mention(view, opening)
        if is_person_like(view, mention):
            said = Cue(Span(words[colon].start, words[colon].end), ":", ":")
            return _Attribution(said, mention, "colon", ["no-reporting-verb"], cue_found=True)
    # « La note interne, datée du 3 mars, est sans ambiguïté : « … » »: a description that can speak,
    # then « être » and what it is, whatever the parser made of the clause.
    if (
        opening is not None
        and opening.name is None
        and words[opening.first].upos == "DET"
        and any(words[m].lemma == "être" and words[m].upos == "AUX" for m in between)
        and len(between) <= 12
        and not any(view.in_quote(m) for m in between)
    ):
        mention = phrase_mention(view, opening)
        if speaker_kind(view, mention) in ("person", "group", "organization", "media"):
            said = Cue(Span(words[colon].start, words[colon].end), ":", ":")
            return _Attribution(said, mention, "colon", ["no-reporting-verb"], cue_found=True)
    owner = _verbless_owner(view, s_first, colon)
    if owner is not None:
        said = Cue(Span(words[colon].start, words[colon].end), ":", ":")
        return _Attribution(said, owner, "colon", ["no-reporting-verb"], cue_found=True)
    # « Le président, toujours aussi direct : « … » », « Le maire, catégorique : »: a person and how
    # they speak, with no verb.
    if opening is not None and opening.first == s_first and words[opening.first].upos == "DET":
        manner = [m for m in range(opening.last, colon) if words[m].text != ","]
        if 0 < len(manner) <= 5 and all(words[m].upos in ("ADV", "ADJ") for m in manner):
            mention = phrase_mention(view, opening)
            if is_person_like(view, mention):
                said = Cue(Span(words[colon].start, words[colon].end), ":", ":")
                return _Attribution(said, mention, "colon", ["no-reporting-verb"], cue_found=True)
    # « Le ministre : « … » »: a noun phrase right before the colon.
    start = _phrase_before(view, colon)
    if start is not None:
        phrase = phrase_at(view, start, colon)
        determined = words[phrase.first].upos == "DET" or phrase.name is not None if phrase else False
        if phrase is not None and phrase.last == colon and determined:
            mention = phrase_mention(view, phrase)
            if is_person_like(view, mention) or _is_org_or_media(view, mention):
                return _Attribution(
                    Cue(Span(words[colon].start, words[colon].end), ":", ":"),
                    mention,
                    "colon",
                    cue_found=True,
                )
    return None


@cache
def _speech_words() -> frozenset[str]:
    """Nouns for what was said, and those of the lead-ins that announce it (« même son de cloche »)."""
    return word_set("speech_nouns.txt") | {"son", "cloche", "ton", "version", "écho"}


def _pour_before_colon(view: DocView, s_first: int, colon: int) -> Mention | None:
    """« Le constat est sans appel pour la présidente, Annie L. : « … » », « Le message est clair
    pour les syndicats : « … » »: a sentence about what was said, and « pour X » reaching the colon."""
    words = view.words
    speech = _speech_words()
    if colon - s_first > 20 or not (s_first + 1 < colon and words[s_first + 1].lemma.lower() in speech):
        return None
    for m in range(s_first + 2, colon - 1):
        if words[m].text.lower() == "pour" and not view.in_quote(m):
            phrase = phrase_at(view, m + 1, colon)
            if phrase is not None and phrase.last == colon:
                mention = phrase_mention(view, phrase)
                if speaker_kind(view, mention) in ("person", "group", "organization", "media"):
                    return mention
    return None


def _verbless_owner(view: DocView, s_first: int, colon: int) -> Mention | None:
    """« Réaction immédiate du maire : « … » », « Même son de cloche chez les commerçants : « … » »:
    a clause with no verb before the colon, a speech noun then « de X », or « chez X », at its end."""
    words = view.words
    speech = _speech_words()
    if colon - s_first > 20:
        return None
    if colon - s_first > 15 or any(
        words[m].upos in ("VERB", "AUX") and words[m].feat("VerbForm") == "Fin" for m in range(s_first, colon)
    ):
        return None
    for m in range(s_first, colon - 1):
        low = words[m].text.lower()
        if low not in ("de", "du", "des", "d'", "d’", "chez"):
            continue
        if low != "chez" and not any(words[n].lemma.lower() in speech for n in range(s_first, m)):
            continue
        start = m if low in ("du", "des") else m + 1
        phrase = phrase_at(view, start + (1 if low in ("du", "des") else 0), colon)
        if phrase is None or phrase.last != colon:
            continue
        mention = phrase_mention(view, phrase)
        if speaker_kind(view, mention) in ("person", "group", "organization", "media"):
            return mention
    return None


def _after_opening_participle(view: DocView, s_first: int, end: int) -> int:
    """« Contacté, le directeur … », « Interrogée sur ce point, X … », « Sur le parking, X … »: past an
    opening participle or place and its complements, where the sentence's subject starts
    (``s_first`` when there is none)."""
    words = view.words
    participle = ("é", "ée", "és", "ées", "joint", "jointe")
    if s_first < end and words[s_first].upos == "ADP":
        # « Sur la voie sur berge, Didier, chauffeur …, philosophe : »: an opening place or time
        for k in range(s_first + 1, min(end - 1, s_first + 12)):
            if words[k].text == ",":
                return k + 1 if words[k + 1].text[:1].isupper() else s_first
            if words[k].upos in ("VERB", "AUX") or view.in_quote(k):
                break
        return s_first
    if s_first >= end or not words[s_first].text.lower().endswith(participle):
        return s_first
    for k in range(s_first + 1, min(end, s_first + 8)):
        if words[k].text == ",":
            return k + 1
        if words[k].upos in ("VERB", "AUX") and words[k].feat("VerbForm") == "Fin":
            break
    return s_first


def _phrase_before(view: DocView, end: int) -> int | None:
    """First word of the noun phrase ending right before word ``end``, within its sentence."""
    words = view.words
    s_first, _ = view.reporter_sentence(end - 1) if end > 0 else (0, 0)
    k = end - 1
    if k < s_first or words[k].upos not in ("NOUN", "PROPN", "ADJ"):
        return None
    while (
        k - 1 >= s_first
        and words[k - 1].upos in ("NOUN", "PROPN", "ADJ", "DET", "ADP")
        and words[k - 1].text not in (",", ":")
    ):
        k -= 1
    while k < end and words[k].upos == "ADP":
        k += 1
    return k
