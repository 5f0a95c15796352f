"""What a sentence asserts that attribution has to check: its figures and the names it gives.

An outlet is credited with a summary sentence only when its passage states the same figures
(numbers, quantities, dates, weekdays, years) and every person or place the sentence names. Two
near-duplicate sentences whose figures or names differ are never merged into one fact, and when
their figures contradict each other ("مقتل 12 شخصا" against "15 قتيلا") the difference is shown.

Figures come from :mod:`khulasa.extract.figures`; names from the gazetteer and from title cues
("الرئيس الروسي فلاديمير بوتين") of :mod:`khulasa.extract.actors`, read sentence by sentence (no cluster-wide
pass: the check runs on the few sentences merging or a summary asks about).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from khulasa.deadline import check_time, checked
from khulasa.extract.actors import cues, title_candidates
from khulasa.extract.figures import (
    Figure,
    FigureMention,
    Token,
    counted_noun,
    disagree,
    figure_owner,
    figure_scopes,
    figure_words,
    figures_of,
    group_figures,
    lexicon,
    may_dispute,
    mention,
    names_earlier_round,
    other_events,
    owned_count,
    parse_digits,
    scopes_match,
    share_head,
    shares_match,
    subject_similarity,
    tells_earlier_round,
    tokens,
    told_apart,
)
from khulasa.extract.goals import Goal, minute_goals, same_goal
from khulasa.resources import load_word_list
from khulasa.text.clean import attribution_words
from khulasa.text.normalize import Analyzer, normalize, proclitic_forms, smoothed_idf, stopwords, tokenize
from khulasa.types import Dispute, Fact, Sentence, Span

# Name kinds whose difference changes what a sentence says (an organisation named in passing does
# not make two accounts of one event different).
_NAME_KINDS = ("person", "place")
# The longest gazetteer alias, in words.
_MAX_ALIAS = 4


@dataclass(frozen=True, slots=True)
class Claims:
    """The figures and names of one text (figure offsets are relative to the text).

    ``names`` holds ``(kind, key)``: a gazetteer entry's canonical name, or the last word of a
    name that follows a title. ``forms`` holds every word of the text with and without its
    proclitics, to tell whether the text states a name another text gives.
    """

    figures: tuple[Figure, ...]
    names: frozenset[tuple[str, str]]
    forms: frozenset[str]
    revised: tuple[Figure, ...] = ()  # figures announced as changed ("عدلت قوتها إلى 7.7")
    # What each percentage is a share of, where a cue word says it (by the figure's start):
    # "نسبة المشاركة 48%" is turnout, "حصل على 94.65%" votes (figures.share_head).
    shares: tuple[tuple[int, str], ...] = ()
    # The text places what it tells in an earlier round of a contest (names_earlier_round).
    earlier_round: bool = False
    # What figures are told of beyond their unit, by the figure's start (figures.figure_scopes):
    # "قتل 23 شخصا في ملطية" is a province's count, "على عمق 10 كيلومترات" a depth.
    scopes: tuple[tuple[int, str], ...] = ()
    # Who each share or count of seats or votes belongs to, by the figure's start, where the text
    # names it (figures.figure_owner): "حصل المرشح يوسف أوشيش على 2.16%" is Aouchiche's share.
    owners: tuple[tuple[int, frozenset[str]], ...] = ()
    # What the text says of the goal of each minute of a match it gives, by the minute's start
    # (goals.minute_goals): another outlet's minute is a rival value only for the same goal.
    goals: tuple[tuple[int, Goal], ...] = ()

    def owner_of(self, f: Figure) -> frozenset[str]:
        """Who the share or count ``f`` of this text belongs to (empty when the text does not say)."""
        return next((owner for start, owner in self.owners if start == f.start), frozenset())

    def goal_of(self, f: Figure) -> Goal | None:
        """What this text says of the goal ``f`` (a minute of it) is the minute of."""
        return next((goal for start, goal in self.goals if start == f.start), None)

    def states_name(self, name: tuple[str, str]) -> bool:
        """Whether the sentence names ``name`` (or one of its forms)."""
        return name in self.names or name[1] in self.forms

    def share_of(self, f: Figure) -> str:
        """What the percentage ``f`` of this text is a share of ("" when no cue says it)."""
        return next((head for start, head in self.shares if start == f.start), "")

    def scope_of(self, f: Figure) -> str:
        """What ``f`` of this text is told of beyond its unit ("" when the text does not say)."""
        return next((scope for start, scope in self.scopes if start == f.start), "")

    def kind_of(self, f: Figure) -> tuple[str, str]:
        """:func:`figure_kind`, a percentage's share (``share_of``) added when a cue names it: the
        turnout and a candidate's votes are two quantities."""
        kind = figure_kind(f)
        share = self.share_of(f) if f.dimension == "percent" else ""
        return (kind[0], f"{kind[1]}:{share}") if share else kind


def _gazetteer_names(words: Sequence[str]) -> set[tuple[str, str]]:
    """The gazetteer's names in ``words``, longest first: the words of a name found are not read
    again ("جنوب أفريقيا" is South Africa, not Africa too)."""
    c = cues()
    gazetteer = c.gazetteer
    found: set[tuple[str, str]] = set()
    i = 0
    while i < len(words):
        if c.first_words.isdisjoint(proclitic_forms(words[i])):
            i += 1  # no name starts at most words (first_words holds the first word of every alias)
            continue
        step = 1
        for n in range(min(_MAX_ALIAS, len(words) - i), 0, -1):
            rest = tuple(words[i + 1 : i + n])
            hit = next((gazetteer[(f, *rest)] for f in proclitic_forms(words[i]) if (f, *rest) in gazetteer), None)
            if hit is not None:
                if hit[0] in _NAME_KINDS:
                    found.add(hit)
                step = n
                break
        i += step
    return found


@lru_cache(maxsize=16384)
def claims_of(text: str) -> Claims:
    """The figures and names ``text`` states. Cached: merging and attribution ask about the same
    sentences several times."""
    toks = tokens(text)
    words = [t.norm for t in toks if t.kind == "word"]
    names = _gazetteer_names(words)
    read = title_candidates(toks, stopwords(), cues())
    if any(c.kind == "person" and len(c.name) == 1 for c in read):
        # A given name read alone may have a family name after it ("محمد الجبري"): both name the
        # man, the given name as before and the family name (figs25).
        read += title_candidates(toks, stopwords(), cues(), family=True)
    for cand in read:
        if cand.kind in _NAME_KINDS:
            names.add((cand.kind, cand.name[-1]))
    forms = frozenset(f for w in words for f in proclitic_forms(w))
    figures = figures_of(text)
    shares = tuple(
        (f.start, head) for f in figures if f.dimension == "percent" and (head := share_head(text, f.start, f.end))
    )
    scopes = figure_scopes(text) if figures else ()
    owners = tuple(
        (f.start, figure_owner(text, f.start, f.end)) for f in figures if f.dimension == "percent" or owned_count(f)
    )
    goals = minute_goals(text) if any(_is_minute(f) for f in figures) else ()
    return Claims(
        figures,
        frozenset(names),
        forms,
        _revised(toks, figures),
        shares,
        names_earlier_round(text),
        scopes,
        owners=owners,
        goals=goals,
    )


def _is_minute(f: Figure) -> bool:
    """Is ``f`` a minute of a match ("في الدقيقة 65"): a mark of one goal?"""
    return f.dimension == "mark" and f.unit == "minute"


# How many words may stand between a verb of change and the "إلى" before the new value
# ("عدلت هيئة المسح الجيولوجي قوة الزلزال إلى 7.7").
_REVISION_REACH = 6


@lru_cache(maxsize=1)
def _change_verbs() -> frozenset[str]:
    """The verbs of ``resources/ar/revision_verbs.txt``, normalized."""
    return frozenset(normalize(w) for w in load_word_list("ar/revision_verbs.txt"))


def _revised(toks: Sequence[Token], figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """The figures of a sentence announced as changed: "إلى" right before the figure and a verb of
    change (:func:`_change_verbs`) at most :data:`_REVISION_REACH` words before it."""
    wanted = _change_verbs()
    out = []
    for f in figures:
        before = [t.norm for t in toks if t.end <= f.start and t.kind == "word"]
        if not before or before[-1] not in ("الي", "لي"):
            continue
        if any(form in wanted for w in before[-2 - _REVISION_REACH : -1] for form in proclitic_forms(w)):
            out.append(f)
    return tuple(out)


@lru_cache(maxsize=16384)
def claims_key(text: str) -> Hashable:
    """What :func:`differ` looks at in ``text``, as a hashable value: texts with equal keys never
    differ from each other (and from a third text, alike but for a name one of them states only in
    passing, without a title)."""
    c = claims_of(text)
    figures = sorted((f.dimension, f.unit, round(f.amount, 6), _bound(f)) for f in c.figures)
    return tuple(figures), c.names


# --- figures -------------------------------------------------------------------------------------


def _bound(f: Figure) -> str:
    """ "more"/"less" bound the value; "نحو"/"حوالي" only soften it, so they match the plain value."""
    return f.qualifier if f.qualifier in ("more", "less") else ""


def without_scores(c: Claims) -> Claims:
    """``c`` without its match scores (for a reader that tells one fact told again by its words)."""
    kept = tuple(f for f in c.figures if f.dimension != "score")
    return c if len(kept) == len(c.figures) else replace(c, figures=kept)


def same_quantity(a: Figure, b: Figure) -> bool:
    """Could ``a`` and ``b`` be values of one quantity (a toll and a toll, whatever their values)?"""
    if a.dimension != b.dimension:
        return False
    if a.dimension == "count":
        return counted_noun(a.unit) == counted_noun(b.unit)
    if a.dimension == "people":
        return a.unit == b.unit or "person" in (a.unit, b.unit)
    if a.dimension == "mark":  # a title's 14th is no rival of the cup's 15th time, nor of a minute
        return a.unit == b.unit
    return True


def same_figure(a: Figure, b: Figure) -> bool:
    """Do ``a`` and ``b`` state the same value of the same quantity ("ثلاث ساعات ونصف" = "210 دقيقة")?"""
    return (
        same_quantity(a, b) and _bound(a) == _bound(b) and math.isclose(a.amount, b.amount, rel_tol=1e-6, abs_tol=1e-9)
    )


def _decimals(f: Figure) -> int | None:
    """How many decimals the figure's number is written with (None: not one plain number)."""
    digits = [t.norm for t in tokens(f.text) if t.kind == "digits"]
    if len(digits) != 1 or parse_digits(digits[0]) != f.amount:
        return None
    written = digits[0].replace(",", ".").replace("٫", ".")
    return len(written.split(".")[1]) if "." in written else 0


def rounded(f: Figure, g: Figure, *, cut: bool = False) -> bool:
    """Is ``f`` the value ``g`` written with fewer decimals, rounded ("53%" for "52.87%") or, with
    ``cut``, also cut ("52%" for "52.87%"), of one quantity and both bounds or neither? Not the
    other way: "7.2" is not "7" told again."""
    df, dg = _decimals(f), _decimals(g)
    if df is None or dg is None or df >= dg or not same_quantity(f, g):
        return False
    if (f.qualifier in ("more", "less")) != (g.qualifier in ("more", "less")):
        return False
    if math.isclose(round(g.amount, df), f.amount, abs_tol=1e-9):
        return True
    return cut and math.isclose(math.trunc(g.amount * 10**df) / 10**df, f.amount, abs_tol=1e-9)


def same_value(a: Figure, b: Figure) -> bool:
    """Do ``a`` and ``b`` give one value of one quantity, perhaps at two precisions? The same
    figure, or a share written with fewer decimals that the other rounds or cuts to ("58%" or
    "نحو 58%" for "58.15%", "41%" for "41.13%"), or any value that another written with two
    decimals or more rounds or cuts to. A magnitude of 7 against 6.8 stays a dispute: one decimal
    is how agencies give it, and two agencies' readings differ. No dispute between one value; an
    outlet is still credited only with the figure it writes (:func:`supports` asks
    :func:`same_figure`)."""
    if same_figure(a, b):
        return True
    if a.dimension != "percent" and max(_decimals(a) or 0, _decimals(b) or 0) < 2:
        return False
    return rounded(a, b, cut=True) or rounded(b, a, cut=True)


def _unmatched(ours: Sequence[Figure], theirs: Sequence[Figure], *, loose: bool = False) -> list[Figure]:
    """Figures of ``ours`` with no equal figure in ``theirs`` (each of ``theirs`` used once); with
    ``loose``, a value at another precision is equal (:func:`same_value`)."""
    same = same_value if loose else same_figure
    free = list(theirs)
    out = []
    for f in ours:
        k = next((k for k, g in enumerate(free) if same(f, g)), None)
        if k is None:
            out.append(f)
        else:
            free.pop(k)
    return out


def same_figures(a: Claims, b: Claims) -> bool:
    """Do ``a`` and ``b`` state exactly the same figures?"""
    return len(a.figures) == len(b.figures) and not _unmatched(a.figures, b.figures)


def differing_figures(a: Claims, b: Claims) -> list[tuple[Figure, Figure]]:
    """Pairs (figure of ``a``, figure of ``b``) of one kind of quantity that each text states and the
    other does not: the two texts give that quantity different values (or bounds). When the two
    texts also share a value of that kind, a leftover pair far apart in value (one more than twice
    the other) is two items of a list, not one quantity told twice: "the winner 94.65%, Hassani
    3.17%" against "Hassani 3.17%, Aouchiche 2.16%"."""
    only_a, only_b = _unmatched(a.figures, b.figures, loose=True), _unmatched(b.figures, a.figures, loose=True)
    listed = {figure_kind(f) for f in a.figures if f not in only_a}
    return [
        (x, y)
        for x in only_a
        for y in only_b
        if same_quantity(x, y) and not (figure_kind(x) in listed and _far_apart(x, y)) and not (_dual(x) or _dual(y))
    ]


def _far_apart(x: Figure, y: Figure) -> bool:
    low, high = sorted((abs(x.amount), abs(y.amount)))
    return high > 2 * low


# Figures never set against another value in a ⚠ note: a match has several results (the game's
# 1-1, the shoot-out's 4-2, a half-time 1-0), which a sentence's words do not tell apart.
_NO_RIVALS = frozenset({"score"})


def contradicting_figures(a: Claims, b: Claims) -> list[tuple[Figure, Figure]]:
    """The differing pairs whose values cannot both hold ("12" against "15"; not "12" against
    "more than 10", nor "58%" against "58.15%": :func:`same_value`; never two scores,
    :data:`_NO_RIVALS`) and that may be one quantity told twice: shares of one whole and one
    owner, counts of seats of one owner (:func:`khulasa.extract.figures.may_dispute`), figures of
    one scope (a province's toll is no value of the national one, a depth no distance:
    :func:`khulasa.extract.figures.scopes_match`). Values are paired one to one, nearest first,
    within a kind: "52.18% ... 47.82%" is read against "52.87% ... 47.13%" item by item, never
    the loser's share against the winner's, and a value left over (a second goal's minute
    against our one) is no dispute. A minute of a match is set only against a minute of the same
    goal (:func:`_one_goal`). A value ``b`` repeats shares its partner."""
    pairs = [
        (x, y)
        for x, y in differing_figures(a, b)
        if x.dimension not in _NO_RIVALS
        and disagree(x, y, tolerance=0.0)
        and may_dispute(x, a.share_of(x), a.owner_of(x), y, b.share_of(y), b.owner_of(y))
        and scopes_match(a.scope_of(x), b.scope_of(y))
        and _one_goal(a, x, b, y)
    ]
    pairs.sort(key=lambda p: abs(p[0].amount - p[1].amount))
    partner: dict[tuple[tuple[str, str], tuple[float, str]], int] = {}  # a value of b -> its x
    used: set[int] = set()
    out: list[tuple[Figure, Figure]] = []
    for x, y in pairs:
        value = (figure_kind(y), figure_value(y))
        if value not in partner and id(x) not in used:
            partner[value] = id(x)
            used.add(id(x))
        if partner.get(value) == id(x) and all(id(y) != id(g) for _, g in out):
            out.append((x, y))
    return sorted(out, key=lambda p: p[1].start)


# --- names ---------------------------------------------------------------------------------------


def states_names(of: Claims, by: Claims) -> bool:
    """Does ``by`` state every person and place ``of`` names?"""
    return all(by.states_name(n) for n in of.names)


def differing_names(a: Claims, b: Claims) -> bool:
    """Does each text name a person (or place) the other does not, so they tell of different people?"""
    for kind in _NAME_KINDS:
        only_a = any(not b.states_name(n) for n in a.names if n[0] == kind)
        only_b = any(not a.states_name(n) for n in b.names if n[0] == kind)
        if only_a and only_b:
            return True
    return False


def differ(a: Claims, b: Claims) -> bool:
    """Must ``a`` and ``b`` stay apart: do their figures or their names differ?"""
    return bool(differing_figures(a, b)) or differing_names(a, b)


def supports(passage: Claims, sentence: Claims) -> bool:
    """Can ``passage`` be credited as a source of ``sentence``: the same figures, every name?"""
    return same_figures(sentence, passage) and states_names(sentence, passage)


# --- attribution of a summary sentence ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who supports a summary sentence, and how (see :class:`khulasa.types.SummarySentence`)."""

    sources: tuple[Span, ...]
    paraphrases: tuple[Span, ...]
    partial: tuple[Span, ...]
    disputes: tuple[Dispute, ...]


def attribute(
    fact: Fact,
    reworded: Sequence[Span],
    texts: Mapping[str, str],
    elsewhere: Sequence[Dispute] = (),
    restated: Sequence[Sentence] = (),
) -> Attribution:
    """Sort the passages of ``fact`` (and the ``reworded`` passages found for it) by what they state
    of its representative sentence: its figures and names (sources and paraphrases), part of them
    (partial), or a contradicting figure (disputes, with ``elsewhere``: those found in the rest of
    the cluster by :func:`figure_disputes`, and those of ``restated``: sentences worded otherwise
    that tell its figures again). ``texts`` maps document ids to their text."""
    sentence = claims_of(fact.representative.text)
    sources, disputes = list(fact.representative.spans), []
    partial: list[Span] = []

    def dispute(span: Span, *, reworded: bool = False) -> list[Dispute]:
        return _span_disputes(fact.representative.text, span, texts[span.doc][span.start : span.end], reworded)

    for s in fact.sentences[1:]:
        (sources if supports(claims_of(s.text), sentence) else partial).extend(s.spans)
    paraphrases = []
    for span in reworded:
        if supports(claims_of(texts[span.doc][span.start : span.end]), sentence):
            paraphrases.append(span)
        else:
            found = dispute(span)
            disputes.extend(found)
            if not found:
                partial.append(span)
    earlier = tells_earlier_round(fact.representative.text)
    for s in fact.contested:  # another round's figures are no rival values
        if tells_earlier_round(s.text) == earlier:
            disputes.extend(dispute(s.span))
    for s in restated:
        if tells_earlier_round(s.text) == earlier:
            disputes.extend(dispute(s.span, reworded=True))
    disputes.extend(elsewhere)
    rank = {doc: k for k, doc in enumerate(texts)}
    distinct = {(d.doc, d.start, d.end, d.against): d for d in disputes}  # once per figure and outlet
    ordered = sorted(distinct.values(), key=lambda d: (rank.get(d.doc, len(rank)), d.start, d.against))
    return Attribution(tuple(sources), tuple(paraphrases), tuple(partial), tuple(ordered))


def _span_disputes(ours_text: str, span: Span, text: str, reworded: bool) -> list[Dispute]:
    """The figures of the passage ``span`` (its ``text``) that contradict one of ``ours_text``."""
    if other_events(ours_text, text):  # last year's quake, a quake in a crash story
        return []
    # Another wording is held to what figure_disputes holds the rest of the cluster to: only a
    # figure whose subject is pinned down, on both sides (no weekday: a toll's announcement day
    # is not the quake's; no bare count of people: the dead of another event are not ours, and
    # "20 others, missing" is no toll).
    return [
        Dispute(span.doc, span.start + theirs.start, span.start + theirs.end, theirs.text, ours.text, span)
        for ours, theirs in contradicting_figures(claims_of(ours_text), claims_of(text))
        if (not reworded or (_comparable_across_wordings(ours) and _comparable_across_wordings(theirs)))
        and not told_apart(ours, ours_text, theirs, text)
    ]


# --- figures of the summary against the rest of the cluster ----------------------------------------


def _cue_pattern(figures: Sequence[Figure]) -> re.Pattern[str] | None:
    """Words (normalized) without which a sentence cannot state a figure of the kinds in ``figures``:
    unit words, role cues, weekday and month names, a counted noun, a year. Lets the cluster scan
    read figures only from the few sentences that may hold a comparable one."""
    lex = lexicon()
    dims = {f.dimension for f in figures}
    words: set[str] = set()
    words.update(form for form, (unit, _) in lex.units.items() if unit.dimension in dims)
    if "people" in dims:
        words.update(lex.roles)
    if "weekday" in dims:
        words.update(lex.weekdays)
    if "date" in dims:
        words.update(w for form in lex.months for w in form)
    words.update(f.unit for f in figures if f.dimension == "count")
    alternatives = sorted((re.escape(w) for w in words if w), key=len, reverse=True)
    if "year" in dims:
        alternatives.append(r"\b(?:19|20)\d\d\b")
    return re.compile("|".join(alternatives)) if alternatives else None


def figure_disputes(
    chosen: Sequence[Fact], sentences: Sequence[Sentence], *, threshold: float = 0.1
) -> dict[int, tuple[Dispute, ...]]:
    """For each chosen fact (by id), other documents' figures that contradict a figure of its
    representative: of the same subject (:func:`subject_disputes`), or a minute of the same goal
    of a match (:func:`minute_disputes`)."""
    out = subject_disputes(chosen, sentences, threshold=threshold)
    for fact_id, found in minute_disputes(chosen, sentences).items():
        out[fact_id] = out.get(fact_id, ()) + found
    return out


def minute_disputes(chosen: Sequence[Fact], sentences: Sequence[Sentence]) -> dict[int, tuple[Dispute, ...]]:
    """For each chosen fact (by id) that gives a minute of a match, other documents' minutes of the
    same goal (:func:`khulasa.extract.goals.same_goal`: the scorer or what the goal did) at another
    value: "Haller scored the only goal in the 74th minute" against five outlets' 65th. Subject
    words do not pin a minute down (both goals of a report share them), the goal does; a rival
    sentence that also gives our minute for that goal agrees."""
    ours = [(f, [g for g in claims_of(f.representative.text).figures if _is_minute(g)]) for f in chosen]
    ours = [(f, mins) for f, mins in ours if mins]
    if not ours:
        return {}
    pool = [s for s in sentences if "دقيق" in s.text]  # "الدقيقة": no minute is read without it
    out: dict[int, tuple[Dispute, ...]] = {}
    for fact, mins in ours:
        rep = fact.representative
        found = tuple(
            Dispute(s.doc, s.start + g.start, s.start + g.end, g.text, o.text, s.span)
            for s in pool
            if s.doc != rep.doc
            and names_earlier_round(s.text) == names_earlier_round(rep.text)
            and not other_events(rep.text, s.text)
            for g, o in _minute_rivals(claims_of(rep.text), mins, claims_of(s.text))
        )
        if found:
            out[fact.id] = found
    return out


def _minute_rivals(ours: Claims, mins: Sequence[Figure], theirs: Claims) -> Iterator[tuple[Figure, Figure]]:
    """(their minute, our minute) pairs of one goal at different values: each of theirs set against
    the nearest of ours of its goal, unless they give that minute for that goal too. A minute of
    theirs that is one of ours is no rival (the goal told with another name: "Messi's 74th" for
    our "the Argentine completed the hat-trick in the 74th"), nor is one farther from our minute
    than another minute of theirs of that goal, nor any when they give our minute too: a sentence
    times a goal once, and words shared by two goals' clauses (the team's name) tie the other
    goal's minute to it too."""
    theirs_mins = [g for g in theirs.figures if _is_minute(g)]
    given = {g.amount for g in theirs_mins}
    pairs = []
    for g in theirs_mins:
        goal = theirs.goal_of(g)
        if goal is None or g.amount in {o.amount for o in mins}:
            continue
        same = [o for o in mins if (mine := ours.goal_of(o)) is not None and same_goal(mine, goal)]
        if same:
            pairs.append((g, min(same, key=lambda o: abs(o.amount - g.amount))))
    for g, o in pairs:
        nearer = any(o2 is o and abs(h.amount - o.amount) < abs(g.amount - o.amount) for h, o2 in pairs)
        if not nearer and o.amount not in given:
            yield g, o


def subject_disputes(
    chosen: Sequence[Fact], sentences: Sequence[Sentence], *, threshold: float = 0.1
) -> dict[int, tuple[Dispute, ...]]:
    """For each chosen fact (by id), other documents' figures that contradict a figure of its
    representative and are about the same subject, however the sentences are worded ("مقتل 12
    شخصا" against "ارتفعت الحصيلة إلى 15 قتيلا").

    Subjects are compared as ``khulasa compare`` compares them: stemmed words around each figure,
    idf-weighted, and for durations the event measured, grouped by
    :func:`khulasa.extract.figures.group_figures` at ``threshold``. A rival figure that joins the group of
    one of ours is a dispute. Only quantities whose subject is pinned down take part (see
    :func:`_comparable_across_wordings`): a note on a summary sentence must be right, and dates
    of different events differ as a rule. Near-copies that differ in any figure are handled apart
    (:attr:`khulasa.types.Fact.contested`).
    """
    ours = [
        (
            f,
            [
                g
                for g in claims_of(f.representative.text).figures
                if _comparable_across_wordings(g) and g.dimension not in _NO_RIVALS
            ],
        )
        for f in chosen
    ]
    ours = [(f, figs) for f, figs in ours if figs]
    pattern = _cue_pattern([g for _, figs in ours for g in figs])
    if pattern is None:
        return {}
    check_time()
    keys = {f.id: _word_keys(f.representative.text) for f, _ in ours}
    readers = _readers(sentences, pattern, keys.values())

    def candidates(fact: Fact) -> Iterator[tuple[Sentence, Figure]]:
        """Figures of other documents whose sentence shares a word with the fact's, told of the
        same round of a contest (:func:`khulasa.extract.figures.tells_earlier_round`)."""
        earlier = tells_earlier_round(fact.representative.text)
        for s, words in readers:
            if (
                s.doc != fact.representative.doc
                and words & keys[fact.id]
                and tells_earlier_round(s.text) == earlier
                and not other_events(fact.representative.text, s.text)
            ):
                yield from ((s, g) for g in figures_of(s.text))

    # Only a figure that could contradict one of ours needs its subject compared; most clusters
    # have none, and then no word needs weighing at all.
    contested = [
        f
        for f, figs in ours
        if any(same_quantity(o, g) and disagree(o, g, tolerance=0.0) for _, g in candidates(f) for o in figs)
    ]
    if not contested:
        return {}
    analyzer = Analyzer(stem=True)
    idf = _word_weights(
        [s.text for s, _ in readers] + [f.representative.text for f, _ in ours],
        len({s.text for s in sentences}),
        analyzer,
    )
    check_time()
    out: dict[int, tuple[Dispute, ...]] = {}
    for fact in checked(contested):
        found = _disputes_of(fact, list(candidates(fact)), idf, analyzer, threshold)
        if found:
            out[fact.id] = found
    return out


def _dual(f: Figure) -> bool:
    """Is ``f`` two of something written as a dual noun alone ("راكبين", "قتيلين")?"""
    one_word = len(f.text.split()) == 1 and not any(ch.isdigit() for ch in f.text)
    return f.dimension in ("people", "count") and f.amount == 2 and one_word


# Dimensions whose values say when, most often of one event in one sentence and of another in a
# differently worded one (a talk's day and its announcement's day; the last finals' year and the
# next's): compared only between sentences worded alike, here and in ``compare``.
WHEN_DIMENSIONS = frozenset({"date", "weekday", "year"})


def _comparable_across_wordings(f: Figure) -> bool:
    """Is the subject of ``f`` clear enough to compare with a differently worded sentence? Dates,
    weekdays and years are not (a talk's day and its announcement's day); a count of people only
    when it says who (the dead, the injured); nor is two of something written as a dual noun alone
    ("باستثناء راكبين": a part, which another outlet's "175 passengers" does not contradict).
    Durations also need the same measured event on both sides (checked where both are known)."""
    if f.dimension in WHEN_DIMENSIONS or _dual(f):
        return False
    if f.dimension == "people":
        return f.unit != "person"
    return True


def _readers(
    sentences: Sequence[Sentence], pattern: re.Pattern[str], keys: Iterable[frozenset[str]]
) -> list[tuple[Sentence, frozenset[str]]]:
    """Sentences that may state a figure like ours about the same thing (a cue word of its kind,
    a word shared with one of our sentences), each with its words; read once per distinct text."""
    keys = list(keys)
    words_of: dict[str, frozenset[str]] = {}
    for s in checked(sentences):
        if s.text not in words_of:  # wire copies repeat sentences
            words = _word_keys(s.text) if pattern.search(normalize(s.text)) else frozenset()
            words_of[s.text] = words if any(words & k for k in keys) else frozenset()
    return [(s, words_of[s.text]) for s in sentences if words_of[s.text]]


def _word_weights(texts: Sequence[str], n: int, analyzer: Analyzer) -> dict[str, float]:
    """:func:`khulasa.text.normalize.smoothed_idf` over ``n`` distinct sentences, with document
    frequencies counted in ``texts`` only (those that can hold a figure like ours): stemming the
    whole cluster would cost more than the rest of the check."""
    df = Counter(t for text in dict.fromkeys(texts) for t in set(analyzer.content_terms(text)))
    return smoothed_idf(df, max(n, len(set(texts))))


def _disputes_of(
    fact: Fact,
    candidates: Sequence[tuple[Sentence, Figure]],
    idf: Mapping[str, float],
    analyzer: Analyzer,
    threshold: float,
) -> tuple[Dispute, ...]:
    """The candidates that contradict a figure of ``fact`` in a group of figures about one subject.

    Agreeing figures take part too: each outlet's figures compete for a group as in ``compare``.
    Only candidates whose subject is near one of ours (or that measure the same event) are grouped,
    and each distinct sentence once: its copies in other documents (wire copy, a repeated feed)
    share its verdict, so that grouping does not grow with the number of copies.
    """
    rep = fact.representative
    mine = [
        mention(_placed(g, rep), rep.text, rep.start, analyzer)
        for g in claims_of(rep.text).figures
        if _comparable_across_wordings(g)
    ]
    copies: dict[tuple[str, int], list[Sentence]] = {}
    for s, g in candidates:
        copies.setdefault((s.text, g.start), []).append(s)
    near, pool = _near_mentions(mine, candidates, idf, analyzer, threshold)
    found = []
    for group in group_figures([*mine, *pool], idf, threshold=threshold):
        for m in group:
            if id(m) not in near:
                continue
            ours_here = [o.figure for o in group if id(o) not in near and _may_be_one(o, m)]
            all_ours = [o.figure for o in mine if _may_be_one(o, m)]
            against = _disputed(m.figure, ours_here, all_ours) if ours_here else None
            g, text = near[id(m)]
            if against is not None and not _also_given(m.figure, all_ours, text):
                found += [
                    Dispute(s.doc, s.start + g.start, s.start + g.end, g.text, against.text, s.span)
                    for s in copies[(text, g.start)]
                ]
    return tuple(found)


def _also_given(rival: Figure, ours: Sequence[Figure], rival_text: str) -> bool:
    """Does the rival's sentence also give one of ``ours`` of the rival's kind, at our value? Then
    the rival is about something else ("Hassani 3.17%, Aouchiche 2.16%" against our "the winner
    94.65%, Hassani 3.17%"): no dispute."""
    theirs = figures_of(rival_text)
    return any(same_quantity(o, rival) and any(same_figure(o, g) for g in theirs) for o in ours)


def _may_be_one(a: FigureMention, b: FigureMention) -> bool:
    """May two mentions be told against each other: of one scope (:func:`scopes_match`) and, for
    shares and counts of seats, of one whole and one owner (:func:`khulasa.extract.figures.may_dispute`)?"""
    if not scopes_match(a.scope, b.scope):
        return False
    return may_dispute(a.figure, a.head, a.owner, b.figure, b.head, b.owner)


def _disputed(rival: Figure, ours_here: Sequence[Figure], all_ours: Sequence[Figure]) -> Figure | None:
    """The figure of ours that ``rival``, grouped with ``ours_here`` by subject, contradicts: of all
    our figures of its kind, the nearest in value, when it differs. Subject words can mix up
    several figures of one sentence ("52.5% against 47.5% after counting 99%"); their values do
    not: a rival "47%" is about the 47.5%, and a rival that equals one of ours agrees with it."""
    if not any(same_quantity(o, rival) and _contradicts(o, rival) for o in ours_here):
        return None
    nearest = min((o for o in all_ours if same_quantity(o, rival)), key=lambda o: abs(o.amount - rival.amount))
    return nearest if _contradicts(nearest, rival) else None


def _contradicts(ours: Figure, rival: Figure) -> bool:
    """Do two values of one quantity differ, not only in precision (:func:`same_value`)?"""
    return disagree(ours, rival, tolerance=0.0) and not same_value(ours, rival)


def _near_mentions(
    mine: Sequence[FigureMention],
    candidates: Sequence[tuple[Sentence, Figure]],
    idf: Mapping[str, float],
    analyzer: Analyzer,
    threshold: float,
) -> tuple[dict[int, tuple[Figure, str]], list[FigureMention]]:
    """Mentions of the candidates (each distinct sentence once) whose figure is of a kind of ours
    and whose subject is near one of ours, or that measure the same event; with, by ``id`` of
    each mention, its figure and its sentence's text."""
    top = max(idf.values(), default=1.0)
    near: dict[int, tuple[Figure, str]] = {}  # a candidate's mention -> its figure, its sentence's text
    seen: set[tuple[str, int]] = set()
    pool: list[FigureMention] = []
    for s, g in candidates:
        if (s.text, g.start) in seen:
            continue
        seen.add((s.text, g.start))
        kin = [m for m in mine if same_quantity(g, m.figure)]
        if not kin or not _comparable_across_wordings(g):
            continue
        other = mention(_placed(g, s), s.text, s.start, analyzer)
        kin = [m for m in kin if scopes_match(m.scope, other.scope)]  # a province's toll, a depth
        if g.dimension == "duration":  # only the same measured event ("the talks"), known on both sides
            kin = [m for m in kin if m.head and m.head == other.head]
        elif g.dimension == "percent":  # shares of different things (ballots counted, votes won) never
            kin = [m for m in kin if not (m.head and other.head and m.head != other.head)]
        if any(
            subject_similarity(m.subject, other.subject, idf, top) >= threshold
            or (g.dimension == "duration" and m.head and m.head == other.head)
            for m in kin
        ):
            near[id(other)] = (g, s.text)
            pool.append(other)
    return near, pool


@lru_cache(maxsize=16384)
def _word_keys(text: str) -> frozenset[str]:
    """Words of ``text`` without proclitics and article, stop words and figure words left out: a
    quick test of whether two sentences can be about the same thing."""
    skip = stopwords() | _figure_vocabulary()
    out = set()
    for w in tokenize(text):
        for form in (w, *proclitic_forms(w)):
            bare = form[2:] if form.startswith("ال") and len(form) > 4 else form
            if len(bare) >= 3 and bare not in skip:
                out.add(bare)
    return frozenset(out)


@lru_cache(maxsize=1)
def _figure_vocabulary() -> frozenset[str]:
    return figure_words()


def _placed(figure: Figure, sentence: Sentence) -> Figure:
    """``figure`` (offsets relative to ``sentence``) placed in its document."""
    return replace(figure, doc=sentence.doc, start=sentence.start + figure.start, end=sentence.start + figure.end)


# --- one fact in other words ---------------------------------------------------------------------


# Endings a counted noun may carry in one outlet and not in another ("درجات" / "درجة").
def salient_figures(claims: Claims) -> list[Figure]:
    """The figures of ``claims`` that say what happened, not when: no dates, weekdays or years (a
    whole story shares them), no count of unnamed people."""
    return [f for f in claims.figures if _comparable_across_wordings(f)]


def _told_figures(claims: Claims) -> list[Figure]:
    """The salient figures of ``claims`` and the years and dates that place them: "17,000 dead in
    the quake of 1999" is another event than "300 dead" today."""
    return [f for f in claims.figures if _comparable_across_wordings(f) or f.dimension in ("year", "date")]


def _same_quantity(a: Figure, b: Figure) -> bool:
    """Could ``a`` and ``b`` be one quantity told twice? The same kind (:func:`figure_kind`), and
    for years and dates the same value; other values may differ, as a toll does that rose during
    the day (50 in one outlet, 300 in another). Never two durations: how long something lasted
    depends on what was measured ("the closed meeting" and "the talks"), which the kind does not
    say."""
    if figure_kind(a) != figure_kind(b) or a.dimension == "duration":
        return False
    if a.dimension == "mark":  # one warehouse, one minute of a match: the same only at one value,
        # give or take the minute outlets disagree on when a goal fell (the 41st or the 42nd)
        return abs(a.amount - b.amount) <= (MARK_SLACK.get(a.unit, 0.0) if a.unit == b.unit else -1.0)
    if a.dimension == "score":  # a match's results: the same only at one score, either side first
        return a.amount == b.amount
    return a.dimension not in ("year", "date") or not disagree(a, b, tolerance=0.0)


# How far apart two marks of one unit may be and still be one moment told by two outlets.
MARK_SLACK = {"minute": 1.0}


def restates(a: Claims, b: Claims, *, names_share: float = 0.6) -> bool:
    """Does one of ``a`` and ``b`` give nothing but what the other gives: each of its figures the
    same quantity as one of the other's (whatever its value), and ``names_share`` of the people and
    places it names named there too? Then two sentences are one fact in other words ("a 7.8 quake
    hit Turkey and Syria, felt in Egypt and Lebanon" and "a 7.9 quake hit southern Turkey, felt in
    Syria, Lebanon, Egypt, Jordan and Iraq"), however different their words are. Needs a figure
    that is no date on both sides: names and days alone are what a whole story shares; and both
    told of one round of a contest (an earlier round's shares are a fact of their own)."""
    if not salient_figures(a) or not salient_figures(b):
        return False
    if a.earlier_round != b.earlier_round:  # the first round's shares and the runoff's: two facts
        return False
    if _revises(a, b) or _revises(b, a):
        return False
    fa, fb = _told_figures(a), _told_figures(b)
    return _inside(fa, a, fb, b, names_share) or _inside(fb, b, fa, a, names_share)


def quantity_kinds(text: str) -> set[tuple[str, str]]:
    """The kinds of quantity ``text`` gives (:func:`figure_kind` of its salient figures; durations
    aside: what lasted is unsaid)."""
    return {figure_kind(f) for f in salient_figures(claims_of(text)) if f.dimension != "duration"}


def same_told_value(a: Claims, f: Figure, b: Claims, g: Figure) -> bool:
    """Do ``f`` of ``a`` and ``g`` of ``b`` tell one value of one quantity, however each sentence
    words it ("سجل في الدقيقة 53" and "(د 52)")? The same kind (:func:`claim_kind`), the same
    value (at another precision, :func:`same_value`; a mark within :data:`MARK_SLACK`, a minute only
    of one goal, :func:`_one_goal`), not shares of two wholes (:func:`_same_share`: a share no cue
    names may be either), nor the shares or counts of two owners, nor figures of two scopes. Never
    durations: how long something lasted depends on what was measured."""
    if f.dimension == "duration" or claim_kind(f) != claim_kind(g) or not _same_share(a, f, b, g):
        return False
    if f.dimension == "mark":
        slack = MARK_SLACK.get(f.unit, 0.0) if f.unit == g.unit else -1.0
        return abs(f.amount - g.amount) <= slack and _one_goal(a, f, b, g)
    if not same_value(f, replace(g, dimension=f.dimension, unit=f.unit)):  # "ألف شخص", "ألف ساكن"
        return False
    owners = a.owner_of(f), b.owner_of(g)
    if all(owners) and not owners[0] & owners[1]:
        return False
    return scopes_match(a.scope_of(f), b.scope_of(g))


def _two_places_alone(a: Claims) -> bool:
    """Does ``a`` name two places and nothing else? A list of three places or more is not read
    so: the members of a bloc now and when it was founded are two facts about one list."""
    return len(a.names) == 2 and all(k == "place" for k, _ in a.names)


def _same_places_alone(a: Claims, b: Claims) -> bool:
    """Do ``a`` and ``b`` name the same two places and nothing else, ``b`` giving no figure (``a``
    gives none when asked): the winner of France-England next, told by two outlets."""
    return _two_places_alone(a) and a.names == b.names and not salient_figures(b)


def may_name_again(a: Claims) -> bool:
    """Could ``a`` name again who another sentence names (:func:`names_again`): a person, or two
    places and nothing else? A quick test before pairing it with every other sentence."""
    return any(k == "person" for k, _ in a.names) or _two_places_alone(a)


def names_again(a: Claims, b: Claims) -> bool:
    """Does ``a`` only name again people ``b`` names: no salient figure of its own, at least one
    person (or the same two places as ``b`` and nothing else, neither giving a figure), no word of
    reported speech ("قال", "أكد": what someone said is news of its own,
    ``resources/ar/attribution.txt``), and every person and place it names named in ``b`` ("the
    foreign minister was also on board" after "the president and the foreign minister died in
    the crash")? Then ``a`` tells who was there once more and adds nothing a short summary needs."""
    if salient_figures(a):
        return False
    if not any(kind == "person" for kind, _ in a.names) and not _same_places_alone(a, b):
        return False
    if attribution_words() & a.forms:  # what someone said is news of its own
        return False
    return states_names(a, b)


def _one_goal(a: Claims, f: Figure, b: Claims, g: Figure) -> bool:
    """Are ``f`` of ``a`` and ``g`` of ``b``, when minutes of a match, told of one goal
    (:func:`khulasa.extract.goals.same_goal`)? The other goal's minute is no rival value."""
    if not (_is_minute(f) and _is_minute(g)):
        return True
    ours, theirs = a.goal_of(f), b.goal_of(g)
    return ours is not None and theirs is not None and same_goal(ours, theirs)


def _goal_and_other(a: Claims, f: Figure, b: Claims, g: Figure) -> bool:
    """Are ``f`` of ``a`` and ``g`` of ``b`` minutes of a match, one a goal's and the other that of
    no goal (a chance missed, a card: the ``other`` event of :mod:`khulasa.extract.goals`)? Then
    they are no one quantity, whatever their values."""
    if not (_is_minute(f) and _is_minute(g)):
        return False
    ours, theirs = a.goal_of(f), b.goal_of(g)
    return ours is not None and theirs is not None and ("other" in ours.events) != ("other" in theirs.events)


def _same_share(a: Claims, f: Figure, b: Claims, g: Figure) -> bool:
    """Can ``f`` of ``a`` and ``g`` of ``b`` be one share? Not when cues say they are shares of
    different things (turnout and a candidate's votes), nor a share of a whole of its own
    (``OWN_WHOLE_SHARES``) and one no cue names; otherwise a share without a cue may be either."""
    return f.dimension != "percent" or shares_match(a.share_of(f), b.share_of(g))


def _revises(a: Claims, b: Claims) -> bool:
    """Does ``a`` announce a new value for a quantity ``b`` gives only at other values ("the survey
    revised the magnitude to 7.7" against "a 7.2 quake")? An update is news, not a retelling; one
    that ``b`` gives too ("revised from 7.2 to 7.7") is told twice."""
    for f in a.revised:
        same = [g for g in b.figures if figure_kind(g) == figure_kind(f)]
        if same and all(disagree(f, g, tolerance=0.0) for g in same):
            return True
    return False


def _inside(figs: Sequence[Figure], of: Claims, other_figs: Sequence[Figure], other: Claims, share: float) -> bool:
    if not all(
        any(
            _same_quantity(f, g) and _same_share(of, f, other, g) and not _goal_and_other(of, f, other, g)
            for g in other_figs
        )
        for f in figs
    ):
        return False
    if not of.names:
        return True
    return sum(other.states_name(n) for n in of.names) >= share * len(of.names)


def figure_kind(f: Figure) -> tuple[str, str]:
    """What quantity ``f`` measures, as a key: its dimension and unit (a counted noun without the
    endings outlets vary: "درجات" and "درجة" are one kind)."""
    return f.dimension, counted_noun(f.unit) if f.dimension == "count" else f.unit


@lru_cache(maxsize=1)
def _claim_units() -> Mapping[str, str]:
    """Counted noun -> the noun naming its group in ``ar/claim_units.txt``."""
    out: dict[str, str] = {}
    for row in load_word_list("ar/claim_units.txt"):
        words = [counted_noun(normalize(w)) for w in row.split()]
        out.update((w, words[0]) for w in words)
    return out


# The unit a plain count of people is told under in ``ar/claim_units.txt``.
_PEOPLE_UNIT = "شخص"


def claim_kind(f: Figure) -> tuple[str, str]:
    """What quantity ``f`` measures, for claims (:func:`same_told_value`): its kind
    (:func:`figure_kind`), counted nouns that count one thing as one (``ar/claim_units.txt``: "128
    مقعدا" and "128 نائبا"), a plain count of people a count of "شخص" ("30 ألف ساكن")."""
    if f.dimension == "people" and f.unit == "person":
        return "count", _claim_units().get(_PEOPLE_UNIT, _PEOPLE_UNIT)
    kind = figure_kind(f)
    return (kind[0], _claim_units().get(kind[1], kind[1])) if kind[0] == "count" else kind


def claim_figures(claims: Claims) -> list[Figure]:
    """The figures of ``claims`` a claim may be of (:func:`same_told_value`): its salient figures
    (:func:`salient_figures`) and its plain counts of people, which a sentence told in other words
    cannot be checked against (no restating test reads them) but which half the outlets giving one
    value tell alike ("30 ألف شخص")."""
    return [
        f
        for f in claims.figures
        if _comparable_across_wordings(f) or (f.dimension == "people" and f.unit == "person" and not _dual(f))
    ]


def figure_value(f: Figure) -> tuple[float, str]:
    """The value ``f`` states, as a key: its amount and whether it bounds it ("more than 50")."""
    return round(f.amount, 6), _bound(f)
