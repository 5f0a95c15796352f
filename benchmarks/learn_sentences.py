"""A learned sentence value, judged by leaving one development set out (issue 20, helper learns21).

Does a small supervised model of "this candidate sentence states a key fact" raise the key facts
stated at 60, 100 and 150 words when it enters khulasa's selection as a per-candidate bonus? Every
number printed is held out: each of the eight development sets (outlets, news-set-a, busy-day,
fresh and the batches fresh38, fresh40, fresh42, fresh44) is summarized with a model fitted on the
other seven only; the folds' counts are summed.

Features per candidate (``FEATURES``), as ``select`` sees it when it adds the bonuses
(``select._bonuses``), none of them words of the data: length, position in its article and the
article's share of its cluster, the documents carrying its near-copies, its concepts' weights (sum,
per word, share of the cluster's highest, rank), khulasa's ``centrality``, how widely its content
words are used across wordings (SumBasic's mean word probability over the cluster; the mean share of
documents holding each of its content words, all of them and those outside the story's frame; the
share of them half the other documents write; the best share of them one sentence of another
document holds), the share of its words that are frame words (names, titles, places), its figures and
names (and how many other documents give the same value or name), quotes and reported speech, a
source naming no one, the hand rules' marks (backdrop, courtesy, aside) and the cluster's size.
Label: the key facts the candidate's own text states (``KeyFact.stated_by``), so a candidate the
selection never chose is labelled too. One model per budget (the candidates and the concept weights
differ with it), fitted on that budget's candidates of the training sets.

Models (``--models``): ``logit`` (logistic regression, "states one or more": its probability),
``gbc`` (gradient boosting, the same), ``ridge`` and ``gbr`` (regressions of the count),
``ridge-word`` (the count per word, times the words); ``const`` (every candidate 1: a bonus per
sentence with nothing learned) and ``label`` (the true label of the held-out cluster: a ceiling,
no result) are controls. ``--label novel`` counts only the key facts the cluster's candidate of most
concept value (the telling of the event a summary opens with) does not state. Uses (``--uses``):
``sent`` adds ``scale`` x the mean concept value of the cluster's candidates x the score per
candidate; ``sentc`` the same with the score less its mean over the cluster (no push to more,
shorter sentences); ``word`` adds ``scale`` x the mean concept value per word x words x (score less
its mean), a value per word; ``belowT`` (``below0.3``) makes a candidate whose score is under T pay
``scale`` x the mean concept value per word for each of its words, as the hand costs of an aside or
a courtesy sentence do. ``--replace`` also turns the hand costs off (backdrop, courtesy, aside, past
half: the model holds their marks as features).

Rows "chosen by the other sets": for each held-out set, the learned (model, use, scale) with the most
key facts over the other seven sets' held-out folds (60 + 100 + 150, fewest restating on ties),
applied to it; "per budget, the default among them": the same choice made per budget, where the
default may win. What a setting picked without the set would do.

    cd benchmarks && OPENBLAS_NUM_THREADS=1 KHULASA_SHARED=/work/shared DEVDATA=/work/devdata \\
        python learn_sentences.py [--models logit,gbc,...] [--uses sent,word,below0.3] [--scales 0.05,0.1]
        [--batches 38,40,42,44] [--label count|novel] [--replace] [--coefficients]

About 10 s a row on a free core (192 summaries); the default grid has 84 rows. Set OMP_NUM_THREADS=1
on a shared machine: gradient boosting's threads otherwise wait on each other.

DEVDATA (default ../devdata beside the checkout) as ``dev_sets.sh`` reads it; only the batches named
are read (never a held-out one). Writes nothing; prints the tables.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
DEVDATA = Path(os.environ.get("DEVDATA", HERE.parent.parent / "devdata"))
for _var, _sub in (
    ("KHULASA_OUTLETS", "clusters"),
    ("KHULASA_NEWS_SET_A", "news-set-a"),
    ("KHULASA_BUSY_DAY", "busy-day"),
    ("KHULASA_FRESH", "fresh-set"),
):
    os.environ.setdefault(_var, str(DEVDATA / _sub))

from learned_keyfacts import Scorer, claims_by_document  # noqa: E402
from sameday import clusters, restating, run, stated_sets  # noqa: E402

import khulasa.summarizer.select as sel  # noqa: E402
from khulasa.evaluation.keyfacts import KeyFact, load_facts  # noqa: E402
from khulasa.evaluation.systems import parse_systems  # noqa: E402
from khulasa.extract.claims import claims_of, salient_figures, same_value  # noqa: E402
from khulasa.text.clean import attribution_words  # noqa: E402
from khulasa.text.normalize import Analyzer  # noqa: E402

BASE_SETS = ("outlets", "news-set-a", "busy-day", "fresh")
BUDGETS = (60, 100, 150)
FEATURES = (
    "log words",
    "words / budget",
    "1/(1+position)",
    "first sentence",
    "relative position in its article",
    "its article's share of the cluster's sentences",
    "documents carrying it (share)",
    "log documents carrying it",
    "concept value",
    "concept value per word",
    "concept value / cluster max",
    "concept value rank",
    "concept value / cluster mean",
    "centrality",
    "SumBasic mean word probability / cluster max",
    "mean document share of its content words",
    "mean document share of its content words outside the frame",
    "content words half the other documents write (share)",
    "content words half the other documents write (count)",
    "best share of its content words one other sentence holds, mean over documents",
    "documents with a sentence holding half its content words (share)",
    "frame words (share)",
    "figures",
    "salient figures",
    "figures another document gives (max documents share)",
    "names",
    "names other documents give (mean share)",
    "quote",
    "reported speech words",
    "opens with reported speech",
    "told by no one",
    "backdrop",
    "courtesy",
    "aside",
    "digits",
    "log documents",
    "log candidates",
)

STATE: dict[str, Any] = {"mode": "off", "weights": {}, "cache": {}, "last": None}
_WEIGHTS = sel._summary_weights
_BONUSES = sel._bonuses
_COSTS = {name: getattr(sel, name) for name in ("_backdrop_paid", "_courtesy_paid", "_aside_paid", "_past_half_paid")}


def _rank(values: Sequence[float]) -> list[float]:
    if len(values) <= 1:
        return [1.0] * len(values)
    order = np.argsort(np.argsort(values, kind="stable"), kind="stable")
    return [float(o) / (len(values) - 1) for o in order]


def features(cands: Sequence[Any], facts: Sequence[Any], analyzer: Analyzer, weights: dict[str, float]) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate."""
    budget = STATE["budget"]
    sentences = [s for f in facts for s in f.sentences]
    docs = sorted({s.doc for s in sentences})
    n_docs = max(len(docs), 1)
    doc_len: dict[str, int] = {}
    for s in sentences:
        doc_len[s.doc] = max(doc_len.get(s.doc, 0), s.index + 1)
    total_len = max(sum(doc_len.values()), 1)
    sent_terms = [(s.doc, frozenset(analyzer.content_terms(s.text))) for s in sentences]
    counts: dict[str, int] = {}
    holders: dict[str, set[str]] = {}
    for s in sentences:
        for t in analyzer.content_terms(s.text):
            counts[t] = counts.get(t, 0) + 1
    for d, terms in sent_terms:
        for t in terms:
            holders.setdefault(t, set()).add(d)
    n_tokens = max(sum(counts.values()), 1)
    frame = sel.frame_words([f.representative.text for f in facts], analyzer)
    central = sel.centrality(cands, sentences, analyzer)
    values = [sum(weights.get(x, 0.0) for x in c.concepts) for c in cands]
    top = max(values, default=0.0) or 1.0
    mean_value = float(np.mean(values)) if values else 1.0
    value_rank = _rank(values)
    speech = attribution_words()
    doc_figs, doc_claims = claims_by_document(sentences)
    terms_of = [analyzer.content_terms(c.fact.representative.text) for c in cands]
    sumbasic = [float(np.mean([counts.get(t, 0) / n_tokens for t in ts])) if ts else 0.0 for ts in terms_of]
    sb_top = max(sumbasic, default=0.0) or 1.0
    rows = []
    for j, c in enumerate(cands):
        fact = c.fact
        rep = fact.representative
        text = rep.text
        own = set(fact.docs)
        others = [d for d in docs if d not in own]
        half = max(1.0, len(others) / 2)
        mine = frozenset(terms_of[j])
        shares = [len(holders.get(t, ())) / n_docs for t in mine]
        outside = [len(holders.get(t, ())) / n_docs for t in mine if t not in frame]
        widely = sum(len(holders.get(t, set()) - own) >= half for t in mine)
        best = dict.fromkeys(others, 0.0)
        if mine:
            for d, terms in sent_terms:
                if d in best:
                    best[d] = max(best[d], len(mine & terms) / len(mine))
        claims = claims_of(text)
        salient = salient_figures(claims)
        fig_support = [
            sum(1 for d in others if any(same_value(f, g) for g in doc_figs.get(d, ()))) / max(len(others), 1)
            for f in salient
        ]
        name_support = [
            sum(1 for d in others if any(x.states_name(n) for x in doc_claims.get(d, ()))) / max(len(others), 1)
            for n in claims.names
        ]
        toks = analyzer.tokens(text)
        p = min(s.index for s in fact.sentences)
        rows.append(
            [
                math.log(max(c.words, 1)),
                c.words / budget,
                1.0 / (1 + p),
                float(p == 0),
                rep.index / max(doc_len.get(rep.doc, 1), 1),
                doc_len.get(rep.doc, 0) / total_len,
                len(own) / n_docs,
                math.log(len(own) or 1),
                values[j],
                values[j] / max(c.words, 1),
                values[j] / top,
                value_rank[j],
                values[j] / (mean_value or 1.0),
                central[j],
                sumbasic[j] / sb_top,
                float(np.mean(shares)) if shares else 0.0,
                float(np.mean(outside)) if outside else 0.0,
                widely / max(len(mine), 1),
                float(widely),
                float(np.mean(list(best.values()))) if best else 0.0,
                float(np.mean([v >= 0.5 for v in best.values()])) if best else 0.0,
                sum(t in frame for t in mine) / max(len(mine), 1),
                len(claims.figures),
                len(salient),
                max(fig_support, default=0.0),
                len(claims.names),
                float(np.mean(name_support)) if name_support else 0.0,
                float(any(q in text for q in '«»"“”')),
                sum(1 for t in toks if t in speech or t[1:] in speech),
                float(sel._opens_reported(text)),
                float(sel._told_by_no_one(text)),
                float(sel.is_backdrop(text)),
                float(sel.is_courtesy(text)),
                float(bool(sel.aside_kinds(text))),
                float(any(ch.isdigit() for ch in text)),
                math.log(n_docs),
                math.log(max(len(cands), 1)),
            ]
        )
    return np.array(rows, dtype=float).reshape(len(cands), len(FEATURES))


def _weights_hook(*args: Any, **kwargs: Any) -> dict[str, float]:
    weights = _WEIGHTS(*args, **kwargs)
    STATE["weights"] = weights
    return weights


def _bonuses_hook(cands, position_scale, fill_scale, centrality_scale, facts, analyzer):
    bonus = _BONUSES(cands, position_scale, fill_scale, centrality_scale, facts, analyzer)
    if STATE["mode"] == "off" or not cands or len({d for f in facts for d in f.docs}) < 2:
        return bonus
    texts = tuple(c.fact.representative.text for c in cands)
    key = (STATE["cluster"], STATE["budget"], texts)
    if key not in STATE["cache"]:
        STATE["cache"][key] = features(cands, facts, analyzer, STATE["weights"])
    x = STATE["cache"][key]
    STATE["last"] = (texts, x)
    if STATE["mode"] == "record":
        return bonus
    weights = STATE["weights"]
    values = np.array([sum(weights.get(k, 0.0) for k in c.concepts) for c in cands])
    words = np.array([max(c.words, 1) for c in cands], dtype=float)
    mean_value = float(values.mean()) or 1.0
    density = max(float((values / words).mean()), 1e-3)
    s = np.asarray(STATE["score"](texts, x), dtype=float)
    use, scale = STATE["use"], STATE["scale"]
    if use == "sent":
        add = scale * mean_value * np.maximum(s, 0.0)
    elif use == "sentc":
        add = scale * mean_value * (s - s.mean())
    elif use.startswith("below"):  # a cost per word for a candidate unlikely to state a key fact
        add = -scale * density * words * (np.minimum(s, 1.0) < float(use.removeprefix("below")))
    else:  # word
        add = scale * density * words * (s - s.mean())
    return [b + float(a) for b, a in zip(bonus, add, strict=True)]


def _no_cost(cands, bonus, *args, **kwargs):
    return list(bonus)


sel._summary_weights = _weights_hook
sel._bonuses = _bonuses_hook


def set_replace(on: bool) -> None:
    for name, original in _COSTS.items():
        setattr(sel, name, _no_cost if on else original)


def load(batches: Sequence[str]) -> dict[str, list[tuple[str, list[str], tuple[KeyFact, ...]]]]:
    out = {name: clusters(name) for name in BASE_SETS}
    for n in batches:
        root = DEVDATA / f"fresh{n}"
        items = []
        for cluster, facts in sorted(load_facts(root / "facts.json").items()):
            files = sorted((root / cluster).glob("*.txt"))
            if files:
                items.append((cluster, [p.read_text(encoding="utf-8") for p in files], facts))
        out[f"fresh{n}"] = items
    return out


def labels(texts: Sequence[str], x: np.ndarray, facts: Sequence[KeyFact], how: str) -> np.ndarray:
    """Per candidate: the key facts its text states (``count``), or (``novel``) those the cluster's
    candidate of most concept value does not state (the telling of the event every summary opens with)."""
    stated = [{k.id for k in facts if k.stated_by(t)} for t in texts]
    if how == "novel" and len(texts):
        core = stated[int(np.argmax(x[:, FEATURES.index("concept value")]))]
        return np.array([len(s - core) for s in stated], dtype=float)
    return np.array([len(s) for s in stated], dtype=float)


def _scorer(kind: str) -> Scorer:
    """learned_keyfacts.py's scorer of one kind, its logistic regression given more iterations."""
    return Scorer(kind, logit_iterations=3000)


def count(system: Any, data: dict, budgets: Sequence[int], score_of=None) -> dict[tuple[str, int], tuple[int, int]]:
    """(facts stated, restating in printed order) per (set, budget)."""
    out: dict[tuple[str, int], tuple[int, int]] = {}
    for name, items in data.items():
        for cluster, texts, facts in items:
            STATE["cluster"] = cluster
            for words in budgets:
                STATE["budget"] = words
                if score_of is not None:
                    STATE["score"] = score_of(name, cluster, words)
                sets = stated_sets(run(system, texts, words), facts)
                got = len(set().union(*sets)) if sets else 0
                a, b = out.get((name, words), (0, 0))
                out[(name, words)] = (a + got, b + restating(sets)[0])
    return out


def total(result: dict[tuple[str, int], tuple[int, int]], sets: Sequence[str], words: int) -> tuple[int, int]:
    return (sum(result[(n, words)][0] for n in sets), sum(result[(n, words)][1] for n in sets))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default="logit,gbc,gbr,ridge,ridge-word,const,label")
    parser.add_argument("--uses", default="sent,word,below0.3")
    parser.add_argument("--scales", default="0.05,0.1,0.2,1")
    parser.add_argument("--batches", default="38,40,42,44")
    parser.add_argument("--label", choices=("count", "novel"), default="count")
    parser.add_argument("--replace", action="store_true", help="turn the hand costs off under the learned value")
    parser.add_argument("--coefficients", action="store_true", help="print the logit fitted on every set")
    args = parser.parse_args(argv)
    t0 = time.time()
    data = load([b for b in args.batches.split(",") if b])
    names = list(data)
    system = parse_systems("khulasa")[0]
    # 1. The default, recording every cluster's candidates and labels at each budget.
    STATE["mode"] = "record"
    rows: dict[tuple[str, str, int], tuple[np.ndarray, np.ndarray, tuple[str, ...]]] = {}
    default: dict[tuple[str, int], tuple[int, int]] = {}
    for name, items in data.items():
        for cluster, texts, facts in items:
            STATE["cluster"] = cluster
            for words in BUDGETS:
                STATE["budget"], STATE["last"] = words, None
                sets = stated_sets(run(system, texts, words), facts)
                a, b = default.get((name, words), (0, 0))
                default[(name, words)] = (a + len(set().union(*sets)), b + restating(sets)[0])
                if STATE["last"] is not None:
                    texts_c, x = STATE["last"]
                    y = labels(texts_c, x, facts, args.label)
                    rows[(name, cluster, words)] = (x, y, texts_c)
    print(f"recorded {len(rows)} candidate sets in {time.time() - t0:.0f}s", file=sys.stderr)
    # 2. One model per (held-out set, kind, budget), fitted on the other sets' candidates.
    results: dict[str, dict[tuple[str, int], tuple[int, int]]] = {"default": default}
    STATE["mode"] = "apply"
    set_replace(args.replace)
    for kind in args.models.split(","):
        fitted: dict[tuple[str, int], Scorer] = {}
        if kind != "label":
            for held in names:
                for words in BUDGETS:
                    train = [(x, y) for (n, _, w), (x, y, _) in rows.items() if n != held and w == words]
                    fitted[(held, words)] = _scorer(kind).fit(
                        np.vstack([x for x, _ in train]), np.concatenate([y for _, y in train])
                    )

        def score_of(name: str, cluster: str, words: int, kind: str = kind, fitted: dict = fitted):
            if kind == "label":
                known = rows.get((name, cluster, words))
                truth = dict(zip(known[2], known[1], strict=True)) if known else {}
                return lambda texts, feats: np.array([truth.get(t, 0.0) for t in texts])
            model = fitted[(name, words)]
            return lambda texts, feats: model.predict(feats)

        for use in args.uses.split(","):
            for scale in (float(s) for s in args.scales.split(",")):
                STATE["use"], STATE["scale"] = use, scale
                row = f"{kind} {use} x{scale:g}" + (" (hand costs off)" if args.replace else "")
                results[row] = count(system, data, BUDGETS, score_of)
                print(f"{row}: {time.time() - t0:.0f}s", file=sys.stderr)
                _print_row(row, results[row], names)
    set_replace(False)
    _print(results, data, names)
    if args.coefficients:
        _coefficients(rows)
    return 0


def _print_row(row: str, got: dict, names: Sequence[str]) -> None:
    """One row as it is measured (to standard error, so that a long run shows its progress)."""
    cells = [" / ".join(str(got[(n, w)][0]) for w in BUDGETS) for n in names]
    sums = " / ".join(f"{total(got, names, w)[0]} ({total(got, names, w)[1]})" for w in BUDGETS)
    print(f"  | {row} | " + " | ".join(cells) + f" | {sums} |", file=sys.stderr, flush=True)


def _print(results: dict, data: dict, names: Sequence[str]) -> None:
    facts = {n: sum(len(f) for _, _, f in data[n]) for n in names}
    head = " | ".join(f"{n} ({facts[n]})" for n in names)
    print(f"\n| 60 / 100 / 150 words (restating in printed order) | {head} | all ({sum(facts.values())}) |")
    print("|---|" + "---|" * (len(names) + 1))
    for row, got in results.items():
        cells = [" / ".join(str(got[(n, w)][0]) for w in BUDGETS) for n in names]
        sums = " / ".join(f"{total(got, names, w)[0]} ({total(got, names, w)[1]})" for w in BUDGETS)
        print(f"| {row} | " + " | ".join(cells) + f" | **{sums}** |")
    # Chosen by the other sets: per held-out set, the learned row best on the other seven.
    learned = [r for r in results if r != "default" and not r.startswith(("label", "const"))]
    if not learned:
        return
    chosen: dict[tuple[str, int], tuple[int, int]] = {}
    picks = []
    for held in names:
        rest = [n for n in names if n != held]

        def merit(r: str, rest: list[str] = rest) -> tuple[int, int]:
            got = results[r]
            return (
                sum(total(got, rest, w)[0] for w in BUDGETS),
                -sum(total(got, rest, w)[1] for w in BUDGETS),
            )

        best = max(learned, key=merit)
        picks.append(f"{held}: {best}")
        for w in BUDGETS:
            chosen[(held, w)] = results[best][(held, w)]
    cells = [" / ".join(str(chosen[(n, w)][0]) for w in BUDGETS) for n in names]
    sums = " / ".join(f"{total(chosen, names, w)[0]} ({total(chosen, names, w)[1]})" for w in BUDGETS)
    print("| chosen by the other sets | " + " | ".join(cells) + f" | **{sums}** |")
    # The same per budget, the default among the choices: a learned row is taken for a set only
    # where it beats the default on the other seven at that budget.
    per_budget: dict[tuple[str, int], tuple[int, int]] = {}
    budget_picks = []
    for held in names:
        rest = [n for n in names if n != held]
        for w in BUDGETS:
            best = max(
                ["default", *learned],
                key=lambda r, w=w, rest=rest: (total(results[r], rest, w)[0], -total(results[r], rest, w)[1]),
            )
            per_budget[(held, w)] = results[best][(held, w)]
            budget_picks.append(f"{held}@{w}: {best}")
    cells = [" / ".join(str(per_budget[(n, w)][0]) for w in BUDGETS) for n in names]
    sums = " / ".join(f"{total(per_budget, names, w)[0]} ({total(per_budget, names, w)[1]})" for w in BUDGETS)
    print("| chosen by the other sets per budget, the default among them | " + " | ".join(cells) + f" | **{sums}** |")
    print("\nChosen per held-out set: " + "; ".join(picks))
    print("\nChosen per held-out set and budget: " + "; ".join(budget_picks))


def _coefficients(rows: dict) -> None:
    for words in BUDGETS:
        train = [(x, y) for (_, _, w), (x, y, _) in rows.items() if w == words]
        x, y = np.vstack([a for a, _ in train]), np.concatenate([b for _, b in train])
        model = _scorer("logit").fit(x, y)
        coef = model.model[-1].coef_[0]
        print(f"\nlogit at {words} words on every set ({len(y)} candidates, {np.mean(y > 0):.2f} state a key fact):")
        for name, c in sorted(zip(FEATURES, coef, strict=True), key=lambda t: -abs(t[1]))[:12]:
            print(f"  {c:+.3f}  {name}")


if __name__ == "__main__":
    sys.exit(main())
