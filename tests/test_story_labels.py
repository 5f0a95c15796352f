"""Story labels read as headlines: a title, else a first finished sentence, never page furniture."""

from __future__ import annotations

import pytest

from khulasa.stories.group import group_documents
from khulasa.stories.labels import first_sentence, story_label, trim
from khulasa.types import Document

NEWS = "انطلقت في الرياض اليوم أعمال القمة العربية بمشاركة عدد كبير من القادة والوزراء."
MORE = " وناقش المشاركون ملفات الأمن الإقليمي والتعاون الاقتصادي، على أن يصدر البيان الختامي مساء الغد."


@pytest.mark.parametrize(
    "text",
    [
        "سياسة عربية\n" + NEWS + MORE,  # a site section on its own line
        "الرئيسية > محليات > أخبار القمة\n" + NEWS + MORE,  # a breadcrumb
        "أخبار عربية – الرياض\n" + NEWS + MORE,  # a dateline on its own line
        "أخبار عربية – الرياض: " + NEWS + MORE,  # ... and opening the paragraph
        "شفق نيوز/ " + NEWS + MORE,  # an agency prefix
        "شفق نيوز/" + NEWS + MORE,
        "الرياض/ شفق نيوز/ " + NEWS + MORE,
        "الأحد 19 أيار 2024\nكتب: سامي الأحمد\n" + NEWS + MORE,  # a date line and a byline
        "سبوتنيك. " + NEWS + MORE,  # a one-word credit is no sentence
    ],
)
def test_label_is_the_first_finished_sentence_not_page_furniture(text: str) -> None:
    assert story_label([Document("a", text)]) == trim(NEWS)
    (story,) = group_documents([Document("a", text)])
    assert story.label == trim(NEWS)


def test_label_is_the_title_when_there_is_one_and_is_trimmed() -> None:
    assert story_label([Document("a", NEWS + MORE, title="  قمة الرياض تبدأ أعمالها  ")]) == "قمة الرياض تبدأ أعمالها"
    long = " ".join(["كلمة"] * 40) + "."
    assert story_label([Document("a", long)]) == " ".join(["كلمة"] * 14) + " …"


def test_label_falls_back_to_another_member_then_to_the_first_paragraph() -> None:
    furniture = Document("a", "سياسة عربية\nالرئيسية > محليات")
    assert story_label([furniture, Document("b", NEWS)]) == trim(NEWS)
    assert first_sentence(Document("c", "خبر بلا نقطة في آخره عن القمة العربية في الرياض اليوم")) is None
    unfinished = Document("c", "خبر بلا نقطة في آخره عن القمة العربية وما دار فيها من نقاش بين القادة في الرياض")
    assert story_label([unfinished]) == trim(unfinished.text)


def test_a_decimal_point_does_not_end_the_sentence() -> None:
    text = "ضرب زلزال بقوة 7.4 درجات الساحل الشرقي للجزيرة صباح اليوم. وتضررت مبان عدة."
    assert story_label([Document("a", text)]) == "ضرب زلزال بقوة 7.4 درجات الساحل الشرقي للجزيرة صباح اليوم."


@pytest.mark.parametrize("title", ["سياسة عربية", "أخبار عربية – الرياض", "محليات"])
def test_a_title_that_is_a_section_or_a_dateline_is_not_the_label(title: str) -> None:
    assert story_label([Document("a", NEWS + MORE, title=title)]) == trim(NEWS)
