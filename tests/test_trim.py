from khulasa import summarize
from khulasa.text.trim import trim_attribution, trim_marker
from khulasa.types import Document, Sentence


def sentence(text: str, start: int = 10) -> Sentence:
    return Sentence("d", 0, start, start + len(text), text)


def test_trim_drops_leading_discourse_marker_and_moves_offset():
    s = sentence("ومن جهته، قال الزعيم الكوري الشمالي إن القمة ستساعد البلدين.")
    trimmed = trim_marker(s, min_words=3)
    assert trimmed.text == "قال الزعيم الكوري الشمالي إن القمة ستساعد البلدين."
    assert trimmed.end == s.end and trimmed.end - trimmed.start == len(trimmed.text)


def test_trim_handles_marker_without_comma_and_multiword_spacing():
    s = sentence("وفي  سياق متصل أعلنت الوزارة خطة جديدة للنقل العام.")
    assert trim_marker(s, min_words=3).text == "أعلنت الوزارة خطة جديدة للنقل العام."


def test_trim_never_touches_reporting_verbs_or_short_rests():
    quoted = sentence("وقال بوتين إن المحادثات كانت مفيدة جدا.")
    assert trim_marker(quoted, min_words=3) is quoted
    short = sentence("من جانبه، شكر الوزير الحضور.")
    assert trim_marker(short, min_words=5) is short


def test_trim_marker_must_start_the_sentence():
    s = sentence("أعلنت الحكومة، من جهتها، خطة جديدة للنقل العام.")
    assert trim_marker(s, min_words=3) is s


def test_trim_attribution_drops_reporting_clause_up_to_bare_complementizer():
    s = sentence("وقال وزير الخارجية سيرغي لافروف إن المحادثات كانت بناءة ومفيدة للطرفين.")
    trimmed = trim_attribution(s, min_words=3)
    assert trimmed.text == "المحادثات كانت بناءة ومفيدة للطرفين."
    assert trimmed.end == s.end and trimmed.end - trimmed.start == len(trimmed.text)
    assert trim_attribution(sentence("وأعلنت الوزارة أن الإصابات ارتفعت إلى مئة حالة."), min_words=3).text == (
        "الإصابات ارتفعت إلى مئة حالة."
    )


def test_trim_attribution_keeps_sentences_the_cut_would_break():
    for text in (
        "وقال بوتين إنه يعتقد أن الضمانات الأمنية لن تكفي.",  # pronoun subject lives in إنه
        "وأضاف أن الجانبين اتفقا على مواصلة الحوار قريبا.",  # accusative dual would read wrongly
        "وأكد أن يزور الوفد العاصمة الأسبوع المقبل للتفاوض.",  # أن + verb means "to visit"
        "وأعلنت الوزارة أن عدد الإصابات ارتفع إلى مئة حالة.",  # not a definite noun after أن
        "قال الرئيس: إن البلاد بخير وإن الاقتصاد ينمو.",  # a quotation, not a reported clause
        "أعلنت الحكومة خطة جديدة للنقل العام في العاصمة.",  # no complementizer
        "وقال الوزير إن الخطة نجحت.",  # too short once cut
    ):
        s = sentence(text)
        assert trim_attribution(s, min_words=4) is s, text


def test_trim_attribution_is_off_by_default_and_changes_only_what_it_trims():
    text = (
        "أعلنت الحكومة خطة جديدة للنقل العام في العاصمة اليوم. "
        "وقال وزير النقل إن الخطة تشمل مئة حافلة جديدة تعمل بالكهرباء."
    )
    docs = [Document("a", text)]
    plain = summarize(docs, words=40)
    trimmed = summarize(docs, words=40, trim_attribution=True)
    assert "وقال وزير النقل إن الخطة تشمل مئة حافلة جديدة تعمل بالكهرباء." in plain.text
    assert "الخطة تشمل مئة حافلة جديدة تعمل بالكهرباء." in trimmed.text
    assert "وزير النقل" not in trimmed.text
    span = trimmed.sentences[-1].sources[0]
    assert text[span.start : span.end] == trimmed.sentences[-1].text
