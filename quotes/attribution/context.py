"""A quotation with no cue of its own, and the sentences around it.

``next-sentence`` (« « … » Debout dans le box, X a demandé pardon. »), ``after-words``
(« Telle est l’analyse de X »), ``previous-sentence`` and ``continuation`` (the speaker of
the sentence or the quotation just before, when nothing intervenes).
"""

from __future__ import annotations

import bisect

from ..candidates import speaker_kind
from ..cues import (
    ORDINAL_ANAPHORS,
    VerbCue,
    is_person_like,
    mention_for,
    phrase_mention,
    subject_of,
    verb_group,
)
from ..docview import DocView
from ..lexicon import is_person_word, person_nouns, word_set
from ..model import Cue, MarkedSpan, Mention
from ..nounphrase import phrase_at
from .prepositional import _prepositional_cue_words, prepositional_cue
from .record import DASHES, _Attribution, _cue_attribution


def _next_sentence(view: DocView, span: MarkedSpan, by_verb: dict[int, VerbCue]) -> _Attribution | None:
    """« « Je n’ai jamais voulu ça. » Debout dans le box, X a demandé pardon. »: the speaker comes next.

    A quotation that opens its paragraph with no cue takes the speaker of a reporting verb in the
    sentence right after it, in the same paragraph.
    """
    if span.closer is None:
        return None
    words = view.words
    qf = view.word_at(span.opener)
    p_first, p_last = view.word_range(view.doc.paragraphs[view.paragraph_of[qf]].span)
    # Only a dateline may come before it (« Castelroux, 18 mars 2022. - « … » »): a dash right before
    # it, in the first 13 words of the paragraph or after dashes only (read from the quotation back:
    # a paragraph may be long).
    if qf > p_first and not (
        words[qf - 1].text in DASHES
        and (qf - 1 - p_first <= 12 or all(words[k].text in DASHES for k in range(p_first, qf)))
    ):
        return None
    after = view.word_at(span.closer) + 1
    while after < p_last and words[after].upos == "PUNCT":
        after += 1
    if after >= p_last:
        # « « … » » alone, then « Première prise de parole du ministre X, … »: the paragraph after
        # opens on a noun for the words and whose they are
        if p_last < len(words) and qf == p_first:
            n_first, n_last = view.reporter_sentence(p_last)
            return _speech_noun_owner(view, n_first, n_last)
        return None
    s_first, s_last = view.reporter_sentence(after)
    owner = _speech_noun_owner(view, s_first, s_last)
    if owner is not None:
        return owner
    for k in range(s_first, s_last):
        cue = by_verb.get(k)
        if cue is not None and cue.usable and cue.speaker is not None and is_person_like(view, cue.speaker):
            att = _cue_attribution(view, cue, "next-sentence")
            att.flags.append("inherited")
            return att
    # « « Je ne gouverne pas avec des pétitions. » Hélène Marcoux a clos les débats »: no reporting
    # verb, but the next sentence is about a person named there, who said it.
    named = _named_subject(view, s_first, s_last)
    if named is not None:
        mention, said = named
        return _Attribution(
            said, mention, "next-sentence", ["inherited", "no-reporting-verb"], cue_found=True
        )
    return None


def _speech_noun_owner(view: DocView, s_first: int, s_last: int) -> _Attribution | None:
    """« Telle est l’analyse de X », « Ce sont les mots de X », « C’est le constat de X »: the
    sentence after the words names whose they are by a noun for what someone says."""
    words = view.words
    for k in range(s_first, min(s_last, s_first + 6)):
        if view.in_quote(k) or words[k].lemma.lower() not in word_set("speech_nouns.txt"):
            continue
        j = k + 1
        while j < s_last and words[j].upos == "ADJ":
            j += 1  # « le constat amer de X »
        agent = _agent_of_participle(view, j, s_last)
        if agent is not None:
            said = Cue(view.span_of(k, k + 1), words[k].text, words[k].lemma.lower())
            return _Attribution(said, agent, "after-words", ["inherited"], cue_found=True)
        if j + 1 < s_last and words[j].lemma == "être" and words[j].upos == "AUX":
            j += 1  # « Le constat est du professeur X »
            if j + 1 < s_last and words[j].text.lower() in ("ceux", "celui", "celle", "celles"):
                j += 1  # « Les mots sont ceux du directeur de l’hôpital »
        if j >= s_last or words[j].text.lower() not in ("de", "du", "d'", "d’", "des"):
            continue
        start = j + 1 if words[j].text.lower() in ("de", "d'", "d’") else j
        if words[start].text.lower() in ("du", "des") and start + 1 < s_last:
            start += 1  # « est du professeur X »: the article in « du » is not the speaker's
        phrase = phrase_at(view, start, s_last)
        if phrase is None:
            continue
        mention = phrase_mention(view, phrase)
        if speaker_kind(view, mention) not in ("person", "group", "organization"):
            continue
        said = Cue(view.span_of(k, k + 1), words[k].text, words[k].lemma.lower())
        return _Attribution(said, mention, "after-words", ["inherited"], cue_found=True)
    return None


def _agent_of_participle(view: DocView, j: int, s_last: int) -> Mention | None:
    """« La phrase, lâchée en fin de débat par Claire D., a surpris »: after the noun for the words,
    a past participle and its agent, before the sentence's verb."""
    words = view.words
    if j < s_last and words[j].text == ",":
        j += 1
    if j >= s_last or words[j].feat("VerbForm") != "Part" or words[j].feat("Tense") == "Pres":
        return None
    for m in range(j + 1, min(s_last, j + 10)):
        if view.in_quote(m) or (words[m].upos in ("VERB", "AUX") and words[m].feat("VerbForm") == "Fin"):
            return None
        if words[m].text.lower() == "par" and m + 1 < s_last:
            phrase = phrase_at(view, m + 1, s_last)
            if phrase is None or phrase.first != m + 1:
                return None
            mention = phrase_mention(view, phrase)
            return mention if speaker_kind(view, mention) in ("person", "group", "organization") else None
    return None


def _named_subject(view: DocView, s_first: int, s_last: int) -> tuple[Mention, Cue] | None:
    """The person named as the subject of a sentence's main verb, and that verb group."""
    words = view.words
    for k in range(s_first, s_last):
        w = words[k]
        if w.deprel != "root" or view.in_quote(k):
            continue
        # « Nadia, 52 ans, ne retient pas ses larmes », « X a été clair »: a verb or a predicate.
        if w.upos not in ("VERB", "ADJ") or (
            w.upos == "ADJ" and not any(words[c].deprel == "cop" for c in view.children[k])
        ):
            return None
        subject = subject_of(view, k)
        if subject is None or not s_first <= subject < s_last:
            return None
        mention, _ = mention_for(view, subject, limit=k if subject < k else None)
        if mention is None or not is_person_like(view, mention):
            return None
        # « La première a ouvert le feu … »: one of two people just named stands for a name.
        ordinal = mention.text.lower().split()[-1] in ORDINAL_ANAPHORS
        if mention.name is None and not ordinal and not _definite_role(view, mention):
            return None
        (first, end), _ = verb_group(view, k)
        return mention, Cue(view.span_of(first, end), view.text_of(first, end), w.lemma.lower())
    return None


def _definite_role(view: DocView, mention: Mention) -> bool:
    """« Le directeur des relations publiques d’Unifor »: a definite person's role with its
    organization, which points at one person as a name would."""
    words = view.words
    first, last = view.word_range(mention.span)
    head = mention.head
    if head is None or words[first].text.lower() not in ("le", "la", "l'", "l’") or mention.number == "plur":
        return False
    if not is_person_word(words[head].text, words[head].lemma):
        return False
    return any(words[k].upos == "PROPN" or view.entity_label(k) == "ORG" for k in range(head + 1, last))


def _describing_participle(view: DocView, verb: int) -> bool:
    """« une copie du document, publiée par La Gazette »: a participle that describes a thing.

    With no auxiliary and hung on a noun, it tells what happened to the thing, not who speaks next.
    """
    w = view.words[verb]
    return (
        w.feat("VerbForm") == "Part"
        and w.deprel.startswith("acl")
        and not any(view.words[c].upos == "AUX" for c in view.children[verb])
        and w.head >= 0
        and view.words[w.head].upos == "NOUN"
        and view.words[w.head].lemma.lower() not in person_nouns()
    )


def _describing_relative(view: DocView, cue: VerbCue) -> bool:
    """« Unifor, le syndicat qui défend les travailleurs de l’usine, »: an ambiguous verb in a
    relative clause, with no clause or quotation of its own, describes its antecedent; it says
    nothing and the quotation after it is not its antecedent's."""
    return (
        cue.entry.ambiguous
        and view.words[cue.verb].deprel == "acl:relcl"
        and cue.que_clause is None
        and cue.predicate is None
        and cue.infinitive is None
    )


def _verb_of(cue: VerbCue) -> int:
    return cue.verb


def _inherit(
    view: DocView,
    span: MarkedSpan,
    top: list[MarkedSpan],
    n: int,
    attributions: dict[int, _Attribution],
    kinds: dict[int, str],
    cues: list[VerbCue],
) -> _Attribution | None:
    """Continuation: the previous quote's speaker, or the speaker of the sentence just before."""
    words = view.words
    qf = view.word_at(span.opener)
    paragraph = view.paragraph_of[qf]
    opens_paragraph = all(
        words[k].text in DASHES for k in range(view.word_range(view.doc.paragraphs[paragraph].span)[0], qf)
    )
    # The closest earlier event: an attributed quote or a usable reporting verb with a speaker.
    best: tuple[int, _Attribution] | None = None
    for m in range(n - 1, -1, -1):
        if kinds.get(m) == "scare":
            continue
        prev = top[m]
        pf = view.word_at(prev.opener)
        att = attributions[m]
        if att.speaker is None:
            if att.cue_found:
                return None
            continue
        if view.paragraph_of[pf] == paragraph or (opens_paragraph and view.paragraph_of[pf] == paragraph - 1):
            best = (pf, att)
        break
    # A reporting verb between that quote and this one (in this paragraph) introduces someone else.
    verb_event: tuple[int, VerbCue] | None = None
    # Only the cues of this paragraph (and the one before) can count: a bisect finds them among
    # the article's cues, which come in the order of their verbs; the latest that counts is the one,
    # so they are read from the quotation back.
    lowest = paragraph - 1 if opens_paragraph else paragraph
    lo = bisect.bisect_left(cues, bisect.bisect_left(view.paragraph_of, lowest), key=_verb_of)
    for cue in reversed(cues[lo : bisect.bisect_left(cues, qf, key=_verb_of)]):
        if cue.verb >= qf or view.paragraph_of[cue.verb] not in (
            paragraph,
            paragraph - 1 if opens_paragraph else paragraph,
        ):
            continue
        if best is not None and cue.verb <= best[0]:
            break
        if not cue.usable or cue.speaker is None or _describing_participle(view, cue.verb):
            continue
        if speaker_kind(view, cue.speaker) is None:
            continue  # « Aucune explication officielle n’est venue justifier … »: nobody spoke
        if _describing_relative(view, cue):
            continue
        verb_event = (cue.verb, cue)
        break
    if verb_event is not None and (best is None or verb_event[0] > best[0]):
        cue = verb_event[1]
        if view.paragraph_of[cue.verb] != paragraph and not opens_paragraph:
            return None
        # Only the sentence right before the quote's sentence, or the same sentence.
        cue_sentence = view.sentence_of[cue.verb]
        if cue_sentence not in (view.sentence_of[qf], view.sentence_of[qf] - 1):
            return None
        att = _cue_attribution(view, cue, "previous-sentence")
        att.flags.append("inherited")
        return att
    if best is not None:
        previous = best[1]
        return _Attribution(previous.cue, previous.speaker, "continuation", [*previous.flags, "continuation"])
    # « Selon elle, la souche dégrade … . « C’est lent, bien sûr. » »: the sentence before says who speaks.
    here = view.sentence_of[qf]
    if here > 0:
        p_first, p_last = view.sentences[here - 1]
        if view.paragraph_of[p_first] == paragraph:
            found = prepositional_cue(view, p_first, p_last)
            if found is not None:
                k, _, mention, _ = found
                return _Attribution(
                    _prepositional_cue_words(view, k),
                    mention,
                    "previous-sentence",
                    ["inherited"],
                    cue_found=True,
                )
            # « Nadia, 52 ans, ne retient pas ses larmes. « Ici, tout le monde … » »: a quotation that
            # opens its sentence, right after a sentence about a person named there, is hers.
            named = _named_subject(view, p_first, p_last)
            if named is not None and view.sentences[here][0] >= qf - 1:
                mention, said = named
                return _Attribution(
                    said, mention, "previous-sentence", ["inherited", "no-reporting-verb"], cue_found=True
                )
    return None


# Words that may come before the verb a quoted predicate opens with (« ne « sait pas » »).
PREDICATE_OPENERS = {
    *("ne", "n'", "n’", "en", "y", "se", "s'", "s’"),
    *("le", "la", "l'", "l’", "les", "lui", "leur"),
}


def _quoted_predicate(view: DocView, span: MarkedSpan) -> _Attribution | None:
    """« Christophe K. « ne comprend pas » cette décision », « X, vêtu d’une chemise rose, ne « sait
    pas ce qui se passe » »: marks that open on the verb of a clause whose subject, outside them,
    is a person or a body: the words are that subject's."""
    words = view.words
    first, last = view.word_range(span.content)
    k = first
    while k < last and words[k].text.lower() in PREDICATE_OPENERS:
        k += 1
    if k >= last or words[k].upos not in ("VERB", "AUX") or words[k].feat("VerbForm") != "Fin":
        return None
    subject = subject_of(view, k)
    opener = view.word_at(span.opener)
    if subject is None or view.in_quote(subject) or subject >= opener:
        return None
    if view.sentence_of[subject] != view.sentence_of[opener]:
        return None
    mention, _ = mention_for(view, subject, limit=opener)
    if mention is None or mention.kind == "pronoun" or not is_person_like(view, mention):
        return None
    said = Cue(view.span_of(k, k + 1), words[k].text, words[k].lemma.lower())
    return _Attribution(said, mention, "quoted-predicate", ["no-reporting-verb"], cue_found=True)
