"""The article's sourcing audit and the newsroom checks on anonymous sources.

The audit counts quotations, quoted words and sources by band: identified (levels
0–2), anonymous (3–6) and unattributed (7). The checks hold the article against
rules newsrooms set themselves for anonymous sources; each finding says what was
found and where, in a sentence a student can follow, and names the standard it comes
from. The standards are paraphrased, not quoted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .anonymity import unattributed_rating
from .lexicon import word_set
from .model import Analysis, Finding, Quote, Rating, Source

BAND_OF = {
    **{n: "identified" for n in (0, 1, 2)},
    **{n: "anonymous" for n in (3, 4, 5, 6)},
    7: "unattributed",
}
BANDS = ("identified", "anonymous", "unattributed")
MARKED = ("direct", "partial")

STANDARDS = {
    "AP": "Associated Press, policy on anonymous sources",
    "Reuters": "Reuters, Handbook of Journalism (sourcing)",
    "NYT": "The New York Times, guidelines on confidential sources",
    "SPJ": "Society of Professional Journalists, Code of Ethics",
    "CBC": "CBC/Radio-Canada, Journalistic Standards and Practices",
    "Munich": "Charte de Munich (1971), devoirs des journalistes",
}

FIRST_PERSON_SINGULAR = regex.compile(r"(?i)(?<!\p{L})(?:je|j['’]|me|m['’]|moi|mon|ma|mes)(?!\p{L})")


@dataclass(frozen=True, slots=True)
class BandCount:
    """Quotations, quoted words and sources in one band."""

    quotes: int
    words: int
    sources: int


@dataclass(frozen=True, slots=True)
class Audit:
    """How much of the article rests on whom."""

    quotations: int
    indirect: int
    words: int
    bands: dict[str, BandCount]
    indirect_bands: dict[str, int]
    fully_identified: int
    fully_identified_bucket: str
    only_anonymous: bool
    first_quote_anonymous: bool

    def share(self, band: str) -> float:
        """Share of the quotations (direct and partial) in ``band``."""
        return self.bands[band].quotes / self.quotations if self.quotations else 0.0

    def word_share(self, band: str) -> float:
        return self.bands[band].words / self.words if self.words else 0.0


def rating_of(analysis: Analysis, quote: Quote) -> Rating:
    """The rating of the quote's source, or level 7 when it has none."""
    source_id = analysis.quote_sources.get(quote.id)
    if source_id is None:
        return unattributed_rating()
    return analysis.ratings[source_id]


def band_of(analysis: Analysis, quote: Quote) -> str:
    return BAND_OF[rating_of(analysis, quote).level]


def audit(analysis: Analysis) -> Audit:
    """The sourcing audit of an analyzed article."""
    marked = [q for q in analysis.quotes if q.kind in MARKED]
    indirect = [q for q in analysis.quotes if q.kind == "indirect"]
    quote_counts = dict.fromkeys(BANDS, 0)
    word_counts = dict.fromkeys(BANDS, 0)
    source_sets: dict[str, set[str]] = {band: set() for band in BANDS}
    for q in marked:
        band = band_of(analysis, q)
        quote_counts[band] += 1
        word_counts[band] += len(q.text.split())
    indirect_bands = dict.fromkeys(BANDS, 0)
    for q in indirect:
        indirect_bands[band_of(analysis, q)] += 1
    for source in analysis.sources:
        band = BAND_OF[analysis.ratings[source.id].level]
        source_sets[band].add(source.id)
    fully = sum(1 for s in analysis.sources if analysis.ratings[s.id].level == 0)
    bucket = "none" if fully == 0 else "1" if fully == 1 else "2–3" if fully <= 3 else "4+"
    quotations = [q for q in analysis.quotes if q.kind in (*MARKED, "indirect")]
    only_anonymous = bool(quotations) and all(band_of(analysis, q) != "identified" for q in quotations)
    first = min(quotations, key=lambda q: q.span.start) if quotations else None
    return Audit(
        quotations=len(marked),
        indirect=len(indirect),
        words=sum(len(q.text.split()) for q in marked),
        bands={b: BandCount(quote_counts[b], word_counts[b], len(source_sets[b])) for b in BANDS},
        indirect_bands=indirect_bands,
        fully_identified=fully,
        fully_identified_bucket=bucket,
        only_anonymous=only_anonymous,
        first_quote_anonymous=first is not None and band_of(analysis, first) != "identified",
    )


def run_checks(analysis: Analysis) -> Analysis:
    """The analysis with its findings filled in."""
    findings: list[Finding] = []
    anonymous = [s for s in analysis.sources if 3 <= analysis.ratings[s.id].level <= 6]
    quotes_by_id = {q.id: q for q in analysis.quotes}
    text = analysis.article.text
    for source in anonymous:
        rating = analysis.ratings[source.id]
        first_quote = quotes_by_id[source.quote_ids[0]]
        where = _where(text, first_quote)
        if _is_bare_source(source):
            findings.append(
                Finding(
                    "bare-source",
                    "Source anonyme sans aucune précision",
                    f"« {source.name} » ({where}) : rien ne dit qui est cette source "
                    "ni ce qui la rend crédible.",
                    "AP",
                    spans=(source.mentions[0].span,),
                    source_ids=(source.id,),
                )
            )
        if rating.anonymity_reason is None:
            findings.append(
                Finding(
                    "no-reason",
                    "Anonymat non justifié",
                    f"« {source.name} » est cité·e sans nom ({where}) et l'article ne dit pas pourquoi "
                    "l'anonymat a été accordé.",
                    "NYT",
                    spans=(source.mentions[0].span,),
                    source_ids=(source.id,),
                )
            )
        elif rating.boilerplate_reason:
            findings.append(
                Finding(
                    "boilerplate-reason",
                    "Justification de l'anonymat toute faite",
                    f"Pour « {source.name} » ({where}), l'article se contente de "
                    f"« {rating.anonymity_reason} » "
                    "sans dire pourquoi cette personne ne peut pas être nommée.",
                    "NYT",
                    spans=(source.mentions[0].span,),
                    source_ids=(source.id,),
                )
            )
        if rating.level >= 4 and not any(k in ("relationship", "basis") for k, _ in rating.features):
            findings.append(
                Finding(
                    "no-relationship",
                    "Lien avec les faits non précisé",
                    f"« {source.name} » ({where}) : l'article ne dit pas quel est son lien avec le sujet ni "
                    "comment cette source sait ce qu'elle affirme.",
                    "CBC",
                    spans=(source.mentions[0].span,),
                    source_ids=(source.id,),
                )
            )
        pejorative = _pejorative_quotes(analysis, source)
        if pejorative:
            q = pejorative[0]
            findings.append(
                Finding(
                    "anonymous-opinion",
                    "Jugement anonyme sur une personne nommée",
                    f"« {source.name} », anonyme, porte un jugement sur une personne nommée "
                    f"({_where(text, q)}) : "
                    f"« {_excerpt(q.text)} ».",
                    "NYT",
                    spans=tuple(p.span for p in pejorative),
                    source_ids=(source.id,),
                    quote_ids=tuple(p.id for p in pejorative),
                )
            )
        plural = _plural_behind_single(analysis, source)
        if plural is not None:
            findings.append(
                Finding(
                    "plural-single",
                    "Pluriel trompeur",
                    f"« {source.name} » est au pluriel, mais la citation ({_where(text, plural)}) parle à la "
                    "première personne du singulier : une seule personne semble avoir parlé.",
                    "Reuters",
                    spans=(plural.span,),
                    source_ids=(source.id,),
                    quote_ids=(plural.id,),
                )
            )
        single = _single_anonymous_claims(analysis, source)
        if single:
            q = single[0]
            findings.append(
                Finding(
                    "single-anonymous",
                    "Affirmation reposant sur une seule source anonyme",
                    f"« {_excerpt(q.text)} » ({_where(text, q)}) ne repose que sur « {source.name} », "
                    "sans autre source dans le même passage.",
                    "Reuters",
                    spans=tuple(x.span for x in single),
                    source_ids=(source.id,),
                    quote_ids=tuple(x.id for x in single),
                )
            )
    quotations = sorted(
        (q for q in analysis.quotes if q.kind in (*MARKED, "indirect")), key=lambda q: q.span.start
    )
    if quotations and band_of(analysis, quotations[0]) != "identified":
        q = quotations[0]
        source_id = analysis.quote_sources.get(q.id)
        who = next((s.name for s in analysis.sources if s.id == source_id), None)
        findings.append(
            Finding(
                "anonymous-first",
                "Première citation anonyme",
                f"La première citation de l'article ({_where(text, q)}) vient "
                + (f"d'une source anonyme, « {who} »." if who else "de personne : elle n'est pas attribuée."),
                "AP",
                spans=(q.span,),
                quote_ids=(q.id,),
            )
        )
    for q in quotations:
        if analysis.quote_sources.get(q.id) is None:
            findings.append(
                Finding(
                    "unattributed",
                    "Citation non attribuée",
                    f"« {_excerpt(q.text)} » ({_where(text, q)}) : l'article ne dit pas qui parle.",
                    "Munich",
                    spans=(q.span,),
                    quote_ids=(q.id,),
                )
            )
    if quotations and all(band_of(analysis, q) != "identified" for q in quotations):
        findings.append(
            Finding(
                "only-anonymous",
                "Article fondé uniquement sur des sources anonymes",
                "Aucune citation de l'article ne vient d'une source identifiée.",
                "SPJ",
            )
        )
    return replace(analysis, findings=tuple(findings))


def _is_bare_source(source: Source) -> bool:
    """« une source », « des sources », « selon une source »: nothing else said."""
    words = [w.lower() for m in source.mentions if m.kind != "pronoun" for w in m.text.split()]
    return bool(words) and set(words) <= {
        "une",
        "des",
        "la",
        "les",
        "source",
        "sources",
        "certaines",
        "plusieurs",
    }


def _pejorative_quotes(analysis: Analysis, source: Source) -> list[Quote]:
    """Quotes of ``source`` that judge a person the article names."""
    pejorative = word_set("pejorative_words.txt")
    named = {s.name for s in analysis.sources if analysis.ratings[s.id].level <= 1}
    named |= set(analysis.named_people)
    found = []
    for qid in source.quote_ids:
        q = next(x for x in analysis.quotes if x.id == qid)
        words = {w.lower().strip(".,;:!?«»“”") for w in q.text.split()}
        if not words & pejorative:
            continue
        mentions_person = (
            any(n.split()[-1] in q.text for n in named)
            or regex.search(r"(?<!\p{L})(?:il|elle|l['’]|lui)(?!\p{L})", q.text, regex.I) is not None
        )
        if mentions_person:
            found.append(q)
    return found


def _plural_behind_single(analysis: Analysis, source: Source) -> Quote | None:
    plural = any(m.number == "plur" and m.kind != "pronoun" for m in source.mentions)
    if not plural:
        return None
    for qid in source.quote_ids:
        q = next(x for x in analysis.quotes if x.id == qid)
        if q.kind == "direct" and FIRST_PERSON_SINGULAR.search(q.text):
            return q
    return None


def _single_anonymous_claims(analysis: Analysis, source: Source) -> list[Quote]:
    """Statements of an anonymous singular source with no other source quoted in their paragraph."""
    if any(m.number == "plur" for m in source.mentions if m.kind != "pronoun"):
        return []
    text = analysis.article.text
    found = []
    for qid in source.quote_ids:
        q = next(x for x in analysis.quotes if x.id == qid)
        if q.kind not in ("direct", "indirect"):
            continue
        start = text.rfind("\n", 0, q.span.start) + 1
        end = text.find("\n", q.span.end)
        end = len(text) if end < 0 else end
        others = {
            analysis.quote_sources.get(x.id)
            for x in analysis.quotes
            if x.kind != "scare" and start <= x.span.start < end and x.id != q.id
        } - {source.id, None}
        if not others:
            found.append(q)
    return found


def _where(text: str, quote: Quote) -> str:
    paragraph = text.count("\n", 0, quote.span.start) - text[: quote.span.start].count("\n\n") + 1
    return f"paragraphe {paragraph}"


def _excerpt(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
