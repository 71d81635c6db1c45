"""The translations: every message the code and the templates show is in French and in English.

The messages are taken from the sources the way ``make messages`` takes them (``pybabel
extract`` with ``babel.cfg``), so a message added without its translations fails here,
naming it. Then: plurals and numbers as a French or an English reader expects them.
"""

from __future__ import annotations

import datetime
import gettext
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from conftest import ROOT

from quotes.exercise.grading import Mark, StudentGrade
from quotes.exercise.pages import score_text, verdict_counts
from quotes.i18n import LANGUAGES, LOCALE_DIR, language

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _catalog(lang: str) -> Catalog:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as stream:
        return read_po(stream, locale=lang)


def _extracted() -> dict[tuple[str | None, str], int]:
    """Every message in the code and the templates, as ``(context, msgid)``, with its line."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as stream:
        method_map, options_map = parse_mapping_cfg(stream)
    found: dict[tuple[str | None, str], int] = {}
    for _file, line, message, _comments, context in extract_from_dir(ROOT, method_map, options_map):
        msgid = message if isinstance(message, str) else message[0]
        found[(context, msgid)] = line
    return found


def _translations(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


@pytest.fixture(scope="module")
def extracted() -> dict[tuple[str | None, str], int]:
    return _extracted()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_has_a_translation(lang: str, extracted: dict[tuple[str | None, str], int]) -> None:
    catalog = _catalog(lang)
    missing = []
    for context, msgid in extracted:
        message = catalog.get(msgid, context=context)
        if message is None or not all(_translations(message)) or message.fuzzy:
            missing.append(f"{context + ' | ' if context else ''}{msgid}")
    assert not missing, (
        f"not translated in {lang} (run `make messages`, translate them in "
        f"quotes/locale/{lang}/LC_MESSAGES/messages.po, remove any « fuzzy » flag): {missing}"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_catalog_keeps_messages_the_code_no_longer_uses(
    lang: str, extracted: dict[tuple[str | None, str], int]
) -> None:
    catalog = _catalog(lang)
    unused = [
        m.id
        for m in catalog
        if m.id and (m.context, m.id if isinstance(m.id, str) else m.id[0]) not in extracted
    ]
    assert not unused, f"in {lang} but used nowhere (run `make messages`): {unused}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders_of_their_message(lang: str) -> None:
    """« %(source)s » left out of a translation would show a blank, a new one would raise."""
    wrong = []
    for message in _catalog(lang):
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        wanted = set().union(*(PLACEHOLDER.findall(i) for i in ids))
        for translation in _translations(message):
            if set(PLACEHOLDER.findall(translation)) - wanted or not (wanted - {"n"}) <= set(
                PLACEHOLDER.findall(translation)
            ):
                wrong.append((message.id, translation))
        wrong += [(message.id, str(error)) for error in message.check(_catalog(lang))]
    assert not wrong, wrong


def test_french_plural_rule_is_the_singular_below_two() -> None:
    assert _catalog("fr").plural_expr.replace(" ", "") in ("(n>1)", "n>1")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogs_match_their_po_files(lang: str) -> None:
    """The ``.mo`` files are built at install; a ``.po`` edited since needs ``make catalogs``."""
    mo = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.mo"
    with mo.open("rb") as stream:
        compiled = read_mo(stream)
    for message in _catalog(lang):
        if not message.id:
            continue
        found = compiled.get(message.id, context=message.context)
        assert found is not None and _translations(found) == _translations(message), (
            f"{mo} is older than its .po for {message.id!r}: run `make catalogs`"
        )


def test_no_catalog_call_inside_an_f_string() -> None:
    """``pybabel extract`` does not look inside f-strings: a message there would never be translated."""
    offenders = []
    for path in sorted((ROOT / "quotes").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"""\bf(["']).*?gettext\(""", line):
                offenders.append(f"{path.relative_to(ROOT)}:{n}")
    assert not offenders


def test_missing_compiled_catalogs_say_how_to_build_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never English pages, nor an English JSON, in silence: the install compiles the catalogs."""
    import quotes.i18n

    monkeypatch.setattr(quotes.i18n, "LOCALE_DIR", tmp_path)
    language.cache_clear()
    try:
        with pytest.raises(quotes.i18n.CatalogsMissing, match="make install"):
            language("fr")
    finally:
        language.cache_clear()


def test_a_message_outside_the_catalogs_fails_the_tests() -> None:
    with pytest.raises(KeyError, match="not in the catalogs"):
        language("fr").gettext("a message nobody translated")


# --- plurals and numbers, as a reader expects them ---------------------------------------------


def _grade(points: list[float], max_points: list[float], verdicts: list[str]) -> StudentGrade:
    marks = tuple(
        Mark(n, verdict, p, m, "", None)
        for n, (p, m, verdict) in enumerate(zip(points, max_points, verdicts, strict=True), start=1)
    )
    return StudentGrade("Léa", Path("lea.csv"), marks)


def test_counts_take_the_plural_of_their_number() -> None:
    grade = _grade([3, 1.5, 0, 0], [3, 3, 3, 3], ["right", "close", "wrong", "wrong"])
    assert verdict_counts(grade, language("fr")) == "1 juste, 1 proche, 2 faux"
    assert verdict_counts(grade, language("en")) == "1 right, 1 close, 2 wrong"
    none = _grade([3, 3], [3, 3], ["right", "right"])
    assert verdict_counts(none, language("fr")) == "2 justes, 0 proche, 0 faux"  # French: singular below two
    fr, en = language("fr"), language("en")
    assert fr.ngettext("%(n)s source", "%(n)s sources", 1) == "1 source"
    assert en.ngettext("%(n)s source", "%(n)s sources", 0) == "0 sources"


def test_a_grade_is_rounded_half_up_in_the_readers_notation() -> None:
    # 9 points out of 16 is 11.25/20: « 11,3 », not « 11,2 » (float rounding) nor « 11.3 ».
    grade = _grade([3, 3, 3, 0], [4, 4, 4, 4], ["right", "right", "right", "wrong"])
    assert score_text(grade, language("fr")) == "9 / 16 points, 11,3/20"
    assert score_text(grade, language("en")) == "9 / 16 points, 56.3%"
    halves = _grade([2.5, 2], [3, 3], ["close", "close"])
    assert score_text(halves, language("fr")) == "4,5 / 6 points, 15/20"


def test_numbers_percentages_and_dates_follow_the_locale() -> None:
    fr, en = language("fr"), language("en")
    assert fr.percent(0.125) == "13\u00a0%" and en.percent(0.125) == "13%"
    assert fr.decimal(1234) == "1\u202f234" and en.decimal(1234) == "1,234"
    assert fr.date(datetime.date(2025, 3, 4)) == "4 mars 2025"
    assert en.date(datetime.date(2025, 3, 4)) == "March 4, 2025"
    assert fr.moment(datetime.datetime(2025, 3, 4, 17, 45)) == "4 mars 2025 à 17:45"


def test_the_compiled_catalog_is_what_the_pages_use() -> None:
    assert isinstance(language("fr").catalog, gettext.GNUTranslations)
    assert language("fr").gettext("Sources") == "Sources"
    assert language("fr").pgettext("level", "relational") == "relationnelle"
