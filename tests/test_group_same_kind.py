"""Same-kind days (helper group24): two events of one kind on one day stay two stories, one event
told with a city by some outlets and with its country by others stays one.

All texts are written for these tests (invented events, our own words): two floods in two
countries, two central banks raising their rates on one day, one flood told by city and by country.
Each event's outlets add a sentence the other event's outlets write too (a stock phrase of the
kind), so that words alone join the two events (asserted); the names keep them apart. The feeds are
short, so their word links run above ``names_link`` (the yield to close words): the two-event tests
ask the names alone (``names_link=1.0``), as test_group_events.py's tsunami test does.
"""

from __future__ import annotations

from pathlib import Path

from khulasa.stories.events import NameProfile, event_names
from khulasa.stories.group import group_documents
from khulasa.text.normalize import normalize
from khulasa.types import Document

from .conftest import desk_stories

FLOOD_VN = [
    "لقي 35 شخصا حتفهم جراء فيضانات اجتاحت شمال فيتنام بعد أمطار غزيرة حملتها العاصفة الاستوائية، "
    "وفق ما أعلنت السلطات الفيتنامية اليوم الأحد. وغمرت المياه آلاف المنازل في مقاطعة كوانغ نينه.",
    "قالت الحكومة في هانوي إن حصيلة السيول في فيتنام بلغت 35 قتيلا و20 مفقودا، وإن الأنهار فاضت على "
    "ضفافها وقطعت الطرق والجسور. وأجلي أكثر من عشرة آلاف من سكان القرى الشمالية إلى المدارس.",
    "تعمل فرق الإنقاذ بالقوارب في مدينة هايفونغ الساحلية بعد أن أغرقت الفيضانات أحياء كاملة، وارتفع "
    "عدد الضحايا في فيتنام إلى 35. وحذرت الأرصاد من أمطار إضافية خلال اليومين المقبلين.",
]
FLOOD_PH = [
    "أعلن الدفاع المدني في الفلبين مقتل 28 شخصا في فيضانات وسيول ضربت جزيرة لوزون، فيما لا يزال 15 "
    "في عداد المفقودين. وانقطعت الكهرباء عن نصف مليون منزل.",
    "غرقت شوارع العاصمة مانيلا تحت مياه الأمطار الموسمية التي زادتها العاصفة قوة، وقالت السلطات "
    "الفلبينية إن الحصيلة ارتفعت إلى 28 قتيلا. وأغلقت المدارس والمكاتب الحكومية.",
    "نزح أكثر من عشرين ألف فلبيني من بيوتهم بعد فيضانات عارمة في مانيلا والمقاطعات المحيطة بها، بحسب "
    "مكتب إدارة الكوارث، الذي أحصى 28 وفاة حتى مساء الأحد.",
]
BANK_EG = [
    "قرر البنك المركزي المصري رفع سعر الفائدة بواقع 200 نقطة أساس في اجتماع لجنة السياسة النقدية "
    "اليوم الخميس، لمواجهة التضخم الذي بلغ مستويات قياسية.",
    "رفعت مصر أسعار الفائدة الرئيسية 200 نقطة أساس لتصل إلى 27.25 بالمئة على الإيداع، في خطوة قال "
    "البنك المركزي في القاهرة إنها ضرورية لكبح التضخم.",
    "توقع محللون في القاهرة أن يواصل البنك المركزي المصري تشديد سياسته النقدية بعد زيادة الفائدة 200 "
    "نقطة أساس، فيما يظل التضخم السنوي في مصر بعيدا عن المستهدف.",
]
BANK_EU = [
    "رفع البنك المركزي الأوروبي سعر الفائدة على الودائع 25 نقطة أساس إلى 4 بالمئة، في زيادة هي "
    "العاشرة على التوالي لكبح التضخم في منطقة اليورو.",
    "قالت رئيسة البنك المركزي الأوروبي في مؤتمر صحفي إن التضخم لا يزال مرتفعا أكثر مما "
    "ينبغي، بعد أن قرر المجلس زيادة الفائدة ربع نقطة مئوية.",
    "صعد اليورو أمام الدولار بعد أن رفع المركزي الأوروبي أسعار الفائدة 25 نقطة أساس، بينما أشار "
    "صانعو السياسة في منطقة اليورو إلى أن الزيادة قد تكون الأخيرة.",
]
# One flood, told with a city by some outlets and with the country by others.
FLOOD_CITY = [
    "غمرت السيول أحياء مدينة هايفونغ بعد أمطار غزيرة استمرت يومين، وقالت السلطات المحلية إن 12 شخصا "
    "قتلوا وإن المياه بلغت مترين في بعض الشوارع.",
    "ارتفعت حصيلة الفيضانات في هايفونغ إلى 12 قتيلا، ونقلت فرق الإنقاذ مئات السكان بالقوارب من "
    "الأحياء المنخفضة قرب الميناء.",
    "قتل 12 شخصا في فيتنام جراء فيضانات ضربت الشمال بعد أمطار غزيرة استمرت يومين، وفق ما أعلنت "
    "الحكومة، التي أرسلت قوارب الإنقاذ إلى الأحياء المنخفضة.",
    "أعلنت فيتنام مقتل 12 شخصا في الفيضانات التي أغرقت أحياء قرب الميناء في الشمال، حيث بلغت المياه "
    "مترين في بعض الشوارع.",
]
_SEASON = " وتقول منظمات الإغاثة إن تغير المناخ يزيد من حدة الأمطار الموسمية."
_RATES = " وتواصل البنوك المركزية حول العالم رفع أسعار الفائدة لمواجهة موجة التضخم."
_PORT = " وقال مسؤول في الدفاع المدني إن فرق الإنقاذ انتشلت جثة طفل من قناة قرب الميناء، وإن عشرات المنازل انهارت."
FLOOD_VN = [t + _SEASON for t in FLOOD_VN]
FLOOD_PH = [t + _SEASON for t in FLOOD_PH]
BANK_EG = [t + _RATES for t in BANK_EG]
BANK_EU = [t + _RATES for t in BANK_EU]
FLOOD_CITY = [t + _PORT for t in FLOOD_CITY]


def _docs(prefix: str, texts: list[str]) -> list[Document]:
    return [Document(id=f"{prefix}-{k}", text=t, published="2026-12-05T09:00:00Z") for k, t in enumerate(texts)]


def _grouping(docs: list[Document], **overrides: object) -> list[set[str]]:
    return sorted((set(s.doc_ids) for s in group_documents(docs, **overrides)), key=min)


def _names(*names: str) -> set[str]:
    return {normalize(n) for n in names}


A, B = {"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}


def test_two_floods_of_two_countries_on_one_day_stay_apart() -> None:
    docs = _docs("a", FLOOD_VN) + _docs("b", FLOOD_PH)
    assert all(_names("فيتنام") <= event_names(None, t) for t in FLOOD_VN)
    assert all(_names("الفلبين") <= event_names(None, t) for t in FLOOD_PH)
    assert _grouping(docs, names_link=1.0) == [A, B]
    assert len(_grouping(docs, event_names=False, event_kinds=False)) < 2


def test_torrents_in_a_storm_s_report_are_not_seoul() -> None:
    # "فيضانات وسيول": torrents, in an opening that names a storm's kind (the homonym row) ...
    assert event_names(None, FLOOD_PH[0]) == _names("الفلبين", "لوزون")
    # ... and Seoul where no storm is told.
    assert _names("سيول", "كوريا الجنوبية") <= event_names(None, "وقع انفجار قوي في سيول صباح اليوم.")


def test_two_central_banks_decisions_on_one_day_stay_apart(tmp_path: Path) -> None:
    """The European bank's reports name Europe ("الأوروبي", "منطقة اليورو"): before they named
    nothing, and a group that names nothing is never vetoed: the Egyptian bank's took them in."""
    assert all(_names("مصر") <= event_names(None, t) for t in BANK_EG)
    assert all(_names("أوروبا") <= event_names(None, t) for t in BANK_EU)
    docs = _docs("a", BANK_EG) + _docs("b", BANK_EU)
    assert _grouping(docs, names_link=1.0) == [A, B]
    assert len(_grouping(docs, event_names=False, event_kinds=False)) < 2
    turns = [d for pair in zip(docs[:3], docs[3:], strict=True) for d in pair]
    assert desk_stories(tmp_path, turns, names_link=1.0) == {frozenset(A), frozenset(B)}


def test_one_flood_told_by_city_and_by_country_stays_one_story() -> None:
    """Hai Phong (an ``in`` city of Vietnam) stands for its country: outlets that name only the
    city and outlets that name only the country tell one event."""
    assert event_names(None, FLOOD_CITY[1]) == _names("هايفونغ", "فيتنام")
    assert event_names(None, FLOOD_CITY[3]) == _names("فيتنام")
    docs = _docs("c", FLOOD_CITY)
    every = {d.id for d in docs}
    assert _grouping(docs) == [every]
    assert _grouping(docs, names_link=1.0) == [every]


def test_an_agency_s_a_union_s_and_a_league_s_country_is_no_event_name() -> None:
    quake = "ضرب زلزال بقوة 6.3 درجات غرب أفغانستان، وقالت هيئة المسح الجيولوجي الأمريكية إن مركزه قرب هرات."
    assert event_names(None, quake) == _names("أفغانستان", "هرات")
    short = "ضرب زلزال بقوة 6.3 درجات شمال نيبال، حسبما أعلنت الهيئة الأمريكية للمسح الجيولوجي."
    assert event_names(None, short) == _names("نيبال")
    league = "فاز فريق بيتيس على ضيفه 2-1 في الدوري الإسباني مساء السبت."
    assert _names("إسبانيا").isdisjoint(event_names(None, league))
    cup = "توج فريق أرسنال بكأس الاتحاد الإنجليزي بعد فوزه في النهائي الذي أقيم في مانشستر."
    assert _names("بريطانيا", "مانشستر") <= event_names(None, cup)  # Manchester stands for Britain
    union = "وصل وزير الخارجية إلى القاهرة في زيارة يبحث فيها عرضا قدمه الاتحاد الأوروبي."
    assert _names("أوروبا").isdisjoint(event_names(None, union))


def test_two_crashes_in_two_cities_of_one_country_are_told_apart_by_the_cities() -> None:
    one = event_names(None, "تحطمت طائرة ركاب لدى هبوطها في مطار بوخارا غرب نيبال صباح الأحد.")
    two = event_names(None, "تحطمت طائرة ركاب لدى هبوطها في مطار كاتماندو صباح الأحد.")
    assert _names("بوخارا", "نيبال") <= one
    assert _names("كاتماندو", "نيبال") <= two


def _profile(*members: list[str]) -> NameProfile:
    profile = NameProfile()
    for names in members:
        profile.absorb(NameProfile.of(frozenset(normalize(n) if n[0] not in "~%" else n for n in names)))
    return profile


def test_where_a_match_was_played_is_no_side_of_it() -> None:
    """Two cup finals of one host city, as a busy day's pool of two finals at one stadium gave them:
    one final's outlets name the city only as where it was played, the other's name its two
    clubs' city (both clubs bear it) and a few the stadium's city; a report of the first names the
    second's city in passing (a record it equals). Rule (e) read the host city as a side of the
    first: each group's side was then given by the other, and the two finals were one story."""
    london, manchester, britain = normalize("لندن"), normalize("مانشستر"), normalize("بريطانيا")
    played = [f"%{london}", britain, london]
    first = _profile(["~فيلا"], ["~فيلا", *played], ["~فيلا", *played, manchester], played)
    second = _profile(
        *[["~" + manchester, manchester, britain]] * 4, [manchester, britain, *played], [manchester, *played]
    )
    assert event_names(None, "فاز الفريق بالكأس على ملعب ويمبلي في العاصمة لندن.") >= {f"%{london}", london}
    assert first.other_sides(second) and second.other_sides(first)

    def unplayed(profile: NameProfile) -> NameProfile:
        return NameProfile(profile.counts, profile.named, sides=profile.sides, side_named=profile.side_named)

    assert not unplayed(first).other_sides(unplayed(second))  # as it read before
    # A team's own country stays its side though its capital is where it played.
    home = event_names(None, "فاز منتخب مصر على غانا بهدفين مقابل هدف على ملعب استاد القاهرة الدولي.")
    assert normalize("مصر") in home and f"%{normalize('مصر')}" not in home
