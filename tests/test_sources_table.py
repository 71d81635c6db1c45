# Passages are written one paragraph per line, as in the article files: long lines are the point.
# ruff: noqa: E501
"""Specification table: which quotations share a source, and what the source is called.

Every passage below was written for this table (invented people, places and
organizations). A case lists groups of quotations, each group given by a fragment of
each of its quotations: the quotations of one group must go to one source, different
groups to different sources, and the source's name must match ``accept`` (a regular
expression, as in the gold files of ``../shared/eval``) and not ``reject``.

The rules are those of issue 5 and of ``../shared/eval/GUIDELINES.md``: a pronoun is a
mention, never a name; the name is the most informative mention (full name with role >
descriptive noun phrase > bare name); « un proche de Vasseur » is not Vasseur; a
definite description goes back to the earlier mention with the same head noun; an
indefinite one brings in someone new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from lookup import quote_with

PRONOUNS = {"il", "elle", "ils", "elles", "on", "lui", "eux", "celui-ci", "celle-ci", "ce dernier"}


@dataclass(frozen=True)
class Group:
    """Quotations (by a fragment of each) that belong to one source, and that source's name."""

    fragments: tuple[str, ...]
    accept: str
    reject: str | None = None


@dataclass(frozen=True)
class Case:
    text: str
    groups: tuple[Group, ...]


def case(case_id: str, text: str, *groups: Group) -> object:
    return pytest.param(Case(text.strip(), groups), id=case_id)


def g(*fragments: str, accept: str, reject: str | None = None) -> Group:
    return Group(fragments, accept, reject)


CASES = [
    # --- A named office-holder never joins a description of another gender or a plural ----------
    case(
        "a-woman-minister-is-not-the-named-minister-of-health",
        """
Une ministre parle même de « lassitude » chez ses collègues. « Nous ne servons à rien », dit-elle. Le ministre de la Santé, Paul Kerhervé, a présenté mercredi son plan. « Les moyens arrivent », a-t-il assuré.
""",
        g("Nous ne servons à rien", accept=r"(?i)une ministre", reject=r"Kerhervé"),
        g("Les moyens arrivent", accept=r"Paul Kerhervé"),
    ),
    case(
        "some-ministers-are-not-the-named-minister-of-culture",
        """
Certains ministres se disent « bâillonnés ». « On nous empêche de parler », confient-ils. La ministre de la Culture, Anne Lozac’h, a choisi de répondre. « Je parle quand je veux », a-t-elle lancé.
""",
        g("On nous empêche de parler", accept=r"(?i)certains ministres", reject=r"Lozac"),
        g("Je parle quand je veux", accept=r"Anne Lozac’h"),
    ),
    # --- A description that points back never names the source ------------------------------
    case(
        "the-same-source-is-named-by-its-first-description",
        """
« Les rebelles ont attaqué le village à l’aube », a dit à l’AFP un officier sous couvert de l’anonymat. « Ils ont incendié plusieurs maisons », a ajouté la même source.
""",
        g("Les rebelles ont attaqué", "Ils ont incendié", accept=r"^un officier$", reject=r"même"),
    ),
    case(
        "this-same-source-after-selon",
        """
Selon un proche du dossier, l’accord est imminent. « Tout sera signé lundi », assure cette même source.
""",
        g("l’accord est imminent", "Tout sera signé lundi", accept=r"^un proche du dossier$"),
    ),
    # --- A role with a place name kept whole, not merged with the person named after it --------
    case(
        "role-with-a-two-word-place-name",
        """
Présidentielle : le maire de New York appelle à voter Lisa Cardenas
Le maire de New York, Samuel Brandt, appelle à voter pour Lisa Cardenas. « Le climat change, et elle seule agit », déclare-t-il.
« Je suis honorée de ce soutien », a répondu Lisa Cardenas.
""",
        g("voter Lisa Cardenas", "Le climat change", accept=r"Samuel Brandt", reject=r"Cardenas"),
        g("Je suis honorée", accept=r"Lisa Cardenas"),
    ),
    case(
        "a-relative-after-a-role-in-apposition-is-the-named-person",
        """
« Les plaintes ont baissé de moitié », explique Jean-Marc Oriol, directeur de la régie des transports, qui souligne encore que l’information aux voyageurs s’est améliorée.
""",
        g("Les plaintes ont baissé", "l’information aux voyageurs", accept=r"Jean-Marc Oriol"),
    ),
    case(
        "a-hyphenated-organization-cut-by-the-tokenizer",
        """
L’état-major de l’armée a reconnu « quelques pertes » parmi les soldats.
""",
        g("quelques pertes", accept=r"(?i)état-major"),
    ),
    # --- Documents and outlets (issue 11, class 6) ---------------------------------------------
    case(
        "a-communique-speaks-for-its-issuer",
        """
La préfecture de la Drôme a diffusé un court communiqué dans la soirée. « Le seuil d’alerte est dépassé sur trois communes », précise le communiqué.
""",
        g("Le seuil d’alerte", accept=r"préfecture de la Drôme"),
    ),
    case(
        "shares-of-those-polled-speak-through-the-named-poll",
        """
Selon un sondage Ipsos publié dimanche, la confiance des ménages recule encore.
Un quart des personnes interrogées pensent que leurs enfants vivront moins bien qu’eux, et 38 % jugent que « rien ne va s’arranger ».
""",
        g("la confiance des ménages recule", "leurs enfants vivront moins bien", "rien ne va s’arranger", accept=r"(?i)ipsos"),
    ),
    case(
        "a-piste-is-no-person",
        """
La piste criminelle n’est « pas privilégiée » à ce stade. « Aucun indice ne va dans ce sens », a ajouté le procureur de Vienne, Marc Liotard.
""",
        g("Aucun indice", accept=r"Marc Liotard", reject=r"(?i)piste"),
    ),
    case(
        "le-quotidien-is-the-outlet-named-before",
        """
Les doutes grandissent, à en croire les informations de La Gazette du Rhône. Selon le quotidien, deux agents auraient été mutés.
""",
        g("Les doutes grandissent", "deux agents auraient été mutés", accept=r"Gazette du Rhône"),
    ),
    # --- Names: full name, surname, title + surname, initial + surname ----------------------
    case(
        "full-name-then-surname",
        """
« Nous rouvrirons le service des urgences dès le mois de mars », a déclaré Claire Vasseur, ministre de la Santé, lors de sa visite à Castelnoir.
Interrogée sur le calendrier, Vasseur a reconnu que « rien ne sera simple avec les effectifs actuels ».
""",
        g("Nous rouvrirons le service", "rien ne sera simple", accept=r"Claire Vasseur"),
    ),
    case(
        "full-name-then-monsieur",
        """
Jean-Marc Tellier, maire de Sainte-Aveline depuis 2014, a présenté mardi le nouveau plan de circulation. « Le centre-ville sera piéton le samedi dès le printemps », a-t-il annoncé devant le conseil municipal.
Les commerçants restent sceptiques. M. Tellier assure pourtant que « la fréquentation a doublé partout où l’expérience a été tentée ».
""",
        g("Le centre-ville sera piéton", "la fréquentation a doublé", accept=r"Jean-Marc Tellier"),
    ),
    case(
        "full-name-then-madame",
        """
« Nous avons besoin de trois enseignants supplémentaires », a expliqué Hélène Marchetti, directrice de l’école primaire des Tilleuls.
Selon Mme Marchetti, « les classes dépassent déjà trente élèves ».
""",
        g("trois enseignants supplémentaires", "les classes dépassent", accept=r"Hélène Marchetti"),
    ),
    case(
        "doctor-title",
        """
Le docteur Hervé Lambrecht, chef du service de cardiologie de l’hôpital de Porcheval, s’inquiète du manque de lits. « Certains patients attendent deux jours sur un brancard », a-t-il déclaré.
« Nous ne tiendrons pas l’été dans ces conditions », a ajouté le Dr Lambrecht.
""",
        g("Certains patients attendent", "Nous ne tiendrons pas", accept=r"Hervé Lambrecht"),
    ),
    case(
        "maitre-title",
        """
« Ma cliente n’a jamais reçu la moindre mise en demeure », a plaidé Me Solène Dufresne, avocate de la famille Brunet.
À la sortie de l’audience, Me Dufresne a indiqué que « l’appel sera déposé dès lundi ».
""",
        g("Ma cliente n’a jamais reçu", "l’appel sera déposé", accept=r"Solène Dufresne"),
    ),
    case(
        "initial-and-surname",
        """
« Les nappes phréatiques n’ont jamais été aussi basses en avril », a expliqué Aline Roux, hydrologue à l’université de Valbrune.
Dans une note publiée en février, A. Roux avait averti que « la recharge hivernale a été quasi nulle ».
""",
        g("Les nappes phréatiques", "la recharge hivernale", accept=r"Aline Roux"),
    ),
    case(
        "title-surname-first-full-name-later",
        """
« Le dossier est complet », a assuré Mme Berthelot à la sortie de la commission.
Nathalie Berthelot, qui préside la commission d’urbanisme de Valbrune, a ajouté que « le permis sera délivré en juin ».
""",
        g("Le dossier est complet", "le permis sera délivré", accept=r"Nathalie Berthelot"),
    ),
    case(
        "hyphenated-names",
        """
« La saison des vendanges commencera avec dix jours d’avance », a annoncé Marie-Pierre Lacombe-Duval, présidente du syndicat viticole de la Lizière.
« Le raisin est sain, mais les volumes seront faibles », a précisé Lacombe-Duval.
""",
        g("La saison des vendanges", "Le raisin est sain", accept=r"Marie-Pierre Lacombe-Duval"),
    ),
    case(
        "surname-only-twice",
        """
« Je ne signerai pas cet accord en l’état », a prévenu Bensaïd à l’issue de la réunion.
« Les salariés méritent mieux que des promesses », a répété Bensaïd devant les grilles de l’usine.
""",
        g("Je ne signerai pas", "Les salariés méritent", accept=r"^Bensaïd$"),
    ),
    case(
        "two-surnames-alternating",
        """
« Le budget sera voté avant Noël », a assuré Quéméner à la fin de la séance.
« Rien n’est moins sûr », a répliqué Garnier, chef de file de l’opposition municipale.
« Nous avons la majorité », a insisté Quéméner.
""",
        g("Le budget sera voté", "Nous avons la majorité", accept=r"Quéméner", reject=r"Garnier"),
        g("Rien n’est moins sûr", accept=r"Garnier", reject=r"Quéméner"),
    ),
    case(
        "same-surname-different-first-names",
        """
« Nous avons perdu la moitié du troupeau », a raconté Paul Garnier, éleveur à Morlanges.
Sa sœur, Lucie Garnier, vétérinaire dans le canton, a constaté que « les cas se multiplient depuis juin ».
« Il faudra des indemnisations rapides », a ajouté Paul Garnier.
""",
        g("Nous avons perdu la moitié", "Il faudra des indemnisations", accept=r"Paul Garnier"),
        g("les cas se multiplient", accept=r"Lucie Garnier"),
    ),
    case(
        "madame-and-monsieur-same-surname",
        """
« Nous n’avons reçu aucune aide pour la facture d’énergie », a déploré Odile Fauchard, boulangère à Morlanges. Son mari, Rémi Fauchard, a expliqué que « le four tourne désormais quatre heures de moins par jour ».
« Nous tiendrons jusqu’à l’automne, pas plus », a prévenu Mme Fauchard.
« Après, il faudra licencier », a ajouté M. Fauchard.
""",
        g("Nous n’avons reçu aucune aide", "Nous tiendrons jusqu’à", accept=r"Odile Fauchard"),
        g("le four tourne", "Après, il faudra licencier", accept=r"Rémi Fauchard"),
    ),
    # --- A first mention with its role, then the name ---------------------------------------
    case(
        "role-comma-name-then-surname",
        """
« Aucun établissement ne fermera cet été », a affirmé la ministre de la Santé, Claire Vasseur, jeudi à Porcheval.
« Nous avons trouvé les médecins qu’il fallait », a insisté Vasseur.
""",
        g("Aucun établissement ne fermera", "Nous avons trouvé les médecins", accept=r"Claire Vasseur"),
    ),
    case(
        "role-name-without-comma",
        """
Le maire de Castelnoir Bernard Quéméner a défendu la hausse des tarifs de la cantine. « Le prix payé par les familles n’avait pas bougé depuis dix ans », a-t-il fait valoir.
« Personne ne sera privé de repas », a promis Quéméner.
""",
        g("Le prix payé par les familles", "Personne ne sera privé", accept=r"Bernard Quéméner"),
    ),
    case(
        "role-then-definite-role",
        """
« Le texte sera présenté en conseil des ministres en mai », a annoncé la ministre du Logement, Odile Fauchard.
« Nous avons entendu les maires », a assuré la ministre.
""",
        g("Le texte sera présenté", "Nous avons entendu les maires", accept=r"Odile Fauchard"),
    ),
    case(
        "description-first-name-given-later",
        """
« Le festival aura bien lieu », a déclaré le maire de Castelnoir.
Le maire, Bernard Quéméner, a ensuite précisé que « les bénévoles sont prêts ».
""",
        g("Le festival aura bien lieu", "les bénévoles sont prêts", accept=r"Bernard Quéméner"),
    ),
    case(
        "selon-then-definite-role",
        """
Selon le procureur de Valbrune, Arnaud Delcourt, « aucune piste n’est écartée ». « Les analyses prendront plusieurs semaines », a précisé le procureur.
""",
        g("aucune piste n’est écartée", "Les analyses prendront", accept=r"Arnaud Delcourt"),
    ),
    # --- Pronouns, gender, paragraph breaks ---------------------------------------------------
    case(
        "elle-ajoute-same-speaker",
        """
« Les délais de paiement seront ramenés à trente jours », a annoncé Nathalie Berthelot, présidente de la chambre de commerce de Valbrune. « C’est une promesse que nous tiendrons », a-t-elle ajouté.
""",
        g("Les délais de paiement", "C’est une promesse", accept=r"Nathalie Berthelot"),
    ),
    case(
        "two-genders-il-and-elle",
        """
« La ligne ferroviaire sera rouverte en septembre », a affirmé Nathalie Berthelot, vice-présidente de la région chargée des transports.
« Je n’y crois pas une seconde », a rétorqué Grégoire Lemaire, président de l’association des usagers. « On nous fait cette promesse depuis six ans », a-t-il ajouté.
« Les crédits sont votés », a-t-elle répondu.
""",
        g("La ligne ferroviaire", "Les crédits sont votés", accept=r"Nathalie Berthelot"),
        g("Je n’y crois pas", "On nous fait cette promesse", accept=r"Grégoire Lemaire"),
    ),
    case(
        "elle-skips-the-man-in-between",
        """
« Le chantier a pris du retard à cause des intempéries », a reconnu Sandrine Aubertin, directrice des travaux. « Les fondations sont terminées », a répondu son adjoint, Thierry Vallat. « Nous livrerons avant la rentrée », a-t-elle assuré.
""",
        g("Le chantier a pris du retard", "Nous livrerons avant", accept=r"Sandrine Aubertin"),
        g("Les fondations sont terminées", accept=r"Thierry Vallat"),
    ),
    case(
        "il-skips-the-woman-in-between",
        """
« Nous manquons de bras pour la récolte », a expliqué Karim Bensaïd, maraîcher à Morlanges. « Les saisonniers ne viennent plus », a confirmé Aline Roux, qui cultive la parcelle voisine. « Il faudra bientôt arracher les serres », a-t-il ajouté.
""",
        g("Nous manquons de bras", "Il faudra bientôt arracher", accept=r"Karim Bensaïd"),
        g("Les saisonniers ne viennent plus", accept=r"Aline Roux"),
    ),
    case(
        "pronoun-across-paragraph-break",
        """
« Les urgences pédiatriques fermeront la nuit pendant tout le mois d’août », a annoncé Isabelle Ferrand, directrice de l’hôpital de Porcheval.
Les familles devront se rendre à Valbrune, à quarante kilomètres. « Nous n’avons pas d’autre choix, faute de pédiatres », a-t-elle expliqué.
""",
        g("Les urgences pédiatriques", "Nous n’avons pas d’autre choix", accept=r"Isabelle Ferrand"),
    ),
    case(
        "subject-pronoun-next-paragraph",
        """
Le préfet de la Lizière, Arnaud Delcourt, a signé mardi un arrêté de restriction d’eau. « L’arrosage des jardins est interdit jusqu’à nouvel ordre », a-t-il déclaré.
Il a précisé que « les contrôles seront renforcés dès le week-end ».
""",
        g("L’arrosage des jardins", "les contrôles seront renforcés", accept=r"Arnaud Delcourt"),
    ),
    case(
        "two-genders-across-paragraphs",
        """
« Le tribunal a été saisi », a indiqué Me Solène Dufresne, avocate des salariés licenciés.
Le directeur de l’usine, Thierry Vallat, a contesté ces accusations. « Nous avons respecté toutes les procédures », a-t-il affirmé.
« Les preuves sont dans le dossier », a-t-elle répliqué.
""",
        g("Le tribunal a été saisi", "Les preuves sont dans le dossier", accept=r"Solène Dufresne"),
        g("Nous avons respecté", accept=r"Thierry Vallat"),
    ),
    case(
        "gender-from-role-nouns",
        """
« Nous ne fermerons aucune classe », a déclaré la maire de Morlanges. « La décision appartient au rectorat », a répondu le préfet. « Nous nous battrons jusqu’au bout », a-t-elle promis.
""",
        g("Nous ne fermerons aucune classe", "Nous nous battrons", accept=r"(?i)maire de Morlanges"),
        g("La décision appartient", accept=r"(?i)préfet", reject=r"(?i)maire"),
    ),
    case(
        "gender-from-titles",
        """
« Les loyers ont augmenté de 12 % en deux ans », a constaté Mme Roussel, présidente de l’association des locataires. « Les propriétaires ont aussi des charges », a répondu M. Picard, du syndicat des bailleurs. « Ce n’est pas une raison pour tout répercuter », a-t-elle rétorqué.
""",
        g("Les loyers ont augmenté", "Ce n’est pas une raison", accept=r"Roussel"),
        g("Les propriétaires ont aussi", accept=r"Picard"),
    ),
    case(
        "celle-ci-goes-to-the-woman",
        """
Bernard Quéméner a interpellé la ministre Odile Fauchard lors de sa visite à Castelnoir. Celle-ci a répondu que « les crédits seraient débloqués avant l’été ».
""",
        g("les crédits seraient débloqués", accept=r"Odile Fauchard", reject=r"Quéméner"),
    ),
    case(
        "pronoun-whose-antecedent-never-spoke-before",
        """
Isabelle Ferrand a pris la tête de la rédaction du quotidien régional en janvier. « Nous allons recruter dix journalistes », a-t-elle annoncé lundi.
""",
        g("Nous allons recruter", accept=r"Isabelle Ferrand"),
    ),
    case(
        "ils-plural-group",
        """
Des riverains de la zone industrielle de Porcheval ont manifesté samedi. « Les camions passent sous nos fenêtres dès cinq heures du matin », ont-ils dénoncé. « Personne ne nous écoute », ont-ils ajouté.
""",
        g("Les camions passent", "Personne ne nous écoute", accept=r"(?i)riverains"),
    ),
    case(
        "elles-plural-group",
        """
Les infirmières de nuit de la clinique des Tilleuls sont en grève depuis lundi. « Nous sommes quatre pour soixante patients », expliquent-elles.
""",
        g("Nous sommes quatre", accept=r"(?i)infirmières"),
    ),
    # --- A name inside an anonymous description is not the speaker ----------------------------
    case(
        "proche-de-name-is-not-the-name",
        """
« Le dossier sera bouclé avant l’été », a assuré Grégoire Lemaire, directeur de l’agence régionale de l’eau.
« Il n’a jamais cru à ce calendrier », a confié un proche de Lemaire.
""",
        g("Le dossier sera bouclé", accept=r"Grégoire Lemaire", reject=r"(?i)proche"),
        g("Il n’a jamais cru", accept=r"(?i)proche de Lemaire", reject=r"^Grégoire|^Lemaire$"),
    ),
    case(
        "conseiller-de-name-is-not-the-name",
        """
« La réforme des retraites agricoles sera votée cette année », a promis Odile Fauchard, ministre de l’Agriculture.
« Elle sait que les syndicats ne la suivront pas », a expliqué un conseiller de Fauchard.
""",
        g("La réforme des retraites", accept=r"Odile Fauchard", reject=r"(?i)conseiller"),
        g("Elle sait que les syndicats", accept=r"(?i)conseiller de Fauchard", reject=r"^Odile|^Fauchard$"),
    ),
    case(
        "avocat-de-name-is-not-the-name",
        """
« Mon client conteste toute responsabilité », a déclaré l’avocat de Thierry Vallat.
Entendu par les juges, Vallat a affirmé que « la société savait depuis des mois ».
""",
        g("Mon client conteste", accept=r"(?i)avocat de Thierry Vallat"),
        g("la société savait", accept=r"Vallat", reject=r"(?i)avocat"),
    ),
    case(
        "fille-de-name-is-not-the-name",
        """
« Mon père a travaillé quarante ans dans cette usine », a raconté la fille de Marcel Brunet.
Marcel Brunet, 82 ans, raconte que « le travail commençait à six heures, été comme hiver ».
""",
        g("Mon père a travaillé", accept=r"(?i)fille de Marcel Brunet"),
        g("le travail commençait", accept=r"Marcel Brunet", reject=r"(?i)fille"),
    ),
    case(
        "ancien-collaborateur-de-name-speaking-alone",
        """
La candidature de Nathalie Berthelot divise la majorité. « Elle n’a jamais supporté la contradiction », a confié un ancien collaborateur de Berthelot.
""",
        g("Elle n’a jamais supporté", accept=r"(?i)collaborateur", reject=r"^Nathalie Berthelot$"),
    ),
    # --- Definite descriptions go back; indefinite ones bring someone new ----------------------
    case(
        "associe-la-personne-l-associe",
        """
« Il a toujours eu une longueur d’avance sur le marché », a déclaré l’un des associés de Bernard Quéméner.
« Quand il a racheté la conserverie, tout le monde le croyait fou », a ajouté la personne.
Quéméner a racheté trois entreprises en cinq ans.
« Il ne s’arrêtera pas là », a prévenu l’associé de Quéméner.
""",
        g(
            "Il a toujours eu une longueur",
            "Quand il a racheté",
            "Il ne s’arrêtera pas là",
            accept=r"(?i)l[’']un des associés de Bernard Quéméner",
        ),
    ),
    case(
        "la-laureate-is-the-named-winner",
        """
La photographe Inès Carrel a reçu jeudi soir le Grand Prix de la ville de Valsergues. Âgée de 38 ans, l’autrice du livre « Les Rives » devient la troisième femme à recevoir ce prix.
« C’est une reconnaissance pour tout un métier », a déclaré la lauréate lors de la cérémonie.
""",
        g("C’est une reconnaissance", accept=r"Inès Carrel"),
    ),
    case(
        "le-vainqueur-is-the-named-winner",
        """
Le Belge Tom Verhulst a remporté dimanche la cinquième étape du Tour de Valsergues, au terme d’une échappée de cent kilomètres.
« J’ai attaqué dans le dernier col », a déclaré le vainqueur au micro de Radio Valsergues.
""",
        g("J’ai attaqué", accept=r"Tom Verhulst"),
    ),
    case(
        "pronoun-goes-to-the-subject-with-a-name-in-apposition",
        """
Son entraîneur, Marc Delaunay, a salué « une course parfaite ». « Il nous avait prévenus ce matin », a-t-il raconté.
Le porteur du maillot jaune, le Suisse Luca Brenner (équipe Valmont), a limité les dégâts dans la dernière montée. « Je n’étais pas dans un grand jour », a-t-il reconnu.
""",
        g("une course parfaite", "Il nous avait prévenus", accept=r"Marc Delaunay"),
        g("Je n’étais pas dans un grand jour", accept=r"Luca Brenner"),
    ),
    case(
        "headline-description-is-the-person-named-in-the-lead",
        """
Procès de l’incendie de l’entrepôt : « Je ne voulais blesser personne », dit l’accusé

Valsergues, 18 mars 2022. - Debout dans le box, Kevin Morlaix a demandé pardon jeudi aux familles des victimes. « Je pensais que l’entrepôt était vide », a-t-il répété.
""",
        g("Je ne voulais blesser personne", "Je pensais que l’entrepôt était vide", accept=r"Kevin Morlaix"),
    ),
    case(
        "cegetiste-is-the-union-delegate",
        """
Devant les grilles, le délégué CGT Patrick Lemoigne et son homologue de Force ouvrière, Karim Benhaddou, ont accueilli la nouvelle avec colère. Le cégétiste a rappelé que le site avait touché 1,8 million d’euros d’aides publiques. « On nous a menti jusqu’au bout », a-t-il lancé au mégaphone.
""",
        g("On nous a menti", accept=r"Patrick Lemoigne"),
    ),
    case(
        "role-after-the-age-and-before-the-comma",
        """
La procureure a requis quatre ans de prison contre Gérard Pellissier, 63 ans, ancien notaire de Saint-Ambrun, jugé pour abus de confiance. Interrogé par la présidente du tribunal, Catherine Moreau-Lasalle, il a contesté tout enrichissement personnel.
« Alors où est passé l’argent ? », a demandé la présidente.
Un long silence a suivi. « J’ai commis des erreurs, pas des vols », a fini par répéter l’ancien notaire.
""",
        g("Alors où est passé l’argent", accept=r"Catherine Moreau-Lasalle"),
        g("J’ai commis des erreurs", accept=r"Gérard Pellissier"),
    ),
    case(
        "le-premier-le-second",
        """
Le président valdène, Milan Vidmar, et son homologue lusmérien, Pavel Ostrik, ne se sont pas adressé la parole. Le premier exige que le tuyau contourne la vallée ; le second refuse tout détour. « Nous ne paierons pas pour les caprices de nos voisins », a déclaré le second devant la presse. « Ce sont des villages, pas des caprices », a répondu le premier.
""",
        g("Nous ne paierons pas", accept=r"Pavel Ostrik"),
        g("Ce sont des villages", accept=r"Milan Vidmar"),
    ),
    case(
        "la-premiere-counts-within-the-list",
        """
Trois conseillères ont pris la parole : Jeanne Roussel (Horizon local), Paule Marchand (Écologistes) et Inès Caradec, adjointe aux sports. La première a ouvert le débat en citant un audit publié la veille par Le Courrier du Val. « Qui a signé le contrat de la piscine ? »
« Mon prédécesseur, en 2017 », a répondu le maire.
""",
        g("Qui a signé le contrat", accept=r"Jeanne Roussel", reject=r"(?i)courrier|marchand"),
        g("Mon prédécesseur", accept=r"(?i)le maire"),
    ),
    case(
        "same-office-beats-the-last-named-speaker",
        """
La ministre de la Culture, entendue jeudi par la commission, a défendu la fermeture du musée. « Combien de visiteurs l’an dernier ? » a demandé Sophie Garnier, députée de l’opposition. « Moins de quatre mille », a répondu la ministre.
""",
        g("Combien de visiteurs", accept=r"Sophie Garnier"),
        g("Moins de quatre mille", accept=r"(?i)ministre de la Culture", reject=r"Garnier"),
    ),
    case(
        "office-right-after-a-named-subject",
        """
Pendant deux heures, Nathalie Verdier a répondu aux questions des sénateurs. La ministre des Sports était entendue sur le coût des nouveaux stades. « Aucun chiffre n’a été caché », a-t-elle assuré.
""",
        g("Aucun chiffre", accept=r"Nathalie Verdier"),
    ),
    case(
        "lower-case-demonym-keeps-two-coaches-apart",
        """
Menés à la pause, les joueurs de Gilles Arnoux ont renversé la rencontre. « Je leur ai simplement demandé de jouer sans peur », a raconté l’entraîneur castelbrunois.
En face, l’entraîneur de Villedieu, Marc Oudin, ne décolérait pas. « On ne peut pas perdre un match comme ça », a lâché le coach villedieusien.
""",
        g("Je leur ai simplement demandé", accept=r"(?i)castelbrunois", reject=r"Oudin"),
        g("On ne peut pas perdre", accept=r"Marc Oudin"),
    ),
    case(
        "le-prevenu-is-the-person-on-trial",
        """
Le tribunal correctionnel de Valbrune a examiné mardi le dossier de Paul Garnier, 58 ans, ancien agent immobilier, jugé pour escroquerie au préjudice de onze familles. « Il a abusé de gens qui lui faisaient confiance », a déclaré la procureure.
Interrogé par le président, le prévenu a reconnu avoir « mal conseillé » ses clients.
""",
        g("Il a abusé de gens", accept=r"(?i)la procureure"),
        g("« mal conseillé » ses clients", accept=r"Paul Garnier"),
    ),
    case(
        "subject-with-an-adjective-complement-and-a-relative-clause",
        """
« Nous voterons contre ce budget », a annoncé le président du groupe, Alain Roussel.
En coulisses, le ton était plus vif. Un conseiller présent à la réunion de lundi, qui a requis l’anonymat faute d’être autorisé à s’exprimer, décrit « une ambiance électrique ». « Personne n’a osé contredire le maire », sourit-il.
""",
        g("Nous voterons contre", accept=r"Alain Roussel"),
        g("une ambiance électrique", "Personne n’a osé", accept=r"(?i)conseiller présent à la réunion de lundi"),
    ),
    case(
        "la-mere-du-jeune-homme-is-the-named-mother",
        """
Devant le tribunal attendaient la mère de Théo, Sandrine Kerlaouen, son frère Malo et l’avocat de la famille. La mère du jeune homme refuse la thèse de l’accident. « Mon fils ne conduisait jamais la nuit », a-t-elle répété.
""",
        g("Mon fils ne conduisait", accept=r"Sandrine Kerlaouen"),
    ),
    case(
        "la-mere-de-quelqu-un-d-autre-stays-apart",
        """
La mère de Théo, Sandrine Kerlaouen, a témoigné mardi. « Il rentrait du travail », a-t-elle dit. La mère de Julie Morvan a pris la parole ensuite. « Ma fille n’a rien vu », a déclaré la mère de Julie.
""",
        g("Il rentrait du travail", accept=r"Sandrine Kerlaouen"),
        g("Ma fille n’a rien vu", accept=r"(?i)mère de Julie", reject=r"Kerlaouen"),
    ),
    case(
        "la-rapporteure-is-the-named-rapporteure",
        """
Trois élues ont interrogé le préfet : Anne Lucas (Horizon), Marie Dorval (Écologistes) et Claire Benoît, rapporteure du budget et membre de la majorité.
Le préfet a défendu le projet pendant une heure. La rapporteure a rappelé que son avis « validait le financement sous conditions ». « Nous ne sommes pas un tribunal », a-t-elle fait valoir.
""",
        g("son avis « validait", "Nous ne sommes pas un tribunal", accept=r"Claire Benoît"),
    ),
    case(
        "a-demonym-before-the-name-is-a-role",
        """
Le pneumologue Yann Kerboul a cosigné la tribune avec le Lyonnais Bastien Roche, toxicologue au CNRS. « Les données sont solides », affirme Yann Kerboul. « Personne ne conteste les mesures », ajoute le Lyonnais.
""",
        g("Les données sont solides", accept=r"Yann Kerboul"),
        g("Personne ne conteste", accept=r"Bastien Roche"),
    ),
    case(
        "two-role-nouns-make-one-role",
        """
Le commissaire enquêteur, Lionel Marsac, a rappelé que « rien n’est joué ». « Chaque observation sera lue », a-t-il ajouté.
""",
        g("rien n’est joué", "Chaque observation sera lue", accept=r"Lionel Marsac"),
    ),
    case(
        "la-chercheuse-after-a-professor",
        """
« Le risque est multiplié par deux », affirme Claire Moyon, professeure d’épidémiologie à l’université de Reims. La chercheuse reconnaît toutefois que ces travaux « ne prouvent pas un lien de cause à effet ».
""",
        g("Le risque est multiplié", "ces travaux « ne prouvent", accept=r"Claire Moyon"),
    ),
    case(
        "premiere-ministre-is-a-title",
        """
« Nous avons avancé, mais nous ne sommes pas arrivés », a résumé la Première ministre de Karvalie, Ilse Marten, qui présidait la réunion.
""",
        g("Nous avons avancé", accept=r"Ilse Marten", reject=r"(?i)^premi"),
    ),
    case(
        "un-responsable-le-responsable",
        """
« Les travaux de la rocade reprendront en juin », a indiqué un responsable de la direction des routes.
Le chantier avait été suspendu après un glissement de terrain.
« La sécurité des ouvriers passe avant les délais », a ajouté le responsable.
""",
        g("Les travaux de la rocade", "La sécurité des ouvriers", accept=r"(?i)responsable de la direction"),
    ),
    case(
        "un-porte-parole-le-porte-parole",
        """
« Deux suspects ont été interpellés dans la nuit », a indiqué un porte-parole de la gendarmerie de la Lizière. « L’enquête se poursuit », a précisé le porte-parole.
""",
        g("Deux suspects ont été", "L’enquête se poursuit", accept=r"(?i)porte-parole de la gendarmerie"),
    ),
    case(
        "une-infirmiere-l-infirmiere",
        """
« Nous fermons des lits chaque semaine », témoigne une infirmière de l’hôpital de Porcheval.
Le service de médecine interne a perdu six postes depuis janvier.
« On nous demande de faire plus avec moins », poursuit l’infirmière.
""",
        g("Nous fermons des lits", "On nous demande", accept=r"(?i)infirmière de l[’']hôpital"),
    ),
    case(
        "la-source-goes-to-the-last-anonymous-speaker",
        """
« Le ministère savait depuis janvier que les stocks de vaccins étaient insuffisants », a affirmé un haut fonctionnaire, qui a requis l’anonymat.
Le ministère n’a pas souhaité commenter.
« Les alertes sont restées lettre morte », a ajouté la source.
""",
        g("Le ministère savait", "Les alertes sont restées", accept=r"(?i)haut fonctionnaire"),
    ),
    case(
        "same-head-noun-not-most-recent",
        """
« Les salaires doivent suivre l’inflation », a déclaré un responsable syndical de la Sucrerie de Morlanges. « La trésorerie ne le permet pas », a répondu un cadre de la direction. « Les dividendes, eux, ont augmenté », a ajouté le responsable.
""",
        g("Les salaires doivent suivre", "Les dividendes, eux", accept=r"(?i)responsable syndical"),
        g("La trésorerie ne le permet pas", accept=r"(?i)cadre"),
    ),
    case(
        "le-cadre-after-a-named-speaker",
        """
« La direction prépare un plan social », a confié un cadre de la Sucrerie de Morlanges.
« Aucun licenciement n’est prévu », a démenti le directeur général, Philippe Armand.
« Les chiffres circulent déjà dans les bureaux », a insisté le cadre.
""",
        g("La direction prépare", "Les chiffres circulent", accept=r"(?i)cadre de la Sucrerie"),
        g("Aucun licenciement", accept=r"Philippe Armand"),
    ),
    case(
        "un-autre-responsable-is-someone-new",
        """
« La fusion est une bonne nouvelle pour les salariés », a assuré un responsable de Batimex.
« Personne ne nous a consultés », a objecté un autre responsable de l’entreprise.
""",
        g("La fusion est une bonne", accept=r"(?i)responsable de Batimex", reject=r"(?i)autre"),
        g("Personne ne nous a consultés", accept=r"(?i)autre responsable"),
    ),
    case(
        "un-autre-agriculteur-is-someone-new",
        """
« La grêle a détruit toute ma récolte », a raconté un agriculteur de Morlanges. « Chez moi, les vignes ont tenu », a nuancé un autre agriculteur du village.
""",
        g("La grêle a détruit", accept=r"(?i)agriculteur de Morlanges"),
        g("Chez moi, les vignes", accept=r"(?i)autre agriculteur"),
    ),
    case(
        "two-indefinites-same-noun-are-two-people",
        """
« Les prix vont encore grimper », a estimé un économiste. « Je prévois au contraire une baisse à l’automne », a répondu un économiste de la Banque régionale de Valbrune.
""",
        g("Les prix vont encore", accept=r"(?i)économiste"),
        g("Je prévois au contraire", accept=r"(?i)économiste de la Banque"),
    ),
    case(
        "three-speakers-interleaved",
        """
« Le marché couvert sera rénové en 2026 », a annoncé Bernard Quéméner, maire de Castelnoir.
« Nous attendons ce chantier depuis quinze ans », s’est réjouie Nadia Cherki, fromagère sur le marché.
« Les loyers des étals vont forcément augmenter », a averti un commerçant du marché.
« Les tarifs resteront inchangés », a assuré Quéméner.
« Je demande à voir », a répondu le commerçant.
""",
        g("Le marché couvert", "Les tarifs resteront", accept=r"Bernard Quéméner"),
        g("Nous attendons ce chantier", accept=r"Nadia Cherki"),
        g("Les loyers des étals", "Je demande à voir", accept=r"(?i)commerçant du marché"),
    ),
    # --- Organizations: full name, short form, acronym -----------------------------------------
    case(
        "org-acronym-in-parentheses",
        """
L’Union des commerçants indépendants (UCI) a dénoncé jeudi « une concurrence déloyale des plateformes en ligne ».
« Nos adhérents perdent des clients chaque mois », a ajouté l’UCI dans un communiqué.
""",
        g("une concurrence déloyale", "Nos adhérents perdent", accept=r"Union des commerçants indépendants"),
    ),
    case(
        "org-acronym-from-initials",
        """
« Le transport routier ne peut plus absorber la hausse du gazole », a estimé la Fédération régionale des transporteurs dans un communiqué.
La FRT a demandé que « l’État compense au moins la moitié de la hausse ».
""",
        g(
            "Le transport routier",
            "l’État compense",
            accept=r"Fédération régionale des transporteurs",
        ),
    ),
    case(
        "org-full-name-then-short-form",
        """
« Nous investirons 40 millions d’euros dans le site de Porcheval », a annoncé le groupe Batimex Construction.
Selon Batimex, « deux cents emplois seront créés d’ici 2027 ».
""",
        g("Nous investirons 40 millions", "deux cents emplois", accept=r"Batimex Construction"),
    ),
    case(
        "org-definite-description",
        """
Le Syndicat national des pharmaciens ruraux (SNPR) a dénoncé la fermeture de douze officines. « Les déserts pharmaceutiques s’étendent », a affirmé le syndicat.
« Les patients âgés sont les premiers touchés », a ajouté le SNPR.
""",
        g(
            "Les déserts pharmaceutiques",
            "Les patients âgés",
            accept=r"Syndicat national des pharmaciens ruraux",
        ),
    ),
    case(
        "org-and-its-director-are-two-sources",
        """
« Le site de Castelnoir ne fermera pas », a assuré la société Vélorail dans un communiqué.
« Nous cherchons un repreneur pour l’atelier », a indiqué Philippe Armand, directeur général de Vélorail.
""",
        g("Le site de Castelnoir", accept=r"Vélorail", reject=r"Armand"),
        g("Nous cherchons un repreneur", accept=r"Philippe Armand"),
    ),
    case(
        "two-orgs-with-acronyms",
        """
« Les négociations sont rompues », a annoncé l’Union des commerçants indépendants (UCI).
La Chambre des métiers de la Lizière (CML) a regretté « une décision précipitée ».
« Nous restons ouverts au dialogue », a assuré la CML.
« Le dialogue n’a mené à rien », a répliqué l’UCI.
""",
        g("Les négociations sont rompues", "Le dialogue n’a mené", accept=r"Union des commerçants|UCI"),
        g("une décision précipitée", "Nous restons ouverts", accept=r"Chambre des métiers|CML"),
    ),
    # --- Which mention names the source ---------------------------------------------------------
    case(
        "description-beats-pronoun",
        """
« On nous a demandé de ne rien dire aux familles », a raconté une aide-soignante de l’Ehpad des Glycines. « J’ai fini par démissionner », a-t-elle ajouté.
""",
        g("On nous a demandé", "J’ai fini par démissionner", accept=r"(?i)aide-soignante"),
    ),
    case(
        "description-beats-bare-name",
        """
« Nous travaillons à perte depuis deux ans », a expliqué le directeur de la coopérative laitière, M. Picard. « Le prix du lait doit être renégocié », a ajouté Picard.
""",
        g("Nous travaillons à perte", "Le prix du lait", accept=r"(?i)directeur de la coopérative"),
    ),
    case(
        "full-name-beats-later-description",
        """
« La saison touristique a été exceptionnelle », s’est félicité Grégoire Lemaire, directeur de l’office de tourisme de Sainte-Aveline.
« Les hôtels affichaient complet dès juin », a précisé le directeur.
""",
        g("La saison touristique", "Les hôtels affichaient", accept=r"Grégoire Lemaire"),
    ),
    case(
        "continuation-without-cue",
        """
« La piscine municipale fermera pour travaux le 1er juillet », a annoncé Sandrine Aubertin, adjointe aux sports. « Les cours de natation reprendront à la rentrée. »
""",
        g("La piscine municipale", "Les cours de natation", accept=r"Sandrine Aubertin"),
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_quotations_share_the_right_source_with_the_right_name(analyze_text, case: Case) -> None:
    analysis = analyze_text(case.text)
    by_id = {s.id: s for s in analysis.sources}
    seen: dict[str, Group] = {}
    for group in case.groups:
        source_ids = [analysis.quote_sources.get(quote_with(analysis, f).id) for f in group.fragments]
        names = [by_id[i].name if i in by_id else None for i in source_ids]
        assert None not in source_ids, f"unattributed quotation in {group.fragments}: sources {names}"
        assert len(set(source_ids)) == 1, f"{group.fragments} split over sources {names}"
        source_id = source_ids[0]
        assert source_id not in seen, (
            f"{group.fragments} and {seen[source_id].fragments} merged into « {by_id[source_id].name} »"
        )
        seen[source_id] = group
        name = by_id[source_id].name
        assert re.search(group.accept, name), f"source named « {name} », expected /{group.accept}/"
        if group.reject:
            assert not re.search(group.reject, name), f"source named « {name} », rejected /{group.reject}/"


@pytest.mark.parametrize("case", CASES)
def test_no_source_is_named_with_a_pronoun(analyze_text, case: Case) -> None:
    analysis = analyze_text(case.text)
    for source in analysis.sources:
        name = source.name.strip().lower()
        assert name not in PRONOUNS, f"source {source.id} named with a pronoun: « {source.name} »"
        assert "pronom" not in name, f"source {source.id} left as an unresolved pronoun: « {source.name} »"
        # The name is the most informative mention, so it is words of the article.
        assert source.name in case.text, f"source name « {source.name} » is not a mention in the text"
