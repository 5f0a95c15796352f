"""Story labels that read as headlines.

A story's label is its central article's title when the feed gives one (of ``MIN_WORDS`` words or
more, which the cleaner keeps whole), else the first *finished*
sentence of its text (ending in ".", "!", "?" or "؟", of at least ``MIN_WORDS`` words), trimmed to
``LABEL_WORDS`` words. The text is read through the cleaner (:func:`khulasa.text.clean.clean_document`
and the patterns of ``resources/ar/junk.tsv``), so share bars, datelines and agency tags opening a
paragraph are gone; and only paragraphs count, so a site section ("سياسة عربية"), a breadcrumb
("الرئيسية > محليات > …"), a date line or a byline, which are short lines without a final stop,
never are a label. When no article of the story has a finished sentence, the first paragraph is
cut instead, and only then the first line.

An article's own name in a list (the desk's article lines: :func:`article_headline`) is read by
the same cleaner, less a site's lines (:func:`repeated_lines`: a tagline its outlet repeats).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from khulasa.text.clean import Block, clean_document, drop_headline_run, judge_line, opens_lead
from khulasa.text.finished import is_breadcrumb
from khulasa.text.normalize import letter_counts, normalize, normalized_words
from khulasa.types import Document

__all__ = [
    "LABEL_TRIES",
    "LABEL_WORDS",
    "MIN_WORDS",
    "article_headline",
    "first_sentence",
    "repeated_lines",
    "story_label",
    "trim",
]

# A label is a headline, not a paragraph.
LABEL_WORDS = 14
# Fewer words than this is a credit ("سبوتنيك.") or a fragment, not the sentence that tells the news.
MIN_WORDS = 4
# Members read for a label (the central one first) when the central article has no finished sentence.
LABEL_TRIES = 10
# A sentence ends in a stop followed by a space or the end ("7.4" is a number, not an end).
_SENTENCE_END = re.compile(r"[.!?؟]+(?=\s|$)")


def trim(text: str, max_words: int = LABEL_WORDS) -> str:
    """``text`` on one line, cut to ``max_words`` words (with "…" when cut)."""
    words = text.split()
    return " ".join(words) if len(words) <= max_words else " ".join(words[:max_words]) + " …"


def _paragraphs(doc: Document) -> list[str]:
    """The cleaned paragraphs of ``doc``, past a first line that is a run of other articles'
    headlines (text.clean.drop_headline_run), less an outlet's own credit after a dateline
    (:func:`_cleaned`)."""
    text, blocks = _cleaned(doc)
    return [text[b.start : b.end] for b in blocks if b.kind == "paragraph"]


# Removals after which a block opens where a dateline was ("تونس -", "بغداد/").
_DATELINE_REASONS = frozenset({"dateline", "agency-prefix"})
# An outlet's credit after a dateline has one to this many words.
CREDIT_WORDS = 3
_DASH = "–—-"  # the hyphen last: no range in a character class


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """Outlets' and agencies' names (normalized) a page writes as its credit after its dateline:
    ``resources/ar/outlet_names.txt`` and ``resources/ar/dateline_credits.txt``."""
    return normalized_words("ar/outlet_names.txt") | normalized_words("ar/dateline_credits.txt")


def _cleaned(doc: Document) -> tuple[str, list[Block]]:
    """``doc``'s text past a run of other articles' headlines (text.clean.drop_headline_run) and
    its kept blocks, a block opening where the cleaner dropped a dateline starting past the
    outlet's own credit closed by a dash (:func:`_credit_end`: "تونس - الشروق العربي - حلت ...",
    whose two definite words the cleaner keeps as no reporter's byline). Labels only: the
    summarizer reads the cleaner's blocks."""
    text = drop_headline_run(doc.text)
    blocks, removals = clean_document(doc if text is doc.text else replace(doc, text=text))
    out = []
    for block in blocks:
        after_dateline = any(
            r.reason in _DATELINE_REASONS and r.end <= block.start and not text[r.end : block.start].strip()
            for r in removals
        )
        cut = _credit_end(text, block.start, block.end, doc.source) if after_dateline else block.start
        out.append(block if cut == block.start else replace(block, start=cut))
    return text, out


def _credit_end(text: str, start: int, end: int, source: str | None) -> int:
    """Where the words of ``text[start:end]`` begin past an outlet's credit: the one to
    ``CREDIT_WORDS`` words before its first dash, followed by more words, that are a name of
    :func:`_outlet_names` or the document's own ``source``; else ``start``. "فاز الرئيس المصري -
    عبد الفتاح ..." names no outlet and stays."""
    credit = _CREDIT.match(text, start, end)
    if credit is None:
        return start
    name = normalize(credit.group("name"))
    own = normalize(" ".join(source.split())) if source else ""
    return credit.end() if name in _outlet_names() or name == own else start


# Up to CREDIT_WORDS words with no dash, a dash and the sentence's first word.
_CREDIT = re.compile(
    rf"(?P<name>[^\s{_DASH}]+(?:[ \t]+[^\s{_DASH}]+){{0,{CREDIT_WORDS - 1}}})[ \t]*[{_DASH}]+\s+(?=\S)"
)


def _reads_as_headline(title: str) -> bool:
    """A title of MIN_WORDS words or more that the cleaner keeps whole: a feed whose "title" is
    the page's section ("سياسة عربية") or a dateline ("أخبار عربية – الرياض") gets a sentence."""
    verdict = judge_line(title.strip())
    words = [w for w in title.split() if any(c.isalnum() for c in w)]
    return len(words) >= MIN_WORDS and not verdict.drops and bool(verdict.pieces)


def first_sentence(doc: Document) -> str | None:
    """The first finished sentence of ``doc``'s cleaned paragraphs, or None."""
    for paragraph in _paragraphs(doc):
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            sentence = paragraph[start : match.end()].strip()
            start = match.end()
            if len(sentence.split()) >= MIN_WORDS:
                return sentence
    return None


def story_label(docs: Iterable[Document]) -> str:
    """The label of a story whose articles are ``docs``, central one first (see the module)."""
    docs = list(docs)
    if docs and docs[0].title and _reads_as_headline(docs[0].title):
        return trim(docs[0].title)
    for doc in docs:
        sentence = first_sentence(doc)
        if sentence is not None:
            return trim(sentence)
    for doc in docs:
        paragraphs = _paragraphs(doc)
        if paragraphs:
            return trim(paragraphs[0])
    return trim(docs[0].text.strip().split("\n", 1)[0]) if docs else ""


def article_headline(doc: Document, boilerplate: Collection[str] = ()) -> str:
    """How an article is named in a list of articles (the desk's page and ``desk story``): its
    title when the feed gives one, as given, on one line; else the first line of its cleaned text
    (:func:`khulasa.text.clean.clean_document`, the cleaner the summarizer reads, past a run of
    other articles' headlines) of ``MIN_WORDS`` words or more, mostly Arabic letters and no
    breadcrumb (:func:`_names_an_article`), to its first
    sentence end: a page's headline line, else its lead's first sentence. A line or a part of one
    the cleaner drops ("date 2022-07", an English label, a share bar, a dateline) never names it,
    and a short line (a section name, a masthead) names it only when nothing else is left. Trimmed
    to ``LABEL_WORDS`` words; "" for an article with no text and no title.

    A site's own line never names an article when another line can (:func:`_site_line`): a line
    of ``boilerplate`` (the lines its outlet repeats across its pages, :func:`repeated_lines`: a
    tagline), a line naming the outlet (``doc.source``) with no final stop, and a masthead's
    credit ("جو 24 :") or a title's " - site" / " | site" tail is cut off the line
    (:func:`_without_site`). A first line wrapped at a fixed width ("أصدرت هيئة محلفين حكما
    بالإعدام بحق" over the rest of the sentence, lines of one width) is read on to its sentence's
    end (:func:`_wrapped_on`)."""
    if doc.title and doc.title.strip():
        return _without_site(" ".join(doc.title.split()))
    text, blocks = _cleaned(doc)
    lines = [_without_site(_wrapped_on(text, blocks, i)) for i in range(len(blocks))]
    lines = [line for line in lines if line] or [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    seen = {_plain(x) for x in boilerplate}
    named = [x for x in lines if _names_an_article(x)]
    own = [x for x in named if not _site_line(x, doc.source, seen)]
    line = _named_by_address(own, doc.url) or (own or named or lines or [""])[0]
    # Two dots or more inside a headline are its pause ("انشطرت نصفين.. سقوط طائرة"), not its end.
    end = next((m for m in _SENTENCE_END.finditer(line) if not m.group().startswith("..")), None)
    return trim(line[: end.end()] if end else line)


# A wrapped first line is read on through at most this many lines below it, each at most this
# many times its length (fixed-width text: a headline over a long lead is no wrap).
WRAP_LINES = 3
WRAP_SPREAD = 1.5
# A title's site tail ("... - جو 24", "... | الجزيرة نت") has at most this many words.
SITE_TAIL_WORDS = 3
_SITE_TAIL = re.compile(r"\s+[-–—|]\s+(?P<tail>[^-–—|]+)$")
# A masthead's credit on its own line below the headline: a short line ending in a colon.
_CREDIT_LINE = re.compile(r"^\S+(?:\s+\S+){0,2}\s*:$")


def _wrapped_on(text: str, blocks: list[Block], i: int) -> str:
    """Block ``i`` of ``text`` on one line; a block with no sentence end whose next lines, right
    below (no blank line between), are no longer than ``WRAP_SPREAD`` times it and reach a
    sentence's end within ``WRAP_LINES`` lines, none opening a sentence of its own (a lead verb),
    is a sentence wrapped at a fixed width and is read on to that end (the cleaner joins such a
    run only when each line above the last has ``WRAP_MIN_WORDS`` words)."""
    first = text[blocks[i].start : blocks[i].end]
    line = " ".join(first.split())
    if "\n" in first.strip():  # the cleaner's own paragraph: its lines kept for _without_site
        return "\n".join(" ".join(r.split()) for r in first.split("\n") if r.strip())
    if not line or _SENTENCE_END.search(line):
        return line
    width = len(first.strip())
    parts = [line]
    for j in range(i + 1, min(i + 1 + WRAP_LINES, len(blocks))):
        gap = text[blocks[j - 1].end : blocks[j].start]
        below = text[blocks[j].start : blocks[j].end].strip()
        rows = below.split("\n")  # a block the cleaner joined: its own wrapped lines
        if gap.count("\n") != 1 or gap.strip() or any(len(r.strip()) > WRAP_SPREAD * width for r in rows):
            return line
        if opens_lead(below, parts[-1]):
            return line
        parts.append(" ".join(below.split()))
        if _SENTENCE_END.search(below):
            return " ".join(parts)
    return line


def _without_site(line: str) -> str:
    """``line`` without a site's tail: a last line that is a masthead's credit ("... المنكوبة\nجو 24
    :", the cleaner ends a paragraph at its colon) or a title's " - site" / " | site" tail (twice:
    " | section - site") of at most
    ``SITE_TAIL_WORDS`` words after a head of ``MIN_WORDS`` words or more (a score's "2 - 1" is
    no tail: a dash between digits stays)."""
    rows = [r.strip() for r in line.split("\n") if r.strip()]
    while len(rows) > 1 and _CREDIT_LINE.match(rows[-1]):
        rows.pop()
    line = " ".join(" ".join(rows).split())
    if is_breadcrumb(line):  # a trail ("... | أخبار | DW | 16.05.2015") names no article: left whole
        return line
    for _ in range(2):  # "... | section - site"
        tail = _SITE_TAIL.search(line)
        if tail is None:
            break
        words = tail.group("tail").split()
        head = line[: tail.start()]
        if not (
            len(words) <= SITE_TAIL_WORDS
            and len(head.split()) >= MIN_WORDS
            and (tail.group().strip()[0] == "|" or not (words[0][:1].isdigit() or head.split()[-1][-1:].isdigit()))
        ):
            break
        line = head
    return line


# The address's words (its slug) that a line must hold to be the headline the address names, and
# that the first line may hold at most to be passed over for it (a tagline, a site's line).
SLUG_MIN_WORDS = 3
SLUG_NAMES = 2 / 3
SLUG_MISSES = 1 / 3
_SLUG_SPLIT = re.compile(r"[-_+\s]+")


def _slug_words(url: str | None) -> list[str]:
    """The Arabic words of ``url``'s slug (its path's part with the most Arabic words, as
    ".../الاعدام-لجوهر-تسارناييف-المدان-بتفجير-ماراتون-بوسطن/41433974"), normalized; a slug cut
    short by the site ends in part of a word, kept as a prefix."""
    if not url:
        return []
    best: list[str] = []
    for part in urlsplit(url).path.split("/"):
        words = [normalize(w) for w in _SLUG_SPLIT.split(unquote(part)) if w]
        words = [w for w in words if len(w) > 1 and all("\u0621" <= c <= "\u064a" for c in w)]
        if len(words) > len(best):
            best = words
    return best


def _slug_share(line: str, slug: list[str]) -> float:
    """The share of the address's ``slug`` words (:func:`_slug_words`) that ``line`` holds, its last
    word as a prefix (a slug the site cut short)."""
    words = set(normalize(line).split())
    hit = sum(w in words for w in slug[:-1]) + any(x.startswith(slug[-1]) for x in words)
    return hit / len(slug)


def _named_by_address(lines: list[str], url: str | None) -> str | None:
    """The line the article's address names when the first line is not it: an address whose slug
    has ``SLUG_MIN_WORDS`` Arabic words or more, a first line with no sentence end holding at most
    ``SLUG_MISSES`` of them (a site's tagline: "مستجدات ورؤى سويسرية بعشر لغات", a photo's caption;
    a lead's sentence stands) and a later one of the first
    ``HEAD_LINES`` holding ``SLUG_NAMES`` or more; else None (the first line stands)."""
    slug = _slug_words(url)
    if len(slug) < SLUG_MIN_WORDS or not lines or _SENTENCE_END.search(lines[0]):
        return None
    if _slug_share(lines[0], slug) > SLUG_MISSES:
        return None
    return next((x for x in lines[1:HEAD_LINES] if _slug_share(x, slug) >= SLUG_NAMES), None)


def _plain(line: str) -> str:
    """``line`` normalized on one line: how lines of an outlet's pages are compared (:func:`repeated_lines`)."""
    return normalize(" ".join(line.split()))


def _site_line(line: str, outlet: str | None, boilerplate: Collection[str]) -> bool:
    """Is ``line`` the site's, not the article's: one its outlet repeats across its pages
    (``boilerplate``, normalized), or one naming the outlet, with no final stop ("مجلة الأسبوع ..
    أخبار ورؤى")?"""
    plain = _plain(line)
    if plain in boilerplate or _plain(_without_site(line)) in boilerplate:
        return True
    name = _plain(outlet or "")
    if not name or _SENTENCE_END.search(line):
        return False
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", plain) is not None


# Lines read at the head of an outlet's page for :func:`repeated_lines`.
HEAD_LINES = 6


def repeated_lines(texts: Iterable[str], head: int = HEAD_LINES) -> frozenset[str]:
    """The lines (normalized, on one line) found among the first ``head`` lines of two or more of
    ``texts`` (one outlet's articles): a site's tagline, masthead or menu, not an article's."""
    counts: dict[str, int] = {}
    for text in texts:
        firsts = [y for y in text.split("\n") if y.strip()][:head]
        for x in {_plain(y) for y in firsts} | {_plain(_without_site(y)) for y in firsts}:
            counts[x] = counts.get(x, 0) + 1
    return frozenset(x for x, n in counts.items() if n >= 2)


def _names_an_article(line: str) -> bool:
    """Can a line of an article's cleaned text name it: ``MIN_WORDS`` words or more, more Arabic
    letters than others (a site's English navigation, "1. Navigation", names no Arabic article),
    no breadcrumb ("الرئيسية > أخبار > محليات") and no numbered menu item ("1. تخطي إلى المحتوى")?"""
    arabic, letters = letter_counts(line)
    return (
        len(line.split()) >= MIN_WORDS
        and 2 * arabic > letters
        and not is_breadcrumb(line)
        and _MENU_ITEM.match(line) is None
    )


# A numbered menu's item ("1. تخطي إلى المحتوى", "3) اتصل بنا"), no article's headline.
_MENU_ITEM = re.compile(r"^[0-9٠-٩]{1,2}[.)]\s")
