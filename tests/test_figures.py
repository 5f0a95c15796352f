"""Figures in Arabic text: written and digit numbers, units, dates, offsets, grouping."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khulasa.extract.figures import (
    Figure,
    FigureMention,
    comparable,
    disagree,
    extract_figures,
    group_figures,
    measured_head,
    mention,
    parse_digits,
)
from khulasa.text.normalize import Analyzer


def only(text: str) -> Figure:
    figures = extract_figures(text)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("text", "dimension", "amount"),
    [
        ("استمر الاجتماع ثلاث ساعات ونصف", "duration", 210),
        ("بعد اجتماع استمر حوالى ثلاث ساعات ونصف ساعة", "duration", 210),
        ("ثلاث ساعات ونصف الساعة", "duration", 210),
        ("دام اللقاء ساعتين", "duration", 120),
        ("خصص له خمسين دقيقة فقط", "duration", 50),
        ("ضعف المدة المقررة لها وهي 50 دقيقة", "duration", 100),
        ("ثلاثة أضعاف المدة البالغة ساعتين", "duration", 360),
        ("ويستمر المعرض خمسة أيام", "duration", 5 * 1440),
        ("قتل خمسة وعشرون شخصا", "people", 25),
        ("بمشاركة مئتي شركة", "count", 200),
        ("من اثنتي عشرة دولة", "count", 12),
        ("نشر ثلاثة آلاف وخمسمائة جندي", "people", 3500),
        ("بلغت ٣٫٥ مليون دولار", "money", 3_500_000),
        ("ارتفعت بنسبة 45%", "percent", 45),
        ("زار بيونجيانج 4 مرات", "times", 4),
        ("التقاه ثلاث مرات", "times", 3),
        ("يوم 25 نيسان/أبريل", "date", 425),
        ("في فبراير/ شباط الماضي", "date", 200),
        ("في عام 2011", "year", 2011),
        ("وصل يوم الخميس", "weekday", 4),
    ],
)
def test_figures_values(text: str, dimension: str, amount: float) -> None:
    figure = only(text)
    assert figure.dimension == dimension
    assert figure.amount == pytest.approx(amount)
    assert text[figure.start : figure.end] == figure.text


def test_figures_qualifiers_and_notes() -> None:
    assert only("حوالى ثلاث ساعات").qualifier == "approx"
    assert only("أكثر من 10 أشخاص").qualifier == "more"
    assert only("ضعف المدة المقررة لها وهي 50 دقيقة").note == "2 × 50 minute"


def test_figures_up_to_bounds_from_above() -> None:
    """ "Up to" before a number is an upper bound: the strongest gust, not the wind's one speed."""
    assert only("رياح تصل سرعتها إلى 180 كيلومترا").qualifier == "less"
    assert only("إجلاء ما يصل إلى 4000 شخص").qualifier == "less"
    gusts, sustained = only("رياح تصل سرعتها إلى 180 كيلومترا"), only("رياح بلغت سرعتها 120 كيلومترا")
    assert not disagree(gusts, sustained)
    assert disagree(gusts, only("رياح بلغت سرعتها 210 كيلومترا"))
    # A count that reached a value is no bound.
    assert only("ارتفع عدد القتلى إلى 64 شخصا").qualifier == ""


def test_figures_speed_is_no_distance() -> None:
    """ "كيلومترا في الساعة" is a speed: the unit of several words wins over its first word."""
    wind = only("رياح سرعتها 130 كيلومترا في الساعة")
    assert (wind.dimension, wind.unit, wind.amount) == ("speed", "kmh", 130)
    assert wind.text == "130 كيلومترا في الساعة"
    assert only("على بعد 90 كيلومترا من الساحل").dimension == "distance"
    assert not comparable(wind, only("على بعد 90 كيلومترا من الساحل"))


@pytest.mark.parametrize(
    "text", ["الذكرى السبعين للعلاقات", "أول قمة بينهما", "قال واحد منهم", "مارس الضغط على الحكومة"]
)
def test_figures_ordinals_and_lookalikes_are_not_figures(text: str) -> None:
    assert extract_figures(text) == []


def test_figures_offsets_shift_into_the_document() -> None:
    doc = "مقدمة. استمر الاجتماع ساعتين يوم الخميس."
    start = doc.index("استمر")
    figures = extract_figures(doc[start:], doc="d", offset=start)
    assert [doc[f.start : f.end] for f in figures] == ["ساعتين", "الخميس"]
    assert all(f.doc == "d" for f in figures)


def test_figures_parse_digits_variants() -> None:
    assert parse_digits("٢٠١١") == 2011
    assert parse_digits("3,5") == 3.5
    assert parse_digits("1,000") == 1000
    assert parse_digits("1.2.3") is None


_WORDS = [
    "استمر",
    "الاجتماع",
    "ثلاث",
    "ساعات",
    "ونصف",
    "ضعف",
    "المدة",
    "50",
    "دقيقة",
    "٣٫٥",
    "مليون",
    "دولار",
    "،",
    ".",
    "فبراير",
    "/",
    "شباط",
    "الماضي",
    "عام",
    "2011",
    "الخميس",
    "ساعتين",
    "و",
    "خمسين",
    "60.5",
    "٢٠١١",
    "²",
    "1,000",
    "12",
    "نيسان",
    "%",
    "أكثر",
    "من",
    "حوالى",
    "أضعاف",
    "ثلاثة",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25))
def test_figures_offsets_round_trip_on_any_text(words: list[str]) -> None:
    text = " ".join(words)
    for f in extract_figures(text, offset=3):
        assert (" " * 3 + text)[f.start : f.end] == f.text
        assert f.start < f.end


def _fig(doc: str, dimension: str, amount: float, qualifier: str = "", unit: str = "minute") -> Figure:
    return Figure(doc, 0, 1, "x", dimension, unit, amount, amount, qualifier)


def test_figures_disagreement_rules() -> None:
    assert disagree(_fig("a", "duration", 210, "approx"), _fig("b", "duration", 100))
    assert disagree(_fig("a", "duration", 210), _fig("b", "duration", 240, "approx"))
    assert not disagree(_fig("a", "duration", 120, "approx"), _fig("b", "duration", 125))
    assert not disagree(_fig("a", "people", 50, "more"), _fig("b", "people", 60))
    assert disagree(_fig("a", "people", 50, "more"), _fig("b", "people", 40))
    assert disagree(_fig("a", "weekday", 4), _fig("b", "weekday", 3))
    assert not disagree(_fig("a", "date", 400), _fig("b", "date", 425))
    assert disagree(_fig("a", "date", 424), _fig("b", "date", 425))


def test_figures_comparable_needs_same_dimension_and_scale() -> None:
    assert comparable(_fig("a", "duration", 210), _fig("b", "duration", 100))
    assert not comparable(_fig("a", "duration", 210), _fig("b", "duration", 2 * 43830))
    assert not comparable(_fig("a", "duration", 210), _fig("b", "people", 210))
    assert not comparable(_fig("a", "count", 3, unit="دول"), _fig("b", "count", 3, unit="شركات"))


def test_figures_group_by_subject_across_documents() -> None:
    analyzer = Analyzer()
    sentences = {
        "a": "انتهت المحادثات بعد اجتماع استمر ثلاث ساعات ونصف في القصر الرئاسي",
        "b": "واستمرت المحادثات في القصر الرئاسي ضعف المدة المقررة وهي 50 دقيقة",
        "c": "وتأخر افتتاح المعرض التجاري ساعتين بسبب الأمطار الغزيرة",
    }
    mentions: list[FigureMention] = []
    for doc, text in sentences.items():
        for f in extract_figures(text, doc=doc):
            mentions.append(mention(f, text, 0, analyzer))
    groups = group_figures(mentions, {})
    assert len(groups) == 1
    assert {m.figure.doc for m in groups[0]} == {"a", "b"}
    assert disagree(groups[0][0].figure, groups[0][1].figure)


def test_figures_group_never_holds_two_figures_of_one_document() -> None:
    analyzer = Analyzer()
    text = "استمرت الجلسة ساعتين ثم استمرت الجلسة الثانية ثلاث ساعات"
    mentions = [mention(f, text, 0, analyzer) for f in extract_figures(text, doc="a")]
    other = "استمرت الجلسة ساعتين"
    mentions += [mention(f, other, 0, analyzer) for f in extract_figures(other, doc="b")]
    for group in group_figures(mentions, {}):
        docs = [m.figure.doc for m in group]
        assert len(docs) == len(set(docs))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        ("واستمرت المحادثات بين الجانبين ثلاث ساعات ونصف الساعة", "ثلاث ساعات", "event"),
        ("بعد محادثات مع الزعيم الكوري استمرت نحو أربع ساعات", "أربع ساعات", "event"),
        ("استغرق اللقاء المنفرد بين الزعيمين نحو ساعتين", "ساعتين", "event:restricted"),
        ("امتد الاجتماع المغلق بين الزعيمين قرابة ساعتين", "ساعتين", "event:restricted"),
        ("واستمرت الجلسة الأولى ضعف المدة المقررة لها وهي 50 دقيقة", "50 دقيقة", "event:part"),
        ("وتأخر افتتاح المعرض ساعتين بسبب الأمطار", "ساعتين", ""),
    ],
)
def test_figures_measured_head(text: str, figure: str, head: str) -> None:
    start = text.index(figure)
    assert measured_head(text, start, start + len(figure)) == head


def test_figures_group_keeps_whole_talks_and_one_on_one_apart() -> None:
    analyzer = Analyzer()
    sentences = {
        "a": "واستمرت المحادثات بين الزعيمين ثلاث ساعات ونصف الساعة في الجامعة",
        "b": "استغرق اللقاء المنفرد بين الزعيمين نحو ساعتين في الجامعة",
        "c": "امتد الاجتماع المغلق قرابة ساعتين قبل انضمام الوفود",
        "d": "وقال مسؤول إن المحادثات مع الزعيم استمرت نحو أربع ساعات",
    }
    mentions = [
        mention(f, text, 0, analyzer) for doc, text in sentences.items() for f in extract_figures(text, doc=doc)
    ]
    groups = sorted(sorted(m.figure.doc for m in g) for g in group_figures(mentions, {}))
    assert groups == [["a", "d"], ["b", "c"]]


_WORDS = ("اجتماع", "قمة", "زيارة", "ضحايا", "جرحى", "@lasted")


@st.composite
def _mentions(draw: st.DrawFn) -> tuple[list[FigureMention], float]:
    out = []
    for i in range(draw(st.integers(0, 14))):
        dimension = draw(st.sampled_from(("duration", "count", "year")))
        amount = float(draw(st.integers(1, 30)))
        figure = Figure(
            draw(st.sampled_from("abcd")), i, i + 1, "x", dimension, draw(st.sampled_from(("u", "v"))), amount, amount
        )
        subject = frozenset(draw(st.sets(st.sampled_from(_WORDS), max_size=3)))
        head = draw(st.sampled_from(("", "", "event", "event:part")))
        out.append(FigureMention(figure, subject, head=head))
    return out, draw(st.sampled_from((0.0, 0.1, 0.3)))


@settings(max_examples=200, deadline=None)
@given(_mentions())
def test_figures_groups_hold_only_linkable_figures_above_threshold(case: tuple[list[FigureMention], float]) -> None:
    from khulasa.extract.figures import subject_similarity

    mentions, threshold = case
    idf = {w: 1.0 + k for k, w in enumerate(_WORDS)}
    seen: set[int] = set()
    for group in group_figures(mentions, idf, threshold=threshold):
        docs = [m.figure.doc for m in group]
        assert len(docs) >= 2 and len(docs) == len(set(docs))
        sims = []
        for x, a in enumerate(group):
            assert id(a) not in seen
            seen.add(id(a))
            for b in group[x + 1 :]:
                assert comparable(a.figure, b.figure)
                assert not (a.head and b.head and a.head != b.head)
                s = subject_similarity(a.subject, b.subject, idf)
                sims.append(max(s, threshold) if a.head and a.head == b.head else s)
        # Average linkage: each merge joined two groups whose cross pairs average at least the
        # threshold, and so, by induction, do each group's own pairs: so does the whole group.
        assert sum(sims) / len(sims) >= threshold - 1e-9


@pytest.mark.parametrize(
    ("dimension", "unit", "amount", "expected"),
    [
        ("duration", "hour", 210, "210 دقائق (3.5 ساعة)"),
        ("duration", "minute", 50, "50 دقيقة"),
        ("duration", "month", 2 * 43830, "شهران"),
        ("duration", "day", 3 * 1440, "3 أيام"),
        ("date", "date", 425, "25 أبريل"),
        ("date", "date", 200, "فبراير"),
        ("people", "person", 12, "12 شخصًا"),
        ("people", "person", 1, "1 شخص"),
        ("people", "person", 300, "300 شخص"),
        ("percent", "percent", 12.5, "12.5٪"),
    ],
)
def test_figures_arabic_label(dimension: str, unit: str, amount: float, expected: str) -> None:
    from khulasa.extract.figures import arabic_figure_label

    assert arabic_figure_label(dimension, unit, amount) == expected


def test_figures_every_unit_has_arabic_words() -> None:
    from khulasa.extract.figures import _unit_words
    from khulasa.resources import load_word_list

    keys = {line.split("|")[0].strip() for line in load_word_list("ar/units.txt")}
    assert keys - {"percent"} <= set(_unit_words())


@pytest.mark.parametrize(
    "text",
    [
        "تحطمت طائرة من طراز بوينغ 737-800 وعلى متنها 132 راكبا",
        "طائرة إيرباص A320 تقل 132 راكبا",
        "كانت الرحلة MH17 تقل 132 راكبا",
    ],
)
def test_model_names_and_codes_are_not_quantities(text: str):
    assert [(f.text, f.amount) for f in extract_figures(text)] == [("132 راكبا", 132.0)]


def test_a_hyphen_between_small_numbers_is_still_read():
    assert [f.amount for f in extract_figures("قتل 12 شخصا في الهجوم 3-4 مرات")][:1] == [12.0]


def _compare(texts: list[str]) -> list[tuple[bool, list[str]]]:
    from khulasa.analysis.compare import CompareSettings, compare_figures
    from khulasa.summarizer.pipeline import prepare
    from khulasa.types import Document

    docs = [Document(id=f"d{k}", text=t, source=f"o{k}") for k, t in enumerate(texts)]
    groups = compare_figures(prepare(docs), Analyzer(stem=True), {d.id: d.source for d in docs}, CompareSettings())
    return [(g.agree, [v.text for v in g.values]) for g in groups]


def test_shares_of_different_things_are_not_compared():
    frame = "أعلنت اللجنة العليا للانتخابات فوز أردوغان "
    counted = frame + "بعد فرز 99% من الأصوات في جولة الإعادة."
    won = frame + "الذي حصل على 52.14% من الأصوات في جولة الإعادة."
    also_won = frame + "الذي حصل على 52.18% من الأصوات في جولة الإعادة."
    assert _compare([counted, won]) == []
    assert _compare([won, also_won]) == [(True, ["52.14%", "52.18%"])]


def test_everyone_on_board_is_not_the_passengers_alone():
    aboard, passengers = extract_figures("كان على متن الطائرة 132 شخصا")[0], extract_figures("تقل 123 راكبا")[0]
    assert (aboard.unit, passengers.unit) == ("aboard", "passenger")
    assert not comparable(aboard, passengers)
    assert comparable(passengers, extract_figures("وكانت الطائرة تقل 126 مسافرا")[0])


def test_a_counted_noun_in_the_singular_and_the_plural_is_one_quantity():
    plural, singular = extract_figures("زلزال بقوة 7.8 درجات")[0], extract_figures("زلزال بلغت قوته 7.9 درجة")[0]
    assert (plural.dimension, singular.dimension) == ("count", "count")
    assert comparable(plural, singular) and disagree(plural, singular, tolerance=0.0)
    assert not comparable(plural, extract_figures("انهيار 7 مبان")[0])


def test_one_key_for_a_counted_noun_whatever_its_article_and_ending():
    """One rule serves figure comparison and the summarizer's restating check (there were two,
    which disagreed on "الطائرات" and "طائرة")."""
    from khulasa.extract.figures import counted_noun

    for forms in (("درجة", "درجات", "الدرجات"), ("راكبا", "راكب", "الراكبين"), ("طائرة", "الطائرات", "طائرات")):
        assert len({counted_noun(f) for f in forms}) == 1, forms
    assert counted_noun("مبنى") != counted_noun("مباني")  # a broken plural keeps its own key
    assert counted_noun("الى") == "الى" and counted_noun("سنة") == "سنة"  # too short to cut


def test_a_quantity_is_no_hundred_behind_kaf():
    """ "كمية" (a quantity) normalizes to "كميه", which is "ك" ("like") + "ميه" (a hundred): it was
    read as a figure of 100. A number word behind و or ب still reads."""
    assert extract_figures("وكان المستودع يحتوي كمية كبيرة من المفرقعات") == []
    assert [f.amount for f in extract_figures("قتل مئة شخص")] == [100.0]
    assert [f.amount for f in extract_figures("بيعت التذكرة بمئة دولار")] == [100.0]


def test_a_share_written_in_words_per_hundred_is_a_percentage():
    """ "في المئة" / "في المائة" (per hundred) after a number is a percentage, as "%" and "بالمئة"
    are; "في" before another word is no unit."""
    for text in ("حصل على 94.65 في المائة من الأصوات", "ارتفع بنسبة 3 في المئة", "بلغت 48 في المية"):
        (figure,) = extract_figures(text)
        assert (figure.dimension, figure.unit) == ("percent", "percent"), text
    assert [f.amount for f in extract_figures("حصل على 94.65 في المائة من الأصوات")] == [94.65]
    assert extract_figures("وقال إن 5 في المدينة نجوا") == []


def test_an_ordinal_after_a_label_is_a_mark():
    """ "في الدقيقة الأولى" is the first minute, as "في الدقيقة 1" would be; an ordinal with no label
    before it ("المركز الأول", "الشوط الثاني") is no figure."""
    (first,) = extract_figures("وسجل المهاجم هدفه في الدقيقة الأولى من المباراة")
    assert (first.dimension, first.unit, first.amount) == ("mark", "minute", 1.0)
    assert [f.amount for f in extract_figures("وجاء الهدف في الدقيقة الثانية")] == [2.0]
    assert extract_figures("حل في المركز الأول بعد الشوط الثاني") == []


def test_a_role_cue_with_its_article_or_a_detached_proclitic_still_names_the_count():
    """ "عدد القتلى" names the dead as "قتلى" does; "ضحايا" are the dead; a proclitic written
    apart from its number ("ل 82") takes no place in the cue's window."""
    assert [f.unit for f in extract_figures("ارتفع عدد القتلى إلى 82 شخصا")] == ["killed"]
    assert [f.unit for f in extract_figures("وارتفع عدد المصابين إلى 40 شخصا")] == ["injured"]
    assert [f.unit for f in extract_figures("ارتفع عدد ضحايا المستشفى ل82 شخصا")] == ["killed"]


def test_a_count_s_head_and_role_name_a_number_further_on_in_the_clause():
    """ "عدد ضحايا <the place> إلى 82 شخصا": the count's head and its role stand before the place's
    name, more words back than a cue alone is read."""
    assert [f.unit for f in extract_figures("ارتفع عدد ضحايا مستشفى ابن الخطيب إلى 82 شخصا")] == ["killed"]
    assert [f.unit for f in extract_figures("وبلغت حصيلة المصابين بالحريق في الطابق الثاني 40 شخصا")] == ["injured"]
    # A role without a count's head before it, a comma, or a count of something else: no reach.
    assert [f.unit for f in extract_figures("وزار أهالي ضحايا الحادث في المدينة القديمة 30 شخصا")] == ["person"]
    assert [f.unit for f in extract_figures("ارتفع عدد ضحايا الحادث، وزار المستشفى 30 شخصا")] == ["person"]
    assert [f.unit for f in extract_figures("وبلغ عدد سكان المدينة القديمة 30 ألف شخص")] == ["person"]


def test_a_count_s_head_far_before_a_verb_giving_its_value_names_the_number():
    """ "عدد الوفيات جراء <a long cause> ارتفع إلى 120 شخصا": a verb of ``ar/tally_verbs.txt``
    right before the number (or before "إلى") closes the count's subject, read farther back."""
    far = (
        "وقال المسؤول إن عدد الوفيات جراء العواصف والسيول التي اجتاحت القرى الجبلية"
        " في شمال الإقليم الشرقي ارتفع إلى 120 شخصا"
    )
    assert [f.unit for f in extract_figures(far)] == ["killed"]
    reached = "وقال إن حصيلة المصابين بسبب انهيار الجسر القديم فوق النهر في وسط العاصمة الجنوبية بلغت 45 شخصا"
    assert [f.unit for f in extract_figures(reached)] == ["injured"]
    # As far back, with no such verb before the number: no reach.
    plain = "وقال إن عدد الوفيات جراء العواصف والسيول التي اجتاحت القرى الجبلية في شمال الإقليم وزار المستشفى 120 شخصا"
    assert [f.unit for f in extract_figures(plain)] == ["person"]


def test_a_role_before_its_head_with_a_pronoun_names_the_count():
    """ "الركاب البالغ عددهم 210 أشخاص": the count's head comes after the role, with its pronoun."""
    figures = extract_figures("وتم إجلاء جميع الركاب البالغ عددهم 210 أشخاص، إضافة إلى أفراد الطاقم وعددهم 9 أشخاص.")
    assert [(f.amount, f.unit) for f in figures] == [(210.0, "passenger"), (9.0, "crew")]
    assert [f.unit for f in extract_figures("وأصيب عدد من المصابين وعددهم 14 شخصا")] == ["injured"]
    # Without a head, the role is read only as near as before.
    assert [f.unit for f in extract_figures("وصعد الركاب إلى الطائرة في الصباح 210 أشخاص")] == ["person"]


def test_cases_of_death_are_a_toll():
    cases = extract_figures("وكانت المنطقة الأكثر تضررا حيث سجلت 92 حالة وفاة.")[0]
    assert (cases.dimension, cases.unit, cases.amount) == ("people", "killed", 92.0)
    assert comparable(cases, extract_figures("ارتفعت الحصيلة إلى 62 قتيلا على الأقل")[0])
    assert extract_figures("تسجيل 120 حالة إصابة جديدة")[0].unit == "injured"


def test_a_part_of_the_day_after_a_number_counts_nothing():
    figures = extract_figures("ارتفع عدد القتلى من 51 قتيلا صباحا إلى 64 ظهرا.")
    assert [(f.amount, f.unit) for f in figures] == [(51.0, "killed")]
    assert extract_figures("وصل 64 مسافرا ظهرا")[0].unit == "passenger"


def test_others_after_a_number_are_people_in_the_role_beside_them():
    dead, hurt = extract_figures("أعلنت السلطات مقتل 632 شخصا، وإصابة 329 آخرين جراء الزلزال")
    assert (dead.unit, hurt.unit, hurt.amount) == ("killed", "injured", 329.0)
    assert comparable(hurt, extract_figures("وأصيب 329 شخصا بجروح")[0])


def test_a_minute_of_a_match_is_a_mark_one_only_at_its_value():
    (goal,) = extract_figures("وسجل فرانك كيسي هدف التعادل في الدقيقة 62 من اللقاء.")
    assert (goal.dimension, goal.unit, goal.amount) == ("mark", "minute", 62.0)
    (other,) = extract_figures("وأضاف هالر الهدف الثاني في الدقيقة 81.")
    assert not comparable(goal, other)  # two goals, never a dispute over one
    assert comparable(goal, extract_figures("هدف كيسي في الدقيقة 62")[0])
    # A duration after the word stays a duration.
    assert extract_figures("استمر الاجتماع 62 دقيقة")[0].dimension == "duration"


def _minutes(text: str) -> list[float]:
    return [f.amount for f in extract_figures(text) if (f.dimension, f.unit) == ("mark", "minute")]


def test_a_minute_after_the_article_written_apart_is_a_minute():
    """ "الدقيقة الـ 52" (the article written apart, with or without a space) is the 52nd minute;
    "الـ 52" with no label before it is no minute."""
    assert _minutes("وأحرز الجناح هدف الفوز في الدقيقة الـ 52 من اللقاء") == [52.0]
    assert _minutes("وقلص الضيوف الفارق في الدقيقة الـ71") == [71.0]
    assert _minutes("وأضاف البديل الهدف الثالث في الدقيقة الـ 90+3") == [90.0]
    assert _minutes("وصل الـ 52 مشاركا إلى المدينة") == []


def test_a_short_minute_label_is_read_only_against_its_number_or_in_brackets():
    """ "(د52)", "(د 52)" and "د.52" after a scorer's name are minutes; "د" elsewhere (an agency tag
    "(د ب أ)", "د." before a name, "ج.م") reads no minute."""
    assert _minutes("الأهداف: سامر الحداد (د12) وكريم ناجي (د 67)") == [12.0, 67.0]
    assert _minutes("وسجل للفريق الضيف يوسف عادل د.33") == [33.0]
    assert _minutes("القاهرة (د ب أ) أعلنت الشرطة توقيف 12 شخصا") == []
    assert _minutes("وقال د. 40 عاما مضت على التأسيس") == []
    assert _minutes("بلغ الثمن 52 ج.م للكيلو") == []
    assert _minutes("سافر د 52 مرة إلى الخارج") == []


def test_two_minutes_after_the_dual_are_both_minutes():
    """ "في الدقيقتين 47 و52": the scorer's two goals, the 47th minute and the 52nd."""
    assert _minutes("وسجل المهاجم هدفيه في الدقيقتين 47 و52") == [47.0, 52.0]
    assert _minutes("ونجح القائد في التسجيل بالدقيقتين 18 و 64") == [18.0, 64.0]
    # Two numbers joined by و after another word are no minutes.
    assert _minutes("فاز الفريق بالمركزين 4 و5") == []


def test_every_minute_after_the_plural_and_a_minute_in_brackets_are_minutes():
    """ "في الدقائق 22 و73 و90+5": one scorer's three penalties, three minutes (as the dual names
    two); "في الدقيقة (42)": the label before the bracket names the minute."""
    assert _minutes("وسجل المهاجم ثلاثيته من ركلات الجزاء في الدقائق 22 و 73 و90+5") == [22.0, 73.0, 90.0]
    assert _minutes("وسجل القائد أهدافه في الدقائق 12، 40 و77") == [12.0, 40.0, 77.0]
    assert _minutes("وجاء هدف الفوز برأسية في الدقيقة (42) من الشوط الأول") == [42.0]
    # "الـ" and the bracket both between the label and its digits (support25).
    assert _minutes("وعادل المهاجم النتيجة في الدقيقة الـ(66) من ركلة جزاء") == [66.0]
    assert _minutes("وأضاف الفريق هدفا ثانيا في الدقيقة الـ 81") == [81.0]
    # A list of numbers after another word, and a bracket after another word, are no minutes.
    assert _minutes("حل الفريق في المراكز 4 و5 و6") == []
    assert _minutes("وقال المدرب (42 عاما) إن فريقه استحق") == []


def test_a_unit_in_the_accusative_is_the_unit():
    assert [(f.dimension, f.unit) for f in extract_figures("الأقوى منذ 25 عاما")] == [("duration", "year")]
    assert [(f.dimension, f.unit) for f in extract_figures("على بعد 25 كيلومترا جنوب هوالين")] == [
        ("distance", "kilometre")
    ]
    assert extract_figures("بلغ سعر البرميل 120 دولارا")[0].dimension == "money"


def test_the_nth_time_is_a_mark_so_two_sentences_giving_it_tell_one_fact():
    """ "للمرة الخامسة" is the fifth time (a fifth final): two outlets' sentences giving the same
    count of times about the same team restate one fact; another count is another fact."""
    from khulasa.extract.claims import claims_of, restates

    (fifth,) = extract_figures("وبلغ المنتخب النهائي للمرة الخامسة في تاريخه")
    assert (fifth.dimension, fifth.unit, fifth.amount) == ("mark", "time", 5.0)
    a = claims_of("بلغت كوت ديفوار نهائي كأس أمم أفريقيا للمرة الخامسة في تاريخها بفوزها على الكونغو.")
    b = claims_of("وتعد هذه هي المرة الخامسة التي يتأهل فيها منتخب كوت ديفوار إلى النهائي.")
    assert restates(a, b)
    c = claims_of("وتوجت كوت ديفوار باللقب للمرة الثالثة في تاريخها.")
    assert not restates(a, c)


def test_a_mark_reads_as_its_label_word_and_number_in_arabic():
    from khulasa.extract.figures import arabic_figure_label

    assert arabic_figure_label("mark", "minute", 65) == "الدقيقة 65"
    assert arabic_figure_label("mark", "time", 5) == "المرة 5"


# --- what a figure is told of (issue 20: false ⚠ notes) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        ("قتل 244 شخصا على الأقل في سوريا.", ["place:سوريا"]),  # a gazetteer place
        ("وقتل 18 شخصا وأصيب 30 آخرون في ملطية (جنوب شرق).", ["place:ملطيه", "place:ملطيه"]),  # the clause's
        ("وفي سوريا، قال الدفاع المدني إن 86 شخصا لقوا حتفهم.", ["place:سوريا"]),  # a sentence opening on it
        ("وقتل 28 شخصا في محافظة أديامان.", ["place:اديامان"]),  # the word after a place title
        ("واعتبر 20 آخرون في عداد المفقودين.", []),  # a noun of not_places.txt
        ("وقتل 100 شخص على الأقل في البلدين.", []),  # a definite word the gazetteer does not name
        ("لقي 44 شخصا حتفهم يوم الأحد عندما تحطمت طائرة في مدينة بوخارا.", []),  # the event's place
        ("ولقي 48 شخصا كانوا في منازلهم مصرعهم.", []),  # a noun with its pronoun: no name
        ("وقع الزلزال على عمق 10 كيلومترات.", ["depth"]),
        ("كان مركز الزلزال على بعد 40 كيلومترا من المدينة.", ["distance"]),
        ("وأعقبته هزات ارتدادية بقوة 5.5 و6.2 درجة.", ["aftershock"]),
        ("ضرب زلزال بقوة 7.8 درجات جنوب تركيا.", []),
        ("دعت المجموعة السعودية و5 دول أخرى للانضمام إليها.", ["others"]),  # a part beside a named one
        ('وهو أكثر حساسية من تلسكوب "هابل" بنحو 100 مرة.', ["ratio"]),  # no count of times
        ("وقد أرجئ الإطلاق ثلاث مرات.", []),
        ("وقد سجلت منطقة فالنسيا وحدها 92 حالة وفاة.", ["alone"]),  # a part of the whole toll
        ("وأعلنت الوزارة وفاة 32 مواطنا وإصابة 66 آخرين.", []),  # "others" as the counted noun: the injured
        # those who abstained are no count of those who voted (fresh batch 9)
        ("وحصلت اللائحة على 364 صوتا، فيما امتنع 15 نائبا عن التصويت.", ["abstained"]),
        ("وأيد 194 نائبا الحكومة بينما 15 نائبا امتنعوا عن التصويت.", ["abstained"]),
        # a part of a count, named after it or after its noun, is no value of the whole (fresh batch 9)
        ("توفي 34 شخصا على الأقل بينهم 10 جنود.", ["part"]),
        ("وكان 10 جنود من بين الضحايا الذين حاصرتهم النيران.", ["part"]),
        ("وقتل 10 جنود من الجيش الوطني.", []),  # "من" alone is no part
    ],
)
def test_figures_scope_read_from_the_sentence(text: str, scopes: list[str]) -> None:
    from khulasa.extract.figures import figure_scopes

    assert [scope for _, scope in figure_scopes(text)] == scopes


def test_figures_scopes_match_only_their_own_kind() -> None:
    from khulasa.extract.figures import scopes_match

    assert scopes_match("", "") and scopes_match("depth", "") and scopes_match("place:ملطيه", "place:ملطيه")
    assert not scopes_match("depth", "distance")
    # A province's toll is no value of the toll no place is given for (the whole event's), nor of another's.
    assert not scopes_match("place:ملطيه", "") and not scopes_match("place:ملطيه", "place:سوريا")
    assert not scopes_match("aftershock", "") and not scopes_match("others", "")
    assert not scopes_match("abstained", "") and scopes_match("abstained", "abstained")
    assert not scopes_match("part", "") and scopes_match("part", "part")


def test_a_province_s_toll_and_a_depth_are_not_grouped_with_the_whole_or_a_distance():
    national = "وارتفعت حصيلة ضحايا الزلزال المدمر في البلاد إلى 900 قتيل حسب إدارة الكوارث."
    province = "وارتفعت حصيلة ضحايا الزلزال المدمر إلى 47 قتيلا في ملطية حسب إدارة الكوارث."
    same_province = "وارتفعت حصيلة ضحايا الزلزال المدمر إلى 80 قتيلا في ملطية حسب إدارة الكوارث."
    assert _compare([national, province]) == []
    assert _compare([province, same_province]) == [(False, ["47 قتيلا", "80 قتيلا"])]
    depth = "وقال المعهد إن الزلزال وقع على عمق 10 كيلومترات من سطح الأرض."
    distance = "وقال المعهد إن الزلزال وقع على بعد 40 كيلومترا من سطح الأرض."
    assert _compare([depth, distance]) == []
    assert _compare([depth, depth.replace("10", "18")]) == [(False, ["10 كيلومترات", "18 كيلومترات"])]


def test_passengers_and_crew_named_together_are_everyone_aboard():
    # fresh3 haneda: "all passengers and crew, 379" was read as passengers and set against "367 passengers".
    (whole,) = extract_figures("تم إنقاذ جميع الركاب وأفراد طاقم الطائرة البالغ عددهم 379 شخصا.")
    assert whole.unit == "aboard"
    passengers = extract_figures("تم إجلاء جميع ركاب الطائرة وعددهم 367 شخصا.")[0]
    assert passengers.unit == "passenger" and not comparable(whole, passengers)
    assert comparable(whole, extract_figures("كان على متنها 380 شخصا")[0])


# --- shares and seats (issue 20): whose share, and of what -------------------------------------------


def test_a_turnout_cue_is_found_further_back_in_its_clause():
    from khulasa.extract.figures import share_head

    text = "وبلغت نسبة المشاركة في الجولة الثانية من الانتخابات الرئاسية 49.8 بالمائة."
    assert share_head(text, text.index("49.8")) == "share:turnout"
    text = "وقالت اللجنة إن نسبة التصويت بلغت 41 %."
    assert share_head(text, text.index("41")) == "share:turnout"
    text = "وأعلنت اللجنة فوز الرئيس سامي داود بولاية ثانية بنسبة 58%."
    assert share_head(text, text.index("58")) == "share:votes"
    # The clause ends the longer look: a cue before the comma is another figure's.
    text = "وبلغت نسبة المشاركة في الجولة الثانية من الانتخابات 49.8 بالمائة، وقالت اللجنة إن العدد بلغ 41 %."
    assert share_head(text, text.index("41")) == ""


def _owner(text: str, figure: str) -> frozenset[str]:
    from khulasa.extract.figures import figure_owner

    start = text.index(figure)
    return figure_owner(text, start, start + len(figure))


def test_who_a_share_belongs_to():
    from khulasa.extract.figures import owners_match

    winner = (
        "فاز الرئيس سامي داود بولاية ثانية بعد حصوله على 58.15% من الأصوات،"
        " متبوعا بالمرشح كريم نور بقرابة 17.38 بالمائة."
    )
    runner_up = _owner(winner, "17.38 بالمائة")
    assert owners_match(_owner(winner, "58.15%"), _owner("وحصل داود على 58%", "58%"))
    assert not owners_match(_owner(winner, "58.15%"), runner_up)
    assert owners_match(runner_up, _owner("حصل نور على 17%", "17%"))
    # A name behind "ل" after the share, the name after the figure before ours in a list.
    listed = "حصل داود على 52.5% مقابل 47.5% لمنافسه كريم نور، ثم 52.6% ونور 47.4%."
    assert owners_match(_owner(listed, "47.5%"), runner_up) and owners_match(_owner(listed, "47.4%"), runner_up)
    assert not owners_match(_owner(listed, "52.6%"), runner_up)
    # Spelt two ways, one name; a word behind ب is a name only before "على".
    assert owners_match(_owner("وحصل بزشكيان على نحو 55%", "55%"), _owner("حصل بيزشكيان على 54.8%", "54.8%"))
    assert _owner("فاز بولاية ثانية بنسبة 58%", "58%") == frozenset()
    # After a word of contrast, with no name, the share is nobody's we know.
    assert _owner("حصل داود على 52% مقابل 47%", "47%") == frozenset()


def test_seats_belong_to_a_party_and_a_margin_is_no_count_of_seats():
    text = "وحصل حزب المحافظين على 368 مقعدا، فيما حصل حزب العمال على 191 مقعدا."
    from khulasa.extract.figures import owners_match

    assert owners_match(_owner(text, "368 مقعدا"), _owner("وحصد المحافظون 365 مقعدا", "365 مقعدا"))
    assert not owners_match(_owner(text, "368 مقعدا"), _owner(text, "191 مقعدا"))
    from khulasa.extract.figures import figure_scopes

    majority = "وضمن المحافظون أغلبية مطلقة في البرلمان بفارق 86 مقعدا."
    assert figure_scopes(majority) == ((majority.index("86"), "margin"),)


def test_compare_keeps_the_shares_of_two_candidates_apart():
    frame = "وأعلنت اللجنة العليا للانتخابات أن المرشح {} حصل على {} من الأصوات في جولة الإعادة."
    winner, runner_up = frame.format("سامي داود", "52.14%"), frame.format("كريم نور", "47.86%")
    assert _compare([winner, runner_up]) == []
    assert _compare([winner, frame.format("سامي داود", "52.18%")]) == [(True, ["52.14%", "52.18%"])]


def test_an_earlier_round_named_as_the_runoff_s_reason_places_no_figure_in_it():
    from khulasa.extract.figures import names_earlier_round, tells_earlier_round

    first = "وحصل المرشح كريم نور على 44.9% من الأصوات في الجولة الأولى من الانتخابات."
    runoff = (
        "وحصل المرشح كريم نور على 47.5% من الأصوات في جولة الإعادة، بعد أن فشل المرشحان في تحقيق"
        " الأغلبية المطلقة خلال الجولة الأولى."
    )
    assert tells_earlier_round(first) and not tells_earlier_round(runoff)
    assert names_earlier_round(runoff)  # the restating check still reads it as before
    assert _compare([first, runoff]) == []
    other = "وحصل المرشح كريم نور على 47.1% من الأصوات في جولة الإعادة."
    assert _compare([runoff, other]) == [(True, ["47.5%", "47.1%"])]


def test_no_number_word_nor_organisation_is_an_owner():
    from khulasa.extract.figures import owners_match

    # "94.65% و5 ملايين و329 ألفًا و253 صوتًا": the votes are Tebboune's, not "ألفًا"'s.
    text = "وحصل تبون على 94.65% و5 ملايين و329 ألفًا و253 صوتًا."
    assert owners_match(_owner(text, "253 صوتًا"), _owner("وحصل تبون على 5.3 مليون صوت", "5.3 مليون صوت"))
    # A title that heads a party names the party, not the candidate: the name before it does.
    text = "وقالت اللجنة إن المرشح سامي داود رئيس حركة السلام حصل على 3.17% من الأصوات."
    assert owners_match(_owner(text, "3.17%"), _owner("وحصل داود على 3.5% من الأصوات", "3.5%"))


@pytest.mark.parametrize(
    ("text", "amount"),
    [("يوم 5 جويلية", 705), ("في 11 أوت الجاري", 811), ("منذ 3 غشت", 803), ("يوم 20 ماي", 520), ("في 2 جانفي", 102)],
)
def test_figures_maghreb_month_names_are_dates(text: str, amount: int) -> None:
    """Algerian, Tunisian and Moroccan outlets name months in their own spelling: "11 أوت" is the 11th
    of August, not eleven of something called "أوت"."""
    figure = only(text)
    assert (figure.dimension, figure.amount) == ("date", amount)


@pytest.mark.parametrize(
    ("text", "written", "amount"),
    [
        # Digits and a scale word, repeated, each part under the one before: the number whole.
        ("حصد المرشح 12 مليون 305 الف 118 صوتا", "12 مليون 305 الف 118 صوتا", 12_305_118),
        ("بكلفة 2 مليار 750 مليون دولار", "2 مليار 750 مليون دولار", 2_750_000_000),
        # The parts joined by و, glued or apart, the scale in the accusative ("ألفا", "مليونا").
        ("نال 7 ملايين و 45 ألفا و9 أصوات", "7 ملايين و 45 ألفا و9 أصوات", 7_045_009),
        ("سجل 21 مليونا و408 آلاف و630 صوتا", "21 مليونا و408 آلاف و630 صوتا", 21_408_630),
        ("حضر المباراة 14 ألفًا و300 متفرج", "14 ألفًا و300 متفرج", 14_300),
        # A number in words that ends on a scale, then parts in digits.
        ("يقطنها مليونان و400 ألف نسمة", "مليونان و400 ألف نسمة", 2_400_000),
        ("صوت ثلاثة ملايين و120 ألف ناخب", "ثلاثة ملايين و120 ألف ناخب", 3_120_000),
        # A last part right after the millions, its scale word left out, counts thousands (another
        # outlet writes "5.630 مليون صوت"); after the thousands it counts units, as above.
        ("سجلت اللجنة 5 ملايين و630 صوتا", "5 ملايين و630 صوتا", 5_630_000),
        ("نال المرشح 12 مليونا و 45 صوتا", "12 مليونا و 45 صوتا", 12_045_000),
    ],
)
def test_a_big_number_written_in_parts_is_read_whole(text: str, written: str, amount: float) -> None:
    figure = only(text)
    assert (figure.text, figure.amount) == (written, amount)
    assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # A part no smaller than the scale before it is another number.
        ("جمعت 500 ألف 3 ملايين دولار", ["3 ملايين دولار"]),
        # A comma ends the number; four digits are no part (a year, a count of its own).
        ("تضرر 4 ملايين، 300 منزل", ["300 منزل"]),
        ("نحو 3 آلاف و1200 شخص", ["1200 شخص"]),
        # A decimal before the scale takes no parts, nor does the scale word left of it.
        ("بلغت 1.5 مليون 200 ألف دولار", ["200 ألف دولار"]),
        # "ألفا" alone is a name, not a thousand.
        ("كرم المهرجان ألفا عمر وكيتا", []),
    ],
)
def test_numbers_side_by_side_are_not_joined(text: str, read: list[str]) -> None:
    assert [f.text for f in extract_figures(text)] == read


def test_a_count_written_in_parts_agrees_with_the_same_count_in_other_words() -> None:
    """Two outlets give one vote count, one in bare parts, one with و: a few votes apart, they agree;
    read by their last part alone (633 against 21,408,630) they looked like a disagreement."""
    parts = only("حصل المرشح على 21 مليون 408 الف 633 صوتا")
    joined = only("نال المرشح 21 مليونا و408 آلاف و630 صوتا")
    assert comparable(parts, joined)
    assert not disagree(parts, joined)
    assert disagree(parts, only("نال المرشح 633 صوتا"))


def test_the_registered_voters_are_not_the_voters_who_voted():
    """ "Out of more than 19 million registered voters" and "4.2 million voters took part" count
    different people: never set against each other (the pair became a false ⚠ on a dev cluster once
    "مليونا"/"ألفًا" were read as number words, no longer as words of the subject)."""
    from khulasa.extract.figures import figure_scopes, scopes_match

    registered = (
        "وقالت الهيئة الوطنية للانتخابات إن الأصوات المعبر عنها بلغت 3 ملايين و210 آلاف صوت من أصل أكثر"
        " من 19 مليون ناخب مسجل في القائمة الانتخابية."
    )
    voted = (
        "وأعلنت الهيئة الوطنية للانتخابات مشاركة أكثر بقليل من 4.2 مليون ناخب في العملية الانتخابية، من"
        " أصل نحو 19 مليون ناخب."
    )
    assert [scope for _, scope in figure_scopes(registered)] == ["registered"]
    assert not scopes_match("registered", "") and scopes_match("registered", "registered")
    assert _compare([registered, voted]) == []  # was: ⚠ "أكثر من 19 مليون ناخب" against "4.2 مليون ناخب"


def test_the_people_a_plane_carries_are_everyone_aboard():
    # busy-day nepal-yeti: "كانت تقل 72 شخصا من بينهم ... 4 من أفراد الطاقم" was a plain count of people,
    # set against "68 راكبا" in the timeline; a passenger count after the same verb stays passengers.
    (carried,) = extract_figures("وكانت الطائرة تقل 72 شخصا من بينهم رضيعان و4 من أفراد الطاقم")[:1]
    assert carried.unit == "aboard"
    assert extract_figures("مروحية تحمل 9 أشخاص")[0].unit == "aboard"
    assert extract_figures("الطائرة كانت تقل 68 راكبا")[0].unit == "passenger"
    assert not comparable(carried, extract_figures("الطائرة كانت تقل 68 راكبا")[0])
    # "لا تقل عن" (no fewer than) is a bound, not the verb: the role before it still counts.
    (bound,) = extract_figures("أسفر الزلزال عن مقتل حصيلة لا تقل عن 50 شخصا")
    assert bound.qualifier == "approx" and bound.unit != "aboard"


def test_a_persons_age_is_not_a_length_of_time_the_story_tells_of():
    # fresh12 bolsonaro: "الزعيم ... البالغ 70 عاما" (his age) was set against "بالسجن لأكثر من 27 عاماً"
    # (his sentence) as one duration that outlets gave differently, a false ⚠ in the desk timeline.
    frame = "قضت المحكمة العليا بسجن الرئيس السابق بولسونارو "
    age = frame + "البالغ 70 عاما بتهمة التخطيط لانقلاب."
    term = frame + "لأكثر من 27 عاما بتهمة التخطيط لانقلاب."
    assert _compare([age, term]) == []
    also_age = frame + "البالغ من العمر 71 عاما بتهمة التخطيط لانقلاب."
    assert [texts for _, texts in _compare([age, also_age])] == [["70 عاما", "71 عاما"]]  # two ages: compared


def test_a_number_after_a_make_or_model_name_is_part_of_the_name():
    # busy-day neyadi-crew6: "صاروخ فالكون 9 تعلوه كبسولة" was a count of 9 in the desk timeline, and
    # "بوينغ 737 تقل" a count of 737.
    assert extract_figures("التي تتكون من صاروخ فالكون 9 تعلوه كبسولة كرو دراغون") == []
    assert [f.text for f in extract_figures("تحطمت طائرة بوينغ 737 تقل 132 راكبا")] == ["132 راكبا"]
    assert [f.text for f in extract_figures("جائحة كوفيد-19 أودت بحياة 7 ملايين شخص")] == ["7 ملايين شخص"]
    assert [f.text for f in extract_figures("وأطلقت الشركة 3 أقمار")] == ["3 أقمار"]


def test_the_missing_are_not_the_dead():
    # busy-day derna: "مع وجود آلاف آخرين في عداد المفقودين" was set against "أكثر من 2800 شخص" who died,
    # a toll «عُدّل» in the desk timeline.
    (missing,) = extract_figures("ولكنها جميعها بالآلاف، مع وجود آلاف آخرين في عداد المفقودين")
    (dead,) = extract_figures("لقي أكثر من 2800 شخص مصرعهم")
    assert (missing.unit, dead.unit) == ("missing", "killed")
    assert not comparable(missing, dead)
    assert comparable(extract_figures("و70 مفقودا")[0], extract_figures("لا يزال 75 شخصا في عداد المفقودين")[0])
    assert extract_figures("فقد 50 شخصا حياتهم")[0].unit != "missing"  # lost their lives: no cue of the missing


def test_an_age_in_brackets_after_a_name_is_that_persons_age():
    # fresh13 austria: "فان دير بيلين (72 عاما)" and "هوفر (45 عاما)", no cue word, were one duration
    # that outlets gave differently in the desk timeline.
    from khulasa.extract.figures import figure_scopes

    winner = "وفاز المرشح المستقل سليم الشامي (68 عاما) بالانتخابات الرئاسية على منافسه."
    loser = "وخسر الانتخابات الرئاسية منافسه المحافظ رامي العطار (47 عاما) بفارق كبير."
    assert figure_scopes(winner) == ((winner.index("68"), "age:شم"),)
    assert _compare([winner, loser]) == []
    # The same person's age in brackets, in another outlet's words and with "ل" in front: compared.
    again = "وقالت اللجنة إن الفوز كان لسليم الشامي (69 عاما) بالانتخابات الرئاسية على منافسه."
    assert [texts for _, texts in _compare([winner, again])] == [["68 عاما", "69 عاما"]]
    # Years not in brackets after a name are no age: no scope.
    assert figure_scopes("وقضى في السجن 12 عاما قبل أن يعود.") == ()


def test_a_total_is_no_part_of_it():
    # fresh13 south-africa: "87 مقعدا" (a party's seats) was set against "من أصل 400 مقعد" (the
    # parliament's) and shown rising; busy-day pezeshkian: "أكثر من 13 مليون صوت" (Jalili's) against
    # "من أصل أكثر من 30 مليون صوت".
    from khulasa.extract.figures import figure_scopes

    whole = "وحصلت جبهة الوفاق على 120 مقعدا من أصل 350 مقعدا في المجلس الوطني."
    part = "وحصلت جبهة الوفاق على 120 مقعدا في المجلس الوطني، وحصل حزب النهار على 95 مقعدا."
    assert figure_scopes(whole) == ((whole.index("350"), "total"),)
    assert all("350 مقعدا" not in texts for _, texts in _compare([whole, part]))
    votes = "وحصل المرشح كريم نور على أكثر من 4 ملايين صوت من أصل 9 ملايين صوت في الجولة الثانية."
    runner = "وفي الجولة الثانية حصل المرشح سامي داود على 9 ملايين صوت تقريبا."
    assert _compare([votes, runner]) == []
    # Two totals are one quantity: compared.
    other = "وأعلنت اللجنة أن جبهة الوفاق فازت بـ 118 مقعدا من أصل 350 مقعدا في المجلس الوطني."
    assert (True, ["350 مقعدا", "350 مقعدا"]) in _compare([whole, other])


def test_a_referendum_share_belongs_to_its_side():
    # fresh13 italy: the "No" share ("59% صوتوا ضد") was set against the "Yes" share ("أيده 41%").
    from khulasa.extract.figures import owners_match

    no = "وأظهرت النتائج أن 61% من المقترعين صوتوا ضد تعديل الدستور في الاستفتاء."
    yes = "وقالت اللجنة إن 39% أيدوا تعديل الدستور في الاستفتاء الذي جرى أمس."
    quoted = 'وحصلت "لا" على 62% من الأصوات في الاستفتاء على تعديل الدستور، فيما حصلت "نعم" على 38%.'
    assert _owner(no, "61%") == frozenset({"side:no"}) and _owner(yes, "39%") == frozenset({"side:yes"})
    assert owners_match(_owner(quoted, "62%"), _owner(no, "61%"))
    assert owners_match(_owner(quoted, "38%"), _owner(yes, "39%"))
    assert _compare([no, yes]) == []
    # "لا" as a negation, unquoted, names no side.
    assert _owner("ولا يزال 40% من الناخبين مترددين في الاستفتاء.", "40%") == frozenset()


def test_owners_before_their_verb_and_in_a_list_of_counts():
    from khulasa.extract.figures import owners_match

    # busy-day pezeshkian: "أن بزشكيان حصل على ... 17 مليون صوت" had no owner; "مسعود بزشكيان" was
    # "مسعود" alone; the unit of the figure before ("صوت، وجليلي") hid the next owner.
    first = "وأعلنت الوزارة أن داود حصل على أكثر من 6 ملايين صوت في الجولة الثانية."
    assert owners_match(_owner(first, "6 ملايين صوت"), _owner("وحصل سامي داود على 6 ملايين صوت", "6 ملايين صوت"))
    full = "وحصل سامي بدران على 5 ملايين صوت."
    assert owners_match(
        _owner(full, "5 ملايين صوت"), _owner("وقالت اللجنة إن بدران حصل على 5 ملايين صوت", "5 ملايين صوت")
    )
    listed = "وحصل داود على 6 ملايين صوت، ونور على 3 ملايين صوت."
    assert owners_match(_owner(listed, "3 ملايين صوت"), _owner("وحصل كريم نور على 3 ملايين صوت", "3 ملايين صوت"))


def test_the_summary_notes_set_no_part_against_another_s_figure():
    # The ⚠ notes read scopes and owners as compare's groups do (claims.contradicting_figures).
    from khulasa.extract.claims import claims_of, contradicting_figures

    ages = claims_of("وفاز سليم الشامي (68 عاما) بالرئاسة."), claims_of("وخسر رامي العطار (47 عاما) الرئاسة.")
    assert contradicting_figures(*ages) == []
    same = claims_of("وفاز سليم الشامي (69 عاما) بالرئاسة.")
    assert [(x.text, y.text) for x, y in contradicting_figures(ages[0], same)] == [("68 عاما", "69 عاما")]
    no, yes = "وصوت 61% من المقترعين ضد تعديل الدستور.", "وأيد 39% من المقترعين تعديل الدستور."
    assert contradicting_figures(claims_of(no), claims_of(yes)) == []
    also_no = claims_of("وصوت 58% من المقترعين ضد تعديل الدستور.")
    assert [(x.text, y.text) for x, y in contradicting_figures(claims_of(no), also_no)] == [("61%", "58%")]
    seats = claims_of("وحصلت جبهة الوفاق على 120 مقعدا من أصل 350 مقعدا.")
    pairs = contradicting_figures(seats, claims_of("وحصلت جبهة الوفاق على 340 مقعدا."))
    assert all(x.text != "350 مقعدا" for x, _ in pairs)


def test_a_score_written_with_a_slash_after_a_result_word_is_a_score():
    """ "بنتيجة 0/3" is the result 3-0 (one amount, either side first); elsewhere a slash joins the
    parts of a date or a fraction, never a score."""
    [score] = [f for f in extract_figures("فاز الفريق على ضيفه بركلات الترجيح بنتيجة 0/3.") if f.dimension == "score"]
    [digits] = [f for f in extract_figures("فاز الفريق على ضيفه بركلات الترجيح (3-0).") if f.dimension == "score"]
    assert score.text == "0/3" and score.amount == digits.amount
    assert not [f for f in extract_figures("فاز الفريق في 3/10 من مبارياته هذا الموسم.") if f.dimension == "score"]


def test_owners_of_shares_in_ranked_lists_and_topic_clauses():
    from khulasa.extract.figures import owners_match

    def key(text: str, figure: str) -> frozenset[str]:
        owner = _owner(text, figure)
        assert owner, (text, figure)
        return owner

    # Issue 20: an owner past a rank ("جاء في المرتبة الثالثة المرشح ..."), a topic "أما فلان فقد
    # جاء ...", a name with "بن" ("علي" is also the normalized "على"), "عز الدين", a person role's
    # modifier ("المرشح الرابع"), a count given again as a share ("أي ما نسبته"), a party and
    # its candidate, an anchor before a title in a relative clause.
    nour = key("وحصل المرشح كريم نور على 9.41% من الأصوات.", "9.41%")
    for text in (
        "وجاء في المرتبة الثالثة المترشح كريم نور، الذي حصل على 512.300 صوت، أي ما نسبته 9.41 بالمائة.",
        "أما المرشح كريم نور فقد جاء ثالثا ولم يحصل سوى على 9,41 بالمئة من الأصوات.",
        'فيما حل في المرتبة الثالثة مرشح حزب "الأمل الجديد"، كريم نور بنسبة 9.41 بالمئة.',
    ):
        assert owners_match(key(text, "9"), nour), text
    salem = key("وحصل سالم بن يوسف على 4.2% من الأصوات.", "4.2%")
    assert owners_match(key("أما المرشح سالم بن يوسف فقد جاء أخيرا بنسبة 4.2%.", "4.2%"), salem)
    assert "رشد" in key("أما المرشح علي بن راشد فقد حل رابعا بنسبة 6.3%.", "6.3%")
    izz = key("وحصل المرشح الرابع عز الدين سالمي على 6.1 بالمئة.", "6.1")
    assert owners_match(
        izz, key("وحصل عز الدين سالمي الأمين العام للحزب الذي كان يقوده الرئيس السابق كمال داود على 6.1 بالمئة.", "6.1")
    )
    assert not owners_match(izz, key("وحصل الرئيس السابق كمال داود على 6.1 بالمئة.", "6.1"))
    assert owners_match(
        key("تصدر حزب «الأمل» النتائج بنسبة 30.2%.", "30.2%"), key("وفاز حزب الأمل بنسبة 30.2%.", "30.2%")
    )


def test_figures_of_is_extract_figures_read_once() -> None:
    # figures_of is what claims, scopes, owners and minutes read: the figures of extract_figures,
    # one tuple per text, asked again without reading the text again.
    from khulasa.extract.figures import figure_scopes, figures_of

    text = "وقتل 12 شخصا في ملطية يوم الأحد، وفاز الفريق بهدفين دون رد في الدقيقة 80."
    assert figures_of(text) == tuple(extract_figures(text))
    assert figures_of(text) is figures_of(text)
    assert [f.dimension for f in figures_of(text)] == ["people", "weekday", "score", "mark"]
    assert figure_scopes(text)[0] == (text.index("12"), "place:ملطيه")


_EVERY_KIND = (
    "استمر الاجتماع حوالى ثلاث ساعات ونصف ساعة في العاصمة",
    "فاز النادي بثلاثة أهداف مقابل هدف، وتعادل الفريقان سلبيا في الذهاب",
    "وانتهت المباراة بالتعادل السلبي، وسجل اللاعب في الدقيقة الأولى ثم في الدقيقة 62",
    "وصل الوفد يوم الأربعاء 25 نيسان/أبريل 2019 بعد زيارة في آذار الماضي منذ عام 2018",
    "قتل أكثر من 20 شخصا وأصيب خمسة وعشرون آخرون خلال يومين، وتضاعف العدد ثلاثة أضعاف",
    "ارتفعت الأسعار بنسبة 3.5 في المئة إلى نحو 3 ملايين دولار خلال ساعتين",
    "وصلت الطائرة A320 عند الساعة 8:50 صباحا، وانتهت بنتيجة 2-1 لصالح الضيوف",
)


@pytest.mark.parametrize("text", _EVERY_KIND)
def test_figures_quick_opening_test_drops_no_figure(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # _may_open skips the readers at words no figure can start at: reading every word instead
    # gives the same figures.
    import khulasa.extract.figures as figures

    found = extract_figures(text)
    assert found
    monkeypatch.setattr(figures, "_may_open", lambda tok: True)
    assert extract_figures(text) == found


def test_figures_tokens_are_normalized_one_by_one() -> None:
    # tokens() normalizes each token through a cache of words: the same as normalizing it alone.
    from khulasa.extract.figures import tokens
    from khulasa.text.normalize import normalize

    text = "أعلنت الوزارةُ إصابة ٢٥ شخصاً، وأعلنت مؤسسة «الإغاثة» الأمر ذاته."
    toks = tokens(text)
    assert [t.norm for t in toks] == [normalize(t.text) for t in toks]
    assert [t.text for t in toks if t.kind == "word"][:2] == ["أعلنت", "الوزارةُ"]
    assert toks[1].norm == "الوزاره" and toks[3].norm == "25"


def test_people_counted_after_min_with_the_article():
    """ "155 من الركاب" counts the passengers as "155 راكبا" does; "20 من المدنيين" counts people,
    whose role the cue before gives. Not a count of anything else ("3 من الأهداف")."""
    got = [(f.dimension, f.unit, f.amount) for f in extract_figures("وكان على متن العبارة 230 من الركاب وأفراد الطاقم")]
    assert got == [("people", "passenger", 230.0)]
    assert [(f.unit, f.amount) for f in extract_figures("وقتل 20 من المدنيين في القصف")] == [("killed", 20.0)]
    assert extract_figures("وسجل الفريق 3 من الأهداف") == []


def test_a_bare_number_after_a_word_for_the_killed_or_injured_counts_them():
    """ "قتل سبعة على الأقل" counts the dead though no noun follows the number; so does a number
    behind a qualifier ("قتل ما لا يقل عن 7"). A number after another word is no count of people."""
    assert [(f.dimension, f.unit, f.amount) for f in extract_figures("قتل سبعة على الأقل وأصيب نحو 40 شخصا")] == [
        ("people", "killed", 7.0),
        ("people", "injured", 40.0),
    ]
    assert [(f.unit, f.amount) for f in extract_figures("قتل ما لا يقل عن 7 في الانفجار")] == [("killed", 7.0)]
    assert extract_figures("ووصل 7 على الأقل إلى الموقع") == []


def test_the_rescued_are_a_count_of_their_own():
    """A generic count beside a word of rescue counts the rescued: never the dead nor the injured."""
    assert [(f.unit, f.amount) for f in extract_figures("وتم إنقاذ أكثر من ستين شخصا من النهر")] == [("rescued", 60.0)]
    assert [(f.unit, f.amount) for f in extract_figures("وأنقذت الفرق 60 آخرين")] == [("rescued", 60.0)]
    # ... and a bare number after the word of rescue, as after a word for the killed.
    assert [(f.unit, f.amount) for f in extract_figures('"قضى 20 شخصا وأنقذ أكثر من 60" آخرين')] == [
        ("killed", 20.0),
        ("rescued", 60.0),
    ]
