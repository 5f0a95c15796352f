"""Publication dates as written by feeds and sites: ISO 8601 or RSS's RFC 2822."""

from __future__ import annotations

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
