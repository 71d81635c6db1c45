"""The article's sourcing audit and the newsroom checks on anonymous sources.

The audit counts quotations, quoted words and sources by band: identified (levels
0–2), anonymous (3–6) and unattributed (7). The checks hold the article against
rules newsrooms set themselves for anonymous sources; each finding says what was
found and where, in a sentence a student can follow, and names the standard it comes
from. The standards are paraphrased, not quoted.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import regex

from .anonymity import unattributed_rating
from .lexicon import word_set
from .model import Analysis, Finding, Quote, Rating, Source, Span
from .paragraphs import split_paragraphs
from .wording import check_texts

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
class _Quotations:
    """The article's quotations by id and in order of their start, and the names of its identified
    people: built once, so that each check looks a quotation up instead of scanning them all."""

    by_id: dict[str, Quote]
    ordered: list[Quote]
    starts: list[int]
    named: frozenset[str]
    counted: dict[tuple[int, int], dict[str | None, int]]

    @classmethod
    def of(cls, analysis: Analysis) -> _Quotations:
        ordered = sorted(analysis.quotes, key=lambda q: q.span.start)
        named = {s.name for s in analysis.sources if analysis.ratings[s.id].level <= 1}
        return cls(
            {q.id: q for q in analysis.quotes},
            ordered,
            [q.span.start for q in ordered],
            frozenset(named | set(analysis.named_people)),
            {},
        )

    def sources_quoted(self, analysis: Analysis, start: int, end: int) -> dict[str | None, int]:
        """How many quotations (not scare quotes) of each source start in ``[start, end)``.

        Counted once per stretch: every quotation of a long paragraph asks about it."""
        if (start, end) not in self.counted:
            quoted: dict[str | None, int] = {}
            first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
            for x in self.ordered[first:last]:
                if x.kind != "scare":
                    source = analysis.quote_sources.get(x.id)
                    quoted[source] = quoted.get(source, 0) + 1
            self.counted[(start, end)] = quoted
        return self.counted[(start, end)]


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
    # Quotations (direct, partial, indirect) whose speaker is a guess from the context, and
    # quotations in the headline: neither raises an alert about anonymity on its own.
    guessed: int = 0
    headline: int = 0

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
    firm = firm_quotations(analysis)
    only_anonymous = _only_anonymous(analysis, firm)
    first = firm[0] if firm else None
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
        guessed=sum(1 for q in quotations if "guess" in q.flags),
        headline=sum(1 for q in quotations if "headline" in q.flags),
    )


def firm_quotations(analysis: Analysis) -> list[Quote]:
    """The body's quotations whose speaker was read, not guessed, in article order.

    A quotation in the headline is repeated or summed up in the body; a speaker guessed from
    the context may be wrong. Alerts about anonymous sourcing rest on the others only.
    """
    return sorted(
        (
            q
            for q in analysis.quotes
            if q.kind in (*MARKED, "indirect") and "guess" not in q.flags and "headline" not in q.flags
        ),
        key=lambda q: q.span.start,
    )


def _only_anonymous(analysis: Analysis, firm: list[Quote]) -> bool:
    """Every firm quotation with a source comes from an anonymous one, and there is one at least."""
    bands = [band_of(analysis, q) for q in firm]
    return "anonymous" in bands and "identified" not in bands and _no_named_guess(analysis)


def _no_named_guess(analysis: Analysis) -> bool:
    """No quotation of the article, guessed or in the headline, goes to an identified source."""
    quotations = [q for q in analysis.quotes if q.kind in (*MARKED, "indirect")]
    return all(band_of(analysis, q) != "identified" for q in quotations)


STANDARD_OF = {
    "bare-source": "AP",
    "no-reason": "NYT",
    "boilerplate-reason": "NYT",
    "no-relationship": "CBC",
    "anonymous-opinion": "NYT",
    "plural-single": "Reuters",
    "single-anonymous": "Reuters",
    "anonymous-first": "AP",
    "unattributed": "Munich",
    "only-anonymous": "SPJ",
}


def _finding(
    check: str,
    params: dict[str, str] | None = None,
    *,
    wording: str | None = None,
    spans: tuple[Span, ...] = (),
    source_ids: tuple[str, ...] = (),
    quote_ids: tuple[str, ...] = (),
) -> Finding:
    """A finding, its French title and message in the JSON, its parameters for other languages."""
    wording = wording or check
    params = params or {}
    title, message = check_texts(wording, params, "fr")
    return Finding(
        check,
        title,
        message,
        STANDARD_OF[check],
        spans=spans,
        source_ids=source_ids,
        quote_ids=quote_ids,
        wording=wording,
        params=tuple(params.items()),
    )


def run_checks(analysis: Analysis) -> Analysis:
    """The analysis with its findings filled in."""
    findings: list[Finding] = []
    anonymous = [s for s in analysis.sources if 3 <= analysis.ratings[s.id].level <= 6]
    quotes_by_id = {q.id: q for q in analysis.quotes}
    starts = [p.span.start for p in split_paragraphs(analysis.article.text)]

    def paragraph(quote: Quote) -> str:
        return str(max(bisect.bisect_right(starts, quote.span.start), 1))

    firm = firm_quotations(analysis)
    firm_ids = {q.id for q in firm}
    article_quotes = _Quotations.of(analysis)
    for source in anonymous:
        if not firm_ids & set(source.quote_ids):
            continue  # only guessed or headline quotations: nothing firm to raise an alert on
        rating = analysis.ratings[source.id]
        first_quote = quotes_by_id[next(i for i in source.quote_ids if i in firm_ids)]
        about = {"source": source.name, "paragraph": paragraph(first_quote)}
        mention = (source.mentions[0].span,)
        if _is_bare_source(source):
            findings.append(_finding("bare-source", about, spans=mention, source_ids=(source.id,)))
        if rating.anonymity_reason is None:
            findings.append(_finding("no-reason", about, spans=mention, source_ids=(source.id,)))
        elif rating.boilerplate_reason:
            findings.append(
                _finding(
                    "boilerplate-reason",
                    {**about, "reason": rating.anonymity_reason},
                    spans=mention,
                    source_ids=(source.id,),
                )
            )
        if rating.level >= 4 and not any(k in ("relationship", "basis") for k, _ in rating.features):
            findings.append(_finding("no-relationship", about, spans=mention, source_ids=(source.id,)))
        pejorative = _pejorative_quotes(source, article_quotes)
        if pejorative:
            findings.append(
                _finding(
                    "anonymous-opinion",
                    {
                        "source": source.name,
                        "paragraph": paragraph(pejorative[0]),
                        "quote": _excerpt(pejorative[0].text),
                    },
                    spans=tuple(p.span for p in pejorative),
                    source_ids=(source.id,),
                    quote_ids=tuple(p.id for p in pejorative),
                )
            )
        plural = _plural_behind_single(source, article_quotes)
        if plural is not None:
            findings.append(
                _finding(
                    "plural-single",
                    {"source": source.name, "paragraph": paragraph(plural)},
                    spans=(plural.span,),
                    source_ids=(source.id,),
                    quote_ids=(plural.id,),
                )
            )
        single = _single_anonymous_claims(analysis, source, article_quotes)
        if single:
            findings.append(
                _finding(
                    "single-anonymous",
                    {
                        "source": source.name,
                        "paragraph": paragraph(single[0]),
                        "quote": _excerpt(single[0].text),
                    },
                    spans=tuple(x.span for x in single),
                    source_ids=(source.id,),
                    quote_ids=tuple(x.id for x in single),
                )
            )
    quotations = sorted(
        (q for q in analysis.quotes if q.kind in (*MARKED, "indirect")), key=lambda q: q.span.start
    )
    if firm and band_of(analysis, firm[0]) != "identified":
        q = firm[0]
        source_id = analysis.quote_sources.get(q.id)
        who = next((s.name for s in analysis.sources if s.id == source_id), None)
        if who:
            findings.append(
                _finding(
                    "anonymous-first",
                    {"source": who, "paragraph": paragraph(q)},
                    spans=(q.span,),
                    quote_ids=(q.id,),
                )
            )
        else:
            findings.append(
                _finding(
                    "anonymous-first",
                    {"paragraph": paragraph(q)},
                    wording="unattributed-first",
                    spans=(q.span,),
                    quote_ids=(q.id,),
                )
            )
    for q in quotations:
        if analysis.quote_sources.get(q.id) is None:
            findings.append(
                _finding(
                    "unattributed",
                    {"quote": _excerpt(q.text), "paragraph": paragraph(q)},
                    spans=(q.span,),
                    quote_ids=(q.id,),
                )
            )
    if _only_anonymous(analysis, firm):
        findings.append(_finding("only-anonymous"))
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


def _pejorative_quotes(source: Source, quotations: _Quotations) -> list[Quote]:
    """Quotes of ``source`` that judge a person the article names."""
    pejorative = word_set("pejorative_words.txt")
    named = quotations.named
    found = []
    for qid in source.quote_ids:
        q = quotations.by_id[qid]
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


def _plural_behind_single(source: Source, quotations: _Quotations) -> Quote | None:
    plural = any(m.number == "plur" and m.kind != "pronoun" for m in source.mentions)
    if not plural:
        return None
    for qid in source.quote_ids:
        q = quotations.by_id[qid]
        if q.kind == "direct" and FIRST_PERSON_SINGULAR.search(q.text):
            return q
    return None


def _single_anonymous_claims(analysis: Analysis, source: Source, quotations: _Quotations) -> list[Quote]:
    """Statements of an anonymous singular source with no other source quoted in their paragraph."""
    if any(m.number == "plur" for m in source.mentions if m.kind != "pronoun"):
        return []
    text = analysis.article.text
    found = []
    for qid in source.quote_ids:
        q = quotations.by_id[qid]
        if q.kind not in ("direct", "indirect"):
            continue
        start = text.rfind("\n", 0, q.span.start) + 1
        end = text.find("\n", q.span.end)
        end = len(text) if end < 0 else end
        quoted = quotations.sources_quoted(analysis, start, end)
        own = analysis.quote_sources.get(q.id)
        others = {s for s, count in quoted.items() if count > (s == own)} - {source.id, None}
        if not others:
            found.append(q)
    return found


def _excerpt(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
