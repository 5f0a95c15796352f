"""What a reader of fresh45-47 would not trust (docs/quality.md, "The twenty-second session: reading
fresh45-47 as a user"): figures misread or shown in the wrong unit, minutes of one goal set against
another's, panels that set different quantities against each other. All texts are made up."""

from __future__ import annotations

from khulasa.analysis.compare import compare
from khulasa.analysis.render_compare import render_comparison
from khulasa.extract.claims import _is_minute, _minute_rivals, claims_of
from khulasa.extract.figures import figures_of
from khulasa.extract.goals import same_name
from khulasa.render import _value_key
from khulasa.types import Document


def only(text: str):
    found = figures_of(text)
    assert len(found) == 1, found
    return found[0]


# --- figures ---------------------------------------------------------------------------------------


def test_compound_ordinals_after_a_label() -> None:
    """ "للمرة الثانية عشرة" is the twelfth time, not the second; a minute in words likewise."""
    assert only("توج النادي باللقب للمرة الثانية عشرة في تاريخه").amount == 12
    assert only("توج النادي باللقب للمرة الحادية عشرة").amount == 11
    assert only("وسجل المهاجم في الدقيقة الخامسة والأربعين من المباراة").amount == 45
    assert only("وسجل المهاجم في الدقيقة الثالثة عشرة").amount == 13
    assert only("للمرة الثانية على التوالي").amount == 2  # no tens after it


def test_distances_are_shown_in_their_own_unit() -> None:
    """250 km is stored as 250000 metres but read "250 كيلومترًا", never "250000 كيلومتر"."""
    far = only("وتقع البلدة على بعد 250 كلم شرق العاصمة")
    assert far.amount == 250000
    assert far.arabic_label == "250 كيلومترًا"
    assert far.label == "250 kilometre"
    assert only("تبعد القرية نحو ألف كلم عن مركز الهزة").arabic_label == "1000 كيلومتر"


def test_an_area_is_no_distance() -> None:
    """ "كيلومترين مربعين" is an area: never set against "على بعد 250 كلم"."""
    area = only("ودمر الحريق كل شيء على مساحة كيلومترين مربعين")
    assert area.dimension == "area"
    assert only("على مساحة 300 متر مربع").dimension == "area"


def test_verbs_of_carrying_count_those_aboard_only_before_the_number() -> None:
    """ "كانت الحافلة تقل 40 شخصا" counts everyone aboard; in "أربع حالات تحمل الفيروس" the cases
    carry something and are no one aboard."""
    assert only("كانت الحافلة تقل 40 شخصا").unit == "aboard"
    cases = only("وسجلت الوزارة أربع حالات تحمل الفيروس الجديد")
    assert cases.unit == "person"
    assert "متن" not in cases.arabic_label


def test_the_injured_are_shown_as_casualties_that_fit_an_infection_too() -> None:
    """ "إصابة" is an injury and an infection: "5 مصابين" reads right for both."""
    assert only("وأسفر الحادث عن إصابة 40 شخصا").arabic_label == "40 مصابًا"


def test_a_count_shows_its_noun_as_written() -> None:
    """No normalized key ("عربه") in what a reader sees."""
    assert only("وكان القطار مؤلفا من 72 عربة محملة بالوقود").arabic_label == "72 عربة"


# --- minutes of a match ---------------------------------------------------------------------------


def _rivals(ours: str, theirs: str) -> list[tuple[str, str]]:
    a, b = claims_of(ours), claims_of(theirs)
    mins = [g for g in a.figures if _is_minute(g)]
    return [(g.text, o.text) for g, o in _minute_rivals(a, mins, b)]


def test_a_minute_we_give_too_is_no_rival() -> None:
    """The scorer of two goals: their "74th" of him is our 74th, told of "the star", not his 20th."""
    ours = (
        "وافتتح نبيل الساعدي التسجيل في الدقيقة 20، وأضاف رامي الهدف الثاني في الدقيقة 37، "
        "ثم أكمل النجم الدولي الثلاثية للفريق في الدقيقة 74."
    )
    theirs = "وفي الشوط الثاني عاد الساعدي وسجل هدفه الشخصي الثاني في الدقيقة 74."
    assert _rivals(ours, theirs) == []


def test_the_nearest_minute_of_one_goal_is_its_rival() -> None:
    """Their sentence times two goals; the team's name ties both to ours, the scorer only one."""
    ours = "وأضاف كريم منصوري الهدف الثالث لنادي الوحدة في الدقيقة 62 بضربة رأس."
    theirs = (
        "وأضاف سمير الهدف الثاني لنادي الوحدة في الدقيقة 50، فيما تكفل كريم منيصوري بتسجيل الهدف الثالث في الدقيقة 63."
    )
    assert _rivals(ours, theirs) == [("63", "62")]


def test_a_chance_off_the_bar_is_no_goal() -> None:
    ours = "وسجل كريم الهدف الأول لنادي الوحدة في الدقيقة 62."
    theirs = "وأبرز الفرص في الدقيقة 15 لكريم الذي ارتقى لكرة عرضية واصطدمت رأسيته بالعارضة."
    assert _rivals(ours, theirs) == []


def test_a_long_vowel_after_the_first_letter_is_one_spelling() -> None:
    assert same_name("مرتساكر", "ميرتساكر")
    assert not same_name("سانشيز", "سواريز")


# --- the comparison's panels ----------------------------------------------------------------------


def _figure_groups(*texts: str):
    docs = [Document(f"d{k}", t, source=f"منبر {k}") for k, t in enumerate(texts, 1)]
    return compare(docs)


def test_two_lists_of_ages_are_not_set_against_each_other() -> None:
    """Each outlet lists the same three ages; their words pair one outlet's second with the
    other's first: no outlet disagrees."""
    c = _figure_groups(
        "والحالة الأولى هي لمواطن يبلغ من العمر 47 سنة، والثانية لمقيم عربي، 66 سنة، والثالثة لعامل أجنبي، 28 سنة.",
        'وقالت الوزارة في بيان إن "الحالة الأولى لمواطن، 47 عاماً والثانية لمقيم عربي 66 عاماً، وأن حالتهما '
        'مستقرة ولم تظهر عليهما أعراض، أما الثالثة فهي لعامل أجنبي ويبلغ من العمر 28 عاما".',
    )
    assert all(g.agree for g in c.figures), [(g.subject, [v.text for v in g.values]) for g in c.figures]


def test_days_of_differently_worded_sentences_are_not_a_conflict() -> None:
    c = _figure_groups(
        "وضربت العاصفة الجزيرة ليل الجمعة مخلفة أضرارا جسيمة في المنازل والطرق.",
        "وتراجعت قوة العاصفة فوق الجزيرة السبت مخلفة أضرارا جسيمة في المنازل.",
    )
    assert not [g for g in c.figures if g.dimension == "weekday" and not g.agree]


def test_values_within_the_tolerance_read_close_not_agreeing() -> None:
    c = _figure_groups(
        "وأعلنت السلطات أن الزلزال الذي بلغت شدته 6.1 درجة ضرب الساحل الجنوبي ليلا.",
        "وأعلنت السلطات أن الزلزال الذي بلغت شدته 6.2 درجة ضرب الساحل الجنوبي ليلا.",
    )
    group = next(g for g in c.figures if g.dimension == "count")
    assert group.agree  # within CompareSettings.figure_tolerance
    markdown = render_comparison(c, "markdown")
    assert "≈ متقاربة" in markdown
    assert "متقاربة" in render_comparison(c, "html")


def test_a_note_names_one_value_of_an_outlet_once() -> None:
    """Two sentences of one outlet write the same count two ways ("آخرين", "آخرون")."""
    assert _value_key("45 آخرين") == _value_key("45 آخرون")
    assert _value_key("ثلاثة قتلى") == _value_key("3 قتلى")


def test_an_organisation_is_named_without_the_proclitic_of_its_cue_word() -> None:
    """ "لشركة الطيران الوطنية" names "شركة الطيران الوطنية" in the actors panel."""
    c = _figure_groups(
        "وقال متحدث باسم لشركة الطيران الوطنية إن الرحلة أقلعت متأخرة ساعتين عن موعدها المحدد.",
        "وأكد بيان لشركة الطيران الوطنية أن الرحلة أقلعت متأخرة عن موعدها بسبب سوء الأحوال الجوية.",
    )
    names = [a.name for a in c.actors]
    assert "شركة الطيران الوطنية" in names, names
    assert not any(n.startswith("لشركة") for n in names)
