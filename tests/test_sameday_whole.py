"""benchmarks/sameday.py --whole: the peers filled in whole sentences, as khulasa prints them."""

from __future__ import annotations

import importlib

import pytest

from khulasa.evaluation.peers import PeerSystem
from khulasa.evaluation.systems import LeadSystem
from khulasa.text.normalize import count_words

from .conftest import QUAKE_REPORTS, REPO

TEXTS = QUAKE_REPORTS


@pytest.fixture
def sameday(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    return importlib.import_module("sameday")


def test_whole_fills_a_peer_with_whole_sentences_and_cut_cuts_the_last(sameday) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("summa", reason="needs the peers extra")
    peer = PeerSystem("summa")
    sentences = [s.strip().rstrip(".") for t in TEXTS for s in t.split(". ") if s.strip()]
    whole = sameday.run(peer, TEXTS, 20, whole=True)
    cut = sameday.run(peer, TEXTS, 20)
    assert whole and sum(count_words(s) for s in whole) <= 20
    # Every sentence given whole: none ends mid-way at the budget.
    assert all(s.rstrip(".") in sentences for s in whole)
    assert sum(count_words(s) for s in cut) == 20 and cut[-1].rstrip(".") not in sentences
    assert sameday.label(peer, True) == "summa (whole sentences)" and sameday.label(peer, False) == "summa"


def test_whole_leaves_systems_other_than_peers_as_they_are(sameday) -> None:  # type: ignore[no-untyped-def]
    lead = LeadSystem(name="lead-body", headings=False)
    assert sameday.run(lead, TEXTS, 20, whole=True) == sameday.run(lead, TEXTS, 20)
    assert sameday.label(lead, True) == "lead-body"
