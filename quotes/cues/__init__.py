"""Cues: the reporting verbs and prepositions that introduce someone's words, and who speaks.

``find_verb_cues`` lists every reporting verb of the article outside quote marks with
what the attribution rules need: its verb group (auxiliaries, clitics, the inverted
subject of « a-t-il déclaré »), whether it is negated, future or hypothetical, its
speaker mention, and the reported clause it governs (a *que* clause or an infinitive).

Five modules, from the lowest:

- ``mentions``: a noun phrase, a pronoun or a demonstrative as a speaker's ``Mention``
  (name, role, gender, number), and whether it can speak;
- ``verbs``: which word is a reporting verb, and its verb group (``VerbCue``);
- ``told``: whom « on » stands for (« Chez Renault, on explique », « a-t-on appris du
  parquet »);
- ``subjects``: who speaks: a verb's subject by the tree, by control, by position, after
  an incise verb;
- ``frames``: ``find_verb_cues``, each cue's mood and the clause it reports.

The prepositional cues (« selon X », « pour X, ») are read by the attribution rules
(``attribution.prepositional``).
"""

from __future__ import annotations

from .frames import cited_by, find_verb_cues, strip_final_incise
from .mentions import (
    ORDINAL_ANAPHORS,
    demonstrative_at,
    is_person_like,
    mention_for,
    phrase_mention,
    pronoun_mention,
    relayed_speaker,
)
from .postposed import name_after_complement, postposed_subject, quoted_label_mention, starts_phrase
from .relatives import past_appositions
from .subjects import FIRST_SECOND, fronted_clause, is_compared, subject_of
from .told import source_before_on
from .verbs import VerbCue, in_incise_position, pronominal_entry, reporting_form, verb_entry, verb_group

__all__ = [
    "FIRST_SECOND",
    "ORDINAL_ANAPHORS",
    "VerbCue",
    "cited_by",
    "demonstrative_at",
    "find_verb_cues",
    "fronted_clause",
    "in_incise_position",
    "is_compared",
    "is_person_like",
    "mention_for",
    "name_after_complement",
    "past_appositions",
    "phrase_mention",
    "postposed_subject",
    "pronominal_entry",
    "pronoun_mention",
    "quoted_label_mention",
    "relayed_speaker",
    "reporting_form",
    "source_before_on",
    "starts_phrase",
    "strip_final_incise",
    "subject_of",
    "verb_entry",
    "verb_group",
]
