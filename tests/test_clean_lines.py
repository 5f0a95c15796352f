"""Lines the cleaner joins, cuts or drops (``clean_document``, ``judge_line``; docs/quality.md,
"reading fresh48-49 as a user" and "reading fresh50 as a user"; docs/desk.md, pass 52): a caption
without a stop is not run into the lead below, a lead verb opens its own line, a line wrapped after a
comma or a joiner goes on; an agency credit after a dateline (also in brackets after its dash) goes
with it, a bracket after a dash inside a sentence is no dateline, a site name ending in a number is
a dateline, a "keep up with our news" line is junk. Every text here is made up for the test."""

from khulasa.text.clean import clean_document, judge_line
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


def test_an_agency_credit_in_brackets_after_the_dateline_s_dash_goes_with_it() -> None:
    line = "طرابلس- (أ ف ب): غرقت عبارة تقل 40 راكبا قبالة الساحل صباح اليوم."
    assert [line[a:b] for a, b in judge_line(line).pieces] == ["غرقت عبارة تقل 40 راكبا قبالة الساحل صباح اليوم."]
    line = "الرباط - (موقع الأفق): أعلنت الوزارة نتائج الامتحان."
    assert [line[a:b] for a, b in judge_line(line).pieces] == ["أعلنت الوزارة نتائج الامتحان."]


def test_a_bracket_after_a_dash_inside_a_sentence_is_no_dateline() -> None:
    line = "وقال الوزير إن المشروع - (وهو الأول من نوعه) - سينتهي العام المقبل."
    assert [line[a:b] for a, b in judge_line(line).pieces] == [line]


def test_an_agency_tag_after_a_dateline_is_dropped_too():
    from khulasa.text.clean import judge_line

    verdict = judge_line("بوسطن - (أ ف ب): بعد عامين حكمت هيئة محلفين بالإعدام على منفذ الهجوم.")
    # The dateline's pattern takes the bracketed tag after its dash with it (junk.tsv).
    assert [reason for _, _, reason in verdict.drops] == ["dateline"]
    assert verdict.pieces == ((17, 69),)  # from "بعد"
    # A dateline alone is dropped as before.
    assert [r for _, _, r in judge_line("بوسطن - بعد عامين حكمت هيئة محلفين بالإعدام.").drops] == ["dateline"]


def test_a_dash_opening_a_paragraph_is_dropped() -> None:
    from khulasa.text.clean import judge_line

    line = "– قال الوزير إن المعبر سيفتح غدا أمام المسافرين."
    assert [line[a:b] for a, b in judge_line(line).pieces] == [line[2:]]
    # a negative number is no dash
    line = "-5 درجات سجلتها المحطة الليلة الماضية."
    assert [line[a:b] for a, b in judge_line(line).pieces] == [line]
    # ... also when a second dash follows a few words on
    line = "– قال الوزير - وهو يتحدث للصحفيين - إن المعبر سيفتح غدا."
    assert [line[a:b] for a, b in judge_line(line).pieces] == [line[2:]]
