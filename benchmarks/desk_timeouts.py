"""POST /v1/articles under a lock held on and off: does a 504 ever store its articles?

Starts ``khulasa serve`` on a fresh SQLite desk with a short time limit, holds the desk's write
lock from another connection for random spells, and posts 60 requests of 4 invented articles each
at concurrency 8. Then it compares the store with the answers: every article of a 200 answer must
be stored, and none of a 504 (or 503) answer (issue 23, item 4).

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/desk_timeouts.py [--timeout 0.7] [--port 8765]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.desk_feed import invented_stories  # noqa: E402


def locker(db: str, stop: threading.Event) -> None:
    rng = random.Random(1)
    conn = sqlite3.connect(db, isolation_level=None, timeout=30)
    while not stop.is_set():
        conn.execute("BEGIN IMMEDIATE")
        time.sleep(rng.uniform(0.2, 1.5))
        conn.rollback()
        time.sleep(rng.uniform(0.05, 0.6))
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=0.7)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    with tempfile.TemporaryDirectory() as tmp:
        db = f"{tmp}/desk.sqlite"
        env = dict(os.environ, KHULASA_DB=f"sqlite:///{db}", KHULASA_TIMEOUT_SECONDS=str(args.timeout))
        server = subprocess.Popen(
            [sys.executable, "-m", "khulasa", "serve", "--port", str(args.port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(100):
                try:
                    httpx.get(f"{base}/healthz")
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            docs, _ = invented_stories(60, 4, seed=11)
            first = {"documents": [{"id": "first", "text": docs[0].text + " بداية"}]}
            httpx.post(f"{base}/v1/articles", json=first, timeout=60)  # the schema exists before the lock
            answers: list[tuple[int, list[str]]] = []

            def post(part: list) -> None:
                body = {"documents": [{"id": d.id, "text": d.text, "source": d.source} for d in part]}
                response = httpx.post(f"{base}/v1/articles", json=body, timeout=60)
                answers.append((response.status_code, [d.id for d in part]))

            stop = threading.Event()
            holder = threading.Thread(target=locker, args=(db, stop))
            holder.start()
            threads: list[threading.Thread] = []
            for s in range(0, len(docs), 4):
                while sum(t.is_alive() for t in threads) >= 8:
                    time.sleep(0.01)
                threads.append(threading.Thread(target=post, args=(docs[s : s + 4],)))
                threads[-1].start()
            for t in threads:
                t.join()
            stop.set()
            holder.join()
            time.sleep(3)  # a job still running after its answer would store now
        finally:
            server.terminate()
            server.wait()
        conn = sqlite3.connect(db)
        stored = {r[0] for r in conn.execute("SELECT id FROM articles")}
        conn.close()
    statuses: dict[int, int] = {}
    for status, _ids in answers:
        statuses[status] = statuses.get(status, 0) + 1
    ok = {i for status, ids in answers if status == 200 for i in ids}
    failed = {i for status, ids in answers if status != 200 for i in ids}
    print(f"answers by status: {dict(sorted(statuses.items()))}")
    print(f"articles of 200 answers stored: {len(ok & stored)} of {len(ok)}")
    print(f"articles of other answers stored (must be 0): {len(failed & stored)} of {len(failed)}")


if __name__ == "__main__":
    main()
