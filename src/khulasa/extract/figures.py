"""Numbers, quantities, durations and dates in Arabic news text, with character offsets.

Figures are read from digits (ASCII, Arabic-Indic, Persian) and from written cardinals
("ثلاث ساعات ونصف" = 3.5 hours, "ساعتين" = 2 hours, "خمسين دقيقة", "ضعف المدة ... 50 دقيقة"
= 100 minutes), and big numbers as outlets write them, in parts ("39 مليون 702 ألف 457 صوتا",
"مليونان و300 ألف" = 2,300,000). Ordinals are left out on purpose: "أول"/"الثانية" rank things,
they do not measure them. All word lists are data files under ``resources/ar/``.

Each figure also gets a *subject*: the content words around it in its sentence ("استمر",
"المحادثات", "الجلسة"), so that figures about the same thing in different outlets can be put side
by side (:func:`group_figures`) and flagged when their values disagree.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from khulasa.deadline import check_time
from khulasa.extract.gazetteer import gazetteer, title_words
from khulasa.extract.kinds import kind_of_word
from khulasa.resources import load_word_list
from khulasa.text.normalize import Analyzer, normalize, proclitic_forms, stopwords

# --- lexicon -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of measure: its key, dimension and factor to the dimension's base unit."""

    key: str
    dimension: str
    factor: float  # to the dimension's base unit (minutes for durations)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Normalized word lists read from the resource files (see :func:`lexicon`)."""

    numbers: Mapping[str, tuple[str, float]]  # form -> (kind, value)
    units: Mapping[str, tuple[Unit, bool]]  # form -> (unit, is_dual)
    months: Mapping[tuple[str, ...], int]
    weekdays: Mapping[str, int]
    year_cues: frozenset[str]
    qualifiers: Mapping[tuple[str, ...], str]  # phrase -> approx | more | less
    relations: Mapping[str, str]  # cue word -> what a nearby figure measures ("lasted")
    # First word -> (position in ``qualifiers``, phrase, kind): the phrases that can start there.
    qualifier_starts: Mapping[str, tuple[tuple[int, tuple[str, ...], str], ...]] = field(default_factory=dict)
    roles: Mapping[str, str] = field(default_factory=dict)  # cue word -> people unit ("killed")
    # Parts of the day ("ظهرا"): after a number they tell when, and count nothing.
    day_parts: frozenset[str] = frozenset()
    # Words before a number with no unit after it that say what it is ("الدقيقة 62"): (dimension, unit).
    labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # Units of several words ("في المئة"), by their first word: (the whole phrase, unit).
    unit_phrases: Mapping[str, tuple[tuple[tuple[str, ...], Unit], ...]] = field(default_factory=dict)
    # Ordinals that give a mark's value after a label ("الدقيقة الأولى"): form -> value.
    ordinals: Mapping[str, float] = field(default_factory=dict)
    # Nouns that head a count of people ("عدد", "حصيلة"): a role cue right after one of them names
    # what a number later in the clause counts.
    tally_heads: frozenset[str] = frozenset()
    # Label words of two marks ("الدقيقتين 47 و52"), short labels read only against their number
    # ("د52", "(د 52)") and words between a label and its number ("الدقيقة الـ 52"): see
    # ``ar/number_labels.txt``.
    dual_labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    short_labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    label_links: frozenset[str] = frozenset()
    # Label words of a list of marks ("الدقائق 22 و73 و90"): every number of the list is one.
    plural_labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)


def _rows(name: str) -> Iterable[list[str]]:
    for line in load_word_list(name):
        yield [part.strip() for part in line.split("|")]


def _forms(field: str) -> list[tuple[str, ...]]:
    return [tuple(normalize(p) for p in f.split("_")) for f in field.split() if f != "-"]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged number words, units, month/weekday names and qualifiers, normalized."""
    numbers: dict[str, tuple[str, float]] = {}
    for kind, value, forms in _rows("ar/number_words.txt"):
        for form in _forms(forms):
            numbers[form[0]] = (kind, float(value))
    months, weekdays, year_cues, qualifiers, day_parts = _dates()
    starts: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for rank, (phrase, kind) in enumerate(qualifiers.items()):
        starts.setdefault(phrase[0], []).append((rank, phrase, kind))
    units, unit_phrases = _units()
    roles = _first_words("ar/people_roles.txt")
    return Lexicon(
        numbers,
        units,
        months,
        weekdays,
        frozenset(year_cues),
        qualifiers,
        _first_words("ar/figure_cues.txt"),
        {w: tuple(v) for w, v in starts.items()},
        {w: role for w, role in roles.items() if role != _TALLY},
        frozenset(day_parts),
        _labels(),
        unit_phrases,
        {form[0]: float(value) for value, forms in _rows("ar/ordinals.txt") for form in _forms(forms)},
        frozenset(w for w, role in roles.items() if role == _TALLY),
        _labels("dual"),
        _labels("short"),
        frozenset(_labels("between")),
        _labels("plural"),
    )


# The row of ``people_roles.txt`` that lists the heads of a count, not a role.
_TALLY = "tally"
# How far back from a number a count's head and its role cue are looked for ("عدد ضحايا ... إلى 82"),
# and how far when a verb of ``ar/tally_verbs.txt`` (and "إلى") stands right before the number: the
# count's value closes a long subject ("عدد الوفيات جراء سيول وانهيارات أرضية أعقبت أمطارا غزيرة
# في جزيرة سومطرة ارتفع إلى 303 أشخاص").
_TALLY_REACH = 8
_TALLY_FAR_REACH = 16
_TO = normalize("إلى")  # "ارتفع إلى 303": the verb stands before it


@lru_cache(maxsize=1)
def _tally_verbs() -> frozenset[str]:
    """The verbs of ``ar/tally_verbs.txt``, normalized, with و/ف in front too."""
    words = {normalize(w) for w in load_word_list("ar/tally_verbs.txt")}
    return frozenset(words | {f"{p}{w}" for w in words for p in "وف"})


def _tally_reach(toks: Sequence[Token], start: int) -> int:
    """How far back from the number at ``start`` :func:`_tallied_role` looks: ``_TALLY_FAR_REACH``
    when a verb of :func:`_tally_verbs` stands right before it, or before "إلى" right before it."""
    k = start - 1
    if k >= 0 and toks[k].kind == "word" and toks[k].norm == _TO:
        k -= 1
    if k >= 0 and toks[k].kind == "word" and toks[k].norm in _tally_verbs():
        return _TALLY_FAR_REACH
    return _TALLY_REACH


# How the rows of ``ar/number_labels.txt`` other than a dimension's are read: a dual label, a short
# one and a word between a label and its number; the first two give marks.
_LABEL_FORMS = ("dual", "short", "between", "plural")


def _labels(form_kind: str = "") -> dict[str, tuple[str, str]]:
    """Words before a number that say what it is (``ar/number_labels.txt``): form -> (dimension,
    unit); with ``form_kind``, the rows of that kind (``_LABEL_FORMS``), each read as a mark."""
    return {
        form[0]: ("mark" if form_kind else dimension, unit)
        for unit, dimension, forms in _rows("ar/number_labels.txt")
        if dimension == form_kind or (not form_kind and dimension not in _LABEL_FORMS)
        for form in _forms(forms)
    }


def _units() -> tuple[dict[str, tuple[Unit, bool]], dict[str, tuple[tuple[tuple[str, ...], Unit], ...]]]:
    """``ar/units.txt`` read once: unit words, each with its unit and whether it is the dual form
    ("ساعتين": two hours); and units written in several words ("في_المئة"), by their first word."""
    words: dict[str, tuple[Unit, bool]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], Unit]]] = {}
    for key, dimension, factor, singular, dual in _rows("ar/units.txt"):
        unit = Unit(key, dimension, float(factor))
        for form in _forms(singular):
            if len(form) == 1:
                words[form[0]] = (unit, False)
            else:
                phrases.setdefault(form[0], []).append((form, unit))
        for form in _forms(dual):
            if len(form) == 1:
                words[form[0]] = (unit, True)
    return words, {first: tuple(found) for first, found in phrases.items()}


def _unit_after(toks: Sequence[Token], j: int, lex: Lexicon) -> tuple[Unit, int] | None:
    """The unit written at token ``j``, in one word or several ("في المئة"), and where it ends. A
    unit of several words goes first: "كيلومترا في الساعة" is a speed, not the distance its first
    word names."""
    phrase = _unit_phrase_at(toks, j, lex)
    if phrase is not None:
        return phrase
    unit = _unit_at(toks, j, lex)
    return (unit[0], j + 1) if unit is not None else None


def _unit_phrase_at(toks: Sequence[Token], j: int, lex: Lexicon) -> tuple[Unit, int] | None:
    """A unit of several words starting at token ``j`` ("في المئة"), and where it ends."""
    if j >= len(toks) or toks[j].kind != "word":
        return None
    for phrase, unit in lex.unit_phrases.get(toks[j].norm, ()):
        end = j + len(phrase)
        if end <= len(toks) and all(toks[j + k].norm == phrase[k] for k in range(1, len(phrase))):
            return unit, end
    return None


def _dates() -> tuple[dict[tuple[str, ...], int], dict[str, int], set[str], dict[tuple[str, ...], str], set[str]]:
    """Month names, weekday names, words that announce a year, qualifier phrases by kind, and
    parts of the day."""
    months: dict[tuple[str, ...], int] = {}
    weekdays: dict[str, int] = {}
    year_cues: set[str] = set()
    day_parts: set[str] = set()
    qualifiers: dict[tuple[str, ...], str] = {}
    for kind, value, forms in _rows("ar/dates.txt"):
        for form in _forms(forms):
            if kind == "month":
                months[form] = int(value)
            elif kind == "weekday":
                weekdays[form[0]] = int(value)
            elif kind == "yearcue":
                year_cues.add(form[0])
            elif kind == "daypart":
                day_parts.add(form[0])
            else:
                qualifiers[form] = kind
    return months, weekdays, year_cues, qualifiers, day_parts


def _first_words(name: str) -> dict[str, str]:
    """First word of each form -> its label, from a ``label | forms`` word list."""
    out: dict[str, str] = {}
    for label, forms in _rows(name):
        for form in _forms(forms):
            out[form[0]] = label
    return out


# --- tokens with offsets -------------------------------------------------------------------------


class Token(NamedTuple):
    """A token of a sentence with its offsets, text, normalized form and kind."""

    start: int
    end: int
    text: str
    norm: str
    kind: str  # word | digits | punct


_TOKEN = re.compile(
    r"(?P<digits>\d+(?:[.,٫٬]\d+)*)"
    r"|(?P<word>(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])+)"
    r"|(?P<punct>[^\s\w])"
)
_WEEKDAY_NAMES = ("", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
_SENTENCE_END = frozenset(".!?؟؛;")
# Words before a figure in which a cue word names what it measures.
RELATION_WINDOW = 16


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """Words, numbers and single punctuation marks of ``text`` with their offsets.

    Cached: a comparison reads each sentence for actors, for figures and again for each figure's
    subject and measured event.
    """
    return tuple(
        Token(m.start(), m.end(), m.group(), _normalized_token(m.group()), m.lastgroup or "punct")
        for m in _TOKEN.finditer(text)
    )


@lru_cache(maxsize=1 << 17)
def _normalized_token(word: str) -> str:
    """:func:`normalize` of one token: a cluster's sentences repeat the same words over and over."""
    return normalize(word)


# Punctuation that ends the clause a figure sits in, for :func:`figure_context`.
_CLAUSE_BREAK = frozenset('.!?؟؛;:،,()«»"“”')


def figure_context(sentence: str, start: int, end: int, *, before: int = 5, after: int = 2) -> str:
    """The words around ``sentence[start:end]`` as written: up to ``before`` words before it and
    ``after`` after it, within its clause (a heading a reader can take in at a glance)."""
    toks = tokens(sentence)
    left = [k for k, t in enumerate(toks) if t.end <= start]
    right = [k for k, t in enumerate(toks) if t.start >= end]
    first, words = start, 0
    for k in reversed(left):
        if (toks[k].kind == "punct" and toks[k].text in _CLAUSE_BREAK) or words == before:
            break
        first = toks[k].start
        words += toks[k].kind != "punct"
    last, words = end, 0
    for k in right:
        if (toks[k].kind == "punct" and toks[k].text in _CLAUSE_BREAK) or words == after:
            if toks[k].start == last and last > end:
                last = _through_quote(toks, k, last)
            break
        last = toks[k].end
        words += toks[k].kind != "punct"
    return sentence[first:last].strip()


# A quote glued to the word before it is taken whole into a figure's context when it closes within
# this many words ("صوتوا بـ«نعم»").
_QUOTE_WORDS = 3


def _through_quote(toks: Sequence[Token], k: int, last: int) -> int:
    """Where a figure's context ends when the word it ends on (at ``last``) is glued to the
    punctuation ``toks[k]``: a quote mark that opens a short quote ("صوتوا بـ«نعم»", "بي”نعم”") is
    kept whole, to its closing mark; else the glued word is dropped when it is a bare proclitic
    ("بـ", "لـ"), which is no word. A subject ends at a word's end, never inside one."""
    if toks[k].text in _QUOTES:
        for j in range(k + 1, min(k + 2 + _QUOTE_WORDS, len(toks))):
            if toks[j].kind == "punct":
                return toks[j].end if toks[j].text in _QUOTES and j > k + 1 else last
    glued = toks[k - 1]
    if glued.kind == "word" and len(glued.norm.replace("ـ", "")) <= 1:
        return max((t.end for t in toks[: k - 1] if t.end <= glued.start), default=last)
    return last


@lru_cache(maxsize=1 << 17)
def _word_forms(norm: str) -> tuple[str, ...]:
    """A word with and without one-letter proclitics, for words of 3+ letters: number and unit
    words are short ("بست" is "ب" + "ست", six). Cached on its own (one positional key): the figure
    reader asks it several times for every word of every sentence."""
    return proclitic_forms(norm, longer_than=2)


def parse_digits(text: str) -> float | None:
    """Value of a digit token: "٣٫٥" -> 3.5, "1,000" -> 1000, "2011" -> 2011."""
    s = normalize(text).replace("٫", ".").replace("٬", ",")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", s):
        s = s.replace(",", "")
    s = s.replace(",", ".")
    if s.count(".") > 1:
        return None
    try:
        return float(s)
    except ValueError:
        return None


# --- figures -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure stated in a document: ``documents[doc].text[start:end] == text``.

    ``value`` is in ``unit`` as written (3.5 for "ثلاث ساعات ونصف"); ``amount`` is in the
    dimension's base unit (210.0 minutes) and is what outlets are compared on. Dates encode as
    ``month*100 + day`` (day 0 when not given), weekdays as 1 (Monday) to 7, years as the year,
    match scores (dimension ``score``) as ``first*100 + second`` as written, their amount the
    higher number first (:func:`score_amount`: "1-2" and "2-1" are one amount, 201).
    ``qualifier`` is "", "approx", "more" or "less"; ``note`` spells out derived values
    ("2 × 50 دقيقة").
    """

    doc: str
    start: int
    end: int
    text: str
    dimension: str
    unit: str
    value: float
    amount: float
    qualifier: str = ""
    note: str = ""

    @property
    def label(self) -> str:
        """The normalized value for display: "210 min", "2011", "04-25", "Thursday"."""
        return figure_label(self.dimension, self.unit, self.amount)

    @property
    def arabic_label(self) -> str:
        """The normalized value in Arabic words (:func:`arabic_figure_label`); a count with the noun
        as the text writes it ("72 عربة", not the normalized key "72 عربه")."""
        if self.dimension == "count":
            return f"{_fmt(self.amount)} {self.written_noun}"
        return arabic_figure_label(self.dimension, self.unit, self.amount)

    @property
    def written_noun(self) -> str:
        """The counted noun as the text writes it (its last word), else the unit's key."""
        words = [t.text for t in tokens(self.text) if t.kind == "word"]
        return words[-1] if words else self.unit

    def to_dict(self) -> dict[str, Any]:
        """The figure as JSON."""
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "dimension": self.dimension,
            "unit": self.unit,
            "value": json_number(self.value),
            "amount": json_number(self.amount),
            "normalized": self.label,
            "qualifier": self.qualifier,
            "note": self.note,
        }


def json_number(x: float) -> float | int:
    """``x`` as JSON shows a figure: a whole number without ".0", else rounded to 4 places."""
    return int(x) if float(x).is_integer() else round(x, 4)


@lru_cache(maxsize=1)
def _unit_factors() -> Mapping[str, float]:
    """Each unit's factor to its dimension's base unit (``ar/units.txt``): 1000 for a kilometre."""
    return {key: float(factor) for key, _dimension, factor, *_ in _rows("ar/units.txt")}


def in_unit(unit: str, amount: float) -> float:
    """``amount`` (in its dimension's base unit) back in ``unit``: 250000 metres are 250 kilometres.
    A unit without a factor (a counted noun as written) keeps the amount."""
    return amount / _unit_factors().get(unit, 1.0)


def figure_label(dimension: str, unit: str, amount: float) -> str:
    """A readable label for an amount in a unit (durations in their own unit)."""
    if dimension == "duration":
        if unit not in ("second", "minute", "hour"):
            return f"{_fmt(amount / _DURATION_FACTOR[unit])} {unit}"
        if amount >= 120:
            return f"{_fmt(amount)} min ({_fmt(amount / 60)} h)"
        return f"{_fmt(amount)} min"
    if dimension == "date":
        month, day = divmod(int(amount), 100)
        return f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"
    if dimension == "weekday":
        return _WEEKDAY_NAMES[int(amount)]
    if dimension == "year":
        return str(int(amount))
    if dimension == "percent":
        return f"{_fmt(amount)}%"
    if dimension in _READ_LIKE_A_CLOCK:
        return _READ_LIKE_A_CLOCK[dimension](amount)
    return f"{_fmt(in_unit(unit, amount))} {unit}"


def score_label(amount: float) -> str:
    """A score's amount (:func:`score_amount`) as a result reads, the higher number first: "2-1"."""
    high, low = score_sides(amount)
    return f"{high}-{low}"


def score_sides(amount: float) -> tuple[int, int]:
    """The goals of the two sides of a score's amount (:func:`score_amount`), the higher first: 201 -> (2, 1)."""
    high, low = divmod(int(amount), int(_SCORE_BASE))
    return high, low


def clock_label(amount: float) -> str:
    """A time of day's amount (minutes since midnight) as a clock reads it: 334 -> "05:34"."""
    hour, minute = divmod(int(amount), 60)
    return f"{hour:02d}:{minute:02d}"


# Amounts written as a scoreboard or a clock shows them: "2-1", "05:34".
_READ_LIKE_A_CLOCK = {"score": score_label, "time": clock_label}


@lru_cache(maxsize=1)
def mark_words() -> Mapping[str, str]:
    """The word that names each kind of mark, as ``ar/number_labels.txt`` first writes it (unit ->
    "الدقيقة", "المرة"): a mark reads "الدقيقة 65", the 65th minute, not "65 دقيقة"."""
    return {unit: forms.split()[0] for unit, dimension, forms in _rows("ar/number_labels.txt") if dimension == "mark"}


def mark_word(unit: str) -> str | None:
    """The word that names a mark of ``unit`` (:func:`mark_words`); for a noun's ordinal
    (:func:`_ordinal_of_noun`), whose unit is the noun normalized ("النسخه"), :data:`NOUN_ORDINAL_LABEL`;
    None for a unit neither names (its readers keep their own label)."""
    return mark_words().get(unit) or (NOUN_ORDINAL_LABEL if unit.startswith("ال") else None)


def arabic_figure_label(dimension: str, unit: str, amount: float) -> str:
    """The normalized value in Arabic words for readers: "210 دقيقة (3.5 ساعة)", "شهران", "25 أبريل",
    "12 شخصًا" (:attr:`Figure.label` is the same value in compact notation, for programs)."""
    if dimension == "duration":
        if unit not in ("second", "minute", "hour"):
            return counted(amount / _DURATION_FACTOR[unit], unit)
        if amount >= 120:
            return f"{counted(amount, 'minute')} ({counted(amount / 60, 'hour')})"
        return counted(amount, "minute")
    if dimension == "date":
        month, day = divmod(int(amount), 100)
        name = _month_names()[month] if 1 <= month <= 12 else str(month)
        return f"{day} {name}" if day else name
    if dimension == "weekday":
        return _WEEKDAY_NAMES[int(amount)]
    if dimension == "year":
        return str(int(amount))
    if dimension == "percent":
        return f"{_fmt(amount)}٪"
    if dimension in ("score", "time"):
        return figure_label(dimension, unit, amount)
    if dimension == "mark" and (word := mark_word(unit)):
        return f"{word} {_fmt(amount)}"
    return counted(in_unit(unit, amount), unit)


def counted(amount: float, unit: str) -> str:
    """``amount`` of ``unit`` with the noun in the form Arabic gives it after that number
    (``ar/unit_words.txt``); a unit without an entry (a counted noun as written) follows the digits."""
    forms = _unit_words().get(unit)
    if forms is None:
        return f"{_fmt(amount)} {unit}"
    singular, dual, plural, accusative = forms
    if not float(amount).is_integer():
        return f"{_fmt(amount)} {singular}"
    n = int(amount)
    if n == 2:
        return dual
    last = n % 100 if n >= 100 else n
    if (n >= 100 and last in (0, 1, 2)) or n <= 1:
        return f"{n} {singular}"
    return f"{n} {plural}" if 3 <= last <= 10 else f"{n} {accusative}"


@lru_cache(maxsize=1)
def _unit_words() -> Mapping[str, tuple[str, str, str, str]]:
    out = {}
    for row in _rows("ar/unit_words.txt"):
        key, singular, dual, plural, accusative = row
        out[key] = (singular, dual, plural, accusative)
    return out


@lru_cache(maxsize=1)
def _month_names() -> Mapping[int, str]:
    """The first (Western-series) name of each month in ``ar/dates.txt``."""
    return {int(value): forms.split()[0] for kind, value, forms, *_ in _rows("ar/dates.txt") if kind == "month"}


_DURATION_FACTOR = {"day": 1440.0, "week": 10080.0, "month": 43830.0, "year": 525960.0, "decade": 5259600.0}


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.2f}".rstrip("0").rstrip(".")


# The kinds of ``number_words.txt`` that multiply the number before them ("3 ملايين", "39 مليونا").
_SCALES = frozenset({"scale", "scaleafter"})


class _Number(NamedTuple):
    value: float
    end: int  # index of the token after the number


def _number_value(tok: Token, lex: Lexicon) -> tuple[str, float] | None:
    """(kind, value) of a single number token: digits or a written cardinal (never definite)."""
    if tok.kind == "digits":
        v = parse_digits(tok.text)
        return None if v is None else ("digits", v)
    if tok.kind != "word":
        return None
    for form in _number_forms(tok.norm):
        if form in lex.numbers:
            return lex.numbers[form]
    return None


@lru_cache(maxsize=1 << 16)
def _number_forms(norm: str) -> tuple[str, ...]:
    """:func:`_word_forms` of a word read as a number, without the one that drops a ك ("like"):
    "كمية" (a quantity) is no "ك" + "مية" (a hundred), and "like a hundred" is seldom news. Cached:
    asked of every word of every sentence, often twice."""
    rest = norm[1:] if norm[:1] in "وف" and len(norm) > 2 else norm
    forms = _word_forms(norm)
    return tuple(f for f in forms if f != rest[1:]) if rest[:1] == "ك" else forms


def read_number(toks: Sequence[Token], i: int, lex: Lexicon) -> _Number | None:
    """A cardinal starting at ``toks[i]``: digits or words joined by و ("خمسة وعشرين", "ثلاثة آلاف")."""
    first = _number_value(toks[i], lex)
    if first is None or first[0] in ("fraction", "multiplier", "scaleafter"):
        return None
    kind, value = first
    if kind == "scale":  # "ألف" alone means one thousand
        kind = "dualscale"
    total, current, j = 0.0, value, i + 1
    if kind == "dualscale":
        total, current = value, 0.0
    while j < len(toks):
        nxt = _number_value(toks[j], lex)
        if nxt is None or nxt[0] in ("fraction", "multiplier", "digits"):
            break
        k, v = nxt
        joined = toks[j].norm.startswith("و") and toks[j].norm not in lex.numbers
        if k in _SCALES and not joined:
            total += (current or 1) * v
            current = 0.0
        elif k == "hundred" and v == 100 and 3 <= current <= 9 and not joined:
            current *= 100  # "ثلاث مئة"
        elif k == "unit" and v == 10 and current < 10 and not joined:
            current += 10  # "ثلاثة عشر"
        elif joined:
            current += v
        else:
            break
        j += 1
    return _Number(total + current, j)


def _unit_at(toks: Sequence[Token], j: int, lex: Lexicon) -> tuple[Unit, bool] | None:
    if j >= len(toks) or toks[j].kind not in ("word", "punct"):
        return None
    for form in _word_forms(toks[j].norm):
        if form in lex.units:
            return lex.units[form]
    return None


def _ordinal_mark(toks: Sequence[Token], i: int, lex: Lexicon) -> _Hit | None:
    """An ordinal right after a label word ("الدقيقة الأولى"): the mark at that value, with the
    tens that follow it ("للمرة الثانية عشرة": the twelfth, "الحادية والعشرين": the 21st)."""
    if toks[i].kind != "word":
        return None
    value = next((lex.ordinals[f] for f in _word_forms(toks[i].norm) if f in lex.ordinals), None)
    label = _label_before(toks, i, lex) if value is not None else None
    if label is None or value is None:
        return None
    tens = _ordinal_tens(toks, i + 1, lex) if value < 10 else None
    end, value = (i + 2, value + tens) if tens else (i + 1, value)
    return _Hit(i, end, label[0], label[1], value, value)


# What a noun's ordinal is called for readers ("الترتيب 15": the 15th title, edition, summit).
NOUN_ORDINAL_LABEL = "الترتيب"


def _ordinal_of_noun(toks: Sequence[Token], i: int, lex: Lexicon, stop: frozenset[str]) -> _Hit | None:
    """A compound ordinal in words right after a definite noun, no label ("اللقب الرابع عشر",
    "للنسخة الحادية والعشرين"): a mark of that noun (its unit the noun with its article, "اللقب"),
    as "للمرة الخامسة عشرة" is a mark of times. Outlets that write "الرابع عشر" and "الخامس عشر" of
    one title disagree. Only ordinals with their tens (:data:`_NOUN_ORDINAL_MIN` and more): "الشوط
    الثاني", "المركز الأول", "الهدف الثالث" name one item of a few (two halves, two goals), which
    outlets tell apart, not a count. Not digits after "الـ" either: "الدول الأعضاء الـ13" counts the
    members ("اللقب الـ 15" is the 15th), and only the noun's number tells them apart."""
    if i < 1 or toks[i].kind != "word" or toks[i - 1].kind != "word" or not toks[i].norm.startswith("ال"):
        return None
    units = next((lex.ordinals[f] for f in _word_forms(toks[i].norm) if f in lex.ordinals), None)
    tens = _ordinal_tens(toks, i + 1, lex) if units is not None and units < 10 else None
    if units is None or not tens or units + tens < _NOUN_ORDINAL_MIN:
        return None
    noun = next((f for f in _word_forms(toks[i - 1].norm) if f.startswith("ال") and len(f) > 3), None)
    if noun is None or noun in stop or noun in lex.ordinals or noun[2:] in lex.numbers:
        return None
    return _Hit(i, i + 2, "mark", noun, units + tens, units + tens)


# The least ordinal read as a mark of its noun (:func:`_ordinal_of_noun`): those with tens.
_NOUN_ORDINAL_MIN = 11


def _ordinal_tens(toks: Sequence[Token], j: int, lex: Lexicon) -> float | None:
    """The tens after the units of a compound ordinal: "عشرة" after "الثانية" (10), "والعشرين"
    after "الحادية" (20); none when no such word follows."""
    if j >= len(toks) or toks[j].kind != "word":
        return None
    norm = toks[j].norm
    forms = (norm,) if not norm.startswith("وال") else (norm, norm[3:])
    for form in forms:
        kind, value = lex.numbers.get(form, ("", 0.0))
        if (kind == "unit" and value == 10 and form == norm) or (kind == "ten" and form != norm):
            return value
    return None


def _label_before(toks: Sequence[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """What the word before a number says it is ("الدقيقة 62": a minute mark), if it is a label:
    also with "الـ" between them ("الدقيقة الـ 52"), a dual label for the number after it and the
    one after و ("الدقيقتين 47 و52"), a plural label for every number of the list after it
    ("الدقائق 22 و73 و90") and a short label against its number ("(د52)", "د.52")."""
    return (
        _named_label(toks, i, lex, lex.labels)
        or _named_label(toks, i, lex, lex.dual_labels)
        or _second_of_two(toks, i, lex)
        or _in_list(toks, i, lex)
        or _short_label(toks, i, lex)
    )


def _named_label(
    toks: Sequence[Token], i: int, lex: Lexicon, table: Mapping[str, tuple[str, str]]
) -> tuple[str, str] | None:
    """The label of ``table`` right before token ``i``, before a word between ("الـ"), before an
    opening bracket around the digits ("في الدقيقة (42)") or before both ("الدقيقة الـ(72)")."""
    k = i - 1
    if k > 0 and toks[k].text == "(" and toks[i].kind == "digits":
        k -= 1
    if k > 0 and toks[k].kind == "word" and toks[k].norm in lex.label_links:
        k -= 1
    if k < 0 or toks[k].kind != "word":
        return None
    return next((table[f] for f in _word_forms(toks[k].norm) if f in table), None)


def _second_of_two(toks: Sequence[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """The second number after a dual label: "52" in "الدقيقتين 47 و52"."""
    if i < 3 or toks[i].kind != "digits" or toks[i - 1].norm != "و" or toks[i - 2].kind != "digits":
        return None
    return _named_label(toks, i - 2, lex, lex.dual_labels)


# What joins the numbers of a list of marks after a plural label ("22 و73، 90").
_LIST_JOINS = frozenset({"و", "،", ","})


def _in_list(toks: Sequence[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """A number of a list after a plural label: "22", "73" and "90" in "الدقائق 22 و 73 و90"."""
    if toks[i].kind != "digits" or not lex.plural_labels:
        return None
    k = i
    while k >= 2 and toks[k - 1].norm in _LIST_JOINS and toks[k - 2].kind == "digits":
        k -= 2
    return _named_label(toks, k, lex, lex.plural_labels)


def _short_label(toks: Sequence[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """A short label before the digits at ``i``, with or without a dot: against them ("د52",
    "د.52") or after an opening bracket ("(د 52)")."""
    if toks[i].kind != "digits" or i == 0:
        return None
    k = i - 1
    if toks[k].text == "." and k > 0:
        glued = _glued(toks[k - 1], toks[k]) and _glued(toks[k], toks[i])
        k -= 1
    else:
        glued = _glued(toks[k], toks[i])
    label = lex.short_labels.get(toks[k].norm) if toks[k].kind == "word" else None
    if label is None:
        return None
    bracket = k > 0 and toks[k - 1].text == "("
    return label if glued or bracket else None


def _definite_unit_at(toks: Sequence[Token], j: int, lex: Lexicon) -> tuple[Unit, bool] | None:
    if j < len(toks) and toks[j].kind == "word" and toks[j].norm.startswith("ال"):
        return lex.units.get(toks[j].norm[2:])
    return None


def _fraction_at(toks: Sequence[Token], j: int, lex: Lexicon) -> float | None:
    """A fraction joined by و: "ونصف" -> 0.5."""
    if j >= len(toks) or toks[j].kind != "word" or not toks[j].norm.startswith("و"):
        return None
    entry = lex.numbers.get(toks[j].norm[1:])
    return entry[1] if entry and entry[0] == "fraction" else None


def _qualifier_at(toks: Sequence[Token], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """The first qualifier phrase (in the word list's order) that starts at token ``i``."""
    if i >= len(toks):
        return None
    forms = _word_forms(toks[i].norm)
    if lex.qualifier_starts.keys().isdisjoint(forms):
        return None  # most words start no qualifier: no sorting of nothing
    starting = sorted(entry for form in forms for entry in lex.qualifier_starts.get(form, ()))
    for _, phrase, kind in starting:
        n = len(phrase)
        if i + n <= len(toks) and all(phrase[k] in _word_forms(toks[i + k].norm) for k in range(1, n)):
            return kind, i + n
    return None


def _month_at(toks: Sequence[Token], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """(month, next index) for a month name at ``i``, also "شباط/فبراير" and "كانون الثاني"."""
    if i >= len(toks) or toks[i].kind != "word":
        return None
    found = None
    for form in _word_forms(toks[i].norm):
        if i + 1 < len(toks) and (form, toks[i + 1].norm) in lex.months:
            found = (lex.months[(form, toks[i + 1].norm)], i + 2)
            break
        if (form,) in lex.months:
            found = (lex.months[(form,)], i + 1)
            break
    if found is None:
        return None
    month, j = found
    if j + 1 < len(toks) and toks[j].text == "/":  # alternate name of the same month
        alt = _month_at(toks, j + 1, lex)
        if alt is not None and alt[0] == month:
            j = alt[1]
    return month, j


_DATE_CONTEXT = frozenset(normalize(w) for w in ("في", "من", "منذ", "حتى", "خلال", "مطلع", "أواخر", "منتصف"))
_RELATIVE = frozenset(normalize(w) for w in ("الماضي", "المقبل", "القادم", "الحالي", "الجاري"))


class _Hit(NamedTuple):
    start: int  # token index
    end: int  # token index after the figure
    dimension: str
    unit: str
    value: float
    amount: float
    note: str = ""


def _whole(tok: Token) -> int | None:
    """The value of a token of plain digits (ASCII or Arabic-Indic), else None."""
    if tok.kind != "digits":  # first: the figure reader asks this of every word
        return None
    norm = normalize(tok.text)
    return int(norm) if re.fullmatch(r"[0-9]{1,9}", norm) else None


def _year_like(tok: Token) -> int | None:
    year = _whole(tok)
    if year is not None and len(normalize(tok.text)) == 4 and 1900 <= year <= 2100:
        return year
    return None


def _date_at(toks: Sequence[Token], i: int, lex: Lexicon) -> _Hit | None:
    """A date, weekday or year at token ``i``."""
    return _day_month_at(toks, i, lex) or _month_at_date(toks, i, lex) or _weekday_or_year_at(toks, i, lex)


def _day_month_at(toks: Sequence[Token], i: int, lex: Lexicon) -> _Hit | None:
    """Day and month ("25 نيسان/أبريل"), optionally a year."""
    day = _whole(toks[i])
    if day is None or not 1 <= day <= 31:
        return None
    m = _month_at(toks, i + 1, lex)
    if m is None:
        return None
    month, j = m
    if j < len(toks) and _year_like(toks[j]):
        j += 1
    return _Hit(i, j, "date", "date", month * 100 + day, month * 100 + day)


def _month_at_date(toks: Sequence[Token], i: int, lex: Lexicon) -> _Hit | None:
    """A month without a day, when its context makes it a date ("في نيسان", "نيسان الماضي", "نيسان 2019")."""
    m = _month_at(toks, i, lex)
    if m is None:
        return None
    month, j = m
    after = toks[j].norm if j < len(toks) else ""
    before = toks[i - 1].norm if i > 0 else ""
    slashed = j > i + 1 and any(t.text == "/" for t in toks[i:j])
    if not (slashed or before in _DATE_CONTEXT or after in _RELATIVE or (j < len(toks) and _year_like(toks[j]))):
        return None
    if j < len(toks) and (after in _RELATIVE or _year_like(toks[j])):
        j += 1
    return _Hit(i, j, "date", "date", month * 100, month * 100)


def _weekday_or_year_at(toks: Sequence[Token], i: int, lex: Lexicon) -> _Hit | None:
    """A weekday name, a year after a year cue ("عام 2019"), or a year on its own."""
    tok = toks[i]
    if tok.kind == "word":
        for form in _word_forms(tok.norm):
            if form in lex.weekdays:
                day = lex.weekdays[form]
                return _Hit(i, i + 1, "weekday", "weekday", day, day)
        if tok.norm in lex.year_cues and i + 1 < len(toks):
            year = _year_like(toks[i + 1])
            if year is not None:
                return _Hit(i, i + 2, "year", "year", year, year)
    year = _year_like(tok)
    if year is not None and _unit_at(toks, i + 1, lex) is None:
        return _Hit(i, i + 1, "year", "year", year, year)
    return None


# Marks that join a date written in digits: "17/4/2001", "17 / 4 / 2001", "17-4-2001", "2023-02-08".
_DATE_MARKS = frozenset("/-")


def _numeric_date_at(toks: Sequence[Token], i: int) -> _Hit | None:
    """A date written in digits at ``toks[i]``: day, month and year joined by one mark, "/" or "-",
    glued or spaced ("17/4/2001", "17 / 4 / 2001", "17-4-2001"), or year, month and day ("2023-02-08"):
    a date (the month and the day, as :func:`_day_month_at` reads one), never the numbers 17 and 4,
    nor a score "17-4"."""
    if i + 4 >= len(toks) or toks[i].kind != "digits":
        return None
    mark = toks[i + 1].text
    if mark not in _DATE_MARKS or toks[i + 3].text != mark:
        return None
    parts = [_whole(toks[k]) for k in (i, i + 2, i + 4)]
    if any(p is None for p in parts):
        return None
    if _year_like(toks[i + 4]) and not _year_like(toks[i]):
        day, month = parts[0], parts[1]
    elif _year_like(toks[i]) and not _year_like(toks[i + 4]):
        month, day = parts[1], parts[2]
    else:
        return None
    if not (day and month and 1 <= day <= 31 and 1 <= month <= 12):
        return None
    return _Hit(i, i + 5, "date", "date", month * 100 + day, month * 100 + day)


@lru_cache(maxsize=1)
def _month_links() -> frozenset[str]:
    """The words of ``resources/ar/month_links.txt``, normalized."""
    return frozenset(normalize(w) for w in load_word_list("ar/month_links.txt"))


def month_named_at(toks: Sequence[Token], k: int) -> bool:
    """Is a month named at ``toks[k]``, after at most two words of ``ar/month_links.txt`` ("من شهر
    أبريل", "من أبريل", "أبريل")? A day written before it (an ordinal: "الخامس من أبريل") is the
    day of a date."""
    for _ in range(2):
        if k < len(toks) and toks[k].kind == "word" and toks[k].norm in _month_links():
            k += 1
    return k < len(toks) and _month_at(toks, k, lexicon()) is not None


# --- times of day --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _time_zones() -> tuple[tuple[str, ...], ...]:
    """The phrases of ``resources/ar/time_zones.txt``, normalized, word by word ("*": any one word)."""
    return tuple(
        tuple(w if w == "*" else normalize(w) for w in line.split()) for line in load_word_list("ar/time_zones.txt")
    )


def _zone_end(toks: Sequence[Token], k: int) -> int:
    """Past the clock a time of day is read on, written from token ``k`` on (``ar/time_zones.txt``:
    "بتوقيت غرينتش", "ت.غ", "بتوقيت مكة"; the first word behind و too), marks between its words
    passed by: the index of the token after it, or ``k`` when none is written there."""
    if k >= len(toks) or toks[k].kind != "word":
        return k
    words = [k]
    j = k + 1
    while len(words) < 3 and j < len(toks) and (toks[j].kind == "word" or toks[j].text == "."):
        if toks[j].kind == "word":
            words.append(j)
        j += 1
    first = (toks[k].norm, toks[k].norm[1:] if toks[k].norm[:1] in "وف" else "")
    for zone in _time_zones():
        if len(zone) > len(words) or (toks[k].norm != zone[0] and first[1] != zone[0]):
            continue
        if all(z == "*" or toks[words[n]].norm == z for n, z in enumerate(zone) if n):
            return words[len(zone) - 1] + 1
    return k


# The minutes of a time of day written with a mark ("18.14", "4,17"): two digits.
_CLOCK_DIGITS = re.compile(r"([0-9]{1,2})[.,٫٬]([0-9]{2})|([0-9]{2})([0-9]{2})")


def _clock_minutes(tok: Token, *, hhmm: bool) -> float | None:
    """The minutes since midnight of digits that may tell a time of day: hours and two digits of
    minutes joined by a mark ("18.14", "01,17"), or four digits (``hhmm``: "0534")."""
    if tok.kind != "digits":
        return None
    m = _CLOCK_DIGITS.fullmatch(normalize(tok.text))
    if m is None or (m.group(3) and not hhmm):
        return None
    hour, minute = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
    return float(hour * 60 + minute) if hour <= 24 and minute <= 59 else None


def _time_at(toks: Sequence[Token], i: int, lex: Lexicon) -> _Hit | None:
    """A time of day written without a colon at ``toks[i]`` (a colon's, "18:14", the reader passes
    by: :func:`_clock_time`): the hour's word and hours and minutes joined by a mark ("الساعة
    18.14", "بالساعة 4,17"), or hours and minutes (with a mark, or four digits: "0534") before the
    clock they are read on (``ar/time_zones.txt``: "0534 بتوقيت جرينتش", "01.17 ت غ"); a part of
    the day ("صباحا") and the clock after them are part of it. Dimension ``time``, the amount the
    minutes since midnight, compared as a time ("05:34" is the same time: :func:`times_of_day`),
    never a count of a noun the reader does not know ("0534 بتوقيت") nor a decimal."""
    start = i
    if _hour_word(toks[i], lex) and toks[i].kind == "word":
        i += 1
    if i >= len(toks):
        return None
    end = i + 1
    minutes_token = toks[i]
    if _arabic_comma_clock(toks, i):  # "8،30": the hours, the comma and the minutes, three tokens
        end = i + 3
        minutes_token = toks[i]._replace(text=f"{toks[i].text}.{toks[i + 2].text}")
    if end < len(toks) and toks[end].norm in lex.day_parts:
        end += 1
    zoned = _zone_end(toks, end)
    minutes = _clock_minutes(minutes_token, hhmm=zoned > end)
    if minutes is None or (start == i and zoned == end):
        return None
    return _Hit(start, zoned, "time", "clock", minutes, minutes)


def _arabic_comma_clock(toks: Sequence[Token], i: int) -> bool:
    """Hours and two digits of minutes joined by the Arabic comma, glued ("8،30", "00،30"): the
    comma is no part of a digit token (it also lists numbers: "22، 73"), so one glued on both
    sides is read as a time's mark only where :func:`_time_at` reads a time."""
    return (
        i + 2 < len(toks)
        and toks[i].kind == "digits"
        and toks[i + 1].text == "،"
        and toks[i + 2].kind == "digits"
        and toks[i].end == toks[i + 1].start
        and toks[i + 1].end == toks[i + 2].start
        and len(toks[i + 2].text) == 2
    )


def times_of_day(text: str) -> frozenset[float]:
    """The times of day ``text`` writes, as minutes since midnight: with a colon ("الساعة 6:30",
    "(05:34 بتوقيت غرينتش)": hours of at most 24, two digits of minutes) or without one
    (:func:`_time_at`: "الساعة 18.14", "0534 بتوقيت جرينتش"). "05:34" and "0534" are one time."""
    toks = tokens(text)
    out = {f.amount for f in figures_of(text) if f.dimension == "time"}
    for i in range(len(toks) - 2):
        if toks[i + 1].text == ":" and _clock_time(toks, i) and toks[i + 1].end == toks[i + 2].start:
            hour, minute = _whole(toks[i]), toks[i + 2]
            if hour is not None and hour <= 24 and re.fullmatch(r"[0-9]{2}", normalize(minute.text)):
                out.add(float(hour * 60 + int(normalize(minute.text))))
    return frozenset(out)


# --- match scores --------------------------------------------------------------------------------

# A side's goals in a score: two numbers joined by a dash above this are a range or a code.
SCORE_MAX = 20
# The tatweel ("ـ") stands for a dash between two numbers in some outlets' text: "فاز 3ـ1".
_SCORE_DASHES = frozenset("-–—ـ")
# A score's amount (what outlets are compared on) is the higher number, then the lower, as one
# number: "2-1" and "1-2" (the same result written from the other side) are one amount, 201.
_SCORE_BASE = 100.0


def score_amount(first: float, second: float) -> float:
    """The amount of a score of ``first`` and ``second`` goals, either side first: 2-1 -> 201."""
    high, low = max(first, second), min(first, second)
    return high * _SCORE_BASE + low


# The kinds of ``ar/score_words.txt`` whose words head a goalless result told in words ("تعادل",
# "الشوط"), and words that end the reach of one ("ثم"): read by :func:`_score_heads`, apart from
# the phrases (a half is a cue word as well).
_SCORE_HEADS = ("draw", "half")
_SCORE_WORD_SETS = (*_SCORE_HEADS, "stop", "slash", "slash_after", "zero")
# Words at most between a draw word (or a half) and its "دون أهداف": "تعادل منتخب البلد مع خصمه دون أهداف".
GOALLESS_REACH = 6


@lru_cache(maxsize=1)
def _score_lexicon() -> Mapping[str, tuple[str, float]]:
    """``resources/ar/score_words.txt``: normalized form (words joined by a space) -> (kind, value)."""
    out: dict[str, tuple[str, float]] = {}
    for kind, value, forms in _rows("ar/score_words.txt"):
        if kind in _SCORE_WORD_SETS:
            continue
        for form in forms.split():
            out[" ".join(normalize(w) for w in form.split("_"))] = (kind, float(value))
    return out


@lru_cache(maxsize=1)
def _score_heads() -> Mapping[str, frozenset[str]]:
    """The ``draw``, ``half``, ``stop``, ``slash`` and ``zero`` words of
    ``resources/ar/score_words.txt``, normalized, by kind."""
    out: dict[str, set[str]] = {kind: set() for kind in _SCORE_WORD_SETS}
    for kind, _, forms in _rows("ar/score_words.txt"):
        if kind in out:
            out[kind].update(normalize(form) for form in forms.split())
    return {kind: frozenset(forms) for kind, forms in out.items()}


def _word_in(tok: Token | None, words: Collection[str]) -> bool:
    """Is ``tok`` a word of ``words``, a one-letter proclitic aside (:func:`_word_forms`)?"""
    return tok is not None and tok.kind == "word" and any(f in words for f in (tok.norm, *_word_forms(tok.norm)))


def _is_head(tok: Token, kinds: Iterable[str]) -> bool:
    """Is ``tok`` a word of one of ``kinds`` of :func:`_score_heads`, a one-letter proclitic aside?"""
    return tok.kind == "word" and not _head_kinds(tok.norm).isdisjoint(kinds)


@lru_cache(maxsize=1 << 16)
def _head_kinds(norm: str) -> frozenset[str]:
    """The kinds of :func:`_score_heads` the word ``norm`` is one of (a one-letter proclitic aside),
    as :func:`_word_in` reads it: worked out once per word, since score phrases are looked for at
    every word of every sentence."""
    forms = (norm, *_word_forms(norm))
    return frozenset(kind for kind, words in _score_heads().items() if any(f in words for f in forms))


@lru_cache(maxsize=1)
def _score_first_words() -> frozenset[str]:
    """The first words of the phrases of :func:`_score_lexicon`: a quick test before reading one."""
    return frozenset(form.split()[0] for form in _score_lexicon())


@lru_cache(maxsize=1 << 16)
def _opens_score(norm: str) -> bool:
    """Can a score phrase start at the word ``norm`` (a one-letter proclitic aside)? Once per word:
    :func:`_score_word` asks it at every word of every sentence."""
    first = _score_first_words()
    return any(f in first for f in (norm, *_word_forms(norm)))


def _score_word(toks: Sequence[Token], i: int, kinds: frozenset[str]) -> tuple[float, int] | None:
    """The value and length (in tokens) of a score phrase of one of ``kinds`` at ``toks[i]``."""
    lex = _score_lexicon()
    if i >= len(toks) or not _opens_score(toks[i].norm):
        return None
    for size in (3, 2, 1):
        words = toks[i : i + size]
        if len(words) < size or any(t.kind != "word" for t in words):
            continue
        phrase = " ".join(w.norm for w in words)
        for form in (phrase, *proclitic_forms(phrase, longer_than=2)):
            if form in lex and lex[form][0] in kinds:
                return lex[form][1], size
    return None


def goals_at(toks: Sequence[Token], i: int) -> tuple[float, int] | None:
    """Goals written at ``toks[i]``: "بهدف", "هدفين", "بستة أهداف", "3 أهداف"; (count, tokens)."""
    if i >= len(toks):
        return None
    one = _score_word(toks, i, frozenset({"goal"}))
    if one is not None:
        return one
    if _score_word(toks, i + 1, frozenset({"goals"})) is None:
        return None
    numbers = lexicon().numbers
    tok = toks[i]
    whole = _whole(tok)
    value = float(whole) if whole is not None else None
    for form in proclitic_forms(tok.norm, longer_than=2) if tok.kind == "word" else ():
        if form in numbers and numbers[form][0] == "unit":
            value = numbers[form][1]
    return None if value is None else (value, 2)


@lru_cache(maxsize=1)
def goal_multiples() -> Mapping[str, float]:
    """``resources/ar/goal_multiples.txt``: normalized form -> the goals it gives ("ثلاثية" 3)."""
    out: dict[str, float] = {}
    for value, forms in _rows("ar/goal_multiples.txt"):
        out.update((normalize(f), float(value)) for f in forms.split())
    return out


def _goals_in_one_word(toks: Sequence[Token], i: int) -> tuple[float, int] | None:
    """A side's goals in one word at ``toks[i]`` (:func:`goal_multiples`: "بثلاثية", "برباعية"),
    behind و/ف/ب/ل too; (count, tokens)."""
    if i >= len(toks) or toks[i].kind != "word":
        return None
    words = goal_multiples()
    return next(((words[f], 1) for f in proclitic_forms(toks[i].norm) if f in words), None)


def one_word_goals(text: str) -> frozenset[float]:
    """The goals ``text`` gives each in one word (:func:`_goals_in_one_word`: "فاز بثلاثية نظيفة" 3,
    "خسر برباعية" 4), whatever follows: a number of goals, as "ثلاثة أهداف" is. What the word means
    outside a match ("قمة ثلاثية") is for the caller to weigh."""
    toks = tokens(text)
    return frozenset(hit[0] for i in range(len(toks)) if (hit := _goals_in_one_word(toks, i)))


@lru_cache(maxsize=1)
def _multiple_openings() -> frozenset[str]:
    """The first four letters of each word of ``goal_multiples.txt`` as written (no normalization
    changes them): a quick test before a text is read for :func:`scores_in_one_word`."""
    return frozenset(f[:4] for _, forms in _rows("ar/goal_multiples.txt") for f in forms.split())


@lru_cache(maxsize=4096)
def scores_in_one_word(text: str) -> frozenset[float]:
    """The amounts (:func:`score_amount`) of the scores ``text`` gives with a side's goals in one
    word (:func:`goal_multiples`), then "none" or "against" and goals, as :func:`_word_score_at`
    reads them: "بثلاثية نظيفة" 3-0, "برباعية مقابل هدف" 4-1. Not read by :func:`extract_figures`:
    as a figure the score weighs in the choice (measured, it took words from other key facts); the
    summarizer reads it after the choice, to find a result told again
    (:func:`khulasa.link.retold.told_again`). Alone the word may name a meeting's parties ("قمة
    ثلاثية") or a hat-trick ("سجل ثلاثية"): no score."""
    if not any(w in text for w in _multiple_openings()):  # most sentences: none of the words at all
        return frozenset()
    toks = tokens(text)
    hits = (_word_score_at(toks, i, multiples=True) for i in range(len(toks)) if _goals_in_one_word(toks, i))
    return frozenset(hit.amount for hit in hits if hit is not None)


def _word_score_at(toks: Sequence[Token], i: int, *, multiples: bool = False) -> _Hit | None:
    """A score written in words at ``toks[i]`` (``ar/score_words.txt``): goals, then "none"
    ("بهدف دون رد", "بهدفين نظيفين"), or "against" and goals ("بثلاثة أهداف مقابل هدف"), or the
    other side's goals behind "ل" ("بهدفين لهدف"); the other side's goals may be a bare number word
    there (``other``: "بهدفين لواحد", "بهدف لصفر", "بهدفين مقابل واحد"), or as many as the first side
    (``same``: "بهدفين لمثلهما", "بهدفين لكل منهما"). ``multiples``: the first side's goals may be
    one word (:func:`_goals_in_one_word`: "بثلاثية نظيفة")."""
    first = goals_at(toks, i) or (_goals_in_one_word(toks, i) if multiples else None)
    if first is None:
        return None
    j = i + first[1]
    nil = _score_word(toks, j, frozenset({"nil"}))
    if nil is not None:
        return _Hit(i, j + nil[1], "score", "goals", first[0] * _SCORE_BASE, score_amount(first[0], 0.0))
    versus = _score_word(toks, j, frozenset({"versus"}))
    k = j + versus[1] if versus else j
    second = None
    if versus or (k < len(toks) and toks[k].norm.startswith("ل")):
        second = goals_at(toks, k) or _score_word(toks, k, frozenset({"other"}))
        same = None if second is not None else _score_word(toks, k, frozenset({"same"}))
        if same is not None and _result_told(toks):  # "بهدفين لمثلهما": as many for the other side
            second = (first[0], same[1])
    if second is None:
        return None
    return _Hit(
        i, k + second[1], "score", "goals", first[0] * _SCORE_BASE + second[0], score_amount(first[0], second[0])
    )


def _goalless_at(toks: Sequence[Token], i: int) -> _Hit | None:
    """A goalless result told in words at ``toks[i]``, the score 0-0 (``ar/score_words.txt``): a
    draw word and "سلبي" or "دون أهداف" right after it ("انتهت المباراة بالتعادل السلبي",
    "تعادلا سلبيا"), read from the draw word; or "دون أهداف" or "سلبيا" within
    :data:`GOALLESS_REACH` words after a draw word or a half, only words between, none opening
    another clause ("ثم"): "تعادل الفريقان دون أهداف", "تعادل المنتخبان سلبيا", "انتهى الشوط الأول
    دون أهداف", read from there (the words between are the sentence's own); once: "بالتعادل السلبي
    بدون أهداف" is one result. Never "سلبي" or "دون أهداف" alone ("التأثير السلبي", "نتيجة سلبية",
    "دون أهداف واضحة")."""
    told = frozenset({"goalless", "no_goals"})
    if _is_head(toks[i], ("draw",)):
        after = _score_word(toks, i + 1, told)
        return None if after is None else _Hit(i, i + 1 + after[1], "score", "goals", 0.0, 0.0)
    none = _score_word(toks, i, frozenset({"no_goals"}))
    if none is None:
        return None
    for k in range(i - 1, max(i - GOALLESS_REACH - 2, -1), -1):
        if toks[k].kind != "word" or _is_head(toks[k], ("stop",)) or _score_word(toks, k, told) is not None:
            return None  # a number, a mark or another clause between, or the result already told
        if _is_head(toks[k], _SCORE_HEADS):
            return _Hit(i, i + none[1], "score", "goals", 0.0, 0.0)
    return None


def _digit_score_at(toks: Sequence[Token], i: int, lex: Lexicon) -> _Hit | None:
    """A score in digits at ``toks[i]``: two whole numbers of at most :data:`SCORE_MAX` joined by a
    dash, glued or spaced ("2-1", "2 – 1", "(3-0)"), in a text with a word of a match's result
    (:func:`_result_told`); not a range of a unit ("10-15 راكبا"), nor part of a decimal number.
    Joined by a slash only right after a ``slash`` or a ``draw`` word ("بنتيجة 0/3", "بالتعادل 2/2")
    or right before a ``slash_after`` word ("5 / 3 بضربات الترجيح"): elsewhere "3/0" may be a date.
    One side may be the word for nought (``zero``: "1-صفر", "صفر - 2", "3 /صفر", with a slash too),
    the other digits."""
    if i + 2 >= len(toks) or toks[i].kind == "punct":
        return None
    zero = _is_nought(toks[i]) or _is_nought(toks[i + 2])
    if toks[i + 1].text not in _SCORE_DASHES and not (
        toks[i + 1].text == "/"
        and (
            zero
            or (i > 0 and _is_head(toks[i - 1], ("slash", "draw")))
            or (i + 3 < len(toks) and _is_head(toks[i + 3], ("slash_after",)))
        )
    ):
        return None
    a, b = _goal_digits(toks[i]), _goal_digits(toks[i + 2])
    if a is None or b is None or (toks[i].kind != "digits" and toks[i + 2].kind != "digits"):
        return None
    # A range of a unit ("3-4 أيام") is never written with the word for nought: "1 - صفر يوم السبت".
    ranged = not zero and _unit_after(toks, i + 3, lex) is not None
    if a is None or b is None or max(a, b) > SCORE_MAX or ranged:
        return None
    if _in_a_number(toks, i, -1) or _in_a_number(toks, i + 2, 1) or not _result_told(toks):
        return None
    return _Hit(i, i + 3, "score", "goals", a * _SCORE_BASE + b, score_amount(a, b))


def nought_words() -> frozenset[str]:
    """The words for nought a score may write a side's goals in (``zero`` in ``ar/score_words.txt``:
    "صفر"), normalized."""
    return _score_heads()["zero"]


def _is_nought(tok: Token) -> bool:
    """Is ``tok`` the word for nought (:func:`nought_words`), as written in a score?"""
    return tok.kind == "word" and tok.norm in nought_words()


def _goal_digits(tok: Token) -> int | None:
    """A side's goals in a score in digits: whole digits, or the word for nought (:func:`_is_nought`)."""
    return 0 if _is_nought(tok) else _whole(tok)


def _in_a_number(toks: Sequence[Token], i: int, step: int) -> bool:
    """Is the digit token ``toks[i]`` part of a longer chain of numbers, a decimal written with an
    Arabic comma ("9،1-9،3") or a date ("04-03-2024"): a glued mark and digits on the ``step`` side?"""
    k, far = i + step, i + 2 * step
    if not (0 <= k < len(toks) and 0 <= far < len(toks)) or toks[k].text not in "،,-–/":
        return False
    pair = sorted((toks[i], toks[k], toks[far]), key=lambda t: t.start)
    return toks[far].kind == "digits" and _glued(pair[0], pair[1]) and _glued(pair[1], pair[2])


def _result_told(toks: Sequence[Token]) -> bool:
    """Does the text have a word of a match's result (the ``cue`` rows of ``ar/score_words.txt``)?"""
    cues = _score_cues()
    return any(_word_in(t, cues) for t in toks)


def opens_with_result(text: str) -> bool:
    """Does ``text`` open with a word of a match's result (the ``cue`` and ``draw`` rows of
    ``ar/score_words.txt``, behind a proclitic: "وتعادل", "فاز"): is what it states a result?"""
    return _word_in(next((t for t in tokens(text) if t.kind == "word"), None), _score_cues())


@lru_cache(maxsize=1)
def _score_cues() -> frozenset[str]:
    told = frozenset(form for form, (kind, _) in _score_lexicon().items() if kind in ("cue", "goal", "goals"))
    return told | _score_heads()["draw"]


def _score_at(toks: Sequence[Token], i: int, lex: Lexicon) -> _Hit | None:
    """A match score at ``toks[i]``, in digits or in words: a result, never a count."""
    return _digit_score_at(toks, i, lex) or _word_score_at(toks, i) or _goalless_at(toks, i)


def _quantity_at(toks: Sequence[Token], i: int, lex: Lexicon, stop: frozenset[str]) -> _Hit | None:
    """A number with its unit or counted noun, a dual unit alone, or "ضعف" of a nearby figure."""
    tok = toks[i]
    entry = _number_value(tok, lex)
    if entry is not None and entry[0] == "multiplier":
        return _multiple_at(toks, i, entry[1] or 2.0, lex, stop)
    unit = _unit_at(toks, i, lex)
    if unit is not None and unit[1] and tok.kind == "word":  # "ساعتين"
        return _measured_at(toks, i, i + 1, 2.0, unit[0], lex, dual=True)
    number = read_number(toks, i, lex)
    if number is None:
        return None
    value, j = _with_fraction_and_scale(toks, tok, number, lex)
    value, j = _later_parts(toks, i, j, value, lex)
    if j < len(toks) and _number_value(toks[j], lex) == ("multiplier", 0.0):  # "ثلاثة أضعاف"
        return _multiple_at(toks, j, value, lex, stop, start=i)
    after = _unit_after(toks, j, lex)
    if after is not None:
        return _measured_at(toks, i, after[1], value, after[0], lex)
    label = _label_before(toks, i, lex)
    if label is not None:  # "في الدقيقة 62": a mark, not a count of the word after it
        return _Hit(i, j, label[0], label[1], value, value)
    if tok.kind == "word" and value == 1:
        return None  # "واحد" alone is a pronoun-like "one", not a figure
    return _counted_at(toks, i, j, value, lex, stop)


def _counted_at(toks: Sequence[Token], i: int, j: int, value: float, lex: Lexicon, stop: frozenset[str]) -> _Hit | None:
    """The number from token ``i`` to ``j`` (of ``value``, with no unit) as a count: of the people
    after "من" (:func:`_people_of`), of the people a cue of the killed, injured or rescued right
    after it counts ("80 بجروح"), of the noun right after it, or of the people such a cue right
    before it counts (:func:`_casualty_before`)."""
    partitive = _people_of(toks, j, lex)
    if partitive is not None:  # "155 من الركاب", "20 من المدنيين"
        return _Hit(i, j + 2, "people", partitive.key, value, value)
    # A cue of the killed, the injured or the rescued right after the number is no counted noun but
    # what happened to the people it counts: "وأصيب 80 بجروح", "إن اثنين قتلا".
    role = _role_after(toks[j].norm) if j < len(toks) and toks[j].kind == "word" else None
    if role is not None:
        return _Hit(i, j + 1, "people", role, value, value)
    # A counted noun right after the number: "عشرة أشخاص", "3 دول".
    if j < len(toks) and toks[j].kind == "word":
        noun = toks[j].norm
        if (
            noun not in stop
            and noun not in lex.day_parts
            and not noun.startswith("ال")
            and len(noun) > 1
            and _number_value(toks[j], lex) is None
        ):
            return _Hit(i, j + 1, "count", noun, value, value)
    if _casualty_before(toks, i, lex):  # "قتل تسعة على الأقل": the people killed
        return _Hit(i, j, "people", "person", value, value)
    return None


@lru_cache(maxsize=1)
def _roles_after() -> Mapping[str, str]:
    """``resources/ar/roles_after_number.txt``: normalized form -> role."""
    return _first_words("ar/roles_after_number.txt")


def _role_after(norm: str) -> str | None:
    """The role a word right after a number gives the people it counts (``ar/roles_after_number.txt``,
    a proclitic aside: "بجروح", "قتلا"), or None."""
    roles = _roles_after()
    return next((roles[f] for f in _word_forms(norm) if f in roles), None)


def _people_of(toks: Sequence[Token], j: int, lex: Lexicon) -> Unit | None:
    """The unit of people counted after "من" at token ``j``, the noun with its article: "155 من
    الركاب" counts passengers, "20 من المدنيين" people (whose role a cue gives, as for "20
    مدنيا")."""
    if j + 1 >= len(toks) or toks[j].norm != "من" or toks[j + 1].kind != "word":
        return None
    noun = toks[j + 1].norm
    if not noun.startswith("ال"):
        return None
    unit = lex.units.get(noun[2:])
    return unit[0] if unit is not None and unit[0].dimension == "people" and not unit[1] else None


# The roles whose cue, right before a number with no counted noun, makes the number a count of
# people: "قتل تسعة على الأقل", "وأصيب 50", "وأنقذ أكثر من 80".
_BARE_COUNT_ROLES = frozenset({"killed", "injured", "rescued"})


def _casualty_before(toks: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """Is the word right before token ``i`` (or before the qualifier that opens the number: "قتل ما
    لا يقل عن 9") a cue of the killed, the injured or the rescued (``resources/ar/people_roles.txt``)?"""
    k = i - 1
    for start in range(i - 1, max(i - 6, -1), -1):
        q = _qualifier_at(toks, start, lex)
        if q is not None and q[1] == i:
            k = start - 1  # the longest such phrase ("ما لا يقل عن", not "لا يقل عن")
    return k >= 0 and toks[k].kind == "word" and _role_cue(toks[k], lex) in _BARE_COUNT_ROLES


def _with_fraction_and_scale(toks: Sequence[Token], tok: Token, number: _Number, lex: Lexicon) -> tuple[float, int]:
    """The number's value with a fraction after it ("ونصف") and, for digits, a scale word ("3 ملايين")."""
    value, j = number.value, number.end
    frac = _fraction_at(toks, j, lex)
    if frac is not None:
        value, j = value + frac, j + 1
    if j < len(toks):
        scale = _number_value(toks[j], lex)
        if scale is not None and scale[0] in _SCALES and tok.kind == "digits":
            value, j = value * scale[1], j + 1
    return value, j


def _later_parts(toks: Sequence[Token], i: int, j: int, value: float, lex: Lexicon) -> tuple[float, int]:
    """A big number written in parts, each part under the scale of the one before: "39 مليون 702
    ألف 457" is 39,702,457, as are "39 مليونا و702 ألف و457" and, after a number in words,
    "مليونان و300 ألف" (2,300,000). The number read from token ``i`` ends before token ``j`` with
    ``value``; a part follows only a number that ends on a scale word, whole digits before it (not
    "1.5 مليون"), and is up to three digits, behind و or not, with a smaller scale word after it or,
    last, none ("457"; right after a million or more, thousands: "5 ملايين و630 صوتا" is 5,630,000,
    :data:`SKIPPED_SCALE_FROM`). The value with the parts after it, and the token after the last part."""
    place = _place_before(toks, i, j, lex)
    while place > 1:
        part = _part_at(toks, j, lex)
        if part is None or part[0] * part[1] >= place:
            break
        if part[1] == 1 and place >= SKIPPED_SCALE_FROM:
            # "5 ملايين و630 صوتا": the outlet left out the scale word under the million (the
            # thousands: 5,630,000, as another outlet writes "5.630 مليون صوت"), for no count
            # told to the unit skips its thousands.
            part = (part[0], place / 1000, part[2])
        value, j, place = value + part[0] * part[1], part[2], part[1]
    return value, j


# A last part with no scale word after a scale of this size or more ("5 ملايين و630") counts the
# scale under it (thousands), not units (:func:`_later_parts`).
SKIPPED_SCALE_FROM = 1_000_000


def _place_before(toks: Sequence[Token], i: int, j: int, lex: Lexicon) -> float:
    """The scale the number from token ``i`` to ``j`` ends on (1_000_000 for "39 مليون" and for
    "مليونان"), or 0: it ends on no scale word, its first part is not whole digits or words, or it
    is the scale word of digits before it that were no figure ("1.5 مليون" with no unit)."""
    if toks[i].kind == "digits" and _whole(toks[i]) is None:
        return 0.0
    if toks[i].kind == "word" and i > 0 and toks[i - 1].kind == "digits":
        return 0.0
    last = _number_value(toks[j - 1], lex)
    if last is None or last[0] not in _SCALES | {"dualscale"}:
        return 0.0
    return last[1] / 2 if last[0] == "dualscale" else last[1]


def _part_at(toks: Sequence[Token], j: int, lex: Lexicon) -> tuple[float, float, int] | None:
    """A part of a number written in parts at token ``j`` (:func:`_later_parts`): up to three whole
    digits, behind a و written apart or not ("و702", "و 702"), and the scale word after them if any:
    (digits, scale or 1, the token after the part)."""
    if j < len(toks) and toks[j].norm == "و":
        j += 1
    digits = _whole(toks[j]) if j < len(toks) else None
    if digits is None or not 0 < digits < 1000 or len(normalize(toks[j].text)) > 3:
        return None
    scale = _number_value(toks[j + 1], lex) if j + 1 < len(toks) else None
    if scale is not None and scale[0] in _SCALES:
        return float(digits), scale[1], j + 2
    return float(digits), 1.0, j + 1


def _measured_at(
    toks: Sequence[Token], i: int, j: int, value: float, u: Unit, lex: Lexicon, *, dual: bool = False
) -> _Hit:
    """The figure from token ``i`` of ``value`` in unit ``u``, the unit word ending before ``j``; a
    fraction after it adds to the value ("ساعتين ونصف"), and the unit may be repeated after the
    fraction ("ثلاث ساعات ونصف الساعة"), except after a dual."""
    frac = _fraction_at(toks, j, lex)
    if frac is not None:
        value, j = value + frac, j + 1
        if not dual:
            again = _unit_at(toks, j, lex) or _definite_unit_at(toks, j, lex)
            if again is not None and again[0] == u:  # "ونصف ساعة", "ونصف الساعة"
                j += 1
    if u.dimension == "distance" and j < len(toks) and toks[j].norm in _square_words():  # "كيلومترين مربعين"
        return _Hit(i, j + 1, "area", f"square_{u.key}", value, value * u.factor * u.factor)
    return _Hit(i, j, u.dimension, u.key, value, value * u.factor)


@lru_cache(maxsize=1)
def _square_words() -> frozenset[str]:
    """``ar/square_words.txt``, normalized: the words that make a unit of length one of area."""
    return frozenset(normalize(w) for w in load_word_list("ar/square_words.txt"))


def _multiple_at(
    toks: Sequence[Token], i: int, factor: float, lex: Lexicon, stop: frozenset[str], start: int | None = None
) -> _Hit | None:
    """ "ضعف المدة المقررة لها وهي 50 دقيقة": ``factor`` times the next measured figure (8 tokens)."""
    for j in range(i + 1, min(len(toks), i + 9)):
        if toks[j].text in _SENTENCE_END:
            return None
        base = _quantity_at(toks, j, lex, stop)
        if base is not None and base.dimension != "count" and not base.note:
            note = f"{_fmt(factor)} × {_fmt(base.value)} {base.unit}"
            return _Hit(
                i if start is None else start,
                base.end,
                base.dimension,
                base.unit,
                factor * base.value,
                factor * base.amount,
                note,
            )
    return None


def _clock_time(toks: Sequence[Token], i: int) -> bool:
    """Digits on either side of a colon ("8:50") tell the time of day, not a quantity."""
    if toks[i].kind != "digits":
        return False
    before = i >= 2 and toks[i - 1].text == ":" and toks[i - 2].kind == "digits"
    after = i + 2 < len(toks) and toks[i + 1].text == ":" and toks[i + 2].kind == "digits"
    return before or after


def clock_times(text: str) -> list[tuple[int, int]]:
    """The times of day ``text`` writes ("بحلول الساعة 6:30 مساء"): the digits on either side of a
    colon (which the figure reader passes by, :func:`_clock_time`) with the hour word right before
    them ("الساعة", "وبالساعة") or a part of the day right after ("مساء", ``dates.txt``'s
    ``daypart``), or both; the words are part of it. Digits around a colon with neither ("2:1")
    may be a score. ``(start, end)`` character offsets of each, in order."""
    lex = lexicon()
    toks = tokens(text)
    out: list[tuple[int, int]] = []
    i = 0
    while i + 2 < len(toks):
        if not (_clock_time(toks, i) and toks[i + 1].text == ":"):
            i += 1
            continue
        first, last = i, i + 2
        if first > 0 and _hour_word(toks[first - 1], lex):
            first -= 1
        if last + 1 < len(toks) and toks[last + 1].norm in lex.day_parts:
            last += 1
        if (first, last) != (i, i + 2):
            out.append((toks[first].start, toks[last].end))
        i = last + 1
    return out


def _hour_word(tok: Token, lex: Lexicon) -> bool:
    """Is ``tok`` the word for an hour (one, not two), behind its article or a proclitic ("بالساعة")?"""
    return tok.kind == "word" and _is_hour_word(tok.norm)


@lru_cache(maxsize=1 << 16)
def _is_hour_word(norm: str) -> bool:
    """:func:`_hour_word` of a word, worked out once per word: the figure reader asks it at every word."""
    lex = lexicon()
    forms = {f.removeprefix("ال") for f in proclitic_forms(norm)}
    return any(lex.units[f][0].key == "hour" and not lex.units[f][1] for f in forms if f in lex.units)


_LATIN = re.compile(r"[A-Za-z]+")


def _glued(a: Token, b: Token) -> bool:
    return a.end == b.start


@lru_cache(maxsize=1)
def _model_names() -> frozenset[str]:
    """The makes and models of ``ar/model_names.txt``, normalized."""
    return frozenset(normalize(name) for name in load_word_list("ar/model_names.txt"))


def _after_model_name(toks: Sequence[Token], i: int) -> bool:
    """Do the digits at ``i`` follow a make or model name ("بوينغ 737", "كوفيد-19")?"""
    k = i - 1
    if k > 0 and toks[k].text == "-" and _glued(toks[k], toks[i]):
        k -= 1
    return k >= 0 and toks[k].kind == "word" and bool(set(_word_forms(toks[k].norm)) & _model_names())


@lru_cache(maxsize=1)
def _numbered_names() -> tuple[tuple[str, ...], ...]:
    """The named bodies of ``ar/numbered_names.txt`` whose name holds a number, as normalized words."""
    return tuple(tuple(normalize(name).split()) for name in load_word_list("ar/numbered_names.txt"))


def _in_numbered_name(toks: Sequence[Token], j: int) -> bool:
    """Is the word at ``j`` inside a named body's name that holds a number ("حركة خمس نجوم", the Five
    Star Movement, also with quote marks: "حركة «خمس نجوم»": ``ar/numbered_names.txt``)? Its number
    is part of the name, no count."""
    names = _numbered_names()
    if toks[j].kind != "word" or not any(toks[j].norm in name[1:] for name in names):
        return False
    words = [k for k, t in enumerate(toks) if t.text not in _QUOTES]
    at = words.index(j)
    for name in names:
        for p in range(1, len(name)):
            k = at - p
            if k < 0 or k + len(name) > len(words):
                continue
            run = [toks[w] for w in words[k : k + len(name)]]
            if (
                all(t.kind == "word" for t in run)
                and name[0] in _word_forms(run[0].norm)
                and all(t.norm == w for t, w in zip(run[1:], name[1:], strict=True))
            ):
                return True
    return False


def _model_code(toks: Sequence[Token], i: int) -> bool:
    """Digits that are part of a model name or code, not a quantity: glued to Latin letters ("A320",
    "F-16", "MH17") or to another three-digit number by a hyphen ("737-800"), or after a make or
    model's name ("بوينغ 737", "فالكون 9": ``ar/model_names.txt``)."""
    if toks[i].kind != "digits":
        return False
    if _after_model_name(toks, i):
        return True
    tok = toks[i]
    for step in (-1, 1):
        k = i + step
        if not 0 <= k < len(toks) or not _glued(*sorted((tok, toks[k]), key=lambda t: t.start)):
            continue
        near = toks[k]
        if near.kind == "word" and _LATIN.fullmatch(near.text):
            return True
        far = k + step
        if near.text == "-" and 0 <= far < len(toks) and _glued(*sorted((near, toks[far]), key=lambda t: t.start)):
            other = toks[far]
            if (other.kind == "word" and _LATIN.fullmatch(other.text)) or (
                other.kind == "digits" and len(other.text) >= 3 and len(tok.text) >= 3
            ):
                return True
    return False


# A role cue counts this many words before the number or after the counted noun.
_ROLE_BEFORE, _ROLE_AFTER = 2, 3


def _role_forms(norm: str) -> tuple[str, ...]:
    """:func:`_word_forms` of a cue word, and each without its article ("عدد القتلى": "قتلى")."""
    forms = _word_forms(norm)
    return forms + tuple(f[2:] for f in forms if f.startswith("ال") and len(f) > 4)


def _people_role(toks: Sequence[Token], start: int, end: int, lex: Lexicon) -> str | None:
    """What happened to the people a generic count counts: "مقتل 12 شخصا" -> "killed".

    The nearest cue wins, looking first before the number, then after the counted noun; a
    punctuation mark ends the look in either direction. A cue of the missing before it ("فقد",
    "فقدان") yields to one of the dead after the noun ("فقد 50 شخصا حياتهم": lost their lives).
    """

    def look(indices: Iterable[int], words: int, after: bool = False) -> str | None:
        for k in indices:
            if toks[k].kind != "word":
                return None
            if len(toks[k].norm) < 2:  # a proclitic written apart from its number ("ل 82")
                continue
            role = _role_cue(toks[k], lex, after=after)
            words -= 1
            if role is not None or words == 0:
                return role
        return None

    before = look(range(start - 1, -1, -1), _ROLE_BEFORE)
    if before == "missing" and look(range(end, len(toks)), _ROLE_AFTER, after=True) == "killed":
        return "killed"  # "فقد 50 شخصا حياتهم": lost their lives, not gone missing
    return before or look(range(end, len(toks)), _ROLE_AFTER, after=True) or _tallied_role(toks, start, lex)


def _tallied_role(toks: Sequence[Token], start: int, lex: Lexicon) -> str | None:
    """The role of a count's head earlier in the clause: "ارتفع عدد ضحايا مستشفى ابن الخطيب إلى 82
    شخصا" counts the dead, "الركاب البالغ عددهم 379 شخصا" the passengers. The head ("عدد",
    "حصيلة") stands right before the role cue, or after it with its pronoun ("عددهم"); no
    punctuation nor another number between them and the number."""
    head_after = False
    for k in range(start - 1, max(start - 1 - _tally_reach(toks, start), -1), -1):
        if toks[k].kind != "word":
            return None
        if _is_tally_head(toks[k], lex):
            head_after = True
            continue
        role = _role_cue(toks[k], lex)
        if role is not None:
            return (
                _joined_role(toks, k, role, lex) if head_after or (k > 0 and _is_tally_head(toks[k - 1], lex)) else None
            )
    return None


# Roles named together that a count counts as one: the passengers and the crew are everyone aboard.
_JOINED_ROLES = {frozenset({"passenger", "crew"}): "aboard"}


def _joined_role(toks: Sequence[Token], k: int, role: str, lex: Lexicon) -> str:
    """``role`` (of the cue at ``k``), or what it makes with a role cue joined to it just before
    ("جميع الركاب وأفراد طاقم الطائرة البالغ عددهم 379 شخصا": passengers and crew, all aboard)."""
    for j in range(k - 1, max(k - 3, -1), -1):
        if toks[j].kind != "word":
            break
        other = _role_cue(toks[j], lex)
        if other is not None:
            return _JOINED_ROLES.get(frozenset({role, other}), role)
    return role


# The roles of a toll (units of the counts of people): a sentence with a cue of one of them tells a
# toll (:func:`tells_a_toll`).
TOLL_ROLES = frozenset({"killed", "injured", "missing"})


def tells_a_toll(text: str) -> bool:
    """Does ``text`` hold a cue of the dead, the injured or the missing anywhere
    (``resources/ar/people_roles.txt``: "القتلى", "وفاة", "ضحايا", "أصيب")?"""
    return bool(toll_roles(text))


def toll_roles(text: str) -> frozenset[str]:
    """The roles of a toll whose cues ``text`` holds anywhere (``resources/ar/people_roles.txt``:
    "killed" for "عدد الوفيات", "injured" for "أصيب"; the roles :func:`tells_a_toll` reads)."""
    lex = lexicon()
    return frozenset(role for t in tokens(text) if t.kind == "word" and (role := _role_cue(t, lex)) in TOLL_ROLES)


@lru_cache(maxsize=1)
def toll_words() -> tuple[str, ...]:
    """The words of a toll as ``resources/ar/people_roles.txt`` writes them: the cues of its roles
    (:data:`TOLL_ROLES`) and the heads of a count (the ``tally`` row)."""
    return tuple(
        w for role, forms in _rows("ar/people_roles.txt") if role in (*TOLL_ROLES, _TALLY) for w in forms.split()
    )


# The row of ar/people_roles.txt whose verbs of carrying count everyone aboard when they stand
# before the number ("كانت تقل 72 شخصا"), and nothing after the counted noun ("ثلاث حالات تحمل
# نتائج مؤكدة": the cases carry results, they are no one aboard).
_CARRYING = "carrying"


def _role_cue(tok: Token, lex: Lexicon, *, after: bool = False) -> str | None:
    """The role a cue word names ("قتلى", "عدد القتلى": "killed"), or None; ``after``: the word
    follows the counted noun, where a verb of carrying names no role."""
    role = _role_of(tok.norm, lex)
    if role == _CARRYING:
        return None if after else "aboard"
    return role


def _role_of(norm: str, lex: Lexicon) -> str | None:
    """The role the normalized word ``norm`` names (:func:`_role_forms`), or None."""
    return next((lex.roles[b] for b in _role_forms(norm) if b in lex.roles), None)


def _is_tally_head(tok: Token, lex: Lexicon) -> bool:
    return tok.kind == "word" and bool(set(_word_forms(tok.norm)) & lex.tally_heads)


def _may_open(tok: Token) -> bool:
    """Can a figure start at ``tok``? Digits, or a word one of whose forms (:func:`_word_forms`) is
    a word of :func:`_figure_openers`. A quick test before the readers of scores, dates, marks and
    quantities, each of which needs one of these where it starts: most words of a text are none."""
    return tok.kind == "digits" or (tok.kind == "word" and _opens_figure(tok.norm))


@lru_cache(maxsize=1 << 16)
def _opens_figure(norm: str) -> bool:
    return not _figure_openers().isdisjoint(_word_forms(norm))


@lru_cache(maxsize=1)
def _figure_openers() -> frozenset[str]:
    """Every word the reader of a figure can start at, besides digits: number words (a cardinal, a
    multiplier, "ألف"), units (a dual unit alone: "ساعتين"), month names, weekdays, year cues,
    ordinals (a mark: "الدقيقة الأولى"), the first words of score phrases (goals, "دون أهداف") and
    draw words (:func:`_score_at`, :func:`_date_at`, :func:`_ordinal_mark`, :func:`_quantity_at`)."""
    lex = lexicon()
    words = set(lex.numbers) | set(lex.units) | set(lex.weekdays) | set(lex.year_cues) | set(lex.ordinals)
    words |= {month[0] for month in lex.months}
    return frozenset(words | _score_first_words() | _score_heads()["draw"])


def extract_figures(text: str, *, doc: str = "", offset: int = 0) -> list[Figure]:
    """Figures in ``text``, left to right; offsets are shifted by ``offset`` (the sentence start).

    >>> [f.label for f in extract_figures("اجتماع استمر حوالى ثلاث ساعات ونصف ساعة")]
    ['210 min (3.5 h)']
    """
    lex = lexicon()
    stop = stopwords()
    toks = tokens(text)
    out: list[Figure] = []
    i = 0
    while i < len(toks):
        qualifier = ""
        q = _qualifier_at(toks, i, lex)
        j = i
        if q is not None:
            qualifier, j = q
        hit = None
        if j < len(toks) and _hour_word(toks[j], lex):  # "الساعة": a time's first word, no other figure's
            hit = _time_at(toks, j, lex)
        if (
            hit is None
            and j < len(toks)
            and _may_open(toks[j])
            and not _clock_time(toks, j)
            and not _model_code(toks, j)
            and not _in_numbered_name(toks, j)
        ):
            hit = (
                _numeric_date_at(toks, j)
                or _time_at(toks, j, lex)
                or _score_at(toks, j, lex)
                or _date_at(toks, j, lex)
                or _ordinal_mark(toks, j, lex)
                or _ordinal_of_noun(toks, j, lex, stop)
                or _quantity_at(toks, j, lex, stop)
            )
        if hit is None and j + 3 < len(toks) and toks[j + 1].text == "،":
            hit = _comma_decimal_at(toks, j, lex, stop) or _comma_thousands_at(toks, j, lex, stop)
        if hit is None and j < len(toks) and toks[j].text in _NUMBER_MARKS:
            hit = _marked_quantity_at(toks, j, lex, stop)
        if hit is None:
            i += 1
            continue
        first = i if qualifier else hit.start
        s, e = toks[first].start, toks[hit.end - 1].end
        unit = hit.unit
        if unit == "person":
            unit = _people_role(toks, first, hit.end, lex) or unit
        out.append(
            Figure(
                doc, offset + s, offset + e, text[s:e], hit.dimension, unit, hit.value, hit.amount, qualifier, hit.note
            )
        )
        i = hit.end
    return out


@lru_cache(maxsize=1)
def _point_scales() -> Mapping[str, float]:
    """Normalized word after "نقطة" -> basis points per such point (``ar/point_scales.txt``)."""
    return {normalize(word): float(factor) for word, factor in (row[:2] for row in _rows("ar/point_scales.txt"))}


# Marks a number is set between before its noun ("(632) شخصا", "/361/ شخصا"): opening -> closing.
_NUMBER_MARKS = {"(": ")", "/": "/"}


def _marked_quantity_at(toks: Sequence[Token], j: int, lex: Lexicon, stop: frozenset[str]) -> _Hit | None:
    """A number set between marks before its noun, at the opening mark ``toks[j]`` ("تخزين (2750)
    طنا", "مقتل (632) شخصا", "حصد /361/ مقعدا"): read as the number and its noun are without the
    marks (:func:`_quantity_at`), the marks part of the figure, when it is a count of people. Other
    nouns after a number in marks are often no count of it: a goal's minute after its scorer's name
    ("دي ماريا (36) أهداف المنتخب"), except when a scale word follows the marks ("أكثر من (20) ألف
    منزل", "(15) مليون دولار"): that scale multiplies the number, which no minute is, and read alone
    it would be a lone thousand (audit25). A number in marks with no noun right after ("في الدقيقة
    (42)،", "وإصابة (329)،") is none."""
    if j + 3 >= len(toks) or toks[j + 1].kind != "digits" or toks[j + 2].text != _NUMBER_MARKS[toks[j].text]:
        return None
    if toks[j + 3].kind != "word":
        return None
    view = (*toks[:j], toks[j + 1], *toks[j + 3 :])
    hit = _quantity_at(view, j, lex, stop)
    scaled = lex.numbers.get(toks[j + 3].norm, ("", 0.0))[0] in ("scale", "scaleafter")
    if hit is None or hit.end <= j + 1 or (hit.dimension != "people" and not scaled):
        return None
    return hit._replace(start=j, end=hit.end + 2)


def _comma_thousands_at(toks: Sequence[Token], j: int, lex: Lexicon, stop: frozenset[str]) -> _Hit | None:
    """Thousands set apart by a glued Arabic comma before a unit, at ``toks[j]`` ("مساحة تبلغ 55،000
    متر مربع", "2،322 متراً"): one to three digits, the comma, three digits and a noun that is no
    percent's (:func:`_comma_decimal_at`): 55,000 square metres, never 000 (figs24). Numbers a comma
    lists ("بالدقائق 20،71،94") have no three digits after it."""
    first, comma, second = toks[j], toks[j + 1], toks[j + 2]
    if not (
        first.kind == "digits"
        and second.kind == "digits"
        and first.text.isdigit()
        and second.text.isdigit()
        and 1 <= len(first.text) <= 3
        and len(second.text) == 3
        and first.end == comma.start
        and comma.end == second.start
        and not (j + 4 < len(toks) and toks[j + 3].text == "،" and toks[j + 4].kind == "digits")
        and not (j >= 2 and toks[j - 1].text == "،" and toks[j - 2].kind == "digits")
    ):
        return None
    text = first.text + second.text
    view = (*toks[:j], Token(first.start, second.end, text, normalize(text), "digits"), *toks[j + 3 :])
    hit = _quantity_at(view, j, lex, stop)
    if hit is None or hit.dimension in ("percent", "mark") or hit.end <= j + 1:
        return None
    return hit._replace(end=hit.end + 2)


def _comma_decimal_at(toks: Sequence[Token], j: int, lex: Lexicon, stop: frozenset[str]) -> _Hit | None:
    """A decimal written with a glued Arabic comma before a percent's unit, at ``toks[j]`` ("نسبة
    المشاركة 66،8 بالمائة"): 66.8 percent, never 8 percent. The comma is no part of a digit token
    (it also lists numbers, "بالدقائق 20،71،94"), so only a percent's unit right after tells."""
    first, comma, second = toks[j], toks[j + 1], toks[j + 2]
    if not (
        first.kind == "digits"
        and second.kind == "digits"
        and first.end == comma.start
        and comma.end == second.start
        and (unit := _unit_after(toks, j + 3, lex)) is not None
        and unit[0].dimension == "percent"
    ):
        return None
    text = f"{first.text}.{second.text}"
    view = (*toks[:j], Token(first.start, second.end, text, normalize(text), "digits"), *toks[j + 3 :])
    hit = _quantity_at(view, j, lex, stop)
    if hit is None or hit.dimension != "percent":
        return None
    return hit._replace(end=hit.end + 2)


@lru_cache(maxsize=16384)
def figures_of(text: str) -> tuple[Figure, ...]:
    """The figures ``text`` states (offsets relative to it), read once per text: a sentence's claims,
    the scopes and owners of its figures and its minutes of a match all ask for them (cached like
    :func:`khulasa.extract.claims.claims_of`)."""
    return tuple(extract_figures(text))


# --- subjects and grouping -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FigureMention:
    """A figure with its subject: content stems near it in its sentence (and their surface words),
    and for durations the event it measures (``head``: "event", "event:restricted"; "" unknown)."""

    figure: Figure
    subject: frozenset[str]
    words: tuple[tuple[str, str], ...] = ()  # (stem, surface) in sentence order
    head: str = ""
    # Its sentence places it in an earlier round of a contest (:func:`names_earlier_round`).
    earlier_round: bool = False
    # What it is told of beyond its unit (:func:`figure_scopes`): a place's count, a depth.
    scope: str = ""
    # Its sentence's text, to tell whether two mentions are of one event (:func:`other_events`).
    sentence: str = ""
    # Who a share or a count of seats belongs to (:func:`figure_owner`; empty when unknown).
    owner: frozenset[str] = frozenset()


def _figure_words(lex: Lexicon) -> frozenset[str]:
    words = set(lex.numbers) | set(lex.units) | set(lex.weekdays) | set(lex.year_cues)
    words |= {w for form in lex.months for w in form}
    return frozenset(words)


def figure_words() -> frozenset[str]:
    """Normalized number, unit, month, weekday, year-cue and relative-time words ("الماضي")."""
    return _figure_words(lexicon()) | _RELATIVE


def subject_terms(
    sentence: str, start: int, end: int, analyzer: Analyzer, *, before: int = 16, after: int = 6
) -> tuple[tuple[str, str], ...]:
    """(stem, surface) of the content words within a window around ``sentence[start:end]``.

    The window is counted in words and stops at the sentence; number, unit and date words are
    left out, since they say how much, not of what. A cue word just before the figure
    ("استمرت" ... "50 دقيقة") adds the relation it names as a term ``@lasted``.
    """
    lex = lexicon()
    skip = _figure_words(lex)
    words = [t for t in tokens(sentence) if t.kind == "word"]
    left = [t for t in words if t.end <= start][-before:]
    right = [t for t in words if t.start >= end][:after]
    inside = [t for t in words if t.start >= start and t.end <= end]  # "ضعف المدة ... 50 دقيقة"
    out = []
    for t in left[-RELATION_WINDOW:] + inside:
        relation = next((lex.relations[b] for b in _word_forms(t.norm) if b in lex.relations), None)
        if relation is not None:
            out.append(("@" + relation, t.text))
    for t in left + right:
        if len(t.norm) < 2 or any(b in skip or b in analyzer.stop for b in _word_forms(t.norm)):
            continue  # "وكذلك", "لهذا": function words behind a proclitic
        # The stemmer keeps a leading و ("واستمرت"); drop it when a real word remains.
        norm = t.norm[1:] if t.norm[:1] in "وف" and len(t.norm) >= 5 else t.norm
        out.append((analyzer.stem_tokens([norm])[0], t.text))
    return tuple(out)


@lru_cache(maxsize=1)
def _heads() -> tuple[Mapping[str, str], Mapping[str, str]]:
    """Event nouns -> class and modifiers -> class, normalized (``ar/figure_heads.txt``)."""
    heads: dict[str, str] = {}
    modifiers: dict[str, str] = {}
    for kind, cls, forms in _rows("ar/figure_heads.txt"):
        target = heads if kind == "head" else modifiers
        for form in _forms(forms):
            target[form[0]] = cls
    return heads, modifiers


def _lookup(norm: str, table: Mapping[str, str]) -> str | None:
    for b in _word_forms(norm):
        for form in (b, b[2:] if b.startswith("ال") and len(b) > 4 else b):
            if form in table:
                return table[form]
    return None


def measured_head(sentence: str, start: int, end: int, *, after: int = 3, before: int = 8) -> str:
    """The event a duration at ``sentence[start:end]`` measures, as "class" or "class:modifier".

    The event noun is the one the figure's cue verb governs: the first within ``after`` words after
    the cue ("استمرت المحادثات"), else the nearest within ``before`` words before it ("محادثات ...
    استمرت"); its modifiers are the two words after it ("اللقاء المنفرد", "الجلسة الأولى").
    "" when no cue or no event noun is found: such figures fall back to subject words alone.
    """
    lex = lexicon()
    heads, modifiers = _heads()
    words = [t for t in tokens(sentence) if t.kind == "word"]
    left = [k for k, t in enumerate(words) if t.end <= start]
    cue = next(
        (
            k
            for k in reversed(left[-RELATION_WINDOW:])
            if any(b in lex.relations and lex.relations[b] == "lasted" for b in _word_forms(words[k].norm))
        ),
        None,
    )
    if cue is None:
        return ""
    figure_at = left[-1] + 1 if left else 0
    ahead = [k for k in range(cue + 1, min(cue + 1 + after, figure_at)) if _lookup(words[k].norm, heads)]
    behind = [k for k in range(cue - 1, max(cue - 1 - before, -1), -1) if _lookup(words[k].norm, heads)]
    found = ahead[0] if ahead else (behind[0] if behind else None)
    if found is None:
        return ""
    cls = _lookup(words[found].norm, heads) or ""
    mods = [m for k in range(found + 1, min(found + 3, len(words))) if (m := _lookup(words[k].norm, modifiers))]
    return f"{cls}:{mods[0]}" if mods else cls


@lru_cache(maxsize=1)
def _share_cues() -> Mapping[str, str]:
    """Normalized cue word -> what a percentage after it is a share of (``ar/share_heads.txt``)."""
    return _first_words("ar/share_heads.txt")


# A share cue names the percentage within this many words before it.
_SHARE_WINDOW = 4


# Failing that, a cue names it within this many words before it in its clause ("نسبة المشاركة في
# الجولة الثانية من الانتخابات الرئاسية بلغت 49.8%").
_SHARE_REACH = 12


def share_head(sentence: str, start: int, end: int | None = None) -> str:
    """What a percentage at ``sentence[start:end]`` is a share of ("counted", "votes", ...): a
    threshold when the word right after it is an ``after:`` cue ("نسبة الـ50% المطلوبة"), else the
    nearest cue within ``_SHARE_WINDOW`` words before it, else the nearest within ``_SHARE_REACH``
    words before it in its clause; "" when there is none."""
    if end is not None:
        after = next((t for t in tokens(sentence[end:]) if t.kind == "word"), None)
        cue = (
            None
            if after is None
            else next((_share_cues()[b] for b in _word_forms(after.norm) if b in _share_cues()), None)
        )
        if cue is not None and cue.startswith("after:"):
            return "share:" + cue.removeprefix("after:")
    before = [t for t in tokens(sentence) if t.end <= start]
    found = _nearest_share_cue([t for t in before if t.kind == "word"][-_SHARE_WINDOW:])
    if found is None:
        clause: list[Token] = []
        for t in reversed(before):
            if (t.kind == "punct" and t.text in _CLAUSE_BREAK and t.text not in _QUOTES) or len(clause) == _SHARE_REACH:
                break
            if t.kind == "word":
                clause.insert(0, t)
        found = _nearest_share_cue(clause)
    return "" if found is None else "share:" + found


def _nearest_share_cue(words: Sequence[Token]) -> str | None:
    cues = _share_cues()
    for t in reversed(words):
        found = next((cues[b] for b in _word_forms(t.norm) if b in cues and not cues[b].startswith("after:")), None)
        if found is not None:
            return found
    return None


# Shares of a whole of their own (``resources/ar/share_heads.txt``): one is compared only with
# another of the same whole, never with a share no cue names (in an election story that is a
# candidate's, "حلّ ثالثا بـ2.16%"; the turnout and the ballots counted are not).
OWN_WHOLE_SHARES = frozenset({"share:turnout", "share:counted", "share:threshold"})


def shares_match(a: str, b: str) -> bool:
    """Can two share cues ("share:votes", "" for none) name one share? The same cue, or a cue and
    none, unless one names a whole of its own (``OWN_WHOLE_SHARES``)."""
    if a in OWN_WHOLE_SHARES or b in OWN_WHOLE_SHARES:
        return a == b
    return not a or not b or a == b


# --- who a share or a count of seats belongs to ---------------------------------------------------


@lru_cache(maxsize=1)
def _owner_words() -> Mapping[str, frozenset[str]]:
    """Kind -> normalized words of ``ar/share_owners.txt`` (anchor, role, not_name, contrast, owned)."""
    out: dict[str, set[str]] = {}
    for kind, forms in _rows("ar/share_owners.txt"):
        out.setdefault(kind, set()).update(normalize(f) for f in forms.split())
    return {kind: frozenset(words) for kind, words in out.items()}


def _is(norm: str, kind: str) -> bool:
    return any(b in _owner_words().get(kind, ()) for b in _word_forms(norm))


def owned_count(f: Figure) -> bool:
    """Is ``f`` a count that belongs to a party or candidate (seats, votes: ``owned`` of
    ``ar/share_owners.txt``)?"""
    return f.dimension == "count" and counted_noun(f.unit) in {counted_noun(w) for w in _owner_words().get("owned", ())}


# How many words before a figure its owner is looked for.
_OWNER_REACH = 30


@lru_cache(maxsize=16384)
def figure_owner(sentence: str, start: int, end: int) -> frozenset[str]:
    """Who the share or count at ``sentence[start:end]`` belongs to, as the keys of the words of a
    name (:func:`_name_key`; empty when unknown): a name after it behind "ل" ("47% لمنافسه كمال
    نور"); else the name right after the last figure of a list before it ("52% ونور 47%"); else
    the name after the nearest verb of winning or getting, or title, before it ("حصل المرشح يوسف
    أوشيش على 2.16%", "فوز تبون ... بعد حصوله على 94.65%"), unless a word of contrast comes first
    ("52% مقابل 47%"). Words of ``ar/share_owners.txt``."""
    toks = tokens(sentence)
    i = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    j = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    # Where the shares and counts of seats before ours stand: the items of a list.
    listed = frozenset(
        t.start
        for f in figures_of(sentence)
        if f.end <= start and (f.dimension == "percent" or owned_count(f))
        for t in toks
        if t.kind == "digits" and f.start <= t.start < f.end
    )
    return _side_of(toks, i, j) or _owner_after(toks, j) or _owner_before(toks, i, listed)


# How many words before a share, and after it, the side of a referendum it belongs to is looked for.
_SIDE_BEFORE = 5
_SIDE_AFTER = 4
_SIDES = ("side:yes", "side:no")


def _side_of(toks: Sequence[Token], i: int, j: int) -> frozenset[str]:
    """The side of a referendum a share (its tokens from ``i`` to before ``j``) belongs to, as
    ``{"side:yes"}`` or ``{"side:no"}``: the nearest side word of ``ar/share_owners.txt`` within
    :data:`_SIDE_BEFORE` words before it ("حصلت "لا" على 58%", "أيدها 41%"), else within
    :data:`_SIDE_AFTER` words after it ("59% صوتوا ضد الإصلاح"), in its clause and short of a word
    of contrast or, after it, another figure."""
    for k in (
        *_side_words(toks, range(i - 1, -1, -1), _SIDE_BEFORE),
        *_side_words(toks, range(j, len(toks)), _SIDE_AFTER),
    ):
        side = next((side for side in _SIDES if _is(toks[k].norm, side) or _quoted_side(toks, k, side)), None)
        if side:
            return frozenset({side})
    return frozenset()


def _side_words(toks: Sequence[Token], steps: range, most: int) -> list[int]:
    """The indices of up to ``most`` words along ``steps`` within the clause, short of a word of
    contrast and, after the figure, of another figure."""
    out: list[int] = []
    for k in steps:
        t = toks[k]
        if (t.kind == "punct" and t.text in _CLAUSE_BREAK and t.text not in _QUOTES) or len(out) == most:
            break
        if t.kind == "digits" and steps.step > 0:
            break
        if t.kind == "word":
            if _is(t.norm, "contrast"):
                break
            out.append(k)
    return out


def _quoted_side(toks: Sequence[Token], k: int, side: str) -> bool:
    """Is the word at ``k`` a side word that counts only between quote marks ("لا", "نعم")?"""
    quoted = 0 < k < len(toks) - 1 and toks[k - 1].text in _QUOTES and toks[k + 1].text in _QUOTES
    return quoted and toks[k].norm in _owner_words().get("quoted:" + side, ())


def _owner_after(toks: Sequence[Token], j: int) -> frozenset[str]:
    """A name right after a figure behind "ل" ("لصالح كمال نور", "لمنافسه نور", "لنور")."""
    if j >= len(toks) or toks[j].kind != "word" or not toks[j].norm.startswith("ل") or len(toks[j].norm) < 4:
        return frozenset()
    first = toks[j].norm[1:]
    if first.startswith("ل"):  # "للمرشح": ل + ال
        first = "ا" + first
    return _name_key([first, *(t.norm if t.kind == "word" else t.text for t in toks[j + 1 : j + 6])])


def _owner_before(toks: Sequence[Token], i: int, listed: frozenset[int]) -> frozenset[str]:
    """The owner named before the figure at token ``i`` (:func:`figure_owner`); ``listed``: where
    the digits of the shares or counts of seats before it start."""
    words = 0
    titled: frozenset[str] = frozenset()
    for k in range(i - 1, -1, -1):
        t = toks[k]
        if t.kind == "punct" and t.text in _SENTENCE_END:
            break
        if t.kind == "digits" and t.start in listed:  # the figure before ours in a list
            found, stop = _listed_owner(toks, k, i)
            if found or stop:
                return found or titled
        if t.kind != "word":
            continue
        words += 1
        if _is(t.norm, "contrast") or words > _OWNER_REACH:
            break
        if _is(t.norm, "anchor"):
            found = _anchored_owner(toks, k, i)
            if found:
                return found
        elif not titled:
            # A title names the owner only when no anchor before it does ("حصل فلان، الأمين العام
            # للحزب الذي كان يقوده رئيس الوزراء علان، على 7%": the title is in a relative clause).
            titled = _anchored_owner(toks, k, i)
    return titled


def _listed_owner(toks: Sequence[Token], k: int, i: int) -> tuple[frozenset[str], bool]:
    """The name between the figure before ours (its digits at ``k``) and ours (at ``i``): "52% ونور
    47%"; and whether to look no further (the name after the figure before is its own: "47%
    لمنافسه نور، ثم 52.6%")."""
    between = [
        u.norm if u.kind == "word" else u.text
        for u in toks[k + 1 : i]
        if (u.kind == "word" and u.norm not in _amount_words() and not _is(u.norm, "owned"))
        or (u.kind == "punct" and u.text in _NAME_MARKS)
    ]  # "16 مليون صوت، وجليلي على 13 مليون": the unit of the figure before is no name
    if any(_is(w, "restate") for w in between):  # "900 صوت، أي ما نسبته 10%": the count's owner's
        return frozenset(), False
    if between and between[0].startswith("ل") and _owner_after(toks, k + 1 + _unit_end(toks[k + 1 : i])):
        return frozenset(), True
    return _name_key(between), False


def _anchored_owner(toks: Sequence[Token], k: int, i: int) -> frozenset[str]:
    """The name after a verb of winning or a title at ``k``, before the figure at ``i``; a title
    that heads an organisation ("رئيس حركة مجتمع السلم") names nobody."""
    if _is(toks[k].norm, "anchor"):
        named = _name_key([u.norm if u.kind == "word" else u.text for u in toks[k + 1 : i]])
        # Else the one word between "أن" and the verb ("أن بزشكيان حصل على 17 مليون صوت").
        before = k > 1 and toks[k - 1].kind == "word" and _is(toks[k - 2].norm, "subject_opener")
        if named or not before or not _name_word([toks[k - 1].norm], 0, first=True, subject=True):
            return named
        return frozenset({_word_key(toks[k - 1].norm)})
    if not _is_title(toks[k].norm):
        return frozenset()
    org = title_words()["org"]
    after = [u.norm for u in toks[k + 1 : i] if u.kind == "word"]
    if after and any(b in org or b.removeprefix("ال") in org for b in _word_forms(after[0])):
        return frozenset()
    return _name_key([u.norm if u.kind == "word" else u.text for u in toks[k:i]])


@lru_cache(maxsize=1)
def _amount_words() -> frozenset[str]:
    """Words that write a figure (:func:`figure_words`) and the "في" of "في المئة"."""
    return figure_words() | {"في"}


def _unit_end(toks: Sequence[Token]) -> int:
    """How many tokens at the start of ``toks`` write a figure's unit ("%", "في المئة")."""
    k = 0
    while k < len(toks) and ((toks[k].kind == "punct" and toks[k].text == "%") or toks[k].norm in _amount_words()):
        k += 1
    return k


def _is_title(norm: str) -> bool:
    return any(b in title_words()["person"] for b in _word_forms(norm))


def _name_key(items: Sequence[str]) -> frozenset[str]:
    """The keys of the name that ``items`` (normalized words and punctuation) open with, past
    titles, roles and a title's definite modifiers ("الرئيس التركي رجب طيب أردوغان", "منافسه كمال
    نور", "حزب المحافظين"): at most three words that are no function, figure or listed word."""
    k = 0
    while k < len(items) and (
        items[k] in "،,"
        or len(items[k]) < 2
        or _is(items[k], "role")
        or _is(items[k], "rank")
        or (items[k] == "في" and k + 1 < len(items) and _is(items[k + 1], "rank"))
        or _is_title(items[k])
        or (k > 0 and _titled(items[k - 1]) and items[k].startswith("ال"))
        or (k > 1 and _titled(items[k - 2]) and items[k - 1].startswith("ال") and items[k].startswith("ال"))
    ):
        k += 1
    role = any(_is(w, "role") and not _is(w, "person_role") for w in items[:k])
    name, stop = _name_at(items, k)
    # A party's name, then its candidate's after a mark ("مرشح حزب "النور"، فلان"): both name the owner.
    end = stop
    while end < len(items) and items[end] in _NAME_MARKS:
        end += 1
    if role and name and end > stop:
        name = name + _name_at(items, end)[0]
    return frozenset(key for w in name if (key := _word_key(w)))


# Marks between a party's name and its candidate's (:func:`_name_key`).
_NAME_MARKS = frozenset({"،", ",", '"', "«", "»", "“", "”", "'"})


def _name_at(items: Sequence[str], k: int) -> tuple[list[str], int]:
    """The words of the name at ``items[k]`` (:func:`_name_key`), at most three, and where it ends."""
    name: list[str] = []
    while k < len(items) and len(name) < 3:
        if name and items[k] in _LINKS and k + 1 < len(items) and _linked(items[k + 1]):
            name.append(items[k + 1])  # "علي بن فليس": a link inside a name, no word of its own
            k += 2
            continue
        if not _name_word(items, k, first=not name) and not (not name and _name_head(items, k)):
            break
        name.append(items[k])
        k += 1
    return name, k


def _titled(norm: str) -> bool:
    """Is ``norm`` a title or a definite role of a person, whose definite word after is a modifier
    ("الرئيس التركي", "المرشح الحر")?"""
    return _is_title(norm) or _is(norm, "person_role")


# Words that link a name to a father's or family's name ("علي بن فليس").
_LINKS = frozenset({"بن", "ابن"})


def _linked(w: str) -> bool:
    """Can ``w``, after a link of :data:`_LINKS`, be a name? Any word of three letters or more but
    a function word as written ("فليس" is a name there, not "ف" + "ليس")."""
    return w.isalpha() and len(w) > 2 and w not in stopwords()


def _name_head(items: Sequence[str], k: int) -> bool:
    """Is ``items[k]``, which alone would be no name, the first word of one: two letters before a
    definite word ("عز الدين"), or any word before "بن" and a name ("علي بن فليس": "علي" is also
    the normalized "على")?"""
    w = items[k]
    nxt = items[k + 1] if k + 1 < len(items) else ""
    if not w.isalpha() or len(w) < 2:
        return False
    if nxt in _LINKS and k + 2 < len(items) and _linked(items[k + 2]):
        return len(w) > 2 and not any(_is(w, kind) for kind in ("anchor", "role", "not_name", "contrast", "rank"))
    return (
        len(w) == 2
        and w not in stopwords()
        and nxt.startswith("ال")
        and len(nxt) > 3
        and _name_word(items, k + 1, first=False)
    )


def _name_word(items: Sequence[str], k: int, *, first: bool, subject: bool = False) -> bool:
    """Can ``items[k]`` be a word of a name? ``subject``: it stands right before its verb, so a ب in
    front is a letter of the name ("بزشكيان حصل")."""
    w = items[k]
    if len(w) < 3 or not any(ch.isalpha() for ch in w) or w.startswith(("بال", "لل")):
        return False
    if any(_is(w, kind) for kind in ("anchor", "role", "not_name", "contrast", "rank")) or _is_title(w):
        return False
    if any(b in stopwords() or b in _amount_words() or b.removesuffix("ا") in _amount_words() for b in _word_forms(w)):
        return False  # "ألفا", "مليونا": a number, accusative
    # A first word behind ب is a name only as the subject of its verb, before "على" or "منها" ("حصل
    # بزشكيان على", "حصل بيزشكيان منها على"), not a complement ("فاز بولاية ثانية").
    # A later word of a name may begin with ب ("مسعود بزشكيان").
    return subject or not first or not w.startswith("ب") or (k + 1 < len(items) and items[k + 1] in _SUBJECT_NEXT)


# Words after a verb's subject that begins with ب (:func:`_name_word`).
_SUBJECT_NEXT = frozenset({"علي", "منها", "منه", "منهم"})


# Words that open many names and tell none apart ("عبد المجيد", "عبد العالي").
_NAME_OPENERS = frozenset({"عبد", "ابو", "بن", "ابن"})


def _word_key(w: str) -> str:
    """A word of a name as outlets spell it alike: no و in front, no article, no plural ending, no
    long vowels after the first letter ("بزشكيان" and "بيزشكيان", "المحافظين" and "المحافظون")."""
    if w.startswith("و") and len(w) > 3:
        w = w[1:]
    if w in _NAME_OPENERS:
        return ""
    w = counted_noun(w)
    return w[:1] + "".join(ch for ch in w[1:] if ch not in "اويءئؤ")


def owners_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """Are two owners (:func:`figure_owner`) known and one (a word of their names in common)?"""
    return bool(a & b)


def may_dispute(
    a: Figure, head_a: str, owner_a: frozenset[str], b: Figure, head_b: str, owner_b: frozenset[str]
) -> bool:
    """May ``a`` and ``b`` (one quantity's kind) be set against each other in a ⚠ note? Shares only
    when cues name both and name one whole (:func:`share_head`), and a share of the votes only
    when one party or candidate owns both (:func:`figure_owner`); counts of seats or votes only of
    one owner. When what a share is of, or whose it is, is unknown on either side, no note: a
    missing note is a smaller fault than a false one."""
    if a.dimension == "percent":
        if not head_a or head_a != head_b:
            return False
        return head_a != "share:votes" or owners_match(owner_a, owner_b)
    if owned_count(a) or owned_count(b):
        return owners_match(owner_a, owner_b)
    return True


# --- what a figure is told of: a place's count, a depth, an aftershock ------------------------------


@lru_cache(maxsize=1)
def _scope_cues() -> Mapping[str, Mapping[str, str]]:
    """Dimension -> normalized cue word -> scope (``ar/figure_scopes.txt``)."""
    out: dict[str, dict[str, str]] = {}
    for dimension, scope, forms in _rows("ar/figure_scopes.txt"):
        for form in _forms(forms):
            out.setdefault(dimension, {})[" ".join(form)] = scope  # words of a phrase joined by a space
    return out


# Quote marks around a name ("تلسكوب "هابل"") do not end the clause a scope cue is read in.
_QUOTES = frozenset('"«»“”')
# A scope cue names a figure within this many words before it, in its clause.
_SCOPE_WINDOW = 8
# A count is given for the place named in "في X" at most this many words after a count of its clause.
_PLACE_REACH = 3
# Pronoun endings no place name carries ("منازلهم", "بيوتكم").
_PRONOUNS = ("هم", "هما", "هن", "كم")
# Scopes compared only with the same scope: an aftershock's magnitude is never the main quake's, a
# ratio never a count of times, a count of others never the whole, a count given for a place never
# one of another place or of the whole event, abstainers never those who voted, the soldiers among
# the dead never the whole toll, a person's age never a term or a time since (nor another named
# person's age), a total never a part of it (a party's seats, a candidate's votes), the dead at the
# scene or in hospital and the badly hurt never the whole toll (figs24: :func:`_spot_after`), a
# margin after "±" never a value, a target's share never the rate it aims at (audit25).
_OWN_SCOPES = (
    "abstained",
    "aftershock",
    "age",
    "alone",
    "casualties",
    "margin",
    "later",
    "others",
    "part",
    "place:",
    "plusminus",
    "poll",
    "projected",
    "range",
    "rate",
    "ratio",
    "hospital",
    "scene",
    "serious",
    "registered",
    "target",
    "total",
)


# A scope's place a distance is measured from (:func:`distance_from`): "distance@تونال".
_FROM = "@"


def scopes_match(a: str, b: str) -> bool:
    """Can figures of two scopes (:func:`figure_scopes`; "" for none) be one quantity? The same
    scope, or a scope and none, unless one is of its own (``_OWN_SCOPES``): a province's toll
    and the national one, an aftershock and the quake. Distances from two places said
    (:func:`distance_from`: "@" and the place) never; from a place and from one not said, by
    their scopes without it."""
    a, _, from_a = a.partition(_FROM)
    b, _, from_b = b.partition(_FROM)
    if from_a and from_b and from_a != from_b:
        return False
    if a == b:
        return True
    if a.startswith(_OWN_SCOPES) or b.startswith(_OWN_SCOPES):
        return False
    return not a or not b


@lru_cache(maxsize=16384)
def figure_scopes(text: str) -> tuple[tuple[int, str], ...]:
    """What figures of ``text`` are told of beyond their unit, as (start, scope) where the text
    says it: a count of people made in a place ("place:ملطيه", :func:`_count_places`), a count of
    others ("5 دول أخرى"), or a cue of ``ar/figure_scopes.txt`` in the clause before the figure
    ("depth", "distance", "aftershock").

    >>> figure_scopes("وقتل 23 شخصا في ملطية، وكان على عمق 10 كيلومترات.")
    ((5, 'place:ملطيه'), (36, 'depth'))
    """
    toks = tokens(text)
    figures = figures_of(text)
    places = _count_places(toks, figures)
    out = []
    for f in figures:
        scope = places.get(f.start) or _scope_after(toks, f) or _bracketed_age(toks, f) or _scope_cue(toks, f)
        if scope:
            out.append((f.start, scope))
    return tuple(out)


def _scope_cue(toks: Sequence[Token], f: Figure) -> str:
    """The nearest scope cue of ``f``'s dimension before it, within its clause and
    :data:`_SCOPE_WINDOW` words."""
    cues = _scope_cues().get(f.dimension)
    if not cues:
        return ""
    words = 0
    for t in reversed([t for t in toks if t.end <= f.start]):
        if t.kind == "punct" and t.text in _CLAUSE_BREAK and t.text not in _QUOTES:
            return ""
        if t.kind != "word":
            continue
        found = next((cues[b] for b in _word_forms(t.norm) if b in cues), None)
        if found is not None:
            return found
        words += 1
        if words == _SCOPE_WINDOW:
            return ""
    return ""


def _bracketed_age(toks: Sequence[Token], f: Figure) -> str:
    """A number of years alone in brackets right after a word ("فان دير بيلين (72 عاما)", "لهوفر (45
    عاما)") is the age of the person that word names: "age:" and the word's key (:func:`_word_key`,
    a "ل" in front of a word of five letters or more dropped); "" for any other figure."""
    if f.dimension != "duration" or f.unit != "year":
        return ""
    k = next((k for k, t in enumerate(toks) if t.start >= f.start), len(toks))
    e = next((e for e, t in enumerate(toks) if t.start >= f.end), len(toks))
    if k < 2 or e >= len(toks) or toks[k - 1].text != "(" or toks[e].text != ")" or toks[k - 2].kind != "word":
        return ""
    name = toks[k - 2].norm
    if name.startswith("ل") and len(name) >= 5:
        name = name[1:]
    return "age:" + _word_key(name)


def _scope_after(toks: Sequence[Token], f: Figure) -> str:
    """The scope the word or two words right after ``f`` name ("5 دول أخرى": others; "10 جنود من
    بين الضحايا": a part), from the ``after:`` rows of ``ar/figure_scopes.txt``."""
    cues = _scope_cues().get("after:" + f.dimension)
    k = next((k for k, t in enumerate(toks) if t.start >= f.end), None)
    if not cues or k is None or toks[k].kind != "word":
        return ""
    if k + 1 < len(toks) and toks[k + 1].kind == "word":
        pair = cues.get(f"{toks[k].norm} {toks[k + 1].norm}")
        if pair:
            return pair
    return next((cues[b] for b in _word_forms(toks[k].norm) if b in cues), "")


def _count_places(toks: Sequence[Token], figures: Sequence[Figure]) -> dict[int, str]:
    """The place each count of people of a sentence was made in, by the figure's start: "في X"
    right after a count of its clause ("قتل 244 شخصا على الأقل في سوريا", "قتل 18 وأصيب 30 آخرون
    في شانلي أورفا": both), or a sentence that opens on one ("وفي سوريا، ..."). A count of a
    province is no value of the national toll, nor of another province's."""
    people = [f for f in figures if f.dimension == "people"]
    if not people:
        return {}
    clause = list(itertools.accumulate(int(t.kind == "punct" and t.text in _CLAUSE_BREAK) for t in toks))
    index = {t.start: k for k, t in enumerate(toks)}
    first = 0 if toks and toks[0].norm in ("في", "وفي", "ففي") else None
    fronted = _place_word(toks, 1) if first == 0 else ""
    after: dict[int, str] = {}  # clause -> the place after one of its counts
    out = {}
    for f in figures:
        if f.dimension in ("people", "count") and f.start in index:
            k = next((k for k in range(index[f.start], len(toks)) if toks[k].end >= f.end), len(toks) - 1)
            spot = _spot_after(toks, k + 1)
            if spot:  # "31 شخصا في المكان": this count's own, no place of the clause's other counts
                if f.dimension == "people" and (spot != "hospital" or f.unit == "killed"):
                    out[f.start] = spot  # the dead in hospital; "520 في المستشفيات" are the injured
                continue
            place = _place_after(toks, k + 1)
            if place:
                after.setdefault(clause[k], place)
    for f in people:
        if f.start in out:
            continue
        place = after.get(clause[index[f.start]], "") if f.start in index else ""
        if place or fronted:
            out[f.start] = "place:" + (place or fronted)
    return out


@lru_cache(maxsize=1)
def _spots() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The ``spot`` rows of ``ar/figure_scopes.txt``: (normalized words of a phrase, scope), longest first."""
    rows = [
        (form, scope) for dim, scope, forms in _rows("ar/figure_scopes.txt") if dim == "spot" for form in _forms(forms)
    ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _spot_words() -> frozenset[str]:
    """The first words of the ``spot`` phrases (a word of them behind و is no other clause's)."""
    return frozenset(form[0] for form, _ in _spots())


def _spot_after(toks: Sequence[Token], k: int) -> str:
    """The scope of a ``spot`` phrase of ``ar/figure_scopes.txt`` opening within :data:`_PLACE_REACH`
    words from token ``k``, in the clause ("لقي 31 شخصا حتفهم في موقع الحادث": "scene"; "توفي تسعة
    آخرون في مستشفيين": "hospital"); "" when none does, or a word behind و opens another clause first
    ("توفي خمسة ركاب وأصيب رجل بجروح خطيرة": the man's wounds, not the five's)."""
    for j in range(k, min(k + _PLACE_REACH, len(toks))):
        if toks[j].kind != "word" or (toks[j].norm.startswith("و") and toks[j].norm not in _spot_words()):
            return ""
        for form, scope in _spots():
            words = toks[j : j + len(form)]
            if len(words) == len(form) and all(
                t.kind == "word" and t.norm == w for t, w in zip(words, form, strict=True)
            ):
                return scope
    return ""


def _place_after(toks: Sequence[Token], k: int) -> str:
    """The place of "في X" within :data:`_PLACE_REACH` words from token ``k``, in the clause."""
    for j in range(k, min(k + _PLACE_REACH, len(toks))):
        if toks[j].kind != "word":
            return ""
        if toks[j].norm == "في":
            return _place_word(toks, j + 1)
    return ""


@lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset[str], Mapping[str, str], frozenset[str]]:
    """Words before a place name ("مدينة", "جنوب": ``titles.txt``), the gazetteer's one-word places
    (normalized -> canonical), and nouns after "في" that name no place (``not_places.txt``)."""
    titles = title_words()
    places = {name[0]: canonical for name, (kind, canonical) in gazetteer().items() if kind == "place"}
    not_places = frozenset(normalize(w) for w in load_word_list("ar/not_places.txt"))
    return titles["place"] | titles["stop"], places, not_places


def _place_word(toks: Sequence[Token], j: int) -> str:
    """The place named at token ``j`` (after "في"), normalized; "" when the word names none. A
    gazetteer place, or the word after a place title or a direction ("محافظة أديامان", "جنوب
    تركيا"); else an indefinite word that is no function, number or date word, carries no pronoun
    and is no noun of ``not_places.txt`` (most place names carry no article: "ملطية", "هاتاي")."""
    before, places, not_places = _place_words()
    if j < len(toks) and toks[j].kind == "word" and toks[j].norm in before:
        j += 1
    if j >= len(toks) or toks[j].kind != "word":
        return ""
    w = toks[j].norm
    if w in places:
        return normalize(places[w])
    if w.startswith("ال") or len(w) < 3 or w in not_places or w in stopwords() or w in figure_words():
        return ""
    return "" if w.endswith(_PRONOUNS) else w  # "في منازلهم": their homes, no name


@lru_cache(maxsize=1)
def _earlier_rounds() -> re.Pattern[str]:
    return _phrases("ar/earlier_rounds.txt")


@lru_cache(maxsize=16384)
def names_earlier_round(text: str) -> bool:
    """Does ``text`` place what it tells in an earlier round of a contest ("في الجولة الأولى") or an
    earlier report ("حصيلة سابقة"; ``resources/ar/earlier_rounds.txt``)? A runoff's reports give the
    first round's shares beside the runoff's, a disaster's the toll an earlier report gave beside
    the new one: figures of the two are no rival values of each other."""
    return _earlier_rounds().search(normalize(text)) is not None


@lru_cache(maxsize=16384)
def tells_earlier_round(text: str) -> bool:
    """:func:`names_earlier_round`, an earlier round named as the reason for a runoff left out
    ("بعد أن فشل المرشحان في تحقيق الأغلبية في الجولة الأولى": :func:`_runoff_reason`): such a
    sentence gives the runoff's figures, which the ⚠ notes and compare's groups set against the
    runoff's. (Selection's restating check keeps :func:`names_earlier_round`: measured, reading
    the reason there too cost a key fact on the dev sets.)"""
    norm = normalize(text)
    return any(not _runoff_reason(norm[: m.start()]) for m in _earlier_rounds().finditer(norm))


# A word of failing this many words or fewer before an earlier round makes it a runoff's reason.
_REASON_REACH = 12


@lru_cache(maxsize=1)
def _failing_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_word_list("ar/runoff_reasons.txt"))


def _runoff_reason(before: str) -> bool:
    """Does a word of failing (``resources/ar/runoff_reasons.txt``) stand among the last
    :data:`_REASON_REACH` words of ``before`` (normalized text up to an earlier round's name)?"""
    words = re.findall(r"\w+", before)[-_REASON_REACH:]
    return any(f in _failing_words() for w in words for f in _word_forms(w))


def _phrases(name: str) -> re.Pattern[str]:
    """Phrases of a word list as one pattern of whole words, with their proclitics ("وفي الجولة
    الأولى", "بالجولة الأولى", "للجولة الأولى": ل + ال)."""
    phrases = sorted((normalize(line) for line in load_word_list(name)), key=len, reverse=True)
    forms = [re.escape(p) for p in phrases] + [re.escape("ل" + p[2:]) for p in phrases if p.startswith("ال")]
    return re.compile(r"(?<!\w)[وف]?[بلك]?(?:" + "|".join(forms) + r")(?!\w)")


@lru_cache(maxsize=1)
def _past_events() -> re.Pattern[str]:
    return _phrases("ar/past_events.txt")


@lru_cache(maxsize=16384)
def names_past_event(text: str) -> bool:
    """Does ``text`` place what it tells in an earlier event than the news ("العام الماضي",
    "الذكرى"; ``resources/ar/past_events.txt``)? Last year's quake's toll is no rival value of
    today's."""
    return _past_events().search(normalize(text)) is not None


@lru_cache(maxsize=16384)
def event_kinds_named(text: str) -> frozenset[str]:
    """The kinds of event (``resources/ar/event_kinds.txt``: quake, crash, storm, ...) the words of
    ``text`` name."""
    return frozenset(k for t in tokens(text) if t.kind == "word" and (k := kind_of_word(t.norm)))


@lru_cache(maxsize=16384)
def names_another_event(text: str) -> bool:
    """Does ``text`` name another event of a kind (``resources/ar/event_kinds.txt``) than the one
    the story tells, by a word of the ``other`` row of ``ar/mention_cues.txt`` right after it
    ("إعصار آخر", "زلزال آخر")? Read by the notes and ``compare`` only (:func:`other_events`)."""
    others = _mention_cues().get("other", {})
    words = [t for t in tokens(text) if t.kind == "word"]
    return _latest_before(words) or any(
        kind_of_word(w.norm) and any(b in others for b in _word_forms(nxt.norm)) for w, nxt in itertools.pairwise(words)
    )


def _latest_before(words: Sequence[Token]) -> bool:
    """Does a sentence of ``words`` tell the last event before the news in the pluperfect: its first
    word a ``latest | opener`` of ``ar/mention_cues.txt`` ("وكان"), and in its next four words a kind
    of event (or a ``latest | event`` word) with a ``latest`` word within two words after it
    ("وكان الاعتداء الدموي الأخير ...") or a ``before`` word right before it ("وكان آخر تفجير ...")?"""
    cues = _mention_cues().get("latest", {})
    if not words or not any(cues.get(b) == "opener" for b in (words[0].norm, *_word_forms(words[0].norm))):
        return False
    head = words[1:5]
    return any(
        (kind_of_word(w.norm) or cues.get(w.norm) == "event")
        and (
            any(cues.get(n.norm) == "latest" for n in head[k + 1 : k + 3])
            or (k > 0 and cues.get(head[k - 1].norm) == "before")
        )
        for k, w in enumerate(head)
    )


def other_events(a: str, b: str) -> bool:
    """Do two sentences tell of different events, so that their figures are never set against each
    other? One names an earlier event and the other does not (:func:`names_past_event`), or each
    names kinds of event and none in common: "لقي 48 شخصا حتفهم في سلسلة من الزلازل" is no value
    of the toll of a runway collision ("لقي 5 أشخاص مصرعهم جراء تصادم")."""
    if names_past_event(a) != names_past_event(b) or names_another_event(a) != names_another_event(b):
        return True
    kinds_a, kinds_b = event_kinds_named(a), event_kinds_named(b)
    return bool(kinds_a and kinds_b and not kinds_a & kinds_b)


# --- what a speed measures, whom a count of passengers counts, a count of the whole ---------------
# Read for the ⚠ notes of a summary and the groups of ``compare`` only (:func:`mention`): the
# summarizer's choice of sentences reads figures through :func:`figure_scopes`, not these.


@lru_cache(maxsize=1)
def _mention_cues() -> Mapping[str, Mapping[str, str]]:
    """Kind ("speed", "whole") -> normalized cue word -> class (``ar/mention_cues.txt``)."""
    out: dict[str, dict[str, str]] = {}
    for kind, cls, forms in _rows("ar/mention_cues.txt"):
        for form in _forms(forms):
            out.setdefault(kind, {})[form[0]] = cls
    return out


def _clause_words_before(sentence: str, start: int, reach: int) -> list[Token]:
    """The words of ``sentence`` before ``start`` in its clause, at most ``reach``, nearest first."""
    out: list[Token] = []
    for t in reversed([t for t in tokens(sentence) if t.end <= start]):
        if (t.kind == "punct" and t.text in _CLAUSE_BREAK and t.text not in _QUOTES) or len(out) == reach:
            break
        if t.kind == "word":
            out.append(t)
    return out


# A speed's head is looked for this many words back in its clause ("رياح عاتية تصل سرعتها إلى 260").
_SPEED_REACH = 8


def speed_head(sentence: str, start: int) -> str:
    """What a speed at ``sentence[start:]`` measures ("speed:wind", "speed:moving"): the nearest cue
    of ``ar/mention_cues.txt`` before it in its clause; "" when there is none."""
    cues = _mention_cues().get("speed", {})
    for t in _clause_words_before(sentence, start, _SPEED_REACH):
        found = next((cues[b] for b in _word_forms(t.norm) if b in cues), None)
        if found is not None:
            return "speed:" + found
    return ""


# Counts whose noun says who they are but not what befell them: "61 راكبا" may be the injured
# ("وإصابة زهاء 61 راكباً") or everyone aboard ("كان على متنها 291 راكبا"). As roles of
# ``people_roles.txt`` beside such a count, they name no more than its noun does.
_NAMED_BY_ROLE = frozenset({"passenger", "crew"})


def _count_role(sentence: str, start: int, end: int) -> str:
    """What befell those a count of passengers counts, from a cue of ``ar/people_roles.txt`` beside
    it (:func:`role_near`): "role:injured", "role:aboard"; "" when no cue says."""
    role = role_near(sentence, start, end)
    if role is None or role in _NAMED_BY_ROLE:
        return ""
    return "role:" + ("aboard" if role == _CARRYING else role)


# A cue of a whole names a count this many words before it ("القطار المؤلف من 72 عربة").
_WHOLE_REACH = 3
# A speed written with a slash ("205 كلم/الساعة", "كلم/في الساعة"), which the reader takes for a length.
_PER_HOUR = re.compile(r"\s*/\s*(?:في\s+|فى\s+)?(?:ال)?ساع[ةه]")


def carried(figure: Figure, text: str) -> bool:
    """Is ``figure`` (of ``text``) a count of passengers or crew told as those a craft carried
    ("وكانت تقل ثمانية ركاب")? They are a part of everyone on board, no value of a count of persons
    a sentence tells with no role of its own ("حتفهن ضمن 11 شخصا")."""
    return (
        figure.dimension == "people"
        and figure.unit in _NAMED_BY_ROLE
        and _count_role(text, figure.start, figure.end) == "role:aboard"
    )


def _mention_scope(figure: Figure, sentence: str, start: int, end: int) -> str:
    """A scope :func:`figure_scopes` does not give, for notes and compare only: a count of the whole
    ("total": "القطار المؤلف من 72 عربة", ``whole`` rows of ``ar/mention_cues.txt``) and a length
    followed by "/الساعة" ("rate": a speed, never set against a distance)."""
    if figure.dimension == "distance" and _PER_HOUR.match(sentence, end):
        return "rate"
    if figure.dimension == "count":
        cues = _mention_cues().get("whole", {})
        words = _clause_words_before(sentence, start, _WHOLE_REACH)
        if any(b in cues for t in words for b in _word_forms(t.norm)):
            return "total"
    if figure.dimension in ("count", "people") and _told_as_part(sentence, start, end):
        return "part"
    if figure.dimension in ("count", "people") and _dead_and_hurt(sentence, start):
        return "casualties"
    if figure.dimension == "weekday" and _day_ahead(sentence, start, end):
        return "later"
    if figure.dimension == "percent" or _PLUS_MINUS.search(sentence[:start]):
        return _share_or_margin(figure, sentence, start)
    if figure.dimension in ("count", "people") and _ranged(sentence, start):
        return "range"
    if figure.dimension in ("count", "people") and _projected(sentence, start, end):
        return "projected"
    return ""


def _dead_and_hurt(sentence: str, start: int) -> bool:
    """Is the count at ``sentence[start:]`` the dead and the injured together: right after a noun
    of the dead and a noun of the injured behind و (``casualties`` rows of ``ar/mention_cues.txt``:
    "أسفر عن مصرع وإصابة 49 معتمرا", "مقتل وجرح 120 شخصا")? It is read as the injured by the
    nearest cue; it is no value of the toll nor of the injured (figs24). Verbs are left out: "أربعة
    أشخاص قتلوا وأصيب 78 آخرون" counts the injured alone."""
    cues = _mention_cues().get("casualties", {})
    before = list(tokens(sentence[:start]))[-2:][::-1]  # nearest first, no number between
    if len(before) < 2 or any(t.kind != "word" for t in before) or not before[0].norm.startswith("و"):
        return False
    return cues.get(before[0].norm[1:]) == "hurt" and cues.get(before[1].norm) == "dead"


def _ranged(sentence: str, start: int) -> bool:
    """Is the count at ``sentence[start:]`` the top of a range: a number and a ``range | to`` word
    of ``ar/mention_cues.txt`` right before it, and "بين" before the number ("بين 60 الى 100 مقعد")
    or no ``from`` word ("على 200 إلى 260 مقعدا"; not "من 20 إلى 30", a count revised)?"""
    cues = _mention_cues().get("range", {})
    before = [t for t in tokens(sentence[:start]) if t.kind != "punct" or t.text == "-"][-3:]
    if len(before) < 2 or cues.get(before[-1].norm) != "to" or before[-2].kind != "digits":
        return False
    opener = cues.get(before[0].norm) if len(before) == 3 else None
    return opener != "from"


# An earlier count's cue names a count this many words before it in its sentence, across commas.
_EARLIER_REACH = 12


def _told_earlier(sentence: str, start: int) -> bool:
    """Is the count at ``sentence[start:]`` told as an earlier or preliminary one: an ``earlier``
    cue of ``ar/mention_cues.txt`` (a word, with its proclitic forms, or the words of a phrase)
    among the :data:`_EARLIER_REACH` words before it in its sentence ("وفي وقت سابق، تحدث ضابط عن
    حصيلة أولية للتفجيرين، ب13 قتيلا")?"""
    words = [t.norm for t in tokens(sentence[:start]) if t.kind == "word"][-_EARLIER_REACH:]
    for form in _earlier_forms():
        n = len(form)
        for k in range(len(words) - n + 1):
            if (form[0] in _word_forms(words[k])) if n == 1 else tuple(words[k : k + n]) == form:
                return True
    return False


@lru_cache(maxsize=1)
def _earlier_forms() -> tuple[tuple[str, ...], ...]:
    """The forms of the ``earlier`` rows of ``ar/mention_cues.txt``, as normalized word tuples."""
    return tuple(form for kind, _, forms in _rows("ar/mention_cues.txt") if kind == "earlier" for form in _forms(forms))


# A poll's cue names a share this many words before it in its sentence, across commas.
_POLL_REACH = 15


def _polled(sentence: str, start: int) -> bool:
    """Is the share at ``sentence[start:]`` a poll's finding: a ``poll`` cue of
    ``ar/mention_cues.txt`` among the :data:`_POLL_REACH` words before it in its sentence ("أظهر
    استطلاع ... من مراكز التصويت، رفض 95% منهم"), with no ``poll | stop`` word ("فإن") between them?"""
    cues = _mention_cues().get("poll", {})
    words = [t for t in tokens(sentence[:start]) if t.kind == "word"][-_POLL_REACH:]
    for t in reversed(words):  # nearest first, up to a word that opens a clause set against it
        found = {cues.get(b) for b in (t.norm, *_word_forms(t.norm))}
        if "stop" in found:
            return False
        if "cue" in found:
            return True
    return False


# A projection's cue names a count this many words before it in its clause.
_PROJECTION_REACH = 8
# ... or this many words after it ("100 مقعد، وفق توقعات"; not a clause further on: "245 مقعدا، وقال
# إن توقعات ...").
_PROJECTION_AFTER = 2


def _projected(sentence: str, start: int, end: int) -> bool:
    """Is the count at ``start:end`` of ``sentence`` told as a projection: a ``projected`` cue of
    ``ar/mention_cues.txt`` within :data:`_PROJECTION_REACH` words before it in its clause
    ("ويتوقع أن يحصل ... على 200"), or among the :data:`_PROJECTION_AFTER` words after it, across
    a comma but no other stop ("... 100 مقعد، وفق توقعات أولى")?"""
    cues = _mention_cues().get("projected", {})
    after: list[Token] = []
    for t in tokens(sentence[end:]):
        if len(after) == _PROJECTION_AFTER or (t.kind == "punct" and t.text in _CLAUSE_BREAK and t.text not in "،,"):
            break
        if t.kind == "word":
            after.append(t)
    words = [*_clause_words_before(sentence, start, _PROJECTION_REACH), *after]
    return any(b in cues for t in words for b in _word_forms(t.norm))


def _day_ahead(sentence: str, start: int, end: int) -> bool:
    """Is the weekday at ``start:end`` of ``sentence`` a day still to come: right after a ``later |
    before`` word of ``ar/mention_cues.txt`` ("يوم غد الاثنين") or right before a ``later | after``
    one ("الجمعة المقبل")? What is planned for it is no day the news happened on."""
    cues = _mention_cues().get("later", {})
    before = _clause_words_before(sentence, start, 1)
    after = [t for t in tokens(sentence[end:]) if t.kind == "word"][:1]
    return any(cues.get(b) == "before" for t in before for b in _word_forms(t.norm)) or any(
        cues.get(b) == "after" for t in after for b in _word_forms(t.norm)
    )


# "من" before the words of ``part`` rows (``ar/mention_cues.txt``): "6 من أفراد طاقمها", "ومن بين القتلى".
_OF = frozenset({"من"})


def _told_as_part(sentence: str, start: int, end: int) -> bool:
    """Is the count at ``start:end`` of ``sentence`` told as part of a toll or a group: followed by
    "من" and a ``part | after`` word ("6 من أفراد طاقمها", or read with it: "20 من الضحايا"), or
    after "من" and a ``part | before`` word and one word ("ومن بين القتلى ستة أشخاص")?"""
    cues = _mention_cues().get("part", {})
    after = [t for t in tokens(sentence[end:]) if t.kind == "word"][:2]
    if len(after) == 2 and after[0].norm in _OF and cues.get(after[1].norm) == "after":
        return True
    own = [t for t in tokens(sentence[start:end]) if t.kind == "word"][-2:]  # "20 من الضحايا": read with its noun
    if len(own) == 2 and own[0].norm in _OF and cues.get(own[1].norm) == "after":
        return True
    before = _clause_words_before(sentence, start, 3)
    return (
        len(before) == 3
        and any(cues.get(b) == "before" for b in _word_forms(before[1].norm))
        and any(b in _OF for b in (before[2].norm, *_word_forms(before[2].norm)))
    )


def distance_from(sentence: str, end: int) -> str:
    """The place a length ending at ``sentence[end]`` is measured from, as a key
    (:func:`_place_key`): the word after an ``anchor | from`` word right after the length ("قبالة
    مدينة تونالا", "عن مركزه", "جنوب غربي العاصمة"), past further such words and the place nouns
    of ``anchor | skip`` (``ar/mention_cues.txt``); "" when no such word follows it. A quake's
    distance offshore of a town is no value of the capital's distance from it (figs25)."""
    cues = _mention_cues().get("anchor", {})

    def cls(t: Token) -> str | None:
        return next((cues[b] for b in (t.norm, *_word_forms(t.norm)) if b in cues), None)

    after = [t for t in tokens(sentence) if t.start >= end]
    # As written: "وعن ميامي" after a length opens the next item of a list ("عن مدينة كايباريان سوى
    # 190 كيلومتر وعن ميامي سوى 480 كيلومتر": the place of 190 is before it).
    if not after or after[0].kind != "word" or cues.get(after[0].norm) != "from":
        return ""
    for t in after[1:]:
        if t.kind != "word":
            return ""
        if cls(t) is None:
            return _place_key(t.norm)
    return ""


def _placed(figure: Figure, sentence: str, end: int, scope: str) -> str:
    """``scope`` with the place a distance ending at ``sentence[end]`` is measured from
    (:func:`distance_from`) after ``_FROM``, for :func:`scopes_match`: distances from two places
    are two quantities (figs25). Other figures' scopes, and scopes of their own, as they are."""
    if figure.dimension != "distance" or scope not in ("", "distance"):
        return scope
    place = distance_from(sentence, end)
    return f"{scope}{_FROM}{place}" if place else scope


def _place_key(norm: str) -> str:
    """A place's word as outlets spell it alike: no article, no pronoun "ه" ("مركزه": its centre),
    no long vowels after the first letter ("هيرات" and "هرات", "هوالين")."""
    w = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
    w = w[:-1] if w.endswith("ه") and len(w) > 3 else w
    return w[:1] + "".join(ch for ch in w[1:] if ch not in "اويءئؤ")


def _share_or_margin(figure: Figure, sentence: str, start: int) -> str:
    """The scope of a share or of a figure after "±": a margin ("plusminus"), a poll's finding
    ("poll", :func:`_polled`), a target ("target", :func:`_targeted`) or none."""
    if _PLUS_MINUS.search(sentence[:start]):
        return "plusminus"
    if _polled(sentence, start):
        return "poll"
    return "target" if figure.dimension == "percent" and _targeted(sentence, start) else ""


# A figure right after "±" (or "+/-") is a margin around another ("7% (± 2 نقطة مئوية)"), no value of
# a rise or a rate.
_PLUS_MINUS = re.compile(r"(?:±|\+/-|\+-)\s*$")

# A target's cue names a share this many words before it in its clause.
_TARGET_REACH = 6


def _targeted(sentence: str, start: int) -> bool:
    """Is the share at ``sentence[start:]`` told as a target (audit25): a ``target`` cue of
    ``ar/mention_cues.txt`` among the :data:`_TARGET_REACH` words before it in its clause ("معدل
    التضخم المستهدف البالغ 2%")? A bank's inflation target is no rival value of the inflation rate."""
    cues = _mention_cues().get("target", {})
    words = _clause_words_before(sentence, start, _TARGET_REACH)
    return any(b in cues for t in words for b in _word_forms(t.norm))


def _told_head(figure: Figure, sentence: str, start: int, end: int) -> str:
    """What a speed measures (:func:`speed_head`) or whom a count of passengers counts
    (:func:`_count_role`); "" for other figures or when no cue says."""
    if figure.dimension == "speed":
        return speed_head(sentence, start)
    if figure.dimension == "people" and figure.unit in _NAMED_BY_ROLE:
        return _count_role(sentence, start, end)
    return ""


def _in_basis_points(figure: Figure, text: str) -> float | None:
    """A count of points (``text`` its sentence) in basis points, by the word that says which kind
    right after it ("0.75 نقطة مئوية": 75; ``ar/point_scales.txt``); None for other figures."""
    if figure.dimension != "count" or counted_noun(figure.unit) not in ("نقط", "نقاط"):
        return None
    after = tokens(text[figure.end : figure.end + 20])[:1]
    word = after[0].norm if after and after[0].kind == "word" else ""
    return figure.amount * _point_scales().get(word, 1.0)


def _same_in_basis_points(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """Are ``a`` and ``b`` one value once both are read in basis points, one of them told in
    another kind of point ("0.75 نقطة مئوية" and "75 نقطة أساس"; audit25)? Only the notes read
    this: selection's figures keep the number as written (measured, reading the points as one
    value there cost the ECB summary at 150 words two key facts)."""
    pa, pb = _in_basis_points(a, a_text), _in_basis_points(b, b_text)
    return pa is not None and pb is not None and a.amount != b.amount and abs(pa - pb) < 1e-9


def told_apart(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """Are ``a`` (a figure of the text ``a_text``, offsets relative to it) and ``b`` told of different
    things by what only the notes and ``compare`` read: winds and the speed a storm moves at, the
    injured passengers and all aboard, the whole train and some of its cars, a speed written with a
    slash and a distance, distances from two places (:func:`_told_head`, :func:`_mention_scope`,
    :func:`distance_from`)?"""
    head_a, head_b = _told_head(a, a_text, a.start, a.end), _told_head(b, b_text, b.start, b.end)
    if head_a and head_b and head_a != head_b:
        return True
    if _same_in_basis_points(a, a_text, b, b_text):
        return True  # one rise, told in percentage points and in basis points: no rival values
    if any(f.dimension in ("count", "people") and _told_earlier(t, f.start) for f, t in ((a, a_text), (b, b_text))):
        # An earlier count the outlet calls so is no rival of the toll of the news; it stays in
        # compare's groups and the desk's timeline, where it is a step of the same toll.
        return True
    scope_a = _placed(a, a_text, a.end, _mention_scope(a, a_text, a.start, a.end))
    scope_b = _placed(b, b_text, b.end, _mention_scope(b, b_text, b.start, b.end))
    return (scope_a or scope_b) != "" and not scopes_match(scope_a, scope_b)


def mention(figure: Figure, sentence_text: str, sentence_start: int, analyzer: Analyzer) -> FigureMention:
    """A figure with the subject words around it in its sentence, and what it measures when that is
    known: the event of a duration, what a percentage is a share of."""
    start, end = figure.start - sentence_start, figure.end - sentence_start
    words = subject_terms(sentence_text, start, end, analyzer)
    head = ""
    if figure.dimension == "duration":
        head = measured_head(sentence_text, start, end)
    elif figure.dimension == "percent":
        head = share_head(sentence_text, start, end)
    else:
        head = _told_head(figure, sentence_text, start, end)
    scope = next((sc for at, sc in figure_scopes(sentence_text) if at == start), "")
    scope = _placed(figure, sentence_text, end, scope or _mention_scope(figure, sentence_text, start, end))
    earlier = tells_earlier_round(sentence_text)
    owned = figure.dimension == "percent" or owned_count(figure)
    owner = figure_owner(sentence_text, start, end) if owned else frozenset()
    return FigureMention(figure, frozenset(s for s, _ in words), words, head, earlier, scope, sentence_text, owner)


def counted_noun(unit: str) -> str:
    """A counted noun's singular and sound plural under one key ("درجة"/"درجات", "راكبا"/"راكب",
    "الطائرات"/"طائرة"): the article of a noun of five letters or more, the accusative alif, then a
    sound plural or feminine ending, are dropped from nouns of four letters or more. Broken
    plurals ("مبنى"/"مباني") keep their own keys."""
    key = unit[2:] if unit.startswith("ال") and len(unit) > 4 else unit
    key = key[:-1] if key.endswith("ا") and len(key) > 4 else key
    for ending in ("ات", "ين", "ون", "ه", "ة"):
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key


def comparable(a: Figure, b: Figure) -> bool:
    """Can ``a`` and ``b`` measure the same thing? Same dimension (and counted noun), and for
    quantities within a factor of 10: outlets that disagree on a talk's length say 100 vs 210
    minutes, not 3 hours vs 2 months."""
    if a.dimension != b.dimension:
        return False
    if a.dimension == "count" and counted_noun(a.unit) != counted_noun(b.unit):
        return False
    if a.dimension == "people" and a.unit != b.unit and "person" not in (a.unit, b.unit):
        return False  # the dead and the injured are different counts
    if a.dimension in ("date", "weekday", "year"):
        return True
    if a.dimension == "mark":  # the 62nd minute and the 81st are two goals, not two accounts of one
        return a.unit == b.unit and a.amount == b.amount
    if a.dimension == "score":  # the game's 1-1 and the shoot-out's 4-2 are two results
        return a.amount == b.amount
    lo, hi = sorted((abs(a.amount), abs(b.amount)))
    return lo > 0 and hi / lo <= 10


def disagree(a: Figure, b: Figure, *, tolerance: float = 0.1) -> bool:
    """Do two comparable figures state different values (by more than ``tolerance``, relative)?

    Approximate figures ("نحو أربع ساعات") get no extra slack: a reader checking the outlets wants
    3.5 against "about 4" hours flagged, and the qualifier is shown beside the value anyway.
    """
    if a.dimension == "date":
        (ma, da), (mb, db) = divmod(int(a.amount), 100), divmod(int(b.amount), 100)
        return ma != mb or (da != 0 and db != 0 and da != db)
    if a.dimension in ("weekday", "year"):
        return a.amount != b.amount
    if "more" in (a.qualifier, b.qualifier) or "less" in (a.qualifier, b.qualifier):
        # "more than 50" agrees with 60 and contradicts 40; "less than 50" the reverse.
        return any(
            (x.qualifier == "more" and y.amount < x.amount) or (x.qualifier == "less" and y.amount > x.amount)
            for x, y in ((a, b), (b, a))
        )
    return abs(a.amount - b.amount) > tolerance * max(abs(a.amount), abs(b.amount))


def subject_similarity(
    a: frozenset[str], b: frozenset[str], idf: Mapping[str, float], top: float | None = None
) -> float:
    """idf-weighted Jaccard overlap of two subjects (words the whole cluster uses weigh little).

    Relation terms (``@lasted``) weigh as much as the rarest word (``top``, the largest idf; pass
    it when comparing many pairs): they name what is measured.
    """
    union = a | b
    if not union:
        return 0.0
    if top is None:
        top = max(idf.values(), default=1.0)

    def weight(t: str) -> float:
        return top if t.startswith("@") else idf.get(t, 1.0)

    w = sum(weight(t) for t in union)
    return sum(weight(t) for t in a & b) / w if w else 0.0


def group_figures(
    mentions: Sequence[FigureMention], idf: Mapping[str, float], *, threshold: float = 0.1
) -> list[list[FigureMention]]:
    """Groups of comparable figures from different documents about the same subject.

    Durations whose measured events (:func:`measured_head`) are both known must measure the same
    kind of event; when they do, the pair counts as similar enough. Pairs are merged best-first
    (highest subject similarity) as long as a group holds one figure per document, all its
    figures are comparable, and its average pairwise similarity with the group joined stays at or
    above ``threshold``. Only groups spanning two or more documents are
    returned, in the order of their first figure.

    Only pairs that share a subject term or a measured event can reach ``threshold``; they are
    found through an inverted index, so the work follows the overlaps, not all pairs of figures.
    """
    pairs = _FigurePairs(mentions, idf, threshold)
    members = pairs.merge_best_first(pairs.ranked())
    kept = sorted(
        (idx for idx in members.values() if len({mentions[i].figure.doc for i in idx}) >= 2), key=lambda idx: idx[0]
    )
    return [[mentions[i] for i in idx] for idx in kept]


class _FigurePairs:
    """Similarities between the figure mentions of :func:`group_figures`, and their merging."""

    def __init__(self, mentions: Sequence[FigureMention], idf: Mapping[str, float], threshold: float) -> None:
        self.mentions = mentions
        self.idf = idf
        self.top = max(idf.values(), default=1.0)
        self.threshold = threshold
        self.sim: dict[tuple[int, int], float] = {}

    def linkable(self, a: int, b: int) -> bool:
        """Figures of two documents that can be compared at all."""
        fa, fb = self.mentions[a].figure, self.mentions[b].figure
        if fa.doc == fb.doc or not comparable(fa, fb):
            return False
        ma, mb = self.mentions[a], self.mentions[b]
        if ma.earlier_round != mb.earlier_round:  # the first round's shares and the runoff's
            return False
        if not scopes_match(ma.scope, mb.scope):  # a province's toll and the national one, a depth and a distance
            return False
        if other_events(ma.sentence, mb.sentence):  # last year's quake, a quake in a crash story
            return False
        if ma.owner and mb.owner and not owners_match(ma.owner, mb.owner):  # the winner's share, the runner-up's
            return False
        if fa.dimension == "percent":  # as the summary's ⚠ notes judge shares
            return shares_match(ma.head, mb.head)
        return not (ma.head and mb.head and ma.head != mb.head)  # the whole talks vs the one-on-one meeting

    def candidates(self) -> set[tuple[int, int]]:
        """Pairs that share a subject term or a measured event (all pairs for a zero threshold)."""
        if not self.threshold > 0:  # every linkable pair reaches a zero threshold
            return set(itertools.combinations(range(len(self.mentions)), 2))
        postings: dict[str, list[int]] = {}
        for i, m in enumerate(self.mentions):
            for key in (*m.subject, *((f"@@{m.head}",) if m.head else ())):
                postings.setdefault(key, []).append(i)
        return {(a, b) for ids in postings.values() for x, a in enumerate(ids) for b in ids[x + 1 :]}

    def ranked(self) -> list[tuple[float, int, int]]:
        """Linkable candidate pairs at or above the threshold, most similar first (remembering
        every candidate's similarity)."""
        mentions, threshold = self.mentions, self.threshold
        pairs = []
        for k, (a, b) in enumerate(sorted(self.candidates())):
            if k % 4096 == 0:
                check_time()
            if not self.linkable(a, b):
                continue
            s = subject_similarity(mentions[a].subject, mentions[b].subject, self.idf, self.top)
            if mentions[a].figure.dimension == "duration" and mentions[a].head and mentions[a].head == mentions[b].head:
                s = max(s, threshold)  # the cue verbs govern the same kind of event
            self.sim[a, b] = s
            if s >= threshold:
                pairs.append((s, a, b))
        pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
        return pairs

    def similarity(self, x: int, y: int) -> float | None:
        """The pair's similarity; 0 for linkable pairs sharing nothing; None if not linkable."""
        key = (min(x, y), max(x, y))
        if key in self.sim:
            return self.sim[key]
        return 0.0 if self.linkable(*key) else None

    def can_join(self, a: list[int], b: list[int]) -> bool:
        """Two groups may merge: no document in both, every cross pair comparable, and their
        average similarity at or above the threshold."""
        if {self.mentions[i].figure.doc for i in a} & {self.mentions[i].figure.doc for i in b}:
            return False
        cross = [self.similarity(x, y) for x in a for y in b]
        if any(c is None for c in cross):
            return False  # some pair is not comparable
        return not sum(c for c in cross if c is not None) / len(cross) < self.threshold

    def merge_best_first(self, pairs: Sequence[tuple[float, int, int]]) -> dict[int, list[int]]:
        """Groups (by their first member's index) after merging along ``pairs`` in order."""
        n = len(self.mentions)
        group_of = list(range(n))
        members: dict[int, list[int]] = {i: [i] for i in range(n)}
        for _, a, b in pairs:
            check_time()
            ga, gb = group_of[a], group_of[b]
            if ga == gb or not self.can_join(members[ga], members[gb]):
                continue
            members[ga] = sorted(members[ga] + members[gb])
            for i in members[gb]:
                group_of[i] = ga
            del members[gb]
        return members


# Marks that may stand around a word in normalized text split on spaces (:func:`role_near`).
_AROUND_A_WORD = ".,،؛:!؟?\"'()«»“”"


@lru_cache(maxsize=1)
def _was_forms() -> frozenset[str]:
    """The forms of "كان" passed after a count before its role cue (:func:`role_near`;
    ``resources/ar/was_forms.txt``), normalized."""
    return frozenset(normalize(w) for w in load_word_list("ar/was_forms.txt"))


def role_near(text: str, start: int, end: int) -> str | None:
    """The role (``resources/ar/people_roles.txt``: killed, injured, missing...) a cue word names right
    before the figure ``text[start:end]`` (two words at most) or right after it (two words at most):
    "قتل أربعة أردنيين", "وأصيب 80 بجروح", "ارتفع عدد القتلى إلى 13". None when no cue stands so.
    A form of "كان" right after the figure is passed ("67 راكبا كانوا على متنها": those aboard)."""
    lex = lexicon()
    before = normalize(text[:start]).split()[-2:][::-1]
    after = normalize(text[end:]).split()[:3]
    after = after if after[:1] and after[0].strip(_AROUND_A_WORD) in _was_forms() else after[:2]
    for word in (*before, *after):
        word = word.strip(_AROUND_A_WORD)
        for form in (word, word[1:] if word[:1] in "وفبل" else word):
            role = _role_of(form, lex)
            if role is not None:
                return role
    return None
