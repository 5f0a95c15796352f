"""Story labels that read as headlines.

A story's label is its central article's title when the feed gives one (of ``MIN_WORDS`` words or
more, which the cleaner keeps whole), else the first *finished*
sentence of its text (ending in ".", "!", "?" or "؟", of at least ``MIN_WORDS`` words), trimmed to
``LABEL_WORDS`` words. The text is read through the cleaner (:func:`khulasa.text.clean.clean_document`
and the patterns of ``resources/ar/junk.tsv``), so share bars, datelines and agency tags opening a
paragraph are gone; and only paragraphs count, so a site section ("سياسة عربية"), a breadcrumb
("الرئيسية > محليات > …"), a date line or a byline, which are short lines without a final stop,
never are a label. When no article of the story has a finished sentence, the first paragraph is
cut instead, and only then the first line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from khulasa.text.clean import clean_document, drop_headline_run, judge_line
from khulasa.text.finished import is_breadcrumb
from khulasa.text.normalize import letter_counts
from khulasa.types import Document

__all__ = ["LABEL_TRIES", "LABEL_WORDS", "MIN_WORDS", "article_headline", "first_sentence", "story_label", "trim"]

# A label is a headline, not a paragraph.
LABEL_WORDS = 14
# Fewer words than this is a credit ("سبوتنيك.") or a fragment, not the sentence that tells the news.
MIN_WORDS = 4
# Members read for a label (the central one first) when the central article has no finished sentence.
LABEL_TRIES = 10
# A sentence ends in a stop followed by a space or the end ("7.4" is a number, not an end).
_SENTENCE_END = re.compile(r"[.!?؟]+(?=\s|$)")


def trim(text: str, max_words: int = LABEL_WORDS) -> str:
    """``text`` on one line, cut to ``max_words`` words (with "…" when cut)."""
    words = text.split()
    return " ".join(words) if len(words) <= max_words else " ".join(words[:max_words]) + " …"


def _paragraphs(doc: Document) -> list[str]:
    """The cleaned paragraphs of ``doc``, past a first line that is a run of other articles'
    headlines (text.clean.drop_headline_run)."""
    text = drop_headline_run(doc.text)
    if text is not doc.text:
        doc = replace(doc, text=text)
    blocks, _ = clean_document(doc)
    return [doc.text[b.start : b.end] for b in blocks if b.kind == "paragraph"]


def _reads_as_headline(title: str) -> bool:
    """A title of MIN_WORDS words or more that the cleaner keeps whole: a feed whose "title" is
    the page's section ("سياسة عربية") or a dateline ("أخبار عربية – الرياض") gets a sentence."""
    verdict = judge_line(title.strip())
    words = [w for w in title.split() if any(c.isalnum() for c in w)]
    return len(words) >= MIN_WORDS and not verdict.drops and bool(verdict.pieces)


def first_sentence(doc: Document) -> str | None:
    """The first finished sentence of ``doc``'s cleaned paragraphs, or None."""
    for paragraph in _paragraphs(doc):
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            sentence = paragraph[start : match.end()].strip()
            start = match.end()
            if len(sentence.split()) >= MIN_WORDS:
                return sentence
    return None


def story_label(docs: Iterable[Document]) -> str:
    """The label of a story whose articles are ``docs``, central one first (see the module)."""
    docs = list(docs)
    if docs and docs[0].title and _reads_as_headline(docs[0].title):
        return trim(docs[0].title)
    for doc in docs:
        sentence = first_sentence(doc)
        if sentence is not None:
            return trim(sentence)
    for doc in docs:
        paragraphs = _paragraphs(doc)
        if paragraphs:
            return trim(paragraphs[0])
    return trim(docs[0].text.strip().split("\n", 1)[0]) if docs else ""


def article_headline(doc: Document) -> str:
    """How an article is named in a list of articles (the desk's page and ``desk story``): its
    title when the feed gives one, as given, on one line; else the first line of its cleaned text
    (:func:`khulasa.text.clean.clean_document`, the cleaner the summarizer reads, past a run of
    other articles' headlines) of ``MIN_WORDS`` words or more, mostly Arabic letters and no
    breadcrumb (:func:`_names_an_article`), to its first
    sentence end: a page's headline line, else its lead's first sentence. A line or a part of one
    the cleaner drops ("date 2022-07", an English label, a share bar, a dateline) never names it,
    and a short line (a section name, a masthead) names it only when nothing else is left. Trimmed
    to ``LABEL_WORDS`` words; "" for an article with no text and no title."""
    if doc.title and doc.title.strip():
        return " ".join(doc.title.split())
    text = drop_headline_run(doc.text)
    blocks, _ = clean_document(doc if text is doc.text else replace(doc, text=text))
    lines = [" ".join(text[b.start : b.end].split()) for b in blocks]
    lines = [line for line in lines if line] or [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    line = next((x for x in lines if _names_an_article(x)), lines[0] if lines else "")
    end = _SENTENCE_END.search(line)
    return trim(line[: end.end()] if end else line)


def _names_an_article(line: str) -> bool:
    """Can a line of an article's cleaned text name it: ``MIN_WORDS`` words or more, more Arabic
    letters than others (a site's English navigation, "1. Navigation", names no Arabic article)
    and no breadcrumb ("الرئيسية > أخبار > محليات")?"""
    arabic, letters = letter_counts(line)
    return len(line.split()) >= MIN_WORDS and 2 * arabic > letters and not is_breadcrumb(line)
