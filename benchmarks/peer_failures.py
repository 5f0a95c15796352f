"""Peers on raw scraped Arabic news, run the way their own docs suggest, against khulasa.

    OPENBLAS_NUM_THREADS=1 python benchmarks/peer_failures.py [--cluster all|shared|demo] [--words 100] [--repeats 3]

Clusters: the five real outlets in ../shared/examples/putin-kim-summit-2019 (skipped with a message
when absent; or $KHULASA_SHARED) and the bundled demo cluster. Unlike ``khulasa.evaluation.peers``,
which feeds every peer khulasa's clean sentences, each peer here gets the five raw files and its
own input path, as far as that path works offline:

- sumy: ``PlaintextParser.from_string(text, Tokenizer(language))`` with ``Stemmer(language)`` and
  ``get_stop_words(language)`` (its README's recipe), for "arabic" (needs pyarabic, GPL, not
  installed) and "english" (needs NLTK punkt data; nothing is downloaded). When neither works, the
  six algorithms also run with the tokenizer a user writes next: a naive split at . ! ? ؟ and line
  ends, words as ``\\w+`` runs (sumy's documented duck-typed tokenizer contract).
- summa: ``summarizer.summarize(raw_text, words=N)``, its default language and ``language="arabic"``.
- lexrank: ``LexRank(documents, stopwords=STOPWORDS["ar"])`` with documents as ``readlines()``,
  sentences from the naive split, ``get_summary(sentences, summary_size=k, threshold=.1)``.

Peers that take a sentence count get the count whose summary comes nearest to the word budget.
Every summary, khulasa's included, goes through the same checks: junk (``khulasa.text.clean`` patterns
plus literal share/related/back-to-top phrases), near-copy pairs (``khulasa.summarizer.facts.similar_pairs``
on stemmed content terms), and pieces that do not end a sentence. Times are medians of
``--repeats`` interleaved runs from the raw strings (khulasa from loaded Documents), as a ratio to
khulasa's time in the same run.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _shared import EXAMPLE, REPO

from khulasa import load_documents, prepare, summarize
from khulasa.summarizer.facts import similar_pairs
from khulasa.text.clean import attribution_words, junk_patterns
from khulasa.text.normalize import Analyzer, count_words, normalize

DEMO = REPO / "src" / "khulasa" / "demo" / "putin-kim-2019"
SUMY_ALGORITHMS = ("LexRank", "TextRank", "LSA", "Luhn", "KL-Sum", "SumBasic")
# Literal junk a reader spots at once, checked on top of the cleaner's patterns.
JUNK_PHRASES = {
    "مقالات ذات صلة": "related-links",
    "زر الذهاب إلى الأعلى": "back-to-top",
    "مشاركة :": "share-bar",
    "&": "stray-ampersand",
}
SENTENCE_END = ".!?؟…\"'”»’"
_NAIVE_BREAK = re.compile(r"(?<=[.!?؟])\s+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One (system, input path) run: what it produced, or why it could not run."""

    system: str
    input_path: str
    error: str | None = None
    pieces: int | None = None
    budget: str = "–"
    summary: tuple[str, ...] = ()
    attribution: str = "none"
    exact_budget: str = "no"
    run: Callable[[], object] | None = field(default=None, compare=False)


# --- input paths a user would take ------------------------------------------------------------


def naive_split(text: str) -> list[str]:
    """What a user writes first: lines, then breaks after . ! ? ؟ (every "،" stays inside)."""
    return [s.strip() for line in text.splitlines() for s in _NAIVE_BREAK.split(line) if s.strip()]


class NaiveTokenizer:
    """sumy's tokenizer contract (``to_sentences``/``to_words``) filled with the naive split."""

    language = "arabic"

    def to_sentences(self, paragraph: str) -> list[str]:
        return naive_split(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        return _WORD.findall(sentence)


def _error(exc: BaseException) -> str:
    first = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")
    return f"{type(exc).__name__}: {first}"


def nearest_count(ranked_words: Sequence[int], target: int) -> int:
    """The number of top-ranked sentences whose word total comes nearest ``target`` (ties: fewer)."""
    best, best_gap, total = 1, None, 0
    for n, words in enumerate(ranked_words, 1):
        total += words
        gap = abs(total - target)
        if best_gap is None or gap < best_gap:
            best, best_gap = n, gap
    return best


def _sumy_classes() -> dict[str, Any]:
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = (LexRankSummarizer, TextRankSummarizer, LsaSummarizer, LuhnSummarizer, KLSummarizer, SumBasicSummarizer)
    return dict(zip(SUMY_ALGORITHMS, classes, strict=True))


def sumy_outcomes(text: str, words: int) -> list[Outcome]:
    """sumy's README recipe with each tokenizer; the naive one only when no built-in one works."""
    from sumy.nlp.tokenizers import Tokenizer

    outcomes = [
        *_sumy_path('Tokenizer("arabic")', lambda: Tokenizer("arabic"), "arabic", text, words),
        *_sumy_path('Tokenizer("english")', lambda: Tokenizer("english"), "english", text, words),
    ]
    if all(o.error is not None for o in outcomes):
        outcomes += _sumy_path("naive tokenizer (user-written)", NaiveTokenizer, "arabic", text, words)
    return outcomes


def _sumy_path(label: str, make: Callable[[], Any], language: str, text: str, words: int) -> list[Outcome]:
    from sumy.parsers.plaintext import PlaintextParser

    path = f"PlaintextParser, {label}"
    try:
        tokenizer = make()
        document = PlaintextParser.from_string(text, tokenizer).document
    except Exception as exc:  # the failure is the measurement
        return [Outcome("sumy (all 6)", path, error=_error(exc))]
    return [
        _sumy_run(name, cls, path, text, tokenizer, document, language, words) for name, cls in _sumy_classes().items()
    ]


def _sumy_run(
    name: str, cls: Any, path: str, text: str, tokenizer: Any, document: Any, language: str, words: int
) -> Outcome:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words

    def make() -> Any:
        summarizer = cls(Stemmer(language))
        summarizer.stop_words = get_stop_words(language)
        return summarizer

    ranked: list[str] = []

    def record(infos: list[Any]) -> list[Any]:
        # sumy hands a callable count the sentences sorted by rating, best first.
        ranked.extend(str(i.sentence) for i in infos)
        return infos

    try:
        make()(document, record)
        n = nearest_count([count_words(s) for s in ranked], words)
        summary = tuple(str(s) for s in make()(document, n))
    except Exception as exc:
        return Outcome(f"sumy {name}", path, error=_error(exc), pieces=len(document.sentences))

    def run() -> object:
        return make()(PlaintextParser.from_string(text, tokenizer).document, n)

    return Outcome(
        f"sumy {name}", path, pieces=len(document.sentences), budget=f"sentences_count={n}", summary=summary, run=run
    )


def summa_outcomes(text: str, words: int) -> list[Outcome]:
    """summa's one call on the raw text, with its default language and with "arabic"."""
    from summa import summarizer
    from summa.preprocessing.textcleaner import split_sentences

    outcomes = []
    for language in (None, "arabic"):
        kwargs = {} if language is None else {"language": language}
        path = "summarize(raw_text, words=...)" + ("" if language is None else f', language="{language}"')

        def run(kw: dict[str, str] = kwargs) -> list[str]:
            return summarizer.summarize(text, words=words, split=True, **kw)

        try:
            summary = tuple(run())
        except Exception as exc:
            outcomes.append(Outcome("summa", path, error=_error(exc)))
            continue
        outcomes.append(
            Outcome(
                "summa",
                path,
                pieces=len(split_sentences(text)),
                budget=f"words={words}",
                summary=summary,
                exact_budget="no (nearest sentence total)",
                run=run,
            )
        )
    return outcomes


def lexrank_outcome(texts: Sequence[str], words: int) -> Outcome:
    """The lexrank README: documents as readlines(), its Arabic stop words, a hand split."""
    from lexrank import STOPWORDS, LexRank

    path = 'LexRank(readlines, STOPWORDS["ar"]), naive split'
    sentences = [s for t in texts for s in naive_split(t)]

    def ranker() -> Any:
        return LexRank([t.splitlines(keepends=True) for t in texts], stopwords=STOPWORDS["ar"])

    try:
        scores = ranker().rank_sentences(sentences, threshold=0.1)
        order = sorted(range(len(sentences)), key=lambda i: -scores[i])
        n = nearest_count([count_words(sentences[i]) for i in order], words)
        summary = tuple(ranker().get_summary(sentences, summary_size=n, threshold=0.1))
    except Exception as exc:
        return Outcome("lexrank", path, error=_error(exc), pieces=len(sentences))

    def run() -> object:
        return ranker().get_summary([s for t in texts for s in naive_split(t)], summary_size=n, threshold=0.1)

    return Outcome("lexrank", path, pieces=len(sentences), budget=f"summary_size={n}", summary=summary, run=run)


def khulasa_outcome(paths: Sequence[Path], words: int) -> Outcome:
    documents = load_documents(paths).documents
    pieces = sum(len(p.sentences) for p in prepare(documents))
    summary = summarize(documents, words=words)
    counts = [len(s.docs) for s in summary.sentences]
    attribution = f"yes: {min(counts)}–{max(counts)} outlets/sentence, with offsets" if counts else "yes"
    return Outcome(
        "khulasa",
        "summarize(load_documents(paths).documents, words=...)",
        pieces=pieces,
        budget=f"words={words}",
        summary=tuple(s.text for s in summary.sentences),
        attribution=attribution,
        exact_budget="yes (never exceeded)",
        run=lambda: summarize(documents, words=words),
    )


# --- checks applied to every summary ----------------------------------------------------------


def junk_reasons(piece: str) -> list[str]:
    """Why ``piece`` is (or carries) scraped junk; empty when clean."""
    reasons: list[str] = []
    stripped = piece.strip()
    lines = [line.strip() for line in piece.splitlines() if line.strip()]
    for pattern in junk_patterns():
        if pattern.scope == "inline":
            hit = pattern.regex.search(piece) is not None
        elif pattern.scope == "line":
            hit = any(pattern.regex.fullmatch(line) for line in lines)
        else:
            match = pattern.regex.match(stripped)
            hit = match is not None and match.end() < len(stripped) and not _names_speaker(match.group(0))
        if hit:
            reasons.append(pattern.reason)
    reasons.extend(reason for phrase, reason in JUNK_PHRASES.items() if phrase in piece)
    return list(dict.fromkeys(reasons))


def _names_speaker(prefix: str) -> bool:
    # "وقال بوتين:" opens a quote, not a dateline: the cleaner spares prefixes with a speech verb.
    words = attribution_words()
    tokens = re.findall(r"\w+", normalize(prefix))
    return any(t in words or (t[:1] in "وف" and t[1:] in words) for t in tokens)


def near_copy_pairs(summary: Sequence[str], analyzer: Analyzer) -> int:
    terms = [frozenset(analyzer.content_terms(s)) for s in summary]
    return len(similar_pairs(terms, jaccard=0.35, containment=0.75))


def is_fragment(piece: str) -> bool:
    # A trailing stray "&" is counted as junk; look at the text before it.
    end = piece.rstrip().rstrip("&").rstrip()
    return not end or end[-1] not in SENTENCE_END


# --- table ------------------------------------------------------------------------------------

HEADER = (
    "system",
    "input path",
    "works offline",
    "sentences",
    "budget option",
    "summary words",
    "junk pieces leaked",
    "near-copy pairs",
    "fragments",
    "attribution",
    "exact word budget",
    "time ÷ khulasa",
)


def median_seconds(runs: dict[int, Callable[[], object]], repeats: int) -> dict[int, float]:
    times: dict[int, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():  # interleaved, so load swings hit every system alike
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(ts) for name, ts in times.items()}


def row(outcome: Outcome, analyzer: Analyzer, ratio: float | None) -> tuple[str, ...]:
    works = "yes" if outcome.error is None else outcome.error.replace("|", "\\|")
    pieces = "–" if outcome.pieces is None else str(outcome.pieces)
    if outcome.error is not None:
        return (
            outcome.system,
            outcome.input_path,
            works,
            pieces,
            *["–"] * 5,
            outcome.attribution,
            outcome.exact_budget,
            "–",
        )
    junk = [r for piece in outcome.summary for r in [junk_reasons(piece)] if r]
    kinds = sorted({reason for reasons in junk for reason in reasons})
    leaked = f"{len(junk)} ({', '.join(kinds)})" if junk else "0"
    return (
        outcome.system,
        outcome.input_path,
        works,
        pieces,
        outcome.budget,
        str(count_words(" ".join(outcome.summary))),
        leaked,
        str(near_copy_pairs(outcome.summary, analyzer)),
        f"{sum(is_fragment(p) for p in outcome.summary)}/{len(outcome.summary)}",
        outcome.attribution,
        outcome.exact_budget,
        "–" if ratio is None else f"{ratio:.2f}",
    )


def cluster_rows(paths: Sequence[Path], words: int, repeats: int) -> list[tuple[str, ...]]:
    """Every peer outcome and khulasa's on the articles in ``paths``, as table rows."""
    texts = [p.read_text(encoding="utf-8") for p in paths]
    joined = "\n\n".join(texts)  # what a user hands a single-document summarizer
    outcomes = [
        *sumy_outcomes(joined, words),
        *summa_outcomes(joined, words),
        lexrank_outcome(texts, words),
        khulasa_outcome(paths, words),  # last: the base of the time ratios
    ]
    runs = {i: o.run for i, o in enumerate(outcomes) if o.run is not None}
    seconds = median_seconds(runs, repeats) if repeats > 0 else {}
    base = seconds.get(len(outcomes) - 1)
    analyzer = Analyzer(stem=True)
    return [row(o, analyzer, seconds[i] / base if base and i in seconds else None) for i, o in enumerate(outcomes)]


def markdown(rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cluster", choices=("all", "shared", "demo"), default="all")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per system (0: no timing)")
    args = parser.parse_args(argv)
    clusters = []
    if args.cluster in ("all", "shared"):
        if EXAMPLE.is_dir():
            clusters.append((f"shared example {EXAMPLE.name} (raw, 5 outlets)", EXAMPLE))
        else:
            print(f"skip: shared example not found at {EXAMPLE} (set KHULASA_SHARED)\n")
    if args.cluster in ("all", "demo"):
        clusters.append((f"bundled demo {DEMO.name} (5 outlets)", DEMO))
    for name, folder in clusters:
        print(f"### {name}, {args.words} words\n")
        print(markdown(cluster_rows(sorted(folder.glob("*.txt")), args.words, args.repeats)))
        print()
    return 0 if clusters else 1


if __name__ == "__main__":
    sys.exit(main())
