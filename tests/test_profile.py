"""A story told over days (articles published on several days, each with its own dateline) gets the
short-summary settings made for it; one day's reports by several outlets keep the same-day ones
(issue 20: a default may depend on how many days the articles span, measured by the code)."""

from __future__ import annotations

from datetime import date

import pytest

from khulasa import summarize
from khulasa.config import Settings
from khulasa.errors import SettingsError
from khulasa.summarizer.pipeline import SHORT_AT_ANY_BUDGET, for_the_cluster
from khulasa.summarizer.profile import publication_days, told_over_days, written_date
from khulasa.types import Document

# A made-up story told over five days: a dam breaks near a village, a search follows, an inquiry
# opens, a minister resigns, the village is rebuilt. Each article is in its own words.
STORY = [
    (
        "انهيار سد قرب قرية الوادي الأخضر",
        "الأحد 3 مارس 2024",
        "انهار سد ترابي قديم قرب قرية الوادي الأخضر فجر اليوم بعد أمطار غزيرة استمرت ثلاثة أيام. "
        "وغمرت المياه نحو مئتي منزل في الأحياء المنخفضة من القرية. "
        "وقال رئيس البلدية إن فرق الدفاع المدني أجلت أكثر من ألف ساكن إلى مدرسة قريبة.",
    ),
    (
        "فرق الإنقاذ تواصل البحث عن المفقودين في الوادي الأخضر",
        "الاثنين 4 مارس 2024",
        "واصلت فرق الإنقاذ لليوم الثاني البحث عن سبعة مفقودين جرفتهم السيول في الوادي الأخضر. "
        "واستخدم المتطوعون قوارب مطاطية للوصول إلى المزارع المعزولة شرق النهر. "
        "وأعلنت وزارة الصحة فتح مستشفى ميداني لعلاج المصابين بالتهابات الجلد.",
    ),
    (
        "النيابة تفتح تحقيقا في انهيار السد",
        "الأربعاء 6 مارس 2024",
        "أمرت النيابة العامة بفتح تحقيق في أسباب انهيار السد بعد تقارير عن تأجيل صيانته منذ سنوات. "
        "واستدعى المحققون مهندسي الشركة المكلفة بالمراقبة للاستماع إلى أقوالهم. "
        "وطالبت عائلات الضحايا بنشر نتائج التحقيق كاملة أمام الرأي العام.",
    ),
    (
        "استقالة وزير الموارد المائية",
        "الجمعة 8 مارس 2024",
        "قدم وزير الموارد المائية استقالته إلى رئيس الحكومة معترفا بمسؤولية وزارته السياسية عن الكارثة. "
        "وقبل رئيس الحكومة الاستقالة وكلف وزير الزراعة بتسيير شؤون الوزارة مؤقتا. "
        "ورحبت أحزاب المعارضة بالخطوة لكنها دعت إلى محاسبة المسؤولين عن الإهمال.",
    ),
    (
        "بدء إعادة إعمار قرية الوادي الأخضر",
        "الأحد 17 مارس 2024",
        "بدأت ورشات البناء إعادة إعمار المنازل المتضررة في الوادي الأخضر بتمويل من صندوق الكوارث. "
        "وتعهدت الحكومة ببناء سد جديد بمواصفات حديثة خلال عامين. "
        "وعاد معظم السكان إلى بيوتهم بعد أسبوعين قضوها في المدرسة.",
    ),
]


def _story() -> list[Document]:
    return [Document(f"day{k}", f"{title}\n\n{dateline}\n\n{body}") for k, (title, dateline, body) in enumerate(STORY)]


def _same_day() -> list[Document]:
    """Five outlets on the same day, near-copies of one agency report, no dateline."""
    body = (
        "انهار سد ترابي قرب قرية الوادي الأخضر فجر اليوم بعد أمطار غزيرة. "
        "وغمرت المياه نحو مئتي منزل في القرية وأجلت فرق الدفاع المدني أكثر من ألف ساكن. "
        "وقال رئيس البلدية إن سبعة أشخاص ما زالوا في عداد المفقودين."
    )
    return [Document(f"outlet{k}", f"انهيار سد في الوادي الأخضر ({k})\n\n{body}") for k in range(5)]


def test_written_date_reads_the_dateline_with_its_year():
    assert written_date("عنوان الخبر\n\nالسبت 8 يناير 2005\n\nنص الخبر.") == date(2005, 1, 8)
    assert written_date("الخميس 27 كانون الأول 2005 ، ميدو ليك") == date(2005, 12, 27)
    assert written_date("الاربعاء ، ٢٣ ابريل ٢٠٢٥ ساعة ١١:٣٠ صباحاً") == date(2025, 4, 23)


def test_written_date_needs_a_year_and_stays_at_the_top():
    assert written_date("وقع الحادث في 8 يناير دون خسائر.") is None
    assert written_date("نص طويل " * 100 + "السبت 8 يناير 2005") is None


def test_publication_days_prefers_the_published_field():
    doc = Document("a", "السبت 8 يناير 2005\n\nنص الخبر.", published="2019-04-25T10:00:00+03:00")
    assert publication_days([doc]) == (1, 1)
    docs = [Document("a", "نص."), Document("b", "نص.", published="Thu, 25 Apr 2019 14:10:00 +0300")]
    assert publication_days(docs) == (1, 1)


def test_a_story_told_over_days_is_told_from_one_days_near_copies():
    assert publication_days(_story()) == (5, 5)
    assert told_over_days(_story(), 3)
    assert not told_over_days(_same_day(), 3)
    assert not told_over_days(_story(), 6)  # five days only
    assert not told_over_days(_story(), 0)  # the rule turned off
    assert not told_over_days(_story()[:1], 1)  # one document tells no story over days


def test_a_few_dated_pages_among_undated_ones_are_no_story_over_days():
    # Three of seven pages carry a date (a page header saved on another day, say): not half.
    dated = _story()[:3]
    undated = _same_day()[:4]
    assert not told_over_days(dated + undated, 3)
    assert told_over_days(dated + undated[:3], 3)


def test_a_short_summary_of_a_story_over_days_takes_the_story_settings():
    settings = Settings()
    story = for_the_cluster(_story(), settings)
    assert story.short_position_weight == settings.story_position_weight == 0.5
    assert story.event_share == settings.story_event_share == 0.0
    assert story.centrality_weight == settings.story_centrality_weight == 2.0
    # One happening of the same people told on two days is two developments, not one fact twice.
    assert settings.core_redundancy and not story.core_redundancy
    assert for_the_cluster(_same_day(), settings) == settings.updated(short_budget=SHORT_AT_ANY_BUDGET)
    assert settings.centrality_weight == 0.0
    off = settings.updated(story_days=0)
    assert for_the_cluster(_story(), off) == off.updated(short_budget=SHORT_AT_ANY_BUDGET)  # read as one day
    used = summarize(_story(), words=60).settings
    assert used["short_position_weight"] == 0.5 and used["event_share"] == 0.0
    assert used["centrality_weight"] == 2.0
    used = summarize(_same_day(), words=60).settings
    assert used["short_position_weight"] == 0.0 and used["event_share"] == settings.event_share
    assert used["centrality_weight"] == 0.0


def test_story_days_is_a_whole_number_of_days():
    for bad in (-1, 1.5, True):
        with pytest.raises(SettingsError, match="story_days"):
            Settings(story_days=bad)


def test_one_days_outlets_make_a_short_summary_at_any_budget():
    settings = Settings(words=250)
    # Several outlets of one news day: the short-summary rules at 250 words too.
    assert for_the_cluster(_same_day(), settings).short_budget >= 250
    # A story told over days, one article, the switch off, or the rules off: short_budget as given.
    assert for_the_cluster(_story(), settings).short_budget == settings.short_budget == 150
    assert for_the_cluster(_same_day()[:1], settings) == settings
    off = settings.updated(same_day_short=False)
    assert for_the_cluster(_same_day(), off) == off
    none = settings.updated(short_budget=0)
    assert for_the_cluster(_same_day(), none) == none
