"""Safe compression of a summary sentence: drop what carries no fact, keep exact source spans.

Each rule removes one kind of passage and only where no claim can change:

- :func:`drop_parentheticals`: a bracketed aside "(...)" that describes the definite noun or
  adjective right before it ("الممر المائي (...)"), when it holds no digit (numbers are never
  touched), no negation or hedge, no attribution ("وفق", "بحسب", "نقلا عن": who claims a thing
  stays) and at most ``MAX_ASIDE_WORDS`` words. An aside after a verb, a particle or a bare name
  may be the subject itself ("قام (مركز الرصد) في", "أن (فلان) أشار") and stays; so do editors'
  square brackets ("[البحارة]" names who a quote means), except citation marks ("[3]").
- :func:`drop_lead_tag`: an agency tag opening the sentence (the cleaner's own pattern,
  ``resources/ar/junk.tsv``) or a dateline of one to three place words and a double dash
  ("لندن ، انكلترا -- "). Never a single dash or a colon: "ولا يتم - بوجه عام -" and
  "قال بوتين:" are prose.

The result keeps its kept passages in :attr:`Sentence.parts` (offsets into the document), and its
text is those exact passages joined by one space (none before a passage that opens with
punctuation). A bracket right after a naming noun ("قناة (سي إن بي سي)", ``ar/naming_nouns.txt``)
is the name itself and stays. Leading discourse markers are dropped by
:mod:`khulasa.text.trim`. Word lists are resources (``resources/ar/compression.txt``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from khulasa.resources import load_word_list
from khulasa.text.finished import cut_quote_at, unfinished
from khulasa.text.normalize import count_words, letter_tokens, normalize
from khulasa.types import Sentence

MAX_ASIDE_WORDS = 12
_ASIDE = re.compile(r"\s*[(\[]([^()\[\]]{1,200})[)\]]")


@cache
def _keep_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Normalized single words and phrases whose presence makes an aside carry a claim."""
    entries = [normalize(w) for w in load_word_list("ar/compression.txt")]
    return frozenset(w for w in entries if " " not in w), tuple(w for w in entries if " " in w)


def _carries_claim(aside: str) -> bool:
    if any(c.isdigit() for c in aside):
        return True
    words, phrases = _keep_words()
    text = normalize(aside)
    tokens = letter_tokens(aside)
    stripped = {t[1:] if len(t) > 3 and t[0] in "وفب" else t for t in tokens}
    return bool((set(tokens) | stripped) & words) or any(p in text for p in phrases)


@cache
def _naming_nouns() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_word_list("ar/naming_nouns.txt"))


def _names_the_word_before(source: str, aside_start: int, line_start: int) -> bool:
    """True when the word before the bracket is a noun the bracket names ("قناة (سي إن بي سي)")."""
    before = letter_tokens(source[line_start:aside_start])
    if not before:
        return False
    word = before[-1]
    forms = {word, word[1:] if word[:1] in "وفبل" else word}
    forms |= {f[2:] for f in forms if f.startswith("ال")}
    return bool(forms & _naming_nouns())


def _is_agency_tag(bracket: str) -> bool:
    """A bracketed agency credit ("(رويترز)", "(أ ف ب)"): the cleaner's own agency-tag pattern."""
    from khulasa.text.clean import junk_patterns

    return any(p.regex.fullmatch(bracket.strip()) for p in junk_patterns() if p.reason == "agency-tag")


def _follows_definite_word(source: str, aside_start: int, line_start: int) -> bool:
    """True when the word right before the bracket is a definite noun or adjective ("ال..."), the
    kind of word an aside describes; not a verb, particle or bare name it might complete."""
    before = source[line_start:aside_start].split()
    if not before:
        return False
    word = normalize(before[-1]).strip(".,،:؛\"'«»")
    word = word[1:] if len(word) > 4 and word[0] in "وفبلك" and word[1:3] == "ال" else word
    # A dual or plural ("الرئيسان (فلان وفلان)") may be followed by who they are: keep that.
    return word.startswith("ال") and len(word) > 3 and not word.endswith(("ان", "ين", "ون"))


# A kept passage opening with one of these joins the one before it without a space.
_NO_SPACE_BEFORE = '.،,;:!?؟»")'


def join_parts(source: str, parts: list[tuple[int, int]]) -> str:
    """Kept passages joined by one space, none before punctuation that opens a passage."""
    out = source[parts[0][0] : parts[0][1]]
    for a, b in parts[1:]:
        piece = source[a:b]
        out += piece if piece[:1] in _NO_SPACE_BEFORE else " " + piece
    return out


def _parts(sentence: Sentence) -> list[tuple[int, int]]:
    return list(sentence.parts) or [(sentence.start, sentence.end)]


def _rebuild(sentence: Sentence, parts: list[tuple[int, int]], source: str) -> Sentence:
    """``sentence`` made of the kept ``parts`` (unchanged when nothing would be kept)."""
    parts = [(a, b) for a, b in parts if b > a]
    if not parts:
        return sentence
    text = join_parts(source, parts)
    return replace(
        sentence, start=parts[0][0], end=parts[-1][1], text=text, parts=tuple(parts) if len(parts) > 1 else ()
    )


def drop_parentheticals(sentence: Sentence, source: str, *, min_words: int, asides: bool = True) -> Sentence:
    """``sentence`` without its bracketed asides that carry no claim (see the module doc); with
    ``asides`` False, only bracketed agency tags and citation marks ("(رويترز)", "[3]").

    ``source`` is the document's text (the sentence's offsets point into it). An aside at the very
    start is kept (it may be the subject); the sentence must keep ``min_words`` words.
    """
    parts: list[tuple[int, int]] = []
    for a, b in _parts(sentence):
        cursor = a
        for match in _ASIDE.finditer(source, a, b):
            if not ((asides or _is_tag(match)) and _droppable(match, sentence, source, a)):
                continue
            parts.append((cursor, match.start()))
            cursor = _after_aside(source, match, b)
        parts.append((cursor, b))
    parts = [(x, y) for x, y in parts if y > x]
    if not parts or parts == _parts(sentence):
        return sentence  # nothing removed, or nothing would be left
    shorter = _rebuild(sentence, parts, source)
    return shorter if count_words(shorter.text) >= min_words else sentence


def _is_tag(match: re.Match[str]) -> bool:
    """A citation mark ("[3]") or a bracketed agency tag ("(أ ف ب)"): no words of the story."""
    square = match.group(0).lstrip().startswith("[")
    return (square and match.group(1).strip().isdigit()) or _is_agency_tag(match.group(0))


def _droppable(match: re.Match[str], sentence: Sentence, source: str, part_start: int) -> bool:
    """Is the aside ``match`` one to drop: a citation, an agency tag, or an aside that carries no
    claim, describes the definite word before it and does not name it; never a long one."""
    if not _is_tag(match):
        square = match.group(0).lstrip().startswith("[")
        # An editor's square bracket names a referent ("[البحارة]"); an aside after a verb,
        # a particle or a name may be the subject itself ("قام (مركز ...)"): both stay.
        if square or match.start() == sentence.start or _carries_claim(match.group(1)):
            return False
        if not _follows_definite_word(source, match.start(), part_start):
            return False
        if _names_the_word_before(source, match.start(), part_start):
            return False
    return count_words(match.group(1)) <= MAX_ASIDE_WORDS


def _after_aside(source: str, match: re.Match[str], end: int) -> int:
    """Where the text resumes after a dropped aside: past its spaces, and past a comma that would
    double the one before it ("X، (aside)، Y" must not become "X،، Y")."""
    cursor = match.end()
    while cursor < end and source[cursor] == " ":
        cursor += 1
    if cursor < end and source[cursor] in "،," and source[: match.start()].rstrip()[-1:] in ("،", ","):
        cursor += 1
        while cursor < end and source[cursor] == " ":
            cursor += 1
    return cursor


# A dateline inside a paragraph: one to three place words (comma-separated), then a double dash
# ("لندن ، انكلترا -- "). A single dash is not enough: "ولا يتم - بوجه عام - اعتبار" is prose.
# The dash stands apart ("Church–Turing" is one name), and no word of a claim is before it
# ("طبقا لفرض X — …" says who claims a thing).
# Words are set apart by spaces or a comma, so that a long run of letters has one reading (with
# "\s*" between them, a 5,000-letter word had millions and the match took minutes).
_DATELINE = re.compile(r"[^\W\d_]+(?:(?:\s+|\s*[،,]\s*)[^\W\d_]+){0,2}\s+(?:--|—|–)\s+(?=\S)")


def drop_lead_tag(sentence: Sentence, source: str, *, min_words: int) -> Sentence:
    """``sentence`` without an opening agency tag ("(رويترز) -", the cleaner's own pattern) or a
    double-dash dateline ("لندن ، انكلترا -- "), when ``min_words`` words remain."""
    from khulasa.text.clean import junk_patterns

    a, b = _parts(sentence)[0]
    tags = [p.regex for p in junk_patterns() if p.scope == "lead" and p.reason == "agency-tag"]
    for regex in (*tags, _DATELINE):
        match = regex.match(source, a, b)
        if match and match.end() < b and (regex is not _DATELINE or not _carries_claim(match.group(0))):
            cut = match.end()
            while cut < b and source[cut].isspace():
                cut += 1
            shorter = _rebuild(sentence, [(cut, b), *_parts(sentence)[1:]], source)
            return shorter if count_words(shorter.text) >= min_words else sentence
    return sentence


def drop_cut_clause(sentence: Sentence, source: str, *, min_words: int) -> Sentence:
    """``sentence`` without its last clause when its page cut that clause inside a quotation
    (:func:`khulasa.text.finished.cut_quote_at`): from the comma before the quotation to the final
    stop, when ``min_words`` words and a finished sentence remain. "... في ظرف سياسي دقيق، بينما
    تتصاعد دعوات النقابات للاحتجاج تحت شعار "فلنوقف كل ." ends at "... في ظرف سياسي دقيق."."""
    text = sentence.text
    opened = cut_quote_at(text)
    if opened is None:
        return sentence
    comma = max(text.rfind("،", 0, opened), text.rfind(",", 0, opened))
    stop = len(text.rstrip()) - 1
    if comma <= 0:
        return sentence
    shorter = drop_text_range(sentence, source, comma, stop)
    if shorter is sentence or count_words(shorter.text) < min_words or unfinished(shorter.text) is not None:
        return sentence
    return shorter


def compress(sentence: Sentence, source: str, *, min_words: int) -> Sentence:
    """Every safe deletion rule in turn (each keeps ``min_words`` words)."""
    sentence = drop_lead_tag(sentence, source, min_words=min_words)
    sentence = drop_parentheticals(sentence, source, min_words=min_words)
    return drop_cut_clause(sentence, source, min_words=min_words)


def drop_tags(sentence: Sentence, source: str, *, min_words: int) -> Sentence:
    """Only what is no part of the story: an opening dateline or agency tag, bracketed agency
    tags and citation marks (each keeps ``min_words`` words), and a last clause its page cut
    (:func:`drop_cut_clause`); asides stay."""
    sentence = drop_lead_tag(sentence, source, min_words=min_words)
    sentence = drop_parentheticals(sentence, source, min_words=min_words, asides=False)
    return drop_cut_clause(sentence, source, min_words=min_words)


def _text_positions(source: str, parts: list[tuple[int, int]]) -> list[int]:
    """Where each of ``parts`` begins in the text :func:`join_parts` makes of them."""
    starts, length = [], 0
    for k, (a, b) in enumerate(parts):
        if k and source[a:b][:1] not in _NO_SPACE_BEFORE:
            length += 1
        starts.append(length)
        length += b - a
    return starts


def drop_text_range(sentence: Sentence, source: str, start: int, end: int) -> Sentence:
    """``sentence`` without the characters ``start:end`` of its text (and the spaces after them),
    as exact passages of ``source``; unchanged when the range crosses a joint between passages."""
    parts = _parts(sentence)
    for (a, b), at in zip(parts, _text_positions(source, parts), strict=True):
        if at <= start and end <= at + (b - a):
            cut_from, cut_to = a + start - at, a + end - at
            while cut_to < b and source[cut_to].isspace():
                cut_to += 1
            head = (a, cut_from)
            while head[1] > head[0] and source[head[1] - 1].isspace():
                head = (head[0], head[1] - 1)
            kept = [p for p in parts if p != (a, b)]
            index = parts.index((a, b))
            kept[index:index] = [head, (cut_to, b)]
            return _rebuild(sentence, kept, source)
    return sentence
