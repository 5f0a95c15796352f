"""Cooperative time limits: long library calls give up at a deadline instead of running on.

>>> with time_limit(30):
...     summary = summarize(documents)  # raises TimeLimitExceeded after 30 s

Python cannot stop a thread from outside, so the pipeline's long loops (per document, per sentence,
per merge) call :func:`check_time`, which raises :class:`~khulasa.errors.TimeLimitExceeded` once
the innermost active limit has passed. The limit lives in a context variable: it covers the calls
made inside the ``with`` block, in that thread or task, and nothing else. The service wraps each
request's work in one, so a request that times out also frees its worker thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from khulasa.errors import TimeLimitExceeded

T = TypeVar("T")
_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("khulasa_deadline", default=None)
_CUTOFF: ContextVar[Cutoff | None] = ContextVar("khulasa_cutoff", default=None)


class Cutoff:
    """Decides once which came first: a job's commit, or its caller giving up on it.

    A caller that answers "took too long" at the deadline must not see the job store its work a
    moment later. The job calls :func:`commit_point` just before it commits; the caller, at the
    deadline, calls :meth:`abandon`. Whichever comes first wins: an abandoned job raises at its
    commit point and rolls back; a caller that finds the job committing waits for its outcome.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: str | None = None

    def _decide(self, state: str) -> bool:
        with self._lock:
            if self._state is None:
                self._state = state
            return self._state == state

    def abandon(self) -> bool:
        """Give the job up unless it is committing; whether it was given up."""
        return self._decide("abandoned")

    def claim(self) -> bool:
        """Let the job commit unless it was given up; whether it may."""
        return self._decide("committing")


@contextmanager
def time_limit(seconds: float, cutoff: Cutoff | None = None) -> Iterator[None]:
    """Within the block, :func:`check_time` raises once ``seconds`` have passed (a limit already
    active that ends sooner still applies); ``cutoff``, when given, is what :func:`commit_point`
    claims (see :class:`Cutoff`)."""
    now = time.monotonic()
    outer = _DEADLINE.get()
    deadline = now + max(seconds, 0.0)
    token = _DEADLINE.set((deadline, seconds) if outer is None or deadline < outer[0] else outer)
    cut = _CUTOFF.set(cutoff) if cutoff is not None else None
    try:
        yield
    finally:
        if cut is not None:
            _CUTOFF.reset(cut)
        _DEADLINE.reset(token)


def check_time() -> None:
    """Raise :class:`TimeLimitExceeded` if the active time limit has passed; else return at once."""
    active = _DEADLINE.get()
    if active is not None and time.monotonic() >= active[0]:
        raise TimeLimitExceeded(active[1])


def time_is_up() -> TimeLimitExceeded:
    """The error of the active time limit, for a wait that the limit cut short."""
    active = _DEADLINE.get()
    return TimeLimitExceeded(active[1] if active else 0.0)


def commit_point() -> None:
    """Call just before committing work whose caller must not be told it failed when it did not:
    raises :class:`TimeLimitExceeded` once the limit has passed or the caller gave up (the work then
    rolls back); else claims the commit, and a caller at its deadline waits for the outcome."""
    check_time()
    cutoff = _CUTOFF.get()
    if cutoff is not None and not cutoff.claim():
        raise time_is_up()


def remaining() -> float | None:
    """Seconds left before the active time limit (0.0 once past it); None without a limit."""
    active = _DEADLINE.get()
    return None if active is None else max(active[0] - time.monotonic(), 0.0)


def checked(items: Iterable[T]) -> Iterator[T]:
    """``items``, with :func:`check_time` before each: a loop over them stops at the deadline."""
    for item in items:
        check_time()
        yield item


@contextmanager
def holding(lock: threading.Lock) -> Iterator[None]:
    """Hold ``lock``; waiting for it gives up at the active time limit (:class:`TimeLimitExceeded`)."""
    left = remaining()
    if not lock.acquire(timeout=-1 if left is None else left):
        raise time_is_up()
    try:
        yield
    finally:
        lock.release()
