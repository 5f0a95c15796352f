"""Restating at 60 and 100 words (docs/quality.md, seventeenth session): a weak telling of the event
told again after the choice, and the story's subject still a word both sentences share."""

from __future__ import annotations

from khulasa.link.retold import light_verbs, subject_words, told_again
from khulasa.summarizer.opening import RETOLD_SHARE, WEAK_SHARE, OpeningTerms, opening_scores, weak_tellings
from khulasa.summarizer.select import Candidate, _told_by_no_one, _without_weak, meanings, weak_told_pairs
from khulasa.text.normalize import Analyzer, count_words
from khulasa.types import Fact, Sentence

# Made-up sentences of a made-up ferry sinking.
SANK = "غرقت العبارة التي تقل عشرات الركاب قبالة سواحل الجزيرة فجر الخميس وبدأت فرق الإنقاذ البحث عن ناجين."
AGAIN = "وكانت العبارة قد غرقت بعد ساعات من إبحارها وسط أمواج عالية."
COUNTED = "وكانت العبارة قد غرقت وعلى متنها 40 راكبا."
ELSEWHERE = "وغرقت العبارة قرب ميناء طرطوس بعد ساعات من إبحارها."
WAVES = "وشهدت سواحل المنطقة أمواجا عالية طوال الليل."
REPORTED = "وأكدت السلطات أن العبارة غرقت بعد ساعات من إبحارها."
# An official's view of the cause is what he said, not the sinking told again ("رجّح": held likely).
HELD_LIKELY = "ورجّح مدير الميناء أن تكون العبارة غرقت بسبب حمولة زائدة."


def _fact(i: int, text: str) -> Fact:
    return Fact(i, (Sentence(f"d{i}", 3, 0, len(text), text),))


def _cand(i: int, text: str, concepts: frozenset[str] = frozenset()) -> Candidate:
    words = count_words(text)
    return Candidate(_fact(i, text), words, concepts, 1.0, words)


def test_a_weak_telling_sharing_two_words_of_what_happened_with_the_event_tells_it_again():
    cands = [_cand(0, SANK), _cand(1, AGAIN)]
    assert weak_told_pairs(cands, [0, 1], group={0}, weak={1}) == [(1, 0)]
    # Not read when it is no weak telling, nor without a telling of the event chosen.
    assert weak_told_pairs(cands, [0, 1], group={0}, weak=set()) == []
    assert weak_told_pairs(cands, [1], group={0}, weak={1}) == []


def test_a_weak_telling_with_a_figure_a_name_of_its_own_one_word_shared_or_a_speaker_stays():
    for text in (COUNTED, ELSEWHERE, WAVES, REPORTED, HELD_LIKELY):
        cands = [_cand(0, SANK), _cand(1, text)]
        assert weak_told_pairs(cands, [0, 1], group={0}, weak={1}) == [], text


def test_the_weak_telling_told_again_goes_and_its_budget_is_spent_on_another_fact():
    cands = [
        _cand(0, SANK, frozenset({"a"})),
        _cand(1, AGAIN, frozenset({"b"})),
        _cand(2, WAVES, frozenset({"c"})),
    ]
    weights = {"a": 3.0, "b": 2.0, "c": 1.0}
    budget = cands[0].cost + max(cands[1].cost, cands[2].cost)
    bonus = [0.0, 0.0, 0.0]
    chosen, forbidden = _without_weak(cands, [0, 1], weights, budget, bonus, [], {}, [], {0}, {1})
    assert chosen == [0, 2]
    assert forbidden == [(0, 1)]
    # Nothing to take its place: the weak telling stays rather than leave the budget unused.
    alone = cands[:2]
    assert _without_weak(alone, [0, 1], weights, budget, bonus, [], {}, [], {0}, {1}) == ([0, 1], [])
    # Nothing weak: the choice and the pairs are left as they were.
    assert _without_weak(cands, [0, 1], weights, budget, bonus, [(1, 2)], {}, [], {0}, set()) == ([0, 1], [(1, 2)])


def test_weak_tellings_are_the_band_under_the_retellings_with_no_new_quantity():
    stem = Analyzer(stem=True)
    weight = {t: 0.25 for t in stem.content_terms("غرقت العبارة التي تقل عشرات الركاب قبالة سواحل")}
    terms = OpeningTerms(weight, stem)
    facts = [_fact(0, SANK), _fact(1, AGAIN), _fact(2, COUNTED), _fact(3, WAVES)]
    scores = opening_scores([f.representative.text for f in facts], terms)
    share = 0.6
    band = [f.id for f, s in zip(facts, scores, strict=True) if WEAK_SHARE * scores[0] <= s < RETOLD_SHARE * scores[0]]
    assert 1 in band and 2 in band and 3 not in band
    # A count of passengers the event's telling does not give is a fact of its own, not a weak telling.
    assert weak_tellings(facts, [True] * 4, terms, share) == [1]
    assert weak_tellings(facts, [True] * 4, terms, 0.0) == []


def test_the_storys_subject_skipped_where_a_sentence_begins_still_counts_as_shared():
    called = "ووصف الخبير الزلزال بأنه مدمر."
    quoted = "الزلزال مدمر بلا شك."
    first, second = meanings([_cand(0, quoted), _cand(1, called)])
    assert first.happening[0] in subject_words()
    assert told_again(first, second, light_verbs(), subject_words())


def test_a_country_the_telling_writes_by_its_adjective_is_no_place_of_the_weak_tellings_own():
    # A made-up price rise: the telling writes "الحكومة المغربية", the weak telling names Morocco.
    raised = "رفعت الحكومة المغربية أسعار الخبز والسكر على أن تسري الأسعار الجديدة من صباح الغد."
    queues = "وشهدت المخابز في المغرب طوابير طويلة قبل سريان قرار رفع الأسعار."
    cands = [_cand(0, raised), _cand(1, queues)]
    assert weak_told_pairs(cands, [0, 1], group={0}, weak={1}) == [(1, 0)]
    # Another country's adjective places the telling elsewhere: Morocco stays a place of its own.
    other = raised.replace("المغربية", "التونسية")
    cands = [_cand(0, other), _cand(1, queues)]
    assert weak_told_pairs(cands, [0, 1], group={0}, weak={1}) == []


# The sinking told again in the words of a source naming no one (twentieth session): no claim of its own.
BY_NO_ONE = (
    "وذكرت مصادر محلية أن العبارة غرقت بعد ساعات من إبحارها.",
    "وقال شهود إن العبارة غرقت بعد ساعات من إبحارها.",
    "وذكرت وسائل إعلام محلية أن العبارة غرقت بعد ساعات من إبحارها.",
    "وقال مصدر أمني إن العبارة غرقت بعد ساعات من إبحارها.",
    # Relayed by an outlet from a source naming no one: the source is who spoke.
    "ونقلت وكالة الأنباء عن مصادر طبية أن العبارة غرقت بعد ساعات من إبحارها.",
)


def test_a_weak_telling_a_source_naming_no_one_tells_is_the_event_told_again():
    for text in BY_NO_ONE:
        assert _told_by_no_one(text), text
        cands = [_cand(0, SANK), _cand(1, text)]
        assert weak_told_pairs(cands, [0, 1], group={0}, weak={1}) == [(1, 0)], text
    # The authorities, a minister, a port's director: a party to the story, whose words are a claim.
    relayed = "ونقلت وكالة الأنباء عن وزير النقل أحمد سالم قوله إن العبارة غرقت بعد ساعات من إبحارها."
    for text in (REPORTED, HELD_LIKELY, SANK, AGAIN, relayed):
        assert not _told_by_no_one(text), text
