"""Summary output as plain text, Markdown with citations, or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Literal

from khulasa.errors import SettingsError, unknown_format
from khulasa.extract.figures import figures_of
from khulasa.text.normalize import normalize
from khulasa.text.safe_text import json_for_terminal, markdown_text, markdown_url, one_line
from khulasa.types import Summary, SummarySentence

Format = Literal["text", "markdown", "json"]
FORMATS: tuple[str, ...] = ("text", "markdown", "json")


def _value_key(text: str) -> str:
    """What a contradicting figure's words state, to note each value once: its normalized value
    when they read as one figure ("45 آخرين" and "45 آخرون", two sentences of one outlet, are one
    value), else the words normalized."""
    found = figures_of(text)
    return found[0].label if len(found) == 1 else normalize(text)


def _dispute_notes(
    sentence: SummarySentence, name: Callable[[str], str], sep: str = "", safe: Callable[[str], str] = one_line
) -> str:
    """ "⚠ [4][5]: 15 قتيلا": the outlets that give another value for one of the sentence's figures,
    by the value as the first of them writes it (made ``safe`` for the output format). A value
    that contradicts two figures of the sentence ("47.86%" against both candidates' shares) is
    noted once: the note names the value, not the figure it is set against."""
    by_value: dict[str, list[str]] = {}
    for d in sentence.disputes:
        docs = by_value.setdefault(_value_key(d.text), [])
        if d.doc not in docs:
            docs.append(d.doc)
    shown = {_value_key(d.text): d.text for d in reversed(sentence.disputes)}
    return " ".join(f"⚠ {sep.join(name(doc) for doc in docs)}: {safe(shown[key])}" for key, docs in by_value.items())


def to_text(summary: Summary) -> str:
    """One sentence per line, as a reader would copy it (no control characters: safe in a
    terminal); an outlet that contradicts one of its figures is named after it ("⚠ المرصد: 15 قتيلا")."""
    outlet = {d.id: one_line(d.outlet) for d in summary.documents}
    lines = []
    for s in summary.sentences:
        notes = _dispute_notes(s, outlet.__getitem__, "، ")
        lines.append(f"{one_line(s.text)} {notes}" if notes else one_line(s.text))
    return "\n".join(lines)


def to_markdown(summary: Summary) -> str:
    """Sentences with ``[1][3]`` citations (``≈[2]``: the same in other words; "جزئيا [4]": part
    of it; "⚠ [5]: 15 قتيلا": a figure that contradicts it) and a numbered source list. Text from
    the articles is escaped (no HTML, no links but http(s) source URLs)."""
    number = {d.id: k for k, d in enumerate(summary.documents, 1)}
    # "(3/5)" counts outlets, not documents: two articles of one outlet (two entries of its feed)
    # are one outlet that carries the sentence.
    coverage = summary.coverage()
    lines = ["## الخلاصة", ""]
    for s, cov in zip(summary.sentences, coverage, strict=True):
        refs = "".join(f"[{number[d]}]" for d in sorted(s.docs, key=number.__getitem__))
        reworded = "".join(f"[{number[d]}]" for d in sorted(s.paraphrase_docs, key=number.__getitem__))
        refs += f" ≈{reworded}" if reworded else ""
        line = f"- {markdown_text(s.text)} {refs} ({cov['outlets']}/{cov['of']})"
        partly = "".join(f"[{number[d]}]" for d in sorted(s.partial_docs, key=number.__getitem__))
        line += f" جزئيا {partly}" if partly else ""
        notes = _dispute_notes(s, lambda doc: f"[{number[doc]}]", safe=markdown_text)
        lines.append(f"{line} {notes}" if notes else line)
    lines += ["", "## المصادر", ""]
    for d in summary.documents:
        label = markdown_text(d.outlet if not d.title else f"{d.outlet}: {d.title}")
        link = f" {markdown_url(d.url)}" if d.url else ""
        lines.append(f"{number[d.id]}. {label}{link}")
    return "\n".join(lines)


def to_json(summary: Summary) -> str:
    """The summary as indented JSON, safe for a terminal."""
    return json_for_terminal(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))


def render(summary: Summary, fmt: str = "text") -> str:
    """The summary in ``fmt``: text, markdown or json."""
    if fmt == "text":
        return to_text(summary)
    if fmt == "markdown":
        return to_markdown(summary)
    if fmt == "json":
        return to_json(summary)
    raise SettingsError(unknown_format(fmt, FORMATS))
