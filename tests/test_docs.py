"""The README's promises: its test command is what CI runs, its example output is real."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _bash_blocks(text: str) -> list[str]:
    return re.findall(r"```bash\n(.*?)```", text, flags=re.S)


def test_docs_ci_runs_exactly_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    test_command = next(b.strip() for b in _bash_blocks(readme) if "pytest" in b)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_docs_readme_example_matches_demo_output():
    from khulasa.demo import demo_records_path
    from khulasa.io import load_documents
    from khulasa.render import to_markdown
    from khulasa.summarizer.pipeline import summarize

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"\$ khulasa demo --words 100\n(.*?)```", readme, flags=re.S).group(1).strip()
    summary = summarize(load_documents([demo_records_path()]).documents, words=100)
    assert shown == to_markdown(summary).strip()
