"""Finding a quotation of an analysis by a fragment of its text, for the specification tables."""

from __future__ import annotations


def quote_with(analysis, fragment: str):  # type: ignore[no-untyped-def]
    """The one quotation (not a scare quote) whose text contains ``fragment``."""
    found = [q for q in analysis.quotes if q.kind != "scare" and fragment in q.text]
    assert len(found) == 1, (
        f"{len(found)} quotations contain {fragment!r}; quotations found: "
        f"{[(q.kind, q.text) for q in analysis.quotes]}"
    )
    return found[0]
