"""The whole analysis of one article: marks → parse → attribution → sources → anonymity → checks."""

from __future__ import annotations

from .anonymity import rate_sources
from .attribution import attribute
from .checks import run_checks
from .docview import DocView
from .marks import find_quote_marks
from .model import Analysis, Article, ParsedDoc
from .parsing import ParseCache, ParserChoice, parse
from .sources import resolve_sources


def analyze(article: Article, choice: ParserChoice, *, cache: ParseCache | None = None) -> Analysis:
    """Analyze one article with the chosen parser (from the parse cache when it can)."""
    doc = parse(article.text, choice, cache=cache)
    return analyze_parsed(article, doc)


def analyze_parsed(article: Article, doc: ParsedDoc) -> Analysis:
    """Everything after the parse: our own stages, on a parse made by any parser."""
    marks = find_quote_marks(article.text)
    view = DocView(doc, marks.spans)
    attributed = attribute(doc, marks, view=view)
    resolved = resolve_sources(view, attributed.quotes, context=attributed.speakers)
    ratings = rate_sources(view, resolved.sources)
    analysis = Analysis(
        article=article,
        parser=doc.parser,
        marks=marks,
        quotes=attributed.quotes,
        sources=resolved.sources,
        quote_sources=resolved.quote_sources,
        ratings=ratings,
        no_response=attributed.no_response,
        named_people=tuple(
            dict.fromkeys(
                e.span.text_in(doc.text)
                for e in doc.entities
                if e.label == "PER" and not view.in_quote(e.first)
            )
        ),
    )
    return run_checks(analysis)
