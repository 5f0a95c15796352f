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
    told_by_others,
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


# Past longer_from words (Settings.longer_told_share): a short sentence two chosen ones tell together.
SCORERS = _cand(5, "وسجل أهداف الفريق اللاعب سالم في الدقائق 22 و73 و90 من ركلات الجزاء.", "a")
FINAL = _cand(6, "وتوج الفريق بلقب البطولة بعد فوزه في النهائي، كما منحت الأهداف اللاعب سالم صدارة الهدافين.", "b")
AGAIN = _cand(7, "واختير سالم أفضل لاعب، كما حصد لقب هداف البطولة.", "c")


def test_a_short_sentence_the_other_chosen_ones_tell_together_goes():
    assert told_by_others([SCORERS, FINAL, AGAIN], [0, 1, 2], 0.5) == [(2, 1)]
    assert told_by_others([SCORERS, FINAL, AGAIN], [0, 2], 0.5) == []  # one of them alone does not


def test_a_value_the_others_do_not_give_keeps_it():
    toll = _cand(8, "وقتل ثلاثة أشخاص في الانفجار الذي هز المصنع.", "a")
    more = _cand(9, "وقتل 4 أشخاص في الانفجار الذي هز المصنع ليلا.", "b")
    same = _cand(10, "وقتل 3 أشخاص في الانفجار الذي هز المصنع ليلا.", "b")
    assert told_by_others([more, toll], [0, 1], 0.5) == []
    assert told_by_others([same, toll], [0, 1], 0.5) == [(1, 0)]  # "ثلاثة" and "3" are one value


def test_off_by_default_and_never_at_the_desk():
    # Off: chosen with one set left out, it stated fewer key facts at 150 words than no rule.
    assert Settings().longer_told_share == 0
    assert DESK_SUMMARY_SETTINGS.support_weight == 0  # the rule asks for the support groups on


# One claim told by two outlets with two names of one group (resources/ar/other_names.txt), and a
# third outlet's sentence about something else.
CLAIM_SHORT = _cand(10, "وتبنى داعش الاعتداء الدامي على الحافلة.", "a")
CLAIM_LONG = _cand(11, "وأعلنت الدولة الإسلامية مسؤوليتها عن استهداف الحافلة في بيان نشرته وكالة تابعة لها.", "b")
CLAIM_OTHER = _cand(12, "وأغلقت الشرطة الطرق المؤدية إلى المدينة لساعات.", "c")


def test_a_group_named_by_two_of_its_names_is_one_term_in_the_support_groups():
    cands = [CLAIM_SHORT, CLAIM_LONG, CLAIM_OTHER]
    assert support_cover(cands)[1, 0] < 0.25  # as written, the two names share no stem
    assert support_cover(cands, one_name=True)[1, 0] >= 0.25
    groups = support_groups(cands, 0.25)
    assert [members for members, _ in groups] == [[0, 1]]
    # The forbidden pairs read the names as written.
    assert support_pairs(cands, 0.25) == set()
