"""Who speaks: the subject of a reporting verb, wherever the parse put it.

``subject_of`` finds a verb's subject by the tree (nsubj, the agent of a passive), by control
(an infinitive or a gerund speaks for its governor's subject), by coordination, and by
position when the parser lost it; ``postposed_subject`` (postposed.py) reads the subject after an incise verb
(« a déclaré à l’AFP X »). ``_find_speaker`` gives a cue its speaker: the inverted pronoun,
the subject after the verb, the agent, nobody for an impersonal passive, the reporter for
« nous » and « on ».
"""

from __future__ import annotations

from ..candidates import dateline_end, is_dateline, speaker_kind
from ..docview import DocView
from ..lexicon import is_person_word, media_nouns, organization_nouns, person_nouns, place_nouns
from ..model import Mention
from ..names import first_name_gender
from ..nounphrase import phrase_at
from .mentions import _is_party_noun, mention_for, phrase_mention, pronoun_mention
from .postposed import (
    NOT_AGENTS,
    postposed_subject,
)
from .relatives import CLAUSE_ENDS, antecedent_of_relative, past_appositions, relative_conjunct
from .told import source_after_on, source_before_on
from .verbs import (
    OBJECT_CLITICS,
    REFLEXIVE,
    VerbCue,
    in_incise_position,
    verb_entry,
    verb_group,
)

FIRST_SECOND = {"je", "j'", "j’", "nous", "vous", "tu", "on"}


def _find_speaker(view: DocView, cue: VerbCue) -> None:
    words = view.words
    if cue.inverted is not None:
        if _impersonal_passive(view, cue):
            # « « … », est-il indiqué sur la feuille de match »: « il » is nobody; the document
            # named after the verb speaks, if there is one.
            cue.impersonal = True
            cue.speaker = _document_after(view, cue)
            return
        cue.speaker = pronoun_mention(view, cue.inverted)
        cue.journalist = _inverted_pronoun(view, cue) == "on"
        if cue.journalist:
            # « a-t-on appris auprès de la gendarmerie », « assure-t-on du côté de la préfecture »,
            # « explique-t-on chez Bénéteau »: « on » hides the speaker the phrase after names.
            told = source_after_on(view, cue)
            if told is not None:
                cue.speaker, cue.journalist = told, False
                cue.flags.append("told")
        return
    if in_incise_position(view, cue.group[0]):
        _, s_last = view.reporter_sentence(cue.verb)
        mention = postposed_subject(view, cue.group[1] if cue.verb < cue.group[1] else cue.verb + 1, s_last)
        if mention is not None and speaker_kind(view, mention) is not None:
            cue.speaker = mention
            return
        # (« X, évoquant « … », a annoncé sa suspension »: the verb only follows a quotation of an
        # aside; what comes after it is its object, and its subject is before)
    if _comme_incise(view, cue):
        # « …, comme le précise l’ambassadeur, X : », « ainsi que l’a rappelé le maire »
        _, s_last = view.reporter_sentence(cue.verb)
        mention = postposed_subject(view, cue.verb + 1, s_last)
        if mention is not None:
            cue.speaker = mention
            cue.flags.append("comme")
            return
    if _passive(view, cue):
        # « des filtres avaient été posés », « il a été demandé »: the subject is not the speaker;
        # the agent is (« a été annoncé par le ministère »), when there is one.
        agent = next((c for c in view.children[cue.verb] if words[c].deprel == "obl:agent"), None)
        if agent is None:
            cue.impersonal = True
            return
        cue.speaker, cue.speaker_phrase = mention_for(view, agent)
        return
    subject = subject_of(view, cue.verb)
    if subject is None:
        if _after_ce_que(view, cue.group[0]):
            # « C’est ce qu’a expliqué hier un sénateur », « Voilà ce que me confiait un député »: in
            # a relative on « ce », the subject comes after the verb (the parser reads an object).
            _, s_last = view.reporter_sentence(cue.verb)
            cue.speaker = postposed_subject(view, max(cue.group[1], cue.verb + 1), s_last)
        elif cue.group[0] > 0 and words[cue.group[0] - 1].text == ",":
            # « …, mais les « … » et « … » leurs restes, a expliqué de son côté X, chef de Y »: a verb
            # after a comma with no subject anywhere; the parser hung the speaker on a filler. Only
            # a named speaker is taken here (a description there may be the verb's object).
            named = _closing_speaker(view, cue)
            if named is not None and named.name is not None:
                cue.speaker = named
        return
    low = words[subject].text.lower()
    if low in ("il",) and _is_impersonal(view, cue, subject):
        cue.impersonal = True
        return
    if low == "on":
        told = source_before_on(view, subject)
        if told is not None:
            cue.speaker = told
            cue.flags.append("told")
            return
    if low in FIRST_SECOND:
        cue.journalist = True  # the reporter or a generic « on »: nobody to attribute to
        return
    if low in ("qui",) and words[subject].upos == "PRON":
        antecedent = antecedent_of_relative(view, subject)
        if antecedent is None:
            return
        subject = antecedent
    cue.speaker, cue.speaker_phrase = mention_for(
        view, subject, limit=cue.group[0] if subject < cue.verb else None
    )
    if (
        subject < cue.group[0]
        and cue.group[0] > 0
        and words[cue.group[0] - 1].text == ","
        and speaker_kind(view, cue.speaker) in (None, "unknown")
    ):
        # « C'est une ambiance « particulière » qui règne …, témoigne un membre du gouvernement : »: a
        # verb after a comma with a speaker after it is an incise, whatever the parser made its subject.
        after = _closing_speaker(view, cue)
        if after is not None:
            cue.speaker, cue.speaker_phrase = after, None
            return
    if subject < cue.verb and _full_name_after(view, cue) and not _person_evidence(view, cue.speaker):
        # « « … », contre le Covid-19 a déclaré Gilles Bloch »: a damaged incise; the person named
        # right after the verb speaks, not the noun the parser made its subject.
        _, s_last = view.reporter_sentence(cue.verb)
        after = postposed_subject(view, cue.group[1], s_last)
        if after is not None:
            cue.speaker, cue.speaker_phrase = after, None


def _closing_speaker(view: DocView, cue: VerbCue) -> Mention | None:
    """The phrase after a verb set off by a comma, when it can speak and ends the clause, as an
    incise's subject does (« a décrit une association « exsangue », contrainte de … » has an object)."""
    words = view.words
    _, s_last = view.reporter_sentence(cue.verb)
    after = postposed_subject(view, cue.group[1], s_last)
    if after is None or speaker_kind(view, after) not in ("person", "group", "organization", "media"):
        return None
    end = past_appositions(view, view.word_range(after.span)[1], s_last)
    return after if end >= s_last or words[end].text in CLAUSE_ENDS else None


def _full_name_after(view: DocView, cue: VerbCue) -> bool:
    """A known first name and a surname right after the verb group."""
    words = view.words
    k = cue.group[1]
    s_first, _ = view.reporter_sentence(cue.verb)
    quoted_before = any(view.is_mark(m) for m in range(max(s_first, cue.group[0] - 8), cue.group[0]))
    return (
        quoted_before  # only right after a quotation: « « … », contre X a déclaré Gilles B. »
        and k + 1 < len(words)
        and words[k].upos == "PROPN"
        and words[k + 1].upos == "PROPN"
        and first_name_gender(words[k].text) is not None
        and not view.in_quote(k)
    )


def _person_evidence(view: DocView, mention: Mention | None) -> bool:
    """A mention that is surely someone: a pronoun, a known first name, a title or a person noun."""
    if mention is None:
        return False
    if mention.kind == "pronoun" or (mention.name is not None and mention.role is not None):
        return True
    first, last = view.word_range(mention.span)
    words = view.words
    return any(
        first_name_gender(words[k].text) is not None
        or words[k].lemma.lower() in person_nouns()
        or words[k].lemma.lower() in organization_nouns()
        for k in range(first, last)
    )


def _after_ce_que(view: DocView, first: int) -> bool:
    """Whether the verb group starting at ``first`` follows « ce que » / « ce qu’ »."""
    words = view.words
    return (
        first >= 2
        and words[first - 1].text.lower() in ("que", "qu'", "qu’")
        and words[first - 2].text.lower() == "ce"
    )


def _comme_incise(view: DocView, cue: VerbCue) -> bool:
    """« comme le précise X », « comme l’a rappelé X », « ainsi que l’a indiqué X »: an incise
    that says who the clause before it comes from, with the subject after the verb."""
    words = view.words
    k = cue.group[0] - 1
    while k >= 0 and words[k].text.lower() in ("le", "l'", "l’", "l", "a", "ont", "avait", "l'a", "l’a"):
        k -= 1
    if k < 0:
        return False
    low = words[k].text.lower()
    return low == "comme" or (low == "que" and k > 0 and words[k - 1].text.lower() == "ainsi")


def _inverted_pronoun(view: DocView, cue: VerbCue) -> str:
    """« -t-on », « -il »: the inverted subject pronoun, bare and lower-case ("" when none)."""
    if cue.inverted is None:
        return ""
    return view.words[cue.inverted].text.lower().lstrip("-").removeprefix("t-")


def _impersonal_passive(view: DocView, cue: VerbCue) -> bool:
    """« est-il indiqué », « est-il écrit », « était-il précisé »: « il » after a form of être, then
    the verb's participle."""
    words = view.words
    if _inverted_pronoun(view, cue) != "il" or words[cue.verb].feat("VerbForm") != "Part":
        return False
    group = range(cue.group[0], cue.verb)
    if any(words[k].text.lower() in REFLEXIVE for k in group):
        return False  # « s’est-il emporté »: a pronominal verb, « il » is someone
    return any(words[k].lemma == "être" for k in group)


def _document_after(view: DocView, cue: VerbCue) -> Mention | None:
    """« sur la feuille de match », « dans le rapport »: a document right after the verb group."""
    words = view.words
    _, s_last = view.reporter_sentence(cue.verb)
    k = max(cue.group[1], cue.verb + 1)
    if k + 1 >= s_last or words[k].text.lower() not in ("dans", "sur"):
        return None
    phrase = phrase_at(view, k + 1, s_last)
    if phrase is None or words[phrase.head].lemma.lower() not in media_nouns():
        return None
    return phrase_mention(view, phrase)


def _passive(view: DocView, cue: VerbCue) -> bool:
    """« a été annoncé », « sont posés »: être with a participle, not a pronominal verb (s'est exclamé)."""
    words = view.words
    if words[cue.verb].feat("VerbForm") != "Part" or cue.entry.lemma.startswith(("se ", "s'")):
        return False
    group = range(cue.group[0], cue.verb)
    if any(words[k].text.lower() in REFLEXIVE for k in group):
        return False
    return any(words[k].lemma == "être" and words[k].upos == "AUX" for k in group)


def _is_impersonal(view: DocView, cue: VerbCue, subject: int) -> bool:
    """« il a été demandé / dit / annoncé que… »: a passive with « il » and no agent; nobody speaks."""
    words = view.words
    passive = (
        any(words[k].lemma == "être" and words[k].upos == "AUX" for k in range(*cue.group))
        and words[cue.verb].feat("VerbForm") == "Part"
    )
    # (« il a été rapporté que »; not « Il a également rapporté avoir vu … », which the parser may
    # also call passive: with « avoir » and no « être », « il » is someone)
    avoir_only = any(words[k].lemma == "avoir" and words[k].upos == "AUX" for k in range(*cue.group))
    return passive or (words[subject].deprel == "nsubj:pass" and not avoir_only)


# Clitics that are never a subject (« nous » and « vous » may be; « en » and « y » never head one).
OBJECT_ONLY = (OBJECT_CLITICS - {"nous", "vous", "en", "y"}) | REFLEXIVE


def subject_of(view: DocView, verb: int, *, depth: int = 0) -> int | None:
    """The word heading the subject of ``verb``: its nsubj, or by control, coordination or position."""
    words = view.words
    if depth > 4:
        return None
    (first, end), inverted = verb_group(view, verb)
    if inverted is not None:
        return inverted
    fronted = fronted_clause(view, verb, first=first)
    if fronted is not None:
        return fronted[1]  # « S’il reconnaît que …, le gouvernement s’y refuse »: the government
    if in_incise_position(view, first):
        _, s_last = view.reporter_sentence(verb)
        mention = postposed_subject(view, end, s_last)
        if mention is not None and mention.head is not None and speaker_kind(view, mention) is not None:
            return mention.head
    candidates = [verb]
    head = words[verb].head
    participle = words[verb].feat("VerbForm") == "Part"
    if head >= 0 and words[verb].deprel in ("xcomp",) and words[head].upos == "AUX":
        candidates.append(head)
    if head >= 0 and words[verb].deprel == "advmod" and words[head].upos == "VERB" and participle:
        candidates.append(head)  # « qui se sont dits violentés »: « dits » hung on the predicate
    # « le syndicat FO qui avait dans la foulée écrit … »: the subject hung on the auxiliary
    candidates.extend(c for c in view.children[verb] if words[c].deprel == "aux:tense" and c < verb)
    # « Le ministre a d’abord affirmé »: the parser may hang the subject on « d’ » of « d’abord »
    candidates.extend(
        c
        for c in view.children[verb]
        if words[c].deprel == "advmod" and words[c].text.lower() in ("d'", "d’")
    )
    for c in candidates:
        subjects = [
            child
            for child in view.children[c]
            if words[child].deprel in ("nsubj", "nsubj:pass", "expl:subj", "csubj")
            and not view.in_quote(child)
            and not is_dateline(view, child)  # « PARIS (Reuters) - Vivendi a déclaré »
            and not (words[child].text.lower() in OBJECT_ONLY and child >= first)
            # « Interrogée sur …, Anne-Sophie R. a dit … »: a participle the parser made the subject
            # (« le prévenu », with its determiner, is a noun whatever its tag)
            and not (
                words[child].deprel == "nsubj"
                and words[child].feat("VerbForm") == "Part"
                and not any(words[c].upos == "DET" for c in view.children[child])
            )
        ]
        # « Comme la procureure, elle a insisté »: a term of comparison is no subject.
        subjects = [child for child in subjects if not is_compared(view, child)] or subjects
        # « A Sikasso, …, un enseignant confirme »: « À » written without its accent, tagged as a noun
        subjects = [child for child in subjects if not _unaccented_a(view, child)] or subjects
        before = [child for child in subjects if child < c]
        if len(before) > 1 and _place_before(view, before[0], before[-1]):
            # « A Kayes, localité située à l’ouest, un infirmier … confirme »: of two subjects the parser
            # gave, the one right before the verb; the first describes a place set before it
            subjects = [before[-1]]
        if subjects and words[subjects[0]].lemma.lower() in place_nouns():
            # « Un habitant des « Granges », un hameau de X, s’inquiète »: the place is an apposition
            placed = _subject_by_position(view, verb, first)
            if placed is not None and placed != subjects[0]:
                return placed
        if subjects:
            return _named_in_apposition(view, subjects[0])
        filed = [
            child
            for child in view.children[c]
            if words[child].deprel == "nsubj" and dateline_end(view, child) is not None
        ]
        if filed:
            # « PARIS (Reuters) - Le groupe Vivendi, qui …, a dit … »: the parser made the dateline the
            # subject; the phrase after its dash is.
            after = dateline_end(view, filed[0])
            phrase = phrase_at(view, after, verb) if after is not None and after < verb else None
            if phrase is not None:
                return phrase.head
    # Agent of a passive: « a été annoncé par le ministère ».
    for child in view.children[verb]:
        if (
            words[child].deprel == "obl:agent"
            and not view.in_quote(child)
            and words[child].text.lower() not in NOT_AGENTS
        ):
            return child
    shared = relative_conjunct(view, first)
    if shared is not None:
        return shared
    if words[verb].feat("VerbForm") == "Part" and words[verb].feat("Tense") == "Pres" and depth < 4:
        # « La présidence ne s’est pas montrée plus diserte, se contentant de préciser que … »: the
        # parser made the participle the root and the clause before it its dependant; that clause's
        # subject is the participle's.
        before = [
            c
            for c in view.children[verb]
            if c < first and words[c].deprel in ("advcl", "parataxis", "conj") and words[c].upos == "VERB"
        ]
        if before:
            found = subject_of(view, before[-1], depth=depth + 1)
            if found is not None:
                return found
    deprel = words[verb].deprel
    own_tense = deprel == "xcomp" and (
        any(words[c].deprel == "aux:tense" for c in view.children[verb])
        # « X, qui s’exprime sous couvert d’anonymat, décrit … »: a verb after a comma, not an infinitive
        or (words[verb].feat("VerbForm") != "Inf" and verb > 0 and words[verb - 1].text == ",")
    )
    if own_tense:
        # « Tentant de trouver un peu de positif, St-Louis a rappelé que … »: a verb with its own tense
        # auxiliary is a clause of its own, hung on the participle by the parser's slip; the words
        # before it give its subject, never the governor's object.
        placed = _subject_by_position(view, verb, first)
        if placed is not None:
            return placed
    told = participle and verb > 0 and words[verb - 1].text.lower() in ("leur", "lui") and _dative(view, head)
    if head >= 0 and depth < 4 and told:
        # « un message à ses coéquipiers leur disant que … »: the noun it hangs on is whom it was said
        # to; the participle speaks for its clause's subject.
        clause = next((a for a in view.ancestors(verb) if words[a].upos in ("VERB", "AUX")), None)
        if clause is not None and words[head].upos in ("NOUN", "PROPN"):
            return subject_of(view, clause, depth=depth + 1)
    author = _author_of_message(view, verb)
    if author is not None:
        return author  # « un message de leur capitaine leur disant que … »: the captain
    if head >= 0 and depth < 4:
        governor = head
        if deprel == "xcomp" and not own_tense:
            # Object control: « convaincre la veuve de demander » → la veuve.
            for child in view.children[governor]:
                if (
                    words[child].deprel in ("obj", "iobj")
                    and child < verb
                    and words[child].upos in ("NOUN", "PROPN")
                    and not view.in_quote(child)
                ):
                    return child
        if (
            deprel == "acl"
            and words[governor].upos in ("NOUN", "PROPN")
            and words[verb].feat("VerbForm") in ("Part", "Inf")
        ):
            if words[governor].upos == "PROPN" or _is_party_noun(words[governor].lemma.lower()):
                return governor  # « la veuve …, de demander », « DeepSeek, fondée par … »
            # « …, a-t-elle affirmé lors d’une conférence de presse, appelant ses partisans à … »: the
            # participle hangs from a thing; it speaks for the clause's subject.
            clause = next((a for a in view.ancestors(verb) if words[a].upos in ("VERB", "AUX")), None)
            return subject_of(view, clause, depth=depth + 1) if clause is not None else None
        # Control: an infinitive or a gerund speaks for its governor's subject (« avant de poursuivre »,
        # « en affirmant »); a coordinated verb shares it. A finite verb hung as an adverbial clause is
        # a parser's slip, not control: the position rule below finds its subject.
        finite = words[verb].feat("VerbForm") == "Fin"
        if (
            deprel == "advcl"
            and words[verb].feat("VerbForm") == "Part"
            and words[verb].feat("Tense") != "Pres"  # not « en citant »
            and not any(words[c].upos in ("AUX", "ADP", "SCONJ") for c in view.children[verb])
        ):
            # « Une enseignante, qui a requis l’anonymat parce qu’elle est stagiaire, décrit … »:
            # « décrit » read as a participle hung on « stagiaire »; a subject right before it wins.
            placed = _subject_by_position(view, verb, first, next_word=False)
            if placed is not None:
                return placed
        if deprel == "advcl" and not finite and _gerund_after_comma(view, verb):
            # « X a estimé que son adversaire avait « … », tout en se disant « sereine » »: a gerund set
            # off by a comma speaks for the sentence's main clause, wherever the parser hangs it.
            main = next((a for a in view.ancestors(verb) if words[a].deprel == "root"), None)
            if main is not None and main != governor and words[main].upos in ("VERB", "AUX"):
                return subject_of(view, main, depth=depth + 1)
        outer = _parallel_report(view, verb, governor) if deprel == "conj" else None
        if outer is not None:
            # « Le syndicat estime que la direction « … » et annonce qu’« … » »: the second reporting
            # verb, hung inside the first one's clause, is said by the same speaker.
            return subject_of(view, outer, depth=depth + 1)
        if deprel in ("xcomp", "conj") or (deprel == "advcl" and not finite) or _gerund(view, verb):
            return subject_of(view, governor, depth=depth + 1)
        if deprel == "acl" and not finite and words[governor].upos in ("VERB", "AUX"):
            # « …, a martelé la magistrate, rappelant que … »: a participle hung on the verb.
            return subject_of(view, governor, depth=depth + 1)
    # « Joji O., auteur de l’étude ayant fourni ces résultats, précise que … »: the parser gave the
    # subject to the participle before the verb.
    if words[verb].feat("VerbForm") == "Fin":
        for child in view.children[verb]:
            if child >= verb or words[child].deprel not in ("advcl", "acl"):
                continue
            if words[child].feat("VerbForm") == "Fin":
                continue
            lent = [s for s in view.children[child] if words[s].deprel == "nsubj" and s < child]
            if lent and not view.in_quote(lent[0]):
                return _named_in_apposition(view, lent[0])
    return _subject_by_position(view, verb, first)


REFLEXIVE_CLITICS = {"se", "s'", "s’", "me", "m'", "m’", "nous", "vous"}


CLITICS_BEFORE_VERB = {"ne", "n'", "n’", "se", "s'", "s’", "l'", "l’", "le", "la"}
FRONTING_WORDS = {"s'", "s’", "si", "qu'", "qu’", "que", "lorsqu'", "lorsqu’", "lorsque", "quand", "puisque"}


def fronted_clause(view: DocView, verb: int, *, first: int | None = None) -> tuple[int, int] | None:
    """« S’il reconnaît que …, le gouvernement s’y refuse », « Si elle admet que …, la ministre … »:
    a pronoun that opens a clause put before the main one stands for the main clause's subject,
    named after the comma. The comma and that subject's head, or None. ``first`` is the verb
    group's first word, when the caller has it (``subject_of`` asks this of every verb)."""
    words = view.words
    if first is None:
        (first, _), _ = verb_group(view, verb)
    p = first - 1
    while p > 0 and words[p].text.lower() in CLITICS_BEFORE_VERB:
        p -= 1
    if p < 1 or words[p].text.lower() not in ("il", "elle", "ils", "elles") or view.in_quote(p):
        return None  # (the cheap test first: most verbs stop here)
    s_first, s_last = view.reporter_sentence(verb)
    if p < s_first + 1:
        return None
    if words[p - 1].text.lower() not in FRONTING_WORDS or p - 1 - s_first > 1:
        return None
    for comma in range(verb + 1, s_last - 1):
        if view.in_quote(comma) or words[comma].text != ",":
            continue
        phrase = phrase_at(view, comma + 1, s_last)
        if phrase is None or words[comma + 1].upos not in ("DET", "PROPN"):
            continue
        k = phrase.last + 1 if phrase.last < s_last and words[phrase.last].text == "," else phrase.last
        while k < s_last and words[k].text.lower() in ("ne", "n'", "n’", "se", "s'", "s’", "y", "en"):
            k += 1
        if k < s_last and words[k].upos in ("VERB", "AUX") and words[k].feat("VerbForm") == "Fin":
            return comma, phrase.head
    return None


def _place_before(view: DocView, first: int, last: int) -> bool:
    """Word ``first``, a noun in apposition to a place that opens the sentence (« A Kayes, localité
    … , »), and a comma before ``last``."""
    words = view.words
    s_first = view.reporter_sentence(first)[0]
    opening = words[s_first]
    return (
        words[first].upos == "NOUN"
        and (opening.upos == "ADP" or _unaccented_a(view, s_first))
        and first - s_first <= 4
        and any(words[m].text == "," for m in range(first, last))
        and not is_person_word(words[first].text, words[first].lemma)
    )


def _unaccented_a(view: DocView, k: int) -> bool:
    """« A Sikasso », « A Paris »: the preposition « À » without its accent, before a name."""
    words = view.words
    return words[k].text == "A" and k + 1 < len(words) and words[k + 1].upos == "PROPN"


def _parallel_report(view: DocView, verb: int, governor: int) -> int | None:
    """The reporting verb whose « que » clause holds ``governor``, when ``verb``, coordinated with
    ``governor``, reports too and its own clause follows (« estime que X « … » et annonce que … »)."""
    words = view.words
    if verb_entry(view, verb) is None:
        return None
    nxt = words[verb + 1].text.lower() if verb + 1 < len(words) else ""
    if not (nxt == "qu" or nxt.startswith(("que", "qu'", "qu’"))):
        return None
    # The quotation of the first clause closes right before « et » (« « … » et annonce que »); with no
    # mark, « que le préfet mentait et affirmait que … » may be the préfet's.
    cc = verb - 1
    if cc < 1 or words[cc].text.lower() not in ("et", "puis", "mais") or not view.is_mark(cc - 1):
        return None
    k = governor
    for _ in range(4):
        if words[k].deprel not in ("ccomp", "advcl", "conj", "xcomp") or words[k].head < 0:
            return None
        if words[k].deprel == "ccomp":
            outer = words[k].head
            return outer if outer < k and verb_entry(view, outer) is not None else None
        k = words[k].head
    return None


def _author_of_message(view: DocView, verb: int) -> int | None:
    """« un message de leur capitaine leur disant que … », « un courriel du directeur annonçant … »:
    a present participle right after a message and its author (no comma, no « en ») says what the
    message says; the author speaks, however the parser hung the participle."""
    words = view.words
    if words[verb].feat("VerbForm") != "Part" or words[verb].feat("Tense") != "Pres":
        return None
    k = verb - 1
    while k > 0 and words[k].text.lower() in ("leur", "lui", "nous", "vous", "me", "m'", "m’"):
        k -= 1
    noun = words[k]
    if noun.upos not in ("NOUN", "PROPN") or view.in_quote(k) or noun.deprel != "nmod":
        return None
    message = noun.head
    if message < 0 or message >= k or words[message].lemma.lower() not in media_nouns():
        return None
    if not any(words[c].text.lower() in ("de", "du", "des", "d'", "d’") for c in view.children[k]):
        return None
    can_speak = noun.upos == "PROPN" or is_person_word(noun.text, noun.lemma)
    return k if can_speak or noun.lemma.lower() in organization_nouns() else None


def _dative(view: DocView, noun: int) -> bool:
    """The noun carries « à » / « aux » (« à ses coéquipiers »): whom « leur » repeats."""
    return noun >= 0 and any(view.words[c].text.lower() in ("à", "aux", "au") for c in view.children[noun])


GERUND_CLITICS = (OBJECT_CLITICS - {"en"}) | REFLEXIVE  # « en leur disant », « en se disant »


def _en_before(view: DocView, verb: int, clitics: set[str]) -> int | None:
    """The « en » of a gerund: the word before ``verb`` once the ``clitics`` between them are
    passed (« en se disant », « en l’affirmant »); None when there is none, or no word before."""
    words = view.words
    k = verb - 1
    while k >= 0 and words[k].text.lower() in clitics:
        k -= 1
    return k if k >= 0 and words[k].text.lower() == "en" else None


def _gerund(view: DocView, verb: int) -> bool:
    """« en leur disant que … »: « en », clitics between, and a present participle, however the
    parser hangs it (as an oblique, « obl:mod », it took the nearest noun for its subject)."""
    words = view.words
    if words[verb].feat("VerbForm") != "Part" or words[verb].feat("Tense") != "Pres":
        return False
    en = _en_before(view, verb, GERUND_CLITICS)
    return en is not None and words[en].upos == "ADP"


def _gerund_after_comma(view: DocView, verb: int) -> bool:
    """« …, tout en se disant », « …, en rappelant »: a gerund that follows a comma."""
    words = view.words
    en = _en_before(view, verb, REFLEXIVE_CLITICS)
    if en is None:
        return False
    k = en - 1
    if k >= 0 and words[k].text.lower() == "tout":
        k -= 1
    return k >= 0 and words[k].text == ","


def _named_in_apposition(view: DocView, k: int) -> int:
    """« Debout dans le box, Ludovic S., 44 ans, a répété … »: a capitalized adjective opening the
    sentence, taken for a name and made the subject; the person named in apposition is the subject."""
    words = view.words
    w = words[k]
    if w.text.lower() == "côté":
        # « Côté partie civile, Maryvonne L., qui …, a décrit … »: the person named after the topic
        end = view.reporter_sentence(k)[1]
        person = next((m for m in range(k + 1, min(end, k + 12)) if view.entity_label(m) == "PER"), None)
        return person if person is not None else k
    if w.upos != "PROPN" or view.entity_label(k) == "PER":
        return k
    if (
        k > 0
        and view.sentence_of[k - 1] == view.sentence_of[k]
        and words[k - 1].text not in ("»", "”", "-", "—", "–")
    ):
        return k  # not the first word of its clause
    if k + 1 >= len(words) or words[k + 1].upos == "PROPN":
        return k  # a name of two words
    named = [c for c in view.children[k] if words[c].deprel == "appos" and view.entity_label(c) == "PER"]
    return named[0] if named else k


def is_compared(view: DocView, k: int) -> bool:
    """Word ``k`` heads a term of comparison: « comme la procureure », « contrairement à son rival »."""
    words = view.words
    before = [c for c in view.children[k] if c < k]
    if any(words[c].text.lower() in COMPARISON_WORDS for c in before):
        return True  # « comme » hung on the noun as its mark
    first = min([k, *before])
    return first > 0 and words[first - 1].text.lower() in COMPARISON_WORDS


COMPARISON_WORDS = {"comme", "contrairement", "instar"}


def _apposition_to_comma(view: DocView, k: int, first: int) -> bool:
    """A noun phrase from word ``k`` that a comma closes before ``first``, with no verb."""
    phrase = phrase_at(view, k, first, appositions=False)
    words = view.words
    return (
        phrase is not None
        and phrase.last < first
        and words[phrase.last].text == ","
        and not any(words[m].upos in ("VERB", "AUX") for m in range(k, phrase.last))
    )


def _subject_by_position(view: DocView, verb: int, first: int, *, next_word: bool = True) -> int | None:
    """The noun phrase that ends right before the verb group.

    « Devant les actionnaires, la directrice générale, Maud Kerjean, a résumé … »: tried from each
    clause-opening comma.
    """
    words = view.words
    s_first, _ = view.reporter_sentence(verb)
    starts = [s_first] + [
        k + 1 for k in range(s_first, first) if words[k].text == "," and not view.in_quote(k)
    ]
    for start in starts:
        if start >= first or view.in_quote(start):
            continue
        phrase = phrase_at(view, start, first)
        if phrase is None:
            continue
        end = phrase.last
        # « Un diplomate présent au dîner de mardi, qui … , décrit … »: a complement the phrase left out
        # runs on to a comma, with no verb of its own.
        comma = next((m for m in range(end, first) if words[m].text == "," and not view.in_quote(m)), None)
        if (
            comma is not None
            and comma > end
            and words[end].upos == "ADP"
            and not any(words[m].upos in ("VERB", "AUX") for m in range(end, comma))
            and (comma - end <= 6 or not any(view.in_quote(m) for m in range(end, comma)))
        ):
            end = comma  # (« Un habitant des « Fours », … »: a quoted place name in the complement)
        elif (
            comma is not None
            and comma > end
            and (words[end].text.lower() in ("ayant", "étant") or words[end].feat("VerbForm") == "Part")
            and not any(words[m].feat("VerbForm") == "Fin" or view.in_quote(m) for m in range(end, comma))
        ):
            end = comma  # « Un diplomate ayant participé à la médiation, qui …, décrit … »: a participle
        while end < first and words[end].text in (",",):
            end += 1
        # « La vieille dame, qui a requis l’anonymat, avoue … », « Un responsable, cité par le Parisien,
        # évoque … »: relative clauses and participial asides between commas.
        while (
            end < first
            and words[end - 1].text == ","
            and (
                words[end].text.lower() in ("qui", "dont", "que", "qu'", "qu’", "où")
                or words[end].feat("VerbForm") == "Part"
                or words[end].text.lower().endswith(("é", "ée", "és", "ées"))
                # « Emmanuel Macron, par le biais de son entourage, fait savoir »: a complement
                or (words[end].upos == "ADP" and view.closing_comma(end, first) is not None)
                # « Un habitant des Fours, un hameau des Vastres, s’inquiète »: an apposition
                or (words[end].upos == "DET" and _apposition_to_comma(view, end, first))
            )
        ):
            close = next((m for m in range(end, first) if words[m].text == ","), None)
            if close is None:
                break
            end = close + 1
        if end < first and all(words[m].text == "," for m in range(end - 1, first)):
            end = first
        if end == first and (
            words[phrase.head].upos in ("NOUN", "PROPN")
            or (phrase.head > phrase.first and words[phrase.first].upos == "DET")  # « Un autre jugeait »
            or _one_of(view, phrase.head)  # « Un de ses collègues juge »
        ):
            return phrase.head
    j = first - 1
    if (
        next_word
        and j >= 0
        and words[j].upos in ("PROPN", "NOUN")
        and not view.in_quote(j)
        and view.sentence_of[j] == view.sentence_of[verb]
    ):
        return j
    return None


def _one_of(view: DocView, k: int) -> bool:
    """« un de ses collègues », « l’une des victimes »: « un » heading a group it is taken from."""
    words = view.words
    return (
        words[k].text.lower() in ("un", "une")
        and k + 1 < len(words)
        and words[k + 1].text.lower() in ("de", "des", "d'", "d’", "du")
    )
