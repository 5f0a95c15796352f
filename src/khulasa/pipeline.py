"""The summarizer: clean -> segment -> group facts -> select -> order, as small pure steps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from khulasa.clean import clean_document
from khulasa.config import Settings
from khulasa.deadline import check_time, checked
from khulasa.errors import NoTextError, SettingsError
from khulasa.facts import group_facts
from khulasa.normalize import Analyzer, arabic_ratio, count_words, letter_counts
from khulasa.published import parse_published
from khulasa.segment import sentence_spans
from khulasa.select import select
from khulasa.trim import trim_attribution, trim_marker
from khulasa.types import (
    Document,
    Fact,
    Heading,
    PreparedDocument,
    Sentence,
    Span,
    Summary,
    SummarySentence,
)

_MIN_CLUSTER_ARABIC = 0.2


def prepare_document(doc: Document) -> PreparedDocument:
    """Clean one document and split its kept paragraphs into sentences with offsets."""
    blocks, removed = clean_document(doc)
    sentences = tuple(
        Sentence(doc.id, index, start, end, doc.text[start:end], paragraph)
        for index, (start, end, paragraph) in enumerate(sentence_spans(doc.text, blocks))
    )
    headings = tuple(Heading(doc.id, b.start, b.end, doc.text[b.start : b.end]) for b in blocks
                     if b.kind == "heading")
    return PreparedDocument(doc, sentences, headings, tuple(removed))


def _check_documents(documents: Sequence[Document]) -> None:
    if not documents:
        raise NoTextError("no documents to summarize: give at least one article")
    ids = [d.id for d in documents]
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise SettingsError(f"document ids must be unique; repeated: {', '.join(dupes[:5])}")
    arabic, letters = letter_counts(" ".join(d.text[:2000] for d in documents))
    if not letters or arabic / letters < _MIN_CLUSTER_ARABIC:
        raise NoTextError("the documents contain no Arabic text: khulasa summarizes Arabic articles")


def prepare(documents: Sequence[Document], settings: Settings | None = None) -> tuple[PreparedDocument, ...]:
    """Clean and segment every document (``settings`` is accepted for symmetry; unused today)."""
    _check_documents(documents)
    prepared = []
    for d in documents:
        check_time()
        prepared.append(prepare_document(d))
    return tuple(prepared)


def trim_start(sentence: Sentence, settings: Settings) -> Sentence:
    """``sentence`` with the leading discourse marker and/or attribution clause the settings drop."""
    if settings.trim_markers:
        sentence = trim_marker(sentence, min_words=settings.min_words)
    if settings.trim_attribution:
        sentence = trim_attribution(sentence, min_words=settings.min_words)
    return sentence


def is_candidate(sentence: Sentence, settings: Settings) -> bool:
    """A sentence a reader can take on its own: long enough, short enough, mostly Arabic prose."""
    words = count_words(sentence.text)
    if not settings.min_words <= words <= settings.max_words:
        return False
    if sentence.text.rstrip()[-1:] in (":", "،", ","):  # a lead-in to something that follows
        return False
    return arabic_ratio(sentence.text) >= settings.min_arabic_ratio


def candidate_flags(
    sentences: Sequence[Sentence], settings: Settings, memo: dict[str, bool] | None = None
) -> list[bool]:
    """:func:`is_candidate` of each sentence, judged once per distinct text (``memo`` keeps the verdicts)."""
    memo = {} if memo is None else memo
    out = []
    for s in checked(sentences):
        flag = memo.get(s.text)
        if flag is None:
            flag = memo[s.text] = is_candidate(s, settings)
        out.append(flag)
    return out


def build_facts(
    prepared: Sequence[PreparedDocument], settings: Settings | None = None, analyzer: Analyzer | None = None,
    *, candidate_memo: dict[str, bool] | None = None,
) -> tuple[Fact, ...]:
    """Group the sentences of all documents into facts (near-duplicates across outlets merged)."""
    settings = settings or Settings()
    analyzer = analyzer or Analyzer(stem=settings.stem)
    sentences = [s for p in prepared for s in p.sentences]
    return group_facts(
        sentences,
        analyzer,
        jaccard=settings.dedup_threshold,
        containment=settings.containment_threshold,
        is_candidate=candidate_flags(sentences, settings, candidate_memo),
    )


def order_facts(chosen: Sequence[Fact], prepared: Sequence[PreparedDocument], settings: Settings) -> list[Fact]:
    """Reading order: by relative position in the articles (or publication time), then document order."""
    if settings.order == "selection":
        return list(chosen)
    doc_rank = {p.document.id: k for k, p in enumerate(prepared)}
    length = {p.document.id: max(len(p.sentences), 1) for p in prepared}
    # Dates are compared as moments, not strings ("Fri, 26 Apr" sorts before "Thu, 25 Apr" as text);
    # facts from documents without a readable date come after the dated ones.
    moments = {p.document.id: parse_published(p.document.published) for p in prepared}
    published = {d: (m is None, m.timestamp() if m is not None else 0.0) for d, m in moments.items()}

    def key(fact: Fact) -> tuple[Any, ...]:
        first = min(fact.sentences, key=lambda s: (s.index / length[s.doc], doc_rank[s.doc]))
        relative = first.index / length[first.doc]
        if settings.order == "time":
            return (min(published[s.doc] for s in fact.sentences), relative, doc_rank[first.doc])
        return (relative, doc_rank[first.doc], first.index)

    return sorted(chosen, key=key)


def summarize(
    documents: Sequence[Document],
    *,
    words: int | None = None,
    sentences: int | None = None,
    chars: int | None = None,
    settings: Settings | None = None,
    **overrides: Any,
) -> Summary:
    """Summarize a cluster of articles about one story.

    Parameters
    ----------
    documents:
        The articles; ids must be unique.
    words, sentences, chars:
        The budget (one of them; 100 words when none is given). Never exceeded.
    settings:
        Full settings; ``overrides`` change single fields (e.g. ``method="greedy"``).

    Returns
    -------
    Summary
        Sentences quoted from the articles, each with every passage that carries it.
    """
    settings = (settings or Settings()).updated(**overrides) if overrides else (settings or Settings())
    settings = settings.with_budget(words=words, sentences=sentences, chars=chars)
    prepared = prepare(documents, settings)
    removed = tuple(r for p in prepared for r in p.removed)
    if not any(p.sentences for p in prepared):
        raise NoTextError(
            f"nothing left to summarize: all text of the {len(documents)} document(s) was removed as "
            "junk or headings; check that the files hold article text"
        )
    analyzer = Analyzer(stem=settings.stem)
    candidate_memo: dict[str, bool] = {}
    facts = build_facts(prepared, settings, analyzer, candidate_memo=candidate_memo)
    if settings.trim_markers or settings.trim_attribution:
        facts = tuple(replace(f, sentences=(trim_start(f.representative, settings), *f.sentences[1:])) for f in facts)
    check_time()
    candidate_ok = candidate_flags([f.representative for f in facts], settings, candidate_memo)
    if not any(candidate_ok):
        # Short texts (a few short sentences) still deserve a summary: relax the length floor,
        # but not the rest (an English share bar or a lead-in is no summary of an Arabic article).
        relaxed = settings.updated(min_words=1)
        candidate_ok = candidate_flags([f.representative for f in facts], relaxed)
    if not any(candidate_ok):
        raise NoTextError(
            f"nothing to summarize: no sentence of the {len(documents)} document(s) is Arabic prose "
            "(only headings, lead-ins or text in other languages); check that the files hold article text"
        )
    titles = [t for p in prepared for t in ([p.document.title] if p.document.title else [])]
    titles += [h.text for p in prepared for h in p.headings]
    chosen = select(facts, candidate_ok, len(prepared), settings, analyzer, titles)
    if not chosen:
        unit, amount = settings.budget
        shortest = min(
            (len(f.representative.text) if unit == "chars" else count_words(f.representative.text))
            for f, ok in zip(facts, candidate_ok, strict=True) if ok
        )
        raise SettingsError(
            f"budget too small: {amount} {unit} cannot hold any sentence (the shortest needs {shortest}); "
            f"raise --{unit}"
        )
    check_time()
    ordered = order_facts(chosen, prepared, settings)
    reworded: dict[int, tuple[Span, ...]] = {}
    if settings.paraphrases:
        from khulasa.compare import paraphrase_spans  # compare builds on this module

        reworded = paraphrase_spans(ordered, facts, prepared, settings)
    summary_sentences = tuple(
        SummarySentence(
            text=f.representative.text,
            sources=f.spans,
            fact_id=f.id,
            words=count_words(f.representative.text),
            paraphrases=reworded.get(f.id, ()),
        )
        for f in ordered
    )
    return Summary(summary_sentences, tuple(documents), removed, settings.to_dict())
