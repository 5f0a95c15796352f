"""A decision and its follow-up of one day, in one country, told apart by what each report announces.

A central bank floats the currency in the morning; the government raises fuel prices that evening.
Both name only the country, the currency and the dollar, and the fuel reports tell the float as
background ("بعد ساعات من تعويم"). The kinds of announced decision (``resources/ar/decision_kinds.txt``)
vote as event kinds do, and a kind named only after "بعد" or "عقب" is background when the opening
names another as its news (stories.events.event_kinds). All texts are written for these tests: an
invented day in our own words.
"""

from __future__ import annotations

from khulasa.stories.events import event_kinds
from khulasa.stories.group import group_documents
from khulasa.types import Document

FLOAT = [
    "قرر البنك المركزي النيجيري صباح الاثنين تعويم النايرا وترك سعرها للعرض والطلب، بعد أشهر من شح"
    " العملة الصعبة في المصارف، وقال المحافظ إن القرار يوحد سعر الصرف الرسمي والموازي.",
    "أعلن البنك المركزي في نيجيريا تحرير سعر الصرف وتعويم النايرا بالكامل الاثنين، فهبطت العملة المحلية"
    " أمام الدولار في المصارف، وقال المحافظ إن القرار يوحد سعر الصرف الرسمي والموازي.",
    "هبطت النايرا أمام الدولار في أولى ساعات التعامل الاثنين بعد قرار مفاجئ للبنك المركزي النيجيري"
    " بتعويم العملة، إذ قرر البنك المركزي توحيد سعر الصرف الرسمي والموازي وترك العملة للعرض والطلب.",
]
FUEL = [
    "رفعت الحكومة النيجيرية مساء الاثنين أسعار الوقود بنسبة 40 في المئة، بعد ساعات من تعويم النايرا،"
    " وقال وزير المالية إن أسعار البنزين والسولار الجديدة تسري منتصف الليل في محطات البلاد.",
    "أعلنت الحكومة في نيجيريا زيادة أسعار البنزين والسولار ابتداء من منتصف الليل، عقب تعويم النايرا"
    " أمام الدولار، وقال وزير المالية إن أسعار الوقود الجديدة تسري في محطات البلاد.",
    "نيجيريا ترفع أسعار الوقود بعد قرار تعويم العملة. قالت الحكومة النيجيرية إن أسعار البنزين"
    " والسولار ترتفع 40 في المئة من منتصف الليل، وقال وزير المالية إن الزيادة تسري في محطات البلاد.",
]
# What both days' reports add: the same loan talks.
_CONTEXT = " وتأتي الخطوة ضمن إصلاحات يطلبها صندوق النقد الدولي مقابل قرض."
OTHERS = [
    "ضرب زلزال بقوة 6.1 درجات جزيرة نائية في المحيط الهادئ فجر الأحد، ولم ترد تقارير عن إصابات.",
    "فاز فريق المدينة بكأس البطولة بعد تغلبه على منافسه بثلاثة أهداف مقابل هدف في المباراة النهائية.",
    "افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة ثلاثمئة دار نشر من أربعين بلدا.",
]


def test_a_kind_told_after_bafda_is_background() -> None:
    assert all(event_kinds(None, t) == {"currency"} for t in FLOAT)
    assert all(event_kinds(None, t) == {"fuel"} for t in FUEL)
    # With no other kind as its news, the one after "بعد" is the report's: the toll after a quake.
    assert event_kinds(None, "ارتفعت حصيلة القتلى إلى 40 بعد الزلزال الذي ضرب الجزيرة.") == {"quake"}
    # Background ends with the sentence.
    assert event_kinds(None, "رفعت الحكومة أسعار الوقود بعد ساعات. وقرر البنك تعويم العملة.") == {
        "fuel",
        "currency",
    }


def test_a_float_and_a_fuel_price_rise_of_one_day_stay_two_stories() -> None:
    docs = (
        [Document(id=f"a-{k}", text=t + _CONTEXT) for k, t in enumerate(FLOAT)]
        + [Document(id=f"b-{k}", text=t + _CONTEXT) for k, t in enumerate(FUEL)]
        + [Document(id=f"o-{k}", text=t) for k, t in enumerate(OTHERS)]
    )
    stories = [set(s.doc_ids) for s in group_documents(docs) if not any(i.startswith("o-") for i in s.doc_ids)]
    assert sorted(stories, key=min) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    # Without the kinds vote they are one story.
    merged = group_documents(docs, event_kinds=False)
    assert any({"a-0", "b-0"} <= set(s.doc_ids) for s in merged)


BUDGET = [
    "أقر مجلس الوزراء في جمهورية الواحة الثلاثاء الميزانية العامة للعام المقبل بإنفاق يبلغ 90 مليار دينار"
    " وعجز متوقع قدره 12 مليارا، وقال وزير المالية إن الإيرادات تتراجع مع هبوط أسعار الخام.",
    "أعلنت حكومة الواحة ميزانية العام المقبل بعجز يبلغ 12 مليار دينار، وقال وزير المالية إن الإنفاق"
    " يبلغ 90 مليارا وإن الإيرادات تتراجع مع هبوط أسعار الخام.",
    "عجز قدره 12 مليار دينار في موازنة الواحة للعام المقبل. أقر مجلس الوزراء الثلاثاء الموازنة العامة"
    " بإنفاق 90 مليار دينار، وقال وزير المالية إن الإيرادات تتراجع مع هبوط أسعار الخام.",
]
PUMP = [
    "رفعت حكومة الواحة الثلاثاء أسعار البنزين بنسبة 50 في المئة ابتداء من الأربعاء، وقال وزير الطاقة إن"
    " الزيادة تشمل الكهرباء والمياه، في جلسة أقر فيها مجلس الوزراء ميزانية العام المقبل.",
    "قرر مجلس الوزراء في الواحة زيادة أسعار الوقود والكهرباء والمياه، وقال وزير الطاقة إن سعر البنزين"
    " يرتفع 50 في المئة في المحطات ابتداء من الأربعاء.",
    "الواحة ترفع أسعار البنزين 50 في المئة. قال وزير الطاقة إن أسعار الوقود والكهرباء والمياه الجديدة"
    " تسري في المحطات ابتداء من الأربعاء بعد قرار مجلس الوزراء الثلاثاء.",
]


def test_a_budget_and_a_fuel_price_rise_of_one_session_stay_two_stories() -> None:
    # The same cabinet, country and day; a fuel report names the budget in its opening too.
    assert all(event_kinds(None, t) == {"budget"} for t in BUDGET)
    docs = (
        [Document(id=f"a-{k}", text=t) for k, t in enumerate(BUDGET)]
        + [Document(id=f"b-{k}", text=t) for k, t in enumerate(PUMP)]
        + [Document(id=f"o-{k}", text=t) for k, t in enumerate(OTHERS)]
    )
    stories = [set(s.doc_ids) for s in group_documents(docs) if not any(i.startswith("o-") for i in s.doc_ids)]
    assert sorted(stories, key=min) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    merged = group_documents(docs, event_kinds=False)
    assert any({"a-0", "b-0"} <= set(s.doc_ids) for s in merged)
