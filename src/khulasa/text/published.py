"""Publication dates as written by feeds and sites: ISO 8601 or RSS's RFC 2822."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def parse_published(value: str | None) -> datetime | None:
    """An aware datetime for an ISO-8601 ("2019-04-25T14:10:00+03:00") or RFC 2822 ("Thu, 25 Apr
    2019 14:10:00 +0300") date; a date without a zone is taken as UTC. None when absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    moment: datetime | None = None
    for candidate in (text, text[:10]):
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
