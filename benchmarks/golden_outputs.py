"""Every output of one source tree, to check that a restructure changes none (``diff -r``).

    git archive <before> | tar -x -C /tmp/before
    rm -rf /tmp/khulasa_golden_in; PYTHONPATH=/tmp/before/src OPENBLAS_NUM_THREADS=1 \
        python benchmarks/golden_outputs.py /tmp/before/src /tmp/out-before [--batch]
    rm -rf /tmp/khulasa_golden_in; PYTHONPATH=$PWD/src OPENBLAS_NUM_THREADS=1 \
        python benchmarks/golden_outputs.py $PWD/src /tmp/out-after [--batch]
    diff -r /tmp/out-before /tmp/out-after

Writes the CLI's outputs (summarize at 60/100/250 words, compare, group, error messages) for the
demo, the shared example, MultiLing dev and the first 40 EASC items, and a desk ingest dump, for
the source tree on PYTHONPATH (checked: the script refuses another). Needs ../shared.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from pathlib import Path

SRC, OUT = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
BATCH = "--batch" in sys.argv
SHARED = Path(__file__).resolve().parents[2] / "shared"
INPUTS = Path("/tmp/khulasa_golden_in")  # the same path for both trees: paths appear in messages

import khulasa  # noqa: E402

assert Path(khulasa.__file__).resolve().is_relative_to(SRC), (khulasa.__file__, SRC)

from typer.testing import CliRunner  # noqa: E402

from khulasa.cli import app  # noqa: E402
from khulasa.demo import demo_records_path  # noqa: E402

runner = CliRunner()


def cli(name: str, args: list[str], stdin: str | None = None) -> None:
    result = runner.invoke(app, args, input=stdin)
    (OUT / name).parent.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_text(
        f"exit {result.exit_code}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}\n", encoding="utf-8"
    )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        (OUT / (name + ".exception")).write_text(
            "".join(traceback.format_exception(result.exception)).replace(str(SRC), "SRC"), encoding="utf-8"
        )


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def inputs() -> dict[str, Path]:
    INPUTS.mkdir(parents=True, exist_ok=True)
    demo = INPUTS / "demo.jsonl"  # a copy: the package's path would differ between trees
    demo.write_bytes(demo_records_path().read_bytes())
    clusters: dict[str, Path] = {"demo": demo, "example": SHARED / "examples/putin-kim-summit-2019"}
    mix: list[dict[str, object]] = [json.loads(line) for line in demo_records_path().read_text().splitlines()]
    mix += [
        {"id": f"example-{p.stem}", "text": p.read_text(encoding="utf-8")}
        for p in sorted(clusters["example"].glob("*.txt"))
    ]
    for line in (SHARED / "data/multiling2011-ar-dev.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        docs = [{"id": f"{item['id']}-{i:02d}", "text": t} for i, t in enumerate(item["documents"])]
        clusters[item["id"]] = write_jsonl(INPUTS / f"{item['id']}.jsonl", docs)
        mix += docs
    for n, line in enumerate((SHARED / "data/easc.jsonl").read_text(encoding="utf-8").splitlines()[:40]):
        item = json.loads(line)
        docs = [{"id": f"easc-{n:02d}-{i}", "text": t} for i, t in enumerate(item["documents"])]
        clusters[f"easc{n:02d}"] = write_jsonl(INPUTS / f"easc{n:02d}.jsonl", docs)
    random.Random(14).shuffle(mix)
    clusters["mix"] = write_jsonl(INPUTS / "mix.jsonl", mix)
    return clusters


def bad_inputs() -> dict[str, Path]:
    d = INPUTS / "bad"
    d.mkdir(parents=True, exist_ok=True)
    files = {
        "empty.txt": b"",
        "binary.bin": bytes(range(256)) * 4,
        "english.txt": b"This is an English text with no Arabic at all. It has two sentences.",
        "broken.jsonl": b'{"text": "\xd9\x82\xd8\xa7\xd9\x84"}\n{"text": \n[1, 2]\n{"id": 3}\n',
        "deep.json": b"[" * 100000 + b"]" * 100000,
        "list.json": b'[1, {"title": "x"}, {"text": 5}]',
        "junk.txt": "مقالات ذات صلة\nشارك\n".encode(),
        "unsupported.docx": b"PK\x03\x04",
        "cp1256.txt": "قال الرئيس إن المحادثات كانت مثمرة وبناءة للغاية.".encode("cp1256"),
    }
    out = {}
    for name, data in files.items():
        (d / name).write_bytes(data)
        out[name] = d / name
    return out


def desk_dump(mix: Path) -> None:
    from khulasa.desk.desk import Desk

    db = INPUTS / "desk.sqlite"
    db.unlink(missing_ok=True)
    docs = khulasa.load_documents([str(mix)]).documents
    clock = iter(float(1_800_000_000 + 60 * i) for i in range(10**6))
    with Desk(f"sqlite:///{db}", clock=lambda: next(clock)) as desk:
        report = desk.ingest(docs[: len(docs) // 2], summaries=True)
        report2 = desk.ingest(docs[len(docs) // 2 :], summaries=True)
        stories = [v.to_dict() for v in desk.stories()]
    from dataclasses import asdict

    reports = [{k: sorted(v) if isinstance(v, set) else v for k, v in asdict(r).items()} for r in (report, report2)]
    lines = [repr(reports), json.dumps(stories, ensure_ascii=False, indent=1, sort_keys=True)]
    con = sqlite3.connect(db)
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        lines.append(f"== {table}")
        rows = [
            repr(tuple(r.hex() if isinstance(r, bytes) else r for r in row))
            for row in con.execute(f"SELECT * FROM {table}")
        ]
        lines += sorted(rows)
    con.close()
    (OUT / "desk.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    clusters = inputs()
    for name, path in clusters.items():
        if name == "mix":
            continue
        for words in (60, 100, 250):
            cli(f"summarize/{name}-{words}.txt", ["summarize", str(path), "--words", str(words), "-f", "json"])
        if not name.startswith("easc"):
            cli(f"compare/{name}.json", ["compare", str(path), "-f", "json"])
    for name in ("demo", "example"):
        cli(f"summarize/{name}-md-100.txt", ["summarize", str(clusters[name]), "-f", "markdown"])
        cli(f"summarize/{name}-s3.txt", ["summarize", str(clusters[name]), "--sentences", "3"])
        cli(f"summarize/{name}-c400.txt", ["summarize", str(clusters[name]), "--chars", "400", "-f", "json"])
        cli(f"summarize/{name}-para.txt", ["summarize", str(clusters[name]), "--paraphrases", "-f", "json"])
        cli(f"compare/{name}.md", ["compare", str(clusters[name])])
        cli(f"compare/{name}.html", ["compare", str(clusters[name]), "-f", "html"])
    mix = str(clusters["mix"])
    cli("group/mix.jsonl", ["group", mix])
    cli("group/mix-window.json", ["group", mix, "--window-days", "2", "-f", "json"])
    cli("group/mix-threshold.jsonl", ["group", mix, "--threshold", "0.1"])
    cli("group/mix-summaries.jsonl", ["group", mix, "--summarize", "--words", "60"])
    # Error messages a user reads.
    bad = bad_inputs()
    demo = str(clusters["demo"])
    cases = {
        "missing": ["summarize", str(INPUTS / "nope.txt")],
        "words0": ["summarize", demo, "--words", "0"],
        "two-budgets": ["summarize", demo, "--words", "50", "--sentences", "2"],
        "words-neg": ["summarize", demo, "--words", "-3"],
        "chars-small": ["summarize", demo, "--chars", "3"],
        "bad-format": ["summarize", demo, "-f", "yaml"],
        "bad-method": ["summarize", demo, "--method", "magic"],
        "bad-order": ["summarize", demo, "--order", "random"],
        "group-format": ["group", demo, "-f", "csv"],
        "compare-format": ["compare", demo, "-f", "pdf"],
        "since": ["desk", "stories", "--db", f"sqlite:///{INPUTS / 'desk-err.sqlite'}", "--since", "yesterday"],
        "desk-db": ["desk", "stories", "--db", "mysql://x/y"],
        "desk-story": ["desk", "story", "nope", "--db", f"sqlite:///{INPUTS / 'desk-err.sqlite'}"],
        "eval-missing": ["eval", "--data", str(INPUTS / "nope.jsonl")],
        "eval-bad": ["eval", "--data", str(bad["broken.jsonl"])],
        "batch-missing": ["batch", str(INPUTS / "nope.jsonl"), str(INPUTS / "out.jsonl")],
        "batch-time": ["batch", demo, str(INPUTS / "out.jsonl"), "--time-limit", "0"],
        "out-folder": ["summarize", demo, "--out", str(INPUTS)],
        "out-full": ["summarize", demo, "--out", "/dev/full"],
    }
    for name, path in bad.items():
        cases[f"file-{name}"] = ["summarize", str(path)]
        cases[f"compare-{name}"] = ["compare", str(path)]
        cases[f"group-{name}"] = ["group", str(path)]
    cases["folder-bad"] = ["summarize", str(INPUTS / "bad"), demo]
    for name, args in cases.items():
        cli(f"errors/{name}.txt", args)
    for name, stdin in {
        "stdin-empty": "",
        "stdin-bad-json": '{"documents": [}',
        "stdin-text": "مرحبا",
        "stdin-deep": "[" * 50000,
    }.items():
        cli(f"errors/{name}.txt", ["summarize", "-"], stdin=stdin)
    library_errors()
    desk_dump(clusters["mix"])
    if BATCH:
        batch(clusters)


def library_errors() -> None:
    """Messages of the library's checks on settings and records, called directly."""
    from khulasa import Settings
    from khulasa.analysis.compare import CompareSettings
    from khulasa.config import GroupSettings
    from khulasa.records import read_record

    attempts = [
        lambda: Settings(words=0),
        lambda: Settings(words=-1),
        lambda: Settings(sentences=0),
        lambda: Settings(chars=0),
        lambda: Settings(method="x"),  # type: ignore[arg-type]
        lambda: Settings(order="x"),  # type: ignore[arg-type]
        lambda: Settings().with_budget(words=3, chars=4),
        lambda: CompareSettings(embeddings=2.0),
        lambda: CompareSettings(embeddings=-1.0),
        lambda: GroupSettings(threshold=-1.0),
        lambda: GroupSettings(threshold=2.0),
        lambda: GroupSettings(embeddings=3.0),
        lambda: GroupSettings(time_window_days=-1.0),
        lambda: GroupSettings(neighbors=0),
        lambda: GroupSettings(gate="x"),
        lambda: GroupSettings(mutual_k=0),
        lambda: GroupSettings(shingle_size=0),
        lambda: Settings(dedup_threshold=2.0),
        lambda: Settings(min_words=0),
        lambda: Settings(max_words=1, min_words=5),
        lambda: CompareSettings(link_threshold=5.0),
        lambda: CompareSettings(max_actors=-1),
        lambda: read_record(5, "d", where="x"),
        lambda: read_record({"title": "t"}, "d", where="y"),
        lambda: read_record({"text": 5}, "d", where="z"),
        lambda: read_record({"text": "نص", "id": []}, "d", where="w"),
        lambda: read_record("", "d", where="v"),
        lambda: khulasa.summarize([]),
        lambda: khulasa.summarize([khulasa.Document(id="a", text="hello world")]),
    ]
    lines = []
    for i, attempt in enumerate(attempts):
        try:
            result = attempt()
            lines.append(f"{i}: ok {result!r}"[:300])
        except Exception as exc:
            lines.append(f"{i}: {type(exc).__name__}: {exc}")
    (OUT / "library-errors.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def batch(clusters: dict[str, Path]) -> None:
    from khulasa.batch import run_batch

    records = []
    for name in ("demo", "example", "M000", "M001", "M002", "M003", "M004"):
        path = clusters[name]
        if path.is_dir():
            docs = [p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))]
        else:
            docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        records.append({"id": name, "documents": docs})
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines += ["{broken", '{"documents": ["نص"]}', '{"id": "empty", "documents": []}', '{"id": "demo", "documents": []}']
    src = INPUTS / "batch-in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for mode in ("clusters", "group"):
        out = INPUTS / f"batch-{mode}.jsonl"
        out.unlink(missing_ok=True)
        errors = INPUTS / f"batch-{mode}.errors.jsonl"
        errors.unlink(missing_ok=True)
        source = src if mode == "clusters" else clusters["mix"]
        report = run_batch(source, out, group=mode == "group", words=80, workers=1)
        text = [repr(report)]
        for path in (out, errors):
            text += sorted(path.read_text(encoding="utf-8").splitlines()) if path.exists() else ["(none)"]
        (OUT / f"batch-{mode}.txt").write_text("\n".join(text) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
