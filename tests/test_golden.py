"""Golden tests: the bundled demo cluster's summary, and quality checks on ../shared/examples.

Regenerate the golden file after a deliberate change of method or defaults with
``KHULASA_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from khulasa import summarize
from khulasa.summarizer.facts import similar_pairs
from khulasa.text.clean import junk_patterns
from khulasa.text.normalize import Analyzer

GOLDEN = Path(__file__).parent / "golden" / "demo_words100.json"


def summary_record(docs) -> dict:
    summary = summarize(docs, words=100)
    return {
        "sentences": [
            {
                "text": s.text,
                "docs": list(s.docs),
                "partial": list(s.partial_docs),
                "disputes": [[d.doc, d.text, d.against] for d in s.disputes],
            }
            for s in summary.sentences
        ],
        "removed": sorted({r.reason for r in summary.removed}),
    }


def test_golden_demo_summary(demo_docs):
    record = summary_record(demo_docs)
    if os.environ.get("KHULASA_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert record == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_golden_demo_wire_paragraph_is_one_fact_from_three_outlets(demo_docs):
    summary = summarize(demo_docs, words=100)
    carried = [set(s.docs) for s in summary.sentences]
    assert {"01_alofoq", "03_sanabel", "05_madar"} in carried


def _junk_in(text: str) -> list[str]:
    found = []
    for pattern in junk_patterns():
        if pattern.scope == "inline" and pattern.regex.search(text):
            found.append(pattern.reason)
        if pattern.scope == "line" and pattern.regex.fullmatch(text.strip()):
            found.append(pattern.reason)
    for phrase in ("مقالات ذات صلة", "زر الذهاب إلى الأعلى", "مشاركة :", "covid19", "إيلاف:"):
        if phrase in text:
            found.append(phrase)
    return found


def test_golden_example_has_no_junk_no_repeats_full_attribution(example_docs):
    summary = summarize(example_docs, words=100)
    assert summary.sentences and summary.word_count <= 100
    for sentence in summary.sentences:
        assert not _junk_in(sentence.text), sentence.text
    analyzer = Analyzer()
    # No two summary sentences state the same fact (by the same test the deduplicator uses, and a
    # stricter plain overlap check on top).
    sets = [frozenset(analyzer.content_terms(s.text)) for s in summary.sentences]
    assert similar_pairs(sets, jaccard=0.35, containment=0.75) == []
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            assert len(sets[i] & sets[j]) / len(sets[i] | sets[j]) < 0.4
    # Every sentence is attributed to every outlet that carries a near-copy of it.
    all_sentences = [(d.id, d.text[a:b]) for d in example_docs for a, b in _sentences(d)]
    for sentence in summary.sentences:
        mine = frozenset(analyzer.content_terms(sentence.text))
        carriers = {
            doc
            for doc, text in all_sentences
            if similar_pairs([mine, frozenset(analyzer.content_terms(text))], jaccard=0.6, containment=0.9)
        }
        assert carriers <= set(sentence.docs), (sentence.text, carriers, sentence.docs)


def _sentences(doc):
    from khulasa.summarizer.pipeline import prepare_document

    return [(s.start, s.end) for s in prepare_document(doc).sentences]
