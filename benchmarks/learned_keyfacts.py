"""Does a sentence scorer learned from our key facts pick more key facts at 60-150 words? (issue 20)

Per candidate sentence, as khulasa's selection sees it, features that carry over to unseen clusters
(no words of the data themselves): position in its article, length, the concept weights of its
stemmed bigrams, how many documents carry its near-copies, khulasa's centrality, how much of its
content words (plain stems, and the synonym-folded keys of ``khulasa.link.keys.WordKeys``) the
other documents' sentences state, its figures (how many, which kinds, how many other documents give
the same value), its names (how many other documents name them), quotes and reported speech, and the
cluster's size. The label: how many key facts the sentence states that two or more documents state
(the facts' patterns). Models (``--models``): ``ridge`` and ``gbr`` regress the label; ``logit``
and ``gbc`` classify "states one or more" (their probability is the score); ``ridge-word`` regresses
the label per word (times the words); ``const`` scores every sentence 1 (a control: a bonus per
sentence, favouring short ones, with nothing learned). Every cluster is scored by a model fitted on
the other sets only (``--folds set``: outlets, news-set-a, busy-day, fresh, fresh5, fresh6) or the
other clusters (``--folds cluster``), on their candidates at 100 words. The score enters
khulasa's selection as a per-sentence bonus ``scale`` x (the mean concept value of the cluster's
candidates) x score, beside the concept values, with khulasa's redundancy pairs unchanged (a
large scale all but replaces the concept values, left as a tie-breaker).

``concept-ridge`` and ``concept-gbr`` learn at the level of concepts instead, so that the ILP still
counts each once: per weighted bigram (its weight, the facts and documents holding it, their
positions and lengths, whether it holds a figure) a score of how well it pins one key fact (the
largest share of the facts holding it that state one key fact two or more documents state); its
weight is multiplied by the held-out score (clipped to [0.05, 1]) to the power ``scale``.

``label`` and ``concept-label`` feed the true labels instead of a prediction: what a perfect scorer
could do through the same selection (not a result: they read the key facts of the cluster scored).

    cd benchmarks && OPENBLAS_NUM_THREADS=1 python learned_keyfacts.py [--words 60,100,150]
        [--scales 0.1,0.25,0.5,1,2] [--models ridge,gbr,...] [--folds set|cluster]

Sets are read as ``sameday.py`` reads them (the same environment variables); ``fresh6`` is read from
``$KHULASA_FRESH6`` (default ../devdata/fresh6, facts.json beside the folders). No held-out batch is
read. Writes nothing; prints the key facts stated per set and budget, then how well each held-out
scorer orders a cluster's candidates, and the ridge's largest coefficients fitted on every set.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from _shared import FRESH5, FRESH5_FACTS, REPO
from sameday import clusters, run, stated_sets
from scipy.stats import spearmanr
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

import khulasa.summarizer.select as select_module
from khulasa.evaluation.keyfacts import KeyFact, load_facts
from khulasa.evaluation.systems import parse_systems
from khulasa.extract.claims import claims_of, figure_kind, salient_figures, same_value
from khulasa.link.keys import WordKeys
from khulasa.text.clean import attribution_words
from khulasa.text.normalize import Analyzer

FRESH6 = Path(os.environ.get("KHULASA_FRESH6", REPO.parent / "devdata" / "fresh6"))
SETS = ("outlets", "news-set-a", "busy-day", "fresh", "fresh5", "fresh6")
POOL = ("outlets", "news-set-a", "busy-day")
FEATURES = (
    "log words",
    "1/(1+position)",
    "position 0",
    "log(1+position)",
    "relative position",
    "documents carrying it (share)",
    "concept value",
    "concept value per word",
    "concept value / cluster max",
    "concept value rank",
    "max concept weight / documents",
    "weighted concepts",
    "weighted share of concepts",
    "centrality",
    "stem overlap: mean over documents",
    "stem overlap: documents >= 0.5",
    "stem overlap: documents >= 0.3",
    "key overlap: mean over documents",
    "key overlap: documents >= 0.5",
    "key overlap rank",
    "figures",
    "salient figures",
    "counts",
    "percentages",
    "dates or times",
    "other quantities",
    "figure support: max documents",
    "names",
    "name support: mean documents",
    "name support: min documents",
    "quote",
    "reported speech words",
    "opens with reported speech",
    "log documents",
    "log candidates",
    "figures half the other documents give",
    "names half the other documents name",
    "keys half the other documents write",
)

# The selection hook's state: the concept weights of the current choice, the mode, cached features.
STATE: dict[str, Any] = {"weights": {}, "mode": "off", "cache": {}, "score": None, "scale": 0.0, "last": None}
_ORIGINAL_WEIGHTS = select_module._summary_weights
_ORIGINAL_BONUSES = select_module._bonuses


def _rank(values: Sequence[float]) -> list[float]:
    """Each value's rank among ``values`` in [0, 1] (1: the highest)."""
    if len(values) <= 1:
        return [1.0] * len(values)
    order = np.argsort(np.argsort(values, kind="stable"), kind="stable")
    return [float(o) / (len(values) - 1) for o in order]


def _overlaps(mine: Sequence[frozenset[str]], docs_of: Sequence[str], sents: Sequence[tuple[str, frozenset[str]]]):
    """Per candidate, per other document: the largest share of its terms one sentence there states."""
    docs = sorted({d for d, _ in sents})
    out = []
    for terms, own in zip(mine, docs_of, strict=True):
        best = dict.fromkeys((d for d in docs if d != own), 0.0)
        if terms:
            for d, other in sents:
                if d != own:
                    share = len(terms & other) / len(terms)
                    if share > best[d]:
                        best[d] = share
        out.append(list(best.values()) or [0.0])
    return out


def _figure_features(text: str, others: dict[str, list]) -> list[float]:
    claims = claims_of(text)
    salient = salient_figures(claims)
    dims = [f.dimension for f in salient]
    supports = [
        sum(1 for figs in others.values() if any(same_value(f, g) and figure_kind(f) == figure_kind(g) for g in figs))
        for f in salient
    ]
    half = max(1, len(others) / 2)
    return [
        len(claims.figures),
        len(salient),
        dims.count("count"),
        dims.count("percent"),
        sum(d in {"date", "weekday", "year", "duration", "time"} for d in dims),
        sum(d not in {"count", "percent", "date", "weekday", "year", "duration", "time"} for d in dims),
        max(supports, default=0),
        sum(n >= half for n in supports),
    ]


def features(cands: Sequence[Any], facts: Sequence[Any], analyzer: Analyzer, weights: dict[str, float]) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate."""
    sentences = [s for f in facts for s in f.sentences]
    n_docs = len({s.doc for s in sentences})
    doc_len: dict[str, int] = {}
    for s in sentences:
        doc_len[s.doc] = max(doc_len.get(s.doc, 0), s.index + 1)
    stem = Analyzer(stem=True)
    sent_terms = [(s.doc, frozenset(stem.content_terms(s.text))) for s in sentences]
    texts = [c.fact.representative.text for c in cands]
    own_doc = [c.fact.representative.doc for c in cands]
    mine = [frozenset(stem.content_terms(t)) for t in texts]
    keys = WordKeys(frozenset().union(*(t for _, t in sent_terms)), frozenset(), select_module._synonyms())
    keyed: dict[str, str] = {}

    def key_set(terms: frozenset[str]) -> frozenset[str]:
        return frozenset(keyed.get(t) or keyed.setdefault(t, keys.key(t)) for t in terms)

    stem_ov = _overlaps(mine, own_doc, sent_terms)
    key_ov = _overlaps([key_set(t) for t in mine], own_doc, [(d, key_set(t)) for d, t in sent_terms])
    key_docs: dict[str, set[str]] = {}
    for d, t in sent_terms:
        for k in key_set(t):
            key_docs.setdefault(k, set()).add(d)
    doc_figs, doc_claims = claims_by_document(sentences)
    speech = attribution_words()
    central = select_module.centrality(cands, sentences, analyzer)
    values = [sum(weights.get(x, 0.0) for x in c.concepts) for c in cands]
    top = max(values, default=0.0) or 1.0
    key_mean = [float(np.mean(o)) for o in key_ov]
    value_rank, key_rank = _rank(values), _rank(key_mean)
    rows = []
    for j, c in enumerate(cands):
        fact = c.fact
        p = min(s.index for s in fact.sentences)
        rep = fact.representative
        cw = [weights.get(x, 0.0) for x in c.concepts]
        others = {d: f for d, f in doc_figs.items() if d not in fact.docs}
        claims = claims_of(rep.text)
        name_support = [
            sum(1 for d, cs in doc_claims.items() if d not in fact.docs and any(x.states_name(n) for x in cs))
            for n in claims.names
        ]
        figs = _figure_features(rep.text, others)
        toks = analyzer.tokens(rep.text)
        said = sum(1 for t in toks if t in speech or t[1:] in speech)
        rows.append(
            [
                math.log(max(c.words, 1)),
                1.0 / (1 + p),
                float(p == 0),
                math.log1p(p),
                rep.index / max(doc_len.get(rep.doc, 1), 1),
                len(fact.docs) / max(n_docs, 1),
                values[j],
                values[j] / max(c.words, 1),
                values[j] / top,
                value_rank[j],
                max(cw, default=0.0) / max(n_docs, 1),
                sum(1 for w in cw if w > 0),
                sum(1 for w in cw if w > 0) / max(len(cw), 1),
                central[j],
                float(np.mean(stem_ov[j])),
                float(np.mean([x >= 0.5 for x in stem_ov[j]])),
                float(np.mean([x >= 0.3 for x in stem_ov[j]])),
                key_mean[j],
                float(np.mean([x >= 0.5 for x in key_ov[j]])),
                key_rank[j],
                *figs[:6],
                figs[6] / max(n_docs - 1, 1),
                len(claims.names),
                float(np.mean(name_support)) / max(n_docs - 1, 1) if name_support else 0.0,
                float(min(name_support)) / max(n_docs - 1, 1) if name_support else 0.0,
                float(any(q in rep.text for q in '«»"“”')),
                said,
                float(bool(toks) and (toks[0] in speech or toks[0][1:] in speech)),
                math.log(max(n_docs, 1)),
                math.log(max(len(cands), 1)),
                figs[7],
                sum(n >= max(1, (n_docs - len(fact.docs)) / 2) for n in name_support),
                sum(
                    len(key_docs.get(k, set()) - set(fact.docs)) >= max(1, (n_docs - len(fact.docs)) / 2)
                    for k in key_set(mine[j])
                ),
            ]
        )
    return np.array(rows, dtype=float).reshape(len(cands), len(FEATURES))


CONCEPT_FEATURES = (
    "weight / documents",
    "log(1 + weight)",
    "facts holding it (share)",
    "log facts holding it",
    "documents holding it (share)",
    "1/(1+earliest position)",
    "mean position",
    "a figure in it",
    "log mean words of its facts",
    "mean letters of its words",
    "share of its facts with a salient figure",
    "log documents",
)


def concept_features(
    facts: Sequence[Any], all_concepts: Sequence[frozenset[str]], weights: dict[str, float], n_docs: int
) -> tuple[list[str], np.ndarray, list[list[int]]]:
    """The weighted concepts, one row of :data:`CONCEPT_FEATURES` each, and the facts holding each."""
    holders: dict[str, list[int]] = {}
    for i, concepts in enumerate(all_concepts):
        for c in concepts:
            if weights.get(c, 0.0) > 0:
                holders.setdefault(c, []).append(i)
    names = sorted(holders)
    figured = [bool(salient_figures(claims_of(f.representative.text))) for f in facts]
    rows = []
    for c in names:
        held = holders[c]
        positions = [min(s.index for s in facts[i].sentences) for i in held]
        docs = {d for i in held for d in facts[i].docs}
        rows.append(
            [
                weights[c] / max(n_docs, 1),
                math.log1p(weights[c]),
                len(held) / max(len(facts), 1),
                math.log(len(held)),
                len(docs) / max(n_docs, 1),
                1.0 / (1 + min(positions)),
                float(np.mean(positions)),
                float(any(ch.isdigit() for ch in c)),
                math.log(max(np.mean([len(facts[i].representative.text.split()) for i in held]), 1)),
                float(np.mean([len(t) for t in c.split(" ")])),
                float(np.mean([figured[i] for i in held])),
                math.log(max(n_docs, 1)),
            ]
        )
    return names, np.array(rows, dtype=float).reshape(len(names), len(CONCEPT_FEATURES)), [holders[c] for c in names]


def _weights_hook(*args: Any, **kwargs: Any) -> dict[str, float]:
    weights = _ORIGINAL_WEIGHTS(*args, **kwargs)
    facts, all_concepts, n_docs = args[0], args[1], args[2]
    if STATE.get("cmode", "off") != "off" and n_docs > 1 and kwargs.get("short"):
        key = ("concepts", STATE["cluster"], tuple(f.representative.text for f in facts))
        if key not in STATE["cache"]:
            STATE["cache"][key] = concept_features(facts, all_concepts, weights, n_docs)
        names, x, holders = STATE["cache"][key]
        STATE["clast"] = (names, x, holders, facts)
        if STATE["cmode"] == "apply" and names:
            pred = np.clip(STATE["cscore"](names, x), 0.05, 1.0) ** STATE["scale"]
            weights = dict(weights)
            for c, p in zip(names, pred, strict=True):
                weights[c] *= float(p)
    STATE["weights"] = weights
    return weights


def concept_labels(names: Sequence[str], holders: Sequence[list[int]], facts: Sequence[Any], keys: Sequence[KeyFact]):
    """Per concept: the largest share of the facts holding it that state one key fact two or more
    documents state (1: every sentence with the concept states that fact; 0: none states any)."""
    sentences = [s for f in facts for s in f.sentences]
    shared = [k for k in keys if len({s.doc for s in sentences if k.stated_by(s.text)}) >= 2]
    stated = [{k.id for k in shared if k.stated_by(f.representative.text)} for f in facts]
    out = []
    for held in holders:
        counts: dict[str, int] = {}
        for i in held:
            for k in stated[i]:
                counts[k] = counts.get(k, 0) + 1
        out.append(max(counts.values(), default=0) / len(held))
    return np.array(out, dtype=float)


def _bonuses_hook(cands, position_scale, fill_scale, centrality_scale, facts, analyzer):
    bonus = _ORIGINAL_BONUSES(cands, position_scale, fill_scale, centrality_scale, facts, analyzer)
    if STATE["mode"] == "off" or not cands:
        return bonus
    texts = tuple(c.fact.representative.text for c in cands)
    key = (STATE["cluster"], texts)
    if key not in STATE["cache"]:
        STATE["cache"][key] = features(cands, facts, analyzer, STATE["weights"])
    x = STATE["cache"][key]
    STATE["last"] = (texts, x, [s for f in facts for s in f.sentences])
    if STATE["mode"] == "record":
        return bonus
    scores = np.maximum(STATE["score"](texts, x), 0.0)
    weights = STATE["weights"]
    mean_value = float(np.mean([sum(weights.get(k, 0.0) for k in c.concepts) for c in cands])) or 1.0
    return [b + STATE["scale"] * mean_value * float(s) for b, s in zip(bonus, scores, strict=True)]


select_module._summary_weights = _weights_hook
select_module._bonuses = _bonuses_hook


def load_sets(names: Sequence[str]) -> dict[str, list[tuple[str, list[str], tuple[KeyFact, ...]]]]:
    """``sameday.clusters`` of each set; fresh5 and fresh6 from their folders (facts.json beside)."""
    out = {}
    for name in names:
        if name in ("fresh5", "fresh6"):
            root, facts_path = (FRESH5, FRESH5_FACTS) if name == "fresh5" else (FRESH6, FRESH6 / "facts.json")
            if not facts_path.is_file():
                print(f"skip {name}: no {facts_path}", file=sys.stderr)
                continue
            items = []
            for cluster, facts in sorted(load_facts(facts_path).items()):
                files = sorted((root / cluster).glob("*.txt"))
                if files:
                    items.append((cluster, [p.read_text(encoding="utf-8") for p in files], facts))
            out[name] = items
        else:
            out[name] = clusters(name)
    return out


def labels(texts: Sequence[str], sentences: Sequence[Any], facts: Sequence[KeyFact]) -> np.ndarray:
    """Per text: the key facts it states that two or more documents state."""
    shared = [k for k in facts if len({s.doc for s in sentences if k.stated_by(s.text)}) >= 2]
    return np.array([sum(1 for k in shared if k.stated_by(t)) for t in texts], dtype=float)


def claims_by_document(sentences: Sequence[Any]) -> tuple[dict[str, list], dict[str, list]]:
    """Per document, the salient figures of all its sentences and each sentence's claims."""
    doc_figs: dict[str, list] = {}
    doc_claims: dict[str, list] = {}
    for s in sentences:
        c = claims_of(s.text)
        doc_figs.setdefault(s.doc, []).extend(salient_figures(c))
        doc_claims.setdefault(s.doc, []).append(c)
    return doc_figs, doc_claims


class Scorer:
    """A model of one kind fitted on rows; ``predict`` gives a value per candidate in key facts.

    ``ridge``/``gbr``: regressors of the label; ``logit``/``gbc``: classifiers of "states one or more"
    (the probability); ``ridge-word``: a regressor of the label per word, times the words."""

    def __init__(self, kind: str, *, logit_iterations: int = 2000) -> None:
        self.kind = kind
        if kind == "const":
            self.model = None
        elif kind in ("ridge", "ridge-word", "concept-ridge"):
            self.model: Any = make_pipeline(StandardScaler(), Ridge(alpha=10.0))
        elif kind in ("gbr", "concept-gbr"):
            self.model = HistGradientBoostingRegressor(
                max_iter=150, learning_rate=0.05, max_depth=3, min_samples_leaf=30, early_stopping=False, random_state=0
            )
        elif kind == "logit":
            self.model = make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=logit_iterations))
        else:
            self.model = HistGradientBoostingClassifier(
                max_iter=150, learning_rate=0.05, max_depth=3, min_samples_leaf=30, early_stopping=False, random_state=0
            )

    def fit(self, x: np.ndarray, y: np.ndarray) -> Scorer:
        if self.kind == "const":
            return self
        if self.kind in ("logit", "gbc"):
            self.model.fit(x, (y > 0).astype(int))
        elif self.kind == "ridge-word":
            self.model.fit(x, y / np.exp(x[:, 0]))
        else:
            self.model.fit(x, y)
        return self

    def predict(self, x: np.ndarray) -> np.ndarray:
        if self.kind == "const":
            return np.ones(len(x))
        if self.kind in ("logit", "gbc"):
            return self.model.predict_proba(x)[:, 1]
        if self.kind == "ridge-word":
            return self.model.predict(x) * np.exp(x[:, 0])
        return self.model.predict(x)


def make_model(kind: str) -> Scorer:
    return Scorer(kind)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", default="60,100,150")
    parser.add_argument("--scales", default="0.1,0.25,0.5,1,2")
    parser.add_argument(
        "--models", default="ridge,gbr,logit,gbc,ridge-word,const,concept-ridge,concept-gbr,label,concept-label"
    )
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--folds", choices=("set", "cluster"), default="set", help="leave one set or one cluster out")
    args = parser.parse_args(argv)
    budgets = [int(w) for w in args.words.split(",")]
    scales = [float(s) for s in args.scales.split(",")]
    data = load_sets(args.sets.split(","))
    system = parse_systems("khulasa")[0]
    # 1. Record every cluster's candidates (at each budget: the candidates fitting it differ).
    rows: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
    label_of: dict[tuple[str, str], dict[str, float]] = {}
    default: dict[tuple[str, int], int] = {}
    crows: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
    ctruth: dict[tuple[str, str], dict[str, float]] = {}
    STATE["mode"] = STATE["cmode"] = "record"
    for name, items in data.items():
        for cluster, texts, facts in items:
            STATE["cluster"] = cluster
            for words in budgets:
                STATE["last"] = None
                summary = run(system, texts, words)
                default[(name, words)] = default.get((name, words), 0) + len(set().union(*stated_sets(summary, facts)))
                if STATE["last"] is None:
                    continue
                cand_texts, x, sentences = STATE["last"]
                y = labels(cand_texts, sentences, facts)
                label_of.setdefault((name, cluster), {}).update(zip(cand_texts, y, strict=True))
                if words == 100:
                    rows[(name, cluster)] = (x, y)
                    names, cx, holders, cfacts = STATE["clast"]
                    cy = concept_labels(names, holders, cfacts, facts)
                    crows[(name, cluster)] = (cx, cy)
                    ctruth[(name, cluster)] = dict(zip(names, cy, strict=True))
        print(f"recorded {name}", file=sys.stderr)
    # 2. Leave one out (a set, or with --folds cluster one cluster): a model per held-out part,
    # fitted on the other parts' candidates at 100 words.
    predictors: dict[str, dict[tuple[str, str], Scorer | None]] = {}
    for kind in args.models.split(","):
        predictors[kind] = {}
        for name, cluster in rows:
            part = (name, cluster) if args.folds == "cluster" else (name, "")
            if part in predictors[kind]:
                continue
            if kind in ("label", "concept-label"):
                predictors[kind][part] = None
                continue
            source = crows if kind.startswith("concept-") else rows
            train = [v for k, v in source.items() if (k != part if args.folds == "cluster" else k[0] != name)]
            x = np.vstack([a for a, _ in train])
            y = np.concatenate([b for _, b in train])
            predictors[kind][part] = make_model(kind).fit(x, y)
    # 3. Key facts stated with each (model, scale).
    results: dict[str, dict[tuple[str, int], int]] = {"default": default}
    for kind, per_set in predictors.items():
        on_concepts = kind.startswith("concept-")
        STATE["mode"], STATE["cmode"] = ("off", "apply") if on_concepts else ("apply", "off")
        for scale in scales:
            name_row = f"{kind} x{scale:g}"
            results[name_row] = {}
            STATE["scale"] = scale
            for name, items in data.items():
                for cluster, texts, facts in items:
                    model = per_set.get((name, cluster) if args.folds == "cluster" else (name, ""))
                    STATE["cluster"] = cluster
                    truth = label_of.get((name, cluster), {})
                    if on_concepts:
                        known = ctruth.get((name, cluster), {})
                        STATE["cscore"] = (
                            (lambda c, x, known=known: np.array([known.get(n, 0.0) for n in c]))
                            if model is None
                            else (lambda c, x, model=model: model.predict(x))
                        )
                    elif model is None:
                        STATE["score"] = lambda t, x, truth=truth: np.array([truth.get(s, 0.0) for s in t])
                    else:
                        STATE["score"] = lambda t, x, model=model: model.predict(x)
                    for words in budgets:
                        got = len(set().union(*stated_sets(run(system, texts, words), facts)))
                        results[name_row][(name, words)] = results[name_row].get((name, words), 0) + got
            print(f"done {name_row}", file=sys.stderr)
    _print_table(results, data, budgets)
    _print_ranking(rows, predictors, args.folds)
    _print_concept_ranking(crows, predictors, args.folds)
    _print_importance(rows)
    return 0


def _print_table(results: dict[str, dict[tuple[str, int], int]], data: dict, budgets: Sequence[int]) -> None:
    totals = {name: sum(len(f) for _, _, f in items) for name, items in data.items()}
    shown = [n for n in data if n not in POOL]
    pool = sum(totals[n] for n in POOL if n in totals)
    head = " / ".join(str(w) for w in budgets)
    print(f"\n| {head} words | pool ({pool}) | " + " | ".join(f"{n} ({totals[n]})" for n in shown) + " | sum |")
    print("|---|" + "---|" * (len(shown) + 2))
    for row, got in results.items():
        cells = [" / ".join(str(sum(got.get((n, w), 0) for n in POOL if n in data)) for w in budgets)]
        cells += [" / ".join(str(got.get((n, w), 0)) for w in budgets) for n in shown]
        print(f"| {row} | " + " | ".join(cells) + f" | {sum(got.values())} |")


def _print_ranking(rows: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]], predictors: dict, folds: str) -> None:
    """How well each held-out scorer orders a cluster's candidates (100 words): the mean over clusters
    of Spearman's rho with the label, and the share of each cluster's top 3 that state a key fact
    two documents state; beside khulasa's concept value alone."""
    print(f"\n| scorer (held out by {folds}) | mean rho with the label | top 3 stating a shared key fact |")
    print("|---|---|---|")
    scorers: dict[str, Callable[[tuple[str, str], np.ndarray], np.ndarray]] = {
        "concept value": lambda k, x: x[:, FEATURES.index("concept value")],
        "concept value per word": lambda k, x: x[:, FEATURES.index("concept value per word")],
    }
    for kind, per_part in predictors.items():
        if kind not in ("label", "const") and not kind.startswith("concept-"):
            scorers[kind] = lambda k, x, per_part=per_part: per_part[k if folds == "cluster" else (k[0], "")].predict(x)
    for label, score in scorers.items():
        rhos, tops = [], []
        for k, (x, y) in rows.items():
            if len(y) < 3:
                continue
            s = score(k, x)
            if np.std(y) > 0 and np.std(s) > 0:
                rhos.append(spearmanr(s, y).statistic)
            tops.extend(y[np.argsort(-s, kind="stable")[:3]] > 0)
        print(f"| {label} | {np.mean(rhos):.3f} | {np.mean(tops):.3f} |")


def _print_concept_ranking(
    crows: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]], predictors: dict, folds: str
) -> None:
    """The same for the concept scorers: mean over clusters of Spearman's rho between a concept's
    held-out score and its label, beside khulasa's concept weight alone."""
    kinds = [k for k in predictors if k.startswith("concept-") and k != "concept-label"]
    if not kinds:
        return
    print(f"\n| concept scorer (held out by {folds}) | mean rho with the concept label |\n|---|---|")
    scorers: dict[str, Callable[[tuple[str, str], np.ndarray], np.ndarray]] = {
        "concept weight": lambda k, x: x[:, CONCEPT_FEATURES.index("log(1 + weight)")]
    }
    for kind in kinds:
        per_part = predictors[kind]
        scorers[kind] = lambda k, x, per_part=per_part: per_part[k if folds == "cluster" else (k[0], "")].predict(x)
    for label, score in scorers.items():
        rhos = []
        for k, (x, y) in crows.items():
            s = score(k, x)
            if len(y) >= 3 and np.std(y) > 0 and np.std(s) > 0:
                rhos.append(spearmanr(s, y).statistic)
        print(f"| {label} | {np.mean(rhos):.3f} |")


def _print_importance(rows: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]]) -> None:
    x = np.vstack([a for a, _ in rows.values()])
    y = np.concatenate([b for _, b in rows.values()])
    model = make_model("ridge").fit(x, y)
    coef = model.model[-1].coef_
    print(f"\nRidge on every set ({len(y)} candidates, mean label {y.mean():.3f}); standardized coefficients:")
    for name, c in sorted(zip(FEATURES, coef, strict=True), key=lambda t: -abs(t[1]))[:12]:
        print(f"  {c:+.3f}  {name}")


if __name__ == "__main__":
    sys.exit(main())
