"""The panels' defects audit23 left open on fresh48-49 (docs/quality.md, twenty-third session,
panels23). Every text here is made up for the test."""

from khulasa.analysis.compare import compare
from khulasa.extract.claims import claims_of
from khulasa.extract.figures import Figure, told_apart
from khulasa.text.cohesion import dangling_opener
from khulasa.text.finished import is_tail_fragment
from khulasa.types import Document


def _figure(text: str, value: float) -> Figure:
    return next(f for f in claims_of(text).figures if f.amount == value)


def test_the_rest_as_a_subject_needs_the_count_before_it() -> None:
    assert dangling_opener("وقالت هيئة الإغاثة الوطنية إن الباقين قضوا غرقا في السيول.") is not None
    assert dangling_opener("والباقون ما زالوا في المستشفيات.") is not None
    assert dangling_opener("قتل 12 شخصا في السيول وأصيب الباقون بجروح طفيفة.") is None
    assert dangling_opener("وقالت هيئة الإغاثة إن 12 شخصا قضوا غرقا.") is None


def test_a_relative_tail_cut_off_by_a_stray_stop_is_a_fragment() -> None:
    assert is_tail_fragment("في هجوم تبنته جماعة مسلحة مجهولة.")
    assert is_tail_fragment("وفي عملية نفذها مسلحون ملثمون.")
    # A comma, a figure or a main clause after it: a sentence of its own.
    assert not is_tail_fragment("في عملية نوعية، قتلت القوات 12 مسلحا.")
    assert not is_tail_fragment("في عملية نفذها الجيش قتل 20 مسلحا.")
    assert not is_tail_fragment("في حين أنه لم يصب أحد في الحادث.")
    assert not is_tail_fragment("في مدينة الساحل الشمالية.")


def test_a_projected_range_of_seats_is_not_the_result() -> None:
    result = "وحصل حزب الوسط على 74 مقعدا بحسب النتائج الرسمية."
    for text, value in (
        ("وحقق حزب الوسط اختراقا بحصوله على ما بين 50 و80 مقعدا.", 80),
        ("بفوز حزب الوسط بعدد مقاعد يتراوح بين 50 الى 80 مقعد.", 80),
        ("ويتوقع أن يحصل حزب الوسط على 70 مقعدا في البرلمان.", 70),
        ("وحصل حزب الوسط على 70 مقعدا، وفق توقعات أولية.", 70),
    ):
        assert told_apart(_figure(result, 74), result, _figure(text, value), text), text
    # A count revised from one value to another is no range; a result is compared with a result.
    for text, value in (
        ("وارتفع عدد مقاعد حزب الوسط من 60 إلى 70 مقعدا.", 70),
        ("وحصل حزب الوسط على 70 مقعدا، وقال إن توقعات المحللين لم تصدق.", 70),
    ):
        assert not told_apart(_figure(result, 74), result, _figure(text, value), text), text


def test_an_exit_poll_is_no_turnout() -> None:
    turnout = "وبلغت نسبة المشاركة في الاستفتاء نحو 38%."
    poll = "وأظهر استطلاع للناخبين عند خروجهم من مراكز التصويت، تأييد 91% منهم للتعديل."
    assert told_apart(_figure(turnout, 38), turnout, _figure(poll, 91), poll)
    # The result set against what the polls had shown is no poll's share.
    result = "ورغم أن الاستطلاعات أظهرت تقدم المؤيدين، فإن الرافضين فازوا بنسبة 51.2% من الأصوات."
    share = "وحصل الرافضون على 51.3% من الأصوات."
    assert not told_apart(_figure(share, 51.3), share, _figure(result, 51.2), result)


def test_a_kick_aimed_at_a_player_is_not_his_goal() -> None:
    text = "ونفذ اللاعب ركلة أخرى تجاه سامر الهاشمي في الدقيقة 17، ولكنها مرت فوق العارضة."
    claims = claims_of(text)
    goal = claims.goal_of(next(f for f in claims.figures if f.amount == 17))
    assert goal is not None and not any("هاشم" in name for name in goal.names)


def _match(own: int, penalty: int) -> str:
    return (
        "تأهل منتخب الساحل إلى النهائي بعد فوزه على منتخب الوادي بهدفين مقابل هدف. "
        f"وسجل المدافع كريم الراشدي هدف التقدم بالخطأ في مرماه في الدقيقة {own}. "
        f"وأدرك المهاجم نبيل السعدي التعادل من ركلة جزاء في الدقيقة {penalty}."
    )


# Four outlets: two give the own goal's 40th minute and the penalty's 71st, two the 41st and 73rd.
MATCH = [_match(40, 71), _match(41, 73), _match(40, 71), _match(41, 73)]


def test_minutes_of_one_goal_told_apart_are_one_group_that_disagrees() -> None:
    docs = [Document(id=f"d{k}", text=t, source=f"s{k}") for k, t in enumerate(MATCH)]
    minutes = [g for g in compare(docs).figures if g.values[0].unit == "minute"]
    by_values = {frozenset(v.amount for v in g.values): g.agree for g in minutes}
    assert by_values.get(frozenset({40.0, 41.0})) is False
    assert by_values.get(frozenset({71.0, 73.0})) is False


def test_a_place_that_is_a_players_first_name_is_no_place() -> None:
    texts = [
        "وسجل المهاجم دمشق بلعيدي هدف الفوز في الدقيقة 88 من المباراة التي أقيمت في القاهرة.",
        "وتقدم منتخب الساحل بهدف سجله دمشق بلعيدي قبل نهاية المباراة في القاهرة بدقيقتين.",
    ]
    docs = [Document(id=f"d{k}", text=t, source=f"s{k}") for k, t in enumerate(texts)]
    names = {a.name for a in compare(docs).actors}
    assert "دمشق" not in names
    assert "القاهرة" in names
    # A place always followed by one adjective ("القدس الشرقية") or by a word behind و stays a place.
    texts = [
        "وشهدت القدس الشرقية مواجهات بين الشبان والشرطة مساء أمس.",
        "وامتدت المواجهات إلى أحياء في القدس الشرقية بعد منتصف الليل.",
    ]
    docs = [Document(id=f"d{k}", text=t, source=f"s{k}") for k, t in enumerate(texts)]
    assert "القدس" in {a.name for a in compare(docs).actors}


def test_an_earlier_count_the_outlet_calls_so_is_no_rival() -> None:
    toll = "قتل 31 شخصا في انفجار السوق صباح اليوم."
    for text, value in (
        ("وفي وقت سابق، تحدث ضابط في الشرطة عن حصيلة أولية للانفجار، ب9 قتلى.", 9),
        ("وأعلنت الشرطة في حصيلة أولية مقتل 12 شخصا.", 12),
    ):
        assert told_apart(_figure(toll, 31), toll, _figure(text, value), text), text
    other = "وقال مسؤول في الصحة إن 28 شخصا قتلوا في الانفجار."
    assert not told_apart(_figure(toll, 31), toll, _figure(other, 28), other)
