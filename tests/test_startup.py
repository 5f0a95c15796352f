"""Start-up: the package and the CLI import without the numeric stack, which loads on first use."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


@pytest.mark.parametrize("statement", ["import khulasa", "import khulasa.cli"])
def test_startup_import_does_not_load_scipy(statement):
    loaded = _loaded_after(statement)
    assert "khulasa" in loaded
    assert not {m for m in loaded if m == "scipy" or m.startswith("scipy.")}


def test_startup_lazy_pipeline_names_still_work():
    import khulasa
    from khulasa.summarizer.pipeline import prepare, summarize

    assert khulasa.summarize is summarize
    assert khulasa.prepare is prepare
    assert {"summarize", "prepare"} <= set(dir(khulasa))
    with pytest.raises(AttributeError):
        _ = khulasa.no_such_name
