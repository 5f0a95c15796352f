"""Facts as the unit of a short multi-outlet summary (issue 20): one fact told twice in other words
is chosen once, the story's central figure is stated even when the outlets disagree on it, and the
summary opens with the event most outlets open with."""

from __future__ import annotations

from khulasa import summarize
from khulasa.config import Settings
from khulasa.extract.claims import claims_of, names_again, restates, salient_figures
from khulasa.extract.figures import extract_figures
from khulasa.summarizer.opening import (
    RETOLD_SHARE,
    event_facts,
    event_tellings,
    opening_fact,
    opening_scores,
    opening_terms,
)
from khulasa.summarizer.select import (
    Candidate,
    central_figures,
    core_inside,
    core_pairs,
    event_pairs,
    meanings,
    restating_pairs,
)
from khulasa.text.normalize import count_words
from khulasa.types import Document, Fact, Sentence


def _restates(a: str, b: str) -> bool:
    return restates(claims_of(a), claims_of(b))


def test_restates_the_same_figure_about_the_same_places_whatever_the_words():
    # A quake's magnitude and where it was felt, told by two outlets (7.8 against 7.9).
    assert _restates(
        "ضرب زلزال بقوة 7.8 درجات تركيا وسوريا فجر الاثنين وشعر به سكان لبنان وقبرص.",
        "زلزال بلغت قوته 7.9 درجة جنوبي تركيا وشعر به سكان سوريا ولبنان والأردن.",
    )
    # A toll that rose during the day is one figure.
    assert _restates("قتل 50 شخصا في تركيا جراء الزلزال.", "قتل 300 شخص في تركيا وسوريا جراء الزلزال.")


def test_restates_not_when_a_sentence_adds_a_figure_a_year_or_other_places():
    # The toll of the 1999 quake is another fact than today's toll.
    assert not _restates(
        "تعد هذه الهزة الأكبر في تركيا منذ زلزال عام 1999 الذي تسبب في مقتل 17 ألف شخص.",
        "قتل 300 شخص في تركيا وسوريا جراء الزلزال.",
    )
    # Each gives a figure the other does not (ambulances; the dead).
    ambulances = "وأرسلت الوزارة 36 سيارة إسعاف ونقلت 66 مصابا إلى المستشفيات في سوهاج."
    assert not _restates(ambulances, "أعلنت الوزارة مقتل 32 شخصا وإصابة 66 في سوهاج.")
    # ... but a sentence that gives nothing the other does not is inside it.
    assert _restates(ambulances, "أعلنت الوزارة إصابة 66 شخصا في سوهاج.")
    # Deaths in one country and in another.
    assert not _restates("قتل 50 شخصا في تركيا جراء الزلزال.", "قتل 40 شخصا في سوريا جراء الزلزال.")
    # Without a figure, names alone are what the whole story shares.
    assert not _restates("وصل الرئيس إلى تركيا.", "غادر الرئيس تركيا مساء.")


def test_restates_not_when_a_sentence_announces_a_figure_as_revised():
    # A magnitude revised during the day is news of its own, not the first value told again.
    first = "ضرب زلزال بقوة 6.9 درجة جزيرة كريت صباح الجمعة."
    assert not _restates("وعدلت الهيئة قوة الزلزال إلى 7.3 درجة.", first)
    assert not _restates(first, "وقد عدل المركز قوة الزلزال لاحقا إلى 7.3 درجة.")
    # Revised to the value the other already gives: told twice.
    assert _restates("وعدلت الهيئة قوة الزلزال إلى 6.9 درجة.", first)
    # The revision told by both sentences (the old value and the new) is one fact told twice.
    assert _restates("وعدلت الهيئة قوة الزلزال من 6.9 درجة إلى 7.3 درجة.", "عدلت قوة الزلزال إلى 7.3 درجة.")
    # "إلى" alone, with no verb of change, announces nothing.
    assert _restates("وصلت قوة الزلزال إلى 7.3 درجة.", first)


def _fact(fact_id: int, text: str, *docs: str) -> Fact:
    return Fact(fact_id, tuple(Sentence(d, 3, 0, len(text), text) for d in docs))


def _cand(fact: Fact) -> Candidate:
    words = count_words(fact.representative.text)
    return Candidate(fact, words, frozenset(), 1.0, words)


def test_restating_pairs_finds_the_pair_and_leaves_other_facts():
    cands = [
        _cand(_fact(0, "قتل 50 شخصا في تركيا جراء الزلزال.", "a")),
        _cand(_fact(1, "وأرسلت الوزارة 36 سيارة إسعاف إلى المدينة.", "b")),
        _cand(_fact(2, "قتل 300 شخص في تركيا وسوريا جراء الزلزال.", "c")),
    ]
    assert restating_pairs(cands) == [(0, 2)]


def test_two_candidates_giving_one_count_at_one_value_are_one_fact():
    # The 21 children under their school, told with the toll and again in the president's words:
    # each sentence names someone or somewhere the other does not, so `restates` keeps them apart,
    # but the same children counted at the same value are one fact. 21 injured are another.
    cands = [
        _cand(_fact(0, "قتل 224 شخصا جراء الزلزال في المكسيك، بينهم 21 طفلا طمروا تحت أنقاض مدرستهم في مكسيكو.", "a")),
        _cand(_fact(1, "وأعلن الرئيس المكسيكي إنريكي بينيا نييتو أن 21 طفلا قتلوا في انهيار مدرستهم.", "b")),
        _cand(_fact(2, "وأصيب 21 شخصا بجروح في انهيار مبنى آخر في العاصمة.", "c")),
    ]
    assert restating_pairs(cands) == [(0, 1)]


def test_one_count_of_things_under_two_nouns_is_one_fact():
    # A council's vote told as votes and again as member states, and the women of a cabinet told
    # with two words for women: one count of things at one value, whatever noun counts it. Another
    # value, or a small count ("three of them"), is no repeat.
    cands = [
        _cand(_fact(0, "صادق المجلس على القرار بأغلبية 112 صوتا مقابل معارضة 12 صوتا.", "a")),
        _cand(_fact(1, "وقوبل إعلان النتيجة بتصفيق حار بعد أن أيدت القرار 112 دولة من الأعضاء.", "b")),
        _cand(_fact(2, "وغاب 30 مندوبا عن الجلسة.", "c")),
        _cand(_fact(3, "وتضم الحكومة الجديدة 24 وزيرا بينهم 6 نساء.", "a")),
        _cand(_fact(4, "ودخلت الحكومة 6 سيدات للمرة الأولى في تاريخ البلاد.", "b")),
        _cand(_fact(5, "وعين 3 مستشارين جدد في الديوان.", "c")),
        _cand(_fact(6, "وتلقى الديوان 3 رسائل تهنئة.", "a")),
    ]
    assert restating_pairs(cands) == [(0, 1), (3, 4)]


def test_bodies_recovered_are_a_count_of_the_dead():
    # "انتشال 35 جثة" counts the dead as "لقي 35 شخصا حتفهم" does: the same people at the same
    # value, one fact told twice. The rescued passengers, at the same value, are another count.
    assert [(f.dimension, f.unit, f.amount) for f in extract_figures("وانتشلت فرق الإنقاذ 35 جثة من البحر")] == [
        ("people", "killed", 35.0)
    ]
    cands = [
        _cand(_fact(0, "لقي 35 شخصا حتفهم في غرق عبارة قبالة السواحل الشمالية.", "a")),
        _cand(_fact(1, "وقالت السلطات إن فرق الإنقاذ انتشلت 35 جثة من مياه البحر.", "b")),
        _cand(_fact(2, "وأنقذت فرق خفر السواحل 35 راكبا من العبارة.", "c")),
    ]
    assert restating_pairs(cands) == [(0, 1)]


def test_central_figure_is_the_quantity_nearly_every_outlet_gives_at_its_best_supported_value():
    cands = [
        _cand(_fact(0, "وقالت وزارة الصحة إن 19 شخصا لقوا حتفهم في الحادث.", "a")),
        _cand(_fact(1, "وارتفعت حصيلة القتلى إلى 32 قتيلا بحسب وزارة الصحة.", "b", "c")),
        _cand(_fact(2, "لقي 25 شخصا حتفهم في تصادم قطارين بمحافظة سوهاج.", "d")),
        _cand(_fact(3, "وأرسلت الوزارة 36 سيارة إسعاف إلى موقع الحادث.", "a")),
    ]
    held = central_figures(cands, 4)
    # Every outlet gives a toll, each its own; 32 is the value two of them give.
    assert list(held) == [1] and held[1] == ["<people:killed>"]
    # Half the outlets giving a toll is no central figure.
    assert central_figures(cands[:1] + cands[3:], 4) == {}


def test_a_sentence_telling_a_toll_s_course_states_its_last_value():
    cands = [
        _cand(_fact(0, "قتل 20 شخصا في الفيضانات التي ضربت الإقليم صباح اليوم.", "a", "b")),
        _cand(_fact(1, "وارتفعت حصيلة القتلى من 20 قتيلا صباحا إلى 35 قتيلا مساء.", "c")),
        _cand(_fact(2, "وارتفع عدد القتلى في الفيضانات إلى 35 قتيلا بحسب الدفاع المدني.", "d", "e")),
    ]
    # The course's 20 is history: 20 stands in two outlets, 35 in three (with the course's last).
    assert sorted(central_figures(cands, 5)) == [1, 2]
    # Other quantities keep every value: two candidates' shares of the vote are no course.
    shares = [
        _cand(_fact(0, "حصل المرشح الأول على 52% من الأصوات مقابل 48% لمنافسه.", "a", "b")),
        _cand(_fact(1, "وحصل المرشح الأول على 52% من الأصوات وفق نتائج أولية.", "c")),
    ]
    assert sorted(central_figures(shares, 3)) == [0, 1]


def test_a_measure_read_as_a_count_keeps_every_value():
    # "7.1 درجات" is read as a count of its unit word; a value that is no whole number makes it a
    # measure, and "a 7.1 quake after an 8.2 one" gives the story's 7.1 (two quakes, no course).
    cands = [
        _cand(_fact(0, "ضرب زلزال بقوة 7.1 درجات وسط البلاد مساء الثلاثاء.", "a", "b")),
        _cand(_fact(1, "ووقع الزلزال الذي بلغت قوته 7.1 درجات بعد زلزال بقوة 8.2 درجات ضرب جنوب البلاد.", "c")),
        _cand(_fact(2, "وأعلنت السلطات أن 40 شخصا لقوا حتفهم في الزلزال.", "d")),
    ]
    assert central_figures(cands, 4) == {0: ["<count:درج>"], 1: ["<count:درج>"]}


# Four outlets on one train crash: each gives the toll it had when it wrote, in a body sentence.
CRASH = [
    "اصطدم قطاران صباح اليوم الأحد قرب مدينة طهطا بمحافظة سوهاج في صعيد مصر، "
    "ما أدى إلى خروج عربات عن القضبان وسط حالة من الذعر بين الركاب. "
    "وقال مسؤول محلي إن حصيلة القتلى بلغت 19 قتيلا. "
    "وأمر النائب العام بفتح تحقيق عاجل في أسباب تصادم القطارين في سوهاج، وطالب بتقرير فني عن حالة الإشارات على الخط.",
    "اصطدم قطاران صباح اليوم الأحد قرب مدينة طهطا بمحافظة سوهاج، "
    "وهرعت فرق الإنقاذ إلى موقع الحادث لانتشال الركاب من العربات المحطمة. "
    "وارتفعت حصيلة القتلى لاحقا إلى 32 قتيلا. "
    "وأمر النائب العام بفتح تحقيق عاجل في أسباب تصادم القطارين في سوهاج، "
    "وتفقد رئيس الوزراء موقع الحادث برفقة عدد من الوزراء.",
    "شهدت محافظة سوهاج صباح اليوم الأحد تصادم قطارين قرب مدينة طهطا، "
    "وتفقد رئيس الوزراء موقع الحادث برفقة عدد من الوزراء. "
    "وبلغت حصيلة القتلى 25 قتيلا وفق مصادر طبية. "
    "وقالت هيئة السكك الحديدية إن مجهولين شغلوا مكابح الطوارئ في القطار الأول قبل أن يصطدم به القطار الثاني من الخلف.",
    "اصطدم قطاران صباح اليوم الأحد قرب مدينة طهطا بمحافظة سوهاج، "
    "وهرعت فرق الإنقاذ إلى موقع الحادث وسط حالة من الذعر بين الركاب. "
    "وأكدت مصادر رسمية مصرع 32 شخصا. "
    "وقالت هيئة السكك الحديدية إن مجهولين شغلوا مكابح الطوارئ في القطار الأول، "
    "وأمر النائب العام بفتح تحقيق عاجل في أسباب الحادث.",
]


def _crash_docs() -> list[Document]:
    return [Document(f"d{k}", text) for k, text in enumerate(CRASH)]


def _states_a_toll(text: str) -> bool:
    return any(f.dimension == "people" and f.unit == "killed" for f in claims_of(text).figures)


def test_a_toll_every_outlet_gives_differently_is_stated_with_its_disputes():
    summary = summarize(_crash_docs(), words=60)
    tolls = [s for s in summary.sentences if _states_a_toll(s.text)]
    assert len(tolls) == 1  # stated, and once
    assert "32" in tolls[0].text  # the value two outlets give
    assert {d.text for d in tolls[0].disputes} >= {"19 قتيلا", "25 قتيلا"}


def test_without_the_central_figure_rule_the_best_supported_toll_is_left_out():
    # Nor may the toll weigh as a claim two of the four outlets make (Settings.claim_weight).
    summary = summarize(_crash_docs(), words=60, central_figures=False, claim_weight=0.0)
    assert not any(_states_a_toll(s.text) and "32" in s.text for s in summary.sentences)


# Three outlets open with the summit; one opens with a remark its reporter chose.
SUMMIT = [
    "وشدد الرئيس على أنه يدعم الجهود الحالية لتخفيف التوترات في المنطقة ويريد تعزيز العلاقات الاقتصادية. "
    "والتقى الزعيمان في مدينة فلاديفوستوك لعقد أول قمة بينهما يوم الخميس.",
    "عقد الزعيمان أول قمة بينهما في مدينة فلاديفوستوك يوم الخميس واستمرت المحادثات ثلاث ساعات. "
    "وتبادل الزعيمان الهدايا في ختام اللقاء.",
    "عقد الزعيمان يوم الخميس في فلاديفوستوك أول قمة تجمعهما بعد أشهر من الإعداد. "
    "وقال مسؤولون إن المحادثات تناولت التعاون الاقتصادي بين البلدين.",
    "أول قمة بين الزعيمين تعقد الخميس في فلاديفوستوك وسط اهتمام دولي واسع. "
    "وأكد الجانبان رغبتهما في تعزيز العلاقات بين البلدين.",
]


def test_opening_scores_favour_what_most_outlets_open_with():
    openings = [[text.split(". ")[0]] for text in SUMMIT]
    remark, event = (
        "وشدد الرئيس على أنه يدعم الجهود الحالية لتخفيف التوترات في المنطقة ويريد تعزيز العلاقات الاقتصادية.",
        "والتقى الزعيمان في مدينة فلاديفوستوك لعقد أول قمة بينهما يوم الخميس.",
    )
    terms = opening_terms(openings)
    low, high = opening_scores([remark, event], terms)
    assert high > low
    facts = [_fact(0, remark, "a"), _fact(1, event, "a")]
    assert opening_fact(facts, terms) == 1


def test_summary_opens_with_the_event_not_the_first_article_s_remark():
    docs = [Document(f"d{k}", text) for k, text in enumerate(SUMMIT)]
    summary = summarize(docs, words=60)
    assert "قمة" in summary.sentences[0].text
    plain = summarize(docs, words=60, open_with_event=False)
    assert [s.text for s in plain.sentences] != [s.text for s in summary.sentences]
    assert sorted(s.text for s in plain.sentences) == sorted(s.text for s in summary.sentences)


def test_settings_switch_the_fact_rules_off():
    settings = Settings()
    assert settings.claim_redundancy and settings.central_figures and settings.open_with_event


def test_the_event_each_outlet_tells_in_its_own_words_is_told_once():
    docs = [Document(f"d{k}", text) for k, text in enumerate(SUMMIT)]

    def summits(summary) -> int:
        return sum("قمة" in s.text for s in summary.sentences)

    assert summits(summarize(docs, words=60)) == 1
    # Without the event rule, the retold reading and the support pairs (Settings.support_weight:
    # the two tellings hold each other's words, another rule telling it once), it is told twice.
    assert summits(summarize(docs, words=60, event_share=0, retold_redundancy=False)) == 1
    assert summits(summarize(docs, words=60, event_share=0, retold_redundancy=False, support_weight=0)) == 2
    # After the choice, the second telling (no name, half its words the first's) goes too
    # (khulasa.link.retold).
    assert summits(summarize(docs, words=60, event_share=0)) == 1


def test_event_facts_are_the_candidates_near_the_best_opening_score():
    openings = [[text.split(". ")[0]] for text in SUMMIT]
    terms = opening_terms(openings)
    facts = [
        _fact(0, "والتقى الزعيمان في مدينة فلاديفوستوك لعقد أول قمة بينهما يوم الخميس.", "a"),
        _fact(1, "أول قمة بين الزعيمين تعقد الخميس في فلاديفوستوك وسط اهتمام دولي واسع.", "d"),
        _fact(2, "وتبادل الزعيمان الهدايا في ختام اللقاء.", "b"),
    ]
    assert event_facts(facts, [True] * 3, terms, 0.7) == [0, 1]
    assert event_facts(facts, [True] * 3, terms, 0.0) == []
    assert event_facts(facts, [False, True, True], terms, 0.7) == [1]


def test_with_publication_times_the_central_figure_is_the_latest_report():
    # A toll rises during the day: the last report tells it best, however many gave an earlier one.
    hours = {"d0": "08", "d1": "09", "d2": "17", "d3": "10"}
    docs = [Document(d.id, d.text, published=f"2021-03-26T{hours[d.id]}:00:00Z") for d in _crash_docs()]
    tolls = [s for s in summarize(docs, words=60).sentences if _states_a_toll(s.text)]
    assert len(tolls) == 1 and "25" in tolls[0].text
    assert {d.text for d in tolls[0].disputes} >= {"19 قتيلا", "32 قتيلا"}


def test_a_partial_telling_of_the_event_is_the_event_unless_it_gives_a_new_quantity():
    # "They held a summit in Vladivostok amid tight security" tells the event with fewer of the
    # openings' words than "the two leaders met for their first summit on Thursday": the event
    # told again. With the same share of the openings' words, "a summit ... 40 agreements signed"
    # gives a quantity the event's own tellings do not: a fact of its own.
    openings = [[text.split(". ")[0]] for text in SUMMIT]
    terms = opening_terms(openings)
    facts = [
        _fact(0, "والتقى الزعيمان في مدينة فلاديفوستوك لعقد أول قمة بينهما يوم الخميس.", "a"),
        _fact(1, "عقد الزعيمان قمة في فلاديفوستوك وسط حراسة مشددة.", "d"),
        _fact(2, "وتبادل الزعيمان الهدايا في ختام اللقاء.", "b"),
        _fact(3, "عقد الزعيمان قمة في فلاديفوستوك ووقعا 40 اتفاقية.", "c"),
    ]
    share = Settings().event_share
    scores = opening_scores([f.representative.text for f in facts], terms)
    assert RETOLD_SHARE * scores[0] <= scores[1] < share * scores[0]
    assert RETOLD_SHARE * scores[0] <= scores[3] < share * scores[0]
    assert event_facts(facts, [True] * 4, terms, share) == [0, 1]

    # The tellings and the retellings, apart: selection treats them differently (event_pairs).
    assert event_tellings(facts, [True] * 4, terms, share) == ([0], [1])
    assert event_tellings(facts, [True] * 4, terms, 0.0) == ([], [])


def test_a_retelling_stands_beside_a_telling_it_shares_no_word_of_what_happened_with():
    """Outlets that each tell a summit in their own words open with only its most common words
    ("قمة", "الخميس"): a sentence holding them can be another fact ("the failed Hanoi summit
    before"), not the event told again. Two retellings or a telling and a retelling that share a
    word of what happened (names, places, numbers aside) stay one of a kind; so do two tellings,
    and a retelling that holds nothing but names."""
    texts = [
        "والتقى الزعيمان في مدينة فلاديفوستوك لعقد أول قمة بينهما يوم الخميس.",  # the event
        "ويأتي ذلك بعد فشل اجتماع هانوي مع ترامب في فبراير.",  # another fact
        "عقد الزعيمان قمة ثانية في فلاديفوستوك وسط حراسة مشددة.",  # the event again: "عقد", "قمه"
        "أول قمة بين الزعيمين تعقد الخميس في فلاديفوستوك.",  # another telling
        "الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون.",  # names only
    ]
    cands = [_cand(_fact(k, text, "abcde"[k])) for k, text in enumerate(texts)]
    pairs = event_pairs(cands, [0, 1, 2, 3, 4], retold={1, 2, 4})
    assert not {(0, 1), (1, 2), (1, 3)} & pairs  # Hanoi shares no word of what happened
    assert (0, 2) in pairs and (2, 3) in pairs  # each shares "قمة" at least
    assert (0, 3) in pairs  # two tellings: one event, whatever their words
    assert (0, 4) in pairs and (1, 4) in pairs  # names alone retell
    # Without retellings every pair of the group is one event told twice.
    assert event_pairs(cands, [0, 1, 2, 3, 4]) == {(a, b) for a in range(5) for b in range(a + 1, 5)}


def test_a_fact_two_outlets_open_with_is_not_shut_out_by_the_event_told_by_three():
    """Three outlets open with the summit, two with the pledge to strengthen economic ties: the
    pledge holds enough of the openings' words to be taken for a retelling of the summit, though
    it shares no word of what happened with it. The summary states both, the pledge once; before,
    it gave way to one-outlet details (the length of the talks, the gifts)."""
    texts = [
        "عقد الزعيمان أول قمة في فلاديفوستوك يوم الخميس. وتبادل الزعيمان الهدايا في ختام اللقاء.",
        "والتقى الزعيمان في فلاديفوستوك في أول قمة يوم الخميس. وقال مسؤولون إن المحادثات استمرت ثلاث ساعات.",
        "أول قمة للزعيمين تعقد يوم الخميس في فلاديفوستوك. وأشاد الضيف بحفاوة الاستقبال في المدينة.",
        "تعهد الزعيمان بتعزيز العلاقات الاقتصادية للبلدين. وشهدت المدينة إجراءات أمنية مشددة.",
        "وأكد الجانبان رغبتهما في تعزيز العلاقات الاقتصادية للبلدين. وغادر الضيف المدينة مساء.",
    ]
    docs = [Document(f"d{k}", text) for k, text in enumerate(texts)]
    for words in (20, 25, 30):
        printed = [s.text for s in summarize(docs, words=words).sentences]
        assert sum("أول قمة" in t for t in printed) == 1, printed
        assert sum("العلاقات الاقتصادية" in t for t in printed) == 1, printed


def test_a_goal_told_again_by_its_minute_restates_and_another_goal_does_not():
    both = "وسجل فرانك كيسي هدف التعادل في الدقيقة 62 من اللقاء، ثم أضاف سيباستيان هالر الهدف الثاني في الدقيقة 81."
    assert _restates("وكللت مجهودات أصحاب الأرض بتسجيل هدف التعادل عن طريق فرانك كيسي في الدقيقة 62.", both)
    assert not _restates("تقدم منتخب النسور الخضر بالهدف الأول عن طريق إيكونغ في الدقيقة 38.", both)


# A crash told with the people on board, and sentences naming those people again or others.
PLANE_CRASH = "توفي الرئيس نبيل حداد، ووزير الداخلية كريم منصور، في حادث سقوط طائرة قرب العاصمة."
ON_BOARD_AGAIN = "وكان على متن الطائرة أيضا وزير الداخلية كريم منصور، وعدد من المرافقين."


def test_a_sentence_naming_again_only_people_another_names_adds_nothing():
    assert names_again(claims_of(ON_BOARD_AGAIN), claims_of(PLANE_CRASH))
    # The other way round the crash names a person the retelling does not.
    assert not names_again(claims_of(PLANE_CRASH), claims_of(ON_BOARD_AGAIN))
    # Another person, a figure of its own, or what the person said: something new.
    assert not names_again(
        claims_of("وكان على متن الطائرة أيضا وزير الصحة سامي يوسف، وعدد من المرافقين."), claims_of(PLANE_CRASH)
    )
    assert not names_again(
        claims_of("وكان على متن الطائرة 12 شخصا بينهم وزير الداخلية كريم منصور."), claims_of(PLANE_CRASH)
    )
    said = "وقال وزير الداخلية كريم منصور، قبل الرحلة إن الطائرة خضعت للصيانة."
    assert not names_again(claims_of(said), claims_of(PLANE_CRASH))
    # A sentence naming no person at all is left to the other rules.
    assert not names_again(claims_of("وسقطت الطائرة بعد إقلاعها بدقائق قرب العاصمة."), claims_of(PLANE_CRASH))


# The next match of a team, told by two outlets with the same two teams and no figure.
NEXT_MATCH = "ويواجه المنتخب التونسي في الدور المقبل الفائز من مباراة البرتغال وإنجلترا يوم الخميس."
NEXT_MATCH_AGAIN = "ومن المنتظر أن يلعب المنتخب التونسي في الدور المقبل مع الفائز من مباراة إنجلترا والبرتغال."


def test_two_figureless_sentences_naming_the_same_two_places_alone_tell_one_fact():
    assert names_again(claims_of(NEXT_MATCH_AGAIN), claims_of(NEXT_MATCH))
    assert names_again(claims_of(NEXT_MATCH), claims_of(NEXT_MATCH_AGAIN))
    # A figure in either, another place, or a list of three places: not read as a retelling.
    assert not names_again(claims_of(NEXT_MATCH_AGAIN), claims_of("وحضر مباراة البرتغال وإنجلترا 60 ألف متفرج."))
    assert not names_again(
        claims_of(NEXT_MATCH_AGAIN), claims_of("ويلعب الفائز من مباراة البرتغال وإنجلترا في مدريد مع هولندا.")
    )
    founders = "وتأسس التكتل على يد البرازيل وروسيا والهند."
    assert not names_again(claims_of(founders), claims_of("ويضم التكتل اليوم البرازيل وروسيا والهند والصين."))


def test_a_gazetteer_name_inside_a_longer_one_is_not_read_again():
    assert claims_of("وانضمت جنوب أفريقيا إلى المجموعة لاحقا.").names == frozenset({("place", "جنوب أفريقيا")})
    assert ("place", "إنجلترا") in claims_of("وخسرت إنكلترا المباراة.").names


def test_restating_pairs_hold_a_sentence_that_only_names_again_who_was_there():
    cands = [
        _cand(_fact(0, PLANE_CRASH, "a")),
        _cand(_fact(1, "وقال وزير الداخلية كريم منصور، قبل الرحلة إن الطائرة خضعت للصيانة.", "b")),
        _cand(_fact(2, ON_BOARD_AGAIN, "c")),
    ]
    # The minister named again goes with neither sentence naming him; what he said goes with the crash.
    assert restating_pairs(cands) == [(0, 2), (1, 2)]


def test_a_title_heading_an_organisation_names_no_person() -> None:
    """ "زعيم حزب ..." is the party's leader: the party's name is no person. Read as the person
    "حزب", it made a sentence naming the runoff's candidates look as if it named someone new."""
    from khulasa.extract.claims import claims_of

    sentence = "وتنافس في الجولة الثانية زعيم حزب الأمة الجديد سالم برهان ومرشح التحالف الحاكم."
    assert not any(kind == "person" and name.startswith("حزب") for kind, name in claims_of(sentence).names)
    assert ("person", "برهان") in claims_of("وقال الوزير سالم برهان إن الحملة انتهت.").names


def test_shares_of_different_things_are_no_retelling_nor_one_central_figure() -> None:
    """A candidate's share of the votes and the turnout are two quantities when cue words say so:
    the turnout sentence is no retelling of the result with another value (before, it showed as a
    ⚠ dispute on it), and a share without a cue may still be either."""
    from khulasa.extract.claims import claims_of, restates

    result = claims_of("وقال رئيس الهيئة سالم برهان إن المرشح حصل على 91.2 في المائة من الأصوات.")
    turnout = claims_of("وأعلن سالم برهان أن نسبة المشاركة بلغت 47 في المائة.")
    plain = claims_of("وقال سالم برهان إن النتيجة بلغت 88 في المائة.")
    assert result.kind_of(result.figures[0]) != turnout.kind_of(turnout.figures[0])
    assert not restates(turnout, result) and not restates(result, turnout)
    assert restates(plain, result)


def test_one_goal_told_at_minutes_one_apart_is_one_fact() -> None:
    """Outlets disagree by a minute on when a goal fell: the 57th and the 58th are one goal told
    twice; the 57th and the 80th are two goals."""
    from khulasa.extract.claims import claims_of, restates

    first = claims_of("وسجل المهاجم سامر يوسف هدف الفوز برأسية في الدقيقة 57.")
    again = claims_of("وأحرز سامر يوسف هدف المباراة الوحيد في الدقيقة 58 من ضربة رأسية.")
    other = claims_of("وأحرز سامر يوسف هدفا ثانيا في الدقيقة 80 من ضربة رأسية.")
    assert restates(first, again)
    assert not restates(first, other)


def test_a_list_of_shares_is_no_dispute_but_a_rounded_share_is() -> None:
    """Two sentences that share one value of a list ("the runner-up 4.1%") give other items of it,
    not other values of one quantity; two close values still disagree."""
    from khulasa.extract.claims import claims_of, contradicting_figures

    ours = claims_of("وفاز المرشح سامي داود بنسبة 91.2 بالمئة، فيما حل المرشح الثاني بنسبة 4.1 بالمئة.")
    list_of_two = claims_of("وحل المرشح الثاني بنسبة 4.1 بالمئة، والثالث بنسبة 2.3 بالمئة.")
    rounded = claims_of("وفاز المرشح سامي داود بنسبة 91.5 بالمئة، فيما حل المرشح الثاني بنسبة 4.1 بالمئة.")
    assert contradicting_figures(ours, list_of_two) == []
    assert [(a.text, b.text) for a, b in contradicting_figures(ours, rounded)] == [("91.2 بالمئة", "91.5 بالمئة")]


def test_after_is_no_count_of_ballots() -> None:
    """ "بعد" (after) is no "ب" + "عد" (counting): a share after it is a candidate's, not the
    ballots counted."""
    from khulasa.extract.figures import share_head

    text = "فاز المرشح بعد حصوله على 52.9% من الأصوات، وذلك بعد فرز 99% منها."
    assert share_head(text, text.index("52.9")) != "share:counted"
    assert share_head(text, text.index("99%")) == "share:counted"


def test_two_of_something_in_a_dual_noun_is_a_part_not_the_whole() -> None:
    """ "باستثناء راكبين" (except two passengers) is no account of all the passengers, so another
    outlet's 175 passengers neither retells nor contradicts it; "in the second minute" is still
    a mark that "in the first minute" contradicts."""
    from khulasa.extract.claims import claims_of, contradicting_figures, restates

    part = claims_of("وكان معظم الركاب من أبناء البلد باستثناء راكبين من الخارج.")
    whole = claims_of("وكانت الطائرة تقل 175 راكبا وستة من أفراد الطاقم.")
    assert not restates(part, whole) and not restates(whole, part)
    assert contradicting_figures(part, whole) == []
    # (the scorer named on both sides: a minute is set only against one of the same goal)
    first = claims_of("وسجل المهاجم سالم هدفه في الدقيقة الأولى من المباراة.")
    second = claims_of("وجاء هدف المهاجم سالم في الدقيقة الثانية من المباراة.")
    assert [(a.text, b.text) for a, b in contradicting_figures(first, second)] == [("الأولى", "الثانية")]


def test_core_pairs_hold_a_sentence_telling_again_what_another_tells_with_a_detail_of_its_own():
    # The second tells the next match again with its day; the third names another side, the fourth
    # names no one (nothing says of whom), the fifth tells another happening of the same sides.
    cands = [
        _cand(_fact(i, text, f"d{i}"))
        for i, text in enumerate(
            [
                "ويلتقي المغرب مع فرنسا في الدور نصف النهائي بعد فوزه على البرتغال بهدف نظيف.",
                "ويلتقي المغرب مع فرنسا يوم الأربعاء المقبل.",
                "ويلتقي المغرب مع إسبانيا يوم الأربعاء المقبل.",
                "ويلتقي الفريقان يوم الأربعاء المقبل.",
                "وهزم المغرب فرنسا في المباراة الأخيرة بينهما.",
            ]
        )
    ]
    assert core_pairs(cands) == {(0, 1)}


def test_core_inside_needs_every_kind_of_quantity_and_words_of_speech_are_no_happening():
    toll = meanings([_cand(_fact(0, "قتل 5 أشخاص في طوكيو جراء تصادم طائرتين في المطار.", "a"))])[0]
    again = meanings([_cand(_fact(1, "وقتل 7 أشخاص في طوكيو.", "b"))])[0]
    more = meanings([_cand(_fact(2, "وقتل 7 أشخاص وأصيب 12 آخرون في طوكيو.", "c"))])[0]
    assert core_inside(again, toll)
    assert not core_inside(more, toll)  # it adds the injured
    said = meanings([_cand(_fact(3, "وقال مسؤول في طوكيو إن المطار أغلق.", "d"))])[0]
    assert said.happening[0] != "قال"
    # ... also behind و, as attribution.txt's words are matched.
    announced = meanings([_cand(_fact(4, "وأعلن رئيس اللجنة فوز المرشح بأغلبية الأصوات.", "e"))])[0]
    assert not announced.happening[0].startswith("واعل")


def test_core_inside_reads_a_name_the_other_writes_without_its_title():
    # The other sentence writes the president's name with no title before it: no name of its
    # claims, but one of its words.
    short = meanings([_cand(_fact(0, "ووصل الرئيس ماكرون إلى باريس.", "a"))])[0]
    long = meanings([_cand(_fact(1, "ووصل ماكرون إلى باريس مساء الأحد بعد جولة في أفريقيا استمرت أسبوعا.", "b"))])[0]
    assert ("person", "ماكرون") in short.names and ("person", "ماكرون") not in long.names
    assert core_inside(short, long)
    elsewhere = meanings([_cand(_fact(2, "ووصل الرئيس ماكرون إلى برلين.", "c"))])[0]
    assert not core_inside(elsewhere, long)


def test_core_pairs_read_no_name_as_what_happened():
    # The first word of what happened in the first sentence was its minister's first name ("جون"):
    # the second writes him without it, and the two tell one fact.
    cands = [
        _cand(_fact(0, "أعلن رئيس الوزراء جون بارتون أن حكومته تعترف بدولة فلسطين.", "a")),
        _cand(_fact(1, "وقال بارتون في لندن إن حكومته تعترف بدولة فلسطين وتدعو إلى السلام.", "b")),
        _cand(_fact(2, "وقال بارتون في لندن إن حكومته تدعم خطة السلام.", "c")),
    ]
    assert core_pairs(cands) == {(0, 1)}
    named = meanings(cands, without_names=True)
    # "تعترف", not "جون": the second tells it, the third does not.
    assert named[0].happening[0] in named[1].happening and named[0].happening[0] not in named[2].happening
    assert not any(w.startswith("جون") or w.startswith("بارتون") for w in named[0].happening)
    assert core_pairs(cands) == {(0, 1)}
    # The office a title heads ("رئيس وزراء") is no word of what happened either.
    office = meanings(
        [_cand(_fact(3, "أعلن رئيس وزراء كندا، جون بارتون، اعتراف بلاده بدولة فلسطين.", "d"))], without_names=True
    )
    assert office[0].happening[0] != "وزراء" and "وزراء" not in office[0].happening


def test_one_value_told_in_other_words_is_one_claim():
    from khulasa.extract.claims import same_told_value

    def told(a: str, b: str) -> bool:
        ca, cb = claims_of(a), claims_of(b)
        return any(same_told_value(ca, f, cb, g) for f in ca.figures for g in cb.figures)

    # One goal: the same scorer, a minute apart (outlets disagree on when a goal fell).
    assert told("وسجل المهاجم سامر الحلبي هدف التقدم في الدقيقة 53.", "وأضاف الحلبي الهدف من ركلة حرة في الدقيقة 52.")
    # Another scorer's minute is another goal.
    assert not told("وسجل المهاجم سامر الحلبي هدف التقدم في الدقيقة 53.", "وأحرز كمال الزين هدفا في الدقيقة 52.")
    # A share written with fewer decimals, told with a cue or without one.
    assert told("وحصل المرشح على 61.4% من الأصوات.", "وفاز المرشح بنحو 61 في المائة.")
    # Turnout is no candidate's share of the votes.
    assert not told("وبلغت نسبة المشاركة 61% في الانتخابات.", "وحصل المرشح على 61% من الأصوات.")
    # Counted nouns that count one thing (issue 20): people and residents; a plain count of people
    # is a claim too.
    assert told("وأمرت السلطات بإجلاء نحو 45 ألف شخص من منازلهم.", "وصدرت أوامر الإخلاء لحوالي 45 ألف ساكن.")
    assert not told("وأمرت السلطات بإجلاء نحو 45 ألف شخص من منازلهم.", "وهدد الحريق 45 ألف مبنى.")


def test_told_values_counts_the_documents_telling_a_value_in_any_words():
    from khulasa.summarizer.select import CLAIM_PREFIX, told_values

    goal = _fact(0, "وسجل المهاجم سامر الحلبي هدف التقدم في الدقيقة 53 بتسديدة قوية.", "a")
    again = _fact(1, "وأضاف الحلبي الهدف الوحيد من ركلة حرة في الدقيقة 52.", "b")
    lone = _fact(2, "وتلقى الحارس إنذارا في الدقيقة 80 بعد احتجاجه على الحكم.", "a")
    sentences = [
        *goal.sentences,
        *again.sentences,
        *lone.sentences,
        Sentence("c", 5, 0, 40, "وجاء هدف المباراة عبر الحلبي عند الدقيقة 53 من عمر اللقاء."),
        Sentence("d", 2, 0, 30, "وانتهت المباراة بعد أن سيطر الفريقان على الكرة."),
    ]
    holders, made = told_values([_cand(goal), _cand(again), _cand(lone)], sentences)
    # The two wordings of one goal hold one claim, which three documents make; the warning's
    # minute, in one document alone, is no claim of the story.
    assert holders[0] == holders[1] and len(holders[0]) == 1 and 2 not in holders
    name = holders[0][0]
    assert name.startswith(CLAIM_PREFIX) and made == {name: 3}


def test_a_share_with_a_cue_and_one_without_can_be_one_fact_told_twice():
    # "من الأصوات" names what the share is of; "النتيجة بلغت 80.2%" names nothing.
    cands = [
        _cand(_fact(0, "أعلنت اللجنة إعادة انتخاب الرئيس العمري بعد حصوله على نحو 80 في المائة من الأصوات.", "a")),
        _cand(_fact(1, "وذكرت اللجنة أن النتيجة بلغت 80.2% لصالح العمري.", "b")),
    ]
    assert restating_pairs(cands) == [(0, 1)]


def test_goals_told_again_scorer_and_minute_are_one_fact():
    """A list of scorers with their minutes and a sentence telling two of those goals one clause
    each (a name spelled another way) are one fact told twice; a goal at another minute, or a
    header the list never told, is not."""
    listed = "وسجل ثلاثية فريق النجوم جونكالو راموس (17، 51، 67) وبيبي (33)، فيما سجل أكانجي هدف الأمل."
    cands = [
        _cand(_fact(0, listed, "a")),
        _cand(
            _fact(1, "وتقدم فريق النجوم في الدقيقة 17 عن طريق جونزالو راموس، ثم أضاف بيبي الثاني في الدقيقة 33.", "b")
        ),
        _cand(_fact(2, "وتقدم فريق النجوم في الدقيقة 12 عن طريق جونزالو راموس.", "c")),
        _cand(_fact(3, "وتقدم فريق النجوم في الدقيقة 17 بضربة رأسية من جونزالو راموس.", "d")),
    ]
    pairs = restating_pairs(cands)
    assert (0, 1) in pairs and (0, 2) not in pairs and (0, 3) not in pairs


def test_goals_told_again_at_the_same_minutes_or_a_minute_apart_are_one_fact():
    """One scorer's three penalties at the same three minutes, told with the scorer far from them,
    are one fact told twice; so is a header by one scorer that two outlets time a minute apart. A
    header at another scorer's name, or two minutes of which one is another's, are not."""
    listed = "وحملت أهداف الفريق توقيع النجم سامر الحداد وكلها من ركلات الجزاء في الدقائق 22 و 73 و90+5."
    cands = [
        _cand(_fact(0, listed, "a")),
        _cand(_fact(1, "ويدين الفريق بالفضل لنجمه سامر الحداد بعد تسجيله 3 ركلات جزاء في الدقائق 22 و 73 و90.", "b")),
        _cand(_fact(2, "وسجل الحداد هدفين في الدقائق 22 و 81.", "c")),
        _cand(_fact(3, "وسجل هدف الفوز المهاجم يوسف النجار برأسية متقنة في الدقيقة 41.", "d")),
        _cand(_fact(4, "وجاء هدف الفوز عن طريق يوسف النجار من كرة رأسية رائعة في الدقيقة (42).", "e")),
        _cand(_fact(5, "وأضاف كريم داود هدفا برأسية في الدقيقة 43.", "f")),
    ]
    pairs = restating_pairs(cands)
    assert (0, 1) in pairs and (0, 2) not in pairs and (1, 2) not in pairs
    assert (3, 4) in pairs
    # A list of scorers with their minutes in brackets and no label, and a sentence giving two of
    # them with a label, one beside its scorer's name: those goals told again.
    listed = "وسجل أهداف الفريق سامر (23 من ركلة جزاء و108) وكريم داود (36)، فيما سجل يوسف (80)."
    told = "وقاد سامر فريقه حيث أحرز الهدف الأول من ركلة جزاء عند الدقيقة 23، ثم أحرز كريم داود الثاني في الدقيقة 36."
    other = "وتقدم الضيوف عند الدقيقة 23، ثم أضاف عادل نصار الثاني في الدقيقة 36."
    again = restating_pairs([_cand(_fact(0, listed, "a")), _cand(_fact(1, told, "b")), _cand(_fact(2, other, "c"))])
    assert (0, 1) in again and (0, 2) not in again
    from khulasa.extract.goals import goals_again

    assert not goals_again(cands[5].fact.representative.text, cands[4].fact.representative.text)
    assert not goals_again(cands[4].fact.representative.text, cands[5].fact.representative.text)


def test_three_goals_two_outlets_time_a_few_minutes_apart_are_one_fact():
    """Three penalties that one outlet times at 22, 73 and 90 and another at 20, 71 and 94 (added
    time written as 90 or as 94), or lists in brackets with no label ("(22 ، 73، 90+5)"), naming
    the same team, are the same goals told twice. Two goals so timed are not (one goal a few
    minutes from another may be another goal), nor three goals of which one lies far from every
    minute the other gives, nor a list naming only another team."""
    cands = [
        _cand(
            _fact(0, "ويدين منتخب مصر بالفضل لنجمه سامر الحداد بعد تسجيله 3 ركلات جزاء في الدقائق 22 و 73 و90.", "a")
        ),
        _cand(_fact(1, "وسجل منتخب مصر أهدافه الثلاثة من علامة الجزاء عبر سامر الحداد بالدقائق 20،71،94.", "b")),
        _cand(_fact(2, "وسجل منتخب مصر هدفيه في الدقيقتين 24 و70.", "c")),
        _cand(_fact(3, "وسجل منتخب مصر أهدافه في الدقائق 21 و 55 و 92.", "d")),
        _cand(_fact(4, "وسجل منتخب المغرب أهدافه في الدقائق 21 و 72 و 92.", "e")),
        _cand(_fact(5, "وسجل أهداف منتخب مصر النجم سامر الحداد من ثلاث ضربات جزاء (22 ، 73، 90+5).", "f")),
    ]
    pairs = restating_pairs(cands)
    assert (0, 1) in pairs and (0, 5) in pairs
    assert not {(0, 2), (1, 2), (0, 3), (1, 3), (0, 4), (1, 4)} & set(pairs)
    from khulasa.extract.goals import goals_near

    texts = [c.fact.representative.text for c in cands]
    assert goals_near(texts[0], texts[1]) and goals_near(texts[1], texts[0])
    assert not goals_near(texts[2], texts[0]) and not goals_near(texts[3], texts[1])


def test_a_vote_count_whose_thousands_an_outlet_left_unnamed_is_the_same_count():
    """ "5 ملايين و630 صوتا" leaves out the thousands' word: the count another outlet writes "5.630
    مليون صوت", told twice, not five million and 630 votes (a count at another value)."""
    cands = [
        _cand(_fact(0, "وقال رئيس الهيئة إنه من أصل 5.630 مليون صوت مسجل، حاز الرئيس 5.320 مليون صوت.", "a")),
        _cand(
            _fact(
                1, "وقالت الهيئة إن الفرز سجل 5 ملايين و630 صوتا للمرشحين، حصل الرئيس على 5 ملايين و320 صوتا منها.", "b"
            )
        ),
    ]
    assert (0, 1) in restating_pairs(cands)


def test_a_part_of_a_toll_counted_with_no_role_and_told_again_as_a_toll_is_one_fact():
    """The ministry's toll by province gives one province's dead as people with no role, in
    brackets ("11 وفاة ... الوادي (سبعة أشخاص)"); another outlet's "سبعة ضحايا في إقليم الوادي" tells
    that count again. A toll's own value with no role (the ministry's "ارتفع إلى 100 مواطن"), and a
    count of people in a sentence that tells no toll (a ferry's capacity), are left to other rules."""
    cands = [
        _cand(_fact(0, "أعلنت الوزارة تسجيل 11 وفاة في أقاليم الوادي (سبعة أشخاص) والساحل (أربعة أشخاص).", "a")),
        _cand(_fact(1, "وقضى سبعة ضحايا في إقليم الوادي الأكثر تضررا من السيول.", "b")),
        _cand(_fact(2, "وقال البيان إن عدد الضحايا، ارتفع إلى 100 مواطن.", "c")),
        _cand(_fact(3, "ولقي 100 قتيل حتفهم في الغرق.", "d")),
        _cand(_fact(4, "وكانت العبارة تقل 250 راكبا في حين تبلغ طاقتها نحو سبعة أشخاص لكل قارب.", "e")),
    ]
    pairs = restating_pairs(cands)
    assert (0, 1) in pairs and (1, 4) not in pairs
    from khulasa.summarizer.select import _people_counts

    texts = [c.fact.representative.text for c in cands]
    plain = [_people_counts(claims_of(t), t)[0] for t in texts]
    assert plain[0] == {7.0} and plain[2] == set() and plain[4] == set()


def test_two_sentences_quoting_the_same_words_quote_one_statement():
    """A leader's "disappointment" quoted, and his office's statement quoting it again, are one
    statement told twice: the one whose concepts the other lacks weigh less goes. Quotes that
    share no two consecutive words are two statements."""
    from dataclasses import replace

    from khulasa.summarizer.select import quoted_told_pairs

    texts = [
        "أعرب الرئيس اليوم عن شعوره «بخيبة أمل» من قرار التحالف خفض الإنتاج.",
        "وقال المكتب إن “الرئيس يشعر بخيبة أمل إزاء القرار الذي اتخذه التحالف”.",
        "وقال الوزير إن «القمة تفتح صفحة جديدة بين البلدين».",
        "ووصف المبعوث الاتفاق بأنه «نقطة تحول في الأزمة».",
    ]
    concepts = [{"رئيس", "خيبة", "تحالف", "خفض", "إنتاج"}, {"مكتب", "خيبة"}, {"وزير", "صفحة"}, {"مبعوث", "تحول"}]
    cands = [
        replace(_cand(_fact(j, t, "abcd"[j])), concepts=frozenset(c))
        for j, (t, c) in enumerate(zip(texts, concepts, strict=True))
    ]
    weights = dict.fromkeys(set().union(*concepts), 1.0)
    assert quoted_told_pairs(cands, [0, 1, 2, 3], weights) == [(1, 0)]


def test_one_goal_told_by_its_minute_in_a_scorers_list_or_in_added_time_is_told_once():
    """A goal whose minute another sentence writes in brackets after the scorer's name, with no
    label ("سامر (23 من ركلة جزاء و108)"), and a goal at the 95th minute another sentence gives as
    the fifth minute of added time beside the same scorer, are goals told again: after the choice
    the one whose concepts the other lacks weigh less goes. Another scorer, or a minute the list
    gives after a name the sentence does not write, is not."""
    from dataclasses import replace

    from khulasa.extract.goals import goal_told_apart
    from khulasa.summarizer.select import goal_told_pairs

    listed = "وسجل أهداف الفريق سامر (23 من ركلة جزاء و108) وكريم داود (36)، فيما سجل يوسف (80)."
    penalty = "وتقدم الفريق في الدقيقة 23 بعدما احتسب الحكم ركلة جزاء نفذها النجم سامر بنجاح."
    other_name = "وتقدم الفريق في الدقيقة 23 بعدما احتسب الحكم ركلة جزاء نفذها المهاجم عادل نصار."
    late = "وسدد فادي الشمري ركلة حرة رائعة في الدقيقة الخامسة من الوقت بدل الضائع ليقود فريقه إلى النهائي."
    assert goal_told_apart(penalty, listed)
    assert not goal_told_apart(other_name, listed)
    words = claims_of(late).forms
    assert goal_told_apart("وأخيرا سجل فادي الشمري هدف الفوز في الدقيقة 95.", late, words)
    assert not goal_told_apart("وأخيرا سجل رامي نصار هدف الفوز في الدقيقة 95.", late, words)
    assert not goal_told_apart("وأخيرا سجل فادي الشمري هدف الفوز في الدقيقة 94.", late, words)
    texts = [listed, penalty, late, "وأخيرا سجل فادي الشمري هدف الفوز في الدقيقة 95."]
    concepts = [{"سامر", "كريم", "يوسف"}, {"حكم"}, {"ركلة", "حرة", "نهائي"}, {"فوز"}]
    cands = [
        replace(_cand(_fact(j, t, "abcd"[j])), concepts=frozenset(c))
        for j, (t, c) in enumerate(zip(texts, concepts, strict=True))
    ]
    weights = dict.fromkeys(set().union(*concepts), 1.0)
    assert sorted(goal_told_pairs(cands, [0, 1, 2, 3], weights)) == [(1, 0), (3, 2)]


def test_a_value_half_the_outlets_tell_in_their_own_words_weighs_as_a_claim():
    # Without the central figure rule, the toll two of the four outlets give (each in its own
    # words: "ارتفعت حصيلة القتلى لاحقا إلى 32 قتيلا", "مصرع 32 شخصا") is still stated.
    summary = summarize(_crash_docs(), words=60, central_figures=False)
    assert any(_states_a_toll(s.text) and "32" in s.text for s in summary.sentences)


def test_a_scorer_most_outlets_name_is_one_claim_whatever_minute_they_give():
    from khulasa.summarizer.select import SCORER_PREFIX, told_scorers

    one = _fact(0, "وقلص الفريق الضيف الفارق بهدف في الوقت بدل الضائع عن طريق اللاعب فادي الشمري.", "a")
    other = _fact(1, "وسجل فادي الشمري هدف فريقه الوحيد في الدقيقة (90+4).", "b")
    lone = _fact(2, "وأضاف رامي نصار الهدف الثاني في الدقيقة 40.", "a")
    sentences = [
        *one.sentences,
        *other.sentences,
        *lone.sentences,
        Sentence("c", 4, 0, 50, "وجاء هدف الضيوف عبر الشمري في الدقيقة 95 من عمر اللقاء."),
        Sentence("d", 2, 0, 30, "وانتهت المباراة بعد أن سيطر الفريقان على الكرة."),
    ]
    holders, made = told_scorers([_cand(one), _cand(other), _cand(lone)], sentences, 3)
    # Three documents name the scorer, at 90+4, at 95 or at no minute: one claim both wordings
    # hold; the second goal's scorer, in one document, is no claim of the story.
    assert holders[0] == holders[1] and 2 not in holders
    assert holders[0][0].startswith(SCORER_PREFIX) and made == {holders[0][0]: 3}


def test_a_value_three_of_many_outlets_tell_in_their_own_words_is_a_claim():
    from khulasa.summarizer.select import CLAIM_PREFIX, _with_told_values

    # Eight outlets; three tell how often the launch was put off, each in its own words, two give
    # the rocket's height. Three of eight is under half, yet a fact three outlets state is no one
    # outlet's detail: it weighs as a claim; what two of them give does not.
    delayed = _fact(0, "وقد أرجئ إطلاق المركبة ثلاث مرات خلال الأسبوع الماضي.", "a")
    again = _fact(1, "وكان موعد الإطلاق قد تأجل ثلاث مرات بسبب الرياح.", "b")
    third = _fact(2, "وتأخرت المهمة بعد تأجيلها ثلاث مرات متتالية.", "c")
    tall = _fact(3, "ويبلغ طول الصاروخ 70 مترا ووزنه كبير.", "d")
    tall_again = _fact(4, "والصاروخ بطول 70 مترا من أطول الصواريخ.", "e")
    other = [_fact(5 + k, "وتابع السكان الإطلاق من الشاطئ القريب.", d) for k, d in enumerate("fgh")]
    facts = [delayed, again, third, tall, tall_again, *other]
    cands, weights = _with_told_values([_cand(f) for f in facts], {}, facts, 8, 2.0)
    claims = [{c for c in cand.concepts if c.startswith(CLAIM_PREFIX)} for cand in cands]
    assert claims[0] and claims[0] == claims[1] == claims[2]
    assert weights[next(iter(claims[0]))] == 6.0
    assert not claims[3] and not claims[4]


def test_a_sentence_naming_only_a_scorer_another_names_is_not_chosen_with_it():
    from khulasa.summarizer.select import SCORER_PREFIX, scorer_pairs

    def cand(j: int, *scorers: str) -> Candidate:
        base = _cand(_fact(j, "نص", "a"))
        return Candidate(base.fact, 1, frozenset(f"{SCORER_PREFIX}{s}>" for s in scorers) | {"x"}, 1.0, 1)

    cands = [cand(0, "مرتن", "شفز"), cand(1, "شفز"), cand(2, "لدسر"), cand(3)]
    assert scorer_pairs(cands) == {(0, 1)}


def test_one_match_result_told_twice_in_other_words_is_one_fact():
    cands = [
        _cand(_fact(0, "ودع المنتخب العماني البطولة بعد خسارته أمام العراق بهدفين مقابل هدف في الجولة الأخيرة.", "a")),
        _cand(_fact(1, "حرم العراق منتخب عمان من التأهل بعد فوزه (2-1) في المباراة التي جمعتهما مساء الأحد.", "b")),
        _cand(_fact(2, "وفاز منتخب الأردن على قطر 2-1 في المباراة الأخرى للمجموعة.", "c")),
    ]
    # One score with a side both name; the other match's 2-1 names neither side of it.
    assert restating_pairs(cands) == [(0, 1)]


def test_a_candidate_s_share_is_a_claim_beside_the_central_figure():
    from khulasa.summarizer.select import CENTRAL_PREFIX, told_values

    second = _fact(0, "وحصل المرشح سليم الراشد على 21.4% من الأصوات.", "a")
    sentences = [
        *second.sentences,
        Sentence("b", 3, 0, 40, "وجاء سليم الراشد ثانيا بعد أن نال 21.4 بالمئة من الأصوات."),
        Sentence("c", 3, 0, 40, "وحصل الراشد على 21.4% من أصوات الناخبين."),
    ]
    # The share of the vote is the story's central figure (the winner's): its kind weighs already,
    # but another candidate's share, which the sentence says is his, is a claim of its own.
    holders, made = told_values([_cand(second)], sentences, 2, {f"{CENTRAL_PREFIX}percent:%>"})
    assert 0 in holders and list(made.values()) == [3]


def test_a_count_told_again_behind_min_or_with_no_noun_is_one_fact():
    # "قتل سبعة على الأقل" and "مقتل سبعة أشخاص" give one count of the dead; "على متنها 230 من
    # الركاب" and "تقل 230 راكبا" one count of the passengers; the rescued, at another count, stand.
    cands = [
        _cand(_fact(0, "قتل سبعة على الأقل وأصيب نحو 40 شخصا حين اقتحمت سيارة سوقا في المدينة.", "a")),
        _cand(_fact(1, "وقالت الشرطة إن سيارة صدمت حشدا في السوق وأعلنت مقتل سبعة أشخاص.", "b")),
        _cand(_fact(2, "وكانت العبارة تقل 230 راكبا حين اشتعلت فيها النيران.", "c")),
        _cand(_fact(3, "وقال مسؤول إن العبارة كان على متنها 230 من الركاب.", "d")),
        _cand(_fact(4, "وتم إنقاذ 40 شخصا من العبارة.", "e")),
    ]
    assert restating_pairs(cands) == [(0, 1), (2, 3)]


def test_the_values_read_for_one_claim_are_all_those_same_told_value_could_call_one():
    """The window of told_values and _claim_roots (select._ValueIndex) leaves out only values that
    same_told_value rejects: made-up figures at several precisions, rounded, cut, minutes."""
    from khulasa.extract.claims import claim_figures, same_told_value
    from khulasa.summarizer.select import _ValueIndex

    texts = [
        "حصل المرشح على 58.15 في المائة من الأصوات.",
        "حصل المرشح على نحو 58 في المائة من الأصوات.",
        "حصل المرشح على 57.9 في المائة من الأصوات.",
        "شارك في التصويت 23,780,104 ناخبين.",
        "شارك في التصويت 23780100 ناخب.",
        "سجل اللاعب الهدف في الدقيقة 52.",
        "سجل اللاعب الهدف في الدقيقة 53.",
        "قتل 120 شخصا في الهجوم.",
        "قتل 121 شخصا في الهجوم.",
    ]
    told = [(c, f) for c in map(claims_of, texts) for f in claim_figures(c)]
    near = _ValueIndex([f.amount for _, f in told])
    for x, (a, f) in enumerate(told):
        window = set(near.around(f.amount))
        assert x in window
        for y, (b, g) in enumerate(told):
            if same_told_value(a, f, b, g):
                assert y in window, (texts, f, g)


def test_a_toll_or_score_read_in_words_after_the_number_is_one_fact_with_its_other_telling():
    # The killed told by a verb right after the number ("اثنين قتلا"), the injured by "بجروح", and a
    # score after a result's verb in the imperfect ("لتهزم ... 2-1") are the quantities the other
    # sentence gives: one fact told twice. Another match's score is no repeat.
    cands = [
        _cand(_fact(0, "قتل ثلاثة أشخاص صباح اليوم في هجوم بسكين في مدينة نيس.", "a")),
        _cand(_fact(1, "وقالت الشرطة إن اثنين قتلا في هجوم بسكين في مدينة نيس.", "b")),
        _cand(_fact(2, "قتل 12 شخصا وأصيب 40 بجروح في انفجار في بيروت.", "c")),
        _cand(_fact(3, "وأفاد الوزير أن 13 قتيلا و41 جريحا سقطوا في انفجار بيروت.", "a")),
        _cand(_fact(4, "فاز منتخب مصر على منتخب تونس 2-1 مساء الأربعاء.", "b")),
        _cand(_fact(5, "سجل منتخب مصر هدفا متأخرا لتهزم تونس 2-1 وتبلغ النهائي.", "c")),
    ]
    assert restating_pairs(cands) == [(0, 1), (2, 3), (4, 5)]


def test_citizens_counted_are_people_whose_role_a_cue_gives():
    # Made-up tolls: "مواطن" counts people (twentieth session), as "شخص" does; the cue gives the role.
    for text, kinds in (
        ("أعلنت الوزارة وفاة 12 مواطنا وإصابة 30 آخرين في الحادث.", [("people", "killed"), ("people", "injured")]),
        ("ارتفع عدد ضحايا غرق القارب إلى 40 مواطنا.", [("people", "killed")]),
    ):
        claims = claims_of(text)
        assert [claims.kind_of(f) for f in salient_figures(claims)] == kinds, text
