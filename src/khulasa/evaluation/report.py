"""Evaluation reports: a Markdown table, JSON with per-item scores, and a PNG chart of ROUGE-2."""

from __future__ import annotations

import json
from pathlib import Path

from khulasa.errors import MissingExtraError
from khulasa.evaluation.runner import EvalResult, SystemResult


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _row(s: SystemResult) -> str:
    low, high = s.intervals["rouge2_recall"]
    cells = [
        s.name,
        _pct(s.means["rouge1_recall"]),
        _pct(s.means["rouge1_f1"]),
        f"**{_pct(s.means['rouge2_recall'])}** [{_pct(low)}–{_pct(high)}]",
        _pct(s.means["rouge2_f1"]),
        _pct(s.means["rougeL_recall"]),
        _pct(s.means["rougeL_f1"]),
        f"{s.duplicate_rate:.2f}",
        f"{s.junk:.2f}",
        f"{s.mean_words:.0f}",
        f"{s.seconds_per_item:.3f}",
    ]
    return "| " + " | ".join(cells) + " |"


def _failures(system: SystemResult) -> str:
    """ "lexrank (2, the first on item d1: ValueError: …)": how many items failed, and why the first."""
    first = next(r for r in system.items if r.error)
    return f"{system.name} ({system.failures}, the first on item {first.item}: {first.error})"


def render_markdown(result: EvalResult) -> str:
    """One row per system: ROUGE recall/F1 (x100) with the R2-recall 95% CI, and summary measures."""
    settings = result.settings
    lines = [
        f"{result.items} items, {result.words} words, references combined by {settings.get('multi')}, "
        f"stemming {'on' if settings.get('stem') else 'off'}, bootstrap seed {settings.get('seed')}"
        + (f", data {Path(str(settings['data'])).name}" if settings.get("data") else ""),
        "",
        "| system | R1 R | R1 F | R2 R [95% CI] | R2 F | RL R | RL F | dup rate | junk/item | words | s/item |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *(_row(s) for s in result.systems),
    ]
    lines += _fact_table(result)
    failed = [_failures(s) for s in result.systems if s.failures]
    if failed:
        lines += ["", f"Failed items (scored 0): {'; '.join(failed)}; see the JSON output for every error."]
    if result.skipped:
        lines += ["", f"Skipped bad records (not scored): {len(result.skipped)}; see the JSON output."]
    return "\n".join(lines) + "\n"


def _fact_table(result: EvalResult) -> list[str]:
    """Key facts per system at each fact budget (empty when the run had no facts)."""
    budgets = sorted({b for s in result.systems for b in s.keyfacts})
    if not budgets:
        return []
    some = next(s for s in result.systems if s.keyfacts)
    total = int(some.keyfacts[budgets[0]]["total"])
    items = sum(1 for r in some.items if r.keyfacts)
    at = " / ".join(f"@{b}" for b in budgets)

    def cells(s: SystemResult, key: str) -> str:
        return " / ".join(_count(s.keyfacts[b].get(key, 0.0)) if b in s.keyfacts else "–" for b in budgets)

    return [
        "",
        f"Key facts ({items} items with facts, {total} facts; summaries cut at {at} words; counts summed over items):",
        "",
        f"| system | facts stated {at} | restating sentences | unfinished lines | junk sentences | "
        "facts repeated | dangling openers | sentences |",
        "|---|---|---|---|---|---|---|---|",
        *(
            f"| {s.name} | **{cells(s, 'stated')}** | {cells(s, 'restating')} | {cells(s, 'unfinished')} | "
            f"{cells(s, 'junk')} | {cells(s, 'repeated')} | {cells(s, 'dangling')} | {cells(s, 'sentences')} |"
            for s in result.systems
            if s.keyfacts
        ),
    ]


def _count(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def render_json(result: EvalResult) -> str:
    """The evaluation result as indented JSON."""
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


def write_chart(result: EvalResult, path: str | Path) -> Path:
    """A horizontal bar chart of mean ROUGE-2 recall per system with its 95% interval, as PNG."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise MissingExtraError("the evaluation chart", "bench") from None
    systems = sorted(result.systems, key=lambda s: s.means["rouge2_recall"])
    names = [s.name for s in systems]
    means = [100 * s.means["rouge2_recall"] for s in systems]
    errors = [
        [m - 100 * s.intervals["rouge2_recall"][0] for m, s in zip(means, systems, strict=True)],
        [100 * s.intervals["rouge2_recall"][1] - m for m, s in zip(means, systems, strict=True)],
    ]
    colors = ["#c0392b" if n == "khulasa" else "#7f8c8d" for n in names]
    fig, ax = plt.subplots(figsize=(7, 0.4 * len(names) + 1.2))
    ax.barh(names, means, xerr=errors, color=colors, capsize=3)
    ax.set_xlabel("ROUGE-2 recall (x100), mean with 95% bootstrap CI")
    title = f"{result.items} items, {result.words} words"
    if result.settings.get("data"):
        title = f"{Path(str(result.settings['data'])).name}: {title}"
    ax.set_title(title)
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
