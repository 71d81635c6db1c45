"""Clustering names: a mention that gives a name joins the cluster of the same name.

A full name, its surname, title + surname, initial + surname, an acronym and its expansion
(``quotes.names.names_match``, through the clusters' names filed by key); a name whose role
repeats an earlier nameless description (« Le maire, Bernard Quéméner » after « le maire de
Castelnoir ») joins that description's cluster.
"""

from __future__ import annotations

from functools import cache

from ..lexicon import person_nouns
from ..model import Mention
from ..names import fold, name_probes, names_match
from .clusters import DEFINITE, _Cluster, _Clusters


@cache
def _folded_person_nouns() -> frozenset[str]:
    return frozenset(fold(n) for n in person_nouns())


class _Naming(_Clusters):
    """A name and the clusters of the same name."""

    def names_agree(self, cluster: _Cluster, mention: Mention) -> bool:
        """The mention's name is one of the cluster's names (or it has none)."""
        name = self._name_text(mention)
        return name is None or any(name == known or names_match(name, known) for known in cluster.names)

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
        gender = mention.gender or self._name_gender(mention)
        for cluster in reversed(self.clusters):
            if cluster.names or head not in cluster.heads or not cluster.mentions:
                continue
            if gender and cluster.gender and gender != cluster.gender:
                continue  # « Une ministre » is not « le ministre de la Santé, François B. »
            if cluster.number == "plur" and mention.number != "plur":
                continue  # « certains ministres » is not « la ministre de la Culture, Rima A. »
            if self._one_of_many(cluster, head):
                continue  # « dit une infirmière » among « des infirmières »: not « l’infirmière Annie F. »
            if any(words <= known or known <= words for known in cluster.descriptions):
                return cluster, f"the role « {role.text} » repeats an earlier mention"
        return None, ""

    def _one_of_many(self, cluster: _Cluster, head: str) -> bool:
        """The cluster is only ever « un X » / « une X », and the article speaks of X in the plural:
        one of many, whom a later named X need not be."""
        view = self.view
        indefinite = all(
            view.words[view.word_at(m.span.start)].text.lower() in ("un", "une") for m in cluster.mentions
        )
        return indefinite and any(c.number == "plur" and head in c.heads for c in self.clusters)

    def _introduced_first_name(self, mention: Mention, name: str) -> bool:
        """« Un agriculteur de 31 ans, Benoît, … »: a first name alone that an indefinite description
        brings on stage is someone new, not a person the article named in full before."""
        if len(name.split()) != 1 or mention.name is None:
            return False
        view = self.view
        first = view.word_at(mention.span.start)
        return view.words[first].text.lower() in ("un", "une") and mention.name.start > mention.span.start

    def _resolve_name(self, mention: Mention, name: str) -> tuple[_Cluster | None, str] | None:
        """The cluster whose names match ``name``, or the one of the office the mention's role repeats.

        ``(None, "")`` for a name met for the first time; None for a capitalized office that is
        not a name (« le Président-candidat »), to be read as a description.
        """
        gender = mention.gender or self._name_gender(mention)
        candidates = {c.n: c for key in name_probes(name) for c in self.named.get(key, ())}
        newcomer = self._introduced_first_name(mention, name)
        for cluster in sorted(candidates.values(), key=lambda c: c.n, reverse=True):
            if gender and cluster.gender and gender != cluster.gender:
                continue  # « Mme Fauchard » is not « Rémi Fauchard »
            for known in cluster.names:
                if newcomer and len(known.split()) > 1:
                    continue  # « Un agriculteur de 31 ans, Benoît » is not « le préfet Benoît B. »
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
        return None  # « le Président-candidat »: a capitalized office, not a name
