"""Bridges: after every mention is placed, a described speaker merged into a named one.

An office, then the person named just after (``bridge_roles_to_names``); a description in the
headline and the person the lead names (``bridge_headline_to_lead``), or the one person the
headline names and the body describes (``bridge_lead_to_headline_name``); a document and the
organization that issued it (``bridge_documents_to_issuers``); the share of those polled and
the named poll (``bridge_poll_shares``). Each merge is recorded with its reason.
"""

from __future__ import annotations

import bisect
from functools import cache

from ..candidates import SHARE
from ..cues import mention_for
from ..lexicon import media_nouns, person_nouns, word_set
from ..model import Link, Mention
from ..names import OFFICES, fold
from .clusters import DE_WORDS, DEFINITE, _Cluster, _Clusters
from .descriptions import role_group, story_roles

POLL_NOUNS = {"sondage", "enquete", "barometre", "etude", "enquête", "baromètre", "étude"}


@cache
def _folded_pollsters() -> tuple[str, ...]:
    return tuple(fold(p) for p in word_set("pollsters.txt"))


class _Bridges(_Clusters):
    """Merging described speakers into named ones."""

    def _names_a_person(self, mention: Mention) -> bool:
        """A person's name inside the mention (« l’avocat de Thierry V. »)."""
        view = self.view
        first, last = view.word_range(mention.span)
        return any(
            view.entity_label(k) == "PER" and k > first and view.words[k - 1].text.lower() in DE_WORDS
            for k in range(first, last)
        )

    def bridge_roles_to_names(self) -> list[tuple[_Cluster, _Cluster]]:
        """« Le ministre du Budget a déclaré … . Paul Durand a ajouté … »: an office, then a name.

        A speaker known only by a definite, singular office (ministre, porte-parole…) is the
        person named as a speaker in the next sentence, when that person has no role of their
        own, the genders agree and nobody else is named in between.
        """
        merges = []
        for described in list(self.clusters):
            if described.names or not described.speaker or len(described.mentions) == 0:
                continue
            # Any mention of the office may stand just before the name (« … ne fait pas rire
            # l’inspectrice d’académie, qui évoque … . « … », s’agace Caroline L. »).
            for office in described.mentions:
                named, where = self._named_just_after(described, office), "after"
                if named is None:
                    named, where = self._named_just_before(described, office), "before"
                if named is None:
                    named = self._named_with_the_role_before(described, office)
                    where = "before, with that role"
                if named is not None:
                    why = f"the office « {office.text} » is named just {where}: {named.names[0]}"
                    self._merge(described, named, why)
                    merges.append((described, named))
                    break
        return merges

    def _named_with_the_role_before(self, described: _Cluster, office: Mention) -> _Cluster | None:
        """« Ils voulaient interroger la maire Evelyne P. … « … », a assuré l’édile »: a definite role
        (not only an office) and the one person named with a role of its group in the two sentences
        before, of a compatible gender."""
        view = self.view
        start = view.word_at(office.span.start)
        if office.kind == "pronoun" or office.number == "plur" or office.name is not None:
            return None
        if view.words[start].text.lower() not in ("le", "la", "l'", "l’") or self._names_a_person(office):
            return None  # (« la mère de Julie » is not « la mère de Théo, Sandrine K. »)
        head = self.head_lemma(office)
        group = role_group(head) | {head}
        if head not in person_nouns() and not role_group(head):
            return None
        here = view.sentence_of[start]
        found = {
            c.n: c
            for c in self.clusters
            if c is not described
            and c.names
            and c.kind == "person"
            and c.heads & group
            and any(
                m.kind != "pronoun"
                and m.span.end <= office.span.start
                and here - view.sentence_of[view.word_at(m.span.start)] <= 2
                for m in c.mentions
            )
        }
        if len(found) != 1:
            return None
        named = next(iter(found.values()))
        # « l’édile », « l’élu·e »: with « l’ », only a form that marks it (« élue ») gives the gender
        noun = view.words[office.head] if office.head is not None else None
        form = noun.text.lower() if noun is not None else ""
        epicene = noun is not None and form == noun.lemma.lower() and form.endswith("e")
        unknown = view.words[start].text.lower() in ("l'", "l’") and epicene
        if not unknown and described.gender and named.gender and described.gender != named.gender:
            return None
        return named

    def _definite_office(self, office: Mention) -> int | None:
        """The sentence of a definite, singular office held by one person (« le sélectionneur »),
        or None when the mention is no such office."""
        view = self.view
        start = view.word_at(office.span.start)
        if office.kind == "pronoun" or office.number == "plur":
            return None
        determiner = view.words[start].text.lower()
        # « leur avocat », « son avocate »: a possessive makes one person of a party's lawyer
        possessive = determiner in ("son", "sa", "leur") and self.head_lemma(office) in ("avocat", "avocate")
        if not (self.is_office(office) or possessive):
            return None
        if determiner not in ("le", "la", "l'", "l’", "son", "sa", "leur"):
            return None
        return view.sentence_of[start]

    def _named_just_before(self, described: _Cluster, office: Mention) -> _Cluster | None:
        """« « … », s’agace Caroline L. L’inspectrice rappelle … »: the office as the subject of the
        sentence after the one where a person with no role of their own, of the same known gender,
        was the last person named."""
        view = self.view
        here = self._definite_office(office)
        if here is None:
            return None
        if not (self._is_subject(office) or office.span.start in described.speaker_positions):
            return None  # (« … , a commenté le sélectionneur »: a speaker after the verb counts too)
        named_before = [
            (m.span.start, c)
            for c in self.clusters
            # people named as speakers or subjects (not « au micro de L’Équipe », « le groupe France »)
            if c is not described and c.names and c.kind == "person" and (c.speaker or c.subject_positions)
            for m in c.mentions
            if m.kind != "pronoun" and m.span.end <= office.span.start
        ]
        if not named_before:
            return None
        position, named = max(named_before, key=lambda item: item[0])
        # the sentence before, or the one before it when what lies between names nobody (« « … », a
        # annoncé X. Deux joueurs remplacés ? « … », a commenté le sélectionneur »)
        if named.kind != "person" or view.sentence_of[view.word_at(position)] not in (here - 1, here - 2):
            return None
        if any(m.role is not None for m in named.mentions) or not named.speaker:
            return None
        if named.heads & word_set("trial_roles.txt") and not described.heads & word_set("trial_roles.txt"):
            return None  # « Le prévenu » Jean-Pierre is not « le président » who questions him
        if named.gender is None or described.gender is None or named.gender != described.gender:
            return None
        return named

    def _named_just_after(self, described: _Cluster, office: Mention) -> _Cluster | None:
        """The person named as a speaker in the sentence of a definite, singular office or the next,
        first after it, with no role of their own and no other gender."""
        view = self.view
        here = self._definite_office(office)
        if here is None:
            return None
        candidates = [
            (m.span.start, c)
            for c in self.clusters
            if c is not described and c.names and c.kind == "person"
            for m in c.mentions
            if m.kind == "name"
            and m.span.start > office.span.end
            and view.sentence_of[view.word_at(m.span.start)] in (here, here + 1)
        ]
        # (« le leader du parti a raillé Benjamin G. »: whom the office's own verb is about is someone else)
        other = {
            c.n
            for _, c in candidates
            for m in c.mentions
            if m.head is not None and self.in_clause_of(office, m.head)
        }
        candidates = [(position, c) for position, c in candidates if c.n not in other]
        if self._relayed_by_selon(office):
            # « Selon le maire, Paul D. a menti »: who is named in what the office says is someone else
            said = {c.n for p, c in candidates if view.sentence_of[view.word_at(p)] == here}
            candidates = [(p, c) for p, c in candidates if c.n not in said]
        if not candidates:
            return None
        _, named = min(candidates, key=lambda item: item[0])
        if any(m.role is not None for m in named.mentions) or not named.speaker:
            return None
        if described.gender and named.gender and described.gender != named.gender:
            return None
        return named

    def _relayed_by_selon(self, office: Mention) -> bool:
        """The office is the X of « selon X », « d’après X »."""
        words = self.view.words
        k = self.view.word_at(office.span.start) - 1
        low = words[k].text.lower().replace("’", "'") if k >= 0 else ""
        after_de = low == "après" and k > 0 and words[k - 1].text.lower() in ("d'", "d’")
        return low in ("selon", "d'après") or after_de

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

    def bridge_office_to_protagonist(self) -> list[tuple[_Cluster, _Cluster]]:
        """« Didier D. justifie ses choix » (headline), « Didier D. a dévoilé la liste … » (lead), then
        « « … », a lancé le sélectionneur »: an office held by one person, never named in the
        article, is the one person who is the subject of both the headline and the lead, when the
        genders agree and that person is described by no role of another kind."""
        view = self.view
        if not view.has_headline:
            return []
        protagonists = [
            c
            for c in self.clusters
            if c.names
            and c.kind == "person"
            and any(view.paragraph_of[view.word_at(p)] == 0 for p in c.subject_positions)
            and any(view.paragraph_of[view.word_at(p)] == 1 for p in c.subject_positions)
        ]
        if len(protagonists) != 1:
            return []
        named = protagonists[0]
        if any(m.role is not None for m in named.mentions):
            return []  # (« Le maire sortant Paul G. … le sélectionneur »: someone else)
        described_as = {self.head_lemma(m) for m in named.mentions if m.kind == "description"}
        merges = []
        for described in list(self.clusters):
            if described.names or not described.speaker or not described.mentions or described is named:
                continue
            offices = [m for m in described.mentions if m.kind != "pronoun"]
            if not offices or not all(self._definite_office(m) is not None for m in offices):
                continue
            head = self.head_lemma(offices[0])
            if described_as - (role_group(head) | {head}):
                continue  # (« le milieu de terrain X … le sélectionneur »: someone else)
            if described.gender and named.gender and described.gender != named.gender:
                continue
            why = f"« {offices[0].text} » is {named.names[0]}, whom the headline and the lead are about"
            self._merge(described, named, why)
            merges.append((described, named))
        return merges

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
                if w.upos == "NOUN" and (lemma in media_nouns() or self._bill(w.i)):
                    documents.append(w.i)
            self.positions = (by_lemma, documents)
        return self.positions

    def _bill(self, k: int) -> bool:
        """« le projet de loi », « la proposition de loi »: a document, headed by « projet »."""
        words = self.view.words
        return (
            words[k].lemma.lower() in ("projet", "proposition")
            and k + 2 < len(words)
            and words[k + 1].text.lower() == "de"
            and words[k + 2].lemma.lower() == "loi"
        )

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
