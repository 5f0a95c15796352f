"""The key a content word is compared by when two sentences may say one thing in other words.

A story's outlets write one word in several forms the light stemmer leaves apart: a verb with and
without its imperfect prefix, a short word with the article, a dual or plural ending, a verbal noun
beside its verb, a feminine ending the stemmer leaves as "ت" before a pronoun, and the words of a
synonym group (``resources/ar/synonyms.txt``). :class:`WordKeys` maps each to one key, only when
the story writes the shorter form and neither is a name. Used by the
desk's "what is new" (:mod:`khulasa.desk.updates`); the summarizer's redundancy checks were measured
with these keys and left without them (docs/quality.md, "Word keys in the summarizer's redundancy")."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from functools import lru_cache

from khulasa.resources import load_word_list

__all__ = [
    "DERIVED",
    "IMPERFECT",
    "NUMBER_ENDINGS",
    "SYNONYM_PREFIXES",
    "WordKeys",
    "derived_imperfects",
    "noun_of_verb",
    "synonym_groups",
    "synonym_keys",
]

# The one-letter words written onto another (and, so, with, for) behind which a synonym is also looked for.
SYNONYM_PREFIXES = ("و", "ف", "ب", "ل")
# The imperfect prefix of a verb ("يضرب"): one verb with and without it. Not "ت", which also begins
# the verbal nouns and the verbs of other forms ("تحسين" is no "حسين", "توقع" no "وقع", "تحدث" no "حدث").
IMPERFECT = "ي"
# The endings of a dual and of a sound plural ("سدين", "السدان", "هدفين"): the stemmer cuts them
# from a long word ("السدين": "السد") and leaves them on a short one ("سدين"); one noun with and
# without them when the story writes it without.
NUMBER_ENDINGS = ("ان", "ين", "ون")


def without_imperfect(term: str) -> str | None:
    """A verb without its imperfect prefix ("يضرب": "ضرب"), from four letters."""
    return term[1:] if len(term) >= 4 and term[0] in IMPERFECT else None


def without_article(term: str) -> str | None:
    """A word of four letters without the article the stemmer leaves on it ("السد": "سد"; the
    folding of :func:`khulasa.link.clauses.fold` drops it from five)."""
    return term[2:] if len(term) >= 4 and term.startswith("ال") else None


def without_number_ending(term: str) -> str | None:
    """A noun without a dual's or sound plural's ending (``NUMBER_ENDINGS``: "سدين": "سد")."""
    return term[:-2] if len(term) >= 4 and term.endswith(NUMBER_ENDINGS) else None


def verb_of_noun(term: str) -> str | None:
    """The past of a verb whose verbal noun has alif before its last letter and the verb begins with
    alif (the derived forms إفعال, انفعال, افتعال, استفعال): "انفجار": "انفجر", "اتفاق": "اتفق",
    "إعلان": "أعلن"; a hollow root's "يا" for the verb's "ا" ("انهيار": "انهار")."""
    if len(term) < 5 or term[0] != "ا" or term[-2] != "ا":
        return None
    if term[-3] == "ي":
        return term[:-3] + "ا" + term[-1]
    return term[:-2] + term[-1]


def open_feminine_ending(term: str) -> str | None:
    """A noun whose feminine ending the stemmer leaves as "ت" before a pronoun it cut ("قوتها":
    "قوت"; "شدته": "شدت") as that noun alone ("قوة": "قوه"), from three letters."""
    return term[:-1] + "ه" if len(term) >= 3 and term.endswith("ت") else None


# The shorter forms a word is tried against, in this order.
CUTS: tuple[Callable[[str], str | None], ...] = (
    without_imperfect,
    without_article,
    without_number_ending,
    verb_of_noun,
    open_feminine_ending,
)


@lru_cache(maxsize=16)
def synonym_groups(kinds: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], ...]:
    """``resources/ar/synonyms.txt``: one group of words a news story uses for one thing per line;
    in a story of ``kinds`` (its event kinds, :func:`khulasa.stories.events.event_kinds`) with the
    words ``resources/ar/synonyms_by_kind.txt`` adds to a group for those kinds ("النيران" in a crash)."""
    groups = [list(line.split()) for line in load_word_list("ar/synonyms.txt")]
    for line in load_word_list("ar/synonyms_by_kind.txt"):
        when, first, more = (field.split() for field in line.split("|"))
        if kinds & set(when):
            group = next(g for g in groups if g[0] == first[0])
            group.extend(more)
    return tuple(tuple(g) for g in groups)


def synonym_keys(terms_of: Callable[[str], Iterable[str]], kinds: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each synonym's term (as ``terms_of`` forms a text's terms) -> its group's first term, in a
    story of ``kinds`` (:func:`synonym_groups`)."""
    out: dict[str, str] = {}
    for group in synonym_groups(kinds):
        # The stemmer may cut a word differently behind a conjunction or a preposition
        # ("تتكون", "وتتكون"): each of those forms' terms joins the group.
        forms = [f"{p}{w}" for w in group for p in ("", *SYNONYM_PREFIXES)]
        keys = [k for f in forms for k in sorted(terms_of(f))]
        for k in keys:
            out.setdefault(k, keys[0])
    return out


# An imperfect of a derived verb ("تعترف", "ينسحب": ت/ي, then the past without its alif) from this
# many letters: shorter ones are also other verbs' pasts ("تحدث" is no "أحدث", "تقدم" no "أقدم").
DERIVED = 5


def derived_imperfects(
    story_terms: Collection[str], names: Collection[str], synonyms: Mapping[str, str], *, nouns: bool = False
) -> dict[str, str]:
    """Each imperfect of a derived verb in ``story_terms`` (``DERIVED`` letters or more, "ت"/"ي"
    then the past without its alif: "تعترف", "ينسحب") -> that past (or its synonym group's key),
    when the story writes it ("اعترف", "انسحب") and neither is one of ``names``: one verb, as
    "يضرب" and "ضرب" are (:data:`IMPERFECT` cuts "ي" alone, and only before a word of the story).
    ``nouns``: when the story does not write the past, the imperfect -> the verbal noun of that
    past (:func:`noun_of_verb`: "يحتسب"/"احتساب", "ينهار"/"انهيار") when the story writes it, as
    :func:`verb_of_noun` makes the noun and the past one word: the three forms of one verb, whichever
    two the story writes."""
    out: dict[str, str] = {}
    for term in sorted(set(story_terms) - set(names)):
        past = f"ا{term[1:]}"
        if len(term) < DERIVED or term[0] not in "تي" or past in names:
            continue
        if past in story_terms:
            out[term] = synonyms.get(past, past)
        elif nouns:
            noun = next((n for n in noun_of_verb(past) if n in story_terms and n not in names), None)
            if noun is not None:
                out[term] = synonyms.get(noun, noun)
    return out


def noun_of_verb(past: str) -> tuple[str, ...]:
    """The verbal nouns :func:`verb_of_noun` makes ``past`` of (a derived verb whose past begins with
    alif): alif before its last letter ("احتسب": "احتساب"), or for a hollow root "يا" for the verb's
    "ا" ("انهار": "انهيار")."""
    if len(past) < 4 or past[0] != "ا":
        return ()
    form = f"{past[:-2]}يا{past[-1]}" if past[-2] == "ا" else f"{past[:-1]}ا{past[-1]}"
    return (form,) if verb_of_noun(form) == past else ()


class WordKeys:
    """The keys of one story's words: ``story_terms`` are the forms the story writes, ``names`` the
    terms of its names (never cut, nor cut to)."""

    def __init__(self, story_terms: Collection[str], names: Collection[str], synonyms: dict[str, str]) -> None:
        self.story_terms = frozenset(story_terms)
        self.names = frozenset(names)
        self.synonyms = synonyms

    def key(self, term: str) -> str:
        """The key a word is compared by: a verb without its imperfect prefix when the story
        writes it without ("يضرب", "ضرب"; "يضم", "ضم" is too short to tell; nor a piece of a
        name: "كليجدار" has no verb "جدار"); a short word without the article the stemmer left
        on it ("السد", "سد"); a noun without the ending of a dual or plural ("سدين", "سد"); a
        verbal noun of a verb whose past begins with alif as that verb ("انهيار", "انهار";
        "اتفاق", "اتفق"); a noun's feminine ending left as "ت" before a pronoun as the noun alone
        ("قوتها": "قوت", "قوه"): each only when the story writes the other form and neither is a name;
        then its synonym group's first word (``resources/ar/synonyms.txt``: "الأقوى"/"الأكبر")."""
        for cut in CUTS:
            rest = cut(term)
            if rest is not None and rest in self.story_terms and not {term, rest} & self.names:
                term = rest
        return self.synonyms.get(term, term)

    def keys(self, terms: Iterable[str]) -> frozenset[str]:
        """The keys of ``terms`` (:meth:`key`)."""
        return frozenset(self.key(t) for t in terms)
