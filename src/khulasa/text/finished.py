"""Whether a line of text is a finished sentence a reader can take as a statement.

A finished sentence ends with a full stop or an exclamation mark (closing quotes and brackets
aside). Lines that are not finished sentences, with the reason :func:`unfinished` gives:

- ``breadcrumb``: a site's navigation trail ("الرئيسية > محليات > لبنان"), two or more short
  segments each followed by a separator;
- ``link``: opens with a link's label ("اقرأ أيضا", ``resources/ar/link_openers.txt``): a page's
  link to another story printed inside the text, its headline run into the next sentence;
- ``question``: ends with a question mark ("?" or "؟");
- ``ellipsis``: trails off in two or more dots or "…" (a teaser or headline: "فاجعة بيروت..");
- ``open-quote``: a quotation opened in the last few words before the final stop and never closed
  (``تحت شعار "فلنوقف كل .``): the page cut the quoted words off there;
- ``name-list``: nothing but names in a list (:func:`is_name_list`: a team's line-up, "<name>، <name>،
  <name>."), which states nothing;
- ``no-final-stop``: anything else that does not end with a stop: a headline line, a lead-in ending
  in ":" or "،", or the cut end of a page excerpt ("ببضع كيلومت").

A finished line can still be no sentence of its own: the second half of a title split over two
lines (:func:`continues_line`), the rest of a sentence its page broke across lines
(:func:`cut_tail`: "وقال الملك سالم بن عبد" then "الكريم، خلال كلمته ..."), a headline repeated
on the page as a short line among no prose
(:func:`stands_alone`), the source's tail cut off the sentence before it by a stray full stop
(:func:`is_tail_fragment`). A finished line can also be mangled by its page: a letter no word is
stands alone in it (:func:`mangled`: "ضرب زلزال بقو ة 7,8 درجات"). A page's first sentence can be
its headline run into its lead with no stop or line break between them (:func:`glued_headline`:
"الأرجنتين تهزم هولندا بركلات الترجيح وتتأهل تأهل المنتخب الأرجنتيني ...").

The stops, closers and separators are punctuation, not words of a language; they are kept here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from khulasa.resources import load_word_list
from khulasa.text.normalize import Analyzer, letter_tokens, normalize, normalized_words, stopwords

# A line this short (in words) with no prose right above or below it is a headline.
ALONE_MAX_WORDS = 14
# A headline run into its lead (:func:`glued_headline`): the head's length in words, how many words
# of the lead are read for its restating, how many content words the head needs, and the share of
# them the lead must restate.
GLUED_HEAD_MIN_WORDS = 3
GLUED_HEAD_MAX_WORDS = 14
GLUED_LEAD_WORDS = 20
GLUED_HEAD_MIN_TERMS = 3
GLUED_RESTATED_SHARE = 0.6
# A line of at least this many words is no headline: with no final stop, it is prose its page broke
# off (:func:`cut_tail`).
CUT_LINE_WORDS = 20
# Closing quotes and brackets that may follow a sentence's stop ("... قال.»").
CLOSERS = "\"'”’»)]}"
# Marks that end a finished sentence: full stop, Arabic full stop, exclamation mark.
STOPS = ".۔!"
QUESTION_MARKS = "?؟"
# Two or more short segments (up to five words, the first opening with a letter: "17 / 4 / 2001" is
# a date), each followed by a navigation separator. "»" and "/" separate only with a space on both
# sides ("«هآرتس»" and "شفق نيوز/" are no trail).
_SEGMENT = r"[^\W\d_][^\s>›»/|]*(?:[ \t]+[^\s>›»/|]+){0,4}"
_SEPARATOR = r"(?:[ \t]*[>›][ \t]*|[ \t]+[»/|][ \t]+)"
_BREADCRUMB = re.compile(rf"(?:^|(?<=[\s.:]))(?:{_SEGMENT}{_SEPARATOR}){{2,}}")
_ELLIPSIS = re.compile(r"(?:\.\s*\.|…)$")
# A quotation opened at most this many words before a sentence's final stop and never closed is cut.
OPEN_QUOTE_MAX_WORDS = 3
# A list of names (:func:`is_name_list`): at least this many items, each of at most this many words.
NAME_LIST_MIN_ITEMS = 3
NAME_LIST_ITEM_WORDS = 3
_LIST_SEPARATORS = re.compile(r"\s*[،,؛;]\s*")
# A word with the article, bare or after a one-letter proclitic ("الكهرباء", "والاتصالات", "للشرب"):
# common nouns, not the given and family names a line-up lists.
_WITH_ARTICLE = re.compile(r"^(?:[وفبكل]?ال|لل)")


def is_breadcrumb(text: str) -> bool:
    """True when ``text`` holds a navigation trail ("الرئيسية > محليات > ...")."""
    if sum(text.count(mark) for mark in ">›»/|") < 2:  # a trail has two separators: skip the slow search
        return False
    return _BREADCRUMB.search(text) is not None


def ends_in_question(text: str) -> bool:
    """True when ``text`` ends with a question mark, closing quotes and brackets aside, and a full
    stop after them too: «و"هل نحن وحدنا؟".» asks as «و"هل نحن وحدنا؟"» does."""
    end = text.rstrip().rstrip(CLOSERS + " \t\n")
    before_stops = end.rstrip(STOPS).rstrip(CLOSERS)
    return bool(end) and (end[-1] in QUESTION_MARKS or (before_stops[-1:] != "" and before_stops[-1] in QUESTION_MARKS))


def unfinished(text: str) -> str | None:
    """Why ``text`` is not a finished sentence (see the module docstring), or None when it is one.

    Blank text is not judged (None).
    """
    body = text.strip()
    if not body:
        return None
    if is_breadcrumb(body):
        return "breadcrumb"
    if is_link(body):
        return "link"
    end = body.rstrip(CLOSERS + " \t\n")
    if not end:
        return "no-final-stop"
    if ends_in_question(body):
        return "question"
    if _ELLIPSIS.search(end):
        return "ellipsis"
    if end[-1] not in STOPS:
        return "no-final-stop"
    if cut_quote_at(body) is not None:
        return "open-quote"
    if is_name_list(body):
        return "name-list"
    return None


def is_name_list(text: str) -> bool:
    """Is ``text`` only a list of names: at least :data:`NAME_LIST_MIN_ITEMS` items parted by commas,
    each of 1 to :data:`NAME_LIST_ITEM_WORDS` words, with no figure, no function word
    (``resources/ar/stopwords.txt``) and no word with the article? A team's line-up or a list of
    scorers printed as a line ("<name>، <name>، <name>.") ends with a stop but says nothing; a list in a
    sentence has its verb or a function word ("كما تضم البعثة، ...") and its common nouns take the
    article ("الكهرباء، الماء، والاتصالات")."""
    body = text.strip().rstrip(CLOSERS + STOPS + " \t\n")
    items = [item for item in _LIST_SEPARATORS.split(body) if item]
    if len(items) < NAME_LIST_MIN_ITEMS or any(not 1 <= len(item.split()) <= NAME_LIST_ITEM_WORDS for item in items):
        return False
    if any(c.isdigit() for c in body):
        return False
    words = letter_tokens(body)
    if len(words) < len(body.split()):  # a token with no letters: a mark, a dash, a symbol
        return False
    return not any(_sentence_word(item) for item in items)


def _sentence_word(item: str) -> bool:
    """Does the list item ``item`` hold a word of a sentence: a function word
    (``resources/ar/stopwords.txt``) or a word with the article? The article is read on the word as
    written: "أليخاندرو" and "إلياس" open with a hamza, which the article never carries (normalized,
    they would read as "اليخاندرو"). A name particle (``resources/ar/name_particles.txt``: "فان",
    "وان") opening an item of two or more words is part of the name ("وان بيساكا"), not "وإن"."""
    common = stopwords()
    raw = [_TASHKEEL.sub("", token).strip(_PUNCTUATION) for token in item.split()]
    words = letter_tokens(item)
    if len(words) >= 2 and words[0] in _name_particles() and words[1] not in common:
        words, raw = words[1:], raw[1:]
    return any(word in common for word in words) or any(_WITH_ARTICLE.match(word) for word in raw)


# Short vowels, shadda, sukun and tatweel: dropped from a word as written before its article is read.
_TASHKEEL = re.compile("[\u064b-\u0652\u0640]")
# What may surround a word's letters as written: quotes, brackets, stops.
_PUNCTUATION = "\"'“”‘’«»()[]{}.،,؛;:!؟?-–—"


@lru_cache(maxsize=1)
def _name_particles() -> frozenset[str]:
    """The words that open a foreign name (``resources/ar/name_particles.txt``: "فان", "وان"), normalized."""
    return normalized_words("ar/name_particles.txt")


def cut_quote_at(text: str) -> int | None:
    """Where ``text`` opens a quotation at most :data:`OPEN_QUOTE_MAX_WORDS` words before its end
    that it never closes (the page cut it there), or None. A straight quote opens when the text
    holds an odd number of them (the last one may open); "«" and "“" when no closing mark of
    theirs follows. A mark opens only where a word starts (a space or the text's start before
    it, a letter after it): pages misplace quotes, and one glued to the end of a word closes
    ("الانتخابات" النصفية.")."""
    opened = [text.rfind('"')] if text.count('"') % 2 else []
    opened += [k for k in (text.rfind("«"), text.rfind("“")) if k >= 0 and not any(c in text[k:] for c in "»”")]
    found = [
        k
        for k in opened
        if k >= 0
        and (k == 0 or text[k - 1].isspace())
        and text[k + 1 : k + 2].isalpha()
        and len(text[k + 1 :].split()) <= OPEN_QUOTE_MAX_WORDS
    ]
    return min(found) if found else None


def opens_inside_quote(text: str) -> bool:
    """Does ``text`` open inside a quotation, the tail of one its page split off with a full stop
    inside the quoted words ("... أولوية الأولويات”.")? It ends with a "”" or "»" glued to the end
    of a word (stops after it aside) and holds no other quotation mark of any kind before it: the
    quotation began in the sentence before, with its speaker. A page that uses "”" both ways
    ("مركبة الإطلاق” سبيس إكس”") has a mark before its last one and is not judged."""
    end = text.rstrip().rstrip(STOPS + " \t")
    if len(end) < 2 or end[-1] not in "”»" or not end[-2].isalpha():
        return False
    return not any(c in end[:-1] for c in '“”«»"″')


def is_link(text: str) -> bool:
    """Does ``text`` open with the label of a link to another page ("اقرأ أيضا: ...", "قد يهمك
    ...": ``resources/ar/link_openers.txt``), compared on normalized words?"""
    words = tuple(letter_tokens(text[:40]))
    return any(words[: len(label)] == label for label in _link_labels())


@lru_cache(maxsize=1)
def _link_labels() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(letter_tokens(line)) for line in load_word_list("ar/link_openers.txt"))


# What surrounds a token's letters (quotes, brackets, stops, commas, marks): not part of a word.
_EDGES = re.compile(r"^\W+|\W+$")


@lru_cache(maxsize=1)
def _never_alone() -> frozenset[str]:
    return frozenset(load_word_list("ar/never_alone.txt"))


def mangled(text: str) -> bool:
    """Does ``text`` hold a letter standing alone that no Arabic word is
    (``resources/ar/never_alone.txt``: "الهز ة" for "الهزّة")? Its page cut its words apart; a
    reader stumbles on every one, and other outlets carry the same facts in whole words. Marks
    and punctuation around the letter do not join it to a word ("جدًا" is whole)."""
    letters = _never_alone()
    return any(_EDGES.sub("", token) in letters for token in text.split())


@lru_cache(maxsize=2)
def _openers(name: str) -> tuple[tuple[str, ...], ...]:
    """The openers of the resource ``name``, normalized, as word tuples."""
    return tuple(tuple(normalize(line).split()) for line in load_word_list(name))


def _opens_with(text: str, name: str) -> bool:
    """Does ``text`` open with one of the word lists of the resource ``name`` (whole words)?"""
    words = normalize(text[:80]).split()
    return any(tuple(words[: len(opener)]) == opener for opener in _openers(name))


def continues_line(source: str, start: int) -> bool:
    """Does the text at ``start`` of ``source`` go on from the line above, saying nothing alone?

    True when ``start`` opens a line, the line right above it (no blank line between) is no
    finished sentence (:func:`unfinished`: a title, a headline) and the text opens with a word of
    ``resources/ar/continuation_openers.txt`` ("بعد", "عقب", "في حين"...): the second line of a
    title split in two ("بعد الفوز على البرتغال بنتيجة (1-0) مساء اليوم."), a fragment, however it
    ends.
    """
    line_start = source.rfind("\n", 0, start) + 1
    if line_start == 0 or source[line_start:start].strip():
        return False
    above = source[source.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    if not above.strip() or unfinished(above) is None:
        return False
    return _opens_with(source[start : start + 80], "ar/continuation_openers.txt")


def line_pairs(sources: Sequence[str]) -> frozenset[tuple[str, str]]:
    """The pairs of adjacent words (normalized) that some line of ``sources`` holds: what a line
    break of one page cut apart reads whole on another's line (:func:`cut_tail`)."""
    out: set[tuple[str, str]] = set()
    for source in sources:
        for line in source.split("\n"):
            words = letter_tokens(line)
            out.update(pairwise(words))
    return frozenset(out)


def cut_tail(source: str, start: int, pairs: frozenset[tuple[str, str]]) -> bool:
    """Is the text at ``start`` of ``source`` the rest of a sentence its page broke across lines?

    True when ``start`` opens a line, the nearest line above it with text (blank lines between
    aside) has no final stop (:func:`unfinished`: "no-final-stop") and reads as prose, not a
    headline: it opens with a word behind "و" or "ف" ("وقال الملك سلمان بن عبد") or holds
    ``CUT_LINE_WORDS`` words or more; and its last word with the text's first word make a pair
    that a line of the cluster holds (``pairs``: :func:`line_pairs`; "عبد العزيز", "مجدي عبد"):
    the break fell inside a phrase. Such a line ("العزيز، خلال كلمته في القمة ...") says nothing
    whole on its own, and other outlets tell what it tells in whole sentences.
    """
    line_start = source.rfind("\n", 0, start) + 1
    if line_start == 0 or source[line_start:start].strip():
        return False
    end = line_start - 1
    above_start = source.rfind("\n", 0, end) + 1
    while not source[above_start:end].strip() and above_start > 0:
        end = above_start - 1
        above_start = source.rfind("\n", 0, end) + 1
    above = source[above_start:end]
    if unfinished(above) != "no-final-stop":
        return False
    words = letter_tokens(above)
    below = letter_tokens(source[start : start + 80])
    if not words or not below:
        return False
    prose = len(words) >= CUT_LINE_WORDS or (words[0][:1] in ("و", "ف") and len(words[0]) > 3)
    return prose and (words[-1], below[0]) in pairs


# A list item's mark at the start of a line: bullets, and a dash or star followed by a space.
_LIST_MARK = re.compile(r"[ \t]*(?:[•▪◾●◦·]|[-–*][ \t])")


def introduced_item(source: str, start: int) -> bool:
    """Is the line at ``start`` of ``source`` an item of a list that a line ending in ":"
    introduces, so that it says nothing alone? "ذكر أردوغان في خطاب الفوز:" then "• أعتقد أن
    الحزب سيحاسب ...": who "I" is, only the introduction says. The line is a list item ("• ...",
    "- ...") under that line or under a run of such items below it. A paragraph after a colon
    is not judged so: a dateline ("وكالات - عواصم:") ends with one before the article's lead.
    """
    line_start = source.rfind("\n", 0, start) + 1
    mark = _LIST_MARK.match(source, line_start)
    if mark is None or source[mark.end() : start].strip():
        return False  # not a list item, or not its first sentence
    return line_start in _introduced_lines(source)


# A quotation's opening mark at the start of a line.
_QUOTE_OPENS = re.compile(r"[ \t]*[“«\"]")


def introduced_quote(source: str, start: int) -> bool:
    """Is the sentence at ``start`` of ``source`` the opening of a quotation whose speaker is the line
    above, ending in ":" ("وقال المتحدث باسم الحزب:" then "“النتيجة لا تقلقنا ...”")? Who
    speaks only that line says. The sentence opens its line with a quotation mark, and the last
    line before it that is not blank ends with ":". A lead after a dateline ("وكالات - عواصم:")
    opens with no quotation mark."""
    line_start = source.rfind("\n", 0, start) + 1
    mark = _QUOTE_OPENS.match(source, line_start)
    if mark is None or source[mark.end() : start].strip(' \t“«"'):
        return False  # no quotation opens the line, or the sentence is not its first
    above = source[:line_start].rstrip()
    return above.endswith(":")


@lru_cache(maxsize=16)
def _introduced_lines(source: str) -> frozenset[int]:
    """Where the introduced list items of ``source`` begin, found in one pass over its lines (each
    item asking on its own would walk back over the whole list: quadratic in a long one)."""
    out: set[int] = set()
    introduced = False  # under a line ending in ":", through blank lines and list items
    position = 0
    for line in source.split("\n"):
        if line.strip():
            if _LIST_MARK.match(line):
                if introduced:
                    out.add(position)
            else:
                introduced = line.rstrip().endswith(":")
        position += len(line) + 1
    return frozenset(out)


def is_tail_fragment(text: str) -> bool:
    """Is ``text`` the tail of another sentence naming its source, cut off by a stray full stop
    ("حسبما أفاد موقع الجزيرة على الإنترنت.")? It opens with a word of
    ``resources/ar/attribution_tails.txt`` and holds no comma: no main clause follows the tail."""
    if any(c in text for c in "،,"):
        return False
    return _opens_with(text.lstrip(), "ar/attribution_tails.txt") or _relative_tail(text)


# A relative tail has at most this many words ("في عملية تبناها تنظيم داعش الإرهابي.").
RELATIVE_TAIL_MAX_WORDS = 8


@lru_cache(maxsize=1)
def _relative_rows() -> dict[str, tuple[str, ...]]:
    """``resources/ar/relative_tails.txt``: kind -> its words, normalized."""
    rows: dict[str, tuple[str, ...]] = {}
    for line in load_word_list("ar/relative_tails.txt"):
        kind, words = line.split("|", 1)
        rows[kind.strip()] = tuple(normalize(w) for w in words.split())
    return rows


def _relative_tail(text: str) -> bool:
    """Is ``text`` (no comma) only a prepositional phrase and its relative clause, the end of the
    sentence before it: a short sentence with no figure opening with a preposition of
    ``resources/ar/relative_tails.txt`` (behind و), an indefinite noun and a verb whose object
    pronoun points back at it ("في عملية تبناها تنظيم داعش.")?"""
    if any(ch.isdigit() for ch in text):
        return False
    words = letter_tokens(text)
    if not 3 <= len(words) <= RELATIVE_TAIL_MAX_WORDS:
        return False
    rows = _relative_rows()
    first = words[0][1:] if words[0].startswith("و") and len(words[0]) > 1 else words[0]
    if first not in rows["prepositions"] or words[1].startswith("ال"):
        return False
    verb = words[2]
    return (
        len(verb) >= 4
        and verb not in rows["not_verbs"]
        and not verb.startswith("ال")
        and any(verb.endswith(e) for e in rows["endings"])
    )


def _line_around(source: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the line(s) that hold ``source[start:end]``."""
    line_end = source.find("\n", end)
    return source.rfind("\n", 0, start) + 1, len(source) if line_end < 0 else line_end


def stands_alone(source: str, start: int, end: int, prose: Sequence[tuple[int, int]]) -> bool:
    """Is ``source[start:end]`` a short line standing alone among no prose, a headline repeated on
    the page ("زلزال يضرب جنوب البلاد بقوة 7,8." between a section's name and a share button)?

    True when the text fills its line, has at most :data:`ALONE_MAX_WORDS` words, is not the
    text's first line (that is the article's own title, which may name the story: MultiLing's
    articles open with theirs, a full stop after it) and neither the nearest non-blank line above
    nor the one below holds any of ``prose`` (the spans of the page's sentences, in order): only titles,
    removed junk or the page's end surround it. Its ending does not matter: pages put full stops
    after headlines too.
    """
    line_start, line_end = _line_around(source, start, end)
    if source[line_start:start].strip() or source[end:line_end].strip():
        return False
    if len(source[start:end].split()) > ALONE_MAX_WORDS:
        return False
    above_end = line_start
    while above_end > 0 and source[above_end - 1].isspace():  # no copy of a long page's text
        above_end -= 1
    if not above_end:  # the text's first line is its own title, which may name the story
        return False
    above = _line_around(source, above_end, above_end)
    below_start = line_end
    while below_start < len(source) and source[below_start].isspace():
        below_start += 1
    below = _line_around(source, below_start, below_start) if below_start < len(source) else None
    around = [above] if below is None else [above, below]
    return not any(_overlaps(prose, a, b) for a, b in around)


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Does any of ``spans`` (sorted, not overlapping one another) overlap ``start:end``?"""
    k = bisect_left(spans, (end, -1))  # the first span starting at ``end`` or later
    return k > 0 and spans[k - 1][1] > start


@lru_cache(maxsize=1)
def _analyzer() -> Analyzer:
    return Analyzer(stem=True)


def glued_headline(text: str) -> bool:
    """Is ``text`` a headline run into its lead, with no stop or line break between them ("كوربين
    لن يقود حزب العمال في الانتخابات المقبلة قال زعيم حزب العمال جيريمي كوربين إنه لن يقود ...")?

    True when, after a head of :data:`GLUED_HEAD_MIN_WORDS` to :data:`GLUED_HEAD_MAX_WORDS` words,
    a lead opens with a bare perfect verb of ``resources/ar/lead_verbs.txt`` ("قال", "تأهل": no و,
    no punctuation before it, not even a comma: "زلزال ... يهز تركيا، ضرب زلزال في تركيا ..." is
    told twice, but as a sentence, and carries the lead's facts), the head neither ends nor opens with a word of
    ``resources/ar/clause_joiners.txt`` (after "الذي", "كان", "قد" or "وفي أول تصريح له،" a verb
    goes on with the same sentence) and the lead's next :data:`GLUED_LEAD_WORDS` words restate at
    least :data:`GLUED_RESTATED_SHARE` of the head's content words (at least
    :data:`GLUED_HEAD_MIN_TERMS` of them; stems compared, "الأرجنتين" and "الأرجنتيني" alike).
    Meant for a page's first sentence, where a headline stands (docs/quality.md, thirteenth pass).
    """
    words = text.split()
    last = min(GLUED_HEAD_MAX_WORDS, len(words) - 1)
    return any(_glued_at(words, k) for k in range(GLUED_HEAD_MIN_WORDS, last + 1))


def _glued_at(words: Sequence[str], k: int) -> bool:
    """Does a lead open at word ``k`` of ``words`` that restates the head before it?"""
    before = words[k - 1]
    if not before[-1].isalnum():  # a head ending in a stop, comma, colon or quote
        return False
    if normalize(words[k]) not in normalized_words("ar/lead_verbs.txt"):
        return False
    joiners = normalized_words("ar/clause_joiners.txt")
    if normalize(before) in joiners or normalize(words[0]) in joiners:
        return False
    analyzer = _analyzer()
    head = analyzer.content_terms(" ".join(words[:k]))
    if len(head) < GLUED_HEAD_MIN_TERMS:
        return False
    lead = analyzer.content_terms(" ".join(words[k : k + GLUED_LEAD_WORDS]))
    restated = sum(any(_same_stem(h, t) for t in lead) for h in head)
    return restated >= GLUED_RESTATED_SHARE * len(head)


def _same_stem(a: str, b: str) -> bool:
    """Are the stems ``a`` and ``b`` one word's: equal, or one the other with at most two letters
    more at one end ("ارجنت" / "ارجنتين", "تاهل" / "تتاهل")?"""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and len(long) - len(short) <= 2 and (long.startswith(short) or long.endswith(short))


def after_media_label(label: str, text: str) -> int:
    """Where the article's lead opens in ``text``, the sentence after ``label`` on its line, when
    ``label`` is a label of ``resources/ar/media_labels.txt`` ("بالفيديو..") and ``text`` runs a
    related item's headline into the lead: the first bare verb of ``resources/ar/lead_verbs.txt``
    after :data:`GLUED_HEAD_MIN_WORDS` to :data:`GLUED_HEAD_MAX_WORDS` words of headline
    ("سامي علي: افتتاح المعرض ... الدولي وصل الوزير ..."); 0 when there is none."""
    if normalize(label.strip().rstrip(".:…- ")) not in normalized_words("ar/media_labels.txt"):
        return 0
    verbs = normalized_words("ar/lead_verbs.txt")
    for k, m in enumerate(re.finditer(r"\S+", text)):
        if k > GLUED_HEAD_MAX_WORDS:
            break
        if k >= GLUED_HEAD_MIN_WORDS and normalize(m.group()) in verbs and text[: m.start()].rstrip()[-1:].isalnum():
            return m.start()
    return 0


def exclaimed_headline(text: str) -> bool:
    """Is ``text`` a short line ending in "!" ("الوزير يعود من الباب الخلفي!"), as an
    editorial headline is written, at most :data:`GLUED_HEAD_MAX_WORDS` words? Meant for a page's
    first sentence (:func:`opens_page`): there it is the page's headline run into its lead with a
    "!" between them; news prose tells the event without one."""
    return text.rstrip().rstrip("\"'”»").endswith("!") and len(text.split()) <= GLUED_HEAD_MAX_WORDS


def opens_page(source: str, start: int, prose: Sequence[tuple[int, int]]) -> bool:
    """Is the sentence at ``start`` of ``source`` where a page's headline stands: its first
    sentence, or the first of a paragraph with no finished sentence (:func:`unfinished`) above it,
    only lines such as a section's name or a date? ``prose``: the spans of the page's sentences,
    in order."""
    k = bisect_left(prose, (start, -1))
    if k == 0:
        return True
    if "\n" not in source[prose[k - 1][1] : start]:
        return False
    return all(unfinished(source[a:b]) is not None for a, b in prose[:k])
