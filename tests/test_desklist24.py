"""Issue 22, a desk an editor can trust (helper desklist24; docs/desk.md, pass 52, "what desklist24
fixed"): an article's line in the list is its headline, not its site's tagline, masthead credit or
title tail, nor a wrapped first line cut short; a story's latest news is its dated articles' newest
time; one agreed count told in two wordings is one timeline group. Made-up texts."""

from __future__ import annotations

from typing import Any

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


def _group(subject: str, outlets: list[str], amount: float, normalized: str, dim: str = "people") -> dict[str, Any]:
    values = [
        {
            "outlet": o,
            "text": str(amount),
            "value": amount,
            "amount": amount,
            "normalized": normalized,
            "doc": o,
            "time": None,
        }
        for o in outlets
    ]
    return {
        "subject": subject,
        "dimension": dim,
        "agree": True,
        "trend": "steady",
        "outlets": len(outlets),
        "values": values,
    }


def test_one_agreed_count_in_two_wordings_is_one_timeline_group():
    from khulasa.desk.updates import _one_figure_once

    a = _group("مقتل 11 شخصا", ["أ", "ب", "ج"], 11, "11 killed")
    b = _group("حتفهم ضمن 11 شخصا", ["د", "أ"], 11, "11 killed")
    (one,) = _one_figure_once([a, b])
    assert one["subject"] == "مقتل 11 شخصا"
    assert sorted(v["outlet"] for v in one["values"]) == ["أ", "ب", "ج", "د"]  # أ's value once
    assert one["outlets"] == 4
    # Another reading of the same number (11 injured), a score or a weekday, or a group whose
    # outlets disagree, is left apart.
    hurt = _group("إصابة 11 آخرين", ["هـ", "و"], 11, "11 injured")
    assert len(_one_figure_once([_group("مقتل 11 شخصا", ["أ", "ب"], 11, "11 killed"), hurt])) == 2
    scores = [_group("1-0", ["أ", "ب"], 1, "1-0", "score"), _group("1-0", ["ج", "د"], 1, "1-0", "score")]
    assert len(_one_figure_once(scores)) == 2
    differ = _group("مقتل 11 شخصا", ["أ", "ب"], 11, "11 killed")
    differ["agree"] = False
    assert len(_one_figure_once([differ, _group("11 قتيلا", ["ج", "د"], 11, "11 killed")])) == 2


def _article(i: int, published: str | None) -> Document:
    text = (
        f"فيضانات تغمر بلدة وادي السرو\n\nأعلنت السلطات في بلدة وادي السرو حالة الطوارئ بعد الفيضانات "
        f"التي أدت إلى مقتل 30 شخصا. وقالت البلدية إن المياه غمرت مئات المنازل في الحي رقم {i}."
    )
    return Document(f"flood-{i}", text, source=f"موقع {i}", published=published)


def test_a_story_s_latest_news_is_its_newest_dated_article(tmp_path):
    import calendar
    import time

    from khulasa.desk.desk import Desk

    now = calendar.timegm(time.strptime("2026-12-07T20:00:00Z", "%Y-%m-%dT%H:%M:%SZ"))
    dated = calendar.timegm(time.strptime("2018-03-12T10:00:00Z", "%Y-%m-%dT%H:%M:%SZ"))
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(db, clock=lambda: now) as desk:
        desk.ingest([_article(1, "2018-03-11T10:00:00Z"), _article(2, "2018-03-12T10:00:00Z"), _article(3, None)])
        (story,) = desk.stories()
        # The undated article came in now: not the story's news time beside its dated reports.
        assert story.last_event == dated
        assert story.to_dict()["last_event"] == "2018-03-12T10:00:00Z"
        assert desk.stories(since=now - 7200) == []
        assert [s.id for s in desk.stories(since=dated - 60)] == [story.id]
        assert desk.story(story.id).last_event == dated


def test_a_story_of_undated_articles_keeps_their_arrival(tmp_path):
    from khulasa.desk.desk import Desk

    now = 1_900_000_000.0
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(db, clock=lambda: now) as desk:
        desk.ingest([_article(1, None), _article(2, None)])
        (story,) = desk.stories()
        assert story.last_event == now
        assert [s.id for s in desk.stories(since=now - 7200)] == [story.id]
