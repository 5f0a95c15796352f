"""The evaluation gate: khulasa's dev-set ROUGE-2 must not drop below benchmarks/floor.json."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_floor_gate_passes(shared_data):
    pytest.importorskip("rouge_score")
    done = subprocess.run(
        [sys.executable, "check_floor.py"],
        cwd=REPO / "benchmarks",
        capture_output=True,
        text=True,
        timeout=600,
        env={"OPENBLAS_NUM_THREADS": "1", "PATH": "/usr/bin:/bin", "KHULASA_SHARED": str(shared_data.parent)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
