"""Key facts a short summary should state, and how well a summary states them.

Facts are our own annotation (``benchmarks/facts/*.json``): per cluster id, a list of facts, each
a list of regexes over normalized text (:func:`khulasa.text.normalize.normalize`) that must *all* match
inside one summary sentence for the sentence to state the fact. See benchmarks/facts/README.md.

Per summary (cut at a word budget like every evaluated output): facts stated (distinct facts some
sentence states), facts repeated (stated by two or more sentences), restating sentences (a sentence
that states at least one fact, every one of which an earlier sentence of the summary already
stated: it tells the reader nothing new), unfinished lines (a sentence that is no finished
sentence: a breadcrumb, a question, a line trailing off in "..", a headline line or the cut end of
a page with no final stop; :func:`khulasa.text.finished.unfinished`), junk sentences (the cleaner's
patterns, as in the ROUGE table, and a page's words to its reader: :func:`is_junk`) and dangling
openers (sentences opening with a word that needs an antecedent:
:func:`khulasa.text.cohesion.dangling_opener`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khulasa.errors import (
    InputError,
    cluster_without_facts,
    fact_bad_regex,
    fact_without_id,
    fact_without_patterns,
    facts_not_json,
    no_fact_clusters,
    no_facts_file,
)
from khulasa.extract.figures import figures_of, lexicon, nought_words, read_number, score_sides, tokens
from khulasa.resources import load_word_list
from khulasa.text.cohesion import dangling_opener
from khulasa.text.finished import unfinished
from khulasa.text.normalize import letter_tokens, normalize

# A number as normalized text writes it (Western digits, an optional decimal part).
_NUMBER = re.compile(r"\d+(?:[.,،]\d+)*")  # "50،24": the Arabic comma as a decimal mark
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")  # "9,000" is the 9000 another page writes

# The budgets issue 12 reads summaries at.
FACT_BUDGETS: tuple[int, ...] = (60, 100, 150)


@dataclass(frozen=True, slots=True)
class KeyFact:
    """One fact of a cluster: stated by a sentence that matches every pattern."""

    id: str
    about: str
    patterns: tuple[re.Pattern[str], ...]

    def stated_by(self, sentence: str) -> bool:
        """Whether ``sentence`` (normalized) matches every pattern of the fact."""
        text = normalize(sentence)
        return all(p.search(text) for p in self.patterns)

    def figures(self, sentence: str) -> frozenset[str]:
        """The numbers inside what the fact's patterns match in ``sentence``: the figure it gives the
        fact ("9000" of "تجاوز 9000 مفقود"), empty when it states the fact in words alone. A comma
        that separates no thousands is a decimal mark, as many outlets write it: "57,8%" is the
        57.8% another page writes; so is the Arabic comma between digits ("50،24%", as the facts'
        patterns read it)."""
        text = normalize(sentence)
        matched = [m.group() for p in self.patterns for m in p.finditer(text)]
        found = (n for group in matched for n in _NUMBER.findall(group))
        return (
            frozenset(
                n.replace(",", "") if _THOUSANDS.fullmatch(n) else n.replace(",", ".").replace("،", ".") for n in found
            )
            | frozenset(n for group in matched if not _NUMBER.search(group) for n in _cardinals_in_words(group))
            | frozenset(n for group in matched for n in _score_sides(group))
        )

    def figures_beyond(self, sentence: str, known: Collection[str]) -> frozenset[str]:
        """The figures ``sentence`` gives the fact (:meth:`figures`) that ``known`` (the figures a
        reader saw it given) does not hold, but for a bound a known value meets: a lower bound under
        a known value ("أكثر من 300 قتيل" after "303"), an upper bound over one. A reader who knew
        303 learns nothing from "more than 300" (fifty-fourth pass); "more than 300" after 174 is
        news."""
        new = self.figures(sentence) - set(known)
        if not new:
            return new
        values = [v for v in map(_as_number, known) if v is not None]
        bounds = [(f.amount, f.qualifier) for f in figures_of(sentence) if f.qualifier in ("more", "less")]
        return frozenset(
            n
            for n in new
            if not any(
                _as_number(n) == amount and any(v > amount if kind == "more" else v < amount for v in values)
                for amount, kind in bounds
            )
        )


def _as_number(text: str) -> float | None:
    """``text`` (a figure as :meth:`KeyFact.figures` gives it: "303", "13.25") as a number."""
    try:
        return float(text)
    except ValueError:
        return None


def _score_sides(text: str) -> frozenset[str]:
    """The goals of each side of the scores the figure reader reads in ``text`` (what a fact's
    pattern matched), in digits or in words: "بثلاثه اهداف مقابل هدف" and "3-1" both give "3" and
    "1", "4-صفر" and "4-0" both "4" and "0" (fifty-first pass: a score a page writes in words is
    the score another writes in digits)."""
    sides = {str(int(side)) for f in figures_of(text) if f.dimension == "score" for side in score_sides(f.amount)}
    return frozenset(sides | ({"0"} if _zero_side().search(text) else set()))


@lru_cache(maxsize=1)
def _zero_side() -> re.Pattern[str]:
    """A side's goals written as the word for nought after the other's digits ("4-صفر": the score
    4-0; :func:`khulasa.extract.figures.nought_words`), in normalized text."""
    words = "|".join(re.escape(w) for w in sorted(nought_words()))
    return re.compile(rf"\d ?[-/] ?(?:{words})")


def _cardinals_in_words(text: str) -> frozenset[str]:
    """The whole cardinals from three up that ``text`` (what a fact's pattern matched, no digit in
    it) writes in words, as the figure reader reads them ("سبعه عشر" -> "17", "ثلاثه الاف" ->
    "3000"): the figure a page that writes digits gives. Not a scale word alone ("الاف المفقودين":
    thousands, no figure), nor a number after a definite number word or ordinal ("الستة عشر",
    "الحادي عشر", "الثالثة والثلاثون": an ordinal, or a count named with the article)."""
    lex = lexicon()
    toks = tokens(text)
    out: set[str] = set()
    i = 0
    while i < len(toks):
        tok = toks[i]
        before = toks[i - 1].norm if i and toks[i - 1].kind == "word" else ""
        kind = lex.numbers.get(tok.norm, ("", 0.0))[0] if tok.kind == "word" else ""
        number = read_number(toks, i, lex) if tok.kind == "word" and kind not in ("scale", "dualscale") else None
        if number is None:
            i += 1
            continue
        definite = before.startswith("ال") and (
            before[2:] in lex.numbers or any(w in lex.ordinals for w in (before, before[2:]))
        )
        if not definite and number.value >= 3 and number.value == int(number.value):
            out.add(str(int(number.value)))
        i = number.end
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class FactScore:
    """How one summary fares on its cluster's facts (counts; ``total`` = facts of the cluster)."""

    stated: int
    total: int
    repeated: int
    junk: int
    dangling: int
    sentences: int
    words: int
    restating: int = 0
    unfinished: int = 0


# The counts of a FactScore, in the order reports show them.
SCORE_FIELDS: tuple[str, ...] = (
    "stated",
    "total",
    "restating",
    "unfinished",
    "junk",
    "repeated",
    "dangling",
    "sentences",
    "words",
)


def load_facts(path: str | Path) -> dict[str, tuple[KeyFact, ...]]:
    """Facts per cluster id from a JSON file ``{"clusters": {id: {"facts": [...]}}}``."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(no_facts_file(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(facts_not_json(path, exc)) from None
    clusters = data.get("clusters") if isinstance(data, dict) else None
    if not isinstance(clusters, dict) or not clusters:
        raise InputError(no_fact_clusters(path))
    out: dict[str, tuple[KeyFact, ...]] = {}
    for cluster_id, cluster in clusters.items():
        facts = cluster.get("facts") if isinstance(cluster, dict) else None
        if not isinstance(facts, list) or not facts:
            raise InputError(cluster_without_facts(path, cluster_id))
        out[str(cluster_id)] = tuple(_fact(f, f"{path}: cluster {cluster_id!r}") for f in facts)
    return out


def _fact(record: object, where: str) -> KeyFact:
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise InputError(fact_without_id(where))
    patterns = record.get("all")
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) and p for p in patterns):
        raise InputError(fact_without_patterns(where, record["id"]))
    try:
        compiled = tuple(re.compile(p) for p in patterns)
    except re.error as exc:
        raise InputError(fact_bad_regex(where, record["id"], exc)) from None
    return KeyFact(record["id"], str(record.get("about", "")), compiled)


def score_summary(sentences: Sequence[str], facts: Sequence[KeyFact], whole: Sequence[str] | None = None) -> FactScore:
    """Count what ``sentences`` (one summary, already cut to its budget) state of ``facts``.

    ``whole`` are the same sentences before the cut (the last one may have been cut mid-sentence
    by the budget): whether a sentence is finished is judged on what the system chose, not on the
    measure's own cut. Without it, ``sentences`` are judged as they are.
    """
    from khulasa.text.normalize import count_words

    whole = sentences if whole is None else whole
    stated_by = [{k for k, fact in enumerate(facts) if fact.stated_by(s)} for s in sentences]
    carriers = [sum(1 for found in stated_by if k in found) for k in range(len(facts))]
    return FactScore(
        stated=sum(1 for n in carriers if n),
        total=len(facts),
        repeated=sum(1 for n in carriers if n > 1),
        junk=sum(1 for s in sentences if is_junk(s)),
        dangling=sum(1 for s in sentences if dangling_opener(s)),
        sentences=len(sentences),
        words=sum(count_words(s) for s in sentences),
        restating=restating_sentences(stated_by),
        unfinished=sum(1 for s in whole[: len(sentences)] if unfinished(s) is not None),
    )


def restating_sentences(stated: Sequence[set[int]]) -> int:
    """How many sentences only restate: ``stated[i]`` holds the facts sentence ``i`` states, and a
    sentence restates when it states one or more and an earlier sentence stated each of them."""
    seen: set[int] = set()
    count = 0
    for facts in stated:
        if facts and facts <= seen:
            count += 1
        seen |= facts
    return count


# Lead patterns too general to call a sentence junk on their own: "X - " or "X: " also opens
# ordinary sentences ("التقنية الأولى: ..."); the cleaner drops them only where a paragraph begins.
_GENERAL_LEADS = frozenset({"dateline"})


@lru_cache(maxsize=1)
def _reader_address() -> tuple[str, ...]:
    """The phrases of ``resources/ar/reader_address.txt``, normalized, as " word word " strings."""
    return tuple(f" {' '.join(letter_tokens(line))} " for line in load_word_list("ar/reader_address.txt"))


def addresses_reader(sentence: str) -> bool:
    """Does ``sentence`` hold a page's words to its reader ("تعليقك", "اضغط هنا":
    ``resources/ar/reader_address.txt``), on whole normalized words?"""
    words = f" {' '.join(letter_tokens(sentence))} "
    return any(phrase in words for phrase in _reader_address())


def is_junk(sentence: str) -> bool:
    """True when the cleaner's patterns call ``sentence`` junk: inline junk, a junk line, or an agency
    tag or other specific lead junk at its start (which the cleaner drops only where a paragraph
    begins, so a sentence in mid-paragraph can still carry it); or when it speaks to the page's
    reader (:func:`addresses_reader`), a kind of junk the patterns may not know yet."""
    from khulasa.text.clean import junk_patterns

    text = sentence.strip()
    if addresses_reader(text):
        return True
    for pattern in junk_patterns():
        if pattern.scope == "inline" and pattern.regex.search(text):
            return True
        if pattern.scope == "line" and pattern.regex.fullmatch(text):
            return True
        if pattern.scope == "lead" and pattern.reason not in _GENERAL_LEADS:
            lead = pattern.regex.match(text)
            if lead and lead.end() < len(text):
                return True
    return False
