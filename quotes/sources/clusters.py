"""Clusters: the mentions of one referent, and the state every part of the resolver shares.

``_Clusters`` holds the article's clusters, their names filed by key (a name is compared only
with the names it may match), the clusters by their last mention (pronouns look back a few
sentences, not over the whole article), and attaches a mention to a cluster with what it
tells: its name, head noun, content words, kind, gender and number.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..candidates import (
    capitalized_institution,
    capitalized_seat,
    hyphenated_organization,
    outlet_of,
    plural_institution,
    press_colleagues,
    seat_of_power,
    staff_body,
)
from ..cues import is_compared, subject_of
from ..docview import DocView
from ..lexicon import (
    demonyms,
    is_person_word,
    is_rough_count,
    is_title,
    media_nouns,
    organization_nouns,
    person_nouns,
    titles,
    vague_nouns,
)
from ..model import Link, Mention, SourceKind, Span, Word
from ..names import first_name_gender, first_name_gender_is_sure, name_keys, office_of

DE_WORDS = {"du", "de", "d'", "d’", "des"}

PRONOUNS_SING = {"il", "elle", "lui", "celui-ci", "celle-ci", "ce dernier", "cette dernière"}
DEFINITE = {"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces"}

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
    # the gender came from a first name given to both sexes (« Reagan », « Camille »): a guess
    gender_guessed: bool = False
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


def rough_count_noun(view: DocView, k: int) -> int | None:
    """The noun after « de » when word ``k`` counts roughly (« une vingtaine de résidents »)."""
    words = view.words
    if not is_rough_count(words[k].text) or k + 2 >= len(words):
        return None
    if words[k + 1].text.lower() in ("de", "d'", "d’") and words[k + 2].upos == "NOUN":
        return k + 2
    return None


class _Clusters:
    """The resolver's state and what every part of it uses: the clusters, and what a mention says."""

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

    def _compared(self, mention: Mention) -> bool:
        """« Comme la procureure, elle a insisté … »: a term of comparison the parser made a subject."""
        return mention.head is not None and is_compared(self.view, mention.head)

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
        named_gender, sure = self._name_guess(mention)
        gender, number = named_gender or mention.gender, mention.number  # a first name beats the tagger
        counted = rough_count_noun(self.view, mention.head) if mention.head is not None else None
        if counted is not None:
            # « Une vingtaine de résidents … Ils »: the people counted give gender and number
            gender = {"Masc": "m", "Fem": "f"}.get(self.view.words[counted].feat("Gender") or "", gender)
            number = "plur"
        if target.gender is None and gender:
            target.gender = gender
            target.gender_guessed = named_gender is not None and not sure
        if target.number is None and number:
            target.number = number
        return target

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
        if mention.head is not None and words[mention.head].deprel == "obl:agent" and mention.kind == "name":
            return True  # « Cette version est mise en doute par Armand M. »: who acts is named after « par »
        # « Le Belge Tom Verhulst a remporté … »: the name hangs on the subject (flat, appos).
        k, steps = mention.head, 0
        while k is not None and k >= 0 and steps < 4 and words[k].deprel.split(":")[0] in ("flat", "appos"):
            k, steps = words[k].head, steps + 1
            if k >= 0 and words[k].deprel.startswith("nsubj") and self._finite(words[k].head):
                return True
        first, last = self.view.word_range(mention.span)
        # « La dessinatrice Mathilde Ravenel a reçu … »: the head found is the name, the subject the role.
        if any(
            words[k].deprel.startswith("nsubj")
            and not first <= words[k].head < last
            and self._finite(words[k].head)
            for k in range(first, last)
        ):
            return True
        return mention.kind != "pronoun" and self._subject_by_position(first, last)

    def _subject_by_position(self, first: int, last: int) -> bool:
        """« Par la suite, Nathalie S., présidente du syndicat, est venue dire … »: the parser hung the
        name elsewhere, but the verb right after it (past a comma) finds it as its subject."""
        view, words = self.view, self.view.words
        k = last + 1 if last < len(words) and words[last].text == "," else last
        if k >= len(words) or words[k].upos not in ("VERB", "AUX") or view.in_quote(k):
            return False
        verb = words[k].head if words[k].upos == "AUX" and words[k].head > k else k
        if not self._finite(verb):
            return False
        subject = subject_of(view, verb)
        return subject is not None and first <= subject < last

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

    def _name_text(self, mention: Mention) -> str | None:
        if mention.name is not None:
            return self.view.text[mention.name.start : mention.name.end]
        if mention.kind == "name":
            return mention.text
        return None

    def _has_complement(self, mention: Mention) -> bool:
        view = self.view
        first, last = view.word_range(mention.span)
        return any(view.words[k].text.lower() in ("de", "du", "des", "d'", "d’") for k in range(first, last))

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

    def head_lemma(self, mention: Mention) -> str:
        """The head noun's lemma; for « l’un des partenaires » the noun after « des »."""
        view = self.view
        if mention.head is None:
            return ""
        head = mention.head
        w = view.words[head]
        rough = is_rough_count(w.text)  # « une vingtaine de résidents »
        if (w.text.lower() in QUANTIFIERS and w.upos in ("PRON", "NUM", "DET")) or rough:
            for k in range(head + 1, min(head + 5, len(view.words))):
                if view.words[k].upos in ("NOUN", "PROPN"):
                    head = k
                    break
        compound = view.compound(head)
        if "-" in compound and (compound in organization_nouns() or compound in person_nouns()):
            return compound  # « l’état-major », « le porte-parole » cut by the tokenizer
        return lexeme(view.words[head])

    def is_office(self, mention: Mention) -> bool:
        """The mention's head names an office held by one person (« le maire »), alone or with the
        adjective after it (« l’avocate générale », « le secrétaire général »)."""
        words, k = self.view.words, mention.head
        after = words[k + 1] if k is not None and k + 1 < len(words) and words[k + 1].upos == "ADJ" else None
        return office_of(self.head_lemma(mention), after.lemma.lower() if after else None) is not None

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
        if kind == "media" and outlet_of(self.view, mention) is not None:
            return kind, 2.0  # « France 2 », « RTL »: an outlet's name, whatever first name it holds
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
        if outlet_of(view, mention) is not None or press_colleagues(view, mention):
            return "media"  # « Le Monde », « le Parisien », « l’agence Reuters », « nos confrères »
        if hyphenated_organization(view, mention) is not None:
            return "organization"  # « Météo-France » cut by the tokenizer
        named = mention.kind == "name" and seat_of_power(self._name_text(mention) or mention.text)
        if named or capitalized_seat(mention.text):  # (« Palais », « l’État » may come as nouns)
            return "organization"  # « l’Élysée », « Matignon »: the institution housed there
        if plural_institution(view, mention):
            return "organization"  # « les pompiers », « les douanes »
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
        if mention.kind == "name" and self._organization_in_apposition(mention):
            return "organization"  # « Gwad’air, l’agence chargée de mesurer la qualité de l’air »
        if head in demonyms() and mention.name is None:
            return "group" if mention.number == "plur" else "person"  # « le Suisse », « les Britanniques »
        if mention.head is not None and staff_body(view, mention.head):
            return "group"  # « l’équipe enseignante »: the teachers, not the school speaking
        if head in organization_nouns() or (label == "ORG" and head not in person_nouns()):
            return "organization"
        if mention.number == "plur" and (head in person_nouns() or head in vague_nouns()):
            return "group"
        if label == "PER" or head in person_nouns():
            return "person"
        name = self._name_text(mention)
        if label in ("MISC", "LOC") and mention.kind == "name" and not self._titled(mention):
            return "organization"
        if name and name.isupper() and len(name) >= 2 and " " not in name:
            return "organization"  # an acronym: « la FRT », « le SNPR »
        if mention.head is not None and capitalized_institution(view, mention, mention.head):
            return "organization"  # « selon le District »: the institution's short name
        return "person"

    def _organization_in_apposition(self, mention: Mention) -> bool:
        """A name followed by « , l’agence … », « , une association … »: an organization's name."""
        words = self.view.words
        end = self.view.word_range(mention.span)[1]
        if end + 2 >= len(words) or words[end].text != "," or words[end + 1].upos != "DET":
            return False
        noun = words[end + 2]
        return noun.upos == "NOUN" and noun.lemma.lower() in organization_nouns() and noun.text.islower()

    def in_clause_of(self, office: Mention, k: int) -> bool:
        """« le porte-parole du gouvernement a reproché à Jean-Luc M. … »: word ``k`` is in a
        complement of the verb whose subject the office is (outside the office's own phrase), so it
        names someone else."""
        view = self.view
        if office.head is None:
            return False
        subject = view.words[office.head]
        if not subject.deprel.startswith("nsubj") or subject.head < 0:
            return False
        above = view.ancestors(k)
        return subject.head in above and office.head not in above

    def _titled(self, mention: Mention) -> bool:
        """« Maître Rouiller », « celle de maître Rouiller »: a title before the name names a person."""
        words = self.view.words
        first, _ = self.view.word_range(mention.name or mention.span)
        return is_title(words[first].text) or (first > 0 and is_title(words[first - 1].text))

    def _role_noun(self, mention: Mention) -> str | None:
        """The noun of the description written before a name (« compagnie » in « la compagnie X »)."""
        if mention.role is None or mention.name is None or mention.role.end > mention.name.start:
            return None
        first, last = self.view.word_range(mention.role)
        nouns = [k for k in range(first, last) if self.view.words[k].upos == "NOUN"]
        return lexeme(self.view.words[nouns[0]]) if nouns else None

    def _name_gender(self, mention: Mention) -> str | None:
        """Gender from a title (Mme) or a first name, when the mention is a name."""
        return self._name_guess(mention)[0]

    def _name_guess(self, mention: Mention) -> tuple[str | None, bool]:
        """Gender from a title or a first name, and whether it is sure: a title, or a first name
        given to one sex alone (not « Camille », nor « Reagan », given to both in France)."""
        name = self._name_text(mention)
        if not name:
            return None, False
        tokens = name.split()
        while tokens and tokens[0] in titles():
            if titles()[tokens[0]] is not None:
                return titles()[tokens[0]], True
            tokens = tokens[1:]  # « Me Sophie Kerbrat »: the title says nothing, the first name does
        if not tokens or (len(tokens[0]) >= 2 and tokens[0].isupper()):
            return None, False  # an acronym (« le groupe UDI ») is nobody's first name
        return first_name_gender(tokens[0]), first_name_gender_is_sure(tokens[0])
