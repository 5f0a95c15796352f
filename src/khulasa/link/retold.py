"""A chosen sentence that tells again, in other words, what another chosen sentence tells.

The selection's pair rules (:func:`khulasa.summarizer.select.core_inside` and the others) forbid two
sentences together before the solver chooses, so when they join two wordings of one fact the solver
may keep the one that states less and drop the one that states more: read loosely, such rules cost
key facts (docs/quality.md, fifteenth and twentieth passes). :func:`told_again` reads the same
meaning more loosely but is only asked after the choice, of the sentences chosen: the sentence told
again goes, the one it is told in stays, and the budget it frees is spent on the next best sentence
(:func:`khulasa.summarizer.select.select`). A false join thus costs at most what the sentence that
goes adds.

Read more loosely than ``core_inside``, each from a restating pair of the dev summaries
(docs/quality.md, twenty-third pass):

- a word the stemmer leaves with a final "ه", "ء" or "ا" is the word without them ("الطائرة",
  "طائرة"; "إجلاء", "إجلائهم"; "مسارات", "مسار"): :func:`fold`;
- a light verb (``resources/ar/light_verbs.txt``: "تم", "لقي", "جرى", the verbs of a cause "يؤدي",
  "أسفر", and "جاء") is no word of what happened;
- a sentence whose words of what happened begin with the story's subject, a word naming a kind of
  event (``resources/ar/event_kinds.txt``: "الإعصار قد يؤدي إلى ..."), is compared from the word
  after it (:func:`subject_words`), the subject still counted among the words both share when the
  other holds it (docs/quality.md, seventeenth session);
- how long something lasts ("لمدة 5 سنوات") is a detail of the fact, not a quantity it must share;
- a count of people told at another value is the count told again ("لقي 18 شخصا مصرعهم" after
  "مقتل 20 شخصا") even with a count of its own (the injured), when half its words of what happened
  are the other's, and it names a place or the other names none (an agency's "76 killed" of its
  own country is no other value of "244 killed in Syria");
- a country is stated by the adjective after a person's title that stands for it ("فاز الرئيس
  المصري ..." states Egypt: :func:`khulasa.extract.speakers.titled_countries`);
- a match's result, in any words ("ودع المنتخب السعودي ... بالخسارة أمام المكسيكي بنتيجة 1-2" beside
  "حرمت المكسيك منتخب السعودية من العبور ... بعد فوزها 2-1"): a sentence whose scores the other
  gives, at the same values, naming no one the other does not and giving no kind of quantity the
  other does not give;
- a record against a year ("أول انتخابات بلدية حرة بعد ثورة 2011" beside "أول انتخابات بلدية تشهدها
  البلاد منذ إطاحة نظام بن علي عام 2011": :func:`khulasa.extract.records.record_years`), in any
  words: a sentence whose records the other gives against the same years, sharing a word of what
  happened with it, naming no one the other does not and giving no kind of quantity the other does
  not give;
- a sentence that names no one and gives no quantity tells again what the other tells when it opens
  with one of the other's words of what happened and half of its words (two at least) are the
  other's ("احترقت طائرة الخطوط الجوية اليابانية بالكامل" beside "اشتعلت النيران في الطائرة");
- a sentence need not open with one of the other's words of what happened when four of its words of
  what happened, and 40% of them, are the other's: the same fact told in another order behind a word
  of its own ("ورجح المراقبون أن الحريق في مخزن الوقود القديم قرب المحطة" beside "قال مدير الدفاع
  المدني إن الحريق اندلع في مخزن الوقود القديم": :func:`_shares_most`; docs/quality.md, fifteenth
  session).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import Protocol

from khulasa.resources import load_word_list
from khulasa.text.normalize import Analyzer

__all__ = [
    "MIN_SHARE",
    "fold",
    "folded_words",
    "idiom_light_verbs",
    "light_verbs",
    "names_stated",
    "subject_words",
    "told_again",
    "told_again_in",
]

# The share of a sentence's words of what happened that the other must hold, when nothing else
# (a name, a quantity) says that both tell of the same people or things.
MIN_SHARE = 0.5
# ... and at least this many of them.
MIN_SHARED = 2
# A sentence that opens with none of the other's words of what happened still tells it again when at
# least this many of its words of what happened, and this share of them, are the other's (and it
# names no one and gives no kind of quantity the other does not): the same fact told in another
# order, with a word of its own up front ("ورجح المراقبون أن الحريق في مخزن الوقود القديم" beside "إن
# الحريق اندلع في مخزن الوقود القديم"; docs/quality.md, fifteenth session: facts told twice).
REORDERED_SHARED = 4
REORDERED_SHARE = 0.4
# Final letters the light stemmer leaves on a word that outlets also write without them.
_FOLDED_ENDINGS = "هءا"


class Told(Protocol):
    """What a sentence says (:class:`khulasa.summarizer.select.Meaning`)."""

    @property
    def happening(self) -> tuple[str, ...]:
        """The keyed words of what happened, in the sentence's order."""
        ...

    @property
    def names(self) -> frozenset[tuple[str, str]]:
        """The people and places it names."""
        ...

    @property
    def kinds(self) -> frozenset[tuple[str, str]]:
        """The kinds of quantity it gives, whatever their value."""
        ...

    @property
    def forms(self) -> frozenset[str]:
        """Every word with and without its proclitics."""
        ...

    @property
    def scores(self) -> frozenset[float]:
        """The results of matches it gives, either side first (:attr:`Figure.amount` of a score)."""
        ...

    @property
    def countries(self) -> frozenset[tuple[str, str]]:
        """The countries an adjective after a person's title stands for
        (:func:`khulasa.extract.speakers.titled_countries`)."""
        ...

    @property
    def speaker(self) -> str:
        """Who it opens by saying spoke ("" when no one or not read)."""
        ...

    @property
    def records(self) -> frozenset[int]:
        """The years it tells a record against (:func:`khulasa.extract.records.record_years`)."""
        ...


def fold(term: str) -> str:
    """A stemmed word without the final "ه", "ء" and "ا" the stemmer leaves, while four letters
    or more remain ("طايره": "طاير"; "اجلاء" and "اجلا": "اجل")."""
    while len(term) >= 4 and term[-1] in _FOLDED_ENDINGS:
        term = term[:-1]
    return term


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """The stemmed terms of ``resources/ar/light_verbs.txt``, also behind و (not ف: "فجر", dawn)."""
    stem = Analyzer(stem=True)
    forms = [f"{p}{w}" for w in load_word_list("ar/light_verbs.txt") for p in ("", "و")]
    return frozenset(t for form in forms for t in stem.content_terms(form))


@lru_cache(maxsize=1)
def idiom_light_verbs() -> frozenset[str]:
    """The stemmed terms of the ``light`` row of ``resources/ar/retold_idioms.txt`` ("لفظ" in "لفظ
    أنفاسه"), also behind و: light only with ``Settings.retold_guard``."""
    stem = Analyzer(stem=True)
    rows = dict(line.split("|", 1) for line in load_word_list("ar/retold_idioms.txt"))
    forms = [f"{p}{w}" for w in rows["light "].split() for p in ("", "و")]
    return frozenset(t for form in forms for t in stem.content_terms(form))


@lru_cache(maxsize=1)
def subject_words() -> frozenset[str]:
    """The stemmed, folded terms of the words that name a kind of event
    (``resources/ar/event_kinds.txt``: "الإعصار", "الزلزال"), also behind و: the story's subject.
    "وقالت الوكالة إن الإعصار قد يؤدي إلى ..." tells what the storm may bring, not that there was
    a storm, so a sentence whose words of what happened begin with the subject is compared from
    the word after it (:func:`told_again`)."""
    stem = Analyzer(stem=True)
    forms = [f.strip() for line in load_word_list("ar/event_kinds.txt") for f in line.split("|")[1:]]
    return frozenset(fold(t) for w in forms for p in ("", "و") for t in stem.content_terms(f"{p}{w}"))


@lru_cache(maxsize=1)
def _record_terms() -> frozenset[str]:
    """The stemmed, folded terms of the record words (:func:`khulasa.extract.records.record_words`):
    two records share them whatever they tell of, so they are no shared word of what happened."""
    from khulasa.extract.records import record_words

    stem = Analyzer(stem=True)
    return frozenset(fold(t) for w in record_words() for p in ("", "و", "ل") for t in stem.content_terms(p + w))


def folded_words(happening: Sequence[str], light: Collection[str]) -> tuple[str, ...]:
    """``happening`` folded (:func:`fold`), light verbs left out, each word once, in order."""
    return tuple(dict.fromkeys(fold(w) for w in happening if w not in light))


def names_stated(a: Told, b: Told, *, titled: bool = False) -> bool:
    """Does ``b`` name every person and place ``a`` names, or write the name among its words (with
    or without a proclitic), as :meth:`khulasa.extract.claims.Claims.states_name` reads it?
    ``titled``: or, for a country, the adjective after a person's title that stands for it
    (``b.countries``: "الرئيس المصري" states Egypt): read so after the choice (:func:`told_again`),
    not by the pair rules before it; read so too, a name ``b`` spells with its letters in another
    order (:func:`respelled`: "كوالامبلور", "كوالالمبور")."""
    return all(
        n in b.names or n[1] in b.forms or (titled and (n in b.countries or _respelled_in(n, b.names))) for n in a.names
    )


# A name respelled (:func:`respelled`) has at least this many letters, and its first this many
# letters are the other's.
RESPELLED_LETTERS, RESPELLED_START = 6, 3


def respelled(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one name, one outlet writing two of its letters in another order
    ("كوالامبلور", "كوالالمبور"). The same letters, as many of each, ``RESPELLED_LETTERS`` at least,
    the same first ``RESPELLED_START`` and the same last letter."""
    return (
        a != b
        and len(a) >= RESPELLED_LETTERS
        and a[:RESPELLED_START] == b[:RESPELLED_START]
        and a[-1] == b[-1]
        and sorted(a) == sorted(b)
    )


def _respelled_in(name: tuple[str, str], names: Collection[tuple[str, str]]) -> bool:
    """Does ``names`` hold ``name`` respelled (:func:`respelled`), a name of the same kind?"""
    return any(kind == name[0] and respelled(name[1], other) for kind, other in names)


def told_again(a: Told, b: Told, light: Collection[str] = frozenset(), subjects: Collection[str] = frozenset()) -> bool:
    """Does ``a`` tell again what ``b`` tells (read as the module says)? ``light``: the light verbs'
    terms (:func:`light_verbs`); ``subjects``: words naming a kind of event (:func:`subject_words`),
    skipped where ``a``'s words of what happened begin."""
    words = folded_words(a.happening, light)
    theirs = set(folded_words(b.happening, light))
    skipped = 0  # the story's subject skipped where ``a`` begins, which ``b`` also holds
    while words[:1] and words[0] in subjects:
        skipped += words[0] in theirs
        words = words[1:]
    if a.speaker and a.speaker == b.speaker and words and words[0] in theirs:
        return True
    timeless = {k for k in a.kinds if k[0] != "duration"}  # how long: a detail, not a quantity to share
    if (
        _in_any_words(a, b, bool(theirs.intersection(words) - _record_terms()))
        and names_stated(a, b, titled=True)
        and timeless <= b.kinds
    ):
        return True
    shared = sum(w in theirs for w in words)
    if not words or (words[0] not in theirs and not _shares_most(shared, len(words))):
        return False
    # The subject skipped still counts as a word both share ("الزلزال مدمر بلا شك" beside "ووصف
    # الخبير الزلزال بأنه مدمر"): it is only not where the comparison starts.
    enough = shared + skipped >= MIN_SHARED and shared + skipped >= MIN_SHARE * (len(words) + skipped)
    if not (a.names or a.kinds):
        return enough
    if not names_stated(a, b, titled=True):
        return False
    if timeless <= b.kinds:
        return True
    if not enough or not any(k[0] == "people" for k in timeless & b.kinds):
        return False
    # A count at another value that names no place is no other value of a count told of a place
    # ("76 killed", an agency's toll of its own country, beside "244 killed in Syria").
    return any(kind == "place" for kind, _ in a.names) or not any(kind == "place" for kind, _ in b.names)


def _shares_most(shared: int, words: int) -> bool:
    """Do ``shared`` of a sentence's ``words`` words of what happened make it the other's fact told
    in another order, whatever word it opens with (:data:`REORDERED_SHARED`,
    :data:`REORDERED_SHARE`)?"""
    return shared >= REORDERED_SHARED and shared >= REORDERED_SHARE * words


def _in_any_words(a: Told, b: Told, sharing: bool) -> bool:
    """Does ``a`` give a fact ``b`` gives that is one fact however each words it: a match's result
    (the same score of the same teams), or a record against the same year ("the first ... since
    2011") when they share a word of what happened (``sharing``)? Who it names and what quantities
    it gives are read by :func:`told_again`."""
    if a.scores and a.scores <= b.scores:
        return True
    return bool(a.records) and a.records <= b.records and sharing


def told_again_in(
    found: Sequence[Told],
    order: Sequence[int],
    rounds: Sequence[bool] = (),
    spoken: Sequence[Told] = (),
    *,
    idioms: bool = False,
) -> dict[int, int]:
    """Which of ``found`` tell again what another tells: index -> the index it is told in. Read in
    ``order`` (the sentence that says least first), and a sentence told again is never the one
    another is told in, so of two that tell each other one stays. ``rounds``: whether each tells
    of an earlier round of a contest (:attr:`khulasa.extract.claims.Claims.earlier_round`): the
    first round's shares and the runoff's are two facts, however alike their words. ``spoken``:
    ``found`` read past their speakers (:func:`khulasa.summarizer.select.meanings`' ``speakers``),
    read as the sentence that may tell again; default ``found`` itself. ``idioms``: the light verbs
    of ``resources/ar/retold_idioms.txt`` are light too (:func:`idiom_light_verbs`)."""
    light, subjects = light_verbs() | (idiom_light_verbs() if idioms else frozenset()), subject_words()
    rounds = list(rounds) or [False] * len(found)
    spoken = list(spoken) or list(found)
    out: dict[int, int] = {}
    for x in order:
        y = next(
            (
                y
                for y in order
                if y != x
                and y not in out
                and rounds[x] == rounds[y]
                and told_again(spoken[x], found[y], light, subjects)
            ),
            None,
        )
        if y is not None:
            out[x] = y
    return out
