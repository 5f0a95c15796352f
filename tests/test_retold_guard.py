"""Settings.retold_guard (issue 20, docs/quality.md, fourteenth session: restating): after the
choice, a country's adjective after a word for a place states the country, "لفظ أنفاسه" is a death,
and the budget a sentence told again frees is not spent on a near wording of the sentence it was
told in. Made-up sentences."""

from __future__ import annotations

from khulasa.config import Settings
from khulasa.extract.speakers import placed_countries
from khulasa.link.retold import idiom_light_verbs, light_verbs
from khulasa.summarizer.select import Candidate, near_told_pairs, retold_pairs
from khulasa.text.normalize import Analyzer, count_words
from khulasa.types import Fact, Sentence

SHOT = "اغتيل السفير الكندي مساء الأحد بعدما تعرض لإطلاق نار في معرض بالعاصمة التركية أدى إلى وفاته متأثرا بجروحه."


def _cand(i: int, text: str) -> Candidate:
    fact = Fact(i, (Sentence(f"d{i}", 3, 0, len(text), text),))
    words = count_words(text)
    return Candidate(fact, words, frozenset(), 1.0, words)


def test_the_switch_is_on_by_default():
    assert Settings().retold_guard is True


def test_a_countrys_adjective_after_a_word_for_a_place_states_the_country():
    assert placed_countries("أصيب السفير بالعاصمة التركية") == {("place", "تركيا")}
    # Not after a word for a province's part, nor after an agency.
    assert placed_countries("وقع الحادث في محافظة أذربيجان الشرقية") == frozenset()
    assert placed_countries("قالت وكالة الأرصاد الجوية اليابانية") == frozenset()


def test_a_killing_told_again_naming_the_country_the_other_gives_by_its_capital():
    again = "أعلنت الوزارة مقتل السفير الكندي لدى تركيا إثر الهجوم الذي تعرض له مساء الأحد."
    cands = [_cand(0, again), _cand(1, SHOT)]
    assert retold_pairs(cands, [0, 1], speakers=True, guard=True) == [(0, 1)]
    assert retold_pairs(cands, [0, 1], speakers=True) == []
    # Another country: another fact.
    other = "أعلنت الوزارة مقتل السفير الكندي لدى فرنسا إثر الهجوم الذي تعرض له مساء الأحد."
    assert retold_pairs([_cand(0, other), _cand(1, SHOT)], [0, 1], speakers=True, guard=True) == []


def test_breathing_ones_last_is_a_death_told_again():
    assert idiom_light_verbs() - light_verbs()
    again = "وذكر المتحدث باسم الوزارة أن السفير لفظ أنفاسه متأثرا بجروحه."
    cands = [_cand(0, again), _cand(1, SHOT)]
    assert retold_pairs(cands, [0, 1], speakers=True, guard=True) == [(0, 1)]
    assert retold_pairs(cands, [0, 1], speakers=True) == []


def test_the_freed_budget_goes_to_no_near_wording_of_the_sentence_told_in():
    told_in = "اغتيل السفير الكندي أندريه مارتان مساء الأحد بعدما تعرض لإطلاق نار أثناء مشاركته في معرض للصور."
    near = "قتل السفير الكندي أندريه مارتان أثناء حضوره معرضا للصور افتتحه مصور صحفي مساء الأحد."
    # A count of the injured the other does not give: a new fact, free to fill the budget.
    counted = "قتل السفير الكندي أندريه مارتان وأصيب 3 أشخاص آخرون أثناء حضوره معرضا للصور مساء الأحد."
    # Few words shared: another fact.
    other = "وكان السفير الكندي قد وصل إلى المدينة قبل أسبوع لحضور مؤتمر عن التجارة."
    cands = [_cand(i, t) for i, t in enumerate([told_in, near, counted, other])]
    analyzer = Analyzer(stem=True)
    assert near_told_pairs(cands, [0], [0], analyzer=analyzer, speakers=True) == {(0, 1)}
    # Nothing told again: nothing to guard.
    assert near_told_pairs(cands, [0], [], analyzer=analyzer, speakers=True) == set()
