"""benchmarks/facts/outlets-sources.tsv: its columns, and the rebuilt texts against their sha256."""

from __future__ import annotations

import csv
import re

import pytest

from .conftest import OUTLETS, REPO, sha256_mismatches

SOURCES = REPO / "benchmarks" / "facts" / "outlets-sources.tsv"


def _rows() -> list[dict[str, str]]:
    with SOURCES.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_row_has_a_file_name_and_an_empty_or_hex_sha256() -> None:
    rows = _rows()
    assert rows and list(rows[0]) == ["cluster", "file", "url", "sha256"]
    for row in rows:
        assert re.fullmatch(r"\d{3}_[\w.-]+\.txt", row["file"]), row
        assert re.fullmatch(r"(?:[0-9a-f]{64})?", row["sha256"]), row
    assert len({(r["cluster"], r["file"]) for r in rows}) == len(rows)


def test_every_rebuilt_text_matches_its_sha256() -> None:
    present = [r for r in _rows() if r["sha256"] and (OUTLETS / r["cluster"] / r["file"]).is_file()]
    if not present:
        pytest.skip(f"no outlets texts under {OUTLETS} (set KHULASA_OUTLETS)")
    wrong = sha256_mismatches(OUTLETS, present)
    assert wrong == []
