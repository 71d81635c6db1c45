"""Making the Source: a cluster as the JSON shows it, its name (the most informative mention),
its role and the organization that role names."""

from __future__ import annotations

import regex

from ..candidates import outlet_of
from ..lexicon import outlet_name
from ..model import Mention, Quote, Source
from ..names import is_full_name
from .clusters import _Cluster, _Clusters

PARTITIVE = regex.compile(
    r"l['’]une? d['’](?:eux|elles)|(?:un|une) d['’](?:eux|elles)|l['’]une? d['’]entre (?:eux|elles)"
)

# Descriptions that point back to a speaker already described: never the source's name.
ANAPHORIC = regex.compile(
    r"(?:ce|cet|cette|ces|ledit|ladite|lesdits|lesdites)\s|(?:le|la|les|l['’])\s*même\s"
)


class _SourceMaking(_Clusters):
    """A cluster's name, role and affiliation."""

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
            name = self._organization_entity(cluster, best) or view.text[best.name.start : best.name.end]
        else:
            name = best.text
        if cluster.kind == "media":
            # « le journal Le Monde », « Monde » as the tagger cut it: the outlet's name, with its article
            spans = (outlet_of(view, m) for m in [best, *mentions] if m is not None)
            outlet = next((span for span in spans if span is not None), None)
            if outlet is not None:
                name = outlet_name(view.text[outlet[0] : outlet[1]])
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

    def _organization_entity(self, cluster: _Cluster, mention: Mention) -> str | None:
        """« le Réseau national de surveillance sismique », whose name the name reader cut at « Réseau »:
        the organization the tagger found, from the name to no further than the mention."""
        view = self.view
        if cluster.kind != "organization" or mention.name is None:
            return None
        first = view.word_at(mention.name.start)
        n = view.entity_of[first]
        if n < 0:
            return None
        entity = view.doc.entities[n]
        name_last = view.word_range(mention.name)[1]
        mention_last = view.word_range(mention.span)[1]
        if entity.label != "ORG" or entity.first != first or not name_last < entity.last <= mention_last:
            return None
        return view.text_of(entity.first, entity.last)

    def _informativeness(self, mention: Mention) -> tuple[int, int, int]:
        """Full name with role > full name > description > bare name; then the longer, then the earlier."""
        name = self._name_text(mention)
        full = name is not None and is_full_name(name)
        if full and mention.role is not None:
            rank = 4
        elif full:
            rank = 3
        elif mention.kind == "description" and mention.name is None and ANAPHORIC.match(mention.text.lower()):
            rank = 0  # « la même source », « cette source »: it points back, it names nobody
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
