"""Tellings of the event after the choice (docs/quality.md, "The seventeenth session: the four
batches run as unseen"): an outlet's own short telling of the event whose words lie inside the chosen
telling's goes after the choice, its budget spent on another fact, and up to 60 words
(``Settings.reported_apart_to``) a telling that opens with reported speech stands apart from the
event group."""

from __future__ import annotations

from khulasa.config import Settings
from khulasa.errors import SettingsError
from khulasa.summarizer.select import Candidate, _forbidden, _without_weak, contained_told_pairs
from khulasa.text.normalize import Analyzer, count_words
from khulasa.types import Fact, Sentence

# Made-up tellings of a made-up meeting.
MET = "عقد رئيس الوزراء سالم يوسف اجتماعا مع نظيره خالد أحمد اليوم الأربعاء في العاصمة، في أول لقاء بينهما منذ سنوات."


AGAIN = "التقى رئيس الوزراء سالم يوسف ونظيره خالد أحمد في العاصمة اليوم الأربعاء."


COUNTED = "والتقى رئيس الوزراء سالم يوسف ونظيره خالد أحمد 40 دقيقة بحضور 12 وزيرا."


OTHER = "وبحث الجانبان أزمة المياه وتقاسم مياه النهر المشترك بين البلدين."


def _cand(i: int, text: str, concepts: frozenset[str] = frozenset()) -> Candidate:
    words = count_words(text)
    return Candidate(Fact(i, (Sentence(f"d{i}", 0, 0, len(text), text),)), words, concepts, 1.0, words)


def test_a_short_telling_whose_words_lie_inside_the_chosen_telling_tells_it_again():
    cands = [_cand(0, MET), _cand(1, AGAIN)]
    assert contained_told_pairs(cands, [0, 1], group={0}) == [(1, 0)]
    # Not read without a chosen telling of the event, nor for a sentence of the event group itself.
    assert contained_told_pairs(cands, [1], group={0}) == []
    assert contained_told_pairs(cands, [0, 1], group={0, 1}) == []


def test_a_sub_event_told_again_in_fewer_words_beside_any_chosen_sentence_goes():
    """Half the words of a short sentence outside the event group inside another chosen sentence
    (no telling of the event: the rejection of a resignation told by two outlets) is that sentence
    told again; of two that hold each other, one goes. Fewer shared words keep it."""
    longer = "ورفض الملك فادي اليوم الخميس الاستقالة التي قدمها إليه الوزير الأول عادل نصار، حسبما أعلن القصر."
    again = "رفض الملك فادي استقالة الوزير الأول عادل نصار وإعادته إلى الحكومة."
    cands = [_cand(0, MET), _cand(1, longer), _cand(2, again), _cand(3, OTHER)]
    assert contained_told_pairs(cands, [0, 1, 2, 3], group={0}) == [(2, 1)]
    twice = [_cand(0, MET), _cand(1, again), _cand(2, again)]
    assert contained_told_pairs(twice, [0, 1, 2], group={0}) == [(1, 2)]


def test_a_sentence_with_a_quantity_of_its_own_or_words_of_its_own_stays():
    for text in (COUNTED, OTHER):
        cands = [_cand(0, MET), _cand(1, text)]
        assert contained_told_pairs(cands, [0, 1], group={0}) == [], text


def test_the_contained_telling_goes_and_its_budget_is_spent_on_another_fact():
    cands = [
        _cand(0, MET, frozenset({"a"})),
        _cand(1, AGAIN, frozenset({"b"})),
        _cand(2, OTHER, frozenset({"c"})),
    ]
    weights = {"a": 3.0, "b": 2.0, "c": 1.0}
    budget = cands[0].cost + max(cands[1].cost, cands[2].cost)
    bonus = [0.0, 0.0, 0.0]
    chosen, forbidden = _without_weak(cands, [0, 1], weights, budget, bonus, [], {}, [], {0}, (), contained=True)
    assert chosen == [0, 2]
    assert forbidden == [(0, 1)]
    # Nothing to take its place: it stays rather than leave the budget unused.
    alone = cands[:2]
    assert _without_weak(alone, [0, 1], weights, budget, bonus, [], {}, [], {0}, (), contained=True) == ([0, 1], [])


# Made-up tellings of a made-up ferry sinking: the event, and what a ministry said of it.
SANK = "غرقت العبارة التي تقل عشرات الركاب قبالة سواحل الجزيرة فجر الخميس."


SAID = "وقالت وزارة النقل إن العبارة كانت تحمل شحنة من السيارات وإن التحقيق بدأ في أسباب الحادث."


def test_a_telling_opening_with_reported_speech_stands_apart_from_the_event_group():
    cands = [_cand(0, SANK), _cand(1, SAID)]
    stem = Analyzer(stem=False)
    settings = Settings()
    told_twice = _forbidden(cands, stem, settings, [], True, short=True, one_of={0, 1}, retold=set())
    assert (0, 1) in told_twice
    apart = _forbidden(cands, stem, settings, [], True, short=True, one_of={0, 1}, retold=set(), reported_apart=True)
    assert (0, 1) not in apart
    # Two tellings neither of which opens with reported speech stay one event told twice.
    plain = [_cand(0, SANK), _cand(1, SAID.replace("وقالت وزارة النقل إن العبارة كانت", "وكانت العبارة"))]
    assert (0, 1) in _forbidden(
        plain, stem, settings, [], True, short=True, one_of={0, 1}, retold=set(), reported_apart=True
    )


def test_reported_apart_to_is_a_whole_number_of_words():
    assert Settings().reported_apart_to == 60
    for bad in (-1, 1.5, True):
        try:
            Settings(reported_apart_to=bad)
        except SettingsError:
            continue
        raise AssertionError(bad)
