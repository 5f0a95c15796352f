"""The systems an evaluation compares: khulasa (and named variants), lead, random, oracle, peers.

Fairness: every system except khulasa itself ranks the same candidates — the sentences and
headings of :func:`khulasa.prepare` (cleaned and segmented), in text order — and every output is cut to the same
word budget by the same function (:func:`truncate`, applied by the runner). A ranking system
contributes sentences in its rank order until the budget is covered; the last one is then cut
mid-sentence, as ROUGE-1.5.5's ``-l`` does. khulasa runs end to end on the item's
:class:`~khulasa.types.Document` objects (ids ``d0``...) and keeps its own budget.
"""

from __future__ import annotations

import json
import math
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import numpy as np

from khulasa.errors import (
    SettingsError,
    no_systems,
    system_named_twice,
    unknown_system,
    variant_bad_pair,
    variant_name_taken,
    variant_sets_budget,
    variant_without_name,
)
from khulasa.evaluation.inputs import ItemInput, cut_words, fill, whole_fill
from khulasa.evaluation.rouge import RougeTokenizer
from khulasa.text.normalize import count_words

T = TypeVar("T")


# --- systems -------------------------------------------------------------------------------


class System(Protocol):
    """A summarizer under evaluation.

    ``run`` returns one or more summaries (lists of sentences; several for random); the runner
    averages their scores. ``shares_preparation`` is true when the system ranks the shared
    candidates, so that the runner charges it the shared preparation time too.
    """

    @property
    def name(self) -> str:
        """The system's name in the tables."""

    @property
    def shares_preparation(self) -> bool:
        """Whether the runner charges the system the shared preparation time."""

    def run(self, item: ItemInput, words: int) -> list[list[str]]:
        """One or more summaries of ``item`` for a budget of ``words``."""


@dataclass(frozen=True, slots=True)
class KhulasaSystem:
    """:func:`khulasa.summarize` with optional setting overrides (a named variant for ablations)."""

    name: str = "khulasa"
    settings: Mapping[str, Any] = field(default_factory=dict)
    shares_preparation: bool = False
    # Ask for this many times the budget and let the runner cut at the budget, as lead and the
    # peers are cut (``khulasa-cut``); 1.0 is khulasa as users get it: whole sentences in budget.
    overflow: float = 1.0

    def run(self, item: ItemInput, words: int) -> list[list[str]]:
        """khulasa's summary of the item with this system's settings."""
        from khulasa import summarize

        asked = max(words, math.ceil(words * self.overflow))
        summary = summarize(list(item.documents), words=asked, **dict(self.settings))
        return [[s.text for s in summary.sentences]]


def round_robin(per_document: Sequence[Sequence[T]]) -> Iterator[T]:
    """First sentence of each document in order, then every second sentence, and so on."""
    depth = max((len(doc) for doc in per_document), default=0)
    for i in range(depth):
        for doc in per_document:
            if i < len(doc):
                yield doc[i]


@dataclass(frozen=True, slots=True)
class LeadSystem:
    """Lead baseline: round-robin over the documents' opening units, in the given order.

    ``lead`` reads each article as published (junk removed), title and heading lines included,
    which reproduces issue 4's lead figures. ``lead-body`` (``headings=False``) skips headings, as
    khulasa does (it never summarizes with headings): the lead khulasa's own candidates allow.
    """

    name: str = "lead"
    headings: bool = True
    # Whole sentences only (``lead-whole``): in lead order, a sentence that would overflow the
    # budget is skipped for the next one that fits - the rule khulasa's output obeys.
    whole: bool = False
    shares_preparation: bool = True

    def run(self, item: ItemInput, words: int) -> list[list[str]]:
        """The documents' opening units, round-robin, filled to ``words``."""
        per_document = item.units if self.headings else item.sentences
        texts = (u.text for u in round_robin(per_document))
        return [whole_fill(texts, words) if self.whole else fill(texts, words)]


@dataclass(frozen=True, slots=True)
class RandomSystem:
    """Random sentences, one summary per seed (seeded by the seed and the item id)."""

    name: str = "random"
    seeds: tuple[int, ...] = (0, 1, 2, 3, 4)
    shares_preparation: bool = True

    def run(self, item: ItemInput, words: int) -> list[list[str]]:
        """One random order of the candidates per seed, each filled to ``words``."""
        texts = [s.text for s in item.candidates]
        out = []
        for seed in self.seeds:
            rng = np.random.default_rng([seed, zlib.crc32(item.id.encode("utf-8"))])
            out.append(fill((texts[i] for i in rng.permutation(len(texts))), words))
        return out


def ngram_counts(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """Counts of the ``n``-grams of ``tokens``."""
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def ngram_recall(summary: Counter[tuple[str, ...]], refs: Sequence[Counter[tuple[str, ...]]]) -> float:
    """Mean over references of clipped n-gram recall."""
    total = 0.0
    for ref in refs:
        size = sum(ref.values())
        if size:
            total += sum(min(c, ref[g]) for g, c in summary.items() if g in ref) / size
    return total / len(refs) if refs else 0.0


@dataclass(frozen=True, slots=True)
class OracleSystem:
    """Greedy extractive oracle: adds the sentence that most raises ROUGE-2 recall (mean over
    references; ROUGE-1 recall breaks ties) until no sentence helps or the budget is full.

    An upper bound for extractive selection over the shared candidates, not an exact optimum.
    With ``whole`` (``oracle-whole``) it only adds sentences that fit the budget whole: the bound
    for output that, like khulasa's, never cuts a sentence.
    """

    name: str = "oracle"
    stem: bool = False
    whole: bool = False
    shares_preparation: bool = True

    def run(self, item: ItemInput, words: int) -> list[list[str]]:
        """Greedy choice of the candidates that most raise ROUGE-2 (then ROUGE-1) recall."""
        tokenizer = RougeTokenizer(stem=self.stem)
        ref_tokens = [tokenizer.tokenize(r) for r in item.references]
        refs1 = [ngram_counts(t, 1) for t in ref_tokens]
        refs2 = [ngram_counts(t, 2) for t in ref_tokens]
        texts = [s.text for s in item.candidates]
        tokens = [tokenizer.tokenize(t) for t in texts]
        chosen: list[str] = []
        summary_tokens: list[str] = []
        used = 0
        left = set(range(len(texts)))
        current = (0.0, 0.0)
        while used < words and left:
            best, best_score, best_tokens = -1, current, summary_tokens
            for i in sorted(left):
                n = count_words(texts[i])
                if n == 0 or (self.whole and used + n > words):
                    continue
                add = tokens[i] if used + n <= words else tokenizer.tokenize(cut_words(texts[i], words - used))
                trial = summary_tokens + add
                score = (ngram_recall(ngram_counts(trial, 2), refs2), ngram_recall(ngram_counts(trial, 1), refs1))
                if score > best_score:
                    best, best_score, best_tokens = i, score, trial
            if best < 0:
                break
            left.discard(best)
            n = count_words(texts[best])
            chosen.append(texts[best] if used + n <= words else cut_words(texts[best], words - used))
            used += n
            summary_tokens, current = best_tokens, best_score
        return [chosen]


# --- names ---------------------------------------------------------------------------------

BASELINES: tuple[str, ...] = ("lead", "lead-body", "random", "oracle")
# Whole-sentence counterparts and khulasa cut like the baselines: what the budget rule costs.
WHOLE_SENTENCE: tuple[str, ...] = ("khulasa-cut", "lead-whole", "oracle-whole")


def _value(text: str) -> Any:
    """A setting value from text: JSON numbers/booleans (true/false), else the string itself."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


# The budget, which the runner gives every system alike: a variant may not set it.
BUDGET_KEYS = ("words", "sentences", "chars")


def parse_variant(spec: str) -> KhulasaSystem:
    """``name=key:value;key:value`` as a khulasa variant; settings are checked by :class:`Settings`."""
    from khulasa.config import Settings

    name, _, body = spec.partition("=")
    name = name.strip()
    if not name:
        raise SettingsError(variant_without_name(spec))
    if name in known_systems() or name in ("all", "peers"):
        raise SettingsError(variant_name_taken(name))
    settings: dict[str, Any] = {}
    for pair in filter(None, (p.strip() for p in body.split(";"))):
        key, sep, value = pair.partition(":")
        if not sep:
            raise SettingsError(variant_bad_pair(name, pair))
        if key.strip() in BUDGET_KEYS:
            raise SettingsError(variant_sets_budget(name, key.strip()))
        settings[key.strip()] = _value(value.strip())
    Settings().updated(**settings)  # raises SettingsError naming unknown or bad settings
    return KhulasaSystem(name=name, settings=settings)


def known_systems() -> tuple[str, ...]:
    """Every system name :func:`make_system` accepts."""
    from khulasa.evaluation.peers import PEERS

    return ("khulasa", *BASELINES, *WHOLE_SENTENCE, *PEERS)


# The built-in systems by name, each made from ``stem`` (only the oracles use it).
_BUILT_IN: dict[str, Callable[[bool], System]] = {
    "khulasa": lambda stem: KhulasaSystem(),
    "khulasa-cut": lambda stem: KhulasaSystem(name="khulasa-cut", overflow=1.5),
    "lead-whole": lambda stem: LeadSystem(name="lead-whole", headings=False, whole=True),
    "oracle-whole": lambda stem: OracleSystem(name="oracle-whole", stem=stem, whole=True),
    "lead": lambda stem: LeadSystem(),
    "lead-body": lambda stem: LeadSystem(name="lead-body", headings=False),
    "random": lambda stem: RandomSystem(),
    "oracle": lambda stem: OracleSystem(stem=stem),
}


def make_system(name: str, *, stem: bool = False) -> System:
    """A system by name (see :func:`known_systems`) or a ``name=key:value;...`` khulasa variant."""
    from khulasa.evaluation.peers import PEERS, PeerSystem

    name = name.strip()
    if "=" in name:
        return parse_variant(name)
    if name in _BUILT_IN:
        return _BUILT_IN[name](stem)
    if name in PEERS:
        return PeerSystem(name)
    raise SettingsError(unknown_system(name, known_systems()))


def parse_systems(spec: str | Sequence[str] | None, *, stem: bool = False) -> list[System]:
    """Systems from a comma-separated spec (or list); ``all`` (the default) and ``peers`` expand."""
    from khulasa.evaluation.peers import PEERS

    names = spec.split(",") if isinstance(spec, str) else list(spec or ["all"])
    expanded: list[str] = []
    for raw in (n.strip() for n in names):
        if raw == "all":
            expanded.extend(known_systems())
        elif raw == "peers":
            expanded.extend(PEERS)
        elif raw:
            expanded.append(raw)
    systems: list[System] = []
    seen: set[str] = set()
    for entry in expanded:
        system = make_system(entry, stem=stem)
        if system.name in seen:
            if "=" in entry:
                raise SettingsError(system_named_twice(system.name))
            continue
        seen.add(system.name)
        systems.append(system)
    if not systems:
        raise SettingsError(no_systems())
    return systems
