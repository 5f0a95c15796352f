"""Publication dates as written by feeds and sites: ISO 8601, RSS's RFC 2822, or Unix time."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Protocol

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_NUMBER = re.compile(r"(\d+)(\.\d+)?")
# Unix time as CMS exports and JSON APIs give it, by the digits before any fraction: seconds (9-10:
# 1973-2286) or milliseconds (12-13). Shorter numbers are not read as times: "2023" is a year, not
# 33 minutes past midnight on 1 January 1970.
_UNIX_SCALE = {9: 1.0, 10: 1.0, 12: 1000.0, 13: 1000.0}
_BASIC_DAY_DIGITS = 8  # ISO 8601's basic form of a day, "20190425"


class HasPublished(Protocol):
    """Anything with a ``published`` time as written (an article)."""

    @property
    def published(self) -> str | None:
        """The publication time as written, or None."""
        ...


def count_undated(documents: Iterable[HasPublished]) -> int:
    """How many of ``documents`` have no readable publication time (:func:`parse_published`):
    what ``order="time"`` puts last, and the CLI and the HTTP API warn about."""
    return sum(parse_published(d.published) is None for d in documents)


def parse_published(value: str | None) -> datetime | None:
    """An aware datetime for an ISO-8601 ("2019-04-25T14:10:00+03:00") or RFC 2822 ("Thu, 25 Apr
    2019 14:10:00 +0300") date, or a Unix time in seconds or milliseconds ("1556190600",
    "1556190600000"); a date without a zone is taken as UTC. None when absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    number = _NUMBER.fullmatch(text)
    if number is not None:
        scale = _UNIX_SCALE.get(len(number.group(1)))
        if scale is not None:
            return datetime.fromtimestamp(float(text) / scale, tz=UTC)
        if number.group(2) or len(number.group(1)) != _BASIC_DAY_DIGITS:
            return None  # any other bare number: Python would read "11111111111111" as 1111-11-11
    moment: datetime | None = None
    # A date followed by something unreadable ("2019-04-25 14h10") still gives its day; only a
    # written date is cut so, not any ten characters ("1111111111…" is no date).
    day = text[:10] if _DAY.match(text) else text
    for candidate in (text, day):
        try:
            moment = datetime.fromisoformat(candidate)
            break
        except ValueError:
            continue
    if moment is None:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


# A "+03:00" zone whose "+" a URL decoder turned into a space ("?since=2026-01-01T08:00:00+03:00"
# sent unencoded).
_SPACED_ZONE = re.compile(r"(T\d\d(?::?\d\d(?::?\d\d(?:[.,]\d+)?)?)?) (\d\d(?::?\d\d)?)$")


_AGE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([mhd])\s*")
_AGE_SECONDS = {"m": 60, "h": 3600, "d": 86400}


def since_timestamp(value: str, now: float) -> float | None:
    """``--since`` and ``?since=``: an age before ``now`` (30m, 2h, 1.5d) or a time
    (:func:`parse_instant`), as a Unix timestamp; None when it is neither."""
    match = _AGE.fullmatch(value)
    if match:
        return now - float(match.group(1)) * _AGE_SECONDS[match.group(2)]
    moment = parse_instant(value)
    return None if moment is None else moment.timestamp()


def parse_instant(value: str) -> datetime | None:
    """A time a user gives (``--since``, ``?since=``): the whole value is ISO 8601 or RFC 2822, or
    None. Unlike :func:`parse_published` nothing is cut to its date ("…T25:00:00Z", "2026-01-01
    whatever" are refused, not read as midnight), and a zone's "+" lost to URL decoding is read back."""
    text = value.strip()
    for candidate in (text, _SPACED_ZONE.sub(r"\1+\2", text)):
        try:
            moment = datetime.fromisoformat(candidate)
            break
        except ValueError:
            continue
    else:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
