"""Whether a line of text is a finished sentence a reader can take as a statement.

A finished sentence ends with a full stop or an exclamation mark (closing quotes and brackets
aside). Lines that are not finished sentences, with the reason :func:`unfinished` gives:

- ``breadcrumb``: a site's navigation trail ("الرئيسية > محليات > لبنان"), two or more short
  segments each followed by a separator;
- ``question``: ends with a question mark ("?" or "؟");
- ``ellipsis``: trails off in two or more dots or "…" (a teaser or headline: "فاجعة بيروت..");
- ``no-final-stop``: anything else that does not end with a stop: a headline line, a lead-in ending
  in ":" or "،", or the cut end of a page excerpt ("ببضع كيلومت").

A finished line can still be the second half of a title split over two lines:
:func:`continues_line` tells.

The stops, closers and separators are punctuation, not words of a language; they are kept here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize

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


def is_breadcrumb(text: str) -> bool:
    """True when ``text`` holds a navigation trail ("الرئيسية > محليات > ...")."""
    return _BREADCRUMB.search(text) is not None


def unfinished(text: str) -> str | None:
    """Why ``text`` is not a finished sentence (see the module docstring), or None when it is one.

    Blank text is not judged (None).
    """
    body = text.strip()
    if not body:
        return None
    if is_breadcrumb(body):
        return "breadcrumb"
    end = body.rstrip(CLOSERS + " \t\n")
    if not end:
        return "no-final-stop"
    before_stops = end.rstrip(STOPS)
    if end[-1] in QUESTION_MARKS or (before_stops and before_stops[-1] in QUESTION_MARKS):
        return "question"
    if _ELLIPSIS.search(end):
        return "ellipsis"
    if end[-1] not in STOPS:
        return "no-final-stop"
    return None


@lru_cache(maxsize=1)
def _continuation_openers() -> tuple[tuple[str, ...], ...]:
    """The openers of ``resources/ar/continuation_openers.txt``, normalized, as word tuples."""
    return tuple(tuple(normalize(line).split()) for line in load_word_list("ar/continuation_openers.txt"))


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
    words = normalize(source[start : start + 80]).split()
    return any(tuple(words[: len(opener)]) == opener for opener in _continuation_openers())
