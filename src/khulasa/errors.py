"""Errors a user can cause, each with a message that says what is wrong and what to do.

The CLI prints ``str(error)`` on one line and exits non-zero; it never shows a traceback for
these. Anything else escaping the library is a bug in khulasa.
"""

from __future__ import annotations


class KhulasaError(Exception):
    """Base class for every error caused by input or settings."""

    exit_code = 2


class InputError(KhulasaError):
    """A file or record cannot be read as an article (missing, binary, malformed, unsupported)."""


class NoTextError(KhulasaError):
    """Input was read but holds nothing to summarize (no Arabic, or everything was junk)."""


class SettingsError(KhulasaError):
    """A setting is out of range or contradicts another (e.g. two budgets, budget too small)."""


class MissingExtraError(KhulasaError):
    """An optional feature needs a package that is not installed."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs optional packages: run  pip install 'khulasa[{extra}]'")
        self.extra = extra


class TimeLimitExceeded(KhulasaError):
    """The work ran past the time limit it was given (:func:`khulasa.deadline.time_limit`)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"stopped after the time limit of {seconds:g} s; give fewer or shorter documents, "
                         "or a longer limit")
        self.seconds = seconds
