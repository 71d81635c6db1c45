"""The resolver's description part (``quotes.sources.descriptions``): whom « la personne »,
« le partenaire commercial », « le ministre », « la magistrate » stand for.

Each row places the mentions of a passage (before any bridge) and says whether the
description joined the earlier mention's cluster, and by which rule: the same head noun with
compatible words, a general noun for the last speaker, a bare role or a back-reference for the
named speaker just before, a role of the same group, the person the story is about, the one on
trial, the office of the person named just before, a plain « jeune homme », an age, an
outlet. An indefinite description (« un habitant », « l’un des partenaires ») always brings in
someone new, and so does a description whose office, gender or complement says it is
someone else. Every passage was written for this table (invented people, places, organizations).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from placing import place

from quotes.model import ParsedDoc

pytestmark = pytest.mark.spacy

JOINS = [
    pytest.param(
        "L’un des partenaires commerciaux de la coopérative Terrevive s’est inquiété des retards. "
        "« Nous attendons nos livraisons depuis mars », a expliqué le partenaire commercial.",
        "le partenaire commercial",
        "L’un des partenaires commerciaux de la coopérative Terrevive",
        "same noun « partenaire » as an earlier mention",
        id="same-noun-with-fewer-words",
    ),
    pytest.param(
        "« Je n’ai rien vu venir », a raconté une habitante de la rue des Vanniers. "
        "« Tout s’est passé en quelques secondes », a précisé la personne.",
        "la personne",
        "une habitante de la rue des Vanniers",
        "general noun « personne » refers back to the last speaker",
        id="la-personne-is-the-last-speaker",
    ),
    pytest.param(
        "« Nous rouvrirons la ligne », a promis Gilles Amarante mardi à Rodez. "
        "« Les trains reviendront en 2027 », a précisé le ministre.",
        "le ministre",
        "Gilles Amarante",
        "« le ministre » refers back to a named speaker",
        id="le-ministre-is-the-named-speaker",
    ),
    pytest.param(
        "« Nous tiendrons nos promesses », a lancé Paul Berthelot devant ses militants. "
        "« Rien n’est joué », a insisté le candidat.",
        "le candidat",
        "Paul Berthelot",
        "role « candidat » refers to the speaker just before",
        id="a-bare-role-is-the-speaker-just-before",
    ),
    pytest.param(
        "La romancière Solène Kervadec a reçu le prix des Lectrices jeudi à Quimper. "
        "« Ce livre m’a pris dix ans », a confié l’écrivaine.",
        "l’écrivaine",
        "La romancière Solène Kervadec",
        "« l’écrivaine » names the role of Solène Kervadec",
        id="a-role-of-the-same-group",
    ),
    pytest.param(
        "Le cycliste Tanguy Pelvoux a remporté la sixième étape à Gap. "
        "« J’ai attaqué au bon moment », a déclaré le vainqueur.",
        "le vainqueur",
        "Le cycliste Tanguy Pelvoux",
        "« le vainqueur » is Tanguy Pelvoux, the subject of the story",
        id="the-winner-is-the-subject-of-the-story",
    ),
    pytest.param(
        "Kévin Roustan, 27 ans, jugé pour vol aggravé, a gardé le silence toute la matinée. "
        "« Je n’étais pas sur place », a soutenu le prévenu.",
        "le prévenu",
        "Kévin Roustan, 27 ans",
        "« le prévenu » is Kévin Roustan, on trial or suspected",
        id="the-defendant-is-the-one-tried",
    ),
    pytest.param(
        "Firmin Lacombe, 41 ans, a demandé pardon aux familles lundi devant la cour d’assises de la Loire. "
        "« Je n’ai jamais voulu ça », a déclaré l’accusé.",
        "l’accusé",
        "Firmin Lacombe, 41 ans",
        "« l’accusé » is Firmin Lacombe, on trial or suspected",
        id="the-accused-before-the-assize-court",
        marks=pytest.mark.xfail(
            strict=True,
            reason="only « jugé pour … » or « comparaît » put a named person on trial; asking the "
            "families' pardon before the cour d’assises does not, so « l’accusé » starts a source of its own",
        ),
    ),
    pytest.param(
        "Marion Lescarret a répondu aux questions des sénateurs mardi. "
        "La ministre de la Culture a assuré que « le budget sera tenu ».",
        "La ministre de la Culture",
        "Marion Lescarret",
        "« La ministre de la Culture » gives the office of Marion Lescarret, named just before",
        id="an-office-of-the-person-named-just-before",
    ),
    pytest.param(
        "Le pompier Yanis Bouaziz a sauvé trois enfants des flammes. "
        "Le jeune homme a raconté que « la fumée était partout ».",
        "Le jeune homme",
        "Le pompier Yanis Bouaziz",
        "« Le jeune homme » is Yanis Bouaziz, named just before",
        id="le-jeune-homme-is-the-man-named-just-before",
    ),
    pytest.param(
        "Georges Trémaux, 74 ans, tient la boulangerie du village depuis 1972. "
        "« Je ne partirai pas », a prévenu le septuagénaire.",
        "le septuagénaire",
        "Georges Trémaux, 74 ans",
        "« le septuagénaire » is Georges Trémaux, whose age the article gives",
        id="an-age-noun",
    ),
    pytest.param(
        "Selon les informations de La Gazette du Morvan, le chantier a pris un an de retard. "
        "« Les devis ont doublé », écrit le quotidien.",
        "le quotidien",
        "les informations de La Gazette du Morvan",
        "« le quotidien » is the outlet named before",
        id="le-quotidien-is-the-outlet-named-before",
    ),
]


@pytest.mark.parametrize(("text", "later", "earlier", "reason"), JOINS)
def test_a_definite_description_joins_the_mention_it_describes(
    parse_text: Callable[[str], ParsedDoc], text: str, later: str, earlier: str, reason: str
) -> None:
    placed = place(parse_text, text)
    assert placed.cluster(later) is placed.cluster(earlier)
    assert placed.reason(later) == reason


APART = [
    pytest.param(
        "« On a entendu une explosion », a raconté un habitant. "
        "« Personne n’est venu », a déploré un habitant de l’immeuble voisin.",
        "un habitant de l’immeuble voisin",
        "un habitant",
        id="an-indefinite-description-is-someone-new",
    ),
    pytest.param(
        "« Nos commandes ont chuté », a regretté le partenaire commercial de la coopérative Terrevive. "
        "« Nous cherchons d’autres clients », a ajouté l’un des partenaires commerciaux de la coopérative.",
        "l’un des partenaires commerciaux de la coopérative",
        "le partenaire commercial de la coopérative Terrevive",
        id="one-of-the-partners-is-another-partner",
    ),
    pytest.param(
        "« La sécurité reste notre priorité », a déclaré le ministre de l’Intérieur. "
        "« Le déficit sera réduit », a assuré le ministre de l’Économie.",
        "le ministre de l’Économie",
        "le ministre de l’Intérieur",
        id="another-ministry",
    ),
    pytest.param(
        "« L’hôpital manque de lits », a reconnu le directeur de l’hôpital. "
        "« Nous ouvrirons un service en juin », a annoncé la directrice de l’hôpital.",
        "la directrice de l’hôpital",
        "le directeur de l’hôpital",
        id="the-same-office-in-the-other-gender",
    ),
    pytest.param(
        "« Nous tiendrons nos promesses », a lancé Paul Berthelot devant ses militants. "
        "« Rien n’est joué », a insisté la candidate.",
        "la candidate",
        "Paul Berthelot",
        id="a-bare-role-of-the-other-gender",
    ),
    pytest.param(
        "Marc Lescarret a répondu aux questions des sénateurs mardi. "
        "La ministre de la Culture a assuré que « le budget sera tenu ».",
        "La ministre de la Culture",
        "Marc Lescarret",
        id="an-office-of-the-other-gender-than-the-man-just-named",
    ),
    pytest.param(
        "La mère de Théo, Sandrine Vallier, a témoigné en premier. "
        "« Il ne dormait plus », a dit la mère d’Inès.",
        "la mère d’Inès",
        "La mère de Théo, Sandrine Vallier",
        id="the-mother-of-another-child",
    ),
    pytest.param(
        "« Mon client conteste les faits », a déclaré l’avocat de la famille, Me Romain Castagné. "
        "« Je n’ai rien fait », a répondu le prévenu.",
        "le prévenu",
        "l’avocat de la famille, Me Romain Castagné",
        id="the-defendant-is-not-the-lawyer-who-just-spoke",
    ),
]


@pytest.mark.parametrize(("text", "later", "earlier"), APART)
def test_a_description_of_someone_else_starts_a_cluster_of_its_own(
    parse_text: Callable[[str], ParsedDoc], text: str, later: str, earlier: str
) -> None:
    placed = place(parse_text, text)
    assert placed.cluster(later) is not placed.cluster(earlier)
    assert placed.reason(later) == "first mention"
