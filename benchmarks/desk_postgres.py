"""Two ingest processes at once against one PostgreSQL desk: nothing stored twice, nothing lost.

Both processes get the same N synthetic articles (text generated here), one in arrival order and
one reversed, and run ``khulasa desk ingest`` at the same time. Reported: wall time, how many each
stored and skipped, and the checks: every article stored exactly once, every story's size equal
to its articles, and the article counter equal to the rows.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/desk_postgres.py [--n 4000] [--db postgresql://...]

Without ``--db`` a throwaway server is started with .ci/postgres.sh (Debian's postgresql package)
and stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _desk_synthetic import live_feed

from khulasa.desk import Desk
from khulasa.desk.store import parse_url

REPO = Path(__file__).resolve().parents[1]


def fresh_database(server: str) -> str:
    import pg8000.dbapi

    url = parse_url(server)
    conn = pg8000.dbapi.connect(
        user=url.user or "postgres",
        password=url.password,
        host=url.host or "localhost",
        port=url.port or 5432,
        database=url.database or "postgres",
    )
    conn.autocommit = True
    name = f"desk_bench_{uuid.uuid4().hex[:8]}"
    conn.cursor().execute(f"CREATE DATABASE {name}")
    conn.close()
    return f"{server.rsplit('/', 1)[0]}/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=4000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--db", default=None, help="a PostgreSQL server URL (a new database is made on it)")
    args = parser.parse_args()
    folder = Path("/tmp") / f"khulasa-pg-bench-{uuid.uuid4().hex[:6]}"
    server = args.db
    if server is None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        started = subprocess.run(
            ["bash", str(REPO / ".ci" / "postgres.sh"), "start", str(folder), str(port)], capture_output=True, text=True
        )
        if started.returncode != 0:
            print(f"skip: no PostgreSQL server ({started.stderr.strip()})", file=sys.stderr)
            return
        server = started.stdout.strip()
    try:
        url = fresh_database(server)
        docs = [doc for doc, _ in live_feed(args.n)]
        with tempfile.TemporaryDirectory() as tmp:
            feeds = []
            for name, order in (("forward", docs), ("reversed", docs[::-1])):
                path = Path(tmp) / f"{name}.jsonl"
                path.write_text(
                    "".join(
                        json.dumps(
                            {
                                "id": d.id,
                                "text": d.text,
                                "title": d.title,
                                "source": d.source,
                                "published": d.published,
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                        for d in order
                    ),
                    encoding="utf-8",
                )
                feeds.append(path)
            Desk(url).close()  # the schema, once
            env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
            start = time.perf_counter()
            procs = [
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "khulasa",
                        "desk",
                        "ingest",
                        str(f),
                        "--db",
                        url,
                        "--batch-size",
                        str(args.batch),
                        "--no-summaries",
                    ],
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for f in feeds
            ]
            results = [p.communicate() for p in procs]
            seconds = time.perf_counter() - start
        print("| process | exit | stored | already in the desk |")
        print("|---|---|---|---|")
        for name, proc, (_, err) in zip(("forward", "reversed"), procs, results, strict=True):
            match = re.search(r"(\d+) stored .*?(\d+) already in the desk", err)
            stored, skipped = match.groups() if match else ("?", "?")
            print(f"| {name} | {proc.returncode} | {stored} | {skipped} |")
        with Desk(url) as desk:
            ids = [r[0] for r in desk.store.all("SELECT id FROM articles")]
            sizes = desk.store.all(
                "SELECT s.size, COUNT(a.id) FROM stories s JOIN articles a ON a.story_id = s.id "
                "WHERE s.merged_into IS NULL GROUP BY s.id, s.size"
            )
            counter = int(desk.store.one("SELECT value FROM meta WHERE name = 'articles'")[0])
        print(
            f"\n{args.n} articles offered twice, two writers at once: {seconds:.0f} s wall; rows {len(ids)}, "
            f"distinct ids {len(set(ids))}, missing {len({d.id for d in docs} - set(ids))}; "
            f"stories whose size != their articles: {sum(1 for a, b in sizes if a != b)}; "
            f"article counter {counter}"
        )
    finally:
        if args.db is None:
            subprocess.run(["bash", str(REPO / ".ci" / "postgres.sh"), "stop", str(folder)], capture_output=True)
            subprocess.run(["rm", "-rf", str(folder)], check=False)


if __name__ == "__main__":
    main()
