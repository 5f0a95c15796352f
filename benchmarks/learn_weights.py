"""Concept weights learned from features, judged by leaving one development set out (issue 20).

Li, Qian & Liu (2013, "Using supervised bigram-based ILP for extractive summarization") learn each
concept's ILP weight from features instead of counting it. Here each concept khulasa's selection
weighs gets the features of :data:`khulasa.summarizer.learned.FEATURES` (its weight, the share of
documents and facts holding it, how early it is first mentioned, one word or two, frame, name,
figure, title, stop word, the cluster's size; no words of the data). The target (``--target``,
judged on the printed sentence of each candidate fact holding the concept with the key facts'
patterns, as ``sameday.py`` judges a summary sentence): ``any``, the share of those facts stating a
key fact; ``pin``, the largest share of them stating one and the same key fact; ``touch``, the share
of them in which one of the concept's words lies inside what a stated key fact's patterns match.
A logistic regression (L2, ``--C``,
standardized features) is fitted on that share (each concept a row of label 1 weighted by the share
and a row of label 0 weighted by the rest), over the concepts of every summary at every budget of
the training sets. The concept's weight becomes ``weight × probability ** power``
(``Settings.learned_weight``), rescaled so that the concepts weigh as much in all as before.

Leave-one-set-out: each of the development sets is summarized with a model fitted on the other
sets only, at each budget, and the key facts stated and the restating sentences (in printed order /
order-free) are summed over the held-out folds, beside the default (``learned_weight`` 0, the same
run). ``--save PATH`` also fits on every set and writes the coefficients (no data) as JSON, the
packaged ``khulasa/resources/model/concept_weights.json``.

    cd benchmarks && OPENBLAS_NUM_THREADS=1 DEVDATA=/work/devdata BATCHES="38 40 42 44" \\
        python learn_weights.py [--words 60,100,150] [--powers 0.5,1,2] [--C 1]
        [--target any|pin|touch] [--save PATH] [--text]

Sets: outlets, news-set-a, busy-day, fresh (as ``sameday.py`` reads them: $KHULASA_OUTLETS,
$KHULASA_NEWS_SET_A, $KHULASA_BUSY_DAY, $KHULASA_FRESH, default under $DEVDATA) and the batches
$DEVDATA/freshNN named by $BATCHES (each with its facts.json). No other batch is read. Writes
nothing but ``--save``; ``--text`` prints the summaries to standard error (the texts may not be
copied into the repository).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from _shared import REPO
from sameday import restating, run, stated_sets
from sklearn.linear_model import LogisticRegression

import khulasa.summarizer.select as select_module
from khulasa.evaluation.keyfacts import KeyFact, load_facts
from khulasa.evaluation.systems import parse_systems
from khulasa.summarizer import learned
from khulasa.text.normalize import Analyzer, normalize

DEVDATA = Path(os.environ.get("DEVDATA", REPO.parent / "devdata"))
BATCHES = os.environ.get("BATCHES", "38 40 42 44").split()
FACTS = REPO / "benchmarks" / "facts"
SHARED = Path(os.environ.get("KHULASA_SHARED", REPO.parent / "shared"))


def _sources() -> dict[str, tuple[Path, Path]]:
    env = os.environ.get
    named = {
        "outlets": (Path(env("KHULASA_OUTLETS", DEVDATA / "clusters")), FACTS / "outlets.json"),
        "news-set-a": (
            Path(env("KHULASA_NEWS_SET_A", DEVDATA / "news-set-a")),
            SHARED / "data" / "news-set-a" / "facts.json",
        ),
        "busy-day": (Path(env("KHULASA_BUSY_DAY", DEVDATA / "busy-day")), FACTS / "busy-day.json"),
        "fresh": (Path(env("KHULASA_FRESH", DEVDATA / "fresh-set")), FACTS / "fresh.json"),
    }
    for n in BATCHES:
        facts = DEVDATA / f"fresh{n}" / "facts.json"
        named[f"fresh{n}"] = (DEVDATA / f"fresh{n}", facts if facts.is_file() else FACTS / "batches" / f"fresh{n}.json")
    return named


Cluster = tuple[str, list[str], tuple[KeyFact, ...]]


def read_set(root: Path, facts_file: Path) -> list[Cluster]:
    """``(cluster id, texts, key facts)`` of every cluster of a set whose texts are here."""
    out = []
    for cluster, facts in sorted(load_facts(facts_file).items()):
        files = sorted((root / cluster).glob("*.txt"))
        if files:
            out.append((cluster, [p.read_text(encoding="utf-8") for p in files], facts))
    return out


@dataclass
class Recorder:
    """What the selection weighed in the summary being made (first call of ``select`` only)."""

    call: dict[str, Any] | None = None
    candidate_ok: Sequence[bool] | None = None
    originals: dict[str, Callable[..., Any]] = field(default_factory=dict)

    def install(self) -> None:
        self.originals = {"w": select_module._summary_weights, "c": select_module._candidates}

        def weights(facts, all_concepts, n_docs, settings, analyzer, titles, **kw):  # type: ignore[no-untyped-def]
            out = self.originals["w"](facts, all_concepts, n_docs, settings, analyzer, titles, **kw)
            if self.call is None:
                self.call = dict(
                    facts=facts, all_concepts=all_concepts, n_docs=n_docs, settings=settings, analyzer=analyzer,
                    titles=titles, weights=dict(out),
                )  # fmt: skip
            return out

        def candidates(facts, all_concepts, candidate_ok, settings, unit):  # type: ignore[no-untyped-def]
            if self.candidate_ok is None:
                self.candidate_ok = list(candidate_ok)
            return self.originals["c"](facts, all_concepts, candidate_ok, settings, unit)

        select_module._summary_weights = weights
        select_module._candidates = candidates

    def uninstall(self) -> None:
        select_module._summary_weights = self.originals["w"]
        select_module._candidates = self.originals["c"]


def _touched(text: str, keyfacts: Sequence[KeyFact], analyzer: Analyzer) -> set[str]:
    """The words (as written and stemmed) inside what the patterns of the key facts ``text``
    states match."""
    normalized = normalize(text)
    out: set[str] = set()
    for k in keyfacts:
        if k.stated_by(text):
            for p in k.patterns:
                for m in p.finditer(normalized):
                    tokens = analyzer.tokens(m.group())
                    out.update(tokens, analyzer.stem_tokens(tokens))
    return out


def _labels(fact_text: str, concepts: frozenset[str], keyfacts: Sequence[KeyFact], target: str, analyzer: Analyzer):  # type: ignore[no-untyped-def]
    """Per concept of one candidate fact: 1 when it counts as stating (``target``), else 0; or,
    for ``pin``, the set of key facts the fact states."""
    if target == "touch":
        words = _touched(fact_text, keyfacts, analyzer)
        return {c: float(any(w in words for w in c.split(" "))) for c in concepts}
    stated = frozenset(k.id for k in keyfacts if k.stated_by(fact_text))
    return dict.fromkeys(concepts, stated if target == "pin" else float(bool(stated)))


def _target(values: list[Any], target: str) -> float:
    if target != "pin":
        return float(np.mean(values))
    ids = set().union(*values)
    return max((float(np.mean([i in v for v in values])) for i in ids), default=0.0)


def rows_of(
    call: dict[str, Any], candidate_ok: Sequence[bool], keyfacts: Sequence[KeyFact], target: str = "any"
) -> tuple[np.ndarray, np.ndarray]:
    """Features and target of every weighted concept some candidate fact holds. ``any``: the share
    of those facts whose sentence states a key fact; ``pin``: the largest share of them stating one
    and the same key fact; ``touch``: the share of them in which one of its words lies inside what
    a stated key fact's patterns match (nearest to Li et al.'s bigrams of the reference)."""
    facts, all_concepts = call["facts"], call["all_concepts"]
    if call["n_docs"] <= 1 or not call["weights"]:
        return np.zeros((0, len(learned.FEATURES))), np.zeros(0)
    inputs = select_module.learned_inputs(facts, call["settings"], call["analyzer"], call["titles"])
    concepts, x = learned.concept_features(call["weights"], facts, all_concepts, call["n_docs"], **inputs)
    holding: dict[str, list[Any]] = {}
    for fact, cs, ok in zip(facts, all_concepts, candidate_ok, strict=True):
        if ok:
            labels = _labels(fact.representative.text, cs, keyfacts, target, call["analyzer"])
            for c, v in labels.items():
                holding.setdefault(c, []).append(v)
    keep = [i for i, c in enumerate(concepts) if c in holding]
    y = np.array([_target(holding[concepts[i]], target) for i in keep])
    return x[keep], y


def fit(x: np.ndarray, y: np.ndarray, c: float) -> learned.ConceptModel:
    """Logistic regression on the soft target (two weighted rows per concept), standardized."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(np.vstack([z, z]), np.r_[np.ones(len(y)), np.zeros(len(y))], sample_weight=np.r_[y, 1 - y] + 1e-9)
    return learned.ConceptModel(
        mean=tuple(map(float, mean)),
        scale=tuple(map(float, scale)),
        coef=tuple(map(float, model.coef_[0])),
        intercept=float(model.intercept_[0]),
    )


def score(sentences: Sequence[str], keyfacts: Sequence[KeyFact]) -> tuple[int, int, int]:
    sets = stated_sets(sentences, keyfacts)
    in_order, order_free = restating(sets)
    return len(set().union(*sets)) if sets else 0, in_order, order_free


def show(label: str, cluster: str, sentences: Sequence[str], keyfacts: Sequence[KeyFact]) -> None:
    sets = stated_sets(sentences, keyfacts)
    body = "\n  ".join(f"{sorted(k)} {s}" for k, s in zip(sets, sentences, strict=True))
    print(f"\n{label} {cluster}:\n  {body}", file=sys.stderr)


def collect(data: dict[str, list[Cluster]], budgets: Sequence[int], text: bool, target: str) -> tuple[dict, dict]:
    """The default's scores per (set, budget) and its training rows per set."""
    base = parse_systems("khulasa")[0]
    scores: dict[tuple[str, int], list[int]] = {}
    rows: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
    for name, items in data.items():
        for words in budgets:
            total = [0, 0, 0]
            for cluster, texts, keyfacts in items:
                rec = Recorder()
                rec.install()
                try:
                    sentences = run(base, texts, words)
                finally:
                    rec.uninstall()
                total = [a + b for a, b in zip(total, score(sentences, keyfacts), strict=True)]
                if text:
                    show(f"default {words} {name}", cluster, sentences, keyfacts)
                if rec.call is not None and rec.candidate_ok is not None:
                    rows.setdefault(name, []).append(rows_of(rec.call, rec.candidate_ok, keyfacts, target))
            scores[name, words] = total
            print(f"  default {name} {words}: {total}", file=sys.stderr, flush=True)
    return scores, rows


def stacked(parts: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    return np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def held_out(
    data: dict[str, list[Cluster]],
    rows: dict[str, list[tuple[np.ndarray, np.ndarray]]],
    budgets: Sequence[int],
    powers: Sequence[float],
    c: float,
    text: bool,
) -> dict[tuple[float, str, int], list[int]]:
    """Each set summarized with the model fitted on the other sets, at each power and budget."""
    out = {}
    original = learned.concept_model
    try:
        for name, items in data.items():
            x, y = stacked([r for other, rs in rows.items() if other != name for r in rs])
            model = fit(x, y, c)
            learned.concept_model = lambda m=model: m  # type: ignore[misc]
            for power in powers:
                system = parse_systems(f"khulasa-learned=learned_weight:{power}")[0]
                for words in budgets:
                    total = [0, 0, 0]
                    for cluster, texts, keyfacts in items:
                        sentences = run(system, texts, words)
                        total = [a + b for a, b in zip(total, score(sentences, keyfacts), strict=True)]
                        if text:
                            show(f"learned^{power} {words} {name}", cluster, sentences, keyfacts)
                    out[power, name, words] = total
                    print(f"  learned^{power} {name} {words}: {total}", file=sys.stderr, flush=True)
    finally:
        learned.concept_model = original  # type: ignore[misc]
    return out


def table(
    data: dict[str, list[Cluster]],
    base: dict[tuple[str, int], list[int]],
    cv: dict[tuple[float, str, int], list[int]],
    budgets: Sequence[int],
    powers: Sequence[float],
) -> None:
    cols = " | ".join(f"{w} words" for w in budgets)
    print(f"\n| set (facts) | variant | {cols} |\n|---|---|" + "---|" * len(budgets))

    def cell(t: list[int]) -> str:
        return f"{t[0]} ({t[1]} / {t[2]})"

    for name, items in data.items():
        n = sum(len(f) for _, _, f in items)
        print(f"| {name} ({n}) | default | " + " | ".join(cell(base[name, w]) for w in budgets) + " |")
        for p in powers:
            print(f"| | held out, power {p} | " + " | ".join(cell(cv[p, name, w]) for w in budgets) + " |")
    n = sum(len(f) for items in data.values() for _, _, f in items)

    def summed(get: Callable[[str, int], list[int]], w: int) -> list[int]:
        return [sum(v) for v in zip(*(get(name, w) for name in data), strict=True)]

    print(f"| all ({n}) | default | " + " | ".join(cell(summed(lambda s, w: base[s, w], w)) for w in budgets) + " |")
    for p in powers:
        row = " | ".join(cell(summed(lambda s, w, p=p: cv[p, s, w], w)) for w in budgets)
        print(f"| | held out, power {p} | {row} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", default="60,100,150")
    parser.add_argument("--powers", default="1")
    parser.add_argument("--C", type=float, default=1.0, dest="c")
    parser.add_argument("--sets", default="")
    parser.add_argument("--target", choices=("any", "pin", "touch"), default="any")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--text", action="store_true")
    args = parser.parse_args(argv)
    budgets = [int(w) for w in args.words.split(",")]
    powers = [float(p) for p in args.powers.split(",") if p]
    sources = _sources()
    wanted = args.sets.split(",") if args.sets else list(sources)
    data = {name: read_set(*sources[name]) for name in wanted}
    data = {k: v for k, v in data.items() if v}
    start = time.time()
    base, rows = collect(data, budgets, args.text, args.target)
    print(f"collected in {time.time() - start:.0f} s", file=sys.stderr)
    if args.save:
        x, y = stacked([r for rs in rows.values() for r in rs])
        model = fit(x, y, args.c)
        trained = {
            "how": (
                "benchmarks/learn_weights.py --save: logistic regression (L2, C="
                f"{args.c}, standardized) of the concept's target '{args.target}' (the share of candidate facts"
                f" holding it that state a key fact), over every summary at {args.words} words of the sets"
                f" {', '.join(data)}"
            ),
            "concepts": len(y),
            **model.to_dict(),
        }
        args.save.write_text(json.dumps(trained, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for f, coef in sorted(zip(learned.FEATURES, model.coef, strict=True), key=lambda t: -abs(t[1])):
            print(f"  {coef:+.3f} {f}", file=sys.stderr)
    cv = held_out(data, rows, budgets, powers, args.c, args.text) if powers else {}
    table(data, base, cv, budgets, powers)
    print(f"\n{time.time() - start:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
