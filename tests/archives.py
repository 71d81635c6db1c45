"""Tiny French articles, and archives of them in every format ``quotes audit`` reads.

Each article is a few sentences from one template, with its own town and people, so
that every archive holds different texts and the levels vary: an identified mayor, an
anonymous official (with or without the reason given), a vague « proche du dossier »,
an unattributed quotation. Parsing them takes a few milliseconds each.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

TOWNS = "Lyon Nantes Rennes Lille Dijon Tours Metz Brest Nîmes Reims Caen Pau Albi Agen Laval Vannes".split()
FIRST = "Claire Paul Sophie Marc Julie Hugo Léa Louis Emma Jules Chloé Arthur Inès Victor Manon Lucas".split()
LAST = (
    "Martin Durand Petit Moreau Lefèvre Garnier Faure Roux Blanc Girard Morel Fournier Mercier Dupuis".split()
)
SECTIONS = ("Politique", "Société", "Économie")
AUTHORS = ("Anne Leroy", "Bruno Caron", "Cécile Noël")


def french_article(n: int) -> tuple[str, str]:
    """The title and text of article ``n``."""
    town, first, last = TOWNS[n % len(TOWNS)], FIRST[(n * 7) % len(FIRST)], LAST[(n * 5) % len(LAST)]
    title = f"Le conseil municipal de {town} vote le budget {2020 + n}"
    lines = [
        f"La maire de {town}, {first} {last}, a déclaré : « Nous tiendrons nos promesses sur les écoles. »",
    ]
    if n % 3 != 0:
        lines.append(
            "« Le budget est déjà dépassé », a affirmé un fonctionnaire de la mairie"
            + (", qui a requis l’anonymat car il n’est pas autorisé à parler." if n % 2 else ".")
        )
    if n % 3 == 2:
        lines.append(f"Selon un proche du dossier, les travaux de {town} commenceront en mars.")
    if n % 4 == 1:
        lines.append("Il a été demandé aux élus de « respecter le calendrier fixé par la préfecture ».")
    lines.append(f"Les habitants de {town} parlent d’une « ville dortoir ».")
    lines.append("L’opposition n’a pas répondu à nos questions.")
    return title, title + "\n\n" + "\n".join(lines) + "\n"


def html_page(n: int, *, author: str | None = None) -> str:
    """Article ``n`` as a news site's page: its title, author and date in the head, the text in <article>."""
    title, text = french_article(n)
    body = text.split("\n\n", 1)[1]
    paragraphs = "\n".join(f"<p>{line}</p>" for line in body.strip().split("\n"))
    author_meta = f'<meta name="author" content="{author}">' if author else ""
    return (
        f'<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>{title}</title>{author_meta}'
        f'<meta property="article:published_time" content="2023-{n % 12 + 1:02d}-15">'
        f'<meta property="og:site_name" content="Le Petit Courrier"></head>\n'
        f'<body><nav><a href="/">Accueil</a> <a href="/politique">Politique</a></nav>\n'
        f"<article><h1>{title}</h1>\n{paragraphs}\n</article>\n"
        "<footer>© Le Petit Courrier</footer></body></html>\n"
    )


@dataclass
class Archive:
    """An archive written to disk: its SOURCEs, and what each article should come out as."""

    sources: list[Path] = field(default_factory=list)
    # id → the file that ``quotes analyze`` reads for the same article (its reference).
    references: dict[str, Path] = field(default_factory=dict)
    # id → the metadata the archive gives (what the database must hold for it).
    metadata: dict[str, dict[str, str]] = field(default_factory=dict)
    # id → the start of the one-line reason it must fail with.
    failures: dict[str, str] = field(default_factory=dict)

    @property
    def ids(self) -> list[str]:
        return [*self.references, *self.failures]


def write_archive(folder: Path, *, per_format: int = 3, first: int = 0) -> Archive:
    """A folder tree, a JSON Lines file, a CSV file and a WARC file, ``per_format`` articles each.

    The rows and pages that are not articles (English text, an empty row, a line that is
    not JSON, an image, a page not found) are there too.
    """
    archive = Archive()
    references = folder / "references"
    references.mkdir(parents=True)
    n = first

    tree = folder / "tree"
    for k in range(per_format):
        sub = tree / f"2024-0{k % 2 + 1}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"article-{n}.txt"
        path.write_text(french_article(n)[1], encoding="utf-8")
        archive.references[f"tree/{sub.name}/{path.name}"] = path
        n += 1
    (tree / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")  # not an article suffix: left out
    archive.sources.append(tree)

    rows = []
    for k in range(per_format):
        title, text = french_article(n)
        item_id = f"jsonl-{n}"
        meta = {"date": f"2024-{k % 3 + 1:02d}-10", "section": SECTIONS[k % 3], "author": AUTHORS[k % 3]}
        rows.append(json.dumps({"id": item_id, "text": text, **meta}, ensure_ascii=False))
        archive.references[item_id] = _reference(references, item_id, text)
        archive.metadata[item_id] = meta
        n += 1
    rows.append(json.dumps({"id": "jsonl-english", "text": "The council voted the budget on Tuesday. " * 3}))
    archive.failures["jsonl-english"] = "jsonl-english: this reads as English"
    rows.append("{not json")
    jsonl = folder / "rows.jsonl"
    archive.failures[f"{jsonl.name}:{len(rows)}"] = f"{jsonl.name}:{len(rows)}: line {len(rows)} is not JSON"
    jsonl.write_text("\n".join(rows) + "\n", encoding="utf-8")
    archive.sources.append(jsonl)

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["id", "title", "date", "section", "author", "text"])
    for k in range(per_format):
        title, text = french_article(n)
        item_id = f"csv-{n}"
        meta = {"title": f"{title} (CSV)", "date": f"0{k + 1}/05/2024", "section": SECTIONS[(k + 1) % 3]}
        meta["author"] = AUTHORS[(k + 1) % 3]
        writer.writerow([item_id, meta["title"], meta["date"], meta["section"], meta["author"], text])
        archive.references[item_id] = _reference(references, item_id, text)
        archive.metadata[item_id] = meta
        n += 1
    writer.writerow(["csv-empty", "Sans texte", "", "", "", ""])
    archive.failures["csv-empty"] = "csv-empty: the row's text is empty"
    table = folder / "rows.csv"
    table.write_text(out.getvalue(), encoding="utf-8")
    archive.sources.append(table)

    warc = folder / "crawl.warc.gz"
    pages = []
    for _ in range(per_format):
        url = f"https://courrier.example/{n}/budget.html"
        page = html_page(n, author=AUTHORS[n % 3])
        pages.append((url, "200 OK", "text/html; charset=utf-8", page.encode("utf-8")))
        archive.references[url] = _reference(references, f"page-{n}.html", page)
        archive.metadata[url] = {"url": url}
        n += 1
    pages.append(("https://courrier.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"))
    pages.append(
        ("https://courrier.example/missing", "404 Not Found", "text/html", b"<html>Not found</html>")
    )
    pages.append(
        ("https://courrier.example/", "200 OK", "text/html", b"<html><body><nav>Menu</nav></body></html>")
    )
    archive.failures["https://courrier.example/"] = "https://courrier.example/: no article text found"
    write_warc(warc, pages)
    archive.sources.append(warc)
    return archive


def _reference(folder: Path, name: str, content: str) -> Path:
    path = folder / (name if name.endswith(".html") else f"{name}.txt")
    path.write_text(content, encoding="utf-8")
    return path


def write_warc(path: Path, pages: list[tuple[str, str, str, bytes]]) -> None:
    """A gzipped WARC file of HTTP responses ``(url, status, content type, body)``, with a warcinfo record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "quotes tests"}))
        for url, status, content_type, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
