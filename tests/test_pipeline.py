import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khulasa import Document, NoTextError, Settings, SettingsError, prepare, summarize
from khulasa.summarizer.pipeline import build_facts
from khulasa.text.normalize import count_words

# Sentences written for these tests: short news prose about an invented trade fair.
POOL = [
    "افتتح وزير الاقتصاد معرض التجارة الدولي في العاصمة صباح الثلاثاء بمشاركة مئتي شركة.",
    "ويستمر المعرض خمسة أيام ويضم أجنحة من اثنتي عشرة دولة عربية وأجنبية.",
    "وقال الوزير إن المعرض يهدف إلى جذب الاستثمارات وفتح أسواق جديدة أمام المنتجات المحلية.",
    "وتوقع المنظمون أن يزور المعرض أكثر من خمسين ألف شخص خلال أيامه الخمسة.",
    "وشهد اليوم الأول توقيع ثلاث اتفاقيات تعاون في مجالات الطاقة والنقل والزراعة.",
    "وتشارك الشركات الناشئة لأول مرة بجناح خاص يعرض تطبيقات الدفع الإلكتروني.",
    "وأعلنت الغرفة التجارية عن جائزة لأفضل منتج محلي تمنح في ختام المعرض.",
    "وانتقد بعض العارضين ارتفاع أسعار الأجنحة مقارنة بالدورة السابقة.",
]
JUNK = ["مقالات ذات صلة", "زر الذهاب إلى الأعلى", "مشاركة :", '[promo-box id="7"]', "(رويترز)"]


def cluster(texts: list[str]) -> list[Document]:
    return [Document(f"d{i}", t, source=f"outlet{i}") for i, t in enumerate(texts)]


@pytest.fixture
def wire_cluster() -> list[Document]:
    wire = POOL[0] + " " + POOL[1]
    return cluster(
        [
            wire + "\n" + POOL[2] + "\nمقالات ذات صلة",
            wire.replace("الثلاثاء", "يوم الثلاثاء") + "\n" + POOL[3],
            POOL[4] + "\n" + wire + "\n" + POOL[5],
        ]
    )


def test_pipeline_merges_wire_copy_into_one_fact_with_all_sources(wire_cluster):
    summary = summarize(wire_cluster, words=60)
    opening = [s for s in summary.sentences if "افتتح وزير الاقتصاد" in s.text]
    assert len(opening) == 1
    assert set(opening[0].docs) == {"d0", "d1", "d2"}


def test_pipeline_sources_point_at_source_text(wire_cluster):
    summary = summarize(wire_cluster, words=80)
    texts = {d.id: d.text for d in wire_cluster}
    for sentence in summary.sentences:
        assert sentence.sources
        assert any(texts[sp.doc][sp.start : sp.end] == sentence.text for sp in sentence.sources)


@pytest.mark.parametrize(
    ("budget", "measure"),
    [
        ({"words": 30}, lambda s: sum(count_words(x.text) for x in s.sentences)),
        ({"sentences": 2}, lambda s: len(s.sentences)),
        ({"chars": 200}, lambda s: len(s.text)),
    ],
)
def test_pipeline_budget_units(wire_cluster, budget, measure):
    summary = summarize(wire_cluster, **budget)
    (amount,) = budget.values()
    assert 0 < measure(summary) <= amount


def test_pipeline_junk_never_reaches_summary(wire_cluster):
    summary = summarize(wire_cluster, words=200)
    assert "مقالات ذات صلة" not in summary.text
    assert any(r.reason == "related-links" for r in summary.removed)


def test_pipeline_errors_are_specific():
    with pytest.raises(NoTextError, match="no Arabic"):
        summarize(cluster(["This is English only. Nothing Arabic here."]))
    with pytest.raises(NoTextError, match="removed as junk"):
        summarize(cluster(["\n".join(JUNK)]))
    with pytest.raises(SettingsError, match="budget too small"):
        summarize(cluster([POOL[0] + " " + POOL[1]]), words=3)
    with pytest.raises(SettingsError, match="unique"):
        summarize([Document("a", POOL[0]), Document("a", POOL[1])])
    with pytest.raises(SettingsError, match="one budget"):
        summarize(cluster(POOL[:2]), words=10, sentences=2)
    with pytest.raises(SettingsError, match="unknown setting"):
        summarize(cluster(POOL[:2]), colour="red")
    with pytest.raises(SettingsError, match="method"):
        Settings(method="magic")


def test_pipeline_prepare_keeps_headings_apart():
    (prepared,) = prepare(cluster(["معرض التجارة الدولي\n\n" + POOL[0]]))
    assert [h.text for h in prepared.headings] == ["معرض التجارة الدولي"]
    assert [s.text for s in prepared.sentences] == [POOL[0]]


def test_pipeline_build_facts_covers_every_sentence_once(wire_cluster):
    prepared = prepare(wire_cluster)
    facts = build_facts(prepared)
    members = [s for f in facts for s in f.sentences]
    assert sorted(members, key=lambda s: (s.doc, s.index)) == sorted(
        (s for p in prepared for s in p.sentences), key=lambda s: (s.doc, s.index)
    )


documents_strategy = st.lists(
    st.lists(st.sampled_from(POOL + JUNK), min_size=1, max_size=7).map("\n".join),
    min_size=1,
    max_size=5,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents_strategy, st.integers(min_value=15, max_value=120))
def test_pipeline_properties(texts, words):
    docs = cluster(texts)
    try:
        summary = summarize(docs, words=words)
    except (NoTextError, SettingsError):
        return  # all junk, or budget below every sentence: both are reported errors, not output
    assert summary.sentences
    assert summary.word_count <= words
    by_id = {d.id: d.text for d in docs}
    for sentence in summary.sentences:
        assert sentence.sources, "every sentence has a source"
        for span in sentence.sources:
            assert 0 <= span.start < span.end <= len(by_id[span.doc])
        assert by_id[sentence.sources[0].doc][sentence.sources[0].start : sentence.sources[0].end] == sentence.text
    texts_out = [s.text for s in summary.sentences]
    assert len(set(texts_out)) == len(texts_out), "no sentence twice"
    again = summarize(docs, words=words)
    assert again.to_dict() == summary.to_dict(), "deterministic"


# Two outlets tell the same opening in their own words; a third reports something else.
REWORDED = [
    Document(
        "a",
        "أعلنت وزارة الصحة في عمان افتتاح مستشفى جديد للأطفال في شرق المدينة بكلفة أربعين مليون "
        "دينار. وقال الوزير إن المستشفى سيخدم نصف مليون طفل في المحافظات الشرقية.",
        source="الأولى",
    ),
    Document(
        "b",
        "افتتحت الحكومة الأردنية اليوم مستشفى للأطفال شرقي العاصمة عمان كلف أربعين مليون دينار. "
        "وسيقدم المستشفى خدماته لنحو نصف مليون طفل من سكان المحافظات الشرقية بحسب الوزير.",
        source="الثانية",
    ),
    Document(
        "c",
        "ارتفعت أسعار الذهب في الأسواق المحلية صباح اليوم بنسبة طفيفة مع تراجع الطلب على الدولار في البورصات العالمية.",
        source="الثالثة",
    ),
]


def test_pipeline_paraphrases_name_outlets_that_say_it_in_other_words():
    plain = summarize(REWORDED, words=60)
    assert all(s.paraphrases == () for s in plain.sentences)
    assert all(c["in_other_words"] == 0 for c in plain.coverage())
    summary = summarize(REWORDED, words=60, paraphrases=True)
    text = {d.id: d.text for d in REWORDED}
    opening = next(s for s in summary.sentences if s.text.startswith("أعلنت وزارة الصحة"))
    assert opening.docs == ("a",) and opening.paraphrase_docs == ("b",)
    (span,) = opening.paraphrases
    assert text[span.doc][span.start : span.end].startswith("افتتحت الحكومة الأردنية")
    gold = next(s for s in summary.sentences if "الذهب" in s.text)
    assert gold.paraphrases == ()  # an unrelated story has no rewording
    coverage = summary.coverage()[summary.sentences.index(opening)]
    assert coverage == {
        "sentence": summary.sentences.index(opening),
        "outlets": 1,
        "in_other_words": 1,
        "partial": 0,
        "disputed_by": 0,
        "of": 3,
    }
    as_json = summary.to_dict()["sentences"][summary.sentences.index(opening)]["paraphrases"]
    assert as_json == [{"doc": "b", "source": "الثانية", "start": span.start, "end": span.end}]


def _summary_texts(summary):
    """Sentence texts without the running numbers the near copies carry."""
    return [re.sub(r" \d+", "", s.text) for s in summary.sentences]


@pytest.mark.parametrize("near", [False, True])
def test_pipeline_one_article_repeated_many_times_reads_like_one_copy(demo_docs, near):
    """Issue 13: a file of one article repeated 4,000 times ran for minutes (pairwise over copies).
    Copies (exact, or differing in a running number) collapse to one fact per sentence."""
    article = demo_docs[0].text
    copies = [article.replace("الخميس", f"الخميس {k}", 1) if near else article for k in range(600)]
    single = summarize([Document("one", copies[0])], words=100)
    as_documents = summarize([Document(f"c{k}", t) for k, t in enumerate(copies)], words=100)
    as_one_file = summarize([Document("file", "\n\n".join(copies))], words=100)
    assert _summary_texts(as_documents) == _summary_texts(single)
    assert _summary_texts(as_one_file) == _summary_texts(single)
    for sentence in as_documents.sentences:
        assert len(sentence.docs) == 600  # every copy is still credited
    for sentence in as_one_file.sentences:
        assert len(sentence.sources) == 600


def test_pipeline_share_bar_text_never_becomes_the_summary():
    """Issue 13: a file of English share-bar text became the summary "- Share this: [1]"."""
    texts = [
        "عنوان الخبر عن القمة\n\nShare this:\nTweet\nShare on Facebook\nLike this:\nLike Loading...",
        "Share this:\nTweet\nWhatsApp\nمشاركة :\nفيسبوك",
        "عنوان الخبر عن القمة\n\nPlease share this story with your friends today.\nالتقى الزعيمان",
    ]
    for text in texts:
        with pytest.raises(NoTextError, match="nothing"):
            summarize([Document("d", text)], words=50)


def test_pipeline_order_time_parses_rfc2822_and_iso_dates():
    """Issue 13: order="time" sorted the raw strings ("Fri, 26 Apr" before "Thu, 25 Apr")."""
    late = "وأعلنت الحكومة في اليوم التالي خطة جديدة لدعم المزارعين المتضررين من موجة الجفاف الأخيرة في الجنوب."
    early = "ضربت موجة جفاف شديدة مناطق الجنوب وأتلفت محاصيل القمح في عشرات القرى بحسب مسؤولين محليين."
    middle = "وقالت نقابة المزارعين إن الخسائر الأولية تتجاوز ما سجل في المواسم الثلاثة الماضية مجتمعة حتى الآن."
    for dates in (
        ("Fri, 26 Apr 2019 09:00:00 +0000", "Thu, 25 Apr 2019 09:00:00 +0000", "2019-04-25T18:00:00Z"),
        ("2019-04-26T09:00:00+03:00", "Thu, 25 Apr 2019 09:00:00 +0300", "2019-04-25T12:00:00+03:00"),
    ):
        docs = [
            Document("late", late, published=dates[0]),
            Document("early", early, published=dates[1]),
            Document("middle", middle, published=dates[2]),
            Document("undated", late.replace("خطة", "خططًا")),
        ]
        summary = summarize(docs, words=100, order="time")
        assert [s.docs[0] for s in summary.sentences][:3] == ["early", "middle", "late"]


def test_published_dates_parse_or_give_none():
    from khulasa.text.published import parse_published

    assert parse_published("Thu, 25 Apr 2019 14:10:00 +0300") == parse_published("2019-04-25T14:10:00+03:00")
    assert parse_published("2019-04-25").tzinfo is not None
    for bad in (None, "", "yesterday", "Thu, 99 Foo 2019", "\udfff", "2023", "12345", "-1e+18", "1" * 301):
        assert parse_published(bad) is None


def test_published_unix_time_in_seconds_or_milliseconds_is_a_date():
    """A CMS export or JSON API that gives Unix time (a JSON number, which a record keeps as its
    decimal text) is dated, not undated; a short number such as a year is not read as a time."""
    from khulasa.records import read_record
    from khulasa.text.published import parse_published

    iso = parse_published("2019-04-25T11:10:00Z")
    assert parse_published("1556190600") == iso
    assert parse_published(" 1556190600.0 ") == iso
    assert parse_published("1556190600000") == iso
    for number in (1556190600, 1556190600.0, 1556190600000):
        doc = read_record({"text": "نص", "published": number}, "a", "record 1")
        assert parse_published(doc.published) == iso


def test_pipeline_questions_are_not_chosen_across_outlets_but_kept_in_one_article():
    from khulasa.summarizer.pipeline import is_question

    assert is_question("كيف تسبب الزلزال في هذا الذعر؟") and is_question('وسأل: "متى تعود الكهرباء؟"')
    assert not is_question("وقال إن الكهرباء تعود مساء اليوم.")
    # A quoted question the page closed with a full stop after the quote is a question still.
    assert is_question('و"هل تعود الكهرباء قبل الشتاء؟".') and is_question("وسأل: «متى يبدأ الإعمار؟».")
    assert not is_question('وقال: "الكهرباء تعود مساء اليوم".') and not is_question("سألوا عن الإعمار؟ لا.")
    teaser = "كيف انتهت المفاوضات الطويلة بين الطرفين بعد ثلاثة أيام؟"
    fact = "وقع الطرفان اتفاقا لتبادل الأسرى بعد مفاوضات استمرت ثلاثة أيام في العاصمة."
    # The question opens the paragraph (a question alone on its line is a subheading anyway).
    docs = [Document(f"d{k}", f"{teaser} {fact}") for k in range(3)]
    assert "؟" not in summarize(docs, words=40).text
    single = summarize([Document("d", f"{teaser} {fact}")], words=40)
    assert "؟" in single.text


@pytest.mark.parametrize(
    "given", ["قال الرئيس إن المحادثات كانت مفيدة جدا للبلدين.", {"text": "قال الرئيس إن القمة ناجحة."}]
)
def test_pipeline_text_or_records_instead_of_documents_is_one_clear_error(given: object) -> None:
    """``khulasa.summarize(["نص…"])``, as a new user first tries it. Before: AttributeError: 'str'
    object has no attribute 'text', a traceback from inside the pipeline."""
    from khulasa import InputError
    from khulasa.stories.group import group_documents

    kind = type(given).__name__
    for call in (summarize, prepare, group_documents):
        with pytest.raises(InputError, match=rf"^expected khulasa.Document objects, got a {kind}; make them with"):
            call([given])  # type: ignore[list-item]


def test_pipeline_a_load_result_or_one_document_instead_of_a_list_is_one_clear_error() -> None:
    """``khulasa.summarize(khulasa.load_documents(paths))`` (without ``.documents``) or one Document
    alone. Before: TypeError: 'LoadResult' object is not iterable, from inside the pipeline."""
    from khulasa import InputError
    from khulasa.io import LoadResult

    doc = Document("d", "قال الرئيس إن المحادثات كانت مفيدة جدا للبلدين.")
    for wrong in (LoadResult([doc], []), doc, (d for d in [doc])):
        kind = type(wrong).__name__
        with pytest.raises(InputError, match=rf"^expected khulasa.Document objects, got a {kind}; make them with"):
            summarize(wrong)  # type: ignore[arg-type]
