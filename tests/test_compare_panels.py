"""The comparison's panels (``compare``; docs/quality.md, "The twenty-second session: reading
fresh45-47 as a user" and "The panels' open defects of fresh48-49"): figure groups that set no
different quantities against each other (two lists of ages, days of differently worded sentences),
minutes of one goal that outlets tell apart as one group that disagrees, values within the tolerance
shown as close, and actors named without the proclitic of their cue word, never a player's first
name taken for a place. Every text here is made up for the test."""

from khulasa.analysis.compare import compare
from khulasa.analysis.render_compare import render_comparison
from khulasa.types import Document


def _match(own: int, penalty: int) -> str:
    return (
        "تأهل منتخب الساحل إلى النهائي بعد فوزه على منتخب الوادي بهدفين مقابل هدف. "
        f"وسجل المدافع كريم الراشدي هدف التقدم بالخطأ في مرماه في الدقيقة {own}. "
        f"وأدرك المهاجم نبيل السعدي التعادل من ركلة جزاء في الدقيقة {penalty}."
    )


# Four outlets: two give the own goal's 40th minute and the penalty's 71st, two the 41st and 73rd.
MATCH = [_match(40, 71), _match(41, 73), _match(40, 71), _match(41, 73)]


def test_minutes_of_one_goal_told_apart_are_one_group_that_disagrees() -> None:
    docs = [Document(id=f"d{k}", text=t, source=f"s{k}") for k, t in enumerate(MATCH)]
    minutes = [g for g in compare(docs).figures if g.values[0].unit == "minute"]
    by_values = {frozenset(v.amount for v in g.values): g.agree for g in minutes}
    assert by_values.get(frozenset({40.0, 41.0})) is False
    assert by_values.get(frozenset({71.0, 73.0})) is False


def test_a_place_that_is_a_players_first_name_is_no_place() -> None:
    texts = [
        "وسجل المهاجم دمشق بلعيدي هدف الفوز في الدقيقة 88 من المباراة التي أقيمت في القاهرة.",
        "وتقدم منتخب الساحل بهدف سجله دمشق بلعيدي قبل نهاية المباراة في القاهرة بدقيقتين.",
    ]
    docs = [Document(id=f"d{k}", text=t, source=f"s{k}") for k, t in enumerate(texts)]
    names = {a.name for a in compare(docs).actors}
    assert "دمشق" not in names
    assert "القاهرة" in names
    # A place always followed by one adjective ("القدس الشرقية") or by a word behind و stays a place.
    texts = [
        "وشهدت القدس الشرقية مواجهات بين الشبان والشرطة مساء أمس.",
        "وامتدت المواجهات إلى أحياء في القدس الشرقية بعد منتصف الليل.",
    ]
    docs = [Document(id=f"d{k}", text=t, source=f"s{k}") for k, t in enumerate(texts)]
    assert "القدس" in {a.name for a in compare(docs).actors}


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


def test_an_organisation_is_named_without_the_proclitic_of_its_cue_word() -> None:
    """ "لشركة الطيران الوطنية" names "شركة الطيران الوطنية" in the actors panel."""
    c = _figure_groups(
        "وقال متحدث باسم لشركة الطيران الوطنية إن الرحلة أقلعت متأخرة ساعتين عن موعدها المحدد.",
        "وأكد بيان لشركة الطيران الوطنية أن الرحلة أقلعت متأخرة عن موعدها بسبب سوء الأحوال الجوية.",
    )
    names = [a.name for a in c.actors]
    assert "شركة الطيران الوطنية" in names, names
    assert not any(n.startswith("لشركة") for n in names)
