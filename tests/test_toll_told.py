"""A toll told twice at two counts is one fact told twice in a summary (docs/quality.md, fourteenth
session: tolls told twice). Made-up Arabic sentences."""

from khulasa.extract.figures import role_near
from khulasa.summarizer import select as sel
from khulasa.types import Fact, Sentence


def _cand(i: int, text: str, *concepts: str) -> sel.Candidate:
    fact = Fact(i, (Sentence(f"d{i}", 0, 0, len(text), text),))
    words = len(text.split())
    return sel.Candidate(fact, words, frozenset(concepts), 1.0, words)


def test_role_near_reads_a_cue_word_beside_a_count():
    text = "قتل خمسة عمال وأصيب 30 بجروح في المصنع"
    assert role_near(text, text.index("خمسة"), text.index("خمسة") + 4) == "killed"
    assert role_near(text, text.index("30"), text.index("30") + 2) == "injured"


def test_a_rising_toll_told_twice_keeps_one():
    first = _cand(0, "لقي 9 أشخاص حتفهم وأصيب 40 آخرون في انهيار مبنى سكني بمدينة حلب صباح اليوم.")
    later = _cand(1, "ارتفع عدد قتلى انهيار المبنى في حلب إلى 12 شخصا وأصيب 41 آخرون.")
    assert sel.toll_told_pairs([first, later], [0, 1]) == [(1, 0)]


def test_the_better_value_stays_when_it_is_central():
    first = _cand(0, "لقي 9 أشخاص حتفهم وأصيب 40 آخرون في انهيار مبنى سكني بمدينة حلب صباح اليوم.")
    later = _cand(1, "ارتفع عدد قتلى انهيار المبنى في حلب إلى 12 شخصا وأصيب 41 آخرون.", "<people:killed>")
    assert sel.toll_told_pairs([first, later], [0, 1]) == []


def test_a_toll_and_an_injured_count_both_stay():
    dead = _cand(0, "قتل 9 أشخاص في انهيار مبنى سكني بمدينة حلب صباح اليوم.")
    hurt = _cand(1, "وأصيب 40 شخصا بجروح في انهيار المبنى في حلب.")
    assert sel.toll_told_pairs([dead, hurt], [0, 1]) == []


def test_tolls_of_two_places_both_stay():
    here = _cand(0, "قتل 9 أشخاص في انهيار مبنى سكني بمدينة حلب صباح اليوم.")
    there = _cand(1, "وقتل 3 أشخاص في حمص جراء انهيار مبنى آخر.")
    assert sel.toll_told_pairs([here, there], [0, 1]) == []


def test_a_toll_with_another_figure_stays():
    quake = _cand(0, "ضرب زلزال بقوة 6 درجات مدينة حلب وقتل 9 أشخاص.")
    toll = _cand(1, "ارتفع عدد قتلى الزلزال في حلب إلى 12 شخصا.")
    # the toll alone is told again in the quake's sentence; the quake's sentence gives a magnitude
    assert sel.toll_told_pairs([quake, toll], [0, 1]) == [(1, 0)]
    assert sel.toll_told_pairs([toll, quake], [0, 1]) == [(0, 1)]


def test_a_toll_of_another_year_stays():
    now = _cand(0, "ضرب زلزال مدينة حلب وقتل 9 أشخاص وأصيب 40 آخرون في المدينة صباح اليوم.")
    then = _cand(1, "وكان زلزال عام 1999 قد قتل 300 شخص.")
    assert sel.toll_told_pairs([now, then], [0, 1]) == []


def test_a_toll_told_with_its_source_stays():
    first = _cand(0, "لقي 9 أشخاص حتفهم وأصيب 40 آخرون في انهيار مبنى سكني بمدينة حلب صباح اليوم.")
    said = _cand(1, "وقالت وزارة الصحة إن عدد القتلى بلغ 12.")
    assert sel.toll_told_pairs([first, said], [0, 1]) == []
