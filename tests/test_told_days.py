"""The day of the event as a claim (select.told_days): a weekday three outlets open with weighs
in a summary of up to Settings.longer_from words. Made-up sentences."""

from __future__ import annotations

from khulasa.summarizer.select import DAY_PREFIX, DAY_SHARE, Candidate, _with_told_values, told_days
from khulasa.types import Fact, Sentence


def _fact(fact_id: int, text: str, doc: str, index: int) -> Fact:
    return Fact(fact_id, (Sentence(doc, index, 0, len(text), text),))


def _cand(fact: Fact) -> Candidate:
    words = len(fact.representative.text.split())
    return Candidate(fact, words, frozenset({"x"}), 1.0, words)


# A ferry sinks; three outlets open with the day, each in its own words, and one tells an earlier
# sinking's day further down.
OPENINGS = [
    _fact(0, "غرقت عبارة تقل عشرات الركاب قبالة الساحل اليوم الثلاثاء.", "a", 0),
    _fact(1, "أعلنت السلطات مساء الثلاثاء غرق عبارة في البحر.", "b", 1),
    _fact(2, "قال خفر السواحل إن العبارة غرقت أمس الثلاثاء بعد إبحارها بساعات.", "c", 0),
    _fact(3, "وانتشلت فرق الإنقاذ عشرين ناجيا من المياه.", "d", 0),
]
LATER = [
    _fact(4, "وكانت عبارة أخرى قد غرقت يوم الجمعة الماضي في المكان نفسه.", "a", 5),
    _fact(5, "وتبحث فرق الإنقاذ عن المفقودين منذ الثلاثاء.", "d", 4),
    _fact(6, "وغرقت عبارة ثالثة يوم الجمعة قبل شهر.", "b", 6),
]


def test_a_day_three_outlets_open_with_is_a_claim_every_sentence_naming_it_holds():
    facts = OPENINGS + LATER
    sentences = [s for f in facts for s in f.sentences]
    holders, made = told_days([_cand(f) for f in facts], sentences, 3)
    tuesday = {name for names in holders.values() for name in names}
    assert len(tuesday) == 1 and next(iter(tuesday)).startswith(DAY_PREFIX)
    # The three openings and the body sentence naming it hold the claim; the earlier sinking's
    # Friday, told by two outlets below their openings, is none; nor a sentence naming no day.
    assert sorted(holders) == [0, 1, 2, 5]
    assert made == {next(iter(tuesday)): 3}


def test_a_day_too_few_outlets_open_with_is_no_claim():
    facts = [OPENINGS[0], OPENINGS[1], OPENINGS[3], *LATER]
    sentences = [s for f in facts for s in f.sentences]
    assert told_days([_cand(f) for f in facts], sentences, 3) == ({}, {})


def test_the_day_weighs_only_when_asked_and_at_its_share():
    facts = OPENINGS + LATER
    cands = [_cand(f) for f in facts]
    plain, plain_weights = _with_told_values(cands, {}, facts, 8, 2.0)
    assert not any(c.startswith(DAY_PREFIX) for cand in plain for c in cand.concepts)
    assert not any(name.startswith(DAY_PREFIX) for name in plain_weights)
    with_days, weights = _with_told_values(cands, {}, facts, 8, 2.0, days=True)
    day = next(c for c in with_days[0].concepts if c.startswith(DAY_PREFIX))
    assert weights[day] == 2.0 * 3 * DAY_SHARE
    assert day in with_days[5].concepts and day not in with_days[3].concepts


def test_a_venue_three_outlets_open_with_is_a_claim_whatever_head_names_it():
    from khulasa.summarizer.select import VENUE_PREFIX, told_venues

    # A final played at one ground, which one outlet calls a stadium ("ستاد"), another a pitch
    # ("ملعب", behind ب), a third a ground ("استاد"); a training ground named further down once.
    facts = [
        _fact(0, "فاز الفريق الأزرق باللقب بعد فوزه 2-0 على ستاد النخيل مساء أمس.", "a", 0),
        _fact(1, "توج الفريق الأزرق بطلا للكأس بملعب النخيل بعد مباراة مثيرة.", "b", 0),
        _fact(2, "احتفل الآلاف بفوز الأزرق في استاد النخيل حتى ساعة متأخرة.", "c", 1),
        _fact(3, "وسيستقبل الفريق جماهيره غدا في ملعب الشاطئ للتدريب.", "a", 6),
        _fact(4, "وأشاد المدرب بلاعبيه بعد المباراة.", "d", 0),
    ]
    sentences = [s for f in facts for s in f.sentences]
    holders, made = told_venues([_cand(f) for f in facts], sentences, 3)
    assert sorted(holders) == [0, 1, 2]
    venue = holders[0][0]
    assert venue.startswith(VENUE_PREFIX) and holders[1] == holders[2] == [venue]
    assert made == {venue: 3}
    # Two outlets are too few.
    assert told_venues([_cand(f) for f in facts], sentences[:2] + sentences[3:], 3) == ({}, {})
