"""A sentence that tells another's fact in another order, behind a word of its own (docs/quality.md,
fifteenth session: facts told twice): four of its words of what happened, and 40% of them, are the
other's. Made-up Arabic sentences."""

from __future__ import annotations

from khulasa.link.retold import _shares_most, light_verbs, told_again
from khulasa.summarizer.select import Candidate, Meaning, meanings
from khulasa.text.normalize import count_words
from khulasa.types import Fact, Sentence


def _cand(i: int, text: str) -> Candidate:
    fact = Fact(i, (Sentence(f"d{i}", 3, 0, len(text), text),))
    words = count_words(text)
    return Candidate(fact, words, frozenset(), 1.0, words)


def _meanings(*texts: str) -> list[Meaning]:
    return meanings([_cand(i, t) for i, t in enumerate(texts)])


def _again(a: str, b: str) -> bool:
    first, second = _meanings(a, b)
    return told_again(first, second, light_verbs())


def test_shares_most_needs_four_words_and_forty_percent():
    assert _shares_most(4, 10) and _shares_most(5, 7)
    assert not _shares_most(3, 5)  # too few words shared
    assert not _shares_most(4, 11)  # too small a share of its words


def test_a_fact_told_in_another_order_behind_a_word_of_its_own():
    told = "قال مدير الدفاع المدني إن الحريق اندلع في مخزن الوقود القديم قرب محطة القطار."
    again = "ورجح المراقبون أن الحريق في مخزن الوقود القديم قرب المحطة."
    assert _again(again, told)


def test_a_sentence_sharing_few_words_is_no_retelling():
    told = "قال مدير الدفاع المدني إن الحريق اندلع في مخزن الوقود القديم قرب محطة القطار."
    other = "وطالب السكان البلدية بنقل خزانات الوقود بعيدا عن الأحياء السكنية وتعويض المتضررين من الحريق."
    assert not _again(other, told)
