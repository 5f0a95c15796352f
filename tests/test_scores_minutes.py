"""Match scores and goal minutes as the figure reader and the ⚠ notes see them (issue 20).

All sentences are written for these tests."""

from __future__ import annotations

import pytest

from khulasa.extract.claims import (
    _is_minute,
    _minute_rivals,
    claims_of,
    contradicting_figures,
    figure_disputes,
    restates,
)
from khulasa.extract.figures import comparable, extract_figures, opens_with_result
from khulasa.extract.goals import minute_goals, same_goal, same_name
from khulasa.types import Fact, Sentence


def _scores(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in extract_figures(text) if f.dimension == "score"]


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("انتهت المباراة بالتعادل 1-1 واستمر اللقاء إلى الأشواط الإضافية", [("1-1", "1-1")]),
        ("فاز الفريق الضيف 2 – 1 على أرضه", [("2 – 1", "2-1")]),
        ("حسم الفريق اللقاء بنتيجة (3-0) في الشوط الثاني", [("3-0", "3-0")]),
        ("وفاز الفريق بركلات الترجيح4-2 بعد التعادل", [("4-2", "4-2")]),
        ("تأهل الفريق بعد فوزه بهدف دون رد على ضيفه", [("بهدف دون رد", "1-0")]),
        ("فاز الفريق الأزرق بهدفين لهدف على الفريق الأحمر", [("بهدفين لهدف", "2-1")]),
        ("فاز الفريق بثلاثة أهداف مقابل هدف في النهائي", [("بثلاثة أهداف مقابل هدف", "3-1")]),
        ("خسر الفريق بهدف مقابل هدفين", [("بهدف مقابل هدفين", "2-1")]),
    ],
)
def test_a_score_is_read_in_digits_and_in_words(text: str, scores: list[tuple[str, str]]) -> None:
    assert _scores(text) == scores


def test_a_score_is_never_a_count_of_the_word_after_it() -> None:
    """ "1-1 استمر" is the result, not one of "استمر"."""
    figures = extract_figures("وبعد نهاية الوقت الأساسي والإضافي بالتعادل 1-1 استمر اللقاء إلى ركلات الترجيح")
    assert [(f.dimension, f.label) for f in figures] == [("score", "1-1")]


@pytest.mark.parametrize(
    "text",
    [
        "تقل الحافلة 10-15 راكبا كل يوم",  # a range of a unit
        "طائرة من طراز 737-800 هبطت في المطار",  # a model code
        "وصل في الساعة 8:30 صباحا",  # a time of day
        "سجل اللاعب هدفا لفريقه",  # one goal, no result
        "وتتراوح درجات الحرارة بين 12-15 في الشتاء",  # no word of a match's result: a range
        "ورفع العلماء قوة الزلزال إلى نحو 9،1-9،3 بعد المباراة",  # decimals written with a comma
        "آخر تحديث للنتيجة 04-03-2024",  # a date
    ],
)
def test_a_range_a_code_a_time_or_one_goal_is_no_score(text: str) -> None:
    assert _scores(text) == []


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("وانتهت المباراة بالتعادل السلبي بين الفريقين الجارين", [("بالتعادل السلبي", "0-0")]),
        ("وخرج اللقاء بتعادلٍ سلبيٍّ مخيب للجماهير", [("بتعادلٍ سلبيٍّ", "0-0")]),
        ("وكان الفريقان قد تعادلا سلبيا في مباراة الذهاب", [("تعادلا سلبيا", "0-0")]),
        ("تعادل المنتخبان سلبيا في افتتاح البطولة القارية", [("سلبيا", "0-0")]),
        ("تعادل الفريقان دون أهداف على ملعب المدينة", [("دون أهداف", "0-0")]),
        ("وتعادل الفريق الأزرق مع ضيفه الأحمر بدون أهداف مساء السبت", [("بدون أهداف", "0-0")]),
        # one result, told twice in one sentence
        ("وانتهت المباراة بالتعادل السلبي بدون أهداف", [("بالتعادل السلبي", "0-0")]),
        # a half that ended without goals is 0-0 at the break, as "الشوط الأول 0-0" reads
        ("وانتهى الشوط الأول دون أهداف قبل أن يسجل الضيوف", [("دون أهداف", "0-0")]),
        ("وانتهى الشوط الأول 0-0 قبل أن يسجل الضيوف", [("0-0", "0-0")]),
        # a draw word is a word of a match's result: the digits after it are a score
        ("وتعادلت الفرق الثلاث 1-1 في الجولة الأخيرة", [("1-1", "1-1")]),
    ],
)
def test_a_goalless_draw_in_words_is_the_score_0_0(text: str, scores: list[tuple[str, str]]) -> None:
    assert _scores(text) == scores


@pytest.mark.parametrize(
    "text",
    [
        "وحذر الخبراء من التأثير السلبي للقرار على الاقتصاد المحلي",  # no draw word
        "وجاءت نتيجة فحص اللاعب سلبية قبل المباراة",  # a test's result
        "وأثر غياب المدرب سلبيا على أداء الفريق",
        "واختتم الاجتماع أعماله دون أهداف واضحة",  # aims, no draw word
        "وانتهى الاجتماع بالتعادل بين الكتلتين وبقي الأثر السلبي",  # not right after the draw word
        "تعادل الفريقان ثم تراجع أداؤهما سلبيا في الدقائق الأخيرة",  # another clause between
        "وتعادلت الكتلتان في عدد المقاعد وأقرت الحكومة خطتها الجديدة دون أهداف",  # too far
    ],
)
def test_negative_or_goalless_words_without_a_draw_are_no_score(text: str) -> None:
    assert _scores(text) == []


def test_a_score_between_the_draw_and_its_goalless_words_ends_their_reach() -> None:
    """ "1-1, with no goals in the second half": the game's 1-1, no 0-0 of the draw."""
    assert _scores("تعادل الفريقان 1-1، دون أهداف في الشوط الثاني") == [("1-1", "1-1")]


def test_a_goalless_draw_in_words_and_in_digits_restate_one_fact() -> None:
    words = claims_of("وانتهت مباراة الفريق الأزرق والفريق الأحمر بالتعادل السلبي في الجولة الأولى")
    again = claims_of("وتعادل الفريق الأزرق والفريق الأحمر دون أهداف في الجولة الأولى")
    digits = claims_of("وانتهت مباراة الفريق الأزرق والفريق الأحمر بالتعادل 0-0 في الجولة الأولى")
    other = claims_of("وانتهت مباراة الفريق الأزرق والفريق الأحمر بالتعادل 1-1 في الجولة الأولى")
    assert restates(words, again) and restates(again, words)
    assert restates(words, digits)
    assert not restates(words, other)


def test_a_clause_opening_with_a_word_of_a_result_tells_a_result() -> None:
    assert opens_with_result("وتعادل الفريقان دون أهداف")
    assert opens_with_result("فاز الفريق الأزرق 2-1")
    assert not opens_with_result("وأقيمت المباراة على ملعب المدينة")
    assert not opens_with_result("")


def test_one_score_either_side_first_is_one_amount_and_only_one_value_is_comparable() -> None:
    (won,) = extract_figures("فاز الفريق الأزرق على الأحمر 2-1")
    (lost,) = extract_figures("خسر الفريق الأحمر أمام الأزرق 1-2")
    (other,) = extract_figures("فاز الفريق الأزرق على الأحمر 3-1")
    assert won.amount == lost.amount and won.label == lost.label == "2-1"
    assert comparable(won, lost)
    assert not comparable(won, other)  # the game's result and another: no group of disagreeing values


def test_two_sentences_giving_the_same_score_restate_one_fact() -> None:
    told = claims_of("تأهل المنتخب الأزرق إلى النهائي بعد فوزه على المنتخب الأحمر بركلات الترجيح 4-2 إثر التعادل 1-1")
    again = claims_of("وبعد نهاية الوقتين الأصلي والإضافي بالتعادل 1-1 احتكم الفريقان إلى ركلات الترجيح")
    other = claims_of("وكان الفريقان قد تعادلا 2-2 في مباراة الدور الأول")
    assert restates(told, again)
    assert not restates(told, other)
    won = claims_of("فاز الفريق الأزرق على الفريق الأحمر 2-1 في المباراة")
    lost = claims_of("خسر الفريق الأحمر أمام الفريق الأزرق 1-2 في المباراة")
    assert restates(won, lost)
    # The same score of another match, between other teams (places the gazetteer knows): two facts.
    one = claims_of("فاز المغرب على البرتغال 1-0 في ربع النهائي")
    another = claims_of("فازت فرنسا على إنجلترا 1-0 في ربع النهائي")
    assert not restates(one, another)


def test_two_scores_are_never_set_against_each_other_in_a_note() -> None:
    """A match has several results (the game's, the shoot-out's, the half's): no ⚠ between them."""
    game = claims_of("وبعد التعادل 1-1 استمر اللقاء إلى ركلات الترجيح")
    shootout = claims_of("وبعد الفوز 4-2 استمر اللقاء إلى ركلات الترجيح")
    assert contradicting_figures(game, shootout) == []


# --- minutes of a match: a rival value only for the same goal --------------------------------------


def _pairs(ours: str, theirs: str) -> list[tuple[str, str]]:
    return [(a.text, b.text) for a, b in contradicting_figures(claims_of(ours), claims_of(theirs))]


EQUALISER = "وتعادل حمدان سالم للفريق الأحمر من ركلة جزاء بالدقيقة 88."


def test_the_other_goal_s_minute_is_no_rival_of_ours() -> None:
    """An outlet that gives both goals: only its equaliser's minute is set against our equaliser's."""
    both = (
        "وتقدم الفريق الأزرق عبر ماجد من ركلة جزاء في الدقيقة 66 من عمر المباراة، "
        "وتعادل الأحمر عبر ركلة جزاء لحمدان في الدقيقة 89."
    )
    assert _pairs(EQUALISER, both) == [("88", "89")]
    # Only the opener's minute, the scorer another: no note (it was "66 against 88").
    assert _pairs(EQUALISER, "وافتتح ماجد التسجيل للفريق الأزرق في الدقيقة 66 من ركلة جزاء.") == []


@pytest.mark.parametrize(
    ("ours", "theirs", "one"),
    [
        # the scorer's name spelled two ways
        (
            "سجل هدف المباراة الوحيد سيباستيان هالير في الدقيقة 74",
            'وجاء الهدف عن طريق "سباستيان هالر" في الدقيقة 65',
            True,
        ),
        ("وأدرك تيبوهو موكيانا التعادل في الدقيقة 88", "وتعادل الفريق عبر ركلة جزاء لموكوينا في الدقيقة 89", True),
        # no scorer named on one side: what the goal did
        (
            "سجل هدف المباراة الوحيد سيباستيان هالير في الدقيقة 74",
            "نجح في التوقيع على هدف اللقاء الوحيد في الدقيقة 65",
            True,
        ),
        # the match's only goal is one goal, whatever other words either clause holds...
        (
            "سجل هدف المباراة الوحيد سيباستيان هالير في الدقيقة 74",
            "نجح في التوقيع على هدف اللقاء الوحيد بطريقة فنية مميزة في الدقيقة 65",
            True,
        ),
        # ...but one side's only goal is not the other side's
        (
            "وسجل ماجد هدف الفريق الأزرق الوحيد في الدقيقة 30",
            "وسجل حمدان هدف الفريق الأحمر الوحيد في الدقيقة 80",
            False,
        ),
        # a lead is no equaliser, a penalty no header
        ("وتقدم الفريق الأزرق في الدقيقة 10", "وتعادل الفريق الأحمر في الدقيقة 12", False),
        ("وسجل ماجد برأسية في الدقيقة 30", "وسجل ماجد من ركلة جزاء في الدقيقة 31", False),
        # both name a scorer, none the same: after the equaliser, another scored
        (
            "قبل أن يحرز صالح الشهري هدف التعادل في الدقيقة 49",
            "بعد التعادل ليكمل سالم الدوسري انتفاضة الأخضر عند الدقيقة 53",
            False,
        ),
        # a chance missed, an injury: no goal's minute
        (
            "ثم أضاف سيباستيان هالر الهدف الثاني في الدقيقة 81",
            "وكاد المهاجم هالير يضيف الهدف الثاني في الدقيقة 75",
            False,
        ),
        ("وسجل النصيري هدف الأسود الأول في الدقيقة 42", "تعرض الأسود لضربة في الدقيقة 56 بإصابة المدافع سايس", False),
        # added time is written two ways (105+1, the first minute of added time)
        (
            "تقدم الفريق بهدف لنجمه نيمار في الدقيقة 105+1",
            "سجل نيمار هدف التقدم في الدقيقة الأولى من الوقت بدل الضائع",
            False,
        ),
        # nothing said of the goal on one side, nothing shared: no rival
        ("وسجل ماجد هدفه في الدقيقة 30", "وفي الدقيقة 35 من المباراة", False),
        # the opener is no goal that cut the lead, and the side a goal counted for names no scorer
        # (two clubs of one city share a word): audit24
        (
            "افتتح سامر حداد التسجيل لصالح نجوم طرابلس في الدقيقة 20",
            "وقلص نبيل عمر الفارق لنسور طرابلس في الدقيقة 85",
            False,
        ),
        ("وسجل سامر حداد لصالح نجوم طرابلس في الدقيقة 20", "وسجل نبيل عمر لنسور طرابلس في الدقيقة 85", False),
        ("وقلص نبيل عمر الفارق في الدقيقة 85", "وسجل هدف تقليص الفارق في الدقيقة 86", True),
        # a side named right after "هدف" (its scorer before the comma) shares a word with the other
        # side's name, and the two names go on apart: two goals (panels24)
        (
            "وسجل كارلوس مورينو، هدف سبورتنج كارمونا في الدقيقة 20، بعد خطأ من الحارس",
            "وسجل هدف سبورتنج ليريدو اللاعب سمير كامل في الدقيقة 75",
            False,
        ),
        ("وسجل محمد سالم الهدف في الدقيقة 76", "وسجل محمد كامل الهدف في الدقيقة 75", False),
        # ...but one name told longer or shorter is one scorer
        ("وسجل هدف سبورتنج ليريدو اللاعب سمير كامل في الدقيقة 75", "وأحرز سمير كامل هدفا في الدقيقة 76", True),
        ("وسجل محمد كامل هدف الفريق في الدقيقة 76", "وسجل كامل الهدف في الدقيقة 75", True),
    ],
)
def test_two_minutes_are_of_one_goal_by_its_scorer_or_what_it_did(ours: str, theirs: str, one: bool) -> None:
    (a,) = minute_goals(ours)
    (b,) = minute_goals(theirs)
    assert same_goal(a[1], b[1]) is one


def test_several_goals_minutes_the_figure_reader_does_not_read_end_a_goal_s_words() -> None:
    """ "في الدقائق 22 و73" are another scorer's minutes: his name is not the later goal's. (The
    figure reader reads them too, as minutes after a plural label.)"""
    *earlier, (_, goal) = minute_goals(
        "وسجل عفيف من ركلات جزاء في الدقائق 22 و73 فيما جاء هدف الضيوف عبر النعيمات في الدقيقة 66"
    )
    assert len(earlier) == 2 and not any("نعيمات" in g.names for _, g in earlier)
    assert "نعيمات" in goal.names and "عفيف" not in goal.names and not goal.manners


def _sentence(doc: str, text: str) -> Sentence:
    return Sentence(doc, 0, 0, len(text), text)


def test_a_goal_s_minute_given_otherwise_by_other_outlets_is_noted() -> None:
    """Five outlets give the 65th minute, ours the 74th: a true dispute, with each outlet (the
    minutes have no cue word the subject scan reads, so it found none)."""
    ours = _sentence("a", "سجل هدف المباراة الوحيد سيباستيان هالير في الدقيقة 74.")
    others = [
        _sentence("b", 'وجاء هدف المباراة الوحيد عن طريق "سباستيان هالر" في الدقيقة 65 من عمر اللقاء.'),
        _sentence("c", "حيث سجل، سيباستيان هالر، في الدقيقة 65، بعدما وجد نفسه من دون مراقبة."),
        _sentence("d", "وافتتح الفريق الضيف التسجيل عبر ماجد في الدقيقة 20."),  # another goal
        _sentence("e", "وسجل هالر في الدقيقة 74 بعد تمريرة من زميله."),  # agrees
    ]
    found = figure_disputes([Fact(0, (ours,))], [ours, *others])
    assert [(d.doc, d.text, d.against) for d in found[0]] == [("b", "65", "74"), ("c", "65", "74")]


def test_compare_groups_one_score_of_several_outlets_under_an_arabic_heading() -> None:
    """The outlets' "2-1" and "1-2" (the result written from the other side) are one value, and
    the group's heading is Arabic ("النتيجة"), as every heading a reader sees."""
    from khulasa.analysis.compare import compare
    from khulasa.types import Document

    docs = [
        Document("a", "وفاز المنتخب الأزرق على المنتخب الأحمر بنتيجة 2-1 في المباراة النهائية للبطولة القارية."),
        Document("b", "وخسر المنتخب الأحمر أمام المنتخب الأزرق بنتيجة 1-2 في المباراة النهائية للبطولة القارية."),
    ]
    scores = [g for g in compare(docs).figures if g.dimension == "score"]
    assert len(scores) == 1 and scores[0].agree
    assert scores[0].subject.startswith("النتيجة")
    assert {v.normalized for v in scores[0].values} == {"2-1"}


def test_a_goals_minute_and_a_missed_chances_minute_are_no_one_fact():
    """A goal and a missed penalty in the same minute are two facts: the one sentence does not
    restate the other (compare's restating, the desk's "told again"); two reports of the goal do."""
    goal = claims_of("وسجل المهاجم رامي الحسن هدف التقدم في الدقيقة الـ 48")
    miss = claims_of("وأهدر المهاجم رامي الحسن ركلة جزاء في الدقيقة 48")
    again = claims_of("وافتتح رامي الحسن التسجيل لفريقه (د48)")
    assert not restates(goal, miss) and not restates(miss, goal)
    assert restates(goal, again)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # After a verb of scoring, past the player's role and his country's adjective.
        ("وسجل المهاجم المغربي سمير حداد هدف التقدم في الدقيقة 30.", [{"سمير", "حداد"}]),
        # After "عن طريق", with no minute given (a goal of added time).
        (
            "وقلص الفريق الضيف الفارق بهدف في الوقت بدل الضائع عن طريق اللاعب فادي الشمري.",
            [{"فادي", "الشمري", "شمري"}],
        ),
        # A list of scorers, each after his goal's minute.
        (
            "وسجل هدفي الفريق جوني ماركيز (د 12) ورامي نصار (د40).",
            [{"جوني", "ماركيز"}, {"رامي", "نصار", "ورامي"}],
        ),
        (
            "ثنائية الفريق حملت توقيع جوني ماركيز ورامي نصار في الدقيقتين 12 و40.",
            [{"جوني", "ماركيز"}, {"رامي", "نصار", "ورامي"}],
        ),
        # A sentence that reports no goal names no scorer.
        ("وقال المدرب سمير حداد إن الفريق لعب جيدا.", []),
        # "افتتح فلان التسجيل", "تقدم الفريق بهدف فلان" (issue 20); not "بهدف نظيف", "افتتح مشواره".
        ("إذ افتتح جوني ماركيز التسجيل في الدقيقة الخامسة.", [{"جوني", "ماركيز"}]),
        ("وتقدم الفريق بهدف رامي نصار في الدقيقة 12.", [{"رامي", "نصار"}]),
        ("وفاز الفريق على ضيفه بهدف نظيف في الدقيقة 70.", []),
        ("وافتتح المنتخب مشواره في البطولة بالفوز بهدفين لهدف.", []),
        # A list opened by "كل من" past the goals' words, and a name set after a comma.
        (
            "سجل هدفي المنتخب المغربي كل من جوني ماركيز ورامي نصار في الدقيقتين 12 و40.",
            [{"جوني", "ماركيز"}, {"رامي", "نصار", "ورامي"}],
        ),
        ("وسجل هدف الفريق الأول، جوني ماركيز في الدقيقة 12.", [{"جوني", "ماركيز"}]),
        # Not a clause the comma opens with "و", nor a comma right after the scoring word.
        ("وسجل هدف الفريق الأول، وسيطر على المباراة في الدقيقة 12.", []),
    ],
)
def test_a_goal_s_report_names_its_scorers(text: str, names: list[set[str]]) -> None:
    from khulasa.extract.goals import scorers

    assert [set(n) for n in scorers(text)] == names


def test_one_scorer_however_outlets_spell_his_name() -> None:
    from khulasa.extract.goals import same_scorer

    # "ch" written تش or ش, the article or none, ة or ه, ج or غ.
    assert same_scorer(frozenset({"تشافيرو"}), frozenset({"شافيرو"}))
    assert same_scorer(frozenset({"الشمري"}), frozenset({"شمري"}))
    assert same_scorer(frozenset({"جريمالدو"}), frozenset({"غريمالدو"}))
    assert not same_scorer(frozenset({"ماركيز"}), frozenset({"نصار"}))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A minute behind a proclitic ("وبالدقيقة") and a lead word ("أضاف") mark a goal's report.
        ("وبالدقيقة 30 أضاف اللاعب سمير ناصر الهدف الثاني للفريق.", [{"سمير", "ناصر"}]),
        ("وسجل المهاجم كريم داود هدف الفوز.", [{"كريم", "داود"}]),
        ("تحدث المدرب عن المباراة المقبلة.", []),
    ],
)
def test_scorers_read_cue_words_with_their_proclitics(text: str, names: list[set[str]]) -> None:
    # scorers tests each word's forms (goals._bare, cached per word) against its cue sets at once.
    from khulasa.extract.goals import scorers

    assert [set(n) for n in scorers(text)] == names


def test_passengers_found_dead_are_no_rival_of_the_passengers_on_board() -> None:
    """audit24: "جثث 31 راكبا" counts the dead, "67 راكبا كانوا على متنها" all aboard (past "كانوا")."""
    from khulasa.extract.figures import extract_figures, role_near, told_apart

    dead = "وقال المتحدث باسم الشرطة: «عثرنا على جثث 12 راكبا في الحافلة»."
    aboard = "وأكد المسؤول «إنقاذ 9 من بين 40 راكبا كانوا على متن الحافلة»."
    (a,) = [f for f in extract_figures(dead) if f.unit == "passenger"]
    (b,) = [f for f in extract_figures(aboard) if f.unit == "passenger"]
    assert role_near(dead, a.start, a.end) == "killed"
    assert role_near(aboard, b.start, b.end) == "aboard"
    assert told_apart(a, dead, b, aboard)


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


def test_a_missed_penalty_or_a_corner_is_no_goal() -> None:
    for text in (
        "وأضاع المهاجم ركلة جزاء، قبل أن يهدر المنتخب الضيف مثلها في الدقيقة 64.",
        "ونفذ اللاعب ركلة حرة تجاه المدافع في الدقيقة 12 ولكنها ذهبت ركنية.",
    ):
        claims = claims_of(text)
        minute = next(f for f in claims.figures if f.amount in (64, 12))
        goal = claims.goal_of(minute)
        assert goal is not None and "other" in goal.events


def test_the_player_of_the_move_before_a_goal_is_not_its_scorer() -> None:
    text = "وجاء الهدف الأول عكسيا، بالدقيقة 38 من المباراة بعد اختراق سامر الهاشمي من الجهة اليسرى."
    claims = claims_of(text)
    goal = claims.goal_of(next(f for f in claims.figures if f.amount == 38))
    assert goal is not None and not any("هاشم" in name for name in goal.names)


def test_a_kick_aimed_at_a_player_is_not_his_goal() -> None:
    text = "ونفذ اللاعب ركلة أخرى تجاه سامر الهاشمي في الدقيقة 17، ولكنها مرت فوق العارضة."
    claims = claims_of(text)
    goal = claims.goal_of(next(f for f in claims.figures if f.amount == 17))
    assert goal is not None and not any("هاشم" in name for name in goal.names)
