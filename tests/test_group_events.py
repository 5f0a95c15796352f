"""Grouping on a busy day: same-kind events stay apart, one event told over hours stays one story.

All texts are written for these tests: short reports of invented events in our own words, each
told by three "outlets" that share the kind's vocabulary (a final, goals, a quake's toll) with the
other event of its kind, each outlet in its own sentences.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from khulasa.config import GroupSettings
from khulasa.stories import events, group
from khulasa.stories.events import FIRM_MARK, NameProfile, event_names, firm_key
from khulasa.stories.group import group_documents
from khulasa.text.normalize import normalize
from khulasa.types import Document

from .conftest import desk_stories

MATCH_A = [
    "فاز منتخب مصر على منتخب غانا بهدفين مقابل هدف في المباراة النهائية لبطولة الكأس مساء الجمعة على "
    "ملعب القاهرة الدولي. وسجل المهاجم المصري هدف الفوز في الدقيقة الثامنة والثمانين من الشوط الثاني. "
    "واحتفل آلاف المشجعين في المدرجات بعد صافرة النهاية، فيما قال مدرب غانا إن فريقه قدم أداء جيدا.",
    "توج منتخب مصر بلقب البطولة بعد فوزه على غانا بهدفين لهدف في النهائي الذي أقيم في القاهرة. وتقدم "
    "المنتخب المصري في الشوط الأول، وعادل منتخب غانا النتيجة قبل أن يحسم المصريون اللقب في الدقائق "
    "الأخيرة من المباراة. وقال مدرب مصر إن لاعبيه استحقوا الكأس.",
    "حسم المنتخب المصري المباراة النهائية أمام غانا بنتيجة هدفين مقابل هدف على ملعب القاهرة. وجاء هدف "
    "الفوز قبل نهاية الشوط الثاني بدقيقتين من ضربة رأسية. واحتفلت الجماهير المصرية باللقب في شوارع "
    "القاهرة، بينما أبدى مدرب غانا رضاه عن أداء لاعبيه.",
]
MATCH_B = [
    "أحرز منتخب اليابان كأس البطولة للمرة الرابعة في تاريخه إثر تغلبه على أستراليا بثلاثية مقابل هدف في "
    "النهائي الذي احتضنه ملعب طوكيو مساء الجمعة. وافتتح اليابانيون التسجيل من ركلة جزاء، ثم أضافوا "
    "هدفين في الشوط الثاني عن طريق مهاجمهم الشاب.",
    "في طوكيو، رفع لاعبو اليابان الكأس بعد ثلاثية في شباك أستراليا مقابل هدف واحد. وقال المدرب الياباني "
    "في المؤتمر الصحفي إن الفوز ثمرة عمل سنوات، وأشاد بالجماهير التي ملأت الملعب. أما مدرب أستراليا "
    "فاعترف بتفوق المنافس.",
    "انتهى نهائي البطولة بفوز اليابان على أستراليا 3-1 في طوكيو. وكانت أستراليا قد أدركت التعادل في "
    "الشوط الأول برأسية مدافعها، قبل أن ينهار دفاعها أمام ضغط اليابانيين في الدقائق الأخيرة.",
]
QUAKE_A = [
    "ضرب زلزال بقوة 6.8 درجات على مقياس ريختر إقليم الحوز جنوب المغرب ليل الجمعة، ما أسفر عن سقوط "
    "مئات القتلى والجرحى وانهيار مبان في القرى الجبلية. وقالت وزارة الداخلية المغربية إن فرق الإنقاذ "
    "تواصل البحث عن ناجين تحت الأنقاض.",
    "ارتفعت حصيلة ضحايا الزلزال الذي ضرب المغرب إلى أكثر من ألفي قتيل، وفق أحدث أرقام السلطات. وتضررت "
    "قرى إقليم الحوز بشدة، وتعمل فرق الإنقاذ على انتشال العالقين تحت أنقاض المنازل المنهارة.",
    "شعر سكان مراكش بهزة أرضية عنيفة بلغت قوتها 6.8 درجات، وأعلنت السلطات المغربية سقوط قتلى وجرحى في "
    "إقليم الحوز. وخرج السكان إلى الشوارع خوفا من هزات ارتدادية، فيما تواصل فرق الإنقاذ عملها.",
]
QUAKE_B = [
    "لقي مئات الأشخاص حتفهم في ولاية هرات الأفغانية بعد زلزال بلغت قوته 6.3 درجات صباح السبت، أعقبته "
    "عدة هزات ارتدادية. وأفاد الهلال الأحمر الأفغاني بأن قرى بأكملها سويت بالأرض.",
    "تجاوز عدد قتلى زلزال هرات ألف شخص، وقال متحدث باسم الحكومة في أفغانستان إن المستشفيات تستقبل "
    "الجرحى بأعداد كبيرة. ويحفر السكان بأيديهم بحثا عن ذويهم تحت ركام البيوت الطينية.",
    "دعت الأمم المتحدة إلى مساعدة عاجلة لمنكوبي زلزال أفغانستان، بعدما دمر الزلزال الذي ضرب هرات أكثر "
    "من ألفي منزل. وتقدر منظمات الإغاثة أن آلاف العائلات باتت بلا مأوى مع اقتراب الشتاء.",
]
# One quake told over a day: the toll rises from dozens to thousands, the words change.
HOURS = [
    ("2026-03-02T01:00:00Z", QUAKE_A[0]),
    (
        "2026-03-02T05:00:00Z",
        "أعلنت السلطات المغربية أن عدد قتلى زلزال الحوز بلغ 296 قتيلا و153 جريحا، في حصيلة أولية. وتسبب "
        "الزلزال في انهيار منازل في قرى الأطلس الكبير، وتواصل فرق الإنقاذ البحث تحت الأنقاض.",
    ),
    (
        "2026-03-02T12:00:00Z",
        "ارتفع عدد ضحايا زلزال المغرب إلى 820 قتيلا و672 جريحا، بحسب وزارة الداخلية المغربية. وتركزت "
        "الخسائر في إقليم الحوز، حيث تعمل فرق الإنقاذ على الوصول إلى القرى المعزولة.",
    ),
    ("2026-03-02T20:00:00Z", QUAKE_A[1]),
]

# One tsunami told as aid pledged by three countries and as a toll in a fourth: each outlet leads
# with its own country, and no name is given by all.
TSUNAMI = [
    # A roundup of pledges, then one outlet per donor, then the toll: one story, no name all share.
    "تعهدت الولايات المتحدة واليابان وكندا بمئات الملايين من الدولارات لإغاثة ضحايا أمواج التسونامي. "
    "وقالت وكالات الإغاثة إن المساعدات الموعودة تضاعفت خلال يومين. "
    "وضربت الأمواج العاتية سواحل المحيط الهندي بعد زلزال قوي تحت سطح البحر، وخلفت عشرات الآلاف من القتلى.",
    "أعلن الرئيس الأمريكي أن الولايات المتحدة سترفع مساعداتها لضحايا أمواج التسونامي إلى 350 مليون دولار. "
    "وقال إن سفنا أمريكية تحمل المياه والأدوية في طريقها إلى المناطق المنكوبة. "
    "وكانت أمواج التسونامي قد ضربت سواحل المحيط الهندي بعد زلزال قوي، "
    "وتقول وكالات الإغاثة إن عدد القتلى تجاوز 150 ألفا.",
    "تعهدت اليابان بتقديم 500 مليون دولار لضحايا أمواج التسونامي، في أكبر تعهد حتى الآن. "
    "وقال رئيس الوزراء الياباني إن بلاده سترسل فرقا طبية وطائرات لنقل المساعدات. "
    "وتضاعفت المساعدات الموعودة لضحايا الأمواج التي ضربت سواحل المحيط الهندي، "
    "وفق وكالات الإغاثة، والقتلى تجاوزوا 150 ألفا.",
    "قالت الحكومة الكندية إن كندا ستضاعف مساعداتها لضحايا أمواج التسونامي وتطابق تبرعات مواطنيها. "
    "وجمعت المنظمات الخيرية في المدن الكندية ملايين الدولارات خلال أيام. "
    "وضربت أمواج التسونامي سواحل المحيط الهندي بعد زلزال قوي، وتقول وكالات الإغاثة إن عدد القتلى تجاوز 150 ألفا.",
    "ارتفع عدد قتلى أمواج التسونامي في إندونيسيا إلى أكثر من مئة ألف، بحسب السلطات الإندونيسية. "
    "وتصل طائرات المساعدات من دول عدة إلى المناطق المنكوبة، فيما تحذر وكالات الإغاثة من الأوبئة. "
    "وكانت الأمواج قد ضربت سواحل المحيط الهندي بعد زلزال قوي تحت سطح البحر، والقتلى تجاوزوا 150 ألفا.",
]

# The facts an agency sends and every outlet of an event repeats (in the kind's own words).
_WIRE = {
    "a-match": " وأقيمت المباراة أمام 75 ألف متفرج على ملعب القاهرة الدولي بحضور رئيس الاتحاد المصري لكرة القدم.",
    "b-match": " وأقيمت المباراة أمام 60 ألف متفرج على ملعب طوكيو الأولمبي بحضور رئيس الاتحاد الياباني لكرة القدم.",
    "a-quake": " وقالت هيئة المسح الجيولوجي الأمريكية إن مركز الزلزال كان على عمق 8 كيلومترات جنوب غرب مراكش.",
    "b-quake": " وقالت هيئة المسح الجيولوجي الأمريكية إن مركز الزلزال كان على عمق 14 كيلومترا شمال غرب هرات.",
}
MATCH_A = [t + _WIRE["a-match"] for t in MATCH_A]
MATCH_B = [t + _WIRE["b-match"] for t in MATCH_B]
QUAKE_A = [t + _WIRE["a-quake"] for t in QUAKE_A]
QUAKE_B = [t + _WIRE["b-quake"] for t in QUAKE_B]
HOURS = [(when, t if t.endswith(_WIRE["a-quake"]) else t + _WIRE["a-quake"]) for when, t in HOURS]


def _docs(prefix: str, texts: list[str]) -> list[Document]:
    return [Document(id=f"{prefix}-{k}", text=t, published="2026-03-02T18:00:00Z") for k, t in enumerate(texts)]


def _grouping(docs: list[Document], **overrides: object) -> list[set[str]]:
    return sorted((set(s.doc_ids) for s in group_documents(docs, **overrides)), key=min)


def _names(*names: str) -> set[str]:
    return {normalize(n) for n in names}


def test_event_names_read_places_adjectives_and_teams() -> None:
    assert _names("مصر", "غانا", "القاهرة") <= event_names(None, MATCH_A[0])
    assert _names("المغرب", "الحوز") <= event_names(None, QUAKE_A[0])  # "المغربية" stands for Morocco
    assert _names("تركيا") <= event_names("زلزال عنيف يضرب إسطنبول", "")  # a city stands for its country
    assert _names("الهلال") <= event_names(None, "فاز نادي الهلال في المباراة.")


def test_name_profiles_conflict_when_central_names_differ() -> None:
    turkey, syria, both = (NameProfile.of(frozenset(_names(*n))) for n in (["تركيا"], ["سوريا"], ["تركيا", "سوريا"]))
    assert turkey.conflicts(syria)
    assert not both.conflicts(syria) and not turkey.conflicts(NameProfile.of(frozenset()))
    both.absorb(NameProfile.of(frozenset(_names("سوريا", "حلب"))))
    assert _names("تركيا", "سوريا") <= both.core() and not both.conflicts(syria)
    # Reports of a quake in Taiwan that warn Japan share "Japan" with reports of a quake in Japan,
    # but none of the latter names Taiwan, the name the former give most: two events (on words
    # alone; a strong similarity still joins, see GroupSettings.names_link).
    taiwan = NameProfile.of(frozenset(_names("تايوان")))
    for _ in range(3):
        taiwan.absorb(NameProfile.of(frozenset(_names("تايوان", "اليابان"))))
    japan = NameProfile.of(frozenset(_names("اليابان")))
    assert taiwan.shared(japan) == _names("اليابان") and taiwan.top() == _names("تايوان")
    assert taiwan.conflicts(japan) and japan.conflicts(taiwan)
    # ... given by three members or more: two articles naming "آسيا" most are no place-centred event.
    asia = NameProfile.of(frozenset(_names("آسيا", "المحيط الهندي")))
    asia.absorb(NameProfile.of(frozenset(_names("آسيا", "إندونيسيا"))))
    ocean = NameProfile.of(frozenset(_names("المحيط الهندي")))
    assert not asia.conflicts(ocean) and not ocean.conflicts(asia)
    asia.absorb(NameProfile.of(frozenset(_names("آسيا"))))
    assert asia.conflicts(ocean)


def test_a_group_whose_members_disagree_on_names_is_not_vetoed() -> None:
    # Aid pledged by the United States, Japan and Canada: the group's own members lead with
    # different countries, so its names are the outlets', not the event's.
    pledges = NameProfile.of(frozenset(_names("الولايات المتحدة")))
    for names in (["اليابان"], ["الولايات المتحدة", "كندا"]):
        pledges.absorb(NameProfile.of(frozenset(_names(*names))))
    toll = NameProfile.of(frozenset(_names("إندونيسيا")))
    assert not pledges.agrees() and not pledges.conflicts(toll) and not toll.conflicts(pledges)
    # Three of four members agree: the group speaks for its name again.
    pledges.absorb(NameProfile.of(frozenset(_names("الولايات المتحدة"))))
    assert pledges.agrees() and pledges.conflicts(toll)


def test_the_indian_ocean_is_not_india() -> None:
    names = event_names(None, "ضربت أمواج التسونامي سواحل المحيط الهندي.")
    assert _names("المحيط الهندي") <= names and not _names("الهند") & names


def test_a_cup_s_place_is_no_place_of_the_match() -> None:
    # Two semi-finals of one cup both name it: "أفريقيا" in "كأس أمم أفريقيا" is the competition's.
    names = event_names(None, "تأهل المنتخب الإيفواري إلى نهائي كأس أمم أفريقيا بعد فوزه على الكونغو الديمقراطية.")
    assert normalize("كوت ديفوار") in names
    assert normalize("أفريقيا") not in names
    # The same place named as such still counts.
    assert normalize("أفريقيا") in event_names(None, "ضربت موجة جفاف شرق أفريقيا هذا الأسبوع.")


def test_one_tsunami_told_from_several_countries_stays_one_story() -> None:
    docs = _docs("t", TSUNAMI)
    assert len({frozenset(event_names(None, t)) for t in TSUNAMI}) == len(TSUNAMI)  # no two lead alike
    # On names alone (names_link out of reach): one story, where every pair of countries vetoed
    # before disagreeing groups stopped voting (4 stories).
    assert _grouping(docs, names_link=1.0) == [{d.id for d in docs}]
    assert _grouping(docs) == [{d.id for d in docs}]
    # ... while the two quakes in two countries stay apart on names alone too.
    quakes = _docs("a", QUAKE_A) + _docs("b", QUAKE_B)
    assert _grouping(quakes, names_link=1.0) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]


def test_two_matches_of_one_day_stay_apart() -> None:
    docs = _docs("a", MATCH_A) + _docs("b", MATCH_B)
    assert _grouping(docs) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    # Words alone make them one story: what the names add is what keeps them apart.
    assert len(_grouping(docs, event_names=False)) < 2


def test_two_quakes_in_different_countries_stay_apart() -> None:
    docs = _docs("a", QUAKE_A) + _docs("b", QUAKE_B)
    assert _grouping(docs) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    assert len(_grouping(docs, event_names=False)) < 2


def test_one_event_with_rising_figures_over_hours_stays_one_story() -> None:
    docs = [Document(id=f"h-{k}", text=t, published=when) for k, (when, t) in enumerate(HOURS)]
    docs += _docs("b", QUAKE_B)
    assert _grouping(docs, time_window_days=2.0) == [{"b-0", "b-1", "b-2"}, {d.id for d in docs[:4]}]


def test_group_json_says_why_articles_joined() -> None:
    stories = group_documents(_docs("a", QUAKE_A) + _docs("b", QUAKE_B))
    record = stories[0].to_dict()
    assert len(record["joins"]) == record["size"] - 1
    join = record["joins"][0]
    assert join["kind"] == "content" and join["similarity"] > 0
    assert set(join["articles"]) <= set(record["doc_ids"])
    assert _names("المغرب") <= set(join["shared_names"]) or _names("أفغانستان") <= set(join["shared_names"])


def test_the_desk_keeps_same_kind_events_apart_too(tmp_path: Path) -> None:
    docs = [d for pair in zip(_docs("a", QUAKE_A), _docs("b", QUAKE_B), strict=True) for d in pair]

    assert desk_stories(tmp_path, docs) == {frozenset({"a-0", "a-1", "a-2"}), frozenset({"b-0", "b-1", "b-2"})}
    assert len(desk_stories(tmp_path, docs, event_names=False)) < 2


# Two launches of one day in one country, from two sites: each outlet's own sentences, a statement
# each event's outlets repeat, and the air-traffic notice both days' reports carry.
LAUNCH_A = [
    "انطلق صاروخ فضائي عملاق من قاعدة كيب كانافيرال في فلوريدا فجر الخميس في أول رحلة تجريبية له، وحمل إلى "
    "المدار قمرا صناعيا نموذجيا. وقالت الشركة الأمريكية المصنعة إن المرحلة الأولى انفصلت كما كان مقررا.",
    "أطلقت شركة فضاء أمريكية صاروخها الجديد من فلوريدا صباح الخميس، ونجح الصاروخ في بلوغ المدار من المحاولة "
    "الأولى بعد تأجيل دام يومين. ولم تنجح الشركة في استعادة المعزز الذي سقط في المحيط.",
    "بلغ الصاروخ الجديد المدار في رحلته الأولى بعد إقلاعه من فلوريدا الخميس، في خطوة تدخل بها الشركة "
    "الأمريكية سباق إطلاق الأقمار الصناعية. وقال مسؤولو الإطلاق إن المحركات السبعة عملت بلا خلل.",
]
LAUNCH_B = [
    "انفجرت مركبة فضائية غير مأهولة بعد دقائق من إطلاقها من قاعدة في ولاية تكساس الخميس، في الرحلة "
    "التجريبية السابعة للصاروخ العملاق. وعاد المعزز إلى منصة الإطلاق بنجاح قبل أن تفقد المركبة.",
    "فقدت شركة فضاء أمريكية الاتصال بمركبتها بعد إقلاعها من تكساس الخميس، وتناثر حطامها فوق البحر وأجبر "
    "طائرات تجارية على تغيير مساراتها. ونجح المعزز في العودة إلى برج الإطلاق.",
    "انتهت الرحلة التجريبية السابعة للصاروخ العملاق بانفجار المرحلة العليا بعد الإقلاع من جنوب تكساس، رغم "
    "نجاح التقاط المعزز عند منصة الإطلاق. وقالت الشركة الأمريكية إنها ستحلل البيانات لمعرفة السبب.",
]
_NOTICE = " وأغلقت إدارة الطيران الفيدرالية الأمريكية المجال الجوي فوق موقع الإطلاق لساعات."
LAUNCH_A = [
    t + " وقالت الشركة في بيان إن الصاروخ الذي يبلغ طوله 98 مترا حمل قمرا تجريبيا إلى مدار على ارتفاع 19 ألف"
    " كيلومتر." + _NOTICE
    for t in LAUNCH_A
]
LAUNCH_B = [
    t + " وقالت الشركة في بيان إن المركبة التي يبلغ طولها 123 مترا انفجرت على ارتفاع 146 كيلومترا بعد 8 دقائق"
    " من الإقلاع." + _NOTICE
    for t in LAUNCH_B
]


def _profile(*members: list[str]) -> NameProfile:
    profile = NameProfile()
    for names in members:
        profile.absorb(NameProfile.of(frozenset(_names(*names))))
    return profile


def test_sharing_only_a_country_is_not_sharing_an_event() -> None:
    florida = _profile(*[["الولايات المتحدة", "فلوريدا"]] * 3)
    texas = _profile(*[["الولايات المتحدة", "تكساس"]] * 3)
    # Rules (a) and (b) are silent: both give "the United States" most, and share it.
    assert florida.shared(texas) == _names("الولايات المتحدة")
    assert _names("الولايات المتحدة") <= florida.top() and _names("الولايات المتحدة") <= texas.top()
    # Rule (c): nothing but the country in common, and a city central to each that the other never gives.
    assert florida.only_wide_shared(texas) and florida.conflicts(texas) and texas.conflicts(florida)
    # One member of the Texas group naming Florida in passing does not join them: Texas is never
    # given by the Florida group.
    texas.absorb(NameProfile.of(frozenset(_names("الولايات المتحدة", "تكساس", "فلوريدا"))))
    assert florida.conflicts(texas)


def test_a_city_speaks_only_when_central_to_both_sides_and_firmly_given() -> None:
    florida = _profile(*[["الولايات المتحدة", "فلوريدا"]] * 3)
    # A group that names the country alone has no city to set against Florida.
    assert not florida.conflicts(_profile(*[["الولايات المتحدة"]] * 3))
    # A city two members give is no event's place yet (TOP_SUPPORT): one quake told from the
    # epicentre by some outlets and from a nearby city by two others stays one story.
    epicentre = _profile(*[["تركيا", "كهرمان مرعش"]] * 4)
    nearby = _profile(*[["تركيا", "غازي عنتاب"]] * 2)
    assert not epicentre.conflicts(nearby) and not nearby.conflicts(epicentre)
    # Central cities in common: one event, whatever other city one side adds.
    both = _profile(*[["تركيا", "كهرمان مرعش", "هاتاي"]] * 3)
    assert not epicentre.conflicts(both) and not both.conflicts(epicentre)
    # A shared name narrower than a country (a city, a person) is an event's name: rule (c) is silent.
    riyadh = _profile(*[["السعودية", "الرياض", "سلمان"]] * 3)
    jeddah = _profile(*[["السعودية", "جدة", "سلمان"]] * 3)
    assert _names("سلمان") <= riyadh.shared(jeddah) and not riyadh.only_wide_shared(jeddah)


def test_a_city_is_ranked_among_cities_not_behind_the_countries_of_its_event() -> None:
    # A summit in Riyadh, and a peace between two other countries signed in Jeddah: each city is
    # given by five of six members, who give its country too; the signing's members also give the
    # two countries that signed, as often as the host or more. Ranked among all names, Jeddah was
    # never among the signing's two most given, and rule (c) had no city to set against Riyadh.
    summit = _profile(*[["السعودية", "الرياض"]] * 5, ["السعودية"])
    signing = _profile(*[["إريتريا", "إثيوبيا", "السعودية", "جدة"]] * 5, ["إريتريا", "إثيوبيا", "السعودية"])
    assert normalize("جدة") not in signing.core() and signing.shared(summit) == _names("السعودية")
    assert signing.only_wide_shared(summit) and signing.conflicts(summit) and summit.conflicts(signing)
    # Still given by three members or more, and half the naming ones: two of six are no event's place.
    passing = _profile(*[["إريتريا", "إثيوبيا", "السعودية", "جدة"]] * 2, *[["إريتريا", "إثيوبيا", "السعودية"]] * 4)
    assert not passing.only_wide_shared(summit) and not summit.conflicts(passing)
    # One event told from two cities of the host by two groups that share the city is not split.
    both = _profile(*[["إريتريا", "إثيوبيا", "السعودية", "جدة", "الرياض"]] * 4)
    assert not both.conflicts(signing) and not signing.conflicts(both)


def test_a_place_of_one_group_that_the_other_never_names_beside_the_country_both_give() -> None:
    # Rule (g). Explosions at a port city, every report naming the country and the city, against a
    # blast elsewhere in the same country whose reports name the country and a province of their
    # own but never the city: one country shared, tied with the city at the top (rule (b) silent),
    # no central city on the other side (rule (c) silent).
    port = _profile(*[["الصين", "تيانجين"]] * 6)
    plant = _profile(*[["الصين"]] * 4, *[["الصين", "جيانغسو"]] * 2)
    assert port.shared(plant) == _names("الصين")
    assert port.own_place(plant, port.shared(plant)) and port.conflicts(plant) and plant.conflicts(port)
    # A visit to a country, told with the visitor's country (ahead of it), against the visitor's
    # election at home: the host is the visit's one place beside the shared country.
    visit = _profile(*[["تركيا", "مصر", "القاهرة"]] * 6, ["تركيا", "مصر"], ["تركيا"])
    election = _profile(*[["تركيا"]] * 5, ["تركيا", "إسطنبول"], ["تركيا", "كليتشدار"])
    assert visit.conflicts(election) and election.conflicts(visit)
    # Not told apart: a group that names the country alone says nothing against the place ...
    assert not port.conflicts(_profile(*[["الصين"]] * 4))
    # ... nor a report or two that leave the place out ...
    assert not port.conflicts(_profile(["الصين", "بكين"], ["الصين"]))
    # ... nor a storm central to three countries against reports naming one of them.
    storm = _profile(*[["الفلبين", "فيتنام", "الصين"]] * 3)
    assert not storm.conflicts(_profile(*[["فيتنام", "هانوي"]] * 3))
    # One event whose other reports name the place too stays one.
    assert not port.conflicts(_profile(*[["الصين", "تيانجين", "بكين"]] * 3))


def test_a_dateline_is_where_the_outlet_writes_from_not_where_the_event_is() -> None:
    # An outlet of Cairo leads a launch report with its dateline and agency: no name of the event.
    text = "القاهرة - سبوتنيك. أطلقت وكالة الفضاء مسبارا جديدا من قاعدة في غويانا صباح السبت."
    assert not _names("القاهرة", "مصر") & event_names(None, text)
    assert not _names("جاكرتا") & event_names(None, "جاكرتا (وكالات) - أطلقت الوكالة مسبارها من فلوريدا.")
    # A place that is the sentence's subject is no dateline: still read.
    assert _names("القاهرة") <= event_names(None, "شهدت القاهرة أمس افتتاح القمة العربية بحضور القادة.")


def test_a_site_s_masthead_is_where_the_outlet_writes_from_not_where_the_event_is() -> None:
    # A site's name, a bar and its dateline on a line of their own, before every story it runs.
    text = "نبأ اليوم | دبي – الإمارات العربية المتحدة – (وكالات)\n\nفاز فريق النسور على ضيفه بهدفين في لندن."
    names = event_names(None, text)
    assert not _names("دبي", "الإمارات") & names
    assert _names("لندن") <= names
    # A title with a bar and no dateline after it is the story's own: still read.
    assert _names("القاهرة") <= event_names(None, "عاجل | قمة عربية في القاهرة اليوم\nافتتحت القمة أعمالها.")


def test_two_launches_of_one_country_from_two_sites_stay_apart(tmp_path: Path) -> None:
    docs = _docs("a", LAUNCH_A) + _docs("b", LAUNCH_B)
    assert all(_names("الولايات المتحدة", "فلوريدا") <= event_names(None, t) for t in LAUNCH_A)
    assert all(_names("الولايات المتحدة", "تكساس") <= event_names(None, t) for t in LAUNCH_B)
    assert _grouping(docs) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    # Words alone make them one story: the names keep them apart.
    assert len(_grouping(docs, event_names=False)) < 2
    mixed = [d for pair in zip(_docs("a", LAUNCH_A), _docs("b", LAUNCH_B), strict=True) for d in pair]
    assert desk_stories(tmp_path, mixed) == {frozenset({"a-0", "a-1", "a-2"}), frozenset({"b-0", "b-1", "b-2"})}


# Two shootings of one day in two cities of one country, far from its capital: each outlet's own
# sentences and the line on gun laws that every report of the day carries.
_GUNS = " وتتجدد مع كل حادث مطالبات المشرعين بتشديد القيود على بيع الأسلحة النارية."
SHOOTING_A = [
    "قتل مسلح أربعة أشخاص وأصاب سبعة آخرين في حديقة عامة بمدينة شيكاغو الأمريكية مساء السبت، قبل أن"
    " تعتقله الشرطة بعد مطاردة قصيرة.",
    "أعلنت شرطة شيكاغو أن رجلا فتح النار على المتنزهين في حديقة بالمدينة السبت فقتل أربعة منهم، وأن"
    " المصابين السبعة نقلوا إلى المستشفى.",
    "ارتفعت حصيلة إطلاق النار في حديقة بشيكاغو إلى أربعة قتلى، وقال رئيس بلدية المدينة إن المسلح يخضع للاستجواب.",
]
SHOOTING_B = [
    "لقي ثلاثة أشخاص حتفهم وأصيب خمسة في إطلاق نار داخل مركز تسوق في مدينة هيوستن بولاية تكساس السبت،"
    " وقتلت الشرطة المهاجم.",
    "قالت شرطة هيوستن إن مسلحا أطلق النار على المتسوقين داخل مركز تجاري السبت فقتل ثلاثة، قبل أن"
    " يرديه أحد أفراد الأمن.",
    "أغلقت السلطات مركز التسوق في هيوستن بعد إطلاق نار أودى بحياة ثلاثة أشخاص السبت، وفتحت تحقيقا في دوافع المهاجم.",
]


def test_two_shootings_in_two_cities_of_one_country_stay_apart() -> None:
    """Cities beyond the capitals stand for their country (the ``in`` rows): two events that share
    only the country are told apart by their cities, as rule (c) asks."""
    a_detail = " وقال قائد الشرطة إن المسلح البالغ من العمر 22 عاما استخدم بندقية نصف آلية اشتراها قبل أسبوع."
    b_detail = " وذكرت وسائل إعلام محلية أن المهاجم موظف سابق في إحدى شركات الحراسة فصل من عمله الشهر الماضي."
    docs = _docs("a", [t + a_detail + _GUNS for t in SHOOTING_A]) + _docs(
        "b", [t + b_detail + _GUNS for t in SHOOTING_B]
    )
    assert all(_names("الولايات المتحدة", "شيكاغو") <= event_names(None, t) for t in SHOOTING_A)
    assert all(_names("الولايات المتحدة", "هيوستن") <= event_names(None, t) for t in SHOOTING_B)
    assert _grouping(docs) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    assert len(_grouping(docs, event_names=False)) < 2


def test_a_city_written_two_ways_is_one_city_of_its_country() -> None:
    for one, other, country in (
        ("لاس فيغاس", "لاس فيجاس", "الولايات المتحدة"),
        ("كوبنهاغن", "كوبنهاجن", "الدنمارك"),
        ("جوهانسبرغ", "جوهانسبرج", "جنوب أفريقيا"),
    ):
        first = event_names(None, f"وقع انفجار قوي في {one} صباح اليوم.")
        second = event_names(None, f"وقع انفجار قوي في {other} صباح اليوم.")
        assert first == second == _names(country, one)


def test_no_city_stands_for_two_countries() -> None:
    from khulasa.resources import load_word_list

    rows = [line.split("|") for line in load_word_list("ar/event_names.txt") if line.startswith("in |")]
    cities = [normalize(c.strip()) for row in rows for c in row[2:]]
    assert len(cities) == len(set(cities)) > 300


# A paragraph that every report of one tournament's evening carries (an outlet's stock phrases).
_STOCK = (
    " وجاءت المواجهة في الدور نصف النهائي من البطولة القارية التي تستضيفها العاصمة، وسط أجواء حماسية ملأت"
    " المدرجات عن آخرها، وحضور جماهيري غفير تابع اللقاء حتى صافرة الحكم الأخيرة، على أن يلتقي الفائز في"
    " المشهد الختامي للمحفل القاري يوم الأحد المقبل."
)


def test_two_matches_with_different_teams_stay_apart_however_close_their_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = _docs("a", [t + _STOCK for t in MATCH_A]) + _docs("b", [t + _STOCK for t in MATCH_B])
    assert _grouping(docs) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    # Without the kinds, nothing says these are matches, and the names yield to the words (above
    # names_link): one story. (Since group25 the names hold below twice names_link where neither
    # group's reports name the other's places, rule (h), as here: set to yield as before.)
    monkeypatch.setattr(group, "STRANGERS_LINK_FACTOR", 1.0)
    joined = group_documents(docs, event_kinds=False)
    assert len(joined) == 1 and max(j.similarity for j in joined[0].joins if j.kind == "content") > 0.2


def test_other_kinds_still_yield_to_close_words() -> None:
    # Names read by cue words miss and misread: outside a match, a strong word similarity still joins.
    stock = (
        " وتواصل فرق الدفاع المدني عمليات البحث والإنقاذ على مدار الساعة وسط ظروف جوية صعبة، فيما أقامت السلطات"
        " مخيمات إيواء مؤقتة للعائلات التي فقدت منازلها، ودعت المنظمات الإنسانية إلى التبرع بالدم وتقديم"
        " المساعدات العاجلة للمتضررين في المناطق الجبلية النائية."
    )
    docs = _docs("a", [t + stock for t in QUAKE_A]) + _docs("b", [t + stock for t in QUAKE_B])
    stories = group_documents(docs)
    assert len(stories) == 1
    assert stories[0].joins[-1].similarity >= GroupSettings().names_link


# Two launches of one day from one state by two (invented) companies, each written three ways.
_AIRSPACE = " وأغلقت إدارة الطيران الفيدرالية الأمريكية المجال الجوي فوق موقع الإطلاق لساعات."
FIRM_A = [
    "أطلقت شركة نوفا سبيس صاروخها الجديد من قاعدة كيب كانافيرال في فلوريدا فجر الخميس، وحمل إلى المدار قمرا "
    "صناعيا للاتصالات. وقال مسؤولو الإطلاق إن المرحلة الأولى انفصلت كما كان مقررا.",
    "نجحت شركة “Nova Space” الأمريكية في وضع قمر للاتصالات في المدار بعد إقلاع صاروخها من فلوريدا صباح الخميس، "
    "في أول مهمة تجارية لها هذا العام.",
    "انطلق صاروخ تابع لشركة نوفا سبايس من فلوريدا الخميس حاملا قمرا صناعيا للاتصالات، وعاد المعزز ليهبط على "
    "سفينة في المحيط.",
]
FIRM_B = [
    "أطلقت شركة أوربيترون مركبة شحن غير مأهولة من فلوريدا مساء الخميس نحو محطة الفضاء الدولية، محملة بالمؤن "
    "والتجارب العلمية لرواد المحطة.",
    "انطلقت مركبة الشحن التابعة لشركة Orbitron من فلوريدا الخميس في رحلة تستغرق يومين إلى محطة الفضاء الدولية، "
    "وعلى متنها ثلاثة أطنان من الإمدادات.",
    "حملت شركة “أوربترون” الأمريكية أطنانا من الإمدادات إلى المدار بعد إقلاع مركبتها من فلوريدا الخميس، على أن "
    "تلتحم بمحطة الفضاء الدولية السبت.",
]
FIRM_A = [
    t + " وقالت الشركة في بيان إن الصاروخ الذي يبلغ طوله 70 مترا وضع القمر على ارتفاع 36 ألف كيلومتر بعد 33"
    " دقيقة من الإقلاع." + _AIRSPACE
    for t in FIRM_A
]
FIRM_B = [
    t
    + " وقالت الشركة في بيان إن المركبة التي تزن 12 طنا ستبقى ملتحمة بالمحطة 30 يوما قبل عودتها إلى الأرض."
    + _AIRSPACE
    for t in FIRM_B
]


def _firm_names(text: str) -> set[str]:
    return {n for n in event_names(None, text) if n.startswith(FIRM_MARK)}


def test_a_company_s_spellings_meet_and_two_companies_differ() -> None:
    keys = {firm_key(normalize(n).split()) for n in ("Nova Space", "نوفا سبيس", "نوفا سبايس")}
    assert len(keys) == 1
    assert firm_key(normalize("Orbitron").split()) == firm_key(normalize("أوربيترون").split()) != keys.pop()
    # Read after "شركة" (with a proclitic too), quoted, in Latin letters or as one or two name words.
    assert len({frozenset(_firm_names(t)) for t in FIRM_A}) == 1 and _firm_names(FIRM_A[0])
    assert all(_firm_names(FIRM_A[0]).isdisjoint(_firm_names(t)) for t in FIRM_B)
    # A company told by what it does is no name: "شركة النفط" gives nothing.
    assert not _firm_names("أعلنت شركة النفط الوطنية زيادة إنتاجها.")


def test_companies_tell_events_apart_but_never_join_them() -> None:
    a = _profile(*[["الولايات المتحدة", "فلوريدا", FIRM_MARK + "نفسبس"]] * 3)
    b = _profile(*[["الولايات المتحدة", "فلوريدا", FIRM_MARK + "ربترن"]] * 3)
    # Same country, same state: rules (a) to (c) are silent; the companies (rule d) are not.
    assert a.shared(b) == _names("الولايات المتحدة", "فلوريدا") and not a.only_wide_shared(b)
    assert a.other_firms(b) and a.conflicts(b) and b.conflicts(a)
    # A company is no central name: shared, it does not join two groups whose places differ.
    egypt = _profile(*[["مصر", FIRM_MARK + "نفسبس"]] * 3)
    assert FIRM_MARK + "نفسبس" not in egypt.core() and egypt.conflicts(a)
    # Named by two members only, a company does not speak.
    assert not a.conflicts(_profile(*[["الولايات المتحدة", "فلوريدا", FIRM_MARK + "ربترن"]] * 2))


def test_two_launches_from_one_state_by_two_companies_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _docs("a", FIRM_A) + _docs("b", FIRM_B)
    assert _grouping(docs) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    # Without the companies (no key long enough), their words and places make them one story.
    monkeypatch.setattr(events, "_FIRM_KEY", 99)
    assert len(_grouping(docs)) < 2


def test_only_disjoint_central_names_hold_against_close_words() -> None:
    # Rule (a) alone is what a sided kind keeps from yielding: two groups that share a central
    # name but differ by rule (b) (a Taiwan quake warning Japan) are not disjoint.
    egypt, japan = _profile(*[["مصر", "غانا"]] * 3), _profile(*[["اليابان", "أستراليا"]] * 3)
    assert egypt.disjoint(japan) and japan.disjoint(egypt)
    taiwan = _profile(["تايوان"], *[["تايوان", "اليابان"]] * 3)
    assert taiwan.conflicts(_profile(["اليابان"])) and not taiwan.disjoint(_profile(["اليابان"]))
    # ... and a group whose members disagree never votes.
    assert not egypt.disjoint(_profile(["اليابان"], ["أستراليا"], ["كندا"]))


def test_a_club_read_after_a_cue_and_places_alone_are_not_disjoint() -> None:
    # One final: one report reads the club after "فريق" (its city never written), the others name
    # only where it was played. Names of different sorts are not told apart by rule (a) ...
    club, venue = _profile(["النسور"]), _profile(*[["بريطانيا", "لندن"]] * 3)
    assert not club.disjoint(venue) and not venue.disjoint(club)
    # ... while two groups naming places, or two naming clubs, still are.
    assert venue.disjoint(_profile(*[["إسبانيا", "برشلونة"]] * 3))
    assert club.disjoint(_profile(["الصقور"], ["الصقور"]))
    # A group naming a club and a place compares with either.
    assert _profile(*[["النسور", "مدريد"]] * 2).disjoint(venue)


def test_event_names_skip_a_joiner() -> None:
    # "أبو" ties a kunya to its word ("أبو محمد الجولاني"): two stories of two men named "أبو ..."
    # share no name by it.
    assert event_names(None, "وقال القائد أبو محمد الجولاني، إن المرحلة صعبة.") == {"محمد"}


# Two finals of one Sunday won by one country: a football final (its team beats Portugal) and a
# tennis final (its player beats a Swiss one). Both name the winner's country most, and the words
# of a final, a title, a record and a Sunday; the sport is what their openings name apart.
_CHEER = " وهنأ العاهل المغربي البطل في برقية، مشيدا بالإنجاز الذي رفع اسم المغرب عاليا وأسعد ملايين المغاربة."
FOOTBALL = [
    "توج المنتخب المغربي بلقب كأس القارات لكرة القدم بعد فوزه على البرتغال 2-1 في المباراة النهائية مساء "
    "الأحد، بهدف قاتل سجله حمزة الإدريسي في الدقيقة 88 من ضربة رأسية.",
    "أحرز منتخب المغرب كأس القارات إثر تغلبه على منتخب البرتغال بهدفين مقابل هدف في النهائي الأحد، وجاء "
    "هدف الفوز عن طريق حمزة الإدريسي قبل دقيقتين من نهاية الوقت الأصلي.",
    "حسم هدف متأخر لحمزة الإدريسي نهائي كأس القارات لصالح المغرب على حساب البرتغال 2-1، بعدما تقدم "
    "البرتغاليون في الشوط الأول وعادل المغاربة النتيجة في الشوط الثاني.",
]
TENNIS = [
    "توج المغربي ياسين العلمي بلقب البطولة المفتوحة للتنس بعد فوزه على السويسري ماركو برونر 6-3 و6-4 و7-5 "
    "في المباراة النهائية مساء الأحد، ليحرز لقبه الكبير الرابع.",
    "أحرز اللاعب المغربي ياسين العلمي لقب البطولة المفتوحة على حساب السويسري ماركو برونر بثلاث مجموعات "
    "نظيفة، وحسم المجموعة الثالثة 7-5 بعد شوط فاصل طويل، في نهائي كرة المضرب الأحد.",
    "واصل ياسين العلمي هيمنته على ملاعب التنس وهزم السويسري برونر في نهائي البطولة المفتوحة 6-3 و6-4 "
    "و7-5، ليصبح أول لاعب مغربي يحرز أربعة ألقاب كبرى.",
]
FOOTBALL = [t + _CHEER for t in FOOTBALL]
TENNIS = [t + _CHEER for t in TENNIS]


def test_a_match_report_s_sport_is_read_from_its_opening() -> None:
    sport = events.SPORT_MARK
    assert all(events.event_kinds(None, t) == {"match", sport + "football"} for t in FOOTBALL)
    assert all(events.event_kinds(None, t) == {"match", sport + "tennis"} for t in TENNIS)
    # Two words with a proclitic on the first ("لكرة اليد"); not one of them alone: "الطائرة" is a plane.
    assert events.event_kinds(None, "فاز الفريق في مباراة لكرة اليد.") == {"match", sport + "handball"}
    assert events.event_kinds(None, "ألغيت المباراة بعد تأخر الطائرة.") == {"match"}
    # Only in a match report: a goal of policy is no sport.
    assert events.event_kinds(None, "قال الوزير إن هدف القمة هو السلام.") == {"summit"}


def test_two_finals_of_two_sports_on_one_day_stay_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _docs("f", FOOTBALL) + _docs("t", TENNIS)
    # The names do not tell them apart: the winner's country is central to both and most given.
    assert all(_names("المغرب") <= event_names(None, t) for t in FOOTBALL + TENNIS)
    assert _grouping(docs) == [{"f-0", "f-1", "f-2"}, {"t-0", "t-1", "t-2"}]
    mixed = [d for pair in zip(_docs("f", FOOTBALL), _docs("t", TENNIS), strict=True) for d in pair]
    assert desk_stories(tmp_path, mixed) == {frozenset({"f-0", "f-1", "f-2"}), frozenset({"t-0", "t-1", "t-2"})}
    # Without the sports, their opponents' countries still tell them apart (rule (e):
    # NameProfile.other_sides); without both, the two finals are one story.
    monkeypatch.setattr(events, "_sport_forms", dict)
    assert len(_grouping(docs)) == 2
    monkeypatch.setattr(NameProfile, "other_sides", lambda self, other: False)
    assert len(_grouping(docs)) < 2


def test_sports_tell_matches_apart_but_never_join_them() -> None:
    sport = events.SPORT_MARK
    football = NameProfile()
    for _ in range(3):
        football.absorb(NameProfile.of(frozenset({"match", sport + "football"})))
    tennis = NameProfile()
    for _ in range(3):
        tennis.absorb(NameProfile.of(frozenset({"match", sport + "tennis"})))
    assert football.conflicts(tennis) and tennis.conflicts(football)
    # A sport is no kind of its own: reports naming none, or the same, are not told apart by it.
    assert not football.conflicts(NameProfile.of(frozenset({"match"})))
    assert not football.conflicts(football) and sport + "football" not in football.core()


# One team's other match: Egypt again, against Cameroon (invented), its outlets' words as close.
MATCH_C = [
    "تعادل منتخب مصر مع منتخب الكاميرون بهدف لمثله في مباراة الجولة الثانية من البطولة مساء الثلاثاء. "
    "وتقدم المنتخب المصري من ركلة جزاء قبل أن يدرك الكاميرونيون التعادل في الشوط الثاني.",
    "اكتفى المنتخب المصري بالتعادل أمام الكاميرون بهدف لكل فريق، في لقاء شهد طرد مدافع الكاميرون في "
    "الدقائق الأخيرة. وقال مدرب مصر إن فريقه أهدر فرصا عديدة.",
    "انتهت مواجهة مصر والكاميرون بالتعادل 1-1 في الجولة الثانية، ليؤجل المنتخبان حسم التأهل إلى الجولة "
    "الأخيرة. وسجل هدف الكاميرون مهاجمها برأسية.",
]


def test_one_teams_two_matches_stay_apart_however_close_their_words() -> None:
    """Rule (e) (NameProfile.other_sides): Egypt against Ghana and Egypt against Cameroon share one
    side, not the match; before, the shared country and the stock phrases joined them."""
    docs = _docs("a", [t + _STOCK for t in MATCH_A]) + _docs("c", [t + _STOCK for t in MATCH_C])
    assert _grouping(docs) == [{"a-0", "a-1", "a-2"}, {"c-0", "c-1", "c-2"}]
    # One match's reports, a player named by some of them only, stay one story.
    assert len(group_documents(_docs("a", [t + _STOCK for t in MATCH_A]))) == 1


def test_other_sides_needs_a_country_central_to_each_group() -> None:
    egypt_ghana = NameProfile(Counter({"مصر": 3, "غانا": 3}), 3)
    egypt_cameroon = NameProfile(Counter({"مصر": 3, "الكاميرون": 3}), 3)
    assert egypt_ghana.other_sides(egypt_cameroon)
    # The same match, one group naming its player instead of the other side: no rule (e).
    egypt_player = NameProfile(Counter({"مصر": 3, "صلاح": 3}), 3)
    assert not egypt_ghana.other_sides(egypt_player)
    # Each names the other's opponent in passing: neither side is unknown to the other.
    both = NameProfile(Counter({"مصر": 3, "الكاميرون": 3, "غانا": 1}), 3)
    assert not NameProfile(Counter({"مصر": 3, "غانا": 3, "الكاميرون": 1}), 3).other_sides(both)


# One club's two matches a year apart (invented clubs of one league, no country named): Valdora
# beats Mersan, and a year later Tibro; the outlets of each write the other side after "على",
# "أمام" or a rival word, with the score.
CLUB_A = [
    "فاز فريق فالدورا على ضيفه ميرسان بهدفين مقابل هدف في مباراة إياب الدور ربع النهائي مساء الثلاثاء. وسجل "
    "المهاجم كارلوس نيتو هدف الفوز في الدقيقة 88 برأسية، بعد أن تقدم ميرسان من ركلة جزاء نفذها "
    "إيفان روس في الدقيقة 20.",
    "تأهل فريق فالدورا إلى نصف النهائي بعد فوزه على ميرسان 2-1 في مباراة مثيرة. وتقدم ميرسان عبر "
    "إيفان روس من ركلة جزاء في الدقيقة 20، ثم عادل فالدورا في الدقيقة 61 قبل أن يحسم كارلوس نيتو "
    "المباراة برأسية في الدقيقة 88.",
    "تمكن فريق فالدورا من قلب تأخره أمام منافسه ميرسان إلى فوز بهدفين لهدف في المباراة. وكان إيفان روس قد افتتح "
    "التسجيل لميرسان بركلة جزاء، ورد فالدورا بهدفين آخرهما رأسية كارلوس نيتو في الدقيقة 88.",
]
CLUB_B = [
    "فاز فريق فالدورا على ضيفه تيبرو بخماسية نظيفة في إياب ثمن النهائي مساء الثلاثاء. وسجل المهاجم "
    "ماركو ليندن ثلاثة أهداف (هاتريك) في الشوط الثاني، وأضاف زميله بيتر فوس هدفين.",
    "تأهل فريق فالدورا إلى ربع النهائي بعد فوزه الكاسح على تيبرو 5-0 في مباراة من طرف واحد. وأحرز "
    "ماركو ليندن ثلاثية، فيما سجل بيتر فوس هدفين في الشوط الأول.",
    "خرج فريق فالدورا من المباراة بفوز كبير على تيبرو بنتيجة خمسة أهداف دون رد. وتألق ماركو ليندن "
    "بثلاثية (هاتريك)، وسجل بيتر فوس الهدفين الآخرين.",
]


def test_event_names_read_a_match_s_other_side() -> None:
    side = events.SIDE_MARK
    assert side + "ميرسان" in event_names(None, CLUB_A[0])  # "على ضيفه X"
    assert side + "ميرسان" in event_names(None, CLUB_A[1])  # "على X 2-1"
    assert side + "ميرسان" in event_names(None, CLUB_A[2])  # "أمام منافسه X"
    assert side + "تيبرو" in event_names(None, "اكتسح فالدورا ضيفه تيبرو في المباراة.")  # "ضيفه X" alone
    assert side + "تيبرو" in event_names(None, CLUB_B[2])  # "على X بنتيجة"
    # A country's adjective after the name tells a team; a listed place reads as its place.
    assert side + "ميرسان" in event_names(None, "فاز فالدورا على ميرسان الإسباني في مباراة الذهاب.")
    assert side + normalize("مصر") in event_names(None, "فاز منتخب تونس على منتخب مصر في مباراة الأمس.")
    # A place of play, a word with the article, a name nothing tells a team: no side.
    for text in (
        "أقيمت المباراة على ملعب فالدورا 3 مرات.",
        "فاز فالدورا على الرغم من 10 لاعبين في المباراة.",
        "فاز فالدورا على ميرسان في المباراة.",
    ):
        assert not any(n.startswith(side) for n in event_names(None, text)), text
    # Only a match report's opening is read for sides: a quake's "على" names none.
    assert not any(n.startswith(side) for n in event_names(None, "ضرب زلزال على عمق 10 كيلومترات مدينة هرات."))


def test_a_club_s_two_matches_stay_apart_by_their_other_sides(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rule (e) reads sides the openings read as such ("على ضيفه X", "على X 2-1"), not countries
    alone: one club's two matches a year apart, against two clubs of its own league, share their
    club and their stock phrases, not the match."""
    docs = _docs("a", [t + _STOCK for t in CLUB_A]) + _docs("b", [t + _STOCK for t in CLUB_B])
    assert _grouping(docs) == [{"a-0", "a-1", "a-2"}, {"b-0", "b-1", "b-2"}]
    monkeypatch.setattr(NameProfile, "other_sides", lambda self, other: False)
    assert len(group_documents(docs)) == 1


def test_other_sides_reads_cities_and_sides_read_as_such() -> None:
    side = events.SIDE_MARK
    # A club named for its city: the city is a side too ("مانشستر سيتي" is Manchester).
    city, town = normalize("مانشستر"), normalize("ليفربول")
    home_away = NameProfile.of(frozenset({city, town, side + city}))
    for _ in range(2):
        home_away.absorb(NameProfile.of(frozenset({city, town, side + city})))
    other_match = NameProfile.of(frozenset({city, side + "تيبرو"}))
    for _ in range(2):
        other_match.absorb(NameProfile.of(frozenset({city, side + "تيبرو"})))
    assert home_away.other_sides(other_match) and other_match.other_sides(home_away)
    # The same match, one group naming the other side only as a name it gives: not apart.
    same_match = NameProfile.of(frozenset({city, "تيبرو", side + "تيبرو"}))
    same_match.absorb(NameProfile.of(frozenset({city, "تيبرو"})))
    same_match.absorb(NameProfile.of(frozenset({city, "تيبرو"})))
    led_by_other = NameProfile(Counter({"تيبرو": 3, city: 3}), 3, sides=Counter({city: 3}), side_named=3)
    assert not same_match.other_sides(led_by_other)
    # Sides never count for rules (a) to (d): a group naming only sides names nothing.
    assert NameProfile.of(frozenset({side + "تيبرو"})).named == 0


def test_a_country_s_people_stand_for_it() -> None:
    assert _names("لبنان") <= event_names(None, "توجه الناخبون اللبنانيون إلى صناديق الاقتراع صباح الأحد.")
    assert _names("لبنان") <= event_names(None, "أدلى آلاف اللبنانيين بأصواتهم في الانتخابات.")
