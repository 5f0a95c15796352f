"""Running the service under uvicorn, with read time limits uvicorn does not have.

uvicorn closes a connection that stays idle between requests (``timeout_keep_alive``), but it
waits without limit for a request that arrives slowly: headers sent a byte every few seconds, or a
body that never ends, hold a connection open for ever. :class:`TimedH11Protocol` gives every
request ``header_timeout_seconds`` to send its headers and ``body_timeout_seconds`` for its body,
then answers 408 (problem+json) and closes the connection.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from khulasa.errors import slow_client
from khulasa.service.limits import Limits

PROTOCOL = "khulasa.service.server:TimedH11Protocol"


def timeout_response(what: str, seconds: float) -> bytes:
    """A complete HTTP/1.1 408 response (problem+json) that closes the connection."""
    body = json.dumps(
        {
            "type": "urn:khulasa:problem:request-timeout",
            "title": "Request Timeout",
            "status": 408,
            "detail": slow_client(what, seconds),
            "limit": f"{what}_timeout_seconds",
            "value": seconds,
        }
    ).encode()
    head = (
        "HTTP/1.1 408 Request Timeout\r\n"
        "content-type: application/problem+json\r\n"
        "connection: close\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    ).encode()
    return head + body


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a time limit on reading each request's headers and body.

    The limits come from :meth:`Limits.from_env` (``KHULASA_HEADER_TIMEOUT_SECONDS``,
    ``KHULASA_BODY_TIMEOUT_SECONDS``), so that every worker process reads the same ones.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limits = Limits.from_env()
        self.header_timeout = limits.header_timeout_seconds
        self.body_timeout = limits.body_timeout_seconds
        self._read_timer: asyncio.TimerHandle | None = None
        self._reading: str | None = None  # "header" or "body" while a timer runs

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Start the header timer of the first request."""
        super().connection_made(transport)
        self._start_reading("header", self.header_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        """Stop the timer."""
        self._stop_reading()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """Start the header timer when a new request begins."""
        if self._reading is None and self.conn.their_state is h11.IDLE:
            self._start_reading("header", self.header_timeout)  # the next request on this connection
        super().data_received(data)
        self._follow_state()

    def on_response_complete(self) -> None:
        """Follow the connection into its next state."""
        super().on_response_complete()
        self._follow_state()

    def _follow_state(self) -> None:
        state = self.conn.their_state
        if state is h11.SEND_BODY:
            if self._reading != "body":
                self._start_reading("body", self.body_timeout)
        elif state is not h11.IDLE:  # the request is in (DONE), or the connection is ending
            self._stop_reading()

    def _start_reading(self, what: str, seconds: float) -> None:
        self._stop_reading()
        self._reading = what
        self._read_timer = self.loop.call_later(seconds, self._read_timed_out, what, seconds)

    def _stop_reading(self) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
        self._read_timer = None
        self._reading = None

    def _read_timed_out(self, what: str, seconds: float) -> None:
        self._read_timer = None
        self._reading = None
        if self.transport.is_closing():
            return
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete:
            if cycle.response_started:  # too late for a 408: just end the connection
                self.transport.close()
                return
            cycle.disconnected = True  # the app's receive() now returns http.disconnect; its send() is dropped
            cycle.message_event.set()
        self.logger.warning("closing a connection whose request %s took longer than %g s", what, seconds)
        self.transport.write(timeout_response(what, seconds))
        self.transport.close()


def run(host: str, port: int, workers: int) -> None:
    """Serve ``create_app`` on ``host:port`` with the read time limits above."""
    import uvicorn

    uvicorn.run(
        "khulasa.service.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        http=PROTOCOL,
        timeout_keep_alive=5,
    )
