"""Whether a sentence can stand alone: openings that need an antecedent ("وأضاف", "من جهته",
"وهو ما", a pronoun subject, a speech verb with no subject before its particle: "وأشار إلى أن"), and
a quantifier over a set named before ("تم تسجيل معظم هذه الزلازل"); and a body called by its bare
definite noun ("وقالت الوكالة"), which a summary prints after a sentence naming it. The lists are
resource files (``resources/ar/dangling_openers.txt``, ``resources/ar/unnamed_speakers.txt``,
``resources/ar/referring_quantifiers.txt``, ``resources/ar/referring_nouns.txt``)."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from khulasa.resources import load_word_list
from khulasa.text.clean import is_attribution_word
from khulasa.text.normalize import letter_tokens, normalize, proclitic_forms


def _unnamed_speakers() -> set[str]:
    """Each speech verb followed by each particle (``resources/ar/unnamed_speakers.txt``): "أشار
    إلى", "قال إن": a speaker the sentence does not name."""
    rows = {
        label.strip(): words.split()
        for label, words in (line.split("|", 1) for line in load_word_list("ar/unnamed_speakers.txt"))
    }
    return {f"{verb} {particle}" for verb in rows["verbs"] for particle in rows["particles"]}


# What "…" in an opening of ``dangling_openers.txt`` matches: one word.
ANY_WORD = r"[^\W\d_]+"


@cache
def _opener_pattern() -> re.Pattern[str]:
    openers = set(load_word_list("ar/dangling_openers.txt")) | _unnamed_speakers()
    phrases = sorted({normalize(p) for p in openers}, key=len, reverse=True)
    # "…" in a phrase stands for any one word ("… أيضا": a verb, then "also").
    alternatives = "|".join(r"\s+".join(ANY_WORD if w == "…" else re.escape(w) for w in p.split()) for p in phrases)
    # Optional quote, bracket or list bullet, optional و/ف, the opening as whole words (a letter
    # may not follow).
    return re.compile(rf"[\s\"'«(“•·*\-–—]*(?:[وف])?(?P<opener>{alternatives})(?![^\W\d_])")


# How far into a sentence a quantifier over a set named before is read: its subject or object
# ("تم تسجيل معظم هذه الزلازل"), not a clause further on that names its own set.
_REFERRING_WINDOW = 6


@cache
def _referring_rows() -> dict[str, list[str]]:
    """``resources/ar/referring_quantifiers.txt``: its rows (quantifiers, demonstratives), normalized."""
    return {
        label.strip(): [normalize(w) for w in words.split()]
        for label, words in (line.split("|", 1) for line in load_word_list("ar/referring_quantifiers.txt"))
    }


@cache
def _referring_pattern() -> re.Pattern[str]:
    rows = _referring_rows()
    quantifiers = "|".join(map(re.escape, sorted(set(rows["quantifiers"]), key=len, reverse=True)))
    demonstratives = "|".join(map(re.escape, sorted(set(rows["demonstratives"]), key=len, reverse=True)))
    return re.compile(rf"(?<![^\W\d_])(?:و)?(?P<opener>(?:{quantifiers})\s+(?:{demonstratives}))(?![^\W\d_])")


# How far into a sentence "the rest" is read as the subject after a complementizer ("وقالت وكالة
# إدارة الكوارث الفلبينية إن الباقين"): the reported clause of the opening speech verb.
_REMAINDER_WINDOW = 10


def _remainder_opener(words: list[str]) -> str | None:
    """ "The rest" ("الباقين", ``remainders`` of ``referring_quantifiers.txt``) as the sentence's
    first word (behind و/ف) or right after a complementizer among its first words: a count of the
    rest of a whole only the sentence before it gave."""
    rows = _referring_rows()
    rest, that = set(rows.get("remainders", ())), set(rows.get("complementizers", ()))
    if words and any(w in rest for w in (words[0], words[0][1:] if words[0][:1] in "وف" else "")):
        return words[0]
    for a, b in pairwise(words[:_REMAINDER_WINDOW]):
        if a in that and b in rest:
            return f"{a} {b}"
    return None


def dangling_opener(text: str) -> str | None:
    """The opening of ``text`` that needs an antecedent (normalized), or None when it has none: an
    opening word of ``dangling_openers.txt`` or a speech verb with no subject, or a quantifier over
    a set named before ("معظم هذه") among the first words."""
    plain = normalize(text)
    match = _opener_pattern().match(plain)
    if match is None:
        match = _referring_pattern().search(" ".join(plain.split()[:_REFERRING_WINDOW]))
    if match is None:
        return _remainder_opener(letter_tokens(plain))
    return match.group("opener")


# A sentence of at most this many words that only says who reported "this" leans back.
LEANING_MAX_WORDS = 8


def leans_back(text: str) -> bool:
    """Does ``text`` only say who reported what the sentence before it said: a short sentence
    (``LEANING_MAX_WORDS`` words at most) opening with a word of reported speech and ending on a
    demonstrative ("ذكرت وكالة الأنباء ذلك.", "وأعلنت الشرطة بذلك.")? Out of its article it
    states nothing, as a sentence opening with "وأضاف" needs its speaker."""
    plain = normalize(text)
    words = letter_tokens(plain)
    if not 2 <= len(words) <= LEANING_MAX_WORDS or not is_attribution_word(words[0]):
        return False
    # What was said follows a complementizer or holds a figure: then the sentence states it, and a
    # demonstrative at its end qualifies a noun of its own ("في الحادث هذا").
    if any(ch.isdigit() for ch in plain) or any(w in ("ان", "بان") for w in words):
        return False
    return bool(set(proclitic_forms(words[-1])) & set(_referring_rows()["demonstratives"]))


@cache
def _referring_nouns() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_word_list("ar/referring_nouns.txt"))


def referring_subject(text: str) -> str | None:
    """The noun (normalized, without its article) of a body the sentence calls by its bare definite
    noun right after its opening verb ("وقالت الوكالة إن …": "وكاله"), or None. A definite word right
    after the noun qualifies it ("وكانت الحكومة النيبالية قد …"): that names the body, no reference
    back."""
    words = normalize(text).split()[:3]
    if len(words) < 2 or not words[1].startswith("ال"):
        return None
    noun = words[1][2:]
    if noun not in _referring_nouns():
        return None
    if len(words) > 2 and words[2].startswith("ال"):
        return None
    return noun


def names_body(text: str, noun: str) -> bool:
    """Does ``text`` name the body ``noun`` (normalized, :func:`referring_subject`) in full: the noun
    without the article, with or without a proclitic, and a word after it ("وكالة الأرصاد"), or the
    definite noun qualified by a definite word ("السلطة المستقلة"); behind و ف ب ل ك too
    ("لوكالة الأنباء", "ووزارة الدفاع", "للسلطة المستقلة")?"""
    words = normalize(text).split()
    definite = "ال" + noun
    return any(
        noun in forms or (definite in forms and after.startswith("ال"))
        for forms, after in ((proclitic_forms(w), after) for w, after in pairwise(words))
    )
