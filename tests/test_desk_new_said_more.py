"""What is new for a reader of an earlier summary version (docs/desk.md, forty-fifth pass, tried on
branch ``desk23-said``): another passage of a sentence's fact group known vouches only for what it
holds, not for a clause the printed sentence adds; and a later clause that tells a second thing
said ("…، مشيرا إلى أن …": ``resources/ar/speech_participles.txt``, then أن/إن) is news, not an
added detail. Made-up sentences."""

from __future__ import annotations

from typing import Any

from khulasa.desk.updates import _said_more, what_is_new
from khulasa.types import Document

EARLIER = "واتفق البلدان على بدء علاقات اقتصادية وتجارية مع التركيز مبدئيا على الزراعة والطيران."
SHORT = "واتفق البلدان على بدء علاقات اقتصادية وتجارية مع التركيز على الزراعة والطيران."
MAIN = "واتفق البلدان على بدء علاقات اقتصادية وتجارية بينهما مع التركيز على الزراعة والطيران"


def _versions(later: str) -> tuple[dict[str, Any], dict[str, Any], list[Document]]:
    """Version V prints ``EARLIER``; the later sentence ``later`` (another outlet's) was grouped with
    a shorter passage that tells the agreement alone."""
    docs = [Document(id="a", text=SHORT, source="أ"), Document(id="b", text=later, source="ب")]
    earlier = {"sentences": [{"text": EARLIER, "sources": []}]}
    spans = [{"doc": "b", "start": 0, "end": len(later)}, {"doc": "a", "start": 0, "end": len(SHORT)}]
    return {"sentences": [{"text": later, "sources": spans}]}, earlier, docs


def test_a_known_passage_of_the_fact_group_does_not_make_a_clause_it_lacks_known():
    # The shorter passage is all version V told: the sentence told again with it is known.
    summary, earlier, docs = _versions(f"{MAIN}.")
    assert what_is_new(summary, earlier, docs).new == [] and what_is_new(summary, earlier, docs).details == []
    # A clause the passage lacks (the debts relieved) is the sentence's own: an added detail.
    later = f"{MAIN}، وذلك ضمن خطة دولية لتخفيف أعباء ديون البلد الجار المتراكمة منذ عقود."
    summary, earlier, docs = _versions(later)
    changes = what_is_new(summary, earlier, docs)
    assert changes.new == [] and [i for i, _ in changes.details] == [0]
    assert "ديون" in " ".join(later[a:b] for a, b in changes.details[0][1])


def test_a_second_thing_said_is_news_not_a_detail():
    later = f"{MAIN}، مشيرا إلى أن الحكومة ستعمل مع شركاء دوليين لتخفيف أعباء ديون البلد الجار."
    summary, earlier, docs = _versions(later)
    assert what_is_new(summary, earlier, docs).new == [0]


def test_what_was_said_opens_within_three_words_of_the_participle():
    for text, said in [
        ("مشيرا إلى أن الحكومة ستعمل", True),
        ("ومؤكدا أن الاتفاق نهائي", True),
        ("معدّا أن هذا المعبد سيضخ طاقة جديدة", True),
        ("مؤكدا على أهمية الحوار", False),  # no أن: what he stressed, not a statement
        ("في أول تحذيرات كبيرة منذ الزلزال", False),
        ("مضيفا في كلمة ألقاها أمام النواب أن", False),  # أن past the third word
    ]:
        assert _said_more(text) is said, text
