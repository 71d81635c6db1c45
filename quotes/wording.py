"""What the analyzer tells people, in French and in English.

Ratings and checks are worked out once, as codes with their arguments; this module
turns them into sentences in the reader's language. The JSON keeps the English
reasons (the contract's examples are English) and the French check messages.
"""

from __future__ import annotations

from collections.abc import Sequence

Lang = str

REASONS: dict[str, dict[str, str]] = {
    "full_name": {"en": "full name: {0}", "fr": "nom complet : {0}"},
    "described": {"en": "role or organization given: {0}", "fr": "fonction ou organisation donnée : {0}"},
    "full_name_alone": {
        "en": "full name, with no role or organization: {0}",
        "fr": "nom complet, sans fonction ni organisation : {0}",
    },
    "name": {"en": "name: {0}", "fr": "nom : {0}"},
    "first_name": {"en": "first name only: {0}", "fr": "prénom seulement : {0}"},
    "name_alone": {
        "en": "no first name, role or organization",
        "fr": "ni prénom, ni fonction, ni organisation",
    },
    "organization": {
        "en": "an organization speaking in its own name: {0}",
        "fr": "une organisation qui parle en son nom : {0}",
    },
    "office": {
        "en": "official speaking for an institution: {0}",
        "fr": "responsable qui parle pour une institution : {0}",
    },
    "no_name": {"en": "no proper name", "fr": "aucun nom propre"},
    "group": {"en": "an uncounted group", "fr": "un groupe sans nombre précis"},
    "relationship": {"en": "relationship to the subject: {0}", "fr": "lien avec le sujet : {0}"},
    "events": {"en": "relationship to the events: {0}", "fr": "lien avec les faits : {0}"},
    "member": {
        "en": "an unnamed member of a named organization: {0}",
        "fr": "un membre non nommé d’une organisation nommée : {0}",
    },
    "role": {"en": "role given: {0}", "fr": "fonction donnée : {0}"},
    "document": {
        "en": "a document with no named author: {0}",
        "fr": "un document sans auteur nommé : {0}",
    },
    "field": {"en": "field given: {0}", "fr": "domaine donné : {0}"},
    "place": {"en": "place given: {0}", "fr": "lieu donné : {0}"},
    "basis": {"en": "basis given: {0}", "fr": "source de ses informations : {0}"},
    "proximity": {"en": "only a vague proximity: {0}", "fr": "seulement une proximité vague : {0}"},
    "vague": {"en": "only a vague description", "fr": "seulement une description vague"},
    "reason_given": {
        "en": "reason for anonymity given: « {0} »",
        "fr": "raison de l’anonymat donnée : « {0} »",
    },
    "reason_stock": {
        "en": "reason for anonymity given: « {0} » (stock phrase)",
        "fr": "raison de l’anonymat donnée : « {0} » (formule toute faite)",
    },
    "no_reason": {"en": "no reason for anonymity stated", "fr": "aucune raison donnée à l’anonymat"},
    "unattributed": {"en": "no speaker in the text", "fr": "personne n’est nommé dans le texte"},
}

CHECKS: dict[str, dict[str, tuple[str, str]]] = {
    "bare-source": {
        "fr": (
            "Source anonyme sans aucune précision",
            "« {source} » ({where}) : rien ne dit qui est cette source ni ce qui la rend crédible.",
        ),
        "en": (
            "A bare anonymous source",
            "« {source} » ({where}): nothing says who this source is or why it is credible.",
        ),
    },
    "no-reason": {
        "fr": (
            "Anonymat non justifié",
            "« {source} » est cité·e sans nom ({where}) et l’article ne dit pas pourquoi l’anonymat a été "
            "accordé.",
        ),
        "en": (
            "Anonymity not explained",
            "« {source} » is quoted without a name ({where}) and the article does not say why anonymity was "
            "granted.",
        ),
    },
    "boilerplate-reason": {
        "fr": (
            "Justification de l’anonymat toute faite",
            "Pour « {source} » ({where}), l’article se contente de « {reason} » sans dire pourquoi cette "
            "personne ne peut pas être nommée.",
        ),
        "en": (
            "A stock reason for anonymity",
            "For « {source} » ({where}), the article only says « {reason} », not why this person cannot be "
            "named.",
        ),
    },
    "no-relationship": {
        "fr": (
            "Lien avec les faits non précisé",
            "« {source} » ({where}) : l’article ne dit pas quel est son lien avec le sujet ni comment cette "
            "source sait ce qu’elle affirme.",
        ),
        "en": (
            "No relationship or basis of knowledge",
            "« {source} » ({where}): the article does not say how this source is connected to the story or "
            "how it knows what it says.",
        ),
    },
    "anonymous-opinion": {
        "fr": (
            "Jugement anonyme sur une personne nommée",
            "« {source} », anonyme, porte un jugement sur une personne nommée ({where}) : « {quote} ».",
        ),
        "en": (
            "An anonymous judgement of a named person",
            "« {source} », anonymous, passes judgement on a named person ({where}): « {quote} ».",
        ),
    },
    "plural-single": {
        "fr": (
            "Pluriel trompeur",
            "« {source} » est au pluriel, mais la citation ({where}) parle à la première personne du "
            "singulier : une seule personne semble avoir parlé.",
        ),
        "en": (
            "Plural wording behind one speaker",
            "« {source} » is plural, but the quotation ({where}) speaks in the first person singular: one "
            "person seems to have spoken.",
        ),
    },
    "single-anonymous": {
        "fr": (
            "Affirmation reposant sur une seule source anonyme",
            "« {quote} » ({where}) ne repose que sur « {source} », sans autre source dans le même passage.",
        ),
        "en": (
            "A claim resting on one anonymous source",
            "« {quote} » ({where}) rests only on « {source} », with no other source in the same passage.",
        ),
    },
    "anonymous-first": {
        "fr": (
            "Première citation anonyme",
            "La première citation de l’article ({where}) vient d’une source anonyme, « {source} ».",
        ),
        "en": (
            "An anonymous first quotation",
            "The article's first quotation ({where}) comes from an anonymous source, « {source} ».",
        ),
    },
    "unattributed-first": {
        "fr": (
            "Première citation anonyme",
            "La première citation de l’article ({where}) vient de personne : elle n’est pas attribuée.",
        ),
        "en": (
            "An anonymous first quotation",
            "The article's first quotation ({where}) comes from nobody: it is not attributed.",
        ),
    },
    "unattributed": {
        "fr": ("Citation non attribuée", "« {quote} » ({where}) : l’article ne dit pas qui parle."),
        "en": (
            "An unattributed quotation",
            "« {quote} » ({where}): the article does not say who is speaking.",
        ),
    },
    "only-anonymous": {
        "fr": (
            "Article fondé uniquement sur des sources anonymes",
            "Aucune citation de l’article ne vient d’une source identifiée.",
        ),
        "en": (
            "An article resting only on anonymous sources",
            "No quotation in the article comes from an identified source.",
        ),
    },
}

WHERE = {"fr": "paragraphe {0}", "en": "paragraph {0}"}


def reason_text(code: str, args: Sequence[str], lang: Lang = "en") -> str:
    """One reason behind a level, in ``lang``."""
    return REASONS[code][lang].format(*args)


def check_texts(wording: str, params: dict[str, str], lang: Lang = "fr") -> tuple[str, str]:
    """The title and message of a check's finding, in ``lang``."""
    title, message = CHECKS[wording][lang]
    values = dict(params)
    if "paragraph" in values:
        values["where"] = WHERE[lang].format(values["paragraph"])
    return title, message.format(**values)
