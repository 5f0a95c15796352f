"""What is new for a reader of an earlier summary version, the twenty-ninth pass (docs/desk.md):
a region of a country is no direction from a place, and a sentence made only of words version V's
summary holds (a caption of the story's names and titles) tells nothing new."""

from __future__ import annotations

from khulasa.desk.updates import new_sentences
from khulasa.types import Document
from tests.conftest import stored_summary as _summary


def test_a_region_of_a_country_is_no_direction_from_a_place() -> None:
    """ "بشمال لبنان" is a part of Lebanon, not a point told from a named place: after version V
    told the blast in a town it named and the Lebanese Red Cross's toll, the same toll "in northern
    Lebanon" is known. A direction from a city stays news, and so does a changed toll."""
    earlier = _summary("أعلن الصليب الأحمر اللبناني أنه نقل 12 قتيلا و30 جريحا إثر انفجار خزان وقود في بلدة القليعة.")
    later = "ونقلت قناة محلية عن الصليب الأحمر اللبناني نقله 12 قتيلا إثر انفجار خزان وقود بشمال لبنان."
    assert new_sentences(_summary(later), earlier) == []
    city = later.replace("بشمال لبنان", "على بعد 20 كيلومترا شمال مدينة زحلة")
    assert new_sentences(_summary(city), earlier) == [0]
    assert new_sentences(_summary(later.replace("12 قتيلا", "15 قتيلا")), earlier) == [0]


POLL = (
    "أظهر استطلاع لآراء الناخبين بعد الإدلاء بأصواتهم في انتخابات الرئاسة الساحلية يوم الأحد تقدم الممثل"
    " الكوميدي فلاديمير زيلانو في الجولة الأولى بنسبة 30.4 بالمئة يليه الرئيس الحالي بترو بورشان بنسبة 17.8 بالمئة."
)
RUNOFF = (
    "وذكرت العديد من المعاهد في العاصمة أكسار أنه من المرجح أن تكون هناك جولة إعادة بين زيلانو والرئيس"
    " الحالي بترو بورشان."
)
FIELD = "ومن بين 39 مرشحا لا يريد أي من المتنافسين العودة إلى فلك الجيران."
CAPTION = "الممثل الكوميدي فلاديمير زيلانو مرشح الرئاسة الساحلية في أكسار يوم الأحد."


def test_a_sentence_of_words_version_v_holds_every_one_of_tells_nothing_new() -> None:
    """A photo's caption made of the story's names and titles ("الممثل الكوميدي فلان مرشح الرئاسة
    في العاصمة يوم الأحد"), every word of it in version V's summary: no test of the statement can
    weigh it (one content word beyond the names), and it tells nothing version V did not. A word
    of its own makes it news again, and so does a figure version V did not give."""
    documents = [
        Document(id="a", text=f"{POLL} {RUNOFF} {FIELD}", source="أ"),
        Document(
            id="b", text=f"{CAPTION} وأعلنت لجنة الانتخابات أن زيلانو يتصدر السباق بعد فرز 1.1% من الأصوات.", source="ب"
        ),
        Document(
            id="c",
            text="قال مرشح انتخابات الرئاسة الساحلية الممثل الكوميدي فلاديمير زيلانو إنه سيحارب الفساد."
            " ويتنافس 39 مرشحا.",
            source="ج",
        ),
        Document(
            id="d",
            text="أدلى الرئيس الحالي بترو بورشان بصوته في أكسار يوم الأحد، فيما صوت الممثل الكوميدي"
            " فلاديمير زيلانو في حي آخر.",
            source="د",
        ),
    ]
    earlier = _summary(POLL, RUNOFF, FIELD)
    assert new_sentences(_summary(CAPTION), earlier, documents) == []
    cheered = CAPTION.replace("يوم الأحد", "وسط هتافات أنصاره")
    assert new_sentences(_summary(cheered), earlier, documents) == [0]
    counted = CAPTION.replace("يوم الأحد", "بعد فرز 1.1% من الأصوات")
    assert new_sentences(_summary(counted), earlier, documents) == [0]
