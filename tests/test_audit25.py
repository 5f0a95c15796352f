"""Defects found reading fresh51 as a user (docs/quality.md, twenty-fifth session, helper audit25).
Every text here is made up for the test."""

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


def _names(text: str) -> list[tuple[str, str]]:
    from khulasa.extract.actors import cues, title_candidates
    from khulasa.extract.figures import tokens
    from khulasa.text.normalize import stopwords

    return [(c.kind, c.surface) for c in title_candidates(tokens(text), stopwords(), cues())]


def test_no_person_is_read_from_a_verb_or_a_preposition_after_a_title() -> None:
    # a conjunction or a preposition written before a hamza'd alif opens no name
    assert _names("والتقى الوزير المغربي وأجرى معه محادثات مطولة.") == []
    assert _names("وقال رئيس الهيئة الوطنية لإغاثة المنكوبين إن الوضع صعب.") == []
    # a relative pronoun ends the title's modifiers: the verb after it is no name
    assert ("person", "بدأ") not in _names("وأكد المؤتمر الصحفي المشترك الذى بدأ ظهرا بين الرئيس سامي نور.")
    # an assimilated verb's imperfect ends the name ("يصل": "وصل")
    assert _names("الرئيس الفرنسي مراد كمال يصل إلى الرباط.") == [("person", "مراد كمال")]
    # "فيصل" is no "ف" and the imperfect of "وصل"
    assert _names("وقال الأمير فيصل بن سعد إن القمة ناجحة.") == [("person", "فيصل بن سعد")]
    # ... and a short name that is no such verb stays whole
    assert _names("التقى الرئيس يونس سالم.") == [("person", "يونس سالم")]


def test_the_actors_panel_cuts_a_place_name_before_a_verb() -> None:
    from khulasa import prepare
    from khulasa.extract.actors import find_actors
    from khulasa.types import Document

    texts = [
        "قتل 40 شخصا في جزيرة كوراوا ارتفع منسوب المياه فيها.",
        "وفي جزيرة كوراوا ارتفع عدد القتلى إلى 40 شخصا.",
    ]
    docs = [Document(id=f"d{k}", text=t, source=f"مصدر {k}") for k, t in enumerate(texts)]
    names = {a.name for a in find_actors(prepare(docs))}
    assert "كوراوا" in names and "كوراوا ارتفع" not in names


def test_percentage_points_and_basis_points_of_one_rise_are_no_rival_values() -> None:
    points = "أعلن البنك عن زيادة بمقدار 0.5 نقطة مئوية في اجتماعه اليوم."
    basis = "رفع البنك سعر الفائدة بمقدار 50 نقطة أساس في اجتماعه اليوم."
    assert told_apart(_figure(points, 0.5), points, _figure(basis, 50), basis)
    other = "رفع البنك سعر الفائدة بمقدار 75 نقطة أساس في اجتماعه اليوم."
    assert not told_apart(_figure(points, 0.5), points, _figure(other, 75), other)


def test_a_dash_opening_a_paragraph_is_dropped() -> None:
    from khulasa.text.clean import judge_line

    line = "– قال الوزير إن المعبر سيفتح غدا أمام المسافرين."
    assert [line[a:b] for a, b in judge_line(line).pieces] == [line[2:]]
    # a negative number is no dash
    line = "-5 درجات سجلتها المحطة الليلة الماضية."
    assert [line[a:b] for a, b in judge_line(line).pieces] == [line]
    # ... also when a second dash follows a few words on
    line = "– قال الوزير - وهو يتحدث للصحفيين - إن المعبر سيفتح غدا."
    assert [line[a:b] for a, b in judge_line(line).pieces] == [line[2:]]


def test_the_actors_panel_keeps_the_family_name_after_a_compound_first_name() -> None:
    from khulasa import prepare
    from khulasa.extract.actors import find_actors
    from khulasa.types import Document

    texts = [
        "استقبل الرئيس عبد الرحيم الجزائري وفدا رسميا في العاصمة اليوم.",
        "وقال الرئيس عبد الرحيم الجزائري إن المحادثات كانت مثمرة.",
    ]
    docs = [Document(id=f"d{k}", text=t, source=f"مصدر {k}") for k, t in enumerate(texts)]
    names = {a.name for a in find_actors(prepare(docs))}
    assert "عبد الرحيم الجزائري" in names and "عبد الرحيم" not in names


def test_a_verbal_noun_with_a_pronoun_and_went_on_need_an_antecedent() -> None:
    from khulasa.text.cohesion import dangling_opener

    assert dangling_opener("وتأكيده مجددا دعم حكومته للاتفاق الموقع بين البلدين.") is not None
    assert dangling_opener("ومطالبتها بفتح المعابر أمام قوافل الإغاثة.") is not None
    assert dangling_opener('واستدرك قائلا "لا مبرر لهذا الهجوم على المدنيين".') is not None
    # a sentence that names its subject stands alone
    assert dangling_opener("وأكد المستشار دعم حكومته للاتفاق الموقع بين البلدين.") is None


def test_the_displaced_are_no_missing() -> None:
    text = "وأشار المركز إلى نحو 90 مفقودا ونزوح حوالي 35 ألف شخص من منازلهم."
    assert [(f.amount, f.unit) for f in extract_figures(text)] == [(90.0, "missing"), (35000.0, "displaced")]
    (f,) = extract_figures("وأدت الفيضانات إلى تشريد نحو 12 ألف شخص من القرى المنكوبة.")
    assert f.unit == "displaced"
