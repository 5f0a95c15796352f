"""Shared fixtures and the --runslow switch."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from khulasa.types import Document

# CI runs the property tests with a fixed seed, so that a red run is reproducible and a green one
# is not luck; local runs keep exploring new examples (and find bugs such as an all-tags sentence).
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHULASA_SHARED", REPO.parent / "shared"))
EXAMPLE = SHARED / "examples" / "putin-kim-summit-2019"
DATA = SHARED / "data"
# Public multi-outlet clusters kept outside the repository (benchmarks/facts/outlets-sources.tsv).
OUTLETS = Path(os.environ.get("KHULASA_OUTLETS", REPO.parent / "devdata" / "clusters"))
# The busy-day events (benchmarks/facts/busy-day-sources.tsv), also outside the repository.
BUSY_DAY = Path(os.environ.get("KHULASA_BUSY_DAY", REPO.parent / "devdata" / "busy-day"))
# news-set-a's texts, rebuilt outside the repository (../shared/data/news-set-a/README.md).
NEWS_SET_A = Path(os.environ.get("KHULASA_NEWS_SET_A", REPO.parent / "devdata" / "news-set-a"))
# The fresh check clusters (benchmarks/facts/fresh-sources.tsv), one folder per cluster, outside the repository.
FRESH = Path(os.environ.get("KHULASA_FRESH", REPO.parent / "devdata" / "fresh-set"))
DEMO = REPO / "src" / "khulasa" / "demo" / "putin-kim-2019"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", default=False, help="run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def read_folder(folder: Path) -> list[Document]:
    return [Document(p.stem, p.read_text(encoding="utf-8"), path=str(p)) for p in sorted(folder.glob("*.txt"))]


def one_line_error(result: Any) -> str:
    """The one line a failed CLI run (CliRunner) wrote to stderr: no traceback, no other line."""
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="session")
def demo_docs() -> list[Document]:
    return read_folder(DEMO)


@pytest.fixture(scope="session")
def example_docs() -> list[Document]:
    if not EXAMPLE.is_dir():
        pytest.skip("../shared/examples is not present")
    return read_folder(EXAMPLE)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return DATA


def desk_stories(folder: Path, docs: list[Document], **overrides: object) -> set[frozenset[str]]:
    """The stories a fresh SQLite desk in ``folder`` makes of ``docs`` (ingested two at a time,
    with ``overrides`` of the desk settings), each as the set of its article ids."""
    from dataclasses import replace

    from khulasa.desk import Desk, DeskSettings

    settings = replace(DeskSettings(), batch_size=2, **overrides)
    name = "desk-" + "-".join(f"{k}={v}" for k, v in sorted(overrides.items())) + ".sqlite"
    with Desk(f"sqlite:///{folder / name}", settings) as desk:
        desk.ingest(docs, summaries=False)
        rows = desk.store.all("SELECT id, story_id FROM articles")
    by_story: dict[str, set[str]] = {}
    for doc_id, story in rows:
        by_story.setdefault(story, set()).add(doc_id)
    return {frozenset(m) for m in by_story.values()}


def stored_summary(*texts: str) -> dict[str, Any]:
    """A summary of ``texts`` as the desk stores it (no sources, no ⚠ notes)."""
    return {"sentences": [{"text": t, "sources": [], "disputes": []} for t in texts]}


def sha256_mismatches(root: Path, rows: list[dict[str, str]]) -> list[str]:
    """``cluster/file`` of each of ``rows`` (a sources table's rows) whose file under ``root`` has
    another sha256 than the row's."""
    import hashlib

    return [
        f"{r['cluster']}/{r['file']}"
        for r in rows
        if hashlib.sha256((root / r["cluster"] / r["file"]).read_bytes()).hexdigest() != r["sha256"]
    ]


# Made-up reports of one made-up event (two outlets, three sentences each), for tests of systems
# that read a cluster (tests/test_sameday_whole.py, tests/test_fact_oracle.py).
QUAKE_REPORTS = (
    "ضرب زلزال قوي مدينة ساحلية صغيرة فجر اليوم وأدى إلى انهيار عشرات المباني القديمة في وسطها. "
    "وقال الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض. "
    "وأعلنت الحكومة الحداد ثلاثة أيام.",
    "أدى زلزال قوي فجر اليوم إلى انهيار عشرات المباني في مدينة ساحلية صغيرة. "
    "وتبحث فرق الإنقاذ عن ناجين تحت أنقاض المباني المنهارة. "
    "وفتحت المدارس أبوابها لإيواء من فقدوا بيوتهم.",
)
