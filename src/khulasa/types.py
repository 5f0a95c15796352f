"""Typed data objects that flow through the pipeline.

Source text is never modified: every object that points into a document does so with
character offsets into :attr:`Document.text`, so ``doc.text[start:end]`` is always the exact
passage an outlet published.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Document:
    """One article as given by the user.

    ``id`` is unique within a cluster; ``source`` names the outlet (defaults to the id).
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    path: str | None = None

    @property
    def outlet(self) -> str:
        """The outlet: the source when given, else the document id."""
        return self.source or self.id

    def to_dict(self) -> dict[str, Any]:
        """The document as JSON, text included."""
        return {
            "id": self.id,
            "source": self.outlet,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "path": self.path,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Span:
    """A passage of one document: ``documents[doc].text[start:end]``."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removal:
    """A passage the cleaner dropped, and why (``reason`` names the pattern that matched)."""

    doc: str
    start: int
    end: int
    reason: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The removal as JSON."""
        return {"doc": self.doc, "start": self.start, "end": self.end, "reason": self.reason, "text": self.text}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document with its offsets and position.

    ``index`` counts the document's sentences from 0 (headings excluded); ``paragraph`` counts
    its kept paragraphs. ``text`` equals ``document.text[start:end]``, except for a compressed
    sentence (:mod:`khulasa.text.compress`): then ``parts`` lists the kept passages ``(start, end)``,
    in order, and ``text`` is those exact passages joined by one space.
    """

    doc: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    parts: tuple[tuple[int, int], ...] = ()

    @property
    def span(self) -> Span:
        """The whole extent in the document (from the first kept character to the last)."""
        return Span(self.doc, self.start, self.end)

    @property
    def spans(self) -> tuple[Span, ...]:
        """The exact passages the text is made of: one, or several for a compressed sentence."""
        if not self.parts:
            return (self.span,)
        return tuple(Span(self.doc, a, b) for a, b in self.parts)


@dataclass(frozen=True, slots=True)
class Heading:
    """A short line without final punctuation (a title or section heading): kept, never summarized."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document after cleaning and segmentation."""

    document: Document
    sentences: tuple[Sentence, ...]
    headings: tuple[Heading, ...]
    removed: tuple[Removal, ...]


@dataclass(frozen=True, slots=True)
class Fact:
    """Sentences from one or more documents that state the same thing (wire copy and its edits).

    ``sentences[0]`` is the representative shown to readers; the rest are its other wordings.
    ``contested`` holds near-duplicates kept out of the fact because their figures differ
    (another outlet's "15" for this fact's "12").
    """

    id: int
    sentences: tuple[Sentence, ...]
    contested: tuple[Sentence, ...] = ()

    @property
    def representative(self) -> Sentence:
        """The sentence that stands for the fact (its first)."""
        return self.sentences[0]

    @property
    def docs(self) -> tuple[str, ...]:
        """Distinct document ids carrying this fact, in first-seen order."""
        return tuple(dict.fromkeys(s.doc for s in self.sentences))

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every passage carrying the fact (a compressed wording contributes its kept passages)."""
        return tuple(sp for s in self.sentences for sp in s.spans)


@dataclass(frozen=True, slots=True)
class Dispute:
    """Another outlet's different value for a figure of a summary sentence.

    ``documents[doc].text[start:end] == text`` is that outlet's figure ("15 قتيلا"); ``against``
    is the summary sentence's figure it contradicts ("12 شخصا"); ``passage`` the sentence holding it.
    """

    doc: str
    start: int
    end: int
    text: str
    against: str
    passage: Span


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One summary sentence and every passage, in every document, that carries it.

    ``sources`` carry the sentence itself (wire copy and its edits) with every figure and name it
    states; ``paraphrases`` (only when asked for: ``Settings.paraphrases``) are passages of other
    documents that state the same thing in other words, with the same figures and names.
    ``partial`` are passages of the same statement that lack some of its figures or names (or add
    figures): support for part of it, never a source. ``disputes`` are other outlets' values for
    its figures that contradict it.
    """

    text: str
    sources: tuple[Span, ...]
    fact_id: int = -1
    words: int = 0
    paraphrases: tuple[Span, ...] = ()
    partial: tuple[Span, ...] = ()
    disputes: tuple[Dispute, ...] = ()

    @property
    def docs(self) -> tuple[str, ...]:
        """The ids of the documents carrying the sentence, in order, once each."""
        return tuple(dict.fromkeys(s.doc for s in self.sources))

    @property
    def paraphrase_docs(self) -> tuple[str, ...]:
        """Documents that state this sentence only in other words."""
        carried = set(self.docs)
        return tuple(d for d in dict.fromkeys(s.doc for s in self.paraphrases) if d not in carried)

    @property
    def partial_docs(self) -> tuple[str, ...]:
        """Documents that support only part of this sentence (and neither carry nor reword it)."""
        carried = set(self.docs) | set(self.paraphrase_docs)
        return tuple(d for d in dict.fromkeys(s.doc for s in self.partial) if d not in carried)


@dataclass(frozen=True, slots=True)
class Summary:
    """The result of :func:`khulasa.summarize`."""

    sentences: tuple[SummarySentence, ...]
    documents: tuple[Document, ...]
    removed: tuple[Removal, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The summary's sentences joined by spaces."""
        return " ".join(s.text for s in self.sentences)

    @property
    def word_count(self) -> int:
        """The summary's length in words."""
        return sum(s.words for s in self.sentences)

    def coverage(self) -> list[dict[str, Any]]:
        """For each summary sentence, how many of the cluster's outlets carry it, how many more
        state it in other words (0 unless paraphrases were asked for), how many more support part
        of it, and how many give a figure that contradicts it."""
        outlets = {d.id: d.outlet for d in self.documents}
        total = len(set(outlets.values()))
        out = []
        for i, s in enumerate(self.sentences):
            carrying = {outlets[d] for d in s.docs}
            rewording = {outlets[d] for d in s.paraphrase_docs} - carrying
            partly = {outlets[d] for d in s.partial_docs} - carrying - rewording
            disputing = {outlets[x.doc] for x in s.disputes}
            out.append(
                {
                    "sentence": i,
                    "outlets": len(carrying),
                    "in_other_words": len(rewording),
                    "partial": len(partly),
                    "disputed_by": len(disputing),
                    "of": total,
                }
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON (what ``khulasa summarize --format json`` prints)."""
        outlets = {d.id: d.outlet for d in self.documents}

        def passage(sp: Span) -> dict[str, Any]:
            return {"doc": sp.doc, "source": outlets.get(sp.doc, sp.doc), "start": sp.start, "end": sp.end}

        return {
            "summary": self.text,
            "sentences": [
                {
                    "text": s.text,
                    "words": s.words,
                    "sources": [passage(sp) for sp in s.sources],
                    "paraphrases": [passage(sp) for sp in s.paraphrases],
                    "partial": [passage(sp) for sp in s.partial],
                    "disputes": [
                        {
                            "doc": x.doc,
                            "source": outlets.get(x.doc, x.doc),
                            "figure": x.text,
                            "start": x.start,
                            "end": x.end,
                            "against": x.against,
                            "passage": passage(x.passage),
                        }
                        for x in s.disputes
                    ],
                }
                for s in self.sentences
            ],
            "coverage": self.coverage(),
            "removed": [r.to_dict() for r in self.removed],
            "documents": [d.to_dict() for d in self.documents],
            "settings": dict(self.settings),
        }
