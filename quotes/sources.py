"""Turn speaker mentions into sources: one source per real speaker, whatever the article calls it.

Rules, each link recorded with its reason:

- names: a full name, its surname, title + surname (M., Mme, Dr, Me), initial + surname
  (B. Obama), the surname first (Liang Wenfeng → Liang); an organization's full name,
  short form and acronym (Europe Écologie Les Verts → EELV);
- a name in apposition or after a role (« la fédération des banques, Febelfin ») joins
  the description to the name;
- pronouns (il, elle, ils, elles, -t-il) go to the most salient earlier mention that
  agrees in gender and number: recent, a subject, already a speaker;
- definite descriptions (« la personne », « le partenaire commercial », « le porte-parole
  de la police madrilène ») go to the earlier mention with the same head noun; general
  nouns (personne, source, intéressé) to the most recent speaker; a bare role
  (« le Président-candidat ») to the speaker of the same or previous sentence when genders agree;
- an indefinite description (« un chercheur en IA ») always brings in someone new;
- Stanza's coreference chains, when present, add weight to the links they support.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache

import regex

from .candidates import SHARE
from .cues import ORDINAL_ANAPHORS, is_compared, mention_for, phrase_mention
from .docview import DocView
from .lexicon import (
    FOLDER,
    demonyms,
    is_person_word,
    media_nouns,
    organization_nouns,
    person_nouns,
    titles,
    vague_nouns,
    word_set,
)
from .model import Entity, Link, Mention, Quote, Source, SourceKind, Span, Word
from .names import OFFICES, first_name_gender, fold, is_full_name, name_keys, name_probes, names_match
from .nounphrase import Phrase, phrase_at

PARTITIVE = regex.compile(
    r"l['’]une? d['’](?:eux|elles)|(?:un|une) d['’](?:eux|elles)|l['’]une? d['’]entre (?:eux|elles)"
)
# Nouns a reporter uses to refer back to someone already named, whatever their exact title.
BACK_REFERENCES = {
    "magistrat",
    "magistrate",
    "élu",
    "élue",
    "édile",
    "intéressé",
    "intéressée",
    "dirigeant",
    "dirigeante",
    "responsable",
    "juriste",
    "haut fonctionnaire",
    "ministre",
    "diplomate",
}
POLL_NOUNS = {"sondage", "enquete", "barometre", "etude", "enquête", "baromètre", "étude"}
# Verbs whose subject stands trial (« X comparaît devant le tribunal »).
TRIAL_VERBS = {"comparaître", "comparaitre"}
# Verbs of a cue that goes on with what the last speaker said (« …, a-t-il ajouté »).
CONTINUING_VERBS = {"ajouter", "poursuivre", "conclure", "renchérir", "compléter", "enchaîner", "continuer"}
# Pronouns that point to the referent mentioned last (« celle-ci », « ce dernier »).
DEMONSTRATIVE_WORDS = {"celui-ci", "celle-ci", "ceux-ci", "celles-ci", "ce", "cette", "ces", "celui", "celle"}
# « le septuagénaire »: a person of that age, in decades.
AGE_NOUNS = {
    "trentenaire": 30,
    "quadragénaire": 40,
    "quinquagénaire": 50,
    "sexagénaire": 60,
    "septuagénaire": 70,
    "octogénaire": 80,
    "nonagénaire": 90,
}
# Nouns a reporter uses for a newspaper or a broadcaster already named (« le quotidien »).
OUTLET_NOUNS = {
    *("quotidien", "journal", "hebdomadaire", "magazine", "mensuel"),
    *("site", "média", "radio", "chaîne"),
}
DE_WORDS = {"du", "de", "d'", "d’", "des"}
GENERAL_NOUNS = {"personne", "source", "intéressé", "intéressée", "interlocuteur", "interlocutrice"}
PRONOUNS_SING = {"il", "elle", "lui", "celui-ci", "celle-ci", "ce dernier", "cette dernière"}
DEFINITE = {"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces"}
INDEFINITE = {"un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "deux", "trois"}
QUANTIFIERS = {
    "un",
    "une",
    "certains",
    "certaines",
    "plusieurs",
    "aucun",
    "aucune",
    "chacun",
    "chacune",
    "deux",
    "trois",
    "quatre",
}
FIRST_NAME_GENDER_THRESHOLD = ("male", "female", "mostly_male", "mostly_female")


@dataclass(slots=True)
class _Cluster:
    """Mentions of one referent, in article order."""

    n: int
    mentions: list[Mention] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    gender: str | None = None
    number: str | None = None
    kind_votes: dict[str, float] = field(default_factory=dict)
    descriptions: list[frozenset[str]] = field(default_factory=list)
    speaker: bool = False
    last_position: int = -1
    subject_positions: list[int] = field(default_factory=list)
    speaker_positions: list[int] = field(default_factory=list)
    # Mentions of what the source speaks through (its communiqué, the share it polled): never its name.
    through: set[Span] = field(default_factory=set)

    @property
    def kind(self) -> SourceKind:
        """The kind most of the mentions point to (a person unless something says otherwise)."""
        if not self.kind_votes:
            return "person"
        return max(self.kind_votes.items(), key=lambda kv: (kv[1], kv[0] == "person"))[0]  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class SourcesResult:
    """Sources in order of first quotation, and which source each quote goes to."""

    sources: tuple[Source, ...]
    quote_sources: dict[str, str | None]


def resolve_sources(
    view: DocView, quotes: tuple[Quote, ...], *, context: tuple[Mention, ...] = ()
) -> SourcesResult:
    """Group the speakers of ``quotes`` into sources; ``context`` mentions help resolve pronouns."""
    resolver = _Resolver(view)
    speaker_spans = {q.speaker.span for q in quotes if q.speaker is not None}
    # « …, a-t-il ajouté »: a verb that goes on with what was said keeps the last speaker.
    resolver.continuing = {
        q.speaker.span
        for q in quotes
        if q.speaker is not None and q.cue is not None and q.cue.lemma in CONTINUING_VERBS
    }
    mentions: dict[Span, Mention] = {}
    for q in quotes:
        if q.speaker is not None and q.kind != "scare":
            mentions.setdefault(q.speaker.span, q.speaker)
    for m in context:
        mentions.setdefault(m.span, m)
    taken = sorted((m.span.start, m.span.end) for m in mentions.values())
    # Of two name mentions that overlap, the longer: « la mère de Lucas, Martine Pérignon » rather than
    # « Lucas, Martine Pérignon ».
    names = sorted(resolver.name_mentions(), key=lambda m: m.span.start - m.span.end)
    # « a déclaré Wenke Roggen, porte-parole du parquet » where the cue's speaker is « Wenke Roggen »:
    # the wider name mention, with the role written round the name, joins the speaker's source.
    wider: list[tuple[Mention, Span]] = []
    for m in [*resolver.subject_mentions(), *names]:
        at = bisect.bisect_left(taken, (m.span.start, m.span.start))
        neighbours = taken[max(0, at - 1) : at + 1]
        overlapping = [(s, e) for s, e in neighbours if s < m.span.end and m.span.start < e]
        if not overlapping:
            mentions.setdefault(m.span, m)
            bisect.insort(taken, (m.span.start, m.span.end))
        elif m.role is not None and len(overlapping) == 1:
            inner = Span(*overlapping[0])
            if m.span.contains(inner) and inner != m.span:
                wider.append((m, inner))
    ordered = sorted(mentions.values(), key=lambda m: (m.span.start, -m.span.end))
    cluster_of: dict[Span, _Cluster] = {}
    for m in ordered:
        cluster_of[m.span] = resolver.place(m, is_speaker=m.span in speaker_spans)
    for m, inner in wider:
        cluster = cluster_of.get(inner)
        if cluster is not None and cluster.kind == "person" and resolver.names_agree(cluster, m):
            resolver.attach(cluster, m, "the role written round the name")
    bridges = [
        *resolver.bridge_roles_to_names(),
        *resolver.bridge_headline_to_lead(),
        *resolver.bridge_documents_to_issuers(),
        *resolver.bridge_lead_to_headline_name(),
        *resolver.bridge_poll_shares(),
    ]
    for merged, into in bridges:
        for span, cluster in cluster_of.items():
            if cluster is merged:
                cluster_of[span] = into

    # Sources: clusters that speak, numbered in order of their first quotation.
    quote_sources: dict[str, str | None] = {}
    source_ids: dict[int, str] = {}
    quotes_of: dict[int, list[Quote]] = {}
    for q in quotes:
        if q.kind == "scare" or q.speaker is None:
            quote_sources[q.id] = None
            continue
        found = cluster_of.get(q.speaker.span)
        if found is None or all(m.kind == "pronoun" for m in found.mentions):
            # A pronoun with nobody it can stand for: the quotation stays unattributed.
            quote_sources[q.id] = None
            continue
        cluster = found
        if cluster.n not in source_ids:
            source_ids[cluster.n] = f"s{len(source_ids) + 1}"
        quote_sources[q.id] = source_ids[cluster.n]
        quotes_of.setdefault(cluster.n, []).append(q)
    sources = []
    for cluster in resolver.clusters:
        if cluster.n not in source_ids:
            continue
        sources.append(resolver.make_source(cluster, source_ids[cluster.n], quotes_of[cluster.n]))
    sources.sort(key=lambda s: int(s.id[1:]))
    return SourcesResult(tuple(sources), quote_sources)


def lexeme(word: Word) -> str:
    """A word's dictionary form for comparing descriptions: the noun's lemma, or the bare form.

    « l’associé » tagged as a participle and « des associés » as a noun both give « associé ».
    """
    text = word.text.lower().replace("’", "'")
    if "-" in text or (len(word.text) >= 2 and word.text.isupper()):
        return text  # « la DGS » is not « le DG »: an acronym keeps its letters
    if word.upos in ("NOUN", "ADJ"):
        return word.lemma.lower()
    return text[:-1] if text.endswith("s") and len(text) > 3 else text


class _Resolver:
    continuing: set[Span]

    def __init__(self, view: DocView) -> None:
        self.continuing = set()
        self.positions: tuple[dict[str, list[int]], list[int]] | None = None
        self.view = view
        self.clusters: list[_Cluster] = []
        # Clusters by the keys of their names (``name_keys``): a name is compared only with the
        # names it may match, not with every name of a long article.
        self.named: dict[str, list[_Cluster]] = {}
        # Clusters by their last mention, latest last: pronouns and recent speakers look back a
        # few sentences, not over every cluster of the article. Valid while mentions are placed
        # in article order (as ``resolve_sources`` does); otherwise every cluster is looked at.
        self.recent: dict[int, _Cluster] = {}
        self.latest_start = -1
        self.in_order = True
        self.organizations: tuple[dict[str, int], dict[str, list[str]], list[str]] | None = None

    # --- mentions of names anywhere in the text ---------------------------------------------

    def name_mentions(self) -> list[Mention]:
        """Every person or organization name outside quotes, with the role written next to it."""
        view = self.view
        found = []
        for entity in view.doc.entities:
            if entity.label not in ("PER", "ORG", "MISC"):
                continue
            if view.in_quote(entity.first):
                continue
            start = entity.first
            # Walk left over a role written before the name: « le gestionnaire de fonds spéculatifs ».
            j = start
            s_first, s_last = view.reporter_sentence(start)
            while (
                j - 1 >= s_first
                # (« le Toulousain Fabrice M. »: a demonym, whatever its tag, is part of the role)
                and (
                    view.words[j - 1].upos in ("NOUN", "ADJ", "ADP", "DET") or _is_demonym(view.words[j - 1])
                )
                and view.words[j - 1].text not in (",",)
                and start - j < 8
            ):
                j -= 1
                if view.words[j].upos == "DET":
                    break
            phrase = None
            # « au préfet Alain D. », « du maire Luc B. »: a preposition holding the article; the role
            # starts after it.
            contracted = view.words[j].text.lower() in ("au", "aux", "du", "des") and j + 1 < start
            if j < start and (view.words[j].upos == "DET" or contracted):
                phrase = phrase_at(view, j + 1 if contracted else j, s_last)
                if phrase is not None and not (
                    phrase.name and phrase.name[0] <= entity.first < phrase.name[1]
                ):
                    phrase = None
            if phrase is None and start - 2 >= s_first and view.words[start - 1].text == ",":
                # « par la présidente du tribunal, Catherine Moreau-Lasalle »: the role before the comma.
                k = start - 2
                while (
                    k > s_first
                    and view.words[k].upos in ("NOUN", "ADJ", "ADP", "DET", "PROPN")
                    and start - k < 10
                ):
                    if view.words[k].upos == "DET":
                        break
                    k -= 1
                starts = [k] if view.words[k].upos == "DET" else []
                # « le président du conseil d’administration de la mutuelle, Étienne R. »: past the
                # complements, the person whose name it is.
                outer = self._role_start_before(k, s_first) if starts else None
                if outer is not None:
                    starts.insert(0, outer)
                opening = view.words[s_first]
                if (
                    s_first not in starts
                    and is_person_word(opening.text, opening.lemma)
                    and all(
                        view.words[m].upos in ("NOUN", "ADJ", "ADP", "DET", "PROPN")
                        for m in range(s_first, start - 1)
                    )
                ):
                    starts.append(s_first)  # « Porte-parole de la police cantonale, Jean-Daniel R. … »
                for k in starts:
                    phrase = phrase_at(view, k, s_last)
                    if phrase is None:
                        continue
                    if phrase.name and phrase.name[0] <= entity.first < phrase.name[1]:
                        break
                    role_head = view.words[phrase.head]
                    opens = k == s_first and phrase.last == start - 1
                    if opens and is_person_word(role_head.text, role_head.lemma):
                        # The role opens the sentence; the name after the comma is the subject.
                        named = (entity.first, entity.last)
                        phrase = Phrase(k, entity.last, entity.first, named, (k, start - 1), False)
                        break
                    phrase = None
            if phrase is None:
                phrase = phrase_at(view, start, s_last)
            if phrase is None or not (phrase.first <= entity.first < phrase.last):
                continue
            if entity.label == "MISC" and not self._person_like_misc(entity, phrase):
                continue  # « la version R1 », « le Festival des Grèves »: a name, not of a speaker
            found.append(phrase_mention(view, phrase))
        return found

    def _role_start_before(self, k: int, s_first: int) -> int | None:
        """The determiner of a person's role that the complement opening at ``k`` belongs to
        (« le président du conseil d’administration de la mutuelle » for « la mutuelle »), or None."""
        words = self.view.words
        found = None
        m = k - 1
        while m >= s_first and m > k - 12 and words[m].upos in ("ADP", "DET", "NOUN", "ADJ", "PROPN"):
            if words[m].text == ",":
                break
            if words[m].upos == "DET" or words[m].text.lower() in ("du", "des"):
                head = next((n for n in range(m + 1, k) if words[n].upos == "NOUN"), None)
                if head is not None and is_person_word(words[head].text, words[head].lemma):
                    found = m if words[m].upos == "DET" else m + 1
            m -= 1
        return found

    def _person_like_misc(self, entity: Entity, phrase: Phrase) -> bool:
        """« Wenke Roggen, porte-parole du parquet » tagged MISC: two capitalized words or more with
        a role for a person written round them, or a known first name first."""
        view = self.view
        words = view.words
        if entity.last - entity.first < 2 or not words[entity.first + 1].text[:1].isupper():
            return False
        if first_name_gender(words[entity.first].text) is not None:
            return True
        if phrase.role is None and phrase.last <= entity.last:
            return False
        outside = [k for k in range(phrase.first, phrase.last) if not entity.first <= k < entity.last]
        return any(is_person_word(words[k].text, words[k].lemma) for k in outside)

    def subject_mentions(self) -> list[Mention]:
        """People and organizations that are a sentence's subject (« Le maire s'est rendu sur place »):
        context for pronouns."""
        view = self.view
        found = []
        for w in view.words:
            if not w.deprel.startswith("nsubj") or view.in_quote(w.i):
                continue
            low = w.text.lower()
            pointing = (
                low in ORDINAL_ANAPHORS or low.startswith("derni") or low.split("-")[0] in ("celui", "celle")
            )
            if pointing and w.head >= 0 and not view.in_quote(w.head):
                # « Le premier exige … ; le second refuse … »: who they are matters for the next « il ».
                mention, _ = mention_for(view, w.i)
                if mention is not None and mention.kind == "pronoun":
                    found.append(mention)
                continue
            if w.upos != "NOUN":
                continue
            # People, and organizations (« La compagnie Aérolis a annulé … », « a-t-elle indiqué »).
            if (
                not (w.lemma.lower() in person_nouns() or w.lemma.lower() in organization_nouns())
                or w.head < 0
                or view.in_quote(w.head)
            ):
                continue
            if any(
                view.words[c].text.lower() in ("aucun", "aucune", "nul", "nulle") for c in view.children[w.i]
            ):
                continue  # « Aucun membre du gouvernement ne l’admettra »: nobody to refer back to
            mention, _ = mention_for(view, w.i, limit=w.head if w.head > w.i else None)
            if mention is not None and not self._compared(mention):
                found.append(mention)
        return found

    def _compared(self, mention: Mention) -> bool:
        """« Comme la procureure, elle a insisté … »: a term of comparison the parser made a subject."""
        return mention.head is not None and is_compared(self.view, mention.head)

    # --- placing a mention ----------------------------------------------------------------

    def place(self, mention: Mention, *, is_speaker: bool) -> _Cluster:
        if mention.span.start < self.latest_start:
            self.in_order = False
        self.latest_start = mention.span.start
        target, reason = self._find(mention)
        if target is None:
            target = _Cluster(len(self.clusters))
            self.clusters.append(target)
            reason = "first mention"
        return self.attach(target, mention, reason, is_speaker=is_speaker)

    def attach(
        self, target: _Cluster, mention: Mention, reason: str, *, is_speaker: bool = False
    ) -> _Cluster:
        """Add a mention to a source's cluster, with what it tells: name, role, gender, number."""
        target.mentions.append(mention)
        target.links.append(Link(mention.span, reason))
        target.speaker = target.speaker or is_speaker
        if is_speaker:
            target.speaker_positions.append(mention.span.start)
        target.last_position = max(target.last_position, mention.span.start)
        self.recent.pop(target.n, None)
        self.recent[target.n] = target
        if is_speaker or self._is_subject(mention):
            target.subject_positions.append(mention.span.start)
        if mention.kind != "pronoun":
            name = self._name_text(mention)
            if name and name not in target.names:
                target.names.append(name)
                for key in name_keys(name):
                    filed = self.named.setdefault(key, [])
                    if not filed or filed[-1] is not target:
                        filed.append(target)
            head = self.head_lemma(mention)
            if head:
                target.heads.add(head)
            role_after = self._role_after_name(mention)
            if role_after:
                # « Mireille Tassin, rapporteure du budget »: « la rapporteure » later is her.
                target.heads.add(role_after)
            if mention.role is not None:
                # « Thibault Ransard, chef de file de l’opposition »: « le chef de file » later is him.
                first, last = self.view.word_range(mention.role)
                nouns = [
                    k
                    for k in range(first, last)
                    if self.view.words[k].upos == "NOUN"
                    or is_person_word(self.view.words[k].text, self.view.words[k].lemma)
                ]
                if nouns:
                    target.heads.add(lexeme(self.view.words[nouns[0]]))
                # « le Toulousain Fabrice M. »: « le Toulousain » later is him.
                target.heads.update(
                    lexeme(self.view.words[k])
                    for k in range(first, last)
                    if self.view.words[k].text.lower() in demonyms()
                )
            target.descriptions.append(self.content_lemmas(mention))
            kind, weight = self.kind_evidence(mention)
            target.kind_votes[kind] = target.kind_votes.get(kind, 0.0) + weight
        gender = self._name_gender(mention) or mention.gender  # a first name beats the tagger
        if target.gender is None and gender:
            target.gender = gender
        if target.number is None and mention.number:
            target.number = mention.number
        return target

    def names_agree(self, cluster: _Cluster, mention: Mention) -> bool:
        """The mention's name is one of the cluster's names (or it has none)."""
        name = self._name_text(mention)
        return name is None or any(name == known or names_match(name, known) for known in cluster.names)

    def _role_after_name(self, mention: Mention) -> str | None:
        """The noun of an apposition after the name: « X, 63 ans, ancien notaire » → notaire."""
        if mention.name is None:
            return None
        view = self.view
        words = view.words
        start = view.word_range(mention.name)[1]
        last = view.word_range(mention.span)[1]
        for k in range(start, last):
            if words[k].upos == "NOUN" and not (k > 0 and words[k - 1].upos == "NUM"):
                return lexeme(words[k]) if words[k].text.islower() else None
            if words[k].upos not in ("PUNCT", "NUM", "DET", "ADJ") and words[k].text.lower() != "ans":
                return None
        return None

    def _is_subject(self, mention: Mention) -> bool:
        """The mention is a clause's subject: its head, or the noun that its name stands beside."""
        words = self.view.words
        if self._compared(mention):
            return False
        if mention.head is not None and words[mention.head].deprel.startswith("nsubj"):
            return True
        # « Le Belge Tom Verhulst a remporté … »: the name hangs on the subject (flat, appos).
        k, steps = mention.head, 0
        while k is not None and k >= 0 and steps < 4 and words[k].deprel.split(":")[0] in ("flat", "appos"):
            k, steps = words[k].head, steps + 1
            if k >= 0 and words[k].deprel.startswith("nsubj") and self._finite(words[k].head):
                return True
        first, last = self.view.word_range(mention.span)
        # « La dessinatrice Mathilde Ravenel a reçu … »: the head found is the name, the subject the role.
        return any(
            words[k].deprel.startswith("nsubj")
            and not first <= words[k].head < last
            and self._finite(words[k].head)
            for k in range(first, last)
        )

    def _finite(self, verb: int) -> bool:
        """A finite clause: the verb or one of its auxiliaries is finite (not « Surnommé … , X »)."""
        words = self.view.words
        if verb < 0:
            return False
        if words[verb].feat("VerbForm") == "Fin":
            return True
        return any(
            words[c].upos == "AUX" and words[c].feat("VerbForm") == "Fin" for c in self.view.children[verb]
        )

    def _find(self, mention: Mention) -> tuple[_Cluster | None, str]:
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention)
        parts = mention.text.lower().split()
        if len(parts) == 2 and parts[0] in ("le", "la") and parts[1] in ORDINAL_ANAPHORS:
            # « a répondu le premier »: the same as the pronoun-like « Le premier exige … »
            here = self.view.sentence_of[self.view.word_at(mention.span.start)]
            return self._resolve_ordinal(mention, parts[1], here)
        name = self._name_text(mention)
        if name:
            gender = mention.gender or self._name_gender(mention)
            candidates = {c.n: c for key in name_probes(name) for c in self.named.get(key, ())}
            for cluster in sorted(candidates.values(), key=lambda c: c.n, reverse=True):
                if gender and cluster.gender and gender != cluster.gender:
                    continue  # « Mme Fauchard » is not « Rémi Fauchard »
                for known in cluster.names:
                    why = names_match(name, known)
                    if why:
                        return cluster, f"{why}: {known}"
            if mention.role is not None:
                # « Le maire, Bernard Quéméner » after « le maire de Castelnoir »: the name joins the office.
                role_mention = Mention(mention.role, mention.role.text_in(self.view.text), head=None)
                office, why = self._resolve_role(role_mention, mention)
                if office is not None:
                    return office, why
            if fold(name.split("-")[0]) not in _folded_person_nouns():
                return None, ""
            # « le Président-candidat »: a capitalized office, not a name.
        return self._resolve_description(mention)

    def _resolve_role(self, role: Mention, mention: Mention) -> tuple[_Cluster | None, str]:
        """An earlier nameless description that the role of a named mention repeats."""
        view = self.view
        first, last = view.word_range(role.span)
        if first >= last or view.words[first].text.lower() not in DEFINITE:
            return None, ""
        heads = [k for k in range(first, last) if view.words[k].upos == "NOUN"]
        if not heads:
            return None, ""
        probe = Mention(role.span, role.text, head=heads[0], gender=mention.gender, number=mention.number)
        head = self.head_lemma(probe)
        words = self.content_lemmas(probe)
        for cluster in reversed(self.clusters):
            if cluster.names or head not in cluster.heads:
                continue
            if any(words <= known or known <= words for known in cluster.descriptions):
                return cluster, f"the role « {role.text} » repeats an earlier mention"
        return None, ""

    def _name_text(self, mention: Mention) -> str | None:
        if mention.name is not None:
            return self.view.text[mention.name.start : mention.name.end]
        if mention.kind == "name":
            return mention.text
        return None

    def _resolve_description(self, mention: Mention) -> tuple[_Cluster | None, str]:
        view = self.view
        if mention.head is None:
            return None, ""
        first = view.word_at(mention.span.start)
        determiner = view.words[first].text.lower()
        head = self.head_lemma(mention)
        if determiner in INDEFINITE or (view.words[first].upos == "PRON" and determiner in QUANTIFIERS):
            return None, ""  # « un chercheur », « l’un des partenaires »: someone new
        if (
            determiner in ("l'", "l’")
            and first + 1 < len(view.words)
            and view.words[first + 1].text.lower() in ("un", "une")
        ):
            return None, ""
        definite = determiner in DEFINITE
        if not definite:
            return None, ""
        if head in GENERAL_NOUNS:
            speaker = self._recent_speaker(mention, any_gender=True)
            if speaker is not None:
                return speaker, f"general noun « {head} » refers back to the last speaker"
        words = self.content_lemmas(mention)
        for cluster in reversed(self.clusters):
            if not (head and head in cluster.heads and self._agrees(cluster, mention, strict_gender=False)):
                continue
            # « le partenaire commercial » ⊂ « l’un des partenaires commerciaux de Liang », but
            # « le ministre de l'Intérieur » is not « le ministre du Redressement productif ».
            if any(words <= known or known <= words for known in cluster.descriptions):
                return cluster, f"same noun « {head} » as an earlier mention"
        if head in word_set("family_nouns.txt") and mention.number != "plur":
            kin = [
                c
                for c in self.clusters
                if c.names and head in c.heads and self._agrees(c, mention, strict_gender=False)
            ]
            if len(kin) == 1 and not self._names_someone_else(mention, kin[0]):
                return kin[0], f"« {mention.text} » is the one {head} named: {kin[0].names[0]}"
        if head in BACK_REFERENCES and not self._has_complement(mention):
            # « La magistrate » after « la procureure de la République, Claire Delorme-Vidal »
            speaker = self._recent_speaker(mention, any_gender=False, sentences=3, named=True)
            if speaker is not None:
                return speaker, f"« {mention.text} » refers back to a named speaker"
            named = self._named_person_just_before(mention)
            if named is not None:
                return named, f"« {mention.text} » refers back to {named.names[0]}, named just before"
        # A bare role (« le Président-candidat », « le ministre ») after a named speaker.
        if head in person_nouns() and not self._has_complement(mention):
            speaker = self._recent_speaker(mention, any_gender=False, sentences=1, named=True)
            roles = {h for h in speaker.heads if h in person_nouns()} if speaker is not None else set()
            if speaker is not None and (not roles or roles & (role_group(head) | {head})):
                # (not « le prévenu » after « Le fils d’une des victimes, Yves Rigal »: he has a role)
                return speaker, f"role « {head} » refers to the speaker just before"
        # « L’écrivaine », « la lauréate » after « La romancière Agathe Morvan-Lisle »: a role of the same
        # group as a named person's, close by, with the same gender.
        group = role_group(head)
        if group and mention.number != "plur":
            here = view.sentence_of[view.word_at(mention.span.start)]
            for cluster in reversed(self.clusters):
                if not cluster.names or cluster.kind != "person" or not (cluster.heads & group):
                    continue
                if not self._agrees(cluster, mention, strict_gender=False) or cluster.gender is None:
                    continue
                if here - view.sentence_of[view.word_at(cluster.last_position)] <= 8:
                    return cluster, f"« {mention.text} » names the role of {cluster.names[0]}"
        # « la lauréate » after « La dessinatrice Mathilde Ravenel a reçu le Grand Prix »: the person the
        # story is about, the last named subject nearby.
        if head in story_roles() and mention.number != "plur":
            here = view.sentence_of[view.word_at(mention.span.start)]
            for cluster in reversed(self.clusters):
                if not cluster.names or cluster.kind != "person" or not cluster.subject_positions:
                    continue
                if not self._agrees(cluster, mention, strict_gender=False):
                    continue
                if here - view.sentence_of[view.word_at(cluster.subject_positions[-1])] <= 4:
                    return cluster, f"« {mention.text} » is {cluster.names[0]}, the subject of the story"
                break
        if mention.number != "plur" and (head in trial_roles() or mention.text.lower() in _trial_phrases()):
            accused = self._the_accused()
            if accused is not None:
                return accused, f"« {mention.text} » is {accused.names[0]}, on trial or suspected"
        named = self._named_subject_just_before(mention, head)
        if named is not None:
            return named, f"« {mention.text} » gives the office of {named.names[0]}, named just before"
        if self._plain_person(mention) and mention.number != "plur":
            named = self._named_person_just_before(mention)
            if named is not None:
                return named, f"« {mention.text} » is {named.names[0]}, named just before"
        if head in AGE_NOUNS and mention.number != "plur":
            aged = self._named_of_age(mention, AGE_NOUNS[head])
            if aged is not None:
                return aged, f"« {mention.text} » is {aged.names[0]}, whose age the article gives"
        if head in OUTLET_NOUNS and not self._has_complement(mention):
            outlet = self._named_outlet_before(mention)
            if outlet is not None:
                return outlet, f"« {mention.text} » is the outlet named before"
        return None, ""

    def _plain_person(self, mention: Mention) -> bool:
        """« le jeune homme de 22 ans », « la femme »: a person, an age or a sex, no role."""
        words = mention.text.lower().replace("’", "'").split()
        while words and words[0] in ("le", "la", "l'", "ce", "cette"):
            words = words[1:]
        for n in range(len(words) - 1):
            if words[n] in ("de", "d'") and words[n + 1][:1].isdigit():
                words = words[:n]
                break
        return bool(words) and " ".join(words) in word_set("plain_person_nouns.txt")

    def _named_person_just_before(self, mention: Mention) -> _Cluster | None:
        """The named person who is the subject of the sentence before, or of this one, with the
        same gender (« Le gardien Olivier L. a multiplié les arrêts. Le jeune homme a expliqué … »)."""
        view = self.view
        here = view.sentence_of[view.word_at(mention.span.start)]
        best: tuple[int, _Cluster] | None = None
        for cluster in self.clusters:
            if not cluster.names or cluster.kind != "person":
                continue
            if not self._agrees(cluster, mention, strict_gender=True) or cluster.gender is None:
                continue
            subject = self._latest_before(cluster.subject_positions, mention.span.start)
            if subject < 0 or here - view.sentence_of[view.word_at(subject)] > 1:
                continue
            if best is None or subject > best[0]:
                best = (subject, cluster)
        return best[1] if best is not None else None

    def _named_of_age(self, mention: Mention, decade: int) -> _Cluster | None:
        """The one named person before ``mention`` whose age, written after a name (« X, 74 ans »),
        falls in the decade."""
        view = self.view
        found = []
        for cluster in self.clusters:
            if not cluster.names or cluster.kind != "person" or cluster.last_position >= mention.span.start:
                continue
            for m in cluster.mentions:
                if m.name is None and m.kind != "name":
                    continue
                after = view.text[(m.name or m.span).end : (m.name or m.span).end + 14]
                age = regex.match(r"\s*,\s*(\d{2,3})\s*ans\b", after)
                if age and decade <= int(age.group(1)) < decade + 10:
                    found.append(cluster)
                    break
        return found[0] if len(found) == 1 else None

    def _named_outlet_before(self, mention: Mention) -> _Cluster | None:
        """« selon les informations du Parisien … Selon le quotidien, … »: the last outlet or
        organization whose name a source's mention gives, before this one."""
        view = self.view
        words = view.words
        for cluster in sorted(self.clusters, key=lambda c: c.last_position, reverse=True):
            if cluster.last_position >= mention.span.start:
                continue
            if cluster.kind not in ("media", "document", "organization"):
                continue
            for m in cluster.mentions:
                first, last = view.word_range(m.span)
                named_after_de = any(
                    k > first and words[k].text[:1].isupper() and words[k - 1].text.lower() in DE_WORDS
                    for k in range(first, last)
                )
                if named_after_de or (m.name is not None and cluster.kind == "media"):
                    return cluster
        return None

    def _the_accused(self) -> _Cluster | None:
        """The one named person the article puts on trial or under suspicion (« X, jugé pour … »)."""
        view = self.view
        words = view.words
        found = []
        for cluster in self.clusters:
            if not cluster.names or cluster.kind != "person" or cluster.number == "plur":
                continue
            for m in cluster.mentions:
                if m.kind != "name" and m.name is None:
                    continue
                # « X, 58 ans, ancien agent immobilier, jugé pour … »: after the asides that follow the
                # name, before any finite verb.
                k = view.word_range(m.name or m.span)[1]
                _, s_last = view.reporter_sentence(k - 1)
                end = min(s_last, k + 15)
                while k < end and words[k].feat("VerbForm") != "Fin":
                    if words[k - 1].text == "," and _is_charge_participle(words[k].text):
                        found.append(cluster)
                        break
                    k += 1
                # « Jordan M., 31 ans, comparaît depuis lundi devant la cour d’assises »
                if k < end and words[k].lemma.lower() in TRIAL_VERBS and cluster not in found:
                    found.append(cluster)
                if found and found[-1] is cluster:
                    break
        return found[0] if len(found) == 1 else None

    def _named_subject_just_before(self, mention: Mention, head: str) -> _Cluster | None:
        """« Nathalie Ferrandou a fait face aux députés. La ministre de l’Agriculture était entendue … »

        An office held by one person, as the subject of a sentence right after one whose subject is a
        person named without any role, of the same known gender, with nobody named in between.
        """
        view = self.view
        if head not in OFFICES or mention.number == "plur" or not self._is_subject(mention):
            return None
        here = view.sentence_of[view.word_at(mention.span.start)]
        latest = max(
            (c for c in self.clusters if c.names and c.kind == "person"),
            key=lambda c: c.last_position,
            default=None,
        )
        if latest is None or not latest.subject_positions or latest.last_position >= mention.span.start:
            return None
        if view.sentence_of[view.word_at(latest.subject_positions[-1])] != here - 1:
            return None
        if any(h in person_nouns() for h in latest.heads) or any(m.role is not None for m in latest.mentions):
            return None
        if latest.gender is None or mention.gender is None or latest.gender != mention.gender:
            return None
        return latest

    def _names_someone_else(self, mention: Mention, cluster: _Cluster) -> bool:
        """« la mère de Julie » is not « la mère de Lucas, X »: the complements name other people."""
        view = self.view
        first, last = view.word_range(mention.span)
        names = {fold(view.words[k].text) for k in range(first, last) if view.words[k].upos == "PROPN"}
        known = {fold(w) for d in cluster.descriptions for w in d}
        return bool(names) and not names & known

    def _names_a_person(self, mention: Mention) -> bool:
        """A person's name inside the mention (« l’avocat de Thierry V. »)."""
        view = self.view
        first, last = view.word_range(mention.span)
        return any(
            view.entity_label(k) == "PER" and k > first and view.words[k - 1].text.lower() in DE_WORDS
            for k in range(first, last)
        )

    def _has_complement(self, mention: Mention) -> bool:
        view = self.view
        first, last = view.word_range(mention.span)
        return any(view.words[k].text.lower() in ("de", "du", "des", "d'", "d’") for k in range(first, last))

    def _recent_speaker(
        self, mention: Mention, *, any_gender: bool, sentences: int = 3, named: bool = False
    ) -> _Cluster | None:
        view = self.view
        here = view.sentence_of[view.word_at(mention.span.start)]
        best = None
        for cluster in self._clusters_within(here, sentences):
            if not cluster.speaker or cluster.last_position >= mention.span.start:
                continue
            if named and not cluster.names:
                continue
            if not any_gender and not self._agrees(cluster, mention, strict_gender=False):
                continue
            distance = here - view.sentence_of[view.word_at(cluster.last_position)]
            if distance > sentences:
                continue
            if best is None or cluster.last_position > best.last_position:
                best = cluster
        return best

    def _clusters_within(self, here: int, sentences: int) -> list[_Cluster]:
        """The clusters last mentioned at most ``sentences`` sentences before sentence ``here`` (or
        later), in the order they were made."""
        if not self.in_order:
            return list(self.clusters)
        view = self.view
        found = []
        for cluster in reversed(self.recent.values()):
            if here - view.sentence_of[view.word_at(cluster.last_position)] > sentences:
                break
            found.append(cluster)
        found.sort(key=lambda c: c.n)
        return found

    def _latest_before(self, positions: list[int], start: int) -> int:
        """The latest of ``positions`` before ``start``, or -1 (they come in article order when placed so)."""
        if not self.in_order:
            return max((p for p in positions if p < start), default=-1)
        at = bisect.bisect_left(positions, start)
        return positions[at - 1] if at else -1

    def _agrees(self, cluster: _Cluster, mention: Mention, *, strict_gender: bool) -> bool:
        if mention.number and cluster.number and mention.number != cluster.number:
            return False
        return not (mention.gender and cluster.gender and mention.gender != cluster.gender)

    def _resolve_pronoun(self, mention: Mention) -> tuple[_Cluster | None, str]:
        view = self.view
        here = view.sentence_of[view.word_at(mention.span.start)]
        ordinal = mention.text.lower().split()[-1]
        if ordinal in ORDINAL_ANAPHORS:
            return self._resolve_ordinal(mention, ordinal, here)
        chain_partners = self._coref_partners(mention.span)
        demonstrative = mention.text.lower().split()[0] in DEMONSTRATIVE_WORDS
        last_speaker = None
        if mention.span in self.continuing:
            spoke = {c.n: self._latest_before(c.speaker_positions, mention.span.start) for c in self.clusters}
            last_speaker = max(
                (c for c in self._clusters_within(here, 6) if spoke.get(c.n, -1) >= 0),
                key=lambda c: spoke[c.n],
                default=None,
            )
        best: tuple[float, _Cluster] | None = None
        for cluster in self._clusters_within(here, 12):
            if cluster.last_position >= mention.span.start or cluster.last_position < 0:
                continue
            if not self._agrees(cluster, mention, strict_gender=True):
                continue
            distance = here - view.sentence_of[view.word_at(cluster.last_position)]
            if distance > 12:
                continue
            score = -float(distance)
            recent_subject = self._latest_before(cluster.subject_positions, mention.span.start)
            if recent_subject >= 0:
                subject_distance = here - view.sentence_of[view.word_at(recent_subject)]
                score = max(score, -float(subject_distance) + 1.0)
            if cluster.speaker:
                score += 0.75
            if cluster.kind != "person":
                score -= 1.5
            if cluster.gender is None and mention.gender:
                score -= 0.25
            if chain_partners and any(m.span in chain_partners for m in cluster.mentions):
                score += 3.0
            if demonstrative:
                # « Celle-ci », « ce dernier »: the one mentioned last, subject or not.
                score = float(cluster.last_position) - (0 if cluster.kind == "person" else 1e6)
            elif cluster is last_speaker:
                score += 2.0  # « …, a-t-il ajouté »: the speaker goes on
            if best is None or score > best[0]:
                best = (score, cluster)
        if best is None:
            return None, ""
        cluster = best[1]
        name = cluster.names[0] if cluster.names else cluster.mentions[0].text
        return cluster, f"pronoun « {mention.text} » refers to the most salient earlier mention: {name}"

    def _resolve_ordinal(self, mention: Mention, ordinal: str, here: int) -> tuple[_Cluster | None, str]:
        """« X et Y … . Le premier exige … ; le second refuse … »: the two people named last."""
        view = self.view
        named: list[tuple[int, _Cluster]] = []
        for cluster in self.clusters:
            if not cluster.names or cluster.kind != "person":
                continue
            before = [m.span.start for m in cluster.mentions if m.span.start < mention.span.start]
            recent = [p for p in before if here - view.sentence_of[view.word_at(p)] <= 3]
            introduced = [m.span.start for m in cluster.mentions if m.kind == "name" or m.name is not None]
            if recent and introduced:
                named.append((min(introduced), cluster))
        if len(named) < 2:
            return None, ""
        named.sort(key=lambda item: item[0])
        # « Trois députées : A, B et C. La première … »: counted within the sentence that lists them.
        by_sentence: dict[int, list[_Cluster]] = {}
        for position, cluster in named:
            by_sentence.setdefault(view.sentence_of[view.word_at(position)], []).append(cluster)
        listed = [group for _, group in sorted(by_sentence.items()) if len(group) >= 2]
        if listed:
            first, second = listed[-1][0], listed[-1][1]
        else:
            (_, first), (_, second) = named[-2:]
        cluster = first if ordinal.startswith("premi") else second
        return (
            cluster,
            f"« {mention.text} » is the {'first' if cluster is first else 'second'} of "
            f"{first.names[0]} and {second.names[0]}",
        )

    def _coref_partners(self, span: Span) -> set[Span]:
        partners: set[Span] = set()
        for chain in self.view.doc.coref:
            if any(m.overlaps(span) for m in chain.mentions):
                partners.update(chain.mentions)
        return partners

    def bridge_roles_to_names(self) -> list[tuple[_Cluster, _Cluster]]:
        """« Le ministre du Budget a déclaré … . Paul Durand a ajouté … »: an office, then a name.

        A speaker known only by a definite, singular office (ministre, porte-parole…) is the
        person named as a speaker in the next sentence, when that person has no role of their
        own, the genders agree and nobody else is named in between.
        """
        view = self.view
        merges = []
        for described in list(self.clusters):
            if described.names or not described.speaker or len(described.mentions) == 0:
                continue
            first = described.mentions[0]
            start = view.word_at(first.span.start)
            if view.words[start].text.lower() not in ("le", "la", "l'", "l’") or first.number == "plur":
                continue
            if self.head_lemma(first) not in OFFICES:
                continue
            here = view.sentence_of[start]
            candidates = [
                (m.span.start, c)
                for c in self.clusters
                if c is not described and c.names and c.kind == "person"
                for m in c.mentions
                if m.kind == "name"
                and m.span.start > first.span.end
                and view.sentence_of[view.word_at(m.span.start)] in (here, here + 1)
            ]
            if not candidates:
                continue
            _, named = min(candidates, key=lambda item: item[0])
            if any(m.role is not None for m in named.mentions) or not named.speaker:
                continue
            if described.gender and named.gender and described.gender != named.gender:
                continue
            why = f"the office « {first.text} » is named just after: {named.names[0]}"
            self._merge(described, named, why)
            merges.append((described, named))
        return merges

    def bridge_headline_to_lead(self) -> list[tuple[_Cluster, _Cluster]]:
        """« … », dit l’accusé (headline) … Jordan Vaillière a demandé pardon (lead): the same person.

        A speaker known only by a definite, singular description in the headline is the first
        person named as a subject in the lead paragraph, when the genders agree and that person
        has no other role, or a role of the same group.
        """
        view = self.view
        merges: list[tuple[_Cluster, _Cluster]] = []
        if not self.view.has_headline:
            return merges
        for described in list(self.clusters):
            if described.names or not described.speaker or not described.mentions:
                continue
            first = min(described.mentions, key=lambda m: m.span.start)
            if view.paragraph_of[view.word_at(first.span.start)] != 0:
                continue  # (its later mentions may be in the body: « … », a répété l’accusé)
            start = view.word_at(first.span.start)
            head = self.head_lemma(first)
            if view.words[start].text.lower() not in DEFINITE or first.number == "plur":
                continue
            if self._has_complement(first) and (head not in OFFICES or self._names_a_person(first)):
                continue  # « l’avocat de Thierry Vallat » is not Vallat (« le directeur de l’ARS » may be)
            if head not in person_nouns() and head not in story_roles():
                continue
            lead_start = view.doc.paragraphs[1].span.start if len(view.doc.paragraphs) > 1 else -1
            lead = [
                (min(c.subject_positions), c)
                for c in self.clusters
                if c is not described
                and c.names
                and c.kind == "person"
                and c.subject_positions
                and view.paragraph_of[view.word_at(min(c.subject_positions))] == 1
            ] + [
                # « Jordan M., 31 ans, comparaît … »: the name that opens the lead, whatever the parse
                (m.span.start, c)
                for c in self.clusters
                if c is not described and c.names and c.kind == "person"
                for m in c.mentions
                if m.span.start == lead_start
            ]
            if not lead:
                continue
            _, named = min(lead, key=lambda item: item[0])
            if described.gender and named.gender and described.gender != named.gender:
                continue
            own_roles = {self.head_lemma(m) for m in named.mentions if m.role is not None}
            if own_roles and not (named.heads & (role_group(head) | {head})):
                continue
            if self._has_complement(first) and head not in named.heads:
                continue  # an office with a complement: the same office, written in full in the lead
            why = f"« {first.text} » in the headline is {named.names[0]}, named in the lead"
            self._merge(described, named, why)
            named.speaker = True
            merges.append((described, named))
        return merges

    def bridge_poll_shares(self) -> list[tuple[_Cluster, _Cluster]]:
        """« 44 % se disent optimistes », « un quart pensent que … » in an article about a poll by a
        named institute: the share of those polled speaks through the poll (settled cases)."""
        polls = [c for c in self.clusters if self._is_named_poll(c)]
        if not polls:
            return []
        merges = []
        for share in list(self.clusters):
            if share in polls or share.names or not share.mentions:
                continue
            first = min(share.mentions, key=lambda m: m.span.start)
            if not SHARE.search(first.text.lower()):
                continue
            before = [p for p in polls if min(m.span.start for m in p.mentions) < first.span.start]
            poll = before[-1] if before else polls[0]
            why = f"« {first.text} », a share of those polled, speaks through {poll.mentions[0].text}"
            poll.through.update(m.span for m in share.mentions)
            self._merge(share, poll, why)
            merges.append((share, poll))
        return merges

    def _is_named_poll(self, cluster: _Cluster) -> bool:
        """A poll, survey or study by a named institute (« un sondage Ifop », « l’Ipsos »)."""
        pollsters = _folded_pollsters()
        for m in cluster.mentions:
            text = fold(m.text)
            padded = f" {text.replace(chr(39), ' ')} "
            if any(f" {p} " in padded for p in pollsters):
                return True
            words = set(text.replace("'", " ").split())
            named = m.name is not None and cluster.kind in ("organization", "document", "media")
            if words & POLL_NOUNS and named:
                return True
        return False

    def bridge_lead_to_headline_name(self) -> list[tuple[_Cluster, _Cluster]]:
        """« Cyclisme : Romain C. « très déçu » après sa chute » over « Le coureur de l’équipe …
        s’est dit « très déçu » »: the one person the headline names is the first speaker the
        body describes without a name, when their genders agree."""
        view = self.view
        if not view.has_headline:
            return []
        in_headline = [
            c
            for c in self.clusters
            if c.names
            and c.kind == "person"
            and all(view.paragraph_of[view.word_at(m.span.start)] == 0 for m in c.mentions)
        ]
        named_elsewhere = [
            c
            for c in self.clusters
            if c.names and c.kind == "person" and c not in in_headline and c.speaker
        ]
        if len(in_headline) != 1:
            return []
        named = in_headline[0]
        for described in sorted(self.clusters, key=lambda c: c.mentions[0].span.start if c.mentions else 0):
            if described.names or not described.speaker or not described.mentions:
                continue
            if described.kind != "person":
                continue
            first = described.mentions[0]
            start = view.word_at(first.span.start)
            if view.paragraph_of[start] not in (1, 2) or view.words[start].text.lower() not in DEFINITE:
                continue
            if first.number == "plur" or self._names_a_person(first):
                continue
            if named_elsewhere and min(c.mentions[0].span.start for c in named_elsewhere) < first.span.start:
                break  # someone else is named in the body before: the description may be them
            if described.gender and named.gender and described.gender != named.gender:
                continue
            why = f"« {first.text} » is {named.names[0]}, named in the headline"
            self._merge(described, named, why)
            named.speaker = True
            return [(described, named)]
        return []

    def bridge_documents_to_issuers(self) -> list[tuple[_Cluster, _Cluster]]:
        """« Le ministère de l’Intérieur a diffusé un communiqué … « … », précise le communiqué »: the
        organization that issued a document speaks through it; the document joins its source."""
        merges = []
        for described in list(self.clusters):
            if described.kind not in ("document", "media") or described.names:
                continue
            issuer = self._issuer(described)
            if issuer is None:
                continue
            why = f"the document « {described.mentions[0].text} » was issued by {issuer.text}"
            others = (c for c in self.clusters if c is not described)
            holder = next((c for c in others if any(m.span.overlaps(issuer.span) for m in c.mentions)), None)
            described.through.update(m.span for m in described.mentions)
            if holder is None:
                self.attach(described, issuer, why)
                kind = self.kind_of(issuer)
                described.kind_votes[kind] = described.kind_votes.get(kind, 0.0) + 5.0  # the issuer speaks
            else:
                holder.through.update(described.through)
                self._merge(described, holder, why)
                merges.append((described, holder))
        return merges

    def _issuer(self, cluster: _Cluster) -> Mention | None:
        """Who the article gives as the issuer of a document: the subject of « publier, diffuser,
        adresser … » whose object is that document (the mention, or the same noun earlier; for
        « le document », « le texte », the last document before), the agent of « signé par »,
        « rédigé par » after the document or in a passive in the two sentences after it."""
        view = self.view
        words = view.words
        issuing = word_set("issuing_verbs.txt")
        by_lemma, documents = self._noun_positions()
        heads: set[int] = set()
        for mention in cluster.mentions:
            if mention.head is None:
                continue
            lemma = words[mention.head].lemma.lower()
            generic = lemma in ("document", "texte")
            for positions in (by_lemma.get(lemma, []), documents if generic else []):
                heads.update(positions[: bisect.bisect_right(positions, mention.head)])
        for mention in cluster.mentions:
            # « prévient le courrier, signé par sa secrétaire générale, X »: the participle right after.
            k = view.word_range(mention.span)[1]
            while k < len(words) and words[k].text == ",":
                k += 1
            if k < len(words) and words[k].lemma.lower() in issuing and words[k].feat("VerbForm") == "Part":
                agent = self._agent_of(k)
                if agent is not None:
                    return agent
        for i in sorted(heads, reverse=True):
            head = words[i]
            # « un communiqué publié par X »
            for child in view.children[i]:
                if words[child].deprel.startswith("acl") and words[child].lemma.lower() in issuing:
                    agent = self._agent_of(child)
                    if agent is not None:
                        return agent
            if head.deprel in ("obj", "nsubj:pass") and head.head >= 0:
                verb = head.head
                if words[verb].lemma.lower() in issuing:
                    subject = next(
                        (c for c in view.children[verb] if words[c].deprel in ("nsubj", "obl:agent")), None
                    )
                    if subject is not None:
                        issuer, _ = mention_for(view, subject, limit=verb if subject < verb else None)
                        if issuer is not None and self._can_issue(issuer):
                            return issuer
            # « … Il est signé par le président X », « Elle a été rédigée par la direction de Y »
            here = view.sentence_of[i]
            for s in range(here, min(here + 3, len(view.sentences))):
                s_first, s_last = view.sentences[s]
                for k in range(s_first, s_last):
                    w = words[k]
                    if w.lemma.lower() not in issuing or view.in_quote(k):
                        continue
                    subject = next((c for c in view.children[k] if words[c].deprel == "nsubj:pass"), None)
                    if subject is None:
                        continue
                    low = words[subject].text.lower()
                    if not (subject == i or low in ("il", "elle") or words[subject].lemma == head.lemma):
                        continue
                    agent = self._agent_of(k)
                    if agent is not None:
                        return agent
        return None

    def _noun_positions(self) -> tuple[dict[str, list[int]], list[int]]:
        """Where each lemma stands outside quote marks, and where the document nouns stand, in
        article order (built once: a long article asks for every document it names)."""
        if self.positions is None:
            by_lemma: dict[str, list[int]] = {}
            documents: list[int] = []
            for w in self.view.words:
                if self.view.in_quote(w.i):
                    continue
                lemma = w.lemma.lower()
                by_lemma.setdefault(lemma, []).append(w.i)
                if w.upos == "NOUN" and lemma in media_nouns():
                    documents.append(w.i)
            self.positions = (by_lemma, documents)
        return self.positions

    def _agent_of(self, verb: int) -> Mention | None:
        """The agent of a passive or a participle (« signé par X »), when it can issue a document."""
        view = self.view
        agent = next((c for c in view.children[verb] if view.words[c].deprel == "obl:agent"), None)
        if agent is None:
            return None
        mention, _ = mention_for(view, agent)
        return mention if mention is not None and self._can_issue(mention) else None

    def _can_issue(self, mention: Mention) -> bool:
        """An organization, or a person the article names or describes."""
        kind = self.kind_of(mention)
        return kind == "organization" or (kind == "person" and mention.kind != "pronoun")

    def _merge(self, described: _Cluster, named: _Cluster, reason: str) -> None:
        """Fold a described speaker's cluster into a named one, each mention linked for ``reason``."""
        named.mentions.extend(described.mentions)
        named.mentions.sort(key=lambda m: m.span.start)
        named.links.extend(Link(m.span, reason) for m in described.mentions)
        named.descriptions.extend(described.descriptions)
        named.heads |= described.heads
        self.clusters.remove(described)
        self.recent.pop(described.n, None)

    # --- what a mention says ----------------------------------------------------------------

    def head_lemma(self, mention: Mention) -> str:
        """The head noun's lemma; for « l’un des partenaires » the noun after « des »."""
        view = self.view
        if mention.head is None:
            return ""
        head = mention.head
        w = view.words[head]
        if w.text.lower() in QUANTIFIERS and w.upos in ("PRON", "NUM", "DET"):
            for k in range(head + 1, min(head + 5, len(view.words))):
                if view.words[k].upos in ("NOUN", "PROPN"):
                    head = k
                    break
        compound = view.compound(head)
        if "-" in compound and (compound in organization_nouns() or compound in person_nouns()):
            return compound  # « l’état-major », « le porte-parole » cut by the tokenizer
        return lexeme(view.words[head])

    def content_lemmas(self, mention: Mention) -> frozenset[str]:
        """Nouns, adjectives and names of a description, by lemma (« l’un des » read as its noun)."""
        view = self.view
        first, last = view.word_range(mention.span)
        found = set()
        for k in range(first, last):
            w = view.words[k]
            # (« castelbrunois » may come tagged as a number)
            if (
                w.upos in ("NOUN", "ADJ", "PROPN", "VERB", "X") or (w.upos == "NUM" and w.text.isalpha())
            ) and w.text.lower() not in QUANTIFIERS:
                found.add(lexeme(w))
        return frozenset(found)

    def kind_evidence(self, mention: Mention) -> tuple[SourceKind, float]:
        """The kind a mention points to, and how strongly (a person's first name beats a tagger's guess)."""
        kind = self.kind_of(mention)
        name = self._name_text(mention)
        if name and self._name_gender(mention) is not None:
            return "person", 2.0  # a known first name or a courtesy title
        label = self.view.entity_label(mention.head) if mention.head is not None else None
        if kind == "person" and (label == "PER" or mention.kind == "description"):
            return kind, 1.5
        if kind != "person" and mention.kind == "description":
            return kind, 1.5
        return kind, 1.0

    def kind_of(self, mention: Mention) -> SourceKind:
        view = self.view
        if mention.kind == "pronoun":
            return "person"
        head = self.head_lemma(mention)
        label = view.entity_label(mention.head) if mention.head is not None else None
        if head in media_nouns():
            return (
                "document"
                if head not in ("journal", "chaîne", "magazine", "quotidien", "site", "blog")
                else "media"
            )
        role_noun = self._role_noun(mention)
        if role_noun in organization_nouns() and role_noun not in person_nouns():
            return "organization"  # « la compagnie Aérolis », « le groupe UDI »: the name is the company's
        if head in demonyms() and mention.name is None:
            return "group" if mention.number == "plur" else "person"  # « le Suisse », « les Britanniques »
        if head in organization_nouns() or (label == "ORG" and head not in person_nouns()):
            return "organization"
        if mention.number == "plur" and (head in person_nouns() or head in vague_nouns()):
            return "group"
        if label == "PER" or head in person_nouns():
            return "person"
        name = self._name_text(mention)
        if label in ("MISC", "LOC") and mention.kind == "name":
            return "organization"
        if name and name.isupper() and len(name) >= 2 and " " not in name:
            return "organization"  # an acronym: « la FRT », « le SNPR »
        return "person"

    def _role_noun(self, mention: Mention) -> str | None:
        """The noun of the description written before a name (« compagnie » in « la compagnie X »)."""
        if mention.role is None or mention.name is None or mention.role.end > mention.name.start:
            return None
        first, last = self.view.word_range(mention.role)
        nouns = [k for k in range(first, last) if self.view.words[k].upos == "NOUN"]
        return lexeme(self.view.words[nouns[0]]) if nouns else None

    def _name_gender(self, mention: Mention) -> str | None:
        """Gender from a title (Mme) or a first name, when the mention is a name."""
        name = self._name_text(mention)
        if not name:
            return None
        tokens = name.split()
        while tokens and tokens[0] in titles():
            if titles()[tokens[0]] is not None:
                return titles()[tokens[0]]
            tokens = tokens[1:]  # « Me Sophie Kerbrat »: the title says nothing, the first name does
        if not tokens or (len(tokens[0]) >= 2 and tokens[0].isupper()):
            return None  # an acronym (« le groupe UDI ») is nobody's first name
        return first_name_gender(tokens[0])

    # --- the source --------------------------------------------------------------------------

    def make_source(self, cluster: _Cluster, source_id: str, quotes: list[Quote]) -> Source:
        view = self.view
        mentions = sorted(cluster.mentions, key=lambda m: m.span.start)
        named = [m for m in mentions if m.kind != "pronoun" and m.span not in cluster.through]
        best = max(
            named or [m for m in mentions if m.kind != "pronoun"],
            key=lambda m: self._informativeness(m),
            default=None,
        )
        role = affiliation = None
        if best is None:
            name = "(pronom non résolu)"
        elif best.name is not None and is_full_name(best.name.text_in(view.text)):
            name = view.text[best.name.start : best.name.end]
        elif best.name is not None and best.role is not None:
            name = best.text  # « le directeur de la coopérative, M. Picard »: more than « M. Picard »
        elif best.name is not None:
            name = view.text[best.name.start : best.name.end]
        else:
            name = best.text
        for m in mentions:
            if m.role is not None and role is None:
                role = view.text[m.role.start : m.role.end].strip(" ,")
        if role is None and best is not None and best.name is not None:
            # « Le maire de Castelnoir … Bernard Quéméner »: a description of the named person is their role.
            described = [m for m in mentions if m.kind == "description" and m.name is None]
            if described:
                role = max(described, key=lambda m: len(m.text)).text
        if role is None and best is not None and PARTITIVE.fullmatch(best.text.lower()):
            # « l’un d’eux » after « Des diplomates occidentaux en poste à Tessaly »: one of that group.
            group = self._group_before(best.span.start)
            if group is not None:
                role = group.text
        if role:
            affiliation = self._affiliation(role)
        if best is not None and best.name is None and affiliation is None:
            affiliation = self._affiliation(best.text)
        words = sum(len(q.text.split()) for q in quotes if q.kind in ("direct", "partial"))
        return Source(
            id=source_id,
            name=name,
            kind=cluster.kind,
            mentions=tuple(mentions),
            quote_ids=tuple(q.id for q in quotes),
            role=role,
            affiliation=affiliation,
            links=tuple(cluster.links),
            words_quoted=words,
        )

    def _group_before(self, position: int) -> Mention | None:
        """The latest plural description of people before ``position`` (what « l’un d’eux » picks from)."""
        found = None
        for cluster in self.clusters:
            for m in cluster.mentions:
                if (
                    m.span.start < position
                    and m.kind == "description"
                    and m.number == "plur"
                    and (found is None or m.span.start > found.span.start)
                ):
                    found = m
        return found

    def _informativeness(self, mention: Mention) -> tuple[int, int, int]:
        """Full name with role > full name > description > bare name; then the longer, then the earlier."""
        name = self._name_text(mention)
        full = name is not None and is_full_name(name)
        if full and mention.role is not None:
            rank = 4
        elif full:
            rank = 3
        elif (mention.kind == "description" and mention.name is None) or (name and mention.role is not None):
            rank = 2
        else:
            rank = 1
        return rank, len(mention.text.split()), -mention.span.start

    def _affiliation(self, role: str) -> str | None:
        """The organization a role names: « chercheur … à l’Université de Californie » → that university."""
        rank, by_start, short = self._organization_names()
        found = [text for text in short if text in role]
        for k in range(len(role) - 2):
            found.extend(text for text in by_start.get(role[k : k + 3], ()) if role.startswith(text, k))
        # The organization the article names first, of those the role holds.
        return min(found, key=rank.__getitem__) if found else None

    def _organization_names(self) -> tuple[dict[str, int], dict[str, list[str]], list[str]]:
        """The article's ORG entity texts: the order they first appear in, filed by their first
        three characters (and the shorter ones apart).

        Built once per article: a long article names thousands of organizations and every
        source's role is held against them; a role is looked up by its own characters instead."""
        if self.organizations is None:
            view = self.view
            texts = (e.span.text_in(view.text) for e in view.doc.entities if e.label == "ORG")
            rank = {text: n for n, text in enumerate(dict.fromkeys(texts)) if text}
            by_start: dict[str, list[str]] = {}
            for text in rank:
                if len(text) >= 3:
                    by_start.setdefault(text[:3], []).append(text)
            self.organizations = (rank, by_start, [text for text in rank if len(text) < 3])
        return self.organizations


@cache
def _role_groups() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for line in (FOLDER / "role_groups.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            members = set(line.split())
            for word in members:
                groups.setdefault(word, set()).update(members)
    return {word: frozenset(members) for word, members in groups.items()}


@cache
def _folded_pollsters() -> tuple[str, ...]:
    return tuple(fold(p) for p in word_set("pollsters.txt"))


@cache
def story_roles() -> frozenset[str]:
    """Nouns for the person a story is about (« la lauréate », « le vainqueur »)."""
    return word_set("story_roles.txt")


def _is_demonym(word: Word) -> bool:
    return word.text.lower() in demonyms()


@cache
def _folded_person_nouns() -> frozenset[str]:
    return frozenset(fold(n) for n in person_nouns())


@cache
def trial_roles() -> frozenset[str]:
    """Nouns for the person on trial or under suspicion (« le prévenu », « l’accusée »)."""
    return frozenset(w for w in word_set("trial_roles.txt") if " " not in w)


@cache
def _trial_phrases() -> frozenset[str]:
    """« le mis en examen », « la mise en examen »: the multi-word roles, with their article."""
    phrases = [w for w in word_set("trial_roles.txt") if " " in w]
    return frozenset(f"{article} {w}" for w in phrases for article in ("le", "la", "l'", "l’"))


def _is_charge_participle(form: str) -> bool:
    return form.lower() in _charge_participle_forms()


@cache
def _charge_participle_forms() -> frozenset[str]:
    """« jugé » with its feminine and plural forms."""
    stems = word_set("charge_participles.txt")
    return frozenset(stem + ending for stem in stems for ending in ("", "e", "s", "es"))


def role_group(noun: str) -> frozenset[str]:
    """The role nouns a reporter may use for the same person as ``noun`` (empty when none)."""
    return _role_groups().get(noun, frozenset())


