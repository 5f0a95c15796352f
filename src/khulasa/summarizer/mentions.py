"""Shorter repeated mentions: a person's title is given once per summary.

Wire copy names every actor in full in every sentence ("الرئيس الروسي فلاديمير بوتين"), so a
100-word summary of five outlets can spend a fifth of its words on the same titles. Once a
summary sentence has introduced someone with a title, a later sentence that gives the title again
before the same name keeps the name only: "قال الرئيس الروسي فلاديمير بوتين" becomes "قال
فلاديمير بوتين". The result is still exact source passages (:attr:`Sentence.parts`).

The same holds for a description set off by commas after the name ("حسام حسني، وزير الصحة،
أن" becomes "حسام حسني أن"): :func:`appositive_ranges`.

The rule is deliberately narrow, so that it cannot change who did what:
- the name must be one an earlier summary sentence introduced with a title (the same words, or
  its last word: "الرئيس بوتين" after "الرئيس الروسي فلاديمير بوتين");
- only a bare title word and the definite words after it go ("الرئيس الروسي", "وزير الخارجية
  الأمريكي"), never one with a proclitic ("للرئيس", "والرئيس": the particle would be lost) or with
  punctuation before the name;
- the word before the title must be the start of the sentence, punctuation, a function word or a
  reporting verb ("قال", "مع", "أن"): after a noun the title may complete it ("نائب الرئيس
  الأمريكي" is not "الرئيس الأمريكي").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from khulasa.extract.actors import Cues, cues, title_candidates
from khulasa.extract.figures import Token, tokens
from khulasa.text.compress import drop_text_range
from khulasa.text.normalize import stopwords
from khulasa.types import Fact, Sentence

# Definite words a title may carry before the name ("وزير الخارجية الأمريكي").
MAX_TITLE_MODIFIERS = 4
# Words of a description after a name, its title word included ("وزير الخارجية الأمريكي").
MAX_APPOSITIVE_WORDS = 6
_COMMAS = frozenset({"،", ","})

Name = tuple[str, ...]


def introduced_names(text: str) -> set[Name]:
    """Names of people that ``text`` introduces with a title, as normalized words. Where the end of
    a name is uncertain (no punctuation or function word after it), each of its first two or more
    words is taken as well: "ماكرون خطة" may be "ماكرون" followed by a noun."""
    out: set[Name] = set()
    for cand in title_candidates(tokens(text), stopwords(), cues()):
        if cand.kind == "person":
            out.add(cand.name)
            if not cand.clean_end:
                out.update(cand.name[:n] for n in range(2, len(cand.name)))
    return out


def _name_at(toks: Sequence[Token], k: int, known: set[Name], surnames: set[str]) -> bool:
    """True when a known name (or, alone, one of the known names' last words) starts at token ``k``."""
    return _name_end(toks, k, known, surnames) is not None


def _name_end(toks: Sequence[Token], k: int, known: set[Name], surnames: set[str]) -> int | None:
    """Index just past the known name (or, alone, a known name's last word) at token ``k``, if any;
    the longest known name wins."""
    for name in sorted(known, key=len, reverse=True):
        n = len(name)
        if tuple(t.norm for t in toks[k : k + n]) == name and all(t.kind == "word" for t in toks[k : k + n]):
            return k + n
    if toks[k].norm in surnames:
        after = toks[k + 1] if k + 1 < len(toks) else None
        if after is None or after.kind != "word" or after.norm in stopwords():
            return k + 1
    return None


def _title_before(toks: Sequence[Token], k: int, c: Cues) -> int | None:
    """Index of the bare title word that the words before token ``k`` start with, if any."""
    i = k - 1
    while i >= 0 and k - i <= MAX_TITLE_MODIFIERS + 1:
        tok = toks[i]
        if tok.kind != "word":
            return None
        if tok.norm in c.person:
            return i
        if not tok.norm.startswith("ال"):
            return None
        i -= 1
    return None


def _may_drop_after(toks: Sequence[Token], i: int, c: Cues) -> bool:
    """True when the token before the title cannot be a noun the title completes."""
    if i == 0:
        return True
    before = toks[i - 1]
    return before.kind == "punct" or before.norm in stopwords() or before.norm in c.verbs


def _reading(text: str, known: set[Name]) -> tuple[Sequence[Token], Cues, set[str]]:
    """The tokens of ``text``, the cue words, and the known names' last words (surnames)."""
    return tokens(text), cues(), {name[-1] for name in known if len(name) > 1}


def title_ranges(text: str, known: set[Name]) -> list[tuple[int, int]]:
    """Character ranges of ``text`` holding a title before a name in ``known`` that may go."""
    if not known:
        return []
    toks, c, surnames = _reading(text, known)
    out: list[tuple[int, int]] = []
    for k in range(1, len(toks)):
        if toks[k].kind != "word" or not _name_at(toks, k, known, surnames):
            continue
        i = _title_before(toks, k, c)
        if i is None or (out and toks[i].start < out[-1][1]) or not _may_drop_after(toks, i, c):
            continue
        out.append((toks[i].start, toks[k].start))
    return out


def _describes(tok: Token, c: Cues) -> bool:
    """True for a word that may continue a description after its title word: a definite word
    ("العهد", "السعودي"), a genitive with لل ("للشؤون") or a title word ("العام"); never a
    function word such as the relative "الذي", which would open a clause."""
    norm = tok.norm
    return tok.kind == "word" and norm not in stopwords() and (norm.startswith(("ال", "لل")) or norm in c.person)


def _appositive_close(toks: Sequence[Token], j: int, c: Cues) -> int | None:
    """Index of the comma that closes a description opening at token ``j`` with a title word
    ("وزير الصحة،"), when the description is only such words and something other than a list
    goes on after the comma (a next word with و may be the next person of a list)."""
    if j >= len(toks) or toks[j].kind != "word" or toks[j].norm not in c.person:
        return None
    k = j + 1
    while k < len(toks) and k - j <= MAX_APPOSITIVE_WORDS and _describes(toks[k], c):
        k += 1
    if k >= len(toks) or toks[k].text not in _COMMAS:
        return None
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is None or after.kind != "word" or after.norm.startswith("و"):
        return None
    return k


def appositive_ranges(text: str, known: set[Name]) -> list[tuple[int, int]]:
    """Character ranges of ``text`` holding a description set off by commas after a name in
    ``known`` ("، وزير الصحة،"), commas included, that may go."""
    if not known:
        return []
    toks, c, surnames = _reading(text, known)
    out: list[tuple[int, int]] = []
    for k in range(len(toks)):
        if toks[k].kind != "word" or (k and toks[k - 1].text in _COMMAS):
            continue
        end = _name_end(toks, k, known, surnames)
        if end is None or end >= len(toks) or toks[end].text not in _COMMAS:
            continue
        close = _appositive_close(toks, end + 1, c)
        if close is not None and not (out and toks[end].start < out[-1][1]):
            out.append((toks[end].start, toks[close].end))
    return out


def shorten_repeated_titles(facts: Sequence[Fact], texts: Mapping[str, str]) -> list[Fact]:
    """``facts`` in reading order, each representative without the titles of people an earlier
    one introduced; every passage stays an exact passage of its document (``texts``)."""
    known: set[Name] = set()
    out = []
    for fact in facts:
        sentence = fact.representative
        source = texts.get(sentence.doc)
        shorter = sentence if source is None else shortened_sentence(sentence, source, known)
        known |= introduced_names(sentence.text)
        out.append(fact if shorter is sentence else replace(fact, sentences=(shorter, *fact.sentences[1:])))
    return out


def shortened_sentence(sentence: Sentence, source: str, known: set[Name]) -> Sentence:
    """``sentence`` without the titles and descriptions of the ``known`` names (see
    :func:`title_ranges` and :func:`appositive_ranges`)."""
    ranges = sorted(title_ranges(sentence.text, known) + appositive_ranges(sentence.text, known))
    for a, b in reversed(ranges):
        sentence = drop_text_range(sentence, source, a, b)
    return sentence
