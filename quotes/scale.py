"""The identification scale in the reader's language: level names, bands, and the scale as taught.

The analysis names levels and bands in English codes (``relational``, ``anonymous``:
the JSON's ``level_name`` and the audit's band keys); the pages show them through
the catalogs. Every name is written out here as a call, so that ``make messages``
finds it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import Language

LEVELS = range(8)


def level_names(tr: Language) -> tuple[str, ...]:
    """The name of each level 0–7 (« relationnelle », "relational")."""
    return (
        tr.pgettext("level", "identified"),
        tr.pgettext("level", "partly named"),
        tr.pgettext("level", "institutional"),
        tr.pgettext("level", "relational"),
        tr.pgettext("level", "categorical"),
        tr.pgettext("level", "vague"),
        tr.pgettext("level", "collective"),
        tr.pgettext("level", "unattributed"),
    )


def level_range(low: int, high: int, tr: Language) -> str:
    """« relationnelle », or « catégorielle ou vague » for a range of levels."""
    names = level_names(tr)
    joiner = tr.gettext(" or ")
    return joiner.join(names[n] for n in range(low, high + 1))


@dataclass(frozen=True, slots=True)
class BandNames:
    """How a page names a band (identified, anonymous, unattributed) in each place it appears."""

    band: str
    label: str  # « identifiées (niveaux 0–2) »
    short: str  # « identifiées »
    one: str  # « source identifiée »
    tag: str  # « niveau 0–2 »


def band_names(tr: Language) -> dict[str, BandNames]:
    """The names of the three bands, in the order of ``checks.BANDS``."""
    return {
        "identified": BandNames(
            "identified",
            tr.gettext("identified (levels 0–2)"),
            tr.pgettext("band", "identified"),
            tr.gettext("identified source"),
            tr.gettext("level 0–2"),
        ),
        "anonymous": BandNames(
            "anonymous",
            tr.gettext("anonymous (levels 3–6)"),
            tr.pgettext("band", "anonymous"),
            tr.gettext("anonymous source"),
            tr.gettext("level 3–6"),
        ),
        "unattributed": BandNames(
            "unattributed",
            tr.gettext("unattributed (level 7)"),
            tr.pgettext("band", "unattributed"),
            tr.gettext("no source"),
            tr.gettext("level 7"),
        ),
    }


@dataclass(frozen=True, slots=True)
class ScaleStep:
    """One level of the scale as the worksheet teaches it: its name, what it means, an example."""

    level: int
    label: str
    definition: str
    example: str


def scale_steps(tr: Language) -> tuple[ScaleStep, ...]:
    """The scale with a definition and an example per level (examples not taken from any article)."""
    names = level_names(tr)
    rows = (
        (
            tr.pgettext("scale", "full name with a role or an organization"),
            tr.pgettext("scale example", "Jane Martin, mayor of Lille"),
        ),
        (
            tr.pgettext("scale", "a name alone, a first name, a pseudonym"),
            tr.pgettext("scale example", "Marie, 34"),
        ),
        (
            tr.pgettext("scale", "a named organization speaking in its own name, or its spokesperson"),
            tr.pgettext("scale example", "the prefecture said…"),
        ),
        (
            tr.pgettext("scale", "unnamed, with a specific link to the subject"),
            tr.pgettext("scale example", "a colleague of the minister"),
        ),
        (
            tr.pgettext("scale", "unnamed, described by a job, a field or a place"),
            tr.pgettext("scale example", "a Paris lawyer"),
        ),
        (
            tr.pgettext("scale", "only a vague closeness, or “a source”"),
            tr.pgettext("scale example", "a source close to the case"),
        ),
        (tr.pgettext("scale", "an uncounted group"), tr.pgettext("scale example", "some observers")),
        (tr.pgettext("scale", "the article does not say who speaks"), ""),
    )
    return tuple(
        ScaleStep(level, names[level], definition, example)
        for level, (definition, example) in enumerate(rows)
    )
