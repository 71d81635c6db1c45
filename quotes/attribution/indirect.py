"""Indirect speech: reports without quote marks.

``indirect`` (a reporting verb with a *que* clause, an infinitive or a declared state),
``indirect-selon`` (*selon X,* and the clause it frames), ``indirect-incise`` (a final incise
after a clause without marks), ``indirect-after`` (« … . C’est la remarque de X. »).
"""

from __future__ import annotations

import bisect

from ..candidates import can_speak, speaker_kind
from ..cues import (
    VerbCue,
    fronted_clause,
    is_person_like,
    past_appositions,
    phrase_mention,
    postposed_subject,
    strip_final_incise,
    verb_entry,
)
from ..docview import DocView
from ..lexicon import word_set
from ..model import Cue, MarkedSpan, Mention, Span
from ..nounphrase import phrase_at
from .context import _speech_noun_owner
from .incise import _complement_between_commas, _incise_usable, _reporter_tail, _with_subject, final_incise
from .prepositional import _after_quote, _pour_position, _prepositional_cue_words, prepositional_cue
from .record import DASHES, _Attribution, _cue_attribution, _is_org_or_media

# How a sentence that gives the one before to someone opens (« C’est la remarque de X », « Tel
# est l’avis de X », « Le constat est de X »).
OWNING_OPENERS = {
    *("c'", "c’", "c'est", "c’est", "ce", "voilà"),
    *("tel", "telle", "tels", "telles", "le", "la", "l'", "l’"),
}


def _incise_inside_a_sentence(view: DocView, cue: VerbCue) -> tuple[int, int] | None:
    """An inverted incise between commas in the middle of a sentence with no quote marks
    (« A, appuie-t-il, B »): the words of the incise, or None."""
    words = view.words
    if cue.inverted is None:
        return _postposed_incise_inside_a_sentence(view, cue)
    if not cue.usable or cue.speaker is None or cue.que_clause or cue.infinitive:
        return None
    first, end = cue.group
    s_first, s_last = view.reporter_sentence(cue.verb)
    if any(view.in_quote(k) for k in range(s_first, s_last)):
        return None
    before, after = first - 1, end
    if before <= s_first or after >= s_last - 1:
        return None
    if words[before].text != "," or words[after].text != ",":
        return None
    return first, end


def _postposed_incise_inside_a_sentence(view: DocView, cue: VerbCue) -> tuple[int, int] | None:
    """« Pour le moment, estime un connaisseur, la tentation l’emporte »: a verb and its subject
    between commas in the middle of a sentence with no quote marks; the cue's speaker is set."""
    words = view.words
    if not cue.usable or cue.que_clause or cue.infinitive or "say" not in cue.entry.flags:
        return None
    first, end = cue.group
    s_first, s_last = view.reporter_sentence(cue.verb)
    if first - 1 <= s_first or words[first - 1].text != "," or end >= s_last:
        return None
    if any(view.in_quote(k) for k in range(s_first, s_last)):
        return None
    subject = postposed_subject(view, end, s_last)
    if subject is None or speaker_kind(view, subject) in (None, "place"):
        return None
    after = view.word_range(subject.span)[1]
    if after >= s_last - 1 or words[after].text != "," or _reporter_tail(view, after, s_last):
        return None  # (« …, ont indiqué deux cadres, ce qui laisse entrevoir … »: a final incise)
    if past_appositions(view, after, s_last) >= s_last - 1:
        return None  # (« …, a déclaré X, un habitant qui vit à Kinshasa. »: a final incise too)
    # a clause on each side: a finite verb after the incise
    if not any(words[k].feat("VerbForm") == "Fin" for k in range(after + 1, s_last)):
        return None
    cue.speaker = subject
    return first, after


def _pour_qui(view: DocView) -> list[tuple[int, int, Mention, Cue]]:
    """« … tel le Medef, pour qui seule une hausse liée à l’inflation serait acceptable »: the
    relative « pour qui » gives its antecedent's view (the clause after « qui »)."""
    words = view.words
    found = []
    for k in range(1, len(words) - 2):
        if words[k].text.lower() != "pour" or words[k + 1].text.lower() != "qui" or view.in_quote(k):
            continue
        j = k - 1
        while j >= 0 and words[j].text == ",":
            j -= 1
        if j < 0 or words[j].upos not in ("NOUN", "PROPN"):
            continue
        start = j  # the whole noun phrase before « pour qui »: « la fédération des artisans »
        while start > 0 and words[start - 1].upos in ("NOUN", "ADJ", "ADP", "DET", "PROPN"):
            if words[start - 1].text == ",":
                break
            start -= 1
            in_complement = words[start - 1].text.lower() in ("de", "d'", "d’", "du", "des")
            if words[start].upos == "DET" and not in_complement:
                break
        phrase = phrase_at(view, start, k) if start < k else None
        mention = phrase_mention(view, phrase) if phrase is not None and phrase.last == j + 1 else None
        if mention is None or speaker_kind(view, mention) not in ("person", "group", "organization"):
            continue
        _, s_last = view.reporter_sentence(k)
        end = s_last
        while end > k + 2 and words[end - 1].upos == "PUNCT" and not view.is_mark(end - 1):
            end -= 1
        if end > k + 3:
            said = Cue(view.span_of(k, k + 2), view.text_of(k, k + 2), "pour")
            found.append((k + 2, end, mention, said))
    return found


def _owned_by_next_sentence(view: DocView, s_first: int, s_last: int) -> _Attribution | None:
    """The attribution of a sentence with no marks that the next one gives to someone (« Les
    artistes marchent tête baissée. C’est la remarque de X. »), in the same paragraph."""
    words = view.words
    if s_last >= len(words) or view.paragraph_of[s_last] != view.paragraph_of[s_first]:
        return None
    if any(view.in_quote(k) for k in range(s_first, s_last)):
        return None
    n_first, n_last = view.reporter_sentence(s_last)
    opener = words[n_first].text.lower()
    said = _said_as_ce_que(view, n_first, n_last)
    if said is not None:
        return said  # « … . C’est en effet ce qu’estime l’ancien chef de l’opposition. »
    if opener not in OWNING_OPENERS:
        return None
    speech = word_set("speech_nouns.txt")
    nouns = [k for k in range(n_first, min(n_last, n_first + 4)) if words[k].lemma.lower() in speech]
    if not nouns:
        return None
    if opener in ("le", "la", "l'", "l’"):
        # « Le constat (amer) est de X »: the noun, its adjectives, then « être »
        k = nouns[0] + 1
        while k < n_last and words[k].upos == "ADJ":
            k += 1
        if nouns[0] != n_first + 1 or k >= n_last or words[k].lemma != "être":
            return None
    owner = _speech_noun_owner(view, n_first, n_last)
    if owner is None:
        return None
    owner.method = "indirect-after"
    owner.flags = []
    return owner


QUE = ("que", "qu'", "qu’")


def _said_as_ce_que(view: DocView, n_first: int, n_last: int) -> _Attribution | None:
    """« C’est (en effet) ce qu’estime X. », « C’est ce que pense Y. »: a sentence that only says whose
    the words before it are."""
    words = view.words
    if words[n_first].text.lower() not in ("c'", "c’", "ce"):
        return None
    window = range(n_first + 1, min(n_last, n_first + 6))
    que = next((k for k in window if words[k].text.lower() in QUE), None)
    if que is None or words[que - 1].text.lower() != "ce" or que + 1 >= n_last:
        return None
    verb = que + 1
    if words[verb].upos == "AUX" and verb + 1 < n_last:
        verb += 1  # « ce qu’a estimé X »
    if verb_entry(view, verb) is None:
        return None
    subject = postposed_subject(view, verb + 1, n_last)
    if subject is None or speaker_kind(view, subject) not in ("person", "group", "organization", "media"):
        return None
    end = view.word_range(subject.span)[1]
    if not all(words[m].upos == "PUNCT" for m in range(end, n_last)):
        return None
    cue = Cue(view.span_of(que + 1, verb + 1), view.text_of(que + 1, verb + 1), words[verb].lemma.lower())
    return _Attribution(cue, subject, "indirect-after", cue_found=True)


def _indirect(view: DocView, cues: list[VerbCue]) -> list[tuple[Span, str, MarkedSpan | None, _Attribution]]:
    words = view.words
    found: list[tuple[Span, str, MarkedSpan | None, _Attribution]] = []
    by_verb = {c.verb: c for c in cues}
    covered: list[tuple[int, int]] = []

    def add(first: int, last: int, att: _Attribution, *, state: bool = False) -> None:
        while last > first and words[last - 1].upos == "PUNCT" and not view.is_mark(last - 1):
            last -= 1
        while (first < last and words[first].text in (",", ":", ";")) or (
            first < last and words[first].text in DASHES
        ):
            first += 1
        if last <= first:
            return
        unquoted = [k for k in range(first, last) if not view.in_quote(k) and words[k].upos != "PUNCT"]
        if not unquoted or (
            len(unquoted) < 2 and not state and not any(words[k].upos in ("VERB", "AUX") for k in unquoted)
        ):
            # the report is the quotation itself: the partial quote says it all (but « de vouloir
            # « imposer le fait accompli » » reports a wish the quotation does not state)
            return
        if (
            not state
            and len(unquoted) < 6
            and not any(words[k].upos in ("VERB", "AUX") for k in unquoted)
            and not any(view.in_quote(k) for k in range(first, last))
        ):
            return  # no clause: « Procès de l’incendie », a headline's topic, reports nothing
        # The reports kept so far never overlap and are kept in order: only the two around
        # this one can overlap it (a long article has thousands).
        at = bisect.bisect_left(covered, (first, first))
        if any(a <= first < b or first <= a < last for a, b in covered[max(at - 1, 0) : at + 1]):
            return
        covered.insert(at, (first, last))
        found.append((view.span_of(first, last), "indirect", None, att))

    for cue in cues:
        if not cue.usable or cue.entry.incise_only or cue.impersonal:
            continue
        if cue.speaker is None:
            continue
        if cue.speaker.kind == "pronoun" and cue.speaker.text.lower() in ("on",):
            continue
        if not can_speak(view, cue.speaker, as_subject=True):
            continue  # « la hausse des prix montre que … »: nobody speaks
        clause = cue.que_clause or cue.infinitive or cue.predicate
        if clause is None and "comme" in cue.flags:
            # « l’armée ne se retirera pas, comme le précise l’ambassadeur »: the clause before « comme »
            s_first, _ = view.reporter_sentence(cue.verb)
            before = range(cue.group[0] - 1, s_first - 1, -1)
            clause = (s_first, next(k for k in before if words[k].text.lower() in ("comme", "ainsi")))
        if clause is None:
            continue
        fronted = fronted_clause(view, cue.verb)
        if fronted is not None and clause[0] < fronted[0] < clause[1]:
            clause = (clause[0], fronted[0])  # « S’il reconnaît que …, le gouvernement … »: to the comma
        opening = range(clause[0], min(clause[1], clause[0] + 3))
        if clause is cue.predicate and any(view.is_mark(k) for k in opening):
            continue  # « se disent « épuisés » par … »: the quoted state is the report (a partial quote)
        if cue.entry.ambiguous and not cue.entry.asking and cue.infinitive and not cue.que_clause:
            # « a reconnu avoir « mal tenu » ses comptes », « a menacé de retirer son pays », but not
            # « croit pouvoir » nor « une puissance qui menace de créer un écart »
            reported = (
                _past_infinitive(view, cue.infinitive[0])
                or view.words[cue.infinitive[0] - 1].text.lower() in ("de", "d'", "d’")
                # « a reconnu appartenir au commando », « conteste être l’auteur »: with an
                # infinitive these verbs always report (« croit pouvoir » does not).
                or cue.entry.lemma in ("reconnaître", "contester")
            )
            speaks = is_person_like(view, cue.speaker) or _is_org_or_media(view, cue.speaker)
            if not (reported and speaks):
                continue
        s_first, s_last = view.reporter_sentence(cue.verb)
        incise = final_incise(view, s_first, s_last, by_verb)
        end = strip_final_incise(view, clause[0], clause[1], incise[0] if incise else None)
        att = _cue_attribution(view, cue, "indirect")
        # « 56 % se disent pessimistes »: a declared state is a report, however short (settled cases).
        add(clause[0], end, att, state=clause is cue.predicate)

    for cue in cues:
        inside = _incise_inside_a_sentence(view, cue)
        if inside is not None:
            # « Contrairement aux discours, appuie-t-il, le français est classé troisième »: the
            # sentence round the incise is what he reports.
            s_first, s_last = view.reporter_sentence(cue.verb)
            add(s_first, s_last, _cue_attribution(view, cue, "indirect-incise"))
    for found_pour in _pour_qui(view):
        first, last, mention, said = found_pour
        add(first, last, _Attribution(said, mention, "indirect-selon", cue_found=True))
    for s_first, s_last in view.sentences:
        if all(view.in_quote(k) for k in range(s_first, s_last)):
            continue
        owned = _owned_by_next_sentence(view, s_first, s_last)
        if owned is not None:
            add(s_first, s_last, owned)  # « … . C’est la remarque de X. »: the sentence before is X's
            continue
        found_cue = prepositional_cue(view, s_first, s_last)
        if found_cue is not None:
            k, end, mention, kind = found_cue
            if kind == "pour" and _after_quote(view, k):
                continue  # « « Une erreur », pour le maire, qui … »: the words quoted before are the report
            att = _Attribution(_prepositional_cue_words(view, k), mention, "indirect-selon", cue_found=True)
            if k == s_first or _pour_position(view, k, s_first):
                incise = final_incise(view, s_first, s_last, by_verb)
                add(end, strip_final_incise(view, end, s_last, incise[0] if incise else None), att)
            elif _parenthetical(view, k, end, s_last):
                # « C’est lié, selon le médiateur, à un durcissement … »: the cue cuts the report in two.
                incise = final_incise(view, s_first, s_last, by_verb)
                add(s_first, strip_final_incise(view, end, s_last, incise[0] if incise else None), att)
            else:
                # « …, selon X » / « …, a-t-on appris de source policière »: the clause before the cue.
                incise = final_incise(view, s_first, k, by_verb)
                add(s_first, strip_final_incise(view, s_first, k, incise[0] if incise else None), att)
            continue
        incise = final_incise(view, s_first, s_last, by_verb)
        if incise is not None:
            start, cue = incise
            if (cue.entry.incise_only and "told" not in cue.flags) or not _incise_usable(cue):
                continue  # (« …, a-t-on appris auprès du parquet » reports the clause before it)
            if _incise_closes_a_quotation(view, s_first, start):
                continue  # « Procès X : « Je n’ai jamais voulu ça », dit l’accusé »: the quotation is his
            att = _with_subject(view, cue, s_last, "indirect-incise")
            if att.speaker is None or not can_speak(view, att.speaker, as_subject=True):
                continue
            add(s_first, start, att)
    return found


def _parenthetical(view: DocView, k: int, end: int, s_last: int) -> bool:
    """The prepositional cue at ``k`` sits between commas inside its sentence, with words after."""
    words = view.words
    after = end
    while after < s_last and words[after].upos == "PUNCT" and not view.is_mark(after):
        after += 1
    return (
        k > 0
        and words[k - 1].text == ","
        and end < s_last
        and words[end].text == ","
        and after < s_last
        and any(w.upos not in ("PUNCT",) for w in words[after:s_last])
    )


def _past_infinitive(view: DocView, k: int) -> bool:
    """« avoir menti », « n’avoir rien vu », « d’avoir ignoré », « être intervenu »: a deed reported."""
    words = view.words
    while k < len(words) and words[k].text.lower() in ("de", "d'", "d’", "ne", "n'", "n’", "pas", "jamais"):
        k += 1
    return k < len(words) and words[k].text.lower() in ("avoir", "être")


def _incise_closes_a_quotation(view: DocView, s_first: int, start: int) -> bool:
    """The incise at ``start`` follows a whole quotation (after a colon, or opening the sentence)."""
    words = view.words
    k = start - 1
    while k > s_first and words[k].text == ",":
        k -= 1
    if not (view.is_mark(k) and view.in_quote(k)):
        # « « … », dans le nord de la capitale, a déclaré X »: a complement between the marks and it
        comma = next((m for m in range(k, max(s_first, k - 10), -1) if words[m].text == ","), None)
        if comma is None or _complement_between_commas(view, comma + 1, start + 1) != start:
            return False
        k = comma - 1
        if not (view.is_mark(k) and view.in_quote(k)):
            return False
    n = view.mark_of[k]
    if n == -1:
        return False
    opener = view.word_at(view.spans[n].opener)
    if opener <= s_first or words[opener - 1].text in (":", "—", "–", "-"):
        return True
    # « Néanmoins, en fin de journée, « … », a précisé X »: only adverbials before the quotation
    return words[opener - 1].text == "," and not any(
        words[m].upos in ("VERB", "AUX") or view.in_quote(m) for m in range(s_first, opener - 1)
    )
