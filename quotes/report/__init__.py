"""The HTML report: view models built in Python, rendered by the Jinja2 templates in ``templates/``.

``write_reports`` writes, per article, ``<name>.html`` and ``<name>.json`` (the
contract), then ``index.html`` and ``sources.csv``. The parts, one job each:

- ``views``: the view models, what each page shows, already worded;
- ``article`` and ``index``: building them from analyses, in the reader's language;
- ``pieces``: the article's paragraphs cut into nested highlights, in linear time;
- ``verdict``: the sentence on top of an article's page;
- ``bars``: the band bars both pages draw;
- ``spreadsheet``: ``sources.csv``, in the reader's language;
- ``writing``: rendering and writing the files, atomically, each page linked to its
  neighbours, with the progress line; the index, the CSV and the neighbours keep the
  reports an earlier run left in the folder.

The templates only loop and branch. Autoescape is on and undefined names are errors,
so everything taken from an article reaches the page as text.
"""

from ..files import write_atomically
from ..rendering import environment
from .article import Neighbours, article_page, parser_text, quote_kind, source_kind
from .index import index_page
from .spreadsheet import CSV_COLUMNS, sources_csv
from .views import ArticlePage, IndexPage, Piece, QuoteView
from .writing import (
    ARTICLE_SUFFIXES,
    PROGRESS_FROM,
    Progress,
    collect_articles,
    page_href,
    render_article,
    render_index,
    unique_stem,
    write_article_report,
    write_index,
    write_reports,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "CSV_COLUMNS",
    "PROGRESS_FROM",
    "ArticlePage",
    "IndexPage",
    "Neighbours",
    "Piece",
    "Progress",
    "QuoteView",
    "article_page",
    "collect_articles",
    "environment",
    "index_page",
    "page_href",
    "parser_text",
    "quote_kind",
    "render_article",
    "render_index",
    "source_kind",
    "sources_csv",
    "unique_stem",
    "write_article_report",
    "write_atomically",
    "write_index",
    "write_reports",
]
