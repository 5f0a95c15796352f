"""benchmarks/facts/batches: each batch's key facts load, its sources table lists every event, and
the rebuilt texts (outside the repository) match their sha256."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from khulasa.evaluation.keyfacts import load_facts

from .conftest import REPO, sha256_mismatches

BATCHES = REPO / "benchmarks" / "facts" / "batches"
DEVDATA = REPO.parent / "devdata"
NAMES = sorted(p.stem for p in BATCHES.glob("fresh*.json"))


def _rows(name: str) -> list[dict[str, str]]:
    with (BATCHES / f"{name}-sources.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_there_are_batches() -> None:
    assert NAMES, f"no batch facts under {BATCHES}"


@pytest.mark.parametrize("name", NAMES)
def test_a_batch_has_pairs_of_events_each_with_facts_and_sources(name: str) -> None:
    facts = load_facts(BATCHES / f"{name}.json")
    rows = _rows(name)
    assert list(rows[0]) == ["cluster", "file", "url", "sha256", "published"]
    assert len(facts) in (4, 6)  # two or three pairs of one kind on one day
    assert {r["cluster"] for r in rows} == set(facts)
    for row in rows:
        assert re.fullmatch(r"\d{3}_[\w.-]+\.txt", row["file"]), row
        assert re.fullmatch(r"[0-9a-f]{64}", row["sha256"]), row
        assert row["url"].startswith("http"), row
    assert len({(r["cluster"], r["file"]) for r in rows}) == len(rows)
    for cluster, cluster_facts in facts.items():
        assert len(cluster_facts) >= 8, cluster
        # Four outlets at least: the archive holds only four same-day pages of some events (fresh51).
        assert sum(r["cluster"] == cluster for r in rows) >= 4, cluster


@pytest.mark.parametrize("name", NAMES)
def test_every_rebuilt_text_of_a_batch_matches_its_sha256(name: str) -> None:
    root = Path(DEVDATA / name)
    present = [r for r in _rows(name) if (root / r["cluster"] / r["file"]).is_file()]
    if not present:
        pytest.skip(f"no texts of {name} under {root}")
    wrong = sha256_mismatches(root, present)
    assert wrong == []


@pytest.mark.parametrize("name", NAMES)
def test_every_fact_of_a_batch_is_stated_by_a_sentence_of_two_articles(name: str) -> None:
    from khulasa.text.segment import split_sentences

    root = Path(DEVDATA / name)
    facts = load_facts(BATCHES / f"{name}.json")
    if not all((root / cluster).is_dir() for cluster in facts):
        pytest.skip(f"no texts of {name} under {root}")
    lacking = []
    for cluster, cluster_facts in facts.items():
        articles = []
        for path in sorted((root / cluster).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            articles.append([text[a:b] for a, b in split_sentences(text)])
        for fact in cluster_facts:
            if sum(any(fact.stated_by(s) for s in sentences) for sentences in articles) < 2:
                lacking.append(f"{cluster}/{fact.id}")
    assert lacking == []
