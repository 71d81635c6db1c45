"""Who can speak: the kind of a speaker mention, and the rules' candidates that are set aside.

Every sentence was written for this table. A quotation's speaker is chosen among the
mentions the rules find; one that cannot speak (an act, a state, a thing, a place outside
the subject of a reporting verb) is set aside for the next rule's, or for nobody.
"""

from __future__ import annotations

import pytest
from lookup import quote_with

pytestmark = pytest.mark.spacy

# (sentence, the subject mention of « a affirmé », its kind)
KINDS = [
    ("Le maire de Vaubrun a affirmé que le chantier reprendrait.", "person"),
    ("La rapporteure a affirmé que le texte serait amendé.", "person"),
    ("Le colistier a affirmé que la liste resterait unie.", "unknown"),
    ("Les habitants ont affirmé que la route était dangereuse.", "group"),
    ("L’ARS a affirmé que l’eau était potable.", "organization"),
    ("La préfecture a affirmé que la manifestation était interdite.", "organization"),
    ("Le rapport affirme que les crédits ont baissé.", "media"),
    ("Delphine Auvray a affirmé que rien n’avait été signé.", "person"),
    ("Les États-Unis ont affirmé que l’accord tenait.", "place"),
    ("La fermeture de l’usine a affirmé que tout était fini.", None),
    ("L’augmentation des loyers affirme que le quartier change.", None),
]


@pytest.mark.parametrize(("sentence", "kind"), KINDS, ids=[k[0][:30] for k in KINDS])
def test_speaker_kind(parse_text, sentence: str, kind: str | None) -> None:  # type: ignore[no-untyped-def]
    from quotes.candidates import speaker_kind
    from quotes.cues import find_verb_cues
    from quotes.docview import DocView
    from quotes.marks import find_quote_marks

    doc = parse_text(sentence)
    view = DocView(doc, find_quote_marks(sentence).spans)
    cues = [c for c in find_verb_cues(view) if c.speaker is not None]
    assert cues, f"no cue with a subject in {sentence!r}"
    assert speaker_kind(view, cues[0].speaker) == kind, cues[0].speaker.text


# A rule's speaker that cannot speak is set aside; the quotation goes to the next rule's speaker.
SET_ASIDE = [
    (
        "Pour la direction, la fermeture du site « n’est qu’une étape », a expliqué Lucie Fabre, "
        "porte-parole du groupe.",
        "n’est qu’une étape",
        "Lucie Fabre",
    ),
    (
        "Selon la mairie, la baisse des effectifs « ne touchera pas les écoles ».",
        "ne touchera pas les écoles",
        "mairie",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), SET_ASIDE, ids=["incise", "selon"])
def test_the_speaker_can_speak(analyze_text, text: str, fragment: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze_text(text)
    (q,) = [q for q in analysis.quotes if q.kind == "partial" and fragment in q.text]
    assert q.speaker is not None and speaker in q.speaker.text


def test_a_quote_records_its_runner_up(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Selon le syndicat, « rien n’est joué », a déclaré Marc Ibert, délégué du personnel."
    q = quote_with(analyze_text(text), "rien n’est joué")
    assert q.speaker is not None and "Marc Ibert" in q.speaker.text
    assert any("syndicat" in alt.speaker.text for alt in q.alternatives)


def test_a_thing_after_the_marks_is_not_an_inverted_subject(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """« … » followed by a verb and its object: the object is no speaker, the words are a term."""
    text = "Les ruches nourries « naturellement » présentaient les mêmes anomalies."
    analysis = analyze_text(text)
    assert [(q.kind, q.text, q.speaker) for q in analysis.quotes] == [("scare", "naturellement", None)]



# Where no rule names a speaker, the context does: a guess, flagged and with a low confidence.
CONTEXT = [
    (
        "paragraph-topic",
        "Lundi matin, Odile Verchère a rouvert sa boulangerie de la rue des Tanneurs. La vitrine est neuve, "
        "le four aussi. « J’ai cru que je ne reviendrais jamais. »",
        "J’ai cru que je ne reviendrais jamais.",
        "Odile Verchère",
    ),
    (
        "paragraph-before",
        "Hugo Lamballe élève des brebis à Saint-Firmin depuis trente ans. Cet automne, il a vendu la "
        "moitié de son troupeau.\n"
        "Sur le marché de Gap, l’ambiance est morose. "
        "« Les prix ne remontent pas. Personne ne nous écoute. »",
        "Les prix ne remontent pas.",
        "Hugo Lamballe",
    ),
    (
        "headline",
        "Fermeture de la maternité : « Une décision prise à Paris »\n"
        "« Ce sont nos bébés qu’on envoie à quarante kilomètres », a dénoncé Agnès Morvan, maire de Lurcy.",
        "Une décision prise à Paris",
        "Agnès Morvan",
    ),
]


@pytest.mark.parametrize(("name", "text", "fragment", "speaker"), CONTEXT, ids=[c[0] for c in CONTEXT])
def test_a_guess_from_the_context(analyze_text, name: str, text: str, fragment: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    from quotes.candidates import CHECK_BELOW

    analysis = analyze_text(text)
    q = quote_with(analysis, fragment)
    source = next(s for s in analysis.sources if s.id == analysis.quote_sources[q.id])
    assert speaker in source.name
    assert "guess" in q.flags and q.confidence < CHECK_BELOW


def test_an_impersonal_passive_names_nobody(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Marion Delcour préside la commission depuis mars. Il a été demandé aux élus de « réduire "
        "les dépenses de fonctionnement de dix pour cent »."
    )
    q = quote_with(analyze_text(text), "réduire les dépenses")
    assert q.speaker is None
