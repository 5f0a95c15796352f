"""The event itself: the fact most outlets open with, to open a summary of several outlets.

Every outlet opens with what happened (who, what, where, when): in its title, in the lines above
the body and in its first sentence. A summary of several outlets should do the same, not open with
a remark the first article happens to start with. Each chosen fact is scored by how much it states
what the documents open with: the share of the words of the documents' openings it holds, each
word weighted by the number of documents that open with it. The printed summary begins
with the best-scored one (:func:`khulasa.summarizer.pipeline.order_facts`). Selection is left
alone: forcing the best-scored candidate of the whole cluster into the summary cost key facts
(docs/quality.md, fifth pass). What selection does take from it: the candidates that state the
event (:func:`event_facts`) are one fact told in many words, and a short summary holds one of
them at most.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from khulasa.text.normalize import Analyzer
from khulasa.types import Fact, PreparedDocument

# Titles and the lines above the body count; so do the body's first sentences.
OPENING_SENTENCES = 2
# What the documents open with is read from this many of them at most (the first ones): shares of
# terms are as clear from two hundred openings as from thousands, and reading names costs.
MAX_OPENINGS = 200


def openings(prepared: Sequence[PreparedDocument]) -> list[list[str]]:
    """Each document's opening lines: its title, the headings before its body, its first sentences
    (``OPENING_SENTENCES``, at most a third of them)."""
    out = []
    for p in prepared:
        lines = [p.document.title] if p.document.title else []
        body_start = p.sentences[0].start if p.sentences else len(p.document.text)
        lines += [h.text for h in p.headings if h.start < body_start]
        # The opening of a short article is its first sentence: the rest is its body.
        # (by index: the clauses of a split run-on sentence share its index, khulasa.text.runon)
        count = p.sentences[-1].index + 1 if p.sentences else 0
        lines += [s.text for s in p.sentences if s.index < max(1, min(OPENING_SENTENCES, count // 3))]
        out.append(lines)
    return out


@dataclass(frozen=True, slots=True)
class OpeningTerms:
    """What the documents open with: each term's weight, the share of all documents' opening
    terms it makes (:func:`opening_terms`), and the analyzer that formed the terms."""

    weight: Mapping[str, float]
    analyzer: Analyzer


def opening_terms(doc_openings: Sequence[Sequence[str]]) -> OpeningTerms:
    """The terms of the documents' opening lines (stemmed; the first ``MAX_OPENINGS`` documents),
    each weighted by how many documents open with it (two at least; documents that open alike
    count once) and divided by the sum of these weights. Names, titles and places are left out:
    every line of a story repeats them, and they say who, not what happened."""
    from khulasa.summarizer.select import frame_words

    analyzer = Analyzer(stem=True)
    doc_openings = doc_openings[:MAX_OPENINGS]
    frame = frame_words([line for lines in doc_openings for line in lines], analyzer)
    # Copies of one article (a feed that repeats it, wire copy with a number changed) open the same
    # way: they are one account of what happened, not agreement between outlets.
    accounts = {
        frozenset(t for line in lines for t in analyzer.content_terms(line) if not t[:1].isdigit())
        for lines in doc_openings
    }
    support: Counter[str] = Counter()
    for terms in accounts:
        support.update(terms - frame)
    weight = {t: float(n) for t, n in support.items() if n >= 2}
    total = math.fsum(weight.values())  # exact: the same whatever order the hash seed gives the sets
    return OpeningTerms({t: w / total for t, w in weight.items()} if total else {}, analyzer)


def opening_scores(texts: Sequence[str], terms: OpeningTerms) -> list[float]:
    """For each of ``texts`` (candidate sentences), the share it states of what the documents open
    with: the weights (:func:`opening_terms`) of the terms it holds, summed."""
    # An exact sum (math.fsum): summed in set order, two equal scores could differ in their last bit
    # with Python's hash seed, and which fact opens the summary with them.
    return [math.fsum(terms.weight.get(t, 0.0) for t in set(terms.analyzer.content_terms(text))) for text in texts]


def opened_with(fact: Fact) -> int:
    """How many documents open with a wording of ``fact`` (their first sentence)."""
    return len({s.doc for s in fact.sentences if s.index == 0})


def opening_fact(chosen: Sequence[Fact], terms: OpeningTerms) -> int | None:
    """The id of the fact of ``chosen`` that best states what the documents open with: first the
    number of documents that open with one of its wordings, when two or more do (one outlet's
    opening is no agreement), then :func:`opening_scores`. None when no fact shares a word with
    two documents' openings; the earliest chosen on ties."""
    if len(chosen) < 2 or not terms.weight:
        return None
    shares = opening_scores([f.representative.text for f in chosen], terms)
    agreed = [n if n >= 2 else 0 for n in map(opened_with, chosen)]
    scores = [a + s for a, s in zip(agreed, shares, strict=True)]
    best = max(range(len(chosen)), key=lambda k: (scores[k], -k))
    return chosen[best].id if scores[best] > 0 else None


# A candidate holding this share of the best candidate's opening words (or ``share``, if lower)
# also tells the event, when it gives no quantity the event's own tellings do not give.
RETOLD_SHARE = 0.4
# Below ``RETOLD_SHARE``, down to this share, a candidate giving no new quantity is a weak telling
# of the event (:func:`weak_tellings`): read only after the choice, in a summary of at most
# ``Settings.longer_from`` words (docs/quality.md, seventeenth session: restating at 60 and 100 words).
WEAK_SHARE = 0.25


def event_facts(facts: Sequence[Fact], candidate_ok: Sequence[bool], terms: OpeningTerms, share: float) -> list[int]:
    """Ids of the candidate facts that state the event itself: those whose :func:`opening_scores`
    reach ``share`` of the best candidate's, and those reaching ``RETOLD_SHARE`` of it that give
    no quantity (:func:`khulasa.extract.claims.figure_kind`, durations aside) the former do not:
    a shorter retelling of the event ("Morocco beat Portugal", "Iran announced Raisi's death"),
    not a new fact ("the hospital will serve half a million children"). Empty when ``share`` is 0
    or no candidate shares a word with two documents' openings. Every outlet tells the event in
    its own words, and a short summary should tell it once: selection takes at most one of them
    (but see :func:`event_tellings` for the retellings)."""
    event, again = event_tellings(facts, candidate_ok, terms, share)
    return event + again


def event_tellings(
    facts: Sequence[Fact], candidate_ok: Sequence[bool], terms: OpeningTerms, share: float
) -> tuple[list[int], list[int]]:
    """The ids of :func:`event_facts` in two parts: the tellings of the event (``share`` of the
    best candidate's opening words or more) and the retellings (down to ``RETOLD_SHARE``, no new
    quantity). A retelling is taken for one by the few opening words it holds, which in a cluster
    whose outlets each tell the story in their own words can be the story's most common words
    only: selection also asks it to share a word of what happened with the telling it is kept
    apart from (:func:`khulasa.summarizer.select.event_pairs`)."""
    if share <= 0 or not terms.weight:
        return [], []
    pool = [f for f, ok in zip(facts, candidate_ok, strict=True) if ok]
    scores = opening_scores([f.representative.text for f in pool], terms)
    top = max(scores, default=0.0)
    if top <= 0:
        return [], []
    event = [f for f, score in zip(pool, scores, strict=True) if score >= share * top]
    told = set().union(*(quantity_kinds(f) for f in event))
    retold = min(RETOLD_SHARE, share) * top
    again = [
        f for f, score in zip(pool, scores, strict=True) if retold <= score < share * top and quantity_kinds(f) <= told
    ]
    return [f.id for f in event], [f.id for f in again]


def weak_tellings(facts: Sequence[Fact], candidate_ok: Sequence[bool], terms: OpeningTerms, share: float) -> list[int]:
    """Ids of the candidate facts that hold ``WEAK_SHARE`` of the best candidate's opening words but
    less than a retelling (``RETOLD_SHARE``, or ``share`` if lower: :func:`event_tellings`) and give
    no quantity the event's tellings do not give: a sentence that may tell the event once more with
    a word of its own ("وكانت العبارة قد غرقت بعد ساعات من إبحارها" beside "غرقت العبارة التي تقل
    عشرات الركاب"), or may tell another fact in the story's words. Selection reads them only after the
    choice (:func:`khulasa.summarizer.select.weak_told_pairs`). Empty when ``share`` is 0 or no
    candidate shares a word with two documents' openings."""
    if share <= 0 or not terms.weight:
        return []
    pool = [f for f, ok in zip(facts, candidate_ok, strict=True) if ok]
    scores = opening_scores([f.representative.text for f in pool], terms)
    top = max(scores, default=0.0)
    if top <= 0:
        return []
    told = set().union(*(quantity_kinds(f) for f, score in zip(pool, scores, strict=True) if score >= share * top))
    low, high = WEAK_SHARE * top, min(RETOLD_SHARE, share) * top
    return [f.id for f, score in zip(pool, scores, strict=True) if low <= score < high and quantity_kinds(f) <= told]


def quantity_kinds(fact: Fact) -> set[tuple[str, str]]:
    """The kinds of quantity ``fact``'s sentence gives (:func:`khulasa.extract.claims.quantity_kinds`)."""
    from khulasa.extract.claims import quantity_kinds as kinds_of

    return kinds_of(fact.representative.text)
