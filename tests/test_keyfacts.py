"""Key facts (issue 12): the fact files, the scorer, dangling openers, and the eval wiring."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from khulasa import prepare
from khulasa.errors import InputError
from khulasa.evaluation.keyfacts import KeyFact, load_facts, score_summary
from khulasa.text.cohesion import dangling_opener
from khulasa.text.normalize import normalize
from khulasa.types import Document

from .conftest import BUSY_DAY, DATA, DEMO, EXAMPLE, OUTLETS, REPO, read_folder

FACTS = REPO / "benchmarks" / "facts"
FOLDED = "أإآٱىةؤئ"  # letters normalize() rewrites: a pattern holding one could never match


def fact(*patterns: str, name: str = "f") -> KeyFact:
    return KeyFact(name, "", tuple(re.compile(p) for p in patterns))


@pytest.mark.parametrize("path", sorted(FACTS.glob("*.json")), ids=lambda p: p.stem)
def test_fact_files_load_and_are_written_in_normalized_spelling(path: Path) -> None:
    facts = load_facts(path)
    assert facts
    raw = json.loads(path.read_text(encoding="utf-8"))
    for cluster in raw["clusters"].values():
        for record in cluster["facts"]:
            assert record["about"] and record["why"], record["id"]
            for pattern in record["all"]:
                assert not set(pattern) & set(FOLDED), (record["id"], pattern)


def _attainable(facts: tuple[KeyFact, ...], documents: list[Document]) -> list[str]:
    sentences = [s.text for p in prepare(documents) for s in p.sentences]
    return [f.id for f in facts if not any(f.stated_by(s) for s in sentences)]


def test_every_demo_fact_is_stated_somewhere_in_the_demo() -> None:
    facts = load_facts(FACTS / "demo.json")["putin-kim-2019"]
    assert _attainable(facts, read_folder(DEMO)) == []


def test_every_shared_example_fact_is_stated_somewhere() -> None:
    if not EXAMPLE.is_dir():
        pytest.skip("shared example absent")
    facts = load_facts(FACTS / "shared-example.json")["putin-kim-summit-2019"]
    assert _attainable(facts, read_folder(EXAMPLE)) == []


def test_every_multiling_fact_is_stated_somewhere_in_its_cluster() -> None:
    path = DATA / "multiling2011-ar-dev.jsonl"
    if not path.is_file():
        pytest.skip("shared data absent")
    from khulasa.evaluation.datasets import read_items

    facts = load_facts(FACTS / "multiling2011-ar-dev.json")
    for item in read_items(path):
        assert _attainable(facts[item.id], item.to_documents()) == [], item.id


def test_every_outlets_fact_is_stated_somewhere_in_its_cluster() -> None:
    facts = load_facts(FACTS / "outlets.json")
    if not all((OUTLETS / c).is_dir() for c in facts):
        pytest.skip(f"the outlets clusters are not under {OUTLETS} (set KHULASA_OUTLETS)")
    missing = {c: _attainable(f, read_folder(OUTLETS / c)) for c, f in facts.items()}
    assert {c: m for c, m in missing.items() if m} == {}


def test_every_busy_day_fact_is_stated_by_two_articles_of_its_event() -> None:
    facts = load_facts(FACTS / "busy-day.json")
    if not all((BUSY_DAY / c).is_dir() for c in facts):
        pytest.skip(f"the busy-day events are not under {BUSY_DAY} (set KHULASA_BUSY_DAY)")
    thin = {}
    for event, event_facts in facts.items():
        documents = read_folder(BUSY_DAY / event)
        per_doc = [[s.text for s in p.sentences] for p in prepare(documents)]
        for f in event_facts:
            stating = sum(any(f.stated_by(s) for s in sentences) for sentences in per_doc)
            if stating < 2:
                thin[f"{event}/{f.id}"] = stating
    assert thin == {}


def test_stated_by_needs_every_pattern_in_one_sentence_after_normalizing() -> None:
    f = fact("اليابان", r"(?<!\d)500")
    assert f.stated_by("وتعهدت اليابان بتقديم 500 مليون دولار.")
    assert f.stated_by("وتعهدت اليابان بتقديم ٥٠٠ مليون دولار.")  # Arabic-Indic digits folded
    assert not f.stated_by("وتعهدت اليابان بتقديم 1500 مليون دولار.")
    assert not f.stated_by("تعهدت الصين بتقديم 500 مليون دولار.")
    assert fact("قمه").stated_by("أول قمة")  # ة folded to ه


def test_score_counts_stated_repeated_dangling_and_junk() -> None:
    facts = [fact("قمه", name="summit"), fact("ضمانات", name="guarantees"), fact("هانوي", name="hanoi")]
    summary = [
        "عقد الزعيمان أول قمة بينهما.",
        "وأضاف أن القمة كانت مفيدة وأن بلاده تحتاج ضمانات.",
        "زر الذهاب إلى الأعلى",
    ]
    score = score_summary(summary, facts)
    assert (score.stated, score.total, score.repeated) == (2, 3, 1)
    assert score.dangling == 1
    assert score.junk == 1
    assert score.sentences == 3


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("وأضافت أن السلطات نصبت خياما.", "اضافت"),
        ("وهو ما دفع السلطات إلى الإغلاق.", "هو ما"),
        ("ومن جانبه، قال الوزير إن الوضع هادئ.", "من جانبه"),
        ("«وهذا يعني أن المحادثات توقفت».", "هذا"),
        ("كما أعرب الرئيس عن ترحيبه.", "كما"),
        ("لكن الوزير نفى ذلك.", "لكن"),
    ],
)
def test_dangling_openers_found(text: str, opener: str) -> None:
    assert dangling_opener(text) == normalize(opener)


@pytest.mark.parametrize(
    "text",
    [
        "شكر بوتين زعيم كوريا.",
        "هوية المنفذين مجهولة.",
        "كمال قال إنه سيعود.",
        "وكان كيم قد وصل بالقطار.",
        "وقال بوتين إن المحادثات مفيدة.",
        "هذيان الحمى ليس خبرا.",
    ],
)
def test_sentences_that_stand_alone_have_no_dangling_opener(text: str) -> None:
    assert dangling_opener(text) is None


def test_load_facts_errors_name_the_file_and_fact(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_facts(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"clusters": {"c1": {"facts": [{"id": "x", "all": ["(unclosed"]}]}}}), "utf-8")
    with pytest.raises(InputError, match=r"bad\.json: cluster 'c1', fact 'x': bad regex"):
        load_facts(bad)
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"clusters": {"c1": {"facts": []}}}), "utf-8")
    with pytest.raises(InputError, match="has no 'facts'"):
        load_facts(empty)


def test_evaluate_scores_facts_at_each_budget_and_reports_them() -> None:
    pytest.importorskip("rouge_score", reason="needs the bench extra")
    from khulasa.evaluation import Item, evaluate, parse_systems, render_markdown

    texts = tuple(p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt")))
    item = Item("putin-kim-2019", texts, ())
    facts = load_facts(FACTS / "demo.json")
    result = evaluate([item], parse_systems("khulasa,lead"), 100, facts=facts, resamples=10)
    for system in result.systems:
        assert sorted(system.keyfacts) == [60, 100, 150]
        assert all(v["total"] == 13 for v in system.keyfacts.values())
        assert system.keyfacts[60]["stated"] <= system.keyfacts[150]["stated"]
        assert system.keyfacts[60]["words"] <= 60
    table = render_markdown(result)
    assert "Key facts (1 items with facts, 13 facts" in table
    assert "| khulasa | **" in table
