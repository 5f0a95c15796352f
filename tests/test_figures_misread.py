"""Figures the reader once misread (the fourteenth session): scores with the word for nought or the
other side's goals as a bare number word, times of day written without a colon, dates in digits."""

from __future__ import annotations

import pytest

from khulasa.extract.figures import Figure, extract_figures, month_named_at, times_of_day, tokens


def kinds(text: str) -> list[tuple[str, str, float]]:
    return [(f.text, f.dimension, f.amount) for f in extract_figures(text)]


def only(text: str, dimension: str) -> Figure:
    figures = [f for f in extract_figures(text) if f.dimension == dimension]
    assert len(figures) == 1, extract_figures(text)
    return figures[0]


@pytest.mark.parametrize(
    ("text", "written", "amount"),
    [
        ("فاز فريق النجوم على ضيفه 1-صفر في افتتاح الدوري", "1-صفر", 100),
        ("خسر فريق الأمل صفر - 2 أمام فريق الوادي", "صفر - 2", 200),
        ("حقق فريق النجوم الفوز على ضيفه 3 /صفر مساء أمس", "3 /صفر", 300),
        ("فاز فريق النجوم بهدفين لواحد على ملعب المدينة", "بهدفين لواحد", 201),
        ("تقدم فريق الأمل بهدف لصفر في الشوط الأول", "بهدف لصفر", 100),
        ("فاز فريق النجوم بثلاثة أهداف مقابل اثنين", "بثلاثة أهداف مقابل اثنين", 302),
        ("فاز فريق النجوم بهدف دون رد", "بهدف دون رد", 100),
        ("فاز فريق النجوم على ضيفه 1 - صفر يوم السبت", "1 - صفر", 100),
        ("فاز فريق النجوم بثلاثة أهداف مقابل هدفين", "بثلاثة أهداف مقابل هدفين", 302),
    ],
)
def test_a_score_with_the_word_for_nought_or_a_bare_number_word_is_a_score(
    text: str, written: str, amount: float
) -> None:
    score = only(text, "score")
    assert (score.text, score.amount) == (written, amount)


def test_the_words_for_nought_and_one_alone_are_no_score_and_a_count_beside_a_score_stays_a_count() -> None:
    assert [f.dimension for f in extract_figures("بلغت درجة الحرارة صفر في المدينة الجبلية")] == []
    assert kinds("فاز فريق النجوم 2-صفر أمام 30 ألف متفرج") == [
        ("2-صفر", "score", 200),
        ("30 ألف متفرج", "count", 30000),
    ]
    # no word of a result: "صفر" against digits is no score
    assert [f.dimension for f in extract_figures("سجلت المحطة 5-صفر درجات")] == []
    # a date in digits is never a score
    assert [f.dimension for f in extract_figures("فاز فريق النجوم في 12 - 4 - 2021")] == ["date"]


@pytest.mark.parametrize(
    ("text", "written", "minutes"),
    [
        ("وقع الزلزال في الساعة 0534 بتوقيت جرينتش على عمق عشرة كيلومترات", "الساعة 0534 بتوقيت جرينتش", 334),
        ("انطلق الصاروخ الساعة 18.14 بتوقيت غرينتش من القاعدة", "الساعة 18.14 بتوقيت غرينتش", 1094),
        ("ضربت الهزة البلدة الساعة 4,17 (01,17 ت غ) أمس", "الساعة 4,17", 257),
        ("وقع الانفجار عند 2130 بالتوقيت المحلي قرب الميناء", "2130 بالتوقيت المحلي", 1290),
        ("بدأت الجلسة عند الساعة 9.30 صباحا بتوقيت مكة", "الساعة 9.30 صباحا بتوقيت مكة", 570),
        ("أقلعت الطائرة من المطار في الساعة 8،30 صباحا", "الساعة 8،30 صباحا", 510),
    ],
)
def test_a_time_of_day_without_a_colon_is_a_time(text: str, written: str, minutes: float) -> None:
    time = next(f for f in extract_figures(text) if f.dimension == "time")
    assert (time.text, time.amount, time.label) == (written, minutes, f"{minutes // 60:02d}:{minutes % 60:02d}")


def test_a_time_s_neighbours_stay_what_they_are_and_a_decimal_is_no_time() -> None:
    figures = kinds("وقع الزلزال الساعة 18.14 بتوقيت غرينتش وبلغت قوته 6.4 درجات وقتل 12 شخصا")
    assert [d for _, d, _ in figures] == ["time", "count", "people"]
    assert figures[1:] == [("6.4 درجات", "count", 6.4), ("12 شخصا", "people", 12)]
    # numbers listed with the Arabic comma are no time
    assert all(f.dimension != "time" for f in extract_figures("سجل المهاجم في الدقائق 22،73 و90 من المباراة"))
    # a number with a mark and no hour's word nor clock is no time
    assert all(f.dimension != "time" for f in extract_figures("بلغت نسبة المشاركة 18.14 في المئة"))
    # four digits without a clock after them: a year or a count, never a time
    assert all(f.dimension != "time" for f in extract_figures("وصل عدد الزوار إلى 1830 زائرا"))
    assert all(f.dimension != "time" for f in extract_figures("استمر الاجتماع ساعة ونصف"))


def test_a_time_with_or_without_a_colon_is_one_time() -> None:
    assert times_of_day("وقع الزلزال (05:34 بتوقيت غرينتش) فجرا") == {334.0}
    assert times_of_day("وقع الزلزال الساعة 0534 بتوقيت جرينتش") == {334.0}
    assert times_of_day("فاز فريق النجوم 2-1") == frozenset()


@pytest.mark.parametrize(
    ("text", "written", "amount"),
    [
        ("وقع البلدان الاتفاقية في 17 / 4 / 2001 بالعاصمة", "17 / 4 / 2001", 417),
        ("وقع البلدان الاتفاقية في 17-4-2001 بالعاصمة", "17-4-2001", 417),
        ("وقع البلدان الاتفاقية في 22/11/2022 بالعاصمة", "22/11/2022", 1122),
        ("نشر البيان بتاريخ 2023-02-08 على موقع الوزارة", "2023-02-08", 208),
    ],
)
def test_a_date_in_digits_is_a_date_not_two_numbers(text: str, written: str, amount: float) -> None:
    date = only(text, "date")
    assert (date.text, date.amount) == (written, amount)


def test_a_count_beside_a_date_in_digits_stays_a_count_and_a_range_is_no_date() -> None:
    assert kinds("في 17/4/2001 قتل 5 أشخاص")[1:] == [("5 أشخاص", "people", 5)]
    assert all(f.dimension != "date" for f in extract_figures("تراوحت الأسعار بين 10-15 دينارا"))
    # day or month out of range: no date
    assert all(f.dimension != "date" for f in extract_figures("سجلت القراءات 45/17/2001 وحدة"))


@pytest.mark.parametrize(
    ("text", "written", "dimension", "amount"),
    [
        ("أعلنت الوزارة مقتل (87) شخصا في الفيضانات", "(87) شخصا", "people", 87),
        ("أنقذت فرق الدفاع المدني نحو /214/ شخصا من تحت الأنقاض", "نحو /214/ شخصا", "people", 214),
    ],
)
def test_a_number_of_people_set_between_marks_before_its_noun_is_a_count(
    text: str, written: str, dimension: str, amount: float
) -> None:
    figure = only(text, dimension)
    assert (figure.text, figure.amount) == (written, amount)


def test_a_number_between_marks_with_no_noun_after_it_or_not_of_people_is_no_count() -> None:
    # a goal's minute after its scorer's name, not a count of goals
    scored = "وسجل للفريق كل من سالم (36) أهداف المباراة"
    assert all(f.dimension != "count" or "36" not in f.text for f in extract_figures(scored))
    # the minute in brackets after its label is the goal's minute, no count
    minute = extract_figures("سجل المهاجم هدف الفوز في الدقيقة (42)، ليقود فريقه إلى النهائي")
    assert [(f.dimension, f.unit, f.amount) for f in minute] == [("mark", "minute", 42.0)]
    assert [f.text for f in extract_figures("أعلنت الوزارة مقتل (87) شخصا وإصابة (120)، أمس")] == ["(87) شخصا"]


def test_a_month_named_after_an_ordinal_day_makes_it_a_date_s_day() -> None:
    toks = tokens("الثامن والعشرين من شهر أبريل")
    assert month_named_at(toks, 2)
    assert month_named_at(tokens("الخامس من نيسان"), 1)
    assert not month_named_at(tokens("الخامس من الفريق"), 1)
    assert not month_named_at(tokens("الثالث من شهر العسل"), 1)


def test_a_decimal_with_the_arabic_comma_before_a_percent_is_one_number() -> None:
    assert kinds("بلغت نسبة المشاركة في الاقتراع 71،4 بالمائة") == [("71،4 بالمائة", "percent", 71.4)]
    assert kinds("ارتفعت نسبة البطالة إلى 12،5 في المئة") == [("12،5 في المئة", "percent", 12.5)]
    # numbers listed with the comma stay apart: no percent after them
    assert all(f.dimension != "percent" for f in extract_figures("سجل المهاجم بالدقائق 20،71،94 من المباراة"))


@pytest.mark.parametrize(
    ("text", "written", "amount"),
    [
        # A result's verb in the imperfect (a clause of purpose) tells a result as "فاز" does.
        ("سجل مهاجم الفريق في الدقيقة 80 ليهزم ضيفه 3-2 ويتصدر الترتيب", "3-2", 302),
        ("أحرز النادي هدفين متأخرين لتتغلب على جارتها 2-1 وتحقق اللقب", "2-1", 201),
        # A tatweel between the two numbers stands for the dash.
        ("فاز فريق الوادي على ضيفه 4ـ1 مساء أمس", "4ـ1", 401),
        # A slash after a draw word, or before the shoot-out's kicks, joins a score.
        ("انتهت المباراة بالتعادل 1/1 في وقتها الأصلي", "1/1", 101),
        ("تأهل فريق الوادي بعد فوزه 4 / 2 بركلات الترجيح", "4 / 2", 402),
    ],
)
def test_a_score_after_a_result_verb_in_the_imperfect_or_with_a_tatweel_or_slash_is_a_score(
    text: str, written: str, amount: float
) -> None:
    score = only(text, "score")
    assert (score.text, score.amount) == (written, amount)


def test_two_numbers_joined_by_a_slash_elsewhere_or_a_tatweel_range_of_a_unit_are_no_score() -> None:
    assert not [
        f for f in extract_figures("فاز المرشح بالانتخابات التي جرت في 3/4 من العام الماضي") if f.dimension == "score"
    ]
    assert not [f for f in extract_figures("فاز الفريق في مباراة بعد راحة 3ـ5 أيام") if f.dimension == "score"]


@pytest.mark.parametrize(
    ("text", "written", "unit", "amount"),
    [
        ("وأصيب 35 بجروح في انهيار المبنى", "35 بجروح", "injured", 35),
        ("وقال مصدر أمني إن اثنين قتلا في الهجوم على السوق", "اثنين قتلا", "killed", 2),
        ("وأكد المتحدث أن 9 لقوا حتفهم في الحادث", "9 لقوا", "killed", 9),
    ],
)
def test_a_role_right_after_a_number_makes_it_a_count_of_people_of_that_role(
    text: str, written: str, unit: str, amount: float
) -> None:
    count = next(f for f in extract_figures(text) if f.dimension == "people")
    assert (count.text, count.unit, count.amount) == (written, unit, amount)


def test_a_noun_after_a_number_is_what_it_counts_even_when_it_names_a_role_elsewhere() -> None:
    # "إصابة" after a number counts cases (of an illness too), never a role of people counted.
    figure = only("سجلت الوزارة 200 إصابة جديدة بالفيروس", "count")
    assert (figure.text, figure.amount) == ("200 إصابة", 200)
