"""The resolver's naming part (``quotes.sources.naming``): a name joins the cluster of the same name.

Each row places the mentions of a passage (before any bridge) and says whether the later
mention joined the earlier one's cluster, and why. ``quotes.names`` says when two names match;
this part finds the candidates by key and weighs the gender a title or a first name gives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from placing import place

from quotes.model import ParsedDoc

JOINS = [
    pytest.param(
        "Le ministre Paul Durand a présenté son plan mardi. « Nous irons vite », a déclaré M. Durand.",
        "M. Durand",
        "Le ministre Paul Durand",
        "surname of: Paul Durand",
        id="title-and-surname",
    ),
    pytest.param(
        "« Nous irons vite », a déclaré Barack Obama. « Rien ne nous arrêtera », a ajouté B. Obama.",
        "B. Obama",
        "Barack Obama",
        "initial of: Barack Obama",
        id="initial-and-surname",
    ),
    pytest.param(
        "« Le dossier avance », a affirmé Liang Wenfeng. « Nous tiendrons », a ajouté Liang.",
        "Liang",
        "Liang Wenfeng",
        "family name first: Liang Wenfeng",
        id="family-name-first",
    ),
    pytest.param(
        "« La route sera refaite », a promis le maire de Castelnoir. Le maire, Bernard Quéméner, a "
        "ensuite précisé que « les travaux dureront un an ».",
        "Le maire, Bernard Quéméner",
        "le maire de Castelnoir",
        "the role « Le maire » repeats an earlier mention",
        id="a-name-joins-the-office-its-role-repeats",
    ),
]


@pytest.mark.parametrize(("text", "later", "earlier", "reason"), JOINS)
def test_a_name_joins_the_cluster_of_the_same_name(
    parse_text: Callable[[str], ParsedDoc], text: str, later: str, earlier: str, reason: str
) -> None:
    placed = place(parse_text, text)
    assert placed.cluster(later) is placed.cluster(earlier)
    assert placed.reason(later) == reason


APART = [
    pytest.param(
        "« Nous sommes inquiets », a déclaré Rémi Fauchard. « Je ne le suis pas », a répondu Mme Fauchard.",
        "Mme Fauchard",
        "Rémi Fauchard",
        id="the-title-gives-another-gender",
    ),
    pytest.param(
        "« Nous irons vite », a déclaré Barack Obama. « Rien ne nous arrêtera », a ajouté Michelle Obama.",
        "Michelle Obama",
        "Barack Obama",
        id="another-first-name",
    ),
]


@pytest.mark.parametrize(("text", "later", "earlier"), APART)
def test_a_name_that_only_looks_alike_starts_a_cluster_of_its_own(
    parse_text: Callable[[str], ParsedDoc], text: str, later: str, earlier: str
) -> None:
    placed = place(parse_text, text)
    assert placed.cluster(later) is not placed.cluster(earlier)
    assert placed.reason(later) == "first mention"


def test_a_capitalized_office_is_left_to_the_descriptions(parse_text: Callable[[str], ParsedDoc]) -> None:
    # « le Président-candidat » reads like a name; it is an office, which the descriptions resolve.
    placed = place(parse_text, "« Nous avons gagné », a déclaré le Président-candidat devant ses partisans.")
    office = placed.mention("le Président-candidat")
    assert placed.resolver._resolve_name(office, "Président-candidat") is None
    # A name met for the first time starts a cluster: nothing to join, and no description to try.
    assert placed.resolver._resolve_name(office, "Claire Vasseur") == (None, "")


OBAMA = "« Nous irons vite », a déclaré Barack Obama. « Rien ne nous arrêtera », a ajouté {}."


def test_names_agree_with_a_cluster_by_any_of_its_names(parse_text: Callable[[str], ParsedDoc]) -> None:
    # (what joins the role written round a name to the speaker's cluster: « X, porte-parole de … »)
    placed = place(parse_text, OBAMA.format("B. Obama"))
    assert placed.resolver.names_agree(placed.cluster("Barack Obama"), placed.mention("B. Obama"))
    other = place(parse_text, OBAMA.format("Michelle Obama"))
    assert not other.resolver.names_agree(other.cluster("Barack Obama"), other.mention("Michelle Obama"))
