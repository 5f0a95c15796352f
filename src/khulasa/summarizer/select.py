"""Budgeted, redundancy-aware selection of facts.

Every candidate is a :class:`Fact` (one statement, however many outlets carry it). Its value comes
from the *concepts* it covers - word bigrams (and optionally unigrams; stemmed or not), as in ICSISumm
(Gillick & Favre 2009) - each weighted by how many documents mention it, plus a per-word position
prior, because news puts the most important facts first, and a small per-word fill reward.

- ``ilp``: exact concept-coverage ILP, solved by a small numpy branch and bound when the search
  stays small (single short articles), else with HiGHS (``scipy.optimize.milp``).
- ``greedy``: the same objective maximized greedily by gain per unit of budget (Lin & Bilmes 2010).
- ``mmr``: maximal marginal relevance (Carbonell & Goldstein 1998) over concept vectors.
- ``lead``: first sentences of each document in turn.
"""

from __future__ import annotations

import bisect
import os
import re
import sys
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from khulasa.config import Settings
from khulasa.deadline import check_time, checked, holding
from khulasa.deadline import remaining as time_left
from khulasa.extract.goals import goal_told_apart, goals_again, goals_near, goals_told, written_numbers
from khulasa.extract.other_names import named_twice, one_name
from khulasa.link.keys import derived_imperfects
from khulasa.link.retold import names_stated, told_again_in
from khulasa.resources import load_word_list
from khulasa.summarizer import learned
from khulasa.text.embeddings import semantic_pairs
from khulasa.text.normalize import (
    Analyzer,
    count_words,
    hamza_kept_words,
    normalize,
    proclitic_forms,
    stopwords,
    tokenize,
)
from khulasa.types import Fact, Sentence

if TYPE_CHECKING:
    from khulasa.extract.claims import Claims
    from khulasa.extract.figures import Figure

# The ILP sees only the best candidates by a cheap score: keeps solve time bounded on huge clusters.
MAX_ILP_CANDIDATES = 250
# The ILP is solved by numpy branch and bound while it keeps at most this many open subsets (a
# millisecond or two); beyond, by the MIP solver.
MAX_SUBSETS = 20_000
# Longest the MIP solver may search (it returns the best selection found by then).
MILP_SECONDS = 10.0
# Facts this similar may not both appear, even when the deduplicator kept them apart.
REDUNDANCY_JACCARD = 0.4
# In a short summary, nor may a fact whose content words lie mostly inside another's.
REDUNDANCY_CONTAINMENT = 0.6


@dataclass(frozen=True, slots=True)
class Candidate:
    """A fact as the selector sees it: its cost, concepts, position prior and length."""

    fact: Fact
    cost: int  # in budget units
    concepts: frozenset[str]
    prior: float  # position prior in (0, 1]
    words: int


def concepts_of(text: str, analyzer: Analyzer, *, unigrams: bool) -> frozenset[str]:
    """Stemmed bigrams that are not both stop words; stemmed content unigrams when asked."""
    tokens = analyzer.tokens(text)
    stems = analyzer.stem_tokens(tokens)
    stop = analyzer.stop
    out = {
        f"{stems[i]} {stems[i + 1]}"
        for i in range(len(tokens) - 1)
        if not (tokens[i] in stop and tokens[i + 1] in stop)
    }
    if unigrams:
        out.update(s for t, s in zip(tokens, stems, strict=True) if t not in stop and len(t) > 1)
    return frozenset(out)


def frame_words(texts: Sequence[str], analyzer: Analyzer) -> frozenset[str]:
    """Concept tokens (as ``analyzer`` forms them) that say who or where, not what: title and cue
    words ("الرئيس", "مدينة"), gazetteer names, names that follow a title in ``texts`` and the
    definite words between a title and its name ("الروسي" in "الرئيس الروسي فلاديمير بوتين")."""
    words: set[str] = set()
    for text in texts:
        words |= _frame_of_text(text)
    forms = sorted({f for w in words for f in proclitic_forms(w)})
    return _cue_frame(analyzer.stem) | frozenset(forms) | frozenset(analyzer.stem_tokens(forms))


@lru_cache(maxsize=8192)
def _frame_of_text(text: str) -> frozenset[str]:
    """The words one text adds to :func:`frame_words`, as written (cached: a summary asks for the
    frame of its candidates' sentences more than once, in groups and all together)."""
    from khulasa.extract.actors import cues, title_candidates
    from khulasa.extract.figures import tokens

    c = cues()
    titles = c.person | c.place | c.org
    toks = tokens(text)
    words = {w for cand in title_candidates(toks, stopwords(), c) for w in cand.name}
    for i, tok in enumerate(toks):
        if tok.kind == "word" and any(f in titles for f in proclitic_forms(tok.norm)):
            j = i + 1
            while j < len(toks) and j - i <= 3 and toks[j].kind == "word" and toks[j].norm.startswith("ال"):
                words.add(toks[j].norm)
                j += 1
    return frozenset(words)


def name_words(texts: Sequence[str], analyzer: Analyzer) -> frozenset[str]:
    """The words of the names a title or cue word introduces in ``texts``
    (:func:`khulasa.extract.actors.title_candidates`: "مارك كارني" after "رئيس الوزراء"), and the
    words that go on describing a title (the ``modifier`` kind of ``resources/ar/titles.txt``: the
    office in "رئيس وزراء", "المنتهية ولايته"), with their proclitic forms, and their stems as
    ``analyzer`` forms them: they say who, not what happened."""
    from khulasa.extract.actors import cues

    words = set(cues().modifiers) | _story_name_words(texts)
    forms = sorted({f for w in words for f in proclitic_forms(w)})
    return frozenset(forms) | frozenset(analyzer.stem_tokens(forms))


@lru_cache(maxsize=2)
def _cue_frame(stem: bool) -> frozenset[str]:
    """The part of :func:`frame_words` no text adds: title and cue words and gazetteer names, with
    their proclitic forms, and their stems when ``stem`` (read once)."""
    from khulasa.extract.actors import cues

    c = cues()
    words = set(c.person | c.place | c.org) | {w for alias in c.gazetteer for w in alias}
    forms = sorted({f for w in words for f in proclitic_forms(w)})
    return frozenset(forms) | frozenset(Analyzer(stem=stem).stem_tokens(forms))


def cost_of(text: str, unit: str) -> int:
    """What ``text`` costs of the budget in ``unit``: its words, its characters plus a space, or 1."""
    if unit == "words":
        return count_words(text)
    if unit == "chars":
        return len(text) + 1  # joined with one space
    return 1


def position_prior(index: int, decay: float) -> float:
    """How much a statement at sentence ``index`` of its article counts: 1 / (1 + index / decay)."""
    return 1.0 / (1.0 + index / decay)


def concept_weights(
    facts: Sequence[Fact],
    fact_concepts: Sequence[frozenset[str]],
    n_docs: int,
    *,
    position_decay: float,
    title_concepts: frozenset[str] = frozenset(),
    title_weight: float = 1.0,
    min_documents: int = 1,
) -> dict[str, float]:
    """Weight of a concept: the documents mentioning it, each counted by how early it does.

    A document contributes ``1 / (1 + k / position_decay)`` where ``k`` is the index of its first
    sentence with the concept, so lead material weighs more without favouring short sentences.
    With one document, every mention counts. With several, only concepts that ``min_documents``
    of them mention are kept (all, when none is). Concepts in titles and headings gain
    ``title_weight`` documents.
    """

    if n_docs <= 1:
        weights = _mention_weights(facts, fact_concepts, position_decay)
    else:
        weights = _document_weights(facts, fact_concepts, position_decay, min_documents)
    for c in title_concepts & weights.keys():
        weights[c] += title_weight
    return weights


def _mention_weights(
    facts: Sequence[Fact], fact_concepts: Sequence[frozenset[str]], position_decay: float
) -> dict[str, float]:
    """One document: a concept weighs the position priors of all its mentions."""
    weights: dict[str, float] = {}
    for fact, concepts in zip(facts, fact_concepts, strict=True):
        mass = sum(position_prior(s.index, position_decay) for s in fact.sentences)
        for c in concepts:
            weights[c] = weights.get(c, 0.0) + mass
    return weights


def _document_weights(
    facts: Sequence[Fact], fact_concepts: Sequence[frozenset[str]], position_decay: float, min_documents: int
) -> dict[str, float]:
    """Several documents: a concept weighs, per document, the prior of its earliest mention there;
    only concepts in ``min_documents`` documents or more count (all of them, when none is)."""
    best: dict[str, dict[str, float]] = {}
    for fact, concepts in zip(facts, fact_concepts, strict=True):
        doc_prior: dict[str, float] = {}
        for sentence in fact.sentences:
            doc_prior[sentence.doc] = max(
                doc_prior.get(sentence.doc, 0.0), position_prior(sentence.index, position_decay)
            )
        for c in concepts:
            per_doc = best.get(c)
            if per_doc is None:  # most concepts occur in one fact: copy, no per-document loop
                best[c] = dict(doc_prior)
                continue
            for doc, p in doc_prior.items():
                if p > per_doc.get(doc, 0.0):
                    per_doc[doc] = p
    weights = {c: sum(d.values()) for c, d in best.items() if len(d) >= min_documents}
    return weights or {c: sum(d.values()) for c, d in best.items()}


def _budget_in_words(facts: Sequence[Fact], candidate_ok: Sequence[bool], unit: str, budget: int) -> float:
    """The budget in words: as given, or converted with the candidates' mean sentence length (a
    budget in sentences) or mean characters per word (a budget in characters)."""
    if unit == "words":
        return float(budget)
    texts = [f.representative.text for f, ok in zip(facts, candidate_ok, strict=True) if ok]
    words = sum(count_words(t) for t in texts)
    if not texts or not words:
        return float(budget)
    if unit == "sentences":
        return budget * words / len(texts)
    return budget * words / sum(len(t) + 1 for t in texts)


def bonus_of(cand: Candidate, position_scale: float, fill_scale: float) -> float:
    """Sentence-level value: each word earns the position prior (lead bias) plus a fill reward.

    Per word, not per sentence, so that neither short nor long sentences are favoured by it; the
    fill reward makes the budget used rather than left empty when concepts are tied.
    """
    return cand.words * (position_scale * cand.prior + fill_scale)


@lru_cache(maxsize=1)
def _backdrop_openers() -> dict[str, frozenset[str]]:
    """``resources/ar/backdrop_openers.txt``: each opening word (normalized) with the words of which
    one must follow it."""
    out: dict[str, frozenset[str]] = {}
    for line in load_word_list("ar/backdrop_openers.txt"):
        head, _, tail = line.partition("|")
        out[normalize(head.strip())] = frozenset(normalize(w) for w in tail.split())
    return out


# How many words after a backdrop opening word may hold the word that completes it.
BACKDROP_REACH = 4


def is_backdrop(text: str) -> bool:
    """Does ``text`` open by telling what came before or around the news, not the news itself ("ويأتي
    الحريق بعد أيام من ...", "وكانت الشركة قد أعلنت ..."; ``resources/ar/backdrop_openers.txt``)?"""
    words = tokenize(text)
    if not words:
        return False
    openers = _backdrop_openers()
    first = words[0]
    follow = openers.get(first)
    if follow is None and first[:1] in ("و", "ف"):
        follow = openers.get(first[1:])
    return follow is not None and any(w in follow for w in words[1 : 1 + BACKDROP_REACH])


def _paid_per_word(
    cands: Sequence[Candidate], bonus: Sequence[float], per_word: float, pays: Callable[[str], bool]
) -> list[float]:
    """``bonus`` less ``per_word`` for each word of a candidate whose sentence ``pays``."""
    if per_word <= 0:
        return list(bonus)
    return [
        b - per_word * c.words if pays(c.fact.representative.text) else b for b, c in zip(bonus, cands, strict=True)
    ]


def _backdrop_paid(cands: Sequence[Candidate], bonus: Sequence[float], per_word: float) -> list[float]:
    """``bonus`` less ``per_word`` for each word of a candidate that tells what came before or around
    the news (:func:`is_backdrop`; Settings.backdrop_weight)."""
    return _paid_per_word(cands, bonus, per_word, is_backdrop)


# Phrases of a word list by their first word: the words after it, and what the phrase stands for.
PhraseIndex = dict[str, tuple[tuple[tuple[str, ...], str], ...]]


def _phrase_index(phrases: Iterable[tuple[Sequence[str], str]]) -> PhraseIndex:
    """``phrases`` (its words, what it stands for) by their first word."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, meaning in phrases:
        if words:
            out.setdefault(words[0], []).append((tuple(words[1:]), meaning))
    return {k: tuple(v) for k, v in out.items()}


def _phrases_in(tokens: Sequence[str], index: PhraseIndex, forms: Callable[[str], Iterable[str]]) -> Iterator[str]:
    """What each phrase of ``index`` that ``tokens`` hold stands for: its first word as one of
    ``forms`` of a token (the token behind its proclitics), its other words the tokens after it."""
    for i, token in enumerate(tokens):
        for form in forms(token):
            for rest, meaning in index.get(form, ()):
                if tuple(tokens[i + 1 : i + 1 + len(rest)]) == rest:
                    yield meaning


@lru_cache(maxsize=1)
def _courtesy_words() -> PhraseIndex:
    """``resources/ar/courtesy_words.txt``: its words and phrases by their first word (as
    :func:`khulasa.text.normalize.hamza_kept_words`)."""
    return _phrase_index((hamza_kept_words(line), "courtesy") for line in load_word_list("ar/courtesy_words.txt"))


def is_courtesy(text: str) -> bool:
    """Does ``text`` give condolences, congratulations or wishes of recovery
    (``resources/ar/courtesy_words.txt``: "وقدم الرئيس تعازيه", "وهنأ المرشح أنصاره") and no
    number? A sentence that gives a number (a toll, a share of the vote) states a fact beside its
    courtesy."""
    if any(map(str.isdigit, text)):
        return False
    return any(_phrases_in(hamza_kept_words(text), _courtesy_words(), proclitic_forms))


def _courtesy_paid(cands: Sequence[Candidate], bonus: Sequence[float], per_word: float) -> list[float]:
    """``bonus`` less ``per_word`` for each word of a courtesy candidate (:func:`is_courtesy`;
    Settings.courtesy_weight)."""
    return _paid_per_word(cands, bonus, per_word, is_courtesy)


# Kinds of aside (``resources/ar/aside_phrases.txt``) read at every budget of a short summary of
# several documents; the others are read up to Settings.longer_from words.
ASIDE_EVERY_BUDGET = frozenset({"superseded"})


@lru_cache(maxsize=1)
def _aside_phrases() -> PhraseIndex:
    """``resources/ar/aside_phrases.txt``: its phrases (normalized) and their kind, by first word."""
    rows = (line.partition("|") for line in load_word_list("ar/aside_phrases.txt"))
    return _phrase_index((tokenize(phrase), kind.strip()) for kind, _, phrase in rows)


def _behind_and(token: str) -> tuple[str, ...]:
    """``token`` and, behind و or ف, the word without it."""
    return (token, token[1:]) if token[:1] in ("و", "ف") else (token,)


def aside_kinds(text: str) -> frozenset[str]:
    """The kinds of aside ``text`` tells beside the news (``resources/ar/aside_phrases.txt``: a count
    its outlet calls outdated, "الحصيلة السابقة"; a guess, "ربما"; what an outlet was told, "ولم
    يحمل البيان مزيدا من المعلومات"; a general welcome, "بترحيب عربي ودولي"; ...)."""
    return frozenset(_phrases_in(tokenize(text), _aside_phrases(), _behind_and))


def aside_kind(text: str) -> str | None:
    """One kind of aside ``text`` tells (:func:`aside_kinds`; the first in sorted order), or None."""
    kinds = aside_kinds(text)
    return min(kinds) if kinds else None


def _aside_paid(
    cands: Sequence[Candidate], bonus: Sequence[float], per_word: float, kinds: Collection[str] | None
) -> list[float]:
    """``bonus`` less ``per_word`` for each word of a candidate telling an aside of one of ``kinds``
    (every kind when None; :func:`aside_kinds`; Settings.aside_weight)."""

    def pays(text: str) -> bool:
        told = aside_kinds(text)
        return bool(told) and (kinds is None or not told.isdisjoint(kinds))

    return _paid_per_word(cands, bonus, per_word, pays)


def _past_half_paid(
    cands: Sequence[Candidate], bonus: Sequence[float], weights: Mapping[str, float], per_word: float, half: float
) -> list[float]:
    """``bonus`` less ``per_word`` for each word a candidate has past ``half`` (half the budget in
    words; Settings.past_half_weight): a sentence taking most of a short summary leaves too few
    words for the other facts. It pays at most what its concepts weigh (``weights``), so that it
    keeps what any sentence earns by filling the budget: at a budget every sentence is past half of,
    one is still chosen."""
    if per_word <= 0:
        return list(bonus)
    return [
        b - min(per_word * max(0.0, c.words - half), sum(weights.get(x, 0.0) for x in c.concepts))
        for b, c in zip(bonus, cands, strict=True)
    ]


def value_of(cand: Candidate, weights: dict[str, float], bonus: float) -> float:
    """A candidate's value: the weights of its concepts plus its bonus."""
    return sum(weights.get(c, 0.0) for c in cand.concepts) + bonus


def _tfidf_rows(terms: Sequence[Sequence[str]], idf: Mapping[str, float]) -> sparse.csr_matrix:
    """Unit-length idf-weighted vectors of texts given as their content ``terms`` (terms not in
    ``idf`` left out)."""
    column = {t: k for k, t in enumerate(idf)}
    rows, cols, vals = [], [], []
    for i, text_terms in enumerate(terms):
        counts: dict[int, float] = {}
        for term in text_terms:
            k = column.get(term)
            if k is not None:
                counts[k] = counts.get(k, 0.0) + idf[term]
        norm = float(np.sqrt(sum(v * v for v in counts.values()))) or 1.0
        for k, v in counts.items():
            rows.append(i)
            cols.append(k)
            vals.append(v / norm)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(terms), max(len(column), 1)))


def centrality(cands: Sequence[Candidate], sentences: Sequence[Sentence], analyzer: Analyzer) -> list[float]:
    """How much each candidate says what the other documents say: its mean cosine (content terms,
    idf over documents) with every sentence of ``sentences`` from a document that does not carry
    it, divided by the highest such mean (so the most alike candidate has 1; all 0 when none shares
    a word). The mean of cosines is the cosine with the sum of the other documents' vectors."""
    docs = sorted({s.doc for s in sentences})
    terms = [analyzer.content_terms(s.text) for s in checked(sentences)]
    holding: dict[str, set[str]] = {}
    for s, text_terms in zip(sentences, terms, strict=True):
        for term in text_terms:
            holding.setdefault(term, set()).add(s.doc)
    idf = {t: float(np.log((1 + len(docs)) / (1 + len(d)))) + 1.0 for t, d in holding.items()}
    vectors = _tfidf_rows(terms, idf)
    doc_index = {d: k for k, d in enumerate(docs)}
    membership = sparse.csr_matrix(
        (np.ones(len(sentences)), ([doc_index[s.doc] for s in sentences], range(len(sentences)))),
        shape=(len(docs), len(sentences)),
    )
    per_doc = membership @ vectors  # each document's sentence vectors summed
    counts = np.asarray(membership.sum(axis=1)).ravel()
    mine = _tfidf_rows([analyzer.content_terms(c.fact.representative.text) for c in cands], idf)
    # Summed cosines of each candidate with each document's sentences.
    with_doc = np.asarray((mine @ per_doc.T).todense())
    out = []
    for j, cand in enumerate(checked(cands)):
        own = [doc_index[d] for d in cand.fact.docs if d in doc_index]
        n = float(counts.sum() - counts[own].sum())
        out.append(float(with_doc[j].sum() - with_doc[j, own].sum()) / n if n > 0 else 0.0)
    top = max(out, default=0.0)
    return [x / top for x in out] if top > 0 else [0.0] * len(out)


def _bonuses(
    cands: Sequence[Candidate],
    position_scale: float,
    fill_scale: float,
    centrality_scale: float,
    facts: Sequence[Fact],
    analyzer: Analyzer,
) -> list[float]:
    """Each candidate's :func:`bonus_of`, plus ``centrality_scale`` per word times its
    :func:`centrality` among the sentences of ``facts`` (when the scale is above 0)."""
    bonus = [bonus_of(c, position_scale, fill_scale) for c in cands]
    if centrality_scale <= 0:
        return bonus
    likeness = centrality(cands, [s for f in facts for s in f.sentences], analyzer)
    return [b + centrality_scale * c.words * x for b, c, x in zip(bonus, cands, likeness, strict=True)]


def _redundant_pairs(
    cands: Sequence[Candidate], analyzer: Analyzer, containment: float | None = None
) -> list[tuple[int, int]]:
    """Pairs of candidates too alike to appear together: their content words overlap by
    ``REDUNDANCY_JACCARD`` (Jaccard), or, when ``containment`` is given, that share of the smaller
    set lies inside the other. In order (``i < j``, by ``i`` then ``j``)."""
    limit = containment if containment is not None else 2.0  # above any share: never
    sets = [frozenset(analyzer.content_terms(c.fact.representative.text)) for c in checked(cands)]
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for i, terms in enumerate(sets):
        for t in terms:
            rows.append(i)
            cols.append(vocabulary.setdefault(t, len(vocabulary)))
    n = len(sets)
    incidence = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, max(len(vocabulary), 1)))
    # Shared terms of every pair at once (an outlet cluster has hundreds of candidates).
    shared = sparse.triu(incidence @ incidence.T, k=1).tocoo()
    check_time()
    size = np.array([len(t) for t in sets], dtype=float)
    i, j, inter = shared.row, shared.col, shared.data
    jaccard = inter / (size[i] + size[j] - inter)
    contained = inter / np.minimum(size[i], size[j])
    keep = (inter > 0) & ((jaccard >= REDUNDANCY_JACCARD) | (contained >= limit))
    return sorted(zip(i[keep].tolist(), j[keep].tolist(), strict=True))


# A quantity (a death toll, a quake's magnitude, a share of the vote) is the story's central figure
# when at least this share of the documents give a value for it ...
CENTRAL_FIGURE_SHARE = 0.75
# How a central figure's concept is named ("<people:killed>"): no text concept starts so.
CENTRAL_PREFIX = "<"
# ... and a short summary states at most this many such quantities (the most reported first).
MAX_CENTRAL_FIGURES = 2


def central_figures(
    cands: Sequence[Candidate], n_docs: int, published: Mapping[str, float] | None = None
) -> dict[int, list[str]]:
    """The story's central figures, and which candidates state each at its best value.

    A quantity is central when nearly every document (``CENTRAL_FIGURE_SHARE``) gives a value for
    it, whatever the value: outlets that report a toll as it rose during the day disagree on the
    number, and each number alone is in one or two of them. Of its values, the best is the latest
    one when documents have publication times (``published``: document id -> timestamp; a count
    that rises is told best by the last report), else the one the most documents give (ties: all
    of them). A sentence that gives a count at several values states its last one
    (:func:`_where_counts_stand`). Returns, per candidate index, the names of the central
    quantities it states at such a value (at most ``MAX_CENTRAL_FIGURES`` quantities, the most
    reported first).
    """
    from khulasa.extract.claims import claims_of, figure_kind, figure_value, salient_figures

    kinds: dict[tuple[str, str], set[str]] = {}
    values: dict[tuple[tuple[str, str], tuple[float, str]], set[str]] = {}
    stated: list[list[tuple[tuple[str, str], tuple[float, str]]]] = []
    for cand in checked(cands):
        claims = claims_of(cand.fact.representative.text)
        # How long something lasted depends on what was measured, which the kind does not say; a
        # mark (a goal's minute) names a point, never a story's central quantity. Shares are one
        # kind here, whatever their cue: the value most outlets give (the winner's share) is the
        # central one, and a share no cue names must not count as a quantity of its own.
        here = [
            (figure_kind(f), figure_value(f))
            for f in salient_figures(claims)
            if f.dimension not in ("duration", "mark")
        ]
        here = _where_counts_stand(here)
        stated.append(here)
        for kind, value in here:
            kinds.setdefault(kind, set()).update(cand.fact.docs)
            values.setdefault((kind, value), set()).update(cand.fact.docs)
    floor = max(3.0, CENTRAL_FIGURE_SHARE * n_docs)
    central = sorted((k for k, docs in kinds.items() if len(docs) >= floor), key=lambda k: -len(kinds[k]))
    times = published or {}

    def rank(docs: set[str]) -> tuple[float, int]:
        return max((times[d] for d in docs if d in times), default=float("-inf")), len(docs)

    out: dict[int, list[str]] = {}
    for kind in central[:MAX_CENTRAL_FIGURES]:
        best = max(rank(docs) for (k, _), docs in values.items() if k == kind)
        for j, here in enumerate(stated):
            if any(k == kind and rank(values[(k, v)]) == best for k, v in here):
                out.setdefault(j, []).append(f"{CENTRAL_PREFIX}{kind[0]}:{kind[1]}>")
    return out


# Kinds of quantity that are counts (of people, of things): a sentence giving several values of
# one tells how it rose or fell, and its last value is where it stands.
_COUNTED = ("people", "count")


def _where_counts_stand(
    stated: Sequence[tuple[tuple[str, str], tuple[float, str]]],
) -> list[tuple[tuple[str, str], tuple[float, str]]]:
    """``stated`` (a sentence's figures as kind and value, in the sentence's order) with, for a
    count given at several values ("the toll rose from 51 dead in the morning ... to 95 dead"),
    only its last value: the earlier ones are the count's course, not what the sentence says it
    is now. Other quantities (two candidates' shares of the vote) keep every value, and so does a
    "count" given at a value that is no whole number: it is a measure read as a count of its unit
    word ("7.1 درجات", a magnitude), and "a 7.1 quake after an 8.2 one" tells two quakes, not a
    magnitude that went from 7.1 to 8.2."""
    measured = {kind for kind, (number, _) in stated if not float(number).is_integer()}
    last = {kind: value for kind, value in stated if kind[0] in _COUNTED and kind not in measured}
    return [(kind, value) for kind, value in stated if kind not in last or last[kind] == value]


def _with_central_figures(
    cands: list[Candidate], weights: dict[str, float], n_docs: int, published: Mapping[str, float] | None
) -> tuple[list[Candidate], dict[str, float]]:
    """Candidates stating a central figure (:func:`central_figures`) hold it as a concept that
    outweighs every other: a short summary states the story's central figures whenever one of
    their sentences fits, however much the outlets disagree on the value (the disagreement is
    shown in the dispute notes of attribution)."""
    holders = central_figures(cands, n_docs, published)
    if not holders:
        return cands, weights
    must = sum(weights.values()) + 1.0
    weights = dict(weights)
    for names in holders.values():
        weights.update(dict.fromkeys(names, must))
    out = [replace(c, concepts=c.concepts | frozenset(holders[j])) if j in holders else c for j, c in enumerate(cands)]
    return out, weights


# How a told value's concept is named ("#claim:3>"): no text concept, and no central figure's
# (CENTRAL_PREFIX), starts so.
CLAIM_PREFIX = "#claim:"
SCORER_PREFIX = f"{CLAIM_PREFIX}scorer:"
# A value is a claim of the story when at least this share of the documents tell it (and two) ...
CLAIM_SHARE = 0.5
MIN_CLAIM_DOCUMENTS = 2
# ... or at least this many of them: in a cluster of many outlets, a value three tell, each in its
# own words, is a fact the outlets agree on, not one outlet's detail.
ENOUGH_CLAIM_DOCUMENTS = 3
# ... and it is no duration (how long something lasted depends on what was measured) nor a match's
# result (the event itself, told once by event_pairs whatever its support).
_UNCLAIMED = ("duration", "score")


def told_values(
    cands: Sequence[Candidate],
    sentences: Sequence[Sentence],
    min_documents: int = MIN_CLAIM_DOCUMENTS,
    skip: Collection[str] = (),
) -> tuple[dict[int, list[str]], dict[str, int]]:
    """The checkable claims the candidates make, and how many documents make each, in any words.

    A claim is a value of a quantity a candidate gives (its salient figures: a goal's minute, a
    count, a share; and its plain counts of people: :func:`khulasa.extract.claims.claim_figures`;
    no duration, no score; counted nouns that count one thing are one kind,
    :func:`khulasa.extract.claims.claim_kind`: "30 ألف شخص" and "30 ألف ساكن"); a
    document makes it when one of its ``sentences`` tells that value of that quantity
    (:func:`khulasa.extract.claims.same_told_value`: a goal's 53rd minute and its 52nd with the same
    scorer, 61.4% and "نحو 61 في المائة"), however the rest of the sentence is worded. Candidates
    telling one value hold one claim. ``skip``: central figures' concepts
    (:func:`central_figures`), whose kinds of quantity are no claims here (they weigh already).
    Returns, per candidate index, the names of its claims, and per name the number of documents
    making it (claims fewer than ``min_documents`` documents make left out).
    """
    from khulasa.extract.claims import claim_figures, claim_kind, claims_of, figure_kind, same_told_value

    def claimed(claims: Claims, f: Figure) -> bool:
        # A central figure's kind weighs already, at its best value; a value of it the sentence
        # gives an owner of (another candidate's share of the vote) is a claim of its own.
        kind = figure_kind(f)
        central = f"{CENTRAL_PREFIX}{kind[0]}:{kind[1]}>" in skip
        return f.dimension not in _UNCLAIMED and (not central or bool(claims.owner_of(f)))

    told: list[tuple[int, Claims, Figure]] = []
    for j, cand in enumerate(checked(cands)):
        claims = claims_of(cand.fact.representative.text)
        told.extend((j, claims, f) for f in claim_figures(claims) if claimed(claims, f))
    if not told:
        return {}, {}
    stated = _values_stated(sentences, {claim_kind(f) for _, _, f in told})
    # A claim is of one kind: a kind fewer than ``min_documents`` documents give at any value makes
    # none (left out before the pairwise reading, which a thousand documents make slow).
    documents_of = {kind: len({d for d, _, _ in found}) for kind, found in stated.items()}
    told = [t for t in told if documents_of.get(claim_kind(t[2]), 0) >= min_documents]
    if not told:
        return {}, {}
    root = _claim_roots(told)
    # Every kind left is one ``stated`` holds (documents_of above).
    near = {kind: _ValueIndex([g.amount for _, _, g in stated[kind]]) for kind in {claim_kind(f) for _, _, f in told}}
    docs: dict[int, set[str]] = {}
    for x, (_, a, f) in enumerate(checked(told)):
        here = docs.setdefault(root[x], set())
        found = stated[claim_kind(f)]
        nearby = (found[k] for k in near[claim_kind(f)].around(f.amount))
        here.update(d for d, b, g in nearby if d not in here and same_told_value(a, f, b, g))
    made = {f"{CLAIM_PREFIX}{r}>": len(d) for r, d in docs.items() if len(d) >= min_documents}
    out: dict[int, list[str]] = {}
    for x, (j, _, _) in enumerate(told):
        name = f"{CLAIM_PREFIX}{root[x]}>"
        if name in made and name not in out.get(j, []):
            out.setdefault(j, []).append(name)
    return out, made


def _values_stated(
    sentences: Sequence[Sentence], kinds: Collection[tuple[str, str]]
) -> dict[tuple[str, str], list[tuple[str, Claims, Figure]]]:
    """The figures of ``sentences`` a claim may be of (:func:`khulasa.extract.claims.claim_figures`)
    of the ``kinds`` asked (:func:`khulasa.extract.claims.claim_kind`), by kind, with their document
    and claims (a document's copies of one sentence read once)."""
    from khulasa.extract.claims import claim_figures, claim_kind, claims_of

    stated: dict[tuple[str, str], list[tuple[str, Claims, Figure]]] = {}
    seen: set[tuple[str, str]] = set()
    for s in checked(sentences):
        if (s.doc, s.text) in seen:
            continue
        seen.add((s.doc, s.text))
        claims = claims_of(s.text)
        for g in claim_figures(claims):
            if claim_kind(g) in kinds:
                stated.setdefault(claim_kind(g), []).append((s.doc, claims, g))
    return stated


def _claim_roots(told: Sequence[tuple[int, Claims, Figure]]) -> list[int]:
    """For each of ``told``'s values, the index of the one that stands for its claim: values told
    alike (:func:`khulasa.extract.claims.same_told_value`) are one claim, joined through any member."""
    from khulasa.extract.claims import same_told_value

    root = list(range(len(told)))

    def find(x: int) -> int:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    near = _ValueIndex([f.amount for _, _, f in told])
    for x, (_, a, f) in enumerate(checked(told)):
        # Only values close enough to be one (the rest fail same_told_value), in the same order.
        for y in sorted(y for y in near.around(f.amount) if y > x):
            _, b, g = told[y]
            if find(x) != find(y) and same_told_value(a, f, b, g):
                root[find(y)] = find(x)
    return [find(x) for x in range(len(told))]


class _ValueIndex:
    """Positions of amounts, found by how close they are: the values
    :func:`khulasa.extract.claims.same_told_value` may call one (the same figure, within its
    relative tolerance; one rounded or cut to fewer decimals, less than 1 apart; a minute within its
    slack) all lie within :meth:`around`'s window, so only those are read: a thousand documents tell
    thousands of values."""

    def __init__(self, amounts: Sequence[float]) -> None:
        from khulasa.extract.claims import MARK_SLACK

        order = sorted(range(len(amounts)), key=lambda k: amounts[k])
        self._amounts = [amounts[k] for k in order]
        self._positions = order
        self._slack = 1.0 + max(MARK_SLACK.values(), default=0.0)

    def around(self, amount: float) -> list[int]:
        """Positions of the amounts that may be ``amount`` told again (a superset)."""
        reach = self._slack + 1e-5 * (abs(amount) + 1.0)
        lo = bisect.bisect_left(self._amounts, amount - reach)
        hi = bisect.bisect_right(self._amounts, amount + reach)
        return self._positions[lo:hi]


def told_scorers(
    cands: Sequence[Candidate], sentences: Sequence[Sentence], min_documents: int = MIN_CLAIM_DOCUMENTS
) -> tuple[dict[int, list[str]], dict[str, int]]:
    """Who scored, as the candidates tell it, and how many documents tell it, in any words.

    Each scorer a candidate names (:func:`khulasa.extract.goals.scorers`: the name after "سجل",
    "عن طريق" in a goal's report) is a claim, his name's words compared by their consonants
    (:func:`khulasa.extract.goals.scorer_keys`: "تشافيز"/"شافيز", "الدوسري"/"دوسري"). A document
    makes it when one of its ``sentences`` names him as a scorer, whatever minute it gives
    (outlets disagree on it, "90+5" or "95", or give none). The claim is the word of his name the
    most documents give (his surname, mostly): the candidates naming one scorer hold one claim.
    Returns, per candidate index, the names of its claims, and per name the documents telling it
    (claims fewer than ``min_documents`` documents tell left out).
    """
    from khulasa.extract.goals import scorer_keys, scorers

    docs: dict[str, set[str]] = {}
    seen: set[tuple[str, str]] = set()
    for sentence in checked(sentences):
        if (sentence.doc, sentence.text) not in seen:
            seen.add((sentence.doc, sentence.text))
            for names in scorers(sentence.text):
                for key in scorer_keys(names):
                    docs.setdefault(key, set()).add(sentence.doc)
    out: dict[int, list[str]] = {}
    made: dict[str, int] = {}
    for j, cand in enumerate(checked(cands)):
        for names in scorers(cand.fact.representative.text):
            told = [k for k in scorer_keys(names) if len(docs.get(k, ())) >= min_documents]
            if not told:
                continue
            best = max(told, key=lambda k: (len(docs[k]), len(k), k))
            name = f"{SCORER_PREFIX}{best}>"
            made[name] = len(docs[best])
            if name not in out.get(j, []):
                out.setdefault(j, []).append(name)
    return out, made


DAY_PREFIX = f"{CLAIM_PREFIX}day:"
VENUE_PREFIX = f"{CLAIM_PREFIX}venue:"
# A detail of the event that is no value (Settings.detail_claims): a date, a record's year, a place.
DETAIL_PREFIX = f"{CLAIM_PREFIX}detail:"
# Where and when the event happened are read in the documents' openings: their first sentences
# (index below this).
DAY_OPENING_SENTENCES = 2
# A day or a venue weighs this share of a value's claim per document telling it: it places the
# event, and weighed as a figure it pulls in sentences that only name the day (docs/quality.md,
# nineteenth session).
DAY_SHARE = 0.5


def _days(text: str) -> set[str]:
    """The weekdays ``text`` names (:func:`khulasa.extract.claims.claims_of`, figures of the
    dimension "weekday"), as claim names."""
    from khulasa.extract.claims import claims_of

    return {f"{DAY_PREFIX}{f.amount:g}>" for f in claims_of(text).figures if f.dimension == "weekday"}


@lru_cache(maxsize=1)
def _venue_heads() -> frozenset[str]:
    """``resources/ar/venue_heads.txt``, normalized."""
    return frozenset(normalize(word) for word in load_word_list("ar/venue_heads.txt"))


def _venues(text: str) -> set[str]:
    """The venues ``text`` names: the word after a head of ``resources/ar/venue_heads.txt``
    ("بستاد الثمامة", "ملعب الثمامة": one venue), as claim names."""
    heads = _venue_heads()
    words = tokenize(text)
    return {
        f"{VENUE_PREFIX}{name}>"
        for head, name in pairwise(words)
        if not name[:1].isdigit() and any(form in heads for form in proclitic_forms(head))
    }


def _told_in_openings(
    cands: Sequence[Candidate], sentences: Sequence[Sentence], min_documents: int, marks: Callable[[str], set[str]]
) -> tuple[dict[int, list[str]], dict[str, int]]:
    """The ``marks`` (claim names a text holds) that ``min_documents`` documents or more give in
    their opening sentences (``DAY_OPENING_SENTENCES``), the candidates holding each, and how many
    documents give each."""
    docs: dict[str, set[str]] = {}
    seen: set[tuple[str, str]] = set()
    for sentence in checked(sentences):
        if sentence.index < DAY_OPENING_SENTENCES and (sentence.doc, sentence.text) not in seen:
            seen.add((sentence.doc, sentence.text))
            for mark in marks(sentence.text):
                docs.setdefault(mark, set()).add(sentence.doc)
    told = {mark: len(d) for mark, d in docs.items() if len(d) >= min_documents}
    if not told:
        return {}, {}
    out: dict[int, list[str]] = {}
    for j, cand in enumerate(checked(cands)):
        held = sorted(marks(cand.fact.representative.text) & told.keys())
        if held:
            out[j] = held
    return out, {mark: n for mark, n in told.items() if any(mark in held for held in out.values())}


def _details(text: str) -> set[str]:
    """The details ``text`` gives that are no value: the dates it names (figures of the dimension
    "date": "8 سبتمبر", "سبتمبر"), the years it tells a record against
    (:func:`khulasa.extract.records.record_years`: "الأقوى منذ 1999") and the places of the
    gazetteer it names (:func:`_places`), as claim names."""
    from khulasa.extract.claims import claims_of
    from khulasa.extract.records import record_years

    dates = {f"{DETAIL_PREFIX}date:{f.amount:g}>" for f in claims_of(text).figures if f.dimension == "date"}
    dates |= _places(text)
    return dates | {f"{DETAIL_PREFIX}since:{year}>" for year in record_years(text)}


def _places(text: str) -> set[str]:
    """The places of the gazetteer (:func:`khulasa.extract.gazetteer.gazetteer`, kind "place")
    ``text`` names by any of their names, a proclitic allowed on the first word, as claim names."""
    from khulasa.extract.gazetteer import places_named

    return {f"{DETAIL_PREFIX}place:{place}>" for _, _, place in places_named(tokenize(text))}


def told_details(
    cands: Sequence[Candidate], sentences: Sequence[Sentence], min_documents: int = MIN_CLAIM_DOCUMENTS
) -> tuple[dict[int, list[str]], dict[str, int]]:
    """The details of the event that are no value (:func:`_details`: a date, a record's year, a
    place) that ``min_documents`` documents or more give in their openings, as :func:`told_days`
    reads the day."""
    return _told_in_openings(cands, sentences, min_documents, _details)


def told_days(
    cands: Sequence[Candidate], sentences: Sequence[Sentence], min_documents: int = MIN_CLAIM_DOCUMENTS
) -> tuple[dict[int, list[str]], dict[str, int]]:
    """The day of the event, as the candidates tell it, and how many documents tell it.

    A weekday (:func:`khulasa.extract.claims.claims_of`, a figure of the dimension "weekday") that
    ``min_documents`` documents or more name in their opening sentences (``DAY_OPENING_SENTENCES``)
    is when the story happened, however each outlet words the rest ("اليوم الخميس", "مساء الخميس",
    "أمس الخميس"): a candidate naming it holds that claim. Weekdays told further down an article
    (an earlier attack "on Sunday", the next match "on Wednesday") are read only where some
    documents open with them too. Returns, per candidate index, the names of its claims, and per
    name the number of documents telling it."""
    return _told_in_openings(cands, sentences, min_documents, _days)


def told_venues(
    cands: Sequence[Candidate], sentences: Sequence[Sentence], min_documents: int = MIN_CLAIM_DOCUMENTS
) -> tuple[dict[int, list[str]], dict[str, int]]:
    """Where the event happened, as :func:`told_days` reads when: a venue (:func:`_venues`: the
    word after "ملعب", "ساحة", "قصر" ...) ``min_documents`` documents or more name in their openings."""
    return _told_in_openings(cands, sentences, min_documents, _venues)


def _with_told_values(
    cands: list[Candidate],
    weights: dict[str, float],
    facts: Sequence[Fact],
    n_docs: int,
    scale: float,
    *,
    days: bool = False,
    details: bool = False,
    lone_places: bool = True,
) -> tuple[list[Candidate], dict[str, float]]:
    """Candidates holding their claims (:func:`told_values`, read in the sentences of ``facts``;
    those ``CLAIM_SHARE`` of the ``n_docs`` documents make, or ``ENOUGH_CLAIM_DOCUMENTS`` of them)
    as concepts, each weighing ``scale`` per document making it: a fact several outlets state, each
    in its own words, weighs as the words they would share had they copied one wording. Kinds of
    quantity a central figure stands for (concepts of :func:`_with_central_figures`, read first)
    are left to it. With ``days``, the day and the venue of the event (:func:`told_days`,
    :func:`told_venues`) are claims too, at ``DAY_SHARE`` of a value's weight: of the tellings of
    the event, which a short summary holds one of, the one that says when and where it happened
    weighs more. With ``details`` too, so are the dates, the records' years and the places several
    documents give in their openings (:func:`told_details`), each read once by the solver; without
    ``lone_places``, a candidate holds a place only beside another claim or a central figure."""
    central = {c for cand in cands for c in cand.concepts if c.startswith(CENTRAL_PREFIX)}
    floor = max(MIN_CLAIM_DOCUMENTS, min(int(np.ceil(CLAIM_SHARE * n_docs)), ENOUGH_CLAIM_DOCUMENTS))
    sentences = [s for f in facts for s in f.sentences]
    holders, made = told_values(cands, sentences, floor, central)
    scorer_holders, scorer_made = told_scorers(cands, sentences, floor)
    for j, names in scorer_holders.items():
        holders.setdefault(j, []).extend(n for n in names if n not in holders.get(j, []))
    made.update(scorer_made)
    day_made: dict[str, int] = {}
    reads = ((told_days, told_venues) if days else ()) + ((told_details,) if days and details else ())
    for read in reads:
        read_holders, read_made = read(cands, sentences, floor)
        for j, names in read_holders.items():
            holders.setdefault(j, []).extend(n for n in names if n not in holders.get(j, []))
        day_made.update(read_made)
    if not lone_places:
        holders = _without_lone_places(cands, holders)
    if not holders:
        return cands, weights
    weights = dict(weights)
    for name, n in made.items():
        weights[name] = weights.get(name, 0.0) + scale * n
    for name, n in day_made.items():
        weights[name] = weights.get(name, 0.0) + scale * DAY_SHARE * n
    out = [replace(c, concepts=c.concepts | frozenset(holders[j])) if j in holders else c for j, c in enumerate(cands)]
    return out, weights


def _without_lone_places(cands: Sequence[Candidate], holders: dict[int, list[str]]) -> dict[int, list[str]]:
    """``holders`` (candidate index -> its claims) less the places (:func:`_places`) of a candidate
    holding no other claim nor central figure: a line that names the story's place and gives
    nothing else the outlets tell (a backdrop, a vague telling) does not buy the place."""
    place = f"{DETAIL_PREFIX}place:"
    out: dict[int, list[str]] = {}
    for j, names in holders.items():
        alone = all(n.startswith(place) for n in names)
        if alone and not any(c.startswith(CENTRAL_PREFIX) for c in cands[j].concepts):
            continue
        out[j] = names
    return out


SUPPORT_PREFIX = "#support:"
# A seed of a support group holds at least this many distinct content terms and at most this many
# words: a short sentence stating one thing, the class of key facts a concept of its bigrams misses.
SUPPORT_MIN_TERMS = 3
SUPPORT_SEED_WORDS = 25


def support_cover(cands: Sequence[Candidate], one_name: bool = False) -> np.ndarray:
    """``cover[i, j]``: the share of candidate j's content (its distinct stemmed content terms,
    each weighing its idf over the candidates' documents) that candidate i holds too; 0 when j
    holds fewer than ``SUPPORT_MIN_TERMS`` terms. With ``one_name``, a place or group the
    candidates name by two of its names is one term (:func:`one_named`). Read-only: the groups and
    the forbidden pairs of one selection share it."""
    texts = tuple(c.fact.representative.text for c in checked(cands))
    if one_name:
        texts = one_named(texts)
    return _support_cover(texts, tuple(frozenset(c.fact.docs) for c in cands))


@lru_cache(maxsize=4)
def one_named(texts: tuple[str, ...]) -> tuple[str, ...]:
    """``texts`` with each place or group they name by two of its names or more (the gazetteer's
    ``place`` and ``org`` rows, ``resources/ar/other_names.txt``: «داعش» and «الدولة الإسلامية»)
    written as the one they write most (:func:`khulasa.extract.other_names.named_twice`, as the desk
    reads them), its proclitic kept. The support groups read so (:func:`support_groups`): one
    claim told with either name ("تبنى تنظيم داعش" / "أعلن تنظيم الدولة الإسلامية مسؤوليته")
    seeds one group, not two. The forbidden pairs (:func:`support_pairs`) and the redundancy test
    read the names as written: one list of countries in two spellings is no second telling of
    what else the sentences give (docs/quality.md, "one fact, two groups")."""
    groups = named_twice(texts)
    return tuple(one_name(text, groups) for text in texts) if groups else texts


@lru_cache(maxsize=4)
def _support_cover(texts: tuple[str, ...], docs: tuple[frozenset[str], ...]) -> np.ndarray:
    """:func:`support_cover` of candidates by their texts and documents."""
    stem = Analyzer(stem=True)
    terms = [set(stem.content_terms(text)) for text in texts]
    docs_holding: dict[str, set[str]] = {}
    for text_docs, text_terms in zip(docs, terms, strict=True):
        for term in text_terms:
            docs_holding.setdefault(term, set()).update(text_docs)
    n = len(frozenset().union(*docs))
    width = max(len(docs_holding), 1)
    column = {t: k for k, t in enumerate(docs_holding)}
    idf = np.ones(width)
    idf[: len(docs_holding)] = [np.log((1 + n) / (1 + len(docs_holding[t]))) + 1.0 for t in docs_holding]
    rows = [i for i, text_terms in enumerate(terms) for _ in text_terms]
    cols = [column[t] for text_terms in terms for t in text_terms]
    held = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(texts), width))
    weighted = held @ sparse.diags(idf)
    shared = np.asarray((held @ weighted.T).todense())
    mass = np.asarray(weighted.sum(axis=1)).ravel()
    cover = shared / np.where(mass > 0, mass, 1.0)[None, :]
    cover[:, [len(t) < SUPPORT_MIN_TERMS for t in terms]] = 0.0
    cover.setflags(write=False)
    return cover


# The prefix of a figure's value among a candidate's terms in :func:`told_by_others`.
VALUE_PREFIX = "#value:"


@lru_cache(maxsize=2)
def _valued_terms(
    texts: tuple[str, ...], docs: tuple[frozenset[str], ...]
) -> tuple[tuple[frozenset[str], ...], dict[str, float]]:
    """Each text's distinct stemmed content terms with its figures read as values (the words of a
    figure, :class:`khulasa.extract.claims.Claims` figures, give way to ``#value:dimension:amount``:
    "ثلاثة" and "3" are one value, "3 قتلى" and "ثلاثة قتلى" one term), and each term's idf over the
    texts' documents (as :func:`support_cover` weighs them)."""
    from khulasa.extract.claims import claims_of

    stem = Analyzer(stem=True)
    terms = []
    for text in texts:
        chars = list(text)
        values = set()
        for figure in claims_of(text).figures:
            if text[figure.start : figure.end] == figure.text:
                chars[figure.start : figure.end] = " " * (figure.end - figure.start)
            values.add(f"{VALUE_PREFIX}{figure.dimension}:{figure.amount:g}")
        terms.append(frozenset(stem.content_terms("".join(chars))) | values)
    docs_holding: dict[str, set[str]] = {}
    for text_docs, text_terms in zip(docs, terms, strict=True):
        for term in text_terms:
            docs_holding.setdefault(term, set()).update(text_docs)
    n = len(frozenset().union(*docs))
    idf = {t: float(np.log((1 + n) / (1 + len(d))) + 1.0) for t, d in docs_holding.items()}
    return tuple(terms), idf


def told_by_others(cands: Sequence[Candidate], chosen: Sequence[int], share: float) -> list[tuple[int, int]]:
    """Pairs ``(j, k)`` of ``chosen`` candidates where ``j``, of at most ``SUPPORT_SEED_WORDS``
    words, tells what the other chosen ones tell together: they hold at least ``share`` of its
    content (:func:`_valued_terms`, each term weighing its idf) and every value it gives, and every
    claim or central figure it holds (:func:`_with_told_values`, :func:`_with_central_figures`);
    ``k`` is the one holding most of it alone. Read from the last chosen to the first, each ``j``
    found no longer counting as another's holder. Past Settings.longer_from words a sentence told
    by no one other sentence but by two or three ("واختير عفيف أفضل لاعب في المباراة، كما حصد لقب
    هداف البطولة" after the scorers and the final's story) is what is left of restating
    (docs/quality.md, "Support across wordings, again")."""
    texts = tuple(c.fact.representative.text for c in checked(cands))
    terms, idf = _valued_terms(texts, tuple(frozenset(c.fact.docs) for c in cands))
    kept = list(chosen)
    out = []
    for j in reversed(list(chosen)):
        others = [k for k in kept if k != j]
        if cands[j].words > SUPPORT_SEED_WORDS or len(terms[j]) < SUPPORT_MIN_TERMS or not others:
            continue
        held = frozenset().union(*(terms[k] for k in others))
        claims = {x for x in cands[j].concepts if x.startswith((CLAIM_PREFIX, CENTRAL_PREFIX))}
        if {t for t in terms[j] if t.startswith(VALUE_PREFIX)} - held:
            continue
        if claims - frozenset().union(*(cands[k].concepts for k in others)):
            continue
        mass = sum(idf[t] for t in terms[j])
        if sum(idf[t] for t in terms[j] & held) >= share * mass:
            k = max(others, key=lambda k: sum(idf[t] for t in terms[j] & terms[k]))
            out.append((j, k))
            kept.remove(j)
    return out


def support_groups(cands: Sequence[Candidate], threshold: float) -> list[tuple[list[int], int]]:
    """What several outlets state in their own words, as groups of candidates. A candidate of at
    most ``SUPPORT_SEED_WORDS`` words whose content lies at least ``threshold`` inside a candidate
    of another document (:func:`support_cover`) seeds a group: itself and every candidate holding
    that much of it. Seeds with the most documents come first; a seed holding that much of an
    earlier seed, or held that much by it, states what that one states and seeds none. A place or
    group named by two of its names is one term here (:func:`one_named`). Returns each group's
    candidates and its number of documents."""
    cover = support_cover(cands, one_name=True)
    found = []
    for j, cand in enumerate(cands):
        if cand.words > SUPPORT_SEED_WORDS:
            continue
        holders = [int(i) for i in np.flatnonzero(cover[:, j] >= threshold) if i != j]
        if any(not set(cands[i].fact.docs) & set(cand.fact.docs) for i in holders):
            docs = set(cand.fact.docs).union(*(cands[i].fact.docs for i in holders))
            found.append((j, sorted({j, *holders}), len(docs)))
    found.sort(key=lambda x: (-x[2], cands[x[0]].words, x[0]))
    seeds: list[int] = []
    groups = []
    for j, members, n in found:
        if any(cover[j, t] >= threshold or cover[t, j] >= threshold for t in seeds):
            continue
        seeds.append(j)
        groups.append((members, n))
    return groups


def _with_support(
    cands: list[Candidate], weights: dict[str, float], scale: float, threshold: float
) -> tuple[list[Candidate], dict[str, float]]:
    """Candidates holding the concepts of their :func:`support_groups`, each weighing ``scale``
    per document of its group (Settings.support_weight), read once by the solver."""
    groups = support_groups(cands, threshold) if scale > 0 else []
    if not groups:
        return cands, weights
    weights = dict(weights)
    held: dict[int, set[str]] = {}
    for k, (members, n) in enumerate(groups):
        name = f"{SUPPORT_PREFIX}{k}"
        weights[name] = scale * n
        for i in members:
            held.setdefault(i, set()).add(name)
    return [
        replace(c, concepts=c.concepts | frozenset(held[j])) if j in held else c for j, c in enumerate(cands)
    ], weights


def support_pairs(cands: Sequence[Candidate], threshold: float) -> set[tuple[int, int]]:
    """Pairs of candidates each holding at least ``threshold`` of the other's content
    (:func:`support_cover`): one thing said twice in other words."""
    cover = support_cover(cands)
    both = np.minimum(cover, cover.T) >= threshold
    return {(int(a), int(b)) for a, b in zip(*np.nonzero(both), strict=True) if a < b}


def _with_claims(
    cands: list[Candidate],
    weights: dict[str, float],
    facts: Sequence[Fact],
    n_docs: int,
    settings: Settings,
    in_words: float,
    published: Mapping[str, float] | None,
) -> tuple[list[Candidate], dict[str, float]]:
    """In a short summary of several documents: the central figures, the told claims and the
    support groups as the settings ask (:func:`_with_central_figures`, :func:`_with_told_values`,
    :func:`_with_support`)."""
    if settings.central_figures:
        cands, weights = _with_central_figures(cands, weights, n_docs, published)
    if settings.claim_weight > 0:
        # The day and the venue of the event are claims up to Settings.longer_from words (told_days).
        days = in_words <= settings.longer_from
        cands, weights = _with_told_values(
            cands,
            weights,
            facts,
            n_docs,
            settings.claim_weight,
            days=days,
            details=settings.detail_claims,
            lone_places=in_words <= settings.lone_place_to,
        )
    return _with_support(cands, weights, settings.support_weight, settings.support_threshold)


def _other_centrals(a: Candidate, b: Candidate, claims: bool = False) -> bool:
    """Do two tellings of the event each hold a central figure the other does not (a quake's toll in
    one outlet's sentence, its magnitude in another's)? Then both may stand: neither states what
    the other adds, and the story's central figures are what a short summary must give. With
    ``claims``, a told value or scorer several documents state (:func:`_with_told_values`: a
    sum, a count, a goal's minute and scorer) counts as such a figure too; the day and the venue
    (``DAY_PREFIX``, ``VENUE_PREFIX``) do not: every telling says when and where, and two of them
    giving one each are the event told twice (Settings.event_apart_claims)."""

    def held(c: Candidate) -> set[str]:
        return {
            x
            for x in c.concepts
            if x.startswith(CENTRAL_PREFIX)
            or (claims and x.startswith(CLAIM_PREFIX) and not x.startswith((DAY_PREFIX, VENUE_PREFIX, DETAIL_PREFIX)))
        }

    ca, cb = held(a), held(b)
    return bool(ca - cb) and bool(cb - ca)


def _apart_in_weight(a: Candidate, b: Candidate, weights: Mapping[str, float], share: float) -> bool:
    """Does each of two candidates hold less than ``share`` of its concept weight (values and
    claims included) in concepts the other holds too?"""
    both = sum(weights.get(c, 0.0) for c in a.concepts & b.concepts)
    wa = sum(weights.get(c, 0.0) for c in a.concepts)
    wb = sum(weights.get(c, 0.0) for c in b.concepts)
    return wa > 0 and wb > 0 and both < share * wa and both < share * wb


def event_pairs(
    cands: Sequence[Candidate],
    group: Sequence[int],
    retold: Collection[int] = (),
    titles: Sequence[str] = (),
    weights: Mapping[str, float] | None = None,
    apart_share: float = 0.0,
    apart_claims: bool = False,
) -> set[tuple[int, int]]:
    """Pairs of the event group (``group``: indices of the candidates that tell the event, in
    order) that may not appear together: one event told twice. Two tellings both stand when each
    holds a central figure the other lacks (:func:`_other_centrals`). A retelling (``retold``:
    indices of the group taken in by a few opening words and no new quantity,
    :func:`khulasa.summarizer.opening.event_tellings`) also stands beside a telling with which it
    shares no word of what happened (:func:`happening_words`: names, titles, places and numbers
    aside): when the outlets each tell the story in their own words their openings share only its
    most common words ("قمة", "العلاقات"), and a sentence holding them can state another fact
    altogether (the failed summit before, the guarantees asked for). With ``weights`` and an
    ``apart_share`` above 0, two of the group also both stand when each holds less than that share
    of its concept weight in concepts the other holds (:func:`_apart_in_weight`): an outlet whose
    opening tells what happened at the meeting (how long it lasted, the gift) in words and names the
    chosen telling lacks is taken into the group by a few opening words, but tells another fact
    (docs/quality.md, nineteenth session: sentences that state no key fact)."""
    stem = Analyzer(stem=True)
    frame = frame_words([cands[j].fact.representative.text for j in group] + list(titles), stem)
    words = {j: happening_words(cands[j].fact.representative.text, stem, frame) for j in group}

    def one_told_twice(a: int, b: int) -> bool:
        if _other_centrals(cands[a], cands[b], apart_claims):
            return False
        if weights is not None and apart_share > 0 and _apart_in_weight(cands[a], cands[b], weights, apart_share):
            return False
        if a not in retold and b not in retold:
            return True
        return not words[a] or not words[b] or bool(words[a] & words[b])

    return {(a, b) for k, a in enumerate(group) for b in group[k + 1 :] if one_told_twice(a, b)}


def happening_words(text: str, analyzer: Analyzer, frame: Collection[str]) -> frozenset[str]:
    """The content words of ``text`` that say what happened: its content terms (as ``analyzer``
    forms them) but for names, titles and places (``frame``: :func:`frame_words`) and numbers."""
    return frozenset(t for t in analyzer.content_terms(text) if t not in frame and not t[:1].isdigit())


# A count at or above this value that two candidates both give (the same people or things counted)
# makes them one fact told twice (:func:`_same_counts`); smaller counts ("two survivors", "three
# rivals") are too common to tell a fact by.
SAME_COUNT_FLOOR = 3


def _same_counts(claims: Claims) -> set[tuple[tuple[str, str], float]]:
    """The counts ``claims`` gives (of people, of things: kind and whole value, at least
    ``SAME_COUNT_FLOOR``): "21 طفلا", "224 قتيلا"."""
    from khulasa.extract.claims import figure_value, salient_figures

    out = set()
    for f in salient_figures(claims):
        kind, value = claims.kind_of(f), figure_value(f)[0]
        if kind[0] in _COUNTED and float(value).is_integer() and value >= SAME_COUNT_FLOOR:
            out.add((kind, value))
    return out


# A count of things at or above this value that two candidates both give, under any counted noun,
# makes them one fact told twice (:func:`_thing_counts`): "بأغلبية 138 صوتا" and "بـ138 دولة", "7
# نساء" and "7 سيدات". Lower values ("three of them", "four new ministers") are too common.
SAME_THING_COUNT_FLOOR = 5


def _thing_counts(claims: Claims) -> set[tuple[float, str]]:
    """The values of the counts of things ``claims`` gives (the "count" dimension: a counted noun
    the figure reader knows no role of, whatever it is; at least ``SAME_THING_COUNT_FLOOR``, a
    whole number), each with whether it bounds it ("more than 50")."""
    from khulasa.extract.claims import figure_value, salient_figures

    return {
        figure_value(f)
        for f in salient_figures(claims)
        if f.dimension == "count" and float(f.amount).is_integer() and f.amount >= SAME_THING_COUNT_FLOOR
    }


# A count of people no cue gives a role ("520 شخصا", "طاطا (سبعة أشخاص)") at this value or more, in
# a sentence telling a toll, that another candidate gives as a count of the dead, the injured, the
# missing or the rescued, is that count told again (:func:`_people_counts`). Lower values ("three
# people") are too common.
SAME_PEOPLE_COUNT_FLOOR = 5


def _people_counts(claims: Claims, text: str) -> tuple[set[float], set[float]]:
    """The whole values of the counts of people ``claims`` (of ``text``) gives, of at least
    ``SAME_PEOPLE_COUNT_FLOOR``: those no cue gives a role (the unit ``person``), where ``text``
    tells a toll (:func:`khulasa.extract.figures.tells_a_toll`: "11 وفاة ... طاطا (سبعة أشخاص)", not
    a ferry's capacity "نحو مئة شخص"), and those of a toll's role (killed, injured, missing,
    rescued). Read on every figure, salient or not: a count in brackets after a place is no figure
    of the sentence's own."""
    from khulasa.extract.figures import tells_a_toll

    plain: set[float] = set()
    tolls: set[float] = set()
    toll_told = None
    # A count with no role is read only as a part of a larger count the sentence gives ("11 وفاة
    # ... طاطا (سبعة أشخاص)"): a toll's own value with no role ("ارتفع إلى 100 مواطن") is the
    # toll as it rose, which the rules of a toll's course read (toll_told_pairs).
    whole = max((f.amount for f in claims.figures if f.dimension in _COUNTED), default=0.0)
    for f in claims.figures:
        if f.dimension != "people" or not float(f.amount).is_integer() or f.amount < SAME_PEOPLE_COUNT_FLOOR:
            continue
        if f.unit == "person":
            if f.amount >= whole:
                continue
            toll_told = tells_a_toll(text) if toll_told is None else toll_told
            if toll_told:
                plain.add(f.amount)
        elif f.unit in _TOLL_ROLES:
            tolls.add(f.amount)
    return plain, tolls


def _results(claims: Claims) -> set[tuple[float, str]]:
    """The results of matches ``claims`` gives, each with every side it names (a score's value and
    a place: "فوز المكسيك (2-1)"): two sentences giving one score of a match one side of which they
    both name tell one result, whatever else each adds ("ودع المنتخب السعودي ... بهدفين مقابل هدف",
    "حرمت المكسيك منتخب السعودية ... بعد فوزها (2-1)")."""
    from khulasa.extract.claims import figure_value, salient_figures

    scores = {figure_value(f)[0] for f in salient_figures(claims) if f.dimension == "score"}
    places = {key for kind, key in claims.names if kind == "place"}
    return {(score, place) for score in scores for place in places}


def restating_pairs(cands: Sequence[Candidate]) -> list[tuple[int, int]]:
    """Pairs of candidates that give the same figures about the same people or places, however
    they word it (:func:`khulasa.extract.claims.restates`): one fact, told twice. Pairs that give
    one count at one value (the same people or things counted, :func:`_same_counts`), whatever
    else each adds: the 21 children under their school told with the toll and again with the
    minister's words (two outlets give one count so when it is one fact; a count's value that
    differs is the count told at another time, which ``restates`` reads); so too pairs giving one
    match's result (:func:`_results`). And pairs where one,
    with no figure, only names again people the other names
    (:func:`khulasa.extract.claims.names_again`), or tells only goals the other gives, each minute
    beside its scorer (:func:`khulasa.extract.goals.goals_told`)."""
    from khulasa.extract.claims import (
        claims_of,
        figure_kind,
        may_name_again,
        names_again,
        restates,
        salient_figures,
    )

    claims = [claims_of(c.fact.representative.text) for c in checked(cands)]
    # Kinds as figure_kind gives them: a share whose cue names what it is of ("من الأصوات") and one
    # no cue names may be one share (restates reads their cues, claims._same_share).
    kinds = [{figure_kind(f) for f in salient_figures(c)} for c in claims]
    with_figures = [j for j, k in enumerate(kinds) if k]
    counts = {j: _same_counts(claims[j]) for j in with_figures}
    results = {j: _results(claims[j]) for j in with_figures}
    things = {j: _thing_counts(claims[j]) for j in with_figures}
    pairs = {
        (i, j)
        for k, i in enumerate(with_figures)
        for j in with_figures[k + 1 :]
        if (
            kinds[i] & kinds[j] and (counts[i] & counts[j] or results[i] & results[j] or restates(claims[i], claims[j]))
        )
        or things[i] & things[j]
    }
    # Goals told again: a sentence whose every minute is a goal another gives, scorer and minute.
    scoring = [j for j, c in enumerate(claims) if any(f.dimension == "mark" and f.unit == "minute" for f in c.figures)]
    if scoring:
        texts = [c.fact.representative.text for c in cands]
        numbers = [written_numbers(t) for t in texts]
        pairs.update(
            (min(i, j), max(i, j))
            for i in checked(scoring)
            for j in range(len(cands))
            if j != i and numbers[j] and goals_told(texts[i], numbers[j], claims[j].forms)
        )
        # Goals whose scorer stands far from their minutes, or timed a minute apart (goals_again).
        pairs.update(
            (min(i, j), max(i, j))
            for i in scoring
            for j in range(len(cands))
            if j != i and numbers[j] and goals_again(texts[i], texts[j], claims[j].forms)
        )
        # Three goals or more whose minutes another writes, or times a few minutes apart, the two
        # naming a team or a person alike or the first none (goals_near): one match's goals told again.
        pairs.update(
            (min(i, j), max(i, j))
            for i in scoring
            for j in range(len(cands))
            if j != i
            and numbers[j]
            and (claims[i].names & claims[j].names or not claims[i].names)
            and goals_near(texts[i], texts[j])
        )
    # A count of people with no role and a toll's count at one value (_people_counts).
    people = [_people_counts(c, cand.fact.representative.text) for c, cand in zip(claims, cands, strict=True)]
    counting = [j for j, (plain, tolls) in enumerate(people) if plain or tolls]
    pairs.update(
        (i, j)
        for k, i in enumerate(counting)
        for j in counting[k + 1 :]
        if people[i][0] & people[j][1] or people[i][1] & people[j][0]
    )
    naming = [j for j, c in enumerate(claims) if not kinds[j] and may_name_again(c)]
    for i in checked(naming):
        pairs.update((min(i, j), max(i, j)) for j in range(len(claims)) if j != i and names_again(claims[i], claims[j]))
    return sorted(pairs)


@dataclass(frozen=True, slots=True)
class Meaning:
    """What a candidate says, at the level of meaning (:func:`meanings`)."""

    happening: tuple[str, ...]  # keyed words of what happened, in the sentence's order
    names: frozenset[tuple[str, str]]  # people and places (Claims.names)
    kinds: frozenset[tuple[str, str]]  # kinds of quantity given, whatever their value
    forms: frozenset[str]  # every word with and without its proclitics (Claims.forms)
    speaker: str = ""  # who it opens by saying spoke, when read (extract.speakers.opening_speaker)
    scores: frozenset[float] = frozenset()  # the results of matches it gives (either side first; in one word too)
    countries: frozenset[tuple[str, str]] = frozenset()  # an adjective after a title stands for them
    records: frozenset[int] = frozenset()  # the years it tells a record against (extract.records)


def meanings(
    cands: Sequence[Candidate],
    titles: Sequence[str] = (),
    analyzer: Analyzer | None = None,
    *,
    without_names: bool = False,
    speakers: bool = False,
    events: frozenset[str] = frozenset(),
    guard: bool = False,
) -> list[Meaning]:
    """What each candidate says, at the level of meaning: the people and places it names
    (:class:`khulasa.extract.claims.Claims` names), the kinds of quantity it gives (its salient
    figures, whatever their value) and the words of what happened in the sentence's order (its
    content terms but for numbers, words of reported speech, ``resources/ar/attribution.txt``, and
    the :func:`frame_words` of the cue words, the gazetteer and the ``titles``: reading the frame
    over every candidate's text gave the same key facts on every dev set, and costs more) by their
    keys (:class:`khulasa.link.keys.WordKeys`: a verb with and without its prefix, a verbal noun as
    its verb, the synonym groups of ``resources/ar/synonyms.txt``). ``without_names``: the words of
    the names that titles introduce in the candidates and of the titles' offices
    (:func:`name_words`) are no words of what happened either ("أعلن رئيس الوزراء الكندي مارك
    كارني ... أن بلاده تعترف" happened as "تعترف", not as "مارك"): asked by :func:`core_pairs`
    (docs/quality.md, "Names read as what happened": read after the choice too, it cost a key fact).
    ``events``: the story's kinds of event (:func:`story_events`), whose words
    ``resources/ar/synonyms_by_kind.txt`` adds to a synonym group ("يواجه" is "يلتقي" in a match).
    ``guard`` (``Settings.retold_guard``, after the choice): a country's adjective after a word for a
    place states the country (:func:`khulasa.extract.speakers.placed_countries`), and the idioms of
    ``resources/ar/retold_idioms.txt`` join their groups."""
    from khulasa.extract.claims import claims_of, salient_figures
    from khulasa.extract.figures import scores_in_one_word
    from khulasa.extract.records import record_years
    from khulasa.extract.speakers import placed_countries, titled_countries
    from khulasa.link.keys import WordKeys
    from khulasa.text.clean import attribution_words

    stem = analyzer.sharing_tokens(stem=True) if analyzer is not None else Analyzer(stem=True)
    texts = [c.fact.representative.text for c in checked(cands)]
    frame = frame_words(list(titles), stem)
    if without_names:
        frame |= name_words(texts, stem)
    said = attribution_words() | frozenset(stem.stem_tokens(sorted(attribution_words())))
    # Also behind و/ف, as attribution.txt's words are matched ("وأعلن").
    speech = said | {f"{p}{w}" for w in said for p in "وف"}
    terms = [stem.content_terms(text) for text in texts]
    spoken_names = _story_name_words(texts) if speakers else frozenset()
    spoken_frame = _spoken_frame(stem) if speakers else frozenset()
    story = frozenset(t for ts in terms for t in ts)
    synonyms = _synonyms(events, idioms=guard)
    if speakers:
        synonyms = {**derived_imperfects(story, frame, synonyms), **synonyms}
    keys = WordKeys(story, frame, synonyms)
    keyed: dict[str, str] = {}  # each term's key, found once
    out = []
    for text, its_terms in zip(texts, terms, strict=True):
        claims = claims_of(text)
        words = [t for t in its_terms if t not in frame and t not in speech and not t[:1].isdigit()]
        happening = tuple(dict.fromkeys(keyed.get(t) or keyed.setdefault(t, keys.key(t)) for t in words))
        salient = salient_figures(claims)
        kinds = frozenset(claims.kind_of(f) for f in salient)
        scores = frozenset(f.amount for f in salient if f.dimension == "score") | scores_in_one_word(text)
        found = Meaning(
            happening,
            claims.names,
            kinds,
            claims.forms,
            scores=scores,
            countries=titled_countries(text) | (placed_countries(text) if guard else frozenset()),
            records=record_years(text),
        )
        out.append(_as_spoken(found, text, stem, keyed, spoken_names, spoken_frame) if speakers else found)
    return out


def _as_spoken(
    found: Meaning,
    text: str,
    stem: Analyzer,
    keyed: Mapping[str, str],
    names: Collection[str],
    spoken_frame: Collection[str] = (),
) -> Meaning:
    """``found`` read past how ``text`` opens: a short phrase closed by a comma ("وفي مفاجأة كبرى،":
    :func:`khulasa.extract.speakers.opening_frame`) and the speaker it then opens with
    (:func:`khulasa.extract.speakers.opening_speaker`; ``names``: normalized words of the names in
    the texts read) are no words of what happened, and the speaker stands for the country his
    title's adjective names ("رئيس الوزراء الكندي مارك كارني" is Canada) instead of being a name of
    his own; his key is kept as ``speaker``. When it opens with a speaker, the words of
    ``spoken_frame`` (:func:`_spoken_frame`: "أعلن ... اليوم الأحد، أن بلاده") are no words of what
    happened either; a sentence that opens with none keeps them ("أول قمة ... تعقد الخميس" shares
    its day with another telling of the summit). A sentence that opens with a verb of reported
    speech is read from the particle that opens what was said (:func:`khulasa.extract.speakers.
    said_part`: "وذكر وزير التربية في المكسيك فلان اليوم، أن 30 شخصا لقوا مصرعهم"): who said it,
    where and when are no words of what happened, and the names only they give are no names of it."""
    from khulasa.extract.claims import claims_of
    from khulasa.extract.speakers import opening_frame, opening_speaker, said_part

    lead, rest = opening_frame(text)
    framing = {keyed.get(t, t) for t in stem.content_terms(lead)} if lead else set()
    who = opening_speaker(rest, names)
    if who is not None:
        framing |= {keyed.get(t, t) for t in stem.content_terms(" ".join(who.words))}
        framing |= {keyed.get(t, t) for t in spoken_frame}
        found = replace(found, names=found.names - {("person", who.key)} | ({who.country} if who.country else set()))
    said = said_part(rest)
    if said is not None:
        # Who said it, where and when, up to the particle that opens what he said: no words of what
        # happened, nor names it gives (his country stays, as above).
        head, told = said
        framing |= {keyed.get(t, t) for t in stem.content_terms(head)} - set(stem.content_terms(told))
        framing |= {keyed.get(t, t) for t in spoken_frame}
        kept = claims_of(told).names | ({who.country} if who is not None and who.country else set())
        found = replace(found, names=found.names & kept)
    happening = tuple(w for w in found.happening if w not in framing)
    return replace(found, happening=happening, speaker=who.key if who else "")


def _story_name_words(texts: Sequence[str]) -> frozenset[str]:
    """The normalized words of the names a title introduces in ``texts``
    (:func:`khulasa.extract.actors.title_candidates`)."""
    from khulasa.extract.actors import cues, title_candidates
    from khulasa.extract.figures import tokens

    c = cues()
    return frozenset(w for text in texts for cand in title_candidates(tokens(text), stopwords(), c) for w in cand.name)


def _spoken_frame(stem: Analyzer) -> frozenset[str]:
    """Words a sentence read past its speaker says nothing of what happened with: the names of
    weekdays, months and parts of the day (``resources/ar/dates.txt``: "أعلن ... اليوم الأحد، أن")
    and the words by which it refers to the speaker's country (``resources/ar/speaker_country.txt``:
    "بلاده"), as ``stem`` forms them, also behind "و" and "ب"."""
    return frozenset(t for w in _spoken_frame_words() for p in ("", "و", "ب") for t in stem.content_terms(p + w))


@lru_cache(maxsize=1)
def _spoken_frame_words() -> tuple[str, ...]:
    """The words of :func:`_spoken_frame` as the resource files write them (read once)."""
    from khulasa.resources import load_word_list

    rows = [line.split("|") for line in load_word_list("ar/dates.txt")]
    words = [w.replace("_", " ") for kind, _, forms, *_ in rows if kind.strip() in _TIME_KINDS for w in forms.split()]
    return (*words, *load_word_list("ar/speaker_country.txt"))


# The rows of ``resources/ar/dates.txt`` that name a time, not a quantity (:func:`_spoken_frame`).
_TIME_KINDS = ("weekday", "month", "daypart")


@lru_cache(maxsize=16)
def _synonyms(events: frozenset[str] = frozenset(), *, idioms: bool = False) -> dict[str, str]:
    """:func:`khulasa.link.keys.synonym_keys` for stemmed content terms in a story of ``events``
    (its kinds of event), with the words ``resources/ar/summary_synonyms.txt`` adds to a group for
    the summarizer alone (read once per kinds)."""
    from khulasa.link.keys import SYNONYM_PREFIXES, synonym_keys
    from khulasa.resources import load_word_list

    terms_of = Analyzer(stem=True).content_terms
    out = synonym_keys(terms_of, events)
    lines = load_word_list("ar/summary_synonyms.txt")
    if idioms:  # resources/ar/retold_idioms.txt: its groups' rows (not the light verbs)
        lines = [*lines, *(line for line in load_word_list("ar/retold_idioms.txt") if not line.startswith("light"))]
    for line in lines:
        first, more = (field.split() for field in line.split("|"))
        key = out[sorted(terms_of(first[0]))[0]]
        for term in sorted({t for w in more for p in ("", *SYNONYM_PREFIXES) for t in terms_of(p + w)}):
            out.setdefault(term, key)
    return out


def core_inside(a: Meaning, b: Meaning) -> bool:
    """Does ``a`` tell again what ``b`` tells: its first word of what happened is one of ``b``'s,
    ``b`` names every person and place it names (or writes the name among its words, with or
    without a proclitic, as :meth:`khulasa.extract.claims.Claims.states_name` reads it) and gives
    every kind of quantity it gives, and it names someone or gives a quantity at all (else nothing
    says of whom or how much it tells)? "ويلتقي المغرب مع فرنسا يوم الأربعاء" after "ويلتقي المغرب
    مع فرنسا في نصف النهائي بعد فوزه على البرتغال": what else ``a`` adds (the day) is a detail of
    that one fact."""
    if not a.happening or not (a.names or a.kinds):
        return False
    return a.happening[0] in b.happening and names_stated(a, b) and a.kinds <= b.kinds


def core_pairs(
    cands: Sequence[Candidate], titles: Sequence[str] = (), analyzer: Analyzer | None = None
) -> set[tuple[int, int]]:
    """Pairs of candidates one of which tells again what the other tells (:func:`core_inside`):
    one fact, told twice in other words, read without the words of names (:func:`meanings`'
    ``without_names``). In order (``i < j``)."""
    found = meanings(cands, titles, analyzer, without_names=True)
    return {
        (i, j)
        for i in checked(range(len(found)))
        for j in range(i + 1, len(found))
        if core_inside(found[i], found[j]) or core_inside(found[j], found[i])
    }


def restated_by(
    chosen: Sequence[Fact], facts: Sequence[Fact], candidate_ok: Sequence[bool]
) -> dict[int, tuple[Sentence, ...]]:
    """For each chosen fact (by id), the sentences of the candidate facts left out that tell the
    same figures about the same people or places (:func:`khulasa.extract.claims.restates`): their
    values, where they differ, are the other outlets' account of the chosen sentence's figures."""
    from khulasa.extract.claims import claims_of, restates, salient_figures

    ids = {f.id for f in chosen}
    others = [
        (f, claims_of(f.representative.text))
        for f, ok in zip(facts, candidate_ok, strict=True)
        if ok and f.id not in ids and salient_figures(claims_of(f.representative.text))
    ]
    out: dict[int, tuple[Sentence, ...]] = {}
    for fact in checked(chosen):
        ours = claims_of(fact.representative.text)
        if not salient_figures(ours):
            continue
        found = tuple(s for f, theirs in others if restates(ours, theirs) for s in f.sentences)
        if found:
            out[fact.id] = found
    return out


# Serializes the stdout redirection below across threads (the server may solve concurrently).
_STDOUT_LOCK = threading.Lock()


@contextmanager
def _native_stdout_silenced() -> Iterator[None]:
    """Discard what native code writes to file descriptor 1 meanwhile.

    HiGHS (inside scipy) sometimes prints a stray debug line ("HighsMipSolverData::
    transformNewIntegerFeasibleSolution tmpSolver.run();", HiGHS issue #2783) straight to
    stdout, whatever its options; that would corrupt ``khulasa summarize --format json``.
    """
    with holding(_STDOUT_LOCK):  # a request past its time limit stops waiting here too
        sys.stdout.flush()
        try:
            saved = os.dup(1)
        except OSError:  # no usable descriptor 1: nothing to protect
            saved = -1
        if saved < 0:
            yield
            return
        try:
            with open(os.devnull, "wb") as devnull:
                os.dup2(devnull.fileno(), 1)
            yield
        finally:
            os.dup2(saved, 1)
            os.close(saved)


def conflicts(forbidden: Sequence[tuple[int, int]]) -> dict[int, set[int]]:
    """For each candidate, the candidates it may not appear with."""
    blocked: dict[int, set[int]] = {}
    for i, j in forbidden:
        blocked.setdefault(i, set()).add(j)
        blocked.setdefault(j, set()).add(i)
    return blocked


def solve_enumerated(
    costs: Sequence[int],
    gain: np.ndarray,
    shared: Sequence[tuple[float, Sequence[int]]],
    budget: int,
    forbidden: Sequence[tuple[int, int]],
    limit: int,
    requires: Mapping[int, int] | None = None,
) -> list[int] | None:
    """Exact optimum of the ILP by branch and bound over subsets, breadth-first in numpy.

    ``gain`` is each candidate's own value; ``shared`` lists concepts held by several candidates
    as ``(weight, holders)``, counted once when any holder is chosen. Subsets grow by candidates
    after their last one, within budget and without forbidden pairs; a subset is dropped when even
    filling its remaining budget at the best value per unit left cannot beat the best found. A
    subset holding a candidate without the one it requires (``requires``) is grown but never the
    answer.
    Returns None (use the MIP solver) when more than ``limit`` subsets would be kept. On the small
    problems of single articles this beats the MIP solver, whose set-up alone takes milliseconds.
    """
    n, k = len(costs), len(shared)
    if n > 62:  # subsets are int64 bitmasks of candidates
        return None
    cost_of = np.asarray(costs, dtype=np.int64)
    weight = np.array([w for w, _ in shared], dtype=float)
    # The candidates holding each shared concept, as bits: a subset covers a concept when it holds
    # any of them (so the number of shared concepts is not bounded by a bitmask's width).
    held_by = np.zeros(k, dtype=np.int64)
    for c, (_, holders) in enumerate(shared):
        for j in holders:
            held_by[c] |= np.int64(1) << j
    # The candidates each one may not appear with, and the one it requires, as bits.
    clash = _bits(n, [*forbidden, *((j, i) for i, j in forbidden)])
    need = _bits(n, list((requires or {}).items()))
    bit = np.left_shift(np.int64(1), np.arange(n, dtype=np.int64))
    optimistic = gain + np.array([weight[(held_by >> j) & 1 == 1].sum() for j in range(n)])
    # Best value per unit of budget among candidates from position t on (0 past the end).
    best_rate = np.zeros(n + 1)
    if n:
        best_rate[:n] = np.maximum.accumulate((optimistic / np.maximum(cost_of, 1))[::-1])[::-1]
    masks = np.zeros(1, np.int64)
    used = np.zeros(1, np.int64)
    value = np.zeros(1)
    last = np.full(1, -1)
    needed = np.zeros(1, np.int64)
    best_value, best_mask, kept = 0.0, 0, 1
    while masks.size:
        check_time()
        fits = (
            (np.arange(n)[None, :] > last[:, None])
            & (used[:, None] + cost_of[None, :] <= budget)
            & ((masks[:, None] & clash[None, :]) == 0)
        )
        rows, cols = np.nonzero(fits)
        parent = masks[rows]
        added = gain[cols].astype(float)
        for c in range(k):
            # Newly covered: the added candidate holds the concept and no member of the subset does.
            added += weight[c] * (((held_by[c] >> cols) & 1) * ((parent & held_by[c]) == 0))
        masks, used = parent | bit[cols], used[rows] + cost_of[cols]
        value, last = value[rows] + added, cols
        needed = needed[rows] | need[cols]
        whole = np.where((needed & ~masks) == 0, value, -np.inf)
        if whole.size and whole.max() > best_value:
            top = int(np.argmax(whole))
            best_value, best_mask = float(whole[top]), int(masks[top])
        promising = value + (budget - used) * best_rate[last + 1] > best_value
        masks, used, value, last, needed = (a[promising] for a in (masks, used, value, last, needed))
        kept += masks.size
        if kept > limit:
            return None
    return [j for j in range(n) if best_mask >> j & 1]


def _bits(n: int, pairs: Sequence[tuple[int, int]]) -> np.ndarray:
    """For each of ``n`` candidates, the candidates it is paired with in ``pairs`` (as ``(it,
    other)``), as an int64 bitmask."""
    out = np.zeros(n, dtype=np.int64)
    for i, j in pairs:
        out[i] |= np.int64(1) << j
    return out


def solve_ilp(
    cands: Sequence[Candidate],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
    requires: Mapping[int, int] | None = None,
) -> list[int]:
    """Indices of the candidates maximizing covered concept weight + sentence bonus within budget,
    each chosen with the candidate it requires (``requires``: a sentence leaning on the one before)."""
    holders: dict[str, list[int]] = {}
    for j, cand in enumerate(cands):
        for c in cand.concepts:
            if weights.get(c, 0.0) > 0:
                holders.setdefault(c, []).append(j)
    # A concept only one candidate holds is covered exactly when that candidate is chosen: fold its
    # weight into the candidate's coefficient. Same optimum, far fewer variables and constraints.
    gain = np.asarray(bonus, dtype=float).copy()
    for c, js in holders.items():
        if len(js) == 1:
            gain[js[0]] += weights[c]
    # Concepts held by exactly the same candidates are covered together: one variable with their
    # summed weight has the same optimum, and keeps most problems small enough to enumerate.
    by_holders: dict[tuple[int, ...], float] = {}
    for c in sorted(c for c, js in holders.items() if len(js) > 1):
        key = tuple(holders[c])
        by_holders[key] = by_holders.get(key, 0.0) + weights[c]
    shared = [(w, list(js)) for js, w in by_holders.items()]
    enumerated = solve_enumerated([c.cost for c in cands], gain, shared, budget, forbidden, MAX_SUBSETS, requires)
    if enumerated is not None:
        return enumerated
    n, m = len(cands), len(shared)
    # Variables: [y_0..y_{n-1} (facts), x_0..x_{m-1} (shared concept groups)]; milp minimizes.
    objective = np.concatenate([-gain, -np.array([w for w, _ in shared])])
    objective /= max(float(np.abs(objective).max(initial=0.0)), 1e-9)  # well-scaled for the solver
    constraints = _ilp_constraints(cands, shared, budget, forbidden, requires or {})
    check_time()
    left = time_left()
    # The solver's own limit: 10 s, or less when the caller's time limit ends sooner.
    solver_seconds = MILP_SECONDS if left is None else max(min(MILP_SECONDS, left), 0.01)
    with _native_stdout_silenced():
        result = milp(
            objective,
            constraints=constraints,
            # Concept variables need no integrality: at the optimum x_c = min(1, sum of y_j) anyway.
            integrality=np.concatenate([np.ones(n), np.zeros(m)]),
            bounds=Bounds(0, 1),
            options={"time_limit": solver_seconds, "mip_rel_gap": 1e-4},
        )
    if result.x is None:
        return []
    return [j for j in range(n) if result.x[j] > 0.5]


def _ilp_constraints(
    cands: Sequence[Candidate],
    shared: Sequence[tuple[float, Sequence[int]]],
    budget: int,
    forbidden: Sequence[tuple[int, int]],
    requires: Mapping[int, int],
) -> list[LinearConstraint]:
    """Coverage (a shared concept group counts only when a chosen fact holds it), the budget,
    forbidden pairs (at most one of the two) and required ones (a fact only with the one it
    requires)."""
    n, m = len(cands), len(shared)
    rows, cols, vals = [], [], []
    # x_c <= sum of y_j over facts j holding c
    for k, (_, js) in enumerate(shared):
        for j in js:
            rows.append(k)
            cols.append(j)
            vals.append(-1.0)
    rows.extend(range(m))
    cols.extend(n + k for k in range(m))
    vals.extend([1.0] * m)
    coverage = sparse.csr_matrix((vals, (rows, cols)), shape=(m, n + m))
    constraints = [LinearConstraint(coverage, -np.inf, 0.0)]
    length = np.concatenate([np.array([c.cost for c in cands], dtype=float), np.zeros(m)])
    constraints.append(LinearConstraint(length[None, :], -np.inf, float(budget)))
    if forbidden:
        pr, pc, pv = [], [], []
        for r, (i, j) in enumerate(forbidden):
            pr += [r, r]
            pc += [i, j]
            pv += [1.0, 1.0]
        pairs = sparse.csr_matrix((pv, (pr, pc)), shape=(len(forbidden), n + m))
        constraints.append(LinearConstraint(pairs, -np.inf, 1.0))
    if requires:
        # y_j - y_a <= 0: j only with a.
        rr, rc, rv = [], [], []
        for r, (j, a) in enumerate(sorted(requires.items())):
            rr += [r, r]
            rc += [j, a]
            rv += [1.0, -1.0]
        needs = sparse.csr_matrix((rv, (rr, rc)), shape=(len(requires), n + m))
        constraints.append(LinearConstraint(needs, -np.inf, 0.0))
    return constraints


def _solve_informative(
    cands: Sequence[Candidate],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
    requires: Mapping[int, int] | None = None,
) -> list[int]:
    """:func:`solve_ilp` over the candidates that hold a weighted concept, for a choice without a
    position bonus: one that holds none is then worth only its fill reward per word, the fill step
    adds such sentences when budget is left, and keeping them out spares the solver many
    interchangeable fillers (measured: the same key facts and ROUGE on every set)."""
    requires = requires or {}
    useful = [j for j, c in enumerate(cands) if any(weights.get(x, 0.0) > 0 for x in c.concepts)]
    if len(useful) == len(cands):
        return solve_ilp(cands, weights, budget, bonus, forbidden, requires)
    # A candidate whose required one is left out cannot be chosen here either (nor what requires it).
    useful = without_orphans(useful, requires)
    index = {j: k for k, j in enumerate(useful)}
    pairs = [(index[a], index[b]) for a, b in forbidden if a in index and b in index]
    needs = {index[j]: index[a] for j, a in requires.items() if j in index}
    chosen = solve_ilp([cands[j] for j in useful], weights, budget, [bonus[j] for j in useful], pairs, needs)
    return [useful[k] for k in chosen]


def solve_greedy(
    cands: Sequence[Candidate],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
) -> list[int]:
    """Greedy gain-per-cost maximization of the ILP's objective (a submodular function)."""
    return _grow(cands, (), weights, budget, bonus, forbidden, per_cost=True)


def _grow(
    cands: Sequence[Candidate],
    chosen: Sequence[int],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
    *,
    per_cost: bool,
    requires: Mapping[int, int] | None = None,
) -> list[int]:
    """``chosen`` plus, while any fits, the non-redundant candidate of highest marginal value
    (per unit of budget when ``per_cost``); ties go to the earlier candidate. A candidate listed
    in ``requires`` is only added once the candidate it requires is in."""
    blocked = conflicts(forbidden)
    requires = requires or {}
    out = list(chosen)
    used = sum(cands[j].cost for j in out)
    covered = set().union(*(cands[j].concepts for j in out)) if out else set()
    while True:
        check_time()
        taken = set(out)
        best, best_score = -1, 0.0
        for j in _joinable(cands, taken, budget - used, blocked, requires):
            cand = cands[j]
            gain = sum(weights.get(c, 0.0) for c in cand.concepts - covered) + bonus[j]
            score = gain / max(cand.cost, 1) if per_cost else gain
            if score > best_score:
                best, best_score = j, score
        if best < 0:
            return out
        out.append(best)
        used += cands[best].cost
        covered |= cands[best].concepts


def _joinable(
    cands: Sequence[Candidate], taken: set[int], room: int, blocked: Mapping[int, set[int]], requires: Mapping[int, int]
) -> list[int]:
    """The candidates that may join ``taken``: not in it, fitting in ``room`` words, barred with
    none of it (``blocked``: :func:`conflicts`), and what they require (``requires``) already in."""
    return [
        j
        for j, cand in enumerate(cands)
        if j not in taken
        and cand.cost <= room
        and not blocked.get(j, set()) & taken
        and (j not in requires or requires[j] in taken)
    ]


def solve_mmr(
    cands: Sequence[Candidate],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
    *,
    trade_off: float = 0.7,
) -> list[int]:
    """Maximal marginal relevance: relevance = concept value, redundancy = concept overlap."""
    relevance = np.array([value_of(c, weights, b) for c, b in zip(cands, bonus, strict=True)])
    if relevance.max(initial=0) > 0:
        relevance = relevance / relevance.max()
    blocked = conflicts(forbidden)
    chosen: list[int] = []
    used = 0
    remaining = set(range(len(cands)))
    while remaining:
        check_time()
        best, best_score = -1, -np.inf
        for j in sorted(remaining):
            if used + cands[j].cost > budget or blocked.get(j, set()) & set(chosen):
                continue
            overlap = max(
                (len(cands[j].concepts & cands[k].concepts) / max(len(cands[j].concepts), 1) for k in chosen),
                default=0.0,
            )
            score = trade_off * relevance[j] - (1 - trade_off) * overlap
            if score > best_score:
                best, best_score = j, score
        if best < 0:
            break
        chosen.append(best)
        used += cands[best].cost
        remaining.discard(best)
    return chosen


def fill_remaining(
    cands: Sequence[Candidate],
    chosen: Sequence[int],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
    requires: Mapping[int, int] | None = None,
) -> list[int]:
    """Add, while any fits, the candidate of highest marginal value that is not redundant.

    The solvers can leave budget unused (greedy stops at a poor ratio, the ILP at a time limit);
    unused budget is lost coverage for the reader, so it is spent here.
    """
    return _grow(cands, chosen, weights, budget, bonus, forbidden, per_cost=False, requires=requires)


def refill(
    cands: Sequence[Candidate],
    chosen: Sequence[int],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
    requires: Mapping[int, int] | None = None,
    solver: Callable[..., list[int]] | None = None,
) -> list[int]:
    """``chosen`` with the budget it leaves spent: first by ``solver`` (:func:`solve_ilp`) over the
    candidates that may join ``chosen`` (fit the budget left, barred with none of it, what they
    require already in), the concepts ``chosen`` covers weighing nothing; then, and without a
    solver only, by :func:`fill_remaining`.

    :func:`fill_remaining` takes the one candidate of highest gain that fits, most often the longest
    sentence left, where two shorter ones may together be worth more: when a sentence told again is
    dropped after the solve, the words it frees went to a sentence that states no key fact two
    times in three (docs/quality.md, "The seventeenth session: sentences that state no key fact")."""
    out = list(chosen)
    left = budget - sum(cands[j].cost for j in out)
    if solver is not None and left > 0:
        pool = _joinable(cands, set(out), left, conflicts(forbidden), requires or {})
        if pool:
            covered = set().union(*(cands[j].concepts for j in out)) if out else set()
            at = {j: k for k, j in enumerate(pool)}
            picked = solver(
                [cands[j] for j in pool],
                {c: w for c, w in weights.items() if c not in covered},
                left,
                [bonus[j] for j in pool],
                [(at[a], at[b]) for a, b in forbidden if a in at and b in at],
                {},
            )
            out += [pool[k] for k in picked]
    return fill_remaining(cands, out, weights, budget, bonus, forbidden, requires)


def without_orphans(chosen: Sequence[int], requires: Mapping[int, int]) -> list[int]:
    """``chosen`` without every candidate whose required candidate is not (or no longer) chosen."""
    kept = list(chosen)
    while True:
        taken = set(kept)
        orphans = {j for j in kept if j in requires and requires[j] not in taken}
        if not orphans:
            return kept
        kept = [j for j in kept if j not in orphans]


def solve_lead(cands: Sequence[Candidate], budget: int) -> list[int]:
    """Round-robin over documents by sentence position, while the budget allows."""
    by_position = sorted(range(len(cands)), key=lambda j: (cands[j].fact.representative.index, j))
    chosen, used = [], 0
    for j in by_position:
        if used + cands[j].cost <= budget:
            chosen.append(j)
            used += cands[j].cost
    return chosen


def select(
    facts: Sequence[Fact],
    candidate_ok: Sequence[bool],
    n_docs: int,
    settings: Settings,
    analyzer: Analyzer,
    titles: Sequence[str] = (),
    antecedents: Mapping[int, int] | None = None,
    printed_cost: Callable[[Sequence[Fact]], int] | None = None,
    one_of: Collection[int] = (),
    published: Mapping[str, float] | None = None,
    retold: Collection[int] = (),
    weak: Collection[int] = (),
) -> list[Fact]:
    """Choose the facts of the summary, in selection order, within the settings' budget.

    ``one_of``: ids of facts that state one thing (the event itself, told by every outlet in its
    own words); a short summary of several documents holds one of them at most (:func:`event_pairs`;
    ``retold``: those of them taken in as retellings, which stand beside a telling they share no
    word of what happened with). ``weak``: ids of facts that may tell the event once more
    (:func:`khulasa.summarizer.opening.weak_tellings`), read after the choice in a short summary of
    several documents, at any budget (:func:`weak_told_pairs`). ``published``:
    the documents' publication times (id -> timestamp), where known.

    ``antecedents`` maps a fact id to the id of the fact it leans on (its sentence opens with
    "وأضاف", "وهو ما"...): such a fact is only chosen together with that one. ``printed_cost``,
    when given, is what a choice costs once the summary is put together (shorter mentions of
    people already named): the budget it saves is spent on more facts.
    """
    unit, budget = settings.budget
    in_words = _budget_in_words(facts, candidate_ok, unit, budget)
    short = in_words <= settings.short_budget
    told_share = 0.0
    if short and n_docs > 1:
        # Words several outlets use as concepts too (Settings.short_unigram_weight), weighing more
        # in a summary longer than Settings.longer_from words (Settings.longer_unigram_weight).
        longer = in_words > settings.longer_from
        # Past longer_from words, with the support groups on (a same-day story), a short sentence
        # the other chosen ones tell together goes (Settings.longer_told_share, told_by_others).
        told_share = settings.longer_told_share if longer and settings.support_weight > 0 else 0.0
        settings = settings.updated(
            unigram_weight=settings.longer_unigram_weight if longer else settings.short_unigram_weight,
            # What several outlets state in their own words is a concept up to longer_from words.
            support_weight=0.0 if longer else settings.support_weight,
        )
    # Concepts may be matched on surface forms while deduplication stems (see Settings).
    analyzer_for_concepts = (
        analyzer if analyzer.stem == settings.stem_concepts else Analyzer(stem=settings.stem_concepts)
    )
    all_concepts = [
        concepts_of(f.representative.text, analyzer_for_concepts, unigrams=settings.unigram_weight > 0)
        for f in checked(facts)
    ]
    # In a short summary of several documents up to Settings.longer_from words, the words of what
    # happened may weigh more than the names (Settings.short_content_unigram_weight).
    content_unigram_weight = (
        settings.short_content_unigram_weight if short and n_docs > 1 and in_words <= settings.longer_from else 0.0
    )
    weights = _summary_weights(
        facts,
        all_concepts,
        n_docs,
        settings,
        analyzer_for_concepts,
        titles,
        short=short,
        content_unigram_weight=content_unigram_weight,
    )
    weights = _learned(weights, facts, all_concepts, n_docs, settings, analyzer_for_concepts, titles)
    cands = _candidates(facts, all_concepts, candidate_ok, settings, unit)
    if not cands:
        return []
    # Scale the per-word bonuses by the mean concept value per word, so that the settings mean the
    # same on clusters of any size: position_weight 1 makes an opening word worth an average word.
    density = float(np.mean([sum(weights.get(c, 0.0) for c in cand.concepts) / max(cand.words, 1) for cand in cands]))
    density = max(density, 1e-3)
    # In a short summary of several outlets, every outlet's opening restates the main event: a bonus
    # per opening word would spend the budget on several of them (see Settings.short_position_weight).
    position_weight = settings.short_position_weight if short and n_docs > 1 else settings.position_weight
    position_scale = position_weight * density
    fill_scale = settings.fill_weight * density
    cands = [c for c in cands if c.cost <= budget]
    # A budget beyond everything on offer changes nothing; clamping keeps solver arithmetic in range.
    budget = min(budget, sum(c.cost for c in cands))
    if not cands:
        return []
    if short and n_docs > 1:
        cands, weights = _with_claims(cands, weights, facts, n_docs, settings, in_words, published)
    if settings.method == "lead":
        cands, requires = _with_antecedents(cands, antecedents or {})
        return [cands[j].fact for j in without_orphans(solve_lead(cands, budget), requires)]
    if len(cands) > MAX_ILP_CANDIDATES:
        order = sorted(
            range(len(cands)),
            key=lambda j: (
                -value_of(cands[j], weights, bonus_of(cands[j], position_scale, fill_scale))
                / max(cands[j].cost, 1) ** 0.5
            ),
        )
        cands = [cands[j] for j in sorted(order[:MAX_ILP_CANDIDATES])]
    # Which candidate requires which, by index: read after any pruning, as indices change with it.
    cands, requires = _with_antecedents(cands, antecedents or {})
    # A short summary of several documents may value, per word, how much a sentence says what the
    # other documents say (Settings.centrality_weight; a story told over days).
    centrality_scale = settings.centrality_weight * density if short and n_docs > 1 else 0.0
    bonus = _bonuses(cands, position_scale, fill_scale, centrality_scale, facts, analyzer)
    # Past Settings.longer_from words, a sentence telling what came before or around the news pays
    # Settings.backdrop_weight per word.
    longer_several = short and n_docs > 1 and in_words > settings.longer_from
    bonus = _backdrop_paid(cands, bonus, settings.backdrop_weight * density if longer_several else 0.0)
    # Up to Settings.longer_from words, a courtesy sentence that gives no number pays
    # Settings.courtesy_weight per word.
    shorter_several = short and n_docs > 1 and in_words <= settings.longer_from
    bonus = _courtesy_paid(cands, bonus, settings.courtesy_weight * density if shorter_several else 0.0)
    # So does an aside (a count its outlet calls outdated at every budget; a guess, what an outlet
    # was told, a general welcome up to Settings.longer_from words): Settings.aside_weight per word.
    aside_kinds = None if shorter_several else ASIDE_EVERY_BUDGET
    aside_per_word = settings.aside_weight * density if short and n_docs > 1 else 0.0
    bonus = _aside_paid(cands, bonus, aside_per_word, aside_kinds)
    several = short and n_docs > 1
    # A sentence's words past half the budget pay Settings.past_half_weight each (not under a
    # budget in sentences: there a long sentence takes no other's place).
    halves = several and unit != "sentences"
    bonus = _past_half_paid(cands, bonus, weights, settings.past_half_weight * density if halves else 0.0, in_words / 2)
    # In a summary of at most Settings.reported_apart_to words, a telling that opens with reported
    # speech stands apart from the event group.
    apart = several and in_words <= settings.reported_apart_to
    forbidden = _forbidden(
        cands,
        analyzer,
        settings,
        titles,
        several,
        short=short,
        one_of=one_of,
        retold=retold,
        reported_apart=apart,
        weights=weights,
    )
    # Without a position bonus a sentence holding no weighted concept is worth only the fill reward:
    # leave such sentences to the fill step.
    ilp = _solve_informative if position_scale == 0 else solve_ilp
    chosen = _solved(settings.method, ilp, cands, weights, budget, bonus, forbidden, requires)
    chosen = fill_remaining(cands, chosen, weights, budget, bonus, forbidden, requires)
    if several and settings.core_redundancy and settings.retold_redundancy:
        chosen, forbidden = _without_retold(
            cands,
            chosen,
            weights,
            budget,
            bonus,
            forbidden,
            requires,
            titles,
            analyzer,
            settings.speaker_redundancy,
            story_events(facts),
            settings.retold_guard,
            solve_ilp if settings.method == "ilp" else None,
            told_share,
        )
    # A weak telling of the event told again goes, at 150 words as at 60 and 100 (docs/quality.md,
    # twentieth session: restating past 100 words).
    weak_read = weak if several else ()
    chosen, forbidden = _without_weak(
        cands, chosen, weights, budget, bonus, forbidden, requires, titles, one_of, weak_read
    )
    # So does, at any budget, a sentence outside the event group whose words lie inside a chosen
    # telling's; and one of two sentences quoting the same words (quoted_told_pairs).
    chosen, forbidden = _without_weak(
        cands, chosen, weights, budget, bonus, forbidden, requires, titles, one_of, (), contained=several
    )
    chosen, forbidden = _without_weak(
        cands, chosen, weights, budget, bonus, forbidden, requires, titles, one_of, (), quoted=several
    )
    # And one of two sentences telling one goal, its minute in a list or in added time (goal_told_pairs).
    chosen, forbidden = _without_weak(
        cands, chosen, weights, budget, bonus, forbidden, requires, titles, one_of, (), goals=several
    )
    if printed_cost is not None and unit != "sentences":
        chosen = _spend_savings(cands, chosen, printed_cost, weights, budget, bonus, forbidden, requires)
    return [cands[j].fact for j in chosen]


def _forbidden(
    cands: Sequence[Candidate],
    analyzer: Analyzer,
    settings: Settings,
    titles: Sequence[str],
    several: bool,
    *,
    short: bool,
    one_of: Collection[int],
    retold: Collection[int],
    reported_apart: bool = False,
    weights: Mapping[str, float] | None = None,
) -> list[tuple[int, int]]:
    """The pairs of candidates that may not appear together (``several``: a short summary of
    several documents): too alike in words (:func:`_redundant_pairs`); in a short summary of
    several documents, one fact told twice (:func:`restating_pairs`, :func:`core_pairs`) and the
    event told twice (:func:`event_pairs`; with ``reported_apart``, a telling that opens with
    reported speech, :func:`_opens_reported`, is left out of the event group: what a source said is
    a claim of its own), and with Settings.support_weight two candidates each holding the other's
    content (:func:`support_pairs`); with the encoder, too alike in meaning."""
    forbidden = set(_redundant_pairs(cands, analyzer, REDUNDANCY_CONTAINMENT if short else None))
    if settings.split_runons == "both":
        forbidden |= overlap_pairs(cands)
    if several and settings.claim_redundancy:
        forbidden |= set(restating_pairs(cands))
        forbidden |= scorer_pairs(cands)
    if several and settings.core_redundancy:
        forbidden |= core_pairs(cands, titles, analyzer)
    if several and one_of:
        group = [
            j
            for j, c in enumerate(cands)
            if c.fact.id in one_of and not (reported_apart and _opens_reported(c.fact.representative.text))
        ]
        again = {j for j in group if cands[j].fact.id in retold}
        forbidden |= event_pairs(
            cands, group, again, titles, weights, settings.event_apart_share, settings.event_apart_claims
        )
    if several and settings.support_weight > 0:
        forbidden |= support_pairs(cands, settings.support_threshold)
    if settings.semantic_threshold > 0:
        texts = [c.fact.representative.text for c in cands]
        forbidden |= set(semantic_pairs(texts, settings.semantic_threshold))
    return sorted(forbidden)


def overlap_pairs(cands: Sequence[Candidate]) -> set[tuple[int, int]]:
    """Pairs of candidates holding passages of one document that overlap: a run-on sentence and
    one of its main clauses, both candidates (``Settings.split_runons`` "both",
    :mod:`khulasa.text.runon`), never chosen together. Read only then: whole sentences never overlap
    (and facts built by hand may give any offsets)."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for j, c in enumerate(cands):
        for sentence in c.fact.sentences:
            first = sentence.spans[0]
            spans.setdefault(sentence.doc, []).append((first.start, first.end, j))
    out: set[tuple[int, int]] = set()
    for held in spans.values():
        held.sort()
        for k, (_, end, i) in enumerate(held):
            m = k + 1
            while m < len(held) and held[m][0] < end:  # sorted by start: the overlapping ones follow
                j = held[m][2]
                if i != j:
                    out.add((min(i, j), max(i, j)))
                m += 1
    return out


def scorer_pairs(cands: Sequence[Candidate]) -> set[tuple[int, int]]:
    """Pairs of candidates one of which names no scorer (:func:`told_scorers`' claims) the other
    does not name: one goal, or the same goals, told twice in other words ("وقلص المنتخب الفارق
    عن طريق سالم الدوسري" beside "سجل مارتن وشافيز ... في حين سجل سالم الدوسري")."""
    named = {j: {x for x in c.concepts if x.startswith(SCORER_PREFIX)} for j, c in enumerate(cands)}
    named = {j: x for j, x in named.items() if x}
    return {(min(i, j), max(i, j)) for i in named for j in named if i != j and named[i] <= named[j]}


def story_events(facts: Sequence[Fact]) -> frozenset[str]:
    """The kinds of event (``resources/ar/event_kinds.txt``: quake, crash, match, ...) that most of
    the story's articles open with: named by a word (:func:`khulasa.extract.kinds.kind_of_word`) of
    each document's first sentence among ``facts``, as the desk reads a story's kinds from their
    openings."""
    from khulasa.extract.kinds import kind_of_word, most_given
    from khulasa.text.normalize import letter_tokens

    first: dict[str, Sentence] = {}
    for fact in facts:
        for sentence in fact.sentences:
            if sentence.doc not in first or sentence.index < first[sentence.doc].index:
                first[sentence.doc] = sentence
    return most_given([{kind_of_word(w) for w in letter_tokens(s.text)} - {""} for s in first.values()])


# Rounds of :func:`_without_retold`: what fills the freed budget may itself tell again.
RETOLD_ROUNDS = 3


def retold_pairs(
    cands: Sequence[Candidate],
    chosen: Sequence[int],
    titles: Sequence[str] = (),
    analyzer: Analyzer | None = None,
    *,
    speakers: bool = False,
    events: frozenset[str] = frozenset(),
    guard: bool = False,
) -> list[tuple[int, int]]:
    """Pairs ``(j, k)`` of ``chosen`` candidates where ``j`` tells again what ``k`` tells
    (:func:`khulasa.link.retold.told_again_in`: the sentence saying least read first, and never
    across rounds of a contest). ``speakers`` (``Settings.speaker_redundancy``): ``j`` is read past
    the speaker it opens with, who stands for his country (:func:`meanings`' ``speakers``), and two
    sentences of one speaker may be one reaction (:func:`khulasa.link.retold.told_again`).
    ``events``: the story's kinds of event (:func:`story_events`, for :func:`meanings`). ``guard``
    (``Settings.retold_guard``): countries and idioms read as :func:`meanings` says."""
    from khulasa.extract.claims import claims_of

    found = meanings([cands[j] for j in chosen], titles, analyzer, events=events, guard=guard)
    spoken: list[Meaning] = []
    if speakers:
        spoken = meanings([cands[j] for j in chosen], titles, analyzer, speakers=True, events=events, guard=guard)
        found = [replace(m, speaker=s.speaker) for m, s in zip(found, spoken, strict=True)]
    order = sorted(range(len(chosen)), key=lambda x: (len(found[x].happening), x))
    rounds = [claims_of(cands[j].fact.representative.text).earlier_round for j in chosen]
    return [(chosen[x], chosen[y]) for x, y in told_again_in(found, order, rounds, spoken, idioms=guard).items()]


def _role_counts(text: str, *, only: bool = True) -> dict[str, set[float]] | None:
    """The counts ``text`` gives by the role of the people they count (killed, injured, missing...:
    ``resources/ar/people_roles.txt``, the figure's kind or a cue word beside it); with ``only``,
    None when a figure it gives is no such count (another figure is another fact)."""
    from khulasa.extract.claims import claims_of, salient_figures
    from khulasa.extract.figures import role_near

    claims = claims_of(text)
    if only and any(f.dimension in _ELSEWHEN for f in claims.figures):
        return None  # a toll placed in a year or on a date may be another event's
    out: dict[str, set[float]] = {}
    for f in salient_figures(claims):
        kind = claims.kind_of(f)
        role = None
        if kind[0] in _COUNTED:
            role = kind[1] if kind[0] == "people" and kind[1] in _TOLL_ROLES else role_near(text, f.start, f.end)
        if role is None:
            if only:
                return None
            continue
        out.setdefault(role, set()).add(f.value)
    return out


# Figures that place a count in time: "17 ألف قتيل في زلزال 1999" is another quake's toll.
_ELSEWHEN = ("year", "date")
# The roles of people_roles.txt a count of people is read by as the figure's kind.
_TOLL_ROLES = frozenset({"killed", "injured", "rescued", "missing"})


def toll_told_pairs(cands: Sequence[Candidate], chosen: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs ``(j, k)`` of ``chosen`` candidates where ``j`` tells again, at another value, a count
    ``k`` gives (docs/quality.md, fourteenth session: tolls told twice): every figure of ``j`` is a
    count of people of a role (killed, injured...) ``k`` also counts, one of them at another value,
    none placed in a year or on a date; ``j`` names no one and no place ``k`` does not name (nor
    counts in one), is no longer than ``k`` and opens with no one telling it. The repeat checks read
    a count at another value as a later telling (the desk must mark a rising toll new), but a
    summary is read at once: its reader needs the toll once. ``j`` stays when it holds a central
    figure (:func:`central_figures`: the best-supported or latest value) ``k`` lacks."""
    from khulasa.extract.claims import claims_of
    from khulasa.extract.speakers import opening_speaker

    roles = {j: _role_counts(cands[j].fact.representative.text) for j in chosen}
    given = {j: _role_counts(cands[j].fact.representative.text, only=False) or {} for j in chosen}
    claims = {j: claims_of(cands[j].fact.representative.text) for j in chosen}
    # A sentence opening with who told the count ("ونقلت القناة عن الصليب الأحمر تأكيده مقتل 20")
    # tells its source too: it stays.
    sourced = {j for j in chosen if opening_speaker(cands[j].fact.representative.text) is not None}
    # People and places named, and the places counts are told of ("قتل 3 في حمص": place:حمص).
    names = {j: claims[j].names | {("scope", s) for _, s in claims[j].scopes} for j in chosen}
    central = {j: {c for c in cands[j].concepts if c.startswith(CENTRAL_PREFIX)} for j in chosen}
    out: dict[int, int] = {}
    for j in chosen:
        mine = roles[j]
        if not mine or j in sourced:
            continue
        for k in chosen:
            theirs = given[k] if k != j and k not in out else None
            if (
                theirs is None
                or not set(mine) <= set(theirs)
                or all(mine[r] == theirs[r] for r in mine)
                or not names[j] <= names[k]
                or cands[j].words > cands[k].words
                or central[j] - central[k]
            ):
                continue
            out[j] = k
            break
    return sorted(out.items())


def _without_retold(
    cands: Sequence[Candidate],
    chosen: list[int],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
    requires: Mapping[int, int],
    titles: Sequence[str],
    analyzer: Analyzer,
    speakers: bool = False,
    events: frozenset[str] = frozenset(),
    guard: bool = False,
    solver: Callable[..., list[int]] | None = None,
    told_share: float = 0.0,
) -> tuple[list[int], list[tuple[int, int]]]:
    """``chosen`` without the sentences that tell again what another chosen one tells
    (:func:`retold_pairs`, read after the choice so that the one told in stays; ``speakers``: read
    past their speakers), each round's freed budget spent (:func:`fill_remaining`); and
    ``forbidden`` with those pairs. ``events``: the story's kinds of event (:func:`story_events`).
    ``guard`` (``Settings.retold_guard``): read as :func:`meanings` says, and the freed budget is
    not spent on a sentence near one a sentence was told in (:func:`near_told_pairs`). ``solver``:
    the freed budget is spent by :func:`refill` with it (the ILP's method), not greedily.
    ``told_share`` (Settings.longer_told_share, past Settings.longer_from words): also without a
    short sentence the other chosen ones tell together (:func:`told_by_others`)."""
    pairs = set(forbidden)
    for _ in range(RETOLD_ROUNDS):
        again = retold_pairs(cands, chosen, titles, analyzer, speakers=speakers, events=events, guard=guard)
        retold = {j for j, _ in again}
        again += toll_told_pairs(cands, [j for j in chosen if j not in retold])
        if told_share > 0:
            gone = {j for j, _ in again}
            again += told_by_others(cands, [j for j in chosen if j not in gone], told_share)
        if not again:
            break
        pairs |= {(min(j, k), max(j, k)) for j, k in again}
        gone = {j for j, _ in again}
        chosen = without_orphans([j for j in chosen if j not in gone], requires)
        if guard:
            told_in = {k for _, k in again}
            pairs |= near_told_pairs(cands, chosen, told_in, titles, analyzer, speakers=speakers, events=events)
        chosen = refill(cands, chosen, weights, budget, bonus, sorted(pairs), requires, solver)
    return chosen, sorted(pairs)


# A weak telling of the event (:func:`khulasa.summarizer.opening.weak_tellings`) sharing this many
# words of what happened with a chosen telling of it tells it again (:func:`weak_told_pairs`).
WEAK_SHARED_WORDS = 2


def weak_told_pairs(
    cands: Sequence[Candidate],
    chosen: Sequence[int],
    group: Collection[int],
    weak: Collection[int],
    titles: Sequence[str] = (),
) -> list[tuple[int, int]]:
    """Pairs ``(j, k)`` of ``chosen`` candidates where ``j``, a weak telling of the event (its fact
    id in ``weak``), tells again what ``k``, a telling of the event (its fact id in ``group``: the
    event group of :func:`select`'s ``one_of``), tells: it shares ``WEAK_SHARED_WORDS`` of its
    words of what happened (:func:`happening_words`) with ``k``, gives no figure
    (:func:`khulasa.extract.claims.salient_figures`), names no one and no place ``k`` does not
    write, and opens with no word of reported speech (:func:`_opens_reported`: what "وأكدت
    السلطات ..." says someone said is a claim of its own) unless who spoke is named by no name
    (:func:`_told_by_no_one`: "وذكرت مصادر ...", "وقال شهود ...": the event in an anonymous
    source's words). Read after the choice: such a sentence was, on the dev sets, mostly the event
    told once more ("وكانت العبارة قد غرقت بعد ساعات من إبحارها" beside "غرقت العبارة التي تقل
    عشرات الركاب"), and the budget it frees goes to a sentence with a fact of its own
    (docs/quality.md, seventeenth session: restating at 60 and 100 words; twentieth session: past
    100 words too)."""
    from khulasa.extract.claims import claims_of, salient_figures
    from khulasa.extract.speakers import adjective_countries

    tellings = [j for j in chosen if cands[j].fact.id in group]
    weaks = [j for j in chosen if cands[j].fact.id in weak]
    if not tellings or not weaks:
        return []
    stem = Analyzer(stem=True)
    read = tellings + weaks
    frame = frame_words([cands[j].fact.representative.text for j in read] + list(titles), stem)
    words = {j: happening_words(cands[j].fact.representative.text, stem, frame) for j in read}
    claims = {j: claims_of(cands[j].fact.representative.text) for j in read}
    # A telling writes a country by its adjective too ("الحكومة المصرية" places it in Egypt).
    countries = {k: adjective_countries(cands[k].fact.representative.text) for k in tellings}
    out = []
    for j in weaks:
        text = cands[j].fact.representative.text
        if salient_figures(claims[j]) or (_opens_reported(text) and not _told_by_no_one(text)):
            continue
        k = next(
            (
                k
                for k in tellings
                if len(words[j] & words[k]) >= WEAK_SHARED_WORDS
                and all(n in claims[k].names or n[1] in claims[k].forms or n in countries[k] for n in claims[j].names)
            ),
            None,
        )
        if k is not None:
            out.append((j, k))
    return out


# A chosen sentence outside the event group, giving no kind of quantity another chosen sentence
# does not give, whose stemmed content words lie this share or more inside that sentence's, tells
# it again (:func:`contained_told_pairs`).
CONTAINED_SHARE = 0.5


def contained_told_pairs(
    cands: Sequence[Candidate], chosen: Sequence[int], group: Collection[int]
) -> list[tuple[int, int]]:
    """Pairs ``(j, k)`` of ``chosen`` candidates where ``j``, outside the event group (its fact id
    not in ``group``), tells again what ``k`` tells: ``CONTAINED_SHARE`` of ``j``'s content words,
    stemmed, are ``k``'s, ``j`` holds no more of them than ``k`` and gives no kind of quantity
    ``k`` does not give, and ``k`` is not itself told again in another.

    An outlet's own short telling ("التقى الرئيسان في العاصمة اليوم الأربعاء" beside "عقد الرئيس
    اجتماعا مع نظيره اليوم الأربعاء في العاصمة ...") is mostly names, titles and a weekday, which
    the documents' openings do not weigh, so it holds too few opening words to join the event
    group (:func:`khulasa.summarizer.opening.event_tellings`); but what it says lies inside the
    telling. So does a sub-event an outlet tells again in fewer words beside another's sentence
    ("رفض الرئيس استقالة رئيس الوزراء" beside "رفض الرئيس اليوم الخميس الاستقالة التي قدمها إليه
    رئيس الوزراء"; a photo's caption "الرئيس يستقبل نظيره في القاهرة" beside the arrival),
    whichever sentence holds it (docs/quality.md, twenty-fifth session)."""
    from khulasa.extract.claims import quantity_kinds

    others = [j for j in chosen if cands[j].fact.id not in group]
    if not others or len(chosen) < 2:
        return []
    stem = Analyzer(stem=True)
    terms = {j: frozenset(stem.content_terms(cands[j].fact.representative.text)) for j in chosen}
    kinds = {j: quantity_kinds(cands[j].fact.representative.text) for j in chosen}
    out = []
    gone: set[int] = set()
    for j in others:
        if not terms[j]:
            continue
        k = next(
            (
                k
                for k in chosen
                if k != j
                and k not in gone
                and len(terms[j]) <= len(terms[k])
                and kinds[j] <= kinds[k]
                and len(terms[j] & terms[k]) >= CONTAINED_SHARE * len(terms[j])
            ),
            None,
        )
        if k is not None:
            out.append((j, k))
            gone.add(j)
    return out


# Quoted words: what stands between quotation marks.
_QUOTED = re.compile(r"[“«\"]([^”»\"“«]{3,})[”»\"]")


def _quoted_pairs_of_words(text: str, stem: Analyzer) -> frozenset[tuple[str, str]]:
    """The pairs of consecutive content words (stemmed, stop words left out) ``text`` quotes."""
    out: set[tuple[str, str]] = set()
    for match in _QUOTED.finditer(text):
        terms = [t for t in stem.content_terms(match.group(1)) if not t[:1].isdigit()]
        out.update(pairwise(terms))
    return frozenset(out)


def quoted_told_pairs(
    cands: Sequence[Candidate], chosen: Sequence[int], weights: Mapping[str, float]
) -> list[tuple[int, int]]:
    """Pairs ``(j, k)`` of ``chosen`` candidates that quote the same words (a pair of consecutive
    content words both put between quotation marks: "بخيبة أمل", "صفحة جديدة", "نقطة تحول"):
    one statement quoted twice, by two outlets or by a speaker and his office ("أعرب بايدن عن
    شعوره «بخيبة أمل»" and "وقال البيت الأبيض إن «الرئيس يشعر بخيبة أمل ...»"). ``j`` is the one
    whose concepts the other does not hold weigh less (:func:`_summary_weights`' ``weights``)."""
    stem = Analyzer(stem=True)
    quoted = {j: _quoted_pairs_of_words(cands[j].fact.representative.text, stem) for j in chosen}
    quoting = [j for j in chosen if quoted[j]]
    out = []
    gone: set[int] = set()
    for n, a in enumerate(quoting):
        for b in quoting[n + 1 :]:
            if a in gone or b in gone or not quoted[a] & quoted[b]:
                continue
            j, k = _weaker_first(cands, a, b, weights)
            gone.add(j)
            out.append((j, k))
    return out


def _weaker_first(cands: Sequence[Candidate], a: int, b: int, weights: Mapping[str, float]) -> tuple[int, int]:
    """``(a, b)`` or ``(b, a)``: first the one whose concepts the other does not hold weigh less."""
    own_a = sum(weights.get(c, 0.0) for c in cands[a].concepts - cands[b].concepts)
    own_b = sum(weights.get(c, 0.0) for c in cands[b].concepts - cands[a].concepts)
    return (a, b) if own_a < own_b else (b, a)


def goal_told_pairs(
    cands: Sequence[Candidate], chosen: Sequence[int], weights: Mapping[str, float]
) -> list[tuple[int, int]]:
    """Pairs ``(j, k)`` of ``chosen`` candidates one of which tells one goal the other gives in
    another way (:func:`khulasa.extract.goals.goal_told_apart`: a scorer's bracketed list, minutes
    of added time): ``j`` is the one whose concepts the other does not hold weigh less, as in
    :func:`quoted_told_pairs`. Read after the choice, not forbidden before it: forbidden, the pair
    sent the solver to the shorter goal sentence and away from the longer one's other facts."""
    from khulasa.extract.claims import claims_of

    texts = {j: cands[j].fact.representative.text for j in chosen}
    scoring = [
        j for j in chosen if any(f.dimension == "mark" and f.unit == "minute" for f in claims_of(texts[j]).figures)
    ]
    out = []
    gone: set[int] = set()
    for a in scoring:
        for b in chosen:
            if a == b or a in gone or b in gone:
                continue
            if not goal_told_apart(texts[a], texts[b], claims_of(texts[b]).forms):
                continue
            j, k = _weaker_first(cands, a, b, weights)
            gone.add(j)
            out.append((j, k))
    return out


@lru_cache(maxsize=1)
def _unnamed_sources() -> frozenset[str]:
    """The normalized words of ``resources/ar/unnamed_sources.txt``."""
    return frozenset(normalize(w) for w in load_word_list("ar/unnamed_sources.txt"))


def _told_by_no_one(text: str) -> bool:
    """Does ``text`` open with a verb of speech and a word naming no one (``resources/ar/
    unnamed_sources.txt``: "أكد مصدر", "وذكر شهود", "وذكرت تقارير إعلامية"), or with an outlet
    relaying such a source ("ونقلت القناة عن مصادر طبية": the speaker's key)?"""
    from khulasa.extract.speakers import opening_speaker

    speaker = opening_speaker(text)
    if speaker is None or len(speaker.words) < 2:
        return False
    sources = _unnamed_sources()
    return any(w in sources or (w.startswith("ال") and w[2:] in sources) for w in (speaker.words[1], speaker.key))


def _opens_reported(text: str) -> bool:
    """Does ``text`` open with a word of reported speech (``resources/ar/attribution.txt``, behind
    و/ف as that list is matched: "وأكدت", "ذكرت")?"""
    from khulasa.text.clean import is_attribution_word

    first = normalize(text).split()[:1]
    return bool(first) and is_attribution_word(first[0])


def _without_weak(
    cands: Sequence[Candidate],
    chosen: list[int],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
    requires: Mapping[int, int],
    titles: Sequence[str],
    group: Collection[int],
    weak: Collection[int],
    *,
    contained: bool = False,
    quoted: bool = False,
    goals: bool = False,
) -> tuple[list[int], list[tuple[int, int]]]:
    """``chosen`` without the weak tellings that tell the event again (:func:`weak_told_pairs`;
    with ``contained``, the sentences whose words lie inside a chosen telling's,
    :func:`contained_told_pairs`; with ``quoted``, one of two sentences quoting the same words,
    :func:`quoted_told_pairs`; with ``goals``, one of two sentences telling one goal,
    :func:`goal_told_pairs`), each round's freed budget spent (:func:`fill_remaining`), when
    another candidate takes their place (else they stay: the budget would go unused); and
    ``forbidden`` with those pairs."""
    if (not weak and not contained and not quoted and not goals) or (not group and not quoted and not goals):
        return chosen, list(forbidden)
    pairs = set(forbidden)
    for _ in range(RETOLD_ROUNDS):
        if quoted:
            again = quoted_told_pairs(cands, chosen, weights)
        elif goals:
            again = goal_told_pairs(cands, chosen, weights)
        elif contained:
            again = contained_told_pairs(cands, chosen, group)
        else:
            again = weak_told_pairs(cands, chosen, group, weak, titles)
        if not again:
            break
        tried = pairs | {(min(j, k), max(j, k)) for j, k in again}
        gone = {j for j, _ in again}
        kept = without_orphans([j for j in chosen if j not in gone], requires)
        refilled = fill_remaining(cands, kept, weights, budget, bonus, sorted(tried), requires)
        if not set(refilled) - set(chosen):
            break  # nothing takes their place: a sentence told once more costs no other fact
        chosen, pairs = refilled, tried
    return chosen, sorted(pairs)


# A sentence sharing this many words of what happened with one a sentence was told in (naming no one
# and giving no kind of quantity that one lacks) is not chosen with it when the budget the sentence
# told again freed is spent (:func:`near_told_pairs`).
NEAR_TOLD_WORDS = 4


def near_told_pairs(
    cands: Sequence[Candidate],
    chosen: Collection[int],
    told_in: Collection[int],
    titles: Sequence[str] = (),
    analyzer: Analyzer | None = None,
    *,
    speakers: bool = False,
    events: frozenset[str] = frozenset(),
) -> set[tuple[int, int]]:
    """Pairs of a sentence of ``told_in`` (chosen, another told again in it) and a candidate not
    ``chosen`` that shares ``NEAR_TOLD_WORDS`` of its words of what happened (read past its speaker
    with ``speakers``; :func:`khulasa.link.retold.fold`, light verbs left out), names no one it
    does not name and gives no kind of quantity it does not give (how long aside): once one
    wording of a fact is told again, the budget it frees goes to another wording of that fact
    with a detail of its own, which the loosest reading after the choice lets through
    (docs/quality.md, fourteenth session: restating). Read only when a sentence was told again."""
    from khulasa.link.retold import folded_words, idiom_light_verbs, light_verbs

    light = light_verbs() | idiom_light_verbs()
    rest = [j for j in range(len(cands)) if j not in chosen]
    if not told_in or not rest:
        return set()
    order = [*told_in, *rest]
    read = [cands[j] for j in order]
    plain = dict(zip(order, meanings(read, titles, analyzer, events=events, guard=True), strict=True))
    spoken = (
        dict(zip(order, meanings(read, titles, analyzer, speakers=True, events=events, guard=True), strict=True))
        if speakers
        else plain
    )
    out: set[tuple[int, int]] = set()
    for k in told_in:
        theirs = set(folded_words(plain[k].happening, light))
        for c in rest:
            a = spoken[c]
            shared = sum(w in theirs for w in folded_words(a.happening, light))
            timeless = {x for x in a.kinds if x[0] != "duration"}
            if shared >= NEAR_TOLD_WORDS and timeless <= plain[k].kinds and names_stated(a, plain[k], titled=True):
                out.add((min(c, k), max(c, k)))
    return out


def _solved(
    method: str,
    ilp: Callable[..., list[int]],
    cands: Sequence[Candidate],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
    requires: Mapping[int, int],
) -> list[int]:
    """The ``method``'s choice: the ILP takes ``requires`` as constraints (a leaning sentence
    only with the one it leans on, so no budget goes to one dropped after); greedy and MMR choices
    lose their orphans after."""
    if method == "ilp":
        return ilp(cands, weights, budget, bonus, forbidden, requires)
    solver = {"greedy": solve_greedy, "mmr": solve_mmr}[method]
    return without_orphans(solver(cands, weights, budget, bonus, forbidden), requires)


def _summary_weights(
    facts: Sequence[Fact],
    all_concepts: Sequence[frozenset[str]],
    n_docs: int,
    settings: Settings,
    analyzer: Analyzer,
    titles: Sequence[str],
    *,
    short: bool,
    content_unigram_weight: float = 0.0,
) -> dict[str, float]:
    """Concept weights as the settings ask: titles, unigram and frame weights, recurring concepts
    only (in a ``short`` summary of several documents: only concepts two or more of them state).
    ``content_unigram_weight``, when above the unigram weight: the weight of the single words that
    are not the story's frame and that more than ``CONTENT_WORD_DOCUMENTS`` documents' openings
    would weigh (:func:`content_words_weighted`)."""
    title_concepts = frozenset().union(
        *(concepts_of(t, analyzer, unigrams=settings.unigram_weight > 0) for t in titles)
    )
    weights = concept_weights(
        facts,
        all_concepts,
        n_docs,
        position_decay=settings.position_decay,
        title_concepts=title_concepts,
        title_weight=settings.title_weight,
        min_documents=2 if short else 1,
    )
    texts = [f.representative.text for f in facts] + list(titles)
    if settings.unigram_weight > 0:
        weights = {c: w * (settings.unigram_weight if " " not in c else 1.0) for c, w in weights.items()}
        if n_docs > 1 and content_unigram_weight > settings.unigram_weight:
            weights = content_words_weighted(
                weights,
                frame_words(texts, analyzer),
                content_unigram_weight / settings.unigram_weight,
                CONTENT_WORD_DOCUMENTS * settings.unigram_weight,
            )
    if n_docs > 1 and settings.frame_weight != 1.0:
        frame = frame_words(texts, analyzer)
        weights = {c: w * settings.frame_weight if in_frame(c, frame) else w for c, w in weights.items()}
    # Keep concepts that recur: with several documents, those in at least two of them (a short
    # summary has already kept only those, whatever their weight).
    if n_docs > 1 and not short:
        recurring = {c: w for c, w in weights.items() if w >= settings.min_concept_weight}
        if recurring:
            weights = recurring
    return weights


def learned_inputs(
    facts: Sequence[Fact],
    settings: Settings,
    analyzer: Analyzer,
    titles: Sequence[str],
) -> dict[str, Any]:
    """The word sets :func:`khulasa.summarizer.learned.concept_features` reads: the story's frame
    and name words, the stop words and the titles' concepts."""
    texts = [f.representative.text for f in facts] + list(titles)
    return {
        "frame": frame_words(texts, analyzer),
        "names": name_words(texts, analyzer),
        "stop": analyzer.stop,
        "title_concepts": frozenset().union(
            *(concepts_of(t, analyzer, unigrams=settings.unigram_weight > 0) for t in titles)
        ),
    }


def _learned(
    weights: dict[str, float],
    facts: Sequence[Fact],
    all_concepts: Sequence[frozenset[str]],
    n_docs: int,
    settings: Settings,
    analyzer: Analyzer,
    titles: Sequence[str],
) -> dict[str, float]:
    """With several documents, ``weights`` times the learned model's probability of each concept to
    the power Settings.learned_weight (:mod:`khulasa.summarizer.learned`; 0: ``weights`` as they are)."""
    if n_docs <= 1 or settings.learned_weight <= 0:
        return weights
    concepts, x = learned.concept_features(
        weights, facts, all_concepts, n_docs, **learned_inputs(facts, settings, analyzer, titles)
    )
    return learned.reweighted(weights, concepts, learned.concept_model().probabilities(x), settings.learned_weight)


# A word of what happened weighs Settings.short_content_unigram_weight only when it weighs more than
# this many documents stating it in their openings (in practice: three documents or more state it):
# a word two outlets share is as often one sentence they both copied (docs/quality.md, fifteenth
# session: sentences that state no key fact).
CONTENT_WORD_DOCUMENTS = 2.0


def content_words_weighted(
    weights: Mapping[str, float], frame: Collection[str], scale: float, floor: float = 0.0
) -> dict[str, float]:
    """``weights`` with each single-word concept outside ``frame`` (:func:`frame_words`: the story's
    names, titles and places, also behind a proclitic) that weighs more than ``floor`` weighing
    ``scale`` times as much.

    The words of what happened are how a fact told by several outlets in their own words is
    counted across its wordings ("أكدت الشرطة أنها اعتداء", "وصفت الحادث بأنه اعتداء متعمد"):
    they share no bigram, but their words recur. The names recur in every telling, and any
    sentence on the story holds them (docs/quality.md, fifteenth session: sentences that state
    no key fact)."""
    return {c: w * scale if " " not in c and w > floor and not in_frame(c, frame) else w for c, w in weights.items()}


def in_frame(concept: str, frame: Collection[str]) -> bool:
    """Is every word of ``concept`` in ``frame`` (:func:`frame_words`), as written or behind a proclitic?"""
    return all(any(f in frame for f in proclitic_forms(t)) for t in concept.split(" "))


def _candidates(
    facts: Sequence[Fact],
    all_concepts: Sequence[frozenset[str]],
    candidate_ok: Sequence[bool],
    settings: Settings,
    unit: str,
) -> list[Candidate]:
    """The facts that may be chosen, with their cost, concepts and position prior."""
    cands = []
    for fact, concepts, ok in zip(facts, all_concepts, candidate_ok, strict=True):
        if not ok:
            continue
        # Best (earliest) position among the fact's wordings, as a prior in (0, 1].
        prior = position_prior(min(s.index for s in fact.sentences), settings.position_decay)
        text = fact.representative.text
        cands.append(Candidate(fact, cost_of(text, unit), concepts, prior, count_words(text)))
    return cands


def _with_antecedents(cands: list[Candidate], antecedents: Mapping[int, int]) -> tuple[list[Candidate], dict[int, int]]:
    """Candidates without those whose antecedent cannot be chosen, and which candidate (by index)
    requires which."""
    position = {c.fact.id: j for j, c in enumerate(cands)}
    requires = {position[f]: position[a] for f, a in antecedents.items() if f in position and a in position}
    # A leaning fact whose antecedent cannot be chosen can never be chosen either.
    dropped = {position[f] for f in antecedents if f in position and position[f] not in requires}
    if dropped:
        cands = [c for j, c in enumerate(cands) if j not in dropped]
        position = {c.fact.id: j for j, c in enumerate(cands)}
        requires = {position[f]: position[a] for f, a in antecedents.items() if f in position and a in position}
    return cands, requires


def _spend_savings(
    cands: Sequence[Candidate],
    chosen: list[int],
    printed_cost: Callable[[Sequence[Fact]], int],
    weights: dict[str, float],
    budget: int,
    bonus: Sequence[float],
    forbidden: Sequence[tuple[int, int]],
    requires: Mapping[int, int],
) -> list[int]:
    """``chosen`` grown by candidates paid with what shortening saves, while the printed summary
    stays within ``budget``. Candidates cost their full length here; shortening a sentence never
    lengthens another, so each round only saves more."""
    for _ in range(3):
        saved = sum(cands[j].cost for j in chosen) - printed_cost([cands[j].fact for j in chosen])
        if saved <= 0:
            break
        grown = fill_remaining(cands, chosen, weights, budget + saved, bonus, forbidden, requires)
        if grown == chosen or printed_cost([cands[j].fact for j in grown]) > budget:
            break
        chosen = grown
    return chosen
