"""Cross-source comparison: consensus, unique facts, figures, actors, output formats, CLI, gold."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from khulasa.actors import find_actors
from khulasa.compare import CompareSettings, Comparison, compare, gold_scores
from khulasa.errors import SettingsError
from khulasa.pipeline import prepare
from khulasa.render_compare import render_comparison
from khulasa.types import Document
from tests.conftest import DEMO, EXAMPLE, read_folder

REPO = Path(__file__).resolve().parents[1]
DEMO_GOLD = REPO / "tests" / "gold" / "compare_demo.json"
SHARED_GOLD = REPO / "benchmarks" / "gold" / "compare_shared_example.json"


@pytest.fixture(scope="module")
def demo_comparison(demo_docs: list[Document]) -> Comparison:
    return compare(demo_docs)


@pytest.fixture(scope="module")
def example_comparison() -> Comparison:
    if not EXAMPLE.is_dir():
        pytest.skip(f"shared example not found at {EXAMPLE}")
    return compare(read_folder(EXAMPLE))


def all_sources(c: Comparison):
    for item in (*c.consensus, *c.shared, *c.unique, *c.figures, *c.actors):
        yield from item.sources


def test_compare_every_source_points_into_its_document(demo_comparison: Comparison) -> None:
    texts = {d.id: d.text for d in demo_comparison.documents}
    sources = list(all_sources(demo_comparison))
    assert sources
    for s in sources:
        assert 0 <= s.start < s.end <= len(texts[s.doc])
    for u in demo_comparison.unique:
        assert texts[u.sources[0].doc][u.sources[0].start:u.sources[0].end] == u.text
    for g in demo_comparison.figures:
        for v in g.values:
            assert texts[v.source.doc][v.source.start:v.source.end] == v.text


def test_compare_consensus_threshold_and_counts(demo_comparison: Comparison) -> None:
    total = len(demo_comparison.outlets)
    need = max(2, math.ceil(total / 2))
    assert demo_comparison.consensus
    for item in demo_comparison.consensus:
        assert item.count >= need and item.of == total
        assert item.count == len({s.outlet for s in item.sources})
        assert item.to_dict()["label"] == f"{item.count} of {total}"
    for item in demo_comparison.shared:
        assert 2 <= item.count < need


def test_compare_each_fact_once(demo_comparison: Comparison) -> None:
    c = demo_comparison
    spans = [(s.doc, s.start, s.end) for item in (*c.consensus, *c.shared, *c.unique) for s in item.sources]
    assert len(spans) == len(set(spans))


def test_compare_unique_facts_belong_to_one_outlet(demo_comparison: Comparison) -> None:
    per_outlet = demo_comparison.unique_by_outlet()
    assert set(per_outlet) == set(demo_comparison.outlets)
    for outlet, items in per_outlet.items():
        assert len(items) <= CompareSettings().unique_per_outlet
        assert all({s.outlet for s in u.sources} == {outlet} for u in items)
        assert [u.score for u in items] == sorted((u.score for u in items), reverse=True)
    gifts = [u for u in per_outlet["02_almarsad"] if "سيف" in u.text]
    assert gifts, "the demo's gift exchange is reported by one outlet only"


def test_compare_figures_side_by_side(demo_comparison: Comparison) -> None:
    assert demo_comparison.figures
    for group in demo_comparison.figures:
        assert len({v.outlet for v in group.values}) >= 2
        assert len({v.source.doc for v in group.values}) == len(group.values)
    thursday = [g for g in demo_comparison.figures if g.dimension == "weekday" and
                {v.normalized for v in g.values} == {"الخميس"}]
    assert thursday and thursday[0].agree


def test_compare_actors_count_outlets(demo_comparison: Comparison) -> None:
    by_name = {a.name: a for a in demo_comparison.actors}
    assert by_name["فلاديمير بوتين"].count == 5
    assert by_name["كيم جونغ أون"].count == 5
    assert by_name["كيم جونغ أون"].kind == "person"
    assert by_name["هانوي"].kind == "place"


def test_compare_actors_from_titles_and_gazetteer() -> None:
    docs = [
        Document("a", "قال وزير الخارجية جوزيف مارتيني، إن بلاده تدعم الاتفاق. وزار مارتيني لروسيا أمس."),
        Document("b", "وأكد مارتيني خلال مؤتمر صحفي في موسكو أن المفاوضات مستمرة مع الولايات المتحدة."),
    ]
    actors = {a.name: a for a in find_actors(prepare(docs))}
    assert actors["جوزيف مارتيني"].kind == "person"
    assert set(actors["جوزيف مارتيني"].docs) == {"a", "b"}
    assert actors["روسيا"].kind == "place"
    assert actors["موسكو"].docs == ("b",)
    assert "الاتفاق" not in actors


def test_compare_to_dict_is_json(demo_comparison: Comparison) -> None:
    data = json.loads(json.dumps(demo_comparison.to_dict(), ensure_ascii=False))
    assert set(data) >= {"consensus", "shared", "unique", "figures", "actors", "documents", "settings"}
    source = data["consensus"][0]["sources"][0]
    assert set(source) == {"doc", "source", "start", "end"}
    assert set(data["unique"]) == set(demo_comparison.outlets)


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_compare_render_formats(demo_comparison: Comparison, fmt: str) -> None:
    out = render_comparison(demo_comparison, fmt)
    assert demo_comparison.consensus[0].text in (out if fmt != "html" else out.replace("&quot;", '"'))
    if fmt == "html":
        assert 'dir="rtl"' in out and "<script" not in out
    if fmt == "markdown":
        assert "of 5" in out


def test_compare_render_unknown_format(demo_comparison: Comparison) -> None:
    with pytest.raises(SettingsError, match="pdf"):
        render_comparison(demo_comparison, "pdf")


@pytest.mark.parametrize("bad", [{"link_threshold": 1.5}, {"unique_per_outlet": -1}, {"link_min_weight": -2.0}])
def test_compare_settings_checked(bad: dict) -> None:
    with pytest.raises(SettingsError):
        CompareSettings(**bad)


def test_compare_gold_demo_floors(demo_comparison: Comparison) -> None:
    scores = gold_scores(demo_comparison, json.loads(DEMO_GOLD.read_text(encoding="utf-8")))
    assert scores["consensus"]["precision"] >= 0.66
    assert scores["consensus"]["recall"] >= 0.33
    assert scores["unique"]["precision"] >= 0.8
    assert scores["unique"]["recall"] >= 0.6
    assert scores["figures"]["recall"] >= 0.5


def test_compare_gold_scores_count_wrong_items() -> None:
    gold = {"consensus": [{"docs": ["a", "b"], "keys": ["قمة"]}], "unique": [], "figures": []}
    empty = Comparison((), ("a", "b"), (), (), (), (), ())
    assert gold_scores(empty, gold)["consensus"]["recall"] == 0.0


def test_compare_shared_example_flags_talk_duration(example_comparison: Comparison) -> None:
    durations = [g for g in example_comparison.figures if g.dimension == "duration"]
    talks = [g for g in durations if {v.source.doc[:3] for v in g.values} >= {"001", "003"}]
    assert talks and not talks[0].agree
    amounts = sorted(v.amount for v in talks[0].values)
    assert amounts == [100, 210]


def test_compare_shared_example_gold_floors(example_comparison: Comparison) -> None:
    scores = gold_scores(example_comparison, json.loads(SHARED_GOLD.read_text(encoding="utf-8")))
    assert scores["unique"]["precision"] >= 0.7
    assert scores["figures"]["precision"] >= 0.8
    assert scores["figures"]["recall"] >= 0.8


def test_compare_cli_json_and_bad_format(tmp_path: Path) -> None:
    out = tmp_path / "cmp.json"
    done = subprocess.run([sys.executable, "-m", "khulasa", "compare", str(DEMO), "--format", "json",
                           "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["consensus"] and data["actors"]
    bad = subprocess.run([sys.executable, "-m", "khulasa", "compare", str(DEMO), "--format", "pdf"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
