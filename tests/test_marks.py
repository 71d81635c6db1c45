"""Quote marks: the typography of French (and not-so-French) quotation, as a table of cases.

Each case is an article text, the spans ``find_quote_marks`` must find (content between
the marks, the marks, nesting depth, paragraphs, reopeners) and the marks it must list as
unmatched. A span's content never holds its marks nor the spaces that pad them.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

import pytest
import regex
from conftest import ROOT, SEED, SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.marks import PADDING, find_quote_marks
from quotes.model import MarkScan

NBSP = "\u00a0"
NNBSP = "\u202f"


@dataclass(frozen=True, slots=True)
class Q:
    """One expected span: its content, its marks (one character when the closer is missing)."""

    content: str
    marks: str = "«»"
    depth: int = 0
    paragraphs: tuple[int, ...] = (0,)
    reopeners: int = 0


@dataclass(frozen=True, slots=True)
class Case:
    """An article text, the spans found in it, and the marks left unmatched (in text order)."""

    text: str
    spans: tuple[Q, ...] = ()
    unmatched: str = ""


CASES: dict[str, Case] = {
    # --- « » and the spaces that pad them --------------------------------------------------
    "guillemets with normal spaces": Case("Il a dit « bonjour » hier.", (Q("bonjour"),)),
    "guillemets with no-break spaces": Case(f"Il a dit «{NBSP}bonjour{NBSP}» hier.", (Q("bonjour"),)),
    "guillemets with narrow no-break spaces": Case(
        f"Il a dit «{NNBSP}bonjour{NNBSP}» hier.", (Q("bonjour"),)
    ),
    "guillemets with mixed padding": Case(f"«{NNBSP} bonjour {NBSP}»", (Q("bonjour"),)),
    "guillemets with no padding": Case("Il a dit «bonjour» hier.", (Q("bonjour"),)),
    "punctuation inside stays in the content": Case(
        "« Nous ne céderons pas ! », a-t-il déclaré.", (Q("Nous ne céderons pas !"),)
    ),
    "padding inside the content is kept": Case(f"« 100{NNBSP}% des voix »", (Q(f"100{NNBSP}% des voix"),)),
    "two quotes in one sentence": Case("Entre « oui » et « non ».", (Q("oui"), Q("non"))),
    "back-to-back quotes": Case("« a »« b »", (Q("a"), Q("b"))),
    "empty guillemets": Case("Il a répondu « » puis est parti.", (Q(""),)),
    "quote at the very start and end of the text": Case("«Tout»", (Q("Tout"),)),
    # --- “ ” „ “ and their cousins ----------------------------------------------------------
    "English double quotes": Case("Il a dit “bonjour” hier.", (Q("bonjour", "“”"),)),
    "English double quotes with spaces": Case("Il a dit “ bonjour ” hier.", (Q("bonjour", "“”"),)),
    "German low-high quotes „ “": Case("Il a dit „bonjour“ hier.", (Q("bonjour", "„“"),)),
    "Polish low quotes „ ”": Case("Il a dit „bonjour” hier.", (Q("bonjour", "„”"),)),
    "Swedish ” ” quotes": Case("Il a dit ”bonjour” hier.", (Q("bonjour", "””"),)),
    "German single low-high quotes ‚ ‘": Case("Il a dit ‚bonjour‘ hier.", (Q("bonjour", "‚‘"),)),
    # --- inner marks and nesting -------------------------------------------------------------
    "‹ › inside « »": Case(
        "« Il a dit ‹ non › enfin. »", (Q("Il a dit ‹ non › enfin."), Q("non", "‹›", depth=1))
    ),
    "‘ ’ inside « »": Case(
        "« Il a dit ‘non’ puis ‘oui’. »",
        (Q("Il a dit ‘non’ puis ‘oui’."), Q("non", "‘’", depth=1), Q("oui", "‘’", depth=1)),
    ),
    "‘ ’ inside “ ”": Case("“Il a dit ‘non’.”", (Q("Il a dit ‘non’.", "“”"), Q("non", "‘’", depth=1))),
    "“ ” inside « »": Case(
        "« Il a parlé d’une “ erreur ” grave. »",
        (Q("Il a parlé d’une “ erreur ” grave."), Q("erreur", "“”", depth=1)),
    ),
    "« » inside « » (same-mark nesting)": Case(
        "« Il m’a dit « jamais » et il est parti. »",
        (Q("Il m’a dit « jamais » et il est parti."), Q("jamais", depth=1)),
    ),
    "three levels": Case(
        "« a “ b ‘ c ’ d ” e »",
        (Q("a “ b ‘ c ’ d ” e"), Q("b ‘ c ’ d", "“”", depth=1), Q("c", "‘’", depth=2)),
    ),
    "an inner mark left open ends where the outer quote closes": Case(
        "« Il a dit “ non, puis il est parti. »",
        (Q("Il a dit “ non, puis il est parti."), Q("non, puis il est parti.", "“", depth=1)),
    ),
    "a lone ‘ inside « » is an unclosed inner mark": Case(
        "« Le ‘ seul. »", (Q("Le ‘ seul."), Q("seul.", "‘", depth=1))
    ),
    # --- straight double quotes, paired by position --------------------------------------
    "straight quotes": Case(
        'Il a dit "bonjour" puis "au revoir".', (Q("bonjour", '""'), Q("au revoir", '""'))
    ),
    "straight quotes with French spaces": Case(
        'Il a dit " bonjour " puis " au revoir ".', (Q("bonjour", '""'), Q("au revoir", '""'))
    ),
    "straight quotes with no-break spaces": Case(f'Il a dit "{NBSP}oui{NBSP}".', (Q("oui", '""'),)),
    "straight quotes after a colon with no space": Case('Il a dit:"oui".', (Q("oui", '""'),)),
    "straight quotes inside « »": Case(
        '« Il a dit "oui" hier. »', (Q('Il a dit "oui" hier.'), Q("oui", '""', depth=1))
    ),
    "« » inside straight quotes": Case(
        '"Il a dit « oui » hier."', (Q("Il a dit « oui » hier.", '""'), Q("oui", depth=1))
    ),
    "a straight quote after a number is a stray closer (inches)": Case(
        'Un écran de 15" et un clavier.', unmatched='"'
    ),
    "a straight quote ending its paragraph opens nothing": Case('Il a dit "', unmatched='"'),
    "an unclosed straight quote ends with its paragraph": Case(
        'Il a dit "bonjour sans fin.\nAutre chose.', (Q("bonjour sans fin.", '"'),)
    ),
    # --- the French quote over several paragraphs -----------------------------------------
    "multi-paragraph quote: each paragraph reopens, only the last closes": Case(
        "« Premier paragraphe.\n« Deuxième paragraphe.\n« Dernier. »",
        (Q("Premier paragraphe.\n« Deuxième paragraphe.\n« Dernier.", paragraphs=(0, 1, 2), reopeners=2),),
    ),
    "multi-paragraph quote across blank lines, attribution after": Case(
        "« Premier.\n\n« Second. » a-t-il dit.",
        (Q("Premier.\n\n« Second.", paragraphs=(0, 1), reopeners=1),),
    ),
    "multi-paragraph quote reopened after a dialogue dash": Case(
        "« Premier.\n— « Second. »", (Q("Premier.\n— « Second.", paragraphs=(0, 1), reopeners=1),)
    ),
    "multi-paragraph quote in “ ”": Case(
        "“Premier.\n“Second.”", (Q("Premier.\n“Second.", "“”", paragraphs=(0, 1), reopeners=1),)
    ),
    "multi-paragraph quote in straight quotes": Case(
        '"Premier.\n"Second."', (Q('Premier.\n"Second.', '""', paragraphs=(0, 1), reopeners=1),)
    ),
    # --- straight marks inside straight marks ------------------------------------------------
    "a straight mark after a space and before a word nests inside an open one": Case(
        '"C’est au motif de "préjudice moral" qu’il a renoncé", selon le site.',
        (Q('C’est au motif de "préjudice moral" qu’il a renoncé', '""'), Q("préjudice moral", '""', depth=1)),
    ),
    "two nested straight quotes in one straight quote": Case(
        '"Il parle de "honte" et de "gâchis" ici", dit-elle.',
        (
            Q('Il parle de "honte" et de "gâchis" ici', '""'),
            Q("honte", '""', depth=1),
            Q("gâchis", '""', depth=1),
        ),
    ),
    "straight quotes side by side do not nest": Case(
        'Entre "oui" et "non" et "peut-être".',
        (Q("oui", '""'), Q("non", '""'), Q("peut-être", '""')),
    ),
    "a straight mark with too few marks left after it closes": Case(
        '"Nous partons "demain".',
        (Q("Nous partons", '""'),),
        unmatched='"',
    ),
    "a quote closed in each paragraph is two quotes": Case(
        "« Premier. »\n« Second. »", (Q("Premier."), Q("Second.", paragraphs=(1,)))
    ),
    "an inner mark open at a paragraph end is closed there": Case(
        "« Il dit “ non\n« Suite. »",
        (Q("Il dit “ non\n« Suite.", paragraphs=(0, 1), reopeners=1), Q("non", "“", depth=1)),
    ),
    "CR left before LF is trimmed like a space": Case(
        "« Premier.\r\n« Second. »\r\n", (Q("Premier.\r\n« Second.", paragraphs=(0, 1), reopeners=1),)
    ),
    # --- missing closers and stray closers --------------------------------------------------
    "a missing closing mark is recovered at the paragraph end": Case(
        "Il a dit « pas de fin.\nAutre paragraphe.", (Q("pas de fin.", "«"),)
    ),
    # A reader sees one quotation carried over the break, the reopening mark forgotten.
    "a quotation carried into the next paragraph, which closes it without reopening": Case(
        "« Premier\nSecond »", (Q("Premier\nSecond", paragraphs=(0, 1)),)
    ),
    # No mark ever closes: the writer left every closer out, each paragraph quotes on its own.
    "a quotation reopened in every paragraph but never closed is one per paragraph": Case(
        "« Premier, a dit le maire.\n« Second, a-t-il ajouté.",
        (Q("Premier, a dit le maire.", "«"), Q("Second, a-t-il ajouté.", "«", paragraphs=(1,))),
    ),
    "three paragraphs never closed, an inner pair in the first": Case(
        "« Un « mot » ici.\n« Deux.\n« Trois.",
        (
            Q("Un « mot » ici.", "«"),
            Q("mot", depth=1),
            Q("Deux.", "«", paragraphs=(1,)),
            Q("Trois.", "«", paragraphs=(2,)),
        ),
    ),
    "a missing closer, then a new quotation in the next paragraph": Case(
        "« Premier\nIl a dit « second »", (Q("Premier", "«"), Q("second", paragraphs=(1,)))
    ),
    "a reversed closing mark before a comma closes": Case(
        "« Nous ne lâcherons rien « , a lancé la syndicaliste.", (Q("Nous ne lâcherons rien", "««"),)
    ),
    "a reversed closing mark at the paragraph end closes": Case(
        "« Le combat continue «\nLa foule a applaudi.", (Q("Le combat continue", "««"),)
    ),
    "a « before a word inside a quotation still opens a nested one": Case(
        "« Il parle d’un « plan » de relance »", (Q("Il parle d’un « plan » de relance"), Q("plan", depth=1))
    ),
    "an opener ending its paragraph": Case("Il a dit «\nBonjour.", (Q("", "«"),)),
    "a straight mark right after a colon opens": Case(
        'Ils ont écrit :" Notre source a parlé" hier.', (Q("Notre source a parlé", '""'),)
    ),
    "a stray »": Case("Un » perdu.", unmatched="»"),
    "a stray ›": Case("Un › perdu.", unmatched="›"),
    "a stray ” before a space": Case("Un ” perdu.", unmatched="”"),
    "one closer too many": Case("« oui » » et", (Q("oui"),), unmatched="»"),
    "a closer that matches nothing open": Case("« oui ›", (Q("oui ›", "«"),), unmatched="›"),
    # --- apostrophes are never quote marks -------------------------------------------------
    "the apostrophe ’ in l’, d’, qu’, aujourd’hui": Case("L’homme d’État qu’il voit aujourd’hui."),
    "the straight apostrophe in l'homme": Case("L'homme d'État qu'il voit aujourd'hui."),
    "apostrophes inside a quote": Case("« l’homme qu’il a vu »", (Q("l’homme qu’il a vu"),)),
    "a ’ after a word with nothing to close": Case("Les joueurs’ maillots."),
    "a ‘ typed for an apostrophe between letters": Case("L‘homme est là."),
    "’ before a digit is an elision (les années ’80)": Case("« Les années ’80 »", (Q("Les années ’80"),)),
    "English-style inner straight single quotes pair": Case("He said 'inner' twice.", (Q("inner", "''"),)),
    "straight single quotes inside « »": Case(
        "« Il a dit 'oui' hier. »", (Q("Il a dit 'oui' hier."), Q("oui", "''", depth=1))
    ),
    "straight single quotes next to an apostrophe": Case("L'homme 'libre' et l'État.", (Q("libre", "''"),)),
    "straight single quotes never pair across another mark": Case("'a « b' c »", (Q("b' c"),)),
    # --- nothing to find -----------------------------------------------------------------------
    "empty text": Case(""),
    "text without quote marks": Case("Le ministre a parlé.\nPuis il est parti."),
    "only blank lines": Case("\n\n  \n"),
}


def _described(text: str, scan: MarkScan) -> tuple[list[Q], str]:
    spans = [
        Q(
            content=span.content.text_in(text),
            marks=span.open_mark + (span.close_mark or ""),
            depth=span.depth,
            paragraphs=span.paragraphs,
            reopeners=len(span.reopeners),
        )
        for span in scan.spans
    ]
    return spans, "".join(u.mark for u in scan.unmatched)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_typography(case: Case) -> None:
    scan = find_quote_marks(case.text)
    spans, unmatched = _described(case.text, scan)
    assert spans == list(case.spans)
    assert unmatched == case.unmatched
    for span in scan.spans:
        assert case.text[span.opener] == span.open_mark
        assert span.closed == (span.closer is not None)
        if span.closer is not None:
            assert case.text[span.closer] == span.close_mark
        for reopener in span.reopeners:
            assert case.text[reopener] in '«“"'
    for mark in scan.unmatched:
        assert case.text[mark.offset] == mark.mark and mark.problem


def test_the_table_is_a_specification_of_at_least_forty_cases() -> None:
    assert len(CASES) >= 40
    assert sum(1 for case in CASES.values() if not case.spans) >= 10  # negatives


# --- The invariant, on random text ------------------------------------------------------

# Marks that always count: each is an opener, closer or reopener of a span, or unmatched
# (‘ too, unless it stands between letters). ’ and ' count only when they pair.
ALWAYS_MARKS = regex.compile(r'[«»‹›“”„‚"‘]')
# A letter, a ‘ and a letter: the ‘ is a mistyped apostrophe (l‘homme).
_LETTER = regex.compile(r"[\p{L}\p{N}]‘[\p{L}\p{N}]")

WORDS = [
    "le",
    "ministre",
    "dit",
    "été",
    "Paris",
    "l’homme",
    "d’État",
    "qu’il",
    "aujourd’hui",
    "l'homme",
    "15",
]
SPACES = [" ", " ", NBSP, NNBSP, "\n", "\n\n", "\r\n", ".", ",", ":", "—"]
QUOTE_CHARACTERS = list("«»‹›“”„‚‘’\"'")
# Words, spaces and marks in equal shares: dense enough in marks to nest, cross and dangle.
PIECE = st.one_of(st.sampled_from(WORDS), st.sampled_from(SPACES), st.sampled_from(QUOTE_CHARACTERS))


def check_invariant(text: str, scan: MarkScan) -> None:
    """Every quote mark of ``text`` is accounted for once; every span is well formed."""
    accounted: dict[int, str] = {}

    def account(offset: int, role: str) -> None:
        assert offset not in accounted, f"{offset} is both {accounted[offset]} and {role}"
        accounted[offset] = role

    for span in scan.spans:
        content = span.content
        assert 0 <= content.start <= content.end <= len(text)
        if span.open_mark:
            assert span.opener < content.start
            assert text[span.opener] == span.open_mark
            account(span.opener, "opener")
        else:  # the opening mark was lost: the quotation starts with its paragraph
            assert span.opener <= content.start and span.closer is not None
            assert text[span.opener] not in QUOTE_CHARACTERS
        if span.closer is not None:
            assert content.end <= span.closer and text[span.closer] == span.close_mark
            account(span.closer, "closer")
        for reopener in span.reopeners:
            assert content.start < reopener < content.end
            account(reopener, "reopener")
        if span.open_mark in "'’" or span.close_mark in ("'", "’"):
            assert span.closer is not None, "a straight ' or a ’ is listed only as a paired mark"
        if span.open_mark == "'":
            assert span.close_mark == "'"
        if content.start < content.end:
            assert text[content.start] not in PADDING and text[content.end - 1] not in PADDING
    for mark in scan.unmatched:
        assert text[mark.offset] == mark.mark
        assert mark.mark not in "'’", "an apostrophe is never an unmatched mark"
        account(mark.offset, "unmatched")
    for m in ALWAYS_MARKS.finditer(text):
        i = m.start()
        if text[i] == "‘" and i > 0 and _LETTER.fullmatch(text[i - 1 : i + 2]):
            continue  # ‘ between letters is a mistyped apostrophe
        assert i in accounted, f"the {text[i]} at {i} is neither in a span nor unmatched"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECE, max_size=40).map("".join))
def test_every_quote_mark_is_accounted_for(text: str) -> None:
    check_invariant(text, find_quote_marks(text))


def test_a_five_megabyte_article_is_scanned_whole() -> None:
    rng = random.Random(5)
    words = ["le", "ministre", "l’homme", "aujourd’hui", "l'État", "dit", "« ", " »", "“", "”", '"', "'", ","]
    paragraphs = []
    size = 0
    while size < 5_000_000:
        paragraph = " ".join(rng.choices(words, weights=[30, 30, 10, 5, 5, 20, 3, 3, 1, 1, 1, 1, 5], k=120))
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    # One paragraph of 20,000 unclosed « then 20,000 ” that close none of them: a scan that
    # walks its stack of open marks for each closer takes minutes here instead of a second.
    paragraphs.append("«" * 20_000 + "”" * 20_000)
    text = "\n".join(paragraphs)
    scan = find_quote_marks(text)
    check_invariant(text, scan)
    assert len(scan.spans) > 10_000


# --- Real articles ------------------------------------------------------------------------


def test_the_client_article_has_eighteen_spans_and_no_stray_mark() -> None:
    text = SEED.read_text(encoding="utf-8")
    scan = find_quote_marks(text)
    assert len(scan.spans) == 18 and not scan.unmatched
    assert {span.content.text_in(text) for span in scan.spans} >= {"clusters"}
    check_invariant(text, scan)


@pytest.mark.skipif(not (SHARED / "eval" / "gold").is_dir(), reason="../shared/eval is not here")
def test_every_marked_quote_of_the_gold_set_is_found_with_exact_text() -> None:
    checked = 0
    for gold_path in sorted((SHARED / "eval" / "gold").glob("*.json")):
        article = ROOT / "seeds" / f"{gold_path.stem}.txt"
        if not article.exists():
            article = SHARED / "eval" / "articles" / f"{gold_path.stem}.txt"
        # Read as the scorer reads: UTF-8 with universal newlines.
        with open(article, encoding="utf-8", newline=None) as f:
            text = f.read()
        found = {span.content.text_in(text) for span in find_quote_marks(text).spans}
        for quote in json.loads(gold_path.read_text(encoding="utf-8"))["quotes"]:
            if quote["kind"] in {"direct", "partial", "scare"}:
                assert quote["text"] in found, f"{gold_path.stem}: {quote['text'][:60]!r}"
                checked += 1
    assert checked > 0
