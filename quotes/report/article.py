"""The view model of one article's page: the article with its quotations marked, the sources, the checks.

Every string is worded here, in the page's language, through the catalogs; the
template ``article.html`` only loops and branches.
"""

from __future__ import annotations

import bisect
import datetime
from dataclasses import dataclass

from ..checks import BAND_OF, BANDS, STANDARDS, audit, rating_of
from ..i18n import N_, Language, language
from ..model import Analysis, Finding, Quote, Rating, Span
from ..paragraphs import split_paragraphs
from ..rendering import generated_at, script, tool_version
from ..scale import band_names, level_names
from ..wording import check_texts, cue_text, reason_text
from .bars import band_views, bar_of
from .pieces import Highlight, paragraph_pieces
from .verdict import tally, verdict
from .views import (
    ArticlePage,
    BandRow,
    CheckView,
    Figure,
    FindingView,
    LevelView,
    LinkView,
    NavView,
    OrphanView,
    ParagraphView,
    QuoteGroup,
    QuoteView,
    SourceView,
)

MARKED_KINDS = ("direct", "partial")
# quotes.marks states its problems in English; the pages say them in the page's language.
MARK_PROBLEMS = (
    N_("closing mark with no opening mark"),
    N_("straight quote mark that pairs with no other"),
)


def quote_kind(kind: str, tr: Language) -> str:
    """« directe », « partielle », « discours indirect »."""
    names = {
        "direct": tr.pgettext("quotation kind", "direct"),
        "partial": tr.pgettext("quotation kind", "partial"),
        "indirect": tr.pgettext("quotation kind", "indirect speech"),
    }
    return names.get(kind, kind)


def source_kind(kind: str, tr: Language) -> str:
    """« personne », « organisation »…"""
    names = {
        "person": tr.pgettext("source kind", "person"),
        "organization": tr.pgettext("source kind", "organization"),
        "group": tr.pgettext("source kind", "group"),
        "media": tr.pgettext("source kind", "media"),
        "document": tr.pgettext("source kind", "document"),
    }
    return names.get(kind, kind)


def parser_text(name: str, version: str, model: str) -> str:
    """« spacy 3.8.18 (fr_core_news_md 3.8.0) »."""
    return f"{name} {version} ({model})"


@dataclass(frozen=True, slots=True)
class Neighbours:
    """Where an article's page sits in a report: the index, the articles before and after (title, href)."""

    index: str | None = "./index.html"
    previous: tuple[str, str] | None = None
    next: tuple[str, str] | None = None


def article_page(
    analysis: Analysis,
    *,
    lang: str = "fr",
    generated: datetime.datetime | None = None,
    neighbours: Neighbours | None = None,
) -> ArticlePage:
    """The view model of one article's page."""
    tr = language(lang)
    view = _ArticleView(analysis, tr)
    around = neighbours or Neighbours()
    bands = band_names(tr)
    article = analysis.article
    result = audit(analysis)
    alerts = []
    if result.only_anonymous:
        alerts.append(tr.gettext("The article rests only on anonymous or unattributed sources."))
    if result.first_quote_anonymous:
        alerts.append(tr.gettext("The article's first quotation is not from an identified source."))
    sources = len(analysis.sources)
    names = level_names(tr)
    return ArticlePage(
        lang=lang,
        title=article.title or article.name,
        name=article.name,
        outlet=article.outlet,
        date=_date(article.date, tr),
        author=article.author,
        url=article.url,
        parser=parser_text(analysis.parser.name, analysis.parser.version, analysis.parser.model),
        tool=tool_version(),
        generated=generated_at(generated, lang),
        figures=(
            Figure(
                tr.decimal(result.quotations),
                tr.ngettext("quotation in quote marks", "quotations in quote marks", result.quotations),
            ),
            Figure(tr.decimal(result.indirect), tr.gettext("in indirect speech")),
            Figure(tr.decimal(result.words), tr.ngettext("word quoted", "words quoted", result.words)),
            Figure(tr.decimal(sources), tr.ngettext("source", "sources", sources)),
            Figure(
                tr.decimal(result.fully_identified),
                tr.ngettext(
                    "fully identified source (level 0)",
                    "fully identified sources (level 0)",
                    result.fully_identified,
                ),
            ),
            *(
                [
                    Figure(
                        tr.decimal(result.headline),
                        tr.ngettext("in the headline", "in the headline", result.headline),
                    )
                ]
                if result.headline
                else []
            ),
            *(
                [
                    Figure(
                        tr.decimal(result.guessed),
                        tr.ngettext(
                            "speaker guessed from the context (to check)",
                            "speakers guessed from the context (to check)",
                            result.guessed,
                        ),
                    )
                ]
                if result.guessed
                else []
            ),
        ),
        quote_bar=bar_of(
            {band: result.bands[band].quotes for band in BANDS},
            tr,
            caption=tr.gettext("Quotations in quote marks by kind of source"),
        ),
        word_bar=bar_of(
            {band: result.bands[band].words for band in BANDS},
            tr,
            caption=tr.gettext("Words quoted by kind of source"),
        ),
        band_rows=tuple(
            BandRow(
                band=band,
                label=bands[band].label,
                quotes=f"{tr.decimal(result.bands[band].quotes)} ({tr.percent(result.share(band))})",
                words=f"{tr.decimal(result.bands[band].words)} ({tr.percent(result.word_share(band))})",
                sources=tr.decimal(result.bands[band].sources),
                indirect=tr.decimal(result.indirect_bands[band]),
            )
            for band in BANDS
        ),
        alerts=tuple(alerts),
        paragraphs=view.paragraphs(),
        quotes=view.quotes,
        sources=view.sources(),
        checks=view.checks(),
        orphans=view.orphans,
        no_response=tuple(view.paragraph_link(n.span.start, n.text) for n in analysis.no_response),
        levels=tuple(LevelView(n, names[n], BAND_OF[n], bands[BAND_OF[n]].short) for n in range(8)),
        bands=band_views(tr),
        script=script("_sort.js", "_article.js"),
        audit=result,
        verdict=verdict(tally(analysis, result), tr),
        quote_groups=view.groups(),
        nav=nav_view(around, tr),
    )


def nav_view(around: Neighbours, tr: Language) -> NavView:
    """The links to the index and to the articles before and after, worded."""
    return NavView(
        index=LinkView(tr.gettext("List of articles"), around.index) if around.index else None,
        previous=(
            LinkView(tr.gettext("Previous: %(title)s", title=around.previous[0]), around.previous[1])
            if around.previous
            else None
        ),
        next=(
            LinkView(tr.gettext("Next: %(title)s", title=around.next[0]), around.next[1])
            if around.next
            else None
        ),
    )


def _date(value: str | None, tr: Language) -> str | None:
    """The article's date for the reader (« 4 mars 2025 »), or as the page gave it when it is not a date."""
    if not value:
        return value
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return tr.date(day)


class _ArticleView:
    """What the parts of an article's page share: its paragraphs, its numbered quotations, the anchors."""

    def __init__(self, analysis: Analysis, tr: Language) -> None:
        self.analysis = analysis
        self.tr = tr
        self.bands = band_names(tr)
        self.level_names = level_names(tr)
        self.text = analysis.article.text
        self.paragraph_spans = split_paragraphs(self.text)
        self.starts = [p.span.start for p in self.paragraph_spans]
        self.source_anchor = {s.id: f"source-{i}" for i, s in enumerate(analysis.sources, start=1)}
        self.source_name = {s.id: s.name for s in analysis.sources}
        self.source_number = {s.id: i for i, s in enumerate(analysis.sources, start=1)}
        self.flagged_quotes = {qid for f in analysis.findings for qid in f.quote_ids}
        self.flagged_sources = {sid for f in analysis.findings for sid in f.source_ids}
        # Numbered in the order of the text; an outer quotation before the one it holds.
        self.ordered = sorted(
            (q for q in analysis.quotes if q.kind != "scare"), key=lambda q: (_outer(q)[0], -_outer(q)[1])
        )
        self.quotes = tuple(self._quote(q, number) for number, q in enumerate(self.ordered, start=1))
        self.by_id = {v.id: v for v in self.quotes}
        self.quote_at = {q.id: q for q in analysis.quotes}
        unmatched = sorted(analysis.marks.unmatched, key=lambda u: u.offset)
        self.orphans = tuple(
            OrphanView(
                anchor=f"mark-{i}",
                mark=u.mark,
                paragraph=self.paragraph_of(u.offset),
                problem=tr.gettext(u.problem) if u.problem in MARK_PROBLEMS else u.problem,
                tag=tr.gettext("check"),
            )
            for i, u in enumerate(unmatched, start=1)
        )
        self.orphan_at = {u.offset: o for u, o in zip(unmatched, self.orphans, strict=True)}

    def paragraph_of(self, offset: int) -> int:
        """The number (from 1) of the paragraph an offset falls in, or of the one before it."""
        return max(bisect.bisect_right(self.starts, offset), 1)

    def paragraph_link(self, offset: int, text: str | None = None) -> LinkView:
        """A link to the paragraph an offset falls in, showing ``text`` or « paragraphe N »."""
        n = self.paragraph_of(offset)
        return LinkView(text if text is not None else self.tr.gettext("paragraph %(n)s", n=n), f"#p-{n}")

    def _quote(self, q: Quote, number: int) -> QuoteView:
        tr = self.tr
        rating = rating_of(self.analysis, q)
        band = BAND_OF[rating.level]
        source_id = self.analysis.quote_sources.get(q.id)
        marked = q.kind in MARKED_KINDS
        headline = "headline" in q.flags
        guess = "guess" in q.flags and source_id is not None
        verify = []
        if source_id is None:
            verify.append(tr.gettext("unattributed quotation"))
        if guess:
            verify.append(tr.gettext("speaker guessed from the context"))
        if "unclosed" in q.flags or (q.marks is not None and not q.marks.closed):
            verify.append(tr.gettext("quote mark never closed"))
        # (No call to the catalogs inside an f-string: ``make messages`` would not find it.)
        tags = [str(number), tr.gettext("level %(level)s", level=rating.level)]
        if headline:
            tags.append(tr.gettext("headline"))
        if verify:
            tags.append(tr.gettext("check"))
        tag = " · ".join(tags)
        css = [band, "marked" if marked else "indirect"]
        css += ["to-verify"] if verify else []
        css += ["headline"] if headline else []
        alert = bool(verify) or q.id in self.flagged_quotes or source_id in self.flagged_sources
        marked = q.kind in MARKED_KINDS
        name = self.level_names[rating.level]
        speaker = self.source_name.get(source_id) if source_id else None
        # How the text names the speaker here, when it is not the source's name (« la personne »).
        mention = (
            q.speaker.text if q.speaker is not None and speaker and speaker not in q.speaker.text else None
        )
        return QuoteView(
            id=q.id,
            number=number,
            anchor=f"quote-{number}",
            kind=q.kind,
            kind_label=quote_kind(q.kind, tr),
            marked=marked,
            css=" ".join(css),
            band=band,
            band_label=self.bands[band].short,
            level=rating.level,
            level_label=name,
            level_text=f"{rating.level} — {name} · {self.bands[band].one}",
            tag=tag,
            speaker=speaker,
            mention=mention,
            source_href=f"#{self.source_anchor[source_id]}" if source_id in self.source_anchor else None,
            cue=cue_text(q, self.text),
            reasons=_reasons(rating, tr),
            verify=tuple(verify),
            excerpt=f"« {_excerpt(q.text)} »" if marked else _excerpt(q.text),
            paragraph=self.paragraph_of(q.span.start),
            headline=headline,
            guess=guess,
            alert=alert,
            source=self.source_number.get(source_id, 0) if source_id else 0,
        )

    def groups(self) -> tuple[QuoteGroup, ...]:
        """The quotations of the headline apart from the body's, when the headline has any."""
        headline = tuple(v for v in self.quotes if v.headline)
        if not headline:
            return (QuoteGroup(None, self.quotes),)
        body = tuple(v for v in self.quotes if not v.headline)
        return (
            QuoteGroup(self.tr.gettext("In the headline"), headline),
            QuoteGroup(self.tr.gettext("In the body of the article"), body),
        )

    def paragraphs(self) -> tuple[ParagraphView, ...]:
        highlights = [Highlight(_outer_span(q), "quote", quote=self.by_id[q.id]) for q in self.ordered]
        highlights += [Highlight(_outer_span(q), "scare") for q in self.analysis.quotes if q.kind == "scare"]
        highlights += [
            Highlight(Span(offset, offset + 1), "orphan", orphan=orphan)
            for offset, orphan in self.orphan_at.items()
        ]
        highlights += [
            Highlight(m.span, "mention", source=number)
            for number, s in enumerate(self.analysis.sources, start=1)
            for m in s.mentions
        ]
        pieces = paragraph_pieces(self.text, self.paragraph_spans, highlights)
        headline = any(v.headline and v.paragraph == 1 for v in self.quotes)
        return tuple(
            ParagraphView(
                number=p.i + 1, anchor=f"p-{p.i + 1}", pieces=pieces[p.i], headline=headline and p.i == 0
            )
            for p in self.paragraph_spans
        )

    def sources(self) -> tuple[SourceView, ...]:
        views = []
        for s in self.analysis.sources:
            rating = self.analysis.ratings[s.id]
            band = BAND_OF[rating.level]
            offsets = [m.span.start for m in s.mentions]
            offsets += [self.quote_at[qid].span.start for qid in s.quote_ids if qid in self.quote_at]
            numbers = sorted(self.by_id[qid].number for qid in s.quote_ids if qid in self.by_id)
            views.append(
                SourceView(
                    number=self.source_number[s.id],
                    anchor=self.source_anchor[s.id],
                    name=s.name,
                    role=s.role,
                    kind=source_kind(s.kind, self.tr),
                    level=rating.level,
                    level_text=f"{rating.level} — {self.level_names[rating.level]}",
                    band=band,
                    band_label=self.bands[band].one,
                    reasons=_reasons(rating, self.tr),
                    quotes=len(s.quote_ids),
                    quote_links=tuple(LinkView(str(n), f"#quote-{n}") for n in numbers),
                    words=s.words_quoted,
                    first_seen=self.paragraph_link(min(offsets)) if offsets else None,
                    first_paragraph=self.paragraph_of(min(offsets)) if offsets else 0,
                )
            )
        return tuple(views)

    def checks(self) -> tuple[CheckView, ...]:
        """The findings, one group per check, each finding with links to where it fired."""
        tr = self.tr
        groups: dict[tuple[str, str], list[FindingView]] = {}
        titles: dict[tuple[str, str], str] = {}
        for finding in self.analysis.findings:
            where = [
                LinkView(
                    tr.gettext("quotation %(number)s", number=self.by_id[qid].number),
                    f"#{self.by_id[qid].anchor}",
                )
                for qid in finding.quote_ids
                if qid in self.by_id
            ]
            where += [
                LinkView(self.source_name[sid], f"#{self.source_anchor[sid]}")
                for sid in finding.source_ids
                if sid in self.source_name
            ]
            if not finding.quote_ids:
                where += list(
                    {self.paragraph_of(s.start): self.paragraph_link(s.start) for s in finding.spans}.values()
                )
            key = (finding.check, finding.standard)
            title, message = _finding_texts(finding, tr.code)
            titles.setdefault(key, title)
            groups.setdefault(key, []).append(
                FindingView(message, tuple(where) or (LinkView(tr.gettext("the whole article"), "#text"),))
            )
        return tuple(
            CheckView(
                anchor=f"check-{i}",
                check=check,
                title=titles[(check, standard)],
                standard=standard,
                standard_name=STANDARDS.get(standard, standard),
                count=len(found),
                findings=tuple(found),
            )
            for i, ((check, standard), found) in enumerate(groups.items(), start=1)
        )


def _finding_texts(finding: Finding, lang: str) -> tuple[str, str]:
    """A finding's title and message in the page's language (the JSON keeps them in French)."""
    if not finding.wording:
        return finding.title, finding.message
    return check_texts(finding.wording, dict(finding.params), lang)


def _reasons(rating: Rating, tr: Language) -> tuple[str, ...]:
    """A rating's reasons in the page's language (the JSON keeps them in English)."""
    if not rating.reason_codes:
        return rating.reasons
    return tuple(reason_text(code, args, tr.code) for code, args in rating.reason_codes)


def _outer(q: Quote) -> tuple[int, int]:
    return q.extent.start, q.extent.end


def _outer_span(q: Quote) -> Span:
    return q.extent


def _excerpt(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
