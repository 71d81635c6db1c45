"""Relative clauses and appositions round a speaker: whom « qui » stands for, the « qui » a
coordinated verb shares (« un habitant qui vit à Kinshasa et affirme … »), and where the
appositions after a name stop (« X, chef coutumier de Kie, un village voisin. »)."""

from __future__ import annotations

from ..docview import DocView
from ..lexicon import is_person_word


def antecedent_of_relative(view: DocView, qui: int) -> int | None:
    """The noun a relative « qui » stands for: the head of the relative clause's verb."""
    words = view.words
    verb = words[qui].head
    if verb < 0:
        return None
    noun = words[verb].head
    if noun >= 0 and words[verb].deprel.startswith("acl") and words[noun].upos in ("NOUN", "PROPN", "PRON"):
        before = qui - 1
        if before > noun and words[before].deprel == "conj" and words[before].head == noun:
            return before  # « entre les élus et des électeurs qui estiment … »: the conjunct next to it
        return _agreeing_noun(view, qui, verb, noun)
    # Linear: the noun right before « qui ».
    j = qui - 1
    while j >= 0 and words[j].text == ",":
        j -= 1
    if j >= 0 and words[j].upos in ("NOUN", "PROPN"):
        if (
            j >= 2
            and words[j].upos == "NOUN"
            and words[j - 1].text.lower() in ("de", "d'", "d’")
            and words[j - 2].upos == "NOUN"
        ):
            return j - 2  # « la parent d’élève, qui regrette … »: a bare complement is no antecedent
        start = j
        while start > 0 and words[start - 1].upos == "PROPN" and view.entity_label(start) == "LOC":
            start -= 1
        if (
            words[j].upos == "PROPN"
            and view.entity_label(j) == "LOC"
            and start >= 2
            and words[start - 1].text.lower() in ("de", "d'", "d’")
            and is_person_word(words[start - 2].text, words[start - 2].lemma)
        ):
            return start - 2  # « un commerçant de Buea, qui a dit … »: a place cannot speak, he can
        return j
    return None


def _agreeing_noun(view: DocView, qui: int, verb: int, noun: int) -> int:
    """« Une grève qui n’a pas ravi les patrons, qui accusent les syndicats … »: when the verb's
    number says the parser's antecedent is wrong (a singular noun for « accusent »), the nearest noun
    before « qui » of the verb's number, within its clause."""
    words = view.words
    number = _finite_number(view, verb)
    if number is None or words[noun].feat("Number") in (None, "", number):
        return noun
    for k in range(qui - 1, noun, -1):
        if words[k].text in (";", ":", ".") or view.in_quote(k):
            break
        if words[k].upos == "NOUN" and words[k].feat("Number") == number:
            return k
    return noun


def _finite_number(view: DocView, verb: int) -> str | None:
    """The number of a relative clause's finite verb, or of its auxiliary (« qui ont dit »)."""
    words = view.words
    forms = [verb, *(c for c in view.children[verb] if words[c].deprel.startswith("aux"))]
    for k in forms:
        if words[k].feat("VerbForm") != "Fin":
            continue
        form, lemma = words[k].text.lower(), words[k].lemma.lower()
        if form.endswith(("ent", "ont")) and len(form) > 4 and form != lemma[:-2]:
            return "Plur"  # « qui accusent », which the tagger may call singular (not « il ment »)
        if words[k].feat("Number"):
            return words[k].feat("Number")
    return None


def relative_conjunct(view: DocView, first: int) -> int | None:
    """« X, un habitant qui vit à Kinshasa et affirme … »: a verb after « et » that follows the verb
    of a relative clause, with no comma between, shares its « qui » (the parser may hang it on
    the sentence's main verb); the person named before the apposition, when there is one."""
    words = view.words
    qui = relative_qui(view, first)
    if qui is None or qui == first - 1:
        return None
    antecedent = antecedent_of_relative(view, qui)
    if antecedent is None:
        return None
    k = antecedent
    while k > 0 and words[k - 1].upos in ("DET", "ADJ", "NUM") and words[k - 1].text != ",":
        k -= 1
    if k >= 2 and words[k - 1].text == "," and view.entity_label(k - 2) == "PER":
        return k - 2  # « Reagan M., un natif de ce village qui … »
    return antecedent


def relative_qui(view: DocView, first: int) -> int | None:
    """The « qui » of the relative clause whose verb group starts at ``first``: right before it
    (« qui affirme »), or before the verb it is coordinated with (« qui vit à Kinshasa et affirme »)."""
    words = view.words
    if first >= 1 and words[first - 1].text.lower() == "qui":
        return first - 1
    if first < 2 or words[first - 1].text.lower() != "et":
        return None
    for k in range(first - 2, max(-1, first - 12), -1):
        if words[k].text in (",", ";", ":", ".") or view.in_quote(k):
            return None
        if words[k].upos in ("VERB", "AUX") and words[k].feat("VerbForm") == "Fin":
            subjects = [c for c in view.children[k] if words[c].deprel == "nsubj"]
            qui = next((c for c in subjects if words[c].text.lower() == "qui"), None)
            return qui if qui is not None and qui < k else None
    return None


CLAUSE_ENDS = (":", ".", "!", "?", "…")


def past_appositions(view: DocView, end: int, s_last: int) -> int:
    """Where the appositions set off by commas after word ``end`` stop (« X, chef coutumier de Kie,
    un village voisin. »: the parser may leave them out of the name's phrase). An apposition has no
    verb but in a relative clause of its own (« X, un natif de ce village qui vit à Kinshasa »)."""
    words = view.words
    while end < s_last and words[end].text == ",":
        k = end + 1
        relative = False
        while k < s_last and words[k].text not in (",", *CLAUSE_ENDS):
            if view.in_quote(k):
                return end
            if words[k].upos in ("VERB", "AUX") and not relative:
                return end
            relative = relative or (k > end + 2 and words[k].text.lower() in RELATIVE_PRONOUNS)
            k += 1
        end = k
    return end


# Pronouns that open a relative clause inside an apposition.
RELATIVE_PRONOUNS = {"qui", "dont", "où"}
