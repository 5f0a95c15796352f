"""The summarizer: clean -> segment -> group facts -> select -> order, as small pure steps."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from khulasa.config import Settings
from khulasa.deadline import check_time, checked
from khulasa.errors import (
    BudgetTooSmall,
    InputError,
    NoTextError,
    SettingsError,
    all_junk,
    field_not_a_string,
    lone_surrogate,
    no_arabic_documents,
    no_documents,
    no_prose,
    not_a_document,
    repeated_ids,
)
from khulasa.extract.claims import attribute, figure_disputes
from khulasa.link.clauses import paraphrase_spans
from khulasa.records import find_surrogate, replace_surrogates
from khulasa.summarizer.facts import group_facts
from khulasa.summarizer.mentions import shorten_repeated_titles
from khulasa.summarizer.opening import (
    OpeningTerms,
    event_tellings,
    opening_fact,
    opening_terms,
    openings,
    weak_tellings,
)
from khulasa.summarizer.profile import told_over_days
from khulasa.summarizer.select import cost_of, restated_by, select
from khulasa.text.clean import clean_document
from khulasa.text.cohesion import dangling_opener, leans_back, names_body, referring_subject
from khulasa.text.compress import compress, drop_tags
from khulasa.text.finished import (
    after_media_label,
    continues_line,
    cut_tail,
    ends_in_question,
    exclaimed_headline,
    glued_headline,
    introduced_item,
    introduced_quote,
    is_tail_fragment,
    line_pairs,
    mangled,
    opens_inside_quote,
    opens_page,
    stands_alone,
    unfinished,
)
from khulasa.text.normalize import Analyzer, arabic_ratio, count_words, letter_counts, normalize
from khulasa.text.published import parse_published
from khulasa.text.runon import split_document, split_runon
from khulasa.text.segment import sentence_spans
from khulasa.text.trim import trim_attribution, trim_marker
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
# A sentence cut from a discourse marker ("من جانبه، شكر بوتين زعيم كوريا.") must keep at least this
# many words: a short reply leans on the sentence it answers, and without the marker it hides that.
_MIN_WORDS_AFTER_MARKER = 8


def prepare_document(doc: Document) -> PreparedDocument:
    """Clean one document and split its kept paragraphs into sentences with offsets."""
    blocks, removed = clean_document(doc)
    sentences = tuple(
        Sentence(doc.id, index, start, end, doc.text[start:end], paragraph)
        for index, (start, end, paragraph) in enumerate(sentence_spans(doc.text, blocks))
    )
    headings = tuple(Heading(doc.id, b.start, b.end, doc.text[b.start : b.end]) for b in blocks if b.kind == "heading")
    return PreparedDocument(doc, sentences, headings, tuple(removed))


def _check_documents(documents: Sequence[Document]) -> None:
    if not isinstance(documents, Sequence):  # a LoadResult, a generator, one Document
        raise InputError(not_a_document(type(documents).__name__))
    if not documents:
        raise NoTextError(no_documents())
    for doc in documents:
        if not isinstance(doc, Document):  # a string of text, a record dict: not an AttributeError
            raise InputError(not_a_document(type(doc).__name__))
        _check_unicode(doc)
    ids = [d.id for d in documents]
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise SettingsError(repeated_ids(dupes))
    arabic, letters = letter_counts(" ".join(d.text[:2000] for d in documents))
    if not letters or arabic / letters < _MIN_CLUSTER_ARABIC:
        raise NoTextError(no_arabic_documents())


def _check_unicode(doc: Document) -> None:
    """Refuse text that is not valid Unicode (a lone surrogate): nothing could split, print or save it."""
    for name in ("text", "id", "title", "source", "url", "published"):
        value = getattr(doc, name)
        if not isinstance(value, str):
            if value is None and name != "text":
                continue
            raise InputError(field_not_a_string(doc.id, name, type(value).__name__))
        at = find_surrogate(value)
        if at is not None:
            raise InputError(lone_surrogate(replace_surrogates(doc.id), name, ord(value[at]), at))


def prepare(documents: Sequence[Document], settings: Settings | None = None) -> tuple[PreparedDocument, ...]:
    """Clean and segment every document (``settings`` is accepted for symmetry; unused today)."""
    _check_documents(documents)
    prepared = []
    for d in documents:
        check_time()
        prepared.append(prepare_document(d))
    return tuple(prepared)


def trim_start(sentence: Sentence, settings: Settings, source: str | None = None) -> Sentence:
    """``sentence`` with the leading discourse marker and/or attribution clause the settings drop,
    and compressed (:mod:`khulasa.text.compress`) when ``source``, its document's text, is given."""
    if source is not None and settings.compress:
        sentence = compress(sentence, source, min_words=settings.min_words)
    elif source is not None and settings.drop_tags:
        sentence = drop_tags(sentence, source, min_words=settings.min_words)
    if settings.trim_markers:
        sentence = trim_marker(sentence, min_words=max(settings.min_words, _MIN_WORDS_AFTER_MARKER))
    if settings.trim_attribution:
        sentence = trim_attribution(sentence, min_words=settings.min_words)
    return sentence


def _without_related_headline(sentence: Sentence, source: str) -> Sentence:
    """``sentence`` from where the lead opens, when a media label stands before it on its line
    ("بالفيديو..") and it runs that related item's headline into the lead
    (:func:`khulasa.text.finished.after_media_label`)."""
    if sentence.parts:
        return sentence
    line_start = source.rfind("\n", 0, sentence.start) + 1
    cut = after_media_label(source[line_start : sentence.start], sentence.text)
    if not cut:
        return sentence
    return replace(sentence, start=sentence.start + cut, text=sentence.text[cut:])


def standalone_first(fact: Fact, settings: Settings, texts: Mapping[str, str] | None = None) -> Fact:
    """``fact`` with its representative trimmed (and compressed, given the documents' ``texts``),
    and replaced by another wording when it opens with a word that needs an antecedent ("وأضاف",
    "وهو ما") and another wording does not."""
    texts = texts or {}
    trimmed = trim_start(fact.representative, settings, texts.get(fact.representative.doc))
    if not leans(trimmed.text):
        return replace(fact, sentences=(trimmed, *fact.sentences[1:]))
    for k, other in enumerate(fact.sentences[1:], 1):
        other = trim_start(other, settings, texts.get(other.doc))
        if not leans(other.text) and is_candidate(other, settings):
            rest = tuple(s for i, s in enumerate(fact.sentences) if i != k)
            return replace(fact, sentences=(other, *rest))
    return replace(fact, sentences=(trimmed, *fact.sentences[1:]))


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,]\d+)?", normalize(text)))


def within_share(fact: Fact, most: float, settings: Settings, texts: Mapping[str, str]) -> Fact:
    """``fact`` told in its longest other wording of at most ``most`` words (a sentence a reader
    can take on its own, giving every number the representative gives) when its representative is
    longer (Settings.wording_share): past half the budget a sentence pays for its words
    (Settings.past_half_weight), and a shorter wording of the same fact leaves words for others."""
    if count_words(fact.representative.text) <= most:
        return fact
    need = _numbers(fact.representative.text)
    best, best_words = -1, 0
    for k, other in enumerate(fact.sentences[1:], 1):
        other = trim_start(other, settings, texts.get(other.doc))
        words = count_words(other.text)
        fits = best_words < words <= most and not leans(other.text)
        if fits and is_candidate(other, settings) and need <= _numbers(other.text):
            best, best_words = k, words
    if best < 0:
        return fact
    other = trim_start(fact.sentences[best], settings, texts.get(fact.sentences[best].doc))
    rest = tuple(s for i, s in enumerate(fact.sentences) if i != best)
    return replace(fact, sentences=(other, *rest))


def antecedents(facts: Sequence[Fact]) -> dict[int, int]:
    """For each fact whose representative opens with a word needing an antecedent, the id of the
    fact holding the sentence before it in its article (selection takes it only with that one).
    A leaning sentence with no sentence before it maps to itself's id -1 (never choosable)."""
    # The clauses of a split run-on sentence (khulasa.text.runon) share its index: the sentence
    # before a leaning one is the last clause of the sentence before it.
    fact_of = {
        (s.doc, s.index): f.id
        for f, s in sorted(((f, s) for f in facts for s in f.sentences), key=lambda x: x[1].start)
    }
    out = {}
    for f in facts:
        first = f.representative
        if leans(first.text):
            out[f.id] = fact_of.get((first.doc, first.index - 1), -1)
    return out


def leans(text: str) -> bool:
    """Does ``text`` need the sentence before it: an opening that needs an antecedent
    (:func:`khulasa.text.cohesion.dangling_opener`), or nothing but who reported "this"
    (:func:`khulasa.text.cohesion.leans_back`)?"""
    return dangling_opener(text) is not None or leans_back(text)


def is_candidate(sentence: Sentence, settings: Settings, *, finished: bool = True) -> bool:
    """A sentence a reader can take on its own: long enough, short enough, mostly Arabic prose, no
    navigation trail, and (with ``finished``) a finished sentence: no headline line, line trailing
    off in ".." or cut end of a page (:func:`khulasa.text.finished.unfinished`; questions are
    judged apart), nor the tail of another sentence cut off by a stray full stop
    (:func:`khulasa.text.finished.is_tail_fragment`) or inside a quotation
    (:func:`khulasa.text.finished.opens_inside_quote`), nor a sentence whose page cut its words
    apart (:func:`khulasa.text.finished.mangled`)."""
    words = count_words(sentence.text)
    if not settings.min_words <= words <= settings.max_words:
        return False
    if sentence.text.rstrip()[-1:] in (":", "،", ","):  # a lead-in to something that follows
        return False
    reason = unfinished(sentence.text)
    if reason == "breadcrumb" or (finished and reason not in (None, "question")):
        return False
    if finished and (is_tail_fragment(sentence.text) or mangled(sentence.text) or opens_inside_quote(sentence.text)):
        return False
    return arabic_ratio(sentence.text) >= settings.min_arabic_ratio


def is_question(text: str) -> bool:
    """True when ``text`` ends with a question mark (closing quotes aside:
    :func:`khulasa.text.finished.ends_in_question`)."""
    return ends_in_question(text)


def on_its_own(
    sentence: Sentence,
    layout: Mapping[str, tuple[str, Sequence[tuple[int, int]]]],
    pairs: frozenset[tuple[str, str]] = frozenset(),
) -> bool:
    """Is ``sentence`` a sentence of its own where it stands on its page (``layout``: each
    document's text and the spans of its sentences, by id; a document not in it is not judged):
    not the second line of a title split in two (:func:`khulasa.text.finished.continues_line`), nor
    the rest of a sentence its page broke across lines where another line of the cluster holds the
    words the break cut apart (``pairs``: :func:`khulasa.text.finished.line_pairs`;
    :func:`khulasa.text.finished.cut_tail`), a
    headline repeated among no prose (:func:`khulasa.text.finished.stands_alone`) nor, at the top
    of its page (:func:`khulasa.text.finished.opens_page`), a headline run into its lead
    (:func:`khulasa.text.finished.glued_headline`): other outlets tell the event in whole sentences."""
    if sentence.doc not in layout:
        return True
    source, prose = layout[sentence.doc]
    if continues_line(source, sentence.start) or introduced_item(source, sentence.start):
        return False
    if introduced_quote(source, sentence.start):
        return False
    if pairs and cut_tail(source, sentence.start, pairs):
        return False
    if (glued_headline(sentence.text) or exclaimed_headline(sentence.text)) and opens_page(
        source, sentence.start, prose
    ):
        return False
    return not stands_alone(source, sentence.start, sentence.end, prose)


def candidate_flags(
    sentences: Sequence[Sentence], settings: Settings, memo: dict[str, bool] | None = None, *, finished: bool = True
) -> list[bool]:
    """:func:`is_candidate` of each sentence, judged once per distinct text (``memo`` keeps the verdicts)."""
    memo = {} if memo is None else memo
    out = []
    for s in checked(sentences):
        flag = memo.get(s.text)
        if flag is None:
            flag = memo[s.text] = is_candidate(s, settings, finished=finished)
        out.append(flag)
    return out


def choosable(
    facts: Sequence[Fact],
    settings: Settings,
    multi: bool,
    memo: dict[str, bool],
    prepared: Sequence[PreparedDocument] = (),
) -> list[bool]:
    """Which facts' representatives a summary may print (``multi``: the cluster has 2+ documents).

    Across outlets every fact has finished wordings to choose from, and a headline line, a "..",
    the cut end of a page stand out as no sentences; a question is a teaser; so are a line that
    only goes on from a title and a headline repeated among no prose (:func:`on_its_own`, read
    in ``prepared``, the documents, when given). A single article's lines are all it has: its
    writer may end sentences with ".." or none (EASC's extracts keep such ones), and its own
    questions may frame its answer.
    """
    representatives = [f.representative for f in facts]
    candidate_ok = candidate_flags(representatives, settings, memo if multi else None, finished=multi)
    if multi:
        layout = {
            p.document.id: (p.document.text, [(s.spans[0].start, s.spans[0].end) for s in p.sentences])
            for p in prepared
        }
        pairs = line_pairs([p.document.text for p in prepared])
        candidate_ok = [
            ok and not is_question(s.text) and on_its_own(s, layout, pairs)
            for s, ok in zip(representatives, candidate_ok, strict=True)
        ]
    if not any(candidate_ok):
        # Short texts (a few short sentences) still deserve a summary: relax the length floor,
        # but not the rest (an English share bar or a lead-in is no summary of an Arabic article);
        # text typed without final stops has no finished sentence, and then its lines are taken.
        relaxed = settings.updated(min_words=1)
        candidate_ok = candidate_flags(representatives, relaxed, finished=multi)
        if not any(candidate_ok):
            candidate_ok = candidate_flags(representatives, relaxed, finished=False)
    return candidate_ok


def build_facts(
    prepared: Sequence[PreparedDocument],
    settings: Settings | None = None,
    analyzer: Analyzer | None = None,
    *,
    candidate_memo: dict[str, bool] | None = None,
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


def clause_facts(
    prepared: Sequence[PreparedDocument],
    settings: Settings,
    analyzer: Analyzer,
    first_id: int,
    candidate_memo: dict[str, bool] | None = None,
) -> tuple[Fact, ...]:
    """The main clauses of the documents' run-on sentences (:func:`khulasa.text.runon.split_runon`)
    grouped into facts of their own (ids from ``first_id``), beside the facts of the whole sentences:
    a clause is grouped only with other outlets' copies of it, never with a whole sentence, and
    selection never takes a sentence with one of its clauses (``select.overlap_pairs``)."""
    pieces = [c for p in prepared for s in p.sentences for c in split_runon(s) if c is not s]
    if not pieces:
        return ()
    grouped = group_facts(
        pieces,
        analyzer,
        jaccard=settings.dedup_threshold,
        containment=settings.containment_threshold,
        is_candidate=candidate_flags(pieces, settings, candidate_memo),
    )
    return tuple(replace(f, id=first_id + f.id) for f in grouped)


def order_facts(
    chosen: Sequence[Fact],
    prepared: Sequence[PreparedDocument],
    settings: Settings,
    first: int | None = None,
    leaning: Mapping[int, int] | None = None,
) -> list[Fact]:
    """Reading order: by relative position in the articles (or publication time), then document
    order; in position order, the fact with id ``first`` (the event itself) opens the summary. A
    chosen fact that calls a body by its bare definite noun ("وقالت الوكالة") comes after one that
    names it (:func:`_after_namings`); one that leans on another chosen one (``leaning``:
    :func:`antecedents`) is printed right after it, as in its article."""
    if settings.order == "selection":
        return list(chosen)
    ordered = _in_reading_order(chosen, prepared, settings)
    if first is not None and settings.order == "position":
        ordered = sorted(ordered, key=lambda f: f.id != first)
    return _after_antecedents(_after_namings(ordered), leaning or {})


def _after_namings(ordered: Sequence[Fact]) -> list[Fact]:
    """``ordered`` with each fact that calls a body by its bare definite noun
    (:func:`khulasa.text.cohesion.referring_subject`: "وقالت الوكالة إن …") and follows no fact naming
    it moved right after the first later fact that names it ("… حذرت وكالة الأرصاد الجوية …"). When
    no fact names it, it stays where it is."""
    out = list(ordered)
    for fact in ordered:
        noun = referring_subject(fact.representative.text)
        if noun is None:
            continue
        at = out.index(fact)
        if any(names_body(f.representative.text, noun) for f in out[:at]):
            continue
        later = [k for k in range(at + 1, len(out)) if names_body(out[k].representative.text, noun)]
        if later:
            out.insert(later[0], out.pop(at))
    return out


def _after_antecedents(ordered: Sequence[Fact], leaning: Mapping[int, int]) -> list[Fact]:
    """``ordered`` with each fact that leans on another of them moved right after that one."""
    present = {f.id for f in ordered}
    followers: dict[int, list[Fact]] = {}
    for f in ordered:
        if leaning.get(f.id, -1) in present and leaning[f.id] != f.id:
            followers.setdefault(leaning[f.id], []).append(f)
    placed: set[int] = set()
    out: list[Fact] = []

    def place(fact: Fact) -> None:
        if fact.id in placed:
            return
        placed.add(fact.id)
        out.append(fact)
        for follower in followers.get(fact.id, ()):
            place(follower)

    for f in ordered:
        if leaning.get(f.id, -1) not in present or f.id in placed:
            place(f)
    for f in ordered:  # a loop of facts leaning on each other: keep the reading order
        place(f)
    return out


def publication_times(prepared: Sequence[PreparedDocument]) -> dict[str, float]:
    """Each document's publication time as a timestamp, for the documents whose date reads."""
    moments = {p.document.id: parse_published(p.document.published) for p in prepared}
    return {d: m.timestamp() for d, m in moments.items() if m is not None}


def event_first(chosen: Sequence[Fact], terms: OpeningTerms | None, leaning: Mapping[int, int]) -> int | None:
    """The id of the chosen fact to print first (:func:`khulasa.summarizer.opening.opening_fact`),
    given what the documents open with (None: keep the reading order). A sentence that leans on
    the one before it (``leaning``: :func:`antecedents`) does not open; the one it leans on may,
    and is followed by it (:func:`order_facts`)."""
    if terms is None:
        return None
    return opening_fact([f for f in chosen if f.id not in leaning], terms)


def _in_reading_order(chosen: Sequence[Fact], prepared: Sequence[PreparedDocument], settings: Settings) -> list[Fact]:
    doc_rank = {p.document.id: k for k, p in enumerate(prepared)}
    length = {p.document.id: max(p.sentences[-1].index + 1 if p.sentences else 0, 1) for p in prepared}
    # Dates are compared as moments, not strings ("Fri, 26 Apr" sorts before "Thu, 25 Apr" as text);
    # facts from documents without a readable date come after the dated ones.
    times = publication_times(prepared)
    published = {p.document.id: (p.document.id not in times, times.get(p.document.id, 0.0)) for p in prepared}

    def key(fact: Fact) -> tuple[Any, ...]:
        first = min(fact.sentences, key=lambda s: (s.index / length[s.doc], doc_rank[s.doc]))
        relative = first.index / length[first.doc]
        if settings.order == "time":
            return (min(published[s.doc] for s in fact.sentences), relative, doc_rank[first.doc], first.start)
        return (relative, doc_rank[first.doc], first.index, first.start)

    return sorted(chosen, key=key)


def attributed(
    ordered: Sequence[Fact],
    facts: Sequence[Fact],
    prepared: Sequence[PreparedDocument],
    settings: Settings,
    restated: Mapping[int, tuple[Sentence, ...]],
    analyzer: Analyzer | None = None,
) -> list[SummarySentence]:
    """The summary's sentences with their sources, paraphrases and disputes. ``restated``: for a
    chosen fact (by id), sentences left out because they tell its figures again; where their
    values differ they are disputes of it, as near-copies with other figures are, but only in
    figures whose subject another wording pins down (no weekday: the day a toll was announced is
    not the day the quake struck). ``analyzer``: the summarizer's, whose tokens paraphrase linking reuses."""
    texts = {p.document.id: p.document.text for p in prepared}
    reworded: dict[int, tuple[Span, ...]] = {}
    if settings.paraphrases:
        readable = [f for f in facts if any(is_candidate(s, settings) for s in f.sentences)]
        reworded = paraphrase_spans(ordered, readable, prepared, analyzer=analyzer)
    elsewhere = figure_disputes(ordered, [s for p in prepared for s in p.sentences])
    out = []
    for f in ordered:
        rep = f.representative
        if rep.doc in texts:  # shown without a related item's headline run into it (chosen with it)
            f = replace(f, sentences=(_without_related_headline(rep, texts[rep.doc]), *f.sentences[1:]))
        credit = attribute(f, reworded.get(f.id, ()), texts, elsewhere.get(f.id, ()), restated.get(f.id, ()))
        out.append(
            SummarySentence(
                text=f.representative.text,
                sources=credit.sources,
                fact_id=f.id,
                words=count_words(f.representative.text),
                paraphrases=credit.paraphrases,
                partial=credit.partial,
                disputes=credit.disputes,
            )
        )
    return out


# ``Settings.short_budget`` of a summary that is short at any budget (``Settings.same_day_short``).
SHORT_AT_ANY_BUDGET = 2**31 - 1


def for_the_cluster(documents: Sequence[Document], settings: Settings) -> Settings:
    """``settings`` as they apply to ``documents``: for a story told over days
    (:func:`khulasa.summarizer.profile.told_over_days`, ``Settings.story_days``), short summaries
    take ``story_position_weight``, ``story_event_share``, ``story_centrality_weight``,
    ``story_core_redundancy`` and ``story_support_weight``; several documents of one news day make
    a short summary at any budget (``Settings.same_day_short``; ``short_budget`` 0 keeps the
    short-summary rules off)."""
    if not told_over_days(documents, settings.story_days):
        if settings.same_day_short and len(documents) > 1 and settings.short_budget > 0:
            return settings.updated(short_budget=SHORT_AT_ANY_BUDGET)
        return settings
    return settings.updated(
        short_position_weight=settings.story_position_weight,
        event_share=settings.story_event_share,
        centrality_weight=settings.story_centrality_weight,
        core_redundancy=settings.story_core_redundancy,
        support_weight=settings.story_support_weight,
    )


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
    if settings.split_runons == "replace":
        prepared = tuple(split_document(p) for p in prepared)
    settings = for_the_cluster(documents, settings)
    removed = tuple(r for p in prepared for r in p.removed)
    if not any(p.sentences for p in prepared):
        raise NoTextError(all_junk(len(documents)))
    analyzer = Analyzer(stem=settings.stem)
    candidate_memo: dict[str, bool] = {}
    facts = build_facts(prepared, settings, analyzer, candidate_memo=candidate_memo)
    if settings.split_runons == "both":
        facts = (*facts, *clause_facts(prepared, settings, analyzer, len(facts), candidate_memo))
    texts = {d.id: d.text for d in documents}
    facts = tuple(standalone_first(f, settings, texts) for f in facts)
    unit, amount = settings.budget
    if settings.wording_share > 0 and unit == "words" and amount <= settings.short_budget and len(prepared) > 1:
        facts = tuple(within_share(f, amount * settings.wording_share, settings, texts) for f in facts)
    check_time()
    candidate_ok = choosable(facts, settings, len(prepared) > 1, candidate_memo, prepared)
    if not any(candidate_ok):
        raise NoTextError(no_prose(len(documents)))
    titles = [t for p in prepared for t in ([p.document.title] if p.document.title else [])]
    titles += [h.text for p in prepared for h in p.headings]

    leaning = antecedents(facts) if len(prepared) > 1 else None
    wanted = settings.open_with_event or settings.event_share > 0
    terms = opening_terms(openings(prepared)) if leaning is not None and wanted else None

    def printed(chosen: Sequence[Fact]) -> list[Fact]:
        lead = event_first(chosen, terms if settings.open_with_event else None, leaning or {})
        ordered = order_facts(chosen, prepared, settings, lead, leaning)
        return shorten_repeated_titles(ordered, texts) if settings.shorten_titles else ordered

    def printed_cost(chosen: Sequence[Fact]) -> int:
        unit = settings.budget[0]
        return sum(cost_of(f.representative.text, unit) for f in printed(chosen))

    told, retold = event_tellings(facts, candidate_ok, terms, settings.event_share) if terms is not None else ([], [])
    weak = weak_tellings(facts, candidate_ok, terms, settings.event_share) if terms is not None else []
    chosen = select(
        facts,
        candidate_ok,
        len(prepared),
        settings,
        analyzer,
        titles,
        leaning,
        printed_cost if settings.shorten_titles else None,
        told + retold,
        publication_times(prepared),
        retold,
        weak,
    )
    if not chosen:
        unit, amount = settings.budget
        shortest = min(
            (len(f.representative.text) if unit == "chars" else count_words(f.representative.text))
            for f, ok in zip(facts, candidate_ok, strict=True)
            if ok
        )
        raise BudgetTooSmall(amount, unit, shortest)
    check_time()
    ordered = printed(chosen)
    restated = restated_by(ordered, facts, candidate_ok) if leaning is not None and settings.claim_redundancy else {}
    summary_sentences = attributed(ordered, facts, prepared, settings, restated, analyzer)
    return Summary(tuple(summary_sentences), tuple(documents), removed, settings.to_dict())
