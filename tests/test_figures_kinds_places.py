"""Figure kinds, places and goals in the conflicting-figures panel and the desk's timeline (docs/desk.md,
pass 55): compare carries a speed written «كلم/الساعة» as a speed (the panel, its label and the timeline
agree, the timeline relabels nothing); two distances from two places are no one quantity (no ⚠
note, no group); «الهدف الأول» and «الهدف الثالث» are two goals. Made-up texts."""

from __future__ import annotations

from khulasa.analysis.compare import CompareSettings, compare_figures
from khulasa.extract.claims import claims_of, contradicting_figures
from khulasa.extract.figures import distance_from, extract_figures, scopes_match, told_apart
from khulasa.extract.goals import minute_goals, same_goal
from khulasa.summarizer.pipeline import prepare
from khulasa.text.normalize import Analyzer
from khulasa.types import Document


def _groups(docs: list[Document]):
    return compare_figures(
        prepare(docs), Analyzer(stem=True), {d.id: d.outlet for d in docs}, CompareSettings(figure_tolerance=0.0)
    )


_STORM = [
    Document(
        "a",
        "ضربت العاصفة سلمى جزيرة النخيل مساء الجمعة. وتصاحب العاصفة رياح بسرعة 180 كلم/في الساعة بحسب مركز الأرصاد.",
        source="أ",
    ),
    Document(
        "b",
        "وصلت العاصفة سلمى إلى جزيرة النخيل. وقال مركز الأرصاد إن العاصفة تصاحبها رياح بسرعة 190 كلم/الساعة.",
        source="ب",
    ),
]


def test_compare_carries_a_speed_written_with_a_slash_as_a_speed():
    (group,) = _groups(_STORM)
    assert group.dimension == "speed"
    assert group.subject.startswith("السرعة: «")
    assert group.to_dict()["dimension"] == "speed"
    assert not group.agree


def test_the_timeline_shows_the_kind_compare_gives():
    from khulasa.desk.updates import figure_timeline

    (group,) = figure_timeline(_STORM, {"a": 1.0, "b": 2.0})
    assert group["dimension"] == "speed" and group["subject"].startswith("السرعة: «")
    assert group["trend"] == "differ"  # a speed does not move over a day


_QUAKE_AT_SEA = "وحدد مركز الرصد مركز الزلزال في البحر على بعد حوالي 90 كيلومترا قبالة مدينة سان لوكاس الساحلية."
_QUAKE_FELT = "وشعر سكان العاصمة بالزلزال رغم أنها تبعد حوالي 900 كلم عن مركزه."
_QUAKE_FELT_2 = "وشعر سكان العاصمة بالزلزال على بعد 900 كيلومتر عن مركزه، فخرجوا إلى الشوارع."


def test_a_distance_is_read_from_the_place_it_is_measured_from():
    def place(text: str) -> str:
        f = next(f for f in extract_figures(text) if f.dimension == "distance")
        return distance_from(text, f.end)

    assert place(_QUAKE_AT_SEA) == place("على بعد 95 كلم قبالة سان لوكاس.")
    assert place(_QUAKE_FELT) == place(_QUAKE_FELT_2) != place(_QUAKE_AT_SEA)
    assert place("على بعد 40 كيلومترا جنوب غربي العاصمة.") == place("تبعد 40 كلم عن العاصمة.")
    assert place("على عمق 10 كيلومترات.") == ""  # no place said
    # "وعن" opens the next item of a list: the place of 190 is the one before it.
    assert place("ولا يبعد عن مدينة الميناء سوى 190 كيلومترا وعن الجزيرة سوى 480 كيلومترا.") == ""


def test_distances_from_two_places_are_two_quantities():
    assert not scopes_match("distance@تنل", "distance@مركز")
    assert scopes_match("distance@تنل", "distance") and scopes_match("@تنل", "")
    assert not scopes_match("depth", "distance@تنل")
    ours = next(f for f in extract_figures(_QUAKE_AT_SEA) if f.dimension == "distance")
    theirs = next(f for f in extract_figures(_QUAKE_FELT) if f.dimension == "distance")
    assert told_apart(ours, _QUAKE_AT_SEA, theirs, _QUAKE_FELT)
    # The same place said by both: the values are set against each other.
    rival = "وحدد مركز الرصد مركز الزلزال على بعد 120 كيلومترا قبالة مدينة سان لوكاس."
    other = next(f for f in extract_figures(rival) if f.dimension == "distance")
    assert not told_apart(ours, _QUAKE_AT_SEA, other, rival)
    assert contradicting_figures(claims_of(_QUAKE_AT_SEA), claims_of(rival))


def test_compare_groups_no_distances_from_two_places():
    docs = [
        Document("a", "ضرب زلزال قوي جنوب البلاد. " + _QUAKE_AT_SEA + " " + _QUAKE_FELT, source="أ"),
        Document("b", "ضرب زلزال قوي جنوب البلاد. " + _QUAKE_FELT_2, source="ب"),
    ]
    distances = [g for g in _groups(docs) if g.dimension == "distance"]
    assert [sorted(v.text for v in g.values) for g in distances] == [["900 كيلومتر", "حوالي 900 كلم"]]
    assert distances[0].agree


def test_goals_numbered_apart_are_two_goals():
    first = "وكان الأزرق يستحق التقدم قبل الهدف الأول لسامي بتسديدة قوية في الدقيقة 40."
    third = "وأضاف كريم الهدف الثالث في الدقيقة 62 ليحقق الأزرق أكبر فوز في النهائي."
    (_, a), (_, b) = minute_goals(first)[0], minute_goals(third)[0]
    assert a.ordinals == {1} and b.ordinals == {3}
    assert not same_goal(a, b)
    again = "وسجل كريم الهدف الثالث للأزرق في الدقيقة 63."
    (_, c) = minute_goals(again)[0]
    assert c.ordinals == {3} and same_goal(b, c)
    # A goal numbered by one sentence only is read as before.
    plain = "وسجل كريم في الدقيقة 63."
    assert same_goal(b, minute_goals(plain)[0][1])


def test_a_given_name_and_its_family_name_after_a_title():
    from khulasa.extract.actors import cues, title_candidates
    from khulasa.extract.figures import tokens
    from khulasa.text.normalize import normalize, stopwords

    def people(text: str, family: bool = True) -> list[tuple[str, ...]]:
        found = title_candidates(tokens(text), stopwords(), cues(), family=family)
        return [c.name for c in found if c.kind == "person"]

    assert people("وفق ما أعلن وزير الإعلام البحريني سالم الحمادي.") == [("سالم", "الحمادي")]
    # A sentence's claims name him by both: the given name as before, and the family name.
    named = claims_of("وفق ما أعلن وزير الإعلام البحريني سالم الحمادي.").names
    assert {("person", "سالم"), ("person", "الحمادي")} <= named
    # Clause linking and the summarizer read names as before.
    assert people("وفق ما أعلن وزير الإعلام البحريني سالم الحمادي.", family=False) == [("سالم",)]
    assert people("وقال وزير المالية سالم الحمادي إن الموازنة أقرت.") == [("سالم", "الحمادي")]
    # An ordinal or a weekday after a given name is no family name.
    assert people("وقال السلطان سليم الثاني إن") == [("سليم",)]
    assert people("وقال الرئيس عون الاثنين إن") == [("عون",)]
    # A name of two words already read goes on as before.
    assert people("وقال الرئيس سالم عيسى الحمادي إن") == [("سالم", normalize("عيسى"))]


def test_about_a_number_a_list_gave_without_its_unit_is_no_changed_figure():
    from khulasa.desk.updates import what_is_new

    def summary(*texts: str) -> dict:
        return {"sentences": [{"text": t, "sources": []} for t in texts]}

    earlier = summary(
        "وقال المتحدث باسم الحزب الأخضر سامي الورد إنه وفقا لتقديراتنا سيكون للحزب الأزرق حوالي 80 مقعدا "
        "(36 بالمائة) وللحزب الأخضر 60 (28 بالمائة) في البرلمان القادم."
    )
    told = (
        "وقال سامي الورد المتحدث باسم الحزب الأخضر إن لدينا تقديرات بأن الحزب الأزرق في المقدمة "
        "وسيكون لنا حوالي {} مقعدا في البرلمان القادم."
    )
    assert what_is_new(summary(told.format(60)), earlier).why == []
    # Another number is still a figure that changed.
    assert what_is_new(summary(told.format(65)), earlier).why == [(0, "changed", "حوالي 65 مقعدا")]
