"""Cues: the reporting verbs and prepositions that introduce someone's words, and who speaks.

``find_verb_cues`` lists every reporting verb of the article outside quote marks with
what the attribution rules need: its verb group (auxiliaries, clitics, the inverted
subject of « a-t-il déclaré »), whether it is negated, future or hypothetical, its
speaker mention, and the reported clause it governs (a *que* clause or an infinitive).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .docview import DocView
from .lexicon import (
    ReportingVerb,
    idioms,
    is_person_word,
    media_nouns,
    multiword_cues,
    organization_nouns,
    person_nouns,
    pronominal_verbs,
    reporting_verbs,
    titles,
    word_set,
)
from .model import Cue, Gender, Mention, MentionKind, Number, Span
from .nounphrase import SUBJECT_PRONOUNS, Phrase, phrase_at

NEGATIONS = {"pas", "jamais", "guère", "point", "nullement", "aucunement", "rien", "plus"}
NE = {"ne", "n'", "n’"}
OBJECT_CLITICS = {
    "lui",
    "leur",
    "me",
    "m'",
    "m’",
    "te",
    "t'",
    "t’",
    "nous",
    "vous",
    "le",
    "la",
    "l'",
    "l’",
    "les",
    "y",
    "en",
}
REFLEXIVE = {"se", "s'", "s’"}
INCISE_ADVERBS = {
    "ensuite",
    "encore",
    "aussi",
    "également",
    "alors",
    "enfin",
    "d'ailleurs",
    "d’ailleurs",
    "pourtant",
    "cependant",
    "toutefois",
    "néanmoins",
    "même",
    "plus",
    "tard",
    "déjà",
    "bien",
    "simplement",
    "souvent",
    "hier",
    "aujourd'hui",
    "aujourd’hui",
    "dimanche",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "notamment",
    "immédiatement",
    "aussitôt",
    "volontiers",
    "sobrement",
    "fermement",
    "publiquement",
    "récemment",
    "dernièrement",
    "matin",
    "soir",
}
THIRD_PERSON = {"il", "elle", "ils", "elles"}
FIRST_SECOND = {"je", "j'", "j’", "nous", "vous", "tu", "on"}
QUE = {"que", "qu'", "qu’", "qu"}


@dataclass(slots=True)
class VerbCue:
    """One reporting verb in the article, with its frame."""

    verb: int
    entry: ReportingVerb
    group: tuple[int, int]  # words of the verb group: clitics, auxiliaries, inverted subject, the verb
    inverted: int | None = None  # the inverted subject clitic (-t-il)
    negated: bool = False
    future: bool = False
    conditional: bool = False
    hypothetical: bool = False
    idiom: bool = False
    speaker: Mention | None = None
    speaker_phrase: Phrase | None = None
    impersonal: bool = False
    journalist: bool = False
    que_clause: tuple[int, int] | None = None  # words of the reported clause, que excluded
    infinitive: tuple[int, int] | None = None
    # « s’est dit satisfait de l’accord »: the state the speaker declares (an adjective or participle).
    predicate: tuple[int, int] | None = None
    flags: list[str] = field(default_factory=list)

    def cue(self, view: DocView) -> Cue:
        """The cue as the JSON shows it: the verb group without the inverted subject."""
        first, last = self.group
        if self.inverted is not None and self.inverted == last - 1:
            last -= 1
        words = [i for i in range(first, last) if i != self.inverted and not _is_dash_clitic(view, i)]
        start, end = view.words[words[0]].start, view.words[words[-1]].end
        lemma = self.entry.lemma
        return Cue(Span(start, end), view.text[start:end], lemma)

    @property
    def usable(self) -> bool:
        """A speech act that happened: not negated, not future, not hypothetical, not an idiom."""
        return not (self.negated or self.future or self.hypothetical or self.idiom or self.journalist)


def _is_dash_clitic(view: DocView, i: int) -> bool:
    """An inverted subject clitic: « -il », « -t-elle », or « elles » right after a bare « - »."""
    words = view.words
    text = words[i].text.lower()
    if text.startswith("-"):
        return text.lstrip("-").removeprefix("t-") in THIRD_PERSON | {"on", "t", "il"}
    return (
        text in THIRD_PERSON | {"on"}
        and i > 0
        and words[i - 1].text in ("-", "-t")
        and words[i - 1].end == words[i].start
    )


def _normalize_lemma(lemma: str) -> str:
    """Lower case, straight apostrophe, and the 1990 spelling reform undone (reconnait → reconnaît)."""
    return lemma.lower().replace("’", "'")


_ENDINGS = (
    ("ées", "er"),
    ("ée", "er"),
    ("és", "er"),
    ("é", "er"),
    ("ent", "er"),
    ("es", "er"),
    ("e", "er"),
    ("it", "ire"),
    ("ait", "aître"),
    ("ît", "ître"),
    ("ut", "ure"),
    ("is", "ir"),
    ("it", "ir"),
)


def _lemma_candidates(view: DocView, i: int) -> list[str]:
    w = view.words[i]
    lemma = _normalize_lemma(w.lemma)
    found = [lemma]
    for plain, accented in (("aitre", "aître"), ("oitre", "oître")):
        if lemma.endswith(plain):
            found.append(lemma[: -len(plain)] + accented)
    # The lemmatizer sometimes goes astray on verbs (traite → traire): try the form's own endings.
    form = w.text.lower()
    for ending, infinitive in _ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            stem = form[: -len(ending)]
            found.append(stem + infinitive)
            if infinitive == "er":
                # « tempère » → tempérer, « soulève » → soulever, « rappelle » → rappeler
                cut = stem.rfind("è")
                if cut != -1 and cut >= len(stem) - 3:
                    found += [stem[:cut] + v + stem[cut + 1 :] + "er" for v in ("é", "e")]
                if stem.endswith(("ll", "tt")):
                    found.append(stem[:-1] + "er")
    return found


def verb_entry(view: DocView, i: int) -> ReportingVerb | None:
    """The reporting-verb entry of word ``i`` when it is a reporting verb, else None."""
    w = view.words[i]
    incise = w.upos in ("NOUN", "X", "ADJ") and w.text.islower() and in_incise_position(view, i)
    if (
        w.upos not in ("VERB", "AUX")
        and not _participle_as_adjective(view, i)
        and not incise
        and not _verb_read_as_noun(view, i)
    ):
        return None  # (« soupire » right after « … », is a verb whatever the tagger says)
    verbs = reporting_verbs()
    reflexive = _has_reflexive(view, i)
    for lemma in _lemma_candidates(view, i):
        if reflexive:
            for form in (f"se {lemma}", f"s'{lemma}"):
                if form in verbs:
                    return verbs[form]
        if lemma in pronominal_verbs() and not reflexive and lemma not in verbs:
            continue
        if lemma in multiword_cues():
            for key, (rest, entry) in multiword_cues().items():
                if key.startswith(lemma + " ") and _followed_by(view, i, rest):
                    return entry
        if lemma in verbs and len(lemma.split()) == 1:
            return verbs[lemma]
    return None


AVOIR_FORMS = {
    "a",
    "ai",
    "as",
    "avons",
    "avez",
    "ont",
    "avait",
    "avaient",
    "aurait",
    "auraient",
    "aura",
    "auront",
    "ayant",
    "avoir",
    "eu",
}


def _verb_read_as_noun(view: DocView, i: int) -> bool:
    """« Un de ses collègues juge pourtant que … »: a verb form tagged as a noun.

    A noun does not follow another noun without a determiner and then open a « que » clause; a verb
    whose subject ends right before it does.
    """
    words = view.words
    w = words[i]
    if w.upos != "NOUN" or not w.text.islower() or i == 0 or view.in_quote(i):
        return False
    # (« Paul G., président de la chambre, juge que … »: after the comma that closes an apposition)
    if (words[i - 1].upos not in ("NOUN", "PROPN") and words[i - 1].text != ",") or view.in_quote(i - 1):
        return False
    j = i + 1
    while j < len(words) and words[j].upos == "ADV":
        j += 1
    if j < len(words) and words[j].text.lower() in ("que", "qu'", "qu’"):
        return True
    # « Le rapport …, rendu public mardi, pointe « des marges … » »: after the comma, the quotation.
    return words[i - 1].text == "," and j < len(words) and view.is_mark(j) and view.in_quote(j)


def _participle_as_adjective(view: DocView, i: int) -> bool:
    """« a nuancé », « a tweeté » tagged as an adjective or unknown: a participle after a form of avoir."""
    w = view.words[i]
    if w.upos not in ("ADJ", "X", "NOUN") or not w.text.lower().endswith(
        ("é", "és", "ée", "ées", "u", "i", "it", "is")
    ):
        return False
    j = i - 1
    while j >= 0 and (
        view.words[j].upos == "ADV" or _is_dash_clitic(view, j) or view.words[j].text.lower() == "-t"
    ):
        j -= 1
    return j >= 0 and (
        (view.words[j].upos == "AUX" and view.words[j].lemma == "avoir")
        or view.words[j].text.lower() in AVOIR_FORMS
    )


def _followed_by(view: DocView, i: int, rest: tuple[str, ...]) -> bool:
    """Whether the words after ``i`` (adverbs skipped) spell ``rest`` (faire *savoir*, mettre *l'accent*)."""
    j = i + 1
    words = view.words
    while j < len(words) and words[j].upos == "ADV":
        j += 1
    joined = ""
    k = j
    target = " ".join(rest).replace("' ", "'")
    while k < len(words) and len(joined) < len(target) + 2:
        piece = words[k].text.lower().replace("’", "'")
        joined = piece if not joined else (joined + piece if joined.endswith("'") else joined + " " + piece)
        if joined == target:
            return True
        k += 1
    return False


def _bare_participle(view: DocView, i: int) -> bool:
    """« Interrogé par l'AFP, … », « un gérant interrogé par notre rédaction », « surnommé « le Sorcier »
    par les supporters »: a participle with no auxiliary describes; nobody speaks."""
    w = view.words[i]
    participle = w.feat("VerbForm") == "Part" or (
        w.feat("VerbForm") is None and w.text.lower().endswith(("é", "ée", "és", "ées"))
    )
    if not participle or w.feat("Tense") == "Pres":
        return False
    # « X, ancien agent immobilier, jugé pour escroquerie »: an ambiguous verb's participle hung on
    # a noun describes the noun's person; it is nobody's speech.
    entry = verb_entry(view, i)
    described = (
        entry is not None
        and entry.ambiguous
        and w.deprel.startswith("acl")
        and w.head >= 0
        and view.words[w.head].upos in ("NOUN", "PROPN")
    )
    if not described and not set(_lemma_candidates(view, i)) & word_set("interview_verbs.txt"):
        return False
    (first, _), inverted = verb_group(view, i)
    return inverted is None and not any(
        view.words[k].upos == "AUX" or view.words[k].text.lower() in AVOIR_FORMS for k in range(first, i)
    )


def _naming_participle(view: DocView, i: int) -> bool:
    """« le quartier dit des Tanneurs », « l'opération dite « Tempête » »: dit means called here."""
    w = view.words[i]
    if w.text.lower() not in ("dit", "dite", "dits", "dites") or i == 0:
        return False
    before = view.words[i - 1]
    n = view.mark_of[i + 1] if i + 1 < len(view.words) else -1
    if n != -1 and view.spans[n].closer is not None and before.upos in ("NOUN", "PROPN"):
        # « Le quartier dit « des Tanneurs » sera rasé »: a verb right after the marks needs a subject,
        # so « dit » names the quarter rather than makes it speak.
        closer = view.spans[n].closer
        assert closer is not None
        after = view.word_at(closer) + 1
        if (
            after < len(view.words)
            and view.words[after].upos in ("AUX", "VERB")
            and view.words[after].text not in (",",)
        ):
            return True
    if w.feat("VerbForm") == "Fin" or any(view.words[c].deprel.startswith("nsubj") for c in view.children[i]):
        return False  # « Le syndicat dit craindre … »: a finite verb with its subject
    return before.upos in ("NOUN", "PROPN", "ADJ") and before.text.lower() not in AVOIR_FORMS


def _has_reflexive(view: DocView, i: int) -> bool:
    """A reflexive clitic before the verb group (s'est exclamé, se sont félicités)."""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 4:
        low = view.words[j].text.lower()
        if low in REFLEXIVE:
            return True
        if view.words[j].upos not in ("AUX", "ADV", "PRON") and low not in NE:
            return False
        j -= 1
        steps += 1
    # « s'exclame-t-elle » / inverted: se after nothing; also the infinitive « se plaindre »
    return False


def verb_group(view: DocView, verb: int) -> tuple[tuple[int, int], int | None]:
    """The verb group around ``verb``: auxiliaries, clitics and negation before it, inverted subject.

    Returns the word range and the index of the inverted subject clitic, if any.
    """
    words = view.words
    first = verb
    j = verb - 1
    while j >= 0:
        w = words[j]
        low = w.text.lower()
        if low in ("d'", "d’", "par") and j + 1 < verb and words[j + 1].text.lower() == "ailleurs":
            first = j
            j -= 1
            continue
        if (
            w.upos == "AUX"
            or (low in AVOIR_FORMS and j == verb - 1)
            or low in NE
            or low in OBJECT_CLITICS
            or low in REFLEXIVE
            or _is_dash_clitic(view, j)
            or (w.upos == "ADV" and low in NEGATIONS | INCISE_ADVERBS | {"t", "-t"})
            or low in ("-t", "t")
        ):
            if w.upos == "PRON" and low in ("la", "le", "les", "l'", "l’") and j + 1 < verb and False:
                break
            if low in ("nous", "vous") and j > 0 and words[j - 1].upos not in ("AUX", "VERB", "PUNCT"):
                # « nous » before the verb is its subject, not an object clitic.
                break
            first = j
            j -= 1
            continue
        break
    last = verb + 1
    inverted = None
    # Inverted subject right after the verb (explique-t-il) or inside the group (a-t-il déclaré).
    for k in range(first, min(verb + 3, len(words))):
        if _is_dash_clitic(view, k) and words[k].text.lower().lstrip("-") != "t":
            inverted = k
            last = max(last, k + 1)
    return (first, last), inverted


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
        if i > 0 and words[i - 1].upos == "DET" and words[i - 1].text.lower() not in ("tout", "tous"):
            continue  # « le prévenu », « les intéressés »: a participle used as a noun, not a verb
        group, inverted = verb_group(view, i)
        rest = len(entry.lemma.split()) - 1
        if rest and not entry.lemma.startswith(("se ", "s'")):
            group = (group[0], min(len(words), max(group[1], i + 1) + rest))
        cue = VerbCue(verb=i, entry=entry, group=group, inverted=inverted)
        _read_mood(view, cue)
        cue.idiom = _is_idiom(view, i)
        _find_speaker(view, cue)
        _find_complement(view, cue)
        cues.append(cue)
    return cues


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
    # « ne … que » is restriction, not negation: « il n’a dit que ceci » still says.
    for k in group:
        if words[k].feat("Tense") == "Fut":
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


# --- speakers ---------------------------------------------------------------------------


def _find_speaker(view: DocView, cue: VerbCue) -> None:
    words = view.words
    if cue.inverted is not None:
        cue.speaker = pronoun_mention(view, cue.inverted)
        cue.journalist = words[cue.inverted].text.lower().lstrip("-").removeprefix("t-") in ("on",)
        if cue.journalist:
            # « a-t-on appris auprès de la gendarmerie », « assure-t-on du côté de la préfecture »,
            # « explique-t-on chez Bénéteau »: « on » hides the speaker the phrase after names.
            told = _source_after_on(view, cue)
            if told is not None:
                cue.speaker, cue.journalist = told, False
                cue.flags.append("told")
        return
    if in_incise_position(view, cue.group[0]):
        _, s_last = view.reporter_sentence(cue.verb)
        mention = postposed_subject(view, cue.group[1] if cue.verb < cue.group[1] else cue.verb + 1, s_last)
        if mention is not None:
            cue.speaker = mention
            return
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
        return
    low = words[subject].text.lower()
    if low in ("il",) and _is_impersonal(view, cue, subject):
        cue.impersonal = True
        return
    if low in FIRST_SECOND:
        cue.journalist = True  # the reporter or a generic « on »: nobody to attribute to
        return
    if low in ("qui",) and words[subject].upos == "PRON":
        antecedent = _antecedent_of_relative(view, subject)
        if antecedent is None:
            return
        subject = antecedent
    cue.speaker, cue.speaker_phrase = mention_for(
        view, subject, limit=cue.group[0] if subject < cue.verb else None
    )


def _source_after_on(view: DocView, cue: VerbCue) -> Mention | None:
    """The speaker an « on » incise gives after the verb: « auprès de X », « du côté de X »,
    « chez X » (a few words after the verb group at most)."""
    words = view.words
    _, s_last = view.reporter_sentence(cue.verb)
    for k in range(max(cue.group[1], cue.verb + 1), min(s_last, cue.verb + 6)):
        low = words[k].text.lower()
        start = None
        nxt = words[k + 1].text.lower() if k + 1 < s_last else ""
        if low == "auprès" and nxt in ("de", "du", "des", "d'", "d’"):
            start = k + 2 if nxt in ("de", "d'", "d’") else k + 1
        elif low == "côté" and k > 0 and words[k - 1].text.lower() == "du" and k + 1 < s_last:
            nxt = words[k + 1].text.lower()
            start = k + 2 if nxt in ("de", "d'", "d’") else (k + 1 if nxt in ("du", "des") else None)
        elif low == "chez" and k + 1 < s_last:
            start = k + 1
        if start is None or start >= s_last:
            continue
        phrase = phrase_at(view, start, s_last)
        if phrase is not None and phrase.first == start:
            return phrase_mention(view, phrase)
    return None


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


def _passive(view: DocView, cue: VerbCue) -> bool:
    """« a été annoncé », « sont posés »: être with a participle, not a pronominal verb (s'est exclamé)."""
    words = view.words
    if words[cue.verb].feat("VerbForm") != "Part" or cue.entry.lemma.startswith(("se ", "s'")):
        return False
    group = range(cue.group[0], cue.verb)
    if any(words[k].text.lower() in REFLEXIVE for k in group):
        return False
    return any(words[k].lemma == "être" and words[k].upos == "AUX" for k in group)


def in_incise_position(view: DocView, first: int) -> bool:
    """A verb group right after a closing quote mark, or after a comma that follows one."""
    words = view.words
    j = first - 1
    if j >= 0 and words[j].text == ",":
        j -= 1
    return j >= 0 and view.is_mark(j) and words[j].text in "»”\"›’'"


def postposed_subject(view: DocView, j: int, s_last: int, *, quoted: bool = False) -> Mention | None:
    """The subject after an incise verb: « a déclaré l’un des partenaires », « déclare à l'AFP X ».

    ``quoted``: the incise sits inside the quote marks (« Nous pensions, explique X, que … »).
    """
    words = view.words
    steps = 0
    while j < s_last and steps < 8:
        w = words[j]
        low = w.text.lower()
        if w.upos == "ADV" or low in TIME_WORDS:
            j += 1
            steps += 1
            continue
        if low in ("à", "au", "aux", "sur", "dans", "devant", "auprès", "lors", "en"):
            # A complement before the subject (« déclare à l'AFP Jean-Philippe Magnen ») is skipped
            # only when a noun phrase follows it.
            k = j + 1
            while k < s_last and words[k].upos in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
                if words[k].upos == "DET" and _has_noun(view, j + 1, k):
                    break  # « déclaré à la presse la directrice … »: a new phrase, the subject
                k += 1
                if (
                    words[k - 1].upos == "PROPN"
                    and k < s_last
                    and words[k].upos == "PROPN"
                    and view.entity_of[k] != view.entity_of[k - 1]
                ):
                    break  # « à l'AFP Jean-Philippe Magnen »: a second name starts the subject
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
            return None
        break
    if j >= s_last or not starts_phrase(view, j, quoted=quoted):
        return None
    phrase = phrase_at(view, j, s_last, coordination=True)
    if phrase is None:
        return None
    return phrase_mention(view, phrase)


def _has_noun(view: DocView, first: int, last: int) -> bool:
    return any(view.words[m].upos in ("NOUN", "PROPN") for m in range(first, last))


TIME_WORDS = {
    "dimanche",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "hier",
    "soir",
    "matin",
    "aujourd'hui",
    "aujourd’hui",
    "ensuite",
    "alors",
    "encore",
    "également",
    "aussi",
    "enfin",
}


def starts_phrase(view: DocView, j: int, *, quoted: bool = False) -> bool:
    """Whether a noun phrase can start at word ``j`` (outside quote marks unless ``quoted``)."""
    w = view.words[j]
    return (
        w.upos in ("DET", "PROPN", "NOUN", "NUM", "ADJ")
        or w.text.lower() in ("l'", "l’", "un", "une")
        or (w.upos == "PRON" and w.text.lower() in ("certains", "certaines", "plusieurs"))
    ) and (quoted or not view.in_quote(j))


def _is_impersonal(view: DocView, cue: VerbCue, subject: int) -> bool:
    """« il a été demandé / dit / annoncé que… »: a passive with « il » and no agent; nobody speaks."""
    words = view.words
    passive = (
        any(words[k].lemma == "être" and words[k].upos == "AUX" for k in range(*cue.group))
        and words[cue.verb].feat("VerbForm") == "Part"
    )
    return passive or words[subject].deprel == "nsubj:pass"


def _antecedent_of_relative(view: DocView, qui: int) -> int | None:
    """The noun a relative « qui » stands for: the head of the relative clause's verb."""
    words = view.words
    verb = words[qui].head
    if verb < 0:
        return None
    noun = words[verb].head
    if noun >= 0 and words[verb].deprel.startswith("acl") and words[noun].upos in ("NOUN", "PROPN", "PRON"):
        return noun
    # Linear: the noun right before « qui ».
    j = qui - 1
    while j >= 0 and words[j].text == ",":
        j -= 1
    if j >= 0 and words[j].upos in ("NOUN", "PROPN"):
        return j
    return None


OBJECT_ONLY = {
    "lui",
    "leur",
    "me",
    "m'",
    "m’",
    "te",
    "t'",
    "t’",
    "se",
    "s'",
    "s’",
    "le",
    "la",
    "les",
    "l'",
    "l’",
}


def subject_of(view: DocView, verb: int, *, depth: int = 0) -> int | None:
    """The word heading the subject of ``verb``: its nsubj, or by control, coordination or position."""
    words = view.words
    if depth > 4:
        return None
    (first, end), inverted = verb_group(view, verb)
    if inverted is not None:
        return inverted
    if in_incise_position(view, first):
        _, s_last = view.reporter_sentence(verb)
        mention = postposed_subject(view, end, s_last)
        if mention is not None and mention.head is not None:
            return mention.head
    candidates = [verb]
    head = words[verb].head
    if head >= 0 and words[verb].deprel in ("xcomp",) and words[head].upos == "AUX":
        candidates.append(head)
    for c in candidates:
        subjects = [
            child
            for child in view.children[c]
            if words[child].deprel in ("nsubj", "nsubj:pass", "expl:subj", "csubj")
            and not view.in_quote(child)
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
        if subjects:
            return _named_in_apposition(view, subjects[0])
    # Agent of a passive: « a été annoncé par le ministère ».
    for child in view.children[verb]:
        if words[child].deprel == "obl:agent" and not view.in_quote(child):
            return child
    deprel = words[verb].deprel
    if head >= 0 and depth < 4:
        governor = head
        if deprel == "xcomp":
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
            if (
                words[governor].upos == "PROPN"
                or _is_party_noun(words[governor].lemma.lower())
            ):
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
        if deprel in ("xcomp", "conj") or (deprel == "advcl" and not finite):
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


def _gerund_after_comma(view: DocView, verb: int) -> bool:
    """« …, tout en se disant », « …, en rappelant »: a gerund that follows a comma."""
    words = view.words
    k = verb - 1
    while k >= 0 and words[k].text.lower() in REFLEXIVE_CLITICS:
        k -= 1
    if k < 0 or words[k].text.lower() != "en":
        return False
    k -= 1
    if k >= 0 and words[k].text.lower() == "tout":
        k -= 1
    return k >= 0 and words[k].text == ","


def _named_in_apposition(view: DocView, k: int) -> int:
    """« Debout dans le box, Ludovic S., 44 ans, a répété … »: a capitalized adjective opening the
    sentence, taken for a name and made the subject; the person named in apposition is the subject."""
    words = view.words
    w = words[k]
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
            and not any(words[m].upos in ("VERB", "AUX") or view.in_quote(m) for m in range(end, comma))
        ):
            end = comma
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


def mention_for(
    view: DocView, head: int, *, limit: int | None = None
) -> tuple[Mention | None, Phrase | None]:
    """The mention (whole noun phrase) headed by word ``head``."""
    words = view.words
    low = words[head].text.lower()
    demonstrative = demonstrative_at(view, head)
    if demonstrative is None and head > 0 and (low in ORDINAL_ANAPHORS or low.startswith("derni")):
        demonstrative = demonstrative_at(view, head - 1)  # « le second », « ce dernier » by their adjective
    if demonstrative is not None:
        return demonstrative, None
    if words[head].upos == "PRON" and (low in SUBJECT_PRONOUNS or low.lstrip("-") in SUBJECT_PRONOUNS):
        return pronoun_mention(view, head), None
    start = _phrase_start(view, head)
    while (
        start > 0
        and words[start - 1].upos == "DET"
        and not view.in_quote(start - 1)
        and view.sentence_of[start - 1] == view.sentence_of[head]
    ):
        start -= 1  # a determiner the parser hung elsewhere (« Un autre jugeait … »)
    while (
        start > 0
        and words[start].upos == "PROPN"
        and words[start - 1].upos == "PROPN"
        and words[start - 1].text[:1].isupper()
        and not view.in_quote(start - 1)
        and view.sentence_of[start - 1] == view.sentence_of[head]
    ):
        start -= 1  # a first name the parser hung elsewhere (« la voix brisée, Jordan Vaillière a … »)
    while (
        start >= 2
        and words[start - 1].text in ("-", "‑")
        and words[start - 1].start == words[start - 2].end
        and words[start - 1].end == words[start].start
    ):
        start -= 2  # « L’état-major » cut in three by the tokenizer, the subject on « major »
    start = _name_before_apposition(view, start)
    start = _surname_start(view, start, head)
    _, s_last = view.reporter_sentence(head)
    end_limit = limit if limit is not None and limit > head else s_last
    phrase = phrase_at(view, start, end_limit)
    if phrase is None or not (phrase.first <= head < phrase.last):
        phrase = phrase_at(view, head, end_limit)
    if phrase is None:
        return None, None
    if phrase.name is not None and _absolute_construction(view, phrase):
        # « la voix brisée, Kevin Morlaix a demandé pardon »: the name is the subject, the rest a manner.
        named = phrase_at(view, phrase.name[0], end_limit)
        if named is not None:
            phrase = named
    return phrase_mention(view, phrase), phrase


def _surname_start(view: DocView, start: int, head: int) -> int:
    """« Mme Le Floc’h a ajouté » with « h » as the subject: walk back over the pieces of the name
    (letters glued after an apostrophe, capitalized words, surname particles) to a title."""
    words = view.words
    k = start
    s_first, _ = view.reporter_sentence(head)
    moved = False
    while k > s_first and not view.in_quote(k - 1):
        prev, here = words[k - 1], words[k]
        glued = prev.end == here.start and prev.text.endswith(("’", "'"))
        capital = prev.text[:1].isupper() and prev.upos in ("PROPN", "DET", "ADP", "X")
        if not (glued or capital or prev.text.lower() in ("de", "d'", "d’", "van", "von", "der")):
            break
        k -= 1
        moved = moved or glued
    if moved and k > 0 and words[k - 1].text in titles():
        k -= 1
    return k if moved else start


def _absolute_construction(view: DocView, phrase: Phrase) -> bool:
    """« la voix brisée, X », « le visage fermé, X »: a thing and its state before the speaker's name."""
    words = view.words
    head = words[phrase.head]
    assert phrase.name is not None
    after = phrase.head + 1
    return (
        head.upos == "NOUN"
        and phrase.name[0] > phrase.head
        and not _is_party_noun(head.lemma.lower())
        and head.lemma.lower() not in media_nouns()
        and after + 1 < phrase.name[0]
        and (words[after].upos == "ADJ" or words[after].feat("VerbForm") == "Part")
        and words[after + 1].text == ","
    )


def _name_before_apposition(view: DocView, start: int) -> int:
    """« Jean-Luc Mélenchon, le candidat … avait appelé »: the name before the comma opens the subject."""
    words = view.words
    s_first, _ = view.reporter_sentence(start)
    if start - 2 < s_first or words[start - 1].text != ",":
        return start
    j = start - 2
    while j > s_first and (words[j - 1].upos == "PROPN" or view.entity_of[j - 1] == view.entity_of[j] != -1):
        j -= 1
    if j == s_first and (words[j].upos == "PROPN" or view.entity_label(j) == "PER"):
        return j
    # « explique Jean-Pierre A., patron de la STIB, qui souligne … »: a role in apposition to a name
    # inside the sentence stands for the named person.
    if (
        view.entity_label(j) == "PER"
        and is_person_word(words[start].text, words[start].lemma)
        and not view.in_quote(j)
    ):
        return j
    return start


def _phrase_start(view: DocView, head: int) -> int:
    """Leftmost word of the head's phrase: its determiners, adjectives, titles and name before it."""
    words = view.words
    start = head
    for child in view.children[head]:
        if (
            child < start
            and words[child].deprel
            in ("det", "amod", "nummod", "flat:name", "compound", "nmod", "case", "flat", "appos")
            and not view.in_quote(child)
            and view.sentence_of[child] == view.sentence_of[head]
        ):
            if words[child].deprel == "case" or (words[child].deprel == "nmod" and child < head - 6):
                continue
            start = min(start, view.subtree_range(child)[0] if words[child].deprel != "det" else child)
    # Never start inside a preposition: « de », « à » before the phrase belong outside it.
    while start < head and words[start].upos in ("ADP", "PUNCT", "CCONJ"):
        start += 1
    return start


DEMONSTRATIVES = {
    "celui": ("m", "sing"),
    "celle": ("f", "sing"),
    "ceux": ("m", "plur"),
    "celles": ("f", "plur"),
}


ORDINAL_ANAPHORS = {"premier", "première", "second", "seconde", "deuxième"}


def demonstrative_at(view: DocView, i: int) -> Mention | None:
    """« Celle-ci », « ce dernier », « le premier », « le second »: mentions that work as pronouns."""
    words = view.words
    low = words[i].text.lower()
    base = low.split("-")[0]
    end = i + 1
    if base in DEMONSTRATIVES:
        if "-" not in low:
            # « Celle » « - » « ci »
            if (
                end + 1 < len(words)
                and words[end].text == "-"
                and words[end + 1].text.lower() in ("ci", "là")
            ):
                end += 2
            elif end < len(words) and words[end].text.lower() in ("-ci", "-là"):
                end += 1
            else:
                return None
        gender, number = DEMONSTRATIVES[base]
    elif low in ("ce", "cette", "ces") and end < len(words) and words[end].text.lower().startswith("derni"):
        end += 1
        gender = "f" if low == "cette" or words[end - 1].text.lower().startswith("dernière") else "m"
        number = "plur" if low == "ces" else "sing"
    elif (
        low in ("le", "la")
        and end < len(words)
        and words[end].text.lower() in ORDINAL_ANAPHORS
        and (end + 1 >= len(words) or words[end + 1].upos not in ("NOUN", "PROPN", "ADJ", "NUM"))
    ):
        # « Le premier exige … ; le second refuse … »: the first or the second of two just named.
        end += 1
        gender = "f" if low == "la" else "m"
        number = "sing"
    else:
        return None
    span = Span(words[i].start, words[end - 1].end)
    return Mention(
        span,
        span.text_in(view.text),
        head=i,
        kind="pronoun",
        gender=gender,  # type: ignore[arg-type]
        number=number,  # type: ignore[arg-type]
    )


def pronoun_mention(view: DocView, i: int) -> Mention:
    """A subject pronoun as a mention (the sources stage finds whom it stands for)."""
    w = view.words[i]
    low = w.text.lower().lstrip("-").removeprefix("t-")
    gender: Gender | None = (
        "f"
        if low.startswith("elle") or low in ("celle-ci", "cette dernière")
        else "m"
        if low.startswith(("il", "celui", "ceux", "ce dernier"))
        else None
    )
    number: Number = "plur" if low in ("ils", "elles", "eux", "ceux-ci", "celles-ci") else "sing"
    start = w.start + (len(w.text) - len(w.text.lstrip("-")))
    if w.text.lower().lstrip("-").startswith("t-"):
        start += 2
    return Mention(
        Span(start, w.end), view.text[start : w.end], head=i, kind="pronoun", gender=gender, number=number
    )


THIRD_PERSON_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux"}


def phrase_mention(view: DocView, phrase: Phrase) -> Mention:
    """A noun phrase as a mention: name, role, gender and number read off its words.

    A phrase that is one third-person pronoun is a pronoun, however the parser tagged it
    (« eLle », « selon il » in a damaged text): the sources stage finds whom it stands for,
    and a pronoun never names a source.
    """
    words = view.words
    if phrase.last - phrase.first == 1 and words[phrase.first].text.lower() in THIRD_PERSON_PRONOUNS:
        return pronoun_mention(view, phrase.first)
    span = view.span_of(phrase.first, phrase.last)
    name = view.span_of(*phrase.name) if phrase.name else None
    role = view.span_of(*phrase.role) if phrase.role else None
    head = words[phrase.head]
    named_head = phrase.name is not None and phrase.name[0] <= phrase.head < phrase.name[1]
    kind: MentionKind = "name" if named_head else "description"
    if kind == "description" and phrase.name and phrase.role:
        kind = "name"
    gender = _gender(view, phrase)
    number: Number = "plur" if phrase.plural else "sing"
    if head.text.lower() in ("un", "une") and phrase.head == phrase.first + (
        1 if words[phrase.first].text.lower() in ("l'", "l’") else 0
    ):
        number = "sing"
    return Mention(
        span,
        view.text[span.start : span.end],
        head=phrase.head,
        kind=kind,
        gender=gender,
        number=number,
        name=name,
        role=role,
    )


FEMININE_DETERMINERS = {"la", "une", "cette", "sa", "ma", "ta", "notre", "votre", "leur"}
MASCULINE_DETERMINERS = {"le", "un", "ce", "cet", "son", "mon", "ton", "au", "du"}


def _gender(view: DocView, phrase: Phrase) -> Gender | None:
    """Gender from the determiner of the role (« la maire »), then the head or role noun (« la veuve »)."""
    words = view.words
    role_first = phrase.role[0] if phrase.role else phrase.first
    for k in (role_first, phrase.first):
        low = words[k].text.lower()
        if phrase.name is not None and phrase.name[0] == k + 1 and words[k].text[:1].isupper():
            continue  # « Le Goff-Tanguy a précisé »: the article opens the surname, not a gender
        if low in FEMININE_DETERMINERS - {"leur", "notre", "votre"} and words[k].upos == "DET":
            return "f"
        if low in MASCULINE_DETERMINERS - {"son", "mon", "ton"} and words[k].upos in ("DET", "ADP"):
            return "m"
    order = [phrase.head]
    if phrase.role:
        order.extend(range(*phrase.role))
    order.extend(range(phrase.first, phrase.last))
    for k in order:
        w = words[k]
        if (k == phrase.head and w.upos == "PROPN") or w.text in titles():
            continue
        if phrase.name and phrase.name[0] <= k < phrase.name[1]:
            continue  # a name's words say nothing of gender to the tagger
        if phrase.name and k + 1 == phrase.name[0] and w.text[:1].isupper() and w.upos == "DET":
            continue  # « Le Goff »: the article is part of the surname
        if w.text.lower() in ("son", "mon", "ton"):
            continue  # « son avocate »: the possessive is masculine before a vowel
        if w.upos not in ("NOUN", "DET", "PRON", "ADJ"):
            continue
        low, lemma = w.text.lower(), w.lemma.lower()
        if w.upos == "NOUN" and low != lemma and low.rstrip("s") in (lemma + "e", lemma + "ne", lemma + "se"):
            return "f"  # « avocate », « candidate », « lycéenne »: the feminine of the lemma
        if w.upos == "NOUN" and w.lemma.lower() not in person_nouns() and k != phrase.head:
            continue
        g = w.feat("Gender")
        if g == "Fem":
            return "f"
        if g == "Masc":
            return "m"
    return None


# --- reported clauses -------------------------------------------------------------------


def _past_negation(view: DocView, j: int, s_last: int) -> int:
    """The word after an opening mark or a negation before an infinitive (« ne pas », « n’ »)."""
    k = j
    if k < s_last and view.words[k].text in ("«", "“"):
        k += 1  # « appelle à « ne pas consommer » des fromages »: the infinitive is quoted
    while k < min(s_last, j + 4) and view.words[k].text.lower() in NE | NEGATIONS:
        k += 1
    return k


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
    if cue.entry.takes_predicate:
        k = j
        while k < s_last and (words[k].upos == "ADV" or (view.is_mark(k) and k + 1 < s_last)):
            k += 1  # « s’est dit très satisfait », « s’est dit « très déçu » »
        if k < s_last and (words[k].upos == "ADJ" or words[k].feat("VerbForm") == "Part"):
            end = _clause_end(view, k, s_last)
            if end > k:
                cue.predicate = (j, end)
                return
    # Skip what may sit between the verb and its clause: adverbs, « à X », « sur BFM TV », a date.
    steps = 0
    while j < s_last and steps < 12:
        w = words[j]
        low = w.text.lower()
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
            w.upos in ("DET", "NOUN", "PROPN", "PRON")
            and (cue.entry.asking or cue.entry.takes_infinitive)
            and all(words[m].upos == "ADV" for m in range(cue.group[1], j))
        ):
            # « a demandé aux élus de … », « accuse l’arbitre, Sébastien Roux, d’avoir ignoré … »
            k = _after_object(view, j, s_last)
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


def _is_party_noun(lemma: str) -> bool:
    """A noun for a person or an organization."""
    return lemma in person_nouns() or lemma in organization_nouns()


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


ELLIPTICAL_PEOPLE = {
    "autre",
    "un",
    "une",
    "certain",
    "certains",
    "plusieurs",
    "beaucoup",
    "chacun",
    "aucun",
    "tous",
    "la plupart",
    "nombre",
}


def is_person_like(view: DocView, mention: Mention | None) -> bool:
    """A mention that can speak: a pronoun, a name or a description headed by a person noun."""
    if mention is None:
        return False
    if mention.kind in ("pronoun", "name"):
        return True
    head = view.words[mention.head].lemma.lower() if mention.head is not None else ""
    # « le prévenu » lemmatized as the verb « prévenir »: the written form says it is a person.
    form = view.words[mention.head].text.lower() if mention.head is not None else ""
    # « Un autre jugeait que… », « Certains affirment que… »: an elided noun stands for people.
    return head in person_nouns() or form in person_nouns() or head in ELLIPTICAL_PEOPLE
