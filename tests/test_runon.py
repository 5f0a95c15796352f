"""Run-on sentences split at their main clauses (khulasa.text.runon, Settings.split_runons): where a
sentence is cut and where not, exact source passages, and the summarizer with the setting on.
Every text here is made up for these tests."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khulasa import summarize
from khulasa.config import Settings
from khulasa.errors import SettingsError
from khulasa.summarizer.select import Candidate, overlap_pairs
from khulasa.text.compress import join_parts
from khulasa.text.normalize import letter_tokens
from khulasa.text.runon import joints, split_document, split_runon
from khulasa.types import Document, Fact, PreparedDocument, Sentence

LEAD = "قتل خمسة أشخاص وأصيب عشرون آخرون في انفجار سيارة مفخخة وسط المدينة"


def whole(text: str, *, prefix: str = "") -> tuple[Sentence, str]:
    """A sentence covering ``text`` inside a document that starts with ``prefix``."""
    source = prefix + text
    return Sentence("d", 3, len(prefix), len(source), text, 1), source


def texts(text: str, prefix: str = "") -> list[str]:
    s, _ = whole(text, prefix=prefix)
    return [p.text for p in split_runon(s)]


def exact(piece: Sentence, source: str) -> bool:
    """The piece's text is its passages of the document joined as a summary prints them."""
    parts = list(piece.parts) or [(piece.start, piece.end)]
    return piece.text == join_parts(source, parts) and piece.start == parts[0][0] and piece.end == parts[-1][1]


def test_a_new_main_clause_with_its_own_subject_becomes_a_sentence() -> None:
    text = f"{LEAD}، وأعلنت الشرطة المحلية أن التحقيقات جارية لمعرفة الفاعلين."
    assert texts(text) == [f"{LEAD}.", "وأعلنت الشرطة المحلية أن التحقيقات جارية لمعرفة الفاعلين."]


def test_pieces_are_exact_passages_closed_with_the_sentences_own_stop() -> None:
    text = f"{LEAD}، وأعلنت الشرطة المحلية أن التحقيقات جارية، فيما أصيب 12 شرطيا بجروح طفيفة في الهجوم."
    s, source = whole(text, prefix="عنوان الخبر\n")
    pieces = split_runon(s)
    assert [p.text for p in pieces] == [
        f"{LEAD}.",
        "وأعلنت الشرطة المحلية أن التحقيقات جارية.",
        "أصيب 12 شرطيا بجروح طفيفة في الهجوم.",  # "فيما" is left out: the clause opens with its verb
    ]
    assert all(exact(p, source) for p in pieces)
    assert [len(p.parts) for p in pieces] == [2, 2, 0]  # the clause and the sentence's stop; the last is whole
    assert pieces[0].parts[1] == (len(source) - 1, len(source))
    assert {(p.index, p.paragraph, p.doc) for p in pieces} == {(3, 1, "d")}


@pytest.mark.parametrize(
    "joint",
    [
        "وأضاف أن التحقيقات جارية لمعرفة الفاعلين",  # who added?
        "وقال إن التحقيقات جارية لمعرفة الفاعلين",  # a speech verb right before its particle
        'وقال: "التحقيقات جارية لمعرفة الفاعلين"',  # a colon: the speaker was named before
        "وتسبب في أضرار واسعة بالمباني المجاورة للموقع",  # a preposition: "it" caused
        "وبلغت قوته درجة كبيرة هزت المباني المجاورة",  # "its" strength
        "وهز العاصمة بالكامل وطالت أضراره كافة الأحياء",  # a verb with an object: the noun is no subject
        "وأعلن الحداد ثلاثة أيام في أنحاء البلاد كلها",  # what was announced, not who announced it
        "فيما أصيب 78 آخرون بجروح متفاوتة في الحادث",  # "others" of what?
        "وذكرت وسائل إعلام محلية أن الانفجار سمع أيضا",  # "also"
    ],
)
def test_no_cut_before_a_clause_that_needs_what_came_before(joint: str) -> None:
    assert joints(f"{LEAD}، {joint}.") == []


def test_no_cut_inside_quotation_marks_or_brackets_nor_after_a_short_clause() -> None:
    assert joints(f'قال الوزير "{LEAD}، وأعلنت الشرطة المحلية أن التحقيقات جارية".') == []
    assert joints(f"قال الوزير ({LEAD}، وأعلنت الشرطة المحلية أن التحقيقات جارية).") == []
    assert joints("قتل خمسة أشخاص، وأعلنت الشرطة المحلية أن التحقيقات جارية لمعرفة الفاعلين.") == []


def test_no_cut_after_a_clause_without_a_verb_nor_in_a_sentence_without_a_final_stop() -> None:
    assert joints("وفي وقت سابق من مساء اليوم في العاصمة، وأعلنت الشرطة المحلية أن التحقيقات جارية.") == []
    assert joints(f"{LEAD}، وأعلنت الشرطة المحلية أن التحقيقات جارية") == []


def test_a_document_keeps_its_other_sentences_and_their_order() -> None:
    source = f"{LEAD}، وأعلنت الشرطة المحلية أن التحقيقات جارية لمعرفة الفاعلين. وصل الوزير إلى المكان بعد ساعة."
    first_end = source.index(".") + 1
    second = (source.index("وصل"), len(source))
    sentences = (
        Sentence("d", 0, 0, first_end, source[:first_end]),
        Sentence("d", 1, second[0], second[1], source[second[0] : second[1]]),
    )
    prepared = PreparedDocument(Document("d", source), sentences, (), ())
    out = split_document(prepared).sentences
    assert [s.index for s in out] == [0, 0, 1]
    assert out[-1] is sentences[1]
    assert all(exact(s, source) for s in out)


_CLAUSES = [
    "قتل خمسة أشخاص في انفجار سيارة مفخخة وسط المدينة القديمة",
    "وأعلنت الشرطة المحلية أن التحقيقات جارية لمعرفة الفاعلين",
    "فيما أصيب 12 شرطيا بجروح طفيفة في الهجوم الليلي",
    "وقال الوزير إن الحكومة ستعوض المتضررين خلال أسبوع",
    "وأضاف أن الدعم سيصل إلى مليون دولار هذا العام",
    "كما أعلنت وزارة الصحة نقل الجرحى إلى المستشفيات",
    "وتسبب في أضرار كبيرة بالمباني والسيارات المجاورة",
    "بينما توصل المفاوضون إلى اتفاق مبدئي بعد ساعات",
    "وسط حالة من الهلع بين السكان والمارة",
    'وقال المتحدث "لن نسمح بتكرار ذلك، وأكد الرئيس دعمه الكامل"',
]


@given(
    st.lists(st.sampled_from(_CLAUSES), min_size=1, max_size=6),
    st.sampled_from(["، ", "،", " ، ", "؛ ", ", "]),
    st.sampled_from([".", "!", '."']),
    st.text(alphabet="ابت \n.", max_size=12),
)
def test_pieces_are_exact_passages_covering_the_sentence_in_order(
    clauses: list[str], comma: str, stop: str, prefix: str
) -> None:
    text = comma.join(clauses) + stop
    if stop == '."':
        text = '"' + text
    s, source = whole(text, prefix=prefix)
    pieces = split_runon(s)
    assert all(exact(p, source) for p in pieces)
    if len(pieces) == 1:
        assert pieces[0] is s
        return
    firsts = [p.parts[0] if p.parts else (p.start, p.end) for p in pieces]
    assert firsts[0][0] == s.start and firsts[-1][1] == s.end
    for (_, end), (start, _) in pairwise(firsts):
        assert end < start
        # Between two clauses: their comma, spaces, and at most the conjunction the second opens with.
        assert len(letter_tokens(source[end:start])) <= 1
    words = [w for a, b in firsts for w in letter_tokens(source[a:b])]
    dropped = [w for (_, end), (start, _) in pairwise(firsts) for w in letter_tokens(source[end:start])]
    assert sorted(words + dropped) == sorted(letter_tokens(text))
    assert all(p.text.rstrip('"')[-1] == stop[0] for p in pieces)


def _candidate(fact: Fact) -> Candidate:
    return Candidate(fact=fact, concepts=frozenset(), cost=1, words=1, prior=1.0)


def test_a_sentence_and_its_own_clause_are_never_chosen_together() -> None:
    text = f"{LEAD}، وأعلنت الشرطة المحلية أن التحقيقات جارية لمعرفة الفاعلين."
    s, _ = whole(text)
    first, second = split_runon(s)
    other = Sentence("e", 0, 0, len(text), text)
    cands = [_candidate(Fact(k, (x,))) for k, x in enumerate((s, first, second, other))]
    assert overlap_pairs(cands) == {(0, 1), (0, 2)}


def test_the_setting_is_checked() -> None:
    assert Settings().split_runons == "off"
    with pytest.raises(SettingsError):
        Settings(split_runons="always")


@pytest.mark.parametrize("mode", ["replace", "both"])
def test_summaries_with_clauses_are_exact_source_passages(mode: str) -> None:
    a = (
        f"{LEAD}، وأعلنت الشرطة المحلية أن التحقيقات جارية لمعرفة الفاعلين. "
        "ووصل وزير الداخلية إلى موقع الانفجار بعد ساعة من وقوعه."
    )
    b = (
        "قتل خمسة أشخاص في انفجار سيارة مفخخة وسط المدينة صباح اليوم. "
        "وأعلنت الشرطة المحلية أن التحقيقات جارية لمعرفة الفاعلين."
    )
    docs = {"a": a, "b": b}
    summary = summarize([Document(k, v) for k, v in docs.items()], words=40, split_runons=mode)
    assert summary.sentences
    for sentence in summary.sentences:
        by_doc: dict[str, list[tuple[int, int]]] = {}
        for span in sentence.sources:
            by_doc.setdefault(span.doc, []).append((span.start, span.end))
        for doc, parts in by_doc.items():  # every outlet here carries the printed words exactly
            assert join_parts(docs[doc], parts) == sentence.text
    printed = [s.text for s in summary.sentences]
    assert len(printed) == len(set(printed))
    if mode == "replace":
        clause = "وأعلنت الشرطة المحلية أن التحقيقات جارية لمعرفة الفاعلين."
        assert f"{LEAD}." in printed and clause in printed
        credited = next(s for s in summary.sentences if s.text == clause)
        assert {span.doc for span in credited.sources} == {"a", "b"}  # b's sentence is the clause itself
