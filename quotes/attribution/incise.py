"""Incises: a reporting verb and its speaker set into the reporter's sentence.

``incise`` (« … », a déclaré X), ``incise-inside`` (« …, explique-t-il, … »), ``incise-end``
(« … » qui…, a indiqué X). ``final_incise`` finds the cue that ends a sentence, which
indirect speech also uses to cut the report short of it.
"""

from __future__ import annotations

from dataclasses import replace

from ..cues import (
    VerbCue,
    cited_by,
    is_person_like,
    past_appositions,
    postposed_subject,
    pronominal_entry,
    pronoun_mention,
    quoted_label_mention,
    relayed_speaker,
    verb_entry,
    verb_group,
)
from ..cues.verbs import INCISE_ADVERBS, TIME_WORDS, date_at
from ..docview import DocView
from ..lexicon import ReportingVerb, word_set
from ..model import Alternative, MarkedSpan, Word
from .record import _Attribution, _cue_attribution, _is_org_or_media, _next_content_word, _participle_like

# Words that open a clause of the reporter's own, never an incise (« …, qui alerte l’ARS »).
NOT_INCISE_STARTS = {
    *("sans", "pour", "avant", "après", "en", "tout", "et", "mais", "ou", "puis"),
    *("qui", "dont", "où"),
}


def _verb_at(
    view: DocView, j: int, last: int, by_verb: dict[int, VerbCue], *, quoted: bool = False
) -> VerbCue | None:
    """The cue whose verb group starts at word ``j`` (after a closing mark or a comma).

    ``quoted``: the incise sits inside the quote marks, where no cue was listed beforehand.
    """
    words = view.words
    if quoted:
        for k in range(j, min(last, j + 4)):
            pronominal = pronominal_entry(view, k)
            if pronominal is not None:
                # « …, s’indigne Jacques P., qui … »: the tagger may call the verb an adjective.
                (first, end), inverted = verb_group(view, k)
                if first <= j + 1:
                    return VerbCue(verb=k, entry=pronominal, group=(first, end), inverted=inverted)
            if words[k].upos not in ("VERB", "AUX") and not _participle_like(view, k):
                continue
            after = k + 1
            while after < last and words[after].text.lower() in INCISE_ADVERBS:
                after += 1  # « a pourtant déclaré »
            if words[k].upos == "AUX" and after < last and words[after].upos in ("VERB", "ADJ", "AUX"):
                continue  # « a poursuivi »: the participle carries the cue
            entry = verb_entry(view, k)
            (first, end), inverted = verb_group(view, k)
            if entry is not None and first <= j + 1 and inverted is None:
                return VerbCue(verb=k, entry=entry, group=(first, end))
            preps = ASPECTUAL.get(_aspectual_lemma(words[k]))
            if entry is None and preps is not None and first <= j + 1 and inverted is None:
                # « «…, a tenté de tempérer Pascal C. …» »: the infinitive after the lead carries the cue
                inf = k + 1 if preps == () else k + 2
                if inf < last and (preps == () or words[k + 1].text.lower() in preps):
                    carried = verb_entry(view, inf)
                    if carried is not None and words[inf].feat("VerbForm") == "Inf":
                        return VerbCue(verb=inf, entry=carried, group=(first, inf + 1))
            break
    if words[j].upos in ("ADP", "SCONJ", "CCONJ") or words[j].text.lower() in NOT_INCISE_STARTS:
        # « …, sans dévoiler les noms », « en affirmant », « … » et réclame le report »: no incise
        return None
    for k in range(j, min(last, j + 6)):
        cue = by_verb.get(k)
        if cue is not None and cue.group[0] > j and _aspectual_lead(view, j, cue.group[0]):
            # « a fini par répéter l’ancien notaire »: the finite verb before the infinitive carries it.
            return replace(cue, group=(j, cue.group[1]))
        if cue is not None and cue.group[0] <= j + 1 and cue.group[0] >= j:
            if not _finite_group(view, cue):
                return None
            return cue
        if words[k].upos in ("VERB",) and k > j + 1 and _aspectual_lemma(words[k]) not in ASPECTUAL:
            break
    # An incise verb that is not in the lexicon still counts when its subject is inverted.
    for k in range(j, min(last, j + 5)):
        w = words[k]
        if w.upos in ("VERB", "AUX") and (quoted or not view.in_quote(k)):
            (first, end), inverted = verb_group(view, k)
            if inverted is not None and first <= j + 1:
                verb = k
                m = inverted + 1
                # « a-t-on appris », « a-t-il ajouté »: the participle after the inverted auxiliary.
                if (
                    w.upos == "AUX"
                    and m < last
                    and words[m].upos in ("VERB", "ADJ", "AUX")
                    # « a-t-elle plaidé »: a participle the tagger may call finite
                    and (words[m].feat("VerbForm") in ("Part", None) or _participle_like(view, m))
                ):
                    verb = m
                    m += 1
                # « tente-t-il de corriger »: the reporting verb is the infinitive after it.
                if (
                    m + 1 < last
                    and words[m].text.lower() in ("de", "d'", "d’")
                    and words[m + 1].feat("VerbForm") == "Inf"
                ):
                    verb = m + 1
                entry = verb_entry(view, verb) or verb_entry(view, k)
                if entry is None:
                    entry = ReportingVerb(words[verb].lemma.lower(), frozenset({"say", "incise"}))
                cue = VerbCue(verb=verb, entry=entry, group=(first, max(end, verb + 1)), inverted=inverted)
                cue.speaker = pronoun_mention(view, inverted)
                return cue
    return None


DE = ("de", "d'", "d’")
ASPECTUAL_VERBS = {
    *(("finir", ("par",)), ("venir", DE), ("mettre", ("à",)), ("tenir", ("à",))),
    # « se contente de réagir X », « s’empresse de préciser X », « se borne à répondre X »
    *(("contenter", DE), ("empresser", DE), ("borner", ("à",)), ("limiter", ("à",))),
    # « veut croire ce délégué », « préfère relativiser le maire »: the infinitive right after
    *(("vouloir", ()), ("préférer", ()), ("oser", ())),
    # « a tenté de tempérer le gardien », « essaie de rassurer X », « cherche à minimiser X »
    *(("tenter", DE), ("essayer", DE), ("chercher", ("à",))),
}
ASPECTUAL = dict(ASPECTUAL_VERBS)
REFLEXIVE = ("se", "s'", "s’")


def _aspectual_lemma(word: Word) -> str:
    """The verb's lemma, from its form when the tagger's lemma is no verb (« contente » → « content »)."""
    lemma = word.lemma.lower()
    if lemma in ASPECTUAL:
        return lemma
    form = word.text.lower()
    for ending in ("aient", "ait", "ées", "és", "ée", "é", "ent", "es", "e"):
        if form.endswith(ending) and form[: -len(ending)] + "er" in ASPECTUAL:
            return form[: -len(ending)] + "er"
    return lemma


def _aspectual_lead(view: DocView, j: int, start: int) -> bool:
    """Words ``[j, start)`` are « a fini par », « vient de », « a tenu à » before an infinitive."""
    words = view.words
    k = j
    if k < start and words[k].text.lower() in REFLEXIVE:
        k += 1  # « se contente de », « s’est contenté de »
    if k < start and words[k].upos == "AUX":
        k += 1
    if k >= start or words[k].upos != "VERB" or words[k].feat("VerbForm") not in ("Fin", "Part"):
        return False
    preps = ASPECTUAL.get(_aspectual_lemma(words[k]))
    if preps == ():
        return k + 1 == start
    return preps is not None and k + 2 == start and words[k + 1].text.lower() in preps


def _finite_group(view: DocView, cue: VerbCue) -> bool:
    """An incise is a finite verb (or an auxiliary and its participle), never an infinitive."""
    words = view.words
    if cue.inverted is not None or any(words[k].upos == "AUX" for k in range(*cue.group)):
        return True
    # « dit l’accusé »: present and participle look alike; infinitives and gerunds are out.
    verb = words[cue.verb]
    return verb.feat("VerbForm") not in ("Inf", "Ger") and not (
        verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Pres"
    )


INCISE_ASIDE_STARTS = ("lors", "devant", "pendant", "face", "visiblement", "manifestement", "très", "encore")
INCISE_COMPLEMENT_STARTS = (
    "à",
    "au",
    "aux",
    "lors",
    "devant",
    "pendant",
    "sur",
    "dans",
    "en",
    "depuis",
    "face",
)


def _aside_tail(view: DocView, start: int, ql: int) -> int:
    """Past what describes the speaker after an incise inside the marks, the sentence's end.

    « …, a déclaré la lauréate, visiblement émue, lors de la cérémonie. Je pense … » and « …, a dit
    le maire au micro de France Info. Rien ne … »: the incise ends the sentence. Returns ``start``
    when what follows may be the quotation going on (« Nous irons, a dit le maire, jusqu'au bout »).
    """
    words = view.words
    k = start
    while k < ql and words[k].text not in (".", "!", "?", "…"):
        j = k + 1 if words[k].text == "," else k
        if j >= ql:
            return start
        w = words[j]
        low = w.text.lower()
        aside = (
            low in INCISE_ASIDE_STARTS
            or w.feat("VerbForm") == "Part"
            or (w.upos == "ADJ" and w.text.islower())
            # « …, reconnaît Claire V., microbiologiste au laboratoire …, … »: the speaker's role
            or (w.upos == "NOUN" and w.text.islower() and j > k)
            or (
                low in ("à", "au", "en")
                and any(
                    words[m].text.lower() in ("issue", "marge", "micro") for m in range(j + 1, min(ql, j + 3))
                )
            )
        )
        # « …, reconnaît X, microbiologiste, qui a dirigé l’étude. Puis … »: a relative clause about
        # the speaker has a verb of its own.
        relative = low in ("qui", "dont") and words[j - 1].text == ","
        if not (aside or relative or (j == k and low in INCISE_COMPLEMENT_STARTS)):
            return start
        k = j + 1
        while k < ql and words[k].text not in (",", ".", "!", "?", "…", ";", ":"):
            if view.in_quote(k) != view.in_quote(start) or (
                words[k].upos in ("VERB", "AUX") and words[k].feat("VerbForm") == "Fin" and not relative
            ):
                return start
            k += 1
    if start < k < ql and words[k].text in (".", "!", "?", "…"):
        return k
    return start


def _with_subject(view: DocView, cue: VerbCue, s_last: int, method: str) -> _Attribution:
    att = _cue_attribution(view, cue, method)
    if cue.inverted is None:
        subject = postposed_subject(view, max(cue.group[1], cue.verb + 1), s_last)
        if subject is not None and "relayed" not in att.flags:
            att.speaker = subject
            inner = cited_by(view, view.word_range(subject.span)[1], s_last)
            if inner is not None:  # « …, a rapporté Reuters citant des sources »
                att.speaker = inner[0]
                att.flags.append("relayed")
                att.alternatives = [Alternative(subject, method, 0.5, "relay")]
    return att


def _incise_after(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    if span.closer is None:
        return None
    _, s_last = view.reporter_sentence(ql)
    j = _next_content_word(view, ql + 1, s_last)
    if j >= s_last:
        return None
    cue = _verb_at(view, j, s_last, by_verb) or _inverted_incise(view, j, s_last)
    words = view.words
    after = None
    if cue is None and words[j - 1].text == ",":
        # « « … », dans le nord de la capitale, a déclaré à l'AFP X »: a complement of the quoted
        # words, between commas, before the incise (« « … » dans les villages, a assuré X » is partial)
        after = _complement_between_commas(view, j, s_last)
    elif cue is None and words[j].upos == "ADV" and j + 2 < s_last and words[j + 1].text == ",":
        after = j + 2  # « « on ne veut voir aucun civil » ici, a dit l’officier »: the quoted words go on
    if after is not None:
        cue = _verb_at(view, after, s_last, by_verb) or _inverted_incise(view, after, s_last)
    if cue is None or not _incise_usable(cue):
        return None
    return _with_subject(view, cue, s_last, "incise")


# What ends a complement between commas before no comma closed it.
COMPLEMENT_ENDS = frozenset({"VERB", "AUX", "PUNCT", "SCONJ"})


def _complement_between_commas(view: DocView, j: int, s_last: int) -> int | None:
    """Word ``j`` opens a short complement with no verb (« dans le nord de la ville ») closed by a
    comma: the word after that comma, or None."""
    words = view.words
    if words[j].upos != "ADP" or words[j].text.lower() in NOT_INCISE_STARTS:
        return None
    comma = view.closing_comma(j + 1, min(s_last, j + 10), stop=COMPLEMENT_ENDS)
    if comma is None:
        comma = _comma_after_a_relative(view, j + 1, min(s_last, j + 14))
    return comma + 1 if comma is not None and comma + 1 < s_last else None


def _comma_after_a_relative(view: DocView, start: int, last: int) -> int | None:
    """« « … », malgré un règlement qui ne le permet pas, reconnaît X »: the comma that closes a
    complement whose only verbs are in a relative clause of its own."""
    words = view.words
    relative = False
    for m in range(start, last):
        low = words[m].text.lower()
        if low == ",":
            return m if relative else None
        if view.in_quote(m) or (words[m].upos == "PUNCT" and low not in ("'", "’")):
            return None
        if low in ("qui", "que", "qu'", "qu’", "dont", "où") and m > start + 1:
            relative = True
        elif words[m].upos in COMPLEMENT_ENDS and not relative:
            return None
    return None


INCISE_CLITICS = {"lui", "leur", "se", "s'", "s’", "nous", "vous", "me", "m'", "m’", "y", "en"}


def _inverted_incise(view: DocView, j: int, s_last: int) -> VerbCue | None:
    """« « … », lui a opposé le vice-président »: right after a quotation, a finite verb followed by
    its subject is an incise whatever the verb (« sourit le maire », « tranche la ministre »)."""
    words = view.words
    k = j
    while k < s_last and words[k].text.lower() in INCISE_CLITICS:
        k += 1
    if k >= s_last or words[k].upos not in ("VERB", "AUX") or words[k].feat("VerbForm") != "Fin":
        return None
    verb = k
    if words[k].upos == "AUX" and k + 1 < s_last and words[k + 1].upos == "VERB":
        verb = k + 1
    if words[verb].upos != "VERB":
        return None
    subject = postposed_subject(view, verb + 1, s_last)
    if subject is None or not (is_person_like(view, subject) or _is_org_or_media(view, subject)):
        return None
    s_end = view.word_range(subject.span)[1]
    if not (
        s_end >= s_last
        or all(words[m].upos == "PUNCT" for m in range(s_end, s_last))
        or _only_complements(view, s_end, s_last)
    ):
        return None
    entry = ReportingVerb(words[verb].lemma.lower(), frozenset({"say", "incise"}))
    cue = VerbCue(verb=verb, entry=entry, group=(j, verb + 1))
    cue.speaker = subject
    return cue


def _incise_usable(cue: VerbCue) -> bool:
    # (« a-t-on précisé » with nobody named: the reporter's « on », no speaker)
    return not (cue.negated or cue.future or cue.idiom or cue.journalist)


def _incise_inside(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    """« Nous pensions, a-t-il ajouté, que c'était possible »: an incise between commas inside the marks."""
    words = view.words
    for k in range(qf + 1, ql - 1):
        if words[k].text != ",":
            continue
        j = k + 1
        cue = _verb_at(view, j, ql, by_verb, quoted=True)
        if cue is None:
            continue
        if cue.inverted is not None:
            close = cue.group[1]
            if cue.speaker is None:
                cue.speaker = pronoun_mention(view, cue.inverted)  # « …, s’indigne-t-elle, … »
        else:
            subject = postposed_subject(view, max(cue.group[1], cue.verb + 1), ql, quoted=True)
            if subject is None:
                continue
            cue.speaker = subject
            close = view.word_range(subject.span)[1]
        if close < ql and words[close].text not in (".", "!", "?", "…"):
            close = _aside_tail(view, close, ql)
        if close < ql and words[close].text not in (",", ".", "!", "?", "…"):
            # « « On n’aura pas le choix, a répondu le maire au dernier conseil municipal. »: the
            # verb's complements after its subject belong to the incise.
            if words[close].text == "(":
                # « le maire Laurent B. (LR) au conseil »: the party in brackets first
                close = next((m + 1 for m in range(close, min(ql, close + 6)) if words[m].text == ")"), close)
            stop = next((m for m in range(close, ql) if words[m].text in (".", "!", "?", "…")), ql)
            stretch = range(close, stop)
            verbless = not any(words[m].upos in ("VERB", "AUX") or view.is_mark(m) for m in stretch)
            if words[close].text.lower() in COMPLEMENT_STARTS and verbless:
                close = stop
        if close < ql and words[close].text == ",":
            return _cue_attribution(view, cue, "incise-inside")
        if (
            close + 2 < ql
            and words[close].text.lower() == "qui"
            and verb_entry(view, close + 1) is not None
            and words[close + 2].text in (":", ",")
        ):
            # « Et c'est tant mieux, confie un parlementaire qui ajoute : ces gens-là … »
            return _cue_attribution(view, cue, "incise-inside")
        at_end = close >= ql or (close == ql - 1 and words[close].text in (".", "!", "?", "…"))
        if (
            at_end
            and words[j].text.lower() not in NOT_INCISE_STARTS
            and cue.speaker is not None
            and is_person_like(view, cue.speaker)
        ):
            # « « Il y en a trop, a assuré l’édile lors des questions du public. » »: the incise runs
            # to the closing mark, which the writer put after it.
            return _cue_attribution(view, cue, "incise-inside")
        if close < ql - 1 and words[close].text in (".", "!", "?", "…"):
            # « Les comptes sont certifiés, a poursuivi la présidente. Nous ne céderons pas. »: the
            # incise ends a sentence and the quotation goes on to the closing mark; one quotation,
            # incise included (GUIDELINES, « Settled cases »: an incise inside one pair of marks).
            return _cue_attribution(view, cue, "incise-inside")
    return None


def final_incise(
    view: DocView, s_first: int, s_last: int, by_verb: dict[int, VerbCue]
) -> tuple[int, VerbCue] | None:
    """A cue that ends the sentence: « …, a indiqué la police. » → (first word of the incise, cue)."""
    words = view.words
    end = s_last
    while end > s_first and words[end - 1].upos == "PUNCT" and words[end - 1].text not in ("»", "”"):
        end -= 1
    # Walk back over a possible postposed subject to the comma or closing mark before the verb group
    # (over an outlet's name in marks too: « …, rapporte «Le Parisien». »).
    walk = end
    if end - 1 > s_first and view.is_mark(end - 1) and view.in_quote(end - 1):
        n = view.mark_of[end - 1]
        opener = view.word_at(view.spans[n].opener) if n != -1 else end
        if opener < end - 1 and quoted_label_mention(view, opener, end) is not None:
            walk = opener
    for k in range(walk - 1, max(s_first, walk - 40) - 1, -1):  # (a subject, its role and a relay)
        if view.in_quote(k):
            prev_is_mark = True
        else:
            prev_is_mark = False
        if words[k].text == "," or (prev_is_mark and view.is_mark(k)):
            j = k + 1
            if j >= end:
                return None
            cue = _verb_at(view, j, end, by_verb)
            if cue is not None and any(words[c].upos == "AUX" and c < k for c in view.children[cue.verb]):
                cue = None  # « X a, elle, annoncé un recours »: the auxiliary before the comma is the verb's
            if cue is None or not _incise_usable(cue):
                if words[k].text == ",":
                    continue
                return None
            if not _clause_before(view, s_first, k):
                continue  # « Son opposant, Luc Bertrand, a dénoncé … »: the comma closes the subject
            if cue.inverted is not None:
                if cue.group[1] == end or all(words[m].upos == "PUNCT" for m in range(cue.group[1], end)):
                    return j, cue
                # « tente-t-il de corriger au cours de sa vidéo »
                if cue.verb >= cue.group[1] - 1 or cue.verb > cue.inverted:
                    return j, cue
                continue
            subject = postposed_subject(view, max(cue.group[1], cue.verb + 1), end)
            if subject is None:
                continue
            s_end = view.word_range(subject.span)[1]
            relayed = relayed_speaker(view, s_end, end)
            if relayed is not None:
                s_end = relayed[1].last  # « …, a rapporté Reuters citant des sources sécuritaires. »
            if (
                s_end >= end
                or all(words[m].upos == "PUNCT" for m in range(s_end, end))
                or _only_complements(view, s_end, end)
                or past_appositions(view, s_end, end) >= end
                or _relay_to_the_end(view, s_end, end)
            ):
                return j, cue
            continue
        if view.in_quote(k) and not view.is_mark(k):
            return None
    return None


def _relay_to_the_end(view: DocView, start: int, end: int) -> bool:
    """« …, a déclaré au Télégramme X, selon des propos publiés sur le site du quotidien »: after the
    subject, « selon » and where the words were published, with no verb of its own, to the end."""
    words = view.words
    if start + 2 >= end or words[start].text != "," or words[start + 1].text.lower() != "selon":
        return False
    head = next((m for m in range(start + 2, end) if words[m].upos == "NOUN"), None)
    if head is None or words[head].lemma.lower() not in word_set("speech_nouns.txt") | {"déclaration"}:
        return False
    return not any(words[m].feat("VerbForm") == "Fin" or view.in_quote(m) for m in range(start + 2, end))


def _clause_before(view: DocView, s_first: int, k: int) -> bool:
    """Whether the words ``[s_first, k)``, before a comma or a quote mark, may precede an incise.

    They can when they hold a quotation, or the verb of a main clause: finite (or with no verb
    form given), neither hung on a noun (``acl``, ``acl:relcl``) nor inside a relative clause; in
    « Son éditeur, X, qui dirige les éditions, a annoncé … » the comma closes the subject, and what
    follows is the main verb, not an incise. They can too when they are a verbless fragment of five
    words or more, with no comma, that opens with a capitalized preposition other than one that
    frames a speaker (« selon », « pour », « d’après »…): the words reported, not a subject.
    """
    words = view.words
    for m in range(s_first, k):
        if view.in_quote(m):
            return True
        w = words[m]
        if w.upos not in ("VERB", "AUX") or w.feat("VerbForm") not in ("Fin", None):
            continue
        if w.deprel in ("acl:relcl", "acl") or _in_relative_clause(view, m, s_first):
            continue
        return True
    # « Avec des moments artistiques très forts dans une ambiance exceptionnelle, a déclaré X »: a
    # fragment that opens with a preposition is no subject; it is the words reported.
    opening = words[s_first]
    verbless = not any(words[m].upos in ("VERB", "AUX") or words[m].text == "," for m in range(s_first, k))
    framing = opening.text.lower() in ("selon", "suivant", "pour", "d'", "d’", "d'après", "d’après", "aux")
    opens = opening.upos == "ADP" and opening.text[:1].isupper()
    return verbless and opens and not framing and k - s_first >= 5


def _in_relative_clause(view: DocView, m: int, s_first: int) -> bool:
    """Word ``m`` is in a relative clause: « qui », « dont » or « lequel » comes at most six words
    before it with no comma, stop, colon or semicolon in between, and no finite verb not hung on
    ``m`` stands between them unless an « et », « ou », « mais » or a conjunction does too."""
    words = view.words
    for j in range(m - 1, max(s_first, m - 6) - 1, -1):
        low = words[j].text.lower()
        if low in (",", ".", ";", ":"):
            return False
        if low in ("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"):
            # « L’épicentre, qui a eu lieu à 16H27 a été localisé … »: a second verb group with no
            # « et » before it is the main clause's, the comma closing the relative left out.
            between = range(j + 1, m)
            own = any(
                words[k].upos in ("VERB", "AUX") and words[k].feat("VerbForm") == "Fin" and words[k].head != m
                for k in between
            )
            joined = any(
                words[k].text.lower() in ("et", "ou", "mais") or words[k].upos == "SCONJ" for k in between
            )
            return not own or joined  # (« qui a dit qu’il partait »: the relative goes on)
    return False


COMPLEMENT_STARTS = (
    *("à", "au", "aux", "sur", "dans", "lors", "devant", "pendant", "en", "depuis"),
    *("au cours", "avant", "après"),
)


def _only_complements(view: DocView, start: int, end: int) -> bool:
    """Words after a postposed subject that are only a complement (« à une question de la RTBF »), a
    date (« affirme Libération vendredi matin »), or the reporter's aside after a comma (« …, ce qui
    laisse entrevoir … », « …, confirmant une source policière »)."""
    words = view.words
    k = start
    while k < end:
        dated = date_at(view, k, end)
        if dated or words[k].text.lower() in TIME_WORDS:
            k += dated or 1
            continue
        break
    if k >= end or _reporter_tail(view, k, end):
        return True
    if words[k].text.lower() not in COMPLEMENT_STARTS:
        return False
    for m in range(k, end):
        if _reporter_tail(view, m, end):
            return True
        if words[m].upos in ("VERB", "AUX") or view.in_quote(m):
            return False
    return True


def _reporter_tail(view: DocView, m: int, end: int) -> bool:
    """« , ce qui … », « , confirmant … »: after a comma, a clause of the reporter's own."""
    words = view.words
    if words[m].text != "," or m + 1 >= end:
        return False
    after = words[m + 1]
    if after.feat("VerbForm") == "Part" and after.feat("Tense") == "Past" and after.upos == "VERB":
        # « …, a indiqué le procureur, Rémy H., arrivé sur place au petit matin »: an aside on the subject
        return not any(words[k].upos in ("VERB", "AUX") and words[k].feat("VerbForm") == "Fin"
                       for k in range(m + 2, end))
    return after.text.lower() == "ce" or (after.feat("VerbForm") == "Part" and after.feat("Tense") == "Pres")


def _incise_end(
    view: DocView, span: MarkedSpan, qf: int, ql: int, by_verb: dict[int, VerbCue]
) -> _Attribution | None:
    s_first, s_last = view.reporter_sentence(qf)
    found = final_incise(view, s_first, s_last, by_verb)
    if found is None:
        return None
    start, cue = found
    if start <= ql or _in_relative_aside(view, s_first, qf, start):
        return None
    if any(view.words[k].text == ":" and not view.in_quote(k) for k in range(ql, start)):
        return None  # « X dit avoir été « renvoyé » par un capitaine : « … » ici, a dit l’officier »
    return _with_subject(view, cue, s_last, "incise-end")


RELATIVES = {"qui", "dont", "que", "qu'", "qu’", "où", "lequel", "laquelle"}


def _in_relative_aside(view: DocView, s_first: int, qf: int, incise: int) -> bool:
    """« Cet homme, affecté aux stups, et dont le profil de « ripou » intrigue, a été interpellé, ont
    annoncé … »: marks in a relative clause between commas describe someone in the reporter's words;
    the incise at the end reports the main clause, not them."""
    words = view.words
    opening = next((m for m in range(qf - 1, s_first - 1, -1) if words[m].text == ","), None)
    if opening is None:
        return False
    closing = next((m for m in range(qf, incise) if words[m].text == "," and not view.in_quote(m)), None)
    if closing is None or closing >= incise - 1:
        return False
    lead = [words[m].text.lower() for m in range(opening + 1, min(qf, opening + 3))]
    return any(low in RELATIVES for low in lead)
