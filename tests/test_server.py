"""The service behind a real uvicorn server and real sockets: read time limits and the 413 a
client that sends its whole body first (urllib, requests, fetch) actually receives."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

uvicorn = pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")

from khulasa.service import Limits, create_app  # noqa: E402
from khulasa.service.server import PROTOCOL  # noqa: E402


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, int]]:
    env = pytest.MonkeyPatch()
    env.setenv("KHULASA_HEADER_TIMEOUT_SECONDS", "0.5")
    env.setenv("KHULASA_BODY_TIMEOUT_SECONDS", "0.5")
    app = create_app(Limits(max_body_bytes=100_000))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, http=PROTOCOL, log_level="error", lifespan="off")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(200):
        if running.started:
            break
        time.sleep(0.05)
    assert running.started
    yield "127.0.0.1", port
    running.should_exit = True
    thread.join(10)
    env.undo()


def read_all(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (a 20 s safety net)."""
    sock.settimeout(20)
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def read_response(sock: socket.socket) -> bytes:
    """One response with a Content-Length, leaving the connection open."""
    sock.settimeout(20)
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.lower().split(b"\r\n")
    length = next(int(line.split(b":")[1]) for line in lines if line.startswith(b"content-length:"))
    while len(body) < length:
        body += sock.recv(65536)
    return head


def test_server_slow_headers_get_408_and_the_connection_closes(server: tuple[str, int]) -> None:
    with socket.create_connection(server) as sock:
        sock.sendall(b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\n")  # ... and the rest never comes
        answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["limit"] == "header_timeout_seconds"


def test_server_silent_connection_is_closed(server: tuple[str, int]) -> None:
    with socket.create_connection(server) as sock:
        assert read_all(sock).startswith(b"HTTP/1.1 408 ")


def test_server_slow_body_gets_408_and_the_connection_closes(server: tuple[str, int]) -> None:
    with socket.create_connection(server) as sock:
        sock.sendall(
            b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b'Content-Length: 1000\r\n\r\n{"documents": ['
        )
        answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["limit"] == "body_timeout_seconds"


def test_server_keeps_a_connection_for_a_second_request(server: tuple[str, int]) -> None:
    with socket.create_connection(server) as sock:
        for _ in range(2):
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            assert read_response(sock).startswith(b"HTTP/1.1 200 ")
            time.sleep(0.3)  # idle between requests: the keep-alive limit (5 s) applies, not the header one


@pytest.mark.parametrize("chunked", [False, True])
def test_server_oversized_body_without_expect_gets_413_not_a_reset(server: tuple[str, int], chunked: bool) -> None:
    """urllib sends the whole body before it reads the answer, as requests and fetch do."""
    body = json.dumps({"documents": [{"text": "نص " * 1_200_000}]}, ensure_ascii=False).encode()  # 6 MB; limit 100 KB
    data: bytes | Iterator[bytes] = body
    if chunked:  # no Content-Length: the limit is found while streaming
        data = iter([body[k : k + 65536] for k in range(0, len(body), 65536)])
    request = urllib.request.Request(
        f"http://{server[0]}:{server[1]}/v1/summarize",
        data=data,  # type: ignore[arg-type]
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=20)
    assert caught.value.code == 413
    assert json.loads(caught.value.read())["limit"] == "max_body_bytes"
