"""What several outlets state in their own words as one concept of a short summary (issue 20;
docs/quality.md, "The twenty-second session: support across wordings (helper support22)")."""

from __future__ import annotations

from khulasa.config import Settings
from khulasa.desk.desk import DESK_SUMMARY_SETTINGS
from khulasa.summarizer.select import (
    SUPPORT_PREFIX,
    Candidate,
    _with_support,
    support_cover,
    support_groups,
    support_pairs,
)
from khulasa.text.normalize import count_words
from khulasa.types import Fact, Sentence


def _cand(fact_id: int, text: str, *docs: str) -> Candidate:
    fact = Fact(fact_id, tuple(Sentence(d, 3, 0, len(text), text) for d in docs))
    words = count_words(text)
    return Candidate(fact, words, frozenset(), 1.0, words)


# A short sentence of one outlet, a longer one of another stating it among other things, and
# another outlet's sentence about something else.
SHORT = _cand(0, "وطالب الرئيس السلطات ببذل كل الجهود لإنقاذ الجرحى.", "a")
LONGER = _cand(1, "وطالب الرئيس السلطات مساء الخميس ببذل كل الجهود لإنقاذ الجرحى وفتح تحقيق في الانفجار بالمصنع.", "b")
OTHER = _cand(2, "وغطت قطع الزجاج الشوارع على بعد ثلاثة كيلومترات من موقع الانفجار.", "c")


def test_cover_is_the_share_of_a_sentence_s_content_another_holds():
    cover = support_cover([SHORT, LONGER, OTHER])
    assert cover[1, 0] > 0.8  # the longer sentence holds nearly all the short one says
    assert cover[0, 1] < cover[1, 0]  # ... not the other way round
    assert cover[2, 0] < 0.25


def test_a_short_sentence_other_outlets_state_seeds_a_group_weighed_by_its_documents():
    groups = support_groups([SHORT, LONGER, OTHER], 0.25)
    assert groups == [([0, 1], 2)]
    cands, weights = _with_support([SHORT, LONGER, OTHER], {}, 1.5, 0.25)
    (name,) = {c for c in cands[0].concepts if c.startswith(SUPPORT_PREFIX)}
    assert name in cands[1].concepts and name not in cands[2].concepts
    assert weights[name] == 3.0  # read once by the solver, whichever holder is chosen


def test_no_group_from_one_outlet_alone_nor_when_off():
    same = _cand(3, "وطالب الرئيس السلطات ببذل كل الجهود لإنقاذ الجرحى فورا.", "a")
    assert support_groups([SHORT, same, OTHER], 0.25) == []
    cands, weights = _with_support([SHORT, LONGER, OTHER], {"x": 1.0}, 0.0, 0.25)
    assert weights == {"x": 1.0} and cands[0].concepts == frozenset()


def test_two_sentences_each_holding_the_other_are_not_both_chosen():
    again = _cand(4, "ودعا الرئيس السلطات إلى بذل كل الجهود لإنقاذ الجرحى.", "c")
    assert support_pairs([SHORT, again, OTHER], 0.25) == {(0, 1)}


def test_the_desk_keeps_it_off():
    assert Settings().support_weight > 0
    assert DESK_SUMMARY_SETTINGS.support_weight == 0
