"""Bounded load test of ``khulasa serve`` on the bundled demo cluster.

Starts ``khulasa serve`` on 127.0.0.1 in a subprocess, sends N ``POST /v1/summarize`` requests at
concurrency C with httpx/asyncio, and prints throughput, p50/p99 latency and the error count. As a
peer from the same run it times ``khulasa.summarize`` called in-process on the same documents, so
the HTTP overhead shows as a ratio. Writes nothing but its report on stdout.

    OPENBLAS_NUM_THREADS=1 python benchmarks/load.py --requests 200 --concurrency 8 --workers 1
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass(frozen=True, slots=True)
class Result:
    latencies: list[float]
    errors: int
    seconds: float


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(len(ordered) * q / 100)) - 1]


def start_server(port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    cmd = [
        sys.executable,
        "-m",
        "khulasa.cli",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited early:\n{server.stderr.read().decode() if server.stderr else ''}")
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server did not answer /healthz within {timeout:g} s")


async def run_load(base: str, payload: dict[str, Any], expected: str, requests: int, concurrency: int) -> Result:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        gate = asyncio.Semaphore(concurrency)
        latencies: list[float] = []
        errors = 0

        async def one() -> None:
            nonlocal errors
            async with gate:
                start = time.perf_counter()
                try:
                    response = await client.post("/v1/summarize", json=payload)
                    # Same input, same output: a differing summary under load counts as an error.
                    ok = response.status_code == 200 and response.json()["summary"] == expected
                except (httpx.HTTPError, ValueError, KeyError):
                    ok = False
                latencies.append(time.perf_counter() - start)
                errors += not ok

        began = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(requests)))
        return Result(latencies, errors, time.perf_counter() - began)


def library_median(documents: list[dict[str, Any]], words: int, repeats: int) -> float:
    """Median seconds of one in-process ``khulasa.summarize`` call on the same documents (the peer)."""
    import khulasa

    docs = [
        khulasa.Document(**{k: d.get(k) for k in ("id", "text", "title", "source", "url", "published")})
        for d in documents
    ]
    khulasa.summarize(docs, words=words)  # warm caches (resources, imports)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        khulasa.summarize(docs, words=words)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", "-n", type=int, default=200)
    parser.add_argument("--concurrency", "-c", type=int, default=8)
    parser.add_argument("--workers", "-w", type=int, default=1, help="khulasa serve --workers")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args(argv)
    if min(args.requests, args.concurrency, args.workers, args.words) < 1 or args.warmup < 0:
        parser.error("--requests, --concurrency, --workers and --words must be positive")

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(port, args.workers)
    try:
        wait_ready(base, server)
        documents = httpx.get(base + "/v1/demo", timeout=30).json()["documents"]
        payload = {"documents": documents, "words": args.words}
        expected = httpx.post(base + "/v1/summarize", json=payload, timeout=120).json()["summary"]
        if args.warmup:
            asyncio.run(run_load(base, payload, expected, args.warmup, min(args.concurrency, args.warmup)))
        result = asyncio.run(run_load(base, payload, expected, args.requests, args.concurrency))
    finally:
        server.terminate()
        server.wait(timeout=30)
    peer = library_median(documents, args.words, repeats=20)

    p50, p99 = percentile(result.latencies, 50), percentile(result.latencies, 99)
    chars = sum(len(d["text"]) for d in documents)
    print(f"khulasa serve load test: demo cluster ({len(documents)} articles, {chars} chars), {args.words}-word budget")
    print(
        f"requests={args.requests} concurrency={args.concurrency} workers={args.workers} "
        f"cpus={os.cpu_count()} OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}"
    )
    print(f"{'throughput':>22}: {args.requests / result.seconds:8.1f} requests/s")
    print(f"{'latency p50':>22}: {p50 * 1000:8.1f} ms")
    print(f"{'latency p99':>22}: {p99 * 1000:8.1f} ms")
    print(f"{'errors':>22}: {result.errors:8d}")
    print(f"{'library call (peer)':>22}: {peer * 1000:8.1f} ms median, in-process, same run")
    print(f"{'p50 / library':>22}: {p50 / peer:8.2f}x   (queueing at concurrency {args.concurrency} + HTTP + JSON)")
    print(
        f"{'throughput / library':>22}: {args.requests / result.seconds * peer:8.2f}x   "
        "(1.0 = as fast as back-to-back in-process calls)"
    )


if __name__ == "__main__":
    main()
