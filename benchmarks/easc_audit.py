"""Where khulasa's whole-sentence summaries of single articles lose ROUGE-2 on EASC (issue 20's floor).

    OPENBLAS_NUM_THREADS=1 python benchmarks/easc_audit.py [--words 100] [--report positions,cuts,lines]

Reads ``../shared/data/easc.jsonl`` (never copied into the repository; skipped when absent) and
prepares each article as every system sees it (:func:`khulasa.prepare`). Three reports:

- ``positions``: per sentence index, how many sentences, the share of references holding one (70 % or
  more of its word pairs in the reference), its ROUGE-2 recall per word (x100, mean over references),
  and the share khulasa's summary at ``--words`` takes.
- ``cuts``: sentences of 40 characters or more whose opening a reference holds: held whole, or cut
  (the reference stops inside the sentence), with the length (characters, spaces left out) of the
  part held.
- ``lines``: the lines a summary can never print (headings, and sentences that are no candidates)
  whose word pairs the references hold (recall 0.03 or more), with item, kind, index and words
  (the text stays in the terminal).

Numbers only: the tokenizer is the evaluation's (normalized, no stemming).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict

from _shared import data_file

from khulasa import summarize
from khulasa.config import Settings
from khulasa.evaluation.datasets import read_items
from khulasa.evaluation.inputs import ItemInput, build_input
from khulasa.evaluation.rouge import RougeTokenizer
from khulasa.evaluation.systems import ngram_counts, ngram_recall
from khulasa.summarizer.pipeline import is_candidate
from khulasa.text.normalize import count_words

HELD = 0.7
VALUABLE = 0.03
MIN_CUT_CHARS = 40
_SPACE = re.compile(r"\s+")
_ALEF = re.compile("[أإآ]")


def _pairs(tokenizer: RougeTokenizer, text: str) -> Counter[tuple[str, ...]]:
    return ngram_counts(tokenizer.tokenize(text), 2)


def positions(inputs: list[ItemInput], words: int, tokenizer: RougeTokenizer) -> None:
    rows: dict[int, list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0])
    for item in inputs:
        refs = [_pairs(tokenizer, r) for r in item.references]
        chosen = {s.text for s in summarize(list(item.documents), words=words).sentences}
        for sentence in item.sentences[0]:
            pairs = _pairs(tokenizer, sentence.text)
            total = sum(pairs.values()) or 1
            held = sum(sum((pairs & r).values()) / total >= HELD for r in refs) / len(refs)
            row = rows[min(sentence.index, 8)]
            row[0] += 1
            row[1] += held
            row[2] += 100 * ngram_recall(pairs, refs) / max(count_words(sentence.text), 1)
            row[3] += sentence.text in chosen
    print(
        f"| sentence index | sentences | share of references holding it | R2 recall per word | khulasa @{words} takes |"
    )
    print("|---|---|---|---|---|")
    for index, (n, held, per_word, taken) in sorted(rows.items()):
        label = f"{index}+" if index == 8 else str(index)
        print(f"| {label} | {n} | {held / n:.2f} | {per_word / n:.2f} | {taken / n:.2f} |")


def _bare(text: str) -> str:
    return _SPACE.sub("", _ALEF.sub("ا", text))


def cuts(inputs: list[ItemInput]) -> None:
    whole, cut = 0, Counter[int]()
    for item in inputs:
        refs = [_bare(r) for r in item.references]
        for sentence in item.sentences[0]:
            bare = _bare(sentence.text)
            if len(bare) < MIN_CUT_CHARS:
                continue
            for ref in refs:
                at = ref.find(bare[:30])
                if at < 0:
                    continue
                same = 0
                while same < len(bare) and at + same < len(ref) and ref[at + same] == bare[same]:
                    same += 1
                if same >= len(bare) - 2:
                    whole += 1
                else:
                    cut[same // 50 * 50] += 1
    print(f"held whole: {whole}; cut: {sum(cut.values())}")
    print("| characters held (spaces left out) | sentences cut there |\n|---|---|")
    for start, n in sorted(cut.items()):
        print(f"| {start}-{start + 49} | {n} |")


def lines(inputs: list[ItemInput], tokenizer: RougeTokenizer) -> None:
    settings = Settings()
    print("| item | kind | index | words | R2 recall |\n|---|---|---|---|---|")
    for item in inputs:
        refs = [_pairs(tokenizer, r) for r in item.references]
        units = [("heading", k, h.text) for k, h in enumerate(item.headings[0])]
        units += [
            ("no candidate", s.index, s.text)
            for s in item.sentences[0]
            if not is_candidate(s, settings, finished=False)
        ]
        for kind, index, text in units:
            value = ngram_recall(_pairs(tokenizer, text), refs)
            if value >= VALUABLE:
                print(f"| {item.id} | {kind} | {index} | {count_words(text)} | {value:.3f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--report", default="positions,cuts,lines")
    args = parser.parse_args(argv)
    path = data_file("easc")
    if not path.is_file():
        print(f"skip easc: {path} not found (set KHULASA_SHARED)", file=sys.stderr)
        return 0
    inputs = [build_input(item) for item in read_items(path)]
    tokenizer = RougeTokenizer()
    for report in args.report.split(","):
        print(f"\n## {report}\n")
        if report == "positions":
            positions(inputs, args.words, tokenizer)
        elif report == "cuts":
            cuts(inputs)
        elif report == "lines":
            lines(inputs, tokenizer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
