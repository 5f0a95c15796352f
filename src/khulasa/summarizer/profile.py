"""What kind of cluster a summary is made of: one day's reports, or a story told over days.

Outlets reporting one event the same day open with that event and say it in wire copy's words; a
story told over days is a series of articles, each on that day's development (a search, a trial, a
verdict), under its own date. Issue 20 lets a default depend on properties of the input that the code
measures: this module measures how many days the documents were published on, from their
``published`` field or, failing that, the dateline written at the top of their text ("السبت 8 يناير
2005"). ``summarize`` picks the short-summary settings for a story told over days by it
(``Settings.story_days``; measured on every dev cluster in docs/quality.md, "Issue 20: short
summaries of stories told over days").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from khulasa.extract.figures import extract_figures
from khulasa.text.published import parse_published
from khulasa.types import Document

# A dateline stands at the top of an article: the first date (with its year) in these characters.
DATELINE_CHARS = 400
# Enough documents to tell the kind of cluster; a large cluster is judged on its first ones.
MAX_DOCUMENTS = 200
_YEAR_AT_END = re.compile(r"(\d{4})\s*$")
_FOUR_DIGITS = re.compile(r"\d{4}")


def written_date(text: str) -> date | None:
    """The first full date (day, month and year) written in the first :data:`DATELINE_CHARS`
    characters of ``text``, read by :func:`khulasa.extract.figures.extract_figures`; None if none."""
    head = text[:DATELINE_CHARS]
    if _FOUR_DIGITS.search(head) is None:  # no year written: no full date (reading figures is slow)
        return None
    for figure in extract_figures(head):
        if figure.dimension != "date":
            continue
        month, day = divmod(int(figure.amount), 100)
        year = _YEAR_AT_END.search(figure.text)
        if not day or year is None:
            continue
        try:
            return date(int(year.group(1)), month, day)
        except ValueError:
            continue
    return None


def publication_day(document: Document) -> date | None:
    """The day ``document`` was published: its ``published`` field when it reads, else the date
    written at the top of its text (:func:`written_date`)."""
    moment = parse_published(document.published)
    if moment is not None:
        return moment.date()
    return written_date(document.text)


def publication_days(documents: Sequence[Document]) -> tuple[int, int]:
    """``(dated, days)``: how many of the (first :data:`MAX_DOCUMENTS`) documents have a
    publication day, and on how many distinct days they were published."""
    days = [publication_day(d) for d in documents[:MAX_DOCUMENTS]]
    dated = [d for d in days if d is not None]
    return len(dated), len(set(dated))


def told_over_days(documents: Sequence[Document], min_days: int) -> bool:
    """True when the documents tell a story over days: published on at least ``min_days`` distinct
    days, with at least half of them dated (one page whose header carries the day it was saved
    does not make one day's reports a story told over days). ``min_days`` 0: never."""
    if min_days < 1 or len(documents) < 2:
        return False
    dated, days = publication_days(documents)
    return days >= min_days and 2 * dated >= min(len(documents), MAX_DOCUMENTS)
