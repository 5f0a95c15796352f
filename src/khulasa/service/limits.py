"""Request limits of the HTTP service, with defaults and environment-variable overrides.

Every limit protects the server from one kind of oversized or slow request; each is named in the
problem+json body a client gets when it is exceeded.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

from khulasa.errors import SettingsError, bad_environment_limit, limit_not_positive, limit_not_whole

# Environment variable for each field of :class:`Limits`.
ENV_VARS: dict[str, str] = {
    "max_body_bytes": "KHULASA_MAX_BODY_BYTES",
    "max_documents": "KHULASA_MAX_DOCUMENTS",
    "max_doc_chars": "KHULASA_MAX_DOC_CHARS",
    "timeout_seconds": "KHULASA_TIMEOUT_SECONDS",
    "max_concurrency": "KHULASA_MAX_CONCURRENCY",
    "header_timeout_seconds": "KHULASA_HEADER_TIMEOUT_SECONDS",
    "body_timeout_seconds": "KHULASA_BODY_TIMEOUT_SECONDS",
}
# Limits given in seconds (fractions allowed); the others are whole numbers.
SECONDS = ("timeout_seconds", "header_timeout_seconds", "body_timeout_seconds")


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """Per-request limits.

    Parameters
    ----------
    max_body_bytes
        Largest request body (JSON or multipart), in bytes.
    max_documents
        Most articles in one request.
    max_doc_chars
        Most characters in one article's text.
    timeout_seconds
        Longest a request may wait for and run the summarizer.
    max_concurrency
        Summaries computed at the same time in one server process; others queue.
    header_timeout_seconds
        Longest a client may take to send a request's headers (``khulasa serve``; then 408).
    body_timeout_seconds
        Longest a client may take to send a request's body, once its headers are in (then 408).
    """

    max_body_bytes: int = 5_000_000
    max_documents: int = 100
    max_doc_chars: int = 200_000
    timeout_seconds: float = 30.0
    max_concurrency: int = 2
    header_timeout_seconds: float = 10.0
    body_timeout_seconds: float = 60.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise SettingsError(limit_not_positive(f.name, value))
            if f.name not in SECONDS and not isinstance(value, int):
                raise SettingsError(limit_not_whole(f.name, value))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """Defaults, overridden by any ``KHULASA_MAX_*`` / ``KHULASA_TIMEOUT_SECONDS`` variable set."""
        env = os.environ if environ is None else environ
        values: dict[str, int | float] = {}
        for name, var in ENV_VARS.items():
            raw = env.get(var, "").strip()
            if not raw:
                continue
            values[name] = _parse(var, raw, float if name in SECONDS else int)
        return cls(**values)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, int | float]:
        """The limits as a plain dict."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _parse(var: str, raw: str, kind: type[int] | type[float]) -> int | float:
    what = "a positive whole number" if kind is int else "a positive number"
    try:
        value = kind(raw)
    except ValueError:
        value = 0
    if not value > 0:  # also catches nan
        raise SettingsError(bad_environment_limit(var, raw, what))
    return value
