"""Our stages do work in proportion to the article, not to its square.

A 5 MB article (under the size limit) must take about as long in our stages as the parse
does. Each rule that once compared every mention with every other is pinned here by
counting the comparisons it makes, never by timing it: a count does not depend on how
busy the machine is.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotes.sources
from quotes.names import name_keys, name_probes, names_match

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
    comparisons = counted(monkeypatch, quotes.sources, "names_match")
    analysis = analyze_text(text)
    joined = [s for s in analysis.sources if any(link.reason.startswith("surname of") for link in s.links)]
    assert len(joined) >= 0.9 * len(people)  # the surnames still find their person
    assert comparisons() <= 2 * len(people)  # it was 40 × 39 / 2 and more
