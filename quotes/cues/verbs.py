"""Which word is a reporting verb, and its verb group.

``verb_entry`` looks a word up in the reporting verbs by lemma (with the lemmatizer's and the
tagger's slips worked round: « traite » read as *traire*, « juge » tagged a noun, « a nuancé »
an adjective); ``verb_group`` reads the auxiliaries, clitics and negation before it and the
inverted subject of « a-t-il déclaré ». A participle that describes (« Interrogé par l’AFP, »)
or names (« l’opération dite « Tempête » ») reports nothing. ``VerbCue`` is one reporting verb
with the frame the other modules fill in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..docview import DocView
from ..lexicon import ReportingVerb, multiword_cues, pronominal_verbs, reporting_verbs, word_set
from ..model import Cue, Mention, Span
from ..nounphrase import Phrase

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
# Words that may stand between a verb and its postposed subject: days, times, connectives.
TIME_WORDS = {
    *("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"),
    *("hier", "soir", "matin", "aujourd'hui", "aujourd’hui"),
    *("ensuite", "alors", "encore", "également", "aussi", "enfin"),
}
# Adverbs that may sit inside a verb group (« a ensuite déclaré », « a sobrement répondu »).
INCISE_ADVERBS = TIME_WORDS | {
    *("d'ailleurs", "d’ailleurs", "pourtant", "cependant", "toutefois", "néanmoins", "même", "plus"),
    *("tard", "déjà", "bien", "simplement", "souvent", "notamment", "immédiatement", "aussitôt"),
    *("volontiers", "sobrement", "fermement", "publiquement", "récemment", "dernièrement"),
}
THIRD_PERSON = {"il", "elle", "ils", "elles"}


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
    # « a rapporté Reuters citant des sources »: who passed the words on (the speaker is whom it cites).
    relay: Mention | None = None
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
    ("ent", "entir"),  # « dément », « ment », « consent »
)


def pronominal_entry(view: DocView, i: int) -> ReportingVerb | None:
    """« s’indigne » after its clitic, whatever the tagger calls it: the pronominal reporting verb."""
    if i == 0 or view.words[i - 1].text.lower() not in REFLEXIVE or not view.words[i].text.islower():
        return None
    verbs = reporting_verbs()
    for lemma in _lemma_candidates(view, i):
        for form in (f"se {lemma}", f"s'{lemma}"):
            if form in verbs:
                return verbs[form]
    return None


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


def reporting_form(view: DocView, i: int) -> bool:
    """Word ``i`` is a form of a reporting verb, whatever its tag (« philosophe », « tempère »)."""
    verbs = reporting_verbs()
    return any(lemma in verbs for lemma in _lemma_candidates(view, i))


# Forms of « avoir » before a past participle (« a twitté », « ont indiqué »).
AUXILIARY_FORMS = {
    *("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ai", "avons", "avez"),
}


def verb_entry(view: DocView, i: int) -> ReportingVerb | None:
    """The reporting-verb entry of word ``i`` when it is a reporting verb, else None."""
    w = view.words[i]
    # « a twitté le président »: a participle the tagger took for a name, right after its auxiliary
    after_auxiliary = (
        w.upos in ("PROPN", "NOUN", "X")
        and w.text.islower()
        and w.text.endswith(("é", "ée", "és", "ées"))
        and i > 0
        and view.words[i - 1].text.lower() in AUXILIARY_FORMS
    )
    if w.upos in ("DET", "PUNCT", "ADP", "PRON", "CCONJ", "SCONJ", "NUM", "PROPN") and not after_auxiliary:
        return None
    clitic = i > 0 and view.words[i - 1].text.lower() in REFLEXIVE  # « s’indigne-t-on », tagged ADJ
    incise = (
        w.upos in ("NOUN", "X", "ADJ", "ADV")
        and w.text.islower()
        and (in_incise_position(view, i) or (clitic and in_incise_position(view, i - 1)))
    )
    if (
        w.upos not in ("VERB", "AUX")
        and not after_auxiliary
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
    return _incise_verb(view, i)


# Adverbs that may follow a quotation and a comma, before a subject (« …, ensuite le maire … »).
PLAIN_ADVERBS = {
    *("ensuite", "encore", "comme", "presque", "parfois", "pourtant", "cependant", "surtout"),
    *("autant", "tant", "souvent", "juste", "certes", "désormais", "naguère", "quelque", "ainsi"),
    *("lorsque", "puisque", "tout", "vite", "tôt", "tard", "partout", "plutôt", "aussitôt", "bientôt"),
}
# Verbs that never say who spoke, even right after a quotation.
NOT_INCISE_VERBS = {"être", "avoir", "pouvoir", "devoir", "falloir", "sembler", "paraître", "aller", "rester"}


def _incise_verb(view: DocView, i: int) -> ReportingVerb | None:
    """A verb no list knows, in the incise after a quotation with its subject after it (« … »,
    persifle un cadre du parti ; « … », tacle-t-il): French inverts the subject there only for a
    verb that says how the words were spoken, so the construction makes it a reporting verb."""
    words = view.words
    w = words[i]
    # Cheap first: a comma after a closing mark within the three words before.
    if not any(words[k].text == "," and k > 0 and view.is_mark(k - 1) for k in range(max(1, i - 3), i)):
        return None
    if (
        w.upos not in ("VERB", "NOUN", "ADJ", "ADV")
        or not w.text.islower()
        or w.feat("VerbForm") in ("Inf", "Ger")
    ):
        return None
    if w.upos == "ADV" and (
        w.text.endswith("ment") or w.text in PLAIN_ADVERBS or not w.text.endswith(("e", "t"))
    ):
        return None  # « persifle » read as an adverb, but not « ensuite », « pourtant »
    lemma = w.lemma.lower()
    if lemma in NOT_INCISE_VERBS or len(w.text) < 4:
        return None
    (first, end), inverted = verb_group(view, i)
    if not (in_incise_position(view, first) and first >= 2 and words[first - 1].text == ","):
        return None
    # The quotation is the sentence's whole first part (« « … », persifle X »), not a phrase
    # inside it (« une « prime exceptionnelle » attend les joueurs »).
    k = first - 2
    while k > 0 and view.in_quote(k - 1):
        k -= 1
    s_first, _ = view.reporter_sentence(k)
    if k > s_first and words[k - 1].text not in (":", "—", "–", "-"):
        return None
    if inverted is None:
        # The subject right after the verb group (past adverbs, « tout de suite »): a determiner,
        # a name or a title opens it.
        nxt = end if end > i else i + 1
        while nxt < len(words) and (words[nxt].upos == "ADV" or filler_at(view, nxt, len(words))):
            nxt += filler_at(view, nxt, len(words)) or 1
        if nxt >= len(words) or words[nxt].upos not in ("DET", "PROPN") or view.in_quote(nxt):
            return None
        if words[nxt].text.lower() in ("le", "la", "les", "l'", "l’") and _object_then_subject(view, nxt):
            return None
    return ReportingVerb(lemma, frozenset({"incise"}))


def _object_then_subject(view: DocView, k: int) -> bool:
    """« …, commente le texte le porte-parole »: rare; more often « …, complète la liste des
    griefs » (an object, no subject). A definite phrase followed by a verb's complement, not by
    the sentence end, is read as an object."""
    words = view.words
    s_last = view.reporter_sentence(k)[1]
    j = k + 1
    while j < s_last and words[j].upos in ("NOUN", "ADJ", "PROPN", "ADP", "DET"):
        j += 1
    return j < s_last and words[j].upos in ("VERB",)


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
    if w.upos not in ("NOUN", "ADV") or not w.text.islower() or i == 0 or view.in_quote(i):
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
    if words[i - 1].text == "," and j < len(words) and view.is_mark(j) and view.in_quote(j):
        return True
    return words[i - 1].text == "," and _final_incise_shape(view, i + 1)


def _final_incise_shape(view: DocView, j: int) -> bool:
    """« …, note l’état-major dans un communiqué. »: after a word set off by a comma, a definite noun
    phrase or a name, then the sentence's end with no verb: the word is the incise's verb."""
    words = view.words
    if j >= len(words) or not (
        words[j].text.lower() in ("le", "la", "l'", "l’", "les") or words[j].upos == "PROPN"
    ):
        return False
    for k in range(j + 1, min(len(words), j + 14)):
        if words[k].text in (".", "!", "?", "…"):
            return True
        if words[k].upos in ("VERB", "AUX") or view.in_quote(k) or words[k].text in (",", ";", ":"):
            return False
    return False


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
    # « X, ancien agent immobilier, jugé pour escroquerie », « L’homme accusé d’avoir violé … »: a
    # past participle hung on a noun is passive; the noun's person is not the one who speaks.
    entry = verb_entry(view, i)
    # (« décrit », « dit » are also present forms: only an ambiguous verb's, or an -é form)
    described = (
        entry is not None
        and (
            entry.ambiguous
            or (w.text.lower().endswith(("é", "ée", "és", "ées")) and "naming" not in entry.flags)
        )
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
        if low in ("d'", "d’", "par") and j + 1 < verb and words[j + 1].text.lower() in ("ailleurs", "abord"):
            first = j  # « a d’ailleurs déclaré », « a d’abord lancé »
            j -= 1
            continue
        if low in ("abord", "ailleurs") and j > 0 and words[j - 1].text.lower() in ("d'", "d’"):
            first = j - 1  # « a d’abord lancé »: walking back, the adverb comes before its « d’ »
            j -= 2
            if j >= 0 and words[j].text.lower() == "tout":
                first = j  # « a tout d’abord expliqué »
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
            or (w.upos == "ADV" and _auxiliary_before(view, j))  # « a ainsi déclaré », « a notamment dit »
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


def _auxiliary_before(view: DocView, j: int) -> bool:
    """Whether the adverbs ending at word ``j`` follow an auxiliary (« a ainsi », « avait d’abord »)."""
    words = view.words
    k = j
    while k > 0 and k > j - 3 and words[k].upos == "ADV":
        k -= 1
    return words[k].upos == "AUX" or words[k].text.lower() in AVOIR_FORMS


# Words between an incise verb and its subject that are neither: « par exemple », « de son côté ».
FILLERS = (
    ("par", "exemple"),
    ("pour", "sa", "part"),
    ("pour", "leur", "part"),
    ("de", "son", "côté"),
    ("de", "leur", "côté"),
    ("à", "son", "tour"),
    ("à", "leur", "tour"),
    ("quant", "à", "lui"),
    ("quant", "à", "elle"),
    ("lui", "aussi"),
    ("elle", "aussi"),
    ("eux", "aussi"),
    ("elles", "aussi"),
    ("au", "contraire"),
    ("tout", "de", "suite"),
    ("en", "revanche"),
    ("par", "ailleurs"),
    ("en", "outre"),
)


DAYS = {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
MONTHS = {
    *("janvier", "février", "mars", "avril", "mai", "juin", "juillet"),
    *("août", "septembre", "octobre", "novembre", "décembre"),
}
PERIODS = {"matinée", "journée", "soirée", "nuit", "après-midi", "semaine", "mois", "année", "séance"}
DAY_PARTS = {"matin", "soir", "midi", "après-midi", "nuit", "week-end", "semaine", "dernier", "dernière"}


def date_at(view: DocView, j: int, s_last: int) -> int:
    """How many words of a date start at ``j`` (0: none): « ce lundi », « le 12 septembre »,
    « mardi soir », « la semaine dernière », « jeudi 3 juin 2021 »."""
    words = view.words
    k = j
    opener = words[j].text.lower() if j < s_last else ""
    # « en début de soirée », « en fin de matinée », « dans la soirée », « dans la nuit »
    if opener in ("en", "dans") and j + 2 < s_last:
        inner = [words[m].text.lower() for m in range(j + 1, min(s_last, j + 4))]
        if opener == "en" and inner[0] in ("début", "fin", "milieu") and inner[1] in ("de", "d'", "d’"):
            return 3 + (len(inner) > 2 and inner[2] in PERIODS)
        if opener == "dans" and inner[0] in ("la", "l'", "l’") and inner[1] in PERIODS:
            return 3
        return 0
    if opener in ("ce", "cette", "le", "la", "l'", "l’"):
        k += 1
    dated = False
    while k < s_last:
        low = words[k].text.lower()
        if low in DAYS or low in MONTHS or (low in DAY_PARTS and k > j):
            dated = True
        elif not ((low.isdigit() and len(low) <= 4) or low == "1er"):
            break
        k += 1
    if not dated:
        return 0
    if opener in ("le", "la", "l'", "l’") and not any(
        words[m].text.lower() in MONTHS or words[m].text.lower() in ("semaine", "dernier", "dernière")
        for m in range(j + 1, k)
    ):
        return 0  # « le lundi » alone is a habit, not a date
    return k - j


def filler_at(view: DocView, j: int, s_last: int) -> int:
    """How many words of a filler (« par exemple », « de son côté ») start at ``j`` (0: none)."""
    words = view.words
    if j >= s_last:
        return 0
    for filler in _fillers_by_first().get(words[j].text.lower(), ()):
        n = len(filler)
        if j + n <= s_last and all(words[j + m].text.lower() == filler[m] for m in range(1, n)):
            return n
    return 0


@cache
def _fillers_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The fillers by their first word, longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for filler in sorted(FILLERS, key=len, reverse=True):
        found.setdefault(filler[0], []).append(filler)
    return {first: tuple(fillers) for first, fillers in found.items()}


def in_incise_position(view: DocView, first: int) -> bool:
    """A verb group right after a closing quote mark, or after a comma that follows one."""
    words = view.words
    j = first - 1
    if j >= 0 and words[j].text == ",":
        j -= 1
    return j >= 0 and view.is_mark(j) and words[j].text in "»”\"›’'"
