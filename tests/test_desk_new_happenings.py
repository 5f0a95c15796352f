"""What is new for a reader of an earlier summary version, the thirty-eighth pass (docs/desk.md):
one happening told again in other words. A light verb that carries no happening of its own is no
word a reworded repeat lacks; a changed figure is still news."""

from __future__ import annotations

from khulasa.desk.updates import _Known, new_sentences
from khulasa.link.clauses import content_keys
from khulasa.text.normalize import Analyzer
from khulasa.types import Document
from tests.conftest import stored_summary as _summary


def test_a_light_verb_is_no_word_a_reworded_repeat_lacks() -> None:
    """ "وجاء هدف المنتخب عن طريق فلان" tells "سجل فلان هدف المنتخب" again: "جاء", like "تم", "لقي"
    and "أسفر" (``light_verbs.txt``, which the summarizer's retelling test reads), carries no
    happening of its own, so it is left out of the words the desk compares, as the words that
    frame a sentence are. The word after it stays; a changed minute is still news."""
    earlier = _summary("سجل المهاجم سامي الحداد هدف المنتخب في الدقيقة 22.")
    known = _Known(earlier["sentences"], [], [])
    text = "وجاء هدف المنتخب عن طريق الحداد في الدقيقة 22."
    words = frozenset().union(*(c.terms for c in known._clauses(text)))
    stem = Analyzer(stem=True)
    assert not content_keys("وجاء", stem) & words
    assert content_keys("هدف", stem) <= words
    documents = [
        Document(id="a", text=f"{earlier['sentences'][0]['text']} وتأهل المنتخب إلى الدور الثاني.", source="أ"),
        Document(id="b", text=f"{text} وأشاد المدرب بأداء اللاعبين.", source="ب"),
        Document(id="c", text="فاز المنتخب على ضيفه بهدف نظيف وتأهل إلى الدور الثاني.", source="ج"),
    ]
    assert new_sentences(_summary(text), earlier, documents) == []
    assert new_sentences(_summary(text.replace("22", "35")), earlier, documents) == [0]
