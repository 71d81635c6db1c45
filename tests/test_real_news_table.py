# Passages are written one paragraph per line, as in the article files: long lines are the point.
# ruff: noqa: E501
"""Specification table for issue 11: attribution that holds on real news.

The issue counted eight classes of errors on real French articles that nobody tuned on
(« What the errors on unseen articles look like », 1–8). Every passage below was written
for this table in the shapes French reporters use (regional and national press, Belgian,
Swiss and Québec papers, wire copy), with invented people, places and organizations; none
comes from an article of ``../shared/eval``. A rule that passes a row must be a general
mechanism, not a memorised sentence.

A row is a passage (1–4 sentences, one paragraph per line, a headline first where the class
needs it) and, for each quotation that matters, what a reader sees, following
``../shared/eval/GUIDELINES.md``:

- ``kind``: direct, partial, indirect or scare (a headline excerpt may be direct or partial);
- ``source``: a regular expression that the resolved source's name must match (as ``accept``
  in the gold files), ``None`` when nobody in the text said it (level 7) or for a scare quote;
  ``reject`` names the wrong speaker the analyzer must not return;
- ``level``: the identification level of that source (0 identified … 7 unattributed), or a
  range where two neighbouring levels are both defensible.

A quotation is found by a fragment of its text (or of its content, for indirect speech: a
prediction matches when its span contains the fragment or covers 80 % of it). ``absent``
marks words that must not be reported as a quotation at all (rows whose id ends in ``-neg``),
``optional`` a quotation the analyzer may report or not (attitude verbs), but which must be
right if reported. ``same`` and ``different`` say which quotations share a source.

The rows of class 8 also check the audit: a headline quotation never makes the article's
first quotation anonymous when the body's first quotation is named. The last test runs five
whole articles in which every speaker is named: no check about anonymous sourcing may fire.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from quotes.checks import audit
from quotes.model import Analysis, Quote, Source

pytestmark = pytest.mark.spacy

Level = int | tuple[int, int]


@dataclass(frozen=True)
class Expect:
    """One quotation a reader sees (or, for ``absent``, words that are no quotation)."""

    kinds: tuple[str, ...]
    fragment: str
    source: str | None = None
    level: Level = 7
    reject: str | None = None
    at: str | None = None  # a unique stretch of the passage holding the fragment, when it repeats
    absent: bool = False
    optional: bool = False

    @property
    def key(self) -> str:
        return self.at or self.fragment

    @property
    def levels(self) -> tuple[int, int]:
        return (self.level, self.level) if isinstance(self.level, int) else self.level


def _marks(
    kinds: tuple[str, ...],
    fragment: str,
    source: str | None,
    level: Level,
    reject: str | None,
    at: str | None,
) -> Expect:
    return Expect(kinds, fragment, source, level, reject=reject, at=at)


def direct(
    fragment: str, source: str | None, level: Level, *, reject: str | None = None, at: str | None = None
) -> Expect:
    return _marks(("direct",), fragment, source, level, reject, at)


def partial(
    fragment: str, source: str | None, level: Level, *, reject: str | None = None, at: str | None = None
) -> Expect:
    return _marks(("partial",), fragment, source, level, reject, at)


def marked(
    fragment: str, source: str | None, level: Level, *, reject: str | None = None, at: str | None = None
) -> Expect:
    """Words between marks that may read as a whole utterance or as embedded words (headlines)."""
    return _marks(("direct", "partial"), fragment, source, level, reject, at)


def indirect(fragment: str, source: str | None, level: Level, *, reject: str | None = None) -> Expect:
    return _marks(("indirect",), fragment, source, level, reject, None)


def scare(fragment: str, *, at: str | None = None) -> Expect:
    return _marks(("scare",), fragment, None, 7, None, at)


def absent(fragment: str) -> Expect:
    """Words that no quotation may cover: the reporter's voice, a speech act that did not happen."""
    return Expect((), fragment, absent=True)


def optional(fragment: str, source: str, level: Level) -> Expect:
    """An indirect quotation that GUIDELINES leave optional: if it is reported, it must be right."""
    return Expect(("indirect",), fragment, source, level, optional=True)


@dataclass(frozen=True)
class Row:
    text: str
    expected: tuple[Expect, ...]
    same: tuple[tuple[str, str], ...] = ()  # keys of two expectations: one source
    different: tuple[tuple[str, str], ...] = ()  # keys of two expectations: two sources
    first_named: bool = False  # the article's first quotation must not be reported anonymous


def row(
    row_id: str,
    text: str,
    *expected: Expect,
    same: tuple[tuple[str, str], ...] = (),
    different: tuple[tuple[str, str], ...] = (),
    first_named: bool = False,
) -> object:
    return pytest.param(Row(text.strip(), expected, same, different, first_named), id=row_id)


CLASS_1 = [
    # --- 1. A speaker that cannot speak: abstract nouns, places, documents, objects, events -------
    row(
        "class1-abstract-noun-the-aim-of-the-plan",
        "L’objectif du plan, selon la ministre du Logement, Aurélie Castaing, est de « loger 12 000 familles d’ici à 2027 ».",
        partial("loger 12 000 familles", r"Aurélie Castaing", 0, reject=r"(?i)objectif|plan"),
    ),
    row(
        "class1-a-place-heads-the-sentence",
        "À Brévenne, « tout le monde connaît quelqu’un qui a perdu son emploi », résume le curé de la paroisse Saint-Martin, Jean-Baptiste Morvan.",
        marked("tout le monde connaît quelqu’un", r"Jean-Baptiste Morvan", 0, reject=r"(?i)^(à )?brévenne$"),
    ),
    row(
        "class1-a-country-is-the-topic-not-the-speaker",
        "La France « n’a pas vocation à accueillir ce sommet chaque année », a ironisé le ministre luxembourgeois des Affaires étrangères, Marc Weiler, à l’issue de la réunion de Bruxelles.",
        partial("n’a pas vocation à accueillir", r"Marc Weiler", 0, reject=r"(?i)france"),
    ),
    row(
        "class1-a-letter-speaks-for-its-signatory",
        "Le courrier, que notre rédaction a pu consulter, évoque « une faute lourde de gestion » de la part de l’ancien directeur. Il est signé par le président du conseil d’administration de la mutuelle, Étienne Roussel.",
        partial("une faute lourde de gestion", r"Étienne Roussel", 0, reject=r"(?i)courrier|rédaction"),
    ),
    row(
        "class1-a-letter-in-the-incise-speaks-for-its-signatory",
        "Le syndicat Unité soignante a écrit au ministre de la Santé. « Les urgences ne tiendront pas l’été », prévient le courrier, signé par sa secrétaire générale, Odile Berthou.",
        direct(
            "Les urgences ne tiendront pas l’été",
            r"Odile Berthou|Unité soignante",
            (0, 2),
            reject=r"(?i)courrier",
        ),
    ),
    row(
        "class1-the-document-speaks-for-the-ministry-that-issued-it",
        "Le ministère de l’Intérieur a adressé jeudi une circulaire aux préfets. Le document précise que « les contrôles seront renforcés dans les gares frontalières ».",
        partial("les contrôles seront renforcés", r"(?i)ministère de l’Intérieur", 2, reject=r"(?i)document"),
    ),
    row(
        "class1-an-internal-note-speaks-for-the-department-that-wrote-it",
        "La note interne, datée du 3 mars, est sans ambiguïté : « Aucun recrutement ne sera autorisé avant 2026. » Elle a été rédigée par la direction des ressources humaines du groupe Batival.",
        direct("Aucun recrutement ne sera autorisé", r"Batival", 2, reject=r"(?i)note"),
    ),
    row(
        "class1-the-data-of-its-subscribers",
        "La directrice de la communication de Numéris, Léa Fournier, a reconnu mardi que les données de ses abonnés avaient été « exposées pendant près de trois semaines ».",
        partial("exposées pendant près de trois semaines", r"Léa Fournier", 0, reject=r"(?i)données|abonnés"),
    ),
    row(
        "class1-an-event-the-closure-of-the-factory",
        "La fermeture de l’usine en mars a été « un coup de massue pour toute la vallée », estime le président de la communauté de communes, Gérard Fabre.",
        partial("un coup de massue pour toute la vallée", r"Gérard Fabre", 0, reject=r"(?i)fermeture|usine"),
    ),
    row(
        "class1-the-object-of-interpeller-before-a-colon",
        "Le député Julien Aubry a interpellé la ministre de l’Agriculture lors des questions au gouvernement : « Combien d’exploitations devront encore fermer avant que vous agissiez ? »",
        direct("Combien d’exploitations devront encore fermer", r"Julien Aubry", 0, reject=r"(?i)ministre"),
    ),
    row(
        "class1-the-indirect-object-after-the-speaker",
        "« Vous n’avez rien compris à la ruralité », a lancé la sénatrice Odile Marchand au ministre des Transports.",
        direct("Vous n’avez rien compris à la ruralité", r"Odile Marchand", 0, reject=r"(?i)ministre"),
    ),
    row(
        "class1-the-indirect-object-before-the-speaker",
        "« Le droit s’applique à tous, ici comme ailleurs », a rappelé aux élus le préfet de l’Orne, Thierry Lavoie.",
        direct("Le droit s’applique à tous", r"Thierry Lavoie", 0, reject=r"(?i)élus"),
    ),
    row(
        "class1-an-abstract-subject-the-question-of-funding",
        "La question du financement reste « entière », reconnaît le directeur de l’hôpital de Lannion, Pascal Guérin.",
        partial("entière", r"Pascal Guérin", 0, reject=r"(?i)question|financement"),
    ),
    row(
        "class1-a-court-decision",
        "La décision de la cour d’appel de Rennes est « une victoire pour tous les locataires du quartier », s’est félicité l’avocat de l’association, Me Hugo Salles.",
        partial("une victoire pour tous les locataires", r"Hugo Salles", 0, reject=r"(?i)décision|cour"),
    ),
    row(
        "class1-the-investigation-shows-the-prosecutor-speaks",
        "L’enquête a établi que le conducteur roulait à plus de 130 km/h au moment du choc, a indiqué le procureur de la République de Vannes, Éric Le Moal.",
        indirect(
            "le conducteur roulait à plus de 130 km/h au moment du choc",
            r"Éric Le Moal",
            0,
            reject=r"(?i)enquête",
        ),
    ),
    row(
        "class1-a-storm-is-no-witness",
        "La tempête Louisa a laissé derrière elle « un paysage de guerre », a témoigné Yann Le Bihan, ostréiculteur à Cancale.",
        partial("un paysage de guerre", r"Yann Le Bihan", 0, reject=r"(?i)tempête|louisa"),
    ),
    row(
        "class1-no-speaker-a-banner",
        "« Il n’y aura pas de retour en arrière. » La formule, peinte sur une banderole accrochée aux grilles, résume l’état d’esprit qui règne dans la vallée depuis la fermeture de l’usine en mars.",
        direct("Il n’y aura pas de retour en arrière", None, 7),
    ),
    row(
        "class1-no-speaker-a-village",
        "« Plus rien ne sera comme avant. » Trois mois après la crue, le village de Saint-Ythier peine à se relever.",
        direct("Plus rien ne sera comme avant", None, 7),
    ),
    # The dateline of a dispatch (« MONTRÉAL – », « PARIS (Reuters) - ») is where it was filed, never
    # a speaker; the subject is the phrase after its dash.
    row(
        "class1-a-dateline-is-no-speaker",
        "Norvest renonce à Lagardère\nPARIS (Reuters) - Le groupe de médias Norvest, qui cherche des acquisitions, a dit samedi ne pas avoir l’intention de faire une offre de rachat.",
        indirect("ne pas avoir l’intention de faire une offre de rachat", r"Norvest", 2, reject=r"PARIS"),
    ),
    row(
        "class1-a-dateline-with-a-dash-before-a-named-subject",
        "Québec maintient sa réforme\nQUÉBEC – Le ministre de l’Éducation, Bernard Drainville, a affirmé mardi que la réforme entrerait en vigueur à l’automne.",
        indirect("la réforme entrerait en vigueur à l’automne", r"Drainville", 0, reject=r"QUÉBEC"),
    ),
    # A title after « sur le thème », « intitulé » is a label, whatever its case.
    row(
        "class1-a-theme-in-lower-case-is-a-title",
        "Le professeur Kenji Arata est le conférencier du thème « apprendre dans la diversité des langues ». « Le français recule partout », regrette-t-il.",
        scare("apprendre dans la diversité des langues"),
        direct("Le français recule partout", r"Kenji Arata", 0),
    ),
    # Where nobody is in sight, the text whose content the paragraph states is what is quoted (a guess).
    row(
        "class1-a-law-quoted-after-the-text-defines",
        "Le Parlement adopte la loi sur le démarchage\nLe Parlement a adopté jeudi la loi sur le démarchage téléphonique. Le nouveau texte définit plus précisément le consentement du consommateur.\nAinsi, le consentement est défini comme « une manifestation de volonté libre, spécifique, éclairée et univoque », avec en précision : « Le silence du consommateur ne vaut pas consentement ».",
        partial("une manifestation de volonté libre", r"(?i)texte|Parlement", 2),
        direct("Le silence du consommateur ne vaut pas consentement", r"(?i)texte|Parlement", 2),
    ),
    row(
        "class1-a-text-with-no-issuer-is-a-document",
        "La circulaire est arrivée lundi dans les écoles.\nLe texte précise les règles d’accueil des élèves. Le retard est défini comme « toute arrivée après la fermeture du portail ».",
        partial("toute arrivée après la fermeture du portail", r"(?i)texte|circulaire", 4),
    ),
    row(
        "class1-a-passive-with-no-text-in-sight-stays-unattributed",
        "La réunion a duré trois heures.\nLe projet est qualifié de « déraisonnable » dans les couloirs de la mairie.",
        partial("déraisonnable", None, 7),
    ),
    # « la même source » is the source so called before, even when someone else spoke since.
    row(
        "class1-la-meme-source-after-another-speaker",
        "Une source bien informée sur les coulisses du parti indique que deux camps se disputent le pouvoir. Les jeux ne sont pas faits, estime un observateur avisé. Il faut s’attendre à des surprises, estime la même source.",
        indirect("Il faut s’attendre à des surprises", r"(?i)^une source", 5, reject=r"observateur"),
    ),
    # A verb right after a quotation that sits in an aside is no incise: what follows it is its object.
    row(
        "class1-the-object-after-a-quoted-aside-is-not-the-speaker-neg",
        "Le ministre de l’Intérieur, évoquant « une affaire extrêmement grave », a annoncé la suspension du policier. « Si l’enquête confirme son implication, je prendrai toutes les sanctions nécessaires. »",
        direct("Si l’enquête confirme son implication", r"(?i)ministre de l’Intérieur", 2, reject=r"(?i)suspension"),
        absent("a annoncé la suspension du policier"),
    ),
    # « la source policière » is the source so described before, even when someone else spoke since.
    row(
        "class1-a-described-source-after-another-speaker",
        "Le suspect a été placé en garde à vue, selon une source policière. Le ministre, Gérald Morin, a dénoncé « une faute très grave ». Des perquisitions étaient en cours samedi, a précisé la source policière.",
        indirect("Des perquisitions étaient en cours samedi", r"(?i)source policière", (4, 5), reject=r"Morin"),
    ),
    row(
        "class1-a-verb-with-its-own-auxiliary-hung-on-a-participle-takes-the-words-before-it",
        "Cherchant à voir un peu de positif malgré la défaite, Dubé-Lanctôt a rappelé que son équipe était revenue au score en fin de match.",
        indirect("son équipe était revenue au score", r"Dubé-Lanctôt", (0, 2), reject=r"(?i)positif"),
    ),
    row(
        "class1-object-control-still-gives-the-speaker-of-an-infinitive",
        "L’association veut convaincre la veuve de demander que l’enquête soit rouverte.",
        indirect("l’enquête soit rouverte", r"(?i)la veuve", (3, 4)),
    ),
    row(
        "class1-par-la-suite-names-no-agent",
        "« Le suspect a été interpellé dans la nuit », a déclaré la procureure Sylvie Andrieux, précisant par la suite qu’il avait des « antécédents judiciaires ».",
        indirect("il avait des « antécédents judiciaires »", r"Sylvie Andrieux", 0, reject=r"(?i)suite"),
    ),
    row(
        "class1-a-subject-hung-on-the-auxiliary-speaks-through-its-relative",
        "L’accident avait été révélé par le syndicat Sud qui avait aussitôt écrit à la direction pour dénoncer « des cadences intenables » sur la ligne.",
        partial("des cadences intenables", r"(?i)Sud", 2, reject=r"(?i)accident"),
    ),
    row(
        "class1-a-verb-after-a-participle-and-a-relative-clause",
        "Un diplomate africain ayant participé aux pourparlers, qui s’exprime sous couvert d’anonymat, décrit des discussions « au bord de la rupture » jusqu’à jeudi.",
        partial("au bord de la rupture", r"(?i)diplomate", (3, 4), reject=r"(?i)pourparlers"),
    ),
    row(
        "class1-a-place-in-apposition-is-not-the-speaker",
        """
Éolien : la colère des habitants
Les promoteurs ont présenté le projet mardi. Un habitant des "Granges", un hameau de Saint-Agrève, s’inquiète de ce projet. "Ça va être horrible. C’est le même projet que le précédent."
""",
        direct("Ça va être horrible", r"^Un habitant", (3, 4), reject=r"hameau|promoteurs"),
    ),
    row(
        "class1-a-town-may-speak-a-hamlet-may-not-neg",
        """
« Nous rouvrirons l’école en septembre », a annoncé la commune. Le village compte 300 habitants.
""",
        direct("Nous rouvrirons l’école", r"commune", (2, 3)),
        absent("Le village compte 300 habitants"),
    ),
    row(
        "class1-qui-after-a-place-complement-is-the-person",
        "« Une partie du quartier est bouclée », a indiqué un commerçant de Bamenda, qui a dit ne pas pouvoir ouvrir sa boutique ce matin.",
        direct("Une partie du quartier est bouclée", r"(?i)un commerçant", (3, 4)),
        indirect("ne pas pouvoir ouvrir sa boutique", r"(?i)un commerçant", (3, 4), reject=r"(?i)^bamenda$"),
    ),
    row(
        "class1-qui-after-a-two-word-place-is-the-person",
        "« On a tout perdu en une nuit », raconte une habitante de Pointe Noire, qui a affirmé que l’eau était montée jusqu’au plafond.",
        indirect("l’eau était montée jusqu’au plafond", r"(?i)une habitante", (3, 4), reject=r"(?i)^pointe noire$"),
    ),
    row(
        "class1-qui-after-a-named-person-complement-stays-the-person-neg",
        "L’avocate de Marc Delaunay, Me Sophie Brun, a plaidé la relaxe. Selon elle, son client « n’a jamais vu l’argent ».",
        partial("n’a jamais vu l’argent", r"Sophie Brun", 0, reject=r"Delaunay"),
        absent("a plaidé la relaxe"),
    ),
    row(
        "class1-a-message-from-the-captain-telling-them",
        "Les joueuses ont reçu dimanche soir un message de leur capitaine leur disant que le déplacement à Brest était annulé.",
        indirect("le déplacement à Brest était annulé", r"(?i)capitaine", (3, 4), reject=r"(?i)joueuses"),
    ),
    row(
        "class1-an-email-from-the-director-announcing",
        "Les salariés de l’entrepôt ont reçu un courriel de leur directeur leur annonçant que le site fermerait en juin.",
        indirect("le site fermerait en juin", r"(?i)directeur", (3, 4), reject=r"(?i)salariés"),
    ),
    row(
        "class1-a-prevention-message-speaks-for-who-issued-it-neg",
        "La mairie a diffusé un message de prévention rappelant que la baignade est interdite dans le lac.",
        indirect("la baignade est interdite", r"(?i)mairie", 2),
        absent("La mairie a diffusé"),
    ),
    row(
        "class1-qui-agrees-with-the-plural-noun-not-the-strike",
        "Une grève qui n’a pas ravi les patrons, qui accusent les syndicats d’avoir eux-mêmes rompu les négociations.",
        indirect("avoir eux-mêmes rompu les négociations", r"(?i)patrons", 6, reject=r"(?i)grève"),
    ),
    row(
        "class1-qui-agrees-with-the-plural-residents",
        "Une pétition circule depuis lundi chez les riverains de la zone, qui affirment que le projet n’a jamais été présenté en réunion publique.",
        indirect("le projet n’a jamais été présenté", r"(?i)riverains", 6, reject=r"(?i)pétition"),
    ),
    row(
        "class1-qui-agrees-with-the-singular-mayor-neg",
        "Les habitants ont rencontré le maire, qui affirme que la route sera sécurisée avant l’été.",
        indirect("la route sera sécurisée", r"(?i)le maire", (2, 3), reject=r"(?i)habitants"),
        absent("Les habitants ont rencontré"),
    ),
]

CLASS_2 = [
    # --- 2. Quotations a reader attributes without a reporting verb --------------------------
    row(
        "class2-colon-after-a-statement-of-fact",
        "La présidente du club de handball de Vitré, Sabine Roux, s’en tient à un constat : « Nous avons perdu 120 licenciés en un an, et personne ne nous aide. »",
        direct("Nous avons perdu 120 licenciés", r"Sabine Roux", 0),
    ),
    row(
        "class2-colon-after-an-emotion",
        "Adeline Faure, présidente de la fédération des parents d’élèves du Morbihan, ne décolère pas : « On ferme des classes pendant qu’on construit des lotissements. »",
        direct("On ferme des classes", r"Adeline Faure", 0),
    ),
    row(
        "class2-colon-after-a-gesture",
        "Le maire de Pleyben, Ronan Quéinnec, montre du doigt la fissure qui court le long du clocher : « Voilà ce que trente ans d’abandon ont produit. »",
        direct("Voilà ce que trente ans d’abandon", r"Ronan Quéinnec", 0),
    ),
    row(
        "class2-first-person-in-a-paragraph-about-one-person",
        "Yasmina Haddad, 29 ans, a repris en 2021 la boulangerie de son grand-père à Quintin. Les débuts ont été rudes. « J’ai travaillé dix-huit heures par jour pendant un an. Aujourd’hui, je ne regrette rien. »",
        direct("J’ai travaillé dix-huit heures par jour", r"Yasmina Haddad", (0, 1)),
    ),
    row(
        "class2-speaker-in-the-paragraph-before-pour-x",
        """
Pour Henri Dufaure, président de l’association des riverains du Marais-Vert, le projet de rocade n’a aucun sens.
« Personne ne nous a consultés. Nous avons appris l’existence du chantier en lisant le journal. »
""",
        direct("Personne ne nous a consultés", r"Henri Dufaure", 0),
    ),
    row(
        "class2-speaker-in-the-paragraph-before-narrative",
        """
L’ancienne championne de France de judo Maëlle Kerjean a ouvert un dojo dans son village natal de Rostrenen.
« Je voulais rendre aux enfants d’ici ce que le sport m’a donné. Ici, il n’y avait rien. »
""",
        direct("Je voulais rendre aux enfants", r"Maëlle Kerjean", 0),
    ),
    row(
        "class2-contacte-then-a-colon",
        "Contacté, le directeur de la clinique des Lilas, Bruno Lemercier, assume : « Nous avons fait des choix difficiles, mais ils étaient nécessaires. »",
        direct("Nous avons fait des choix difficiles", r"Bruno Lemercier", 0),
    ),
    row(
        "class2-contactee-then-the-next-sentence",
        "Contactée par téléphone, Agnès Perrin, porte-parole de la compagnie Aérolig, se veut rassurante. « Tous les passagers seront remboursés dans un délai de trente jours. »",
        direct("Tous les passagers seront remboursés", r"Agnès Perrin", 0),
    ),
    row(
        "class2-court-dialogue-turns-without-cues",
        "« Pourquoi avoir pris le volant ce soir-là ? » demande la présidente du tribunal, Martine Lacaze. « Je ne pensais pas avoir autant bu », répond Anthony L., 27 ans. « Et les deux accidents précédents ? » « Je n’ai pas d’excuse. »",
        direct("Et les deux accidents précédents", r"Martine Lacaze", 0),
        direct("Je n’ai pas d’excuse", r"Anthony L", 1),
        different=(("Et les deux accidents précédents", "Je n’ai pas d’excuse"),),
    ),
    row(
        "class2-after-match-commentary",
        "Au micro de Radio Cornouaille, l’attaquant du Stade quimpérois, Moussa Diarra, revenait sur la défaite. « On a manqué de réalisme devant le but. » Puis, un sourire aux lèvres : « Mais on reviendra plus forts au match retour. »",
        direct("On a manqué de réalisme", r"Moussa Diarra", 0),
        direct("Mais on reviendra plus forts", r"Moussa Diarra", 0),
        same=(("On a manqué de réalisme", "Mais on reviendra plus forts"),),
    ),
    row(
        "class2-c-est-ce-qu-a-assure-after-the-words",
        "« Aucun poste ne sera supprimé. » C’est ce qu’a assuré mardi le PDG de Varnel Industries, Joël Ferrat, devant les salariés réunis à la cantine.",
        direct("Aucun poste ne sera supprimé", r"Joël Ferrat", 0),
    ),
    row(
        "class2-telle-est-l-analyse-de",
        "« La crise du logement est d’abord une crise du foncier. » Telle est l’analyse de Mireille Santoni, économiste à l’université de Tours.",
        direct("La crise du logement est d’abord", r"Mireille Santoni", 0),
    ),
    row(
        "class2-comme-l-a-precise",
        "Le chantier du pont de Kerbrat « prendra au moins deux ans », comme l’a précisé la présidente du conseil départemental, Agnès Morvan.",
        partial("prendra au moins deux ans", r"Agnès Morvan", 0),
    ),
    row(
        "class2-ce-sont-les-mots-de",
        "« On se bat contre des moulins à vent. » Ce sont les mots de Gilles Aubert, vigneron à Cheverny, après la troisième grêle de la saison.",
        direct("On se bat contre des moulins à vent", r"Gilles Aubert", 0),
    ),
    row(
        "class2-name-and-colon-transcript",
        """
Deux soignants du service de pédiatrie du CHU de Rennes, Lucie Fabre, infirmière, et Karim Toumi, aide-soignant, ont accepté de témoigner.
Lucie Fabre : « On ne nous a jamais expliqué pourquoi le service perdait six lits. »
Karim Toumi : « On apprend les changements de planning la veille au soir. »
""",
        direct("On ne nous a jamais expliqué", r"Lucie Fabre", 0),
        direct("On apprend les changements de planning", r"Karim Toumi", 0),
        different=(("On ne nous a jamais expliqué", "On apprend les changements de planning"),),
    ),
    row(
        "class2-quebec-cue-a-laisse-tomber",
        "« On ne peut pas continuer comme ça », a laissé tomber la mairesse de Rimouski, Sylvie Tremblay-Roy, en point de presse.",
        direct("On ne peut pas continuer comme ça", r"Sylvie Tremblay-Roy", 0),
    ),
    row(
        "class2-colon-after-a-verb-of-nuance",
        "« Le virus circule plus tôt que d’habitude », a constaté le Dr Hugo Renaud, médecin généraliste à Vitré. Élise Ngo, infectiologue au CHU de Rennes, tempère : « Rien d’alarmant à ce stade. »",
        direct("Le virus circule", r"Hugo Renaud", 0),
        direct("Rien d’alarmant", r"Élise Ngo", 0, reject=r"Renaud"),
    ),
    row(
        "class2-colon-after-an-event-in-a-paragraph-about-one-person",
        "Hervé Ollivier, délégué CFDT de l’usine Sofralec, n’a rien oublié. La fermeture de l’usine en mars a tout emporté : « Trente ans de ma vie sont partis en une matinée. »",
        direct("Trente ans de ma vie", r"Hervé Ollivier", 0, reject=r"(?i)fermeture|usine"),
    ),
    row(
        "class2-verbless-pour-x-after-the-words",
        "Le procès a été renvoyé au 12 mai. Une décision « incompréhensible » pour Me Fanny Lebrun, l’avocate des parties civiles.",
        partial("incompréhensible", r"Fanny Lebrun", 0),
    ),
    row(
        "class2-took-the-floor-then-the-quote",
        "Visiblement ému, le maire de Lanvollon, Maxime Pelletier, a pris la parole à la fin de la cérémonie. « Je n’oublierai jamais le courage de ces quarante bénévoles. »",
        direct("Je n’oublierai jamais le courage", r"Maxime Pelletier", 0),
    ),
    row(
        "class2-a-verbless-lead-in-with-a-speech-noun",
        "Le conseil municipal a voté la fermeture de la piscine. Réaction immédiate de l’adjointe aux sports, Maëlle Quiniou : « C’est un crève-cœur ». Même son de cloche chez les sauveteurs du club : « On n’a pas été consultés ».",
        direct("C’est un crève-cœur", r"Maëlle Quiniou", 0),
        direct("On n’a pas été consultés", r"(?i)sauveteurs", 6),
    ),
    row(
        "class2-the-words-are-those-of-and-pour-before-a-colon",
        "« Nous n’avons plus de marge. » Les mots sont ceux du directeur de l’hôpital de Lannion, Marc Ollivier.\nLe message est clair pour les syndicats de soignants : « Sans renforts, le service fermera cet été ».",
        direct("Nous n’avons plus de marge", r"Marc Ollivier", 0),
        direct("Sans renforts, le service fermera", r"(?i)syndicats", (2, 6)),
    ),
    row(
        "class2-a-verbless-lead-in-without-a-speaker-neg",
        "Au menu de la soirée : « galettes et chants de marins ». La fête a réuni deux cents personnes.",
        absent("La fête a réuni deux cents personnes"),
    ),
    row(
        "class2-mais-pour-x-before-the-quotation",
        "Il y a eu la réforme des retraites, mais pour cette secrétaire d’État « même quand il y a de l’actualité, nos sujets n’existent pas ».",
        partial("même quand il y a de l’actualité", r"(?i)secrétaire d’État", (3, 4)),
    ),
    row(
        "class2-mais-pour-l-instant-is-no-speaker-neg",
        "Le projet avance, mais pour l’instant rien n’est signé avec la région.",
        absent("rien n’est signé avec la région"),
    ),
    row(
        "class2-the-next-sentence-owns-it-with-ce-que",
        "La rumeur enfle depuis lundi.\n« On dirait une équipe de campagne, pas un gouvernement. » Voilà ce que me confiait hier un sénateur de la majorité, sous le sceau de l’anonymat.",
        direct("On dirait une équipe de campagne", r"(?i)sénateur de la majorité", 4),
    ),
    row(
        "class2-the-next-sentence-owns-it-with-c-est-ce-que",
        "« Le calendrier ne tient plus. » C’est ce qu’a reconnu mardi une cadre de la direction régionale.",
        direct("Le calendrier ne tient plus", r"(?i)cadre de la direction", (3, 4)),
    ),
    row(
        "class2-on-with-the-circle-it-stands-for-before",
        "Le remaniement pourrait intervenir avant l’été. Dans l’entourage de la Première ministre, on assure pourtant que « rien n’est arbitré ».",
        partial("rien n’est arbitré", r"(?i)entourage de la Première ministre", (5, 6)),
    ),
    row(
        "class2-on-with-the-circle-it-stands-for-after",
        "« Le calendrier sera tenu », confie-t-on dans l’entourage du ministre des Transports.",
        direct("Le calendrier sera tenu", r"(?i)entourage du ministre", (5, 6)),
    ),
    row(
        "class2-on-with-the-company-it-stands-for-before",
        "Chez Alvéo Industrie, on explique que la chaîne de Saint-Brieuc redémarrera lundi.",
        indirect("la chaîne de Saint-Brieuc redémarrera lundi", r"Alvéo Industrie", (2, 3)),
    ),
    row(
        "class2-on-in-a-place-is-nobody-neg",
        "À Quimperlé, on dit que la halle ne rouvrira pas avant l’automne. « On attend toujours une date », soupire un commerçant de la place.",
        absent("la halle ne rouvrira pas avant l’automne"),
        direct("On attend toujours une date", r"(?i)commerçant", 4),
    ),
    # « se contente de réagir X », « s’est contenté de répondre X »: a verb of manner before the
    # reporting infinitive, the subject after it.
    row(
        "class2-incise-se-contente-de",
        "« C’est le président qui tranche, je ne parle jamais à sa place », se contente de réagir Sandrine Pelletier-Roux sur France Inter.",
        direct("C’est le président qui tranche", r"Sandrine Pelletier-Roux", 1),
    ),
    row(
        "class2-incise-s-est-contente-de",
        "Le conseil municipal s’est réuni lundi soir. « Nous verrons bien », s’est contenté de répondre le maire, Gérard Lemoine.",
        direct("Nous verrons bien", r"Gérard Lemoine", 0),
    ),
    row(
        "class2-incise-s-empresse-de",
        "« Aucune décision n’a été prise », s’empresse de préciser la directrice de l’hôpital, Nadia Ferhat.",
        direct("Aucune décision n’a été prise", r"Nadia Ferhat", 0),
    ),
    row(
        "class2-incise-veut-croire",
        "« Il peut y avoir des coups de mou, mais ça repartira ! » veut croire ce délégué de Sud-Rail, parmi les plus déterminés.",
        direct("Il peut y avoir des coups de mou", r"(?i)délégué de Sud-Rail", (3, 4)),
    ),
    row(
        "class2-incise-prefere-relativiser",
        "« Ce n’est qu’un incident de parcours », préfère relativiser le maire de Landerneau, Yves Kerhervé.",
        direct("Ce n’est qu’un incident de parcours", r"Yves Kerhervé", 0),
    ),
    # An incise inside one pair of marks whose verb group holds an adverb, or whose speaker goes on
    # with « qui ajoute : » / « ajoutant : ».
    row(
        "class2-incise-inside-with-an-adverb-and-ajoutant",
        "« Avec ce qui se passe, on a besoin de tout le monde, a pourtant déclaré le président de la compagnie, Marc Tessier, ajoutant : je sais que les agents savent être solidaires. »",
        direct("Avec ce qui se passe, on a besoin de tout le monde", r"Marc Tessier", 0),
    ),
    row(
        "class2-incise-inside-qui-ajoute",
        "« Et c’est tant mieux, confie un sénateur de la majorité qui ajoute : ces gens-là n’étaient jamais joignables. »",
        direct("Et c’est tant mieux", r"(?i)sénateur", (3, 4)),
    ),
    # « Comprenez : « … » »: the reporter's gloss of the last speaker, nobody called « Comprenez ».
    row(
        "class2-a-gloss-before-a-colon",
        "« Il faut du sang neuf », explique un conseiller de l’exécutif. Comprenez : « C’est l’occasion de se débarrasser de ceux qui posent problème. »",
        direct("C’est l’occasion de se débarrasser", r"(?i)conseiller", (3, 4), reject=r"Comprenez"),
    ),
    # A date between the incise verb and its subject: « a précisé ce lundi à l’AFP la présidente X ».
    row(
        "class2-incise-with-a-date-before-the-subject",
        "Il s’agit d’une « grève reconductible », a précisé ce lundi à l’AFP la présidente du syndicat, Martine Roussel.",
        partial("grève reconductible", r"Martine Roussel", 0),
    ),
    row(
        "class2-incise-with-a-full-date-before-the-subject",
        "« Nous mettons en garde le gouvernement », avait averti le 12 septembre Jean-Luc Barrault, secrétaire général du syndicat des généralistes.",
        direct("Nous mettons en garde le gouvernement", r"^Jean-Luc Barrault$", 0),
    ),
    row(
        "class2-incise-inside-with-a-time-of-day-before-the-subject",
        "« On parle d’une dizaine de personnes, a précisé en début de soirée Anne-Sophie Mercier, porte-parole de l’hôpital. Elles ont toutes été placées en isolement. »",
        direct("On parle d’une dizaine de personnes", r"Anne-Sophie Mercier", 0),
    ),
    row(
        "class2-incise-with-d-abord-and-au-sujet-de",
        "« Ce sont deux joueurs performants dans leurs clubs », a d’abord lancé le sélectionneur Paul Verdier au sujet des deux nouveaux noms de la liste.",
        direct("Ce sont deux joueurs performants", r"^Paul Verdier$", 0),
    ),
    row(
        "class2-incise-after-a-clause-whose-subject-cannot-speak",
        "C’est une ambiance « particulière » qui règne dans les ministères, témoigne un conseiller de l’exécutif : « On nous a livré les cartons depuis hier. »",
        direct("On nous a livré les cartons", r"(?i)conseiller de l’exécutif", 3, reject=r"ambiance"),
    ),
    row(
        "class2-a-verb-after-an-apposition-keeps-its-object-neg",
        "Côté partie civile, Maryvonne Le Goff, qui préside l’association depuis 2019, a décrit une trésorerie « exsangue », contrainte de suspendre ses distributions.",
        partial("exsangue", r"Maryvonne Le Goff", (0, 1), reject=r"trésorerie"),
        absent("contrainte de suspendre ses distributions"),
    ),
    row(
        "class2-a-clause-after-et-at-the-end-of-the-marks-is-no-incise",
        "Selon elle, la souche dégrade la moitié d’un échantillon de plastique en six semaines. « C’est lent, bien sûr. Mais les bactéries connues mettaient des mois, et exigeaient une chaleur de 50 degrés. »",
        direct("C’est lent, bien sûr", None, 7, reject=r"(?i)chaleur"),
    ),
    row(
        "class2-se-contente-de-without-quotation-neg",
        "Interrogé sur son avenir, le sélectionneur se contente de répondre aux questions sur le match de samedi.",
        absent("répondre aux questions sur le match"),
    ),
    # A sub-head or pull quote alone in its paragraph, whose words a quotation of the body holds in
    # full, is that quotation's speaker's, not the last speaker's.
    row(
        "class2-sub-head-repeating-a-later-quotation",
        "Remaniement : les ministres esquivent\n\n« Je ne sais rien de plus que vous », assure Paul Verdier sur RTL.\n\n« Ceux qui savent ne parlent pas… »\n\nLe ministre du Logement, Hervé Castel, a cité un proverbe : « Ceux qui savent ne parlent pas, ceux qui parlent ne savent pas. »",
        marked("Ceux qui savent ne parlent pas…", r"Hervé Castel", 0, reject=r"Verdier", at="« Ceux qui savent ne parlent pas… »"),
    ),
    row(
        "class2-quotation-alone-not-repeated-keeps-the-last-speaker",
        "Grève à l’usine Norelec\n\n« On ne lâchera rien », prévient Karim Bensaïd, délégué CGT.\n\n« Ils veulent nous faire partir un par un. »\n\nLa direction n’a pas souhaité réagir.",
        direct("Ils veulent nous faire partir un par un", r"Karim Bensaïd", 0),
    ),
    row(
        "class2-a-name-after-a-lowercase-title-is-a-person-for-the-pronoun",
        """
L’après-midi a été consacré aux plaidoiries, à commencer par celle de maître Ravaillac, l’avocat de la famille.
« Je suis là pour dire la douleur d’une famille entière », a-t-il débuté.
""",
        direct("Je suis là pour dire la douleur", r"Ravaillac", (0, 1)),
    ),
    row(
        "class2-a-name-after-me-missed-by-the-recognizer-is-a-person",
        "La plaidoirie de Me Quentrec a duré plus d’une heure. « Mon client n’a jamais voulu tuer », a-t-il martelé.",
        direct("Mon client n’a jamais voulu tuer", r"Quentrec", (0, 1)),
    ),
    row(
        "class2-one-learnt-it-from-the-services-of-the-prefecture",
        "« Des analyses ont été réalisées sur place », a-t-on appris des services de la préfecture du Cantal.",
        direct("Des analyses ont été réalisées sur place", r"(?i)préfecture", 2),
    ),
    row(
        "class2-one-learnt-it-from-the-prosecutors-office",
        "« Le conducteur a été placé en garde à vue », a-t-on appris du parquet de Valence.",
        direct("Le conducteur a été placé en garde à vue", r"(?i)parquet", 2),
    ),
    row(
        "class2-a-first-person-quote-is-not-the-plural-group-the-paragraph-is-about",
        "Hélène Vasquez, la directrice du musée, a appris la nouvelle au réveil. Les cambrioleurs sont repartis avec trois toiles. « Le plus beau des tableaux ! Je l’avais toujours dit, c’était mon préféré. »",
        marked("Je l’avais toujours dit", r"Vasquez", 0, reject=r"(?i)cambrioleurs"),
    ),
    row(
        "class2-a-sub-head-quoted-in-full-below-is-the-speaker-below",
        """
Des témoins ont assisté à la scène depuis l’arrêt de bus.
« C’est terrible, je n’en dors plus »
« Le bus a doublé le vélo de très près », a raconté Grégoire au micro d’une radio locale. Ce témoin revoit la scène chaque soir. « C’est terrible, je n’en dors plus. »
""",
        marked("C’est terrible, je n’en dors plus", r"Grégoire", 1, at="« C’est terrible, je n’en dors plus »\n"),
        direct("Le bus a doublé le vélo", r"Grégoire", 1),
        same=(("« C’est terrible, je n’en dors plus »\n", "Le bus a doublé le vélo"),),
    ),
    row(
        "class2-a-participle-tagged-as-a-name-after-its-auxiliary",
        "« Toutes nos pensées vont aux familles des victimes », a twitté le ministre de l’Intérieur, Laurent Quéméner.",
        direct("Toutes nos pensées vont aux familles", r"Laurent Quéméner", 0),
    ),
    row(
        "class2-pour-x-right-after-the-quoted-words",
        "Trop chargé, l’ordre du jour ? « Oui ! », pour Mireille Soumagne, la cheffe de file des écologistes dans l’opposition, c’est même « inacceptable ».",
        direct("Oui !", r"Mireille Soumagne", 0),
        partial("inacceptable", r"Mireille Soumagne", 0),
    ),
    row(
        "class2-pour-x-after-the-quoted-words-at-the-end-of-the-sentence",
        "La séance a duré huit heures. « Une erreur de méthode », pour le bourgmestre de Ciney, Olivier Tasiaux.",
        direct("Une erreur de méthode", r"Olivier Tasiaux", 0),
    ),
    row(
        "class2-pour-and-a-time-after-the-quoted-words-is-nobody-neg",
        "Le budget a été voté « à l’unanimité », pour la première fois depuis 2014.",
        scare("à l’unanimité"),
        absent("pour la première fois depuis 2014"),
    ),
    row(
        "class2-on-after-a-seat-of-power-before-a-colon",
        "Aucune explication officielle n’est venue justifier ces limogeages. Au Palais, on se limite à la formule d’usage : « Cela relève des pouvoirs du chef de l’État ». Pour autant, personne n’est surpris à Bangassou.",
        direct("Cela relève des pouvoirs du chef de l’État", r"(?i)palais", 2, reject=r"(?i)explication|personne"),
    ),
    row(
        "class2-on-after-chez-a-company-before-a-colon",
        "Chez Vallorec, on s’en tient à une phrase : « Nous ne commentons pas les rumeurs. »",
        direct("Nous ne commentons pas les rumeurs", r"(?i)Vallorec", 2),
    ),
    row(
        "class2-the-words-let-slip-by-someone-in-the-next-sentence",
        "« Je ne ferai alliance avec personne. » La phrase, lâchée en fin de débat par Muriel Escande, a surpris jusque dans son camp.",
        direct("Je ne ferai alliance avec personne", r"Muriel Escande", (0, 1)),
    ),
    row(
        "class2-a-signed-pull-quote-with-the-dash-glued-to-the-name",
        """
Le match s’est joué sur des pénalités.
«J’ai pris une pénalité stupide» -Jonas Lindqvist
Le capitaine, Jonas Lindqvist, n’a pas mâché ses mots après la rencontre.
""",
        direct("J’ai pris une pénalité stupide", r"Jonas Lindqvist", 0),
    ),
    row(
        "class2-a-present-the-tagger-calls-a-future-is-still-said",
        "« Il y avait de la coordination, de la précision », commente une source sécuritaire occidentale.",
        direct("Il y avait de la coordination", r"(?i)source sécuritaire", (4, 5)),
    ),
    row(
        "class2-a-future-incise-is-not-said-yet-neg",
        "Le conseil se réunira lundi. Le maire annoncera sa décision que le projet est abandonné dans la soirée.",
        absent("le projet est abandonné"),
    ),
    row(
        "class2-a-complement-between-the-quote-and-its-incise-neg",
        "« Les dix militants ont été relâchés au camp Lumumba », dans le nord de la capitale, a déclaré par téléphone à l’AFP Didier Kasongo, député de l’opposition.",
        direct("Les dix militants ont été relâchés", r"Didier Kasongo", 0),
        absent("dans le nord de la capitale"),
    ),
    row(
        "class2-the-quoted-words-go-on-before-the-incise",
        "Un avocat dit avoir été éconduit au commissariat : « on ne veut voir aucun civil » ici, a dit l’officier de garde.",
        partial("on ne veut voir aucun civil", r"(?i)officier", (3, 4)),
    ),
    row(
        "class2-a-quote-alone-then-the-paragraph-naming-whose-words-they-were",
        """
Otages : l’opposition dénonce la précipitation du ministre
« Je viens d’apprendre que nos otages ont été libérés. »
Première prise de parole du ministre des Armées, Lucien Thévenot, dans l’hémicycle, pour annoncer la nouvelle.
""",
        direct("Je viens d’apprendre que nos otages ont été libérés", r"Lucien Thévenot", 0),
    ),
    row(
        "class2-quotations-reopened-but-never-closed-each-take-their-incise",
        "Piscine : la fermeture confirmée\n\n« Nous n’avons plus le choix, il faut fermer en juin, a répondu le maire Paul Girard (DVD) à la question d’une élue, au conseil municipal de lundi. Comme en janvier, il a évoqué « un gouffre financier ».\n\n« Une étude a été commandée l’an dernier, a précisé l’élu.",
        direct("Nous n’avons plus le choix", r"Paul Girard", 0),
        direct("Une étude a été commandée", r"Paul Girard", 0),
    ),
    row(
        "class2-an-unclosed-quotation-whose-incise-ends-with-a-complement",
        "Cinéma : la convention s’arrête\n\n« On ne pourra pas faire autrement que d’arrêter la convention, a déclaré le maire Alain Roux au dernier conseil municipal.",
        direct("On ne pourra pas faire autrement", r"Alain Roux", 0),
    ),
    row(
        "class2-a-sub-head-hyphenated-where-the-quotation-is-not",
        "Décès suspect à la clinique\n\nLa gendarmerie a prévenu la famille.\n\n\"La clinique a quelque-chose à cacher\"\n\nLe procureur a ouvert une enquête. \"On peut penser que la clinique a quelque chose à cacher\", a déclaré Hugo Vallet.",
        direct("La clinique a quelque-chose à cacher", r"Hugo Vallet", (0, 1), reject=r"(?i)gendarmerie"),
    ),
    row(
        "class2-les-interesses-before-a-colon-are-the-people-concerned",
        "Pénurie de carburant à Bujumbura\n\nA en croire certains, la pénurie serait due à une spéculation des importateurs. Pointés du doigt, les intéressés ont leur propre version des faits : « Nos camions ont été bloqués à la frontière ».",
        indirect("la pénurie serait due à une spéculation", r"(?i)certains", 6),
        direct("Nos camions ont été bloqués à la frontière", r"(?i)intéressés", 6),
        different=(("la pénurie serait due à une spéculation", "Nos camions ont été bloqués à la frontière"),),
    ),
    row(
        "class2-a-quotation-whose-opening-mark-was-lost-starts-with-its-paragraph",
        """
Gouvernement : la réunion budgétaire tourne court
Les ministres se sont séparés jeudi soir sans accord.
Ça ne s’est vraiment pas bien passé”, souffle un conseiller ministériel. Un autre évoque une séance “pénible”.
""",
        direct("Ça ne s’est vraiment pas bien passé", r"conseiller ministériel", 4),
    ),
    row(
        "class2-a-statement-whose-opening-mark-was-lost-then-named-by-the-next-sentence",
        """
Le directeur du festival s’en va
Le directeur a quitté ses fonctions le 3 mars, après dix ans à la tête de la manifestation.
Un festival n’a de sens que s’il est partagé. J’ai décidé de passer la main. » C’est par une lettre aux bénévoles que Thierry Vasseur, directeur du festival des Nuits de Saint-Ambroix, a annoncé son départ.
""",
        direct("J’ai décidé de passer la main", r"Thierry Vasseur", 0),
    ),
    row(
        "class2-a-stray-closing-mark-in-a-sentence-neg",
        """
Fermeture de l’usine
La façade principale a été repeinte » en 2019 par une entreprise locale. Les travaux ont duré six mois.
""",
        absent("La façade principale a été repeinte"),
    ),
    row(
        "class2-a-closing-mark-typed-for-an-opening-one-after-an-elided-que",
        """
Intempéries dans la Vienne
La préfecture a indiqué dans un communiqué qu’ »aucune victime » n’était à déplorer. « Les pompiers sont intervenus quarante fois », a précisé le sous-préfet.
""",
        partial("aucune victime", r"préfecture", 2),
        direct("Les pompiers sont intervenus", r"sous-préfet", (2, 3)),
    ),
    row(
        "class2-a-quotation-after-a-sentence-about-a-role-with-its-organization",
        """
Lock-out à l’imprimerie
« On ne comprend pas pourquoi l’employeur fait ça », dit Marc Lévesque, porte-parole des employés.
Le directeur des communications de Unifor, le syndicat qui défend les travailleurs de l’imprimerie, ne mâche pas ses mots. « La culture de l’entreprise a changé depuis l’arrivée du fils du fondateur. »
""",
        direct("La culture de l’entreprise a changé", r"directeur des communications", (0, 3), reject=r"syndicat"),
    ),
    row(
        "class2-a-relative-that-describes-says-nothing-neg",
        """
La grève se poursuit
La centrale syndicale, qui défend les employés de l’entrepôt depuis mars, a déposé un préavis. « Nous irons jusqu’au bout », a lancé une salariée.
""",
        direct("Nous irons jusqu’au bout", r"salariée", (3, 4)),
        absent("les employés de l’entrepôt depuis mars"),
    ),
    row(
        "class2-a-pull-quote-signed-in-the-next-paragraph",
        """
Redressement judiciaire : l’usine de Chantonnay suspendue au tribunal
« C’est mon quatrième plan social ici, je crois que ce sera le dernier »
- Gérard, 57 ans dont 35 à l’usine
« Le moral des équipes est au plus bas », confirme le délégué CGT Jean-Luc Moreau.
""",
        direct("C’est mon quatrième plan social ici", r"^Gérard", 1),
        direct("Le moral des équipes est au plus bas", r"Jean-Luc Moreau", 0),
        different=(("C’est mon quatrième plan social ici", "Le moral des équipes est au plus bas"),),
    ),
    row(
        "class2-a-dash-paragraph-that-is-no-signature-neg",
        """
Conseil municipal : les dossiers du soir
« Nous voterons le budget en mars », a annoncé le maire, Paul Girard.
- Le point sur la piscine municipale, fermée depuis l’été, a été reporté à la prochaine séance faute de devis.
""",
        direct("Nous voterons le budget en mars", r"Paul Girard", 0),
        absent("Le point sur la piscine municipale"),
    ),
    row(
        "class2-a-pull-quote-signed-by-a-long-description-in-the-next-paragraph",
        """
Circuit automobile : la colère des riverains
Les citoyens ont élevé le ton mardi soir au conseil d’arrondissement.
« Beaucoup de gens sont fâchés et on va vraiment talonner le maire. »
– Heidi Muller, porte-parole de Riverains en colère, un groupe formé par des habitants mécontents du circuit, avant la séance du conseil
Le maire a répliqué : « ça sent les élections. »
""",
        direct("Beaucoup de gens sont fâchés", r"Heidi Muller", 0),
        direct("ça sent les élections", r"maire", (3, 4)),
    ),
    row(
        "class2-a-link-arrow-at-a-paragraphs-end-is-no-quotation-neg",
        """
Conseil municipal : le budget voté
Le maire était satisfait du vote.
Lire la suite de notre dossier »
« Nous tiendrons les délais », a assuré l’adjoint aux finances.
""",
        absent("Lire la suite de notre dossier"),
        direct("Nous tiendrons les délais", r"adjoint aux finances", (3, 4)),
    ),
    row(
        "class2-a-verbless-lead-in-shared-by-a-named-person",
        """
« Les commandes ont chuté de moitié depuis la rentrée », explique le gérant de la jardinerie, Paul Rivière.
Une inquiétude partagée par Sophie Garnier, fleuriste rue des Tanneurs depuis quinze ans. « On ne tiendra pas l’hiver à ce rythme. »
""",
        direct("On ne tiendra pas l’hiver", r"Sophie Garnier", 0, reject=r"Rivière"),
    ),
    row(
        "class2-a-verbless-lead-in-chez-a-named-person",
        """
« Personne ne nous a prévenus », regrette Annie Collet, qui tient le tabac de la place.
Même constat chez Bernard Lelièvre, maraîcher à Saint-Aubin. « Les prix n’ont jamais été aussi bas, et le gasoil n’a jamais été aussi cher. »
""",
        direct("Les prix n’ont jamais été aussi bas", r"Bernard Lelièvre", 0, reject=r"Collet"),
    ),
    row(
        "class2-a-verbless-lead-in-du-cote-de-a-named-person",
        """
L’opposition dénonce « un budget insincère », selon son chef de file, Thierry Moal.
Autre son de cloche du côté de Marc Tessier, adjoint aux finances. « La ville a fait sa part, et plus encore. »
""",
        direct("La ville a fait sa part", r"Marc Tessier", 0, reject=r"Moal"),
    ),
    row(
        "class2-a-verbless-lead-in-with-a-relative-clause",
        """
« On savait que ça finirait comme ça », souffle un délégué syndical.
Un sentiment que partage Karim, 52 ans dont 30 à l’atelier de peinture, qui se sent trahi. « J’ai donné ma vie à cette boîte. »
""",
        direct("J’ai donné ma vie à cette boîte", r"Karim", 1, reject=r"délégué"),
    ),
    row(
        "class2-a-verbless-sentence-about-a-place-names-nobody-neg",
        """
« Les commandes ont chuté de moitié depuis la rentrée », explique le gérant de la jardinerie, Paul Rivière.
Un coup dur pour Saint-Aubin et ses 3 000 habitants. « On ne tiendra pas l’hiver à ce rythme. »
""",
        direct("On ne tiendra pas l’hiver", r"Paul Rivière", 0),
        absent("Un coup dur pour Saint-Aubin"),
    ),
    row(
        "class2-a-verbless-lead-in-then-an-incise-for-someone-else-neg",
        """
Même constat chez Bernard Lelièvre, maraîcher à Saint-Aubin. « Les prix n’ont jamais été aussi bas », renchérit sa voisine d’étal, Odile Fourcade.
""",
        direct("Les prix n’ont jamais été aussi bas", r"Odile Fourcade", 0, reject=r"Lelièvre"),
        absent("Même constat chez Bernard Lelièvre"),
    ),
    row(
        "class2-opening-place-then-name-apposition-and-colon",
        """
« On est pris en otage », peste un automobiliste bloqué depuis une heure.
Sur le parking du supermarché, Mireille Caron, caissière, tempère : « Il faut aussi les comprendre, ils défendent leur gagne-pain. »
""",
        direct("Il faut aussi les comprendre", r"Mireille Caron", 0, reject=r"automobiliste"),
    ),
    row(
        "class2-opening-place-then-a-quoted-word-in-the-apposition",
        """
« On est pris en otage », peste un automobiliste bloqué depuis une heure.
Sur la bretelle d’autoroute, Gilles, chauffeur de « VTC » (les voitures de transport avec chauffeur) pour une société lyonnaise, philosophe : « C’est comme ça, on ne peut rien y faire. »
""",
        scare("VTC"),
        direct("on ne peut rien y faire", r"Gilles", 1, reject=r"automobiliste"),
    ),
    row(
        "class2-opening-time-then-name-and-a-verb-tagged-as-a-noun",
        """
« Personne ne nous a consultés », regrette le président du club, Yves Marchal.
Au lendemain du vote, Sandrine Pellerin, adjointe aux sports, nuance : « Les associations ont été reçues trois fois en mairie. »
""",
        direct("Les associations ont été reçues", r"Sandrine Pellerin", 0, reject=r"Marchal"),
    ),
    row(
        "class2-the-reply-to-a-question-put-in-court",
        "L’accusé pleure, renifle, s’excuse encore. « Pourquoi vous excusez-vous ? », lui demande la présidente. « Pour mon comportement, j’étais dans un cercle vicieux. »",
        direct("Pourquoi vous excusez-vous ?", r"(?i)présidente", (2, 3)),
        direct("Pour mon comportement", r"(?i)accusé", (3, 4), reject=r"(?i)présidente"),
    ),
    row(
        "class2-the-reply-to-a-question-from-a-passer-by",
        "Martine Guérin, 67 ans, charge ses derniers cartons dans la camionnette. « Vous partez pour de bon ? », demande un voisin. « Oui, je n’ai plus la force de tenir la ferme. »",
        direct("je n’ai plus la force", r"Martine Guérin", (0, 1), reject=r"(?i)voisin"),
    ),
    row(
        "class2-a-question-to-oneself-is-followed-by-ones-own-answer-neg",
        "Le maire de Sainte-Luce, Hervé Caradec, contemple la digue effondrée. « Que faire ? », s’interroge-t-il. « Il faudra tout reconstruire avant l’hiver. »",
        direct("Il faudra tout reconstruire", r"Hervé Caradec", 0),
        absent("contemple la digue effondrée"),
    ),
    row(
        "class2-marks-that-open-on-the-verb-of-a-named-subject",
        "« On ne peut rien faire », se plaint le directeur de la coopérative, Hyacinthe Brou. La soixantaine, le planteur Christophe Kouamé, vêtu d’une chemise rose, ne « sait pas ce qui se passe ».",
        partial("sait pas ce qui se passe", r"Christophe Kouamé", 0, reject=r"Brou"),
    ),
    row(
        "class2-a-quoted-predicate-after-a-described-subject",
        "« Le dossier est bouclé », assure le maire, Gilles Perrin. Le président de l’association des riverains, Marc Lenoir, « ne comprend pas » cette précipitation.",
        partial("ne comprend pas", r"Marc Lenoir", 0, reject=r"Perrin"),
    ),
    row(
        "class2-a-quoted-predicate-of-a-thing-names-nobody-neg",
        "« Le dossier est bouclé », assure le maire, Gilles Perrin. Le projet « est mort-né », selon l’opposition municipale.",
        partial("est mort-né", r"(?i)opposition", 6, reject=r"(?i)projet"),
        absent("assure le maire"),
    ),
    row(
        "class2-a-sub-head-signed-by-a-holidaymaker",
        """
Station de Valmeinier : la neige se fait attendre
La station a ouvert trois pistes sur vingt. Les professionnels s’inquiètent pour la fin de saison.
« Je ne viens plus pour le ski alpin, par conviction » - un vacancier originaire de Lille
Au pied des télésièges, les familles se rabattent sur la luge et les raquettes.
""",
        direct("Je ne viens plus pour le ski alpin", r"(?i)vacancier", 4),
    ),
    row(
        "class2-flood-victims-are-people-who-can-speak",
        "Trois jours après la crue, les sinistrés de la rue du Moulin ont affirmé qu’aucun élu n’était venu les voir.",
        indirect("aucun élu n’était venu les voir", r"(?i)sinistrés", 6),
    ),
    row(
        "class2-a-person-and-their-manner-before-a-colon",
        "Le prévenu doit répondre d’abus de faiblesse. La présidente toujours aussi directe : « Reconnaissez-vous les faits ? »",
        direct("Reconnaissez-vous les faits ?", r"(?i)présidente", (2, 3), reject=r"(?i)prévenu"),
    ),
]

CLASS_3 = [
    # --- 3. Roles before the name, after it, inside the quote, in a relative clause ----------------
    row(
        "class3-role-before-the-name-between-commas",
        "Le directeur général de l’agence régionale de santé de Bretagne, Fabrice Morin, a déclaré jeudi qu’« aucune maternité ne fermera cette année ».",
        partial("aucune maternité ne fermera cette année", r"Fabrice Morin", 0),
    ),
    row(
        "class3-lawyer-role-then-me-and-name",
        "L’avocat de la famille, Me Louis Tardivel, dénonce « une enquête menée à charge depuis le premier jour ».",
        partial("une enquête menée à charge", r"Louis Tardivel", 0),
    ),
    row(
        "class3-role-after-the-name-in-the-incise",
        "« Le texte est mal rédigé et il sera contesté », rappelle Claire Mesnil, consultante en fiscalité au cabinet Orvault Conseil.",
        direct("Le texte est mal rédigé", r"Claire Mesnil", 0),
    ),
    row(
        "class3-role-inside-the-quotes-incise",
        "« Ce dispositif, observe Rachid Benali, fiscaliste à Lille, profitera surtout aux ménages les plus aisés. Les autres n’en verront pas la couleur. »",
        direct("Ce dispositif", r"Rachid Benali", 0),
    ),
    row(
        "class3-role-in-a-relative-clause",
        "« Les familles viennent ici parce qu’il n’y a plus rien d’autre », explique Nadia Ferhat, qui dirige le centre social des Tilleuls depuis 2015.",
        direct("Les familles viennent ici", r"Nadia Ferhat", 0),
    ),
    row(
        "class3-age-then-role",
        "« J’ai connu cette halle pleine à craquer », se souvient Lucien Garrec, 71 ans, ancien maire de Plouhinec.",
        direct("J’ai connu cette halle", r"Lucien Garrec", 0),
    ),
    row(
        "class3-age-and-a-relative-clause-about-his-shop",
        # A baker whose shop was burgled: his trade and his tie to the events, given by a clause.
        "« On m’a volé la caisse trois fois en deux mois », soupire Paul Besnard, 58 ans, dont la boulangerie de la rue Jean-Jaurès a été cambriolée dans la nuit de dimanche.",
        direct("On m’a volé la caisse", r"Paul Besnard", (0, 1)),
    ),
    row(
        # A first name and an initial is no full name: partly named (1), whatever role goes with it.
        "class3-first-name-and-initial-with-a-relative-clause",
        "« Ils sont entrés par la réserve, comme la dernière fois », soupire Paul B., 58 ans, dont la boulangerie de la place du Marché a été cambriolée mardi.",
        direct("Ils sont entrés par la réserve", r"Paul B", 1),
    ),
    row(
        "class3-fronted-role-without-article",
        "Porte-parole de la police cantonale vaudoise, Jean-Daniel Roch confirme l’intervention d’une patrouille. «À notre arrivée, les individus avaient déjà pris la fuite.»",
        direct("À notre arrivée", r"Jean-Daniel Roch", 0),
    ),
    row(
        "class3-role-given-by-the-verb-of-the-sentence-before",
        "Sophie Legras dirige depuis 2018 la maison de quartier de Bellevue. « Les jeunes ont besoin d’un lieu ouvert le soir », martèle-t-elle.",
        direct("Les jeunes ont besoin", r"Sophie Legras", 0),
    ),
    row(
        "class3-mp-with-party-in-parentheses",
        "Le député Vincent Leborgne (PCF) a dénoncé mercredi « un budget insincère, bâti sur des hypothèses de croissance irréalistes ».",
        partial("un budget insincère", r"Vincent Leborgne", 0),
    ),
    row(
        "class3-doctor-title-role-after",
        "« Les urgences ne tiennent que grâce aux intérimaires », alerte le docteur Anaïs Vidal, urgentiste au centre hospitalier de Morlaix.",
        direct("Les urgences ne tiennent", r"Anaïs Vidal", 0),
    ),
    row(
        "class3-selon-with-role-after",
        "Selon Karim Bouzid, chargé de mission à la chambre d’agriculture du Gers, la moitié des exploitations n’ont pas de repreneur.",
        indirect("la moitié des exploitations n’ont pas de repreneur", r"Karim Bouzid", 0),
    ),
    row(
        "class3-organization-without-a-role",
        "« Les données montrent une hausse nette des cas chez les moins de vingt ans », souligne Julie Marchal, de l’Inserm.",
        direct("Les données montrent une hausse", r"Julie Marchal", 0),
    ),
    row(
        "class3-role-before-the-name-without-commas",
        "La procureure de la République de Quimper Camille Ruaud a annoncé l’ouverture d’une information judiciaire. « Les investigations seront longues », a-t-elle prévenu.",
        direct("Les investigations seront longues", r"Camille Ruaud", 0),
    ),
    row(
        "class3-role-before-the-name-without-commas-in-the-incise",
        "« On a manqué de réalisme devant le but », a reconnu l’attaquant du Stade quimpérois Moussa Diarra.",
        direct("On a manqué de réalisme", r"Moussa Diarra", 0),
    ),
    row(
        "class3-role-in-the-next-sentence",
        "« Il faut rouvrir la ligne avant l’hiver », insiste Martine Dolou. La présidente de l’association des usagers du TER Auray-Pontivy se bat depuis six ans pour ce tronçon.",
        direct("Il faut rouvrir la ligne", r"Martine Dolou", 0),
    ),
    row(
        "class3-selon-role-then-name-without-comma",
        "Le plan prévoit la construction de 400 logements. Son objectif, selon l’adjoint à l’urbanisme Hugo Tanguy : « redonner vie au centre ancien ».",
        marked("redonner vie au centre ancien", r"Hugo Tanguy", 0),
    ),
    row(
        "class3-role-in-a-narrative-sentence-then-m-title",
        "Yannick Kervella, adjoint à l’urbanisme de Landerneau, a présenté le projet lundi soir. M. Kervella estime que « le quartier de la gare doit changer de visage ».",
        partial("le quartier de la gare doit changer", r"Yannick Kervella", 0),
    ),
    row(
        "class3-age-then-role-with-since-in-the-subject",
        "Jean-Claude Piriou, 76 ans, maire de Locmaria depuis 1995, a annoncé vendredi qu’il ne se représenterait pas.",
        indirect("il ne se représenterait pas", r"Jean-Claude Piriou", 0),
    ),
    row(
        "class3-an-incise-inside-the-marks-with-a-role-its-complement-and-the-name",
        "« On nous impose des heures en plus, on refuse, affirme l’aide-soignante aux urgences Maryse Tellier. Nous ne voulons pas mettre les patients en danger. »",
        direct("On nous impose des heures en plus", r"Maryse Tellier", 0),
    ),
    row(
        "class3-a-name-opening-the-sentence-with-its-role-and-no-closing-comma",
        "Nadia Ferrant, la conservatrice du château n’en revient pas. Trois tapisseries ont disparu dans la nuit. Ces tapisseries, les voleurs auront du mal à les revendre, estime la conservatrice.",
        indirect("les voleurs auront du mal à les revendre", r"Nadia Ferrant", 0),
    ),
    row(
        "class3-a-role-at-a-laboratory-with-its-capitalized-name",
        "« Nous avons d’abord cru à une erreur », reconnaît Éloïse Marchetti, physicienne au laboratoire Optique quantique de l’université de Brest, qui a dirigé l’étude. « La physicienne est formelle », a ajouté son collègue Ivan Laporte.",
        direct("Nous avons d’abord cru à une erreur", r"Éloïse Marchetti", 0),
    ),
    row(
        "class3-the-medium-spoken-to-is-no-part-of-the-speakers-role",
        "« Le poisson n’était pas frais », a expliqué un parent d’élève au site d’information local.",
        direct("Le poisson n’était pas frais", r"(?i)^un parent d’élève$", (3, 4)),
    ),
    row(
        "class3-a-role-stated-by-a-copula-after-the-name",
        "Des restrictions d’eau sont en vigueur à Vierzon. Karine Dulac, est la maire de la commune. « Les habitants jouent le jeu », indique-t-elle.",
        direct("Les habitants jouent le jeu", r"Karine Dulac", 0),
    ),
    row(
        "class3-a-plain-person-after-a-copula-is-no-role",
        "Paul Ferrand est un homme heureux depuis dimanche. « J’ai retrouvé mon chien », dit-il.",
        direct("J’ai retrouvé mon chien", r"Paul Ferrand", 1),
    ),
    row(
        "class3-an-incise-inside-the-marks-with-tenter-de",
        "« Tout n’est pas à jeter, a tenté de tempérer le gardien Loïc Perrin. Nous nous sommes battus jusqu’au bout. »",
        direct("Tout n’est pas à jeter", r"Loïc Perrin", 0),
    ),
    row(
        "class3-an-organization-name-joined-by-et-runs-to-the-name",
        "Le porte-parole de l'Association des parents et amis des malades psychiques, Hervé Dulac, a interpellé le conseil. « Les familles sont épuisées », a-t-il lancé.",
        direct("Les familles sont épuisées", r"Hervé Dulac", 0),
    ),
    row(
        "class3-a-long-union-name-with-two-et-before-the-name",
        "La responsable du syndicat des employés de la santé et des services sociaux, Lynn Brie, a dénoncé le transfert. « C'est inacceptable », a-t-elle lancé.",
        direct("C'est inacceptable", r"Lynn Brie", 0),
    ),
    row(
        "class3-two-people-joined-by-et-before-a-name-neg",
        "Le maire et son adjoint, Jean Dupont, ont visité le chantier. « Tout avance », a dit le maire.",
        direct("Tout avance", r"(?i)maire", 3, reject=r"Dupont"),
        absent("ont visité le chantier"),
    ),
    row(
        "class3-two-roles-joined-by-et-before-the-name",
        "Festival annulé\n\nLe directeur et programmateur du festival des Eaux-Vives Antoine Rossel a annoncé que l'édition était annulée. « C'est un crève-cœur », a-t-il ajouté.",
        direct("C'est un crève-cœur", r"Antoine Rossel", 0),
    ),
    row(
        "class3-a-role-then-a-name-whose-closing-comma-is-missing",
        "Attaque contre un consulat\n\nLe président de la commission du renseignement du Sénat, Marc Delorme a quant à lui accusé un groupe armé.\n\n« Il y a encore des zones d'ombre », a déclaré M. Delorme sur France Info.",
        direct("Il y a encore des zones d'ombre", r"Delorme", 0),
    ),
    row(
        "class3-a-role-with-a-bare-noun-complement-then-the-name",
        """
Bénévoles : l’appel entendu à Namur
« Nous rappelons chaque candidat dans la semaine », a déclaré le responsable communication Olivier Demarteau. La directrice marketing Sandrine Thiry a précisé que « 300 profils » avaient été retenus.
""",
        direct("Nous rappelons chaque candidat", r"^Olivier Demarteau$", 0),
        partial("300 profils", r"Sandrine Thiry", 0),
    ),
    row(
        "class3-a-role-with-a-bare-noun-neg",
        """
« Le dossier est bouclé », a déclaré le responsable communication de la mairie. Le directeur marketing Paul Henri était absent de la réunion.
""",
        direct("Le dossier est bouclé", r"responsable communication de la mairie", (3, 4), reject=r"Paul Henri"),
        absent("était absent de la réunion"),
    ),
    row(
        "class3-a-trade-is-a-role-and-calls-back-the-named-person",
        """
Incendie au marché de Mokolo
D’après Jean-Paul Mbarga, vigile au marché, le feu a pris après la fermeture. « Le dimanche, tout ferme à midi », raconte le vigile. « On a tout perdu », se désole une poissonnière.
""",
        indirect("le feu a pris après la fermeture", r"Jean-Paul Mbarga", 0),
        direct("Le dimanche, tout ferme à midi", r"Jean-Paul Mbarga", 0),
        direct("On a tout perdu", r"poissonnière", (3, 4)),
    ),
    row(
        "class3-a-role-with-an-abbreviation-before-the-name",
        """
Urbanisme : le permis refusé
« Ce n’est pas du tout opportun de construire là, explique le bourgmestre f.f. Éric Delvaux. Le projet ne répond à aucune condition. » La directrice a.i. du service, Anne Collard, a confirmé le refus.
""",
        direct("Ce n’est pas du tout opportun", r"Éric Delvaux", 0),
    ),
]

CLASS_4 = [
    # --- 4. One person, one source: titles, compound and foreign names, roles with place names ----
    row(
        "class4-st-and-saint-are-one-name",
        "« Je ne renie rien de mes propos », a affirmé la ministre de la Culture, Christine St-Pierre. En entrevue à la radio, la ministre Saint-Pierre a expliqué qu’il était « normal » de s’inquiéter pour ces emplois.",
        direct("Je ne renie rien de mes propos", r"St-Pierre|Saint-Pierre", 0),
        partial("normal", r"St-Pierre|Saint-Pierre", 0),
        same=(("Je ne renie rien de mes propos", "normal"),),
    ),
    row(
        "class4-mme-and-a-verb-the-parser-may-glue",
        "« Nous manquons de bras dans tous les services », a déclaré Isabelle Delorme, directrice de l’Ehpad Les Hortensias. Mme Delorme juge que « la situation ne peut plus durer ».",
        direct("Nous manquons de bras", r"Isabelle Delorme", 0),
        partial("la situation ne peut plus durer", r"Isabelle Delorme", 0),
        same=(("Nous manquons de bras", "la situation ne peut plus durer"),),
    ),
    row(
        "class4-m-and-a-verb-the-parser-may-glue",
        "« Le quartier de la gare doit changer de visage », a déclaré Yannick Kervella, adjoint à l’urbanisme de Landerneau. M. Kervella estime que « les voitures n’y ont plus leur place ».",
        direct("Le quartier de la gare doit changer", r"Yannick Kervella", 0),
        partial("les voitures n’y ont plus leur place", r"Yannick Kervella", 0),
        same=(("Le quartier de la gare doit changer", "les voitures n’y ont plus leur place"),),
    ),
    row(
        "class4-me-and-a-verb-after-a-pronoun",
        "Me Armelle Balland, avocate des parties civiles, a demandé le renvoi du procès. « Mes clients attendent depuis sept ans », a-t-elle plaidé. Me Balland assure que « le dossier est incomplet ».",
        direct("Mes clients attendent", r"Armelle Balland", 0),
        partial("le dossier est incomplet", r"Armelle Balland", 0),
        same=(("Mes clients attendent", "le dossier est incomplet"),),
    ),
    row(
        "class4-dr-and-pr-two-people",
        "« Le virus circule plus tôt que d’habitude », a constaté le Dr Hugo Renaud, médecin généraliste à Vitré. « Rien d’alarmant à ce stade », a répondu le Pr Élise Ngo, infectiologue au CHU de Rennes. Le Dr Renaud insiste pourtant sur « la fatigue des cabinets ».",
        direct("Le virus circule", r"Hugo Renaud", 0),
        direct("Rien d’alarmant", r"Élise Ngo", 0),
        partial("la fatigue des cabinets", r"Hugo Renaud", 0),
        same=(("Le virus circule", "la fatigue des cabinets"),),
        different=(("Le virus circule", "Rien d’alarmant"),),
    ),
    row(
        "class4-compound-surname-abdel",
        "« Le quartier a été oublié par tous les plans de rénovation », a déclaré Samir Abdel Hadi, président de l’association Vivre aux Bruyères. M. Abdel Hadi demande « un calendrier clair ».",
        direct("Le quartier a été oublié", r"Samir Abdel Hadi", 0),
        partial("un calendrier clair", r"Samir Abdel Hadi", 0),
        same=(("Le quartier a été oublié", "un calendrier clair"),),
    ),
    row(
        "class4-particle-ben",
        "« Nous n’avons jamais vu ça en novembre », alerte Leïla Ben Saïd, pédiatre à l’hôpital Necker. Selon Mme Ben Saïd, les consultations pour bronchiolite ont doublé en une semaine.",
        indirect("les consultations pour bronchiolite ont doublé", r"Leïla Ben Saïd", 0),
        direct("Nous n’avons jamais vu ça", r"Leïla Ben Saïd", 0),
        same=(("les consultations pour bronchiolite ont doublé", "Nous n’avons jamais vu ça"),),
    ),
    row(
        "class4-particle-al-with-hyphen",
        "« Les routes vers le nord sont coupées depuis dimanche », a indiqué Omar al-Khatib, responsable de l’ONG Secours Levant à Tripoli.",
        direct("Les routes vers le nord", r"Omar al-Khatib", 0),
    ),
    row(
        "class4-particle-bin",
        "Le président du fonds souverain Gulf Horizon, Faisal bin Nasser, a affirmé que « le marché restera approvisionné quoi qu’il arrive ».",
        partial("le marché restera approvisionné", r"Faisal bin Nasser", 0),
    ),
    row(
        "class4-particles-van-and-von-two-mayors",
        "« La frontière restera ouverte », a assuré le bourgmestre de Malmedy, Pieter van der Meulen. Sa collègue allemande, Ursula von Steinberg, maire de Monschau, a affirmé que « les contrôles seront allégés ».",
        direct("La frontière restera ouverte", r"Pieter van der Meulen", 0),
        partial("les contrôles seront allégés", r"Ursula von Steinberg", 0),
        different=(("La frontière restera ouverte", "les contrôles seront allégés"),),
    ),
    row(
        "class4-particle-de-la-and-hyphenated-surname",
        "« Nous vendrons les vignes si rien ne change », prévient Aymeric de La Tour-Vernay, président du syndicat des vins de Bergerac. M. de La Tour-Vernay a ajouté que « les banques ne suivent plus ».",
        direct("Nous vendrons les vignes", r"Aymeric de La Tour-Vernay", 0),
        partial("les banques ne suivent plus", r"Aymeric de La Tour-Vernay", 0),
        same=(("Nous vendrons les vignes", "les banques ne suivent plus"),),
    ),
    row(
        "class4-mac-and-el-two-people",
        "« Le port n’a pas les moyens de cette extension », estime Sean MacAllister, directeur du port de Cork. Nour El Hachimi, présidente de la chambre de commerce de Brest, a répondu que « l’Irlande est une chance ».",
        direct("Le port n’a pas les moyens", r"Sean MacAllister", 0),
        partial("l’Irlande est une chance", r"Nour El Hachimi", 0),
        different=(("Le port n’a pas les moyens", "l’Irlande est une chance"),),
    ),
    row(
        # « juge » after an apposition reads as a noun (« président …, juge »): the verb is lost.
        "class4-juge-after-an-apposition-is-a-verb",
        "« Le port n’a pas les moyens de cette extension », estime Sean MacAllister, directeur du port de Cork. Paul Girard, président de la chambre de commerce de Brest, juge que « l’Irlande est une chance ».",
        direct("Le port n’a pas les moyens", r"Sean MacAllister", 0),
        partial("l’Irlande est une chance", r"Paul Girard", 0, reject=r"MacAllister"),
        different=(("Le port n’a pas les moyens", "l’Irlande est une chance"),),
    ),
    row(
        "class4-apostrophe-in-a-breton-name",
        "« La maternité doit rester ouverte », a déclaré Annick Le Floc’h, présidente du collectif de défense de l’hôpital de Ploërmel. Mme Le Floc’h a ajouté que « la mobilisation ne faiblira pas ».",
        direct("La maternité doit rester ouverte", r"Annick Le Floc’h", 0),
        partial("la mobilisation ne faiblira pas", r"Annick Le Floc’h", 0),
        same=(("La maternité doit rester ouverte", "la mobilisation ne faiblira pas"),),
    ),
    row(
        "class4-hyphenated-first-name-and-surname",
        "« Le festival aura bien lieu en juillet », a confirmé Marie-Hélène Le Goff-Tanguy, directrice artistique des Nuits de Kerlann. Le Goff-Tanguy a précisé que « la programmation sera dévoilée en mai ».",
        direct("Le festival aura bien lieu", r"Marie-Hélène Le Goff-Tanguy", 0),
        partial("la programmation sera dévoilée", r"Marie-Hélène Le Goff-Tanguy", 0),
        same=(("Le festival aura bien lieu", "la programmation sera dévoilée"),),
    ),
    row(
        "class4-three-part-spanish-name",
        "« Nous ne renoncerons pas à la ligne à grande vitesse », a déclaré José Luis Ortega Ruiz, conseiller régional de Castille-et-León, à Valladolid. Ortega Ruiz a ajouté que « Madrid doit tenir parole ».",
        direct("Nous ne renoncerons pas", r"José Luis Ortega Ruiz", 0),
        partial("Madrid doit tenir parole", r"José Luis Ortega Ruiz", 0),
        same=(("Nous ne renoncerons pas", "Madrid doit tenir parole"),),
    ),
    row(
        "class4-two-named-mayors-of-saint-jean",
        "« La digue ne passera pas un hiver de plus », a averti le maire de Saint-Jean-de-Luz, Bertrand Irigoyen. Son homologue, le maire de Saint-Jean-Pied-de-Port, Michel Etcheverry, a jugé que « le département doit payer sa part ».",
        direct("La digue ne passera pas", r"Bertrand Irigoyen", 0),
        partial("le département doit payer sa part", r"Michel Etcheverry", 0),
        different=(("La digue ne passera pas", "le département doit payer sa part"),),
    ),
    row(
        # A single office holder of a named town speaks for it: 2, or 3 as its official (GUIDELINES).
        "class4-two-unnamed-mayors-of-compound-towns",
        "« Nous ne paierons pas pour les autres », a tranché le maire de Saint-Jean-de-Monts. Le maire de Saint-Jean-de-Luz a répondu que « la solidarité entre stations ne se discute pas ».",
        direct("Nous ne paierons pas", r"maire de Saint-Jean-de-Monts", (2, 3)),
        partial("la solidarité entre stations", r"maire de Saint-Jean-de-Luz", (2, 3)),
        different=(("Nous ne paierons pas", "la solidarité entre stations"),),
    ),
    row(
        "class4-prefects-of-hyphenated-departments",
        "La préfète des Alpes-de-Haute-Provence a interdit tout feu en extérieur jusqu’au 15 septembre. « Le risque d’incendie est maximal », a-t-elle justifié. Le préfet des Hautes-Alpes a estimé pour sa part que « la situation reste sous contrôle ».",
        direct("Le risque d’incendie est maximal", r"préfète des Alpes-de-Haute-Provence", (2, 3)),
        partial("la situation reste sous contrôle", r"préfet des Hautes-Alpes", (2, 3)),
        different=(("Le risque d’incendie est maximal", "la situation reste sous contrôle"),),
    ),
    row(
        "class4-one-nurse-among-many-is-not-the-nurse-named-later",
        "Des infirmières du service de nuit ont tenu un sit-in. « On travaille avec les moyens du bord », dit une infirmière. « On refuse de mettre les patients en danger », affirme plus tard l’infirmière de nuit Sonia Brault.",
        direct("On travaille avec les moyens du bord", r"(?i)une infirmière", (3, 4), reject=r"Brault"),
        direct("On refuse de mettre les patients en danger", r"Sonia Brault", 0),
        different=(("On travaille avec les moyens du bord", "On refuse de mettre les patients en danger"),),
    ),
    row(
        "class4-an-office-is-not-the-person-its-own-verb-is-about",
        """
Alors que le porte-parole du gouvernement a reproché à Lucien Mauvoisin de ne pas avoir condamné les violences, le chef des Verts a raillé Gaspard Terrien sur les réseaux sociaux.
Invité d’une radio, Gaspard Terrien a fait part de sa colère. « Aucun chef de parti n’a réagi », s’est-il emporté.
""",
        direct("Aucun chef de parti n’a réagi", r"Gaspard Terrien", (0, 1), reject=r"Mauvoisin"),
    ),
    row(
        "class4-the-person-an-office-mocks-speaks-for-themself-in-the-next-sentence",
        "Le leader du syndicat a raillé Jérôme Villaret. Jérôme Villaret a répondu qu’il ne céderait pas.",
        indirect("il ne céderait pas", r"Jérôme Villaret", (0, 1)),
    ),
    row(
        "class4-a-place-and-the-name-after-it-are-two-names",
        "« La ville est en deuil », a réagi dans un message la maire de Nantes Sophie Lebreton, arrivée sur place.",
        direct("La ville est en deuil", r"^Sophie Lebreton$", 0),
    ),
    row(
        "class4-plural-sources-are-not-the-company-that-spoke-before",
        "Le groupe Varennes a confirmé avoir reçu une offre. Ces sources ont démenti que l’offre soit hostile.",
        indirect("avoir reçu une offre", r"(?i)Varennes", 2),
        indirect("l’offre soit hostile", r"(?i)ces sources", (5, 6), reject=r"(?i)Varennes"),
    ),
    row(
        "class4-one-of-them-then-the-name",
        "« Une jeep de la police est arrivée et on nous a embarqués », a déclaré à l’AFP l’un d’entre eux, Aimé Tshibangu, chargé de la communication du mouvement, joint au téléphone.",
        direct("Une jeep de la police est arrivée", r"Aimé Tshibangu", 0),
    ),
    row(
        "class4-one-of-them-then-the-name-without-a-comma",
        "« Une jeep de la police est arrivée et on nous a embarqués », a déclaré à l’AFP l’un d’entre eux Aimé Tshibangu, chargé de la communication du mouvement.",
        direct("Une jeep de la police est arrivée", r"Aimé Tshibangu", 0),
    ),
    row(
        "class4-the-person-named-in-what-an-office-says-is-someone-else",
        "Polémique au conseil municipal\n\nSelon le maire, Paul Dupont a menti sur les comptes du club.\n\n« C'est faux », a répondu M. Dupont.",
        indirect("Paul Dupont a menti sur les comptes", r"(?i)maire", 3, reject=r"Dupont"),
        direct("C'est faux", r"Dupont", (0, 1)),
        different=(("Paul Dupont a menti sur les comptes", "C'est faux"),),
    ),
    row(
        "class4-a-surname-whose-second-part-is-in-lower-case",
        """
Le metteur en scène quitte la direction du théâtre
« Le théâtre n’a de sens que s’il est partagé », a écrit Pierre Durand-wolf, directeur du Théâtre de la Halle, dans un communiqué.
""",
        direct("Le théâtre n’a de sens", r"^Pierre Durand-wolf$", 0),
    ),
    row(
        "class4-a-name-followed-by-the-service-it-works-for",
        """
Déguerpissement au marché central
« Les vendeurs partiront de gré ou de force », avertit Mamadou Ndiaye de la Sécurité municipale. « La chaussée est faite pour les voitures », ajoute Awa Sarr de la Police municipale.
""",
        direct("Les vendeurs partiront", r"^Mamadou Ndiaye$", 0),
        direct("La chaussée est faite", r"^Awa Sarr$", 0),
    ),
    row(
        "class4-a-name-with-a-particle-stays-whole",
        """
« Nous avons tout tenté », a déclaré Jean de la Fontaine, président du club. « Rien n’est joué », a dit Anne de Lassus.
""",
        direct("Nous avons tout tenté", r"Jean de la Fontaine", 0),
        direct("Rien n’est joué", r"Anne de Lassus", 1),
    ),
    row(
        "class4-a-clitic-the-tagger-misreads-is-not-part-of-the-name",
        """
Assises : l’accusé à la barre
Le président de la cour lui demande de se justifier. L’accusé pleure. « Pourquoi vous excusez-vous ? », demande le président.
""",
        direct("Pourquoi vous excusez-vous", r"^(le|Le) président de la cour$", (2, 3)),
    ),
    row(
        "class4-a-first-name-brought-on-stage-is-someone-new",
        "Une délégation d’éleveurs a été reçue par le préfet Benoît Lemarchand lundi matin. Un agriculteur de 31 ans, Benoît, installé à Saint-Fulgent, a voulu « montrer aux automobilistes le malaise de la profession ».",
        partial("montrer aux automobilistes le malaise", r"Benoît", 1, reject=r"Lemarchand"),
    ),
    row(
        "class4-a-first-name-with-an-indefinite-role-is-someone-new",
        "La ministre de la Santé, Claire Duvivier, a visité l’hôpital mardi. Une infirmière du service des urgences, Claire, a confié que « les nuits sont devenues intenables ».",
        partial("les nuits sont devenues intenables", r"Claire(?! Duvivier)", 1, reject=r"Duvivier"),
    ),
    row(
        "class4-a-surname-alone-still-joins-the-full-name-neg",
        "Le préfet Benoît Lemarchand a reçu les éleveurs lundi. « Nous entendons leur détresse », a assuré M. Lemarchand à la sortie.",
        direct("Nous entendons leur détresse", r"Benoît Lemarchand", 0),
        absent("a reçu les éleveurs lundi"),
    ),
    row(
        "class4-a-day-after-the-name-is-not-part-of-it",
        "Les éleveurs ont manifesté lundi devant la préfecture de la Vendée. Le ministre samedi de passage à Luçon a promis que les aides seraient versées avant Noël.",
        indirect("les aides seraient versées avant Noël", r"(?i)^le ministre$", (2, 4), reject=r"(?i)samedi|passage"),
    ),
    row(
        "class4-portuguese-particles-keep-the-surname-whole",
        "« Nous avons arrêté la production dès l’alerte », a indiqué son directeur Tony do Rio. Le porte-parole du groupe, Maria das Neves, a confirmé que l’usine restait fermée.",
        direct("Nous avons arrêté la production", r"Tony do Rio", 0),
        indirect("l’usine restait fermée", r"Maria das Neves", 0),
    ),
    row(
        "class4-a-first-name-the-recognizer-took-for-a-place",
        "La collecte des Restos du Cœur s’achève ce dimanche et l’association espère récolter 9 000 tonnes de dons. À l’hypermarché de Créteil, près de Champigny-sur-Marne, Fatma est venue donner un caddie rempli de pâtes. « C’est normal », assure-t-elle.",
        direct("C’est normal", r"Fatma", 1, reject=r"(?i)association|hypermarché"),
    ),
    row(
        "class4-a-city-named-like-a-first-name-after-a-preposition-neg",
        "Le sommet s’est ouvert lundi à Florence. « La ville est prête », a déclaré son maire, Dario Rossi.",
        direct("La ville est prête", r"Dario Rossi", 0),
        absent("Le sommet s’est ouvert"),
    ),
]

CLASS_5 = [
    # --- 5. Definite descriptions, final incises, two people of the same gender -------------------
    row(
        "class5-the-prime-minister-after-the-named-one",
        "Le premier ministre, Arnaud Kessler, a présenté mardi son plan pour l’hôpital devant les députés. Le président du groupe centriste, Bernard Lestrade, a dénoncé « un plan sans financement ». « Chaque euro est budgété », a répliqué le premier ministre.",
        partial("un plan sans financement", r"Bernard Lestrade", 0),
        direct("Chaque euro est budgété", r"Arnaud Kessler", 0),
    ),
    row(
        "class5-the-researcher-for-the-one-named-scientist",
        "Maxence Renaud, chercheur à l’Inrae de Montpellier, étudie depuis dix ans la sécheresse des sols. Son équipe a mesuré un déficit d’eau record en août. « Nous n’avions jamais observé de tels niveaux », précise le chercheur.",
        direct("Nous n’avions jamais observé", r"Maxence Renaud", 0),
    ),
    row(
        "class5-final-incise-after-a-long-sentence",
        "Le gouvernement avait promis que la réforme des retraites agricoles serait votée avant l’été, mais le texte « ne sera pas inscrit à l’ordre du jour avant octobre », a précisé le président du Sénat, Jean Dorval.",
        partial("ne sera pas inscrit à l’ordre du jour", r"Jean Dorval", 0, reject=r"(?i)gouvernement|texte"),
    ),
    row(
        "class5-final-incise-role-and-name-without-comma",
        "Après trois heures de débat et deux suspensions de séance, la majorité municipale a finalement adopté le budget, qui prévoit « une hausse modérée mais nécessaire de la taxe foncière », a résumé l’adjointe aux finances Corinne Lebas.",
        partial("une hausse modérée mais nécessaire", r"Corinne Lebas", 0, reject=r"(?i)majorité"),
    ),
    row(
        "class5-two-men-then-il-is-the-nearer-subject",
        "« Nous attendons des actes, pas des promesses », a lancé Paul Vigier, maire de Brévenne, au préfet Alain Desmoulins. Le préfet a promis une réponse sous quinze jours. « Je reviendrai avec un calendrier précis », a-t-il assuré.",
        direct("Nous attendons des actes", r"Paul Vigier", 0),
        direct("Je reviendrai avec un calendrier précis", r"Alain Desmoulins", 0, reject=r"Vigier"),
    ),
    row(
        "class5-two-men-then-il-is-the-last-speaker",
        "« Le dossier est bouclé », a affirmé le président de l’agglomération, Marc Lefebvre. Assis à ses côtés, son vice-président, Pierre Caron, est resté silencieux pendant toute la réunion. « Les travaux commenceront en septembre », a-t-il ajouté.",
        direct("Le dossier est bouclé", r"Marc Lefebvre", 0),
        direct("Les travaux commenceront en septembre", r"Marc Lefebvre", 0, reject=r"Caron"),
        same=(("Le dossier est bouclé", "Les travaux commenceront en septembre"),),
    ),
    row(
        "class5-two-women-then-elle-is-the-nearer-subject",
        "Claire Dumas, présidente de l’association Les Amis du canal, a rencontré mercredi la sous-préfète, Inès Moreau. Celle-ci a écouté les riverains pendant deux heures. « Une étude d’impact sera lancée avant l’été », a-t-elle annoncé à la sortie.",
        direct("Une étude d’impact sera lancée", r"Inès Moreau", 0, reject=r"Dumas"),
    ),
    row(
        "class5-two-women-then-elle-is-the-last-speaker",
        "« Nous ne lâcherons pas », a prévenu Sandrine Guillou, déléguée CFDT de l’usine Tréfimet. La directrice du site, Anne Rolland, avait refusé de recevoir les grévistes la veille. « La grève continuera jusqu’à ce qu’on nous entende », a-t-elle ajouté.",
        direct("Nous ne lâcherons pas", r"Sandrine Guillou", 0),
        direct("La grève continuera", r"Sandrine Guillou", 0, reject=r"Rolland"),
        same=(("Nous ne lâcherons pas", "La grève continuera"),),
    ),
    row(
        "class5-the-prosecutor-not-the-accused",
        "Le procureur Yves Marchal a requis dix ans de réclusion contre Kevin Lorrain, accusé d’avoir incendié la maison de son ex-compagne. « Il a agi avec une froideur glaçante », a-t-il déclaré devant la cour.",
        direct("Il a agi avec une froideur glaçante", r"Yves Marchal", 0, reject=r"Lorrain"),
    ),
    row(
        "class5-le-ministre-for-the-named-minister",
        "Le ministre de l’Économie, Gaspard Lenoir, était en déplacement jeudi à Cholet. Interrogé sur la hausse des prix de l’énergie, le ministre a jugé que « le pic est derrière nous ».",
        partial("le pic est derrière nous", r"Gaspard Lenoir", 0),
    ),
    row(
        "class5-l-elue-for-the-named-deputy",
        "La députée écologiste Sandrine Rigal a visité mercredi la station d’épuration de Vernon. « Les rejets dépassent les normes depuis deux ans », a dénoncé l’élue à l’issue de la visite.",
        direct("Les rejets dépassent les normes", r"Sandrine Rigal", 0),
    ),
    row(
        "class5-a-demonym-for-the-named-driver",
        "Le pilote argentin Mateo Ruiz a remporté dimanche le rallye de Corse. « La dernière spéciale a été un enfer », a résumé l’Argentin.",
        direct("La dernière spéciale a été un enfer", r"Mateo Ruiz", 0),
    ),
    row(
        "class5-ce-dernier-is-the-last-named",
        "Jean-Paul Morel, président du club, a présenté lundi le nouvel entraîneur, Thomas Girard. Ce dernier a promis « du jeu et de l’envie » dès le premier match.",
        partial("du jeu et de l’envie", r"Thomas Girard", 0, reject=r"Morel"),
    ),
    row(
        "class5-an-age-description-for-the-named-man",
        "Marcel Tissier, 74 ans, ancien cheminot, vit seul dans la maison familiale depuis la mort de sa femme. « Le bus ne passe plus qu’une fois par jour », regrette le septuagénaire.",
        direct("Le bus ne passe plus", r"Marcel Tissier", (0, 1)),
    ),
    row(
        "class5-the-president-of-an-organization-for-its-named-holder",
        "Nathalie Brun préside depuis 2020 l’Union régionale des pharmaciens d’Occitanie. « Les ruptures de stock deviennent quotidiennes », a déclaré jeudi la présidente de l’Union régionale des pharmaciens.",
        direct("Les ruptures de stock", r"Nathalie Brun", 0),
    ),
    row(
        "class5-an-incise-verb-no-list-knows",
        "« Elle n’a pas les épaules pour Bercy », persifle un cadre du parti. « Ça sent la fin de règne », tacle un ancien ministre.",
        direct("Elle n’a pas les épaules", r"(?i)cadre du parti", 3),
        direct("Ça sent la fin de règne", r"(?i)ancien ministre", 4),
    ),
    row(
        "class5-an-incise-verb-no-list-knows-with-inversion",
        "Le sélectionneur, Yannick Le Goff, n’a pas caché son agacement. « On a joué à dix pendant une heure », maugrée-t-il.",
        direct("On a joué à dix pendant une heure", r"Yannick Le Goff", 0),
    ),
    row(
        "class5-a-quotation-carried-over-a-paragraph-break-without-reopening",
        "Le maire de Pontrieux a pris la parole devant le conseil municipal. « Nous avons tout essayé pour garder la boulangerie. Rien n’a marché.\nAujourd’hui, il faut trouver un repreneur », a-t-il conclu.",
        direct("Rien n’a marché.\nAujourd’hui, il faut trouver un repreneur", r"(?i)maire de Pontrieux", 2),
    ),
    row(
        "class5-a-reversed-closing-mark",
        "« Nous ne lâcherons rien « , a lancé la secrétaire départementale de la CGT, Gwenola Le Bihan, devant la gare.",
        direct("Nous ne lâcherons rien", r"Gwenola Le Bihan", 0),
    ),
    row(
        "class5-postposed-subject-after-a-filler",
        "« Je viendrai moi-même parler aux habitants », avance par exemple Solène Trégoat, maire de Plouézec. « Nous ne fermerons pas les yeux », confirme de son côté le maire de Paimpol.",
        direct("Je viendrai moi-même", r"Solène Trégoat", 0),
        direct("Nous ne fermerons pas les yeux", r"(?i)maire de Paimpol", 2),
    ),
    row(
        "class5-postposed-subject-after-a-hyphenated-agency",
        "« Aucun élément ne permet de parler d’un attentat », a expliqué vendredi à Keystone-ATS Marie-Laure Jaquier, porte-parole de la police cantonale.",
        direct("Aucun élément ne permet", r"^Marie-Laure Jaquier$", 0, reject=r"ATS"),
    ),
    row(
        "class5-postposed-subject-after-a-radio-station",
        "« La saison est sauvée », a déclaré à Radio France Gaëlle Morvan, présidente du comité des fêtes.",
        direct("La saison est sauvée", r"^Gaëlle Morvan$", 0, reject=r"France"),
    ),
    row(
        "class5-a-speaker-described-by-a-label-in-quote-marks",
        "« Il faut du sang neuf au gouvernement », glisse un « visiteur du soir » de l’Élysée. Selon un « proche » de la Première ministre, le remaniement interviendra avant l’été.",
        direct("Il faut du sang neuf", r"(?i)visiteur du soir", (4, 5)),
        scare("visiteur du soir"),
        indirect("le remaniement interviendra avant l’été", r"(?i)proche", 5),
        scare("proche"),
    ),
    row(
        "class5-postposed-subject-after-an-aside-between-commas",
        "« On nous a oubliés », lâche, amer, un éleveur de la vallée de l’Aulne. « Nous tiendrons », a assuré mardi soir, devant la presse, la présidente du club, Nolwenn Le Du.",
        direct("On nous a oubliés", r"(?i)éleveur", 4),
        direct("Nous tiendrons", r"^Nolwenn Le Du$", 0),
    ),
    row(
        "class5-an-adverb-inside-the-verb-group-and-a-first-name-after-an-outlet",
        "Le feu a pris vers 3 heures. \"Ce n’est pas un accident\", a ainsi déclaré le porte-parole de la préfecture, Loïc Ropars. \"J’ai été réveillée par les cris\", raconte à Ouest-France Gwenaëlle, une habitante de l’immeuble. Elle a également rapporté avoir vu \"deux personnes sauter par la fenêtre\".",
        direct("Ce n’est pas un accident", r"Loïc Ropars", 0),
        direct("J’ai été réveillée par les cris", r"Gwenaëlle", (1, 3), reject=r"Ouest"),
        partial("deux personnes sauter par la fenêtre", r"Gwenaëlle", (1, 3)),
    ),
    row(
        "class5-incises-with-tout-de-suite-a-pronominal-verb-inside-marks-and-a-damaged-incise",
        "« Personne n’a été blessé », rassure tout de suite Anthony Kerbrat, un voisin.\n\"C'est un projet d'un autre temps, s'indigne Josiane Le Roux, qui habite à deux rues du chantier. Le littoral doit rester à tous.\"\n\"On aura un traitement avant l’été\", contre le paludisme a déclaré Hélène Vasseur, directrice de l’institut.",
        direct("Personne n’a été blessé", r"Anthony Kerbrat", (0, 1)),
        direct("C'est un projet d'un autre temps", r"Josiane Le Roux", (0, 1)),
        direct("On aura un traitement avant l’été", r"Hélène Vasseur", 0, reject=r"(?i)paludisme"),
    ),
    row(
        "class5-a-verb-with-a-named-object-keeps-its-subject-neg",
        "Maxime Dorval a lâché Romain Aubert et le Belge Jens Vermeulen à 800 mètres de la ligne. « J’avais coché cette arrivée », a-t-il expliqué.",
        direct("J’avais coché cette arrivée", r"Maxime Dorval", (0, 1), reject=r"Aubert|Vermeulen"),
        absent("Romain Aubert et le Belge Jens Vermeulen à 800 mètres"),
    ),
    row(
        "class5-postposed-subject-after-aupres-de",
        "« Il a fait campagne contre nous », ont protesté auprès du président du groupe plusieurs députés de l’aile gauche.",
        direct("Il a fait campagne contre nous", r"(?i)plusieurs députés", 6),
    ),
    row(
        "class5-postposed-subject-after-aupres-de-a-name",
        "« Rien n’est encore signé », assure auprès de l’AFP le porte-parole de la fédération, Yann Kerboriou.",
        direct("Rien n’est encore signé", r"Yann Kerboriou", 0),
    ),
    # « le dirigeant », « le responsable » refer back to the last person who spoke with a role of the
    # same family, named or not; never to an outlet quoted in between.
    # An office held by one person (« l’inspectrice d’académie », « l’avocate générale ») is the person
    # of that gender named just before it, or just after it, who has no role of their own.
    row(
        "class5-an-office-after-the-named-speaker",
        "École de Plouvorn : l’inspectrice d’académie répond aux parents\nLes parents occupent l’école depuis lundi. « C’est une honte », lance une mère.\nLa méthode ne fait pas rire l’inspectrice d’académie, qui évoque un procédé « déplorable ». « J’ai l’impression de me heurter à un mur », s’agace Martine Le Goff. L’inspectrice rappelle qu’elle n’a aucun poste à proposer.",
        direct("J’ai l’impression de me heurter à un mur", r"Martine Le Goff", 0),
        indirect("elle n’a aucun poste à proposer", r"Martine Le Goff", 0),
    ),
    row(
        "class5-an-office-after-a-headline-naming-two-people",
        "Hervé Lantier fait savoir que Yanis Morel ne sera pas remplacé\nLe sélectionneur de l’équipe de France a livré une information de taille dimanche matin après le forfait de son attaquant.\n« C’est un gros coup dur, il avait tout fait pour être là », a expliqué le sélectionneur des Bleus au micro de Téléfoot.",
        direct("C’est un gros coup dur", r"Hervé Lantier", 0, reject=r"Yanis Morel"),
    ),
    row(
        "class5-an-office-after-a-named-speaker-and-a-question",
        "« Koval et Mertens ne sont pas disponibles. Je ne vais pas leur faire faire le voyage pour rien », a annoncé Patrice Vernier au micro de la chaîne L’Équipe. Deux joueurs remplacés dans le groupe France ? « Je vais réfléchir à ce qui est le mieux pour l’équipe », a commenté le sélectionneur.",
        direct("Je vais réfléchir à ce qui est le mieux", r"Patrice Vernier", 0),
    ),
    row(
        "class5-a-role-of-the-same-group-as-a-named-object",
        "Les riverains voulaient interroger la maire, Evelyne Castagné, sur le projet immobilier. « Il y en a trop, je ne répondrai pas ce soir à toutes, a assuré l’édile lors des questions du public. »",
        direct("Il y en a trop", r"Evelyne Castagné", 0),
    ),
    row(
        "class5-a-marked-feminine-role-is-not-a-man-of-that-role-neg",
        "Le maire, Gilles Fontanier, a été mis en examen lundi. L’élu conteste les faits. Au conseil, l’opposition a réclamé sa démission. « C’est vous qui avez confondu la mairie et votre carnet d’adresses », a lancé l’élue d’opposition.",
        direct("C’est vous qui avez confondu", r"(?i)élue d’opposition", (3, 4), reject=r"Fontanier"),
        absent("a réclamé sa démission"),
    ),
    row(
        "class5-an-office-after-a-named-speaker-of-the-other-gender-neg",
        "« Nous ne céderons pas », a affirmé Paul Morel. La ministre a ensuite répondu que la réforme serait votée avant l’été.",
        indirect("la réforme serait votée avant l’été", r"(?i)^la ministre$", (3, 4), reject=r"Morel"),
        absent("a ensuite répondu"),
    ),
    row(
        "class5-a-quotation-in-a-participle-clause-is-the-main-subject-s",
        "L’avocate générale juge l’accusé pleinement responsable de ses actes. Estimant nécessaire d’éviter « de nouveaux drames », Jeanne-Marie Vermeulin réclame trente ans de réclusion criminelle.",
        partial("de nouveaux drames", r"Vermeulin", (0, 1)),
    ),
    row(
        "class5-the-official-after-an-outlet",
        "« Les discussions sont à un stade avancé », avait déclaré mardi à l’AFP un haut responsable de la société Norvest. Le Financial Times affirme de son côté que rien n’est signé. « Ce pourrait être une société commune », avait ajouté le dirigeant.",
        direct("Les discussions sont à un stade avancé", r"(?i)haut responsable", 3),
        direct("Ce pourrait être une société commune", r"(?i)haut responsable|dirigeant", (3, 4), reject=r"Financial"),
        indirect("rien n’est signé", r"Financial Times", 2),
    ),
    row(
        "class5-the-official-neg-another-role",
        "« Nous ne fermerons pas le site », a promis un responsable de la direction. Une déléguée syndicale, Sonia Marec, a dénoncé « des promesses en l’air ». « Nous voulons des garanties écrites », a ajouté la syndicaliste.",
        direct("Nous voulons des garanties écrites", r"Sonia Marec", 0, reject=r"(?i)responsable"),
    ),
    row(
        "class5-cet-homme-is-the-person-named-just-before-in-any-place",
        "Les consultations se déroulent normalement, au grand soulagement des patients, à l’image de Moussa Kanté, venu avec sa fille. « Tout s’est bien passé, j’ai vu le médecin en dix minutes », raconte cet homme.",
        direct("Tout s’est bien passé", r"Moussa Kanté", (0, 1)),
    ),
    row(
        "class5-the-firefighter-is-the-spokesman-of-the-firefighters",
        """
« Le choc a été très violent », rapporte un porte-parole des pompiers du Var.
Circulation coupée
« On ne sait pas encore pourquoi le camion a traversé la voie », poursuit le pompier.
""",
        direct("Le choc a été très violent", r"(?i)porte-parole des pompiers", 2),
        direct("On ne sait pas encore pourquoi", r"(?i)porte-parole des pompiers", 2),
    ),
    row(
        "class5-a-final-incise-with-an-aside-on-its-subject",
        "Un homme d’une cinquantaine d’années a été placé en garde à vue, a indiqué le procureur de Chartres, Hervé Lannuzel, arrivé sur place en fin de matinée.",
        indirect("a été placé en garde à vue", r"Hervé Lannuzel", 0),
    ),
    row(
        "class5-a-final-incise-whose-newspaper-cites-sources",
        "Le groupe Maubrac est en discussion avec son concurrent qu’il espère racheter, affirme vendredi le quotidien The Morning Post and Herald en citant des sources proches des deux sociétés.",
        indirect("est en discussion avec son concurrent", r"(?i)sources proches", 5),
    ),
    row(
        "class5-il-after-a-person-named-as-the-agent-of-a-passive",
        "« Les enfants ont été malades toute la nuit », a expliqué une mère de famille. Cette version est contestée par Bertrand Lesueur, le directeur des services de la mairie. « La viande a bien été cuite, j’en ai la preuve », s’agace-t-il.",
        direct("La viande a bien été cuite", r"Bertrand Lesueur", 0, reject=r"(?i)mère"),
    ),
    row(
        "class5-their-lawyer-is-the-lawyer-named-in-the-next-sentence",
        """
La famille du patient souhaite « que toute la lumière soit faite » et va déposer plainte, a indiqué mardi à l’AFP leur avocat.
« La famille va se joindre à l’action du parquet », a déclaré Me Aurélien Castagné.
""",
        partial("que toute la lumière soit faite", r"Aurélien Castagné", 0),
        direct("La famille va se joindre", r"Aurélien Castagné", 0),
    ),
    row(
        "class5-the-mayor-the-day-after-is-the-named-mayor",
        "Selon Corinne Lebas, maire de la commune, les élus d’opposition ont quitté la salle. « Le vote du budget aura lieu la semaine prochaine », annonce la maire, le lendemain de l’incident.",
        direct("Le vote du budget aura lieu", r"Corinne Lebas", 0),
    ),
    row(
        "class5-the-coach-is-the-man-the-headline-and-the-lead-are-about",
        """
Cyclisme : Marc Vautrin défend ses choix pour le Tour
Marc Vautrin a dévoilé mercredi la liste des huit coureurs retenus. Deux nouveaux y figurent, Théo Lacaze et Nils Berger.
« Ce sont deux coureurs en forme, je voulais les voir sur trois semaines », a d’abord lancé le sélectionneur.
""",
        direct("Ce sont deux coureurs en forme", r"Marc Vautrin", (0, 1)),
    ),
    row(
        "class5-an-office-stays-its-own-when-the-protagonist-holds-another-role",
        """
Municipales : Paul Girard annonce sa candidature
Le maire sortant Paul Girard a confirmé mardi qu’il se représenterait en mars.
« Le club de football n’a pas à prendre parti », a précisé le sélectionneur.
""",
        direct("Le club de football n’a pas à prendre parti", r"(?i)sélectionneur", 3, reject=r"Girard"),
    ),
    row(
        "class5-final-incise-subject-after-a-filler-with-two-appositions",
        "Les blessés « ont été transférés » et « il n’y a plus de place » dans les salles, a expliqué de son côté Paulin Mbuyi Kasongo, infirmier-chef de Lukala, une bourgade voisine.",
        partial("ont été transférés", r"Paulin Mbuyi Kasongo", (0, 1)),
        partial("il n’y a plus de place", r"Paulin Mbuyi Kasongo", (0, 1)),
    ),
    row(
        "class5-final-incise-subject-with-a-relative-in-its-apposition",
        "Un incendie a détruit l’entrepôt de la coopérative avec « tout le stock de mil », a déclaré Ousmane Diallo, un agriculteur qui habite à Kayes.",
        indirect("Un incendie a détruit l’entrepôt", r"Ousmane Diallo", (0, 1)),
        partial("tout le stock de mil", r"Ousmane Diallo", (0, 1)),
    ),
    row(
        "class5-an-incise-after-a-colon-is-not-the-report-before-it",
        "Le collectif dit avoir été « mal reçu » par un gendarme : « pas de rassemblement » ici, a lancé le militaire.",
        partial("mal reçu", r"(?i)collectif", (2, 6), reject=r"(?i)militaire"),
        partial("pas de rassemblement", r"(?i)militaire", (3, 4)),
    ),
    row(
        "class5-a-first-name-of-either-sex-does-not-block-the-pronoun",
        "Une route a été coupée près du hameau de Kessa, a déclaré Camille Ondo, un riverain.\n\n« Personne n’est venu », a-t-il ajouté.",
        direct("Personne n’est venu", r"Camille Ondo", (0, 1), reject=r"(?i)kessa"),
    ),
    row(
        "class5-a-first-name-given-to-both-sexes-in-france-place-name-nearby",
        "Une attaque a visé le village de Mbanza, a déclaré Reagan Tshimanga.\n\n« La partie nord du village a brûlé », a-t-il ajouté.",
        direct("La partie nord du village a brûlé", r"Reagan Tshimanga", (0, 1), reject=r"(?i)mbanza"),
    ),
    row(
        "class5-a-name-the-parser-hung-on-an-opening-adverbial-is-the-subject",
        "La directrice, Sophie Lemaire, a défendu le budget. « Nous tenons nos engagements », a-t-elle assuré.\n\nPar la suite, Carole Dumas, déléguée du syndicat des agents territoriaux, est venue dire sa colère. Elle a regretté ne pas avoir été consultée.",
        indirect("ne pas avoir été consultée", r"Carole Dumas", 0, reject=r"Lemaire"),
    ),
    row(
        "class5-a-final-incise-verb-tagged-as-a-noun",
        "Attaque d'un poste militaire\n\nDes hommes armés ont visé le poste avant l'aube. « C’est une attaque coordonnée » qui a visé le camp, note l’état-major dans un communiqué.",
        partial("C’est une attaque coordonnée", r"(?i)état-major", 2, reject=r"(?i)hommes armés"),
    ),
    row(
        "class5-a-long-aside-between-the-incise-verb-and-its-subject",
        "Otages libérés\n\nL'information a été confirmée dans la nuit. « Ils ont été conduits à Bamako par les autorités », a précisé, sans donner de détail sur les conditions de leur libération ni sur le sort des deux autres otages, la source sécuritaire malienne.",
        direct("Ils ont été conduits à Bamako", r"(?i)source sécuritaire", (4, 5)),
    ),
    row(
        "class5-incise-complement-naming-a-medium-then-the-person",
        "Séisme au large de la Californie\n\n« Nous avons connu beaucoup de secousses », a déclaré au Los Angeles Times Sandra Hall, une commerçante de Eureka.\n\n« Aucun dégât majeur n'a été signalé », a précisé sur la chaîne de télévision ABC Lori Newquist, porte-parole des services d'urgence.",
        direct("Nous avons connu beaucoup de secousses", r"Sandra Hall", (0, 1)),
        direct("Aucun dégât majeur n'a été signalé", r"Lori Newquist", (0, 1)),
    ),
    row(
        "class5-a-relative-left-unclosed-before-the-main-verb",
        "Séisme au large de la Californie\n\nL'épicentre du séisme, qui a eu lieu à 16h27 a été localisé à 35 km de la côte, a précisé l'Institut géophysique américain.",
        indirect("L'épicentre du séisme", r"(?i)institut géophysique", 2),
    ),
    row(
        "class5-only-adverbials-before-a-whole-quotation-make-no-indirect-neg",
        "Séisme au large de la Californie\n\nNéanmoins, en fin de journée, « aucun dégât majeur n'avait été signalé », a précisé Lori Newquist, porte-parole des services d'urgence.",
        direct("aucun dégât majeur n'avait été signalé", r"Lori Newquist", 0),
        absent("Néanmoins, en fin de journée"),
    ),
    row(
        "class5-ce-dernier-after-a-person-named-as-an-object",
        "Le procès du braquage de Liévin\n\nLe juge Marc Aubry a longuement interrogé le prévenu. Ce dernier a affirmé qu'il n'était pas sur place ce soir-là.",
        indirect("il n'était pas sur place", r"(?i)prévenu", (3, 4), reject=r"Aubry"),
    ),
    row(
        "class5-ce-dernier-after-an-unnamed-executive-met-by-the-minister",
        "Chaîne en faillite : la ministre maintient ses accusations\n\nLa ministre Julie Marchand a eu un entretien avec un dirigeant de la chaîne. Ce dernier lui a répondu que la décision de l'État était « peut-être un facteur ».",
        partial("peut-être un facteur", r"(?i)dirigeant", 3, reject=r"Marchand"),
    ),
    row(
        "class5-celle-ci-skips-a-man-named-last",
        "Le procès du braquage de Liévin\n\nLa présidente Anne Royer a interrogé le témoin. Celle-ci a estimé que les faits étaient « d'une extrême gravité ».",
        partial("d'une extrême gravité", r"Anne Royer", 0, reject=r"(?i)témoin"),
    ),
    row(
        "class5-a-t-on-appris-de-source-judiciaire-gives-its-partials",
        "Un élu mis en examen pour corruption\n\nLe conseiller régional Paul Mercier a été mis en examen samedi pour « corruption passive » et « prise illégale d'intérêts », a-t-on appris de source judiciaire.",
        partial("prise illégale d'intérêts", r"(?i)source judiciaire", (4, 5), reject=r"Mercier"),
    ),
    row(
        "class5-a-t-on-precise-goes-on-with-the-source-named-before",
        "Un élu mis en examen pour corruption\n\nLe conseiller régional Paul Mercier a été mis en examen samedi, a-t-on appris de source judiciaire.\n\nL'élu avait été entendu la veille par un juge pour « favoritisme » et « recel », a-t-on précisé.",
        indirect("L'élu avait été entendu la veille", r"(?i)source judiciaire", (4, 5), reject=r"(?i)mercier|élu"),
    ),
    row(
        "class5-an-on-incise-naming-nobody-gives-no-speaker-neg",
        "Incendie dans un entrepôt\n\nLe directeur Marc Petit était absent. Le feu a pris dans la nuit, a-t-on indiqué.",
        absent("Le feu a pris dans la nuit"),
    ),
    row(
        "class5-ils-after-a-rough-count-of-people",
        "Sit-in pour un parc public\n\nUne trentaine d'habitants du quartier ont interrompu la séance du conseil municipal. Ils demandent que la friche soit transformée en jardin partagé.",
        indirect("la friche soit transformée en jardin partagé", r"(?i)trentaine d'habitants", (3, 4)),
    ),
    row(
        "class5-an-incise-verb-no-list-knows-with-a-feminine-role",
        "Sit-in pour un parc public\n\n« Le maire avait promis un jardin en 2019 », a lu une résidente en ouverture de séance.",
        direct("Le maire avait promis un jardin", r"(?i)résidente", (3, 4)),
    ),
    row(
        "class5-est-il-indique-sur-un-document-is-the-document",
        "Match arrêté à Vénissieux\n\n« Match arrêté à la 88e minute après un jet de canette sur l'arbitre assistant » est-il indiqué sur la feuille de match que nous avons pu consulter.",
        direct("Match arrêté à la 88e minute", r"(?i)feuille de match", (3, 4), reject=r"(?i)vénissieux"),
    ),
    row(
        "class5-s-est-il-emporte-is-a-person-not-an-impersonal-passive",
        "Le ministre répond à l'opposition\n\nSur France Inter, Paul Garnier a dénoncé l'attitude de l'opposition. « Aucun chef de parti n'a réagi », s'est-il emporté.",
        direct("Aucun chef de parti n'a réagi", r"Paul Garnier", (0, 1)),
    ),
    row(
        "class5-notre-temoin-is-the-witness-introduced-before",
        "Match arrêté à Vénissieux\n\n« Ça a commencé à chauffer dans la tribune », nous confie un témoin présent au stade.\n\n« Ils ont encore été pris à partie par des supporters » précise notre témoin.",
        direct("Ça a commencé à chauffer dans la tribune", r"(?i)témoin", 3),
        direct("Ils ont encore été pris à partie", r"(?i)témoin", 3),
        same=(("Ça a commencé à chauffer dans la tribune", "Ils ont encore été pris à partie"),),
    ),
    row(
        "class5-elle-for-an-organization-that-just-spoke",
        "Pirogue découverte au large de Dakar\n\nLa Marine a dénombré trente corps, a-t-on appris de source militaire.\n\n« Les investigations se poursuivent », indique la Direction de l'information des armées. Dans un communiqué, elle assure que « les opérations de récupération sont très délicates ».",
        partial("les opérations de récupération sont très délicates", r"(?i)direction de l'information", 2, reject=r"(?i)source militaire"),
    ),
    row(
        "class5-a-complement-with-its-own-relative-between-quote-and-incise",
        "Conseil communal houleux\n\nLa majorité a répondu aux habitants. « Nous pouvions donner notre avis sur chaque dossier », malgré un règlement qui ne le permet pas, reconnaît Sophie Lannoy (Ecolo).",
        direct("Nous pouvions donner notre avis sur chaque dossier", r"Sophie Lannoy", 0, reject=r"(?i)majorité"),
    ),
    row(
        "class5-a-final-incise-with-a-role-and-a-long-relay-after-it",
        "Attaque de loup en montagne\n\nLes brebis ont été tuées sur un alpage de la commune de Saint-Luc, a indiqué à l'ats Marc Zuber, chef du service cantonal de la chasse, confirmant une information diffusée vendredi sur le site internet du quotidien régional.",
        indirect("Les brebis ont été tuées sur un alpage", r"Marc Zuber", 0),
    ),
    row(
        "class5-a-plural-verb-after-a-stray-comma-does-not-take-its-object-as-subject-neg",
        """
Conseil municipal : la majorité se fissure
Le maire a retiré leurs délégations à trois adjoints. Ces élus de la majorité, dénoncent le climat délétère, opaque et autoritaire, qui règne à la mairie. « C’est une sanction », regrettent-ils.
""",
        absent("le climat délétère, opaque et autoritaire"),
        direct("C’est une sanction", r"élus", (3, 6), reject=r"climat"),
    ),
    row(
        "class5-a-plural-verb-with-a-singular-subject-and-a-coordinated-one",
        """
Budget : l’inquiétude des élus
« Cette réforme n’aura de sens que si elle est financée », expliquent de leur côté le président du conseil départemental ainsi que plusieurs maires ruraux. « Nous serons vigilants », préviennent la présidente de l’association des maires et son adjoint.
""",
        direct("Cette réforme n’aura de sens", r"président du conseil départemental", (0, 6)),
        direct("Nous serons vigilants", r"présidente de l’association des maires", (0, 6)),
    ),
    row(
        "class5-incise-subjects-that-agree-with-their-verb",
        """
Le projet est abandonné, regrette le maire. Les travaux reprendront en mai, indiquent les services techniques.
"Des rafales de vent violentes, pouvant atteindre 100 km/h, sont possibles", prévient Météo-France.
""",
        indirect("Le projet est abandonné", r"le maire", (3, 4)),
        indirect("Les travaux reprendront en mai", r"services techniques", (2, 6)),
        direct("Des rafales de vent violentes", r"Météo-France", 2),
    ),
    row(
        "class5-a-role-with-its-union-acronym-is-not-the-last-speaker",
        """
Usine de Tilloy : l’inquiétude
Le représentant du personnel Philippe Caron sort d’une réunion avec la direction. « Trois repreneurs ont consulté le dossier », annonce-t-il aux salariés.
« J’en suis à mon troisième dépôt de bilan »
- Thierry, 52 ans dont 30 à l’usine
« Le moral des troupes est au plus bas », confirme le délégué CGT.
""",
        direct("J’en suis à mon troisième dépôt de bilan", r"Thierry", 1),
        direct("Le moral des troupes est au plus bas", r"Philippe Caron|délégué CGT", (0, 3), reject=r"Thierry"),
    ),
    row(
        "class5-the-article-of-a-persons-service-gives-no-gender",
        """
Déguerpissement à Kermel
« Les vendeurs partiront de gré ou de force », avertit Modou Faye de la Sécurité municipale. Il précise que « personne n’a besoin de sommation ».
""",
        partial("personne n’a besoin de sommation", r"Modou Faye", 0),
    ),
    row(
        "class5-a-pronominal-incise-with-its-inverted-pronoun-inside-the-marks",
        """
Agression au collège : l’inquiétude des parents
Le principal, Marc Petit, a porté plainte. Certains parents sont sous le choc, comme Sandrine. « Si quelqu’un est capable de frapper une adulte, s’indigne-t-elle. Il faut des mesures. »
""",
        direct("Si quelqu’un est capable de frapper une adulte", r"Sandrine", 1),
    ),
    row(
        "class5-une-autre-is-another-of-the-same-trade",
        "« On a tout donné à cette usine », nous répond une ouvrière, la voix nouée. « Aujourd’hui, c’est un jour de deuil », réagit une autre.",
        direct("On a tout donné à cette usine", r"(?i)une ouvrière", (3, 4)),
        direct("c’est un jour de deuil", r"(?i)une autre", (3, 4)),
        different=(("On a tout donné à cette usine", "c’est un jour de deuil"),),
    ),
    row(
        "class5-one-of-them-after-a-counted-crowd",
        "Près de deux cents salariés se sont rassemblés devant les grilles de l’entrepôt. « J’ai passé trente ans ici », explique l’un d’entre eux.",
        direct("J’ai passé trente ans ici", r"(?i)l.un d.entre eux", (3, 4)),
    ),
    row(
        "class5-un-autre-after-a-plural-trade",
        "Des viticulteurs de la vallée ont bloqué la départementale. « On vend à perte depuis trois ans », lâche l’un d’eux. « Et personne ne nous écoute », ajoute un autre.",
        direct("On vend à perte depuis trois ans", r"(?i)l.un d.eux", (3, 4)),
        direct("Et personne ne nous écoute", r"(?i)un autre", (3, 4)),
    ),
    row(
        "class5-lune-delles-after-nurses",
        "Les infirmières du service de réanimation ont cessé le travail jeudi. « Nous ne sommes plus assez nombreuses pour soigner », témoigne l’une d’entre elles.",
        direct("Nous ne sommes plus assez nombreuses", r"(?i)l.une d.entre elles", (3, 4)),
    ),
    row(
        "class5-one-of-them-named-after-a-comma",
        "Des riverains avaient déployé une banderole. « On apprend tout par la presse », soupirait l’un d’eux, Gérard, retraité installé rue des Acacias.",
        direct("On apprend tout par la presse", r"Gérard", 1),
    ),
    row(
        "class5-another-vague-source-stays-vague-neg",
        "« Le dossier est bouclé », assure une source proche de l’enquête. « Rien n’est encore décidé », nuance une autre.",
        direct("Le dossier est bouclé", r"(?i)une source proche", 5),
        direct("Rien n’est encore décidé", r"(?i)une autre", 5),
        absent("nuance une autre"),
    ),
    row(
        "class5-several-of-them-stay-an-uncounted-group-neg",
        "Des habitants du quartier ont interpellé le maire en fin de séance. Plusieurs d’entre eux ont affirmé que les travaux n’avaient jamais été annoncés.",
        indirect("les travaux n’avaient jamais été annoncés", r"(?i)plusieurs d.entre eux", 6),
        absent("Des habitants du quartier ont interpellé"),
    ),
    row(
        "class5-the-minister-is-not-the-prefect-named-just-before",
        "Le préfet de la Vendée, Benoît Lemarchand, a reçu les éleveurs lundi. Le ministre a promis mardi que les aides seraient versées avant Noël.",
        indirect("les aides seraient versées avant Noël", r"(?i)^le ministre$", (2, 4), reject=r"Lemarchand"),
    ),
    row(
        "class5-the-minister-named-just-before-is-still-the-minister-neg",
        "La ministre de l’Agriculture, Claire Vautrin, a reçu les éleveurs lundi. La ministre a promis mardi que les aides seraient versées avant Noël.",
        indirect("les aides seraient versées avant Noël", r"Claire Vautrin", 0),
        absent("a reçu les éleveurs lundi"),
    ),
    row(
        "class5-a-source-cited-on-a-day-by-an-agency-keeps-its-own-name",
        "Selon une source proche du dossier citée mardi par l’AFP, le contrat a été signé à Genève la semaine dernière.",
        indirect("le contrat a été signé à Genève", r"(?i)^une source proche du dossier$", 5),
    ),
    row(
        "class5-an-analyst-questioned-by-an-agency",
        "Pour un analyste financier interrogé jeudi par Reuters, la baisse des taux « devrait durer jusqu’à l’été ».",
        partial("devrait durer jusqu’à l’été", r"(?i)^un analyste financier$", 4),
    ),
    row(
        "class5-the-participant-is-the-runner-named-before",
        "Karim était inscrit sur le semi-marathon, il a fini par marcher après quelques kilomètres. « Les gens ont commencé à tomber vers le troisième kilomètre », raconte le participant.",
        direct("Les gens ont commencé à tomber", r"(?i)Karim|participant", 1),
    ),
    row(
        "class5-the-accused-named-by-est-accuse-and-the-judge-apart",
        "Josiane, l’octogénaire, vivait seule. Jean-Marc est accusé d’en avoir profité. « Avez-vous déjà été condamné ? », demande la présidente. Le prévenu hésite. « Elle considérait ma femme comme sa fille », affirme le retraité.",
        direct("Avez-vous déjà été condamné ?", r"(?i)présidente", (2, 3), reject=r"Jean-Marc"),
        direct("Elle considérait ma femme comme sa fille", r"(?i)Jean-Marc|prévenu|retraité", 1),
        different=(("Avez-vous déjà été condamné ?", "Elle considérait ma femme comme sa fille"),),
    ),
    row(
        "class5-a-pronoun-in-a-fronted-si-clause-is-the-main-subject",
        "Les boulangers veulent porter la baguette à 200 francs CFA. S’il reconnaît que le prix de la farine a augmenté, le gouvernement s’y refuse.",
        indirect("le prix de la farine a augmenté", r"(?i)^le gouvernement$", 2, reject=r"(?i)boulangers"),
    ),
    row(
        "class5-a-feminine-pronoun-in-a-fronted-clause",
        "Les syndicats réclament une prime. Si elle admet que les coûts ont grimpé, la ministre du Travail, Sandrine Moal, refuse toute hausse.",
        indirect("les coûts ont grimpé", r"Sandrine Moal", 0, reject=r"(?i)syndicats"),
    ),
    row(
        "class5-a-fronted-clause-with-no-named-subject-after-neg",
        "Le maire de Lens, Paul Dugrand, est arrivé en retard. S’il affirme que tout va bien, c’est pour rassurer les habitants.",
        indirect("tout va bien", r"Paul Dugrand", 0),
        absent("est arrivé en retard"),
    ),
]

CLASS_6 = [
    # --- 6. Organizations and documents --------------------------------------------------------
    row(
        "class6-customs-in-a-communique",
        "Les douanes ont saisi près de deux tonnes de cocaïne dans un conteneur de bananes au port du Havre. « Il s’agit de la plus importante saisie de l’année », ont indiqué les douanes dans un communiqué.",
        direct("la plus importante saisie de l’année", r"(?i)douanes", 2),
    ),
    row(
        "class6-selon-the-statistics-institute",
        "Selon l’Insee, le taux de chômage a reculé de 0,2 point au troisième trimestre en Bretagne.",
        indirect("le taux de chômage a reculé de 0,2 point", r"Insee", 2),
    ),
    row(
        "class6-prefecture-in-a-communique",
        "« La baignade est interdite sur les plages de Carnac jusqu’à nouvel ordre », a indiqué la préfecture du Morbihan dans un communiqué.",
        direct("La baignade est interdite", r"(?i)préfecture du Morbihan", 2),
    ),
    row(
        "class6-poll-by-a-named-institute",
        "Selon un sondage de l’institut Opinéa pour La Voix du Léman, la hausse des tarifs des transports publics est rejetée par 62 % des Genevois.",
        indirect("la hausse des tarifs des transports publics est rejetée", r"Opinéa|Voix du Léman", 2),
    ),
    row(
        "class6-poll-unnamed-institute-named-outlet",
        "D’après un sondage publié dimanche par L’Écho de la Brévenne, une majorité d’habitants est favorable au maintien du marché le samedi matin.",
        indirect("une majorité d’habitants est favorable", r"(?i)sondage|Écho de la Brévenne", (2, 3)),
    ),
    row(
        "class6-study-of-no-named-author",
        "Selon une étude canadienne parue mardi, le télétravail réduit de 15 % les émissions liées aux trajets domicile-travail.",
        indirect("le télétravail réduit de 15 %", r"(?i)étude", 4),
    ),
    row(
        "class6-a-named-provider-not-its-subscribers-data",
        "Le fournisseur d’accès Numéris a reconnu mardi que les données de ses abonnés avaient été « exposées pendant près de trois semaines ».",
        partial("exposées pendant près de trois semaines", r"Numéris", 2, reject=r"(?i)données|abonnés"),
    ),
    row(
        "class6-a-named-operator-is-an-organization-not-a-person",
        "L’opérateur Telvia a admis que les données de ses abonnés « ont pu être consultées » par un prestataire.",
        partial("ont pu être consultées", r"Telvia", 2, reject=r"(?i)données"),
    ),
    row(
        "class6-a-political-camp-is-no-organization",
        "L’opposition municipale a dénoncé jeudi « un budget de façade ». Le groupe Horizons Vitré a salué pour sa part « un effort de sincérité ».",
        partial("un budget de façade", r"(?i)opposition", 6),
        partial("un effort de sincérité", r"Horizons Vitré", 2),
        different=(("un budget de façade", "un effort de sincérité"),),
    ),
    row(
        "class6-report-of-a-named-body",
        "Dans son rapport publié jeudi, la chambre régionale des comptes de Normandie estime que la gestion de la piscine intercommunale a été « hasardeuse ».",
        partial("hasardeuse", r"(?i)chambre régionale des comptes", 2),
    ),
    row(
        "class6-a-report-speaks-for-its-named-issuer",
        "Le rapport de l’Autorité de la concurrence, rendu public mardi, pointe « des marges anormalement élevées » dans la distribution des fruits et légumes.",
        partial("des marges anormalement élevées", r"Autorité de la concurrence", 2),
    ),
    row(
        "class6-the-communique-of-the-town-hall",
        "Le communiqué de la mairie de Concarneau précise que « les travaux du port reprendront dès lundi ».",
        partial("les travaux du port reprendront", r"(?i)mairie de Concarneau", 2),
    ),
    row(
        "class6-unnamed-manager-of-a-named-company-for-himself",
        "« On nous demande de faire rouler des trains sans conducteurs », confie un cadre de la société Transalp, qui requiert l’anonymat par crainte de sanctions.",
        direct("On nous demande de faire rouler", r"(?i)cadre", 3),
    ),
    row(
        "class6-unnamed-agent-of-a-named-town-hall",
        "Un agent de la mairie de Lorient, sous couvert d’anonymat, affirme que « les consignes sont venues directement du cabinet du maire ».",
        partial("les consignes sont venues directement", r"(?i)agent", 3),
    ),
    row(
        "class6-spokesperson-of-the-gendarmerie",
        "« Aucune piste n’est écartée à ce stade », a déclaré le porte-parole de la gendarmerie de la Drôme.",
        direct("Aucune piste n’est écartée", r"(?i)porte-parole", 2),
    ),
    row(
        "class6-prosecutor-office-closes-a-lead-sentence",
        "Un homme de 34 ans a été mis en examen pour tentative de meurtre après une rixe devant une discothèque de Lorient, a indiqué samedi le parquet.",
        indirect("Un homme de 34 ans a été mis en examen pour tentative de meurtre", r"(?i)parquet", 2),
    ),
    row(
        "class6-cantonal-police-swiss-style",
        "Un motard de 42 ans a perdu la vie lundi soir sur la route du col du Pillon. «La vitesse semble avoir joué un rôle», a fait savoir la police cantonale vaudoise.",
        direct("La vitesse semble avoir joué un rôle", r"(?i)police cantonale", 2),
    ),
    row(
        "class6-a-named-union-in-a-leaflet",
        "Le syndicat Force soignante de l’hôpital de Quimperlé dénonce dans un tract « une dégradation sans précédent des conditions de travail ».",
        partial("une dégradation sans précédent", r"Force soignante", 2),
    ),
    row(
        "class6-two-officials-of-a-named-ministry",
        "Deux responsables du ministère de l’Agriculture ont assuré que « les aides seront versées avant Noël ».",
        partial("les aides seront versées avant Noël", r"(?i)responsables du ministère", 3),
    ),
    row(
        "class6-a-seat-of-power-speaks-for-its-institution",
        "Selon l’Élysée, le président recevra les représentants des agriculteurs vendredi. « Il n’y a aucun désaccord avec le gouvernement », assure-t-on à Matignon.",
        indirect("le président recevra les représentants", r"Élysée", 2, reject=r"(?i)président"),
        direct("Il n’y a aucun désaccord", r"Matignon", (2, 3)),
        different=(("le président recevra les représentants", "Il n’y a aucun désaccord"),),
    ),
    row(
        "class6-a-pronominal-incise-with-on-and-the-executive",
        "« C’est une provocation », s’indigne-t-on du côté de la CFDT. « Pas question de reculer », martèle l’exécutif.",
        direct("C’est une provocation", r"CFDT", (2, 3)),
        direct("Pas question de reculer", r"(?i)exécutif", 2),
    ),
    row(
        "class6-on-at-a-ministry",
        "« Aucune décision n’est prise à ce stade », indique-t-on au ministère de la Transition écologique.",
        direct("Aucune décision n’est prise", r"(?i)ministère de la Transition écologique", (2, 3)),
    ),
    row(
        "class6-a-fronted-complement-is-not-part-of-the-speaker",
        "Dans un communiqué diffusé mardi, la préfecture du Finistère indique que la baignade reste interdite sur trois plages.",
        indirect("la baignade reste interdite", r"^(?i:la )?préfecture du Finistère$", 2),
    ),
    row(
        "class6-the-rescue-services-then-a-plural-pronoun",
        "Les secours ont retrouvé les deux randonneurs vers 21 heures, ont-ils indiqué dans la soirée.",
        indirect("Les secours ont retrouvé les deux randonneurs", r"(?i)secours", 2),
    ),
    row(
        "class6-an-analyst-interviewed-by-an-agency-is-named-without-the-participle",
        "« Le baril pourrait dépasser les 100 dollars d’ici l’été », estime un analyste interrogé par l’AFP.",
        direct("Le baril pourrait dépasser", r"^un analyste$", 4),
    ),
    row(
        "class6-a-wire-agency-citing-sources-after-the-clause",
        "Le cargo aurait été intercepté au large de Chypre, a rapporté Reuters citant des sources maritimes.",
        indirect("Le cargo aurait été intercepté au large de Chypre", r"(?i)sources maritimes", (5, 6), reject=r"Reuters"),
    ),
    row(
        "class6-a-paper-citing-someone-in-selon",
        "D’après L’Écho du Velay, qui cite un proche de l’enquête, le suspect « connaissait bien la victime ».",
        partial("connaissait bien la victime", r"(?i)proche de l’enquête", 5, reject=r"Écho"),
    ),
    row(
        "class6-a-speaker-citing-an-example-still-speaks",
        "« Nous ne fermerons aucune école », a promis le président du département, Loïc Tanguy, citant l’exemple de la commune voisine.",
        direct("Nous ne fermerons aucune école", r"Loïc Tanguy", 0),
    ),
    # A named news outlet speaks as an organization (2), with the article of its name; « le quotidien »,
    # « le journal » after it is the same outlet.
    row(
        "class6-outlet-named-with-its-article",
        "Les deux otages ont été libérés contre une rançon, selon Le Monde. Le quotidien affirme que les ravisseurs appartiennent à un même clan.",
        indirect("Les deux otages ont été libérés", r"^Le Monde$", 2),
        indirect("les ravisseurs appartiennent à un même clan", r"^Le Monde$", 2),
    ),
    row(
        "class6-outlet-with-a-lower-case-article",
        "Selon le Parisien, le suspect a reconnu les faits en garde à vue. « Il a tout raconté dans le détail », précise le journal.",
        indirect("le suspect a reconnu les faits", r"(?i)^le Parisien$", 2),
        direct("Il a tout raconté dans le détail", r"(?i)^le Parisien$", 2),
    ),
    row(
        "class6-outlet-after-a-medium-noun",
        "« Nous avons reçu des menaces pendant des semaines », écrit l’hebdomadaire Le Point dans son édition de jeudi.",
        direct("Nous avons reçu des menaces", r"^Le Point$", 2),
    ),
    row(
        "class6-outlet-then-a-second-outlet",
        "Le maire aurait renoncé à se représenter, affirme Ouest-France. De son côté, Le Télégramme assure qu’aucune décision n’est prise, selon le journal.",
        indirect("Le maire aurait renoncé à se représenter", r"Ouest-France", 2),
        indirect("aucune décision n’est prise", r"Télégramme", 2, reject=r"Ouest"),
    ),
    row(
        "class6-outlet-whose-name-holds-a-first-name",
        "D’après France 2, l’usine de Vierzon fermera ses portes en mars. La chaîne précise que 300 emplois sont menacés.",
        indirect("l’usine de Vierzon fermera ses portes", r"^France 2$", 2),
        indirect("300 emplois sont menacés", r"^France 2$", 2),
    ),
    row(
        "class6-outlet-after-du-gets-its-article-back",
        "Selon des informations du Monde, le suspect était connu des services de renseignement.",
        indirect("le suspect était connu des services", r"^Le Monde$", 2),
    ),
    row(
        "class6-a-hyphenated-name-the-tokenizer-cuts",
        "Sept départements du Sud-Ouest sont passés en vigilance orange samedi. « Les orages peuvent être forts, avec de la grêle », précise Météo-France dans son dernier bulletin.",
        direct("Les orages peuvent être forts", r"Météo-France", 2, reject=r"Sud"),
    ),
    row(
        "class6-a-region-in-a-hyphenated-name-is-no-organization",
        "Les orages frapperont le Nord-Est dans la soirée. « Il faut éviter tout déplacement », a prévenu la préfète de la Moselle, Claire Valentin.",
        direct("Il faut éviter tout déplacement", r"Claire Valentin", 0, reject=r"Nord-Est"),
    ),
    row(
        "class6-selon-the-statements-of-a-named-office-holder",
        "La garde à vue a été prolongée dimanche, a indiqué à l’AFP la procureure de la République, Claire Delmas. Le matériel saisi n’était « pas dangereux en soi », selon les déclarations de la procureure.",
        partial("pas dangereux en soi", r"Claire Delmas", 0, reject=r"(?i)déclarations"),
    ),
    row(
        "class6-selon-the-words-of-an-unnamed-minister",
        "Selon les propos de la ministre, la réforme sera votée avant l’été.",
        indirect("la réforme sera votée avant l’été", r"(?i)ministre", (3, 4), reject=r"(?i)propos"),
    ),
    row(
        "class6-outlet-neg-a-person-of-the-outlet",
        "« Le dossier est vide », a déclaré à l’AFP un enquêteur, tandis qu’un journaliste du Figaro assurait que « tout était prêt ».",
        direct("Le dossier est vide", r"(?i)enquêteur", (3, 4), reject=r"AFP"),
        partial("tout était prêt", r"(?i)journaliste du Figaro", 3, reject=r"^Le Figaro$"),
    ),
    row(
        "class6-outlet-neg-a-capitalized-word-that-is-no-outlet",
        "Le champion du Monde de cyclisme, Pierre Lacaze, a déclaré : « Je suis heureux de rentrer à la maison. »",
        direct("Je suis heureux de rentrer", r"Pierre Lacaze", 0),
    ),
    row(
        "class6-the-services-of-the-state-speak-for-an-institution",
        "L’éleveur pourra demander « des tirs de défense », précisent les services de l’État.",
        partial("des tirs de défense", r"(?i)services de l", 2),
    ),
    row(
        "class6-inhabitants-of-a-district-stay-a-collective",
        "« Nous n’avons rien vu venir », expliquent des habitants du quartier.",
        direct("Nous n’avons rien vu venir", r"(?i)habitants", 6),
    ),
    row(
        "class6-an-outlet-named-in-quote-marks-after-the-incise-verb",
        "Le chef de l’État et sa garde rapprochée ne décolèrent pas, rapporte «Le Parisien». Ils cherchent à savoir qui a parlé.",
        indirect("ne décolèrent pas", r"Le Parisien", 2),
        scare("Le Parisien"),
    ),
    row(
        "class6-nos-confreres-de-x-is-an-outlet",
        "Festival : la tête d'affiche renonce\n\nLa chanteuse a annulé sa venue au festival, selon nos confrères de Radio Littoral. Elle n'aurait pas apprécié la polémique sur son cachet, selon nos confrères.",
        indirect("La chanteuse a annulé sa venue", r"(?i)radio littoral|confrères", 2),
        indirect("Elle n'aurait pas apprécié la polémique", r"(?i)radio littoral|confrères", 2),
        same=(("La chanteuse a annulé sa venue", "Elle n'aurait pas apprécié la polémique"),),
    ),
    row(
        "class6-a-fellow-lawyer-is-no-outlet",
        "Procès du notaire\n\nL'avocat a plaidé la relaxe. « C'est un dossier vide », a estimé un confrère.",
        direct("C'est un dossier vide", r"(?i)confrère", (4, 5)),
    ),
    row(
        "class6-selon-x-citant-y-is-y",
        "Séisme au large de la Californie\n\nLa mairie de Ferndale a été endommagée, selon des médias locaux citant la police.",
        indirect("La mairie de Ferndale a été endommagée", r"(?i)police", 2, reject=r"(?i)médias"),
    ),
    row(
        "class6-two-offices-joined-speak-as-offices-not-as-a-crowd",
        "Un gendarme interpellé\n\nLe gendarme a été interpellé sur son lieu de vacances, ont annoncé dans un communiqué le préfet du Rhône et le procureur de la République de Lyon.",
        indirect("Le gendarme a été interpellé", r"(?i)préfet", (2, 3)),
    ),
    row(
        "class6-selon-a-document-published-by-an-agent-after-an-adjunct",
        """
Crues : la Saône a dépassé la cote d’alerte
Le niveau de la rivière a atteint 6,20 mètres à Mâcon, selon les relevés publiés jeudi soir sur son site par le service de prévision des crues Rhône-Saône. Les caves de trois quartiers ont été inondées, selon une carte diffusée en ligne par la préfecture de Saône-et-Loire.
""",
        indirect("a atteint 6,20 mètres à Mâcon", r"service de prévision des crues", 2, reject=r"relevés"),
        indirect("Les caves de trois quartiers ont été inondées", r"préfecture de Saône-et-Loire", 2, reject=r"carte"),
    ),
    row(
        "class6-selon-a-person-questioned-by-an-agent-stays-the-speaker",
        """
Un témoin interrogé hier par les gendarmes affirme que la voiture roulait vite. Le conducteur avait bu, selon un voisin entendu mardi par les enquêteurs.
""",
        indirect("Le conducteur avait bu", r"un voisin", (3, 4), reject=r"enquêteurs"),
    ),
    row(
        "class6-an-organization-named-by-a-capitalized-common-noun-keeps-its-whole-name",
        """
Séisme ressenti dans le Jura
La secousse, de magnitude 3,9, a été enregistrée à 4 h 12, selon le Réseau national de surveillance sismique. « Aucun dégât n’a été signalé », a indiqué le Centre opérationnel départemental d’incendie et de secours.
""",
        indirect("La secousse, de magnitude 3,9", r"^(le )?Réseau national de surveillance sismique", 2),
        direct("Aucun dégât n’a été signalé", r"Centre opérationnel départemental", 2),
    ),
    row(
        "class6-a-capitalized-centre-is-an-institution-not-the-political-centre",
        """
Routes : la circulation reprend sur l’A7
Le trafic est rétabli dans les deux sens, a annoncé le Centre régional d’information et de coordination routières. « Les réformes de la gauche ont échoué », estime le centre, qui appelle à l’union.
""",
        indirect("Le trafic est rétabli dans les deux sens", r"Centre régional d’information", 2),
        direct("Les réformes de la gauche ont échoué", r"^le centre$", 6),
    ),
    row(
        "class6-an-institution-called-back-by-its-capitalized-noun",
        """
Déguerpissement à Koumassi
Le District autonome de Lomé a rasé le quartier des pêcheurs la semaine dernière. Selon le District, l’opération visait à « assainir » une zone inondable. Les riverains, indique encore la Région, seront relogés avant la fin de l’année.
""",
        indirect("l’opération visait à", r"District", 2),
        indirect("seront relogés avant la fin de l’année", r"Région", 2),
    ),
    row(
        "class6-a-capitalized-demonym-or-compass-point-is-no-institution-neg",
        """
Rugby : le Fidjien décisif
« Il y a un en-avant que personne ne siffle », a regretté le Fidjien après le match. Les supporters sont repartis vers le Sud.
""",
        direct("Il y a un en-avant", r"Fidjien", 4),
        absent("Les supporters sont repartis"),
    ),
    row(
        "class6-a-partys-directorate-speaks-for-the-party",
        """
Arrestation d’un opposant
« Nous n’avons aucune information sur les motifs de son arrestation », a réagi le directoire du parti Union pour le renouveau (UPR), dans un communiqué publié jeudi.
""",
        direct("Nous n’avons aucune information", r"directoire du parti", 2),
    ),
    row(
        "class6-the-authorities-alone-are-an-unnamed-institution",
        "Les rebelles ont annoncé que l’élection n’aurait pas lieu dans la province, mais les autorités promettent qu’elle se tiendra bel et bien le 7 octobre.",
        indirect("elle se tiendra bel et bien", r"(?i)^les autorités$", 4),
        indirect("l’élection n’aurait pas lieu", r"(?i)rebelles", 6),
    ),
    row(
        "class6-the-authorities-after-selon",
        "Un ferry a heurté le quai du port de Brindoux dimanche matin. Selon les autorités, aucun passager n’a été blessé.",
        indirect("aucun passager n’a été blessé", r"(?i)^les autorités$", 4),
    ),
    row(
        "class6-the-authorities-of-a-named-country-are-its-state",
        "Les autorités sénégalaises ont assuré mardi que la pirogue avait été interceptée avant d’atteindre les côtes.",
        indirect("la pirogue avait été interceptée", r"(?i)autorités sénégalaises", 2),
    ),
    row(
        "class6-the-authorities-with-a-complement-are-its-state",
        "La route de la corniche restera fermée tout l’hiver, ont fait savoir les autorités de la province du Sud-Kivu dans un communiqué.",
        indirect("restera fermée tout l’hiver", r"(?i)autorités de la province", 2),
    ),
    row(
        "class6-the-health-authorities-are-an-institution",
        "Les autorités sanitaires ont indiqué que le nombre de cas de dengue avait doublé en un mois sur l’île.",
        indirect("le nombre de cas de dengue avait doublé", r"(?i)autorités sanitaires", 2),
    ),
    row(
        "class6-some-local-authorities-are-an-uncounted-group",
        "Des autorités locales ont affirmé que le bilan dépasserait la centaine de morts, selon l’agence DPA.",
        indirect("le bilan dépasserait la centaine", r"(?i)autorités locales", 6),
    ),
    row(
        "class6-certain-authorities-are-an-uncounted-group",
        "Certaines autorités religieuses ont dénoncé une loi « contraire à la liberté de culte ».",
        partial("contraire à la liberté de culte", r"(?i)autorités religieuses", 6),
    ),
    row(
        "class6-selon-les-termes-du-prefet",
        "Deux jours après le passage du cyclone, l’île reste « défigurée », selon les termes du préfet, par cet épisode « brutal et puissant ».",
        partial("défigurée", r"(?i)préfet", (2, 3), reject=r"(?i)termes"),
        partial("brutal et puissant", r"(?i)préfet", (2, 3)),
    ),
    row(
        "class6-selon-l-expression-du-maire-named",
        "La commune est « sinistrée à 80 % », selon l’expression de son maire, Jean-Luc Rivet, qui a demandé l’état de catastrophe naturelle.",
        partial("sinistrée à 80 %", r"Jean-Luc Rivet", 0, reject=r"(?i)expression"),
    ),
    row(
        "class6-pour-reprendre-la-formule-d-une-elue",
        "Le budget, « un exercice d’équilibriste », selon la formule de l’adjointe aux finances Nadia Belkacem, a été adopté de justesse.",
        marked("un exercice d’équilibriste", r"Nadia Belkacem", 0, reject=r"(?i)formule"),
    ),
    row(
        "class6-the-terms-of-a-contract-are-no-speaker-neg",
        "Les termes du contrat de concession n’ont jamais été rendus publics par la métropole.",
        absent("Les termes du contrat"),
    ),
    row(
        "class6-the-teaching-staff-is-a-group-not-an-organization",
        "Les lycéens bloquent l’entrée du lycée depuis lundi. L’équipe enseignante a fait savoir qu’elle les soutiendrait tant qu’il le faudra.",
        indirect("elle les soutiendrait tant qu’il le faudra", r"(?i)équipe enseignante", (4, 6)),
    ),
    row(
        "class6-the-nursing-staff-of-a-ward-is-a-group",
        "L’équipe soignante du service de gériatrie a indiqué que « trois postes sur dix » restaient vacants depuis l’été.",
        partial("trois postes sur dix", r"(?i)équipe soignante", (4, 6)),
    ),
    row(
        "class6-a-named-society-with-a-staff-adjective-is-an-organization-neg",
        "La Société pédagogique jurassienne a dénoncé dans un communiqué « un mépris du corps enseignant ».",
        partial("un mépris du corps enseignant", r"(?i)Société pédagogique jurassienne", 2),
        absent("La Société pédagogique jurassienne a dénoncé"),
    ),
    row(
        "class6-the-municipal-team-still-speaks-for-the-town-hall-neg",
        "L’équipe municipale a affirmé que le budget serait tenu malgré la hausse des prix de l’énergie.",
        indirect("le budget serait tenu", r"(?i)équipe municipale", 2),
        absent("L’équipe municipale a affirmé"),
    ),
    row(
        "class6-a-capitalized-title-never-named-in-full-is-no-institution-neg",
        """
Tensions dans le Golfe
« Nous ne céderons à aucune pression », a déclaré le Guide lors d’un discours retransmis à la télévision.
""",
        direct("Nous ne céderons à aucune pression", r"(?i)guide", (3, 5)),
        absent("lors d’un discours retransmis"),
    ),
    row(
        "class6-the-young-man-suspected-is-tied-to-the-case",
        "Le jeune soupçonné d’avoir porté les coups de couteau a nié les faits devant le juge. « Je n’ai jamais voulu le tuer », a-t-il assuré selon son avocate.",
        direct("Je n’ai jamais voulu le tuer", r"(?i)soupçonné", (3, 4)),
    ),
    row(
        "class6-the-individual-arrested-saturday-is-tied-to-the-case",
        "L’individu interpellé samedi à Vénissieux a affirmé aux enquêteurs qu’il ignorait tout du trafic.",
        indirect("il ignorait tout du trafic", r"(?i)individu interpellé", (3, 4)),
    ),
    row(
        "class6-a-guard-posted-at-the-door-is-a-role-neg",
        "« Personne n’est entré après minuit », assure un vigile posté à l’entrée du bâtiment.",
        direct("Personne n’est entré après minuit", r"(?i)vigile", 4),
        absent("assure un vigile"),
    ),
    row(
        "class6-a-team-name-tagged-as-a-foreign-word-after-faire-savoir",
        "« Les six coureurs sont conscients et dans un état stable », a fait savoir Giant-Alpecin dans un communiqué.",
        direct("Les six coureurs sont conscients", r"Giant-Alpecin", 2),
    ),
    row(
        "class6-a-name-in-apposition-to-an-agency-is-the-agency",
        "« La concentration en sulfure d’hydrogène dépasse le seuil d’alerte », a indiqué le 18 avril Madin’air, l’agence chargée de mesurer la qualité de l’air.",
        direct("La concentration en sulfure", r"(?i)Madin.air", 2),
    ),
    row(
        "class6-a-person-in-apposition-to-a-role-stays-a-person-neg",
        "« Nous sommes inquiets pour les riverains », a indiqué Paul Durand, le président de l’association Air Pur.",
        direct("Nous sommes inquiets", r"Paul Durand", 0),
        absent("a indiqué Paul Durand"),
    ),
]

CLASS_7 = [
    # --- 7. Indirect speech: found after « se dire », « exprimer le vœu », opinion verbs … --------
    row(
        "class7-se-dire-satisfait",
        "Le président de la fédération départementale des exploitants agricoles, Loïc Quéré, s’est dit satisfait de l’accord trouvé dans la nuit avec les distributeurs.",
        indirect("l’accord trouvé dans la nuit avec les distributeurs", r"Loïc Quéré", 0),
    ),
    row(
        "class7-se-dire-inquiete-present-tense",
        "Présente à Cherbourg, la ministre de la Mer, Élisabeth Carré, se dit très inquiète pour l’avenir de la pêche côtière.",
        indirect("très inquiète pour l’avenir de la pêche côtière", r"Élisabeth Carré", 0),
    ),
    row(
        "class7-exprimer-le-voeu-de",
        "La ministre des Sports, Carole Vidal, a exprimé le vœu de voir le stade Jean-Bouin de Vernon rouvrir avant la fin de la saison.",
        indirect("voir le stade Jean-Bouin de Vernon rouvrir avant la fin de la saison", r"Carole Vidal", 0),
    ),
    row(
        "class7-pense-que-for-a-published-view",
        "Le sociologue Bastien Roux, auteur d’un essai remarqué sur les néoruraux, pense que l’exode urbain de 2020 a été largement surestimé.",
        indirect("l’exode urbain de 2020 a été largement surestimé", r"Bastien Roux", 0),
    ),
    row(
        "class7-estime-que-in-an-op-ed",
        "Dans une tribune publiée lundi, l’économiste Hélène Marquet estime que la hausse des taux durera au moins deux ans.",
        indirect("la hausse des taux durera au moins deux ans", r"Hélène Marquet", 0),
    ),
    row(
        "class7-juge-que",
        "La sénatrice Agnès Loubet juge que la réforme arrive trop tard pour les communes rurales.",
        indirect("la réforme arrive trop tard pour les communes rurales", r"Agnès Loubet", 0),
    ),
    row(
        "class7-lead-closed-by-a-revele-son-avocate",
        "Le skieur Mathis Caradec a été placé en garde à vue mercredi à Albertville pour des violences conjugales, a révélé son avocate.",
        indirect("a été placé en garde à vue mercredi à Albertville", r"(?i)avocate", 3),
    ),
    row(
        "class7-a-dit-craindre-que-is-required",
        "Le maire de Pleucadec, Alain Le Dû, a dit craindre que l’école ne ferme à la rentrée.",
        indirect("l’école ne ferme à la rentrée", r"Alain Le Dû", 0),
    ),
    row(
        "class7-hearsay-in-the-conditional-is-a-quote",
        "L’ancien ministre Paul Verger aurait confié à plusieurs proches qu’il ne se représenterait pas aux municipales.",
        indirect("il ne se représenterait pas aux municipales", r"Paul Verger", 0),
    ),
    row(
        "class7-attitude-verb-is-optional",
        "Les parents d’élèves espèrent que la classe sera maintenue à la rentrée. « Nous avons déjà perdu une classe l’an dernier », rappelle Émilie Gourvès, présidente de l’association des parents d’élèves de l’école Jules-Ferry.",
        optional("la classe sera maintenue à la rentrée", r"(?i)parents d’élèves", 6),
        direct("Nous avons déjà perdu une classe", r"Émilie Gourvès", 0),
    ),
    row(
        "class7-a-report-in-a-fronted-relative-ends-where-the-main-report-starts",
        "Après l’interview de l’ancien maire, où il expliquait qu’il allait « reprendre la main », son entourage répète qu’il ne sera pas candidat en mars.",
        indirect("il ne sera pas candidat en mars", r"(?i)entourage", (5, 6)),
    ),
    row(
        "class7-se-dire-with-a-share-and-a-filler",
        "Le baromètre a été publié dimanche.\nSeuls 41 % des habitants interrogés se disent optimistes pour leur commune. 57 % se disent au contraire pessimistes.",
        indirect("optimistes", r"41 %", (2, 6)),
        indirect("au contraire pessimistes", r"57 %", (2, 6)),
    ),
    row(
        "class7-admitting-with-a-present-infinitive",
        "Le jeune homme interpellé samedi à Quimper, qui avait percuté deux voitures, a reconnu conduire sans permis depuis deux ans.",
        indirect("conduire sans permis depuis deux ans", r"(?i)jeune homme", (3, 4)),
    ),
    row(
        "class7-a-report-inside-a-relative-ends-before-the-main-verb",
        "La passagère qui affirmait être au volant a finalement admis qu’elle avait menti aux gendarmes.",
        indirect("être au volant", r"(?i)passagère", (3, 4)),
        indirect("elle avait menti aux gendarmes", r"(?i)passagère", (3, 4)),
    ),
    row(
        "class7-a-relative-between-commas-ends-at-its-comma-neg",
        "La présidente de l’association, qui assure que la fresque sera restaurée, a été reconduite à l’unanimité.",
        indirect("la fresque sera restaurée", r"(?i)présidente de l’association", (2, 3)),
        absent("a été reconduite à l’unanimité"),
    ),
    row(
        "class7-a-passive-participle-on-a-noun-reports-nothing-neg",
        "L’homme de 41 ans accusé d’avoir incendié la grange de son voisin a été condamné mardi à quatre ans de prison.",
        absent("avoir incendié la grange de son voisin"),
    ),
    row(
        "class7-a-multiword-cue-with-an-adverb-inside",
        "Le préfet a fait également savoir que les contrôles seront renforcés sur la plage du Prieuré.",
        indirect("les contrôles seront renforcés", r"(?i)préfet", (2, 4)),
    ),
    row(
        "class7-a-question-with-an-inverted-clitic-reports-nothing-neg",
        "Le président du conseil départemental exige-t-il de relire toutes les interviews de ses vice-présidents ? Le Télégramme l’affirme.",
        absent("relire toutes les interviews de ses vice-présidents"),
    ),
    row(
        "class7-rappelons-que-neg",
        "« Le tracé sera revu », a promis la présidente de la région, Sylvie Quintin. Rappelons que le projet avait déjà été rejeté une première fois en 2018.",
        direct("Le tracé sera revu", r"Sylvie Quintin", 0),
        absent("le projet avait déjà été rejeté une première fois en 2018"),
    ),
    row(
        "class7-notons-que-neg",
        "Notons que la commune compte à peine 4 000 habitants. « Nous n’avons pas les moyens d’une piscine », reconnaît son maire, Didier Lucas.",
        absent("la commune compte à peine 4 000 habitants"),
        direct("Nous n’avons pas les moyens", r"Didier Lucas", 0),
    ),
    row(
        "class7-negated-passive-neg",
        "La présence d’un loup dans le massif des Bauges n’a pas été confirmée par l’Office français de la biodiversité.",
        absent("La présence d’un loup dans le massif des Bauges n’a pas été confirmée"),
    ),
    row(
        "class7-never-said-neg",
        "Le directeur de l’usine, Franck Hamon, n’a jamais affirmé que le site serait sauvé.",
        absent("le site serait sauvé"),
    ),
    row(
        "class7-future-announcement-neg",
        "La ministre du Travail devrait annoncer jeudi que le dispositif sera prolongé d’un an.",
        absent("le dispositif sera prolongé d’un an"),
    ),
    row(
        "class7-future-passive-neg",
        "Le nom du repreneur sera annoncé à la fin du mois. Trois offres ont été déposées au tribunal de commerce de Brest.",
        absent("Le nom du repreneur sera annoncé à la fin du mois"),
    ),
    row(
        "class7-hypothetical-neg",
        "N’importe quel urbaniste vous dirait que ce quartier a été mal conçu dès le départ.",
        absent("ce quartier a été mal conçu dès le départ"),
    ),
    # A final incise with a date after its subject, or an aside of the reporter after it.
    row(
        "class7-final-incise-with-a-date-after-the-subject",
        "Deux fonctionnaires auraient contacté le procureur dès le 15 mai, affirme Le Courrier du Léman vendredi matin.",
        indirect("Deux fonctionnaires auraient contacté le procureur", r"Courrier du Léman", 2),
    ),
    row(
        "class7-final-incise-then-ce-qui-neg",
        "Les rebelles ont transmis une offre de cessez-le-feu au gouvernement, ont indiqué deux cadres du mouvement à l’AFP, ce qui laisse entrevoir une avancée des pourparlers.",
        indirect("Les rebelles ont transmis une offre de cessez-le-feu", r"(?i)cadres", 3),
        absent("laisse entrevoir une avancée des pourparlers"),
    ),
    row(
        "class7-final-incise-and-a-label-in-a-relative-aside",
        "Ce policier de 41 ans, affecté à la brigade financière, et dont le profil de « flambeur » intrigue ses collègues, a été interpellé mardi, a annoncé le parquet de Lyon.",
        indirect("Ce policier de 41 ans", r"(?i)parquet de Lyon", 2),
        scare("flambeur"),
    ),
    row(
        "class7-final-incise-then-a-participle",
        "Le suspect a été interpellé dans la matinée, a annoncé dans un communiqué le parquet de Nantes, confirmant une information de Presse Océan.",
        indirect("Le suspect a été interpellé dans la matinée", r"(?i)parquet de Nantes", 2),
    ),
    # Between the verb and its *que*: an aside between commas, or « de son côté », « pour sa part ».
    row(
        "class7-que-after-an-aside-between-commas",
        "La préfecture du Cantal indique, dans un communiqué diffusé lundi soir, que la route restera fermée jusqu’à nouvel ordre.",
        indirect("la route restera fermée jusqu’à nouvel ordre", r"(?i)préfecture du Cantal", 2),
    ),
    row(
        "class7-que-after-a-date-between-commas",
        "Le procureur de Rennes, Philippe Astruc, a précisé, mardi, que l’enquête se poursuivait.",
        indirect("l’enquête se poursuivait", r"Philippe Astruc", 0),
    ),
    row(
        "class7-que-after-a-visit-between-commas",
        "La ministre du Travail a répété, lors de sa visite à Lorient, que le site ne fermerait pas.",
        indirect("le site ne fermerait pas", r"(?i)ministre du Travail", 2),
    ),
    row(
        "class7-que-after-d-abord",
        "La ministre de la Culture, Hélène Vasseur, a d’abord affirmé que le musée rouvrirait au printemps.",
        indirect("le musée rouvrirait au printemps", r"Hélène Vasseur", 0),
    ),
    row(
        "class7-a-negated-infinitive-report",
        "Interrogés sur le remaniement, les membres du gouvernement affirment n’en rien savoir. Le ministre de l’Agriculture, Paul Tessier, a assuré ne jamais avoir été consulté.",
        indirect("rien savoir", r"(?i)membres du gouvernement", 6),
        indirect("ne jamais avoir été consulté", r"Paul Tessier", 0),
    ),
    row(
        "class7-an-incise-in-the-middle-of-an-unmarked-sentence",
        "Le parti est divisé entre deux camps. Pour le moment, estime un observateur de la vie politique locale, la tentation l’emporte sur la conviction.",
        indirect("la tentation l’emporte sur la conviction", r"(?i)observateur", 4),
    ),
    row(
        "class7-an-aside-between-commas-with-no-verb-of-saying-neg",
        "Le projet, lancé en 2019, sera livré en mars.",
        absent("sera livré en mars"),
    ),
    row(
        "class7-que-after-de-son-cote",
        "Le syndicat majoritaire affirme de son côté que les négociations n’ont jamais commencé.",
        indirect("les négociations n’ont jamais commencé", r"(?i)syndicat", (2, 4)),
    ),
    row(
        "class7-que-after-an-aside-with-a-clause-in-it-neg",
        "Le maire a visité, comme il l’avait promis, le chantier que les riverains contestent.",
        absent("les riverains contestent"),
    ),
    row(
        "class7-reprocher-de-with-a-past-infinitive",
        "La direction reproche à ce salarié de s’être exprimé à plusieurs reprises dans la presse.",
        indirect("s’être exprimé à plusieurs reprises dans la presse", r"(?i)direction", (2, 3)),
    ),
    row(
        "class7-a-reflexive-infinitive-after-a-promise-is-no-past-act-neg",
        "Le président a promis de se réinventer.",
        absent("se réinventer"),
    ),
    row(
        "class7-unquoted-words-after-a-colon",
        "A Kayes, localité située à l’ouest de la capitale, un infirmier joint au téléphone confirme : deux jours après le début de la grève, les dispensaires sont presque tous fermés.",
        indirect("les dispensaires sont presque tous fermés", r"(?i)un infirmier", 4, reject=r"(?i)Kayes"),
    ),
    row(
        "class7-a-colon-after-a-verb-with-an-object-is-no-report-neg",
        "Ces communes s’ajoutent aux six déjà en alerte depuis lundi : Agen, Nérac et Marmande.",
        absent("Agen, Nérac et Marmande"),
    ),
    row(
        "class7-du-cote-de-x-on-without-its-comma",
        "Du côté de l’État on affirme être à la recherche de solutions urgentes.",
        indirect("être à la recherche de solutions urgentes", r"(?i)État", (2, 3)),
    ),
    row(
        "class7-cest-ce-questime-x-owns-the-sentence-before",
        "Il a manqué une seule voix à l’opposition pour faire tomber le conseil municipal. C’est en effet ce qu’estime l’ancien chef de file de la minorité.",
        indirect("Il a manqué une seule voix à l’opposition", r"(?i)ancien chef de file", (3, 4)),
    ),
    row(
        "class7-cest-ce-que-with-a-thing-after-it-owns-nothing-neg",
        "Le conseil municipal a été dissous. C’est ce que prévoit la loi depuis 2019.",
        absent("Le conseil municipal a été dissous"),
    ),
    row(
        "class7-accuser-a-named-object-with-an-apposition-de-infinitive",
        "L’armée accuse Ba Ag Hamma, un colonel déserteur, d’être derrière l’attaque de Ténenkou.",
        indirect("être derrière l’attaque de Ténenkou", r"(?i)armée", (2, 6)),
    ),
    row(
        "class7-accuser-an-object-with-its-complement-de-infinitive",
        "L’opposition accuse désormais le chef de l’État de chercher à retarder les élections.",
        indirect("chercher à retarder les élections", r"(?i)opposition", 6),
    ),
    row(
        "class7-a-complement-between-commas-after-the-subject",
        "Le président, par le biais de son entourage, fait savoir qu’il est excédé par la situation.",
        indirect("il est excédé par la situation", r"(?i)président", (2, 3)),
    ),
    row(
        "class7-annoncer-son-intention-de-is-no-report-neg",
        "Le maire annonce son intention de partir à la retraite.",
        absent("partir à la retraite"),
    ),
    row(
        "class7-a-past-infinitive-after-clitics",
        "Le témoin affirme s’y être rendu dès lundi matin.",
        indirect("s’y être rendu dès lundi matin", r"(?i)témoin", (3, 4)),
    ),
    row(
        "class7-dire-se-sentir",
        "Le maire dit se sentir trahi par l’État.",
        indirect("se sentir trahi par l’État", r"(?i)maire", 3),
    ),
    row(
        "class7-a-report-coordinated-with-a-relative-ends-with-the-apposition-neg",
        "Le témoin, un chauffeur qui travaille à Goma et affirme s’être trouvé sur place, a été entendu par la police.",
        indirect("s’être trouvé sur place", r"(?i)chauffeur|témoin", (3, 4)),
        absent("a été entendu par la police"),
    ),
    row(
        "class7-a-report-coordinated-with-a-relative-speaks-for-the-named-person",
        "Les pistes sont coupées, a précisé Albert Kanku, un guide qui vit à Bunia et assure avoir vu les dégâts.",
        indirect("Les pistes sont coupées", r"Albert Kanku", (0, 1)),
        indirect("avoir vu les dégâts", r"Albert Kanku", (0, 1)),
    ),
    row(
        "class7-qui-after-a-conjunct-stands-for-the-conjunct",
        "Conseil municipal\n\nLa séance a donné lieu à de vifs échanges entre les élus et des habitants qui estiment que leur vote n'a pas été respecté.",
        indirect("leur vote n'a pas été respecté", r"(?i)habitants", 6, reject=r"(?i)élus"),
    ),
    row(
        "class7-a-participle-the-parser-made-the-root-speaks-for-the-clause-before",
        "Otages libérés\n\nLe ministère ne s'est pas montré plus bavard sur le sujet, se contentant de préciser dans un communiqué que les deux otages étaient « en bonne santé ».",
        indirect("les deux otages étaient", r"(?i)ministère", 2),
        partial("en bonne santé", r"(?i)ministère", 2),
    ),
    row(
        "class7-a-en-croire-with-an-unaccented-capital",
        "Pénurie de carburant à Bujumbura\n\nA en croire certains, la pénurie actuelle serait due à une spéculation des importateurs.",
        indirect("la pénurie actuelle serait due à une spéculation", r"(?i)certains", 6),
    ),
    row(
        "class7-a-multi-word-cue-cut-by-the-end-of-the-text-neg",
        "Fête de la musique\n\nLe concert aura lieu comme prévu, de l'avis",
        absent("Le concert aura lieu comme prévu"),
    ),
    row(
        "class7-se-dire-with-a-participle-the-tagger-reads-as-a-noun-and-in-a-relative",
        """
Procès reporté : la colère des avocats
Le président du tribunal a renvoyé l’audience au 14 mars. Les avocats de la défense, qui se sont dits méprisés par cette décision, ont quitté la salle. Leur confrère Me Yannick Ebolo se dit victime d’une « manœuvre ».
""",
        indirect("méprisés par cette décision", r"avocats de la défense", 6),
        indirect("victime d’une", r"Yannick Ebolo", 0),
    ),
    row(
        "class7-se-dire-a-greeting-is-no-report-neg",
        """
Les deux joueurs se sont dit adieu sur le quai de la gare. Le capitaine s’est dit soulagé par le résultat.
""",
        absent("adieu sur le quai"),
        indirect("soulagé par le résultat", r"capitaine", (3, 4)),
    ),
    row(
        "class7-a-participle-or-gerund-after-a-dative-clitic-speaks-for-the-clause-subject",
        """
Hockey : le défenseur rassure
Blessé samedi, le défenseur Maxime Tardif a envoyé un message à ses coéquipiers leur disant qu’il serait de retour mardi. L’entraîneur Luc Vachon a réuni les joueurs en leur expliquant que rien ne changerait.
""",
        indirect("il serait de retour mardi", r"Maxime Tardif", 0, reject=r"coéquipiers"),
        indirect("rien ne changerait", r"Luc Vachon", 0, reject=r"joueurs"),
    ),
    row(
        "class7-a-participle-hung-on-a-document-neg",
        """
La mairie a publié un communiqué indiquant que la piscine rouvrirait en juin. Les nageurs attendant devant la porte étaient déçus.
""",
        indirect("la piscine rouvrirait en juin", r"mairie|communiqué", (2, 4)),
        absent("étaient déçus"),
    ),
    row(
        "class7-a-reporting-verb-the-tagger-reads-as-an-adverb",
        """
Rumeurs de vente à l’imprimerie
« Il n’y a plus que 44 employés », dit Stéphane Roy, porte-parole du syndicat.
Claire Vachon, vice-présidente aux communications du groupe, dément les rumeurs de fermeture. « C’est carrément faux de dire que le groupe veut vendre l’imprimerie.
""",
        direct("C’est carrément faux de dire", r"Claire Vachon", 0, reject=r"Roy"),
    ),
    row(
        "class7-a-second-reporting-verb-after-a-closed-quotation-keeps-the-speaker",
        """
Plan social chez Verlux
Le syndicat estime que la direction « remet tout simplement en cause le dialogue social » et annonce qu’« un conflit est devenu inévitable ».
""",
        partial("remet tout simplement en cause", r"syndicat", 2),
        partial("un conflit est devenu inévitable", r"syndicat", 2, reject=r"direction"),
    ),
    row(
        "class7-a-verb-coordinated-inside-the-reported-clause-neg",
        """
Le maire a dit que le préfet mentait et affirmait que tout allait bien. Le préfet n’a pas répondu.
""",
        indirect("le préfet mentait", r"maire", (3, 4)),
        absent("Le préfet n’a pas répondu"),
    ),
    row(
        "class7-a-verbless-fragment-reported-by-a-final-incise",
        """
Festival de jazz : un bilan « merveilleux »
La 40e édition a répondu à toutes les attentes. Avec des moments artistiques très forts dans une ambiance exceptionnelle, a déclaré vendredi son directeur Paul Jarry.
""",
        indirect("Avec des moments artistiques très forts", r"Paul Jarry", 0),
    ),
    row(
        "class7-a-framing-selon-is-no-fragment-neg",
        """
Selon une source proche de l’enquête, il a reconnu les faits, dénonçant une attitude agressive du chauffeur. Dans un communiqué publié mardi soir, le maire a dénoncé la décision.
""",
        indirect("il a reconnu les faits", r"source proche de l’enquête", 5),
        absent("Dans un communiqué publié mardi soir"),
    ),
    row(
        "class7-selon-x-then-a-relay-apposition-is-not-the-report-neg",
        "Selon Paul Lecerf, économiste, cité par Les Échos, la hausse des taux devrait se prolonger jusqu’à l’automne.",
        indirect("la hausse des taux devrait se prolonger", r"Paul Lecerf", 0),
        absent("cité par Les Échos"),
    ),
    row(
        "class7-a-final-incise-then-where-the-words-were-published",
        "Le gardien ne souffrirait que d’une entorse « même si cela reste à confirmer », a déclaré au Courrier picard son agent Hervé Langlois, selon des propos publiés sur le site internet du quotidien.",
        indirect("Le gardien ne souffrirait que d’une entorse", r"Hervé Langlois", 0, reject=r"(?i)propos"),
        partial("même si cela reste à confirmer", r"Hervé Langlois", 0),
    ),
    row(
        "class7-selon-des-declarations-alone-names-nobody-neg",
        "« Nous repartirons lundi », a assuré l’entraîneur Paul Ricard, selon des déclarations rapportées par la radio locale.",
        direct("Nous repartirons lundi", r"Paul Ricard", 0, reject=r"(?i)déclarations"),
        absent("rapportées par la radio locale"),
    ),
]

CLASS_8 = [
    # --- 8. Headlines: analysed, attributed from the body, never the article's anonymous first quote
    row(
        "class8-headline-excerpt-quoted-in-full-below",
        """
Maternité de Ploërmel : « Nous ne lâcherons rien »
La présidente du collectif de défense de la maternité, Annick Rouxel, a promis mardi de poursuivre la mobilisation. « Nous ne lâcherons rien, ni devant l’agence régionale de santé ni devant le tribunal », a-t-elle lancé devant une centaine de manifestants.
""",
        marked("Nous ne lâcherons rien", r"Annick Rouxel", 0, at="« Nous ne lâcherons rien »"),
        direct("ni devant l’agence régionale de santé", r"Annick Rouxel", 0),
        same=(("« Nous ne lâcherons rien »", "ni devant l’agence régionale de santé"),),
        first_named=True,
    ),
    row(
        "class8-headline-name-colon-quote",
        """
Antoine Lachaud : « Cette victoire, on l’a arrachée »
L’ouvreur du Stade montois, Antoine Lachaud, savourait samedi soir le succès face à Bayonne (24-19). « On a joué avec le cœur, et ça a suffi », a-t-il souri en zone mixte.
""",
        marked("Cette victoire, on l’a arrachée", r"Antoine Lachaud", 0),
        direct("On a joué avec le cœur", r"Antoine Lachaud", 0),
        same=(("Cette victoire, on l’a arrachée", "On a joué avec le cœur"),),
        first_named=True,
    ),
    row(
        "class8-headline-incise-names-a-union",
        """
« Nous irons jusqu’au bout », prévient le syndicat Métal Avenir des Fonderies du Morvan
Les 240 salariés de la fonderie de Luzy sont en grève depuis lundi. « Aucune proposition sérieuse n’a été faite », a déclaré le délégué de Métal Avenir, Patrice Vallet.
""",
        direct("Nous irons jusqu’au bout", r"Métal Avenir", 2),
        direct("Aucune proposition sérieuse", r"Patrice Vallet", 0),
        first_named=True,
    ),
    row(
        "class8-headline-partial-the-lead-names-the-mayor",
        """
Budget : le maire de Lanester dénonce « un hold-up »
Le maire de Lanester, Gwenaël Kerhervé, a vivement critiqué lundi la baisse des dotations de l’État, qu’il qualifie de « hold-up sur les communes moyennes ».
""",
        partial("un hold-up", r"Gwenaël Kerhervé", 0),
        partial("hold-up sur les communes moyennes", r"Gwenaël Kerhervé", 0),
        same=(("un hold-up", "hold-up sur les communes moyennes"),),
        first_named=True,
    ),
    row(
        "class8-headline-pour-la-ministre",
        """
Pour la ministre des Armées, « l’Europe doit se réveiller »
En visite jeudi sur la base navale de Toulon, la ministre des Armées, Claire Dussol, a appelé les Européens à augmenter leurs budgets de défense. « L’Europe doit se réveiller, et vite », a-t-elle insisté.
""",
        marked("l’Europe doit se réveiller", r"Claire Dussol", 0),
        direct("L’Europe doit se réveiller, et vite", r"Claire Dussol", 0),
        first_named=True,
    ),
    row(
        "class8-headline-scare-then-a-named-first-quote",
        """
Le « miracle » de la station de Valmorel-Nord n’a pas eu lieu
La neige n’est pas venue cet hiver. « Nous avons ouvert onze jours sur cent vingt », reconnaît le directeur de la régie des remontées mécaniques, Loïc Berthet.
""",
        scare("miracle"),
        direct("Nous avons ouvert onze jours", r"Loïc Berthet", 0),
        first_named=True,
    ),
    row(
        "class8-headline-quote-speaker-named-two-paragraphs-down",
        """
« On nous a menti » : la colère des locataires de la résidence des Pins
Depuis trois semaines, les 140 logements de la résidence sont privés d’eau chaude.
« On nous a menti du début à la fin », s’emporte Yvette Morin, présidente de l’amicale des locataires.
""",
        marked(
            "On nous a menti",
            r"Yvette Morin",
            0,
            at="« On nous a menti » :",
            reject=r"(?i)locataires de la résidence",
        ),
        direct("du début à la fin", r"Yvette Morin", 0),
        first_named=True,
    ),
    row(
        "class8-headline-quote-then-colon-and-the-speaker",
        """
« Je ne regrette rien » : Lionel Berthier, ex-président du FC Rouennais, sort du silence
Dans un long entretien accordé à notre journal, l’ancien dirigeant revient sur sa démission. « Je ne regrette rien de ce que j’ai fait pour ce club », assure-t-il.
""",
        marked("Je ne regrette rien", r"Lionel Berthier", 0, at="« Je ne regrette rien » :"),
        direct("de ce que j’ai fait pour ce club", r"Lionel Berthier", 0),
        first_named=True,
    ),
    row(
        "class8-headline-selon-the-fire-service",
        """
Incendie à Montreuil-Juigné : « le feu est fixé », selon le Sdis 49
L’incendie s’est déclaré vers 14 heures dans un entrepôt de la zone artisanale. « Le feu est fixé mais la surveillance continuera toute la nuit », a indiqué le lieutenant Romain Pichon, officier de communication du Sdis 49.
""",
        marked("le feu est fixé", r"Sdis|Romain Pichon", (0, 2)),
        direct("la surveillance continuera toute la nuit", r"Romain Pichon", 0),
        first_named=True,
    ),
    row(
        "class8-headline-question-asked-below",
        """
Fusion des communes : « Et nous, on y gagne quoi ? »
À Saint-Alban-du-Lac, la réunion publique de mercredi a tourné au dialogue de sourds. « Et nous, on y gagne quoi ? », a lancé Roger Pailler, agriculteur et conseiller municipal d’opposition, au président de l’intercommunalité.
""",
        marked(
            "Et nous, on y gagne quoi ?",
            r"Roger Pailler",
            0,
            at="Fusion des communes : « Et nous, on y gagne quoi ? »",
        ),
        direct(
            "Et nous, on y gagne quoi ?", r"Roger Pailler", 0, at="« Et nous, on y gagne quoi ? », a lancé"
        ),
        first_named=True,
    ),
    row(
        "class8-headline-name-then-partial",
        """
Cyclisme : Romain Castex « très déçu » après sa chute
Le coureur de l’équipe Arvor Cycles, victime d’une chute à trente kilomètres de l’arrivée, s’est dit « très déçu » au micro de France 3 Bretagne. « J’avais les jambes pour gagner », a-t-il ajouté.
""",
        partial("très déçu", r"Romain Castex", 0, at="Castex « très déçu »"),
        partial("très déçu", r"Romain Castex", 0, at="s’est dit « très déçu »"),
        direct("J’avais les jambes pour gagner", r"Romain Castex", 0),
        first_named=True,
    ),
    row(
        "class8-headline-nickname-then-a-named-lead",
        """
Le « shérif » de Pontcarreau quitte la mairie après trente ans
Jacques Lemarié, 76 ans, maire de Pontcarreau, a annoncé vendredi qu’il ne se représenterait pas. « Il est temps de passer la main », a-t-il confié.
""",
        scare("shérif"),
        indirect("il ne se représenterait pas", r"Jacques Lemarié", 0),
        direct("Il est temps de passer la main", r"Jacques Lemarié", 0),
        first_named=True,
    ),
    row(
        "class8-headline-quote-of-the-leads-subject",
        """
Vaccination : « On a perdu un an », reconnaît le directeur de l’ARS
Le directeur de l’agence régionale de santé de Normandie, Pierre Lanusse, a reconnu mercredi que la campagne de vaccination avait pris un an de retard dans le département.
""",
        direct("On a perdu un an", r"Pierre Lanusse", 0),
        indirect("la campagne de vaccination avait pris un an de retard", r"Pierre Lanusse", 0),
        same=(("On a perdu un an", "la campagne de vaccination avait pris un an de retard"),),
        first_named=True,
    ),
]

CLASSES = {1: CLASS_1, 2: CLASS_2, 3: CLASS_3, 4: CLASS_4, 5: CLASS_5, 6: CLASS_6, 7: CLASS_7, 8: CLASS_8}
ROWS = [r for rows in CLASSES.values() for r in rows]


# --- Matching ------------------------------------------------------------------------------------


def _where(text: str, expected: Expect) -> tuple[int, int]:
    """The characters of the passage the expectation is about."""
    base = text.index(expected.at) if expected.at else 0
    start = text.index(expected.fragment, base)
    return start, start + len(expected.fragment)


def _covers(quote: Quote, start: int, end: int, *, tolerant: bool) -> bool:
    """The quotation's span holds the fragment (or, tolerant, 80 % of it)."""
    if quote.span.start <= start and end <= quote.span.end:
        return True
    overlap = min(end, quote.span.end) - max(start, quote.span.start)
    return tolerant and overlap >= 0.8 * (end - start)


def _source(analysis: Analysis, quote: Quote) -> tuple[Source | None, int]:
    """The quotation's source (None when unattributed) and its level (7 when unattributed)."""
    source_id = analysis.quote_sources.get(quote.id)
    if source_id is None:
        return None, 7
    source = next(s for s in analysis.sources if s.id == source_id)
    return source, analysis.ratings[source_id].level


def _describe(analysis: Analysis, quote: Quote) -> str:
    source, level = _source(analysis, quote)
    name = source.name if source else None
    speaker = quote.speaker.text if quote.speaker else None
    return (
        f"{quote.kind} {quote.text[:70]!r} from {name!r} at level {level} "
        f"(method {quote.method}, speaker {speaker!r}, confidence {quote.confidence:.2f})"
    )


def _expected(e: Expect) -> str:
    low, high = e.levels
    level = str(low) if low == high else f"{low}–{high}"
    who = "no source" if e.source is None else f"/{e.source}/"
    return f"{'/'.join(e.kinds)} from {who} at level {level}"


def _find(analysis: Analysis, e: Expect) -> Quote | None:
    start, end = _where(analysis.article.text, e)
    candidates = [
        q
        for q in analysis.quotes
        if (q.kind != "scare" or "scare" in e.kinds)
        and _covers(q, start, end, tolerant="indirect" in e.kinds)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda q: (q.kind not in e.kinds, len(q.span)))


def check(row_: Row, analysis: Analysis) -> list[str]:
    """Every difference between what the row expects and what the analysis reports."""
    problems: list[str] = []
    found: dict[str, Quote] = {}
    everything = [_describe(analysis, q) for q in analysis.quotes]
    for e in row_.expected:
        if e.absent:
            start, end = _where(analysis.article.text, e)
            spurious = [
                q for q in analysis.quotes if q.kind != "scare" and q.span.start < end and start < q.span.end
            ]
            problems += [f"{e.fragment!r} is no quotation, found {_describe(analysis, q)}" for q in spurious]
            continue
        quote = _find(analysis, e)
        if quote is None:
            if not e.optional:
                problems.append(
                    f"{e.fragment!r}: expected {_expected(e)}, found no quotation; quotations: {everything}"
                )
            continue
        found[e.key] = quote
        source, level = _source(analysis, quote)
        name = source.name if source else None
        wrong = []
        if quote.kind not in e.kinds:
            wrong.append("kind")
        if e.source is None and source is not None:
            wrong.append("source")
        if e.source is not None and (name is None or not re.search(e.source, name)):
            wrong.append("source")
        if e.reject and name is not None and re.search(e.reject, name):
            wrong.append(f"source (rejected /{e.reject}/)")
        low, high = e.levels
        if not low <= level <= high:
            wrong.append("level")
        if wrong:
            problems.append(
                f"{e.fragment!r}: wrong {', '.join(wrong)}: expected {_expected(e)}, "
                f"found {_describe(analysis, quote)}"
            )
    for first, second in row_.same:
        a, b = found.get(first), found.get(second)
        if a is not None and b is not None:
            sa, sb = _source(analysis, a)[0], _source(analysis, b)[0]
            if sa is None or sb is None or sa.id != sb.id:
                problems.append(
                    f"{first!r} and {second!r}: expected one source, found "
                    f"{sa.name if sa else None!r} and {sb.name if sb else None!r}"
                )
    for first, second in row_.different:
        a, b = found.get(first), found.get(second)
        if a is not None and b is not None:
            sa, sb = _source(analysis, a)[0], _source(analysis, b)[0]
            if sa is not None and sb is not None and sa.id == sb.id:
                problems.append(f"{first!r} and {second!r}: expected two sources, both went to {sa.name!r}")
    if row_.first_named:
        alerts = [f.message for f in analysis.findings if f.check == "anonymous-first"]
        if alerts or audit(analysis).first_quote_anonymous:
            problems.append(
                f"the headline made the article's first quotation anonymous: findings {alerts}; quotations: {everything}"
            )
    return problems


@pytest.mark.parametrize("row_", ROWS)
def test_real_news(row_: Row, analyze_text) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze_text(row_.text)
    problems = check(row_, analysis)
    assert not problems, "\n".join(problems)


def test_the_table_is_well_formed() -> None:
    ids = [r.id for r in ROWS]  # type: ignore[attr-defined]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for number, rows in CLASSES.items():
        assert len(rows) >= 12, f"class {number} has {len(rows)} rows"
        for param in rows:
            row_, row_id = param.values[0], param.id  # type: ignore[attr-defined]
            assert row_id.startswith(f"class{number}-"), row_id
            negative = any(e.absent for e in row_.expected)
            assert negative == row_id.endswith("-neg"), f"{row_id}: negatives, and only they, end in -neg"
            keys = [e.key for e in row_.expected]
            assert len(keys) == len(set(keys)), f"{row_id}: two expectations with one key"
            for e in row_.expected:
                where = e.at or e.fragment
                assert row_.text.count(where) == 1, f"{row_id}: {where!r} must occur once"
                assert e.fragment in where, f"{row_id}: {e.fragment!r} not in {where!r}"
                assert (e.source is None) == (e.levels == (7, 7)), f"{row_id}: level 7 is no source"
            for pair in (*row_.same, *row_.different):
                assert set(pair) <= set(keys), f"{row_id}: {pair} names no expectation"


# --- Articles whose every speaker is named: no alert about anonymous sourcing ---------------------

ANONYMITY_CHECKS = {
    "bare-source",
    "no-reason",
    "boilerplate-reason",
    "no-relationship",
    "anonymous-opinion",
    "plural-single",
    "single-anonymous",
    "anonymous-first",
    "only-anonymous",
    "unattributed",
}

NAMED_ARTICLES = [
    pytest.param(
        """
Écoles de Kervignac : « Aucune classe ne fermera à la rentrée »
La rectrice de l’académie de Rennes, Françoise Morvézen, a annoncé lundi que les trois écoles de Kervignac garderaient toutes leurs classes en septembre.
« Aucune classe ne fermera à la rentrée, j’en prends l’engagement devant les familles », a-t-elle déclaré lors d’un déplacement à la mairie.
Le maire de Kervignac, Olivier Prigent, a salué « une décision de bon sens ». L’élu s’était battu pendant des mois : « Nous avons rempli trois cars de parents pour aller manifester devant le rectorat. »
Selon Sophie Kermarrec, présidente de l’association des parents d’élèves, la mobilisation a été décisive.
« Les enfants de la campagne ne sont pas des élèves de seconde zone. On l’a dit et répété, et cette fois nous avons été entendus. »
L’inspecteur d’académie du Morbihan, Bruno Tanguy, a précisé que les effectifs seraient réexaminés en février.
""",
        id="schools",
    ),
    pytest.param(
        """
Procès de l’incendie de la rue des Forges : « Je n’ai pas voulu ça », dit l’accusé
Jordan Masson, 31 ans, comparaît depuis lundi devant la cour d’assises du Finistère pour l’incendie qui avait coûté la vie à deux personnes en 2021 à Morlaix.
« Je n’ai pas voulu ça, je voulais juste leur faire peur », a répété l’accusé d’une voix blanche à la barre.
L’avocate générale, Hélène Costes, a requis vingt ans de réclusion criminelle. Pour la magistrate, l’accusé « savait que l’immeuble était habité ».
L’avocat de la défense, Me Romain Guillerm, a plaidé l’altération du discernement : « Mon client était ivre et désespéré. Il ne mesurait rien. »
La fille de l’une des victimes, Émilie Nédélec, a pris la parole au dernier jour d’audience.
« Ma mère dormait au deuxième étage. Personne n’est venu la chercher. »
Selon le président de la cour, Alain Berthou, le verdict sera rendu vendredi.
""",
        id="trial",
    ),
    pytest.param(
        """
Papeterie de Quimperlé : « Nous avons tout essayé », assure le PDG
Le groupe Veldane a confirmé mardi dans un communiqué la fermeture de sa papeterie de Quimperlé, qui emploie 180 salariés.
« Nous avons tout essayé pour trouver un repreneur, en vain », a assuré le PDG du groupe, Laurent Demarle, lors d’une réunion avec les élus.
Le délégué syndical du site, Mickaël Le Roux, dit avoir appris la nouvelle par la presse.
« On nous avait promis un plan d’investissement il y a deux ans. Aujourd’hui, on nous dit merci et au revoir. »
Contactée, la présidente de la communauté d’agglomération, Véronique Caradec, a dit vouloir « étudier toutes les pistes de reprise ».
Selon la préfecture du Finistère, une cellule de reclassement sera installée dès le mois prochain.
Le ministre de l’Industrie, Hugo Ferrant, s’est dit prêt à recevoir les représentants du personnel.
""",
        id="paper-mill",
    ),
    pytest.param(
        """
Pollens : « La saison commence trois semaines plus tôt qu’il y a trente ans »
Le réseau de surveillance Aéroveille a placé jeudi quarante départements en alerte rouge aux pollens de bouleau.
« La saison commence trois semaines plus tôt qu’il y a trente ans », explique Camille Fontaine, allergologue au CHU de Grenoble.
Selon la spécialiste, le réchauffement allonge aussi la durée de la pollinisation : « Certains patients souffrent désormais de février à juillet. »
Le pneumologue Thomas Ruelle, du CHU de Nancy, a étudié l’effet de la pollution sur ces allergies.
« Les particules fines fragilisent les grains de pollen, qui libèrent alors davantage d’allergènes. »
D’après un sondage de l’institut Opinéa pour la Fondation Respirer Mieux, près d’un adulte sur trois souffre d’une allergie respiratoire.
Le directeur de la fondation, Marc-Antoine Vial, estime que « les pouvoirs publics sous-estiment le problème ».
Le ministère de la Santé a rappelé dans un communiqué que « les antihistaminiques sont disponibles sans ordonnance en pharmacie ».
""",
        id="pollen",
    ),
    pytest.param(
        """
Hockey : « On savait que ce serait dur », reconnaît Mathieu Gagnon
Les Harfangs de Lévis se sont inclinés 3-2 en prolongation samedi soir face aux Castors de Sherbrooke.
« On savait que ce serait dur. Sherbrooke est l’équipe la plus en forme de la ligue », a reconnu le capitaine des Harfangs, Mathieu Gagnon, après la rencontre.
L’entraîneur-chef, Stéphane Bouchard, n’a pas caché sa frustration : « On a donné deux buts sur des revirements en zone neutre. C’est inacceptable à ce niveau. »
Le gardien Olivier Lacasse a pourtant multiplié les arrêts. Le jeune homme de 22 ans a expliqué qu’il avait « joué chaque tir comme si c’était le dernier ».
Du côté de Sherbrooke, l’attaquant Nicolas Fortin, auteur du but décisif, savourait.
« Ce but, je l’ai rêvé toute ma vie. Je le dédie à mon père. »
Selon la Ligue de hockey junior de l’Est, la série reprendra mardi à Lévis.
""",
        id="hockey",
    ),
]


@pytest.mark.parametrize("text", NAMED_ARTICLES)
def test_no_anonymity_alert_when_every_speaker_is_named(text: str, analyze_text) -> None:  # type: ignore[no-untyped-def]
    """Every quotation comes from a named person or a named organization: nothing is anonymous."""
    analysis = analyze_text(text.strip())
    quotations = [q for q in analysis.quotes if q.kind != "scare"]
    assert len(quotations) >= 6, [_describe(analysis, q) for q in analysis.quotes]
    not_named = [_describe(analysis, q) for q in quotations if _source(analysis, q)[1] > 2]
    alerts = [f"{f.check}: {f.message}" for f in analysis.findings if f.check in ANONYMITY_CHECKS]
    result = audit(analysis)
    assert not alerts and not not_named, f"alerts {alerts}; quotations not from a named speaker: {not_named}"
    assert result.share("anonymous") == 0 and result.indirect_bands["anonymous"] == 0, result.bands
    assert result.share("unattributed") == 0 and result.indirect_bands["unattributed"] == 0, result.bands
    assert not result.first_quote_anonymous and not result.only_anonymous


@pytest.mark.parametrize("text", ["Titre\n\nVoilà ce qui se dit", "Titre\n\nLe maire se déclare"])
def test_a_pronominal_report_that_ends_the_article_is_read_without_error(text: str, analyze_text) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze_text(text)
    assert [q for q in analysis.quotes if q.kind != "scare"] == []
