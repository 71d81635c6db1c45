"""The HTML report: what each page shows, that article text stays text, and that writes are atomic.

Small articles written for these tests are parsed by spaCy (``analyze_text``), so
the view models and pages are those of a real run; the browser tests open them
in Chromium (tests/test_browser.py).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from quotes import report
from quotes.checks import BAND_OF
from quotes.export import to_json
from quotes.paragraphs import split_paragraphs

CONSEIL = """Le conseil municipal vote le budget & les écoles

La maire de Lyon, Claire Martin, a déclaré : « Nous tiendrons nos promesses. » Selon Claire Martin, \
les travaux commenceront en mars.
« Le budget est déjà dépassé », a affirmé un fonctionnaire de la mairie.
Les habitants parlent d'une « ville dortoir ».
Il a été demandé aux élus de « respecter le calendrier ».
La préfecture n'a pas répondu à nos questions.
"""

# A quotation over two paragraphs, a closing mark that closes nothing, a quotation never closed.
MINISTERE = """Un long entretien au ministère

Le ministre de l'Économie, Paul Durand, a déclaré : « Nous avons tout essayé pour sauver l'usine.
« Mais les repreneurs ne sont pas venus. Nous continuerons à chercher », a-t-il conclu.
Un syndicaliste a dénoncé « une trahison » et une « fermeture programmée ».
Les salariés ont ajouté » que rien n'était fait.
Un élu local a lancé : « Il faut agir vite
Le préfet n'a pas commenté.
"""

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
TEMPLATE = "{{ 7*7 }}"
HOSTILE = f"""Un titre {SCRIPT} piégé {TEMPLATE}

Le maire de Lyon, Jean Dupont, a déclaré : « Nous ne céderons pas {SCRIPT} ».
« Le budget {IMG} sera voté demain », a affirmé un conseiller municipal.
Selon le rapport de la mairie, la ville compte {TEMPLATE} écoles et {TEMPLATE} crèches : \
voir https://example.org/rapport pour le détail.
"""


class Page(HTMLParser):
    """A generated page taken apart: its elements, its visible text, its headings."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.headings: list[int] = []
        self.text_parts: list[str] = []
        self.raw_text: dict[str, list[str]] = {"script": [], "style": []}
        self._in: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag in ("script", "style"):
            self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and tag == self._in[-1]:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw_text[self._in[-1]].append(data)
        else:
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def all(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]


@pytest.fixture(scope="module")
def conseil(analyze_text):  # type: ignore[no-untyped-def]
    return analyze_text(CONSEIL, "conseil.txt")


@pytest.fixture(scope="module")
def ministere(analyze_text):  # type: ignore[no-untyped-def]
    return analyze_text(MINISTERE, "ministere.txt")


@pytest.fixture(scope="module")
def hostile(analyze_text):  # type: ignore[no-untyped-def]
    """The hostile article, with hostile metadata and a hostile source name as well."""
    analysis = analyze_text(HOSTILE, f"{SCRIPT}.txt")
    article = dataclasses.replace(
        analysis.article,
        title=f"Titre {SCRIPT} {IMG} {TEMPLATE}",
        author=f"{IMG} Dupont",
        outlet=f"{TEMPLATE} Hebdo",
        date=SCRIPT,
        url="javascript:alert(1)",
    )
    first = analysis.sources[0]
    sources = (dataclasses.replace(first, name=f"{first.name} {IMG}"), *analysis.sources[1:])
    return dataclasses.replace(analysis, article=article, sources=sources)


def article_links(page: Page) -> list[str]:
    """The links of a page to the articles' pages."""
    return [a["href"] for a in page.all("a") if a.get("href", "").endswith(".html")]


def html_of(analysis: Any, lang: str = "fr") -> str:
    return report.render_article(
        report.article_page(analysis, lang=lang, generated=datetime.datetime(2024, 1, 1))
    )


# --- article text stays text -----------------------------------------------------------------


def test_hostile_article_renders_as_inert_text(hostile):
    html = html_of(hostile)
    page = Page(html)
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html and not page.all("img")
    assert [a for _, a in page.elements if any(k.startswith("on") for k in a)] == []
    # The page's one script is ours; the article's never reaches a script element.
    assert "alert" not in "".join(page.raw_text["script"])
    assert len(page.all("script")) == 1
    # Jinja never evaluates article text: the braces are shown, the product is not.
    assert TEMPLATE in page.text
    assert "49" not in page.text
    assert SCRIPT in page.text and IMG in page.text
    # A javascript: address from the metadata is shown as text, never followed.
    assert "javascript:alert(1)" in page.text
    assert not [a for _, a in page.elements if a.get("href", "").lower().startswith("javascript:")]


def test_hostile_names_on_the_index_stay_text_and_links_stay_relative(hostile):
    href = report.page_href("javascript:alert(1)")
    assert href.startswith("./") and " " not in href
    # (a fixed time: the page's own clock would show « 49 » at 20:49)
    index = report.index_page(
        [(hostile, href)], [f"{IMG}: bad"], lang="fr", parser="x", generated=datetime.datetime(2024, 1, 1)
    )
    html = report.render_index(index)
    page = Page(html)
    assert "<img" not in html and SCRIPT not in html
    assert IMG in page.text and TEMPLATE in page.text and "49" not in page.text
    assert article_links(page) == [href]


def test_sources_csv_defuses_spreadsheet_formulas(conseil):
    evil = dataclasses.replace(conseil.sources[0], name='=HYPERLINK("http://x")')
    analysis = dataclasses.replace(conseil, sources=(evil, *conseil.sources[1:]))
    text = report.sources_csv([analysis], lang="en").removeprefix("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["name"] == '\'=HYPERLINK("http://x")'
    assert rows[1]["name"] == conseil.sources[1].name


def spreadsheet_rows(text: str) -> list[list[str]]:
    """The rows as a spreadsheet opens them: the separator Excel's « CSV » format uses, found by sniffing."""
    assert text.startswith("\ufeff")  # Excel reads UTF-8 only with its byte-order mark
    body = text.removeprefix("\ufeff")
    dialect = csv.Sniffer().sniff(body.splitlines()[0], delimiters=";,")
    return list(csv.reader(io.StringIO(body), dialect))


def test_a_french_sources_csv_opens_in_columns_with_decimal_commas(seed_analysis):
    text = report.sources_csv([seed_analysis], lang="fr")
    header, *rows = spreadsheet_rows(text)
    assert text.removeprefix("\ufeff").split("\r\n")[0].count(";") == len(header) - 1 == 14
    assert header[:8] == [
        "article",
        "titre",
        "source",
        "nom",
        "nature",
        "niveau",
        "nom du niveau",
        "catégorie",
    ]
    assert len(rows) == len(seed_analysis.sources) and all(len(r) == len(header) for r in rows)
    by_name = {r[3]: dict(zip(header, r, strict=True)) for r in rows}
    gupta = by_name["Ritwik Gupta"]
    assert (gupta["nature"], gupta["nom du niveau"], gupta["catégorie"]) == (
        "personne",
        "identifiée",
        "identifiées",
    )
    assert gupta["raisons"].startswith("nom complet : Ritwik Gupta ; ")  # the reasons in French
    shares = [r[10] for r in rows]
    assert all(re.fullmatch(r"\d+,\d", v) for v in shares), shares  # a decimal comma, no thousands space
    audit = to_json(seed_analysis)["audit"]
    attributed = 100 * (1 - audit["bands"]["unattributed"]["words"] / audit["words"])
    assert sum(float(v.replace(",", ".")) for v in shares) == pytest.approx(attributed, abs=1)


def test_an_english_sources_csv_uses_commas_and_english_values(seed_analysis):
    text = report.sources_csv([seed_analysis], lang="en")
    header, *rows = spreadsheet_rows(text)
    assert header[:8] == ["article", "title", "source", "name", "kind", "level", "level name", "band"]
    assert all(len(r) == len(header) for r in rows)
    by_name = {r[3]: dict(zip(header, r, strict=True)) for r in rows}
    assert by_name["Ritwik Gupta"]["reasons"].startswith("full name: Ritwik Gupta; ")
    assert all(re.fullmatch(r"\d+\.\d", r[10]) for r in rows)


def test_the_sources_csv_reads_the_same_from_the_analysis_json(seed_analysis):
    from_disk = json.loads(json.dumps(to_json(seed_analysis)))
    for lang in ("fr", "en"):
        assert report.sources_csv([from_disk], lang=lang) == report.sources_csv([seed_analysis], lang=lang)


# --- no network ------------------------------------------------------------------------------

RESOURCE_ATTRIBUTES = ("src", "href", "xlink:href", "action", "data", "poster", "srcset", "background")


def assert_loads_nothing(html: str) -> None:
    page = Page(html)
    for tag, attrs in page.elements:
        assert tag not in ("link", "img", "iframe", "object", "embed", "base", "audio", "video", "source")
        for name in RESOURCE_ATTRIBUTES:
            value = attrs.get(name, "")
            assert not re.match(r"\s*(https?:|//|javascript:)", value, re.I), (tag, name, value)
        if tag == "script":
            assert "src" not in attrs
    css = "".join(page.raw_text["style"])
    assert "@import" not in css
    assert re.findall(r"url\(([^)]*)\)", css) and all(
        u.startswith("#") for u in re.findall(r"url\(([^)]*)\)", css)
    )
    assert not re.search(r"https?:", css + "".join(page.raw_text["script"]))
    policy = page.all("meta", **{"http-equiv": "Content-Security-Policy"})
    assert len(policy) == 1 and "default-src 'none'" in policy[0]["content"]


def test_pages_load_no_resource_from_anywhere(hostile, conseil):
    article = dataclasses.replace(conseil.article, url="https://example.org/article")
    for html in (
        html_of(hostile),
        html_of(dataclasses.replace(conseil, article=article), "en"),
        report.render_index(report.index_page([(conseil, "./conseil.html")], [], parser="spacy")),
    ):
        assert_loads_nothing(html)
    # The address of the article is shown, as text.
    assert "https://example.org/article" in Page(html_of(dataclasses.replace(conseil, article=article))).text


def test_the_script_is_allowed_by_its_hash_and_nothing_else(conseil):
    import base64
    import hashlib

    page = Page(html_of(conseil))
    code = "".join(page.raw_text["script"])
    digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
    policy = page.all("meta", **{"http-equiv": "Content-Security-Policy"})[0]["content"]
    assert f"script-src 'sha256-{digest}'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


# --- the article page ----------------------------------------------------------------------


def rebuilt_text(pieces: tuple[report.Piece, ...]) -> str:
    return "".join(p.text for p in pieces if p.kind in ("text", "orphan"))


@pytest.mark.parametrize("which", ["conseil", "ministere", "hostile", "seed"])
def test_the_highlighted_paragraphs_keep_the_text_exactly(which, request):
    analysis = request.getfixturevalue("seed_analysis" if which == "seed" else which)
    page = report.article_page(analysis)
    text = analysis.article.text
    paragraphs = split_paragraphs(text)
    assert [rebuilt_text(p.pieces) for p in page.paragraphs] == [p.span.text_in(text) for p in paragraphs]
    for p in page.paragraphs:
        depth = 0
        for piece in p.pieces:
            depth += piece.kind in ("open", "scare_open", "mention_open")
            depth -= piece.kind in ("close", "scare_close", "mention_close")
            assert depth >= 0
        assert depth == 0


def quote_texts(page: report.ArticlePage) -> dict[int, str]:
    """The text inside each quotation's highlights, parts joined by a newline."""
    inside: dict[int, list[str]] = {}
    for p in page.paragraphs:
        open_: list[report.QuoteView] = []
        parts: dict[int, str] = {}
        for piece in p.pieces:
            if piece.kind == "open":
                assert piece.quote is not None
                open_.append(piece.quote)
                parts[piece.quote.number] = ""
            elif piece.kind == "close":
                done = open_.pop()
                inside.setdefault(done.number, []).append(parts.pop(done.number))
            elif piece.kind in ("text", "orphan"):
                for q in open_:
                    parts[q.number] += piece.text
    return {n: "\n".join(texts) for n, texts in inside.items()}


def words(text: str) -> str:
    """The text with its quote marks and line breaks taken out: what two renderings of a quote share."""
    return " ".join(re.sub(r"[«»“”\"]", " ", text).split())


@pytest.mark.parametrize("which", ["conseil", "ministere", "seed"])
def test_every_quotation_is_highlighted_numbered_and_labelled(which, request):
    analysis = request.getfixturevalue("seed_analysis" if which == "seed" else which)
    page = report.article_page(analysis)
    quotations = [q for q in analysis.quotes if q.kind != "scare"]
    assert [v.number for v in page.quotes] == list(range(1, len(quotations) + 1))
    inside = quote_texts(page)
    assert sorted(inside) == [v.number for v in page.quotes]
    by_id = {q.id: q for q in quotations}
    for view in page.quotes:
        quote = by_id[view.id]
        # The highlight holds the quotation (over several paragraphs, one part in each).
        assert words(quote.text) in words(inside[view.number])
        # Its tag says its number and its level in words, never by colour alone.
        assert view.tag.startswith(f"{view.number} · niveau {view.level}")
        assert view.band == BAND_OF[view.level]
        unattributed = analysis.quote_sources.get(view.id) is None
        assert (view.speaker is None) == unattributed
        assert ("à vérifier" in view.tag) == bool(view.verify)
        if unattributed:
            assert "citation non attribuée" in view.verify


def test_the_page_counts_what_the_json_counts(seed_analysis):
    html = html_of(seed_analysis)
    page = Page(html)
    data = to_json(seed_analysis)
    marks = page.all("mark")
    numbers = {m["data-quote"] for m in marks if "data-quote" in m}
    assert len(numbers) == sum(1 for q in data["quotes"] if q["kind"] != "scare")
    assert {m["data-id"] for m in marks if "data-id" in m} == {
        q["id"] for q in data["quotes"] if q["kind"] != "scare"
    }
    # The summary says what the audit says.
    audit = data["audit"]
    assert f"<strong>{audit['quotations']}</strong> citations entre guillemets" in html
    assert f"<strong>{audit['fully_identified']}</strong> sources entièrement identifiées" in html


def test_a_quotation_over_two_paragraphs_has_one_anchor_and_two_parts(ministere):
    page = report.article_page(ministere)
    long_quote = next(v for v in page.quotes if "repreneurs" in quote_texts(page)[v.number])
    opens = [
        piece
        for p in page.paragraphs
        for piece in p.pieces
        if piece.quote == long_quote and piece.kind == "open"
    ]
    assert len(opens) == 2
    assert [piece.first_part for piece in opens] == [True, False]
    assert len({piece.tip_id for piece in opens}) == 2


@pytest.mark.parametrize("which", ["conseil", "ministere", "hostile", "seed"])
def test_ids_are_unique_and_every_link_inside_the_page_lands(which, request):
    analysis = request.getfixturevalue("seed_analysis" if which == "seed" else which)
    page = Page(html_of(analysis))
    ids = [a["id"] for _, a in page.elements if "id" in a]
    assert len(ids) == len(set(ids))
    for _, attrs in page.elements:
        if attrs.get("href", "").startswith("#"):
            assert attrs["href"][1:] in ids
        if "aria-describedby" in attrs:
            assert attrs["aria-describedby"] in ids


def test_the_details_say_how_the_text_names_the_speaker_when_it_differs(ministere, conseil):
    durand = [v for v in report.article_page(ministere).quotes if v.speaker == "Paul Durand"]
    assert [v.mention for v in durand] == ["il"]
    # « La maire de Lyon, Claire Martin » holds the name: nothing to add.
    assert all(v.mention is None for v in report.article_page(conseil).quotes)


def test_unmatched_and_unclosed_marks_are_marked_to_check(ministere):
    page = report.article_page(ministere)
    orphans = [piece.orphan for p in page.paragraphs for piece in p.pieces if piece.kind == "orphan"]
    assert len(orphans) == 1 and orphans[0] is not None
    assert orphans[0].mark == "»" and orphans[0].tag == "à vérifier" and orphans[0].paragraph == 5
    assert orphans[0].problem == "guillemet fermant sans guillemet ouvrant"
    unclosed = [v for v in page.quotes if "guillemet jamais fermé" in v.verify]
    assert [quote_texts(page)[v.number] for v in unclosed] == ["« Il faut agir vite"]
    html = html_of(ministere)
    assert "Guillemets orphelins" in html
    assert html.count('class="orphan hl"') == 1


def test_sources_table_has_every_source_with_its_level_label(conseil):
    page = report.article_page(conseil)
    assert [s.name for s in page.sources] == [s.name for s in conseil.sources]
    martin = next(s for s in page.sources if s.name == "Claire Martin")
    assert martin.level_text == "0 — identifiée" and martin.band_label == "source identifiée"
    assert martin.quotes == 2 and martin.first_seen is not None and martin.first_seen.href == "#p-2"
    assert martin.reasons
    html = html_of(conseil)
    assert re.search('<th scope="row"[^>]*>Claire Martin', html)


def test_checks_are_grouped_with_where_they_fired_and_their_standard(conseil):
    page = report.article_page(conseil)
    assert sum(c.count for c in page.checks) == len(conseil.findings)
    for check in page.checks:
        assert check.standard_name and check.standard_name != check.standard
        for finding in check.findings:
            assert finding.where and all(w.href.startswith("#") for w in finding.where)
    unattributed = next(c for c in page.checks if c.check == "unattributed")
    assert unattributed.findings[0].where[0].text.startswith("citation ")


def test_summary_bars_add_up_and_have_a_text_equivalent(seed_analysis):
    page = report.article_page(seed_analysis)
    text = Page(report.render_article(page)).text
    for bar in (page.quote_bar, page.word_bar):
        widths = [float(s.width.rstrip("%")) for s in bar.segments]
        assert sum(widths) == pytest.approx(100, abs=0.05)

        for segment in bar.segments:
            assert f"{segment.label}\u00a0: {segment.count} ({segment.percent})" in text
    data = to_json(seed_analysis)["audit"]["bands"]
    assert [s.count for s in page.quote_bar.segments] == [
        data[b]["quotes"] for b in data if data[b]["quotes"]
    ]
    assert [s.count for s in page.word_bar.segments] == [data[b]["words"] for b in data if data[b]["words"]]


def test_an_article_with_no_quotation_still_renders(analyze_text):
    analysis = analyze_text("Le conseil municipal se réunit lundi à Lyon pour voter le budget de la ville.")
    html = html_of(analysis)
    assert "Aucune citation entre guillemets." in html and "Aucune source." in html


# --- language, accessibility -------------------------------------------------------------------


def test_french_by_default_english_on_request(conseil):
    french, english = Page(html_of(conseil)), Page(html_of(conseil, "en"))
    assert french.all("html")[0]["lang"] == "fr" and english.all("html")[0]["lang"] == "en"
    assert "Qui parle" in french.text and "Speaker" in english.text
    assert "Qui parle" not in english.text and "Vérifications" not in english.text
    assert "level 0" in english.text and "niveau 0" in french.text
    # The article itself stays French, and says so to screen readers.
    assert english.all("div", **{"class": "article", "lang": "fr"})


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_headings_in_order_tables_with_scopes_controls_with_labels(lang, seed_analysis, ministere):
    pages = [
        Page(html_of(seed_analysis, lang)),
        Page(html_of(ministere, lang)),
        Page(
            report.render_index(
                report.index_page([(seed_analysis, "./a.html")], ["x: failed"], lang=lang, parser="p")
            )
        ),
    ]
    for page in pages:
        assert page.headings[0] == 1 and page.headings.count(1) == 1
        for before, after in zip(page.headings, page.headings[1:], strict=False):
            assert after <= before + 1
        assert all(a.get("scope") in ("col", "row") for a in page.all("th"))
        labelled = {a.get("for") for a in page.all("label")}
        for tag in ("select", "input", "textarea"):
            for control in page.all(tag):
                assert control.get("id") in labelled or control.get("aria-label")


def parse_colours(css: str) -> dict[str, str]:
    root = re.search(r":root\s*\{([^}]*)\}", css)
    assert root is not None
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", root.group(1)))


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# (foreground, background): text needs 4.5:1 (WCAG AA), lines and shapes that carry meaning 3:1.
TEXT_PAIRS = [
    ("ink", "paper"),
    ("muted", "paper"),
    ("muted", "head"),
    ("ink", "head"),
    ("link", "paper"),
    ("link", "head"),
    ("ink", "identified-bg"),
    ("ink", "anonymous-bg"),
    ("ink", "unattributed-bg"),
    ("tag-ink", "identified"),
    ("tag-ink", "anonymous"),
    ("tag-ink", "unattributed"),
    ("unattributed", "paper"),
    ("unattributed", "tip-bg"),
    ("ink", "tip-bg"),
    ("ink", "alert-bg"),
]
SHAPE_PAIRS = [
    ("identified", "paper"),
    ("anonymous", "paper"),
    ("unattributed", "paper"),
    ("identified", "identified-bg"),
    ("anonymous", "anonymous-bg"),
    ("unattributed", "unattributed-bg"),
    ("focus", "paper"),
]
DECORATIVE = {"rule"}


def test_colour_pairs_meet_wcag_aa():
    colours = parse_colours((ROOT / "templates" / "_style.css").read_text(encoding="utf-8"))
    for fg, bg in TEXT_PAIRS:
        assert contrast(colours[fg], colours[bg]) >= 4.5, (
            fg,
            bg,
            round(contrast(colours[fg], colours[bg]), 2),
        )
    for fg, bg in SHAPE_PAIRS:
        assert contrast(colours[fg], colours[bg]) >= 3, (fg, bg)
    checked = {name for pair in TEXT_PAIRS + SHAPE_PAIRS for name in pair} | DECORATIVE
    assert set(colours) <= checked, f"colours whose contrast no test checks: {set(colours) - checked}"


def test_the_contrast_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


# --- writing the reports -----------------------------------------------------------------------

ARTICLES = {
    "conseil.txt": CONSEIL,
    "ministere.txt": MINISTERE,
    "hostile.txt": HOSTILE,
}


def write_articles(folder: Path, articles: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


def run_reports(paths: list[Path], out: Path, choice: Any, lang: str = "fr") -> int:
    return report.write_reports(paths, out, choice=choice, cache=None, lang=lang)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_write_reports_writes_pages_json_index_and_csv(tmp_path, spacy_choice, capsys):
    paths = write_articles(tmp_path / "in", ARTICLES)
    out = tmp_path / "out"
    assert run_reports(paths, out, spacy_choice) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        ["index.html", "sources.csv"] + [f"{p.stem}.{ext}" for p in paths for ext in ("html", "json")]
    )
    data = json.loads((out / "conseil.json").read_text(encoding="utf-8"))
    assert data["schema"] == "quotes/analysis@1" and data["article"]["name"] == "conseil.txt"
    err = capsys.readouterr().err.splitlines()
    assert len(err) == len(paths) + 1
    for line, path in zip(err, paths, strict=False):
        assert line.startswith(f"{path.name} → {out / (path.stem + '.html')} (")
    assert err[-1] == f"index: {out / 'index.html'}"
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    assert article_links(index) == [f"./{p.stem}.html" for p in paths]
    assert index.all("a", href="./sources.csv")
    text = (out / "sources.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert {r["article"] for r in rows} == set(ARTICLES)
    assert len(rows) == sum(len(json.loads((out / f"{p.stem}.json").read_text())["sources"]) for p in paths)
    assert (out / "sources.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_renderer_failing_mid_run_leaves_the_old_files_whole(tmp_path, spacy_choice, monkeypatch):
    paths = write_articles(tmp_path / "in", ARTICLES)
    out = tmp_path / "out"
    run_reports(paths, out, spacy_choice)
    before = snapshot(out)
    real = report.render_article
    calls = []

    def failing(page: report.ArticlePage) -> str:
        calls.append(page.name)
        if len(calls) == 2:
            raise RuntimeError("renderer failed")
        return real(page).replace("<h1>", "<h1>NEW ")

    monkeypatch.setattr(report.writing, "render_article", failing)
    with pytest.raises(RuntimeError, match="renderer failed"):
        run_reports(paths, out, spacy_choice)
    after = snapshot(out)
    assert sorted(after) == sorted(before), "no temporary file is left"
    assert b"<h1>NEW " in after["conseil.html"]  # finished before the failure: the new page, whole
    for name in ("ministere.html", "ministere.json", "hostile.html", "index.html", "sources.csv"):
        assert after[name] == before[name]


def test_an_interrupted_write_keeps_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "page.html"
    target.write_text("old page", encoding="utf-8")

    def interrupted(src: str, dst: str) -> None:
        assert Path(src).read_text(encoding="utf-8") == "new page"
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        report.write_atomically(target, "new page")
    assert target.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def test_temporary_files_a_killed_run_left_are_cleared(tmp_path, spacy_choice):
    paths = write_articles(tmp_path / "in", {"conseil.txt": CONSEIL})
    out = tmp_path / "out"
    out.mkdir()
    stale = [out / ".conseil.html.abc123.tmp", out / ".index.html.x_9.tmp"]
    for path in stale:
        path.write_text("half a page", encoding="utf-8")
    keep = out / ".notes.tmp"
    keep.write_text("someone else's", encoding="utf-8")
    run_reports(paths, out, spacy_choice)
    assert not any(path.exists() for path in stale)
    assert keep.exists()


def test_articles_never_overwrite_the_index_or_each_other(tmp_path, spacy_choice):
    first = write_articles(tmp_path / "a", {"index.txt": CONSEIL, "same.txt": CONSEIL})
    second = write_articles(tmp_path / "b", {"same.txt": MINISTERE})
    out = tmp_path / "out"
    run_reports(first + second, out, spacy_choice)
    assert (out / "index-2.html").exists() and (out / "same.html").exists() and (out / "same-2.html").exists()
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    assert index.headings[0] == 1 and article_links(index) == [
        "./index-2.html",
        "./same.html",
        "./same-2.html",
    ]
    assert "Paul Durand" in (out / "same-2.html").read_text(encoding="utf-8")


def test_a_file_that_cannot_be_read_is_skipped_and_listed(tmp_path, spacy_choice, capsys):
    paths = write_articles(tmp_path / "in", {"conseil.txt": CONSEIL, "vide.txt": ""})
    out = tmp_path / "out"
    assert run_reports(paths, out, spacy_choice) == 1
    assert not (out / "vide.html").exists()
    assert "skipped" in capsys.readouterr().err
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Articles non analysés" in index and "vide.txt" in index


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal", [True, False])
def test_progress_bar_only_on_a_terminal_with_many_articles(tmp_path, spacy_choice, monkeypatch, terminal):
    many = {f"article{i}.txt": CONSEIL for i in range(report.PROGRESS_FROM)}
    paths = write_articles(tmp_path / "in", many)
    stream = Terminal() if terminal else io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    run_reports(paths, tmp_path / "out", spacy_choice)
    output = stream.getvalue()
    assert ("\r[" in output) == terminal
    assert (f"] {report.PROGRESS_FROM}/{report.PROGRESS_FROM}" in output) == terminal
    # The lines themselves are there either way, one per article, and the index last.
    lines = [line.split("\r")[-1] for line in output.splitlines() if line.split("\r")[-1]]
    assert sum(1 for line in lines if " → " in line) == len(paths)
    assert lines[-1].startswith("index: ")


def test_no_progress_bar_for_a_few_articles_even_on_a_terminal(tmp_path, spacy_choice, monkeypatch):
    paths = write_articles(tmp_path / "in", {"conseil.txt": CONSEIL})
    stream = Terminal()
    monkeypatch.setattr("sys.stderr", stream)
    run_reports(paths, tmp_path / "out", spacy_choice)
    assert "\r" not in stream.getvalue()


def test_english_reports_from_the_command_line(tmp_path, spacy_choice):
    paths = write_articles(tmp_path / "in", {"conseil.txt": CONSEIL})
    run_reports(paths, tmp_path / "out", spacy_choice, lang="en")
    for name in ("conseil.html", "index.html"):
        page = Page((tmp_path / "out" / name).read_text(encoding="utf-8"))
        assert page.all("html")[0]["lang"] == "en"


def test_the_index_totals_add_up_the_rows(conseil, ministere):
    page = report.index_page([(conseil, "./a.html"), (ministere, "./b.html")], [], parser="p")
    assert page.total is not None
    for field in ("quotes", "indirect", "sources", "fully_identified", "checks"):
        assert getattr(page.total, field) == sum(getattr(row, field) for row in page.rows)
    anonymous = sum(to_json(a)["audit"]["bands"]["anonymous"]["quotes"] for a in (conseil, ministere))
    assert page.total.anonymous_value == round(anonymous / page.total.quotes, 4)
    assert report.index_page([], ["x: the file is empty"], parser="p").total is None


def test_the_text_listing_counts_in_good_french(analyze_text) -> None:  # type: ignore[no-untyped-def]
    from quotes.export import to_text

    one = to_text(analyze_text("« Nous ne fermerons pas l’école », a déclaré la maire, Claire Vasseur."))
    assert (
        "1 citation entre guillemets, 0 en discours indirect ; 0 de sources anonymes, 0 non attribuée." in one
    )
    two = to_text(
        analyze_text(
            "« Nous ne fermerons pas l’école », a déclaré un élu. « Les parents peuvent être rassurés », "
            "a ajouté un autre élu, sous couvert d’anonymat."
        )
    )
    assert "2 citations entre guillemets" in two and "2 de sources anonymes" in two


def test_templates_compiled_once_render_the_same_page_in_a_later_run(conseil, tmp_path, monkeypatch):
    from quotes import rendering

    monkeypatch.setenv("QUOTES_CACHE_DIR", str(tmp_path))
    for cached in (rendering.environment, rendering._compiled_templates):
        cached.cache_clear()
    try:
        first = html_of(conseil)
        compiled = list(tmp_path.glob("templates-*/*"))
        assert compiled, "the compiled templates are kept beside the parse cache"
        for cached in (rendering.environment, rendering._compiled_templates):
            cached.cache_clear()  # as in a new process
        assert html_of(conseil) == first
    finally:
        for cached in (rendering.environment, rendering._compiled_templates):
            cached.cache_clear()


def test_a_template_cache_that_cannot_be_written_is_no_error(conseil, tmp_path, monkeypatch):
    import jinja2.bccache

    from quotes import rendering

    def full_disk(*args: Any, **kwargs: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setenv("QUOTES_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(jinja2.bccache.tempfile, "NamedTemporaryFile", full_disk)
    for cached in (rendering.environment, rendering._compiled_templates):
        cached.cache_clear()
    try:
        assert "Claire Martin" in html_of(conseil)
        assert not list(tmp_path.glob("templates-*/*"))
    finally:
        for cached in (rendering.environment, rendering._compiled_templates):
            cached.cache_clear()


# --- the text cut into pieces ------------------------------------------------------------------


def _quote_view(number: int) -> report.QuoteView:
    fields = {f.name: "" for f in dataclasses.fields(report.QuoteView)}
    fields.update(id=f"q{number}", number=number, marked=True, level=0, reasons=(), verify=(), paragraph=1)
    return report.QuoteView(**fields)  # type: ignore[arg-type]


def _shape(pieces: tuple[report.Piece, ...], text: str) -> str:
    """The pieces as text with brackets: [ ] a quotation, { } a mention."""
    signs = {"open": "[", "close": "]", "mention_open": "{", "mention_close": "}"}
    return "".join(signs.get(p.kind, p.text) for p in pieces)


@pytest.mark.parametrize(
    ("quote", "mention", "shape"),
    [
        ((4, 9), (0, 3), "{abc}d[efghi]jkl"),  # apart
        ((4, 9), (5, 7), "abcd[e{fg}hi]jkl"),  # a mention inside a quotation
        ((4, 9), (2, 11), "ab{cd[efghi]jk}l"),  # a mention around a quotation
        ((4, 9), (2, 6), "abcd[efghi]jkl"),  # a mention across the quotation's start: left out
        ((4, 9), (6, 11), "abcd[efghi]jkl"),  # across its end: left out
        ((4, 9), (4, 9), "abcd[{efghi}]jkl"),  # the same characters: the quotation outside
    ],
)
def test_a_mention_never_cuts_a_quotation(quote, mention, shape):
    from quotes.model import Paragraph, Span
    from quotes.report.pieces import Highlight, paragraph_pieces

    text = "abcdefghijkl"
    highlights = [
        Highlight(Span(*mention), "mention", source=1),
        Highlight(Span(*quote), "quote", quote=_quote_view(1)),
    ]
    (pieces,) = paragraph_pieces(text, [Paragraph(0, Span(0, len(text)))], highlights)
    assert _shape(pieces, text) == shape


def test_a_quotation_over_three_paragraphs_has_a_part_in_each_and_no_other():
    from quotes.model import Paragraph, Span
    from quotes.report.pieces import Highlight, paragraph_pieces

    text = "ab\ncd\nef\ngh"
    paragraphs = [Paragraph(i, Span(3 * i, 3 * i + 2)) for i in range(4)]
    pieces = paragraph_pieces(text, paragraphs, [Highlight(Span(1, 7), "quote", quote=_quote_view(1))])
    assert [_shape(p, text) for p in pieces] == ["a[b]", "[cd]", "[e]f", "gh"]
    assert [p.first_part for para in pieces for p in para if p.kind == "open"] == [True, False, False]


# --- the article page for class and newsroom (issue 13) ----------------------------------------


def flagged(analysis: Any, flags: dict[str, tuple[str, ...]]) -> Any:
    """The analysis with flags added to some quotations, as the analysis sets them."""
    quotes = tuple(dataclasses.replace(q, flags=(*q.flags, *flags.get(q.id, ()))) for q in analysis.quotes)
    return dataclasses.replace(analysis, quotes=quotes)


def test_headline_quotations_are_shown_apart_and_guesses_to_check(conseil):
    first, third = conseil.quotes[0].id, next(q.id for q in conseil.quotes if "budget" in q.text)
    page = report.article_page(flagged(conseil, {first: ("headline",), third: ("inherited", "guess")}))
    headline, body = page.quote_groups
    assert headline.title == "Dans le titre" and [q.id for q in headline.quotes] == [first]
    assert body.title == "Dans le corps de l’article" and first not in [q.id for q in body.quotes]
    marked = {q.id: q for q in page.quotes}
    assert marked[first].tag.endswith("· titre") and "headline" in marked[first].css
    assert "à vérifier" in marked[third].tag
    assert "locuteur deviné d’après le contexte" in marked[third].verify
    labels = [f.label for f in page.figures]
    assert "dans le titre" in labels and "locuteur deviné d’après le contexte (à vérifier)" in labels
    assert "Qui parle dans 1 citation est deviné d’après le contexte : à vérifier." in page.verdict
    html = report.render_article(page)
    assert ">Dans le titre</th>" in html and 'scope="rowgroup"' in html
    # Without a quotation in the headline, one list and no group titles.
    plain = report.article_page(conseil)
    assert [g.title for g in plain.quote_groups] == [None]


def test_the_verdict_tops_the_page(seed_analysis):
    page = Page(html_of(seed_analysis))
    verdict = page.all("p", **{"class": "verdict"})
    assert verdict
    audit = to_json(seed_analysis)["audit"]
    anonymous = audit["bands"]["anonymous"]["quotes"]
    assert f"{anonymous} citations sur {audit['quotations']} viennent de " in page.text


def test_a_cue_cut_after_an_elision_shows_its_word():
    from quotes.model import Cue, Quote, Span
    from quotes.wording import cue_text

    text = "La fédération a mis l'accent sur « la sécurité »."
    start = text.index("a mis")
    quote = Quote("q1", Span(0, 1), "x", "partial", cue=Cue(Span(start, start + 8), "a mis l'", "mettre"))
    assert cue_text(quote, text) == "a mis l'accent"


def test_a_skip_link_and_labels_of_fourteen_pixels(seed_analysis):
    html = html_of(seed_analysis)
    page = Page(html)
    skip = page.all("a", **{"class": "skip"})
    assert skip and skip[0]["href"] == "#content" and page.all("main", id="content")
    css = "".join(page.raw_text["style"])
    sizes = [float(v) for v in re.findall(r"font(?:-size)?:\s*(?:bold\s+)?([\d.]+)rem", css)]
    assert sizes and min(sizes) >= 0.875  # 14 px


def test_each_page_links_back_to_the_index_and_to_its_neighbours(tmp_path, spacy_choice):
    articles = {"a.txt": CONSEIL, "b.txt": "", "c.txt": MINISTERE, "d.txt": CONSEIL}
    paths = write_articles(tmp_path / "in", articles)
    out = tmp_path / "out"
    assert run_reports(paths, out, spacy_choice) == 1  # b.txt is empty

    def links(name: str) -> dict[str, str]:
        page = Page((out / name).read_text(encoding="utf-8"))
        return {a["rel"]: a["href"] for a in page.all("a") if a.get("rel")}

    assert links("a.html") == {"index": "./index.html", "next": "./c.html"}  # b.txt failed: no page
    assert links("c.html") == {"index": "./index.html", "prev": "./a.html", "next": "./d.html"}
    assert links("d.html") == {"index": "./index.html", "prev": "./c.html"}
    assert "Suivant : Un long entretien au ministère" in (out / "a.html").read_text(encoding="utf-8")
