"""``sources.csv``: one row per source per article, for a spreadsheet in the reader's language.

French Excel reads ``;`` as the separator and ``,`` as the decimal mark, English Excel
``,`` and ``.``: the file is written for the report's language, its column names and its
values (kinds, level names, bands, reasons) translated, its numbers plain digits that a
spreadsheet reads as numbers (no thousands separator). It starts with a byte-order mark so
that Excel reads it as UTF-8, and a cell that a spreadsheet would take for a formula is
defused.

Each article is its analysis or its analysis JSON (the contract): what a report read back
from disk holds is enough to write its rows.
"""

from __future__ import annotations

import csv
import decimal
import io
from collections.abc import Sequence
from typing import Any

from ..checks import BAND_OF
from ..export import to_json
from ..files import spreadsheet_safe
from ..i18n import Language, language
from ..model import Analysis
from ..scale import band_names, level_names
from ..wording import REASONS, reason_text
from .article import source_kind


def column_names(tr: Language) -> tuple[str, ...]:
    """The columns of ``sources.csv`` in the reader's language."""
    return (
        tr.pgettext("sources column", "article"),
        tr.pgettext("sources column", "title"),
        tr.pgettext("sources column", "source"),
        tr.pgettext("sources column", "name"),
        tr.pgettext("sources column", "kind"),
        tr.pgettext("sources column", "level"),
        tr.pgettext("sources column", "level name"),
        tr.pgettext("sources column", "band"),
        tr.pgettext("sources column", "quotations"),
        tr.pgettext("sources column", "words quoted"),
        tr.pgettext("sources column", "share of the words quoted (%%)"),
        tr.pgettext("sources column", "role"),
        tr.pgettext("sources column", "organization"),
        tr.pgettext("sources column", "reason given for anonymity"),
        tr.pgettext("sources column", "reasons"),
    )


# What each column holds, in the order of ``column_names``.
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
    "words_share",
    "role",
    "affiliation",
    "anonymity_reason",
    "reasons",
)


def delimiter(tr: Language) -> str:
    """``;`` where the decimal mark is a comma (French Excel), else ``,``."""
    return ";" if decimal_mark(tr) == "," else ","


def decimal_mark(tr: Language) -> str:
    from babel.numbers import get_decimal_symbol

    return str(get_decimal_symbol(tr.code))


def sources_csv(rows: Sequence[Analysis | dict[str, Any]], *, lang: str = "fr") -> str:
    """One row per source per article (its analysis, or its analysis JSON), for a spreadsheet."""
    tr = language(lang)
    levels = level_names(tr)
    bands = band_names(tr)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter(tr), lineterminator="\r\n")
    writer.writerow(column_names(tr))
    for item in rows:
        data = item if isinstance(item, dict) else to_json(item)
        article = data["article"]
        words = data["audit"]["words"]
        for s in data["sources"]:
            level = s["level"]
            writer.writerow(
                [
                    spreadsheet_safe(article["name"]),
                    spreadsheet_safe(article["title"] or ""),
                    s["id"],
                    spreadsheet_safe(s["name"]),
                    source_kind(s["kind"], tr),
                    level,
                    levels[level],
                    bands[BAND_OF[level]].short,
                    len(s["quotes"]),
                    s["words_quoted"],
                    number(100 * s["words_quoted"] / words if words else 0.0, tr, places=1),
                    spreadsheet_safe(s["role"] or ""),
                    spreadsheet_safe(s["affiliation"] or ""),
                    spreadsheet_safe(s["anonymity_reason"] or ""),
                    spreadsheet_safe(tr.gettext("; ").join(_reasons(s, tr))),
                ]
            )
    return "\ufeff" + out.getvalue()


def number(value: float, tr: Language, *, places: int) -> str:
    """A number as a spreadsheet in the reader's language reads it: « 41,7 », "41.7"; no grouping."""
    rounded = decimal.Decimal(str(value)).quantize(decimal.Decimal(1).scaleb(-places), decimal.ROUND_HALF_UP)
    return str(rounded).replace(".", decimal_mark(tr))


def _reasons(source: dict[str, Any], tr: Language) -> list[str]:
    """A source's reasons in the reader's language: from their codes when the JSON has them."""
    codes = source.get("reason_codes")
    if isinstance(codes, list) and all(isinstance(c, dict) and c.get("code") in REASONS for c in codes):
        return [reason_text(c["code"], c.get("args") or (), tr.code) for c in codes]
    return list(source["reasons"])
