"""Class exercises: a worksheet to fill in, the answer key, and the grading of students' answer sheets.

``write_exercise`` turns an analysis into ``worksheet.html`` (the article with each
quotation numbered and nothing else), ``answers.csv`` (the blank answer sheet),
``key.json`` (the analyzer's answers, which the teacher may edit) and ``key.html``.
``grade_files`` reads a key and the students' answer sheets and says, per quotation,
right, close or wrong, and why; it writes one ``feedback.html`` per student and
``grades.csv`` for the class.

The worksheet asks about direct and partial quotations (the words between quote
marks); ``indirect=True`` adds the reported speech that no quotation on the sheet
already covers. A student is the ``élève``/``student`` column of the answer sheet
when it is filled in, else the file name without its extension.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .anonymity import LEVEL_LABELS_FR, LEVEL_NAMES
from .errors import ExerciseError
from .files import spreadsheet_safe, write_atomically
from .lexicon import titles
from .model import Analysis, Quote, Source, Span
from .paragraphs import split_paragraphs

KEY_SCHEMA = "quotes/exercise-key@1"
ASKED_KINDS = ("direct", "partial")
ANSWER_SUFFIXES = {".csv", ".tsv"}
CHECK_BELOW = 0.7  # attributions less sure than this are flagged « to check » on the key page
EXCERPT_CHARS = 60
# Answer sheets are small; anything bigger is not one (a workbook, a whole export…).
MAX_SHEET_BYTES = 1024 * 1024

KEY_HELP = (
    "Edit this file to change the key, then run quotes grade again. "
    "To change who speaks in a quotation, set its 'source' to another key of 'sources' "
    "(add a source if needed: speaker, level, and name for a named person), or to null "
    "when nobody is named. Change a source's 'level' (a number 0-7, or [low, high] when "
    "two levels are both right); a quotation may carry its own 'level' too. "
    "'reason_given' is true or false when the answer is graded, null when it is not. "
    "'accept' lists other answers that count as naming the source. "
    "Delete a quotation to leave it out of the grading."
)

LABELS: dict[str, dict[str, Any]] = {
    "fr": {
        "lang": "fr",
        "worksheet_title": "Exercice : qui parle ?",
        "key_title": "Corrigé",
        "feedback_title": "Correction",
        "name_line": "Nom",
        "class_line": "Classe",
        "date_line": "Date",
        "instructions": (
            "Chaque citation de l’article porte un numéro. Pour chacune, indiquez dans le tableau :",
            "qui parle : la source telle que l’article la désigne (pas un pronom) ; "
            "« personne » si l’article ne dit pas qui parle ;",
            "son niveau d’identification, de 0 à 7 (voir l’échelle) ;",
            "pour une source anonyme (niveaux 3 à 6) : l’article dit-il pourquoi elle est anonyme ? "
            "(oui / non ; laissez vide pour les autres).",
        ),
        "computer": "Sur ordinateur : remplissez le fichier answers.csv (une ligne par citation), "
        "écrivez votre nom dans la colonne « élève » et rendez le fichier.",
        "scale_title": "L’échelle d’identification",
        "scale": (
            (
                "identifiée",
                "nom complet avec une fonction ou une organisation",
                "Jeanne Martin, maire de Lille",
            ),
            ("partiellement nommée", "un nom seul, un prénom, un pseudonyme", "Marie, 34 ans"),
            (
                "institutionnelle",
                "une organisation nommée qui parle en son nom, ou son porte-parole",
                "la préfecture a indiqué…",
            ),
            ("relationnelle", "sans nom, avec un lien précis avec le sujet", "un collègue du ministre"),
            ("catégorielle", "sans nom, décrite par un métier, un domaine ou un lieu", "un avocat parisien"),
            ("vague", "une simple proximité, ou « une source »", "une source proche du dossier"),
            ("collective", "un groupe non dénombré", "certains observateurs"),
            ("non attribuée", "l’article ne dit pas qui parle", ""),
        ),
        "article": "L’article",
        "answers_title": "Réponses",
        "col_number": "N°",
        "col_excerpt": "Début de la citation",
        "col_speaker": "Qui parle ?",
        "col_level": "Niveau (0–7)",
        "col_reason": "Anonyme : raison donnée ? (oui / non)",
        "print": "Imprimer",
        "key_intro": "Les réponses de l’analyseur, avec ses raisons. Relisez-les avant de corriger : "
        "pour changer une réponse, modifiez key.json (voir le champ « help ») puis relancez "
        "quotes grade.",
        "col_kind": "Type",
        "col_source": "Source (key.json)",
        "col_accept": "Réponses acceptées",
        "col_reasons": "Raisons de l’analyseur",
        "to_check": "à vérifier",
        "nobody": "personne",
        "surname_note": "le nom de famille seul est accepté",
        "yes": "oui",
        "no": "non",
        "not_graded": "—",
        "kinds": {"direct": "directe", "partial": "partielle", "indirect": "indirecte"},
        "generated": "Produit par quotes le",
        "parser": "Analyse",
        "your_answer": "Votre réponse",
        "short_level": "niveau",
        "short_reason": "raison donnée",
        "key_answer": "Corrigé",
        "verdict": "Résultat",
        "explanation": "Explication",
        "score": "Note",
        "points": "points",
        "remarks": "Remarques sur votre fichier",
        "no_answer": "pas de réponse",
        "verdicts": {"right": "juste", "close": "proche", "wrong": "faux"},
        "counts": "{right} justes, {close} proches, {wrong} faux",
        "score_line": "{points} / {max} points, {grade}/20",
        # explanations: one line per quotation
        "sp_same": "qui parle : {speaker}",
        "sp_right": "qui parle : « {answer} » désigne bien {speaker}",
        "sp_nobody_right": "qui parle : personne, en effet",
        "sp_blank": "qui parle : pas de réponse ; c’est {speaker}",
        "sp_said_nobody": "qui parle : l’article le dit, c’est {speaker}",
        "sp_pronoun": "qui parle : « {answer} » est un pronom ; il faut nommer la source : {speaker}",
        "sp_other": "qui parle : « {answer} » est une autre source de l’article ; ici, c’est {speaker}",
        "sp_unknown": "qui parle : « {answer} » ne désigne pas {speaker}",
        "sp_near": "qui parle : « {answer} » ressemble à {speaker} sans le désigner exactement (à vérifier)",
        "sp_named_nobody": "qui parle : l’article ne dit pas qui parle (pas « {answer} »)",
        "lv_right": "niveau {level} ({label})",
        "lv_close": "niveau {answer} ({answer_label}) au lieu de {level} ({label}), à un près",
        "lv_wrong": "niveau {answer} ({answer_label}) au lieu de {level} ({label})",
        "lv_blank": "niveau : pas de réponse ; c’est {level} ({label})",
        "rs_right_yes": "raison donnée : oui",
        "rs_right_no": "raison donnée : non, en effet",
        "rs_wrong_yes": "raison : l’article la donne",
        "rs_wrong_no": "raison : l’article ne dit pas pourquoi la source est anonyme",
        "rs_blank": "raison : pas de réponse ; c’est {answer}",
        "nothing": "pas de réponse",
        "or": "ou",
        "joiner": " ; ",
        # problems in an answer sheet
        "line": "ligne",
        "lines": "lignes",
        "p_unreadable": "ne peut pas être lu ({error})",
        "p_empty": "le fichier est vide",
        "p_too_big": "{size} Ko : ce n’est pas une feuille de réponses",
        "p_binary": "c’est {what}, pas un fichier CSV : enregistrez-le au format « CSV UTF-8 »",
        "p_encoding": "n’est ni en UTF-8 ni en Windows-1252 : enregistrez-le au format « CSV UTF-8 »",
        "p_cp1252": "lu en Windows-1252 (l’encodage d’Excel), pas en UTF-8 ; "
        "vérifiez les accents, ou enregistrez au format « CSV UTF-8 »",
        "p_no_header": "pas de ligne d’en-tête : la première ligne doit nommer les colonnes ({columns})",
        "p_missing_columns": "colonne(s) manquante(s) : {missing} ; les colonnes attendues sont {columns}",
        "p_duplicate_column": "la colonne « {column} » apparaît deux fois",
        "p_unknown_columns": "colonne(s) ignorée(s) : {columns}",
        "p_no_answers": "aucune réponse dans ce fichier (est-ce la feuille vierge answers.csv ?)",
        "p_blank_lines": "lignes vides, ignorées",
        "p_too_many_cells": "{cells} cases pour {columns} colonnes : une réponse contient-elle "
        "« {delimiter} » ? Mettez-la entre guillemets droits",
        "p_no_number": "pas de numéro de citation",
        "p_bad_number": "« {value} » n’est pas un numéro de citation",
        "p_unknown_number": "il n’y a pas de citation {number} (la feuille va de 1 à {count})",
        "p_dropped": "la citation {number} a été retirée du corrigé : réponse non notée",
        "p_duplicate": "la citation {number} a déjà une réponse ligne {first} ; seule la première est notée",
        "p_bad_level": "« {value} » n’est pas un niveau : écrivez un nombre de 0 à 7",
        "p_level_range": "le niveau {value} n’existe pas : l’échelle va de 0 à 7",
        "p_bad_reason": "« {value} » : répondez oui ou non",
        "p_two_students": "élève « {other} » ici, mais « {student} » ligne {first} : "
        "un fichier par élève ; noté comme « {student} »",
        "p_same_student": "même élève que {other} : noté comme « {student} »",
        "not_graded_status": "non noté : {message}",
        "not_graded_line": "{student} ({path}) : non noté, voir le message d’erreur",
        "csv_headers": ("numéro", "début de la citation", "qui parle", "niveau", "raison donnée", "élève"),
        "grades_headers": (
            "élève",
            "fichier",
            "points",
            "sur",
            "note /20",
            "justes",
            "proches",
            "faux",
            "remarques",
        ),
        "delimiter": ";",
        "decimal": ",",
    },
    "en": {
        "lang": "en",
        "worksheet_title": "Exercise: who is speaking?",
        "key_title": "Answer key",
        "feedback_title": "Feedback",
        "name_line": "Name",
        "class_line": "Class",
        "date_line": "Date",
        "instructions": (
            "Each quotation in the article has a number. For each one, write in the table:",
            "who is speaking: the source as the article names it (not a pronoun); "
            "“nobody” when the article does not say who speaks;",
            "how identified the source is, from 0 to 7 (see the scale);",
            "for an anonymous source (levels 3 to 6): does the article say why it is anonymous? "
            "(yes / no; leave it empty for the others).",
        ),
        "computer": "On a computer: fill in answers.csv (one row per quotation), write your name in "
        "the “student” column and hand in the file.",
        "scale_title": "The identification scale",
        "scale": (
            ("identified", "full name with a role or an organization", "Jane Martin, mayor of Lille"),
            ("partly named", "a name alone, a first name, a pseudonym", "Marie, 34"),
            (
                "institutional",
                "a named organization speaking in its own name, or its spokesperson",
                "the prefecture said…",
            ),
            ("relational", "unnamed, with a specific link to the subject", "a colleague of the minister"),
            ("categorical", "unnamed, described by a job, a field or a place", "a Paris lawyer"),
            ("vague", "only a vague closeness, or “a source”", "a source close to the case"),
            ("collective", "an uncounted group", "some observers"),
            ("unattributed", "the article does not say who speaks", ""),
        ),
        "article": "The article",
        "answers_title": "Answers",
        "col_number": "No.",
        "col_excerpt": "Start of the quotation",
        "col_speaker": "Who is speaking?",
        "col_level": "Level (0–7)",
        "col_reason": "Anonymous: reason given? (yes / no)",
        "print": "Print",
        "key_intro": "The analyzer's answers, with its reasons. Read them before grading: to change an "
        "answer, edit key.json (see its “help” field) and run quotes grade again.",
        "col_kind": "Kind",
        "col_source": "Source (key.json)",
        "col_accept": "Accepted answers",
        "col_reasons": "The analyzer's reasons",
        "to_check": "to check",
        "nobody": "nobody",
        "surname_note": "the surname alone is accepted",
        "yes": "yes",
        "no": "no",
        "not_graded": "—",
        "kinds": {"direct": "direct", "partial": "partial", "indirect": "indirect"},
        "generated": "Made by quotes on",
        "parser": "Parser",
        "your_answer": "Your answer",
        "short_level": "level",
        "short_reason": "reason given",
        "key_answer": "Key",
        "verdict": "Result",
        "explanation": "Explanation",
        "score": "Score",
        "points": "points",
        "remarks": "About your file",
        "no_answer": "no answer",
        "verdicts": {"right": "right", "close": "close", "wrong": "wrong"},
        "counts": "{right} right, {close} close, {wrong} wrong",
        "score_line": "{points} / {max} points, {grade}%",
        "sp_same": "speaker: {speaker}",
        "sp_right": "speaker: “{answer}” is indeed {speaker}",
        "sp_nobody_right": "speaker: nobody, indeed",
        "sp_blank": "speaker: no answer; it is {speaker}",
        "sp_said_nobody": "speaker: the article says who it is: {speaker}",
        "sp_pronoun": "speaker: “{answer}” is a pronoun; name the source: {speaker}",
        "sp_other": "speaker: “{answer}” is another source in the article; here it is {speaker}",
        "sp_unknown": "speaker: “{answer}” does not name {speaker}",
        "sp_near": "speaker: “{answer}” looks like {speaker} but does not name it exactly (to check)",
        "sp_named_nobody": "speaker: the article does not say who speaks (not “{answer}”)",
        "lv_right": "level {level} ({label})",
        "lv_close": "level {answer} ({answer_label}) instead of {level} ({label}), one away",
        "lv_wrong": "level {answer} ({answer_label}) instead of {level} ({label})",
        "lv_blank": "level: no answer; it is {level} ({label})",
        "rs_right_yes": "reason given: yes",
        "rs_right_no": "reason given: no, indeed",
        "rs_wrong_yes": "reason: the article gives one",
        "rs_wrong_no": "reason: the article does not say why the source is anonymous",
        "rs_blank": "reason: no answer; it is {answer}",
        "nothing": "no answer",
        "or": "or",
        "joiner": "; ",
        "line": "line",
        "lines": "lines",
        "p_unreadable": "cannot be read ({error})",
        "p_empty": "the file is empty",
        "p_too_big": "{size} KB: this is not an answer sheet",
        "p_binary": "this is {what}, not a CSV file: save it as “CSV UTF-8”",
        "p_encoding": "is neither UTF-8 nor Windows-1252: save it as “CSV UTF-8”",
        "p_cp1252": "read as Windows-1252 (Excel's encoding), not UTF-8; check the accents, "
        "or save it as “CSV UTF-8”",
        "p_no_header": "no header row: the first line must name the columns ({columns})",
        "p_missing_columns": "missing column(s): {missing}; the columns are {columns}",
        "p_duplicate_column": "the column “{column}” appears twice",
        "p_unknown_columns": "column(s) ignored: {columns}",
        "p_no_answers": "no answer in this file (is it the blank answers.csv?)",
        "p_blank_lines": "empty rows, skipped",
        "p_too_many_cells": "{cells} cells for {columns} columns: does an answer contain "
        "“{delimiter}”? Put it in straight double quotes",
        "p_no_number": "no quotation number",
        "p_bad_number": "“{value}” is not a quotation number",
        "p_unknown_number": "there is no quotation {number} (the worksheet numbers 1 to {count})",
        "p_dropped": "quotation {number} was dropped from the key: the answer is not graded",
        "p_duplicate": "quotation {number} is already answered on line {first}; only the first is graded",
        "p_bad_level": "“{value}” is not a level: write a number from 0 to 7",
        "p_level_range": "there is no level {value}: the scale goes from 0 to 7",
        "p_bad_reason": "“{value}”: answer yes or no",
        "p_two_students": "student “{other}” here but “{student}” on line {first}: one file per "
        "student; graded as “{student}”",
        "p_same_student": "same student as {other}: graded as “{student}”",
        "not_graded_status": "not graded: {message}",
        "not_graded_line": "{student} ({path}): not graded, see the error message",
        "csv_headers": ("number", "start of the quotation", "speaker", "level", "reason given", "student"),
        "grades_headers": (
            "student",
            "file",
            "points",
            "out of",
            "percent",
            "right",
            "close",
            "wrong",
            "remarks",
        ),
        "delimiter": ",",
        "decimal": ".",
    },
}

# Column names an answer sheet may use, after _header_key (lower case, no accents).
COLUMNS = {
    "number": {"numero", "n", "no", "num", "nr", "number", "numero de la citation", "citation no", "id"},
    "speaker": {"qui parle", "source", "locuteur", "locutrice", "speaker", "who is speaking", "who speaks"},
    "level": {"niveau", "niv", "level", "niveau 0 7", "level 0 7"},
    "reason": {
        "raison donnee",
        "raison",
        "raison de l anonymat",
        "raison de l anonymat donnee",
        "anonyme raison donnee",
        "reason",
        "reason given",
        "anonymous reason given",
    },
    "student": {"eleve", "etudiant", "etudiante", "nom", "student", "name"},
    "excerpt": {
        "debut de la citation",
        "citation",
        "extrait",
        "texte",
        "excerpt",
        "quotation",
        "start of the quotation",
    },
}
REQUIRED = ("number", "speaker", "level", "reason")

YES = {"oui", "o", "yes", "y", "vrai", "true", "1", "x"}
NO = {"non", "n", "no", "faux", "false", "0"}
# Answers that say « nobody is named », compared after _plain.
NOBODY = {
    "personne",
    "aucun",
    "aucune",
    "nul",
    "inconnu",
    "inconnue",
    "non attribue",
    "non attribuee",
    "non attribuees",
    "non attribues",
    "pas de source",
    "aucune source",
    "sans source",
    "n a",
    "na",
    "nobody",
    "no one",
    "none",
    "unknown",
    "unattributed",
    "no source",
}
PRONOUNS = {
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "lui",
    "eux",
    "celui ci",
    "celle ci",
    "ceux ci",
    "celles ci",
    "celui la",
    "celle la",
    "ce dernier",
    "cette derniere",
    "ces derniers",
    "ces dernieres",
    "je",
    "j",
    "moi",
    "nous",
    "vous",
    "tu",
    "he",
    "she",
    "they",
    "him",
    "her",
    "them",
    "it",
}
# Ignored anywhere in a speaker answer: « l’un des partenaires » = « un partenaire »… is not
# claimed, but « les experts du secteur » = « experts du secteur » is.
DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "the", "a", "an"}
EXTRA_TITLES = {"mr", "mrs", "ms", "miss", "prof", "professor", "doctor", "sir"}
_WORD = re.compile(r"\w+")
# Where a name ends and its apposition starts: « Gupta, chercheur à Berkeley », « Gupta (Berkeley) ».
_APPOSITION = re.compile(r"\s*[,(;:–—]\s*|\s+-\s+")
# « 3 », « 3.0 » (Excel), « niveau 3 », « 3 - relationnelle », « 3 (relationnelle) »; not « 3,5 » nor « 3-4 ».
_LEVEL = re.compile(
    r"^(?:niveau|niv\.?|level)?\s*(-?\d+)(?:[.,]0+)?(?:\s*[-–—:(/]\D*|\s+[^\W\d_]\D*)?\s*$", re.I
)
_NUMBER = re.compile(r"^(?:n[°o]?\.?|#|q)?\s*(-?\d+)(?:[.,]0+)?\.?$", re.I)


# --- the key ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeySource:
    """A speaker in the key, with what counts as naming them, their level, and why."""

    id: str
    speaker: str
    level: tuple[int, int]
    name: str | None = None
    kind: str | None = None
    accept: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    reason_given: bool | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class KeyQuotation:
    """One numbered quotation of the worksheet and who says it (``source`` None: nobody is named)."""

    number: int
    text: str
    source: str | None
    id: str = ""
    kind: str = "direct"
    paragraph: int = 0
    cue: str | None = None
    confidence: float | None = None
    start: int | None = None
    end: int | None = None
    level: tuple[int, int] | None = None
    reason_given: bool | None = None


@dataclass(frozen=True, slots=True)
class Key:
    """The answers a worksheet is graded against: the analyzer's, as the teacher left them."""

    article: str
    title: str | None
    lang: str
    parser: str
    count: int
    kinds: tuple[str, ...]
    quotations: tuple[KeyQuotation, ...]
    sources: dict[str, KeySource]

    def source_of(self, quotation: KeyQuotation) -> KeySource | None:
        return self.sources[quotation.source] if quotation.source is not None else None

    def level_of(self, quotation: KeyQuotation) -> tuple[int, int]:
        """The accepted level range: the quotation's own, its source's, or 7 when nobody speaks."""
        if quotation.level is not None:
            return quotation.level
        source = self.source_of(quotation)
        return source.level if source is not None else (7, 7)

    def reason_of(self, quotation: KeyQuotation) -> bool | None:
        """Whether the article gives a reason for anonymity; None when that is not asked."""
        if quotation.reason_given is not None:
            return quotation.reason_given
        source = self.source_of(quotation)
        return source.reason_given if source is not None else None


def select_quotes(analysis: Analysis, *, indirect: bool = False) -> tuple[Quote, ...]:
    """The quotations the worksheet asks about, in the article's order.

    Direct and partial quotations always; with ``indirect``, the reported speech that
    does not overlap one of them (« a déclaré que son équipe « ne comptait pas… » » is
    asked once, as the partial quotation).
    """
    marked = [q for q in analysis.quotes if q.kind in ASKED_KINDS]
    chosen = list(marked)
    if indirect:
        outers = [_outer(q) for q in marked]
        chosen += [
            q for q in analysis.quotes if q.kind == "indirect" and not any(o.overlaps(q.span) for o in outers)
        ]
    return tuple(sorted(chosen, key=lambda q: (_outer(q).start, -_outer(q).end)))


def build_key(analysis: Analysis, *, lang: str = "fr", indirect: bool = False) -> Key:
    """The analyzer's answers for the worksheet's quotations."""
    text = analysis.article.text
    paragraphs = split_paragraphs(text)
    asked = select_quotes(analysis, indirect=indirect)
    by_id = {s.id: s for s in analysis.sources}
    sources: dict[str, KeySource] = {}
    quotations = []
    for number, q in enumerate(asked, start=1):
        source_id = analysis.quote_sources.get(q.id)
        if source_id is not None and source_id not in sources:
            sources[source_id] = _key_source(analysis, by_id[source_id])
        quotations.append(
            KeyQuotation(
                number=number,
                text=q.text,
                source=source_id,
                id=q.id,
                kind=q.kind,
                paragraph=_paragraph_number(paragraphs, q.span.start),
                cue=q.cue.text if q.cue else None,
                confidence=round(q.confidence, 2),
                start=q.span.start,
                end=q.span.end,
            )
        )
    return Key(
        article=analysis.article.name,
        title=analysis.article.title,
        lang=lang,
        parser=f"{analysis.parser.name} {analysis.parser.version} ({analysis.parser.model})",
        count=len(quotations),
        kinds=ASKED_KINDS + (("indirect",) if indirect else ()),
        quotations=tuple(quotations),
        sources=sources,
    )


def _key_source(analysis: Analysis, source: Source) -> KeySource:
    text = analysis.article.text
    rating = analysis.ratings[source.id]
    names = [
        text[m.name.start : m.name.end] if m.name else m.text for m in source.mentions if m.kind == "name"
    ]
    name = max(names, key=len) if names else None
    accept: list[str] = []
    seen = {speaker_key(source.name)}
    for m in source.mentions:
        candidates = [m.text] if m.kind != "pronoun" else []
        if m.name is not None and m.kind != "pronoun":
            candidates.append(text[m.name.start : m.name.end])
        for candidate in candidates:
            k = speaker_key(candidate)
            if k and k not in seen:
                seen.add(k)
                accept.append(candidate)
    anonymous = 3 <= rating.level <= 6
    return KeySource(
        id=source.id,
        speaker=source.name,
        level=(rating.level, rating.level),
        name=name,
        kind=source.kind,
        accept=tuple(accept),
        reasons=rating.reasons,
        reason_given=(rating.anonymity_reason is not None) if anonymous else None,
        reason=rating.anonymity_reason,
    )


def key_to_json(key: Key) -> dict[str, Any]:
    """The key as ``key.json`` holds it: what the teacher reads and edits."""

    def level(value: tuple[int, int]) -> int | list[int]:
        return value[0] if value[0] == value[1] else [value[0], value[1]]

    quotations = []
    for q in key.quotations:
        item: dict[str, Any] = {
            "number": q.number,
            "source": q.source,
            "kind": q.kind,
            "text": q.text,
            "paragraph": q.paragraph,
            "id": q.id,
            "cue": q.cue,
            "confidence": q.confidence,
            "start": q.start,
            "end": q.end,
        }
        if q.level is not None:
            item["level"] = level(q.level)
        if q.reason_given is not None:
            item["reason_given"] = q.reason_given
        quotations.append(item)
    return {
        "schema": KEY_SCHEMA,
        "help": KEY_HELP,
        "article": key.article,
        "title": key.title,
        "lang": key.lang,
        "parser": key.parser,
        "worksheet": {"count": key.count, "kinds": list(key.kinds)},
        "quotations": quotations,
        "sources": {
            s.id: {
                "speaker": s.speaker,
                "name": s.name,
                "kind": s.kind,
                "level": level(s.level),
                "level_name": _level_labels(s.level, "en"),
                "reason_given": s.reason_given,
                "reason": s.reason,
                "accept": list(s.accept),
                "reasons": list(s.reasons),
            }
            for s in key.sources.values()
        },
    }


def read_key(path: Path) -> Key:
    """Read and check a ``key.json``, as written by ``quotes exercise`` and maybe edited since."""
    origin = str(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ExerciseError(
            f"{origin}: does not exist (write it with quotes exercise ARTICLE -o DIR)"
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ExerciseError(f"{origin}: cannot be read as a UTF-8 key file ({err})") from None
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ExerciseError(
            f"{origin}, line {err.lineno}: not valid JSON ({err.msg}, column {err.colno}); "
            "fix it, or write the key again with quotes exercise"
        ) from None
    return key_from_json(obj, origin=origin)


def key_from_json(obj: Any, *, origin: str = "key.json") -> Key:
    """A ``Key`` from the parsed JSON, with a message naming the file and the entry when it is wrong."""

    def fail(message: str) -> ExerciseError:
        return ExerciseError(f"{origin}: {message}")

    if not isinstance(obj, dict) or not isinstance(obj.get("quotations"), list):
        raise fail("not an exercise key: it has no 'quotations' list (write it with quotes exercise)")
    raw_sources = obj.get("sources") or {}
    if not isinstance(raw_sources, dict):
        raise fail("'sources' must be an object whose keys are source ids")
    sources: dict[str, KeySource] = {}
    for sid, entry in raw_sources.items():
        where = f"source '{sid}'"
        if not isinstance(entry, dict):
            raise fail(f"{where} must be an object")
        speaker = entry.get("speaker")
        if not isinstance(speaker, str) or not speaker.strip():
            raise fail(f"{where} has no 'speaker' (the name a student should give)")
        name = entry.get("name")
        if name is not None and not isinstance(name, str):
            raise fail(f"{where}: 'name' must be text or null")
        accept = entry.get("accept") or []
        if not isinstance(accept, list) or not all(isinstance(a, str) for a in accept):
            raise fail(f"{where}: 'accept' must be a list of texts")
        reasons = entry.get("reasons") or []
        reason = entry.get("reason")
        sources[sid] = KeySource(
            id=sid,
            speaker=speaker.strip(),
            level=_parse_key_level(entry.get("level"), fail, where, required=True) or (7, 7),
            name=name.strip() if isinstance(name, str) and name.strip() else None,
            kind=entry.get("kind") if isinstance(entry.get("kind"), str) else None,
            accept=tuple(a.strip() for a in accept if a.strip()),
            reasons=tuple(str(r) for r in reasons) if isinstance(reasons, list) else (),
            reason_given=_parse_key_bool(entry.get("reason_given"), fail, where),
            reason=reason if isinstance(reason, str) else None,
        )
    quotations: list[KeyQuotation] = []
    seen: set[int] = set()
    for i, entry in enumerate(obj["quotations"], start=1):
        if not isinstance(entry, dict):
            raise fail(f"entry {i} of 'quotations' must be an object")
        number = entry.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            raise fail(f"entry {i} of 'quotations' needs a 'number' (1, 2, …)")
        where = f"quotation {number}"
        if number in seen:
            raise fail(f"{where} appears twice")
        seen.add(number)
        source = entry.get("source")
        if source is not None and (not isinstance(source, str) or source not in sources):
            known = ", ".join(sources) or "none"
            raise fail(f"{where}: source {source!r} is not in 'sources' (known: {known}); null means nobody")
        text = entry.get("text")
        confidence = entry.get("confidence")
        quotations.append(
            KeyQuotation(
                number=number,
                text=text if isinstance(text, str) else "",
                source=source,
                id=str(entry.get("id") or f"n{number}"),
                kind=str(entry.get("kind") or "direct"),
                paragraph=_int_or(entry.get("paragraph"), 0),
                cue=entry.get("cue") if isinstance(entry.get("cue"), str) else None,
                confidence=float(confidence) if isinstance(confidence, int | float) else None,
                start=entry.get("start") if isinstance(entry.get("start"), int) else None,
                end=entry.get("end") if isinstance(entry.get("end"), int) else None,
                level=_parse_key_level(entry.get("level"), fail, where, required=False),
                reason_given=_parse_key_bool(entry.get("reason_given"), fail, where),
            )
        )
    if not quotations:
        raise fail("no quotation left to grade")
    worksheet = obj.get("worksheet")
    if not isinstance(worksheet, dict):
        worksheet = {}
    count = worksheet.get("count")
    biggest = max(q.number for q in quotations)
    count = count if isinstance(count, int) and count >= biggest else biggest
    lang = obj["lang"] if isinstance(obj.get("lang"), str) and obj["lang"] in LABELS else "fr"
    kinds = worksheet.get("kinds")
    if not isinstance(kinds, list):
        kinds = list(ASKED_KINDS)
    return Key(
        article=str(obj.get("article") or ""),
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        lang=str(lang),
        parser=str(obj.get("parser") or ""),
        count=count,
        kinds=tuple(str(k) for k in kinds),
        quotations=tuple(sorted(quotations, key=lambda q: q.number)),
        sources=sources,
    )


def _parse_key_level(value: Any, fail: Any, where: str, *, required: bool) -> tuple[int, int] | None:
    if value is None and not required:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        low = high = value
    elif (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        low, high = sorted(value)
    else:
        raise fail(f"{where}: 'level' must be a number from 0 to 7, or [low, high]")
    if not (0 <= low <= high <= 7):
        raise fail(f"{where}: level {value} is off the scale (0 to 7)")
    return (low, high)


def _int_or(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _parse_key_bool(value: Any, fail: Any, where: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise fail(f"{where}: 'reason_given' must be true, false or null")


# --- speakers: what counts as naming a source --------------------------------------------


def _plain(text: str) -> list[str]:
    """The words of ``text``, lower case, without accents or punctuation (« L’un » → l, un)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return [w for w in _WORD.findall(bare) if w != "_"]


@cache
def _title_words() -> frozenset[str]:
    found = set(EXTRA_TITLES)
    for title in titles():
        found.update(_plain(title))
    return frozenset(found)


def speaker_key(text: str) -> str:
    """What is compared when grading a speaker: case, accents, determiners and leading titles dropped."""
    words = _plain(text)
    title_words = _title_words()
    while words and (words[0] in title_words or words[0] in DETERMINERS):
        words = words[1:]
    return " ".join(w for w in words if w not in DETERMINERS)


def surnames(source: KeySource) -> tuple[str, ...]:
    """A named person's surname: as the article uses it alone (« Gupta »), else the words after the first."""
    if not source.name or source.kind not in (None, "person"):
        return ()
    words = source.name.split()
    if len(words) < 2:
        return ()
    used = {speaker_key(a) for a in (source.speaker, *source.accept)}
    alone = tuple(w for w in words if speaker_key(w) in used)
    if alone:
        return alone
    rest = " ".join(words[1:])
    return (rest,) if rest == words[-1] else (rest, words[-1])


def accepted_answers(source: KeySource) -> tuple[str, ...]:
    """Every answer that names the source, as written (for the key page); compared with ``speaker_key``."""
    found: list[str] = []
    seen: set[str] = set()
    for answer in (
        source.speaker,
        *((source.name,) if source.name else ()),
        *source.accept,
        *surnames(source),
    ):
        k = speaker_key(answer)
        if k and k not in seen:
            seen.add(k)
            found.append(answer)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class _SpeakerIndex:
    """Every source's accepted answers, compared form, for matching a student's answer."""

    answers: dict[str, frozenset[str]]
    names: dict[str, frozenset[str]]

    @classmethod
    def of(cls, key: Key) -> _SpeakerIndex:
        answers = {}
        names = {}
        for s in key.sources.values():
            answers[s.id] = frozenset(speaker_key(a) for a in accepted_answers(s))
            named = (s.name, *surnames(s)) if s.name else ()
            names[s.id] = frozenset(speaker_key(a) for a in named)
        return cls(answers, names)

    def matches(self, answer: str) -> list[str]:
        """The sources that ``answer`` names: a whole accepted answer, or a name followed by an apposition."""
        whole = speaker_key(answer)
        head = speaker_key(_APPOSITION.split(answer.strip(), maxsplit=1)[0])
        found = [sid for sid, keys in self.answers.items() if whole in keys]
        if not found and head:
            found = [sid for sid, keys in self.names.items() if head in keys]
        return found


# --- pages --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    """A run of article text, or the start or end of a numbered quotation (its number on its first piece)."""

    text: str = ""
    number: int = 0
    opens: bool = False
    closes: bool = False
    first: bool = False
    indirect: bool = False


@dataclass(frozen=True, slots=True)
class ParagraphRuns:
    runs: tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class SheetRow:
    number: int
    excerpt: str


@dataclass(frozen=True, slots=True)
class ScaleStep:
    level: int
    label: str
    definition: str
    example: str


@dataclass(frozen=True, slots=True)
class KeyRow:
    number: int
    excerpt: str
    kind: str
    speaker: str | None
    source_id: str | None
    accepted: tuple[str, ...]
    surname_accepted: bool
    level: str
    reason_given: str
    reason: str | None
    reasons: tuple[str, ...]
    cue: str | None
    to_check: bool


@dataclass(frozen=True, slots=True)
class ExercisePage:
    """The view model of ``worksheet.html`` and ``key.html`` (the key rows are empty on the worksheet)."""

    labels: dict[str, Any]
    title: str
    name: str
    parser: str
    generated: str
    paragraphs: tuple[ParagraphRuns, ...]
    rows: tuple[SheetRow, ...]
    scale: tuple[ScaleStep, ...]
    key_rows: tuple[KeyRow, ...] = ()


def exercise_pages(
    analysis: Analysis, key: Key, *, lang: str = "fr", generated: str | None = None
) -> tuple[ExercisePage, ExercisePage]:
    """The worksheet's view model, then the key page's: the same numbered article."""
    labels = LABELS[lang]
    text = analysis.article.text
    by_id = {q.id: q for q in analysis.quotes}
    numbered = [
        (_outer(by_id[q.id]), q.number, q.kind == "indirect") for q in key.quotations if q.id in by_id
    ]
    paragraphs = tuple(_paragraph_runs(text, p.span, numbered) for p in split_paragraphs(text))
    rows = tuple(SheetRow(q.number, excerpt(q.text)) for q in key.quotations)
    scale = tuple(
        ScaleStep(level, label, definition, example)
        for level, (label, definition, example) in enumerate(labels["scale"])
    )
    worksheet = ExercisePage(
        labels=labels,
        title=analysis.article.title or analysis.article.name,
        name=analysis.article.name,
        parser=key.parser,
        generated=generated or time.strftime("%Y-%m-%d %H:%M"),
        paragraphs=paragraphs,
        rows=rows,
        scale=scale,
    )
    key_rows = []
    for q in key.quotations:
        source = key.source_of(q)
        reason = key.reason_of(q)
        key_rows.append(
            KeyRow(
                number=q.number,
                excerpt=excerpt(q.text),
                kind=labels["kinds"].get(q.kind, q.kind),
                speaker=source.speaker if source else None,
                source_id=source.id if source else None,
                accepted=accepted_answers(source)[1:] if source else (),
                surname_accepted=bool(source and surnames(source)),
                level=level_text(key.level_of(q), lang),
                reason_given=labels["not_graded"] if reason is None else labels["yes" if reason else "no"],
                reason=source.reason if source else None,
                reasons=source.reasons if source else (),
                cue=q.cue,
                to_check=source is None or (q.confidence is not None and q.confidence < CHECK_BELOW),
            )
        )
    key_page = ExercisePage(
        labels=labels,
        title=worksheet.title,
        name=worksheet.name,
        parser=worksheet.parser,
        generated=worksheet.generated,
        paragraphs=paragraphs,
        rows=rows,
        scale=scale,
        key_rows=tuple(key_rows),
    )
    return worksheet, key_page


def _paragraph_runs(text: str, paragraph: Span, numbered: Sequence[tuple[Span, int, bool]]) -> ParagraphRuns:
    """One paragraph cut into text runs and properly nested quotations."""
    spans = []
    for outer, number, indirect in numbered:
        s, e = max(outer.start, paragraph.start), min(outer.end, paragraph.end)
        if s < e:
            spans.append((s, -e, number, s == outer.start, indirect))
    spans.sort()
    roots: list[_Node] = []
    stack: list[_Node] = []
    for s, neg_e, number, first, indirect in spans:
        e = -neg_e
        while stack and stack[-1].end <= s:
            stack.pop()
        if stack:
            e = min(e, stack[-1].end)  # a quotation crossing its parent's end is clipped to it
        node = _Node(s, e, number, first, indirect)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    runs: list[Run] = []

    def emit(nodes: list[_Node], lo: int, hi: int) -> None:
        pos = lo
        for node in nodes:
            if node.start > pos:
                runs.append(Run(text=text[pos : node.start]))
            runs.append(Run(number=node.number, opens=True, first=node.first, indirect=node.indirect))
            emit(node.children, node.start, node.end)
            runs.append(Run(closes=True))
            pos = node.end
        if pos < hi:
            runs.append(Run(text=text[pos:hi]))

    emit(roots, paragraph.start, paragraph.end)
    return ParagraphRuns(tuple(runs))


@dataclass(slots=True)
class _Node:
    start: int
    end: int
    number: int
    first: bool
    indirect: bool
    children: list[_Node] = field(default_factory=list)


def render(template: str, page: object) -> str:
    """One of the exercise templates, rendered with the report's Jinja2 environment."""
    from .report import environment

    return str(environment().get_template(template).render(page=page))


def blank_answers_csv(key: Key, *, lang: str = "fr") -> str:
    """The answer sheet for students who answer on a computer: one row per quotation, answers empty.

    French Excel reads ``;`` as the column separator and needs the BOM to read UTF-8:
    the French sheet has both; the English one uses ``,``.
    """
    labels = LABELS[lang]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=labels["delimiter"])
    writer.writerow(labels["csv_headers"])
    for q in key.quotations:
        writer.writerow([q.number, _spreadsheet_safe(excerpt(q.text)), "", "", "", ""])
    return "\ufeff" + out.getvalue()


@dataclass(frozen=True, slots=True)
class ExerciseFiles:
    """What ``write_exercise`` wrote."""

    worksheet: Path
    answers: Path
    key_html: Path
    key_json: Path
    quotations: int
    sources: int


def write_exercise(
    analysis: Analysis,
    output: Path,
    *,
    lang: str = "fr",
    indirect: bool = False,
    force: bool = False,
    generated: str | None = None,
) -> ExerciseFiles:
    """Write ``worksheet.html``, ``answers.csv``, ``key.html`` and ``key.json`` into ``output``.

    An existing ``key.json`` that differs from the new one (a teacher's edits) is kept
    unless ``force``: nothing is written then.
    """
    key = build_key(analysis, lang=lang, indirect=indirect)
    if not key.quotations:
        hint = "" if indirect else " (add --indirect to ask about reported speech)"
        raise ExerciseError(f"{analysis.article.name}: no quotation in quote marks to ask about{hint}")
    key_text = json.dumps(key_to_json(key), ensure_ascii=False, indent=2) + "\n"
    key_path = output / "key.json"
    if key_path.is_file() and not force:
        try:
            old = key_path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            old = None
        if old != key_text:
            raise ExerciseError(
                f"{key_path} exists and differs from this article's key (edited by hand?): "
                "write the exercise elsewhere with -o, or add --force to replace it"
            )
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExerciseError(f"{output}: cannot create the folder ({err.strerror})") from None
    worksheet, key_page = exercise_pages(analysis, key, lang=lang, generated=generated)
    files = ExerciseFiles(
        worksheet=output / "worksheet.html",
        answers=output / "answers.csv",
        key_html=output / "key.html",
        key_json=key_path,
        quotations=len(key.quotations),
        sources=len(key.sources),
    )
    write_atomically(files.worksheet, render("worksheet.html", worksheet))
    write_atomically(files.answers, blank_answers_csv(key, lang=lang))
    write_atomically(files.key_html, render("key.html", key_page))
    write_atomically(key_path, key_text)
    return files


# --- answer sheets ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Answer:
    """One row of a student's answer sheet (``None``: left empty, or unreadable)."""

    number: int
    line: int
    speaker: str
    level: int | None
    reason: bool | None

    @property
    def empty(self) -> bool:
        return not self.speaker.strip() and self.level is None and self.reason is None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in an answer sheet, already worded: ``file, line N: what``."""

    text: str
    serious: bool = True

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class AnswerSheet:
    student: str
    path: Path
    answers: dict[int, Answer]
    problems: tuple[Problem, ...] = ()


def read_answers(path: Path, key: Key, *, lang: str | None = None) -> AnswerSheet:
    """Read one student's answer sheet (CSV with ``,`` ``;`` or tabs; UTF-8, UTF-16 or Windows-1252).

    Raises ``ExerciseError`` when the file cannot be graded at all (unreadable, no
    header, missing columns, no answers); a wrong row is a ``Problem`` and the rest is
    graded.
    """
    sheet = _SheetReader(path, key, LABELS[lang or key.lang])
    return sheet.read()


class _SheetReader:
    """One answer sheet being read: its rows, its columns, and the problems found so far."""

    def __init__(self, path: Path, key: Key, labels: dict[str, Any]) -> None:
        self.path = path
        self.key = key
        self.L = labels
        self.problems: list[Problem] = []
        self.delimiter = ","
        self.columns: dict[str, int] = {}

    def where(self, line: int | None) -> str:
        return f"{self.path}, {self.L['line']} {line}" if line else str(self.path)

    def problem(self, line: int | None, message: str, *, serious: bool = True) -> None:
        self.problems.append(Problem(f"{self.where(line)}: {message}", serious))

    def fatal(self, line: int | None, message: str) -> ExerciseError:
        return ExerciseError(f"{self.where(line)}: {message}")

    def read(self) -> AnswerSheet:
        L = self.L
        rows = self.rows()
        header_line, header = rows[0]
        self.map_columns(header_line, header)
        answers: dict[int, Answer] = {}
        blank_lines: list[int] = []
        student: tuple[str, int] | None = None
        valid = {q.number for q in self.key.quotations}
        for line, cells in rows[1:]:
            if not any(cells):
                blank_lines.append(line)
                continue
            name = self.cell(cells, "student")
            if name and student is None:
                student = (name, line)
            elif name and student is not None and name.casefold() != student[0].casefold():
                self.problem(
                    line, L["p_two_students"].format(other=name, student=student[0], first=student[1])
                )
            answer = self.read_row(line, cells, len(header), answers)
            if answer is None:
                continue
            if answer.number not in valid:
                if not answer.empty:
                    self.problem(line, L["p_dropped"].format(number=answer.number), serious=False)
                continue
            answers[answer.number] = answer
        last = max((a.line for a in answers.values()), default=0)
        inner_blanks = [n for n in blank_lines if n < last]  # trailing empty rows are Excel's, not a mistake
        if inner_blanks:
            lines = ", ".join(map(str, inner_blanks))
            self.problems.append(Problem(f"{self.path}, {L['lines']} {lines}: {L['p_blank_lines']}", False))
        if not any(not a.empty for a in answers.values()) and not any(p.serious for p in self.problems):
            raise self.fatal(None, L["p_no_answers"])
        return AnswerSheet(
            student=student[0] if student else self.path.stem,
            path=self.path,
            answers=answers,
            problems=tuple(self.problems),
        )

    def rows(self) -> list[tuple[int, list[str]]]:
        """The non-empty rows from the header on, each with the line it starts on."""
        L = self.L
        try:
            size = self.path.stat().st_size
            if size > MAX_SHEET_BYTES:
                raise self.fatal(None, L["p_too_big"].format(size=size // 1024))
            raw = self.path.read_bytes()
        except OSError as err:
            raise self.fatal(None, L["p_unreadable"].format(error=err.strerror or err)) from None
        if not raw.strip():
            raise self.fatal(None, L["p_empty"])
        for magic, what in _BINARY.items():
            if raw.startswith(magic):
                raise self.fatal(None, L["p_binary"].format(what=what[L["lang"]]))
        text, cp1252_line = _decode(raw)
        if text is None:
            raise self.fatal(cp1252_line, L["p_encoding"])
        if cp1252_line is not None:
            self.problem(cp1252_line, L["p_cp1252"], serious=False)
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        sep = re.match(r"^\s*sep=(.)\s*$", lines[first]) if first is not None else None
        if sep and first is not None:  # Excel's own « sep=; » first line
            first = next((i for i in range(first + 1, len(lines)) if lines[i].strip()), None)
        if first is None:
            raise self.fatal(None, L["p_empty"])
        self.delimiter = sep.group(1) if sep else _sniff_delimiter(lines[first])
        reader = csv.reader(io.StringIO("\n".join(lines[first:])), delimiter=self.delimiter)
        rows: list[tuple[int, list[str]]] = []
        previous_end = first
        try:
            for cells in reader:
                rows.append((previous_end + 1, [c.strip() for c in cells]))
                previous_end = first + reader.line_num
        except csv.Error as err:
            raise self.fatal(previous_end + 1, L["p_unreadable"].format(error=err)) from None
        return rows

    def map_columns(self, line: int, header: list[str]) -> None:
        """Which column holds what, whatever the order and however the names are written."""
        L = self.L
        expected = L["delimiter"].join(L["csv_headers"][:5])
        unknown = []
        for i, title in enumerate(header):
            role = next((r for r, names in COLUMNS.items() if _header_key(title) in names), None)
            if role is None:
                if title:
                    unknown.append(title)
            elif role in self.columns:
                raise self.fatal(line, L["p_duplicate_column"].format(column=title))
            else:
                self.columns[role] = i
        if not self.columns and header and _NUMBER.match(header[0]):
            raise self.fatal(line, L["p_no_header"].format(columns=expected))
        names = dict(
            zip(("number", "excerpt", "speaker", "level", "reason", "student"), L["csv_headers"], strict=True)
        )
        missing = [names[r] for r in REQUIRED if r not in self.columns]
        if missing:
            raise self.fatal(
                line, L["p_missing_columns"].format(missing=", ".join(missing), columns=expected)
            )
        if unknown:
            self.problem(line, L["p_unknown_columns"].format(columns=", ".join(unknown)), serious=False)

    def cell(self, cells: list[str], role: str) -> str:
        i = self.columns.get(role)
        return cells[i] if i is not None and i < len(cells) else ""

    def read_row(self, line: int, cells: list[str], width: int, answers: dict[int, Answer]) -> Answer | None:
        """One row as an answer; None when it cannot be used (the problem is recorded)."""
        L = self.L
        before = len(self.problems)
        too_many = L["p_too_many_cells"].format(
            cells=len(cells), columns=width, delimiter={"\t": "tab"}.get(self.delimiter, self.delimiter)
        )
        if len(cells) > width and any(cells[width:]):
            self.problem(line, too_many)
            return None
        raw_number, speaker = self.cell(cells, "number"), self.cell(cells, "speaker")
        raw_level, raw_reason = self.cell(cells, "level"), self.cell(cells, "reason")
        if not raw_number:
            if speaker or raw_level or raw_reason:
                self.problem(line, L["p_no_number"])
            return None
        number_match = _NUMBER.match(raw_number)
        if not number_match:
            self.problem(line, L["p_bad_number"].format(value=raw_number))
            return None
        number = int(number_match.group(1))
        if not 1 <= number <= self.key.count:
            self.problem(line, L["p_unknown_number"].format(number=number, count=self.key.count))
            return None
        if number in answers:
            self.problem(line, L["p_duplicate"].format(number=number, first=answers[number].line))
            return None
        level = None
        if raw_level:
            level_match = _LEVEL.match(raw_level)
            if not level_match:
                self.problem(line, L["p_bad_level"].format(value=raw_level))
            elif not 0 <= int(level_match.group(1)) <= 7:
                self.problem(line, L["p_level_range"].format(value=level_match.group(1)))
            else:
                level = int(level_match.group(1))
        reason = None
        if raw_reason:
            word = " ".join(_plain(raw_reason))
            if word in YES or word in NO:
                reason = word in YES
            else:
                self.problem(line, L["p_bad_reason"].format(value=raw_reason))
        if len(cells) > width and len(self.problems) > before:
            # An unquoted « , » in an answer shifted the cells: say that, not « "Berkeley" is not a level ».
            del self.problems[before:]
            self.problem(line, too_many)
            return None
        return Answer(number, line, speaker, level, reason)


_BINARY = {
    b"PK\x03\x04": {
        "fr": "un classeur Excel ou LibreOffice (.xlsx, .ods)",
        "en": "a spreadsheet (.xlsx, .ods)",
    },
    b"\xd0\xcf\x11\xe0": {"fr": "un ancien classeur Excel (.xls)", "en": "an old Excel workbook (.xls)"},
    b"%PDF": {"fr": "un document PDF", "en": "a PDF document"},
}


def _decode(raw: bytes) -> tuple[str | None, int | None]:
    """The text of an answer sheet, and the first line that was not UTF-8 when it was read as Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's « Unicode text »
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, None
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
    try:
        return raw.decode("cp1252"), line
    except UnicodeDecodeError:
        return None, line


def _sniff_delimiter(header: str) -> str:
    """The separator of a header line: the most frequent of ``;`` ``,`` and tab, outside quotes."""
    outside = re.sub(r'"[^"]*"', "", header)
    counts = {d: outside.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header_key(cell: str) -> str:
    return " ".join(_plain(cell.replace("°", "o")))


# --- grading ------------------------------------------------------------------------------------

VERDICTS = ("right", "close", "wrong")


@dataclass(frozen=True, slots=True)
class Mark:
    """The grade of one quotation: right, close or wrong, the points, and a one-line explanation."""

    number: int
    verdict: str
    points: float
    max_points: float
    explanation: str
    answer: Answer | None


@dataclass(frozen=True, slots=True)
class StudentGrade:
    student: str
    path: Path
    marks: tuple[Mark, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def points(self) -> float:
        return sum(m.points for m in self.marks)

    @property
    def max_points(self) -> float:
        return sum(m.max_points for m in self.marks)

    def count(self, verdict: str) -> int:
        return sum(1 for m in self.marks if m.verdict == verdict)


def grade_sheet(key: Key, sheet: AnswerSheet, *, lang: str | None = None) -> StudentGrade:
    """Grade every quotation of the key against one student's answers."""
    L = LABELS[lang or key.lang]
    index = _SpeakerIndex.of(key)
    marks = tuple(
        grade_answer(key, q, sheet.answers.get(q.number), labels=L, index=index) for q in key.quotations
    )
    return StudentGrade(sheet.student, sheet.path, marks, sheet.problems)


def grade_answer(
    key: Key,
    quotation: KeyQuotation,
    answer: Answer | None,
    *,
    labels: dict[str, Any],
    index: _SpeakerIndex | None = None,
) -> Mark:
    """Right when every part is right; wrong when the speaker is, or the level is 2+ away; else close.

    Points: 1 for the speaker, 1 for the level (½ when one away), 1 for the reason when it is asked.
    """
    L = labels
    index = index or _SpeakerIndex.of(key)
    reason_key = key.reason_of(quotation)
    max_points = 2.0 + (1.0 if reason_key is not None else 0.0)
    if answer is None or answer.empty:
        return Mark(quotation.number, "wrong", 0.0, max_points, L["nothing"], answer)
    speaker_ok, speaker_text = _judge_speaker(key, quotation, answer.speaker, index, L)
    level_verdict, level_text_ = _judge_level(key.level_of(quotation), answer.level, L)
    parts = [speaker_text, level_text_]
    points = (1.0 if speaker_ok else 0.0) + {"right": 1.0, "close": 0.5}.get(level_verdict, 0.0)
    reason_ok = True
    if reason_key is not None:
        reason_ok, reason_text = _judge_reason(reason_key, answer.reason, L)
        parts.append(reason_text)
        points += 1.0 if reason_ok else 0.0
    if not speaker_ok or level_verdict == "wrong":
        verdict = "wrong"
    elif level_verdict == "close" or not reason_ok:
        verdict = "close"
    else:
        verdict = "right"
    return Mark(quotation.number, verdict, points, max_points, L["joiner"].join(parts), answer)


def _judge_speaker(
    key: Key, quotation: KeyQuotation, answer: str, index: _SpeakerIndex, L: dict[str, Any]
) -> tuple[bool, str]:
    source = key.source_of(quotation)
    plain = " ".join(_plain(answer))
    if not plain or plain in NOBODY:
        if source is None:
            return True, L["sp_nobody_right"]
        return False, L["sp_said_nobody" if plain else "sp_blank"].format(speaker=source.speaker)
    if source is None:
        return False, L["sp_named_nobody"].format(answer=answer)
    if plain in PRONOUNS:
        return False, L["sp_pronoun"].format(answer=answer, speaker=source.speaker)
    found = index.matches(answer)
    if source.id in found:
        if speaker_key(answer) == speaker_key(source.speaker):
            return True, L["sp_same"].format(speaker=source.speaker)
        return True, L["sp_right"].format(answer=answer, speaker=source.speaker)
    if found:
        return False, L["sp_other"].format(answer=answer, speaker=source.speaker)
    if _resembles(answer, source):
        return False, L["sp_near"].format(answer=answer, speaker=source.speaker)
    return False, L["sp_unknown"].format(answer=answer, speaker=source.speaker)


def _resembles(answer: str, source: KeySource) -> bool:
    """True when the answer starts with the same noun as a way of naming the source (« un fondateur »).

    Not right, since it may name someone else; flagged so that the teacher looks.
    """

    def head(text: str) -> str:
        words = speaker_key(text).split()
        return words[0].rstrip("sx") if words else ""

    first = head(answer)
    return bool(first) and any(head(a) == first for a in accepted_answers(source))


def _judge_level(expected: tuple[int, int], answer: int | None, L: dict[str, Any]) -> tuple[str, str]:
    lang = L["lang"]
    shown = level_text(expected, lang, labels=False)
    label = _level_labels(expected, lang)
    if answer is None:
        return "wrong", L["lv_blank"].format(level=shown, label=label)
    low, high = expected
    answer_label = _level_labels((answer, answer), lang)
    if low <= answer <= high:
        return "right", L["lv_right"].format(level=answer, label=answer_label)
    verdict = "close" if answer in (low - 1, high + 1) else "wrong"
    return verdict, L[f"lv_{verdict}"].format(
        answer=answer, answer_label=answer_label, level=shown, label=label
    )


def _judge_reason(expected: bool, answer: bool | None, L: dict[str, Any]) -> tuple[bool, str]:
    if answer is None:
        return False, L["rs_blank"].format(answer=L["yes" if expected else "no"])
    if answer == expected:
        return True, L["rs_right_yes" if expected else "rs_right_no"]
    return False, L["rs_wrong_yes" if expected else "rs_wrong_no"]


# --- the class: feedback pages, grades.csv, the listing ------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    number: int
    excerpt: str
    verdict: str
    verdict_label: str
    answer_speaker: str
    answer_level: str
    answer_reason: str
    key_speaker: str
    key_level: str
    key_reason: str
    explanation: str


@dataclass(frozen=True, slots=True)
class FeedbackPage:
    labels: dict[str, Any]
    student: str
    file: str
    title: str
    score: str
    counts: str
    problems: tuple[str, ...]
    rows: tuple[FeedbackRow, ...]
    generated: str


@dataclass(frozen=True, slots=True)
class NotGraded:
    """An answer file that could not be graded, and why."""

    path: Path
    message: str


@dataclass(frozen=True, slots=True)
class GradeRun:
    """What ``grade_files`` did: the grades, the files it could not grade, where it wrote."""

    key: Key
    lang: str
    grades: tuple[StudentGrade, ...]
    not_graded: tuple[NotGraded, ...]
    feedback: dict[str, Path]
    grades_csv: Path

    @property
    def problems(self) -> tuple[str, ...]:
        """Every message for the teacher: files not graded, then wrong rows and notes."""
        found = [f"{n.message}" for n in self.not_graded]
        for g in self.grades:
            found += [p.text for p in g.problems]
        return tuple(found)

    @property
    def failed(self) -> bool:
        """True when a file could not be graded or a row was wrong (notes do not count)."""
        return bool(self.not_graded) or any(p.serious for g in self.grades for p in g.problems)


def feedback_page(key: Key, grade: StudentGrade, *, lang: str, generated: str | None = None) -> FeedbackPage:
    L = LABELS[lang]
    rows = []
    for mark in grade.marks:
        q = next(q for q in key.quotations if q.number == mark.number)
        source = key.source_of(q)
        reason = key.reason_of(q)
        a = mark.answer
        rows.append(
            FeedbackRow(
                number=mark.number,
                excerpt=excerpt(q.text),
                verdict=mark.verdict,
                verdict_label=L["verdicts"][mark.verdict],
                answer_speaker=(a.speaker if a and a.speaker else ""),
                answer_level="" if a is None or a.level is None else str(a.level),
                answer_reason="" if a is None or a.reason is None else L["yes" if a.reason else "no"],
                key_speaker=source.speaker if source else L["nobody"],
                key_level=level_text(key.level_of(q), lang),
                key_reason=L["not_graded"] if reason is None else L["yes" if reason else "no"],
                explanation=mark.explanation,
            )
        )
    return FeedbackPage(
        labels=L,
        student=grade.student,
        file=grade.path.name,
        title=key.title or key.article,
        score=score_text(grade, lang),
        counts=L["counts"].format(**{v: grade.count(v) for v in VERDICTS}),
        problems=tuple(p.text for p in grade.problems),
        rows=tuple(rows),
        generated=generated or time.strftime("%Y-%m-%d %H:%M"),
    )


def score_text(grade: StudentGrade, lang: str) -> str:
    L = LABELS[lang]
    scaled = grade.points / grade.max_points if grade.max_points else 0.0
    return str(
        L["score_line"].format(
            points=_number(grade.points, lang),
            max=_number(grade.max_points, lang),
            grade=_number(round(scaled * (20 if lang == "fr" else 100), 1), lang),
        )
    )


def grades_csv(
    key: Key, grades: Sequence[StudentGrade], not_graded: Sequence[NotGraded], *, lang: str
) -> str:
    """One row per student: points, the counts, the remarks, then the verdict on each quotation."""
    L = LABELS[lang]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=L["delimiter"])
    numbers = [q.number for q in key.quotations]
    writer.writerow([*L["grades_headers"], *numbers])
    for g in grades:
        scaled = g.points / g.max_points if g.max_points else 0.0
        writer.writerow(
            [
                _spreadsheet_safe(g.student),
                _spreadsheet_safe(g.path.name),
                _number(g.points, lang),
                _number(g.max_points, lang),
                _number(round(scaled * (20 if lang == "fr" else 100), 1), lang),
                g.count("right"),
                g.count("close"),
                g.count("wrong"),
                _spreadsheet_safe(" | ".join(p.text for p in g.problems)),
                *(L["verdicts"][m.verdict] for m in g.marks),
            ]
        )
    for n in not_graded:
        writer.writerow(
            [
                _spreadsheet_safe(n.path.stem),
                _spreadsheet_safe(n.path.name),
                "",
                "",
                "",
                "",
                "",
                "",
                _spreadsheet_safe(L["not_graded_status"].format(message=n.message)),
            ]
        )
    return "\ufeff" + out.getvalue()


def listing(run: GradeRun) -> str:
    """Per student and per quotation, right / close / wrong and why: what ``quotes grade`` prints."""
    L = LABELS[run.lang]
    lines = []
    for g in run.grades:
        counts = L["counts"].format(**{v: g.count(v) for v in VERDICTS})
        lines.append(f"{g.student} ({g.path}): {score_text(g, run.lang)} · {counts}")
        width = max(len(v) for v in L["verdicts"].values())
        for m in g.marks:
            lines.append(f"  {m.number:>3}  {L['verdicts'][m.verdict]:<{width}}  {m.explanation}")
        lines.append("")
    for n in run.not_graded:
        lines.append(L["not_graded_line"].format(student=n.path.stem, path=n.path))
    return "\n".join(lines).rstrip("\n") + "\n"


def collect_answer_files(paths: Iterable[Path]) -> list[Path]:
    """The answer sheets: the given files, and every ``.csv``/``.tsv`` in a given folder."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ANSWER_SUFFIXES)
            )
        else:
            found.append(path)
    return found


def grade_files(
    key_path: Path,
    answer_paths: Sequence[Path],
    output: Path,
    *,
    lang: str | None = None,
    generated: str | None = None,
) -> GradeRun:
    """Grade the answer sheets; write ``output/<student>/feedback.html`` and ``output/grades.csv``.

    A sheet that cannot be graded is reported and the others are graded all the same.
    """
    key = read_key(key_path)
    lang = lang or key.lang
    L = LABELS[lang]
    grades: list[StudentGrade] = []
    not_graded: list[NotGraded] = []
    students: dict[str, Path] = {}
    for path in collect_answer_files(answer_paths):
        if not path.exists():
            not_graded.append(NotGraded(path, f"{path}: does not exist"))
            continue
        try:
            sheet = read_answers(path, key, lang=lang)
        except ExerciseError as err:
            not_graded.append(NotGraded(path, str(err)))
            continue
        grade = grade_sheet(key, sheet, lang=lang)
        name = grade.student
        if name.casefold() in students:
            n = 2
            while f"{name} ({n})".casefold() in students:
                n += 1
            renamed = f"{name} ({n})"
            other = students[name.casefold()]
            grade = StudentGrade(
                renamed,
                grade.path,
                grade.marks,
                (
                    *grade.problems,
                    Problem(f"{path}: " + L["p_same_student"].format(other=other, student=renamed), False),
                ),
            )
        students[grade.student.casefold()] = path
        grades.append(grade)
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExerciseError(f"{output}: cannot create the folder ({err.strerror})") from None
    feedback: dict[str, Path] = {}
    folders: set[str] = set()
    for grade in grades:
        folder = _folder_name(grade.student, folders)
        (output / folder).mkdir(exist_ok=True)
        page = feedback_page(key, grade, lang=lang, generated=generated)
        path = output / folder / "feedback.html"
        write_atomically(path, render("feedback.html", page))
        feedback[grade.student] = path
    csv_path = output / "grades.csv"
    write_atomically(csv_path, grades_csv(key, grades, not_graded, lang=lang))
    return GradeRun(key, lang, tuple(grades), tuple(not_graded), feedback, csv_path)


def _folder_name(student: str, taken: set[str]) -> str:
    """A folder name for the student's feedback: their name, made safe, unique whatever the case."""
    base = re.sub(r"[^\w.-]+", "_", student, flags=re.UNICODE).strip("._") or "student"
    name = base
    n = 2
    while name.casefold() in taken:
        name = f"{base}-{n}"
        n += 1
    taken.add(name.casefold())
    return name


# --- small helpers --------------------------------------------------------------------------


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The first words of a quotation, enough to find it."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def level_text(level: tuple[int, int], lang: str, *, labels: bool = True) -> str:
    """« 3 (relationnelle) », or « 3–4 (relationnelle ou catégorielle) » for a range."""
    low, high = level
    shown = str(low) if low == high else f"{low}–{high}"
    return f"{shown} ({_level_labels(level, lang)})" if labels else shown


def _level_labels(level: tuple[int, int], lang: str) -> str:
    names = LEVEL_LABELS_FR if lang == "fr" else LEVEL_NAMES
    joiner = f" {LABELS[lang]['or']} "
    return joiner.join(names[n] for n in range(level[0], level[1] + 1))


def _number(value: float, lang: str) -> str:
    shown = f"{value:g}"
    return shown.replace(".", LABELS[lang]["decimal"])


def _spreadsheet_safe(value: str) -> str:
    return spreadsheet_safe(value)


def _outer(quote: Quote) -> Span:
    return quote.extent


def _paragraph_number(paragraphs: Sequence[Any], offset: int) -> int:
    number = 0
    for p in paragraphs:
        if p.span.start <= offset:
            number = p.i + 1
    return number
