from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from khulasa.text.segment import split_sentences

S1 = "قال الوزير، في مؤتمر صحفي، إن الحكومة ستخفض الضرائب."
S2 = 'وأضاف: "سنبدأ التنفيذ الشهر المقبل. والنتائج ستظهر قريبا".'
S3 = "وبلغ معدل النمو 3.5 في المئة خلال العام الماضي."


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_segment_does_not_split_at_arabic_comma():
    assert pieces(S1) == [S1]


def test_segment_keeps_quotation_together():
    assert pieces(S2) == [S2]


def test_segment_keeps_decimals():
    assert pieces(S3) == [S3]


def test_segment_keeps_abbreviations_inside_sentences():
    text = "قال د. أحمد خالد إن النتائج جيدة. وأضاف أ. د. سمير أن العمل مستمر."
    assert pieces(text) == ["قال د. أحمد خالد إن النتائج جيدة.", "وأضاف أ. د. سمير أن العمل مستمر."]


def test_segment_keeps_latin_initials_spelled_in_arabic():
    text = "انتقد الرئيس جورج دبليو. بوش القرار. ورد جون إف. كينيدي بعد يوم."
    assert pieces(text) == ["انتقد الرئيس جورج دبليو. بوش القرار.", "ورد جون إف. كينيدي بعد يوم."]
    # A personal pronoun after a preposition may end a sentence: "بي" is no initial.
    assert pieces("اتصل بي. ثم غادر.") == ["اتصل بي.", "ثم غادر."]


def test_segment_keeps_a_year_before_christ_whole():
    # "ق.م." (before Christ) is one abbreviation, written with or without a space after its first dot.
    text = "بنيت الأهرامات حوالي 2500 ق.م. في عهد الملك خوفو. وبقيت قائمة."
    assert pieces(text) == ["بنيت الأهرامات حوالي 2500 ق.م. في عهد الملك خوفو.", "وبقيت قائمة."]
    spaced = "بنيت حوالي 2500 ق. م، وهي مقابر ملكية."
    assert pieces(spaced) == [spaced]


def test_segment_keeps_numbers_in_round_brackets_inside_their_sentence():
    # sentencex reads two bracketed numbers in a paragraph as a list's item numbers and breaks
    # before each; here they are counts, as Saudi papers write them.
    first = "وصلت الحملة إلى أكثر من (50) ألف مواطن في أكثر من (15) موقعاً شملت (11) مدينة."
    assert pieces(f"{first} وانتهت أمس.") == [first, "وانتهت أمس."]
    wrapped = "سيستمر العمل لمدة (3) أسابيع بواقع\n(3) ساعات يومياً."
    assert pieces(wrapped) == [wrapped]
    # A new sentence may still open with one, and a footnote in square brackets is left as it was.
    assert pieces("انتهى الاجتماع. (2) بدأ التصويت.") == ["انتهى الاجتماع.", "(2) بدأ التصويت."]
    assert pieces("وهي جزء من الطبيعة.[1] وكانت الكلمة لاتينية.") == ["وهي جزء من الطبيعة.[1]", "وكانت الكلمة لاتينية."]


def test_segment_splits_sentences_with_offsets():
    text = f"{S1} {S3}\n{S1}"
    assert pieces(text) == [S1, S3, S1]


def test_segment_respects_range_offsets():
    text = "xx " + S1 + " yy"
    spans = list(split_sentences(text, 3, 3 + len(S1)))
    assert spans == [(3, 3 + len(S1))]


ARABIC_SENTENCES = st.sampled_from([S1, S2, S3, "انتهى الاجتماع.", "هل ستنجح المفاوضات؟", "وصل الوفد أمس!"])


@settings(max_examples=60, deadline=None)
@given(st.lists(ARABIC_SENTENCES, min_size=1, max_size=8), st.sampled_from([" ", "\n", "  "]))
def test_segment_offsets_round_trip(sentences, glue):
    text = glue.join(sentences)
    spans = list(split_sentences(text))
    assert spans
    previous_end = 0
    for start, end in spans:
        assert start >= previous_end
        assert text[start:end] == text[start:end].strip() != ""
        previous_end = end
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_segment_survives_wide_whitespace_before_a_full_stop():
    # sentencex 1.0 panicked (a Rust panic, a BaseException) on a no-break space or U+0085 right
    # before a full stop; the hypothesis contract test found it through the CLI.
    for text in ("R\x85.", "قال المسؤول\xa0. ثم غادر.", "جملة أولى.\u2028جملة ثانية."):
        spans = list(split_sentences(text))
        assert spans and all(text[a:b].strip() for a, b in spans)
        assert all(b <= c for (_, b), (c, _) in pairwise(spans))  # in order, apart
    assert [("قال المسؤول\xa0. ثم غادر.")[a:b] for a, b in split_sentences("قال المسؤول\xa0. ثم غادر.")] == [
        "قال المسؤول\xa0.",
        "ثم غادر.",
    ]


def test_segment_falls_back_to_final_stops_when_sentencex_panics(monkeypatch):
    import khulasa.text.segment as segment

    class PanicException(BaseException):  # pyo3's name for a Rust panic
        pass

    def panics(language, text):
        raise PanicException("byte index is not a char boundary")

    monkeypatch.setattr(segment, "_sentencex_segment", panics)
    text = "وصل الوفد إلى العاصمة. وبدأت المحادثات مساء اليوم؟ ثم انتهت"
    assert [text[a:b] for a, b in segment._split_plain(text)] == [
        "وصل الوفد إلى العاصمة.",
        "وبدأت المحادثات مساء اليوم؟",
        "ثم انتهت",
    ]

    def interrupted(language, text):
        raise KeyboardInterrupt

    monkeypatch.setattr(segment, "_sentencex_segment", interrupted)
    try:
        segment._split_plain(text)
    except KeyboardInterrupt:
        pass
    else:
        raise AssertionError("an interrupt must not be swallowed")


def test_segment_ends_a_sentence_on_a_year_and_its_calendar_mark():
    # "2017 م." closes the sentence when a joined "و" or "ف" opens the next; "م." before a name is
    # still the engineer's title, and a year's mark inside a sentence stays inside it.
    text = "تأهل المنتخب إلى النهائيات منذ يونيو 2017 م. وقال المدرب إن الفريق جاهز."
    assert pieces(text) == ["تأهل المنتخب إلى النهائيات منذ يونيو 2017 م.", "وقال المدرب إن الفريق جاهز."]
    assert pieces("توفي سنة 1440 هـ. ودفن في مكة.") == ["توفي سنة 1440 هـ.", "ودفن في مكة."]
    assert pieces("افتتح م. أحمد علي المشروع. وأضاف أنه سعيد.") == ["افتتح م. أحمد علي المشروع.", "وأضاف أنه سعيد."]
    inside = "ولد عام 632 م. في مكة وعاش فيها."
    assert pieces(inside) == [inside]
