"""Issue 20, finished sentences only: a page's headline run into its lead with no stop or line break
between them ("<headline> <lead restating it>") is no summary sentence across outlets (thirteenth
pass, docs/quality.md). Our own sentences throughout."""

from __future__ import annotations

import pytest

from khulasa import summarize
from khulasa.summarizer.pipeline import on_its_own, prepare_document
from khulasa.text.finished import glued_headline, opens_page
from khulasa.types import Document

# Headlines run into their leads: a bare perfect verb ("تأهل", "قال") opens the lead, which
# restates the headline's words.
GLUED = [
    "البرتغال تهزم إسبانيا بثلاثية نظيفة وتتأهل تأهل المنتخب البرتغالي إلى نصف نهائي البطولة بفوزه "
    "على نظيره الإسباني بثلاثة أهداف نظيفة مساء الأحد.",
    "الوزير لن يترشح في الانتخابات البلدية المقبلة قال وزير المالية سالم الهاشمي إنه لن يترشح في "
    "الانتخابات البلدية المقبلة بسبب التزاماته الحكومية.",
    "زلزال قوي يضرب جنوب البلاد ضرب زلزال قوي جنوب البلاد فجر اليوم وأسفر عن أضرار في المباني.",
]
# Whole sentences: a lead alone, a verb that goes on with its clause, a head ending in a comma, a
# lead opening with "و", a head the lead does not restate.
NOT_GLUED = [
    "تأهل المنتخب البرتغالي إلى نصف نهائي البطولة بفوزه على نظيره الإسباني بثلاثة أهداف نظيفة.",
    "قتل عشرات الأشخاص في جنوب البلاد إثر زلزال قوي ضرب المنطقة فجر اليوم وأسفر عن أضرار كبيرة.",
    "أعلن الوزير أن زلزالا قويا الذي ضرب جنوب البلاد أسفر عن أضرار في المباني والطرق.",
    "زلزال قوي يضرب جنوب البلاد، ضرب زلزال قوي جنوب البلاد فجر اليوم وأسفر عن أضرار في المباني.",
    "وكان المنتخب البرتغالي قد تأهل إلى نصف نهائي البطولة بفوزه على نظيره الإسباني.",
    "البرتغال تهزم إسبانيا بثلاثية نظيفة وتتأهل وتأهل المنتخب البرتغالي إلى نصف نهائي البطولة "
    "بفوزه على نظيره الإسباني.",
    "الوزير يزور المدينة الساحلية قال رئيس البلدية إن المشاريع الجديدة ستنطلق في الربيع المقبل.",
]


@pytest.mark.parametrize("text", GLUED)
def test_a_headline_run_into_its_lead_is_glued(text: str) -> None:
    assert glued_headline(text)


@pytest.mark.parametrize("text", NOT_GLUED)
def test_a_whole_sentence_is_not_glued(text: str) -> None:
    assert not glued_headline(text)


LEAD = "وأضاف المدرب أن الفريق لعب مباراة كبيرة أمام جماهير غفيرة في الملعب."


def _layout(text: str) -> tuple[Document, dict[str, tuple[str, list[tuple[int, int]]]]]:
    doc = Document("p", text)
    prepared = prepare_document(doc)
    return doc, {doc.id: (doc.text, [(s.start, s.end) for s in prepared.sentences])}


def test_a_page_opens_with_its_first_sentence_or_one_under_lines_only() -> None:
    teaser = "مباراة مثيرة في الدوحة بين البرتغال وإسبانيا في ربع النهائي.."  # no finished sentence
    text = teaser + "\n\n" + GLUED[0] + " " + LEAD + "\n\n" + NOT_GLUED[0]
    doc, layout = _layout(text)
    prose = layout[doc.id][1]
    opened = [opens_page(text, start, prose) for start, _ in prose]
    assert opened == [True, True, False, False]  # the teaser, the lead under it; the rest is below prose


def test_a_glued_first_sentence_is_not_on_its_own_but_the_same_words_below_prose_are() -> None:
    top = prepare_document(Document("p", GLUED[0] + " " + LEAD))
    below = prepare_document(Document("p", NOT_GLUED[0] + "\n\n" + GLUED[0]))
    for prepared, expected in ((top, False), (below, True)):
        layout = {"p": (prepared.document.text, [(s.start, s.end) for s in prepared.sentences])}
        glued = next(s for s in prepared.sentences if s.text == GLUED[0])
        assert on_its_own(glued, layout) is expected


def test_a_multi_outlet_summary_leaves_out_a_headline_run_into_its_lead() -> None:
    others = [
        "فازت البرتغال على إسبانيا بثلاثة أهداف دون رد وتأهلت إلى نصف نهائي البطولة مساء الأحد.",
        "وسجل الأهداف الثلاثة مهاجم البرتغال في الشوط الثاني من المباراة.",
    ]
    # Two outlets carry the page with the glued headline (wire copy); two tell the event themselves.
    documents = [Document(f"a{k}", GLUED[0] + " " + LEAD) for k in range(2)]
    documents += [Document("b0", " ".join(others)), Document("b1", others[1])]
    for words in (20, 40, 60):
        texts = [s.text for s in summarize(documents, words=words).sentences]
        assert texts
        assert GLUED[0] not in texts
