"""Safe compression (issue 12): each deletion rule, exact spans, and what must never change."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from khulasa import summarize
from khulasa.text.compress import compress, drop_lead_tag, drop_parentheticals, drop_tags
from khulasa.text.trim import trim_marker
from khulasa.types import Document, Sentence


def whole(text: str, *, prefix: str = "") -> tuple[Sentence, str]:
    """A sentence covering ``text`` inside a document that starts with ``prefix``."""
    source = prefix + text
    return Sentence("d", 0, len(prefix), len(source), text), source


def exact(sentence: Sentence, source: str) -> bool:
    """The sentence's text is its kept passages, each an exact slice of the document."""
    pieces = [source[sp.start : sp.end] for sp in sentence.spans]
    return all(p in sentence.text for p in pieces) and sentence.text.replace(" ", "") == "".join(pieces).replace(
        " ", ""
    )


def test_parenthetical_aside_is_dropped_as_exact_spans() -> None:
    s, source = whole("قال الوزير إن لجنة التحكيم (البريطانية) واجهت صعوبة في التوصل إلى قرار نهائي.", prefix="عنوان. ")
    out = drop_parentheticals(s, source, min_words=5)
    assert out.text == "قال الوزير إن لجنة التحكيم واجهت صعوبة في التوصل إلى قرار نهائي."
    assert len(out.parts) == 2 and exact(out, source)
    assert out.start == s.start and out.end == s.end


def test_agency_tag_in_brackets_is_dropped_and_no_space_before_punctuation() -> None:
    s, source = whole("وصل الوفد إلى العاصمة صباح اليوم لإجراء محادثات (رويترز).")
    assert drop_parentheticals(s, source, min_words=5).text == "وصل الوفد إلى العاصمة صباح اليوم لإجراء محادثات."


def test_citation_mark_is_dropped() -> None:
    s, source = whole("يظهر الاستخدام المكتوب الأول لهذه الكلمة مرتبطا بالنبات.[3] ثم اتسع معناها كثيرا")
    out = drop_parentheticals(s, source, min_words=5)
    assert out.text == "يظهر الاستخدام المكتوب الأول لهذه الكلمة مرتبطا بالنبات. ثم اتسع معناها كثيرا"


def test_asides_that_carry_a_claim_stay() -> None:
    for aside in ("(نحو 500 ألف دولار)", "(بحسب مصادر أمنية)", "(لم يؤكد ذلك)", "(وفقا للشرطة)", "(قد يرتفع)"):
        s, source = whole(f"أعلنت الحكومة تقديم مساعدات عاجلة للمتضررين {aside} في المناطق المنكوبة.")
        assert drop_parentheticals(s, source, min_words=5) == s, aside


def test_a_bracketed_name_after_a_naming_noun_stays() -> None:
    s, source = whole("كتبت قناة (سي إن بي سي) التلفزيونية الأميركية على موقعها أن روسيا لاعب حيوي.")
    assert drop_parentheticals(s, source, min_words=5) == s


def test_an_aside_that_may_be_the_subject_or_name_the_members_stays() -> None:
    for text in (
        "وفي هذا المجال قام (مركز رصد البراكين) بعدة دراسات ميدانية حول الظاهرة.",
        "بالرغم من أن (الباحث جون هنت) أشار إلى أن الاحتياطي كبير جدا.",
        "على بعد خمسين مترا من المنصة التي كان الرئيسان (فلان ونظيره) يقفان عليها.",
        'وقال الوزير إن "[البحارة] ينبغي الإفراج عنهم فورا" دون شروط.',
    ):
        s, source = whole(text)
        assert drop_parentheticals(s, source, min_words=5) == s, text


def test_an_aside_opening_the_sentence_stays() -> None:
    s, source = whole("(الوفد الرسمي) وصل إلى العاصمة صباح اليوم لإجراء محادثات.")
    assert drop_parentheticals(s, source, min_words=5) == s
    s, source = whole("(رويترز) وصل الوفد إلى العاصمة صباح اليوم لإجراء محادثات.")
    assert drop_parentheticals(s, source, min_words=5).text.startswith("وصل الوفد")  # an agency tag goes


def test_double_dash_dateline_is_dropped_but_single_dash_prose_is_not() -> None:
    s, source = whole("لندن ، انكلترا -- خرجت الحشود لاستقبال سباق الدراجات في شوارع المدينة.")
    out = drop_lead_tag(s, source, min_words=5)
    assert out.text == "خرجت الحشود لاستقبال سباق الدراجات في شوارع المدينة." and exact(out, source)
    for text in (
        "ولا يتم - بوجه عام - اعتبار الأشياء المصنعة جزءا من الطبيعة.",
        "قال بوتين: إن المحادثات كانت مفيدة وبناءة للغاية.",
    ):
        s, source = whole(text)
        assert drop_lead_tag(s, source, min_words=5) == s


def test_compression_keeps_min_words() -> None:
    s, source = whole("وصل الوفد (الرسمي الكبير) أمس.")
    assert compress(s, source, min_words=5) == s


def test_marker_trim_after_compression_moves_the_first_part_only() -> None:
    s, source = whole("ومن جهته، قال الوزير إن اللجنة (الخاصة) ستنهي عملها خلال أسبوعين من الآن.")
    out = trim_marker(compress(s, source, min_words=5), min_words=5)
    assert out.text == "قال الوزير إن اللجنة ستنهي عملها خلال أسبوعين من الآن."
    assert exact(out, source)


_WORDS = st.sampled_from(
    [
        "الوزير",
        "قال",
        "إن",
        "الحكومة",
        "لم",
        "500",
        "(رويترز)",
        "(البريطانية)",
        "(نحو 5 آلاف)",
        "بحسب",
        "المصادر",
        "لن",
        "قد",
        "السلطات",
        "(لم يؤكد)",
        "،",
        ".",
    ]
)
_KEEP = ("لم", "لن", "قد", "بحسب", "500", "5")


@given(st.lists(_WORDS, min_size=5, max_size=25))
def test_compression_never_removes_numbers_negation_or_attribution_and_stays_exact(words: list[str]) -> None:
    text = " ".join(words)
    s, source = whole(text, prefix="س. ")
    out = compress(s, source, min_words=5)
    assert exact(out, source)

    def tokens(t: str) -> list[str]:
        return [w.strip("()،.") for w in t.split()]

    for keep in _KEEP:
        assert tokens(out.text).count(keep) == tokens(text).count(keep), keep


def test_summary_sources_point_at_the_kept_passages() -> None:
    a = (
        "أعلنت وزارة الصحة (في بيان مقتضب) تسجيل مئة إصابة جديدة بالمرض في العاصمة خلال يوم واحد. "
        "وقال الطبيب المسؤول إن المستشفيات تعمل بكامل طاقتها منذ أسبوع كامل."
    )
    doc = Document("a", a)
    summary = summarize([doc], words=60, compress=True)
    first = summary.sentences[0]
    assert "(في بيان مقتضب)" not in first.text
    assert len(first.sources) == 2
    assert " ".join(a[sp.start : sp.end] for sp in first.sources) == first.text


def test_compression_is_off_by_default() -> None:
    a = (
        "أعلنت وزارة الصحة (في بيان مقتضب) تسجيل مئة إصابة جديدة بالمرض في العاصمة خلال يوم واحد. "
        "وقال الطبيب المسؤول إن المستشفيات تعمل بكامل طاقتها منذ أسبوع كامل."
    )
    assert "(في بيان مقتضب)" in summarize([Document("a", a)], words=60).sentences[0].text


def test_a_sentence_of_agency_tags_only_is_left_whole() -> None:
    source = "س. (رويترز) (رويترز) (رويترز) (رويترز) (رويترز)"
    s = Sentence("a", 0, 0, len(source), source)
    assert compress(s, source, min_words=5) == s


def test_drop_tags_drops_datelines_agency_tags_and_citations_but_no_aside() -> None:
    s, source = whole("لندن ، انكلترا -- خرج الآلاف إلى الشوارع (أ ف ب) لاستقبال السباق الدولي[2].", prefix="عنوان. ")
    out = drop_tags(s, source, min_words=5)
    assert out.text == "خرج الآلاف إلى الشوارع لاستقبال السباق الدولي."
    assert exact(out, source)
    aside, source = whole("قال الوزير إن لجنة التحكيم (البريطانية) واجهت صعوبة في التوصل إلى قرار نهائي.")
    assert drop_tags(aside, source, min_words=5) == aside  # asides are compress's, off by default


def test_a_dash_inside_a_name_or_after_a_claim_is_no_dateline() -> None:
    for text in (
        "تعد أطروحة Church–Turing من أهم أفكار علم الحاسوب الحديث في القرن الماضي.",
        "بحسب الوكالة -- ارتفع عدد الضحايا إلى عشرين في المدينة المنكوبة.",
    ):
        s, source = whole(text)
        assert drop_lead_tag(s, source, min_words=5) == s, text


def test_summaries_drop_datelines_by_default() -> None:
    body = "خرج عشرات الآلاف إلى شوارع المدينة لاستقبال سباق الدراجات الدولي في يومه الأول."
    docs = [Document("a", "لندن ، انكلترا -- " + body), Document("b", "وقالت الشرطة إن الحشود كانت منظمة طوال اليوم.")]
    texts = [s.text for s in summarize(docs, words=40).sentences]
    assert body in texts
    kept = [s.text for s in summarize(docs, words=40, drop_tags=False).sentences]
    assert "لندن ، انكلترا -- " + body in kept


def test_a_very_long_word_is_read_once() -> None:
    # A run of letters with no space has a single reading as dateline words (with optional
    # separators it had millions, and a 5,000-letter word took minutes).
    s, source = whole("ا" * 5000 + " ثم جاءت بقية الجملة هنا.")
    assert drop_lead_tag(s, source, min_words=5) == s


def test_a_last_clause_the_page_cut_inside_a_quotation_goes() -> None:
    # fresh batch 9: the page stops two words into a slogan; the clause before the comma is whole.
    s, source = whole(
        'وسلم رئيس الوزراء استقالته إلى الرئيس صباح اليوم، بينما تتصاعد دعوات النقابات للاحتجاج تحت شعار "فلنوقف كل .',
        prefix="عنوان. ",
    )
    out = drop_tags(s, source, min_words=5)
    assert out.text == "وسلم رئيس الوزراء استقالته إلى الرئيس صباح اليوم."
    assert exact(out, source) and compress(s, source, min_words=5).text == out.text
    # A quotation closed, or one opened many words before the stop, is no cut: the sentence stays.
    for text in (
        'وسلم رئيس الوزراء استقالته، بينما رفع المحتجون شعار "فلنوقف كل شيء".',
        'وسلم رئيس الوزراء استقالته، وقال "إنني أتحمل مسؤولية ما جرى أمام البرلمان والشعب.',
    ):
        whole_text, src = whole(text)
        assert drop_tags(whole_text, src, min_words=5) == whole_text
    # Nor does it cut when too little would remain.
    short, src = whole('وسلم استقالته، تحت شعار "فلنوقف كل .')
    assert drop_tags(short, src, min_words=5) == short
