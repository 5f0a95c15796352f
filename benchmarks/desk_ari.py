"""Incremental stories against grouping the whole feed at once: adjusted Rand index on the dev feed.

The dev feed is the one of benchmarks/grouping.py (MultiLing 2011 Arabic and English dev clusters
and the five-outlet example; ``+EASC`` adds the 153 EASC articles, each its own story), shuffled
into an arrival order with a seed. ``khulasa group`` (group_documents) sees it all at once; the
desk ingests it in five arrival batches into a fresh SQLite file, each batch compared only with
the stories the earlier ones opened (none closes here: the dev articles carry no dates). Two
modes: open stories regrouped with each batch (the default), and frozen (new articles may only
join, start or merge stories). Reported: ARI and B-cubed F1 of each against the true
clusters, the ARI difference, and the ARI between the two groupings.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/desk_ari.py [--seeds 13,1,2,3,4] [--batches 5]

Reads /work/shared at run time (or $KHULASA_SHARED); nothing from it is stored in the repo.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grouping import SHARED, dev_feed

from khulasa.desk import Desk, DeskSettings
from khulasa.evaluation.clustering import bcubed
from khulasa.stories.group import group_documents


def run(seed: int, batches: int, distractors: bool, regroup_open: bool) -> dict[str, float]:
    docs, truth = dev_feed(seed=seed, distractors=distractors)
    t = time.perf_counter()
    whole = {d: s.id for s in group_documents(docs) for d in s.doc_ids}
    whole_s = time.perf_counter() - t
    size = math.ceil(len(docs) / batches)
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        with Desk(
            f"sqlite:///{tmp}/desk.sqlite", replace(DeskSettings(), batch_size=size, regroup_open=regroup_open)
        ) as desk:
            desk.ingest(docs, summaries=False)
            story_of = dict(desk.store.all("SELECT id, story_id FROM articles"))
            merges = len(desk.merges())
        desk_s = time.perf_counter() - t
    batch_labels = [whole[d.id] for d in docs]
    desk_labels = [story_of[d.id] for d in docs]
    return {
        "n": len(docs),
        "stories_whole": len(set(batch_labels)),
        "stories_desk": len(set(desk_labels)),
        "ari_whole": adjusted_rand_score(truth, batch_labels),
        "ari_desk": adjusted_rand_score(truth, desk_labels),
        "f1_whole": bcubed(truth, batch_labels)[2],
        "f1_desk": bcubed(truth, desk_labels)[2],
        "agreement": adjusted_rand_score(batch_labels, desk_labels),
        "merges": merges,
        "whole_s": whole_s,
        "desk_s": desk_s,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="13,1,2,3,4", help="arrival-order seeds")
    parser.add_argument("--batches", type=int, default=5)
    args = parser.parse_args()
    if not (SHARED / "data").is_dir():
        print(f"skip: {SHARED / 'data'} not found (set KHULASA_SHARED)", file=sys.stderr)
        return
    print(
        f"| open stories | feed | seed | articles | stories (whole / desk) | ARI whole | ARI desk "
        f"({args.batches} batches) | ARI diff | B³ F1 whole / desk | ARI(whole, desk) | merges | s whole / desk |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    worst = {True: 0.0, False: 0.0}
    for regroup in (True, False):
        for distractors in (False, True):
            for seed in (int(s) for s in args.seeds.split(",")):
                r = run(seed, args.batches, distractors, regroup)
                diff = r["ari_desk"] - r["ari_whole"]
                worst[regroup] = max(worst[regroup], abs(diff))
                mode = "regrouped" if regroup else "frozen"
                print(
                    f"| {mode} | {'dev+EASC' if distractors else 'dev'} | {seed} | {r['n']} | {r['stories_whole']} / "
                    f"{r['stories_desk']} | {r['ari_whole']:.3f} | {r['ari_desk']:.3f} | {diff:+.3f} | "
                    f"{r['f1_whole']:.3f} / {r['f1_desk']:.3f} | {r['agreement']:.3f} | {r['merges']} | "
                    f"{r['whole_s']:.1f} / {r['desk_s']:.1f} |",
                    flush=True,
                )
    print()
    for regroup, value in worst.items():
        print(
            f"largest |ARI desk - ARI whole|, open stories {'regrouped (default)' if regroup else 'frozen'}: "
            f"{value:.3f} (target: within 0.02)"
        )


if __name__ == "__main__":
    main()
