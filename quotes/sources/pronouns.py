"""Resolving pronouns: « il », « elles », « -t-il », « celle-ci », « ce dernier », « le second ».

A pronoun goes to the most salient earlier cluster that agrees in gender and number: recent,
a subject, already a speaker, a person; a demonstrative to the one mentioned last; « le
premier », « le second » to the first or second of the two people just named. Stanza's
coreference chains, when present, add weight.
"""

from __future__ import annotations

from ..cues import ORDINAL_ANAPHORS
from ..model import Mention, Span
from .clusters import _Cluster, _Clusters

# Pronouns that point to the referent mentioned last (« celle-ci », « ce dernier »).
DEMONSTRATIVE_WORDS = {"celui-ci", "celle-ci", "ceux-ci", "celles-ci", "ce", "cette", "ces", "celui", "celle"}


class _Pronouns(_Clusters):
    """Pronouns and the clusters they stand for."""

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
            guessed = cluster.gender_guessed and mention.gender not in (None, cluster.gender)
            if guessed:
                # « Reagan M. … a-t-il ajouté »: the first name's sex was a guess; the pronoun may
                # well be right, but the person is a weaker candidate.
                if mention.number and cluster.number and mention.number != cluster.number:
                    continue
            elif not self._agrees(cluster, mention, strict_gender=True):
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
                # (« la Direction de l’information … Elle rappelle »: an organization whose gender
                # the pronoun shares is a lesser stretch)
                agreeing = mention.gender is not None and cluster.gender == mention.gender
                score -= 0.75 if agreeing and cluster.speaker else 1.5
            if cluster.gender is None and mention.gender:
                score -= 0.25
            if guessed:
                score -= 1.5
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
