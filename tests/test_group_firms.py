"""Two launches of one day by two companies, whose reports name places as they like.

All texts are written for these tests: four reports of each of two invented launches of one
Thursday (a heavy rocket's first flight, a test flight lost over the sea), each outlet in its own
sentences, each launch's outlets sharing its figures and all the airspace line of the day. One report of the
first launch names the other company in passing, as a rival.
"""

from __future__ import annotations

from collections import Counter

import pytest

from khulasa.stories.events import FIRM_MARK, NameProfile, event_names
from khulasa.stories.group import group_documents
from khulasa.text.normalize import normalize
from khulasa.types import Document

# Each launch's outlets repeat its figures; every report of the day closes with the airspace line.
_FIGURES_A = " ويبلغ طول الصاروخ الثقيل 98 مترا، ويستطيع حمل 45 طنا إلى المدار المنخفض، وقد استغرق تطويره عشر سنوات."
_FIGURES_B = (
    " ويبلغ ارتفاع المركبة مع معززها 123 مترا، وهي أكبر مركبة فضائية بنيت حتى اليوم، وتطمح الشركة إلى نقل"
    " البشر بها إلى المريخ."
)
_AIRSPACE = " وأغلقت إدارة الطيران المجال الجوي فوق موقع الإطلاق لساعات."
LAUNCH_A = [
    "نجحت شركة كوسموتك في إطلاق صاروخها الثقيل الجديد إلى المدار في رحلته الأولى فجر الخميس من قاعدة"
    " كيب كانافيرال في فلوريدا، بعد تأجيل الإطلاق مرتين هذا الأسبوع.",
    "أطلقت شركة كوسموتك صاروخها الثقيل للمرة الأولى الخميس، لكن المعزز فشل في الهبوط على سفينة في المحيط"
    " الأطلسي بعد انفصاله عن المرحلة الثانية.",
    "وصل الصاروخ الثقيل لشركة Kosmotek إلى المدار في أول رحلة له الخميس، في خطوة تهدف إلى منافسة صواريخ"
    " شركة أستروفيا في سوق الإطلاق التجاري.",
    "قال رئيس شركة كوسموتك إن فريقه فخور بوصول الصاروخ الثقيل إلى المدار من المحاولة الأولى الخميس، وإن"
    " المهندسين سيدرسون أسباب فقدان المعزز.",
]
LAUNCH_B = [
    "انفجرت مركبة شركة أستروفيا العملاقة بعد دقائق من إطلاقها من قاعدة الشركة في ولاية تكساس الخميس، في"
    " رحلتها التجريبية السابعة.",
    "تناثر حطام مركبة شركة أستروفيا فوق خليج المكسيك بعد انفجارها الخميس، ولم يبلغ عن إصابات على الأرض أو في الجو.",
    "أعلنت شركة Astrovia أنها فقدت الاتصال بمركبتها خلال الصعود في رحلتها التجريبية السابعة الخميس، لكن"
    " المعزز عاد بنجاح إلى منصة الإطلاق.",
    "انتهت الرحلة التجريبية السابعة لمركبة شركة أستروفيا بانفجار في المرحلة العليا الخميس، وقالت الشركة"
    " إنها ستحلل البيانات قبل الرحلة المقبلة.",
]


def _docs(prefix: str, texts: list[str], figures: str) -> list[Document]:
    return [
        Document(id=f"{prefix}-{k}", text=t + figures + _AIRSPACE, published="2026-03-05T18:00:00Z")
        for k, t in enumerate(texts)
    ]


def _grouping(docs: list[Document]) -> list[set[str]]:
    return sorted((set(s.doc_ids) for s in group_documents(docs)), key=min)


def _profile(*members: list[str]) -> NameProfile:
    profile = NameProfile()
    for names in members:
        profile.absorb(NameProfile.of(frozenset(normalize(n) for n in names)))
    return profile


def _firms(texts: list[str]) -> Counter[str]:
    return Counter(n for t in texts for n in event_names(None, t) if n.startswith(FIRM_MARK))


def test_each_launch_s_reports_agree_on_their_company_not_on_places() -> None:
    a, b = _firms(LAUNCH_A), _firms(LAUNCH_B)
    (firm_a, count_a), (firm_b, count_b) = a.most_common(1)[0], b.most_common(1)[0]
    assert count_a == count_b == 4 and firm_a != firm_b
    # The rival named in passing by one report of the first launch.
    assert a[firm_b] == 1 and b[firm_a] == 0
    places = [{n for n in event_names(None, t) if n[:1] != FIRM_MARK} for t in LAUNCH_A]
    profile = _profile(*[sorted(p) for p in places])
    assert not profile.agrees()  # the places do not vote: Florida, the Atlantic, nothing


def test_two_launches_by_two_companies_stay_apart_when_their_places_disagree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = _docs("a", LAUNCH_A, _FIGURES_A) + _docs("b", LAUNCH_B, _FIGURES_B)
    assert _grouping(docs) == [{f"a-{k}" for k in range(4)}, {f"b-{k}" for k in range(4)}]
    # Before: the companies spoke only where the places agreed, and the words made one story.
    monkeypatch.setattr(NameProfile, "firms_agree", lambda self: False)
    assert len(_grouping(docs)) < 2


def test_companies_vote_when_their_namers_agree_whatever_the_places() -> None:
    a, b = FIRM_MARK + "كسمتك", FIRM_MARK + "سترف"
    launch_a = _profile(["الولايات المتحدة", "فلوريدا", a], ["المحيط الأطلسي", a], [a, b], [a])
    launch_b = _profile(["الولايات المتحدة", "تكساس", b], ["المكسيك", b], [b], [b])
    assert not launch_a.agrees() and not launch_b.agrees()
    assert launch_a.firms_agree() and launch_b.firms_agree()
    assert launch_a.conflicts(launch_b) and launch_b.conflicts(launch_a)
    # A rival named in passing by each side: neither side's company is foreign to the other.
    assert not launch_a.conflicts(_profile(["تكساس", b], ["المكسيك", b], [b, a], [b]))
    # Members that name two companies each as often do not agree: no vote.
    mixed = _profile(["فلوريدا", a], ["تكساس", b], [a], [b])
    assert not mixed.firms_agree() and not mixed.conflicts(launch_b)
    # A company named by two members is no event's yet (TOP_SUPPORT).
    assert not launch_a.conflicts(_profile(["تكساس", b], ["المكسيك", b]))
