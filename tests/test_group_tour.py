"""One leader's two stops on one day told apart by where each report is written from.

Reports of a tour's first stop name the second ("before going on to X"), and reports of the second
name the first ("coming from Y"): they share the leader, the tour and most of their words, so two
lone reports of different stops can be closer than any threshold on names. Where each report's
event happens (its venue, stories.events) tells them apart at any similarity
(NameProfile.venues_differ); an earlier visit told after "بعد" or "عقب" is background, not the
report's venue, and a region ("الشرق الأوسط") is never a venue. All texts are written for these
tests: an invented tour in our own words.
"""

from __future__ import annotations

from khulasa.stories.events import VENUE_MARK, NameProfile, event_names
from khulasa.stories.group import group_documents
from khulasa.text.normalize import normalize
from khulasa.types import Document

# The first stop (Jordan) and the second (Iraq) of one president's tour, each told by three outlets;
# every report names both countries.
STOP_A = [
    "وصل الرئيس الفرنسي إلى الأردن صباح الثلاثاء في المحطة الأولى من جولة إقليمية تشمل الأردن والعراق،"
    " وبحث مع العاهل الأردني أمن الحدود وملف اللاجئين وتمويل مشاريع المياه.",
    "استقبل العاهل الأردني الرئيس الفرنسي فور وصوله إلى الأردن الثلاثاء، قبل أن يتوجه الضيف إلى العراق"
    " في المحطة الثانية من جولته، وتناولت المحادثات أمن الحدود وملف اللاجئين.",
    "بدأ الرئيس الفرنسي زيارة إلى الأردن الثلاثاء، في مستهل جولة إقليمية تقوده إلى العراق لاحقا، ويبحث"
    " خلالها أمن الحدود وملف اللاجئين ومشاريع المياه.",
]
STOP_B = [
    "وصل الرئيس الفرنسي إلى العراق مساء الثلاثاء قادما من الأردن في المحطة الثانية من جولته الإقليمية،"
    " وبحث مع رئيس الوزراء العراقي أمن الحدود وملف اللاجئين وعقود الطاقة.",
    "وبعد زيارته للأردن، توجه الرئيس الفرنسي إلى العراق الثلاثاء في المحطة الثانية من جولة إقليمية،"
    " وتناولت محادثاته أمن الحدود وملف اللاجئين وعقود الطاقة.",
    "بعد ساعات من وصوله إلى الأردن، وصل الرئيس الفرنسي إلى العراق الثلاثاء، في ختام جولة إقليمية بحث"
    " خلالها أمن الحدود وملف اللاجئين وعقود الطاقة.",
]
# Reports of other events, so that the feed's word weights are those of a feed, not of two stories.
OTHERS = [
    "ضرب زلزال بقوة 6.1 درجات جزيرة نائية في المحيط الهادئ فجر الأحد، ولم ترد تقارير عن إصابات.",
    "فاز فريق المدينة بكأس البطولة بعد تغلبه على منافسه بثلاثة أهداف مقابل هدف في المباراة النهائية.",
    "أعلن البنك المركزي رفع سعر الفائدة ربع نقطة مئوية لكبح التضخم الذي بلغ أعلى مستوياته منذ عقد.",
]


def _venue(text: str) -> set[str]:
    return {n[len(VENUE_MARK) :] for n in event_names(None, text) if n.startswith(VENUE_MARK)}


def test_an_earlier_stop_told_after_bafda_is_no_venue() -> None:
    # Every report of the second stop reads Iraq, though two name Jordan's visit first.
    assert all(_venue(t) == {normalize("العراق")} for t in STOP_B)
    assert all(_venue(t) == {normalize("الأردن")} for t in STOP_A)
    # The visit word after the earlier one is the news: "بعد زيارته للأردن توجه إلى العراق".
    assert _venue("وبعد زيارته للأردن توجه الرئيس إلى العراق.") == {normalize("العراق")}
    assert _venue("عقب لقائه الملك في الأردن الثلاثاء.") == set()


def test_a_region_is_no_venue() -> None:
    assert _venue("دعا الملك في لقاء مع الصحفيين إلى السلام في الشرق الأوسط.") == set()


def test_venues_differ_between_lone_reports_and_agreeing_groups() -> None:
    def profile(*venues: str | None) -> NameProfile:
        p = NameProfile()
        for v in venues:
            names = {"فرنسا", "الاردن", "العراق"} | ({VENUE_MARK + normalize(v)} if v else set())
            p.absorb(NameProfile.of(frozenset(names)))
        return p

    assert profile("الأردن").venues_differ(profile("العراق"))
    assert profile("الأردن", "الأردن", None).venues_differ(profile("العراق", None))
    # The same venue, or none on one side, tells nothing.
    assert not profile("الأردن").venues_differ(profile("الأردن"))
    assert not profile("الأردن").venues_differ(profile(None, None))
    # A group of whose reports fewer than half read a venue does not vote; nor one whose reports
    # disagree on it.
    assert not profile("الأردن", None, None).venues_differ(profile("العراق"))
    assert not profile("الأردن", "العراق").venues_differ(profile("العراق"))


def test_two_stops_of_one_tour_stay_two_stories() -> None:
    docs = (
        [Document(id=f"a-{k}", text=t) for k, t in enumerate(STOP_A)]
        + [Document(id=f"b-{k}", text=t) for k, t in enumerate(STOP_B)]
        + [Document(id=f"o-{k}", text=t) for k, t in enumerate(OTHERS)]
    )
    stories = [set(s.doc_ids) for s in group_documents(docs) if not any(i.startswith("o-") for i in s.doc_ids)]
    assert sorted(stories, key=min) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    # Words alone make them one story.
    merged = group_documents(docs, event_names=False)
    assert any({"a-0", "b-0"} <= set(s.doc_ids) for s in merged)
