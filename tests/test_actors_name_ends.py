"""Where a person's name read after a title ends, by what one sentence shows (docs/quality.md, "The
twenty-second session: where names end"): a verb, "و" and a word, a preposition and a masdar or a
function word, a word of time or a word with a pronoun on it are never part of the name."""

from __future__ import annotations

import pytest

from khulasa.extract.actors import cues, title_candidates
from khulasa.extract.claims import claims_of
from khulasa.extract.figures import tokens
from khulasa.text.normalize import normalize, stopwords


def _people(text: str) -> list[str]:
    return [" ".join(c.name) for c in title_candidates(tokens(text), stopwords(), cues()) if c.kind == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb after the name, its perfect, its imperfect, its future
        ("أعلن أن الرئيس سامي كرمان وقع الاتفاق أمس.", "سامي كرمان"),
        ("وكانت المستشارة هيلدا برونر أشاد بالخطة.", "هيلدا برونر"),
        ("قال الوزير نبيل حداد يوقع الاتفاق غدا.", "نبيل حداد"),
        ("وأوضح المتحدث أن الرئيس جورج سامبر سيواصل العمل.", "جورج سامبر"),
        # "و" and a word: the conjunction
        ("وصل الرئيس مارتن كوفاتش وزوجته إلى المطار.", "مارتن كوفاتش"),
        ("التقى الوزير رامي سلوم ومسؤولين من البلدين.", "رامي سلوم"),
        ("وصافح الرئيس أنطون ميلر وأردوغان الضيوف.", "أنطون ميلر"),
        # a preposition and a second-form masdar or a function word
        ("تعهد الرئيس كارل هوبر بتسديد الديون.", "كارل هوبر"),
        ("رحب الوزير سالم نجار بما تحقق.", "سالم نجار"),
        # a word of time
        ("هنأت الرئيسة لينا سوتو عقب إعلان النتائج.", "لينا سوتو"),
        # a noun with a pronoun on it
        ("نقل عن الوزير بيتر كلاين قوله إن الوضع هادئ.", "بيتر كلاين"),
    ],
)
def test_the_sentence_going_on_ends_the_name(text: str, name: str) -> None:
    assert _people(text) == [normalize(name)]


@pytest.mark.parametrize(
    "text",
    [
        "وصل الرئيس التركي وزوجته بحفاوة إلى المطار.",  # no name: the title's wife
        "الرئيس المصري يستقبل نظيره في القصر.",  # a verb right after the title
    ],
)
def test_no_name_when_the_first_word_is_no_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الرئيس وليد منصور إن البلاد بخير.", "وليد منصور"),  # a name beginning with "و"
        ("استقبل الوزير جون ويليامز الوفد.", "جون ويليامز"),  # "و" and a vowel letter: a W
        ("التقى الأمين العام محمد ولد أحمد بالوفد.", "محمد ولد احمد"),  # a short word with "و"
        ("وصل الرئيس يوسف تامر بيك إلى المدينة.", "يوسف تامر بيك"),  # "ي"/"ت" names, no verbs
        ("وكان الشيخ صباح الأحمد في القصر.", "صباح"),  # a morning is no word of time here
        ("حضر النائب سعيد باشا الجلسة.", "سعيد باشا"),  # "ب" and no masdar
    ],
)
def test_names_that_only_look_so_stay_whole(text: str, name: str) -> None:
    assert _people(text) == [normalize(name)]


def test_the_name_check_reads_the_person_not_the_verb() -> None:
    # two tellings of one signing: both name the same person by his name's last word
    a = claims_of("وقع الرئيس سامي كرمان الاتفاق في العاصمة.")
    b = claims_of("الرئيس سامي كرمان وقع الاتفاق في العاصمة أمس.")
    assert ("person", normalize("كرمان")) in a.names
    assert ("person", normalize("كرمان")) in b.names
