"""Event names: the places, people, teams and companies an article's opening names, to tell apart
events of one kind that words alone join (two matches of one day, two earthquakes in different
countries, two launches of one country).

An article's *event names* are read from its title and first sentences only (where it says what
happened, and where, and to whom), with the actor finder's cues (:mod:`khulasa.extract.actors`):
places of the gazetteer and of ``resources/ar/event_names.txt`` (countries with the adjectives that
stand for them: "التركية" is Turkey), people after a title ("الرئيس الروسي فلاديمير بوتين"), places
after a cue word ("مدينة مراكش"), teams after "منتخب", "نادي" or "فريق", and companies after
"شركة" (kept as FIRM_MARK and a consonant key, :func:`firm_key`, so that "Blue Origin" and
"بلو أوريجين" meet). A place right after a word of a diplomatic mission ("القنصلية الفرنسية في جدة",
``mission`` in event_names.txt) is whose mission it is, not where the event is, and is not read.
A small set per article, computed once.

Grouping uses them as a veto on merges (:class:`NameProfile`): two groups are two events, however
many words they share, when (a) their *central* names (given by at least half of a group's naming
members, among its two most given) have none in common, or (b) no member of one gives the name the
other gives most (by three members or more), or (c) all the central names they share are countries
(or wider) and a city central to each (a listed city of ``in``, given by three members or more,
ranked among the cities its group gives) differs, one group's never given by the other: two
launches from Florida and Texas, two summits in Riyadh and Jeddah, are not one story for sharing
their country; or (d) the companies central to each
differ in the same way; or, for two match reports only, (e) a side central to each (a country, a
city, or a name read as a match's other side: "على ضيفه X", "على X 2-1") is not central to the
other (one team's two matches: :meth:`NameProfile.other_sides`); or (f) where the events happen
differs (the venue of each opening's first visit or meeting, as a country: "وصل ... إلى كييف",
"لقاء لهما في بكين"), or what a summit is called ("القمة الخليجية الصينية" against "القمة العربية
الصينية", held in one city on one day): :meth:`NameProfile.other_venues`. Companies count for (d)
only: one firm named by two groups never joins them; venues and summit names for (f) only. And
(g): all the central names the groups share are countries (or wider), one group's only other
central name is a place its members give three times or more, and the other group (with at most
one central place of its own) never gives it but gives a name the first never does (explosions in
Tianjin and a blast in Jiangsu share China: :meth:`NameProfile.own_place`); (h) each group's
reports (three or more) never name the other's central places, which holds up to twice
``names_link`` (two central banks of one day: :meth:`NameProfile.strangers`); (i) they share only a
city (and its country) and the parts of it each gives differ (``district`` rows of event_names.txt,
a district standing for its city: two bombings of Baghdad, in Karrada and in Sinak:
:meth:`NameProfile.other_districts`). Venues
also tell groups apart whatever their words share (:meth:`NameProfile.venues_differ`): one leader's
two stops of one day, each report naming both; a visit told after "بعد" or "عقب" is an earlier one
(background), and a region ("الشرق الأوسط") is no venue.
Only groups whose members agree on their names
vote: a story whose outlets each lead with another country is never told apart by names. The veto
yields to a strong word similarity (``GroupSettings.names_link``): names read by cue words miss some
and misread others; except between reports of a kind whose sides are its names (``sided`` in
event_names.txt: a match is its two teams), where rule (a) holds whatever the words
(:func:`sided_kinds`). A group whose articles name nothing is never vetoed: the veto only separates,
it never joins, and an English article or a brief without names keeps the old behaviour. Figures (a
toll that rises over the hours) are deliberately no part of it. Names are normalized
(``normalize``), and so shown in ``khulasa group`` JSON.

An article's *event kinds* (:func:`event_kinds`) are read from the same opening, with the words of
``resources/ar/event_kinds.txt``: quake, storm (and its floods), fire, crash, match, election,
summit, space, attack; and (here, not in the summarizer's kinds) the kinds of announced decision of
``resources/ar/decision_kinds.txt`` (a fuel price rise, a currency float). A kind named only after
"بعد" or "عقب" is background when the opening names another as its news: "رفعت الحكومة أسعار الوقود
بعد ساعات من تعويم الجنيه" reports a fuel price rise. Grouping votes them as it votes names (a
:class:`NameProfile` per group, the same rules): two reports of one country on one day, a runway
collision and an earthquake, name the same country but not the same kind. A kind one outlet names in
passing ("a plane flying relief to the quake zone") is not central to its group, given by fewer than
half its members. A match report's kinds carry its sport too (``resources/ar/sports.txt``: football,
tennis, ...), marked as companies are among names and compared as they are, by rule (d) alone: a
football final and a tennis final of one Sunday, won by one country, are two events; a sport tells
events apart, never joins them.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from khulasa.extract.actors import Name, cues, title_candidates
from khulasa.extract.figures import Token
from khulasa.extract.kinds import kind_of_word, kind_words
from khulasa.extract.spelling import firm_key
from khulasa.resources import load_word_list
from khulasa.text.clean import drop_headline_run, judge_line
from khulasa.text.normalize import normalize, proclitic_forms, stopwords

__all__ = ["LEAD_CHARS", "NameProfile", "contest_words", "event_kinds", "event_names", "lead_text", "place_words"]

# The opening read for names: a title and about two sentences.
LEAD_CHARS = 400
# A name is central to a group when at least this share of its naming members give it (fixed, not
# tuned: "most of the story's outlets lead with it").
CORE_SHARE = 0.5
# ... and is among the two names most members give (ties included): a venue or a guest named by
# half a story's outlets ("كأس العالم في قطر") does not make it the story of another event there.
CORE_TOP = 2
# A group of several articles *agrees* on its names when its most given name is given by at least
# this share of its naming members. One whose members already disagree (a story of aid pledged by
# the United States, Japan and Canada, each outlet leading with its own donor) is not told apart
# from another by names: its names are the outlets', not the event's. A lone article agrees.
AGREE_SHARE = 0.75
# Rule (b) (a name one group gives most, the other never gives) speaks only for a name at least
# this many of a group's members give: two articles naming "آسيا" are not a place-centred event.
TOP_SUPPORT = 3
# Rule (h) (two groups whose reports never name each other's place: NameProfile.strangers) holds
# up to this multiple of ``names_link`` (fixed, not tuned: such groups share only a kind's words).
STRANGERS_LINK_FACTOR = 2.0
_SENTENCE_END = re.compile(r"[.!?؟]\s")
# As extract.figures tokenizes (numbers, words, single marks), over normalized text.
_TOKEN = re.compile(r"(\d+(?:[.,٫٬]\d+)*)|([^\W\d_]+)|([^\s\w])")
# What a word may begin (see _word_kind).
_PLACE, _CUE, _TEAM, _FIRM, _SIDE, _SIDED, _VISIT, _MEET, _SUMMIT = 1, 2, 4, 8, 16, 32, 64, 128, 256
# A company's name is kept among an article's names as this mark and its key (see firm_key): no
# place, person or team reads so, and rules (a) and (b) leave such names out (see NameProfile).
FIRM_MARK = "@"
# A firm's name is one or two words (a quoted name up to four, a Latin run up to three); its key
# needs this many letters to tell one firm from another.
_FIRM_WORDS, _FIRM_QUOTED, _FIRM_LATIN, _FIRM_KEY = 2, 4, 3, 3
_OPEN, _CLOSE = frozenset('"“«('), frozenset('"”»)')
# A sport is kept among a match report's event kinds as this mark and its name (see event_kinds):
# the mark companies carry among names, so that the kinds vote compares sports as the names vote
# compares companies, by rule (d) alone (NameProfile.other_firms): they tell events apart, never
# join them, and a report that names none counts for nothing.
SPORT_MARK = FIRM_MARK
# A match report's other side (read after "على", "أمام", "ضد" or a rival word: see _sides) is kept
# among its names as this mark and the name: rules (a) to (d) leave such names out, rule (e) reads
# them (NameProfile.other_sides).
SIDE_MARK = "~"
# A side's name is confirmed by a figure (a score) among the few tokens after it.
_SIDE_SCORE_SPAN = 3
# Where an article's event happens (its venue: see _venue) is kept among its names as this mark
# and the country: rules (a) to (e) leave such names out, rule (f) reads them
# (NameProfile.other_venues).
VENUE_MARK = "^"
# A venue is read within this many words after a visit or meeting word, and at most this many
# words after the toward or at word ("في العاصمة السعودية الرياض").
_VENUE_SPAN, _VENUE_GAP = 15, 3
_STOPS = frozenset(".!?؟:")
# A visit or meeting word is an earlier one when a word of ``before`` comes at most this many words
# before it ("بعد ساعات من وصوله": three).
_BEFORE_SPAN = 3
# A kind of event named at most this many words after a word of ``before``, in one sentence, is
# background when the opening names another as its news ("بعد ساعات من إعلان البنك المركزي تعويم").
_BACKGROUND_SPAN = 8
# Kinds of announced decision (a fuel price rise, a currency float), read by grouping only
# (extract.kinds reads the list as it reads the event kinds).
DECISION_KINDS = "ar/decision_kinds.txt"
# A summit's name (see _summit_name) is kept among an article's names as this mark and its
# adjectives' countries or blocs, sorted and joined by "+": rule (f) reads them as it reads venues.
SUMMIT_MARK = "&"
# A summit's name is the summit's own words, not a place an outlet adds: two members that give one
# are enough to set it against another group's (TOP_SUPPORT for venues).
SUMMIT_SUPPORT = 2
# A listed place (and the country a city stands for) named at most _PLAYED_SPAN words after a word of
# a place of play ("على ملعب ويمبلي في العاصمة لندن", ``venue`` in event_names.txt) is kept too as
# this mark and the place: where a match was played is no side of it (NameProfile._central_sides),
# and two matches of one host city share it.
PLAYED_MARK = "%"
_PLAYED_SPAN = 5
_MARKS = (FIRM_MARK, SIDE_MARK, VENUE_MARK, SUMMIT_MARK, PLAYED_MARK)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    places: dict[Name, str]  # normalized form -> canonical place
    by_first: dict[str, tuple[Name, ...]]  # first word -> the forms it begins, longest first
    team_cues: frozenset[str]
    country: dict[str, str]  # city -> the country it stands for too
    contests: frozenset[str]  # words after which a place names a competition ("كأس أمم أفريقيا")
    missions: frozenset[str]  # words after which a place is whose mission it is ("السفارة الفرنسية")
    firm_cues: frozenset[str]  # words after which a company's name follows ("شركة")
    sided: frozenset[str]  # kinds of event whose sides are their names (a match)
    side_cues: frozenset[str]  # words before a match's other side ("على", "أمام", "ضد")
    rivals: frozenset[str]  # words for that other side, its name after them ("ضيفه", "نظيره")
    scores: frozenset[str]  # words that tell a result after a side's name ("بنتيجة", "بهدفين")
    venues: frozenset[str]  # words after a side word that begin a place of play ("ملعب")
    visits: frozenset[str]  # words of a visit or an arrival ("وصل", "زيارة")
    meets: frozenset[str]  # words of a meeting or a summit ("لقاء", "القمة")
    toward: frozenset[str]  # words before a visit's destination ("إلى")
    at: frozenset[str]  # words before a meeting's place ("في")
    summits: frozenset[str]  # words of a summit whose name follows ("القمة")
    blocs: frozenset[str]  # adjectives of groups of countries ("العربية", "الخليجية")
    before: frozenset[str]  # words before an earlier event ("بعد", "عقب"): kinds after them are background
    earlier: frozenset[str]  # those and the past words ("كانت"): before an earlier visit or meeting
    regions: frozenset[str]  # places wider than a country, never a venue ("الشرق الاوسط")
    homonyms: dict[Name, frozenset[str]]  # place forms that are words of these kinds too ("سيول")
    district: dict[str, str]  # a part of a city -> the city it stands for too ("الكرادة": بغداد)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    # Canonical names are normalized too: a cued name ("مدينة جدة") and a listed one must meet.
    places = {alias: normalize(canonical) for alias, (kind, canonical) in cues().gazetteer.items() if kind == "place"}
    cue_words: dict[str, set[str]] = {
        "team": set(),
        "contest": set(),
        "mission": set(),
        "firm": set(),
        "side": set(),
        "rival": set(),
        "score": set(),
        "venue": set(),
        "people": set(),
        "visit": set(),
        "meet": set(),
        "toward": set(),
        "at": set(),
        "summit": set(),
        "bloc": set(),
        "before": set(),
        "past": set(),
    }
    country: dict[str, str] = {}
    district: dict[str, str] = {}
    # Not words of a text: names of event kinds (event_kinds.txt), whole places, one a field, and
    # homonyms (a kind, then place forms that are words of it): their rows' fields.
    listed: dict[str, list[list[str]]] = {"sided": [], "region": [], "homonym": []}
    adjectives: list[tuple[str, str]] = []  # a country's one-word adjectives ("اللبناني"), the country
    for line in load_word_list("ar/event_names.txt"):
        kind, *fields = (p.strip() for p in line.split("|"))
        if kind in listed:
            listed[kind].append(fields)
        elif kind in cue_words:
            cue_words[kind].update(normalize(w) for w in fields[0].split())
        elif kind in ("in", "district"):  # cities of a country, parts of a city: each stands for it
            parent = country if kind == "in" else district
            for part in fields[1:]:
                canonical = places.setdefault(tuple(normalize(part).split()), normalize(part))
                parent[canonical] = normalize(fields[0])
        else:
            for form in fields:
                places.setdefault(tuple(normalize(form).split()), normalize(fields[0]))
            adjectives.extend((w, normalize(fields[0])) for w in map(normalize, fields[1:]) if _is_adjective(w))
    # Its people stand for a country as its adjective does: "اللبنانيون", "اللبنانيين".
    for adjective, canonical in adjectives:
        for ending in cue_words["people"]:
            places.setdefault((adjective + ending,), canonical)
    by_first: dict[str, list[Name]] = {}
    for alias in sorted(places, key=len, reverse=True):
        by_first.setdefault(alias[0], []).append(alias)
    return _Lexicon(
        places,
        {w: tuple(f) for w, f in by_first.items()},
        frozenset(cue_words["team"]),
        country,
        frozenset(cue_words["contest"]),
        frozenset(cue_words["mission"]),
        frozenset(cue_words["firm"]),
        frozenset(w for row in listed["sided"] for f in row for w in f.split()),
        frozenset(cue_words["side"]),
        frozenset(cue_words["rival"]),
        frozenset(cue_words["score"]),
        frozenset(cue_words["venue"]),
        frozenset(cue_words["visit"]),
        frozenset(cue_words["meet"]),
        frozenset(cue_words["toward"]),
        frozenset(cue_words["at"]),
        frozenset(cue_words["summit"]),
        frozenset(cue_words["bloc"]),
        frozenset(cue_words["before"]),
        frozenset(cue_words["before"] | cue_words["past"]),
        frozenset(places.get(tuple(normalize(f).split()), normalize(f)) for row in listed["region"] for f in row),
        _homonyms(listed["homonym"]),
        district,
    )


def _homonyms(rows: Sequence[Sequence[str]]) -> dict[Name, frozenset[str]]:
    """The ``homonym`` rows of event_names.txt (their fields: a kind, then place forms): a place
    form -> the kinds of event whose word it is too."""
    homonyms: dict[Name, set[str]] = {}
    for kind, *forms in rows:
        for form in forms:
            homonyms.setdefault(tuple(normalize(form).split()), set()).add(kind)
    return {form: frozenset(kinds) for form, kinds in homonyms.items()}


def _is_adjective(word: str) -> bool:
    """Is this normalized one-word form of a country its adjective with the article ("اللبناني")?"""
    return " " not in word and word.startswith("ال") and word.endswith("ي")


def place_words(place: str) -> frozenset[str]:
    """The one-word forms that stand for ``place`` (normalized): its names in the gazetteer and the
    adjectives ``resources/ar/event_names.txt`` lists for a country ("كندا": "الكندي", "الكندية")."""
    return _words_by_place().get(normalize(place), frozenset())


@lru_cache(maxsize=1)
def _words_by_place() -> dict[str, frozenset[str]]:
    by_place: dict[str, set[str]] = {}
    for form, canonical in _lexicon().places.items():
        if len(form) == 1:
            by_place.setdefault(canonical, set()).add(form[0])
    return {place: frozenset(words) for place, words in by_place.items()}


def contest_words() -> frozenset[str]:
    """The normalized words after which a place names a competition ("كأس", "بطولة", "أمم": the
    ``contest`` line of ``resources/ar/event_names.txt``)."""
    return _lexicon().contests


def sided_kinds() -> frozenset[str]:
    """Kinds of event (``resources/ar/event_kinds.txt``) whose sides are their names: two match
    reports naming different teams are two matches, however close their words (the ``sided`` row
    of ``resources/ar/event_names.txt``)."""
    return _lexicon().sided


@lru_cache(maxsize=1)
def wide_places() -> frozenset[str]:
    """Listed places that no listed place stands in for: countries, seas, regions (not the cities
    of the ``in`` rows of ``resources/ar/event_names.txt``)."""
    lex = _lexicon()
    return frozenset(set(lex.places.values()) - set(lex.country) - set(lex.district))


@lru_cache(maxsize=1)
def city_places() -> frozenset[str]:
    """Listed cities (and states) that stand for a country (``in`` rows of event_names.txt)."""
    return frozenset(_lexicon().country)


@lru_cache(maxsize=1)
def district_places() -> frozenset[str]:
    """Listed parts of a city that stand for it (``district`` rows of event_names.txt: "الكرادة",
    "مدينة الصدر" stand for Baghdad, and so for Iraq)."""
    return frozenset(_lexicon().district)


@lru_cache(maxsize=1)
def listed_places() -> frozenset[str]:
    """Every listed place: wide_places, city_places and district_places (read once; rules (a),
    (c) and (g) ask for it on every pair of groups)."""
    return wide_places() | city_places() | district_places()


def lead_text(title: str | None, text: str, limit: int = LEAD_CHARS) -> str:
    """The title (when given) and the first sentences of ``text``, about ``limit`` characters; a
    first line that is a run of other articles' headlines is skipped (text.clean.drop_headline_run)."""
    body = _drop_dateline(drop_headline_run(text).strip()[: 2 * limit])
    ends = [m.end() for m in _SENTENCE_END.finditer(body)]
    cut = next((e for e in ends[1:] if e >= limit // 2), None) or (ends[1] if len(ends) > 1 else limit)
    head = f"{title.strip()}\n" if title and not body.startswith(title.strip()) else ""
    return head + body[: min(cut, limit)]


# What the cleaner drops at a paragraph's start that says where an outlet writes from, not where
# the event is (text.clean, resources/ar/junk.tsv).
_DATELINE_REASONS = frozenset({"dateline", "agency-prefix"})


def _drop_dateline(body: str) -> str:
    """``body`` without the dateline its first line opens with, as the cleaner drops it
    (text.clean.judge_line), when that dateline starts with a listed place: "القاهرة - سبوتنيك."
    says where the outlet wrote from, and an outlet of Cairo or Jakarta leads a launch report with
    its own city. A clause the dateline pattern takes for one ("اختتمت القمة الخليجية - الهندية")
    starts with no place and is kept."""
    line, sep, rest = body.partition("\n")
    if sep and _is_masthead(line):
        return rest.lstrip()
    verdict = judge_line(line)
    if not verdict.pieces or not verdict.drops:
        return body
    start, end, reason = verdict.drops[0]
    if start > 0 or reason not in _DATELINE_REASONS or verdict.pieces[0][0] < end:
        return body
    words = [w for _, w, _ in _TOKEN.findall(normalize(line[start:end])) if w]
    places = _lexicon().places
    if not any(tuple(words[:k]) in places for k in (1, 2, 3)):
        return body
    return body[verdict.pieces[0][0] :]


# The bar between a site's name and the rest of its masthead, and the dashes of a dateline.
_MASTHEAD_BAR = "|"
_DASHES = re.compile(r"\s[-–—]\s")
# A masthead is a line of a few words, not a sentence.
_MASTHEAD_WORDS = 14


def _is_masthead(line: str) -> bool:
    """Is this first line a site's masthead: a line of at most _MASTHEAD_WORDS words whose part after a
    bar is a dateline, a listed place and a dash ("أخبار الآن | دبي – الإمارات العربية المتحدة –
    (وكالات)")? The place is where the outlet writes from, for every story it runs (a cup final in
    London, a ferry sinking in Mosul), and the masthead is no part of the story's opening."""
    if _MASTHEAD_BAR not in line or len(line.split()) > _MASTHEAD_WORDS:
        return False
    after = line.split(_MASTHEAD_BAR, 1)[1]
    dash = _DASHES.search(f" {after.strip()} ")
    if dash is None:
        return False
    words = [w for _, w, _ in _TOKEN.findall(normalize(f" {after.strip()} "[: dash.start()])) if w]
    return 0 < len(words) <= 3 and tuple(words) in _lexicon().places


@lru_cache(maxsize=64)
def _opening_parts(title: str | None, text: str) -> tuple[tuple[str, str, str], ...]:
    """The normalized opening's tokens (numbers, words, marks), read once for both its event names
    and its event kinds (asked one after the other for each article)."""
    return tuple(_TOKEN.findall(normalize(lead_text(title, text))))


def event_names(title: str | None, text: str) -> frozenset[str]:
    """The places, people and teams the opening of an article names (canonical or normalized)."""
    parts = _opening_parts(title, text)
    words = [w for _, w, _ in parts if w]
    kind = _kinds().get
    kinds = [kind(w, 0) for w in words]
    lex = _lexicon()
    stop = stopwords()
    homonyms = _homonyms_told(words, kinds, lex)
    names = set(_places(words, kinds, lex, homonyms))
    if any(k & _CUE for k in kinds):
        c = cues()
        for cand in title_candidates(_tokens(parts), stop, c):
            if cand.kind == "person":  # not "أبو" of "أبو محمد": it ties a name, it names no one
                names.update(w for w in cand.name[:2] if len(w) > 2 and w not in c.joiners)
            elif cand.kind == "place":
                names.add(" ".join(cand.name))
    if any(k & _TEAM for k in kinds):
        names.update(_teams(words, kinds, lex, stop))
    if any(k & _FIRM for k in kinds):
        names.update(FIRM_MARK + key for key in _firms(parts, stop))
    if any(k & _SIDED for k in kinds):  # a match report's sides, and where it was played
        if any(k & _SIDE for k in kinds):
            names.update(SIDE_MARK + side for side in _sides(parts, lex, stop))
        names.update(PLAYED_MARK + place for place in _played(words, kinds, lex, homonyms))
    names.update(_where_and_what(parts, kinds, lex))
    return frozenset(sys.intern(n) for n in names)  # a feed repeats a few hundred names: share them


def _where_and_what(parts: Sequence[tuple[str, str, str]], kinds: Sequence[int], lex: _Lexicon) -> Iterable[str]:
    """The opening's venue (VENUE_MARK, see _venue) and summit name (SUMMIT_MARK, _summit_name)."""
    if any(k & (_VISIT | _MEET) for k in kinds):
        venue = _venue(parts, lex)
        if venue:
            yield VENUE_MARK + venue
    if any(k & _SUMMIT for k in kinds):
        summit = _summit_name(parts, lex)
        if summit:
            yield SUMMIT_MARK + summit


def event_kinds(title: str | None, text: str) -> frozenset[str]:
    """The kinds of event (``resources/ar/event_kinds.txt``) the opening of an article names; in the
    report of a sided kind (``sided_kinds``: a match), the sports it names too (``resources/ar/
    sports.txt``), each as SPORT_MARK and the sport: rule (d) alone compares them
    (NameProfile.other_firms), so a football final and a tennis final of one day are two events,
    and a report that names no sport is told apart from none."""
    parts = _opening_parts(title, text)
    words = [w for _, w, _ in parts if w]
    news, background = _kinds_read(parts, _lexicon())
    found = news or background
    if found & sided_kinds():  # a match report: its sport
        found.update(SPORT_MARK + sport for sport in _sports_named(words))
    return frozenset(found)


def _kinds_read(parts: Sequence[tuple[str, str, str]], lex: _Lexicon) -> tuple[set[str], set[str]]:
    """The kinds of event (and of announced decision, DECISION_KINDS) the opening names as its
    news, and those it names only within _BACKGROUND_SPAN words after a word of ``before`` in one
    sentence ("رفعت الحكومة أسعار الوقود بعد ساعات من تعويم العملة" reports a fuel price rise; the
    float is background)."""
    news: set[str] = set()
    background: set[str] = set()
    left = 0
    for _, w, mark in parts:
        if mark in _STOPS:
            left = 0
        if not w:
            continue
        kind = kind_of_word(w) or kind_of_word(w, DECISION_KINDS)
        if kind:
            (background if left > 0 else news).add(kind)
        left -= 1
        if any(f in lex.before for f in proclitic_forms(w)):
            left = _BACKGROUND_SPAN
    return news, background


def _sports_named(words: Sequence[str]) -> set[str]:
    """The sports (``resources/ar/sports.txt``) the normalized ``words`` name: a listed word, or a
    listed pair whose first word may carry proclitics ("لكرة القدم")."""
    table = _sport_forms()
    found = set()
    for k, word in enumerate(words):
        for first in proclitic_forms(word):
            sport = table.get((first,)) or (table.get((first, words[k + 1])) if k + 1 < len(words) else None)
            if sport:
                found.add(sport)
                break
    return found


@lru_cache(maxsize=1)
def _sport_forms() -> dict[tuple[str, ...], str]:
    """Normalized forms of ``resources/ar/sports.txt`` (one word or two) -> their sport."""
    table: dict[tuple[str, ...], str] = {}
    for line in load_word_list("ar/sports.txt"):
        sport, *forms = (p.strip() for p in line.split("|"))
        table.update((tuple(normalize(f).split("_")), sys.intern(sport)) for f in forms)
    return table


def _word_kind(word: str) -> int:
    """What a normalized word may begin: a listed place (_PLACE), a person's title or a place cue
    (_CUE), a team cue (_TEAM); 0 for most words."""
    return _kinds().get(word, 0)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, int]:
    """Every word that, with its proclitics taken off as proclitic_forms takes them, is a place's
    first word, a cue or a team cue, with its kinds: one look-up per word of a lead."""
    lex, c = _lexicon(), cues()
    table: dict[str, int] = {}
    for bit, bases, longer_than in (
        (_PLACE, lex.by_first, 2),
        (_TEAM, lex.team_cues, 2),
        (_FIRM, lex.firm_cues, 2),
        (_SIDE, lex.side_cues | lex.rivals, 2),
        (_SIDED, {w for w, kind in kind_words().items() if kind in lex.sided}, 2),
        (_CUE, c.person | c.place, 3),
        (_VISIT, lex.visits, 2),
        (_MEET, lex.meets, 2),
        (_SUMMIT, lex.summits, 2),
    ):
        for base in bases:
            for word in _proclitic_words(base):
                if base in proclitic_forms(word, longer_than=longer_than):
                    table[word] = table.get(word, 0) | bit
    return table


def _proclitic_words(base: str) -> set[str]:
    """The words proclitic_forms may take ``base`` out of: ``base`` after و or ف, then ب ل ك (or
    لل for its ال); the caller keeps those it really does."""
    inner = {base, *(x + base for x in "بلك")}
    if base.startswith("ال"):
        inner.add("لل" + base[2:])
    return inner | {p + w for p in "وف" for w in inner}


def _tokens(parts: Sequence[tuple[str, str, str]]) -> list[Token]:
    """The actor finder's tokens (extract.figures.tokens) of the normalized lead's ``parts``
    (digits, word, mark), from its first title or place cue on: the finder only reads forward
    from a cue, so what comes before the first one cannot be a name it finds."""
    toks = [
        Token(k, k, d or w or p, d or w or p, "digits" if d else "word" if w else "punct")
        for k, (d, w, p) in enumerate(parts)
    ]
    first = next(k for k, t in enumerate(toks) if t.kind == "word" and _word_kind(t.norm) & _CUE)
    return toks[first:]


def _homonyms_told(words: Sequence[str], kinds: Sequence[int], lex: _Lexicon) -> frozenset[Name]:
    """The homonym place forms (``homonym`` rows of event_names.txt) that this opening uses as words
    of their kind: "أمطار وسيول" in a storm's report are torrents, not Seoul. A form counts so when
    the opening names that kind of event (extract.kinds, any word of the opening)."""
    if not any(w in _homonym_words() for w in words):
        return frozenset()
    named = {kind_of_word(w) for w in words} - {""}
    return frozenset(form for form, of in lex.homonyms.items() if of & named)


@lru_cache(maxsize=1)
def _homonym_words() -> frozenset[str]:
    """The words (with proclitics) that begin a homonym place form: most openings have none."""
    return frozenset(w for form in _lexicon().homonyms for w in _proclitic_words(form[0]))


def _places(
    words: Sequence[str], kinds: Sequence[int], lex: _Lexicon, homonyms: frozenset[Name] = frozenset()
) -> Iterable[str]:
    """Places the words name (longest form first), and the countries their cities stand for; not a
    place that names a competition (after a word of ``contest``: "كأس أمم أفريقيا"), nor the country
    of a diplomatic mission (after a word of ``mission``: "القنصلية الفرنسية في جدة" is in Jeddah)."""
    free = 0  # the first word not inside a place already read
    for k in (k for k, kind in enumerate(kinds) if kind & _PLACE):
        if k < free:
            continue
        # A cup's place ("كأس أمم أفريقيا") names the competition, not where this match was played.
        if k > 0 and any(f in lex.contests for f in proclitic_forms(words[k - 1])):
            continue
        # A mission's country ("القنصلية الفرنسية", "سفارة الولايات المتحدة") is whose it is, not
        # where the event is: the whole place is passed over, so no word of it reads as another.
        sent = k > 0 and any(f in lex.missions for f in proclitic_forms(words[k - 1]))
        for first in proclitic_forms(words[k]):
            form = next((f for f in lex.by_first.get(first, ()) if tuple(words[k + 1 : k + len(f)]) == f[1:]), None)
            if form is not None:
                free = k + len(form)
                if sent or form in homonyms:
                    break
                place = lex.places[form]
                yield place
                if place in lex.district:  # a part of a city stands for the city, and its country
                    place = lex.district[place]
                    yield place
                if place in lex.country:
                    yield lex.country[place]
                break


def _teams(words: Sequence[str], kinds: Sequence[int], lex: _Lexicon, stop: frozenset[str]) -> Iterable[str]:
    """The one or two words after a team cue ("نادي الهلال", "فريق ريال مدريد"), unless a place."""
    for k in range(len(words) - 1):
        if not kinds[k] & _TEAM:
            continue
        name = []
        for nxt in words[k + 1 : k + 3]:
            if nxt in stop or nxt in lex.team_cues:
                break
            name.append(nxt)
        if name and tuple(name[:1]) not in lex.places:
            yield " ".join(name)


def _sides(parts: Sequence[tuple[str, str, str]], lex: _Lexicon, stop: frozenset[str]) -> Iterable[str]:
    """The other sides a match report's opening names: the first word after a side word ("على",
    "أمام", "ضد") or a rival word ("ضيفه", "نظيره", "حساب"), past rival and team words ("على
    مضيفه X", "على منتخب X"), read as its place when a listed place begins there ("مانشستر سيتي":
    Manchester). It counts when a rival or team word came before it, or a score comes after it (a
    figure among the next few tokens, or a word of ``score``), or a country's adjective ("على X
    الألماني"); and only a listed place or a word without the article that begins no place of play
    (``venue``): "على ملعب الاتحاد", "على الرغم" name no side."""
    k = 0
    while k < len(parts):
        word = parts[k][1]
        k += 1
        if not word or not _word_kind(word) & _SIDE:
            continue
        told = any(f in lex.rivals for f in proclitic_forms(word))
        while k < len(parts) and (parts[k][1] in lex.rivals or parts[k][1] in lex.team_cues):
            told, k = True, k + 1
        name = parts[k][1] if k < len(parts) else ""
        if len(name) < 3 or name in stop or name in lex.venues or _word_kind(name) & (_SIDE | _CUE):
            continue
        place = next(
            (f for f in lex.by_first.get(name, ()) if tuple(p[1] for p in parts[k + 1 : k + len(f)]) == f[1:]), None
        )
        if place is None and name.startswith("ال"):
            continue
        after = parts[k + (len(place) if place else 1) :][:_SIDE_SCORE_SPAN]
        # A score or a country's adjective (one of the name's next two words) tells a team.
        next_words = [w for _, w, _ in after[:2] if w]
        if (
            told
            or any(d for d, _, _ in after)
            or any(w in lex.scores for w in next_words)
            or any(lex.places.get((f,)) in wide_places() for w in next_words for f in proclitic_forms(w))
        ):
            yield lex.places[place] if place else name


def _played(
    words: Sequence[str], kinds: Sequence[int], lex: _Lexicon, homonyms: frozenset[Name] = frozenset()
) -> set[str]:
    """The listed places (and their countries) named at most _PLAYED_SPAN words after a word of a
    place of play (``venue``: "على ملعب ويمبلي في العاصمة لندن", "باستاد القاهرة") and nowhere
    else in the opening: where the match was played, not who played it ("منتخب مصر ... على ملعب
    القاهرة" plays for Egypt)."""
    inside = [False] * len(words)
    for k, word in enumerate(words):
        if any(f in lex.venues for f in proclitic_forms(word)):
            inside[k + 1 : k + 1 + _PLAYED_SPAN] = [True] * len(inside[k + 1 : k + 1 + _PLAYED_SPAN])
    if not any(inside):
        return set()
    there = set(_places([w if i else "" for w, i in zip(words, inside, strict=True)], kinds, lex, homonyms))
    elsewhere = set(_places([w if not i else "" for w, i in zip(words, inside, strict=True)], kinds, lex, homonyms))
    return there - elsewhere


def _venue(parts: Sequence[tuple[str, str, str]], lex: _Lexicon) -> str | None:
    """Where the opening's first visit or meeting happens, as the country its place stands for (a
    city's country, see ``in`` rows): the first listed place within _VENUE_SPAN tokens after a visit
    or meeting word (the ``visit`` and ``meet`` rows of event_names.txt), in the same sentence,
    right after the word ("سيزور أوكرانيا", "قمة البحرين"), within _VENUE_GAP words after a toward
    word (a visit: "إلى موسكو") or an at word (a meeting: "في العاصمة كييف", "بالعاصمة"), or carrying the
    proclitic "لـ" (a visit: "زيارة رسمية للصين") or "بـ" (a meeting: "بالرياض"). A country's
    adjective ("وصل الرئيس الصيني ... إلى موسكو") is the visitor's: it is the venue only after a
    place cue and when no other place follows ("إلى العاصمة الروسية"). The first visit or meeting
    of an opening is its event; one told in passing later ("بعد ساعات من وصول X إلى روسيا") is not."""
    for k, (_, word, _) in enumerate(parts):
        bits = _word_kind(word) & (_VISIT | _MEET) if word else 0
        if not bits:
            continue
        visit = bool(bits & _VISIT) and any(f in lex.visits for f in proclitic_forms(word))
        meet = bool(bits & _MEET) and any(f in lex.meets for f in proclitic_forms(word))
        if (visit or meet) and not _told_before(parts, k, lex):
            place = _venue_after(parts, k, visit, lex)
            if place:
                return lex.country.get(place, place)
    return None


def _told_before(parts: Sequence[tuple[str, str, str]], k: int, lex: _Lexicon) -> bool:
    """Is the visit or meeting word at token ``k`` an earlier one, told as background: a word of
    ``before`` or ``past`` ("بعد", "عقب", "كانت") among the _BEFORE_SPAN words before it, in the
    same sentence and with no other visit or meeting word between ("وبعد زيارته لأبو ظبي", "بعد ساعات من وصوله"; not the
    second of "بعد زيارته للأردن توجه إلى العراق")?"""
    seen = 0
    for _, w, mark in reversed(parts[max(0, k - 2 * _BEFORE_SPAN) : k]):
        if mark in _STOPS or seen >= _BEFORE_SPAN:
            return False
        if w:
            seen += 1
            forms = proclitic_forms(w)
            if any(f in lex.earlier for f in forms):
                return True
            if any(f in lex.visits or f in lex.meets for f in forms):  # "بعد زيارته للأردن توجه": the second is news
                return False
    return False


def _venue_after(parts: Sequence[tuple[str, str, str]], k: int, visit: bool, lex: _Lexicon) -> str | None:
    """The venue (see _venue) after the visit (``visit``) or meeting word at token ``k``."""
    armed, fallback = -_VENUE_SPAN, None
    j, seen = k + 1, 0
    proclitic = "ل" if visit else "ب"
    while j < len(parts) and seen < _VENUE_SPAN:
        _, w, mark = parts[j]
        if mark in _STOPS:
            break
        if not w:
            j += 1
            continue
        seen += 1
        if w in (lex.toward if visit else lex.at) or _cue_after(w, proclitic):
            armed = j
        place, prefix = _place_at(parts, j, lex)
        if place is None:
            j += 1
            continue
        if lex.places[place] in lex.regions:  # what a meeting is about, not where it is
            j += len(place)
            continue
        told = j == k + 1 or j - armed <= _VENUE_GAP or proclitic in prefix
        if told and not _is_adjective_form(w[len(prefix) :]):
            return lex.places[place]
        if told and j - armed <= _VENUE_GAP and parts[j - 1][1] in cues().place:  # "إلى العاصمة الروسية"
            fallback = fallback or lex.places[place]
        j += len(place)
    return fallback


def _summit_name(parts: Sequence[tuple[str, str, str]], lex: _Lexicon) -> str | None:
    """The name of the opening's first named summit: the adjectives of countries (the place rows)
    or of blocs (``bloc``) right after a summit word (``summit`` row of event_names.txt), past marks
    and one listed place ("قمة الرياض العربية الصينية"), as their countries or blocs sorted and
    joined by "+" ("الصين+العربي"); None when no summit word is followed by one ("قمة مجموعة
    السبعة", "قمة التعاون")."""
    for k, (_, word, _) in enumerate(parts):
        if not word or not _word_kind(word) & _SUMMIT or not any(f in lex.summits for f in proclitic_forms(word)):
            continue
        found: set[str] = set()
        j, passed_place = k + 1, False
        while j < len(parts):
            _, w, mark = parts[j]
            if mark and mark not in _STOPS:
                j += 1
                continue
            if not w:
                break
            if w in lex.blocs:
                found.add(w[:-1] if w.endswith("ه") else w)
                j += 1
                continue
            place, prefix = _place_at(parts, j, lex)
            if place is not None and not prefix and _is_adjective_form(w):
                found.add(lex.places[place])
                j += len(place)
                continue
            if place is not None and not prefix and not found and not passed_place:
                passed_place = True
                j += len(place)
                continue
            break
        if found:
            return "+".join(sorted(found))
    return None


def _cue_after(word: str, proclitic: str) -> bool:
    """Is ``word`` a place cue carrying ``proclitic`` ("بالعاصمة", "لمدينة"): a toward or at word
    in one?"""
    return word.startswith(proclitic) and any(f in cues().place for f in proclitic_forms(word)[1:])


def _is_adjective_form(word: str) -> bool:
    """A country's adjective with the article, masculine or feminine ("الصيني", "الصينيه")."""
    return _is_adjective(word[:-1] if word.endswith("يه") else word)


def _place_at(parts: Sequence[tuple[str, str, str]], j: int, lex: _Lexicon) -> tuple[Name | None, str]:
    """The listed place form that begins at token ``j`` (longest first) and the proclitics its first
    word carries; (None, "") when none does."""
    word = parts[j][1]
    if not _word_kind(word) & _PLACE:
        return None, ""
    for first in proclitic_forms(word):
        for form in lex.by_first.get(first, ()):
            if tuple(p[1] for p in parts[j + 1 : j + len(form)]) == form[1:]:
                prefix = word[: len(word) - len(first)] if word.endswith(first) else word[:1]
                return form, prefix
    return None, ""


def _firms(parts: Sequence[tuple[str, str, str]], stop: frozenset[str]) -> Iterable[str]:
    """Keys (firm_key) of the companies named after a firm cue ("شركة"): a quoted name, a run of
    Latin words, or one or two Arabic name words (no function word, no word with the article, no
    listed place, no cue)."""
    for k, (_, word, _) in enumerate(parts):
        if not word or not _word_kind(word) & _FIRM:
            continue
        after = list(parts[k + 1 : k + 2 + _FIRM_QUOTED])
        if after and after[0][2] in _OPEN:
            name = list(itertools.takewhile(lambda p: p[2] not in _CLOSE, after[1:]))
            words = [w for _, w, _ in name if w][:_FIRM_QUOTED]
        elif after and after[0][1].isascii() and after[0][1]:
            words = [w for _, w, _ in itertools.takewhile(lambda p: p[1].isascii() and p[1], after)][:_FIRM_LATIN]
        else:
            words = [w for _, w, _ in itertools.takewhile(lambda p: _firm_word(p[1], stop), after)][:_FIRM_WORDS]
        # The first word alone too: "شركة X" is often followed by a noun of the sentence ("شركة X
        # مركبة"), which the whole name's key would carry.
        for key in {firm_key(words[:1]), firm_key(words)}:
            if len(key) >= _FIRM_KEY:
                yield key


def _firm_word(word: str, stop: frozenset[str]) -> bool:
    """May this Arabic word be part of a company's name read after a firm cue?"""
    return bool(word) and not word.isascii() and word not in stop and not word.startswith("ال") and not _word_kind(word)


@dataclass(slots=True)
class NameProfile:
    """The event names of a group's members: how many members give each, and how many give any;
    apart, the companies they name (FIRM_MARK names: rule (d) only) and how many name any, and the
    other sides of a match they name (SIDE_MARK names, without the mark: rule (e) only) and how
    many name any."""

    counts: Counter[str] = field(default_factory=Counter)
    named: int = 0
    firms: Counter[str] = field(default_factory=Counter)
    firm_named: int = 0
    sides: Counter[str] = field(default_factory=Counter)
    side_named: int = 0
    venues: Counter[str] = field(default_factory=Counter)
    venue_named: int = 0
    summits: Counter[str] = field(default_factory=Counter)
    summit_named: int = 0
    played: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, names: frozenset[str]) -> NameProfile:
        """The profile of one article."""
        if not any(n[:1] in _MARKS for n in names):
            return cls(Counter(names), 1 if names else 0)
        firms = [n for n in names if n.startswith(FIRM_MARK)]
        sides = [n[len(SIDE_MARK) :] for n in names if n.startswith(SIDE_MARK)]
        venues = [n[len(VENUE_MARK) :] for n in names if n.startswith(VENUE_MARK)]
        summits = [n[len(SUMMIT_MARK) :] for n in names if n.startswith(SUMMIT_MARK)]
        played = [n[len(PLAYED_MARK) :] for n in names if n.startswith(PLAYED_MARK)]
        rest = [n for n in names if n[:1] not in _MARKS]
        return cls(
            Counter(rest),
            1 if rest else 0,
            Counter(firms),
            1 if firms else 0,
            Counter(sides),
            1 if sides else 0,
            Counter(venues),
            1 if venues else 0,
            Counter(summits),
            1 if summits else 0,
            Counter(played),
        )

    def core(self) -> set[str]:
        """Names at least CORE_SHARE of the naming members give, among the CORE_TOP most given."""
        need = max(1.0, CORE_SHARE * self.named)
        if len(self.counts) > CORE_TOP:
            need = max(need, sorted(self.counts.values(), reverse=True)[CORE_TOP - 1])
        return {n for n, c in self.counts.items() if c >= need}

    def shared(self, other: NameProfile) -> set[str]:
        """Central names both groups give."""
        return self.core() & other.core()

    def only_wide_shared(self, other: NameProfile, shared: set[str] | None = None) -> bool:
        """Rule (c): the groups' ``shared`` central names (see shared) are all countries or wider
        (wide_places), and their cities tell them apart (_apart): a launch from Florida and one
        from Texas share "the United States" and no more, as two summits in Riyadh and Jeddah share
        Saudi Arabia. A country is no event's name on a day of several events in it."""
        shared = self.shared(other) if shared is None else shared
        if not shared or not shared <= wide_places():
            return False
        mine, theirs = (p._central_cities() for p in (self, other))
        return _apart(mine, theirs, self.counts.keys(), other.counts.keys())

    def other_districts(self, other: NameProfile, shared: set[str]) -> bool:
        """Rule (i): the groups' ``shared`` central names are all listed places above a district
        (cities, countries or wider), and the parts of a city they give tell them apart: one
        group's central district (``district`` rows, given by TOP_SUPPORT members or more) is never
        given by the other, which gives a district of its own TOP_SUPPORT times or more that the
        first never gives. Two market bombings of one city, in Karrada and in Sinak, share Baghdad
        and Iraq and nothing else (Sinak named by four reports of nine, the others give the city
        alone). A group that names the city alone (reports that leave the district out) is not
        told apart from either."""
        districts = district_places()
        if not shared or not shared <= listed_places() or shared & districts:
            return False
        return self._own_district(other) or other._own_district(self)

    def _own_district(self, other: NameProfile) -> bool:
        """Rule (i), one way: this group's central districts are never given by ``other``, whose
        own districts (given by TOP_SUPPORT of its members or more) this group never gives."""
        districts = district_places()
        mine = self._supported_core(Counter({n: c for n, c in self.counts.items() if n in districts}), self.named, None)
        theirs = {n for n, c in other.counts.items() if n in districts and c >= TOP_SUPPORT}
        return bool(mine and theirs) and mine.isdisjoint(other.counts.keys()) and theirs.isdisjoint(self.counts.keys())

    def own_place(self, other: NameProfile, shared: set[str]) -> bool:
        """Rule (g): the groups' ``shared`` central names are all countries or wider (wide_places),
        this group's only other central name is a listed place given by TOP_SUPPORT of its members
        or more, and the other group (TOP_SUPPORT naming members or more, at most one central place
        beside the shared ones) never gives it and gives some name this group never gives: the
        Eritrea-Ethiopia signing in Jeddah (Saudi Arabia and Ethiopia in every report) and an Arab
        summit in Jeddah (Syria, Algeria) share Saudi Arabia; explosions in Tianjin and a blast in
        Jiangsu share China. Rule (b) reads only a group's most given names, and there the country
        both give is tied with the place, or ahead of it (Erdogan in Cairo, Egypt in seven reports
        of eight, against Erdogan's election in Turkey); rule (c) needs a city central to each.
        Not told apart so: a group that names the country alone (it says nothing against the
        place), a lone report or two that leave the place out, and a storm or a quake felt in
        several countries (several central places), some of whose reports name only one."""
        if not shared or other.named < TOP_SUPPORT or not shared <= wide_places():
            return False
        places = listed_places()
        own = self.core() - shared
        if len(own) != 1 or len((other.core() - shared) & places) > 1 or other.counts.keys() <= self.counts.keys():
            return False
        (place,) = own
        return place in places and self.counts[place] >= TOP_SUPPORT and place not in other.counts

    def _central_cities(self) -> set[str]:
        """The group's central cities (listed cities of ``in`` rows, city_places), ranked among the
        cities it gives: each given by at least CORE_SHARE of its naming members, among the CORE_TOP
        cities most given, and by TOP_SUPPORT members or more. A city stands for its country, so
        every member that gives the city gives the country too, and an event between two other
        countries (a peace signed in Jeddah by Eritrea and Ethiopia) has three countries given as
        often as its city or more: ranked among all names, the city where it happened is never
        among the two most given."""
        cities = city_places()
        given = Counter({n: c for n, c in self.counts.items() if n in cities})
        return self._supported_core(given, self.named, None)

    def other_firms(self, other: NameProfile) -> bool:
        """Rule (d): the companies the groups name tell them apart (_apart), wherever they were:
        two launches from one state by two firms. Companies never count for rules (a) and (b), so
        a firm both groups name (the maker of two planes that crashed) never joins them. In the
        kinds vote the marked names are match reports' sports (event_kinds): football and tennis."""
        mine, theirs = (p._supported_core(p.firms, p.firm_named, None) for p in (self, other))
        return _apart(mine, theirs, self.firms.keys(), other.firms.keys())

    def other_venues(self, other: NameProfile) -> bool:
        """Rule (f): the places where the groups' events happen (the venue of each member's first
        visit or meeting, as a country: see _venue) tell them apart: one group's central venue,
        given by TOP_SUPPORT members or more, is not the other's, whose members agree on theirs,
        and no member of either gives the other's. Japan's prime minister in Kyiv and China's
        president in Moscow on one day, or China's president in Moscow and Russia's in Beijing a
        year later, name the same countries; where the visit goes tells them apart. The group that
        gives fewer may be a lone article: it names its venue once, but its first visit is its own.
        Summit names are compared the same way (see _summit_name): the Gulf-China and the Arab-China
        summits, held in one city on one day."""
        return _told_apart(self.venues, self.venue_named, other.venues, other.venue_named, TOP_SUPPORT) or _told_apart(
            self.summits, self.summit_named, other.summits, other.summit_named, SUMMIT_SUPPORT
        )

    def venues_differ(self, other: NameProfile) -> bool:
        """Where the groups' events happen differs, whatever their words share: at least
        CORE_SHARE of each group's naming members read a venue, those that do agree on it (its most
        given venue, given by AGREE_SHARE of them; a lone article agrees), the two differ, and one
        group's is given by no member of the other.
        Two reports of one leader's tour, one from its first stop and one from its second, share
        the leader, the tour and most of their words; where each is written from is the event."""
        if not (self._venue_votes() and other._venue_votes()):
            return False
        mine, theirs = _agreed(self.venues, self.venue_named), _agreed(other.venues, other.venue_named)
        if mine is None or theirs is None or mine == theirs:
            return False
        return mine not in other.venues or theirs not in self.venues

    def _venue_votes(self) -> bool:
        """Do at least CORE_SHARE of the group's naming members read a venue? A venue two copies
        of forty read (a past summit told in a later paragraph) is not the group's."""
        return self.venue_named > 0 and self.venue_named >= CORE_SHARE * self.named

    @staticmethod
    def _supported_core(counts: Counter[str], named: int, keep: Callable[[str], bool] | None) -> set[str]:
        """Central names of ``counts`` (over ``named`` members; only those ``keep`` keeps), each
        given by TOP_SUPPORT members or more."""
        core = NameProfile(counts, named).core() if counts else set()
        return {n for n in core if counts[n] >= TOP_SUPPORT and (keep is None or keep(n))}

    def agrees(self) -> bool:
        """True when the group's most given name is given by AGREE_SHARE of its naming members."""
        return self.named > 0 and max(self.counts.values()) >= AGREE_SHARE * self.named

    def conflicts(self, other: NameProfile) -> bool:
        """True when both groups name something, each agrees on its names (see AGREE_SHARE), and
        (a) their central names have none in common, or (b) no member of one group gives the name
        the other gives most, given by TOP_SUPPORT of its members or more: reports of a quake in
        Taiwan that warn Japan of a tsunami are not the story of a quake in Japan; or (c) they
        share only countries, and a city central to each tells them apart (only_wide_shared); or
        (d) the companies central to each tell them apart (other_firms); or (g) they share only
        countries, and one group's one other central place is never given by the other
        (own_place); or (i) they share only places above a district, and the districts each
        gives tell them apart (other_districts). Rule (d) also speaks when
        the places do not vote, if each group's company-naming members agree on theirs
        (firms_agree): reports of two launches of one day lead with the company and name the launch
        site, where the debris fell or their own dateline each as they like."""
        if not self._both_vote(other):
            return self.firms_agree() and other.firms_agree() and self.other_firms(other)
        shared = self.shared(other)
        return (
            not shared
            or self._unnamed_top(other)
            or other._unnamed_top(self)
            or self.only_wide_shared(other, shared)
            or self.own_place(other, shared)
            or other.own_place(self, shared)
            or self.other_firms(other)
            or self.other_venues(other)
            or self.other_districts(other, shared)
        )

    def strangers(self, other: NameProfile) -> bool:
        """Rule (h): both groups agree on their names, each has TOP_SUPPORT naming members or more,
        their central names are all listed places (countries, regions, cities) with none in common,
        and no member of either gives a central name of the other: each group's reports never name
        the other's place at all. Two central banks' rate rises of one day (Egypt's and the euro
        area's) share the kind's vocabulary ("سعر الفائدة", "نقطة أساس", "التضخم"), which a small
        feed makes rare and heavy, and nothing else: their reports never name each other's
        country. Grouping holds this veto up to twice ``names_link`` (STRANGERS_LINK_FACTOR)."""
        if not self._both_vote(other) or min(self.named, other.named) < TOP_SUPPORT:
            return False
        mine, theirs = self.core(), other.core()
        if not mine or not theirs or not (mine | theirs) <= listed_places():
            return False
        return mine.isdisjoint(other.counts.keys()) and theirs.isdisjoint(self.counts.keys())

    def firms_agree(self) -> bool:
        """True when the group's most given company (or sport, in the kinds vote) is given by
        AGREE_SHARE of the members that name one."""
        return self.firm_named > 0 and max(self.firms.values()) >= AGREE_SHARE * self.firm_named

    def other_sides(self, other: NameProfile) -> bool:
        """Rule (e), for reports of a sided kind (a match: its two teams): each group has a central
        side (given by TOP_SUPPORT members or more) that is not central to the other, and one
        group's is given by no member of the other (_apart): Saudi Arabia against Argentina, and a
        week later against Mexico, share one side, not the match; so do a club's two matches a
        year apart. A side is a listed place, country or city (clubs bear their cities' names:
        "مانشستر سيتي"), or a name read as the other side (SIDE_MARK names: "على ضيفه X", "على X
        بهدفين"); not a player, whom half of one match's outlets may name; nor where the match was
        played (PLAYED_MARK: "على ملعب ويمبلي في لندن"), which two matches of one host city share:
        a place most of a group's members name only so is no side of it, and a place the other
        group names only so does not count as given by it."""
        if not self._both_vote(other):
            return False
        mine, theirs = (p._central_sides() - q._central_names() for p, q in ((self, other), (other, self)))
        return _apart(mine, theirs, self._side_given(), other._side_given())

    def _side_given(self) -> set[str]:
        """The names and other sides the group's members give, but the places they give only as
        where a match was played."""
        return {n for n, c in self.counts.items() if self.played[n] < c} | self.sides.keys()

    def _central_sides(self) -> set[str]:
        """The group's central places (countries and cities) and other sides, each given by
        TOP_SUPPORT members or more."""
        places = listed_places()

        def side(name: str) -> bool:  # a listed place that most of its members name as no place of play
            return name in places and 2 * self.played[name] < self.counts[name]

        return self._supported_core(self.counts, self.named, side) | self._supported_core(
            self.sides, self.side_named, None
        )

    def _central_names(self) -> set[str]:
        """The group's central names and central other sides (see core)."""
        return self.core() | (NameProfile(self.sides, self.side_named).core() if self.sides else set())

    def disjoint(self, other: NameProfile) -> bool:
        """Rule (a) alone: both groups name something, agree on it, and share no central name (two
        match reports whose teams differ; see sided_kinds), names of one sort (_comparable): a
        group whose central names are all places (where the final was played: "لندن", "بريطانيا")
        and one whose central names are all other names (a club read after "فريق", its city never
        written: "فريق أرسنال") may be one match, each told by its own cue."""
        return self._both_vote(other) and not self.shared(other) and _comparable(self.core(), other.core())

    def _both_vote(self, other: NameProfile) -> bool:
        """Do both groups name something and agree on it (AGREE_SHARE)? Only then do names vote."""
        return bool(self.named and other.named) and self.agrees() and other.agrees()

    def _unnamed_top(self, other: NameProfile) -> bool:
        """Rule (b): this group's most given name, given by TOP_SUPPORT members, is not ``other``'s."""
        return max(self.counts.values()) >= TOP_SUPPORT and not (self.top() & other.counts.keys())

    def top(self) -> set[str]:
        """The names most members give (ties included)."""
        most = max(self.counts.values(), default=0)
        return {n for n, c in self.counts.items() if c == most}

    def absorb(self, other: NameProfile) -> None:
        """Add another group's members."""
        self.counts.update(other.counts)
        self.named += other.named
        if other.firm_named:
            self.firms.update(other.firms)
            self.firm_named += other.firm_named
        if other.side_named:
            self.sides.update(other.sides)
            self.side_named += other.side_named
        if other.venue_named:
            self.venues.update(other.venues)
            self.venue_named += other.venue_named
        self.played.update(other.played)
        if other.summit_named:
            self.summits.update(other.summits)
            self.summit_named += other.summit_named


def _comparable(mine: set[str], theirs: set[str]) -> bool:
    """Do two groups' central names include names of one sort, listed places (countries, cities:
    wide_places, city_places) in both or other names (teams, people) in both? Places are read from
    a list wherever they are written; a club's name only after a team cue, which most reports of a
    match leave out ("توج أرسنال"). So a group that names only a club and one that names only
    places have read different things, not different events, and rule (a) does not compare them."""
    places = listed_places()
    return bool({n in places for n in mine} & {n in places for n in theirs})


def _apart(mine: set[str], theirs: set[str], given_by_me: Iterable[str], given_by_them: Iterable[str]) -> bool:
    """Two groups' cities or companies (central, given by TOP_SUPPORT members) tell them apart: each has
    some, none in common, and one group's are given by no member of the other."""
    if not mine or not theirs or mine & theirs:
        return False
    return mine.isdisjoint(given_by_them) or theirs.isdisjoint(given_by_me)


def _agreed(counts: Counter[str], named: int) -> str | None:
    """The name most of ``named`` members give, when at least AGREE_SHARE of them give it (the
    first on ties); None when they disagree."""
    name, most = counts.most_common(1)[0]
    return name if most >= AGREE_SHARE * named else None


def _told_apart(mine: Counter[str], my_named: int, theirs: Counter[str], their_named: int, support: int) -> bool:
    """Rule (f) over one kind of marked name (venues, summit names): the names central to each
    group (see NameProfile.core) differ, one side's given by ``support`` members or more, and the
    names central to one group are given by no member of the other."""
    a = NameProfile(mine, my_named).core() if mine else set()
    b = NameProfile(theirs, their_named).core() if theirs else set()
    if not a or not b or a & b:
        return False
    if not any(mine[v] >= support for v in a) and not any(theirs[v] >= support for v in b):
        return False
    return a.isdisjoint(theirs.keys()) or b.isdisjoint(mine.keys())
