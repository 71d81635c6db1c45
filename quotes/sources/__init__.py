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

The resolver (``resolver._Resolver``) places each mention, in article order, in the cluster
of the earlier mentions of the same referent, or in a new one; after the last mention,
bridges merge a described speaker into a named one. It is one state (``clusters._Clusters``:
the clusters, their names filed by key, the recent ones) with one part per job:

- ``clusters``: the cluster record, the state, attaching a mention, what a mention says
  (head noun, content words, kind, gender);
- ``mentions``: the mentions beyond the speakers: every name in the text with its role,
  every subject that can be referred back to;
- ``naming``: a name joins the cluster of the same name (``quotes.names`` says when two
  names match), or of the office its role repeats;
- ``pronouns``: « il », « celle-ci », « le second » go to the most salient earlier mention;
- ``descriptions``: « la personne », « le ministre », « la lauréate », « le prévenu »;
- ``bridges``: an office named just after, the headline and the lead, a document and its
  issuer, a poll and the shares it polled;
- ``source``: a cluster becomes the ``Source`` the JSON shows (name, role, affiliation).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..docview import DocView
from ..model import Mention, Quote, Source, Span
from .clusters import _Cluster
from .resolver import _Resolver

# Verbs of a cue that goes on with what the last speaker said (« …, a-t-il ajouté »).
CONTINUING_VERBS = {"ajouter", "poursuivre", "conclure", "renchérir", "compléter", "enchaîner", "continuer"}


@dataclass(frozen=True, slots=True)
class SourcesResult:
    """Sources in order of first quotation, and which source each quote goes to."""

    sources: tuple[Source, ...]
    quote_sources: dict[str, str | None]


def _place_mentions(
    view: DocView, quotes: tuple[Quote, ...], *, context: tuple[Mention, ...] = ()
) -> tuple[_Resolver, dict[Span, _Cluster]]:
    """Every mention placed in its cluster, in article order: the speakers of ``quotes``, the
    ``context`` mentions, the names and subjects of the text; the resolver, and each mention's cluster."""
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
    subjects = resolver.subject_mentions()
    pointers = [m for m in [*mentions.values(), *subjects] if m.kind == "pronoun"]
    for m in [*resolver.pointed_antecedents(pointers), *subjects, *names]:
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
        if cluster is None or cluster.kind != "person":
            continue
        if resolver.names_agree(cluster, m) and cluster.names:
            resolver.attach(cluster, m, "the role written round the name")
        elif not cluster.names and m.role is not None and m.role.contains(inner):
            # « Isabelle A., la conservatrice du musée n’en revient pas »: the speaker was read as the
            # role alone; the name written before it is theirs.
            resolver.attach(cluster, m, "the name written before the role")
    return resolver, cluster_of


def resolve_sources(
    view: DocView, quotes: tuple[Quote, ...], *, context: tuple[Mention, ...] = ()
) -> SourcesResult:
    """Group the speakers of ``quotes`` into sources; ``context`` mentions help resolve pronouns."""
    resolver, cluster_of = _place_mentions(view, quotes, context=context)
    bridges = [
        *resolver.bridge_roles_to_names(),
        *resolver.bridge_headline_to_lead(),
        *resolver.bridge_documents_to_issuers(),
        *resolver.bridge_lead_to_headline_name(),
        *resolver.bridge_office_to_protagonist(),
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


__all__ = ["SourcesResult", "_Resolver", "resolve_sources"]
