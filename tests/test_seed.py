"""The client's article, end to end: what a teacher sees on the first run."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT, SEED, SHARED


def test_every_pair_of_marks_is_found_with_exact_offsets(seed_analysis):
    text = seed_analysis.article.text
    marked = [q for q in seed_analysis.quotes if q.marks is not None]
    assert len(marked) == 18
    assert not seed_analysis.marks.unmatched
    for q in marked:
        assert text[q.span.start : q.span.end] == q.text
        assert text[q.marks.opener] in "«“" and text[q.marks.closer] in "»”"


def test_seventeen_quotations_and_one_scare_quote(seed_analysis):
    kinds = [q.kind for q in seed_analysis.quotes if q.marks is not None]
    assert kinds.count("scare") == 1
    assert [q.text for q in seed_analysis.quotes if q.kind == "scare"] == ["clusters"]
    assert sum(1 for k in kinds if k in ("direct", "partial")) == 17


def test_the_partner_is_one_source_named_from_the_first_mention(seed_analysis):
    partner = [s for s in seed_analysis.sources if "partenaire" in s.name]
    assert len(partner) == 1
    assert partner[0].name == "l’un des partenaires commerciaux de Liang"
    assert len(partner[0].quote_ids) == 6
    assert seed_analysis.ratings[partner[0].id].level == 3


def test_gupta_is_one_named_source_with_his_role(seed_analysis):
    gupta = [s for s in seed_analysis.sources if "Gupta" in s.name]
    assert len(gupta) == 1
    assert gupta[0].name == "Ritwik Gupta"
    assert "chercheur" in (gupta[0].role or "")
    assert seed_analysis.ratings[gupta[0].id].level == 0
    kinds = sorted(q.kind for q in seed_analysis.quotes if q.id in gupta[0].quote_ids)
    assert "indirect" in kinds and "direct" in kinds


def test_no_source_is_named_with_a_pronoun(seed_analysis):
    for source in seed_analysis.sources:
        assert source.name.lower() not in {"il", "elle", "ils", "elles", "on", "lui"}


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval is not here")
def test_score_py_finds_every_quotation_of_the_client_article(tmp_path):
    out = tmp_path / "reports"
    subprocess.run(
        [sys.executable, "-m", "quotes", "report", str(SEED), "-o", str(out)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    scored = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            "--gold",
            str(SHARED / "eval" / "gold"),
            "--articles",
            str(ROOT / "seeds"),
            str(SHARED / "eval" / "articles"),
            "--pred",
            str(out),
            "--only",
            "000_*",
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    figures = json.loads(scored.stdout)
    assert figures["quote_p"] == 1.0
    assert figures["quote_r"] == 1.0
    assert figures["bad_offsets"] == 0
