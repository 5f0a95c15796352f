"""What is new for a reader of an earlier summary version, the twenty-eighth pass (docs/desk.md):
a place named where version V told the same act, though the sentence's clause links to another
of version V's sentences."""

from __future__ import annotations

from khulasa.desk.updates import new_sentences
from tests.conftest import stored_summary as _summary

CREW = "وقال مسؤولون إن الطائرة كانت تقل 30 راكبا و3 من أفراد الطاقم."


def test_a_place_version_v_named_where_it_told_the_same_act_is_told():
    """The crash "near Cusco in Peru" and its passengers told in one sentence after version V told
    them in two: the clause links to the passengers' sentence, and the place is named in the
    sentence that opens with the same act (a plane crashed) and shares its words: known. Named
    only where version V told another act (the mourning), the place is news, as before; so is a
    changed count."""
    crash = "تحطمت طائرة ركاب صغيرة على متنها 33 شخصا صباح اليوم الأحد بعد دقائق من إقلاعها"
    earlier = _summary(f"{crash} من مطار كوسكو الدولي في بيرو وسط ضباب كثيف.", CREW)
    later = "تحطمت طائرة ركاب تقل 30 راكبا و3 من أفراد الطاقم قرب مدينة كوسكو في بيرو."
    assert new_sentences(_summary(later), earlier) == []
    mourning = _summary(
        f"{crash} من المطار وسط ضباب كثيف.",
        CREW,
        "وأعلنت حكومة بيرو الحداد الوطني على ضحايا الطائرة في كوسكو.",
    )
    assert new_sentences(_summary(later), mourning) == [0]
    more = "تحطمت طائرة ركاب تقل 40 راكبا و3 من أفراد الطاقم قرب مدينة كوسكو في بيرو."
    assert new_sentences(_summary(more), earlier) == [0]


def test_a_stage_named_by_its_number_is_no_number_to_give():
    """ "لدور الـ16" names a stage of the competition (``resources/ar/stage_words.txt``): its 16 is a
    name's part, not a figure version V never gave (the figure reader took "16 بفارق" for a count).
    A changed figure stays new, and so does the same number outside a stage's name."""
    earlier = _summary("ورفع منتخب الساحل رصيده إلى 4 نقاط في المركز الثالث، لكنه أخفق في التأهل بفارق الأهداف.")
    later = "ورفع منتخب الساحل رصيده إلى 4 نقاط في المركز الثالث وأخفق في التأهل لدور الـ16 بفارق الأهداف."
    assert new_sentences(_summary(later), earlier) == []
    assert new_sentences(_summary(later.replace("4 نقاط", "5 نقاط")), earlier) == [0]
    games = "ورفع منتخب الساحل رصيده إلى 4 نقاط في المركز الثالث وأخفق في التأهل بعد 16 مباراة بفارق الأهداف."
    assert new_sentences(_summary(games), earlier) == [0]


def test_a_count_of_people_with_no_role_makes_no_bound_of_a_role_known():
    """ "أكثر من 80 شخصا" rescued is no old news after "about 500 people were on the bridge": a count
    of people with no role is another quantity than the rescued, though "more than 80" is under 500.
    A bound of the same count stays known ("أكثر من 300 شخص" on the bridge), and so does a bound
    of the rescued after more rescued."""
    bridge = "وكان نحو 500 شخص على الجسر المعلق لحظة انهياره."
    search = "وتواصل فرق الإنقاذ انتشال العالقين أحياء من مياه النهر."
    rescued = "وانتشلت فرق الإنقاذ أكثر من 80 شخصا أحياء من مياه النهر."
    assert new_sentences(_summary(rescued), _summary(bridge, search)) == [0]
    on_it = "وكان أكثر من 300 شخص على الجسر المعلق لحظة انهياره."
    assert new_sentences(_summary(on_it), _summary(bridge, search)) == []
    more = _summary(bridge, "وانتشلت فرق الإنقاذ 120 شخصا أحياء من مياه النهر.")
    assert new_sentences(_summary(rescued), more) == []
    # The count told of the same thing (a sentence sharing its words: the people in the river).
    river = _summary("وسقط نحو 500 شخص في مياه النهر لحظة انهيار الجسر.", search)
    assert new_sentences(_summary(rescued), river) == []
