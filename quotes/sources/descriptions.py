"""Resolving descriptions: « la personne », « le partenaire commercial », « le ministre ».

A definite description goes to the earlier mention with the same head noun and compatible
words; a general noun to the last speaker; a bare role to the named speaker just before; a
role of the same group (« l’écrivaine » for « la romancière »), the person the story is about
(« la lauréate »), the one on trial (« le prévenu »), a person of the age the article gives
(« le septuagénaire »), the outlet named before (« le quotidien »). An indefinite
description (« un chercheur ») always brings in someone new. The word lists are in
``lexicons/`` (role groups, story roles, trial roles, family and plain person nouns).
"""

from __future__ import annotations

from functools import cache

import regex

from ..candidates import outlet_of, press_colleagues
from ..lexicon import FOLDER, charge_participle_forms, person_nouns, word_set
from ..model import Mention
from ..names import OFFICES, fold
from ..nounphrase import is_acronym
from .clusters import DE_WORDS, DEFINITE, QUANTIFIERS, _Cluster, _Clusters

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
# Back-references that name one office: they refer back only to a person of that office, or of none.
SPECIFIC_BACK_REFERENCES = {"ministre", "diplomate"}
# Verbs whose subject stands trial (« X comparaît devant le tribunal »).
TRIAL_VERBS = {"comparaître", "comparaitre"}
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

GENERAL_NOUNS = {"personne", "source", "intéressé", "intéressée", "interlocuteur", "interlocutrice"}

INDEFINITE = {"un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "deux", "trois"}


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
def story_roles() -> frozenset[str]:
    """Nouns for the person a story is about (« la lauréate », « le vainqueur »)."""
    return word_set("story_roles.txt")


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
    return form.lower() in charge_participle_forms()


def role_group(noun: str) -> frozenset[str]:
    """The role nouns a reporter may use for the same person as ``noun`` (empty when none)."""
    return _role_groups().get(noun, frozenset())


class _Descriptions(_Clusters):
    """Descriptions and the clusters they refer back to."""

    def _resolve_description(self, mention: Mention) -> tuple[_Cluster | None, str]:
        view = self.view
        if mention.head is None:
            return None, ""
        first = view.word_at(mention.span.start)
        determiner = view.words[first].text.lower()
        contracted = first > 0 and view.words[first - 1].text.lower() in ("du", "au")
        if contracted and view.words[first].upos != "DET":
            determiner = "le"  # « les déclarations du procureur »: the article is in « du »
        head = self.head_lemma(mention)
        if determiner in INDEFINITE or (view.words[first].upos == "PRON" and determiner in QUANTIFIERS):
            return None, ""  # « un chercheur », « l’un des partenaires »: someone new
        if (
            determiner in ("l'", "l’")
            and first + 1 < len(view.words)
            and view.words[first + 1].text.lower() in ("un", "une")
        ):
            return None, ""
        if press_colleagues(view, mention) and not self._has_complement(mention):
            # « selon nos confrères », after « selon nos confrères de Clicanoo »: that outlet again
            outlet = self._named_outlet_before(mention)
            if outlet is not None:
                return outlet, f"« {mention.text} » is the outlet named before"
        # « notre témoin » after « un témoin présent au stade »: the reporter's own witness again
        # (not « notre source »: a source of the paper's own, new)
        possessive = determiner in ("notre", "nos") and head not in GENERAL_NOUNS
        definite = determiner in DEFINITE or possessive
        if not definite:
            return None, ""
        words = self.content_lemmas(mention)
        # « la source » is the last speaker; « la source policière » first the one so described
        concerned = head in ("intéressé", "intéressée") and mention.number == "plur"
        if head in GENERAL_NOUNS and not words - {head} and not concerned:
            # (« Ces sources ont démenti » is not « Reuters », the one speaker just before; « les
            # intéressés » are those the report is about, not those who made it)
            speaker = self._recent_speaker(mention, any_gender=True, same_number=True)
            if speaker is not None:
                return speaker, f"general noun « {head} » refers back to the last speaker"
        for cluster in reversed(self.clusters):
            if not (head and head in cluster.heads and self._agrees(cluster, mention, strict_gender=False)):
                continue
            # « le partenaire commercial » ⊂ « l’un des partenaires commerciaux de Liang », but
            # « le ministre de l'Intérieur » is not « le ministre du Redressement productif ».
            if any(words <= known or known <= words for known in cluster.descriptions):
                return cluster, f"same noun « {head} » as an earlier mention"
        service = any(form in word_set("plural_institutions.txt") for form in (head + "s", head + "x"))
        if service and mention.number != "plur" and not self._has_complement(mention):
            # « un porte-parole des pompiers … « … », poursuit le pompier »: a member of the service
            # named in the last speaker's description
            speaker = self._recent_speaker(mention, any_gender=True, sentences=12)
            if speaker is not None and any(head in known for known in speaker.descriptions):
                return speaker, f"« {mention.text} » is the last speaker, of the service « {head}s »"
        if head in GENERAL_NOUNS and not words - {head, "même"} and not concerned:
            # « la même source » with no earlier « source »: the last speaker
            speaker = self._recent_speaker(mention, any_gender=True, same_number=True)
            if speaker is not None:
                return speaker, f"general noun « {head} » refers back to the last speaker"
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
            if speaker is not None and speaker.kind == "person":
                # (not « le dirigeant » after « Le Financial Times rapporte »: a paper is nobody's office)
                return speaker, f"« {mention.text} » refers back to a named speaker"
            named = self._named_person_just_before(mention)
            if named is not None and head in SPECIFIC_BACK_REFERENCES:
                roles = {h for h in named.heads if h in person_nouns()}
                if roles and not roles & (role_group(head) | {head}):
                    named = None  # « Le ministre » is not « le préfet Benoît L. », named just before
            if named is not None:
                return named, f"« {mention.text} » refers back to {named.names[0]}, named just before"
            # « un haut responsable de Reliance a affirmé … , a ajouté le dirigeant »: an unnamed speaker
            # of the same role, the last person who spoke
            same_role = role_group(head) | {head}
            speaker = self._recent_speaker(mention, any_gender=False, sentences=3, heads=same_role)
            if speaker is not None and speaker.kind == "person":
                return speaker, f"« {mention.text} » refers back to the last speaker, of the same role"
        # A bare role (« le Président-candidat », « le ministre ») after a named speaker.
        if head in person_nouns() and not self._has_complement(mention) and not self._acronym_after(mention):
            speaker = self._recent_speaker(mention, any_gender=False, sentences=1, named=True)
            roles = {h for h in speaker.heads if h in person_nouns()} if speaker is not None else set()
            if speaker is not None and speaker.kind != "person":
                speaker = None  # « Selon l’Élysée, le président … »: an institution is not its head
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
        # (an age noun first: « le septuagénaire » says more than « named just before »)
        if head in AGE_NOUNS and mention.number != "plur":
            aged = self._named_of_age(mention, AGE_NOUNS[head])
            if aged is not None:
                return aged, f"« {mention.text} » is {aged.names[0]}, whose age the article gives"
        if self._plain_person(mention) and mention.number != "plur":
            named = self._named_person_just_before(mention)
            if named is None and determiner in ("ce", "cet", "cette"):
                named = self._last_named_person(mention)
            if named is not None:
                return named, f"« {mention.text} » is {named.names[0]}, named just before"
        if head in OUTLET_NOUNS and not self._has_complement(mention):
            outlet = self._named_outlet_before(mention)
            if outlet is not None:
                return outlet, f"« {mention.text} » is the outlet named before"
        return None, ""

    def _acronym_after(self, mention: Mention) -> bool:
        """« le délégué CGT », « le député LR »: a role with its organization's acronym is not bare."""
        view = self.view
        first, last = view.word_range(mention.span)
        return any(is_acronym(view.words[k].text) for k in range(first + 1, last))

    def _plain_person(self, mention: Mention) -> bool:
        """« le jeune homme de 22 ans », « la femme »: a person, an age or a sex, no role."""
        words = mention.text.lower().replace("’", "'").split()
        while words and words[0] in ("le", "la", "l'", "ce", "cet", "cette"):
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

    def _last_named_person(self, mention: Mention) -> _Cluster | None:
        """« … à l’image d’Abdoulaye B. « … », narre cet homme »: a demonstrative points to the person
        named last, in any place of the sentence, this one or the two before, of the same gender."""
        view = self.view
        here = view.sentence_of[view.word_at(mention.span.start)]
        start = mention.span.start
        last = max(
            (c for c in self.clusters if c.names and c.kind == "person" and c.last_position < start),
            key=lambda c: c.last_position,
            default=None,
        )
        if last is None or here - view.sentence_of[view.word_at(last.last_position)] > 2:
            return None
        if not self._agrees(last, mention, strict_gender=last.gender is not None):
            return None  # (a first name no list knows gives no gender: « Abdoulaye »)
        return last

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
                named = m.name is not None or outlet_of(view, m) is not None
                if named_after_de or (named and cluster.kind == "media"):
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
                # « Jean-Pierre est accusé d’en avoir profité », « X a été mis en examen »
                if k < end and words[k].lemma.lower() in ("être", "avoir") and cluster not in found:
                    after = [m for m in range(k + 1, min(end, k + 4)) if words[m].upos != "ADV"]
                    after = after[1:] if after and words[after[0]].text.lower() == "été" else after
                    if after and _is_charge_participle(words[after[0]].text):
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
        # The subject of the sentence before that comes first: the main clause's (« X fait savoir que
        # Y ne sera pas remplacé »: X), when a person named there was the last one named.
        last_named = max(
            (c for c in self.clusters if c.names and c.kind == "person"),
            key=lambda c: c.last_position,
            default=None,
        )
        if last_named is None or last_named.last_position >= mention.span.start:
            return None
        subjects = [
            (position, c)
            for c in self.clusters
            if c.names and c.kind == "person" and c.last_position < mention.span.start
            for position in c.subject_positions
            if view.sentence_of[view.word_at(position)] == here - 1
        ]
        if not subjects:
            return None
        latest = min(subjects, key=lambda item: item[0])[1]
        if any(h in person_nouns() for h in latest.heads) or any(m.role is not None for m in latest.mentions):
            return None
        first, last = view.reporter_sentence(view.word_at(mention.span.start))
        surnames = {fold(name.split()[-1]) for name in latest.names if name}
        if any(
            view.entity_label(k) == "PER"
            and fold(view.words[k].text) in surnames
            and self.in_clause_of(mention, k)
            for k in range(first, last)
        ):
            return None  # « le porte-parole a reproché à Jean-Luc M. … »: the office speaks to him
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

    def _recent_speaker(
        self,
        mention: Mention,
        *,
        any_gender: bool,
        sentences: int = 3,
        named: bool = False,
        heads: frozenset[str] | None = None,
        same_number: bool = False,
    ) -> _Cluster | None:
        view = self.view
        here = view.sentence_of[view.word_at(mention.span.start)]
        best = None
        for cluster in self._clusters_within(here, sentences):
            if not cluster.speaker or cluster.last_position >= mention.span.start:
                continue
            if named and not cluster.names:
                continue
            if heads is not None and not (cluster.heads & heads):
                continue
            if not any_gender and not self._agrees(cluster, mention, strict_gender=False):
                continue
            plural = cluster.number == "plur" or cluster.kind == "group"
            if same_number and (mention.number == "plur") != plural:
                continue
            distance = here - view.sentence_of[view.word_at(cluster.last_position)]
            if distance > sentences:
                continue
            if best is None or cluster.last_position > best.last_position:
                best = cluster
        return best
