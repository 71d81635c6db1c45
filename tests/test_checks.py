"""Specification: the newsroom checks on anonymous sources, and the article's sourcing audit.

Every check of ``quotes/checks.py`` has a passage where it must fire and one where it
must not (passages written for these tests, invented people and places). A finding must
say what it found and where: its message names the source or the quotation and the
paragraph (« paragraphe N »), and it names the standard it comes from.

The audit counts quotations (direct and partial) and quoted words by band: identified
(levels 0–2), anonymous (3–6), unattributed (7); distinct sources by band; how many
sources are fully identified (none / 1 / 2–3 / 4+); whether the article rests only on
anonymous sources; whether its first quotation is anonymous. The client's article (issue
6): the partner is level 3, the investor 4, « une personne proche de Liang » 5, « les
initiés du secteur » 6, Ritwik Gupta 0, and 11 of its 17 quotations come from anonymous
sources, one from nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from lookup import quote_with

from quotes.checks import STANDARDS, audit

# --- helpers --------------------------------------------------------------------------------


def source_of(analysis, fragment: str):  # type: ignore[no-untyped-def]
    """The source of the quotation containing ``fragment`` (None when unattributed)."""
    source_id = analysis.quote_sources.get(quote_with(analysis, fragment).id)
    return next((s for s in analysis.sources if s.id == source_id), None)


def findings(analysis, check: str) -> list:  # type: ignore[no-untyped-def]
    return [f for f in analysis.findings if f.check == check]


def words(text: str) -> int:
    return len(text.split())


# --- the checks: one passage where each fires, one where it does not --------------------------


@dataclass(frozen=True)
class CheckCase:
    check: str
    text: str
    quote: str  # a fragment of the quotation the finding is about
    paragraph: int  # where the finding must say it is
    names: str  # "source": the message names the source; "quote": it quotes the quotation
    source_pattern: str | None = None  # the source the finding is about


POSITIVE = [
    pytest.param(
        CheckCase(
            "bare-source",
            "Les rumeurs de remaniement se multiplient à Valbrune.\n"
            "« Le ministre présentera sa démission lundi », a déclaré une source.",
            "Le ministre présentera",
            2,
            "source",
            r"(?i)^une source$",
        ),
        id="bare-source",
    ),
    pytest.param(
        CheckCase(
            "no-reason",
            "« Les cadences ont doublé depuis le rachat », a affirmé un employé de la société Batimex.",
            "Les cadences ont doublé",
            1,
            "source",
            r"(?i)employé",
        ),
        id="no-reason",
    ),
    pytest.param(
        CheckCase(
            "boilerplate-reason",
            "La direction de Batimex a annoncé mardi la fermeture de l’atelier de Porcheval.\n"
            "« Le plan était prêt depuis janvier », a déclaré un cadre de Batimex, sous couvert d’anonymat.",
            "Le plan était prêt",
            2,
            "source",
            r"(?i)cadre",
        ),
        id="boilerplate-reason",
    ),
    pytest.param(
        CheckCase(
            "no-relationship",
            "« Les prix vont encore grimper cet hiver », a estimé un économiste.",
            "Les prix vont encore",
            1,
            "source",
            r"(?i)économiste",
        ),
        id="no-relationship",
    ),
    pytest.param(
        CheckCase(
            "anonymous-opinion",
            "« Les comptes sont sains », a assuré Jean-Marc Tellier, maire de Sainte-Aveline, en présentant "
            "son budget.\n"
            "« Tellier est un incompétent et un menteur », a lâché un conseiller municipal de l’opposition.",
            "Tellier est un incompétent",
            2,
            "quote",
            r"(?i)conseiller",
        ),
        id="anonymous-opinion",
    ),
    pytest.param(
        CheckCase(
            "anonymous-opinion",
            "Le maire de Sainte-Aveline, Jean-Marc Tellier, brigue un troisième mandat.\n"
            "Dans les couloirs, les critiques fusent.\n"
            "« Tellier est arrogant et méprisant avec les agents », a lâché un fonctionnaire de la mairie.",
            "Tellier est arrogant",
            3,
            "quote",
            r"(?i)fonctionnaire",
        ),
        id="anonymous-opinion:named-person-not-quoted",
    ),
    pytest.param(
        CheckCase(
            "plural-single",
            "Le projet de nouveau siège régional a coûté trois fois le budget prévu.\n"
            "« Je n’ai jamais vu un tel gâchis d’argent public », affirment des sources au ministère des "
            "Finances.",
            "Je n’ai jamais vu",
            2,
            "source",
            r"(?i)sources",
        ),
        id="plural-single",
    ),
    pytest.param(
        CheckCase(
            "single-anonymous",
            "« Nos comptes sont publics et contrôlés », a déclaré Jean-Marc Tellier, maire de "
            "Sainte-Aveline.\n"
            "« Le maire a signé le contrat de la cantine sans appel d’offres », a affirmé un employé de la "
            "mairie.",
            "Le maire a signé le contrat",
            2,
            "quote",
            r"(?i)employé",
        ),
        id="single-anonymous",
    ),
    pytest.param(
        CheckCase(
            "anonymous-first",
            "« Les caisses de la commune sont vides », a confié un adjoint au maire de Sainte-Aveline.\n"
            "« Les comptes sont sains », a répondu le maire, Jean-Marc Tellier.",
            "Les caisses de la commune",
            1,
            "source",
        ),
        id="anonymous-first",
    ),
    pytest.param(
        CheckCase(
            "unattributed",
            "« Nos comptes sont publics », a assuré Jean-Marc Tellier, maire de Sainte-Aveline.\n"
            "La réunion publique a tourné court. Il a été demandé aux habitants de « patienter jusqu’au "
            "prochain conseil ».",
            "patienter jusqu’au",
            2,
            "quote",
        ),
        id="unattributed",
    ),
]

NEGATIVE = [
    pytest.param(
        "bare-source",
        "« Le ministre présentera sa démission lundi », a déclaré une source proche du dossier.",
        id="bare-source:source-with-a-description",
    ),
    pytest.param(
        "no-reason",
        "« Les cadences ont doublé depuis le rachat », a affirmé un employé de la société Batimex, qui n’est "
        "pas autorisé à s’exprimer publiquement.",
        id="no-reason:real-reason-given",
    ),
    pytest.param(
        "no-reason",
        "« Les cadences ont doublé depuis le rachat », a affirmé Karim Bensaïd, délégué syndical "
        "chez Batimex.",
        id="no-reason:identified-source",
    ),
    pytest.param(
        "boilerplate-reason",
        "« Le plan était prêt depuis janvier », a déclaré un cadre de Batimex, qui a requis l’anonymat par "
        "crainte de représailles.",
        id="boilerplate-reason:real-reason",
    ),
    pytest.param(
        "boilerplate-reason",
        "« Le plan était prêt depuis janvier », a déclaré un cadre de Batimex, qui n’est pas autorisé à "
        "s’exprimer publiquement.",
        id="boilerplate-reason:not-authorized",
    ),
    pytest.param(
        "no-relationship",
        "« Nous avons entendu des cris vers deux heures du matin », a raconté un voisin de la victime.",
        id="no-relationship:neighbour",
    ),
    pytest.param(
        "anonymous-opinion",
        "Jean-Marc Tellier, maire de Sainte-Aveline, brigue un troisième mandat.\n"
        "« Tellier est un incompétent et un menteur », a lâché Paul Garnier, chef de file de l’opposition.",
        id="anonymous-opinion:named-critic",
    ),
    pytest.param(
        "anonymous-opinion",
        "Jean-Marc Tellier, maire de Sainte-Aveline, brigue un troisième mandat.\n"
        "« Les recettes fiscales sont surestimées d’au moins deux millions », a estimé un conseiller "
        "municipal de l’opposition.",
        id="anonymous-opinion:no-judgement",
    ),
    pytest.param(
        "plural-single",
        "« Nous n’avons jamais vu un tel gâchis d’argent public », affirment des sources au ministère des "
        "Finances.",
        id="plural-single:first-person-plural",
    ),
    pytest.param(
        "single-anonymous",
        "« Le contrat de la cantine a été signé sans appel d’offres », a affirmé un employé de la mairie. "
        "« Je confirme qu’aucun appel d’offres n’a été lancé », a déclaré Paul Garnier, conseiller "
        "municipal d’opposition à Sainte-Aveline.",
        id="single-anonymous:corroborated-in-paragraph",
    ),
    pytest.param(
        "anonymous-first",
        "« Les comptes sont sains », a déclaré le maire de Sainte-Aveline, Jean-Marc Tellier.\n"
        "« Les caisses de la commune sont vides », a confié un adjoint au maire.",
        id="anonymous-first:identified-first",
    ),
    pytest.param(
        "unattributed",
        "« Nos comptes sont publics », a assuré Jean-Marc Tellier, maire de Sainte-Aveline.\n"
        "« Les recettes sont surestimées », a répondu Paul Garnier, chef de file de l’opposition.",
        id="unattributed:everyone-named",
    ),
    pytest.param(
        "only-anonymous",
        "« Les caisses de la commune sont vides », a confié un adjoint au maire de Sainte-Aveline.\n"
        "« Les comptes sont sains », a répondu le maire, Jean-Marc Tellier.",
        id="only-anonymous:one-identified-source",
    ),
]


@pytest.mark.parametrize("case", POSITIVE)
def test_check_fires_and_says_what_and_where(analyze_text, case: CheckCase) -> None:
    analysis = analyze_text(case.text)
    found = findings(analysis, case.check)
    assert found, f"{case.check} did not fire; findings: {[(f.check, f.message) for f in analysis.findings]}"
    finding = found[0]
    assert finding.standard in STANDARDS, f"unknown standard {finding.standard!r}"
    assert f"paragraphe {case.paragraph}" in finding.message, finding.message
    quote = quote_with(analysis, case.quote)
    source = source_of(analysis, case.quote)
    if case.names == "source":
        assert source is not None, f"the quotation {case.quote!r} has no source"
        assert f"« {source.name} »" in finding.message, finding.message
    else:
        excerpt = " ".join(quote.text.split())[:40]
        assert excerpt in finding.message, finding.message
    if case.source_pattern is not None:
        assert source is not None and re.search(case.source_pattern, source.name), (
            f"source of {case.quote!r}: {source.name if source else None}"
        )
        assert source.id in finding.source_ids, f"finding about {finding.source_ids}, not {source.id}"


@pytest.mark.parametrize(("check", "text"), NEGATIVE)
def test_check_stays_quiet(analyze_text, check: str, text: str) -> None:
    analysis = analyze_text(text)
    assert analysis.quotes, "no quotation found"
    found = findings(analysis, check)
    assert not found, f"{check} fired: {[f.message for f in found]}"


def test_only_anonymous_fires_when_no_source_is_identified(analyze_text) -> None:
    analysis = analyze_text(
        "« Les caisses de la commune sont vides », a confié un adjoint au maire de Sainte-Aveline.\n"
        "« Personne ne veut voir les chiffres », a ajouté une employée du service financier de la mairie."
    )
    found = findings(analysis, "only-anonymous")
    assert len(found) == 1, [(f.check, f.message) for f in analysis.findings]
    assert found[0].standard in STANDARDS
    assert "source" in found[0].message


def test_every_finding_names_a_known_standard_and_speaks_french(analyze_text) -> None:
    analysis = analyze_text(
        "« Les caisses de la commune sont vides », a confié un adjoint au maire de Sainte-Aveline.\n"
        "« Je n’ai jamais vu ça », affirment des sources à la mairie, sous couvert d’anonymat.\n"
        "Il a été demandé aux habitants de « patienter jusqu’au prochain conseil »."
    )
    assert analysis.findings
    for finding in analysis.findings:
        assert finding.standard in STANDARDS, finding
        assert finding.title and finding.message, finding


# --- the audit --------------------------------------------------------------------------------

AUDIT_TEXT = (
    "« Nous rouvrirons le service des urgences en mars », a déclaré Claire Vasseur, ministre de la Santé, "
    "lors de sa visite à Porcheval.\n"
    "Dans les couloirs, le personnel reste sceptique. Il a été demandé aux soignants de « tenir jusqu’à "
    "l’automne ».\n"
    "« Les moyens ne suivront pas », a confié un médecin du service, qui n’est pas autorisé à s’exprimer "
    "publiquement. « Nous fermons des lits chaque semaine », a-t-il ajouté.\n"
    "Selon Grégoire Lemaire, directeur de l’hôpital, « le recrutement de six médecins est en bonne voie »."
)
IDENTIFIED_QUOTES = (
    "Nous rouvrirons le service des urgences en mars",
    "le recrutement de six médecins est en bonne voie",
)
ANONYMOUS_QUOTES = ("Les moyens ne suivront pas", "Nous fermons des lits chaque semaine")
UNATTRIBUTED_QUOTES = ("tenir jusqu’à l’automne",)


def test_audit_counts_quotations_and_words_by_band(analyze_text) -> None:
    result = audit(analyze_text(AUDIT_TEXT))
    assert result.quotations == 5
    expected = {
        "identified": IDENTIFIED_QUOTES,
        "anonymous": ANONYMOUS_QUOTES,
        "unattributed": UNATTRIBUTED_QUOTES,
    }
    total_words = sum(words(q) for quotes in expected.values() for q in quotes)
    assert result.words == total_words
    for band, quotes in expected.items():
        assert result.bands[band].quotes == len(quotes), (band, result.bands)
        assert result.bands[band].words == sum(words(q) for q in quotes), (band, result.bands)
        assert result.share(band) == pytest.approx(len(quotes) / 5)
        assert result.word_share(band) == pytest.approx(sum(words(q) for q in quotes) / total_words)


def test_audit_counts_distinct_sources_by_band(analyze_text) -> None:
    result = audit(analyze_text(AUDIT_TEXT))
    assert result.bands["identified"].sources == 2, result.bands
    assert result.bands["anonymous"].sources == 1, result.bands  # the doctor, quoted twice
    assert result.bands["unattributed"].sources == 0, result.bands


def test_audit_flags_for_a_mixed_article(analyze_text) -> None:
    result = audit(analyze_text(AUDIT_TEXT))
    assert result.fully_identified == 2
    assert result.fully_identified_bucket == "2–3"
    assert result.only_anonymous is False
    assert result.first_quote_anonymous is False


BUCKET_PEOPLE = [
    ("Claire Vasseur, ministre de la Santé", "Les urgences de Porcheval resteront ouvertes"),
    ("Grégoire Lemaire, directeur de l’hôpital de Porcheval", "Six médecins arriveront en septembre"),
    ("Isabelle Ferrand, présidente de la commission médicale", "Les équipes sont épuisées"),
    ("Arnaud Delcourt, préfet de la Lizière", "Les ambulances seront renforcées cet été"),
    ("Nadia Cherki, déléguée syndicale à l’hôpital", "Les promesses ne suffisent plus"),
]


def bucket_text(n: int) -> str:
    """An article quoting ``n`` fully identified people, plus one named without a role and one anonymous."""
    lines = [f"« {quote} », a déclaré {who}." for who, quote in BUCKET_PEOPLE[:n]]
    lines.append("« On attend depuis trois heures », a soupiré Rémi Fauchard.")
    lines.append("« Le service tourne avec la moitié de l’effectif », a confié une infirmière du service.")
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("n", "bucket"),
    [(0, "none"), (1, "1"), (2, "2–3"), (3, "2–3"), (4, "4+"), (5, "4+")],
    ids=["none", "one", "two", "three", "four", "five"],
)
def test_fully_identified_bucket(analyze_text, n: int, bucket: str) -> None:
    result = audit(analyze_text(bucket_text(n)))
    assert result.fully_identified == n
    assert result.fully_identified_bucket == bucket


def test_only_anonymous_and_first_quotation_anonymous(analyze_text) -> None:
    result = audit(
        analyze_text(
            "« Les caisses de la commune sont vides », a confié un adjoint au maire de Sainte-Aveline.\n"
            "« Personne ne veut voir les chiffres », a ajouté une employée du service financier de la "
            "mairie.\n"
            "Selon des élus de la majorité, « le budget sera rectifié à l’automne »."
        )
    )
    assert result.only_anonymous is True
    assert result.first_quote_anonymous is True
    assert result.bands["identified"].quotes == 0
    assert result.fully_identified_bucket == "none"


def test_first_quotation_anonymous_without_resting_only_on_anonymous(analyze_text) -> None:
    result = audit(
        analyze_text(
            "« Les caisses de la commune sont vides », a confié un adjoint au maire de Sainte-Aveline.\n"
            "« Les comptes sont sains », a répondu le maire, Jean-Marc Tellier."
        )
    )
    assert result.first_quote_anonymous is True
    assert result.only_anonymous is False
    assert result.fully_identified_bucket == "1"


def test_first_quotation_identified(analyze_text) -> None:
    result = audit(
        analyze_text(
            "« Les comptes sont sains », a déclaré le maire de Sainte-Aveline, Jean-Marc Tellier.\n"
            "« Les caisses de la commune sont vides », a confié un adjoint au maire."
        )
    )
    assert result.first_quote_anonymous is False
    assert result.only_anonymous is False


def test_a_headline_quotation_is_not_the_first_quotation(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """The headline sums up the body: its quotation neither opens the article nor raises alerts."""
    analysis = analyze_text(
        "Cantine de Lurcy : « Des repas servis froids », selon des parents\n"
        "« Les plats arrivent tièdes depuis septembre », a déclaré Nadia Forestier, présidente de "
        "l’association des parents d’élèves de Lurcy.\n"
        "« Nous avons changé de prestataire », a répondu le maire de Lurcy, Thierry Gaudin."
    )
    result = audit(analysis)
    assert result.first_quote_anonymous is False and result.only_anonymous is False
    assert result.headline >= 1
    assert not [f for f in analysis.findings if f.check in ("anonymous-first", "only-anonymous")]


def test_a_guessed_speaker_raises_no_anonymity_alert(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """A quotation whose speaker only the context gives counts in the audit as a guess."""
    analysis = analyze_text(
        "« Le chantier reprendra en mai », a annoncé Rémi Castel, directeur des routes du département.\n"
        "Sur place, des riverains attendent depuis deux ans. « On nous promet des dates, rien ne bouge. »"
    )
    result = audit(analysis)
    assert result.guessed == 1
    assert not [f for f in analysis.findings if f.check in ("no-reason", "only-anonymous", "anonymous-first")]


# --- the client's article (issue 6) ------------------------------------------------------------

SEED_LEVELS = [
    pytest.param(r"(?i)partenaire", None, 3, id="partner"),
    pytest.param(r"(?i)investisseur", None, 4, id="investor"),
    pytest.param(r"(?i)personne proche de Liang", r"(?i)chercheur", 5, id="person-close-to-liang"),
    pytest.param(r"(?i)initiés du secteur", None, 6, id="insiders-of-the-sector"),
    pytest.param(r"Ritwik Gupta", None, 0, id="ritwik-gupta"),
]


@pytest.mark.parametrize(("accept", "reject", "level"), SEED_LEVELS)
def test_seed_levels(seed_analysis, accept: str, reject: str | None, level: int) -> None:
    matching = [
        s
        for s in seed_analysis.sources
        if re.search(accept, s.name) and not (reject and re.search(reject, s.name))
    ]
    names = [s.name for s in seed_analysis.sources]
    assert len(matching) == 1, f"{len(matching)} sources match /{accept}/ among {names}"
    rating = seed_analysis.ratings[matching[0].id]
    assert rating.level == level, f"« {matching[0].name} »: level {rating.level}, reasons {rating.reasons}"


def test_seed_audit_eleven_of_seventeen_anonymous_one_unattributed(seed_analysis) -> None:
    result = audit(seed_analysis)
    assert result.quotations == 17
    assert result.bands["anonymous"].quotes == 11, result.bands
    assert result.bands["unattributed"].quotes == 1, result.bands
    assert result.bands["identified"].quotes == 5, result.bands
    assert result.share("anonymous") == pytest.approx(11 / 17)


def test_seed_findings_name_the_partner_and_the_unattributed_quote(seed_analysis) -> None:
    partner = next(s for s in seed_analysis.sources if "partenaire" in s.name)
    no_reason = [f for f in findings(seed_analysis, "no-reason") if partner.id in f.source_ids]
    assert no_reason and f"« {partner.name} »" in no_reason[0].message
    unattributed = findings(seed_analysis, "unattributed")
    assert any("concentrer leurs efforts" in f.message for f in unattributed), [
        f.message for f in unattributed
    ]
    assert all("paragraphe" in f.message for f in unattributed)
