"""Cross-source view of a cluster: what most outlets agree on, what only one adds, where figures differ.

Built on the summarizer's fact grouping (:func:`khulasa.summarizer.pipeline.build_facts`): a fact is one
statement with every outlet that carries it. On top of that, outlets that paraphrase one statement
are *linked* clause by clause: two clauses match when they share the predicate and what it says
(content words beyond the names, titles, reporting verbs and dates that frame every sentence of a
story), weighted by idf over the cluster. A sentence stating two things can support two items.
Sentence embeddings (optional ``embeddings`` extra) can add paraphrases that share fewer words.

- **consensus**: facts carried by at least half of the outlets (and at least two), "k of n";
- **shared**: facts carried by two or more outlets, but fewer than half;
- **unique**: per outlet, informative facts no other outlet reports, best first;
- **figures**: numbers, durations and dates about the same subject side by side, flagged when the
  outlets' values disagree (:mod:`khulasa.extract.figures`);
- **actors**: people, places and organisations with how many outlets name each (:mod:`khulasa.extract.actors`).

Every item carries its sources as ``(doc, start, end)`` offsets into ``documents[doc].text``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from khulasa.config import CompareSettings, Settings
from khulasa.deadline import check_time
from khulasa.extract.actors import Actor
from khulasa.extract.claims import WHEN_DIMENSIONS, same_quantity, same_value
from khulasa.extract.figures import (
    FigureMention,
    disagree,
    extract_figures,
    figure_context,
    figures_of,
    group_figures,
    json_number,
    mark_word,
    mention,
)
from khulasa.extract.goals import Goal, minute_goals, same_goal
from khulasa.link.clauses import link_facts, linking_context
from khulasa.summarizer.pipeline import build_facts, is_candidate, prepare
from khulasa.text.normalize import Analyzer, count_words, idf_weights
from khulasa.types import Document, Fact, PreparedDocument, Sentence, Span

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
        """The source as JSON: doc, outlet, offsets."""
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
        """The fact as JSON, with its outlet count label and every wording's source."""
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
        """The fact as JSON, with its score rounded to 3 places."""
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
        """The value as JSON, with its source."""
        return {
            "outlet": self.outlet,
            "text": self.text,
            "normalized": self.normalized,
            "display": self.display,
            "value": json_number(self.value),
            "unit": self.unit,
            "amount": json_number(self.amount),
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
        """The source of every outlet's value, in order."""
        return tuple(v.source for v in self.values)

    def to_dict(self) -> dict[str, Any]:
        """The comparison as JSON: subject, dimension, agreement and values."""
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
        """The actor as JSON, with the outlets naming it."""
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
        """Unique facts grouped by outlet, every outlet listed (in outlet order)."""
        out: dict[str, list[UniqueFact]] = {o: [] for o in self.outlets}
        for u in self.unique:
            out.setdefault(u.outlet, []).append(u)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The whole comparison as JSON (what ``khulasa compare --format json`` prints)."""
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


DIMENSION_LABEL = {
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
    "area": "المساحة",
    "speed": "السرعة",
    "score": "النتيجة",
}


# A length a group reads as a speed: one written with a slash ("205 كلم/في الساعة"), whose mentions
# carry scope "rate" (:func:`khulasa.extract.figures.mention`; a rate is set only against a rate).
_RATE = "rate"


def figure_kind(group: Sequence[FigureMention]) -> str:
    """The kind of quantity a group's figures are: their dimension, but "speed" for lengths every
    mention of which is a rate ("رياح بسرعة 205 كلم/في الساعة": the reader reads a length, the
    notes a speed). compare's panel, its label and the desk's timeline show this kind, so that
    they say what the ⚠ notes say (figs25; pass 53 relabelled such a group in the timeline by its
    subject's words)."""
    first = group[0].figure
    if first.dimension == "distance" and all(m.scope == _RATE for m in group):
        return "speed"
    return first.dimension


def _subject_label(group: Sequence[FigureMention], sentences: Sequence[Sentence]) -> str:
    """The kind (:func:`figure_kind`) and, in the words of the first outlet, what the figure is
    about: a short stretch of its sentence around the figure ("المدة: «واستمرت المحادثات بين
    الجانبين ثلاث ساعات ونصف الساعة»"), not a list of loose words."""
    first = group[0].figure
    kind = figure_kind(group)
    head = DIMENSION_LABEL.get(kind, kind)
    if first.dimension == "mark":
        head = mark_word(first.unit) or head
    if first.dimension == "count":
        head = f"{head} ({first.written_noun})"
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
    text_of = {id(m): sentence_of[k].text for k, m in enumerate(mentions)}
    groups = group_figures(mentions, idf, threshold=settings.figure_threshold)
    groups = [part for group in groups for part in _apart_by_value(_told_apart(group, text_of))]
    start_of = {id(m): sentence_of[k].start for k, m in enumerate(mentions)}
    groups = _one_goal_minutes(groups, text_of, start_of)
    for group in groups:
        if len({outlet_of[m.figure.doc] for m in group}) < 2:
            continue
        figs = [m.figure for m in group]
        # A match's minutes are no rounded measures: 71 and 73 are two readings of when a goal fell.
        tolerance = 0.0 if all(_is_minute(m) for m in group) else settings.figure_tolerance
        agree = not any(disagree(a, b, tolerance=tolerance) for k, a in enumerate(figs) for b in figs[k + 1 :])
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
        out.append(FigureComparison(label, figure_kind(group), agree, values))
    # Disagreements first: they are what a reader checks.
    return tuple(sorted(out, key=lambda g: g.agree))


def _told_apart(group: Sequence[FigureMention], text_of: Mapping[int, str]) -> list[FigureMention]:
    """The group without the figures whose own sentence also gives, as another figure, the value
    another outlet's member gives: a list of several ages, points or seats ("53 عاما، والثانية 61
    عاما") set figure by figure against another outlet's list by their words, or a whole ("217
    مقعدا") beside the part the others give ("80 مقعدا"). Such a figure is about something else
    than its group, whose value its sentence does give."""

    def gives(m: FigureMention, n: FigureMention) -> bool:
        return not same_value(m.figure, n.figure) and any(
            same_value(g, n.figure) for g in figures_of(text_of[id(m)]) if same_quantity(g, n.figure)
        )

    return [m for m in group if not any(n.figure.doc != m.figure.doc and gives(m, n) for n in group)]


# Minutes of one goal that outlets (or one outlet's two sentences) give this far apart at most ("في
# الدقيقة 40" and "بالدقيقة 41"; 71, 72 and 73) are one group, whose values disagree.
GOAL_MINUTES_APART = 3


def _is_minute(m: FigureMention) -> bool:
    return m.figure.dimension == "mark" and m.figure.unit == "minute"


def _one_goal_minutes(
    groups: Sequence[list[FigureMention]], text_of: Mapping[int, str], start_of: Mapping[int, int]
) -> list[list[FigureMention]]:
    """``groups`` with the groups of a match's minutes joined when they are the minutes of one goal
    told a little apart: a member of one and of the other at most :data:`GOAL_MINUTES_APART`
    minutes apart whose sentences tell one goal (:func:`khulasa.extract.goals.same_goal`: the
    same scorer or what it did, nothing that differs). A goal shown as "40" agreed by two outlets
    and "41" by two others is one goal the outlets disagree on, as the summary's notes say."""

    def goal(m: FigureMention) -> Goal | None:
        text = text_of[id(m)]
        at = m.figure.start - start_of[id(m)]
        return next((g for start, g in minute_goals(text) if start == at), None)

    def one_goal(a: list[FigureMention], b: list[FigureMention]) -> bool:
        for m in a:
            for n in b:
                if abs(m.figure.amount - n.figure.amount) > GOAL_MINUTES_APART:
                    continue
                gm, gn = goal(m), goal(n)
                if gm is not None and gn is not None and same_goal(gm, gn):
                    return True
        return False

    out: list[list[FigureMention]] = []
    for group in groups:
        if group and all(_is_minute(m) for m in group):
            into = next((g for g in out if g and all(_is_minute(m) for m in g) and one_goal(g, group)), None)
            if into is not None:
                into.extend(group)
                continue
        out.append(list(group))
    return out


def _apart_by_value(group: Sequence[FigureMention]) -> list[list[FigureMention]]:
    """``group``, or, for days and years whose values differ, one group per value: a day or a year
    of one sentence and another's are most often those of two events ("ليل الجمعة" the landfall,
    "السبت" the weakening), as the summary's notes hold (:data:`WHEN_DIMENSIONS`)."""
    if not group or group[0].figure.dimension not in WHEN_DIMENSIONS:
        return [list(group)]
    by_value: dict[float, list[FigureMention]] = {}
    for m in group:
        by_value.setdefault(m.figure.amount, []).append(m)
    return list(by_value.values())


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
