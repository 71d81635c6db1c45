"""How identifiable is each source: the level 0–7 of GUIDELINES.md, with the reasons for it.

The level is the most specific identification the article gives a source anywhere:
a full name given in paragraph 2 still identifies the speaker of paragraph 20. The
features behind it (name, role, organization, field, place, relationship, basis of
knowledge, number, a stated reason for anonymity) are read off all of the source's
mentions and the sentences around them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

import regex

from .candidates import capitalized_institution, capitalized_seat, hyphenated_organization, press_colleagues
from .docview import DocView
from .lexicon import (
    anonymity_reasons,
    charge_participle_forms,
    collective_words,
    demonyms,
    find_outlet,
    is_person_word,
    is_rough_count,
    media_nouns,
    organization_nouns,
    person_nouns,
    relationship_nouns,
    service_nouns,
    title_roles,
    vague_nouns,
    word_set,
)
from .model import Mention, Rating, Source
from .names import is_first_name, is_full_name, office_of
from .nounphrase import phrase_at
from .phrasewords import DE_WORDS
from .wording import reason_text

LEVEL_NAMES = {
    0: "identified",
    1: "partly named",
    2: "institutional",
    3: "relational",
    4: "categorical",
    5: "vague",
    6: "collective",
    7: "unattributed",
}
LEVEL_LABELS_FR = {
    0: "identifiée",
    1: "partiellement nommée",
    2: "institutionnelle",
    3: "relationnelle",
    4: "catégorielle",
    5: "vague",
    6: "collective",
    7: "non attribuée",
}
BANDS = {"identified": range(0, 3), "anonymous": range(3, 7), "unattributed": range(7, 8)}

INSTITUTION_ADJECTIVES = {
    "fédéral",
    "fédérale",
    "national",
    "nationale",
    "général",
    "générale",
    "municipal",
    "municipale",
    "régional",
    "régionale",
    "départemental",
    "départementale",
    "européen",
    "européenne",
    "américain",
    "américaine",
    "français",
    "française",
}
FIELD_PATTERN = regex.compile(
    r"\b(?:en|de l['’]|du|des)\s*(?:secteur|industrie|domaine|milieu|filière)\b|\ben\s+\p{L}+", regex.I
)
BASIS_PATTERN = regex.compile(
    r"\bqui\s+(?:a|ont|avait|avaient)\s+(?:assisté|participé|vu|lu|entendu|travaillé|négocié|été présente?s?)"
    r"|\bqui\s+(?:suivait|suivaient|se trouvait|se trouvaient|était|étaient|passait|circulait|attendait)\b"
    r"|\btémoins?\b|\bprésente?s?\s+(?:lors|à|sur)\b"
    r"|\bau fait (?:de|du|des)\b|\bimpliquée?s?\s+dans\b",
    regex.I,
)
AGE = regex.compile(r"\d+\s*ans|(?:âgée?|agée?)\s+de\s+\d+\s*ans")


PROXIMITY = {"proche", "proches", "entourage", "familier", "familiers"}
# Adjectives that add nothing to who a source is (« une source sûre », « une source bien informée »).
VAGUE_ADJECTIVES = {
    "proche",
    "bien",
    "informé",
    "sûr",
    "fiable",
    "crédible",
    "concordant",
    "anonyme",
    "autre",
    "certain",
    "bon",
    "haut",
    "placé",
    "même",
    "seul",
    "nombreux",
    "différent",
    "divers",
}


@dataclass(slots=True)
class Features:
    """What the article tells about a source, across all its mentions."""

    full_name: str | None = None
    partial_name: str | None = None
    role: str | None = None
    organization: str | None = None
    office: str | None = None
    field_: str | None = None
    place: str | None = None
    relationship: str | None = None
    proximity: str | None = None
    basis: str | None = None
    number: str = "singular"
    vague: bool = False
    institution: bool = False
    reason: str | None = None
    boilerplate: bool = False
    possessive: str | None = None
    notes: list[str] = field(default_factory=list)
    role_by_name: bool = False  # the role is written next to the name (« le jeune Yanis B. »)
    camp: bool = False  # « l’opposition », « la majorité »: a political camp
    trial_party: str | None = None  # « la défense », « la partie civile »
    sole_office: str | None = None  # « le sélectionneur », « le maire »: the office's one holder, unnamed
    authorities: str | None = None  # « les autorités »: the state of the story's place, as a whole
    authorities_named: bool = False  # « les autorités portugaises », « les autorités de la ville »


def rate_sources(view: DocView, sources: tuple[Source, ...]) -> dict[str, Rating]:
    """The rating of every source, by source id."""
    return {source.id: rate_source(view, source) for source in sources}


def unattributed_rating() -> Rating:
    """The level of a quotation nobody is given for."""
    return Rating(7, LEVEL_NAMES[7], (reason_text("unattributed", ()),), reason_codes=(("unattributed", ()),))


def rate_source(view: DocView, source: Source) -> Rating:
    """The most specific level the article gives the source, and the reasons."""
    features = read_features(view, source)
    level, reasons = _level(source, features)
    pairs = tuple(
        (name, value)
        for name, value in (
            ("full_name", features.full_name),
            ("name", features.partial_name),
            ("role", features.role),
            ("organization", features.organization),
            ("field", features.field_),
            ("place", features.place),
            ("relationship", features.relationship),
            ("basis", features.basis),
            ("number", features.number),
        )
        if value
    )
    if 3 <= level <= 6:
        if features.reason:
            reasons.append(("reason_stock" if features.boilerplate else "reason_given", (features.reason,)))
        else:
            reasons.append(("no_reason", ()))
    return Rating(
        level=level,
        level_name=LEVEL_NAMES[level],
        reasons=tuple(reason_text(code, args) for code, args in reasons),
        anonymity_reason=features.reason,
        boilerplate_reason=features.boilerplate,
        features=pairs,
        reason_codes=tuple(reasons),
    )


Reason = tuple[str, tuple[str, ...]]


def _level(source: Source, f: Features) -> tuple[int, list[Reason]]:
    """The level and its reasons, as codes (see ``quotes.wording``)."""
    reasons: list[Reason] = []
    described = f.role or f.organization or f.office
    if f.full_name and source.kind == "person":
        if described:
            reasons += [("full_name", (f.full_name,)), ("described", (described,))]
            return 0, reasons
        reasons.append(("full_name_alone", (f.full_name,)))
        return 1, reasons
    if f.partial_name and source.kind == "person":
        if is_first_name(f.partial_name):
            reasons.append(("first_name", (f.partial_name,)))
            return 1, reasons
        reasons.append(("name", (f.partial_name,)))
        if described:
            reasons.append(("described", (described,)))
            return 0, reasons
        reasons.append(("name_alone", ()))
        return 1, reasons
    if f.camp and not (f.full_name or f.partial_name):
        reasons += [("no_name", ()), ("group", ())]
        return 6, reasons  # « l’opposition municipale »: a political camp (settled cases)
    if f.trial_party and not (f.full_name or f.partial_name):
        reasons += [("no_name", ()), ("events", (f.trial_party,))]
        return 3, reasons  # « la défense »: an unnamed lawyer, tied to the case
    if source.kind in ("organization", "media", "document") and (
        f.full_name or f.partial_name or f.institution or f.organization
    ):
        reasons.append(("organization", (f.full_name or f.partial_name or f.organization or source.name,)))
        return 2, reasons
    if f.authorities and not (f.full_name or f.partial_name):
        if f.authorities_named:
            reasons.append(("organization", (f.authorities,)))
            return 2, reasons
        reasons += [("no_name", ()), ("unnamed_institution", (f.authorities,))]
        return 4, reasons
    if f.office and (f.organization or f.institution):
        reasons.append(("office", (f.office,)))
        return 2, reasons
    reasons.append(("no_name", ()))
    if source.kind == "document":
        # « une étude américaine », « selon les premiers éléments de l’expertise »: no named author.
        reasons.append(("document", (source.name,)))
        return 4, reasons
    if f.number == "uncounted" and source.kind in ("person", "group", "organization"):
        reasons.append(("group", ()))
        return 6, reasons
    if f.relationship:
        reasons.append(("relationship", (f.relationship,)))
        return 3, reasons
    if f.possessive and source.kind == "person":
        reasons.append(("relationship", (f.possessive,)))
        return 3, reasons  # « Son délégué », « sa sœur »: someone the article has named
    if f.basis:
        reasons.append(("events", (f.basis,)))
        return 3, reasons
    if f.organization and source.kind == "person" and f.role:
        reasons.append(("member", (f.organization,)))
        return 3, reasons
    if f.sole_office and source.kind == "person":
        reasons.append(("events", (f.sole_office,)))
        return 3, reasons  # « le sélectionneur », « le maire »: the one person who holds it in the story
    if f.role or f.field_ or f.place:
        for code, value in (("role", f.role), ("field", f.field_), ("place", f.place)):
            if value:
                reasons.append((code, (value,)))
        return 4, reasons
    if f.proximity:
        reasons.append(("proximity", (f.proximity,)))
        return 5, reasons
    reasons.append(("vague", ()))
    return 5, reasons


def read_features(view: DocView, source: Source) -> Features:
    """Name, role, organization, field, place, relationship, number and anonymity reason of a source."""
    f = Features()
    # « 44 % des personnes interrogées » speaks through the Ifop's poll: the share says nothing of
    # how identified the institute is.
    through = {link.mention for link in source.links if "speaks through" in link.reason}
    for mention in source.mentions:
        if mention.kind == "pronoun" or mention.span in through:
            continue
        _read_mention(view, mention, source, f)
    if not f.role and (f.full_name or f.partial_name):
        f.role = _role_by_verb(view, source)
    if source.role and not f.role:
        f.role = source.role
    if f.role and not f.role_by_name and _plain_person(f.role) and (f.full_name or f.partial_name):
        f.role = None  # « Marouane Z. … Le jeune homme »: his age and sex, not a role
    if source.affiliation and not f.organization:
        f.organization = source.affiliation
    # A stated reason for anonymity, near any mention.
    for mention in source.mentions:
        first, last = view.reporter_sentence(view.word_at(mention.span.start))
        stated = _stated_reason(view, first, last)
        if stated is not None:
            f.reason, f.boilerplate = stated
            break
    return f


def _stated_reason(view: DocView, first: int, last: int) -> tuple[str, bool] | None:
    """The reason for anonymity a sentence states, and whether it is a stock phrase (kept on the
    view: a long article asks it of the same sentence for every mention there)."""
    key = ("stated_reason", first, last)
    if key not in view.memo:
        sentence = view.text[view.words[first].start : view.words[last - 1].end]
        # A real reason (« par crainte de représailles ») wins over the stock phrase next to it.
        found = [(reason, m) for reason in anonymity_reasons() if (m := reason.pattern.search(sentence))]
        best = min(found, key=lambda pair: pair[0].boilerplate) if found else None
        view.memo[key] = (best[1].group(0), best[0].boilerplate) if best is not None else None
    return cast("tuple[str, bool] | None", view.memo[key])


COPULAS = {"est", "était", "sera", "fut", "devient", "est devenu", "est devenue"}


def _only_a_person(view: DocView, first: int, last: int) -> bool:
    """The first noun of words ``[first, last)`` says only that someone is a person (« un homme »)."""
    words = view.words
    noun = next((m for m in range(first, last) if words[m].upos == "NOUN"), None)
    plain = word_set("plain_person_nouns.txt")
    return noun is not None and (words[noun].lemma.lower() in plain or words[noun].text.lower() in plain)


def _stated_role(view: DocView, end: int) -> str | None:
    """« Jean-Pierre G., est le maire de la ville », « X est la directrice de l’école »: the role a
    copula gives the name that ends at word ``end`` (the comma the writer may put before it)."""
    words = view.words
    k = end + 1 if end < len(words) and words[end].text == "," else end
    if k + 1 >= len(words) or words[k].text.lower() not in COPULAS or view.in_quote(k):
        return None
    _, s_last = view.reporter_sentence(k)
    phrase = phrase_at(view, k + 1, s_last, appositions=False)
    if phrase is None or phrase.first != k + 1 or words[phrase.first].upos != "DET":
        return None
    head = words[phrase.head]
    if not is_person_word(head.text, head.lemma) or _only_a_person(view, phrase.first, phrase.last):
        return None  # (« X est un homme heureux » gives no role)
    return view.text[words[phrase.first].start : words[phrase.last - 1].end]


def _read_mention(view: DocView, mention: Mention, source: Source, f: Features) -> None:
    words = view.words
    first, last = view.word_range(mention.span)
    lows = [words[k].text.lower() for k in range(first, last)]
    # « le préfet de police de Paris et le procureur de la République »: offices held by one person
    # each, joined; rated as the first one is, not as an uncounted group.
    coordinated = (
        mention.head is not None
        and words[mention.head].feat("Number") == "Sing"
        and any(lows[n] == "et" and lows[n + 1] in ("le", "la", "l'", "l’") for n in range(len(lows) - 1))
    )
    number = "sing" if coordinated else mention.number
    if mention.name is not None:
        name = mention.name.text_in(view.text)
        if is_full_name(name):
            f.full_name = f.full_name or name
        else:
            f.partial_name = f.partial_name or name
        role = mention.role.text_in(view.text).strip(" ,") if mention.role is not None else ""
        if role and mention.role is not None and _only_a_person(view, *view.word_range(mention.role)):
            role = ""  # « Paul F. est un homme heureux »: a person, no role
        if role and not AGE.fullmatch(role) and not f.role:
            f.role, f.role_by_name = role, True
        title = name.split()[0] if name.split() else ""
        if not f.role and title in title_roles() and len(name.split()) > 1:
            f.role, f.role_by_name = title, True  # « Me Louis T. », « le Pr Nobutaka M. »: a profession
    elif mention.kind == "name":
        f.partial_name = f.partial_name or mention.text
    elif source.kind == "organization" and capitalized_seat(mention.text):
        f.organization = f.organization or mention.text  # « Au Palais, on … »: the presidency
    head = mention.head
    head_lemma = _head_lemma(view, mention)
    after = words[head + 1].lemma.lower() if head is not None and head + 1 < len(words) else None
    office = office_of(head_lemma, after)  # « le maire », « l’avocate générale »
    if office and head is not None and any(
        words[k].text.lower() in ("ancien", "ancienne", "ex", "ex-") for k in range(first, head)
    ):
        office = None  # « l’ancien chef de l’opposition »: who held it speaks for nobody now
    if office:
        f.office = f.office or office
        # (« selon les termes du préfet »: the article is in « du », before the mention)
        contracted_article = first > 0 and words[first - 1].text.lower() in ("du", "au")
        definite = lows[0] in ("le", "la", "l'", "l’") or contracted_article
        if mention.name is None and definite and number != "plur":
            f.sole_office = f.sole_office or mention.text  # « le sélectionneur »: the one who holds it
    # Organizations named inside the mention (« de la fédération », « du groupe UMP »).
    entities = {view.entity_of[k] for k in range(first, last)} - {-1}
    for entity in (view.doc.entities[n] for n in sorted(entities)):
        if (
            entity.label == "ORG"
            and mention.span.contains(entity.span)
            and (mention.name is None or not mention.name.contains(entity.span) or source.kind != "person")
        ):
            f.organization = f.organization or entity.span.text_in(view.text)
        if (
            entity.label == "LOC"
            and mention.span.contains(entity.span)
            and entity.first > 0
            and view.words[entity.first - 1].text.lower() in ("à", "au", "aux", "en", "dans")
        ):
            f.place = f.place or entity.span.text_in(view.text)
    for k in range(first, last):
        w = words[k]
        # « le porte-parole de la police », « un représentant du groupe » (not « proche de l'entreprise »)
        service = (  # « un porte-parole des pompiers des Yvelines »: a service named in the plural
            w.text.lower() in word_set("plural_institutions.txt")
            and words[k - 1].text.lower() in ("des", "les")
        )
        named_service = w.text[:1].isupper() and w.text.lower() in service_nouns()  # « la Sécurité civile »
        if (
            (w.lemma.lower() in organization_nouns() or service or named_service)
            and k not in (head, first)
            and (w.upos == "NOUN" or named_service)
            and (words[k - 1].text.lower() in ("la", "le", "l'", "l’", "du") or service)
            and not any(words[m].text.lower() in PROXIMITY for m in range(max(first, k - 4), k))
        ):
            f.organization = f.organization or _phrase_text(view, k, last)
        if (
            w.text.lower() in ("à", "au")
            and k + 1 < last
            and (words[k + 1].upos == "PROPN" or words[k + 1].text[:1].isupper())
        ):
            f.place = f.place or _phrase_text(view, k + 1, last)
    plural_institution = head is not None and words[head].text.lower() in word_set("plural_institutions.txt")
    governing = head is not None and head_lemma in word_set("governing_bodies.txt")
    if governing and head is not None and lows[0] == "les" and not mention.name:
        f.authorities = f.authorities or mention.text  # not « des autorités locales »: an uncounted group
        qualifier = words[head + 1] if head + 1 < last else None
        if qualifier is not None and (qualifier.upos == "ADJ" or qualifier.text.lower() in DE_WORDS):
            f.authorities_named = True  # « les autorités portugaises », « les autorités de la ville »
    phrase = " ".join(low for low in lows if low not in ("le", "la", "les", "l'", "l’"))
    parties = word_set("trial_parties.txt")
    if mention.name is None and (phrase in parties or head_lemma in parties):
        f.trial_party = f.trial_party or mention.text
    if lows[:2] == ["la", "plupart"] or (lows and lows[0] in ("quelques", "beaucoup", "nombre")):
        f.number = "uncounted"  # « la plupart des maires », « quelques bourgmestres »
    capitalized = head is not None and head > first and words[head].text[:1].isupper()
    if head_lemma in word_set("political_camps.txt") and mention.name is None and not capitalized:
        f.camp = True  # not « le Centre régional d’information routière »: an institution
    if source.kind in ("organization", "media", "document"):
        first_word = words[first].text.lower()
        institution_head = head_lemma in organization_nouns()
        contracted = first > 0 and words[first - 1].text.lower() in ("au", "aux", "du")
        if (first_word in ("le", "la", "l'", "l’") or contracted) and institution_head:
            f.institution = True  # « la police », « le parquet », « (au) ministère de l’Intérieur »
        if first_word == "les" and plural_institution:
            f.institution = True  # « les douanes »: one administration, a plural name
        if head is not None and capitalized_institution(view, mention, head):
            f.institution = True  # « selon le District »: the short name of the District autonome d’Abidjan
        compound = hyphenated_organization(view, mention) if source.kind == "organization" else None
        if compound is not None and f.organization is None:
            f.organization = compound  # « Météo-France »: a name, whatever the tokenizer did to it
        outlet = find_outlet(mention.text) if source.kind == "media" else None
        if outlet is not None and f.organization is None:
            f.organization = outlet.group()  # « selon le Parisien »: a named outlet speaks as itself
        colleagues = press_colleagues(view, mention)
        if head is not None and (head_lemma in media_nouns() or colleagues) and f.organization is None:
            for k in range(first, last):
                # « les informations du Parisien »: a capitalized name after « du » is the outlet.
                after_de = k > first and words[k - 1].text.lower() in ("de", "du", "d'", "d’", "des")
                if (words[k].upos == "PROPN" and view.entity_label(k) != "LOC") or (
                    after_de and words[k].text[:1].isupper()
                ):
                    f.organization = _phrase_text(view, k, last)
                    break
    if office and any(low in INSTITUTION_ADJECTIVES for low in lows):
        f.institution = True  # « l’avocat général », « le procureur fédéral »
    # « le maire de Lyon », « le ministre de l'Intérieur », « le ministre délégué à l’Industrie »:
    # a single office holder, identifiable.
    if (
        office
        and lows[0] in ("le", "la", "l'", "l’")
        and any(low in ("de", "du", "des", "d'", "d’", "à", "au", "aux") for low in lows[1:])
        and number != "plur"
    ):
        f.institution = True
    if (
        head is not None
        and is_person_word(words[head].text, head_lemma)
        and head_lemma not in vague_nouns()
        and not f.role
    ):
        f.role = mention.text if mention.name is None else f.role
    if mention.name is None and not f.role:
        elided = _elided_noun(view, first, last)
        if elided is not None:
            f.role = f"{mention.text} ({elided})"  # « une autre » (employée), « l’un d’entre eux »
    if head is not None and words[head].text.lower() in demonyms() and mention.name is None:
        f.place = (
            f.place or mention.text
        )  # « le Suisse », « une Lyonnaise »: described by where they are from
    # Field or sector: « en IA », « du secteur ».
    m = FIELD_PATTERN.search(mention.text)
    if m and mention.name is None:
        f.field_ = f.field_ or m.group(0)
    # Relationship to the subject: a relationship noun with a complement.
    if head_lemma in relationship_nouns() and any(low in ("de", "du", "des", "d'", "d’") for low in lows[1:]):
        f.relationship = f.relationship or mention.text
    # « l’accusé », « le prévenu », « le père » (of the victim): tied to the story, not a trade.
    story_ties = word_set("trial_roles.txt") | word_set("family_nouns.txt")
    if mention.name is None and (
        head_lemma in story_ties or (head is not None and words[head].text.lower() in story_ties)
    ):
        f.relationship = f.relationship or mention.text
    if mention.name is None and head is not None and any(
        words[k].text.lower() in charge_participle_forms() for k in range(head + 1, min(last, head + 3))
    ):
        f.relationship = f.relationship or mention.text  # « le jeune soupçonné d’avoir frappé »: the case's
    event_nouns = word_set("event_nouns.txt")
    if head_lemma in event_nouns or any(
        words[k].lemma.lower() in event_nouns and words[k].upos == "NOUN" for k in range(first, last)
    ):
        f.relationship = f.relationship or mention.text  # « une victime », « un témoin de la scène »
    if any(
        words[k].lemma.lower() == "présent" and words[k + 1].text.lower() in ("à", "au", "aux", "lors")
        for k in range(first, last - 1)
    ):
        f.relationship = f.relationship or mention.text  # « un diplomate présent au dîner »: a witness
    if any(low in PROXIMITY for low in lows):
        f.proximity = f.proximity or mention.text
        if head_lemma in vague_nouns():
            f.role = None if f.role == mention.text else f.role
    if lows and lows[0] in ("son", "sa", "ses", "leur", "leurs") and mention.name is None:
        f.possessive = f.possessive or mention.text
    if head_lemma in vague_nouns():
        f.vague = True
        if f.role == mention.text:
            f.role = None
        # « une source policière », « une source diplomatique »: the field the source works in.
        # Only the adjectives right after the head: in « un proche de la Première ministre » the
        # adjective belongs to the complement.
        k = (head or first) + 1
        while k < last and words[k].upos == "ADJ":
            if words[k].lemma.lower() not in VAGUE_ADJECTIVES:
                f.field_ = f.field_ or words[k].text
                break
            k += 1
    # Number: « les experts » (uncounted), « deux responsables » (counted).
    plural = number == "plur" and not plural_institution
    if (plural or source.kind == "group" or head_lemma in collective_words()) and not coordinated:
        counted = any(words[k].upos == "NUM" for k in range(first, last))
        if counted:
            f.number = "counted"
        elif f.number != "counted":
            f.number = "uncounted"
    if head_lemma in {"élite", "foule", "opinion", "public", "entourage", "milieu", "camp"}:
        f.number = "uncounted" if head_lemma != "entourage" else f.number
    # Basis of knowledge, just after the mention (« qui a assisté à la réunion »).
    after = view.text[mention.span.end : mention.span.end + 80]
    m = BASIS_PATTERN.search(after) or BASIS_PATTERN.search(mention.text)
    if m:
        f.basis = f.basis or m.group(0)


ELLIPTIC_WORDS = {"un", "une", "autre", "second", "seconde", "deuxième", "troisième"}


def _elided_noun(view: DocView, first: int, last: int) -> str | None:
    """« une employée … une autre », « des ouvriers … l’un d’entre eux »: the person noun a mention
    with no noun of its own leaves out, read from the nearest one before it (three sentences back
    at most, of the same gender; a plural one for « d’entre eux »)."""
    words = view.words
    lows = [words[k].text.lower() for k in range(first, last)]
    if not set(lows) & ELLIPTIC_WORDS or any(words[k].upos in ("NOUN", "PROPN") for k in range(first, last)):
        return None
    among = bool(set(lows) & {"eux", "elles"})
    gender = "Fem" if set(lows) & {"une", "elles", "seconde"} else None
    gender = gender or ("Masc" if set(lows) & {"un", "eux"} else None)
    sentence = view.sentence_of[first]
    for k in range(first - 1, -1, -1):
        if view.sentence_of[k] < sentence - 3:
            break
        w = words[k]
        # « une ouvrière », which the tagger may call an adjective
        noun = w.upos == "NOUN" or (w.upos == "ADJ" and k > 0 and words[k - 1].upos == "DET")
        if not noun or view.in_quote(k) or not is_person_word(w.text, w.lemma):
            continue
        if (among and w.feat("Number") != "Plur") or (gender and w.feat("Gender") not in (None, "", gender)):
            continue
        return None if w.lemma.lower() in vague_nouns() else w.text  # « une source … une autre »: vague
    return None


def _role_by_verb(view: DocView, source: Source) -> str | None:
    """A named person's function given by a verb: « X dirige depuis 2018 la maison de quartier »,
    « X, qui préside l’association », « X est la présidente du club »."""
    words = view.words
    functions = word_set("function_verbs.txt")
    for mention in source.mentions:
        if mention.name is None and mention.kind != "name":
            continue
        first, last = view.word_range(mention.span)
        candidates: list[int] = []
        # The verb whose subject the name is.
        for k in range(first, last):
            if words[k].deprel.startswith("nsubj") and words[k].head >= 0:
                candidates.append(words[k].head)
        # « X, qui dirige … »
        if last + 1 < len(words) and words[last].text == "," and words[last + 1].text.lower() == "qui":
            verbs = [m for m in range(last + 2, min(len(words), last + 5)) if words[m].upos == "VERB"]
            candidates += verbs[:1]
        for verb in candidates:
            w = words[verb]
            if view.in_quote(verb):
                continue
            copula = any(words[c].deprel == "cop" for c in view.children[verb])
            if w.lemma.lower() in functions or (copula and is_person_word(w.text, w.lemma)):
                objects = [
                    c
                    for c in view.children[verb]
                    if words[c].deprel in ("obj", "obl", "obl:arg", "nmod") and c > verb
                ]
                end = max((max(_subtree(view, c)) for c in objects), default=verb) + 1
                start = min([verb, *(c for c in view.children[verb] if words[c].deprel == "det")])
                role = view.text_of(start, end)
                if w.lemma.lower() == "travailler" and not objects:
                    continue
                if copula and _only_a_person(view, start, end):
                    continue  # « X est un homme heureux »: a person, no function
                if copula or objects:
                    return role
        stated = _stated_role(view, last)
        if stated:
            return stated  # « Jean-Pierre G., est le maire de la ville »: the parser lost the copula
    return None


def _subtree(view: DocView, i: int) -> list[int]:
    found, todo = [], [i]
    while todo:
        k = todo.pop()
        found.append(k)
        todo.extend(view.children[k])
    return found


def _plain_person(role: str) -> bool:
    """« le jeune homme », « une quadragénaire »: a person, an age or a sex, no role."""
    words = role.lower().replace("’", "'").split()
    while words and (words[0] in ("le", "la", "les", "l'", "un", "une", "ce", "cette") or words[0].isdigit()):
        words = words[1:]
    for n in range(len(words) - 1):
        if words[n] in ("de", "d'") and words[n + 1][:1].isdigit():
            words = words[:n]  # « jeune homme de 25 ans »
            break
    return " ".join(words) in word_set("plain_person_nouns.txt")


def _head_lemma(view: DocView, mention: Mention) -> str:
    if mention.head is None:
        return ""
    words = view.words
    head = mention.head
    counted = ("un", "une", "certains", "certaines", "plusieurs", "deux", "trois")
    if words[head].text.lower() in counted or is_rough_count(words[head].text):  # « une vingtaine de … »
        for k in range(head + 1, min(head + 5, len(words))):
            if words[k].upos in ("NOUN", "PROPN"):
                head = k
                break
    compound = view.compound(head)
    if "-" in compound and (compound in organization_nouns() or compound in person_nouns()):
        return compound  # « l’état-major » cut in three by the tokenizer
    text = words[head].text.lower()
    return text if "-" in text else words[head].lemma.lower()


def _phrase_text(view: DocView, start: int, last: int) -> str:
    end = start
    words = view.words
    while end < last and words[end].text not in (",", "qui", "que"):
        end += 1
    return view.text_of(start, end)
