"""Specification table: the identification level of a source, and the reasons given for it.

Every passage below was written for this table (invented people, places and
organizations). The scale is the one of ``../shared/eval/GUIDELINES.md``:

0 identified (full name with a role or an organization) · 1 partly named (a name with
nothing else, a first name, a pseudonym) · 2 institutional (a named organization speaking
in its own name, or its spokesperson) · 3 relational (unnamed, with a specific
relationship to the subject or the events, including an unnamed member of a named
organization speaking for themselves) · 4 categorical (role, field or place) · 5 vague
(vague proximity, bare « source ») · 6 collective (an uncounted plural, even of a named
organization) · 7 unattributed (no speaker).

The level is the most specific identification the article gives anywhere; a counted,
named plural takes the level of its best-identified member. Where two neighbouring levels
are both defensible the expected level is a range, as in the gold files.

Each case also names reason fragments that must appear (case-insensitive) among the
rating's reasons, and for anonymous sources whether the stated reason for anonymity is a
stock phrase (« sous couvert d’anonymat ») or a real one (« n’étant pas autorisé à
s’exprimer publiquement »).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from lookup import quote_with


@dataclass(frozen=True)
class LevelCase:
    text: str
    quote: str
    low: int
    high: int
    reasons: tuple[str, ...]
    boilerplate: bool | None = None


def case(
    case_id: str,
    text: str,
    quote: str,
    level: int | tuple[int, int],
    *reasons: str,
    boilerplate: bool | None = None,
) -> object:
    low, high = (level, level) if isinstance(level, int) else level
    return pytest.param(LevelCase(text.strip(), quote, low, high, reasons, boilerplate), id=case_id)


NO_NAME = "no proper name"
NO_REASON = "no reason for anonymity stated"
REASON = "reason for anonymity given"

CASES = [
    # --- 0 identified: full name with a role or an organization --------------------------------
    case(
        "0-full-name-role-after",
        "« Nous rouvrirons le service des urgences en mars », a déclaré Claire Vasseur, "
        "ministre de la Santé.",
        "Nous rouvrirons",
        0,
        "full name",
        "ministre",
    ),
    case(
        "0-selon-with-an-organization-named-in-lower-case",
        "Selon Margaux Belin, chercheuse au Laboratoire national de recherche sur les sols (LNRS),"
        " ces données sont « encourageantes mais fragiles ».",
        "ces données sont",
        0,
        "full name",
        "chercheuse",
    ),
    # Roles the tagger misreads or that a complement follows (issue 11, class 3).
    # People a case is about, and a party to a trial, are tied to the events (issue 11).
    case(
        "3-the-accused-is-tied-to-the-case",
        "« Je regrette tout », a déclaré le prévenu à la fin de l’audience.",
        "Je regrette tout",
        3,
        "no proper name",
    ),
    case(
        "3-the-defence-is-an-unnamed-lawyer",
        "« Nous ferons appel de cette décision », a annoncé la défense.",
        "Nous ferons appel",
        3,
        "no proper name",
    ),
    case(
        "6-most-of-them-is-uncounted",
        "La plupart des maires de la vallée jugent que la nouvelle taxe est injuste.",
        "la nouvelle taxe est injuste",
        6,
        "uncounted",
    ),
    case(
        "0-a-professional-title-gives-the-profession",
        "« La plaidoirie a duré trois heures », a indiqué Me Louise Tardieu à la sortie de l’audience.",
        "La plaidoirie a duré",
        0,
        "full name",
    ),
    case(
        "0-an-english-organization-name-in-the-role",
        "Le modèle a été choisi par Kenji Aoyama, chercheur en biologie à l’University of the "
        "Coast, au Japon. « Nous avons été surpris », conclut Kenji Aoyama.",
        "Nous avons été surpris",
        0,
        "full name",
        "University of the Coast",
    ),
    case(
        "0-role-read-as-an-adjective-in-an-incise",
        "« Il faut agir vite », rappelle Claire Mauduit, consultante en fiscalité, dans un entretien.",
        "Il faut agir vite",
        0,
        "full name",
        "consultante",
    ),
    case(
        "0-role-read-as-a-participle",
        "« Nous voulons des garanties », a déclaré Paul Rivet, délégué CGT.",
        "Nous voulons des garanties",
        0,
        "full name",
        "délégué",
    ),
    case(
        "0-role-then-a-complement-of-the-verb",
        "« Il est suspecté d’un second meurtre », a rapporté Ilka Vanbrugge, porte-parole du parquet "
        "fédéral lors d’une conférence de presse.",
        "suspecté d’un second meurtre",
        0,
        "full name",
        "porte-parole",
    ),
    case(
        "0-role-before-the-name-then-a-colon",
        "Parmi les plus fermes, on trouve le maire de Verlaine-sur-Aube, Gaston Ribard : « Je ne "
        "fermerai pas l’école. »",
        "Je ne fermerai pas",
        0,
        "full name",
        "maire",
    ),
    case(
        "1-a-young-man-is-no-role",
        "« J’ai entendu deux détonations », raconte Samir K., qui vit dans le quartier. Le jeune homme "
        "dit avoir aidé des blessés à s’abriter.",
        "deux détonations",
        1,
        "Samir K.",
    ),
    case(
        "0-role-before-full-name",
        "« Aucun établissement ne fermera cet été », a affirmé la ministre de la Santé, Claire Vasseur.",
        "Aucun établissement",
        0,
        "full name",
        "ministre",
    ),
    case(
        "0-mayor",
        "« Le centre-ville sera piéton le samedi », a annoncé Jean-Marc Tellier, maire de Sainte-Aveline.",
        "Le centre-ville",
        0,
        "full name",
        "maire",
    ),
    case(
        "0-director-of-named-organization",
        "« Nos adhérents perdent des clients chaque mois », a affirmé Paulette Grosjean, directrice de "
        "l’Union des commerçants indépendants.",
        "Nos adhérents",
        0,
        "full name",
    ),
    case(
        "0-doctor-with-service",
        "« Certains patients attendent deux jours sur un brancard », a déclaré le docteur Hervé Lambrecht, "
        "chef du service de cardiologie de l’hôpital de Porcheval.",
        "Certains patients",
        0,
        "full name",
    ),
    case(
        "0-named-spokesperson",
        "« La collecte des déchets reprendra lundi », a indiqué Ophélie Carrasco, porte-parole de la mairie "
        "de Castelnoir.",
        "La collecte des déchets",
        0,
        "full name",
    ),
    case(
        "0-lawyer-with-client",
        "« Ma cliente n’a jamais reçu de mise en demeure », a plaidé Me Solène Dufresne, avocate de la "
        "famille Brunet.",
        "Ma cliente",
        0,
        "full name",
    ),
    case(
        "0-researcher-with-university",
        "« Les nappes n’ont jamais été aussi basses en avril », a expliqué Karim Bensaïd, hydrologue à "
        "l’université de Valbrune.",
        "Les nappes",
        0,
        "full name",
    ),
    case(
        "0-nationality-before-the-name-is-not-part-of-it",
        "« J’ai attaqué dans le dernier col », a déclaré l’Espagnol Iker Zubeldia (Banca Navarra).",
        "J’ai attaqué",
        0,
        "full name: Iker Zubeldia",
    ),
    # --- 1 partly named: a name with nothing else, a first name, a pseudonym ---------------------
    case(
        "1-full-name-alone",
        "« Je ne signerai pas cet accord en l’état », a prévenu Grégoire Lemaire.",
        "Je ne signerai pas",
        1,
        "full name",
        "no role",
    ),
    case(
        "1-surname-alone",
        "« Les salariés méritent mieux que des promesses », a répété Bensaïd.",
        "Les salariés méritent",
        1,
        "name",
    ),
    case(
        "1-title-and-surname",
        "« Nous tiendrons jusqu’à l’automne, pas plus », a prévenu Mme Fauchard.",
        "Nous tiendrons",
        1,
        "name",
    ),
    case(
        "1-initial-and-surname",
        "« La recharge hivernale a été quasi nulle », a averti A. Roux.",
        "La recharge hivernale",
        1,
        "name",
    ),
    case(
        "1-first-name-and-age",
        "« Je paie désormais 300 euros de plus par mois pour me chauffer », raconte Marie, 34 ans.",
        "Je paie désormais",
        1,
        "name",
    ),
    case(
        "1-first-name-with-occupation",
        "« Le camion de livraison ne passe plus depuis l’éboulement », explique Mathieu, boulanger à "
        "Morlanges.",
        "Le camion de livraison",
        1,
        "name",
    ),
    case(
        "1-pseudonym",
        "« On nous payait en liquide, sans fiche de paie », raconte Lucas (le prénom a été modifié).",
        "On nous payait",
        1,
        "name",
    ),
    case(
        "1-first-name-in-apposition-to-a-description",
        "« Tout s’est mis à trembler », a raconté une habitante de Valsergues, Rosa, 46 ans, qui a passé "
        "la nuit dehors.",
        "Tout s’est mis",
        1,
        "first name",
    ),
    # --- 2 institutional: a named organization in its own name, or its spokesperson --------------
    case(
        "2-an-observation-mission-of-a-named-organization",
        "« Le scrutin s’est déroulé dans le calme », a indiqué la mission d’observation de l’Union"
        " des juristes méditerranéens (UJM).",
        "Le scrutin",
        2,
        "organization",
    ),
    case(
        "2-the-fire-service-named-in-the-plural",
        "« Le feu est fixé mais pas éteint », ont indiqué les pompiers du Morbihan en fin de matinée.",
        "Le feu est fixé",
        2,
        "organization",
    ),
    case(
        "2-the-police-named-by-the-forces-of-order",
        "« La situation est sous contrôle », ont assuré les forces de l’ordre en début de soirée.",
        "La situation est sous contrôle",
        2,
        "organization",
    ),
    case(
        "2-organization-communique",
        "L’Union des commerçants indépendants a dénoncé jeudi dans un communiqué « une concurrence déloyale "
        "des plateformes en ligne ».",
        "une concurrence déloyale",
        2,
        "organization",
    ),
    case(
        "2-town-hall-communique",
        "« La piscine municipale rouvrira le 3 septembre », a indiqué la mairie de Castelnoir dans un "
        "communiqué.",
        "La piscine municipale",
        2,
        "organization",
    ),
    case(
        "2-company-speaks",
        "« Nous investirons 40 millions d’euros dans le site de Porcheval », a annoncé le groupe Batimex "
        "Construction.",
        "Nous investirons",
        2,
        "organization",
    ),
    case(
        "2-ministry-speaks",
        "« Les indemnités seront versées avant la fin du mois », a assuré le ministère de l’Agriculture.",
        "Les indemnités",
        2,
        "organization",
    ),
    case(
        "2-prosecutor-office",
        "« Une information judiciaire a été ouverte pour homicide involontaire », a annoncé le parquet de "
        "Valbrune.",
        "Une information judiciaire",
        2,
        "organization",
    ),
    case(
        "2-spokesperson-of-prefecture",
        "« Deux suspects ont été interpellés dans la nuit », a déclaré le porte-parole de la préfecture de "
        "la Lizière.",
        "Deux suspects",
        2,
        "porte-parole",
    ),
    case(
        "2-spokeswoman-of-company",
        "« Aucun licenciement n’est envisagé », a assuré la porte-parole de la société Vélorail.",
        "Aucun licenciement",
        2,
        "porte-parole",
    ),
    case(
        "2-report-of-named-observatory",
        "Selon le rapport annuel de l’Observatoire régional de l’eau, « un tiers des captages dépasse les "
        "seuils autorisés ».",
        "un tiers des captages",
        2,
        "organization",
    ),
    case(
        "2-newspaper-whose-title-opens-with-an-article",
        "Selon le quotidien régional L’Écho des Vallons, le vote du jury a été acquis dès le premier tour.",
        "le vote du jury",
        2,
        "organization",
    ),
    case(
        "2-the-festival-announces",
        "Festival de Valsergues : la photographe Inès Carrel a reçu jeudi le Grand Prix de la ville, a "
        "annoncé le festival.",
        "la photographe Inès Carrel a reçu",
        2,
        "organization",
    ),
    case(
        "2-parliamentary-group-with-an-acronym",
        "« Nous voterons contre ce texte », a indiqué le groupe UDI dans un communiqué.",
        "Nous voterons contre",
        2,
        "organization",
    ),
    case(
        "2-acronym-is-not-a-title",
        "Listériose : la DGS appelle à la prudence\n\nLa Direction générale de la santé (DGS) a annoncé que "
        "deux cas avaient été signalés en Isère.",
        "deux cas avaient été signalés",
        2,
        "organization",
    ),
    case(
        "2-company-named-after-its-noun-then-a-pronoun",
        "La compagnie Aérolis a annulé quarante vols vendredi. « Nous sommes désolés pour nos passagers », "
        "a-t-elle indiqué.",
        "Nous sommes désolés",
        2,
        "organization",
    ),
    case(
        "2-the-avocat-general-speaks-for-the-prosecution",
        "Le procès de l’incendie de la rue Vernet s’est ouvert lundi. « Je n’accepte pas qu’on vienne "
        "insulter la mémoire des victimes », a lancé l’avocat général.",
        "Je n’accepte pas",
        2,
        "avocat général",
    ),
    case(
        "2-a-delegated-minister-is-one-office",
        "« Ceux qui savent ne parlent pas », a ironisé le ministre délégué à l’Industrie.",
        "Ceux qui savent",
        (2, 3),
        "official speaking for an institution",
    ),
    # --- 3 relational -------------------------------------------------------------------------------
    case(
        "3-one-of-the-partners",
        "« Il a toujours eu une longueur d’avance sur le marché », a déclaré l’un des associés de Bernard "
        "Quéméner.",
        "Il a toujours eu",
        3,
        NO_NAME,
        "relationship",
        NO_REASON,
    ),
    case(
        "3-former-aide",
        "« Elle n’a jamais supporté la contradiction », a confié un ancien collaborateur de la ministre.",
        "Elle n’a jamais",
        3,
        NO_NAME,
        "relationship",
        NO_REASON,
    ),
    case(
        "3-neighbour-of-the-victim",
        "« Nous avons entendu des cris vers deux heures du matin », a raconté un voisin de la victime.",
        "Nous avons entendu",
        3,
        NO_NAME,
        "relationship",
    ),
    case(
        "3-present-at-the-meeting",
        "Un conseiller présent à la réunion de lundi, qui a requis l’anonymat faute d’être autorisé à"
        " s’exprimer, décrit « une ambiance électrique ».",
        "une ambiance électrique",
        3,
        NO_NAME,
        "relationship",
        REASON,
    ),
    case(
        "3-sister-of-the-accused",
        "« Mon frère n’a jamais tenu une arme », a affirmé la sœur de l’accusé.",
        "Mon frère",
        3,
        NO_NAME,
        "relationship",
    ),
    case(
        "3-employee-of-named-company",
        "« Les cadences ont doublé depuis le rachat », a affirmé un employé de la société Batimex.",
        "Les cadences",
        3,
        NO_NAME,
        "Batimex",
        NO_REASON,
    ),
    case(
        "3-representative-stock-anonymity",
        "« Le bureau national n’a jamais été consulté », a déclaré un représentant de l’Union des "
        "commerçants indépendants, sous couvert d’anonymat.",
        "Le bureau national",
        3,
        NO_NAME,
        REASON,
        "stock phrase",
        boilerplate=True,
    ),
    case(
        "3-executive-not-authorized",
        "« La direction prépare un plan social », a affirmé un cadre de Batimex, n’étant pas autorisé à "
        "s’exprimer publiquement.",
        "La direction prépare",
        3,
        NO_NAME,
        REASON,
        boilerplate=False,
    ),
    case(
        "3-advisor-of-named-minister",
        "« Le texte sera réécrit avant l’été », a indiqué un conseiller de la ministre Claire Vasseur.",
        "Le texte sera réécrit",
        3,
        NO_NAME,
        "relationship",
    ),
    case(
        "3-witness-at-the-meeting",
        "« Le maire a quitté la salle avant le vote », a raconté une conseillère municipale qui a assisté à "
        "la réunion.",
        "Le maire a quitté",
        3,
        NO_NAME,
        "assisté",
    ),
    case(
        "3-negotiator-who-took-part",
        "« L’accord était prêt dès vendredi soir », a affirmé un négociateur qui a participé aux "
        "discussions.",
        "L’accord était prêt",
        3,
        NO_NAME,
        "participé",
    ),
    case(
        "3-former-executive-of-named-company",
        "« Les comptes de 2022 avaient été embellis », a assuré un ancien dirigeant de Vélorail.",
        "Les comptes de 2022",
        3,
        NO_NAME,
        "Vélorail",
    ),
    case(
        "3-unnamed-family-lawyer",
        "« La famille attend des excuses publiques », a déclaré l’avocat de la famille Brunet.",
        "La famille attend",
        3,
        NO_NAME,
        "relationship",
    ),
    case(
        "3-the-one-holder-of-an-office-in-the-story",
        "Les Bleus affronteront l’Islande dimanche. « Vous verrez ça demain matin », a répondu le "
        "sélectionneur, interrogé sur les deux joueurs écartés.",
        "Vous verrez ça",
        3,
        "relationship to the events",
    ),
    # --- 4 categorical: role, field or place -------------------------------------------------------
    case(
        "4-investor-field-and-place",
        "« Le marché de l’immobilier de bureau est à l’arrêt », a déclaré un investisseur en immobilier à "
        "Valbrune.",
        "Le marché de l’immobilier",
        4,
        NO_NAME,
        "field",
        NO_REASON,
    ),
    case(
        "4-emergency-doctor",
        "« Nous voyons arriver des patients qui n’ont pas consulté depuis des mois », a déclaré un médecin "
        "urgentiste.",
        "Nous voyons arriver",
        4,
        NO_NAME,
        "role",
        NO_REASON,
    ),
    case(
        "4-teacher-in-a-town",
        "« Les élèves arrivent le ventre vide », a témoigné une enseignante de Castelnoir.",
        "Les élèves arrivent",
        4,
        NO_NAME,
    ),
    case(
        "4-environmental-law-specialist",
        "« Le texte ne résistera pas au Conseil d’État », a estimé un spécialiste du droit de "
        "l’environnement.",
        "Le texte ne résistera",
        4,
        NO_NAME,
    ),
    case(
        "4-economist",
        "« Les prix vont encore grimper cet hiver », a estimé un économiste.",
        "Les prix vont encore",
        4,
        NO_NAME,
        "role",
    ),
    case(
        "4-farmer-in-a-valley",
        "« La grêle a détruit toute ma récolte », a raconté un agriculteur de la vallée de la Lizière.",
        "La grêle a détruit",
        4,
        NO_NAME,
    ),
    case(
        "4-european-diplomat",
        "« Personne ne veut rouvrir ce dossier avant les élections », a confié un diplomate européen.",
        "Personne ne veut",
        4,
        NO_NAME,
    ),
    case(
        "4-senior-civil-servant",
        "« Les crédits sont gelés depuis le printemps », a affirmé un haut fonctionnaire.",
        "Les crédits sont gelés",
        (4, 5),
        NO_NAME,
    ),
    case(
        "4-researcher-fear-of-reprisals",
        "« Nos données ont été retirées du rapport final », a déclaré une chercheuse en épidémiologie, qui a "
        "requis l’anonymat par crainte de représailles.",
        "Nos données",
        4,
        NO_NAME,
        REASON,
        boilerplate=False,
    ),
    case(
        "4-a-nationality-without-a-name",
        "« Je n’avais plus de jambes dans la dernière montée », a reconnu le Suisse, troisième de l’étape.",
        "Je n’avais plus de jambes",
        4,
        "no proper name",
    ),
    # --- 5 vague: vague proximity, a bare « source » ----------------------------------------------
    case(
        "5-bare-source",
        "« Le ministre présentera sa démission lundi », a déclaré une source.",
        "Le ministre présentera",
        5,
        NO_NAME,
        NO_REASON,
    ),
    case(
        "5-person-close-to-named",
        "« Il pense sérieusement à vendre », a déclaré une personne proche de Tellier.",
        "Il pense sérieusement",
        5,
        NO_NAME,
        "proximity",
    ),
    case(
        "3-the-accused-is-tied-to-the-case",
        "Le procès s’est ouvert lundi devant la cour d’assises du Morbihan. « Je n’ai jamais voulu sa"
        " mort », a déclaré l’accusé à la barre.",
        "Je n’ai jamais voulu sa mort",
        3,
        NO_NAME,
        "relationship",
    ),
    case(
        "3-the-father-of-the-complainant",
        "Les parents de la plaignante étaient présents à l’audience. « Il nous a menti pendant dix"
        " ans », a lâché le père, très ému.",
        "Il nous a menti",
        3,
        NO_NAME,
        "relationship",
    ),
    case(
        "5-close-to-an-office-with-an-adjective",
        "« Tout peut encore bouger », confie un proche de la Première ministre.",
        "Tout peut encore bouger",
        5,
        NO_NAME,
        "proximity",
    ),
    case(
        "5-familiar-with-a-seat-of-power",
        "« Le choix est fait », assure un familier de l’hôtel de Matignon.",
        "Le choix est fait",
        5,
        NO_NAME,
        "proximity",
    ),
    case(
        "4-source-with-its-field",
        "« Les consignes ont changé », indique une source diplomatique européenne.",
        "Les consignes ont changé",
        4,
        NO_NAME,
        "field",
    ),
    case(
        "4-a-court-paper-of-no-named-author",
        "Selon l’acte d’accusation, l’ancien trésorier aurait détourné près de 300 000 euros.",
        "l’ancien trésorier aurait détourné",
        4,
        NO_NAME,
    ),
    case(
        "5-source-close-to-the-case",
        "Selon une source proche du dossier, « les enquêteurs disposent d’enregistrements ».",
        "les enquêteurs disposent",
        5,
        NO_NAME,
        "proximity",
    ),
    case(
        "5-well-informed-source",
        "« La vente sera signée avant Noël », assure une source bien informée.",
        "La vente sera signée",
        5,
        NO_NAME,
    ),
    case(
        "5-close-source-stock-anonymity",
        "« Le président ne se représentera pas », a confié une personne de son entourage, sous couvert "
        "d’anonymat.",
        "Le président ne se représentera",
        5,
        NO_NAME,
        REASON,
        "stock phrase",
        boilerplate=True,
    ),
    # --- 6 collective: uncounted plurals ---------------------------------------------------------
    case(
        "6-certain-observers",
        "« La réforme est mort-née », estiment certains observateurs.",
        "La réforme est mort-née",
        6,
        NO_NAME,
        "uncounted",
    ),
    case(
        "6-some-firefighters-are-people-not-the-service",
        "« On tient à peine debout », confient plusieurs pompiers épuisés.",
        "On tient à peine debout",
        6,
        NO_NAME,
        "uncounted",
    ),
    case(
        "6-party-officials-named-party",
        "« Le congrès sera reporté à l’automne », ont affirmé des responsables du parti Renouveau citoyen.",
        "Le congrès sera reporté",
        6,
        NO_NAME,
        "uncounted",
    ),
    case(
        "6-several-majority-councillors",
        "Selon plusieurs élus de la majorité, « le budget ne passera pas en l’état ».",
        "le budget ne passera pas",
        6,
        NO_NAME,
        "uncounted",
    ),
    case(
        "6-residents-of-a-town",
        "« Les camions passent sous nos fenêtres dès cinq heures », dénoncent les habitants de Castelnoir.",
        "Les camions passent",
        6,
        NO_NAME,
        "uncounted",
    ),
    case(
        "6-insiders-of-the-sector",
        "« La filière ne se relèvera pas d’une deuxième mauvaise récolte », affirment les initiés du "
        "secteur.",
        "La filière ne se relèvera",
        6,
        NO_NAME,
        "uncounted",
    ),
    case(
        "6-sources-plural",
        "« Le ministre était informé depuis janvier », affirment des sources proches de l’enquête.",
        "Le ministre était informé",
        6,
        NO_NAME,
        "uncounted",
    ),
    case(
        "6-experts-of-the-field",
        "Selon les experts de la filière laitière, « un tiers des exploitations pourrait disparaître ».",
        "un tiers des exploitations",
        6,
        NO_NAME,
        "uncounted",
    ),
    # --- Counted plurals ----------------------------------------------------------------------------
    case(
        "counted-named-researchers",
        "« Le glacier a perdu un tiers de sa masse en dix ans », ont déclaré les chercheurs Aline Roux et "
        "Karim Bensaïd, de l’université de Valbrune.",
        "Le glacier a perdu",
        0,
        "full name",
    ),
    case(
        "counted-named-without-role",
        "« Nous ne quitterons pas notre maison », ont affirmé Odile et Rémi Fauchard.",
        "Nous ne quitterons pas",
        1,
        "name",
    ),
    case(
        "counted-unnamed-employees",
        "« Personne ne nous a prévenus », ont raconté deux employés de la société Batimex.",
        "Personne ne nous a prévenus",
        (3, 4),
        NO_NAME,
    ),
    # --- The most specific identification anywhere in the article --------------------------------
    case(
        "name-in-paragraph-1-identifies-paragraph-3",
        """
Hélène Marchetti, directrice de l’école primaire des Tilleuls, a reçu les parents d’élèves mardi soir.
La réunion a duré plus de trois heures dans le gymnase de l’école.
« Nous avons besoin de trois enseignants supplémentaires », a déclaré Mme Marchetti.
""",
        "Nous avons besoin",
        0,
        "full name",
    ),
    case(
        "role-in-paragraph-1-pronoun-in-paragraph-3",
        """
Le préfet de la Lizière, Arnaud Delcourt, a signé mardi un arrêté de restriction d’eau.
Les agriculteurs de la vallée demandaient une dérogation depuis un mois.
« L’arrosage des jardins est interdit jusqu’à nouvel ordre », a-t-il déclaré.
""",
        "L’arrosage des jardins",
        0,
        "full name",
    ),
    case(
        "reason-given-at-first-mention-counts-later",
        "« Les alertes sont restées lettre morte », a déclaré un employé de la mairie de Castelnoir, "
        "qui n’est pas autorisé à s’exprimer publiquement.\n"
        "Le maire n’a pas répondu à nos questions.\n"
        "« Tout le monde savait que le pont était fragile », a ajouté l’employé.",
        "Tout le monde savait",
        3,
        NO_NAME,
        REASON,
        boilerplate=False,
    ),
    case(
        "stock-reason-requis-l-anonymat",
        "« Le plan de relance a été écrit en une nuit », a affirmé un haut fonctionnaire du ministère de "
        "l’Économie, qui a requis l’anonymat.",
        "Le plan de relance",
        3,
        NO_NAME,
        REASON,
        "stock phrase",
        boilerplate=True,
    ),
    # --- 7 unattributed -------------------------------------------------------------------------------
    case(
        "7-no-speaker",
        """
« Il faut rouvrir la ligne avant l’hiver. »
Le message circule depuis des semaines dans les villages de la vallée de la Lizière.
""",
        "Il faut rouvrir la ligne",
        7,
        "no speaker",
    ),
]


def rating_for(analysis, fragment: str):  # type: ignore[no-untyped-def]
    """The source (or None) and the rating of the quotation containing ``fragment``."""
    from quotes.anonymity import unattributed_rating

    quote = quote_with(analysis, fragment)
    source_id = analysis.quote_sources.get(quote.id)
    if source_id is None:
        return None, unattributed_rating()
    source = next(s for s in analysis.sources if s.id == source_id)
    return source, analysis.ratings[source_id]


@pytest.mark.parametrize("case", CASES)
def test_level_and_reasons(analyze_text, case: LevelCase) -> None:
    analysis = analyze_text(case.text)
    source, rating = rating_for(analysis, case.quote)
    who = f"« {source.name} »" if source else "no source"
    expected = str(case.low) if case.low == case.high else f"{case.low}–{case.high}"
    assert case.low <= rating.level <= case.high, (
        f"{who}: level {rating.level}, expected {expected}; reasons {list(rating.reasons)}"
    )
    if case.high == 7:
        assert source is None, f"expected no source, got {who}"
    reasons = " | ".join(rating.reasons).lower()
    for fragment in case.reasons:
        assert fragment.lower() in reasons, f"{who}: no reason with {fragment!r} in {list(rating.reasons)}"
    if case.boilerplate is not None:
        assert rating.anonymity_reason, f"{who}: no reason for anonymity found"
        assert rating.boilerplate_reason is case.boilerplate, (
            f"{who}: « {rating.anonymity_reason} » boilerplate={rating.boilerplate_reason}, "
            f"expected {case.boilerplate}"
        )
    if case.low >= 3 and case.high <= 6 and REASON not in case.reasons and case.boilerplate is None:
        assert rating.anonymity_reason is None, f"{who}: unexpected reason « {rating.anonymity_reason} »"


IDENTIFIED = [c for c in CASES if c.values[0].high <= 2]  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", IDENTIFIED)
def test_identified_sources_carry_no_anonymity_lines(analyze_text, case: LevelCase) -> None:
    """Levels 0–2 are identified: their reasons do not talk about anonymity."""
    analysis = analyze_text(case.text)
    _, rating = rating_for(analysis, case.quote)
    assert not any("anonymity" in r for r in rating.reasons), list(rating.reasons)
