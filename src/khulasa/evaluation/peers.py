"""Peer summarizers adapted to rank khulasa's candidate sentences, offline and GPL-free.

Every peer gets the same sentences (from :func:`khulasa.prepare`) and our tokenizer, stop words and
stemmer, so it is compared on its ranking method alone:

- sumy (LexRank, TextRank, LSA, Luhn, KL-Sum, SumBasic): its Arabic mode needs pyarabic (GPL) and
  its other tokenizers need NLTK data, so we build sumy's document model ourselves from our
  sentences with a duck-typed tokenizer (``to_words`` = :func:`khulasa.text.normalize.tokenize`), set
  our stop words and pass our Snowball stemmer. The full ranking is read through sumy's own
  ``sentences_count`` hook: a callable receives the sentences sorted by rating.
- the ``lexrank`` package: sentences given as our stemmed content terms; idf is computed over the
  item's sentences, each counted as a document (as sumy's LexRank does; document-level idf over a
  cluster of 10 articles scored 11.3 instead of 18.8 ROUGE-2 recall on MultiLing ar dev), with the
  0.1 similarity threshold of the LexRank paper.
- summa (TextRank): the graph is built from our stemmed content terms with summa's own graph,
  edge-weight and PageRank functions (its text cleaner would split and stem by itself).
- ``centroid`` (MEAD, Radev et al. 2004) and ``submodular`` (Lin & Bilmes 2011), the classic
  multi-document methods, are written here (:mod:`khulasa.evaluation.classic`; numpy, scipy and
  scikit-learn's k-means). The submodular greedy needs the budget: it is in :data:`BUDGETED`, whose
  rankers :class:`PeerSystem` calls with the word budget; its :data:`PEERS` entry ranks without one.

Packages are imported inside functions; a missing one raises :class:`MissingExtraError`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from khulasa.errors import MissingExtraError
from khulasa.evaluation.classic import centroid_ranking, submodular_ranking
from khulasa.evaluation.inputs import ItemInput, fill
from khulasa.text.normalize import Analyzer, stopwords, tokenize

Ranker = Callable[[ItemInput], list[int]]
BudgetRanker = Callable[[ItemInput, int], list[int]]


class SumyTokenizer:
    """sumy's tokenizer contract with khulasa's word tokenizer (sentences come pre-split)."""

    language = "arabic"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """The paragraph as one sentence (candidates are already sentences)."""
        return (paragraph,)

    def to_words(self, sentence: str) -> list[str]:
        """khulasa's word tokens of ``sentence``."""
        return tokenize(sentence)


def _missing(package: str) -> MissingExtraError:
    return MissingExtraError(f"the peer summarizers ({package})", "bench")


def sumy_document(item: ItemInput) -> Any:
    """A sumy ``ObjectDocumentModel``: one paragraph per document, our candidates in order."""
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph
        from sumy.models.dom import Sentence as SumySentence
    except ImportError:
        raise _missing("sumy") from None
    tokenizer = SumyTokenizer()
    return ObjectDocumentModel([Paragraph([SumySentence(u.text, tokenizer) for u in doc]) for doc in item.units if doc])


def _stemmer(analyzer: Analyzer) -> Callable[[str], str]:
    def stem(word: str) -> str:
        return analyzer.stem_tokens([word])[0]

    return stem


def _sumy_classes() -> dict[str, Any]:
    try:
        from sumy.summarizers.kl import KLSummarizer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.lsa import LsaSummarizer
        from sumy.summarizers.luhn import LuhnSummarizer
        from sumy.summarizers.sum_basic import SumBasicSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
    except ImportError:
        raise _missing("sumy") from None
    return {
        "sumy-lexrank": LexRankSummarizer,
        "sumy-textrank": TextRankSummarizer,
        "sumy-lsa": LsaSummarizer,
        "sumy-luhn": LuhnSummarizer,
        "sumy-kl": KLSummarizer,
        "sumy-sumbasic": SumBasicSummarizer,
    }


def sumy_ranking(name: str, item: ItemInput) -> list[int]:
    """Candidate indices in the order the sumy summarizer ``name`` rates them, best first."""
    summarizer = _sumy_classes()[name](_stemmer(Analyzer(stem=True)))
    summarizer.stop_words = stopwords()
    ranked: list[int] = []

    def take_all(infos: list[Any]) -> list[Any]:
        # sumy passes the sentences sorted by rating (best first) to this hook.
        ranked.extend(info.order for info in infos)
        return infos

    summarizer(sumy_document(item), take_all)
    return ranked


def lexrank_ranking(item: ItemInput) -> list[int]:
    """Candidate indices by the ``lexrank`` package's LexRank score, best first."""
    try:
        from lexrank import LexRank
    except ImportError:
        raise _missing("lexrank") from None
    analyzer = Analyzer(stem=True)

    def terms(text: str) -> str:
        return " ".join(analyzer.content_terms(text))

    sentences = [terms(s.text) for s in item.candidates]
    ranker = LexRank([[s] for s in sentences], stopwords=set())
    scores = ranker.rank_sentences(sentences, threshold=0.1)
    return sorted(range(len(sentences)), key=lambda i: -scores[i])


def summa_ranking(item: ItemInput) -> list[int]:
    """Candidate indices by summa's TextRank (PageRank over word-overlap similarity), best first."""
    try:
        from summa.commons import build_graph, remove_unreachable_nodes
        from summa.pagerank_weighted import pagerank_weighted_scipy
        from summa.summarizer import _set_graph_edge_weights
    except ImportError:
        raise _missing("summa") from None
    analyzer = Analyzer(stem=True)
    tokens = [" ".join(analyzer.content_terms(s.text)) for s in item.candidates]
    graph = build_graph([t for t in tokens if t])
    _set_graph_edge_weights(graph)
    remove_unreachable_nodes(graph)
    scores = pagerank_weighted_scipy(graph) if graph.nodes() else {}
    return sorted(range(len(tokens)), key=lambda i: -scores.get(tokens[i], 0.0))


def _sumy(name: str) -> Ranker:
    def rank(item: ItemInput) -> list[int]:
        return sumy_ranking(name, item)

    return rank


PEERS: Mapping[str, Ranker] = MappingProxyType(
    {
        "sumy-lexrank": _sumy("sumy-lexrank"),
        "sumy-textrank": _sumy("sumy-textrank"),
        "sumy-lsa": _sumy("sumy-lsa"),
        "sumy-luhn": _sumy("sumy-luhn"),
        "sumy-kl": _sumy("sumy-kl"),
        "sumy-sumbasic": _sumy("sumy-sumbasic"),
        "lexrank": lexrank_ranking,
        "summa": summa_ranking,
        "centroid": centroid_ranking,
        "submodular": submodular_ranking,
    }
)

# Peers whose ranking depends on the word budget, called with it by :func:`peer_ranking`.
BUDGETED: Mapping[str, BudgetRanker] = MappingProxyType({"submodular": submodular_ranking})


# The module each peer imports and the package that holds it (centroid needs only numpy and scipy).
_PACKAGES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        **{name: ("sumy.summarizers.lex_rank", "sumy") for name in PEERS if name.startswith("sumy-")},
        "lexrank": ("lexrank", "lexrank"),
        "summa": ("summa.summarizer", "summa"),
        "submodular": ("sklearn.cluster", "scikit-learn"),
    }
)


def check_installed(name: str) -> None:
    """Raise :class:`MissingExtraError` when the peer ``name`` needs a package that is not
    installed: eval checks before it runs anything, rather than failing on every item."""
    needed = _PACKAGES.get(name)
    if needed is None:
        return
    try:
        importlib.import_module(needed[0])
    except ImportError:
        raise MissingExtraError(f"the {name} peer ({needed[1]})", "bench") from None


def peer_ranking(name: str, item: ItemInput, words: int) -> list[int]:
    """The peer ``name``'s ranking of the item's candidates for a summary of ``words`` words."""
    budgeted = BUDGETED.get(name)
    return budgeted(item, words) if budgeted is not None else PEERS[name](item)


def ranked_texts(item: ItemInput, ranking: Sequence[int]) -> list[str]:
    """The item's candidate texts in ``ranking`` order."""
    candidates = item.candidates
    return [candidates[i].text for i in ranking]


@dataclass(frozen=True, slots=True)
class PeerSystem:
    """A peer from :data:`PEERS`: its ranking of the shared candidates, filled to the budget."""

    name: str
    shares_preparation: bool = True

    def check(self) -> None:
        """Raise MissingExtraError when the peer's package is not installed."""
        check_installed(self.name)

    def run(self, item: ItemInput, words: int) -> list[list[str]]:
        """The peer's ranking, filled to ``words``."""
        if not item.candidates:
            return [[]]
        return [fill(ranked_texts(item, peer_ranking(self.name, item, words)), words)]
