"""What changed in a story: new sentences since an earlier summary version, figures over time."""

from __future__ import annotations

import math
import re
import time
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Any

from khulasa.config import CompareSettings
from khulasa.extract.claims import (
    Claims,
    claims_of,
    figures_of,
    restates,
    rounded,
    same_figure,
    same_quantity,
    without_scores,
)
from khulasa.extract.figures import (
    TOLL_ROLES,
    Figure,
    Token,
    carried,
    clock_times,
    counted_noun,
    extract_figures,
    figure_scopes,
    json_number,
    lexicon,
    month_named_at,
    one_word_goals,
    opens_with_result,
    parse_digits,
    read_number,
    scores_in_one_word,
    shares_match,
    times_of_day,
    tokens,
    toll_roles,
    toll_words,
)
from khulasa.extract.gazetteer import title_words
from khulasa.extract.goals import (
    SCORER_KEY_MIN,
    Goal,
    goals_told,
    minute_goals,
    same_goal,
    same_name,
    scorer_key,
    scorer_keys,
    scorers,
)
from khulasa.extract.other_names import named_twice as _named_twice
from khulasa.extract.other_names import one_name
from khulasa.extract.records import RECORD_REACH, is_record_word, is_since_word
from khulasa.extract.spelling import one_sound
from khulasa.link.clauses import (
    COMPLEMENTIZERS,
    FRAME_WEIGHT,
    Clause,
    clause_pieces,
    clause_similarity,
    content_keys,
    is_lead_in,
    linking_context,
    opens_clause,
    split_clause_spans,
    split_clauses,
)
from khulasa.link.keys import WordKeys, derived_imperfects, synonym_keys
from khulasa.resources import load_word_list
from khulasa.stories.events import place_words, wide_places
from khulasa.text.clean import is_attribution_word
from khulasa.text.normalize import Analyzer, idf_weights, normalize, proclitic_forms, pronoun_suffixes, stopwords
from khulasa.text.published import parse_published
from khulasa.text.segment import split_sentences
from khulasa.text.trim import leading_marker
from khulasa.types import Document

__all__ = ["Changes", "figure_timeline", "new_sentences", "trend", "what_is_new"]

# A sentence is stated by an earlier summary holding this share of its words (idf-weighted; names,
# titles and dates weigh less, as in clause linking): the same statement, reworded or reordered.
# Half of it for a fact the earlier version's articles carried.
CONTAINED = 0.5
# Words of its own (beyond names and its figures' words) a clause telling a match's result the
# earlier summary gave may hold and still be that result told again: how it names a side ("خصمه").
RESULT_OWN_WORDS = 1
# A number at least this large (or with decimals) seldom stands in two sentences of a story by chance.
DISTINCT = 10
# A number this large that the figure reader took in two units, one a plain count ("من أصل 193 لصالح"
# beside "193 دولة"), is one number wherever version V wrote it, not only in a sentence about the same
# thing (:meth:`_Known._figures_known`; forty-first pass): three digits seldom stand for two things.
RESPELLED_ANYWHERE = 100
# Places named together that anchor a sentence to an earlier one (a town and its province).
PLACES = 2
# Figures that say when: a sentence giving a weekday or date the earlier summary did not is not new for it.
DATES = frozenset({"date", "weekday", "year"})
# Of those, the ones a summary leaves out of what it states: a day and month (with or without its
# year) and a weekday say when the event happened; a year on its own ("عام 2019", "بعد 1992 و2015")
# tells of another time (an earlier title, an earlier quake), a fact the reader may not know.
WHEN = DATES - {"year"}
# Figures that make a sentence news wherever in it they stand (beside a changed value of a quantity
# the earlier summary gave): a count of people (a toll, the injured, those on board) and a year on
# its own (another time: an earlier title, an earlier quake). Other figures the earlier summary did
# not give, in a clause after a known main statement (a crowd, earlier trips), are an added detail.
NEWS_FIGURES = frozenset({"people", "year"})
# A year written bare within this many words after a competition's word ("كأس العالم 2022", "كأس
# أمم أفريقيا 2019") names the competition's edition, as its place does: no other time.
EDITION_WORDS = 3
# A figure this many of the story's outlets report is a figure of the story: in a later clause it
# is news, not an added detail (one outlet's figure, a crowd or earlier trips, stays a detail).
REPORTED = 2
# A sentence new only for figures one outlet gives is that outlet's colour (:meth:`_Known.colour`)
# in a story of this many outlets or more: in a story of fewer (its first hours), one outlet's word
# is much of it, and a development is often told by one outlet first.
COLOUR_OUTLETS = 4
# The words a clause adds to the earlier summary's (``_Known._carrying``) that one clause of another
# outlet's article must hold, all of them, to carry it in other words (thirty-first pass).
CARRIED_WORDS = 2
# Cardinals written in words from this one up are numbers to give, as digits are ("مقتل عشرة على
# الأقل"); "one" and "two" also stand in set phrases ("في آن واحد", "أحد الطرفين").
CARDINAL_FROM = 3
# A word in Arabic letters and one in Latin letters with this many consonants or more in common,
# and no other, are one name in two scripts ("غلين", "Glenn"): fewer ("بلو", "Blue") tell too little.
TRANSLITERATED = 3
# A word with the article is that word bare from this many letters on ("الوفيات", "وفيات"); shorter
# ones are left to the shared keys ("السد", "سد": :class:`khulasa.link.keys.WordKeys`).
BARE = 3
# The act a clause opens with (:meth:`_Known._opening`) is among its first this many words.
OPENING = 2

# A sentence every one of whose words (at least this many) version V's summary holds is known
# (:meth:`_Known._every_word_held`): a short one ("فلان مرشح") says too little to tell apart.
WHOLE = 5
# A scorer's name a goal told one minute off must share (:meth:`_Known._another_clock`): a word
# of this many letters or more (not "هدف", a goal).
SCORER = 4
# Ordinals written in words from this one up are numbers a reader reads ("a third term", "the
# fifth country"); "first" and "second" also name halves, rounds and legs of any match or vote.
ORDINAL_FROM = 3
# A sentence this much of whose content (its distinct content words by their keys beyond names,
# who said it and numbers, each weighing its idf in the story) one sentence of version V's summary
# holds, all but at most ``COVER_LEFT`` of its words and ``CLAUSE_COVERED`` of each of its clauses,
# is that sentence told again (:meth:`_Known._covered`: the coverage the summarizer's support
# groups link wordings by, ``support_cover``) when it gives nothing version V lacked: a figure, a
# number, a person, a place, a venue, a record, a clause of its own (forty-eighth pass). At least
# ``COVER_TERMS`` words.
COVERED = 0.4
COVER_LEFT = 4
CLAUSE_COVERED = 0.25
COVER_TERMS = 3


def new_sentences(
    summary: Mapping[str, Any], earlier: Mapping[str, Any] | None, documents: Sequence[Document] = ()
) -> list[int]:
    """Indices of the sentences of ``summary`` that tell a reader of the ``earlier`` summary something
    the earlier summary did not state (the update task of TAC 2008: what does that reader not know yet).

    A sentence is known when the earlier summary states its fact, in any wording. What it gives must all
    have been given: every figure with the same value, or one that follows from a value given ("more
    than 50" after "300"), or the same value rounded, or a value the earlier summary showed in a ⚠ note;
    a figure that is the same written number as one of an earlier sentence about the same thing ("13
    كم", "13 كيلومترا"); every other number it writes (a score, a minute; a score the earlier summary
    wrote in words, "بهدف دون رد" for "1-0"; a number it wrote in words, "أربعة" for "4"; in a
    match, a score in one word, "بثلاثية نظيفة", given as a score), in digits
    or in words from ``CARDINAL_FROM`` up ("مقتل عشرة على الأقل"); every person
    it names (a close transliteration counts); every toll it tells of in words (the dead, the
    injured: ``resources/ar/toll_words.txt``); every year it gives on its own ("عام 2019"); every
    ordinal from ``ORDINAL_FROM`` up ("ولاية ثالثة"); every place version V named, named where
    version V told the same thing (a linked sentence, which may tell of it by its adjective,
    "البريطاني"; places joined by و each where version V told the same act of it apart). Dates,
    weekdays and times of day (:func:`_unclocked`) are left out, and the year of a competition's edition version V named
    ("كأس العالم 2022": :func:`_editions`). And the statement must be there: it is one of the
    passages an earlier sentence was made from or grouped with (the summarizer's fact groups), or
    it tells the quantities of an earlier sentence and shares its words
    (:func:`khulasa.extract.claims.restates`), or it is the passage a ⚠ note of an earlier sentence
    set against it (another outlet's telling, with the values the note showed), its other clauses
    known too (who said it aside) in either case, or
    each of its clauses links to a clause of the earlier summary's sentences (compare's clause linking,
    :mod:`khulasa.link.clauses`), or those sentences hold ``CONTAINED`` of its words and of each
    clause not linked, or one of its sentences holds ``COVERED`` of the sentence's content, all but
    ``COVER_LEFT`` words, and a share of each clause (:meth:`_Known._covered`, the summarizer's
    coverage between wordings; forty-eighth pass), no listed place being one it never named.
    For a fact the earlier version's articles carried, or a sentence whose numbers
    all stand in one earlier sentence (one of them ``DISTINCT`` or more and not a year on its own),
    one linked clause or half that share is enough (for a carried fact, in the sentence's own
    words); when the places it names (``PLACES`` or more) all stand in one
    earlier sentence, one shared content word beyond names is enough there. Words are compared by their
    key: a verb with or without its imperfect prefix, a synonym group's words (:meth:`_Known._key`). The
    other passages of the sentence's fact group are tried too. ``documents``: the story's articles, for
    the weights of words in clause linking and the text of those passages (without them the summaries'
    own sentences are used). With no ``earlier`` summary every sentence is new. docs/desk.md, "What is
    new", says why.
    """
    sentences = list(summary.get("sentences", []))
    if earlier is None:
        return list(range(len(sentences)))
    old = list(earlier.get("sentences", []))
    if not old:
        return list(range(len(sentences)))
    known = _Known(old, sentences, documents, earlier.get("documents", []))
    return known.not_stated(sentences)


@dataclass(frozen=True)
class Changes:
    """What a summary tells a reader of an earlier version: ``new``, the sentences whose main
    statement (or a figure) is news; ``details``, the sentences whose main statement the reader knows
    but that add a detail, each with the character spans of the clauses that add it."""

    new: list[int] = field(default_factory=list)
    details: list[tuple[int, list[tuple[int, int]]]] = field(default_factory=list)
    # Why each new sentence is new: (sentence, kind, what), :meth:`_Known.why` (an explanation: not
    # compared).
    why: list[tuple[int, str, str]] = field(default_factory=list, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """``{"new": [i, ...], "details": [{"sentence": i, "spans": [[start, end], ...]}, ...],
        "why": [{"sentence": i, "kind": "figure", "text": "95 قتيلا"}, ...]}``."""
        return {
            "new": list(self.new),
            "details": [{"sentence": i, "spans": [[a, b] for a, b in spans]} for i, spans in self.details],
            "why": [{"sentence": i, "kind": kind, "text": what} for i, kind, what in self.why],
        }


def what_is_new(
    summary: Mapping[str, Any], earlier: Mapping[str, Any] | None, documents: Sequence[Document] = ()
) -> Changes:
    """The sentences :func:`new_sentences` finds, told apart: **new** when the sentence's main
    statement (its first clause, as :func:`khulasa.link.clauses.split_clauses` finds it, cut
    before a subordinate clause or an addition: ``resources/ar/subordinators.txt``; with the next
    clause when the first is who said it or a phrase of time, ``resources/ar/time_frames.txt``) is
    not known, or one of its figures is a changed value of a quantity the earlier summary gave (a
    toll that rose) or a figure of ``NEWS_FIGURES`` it did not give, or an unknown later clause
    gives a figure of the story (one ``REPORTED`` or more of ``documents``' outlets report), or it
    names a person the earlier summary did not, or a listed place or a venue (the word after a head
    of ``resources/ar/venue_heads.txt``: forty-seventh pass) it did not that two or more of the
    story's outlets name, or a later clause tells a record ("أول ...") when the earlier summary told
    none (forty-fourth pass; in any clause when a record word ranks the word after it: forty-seventh
    pass); else an **added detail**: the main statement is
    known and later clauses are not (their spans are given), or the sentence is new only for figures
    one outlet of the story gives, as is all else it adds (:meth:`_Known.colour`: the clauses the
    earlier summary did not state are given). docs/desk.md says why."""
    sentences = list(summary.get("sentences", []))
    old = list((earlier or {}).get("sentences", []))
    if not old:
        return Changes(new=list(range(len(sentences))))
    known = _Known(old, sentences, documents, (earlier or {}).get("documents", []))
    out = Changes()
    unknown = set(known.not_stated(sentences))
    for i, s in enumerate(sentences):
        if i not in unknown:
            continue
        spans = known.added(s["text"]) or known.colour(s["text"])
        if spans:
            out.details.append((i, spans))
        else:
            out.new.append(i)
            out.why.append((i, *known.why(s["text"])))
    return out


def _spans(sentence: Mapping[str, Any]) -> set[tuple[str, int, int]]:
    return {(p["doc"], p["start"], p["end"]) for key in ("sources", "paraphrases") for p in sentence.get(key, [])}


# Dimensions one count may be read in: people counted by a noun the figure reader knows as people
# ("مواطن") and by one it reads as a counted thing ("هندي").
_COUNTS_OF_PEOPLE = frozenset({"people", "count"})


def _one_dimension(a: Figure, b: Figure) -> bool:
    """Whether ``a`` and ``b`` measure in one dimension, a count of people and a count read apart."""
    return a.dimension == b.dimension or {a.dimension, b.dimension} <= _COUNTS_OF_PEOPLE


class _Known:
    """What the earlier summary states: its passages, clauses, figures, numbers and names."""

    def __init__(
        self,
        old: Sequence[Mapping[str, Any]],
        current: Sequence[Mapping[str, Any]],
        documents: Sequence[Document],
        earlier_documents: Sequence[Mapping[str, Any]] = (),
    ) -> None:
        self.settings = CompareSettings()
        # The times of day it gave, in any writing ("05:34", "0534 بتوقيت جرينتش": :func:`times_of_day`),
        # read before they are left out of its text: a time the figure reader reads in a later
        # sentence is compared as a time (a quake's time is a fact of the story).
        self.times = frozenset().union(*(times_of_day(s["text"]) for s in old))
        # Times of day left out, as dates are: they say when (:func:`_unclocked`).
        # The places and groups it and the story name by two names (:func:`_one_name`).
        self.named_twice = _named_twice([s["text"] for s in (*old, *current)] + [d.text for d in documents])
        old = [{**s, "text": self._plain(s["text"])} for s in old]
        self.texts = {d.id: d.text for d in documents}
        self.documents = list(documents)
        self.analyzer = Analyzer(stem=self.settings.stem)
        self.names, self.vocab, idf = self._context(documents)
        if not documents:
            texts = [s["text"] for s in old] + [s["text"] for s in current]
            idf = idf_weights(content_keys(t, self.analyzer) for t in texts)
        # Every word the story and both summaries write, normalized (read once for the three below).
        texts = [d.text for d in documents] + [s["text"] for s in (*old, *current)]
        words = frozenset(t.norm for text in texts for t in tokens(text) if t.kind == "word")
        # Words that join or frame a sentence without saying any of it (``function_words.txt``):
        # left out of every word the desk compares, but a key the story also writes as another
        # word (:meth:`_clashing`: "لصالح", in favour of, and the name "صالح").
        function_words = [w for line in _lines("ar/function_words.txt") for w in line.split()]
        # So are the light verbs the summarizer's retelling test leaves out (``light_verbs.txt``,
        # :func:`khulasa.link.retold.light_verbs`: "تم", "لقي", "جرى", "أسفر"), also behind و: they
        # carry no happening of their own ("لقي 18 شخصا مصرعهم" tells "مقتل 18 شخصا" again).
        function_words += [f"{p}{w}" for w in _lines("ar/light_verbs.txt") for p in ("", "و")]
        self.function_terms = frozenset().union(
            *(content_keys(w, self.analyzer, self.vocab) for w in function_words)
        ) - self._clashing(function_words, words)
        # Words compared by their key (:meth:`_key`): one verb with or without its imperfect
        # prefix, the words of one synonym group. A key weighs as its most frequent form.
        self.story_keys = frozenset(idf)
        self.kinds = _story_kinds(documents, old)
        synonyms = synonym_keys(lambda f: content_keys(f, self.analyzer, self.vocab), self.kinds)
        aliases = {
            **self._spelled_alike(words),
            **self._respelled_names(old, current),
            **self._compounds_apart(words),
            **self._bare_forms(words, synonyms),
            **derived_imperfects(self.story_keys, self.names, synonyms, nouns=True),
            **synonyms,
        }
        self.word_keys = WordKeys(self.story_keys, self.names, aliases)
        self.idf: dict[str, float] = {}
        for term, weight in sorted(idf.items()):
            key = self._key(term)
            self.idf[key] = min(weight, self.idf.get(key, weight))
        self.keyed_names = self._keys(self.names)
        self.spans = set().union(*(_spans(s) for s in old))
        # The passages its ⚠ notes set against its sentences: another outlet's telling of that
        # sentence's fact, with the values the note showed.
        self.noted = {
            (x["passage"]["doc"], x["passage"]["start"], x["passage"]["end"])
            for s in old
            for x in s.get("disputes", [])
            if "passage" in x
        }
        self.earlier_docs = {d["id"] for d in earlier_documents}
        # Its sentences joined by spaces, as written: the text its claims are read in, and the
        # figures' starts below count in (``old_text`` is its words normalized).
        self.old_joined = " ".join(s["text"] for s in old)
        self.claims = claims_of(self.old_joined)
        # What its figures are told of beyond their unit (a province's count), by their start in
        # that text, each sentence read on its own as the ⚠ notes read it (:meth:`_changed`).
        self.scopes = _joined_scopes([s["text"] for s in old])
        # The role of a toll a count of persons of it holds by its sentence's words alone (by the
        # figure's start): "إن عدد الوفيات جراء سيول … ارتفع إلى 303 أشخاص" counts the dead, though
        # the figure reader, its head too far, read persons (:func:`_tolled_persons`).
        self.tolled = _tolled_persons([s["text"] for s in old], self.claims)
        # Where it gave a person's age (:func:`_ages`), by the figure's start.
        self.aged = _ages(self.old_joined, self.claims.figures)
        # Its words, normalized, and the competitions it named with a year (their edition).
        self.old_text = " ".join(t.norm for s in old for t in tokens(s["text"]) if t.kind == "word")
        # Its words as a scorer's name is read (:func:`khulasa.extract.goals.scorers`: forms without
        # a proclitic, and their consonants, :func:`khulasa.extract.goals.scorer_keys`).
        self.old_forms = frozenset(f for w in self.old_text.split() for f in proclitic_forms(w))
        self.old_scorer_keys = scorer_keys(frozenset(f for f in self.old_forms if len(f) >= 4))
        self.editions = {name: year for s in old for (_, year), name in _editions(s["text"]).items()}
        # The other outlets' values the earlier summary showed beside its figures (its ⚠ notes).
        self.flagged = [g for s in old for x in s.get("disputes", []) for g in figures_of(x["figure"])]
        # Each earlier sentence's clauses (of all its wordings: the passages it was made from or
        # grouped with) and the claims of those wordings: where it said a thing happened.
        self.told = [
            ([c for t in self._wordings(s) for c in self._clauses(t)], claims_of(" ".join(self._wordings(s))))
            for s in old
        ]
        # What version V stated is what its reader read: its own sentences' clauses and words. The
        # passages they were made from hold more than was printed (a video on X where the sentence
        # says "a speech"), which the reader never saw (twenty-second pass).
        self.clauses = [c for s in old for c in self._clauses(s["text"])]
        # Each earlier sentence's words run together with the next, split back (:meth:`_unglued`).
        self.unglued = [self._unglued(" ".join(self._wordings(s))) for s in old]
        # Each of its sentences' clauses: the act it opens with (:meth:`_opening`) and its words.
        self.opened = [
            [(self._opening(s["text"][a:b]), self._keyed(c).terms) for c, (a, b) in self._clause_spans(s["text"])]
            for s in old
        ]
        # Each of its sentences' words by their keys, as printed (:meth:`_covered`).
        self.printed_terms = [self._keys(content_keys(s["text"], self.analyzer, self.vocab)) for s in old]
        self.terms = frozenset().union(*self.printed_terms)
        # Each earlier sentence: its claims, its content words beyond names, the numbers it writes.
        self.sentences = [(claims_of(s["text"]), self._content(s["text"]), _numerals(s["text"])) for s in old]
        # The numbers each earlier sentence writes where the figure reader read no figure ("في
        # الدقيقة (42)"): its reader saw that number, of what the sentence tells.
        self.bare = [_numerals(s["text"], c.figures) for s, (c, _, _) in zip(old, self.sentences, strict=True)]
        # The numbers it wrote, in digits or in words ("أربعة من أفراد الطاقم", later "4 من أفراد الطاقم").
        # In a match, also goals in one word ("بثلاثية نظيفة": :meth:`_multiples`).
        self.numerals = frozenset().union(
            *(n for _, _, n in self.sentences),
            *(_cardinals(s["text"]) | self._multiples(s["text"]) | self._dual_parts(s["text"]) for s in old),
        )
        # The goals it told by their minutes: (minute, goal), for a minute told one off (:meth:`_another_clock`).
        self.goal_minutes = [
            (minutes[start], goal)
            for s in old
            for minutes in [
                {f.start: f.amount for f in figures_of(s["text"]) if f.dimension == "mark" and f.unit == "minute"}
            ]
            for start, goal in minute_goals(s["text"])
            if start in minutes
        ]
        # The directions it gave from a place ("جنوب غرب مراكش": :func:`_directions`).
        self.directions = frozenset().union(
            *(_directions(s["text"], c) for s, (c, _, _) in zip(old, self.sentences, strict=True))
        )
        # The ordinals it wrote ("ولاية ثالثة": a third term), from ``ORDINAL_FROM`` up.
        self.ordinals = frozenset().union(*(_ordinals(s["text"]) for s in old))
        # The scores it gave, either side first, in figures or in one word ("بثلاثية نظيفة": 3-0).
        given = [g.amount for g in self.claims.figures if g.dimension == "score"]
        given += [v for s in old for v in scores_in_one_word(s["text"])]
        self.scores = frozenset(v for a in given for v in (a, (a % 100) * 100 + a // 100))
        # The words of a toll (its cues and the heads of a count, ``resources/ar/people_roles.txt``),
        # by their keys: what a toll's update says beside its value (:meth:`_toll_retold`).
        self.toll_terms = self._keys(
            frozenset().union(
                *(content_keys(form, self.analyzer, self.vocab) for w in toll_words() for form in (w, f"ال{w}"))
            )
        )
        # The tolls it told of (``resources/ar/toll_words.txt``: the dead, the injured), by their keys.
        self.tolls = [
            k
            for line in _lines("ar/toll_words.txt")
            if (k := self._keys(content_keys(line, self.analyzer, self.vocab)))
        ]

    def _plain(self, text: str) -> str:
        """``text`` as the desk compares it: its times of day blanked (:func:`_unclocked`), a place or
        group the story names by two names written as one (:func:`_one_name`), its colour blanked
        and a thousands separator between words read as the comma it stands for (:func:`_uncoloured`)."""
        return _uncoloured(_one_name(_unclocked(text), self.named_twice))

    def _clashing(self, function_words: Sequence[str], words: frozenset[str]) -> frozenset[str]:
        """The keys of ``function_words`` that the story also writes (``words``, normalized) as a
        word none of them is: the stemmer cuts "لصالح" (in favour of) to the key of the name
        "صالح", which a story writes bare."""
        mine = words - {normalize(w) for w in function_words}
        keys = frozenset().union(*(content_keys(w, self.analyzer, self.vocab) for w in function_words))
        return frozenset(k for w in sorted(mine) for k in content_keys(w, self.analyzer, self.vocab) if k in keys)

    def _spelled_alike(self, words: frozenset[str]) -> dict[str, str]:
        """Each word the story writes in Arabic letters -> a word it writes in Latin letters with the
        same consonants (:func:`khulasa.stories.events.firm_key`, ``resources/ar/name_letters.txt``),
        ``TRANSLITERATED`` or more of them: one name in two scripts ("غلين", "Glenn"; "أوريغين",
        "Origin"), their terms one word."""
        from khulasa.stories.events import firm_key

        latin = {firm_key([w]): w for w in sorted(words) if w.isascii() and w.isalpha()}
        out: dict[str, str] = {}
        for word in sorted(words - set(latin.values())):
            key = firm_key([word])
            if len(key) >= TRANSLITERATED and key in latin:
                mine, theirs = (content_keys(w, self.analyzer, self.vocab) for w in (word, latin[key]))
                out.update((m, min(theirs)) for m in mine if theirs)
        return out

    def _respelled_names(
        self, old: Sequence[Mapping[str, Any]], current: Sequence[Mapping[str, Any]]
    ) -> dict[str, str]:
        """Each word of the current summary that version V's summary wrote in another spelling ->
        that spelling: a word of ``RESPELLED`` letters or more, with the same consonants as one of
        version V's (:func:`khulasa.extract.goals.scorer_key`: one sound written with another
        letter, long vowels written or left out: "غوتيريس"/"جوتيريس", "ويليامز"/"وليامز"), the two
        standing beside the same word (a given name, a surname: "أنطونيو"), their terms one word.
        Read as two, the other spelling is a rare word version V never wrote, which weighs much
        against the statement (forty-second pass)."""
        theirs, mine = _neighbours(s["text"] for s in old), _neighbours(s["text"] for s in current)
        spelled: dict[str, list[str]] = {}
        for word in sorted(theirs):
            spelled.setdefault(scorer_key(word), []).append(word)
        out: dict[str, str] = {}
        for word in sorted(set(mine) - set(theirs)):
            key = scorer_key(word)
            for other in spelled.get(key, []) if len(key) >= SCORER_KEY_MIN else []:
                a, b = (content_keys(w, self.analyzer, self.vocab) for w in (word, other))
                if (
                    mine[word] & theirs[other]
                    and _letters_alike(word, other)
                    and len(a) == 1
                    and len(b) == 1
                    and a != b
                ):
                    out[min(a)] = min(b)
        return out

    def _compounds_apart(self, words: frozenset[str]) -> dict[str, str]:
        """Each compound name behind «عبد» the story writes joined ("عبدالفتاح", behind a proclitic
        too) -> its second part ("الفتاح", "فتاح" by its key), when the story also writes that part
        on its own (the name apart, "عبد الفتاح"): one name, which the stemmer keeps whole when
        joined, so a sentence writing it joined shared no word with one writing it apart
        (forty-third pass)."""
        out: dict[str, str] = {}
        for word in sorted(words):
            for form in proclitic_forms(word):
                rest = form.removeprefix("عبد")
                if rest == form or len(rest) < BARE or rest not in words:
                    continue
                mine, theirs = (content_keys(w, self.analyzer, self.vocab) for w in (word, rest))
                if len(mine) == 1 and len(theirs) == 1 and mine != theirs:
                    out[min(mine)] = min(theirs)
                break
        return out

    def _bare_forms(self, words: frozenset[str], synonyms: Mapping[str, str]) -> dict[str, str]:
        """Each word the story writes with the article (behind a proclitic too: "الوفيات",
        "بالشاحنة") -> the same word without them ("وفيات", "شاحنة"), ``BARE`` letters or more,
        when the story writes that word bare and neither is a name: one word, which the stemmer
        cuts one way bare and another with the article ("فيا", "الوف"; "شاح", "شاحن")."""
        out: dict[str, str] = {}
        for word in sorted(words):
            plain = proclitic_forms(word)[-1]
            bare = plain.removeprefix("ال")
            if bare == plain or len(bare) < BARE or bare not in words:
                continue
            mine, theirs = (content_keys(w, self.analyzer, self.vocab) for w in (word, bare))
            if len(mine) == 1 and len(theirs) == 1 and mine != theirs and not (mine | theirs) & self.names:
                target = min(theirs)
                out[min(mine)] = synonyms.get(target, target)
        return out

    def _context(self, documents: Sequence[Document]) -> tuple[frozenset[str], frozenset[str], Mapping[str, float]]:
        # The people the story names in full, two words or more ("غزالي عثماني"), normalized: the
        # actor finder read them after a title somewhere in the story (:meth:`_people_not_named`).
        self.people: tuple[tuple[str, ...], ...] = ()
        if not documents:
            return frozenset(), frozenset(), {}
        from khulasa.summarizer.pipeline import prepare

        ctx = linking_context(prepare(documents), self.analyzer)
        self.people = tuple(
            words
            for a in ctx.actors
            if a.kind == "person" and len(words := tuple(normalize(a.name).split())) >= FULL_NAME
        )
        return ctx.names, ctx.vocab, ctx.idf

    def _content(self, text: str) -> frozenset[str]:
        return self._keys(content_keys(text, self.analyzer, self.vocab) - self.names)

    def _key(self, term: str) -> str:
        """The key a word is compared by (:meth:`khulasa.link.keys.WordKeys.key`)."""
        return self.word_keys.key(term)

    def _keys(self, terms: frozenset[str]) -> frozenset[str]:
        return frozenset(self._key(t) for t in terms if t not in self.function_terms)

    def _clauses(self, text: str) -> list[Clause]:
        """The clauses of ``text`` (:meth:`_clause_spans`), their words by their keys."""
        return [self._keyed(c) for c, _ in self._clause_spans(text)]

    def _clause_spans(self, text: str) -> list[tuple[Clause, tuple[int, int]]]:
        """:func:`split_clause_spans` of ``text``, a clause opened by footage that showed
        (:func:`_footage_lead`: "وأظهرت لقطات حية بثتها هيئة الإذاعة (إن إتش كيه)") joined with the
        clause after it: what the footage showed is the statement, as what a speaker said is (the
        splitter joins "وقال فلان:" to it, but not past a parenthetical name)."""
        out: list[tuple[Clause, tuple[int, int], bool]] = []
        found = split_clause_spans(text, self.analyzer, self.names, vocab=self.vocab)
        for k, (clause, span) in enumerate(found):
            if out and not out[-1][2] and _footage_lead(text[out[-1][1][0] : out[-1][1][1]]):
                lead, (start, _), _ = out.pop()
                joined = Clause(-1, lead.terms | clause.terms, lead.pairs | clause.pairs)
                out.append((joined, (start, span[1]), True))
            elif out and (_quoted_alone(text, found, k) or _quoted_alone(text, found, k - 1)):
                lead, (start, _), done = out.pop()
                joined = Clause(-1, lead.terms | clause.terms, lead.pairs | clause.pairs)
                out.append((joined, (start, span[1]), done))
            else:
                out.append((clause, span, False))
        return [(c, span) for c, span, _ in out]

    def _keyed(self, c: Clause) -> Clause:
        """``c`` with its words by their keys (:meth:`_key`)."""
        pairs = frozenset((self._key(a), self._key(b)) for a, b in c.pairs if not {a, b} & self.function_terms)
        return Clause(c.fact, self._keys(c.terms), pairs)

    def not_stated(self, sentences: Sequence[Mapping[str, Any]]) -> list[int]:
        """The indices of ``sentences`` (the current summary) that version V does not state
        (:meth:`states`), and of the others that tell one of those again: a sentence version V
        states only weakly (none of its clauses linked to one of version V's, nor half of each
        clause's words there, and it is no passage of version V's fact groups: known by a quarter of
        its words or by another passage of its own fact group) that links to a clause of a sentence
        new for its statement (:meth:`why`), a clause version V neither links to nor holds half the
        words of. "فقدت طائرة ركاب الاتصال … في رحلة بين مدينتين" new, then "أعلنت الشركة أنها فقدت
        الاتصال بطائرة متجهة من … إلى …", known by a quarter of its words: the new fact told again,
        news to that reader each time. Who said it is left out of the clauses compared
        (:meth:`_statements`)."""
        out = [i for i, s in enumerate(sentences) if not self.states(s)]
        # What each clause states, who said it aside (a lead-in left out, his words framing the rest).
        stated = [self._statements(self._plain(s["text"])) for s in sentences]
        news = [
            c
            for i in out
            if self.why(sentences[i]["text"])[0] == "statement"
            for c, frame in stated[i]
            if not self._clause_linked(c, frame=frame) and not self._contained(c.terms, CONTAINED, need=0)
        ]
        again = [
            i
            for i, mine in enumerate(stated)
            if i not in out
            and news
            and not _spans(sentences[i]) & self.spans
            and not any(self._clause_linked(c, frame=frame) for c, frame in mine)
            and not all(self._contained(c.terms, CONTAINED, need=0) for c, _ in mine)
            and any(self._clause_linked(c, news, frame=frame) for c, frame in mine)
        ]
        return sorted(out + again)

    def _statements(self, text: str) -> list[tuple[Clause, frozenset[str]]]:
        """The clauses of ``text`` but its lead-ins (who said it: :func:`khulasa.link.clauses.is_lead_in`),
        keyed, each with the words of who said it in it (:meth:`_speaker_terms`)."""
        return [
            (self._keyed(c), self._speaker_terms(text, span))
            for c, span in self._clause_spans(text)
            if not is_lead_in(text[span[0] : span[1]])
        ]

    def states(self, sentence: Mapping[str, Any]) -> bool:
        """Does the earlier summary state everything ``sentence`` states?"""
        text = self._plain(sentence["text"])
        claims = claims_of(text)
        if not self._given(text, claims):
            return False
        # A clause of its own (a subordinate clause of time or cause, a statement set against the
        # first) tells what version V may not have: it must have been told, whatever the path below.
        if not self._own_clauses_told(text) or self._record_untold(text, ranked=True) or self._venues_untold(text):
            return False
        if _spans(sentence) & self.spans:
            return True
        # The places and names of who said it ("أفاد المعهد الوطني للجيوفيزياء في المغرب، قال …")
        # are the speaker's, not where the thing happened: the statement's are checked.
        said = self._statement_claims(text, claims)
        if not self._places_told(text, said):
            return False
        # Most of what it states one sentence of version V states, and nothing it gives is news.
        if self._covered(text) and not self._places_untold(claims, reported=0):
            return True
        # Told again with its figures (those of an earlier sentence, or the passage a ⚠ note set
        # against it, whose values the note showed), and nothing else.
        if (self._restated(text, said) or _spans(sentence) & self.noted) and self._rest_told(text, claims):
            return True
        # A toll told again, its value given (or a bound under it), in the toll's own words.
        if self._toll_retold(text, claims):
            return True
        # A fact the earlier version's articles already carried was before its summarizer, which kept
        # the story's main facts; a sentence whose numbers all stand in one earlier sentence tells of
        # what that sentence told: one clause of it linked, or a share of its words, is enough there.
        # For a carried fact, in the sentence's own words only: another passage of its fact group
        # known in part is two approximations in a row (its known clause may be all they share).
        carried = any(
            p["doc"] in self.earlier_docs for key in ("sources", "paraphrases") for p in sentence.get(key, [])
        )
        anchored = self._anchored(text, claims)
        placed = self._placed(claims)
        return (
            any(
                self._wording_known(t, partly=anchored or (carried and i == 0), need=1 if placed else None)
                and (i == 0 or self._clauses_held(text, t))
                for i, t in enumerate(self._wordings(sentence))
            )
            or self._each_clause_known(text)
            or self._every_word_held(text)
        )

    def _clauses_held(self, text: str, passage: str) -> bool:
        """Is each clause of ``text`` (who said it, a phrase of time before the statement and a tail
        naming the source aside, as :meth:`_wording_known` leaves them out) held by ``passage`` (another
        passage of its fact group, known: ``CONTAINED`` of the clause's words there), or else linked to a
        clause of the earlier summary or ``CONTAINED`` of its words there? That passage known tells
        that what the two share was stated, not a clause the printed sentence adds ("…، مشيرا إلى أن
        البلد سيعمل على تخفيف ديون جاره", absent from the shorter passage; forty-fifth pass)."""
        spans = self._clause_spans(text)
        if len(spans) > 1 and _time_frame(text[spans[0][1][0] : spans[0][1][1]]):
            spans = spans[1:]
        if len(spans) > 1 and _attribution_tail(text[spans[-1][1][0] : spans[-1][1][1]]):
            spans = spans[:-1]
        held = self._keys(content_keys(passage, self.analyzer, self.vocab))
        for c, span in spans:
            if is_lead_in(text[span[0] : span[1]]):
                continue
            terms = frozenset(t for t in self._keyed(c).terms if not any(ch.isdigit() for ch in t))
            if math.fsum(self._weight(t) for t in terms & held) >= CONTAINED * math.fsum(map(self._weight, terms)):
                continue
            if not (
                self._clause_linked(self._keyed(c), frame=self._speaker_terms(text, span))
                or self._contained(self._keyed(c).terms, CONTAINED, need=0)
            ):
                return False
        return True

    def _covered(self, text: str) -> bool:
        """Does one sentence of the earlier summary hold ``COVERED`` of the content of ``text`` (its
        distinct content words by their keys, names, who said it and numbers aside, each weighing its
        idf in the story: the coverage the summarizer's support groups link wordings by,
        ``support_cover``), all but ``COVER_LEFT`` of its words at most and ``CLAUSE_COVERED`` of each
        clause at least, of ``COVER_TERMS`` words at least? One thing told again in other words
        ("وقال الأمير في مؤتمر صحفي عقب القمة إن «القمة تفتح صفحة جديدة …»" after the minister said
        the summit "تفتح صفحة جديدة …" at its close); its figures, people, places, venues, records and
        own clauses are checked on their own (:meth:`states`)."""
        clauses = [
            frozenset(t for t in c.terms - frame if not any(ch.isdigit() for ch in t) and t not in self.keyed_names)
            for c, frame in ((self._keyed(c), self._speaker_terms(text, span)) for c, span in self._clause_spans(text))
        ]
        terms = frozenset().union(*clauses)
        if len(terms) < COVER_TERMS:
            return False
        return any(
            self._share(terms, held) >= COVERED
            and len(terms - held) <= COVER_LEFT
            and all(self._share(c, held) >= CLAUSE_COVERED for c in clauses if c)
            for held in self.printed_terms
        )

    def _share(self, terms: frozenset[str], held: frozenset[str]) -> float:
        """The share of ``terms`` (each weighing its idf) that ``held`` holds."""
        total = math.fsum(self.idf.get(t, 1.0) for t in sorted(terms))
        return math.fsum(self.idf.get(t, 1.0) for t in sorted(terms & held)) / total if total else 0.0

    def _every_word_held(self, text: str) -> bool:
        """Does the earlier summary hold every word of ``text`` (by its key; numbers aside, its
        figures were checked), ``WHOLE`` of them at least? A sentence made of the story's own
        words (the names, titles and frame terms the linking weighs as names: "المرشح", "انتخابات
        الرئاسة"), as a photo's caption is ("الممثل فلان مرشح انتخابات الرئاسة في العاصمة يوم
        الأحد"), has fewer than two content words beyond them, so no test of the statement can
        weigh it; none of its words being new, it tells no fact version V did not (twenty-ninth
        pass)."""
        terms = frozenset(
            t for t in self._keys(content_keys(text, self.analyzer, self.vocab)) if not any(c.isdigit() for c in t)
        )
        return len(terms) >= WHOLE and terms <= self.terms

    def why(self, text: str) -> tuple[str, str]:
        """Why a sentence that is news is new, for an editor: the first thing it gives that the
        earlier summary did not, ``(kind, what)``: "changed" (another value of a figure it gave, a
        toll that rose), "figure" (a figure it never gave), "number" (a number in digits or words,
        an ordinal), "person" (a person it never named), "direction" (a direction from a place,
        :func:`_directions`); else "statement" (what it states, ``what`` empty)."""
        text = self._plain(text)
        claims = claims_of(text)
        figures = self._figures_not_given(text, claims)
        if figures:
            return ("changed" if self._changed(figures[0], text) else "figure"), figures[0].text
        return self._why_not_given(text, claims)

    def _why_not_given(self, text: str, claims: Claims) -> tuple[str, str]:
        """:meth:`why` past the figures: a number, a person, a direction it gives that the earlier
        summary did not, or its statement."""
        scores = self._scores_not_given(text)
        if scores:
            return "figure", f"{_number_text(min(scores) // 100)}-0"
        numbers = self._numbers_not_given(text, claims)
        if numbers:
            return "number", _number_text(min(numbers))
        person = next(iter(sorted(self._people_not_named(claims, text)) + self._scorers_not_named(text)), None)
        if person is not None:
            return "person", person
        direction = next(iter(sorted(self._directions_untold(text, claims))), None)
        if direction is not None:
            return "direction", f"{direction[0]} {direction[1]}"
        return "statement", ""

    def _figures_not_given(self, text: str, claims: Claims) -> list[Figure]:
        """The figures ``text`` tells (:meth:`_told_figures`) that say more than when and that the
        earlier summary did not give (:meth:`_figures_known`, beside its sentences about the same
        thing), in order."""
        near, bare = self._near(text), self._bare_near(text)
        clock = self._another_clock(text)
        return [
            f
            for f in self._told_figures(text, claims)
            if f.dimension not in WHEN
            and not _period_minute(text, f)
            and f.start not in clock
            and not self._figures_known([f], near, bare)
        ]

    def _another_clock(self, text: str) -> frozenset[int]:
        """The starts of the minutes ``text`` gives to a goal (:func:`khulasa.extract.goals.minute_goals`)
        one minute off the minute of a goal the earlier summary told whose scorer ``text`` names:
        the same goal by another clock, outlets counting the minute begun or the minute ended ("في
        الدقيقة 48" after "في الدقيقة 49"), not a changed figure (thirtieth pass)."""
        if not self.goal_minutes:
            return frozenset()
        claims = claims_of(text)
        minutes = {f.start: f.amount for f in claims.figures if f.dimension == "mark" and f.unit == "minute"}

        def scorer_named(goal: Goal, other: Goal) -> bool:
            # Goals (no chance missed, out of added time) and the other goal's scorer named in
            # ``text``: among the names this goal's reading found, or, when that reading found names
            # the other goal lacks (another scorer, or a side's adjective taken for him: "أحرز فلان،
            # الهدف الأول للمنتخب السعودي بالدقيقة 48"), elsewhere in ``text``.
            if goal.added or other.added or "other" in goal.events | other.events:
                return False
            named = {n for n in other.names for w in claims.forms if len(w) >= SCORER and same_name(n, w)}
            own = {n for n in goal.names if not any(same_name(n, m) for m in other.names)}
            return bool(named) and (not own or bool(named - goal.names))

        return frozenset(
            start
            for start, goal in minute_goals(text)
            if start in minutes
            and any(abs(minutes[start] - m) == 1 and scorer_named(goal, g) for m, g in self.goal_minutes)
        )

    def _changed(self, figure: Figure, text: str) -> bool:
        """Is ``figure`` (of ``text``) another value of a quantity the earlier summary gave (a toll
        that rose)? A person's age (:func:`_ages`) is another value of an age only, not of a prison
        term or a war's length; a share, of a share of the same whole only, as the ⚠ notes read
        them (:func:`khulasa.extract.figures.shares_match`): "99% of the ballots counted" is no
        other value of a party's 40% of the votes. Nor is a figure told of a scope of its own
        (:func:`khulasa.extract.figures.figure_scopes`: a place's count, a part, others) another
        value of a figure of another scope: "أجلت السلطات 350 ألف شخص في مقاطعة جيلاي" beside the
        nation's 430,000 displaced is a figure never given. A figure with no scope may be another
        value of a scoped one: the earlier sentence's scope may be misread ("في تطورات جديدة، ...
        مصرع 71 شخصا" opens on no place; measured, reading the scope both ways marked Mosul's
        risen toll 71 -> 100 a figure never given). Nor is a minute of a match another value of
        another goal's minute (both goals read, :func:`khulasa.extract.goals.same_goal`: Dembélé's
        22nd minute after Ruiz's 34th), nor of a mark of another unit ("للمرة الخامسة عشرة", the
        fifteenth time)."""
        aged = figure.start in _ages(text, [figure])
        mine = claims_of(text)
        share = mine.share_of(figure)
        scope = mine.scope_of(figure)
        return any(
            g.dimension not in DATES
            and same_quantity(figure, g)
            and scope in ("", self.scopes.get(g.start, ""))
            and not _two_goals(mine, figure, self.claims, g)
            and (figure.dimension != "mark" or figure.unit == g.unit)
            and (g.start in self.aged) == aged
            and (figure.dimension != "percent" or shares_match(share, self.claims.share_of(g)))
            and not self._carried_apart(figure, text, g)
            for g in self.claims.figures
        )

    def _carried_apart(self, figure: Figure, text: str, g: Figure) -> bool:
        """Is one of ``figure`` (of ``text``) and ``g`` (of the earlier summary) a count of passengers
        or crew a craft carried (:func:`khulasa.extract.figures.carried`) and the other a count of
        persons? "وكانت تقل ثمانية ركاب" is no other value of "11 شخصا" who died (figs24)."""
        if figure.dimension != "people" or g.dimension != "people" or figure.unit == g.unit:
            return False
        return (carried(figure, text) and g.unit == "person") or (
            carried(g, self.old_joined) and figure.unit == "person"
        )

    def _numbers_not_given(self, text: str, claims: Claims) -> frozenset[float]:
        """The numbers ``text`` writes beside its figures (in digits, in words from
        ``CARDINAL_FROM`` up, ordinals from ``ORDINAL_FROM`` up) that the earlier summary did not."""
        written = _numerals(text, claims.figures) | _cardinals(text, claims.figures, CARDINAL_FROM)
        return (written | _ordinals(text) | self._multiples(text) | self._dual_parts(text)) - (
            self.numerals | self.ordinals
        )

    def _dual_parts(self, text: str) -> frozenset[float]:
        """Two, when ``text`` counts a part of a count in the dual: a word that opens a part
        (the ``part`` cues of ``resources/ar/figure_scopes.txt``: "بينهم", "منهم") and right after it a
        noun in the dual, without the article, ending in "ان" ("قتل 12 شخصا بينهم شرطيان": two police
        among the dead), no name of the story ("بينهم سليمان"). The figure reader reads no count in
        a dual; the reader of a sentence does (thirty-sixth pass)."""
        words = [t for t in tokens(text) if t.kind == "word"]
        for cue, word in pairwise(words):
            dual = word.norm
            if (
                any(form in _part_cues() for form in proclitic_forms(cue.norm))
                and dual.endswith("ان")
                and len(dual) >= DUAL_LETTERS
                and not dual.startswith("ال")
                and not content_keys(word.text, self.analyzer, self.vocab) & self.names
            ):
                return frozenset({2.0})
        return frozenset()

    def _multiples(self, text: str) -> frozenset[float]:
        """In a match's story, the goals ``text`` gives in one word (``resources/ar/goal_multiples.txt``:
        "فاز بثلاثية نظيفة" 3, "خسر برباعية مقابل هدف" 4), behind و/ف/ب/ل too: a number of goals to
        give, as "ثلاثة أهداف" is. Elsewhere none: "قمة ثلاثية" names a meeting's parties."""
        return one_word_goals(text) if "match" in self.kinds else frozenset()

    def _scores_not_given(self, text: str) -> frozenset[float]:
        """The scores ``text`` gives in one word (``figures.scores_in_one_word``: "بثلاثية نظيفة"
        3-0) that the earlier summary gave neither so nor as a score figure, either side first."""
        return scores_in_one_word(text) - self.scores

    def _scorers_not_named(self, text: str) -> list[str]:
        """The scorers ``text`` names (:func:`khulasa.extract.goals.scorers`: the name after "سجل",
        "أحرز", "عن طريق" in a sentence that tells of a goal) of whose name the earlier summary wrote
        no word, in any spelling (:func:`khulasa.extract.goals.scorer_keys`, or a transliteration
        :func:`_same_name` finds, as for a person: "بولاي" after "بويلاي"): who scored is a person,
        news as any person never named is, though no title stands before him for the name reader.
        Each as its longest word. In a match's story only ("هدف" is also an aim)."""
        if "match" not in self.kinds:
            return []
        return [
            max(sorted(names), key=len)
            for names in scorers(text)
            if not names & self.old_forms
            and not scorer_keys(names) & self.old_scorer_keys
            and not any(_same_name(n, w) for n in sorted(names) for w in self.old_forms)
        ]

    def _people_not_named(self, claims: Claims, text: str = "") -> set[str]:
        """The people ``claims`` names that the earlier summary did not, in the same spelling or a
        close one: names come to Arabic through several transliterations ("كليتشدار"/"كليجدار").
        A person the name reader found that is the definite part of a compound name in ``text``
        (the claims' text: "ماهر عبدالحفيظ حجار", "سلمان بن عبد العزيز") is named when the earlier
        summary named the person whose given name stands before it (:meth:`_compound_named`)."""
        runs = _person_runs(text)
        read = {
            n[1]
            for n in claims.names
            if n[0] == "person"
            and self._a_name(n[1])
            and not _names(self.claims, n)
            and not self._compound_named(text, n[1])
            and not any(self._ran_on(run) for run in runs.get(n[1], ()))
        }
        return read | self._story_people_not_named(claims, text)

    def _story_people_not_named(self, claims: Claims, text: str) -> set[str]:
        """The people the story names in full (``self.people``) that ``text`` writes whole where the
        name reader read no person ("وانتقل غزالي عثماني رئيس جزر القمر": the name before its title,
        and the reader reads after titles; a name it read, "الملك سلمان بن عبد العزيز", is judged as
        above), and the earlier summary named by no word of their names: each by its last word."""
        if not self.people or not text:
            return set()
        words = " ".join(t.norm for t in tokens(text) if t.kind == "word")
        read = {n for kind, n in claims.names if kind == "person"}
        return {
            name[-1]
            for name in self.people
            if _named(words, " ".join(name))
            and read.isdisjoint(name)
            and not any(_names(self.claims, ("person", w)) for w in name if len(w) >= SKELETON)
        }

    def _ran_on(self, run: tuple[str, ...]) -> bool:
        """Did the name reader run on past a name into a word that is none? ``run``: the words it
        took for one person's name after a title, the last the one it reports. Its last word no
        name the story's clause linking reads, the run names the man version V named when an
        earlier word of it is a person version V named ("الرئيس دونالد ترامب وقع رسميا": «وقع», after
        version V named «ترامب»), and no one when it ends in a word behind a preposition (ب, ل, ك) and
        no word of it is a name linking reads ("الرئيس التركي وزوجته بحفاوة": «بحفاوه»; forty-third
        pass): a name after a title takes no preposition. Without the story's articles (no names
        read) the run stands."""
        if not self.names or self._linked_name(run[-1]):
            return False
        earlier = run[:-1]
        if any(_names(self.claims, ("person", w)) for w in earlier if len(w) >= SKELETON):
            return True
        return run[-1][:1] in _PREPOSITIONS and not any(self._linked_name(w) for w in earlier)

    def _linked_name(self, word: str) -> bool:
        """Does the story's clause linking read ``word`` as a name (all its keys among the names)?"""
        keys = content_keys(word, self.analyzer, self.vocab)
        return bool(keys) and keys <= self.names

    def _compound_named(self, text: str, word: str) -> bool:
        """Is ``word`` the definite part of a compound name of ``text`` (behind «عبد», joined or
        apart: "عبدالحفيظ", "عبد العزيز") whose given name, the word before it (past «بن»), is a
        person the earlier summary named? The name reader reports that part for the whole name
        ("المرشح ماهر عبدالحفيظ حجار": «الحفيظ»), which the earlier summary, naming him "محمد
        ماهر الحجار", never wrote: the same man (fortieth pass). A given name the earlier summary
        did not name (a king it never named) leaves him news."""
        name = normalize(word)
        if not name.startswith("ال"):
            return False
        words = [t.norm for t in tokens(text) if t.kind == "word"]
        for k, w in enumerate(words):
            plain = w.removeprefix("و") if w.startswith("وعبد") else w
            if plain == f"عبد{name}":
                start = k
            elif plain == name and k > 0 and words[k - 1] in ("عبد", "وعبد"):
                start = k - 1
            else:
                continue
            j = start - 1
            while j >= 0 and words[j] in _NAME_JOINERS:
                j -= 1
            if j < 0:
                continue
            if any(
                kind == "person" and (given == words[j] or _same_name(words[j], given))
                for kind, given in self.claims.names
            ):
                return True
            # The whole name written by the earlier summary, the compound joined or apart ("سلمان بن
            # عبدالعزيز" where the name reader read none, the name in quotation marks).
            head = " ".join(words[j:start])
            if any(_named(self.old_text, f"{head} {c}") for c in (f"عبد{name}", f"عبد {name}")):
                return True
        return False

    def _a_name(self, word: str) -> bool:
        """Is ``word``, a person the figure reader found (the word after a title), a person's name?
        The figure reader also takes a common word after "رئيس وزراء" or after a name for one
        ("رئيس وزراء جديد": "جديد"; "مقر إقامة رئيس وزراء نيبال": "وزراء"), which names no one the
        reader was not told of. Not a name when the story's clause linking does not read it as one
        (an actor's, a title's: :func:`khulasa.link.clauses.linking_context`) **and** the story
        writes it with the article ("الجديد", "الوزراء"), as a person's name is not written, or with
        a pronoun of possession ("مكانهما", "بتشكيلها": ``resources/ar/pronoun_suffixes.txt``, a
        stem of ``BARE`` letters or more). Never a name: a title of ``resources/ar/titles.txt``
        ("حسب مراسل «القناة»", with or without the article). Without the story's articles (no
        names read) every other person it finds counts."""
        forms = proclitic_forms(normalize(word))
        # A title names no one ("حسب مراسل «القناة»": the reader took the title for a name).
        titles = title_words()["person"]
        if any(f in titles or f"ال{f}" in titles for f in forms):
            return False
        if not self.names:
            return True
        keys = content_keys(word, self.analyzer, self.vocab)
        if keys and keys <= self.names:
            return True
        # Nor does a word with a pronoun of possession (``resources/ar/pronoun_suffixes.txt``):
        # "اللواء فلان مكانهما", "مدبولي بتشكيلها", the reader running on past the name.
        if any(f.endswith(p) and len(f) - len(p) >= BARE for f in forms for p in pronoun_suffixes()):
            return False
        return not any(f"ال{f}" in self._story_words for f in proclitic_forms(word) if not f.startswith("ال"))

    @cached_property
    def _story_words(self) -> frozenset[str]:
        """Every word the story's articles write, normalized (read once, when first asked)."""
        return frozenset(self._story_counts)

    def _statement_claims(self, text: str, claims: Claims) -> Claims:
        """The claims of ``text`` without its lead-in clauses (:func:`khulasa.link.clauses.is_lead_in`:
        who said it, a reporting verb without the أن/إن that opens what was said), when another
        clause is left: a place there names the speaker ("المعهد الوطني للجيوفيزياء في المغرب"),
        not where the thing it tells happened; and without who said it in a clause that opens with
        him and then what (:func:`_said_at`: "وذكرت قناة … نقلا عن نائب عمدة المدينة أن …", the
        verb and the speaker before أن), for the same reason. ``claims``: those of ``text``, when
        it has none."""
        spans = [span for _, span in self._clause_spans(text)]
        leads = [(a, b) for a, b in spans if is_lead_in(text[a:b])]
        if len(leads) == len(spans):
            leads = []
        # Who said it in a clause that opens with him and then what: his names are the speaker's too.
        speakers = [(a, a + at) for a, b in spans if (a, b) not in leads and (at := _said_at(text[a:], b - a))]
        if not leads and not speakers:
            return claims
        for a, b in leads + speakers:
            text = text[:a] + " " * (b - a) + text[b:]
        return claims_of(text)

    def added(self, text: str) -> list[tuple[int, int]]:
        """When ``text``'s main statement is known (:meth:`_main_known`) and no figure of it is news
        (:meth:`_news_figure`): the spans of its later clauses that are not known (:meth:`_part_known`).
        Empty: the sentence is news (or it has no later clause, or none of them is unknown)."""
        text = self._plain(text)
        parts, main = self._parts(text)
        claims = claims_of(text)
        # A person version V never named is news wherever he stands: who acted, who spoke; so are
        # deaths or injuries it told of none of (:meth:`_toll_untold`).
        if (
            len(parts) <= main
            or self._news_figure(text, claims)
            or self._people_not_named(claims, text)
            or self._scorers_not_named(text)
            or self._toll_untold(text)
            or self._places_untold(claims)
            or self._venues_untold(text)
        ):
            return []
        if not all(self._main_known(text, c, span) for c, span in parts[:main]):
            return []
        spans = [span for clause, span in parts[main:] if not self._part_known(text, clause, span)]
        # A later clause giving a figure of the story (one its outlets report) is news, not a detail;
        # so is a statement set against the first (:func:`_set_against`: "…، بينما يواجه منتخب الجار …"),
        # and a record the earlier summary did not tell (:meth:`_record_untold`: "…، ليصبح بذلك أول
        # منتخب عربي يصل المربع الذهبي").
        return (
            []
            if any(
                self._story_figure(text[a:b])
                or _set_against(text[a:b])
                or _said_more(text[a:b])
                or self._record_untold(text[a:b])
                for a, b in spans
            )
            else spans
        )

    def _places_untold(self, claims: Claims, reported: int = REPORTED) -> bool:
        """Does the sentence name a listed place (``resources/ar/gazetteer.txt``: not a word the
        name reader took for one, "وجرف") the earlier summary did not name (nor tell of by its
        adjective, :func:`_tells_of`) that ``reported`` or more of the story's outlets name: where
        the match was played, where the summit met ("…، في داكار")? Where it happened is the
        story's, as who acted is, wherever the sentence names it (forty-fourth pass); a sentence
        told again in other words (:meth:`_covered`) asks it of any listed place (``reported`` 0)."""
        return any(
            n[0] == "place"
            and bool(place_words(n[1]))
            and not _tells_of(self.claims, n)
            and (reported <= 0 or self._naming(n[1]) >= reported)
            for n in claims.names
        )

    def _venues_untold(self, text: str) -> bool:
        """Does ``text`` name a venue (the word after a head of ``resources/ar/venue_heads.txt``:
        "على ملعب «كامب نو»", "في استاد الثمامة") that the earlier summary never wrote and that
        ``REPORTED`` or more of the story's outlets name? Where the match was played, the plane
        landed, the crowd gathered is the story's, as a listed place is (:meth:`_places_untold`)."""
        words = [t.norm for t in tokens(text) if t.kind == "word"]
        stop = stopwords()
        return any(
            name not in stop
            and not name[:1].isdigit()
            and any(form in _venue_heads() for form in proclitic_forms(head))
            and not any(form in self.old_forms for form in proclitic_forms(name))
            and self._naming(name) >= REPORTED
            for head, name in pairwise(words)
        )

    def _record_untold(self, piece: str, *, ranked: bool = False) -> bool:
        """Does ``piece`` tell a record (a word of ``resources/ar/records.txt``, a proclitic
        allowed: "أول منتخب عربي يصل", "أقوى عاصفة") when the earlier summary told none? What was
        first or the strongest is the story's news («جديد»), not a detail (forty-fourth pass). A
        record the earlier summary told in other words ("للمرة الأولى في تاريخ القارة" for "أول
        منتخب عربي وإفريقي") is the same record: any record word there, with any word after it,
        and this one is known. Not a comparison ("أكثر من 80 ألف متفرج": more than), nor a record
        told against a time before ("في أول تحذيرات كبيرة منذ زلزال مارس": a since word within
        ``RECORD_REACH`` words after it), which the thirtieth pass found one outlet's colour."""
        if self._old_records:
            return False
        words = [t.norm for t in tokens(piece) if t.kind == "word"]
        return any(
            not any(map(is_since_word, words[k + 1 : k + 2 + RECORD_REACH])) and (not ranked or self._ranks(words, k))
            for k in _record_at(words)
        )

    def _ranks(self, words: Sequence[str], k: int) -> bool:
        """Does the record word ``words[k]`` rank the word after it ("أول فريق", "أكبر عدد": the
        superlative before its noun), not follow its noun as an ordinal does ("الهدف الأول", "بهدف
        أول")? Such a word has no article, and the word before it is none it could qualify: a
        word with the article, a stop word (behind a proclitic too: "بذلك"), a word that frames a
        sentence (``function_words.txt``: "وبات"), or none."""
        if proclitic_forms(words[k])[-1].startswith("ال"):
            return False
        if k == 0:
            return True
        before = words[k - 1]
        return (
            proclitic_forms(before)[-1].startswith("ال")
            or any(form in stopwords() for form in proclitic_forms(before))
            or content_keys(before, self.analyzer, self.vocab) <= self.function_terms
        )

    @cached_property
    def _old_records(self) -> bool:
        """Does the earlier summary tell a record (:func:`_record_at`)?"""
        return bool(_record_at(self.old_text.split()))

    def colour(self, text: str) -> list[tuple[int, int]]:
        """When ``text`` is new for a figure or a number the earlier summary did not give, and all it
        adds is one outlet's: the spans of its clauses the earlier summary did not state (as
        :meth:`added` gives them); else none. One outlet's, in a story of ``COLOUR_OUTLETS`` outlets
        or more: each figure and number in digits it gives that the earlier summary did not, fewer
        than ``REPORTED`` of the story's outlets report (:meth:`_reported`; a number in words, which
        that count cannot read, is news), none another value of a figure the earlier summary gave
        (a toll that rose, :meth:`_changed`), no score in one word it did not give, no direction,
        no toll told (``resources/ar/toll_words.txt``: a count of the dead or injured is news
        whoever gives it); each person and place it names that the earlier summary did not, named
        by fewer than ``REPORTED`` outlets; and each clause the earlier summary did not state
        carried by fewer than ``REPORTED`` outlets (:meth:`_carrying`). The key facts of a story
        are what two or more outlets report: a crowd of 43,000 one outlet counted, the year an envoy
        took his post, "for the first time in 25 years" are an added detail («تفصيل جديد»), not the
        story's news (thirtieth pass). A figure's outlets are counted by value, exactly; a
        statement's only by its wording, which other outlets vary: a statement alone, one outlet's
        by its wording, stays news; so does a main statement the earlier summary did not print that
        is unknown for its words, not for a figure or number it gives (:meth:`_figured`; forty-fifth
        pass): one outlet's figures make a detail only of a statement told before."""
        if len({d.outlet for d in self.documents}) < COLOUR_OUTLETS:
            return []
        text = self._plain(text)
        claims = claims_of(text)
        figures = self._figures_not_given(text, claims)
        numbers = self._numbers_not_given(text, claims)
        if not figures and not numbers:
            return []
        mine = self._keys(content_keys(text, self.analyzer, self.vocab))
        if (
            any(mine & toll for toll in self.tolls)
            or self._scores_not_given(text)
            or self._directions_untold(text, claims)
            or any(self._changed(f, text) or self._reported(f) >= REPORTED for f in figures)
            or any(v not in _numerals(text, claims.figures) or self._reported(v) >= REPORTED for v in numbers)
        ):
            return []
        unnamed = (
            self._people_not_named(claims, text)
            | set(self._scorers_not_named(text))
            | {n for kind, n in claims.names if kind == "place" and not _names(self.claims, (kind, n))}
        )
        if any(self._naming(name) >= REPORTED for name in unnamed):
            return []
        parts, main = self._parts(text)
        spans = []
        for k, (clause, span) in enumerate(parts):
            if self._main_known(text, clause, span) if k < main else self._part_known(text, clause, span):
                continue
            # A main statement unknown for its words, not for a figure or number it gives, is news
            # (forty-fifth pass): one outlet's figures make a detail only of a statement told before.
            piece = text[span[0] : span[1]]
            if k < main and not self._figured(piece):
                return []
            if len(self._carrying(clause)) >= REPORTED:
                return []
            spans.append(span)
        return spans

    def _figured(self, piece: str) -> bool:
        """Does ``piece`` give a figure or a number the earlier summary did not give?"""
        claims = claims_of(piece)
        return bool(self._figures_not_given(piece, claims) or self._numbers_not_given(piece, claims))

    def _naming(self, name: str) -> int:
        """How many of the story's outlets name ``name`` (whole words, a proclitic allowed). A name
        the names reader took with the و that joins it to the name before ("ولاية بويبلا وموريلوس":
        «وموريلوس») is also that name without it, when the story writes it so."""
        word = normalize(name)
        forms = [word]
        if word[:1] == "و" and self._story_counts.get(word[1:], 0):
            forms.append(word[1:])
        return len({outlet for outlet, words, _, _ in self._outlet_clauses if any(_named(words, w) for w in forms)})

    def _carrying(self, clause: Clause) -> set[str]:
        """The story's outlets that carry ``clause``: an article of theirs has a clause that links
        to it (compare's link) or holds all its words (numbers aside), or a clause of one of its
        sentences holds all the words ``clause`` adds to the earlier summary's, ``CARRIED_WORDS``
        or more (the same statement in other words around them: thirty-first pass)."""
        threshold, min_content = self.settings.link_threshold, self.settings.link_min_content
        terms = frozenset(t for t in clause.terms if not any(ch.isdigit() for ch in t))
        # The words it adds to version V's, when two or more: an outlet one clause of whose article
        # holds them all tells the same thing in other words ("انطلقت أعمال القمة" with or without
        # the summit's full name and edition). A key of one or two letters (the article of "الـ 43")
        # says nothing.
        adds = frozenset(t for t in terms - self.terms if len(t) > 2)
        carried = {
            outlet
            for outlet, _, clauses, held in self._outlet_clauses
            if (terms and terms <= held)
            or any(
                clause_similarity(clause, o, self.idf, self.keyed_names, min_content=min_content) >= threshold
                for o in clauses
            )
        }
        if len(adds) >= CARRIED_WORDS:
            carried |= {outlet for outlet, clauses in self._sentence_clauses if any(adds <= o for o in clauses)}
        return carried

    @cached_property
    def _sentence_clauses(self) -> list[tuple[str, list[frozenset[str]]]]:
        """Each of the story's articles: its outlet and the words (by their keys) of each clause of
        each of its sentences (a clause of the whole text may run across sentences)."""
        out = []
        for d, text in zip(self.documents, self._plain_documents, strict=True):
            clauses = [c.terms for a, b in split_sentences(text) for c in self._clauses(text[a:b])]
            out.append((d.outlet, clauses))
        return out

    @cached_property
    def _plain_documents(self) -> list[str]:
        """The story's articles as the desk compares them (:meth:`_plain`), read once."""
        return [self._plain(d.text) for d in self.documents]

    @cached_property
    def _outlet_clauses(self) -> list[tuple[str, str, list[Clause], frozenset[str]]]:
        """Each of the story's articles: its outlet, its words normalized, its clauses and its words
        by their keys (read once, when first asked)."""
        out = []
        for d, text in zip(self.documents, self._plain_documents, strict=True):
            words = " ".join(t.norm for t in tokens(text) if t.kind == "word")
            keys = self._keys(content_keys(text, self.analyzer, self.vocab))
            out.append((d.outlet, words, self._clauses(text), keys))
        return out

    def _parts(self, text: str) -> tuple[list[tuple[Clause, tuple[int, int]]], int]:
        """The clauses of ``text`` (keyed, with their spans) and how many of them make its main
        statement (a subordinate clause set apart when it is one)."""
        parts = [(self._keyed(c), span) for c, span in self._clause_spans(text)]
        main = _main_clauses(text, [span for _, span in parts])
        if main == 1:
            parts = self._subordinate_apart(text, parts)
        return parts, main

    def _own_clauses_told(self, text: str) -> bool:
        """Is each clause of its own in ``text`` told by version V's sentences: linked to a clause of
        theirs or ``CONTAINED`` of its words there? Such a clause is a subordinate clause of time or
        cause inside any clause (from a word of ``resources/ar/subordinators.txt`` to the clause's
        end: "… حين انقطعت الأسلاك التي تدعمه", the cause of a collapse version V told without it)
        with ``link_min_content`` content words beyond names, or a clause that sets a second
        statement beside the first (:func:`_set_against`: "…، بينما يواجه منتخب الجار خصما آخر").
        What it tells is its own: not known because the rest of the sentence is, nor because the
        sentence is a passage of a fact group version V printed in other words."""
        need = self.settings.link_min_content
        for clause, (a, b) in self._clause_spans(text):
            piece = text[a:b]
            if _set_against(piece):
                pieces = [self._keyed(clause)]
            else:
                pieces = [self._whole_clause(piece[at:]) for at in _subordinate_starts(piece)]
                pieces = [c for c in pieces if len(c.terms - self.keyed_names) >= need]
            if not all(self._clause_linked(c) or self._contained(c.terms, CONTAINED, need=0) for c in pieces):
                return False
        return True

    def _each_clause_known(self, text: str) -> bool:
        """Is ``text``, of several clauses, known clause by clause: its main statement
        (:meth:`_main_known`) and each later clause (:meth:`_part_known`)? Two goals an earlier
        sentence listed, told one clause each, are known though no one clause links to the whole."""
        text = self._plain(text)
        parts, main = self._parts(text)
        return (
            len(parts) > main
            and all(self._main_known(text, c, span) for c, span in parts[:main])
            and all(self._part_known(text, c, span) for c, span in parts[main:])
        )

    def _story_figure(self, piece: str) -> bool:
        """Does ``piece`` (a later clause the earlier summary did not state) give a figure or a number
        in digits that the earlier summary did not give and that ``REPORTED`` or more of the story's
        outlets report (:meth:`_reported`): a figure of the story ("326 of the 650 seats", "about 7
        minutes after launch"), not one outlet's colour (a crowd of 80,000, three earlier trips)?
        Dates, weekdays and times of day say when: left out."""
        claims = claims_of(piece)
        figures = self._figures_not_given(piece, claims)
        numbers = _numerals(piece, claims.figures) - self.numerals
        return any(self._reported(f) >= REPORTED for f in figures) or any(
            self._reported(v) >= REPORTED for v in numbers
        )

    def _reported(self, value: Figure | float) -> int:
        """How many of the story's outlets give ``value``: a figure of the same dimension and amount
        (whatever its bound: "about 7 minutes", "7 minutes"; people counted by a noun of their own,
        "3.5 مليون هندي", are the people another outlet counts, "3.5 مليون مواطن"), or a number
        written in digits."""
        outlets = {
            outlet
            for outlet, figures, numbers in self._outlet_numbers
            if (
                any(
                    (_one_dimension(g, value) and math.isclose(g.amount, value.amount)) or rounded(value, g)
                    for g in figures
                )
                if isinstance(value, Figure)
                else value in numbers
            )
        }
        return len(outlets)

    @cached_property
    def _outlet_numbers(self) -> list[tuple[str, list[Figure], frozenset[float]]]:
        """Each of the story's articles: its outlet, its figures and the numbers it writes in digits
        (read once, when first asked)."""
        return [(d.outlet, list(figures_of(d.text)), _numerals(d.text)) for d in self.documents]

    def _subordinate_apart(
        self, text: str, parts: list[tuple[Clause, tuple[int, int]]]
    ) -> list[tuple[Clause, tuple[int, int]]]:
        """``parts`` with the first clause cut where a subordinate clause of time or cause opens in it
        (:func:`_subordinate_at`: "واشتعلت فيها النيران | بعد أن اصطدم جناحها …"): the main
        statement ends there and what follows is a later clause. Unchanged when no such word stands
        after a content word of the first clause."""
        start, end = parts[0][1]
        cut = _subordinate_at(text[start:end])
        if cut is None:
            return parts
        head, tail = (start, start + cut), (start + cut, end)
        pieces = [self._whole_clause(text[a:b]) for a, b in (head, tail)]
        if not pieces[0].terms - self.keyed_names or not pieces[1].terms:
            return parts
        return [(pieces[0], head), (pieces[1], tail), *parts[1:]]

    def _whole_clause(self, text: str) -> Clause:
        """``text`` as one clause, its words by their keys (however many clauses it holds)."""
        found = [self._keyed(c) for c in split_clauses(text, self.analyzer, self.names, vocab=self.vocab, min_terms=1)]
        return Clause(-1, frozenset().union(*(c.terms for c in found)), frozenset().union(*(c.pairs for c in found)))

    def _main_known(self, text: str, clause: Clause, span: tuple[int, int]) -> bool:
        """Did the earlier summary **print** this clause of ``text`` (its sentences), its places named
        there too? A clause
        too short to link (fewer than ``link_min_content`` content words beyond names: "واشتعلت فيها
        النيران", cut before a subordinate clause) is printed when its words all stand in one clause
        of those sentences."""
        piece = text[span[0] : span[1]]
        claims = claims_of(piece)
        if not self._given(piece, claims) or not self._places_known(claims):
            return False
        if self._result_told(piece, claims, clause) or self._goals_told(piece):
            return True
        printed = any(clause.terms <= o.terms for o in self.clauses)
        content = clause.terms - self.keyed_names
        if len(content) < self.settings.link_min_content:
            return printed
        if self._clause_linked(clause, frame=self._speaker_terms(text, span)) and self._contained(
            clause.terms, CONTAINED
        ):
            return True
        # Told again in fewer words: its content words beyond names all stand in one clause of
        # those sentences and every word of it in them (:meth:`_held`). Not what a speaker said
        # (who said it, then what: :func:`_said_at`), which may run on into the next clause
        # ("وأشارت الحركة إلى أن حادث الاغتيال، تم بصاروخ …": its subject here, what it says there).
        if _said_at(piece, len(piece)) is None and self._held(clause):
            return True
        # Words side by side count once in linking (a fixed phrase: "التعادل السلبي"), so a clause
        # that is one phrase ("ومع استمرار التعادل السلبي") links to none: it is printed when its
        # words all stand in one clause, as a short clause is.
        phrases = {p for p in clause.pairs if p[0] in content and p[1] in content}
        return len(content) - len(phrases) < self.settings.link_min_content and printed

    def _held(self, clause: Clause) -> bool:
        """Is ``clause`` (keyed) a clause of the earlier summary's sentences told again in fewer
        words: every word of it written there (names too: who and where, whose spelling the other
        tests check) and its content words beyond names, ``link_min_content`` or more, all in
        **one** clause of them? "وسجل فلان هدف البلد الأول" after "وسجل فلان هدفا بالخطأ في مرمى
        الجار عند الدقيقة 40": linking weighs the words that clause adds (the minute, "by
        mistake") against it, though the statement says nothing that clause did not."""
        content = clause.terms - self.keyed_names
        return (
            len(content) >= self.settings.link_min_content
            and clause.terms <= self.terms
            and any(content <= o.terms for o in self.clauses)
        )

    def _result_told(self, piece: str, claims: Claims, clause: Clause) -> bool:
        """Is ``piece`` a match's result told again: a clause that opens with a word of a result
        (:func:`khulasa.extract.figures.opens_with_result`: "تعادل", "فاز") and gives a score an
        earlier sentence gave, of the same teams (every place it names named there, or told of by
        its adjective), in other words ("تعادل منتخب البلد أمام خصمه دون أهداف" after "وبهذا
        التعادل السلبي، تكون البلد وجارتها ..."), with at most ``RESULT_OWN_WORDS`` words of its own
        beyond names and its figures' words (the earlier summary holds the others): how it names a
        side ("خصمه", "ضيفه"), not what else happened ("وتأهل إلى الدور الثاني")."""
        scores = {f.amount for f in claims.figures if f.dimension == "score"}
        if not scores or not opens_with_result(piece):
            return False
        places = [n for n in claims.names if n[0] == "place"]
        if not any(
            scores <= {g.amount for g in c.figures if g.dimension == "score"} and all(_tells_of(c, p) for p in places)
            for c, _, _ in self.sentences
        ):
            return False
        figured = self._content(" ".join(piece[f.start : f.end] for f in claims.figures))
        return len(clause.terms - figured - self.keyed_names - self.terms) <= RESULT_OWN_WORDS

    def _goals_told(self, piece: str) -> bool:
        """Is ``piece`` goals one earlier sentence gave, told again (:func:`khulasa.extract.goals.goals_told`:
        each minute a number that sentence wrote, beside its scorer's name there)?"""
        return any(
            goals_told(piece, numbers | bare, claims.forms)
            for (claims, _, numbers), bare in zip(self.sentences, self.bare, strict=True)
        )

    def _places_known(self, claims: Claims) -> bool:
        """Every place it names is named by the earlier summary (the same spelling or a close one)."""
        return all(_names(self.claims, n) for n in claims.names if n[0] == "place")

    def _part_known(self, text: str, clause: Clause, span: tuple[int, int]) -> bool:
        """Is one clause of ``text`` known: its figures, numbers and people given, and it tells goals
        the earlier summary gave (:meth:`_goals_told`), or links to a clause of the earlier summary,
        or the earlier summary holds ``CONTAINED`` of its words?"""
        piece = text[span[0] : span[1]]
        return self._given(piece, claims_of(piece)) and (
            self._goals_told(piece)
            or self._clause_linked(clause, frame=self._speaker_terms(text, span))
            or self._contained(clause.terms, CONTAINED)
        )

    def _news_figure(self, text: str, claims: Claims) -> bool:
        """Does the sentence give a figure the earlier summary did not that is news wherever it
        stands: another value of a quantity the earlier summary gave (a toll that rose from 62 to
        95), or a figure of ``NEWS_FIGURES`` (a count of people, a year on its own)?"""
        return any(f.dimension in NEWS_FIGURES or self._changed(f, text) for f in self._figures_not_given(text, claims))

    def _given(self, text: str, claims: Claims) -> bool:
        """Were its figures, its other numbers, the people it names and the directions it gives from
        a place (:func:`_directions`) all given, and the tolls it tells of told (:meth:`_toll_untold`)?"""
        return (
            not self._toll_untold(text)
            and not self._figures_not_given(text, claims)
            and not self._numbers_not_given(text, claims)
            and not self._scores_not_given(text)
            and not self._people_not_named(claims, text)
            and not self._scorers_not_named(text)
            and not self._directions_untold(text, claims)
        )

    def _directions_untold(self, text: str, claims: Claims) -> frozenset[tuple[str, str]]:
        """The directions from a place ``text`` gives (:func:`_directions`) that the earlier summary
        did not: from that place, not with these points or more. A coarser telling of a given one is
        no news ("شرق أثينا" after "شمال شرق أثينا": east is part of north-east); a finer one is
        ("شمال شرق" after "شرق"), as is another point or another place."""
        untold = _not_coarser(_directions(text, claims), self.directions)
        if not untold:
            return untold
        # The earlier summary's own text, read from the places this one names: a place the claims
        # reader did not find there in its spelling ("اثينا" without its hamza) is still the place.
        return _not_coarser(untold, _directions_from(self.old_text, frozenset(place for _, place in untold)))

    def _toll_untold(self, text: str) -> bool:
        """Does ``text`` tell of a toll (the dead, the injured: ``resources/ar/toll_words.txt``) of
        which the earlier summary wrote no word? Deaths are news wherever they stand, as a count of
        people is: "the president died in the crash" after "his helicopter made a hard landing"."""
        mine = self._keys(content_keys(text, self.analyzer, self.vocab))
        return any(mine & toll and not toll & self.terms for toll in self.tolls)

    def _told_figures(self, text: str, claims: Claims) -> list[Figure]:
        """The figures of ``claims`` (of ``text``) but the years that name the edition of a
        competition the earlier summary named with no other year (:func:`_editions`: "كأس العالم
        2022" after "كأس العالم بقطر"): a name's part, not another time."""
        mine = _editions(text)
        if not mine:
            return list(claims.figures)
        return [
            f
            for f in claims.figures
            if not (
                f.dimension == "year"
                and (f.start, f.amount) in mine
                and (
                    (
                        _named(self.old_text, mine[f.start, f.amount])
                        and self.editions.get(mine[f.start, f.amount], f.amount) == f.amount
                    )
                    or self._story_editions.get(mine[f.start, f.amount]) == f.amount
                )
            )
        ]

    @cached_property
    def _story_editions(self) -> dict[str, float]:
        """Each competition the story's articles name with a year -> the year most of their outlets
        write after it, when ``REPORTED`` outlets or more do and no other year ties it: the
        edition the story is about ("كأس العالم 2022" in a 2022 match's story is no other time,
        whether the earlier summary named the competition or not; "كأس العالم 2018" there is)."""
        outlets: dict[str, dict[float, set[str]]] = {}
        for d in self.documents:
            for (_, year), name in _editions(d.text).items():
                outlets.setdefault(name, {}).setdefault(year, set()).add(d.outlet)
        out: dict[str, float] = {}
        for name, years in outlets.items():
            ranked = sorted(((len(o), y) for y, o in years.items()), reverse=True)
            if ranked[0][0] >= REPORTED and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
                out[name] = ranked[0][1]
        return out

    def _near(self, text: str) -> list[Figure]:
        """The figures of the earlier sentences about the same thing as ``text`` (sharing
        ``link_min_content`` content words with it)."""
        terms = self._content(text)
        need = self.settings.link_min_content
        return [g for c, t, _ in self.sentences if len(terms & t) >= need for g in c.figures]

    def _bare_near(self, text: str) -> frozenset[float]:
        """The numbers the earlier sentences about the same thing as ``text`` (sharing
        ``link_min_content`` content words with it) write where the figure reader read no figure
        ("في الدقيقة (42)", a minute in brackets)."""
        terms = self._content(text)
        need = self.settings.link_min_content
        return frozenset().union(
            *(b for (_, t, _), b in zip(self.sentences, self.bare, strict=True) if len(terms & t) >= need)
        )

    def _restated(self, text: str, claims: Claims) -> bool:
        """Does it tell the quantities of an earlier sentence (their values were checked) and name
        who it names, sharing ``link_min_content`` of its content words: one fact told again? A
        match's score aside: nearly every sentence of a match report gives the result again, and
        what else it tells (a record, who goes on) is for its words to show."""
        terms = self._content(text)
        need = self.settings.link_min_content
        claims = without_scores(claims)
        return any(restates(claims, without_scores(c)) and len(terms & t) >= need for c, t, _ in self.sentences)

    def _rest_told(self, text: str, claims: Claims) -> bool:
        """Is each clause of ``text`` that holds none of its figures and is no lead-in (who said it:
        :func:`khulasa.link.clauses.is_lead_in`) known: linked to a clause of the earlier summary, or
        ``CONTAINED`` of its words there? A sentence that tells a known toll
        again and goes on to a clause of its own ("…، مشيرا إلى أن هناك مصابين في محافظات …") is
        not the known fact told again."""
        at = [f.start for f in claims.figures]
        for clause, (a, b) in self._clause_spans(text):
            # A clause that holds a figure: its pieces past the figure's own, with no figure, say
            # something of their own (pass 56).
            if any(a <= s < b for s in at):
                if not self._tail_told(text, (a, b), at):
                    return False
                continue
            # Who said it (a reporting verb without its أن) frames the fact, as in linking.
            if is_lead_in(text[a:b]):
                continue
            keyed = self._keyed(clause)
            if not (
                self._clause_linked(keyed, frame=self._speaker_terms(text, (a, b)))
                or self._contained(keyed.terms, CONTAINED, need=0)
            ):
                return False
        return True

    def _tail_told(self, text: str, span: tuple[int, int], at: Sequence[int]) -> bool:
        """Is each piece of the clause ``text[span]`` (between its clause breaks:
        :func:`khulasa.link.clauses.clause_pieces`) past the piece of its last figure (``at``: where
        the figures start) that opens with a connective (:func:`khulasa.link.clauses.opens_clause`:
        "فيما", "بينما") and holds no figure known: linked to a clause of the earlier summary, or
        ``CONTAINED`` of its words there? The splitter joins a piece it reads as who said it to the
        clause before it ("…، إلى أكثر من 200 قتيل، فيما أعلنت الحكومة الحداد العام في البلاد"):
        after a toll's figure such a piece tells a thing of its own, not the toll again (pass 56).
        A piece that holds a figure is the figures' to tell ("فقد لقي 27 شخصا مصرعهم، فيما أصيب 46
        آخرون جراء الانفجار": checked by value); a piece with no connective goes on with the
        figure's clause ("، جهوية، وإقليمية، مع انقطاع حركة السير فيها", "، وذلك وفق ما نقلته
        الوكالة")."""
        a, b = span
        last = max((s for s in at if a <= s < b), default=None)
        if last is None:
            return True
        for start, end in clause_pieces(text):
            if start <= last or end > b or any(start <= s < end for s in at) or not opens_clause(text[start:end]):
                continue
            keyed = self._clauses(text[start:end])
            if not all(self._clause_linked(c) or self._contained(c.terms, CONTAINED, need=0) for c in keyed):
                return False
        return True

    def _toll_retold(self, text: str, claims: Claims) -> bool:
        """Is ``text`` a toll told again: every figure it gives a count of the dead, the injured or
        the missing (its value given, or a bound under a given value: :meth:`_given` checked that),
        each clause that gives one holding ``CONTAINED`` / 2 of its words beyond the toll's own
        (the cues of a toll and the heads of a count: ``resources/ar/people_roles.txt``) in the
        earlier summary, and every other clause a frame of that toll (a cue of a toll and no figure:
        "ترتفع حصيلة الضحايا بشكل مستمر"), who said it, or known as :meth:`_rest_told` knows it?
        "ارتفعت حصيلة ضحايا الفيضانات التي ضربت اندونيسيا الأسبوع الحالي، إلى أكثر من 300 قتيل" after
        "قال رئيس وكالة الكوارث إن عدد الوفيات جراء سيول … ارتفع إلى 303 أشخاص": a running toll's
        update words share little with another's, and its value is what tells (pass 54)."""
        figures = [f for f in claims.figures if f.dimension not in WHEN]
        if not figures or not all(f.dimension == "people" and f.unit in TOLL_ROLES for f in figures):
            return False
        # Someone's words ("وقال المعهد: «نأسف لوفاة 39 شخصا …»"): what he said of the toll is a
        # statement of its own, for the other tests to weigh.
        if _said_at(text, len(text)) is not None:
            return False
        at = [f.start for f in figures]
        for clause, (a, b) in self._clause_spans(text):
            piece = text[a:b]
            keyed = self._keyed(clause)
            if any(a <= x < b for x in at):
                rest = frozenset(t for t in keyed.terms if t not in self.toll_terms)
                if not self._contained(rest, CONTAINED / 2, need=0):
                    return False
            elif not (
                is_lead_in(piece)
                or _attribution_tail(piece)
                or toll_roles(piece)
                or self._clause_linked(keyed, frame=self._speaker_terms(text, (a, b)))
                or self._contained(keyed.terms, CONTAINED, need=0)
            ):
                return False
        return True

    def _anchored(self, text: str, claims: Claims) -> bool:
        """Do all the numbers it writes (weekdays aside) stand in one earlier sentence, one of them
        at least ``DISTINCT`` or with decimals, and not a year on its own? A number of one digit
        recurs in a story for other things ("Crew 6", "a crew of 4", "5 more months"), and so does
        the year of the story or of its edition ("يورو 2024", "انتخابات 2024"): no sign of one
        statement. A score that sentence gave is one, when ``text`` is one clause: the result told
        again in other words ("ودع الأمل الكأس بعد خسارة بركلات الترجيح 4-2" after "هزم النجوم
        الأمل 4-2"); a clause of its own after it (a record) is for its words to show."""
        mine = _numerals(text, [f for f in claims.figures if f.dimension == "weekday"])
        years = frozenset(v for f in claims.figures if f.dimension == "year" for v in _numerals(f.text))
        distinct = any(v >= DISTINCT or not v.is_integer() for v in mine - years)
        scores = frozenset(f.amount for f in claims.figures if f.dimension == "score")
        result = bool(scores) and len(self._clause_spans(text)) == 1
        return any(
            mine <= n and (distinct or (result and scores <= {g.amount for g in c.figures if g.dimension == "score"}))
            for c, _, n in self.sentences
        )

    def _places_told(self, text: str, claims: Claims) -> bool:
        """Is every place ``text`` names named where the earlier summary told the same thing: in a
        sentence (or a passage of its fact group) one of whose clauses one of its clauses links to,
        or, when none links, anywhere in the earlier summary? A place named for another thing
        ("the toll in Al Haouz, Marrakesh, …") does not say where this one happened ("the
        epicentre, south-west of Marrakesh")."""
        # Not an ordinal the name reader took for a place after a place word ("بولاية ثالثة": a third
        # term, "ولاية" also a state); a place the earlier summary never named is a word it lacks,
        # which the tests of words already weigh.
        places = [
            n for n in claims.names if n[0] == "place" and n[1] not in _ordinal_words() and _names(self.claims, n)
        ]
        if not places:
            return True
        mine = self._clauses(text)
        linked = [i for i, (clauses, _) in enumerate(self.told) if any(self._clause_linked(c, clauses) for c in mine)]
        if not linked:
            return True
        # An earlier sentence with a clause that opens with the act one of this sentence's clauses
        # opens with, sharing ``link_min_content`` words with it beyond names, told the same thing
        # ("تحطمت طائرة ركاب … في نيبال" after "تحطمت طائرة ركاب … قرب مطار بوخارا في نيبال"), though
        # the clause links to another sentence (the one that gave its passengers' count).
        acts = [(self._opening(text[a:b]), self._keyed(c).terms) for c, (a, b) in self._clause_spans(text)]
        linked += [
            i
            for i, printed in enumerate(self.opened)
            if i not in linked
            and any(
                act is not None and act == o and len((terms & t) - self.keyed_names) >= self.settings.link_min_content
                for act, terms in acts
                for o, t in printed
            )
        ]
        # Places joined by و ("أستراليا وكندا وبريطانيا"): one sentence tells of each what the earlier
        # summary may have told of each apart. Such a place is told where an earlier sentence naming it
        # shares a word of what the linked sentences share with this one (the act told of all).
        together = _coordinated(text, [n for n in claims.names if n[0] == "place"]) | self._set_apart(text, places)
        said = self._content(text) & frozenset().union(*(self.sentences[i][1] for i in linked))
        return all(
            any(_tells_of(self.told[i][1], n) or _glued_in(self.unglued[i], n) for i in linked)
            or (n in together and self._told_apart(n, said))
            or self._told_beside(text, n)
            for n in places
        )

    def _told_beside(self, text: str, place: tuple[str, str]) -> bool:
        """Is ``place`` named where the earlier summary told what the clause of ``text`` naming it
        tells, though that clause links to none of its clauses: an earlier sentence names it (or
        tells of it by its adjective) and shares ``link_min_content`` content words with that
        clause beyond names, the names of its places too ("تحطمت الطائرة الروسية … وسط سيناء في
        مصر" after "… سقوط طائرة ركاب روسية … تحمل على متنها 217 راكبا … وسط سيناء في مصر", the
        sentence's other clause linking to the earlier one on the airport it left). Linking weighs
        a clause against all the words of the other, so a shorter telling of a long clause links to
        none; the words they share still say it is the same thing told (fortieth pass)."""
        need = self.settings.link_min_content
        for clause, (a, b) in self._clause_spans(text):
            claims = claims_of(text[a:b])
            if not _names(claims, place):
                continue
            named = frozenset().union(
                *(self._keys(content_keys(n, self.analyzer, self.vocab)) for kind, n in claims.names if kind == "place")
            )
            terms = self._keyed(clause).terms - self.keyed_names - named
            if any(
                _tells_of(told, place) and len(terms & mine) >= need
                for (_, told), (_, mine, _) in zip(self.told, self.sentences, strict=True)
            ):
                return True
        return False

    def _unglued(self, text: str) -> frozenset[str]:
        """The two words of each word of ``text`` that is two words of the story run together, a
        space lost in the page ("في مدينة كابولبأفغانستان": "كابول", "بأفغانستان"): a word the
        story's articles never write apart that splits into two they do, each ``GLUED`` letters or
        more, normalized. Without the story's articles, none."""
        out: set[str] = set()
        words = self._story_counts
        for t in tokens(text):
            w = t.norm
            if t.kind != "word" or len(w) < 2 * GLUED or words.get(w, 0) > 1:
                continue
            for k in range(GLUED, len(w) - GLUED + 1):
                if w[:k] in words and w[k:] in words:
                    out.update((w[:k], w[k:]))
        return frozenset(out)

    @cached_property
    def _story_counts(self) -> dict[str, int]:
        """How many times the story's articles write each word, normalized."""
        return Counter(t.norm for d in self.documents for t in tokens(d.text) if t.kind == "word")

    def _set_apart(self, text: str, places: Sequence[tuple[str, str]]) -> frozenset[tuple[str, str]]:
        """The ``places`` that a clause set against the sentence's first names (:func:`_set_against`:
        "…، بينما يواجه منتخب الجار خصمه الآخر في اليوم نفسه"): a second statement, of its own
        subject, which version V may have told in a sentence of its own, not in the one the first
        clause links to. Such a place is told as a place joined by و is (:meth:`_told_apart`)."""
        pieces = [
            " " + " ".join(t.norm for t in tokens(text[a:b]) if t.kind == "word") + " "
            for _, (a, b) in self._clause_spans(text)
            if _set_against(text[a:b])
        ]
        return frozenset(
            n
            for n in places
            if any(f" {p}{normalize(n[1])} " in piece for piece in pieces for p in ("", "و", "ب", "ل", "ف"))
        )

    def _opening(self, clause: str) -> str | None:
        """The key of the first word of ``clause`` that is neither a function word nor a name (its
        act: "تحطمت" in "وتحطمت طائرة ركاب …"), when it is among its first ``OPENING`` words. None for
        a clause of who said it (:func:`khulasa.link.clauses.is_lead_in`, :func:`_said_at`: "وقال
        مسؤولون إن …" opens with the speaker, not the act)."""
        if is_lead_in(clause) or _said_at(clause, len(clause)) is not None:
            return None
        for t in [t for t in tokens(clause) if t.kind == "word"][:OPENING]:
            keys = self._keys(content_keys(t.text, self.analyzer, self.vocab)) - self.keyed_names
            if keys:
                return min(keys)
        return None

    def _told_apart(self, place: tuple[str, str], said: frozenset[str]) -> bool:
        """Does an earlier sentence name ``place`` and hold a word of ``said``?"""
        return any(
            _tells_of(told, place) and not said.isdisjoint(terms)
            for (_, told), (_, terms, _) in zip(self.told, self.sentences, strict=True)
        )

    def _placed(self, claims: Claims) -> bool:
        """Do the places it names, ``PLACES`` or more, all stand in one earlier sentence (in the
        same spelling or a close one: "بازارجيك … كهرمان مرعش")? A place's name weighs little in
        the words (0.2, as in linking) but a set of places told together is a statement's anchor."""
        named = {n[1] for n in claims.names if n[0] == "place"}
        # One place, not two, when a name holds another ("جنوب أفريقيا", "أفريقيا").
        places = [("place", p) for p in named if not any(p != q and p in q for q in named)]
        return len(places) >= PLACES and any(all(_names(c, n) for n in places) for c, _, _ in self.sentences)

    def _wordings(self, sentence: Mapping[str, Any]) -> list[str]:
        """The sentence and every passage the summarizer grouped with it (its fact, other wordings)."""
        out = [self._plain(sentence["text"])]
        for key in ("sources", "paraphrases"):
            for p in sentence.get(key, []):
                text = self._plain(self.texts.get(p["doc"], "")[p["start"] : p["end"]])
                if text and text not in out:
                    out.append(text)
        return out

    def _wording_known(self, text: str, *, partly: bool, need: int | None = None) -> bool:
        """Each clause linked (``partly``: one, and each clause not linked holds half ``CONTAINED``
        of its words in the earlier summary), or the earlier summary holds ``CONTAINED`` of its
        words (``partly``: half that) and the same share of each clause not linked: a clause that
        states what the earlier summary did not ("…, becoming the first team of its region to get
        this far", "… on the Philippe-Chatrier court") is news even when the rest of the sentence
        retells the event at length, or its numbers all stand in one earlier sentence."""
        spans = self._clause_spans(text)
        # A phrase of time set before the statement (:func:`_time_frame`: "وخلال القمة،", the first
        # clause) says when, as a lead-in says who: the statement is the other clauses.
        if len(spans) > 1 and _time_frame(text[spans[0][1][0] : spans[0][1][1]]):
            spans = spans[1:]
        # A tail naming the source, the last clause ("…، وفقا لما ذكرته وسائل إعلام روسية":
        # :func:`_attribution_tail`), says who said it, as a lead-in does: the statement is before it.
        if len(spans) > 1 and _attribution_tail(text[spans[-1][1][0] : spans[-1][1][1]]):
            text, spans = text[: spans[-1][1][0]], spans[:-1]
        clauses = [self._keyed(c) for c, _ in spans]
        frames = [self._speaker_terms(text, span) for _, span in spans]
        linked = [self._clause_linked(c, frame=f) for c, f in zip(clauses, frames, strict=True)]
        share = CONTAINED / 2 if partly else CONTAINED
        if linked and all(linked):
            return True
        if partly and any(linked):
            return all(done or self._contained(c.terms, share, need=0) for c, done in zip(clauses, linked, strict=True))
        return self._contained(self._keys(content_keys(text, self.analyzer, self.vocab)), share, need) and all(
            done or self._contained(c.terms, share, need=0) for c, done in zip(clauses, linked, strict=True)
        )

    def _speaker_terms(self, text: str, span: tuple[int, int]) -> frozenset[str]:
        """The words (keys) of who said it in the clause of ``text`` at ``span``, when it opens with
        who said it and then what (:func:`_said_at`): the reporting verb and the speaker, his title
        and name ("وقال الحاكم فلان"). In linking they frame the clause, as names do: the same
        speaker saying another thing ("«الأضرار كارثية»" after he urged people to shelter) is
        news, whatever the story's names reader knows of him."""
        at = _said_at(text[span[0] :], span[1] - span[0])
        if at is None:
            return frozenset()
        return self._whole_clause(text[span[0] : span[0] + at]).terms

    def _clause_linked(
        self, clause: Clause, among: Sequence[Clause] | None = None, frame: frozenset[str] = frozenset()
    ) -> bool:
        """Does a clause of the earlier summary (``among``: of the given clauses; default: of its
        sentences) state what ``clause`` states (compare's link)? ``frame``: words of ``clause``
        that weigh as names do (who said it, :meth:`_speaker_terms`)."""
        threshold, min_content = self.settings.link_threshold, self.settings.link_min_content
        return any(
            clause_similarity(clause, o, self.idf, self.keyed_names | frame, min_content=min_content) >= threshold
            for o in (self.clauses if among is None else among)
        )

    def _contained(self, terms: frozenset[str], share: float, need: int | None = None) -> bool:
        """Does the earlier summary hold ``share`` of these words (weighted as in linking), at
        least ``need`` (default ``link_min_content``) of them beyond names and dates? Numbers are left out: the
        figures were checked on their own, by value. (Sums in a fixed order: the same answer
        whatever the order Python's hash seed gives the set.)"""
        terms = frozenset(t for t in terms if not any(ch.isdigit() for ch in t))
        total = math.fsum(self._weight(t) for t in terms)
        need = self.settings.link_min_content if need is None else need
        return len((terms - self.keyed_names) & self.terms) >= need and (
            math.fsum(self._weight(t) for t in terms & self.terms) >= share * total
        )

    def _weight(self, term: str) -> float:
        return self.idf.get(term, 1.0) * (FRAME_WEIGHT if term in self.keyed_names else 1.0)

    def _figures_known(
        self, figures: Sequence[Figure], near: Sequence[Figure] = (), bare: frozenset[float] = frozenset()
    ) -> bool:
        """Every figure but dates and weekdays (which say when, like the frame words of linking) was given, or
        follows from one given: "more than 50 dead" after "more than 300 dead" (of the same unit, or
        in a sentence of ``near``: a count of people with no role, "about 500 people were on the
        bridge", makes no bound of a role known, "more than 80 rescued"); or is one given
        rounded ("53%" after "52.87%"), or a value the earlier summary showed in a ⚠ note (its
        reader saw it there), or a time of day it gave in any writing (:func:`times_of_day`:
        "0534 بتوقيت جرينتش" after "05:34"); or is the same written number as a figure of ``near`` (the earlier
        sentences about the same thing) where one of the two is a plain count, a unit the figure
        reader does not know ("13 كم" and "13 كيلومترا", "440 آخرين" and "440 شخصا"), or as a figure of
        any earlier sentence from ``RESPELLED_ANYWHERE`` up ("من أصل 193 لصالح" after "193 دولة"); or, with no
        bound, is a number ``bare`` holds (written by an earlier sentence about the same thing
        where the figure reader read no figure: "الدقيقة 42" after "الدقيقة (42)"; "حوالي 70 مقعدا"
        after a list's "وللنهضة 70" with its unit left out: about a number is no bound, figs25)."""
        return all(
            f.dimension in WHEN
            or any(
                same_figure(f, g)
                or rounded(f, g)
                or (
                    _implies(g, f)
                    and (g.unit == f.unit or any(h.text == g.text for h in near) or self.tolled.get(g.start) == f.unit)
                )
                for g in self.claims.figures
            )
            or any(same_figure(f, g) for g in self.flagged)
            or (f.dimension == "time" and f.amount in self.times)
            or any(_respelled(f, g) for g in near)
            or (_written(f) >= RESPELLED_ANYWHERE and any(_respelled(f, g) for g in self.claims.figures))
            or (f.qualifier in _NO_BOUND and f.dimension not in DATES and _written(f) in bare)
            or any(_to_scale(g, f) for g in self.claims.figures)
            for f in figures
        )


# Qualifiers of a figure that make it no bound: none, and "about" ("حوالي 70").
_NO_BOUND = frozenset({"", "approx"})


# Marks that open a quotation: a clause that ends at one goes on inside it ("وأدان البيان «العدوان…»").
OPENING_QUOTES = ("«", "“")
# Every quotation mark: a break made of these alone is no end of a statement.
QUOTES = frozenset('«»“”"')


# Marks that open a quotation and marks that close one ('"' does both).
QUOTE_OPENERS = frozenset('«“"')
QUOTE_CLOSERS = frozenset('»”"')


@lru_cache(maxsize=1)
def _venue_heads() -> frozenset[str]:
    """``resources/ar/venue_heads.txt``, normalized."""
    return frozenset(normalize(w) for w in load_word_list("ar/venue_heads.txt"))


def _record_at(words: Sequence[str]) -> list[int]:
    """Where ``words`` (normalized) hold a record word (``resources/ar/records.txt``, a proclitic
    allowed) with a word after it that is not "من" (a comparison: "أكثر من")."""
    return [k for k, word in enumerate(words[:-1]) if words[k + 1] != "من" and is_record_word(word)]


def _said_at(text: str, end: int) -> int | None:
    """Where what was said opens in ``text`` (an offset of it, before ``end``: a clause of a sentence
    and the rest of the sentence after it), when the clause opens with a reporting verb
    (``resources/ar/attribution.txt``, behind و/ف too) and, after who said it, أن/إن
    (:data:`khulasa.link.clauses.COMPLEMENTIZERS`), a colon or a quotation that runs to the
    sentence's end opens what was said ("قال مسؤول إن …", "وقال الحاكم فلان: …", 'وقال الحاكم فلان
    "…"'; not a quoted name: "أعلن فلان على منصة “إكس” الاعتراف …"); else None."""
    toks = tokens(text)
    words = [t for t in toks if t.kind == "word"]
    if not words or not is_attribution_word(words[0].norm):
        return None
    for k, t in enumerate(toks):
        if t.start <= words[0].start or t.start >= end:
            continue
        if (t.kind == "word" and t.norm in COMPLEMENTIZERS) or ":" in t.text:
            return t.end
        if t.kind != "word" and not QUOTE_OPENERS.isdisjoint(t.text) and _quoted_to_end(toks, k):
            return t.end
    return None


def _quoted_to_end(toks: Sequence[Token], k: int) -> bool:
    """Does the quotation that token ``k`` opens run to the end of ``toks`` (no word after its
    closing mark, or no closing mark)?"""
    close = next(
        (j for j in range(k + 1, len(toks)) if toks[j].kind != "word" and not QUOTE_CLOSERS.isdisjoint(toks[j].text)),
        None,
    )
    return close is None or all(u.kind != "word" for u in toks[close + 1 :])


def _main_clauses(text: str, spans: Sequence[tuple[int, int]]) -> int:
    """How many of ``text``'s clauses (their ``spans``) make its main statement: the first; and the
    next one when the first holds a reporting verb without the أن/إن that opens what was said
    (:func:`khulasa.link.clauses.is_lead_in`: who said it, "وقال فلان، وهو متحدث باسم الشركة،", or
    who and the start of what, "وقال المتحدث: …"; what a speaker said is read whole), or when a
    quotation opens between them (the verb's object, or a name, is quoted), or when only quotation
    marks stand between them (a quoted name's end inside a phrase that goes on)."""
    main = 1
    while main < len(spans):
        gap = text[spans[main - 1][1] : spans[main][0]]
        quoted = any(q in gap for q in OPENING_QUOTES) or (
            '"' in gap and text[: spans[main - 1][1]].count('"') % 2 == 0
        )
        first = text[spans[0][0] : spans[0][1]]
        lead = main == 1 and (is_lead_in(first) or _time_frame(first))
        # Only quotation marks between them (no comma, no stop): the break is a quoted name's
        # end, inside a phrase that goes on ("وافقت دول تحالف "أوبك بلاس" الذي …", "قمة «بريكس» في …").
        named = bool(gap.strip()) and set(gap.strip()) <= QUOTES
        if not (quoted or lead or named):
            break
        main += 1
    return main


def _quoted_alone(text: str, found: Sequence[tuple[Clause, tuple[int, int]]], k: int) -> bool:
    """Is clause ``k`` of ``found`` (clauses of ``text`` and their spans) a quoted name standing
    alone between two clauses, only quotation marks on either side ("افتتاح سد “قيز قلعة سي” رفقة
    الرئيس …"): a piece of one phrase, no clause of its own?"""
    if not 0 < k < len(found) - 1:
        return False
    before = text[found[k - 1][1][1] : found[k][1][0]]
    after = text[found[k][1][1] : found[k + 1][1][0]]
    return _only_quotes(before) and _only_quotes(after)


def _only_quotes(gap: str) -> bool:
    """Is ``gap`` (what stands between two clauses) quotation marks alone, no comma, no stop?"""
    marks = "".join(gap.split())
    return bool(marks) and set(marks) <= QUOTES


@lru_cache(maxsize=1)
def _direction_words() -> frozenset[str]:
    """The words of ``resources/ar/directions.txt``, normalized."""
    return frozenset(normalize(w) for w in load_word_list("ar/directions.txt"))


def _direction(word: str) -> str | None:
    """The point of the compass ``word`` is (``resources/ar/directions.txt``: "وجنوب", "الغربي",
    "غربي"; its proclitics as :func:`khulasa.text.normalize.proclitic_forms` strips them, then the
    article), or None."""
    for bare in proclitic_forms(word):
        rest = bare[2:] if bare.startswith("ال") else bare
        for form in (rest, rest[:-1] if rest.endswith("ي") else ""):
            if form in _direction_words():
                return form
    return None


# A direction and the place it is told from may stand this many words apart ("جنوب غرب مدينة مراكش").
DIRECTION_REACH = 2


def _directions(text: str, claims: Claims) -> frozenset[tuple[str, str]]:
    """The directions ``text`` gives from a place it names: (the points, "جنوب غرب"; the place),
    as "جنوب غرب مدينة مراكش" gives south-west from Marrakesh. Not a direction that begins a
    place's name ("جنوب أفريقيا", "جنوب السودان"), nor one from no place named ("جنوب البلاد"), nor
    one before a country, a sea or a region (:func:`khulasa.stories.events.wide_places`): "شمال
    لبنان" is a part of Lebanon, as "جنوب البلاد" is of the country, not a point told from a place
    (twenty-ninth pass: "in northern Lebanon" after "in the town of Tleil in Akkar")."""
    return _directions_from(text, frozenset(normalize(n[1]) for n in claims.names if n[0] == "place"))


def _not_coarser(
    directions: Collection[tuple[str, str]], told: Collection[tuple[str, str]]
) -> frozenset[tuple[str, str]]:
    """Those of ``directions`` (points, place) that no direction of ``told`` from the same place
    gives with these points or more ("شرق" is in "شمال شرق")."""
    return frozenset(
        (points, place)
        for points, place in directions
        if not any(place == known and set(points.split()) <= set(given.split()) for given, known in told)
    )


def _directions_from(text: str, named: frozenset[str]) -> frozenset[tuple[str, str]]:
    """:func:`_directions` from the places ``named`` (normalized)."""
    words = [t.norm for t in tokens(text) if t.kind == "word"]
    places = sorted(named, key=len, reverse=True)

    def place_at(k: int) -> str | None:
        rest = " ".join(words[k:])
        return next(
            (
                p
                for p in places
                if any(rest == f"{q}{p}" or rest.startswith(f"{q}{p} ") for q in ("", "و", "ب", "ل", "ال"))
            ),
            None,
        )

    out: set[tuple[str, str]] = set()
    i = 0
    while i < len(words):
        points: list[str] = []
        j = i
        while j < len(words) and (point := _direction(words[j])) is not None and place_at(j) is None:
            points.append(point)
            j += 1
        if not points:
            i += 1
            continue
        found = next((p for k in range(j, min(j + DIRECTION_REACH, len(words))) if (p := place_at(k))), None)
        if found is not None and found not in wide_places():
            out.add((" ".join(points), found))
        i = j
    return frozenset(out)


# An age word (``resources/ar/age_words.txt``) names a duration within this many words after it.
AGE_REACH = 3


@lru_cache(maxsize=1)
def _age_words() -> frozenset[str]:
    """The words of ``resources/ar/age_words.txt``, normalized, also behind و or ب."""
    words = {normalize(w) for w in load_word_list("ar/age_words.txt")}
    return frozenset(words | {f"{p}{w}" for w in words for p in ("و", "ب")})


def _two_goals(a: Claims, f: Figure, b: Claims, g: Figure) -> bool:
    """Are ``f`` of ``a`` and ``g`` of ``b`` minutes of a match told of two goals (each read as a
    goal, no chance missed or card, and not one: :func:`khulasa.extract.goals.same_goal`)? A
    missed penalty at 74 and at 75 is one event that :func:`same_goal` never calls one goal."""
    if not all(x.dimension == "mark" and x.unit == "minute" for x in (f, g)):
        return False
    ours, theirs = a.goal_of(f), b.goal_of(g)
    if ours is None or theirs is None or "other" in ours.events | theirs.events:
        return False
    return not same_goal(ours, theirs)


def _joined_scopes(texts: Sequence[str]) -> dict[int, str]:
    """The scopes of the figures of ``texts`` joined by spaces (:func:`figure_scopes` of each), by
    the figure's start in the joined text."""
    out: dict[int, str] = {}
    at = 0
    for text in texts:
        out.update((at + start, scope) for start, scope in figure_scopes(text))
        at += len(text) + 1
    return out


def _ages(text: str, figures: Sequence[Figure]) -> frozenset[int]:
    """The starts of the ``figures`` of ``text`` that are a person's age: a duration in years with a
    word of ``resources/ar/age_words.txt`` within ``AGE_REACH`` words before it ("البالغ من العمر 70
    عاما")."""
    words = [t for t in tokens(text) if t.kind == "word"]
    out = set()
    for f in figures:
        if f.dimension != "duration" or f.unit != "year":
            continue
        before = [t.norm for t in words if t.start < f.start][-AGE_REACH:]
        if not _age_words().isdisjoint(before):
            out.add(f.start)
    return frozenset(out)


@lru_cache(maxsize=1)
def _time_frame_words() -> frozenset[str]:
    """The words of ``resources/ar/time_frames.txt``, normalized."""
    return frozenset(normalize(w) for w in load_word_list("ar/time_frames.txt"))


def _time_frame(text: str) -> bool:
    """Does the clause ``text`` open with a word of ``resources/ar/time_frames.txt`` (behind و/ف): a
    phrase of time set before the statement ("بعد وقت قصير من الانفجار،"), which says when, not what?"""
    first = next((t.norm for t in tokens(text) if t.kind == "word"), "")
    return any(f in _time_frame_words() for f in (first, first[1:] if first[:1] in "وف" else ""))


@lru_cache(maxsize=1)
def _attribution_tails() -> tuple[tuple[str, ...], ...]:
    """The phrases of ``resources/ar/attribution_tails.txt``, normalized, word by word."""
    return tuple(tuple(normalize(w).split()) for w in load_word_list("ar/attribution_tails.txt"))


def _attribution_tail(text: str) -> bool:
    """Does the clause ``text`` open with a phrase that names a sentence's source at its end
    (``resources/ar/attribution_tails.txt``, behind و: "وفقا لما ذكرته وسائل إعلام روسية", "حسبما
    أفادت الوكالة")? Such a clause says who said it, not what."""
    words = [t.norm for t in tokens(text[:80]) if t.kind == "word"]
    if words and words[0][:1] == "و" and words[0][1:] and not any(p[:1] == (words[0],) for p in _attribution_tails()):
        words[0] = words[0][1:]
    return any(tuple(words[: len(p)]) == p for p in _attribution_tails())


def _unclocked(text: str) -> str:
    """``text`` with its times of day (:func:`khulasa.extract.figures.clock_times`: "الساعة 6:30
    مساء") and its offsets in time (:func:`_offsets`: "بعدها بست دقائق") blanked, its length kept
    (the spans of its clauses stay those of ``text``). Like a date (``WHEN``), a time of day says
    when a thing happened, not what: its numbers are no figure to give, its words no part of the
    statement. So is a discourse marker that opens it (:func:`khulasa.text.trim.leading_marker`:
    "على الجانب الآخر، ", ``resources/ar/discourse_markers.txt``): it points back into its article
    and says nothing of what happened (the summarizer trims it, but not where too few words would
    remain, nor from a summary stored before the phrase was listed)."""
    for a, b in [(0, leading_marker(text)), *clock_times(text), *_offsets(text), *_stage_numbers(text)]:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# A noun in the dual after a part's cue has this many letters at least ("شرطيان"; "أمان" is none).
DUAL_LETTERS = 5


@lru_cache(maxsize=1)
def _part_cues() -> frozenset[str]:
    """The words that open a part of a count: the ``part`` rows of ``resources/ar/figure_scopes.txt``
    whose cue is one word ("بينهم", "منهم"), normalized."""
    return frozenset(
        normalize(form)
        for line in load_word_list("ar/figure_scopes.txt")
        for dimension, scope, forms in [[p.strip() for p in line.split("|")]]
        if scope == "part" and not dimension.startswith("after:")
        for form in forms.split()
        if "_" not in form
    )


# A thousands separator ("٬") with a letter or a space on either side: a comma typed with the
# Arabic keyboard's other key ("وكان يرتدي بدلة سوداء ٬ وظن الصحافيون …"), not inside a number.
_WORD_SEPARATOR = re.compile(r"(?<!\d)٬|٬(?!\d)")


def _uncoloured(text: str) -> str:
    """``text`` with the phrases of ``resources/ar/colour_phrases.txt`` blanked (:func:`_colour_spans`)
    and each thousands separator that stands between words written as the comma it is, its length
    kept (the spans of its clauses stay those of ``text``). A phrase that colours the telling ("تعادل
    بطعم الفوز", "باكتساح", "بفارغ الصبر", "أداء رجولي ومتميز") tells no fact: a sentence that
    tells a known fact again with it is no news for the colour (thirty-sixth pass). A comma typed as
    "٬" splits clauses as "،" does: a clause of its own before it ("وكان يرتدي بدلة رسمية سوداء ٬ …")
    is read as one, not as part of the next."""
    for a, b in reversed(_colour_spans(text)):
        text = text[:a] + " " * (b - a) + text[b:]
    return _WORD_SEPARATOR.sub("،", text)


@lru_cache(maxsize=1)
def _colour_phrases() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The phrases of ``resources/ar/colour_phrases.txt`` as tuples of normalized words, longest
    first (the longest phrase at a word wins), and the phrases' last words (another of which may
    follow a phrase behind و)."""
    phrases = {tuple(normalize(w) for w in line.split()) for line in load_word_list("ar/colour_phrases.txt")}
    return tuple(sorted(phrases, key=len, reverse=True)), frozenset(p[-1] for p in phrases)


def _colour_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a phrase of ``resources/ar/colour_phrases.txt`` (its first word behind
    و/ف/ب/ل too), with each "و" and a phrase's last word after it ("أداء رجولي ومتميز")."""
    phrases, lasts = _colour_phrases()
    toks = [t for t in tokens(text) if t.kind == "word"]
    out, i = [], 0
    while i < len(toks):
        hit = next(
            (
                len(p)
                for p in phrases
                if i + len(p) <= len(toks)
                and p[0] in proclitic_forms(toks[i].norm)
                and all(toks[i + k].norm == p[k] for k in range(1, len(p)))
            ),
            0,
        )
        if not hit:
            i += 1
            continue
        j = i + hit
        while j < len(toks) and toks[j].norm.startswith("و") and toks[j].norm[1:] in lasts:
            j += 1
        out.append((toks[i].start, toks[j - 1].end))
        i = j
    return out


def _one_name(text: str, groups: Mapping[int, str]) -> str:
    """``text`` with each place or group of ``groups`` it names by another of its names (the
    gazetteer's ``place`` and ``org`` rows, ``resources/ar/other_names.txt``: «أبو ظبي», «الدولة
    الإسلامية») written as the one ``groups`` gives («أبوظبي», «داعش»), when that name is no longer,
    its proclitic kept and its length kept (blanks after it: the spans of its clauses stay those
    of ``text``). One thing told by another of its names is no news for the name alone: the desk
    reads so the places and groups its story names by two names (:func:`_named_twice`), each as
    the story names it most, and the others as they are written."""
    return one_name(text, groups, keep_offsets=True)


@lru_cache(maxsize=1)
def _stage_words() -> frozenset[str]:
    """The words of ``resources/ar/stage_words.txt``, normalized, with and without the article."""
    words = {normalize(w) for w in load_word_list("ar/stage_words.txt")}
    return frozenset(words | {f"ال{w}" for w in words})


def _stage_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` where a stage of a competition is named by how many sides are left
    ("لدور الـ16", "مرحلة الـ 32": digits behind "الـ" right after a word of
    ``resources/ar/stage_words.txt``, behind و/ب/ل/ف too): "الـ" and the digits, a name's part (as
    a code's digits are, :func:`_in_code`), not a number to give; the figure reader takes "16
    بفارق" for a count of a noun it does not know."""
    toks = tokens(text)
    out = []
    for k in range(len(toks) - 2):
        stage, article, digits = toks[k], toks[k + 1], toks[k + 2]
        if (
            stage.kind == "word"
            and any(f in _stage_words() for f in proclitic_forms(stage.norm))
            and article.norm in {"الـ", "ال"}
            and digits.kind == "digits"
        ):
            out.append((article.start, digits.end))
    return out


@lru_cache(maxsize=1)
def _offset_forms() -> frozenset[str]:
    """The words of ``resources/ar/time_offsets.txt``, normalized, bare or with a pronoun
    ("بعدها", "بعده"), also behind و or ف."""
    bare = [normalize(w) for w in load_word_list("ar/time_offsets.txt")]
    words = {f"{w}{e}" for w in bare for e in ("", "ها", "ه", "هم")}
    return frozenset(words | {f"{p}{w}" for w in words for p in ("و", "ف")})


# An offset in time is shorter than this many minutes (a year): "بعد عقدين ونصف" after a dispute of
# decades is how long it lasted, a figure to give (fifty-first pass), not when a thing happened.
OFFSET_BELOW = 365 * 24 * 60


def _offsets(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` where an offset word (``resources/ar/time_offsets.txt``) stands right
    before a duration ("وبعدها بست دقائق", "قبل ساعتين"): when a thing happened, counted from
    another, as a time of day says when (:func:`_unclocked`), not how long anything lasted. Not a
    duration of ``OFFSET_BELOW`` or more ("توصلنا لحل تاريخي بعد عقدين ونصف", "بعد 30 عاما من
    الخلاف"): years and decades after «بعد» tell how long a dispute or an absence lasted, a figure
    the earlier summary may not have given ("بعد خلافات استمرت عقودا"; fifty-first pass)."""
    words = [t for t in tokens(text) if t.kind == "word"]
    forms = _offset_forms()
    out = []
    for f in figures_of(text):
        if f.dimension != "duration" or f.amount >= OFFSET_BELOW:
            continue
        word = next((t for t in reversed(words) if t.end <= f.start), None)
        if word is not None and word.norm in forms and not text[word.end : f.start].strip():
            out.append((word.start, f.end))
    return out


@lru_cache(maxsize=1)
def _footage_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and the nouns of ``resources/ar/footage_lead_ins.txt``, normalized."""
    words: dict[str, set[str]] = {"verb": set(), "noun": set()}
    for line in load_word_list("ar/footage_lead_ins.txt"):
        kind, forms = (part.strip() for part in line.split("|", 1))
        words[kind].update(normalize(f) for f in forms.split())
    return frozenset(words["verb"]), frozenset(words["noun"])


def _footage_lead(text: str) -> bool:
    """Does ``text`` open with footage that showed ("وأظهرت لقطات", "وتظهر الصور"): its first word a
    verb of ``resources/ar/footage_lead_ins.txt``, its second a noun of it (behind و/ف/ب/ل and
    an article)?"""
    verbs, nouns = _footage_words()
    words = [t.norm for t in tokens(text) if t.kind == "word"][:2]
    return (
        len(words) == 2
        and any(f in verbs for f in proclitic_forms(words[0]))
        and any(f.removeprefix("ال") in nouns for f in proclitic_forms(words[1]))
    )


def _editions(text: str) -> dict[tuple[int, float], str]:
    """The years ``text`` writes bare (digits alone) within ``EDITION_WORDS`` words after a
    competition's word (:func:`khulasa.stories.events.contest_words`), no mark between: ``(the
    figure's start, the year) -> the competition's words from that word on, normalized`` ("كاس
    العالم")."""
    from khulasa.stories.events import contest_words

    contests = contest_words()
    toks = tokens(text)
    out: dict[tuple[int, float], str] = {}
    for i, t in enumerate(toks):
        year = parse_digits(t.text) if t.kind == "digits" and len(t.text) == 4 else None
        if year is None:
            continue
        # The words right before it, back to the nearest mark or number.
        k = i
        while k > max(0, i - EDITION_WORDS) and toks[k - 1].kind == "word":
            k -= 1
        before = toks[k:i]
        opens = [(k, f) for k, b in enumerate(before) for f in proclitic_forms(b.norm) if f in contests]
        if opens:
            # From the last competition's word ("بطولة كأس القارات": "كأس القارات"), without its
            # proclitic ("وبكأس" is "كأس").
            k, word = opens[-1]
            out[t.start, year] = " ".join([word, *(b.norm for b in before[k + 1 :])])
    return out


def _named(words: str, name: str) -> bool:
    """Does the normalized word sequence ``words`` hold ``name`` (whole words, a proclitic allowed)?"""
    padded = f" {words} "
    return any(f" {p}{name} " in padded for p in ("", "و", "ب", "ل", "ف", "وب", "ول"))


@lru_cache(maxsize=1)
def _subordinators() -> re.Pattern[str]:
    """The words of ``resources/ar/subordinators.txt`` as one pattern over normalized text, whole
    words, a leading و allowed."""
    words = sorted((normalize(w) for w in load_word_list("ar/subordinators.txt")), key=len, reverse=True)
    return re.compile(r"(?<!\w)و?(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _subordinate_at(text: str) -> int | None:
    """Where in ``text`` the first word of ``resources/ar/subordinators.txt`` opens a subordinate
    clause (a character offset of ``text``), when at least one word stands before it; else None."""
    toks = tokens(text)
    norm = " ".join(t.norm for t in toks if t.kind == "word")
    starts = [t.start for t in toks if t.kind == "word"]
    found = _subordinators().search(norm)
    if found is None or found.start() == 0:
        return None
    return starts[norm[: found.start()].count(" ")]


def _subordinate_starts(text: str) -> list[int]:
    """Where in ``text`` each word of ``resources/ar/subordinators.txt`` opens a subordinate clause
    (character offsets of ``text``), after at least one word."""
    toks = [t for t in tokens(text) if t.kind == "word"]
    norm = " ".join(t.norm for t in toks)
    return [toks[norm[: m.start()].count(" ")].start for m in _subordinators().finditer(norm) if m.start() > 0]


@lru_cache(maxsize=8)
def _lines(name: str) -> tuple[str, ...]:
    """A word list's lines (:func:`khulasa.resources.load_word_list`), read once: the reader of
    every version keys them anew (with its story's stemmer and vocabulary), the file stays the same."""
    return tuple(load_word_list(name))


@lru_cache(maxsize=1)
def _contrast_joiners() -> tuple[str, ...]:
    """The phrases of ``resources/ar/contrast_joiners.txt``, normalized."""
    return tuple(normalize(w) for w in load_word_list("ar/contrast_joiners.txt"))


def _set_against(clause: str) -> bool:
    """Does ``clause`` open with a phrase of ``resources/ar/contrast_joiners.txt`` (behind و too:
    "بينما", "في حين"), setting a second statement beside the sentence's first?"""
    words = " ".join(t.norm for t in tokens(clause) if t.kind == "word") + " "
    return any(words.startswith(f"{p}{j} ") for j in _contrast_joiners() for p in ("", "و"))


@lru_cache(maxsize=1)
def _speech_participles() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_word_list("ar/speech_participles.txt"))


# What was said opens this many words at most after its participle ("مشيرا إلى أن": the third).
SAID_WITHIN = 3


def _said_more(clause: str) -> bool:
    """Does ``clause`` open with a participle of reported speech (``resources/ar/speech_participles.txt``,
    behind و too: "مضيفا", "مشيرا") and, within ``SAID_WITHIN`` words, the أن/إن that opens what
    was said: a second thing the speaker said ("…، مشيرا إلى أن البلد سيعمل على تخفيف ديونه")?"""
    words = [t.norm for t in tokens(clause) if t.kind == "word"]
    if not words:
        return False
    first = words[0][1:] if words[0][:1] == "و" and words[0][1:] in _speech_participles() else words[0]
    return first in _speech_participles() and any(w in COMPLEMENTIZERS for w in words[1 : 1 + SAID_WITHIN])


@lru_cache(maxsize=1)
def _later_periods() -> re.Pattern[str]:
    """The phrases of ``resources/ar/later_periods.txt`` as one pattern over normalized words, the
    first word behind و/ب/ف, or ل for its article ("للشوط الثاني")."""
    forms = set()
    for phrase in load_word_list("ar/later_periods.txt"):
        p = normalize(phrase)
        forms.update({p, *(f"{c}{p}" for c in "وبفل"), *([f"ل{p[1:]}", f"ول{p[1:]}"] if p.startswith("ال") else [])})
    return re.compile(r"(?<!\S)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\S)")


def _period_minute(text: str, figure: Figure) -> bool:
    """Is ``figure`` a minute written as an ordinal word ("في الدقيقة الأولى") below 45 in a
    sentence that names a later period of the match (``resources/ar/later_periods.txt``: "الشوط
    الثاني", "الوقت بدل الضائع")? Counted from that period's start ("the first minute of the second
    half"), not the match's clock the figure reader reads it on: it says when, as a time of day does."""
    return (
        figure.dimension == "mark"
        and figure.unit == "minute"
        and figure.amount < 45
        and not any(ch.isdigit() for ch in figure.text)
        and _later_periods().search(" ".join(t.norm for t in tokens(text) if t.kind == "word")) is not None
    )


def _coordinated(text: str, places: Sequence[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """The ``places`` that ``text`` joins to another of them by و ("أستراليا وكندا وبريطانيا", a
    proclitic allowed before the first): the subjects or objects of one act told of each."""
    padded = " " + " ".join(t.norm for t in tokens(text) if t.kind == "word") + " "
    out: set[tuple[str, str]] = set()
    for a, b in ((a, b) for a in places for b in places if a != b):
        first, second = normalize(a[1]), normalize(b[1])
        if any(f" {p}{first} و{second} " in padded for p in ("", "و", "ب", "ل", "ف")):
            out.update((a, b))
    return frozenset(out)


def _names(claims: Claims, name: tuple[str, str]) -> bool:
    """Does the text of ``claims`` name ``name``, in the same spelling or a close one?"""
    return claims.states_name(name) or any(_same_name(name[1], w) for w in claims.forms)


# A word of this many letters or more that version V wrote in another spelling beside the same
# word is that word (:meth:`_Known._respelled_names`); shorter ones are too often two words.
RESPELLED = 5
# A word beside which two spellings stand must be this long and no stop word (a name, not "في",
# "على"): a short one such as "سان" of "سان فرانسيسكو" counts (forty-seventh pass).
NEIGHBOUR = 3


def _letters_alike(a: str, b: str) -> bool:
    """Are two words with the same consonants (:func:`khulasa.extract.goals.scorer_key`) also
    alike letter by letter, their article aside and one sound's letters read as one
    (:func:`khulasa.extract.spelling.one_sound`; ``NAME_SIMILARITY``)? "جامعة" and "قمة" share
    their consonants once "ع" and the long vowels are dropped, not their letters."""
    mine, theirs = (one_sound(w.removeprefix("ال")) for w in (a, b))
    return SequenceMatcher(None, mine, theirs).ratio() >= NAME_SIMILARITY


def _neighbours(texts: Iterable[str]) -> dict[str, set[str]]:
    """Each word of ``texts`` of ``RESPELLED`` letters or more (normalized) -> the words right
    before and after it, ``NEIGHBOUR`` letters or more and not stop words
    (``resources/ar/stopwords.txt``)."""
    out: dict[str, set[str]] = {}
    stop = stopwords()
    for text in texts:
        words = [t.norm for t in tokens(text) if t.kind == "word"]
        for k, word in enumerate(words):
            if len(word) >= RESPELLED:
                near = out.setdefault(word, set())
                near.update(
                    w for w in words[max(k - 1, 0) : k] + words[k + 1 : k + 2] if len(w) >= NEIGHBOUR and w not in stop
                )
    return out


# The shortest word :meth:`_Known._unglued` splits a word into.
GLUED = 3


def _glued_in(words: frozenset[str], place: tuple[str, str]) -> bool:
    """Is ``place`` one of ``words`` (split from words run together: :meth:`_Known._unglued`), with
    or without a proclitic (و, ب, ل, ف)?"""
    name = normalize(place[1])
    return any(f"{p}{name}" in words for p in ("", "و", "ب", "ل", "ف"))


def _tells_of(claims: Claims, place: tuple[str, str]) -> bool:
    """Does the text of ``claims`` name ``place``, or tell of it by an adjective that stands for it
    (:func:`khulasa.stories.events.place_words`: "رئيس الوزراء البريطاني" tells of Britain)?"""
    return _names(claims, place) or not place_words(place[1]).isdisjoint(claims.forms)


# A person the story names in full (:meth:`_Known._story_people_not_named`) has this many words or more.
FULL_NAME = 2

# Words that join a person's given name to his father's ("سلمان بن عبد العزيز").
_NAME_JOINERS = frozenset({"بن", "ابن", "بنت"})


# Two spellings of one transliterated name: at least this similar (difflib's ratio), 5+ letters.
NAME_SIMILARITY = 0.8


# Long vowels a transliteration writes or leaves out ("بوتين"/"بوتن", "ويتسون"/"ويتسن").
LONG_VOWELS = frozenset("اوي")
# Two spellings with the same letters but their long vowels are one name from this many letters on.
SKELETON = 3


# The one-letter prepositions written joined to a noun: a word after a title that begins with one
# and that clause linking reads as no name is no name (:meth:`_Known._ran_on`).
_PREPOSITIONS = frozenset("بلك")


def _person_runs(text: str) -> dict[str, list[tuple[str, ...]]]:
    """The names the name reader reads after a title in ``text``
    (:func:`khulasa.extract.actors.title_candidates`), each whole, by the word it reports (the last)."""
    from khulasa.extract.actors import title_candidates
    from khulasa.extract.claims import cues, stopwords

    out: dict[str, list[tuple[str, ...]]] = {}
    for cand in title_candidates(tokens(text), stopwords(), cues()):
        if cand.kind == "person" and cand.name:
            out.setdefault(cand.name[-1], []).append(tuple(cand.name))
    return out


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one transliterated name: the same first two letters, and alike
    (``NAME_SIMILARITY``, 5+ letters) or the same letters once the long vowels after the first
    are left out (``SKELETON`` or more left: "بوتن"/"بوتين")."""
    if a[:2] != b[:2]:
        return False
    if min(len(a), len(b)) >= 5 and SequenceMatcher(None, a, b).ratio() >= NAME_SIMILARITY:
        return True
    bare = [w[0] + "".join(ch for ch in w[1:] if ch not in LONG_VOWELS) for w in (a, b)]
    return bare[0] == bare[1] and len(bare[0]) >= SKELETON


def _numerals(text: str, figures: Sequence[Figure | Token] = ()) -> frozenset[float]:
    """The numbers ``text`` writes in digits (any script; "17,9" = "17.9"), those inside
    ``figures`` (or tokens) left out: scores ("4-2"), minutes, times and codes the figure reader
    passes by; so are the digits of a code written with Latin letters ("MA-722": :func:`_in_code`)."""
    inside = [(f.start, f.end) for f in figures]
    toks = tokens(text)
    values = (
        parse_digits(t.text)
        for k, t in enumerate(toks)
        if t.kind == "digits"
        and not any(a <= t.start < b for a, b in inside)
        and not _in_code(toks, k)
        and not _added_time_base(toks, k)
    )
    return frozenset(v for v in values if v is not None)


# The minutes a half or a match's time ends at: "90+15" is the 15th minute of added time, as
# "الدقيقة 15 من الوقت بدل الضائع" is; its 90 is no number of its own.
_PERIOD_ENDS = frozenset({45.0, 90.0, 105.0, 120.0})


def _added_time_base(toks: Sequence[Token], k: int) -> bool:
    """Are the digits of token ``k`` the end of a period before "+" and the minute of added time
    ("(90+15)", "45 + 2")?"""
    return (
        parse_digits(toks[k].text) in _PERIOD_ENDS
        and k + 2 < len(toks)
        and toks[k + 1].text == "+"
        and toks[k + 2].kind == "digits"
    )


def _in_code(toks: Sequence[Token], k: int) -> bool:
    """Are the digits of token ``k`` part of a code written with Latin letters ("MA-722", "NG-1",
    "A320"): the letters right before them, or before a hyphen right before them; or one capital
    letter right after them ("مجمع الإطلاق 39A": a launch pad, a gate, a model's variant)? A code
    names a thing (a flight, a launch, an aircraft), as a name does: its digits are no number to
    give. Two capitals or more after digits may be a unit ("100MW"), lower case letters are one
    ("15km"): those stay numbers."""
    at = toks[k].start
    j = k - 1
    if j >= 0 and toks[j].text == "-" and toks[j].end == at:
        at, j = toks[j].start, j - 1
    if j >= 0 and toks[j].end == at and toks[j].text[-1:].isascii() and toks[j].text[-1:].isalpha():
        return True
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is not None and after.start == toks[k].end and _code_letter(after.text)


def _code_letter(text: str) -> bool:
    """Is ``text`` one capital Latin letter ("A" of "39A")?"""
    return len(text) == 1 and text.isascii() and text.isupper()


def _number_text(value: float) -> str:
    """A number as an editor reads it: "95", "7.2"."""
    return str(int(value)) if value.is_integer() else str(value)


def _story_kinds(documents: Sequence[Document], old: Sequence[Mapping[str, Any]]) -> frozenset[str]:
    """The kinds of event (quake, crash, fire, ...) that most of the story's articles open with
    (:func:`khulasa.stories.events.event_kinds`; without articles, the earlier summary's sentences)."""
    from khulasa.extract.kinds import most_given
    from khulasa.stories.events import event_kinds

    return most_given([event_kinds(d.title, d.text) for d in documents] or [event_kinds(None, s["text"]) for s in old])


@lru_cache(maxsize=1)
def _ordinal_words() -> dict[str, float]:
    """The ordinals of ``resources/ar/ordinals.txt`` from ``ORDINAL_FROM`` up, with and without
    their article ("الثالثة", "ثالثة"), and a masculine one as an adverb ("جاء ثالثًا": came third,
    as "احتل المركز الثالث" says): normalized form -> value."""
    out: dict[str, float] = {}
    for form, value in lexicon().ordinals.items():
        if value >= ORDINAL_FROM:
            bare = form.removeprefix("ال")
            out[form] = out[bare] = value
            if not bare.endswith("ه"):
                out[bare + "ا"] = value
    return out


def _ordinals(text: str) -> frozenset[float]:
    """The ordinals ``text`` writes in words, from ``ORDINAL_FROM`` up ("بولاية رئاسية ثالثة": 3;
    "خامس دولة": 5), behind و/ف/ب/ل too; a compound one whole (:func:`_compound_ordinal`: "القمة
    الثالثة والثلاثون" is 33, "الحادية عشرة" 11), never its first word's value alone; none that
    is the day of a date (a month named right after it, :func:`khulasa.extract.figures.month_named_at`:
    "الثامن والعشرين من شهر أبريل" says when, as "28 أبريل" does)."""
    words = _ordinal_words()
    toks = tokens(text)
    out: set[float] = set()
    i = 0
    while i < len(toks):
        compound = _compound_ordinal(toks, i)
        if compound is not None:
            if not month_named_at(toks, i + 2):
                out.add(compound)
            i += 2
            continue
        values = [words[f] for f in proclitic_forms(toks[i].norm) if f in words] if toks[i].kind == "word" else []
        if values and not month_named_at(toks, i + 1):
            out.update(values)
        i += 1
    return frozenset(out)


@lru_cache(maxsize=1)
def _ordinal_ones() -> dict[str, float]:
    """The ordinals from one to nine (``resources/ar/ordinals.txt`` and, for compounds only,
    ``resources/ar/ordinal_ones.txt``: "الحادي"), with and without their article."""
    rows = {form: value for form, value in lexicon().ordinals.items() if value < 10}
    for line in load_word_list("ar/ordinal_ones.txt"):
        value, forms = (part.strip() for part in line.split("|", 1))
        rows.update((normalize(f), float(value)) for f in forms.split())
    return {f: v for form, v in rows.items() for f in (form, form.removeprefix("ال"))}


def _compound_ordinal(toks: Sequence[Token], i: int) -> float | None:
    """The compound ordinal opening at token ``i``: an ordinal from one to nine followed by "عشر"/
    "عشرة" (11-19) or by a ten behind و ("الثانية والثلاثين": 32; ``resources/ar/number_words.txt``),
    with or without the article; else None."""
    if i + 1 >= len(toks) or toks[i].kind != "word" or toks[i + 1].kind != "word":
        return None
    ones = _ordinal_ones()
    one = next((ones[f] for f in proclitic_forms(toks[i].norm) if f in ones), None)
    if one is None:
        return None
    numbers = lexicon().numbers
    after = toks[i + 1].norm
    if numbers.get(after) == ("unit", 10.0):
        return one + 10
    ten = numbers.get(after[1:].removeprefix("ال")) if after.startswith("و") else None
    return one + ten[1] if ten is not None and ten[0] == "ten" else None


def _cardinals(text: str, figures: Sequence[Figure] = (), least: float = 0) -> frozenset[float]:
    """The cardinals ``text`` writes in words ("أربعة", "خمسة وعشرين", "ثلاثة آلاف"), as the figure
    reader reads them (``resources/ar/number_words.txt``; ordinals are not there, nor the tens of a
    compound ordinal: "الثالثة والثلاثون", :func:`_compound_ordinal`), but those inside ``figures``
    (checked as figures) and those under ``least``."""
    lex = lexicon()
    toks = tokens(text)
    inside = [(f.start, f.end) for f in figures]
    out: set[float] = set()
    i = 0
    while i < len(toks):
        if _compound_ordinal(toks, i) is not None:
            i += 2
            continue
        found = read_number(toks, i, lex) if toks[i].kind == "word" else None
        if found is not None and found.value >= least and not any(a <= toks[i].start < b for a, b in inside):
            out.add(found.value)
        i = found.end if found is not None else i + 1
    return frozenset(out)


def _written(f: Figure) -> float:
    """The number a figure writes ("10 كيلومترات": 10, whatever unit it is read in), or its amount."""
    found = _numerals(f.text)
    return min(found) if len(found) == 1 else f.amount


def _respelled(f: Figure, g: Figure) -> bool:
    """Are ``f`` and ``g`` one number that the figure reader took in two units, one of them a plain
    count of a noun it does not know? The same written number, the same bound."""
    return (
        "count" in (f.dimension, g.dimension)
        and f.dimension not in DATES
        and g.dimension not in DATES
        and f.qualifier == g.qualifier
        and _written(f) == _written(g)
    )


def _one_quantity(a: Figure, b: Figure) -> bool:
    """:func:`khulasa.extract.claims.same_quantity`, a count's noun also in the accusative ("757 ألفا
    و511 صوتا", "757 ألف صوت": one noun, the figure reader keeping the alif of the tanween)."""
    return same_quantity(a, b) or (
        a.dimension == b.dimension == "count"
        and counted_noun(a.unit.removesuffix("ا")) == counted_noun(b.unit.removesuffix("ا"))
    )


@lru_cache(maxsize=1)
def _scale_words() -> dict[str, float]:
    """The scale words the figure reader knows (``resources/ar/number_words.txt``: "ألف", "مليونا",
    …), normalized -> value."""
    return {form: value for form, (kind, value) in lexicon().numbers.items() if kind in ("scale", "scaleafter")}


def _to_scale(known: Figure, figure: Figure) -> bool:
    """Is ``figure`` the value ``known`` gave, written to a scale word: digits and a thousand, a
    million or a billion ("757 ألف صوت", "23.8 مليون") that ``known``'s finer value ("757 ألفا
    و511 صوتا", 23,780,104) rounds or cuts to, at what the digits and the scale word can write
    (a thousand for "757 ألف", a hundred thousand for "23.8 مليون")? The same quantity, neither a
    bound. A rounded value tells its reader nothing the finer one did not, as "53%" after "52.87%"
    does not (:func:`khulasa.extract.claims.rounded`); not the other way: "757 ألفا و511" after
    "757 ألف" is finer, news (fortieth pass)."""
    if not _one_quantity(known, figure) or {known.qualifier, figure.qualifier} & {"more", "less"}:
        return False
    toks = tokens(figure.text)
    digits = [k for k, t in enumerate(toks) if t.kind == "digits"]
    if len(digits) != 1 or digits[0] + 1 >= len(toks):
        return False
    scale = _scale_words().get(toks[digits[0] + 1].norm)
    number = parse_digits(toks[digits[0]].norm)
    written = toks[digits[0]].norm.replace(",", ".").replace("٫", ".")
    if scale is None or number is None or not math.isclose(number * scale, figure.amount):
        return False
    step = scale / 10 ** (len(written.split(".")[1]) if "." in written else 0)
    if math.isclose(known.amount % step, 0, abs_tol=1e-6) or math.isclose(known.amount % step, step):
        return False
    return any(math.isclose(f(known.amount / step) * step, figure.amount) for f in (round, math.trunc))


def _tolled_persons(texts: Sequence[str], claims: Claims) -> dict[int, str]:
    """The figures of ``claims`` (read from ``texts`` joined by a space) that count persons with no
    role ("303 أشخاص") in a sentence whose words name one role of a toll only
    (:func:`khulasa.extract.figures.toll_roles`: "عدد الوفيات", the dead) and give no figure of that
    role: start -> the role. A running toll told in persons ("ارتفع عدد الوفيات … إلى 303 أشخاص")
    is the toll a later "أكثر من 300 قتيل" bounds, not the count of a crowd ("نحو 500 شخص كانوا
    على الجسر", no toll named: "أكثر من 80 قتيلا" stays news)."""
    out: dict[int, str] = {}
    at = 0
    for text in texts:
        end = at + len(text)
        mine = [g for g in claims.figures if at <= g.start < end and g.dimension == "people"]
        roles = toll_roles(text)
        if len(roles) == 1 and not any(g.unit in roles for g in mine):
            out.update((g.start, next(iter(roles))) for g in mine if g.unit == "person")
        at = end + 1
    return out


def _implies(known: Figure, figure: Figure) -> bool:
    """Does ``known`` make ``figure`` old news: a lower bound ("أكثر من 50") under a value or bound
    known to be higher, or an upper bound ("أقل من 10") over one known to be lower, of one quantity;
    or the plain number a lower bound gave ("130" after "أكثر من 130")."""
    if not same_quantity(known, figure):
        return False
    if figure.qualifier == "more":
        return known.qualifier != "less" and known.amount >= figure.amount
    if figure.qualifier == "less":
        return known.qualifier != "more" and known.amount <= figure.amount
    # The number a bound gave, told plainly ("130 injured" after "more than 130 injured"): an
    # outlet dropping the bound says nothing new (a number past it would be news).
    return not figure.qualifier and known.qualifier == "more" and math.isclose(known.amount, figure.amount)


def figure_timeline(
    documents: Sequence[Document], event_time: Mapping[str, float], summary: Mapping[str, Any] | None = None
) -> list[dict[str, Any]]:
    """compare's figure groups (a figure stated by two or more outlets), each value with its outlet
    and its article's time, in time order: how a death toll or a sum moved (:func:`trend`), and who
    said what when. The groups that matter come first (:func:`_importance`). With the story's
    ``summary``, the values its ⚠ notes set against each other are in one group (:func:`_noted_values`)."""
    from khulasa.analysis.compare import CompareSettings, compare_figures
    from khulasa.summarizer.pipeline import prepare
    from khulasa.text.normalize import Analyzer

    prepared = prepare(documents)
    outlet_of = {d.id: d.outlet for d in documents}
    event_time = _news_times(documents, event_time)
    # Agreement as the summary's ⚠ notes judge it (claims.contradicting_figures): any two values
    # that differ disagree, so a pair the summary flags is never listed as agreeing here.
    groups = compare_figures(prepared, Analyzer(stem=True), outlet_of, CompareSettings(figure_tolerance=0.0))
    out: list[dict[str, Any]] = []
    for group in groups:
        dimension, subject = group.dimension, group.subject  # a speed written "كلم/الساعة" is compare's "speed"
        values = sorted(
            (
                _timeline_value(
                    v.outlet, v.text, v.to_dict()["value"], v.amount, v.normalized, v.source.doc, event_time
                )
                for v in group.values
            ),
            key=_in_time,
        )
        out.append(
            {
                "subject": subject,
                "dimension": dimension,
                "agree": group.agree,
                "trend": trend(values, agree=group.agree, dimension=dimension),
                "outlets": len({v["outlet"] for v in values}),
                "values": values,
            }
        )
    if summary is not None:
        _noted_values(out, summary, documents, event_time)
    out = _one_figure_once(_without_repeats(out))
    out.sort(key=_importance)
    return out


def _one_figure_once(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One group per figure all its outlets agree on: two groups of one kind whose values agree
    each, on one amount, and that read it as one quantity (a value of the same reading, compare's
    ``normalized``: "11 killed") are one figure told in two wordings by different outlets, and
    become one (the larger's subject; an article's value listed once). compare makes a group per
    wording ("مقتل 11 شخصا" from three outlets, "حتفهن ضمن 11 شخصا" from two: fresh50's
    turkish-jet showed the same 11 dead twice). Groups that disagree are left as compare made
    them: which of their values is the other's is the ⚠ notes' call; and only counts (``MOVING``):
    two groups of one score ("1-0") or one weekday may be two matches or two days (desklist24)."""

    def amounts(group: Mapping[str, Any]) -> set[float]:
        return {float(v["amount"]) for v in group["values"]}

    def readings(group: Mapping[str, Any]) -> set[str]:
        return {str(v["normalized"]) for v in group["values"]}

    order = sorted(range(len(groups)), key=lambda k: -len(groups[k]["values"]))
    into: dict[int, int] = {}
    for n, k in enumerate(order):
        g = groups[k]
        if not g["agree"] or len(amounts(g)) != 1 or g["dimension"] not in MOVING:
            continue
        for j in order[:n]:
            if j in into or not groups[j]["agree"] or groups[j]["dimension"] != g["dimension"]:
                continue
            if amounts(groups[j]) == amounts(g) and readings(groups[j]) & readings(g):
                into[k] = j
                break
    for k, j in into.items():
        target = groups[j]
        seen = {(str(v["doc"]), float(v["amount"])) for v in target["values"]}
        extra = [v for v in groups[k]["values"] if (str(v["doc"]), float(v["amount"])) not in seen]
        target["values"] = sorted([*target["values"], *extra], key=_in_time)
        target["outlets"] = len({v["outlet"] for v in target["values"]})
    return [g for k, g in enumerate(groups) if k not in into]


def _without_repeats(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The groups less those that repeat another: a group every value of which (its article and
    value) another group of its kind already lists says nothing that one does not. compare makes a
    group per wording, so one figure told in three sentences of the same outlets came out as three
    groups ("خمس نجوم" three times, "15 أجنبيا" and a weekday twice), taking the places of the
    figures that matter among the few shown (fiftieth pass). Larger groups are kept first; compare's
    order otherwise."""

    def keys(group: Mapping[str, Any]) -> frozenset[tuple[str, str]]:
        return frozenset((str(v["doc"]), str(v["normalized"])) for v in group["values"])

    kept: list[tuple[str, frozenset[tuple[str, str]]]] = []
    keep: set[int] = set()
    for k in sorted(range(len(groups)), key=lambda k: -len(groups[k]["values"])):
        mine = keys(groups[k])
        if any(dim == groups[k]["dimension"] and mine <= theirs for dim, theirs in kept):
            continue
        kept.append((groups[k]["dimension"], mine))
        keep.add(k)
    return [g for k, g in enumerate(groups) if k in keep]


def _news_times(documents: Sequence[Document], event_time: Mapping[str, float]) -> Mapping[str, float]:
    """The times a timeline may set values by: each article's event time, but in a story some of
    whose articles carry a publication time, only theirs. An undated article's event time is when
    the desk took it in, not when its figure was said: beside an outlet's dated report it is no news
    time (a feed of old reports, dated and undated, taken in now showed a toll "rising" from the
    dated 46 to an undated 114 taken in a year later, and the article list said "وقت غير معروف" for the
    very article the timeline timed). Such a value is listed with no time and takes no part in the
    trend (:func:`trend`). A story of undated articles only (a feed without dates) keeps the times
    it arrived at: they are all the desk knows, and all of one kind (fiftieth pass). Dated means a
    publication time the desk reads (:func:`parse_published`, as ingest does): a feed's "2015-05"
    (a month) gives the article no publication time, so its event time is its arrival too, which
    the timeline set beside the dated reports as news of today (pass 53)."""
    dated = {d.id for d in documents if parse_published(d.published) is not None}
    if not dated:
        return event_time
    return {doc: ts for doc, ts in event_time.items() if doc in dated}


def _noted_values(
    groups: list[dict[str, Any]],
    summary: Mapping[str, Any],
    documents: Sequence[Document],
    event_time: Mapping[str, float],
) -> None:
    """A summary sentence's figure that a ⚠ note sets against another outlet's value joins that
    value's group when the group left it out: a toll one outlet's sentence alone gives ("ارتفعت
    الحصيلة إلى 67 قتيلاً") forms no group of its own, so the timeline showed the earlier 40 and 44
    and not the 67 the notes set them against. The timeline shows what the notes show."""
    docs = {d.id: d for d in documents}
    for sentence in summary.get("sentences", []):
        for note in sentence.get("disputes", []):
            group = next(
                (g for g in groups for v in g["values"] if v["doc"] == note["doc"] and v["text"] == note["figure"]),
                None,
            )
            value = _sentence_value(sentence, str(note.get("against", "")), docs, event_time)
            if group is None or value is None or any(v["amount"] == value["amount"] for v in group["values"]):
                continue
            group["values"] = sorted([*group["values"], value], key=_in_time)
            group["agree"] = False
            group["outlets"] = len({v["outlet"] for v in group["values"]})
            group["trend"] = trend(group["values"], agree=False, dimension=group["dimension"])


def _sentence_value(
    sentence: Mapping[str, Any], text: str, docs: Mapping[str, Document], event_time: Mapping[str, float]
) -> dict[str, Any] | None:
    """The figure written ``text`` in a summary sentence, as a timeline value of the first article
    that gives it there (its outlet and time)."""
    for source in sentence.get("sources", []):
        doc = docs.get(source.get("doc", ""))
        if doc is None:
            continue
        start, end = int(source["start"]), int(source["end"])
        for f in extract_figures(doc.text[start:end], doc=doc.id, offset=start):
            if f.text == text:
                return _timeline_value(doc.outlet, f.text, json_number(f.value), f.amount, f.label, doc.id, event_time)
    return None


def _timeline_value(
    outlet: str, text: str, value: Any, amount: float, normalized: str, doc: str, event_time: Mapping[str, float]
) -> dict[str, Any]:
    """One value of a timeline group: the figure as written, its value, its outlet and article, and
    that article's time (:func:`figure_timeline`)."""
    time = _iso(event_time.get(doc))
    return {
        "outlet": outlet,
        "text": text,
        "value": value,
        "amount": amount,
        "normalized": normalized,
        "doc": doc,
        "time": time,
    }


def _in_time(value: Mapping[str, Any]) -> tuple[str, str]:
    """A timeline value's place: by its article's time (the undated first), then its article."""
    return (value["time"] or "", value["doc"])


def _importance(group: Mapping[str, Any]) -> tuple[int, int, bool]:
    """The figures that matter first: counts of people (tolls), then other quantities, then the
    dates and weekdays that only say when; within each, those most outlets give, disagreements
    before agreements (stable: compare's order breaks ties)."""
    rank = 0 if group["dimension"] == "people" else 2 if group["dimension"] in DATES else 1
    return rank, -int(group["outlets"]), bool(group["agree"])


# Quantities a day's reports update (a toll, a count of the injured, of buildings down): their
# values over time rise or are revised. Other figures that differ (a talk's length, a distance)
# are outlets disagreeing, not a figure moving.
MOVING = frozenset({"people", "count"})


def trend(values: Sequence[Mapping[str, Any]], *, agree: bool, dimension: str = "people") -> str:
    """How a figure moved over the day, from its values with their times: "steady" (the outlets
    agree), "rising" (no value lower than any of an earlier time, and the last time's highest above
    the first's: a toll that grew), "revised" (a value lower than one of an earlier time) or
    "differ": the figure does not move over a day (durations, distances, dates), or the values that
    differ were not given at two different times (an undated feed taken in at once, two outlets in
    the same second), so they are outlets disagreeing, as the summary's ⚠ notes say, not a figure
    that moved. A value with no time takes no part in the trend."""
    if agree:
        return "steady"
    if dimension not in MOVING:
        return "differ"
    by_time: dict[str, list[float]] = {}
    for v in values:
        if v.get("time"):
            by_time.setdefault(str(v["time"]), []).append(float(v.get("amount", v["value"])))
    times = sorted(by_time)
    steps = [(a, b) for k, t in enumerate(times) for u in times[k + 1 :] for a in by_time[t] for b in by_time[u]]
    if any(b < a for a, b in steps):
        return "revised"
    if steps and max(by_time[times[-1]]) > max(by_time[times[0]]):
        return "rising"
    return "differ"


def _iso(ts: float | None) -> str | None:
    return None if ts is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))
