"""Two sentences of the event group that share little of their concept weight both stand
(docs/quality.md, nineteenth session: sentences that state no key fact)."""

from __future__ import annotations

from khulasa.config import Settings
from khulasa.summarizer.select import Candidate, concepts_of, event_pairs
from khulasa.text.normalize import Analyzer, count_words
from khulasa.types import Fact, Sentence

SURFACE = Analyzer(stem=False)

# Made-up openings of three outlets on one visit: two tell the arrival in their own words, one
# opens with what happened at the meeting (how long it lasted, the gift), naming no one.
ARRIVAL = "وصل الرئيس الزائر إلى العاصمة مساء الاثنين في زيارة رسمية تستمر يومين."
ARRIVAL_AGAIN = "الرئيس الزائر يصل إلى العاصمة في زيارة رسمية تستمر يومين."
MEETING = "وخلال اللقاء الذي استمر ساعة ونصف قدم لمضيفته لوحة فنية ووساما رفيعا."


def _cand(fact_id: int, text: str, doc: str) -> Candidate:
    fact = Fact(fact_id, (Sentence(doc, 0, 0, len(text), text),))
    words = count_words(text)
    return Candidate(fact, words, concepts_of(text, SURFACE, unigrams=True), 1.0, words)


def _weights(cands: list[Candidate]) -> dict[str, float]:
    # Every concept weighs one document, bigrams and single words alike: the test reads shares.
    return {c: 1.0 for cand in cands for c in cand.concepts}


def test_a_telling_sharing_little_weight_with_another_stands_beside_it() -> None:
    cands = [_cand(0, ARRIVAL, "a"), _cand(1, ARRIVAL_AGAIN, "b"), _cand(2, MEETING, "c")]
    weights = _weights(cands)
    share = Settings().event_apart_share
    pairs = event_pairs(cands, [0, 1, 2], weights=weights, apart_share=share)
    # The arrival told twice stays one of a kind; the meeting shares nothing with either.
    assert (0, 1) in pairs
    assert (0, 2) not in pairs and (1, 2) not in pairs
    # Without the share (or the weights) every pair of the group is the event told twice, as before.
    every = {(0, 1), (0, 2), (1, 2)}
    assert event_pairs(cands, [0, 1, 2], weights=weights) == every
    assert event_pairs(cands, [0, 1, 2], apart_share=share) == every


def test_the_share_is_read_on_both_sentences() -> None:
    # A short sentence lying inside a long telling holds most of its own weight in the telling's
    # concepts, though little of the telling's weight is its: one event told twice.
    long_telling = ARRIVAL + " " + MEETING
    short = "وصل الرئيس الزائر إلى العاصمة."
    cands = [_cand(0, long_telling, "a"), _cand(1, short, "b")]
    weights = _weights(cands)
    shared = len(cands[0].concepts & cands[1].concepts)
    assert shared < 0.5 * len(cands[0].concepts) and shared > 0.5 * len(cands[1].concepts)
    assert (0, 1) in event_pairs(cands, [0, 1], weights=weights, apart_share=0.5)


def test_the_desk_tells_the_event_once() -> None:
    from khulasa.desk.desk import DESK_SUMMARY_SETTINGS

    assert Settings().event_apart_share > 0
    assert DESK_SUMMARY_SETTINGS.event_apart_share == 0
