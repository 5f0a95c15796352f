"""Look-alike events of one day told apart by where they happen and what they are called.

A visit's destination (or a meeting's place) and a summit's name are read from an article's
opening (stories.events: venues and summit names, rule (f)); a junk first line of other
articles' headlines is no article's title. All texts are written for these tests: invented
visits and summits in our own words, each told by three "outlets".
"""

from __future__ import annotations

import scipy.sparse as sp

from khulasa.stories.events import SUMMIT_MARK, VENUE_MARK, NameProfile, event_names, lead_text
from khulasa.stories.group import _Groups, group_documents
from khulasa.stories.labels import story_label
from khulasa.text.clean import drop_headline_run
from khulasa.text.normalize import normalize
from khulasa.types import Document

# Two state visits between the same two countries, each the other way: every report names both.
VISIT_A = [
    "وصل الرئيس البرازيلي إلى الأرجنتين اليوم الاثنين في زيارة رسمية تستمر يومين، ويبحث مع مضيفه ملف"
    " صادرات اللحوم وتعريفات الجمارك على السيارات.",
    "بدأ رئيس البرازيل زيارة دولة إلى الأرجنتين، حيث أقيمت له مراسم استقبال في القصر الرئاسي وعزف"
    " النشيدان، ثم وضع إكليلا من الزهور على نصب الجندي المجهول.",
    "وصلت طائرة الرئيس البرازيلي إلى الأرجنتين صباحا، وقال متحدث باسم الرئاسة إن الزيارة ستتوج بتوقيع"
    " اتفاق لتسهيل عبور الشاحنات على الحدود المشتركة.",
]
VISIT_B = [
    "وصل الرئيس الأرجنتيني إلى البرازيل الخميس في زيارة رسمية، وناقش مع نظيره مشروع خط أنابيب الغاز"
    " وتمويل محطة كهرومائية على النهر.",
    "حط رئيس الأرجنتين رحاله في البرازيل في جولة تستغرق ثلاثة أيام، وتتصدر محادثاته ديون بلاده المتراكمة"
    " وتقلبات أسعار الصرف وأزمة التضخم.",
    "استهل الرئيس الأرجنتيني زيارته إلى البرازيل بلقاء رجال الأعمال في ساو باولو، وعرض عليهم فرص"
    " الاستثمار في حقول الليثيوم والنفط الصخري.",
]
_VISIT_A_DETAIL = " ومن المقرر أن يلقي الضيف كلمة أمام البرلمان مساء الثلاثاء ويحضر مأدبة عشاء رسمية."
_VISIT_B_DETAIL = " وتفقد الضيف مصنعا للطائرات المدنية قرب العاصمة ويختتم جولته بمؤتمر صحفي مشترك الأحد."
_BLOC = " وتأتي الزيارة وسط خلافات داخل التكتل."

# Reports of other events, so that the feed's word weights are those of a feed, not of two stories.
OTHERS = [
    "ضرب زلزال بقوة 6.1 درجات جزيرة نائية في المحيط الهادئ فجر الأحد، ولم ترد تقارير عن إصابات.",
    "فاز فريق المدينة بكأس البطولة بعد تغلبه على منافسه بثلاثة أهداف مقابل هدف في المباراة النهائية.",
    "أعلن البنك المركزي رفع سعر الفائدة ربع نقطة مئوية لكبح التضخم الذي بلغ أعلى مستوياته منذ عقد.",
]


def _docs(prefix: str, texts: list[str]) -> list[Document]:
    return [Document(id=f"{prefix}-{k}", text=t) for k, t in enumerate(texts)]


def _grouping(docs: list[Document], **overrides: object) -> list[set[str]]:
    return sorted((set(s.doc_ids) for s in group_documents(docs, **overrides)), key=min)


def _marked(mark: str, text: str) -> set[str]:
    return {n[len(mark) :] for n in event_names(None, text) if n.startswith(mark)}


def test_a_visit_s_destination_is_its_venue_not_the_visitor_s_country() -> None:
    assert _marked(VENUE_MARK, VISIT_A[0]) == {normalize("الأرجنتين")}
    assert _marked(VENUE_MARK, VISIT_B[0]) == {normalize("البرازيل")}
    # A city stands for its country; "لـ" after a visit word, "في"/"بـ" after a meeting word.
    assert _marked(VENUE_MARK, "وصل رئيس الوزراء الياباني إلى كييف في زيارة مفاجئة.") == {normalize("أوكرانيا")}
    assert _marked(VENUE_MARK, "بدأ الرئيس الروسي زيارة رسمية للصين تستمر يومين.") == {normalize("الصين")}
    assert _marked(VENUE_MARK, "التقى الرئيس الصيني نظيره الروسي في بكين الخميس.") == {normalize("الصين")}
    assert _marked(VENUE_MARK, "انطلقت أعمال القمة بالعاصمة السعودية الرياض.") == {normalize("السعودية")}
    # Only the first visit of an opening is its event: another told in passing is background.
    passing = "وصل رئيس الوزراء الياباني إلى كييف بعد ساعات من وصول الرئيس الصيني إلى موسكو."
    assert _marked(VENUE_MARK, passing) == {normalize("أوكرانيا")}
    # A place far from the visit word, or with no toward word, is no venue.
    assert not _marked(VENUE_MARK, "قال الرئيس إن الزيارة مهمة، وإن الحرب في أوكرانيا طالت.")


def test_two_visits_between_the_same_countries_stay_apart() -> None:
    docs = (
        _docs("a", [t + _VISIT_A_DETAIL + _BLOC for t in VISIT_A])
        + _docs("b", [t + _VISIT_B_DETAIL + _BLOC for t in VISIT_B])
        + _docs("o", OTHERS)
    )
    # Both groups name both countries most: rules (a) to (e) are silent, the destinations are not.
    stories = [s for s in _grouping(docs) if not any(i.startswith("o-") for i in s)]
    assert stories == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    # Words alone make them one story.
    assert any({"a-0", "b-0"} <= s for s in _grouping(docs, event_names=False))


def test_venues_and_summit_names_tell_groups_apart_but_never_join_them() -> None:
    def profile(*members: list[str]) -> NameProfile:
        p = NameProfile()
        for names in members:
            p.absorb(NameProfile.of(frozenset(normalize(n) for n in names)))
        return p

    moscow = profile(*[["الصين", "روسيا", VENUE_MARK + "روسيا"]] * 3)
    beijing = profile(*[["الصين", "روسيا", VENUE_MARK + "الصين"]] * 3)
    assert moscow.conflicts(beijing) and beijing.conflicts(moscow)
    # A lone report of the other visit is held apart too: its first visit is its own.
    assert moscow.conflicts(profile(["الصين", "روسيا", VENUE_MARK + "الصين"]))
    # Two lone reports of different venues: nobody gives one three times, nothing is told.
    lone = profile(["الصين", "روسيا", VENUE_MARK + "روسيا"])
    assert not lone.conflicts(profile(["الصين", "روسيا", VENUE_MARK + "الصين"]))
    # The same venue, or none, tells nothing; names in common are never joined by a venue.
    assert not moscow.conflicts(profile(*[["الصين", "روسيا", VENUE_MARK + "روسيا"]] * 2))
    assert not moscow.conflicts(profile(*[["الصين", "روسيا"]] * 3))
    gulf = profile(*[["السعودية", "الصين", SUMMIT_MARK + "الخليجي+الصين"]] * 2)
    arab = profile(*[["السعودية", "الصين", SUMMIT_MARK + "الصين+العربي"]] * 2)
    assert gulf.conflicts(arab) and not gulf.conflicts(profile(*[["السعودية", "الصين"]] * 2))


def test_a_summit_s_name_is_read_whatever_the_order_of_its_adjectives() -> None:
    gulf = "انطلقت في الرياض أعمال القمة الخليجية - الصينية بحضور القادة."
    arab = "اختتمت أعمال قمة الرياض العربية الصينية للتعاون والتنمية."
    again = "عقدت القمة الصينية العربية الأولى في الرياض."
    assert _marked(SUMMIT_MARK, gulf) == {normalize("الخليجي") + "+" + normalize("الصين")}
    assert _marked(SUMMIT_MARK, arab) == _marked(SUMMIT_MARK, again) == {normalize("الصين") + "+" + normalize("العربي")}
    # The first summit named is the article's; a summit named by its group, not adjectives, has none.
    assert _marked(SUMMIT_MARK, gulf + " وتعقد غدا القمة العربية الصينية.") == _marked(SUMMIT_MARK, gulf)
    assert not _marked(SUMMIT_MARK, "وصل الرئيس إلى قمة مجموعة السبعة في اليابان.")


# Two summits in one city on one day, of the Gulf states and India and of the Arab states and India.
SUMMIT_A = [
    "انطلقت في الدوحة أعمال القمة الخليجية الهندية بمشاركة رئيس وزراء الهند، وناقش القادة اتفاق التجارة"
    " الحرة بين دول المجلس والهند.",
    "اختتمت القمة الخليجية - الهندية في الدوحة ببيان يدعو إلى مضاعفة الاستثمارات في الموانئ وسلاسل"
    " الإمداد خلال خمس سنوات.",
    "ترأس أمير قطر القمة الهندية الخليجية الأولى في الدوحة، وأعلن إنشاء صندوق مشترك لتمويل مشروعات الأمن الغذائي.",
]
SUMMIT_B = [
    "عقدت القمة العربية الهندية في الدوحة مساء الجمعة بحضور رئيس وزراء الهند، وتصدرت جدول أعمالها القضية"
    " الفلسطينية والأمن البحري.",
    "دعا البيان الختامي للقمة العربية - الهندية في الدوحة إلى إنشاء منتدى ثقافي دائم وتبادل الطلاب بين الجامعات.",
    "شارك رؤساء الوفود العربية في القمة الهندية العربية بالدوحة، وأكدوا دعمهم لمقترح ممر اقتصادي يربط الهند بالمتوسط.",
]
_SUMMIT_A_DETAIL = (
    " ومن المقرر أن تعقد القمة المقبلة في العاصمة الهندية بعد عامين، على أن يسبقها اجتماع لوزراء المال والطاقة."
)
_SUMMIT_B_DETAIL = (
    " وقال الأمين العام للجامعة إن اللجان الفنية ستجتمع مطلع الربيع المقبل لمتابعة مبادرات التعليم والثقافة."
)
_FORUM = " وتعقد القمة على هامش منتدى اقتصادي."


def test_two_summits_in_one_city_on_one_day_stay_apart() -> None:
    docs = (
        _docs("a", [t + _SUMMIT_A_DETAIL + _FORUM for t in SUMMIT_A])
        + _docs("b", [t + _SUMMIT_B_DETAIL + _FORUM for t in SUMMIT_B])
        + _docs("o", OTHERS)
    )
    # Same country, city, guest and venue: only the summits' names differ.
    assert {frozenset(event_names(None, d.text) - _summits(d.text)) for d in docs[:6] if d.id != "b-0"} == {
        frozenset({normalize("قطر"), normalize("الدوحة"), normalize("الهند"), VENUE_MARK + normalize("قطر")})
    }
    stories = [s for s in _grouping(docs) if not any(i.startswith("o-") for i in s)]
    assert stories == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    assert any({"a-0", "b-0"} <= s for s in _grouping(docs, event_names=False))


def _summits(text: str) -> frozenset[str]:
    return frozenset(n for n in event_names(None, text) if n.startswith(SUMMIT_MARK))


TICKER = (
    "القمر يقترب من الأرض الليلة فما السبب؟ نجوم الفريق يعدون الجماهير بالفوز مركز الإغاثة يوزع 500 سلة"
    " غذائية في القرى الحدودية صدور نتائج القبول نهاية الشهر شروط الإعفاء من رسوم العقار إصابة سائق"
    " إثر انقلاب شاحنة على الطريق السريع المنتخب يخسر مباراته الافتتاحية للمرة الثالثة ضبط 900 دراجة"
    " مخالفة خلال أسبوع المدرب يتحمل مسؤولية الهزيمة طريقة إصدار رخصة القيادة عبر المنصة الإلكترونية"
)


def test_a_ticker_of_other_headlines_is_no_title_or_opening() -> None:
    text = TICKER + "\n" + VISIT_A[0] + "\n" + VISIT_A[1]
    assert drop_headline_run(text).startswith(VISIT_A[0])
    assert lead_text(None, text).startswith(VISIT_A[0][:40])
    assert story_label([Document("t", text)]).startswith("وصل الرئيس البرازيلي")
    assert _marked(VENUE_MARK, text) == {normalize("الأرجنتين")}
    # A lead paragraph of that length has a comma or a final stop; a one-line text is kept whole.
    lead = TICKER.replace(" صدور", "، وصدور")
    assert drop_headline_run(lead + "\n" + VISIT_A[0]) == lead + "\n" + VISIT_A[0]
    assert drop_headline_run(TICKER + ".\n" + VISIT_A[0]).startswith(TICKER)
    assert drop_headline_run(TICKER) == TICKER
    # A title stays: it is short.
    title = "الرئيس البرازيلي في الأرجنتين"
    assert drop_headline_run(title + "\n" + VISIT_A[0]).startswith(title)


def test_a_kind_named_by_few_of_a_group_does_not_vote() -> None:
    """Reports of a visit that name "the attack" in passing (two of five) are not a group of attack
    reports: a lone report that calls the visit's talks a summit is not held apart by kinds. A group
    most of whose members name the attack still votes."""
    names = [frozenset({"الصين", "روسيا"})] * 7
    kinds = [frozenset({"attack"})] * 2 + [frozenset()] * 3 + [frozenset({"summit"}), frozenset({"attack"})]
    groups = _Groups(sp.identity(7, format="csr"), names=names, kinds=kinds)
    for k in range(1, 5):
        groups.union(groups.find(0), groups.find(k))
    visit, summit = groups.find(0), 5
    assert not groups.kinds_told(visit) and groups.kinds_told(summit)
    assert not groups.conflicts(visit, summit, 0.1)
    # Two of three naming the attack: a group of attack reports, against a summit report.
    small = _Groups(sp.identity(7, format="csr"), names=names, kinds=kinds)
    small.union(0, 1)
    small.union(small.find(0), 2)
    assert small.kinds_told(small.find(0)) and small.conflicts(small.find(0), 5, 0.1)
