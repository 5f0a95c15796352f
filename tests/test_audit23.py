"""Defects found reading fresh48-49 as a user (docs/quality.md, twenty-third session). Every text
here is made up for the test."""

from khulasa.extract.claims import claims_of
from khulasa.extract.figures import Figure, names_another_event, share_head, told_apart
from khulasa.text.clean import clean_document, judge_line
from khulasa.text.cohesion import dangling_opener
from khulasa.types import Document

CAPTION = "متظاهرون يرفعون الأعلام أمام مبنى البرلمان في العاصمة خلال يوم التصويت على القانون الجديد"
LEAD = (
    "رفض النواب مشروع القانون الذي قدمته الحكومة بعد جلسة طويلة استمرت حتى ساعة متأخرة من الليل، "
    "وسط انقسام حاد بين الكتل."
)


def _paragraphs(text: str) -> list[str]:
    blocks, _ = clean_document(Document(id="t", text=text))
    return [text[b.start : b.end] for b in blocks]


def test_a_caption_without_stop_is_not_run_into_the_lead_below() -> None:
    # A page's caption (no final stop) right above a line that opens with a lead verb.
    pieces = _paragraphs(f"{CAPTION}\n{LEAD}\n")
    assert LEAD in pieces
    assert not any(CAPTION in p and LEAD in p for p in pieces)


def test_a_lead_verb_after_و_opens_its_own_line_too() -> None:
    below = "وأعلنت وزارة العدل أن الجلسة ستعقد مجددا الأسبوع المقبل بحضور الوزير."
    pieces = _paragraphs(f"{CAPTION}\n{below}\n")
    assert below in pieces


def test_a_line_wrapped_after_a_comma_or_a_joiner_still_goes_on() -> None:
    above = "وفي أول تعليق له على نتيجة التصويت التي أعلنت في ساعة متأخرة من مساء أمس،"
    below = "قال رئيس الحكومة إنه سيحترم قرار النواب."
    assert f"{above}\n{below}" in _paragraphs(f"{above}\n{below}\n")
    above = "ويذكر أن الوزير الذي عرض المشروع أمام النواب في جلسة اليوم كان قد"
    below = "أعلن أنه سيستقيل إذا رفض البرلمان القانون."
    assert f"{above}\n{below}" in _paragraphs(f"{above}\n{below}\n")


def test_an_agency_credit_after_the_dateline_is_dropped() -> None:
    line = "نجمة نيوز – وكالات رفض النواب مشروع القانون في جلسة الأمس."
    verdict = judge_line(line)
    assert [line[a:b] for a, b in verdict.pieces] == ["رفض النواب مشروع القانون في جلسة الأمس."]
    assert "agency-credit" in [reason for _, _, reason in verdict.drops]
    # "وكالات الأنباء" is the sentence's subject.
    line = "المدينة - وكالات الأنباء ذكرت أن النواب رفضوا المشروع."
    assert [line[a:b] for a, b in judge_line(line).pieces] == ["وكالات الأنباء ذكرت أن النواب رفضوا المشروع."]


def test_a_site_name_ending_in_a_number_is_a_dateline() -> None:
    line = "موقع ملاعب 24- فاز الفريق الأزرق على ضيفه بهدفين دون رد."
    assert [line[a:b] for a, b in judge_line(line).pieces] == ["فاز الفريق الأزرق على ضيفه بهدفين دون رد."]


def test_a_keep_up_with_our_news_line_is_junk() -> None:
    verdict = judge_line("ابق على اطلاع بأحدث الأخبار. تابع الموقع على قنوات WhatsApp.")
    assert verdict.pieces == ()
    assert verdict.drops[0][2] == "follow-us"


def test_a_consequence_cut_off_by_a_stray_stop_dangles() -> None:
    assert dangling_opener("ممّا أدّى إلى مقتل خمسة أشخاص على الأقل.") is not None
    assert dangling_opener("الأمر الذي أثار غضب السكان.") is not None


def test_a_missed_penalty_or_a_corner_is_no_goal() -> None:
    for text in (
        "وأضاع المهاجم ركلة جزاء، قبل أن يهدر المنتخب الضيف مثلها في الدقيقة 64.",
        "ونفذ اللاعب ركلة حرة تجاه المدافع في الدقيقة 12 ولكنها ذهبت ركنية.",
    ):
        claims = claims_of(text)
        minute = next(f for f in claims.figures if f.amount in (64, 12))
        goal = claims.goal_of(minute)
        assert goal is not None and "other" in goal.events


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


def test_the_player_of_the_move_before_a_goal_is_not_its_scorer() -> None:
    text = "وجاء الهدف الأول عكسيا، بالدقيقة 38 من المباراة بعد اختراق سامر الهاشمي من الجهة اليسرى."
    claims = claims_of(text)
    goal = claims.goal_of(next(f for f in claims.figures if f.amount == 38))
    assert goal is not None and not any("هاشم" in name for name in goal.names)
