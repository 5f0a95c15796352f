"""Boilerplate removal for scraped news: find junk, record it, never rewrite the article.

The cleaner works on lines (paragraphs). It returns the spans of text worth reading, split into
body paragraphs and headings, and a :class:`Removal` for everything it dropped, so that callers can
show what was removed and why. Patterns live in ``resources/ar/junk.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khulasa.resources import load_word_list, read_resource
from khulasa.text.normalize import normalize, normalized_words
from khulasa.types import Document, Removal

# A line ending in one of these is prose, not a heading.
SENTENCE_FINAL = ".!?؟…:\"'”»)"
HEADING_MAX_WORDS = 20
# A question line this short, with no other sentence on it, is a subheading.
QUESTION_HEADING_MAX_WORDS = 10
# A line this long without final punctuation, followed directly by another line, may be hard-wrapped.
WRAP_MIN_WORDS = 6
# A line opening with one of these continues the line above (a hard-wrapped sentence).
CONTINUING = "،,؛;"
WRAP_MIN_WIDTH_SHARE = 0.6
# Text wrapped at a fixed width (:func:`wrap_width`): at least this many wrapped paragraphs that end
# a sentence, and this share of their lines before the last within this share of the median length ...
WRAP_MIN_RUNS = 3
WRAP_SHARE = 0.8
WRAP_SPREAD = 0.15
# ... and there, a run of at least this many such full lines is a paragraph whatever its last line.
WRAP_MIN_FULL_LINES = 2
# Closing quotes and brackets: a line ending in one ends a sentence only if a stop comes before it.
CLOSING_MARKS = "\"'”»)"
# Marks that end a sentence before a closing quote ("... قال.»").
STOP_MARKS = ".!?؟…"
# Text that puts each paragraph's first word alone on its line (:func:`lone_word_layout`): at least
# this many such lines, and at least this share of the lines that open a paragraph.
LONE_MIN_LINES = 3
LONE_SHARE = 0.5
TATWEEL = "\u0640"  # the drawing-out stroke, no letter
# A first line this long with no comma and no final stop, followed by more lines, is a run of other
# articles' headlines (a page's ticker), not the article's title or lead (see drop_headline_run).
HEADLINE_RUN_MIN_WORDS = 40


@dataclass(frozen=True, slots=True)
class JunkPattern:
    """One junk pattern: its scope (line, inline or lead), reason and regex."""

    scope: str  # "line", "inline" or "lead"
    reason: str
    regex: re.Pattern[str]
    # Lower-case text every match contains: a line without it is not searched (speed only).
    needs: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """A kept stretch of a document: ``kind`` is "paragraph" or "heading"."""

    start: int
    end: int
    kind: str


@lru_cache(maxsize=1)
def junk_patterns() -> tuple[JunkPattern, ...]:
    """The junk patterns of ``resources/ar/junk.tsv``."""
    patterns = []
    for n, line in enumerate(read_resource("ar/junk.tsv").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        scope, reason, regex, *rest = line.split("\t")
        if scope not in ("line", "inline", "lead"):
            raise ValueError(f"junk.tsv line {n}: unknown scope {scope!r}")
        flags = re.IGNORECASE
        if scope == "lead":
            # Matched with pattern.match(text, pos): "^" would only hold at the string's start.
            regex = regex.removeprefix("^")
        elif scope == "inline":
            flags |= re.MULTILINE
        patterns.append(JunkPattern(scope, reason, re.compile(regex, flags), rest[0] if rest else ""))
    return tuple(patterns)


@lru_cache(maxsize=1)
def attribution_words() -> frozenset[str]:
    """Normalized reporting words ("قال", "أضاف") from the resources."""
    return frozenset(normalize(w) for w in load_word_list("ar/attribution.txt"))


def is_attribution_word(norm: str) -> bool:
    """Is ``norm`` (a normalized word) a reporting word of ``resources/ar/attribution.txt``, alone or
    behind و / ف ("وقال", "فأضاف")?"""
    words = attribution_words()
    return norm in words or (norm[:1] in "وف" and norm[1:] in words)


def _is_attribution(prefix: str) -> bool:
    # \w runs, not letter_tokens: a word glued to a digit or "_" stays whole here (kept as it was;
    # switching would change which datelines are cut in such text).
    return any(is_attribution_word(token) for token in re.findall(r"\w+", normalize(prefix)))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def drop_headline_run(text: str) -> str:
    """``text`` without its first line when that line is a run of other articles' headlines (a
    site's ticker pasted before the article): HEADLINE_RUN_MIN_WORDS words or more, no comma
    (CONTINUING), no final stop (SENTENCE_FINAL), and more text after it. A title is shorter, and a
    lead paragraph of that length has a comma or a stop at its end; a text of one line is kept."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    line = first.strip()
    if (
        not sep
        or not rest.strip()
        or len(line.split()) < HEADLINE_RUN_MIN_WORDS
        or line[-1] in SENTENCE_FINAL
        or any(c in line for c in CONTINUING)
    ):
        return text
    return rest.lstrip("\n")


def is_heading(line: str) -> bool:
    """Short lines without final punctuation are titles, section heads or captions; so is a short
    question standing alone on its line ("لماذا انتهت القمة بلا اتفاق؟"), a common subheading."""
    stripped = line.strip()
    if not stripped:
        return False
    if stripped[-1] in "?؟":
        body = stripped.rstrip("?؟ ")
        return len(stripped.split()) <= QUESTION_HEADING_MAX_WORDS and not any(c in body for c in '.!?؟:«»"')
    if stripped[-1] in SENTENCE_FINAL:
        return False
    return len(stripped.split()) <= HEADING_MAX_WORDS


def _continues(text: str, prev: Block, nxt: Block, width: int | None = None, lone: bool = False) -> bool:
    """Does line ``prev`` go on in line ``nxt`` right below it? ``width``: the document's wrap
    width (:func:`wrap_width`), if it is fixed-width text; ``lone``: the document puts each
    paragraph's first word alone on its line (:func:`lone_word_layout`)."""
    gap = text[prev.end : nxt.start]
    line = text[prev.start : prev.end].rstrip()
    if gap.count("\n") != 1 or gap.strip():
        return False
    if line[-1:] in SENTENCE_FINAL and not _cut_at_mark(line, width):
        return False
    # No line of prose opens with a comma: one that does goes on from the line above, however short.
    if text[nxt.start : nxt.start + 1] in CONTINUING:
        return True
    # In text that puts words alone on lines, a word alone goes on in the line below.
    if lone and len(line.split()) == 1:
        return True
    if width is None and opens_lead(text[nxt.start : nxt.end], line):
        return False
    # Wrapped lines fill the width: a short title above a long paragraph is not one of them.
    return len(line.split()) >= WRAP_MIN_WORDS and len(line) >= WRAP_MIN_WIDTH_SHARE * (nxt.end - nxt.start)


# A proclitic conjunction before a lead verb ("وأعلنت", "فقال").
_CONJUNCTION = re.compile(r"^[وف](?=\w{2})")


def opens_lead(below: str, line: str) -> bool:
    """Does ``below``, the line under ``line`` (which has no final stop), open a sentence of its own: its
    first word a perfect verb of ``resources/ar/lead_verbs.txt``, bare or after و/ف ("رفض الكولومبيون
    ...", "ونقلت وكالة ..."), while ``line`` ends neither in a comma nor in a word after which a verb goes
    on with the same sentence (``resources/ar/clause_joiners.txt``: "الذي", "قد")? Then ``line`` is a
    caption, a headline or a paragraph's last line left without its stop, not a line wrapped inside a
    sentence (page text, not fixed-width: docs/quality.md, twenty-third session). Also read by
    :func:`khulasa.stories.labels.article_headline`, which reads a wrapped first line on to its end."""
    words = below.split(maxsplit=1)
    last = line.split()[-1:] if line.strip() else []
    if not words or not last or last[0][-1] in CONTINUING:
        return False
    if normalize(last[0]) in normalized_words("ar/clause_joiners.txt"):
        return False
    verbs = normalized_words("ar/lead_verbs.txt")
    first = normalize(words[0])
    return first in verbs or _CONJUNCTION.sub("", first) in verbs


def _cut_at_mark(line: str, width: int | None) -> bool:
    """Was ``line``, ending in a closing quote or a colon, cut there by the wrap of fixed-width text
    (``width``): it fills the width and no stop comes before its closing marks, so the quote closed
    a name ("... من مطار “المدينة”" over "الدولي، ...") or the colon opens what the next line says?"""
    if width is None or len(line) < (1 - WRAP_SPREAD) * width:
        return False
    if line.endswith(":"):
        return True
    bare = line.rstrip(CLOSING_MARKS)
    return bare != line and bare[-1:] not in STOP_MARKS


def lone_word_layout(text: str, blocks: list[Block]) -> bool:
    """Does the document put each paragraph's first word alone on its line ("وقال" over "المتحدث
    إن ...")? At least :data:`LONE_MIN_LINES` lines of one word without a stop, each opening a
    paragraph (first, after a blank line, or right under a line that ends a sentence) with a line of
    :data:`WRAP_MIN_WORDS` words or more right below, and they are :data:`LONE_SHARE` or more of the
    lines that open a paragraph. A heading of one word over its text is a single line, not a layout."""
    openers = lone = 0
    for i, block in enumerate(blocks):
        # A line opens a paragraph first, after a blank line, or right under a sentence's end.
        if i and text[blocks[i - 1].end : block.start].count("\n") == 1 and not _ends_sentence(text, blocks[i - 1]):
            continue
        openers += 1
        line = text[block.start : block.end]
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            len(line.split()) == 1
            and line.rstrip()[-1:] not in SENTENCE_FINAL
            and below is not None
            and text[block.end : below.start].count("\n") == 1
            and not text[block.end : below.start].strip()
            and len(text[below.start : below.end].split()) >= WRAP_MIN_WORDS
        ):
            lone += 1
    return lone >= LONE_MIN_LINES and lone >= LONE_SHARE * openers


def _runs(text: str, blocks: list[Block], width: int | None = None, lone: bool = False) -> list[list[Block]]:
    """``blocks`` in runs of consecutive lines, each line but a run's last going on in the next."""
    runs: list[list[Block]] = []
    for block in blocks:
        if runs and _continues(text, runs[-1][-1], block, width, lone):
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


def _ends_sentence(text: str, block: Block) -> bool:
    return text[block.start : block.end].rstrip()[-1:] in SENTENCE_FINAL


def wrap_width(text: str, runs: list[list[Block]]) -> int | None:
    """The width a document is wrapped at, when it is fixed-width text (as EASC's articles are):
    :data:`WRAP_MIN_RUNS` runs or more that end a sentence, and of their lines before the last,
    :data:`WRAP_SHARE` or more within :data:`WRAP_SPREAD` of their median length (the width).
    None for any other text: a page's paragraphs are not cut to one width."""
    wrapped = [r for r in runs if len(r) > 1 and _ends_sentence(text, r[-1])]
    if len(wrapped) < WRAP_MIN_RUNS:
        return None
    widths = sorted(b.end - b.start for r in wrapped for b in r[:-1])
    width = widths[len(widths) // 2]
    near = sum(abs(w - width) <= WRAP_SPREAD * width for w in widths)
    return width if near >= WRAP_SHARE * len(widths) else None


def _wrapped_paragraph(text: str, run: list[Block], width: int | None) -> bool:
    """Is ``run`` one hard-wrapped paragraph: its last line ends a sentence, or the document is
    wrapped at ``width`` and :data:`WRAP_MIN_FULL_LINES` lines or more before the last fill it (a
    writer's paragraph may end without its full stop)?"""
    if len(run) < 2:
        return False
    if _ends_sentence(text, run[-1]):
        return True
    if width is None or len(run) - 1 < WRAP_MIN_FULL_LINES:
        return False
    return all(b.end - b.start >= (1 - WRAP_SPREAD) * width for b in run[:-1])


def join_wrapped_lines(text: str, blocks: list[Block]) -> list[Block]:
    """Join hard-wrapped lines (fixed-width text, as in EASC) back into one paragraph.

    A run of blocks on consecutive lines is one paragraph when each line but the last is long and
    lacks final punctuation and the last line ends a sentence, or, in text wrapped at a fixed width
    (:func:`wrap_width`), when two lines or more before the last fill that width; otherwise (a
    title over a date line, say) the lines stay as they were. In fixed-width text, a line that fills
    the width and ends in a closing quote with no stop before it, or in a colon, was cut there by
    the wrap (:func:`_cut_at_mark`) and goes on too. Sentences may then span a newline; offsets
    still hold.
    """
    lone = lone_word_layout(text, blocks)
    runs = _runs(text, blocks, None, lone)
    width = wrap_width(text, runs)
    if width is not None:  # lines cut at a closing quote or a colon that fill the width go on
        runs = _runs(text, blocks, width, lone)
    out: list[Block] = []
    for run in runs:
        if _wrapped_paragraph(text, run, width):
            out.append(Block(run[0].start, run[-1].end, "paragraph"))
        else:
            out.extend(run)
    return out


@lru_cache(maxsize=1)
def _patterns_by_scope() -> dict[str, tuple[JunkPattern, ...]]:
    patterns = junk_patterns()
    return {scope: tuple(p for p in patterns if p.scope == scope) for scope in ("line", "inline", "lead")}


@dataclass(frozen=True, slots=True)
class LineVerdict:
    """What the cleaner does with one line, in offsets into the line.

    ``drops`` are ``(start, end, reason)`` of removed pieces (stripped, in the order found);
    ``pieces`` the kept ``(start, end)`` pieces, all of kind ``kind`` ("heading" or "paragraph").
    """

    drops: tuple[tuple[int, int, str], ...]
    pieces: tuple[tuple[int, int], ...]
    kind: str


# Lines longer than this are judged afresh each time (no cache entry holds a huge line).
_CACHED_LINE_CHARS = 5_000


def judge_line(line: str) -> LineVerdict:
    """The cleaner's verdict on one line (a line of a document, without its newline).

    A pure function of the line: scraped pages and repeated wire copy carry the same lines again
    and again, so verdicts on lines of ordinary length are cached.
    """
    if len(line) > _CACHED_LINE_CHARS:
        return _judge_line(line)
    return _judge_line_cached(line)


def _judge_line(line: str) -> LineVerdict:
    text = line
    scoped = _patterns_by_scope()
    drops: list[_Drop] = []
    start, end = _strip_span(text, 0, len(text))
    if start == end:
        return LineVerdict((), (), "paragraph")
    # Inline junk splits the line into kept pieces.
    lowered = text.lower()
    cuts = sorted(
        (match.start(), match.end(), pattern.reason)
        for pattern in scoped["inline"]
        if pattern.needs in lowered
        for match in pattern.regex.finditer(text, start, end)
        if match.end() > match.start()
    )
    pieces = _pieces_between(text, start, end, cuts, drops)
    if not pieces:
        return LineVerdict(tuple(drops), (), "paragraph")
    # A junk line is judged whole too: "اقرأ أيضا: ..." would lose its opening as a dateline.
    kept = " ".join(text[a:b] for a, b in pieces)
    line_reason = _line_reason(kept, scoped["line"])
    first = pieces[0]
    if line_reason is None:
        _drop_lead(text, pieces, scoped["lead"], drops)
    if pieces[0] != first:  # a lead went: judge what is left
        pieces = [p for p in pieces if p[1] > p[0]]
        kept = " ".join(text[a:b] for a, b in pieces)
        line_reason = _line_reason(kept, scoped["line"])
    # What a link leaves behind ("تابعوا التغطية على") is no heading: the line was a link.
    if line_reason is None and is_heading(kept) and any(c[2] == "url" for c in cuts):
        line_reason = "link-line"
    if line_reason is not None:
        for a, b in pieces:
            _drop(text, a, b, line_reason, drops)
        return LineVerdict(tuple(drops), (), "paragraph")
    return LineVerdict(tuple(drops), tuple(pieces), "heading" if is_heading(kept) else "paragraph")


_Drop = tuple[int, int, str]  # start, end, reason


def _line_reason(kept: str, patterns: tuple[JunkPattern, ...]) -> str | None:
    """The reason of the first line pattern that matches the whole of ``kept`` (stripped), if any."""
    # Letters drawn out with tatweel ("إقــــرأ المزيد") are the words the patterns spell.
    stripped = kept.replace(TATWEEL, "").strip()
    lowered = stripped.lower()
    return next((p.reason for p in patterns if p.needs in lowered and p.regex.fullmatch(stripped)), None)


def _drop(text: str, start: int, end: int, reason: str, drops: list[_Drop]) -> None:
    """Record ``text[start:end]`` as removed for ``reason`` (without its surrounding spaces)."""
    start, end = _strip_span(text, start, end)
    if end > start:
        drops.append((start, end, reason))


def _pieces_between(text: str, start: int, end: int, cuts: list[_Drop], drops: list[_Drop]) -> list[tuple[int, int]]:
    """The non-blank stretches of ``text[start:end]`` between the inline ``cuts`` (sorted), which
    are recorded in ``drops``."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for cut_start, cut_end, reason in cuts:
        if cut_start < cursor:  # overlaps an earlier cut
            cut_start = cursor
        if cut_end <= cut_start:
            continue
        pieces.append((cursor, cut_start))
        _drop(text, cut_start, cut_end, reason, drops)
        cursor = cut_end
    pieces.append((cursor, end))
    return [p for p in (_strip_span(text, a, b) for a, b in pieces) if p[1] > p[0]]


# Words within which a second dash closes an aside the first one opened.
_ASIDE_MAX_WORDS = 15
# A byline between a dateline's dash and another: a reporter's name.
_BYLINE_MAX_WORDS = 3
# A word that is a preposition and a noun with its pronoun ("بمعناها": in its meaning) is no part of
# a name: "الطبيعة - بمعناها العام - تعني ..." holds an aside, not a dateline and a byline.
_PHRASE_WORD = re.compile(r"[بلك]\w{2,}(?:ها|هما|هم|هن|ه)$")
# A dash with a space on one side at least ("- الذي ... -", "-لأول مرة-"): no hyphen inside a word.
_ASIDE_DASH = re.compile(r"(?:^|\s)[-–—]|[-–—](?:\s|$)")


def _opens_aside(lead: str, rest: str) -> bool:
    """Does the dash ending ``lead`` open an aside that a second dash closes in the next
    :data:`_ASIDE_MAX_WORDS` words of ``rest`` ("وضرب الزلزال - الذي شعر به السكان في القاهرة -
    والذي بلغت قوته ...")? Then the words before it are the sentence's subject, not a dateline.
    A place of one or two words with no conjunction before a name of up to
    :data:`_BYLINE_MAX_WORDS` words between the dashes is a dateline and a byline instead
    ("الدمام - شريف أحمد - انتخب ...")."""
    if lead.rstrip()[-1:] not in "-–—":
        return False
    head = " ".join(rest.split()[:_ASIDE_MAX_WORDS])
    sentence = re.split(r"[.!؟?]", head, maxsplit=1)[0]
    closing = _ASIDE_DASH.search(sentence)
    if closing is None:
        return False
    place = lead.rstrip(" -–—").split()
    if not place:
        return False  # a dash opening the paragraph (junk.tsv's bare dash): nothing before it to set aside
    dateline = len(place) <= 2 and place[0][:1] not in "وف"
    inner = sentence[: closing.start()].split()
    return not (dateline and len(inner) <= _BYLINE_MAX_WORDS and not any(_PHRASE_WORD.match(w) for w in inner))


def _drop_lead(text: str, pieces: list[tuple[int, int]], leads: tuple[JunkPattern, ...], drops: list[_Drop]) -> None:
    """Drop a leading dateline or agency tag from the paragraph's first piece (in place)."""
    first_start, first_end = pieces[0]
    line_is_heading = is_heading(" ".join(text[a:b] for a, b in pieces))
    for pattern in leads:
        lead = pattern.regex.match(text, first_start, first_end)
        # A short line is a title ("بوتين: زيارة كيم ..."), whose colon is no dateline.
        if (
            lead
            and lead.end() < first_end
            and not _is_attribution(lead.group(0))
            and not line_is_heading
            and not _opens_aside(lead.group(0), text[lead.end() : first_end])
        ):
            _drop(text, lead.start(), lead.end(), pattern.reason, drops)
            pieces[0] = _strip_span(text, lead.end(), first_end)
            if lead.group(0).rstrip()[-1:] in "-–—":  # "الدمام - شريف أحمد - ..."
                _drop_byline(text, pieces, pattern, drops)
                _drop_credit(text, pieces, drops)
            break


def _byline_shape(lead: str) -> bool:
    """Can ``lead`` be a reporter's name closed by a dash: up to :data:`_BYLINE_MAX_WORDS` words, at
    most one of them definite ("محمد العلي"; "فاز الرئيس المصري -" is a clause), none a preposition
    with a pronoun?"""
    words = lead.rstrip(" -–—").split()
    return (
        lead.rstrip()[-1:] in "-–—"
        and 1 <= len(words) <= _BYLINE_MAX_WORDS
        and sum(w.startswith("ال") for w in words) <= 1
        and not any(_PHRASE_WORD.match(w) for w in words)
    )


def _drop_byline(text: str, pieces: list[tuple[int, int]], dateline: JunkPattern, drops: list[_Drop]) -> None:
    """After a dateline, a reporter's name closed by a dash ("الدمام - شريف أحمد - انتخب ..."):
    the dateline's pattern once more, when a dash ends it and no aside opens there."""
    start, end = pieces[0]
    byline = dateline.regex.match(text, start, end)
    if byline is None or byline.end() >= end or not _byline_shape(byline.group(0)):
        return
    if _opens_aside(byline.group(0), text[byline.end() : end]):
        return
    _drop(text, byline.start(), byline.end(), "byline", drops)
    pieces[0] = _strip_span(text, byline.end(), end)


def _drop_credit(text: str, pieces: list[tuple[int, int]], drops: list[_Drop]) -> None:
    """After a dateline's dash, an agency's credit alone before the sentence ("هوية بريس – وكالات خسر
    التحالف ..."): a credit of ``resources/ar/dateline_credits.txt`` followed by a word without the
    article (in "وكالات الأنباء ذكرت ..." the agencies are the subject)."""
    start, end = pieces[0]
    words = list(re.finditer(r"\S+", text[start:end]))
    credits = normalized_words("ar/dateline_credits.txt")
    for n in range(1, 4):
        if len(words) <= n:
            return
        head = normalize(" ".join(w.group() for w in words[:n]))
        if head in credits and not words[n].group().startswith("ال"):
            cut = start + words[n].start()
            _drop(text, start, cut, "agency-credit", drops)
            pieces[0] = _strip_span(text, cut, end)
            return


_judge_line_cached = lru_cache(maxsize=2048)(_judge_line)


def clean_document(doc: Document) -> tuple[list[Block], list[Removal]]:
    """Split ``doc.text`` into kept blocks and removals, by the packaged junk patterns."""
    text = doc.text
    blocks: list[Block] = []
    removals: list[Removal] = []
    for line_start, line_end in _line_spans(text):
        verdict = judge_line(text[line_start:line_end])
        for a, b, reason in verdict.drops:
            a, b = line_start + a, line_start + b
            removals.append(Removal(doc.id, a, b, reason, text[a:b]))
        blocks.extend(Block(line_start + a, line_start + b, verdict.kind) for a, b in verdict.pieces)
    removals.sort(key=lambda r: r.start)
    return join_wrapped_lines(text, blocks), removals
