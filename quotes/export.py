"""The analysis JSON (the contract of ``../shared/spec/ANALYSIS_JSON.md``), the text listing and CSV rows."""

from __future__ import annotations

from typing import Any

from .checks import BANDS, audit, rating_of
from .i18n import language
from .model import Analysis, Mention, Span
from .wording import check_texts

SCHEMA = "quotes/analysis@1"


def _span(span: Span, text: str) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


def _mention(mention: Mention, text: str) -> dict[str, Any]:
    out = _span(mention.span, text)
    out["kind"] = mention.kind
    if mention.gender:
        out["gender"] = mention.gender
    if mention.number:
        out["number"] = mention.number
    return out


def to_json(analysis: Analysis) -> dict[str, Any]:
    """The analysis as the JSON object that ``quotes analyze --format json`` prints."""
    article = analysis.article
    text = article.text
    quotes = []
    for q in analysis.quotes:
        rating = rating_of(analysis, q) if q.kind != "scare" else None
        item: dict[str, Any] = {
            "id": q.id,
            "start": q.span.start,
            "end": q.span.end,
            "text": q.text,
            "kind": q.kind,
            "source": analysis.quote_sources.get(q.id),
            "cue": (
                {"start": q.cue.span.start, "end": q.cue.span.end, "text": q.cue.text, "lemma": q.cue.lemma}
                if q.cue
                else None
            ),
            "speaker": _span(q.speaker.span, text) if q.speaker else None,
            "method": q.method,
            "confidence": q.confidence,
            "flags": list(q.flags),
            "alternatives": [
                {
                    "speaker": _span(alt.speaker.span, text),
                    "method": alt.method,
                    "confidence": alt.confidence,
                    "why": alt.why,
                }
                for alt in q.alternatives
            ],
        }
        if rating is not None:
            item["level"] = rating.level
        if q.marks is not None:
            item["marks"] = {
                "open": q.marks.open_mark,
                "opener": q.marks.opener,
                "close": q.marks.close_mark,
                "closer": q.marks.closer,
                "depth": q.marks.depth,
                "paragraphs": list(q.marks.paragraphs),
                "reopeners": list(q.marks.reopeners),
            }
        quotes.append(item)
    sources = []
    for s in analysis.sources:
        rating = analysis.ratings[s.id]
        sources.append(
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind,
                "level": rating.level,
                "level_name": rating.level_name,
                "role": s.role,
                "affiliation": s.affiliation,
                "mentions": [_mention(m, text) for m in s.mentions],
                "links": [
                    {"start": link.mention.start, "end": link.mention.end, "reason": link.reason}
                    for link in s.links
                ],
                "reasons": list(rating.reasons),
                # The reasons as codes and arguments, for a reader that words them in its own language.
                "reason_codes": [{"code": code, "args": list(args)} for code, args in rating.reason_codes],
                "anonymity_reason_given": rating.anonymity_reason is not None,
                "anonymity_reason": rating.anonymity_reason,
                "anonymity_reason_boilerplate": rating.boilerplate_reason,
                "features": dict(rating.features),
                "quotes": list(s.quote_ids),
                "words_quoted": s.words_quoted,
            }
        )
    result = audit(analysis)
    return {
        "schema": SCHEMA,
        "article": {
            "name": article.name,
            "title": article.title,
            "chars": len(text),
            "author": article.author,
            "date": article.date,
            "outlet": article.outlet,
            "url": article.url,
            "encoding": article.encoding,
            "format": article.source_format,
        },
        "parser": {
            "name": analysis.parser.name,
            "model": analysis.parser.model,
            "version": analysis.parser.version,
        },
        "quotes": quotes,
        "sources": sources,
        "no_response": [
            dict(_span(n.span, text), party=n.party.text if n.party else None) for n in analysis.no_response
        ],
        "unmatched_marks": [
            {"offset": u.offset, "mark": u.mark, "problem": u.problem} for u in analysis.marks.unmatched
        ],
        "audit": {
            "quotations": result.quotations,
            "indirect": result.indirect,
            "words": result.words,
            "bands": {
                band: {
                    "quotes": result.bands[band].quotes,
                    "share": round(result.share(band), 4),
                    "words": result.bands[band].words,
                    "word_share": round(result.word_share(band), 4),
                    "sources": result.bands[band].sources,
                    "indirect": result.indirect_bands[band],
                }
                for band in BANDS
            },
            "fully_identified": result.fully_identified,
            "fully_identified_bucket": result.fully_identified_bucket,
            "only_anonymous": result.only_anonymous,
            "first_quote_anonymous": result.first_quote_anonymous,
            "guessed": result.guessed,
            "headline": result.headline,
        },
        "checks": [
            {
                "check": f.check,
                "title": f.title,
                "message": f.message,
                "standard": f.standard,
                "spans": [{"start": s.start, "end": s.end} for s in f.spans],
                "sources": list(f.source_ids),
                "quotes": list(f.quote_ids),
            }
            for f in analysis.findings
        ],
    }


def to_text(analysis: Analysis, *, lang: str = "fr") -> str:
    """A readable listing: one block per quotation, then the sources (``quotes analyze --format text``)."""
    tr = language(lang)
    lines = []
    title = analysis.article.title or analysis.article.name
    lines.append(title)
    lines.append("=" * min(len(title), 78))
    result = audit(analysis)
    anonymous, unattributed = result.bands["anonymous"].quotes, result.bands["unattributed"].quotes
    lines.append(
        tr.gettext(
            "%(quoted)s, %(indirect)s; %(anonymous)s, %(unattributed)s.",
            quoted=tr.ngettext(
                "%(n)s quotation in quote marks", "%(n)s quotations in quote marks", result.quotations
            ),
            indirect=tr.ngettext("%(n)s in indirect speech", "%(n)s in indirect speech", result.indirect),
            # « 0 de sources anonymes » names a kind of source; only one quotation is « de source anonyme ».
            anonymous=(
                tr.gettext("%(n)s from an anonymous source", n=anonymous)
                if anonymous == 1
                else tr.gettext("%(n)s from anonymous sources", n=anonymous)
            ),
            unattributed=tr.ngettext("%(n)s unattributed", "%(n)s unattributed", unattributed),
        )
    )
    lines.append("")
    sources = {s.id: s for s in analysis.sources}
    nobody = tr.gettext("(nobody: unattributed)")
    scare = tr.gettext("quote marks")
    for q in analysis.quotes:
        if q.kind == "scare":
            lines.append(f"{q.id:>4}  [{scare}]  « {_short(q.text)} »")
            continue
        source_id = analysis.quote_sources.get(q.id)
        rating = rating_of(analysis, q)
        who = sources[source_id].name if source_id else nobody
        cue = f" — {q.cue.text}" if q.cue else ""
        level = tr.gettext("level %(level)s", level=rating.level)
        lines.append(f"{q.id:>4}  [{q.kind}]  « {_short(q.text)} »")
        lines.append(f"      {who}{cue} · {level} ({rating.level_name})")
    lines.append("")
    lines.append(tr.gettext("Sources"))
    for s in analysis.sources:
        rating = analysis.ratings[s.id]
        level = tr.gettext("level %(level)s", level=rating.level)
        quotations = tr.ngettext("%(n)s quotation", "%(n)s quotations", len(s.quote_ids))
        lines.append(f"{s.id:>4}  {s.name} · {level} ({rating.level_name}) · {quotations}")
        for reason in rating.reasons:
            lines.append(f"      - {reason}")
    if analysis.no_response:
        lines.append("")
        lines.append(tr.gettext("No response"))
        for n in analysis.no_response:
            lines.append(f"      {n.text}")
    if analysis.findings:
        lines.append("")
        lines.append(tr.gettext("Checks"))
        for f in analysis.findings:
            title, message = (
                check_texts(f.wording, dict(f.params), lang) if f.wording else (f.title, f.message)
            )
            line = tr.gettext(
                "%(title)s: %(message)s [%(standard)s]", title=title, message=message, standard=f.standard
            )
            lines.append(f"    * {line}")
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
