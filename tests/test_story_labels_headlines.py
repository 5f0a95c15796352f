"""An article's headline (``stories.labels.article_headline``; docs/desk.md, pass 52 and its "what
desklist24 fixed"): an article's line is its headline, not its site's tagline, a line naming its
outlet, a masthead credit or title tail, nor a wrapped first line cut short or a numbered menu; an
untitled article is named by the cleaner's first line. Made-up texts."""

from __future__ import annotations

from khulasa.stories.labels import article_headline, repeated_lines
from khulasa.types import Document

_TAGLINE = "أخبار ورؤى من الوادي بخمس لغات"


_LEAD = "أعلنت السلطات في بلدة وادي السرو حالة الطوارئ بعد الفيضانات التي غمرت مئات المنازل."


def test_a_line_the_outlet_repeats_on_its_pages_is_no_headline():
    one = f"{_TAGLINE}\n\nفيضانات تغمر بلدة وادي السرو\n\n{_LEAD}"
    two = f"{_TAGLINE}\n\nافتتاح جسر جديد فوق نهر السرو\n\nافتتح المحافظ الجسر الجديد صباح الاثنين بحضور الأهالي."
    seen = repeated_lines([one, two])
    assert len(seen) == 1  # the tagline, normalized
    assert article_headline(Document("a", one, source="موقع الوادي"), seen) == "فيضانات تغمر بلدة وادي السرو"
    # Without the outlet's other pages, the tagline stays the first line (no address to read).
    assert article_headline(Document("a", one, source="موقع الوادي")) == _TAGLINE
    # A line found at the head of one page only is no site's line.
    assert repeated_lines([one]) == frozenset()


def test_the_address_names_the_headline_over_a_tagline():
    text = f"{_TAGLINE}\n\nفيضانات تغمر بلدة وادي السرو\n\nصورة للمياه في الشارع الرئيسي\n\n{_LEAD}"
    url = "https://example.org/ar/%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D8%AA%D8%BA%D9%85%D8%B1-%D8%A8%D9%84%D8%AF%D8%A9-%D9%88%D8%A7%D8%AF%D9%8A/123"
    assert article_headline(Document("a", text, url=url)) == "فيضانات تغمر بلدة وادي السرو"
    # An address of digits names nothing: the first line stands.
    assert article_headline(Document("a", text, url="https://example.org/123456")) == _TAGLINE
    # A lead's sentence first is no tagline, whatever the address says.
    led = f"{_LEAD}\n\nفيضانات تغمر بلدة وادي السرو"
    assert article_headline(Document("a", led, url=url)) == _LEAD


def test_a_line_naming_the_outlet_is_no_headline():
    text = f"صحيفة الوادي الإخبارية اليومية المستقلة\n\nفيضانات تغمر بلدة وادي السرو\n\n{_LEAD}"
    assert article_headline(Document("a", text, source="صحيفة الوادي")) == "فيضانات تغمر بلدة وادي السرو"
    # A sentence that names its outlet (it reports what the outlet learnt) still names the article.
    said = f"علمت صحيفة الوادي أن السلطات أعلنت حالة الطوارئ في البلدة.\n\n{_LEAD}"
    assert article_headline(Document("a", said, source="صحيفة الوادي")).startswith("علمت صحيفة الوادي")


def test_a_masthead_credit_and_a_title_s_site_tail_are_cut_off():
    # The credit line right below the headline: the cleaner joins the two at its colon.
    text = f"تعرف على ضحايا فيضانات بلدة وادي السرو\nالوادي 24 :\n{_LEAD}"
    assert article_headline(Document("a", text)) == "تعرف على ضحايا فيضانات بلدة وادي السرو"
    assert article_headline(Document("a", "", title="فيضانات تغمر بلدة وادي السرو - الوادي نت")) == (
        "فيضانات تغمر بلدة وادي السرو"
    )
    assert article_headline(Document("a", "", title="فيضانات تغمر بلدة وادي السرو | أخبار - الوادي نت")) == (
        "فيضانات تغمر بلدة وادي السرو"
    )
    # A score is no tail; nor a long clause after a dash.
    score = "فوز نادي الوادي على نادي الساحل 2 - 1"
    assert article_headline(Document("a", "", title=score)) == score
    long_tail = "فيضانات تغمر بلدة وادي السرو - والسلطات تعلن حالة الطوارئ في البلدة"
    assert article_headline(Document("a", "", title=long_tail)) == long_tail


def test_a_wrapped_first_line_is_read_on_to_its_sentence_end():
    text = (
        "أعلنت السلطات حالة الطوارئ في بلدة\n"
        "السرو الكبرى بعد الفيضانات التي غمرت\n"
        "مئات المنازل.\n"
        "وقالت البلدية إن المياه بدأت تنحسر صباح الثلاثاء بعد يومين من الأمطار الغزيرة على المنطقة كلها.\n"
    )
    assert article_headline(Document("a", text)) == (
        "أعلنت السلطات حالة الطوارئ في بلدة السرو الكبرى بعد الفيضانات التي غمرت مئات المنازل."
    )
    # A headline right over its long lead is not read into it.
    over = f"فيضانات تغمر بلدة وادي السرو\n{_LEAD} وقالت البلدية إن المياه بدأت تنحسر صباح الثلاثاء بعد يومين."
    assert article_headline(Document("a", over)) == "فيضانات تغمر بلدة وادي السرو"


def test_two_dots_are_a_headline_s_pause_and_a_numbered_menu_no_headline():
    text = f"1. تخطي إلى المحتوى الرئيسي للموقع\n\nفيضانات الوادي.. السلطات تعلن حالة الطوارئ\n\n{_LEAD}"
    assert article_headline(Document("a", text)) == "فيضانات الوادي.. السلطات تعلن حالة الطوارئ"


# An untitled scraped page: an English date label glued before its lead (the cleaner drops it), a
# share bar, then the headline line and the lead.
_LABELLED = (
    "date 2026-03 أعلنت السلطات في بلدة وادي السرو حالة الطوارئ بعد الفيضانات. وأغلقت المدارس كلها.\n"
    "شارك عبر فيسبوك تويتر واتساب\n\n"
    "وقالت البلدية إن المياه غمرت مئات المنازل."
)


def test_an_untitled_article_is_named_by_the_cleaner_s_first_line():
    from khulasa.stories.labels import article_headline
    from khulasa.types import Document

    assert article_headline(Document("a", _LABELLED)) == "أعلنت السلطات في بلدة وادي السرو حالة الطوارئ بعد الفيضانات."
    # A breadcrumb, a short section name and an English navigation list never name it.
    page = (
        "الرئيسية > أخبار > محليات\nمحليات\n1. Navigation and more links\n"
        "فيضانات تضرب بلدة وادي السرو\n\nضربت فيضانات البلدة."
    )
    assert article_headline(Document("b", page)) == "فيضانات تضرب بلدة وادي السرو"
    # A title the feed gives is shown as given, on one line.
    assert article_headline(Document("c", _LABELLED, title="عنوان\nالمقال")) == "عنوان المقال"
    assert article_headline(Document("d", "")) == ""
