"""Defects found reading fresh50 as a user (docs/quality.md, twenty-fourth session, helper audit24).
Every text here is made up for the test; the line-up, goal and passenger cases are in
test_finished_candidates.py and test_scores_minutes.py."""

from khulasa.text.clean import judge_line


def test_an_agency_credit_in_brackets_after_the_dateline_s_dash_goes_with_it() -> None:
    line = "طرابلس- (أ ف ب): غرقت عبارة تقل 40 راكبا قبالة الساحل صباح اليوم."
    assert [line[a:b] for a, b in judge_line(line).pieces] == ["غرقت عبارة تقل 40 راكبا قبالة الساحل صباح اليوم."]
    line = "الرباط - (موقع الأفق): أعلنت الوزارة نتائج الامتحان."
    assert [line[a:b] for a, b in judge_line(line).pieces] == ["أعلنت الوزارة نتائج الامتحان."]


def test_a_bracket_after_a_dash_inside_a_sentence_is_no_dateline() -> None:
    line = "وقال الوزير إن المشروع - (وهو الأول من نوعه) - سينتهي العام المقبل."
    assert [line[a:b] for a, b in judge_line(line).pieces] == [line]


def test_a_count_of_a_whole_named_after_من_is_a_part_no_rival_of_the_toll() -> None:
    from khulasa.extract.figures import extract_figures, told_apart

    part = "وقال المتحدث إن ستة أشخاص من إجمالي 20 شخصا تم نقلهم إلى المستشفى توفوا لاحقا."
    toll = "قتل 35 شخصا في انهيار المبنى."
    a = next(f for f in extract_figures(part) if f.value == 6)
    (b,) = extract_figures(toll)
    assert told_apart(a, part, b, toll)
    # a count with no such whole after it is the toll's rival
    plain = "وقال المتحدث إن ستة أشخاص قتلوا في انهيار المبنى."
    c = next(f for f in extract_figures(plain) if f.value == 6)
    assert not told_apart(c, plain, b, toll)
