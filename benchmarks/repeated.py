"""One article repeated thousands of times: the input that used to make summarize run for minutes.

    OPENBLAS_NUM_THREADS=1 python benchmarks/repeated.py [--repeats 4000] [--shapes txt,jsonl]
        [--near] [--keep FOLDER]

Builds the input from the bundled demo cluster (text written by the khulasa team): its five
articles joined and cut to one ~4.5 KB article, then written
``--repeats`` times into one file (``txt``: one document, ~18 MB at 4,000 repeats) or as that many
JSONL records (``jsonl``: 4,000 documents under distinct ids). ``--near`` changes one word in
each copy (a running number), so that copies are near, not exact, repeats. Each run is
``khulasa summarize FILE --words 100`` in a fresh subprocess; the table gives its wall time and
exit code, and the time of the same command on one copy of the article for reference.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_ARTICLE_CHARS = 2_600


def article() -> tuple[str, str]:
    """``(title, text)``: the demo's articles joined, cut near 2,600 characters (4.5 KB) at a paragraph end."""
    from khulasa.demo import demo_path

    paragraphs = [
        p.strip()
        for f in sorted(demo_path().glob("*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    title, body = paragraphs[0], []
    size = 0
    for p in paragraphs[1:]:
        if size + len(p) > TARGET_ARTICLE_CHARS:
            break
        body.append(p)
        size += len(p) + 2
    return title, "\n\n".join(body)


def copies(repeats: int, near: bool) -> list[str]:
    title, text = article()
    out = []
    for k in range(repeats):
        body = text.replace("الخميس", f"الخميس {k + 1}", 1) if near else text
        out.append(f"{title}\n\n{body}")
    return out


def write_input(folder: Path, shape: str, repeats: int, near: bool) -> Path:
    texts = copies(repeats, near)
    if shape == "txt":
        path = folder / f"repeated-{repeats}.txt"
        path.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    else:
        path = folder / f"repeated-{repeats}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for k, text in enumerate(texts):
                out.write(
                    json.dumps({"id": f"copy{k:05d}", "source": f"outlet {k % 7}", "text": text}, ensure_ascii=False)
                    + "\n"
                )
    return path


def run(path: Path, timeout: float) -> tuple[float, int | str]:
    cli = [sys.executable, "-m", "khulasa", "summarize", str(path), "--words", "100"]
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    started = time.perf_counter()
    try:
        done = subprocess.run(cli, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - started, f"> {timeout:g} s"
    return time.perf_counter() - started, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=4000)
    parser.add_argument("--shapes", default="txt,jsonl")
    parser.add_argument("--near", action="store_true", help="one word differs in each copy")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--keep", type=Path, help="write the inputs here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print("| input | size | exit | seconds | one copy, seconds |")
        print("|---|---|---|---|---|")
        for shape in args.shapes.split(","):
            (folder / "single").mkdir(exist_ok=True)
            single = write_input(folder / "single", shape, 1, args.near)
            path = write_input(folder, shape, args.repeats, args.near)
            one_seconds, _ = run(single, args.timeout)
            seconds, code = run(path, args.timeout)
            what = f"{shape}, {args.repeats} {'near ' if args.near else ''}copies"
            print(
                f"| {what} | {path.stat().st_size / 1e6:.1f} MB | {code} | {seconds:.2f} | {one_seconds:.2f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
