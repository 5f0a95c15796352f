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


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Within the block, :func:`check_time` raises once ``seconds`` have passed (a limit already
    active that ends sooner still applies)."""
    now = time.monotonic()
    outer = _DEADLINE.get()
    deadline = now + max(seconds, 0.0)
    token = _DEADLINE.set((deadline, seconds) if outer is None or deadline < outer[0] else outer)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_time() -> None:
    """Raise :class:`TimeLimitExceeded` if the active time limit has passed; else return at once."""
    active = _DEADLINE.get()
    if active is not None and time.monotonic() >= active[0]:
        raise TimeLimitExceeded(active[1])


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
        active = _DEADLINE.get()
        raise TimeLimitExceeded(active[1] if active else 0.0)
    try:
        yield
    finally:
        lock.release()
