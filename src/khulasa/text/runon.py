"""Run-on news sentences split at their main clauses, each clause a sentence of its own.

Arabic news runs several main clauses into one sentence ("قتل 5 أشخاص في انفجار ...، وأعلنت
الشرطة أن ...، فيما أصيب 12 آخرون"). :func:`split_runon` cuts such a sentence where a new main
clause starts that reads as a finished sentence on its own:

- after "،" or "؛" (",", ";"), a verb in the perfect of ``resources/ar/runon_joints.txt`` joined
  to "و" or "ف" ("وأكد", "فأعلن"), or standing after "كما", "فيما" or "بينما" (the conjunction
  is left out of the piece: "فيما أصيب 12 شرطيا" gives "أصيب 12 شرطيا.");
- with a subject of its own right after the verb (:func:`_subject_follows`): no particle
  ("وقال إن"), colon or quotation ("وقال:"), no noun with a pronoun of possession ("وبلغت قوته");
  after a verb that takes an object ("وهز العاصمة") or a definite noun after a verb of speech
  ("وأعلن الحداد"), only a word that names who acts ("وأعلنت الشرطة", "وأكد الرئيس");
- the clause before it holds at least :data:`MIN_CONTENT_WORDS` content words and a verb of its
  own (a listed verb, or "قد" before one), so that it states something;
- never inside quotation marks or brackets;
- never before a clause that needs what came before it (:func:`khulasa.text.cohesion.dangling_opener`,
  :func:`khulasa.text.cohesion.leans_back`: "وأضاف", "فيها"; "آخرون" among its first words,
  "أيضا" anywhere), and every piece keeps :data:`MIN_PIECE_WORDS` words.

Each piece is made of exact passages of the document (:attr:`khulasa.types.Sentence.parts`): its
clause without the comma that ended it, then the sentence's own final stop, so that it is printed
as a finished sentence; the last piece is a single passage ending with that stop. Pieces keep the
sentence's ``index`` and ``paragraph`` (their position in the article is the sentence's).

Off by default (``Settings.split_runons``): measured, the clauses as candidates state fewer key
facts at 60 and 100 words over the development sets and raise restating (docs/quality.md, "The
twenty-third session: run-on sentences split at their main clauses").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from khulasa.resources import load_word_list
from khulasa.text.cohesion import dangling_opener, leans_back
from khulasa.text.finished import CLOSERS, STOPS
from khulasa.text.normalize import count_words, letter_tokens, normalize, stopwords
from khulasa.types import PreparedDocument, Sentence

# The clause before a joint must state something: this many content words (stop words aside).
MIN_CONTENT_WORDS = 4
# Each piece keeps at least this many words (a shorter one states too little to stand alone).
MIN_PIECE_WORDS = 6

_COMMA = re.compile(r"\s*[،,؛;]\s*")
_WORD = re.compile(r"[^\s،,؛;:.!؟?\"'«»“”()\[\]]+")


def _forms(verbs: list[str]) -> frozenset[str]:
    """Each verb (normalized) with its feminine (+ت) and plural (+وا) forms."""
    out: set[str] = set()
    for verb in (normalize(v) for v in verbs):
        stem = verb[:-1] if verb[-1:] in ("ي", "ا") and len(verb) > 2 and not verb.endswith("قي") else verb
        out |= {verb, stem + "ت", stem + "وا"}
    return frozenset(out)


def _bare(word: str) -> str:
    """``word`` (normalized) without a leading "و"/"ف" and "ال"."""
    word = word[1:] if len(word) > 3 and word[0] in "وف" and word[1:3] == "ال" else word
    return word[2:] if len(word) > 4 and word.startswith("ال") else word


@cache
def _rows() -> dict[str, frozenset[str]]:
    rows = {
        label.strip(): words.split()
        for label, words in (line.split("|", 1) for line in load_word_list("ar/runon_joints.txt"))
    }
    subjects = (
        list(rows["subjects"]) + load_word_list("ar/speaker_bodies.txt") + load_word_list("ar/referring_nouns.txt")
    )
    for label, words in (line.split("|", 1) for line in load_word_list("ar/titles.txt")):
        if label.strip() in ("person", "org"):
            subjects += words.split()
    return {
        "speech": _forms(rows["speech"]),
        "happening": _forms(rows["happening"]),
        "acting": _forms(rows["acting"]),
        "conjunctions": frozenset(normalize(c) for c in rows["conjunctions"]),
        "subjects": frozenset(_bare(normalize(w)) for w in subjects),
        "not_subjects": frozenset(normalize(w) for w in rows["not_subjects"]),
        "pointing": frozenset(normalize(w) for w in rows["pointing"]),
        "also": frozenset(normalize(w) for w in rows["also"]),
    }


def _verbs() -> frozenset[str]:
    rows = _rows()
    return rows["speech"] | rows["happening"] | rows["acting"]


def _joined_verb(word: str) -> bool:
    """A listed verb in the perfect behind "و" or "ف" ("وأكدت")."""
    return len(word) > 2 and word[0] in "وف" and word[1:] in _verbs()


def _has_verb(words: Sequence[str]) -> bool:
    """Does a clause (normalized words) hold a verb of its own: a listed verb, bare or behind
    "و"/"ف", or a word after "قد"/"لقد"/"وقد"?"""
    verbs = _verbs()
    for k, word in enumerate(words):
        if word in verbs or _joined_verb(word):
            return True
        if word in ("قد", "لقد", "وقد", "فقد") and k + 1 < len(words):
            return True
    return False


def _inside_marks(text: str) -> bool:
    """Is the end of ``text`` inside a quotation or brackets opened in it?"""
    if text.count('"') % 2:
        return True
    pairs = (("«", "»"), ("“", "”"), ("(", ")"), ("[", "]"))
    return any(text.count(a) > text.count(b) for a, b in pairs)


def _content_words(text: str) -> int:
    stop = stopwords()
    return sum(1 for w in letter_tokens(text) if w not in stop and len(w) > 1)


# A pronoun of possession at a word's end ("قوته", "أضرارها"): such a noun refers back.
_SUFFIXED = re.compile(r"[^\W\d_]{2,}(?:ه|ها|هم|هما|هن)$")


def _subject_follows(verb: str, text: str, after: int) -> bool:
    """Does a subject of its own follow the verb ``verb`` (normalized, without "و"/"ف") that ends at
    ``after`` in ``text``: a word, not a colon or quotation right after a verb of speech, not a
    particle nor a noun with a pronoun of possession (nor a second word with one); after a verb with
    an object, or a definite noun after a verb of speech, a word naming who acts (``subjects``)."""
    rest = text[after:].lstrip()
    if not rest or rest[0] in ':"«“':
        return False
    if _WORD.match(rest) is None:
        return False
    words = [_DIACRITICS.sub("", w) for w in _WORD.findall(rest[:_SUBJECT_CHARS])][:2]
    if any(_SUFFIXED.match(w) and not w.startswith(("ال", "وال")) for w in words):
        return False  # "وبلغت قوته", "وبلغت قوة أكبرها": whose?
    word = normalize(words[0])
    if word in _rows()["not_subjects"]:
        return False
    if verb in _rows()["acting"] or (verb in _rows()["speech"] and word.startswith("ال")):
        return _bare(word) in _rows()["subjects"]
    return True


# How far past the verb its subject's first two words are read.
_SUBJECT_CHARS = 60


_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")


def _joint_after(text: str, at: int) -> int | None:
    """Where the new main clause starting at ``at`` of ``text`` (right after a comma) opens as a
    sentence (past a conjunction "كما"/"فيما"/"بينما"), or None when no main clause starts there."""
    first = _WORD.match(text, at)
    if first is None:
        return None
    word = normalize(first.group(0))
    if _joined_verb(word):
        return at if _subject_follows(word[1:], text, first.end()) else None
    if word in _rows()["conjunctions"]:
        second = _WORD.search(text, first.end())
        if second is None or text[first.end() : second.start()].strip():
            return None
        verb = normalize(second.group(0))
        if verb in _verbs() and _subject_follows(verb, text, second.end()):
            return second.start()
    return None


def _points_back(piece: str) -> bool:
    """Does ``piece`` (a clause after the first) need what came before it: an opening that needs an
    antecedent, a word of ``pointing`` ("آخرون") among its first words, or "also" ("أيضا") anywhere?"""
    if dangling_opener(piece) is not None or leans_back(piece):
        return True
    words = letter_tokens(piece)
    if any(w in _rows()["also"] for w in words):
        return True
    return any(w in _rows()["pointing"] for w in words[:_POINTING_WINDOW])


# How far into a clause a word of ``pointing`` is read.
_POINTING_WINDOW = 5


def joints(text: str) -> list[tuple[int, int]]:
    """The cuts of ``text`` into main clauses: for each, where the clause before it ends (before
    its comma) and where the next one opens, as offsets into ``text``. Empty when the sentence is
    one clause."""
    body_end = len(text.rstrip().rstrip(CLOSERS).rstrip())
    if not body_end or text[body_end - 1] not in STOPS:
        return []  # no final stop to close the pieces with
    out: list[tuple[int, int]] = []
    clause_start = 0
    for match in _COMMA.finditer(text, 0, body_end):
        opens = _joint_after(text, match.end())
        if opens is None or _inside_marks(text[: match.start()]):
            continue
        before = text[clause_start : match.start()]
        if _content_words(before) < MIN_CONTENT_WORDS or not _has_verb(letter_tokens(before)):
            continue
        if count_words(before) < MIN_PIECE_WORDS:
            continue
        piece = text[opens:body_end]
        if count_words(piece) < MIN_PIECE_WORDS or _points_back(piece):
            continue
        out.append((match.start(), opens))
        clause_start = opens
    return out


def split_runon(sentence: Sentence) -> tuple[Sentence, ...]:
    """``sentence`` (a whole sentence of its document, without ``parts``) cut at its main clauses
    (:func:`joints`), or ``(sentence,)`` when it is one clause. Each piece is exact passages of the
    document: its clause, then the sentence's final stop."""
    if sentence.parts:
        return (sentence,)
    text = sentence.text
    cuts = joints(text)
    if not cuts:
        return (sentence,)
    body_end = len(text.rstrip().rstrip(CLOSERS).rstrip())
    stop = sentence.start + body_end - 1
    base = sentence.start
    starts = [0, *(opens for _, opens in cuts)]
    ends = [end for end, _ in cuts]
    pieces = []
    for a, b in zip(starts[:-1], ends, strict=True):
        clause = text[a:b]
        pieces.append(
            replace(
                sentence,
                start=base + a,
                end=stop + 1,
                text=clause + text[body_end - 1],
                parts=((base + a, base + b), (stop, stop + 1)),
            )
        )
    last = starts[-1]
    pieces.append(replace(sentence, start=base + last, text=text[last:]))
    return tuple(pieces)


def split_document(prepared: PreparedDocument) -> PreparedDocument:
    """``prepared`` with each of its run-on sentences replaced by its main clauses (:func:`split_runon`)."""
    sentences = tuple(piece for s in prepared.sentences for piece in split_runon(s))
    if len(sentences) == len(prepared.sentences):
        return prepared
    return replace(prepared, sentences=sentences)
