"""What changed in a story: new sentences since an earlier summary version, figures over time."""

from __future__ import annotations

import time
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from khulasa.types import Document

__all__ = ["figure_timeline", "new_sentences"]


def new_sentences(summary: Mapping[str, Any], earlier_docs: Collection[str]) -> list[int]:
    """Indices of the summary sentences whose fact no article of the earlier version carried.

    A sentence's ``sources`` (and ``paraphrases``) are every passage the summarizer grouped as the
    same fact, with the same figures and names; when none of them lies in an article the earlier
    version already had, the reader of that version has not seen the fact (the update task of
    TAC 2008). A changed figure is a new fact: near-copies whose figures differ are kept apart.
    """
    earlier = set(earlier_docs)
    out = []
    for i, sentence in enumerate(summary.get("sentences", [])):
        carried = {p["doc"] for p in sentence.get("sources", [])} | {p["doc"] for p in sentence.get("paraphrases", [])}
        if not carried & earlier:
            out.append(i)
    return out


def figure_timeline(documents: Sequence[Document], event_time: Mapping[str, float]) -> list[dict[str, Any]]:
    """compare's figure groups (a figure stated by two or more outlets), each value with its outlet
    and its article's time, in time order: how a death toll or a sum moved, and who said what when."""
    from khulasa.analysis.compare import CompareSettings, compare_figures
    from khulasa.summarizer.pipeline import prepare
    from khulasa.text.normalize import Analyzer

    prepared = prepare(documents)
    outlet_of = {d.id: d.outlet for d in documents}
    groups = compare_figures(prepared, Analyzer(stem=True), outlet_of, CompareSettings())
    out = []
    for group in groups:
        values = sorted(
            (
                {
                    "outlet": v.outlet,
                    "text": v.text,
                    "value": v.to_dict()["value"],
                    "normalized": v.normalized,
                    "doc": v.source.doc,
                    "time": _iso(event_time.get(v.source.doc)),
                }
                for v in group.values
            ),
            key=lambda v: (v["time"] or "", v["doc"]),
        )
        out.append({"subject": group.subject, "dimension": group.dimension, "agree": group.agree, "values": values})
    return out


def _iso(ts: float | None) -> str | None:
    return None if ts is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))
