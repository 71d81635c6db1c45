"""Our stages do work in proportion to the article, not to its square.

A 5 MB article (under the size limit) must take about as long in our stages as the parse
does. Each rule that once compared every mention with every other is pinned here by
counting the comparisons it makes, never by timing it: a count does not depend on how
busy the machine is.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from types import CodeType, FrameType, ModuleType
from typing import Any, TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotes.attribution
import quotes.attribution.context
import quotes.attribution.indirect
import quotes.checks
import quotes.sources
import quotes.sources.naming
from quotes.docview import DocView
from quotes.model import Article, Entity, ParsedDoc, ParserInfo, Span
from quotes.names import name_keys, name_probes, names_match
from quotes.pipeline import analyze_parsed

T = TypeVar("T")
FIRST_NAMES = ["Paul", "Marie", "Jean", "Claire", "Louis", "Sophie", "Henri", "Julie"]
SURNAMES = [
    stem + end
    for stem, end in itertools.product(
        "Bert Dur Mor Lef Gir Ber Fav Mart Garn Roul".split(), "and eau in ier".split()
    )
]


def counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> Callable[[], int]:
    """Replace ``module.name`` by the same function that counts its calls; returns the counter."""
    calls = [0]
    original = getattr(module, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return lambda: calls[0]


def counted_in_package(monkeypatch: pytest.MonkeyPatch, package: ModuleType, name: str) -> Callable[[], int]:
    """``counted`` for a function that the modules of a package import from one another: one
    counter for its calls from any of them."""
    prefix = package.__name__ + "."
    holders = [m for key, m in sys.modules.items() if key.startswith(prefix) and hasattr(m, name)]
    original = getattr(holders[0], name)
    calls = [0]

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    for module in holders:
        if getattr(module, name) is original:
            monkeypatch.setattr(module, name, counting)
    return lambda: calls[0]


def lines_run(where: Callable[..., object] | ModuleType, run: Callable[[], T]) -> tuple[int, T]:
    """How many lines Python executes during ``run()`` in a function (and the functions and
    expressions written inside it) or in a whole module: its work, counted; and what ``run()`` returns."""
    if isinstance(where, ModuleType):
        filename = where.__file__

        def counts(code: CodeType) -> bool:
            return code.co_filename == filename
    else:
        codes: set[CodeType] = set()
        pending = [where.__code__]
        while pending:
            code = pending.pop()
            codes.add(code)
            pending.extend(c for c in code.co_consts if isinstance(c, CodeType))

        def counts(code: CodeType) -> bool:
            return code in codes

    lines = [0]

    def local(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        if event == "line":
            lines[0] += 1
        return local

    def tracer(frame: FrameType, event: str, arg: object) -> Callable[..., object] | None:
        return local if counts(frame.f_code) else None

    sys.settrace(tracer)
    try:
        result = run()
    finally:
        sys.settrace(None)
    return lines[0], result


# --- names ---------------------------------------------------------------------------------

NAME_WORDS = (
    "Jean J. Dupont Marie M. Mme de la Villepin EELV JD Europe Écologie Les Verts "
    "Liang Wenfeng LW Dupont-Aignan"
).split()
names = st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=3000, deadline=None)
@given(names, names)
def test_two_names_that_match_share_a_key(a: str, b: str) -> None:
    if names_match(a, b):
        assert name_probes(a) & name_keys(b), (a, b)


def test_a_name_is_compared_only_with_names_it_may_match(
    monkeypatch: pytest.MonkeyPatch, analyze_text: Callable[[str], Any]
) -> None:
    # Forty people, each quoted by full name, then by surname: every surname finds its person,
    # and no name is held against the thirty-nine others.
    people = [f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {surname}" for i, surname in enumerate(SURNAMES)]
    text = "".join(
        f"« Nous agirons vite sur ce dossier », a déclaré {person}.\n"
        f"« Et nous tiendrons parole », a ajouté {person.split()[-1]}.\n"
        for person in people
    )
    comparisons = counted(monkeypatch, quotes.sources.naming, "names_match")
    analysis = analyze_text(text)
    joined = [s for s in analysis.sources if any(link.reason.startswith("surname of") for link in s.links)]
    assert len(joined) >= 0.9 * len(people)  # the surnames still find their person
    assert comparisons() <= 2 * len(people)  # it was 40 × 39 / 2 and more


# --- pronouns --------------------------------------------------------------------------------


def test_a_pronoun_looks_back_a_few_sentences_not_over_the_whole_article(
    monkeypatch: pytest.MonkeyPatch, analyze_text: Callable[[str], Any]
) -> None:
    # Eighty people, each introduced, then quoted with « a-t-il / a-t-elle déclaré »: each pronoun
    # is weighed against the people of the last dozen sentences only, and still finds its person.
    people = [f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {SURNAMES[i // 2]}" for i in range(80)]
    text = "".join(
        f"{person} a présenté son projet mardi. « Nous agirons vite », a-t-"
        f"{'elle' if person.split()[0] in ('Marie', 'Claire', 'Sophie', 'Julie') else 'il'} déclaré.\n"
        for person in people
    )
    weighed = counted(monkeypatch, quotes.sources._Resolver, "_agrees")
    analysis = analyze_text(text)
    pronouns = [q for q in analysis.quotes if q.speaker is not None and q.speaker.kind == "pronoun"]
    resolved = [q for q in pronouns if analysis.quote_sources[q.id] is not None]
    assert len(resolved) >= 0.9 * len(people)
    assert weighed() <= 15 * len(pronouns)  # it was every cluster before each pronoun: 40 per pronoun here


# --- affiliations ----------------------------------------------------------------------------


def organizations_doc(names: list[str]) -> ParsedDoc:
    """A document that is only a list of organization names, each an ORG entity (no words needed)."""
    text = ", ".join(names)
    entities, start = [], 0
    for name in names:
        entities.append(Entity("ORG", Span(start, start + len(name)), 0, 0))
        start += len(name) + 2
    return ParsedDoc(text, ParserInfo("test", "none", "0"), (), (), (), tuple(entities))


def test_a_role_is_held_against_the_organizations_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    # Five hundred organizations named twice each, and two hundred roles to read: the entity
    # texts are read once, not once per role (it was 200 × 1,000 here).
    names = [f"Institut {n} {surname}" for n, surname in enumerate(SURNAMES * 13)][:500]
    names += ["CNRS", "ONU", "Université de Californie", "Université de Californie à Berkeley"]
    doc = organizations_doc(names * 2)
    resolver = quotes.sources._Resolver(DocView(doc, ()))
    read = counted(monkeypatch, Span, "text_in")
    roles = [f"chercheuse à l’{name}, en poste depuis 2019" for name in names[:196]]
    roles += ["directeur de recherche au CNRS", "chercheur à l’Université de Californie à Berkeley"]
    roles += ["porte-parole de l’ONU à Genève", "boulanger à Castelnoir"]
    found = [resolver._affiliation(role) for role in roles]
    assert found[:196] == names[:196]
    # The organization named first wins when the role holds two: as it always did.
    assert found[196:] == ["CNRS", "Université de Californie", "ONU", None]
    assert read() <= len(doc.entities)


# --- attribution -----------------------------------------------------------------------------


def test_a_quotation_with_no_cue_weighs_only_the_cues_of_its_paragraph(
    parse_text: Callable[[str], Any],
) -> None:
    # Paragraphs that each end with a quotation without a cue, after a reporting verb: the
    # quotation goes to that speaker by looking at the cues of its paragraph, not the article's.
    def article(paragraphs: int) -> str:
        return "".join(
            f"Le maire Paul Bertand{n} a déclaré mardi qu’il agirait. Il a ensuite précisé son plan. "
            "« Nous verrons bien ce qui arrive. »\n"
            for n in range(paragraphs)
        )

    def work(paragraphs: int) -> int:
        text = article(paragraphs)
        doc = parse_text(text)
        lines, _ = lines_run(
            quotes.attribution.context._inherit, lambda: analyze_parsed(Article("x.txt", text), doc)
        )
        return lines

    assert work(40) <= 2.5 * work(20)  # it grew as the square: 4,273 lines, then 15,753


def test_reported_speech_is_held_against_the_reports_around_it_only(parse_text: Callable[[str], Any]) -> None:
    # A report without quote marks is kept unless it overlaps one already kept: it is held against
    # its neighbours, not against every report of the article.
    def article(paragraphs: int) -> str:
        return "".join(
            f"Le maire Paul Bertand{n} a affirmé mardi que la ville agirait vite. "
            f"Son adjoint a estimé que les travaux dureraient un an.\n"
            for n in range(paragraphs)
        )

    def work(paragraphs: int) -> int:
        text = article(paragraphs)
        doc = parse_text(text)
        lines, analysis = lines_run(
            quotes.attribution.indirect._indirect, lambda: analyze_parsed(Article("x.txt", text), doc)
        )
        reports = [q for q in analysis.quotes if q.kind == "indirect"]
        assert len(reports) >= 1.5 * paragraphs
        return lines

    assert work(80) <= 2.5 * work(40)


# --- checks ------------------------------------------------------------------------------------


def test_the_checks_look_each_quotation_up_instead_of_scanning_them_all(
    parse_text: Callable[[str], Any],
) -> None:
    # One anonymous source per paragraph: each check on a source finds its quotations and the
    # others of its paragraph directly.
    def article(paragraphs: int) -> str:
        return "".join(
            f"« Ce projet est une honte pour Castelnoir{n} », a déclaré un responsable de la mairie, "
            "qui a requis l’anonymat.\n"
            for n in range(paragraphs)
        )

    def work(paragraphs: int) -> int:
        text = article(paragraphs)
        doc = parse_text(text)
        lines, analysis = lines_run(quotes.checks, lambda: analyze_parsed(Article("x.txt", text), doc))
        assert len([f for f in analysis.findings if f.check == "single-anonymous"]) >= 0.9 * paragraphs
        return lines

    assert work(80) <= 2.5 * work(40)


# --- one long paragraph ---------------------------------------------------------------------


@pytest.mark.parametrize("function", ["_inherit", "_next_sentence"])
def test_a_quotation_in_a_long_paragraph_reads_only_what_is_near_it(
    parse_text: Callable[[str], Any], function: str
) -> None:
    # The same sentences as one paragraph: each quotation still looks only at its neighbourhood.
    def work(repeats: int) -> int:
        text = (
            " ".join(
                f"Le maire Paul Bertand{n} a déclaré mardi qu’il agirait. Il a ensuite précisé son plan. "
                "« Nous verrons bien ce qui arrive. »"
                for n in range(repeats)
            )
            + "\n"
        )
        doc = parse_text(text)
        lines, _ = lines_run(
            getattr(quotes.attribution.context, function), lambda: analyze_parsed(Article("x.txt", text), doc)
        )
        return lines

    assert work(80) <= 2.5 * work(40)


def test_the_checks_on_a_long_paragraph_count_its_sources_once(parse_text: Callable[[str], Any]) -> None:
    def work(repeats: int) -> int:
        text = (
            " ".join(
                f"« Ce projet est une honte pour Castelnoir{n} », a déclaré un responsable de la mairie."
                for n in range(repeats)
            )
            + "\n"
        )
        doc = parse_text(text)
        lines, _ = lines_run(quotes.checks, lambda: analyze_parsed(Article("x.txt", text), doc))
        return lines

    assert work(80) <= 2.5 * work(40)


def test_an_excerpt_is_looked_for_only_in_the_quotations_that_may_hold_it(
    monkeypatch: pytest.MonkeyPatch, parse_text: Callable[[str], Any]
) -> None:
    # Quotations with a speaker, and as many without a cue: each one without is held against the
    # quotations that hold its words, each quotation normalized once (it was all of them, each time).
    pairs = 150
    text = "".join(
        f"« Nous agirons vite pour Castelnoir{n} », a dit Paul Martin.\n"
        f"Il y avait « un deux trois {n} » ici.\n"
        for n in range(pairs)
    )
    doc = parse_text(text)
    normalized = counted_in_package(monkeypatch, quotes.attribution, "_normalized")
    analysis = analyze_parsed(Article("x.txt", text), doc)
    assert len([q for q in analysis.quotes if q.marks is not None]) == 2 * pairs
    assert normalized() <= 6 * pairs  # it was pairs × 2 × pairs
    # An excerpt still finds the quotation it comes from.
    text = "Castelnoir : « agirons vite »\n« Nous agirons vite pour Castelnoir », a dit Paul Martin.\n"
    excerpt = analyze_parsed(Article("x.txt", text), parse_text(text)).quotes[0]
    assert excerpt.method == "excerpt" and excerpt.speaker is not None
    assert excerpt.speaker.text == "Paul Martin"
