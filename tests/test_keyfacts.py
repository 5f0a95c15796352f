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

from .conftest import BUSY_DAY, DATA, DEMO, EXAMPLE, FRESH, NEWS_SET_A, OUTLETS, REPO, read_folder, sha256_mismatches

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


def test_every_news_set_a_fact_is_stated_somewhere_in_its_cluster() -> None:
    path = DATA / "news-set-a" / "facts.json"
    if not path.is_file():
        pytest.skip("shared news-set-a facts absent")
    facts = load_facts(path)
    present = {c: f for c, f in facts.items() if any((NEWS_SET_A / c).glob("*.txt"))}
    if not present:
        pytest.skip(f"the news-set-a texts are not under {NEWS_SET_A} (set KHULASA_NEWS_SET_A)")
    missing = {c: _attainable(f, read_folder(NEWS_SET_A / c)) for c, f in present.items()}
    assert {c: m for c, m in missing.items() if m} == {}


def _fresh_sources() -> list[dict[str, str]]:
    import csv

    with (FACTS / "fresh-sources.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_fresh_facts_and_sources_name_the_same_clusters() -> None:
    facts = load_facts(FACTS / "fresh.json")
    rows = _fresh_sources()
    assert rows and list(rows[0]) == ["cluster", "file", "url", "sha256"]
    assert set(facts) == {r["cluster"] for r in rows}
    assert all(
        re.fullmatch(r"\d{3}_[\w.-]+\.txt", r["file"]) and re.fullmatch(r"[0-9a-f]{64}", r["sha256"]) for r in rows
    )
    ids = [(c, f.id) for c, cluster in facts.items() for f in cluster]
    assert len(ids) == len(set(ids))


def test_every_fresh_text_matches_its_sha256() -> None:
    present = [r for r in _fresh_sources() if (FRESH / r["cluster"] / r["file"]).is_file()]
    if not present:
        pytest.skip(f"the fresh clusters are not under {FRESH} (set KHULASA_FRESH)")
    wrong = sha256_mismatches(FRESH, present)
    assert wrong == []


def test_every_fresh_fact_is_stated_somewhere_in_its_cluster() -> None:
    facts = load_facts(FACTS / "fresh.json")
    if not all((FRESH / c).is_dir() for c in facts):
        pytest.skip(f"the fresh clusters are not under {FRESH} (set KHULASA_FRESH)")
    missing = {c: _attainable(f, read_folder(FRESH / c)) for c, f in facts.items()}
    assert {c: m for c, m in missing.items() if m} == {}


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


def test_restating_sentences_state_only_facts_an_earlier_sentence_gave() -> None:
    facts = [fact("قمه", name="summit"), fact("هانوي", name="hanoi"), fact("ضمانات", name="guarantees")]
    summary = [
        "عقد الزعيمان أول قمة بينهما في هانوي.",  # summit, hanoi: new
        "وكانت القمة قد عقدت في هانوي.",  # summit, hanoi again: restates
        "وطلبت بيونغ يانغ ضمانات بعد القمة.",  # guarantees new (summit old): not a restatement
        "وتحدث الرئيس إلى الصحفيين.",  # no fact: not a restatement
        "وقال إن بلاده تحتاج ضمانات.",  # guarantees again: restates
    ]
    score = score_summary(summary, facts)
    assert score.restating == 2
    assert (score.stated, score.repeated) == (3, 3)


def test_restating_counts_nothing_when_every_sentence_adds_a_fact() -> None:
    from khulasa.evaluation.keyfacts import restating_sentences

    assert restating_sentences([{0}, {1}, {0, 2}, set()]) == 0
    assert restating_sentences([{0, 1}, {1}, {0, 1}]) == 2


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("انفجار ضخم وقع داخل العنبر رقم 12 بمنطقة ميناء بيروت", "no-final-stop"),  # a headline line
        ("وسمع دوي الانفجار إلى خارج مدينة بيروت ببضع كيلومت", "no-final-stop"),  # the cut end of a page
        ("وجاءت قواعد المشاركة كالآتي:", "no-final-stop"),  # a lead-in
        ("فاجعة بيروت.. شهود عيان يروون لحظات الرعب..", "ellipsis"),
        ("معظمهم أطفال…", "ellipsis"),
        ("ولكن، ما السبب وراء هذا الانفجار الهائل؟", "question"),
        ("«لماذا لم يتحرك أحد؟»", "question"),
        ("هل انتهت الحرب؟!", "question"),
        ('و"هل نحن وحدنا في هذا الكون؟".', "question"),  # a full stop after the closing quote
        ("الرئيسية > محليات > انفجار ضخم يهز بيروت ويوقع قتلى.", "breadcrumb"),
        ("الرئيسية › أخبار › لبنان", "breadcrumb"),
        ("الرئيسية / أخبار عربية / لبنان", "breadcrumb"),
        # a quotation the page cut two words after it opened (fresh batch 9)
        ('وتتصاعد دعوات النقابات للاحتجاج تحت شعار "فلنوقف كل .', "open-quote"),
        ("ورفع المحتجون لافتة كتب عليها «ارحلوا جميعا.", "open-quote"),
        # issue 20, nineteenth pass: a link printed inside the text, its headline run into the next sentence
        ("اقرأ أيضا الوزير يفتتح المعرض وتوافد الزوار منذ الصباح على القاعات.", "link"),
        ("إقرأ أيضاً: الوزير يفتتح المعرض.", "link"),
        ("قد يهمك.. الوزير يفتتح المعرض.", "link"),
    ],
)
def test_unfinished_lines_and_why(text: str, reason: str) -> None:
    from khulasa.text.finished import unfinished

    assert unfinished(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "هز انفجار ضخم مرفأ بيروت.",
        "وقال الوزير: «حجم الأضرار كبير».",
        'وأضاف أن "المواد كانت مصادرة منذ سنوات."',
        "يا لها من كارثة!",
        "ونقلت صحيفة «هآرتس» الإسرائيلية عن مصادر أن الانفجار وقع في مخزن.",
        "بغداد/ شفق نيوز/ أعلنت الوزارة عن الحصيلة.",  # agency tags (junk), but a finished sentence
        "وارتفع المؤشر 3.3 نقطة.",
        "وفعّلتا اتفاقية التعاون الموقعة في 17 / 4 / 2001م والاتفاقية الموقعة في 27 / 5 / 1998م.",
        "وبلغ سعر الصرف > 15 ألف ليرة.",
        # quotes a page misplaced or closed in the next sentence: the sentence is whole
        'وأثار القرار غضب الإدارة قبل الانتخابات" النصفية.',
        "وتأهل المنتخب بعد منتخبات “كوريا الجنوبية واليابان “.",
        "وأضاف «الناس يشعرون بالقلق والرعب.",
        "اقرأ الرسالة التي كتبها الرئيس إلى شعبه.",  # the verb without a link's second word
        "وقد يهمك أن تعرف أن المعرض يفتح أبوابه صباحا.",  # not at the sentence's start
    ],
)
def test_finished_sentences(text: str) -> None:
    from khulasa.text.finished import unfinished

    assert unfinished(text) is None


def test_unfinished_is_judged_on_the_sentence_before_the_budget_cut() -> None:
    facts = [fact("قمه")]
    whole = ["عقد الزعيمان أول قمة بينهما في هانوي.", "وقال الرئيس إن المحادثات كانت مفيدة جدا."]
    cut = [whole[0], "وقال الرئيس إن المحادثات"]
    assert score_summary(cut, facts).unfinished == 1  # judged as cut
    assert score_summary(cut, facts, whole).unfinished == 0  # the system chose finished sentences
    headline = ["انفجار ضخم يهز مرفأ بيروت", *whole]
    assert score_summary(headline[:2], facts, headline).unfinished == 1


def test_agency_tag_opening_a_sentence_is_junk_but_a_title_colon_is_not() -> None:
    from khulasa.evaluation.keyfacts import is_junk

    assert is_junk("(رويترز) - قال مسؤولون إن الانفجار وقع في المرفأ.")
    assert not is_junk("التقنية الأولى: هي طريقة النفخ.")
    assert not is_junk("هز انفجار ضخم مرفأ بيروت.")


def test_report_shows_restating_and_unfinished_columns() -> None:
    pytest.importorskip("rouge_score", reason="needs the bench extra")
    from khulasa.evaluation import Item, evaluate, parse_systems, render_markdown

    texts = tuple(p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt")))
    result = evaluate(
        [Item("putin-kim-2019", texts, ())],
        parse_systems("lead"),
        100,
        facts=load_facts(FACTS / "demo.json"),
        resamples=10,
    )
    counts = result.system("lead").keyfacts[100]
    assert {"restating", "unfinished"} <= set(counts)
    assert "| restating sentences | unfinished lines |" in render_markdown(result)


def test_pooled_table_sums_the_same_day_sets_and_shows_each_beside_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("rouge_score", reason="needs the bench extra")
    import importlib

    from khulasa.evaluation import Item, evaluate, parse_systems

    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    script = importlib.import_module("keyfacts")
    texts = tuple(p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt")))
    facts = load_facts(FACTS / "demo.json")
    one = evaluate([Item("putin-kim-2019", texts, ())], parse_systems("lead"), 100, facts=facts, resamples=10)
    table = script.pooled_table({"outlets": one, "news-set-a": one})
    counts = one.system("lead").keyfacts
    row = next(line for line in table.splitlines() if line.startswith("| lead |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    stated = {b: int(counts[b]["stated"]) for b in (60, 100, 150)}
    assert cells[1] == cells[3] == f"{stated[100]} / 13"  # each set beside the pool
    assert cells[5] == f"**{2 * stated[60]} / {2 * stated[100]} / {2 * stated[150]}**"  # the pool: their sum
    assert cells[6] == str(int(2 * counts[100]["restating"]))
    assert "2 clusters, 26 facts" in table


def test_a_fact_gives_the_numbers_its_patterns_match_as_its_figures() -> None:
    toll = fact(r"(?<!\d)(62|95)(?!\d)", "قتيل")
    assert toll.figures("ارتفعت الحصيلة إلى 95 قتيلا بعد 62 أمس") == {"62", "95"}
    missing = fact(r"الاف|\d[\d,]{3,5}", "مفقود")
    # The Arabic-Indic digits and a thousands comma read as the same number; words give no figure.
    assert missing.figures("تجاوز عدد المفقودين ٩٠٠٠") == missing.figures("أكثر من 9,000 مفقود") == {"9000"}
    assert missing.figures("آلاف المفقودين") == frozenset()
    # A comma that separates no thousands is a decimal mark: "57,8%" is the 57.8% of another page.
    share = fact(r"(?<![\d.,:])57[.,]8(?![\d:])")
    assert share.figures("حصلت على 57,8% من الأصوات") == share.figures("حصلت على 57.8 بالمئة") == {"57.8"}
    # So is the Arabic comma between digits ("50،24"), as the facts' patterns read it; with a space
    # after it, it separates two numbers.
    no = fact(r"(?<![\d.,،])50[.,،]2[1-4](?!\d)", "لا|رفض")
    assert no.figures("صوت 50،24 بالمئة بلا رفضا للاتفاق") == no.figures("50.24 بالمئة صوتوا بلا") == {"50.24"}
    assert fact(r"\d+، \d+ صوتا").figures("نال 12، 14 صوتا") == {"12", "14"}
    # A cardinal from three up that the pattern matched in words is the figure a page in digits
    # gives ("سبعة عشر" is 17); not a scale word alone (thousands), nor a number after a definite
    # number word or an ordinal ("دور الستة عشر", "الحادي عشر"), nor one or two.
    regions = fact(r"(?<![\d.,])17(?!\d)|سبعه عشر", "اقليم")
    assert regions.figures("شهدتها سبعة عشر إقليما") == regions.figures("شهدتها 17 إقليما") == {"17"}
    assert fact(r"الاف|\d{4}", "مفقود").figures("آلاف المفقودين") == frozenset()
    assert fact(r"(ثلاثه|\d) الاف", "مفقود").figures("ثلاثة آلاف مفقود") == {"3000"}
    assert fact(r"دور [^ ]+ عشر").figures("بلغ دور الستة عشر") == frozenset()
    assert fact(r"[^ ]+ عشر").figures("في الدقيقة الحادي عشر") == frozenset()
    assert fact(r"مقتل [^ ]+").figures("مقتل اثنين") == frozenset()
    # Numbers outside what the patterns match (a date) are not the fact's figures.
    assert toll.figures("قتيل واحد يوم 12 مارس") == frozenset()
    # A score in words gives both sides, as the score in digits does (fifty-first pass): "بثلاثة
    # أهداف مقابل هدف" is 3-1, "4-صفر" is 4-0, "بأربعة أهداف دون رد" too.
    won = fact(r"(?<![\d.,])3 ?[-/] ?1(?!\d)|ثلاثه اهداف (مقابل )?ل?هدف", "النادي")
    assert won.figures("فاز النادي بثلاثة أهداف مقابل هدف") == won.figures("فاز النادي 3-1") == {"3", "1"}
    nil = fact(r"(?<![\d.,])4 ?[-/]? ?(0|صفر)(?!\d)|اربعه اهداف دون رد", "النادي")
    assert nil.figures("فاز النادي 4-صفر") == nil.figures("فاز النادي 4-0") == {"4", "0"}
    assert nil.figures("فاز النادي بأربعة أهداف دون رد") == {"4", "0"}


def test_a_sentence_opening_with_a_link_is_no_candidate_among_outlets() -> None:
    """Issue 20: "اقرأ أيضا <headline> <the next sentence>" is no statement a summary may print."""
    from khulasa.config import Settings
    from khulasa.summarizer.pipeline import is_candidate
    from khulasa.types import Sentence

    text = "اقرأ أيضا الوزير يفتتح المعرض الدولي للكتاب وتوافد الزوار منذ الصباح على القاعات."
    sentence = Sentence("d", 0, 0, len(text), text)
    assert not is_candidate(sentence, Settings())
    assert is_candidate(sentence, Settings(), finished=False)  # a single article's lines are all it has


def test_a_sentence_speaking_to_the_page_s_reader_is_junk_even_where_the_patterns_miss_it() -> None:
    """Issue 20: the fresh9 summary printed a comment form's notice and counted no junk; a page's
    words to its reader are junk whatever the cleaner's patterns know."""
    from khulasa.evaluation.keyfacts import addresses_reader, is_junk

    notice = "ننشر تعليقاتكم بعد أن يراجعها فريق الموقع."  # no junk.tsv pattern has this shape
    assert addresses_reader(notice)
    assert is_junk(notice)
    assert is_junk("إذا أعجبك الخبر اضغط هنا لمتابعة التفاصيل.")
    for prose in (
        "ورفض المتحدث التعليق على القرار قبل صدوره رسميا.",
        "وقال الوزير إن زوار المعرض تجاوزوا مئة ألف.",
        "ويمكنك أن ترى الدمار من بعيد، قال أحد السكان.",
    ):
        assert not addresses_reader(prose), prose
        assert not is_junk(prose), prose


def test_a_bound_a_known_figure_meets_is_no_figure_the_reader_lacked() -> None:
    """Fifty-fourth pass (the desk's judge, ``benchmarks/desk_new.py``): "أكثر من 300 قتيل" after a
    reader saw 303 dead tells that reader nothing; after 174 it is news, and so is a plain 300."""
    toll = fact(r"(?<!\d)(174|30[03])(?!\d)", "قتيل|اشخاص")
    assert toll.figures("ارتفعت الحصيلة إلى أكثر من 300 قتيل") == {"300"}
    assert toll.figures_beyond("ارتفعت الحصيلة إلى أكثر من 300 قتيل", {"303"}) == frozenset()
    assert toll.figures_beyond("ارتفعت الحصيلة إلى أكثر من 300 قتيل", {"174"}) == {"300"}
    assert toll.figures_beyond("ارتفعت الحصيلة إلى 300 قتيل", {"303"}) == {"300"}
    # an upper bound over a known value, and a figure known as it is
    assert toll.figures_beyond("أقل من 303 أشخاص", {"300"}) == frozenset()
    assert toll.figures_beyond("أقل من 303 أشخاص", {"310"}) == {"303"}
    assert toll.figures_beyond("مقتل 303 أشخاص", {"303"}) == frozenset()
