"""The bars of the three bands (identified, anonymous, unattributed), with their text equivalent."""

from __future__ import annotations

from ..checks import BANDS
from ..i18n import Language
from ..scale import band_names
from .views import BandView, BarSegment, BarView


def band_views(tr: Language) -> tuple[BandView, ...]:
    """The bands for the legends: each one's name and the tag that stands for it."""
    return tuple(BandView(names.band, names.label, names.tag) for names in band_names(tr).values())


def bar_of(counts: dict[str, int], tr: Language, *, caption: str) -> BarView:
    """The bar of counts by band, each segment as wide as its share."""
    names = band_names(tr)
    colon = tr.pgettext("typography", ": ")
    total = sum(counts.values())
    segments = []
    x = 0.0
    for band in BANDS:
        count = counts[band]
        share = count / total if total else 0.0
        width = share * 100
        if count:
            segments.append(
                BarSegment(
                    band=band,
                    label=names[band].label,
                    count=count,
                    amount=tr.decimal(count),
                    percent=tr.percent(share),
                    x=f"{x:.2f}%",
                    width=f"{width:.2f}%",
                )
            )
        x += width
    text = " · ".join(f"{s.label}{colon}{s.amount} ({s.percent})" for s in segments)
    return BarView(
        caption, text or tr.gettext("No quotation in quote marks."), tuple(segments), empty=not segments
    )
