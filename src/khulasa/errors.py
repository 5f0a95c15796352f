"""Errors a user can cause, each with a message that says what is wrong and what to do.

The CLI prints ``str(error)`` on one line and exits non-zero; it never shows a traceback for
these. Anything else escaping the library is a bug in khulasa.
"""

from __future__ import annotations

import errno


class KhulasaError(Exception):
    """Base class for every error caused by input or settings."""

    exit_code = 2


class InputError(KhulasaError):
    """A file or record cannot be read as an article (missing, binary, malformed, unsupported)."""


class NoTextError(KhulasaError):
    """Input was read but holds nothing to summarize (no Arabic, or everything was junk)."""


class SettingsError(KhulasaError):
    """A setting is out of range or contradicts another (e.g. two budgets, budget too small)."""


class OutputError(KhulasaError):
    """A result cannot be written (the path is a folder, a folder cannot be made, the disk is full)."""


def output_error(path: object, error: OSError, what: str = "output") -> OutputError:
    """One line for an :class:`OSError` met while writing ``path``: what failed, and what to do."""
    if isinstance(error, IsADirectoryError):
        return OutputError(f"{path} is a folder; give a file name for the {what}, e.g. {path}/result")
    if isinstance(error, NotADirectoryError | FileExistsError):
        return OutputError(
            f"{path}: cannot write the {what}: part of the path is a file, not a folder; choose another path"
        )
    if error.errno == errno.ENOSPC:
        return OutputError(f"{path}: cannot write the {what}: the disk is full; free some space or write elsewhere")
    reason = error.strerror.lower() if error.strerror else type(error).__name__
    return OutputError(f"{path}: cannot write the {what} ({reason}); check that its folder exists and is writable")


class MissingExtraError(KhulasaError):
    """An optional feature needs a package that is not installed."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs optional packages: run  pip install 'khulasa[{extra}]'")
        self.extra = extra


class TimeLimitExceeded(KhulasaError):
    """The work ran past the time limit it was given (:func:`khulasa.deadline.time_limit`)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"stopped after the time limit of {seconds:g} s; give fewer or shorter documents, or a longer limit"
        )
        self.seconds = seconds
