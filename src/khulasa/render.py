"""Summary output as plain text, Markdown with citations, or JSON."""

from __future__ import annotations

import json
from typing import Literal

from khulasa.errors import SettingsError
from khulasa.safe_text import json_for_terminal, markdown_text, markdown_url, one_line
from khulasa.types import Summary

Format = Literal["text", "markdown", "json"]
FORMATS: tuple[str, ...] = ("text", "markdown", "json")


def to_text(summary: Summary) -> str:
    """One sentence per line, as a reader would copy it (no control characters: safe in a terminal)."""
    return "\n".join(one_line(s.text) for s in summary.sentences)


def to_markdown(summary: Summary) -> str:
    """Sentences with ``[1][3]`` citations (``≈[2]``: the same in other words) and a numbered
    source list. Text from the articles is escaped (no HTML, no links but http(s) source URLs)."""
    number = {d.id: k for k, d in enumerate(summary.documents, 1)}
    total = len(summary.documents)
    lines = ["## الخلاصة", ""]
    for s in summary.sentences:
        refs = "".join(f"[{number[d]}]" for d in sorted(s.docs, key=number.__getitem__))
        reworded = "".join(f"[{number[d]}]" for d in sorted(s.paraphrase_docs, key=number.__getitem__))
        refs += f" ≈{reworded}" if reworded else ""
        lines.append(f"- {markdown_text(s.text)} {refs} ({len(s.docs)}/{total})")
    lines += ["", "## المصادر", ""]
    for d in summary.documents:
        label = markdown_text(d.outlet if not d.title else f"{d.outlet}: {d.title}")
        link = f" {markdown_url(d.url)}" if d.url else ""
        lines.append(f"{number[d.id]}. {label}{link}")
    return "\n".join(lines)


def to_json(summary: Summary) -> str:
    return json_for_terminal(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))


def render(summary: Summary, fmt: str = "text") -> str:
    if fmt == "text":
        return to_text(summary)
    if fmt == "markdown":
        return to_markdown(summary)
    if fmt == "json":
        return to_json(summary)
    raise SettingsError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
