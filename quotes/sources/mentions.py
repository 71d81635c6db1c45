"""The mentions beyond the speakers: every person or organization named in the text, with the
role written next to the name, and every subject that a later pronoun may stand for."""

from __future__ import annotations

from ..cues import ORDINAL_ANAPHORS, mention_for, name_after_complement, phrase_mention
from ..docview import DocView
from ..lexicon import (
    demonyms,
    is_person_word,
    is_title,
    organization_nouns,
    person_nouns,
    word_set,
)
from ..model import Entity, Mention, Word
from ..names import first_name_gender
from ..nounphrase import Phrase, phrase_at
from .clusters import _Clusters, rough_count_noun


def _is_demonym(word: Word) -> bool:
    return word.text.lower() in demonyms()


def _counted_people(view: DocView, k: int) -> bool:
    """« une vingtaine de résidents »: a rough count whose complement names people."""
    counted = rough_count_noun(view, k)
    return counted is not None and is_person_word(view.words[counted].text, view.words[counted].lemma)


class _TextMentions(_Clusters):
    """Mentions found in the text itself, not given by a cue."""

    def name_mentions(self) -> list[Mention]:
        """Every person or organization name outside quotes, with the role written next to it."""
        view = self.view
        found = []
        for entity in view.doc.entities:
            if entity.label not in ("PER", "ORG", "MISC"):
                continue
            if view.in_quote(entity.first):
                continue
            if entity.first > 0 and view.words[entity.first - 1].text.lower() in ("à", "au", "aux", "sur"):
                # « a déclaré à Radio France Gaëlle Morvan »: the tagger ran the outlet into the name.
                cut = name_after_complement(view, entity.first, entity.last)
                if entity.first < cut < entity.last:
                    entity = Entity(entity.label, view.span_of(cut, entity.last), cut, entity.last)
            start = entity.first
            # Walk left over a role written before the name: « le gestionnaire de fonds spéculatifs ».
            j = start
            s_first, s_last = view.reporter_sentence(start)
            while (
                j - 1 >= s_first
                # (« le Toulousain Fabrice M. »: a demonym, whatever its tag, is part of the role)
                and (
                    view.words[j - 1].upos in ("NOUN", "ADJ", "ADP", "DET") or _is_demonym(view.words[j - 1])
                )
                and view.words[j - 1].text not in (",",)
                and start - j < 8
            ):
                j -= 1
                if view.words[j].upos == "DET":
                    break
            phrase = None
            # « au préfet Alain D. », « du maire Luc B. »: a preposition holding the article; the role
            # starts after it.
            contracted = view.words[j].text.lower() in ("au", "aux", "du", "des") and j + 1 < start
            if j < start and (view.words[j].upos == "DET" or contracted):
                phrase = phrase_at(view, j + 1 if contracted else j, s_last)
                if phrase is not None and not (
                    phrase.name and phrase.name[0] <= entity.first < phrase.name[1]
                ):
                    phrase = None
            if phrase is None and start - 2 >= s_first and view.words[start - 1].text == ",":
                # « par la présidente du tribunal, Catherine Moreau-Lasalle »: the role before the comma.
                k = start - 2
                while (
                    k > s_first
                    and view.words[k].upos in ("NOUN", "ADJ", "ADP", "DET", "PROPN")
                    and start - k < 10
                ):
                    if view.words[k].upos == "DET":
                        break
                    k -= 1
                starts = [k] if view.words[k].upos == "DET" else []
                # « le président du conseil d’administration de la mutuelle, Étienne R. »: past the
                # complements, the person whose name it is.
                outer = self._role_start_before(k, s_first) if starts else None
                if outer is not None:
                    starts.insert(0, outer)
                opening = view.words[s_first]
                if (
                    s_first not in starts
                    and is_person_word(opening.text, opening.lemma)
                    and all(
                        view.words[m].upos in ("NOUN", "ADJ", "ADP", "DET", "PROPN")
                        for m in range(s_first, start - 1)
                    )
                ):
                    starts.append(s_first)  # « Porte-parole de la police cantonale, Jean-Daniel R. … »
                for k in starts:
                    phrase = phrase_at(view, k, s_last)
                    if phrase is None:
                        continue
                    if phrase.name and phrase.name[0] <= entity.first < phrase.name[1]:
                        break
                    role_head = view.words[phrase.head]
                    opens = k == s_first and phrase.last == start - 1
                    if opens and is_person_word(role_head.text, role_head.lemma):
                        # The role opens the sentence; the name after the comma is the subject.
                        named = (entity.first, entity.last)
                        phrase = Phrase(k, entity.last, entity.first, named, (k, start - 1), False)
                        break
                    phrase = None
            if phrase is None:
                phrase = phrase_at(view, start, s_last)
            if (
                phrase is not None
                and entity.label == "ORG"
                and phrase.last > entity.last
                and view.entity_label(entity.last) == "PER"
            ):
                # « à Radio France Gaëlle Morvan »: the outlet's name ends where the person's begins.
                phrase = phrase_at(view, start, entity.last)
            if phrase is None or not (phrase.first <= entity.first < phrase.last):
                continue
            if entity.label == "MISC" and not self._person_like_misc(entity, phrase):
                continue  # « la version R1 », « le Festival des Grèves »: a name, not of a speaker
            found.append(phrase_mention(view, phrase))
        return found

    def _role_start_before(self, k: int, s_first: int) -> int | None:
        """The determiner of a person's role that the complement opening at ``k`` belongs to
        (« le président du conseil d’administration de la mutuelle » for « la mutuelle »), or None."""
        words = self.view.words
        found = None
        m = k - 1
        while m >= s_first and m > k - 12 and words[m].upos in ("ADP", "DET", "NOUN", "ADJ", "PROPN"):
            if words[m].text == ",":
                break
            if words[m].upos == "DET" or words[m].text.lower() in ("du", "des"):
                head = next((n for n in range(m + 1, k) if words[n].upos == "NOUN"), None)
                if head is not None and is_person_word(words[head].text, words[head].lemma):
                    found = m if words[m].upos == "DET" else m + 1
            m -= 1
        return found

    def _person_like_misc(self, entity: Entity, phrase: Phrase) -> bool:
        """« Wenke Roggen, porte-parole du parquet » tagged MISC: two capitalized words or more with
        a role for a person written round them, or a known first name first."""
        view = self.view
        words = view.words
        if entity.first > 0 and is_title(words[entity.first - 1].text):
            return True  # « celle de maître Rouiller », « Me Durand »: a title names a person
        if entity.last - entity.first < 2 or not words[entity.first + 1].text[:1].isupper():
            return False
        if first_name_gender(words[entity.first].text) is not None:
            return True
        if phrase.role is None and phrase.last <= entity.last:
            return False
        outside = [k for k in range(phrase.first, phrase.last) if not entity.first <= k < entity.last]
        return any(is_person_word(words[k].text, words[k].lemma) for k in outside)

    def subject_mentions(self) -> list[Mention]:
        """People and organizations that are a sentence's subject (« Le maire s'est rendu sur place »):
        context for pronouns."""
        view = self.view
        found = []
        for w in view.words:
            if not w.deprel.startswith("nsubj") or view.in_quote(w.i):
                continue
            low = w.text.lower()
            pointing = (
                low in ORDINAL_ANAPHORS or low.startswith("derni") or low.split("-")[0] in ("celui", "celle")
            )
            if pointing and w.head >= 0 and not view.in_quote(w.head):
                # « Le premier exige … ; le second refuse … »: who they are matters for the next « il ».
                mention, _ = mention_for(view, w.i)
                if mention is not None and mention.kind == "pronoun":
                    found.append(mention)
                continue
            if w.upos != "NOUN":
                continue
            # People, and organizations (« La compagnie Aérolis a annulé … », « a-t-elle indiqué »);
            # « Une vingtaine de résidents ont improvisé … »: people counted roughly.
            if (
                not (
                    _counted_people(view, w.i)
                    or w.lemma.lower() in person_nouns()
                    or w.lemma.lower() in organization_nouns()
                    or w.text.lower() in word_set("plural_institutions.txt")  # « Les secours ont … »
                )
                or w.head < 0
                or view.in_quote(w.head)
            ):
                continue
            if any(
                view.words[c].text.lower() in ("aucun", "aucune", "nul", "nulle") for c in view.children[w.i]
            ):
                continue  # « Aucun membre du gouvernement ne l’admettra »: nobody to refer back to
            mention, _ = mention_for(view, w.i, limit=w.head if w.head > w.i else None)
            if mention is not None and not self._compared(mention):
                found.append(mention)
        return found

    def pointed_antecedents(self, pointers: list[Mention]) -> list[Mention]:
        """« Mme S. a eu un entretien avec un dirigeant de TQS. Ce dernier lui a répondu … »: the last
        person named by a noun before each « ce dernier », « celle-ci », in its sentence or the one
        before, even as an object (subjects and names are mentions already)."""
        view = self.view
        words = view.words
        found = []
        for pointer in pointers:
            if pointer.text.lower().split()[0] not in POINTING_WORDS:
                continue
            here = view.word_at(pointer.span.start)
            s_first = view.reporter_sentence(here)[0]
            first = view.reporter_sentence(s_first - 1)[0] if s_first > 0 else s_first
            for k in range(here - 1, first - 1, -1):
                w = words[k]
                if view.in_quote(k) or w.upos != "NOUN" or not is_person_word(w.text, w.lemma):
                    continue
                if w.deprel.startswith("nsubj"):
                    break  # a subject is a mention already
                mention, _ = mention_for(view, k)
                if mention is not None and mention.span.end <= pointer.span.start:
                    found.append(mention)
                break
        return found


# The pronouns that point to the one mentioned last.
POINTING_WORDS = {"ce", "cette", "ces", "celui-ci", "celle-ci", "ceux-ci", "celles-ci"}

