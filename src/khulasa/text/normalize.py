"""Arabic normalization, tokenization, light stemming and idf, for matching only.

Nothing here is ever applied to text shown to users: output always quotes the source.
The same :class:`Analyzer` serves deduplication, concept extraction, grouping and ROUGE scoring,
so that every stage agrees on what counts as "the same word". (Figures and names, which must
point back into the text, read it with :func:`khulasa.extract.figures.tokens` instead.)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from khulasa.resources import load_word_list

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks; tatweel.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_CHAR_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "گ": "ك",
        "ک": "ك",
        "ی": "ي",
        # Heh and teh marbuta as Persian and Urdu type them (pages keyed on such keyboards: "مشھد").
        "ھ": "ه",
        "ہ": "ه",
        "ە": "ه",
        "ۀ": "ه",
        "ۃ": "ه",
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian) digits
    }
)
# A token is a run of letters/digits; Arabic and Latin alike. Decimal numbers stay whole.
_TOKEN = re.compile(r"\d+(?:[.,٫]\d+)*|[^\W\d_]+", re.UNICODE)
# Runs, not single letters: counting run lengths makes far fewer match objects than one per letter.
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]+")
_LETTERS = re.compile(r"[^\W\d_]+")
# A word, as a reader counts them: a whitespace-separated run holding a letter or a digit.
_WORD = re.compile(r"[^\s]*[^\W_][^\s]*")


# _CHAR_MAP as (letter, replacement) pairs, for long texts: str.translate looks each character up in
# the dict one by one, where str.replace scans in C (several times faster on a sentence or an article,
# slower on one word). No replacement is itself replaced, so the pairs' order does not matter.
_CHAR_PAIRS = tuple((chr(k), str(v)) for k, v in _CHAR_MAP.items())
# From this length on, normalize folds with _CHAR_PAIRS (where the two ways cost the same).
_REPLACE_FROM = 24


def normalize(text: str) -> str:
    """Fold spelling variants so that equal words compare equal.

    Removes diacritics and tatweel, unifies alef/ya/ta-marbuta/hamza carriers, maps Arabic-Indic
    digits to ASCII and lower-cases Latin. Idempotent: ``normalize(normalize(t)) == normalize(t)``.
    """
    text = _DIACRITICS.sub("", text)
    if len(text) < _REPLACE_FROM:
        return text.translate(_CHAR_MAP).lower()
    for letter, replacement in _CHAR_PAIRS:
        text = text.replace(letter, replacement)
    return text.lower()


_LIGHT_MAP = str.maketrans({"ة": "ه", "ى": "ي"})


def hamza_kept_words(text: str) -> list[str]:
    """The Arabic words of ``text`` without diacritics and tatweel, ة / ى read as ه / ي and the hamza
    kept (unlike :func:`normalize`: "هنأ" congratulated is not "هنا" here)."""
    return _ARABIC_LETTERS.findall(_DIACRITICS.sub("", text).translate(_LIGHT_MAP))


def tokenize(text: str) -> list[str]:
    """Normalized word tokens of ``text`` (punctuation dropped, numbers kept)."""
    return _TOKEN.findall(normalize(text))


def letter_tokens(text: str) -> list[str]:
    """The tokens of :func:`tokenize` that are words, not numbers: runs of letters of the normalized text."""
    return _LETTERS.findall(normalize(text))


def arabic_ratio(text: str) -> float:
    """Share of letters in ``text`` that are Arabic (0.0 when it has no letters)."""
    arabic, letters = letter_counts(text)
    return arabic / letters if letters else 0.0


def letter_counts(text: str) -> tuple[int, int]:
    """``(Arabic letters, all letters)`` in ``text``; counts of several texts add up."""
    if len(text) > _VECTOR_MIN_CHARS:
        return _letter_counts_vectorized(text)
    letters = sum(map(len, _LETTERS.findall(text)))
    if not letters:
        return 0, 0
    return sum(map(len, _ARABIC_LETTERS.findall(text))), letters


# Texts longer than this are counted with numpy (a whole 18 MB file in a fraction of a second).
_VECTOR_MIN_CHARS = 20_000


def _letter_counts_vectorized(text: str) -> tuple[int, int]:
    """:func:`letter_counts` for long texts: Arabic letters are counted as code points in numpy,
    and only what remains goes through the letter regex."""
    import numpy as np

    # UTF-32, not UTF-16: lone surrogates (allowed in str) must stay one code point each.
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    arabic = (points >= 0x0621) & (points <= 0x064A)
    rest = points[~arabic].tobytes().decode("utf-32-le", "surrogatepass")
    n_arabic = int(arabic.sum())
    return n_arabic, n_arabic + sum(map(len, _LETTERS.findall(rest)))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The packaged Arabic stop-word list, normalized."""
    return frozenset(normalize(w) for w in load_word_list("ar/stopwords.txt"))


@lru_cache(maxsize=16)
def normalized_words(name: str) -> frozenset[str]:
    """The entries of the word list ``name`` (a resource, one word or phrase per line), normalized."""
    return frozenset(normalize(word) for word in load_word_list(name))


class Analyzer:
    """Turns text into comparable terms: normalized, optionally stemmed, stop words marked.

    Stemming uses PyStemmer's Snowball Arabic stemmer (light). Stems, and the tokens of each text,
    are cached per instance: one summary asks for the tokens of a sentence at several stages.
    """

    __slots__ = ("_cache", "_stemmer", "_tokens", "stem", "stop")

    def __init__(self, *, stem: bool = True) -> None:
        self.stem = stem
        self.stop = stopwords()
        self._cache: dict[str, str] = {}
        self._tokens: dict[str, tuple[str, ...]] = {}
        self._stemmer = None
        if stem:
            import Stemmer  # PyStemmer

            self._stemmer = Stemmer.Stemmer("arabic")

    def tokens(self, text: str) -> tuple[str, ...]:
        """:func:`tokenize` of ``text``, computed once per distinct text."""
        found = self._tokens.get(text)
        if found is None:
            found = self._tokens[text] = tuple(tokenize(text))
        return found

    def terms(self, text: str) -> list[str]:
        """All tokens, stemmed when enabled (stop words included: ROUGE needs them)."""
        return self.stem_tokens(self.tokens(text))

    def content_terms(self, text: str) -> list[str]:
        """Tokens that are not stop words, stemmed when enabled."""
        return self.content_of(self.tokens(text))

    def content_of(self, tokens: Iterable[str]) -> list[str]:
        """Of normalized ``tokens``, those that are not stop words (nor one letter), stemmed when enabled."""
        stop = self.stop
        return self.stem_tokens([t for t in tokens if t not in stop and len(t) > 1])

    def sharing_tokens(self, *, stem: bool) -> Analyzer:
        """An analyzer that stems or not as asked and reads tokens from the same cache as this one
        (tokens do not depend on stemming): a second stage that stems reuses what the first read."""
        if stem == self.stem:
            return self
        other = Analyzer(stem=stem)
        other._tokens = self._tokens
        return other

    def forget(self, keep: int = 200_000) -> None:
        """Empty the token cache (keyed by whole texts), and the stem cache once it holds more than
        ``keep`` words: a long-running process (the live desk) would otherwise keep every text and
        every word it ever saw."""
        self._tokens.clear()
        if len(self._cache) > keep:
            self._cache.clear()

    def stem_tokens(self, tokens: Iterable[str]) -> list[str]:
        """The tokens stemmed (unchanged when the analyzer does not stem)."""
        if self._stemmer is None:
            return list(tokens)
        out = []
        cache = self._cache
        for t in tokens:
            s = cache.get(t)
            if s is None:
                # The Snowball stemmer leaves diacritics-free normalized input mostly intact but may
                # re-introduce nothing; stems shorter than 2 letters lose meaning, keep the token.
                # Snowball leaves "وال"/"فال" words whole: drop the conjunction first.
                base = t[1:] if len(t) >= 5 and t[0] in "وف" and t[1:3] == "ال" else t
                s = self._stemmer.stemWord(base)
                if len(s) < 2:
                    s = t
                cache[t] = s
            out.append(s)
        return out


@lru_cache(maxsize=1)
def pronoun_suffixes() -> tuple[str, ...]:
    """The pronouns of possession of ``resources/ar/pronoun_suffixes.txt`` ("هما", "هم", "ها"),
    normalized, longest first."""
    words = {normalize(w) for line in load_word_list("ar/pronoun_suffixes.txt") for w in line.split()}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1 << 17)
def proclitic_forms(norm: str, *, longer_than: int = 2) -> tuple[str, ...]:
    """``norm`` and its forms without one-letter proclitics (و ف, then ب ل ك; لل -> ال).

    A prefix letter is only stripped from words longer than ``longer_than`` letters, so short words
    that merely begin with such a letter stay whole. Cached: actors and figures ask it for every
    word of a cluster, many times.
    """
    out = [norm]
    rest = norm
    if len(rest) > longer_than and rest[0] in "وف":
        rest = rest[1:]
        out.append(rest)
    if len(rest) > 3 and rest.startswith("لل"):
        out.append("ال" + rest[2:])
    elif len(rest) > longer_than and rest[0] in "بلك":
        out.append(rest[1:])
    return tuple(out)


def idf_weights(term_sets: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency (:func:`smoothed_idf`) over ``term_sets`` (sentences of the cluster)."""
    sets = [set(ts) for ts in term_sets]
    n = len(sets)
    df: dict[str, int] = {}
    for ts in sets:
        for t in ts:
            df[t] = df.get(t, 0) + 1
    return smoothed_idf(df, n)


def smoothed_idf(df: Mapping[str, int], n: int) -> dict[str, float]:
    """``log((n + 1) / (df + 0.5))`` per term, for ``n`` sentences of which ``df[t]`` hold term ``t``.

    The idf of clause linking, figure subjects (compare) and dispute subjects (claims). A term in
    every sentence still weighs a little (log((n + 1) / (n + 0.5)) > 0).
    """
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}


def count_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated runs containing a letter or digit."""
    return len(_WORD.findall(text))
