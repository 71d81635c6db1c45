"""The resolver's pronoun part (``quotes.sources.pronouns``): whom « il », « celle-ci », « le second »
stand for.

Each row places the mentions of a passage (before any bridge) and says which named mention
the pronoun's cluster holds: the most salient earlier one that agrees in gender and number (a
subject, a speaker, recent), the one mentioned last for a demonstrative, the first or second
of two people just named for « le premier », « la seconde ».
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from placing import place

from quotes.model import ParsedDoc

RESOLVED = [
    pytest.param(
        "Paul Durand a présenté son projet mardi. « Nous agirons vite », a-t-il déclaré.",
        "il",
        "Paul Durand",
        id="the-subject-just-before",
    ),
    pytest.param(
        "Claire Martin et Paul Durand ont présenté leur projet mardi. "
        "« Nous agirons vite », a-t-elle déclaré.",
        "elle",
        "Claire Martin",
        id="the-one-of-the-same-gender",
    ),
    pytest.param(
        "Le ministre Jean Martin a reçu Paul Durand mardi. Il a affirmé que « rien n’est décidé ».",
        "Il",
        "Le ministre Jean Martin",
        id="a-personal-pronoun-goes-to-the-subject",
    ),
    pytest.param(
        "Le ministre Jean Martin a reçu Paul Durand mardi. Ce dernier a affirmé que « rien n’est décidé ».",
        "Ce dernier",
        "Paul Durand",
        id="a-demonstrative-goes-to-the-one-mentioned-last",
    ),
    pytest.param(
        "Paul Durand a rencontré la ministre Claire Martin mardi. Celle-ci a déclaré que « tout ira bien ».",
        "Celle-ci",
        "la ministre Claire Martin",
        id="celle-ci",
    ),
    pytest.param(
        "Paul Durand a présenté son projet lundi. Claire Martin l’a critiqué mardi. "
        "« Nous agirons vite », a-t-il répété.",
        "il",
        "Paul Durand",
        id="past-someone-of-the-other-gender",
    ),
]


@pytest.mark.parametrize(("text", "pronoun", "named"), RESOLVED)
def test_a_pronoun_goes_to_the_most_salient_earlier_mention(
    parse_text: Callable[[str], ParsedDoc], text: str, pronoun: str, named: str
) -> None:
    placed = place(parse_text, text)
    assert placed.cluster(pronoun) is placed.cluster(named)
    salient = f"pronoun « {pronoun} » refers to the most salient earlier mention"
    assert placed.reason(pronoun).startswith(salient)


def test_the_first_and_the_second_of_two_people_just_named(parse_text: Callable[[str], ParsedDoc]) -> None:
    placed = place(
        parse_text,
        "Claire Martin et Paul Durand se sont affrontés mardi. « Il faut un audit », a déclaré la première. "
        "« Pas question », a répondu le second.",
    )
    assert placed.cluster("la première") is placed.cluster("Claire Martin")
    assert placed.cluster("le second") is placed.cluster("Paul Durand")
    assert placed.reason("le second") == "« le second » is the second of Claire Martin and Paul Durand"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("« Nous agirons vite », a-t-elle déclaré.", id="nobody-before"),
        pytest.param(
            "Paul Durand a présenté son projet. « Nous agirons vite », a-t-elle déclaré.",
            id="nobody-who-agrees",
        ),
    ],
)
def test_a_pronoun_with_nobody_to_stand_for_stays_alone(
    parse_text: Callable[[str], ParsedDoc], text: str
) -> None:
    placed = place(parse_text, text)
    cluster = placed.cluster("elle")
    assert placed.reason("elle") == "first mention"
    assert [m.kind for m in cluster.mentions] == ["pronoun"]  # no source: the quotation stays unattributed
