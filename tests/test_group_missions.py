"""Two knife attacks of one day in two countries, the second on the first country's consulate.

All texts are written for these tests: four reports of each of two invented attacks of one
Thursday, a stabbing in a cathedral of an invented Italian town and a guard stabbed at the Italian
consulate in Casablanca, each outlet in its own sentences, all sharing the day's line on the
tension. Two reports of the second attack name the first. The consulate's country ("القنصلية
الإيطالية") is whose mission it is, not where the attack happened (``mission`` row of
``resources/ar/event_names.txt``).
"""

from __future__ import annotations

import dataclasses

import pytest

from khulasa.stories import events
from khulasa.stories.events import event_names
from khulasa.stories.group import group_documents
from khulasa.text.normalize import normalize
from khulasa.types import Document

_DAY = " ويأتي ذلك وسط توتر منذ نشر رسوم مسيئة."
# Each attack's outlets repeat its own details.
_CATHEDRAL_DETAIL = " وكانت الكاتدرائية التي بنيت عام 1290 تستقبل نحو 40 مصليا لحظة الهجوم، ونشرت السلطات 300 شرطي."
_CONSULATE_DETAIL = " وتقع القنصلية في حي المعاريف منذ عام 1956، ويعمل فيها 25 موظفا، وأغلقت أبوابها حتى إشعار آخر."
CATHEDRAL = [
    "قتل شخصان وأصيب ثلاثة آخرون صباح الخميس في هجوم بسكين قرب كاتدرائية في مدينة كاستيلفيردي شمال إيطاليا،"
    " وألقت الشرطة القبض على المهاجم.",
    "أعلنت الشرطة الإيطالية أن رجلا طعن مصلين داخل كاتدرائية مدينة كاستيلفيردي الخميس، ما أدى إلى مقتل"
    " شخصين، قبل أن يعتقل.",
    "وصف رئيس بلدية كاستيلفيردي الهجوم بالسكين الذي أودى بحياة شخصين في الكاتدرائية صباح الخميس بأنه عمل"
    " إرهابي، وفتحت النيابة الإيطالية تحقيقا.",
    "حالة استنفار أمني في إيطاليا بعد هجوم بسكين قتل فيه شخصان قرب كاتدرائية مدينة كاستيلفيردي الخميس،"
    " واعتقلت الشرطة المنفذ.",
]
CONSULATE = [
    "اعتدى رجل مغربي بسكين على حارس أمن أمام القنصلية الإيطالية في الدار البيضاء الخميس، وألقت الشرطة"
    " المغربية القبض عليه.",
    "أصيب حارس القنصلية الإيطالية بالدار البيضاء بجروح طفيفة في هجوم بسكين الخميس، وقالت السلطات المغربية"
    " إن المعتدي اعتقل في المكان.",
    "ألقت الشرطة في الدار البيضاء القبض على رجل هاجم حارسا بسكين عند قنصلية إيطاليا الخميس، في يوم شهدت"
    " فيه مدينة كاستيلفيردي الإيطالية هجوما آخر.",
    "نقل حارس أمن مغربي إلى المستشفى بعد أن طعنه رجل عند مدخل القنصلية الإيطالية في الدار البيضاء الخميس،"
    " وجاء الهجوم في يوم هجوم بسكين على كاتدرائية في إيطاليا.",
]


def _docs(prefix: str, texts: list[str], detail: str) -> list[Document]:
    return [Document(id=f"{prefix}-{k}", text=t + detail + _DAY) for k, t in enumerate(texts)]


def _grouping(docs: list[Document]) -> list[set[str]]:
    return sorted((set(s.doc_ids) for s in group_documents(docs)), key=min)


def _without_missions(monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = dataclasses.replace(events._lexicon(), missions=frozenset())
    monkeypatch.setattr(events, "_lexicon", lambda: lexicon)
    events._opening_parts.cache_clear()


def test_a_mission_s_country_is_not_where_its_event_is() -> None:
    names = event_names(None, "طعن رجل حارسا أمام القنصلية الفرنسية في جدة صباح اليوم.")
    assert {normalize("جدة"), normalize("السعودية")} <= names and normalize("فرنسا") not in names
    # The whole place is passed over: no word of "الولايات المتحدة" reads as another place.
    assert event_names(None, "تظاهر المئات أمام سفارة الولايات المتحدة في بغداد.") == {
        normalize("بغداد"),
        normalize("العراق"),
    }
    # With the proclitics, and in the plural.
    assert normalize("ألمانيا") not in event_names(None, "أغلقت الحكومة بالسفارة الألمانية والقنصليات الألمانية.")
    # The country's own words elsewhere still name it.
    assert normalize("فرنسا") in event_names(None, "قال الرئيس الفرنسي إن القنصلية الفرنسية في جدة تعرضت لهجوم.")


def test_two_attacks_of_one_day_the_second_on_the_first_country_s_consulate_stay_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = _docs("a", CATHEDRAL, _CATHEDRAL_DETAIL) + _docs("b", CONSULATE, _CONSULATE_DETAIL)
    assert _grouping(docs) == [{f"a-{k}" for k in range(4)}, {f"b-{k}" for k in range(4)}]
    # Before: the consulate's country was the second attack's, shared with the first: one story.
    _without_missions(monkeypatch)
    assert len(_grouping(docs)) < 2
    events._opening_parts.cache_clear()
