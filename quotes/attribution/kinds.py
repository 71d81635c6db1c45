"""Quotation kinds: direct, partial, or scare quotes round a term, a title, a label or a charge."""

from __future__ import annotations

from ..docview import DocView
from ..lexicon import media_nouns, word_set
from ..model import MarkedSpan, Word
from .record import DASHES, _Attribution


def _kind(view: DocView, span: MarkedSpan, att: _Attribution) -> str:
    """direct, partial or scare, from the quote's words and its place in the sentence."""
    words = view.words
    first, last = view.word_range(span.content)
    inner = [words[k] for k in range(first, last)]
    content_words = [w for w in inner if w.upos not in ("PUNCT",)]
    n = len(content_words)
    has_verb = any(
        w.upos in ("VERB", "AUX") and (w.feat("VerbForm") in ("Fin", "Inf", None) or w.upos == "AUX")
        for w in content_words
    )
    qf = view.word_at(span.opener)
    ql = view.word_at(span.closer) if span.closer is not None else last
    s_first, s_last = view.reporter_sentence(qf)
    before = qf - 1
    while before >= s_first and words[before].text in DASHES:
        before -= 1
    after = ql + 1 if span.closer is not None else last
    embedded = (
        before >= s_first and words[before].text not in (":", ",", "(", ";") and not view.is_mark(before)
    )
    short = n <= 4 and not has_verb
    if _charge_name(view, qf, s_first, content_words):
        return "scare"  # « mis en examen pour « association de malfaiteurs » »: the charge's name
    if _title_or_label(view, qf, s_first, content_words):
        return "scare"  # « la revue « Astronomy & Astrophysics » », « classée « Seveso seuil haut » »
    if short:
        named = [
            w
            for w in content_words
            if w.upos not in ("DET",)
            and any(c.isalpha() for c in w.text)
            and w.text.lower() not in TITLE_PARTICLES
        ]
        # « « Oui ! », pour X »: with a cue, an exclamation is an utterance, not a title
        exclaimed = bool(inner) and inner[-1].text in ("!", "?") and att.method is not None
        if named and all(w.text[:1].isupper() or w.upos in ("NUM", "PUNCT") for w in named) and not exclaimed:
            return "scare"  # a name or a title: « Quantal Quetzal », « Coach », « le Sorcier »
        if (
            after < len(words)
            and after < s_last
            and words[after].upos == "PROPN"
            and words[after].text[:1].isupper()
        ):
            return "scare"  # a nickname before a name: « Coach » Romney
        if (
            n <= 2
            and before >= s_first
            and words[before].upos in ("DET", "ADJ")
            and after < s_last
            and words[after].text.lower() in ("de", "du", "des", "d'", "d’")
        ):
            return "scare"  # a term inside a noun phrase: la « dédiabolisation » du Front national
        if att.method is None:
            return "scare"
    if (
        att.method is None
        and embedded
        and not any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in content_words)
        and words[before].upos in ("ADP", "DET")
    ):
        return "scare"  # « condamnée pour « mise en danger de la vie d'autrui » »: a term, nobody's words
    if embedded:
        return "partial"
    # « « Une erreur de jeunesse » qui lui a coûté sa place, a résumé X »: the reporter's sentence goes
    # on after the marks, so the quote is part of it.
    if (
        after < s_last
        and words[after].text not in (",", ".", ";", ":", "!", "?", "…", "»", ")")
        and (
            att.method == "incise-end"
            # « « … » ici, a dit l’officier »: words of the reporter's sentence before the incise
            or (att.method == "incise" and att.cue is not None and words[after].end <= att.cue.span.start)
        )
        and not view.in_quote(after)
    ):
        return "partial"
    return "direct"


TITLE_PARTICLES = {
    "de",
    "des",
    "du",
    "d'",
    "d’",
    "la",
    "le",
    "les",
    "l'",
    "l’",
    "et",
    "à",
    "au",
    "aux",
    "en",
    "sur",
    "pour",
    "&",
}


# Nouns of justice before « pour » and a charge's name (« une enquête pour « … » »).
CHARGE_NOUNS = {"enquête", "information", "condamnation", "plainte", "poursuite", "garde", "procès", "mise"}


def _charge_name(view: DocView, qf: int, s_first: int, content: list[Word]) -> bool:
    """Quote marks round the legal name of a charge, after « pour » and a word of justice within
    the few words before (« mis en examen pour « vol en bande organisée » », « écroués pour
    « association de malfaiteurs » », « une enquête pour « homicide involontaire » »)."""
    if not content or len(content) > 10:
        return False
    if any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in content):
        return False
    words = view.words
    k = qf - 1
    if k < s_first or words[k].text.lower() not in ("pour", "de", "d'", "d’", "chef"):
        return False
    if words[k].text.lower() != "pour" and not any(
        words[m].text.lower() in ("pour", "chef") for m in range(max(s_first, k - 3), k)
    ):
        return False  # « pour des faits de « … » », « du chef de « … » »
    charges = word_set("charge_participles.txt")
    return any(
        words[m].text.lower().rstrip("s").rstrip("e") in charges
        or words[m].text.lower() in charges
        or words[m].lemma.lower() in CHARGE_NOUNS
        for m in range(max(s_first, k - 8), k)
    )


def _title_or_label(view: DocView, qf: int, s_first: int, content: list[Word]) -> bool:
    """Quote marks round a title or a label, not someone's words.

    A work or a device named just before (« la revue », « son dernier album, », « l'opération »), or a
    participle that names (« classée », « baptisé », « intitulé ») with no agent after the marks.
    """
    if not content or any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in content):
        return False
    if len(content) > 8:
        return False
    words = view.words
    k = qf - 1
    while k >= s_first and words[k].text in (",",):
        k -= 1
    if k < s_first:
        return False
    if words[k].text.lower() in word_set("label_participles.txt"):
        # « Jean, dit « le Grand » » names; « il s’est dit « très déçu » » reports a state.
        return not (k > 0 and words[k - 1].upos == "AUX" and words[k - 1].lemma == "être")
    # « un rapport établi par l’Insee sur « Les revenus des ménages » », « le conférencier du thème
    # « … » »: a capitalized title after « sur », « du thème », in a clause about a work.
    if words[k].text.lower() in ("thème", "intitulé", "intitulée"):
        return True  # « sur le thème « vivre ensemble » », « un rapport intitulé « … » »: whatever the case
    if words[k].text.lower() == "sur" and content[0].text[:1].isupper():
        works = word_set("work_nouns.txt") | media_nouns()
        if any(words[m].lemma.lower() in works for m in range(max(s_first, k - 8), k + 1)):
            return True
    # « la revue « … » », « son dernier album, « … » », « l'intégrale des « … » » after a work noun
    for m in range(k, max(s_first - 1, k - 3), -1):
        if words[m].lemma.lower() in word_set("work_nouns.txt") and words[m].upos == "NOUN":
            return content[0].text[:1].isupper()
        if words[m].upos not in ("ADJ", "DET", "ADP") and words[m].text not in (",",) and m != k:
            break
    return False
