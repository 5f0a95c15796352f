"""Figures told of different things, which the ⚠ notes of a summary and ``compare`` do not set
against each other (``told_apart``, ``names_another_event``, ``share_head``; docs/quality.md, the
twenty-second session's addendum "what audit22 left", "reading fresh48-49 as a user", "The panels'
open defects of fresh48-49" and "reading fresh50 as a user"): a storm's winds and the speed it moves
at, another storm's winds, a speed written with a slash and a distance, the injured passengers and
everyone aboard, a train's cars and some of them; a part of a toll (also a count of a whole named
after «من»), the last attack told in the pluperfect, a day still to come, a threshold and a
winner's share, a projected range of seats, an exit poll, an earlier count the outlet calls so. All
texts are made up."""

from __future__ import annotations

from khulasa.analysis.compare import compare
from khulasa.extract.claims import _span_disputes, claims_of
from khulasa.extract.figures import (
    Figure,
    figures_of,
    mention,
    names_another_event,
    other_events,
    share_head,
    told_apart,
)
from khulasa.text.normalize import Analyzer
from khulasa.types import Document, Span


def _marks(text: str) -> list[tuple[str, str, str]]:
    analyzer = Analyzer(stem=True)
    return [(f.text, (m := mention(f, text, 0, analyzer)).head, m.scope) for f in figures_of(text)]


def _notes(ours: str, theirs: str) -> list[str]:
    """The values of ``theirs`` a note on the summary sentence ``ours`` would set against it."""
    return [d.text for d in _span_disputes(ours, Span("b", 0, len(theirs)), theirs, False)]


def test_a_storms_winds_are_no_speed_it_moves_at() -> None:
    text = "وترافق العاصفة رياح قوية تبلغ سرعتها 180 كيلومترا في الساعة، وتتحرك نحو الشمال بسرعة 15 كيلومترا في الساعة."
    heads = [head for _, head, _ in _marks(text)]
    assert heads == ["speed:wind", "speed:moving"], heads
    ours = "وضربت العاصفة الساحل الشرقي ترافقها رياح بسرعة 180 كلم في الساعة."
    assert _notes(ours, "وقالت الأرصاد إن العاصفة تتقدم نحو الساحل الشرقي بسرعة 15 كلم في الساعة.") == []
    # the winds in another outlet are still set against ours
    assert _notes(ours, "وضربت العاصفة الساحل الشرقي مصحوبة برياح بسرعة 160 كلم في الساعة.") != []


def test_a_speed_written_with_a_slash_is_no_distance() -> None:
    ours = "وتراجعت قوة العاصفة فوق الجزيرة لكن ترافقها رياح بسرعة 150 كلم/في الساعة."
    theirs = "وكانت عين العاصفة فوق الجزيرة على بعد 120 كيلومترا من العاصمة."
    assert [scope for _, _, scope in _marks(ours)] == ["rate"]
    assert _notes(ours, theirs) == []
    a, b = figures_of(ours)[0], figures_of(theirs)[0]
    assert told_apart(a, ours, b, theirs)


def test_another_storm_of_the_story_is_another_event() -> None:
    other = "ويتبع العاصفة إعصار آخر أطلق عليه اسم سامي مصحوبا برياح سرعتها 200 كلم في الساعة."
    assert names_another_event(other)
    assert not names_another_event("وقال مسؤول آخر إن الإعصار ضرب الساحل.")
    ours = "وضرب الإعصار الساحل الشرقي مصحوبا برياح بسرعة 240 كلم في الساعة."
    assert other_events(ours, other)
    assert _notes(ours, other) == []


def test_compare_keeps_another_storms_winds_and_the_forward_speed_apart() -> None:
    docs = [
        Document(
            "a", "وضرب الإعصار الجزيرة ليلا ترافقه رياح عاتية تصل سرعتها إلى 240 كيلومترا في الساعة.", source="منبر 1"
        ),
        Document(
            "b",
            "وضرب الإعصار الجزيرة ليلا ويتقدم نحو الغرب بسرعة 20 كيلومترا في الساعة. ويتبع الإعصار إعصار آخر "
            "مصحوبا برياح سرعتها 210 كلم في الساعة.",
            source="منبر 2",
        ),
    ]
    speeds = [g for g in compare(docs).figures if g.dimension == "speed"]
    assert all(g.agree for g in speeds), [[v.text for v in g.values] for g in speeds]


def test_injured_passengers_are_not_everyone_aboard() -> None:
    ours = "وأسفر الحادث عن مصرع ثلاثة أشخاص وإصابة نحو 40 راكبا بجروح طفيفة."
    theirs = "وقالت شركة الطيران إن الطائرة كان على متنها 180 راكبا و10 من أفراد الطاقم."
    assert [head for _, head, _ in _marks(ours) if head] == ["role:injured"]
    assert [head for text, head, _ in _marks(theirs) if "راكب" in text] == ["role:aboard"]
    assert _notes(ours, theirs) == []
    # two counts of the injured passengers still differ
    assert _notes(ours, "وأسفر الحادث عن مصرع ثلاثة أشخاص وإصابة 55 راكبا بجروح.") != []


def test_some_cars_of_a_train_are_not_the_whole_train() -> None:
    ours = "وكان القطار المؤلف من 60 عربة محملة بالوقود قد خرج عن سكته قرب البلدة."
    assert [scope for _, _, scope in _marks(ours)] == ["total"]
    assert _notes(ours, "ونجح العمال في سحب 9 عربات سالمة من مؤخرة القطار قرب البلدة.") == []
    assert _notes(ours, "وانفجرت ثلاث عربات محملة بالوقود بعد خروج القطار عن سكته قرب البلدة.") == []
    # another outlet's count of the whole train is still set against ours
    assert _notes(ours, "وكان القطار الذي يحمل 61 عربة محملة بالوقود قد خرج عن سكته قرب البلدة.") != []


def _figure(text: str, value: float) -> Figure:
    return next(f for f in claims_of(text).figures if f.amount == value)


def test_part_of_a_toll_is_not_the_toll() -> None:
    toll = "ارتفعت حصيلة الفيضانات إلى 58 قتيلاً."
    for text, value in (
        ("وسقطت طائرة إنقاذ ما أسفر عن مقتل 4 من أفراد طاقمها.", 4),
        ("ومن بين القتلى خمسة أشخاص في حادث منفصل.", 5),
    ):
        assert told_apart(_figure(toll, 58), toll, _figure(text, value), text)
    other = "أودت الفيضانات بحياة 61 شخصا."
    assert not told_apart(_figure(toll, 58), toll, _figure(other, 61), other)


def test_the_last_attack_told_in_the_pluperfect_is_another_event() -> None:
    assert names_another_event("وكان الهجوم الدامي الأخير في المدينة وقع قبل شهرين وأوقع 12 قتيلا.")
    assert names_another_event("وكان الاعتداء الأخير على السوق قد خلف 9 قتلى.")
    assert names_another_event("وكان آخر تفجير في المدينة قد وقع في الربيع.")
    assert not names_another_event("وكان الهجوم قد وقع صباح السبت في السوق.")
    assert not names_another_event("الهجوم الأخير أوقع 20 قتيلا.")


def test_a_day_still_to_come_is_not_the_day_of_the_news() -> None:
    vote = "صوت الناخبون في الاستفتاء يوم الأحد."
    sunday = _figure(vote, 7) if any(f.amount == 7 for f in claims_of(vote).figures) else claims_of(vote).figures[0]
    for text in ("ويسافر الوفد يوم غد الاثنين إلى العاصمة.", "ويعقد البرلمان جلسته الاثنين المقبل."):
        monday = next(f for f in claims_of(text).figures if f.dimension == "weekday")
        assert told_apart(sunday, vote, monday, text)
    same_day = "وجرى التصويت الاثنين."
    monday = next(f for f in claims_of(same_day).figures if f.dimension == "weekday")
    assert not told_apart(sunday, vote, monday, same_day)


def test_a_threshold_is_a_share_of_its_own() -> None:
    for text in (
        "لم تبلغ المشاركة نسبة الـ50% المطلوبة لاعتماد النتيجة.",
        "ولن تصل نسبة المشاركة إلى عتبة 50% بحسب المكتب.",
    ):
        f = next(f for f in claims_of(text).figures if f.dimension == "percent")
        assert share_head(text, f.start, f.end) == "share:threshold"
    turnout = "وبلغت نسبة المشاركة نحو 38%."
    f = next(f for f in claims_of(turnout).figures if f.dimension == "percent")
    assert share_head(turnout, f.start, f.end) == "share:turnout"


def test_a_winners_share_and_the_share_counted() -> None:
    text = "فاز المرشح حاصداً 51.2% من الأصوات وفق نتائج تشمل 98% من الأصوات التي جرى فرزها."
    heads = [share_head(text, f.start, f.end) for f in claims_of(text).figures if f.dimension == "percent"]
    assert heads == ["share:votes", "share:counted"]


def test_a_count_of_a_whole_named_after_من_is_a_part_no_rival_of_the_toll() -> None:
    from khulasa.extract.figures import extract_figures, told_apart

    part = "وقال المتحدث إن ستة أشخاص من إجمالي 20 شخصا تم نقلهم إلى المستشفى توفوا لاحقا."
    toll = "قتل 35 شخصا في انهيار المبنى."
    a = next(f for f in extract_figures(part) if f.value == 6)
    (b,) = extract_figures(toll)
    assert told_apart(a, part, b, toll)
    # a count with no such whole after it is the toll's rival
    plain = "وقال المتحدث إن ستة أشخاص قتلوا في انهيار المبنى."
    c = next(f for f in extract_figures(plain) if f.value == 6)
    assert not told_apart(c, plain, b, toll)


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


def test_an_earlier_count_the_outlet_calls_so_is_no_rival() -> None:
    toll = "قتل 31 شخصا في انفجار السوق صباح اليوم."
    for text, value in (
        ("وفي وقت سابق، تحدث ضابط في الشرطة عن حصيلة أولية للانفجار، ب9 قتلى.", 9),
        ("وأعلنت الشرطة في حصيلة أولية مقتل 12 شخصا.", 12),
    ):
        assert told_apart(_figure(toll, 31), toll, _figure(text, value), text), text
    other = "وقال مسؤول في الصحة إن 28 شخصا قتلوا في الانفجار."
    assert not told_apart(_figure(toll, 31), toll, _figure(other, 28), other)
