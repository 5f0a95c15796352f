"""Figures that are no rival values of another outlet's (docs/quality.md, "reading fresh51 as a user"): a
number in brackets before a scale word, an earlier toll told as such, a target's share, a margin after
"±", percentage points against basis points of one rise; the displaced are no missing. Every text here
is made up for the test."""

from khulasa.extract.figures import Figure, extract_figures, told_apart


def _figure(text: str, value: float) -> Figure:
    return next(f for f in extract_figures(text) if f.amount == value)


def test_a_number_in_brackets_before_a_scale_word_is_multiplied_by_it() -> None:
    text = "ودمرت العاصفة أكثر من (35) ألف منزل، وبلغت الخسائر (12) مليون دولار."
    found = [(f.text, f.amount) for f in extract_figures(text)]
    assert found == [("أكثر من (35) ألف منزل", 35000.0), ("(12) مليون دولار", 12000000.0)]
    # a bracketed minute after a scorer's name is still no count of the noun after it
    assert extract_figures("وسجل اللاعب سمير (36) أهداف الفريق.") == []


def test_an_earlier_toll_told_as_such_is_no_rival_of_the_new_one() -> None:
    new = "ارتفعت حصيلة قتلى الفيضانات إلى 210 أشخاص."
    for earlier in (
        "ارتفع عدد القتلى إلى 212 شخصا، مقارنة برقم سابق بلغ 96 قتيلا.",
        "وكانت حصيلة ضحايا العاصفة في الإقليم السابقة أسفرت عن مصرع 96 شخصا.",
        "وكانت الحصيلة قد بلغت 96 قتيلا مساء أمس.",
    ):
        assert told_apart(_figure(earlier, 96), earlier, _figure(new, 210), new), earlier
    # a toll that rose, told by another outlet as the new one, is still set against it
    other = "وأعلنت السلطات أن عدد القتلى بلغ 260 شخصا."
    assert not told_apart(_figure(other, 260), other, _figure(new, 210), new)


def test_a_target_s_share_is_no_rival_of_the_rate() -> None:
    rate = "وبلغ معدل التضخم في المنطقة 9% الشهر الماضي."
    target = "ويسعى البنك إلى خفض التضخم إلى معدله المستهدف البالغ 3% على المدى المتوسط."
    assert told_apart(_figure(target, 3), target, _figure(rate, 9), rate)
    other = "وقال البنك إن معدل التضخم بلغ 6% الشهر الماضي."
    assert not told_apart(_figure(other, 6), other, _figure(rate, 9), rate)


def test_a_figure_after_plus_minus_is_a_margin_no_rival_of_a_rise() -> None:
    band = "ويستهدف البنك تضخما عند 5% (± 1 نقطة مئوية) في المتوسط."
    rise = "رفع البنك الفائدة بواقع 100 نقطة أساس."
    assert told_apart(_figure(band, 1), band, _figure(rise, 100), rise)


def test_percentage_points_and_basis_points_of_one_rise_are_no_rival_values() -> None:
    points = "أعلن البنك عن زيادة بمقدار 0.5 نقطة مئوية في اجتماعه اليوم."
    basis = "رفع البنك سعر الفائدة بمقدار 50 نقطة أساس في اجتماعه اليوم."
    assert told_apart(_figure(points, 0.5), points, _figure(basis, 50), basis)
    other = "رفع البنك سعر الفائدة بمقدار 75 نقطة أساس في اجتماعه اليوم."
    assert not told_apart(_figure(points, 0.5), points, _figure(other, 75), other)


def test_the_displaced_are_no_missing() -> None:
    text = "وأشار المركز إلى نحو 90 مفقودا ونزوح حوالي 35 ألف شخص من منازلهم."
    assert [(f.amount, f.unit) for f in extract_figures(text)] == [(90.0, "missing"), (35000.0, "displaced")]
    (f,) = extract_figures("وأدت الفيضانات إلى تشريد نحو 12 ألف شخص من القرى المنكوبة.")
    assert f.unit == "displaced"
