"""Reading an archive: folders, JSON Lines, CSV and WARC files, one item per article at a time.

No parse here: these tests read the archives that ``tests/archives.py`` writes and check
what each item and each article comes out as.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import replace

import pytest
from archives import french_article, html_page, write_archive, write_warc

from quotes.archive import ArchiveError, check_sources, count_archive, read_archive, to_article
from quotes.errors import ArticleError, ArticleTooLarge
from quotes.intake import read_article

MB = 1024 * 1024


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return write_archive(tmp_path_factory.mktemp("archive"))


def test_every_format_yields_its_articles_in_order_and_counts_them(archive):
    items = list(read_archive(archive.sources))
    assert [item.id for item in items] == [
        "tree/2024-01/article-0.txt",
        "tree/2024-01/article-2.txt",
        "tree/2024-02/article-1.txt",
        "jsonl-3",
        "jsonl-4",
        "jsonl-5",
        "jsonl-english",
        "rows.jsonl:5",
        "csv-6",
        "csv-7",
        "csv-8",
        "csv-empty",
        "https://courrier.example/9/budget.html",
        "https://courrier.example/10/budget.html",
        "https://courrier.example/11/budget.html",
        "https://courrier.example/",
    ]
    assert sorted(item.id for item in items) == sorted(archive.ids)
    assert count_archive(archive.sources) == len(items)
    # Where each came from, for the database's `source` column.
    assert items[3].location.endswith("rows.jsonl:1") and items[8].location.endswith("rows.csv:2")
    offsets = [item.location.rpartition("crawl.warc.gz@")[2] for item in items[12:]]
    assert all(offset.isdigit() for offset in offsets) and len(set(offsets)) == 4


def test_a_file_of_a_folder_reads_as_quotes_analyze_reads_it(archive):
    item = next(read_archive(archive.sources[:1]))
    assert to_article(item, max_bytes=5 * MB) == read_article(archive.references[item.id])


def test_a_rows_metadata_columns_fill_the_article(archive):
    items = {item.id: item for item in read_archive(archive.sources)}
    article = to_article(items["csv-6"], max_bytes=5 * MB)
    assert article.name == "csv-6"
    assert article.title == archive.metadata["csv-6"]["title"]  # the row's title, not the first line
    assert (article.date, article.author) == (
        archive.metadata["csv-6"]["date"],
        archive.metadata["csv-6"]["author"],
    )
    assert items["csv-6"].given("section") == archive.metadata["csv-6"]["section"]
    assert article.text == archive.references["csv-6"].read_text(encoding="utf-8")


def test_a_crawled_page_gets_trafilaturas_metadata_and_its_address(archive):
    items = {item.id: item for item in read_archive(archive.sources)}
    url = "https://courrier.example/10/budget.html"
    article = to_article(items[url], max_bytes=5 * MB)
    alone = read_article(archive.references[url])
    assert article.text == alone.text and article.source_format == "html"
    assert (article.title, article.author, article.date, article.outlet) == (
        alone.title,
        alone.author,
        alone.date,
        "Le Petit Courrier",
    )
    assert article.url == url and article.name == url


def test_what_is_not_an_article_fails_with_a_reason_naming_it(archive):
    items = {item.id: item for item in read_archive(archive.sources)}
    for item_id, reason in archive.failures.items():
        with pytest.raises(ArticleError) as failure:
            to_article(items[item_id], max_bytes=5 * MB)
        assert str(failure.value).startswith(reason)
        assert "\n" not in str(failure.value)


def test_an_html_column_is_read_as_a_page_whatever_the_id(tmp_path):
    rows = tmp_path / "pages.jsonl"
    rows.write_text(
        json.dumps({"id": "42", "html": html_page(4), "author": "La rédaction"}) + "\n", encoding="utf-8"
    )
    article = to_article(next(read_archive([rows])), max_bytes=5 * MB)
    assert article.source_format == "html" and article.name == "42"
    assert article.author == "La rédaction"  # the row wins over the page's <meta name="author">
    assert article.title == french_article(4)[0]


def test_ids_fall_back_to_the_address_then_the_line(tmp_path):
    rows = tmp_path / "a.jsonl.gz"
    text = french_article(1)[1]
    with gzip.open(rows, "wt", encoding="utf-8") as stream:
        stream.write(json.dumps({"url": "https://x.example/a", "text": text}) + "\n\n")
        stream.write(json.dumps({"text": text}) + "\n")
    assert [item.id for item in read_archive([rows])] == ["https://x.example/a", "a.jsonl.gz:3"]
    assert count_archive([rows]) == 2


def test_a_csv_file_may_use_commas_tabs_or_semicolons(tmp_path):
    text = french_article(2)[1]
    for delimiter in (",", "\t", ";"):
        table = tmp_path / f"t{ord(delimiter)}.csv"
        quoted = '"' + text.replace('"', '""') + '"'
        table.write_text(f"id{delimiter}text\nx{delimiter}{quoted}\n", encoding="utf-8")
        [item] = read_archive([table])
        assert item.id == "x" and item.content.decode("utf-8") == text


def test_the_content_hash_follows_the_content_and_the_metadata(archive):
    item = next(read_archive(archive.sources[1:2]))
    assert item.content_hash == next(read_archive(archive.sources[1:2])).content_hash
    assert replace(item, content=item.content + b" ").content_hash != item.content_hash
    assert replace(item, metadata=(("section", "Sport"),)).content_hash != item.content_hash


def test_an_article_over_the_size_limit_fails_alone(archive):
    item = next(read_archive(archive.sources[:1]))
    with pytest.raises(ArticleTooLarge, match=r"over the 0\.0 MB limit"):
        to_article(item, max_bytes=10)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.jsonl", None, "missing.jsonl: does not exist"),
        ("notes.docx", b"PK", "not an archive quotes can read"),
        ("no-text.csv", b"id;title\n1;x\n", "has no `text` or `html` column (its columns: id, title)"),
        ("latin.csv", "id;text\n1;été\n".encode("cp1252"), "not UTF-8"),
    ],
)
def test_a_source_that_cannot_be_read_is_refused_before_any_work(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ArchiveError, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_sources([path])


def test_a_file_that_is_not_a_warc_says_so(tmp_path):
    fake = tmp_path / "crawl.warc"
    fake.write_bytes(b"not a warc at all\r\n\r\n")
    with pytest.raises(ArchiveError, match="not a WARC file"):
        list(read_archive([fake]))


def test_warc_records_other_than_whole_html_pages_are_left_out(tmp_path):
    warc = tmp_path / "mixed.warc.gz"
    write_warc(
        warc,
        [
            ("https://a.example/1", "200 OK", "application/xhtml+xml", html_page(1).encode()),
            ("https://a.example/2", "301 Moved Permanently", "text/html", b""),
            ("https://a.example/3", "200 OK", "application/json", b"{}"),
        ],
    )
    assert [item.id for item in read_archive([warc])] == ["https://a.example/1"]
