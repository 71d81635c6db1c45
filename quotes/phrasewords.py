"""The word tables the noun-phrase reader uses: determiners, quantifiers, the words that stop a
phrase, subject pronouns, and the nouns after a speaker that tell when, how or to whom they spoke
rather than who they are; and the shape of a dotted abbreviation, which the spaCy adapter's
sentence splitter needs too (this module imports nothing of the package, so any layer may use it)."""

import regex

# « f.f », « a.i »: lower-case letters joined by full stops (the tokenizer keeps the last one apart).
DOTTED_ABBREVIATION = regex.compile(r"(?:[a-z]\.)+[a-z]")

# Feminine demonyms spelled like their country or region: « la Suisse » is the country.
PLACE_DEMONYMS = {"suisse", "corse"}
TITLE_ARTICLES = {"le", "la", "les", "l'", "l’"}

DETERMINER_WORDS = {
    "le",
    "la",
    "les",
    "l'",
    "l’",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "d’",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "mon",
    "ma",
    "mes",
    "notre",
    "nos",
    "votre",
    "vos",
    "plusieurs",
    "certains",
    "certaines",
    "quelques",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "tout",
    "tous",
    "toute",
    "toutes",
    "chaque",
    "aucun",
    "aucune",
}
QUANTIFIER_PRONOUNS = {
    "un",
    "une",
    "certains",
    "certaines",
    "plusieurs",
    "aucun",
    "aucune",
    "chacun",
    "chacune",
    "beaucoup",
    "nombre",
    "la plupart",
    "deux",
    "trois",
    "quatre",
    "cinq",
}
DE_WORDS = {"de", "d'", "d’", "du", "des"}
A_WORDS = {"à", "au", "aux"}

STOP_WORDS = {
    "qui",
    "que",
    "qu'",
    "qu’",
    "dont",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "où",
    "quand",
    "lorsque",
    "si",
    "car",
    "mais",
    "ou",
    "donc",
    "or",
    "ni",
}
SUBJECT_PRONOUNS = {
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "je",
    "j'",
    "j’",
    "nous",
    "vous",
    "tu",
    "lui",
    "eux",
    "celui-ci",
    "celle-ci",
    "ceux-ci",
    "celles-ci",
    "ce dernier",
    "cette dernière",
}


# Nouns after « à » that tell when or how someone spoke, not their portfolio (« la rectrice à
# l’issue de la rencontre », « le maire au micro de France Bleu »).
NOT_PORTFOLIOS = {
    *("issue", "cours", "sortie", "fin", "début", "occasion", "moment", "heure", "veille", "lendemain"),
    *("suite", "lieu", "micro", "antenne", "demande", "place", "côté", "image", "instar", "approche"),
    *("invitation", "initiative", "intention", "attention", "reprise", "ouverture", "clôture", "tribune"),
    *("barre", "audience", "arrivée", "sujet", "propos", "terme", "égard"),
    # the medium spoken to (« a expliqué un parent d’élève au site d’actualité »)
    *("site", "journal", "quotidien", "magazine", "média", "radio", "télévision", "chaîne", "presse"),
}
# Nouns of time that follow a speaker after a comma without describing them.
# (not « an », « mois »: « X, 63 ans » is an age)
TIME_NOUNS = {
    *("lendemain", "surlendemain", "veille", "jour", "matin", "soir", "nuit"),
    *("week-end", "midi", "après-midi", "journée", "soirée", "matinée"),
}
# « d’une voix blanche », « d’un ton sec »: the manner of speaking after a speaker.
MANNER_NOUNS = {"voix", "ton", "air", "trait", "coup"}
# Words that open a complement of the verb after a speaker's apposition.
COMPLEMENT_STARTS = {
    *("lors", "pendant", "durant", "devant", "dans", "sur", "depuis"),
    *("à", "au", "aux", "en", "après", "avant"),
}
