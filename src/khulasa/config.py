"""Summarizer settings: one frozen, keyword-only object, checked on creation."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from khulasa.errors import SettingsError

Method = Literal["ilp", "greedy", "mmr", "lead"]
METHODS: tuple[str, ...] = ("ilp", "greedy", "mmr", "lead")
Order = Literal["position", "time", "selection"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Every knob of the pipeline, with the defaults used for all data sets.

    Exactly one budget applies: ``sentences`` or ``chars`` when given, else ``words``.
    """

    words: int | None = 100
    sentences: int | None = None
    chars: int | None = None
    method: Method = "ilp"
    order: Order = "position"
    # Deduplication: sentences whose idf-weighted Jaccard over content terms reaches this merge.
    dedup_threshold: float = 0.35
    # Containment: a short sentence nearly inside a longer one is the same fact.
    containment_threshold: float = 0.75
    # Stem words when matching sentences for deduplication and redundancy.
    stem: bool = False
    # Concepts: content bigrams (and unigrams when unigram_weight > 0), stemmed when stem_concepts.
    # Surface bigrams scored higher on both evaluation sets (docs/quality.md).
    stem_concepts: bool = False
    unigram_weight: float = 0.0
    # Concepts that occur in a title or heading count as this many more documents.
    title_weight: float = 1.0
    # With several documents, concepts made only of frame words (names, titles, the words that
    # qualify them: "الرئيس الروسي فلاديمير بوتين") weigh this share: every outlet repeats them, so
    # their document count says who the story is about, not what happened. 1 (off): lower values
    # measured within noise on key facts and ROUGE (docs/quality.md).
    frame_weight: float = 1.0
    # With several documents, concepts weighing less than this (about: in fewer documents) are ignored.
    min_concept_weight: float = 1.0
    # Per-word value of a sentence's position prior (news leads matter), in units of the cluster's
    # mean concept value per word. 2.0 and the decay below won every cross-validation fold.
    position_weight: float = 2.0
    # Reward per word used, relative to the mean concept value per word: fills the budget on ties.
    fill_weight: float = 0.1
    # How fast the position prior decays: prior = 1 / (1 + index / position_decay).
    position_decay: float = 1.5
    # Sentences outside these word counts are not candidates (too short to inform, too long to read).
    min_words: int = 5
    max_words: int = 100
    # Drop sentences that are a bare quotation or mostly non-Arabic from candidates.
    min_arabic_ratio: float = 0.5
    # Drop sentence-initial discourse markers ("ومن جهته،") from summary sentences (offsets move).
    trim_markers: bool = True
    # Compress summary sentences: drop bracketed asides without a claim and opening datelines or
    # agency tags (khulasa.text.compress); the kept text stays exact source passages. Off: measured, it
    # cost 0.7 ROUGE-2 @100 on MultiLing for one more key fact in 53, and 1 of 50 judged
    # compressions dropped a fact (docs/quality.md).
    compress: bool = False
    # Drop a leading attribution clause ("وقال الوزير إن"): off, as the claim then loses its speaker.
    trim_attribution: bool = False
    # Also find, for each summary sentence, passages of other outlets that state it in other words
    # (the clause linking of ``khulasa compare``; roughly triples the time of a summary).
    paraphrases: bool = False
    # Optional semantic redundancy with the Universal Sentence Encoder extra (0 disables).
    semantic_threshold: float = 0.0

    def __post_init__(self) -> None:
        for name in ("words", "sentences", "chars"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
                raise SettingsError(f"budget {name}={value!r} must be a positive whole number")
        if self.words is None and self.sentences is None and self.chars is None:
            raise SettingsError("no budget: give words, sentences or chars")
        if self.method not in METHODS:
            raise SettingsError(f"unknown method {self.method!r}; choose one of {', '.join(METHODS)}")
        if self.order not in ("position", "time", "selection"):
            raise SettingsError(f"unknown order {self.order!r}; choose position, time or selection")
        for name in (
            "dedup_threshold",
            "containment_threshold",
            "min_arabic_ratio",
            "semantic_threshold",
            "frame_weight",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise SettingsError(f"{name}={value!r} must lie between 0 and 1")
        for name in (
            "position_weight",
            "fill_weight",
            "unigram_weight",
            "min_concept_weight",
            "position_decay",
            "title_weight",
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0.0:
                raise SettingsError(f"{name}={value!r} must be a number, zero or more")
        if not self.position_decay > 0.0:
            raise SettingsError(f"position_decay={self.position_decay!r} must be more than zero")
        if self.min_words < 1 or self.max_words < self.min_words:
            raise SettingsError(f"min_words={self.min_words} and max_words={self.max_words} do not make a range")

    @property
    def budget(self) -> tuple[str, int]:
        """The budget that applies, as ``(unit, amount)`` with unit in words/sentences/chars."""
        if self.sentences is not None:
            return "sentences", self.sentences
        if self.chars is not None:
            return "chars", self.chars
        assert self.words is not None
        return "words", self.words

    def with_budget(
        self, *, words: int | None = None, sentences: int | None = None, chars: int | None = None
    ) -> Settings:
        """A copy whose budget is the one given (others cleared); the default 100 words if none."""
        given = [n for n, v in (("words", words), ("sentences", sentences), ("chars", chars)) if v is not None]
        if len(given) > 1:
            raise SettingsError(f"give one budget, not {' and '.join(given)}")
        if not given:
            return self
        return replace(self, words=words, sentences=sentences, chars=chars)

    def updated(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied; unknown or invalid settings raise :class:`SettingsError`."""
        unknown = sorted(set(changes) - set(self.__dataclass_fields__))
        if unknown:
            raise SettingsError(
                f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(self.__dataclass_fields__))}"
            )
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The settings as a plain dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareSettings:
    """Knobs of the comparison, checked on creation.

    Two facts from different outlets count as one item when one clause of each states the same
    thing: the idf-weighted cosine of the clauses' content words reaches ``link_threshold`` and
    they share at least ``link_min_content`` words that are not actor names (the predicate and
    what it says; names alone relate sentences without making them the same statement).
    ``embeddings``: when > 0, also link sentences whose multilingual sentence embeddings reach
    this cosine (and that share a content word); needs the ``embeddings`` extra. 0 = off.
    ``unique_per_outlet``: how many unique facts to show per outlet; ``unique_min_words``: shorter
    sentences are too slight to list. ``figure_threshold``: subject similarity for two figures to
    be about the same thing; ``figure_tolerance``: relative difference above which two values
    disagree (approximate ones included). ``max_actors``: how many actors to list. ``stem``: match
    stemmed words when linking facts and figure subjects ("استمر"/"استمرت"), whatever the
    summarizer does.
    """

    link_threshold: float = 0.3
    link_min_content: int = 2
    embeddings: float = 0.0
    unique_per_outlet: int = 5
    unique_min_words: int = 8
    figure_threshold: float = 0.1
    figure_tolerance: float = 0.1
    max_actors: int = 25
    stem: bool = True

    def __post_init__(self) -> None:
        for name in ("link_threshold", "embeddings", "figure_threshold", "figure_tolerance"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise SettingsError(f"compare setting {name}={value!r} must lie between 0 and 1")
        for name in ("link_min_content", "unique_per_outlet", "unique_min_words", "max_actors"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise SettingsError(f"compare setting {name}={value!r} must be a whole number >= 0")

    def to_dict(self) -> dict[str, Any]:
        """The settings as a plain dict."""
        return asdict(self)
