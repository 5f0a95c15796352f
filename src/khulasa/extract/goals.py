"""Which goal a minute of a match is the minute of: another outlet's minute is a rival value of
ours (a ⚠ note) only when it is told of the same goal.

A sentence may give several goals' minutes ("X put them ahead in the 66th minute, Y equalised in
the 89th"). Each minute owns the words of its own clause (commas and brackets end it, quotes do
not), cut at its neighbours' words: those up to the minute before it, and after it those up to
the first clause break before the next minute (all of them after the last minute). When that
clause says nothing of the goal ("سجل، سيباستيان هالر، في الدقيقة 65"), the clauses before it
are added one at a time, then all the words between its neighbours. Read there (word lists:
``resources/ar/goal_words.txt``):

- what the goal did: put a side ahead (``lead``), levelled (``equaliser``), the only goal; or
  that it was no goal (a chance missed, a goal ruled out, an injury: ``other``);
- whether the minute is one of added time ("90+5", "بدل الضائع"), which outlets write two ways;
- how: a penalty, a header, an own goal, a free kick;
- the sides named (the gazetteer's places: "لجنوب إفريقيا");
- the words that may name the scorer: those no list knows (stop, number, figure and match words,
  ordinals, places), four letters or more.

Two minutes are of one goal (:func:`same_goal`) when nothing they say differs (a lead is no
equaliser, a penalty no header, one side's goal not the other's) and they share a scorer's name
(spellings vary: "هالر"/"هالير", "موكيانا"/"موكوينا"), or, where one of them names no one, what
the goal did (a lead, an equaliser, the only goal): "ليكمل سالم الدوسري انتفاضة الأخضر بعد
التعادل" is not the equaliser of "صالح الشهري". A manner alone is never enough: both goals of a
match may be penalties.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from khulasa.extract.figures import Figure, Token, figure_words, figures_of, lexicon, parse_digits, tokens
from khulasa.extract.gazetteer import gazetteer, places_named
from khulasa.extract.spelling import firm_key, name_starts
from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize, proclitic_forms, stopwords


class Goal(NamedTuple):
    """What a sentence says of the goal a minute is the minute of (:mod:`khulasa.extract.goals`)."""

    events: frozenset[str]  # lead | equaliser | reduce | only | other (no goal: a chance, an injury)
    manners: frozenset[str]  # penalty | header | own | free
    sides: frozenset[str]  # places named (the gazetteer's canonical names)
    names: frozenset[str]  # words that may name the scorer
    added: bool = False  # a minute of added time ("90+5"), written two ways: compared with none
    # (a name word, the name word right after it): "مانشستر يونايتد" and "مانشستر سيتي" share a word
    # and are two names (:func:`_shared_name`)
    follows: frozenset[tuple[str, str]] = frozenset()
    # The goal's place in the match as the sentence numbers it ("الهدف الثالث": 3; figs25): two goals
    # numbered apart are two goals, whatever words their sentences share.
    ordinals: frozenset[int] = frozenset()

    def told(self) -> bool:
        """Does it say anything of the goal?"""
        return bool(self.events or self.manners or self.sides or self.names)


# Spellings of one transliterated name ("موكيانا"/"موكوينا") at least this alike (difflib ratio).
NAME_LIKENESS = 0.75
# The same, for spellings whose second letters differ (a long vowel written in one only).
VOWEL_LIKENESS = 0.85
# Words shorter than this (after proclitics and article) are never read as a scorer's name.
_NAME_MIN = 4
# What a goal did that another goal's report cannot also say of it.
_EXCLUSIVE = (("lead", "equaliser"), ("lead", "reduce"), ("equaliser", "reduce"))
# Marks that end a goal's clause (quotes around a name do not).
_BREAKS = frozenset(".!?؟؛;:،,()[]")


@lru_cache(maxsize=1)
def _goal_words() -> tuple[Mapping[str, str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """``ar/goal_words.txt``: form -> "event:lead" ..., the match words that name no scorer, the
    words of several goals' minutes ("الدقائق"), those of added time ("الضائع") and the match's
    names ("المباراة": its only goal)."""
    cues, plain = _goal_rows()
    return (
        cues,
        frozenset(plain["common"]),
        frozenset(plain["split"]),
        frozenset(plain["stoppage"]),
        frozenset(plain["match"]),
    )


@lru_cache(maxsize=1)
def _scored_words() -> frozenset[str]:
    """The ``scored`` rows of ``ar/goal_words.txt``: words that say a goal was scored (as the
    ``scorer`` rows, :func:`_lead_words`, do too)."""
    return frozenset(_goal_rows()[1]["scored"])


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    """The ``scorer`` rows of ``ar/goal_words.txt``: words a scorer's name follows ("عبر", "طريق")."""
    return frozenset(_goal_rows()[1]["scorer"])


@lru_cache(maxsize=1)
def _passed_words() -> frozenset[str]:
    """The ``passed`` rows of ``ar/goal_words.txt``: a list's opening before scorers' names ("كل من")."""
    return frozenset(_goal_rows()[1]["passed"])


@lru_cache(maxsize=1)
def _buildup_words() -> frozenset[str]:
    """The ``buildup`` rows of ``ar/goal_words.txt``: words of the move that led to a goal ("بعد
    اختراق رياض محرز", "عرضية من فلان"), whose names are no scorer's."""
    return frozenset(_goal_rows()[1]["buildup"])


# The words after a ``buildup`` word that name its player, not the goal's scorer.
_BUILDUP_REACH = 3


@lru_cache(maxsize=1)
def _unnamed_words() -> frozenset[str]:
    """The ``unnamed`` rows of ``ar/goal_words.txt``: words beside a goal that name no scorer."""
    return frozenset(_goal_rows()[1]["unnamed"])


@lru_cache(maxsize=1)
def _goal_rows() -> tuple[dict[str, str], dict[str, set[str]]]:
    """The rows of ``ar/goal_words.txt``: the cues (form -> "event:lead" ...) and the plain rows by kind."""
    cues: dict[str, str] = {}
    plain: dict[str, set[str]] = {
        "common": set(),
        "split": set(),
        "stoppage": set(),
        "match": set(),
        "scored": set(),
        "unnamed": set(),
        "scorer": set(),
        "passed": set(),
        "buildup": set(),
        "numbered": set(),
    }
    for line in load_word_list("ar/goal_words.txt"):
        kind, forms = (p.strip() for p in line.split("|", 1))
        for form in forms.split():
            norm = normalize(form.replace("_", " "))
            if kind in plain:
                plain[kind].add(norm)
            else:
                cues[norm] = kind
    return cues, plain


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words that name no scorer: stop, number, unit, month and weekday words, ordinals, match words."""
    return stopwords() | figure_words() | frozenset(lexicon().ordinals) | _goal_words()[1]


@lru_cache(maxsize=1 << 16)
def _bare(norm: str) -> tuple[str, ...]:
    """A word as written and without its proclitics and article. Cached: scorers and minutes ask it
    of every word of every sentence they read."""
    forms = (norm, *proclitic_forms(norm))
    return tuple(dict.fromkeys((*forms, *(f[2:] for f in forms if f.startswith("ال") and len(f) > 4))))


def _places(toks: Sequence[Token]) -> dict[int, str]:
    """Token index -> the gazetteer place it is (part of): the sides a goal's report names."""
    named: dict[int, list[tuple[int, str]]] = {}
    for i, n, place in places_named([t.norm for t in toks], most_words=3):
        named.setdefault(i, []).append((n, place))
    out: dict[int, str] = {}
    for i in range(len(toks)):
        if i in out:  # "جنوب إفريقيا" is South Africa, not Africa too
            continue
        n, place = next(
            ((n, p) for n, p in named.get(i, ()) if all(w.kind == "word" for w in toks[i : i + n])), (0, "")
        )
        out.update((i + k, place) for k in range(n))
    return out


def _read(toks: Sequence[Token], span: range, places: Mapping[int, str]) -> Goal:
    cues = _goal_words()[0]
    known = _known_words()
    events: set[str] = set()
    manners: set[str] = set()
    sides: set[str] = set()
    names: set[str] = set()
    follows: set[tuple[str, str]] = set()
    before: tuple[str, ...] = ()  # the forms of the name word right before, if any
    ordinals = _goal_ordinals(toks, span)
    skip = 0  # words left that name the player of the move before the goal, not its scorer
    for k in span:
        t = toks[k]
        was, before = before, ()
        if t.kind != "word":
            continue
        skip = max(0, skip - 1)
        if k in places:
            sides.add(places[k])
            continue
        forms = _bare(t.norm)
        cue = next((cues[f] for f in forms if f in cues), None)
        if any(f in _buildup_words() for f in forms):
            skip = _BUILDUP_REACH + 1
        elif cue is not None:
            kind, what = cue.split(":")
            (events if kind == "event" else manners).add(what)
            events.update(("sole",) if what == "only" and _of_the_match(toks, k) else ())
        elif not skip and not any(f in known for f in forms):  # a name, with and without a letter before it
            before = tuple(f for f in forms if len(f) >= _NAME_MIN)
            names.update(before)
            if not t.norm.startswith("و"):  # "ليونيل ميسي والبرازيلي نيمار": the next name of a list
                follows.update((x, y) for x in was for y in before)
    return Goal(
        frozenset(events),
        frozenset(manners),
        frozenset(sides),
        frozenset(names),
        follows=frozenset(follows),
        ordinals=ordinals,
    )


def _goal_ordinals(toks: Sequence[Token], span: range) -> frozenset[int]:
    """The places in the match the words of ``span`` number a goal at: a ``numbered`` word of
    ``ar/goal_words.txt`` ("الهدف") right before an ordinal of ``ar/ordinals.txt`` ("الهدف الأول",
    "بالهدف الثالث"). "وأضاف مرتساكر الهدف الثالث في الدقيقة 62" is no telling of "الهدف الأول لوالكوت
    ... في الدقيقة 40", though both sentences name the winning side (pass 53)."""
    numbered = _goal_rows()[1]["numbered"]
    ordinals = lexicon().ordinals
    out: set[int] = set()
    for k in span:
        if k + 1 >= len(toks) or toks[k].kind != "word" or toks[k + 1].kind != "word":
            continue
        if any(f in numbered for f in _bare(toks[k].norm)):
            value = next((ordinals[f] for f in _bare(toks[k + 1].norm) if f in ordinals), None)
            if value is not None:
                out.add(int(value))
    return frozenset(out)


# "The only goal" is the match's own within this many words of the match's name ("هدف المباراة
# الوحيد", "الهدف الوحيد في اللقاء").
_SOLE_REACH = 2


def _of_the_match(toks: Sequence[Token], k: int) -> bool:
    """Is "الوحيد" at ``toks[k]`` the match's only goal, not one side's ("هدف منتخب الأردن الوحيد"):
    a ``match`` word of ``ar/goal_words.txt`` within :data:`_SOLE_REACH` words of it?"""
    match = _goal_words()[4]
    near = toks[max(0, k - _SOLE_REACH) : k + _SOLE_REACH + 1]
    return any(t.kind == "word" and any(f in match for f in _bare(t.norm)) for t in near)


def _index(toks: Sequence[Token], f: Figure) -> tuple[int, int]:
    """The token range of ``f`` (offsets relative to the text)."""
    first = next(k for k, t in enumerate(toks) if t.end > f.start)
    last = next((k for k in range(first, len(toks)) if toks[k].start >= f.end), len(toks))
    return first, last


def _clause(toks: Sequence[Token], first: int, last: int) -> range:
    """The tokens of the clause around ``toks[first:last]``."""
    start = first
    while start > 0 and toks[start - 1].text not in _BREAKS:
        start -= 1
    end = last
    while end < len(toks) and toks[end].text not in _BREAKS:
        end += 1
    return range(start, end)


def _between(toks: Sequence[Token], marks: Sequence[tuple[int, int]], n: int) -> range:
    """The words minute ``n`` owns between its neighbours: after the minute before it, and after
    it up to the first clause break before the next minute (to the end after the last one)."""
    first, last = marks[n]
    start = marks[n - 1][1] if n > 0 else 0
    if n > 0:  # the words after the minute before, up to a break, are that minute's
        start = next((k + 1 for k in range(start, first) if toks[k].text in _BREAKS), start)
    end = len(toks)
    if n + 1 < len(marks):
        nxt = marks[n + 1][0]
        end = next((k for k in range(last, nxt) if toks[k].text in _BREAKS), last)
    return range(start, end)


@lru_cache(maxsize=16384)
def _minute_figures(text: str) -> tuple[Figure, ...]:
    """The minutes of a match ``text`` gives (mark figures of unit minute), read once per text:
    :func:`minute_goals`, :func:`goals_told` and :func:`scorers` all ask."""
    return tuple(f for f in figures_of(text) if f.dimension == "mark" and f.unit == "minute")


@lru_cache(maxsize=16384)
def minute_goals(text: str) -> tuple[tuple[int, Goal], ...]:
    """What ``text`` says of the goal of each minute it gives, as (the minute's start, :class:`Goal`).

    >>> [(s, sorted(g.events)) for s, g in minute_goals("تقدم الأزرق في الدقيقة 10، وتعادل الأحمر في الدقيقة 80")]
    [(23, ['lead']), (52, ['equaliser'])]
    """
    figures = _minute_figures(text)
    if not figures:
        return ()
    toks = tokens(text)
    places = _places(toks)
    own = {_index(toks, f): f for f in figures}
    marks = sorted([*own, *_other_minutes(toks)])
    out = []
    for n, span in enumerate(marks):
        if span not in own:
            continue
        goal = _goal_words_of(toks, marks, n, places)
        added = _added_time(toks, span[1], _clause(toks, *span).stop)
        out.append((own[span].start, goal._replace(added=added)))
    return tuple(out)


def _goal_words_of(toks: Sequence[Token], marks: Sequence[tuple[int, int]], n: int, places: Mapping[int, str]) -> Goal:
    """What the words of minute ``n`` say of its goal: its clause (within the words it owns among
    its neighbours, :func:`_between`), widened one clause back at a time while it says nothing
    ("سجل، سيباستيان هالر، في الدقيقة 65"), then all the words it owns."""
    between = _between(toks, marks, n)
    clause = _clause(toks, *marks[n])
    start, stop = max(clause.start, between.start), min(clause.stop, between.stop)
    goal = _read(toks, range(start, stop), places)
    while not goal.told() and start > between.start:
        start -= 1  # the break before the clause
        while start > between.start and toks[start - 1].text not in _BREAKS:
            start -= 1
        goal = _read(toks, range(start, stop), places)
    return goal if goal.told() else _read(toks, between, places)


# Added time is told within this many words after the minute ("الأولى من الوقت بدل الضائع").
_ADDED_REACH = 6


def _added_time(toks: Sequence[Token], after: int, stop: int) -> bool:
    """Is the minute ending before ``toks[after]`` one of added time: "+" right after it ("90+5"),
    or a word of ``stoppage`` rows within :data:`_ADDED_REACH` tokens after it in its clause?"""
    if after < len(toks) and toks[after].text == "+":
        return True
    words = _goal_words()[3]
    return any(f in words for t in toks[after : min(stop, after + _ADDED_REACH)] for f in _bare(t.norm))


def _other_minutes(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Where other goals' minutes stand that the figure reader does not read ("في الدقائق 22 و73
    و94": ``split`` rows of ``ar/goal_words.txt``): they end a goal's words as a minute does."""
    split = _goal_words()[2]
    return [(k, k + 1) for k, t in enumerate(toks) if t.kind == "word" and any(f in split for f in _bare(t.norm))]


def _exclusive(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(
        (x in a and y in b and not {x, y} & (a & b)) or (y in a and x in b and not {x, y} & (a & b))
        for x, y in _EXCLUSIVE
    )


def same_name(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one name, perhaps spelled two ways ("هالر"/"هالير")? A long vowel may
    also be written or left out after the first letter ("ميرتساكر"/"مرتساكر", "ويليامز"/"وليامز"),
    so two spellings of one first letter that are even more alike are one name too."""
    if a == b or a[:1] != b[:1]:
        return a == b
    ratio = SequenceMatcher(None, a, b).ratio()
    return ratio >= NAME_LIKENESS if a[:2] == b[:2] else ratio >= VOWEL_LIKENESS


def same_goal(a: Goal, b: Goal) -> bool:
    """Are two minutes told of one goal? Both are goals' minutes (no chance missed, no injury) out
    of added time, nothing differs (a lead is no equaliser, a penalty no header, one side's goal
    no goal of the other, the first goal no third: :attr:`Goal.ordinals`), and they share a scorer's name, or, where one
    of them names no one, what the goal did (a lead, an equaliser, the only goal)."""
    if a.added or b.added or "other" in a.events | b.events or _exclusive(a.events, b.events):
        return False
    if a.ordinals and b.ordinals and not a.ordinals & b.ordinals:  # "الهدف الأول" and "الهدف الثالث"
        return False
    for x, y in ((a.manners, b.manners), (a.sides, b.sides)):
        if x and y and not x & y:
            return False
    if "sole" in a.events & b.events:  # the match's only goal: one goal, whoever either names
        return True
    if a.names and b.names:  # the scorer, where both say who: "after the equaliser, Y scored"
        return any(_shared_name(a, x, b, y) for x in a.names for y in b.names)
    return bool(a.events & b.events)


def _shared_name(a: Goal, x: str, b: Goal, y: str) -> bool:
    """Do the name word ``x`` of ``a`` and ``y`` of ``b`` name one scorer: one name
    (:func:`same_name`) that does not go on apart (:func:`_goes_on`)? Two sides of one city ("هدف
    مانشستر يونايتد" and "هدف مانشستر سيتي", the team named right after "هدف"), or two players of
    one first name ("محمد صلاح" and "محمد النني"), share a word and are not one."""
    return same_name(x, y) and _goes_on(a, x, b, y, _NAME_REACH)


# How many words of a name after a shared one :func:`_goes_on` follows.
_NAME_REACH = 3


def _goes_on(a: Goal, x: str, b: Goal, y: str, reach: int) -> bool:
    """Do the names ``x`` (of ``a``) and ``y`` (of ``b``), one name, go on alike: where both have a
    name word right after them (:attr:`Goal.follows`, never one behind "و": the next name of a
    list), one pair of those words is one name and goes on alike too, within ``reach`` words? Only
    the words after: those before a name are often a nationality or a verb no list knows ("تمكن
    ليونيل ميسي", "الأرجنتيني ليونيل ميسي")."""
    next_x = {w for v, w in a.follows if v == x}
    next_y = {w for v, w in b.follows if v == y}
    if not next_x or not next_y or reach <= 1:
        return True
    return any(same_name(v, w) and _goes_on(a, v, b, w, reach - 1) for v in next_x for w in next_y)


def written_numbers(text: str) -> frozenset[float]:
    """The numbers ``text`` writes in digits ("(17- 51- 67)": 17, 51 and 67)."""
    values = (parse_digits(t.text) for t in tokens(text) if t.kind == "digits")
    return frozenset(v for v in values if v is not None)


# A goal one outlet times a minute before or after another's, by one scorer and told the same way
# (a header, a penalty), is one goal (:func:`goals_again`): "برأسية ... في الدقيقة 41" and "من كرة
# رأسية ... في الدقيقة (42)".
NEAR_MINUTE = 1


def goals_again(piece: str, other: str, words: frozenset[str] = frozenset()) -> bool:
    """Does ``piece`` tell only goals ``other`` tells, where :func:`goals_told` cannot say (no scorer
    beside each minute, or minutes the outlets give apart)? Two minutes or more, every one of them
    ``other``'s ("بعد تسجيله 3 ركلات جزاء في الدقائق 22 و73 و90" after "... عفيف وكلهم من علامة
    الجزاء في الدقائق 22 و73 و90+5": two outlets timing one goal alike is common, several goals alike
    is no chance), or every one of them a number ``other`` writes ("ميسي (23 من ركلة جزاء و108)
    وأنخل دي ماريا (36)", a list of scorers with no label) when a scorer of them is a name of
    ``words`` (``other``'s words, :attr:`khulasa.extract.claims.Claims.forms`); or each of its goals
    one of ``other``'s at most :data:`NEAR_MINUTE` away, out of added time, told the same way and
    naming one scorer (:func:`same_name`)."""
    mine = _minute_figures(piece)
    if not mine:
        return False
    minutes = {f.amount for f in mine}
    goals, theirs = minute_goals(piece), _minute_figures(other)
    if len(minutes) >= 2 and minutes <= written_numbers(other):
        named = any(same_name(n, w) for _, goal in goals for n in goal.names for w in words)
        if minutes <= {f.amount for f in theirs} or named:
            return True
    if not theirs or not goals:
        return False
    at = {f.start: f.amount for f in mine}
    their_at = {f.start: f.amount for f in theirs}
    their_goals = [(their_at[s], g) for s, g in minute_goals(other) if s in their_at]
    for start, goal in goals:
        minute = at.get(start)
        if minute is None or goal.added or not goal.manners or not goal.names or "other" in goal.events:
            return False
        if not any(
            abs(m - minute) <= NEAR_MINUTE
            and not g.added
            and g.manners == goal.manners
            and any(same_name(x, y) for x in goal.names for y in g.names)
            for m, g in their_goals
        ):
            return False
    return True


# Added time runs at most this many minutes past the ninetieth: "في الدقيقة 95" may be told as "في
# الدقيقة الخامسة من الوقت بدل الضائع" (:func:`goal_told_apart`).
ADDED_MINUTES = 15
# The regular time of a match, after which a minute of added time counts.
FULL_TIME = 90


def _bracketed(text: str) -> dict[float, set[str]]:
    """The numbers ``text`` writes between brackets opened right after a word, with that word's
    forms (:func:`khulasa.text.normalize.proclitic_forms`): "ميسي (23 من ركلة جزاء و108)" gives 23 and
    108 after "ميسي", a scorer's minutes in a list with no label."""
    toks = tokens(text)
    out: dict[float, set[str]] = {}
    for k, t in enumerate(toks):
        if t.text != "(" or k == 0 or toks[k - 1].kind != "word":
            continue
        forms = set(proclitic_forms(toks[k - 1].norm))
        for u in toks[k + 1 :]:
            if u.text == ")":
                break
            value = parse_digits(u.text) if u.kind == "digits" else None
            if value is not None:
                out.setdefault(value, set()).update(forms)
    return out


def goal_told_apart(piece: str, other: str, words: frozenset[str] = frozenset()) -> bool:
    """Does ``piece`` tell one goal ``other`` gives in another way than a minute beside its scorer
    (what :func:`goals_told` and :func:`goals_again` read)? Its one minute is a goal's (no chance
    missed, no injury), and either ``other`` writes that number between brackets right after a word
    ``piece`` writes too (a list of scorers with no label: "وتقدم الفريق في الدقيقة 23 ... ترجمها
    ليونيل ميسي" after "وسجل أهداف الأرجنتين ميسي (23 من ركلة جزاء و108)"), or the minute lies past
    the ninetieth by at most :data:`ADDED_MINUTES` and ``other`` gives that many minutes of added
    time, a scorer's name of ``piece`` among its words (``words``: ``other``'s,
    :attr:`khulasa.extract.claims.Claims.forms`): "سجل رياض محرز هدف الفوز في الدقيقة 95" after "وسدد
    محرز ركلة حرة ... في الدقيقة الخامسة من الوقت المحتسب بدل الضائع"."""
    goals = minute_goals(piece)
    mine = _minute_figures(piece)
    if len(goals) != 1 or len({f.amount for f in mine}) != 1:
        return False
    goal = goals[0][1]
    minute = mine[0].amount
    if "other" in goal.events or goal.added:
        return False
    own = {f for t in tokens(piece) if t.kind == "word" and len(t.norm) >= _NAME_MIN for f in proclitic_forms(t.norm)}
    after = _bracketed(other).get(minute, set())
    if after & own - stopwords():
        return True
    if not FULL_TIME < minute <= FULL_TIME + ADDED_MINUTES or not goal.names:
        return False
    at = {f.start: f.amount for f in _minute_figures(other)}
    late = any(g.added and "other" not in g.events and at.get(s) == minute - FULL_TIME for s, g in minute_goals(other))
    return late and any(same_name(n, w) for n in goal.names for w in words)


# Several goals whose minutes two outlets give a few minutes apart, each of one list within this
# many minutes of the other list's goal of the same rank, are the same goals (:func:`goals_near`):
# "في الدقائق 22 و73 و90" and "بالدقائق 20،71،94" (added time written as 90 or as 94).
NEAR_GOAL_LIST = 4

# A list of minutes read so holds at least this many goals: one goal timed a few minutes apart may
# be another goal, several goals all so timed are not.
NEAR_GOAL_LIST_MIN = 3


def goals_near(piece: str, other: str) -> bool:
    """Does ``piece`` give ``NEAR_GOAL_LIST_MIN`` minutes or more, each a number ``other`` writes
    (a list of minutes in brackets with no label: "عفيف من ثلاث ضربات جزاء (22 ، 73، 90+5)"), or
    each, in order, within :data:`NEAR_GOAL_LIST` of a distinct minute of ``other``? The same goals
    told again, or timed by two outlets apart ("بعد تسجيله 3 ركلات جزاء في الدقائق 22 و73 و90" and
    "أهدافه الثلاثة من علامة الجزاء ... بالدقائق 20،71،94"), which :func:`goals_again` reads only
    beside a scorer's name or a minute apart. Who scored them is for the caller to ask."""
    mine = sorted({f.amount for f in _minute_figures(piece)})
    if len(mine) < NEAR_GOAL_LIST_MIN:
        return False
    if set(mine) <= written_numbers(other):
        return True
    theirs = sorted({f.amount for f in _minute_figures(other)})
    at = 0
    for minute in mine:
        while at < len(theirs) and theirs[at] < minute - NEAR_GOAL_LIST:
            at += 1
        if at == len(theirs) or theirs[at] > minute + NEAR_GOAL_LIST:
            return False
        at += 1
    return True


def goals_told(piece: str, numbers: frozenset[float], words: frozenset[str]) -> bool:
    """Does ``piece`` tell only goals that a text writing ``numbers`` and ``words`` (its words with
    and without their proclitics: :attr:`khulasa.extract.claims.Claims.forms`) gave, in other
    words: each minute it gives is a goal's, of no added time and with no manner told (a header
    may be news), beside a scorer's name, and that number and a close spelling of that name
    (:func:`same_name`) are the other text's? "وتقدم الفريق في الدقيقة 17 عن طريق جونزالو
    راموس" after "وسجل جونكالو راموس (17، 51)". Without a minute: no."""
    goals = minute_goals(piece)
    if not goals:
        return False
    minutes = {f.start: f.amount for f in _minute_figures(piece)}
    for start, goal in goals:
        minute = minutes.get(start)
        if minute is None or goal.added or goal.manners or "other" in goal.events or not goal.names:
            return False
        if minute not in numbers or not any(same_name(n, w) for n in goal.names for w in words):
            return False
    return True


# The words of a scorer's name, compared by their consonants (:func:`scorer_key`), at least this long.
SCORER_KEY_MIN = 3


def _nisba(forms: Sequence[str]) -> bool:
    """Is a word a place's adjective ("السعودي", "المكسيكي", "الفرنسي"): without its final ي, with ه
    or ا for it, or with ه after it, a place of the gazetteer?"""
    places = gazetteer()
    for f in forms:
        if len(f) > 3 and f.endswith("ي"):
            base = f[:-1]
            for g in (base, base + "ه", base + "ا", f + "ه"):
                hit = places.get((g,)) or (places.get((g[2:],)) if g.startswith("ال") else None)
                if hit is not None and hit[0] == "place":
                    return True
    return False


# A scorer's name begins within this many words after a word that leads to it ("سجل المهاجم
# المكسيكي هنري مارتن", "عن طريق اللاعب سالم الدوسري") and runs at most this many words.
_SCORER_REACH = 3
_SCORER_WORDS = 3
# The letter a minute is written with in brackets ("(د 47)", "(د52)").
_MINUTE_MARKS = frozenset({"د"})


def _nameish(t: Token, k: int, places: Mapping[int, str], skip: frozenset[str]) -> tuple[str, ...] | None:
    """A word's forms when it may be part of a scorer's name (no word any list knows, no place nor
    a place's adjective), else None."""
    if t.kind != "word" or k in places:
        return None
    forms = _bare(t.norm)
    if any(f in skip for f in forms) or _nisba(forms):
        return None
    return forms


def _minute_told(toks: Sequence[Token], text: str) -> bool:
    """Does ``text`` give a minute of a match? Read by the figure reader only where a word of one
    of the ``minute`` labels (``ar/number_labels.txt``: "الدقيقة", "د") stands: most sentences have
    none, and reading their figures is the slow part."""
    labels = _minute_labels()
    if not any(t.kind == "word" and not labels.isdisjoint(_bare(t.norm)) for t in toks):  # _bare holds t.norm
        return False
    return bool(_minute_figures(text))


@lru_cache(maxsize=1)
def _minute_labels() -> frozenset[str]:
    """The words that label a number as a minute (every form of ``ar/number_labels.txt``'s
    ``minute`` rows), normalized."""
    lex = lexicon()
    tables = (lex.labels, lex.dual_labels, lex.plural_labels, lex.short_labels)
    forms = {form for table in tables for form, (_, unit) in table.items() if unit == "minute"}
    return frozenset(forms | {f[2:] for f in forms if f.startswith("ال")})


@lru_cache(maxsize=16384)
def scorers(text: str) -> tuple[frozenset[str], ...]:
    """The scorers' names ``text`` gives, each as its words' forms of four letters or more: in a
    sentence that reports a goal (a minute of a match, or a ``scored`` word of
    ``ar/goal_words.txt``), the words of a name right after a word leading to a scorer (the
    ``scorer`` rows: "سجل", "أضاف", "عبر", "عن طريق"), past at most :data:`_SCORER_REACH` words
    that are no name and no function word ("اللاعب", "المهاجم المكسيكي"), and the next names of a
    list ("هنري مارتن (د 47) ولويس شافيز"). Outlets disagree on a goal's minute or give none: the
    scorer is what they share.

    >>> [sorted(n) for n in scorers("وقلص المنتخب السعودي الفارق بهدف عن طريق اللاعب سالم الدوسري.")]
    [['الدوسري', 'دوسري', 'سالم']]
    """
    leads = _lead_words()
    scored = _scored_words() | leads
    toks = tokens(text)
    if not any(t.kind == "word" and not scored.isdisjoint(_bare(t.norm)) for t in toks) and not _minute_told(
        toks, text
    ):
        return ()
    reader = _NameReader(toks, _places(toks), _known_words() | scored | _unnamed_words() | frozenset(_goal_words()[0]))
    out: list[frozenset[str]] = []
    for i, t in enumerate(toks):
        if t.kind == "word" and not leads.isdisjoint(_bare(t.norm)):
            out.extend(run for run in reader.names_after(i) if run not in out)
    return tuple(out)


# A comma a scorer's name may follow in apposition ("سجل هدف الفريق الأول، فلان").
_APPOSITION = frozenset("،,")
# Marks that end a list of scorers.
_LIST_ENDS = frozenset(".!?؟؛;،,")


class _NameReader:
    """Scorers' names in a sentence's tokens (:func:`scorers`)."""

    def __init__(self, toks: Sequence[Token], places: Mapping[int, str], skip: frozenset[str]) -> None:
        self.toks, self.places, self.skip, self.stop = toks, places, skip, stopwords()

    def nameish(self, k: int) -> tuple[str, ...] | None:
        return _nameish(self.toks[k], k, self.places, self.skip) if k < len(self.toks) else None

    def names_after(self, i: int) -> list[frozenset[str]]:
        """The names that a word leading to a scorer at ``i`` introduces: the first past at most
        :data:`_SCORER_REACH` words that are no name, then each next one of a list."""
        toks = self.toks
        k, reach = i + 1, i + _SCORER_REACH
        while k < len(toks) and (k <= reach or self._opening(k) or toks[k].text in _APPOSITION):
            if self._opening(k):  # "سجل هدفي الفريق كل من فلان وفلان"
                reach, k = reach + 2, k + 2
                continue
            if toks[k].kind != "word":
                # "سجل هدف الفريق الأول، فلان": a name set after a comma, past words that are no name.
                if not (k > i + 1 and toks[k].text in _APPOSITION and self._apposed(k + 1)):
                    break
            elif toks[k].norm in self.stop or self.nameish(k) is not None:
                break
            k += 1
        out: list[frozenset[str]] = []
        while True:
            run, k = self._run(k)
            if not run:
                return out
            out.append(run)
            # "هنري مارتن (د 47) ولويس شافيز (د52)": the next scorer of a list, after his goal's minute.
            k = self._past_marks(k)
            k += k < len(toks) and toks[k].norm in _MINUTE_MARKS
            k = self._past_marks(k)
            if not (k < len(toks) and toks[k].norm.startswith("و") and self.nameish(k)):
                return out

    def _opening(self, k: int) -> bool:
        """Do the two words at ``k`` open a list of names ("كل من": :func:`_passed_words`)?"""
        toks = self.toks
        return k + 1 < len(toks) and f"{toks[k].norm} {toks[k + 1].norm}" in _passed_words()

    def _apposed(self, k: int) -> bool:
        """Does a name start at ``k`` right after a comma: a word that may be a name's, not one that
        opens a clause with "و"?"""
        return self.nameish(k) is not None and not self.toks[k].norm.startswith("و")

    def _run(self, k: int) -> tuple[frozenset[str], int]:
        """The name starting at ``k`` (at most :data:`_SCORER_WORDS` words), and where it ends."""
        run: list[str] = []
        start = k
        while k - start < _SCORER_WORDS and (forms := self.nameish(k)):
            if run and self.toks[k].norm.startswith("و"):
                break  # "هنري مارتن ولويس تشافيز": the next scorer
            run.extend(f for f in forms if len(f) >= _NAME_MIN)
            k += 1
        return frozenset(run), k

    def _past_marks(self, k: int) -> int:
        while k < len(self.toks) and self.toks[k].kind != "word" and self.toks[k].text not in _LIST_ENDS:
            k += 1
        return k


def scorer_key(name: str) -> str:
    """A scorer's name word as its consonants (:func:`khulasa.extract.spelling.firm_key`, the
    spellings of ``ar/name_letters.txt``), without its article and with the letters a
    transliteration begins it with for one sound written as another does (the ``start`` rows:
    "تشافيز" and "شافيز", "الدوسري" and "دوسري" are one name)."""
    if name.startswith("ال") and len(name) > 4:
        name = name[2:]
    for long, short in name_starts():
        if name.startswith(long):
            name = short + name[len(long) :]
            break
    return firm_key([name])


def scorer_keys(names: frozenset[str]) -> frozenset[str]:
    """A scorer's name words (:func:`scorers`) as their consonants (:func:`scorer_key`), of
    :data:`SCORER_KEY_MIN` letters or more."""
    return frozenset(k for k in map(scorer_key, names) if len(k) >= SCORER_KEY_MIN)


def same_scorer(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two goals' name words (:func:`scorers`) share a scorer, however each outlet spells him
    (:func:`scorer_key`: "تشافيز"/"شافيز", "جريزمان"/"غريزمان", "الدوسري"/"دوسري")?"""
    return bool(a & b or scorer_keys(a) & scorer_keys(b))
