"""The verdict on top of an article's page: in a sentence or two, how much rests on anonymous sources.

« 11 citations sur 17 viennent de 6 sources anonymes ; aucune ne dit pourquoi. 1 citation
n’est attribuée à personne. » The figures are the audit's (quotations in quote marks);
the reasons are counted over the anonymous sources those quotations come from. Every
number and plural goes through the catalogs.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..checks import BAND_OF, MARKED, Audit
from ..i18n import Language
from ..model import Analysis


@dataclass(frozen=True, slots=True)
class Tally:
    """What the verdict says, counted."""

    quotations: int  # in quote marks
    anonymous: int  # of them, from an anonymous source
    unattributed: int  # of them, attributed to nobody
    anonymous_sources: int  # the anonymous sources of those quotations
    reasons_given: int  # of them, those the article says why it keeps anonymous
    guessed: int = 0  # quotations whose speaker is a guess from the context


def tally(analysis: Analysis, result: Audit) -> Tally:
    """The verdict's figures for an analyzed article."""
    spoken = {
        analysis.quote_sources.get(q.id)
        for q in analysis.quotes
        if q.kind in MARKED and analysis.quote_sources.get(q.id) is not None
    }
    anonymous = [
        s for s in analysis.sources if s.id in spoken and BAND_OF[analysis.ratings[s.id].level] == "anonymous"
    ]
    return Tally(
        quotations=result.quotations,
        anonymous=result.bands["anonymous"].quotes,
        unattributed=result.bands["unattributed"].quotes,
        anonymous_sources=len(anonymous),
        reasons_given=sum(1 for s in anonymous if analysis.ratings[s.id].anonymity_reason is not None),
        guessed=result.guessed,
    )


def verdict(t: Tally, tr: Language) -> str:
    """One to three sentences: the anonymous share and its reasons, the unattributed, the guesses."""
    n = tr.decimal
    sentences = []
    if t.quotations == 0:
        sentences.append(tr.gettext("The article quotes no one in quote marks."))
    elif t.anonymous == 0 and t.unattributed < t.quotations:
        # (Two messages, not one plural: the sentence for one quotation names no number.)
        sentences.append(
            tr.gettext("Its only quotation does not come from an anonymous source.")
            if t.quotations == 1
            else tr.gettext(
                "None of its %(total)s quotations comes from an anonymous source.", total=n(t.quotations)
            )
        )
    elif t.anonymous:
        if t.anonymous == t.quotations == 1:
            quotations = tr.gettext("Its only quotation comes")
        elif t.anonymous == t.quotations:
            quotations = tr.gettext("All %(total)s of its quotations come", total=n(t.quotations))
        else:
            quotations = tr.ngettext(
                "%(n)s quotation of %(total)s comes",
                "%(n)s quotations of %(total)s come",
                t.anonymous,
                total=n(t.quotations),
            )
        sources = tr.ngettext("from an anonymous source", "from %(n)s anonymous sources", t.anonymous_sources)
        sentences.append(
            tr.gettext(
                "%(quotations)s %(sources)s; %(reasons)s.",
                quotations=quotations,
                sources=sources,
                reasons=_reasons(t, tr),
            )
        )
    if t.unattributed:
        sentences.append(
            tr.ngettext(
                "%(n)s quotation is attributed to nobody.",
                "%(n)s quotations are attributed to nobody.",
                t.unattributed,
            )
        )
    if t.guessed:
        sentences.append(
            tr.ngettext(
                "The speaker of %(n)s quotation is guessed from the context: to check.",
                "The speakers of %(n)s quotations are guessed from the context: to check.",
                t.guessed,
            )
        )
    return " ".join(sentences)


def _reasons(t: Tally, tr: Language) -> str:
    """Whether the article says why its anonymous sources are anonymous: none, some, all."""
    sources, given = t.anonymous_sources, t.reasons_given
    if given == 0:
        return tr.ngettext("it does not say why", "none says why", sources)
    if given == sources:
        return tr.ngettext("it says why", "all say why", sources)
    return tr.ngettext(
        "%(n)s of %(sources)s says why", "%(n)s of %(sources)s say why", given, sources=tr.decimal(sources)
    )
