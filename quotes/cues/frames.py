"""A reporting verb's frame: whether it reports something that was said, and what.

``find_verb_cues`` lists every reporting verb outside quote marks and fills in its frame:
its mood (negated, future, conditional, hypothetical, an idiom such as « c’est-à-dire »,
a generic « tout verrier vous dirait »), its speaker (``subjects``) and the reported clause
it governs: a *que* clause, an infinitive (« a promis de former »), or the state the
speaker declares (« s’est dit satisfait »).
"""

from __future__ import annotations

from ..candidates import speaker_kind
from ..docview import DocView
from ..lexicon import idioms, word_set
from ..model import Mention
from ..nounphrase import Phrase, phrase_at
from .mentions import _is_party_noun, relayed_speaker
from .relatives import relative_qui
from .subjects import _find_speaker, subject_of
from .verbs import (
    NE,
    NEGATIONS,
    TIME_WORDS,
    VerbCue,
    _bare_participle,
    _naming_participle,
    filler_at,
    in_incise_position,
    verb_entry,
    verb_group,
)

QUE = {"que", "qu'", "qu’", "qu"}

DASHES_AND_MARKS = {"-", "–", "—", "«", "»", "“", "”", '"'}
# Endings of the simple future (« dira », « annonceront »).
FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")


def find_verb_cues(view: DocView) -> list[VerbCue]:
    """Every reporting verb outside quote marks, with its frame."""
    cues = []
    words = view.words
    for i, w in enumerate(words):
        if view.in_quote(i):
            continue
        entry = verb_entry(view, i)
        if entry is None:
            continue
        if w.upos == "AUX" and entry.lemma not in ("dire",) and len(entry.lemma.split()) == 1:
            continue
        if _naming_participle(view, i) or _bare_participle(view, i):
            continue
        if i > 0 and words[i - 1].upos == "DET" and words[i - 1].text.lower() not in ("tout", "tous", "leur"):
            continue  # « le prévenu », « les intéressés »: a noun (« leur disant »: a clitic, tagged DET)
        group, inverted = verb_group(view, i)
        rest = len(entry.lemma.split()) - 1
        if rest and not entry.lemma.startswith(("se ", "s'")):
            skipped = 0  # « a fait également savoir »: adverbs inside the multi-word cue
            while i + 1 + skipped < len(words) and words[i + 1 + skipped].upos == "ADV":
                skipped += 1
            group = (group[0], min(len(words), max(group[1], i + 1) + rest + skipped))
        cue = VerbCue(verb=i, entry=entry, group=group, inverted=inverted)
        _read_mood(view, cue)
        cue.idiom = _is_idiom(view, i)
        _find_speaker(view, cue)
        _pass_through_relay(view, cue)
        _find_complement(view, cue)
        _end_inside_relative(view, cue)
        cues.append(cue)
    _carry_told(view, cues)
    return cues


def _carry_told(view: DocView, cues: list[VerbCue]) -> None:
    """« …, a-t-on appris de source judiciaire. … , a-t-on précisé. »: an « on » incise that names
    nobody goes on with the source that the last « on » incise named, a few sentences before."""
    last = None  # the last « on » incise that named its source
    for cue in cues:
        if cue.inverted is None:
            continue
        if "told" in cue.flags:
            last = cue
        elif (
            cue.journalist
            and last is not None
            and last.speaker is not None
            and view.sentence_of[cue.verb] - view.sentence_of[last.verb] <= 3
        ):
            cue.speaker, cue.journalist = last.speaker, False
            cue.flags.append("told")


def _pass_through_relay(view: DocView, cue: VerbCue) -> None:
    """« …, a rapporté Reuters citant des sources sécuritaires », « L’AFP, qui cite un proche du
    dossier, affirme que … »: the words come from whom the relay cites (GUIDELINES: the inner
    speaker is the source, the relay also accepted); the relay is kept on the cue."""
    if cue.speaker is None or cue.journalist:
        return
    _, s_last = view.reporter_sentence(cue.verb)
    end = view.word_range(cue.speaker.span)[1]
    if cue.inverted is not None:
        end = max(end, cue.group[1])
    found = cited_by(view, end, s_last)
    if found is not None:
        cue.relay = cue.speaker
        cue.speaker, cue.speaker_phrase = found
        cue.flags.append("relayed")


def cited_by(view: DocView, end: int, s_last: int) -> tuple[Mention, Phrase] | None:
    """Whom a relay whose name ends before ``end`` cites, when that one can speak."""
    found = relayed_speaker(view, end, s_last)
    if found is None or speaker_kind(view, found[0]) not in ("person", "group", "organization", "media"):
        return None
    return found


def _end_inside_relative(view: DocView, cue: VerbCue) -> None:
    """« La conductrice qui affirmait être au volant a avoué … »: a report made in a relative clause
    ends before the verb of the sentence that the relative's antecedent is the subject of."""
    words = view.words
    _comma_closes_relative(view, cue)
    if words[cue.verb].deprel != "acl:relcl":
        return
    antecedent = words[cue.verb].head
    main = words[antecedent].head if antecedent >= 0 else -1
    if main <= cue.verb or not words[antecedent].deprel.startswith("nsubj"):
        return
    first = min([main, *(c for c in view.children[main] if words[c].deprel.startswith("aux") and c < main)])
    for name in ("que_clause", "infinitive", "predicate"):
        clause = getattr(cue, name)
        if clause is not None and clause[0] < first < clause[1]:
            end = first
            while end > clause[0] and (words[end - 1].upos == "ADV" or words[end - 1].text == ","):
                end -= 1
            setattr(cue, name, (clause[0], end) if end > clause[0] else None)


def _comma_closes_relative(view: DocView, cue: VerbCue) -> None:
    """« Le maire, qui assure que la piscine rouvrira, a été réélu »: a relative set off by commas
    ends at the comma before the main verb (a finite verb with no subject of its own)."""
    words = view.words
    qui = relative_qui(view, cue.group[0])  # (« , qui vit à Kinshasa et affirme … »)
    if qui is None:
        return
    k = qui - 1  # (« Le témoin, un chauffeur qui affirme … , a été entendu »: in an apposition)
    while k > qui - 6 and k > 0 and words[k].upos in ("DET", "NOUN", "ADJ", "PROPN", "NUM"):
        k -= 1
    if k < 1 or words[k].text != ",":
        return
    for name in ("que_clause", "infinitive", "predicate"):
        clause = getattr(cue, name)
        if clause is None:
            continue
        for k in range(clause[0] + 1, clause[1] - 1):
            nxt = words[k + 1]
            if words[k].text == "," and nxt.upos in ("AUX", "VERB") and nxt.feat("VerbForm") == "Fin":
                setattr(cue, name, (clause[0], k))
                break


def _read_mood(view: DocView, cue: VerbCue) -> None:
    words = view.words
    first, last = cue.group
    group = range(first, last)
    lows = [words[k].text.lower() for k in group]
    # « pas » just after the verb group negates it, unless a « ne » opens a negated infinitive there:
    # « a expliqué ne pas avoir reçu … » says something.
    reach = min(len(words), last + 2)
    if last < len(words) and words[last].text.lower() in NE:
        reach = last
    if any(low in NE for low in lows) or any(
        words[k].text.lower() in NEGATIONS and words[k].upos == "ADV" and words[k].text.lower() != "plus"
        for k in range(first, reach)
    ):
        cue.negated = any(low in NE for low in lows) or any(
            words[k].text.lower() in ("pas", "jamais", "guère", "nullement", "aucunement", "point")
            for k in range(first, reach)
        )
    # « Le chef du gouvernement exige-t-il de relire … ? »: an inverted clitic in a question that
    # is no incise asks whether it was said.
    if cue.inverted is not None and not in_incise_position(view, first) and not view.in_quote(cue.verb):
        _, s_last = view.reporter_sentence(cue.verb)
        end = s_last - 1
        while end > last and words[end].upos == "PUNCT" and words[end].text != "?":
            end -= 1
        if words[end].text == "?" and not any(view.is_mark(k) for k in range(first - 3, first) if k >= 0):
            cue.hypothetical = True
    # « ne … que » is restriction, not negation: « il n’a dit que ceci » still says.
    for k in group:
        # (the tagger may call « commente » a future: only a future's ending makes one)
        if words[k].feat("Tense") == "Fut" and words[k].text.lower().endswith(FUTURE_ENDINGS):
            cue.future = True
        if words[k].feat("Mood") == "Cnd" or (
            words[k].upos in ("VERB", "AUX") and words[k].text.lower().endswith(("rait", "raient", "rais"))
        ):
            cue.conditional = True
    # Periphrastic future and modal hedges: « va annoncer », « devrait annoncer », « pourrait affirmer ».
    head = words[cue.verb].head
    if (
        head >= 0
        and words[head].lemma in ("aller", "devoir", "pouvoir", "vouloir", "compter", "envisager")
        and words[cue.verb].feat("VerbForm") == "Inf"
        and head < cue.verb
    ):
        governor = words[head]
        periphrastic = governor.lemma == "aller" and governor.feat("Tense") in ("Pres", "Imp")
        if periphrastic or governor.feat("Mood") == "Cnd" or governor.feat("Tense") == "Fut":
            cue.future = True
        elif words[head].lemma in ("pouvoir", "vouloir", "compter", "envisager"):
            cue.hypothetical = True
    prev = cue.group[0] - 1
    if (
        prev >= 0
        and words[prev].text.lower() in ("va", "vont", "allait", "allaient")
        and words[cue.verb].feat("VerbForm") == "Inf"
    ):
        cue.future = True
    if cue.conditional and _generic_speaker(view, cue):
        cue.hypothetical = True
    if cue.conditional:
        first_s, last_s = view.reporter_sentence(cue.verb)
        if any(
            words[k].text.lower() in ("si", "s'", "s’")
            and words[k].upos != "ADV"
            and (k + 1 >= last_s or words[k + 1].upos not in ("ADJ", "ADV"))
            for k in range(first_s, last_s)
        ):
            cue.hypothetical = True


GENERIC_SUBJECTS = {
    *("tout", "toute", "tous", "chaque", "quiconque", "n'importe", "n’importe", "importe"),
    *("chacun", "on"),
}


def _generic_speaker(view: DocView, cue: VerbCue) -> bool:
    """« Tout verrier vous dirait que … », « n'importe qui affirmerait que … »: anyone, hypothetically."""
    words = view.words
    start = cue.group[0]
    if any(words[k].text.lower() == "vous" for k in range(max(0, start - 1), cue.group[1])):
        return True  # « … vous dirait que »: the reader is addressed, nobody said it
    subject = subject_of(view, cue.verb)
    if subject is None:
        return False
    # « N’importe quel urbaniste », « Tout verrier »: within three words before the subject.
    return any(words[k].text.lower() in GENERIC_SUBJECTS for k in range(max(0, subject - 3), subject + 1))


def _is_idiom(view: DocView, i: int) -> bool:
    """A fixed phrase (« c'est-à-dire », « il faut dire », « vouloir dire ») around word ``i``."""
    lo = max(0, i - 3)
    hi = min(len(view.words), i + 3)
    window = " ".join(view.words[k].text.lower() for k in range(lo, hi)).replace(" - ", "-").replace("’", "'")
    compact = window.replace(" '", "'").replace("' ", "'")
    return any(idiom.replace("’", "'") in compact or idiom in window for idiom in idioms())


def _past_negation(view: DocView, j: int, s_last: int) -> int:
    """The word after an opening mark or a negation before an infinitive (« ne pas », « n’ »)."""
    k = j
    if k < s_last and view.words[k].text in ("«", "“"):
        k += 1  # « appelle à « ne pas consommer » des fromages »: the infinitive is quoted
    while k < min(s_last, j + 4) and view.words[k].text.lower() in NE | NEGATIONS:
        k += 1
    # « de s’être exprimé », « de lui avoir menti »: clitics before a past infinitive (what was done)
    m = k
    while m < min(s_last, j + 6) and view.words[m].text.lower() in INFINITIVE_CLITICS:
        m += 1
    if m > k and m < s_last and view.words[m].lemma in ("être", "avoir") and view.words[m].upos == "AUX":
        return m
    return k


INFINITIVE_CLITICS = {"se", "s'", "s’", "lui", "leur", "en", "y", "me", "m'", "m’", "nous", "vous"}


# What may stand between a reporting verb and the infinitive it reports (« n’en rien savoir »).
BEFORE_INFINITIVE = NE | NEGATIONS | {"en", "y"}


def _aside_before_que(view: DocView, comma: int, s_last: int) -> int | None:
    """The comma that closes an aside opened at ``comma`` when *que* follows it (« , dans un
    communiqué, que »): an aside of a few words with no finite verb and no quotation in it."""
    words = view.words
    close = next((m for m in range(comma + 1, min(s_last, comma + 12)) if words[m].text == ","), None)
    if close is None or close == comma + 1 or close + 1 >= s_last:
        return None
    if words[close + 1].text.lower() not in QUE or words[close + 1].upos not in ("SCONJ", "PRON"):
        return None
    for m in range(comma + 1, close):
        if view.in_quote(m) or view.is_mark(m) or words[m].text in (";", ":", "(", ")"):
            return None
        if words[m].upos in ("VERB", "AUX") and words[m].feat("VerbForm") == "Fin":
            return None
    return close


def _find_complement(view: DocView, cue: VerbCue) -> None:
    """The *que* clause or infinitive that the verb reports, as a word range."""
    words = view.words
    _, s_last = view.reporter_sentence(cue.verb)
    j = cue.group[1]
    if (
        cue.entry.lemma in ("estimer", "évaluer", "chiffrer")
        and j + 1 < s_last
        and words[j].text.lower() in ("à", "a")
        and (words[j + 1].upos == "NUM" or words[j + 1].text[:1].isdigit())
    ):
        end = _clause_end(view, j, s_last)
        if end > j + 1:
            cue.predicate = (j, end)  # « La CGT estime à 75 000 le nombre d’emplois menacés »
            return
    greeting = j < s_last and words[j].text.lower() in word_set("greetings.txt")  # « se sont dit adieu »
    if cue.entry.takes_predicate and j < s_last and not greeting:
        k = j
        while k < s_last and (
            words[k].upos == "ADV" or (view.is_mark(k) and k + 1 < s_last) or filler_at(view, k, s_last)
        ):
            k += filler_at(view, k, s_last) or 1  # « s’est dit très satisfait », « se disent au contraire … »
        bare_noun = k < s_last and words[k].upos == "NOUN"  # « se disent humiliés », « se dit victime de »
        if k < s_last and (words[k].upos == "ADJ" or words[k].feat("VerbForm") == "Part" or bare_noun):
            end = _clause_end(view, k, s_last)
            if end > k:
                cue.predicate = (j, end)
                return
    # Skip what may sit between the verb and its clause: adverbs, « à X », « sur BFM TV », a date.
    steps = 0
    while j < s_last and steps < 12:
        w = words[j]
        low = w.text.lower()
        filler = filler_at(view, j, s_last)
        if filler:
            j += filler  # « affirme de son côté que … », « assure pour sa part que … »
            steps += filler
            continue
        if low in BEFORE_INFINITIVE and low != "y" and cue.entry.takes_infinitive:
            # « affirment n’en rien savoir », « a affirmé ne rien savoir »: the negation before the infinitive
            k = j
            while k < min(s_last, j + 4) and words[k].text.lower() in BEFORE_INFINITIVE:
                k += 1
            verb = words[k] if k < s_last else None
            infinitive = verb is not None and verb.feat("VerbForm") == "Inf" and verb.upos in ("VERB", "AUX")
            if k > j and infinitive:
                steps += k - j
                j = k
                continue
        if low == "," and cue.entry.takes_que:
            close = _aside_before_que(view, j, s_last)
            if close is not None:
                # « indique, dans un communiqué, que … », « a répété, mardi à Brest, que … »
                steps += close + 1 - j
                j = close + 1
                continue
        if (low in QUE and w.upos in ("SCONJ", "PRON", "ADV")) or (low in QUE and j + 1 < s_last):
            if low == "qu" and j + 1 < s_last and words[j + 1].text in ("'", "’"):
                j += 1
            end = _clause_end(view, j + 1, s_last)
            if end > j + 1:
                cue.que_clause = (j + 1, end)
            return
        if (
            low in ("au", "à")
            and j + 2 < s_last
            and words[j + 1].text.lower() in ("fait", "ce")
            and words[j + 2].text.lower() in QUE
        ):
            end = _clause_end(view, j + 3, s_last)
            cue.que_clause = (j, end)  # « imputé au fait que … »: the whole « au fait que » clause
            return
        if low in INFINITIVE_CLITICS and cue.entry.takes_infinitive and steps == 0:
            # « affirme s’y être rendu », « dit se sentir trahi », « assure lui avoir écrit »
            m = j
            while m < min(s_last, j + 3) and words[m].text.lower() in INFINITIVE_CLITICS:
                m += 1
            if m < s_last and words[m].feat("VerbForm") == "Inf" and words[m].upos in ("VERB", "AUX"):
                cue.infinitive = (j, _clause_end(view, m, s_last))
                return
        if w.feat("VerbForm") == "Inf" and w.upos in ("VERB", "AUX") and cue.entry.takes_infinitive:
            end = _clause_end(view, j, s_last)
            start = j
            # « a expliqué ne pas avoir reçu … »: the negation belongs to what was said.
            while start - 1 >= cue.group[1] and words[start - 1].text.lower() in NE | NEGATIONS:
                start -= 1
            cue.infinitive = (start, end)
            return
        verb_at = _past_negation(view, j + 1, s_last)  # « a demandé de ne pas sortir »
        if (
            low in ("de", "d'", "d’", "à")
            and verb_at < s_last
            and words[verb_at].feat("VerbForm") == "Inf"
            and (cue.entry.takes_infinitive or cue.entry.asking)
        ):
            # « a promis de former un gouvernement », « appelant ses partisans à manifester »
            end = _clause_end(view, verb_at, s_last)
            cue.infinitive = (j + 1, end)
            return
        if (
            low == ","
            and all(words[m].upos == "ADV" for m in range(cue.group[1], j))
            and (cue.entry.takes_infinitive or cue.entry.asking)
        ):
            # « a menacé, au cours de ce dîner, de retirer … »: an aside between commas, then the report.
            close = next((m for m in range(j + 1, min(s_last, j + 10)) if words[m].text == ","), None)
            if (
                close is not None
                and not any(words[m].upos in ("VERB", "AUX") or view.in_quote(m) for m in range(j + 1, close))
                and close + 2 < s_last
                and words[close + 1].text.lower() in ("de", "d'", "d’")
            ):
                steps += close + 1 - j
                j = close + 1
                continue
        if (
            low == ":"
            and cue.entry.takes_que
            and all(words[m].upos == "ADV" for m in range(cue.group[1], j))  # (« répondre à X : » is not)
            and not any(words[m].text.lower() in ("se", "s'", "s’") for m in range(*cue.group))
            and j + 1 < s_last
            and not view.in_quote(j + 1)
            and not view.is_mark(j + 1)
            and words[j + 1].text not in DASHES_AND_MARKS
        ):
            # « un enseignant joint au téléphone confirme : quarante-huit heures après … »: the words
            # after the colon, unquoted, are what he said, in the reporter's words
            end = _clause_end(view, j + 1, s_last)
            if end > j + 2:
                cue.que_clause = (j + 1, end)
            return
        if low in (",", ";", ":", "«", "»", "“", "”") or w.upos in ("VERB",) or view.in_quote(j):
            return
        clitic_en = low == "en" and j + 1 < s_last and words[j + 1].upos in ("VERB", "AUX")
        if (
            w.upos == "ADV"
            or low in ("lui", "leur", "y", "nous", "vous")
            or clitic_en
            or low in TIME_WORDS
            or w.deprel == "fixed"
        ):
            j += 1
            steps += 1
            continue
        if w.upos == "ADP" and j + 1 < s_last and words[j + 1].upos == "ADV":
            j += 2  # « par ailleurs », « en outre », « de plus »
            steps += 2
            continue
        if (w.upos == "ADP" or low in ("du", "des", "au", "aux")) and low not in ("de", "d'", "d’"):
            # A complement (« sur BFM TV », « à l'AFP », « en privé »): skip it whole.
            k = j + 1
            while (
                k < s_last
                and words[k].upos in ("DET", "NOUN", "PROPN", "NUM", "ADJ")
                and not view.in_quote(k)
            ):
                k += 1
            if k == j + 1 and k < s_last and words[k].upos == "VERB" and words[k].feat("VerbForm") == "Part":
                k += 1  # « en privé » with the participle tagged as a verb
            if k == j + 1:
                return
            steps += k - j
            j = k
            continue
        if (
            (w.upos in ("DET", "NOUN", "PROPN", "PRON") or (w.upos == "ADJ" and w.text[:1].isupper()))
            and (cue.entry.asking or cue.entry.takes_infinitive)
            and all(words[m].upos == "ADV" for m in range(cue.group[1], j))
        ):
            # « a demandé aux élus de … », « accuse l’arbitre, Sébastien Roux, d’avoir ignoré … »
            k = _after_object(view, j, s_last)
            if k < s_last and words[k].text.lower() in ("de", "d'", "d’", "du", "des"):
                # « accuse le chef de l’État de chercher à … »: the object's own complement first
                whole = phrase_at(view, j, s_last, appositions=False)
                if whole is not None and whole.first == j and whole.last > k:
                    k = whole.last
            if not cue.entry.asking and not _names_a_party(view, j, k):
                return  # « annonçant son intention de … »: the object is what is announced
            if k < s_last and words[k].text == ",":
                close = next((m for m in range(k + 1, min(s_last, k + 8)) if words[m].text == ","), None)
                if close is not None and all(
                    words[m].upos in ("DET", "NOUN", "PROPN", "ADJ", "NUM") for m in range(k + 1, close)
                ):
                    k = close + 1  # the object's apposition
            if (
                k + 1 < s_last
                and words[k].text.lower() in ("à", "de", "d'", "d’")
                and _past_negation(view, k + 1, s_last) < s_last
                and words[_past_negation(view, k + 1, s_last)].feat("VerbForm") == "Inf"
            ):
                steps += k - j
                j = k
                continue
        if w.upos in ("DET", "NOUN", "PROPN", "PRON") and cue.entry.takes_que and steps == 0:
            # A direct object before the clause (« avertit les élus que … », « impute ce retard au fait
            # que … »); an object with no clause after it means the verb reports none.
            k = _after_object(view, j, s_last)
            after = words[k].text.lower() if k < s_last else ""
            follows = words[k + 1].text.lower() if k + 1 < s_last else ""
            if after in QUE or (after in ("au", "à") and follows in ("fait", "ce")):
                steps += k - j
                j = k
                continue
            return
        # Anything else is a direct object (« annonçant son intention de … »): no reported clause.
        return


def _names_a_party(view: DocView, first: int, end: int) -> bool:
    """The object of « accuser X de … » names someone: a person, an organization, a place's people."""
    words = view.words
    return any(
        words[m].upos == "PROPN"
        or (words[m].upos == "NOUN" and words[m].text[:1].isupper())  # « la Lusmérie » tagged a noun
        or _is_party_noun(words[m].lemma.lower())
        or (words[m].upos == "PRON" and words[m].text.lower() in OBJECT_PRONOUNS)
        for m in range(first, end)
    )


OBJECT_PRONOUNS = {"le", "la", "les", "l'", "l’", "lui", "leur", "me", "te", "nous", "vous"}


def _after_object(view: DocView, j: int, s_last: int) -> int:
    """The word after a simple noun phrase starting at ``j`` (determiners, nouns, names, adjectives)."""
    words = view.words
    while j < s_last and words[j].upos in ("DET", "NOUN", "PROPN", "ADJ", "NUM") and not view.in_quote(j):
        j += 1
    return j


def _clause_end(view: DocView, start: int, s_last: int) -> int:
    """End of a reported clause: the sentence's end, less final punctuation and a final incise."""
    words = view.words
    end = s_last
    while end > start and words[end - 1].upos == "PUNCT" and not view.is_mark(end - 1):
        end -= 1
    # Stop before a colon that opens a quotation, or a semicolon that opens another clause.
    for k in range(start, end):
        if words[k].text in (";",) and not view.in_quote(k):
            return k
        if words[k].text == ":" and not view.in_quote(k) and k + 1 < end and view.in_quote(k + 1):
            return k
        # « … pensent que X, et 38 % jugent que Y »: a coordinated clause with a subject and a finite
        # verb of its own is another report.
        if (
            words[k].text == ","
            and k + 2 < end
            and words[k + 1].text.lower() in ("et", "mais")
            and not view.in_quote(k)
            and _own_clause(view, k + 2, min(end, k + 9))
        ):
            return k
        # « Après la sortie …, où il expliquait qu’« … » et qu’il allait …, son entourage répète que … »:
        # after a comma, the sentence's own subject and main verb start another report.
        if (
            words[k].text == ","
            and not view.in_quote(k)
            and k + 2 < end
            and _main_clause_after(view, k + 1, min(end, k + 7), start)
        ):
            return k
        # « … demandaient de porter le salaire à 1 700 €, ni les organisations … »: the other member
        # of a « ni … ni » is not what was asked.
        ni = words[k].text == "," and k + 1 < end and words[k + 1].text.lower() == "ni"
        if ni and not view.in_quote(k):
            return k
        # « …, selon l’Ifop »: who relays the report is not part of it.
        if (
            words[k].text == ","
            and k + 1 < end
            and not view.in_quote(k)
            and words[k + 1].text.lower().replace("’", "'") in ("selon", "d'après", "d'", "suivant")
            and (words[k + 1].text.lower() != "d'" or (k + 2 < end and words[k + 2].text.lower() == "après"))
        ):
            return k
    return end


def _main_clause_after(view: DocView, start: int, end: int, clause: int) -> bool:
    """After a comma, a subject and a reporting verb of their own (« …, son entourage répète que … »):
    another report starts, the one that started at ``clause`` ends before it."""
    words = view.words
    for m in range(start, end):
        w = words[m]
        if w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" and not view.in_quote(m):
            subject = any(start <= c < m and words[c].deprel.startswith("nsubj") for c in view.children[m])
            reports = verb_entry(view, m) is not None and m + 1 < len(words)
            opens = words[m + 1].text.lower() in QUE if reports else False
            return m > clause and subject and reports and opens
    return False


def _own_clause(view: DocView, start: int, end: int) -> bool:
    """A finite verb in ``[start, end)`` whose subject is also there (« 38 % jugent », « le maire a »)."""
    words = view.words
    for m in range(start, end):
        if words[m].upos in ("VERB", "AUX") and words[m].feat("VerbForm") == "Fin" and not view.in_quote(m):
            return any(start <= c < m and words[c].deprel.startswith("nsubj") for c in view.children[m])
    return False


def strip_final_incise(view: DocView, first: int, last: int, incise_start: int | None) -> int:
    """End of a clause before a final incise (« …, a-t-il ajouté »)."""
    if incise_start is None or not (first < incise_start <= last):
        return last
    end = incise_start
    while end > first and view.words[end - 1].text in (",", "—", "–", "-"):
        end -= 1
    return end
