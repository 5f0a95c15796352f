"""Cooperative time limits: the pipeline stops at its next check once the limit has passed."""

from __future__ import annotations

import threading

import pytest

from khulasa import summarize
from khulasa.compare import compare
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
