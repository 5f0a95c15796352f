"""Cooperative time limits: the pipeline stops at its next check once the limit has passed."""

from __future__ import annotations

import threading

import pytest

from khulasa import summarize
from khulasa.analysis.compare import compare
from khulasa.deadline import check_time, time_limit
from khulasa.errors import KhulasaError, TimeLimitExceeded
from tests.test_pipeline import REWORDED


def test_deadline_no_limit_outside_a_block() -> None:
    check_time()  # nothing active: returns
    assert summarize(REWORDED, words=40).sentences


def test_deadline_passed_limit_stops_summarize_and_compare() -> None:
    with time_limit(0), pytest.raises(TimeLimitExceeded, match="time limit of 0 s"):
        summarize(REWORDED, words=40)
    with time_limit(0), pytest.raises(TimeLimitExceeded):
        compare(REWORDED)
    assert issubclass(TimeLimitExceeded, KhulasaError)  # the CLI and service report it, no traceback


def test_deadline_generous_limit_changes_nothing() -> None:
    with time_limit(600):
        limited = summarize(REWORDED, words=40)
    assert limited.to_dict() == summarize(REWORDED, words=40).to_dict()


def test_deadline_inner_block_cannot_extend_an_outer_limit() -> None:
    with time_limit(0), time_limit(600), pytest.raises(TimeLimitExceeded):
        check_time()
    with time_limit(600):
        with time_limit(0), pytest.raises(TimeLimitExceeded):
            check_time()
        check_time()  # the inner limit ended with its block


def test_deadline_is_per_thread() -> None:
    errors: list[BaseException] = []

    def other() -> None:
        try:
            check_time()
        except BaseException as exc:  # recorded for the assertion below
            errors.append(exc)

    with time_limit(0):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
    assert errors == []


def test_deadline_waiting_for_a_lock_gives_up_at_the_limit() -> None:
    from khulasa.deadline import holding

    lock = threading.Lock()
    lock.acquire()  # held by "another request"
    try:
        with time_limit(0.05), pytest.raises(TimeLimitExceeded), holding(lock):
            pass
    finally:
        lock.release()
    with time_limit(5), holding(lock):  # free: taken at once, and released after
        assert lock.locked()
    assert not lock.locked()


def test_deadline_solver_lock_is_released_to_a_request_past_its_limit() -> None:
    """A request waiting for the MIP solver's output lock (held by a long solve) stops at its limit."""
    from khulasa.summarizer import select

    select._STDOUT_LOCK.acquire()
    try:
        with time_limit(0.05), pytest.raises(TimeLimitExceeded), select._native_stdout_silenced():
            pass
    finally:
        select._STDOUT_LOCK.release()


def test_deadline_reaches_the_mip_solver_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from khulasa.summarizer import select

    seen: list[float] = []
    real_milp = select.milp

    def spy(*args, **kwargs):
        seen.append(kwargs["options"]["time_limit"])
        return real_milp(*args, **kwargs)

    monkeypatch.setattr(select, "milp", spy)
    monkeypatch.setattr(select, "MAX_SUBSETS", 0)  # force the MIP solver even on a small cluster
    summarize(REWORDED, words=40)
    with time_limit(3):
        summarize(REWORDED, words=40)
    assert seen[0] == select.MILP_SECONDS
    assert 0 < seen[-1] <= 3
