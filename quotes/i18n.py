"""Messages in the reader's language, from the gettext catalogs in ``quotes/locale``.

The messages are written in English in the code and the templates (the catalogs'
``msgid``); ``locale/fr`` and ``locale/en`` translate every one of them. Placeholders are
named, ``%(source)s``, and filled by :class:`Language`; a literal percent sign is
written ``%%``. Numbers, percentages and dates are formatted by Babel with the rules of
the reader's locale, rounding halves up as a reader expects (11,25 → « 11,3 »).

The ``.mo`` files are compiled from the ``.po`` files at install (``make install``, or
the package's build step); nothing here falls back to English silently when they are
missing, since the analysis JSON takes its check messages from the French catalog.
"""

from __future__ import annotations

import datetime
import decimal
import functools
import gettext
import os
from pathlib import Path

from .errors import QuotesError

LANGUAGES = ("fr", "en")
DOMAIN = "messages"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

Value = str | int | float


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs where it is defined; it is translated where it is shown."""
    return message


def NP_(context: str, message: str) -> tuple[str, str]:
    """Mark a message with its context (``pgettext``) where it is defined."""
    return context, message


class _Untranslated(gettext.NullTranslations):
    """Where a message missing from a catalog ends up when ``QUOTES_STRICT_MESSAGES=1`` (the tests)."""

    def gettext(self, message: str) -> str:
        raise KeyError(f"not in the catalogs (run `make messages`, then translate it): {message!r}")

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular)

    def pgettext(self, context: str, message: str) -> str:
        return self.gettext(f"{context}|{message}")

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return self.gettext(f"{context}|{singular}")


class CatalogsMissing(QuotesError):
    """The compiled translations (``.mo``) are not there: the package was not built or installed."""


class Language:
    """The catalog of one language, and Babel's number and date formats for its locale."""

    def __init__(self, code: str, catalog: gettext.NullTranslations) -> None:
        self.code = code
        self.catalog = catalog

    def gettext(self, message: str, /, **values: Value) -> str:
        """``message`` in this language, its ``%(name)s`` placeholders filled from ``values``."""
        return self.catalog.gettext(message) % values

    def pgettext(self, context: str, message: str, /, **values: Value) -> str:
        """Like :meth:`gettext`, for a message whose translation depends on where it is used."""
        return self.catalog.pgettext(context, message) % values

    def ngettext(self, singular: str, plural: str, n: int, /, **values: Value) -> str:
        """The form for ``n`` (« 1 proche », « 2 proches »); ``%(n)s`` is ``n`` formatted for the locale."""
        # Below a thousand no locale here groups digits: skip Babel (and loading its locale data).
        values.setdefault("n", str(n) if -1000 < n < 1000 else self.decimal(n))
        return self.catalog.ngettext(singular, plural, n) % values

    def decimal(self, value: float, *, places: int = 0) -> str:
        """``value`` with at most ``places`` decimals: « 4,5 » and « 1 234 » in French, "4.5" in English."""
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "#" * places if places else "")
        with decimal.localcontext(rounding=decimal.ROUND_HALF_UP):
            return str(format_decimal(value, format=pattern, locale=self.code))

    def percent(self, share: float) -> str:
        """``0.294`` → « 29 % » in French, "29%" in English."""
        from babel.numbers import format_percent

        with decimal.localcontext(rounding=decimal.ROUND_HALF_UP):
            return str(format_percent(share, locale=self.code))

    def date(self, day: datetime.date) -> str:
        """« 4 mars 2025 », "March 4, 2025"."""
        from babel.dates import format_date

        return str(format_date(day, format="long", locale=self.code))

    def moment(self, when: datetime.datetime) -> str:
        """A date and an hour: « 4 mars 2025 à 17:45 », "March 4, 2025 at 5:45 PM"."""
        from babel.dates import format_time

        time = str(format_time(when, format="short", locale=self.code))
        return self.pgettext("date and time", "%(date)s at %(time)s", date=self.date(when), time=time)


@functools.cache
def language(code: str) -> Language:
    """The language ``code`` (``fr`` or ``en``), its catalog loaded once."""
    if code not in LANGUAGES:
        raise QuotesError(f"no translation for {code!r}: the languages are {', '.join(LANGUAGES)}")
    mo = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with mo.open("rb") as stream:
            catalog = gettext.GNUTranslations(stream)
    except FileNotFoundError:
        raise CatalogsMissing(
            f"{mo} is missing: the translations are compiled at install "
            "(run `make install`, or `pybabel compile -d quotes/locale`)"
        ) from None
    if os.environ.get("QUOTES_STRICT_MESSAGES") == "1":
        catalog.add_fallback(_Untranslated())
    return Language(code, catalog)
