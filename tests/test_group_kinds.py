"""Grouping on a busy day: two events of different kinds in one country on one day stay apart.

All texts are written for these tests: short reports of invented events in our own words. A runway
collision and an earthquake, both in Japan on one Tuesday, each told by three "outlets"; the
collision's reports say in passing that the plane was flying aid to the quake zone, and both
events end on the prime minister's one statement that every outlet of the day repeats. Such short
texts share a larger part of their words than real reports do (average cosine 0.22 here, 0.056 for
the real pair in docs/grouping.md), so the tests put ``names_link`` out of reach, as
tests/test_group_events.py does: they test the veto, not its yield.
"""

from __future__ import annotations

from pathlib import Path

from khulasa.stories.events import NameProfile, event_kinds, event_names
from khulasa.stories.group import group_documents
from khulasa.types import Document

from .conftest import desk_stories

_STATEMENT = " وقال رئيس الوزراء الياباني إن الحكومة شكلت خلية أزمة تعمل على مدار الساعة."
COLLISION = [
    "اصطدمت طائرة ركاب بطائرة شحن صغيرة على مدرج مطار أوساكا في اليابان صباح الثلاثاء، ما أدى إلى مقتل "
    "ثلاثة من طاقم طائرة الشحن التي كانت تنقل مساعدات إلى منطقة الزلزال. وقالت السلطات اليابانية إن ركاب "
    "الطائرة الكبيرة أجلوا جميعا عبر مزالق الطوارئ.",
    "لقي ثلاثة أشخاص حتفهم في تصادم طائرتين على مدرج مطار أوساكا الدولي في اليابان، بحسب وزارة النقل "
    "اليابانية، وكانت إحداهما متجهة بالمؤن إلى المناطق التي ضربها الزلزال. واندلعت النيران في طائرة الشحن "
    "بعد الاصطدام، فيما نجا جميع ركاب الطائرة الأخرى.",
    "أعلنت وزارة النقل اليابانية مقتل ثلاثة من أفراد طاقم طائرة شحن في حادث اصطدام بمطار أوساكا. وأوضحت "
    "أن طائرة الركاب كانت تستعد للإقلاع عندما دخلت طائرة الشحن المدرج دون إذن من برج المراقبة، وأن "
    "التحقيق في أسباب الحادث بدأ على الفور.",
]
QUAKE = [
    "ضرب زلزال بقوة 7.1 درجات على مقياس ريختر شمال اليابان فجر الثلاثاء، ما أسفر عن مقتل 20 شخصا على "
    "الأقل وانهيار عشرات المنازل. وقالت السلطات اليابانية إن فرق الإنقاذ تبحث عن ناجين تحت الأنقاض.",
    "ارتفعت حصيلة ضحايا الزلزال الذي ضرب شمال اليابان إلى 20 قتيلا، وفق وزارة الداخلية اليابانية. وحذرت "
    "هيئة الأرصاد من هزات ارتدادية قوية خلال الأيام المقبلة، وطلبت من السكان الابتعاد عن المباني المتصدعة.",
    "ضربت أمواج تسونامي بارتفاع متر سواحل شمال اليابان بعد الهزة القوية التي وقعت فجر الثلاثاء، وأعلنت "
    "السلطات اليابانية مقتل 20 شخصا. وأمضى آلاف السكان ليلتهم في مراكز الإيواء بعد أن دمرت الأمواج "
    "قوارب الصيد في الموانئ.",
]
COLLISION = [t + _STATEMENT for t in COLLISION]
QUAKE = [t + _STATEMENT for t in QUAKE]


def _docs(prefix: str, texts: list[str]) -> list[Document]:
    return [Document(id=f"{prefix}-{k}", text=t, published="2026-03-03T10:00:00Z") for k, t in enumerate(texts)]


def _grouping(docs: list[Document], **overrides: object) -> list[set[str]]:
    return sorted((set(s.doc_ids) for s in group_documents(docs, **overrides)), key=min)


def _profile(*members: tuple[str, ...]) -> NameProfile:
    profile = NameProfile()
    for kinds in members:
        profile.absorb(NameProfile.of(frozenset(kinds)))
    return profile


def test_event_kinds_read_the_kind_of_event_an_opening_reports() -> None:
    assert event_kinds(None, QUAKE[0]) == {"quake"}
    assert event_kinds(None, QUAKE[2]) == {"quake"}  # a tsunami and a tremor are the quake's kind
    assert event_kinds(None, COLLISION[2]) == {"crash"}
    assert event_kinds(None, COLLISION[0]) == {"crash", "quake"}  # the quake named in passing
    assert event_kinds("فيضانات وسيول جارفة بعد العاصفة", "") == {"storm"}  # a storm and its floods
    assert event_kinds(None, "وبالزلزال المدمر") == {"quake"}  # proclitics come off
    assert event_kinds(None, "التقى وزير الخارجية نظيره في سيول.") == frozenset()  # Seoul, not torrents
    assert event_kinds(None, "قال في مؤتمر صحفي على مدار الساعة.") == frozenset()
    # Kinds are read from the opening only, as names are.
    assert event_kinds(None, "اجتمع الوزراء أمس. " * 30 + "ضرب زلزال البلاد.") == frozenset()


def test_kind_profiles_vote_as_names_do() -> None:
    crash, quake = _profile(*[("crash",)] * 3), _profile(*[("quake",)] * 3)
    assert crash.conflicts(quake) and quake.conflicts(crash)
    # Two of three collision reports name the quake in passing: it is central to them, yet no quake
    # report names the collision, the kind they give most (by three), so they are two events.
    passing = _profile(("crash", "quake"), ("crash", "quake"), ("crash",))
    assert passing.shared(quake) == {"quake"} and passing.conflicts(quake)
    # A story whose reports each name two kinds (a fire after a collision) is one with either.
    both = _profile(*[("crash", "fire")] * 3)
    assert not both.conflicts(_profile(("fire",))) and not both.conflicts(_profile(("crash",)))
    # Articles that name no kind never vote.
    assert not crash.conflicts(_profile(())) and not crash.conflicts(NameProfile())


def test_a_collision_and_a_quake_of_one_day_in_one_country_stay_apart() -> None:
    docs = _docs("c", COLLISION) + _docs("q", QUAKE)
    assert all(event_names(None, t) & event_names(None, QUAKE[0]) for t in COLLISION)  # both name Japan
    assert _grouping(docs, names_link=1.0) == [{"c-0", "c-1", "c-2"}, {"q-0", "q-1", "q-2"}]
    # The names alone make them one story: what the kinds add is what keeps them apart.
    assert len(_grouping(docs, names_link=1.0, event_kinds=False)) < 2
    # The veto yields to a strong word similarity, as the names' does.
    assert len(_grouping(docs, names_link=0.1)) < 2


def test_the_desk_keeps_a_collision_and_a_quake_apart_too(tmp_path: Path) -> None:
    docs = [d for pair in zip(_docs("c", COLLISION), _docs("q", QUAKE), strict=True) for d in pair]

    assert desk_stories(tmp_path, docs, names_link=1.0) == {
        frozenset({"c-0", "c-1", "c-2"}),
        frozenset({"q-0", "q-1", "q-2"}),
    }
    assert len(desk_stories(tmp_path, docs, names_link=1.0, event_kinds=False)) < 2
