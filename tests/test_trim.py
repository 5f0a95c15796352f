from khulasa.trim import trim_marker
from khulasa.types import Sentence


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
