"""Reading an article: encodings, line ends, HTML and Markdown, the title, the size limit, the language.

The one rule behind the encoding and line-end cases: offsets in the analysis index the text
as read, and the scorer (``../shared/eval/score.py``) reads a UTF-8 article with Python's
universal newlines. So for a UTF-8 file the text ``read_article`` gives must be exactly what
``open(path, encoding="utf-8", newline=None).read()`` gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED

from quotes.errors import ArticleTooLarge, NotFrench, QuotesError, UnreadableArticle
from quotes.intake import read_article
from quotes.marks import find_quote_marks

ARTICLE = (
    "Le ministre défend sa réforme\n"
    "\n"
    "Le ministre de l’Économie a défendu mardi sa réforme devant les députés. « Nous ne céderons pas », "
    "a-t-il déclaré à la tribune de l’Assemblée nationale.\n"
    "Selon un conseiller qui a requis l’anonymat, le gouvernement est prêt à engager sa responsabilité.\n"
    "L’opposition a dénoncé « un passage en force » et promis une motion de censure.\n"
)
BODY = ARTICLE.split("\n", 2)[2]
MB = 1024 * 1024


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def read_like_the_scorer(path: Path) -> str:
    """The article as ``score.py`` reads it: UTF-8, universal newlines."""
    with open(path, encoding="utf-8", newline=None) as f:
        return f.read()


# --- Encodings and line ends ---------------------------------------------------------------


def test_utf8(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "a.txt", ARTICLE.encode("utf-8")))
    assert article.text == ARTICLE
    assert article.encoding == "utf-8"
    assert article.name == "a.txt" and article.source_format == "text"


@pytest.mark.parametrize(
    ("newline", "bom"),
    [("\n", b""), ("\r\n", b""), ("\r", b""), ("\n", b"\xef\xbb\xbf"), ("\r\n", b"\xef\xbb\xbf")],
    ids=["LF", "CRLF", "CR", "BOM+LF", "BOM+CRLF"],
)
def test_utf8_text_is_what_the_scorer_reads(tmp_path: Path, newline: str, bom: bytes) -> None:
    path = write(tmp_path, "a.txt", bom + ARTICLE.replace("\n", newline).encode("utf-8"))
    article = read_article(path)
    assert article.text == read_like_the_scorer(path)
    assert "\r" not in article.text
    # And so every quote found in it has the scorer's offsets.
    scorer_text = read_like_the_scorer(path)
    spans = find_quote_marks(article.text).spans
    assert [span.content.text_in(scorer_text) for span in spans] == [
        "Nous ne céderons pas",
        "un passage en force",
    ]


def test_utf8_bom_is_kept_as_an_invisible_first_character_and_not_in_the_title(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")))
    assert article.text == "\ufeff" + ARTICLE
    assert article.title == "Le ministre défend sa réforme"


def test_the_client_article_with_bom_and_crlf_reads_as_the_scorer_reads_it(tmp_path: Path) -> None:
    raw = SEED.read_bytes()
    path = write(tmp_path, SEED.name, b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n"))
    article = read_article(path)
    assert article.text == read_like_the_scorer(path)
    assert len(find_quote_marks(article.text).spans) == 18


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    article = read_article(write(tmp_path, "a.txt", bom + ARTICLE.replace("\n", "\r\n").encode(codec)))
    assert article.text == ARTICLE
    assert article.encoding == "utf-16"


def test_a_utf16_bom_before_bytes_that_are_not_utf16_is_refused_with_the_file_name(tmp_path: Path) -> None:
    with pytest.raises(UnreadableArticle, match=r"^a\.txt: .*utf-16"):
        read_article(write(tmp_path, "a.txt", b"\xff\xfe\x41"))


def test_windows_1252(tmp_path: Path) -> None:
    text = "Titre de l’article\n\nL’homme a dit “bonjour” à sa sœur. " + BODY
    raw = text.encode("cp1252")
    assert all(byte in raw for byte in (b"\x92", b"\x93", b"\x94", b"\x9c"))  # ’ “ ” œ
    article = read_article(write(tmp_path, "a.txt", raw))
    assert article.text == text
    assert article.encoding == "cp1252"
    quoted = [s.content.text_in(article.text) for s in find_quote_marks(article.text).spans]
    assert quoted == ["bonjour", "Nous ne céderons pas", "un passage en force"]


def test_latin_1(tmp_path: Path) -> None:
    text = "À l'Assemblée, le député a déclaré : « Être élu, c'est déjà ça. » " + BODY.replace("’", "'")
    raw = text.encode("latin-1")
    assert not any(0x80 <= byte <= 0x9F for byte in raw)
    article = read_article(write(tmp_path, "a.txt", raw))
    assert article.text == text
    assert article.encoding in {"cp1252", "latin_1", "iso8859_15"}  # one text in each


def test_unicode_line_separators_become_newlines_without_moving_offsets(tmp_path: Path) -> None:
    text = ARTICLE.replace("\n", "\u2028", 1)
    article = read_article(write(tmp_path, "a.txt", text.encode("utf-8")))
    assert article.text == ARTICLE
    assert len(article.text) == len(text)


# --- HTML ----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="{charset}">
<title>Le ministre défend sa réforme – Le Journal</title>
<meta name="author" content="Marie Dupont">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
<meta property="og:site_name" content="Le Journal">
</head>
<body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
<li><a href="/abonnement">Abonnez-vous à nos offres</a></li></ul></nav>
<header><h1>Le ministre défend sa réforme</h1></header>
<article>
<p>Le ministre de l’Économie a défendu mardi sa réforme devant les députés. « Nous ne céderons pas »,
a-t-il déclaré à la tribune de l’Assemblée nationale.</p>
<p>Selon un conseiller qui a requis l’anonymat, le gouvernement est prêt à engager sa responsabilité
si les discussions échouent dans les prochains jours.</p>
<p>L’opposition a dénoncé « un passage en force » et promis de déposer une motion de censure avant la
fin de la semaine prochaine.</p>
</article>
<footer><p>© 2024 Le Journal – Mentions légales – Politique de confidentialité</p></footer>
</body></html>
"""


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "page.html", PAGE.format(charset="utf-8").encode("utf-8")))
    assert article.source_format == "html"
    assert article.title == "Le ministre défend sa réforme"
    assert article.text.startswith("Le ministre défend sa réforme\n\n")  # the headline is read too
    assert article.author == "Marie Dupont"
    assert article.date == "2024-03-05"
    assert article.outlet == "Le Journal"
    assert "« Nous ne céderons pas »" in article.text
    assert "motion de censure" in article.text
    for boilerplate in ("Accueil", "Abonnez-vous", "Mentions légales", "<p>", "©"):
        assert boilerplate not in article.text
    quoted = [s.content.text_in(article.text) for s in find_quote_marks(article.text).spans]
    assert quoted == ["Nous ne céderons pas", "un passage en force"]


def test_html_page_in_windows_1252(tmp_path: Path) -> None:
    page = PAGE.format(charset="windows-1252")
    article = read_article(write(tmp_path, "page.htm", page.encode("cp1252")))
    assert "Le ministre de l’Économie a défendu" in article.text


def test_html_page_is_recognized_without_an_html_suffix(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "page", PAGE.format(charset="utf-8").encode("utf-8")))
    assert article.source_format == "html"
    assert "<nav>" not in article.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Accueil</a> <a href='/p'>Politique</a></nav>"
        "<footer>© 2024 Le Journal – Mentions légales</footer></body></html>",
        "<html><body><nav><a href='/'>Accueil</a> <a href='/p'>Politique</a></nav></body></html>",
        "<p>",
    ],
    ids=["empty body", "menu and footer only", "menu only", "a lone tag"],
)
def test_html_page_without_an_article_is_refused(tmp_path: Path, page: str) -> None:
    with pytest.raises(UnreadableArticle, match=r"^page\.html: no article text found in this HTML page$"):
        read_article(write(tmp_path, "page.html", page.encode("utf-8")))


# --- Markdown ------------------------------------------------------------------------------


def test_markdown_keeps_its_text_and_takes_the_heading_as_title(tmp_path: Path) -> None:
    text = "# Le ministre défend sa réforme\n\n" + BODY
    article = read_article(write(tmp_path, "a.md", text.encode("utf-8")))
    assert article.text == text
    assert article.title == "Le ministre défend sa réforme"


def test_markdown_front_matter_is_blanked_in_place_and_gives_the_title(tmp_path: Path) -> None:
    front = '---\ntitle: "La réforme des retraites"\nauthor: M. D.\n---\n'
    path = write(tmp_path, "a.md", (front + BODY).encode("utf-8"))
    article = read_article(path)
    assert len(article.text) == len(read_like_the_scorer(path))
    assert article.text.endswith(BODY)
    assert article.text[: len(front)].strip() == ""
    assert article.title == "La réforme des retraites"


# --- The title -----------------------------------------------------------------------------

TITLES = {
    "a headline": ("Le ministre défend sa réforme\n\n" + BODY, "Le ministre défend sa réforme"),
    "a question": (
        "Pourquoi DeepSeek inquiète-t-il la Silicon Valley ?\n" + BODY,
        "Pourquoi DeepSeek inquiète-t-il la Silicon Valley ?",
    ),
    "a headline after blank lines": (
        "\n\n  Réforme : le ministre tient bon\n" + BODY,
        "Réforme : le ministre tient bon",
    ),
    "a sentence ending with a period": ("Le ministre a parlé hier devant les députés.\n" + BODY, None),
    "a sentence going on after a colon": ("Le ministre l’a répété aux députés :\n" + BODY, None),
    "a first line too long for a headline": (" ".join(["mot"] * 30) + "\n" + BODY, None),
    "a one-line article": (BODY.split("\n")[0], None),
}


@pytest.mark.parametrize(("text", "title"), TITLES.values(), ids=TITLES.keys())
def test_title_is_the_first_line_when_it_reads_as_a_headline(
    tmp_path: Path, text: str, title: str | None
) -> None:
    article = read_article(write(tmp_path, "a.txt", text.encode("utf-8")))
    assert article.title == title
    assert article.text == text  # the title line stays in the text: offsets do not move


# --- The size limit ------------------------------------------------------------------------


def french_of_size(size: int) -> bytes:
    raw = BODY.encode("utf-8")
    return (raw * (size // len(raw) + 1))[:size].rsplit(b" ", 1)[0].ljust(size, b" ")


def test_a_file_just_over_five_megabytes_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", french_of_size(5 * MB + 1))
    with pytest.raises(ArticleTooLarge) as refused:
        read_article(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: ")
    assert "5,242,881 bytes is over the 5,242,880-byte limit" in message  # not "5.0 MB is over the 5.0 MB"
    assert "--max-mb or QUOTES_MAX_MB" in message


def test_a_five_megabyte_file_is_read(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "big.txt", french_of_size(5 * MB)))
    assert len(article.text.encode("utf-8")) == 5 * MB


def test_a_six_megabyte_file_is_refused_in_megabytes(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", french_of_size(6 * MB))
    with pytest.raises(ArticleTooLarge, match=r"6\.0 MB is over the 5\.0 MB limit"):
        read_article(path)


def test_max_bytes_sets_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", french_of_size(2000))
    with pytest.raises(ArticleTooLarge):
        read_article(path, max_bytes=1000)
    assert read_article(path, max_bytes=2000).text


def test_quotes_max_mb_sets_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "a.txt", french_of_size(6 * MB))
    monkeypatch.setenv("QUOTES_MAX_MB", "10")
    assert read_article(path).text
    monkeypatch.setenv("QUOTES_MAX_MB", "0.5")
    with pytest.raises(ArticleTooLarge, match=r"over the 0\.5 MB limit"):
        read_article(path)
    # An explicit limit (the command line's --max-mb) wins over the environment.
    assert read_article(path, max_bytes=7 * MB).text


@pytest.mark.parametrize("value", ["abc", "0", "-3", "5MB"])
def test_a_quotes_max_mb_that_is_not_a_size_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    path = write(tmp_path, "a.txt", ARTICLE.encode("utf-8"))
    monkeypatch.setenv("QUOTES_MAX_MB", value)
    with pytest.raises(QuotesError, match=rf"^QUOTES_MAX_MB={value} is not a size in megabytes"):
        read_article(path)


# --- Is it French? -------------------------------------------------------------------------

FOREIGN = {
    "English": "The minister said that the reform was necessary for the country and that it would be "
    "passed by the end of the year, according to sources close to the government.",
    "Spanish": "El ministro dijo que la reforma era necesaria para el país y que se aprobaría antes del "
    "fin del año, según fuentes cercanas al gobierno.",
    "German": "Der Minister sagte, dass die Reform für das Land notwendig sei und dass sie bis zum Ende "
    "des Jahres verabschiedet werde, so regierungsnahe Quellen.",
    "Italian": "Il ministro ha detto che la riforma è necessaria per il paese e che sarà approvata entro "
    "la fine dell'anno, secondo fonti vicine al governo.",
    "Portuguese": "O ministro disse que a reforma é necessária para o país e que será aprovada até o fim "
    "do ano, segundo fontes próximas do governo.",
}


@pytest.mark.parametrize(("language", "text"), FOREIGN.items(), ids=FOREIGN.keys())
def test_text_in_another_language_is_refused_naming_the_language(
    tmp_path: Path, language: str, text: str
) -> None:
    with pytest.raises(NotFrench, match=rf"^a\.txt: this reads as {language}, not French"):
        read_article(write(tmp_path, "a.txt", text.encode("utf-8")))


def test_an_english_html_page_is_refused(tmp_path: Path) -> None:
    page = f"<html><head><title>Reform</title></head><body><article><p>{FOREIGN['English']}</p></article>"
    with pytest.raises(NotFrench, match="English"):
        read_article(write(tmp_path, "a.html", page.encode("utf-8")))


FRENCH = {
    "a short French text": "Bonjour à tous.",
    "French with a few English words": "Le PDG a présenté le nouveau smartphone lors de la keynote, "
    "un « game changer » selon lui, devant une salle pleine de start-up et de business angels.",
    "French quoting a sentence in English": "Le directeur a conclu en anglais : « This is the best product "
    "we have ever made, and it is the future », avant de revenir au français pour parler du prix et "
    "de la date de sortie de l’appareil dans les magasins de la région.",
    "French full of names": "Emmanuel Macron, Olaf Scholz, Joe Biden et Xi Jinping se sont retrouvés à Rome "
    "pour le sommet, selon l’Élysée.",
}


@pytest.mark.parametrize("text", FRENCH.values(), ids=FRENCH.keys())
def test_french_is_accepted(tmp_path: Path, text: str) -> None:
    assert read_article(write(tmp_path, "a.txt", text.encode("utf-8"))).text == text


def test_the_client_article_is_read_unchanged() -> None:
    article = read_article(SEED)
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.title is None  # its first line is a sentence
