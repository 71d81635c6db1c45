"""``sources.csv``: one row per source per article, for spreadsheets.

The cells are the analysis's own values (English codes and reasons, as in the JSON),
not the page's wording: the file is read by programs as much as by people.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from ..checks import BAND_OF
from ..files import spreadsheet_safe
from ..model import Analysis

CSV_COLUMNS = (
    "article",
    "title",
    "source",
    "name",
    "kind",
    "level",
    "level_name",
    "band",
    "quotations",
    "words_quoted",
    "role",
    "affiliation",
    "anonymity_reason",
    "reasons",
)


def sources_csv(rows: Sequence[Analysis | dict[str, Any]]) -> str:
    """One row per source per article (its analysis, or its analysis JSON), for spreadsheets.

    Starts with a byte-order mark so that Excel reads it as UTF-8; a cell that a
    spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@``) is prefixed with ``'``.
    """
    from .index import as_json

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for analysis in rows:
        data = as_json(analysis)
        article = data["article"]
        for s in data["sources"]:
            writer.writerow(
                [
                    _cell(article["name"]),
                    _cell(article["title"] or ""),
                    s["id"],
                    _cell(s["name"]),
                    s["kind"],
                    s["level"],
                    s["level_name"],
                    BAND_OF[s["level"]],
                    len(s["quotes"]),
                    s["words_quoted"],
                    _cell(s["role"] or ""),
                    _cell(s["affiliation"] or ""),
                    _cell(s["anonymity_reason"] or ""),
                    _cell("; ".join(s["reasons"])),
                ]
            )
    return "\ufeff" + out.getvalue()


def _cell(value: str) -> str:
    return spreadsheet_safe(value)
