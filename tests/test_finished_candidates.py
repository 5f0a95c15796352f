"""Issue 20, item 2: a multi-outlet summary takes finished sentences only (no headline line, "..",
breadcrumb or cut end of a page); a single article and text typed without stops still get one."""

from __future__ import annotations

import pytest

from khulasa import summarize
from khulasa.config import Settings
from khulasa.summarizer.pipeline import is_candidate
from khulasa.text.finished import continues_line, unfinished
from khulasa.types import Document, Sentence

from .conftest import NEWS_SET_A, read_folder

# Each outlet's finished account, and lines that are not sentences but carry the same words.
FINISHED = [
    "هز انفجار ضخم مرفأ بيروت مساء الثلاثاء وأسفر عن مقتل العشرات وإصابة الآلاف بجروح.",
    "وقال وزير الداخلية إن الانفجار نجم عن نترات الأمونيوم المخزنة في العنبر رقم 12 منذ سنوات.",
    "وأعلن المجلس الأعلى للدفاع بيروت مدينة منكوبة وأعلن الحداد الوطني ثلاثة أيام.",
]
HEADLINE = (
    "انفجار ضخم يهز مرفأ بيروت ويوقع عشرات القتلى وآلاف الجرحى ووزير الداخلية يتحدث عن نترات "
    "الأمونيوم المخزنة في العنبر رقم 12 منذ سنوات والمجلس الأعلى للدفاع يعلن المدينة منكوبة"
)
TEASER = "الانفجار الضخم في مرفأ بيروت يوقع عشرات القتلى وآلاف الجرحى ونترات الأمونيوم في العنبر رقم 12.."
BREADCRUMB = "الرئيسية > محليات > انفجار ضخم يهز مرفأ بيروت ويوقع عشرات القتلى وآلاف الجرحى."
CUT = "وسمع دوي الانفجار الضخم في مرفأ بيروت إلى خارج المدينة ببضع كيلومت"


def _outlet(k: int) -> Document:
    extra = [HEADLINE, TEASER, BREADCRUMB][k % 3]
    return Document(f"d{k}", "\n\n".join([extra, *FINISHED[: 1 + k % 3], CUT]))


def test_a_multi_outlet_summary_has_finished_sentences_only() -> None:
    documents = [_outlet(k) for k in range(6)]
    for words in (40, 60, 100):
        summary = summarize(documents, words=words)
        assert summary.sentences
        assert [s.text for s in summary.sentences if unfinished(s.text)] == []


def test_text_typed_without_stops_still_gets_a_summary() -> None:
    # Long enough not to be headings (short lines without a stop are), with no stop anywhere.
    lines = [f"{a.rstrip('.')} و{b.rstrip('.')}" for a, b in zip(FINISHED, FINISHED[1:] + FINISHED[:1], strict=True)]
    documents = [Document("a", "\n\n".join(lines)), Document("b", "\n\n".join(reversed(lines)))]
    summary = summarize(documents, words=60)
    assert summary.sentences
    assert all(unfinished(s.text) == "no-final-stop" for s in summary.sentences)


def _sentence(text: str) -> Sentence:
    return Sentence("d", 0, 0, len(text), text, 0)


@pytest.mark.parametrize("text", [HEADLINE, TEASER, CUT], ids=["headline", "teaser", "cut-end"])
def test_an_unfinished_line_is_a_candidate_only_where_finished_is_not_asked(text: str) -> None:
    settings = Settings()
    assert not is_candidate(_sentence(text), settings)
    assert is_candidate(_sentence(text), settings, finished=False)  # a single article's own lines


def test_a_breadcrumb_is_never_a_candidate() -> None:
    assert not is_candidate(_sentence(BREADCRUMB), Settings(), finished=False)


# A title split over two lines: the first has no final stop (it ends in a bracket), the second
# ends with one but only goes on from the first.
SPLIT_TITLE = (
    "انفجار ضخم يهز مرفأ بيروت ويوقع عشرات القتلى (تغطية مباشرة)\n"
    "بعد اندلاع حريق في أحد مستودعات المرفأ مساء الثلاثاء قرب الأرصفة الشمالية."
)


def test_the_second_line_of_a_split_title_continues_the_line_above() -> None:
    second = SPLIT_TITLE.index("بعد")
    assert continues_line(SPLIT_TITLE, second)
    # The same line under a finished sentence, under a blank line, or opening with a verb stands alone.
    finished_above = SPLIT_TITLE.replace("(تغطية مباشرة)", "(تغطية مباشرة).")
    assert not continues_line(finished_above, finished_above.index("بعد"))
    blank_between = SPLIT_TITLE.replace("\n", "\n\n")
    assert not continues_line(blank_between, blank_between.index("بعد"))
    verb_first = SPLIT_TITLE.replace("بعد اندلاع", "اندلع")
    assert not continues_line(verb_first, verb_first.index("اندلع"))
    # A text that does not open its line, or opens the document, goes on from nothing.
    assert not continues_line(SPLIT_TITLE, SPLIT_TITLE.index("اندلاع"))
    assert not continues_line(SPLIT_TITLE[second:], 0)


def test_a_multi_outlet_summary_leaves_out_the_second_line_of_a_split_title() -> None:
    fragment = SPLIT_TITLE.split("\n")[1]
    documents = [Document(f"d{k}", SPLIT_TITLE + "\n\n" + "\n\n".join(FINISHED[: 1 + k % 3])) for k in range(4)]
    documents.append(Document("e", FINISHED[1]))
    for words in (40, 60, 100):
        texts = [s.text for s in summarize(documents, words=words).sentences]
        assert texts
        assert fragment not in texts


def test_news_set_a_summaries_have_no_unfinished_line() -> None:
    clusters = sorted(p for p in NEWS_SET_A.glob("*") if any(p.glob("*.txt")))
    if not clusters:
        pytest.skip(f"the news-set-a texts are not under {NEWS_SET_A} (set KHULASA_NEWS_SET_A)")
    for folder in clusters:
        summary = summarize(read_folder(folder), words=100)
        assert [s.text for s in summary.sentences if unfinished(s.text)] == [], folder.name
