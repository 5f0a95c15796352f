"""The summarizer's paraphrase linking reads less than before and finds the same passages."""

from __future__ import annotations

import pytest

from khulasa import summarize
from khulasa.config import CompareSettings, Settings
from khulasa.extract.actors import cues, find_actors, title_candidates
from khulasa.extract.figures import tokens
from khulasa.link import clauses
from khulasa.link.clauses import (
    LinkingContext,
    _key_superset,
    content_keys,
    frame_terms,
    linking_context,
    paraphrase_spans,
    split_clauses,
    stem_vocabulary,
)
from khulasa.summarizer.pipeline import build_facts, prepare
from khulasa.text.normalize import Analyzer, idf_weights, stopwords
from khulasa.types import Document


def test_analyzer_sharing_tokens_reads_each_text_once() -> None:
    plain = Analyzer(stem=False)
    assert plain.sharing_tokens(stem=False) is plain
    stemming = plain.sharing_tokens(stem=True)
    assert stemming.stem and not plain.stem
    text = "وقال المسؤولون إن المفاوضات مستمرة"
    plain.tokens(text)
    assert text in stemming._tokens  # read by the first, found by the second
    assert stemming.content_terms(text) == Analyzer(stem=True).content_terms(text)
    assert plain.content_terms(text) == Analyzer(stem=False).content_terms(text)


def test_linking_context_is_what_its_parts_give(demo_docs: list[Document]) -> None:
    """One pass over the sentences gives the stems, idf and frame terms the separate functions give."""
    prepared = prepare(demo_docs)
    analyzer = Analyzer(stem=True)
    ctx = linking_context(prepared, analyzer)
    vocab = stem_vocabulary(prepared, analyzer)
    assert ctx.vocab == vocab
    assert ctx.idf == idf_weights(content_keys(s.text, analyzer, vocab) for p in prepared for s in p.sentences)
    assert ctx.names == frame_terms(find_actors(prepared), prepared, analyzer, vocab)
    assert ctx.names  # names, titles and reporting verbs are there


def test_key_superset_holds_every_clause_term() -> None:
    """A sentence is split into clauses only when its words could link: the words looked at first
    must hold every term of its clauses, also the parts of a number a comma splits."""
    analyzer = Analyzer(stem=True)
    ctx = LinkingContext(frozenset(), {}, (), frozenset())
    for text in (
        "وقالت الأمم المتحدة إن 30,000 شخص نزحوا من منازلهم، مؤكدة أن المساعدات لم تصل بعد.",
        "أعلن الرئيس الروسي فلاديمير بوتين: «المحادثات كانت مفيدة»، مشيرا إلى أنها استمرت 3,5 ساعات.",
        "وفي حين ارتفعت الحصيلة إلى 1,234.5 وفقا للبيان (الرسمي)، قال الوزير إن البحث مستمر.",
    ):
        clause_terms = set().union(*(c.terms for c in split_clauses(text, analyzer, vocab=ctx.vocab)))
        assert clause_terms <= _key_superset(text, analyzer, ctx)
    assert "30" in _key_superset("نزح 30,000 شخص", analyzer, ctx)


def test_title_candidates_skip_words_that_are_no_cue() -> None:
    """The one-set check before the three kinds of cue finds what the kinds find."""
    c = cues()
    assert c.titles == c.person | c.place | c.org
    names = [cand.name for cand in title_candidates(tokens("والتقى الرئيس الروسي فلاديمير بوتين"), stopwords(), c)]
    assert ("فلاديمير", "بوتين") in names


class _Everything(frozenset[str]):
    """A key set that shares every word: no sentence is left out before its clauses are split."""

    def __and__(self, other: object) -> frozenset[str]:
        return frozenset(other)  # type: ignore[arg-type]


def test_paraphrases_same_with_shared_analyzer_and_without_the_word_filter(
    demo_docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given the summarizer's analyzer (which does not stem), linking stems as CompareSettings asks
    and finds what it finds with an analyzer of its own, and what it finds when every sentence's
    clauses are read (no sentence left out for sharing too few words with the chosen ones)."""
    summary = summarize(demo_docs, words=100, paraphrases=True)
    prepared = prepare(demo_docs)
    facts = build_facts(prepared, Settings(), Analyzer(stem=False))
    chosen = [f for f in facts if f.id in {s.fact_id for s in summary.sentences}]
    own = paraphrase_spans(chosen, facts, prepared, CompareSettings())
    assert any(own.values())
    assert paraphrase_spans(chosen, facts, prepared, CompareSettings(), analyzer=Analyzer(stem=False)) == own
    monkeypatch.setattr(clauses, "_key_superset", lambda text, analyzer, ctx: _Everything())
    assert paraphrase_spans(chosen, facts, prepared, CompareSettings()) == own
