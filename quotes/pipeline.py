"""The whole analysis of one article: marks → parse → attribution → sources → anonymity → checks."""

from __future__ import annotations

import gc

from .anonymity import rate_sources
from .attribution import attribute
from .budget import OutOfTime, check, current_limits, seconds_text, time_budget
from .checks import run_checks
from .docview import DocView
from .errors import AnalysisFailed, AnalysisTimeout, QuotesError
from .marks import find_quote_marks
from .model import Analysis, Article, ParsedDoc
from .nameruns import with_titled_people
from .parsing import ParseCache, ParserChoice, parse
from .sources import resolve_sources


def analyze(article: Article, choice: ParserChoice, *, cache: ParseCache | None = None) -> Analysis:
    """Analyze one article with the chosen parser (from the parse cache when it can).

    Within the run's time budget for an article of its size (``budget.current_limits``):
    ``AnalysisTimeout`` when it runs over. An unexpected error (a bug) becomes
    ``AnalysisFailed``, one line that names the article, so that a batch goes on with the
    others; with ``--debug`` it is raised as it is.
    """
    limits = current_limits()
    seconds = limits.seconds_for(len(article.text))
    try:
        with time_budget(seconds) as budget:
            doc = parse(article.text, choice, cache=cache)
            check()
            return analyze_parsed(article, doc)
    except OutOfTime as out:
        if out.budget is not budget:
            raise  # an outer budget's, not this article's
        raise AnalysisTimeout(
            f"{article.name}: the analysis took more than {seconds_text(seconds)} and was stopped; "
            "raise the limit with --timeout or QUOTES_TIMEOUT (0 for none)"
        ) from None
    except QuotesError:
        raise
    except Exception as err:
        if limits.debug:
            raise
        what = "ran out of memory" if isinstance(err, MemoryError) else f"failed ({_one_line(err)})"
        raise AnalysisFailed(
            f"{article.name}: the analysis {what}; this is a bug in quotes: run again with --debug "
            "and report it with the article"
        ) from err


def _one_line(err: BaseException, limit: int = 200) -> str:
    """``Type: message`` on one line, cut to ``limit`` characters."""
    text = " ".join(f"{type(err).__name__}: {err}".split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def analyze_parsed(article: Article, doc: ParsedDoc) -> Analysis:
    """Everything after the parse: our own stages, on a parse made by any parser.

    The parse (tens of thousands of word objects on a long document) is set aside from the
    cycle collector while our stages run: they make many small objects, and each collection
    would otherwise walk the whole parse again. Nothing of ours forms cycles that must wait.
    """
    gc.freeze()
    try:
        return _analyze_parsed(article, doc)
    finally:
        gc.unfreeze()


def _analyze_parsed(article: Article, doc: ParsedDoc) -> Analysis:
    doc = with_titled_people(doc)
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
