"""The view model of the index page: one row per article, and the totals over all of them."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from ..checks import BANDS
from ..export import to_json
from ..i18n import Language, language
from ..model import Analysis
from ..rendering import generated_at, script, tool_version
from .bars import band_views, bar_of
from .views import IndexPage, IndexRow


def index_page(
    rows: Sequence[tuple[Analysis | dict[str, Any], str]],
    failed: Sequence[str],
    *,
    lang: str = "fr",
    parser: str,
    generated: datetime.datetime | None = None,
    spreadsheet: str | None = "./sources.csv",
) -> IndexPage:
    """The view model of the index: one row per article (``(analysis, href)``), and the totals.

    An article is its analysis, or its analysis JSON (a report an earlier run wrote).
    """
    tr = language(lang)
    analyses = [(as_json(analysis), href) for analysis, href in rows]
    counts = [{band: data["audit"]["bands"][band]["quotes"] for band in BANDS} for data, _ in analyses]
    index_rows = tuple(
        _index_row(
            title=data["article"]["title"] or data["article"]["name"],
            subtitle=data["article"]["name"] if data["article"]["title"] else None,
            href=href,
            counts=bands,
            indirect=data["audit"]["indirect"],
            sources=len(data["sources"]),
            fully_identified=data["audit"]["fully_identified"],
            checks=len(data["checks"]),
            tr=tr,
        )
        for (data, href), bands in zip(analyses, counts, strict=True)
    )
    total = None
    if index_rows:
        total = _index_row(
            title=tr.gettext("All articles"),
            subtitle=None,
            href="",
            counts={band: sum(bands[band] for bands in counts) for band in BANDS},
            indirect=sum(row.indirect for row in index_rows),
            sources=sum(row.sources for row in index_rows),
            fully_identified=sum(row.fully_identified for row in index_rows),
            checks=sum(row.checks for row in index_rows),
            tr=tr,
        )
    return IndexPage(
        lang=lang,
        rows=index_rows,
        total=total,
        failed=tuple(failed),
        bands=band_views(tr),
        parser=parser,
        tool=tool_version(),
        generated=generated_at(generated, lang),
        script=script("_sort.js", "_index.js"),
        spreadsheet=spreadsheet if index_rows else None,
    )


def as_json(analysis: Analysis | dict[str, Any]) -> dict[str, Any]:
    """The analysis JSON of an article (``quotes.export.to_json``), unless it is that already."""
    return analysis if isinstance(analysis, dict) else to_json(analysis)


def _index_row(
    *,
    title: str,
    subtitle: str | None,
    href: str,
    counts: dict[str, int],
    indirect: int,
    sources: int,
    fully_identified: int,
    checks: int,
    tr: Language,
) -> IndexRow:
    """A row of the index from its figures: quotations in quote marks by band, and the rest."""
    quotations = sum(counts.values())
    anonymous = counts["anonymous"] / quotations if quotations else 0.0
    unattributed = counts["unattributed"] / quotations if quotations else 0.0
    return IndexRow(
        title=title,
        subtitle=subtitle,
        href=href,
        quotes=quotations,
        indirect=indirect,
        anonymous_share=tr.percent(anonymous),
        anonymous_value=round(anonymous, 4),
        unattributed_share=tr.percent(unattributed),
        unattributed_value=round(unattributed, 4),
        bar=bar_of(counts, tr, caption=tr.gettext("Quotations in quote marks by kind of source")),
        sources=sources,
        fully_identified=fully_identified,
        checks=checks,
    )
