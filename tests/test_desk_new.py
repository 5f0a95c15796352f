"""What is new for a reader of an earlier summary version (desk/updates.py ``new_sentences``): the
cases docs/desk.md "What is new" lists, each with a sentence that is known and one that is new."""

from __future__ import annotations

from typing import Any

from khulasa.desk.updates import Changes, new_sentences, what_is_new
from khulasa.extract.figures import clock_times
from khulasa.link.clauses import split_clause_spans, split_clauses
from khulasa.text.normalize import Analyzer
from khulasa.text.trim import leading_marker, trim_marker
from khulasa.types import Document, Sentence


def _summary(*texts: str, disputes: dict[int, list[str]] | None = None) -> dict[str, Any]:
    """A summary as the desk stores it; ``disputes``: for a sentence, the other outlets' values its
    ⚠ note shows."""
    shown = disputes or {}
    return {
        "sentences": [
            {"text": t, "sources": [], "disputes": [{"figure": f, "against": ""} for f in shown.get(i, [])]}
            for i, t in enumerate(texts)
        ]
    }


def test_a_reworded_repeat_of_an_earlier_figure_is_known_and_a_changed_value_is_new():
    earlier = _summary("ضرب زلزال بقوة 6.1 درجات بلدة تل الزيتون فجر الأحد وفق مرصد الزلازل الوطني.")
    later = _summary(
        # the same magnitude, other words, shared "observatory", "national", "earthquakes": known
        "وقد بلغت شدة الهزة الأرضية التي رصدها المرصد الوطني للزلازل 6.1 درجات.",
        # the same words with another magnitude: new
        "وقد بلغت شدة الهزة الأرضية التي رصدها المرصد الوطني للزلازل 6.4 درجات.",
    )
    assert new_sentences(later, earlier) == [1]


def test_a_sentence_whose_numbers_stand_in_one_earlier_sentence_needs_only_part_of_its_words():
    earlier = _summary("افتتح فريق النجوم التسجيل عبر مهاجمه في الدقيقة 38 من الشوط الأول.")
    later = _summary(
        "تقدم فريق النجوم بهدف أول سجله مهاجمه في الدقيقة 38.",
        "تقدم فريق النجوم بهدف أول سجله مهاجمه في الدقيقة 41.",  # a minute the reader never saw
    )
    assert new_sentences(later, earlier) == [1]


def test_a_year_on_its_own_is_no_sign_of_the_same_statement():
    # "2030" stands in the earlier sentence as the edition's year, which any sentence about the
    # tournament may write. Who won its best player award is news, though a quarter of the later
    # sentence's words (the team, the cup, won) are the earlier one's.
    earlier = _summary("توج منتخب النجوم بلقب بطولة القارات (كأس 2030) بعد فوزه على منتخب الأمل في النهائي.")
    later = _summary("وفاز حارس منتخب النجوم بجائزة أفضل لاعب في كأس 2030.")
    assert new_sentences(later, earlier) == [0]


def test_a_number_of_one_digit_is_no_sign_of_the_same_statement():
    # "5" stands in the earlier sentence (five more months), but the rocket "Ariane 5" is another
    # thing: the later sentence shares a few words only, which is not enough without the anchor.
    earlier = _summary(
        "وتستغرق رحلة التلسكوب الطويلة إلى وجهته البعيدة في أعماق الفضاء شهرا و5 أشهر إضافية "
        "من المعايرة الدقيقة للمرايا."
    )
    later = _summary("ووضع الصاروخ أريان 5 التلسكوب على رحلة طويلة نحو وجهته.")
    assert new_sentences(later, earlier) == [0]


def test_numbers_the_figure_reader_passes_by_are_news_too():
    earlier = _summary("فاز فريق النجوم باللقب بركلات الترجيح بعد التعادل 3-3 في الوقتين الأصلي والإضافي.")
    # The shoot-out's score (no figure: a score is not a quantity) is what this sentence adds.
    later = _summary("فاز فريق النجوم باللقب بركلات الترجيح 4-2 بعد التعادل 3-3 في الوقتين الأصلي والإضافي.")
    assert new_sentences(later, earlier) == [0]
    assert new_sentences(earlier, later) == []


def test_a_value_the_earlier_summary_showed_in_its_warning_note_is_known():
    later = _summary("ضرب زلزال بقوة 7.8 درجات جنوب البلاد فجر الاثنين.")
    flagged = _summary("ضرب زلزال بقوة 7.9 درجات جنوب البلاد فجر الاثنين.", disputes={0: ["7.8 درجات"]})
    assert new_sentences(later, flagged) == []
    # Without the note its reader saw 7.9 only: 7.8 is a changed figure.
    unflagged = _summary("ضرب زلزال بقوة 7.9 درجات جنوب البلاد فجر الاثنين.")
    assert new_sentences(later, unflagged) == [0]
    # A note shows other outlets' values of that figure, not every value: 7.5 stays new.
    assert new_sentences(_summary("ضرب زلزال بقوة 7.5 درجات جنوب البلاد فجر الاثنين."), flagged) == [0]


def test_a_figure_rounded_is_known_and_a_figure_that_changed_is_new():
    earlier = _summary("وحصل المرشح على 52.87% من الأصوات في جولة الإعادة.")
    later = _summary(
        "وحصل المرشح على نحو 53% من الأصوات في جولة الإعادة.",  # the same share, rounded
        "وحصل المرشح على 52.14% من الأصوات في جولة الإعادة.",  # another count
        "وحصل المرشح على نحو 52% من الأصوات في جولة الإعادة.",  # 52.87 does not round to 52
    )
    assert new_sentences(later, earlier) == [1, 2]
    # The finer value after the rounded one tells the reader more than it knew ("7.2" after "7").
    assert new_sentences(earlier, _summary(later["sentences"][0]["text"])) == [0]


def test_a_rising_toll_is_new():
    earlier = _summary("ارتفعت حصيلة ضحايا الفيضانات في البلدة إلى 62 قتيلا على الأقل.")
    later = _summary("ارتفعت حصيلة ضحايا الفيضانات في البلدة إلى 95 قتيلا على الأقل.")
    assert new_sentences(later, earlier) == [0]


def test_the_same_number_in_a_unit_the_figure_reader_does_not_know_is_known():
    earlier = _summary("وقع مركز الهزة على بعد 13 كيلومترا شمال المدينة وبعمق 10 كيلومترات.")
    later = _summary(
        "وقع مركز الهزة على بعد 13 كم شمال المدينة وبعمق 10 كم.",
        "وقع مركز الهزة على بعد 20 كم شمال المدينة وبعمق 10 كم.",
    )
    assert new_sentences(later, earlier) == [1]
    # Not beside an earlier sentence about the same thing, the same number is no evidence.
    elsewhere = _summary("وأعلنت السلطات إغلاق 13 مدرسة في المدينة حتى إشعار آخر.")
    assert new_sentences(_summary(later["sentences"][0]["text"]), elsewhere) == [0]


def test_a_clause_of_its_own_is_not_known_though_the_numbers_stand_in_one_earlier_sentence():
    """A sentence whose numbers all stand in one earlier sentence tells of what that sentence told,
    but what it adds in a clause of its own (a venue, a relative clause on the scorer) is for its
    words to show, as for any sentence known in part: a quarter of each unlinked clause's words in
    version V. After a known main statement and without a figure or a new person, such a clause is
    an added detail."""
    earlier = _summary("وسجل المهاجم هدف التعادل للنجوم في الدقيقة 62 بتسديدة قوية.")
    later = _summary(
        "وسجل المهاجم هدف التعادل للنجوم في الدقيقة 62، على ملعب المدينة الأولمبي الجديد.",
        "وسجل المهاجم هدف التعادل للنجوم في الدقيقة 62، بتسديدة قوية.",
        "وسجل المهاجم، الذي انضم إلى النادي في الصيف، هدف التعادل للنجوم في الدقيقة 62.",
        "وسجل المهاجم، الذي سجل 8 أهداف هذا الموسم، هدف التعادل للنجوم في الدقيقة 62.",
        "وسجل المهاجم هدف التعادل للنجوم في الدقيقة 62، وقال وزير الرياضة سامي الحداد إن الفوز مستحق.",
    )
    assert new_sentences(later, earlier) == [0, 2, 3, 4]
    assert [i for i, _ in what_is_new(later, earlier).details] == [0]


def test_what_a_passage_adds_to_the_sentence_made_from_it_is_new():
    """A reader of version V read its sentences, not the passages the summarizer made them from:
    what such a passage adds to the printed sentence (the rain that brought the bridge down) is
    new; the passage itself, told again, and the printed fact in other words are known."""
    printed = "انهار الجسر القديم في البلدة صباح اليوم."
    grouped = "سقط جسر البلدة الأثري فجرا إثر هطول الأمطار الغزيرة."
    cause = "وكان هطول الأمطار الغزيرة قد أسقط الجسر الأثري فجرا."
    reworded = "وانهار جسر البلدة القديم صباح اليوم."
    other = "وافتتحت البلدية مدرسة جديدة في الحي الشرقي هذا الأسبوع."
    docs = [
        Document(id="a", text=f"{printed} {other}", source="أ"),
        Document(id="b", text=grouped, source="ب"),
        Document(id="c", text=f"{cause} {reworded}", source="ج"),
    ]
    own = {"doc": "a", "start": 0, "end": len(printed)}
    passage = {"doc": "b", "start": 0, "end": len(grouped)}
    earlier = {"sentences": [{"text": printed, "sources": [own, passage]}]}
    later = {
        "sentences": [
            {"text": cause, "sources": [{"doc": "c", "start": 0, "end": len(cause)}]},
            {"text": grouped, "sources": [passage]},
            {"text": reworded, "sources": [{"doc": "c", "start": len(cause) + 1, "end": len(docs[2].text)}]},
        ]
    }
    assert new_sentences(later, earlier, docs) == [0]


def test_a_year_the_earlier_summary_did_not_give_is_new_and_a_full_date_is_not():
    """A bare year tells of another time (an earlier title, an earlier quake): a fact. A day and
    month only say when, with or without their year."""
    earlier = _summary("توج المنتخب باللقب القاري عام 2024 بعد فوزه في النهائي على منافسه بهدفين لهدف.")
    later = _summary(
        "توج المنتخب باللقب القاري عام 2024 بعد فوزه على منافسه في النهائي.",  # the year given
        "توج المنتخب باللقب القاري بعد فوزه في النهائي على منافسه، كما توج به عام 2019.",  # a past title
        "توج المنتخب باللقب القاري في 11 فبراير 2024 بعد فوزه في النهائي على منافسه بهدفين لهدف.",  # when
    )
    assert new_sentences(later, earlier) == [1]


def test_a_carried_sentence_is_not_known_by_part_of_another_passage():
    """A sentence from an article version V was made from needs only part of its own words known;
    another passage of its fact group, partly known, is not enough (two approximations in a row):
    here the passage's first clause tells version V's tremor, its second what the sentence adds."""
    told = "ضربت هزة أرضية بقوة 4.8 درجات شمال المدينة مساء الثلاثاء وفق مرصد الزلازل."
    added = "وقالت الوكالة الرسمية إن السكان شعروا بها في عدة بلدات بينها السهل والوادي."
    passage = "وأوضح مرصد الزلازل أن هزة أرضية ضربت شمال المدينة، وشعر بها السكان في عدة بلدات بينها السهل والوادي."
    docs = [
        Document(id="a", text=f"{told} {added}", source="أ"),
        Document(id="b", text=passage, source="ب"),
    ]
    earlier = {
        "sentences": [{"text": told, "sources": [{"doc": "a", "start": 0, "end": len(told)}]}],
        "documents": [{"id": "a"}],
    }
    start = len(told) + 1
    later = {
        "sentences": [
            {
                "text": added,
                "sources": [{"doc": "a", "start": start, "end": start + len(added)}],
                "paraphrases": [{"doc": "b", "start": 0, "end": len(passage)}],
            }
        ]
    }
    assert new_sentences(later, earlier, docs) == [0]


def test_a_clause_that_states_what_the_earlier_summary_did_not_is_new_in_a_retold_sentence():
    """Half of a sentence's words in the earlier summary is not enough when one of its clauses,
    linked to none of the earlier summary's, holds less than half of its own words there: the
    event retold, then a record the reader never read."""
    earlier = _summary(
        "تأهل المنتخب الوطني إلى نصف نهائي كأس البطولة القارية بعد فوزه على منافسه العنيد بهدف دون رد.",
        "وسيلعب المنتخب في الدور المقبل مع الفائز من المباراة الأخرى.",
    )
    later = _summary(
        "تأهل المنتخب الوطني إلى نصف نهائي كأس البطولة القارية بعد فوزه على منافسه العنيد بهدف دون رد، "
        "ليصبح أول منتخب من الجزيرة يبلغ هذا الدور.",
        "بعد فوزه على منافسه العنيد بهدف دون رد، تأهل المنتخب الوطني إلى نصف نهائي كأس البطولة القارية.",
    )
    assert new_sentences(later, earlier) == [0]


def test_a_score_the_earlier_summary_wrote_in_words_is_known_in_digits():
    earlier = _summary("فاز فريق النجوم على فريق الأمل بهدفين مقابل هدف في نهائي الكأس على ملعب المدينة.")
    later = _summary(
        # the same score, in digits: known
        "فاز فريق النجوم على فريق الأمل بنتيجة (2-1) في نهائي الكأس على ملعب المدينة.",
        # another score: new
        "فاز فريق النجوم على فريق الأمل بنتيجة (3-1) في نهائي الكأس على ملعب المدينة.",
    )
    assert new_sentences(later, earlier) == [1]
    # "none" written in words: the 0 of "1-0"
    nil = _summary("تأهل فريق النجوم إلى النهائي بعد فوزه على فريق الأمل بهدف دون رد في نصف النهائي.")
    retold = _summary("تأهل فريق النجوم إلى النهائي بعد فوزه على فريق الأمل 1-0 في نصف النهائي.")
    assert new_sentences(retold, nil) == []
    # "for nothing" ("بهدف للاشيء"), the other way to write it
    nothing = _summary("تأهل فريق النجوم إلى النهائي بعد فوزه على فريق الأمل بهدف للاشيء في نصف النهائي.")
    assert new_sentences(retold, nothing) == []


def test_a_goalless_draw_the_earlier_summary_told_in_other_words_is_known():
    """ "التعادل السلبي" told what "دون أهداف" and "0-0" tell: the score 0-0, in words."""
    earlier = _summary("وانتهت مباراة فريق النجوم وفريق الأمل بالتعادل السلبي في افتتاح الدوري على ملعب المدينة.")
    later = _summary(
        # the same result in other words: known
        "وتعادل فريق النجوم مع فريق الأمل دون أهداف في افتتاح الدوري على ملعب المدينة.",
        # in digits: known
        "وانتهت مباراة فريق النجوم وفريق الأمل بالتعادل 0-0 في افتتاح الدوري على ملعب المدينة.",
        # another score: new
        "وانتهت مباراة فريق النجوم وفريق الأمل بالتعادل 2-2 في افتتاح الدوري على ملعب المدينة.",
    )
    assert new_sentences(later, earlier) == [2]


def test_a_match_s_result_the_earlier_summary_gave_is_a_known_main_statement():
    """A clause opening with a word of a result that gives the score an earlier sentence gave of the
    same teams is that result told again, how it names a side («خصمه») aside: what follows it is an
    added detail. Not when it tells more (it qualified), another score, or other teams."""
    earlier = _summary("وبهذا التعادل السلبي، يحصد المغرب والبرتغال نقطة لكل منهما في صدارة المجموعة الثانية.")
    later = _summary(
        "تعادل المغرب أمام خصمه البرتغالي دون أهداف، في مباراة شهدت طرد حارس المرمى.",
        "تعادل المغرب أمام البرتغال دون أهداف وتأهل إلى الدور الثاني، في مباراة شهدت طرد حارس المرمى.",
        "تعادل المغرب أمام خصمه البرتغالي 1-1، في مباراة شهدت طرد حارس المرمى.",
        "تعادلت فرنسا أمام خصمها الإنجليزي دون أهداف، في مباراة شهدت طرد حارس المرمى.",
    )
    changes = what_is_new(later, earlier)
    assert changes.new == [1, 2, 3]
    (detail,) = changes.details
    text = later["sentences"][0]["text"]
    assert detail[0] == 0 and [text[a:b] for a, b in detail[1]] == ["في مباراة شهدت طرد حارس المرمى."]


def test_a_carried_sentence_naming_the_places_an_earlier_sentence_named_together_needs_one_word():
    """A town and its province, both named together by an earlier sentence, anchor a carried
    sentence to it: one content word beyond names shared is enough (names weigh little). Another
    province is not that anchor."""
    told = "ضرب زلزال بقوة 5.9 درجات منطقة سيلفان في محافظة ديار بكر جنوب شرقي البلاد على عمق 9 كيلومترات."
    retold = "ويقع مركز الزلزال في منطقة سيلفان في محافظة ديار بكر."
    other = "ويقع مركز الزلزال في منطقة سيلفان في محافظة ماردين."
    docs = [Document(id="a", text=told, source="أ"), Document(id="b", text=f"{retold} {other}", source="ب")]
    earlier = {
        "sentences": [{"text": told, "sources": [{"doc": "a", "start": 0, "end": len(told)}]}],
        "documents": [{"id": "a"}, {"id": "b"}],
    }
    start = len(retold) + 1
    later = {
        "sentences": [
            {"text": retold, "sources": [{"doc": "b", "start": 0, "end": len(retold)}]},
            {"text": other, "sources": [{"doc": "b", "start": start, "end": start + len(other)}]},
        ]
    }
    assert new_sentences(later, earlier, docs) == [1]


def test_a_verb_with_or_without_its_imperfect_prefix_is_one_word():
    """ "يضرب" and "ضرب" are one verb (the stemmer keeps the imperfect prefix): the retold sentence
    is known; one telling what the storm did besides is new."""
    earlier = _summary("ويرى الخبراء أن الإعصار يضرب الساحل الجنوبي منذ مساء أمس.", "وأغلقت المدارس في المدن الساحلية.")
    later = _summary(
        "وضرب الإعصار الساحل الجنوبي.",
        "وأغرق الإعصار القرى الزراعية على الساحل الجنوبي.",
    )
    assert new_sentences(later, earlier) == [1]


def test_a_reworded_repeat_with_synonyms_is_known_and_an_added_clause_is_new():
    """Words of one synonym group (resources/ar/synonyms.txt) say one thing: "انتصر على خصمه" for
    "فاز على منافسه"."""
    earlier = _summary(
        "وفاز فريق النجوم على منافسه التقليدي في مباراة مثيرة.", "وأعلن المدرب تشكيلة الفريق قبل المباراة."
    )
    later = _summary(
        "وانتصر فريق النجوم على خصمه التقليدي.",
        "وانتصر فريق النجوم على خصمه التقليدي، ليتصدر جدول الترتيب للمرة الأولى منذ سنوات.",
    )
    assert new_sentences(later, earlier) == [1]


def test_a_changed_figure_in_a_reworded_repeat_is_new():
    """Synonyms make the wording known, not the value: a toll that rose is news ("زادت الحصيلة إلى
    95 قتيلا" after "ارتفع عدد القتلى إلى 62")."""
    earlier = _summary("وارتفع عدد القتلى جراء السيول في الوادي إلى 62 قتيلا بحسب الدفاع المدني.")
    later = _summary(
        "وزادت حصيلة القتلى جراء الفيضانات في الوادي إلى 62 قتيلا.",
        "وزادت حصيلة القتلى جراء الفيضانات في الوادي إلى 95 قتيلا.",
    )
    assert new_sentences(later, earlier) == [1]


def test_a_repeat_spread_over_two_earlier_sentences_is_known():
    """What two earlier sentences told, one later sentence telling both is no news; a clause neither
    told is."""
    earlier = _summary(
        "وأصدرت هيئة الأرصاد تحذيرا من أمواج عاتية على طول الساحل الغربي للجزيرة.",
        "ووصلت الأمواج العاتية إلى مرفأ القرية البيضاء وميناء الصيادين.",
    )
    later = _summary(
        "وأصدرت هيئة الأرصاد تحذيرا من أمواج عاتية وصلت إلى مرفأ القرية البيضاء وميناء الصيادين.",
        "وأصدرت هيئة الأرصاد تحذيرا من أمواج عاتية، في أول تحذير من نوعه منذ إنشاء المرصد الساحلي.",
    )
    assert new_sentences(later, earlier) == [1]


def test_a_number_the_earlier_summary_wrote_in_words_is_known_in_digits():
    earlier = _summary("وكانت الحافلة تقل 40 تلميذا وثلاثة من المعلمين عندما انزلقت عن الطريق الجبلي.")
    later = _summary(
        "انزلقت الحافلة عن الطريق الجبلي وعلى متنها 40 تلميذا و3 من المعلمين.",  # "ثلاثة" in digits
        "انزلقت الحافلة عن الطريق الجبلي وعلى متنها 40 تلميذا و5 من المعلمين.",  # another number
    )
    assert new_sentences(later, earlier) == [1]


def test_each_synonym_group_has_two_words_or_more_and_no_word_is_in_two():
    from khulasa.link.keys import synonym_groups as _synonym_groups

    groups = _synonym_groups()
    assert groups and all(len(g) >= 2 for g in groups)
    words = [w for g in groups for w in g]
    assert len(words) == len(set(words))


def test_a_verb_for_its_verbal_noun_and_a_dual_with_its_article_are_the_words_told():
    """ "والسدان انهارا" retells "انهيار سدين": the verb for its verbal noun ("انهار"/"انهيار"), a
    dual with the article the stemmer leaves on a short word ("السدان": "السد") and one without it
    whose ending the stemmer leaves ("سدين"); each is one word with the form the story writes
    ("سد"). Another thing that collapsed is new. Without any one of the three cuts the retold
    sentence shares one content word with the earlier one, and is marked new."""
    earlier = _summary("وقال الوزير إن السيول التي اجتاحت المدينة ناجمة عن انهيار سدين على الوادي.")
    later = _summary(
        "والسدان انهارا ليلا.",
        "والجسران انهارا ليلا.",
        "وتفقد المهندسون سد البلدة الجديد.",  # the story writes the noun bare too
    )
    assert new_sentences(later, earlier) == [1, 2]


def test_the_shorter_forms_a_word_is_compared_by():
    from khulasa.link.keys import verb_of_noun as _verb_of_noun
    from khulasa.link.keys import without_article as _without_article
    from khulasa.link.keys import without_number_ending as _without_number_ending

    # The verbal nouns of the derived forms whose past begins with alif, after normalization.
    assert _verb_of_noun("انفجار") == "انفجر"
    assert _verb_of_noun("اتفاق") == "اتفق"
    assert _verb_of_noun("استقبال") == "استقبل"
    assert _verb_of_noun("اعلان") == "اعلن"
    assert _verb_of_noun("انهيار") == "انهار"  # a hollow root: "يا" for the verb's "ا"
    assert _verb_of_noun("امام") is None  # four letters: no derived form to tell
    assert _verb_of_noun("قتال") is None  # no alif to begin with
    assert _without_number_ending("سدين") == "سد"
    assert _without_number_ending("سدان") == "سد"
    assert _without_number_ending("دين") is None
    assert _without_article("السد") == "سد"
    assert _without_article("الف") is None


def test_a_feminine_ending_left_before_a_pronoun_is_the_noun_alone_when_the_story_writes_it():
    from khulasa.link.keys import WordKeys, open_feminine_ending

    assert open_feminine_ending("قوت") == "قوه"  # "قوتها": "قوة"
    assert open_feminine_ending("قد") is None
    keys = WordKeys({"قوه", "قوت", "وقت"}, set(), {})
    assert keys.key("قوت") == "قوه"
    assert keys.key("وقت") == "وقت"  # the story writes no "وقه"


# --- new or an added detail (``what_is_new``) ----------------------------------------------------

WARNING = "وأصدرت هيئة الأرصاد الجوية تحذيرات من موجات مد عاتية على طول الساحل الغربي للبلاد"
ADDED = "في أول تحذيرات كبيرة تصدرها الهيئة منذ الزلزال المدمر قبل عقد من الزمن"


def test_a_known_main_statement_with_a_clause_it_did_not_state_is_an_added_detail():
    earlier = _summary(f"{WARNING}.")
    text = f"{WARNING}، {ADDED}."
    changes = what_is_new(_summary(text), earlier)
    assert changes.new == []
    ((sentence, spans),) = changes.details
    assert sentence == 0
    assert [text[a:b] for a, b in spans] == [f"{ADDED}."]
    # The fact-level rule still finds it: the reader did not know all of it.
    assert new_sentences(_summary(text), earlier) == [0]


def test_a_main_statement_the_earlier_summary_did_not_make_is_new_whatever_follows():
    earlier = _summary(f"{WARNING}.")
    text = f"وأعلنت السلطات إخلاء القرى الساحلية المهددة بالأمواج على عجل، {ADDED}."
    assert what_is_new(_summary(text), earlier) == Changes(new=[0])
    # Told the other way round, the known warning after the news: new too.
    assert what_is_new(_summary(f"{ADDED}، {WARNING}."), earlier) == Changes(new=[0])


def test_a_changed_figure_in_a_known_sentence_is_new_and_a_figure_of_another_quantity_is_a_detail():
    earlier = _summary("ارتفعت حصيلة ضحايا الفيضانات في مدينة الساحل الشرقي إلى 62 قتيلا مساء الثلاثاء.")
    rose = "ارتفعت حصيلة ضحايا الفيضانات في مدينة الساحل الشرقي مساء الثلاثاء، ليبلغ عدد القتلى 95 قتيلا."
    assert what_is_new(_summary(rose), earlier) == Changes(new=[0])
    crowd = (
        "ارتفعت حصيلة ضحايا الفيضانات في مدينة الساحل الشرقي إلى 62 قتيلا مساء الثلاثاء، "
        "فيما غمرت المياه أكثر من 300 منزل في الأحياء المنخفضة."
    )
    changes = what_is_new(_summary(crowd), earlier)
    assert changes.new == [] and [crowd[a:b] for a, b in changes.details[0][1]] == [
        "فيما غمرت المياه أكثر من 300 منزل في الأحياء المنخفضة."
    ]


def test_a_toll_the_earlier_summary_never_gave_is_new_even_in_a_later_clause():
    earlier = _summary("ضرب زلزال قوي منطقة جبال الريف في شمال البلاد فجر الاثنين.")
    text = "ضرب زلزال قوي منطقة جبال الريف في شمال البلاد فجر الاثنين، وأسفر عن مقتل 14 شخصا في القرى الجبلية."
    assert what_is_new(_summary(text), earlier).new == [0]
    # Without a toll, what the clause adds is a detail.
    text = "ضرب زلزال قوي منطقة جبال الريف في شمال البلاد فجر الاثنين، وأسفر عن انهيار منازل طينية في القرى الجبلية."
    assert what_is_new(_summary(text), earlier).new == []


def test_a_quotation_opened_after_the_verb_belongs_to_the_main_statement():
    earlier = _summary("وأدان البيان الختامي للقمة العربية في العاصمة الاعتداءات الأخيرة بأشد العبارات.")
    # The sentence's first clause ("the summit's final statement condemned") is known, but what it
    # condemned is the quotation that follows: the main statement is news.
    text = "وأدان البيان الختامي للقمة العربية في العاصمة «الهجمات المتكررة على المدنيين في المدن الحدودية»."
    assert what_is_new(_summary(text), earlier).new == [0]


def test_changes_as_json():
    changes = Changes(new=[2], details=[(0, [(10, 24), (30, 41)])], why=[(2, "changed", "95 قتيلا")])
    assert changes.to_dict() == {
        "new": [2],
        "details": [{"sentence": 0, "spans": [[10, 24], [30, 41]]}],
        "why": [{"sentence": 2, "kind": "changed", "text": "95 قتيلا"}],
    }


def test_clause_spans_are_the_clauses_split_clauses_finds():
    analyzer = Analyzer(stem=True)
    text = f"وقال المتحدث باسم الهيئة: {WARNING}، {ADDED}، مؤكدا أن «الوضع تحت السيطرة»."
    spans = split_clause_spans(text, analyzer)
    assert [c for c, _ in spans] == split_clauses(text, analyzer)
    # The lead-in joins the clause after it; a piece too short to stand alone joins the one before.
    assert [text[a:b] for _, (a, b) in spans] == [
        f"وقال المتحدث باسم الهيئة: {WARNING}",
        f"{ADDED}، مؤكدا أن «الوضع تحت السيطرة",
    ]


def test_what_a_speaker_said_is_read_whole_as_the_main_statement():
    said = f"وقال المتحدث باسم الهيئة العامة للأرصاد: {WARNING[1:]}"
    # A first clause that holds a reporting verb without the أن/إن that opens what was said (who
    # said it, here with the start of what) takes the next clause into the main statement: what the
    # speaker went on to say is not known, so the sentence is new, not a detail.
    assert what_is_new(_summary(f"{said}، {ADDED}."), _summary(f"{said}.")) == Changes(new=[0])
    # Without the reporting verb, the same known statement with the clause added is a detail.
    assert what_is_new(_summary(f"{WARNING}، {ADDED}."), _summary(f"{WARNING}.")).details


CUT = 'وافقت دول تحالف "النفط الكبير" على خفض الإنتاج بمقدار مليوني برميل يوميا رغم الضغوط الأمريكية الشديدة'
LARGE_CUT = "على خفض كبير في الإنتاج بمقدار مليوني برميل يوميا"


def test_a_quoted_name_does_not_end_the_main_statement():
    earlier = _summary(f"{CUT}.")
    # The first clause as split ends at the name's closing quotation mark ("the countries of the
    # alliance "…" agreed"): the statement goes on after it, and what follows there (the meeting in
    # the capital) is not known, so the sentence is new, not a known statement with a detail.
    text = (
        'ووافقت دول تحالف "النفط الكبير" الذي يضم منتجين من خارج المنظمة خلال اجتماعها أمس في '
        f"العاصمة النمساوية، {LARGE_CUT}."
    )
    assert what_is_new(_summary(text), earlier) == Changes(new=[0])
    # A comma after the quotation mark ends the clause: the known statement, then a detail.
    detail = f'وافقت دول تحالف "النفط الكبير" {LARGE_CUT}، وذلك خلال اجتماع وزاري عقد أمس في العاصمة النمساوية.'
    changes = what_is_new(_summary(detail), earlier)
    assert changes.new == [] and changes.details


AGREED = "اتفق البلدان على استئناف العلاقات الدبلوماسية بينهما وإعادة فتح السفارتين خلال مدة أقصاها شهرين"


def test_a_person_the_earlier_summary_never_named_is_news_even_in_a_later_clause():
    earlier = _summary(f"{AGREED}.")
    text = f"{AGREED}، وذلك عبر مبادرة كريمة من الرئيس الصيني شي جين بينغ."
    assert what_is_new(_summary(text), earlier) == Changes(new=[0])
    # The same clause without a person: a detail.
    changes = what_is_new(_summary(f"{AGREED}، وذلك عبر مبادرة كريمة من الوسطاء في العاصمة الصينية."), earlier)
    assert changes.new == [] and changes.details


def test_an_ordinal_the_earlier_summary_did_not_write_is_new():
    won = "فاز الرئيس الحالي بالانتخابات الرئاسية وبولاية أخرى بعد منافسة شديدة مع زعيم المعارضة."
    later = _summary(
        # a third term: news, though every other word was the earlier summary's
        "فاز الرئيس الحالي بالانتخابات الرئاسية وبولاية ثالثة بعد منافسة شديدة مع زعيم المعارضة.",
        # "second" (a round, a half, a leg) is left out: the same win told again.
        "فاز الرئيس الحالي بالانتخابات الرئاسية في جولتها الثانية بعد منافسة شديدة مع زعيم المعارضة.",
    )
    assert new_sentences(later, _summary(won)) == [0]
    # The earlier summary wrote the third term: known.
    assert new_sentences(later, _summary(won, "وبذلك يبقى الرئيس في منصبه لولاية ثالثة.")) == []


def test_an_ordinal_as_an_adverb_is_the_same_place():
    # "جاء ثالثًا" (came third) gives the place "احتل المركز الثالث" gives: the same result again.
    earlier = _summary("وجاء مرشح الحزب المعارض ثالثًا في الانتخابات الرئاسية بنسبة 2.16 بالمئة من الأصوات.")
    again = _summary("واحتل مرشح الحزب المعارض المركز الثالث في الانتخابات الرئاسية بنسبة 2.16 بالمئة.")
    assert new_sentences(again, earlier) == []
    # Another place is news.
    fourth = _summary("واحتل مرشح الحزب المعارض المركز الرابع في الانتخابات الرئاسية بنسبة 2.16 بالمئة.")
    assert new_sentences(fourth, earlier) == [0]


TOLL = "وأسفر الزلزال عن مقتل 632 شخصا في أقاليم الحوز ومراكش وورزازات وأزيلال."


def test_a_place_named_for_another_thing_does_not_say_where_this_one_happened():
    later = _summary("وحدد البيان الرسمي مركز الزلزال في إقليم الحوز جنوب غرب مدينة مراكش.")
    # The earlier summary named Marrakesh among the provinces of the toll, not where the epicentre was.
    epicentre = "وحدد البيان الرسمي مركز الزلزال في قرية إيغيل بإقليم الحوز جنوب البلاد."
    assert new_sentences(later, _summary(TOLL, epicentre)) == [0]
    # Named where it told the epicentre (and the direction from it given): known.
    near = "وحدد البيان الرسمي مركز الزلزال في قرية إيغيل بإقليم الحوز جنوب غربي مدينة مراكش."
    assert new_sentences(later, _summary(TOLL, near)) == []


def test_a_fire_told_in_other_words_is_known():
    """ "وشب حريق في المستودع" retells "احترق المستودع": burned and a fire are one synonym group
    (``resources/ar/synonyms.txt``); a fire somewhere else is new. Without the group the retelling
    shares only the building with the earlier sentence, and is marked new."""
    earlier = _summary("احترق المستودع بالكامل بعد منتصف الليل.")
    later = _summary("وشب حريق هائل في المستودع.", "وشب حريق هائل في المدرسة.")
    assert new_sentences(later, earlier) == [1]


def test_in_a_crash_the_flames_are_the_fire_elsewhere_gunfire_is_no_fire():
    """In a story of a crash (most of its sentences open with a crash's words), "اندلعت النيران في
    الطائرة" is the fire "احترقت الطائرة" told (``resources/ar/synonyms_by_kind.txt``); in a story
    of an attack "النيران" is gunfire, and the building burning is news."""
    crash = _summary(
        "تحطمت طائرة ركاب على المدرج بعد تصادم مع طائرة أخرى.",
        "واندلعت النيران في الطائرة على المدرج بعد التصادم.",
    )
    assert new_sentences(_summary("واحترقت الطائرة على المدرج بالكامل."), crash) == []
    attack = _summary(
        "شن مسلحون هجوما على مبنى البلدية صباح اليوم.",
        "وأطلق المسلحون النيران على حراس المبنى بعد الهجوم.",
    )
    assert new_sentences(_summary("واحترق المبنى بعد الهجوم بالكامل."), attack) == [0]


def test_a_year_that_names_a_competitions_edition_is_no_other_time():
    """ "كأس القارات 2031" names the cup the earlier summary named as "كأس القارات بالمدينة": the year
    is its edition, not another time; a year on its own ("عام 2019") stays news, and so does the
    edition year of a cup the earlier summary named with another year."""
    earlier = _summary(
        "تأهل فريق النجوم إلى نهائي كأس القارات بالمدينة بفوزه على فريق الأمل بهدفين دون رد.",
        "وكان فريق النجوم قد خسر أمام فريق الأمل في دور المجموعات.",
    )
    edition = "بلغ فريق النجوم نهائي كأس القارات 2031 بفوزه على فريق الأمل بهدفين دون رد."
    assert new_sentences(_summary(edition), earlier) == []
    on_its_own = "بلغ فريق النجوم نهائي كأس القارات بفوزه على فريق الأمل عام 2019 بهدفين دون رد."
    assert new_sentences(_summary(on_its_own), earlier) == [0]
    other_edition = _summary("تأهل فريق النجوم إلى نهائي كأس القارات 2027 بالمدينة بفوزه على فريق الأمل بهدفين دون رد.")
    assert new_sentences(_summary(edition), other_edition) == [0]
    # Behind a proclitic, after another competition's word: the same cup.
    crowned = _summary("توج فريق النجوم بكأس القارات بالمدينة بفوزه على فريق الأمل بهدفين دون رد.")
    again = "وتوج فريق النجوم ببطولة كأس القارات 2031 بفوزه على فريق الأمل بهدفين دون رد."
    assert new_sentences(_summary(again), crowned) == []


def test_the_edition_most_outlets_name_is_the_storys_own_even_if_the_earlier_summary_never_named_it():
    """ "في إطار كأس القارات 2031" when most of the story's outlets write "كأس القارات 2031": the year
    names the edition the story is about, though the earlier summary never named the cup (a
    match's first summary seldom does). Another edition ("كأس القارات 2027") stays news."""
    earlier = _summary("تعادل فريق النجوم مع فريق الأمل دون أهداف في مباراة الجولة الأولى بالمدينة.")
    docs = [
        Document(f"d{i}", f"تعادل فريق النجوم مع فريق الأمل ضمن كأس القارات 2031 {tail}.", source=f"outlet{i}.com")
        for i, tail in enumerate(["دون أهداف", "سلبيا", "في الجولة الأولى"])
    ]
    told = "وتعادل فريق النجوم مع فريق الأمل دون أهداف في الجولة الأولى من كأس القارات 2031 بالمدينة."
    assert new_sentences(_summary(told), earlier, docs) == []
    assert new_sentences(_summary(told), earlier) == [0]  # no articles: whose edition is unknown
    other = "وكان فريق النجوم قد تعادل مع فريق الأمل دون أهداف في الجولة الأولى من كأس القارات 2027 بالمدينة."
    assert new_sentences(_summary(other), earlier, docs) == [0]


def test_a_short_main_statement_before_a_subordinate_clause_is_known_and_the_clause_is_a_detail():
    """ "واحترقت بعد أن انقلبت …": the main statement ends before "بعد أن" (``resources/ar/
    subordinators.txt``); one word, too few to link, it is known when a clause of the earlier
    summary holds it, and the subordinate clause is the added detail. A main statement the earlier
    summary did not make stays new."""
    earlier = _summary(
        "انقلبت حافلة ركاب على الطريق السريع شمال المدينة صباح اليوم.",
        "واحترقت الحافلة بالكامل على الطريق السريع بعد الحادث.",
    )
    text = "واحترقت بعد أن اصطدمت عجلتها الأمامية بحاجز الجسر الحديدي."
    changes = what_is_new(_summary(text), earlier)
    assert changes.new == []
    assert changes.details == [(0, [(text.index("بعد أن"), len(text))])]
    other = "وانفجرت بعد أن اصطدمت عجلتها الأمامية بحاجز الجسر الحديدي."
    assert what_is_new(_summary(other), earlier).new == [0]


def test_an_addition_to_a_known_main_statement_is_a_detail():
    """وقد صادق على الميثاق وزراء خارجية الدول الأعضاء، إضافة إلى الأردن، …": the main statement
    (the ministers ratified the charter) ends before "إضافة إلى" (``resources/ar/subordinators.txt``);
    who else ratified it is a detail, though the earlier summary never named that country (a place
    in the main statement that it never named would make the sentence new)."""
    earlier = _summary(
        "صادق وزراء خارجية الدول الأعضاء في الرابطة خلال اجتماعهم أمس، على ميثاق التعاون الإقليمي الجديد."
    )
    text = "وقد صادق على الميثاق وزراء خارجية الدول الأعضاء، إضافة إلى الأردن، وسط خلافات حادة حول بنود الموازنة."
    changes = what_is_new(_summary(text), earlier)
    assert changes.new == []
    spans = [text[a:b] for a, b in changes.details[0][1]]
    assert spans[0] == "إضافة إلى الأردن"


def test_a_known_toll_told_again_with_a_clause_of_its_own_is_not_known():
    """A sentence that gives the earlier summary's toll again is that fact told again
    (``claims.restates``) only when its other clauses are known too, or say who said it: "…،
    مشيرا إلى أن هناك تقارير عن مصابين في بلدتين مجاورتين" is news."""
    earlier = _summary("ارتفعت حصيلة قتلى انهيار المبنى السكني في وسط المدينة إلى 7 أشخاص على الأقل.")
    again = "وقال الدفاع المدني، ارتفعت حصيلة قتلى انهيار المبنى إلى 7 أشخاص."
    assert new_sentences(_summary(again), earlier) == []
    # Who said it, in a clause of its own: no fact of its own.
    said = (
        "وكان أفاد الدفاع المدني في المدينة، قال في وقت سابق من اليوم، أن حصيلة قتلى انهيار المبنى ارتفعت إلى 7 أشخاص."
    )
    assert new_sentences(_summary(said), earlier) == []
    more = (
        "وارتفعت حصيلة قتلى انهيار المبنى إلى 7 أشخاص، مشيرا إلى أن هناك تقارير تفيد بوجود مصابين في بلدتين مجاورتين."
    )
    assert new_sentences(_summary(more), earlier) == [0]


def test_a_time_of_day_is_left_out_as_a_date_is():
    """ "الساعة 9:45 مساء" says when, like a date: its numbers need not have been given and its
    words are no part of the statement (``extract.figures.clock_times``). Digits around a colon
    with no hour word or part of the day ("في 9:45") may be a score: still numbers to give; and a
    count beside a time is a figure as before."""
    earlier = _summary(
        "اندلع حريق كبير في مستودع للأخشاب في الميناء التجاري للمدينة مساء الأحد، وفق مقاطع مصورة.",
        "وقال الدفاع المدني إن فرق الإطفاء تعمل على إخماد النيران.",
    )
    timed = "واندلع الحريق في مستودع الأخشاب بالميناء التجاري للمدينة الساعة 9:45 مساء."
    assert new_sentences(_summary(timed), earlier) == []
    bare = "واندلع الحريق في مستودع الأخشاب بالميناء التجاري للمدينة في 9:45."
    assert new_sentences(_summary(bare), earlier) == [0]
    counted = "واندلع الحريق في مستودع الأخشاب بالميناء التجاري للمدينة الساعة 9:45 مساء وأصيب فيه 45 عاملا."
    assert what_is_new(_summary(counted), earlier).new == [0]


def test_clock_times_are_digits_around_a_colon_with_the_hour_word_or_a_part_of_the_day():
    text = "بدأ الاجتماع الساعة 6:30 مساء وانتهى عند 8:15 صباحا، وبالساعة 10:05 أعلنت النتيجة 2:1."
    assert [text[a:b] for a, b in clock_times(text)] == ["الساعة 6:30 مساء", "8:15 صباحا", "وبالساعة 10:05"]


def test_footage_that_showed_is_a_lead_in_joined_to_what_it_showed():
    """ "وأظهرت مقاطع فيديو بثتها قناة محلية (القناة الأولى) الحريق يندلع …": like "قال فلان"
    (``resources/ar/footage_lead_ins.txt``), the footage says how the fact is known; its clause,
    cut at the parenthetical name, joins what it showed, which the earlier summary stated ("وفق
    مقاطع مصورة"). Footage of another thing is new."""
    earlier = _summary(
        "اندلع حريق كبير في مستودع للأخشاب في الميناء التجاري للمدينة مساء الأحد، وفق مقاطع مصورة.",
        "وقال الدفاع المدني إن فرق الإطفاء تعمل على إخماد النيران.",
    )
    shown = "وأظهرت مقاطع فيديو بثتها قناة محلية (القناة الأولى) الحريق يندلع في مستودع الأخشاب بالميناء التجاري."
    assert what_is_new(_summary(shown), earlier) == Changes()
    other = "وأظهرت مقاطع فيديو بثتها قناة محلية (القناة الأولى) سفينة صيد تغرق قرب رصيف الميناء التجاري."
    assert what_is_new(_summary(other), earlier).new == [0]


def test_a_later_clause_giving_a_figure_the_outlets_report_is_new_one_outlets_figure_a_detail():
    earlier = _summary("ارتفعت حصيلة ضحايا الفيضانات في مدينة الساحل الشرقي إلى 62 قتيلا مساء الثلاثاء.")
    text = (
        "ارتفعت حصيلة ضحايا الفيضانات في مدينة الساحل الشرقي إلى 62 قتيلا مساء الثلاثاء، "
        "فيما غمرت المياه أكثر من 300 منزل في الأحياء المنخفضة."
    )
    flood = "غمرت مياه الفيضانات {} في الأحياء المنخفضة من المدينة، وقال الدفاع المدني إن فرقه تعمل منذ الفجر."

    def outlets(*values: str) -> list[Document]:
        return [Document(id=f"d{i}", text=flood.format(v), source=f"outlet{i}") for i, v in enumerate(values)]

    # Two outlets report the 300 houses: a figure of the story, news wherever it stands.
    assert what_is_new(_summary(text), earlier, outlets("300 منزل", "نحو 300 منزل")).new == [0]
    # "326 of the seats": a number the figure reader reads as none counts too.
    seats = "فاز الحزب الحاكم بالأغلبية في البرلمان الجديد، حيث سيشغل 326 من مقاعد المجلس النيابي."
    docs = outlets("بيوتا كثيرة", "بيوتا كثيرة")
    docs += [Document(id=f"s{i}", text="وحصل الحزب الحاكم على 326 من المقاعد.", source=f"s{i}") for i in range(2)]
    known = _summary("فاز الحزب الحاكم بالأغلبية في البرلمان الجديد.")
    assert what_is_new(_summary(seats), known, docs).new == [0]
    # One outlet's figure (a crowd, earlier trips): the clause is an added detail.
    changes = what_is_new(_summary(text), earlier, outlets("300 منزل", "بيوتا كثيرة"))
    assert changes.new == [] and [i for i, _ in changes.details] == [0]
    assert what_is_new(_summary(seats), known, docs[:3]).new == []


def test_a_compound_ordinal_is_read_whole():
    summit = "واختتمت في العاصمة أعمال القمة العربية {}، بالدعوة إلى نشر قوات حفظ سلام دولية."
    # "the thirty-third summit" after "summit 33": the same number, known.
    assert new_sentences(_summary(summit.format("الثالثة والثلاثون")), _summary(summit.format("الـ33"))) == []
    # ... and "the 32nd" after "the thirty-second", in digits: known too.
    assert new_sentences(_summary(summit.format("الـ32")), _summary(summit.format("الثانية والثلاثين"))) == []
    # Another summit's number is news, and the first word's value alone ("third") is none.
    assert new_sentences(_summary(summit.format("الرابعة والثلاثون")), _summary(summit.format("الـ33"))) == [0]
    assert new_sentences(_summary(summit.format("الثالثة والثلاثون")), _summary(summit.format("الثالثة"))) == [0]
    assert new_sentences(_summary(summit.format("الحادية عشرة")), _summary(summit.format("الـ11"))) == []


LIFTOFF = "انفجرت المركبة الفضائية في الهواء بعد وقت قصير من انطلاقها من قاعدة الإطلاق في الولاية."


def test_a_phrase_of_time_before_the_statement_is_no_main_statement():
    # "Shortly after the craft exploded," says when; the statement is what follows: news.
    text = "بعد وقت قصير من انفجار المركبة الفضائية، ظهرت لقطات لحطامها متناثرا فوق جزر البحر البعيدة."
    assert what_is_new(_summary(text), _summary(LIFTOFF)) == Changes(new=[0])


def test_a_phrase_of_time_before_a_known_statement_leaves_it_known():
    said = "وولي العهد يدعو المجتمع الدولي لوقف برامج الصواريخ البالستية المهددة للسلم بالمنطقة."
    text = (
        'وخلال القمة الخليجية، دعا ولي العهد "المجتمع الدولي إلى وقف برامج الصواريخ البالستية المهددة للسلم بالمنطقة".'
    )
    docs = [Document(id="a", text=text, source="x"), Document(id="b", text=said, source="y")]
    earlier = {**_summary(said), "documents": [{"id": "a"}]}
    carried = {"sentences": [{"text": text, "sources": [{"doc": "a", "start": 0, "end": len(text)}]}]}
    assert new_sentences(carried, earlier, docs) == []
    assert new_sentences(_summary(text), earlier, docs) == []
    # A clause of time after the statement is part of what it tells (the second yellow card).
    red = "وطرد الحكم لاعب الوسط في الوقت الإضافي، بعد حصوله على البطاقة الصفراء الثانية في المباراة."
    assert new_sentences(_summary(red), _summary("وطرد الحكم لاعب الوسط في الوقت الإضافي من المباراة.")) == [0]


def test_a_carried_sentence_with_one_clause_known_is_not_known_when_its_other_clauses_are_not():
    text = (
        "وانفجرت المركبة الفضائية في الهواء بعد وقت قصير من انطلاقها، ما دفع سلطات الطيران إلى إغلاق "
        "المجال الجوي فوق الجزر المجاورة، حيث عثر الصيادون على أجزاء من الحطام قرب الشاطئ."
    )
    docs = [Document(id="a", text=text, source="x"), Document(id="b", text=LIFTOFF, source="y")]
    carried = {"sentences": [{"text": text, "sources": [{"doc": "a", "start": 0, "end": len(text)}]}]}
    # Made from an article version 1 was made from, and its first clause linked: once enough; but
    # the airspace closed and the debris found are clauses version 1 holds nothing of.
    assert new_sentences(carried, {**_summary(LIFTOFF), "documents": [{"id": "a"}]}, docs) == [0]


def test_a_phrase_of_time_opens_with_its_word_or_behind_wa_or_fa_only():
    from khulasa.desk.updates import _time_frame

    assert _time_frame("بعد وقت قصير من الانفجار")
    assert _time_frame("وخلال القمة")
    assert _time_frame("فور وصوله")
    # A verb whose letters after the first spell a time word is no phrase of time ("يبعد": is far).
    assert not _time_frame("يبعد المطار عشرين كيلومترا عن المدينة")


def test_a_quoted_name_the_splitter_cut_out_as_a_clause_is_part_of_its_phrase():
    """The clause splitter breaks at quotation marks: a quoted name of three words or more ("سد
    “قيز قلعة سي” الحدودي") stands as a clause of its own, which the earlier summary never
    stated, and a reworded repeat was new for it. With only quotation marks on either side it is a
    piece of one phrase, joined to both neighbours; a name before a new statement stays new."""
    earlier = _summary(
        "وكان الرئيس عائدا من مراسم افتتاح سد حدودي مشترك على نهر الحدود مع نظيره الأذربيجاني صباح الأحد."
    )
    repeat = "وكان الرئيس عائدا من مراسم افتتاح سد “قيز قلعة سي” الحدودي المشترك على نهر الحدود مع نظيره الأذربيجاني."
    assert new_sentences(_summary(repeat), earlier) == []
    other = "وكان الرئيس عائدا من مراسم افتتاح سد “قيز قلعة سي”، وأعلن بناء مصفاة جديدة للنفط قرب العاصمة."
    assert new_sentences(_summary(other), earlier) == [0]


def test_the_words_that_join_or_frame_a_sentence_are_no_words_it_lacks():
    """``resources/ar/function_words.txt``: the passive's light verb ("وتم تحويل مسار الطائرات"),
    "مما", a relative pronoun behind و: the stop list matches words whole and lets these through,
    and a reworded repeat lacked them (starship's "وتم تحويل مسار الطائرات في المنطقة لتجنب
    الحطام", "وتم" the rarest word of the sentence). The desk compares words without them."""
    from khulasa.desk.updates import _Known
    from khulasa.link.clauses import content_keys

    earlier = _summary("واضطرت الرحلات الجوية إلى تغيير مسارها لتجنب الحطام.")
    known = _Known(earlier["sentences"], [], [])
    analyzer = Analyzer(stem=True)
    text = "وتم تحويل مسار الطائرات مما أدى إلى تأخير الرحلات، والتي أقلعت من المطار."
    words = frozenset().union(*(c.terms for c in known._clauses(text)))
    for light in ("وتم", "مما", "والتي"):
        assert not content_keys(light, analyzer) & words
    assert {"مسار", "رحل"} <= words


def test_a_cardinal_written_in_words_is_a_number_to_give():
    """ "إلى مقتل عشرة على الأقل" after a summary that gave no toll: the figure reader reads no
    count of people there (no noun follows), and the word "عشرة" was no number the rule checked.
    A cardinal in words from ``CARDINAL_FROM`` up is a number to give, as one in digits is; the
    same number given in digits or in words is known."""
    earlier = _summary("أدى انفجار ضخم في ميناء العاصمة إلى أضرار مادية جسيمة في المباني والمرفأ.")
    toll = "أدى انفجار ضخم في ميناء العاصمة إلى مقتل عشرة على الأقل وأضرار مادية جسيمة في المباني والمرفأ."
    assert new_sentences(_summary(toll), earlier) == [0]
    told = _summary("أدى انفجار ضخم في ميناء العاصمة إلى مقتل 10 على الأقل وأضرار مادية جسيمة في المباني والمرفأ.")
    assert new_sentences(_summary(toll), told) == []


def test_a_name_written_in_latin_letters_and_in_arabic_is_one_word():
    """Outlets write a firm's or a rocket's name in Latin letters or in Arabic ("New Glenn", "نيو
    غلين"; "Blue Origin", "بلو أوريغين"): a word in Arabic letters with the consonants of one the
    story writes in Latin (``resources/ar/name_letters.txt``, three or more) is that word. A
    repeat in the other script is known; another statement about the same firm stays new."""
    earlier = _summary("أعلنت شركة Blue Origin نجاح أول إطلاق لصاروخها الثقيل New Glenn من قاعدة كيب كانافيرال.")
    repeat = "وأعلنت شركة بلو أوريغين نجاح أول إطلاق لصاروخها الثقيل نيو غلين من القاعدة."
    assert new_sentences(_summary(repeat), earlier) == []
    other = "وأعلنت شركة بلو أوريغين تأجيل إطلاق صاروخها الثاني إلى الربيع المقبل."
    assert new_sentences(_summary(other), earlier) == [0]


def test_a_place_in_who_said_it_is_the_speakers_not_where_it_happened():
    """A place version V named is known only where version V told the same thing (the places
    test); "the national geophysics institute in Morocco reported, earlier today," names where the
    speaker is, not where the quake struck. The places and names of a lead-in clause (a reporting
    verb without the أن that opens what was said) are left out of that test and of a restated
    fact's names; the same place in the statement is still checked."""
    earlier = _summary(
        "وأعلنت الحكومة في المغرب الحداد الوطني لثلاثة أيام.",
        "وبلغت شدة الهزة التي ضربت إقليم الحوز 7 درجات على مقياس ريختر.",
    )
    said = (
        "وكان أفاد المعهد الوطني للجيوفيزياء في المغرب، قال في وقت سابق من اليوم، "
        "أنه تم تسجيل زلزال بقوة 7 درجات على مقياس ريختر بإقليم الحوز."
    )
    assert new_sentences(_summary(said), earlier) == []
    # The same place in the statement: version V told the strength of Al Haouz, not of Morocco.
    placed = (
        "وكان أفاد المعهد الوطني للجيوفيزياء، قال في وقت سابق من اليوم، "
        "أنه تم تسجيل زلزال بقوة 7 درجات على مقياس ريختر بإقليم الحوز في المغرب."
    )
    assert new_sentences(_summary(placed), earlier) == [0]


def test_a_number_an_earlier_sentence_wrote_without_a_figure_is_given():
    """ "في الدقيقة (42)": the figure reader reads no minute in brackets, so "في الدقيقة 42" was a
    figure the earlier summary never gave, though its reader saw the number in a sentence about
    the same goal. A figure with no bound whose written number an earlier sentence about the same
    thing (two content words shared) wrote where no figure was read is given; another number is
    not, nor the same number in a sentence about another thing."""
    earlier = _summary("وجاء هدف الفوز عن طريق المهاجم يوسف من كرة رأسية رائعة في الدقيقة (42) من المباراة.")
    repeat = "وسجل المهاجم يوسف هدف الفوز برأسه في الدقيقة 42 من المباراة."
    assert new_sentences(_summary(repeat), earlier) == []
    other = "وسجل المهاجم يوسف هدف الفوز برأسه في الدقيقة 44 من المباراة."
    assert new_sentences(_summary(other), earlier) == [0]
    elsewhere = "وأصيب 42 مشجعا في تدافع عند بوابات الملعب قبل انطلاق اللقاء."
    assert new_sentences(_summary(elsewhere), earlier) == [0]


def test_a_direction_from_a_place_the_earlier_summary_did_not_give_is_news():
    """ "The epicentre was set in Al Haouz, south-west of Marrakesh" after "in Al Haouz, in
    Marrakesh": no word, number or name told it apart, but where a thing happened, told from a
    named place, is a fact to give (``resources/ar/directions.txt``). The same direction given
    (an adjective's form too) is known; a direction that begins a place's name is none."""
    earlier = _summary("وحدد مركز الزلزال في قرية إيجيل بإقليم الحوز بمدينة مراكش وفق المعهد الوطني.")
    placed = "وحدد مركز الزلزال في إقليم الحوز جنوب غرب مدينة مراكش."
    assert new_sentences(_summary(placed), earlier) == [0]
    told = _summary("وحدد مركز الزلزال في قرية إيجيل بإقليم الحوز، جنوب غربي مدينة مراكش، وفق المعهد الوطني.")
    assert new_sentences(_summary(placed), told) == []
    from khulasa.desk.updates import _directions
    from khulasa.extract.claims import claims_of

    named = "تحطمت طائرة صغيرة في ولاية الوحدة بجنوب السودان."
    assert _directions(named, claims_of(named)) == frozenset()


def test_each_new_sentence_says_why_it_is_new():
    """An editor sees why the rule marked a sentence new (``Changes.why``): the first thing it
    gives that the earlier summary did not: another value of a figure it gave, a figure or a
    number it never gave, a person it never named, a direction from a place; else its statement."""
    earlier = _summary(
        "وارتفع عدد القتلى إلى 62 شخصا في الفيضانات التي ضربت المدينة الساحلية.",
        "وقال الوزير خالد العمري إن فرق الإنقاذ تواصل عملها في الأحياء المنكوبة.",
        "وحدد مركز الزلزال في قرية إيجيل بمدينة مراكش.",
    )
    later = _summary(
        "وارتفع عدد القتلى إلى 95 شخصا في الفيضانات التي ضربت المدينة الساحلية.",
        "ووقع الزلزال على بعد 30 كيلومترا من المدينة الساحلية.",
        "وهذه هي القمة الخامسة للمجموعة في المدينة الساحلية.",
        "وقال الرئيس سامي الحداد إن فرق الإنقاذ تواصل عملها في الأحياء المنكوبة.",
        "وحدد مركز الزلزال جنوب غرب مدينة مراكش.",
        "وافتتحت البلدية مدرسة جديدة في الحي الشرقي.",
    )
    changes = what_is_new(later, earlier)
    assert changes.new == [0, 1, 2, 3, 4, 5]
    kinds = {i: (kind, what) for i, kind, what in changes.why}
    assert kinds[0] == ("changed", "95 شخصا")
    assert kinds[1] == ("figure", "30 كيلومترا")
    assert kinds[2] == ("number", "5")
    assert kinds[3][0] == "person" and kinds[3][1] in "سامي الحداد"
    assert kinds[4] == ("direction", "جنوب غرب مراكش")
    assert kinds[5] == ("statement", "")


def test_a_name_spelled_with_or_without_its_long_vowels_is_one_person():
    """ "بوتن" and "بوتين": four letters, too short for the likeness of spellings, and a person the
    earlier summary never named was news. The same letters once the long vowels (ا و ي) after the
    first are left out, three or more, are one name; another name with other letters is not."""
    earlier = _summary("وصل الرئيس الروسي فلاديمير بوتين إلى العاصمة الصينية في زيارة دولة تستغرق يومين.")
    repeat = "ووصل الرئيس الروسي فلاديمير بوتن إلى العاصمة الصينية في زيارة دولة تستغرق يومين."
    assert new_sentences(_summary(repeat), earlier) == []
    other = "ووصل الرئيس الروسي ديمتري بوليانسكي إلى العاصمة الصينية في زيارة دولة تستغرق يومين."
    assert new_sentences(_summary(other), earlier) == [0]


def test_already_is_no_word_a_reworded_repeat_lacks():
    """ "بالفعل" (already, indeed) says how the speaker holds the fact, not the fact: the stop list
    matches words whole and let it through as a content word, weighing as much as the clause's
    statement ("التي تصارع بالفعل خطر الفيضانات", a carried clause a word short of a quarter of
    its words in the earlier summary). It is a word that frames a sentence (``function_words.txt``)."""
    from khulasa.desk.updates import _Known
    from khulasa.link.clauses import content_keys

    earlier = _summary("وتهدد الفيضانات والانهيارات الجزيرة كلها.")
    known = _Known(earlier["sentences"], [], [])
    text = "والجزيرة تصارع بالفعل خطر الفيضانات والانهيارات."
    words = frozenset().union(*(c.terms for c in known._clauses(text)))
    assert not content_keys("بالفعل", Analyzer(stem=True)) & words
    assert content_keys("تصارع", Analyzer(stem=True)) <= words


def test_a_month_of_the_maghreb_series_makes_a_date_not_a_count():
    """Algerian and Tunisian outlets name months "جانفي … أوت" ("إلى غاية الـ 11 أوت الجاري": up to
    11 August). Not read as a month, "11" was a figure the earlier summary never gave, and a
    repeat of its statement was new for a date (dates say when, as weekdays do)."""
    from khulasa.extract.claims import claims_of

    assert [f.dimension for f in claims_of("حتى 11 أوت الجاري و5 جويلية الماضي.").figures] == ["date", "date"]
    earlier = _summary("أهدت لاعبة الجمباز أول ميدالية ذهبية لبلادها في دورة الألعاب الأولمبية.")
    repeat = "وأهدت لاعبة الجمباز يوم 4 أوت أول ميدالية ذهبية لبلادها في دورة الألعاب الأولمبية."
    assert new_sentences(_summary(repeat), earlier) == []
    other = "وأهدت لاعبة الجمباز بعد 4 محاولات أول ميدالية ذهبية لبلادها في دورة الألعاب الأولمبية."
    assert new_sentences(_summary(other), earlier) == [0]


def test_leads_to_and_the_occurrence_of_are_no_words_a_repeat_lacks():
    """ "قد يؤدي إلى هطول أمطار … وحدوث انهيارات أرضية": "leads to" links a cause to what it
    causes and "the occurrence of" is a light noun before the thing that occurs, as the passive's
    "تم" is; a repeat that wrote the rain and the landslides without them lacked two of its rarest
    words. They frame a sentence (``function_words.txt``); "أدى" without a و too, not "وأدى" (its
    key is also a valley's, "وادي")."""
    from khulasa.desk.updates import _Known
    from khulasa.link.clauses import content_keys

    analyzer = Analyzer(stem=True)
    earlier = _summary("وحذرت الوكالة من أمطار غزيرة وانهيارات أرضية.")
    known = _Known(earlier["sentences"], [], [])
    text = "وقالت الوكالة إن العاصفة قد يؤدي إلى هطول أمطار غزيرة وحدوث انهيارات أرضية."
    words = frozenset().union(*(c.terms for c in known._clauses(text)))
    for light in ("يؤدي", "وحدوث"):
        assert not content_keys(light, analyzer) & words
    assert content_keys("هطول", analyzer) <= words
    assert content_keys("وادي", analyzer) & known._clauses("وفاض وادي درنة.")[0].terms


def test_led_to_is_no_word_a_reworded_repeat_lacks():
    """ "أدى هذا التصادم إلى سقوط الطائرة في النهر" after "… اصطدام طائرة ركاب بمروحية وسقوطهما
    في النهر": "led to" links the collision to the fall, as "يؤدي" does; weighed as a content word
    (the rarest of the sentence) it kept a reworded repeat under half of its words. A repeat that
    gives a figure the earlier summary did not stays new."""
    from khulasa.link.clauses import content_keys

    analyzer = Analyzer(stem=True)
    earlier = _summary("وانتشلت فرق الإنقاذ جثثا بعد اصطدام طائرة ركاب بمروحية عسكرية وسقوطهما في نهر المدينة.")
    later = _summary(
        "أدى هذا التصادم إلى سقوط الطائرة في نهر المدينة.",
        "أدى هذا التصادم إلى سقوط الطائرة في نهر المدينة ومقتل 67 شخصا.",
    )
    assert new_sentences(later, earlier) == [1]
    assert not content_keys("أدى", analyzer) & frozenset().union(
        *(c.terms for c in _known_clauses(earlier, later["sentences"][0]["text"]))
    )


def _known_clauses(earlier: dict[str, Any], text: str) -> list[Any]:
    from khulasa.desk.updates import _Known

    return _Known(earlier["sentences"], [], [])._clauses(text)


def test_who_said_it_and_when_in_the_day_are_no_words_a_repeat_lacks():
    """ "وأكدت وزارة الدفاع أن …" frames what was said as "وقالت وزارة الدفاع إن …" does; the stop
    list holds "قالت" and "أكد" but not "وأكدت" (its stem keeps the و), nor "أثناء" (during, as
    "خلال" is) nor the part of the day before a weekday ("صباح الأحد"): each weighed as a word of
    the statement the repeat lacked (``function_words.txt``). What the repeat adds is still news: a
    figure, a person."""
    from khulasa.desk.updates import _Known
    from khulasa.link.clauses import content_keys

    analyzer = Analyzer(stem=True)
    earlier = _summary(
        "وقالت وزارة الدفاع في بيان إنه خلال عملية الإخلاء حوصر الجنود برفقة سكان القرية.",
        "واندلع الحريق في الغابة القريبة من القرية.",
    )
    repeat = "وأكدت وزارة الدفاع أن النيران حاصرت الجنود أثناء إجلاء سكان القرية صباح الأحد."
    words = frozenset().union(*(c.terms for c in _Known(earlier["sentences"], [], [])._clauses(repeat)))
    for frame in ("وأكدت", "أثناء", "صباح"):
        assert not content_keys(frame, analyzer) & words
    assert content_keys("حاصرت", analyzer) <= words
    assert new_sentences(_summary(repeat), earlier) == []
    for news in (
        "وأكدت وزارة الدفاع أن 12 جنديا حوصروا أثناء عملية الإخلاء برفقة سكان القرية.",
        "وأكد وزير الدفاع كمال بلعيد أن الجنود حوصروا أثناء عملية الإخلاء برفقة سكان القرية.",
    ):
        assert new_sentences(_summary(news), earlier) == [0]


def test_a_common_word_after_a_title_is_no_person_the_reader_was_not_told_of():
    """The figure reader takes the word after a title for a person ("رئيس وزراء جديد": "جديد"): a
    sentence was new, «اسم لم يرد: جديد», for a name no one has. A word the story's clause linking
    does not read as a name and that the story writes with the article ("الجديد") is no person; a
    person named once, without the article, still is."""
    docs = [
        Document(
            id="s/1",
            text="قدم رئيس الوزراء فادي منصور استقالته إلى الرئيس اليوم. وسيختار الرئيس رئيس وزراء جديد "
            "خلال أيام. ولم يعرف اسم رئيس الوزراء الجديد.",
            source="a",
        ),
        Document(
            id="s/2",
            text="سلم رئيس الوزراء فادي منصور استقالته إلى الرئيس. وقال رئيس البرلمان سامي الخطيب إن البلاد "
            "تمر بظرف دقيق.",
            source="b",
        ),
        Document(id="s/3", text="ودعا سامي الخطيب رئيس البرلمان إلى الهدوء. وقدم فادي منصور استقالته.", source="c"),
    ]
    earlier = _summary("قدم رئيس الوزراء فادي منصور استقالته إلى الرئيس اليوم.")
    later = _summary(
        "وسيختار الرئيس رئيس وزراء جديد خلال أيام.", "وقال رئيس البرلمان سامي الخطيب إن البلاد تمر بظرف دقيق."
    )
    changes = what_is_new(later, earlier, docs)
    assert changes.new == [0, 1]
    assert changes.why == [(0, "statement", ""), (1, "person", "سامي")]


def test_the_passage_a_warning_note_set_against_a_sentence_is_known_with_the_values_it_showed():
    """A summary's ⚠ note sets another outlet's passage against one of its sentences ("27 شخصا"
    against "82 شخصا"): its reader saw that passage's values, and the passage tells the sentence's
    fact. The passage told again later (an earlier, stale count) is known when each clause without
    a figure is known too; with a clause of its own, or a value the note did not show, it is new."""
    passage = {"doc": "b", "start": 0, "end": 90}
    earlier = {
        "sentences": [
            {
                "text": "ارتفع عدد ضحايا حريق المستشفى إلى 82 شخصا وإصابة 110 آخرين، حسبما أعلنت وزارة الداخلية.",
                "sources": [{"doc": "a", "start": 0, "end": 80}],
                "disputes": [
                    {"figure": "27 شخصا", "against": "82 شخصا", "passage": passage},
                    {"figure": "46 آخرون", "against": "110 آخرين", "passage": passage},
                ],
            }
        ]
    }

    def later(text: str, doc: str = "b") -> dict[str, Any]:
        return {"sentences": [{"text": text, "sources": [{**passage, "doc": doc}], "disputes": []}]}

    stale = (
        "وبحسب ما نقلته قناة فضائية عن مصادر طبية في مستشفيات قريبة، فقد لقي 27 شخصا على الأقل مصرعهم، "
        "فيما أصيب 46 آخرون جراء الانفجار."
    )
    assert new_sentences(later(stale), earlier) == []
    # Not the passage the note set against it: its words decide. The same two counts (the dead and
    # the injured, "أصيب" the injured in a fire: synonyms_by_kind.txt) with the values the note showed
    # are the sentence's fact told again; sharing too few words ("نقل" is no injury), new.
    assert new_sentences(later(stale, doc="c"), earlier) == []
    moved = stale.replace("أصيب 46 آخرون", "نقل 46 آخرون إلى المستشفيات")
    assert new_sentences(later(moved, doc="c"), earlier) == [0]
    # A value the note did not show.
    assert new_sentences(later(stale.replace("46", "64")), earlier) == [0]
    # A clause of its own.
    assert new_sentences(later(stale[:-1] + "، وامتدت النيران إلى الطابق الثاني من المبنى المجاور."), earlier) == [0]


def test_the_end_of_a_period_before_added_time_is_no_number_to_give():
    """ "(90+15)" is the 15th minute of added time, as "الدقيقة 15 من الوقت بدل الضائع" is: its 90 is
    no number the earlier summary had to write. A 90 alone stays a number."""
    from khulasa.desk.updates import _numerals

    assert _numerals("وسجل الهدفين سامي نور وكريم داود في الدقيقتين 33 و(90+4).") == {33.0, 4.0}
    assert _numerals("وأحرز هدف الفوز في الدقيقة 45 + 2 أمام 90 ألف متفرج.") == {2.0, 90.0}


def test_the_digits_of_a_code_are_no_number_to_give():
    """A code written with Latin letters ("MA-722", "NG-1", "A320") names a plane, a launch, a model,
    as a name does: its digits are no number the earlier summary had to write, and an editor told
    why a sentence is new is not told "722". Digits alone stay numbers: a score, a model number."""
    from khulasa.desk.updates import _numerals

    assert _numerals("طائرة خفر السواحل MA-722 والإطلاق NG-1 وطائرة A320 بنتيجة 2-1 وطراز 737-800") == {
        2.0,
        1.0,
        737.0,
        800.0,
    }
    earlier = _summary("اصطدمت طائرة ركاب يابانية بطائرة خفر السواحل على مدرج مطار هانيدا ولقي 5 أشخاص حتفهم.")
    later = _summary("ولا يزال خمسة من أفراد طاقم الطائرة MA-722 لخفر السواحل في عداد المفقودين.")
    changes = what_is_new(later, earlier)
    assert changes.new == [0]
    assert changes.why == [(0, "statement", "")]  # not ("number", "722")


def _docs(*summaries: list[str]) -> list[Document]:
    """Each list of sentences as one article of its own outlet (for the story's words and names)."""
    return [Document(id=f"d{i}", text=" ".join(texts), source=f"outlet{i}") for i, texts in enumerate(summaries)]


def test_a_place_told_of_by_its_adjective_is_named_where_the_same_thing_was_told():
    """ "رئيس الوزراء الكندي" tells of Canada: a later "رئيس وزراء كندا … اعتراف كندا" retells that
    sentence, though version V named Canada by its name only in another sentence (the places test
    asks for the place where version V told the same thing). A sentence telling another thing of
    the prime minister stays new."""
    earlier = [
        "وأعلن رئيس الوزراء الكندي مارك هيل اعتراف بلاده رسميا بدولة فلسطين مساء الأحد.",
        "وقالت وزيرة الخارجية إن كندا تدعم حل الدولتين في الشرق الأوسط.",
    ]
    later = [
        "أعلن رئيس وزراء كندا، مارك هيل، اعتراف كندا رسميا بدولة فلسطين مساء الأحد.",
        "وصل رئيس وزراء كندا، مارك هيل، إلى نيويورك مساء الأحد.",
    ]
    assert new_sentences(_summary(*later), _summary(*earlier), _docs(earlier, later)) == [1]


def test_places_joined_by_and_are_told_where_each_was_told_apart():
    """ "أعلنت أستراليا وكندا وبريطانيا الاعتراف …" joins three statements version V made one by one
    (Canada by its adjective, "يعترف"/"اعترف" one verb): known. When version V named one of them for
    another thing (a visit), the joined sentence tells the reader something: new."""
    later = [
        "أعلنت أستراليا وكندا وبريطانيا الاعتراف بدولة فلسطين في إطار الجهود الدولية الرامية إلى تحقيق حل الدولتين."
    ]
    australia = "اعترفت أستراليا اليوم بدولة فلسطين في إطار الجهود الدولية الرامية إلى تحقيق حل الدولتين."
    canada = "وقال رئيس الوزراء الكندي إن بلاده تعترف بدولة فلسطين."
    apart = [australia, canada, "وأعلنت بريطانيا اعترافها بدولة فلسطين مساء الأحد."]
    assert new_sentences(_summary(*later), _summary(*apart), _docs(apart, later)) == []
    elsewhere = [australia, canada, "وزار وزير خارجية بريطانيا المنطقة الأسبوع الماضي."]
    assert new_sentences(_summary(*later), _summary(*elsewhere), _docs(elsewhere, later)) == [0]


def test_an_imperfect_of_a_derived_verb_is_that_verb():
    """ "تنسحب"/"انسحبت", "ترتفع"/"ارتفعت": the imperfect of a verb whose past opens with alif is
    that verb (the shared keys cut "ي" only, and only before a word of the story). Another verb in
    the same words stays new."""
    cases = [
        (
            ["وقالت الوزارة إن الكتيبة تنسحب غدا.", "وتشهد المنطقة توترا منذ أشهر."],
            ["وانسحبت الكتيبة.", "وتقدمت الكتيبة."],
        ),
        (
            ["وقال المتحدث إن الأسعار ترتفع بسرعة في الأسواق.", "وتشهد المنطقة توترا منذ أشهر."],
            ["ارتفعت الأسعار بسرعة.", "انخفضت الأسعار بسرعة."],
        ),
    ]
    for earlier, later in cases:
        assert new_sentences(_summary(*later), _summary(*earlier), _docs(earlier, later)) == [1]


def test_an_age_is_no_other_value_of_a_term_in_years():
    """ "البالغ من العمر 70 عاما" after a five-year sentence: the age is a figure the reader was not
    given, not the term changed (both are durations in years); another term is a changed figure,
    and another age after an age too."""
    earlier = _summary("قضت المحكمة بسجن الوزير السابق خمس سنوات بعد إدانته بالفساد.")
    aged = "وقضت المحكمة بسجن الوزير السابق البالغ من العمر 70 عاما رغم نيته الطعن في الحكم."
    term = "وقضت المحكمة بسجن الوزير السابق سبع سنوات رغم نيته الطعن في الحكم."
    changes = what_is_new(_summary(aged, term), earlier)
    assert changes.new == [0, 1]
    assert [(kind, what) for _, kind, what in changes.why] == [("figure", "70 عاما"), ("changed", "سبع سنوات")]
    older = _summary("وقضت المحكمة بسجن الوزير السابق البالغ من العمر 68 عاما بعد إدانته بالفساد.")
    assert [kind for _, kind, _ in what_is_new(_summary(aged), older).why] == ["changed"]


def test_who_said_it_does_not_link_what_he_said():
    """A clause that opens with who said it and then what (after أن/إن, a colon or a quotation
    to its end) links to an earlier clause by what was said: the speaker's title and name weigh as
    names do. The same governor saying another thing is news; saying the same thing in other words
    is not; a quoted name is no quotation of what was said."""
    earlier = _summary(
        "وحث محافظ الجزيرة سمير العبدلي السكان على الحذر.",
        "وأوضح مدير الدفاع المدني أن الخسائر المادية فادحة في القرى الساحلية.",
        "وأعلن مدير الموانئ عبر قناة «الساحل» إغلاق الميناء أمام السفن.",
    )
    later = _summary(
        'وقال المحافظ سمير العبدلي "الأضرار التي نشهدها مروعة".',
        "وقال مدير الدفاع المدني إن الخسائر المادية في القرى الساحلية فادحة.",
        "وأعلن مدير الموانئ عبر قناة «الساحل» إغلاق الميناء أمام السفن الليلة.",
    )
    assert new_sentences(later, earlier) == [0]


def test_what_was_said_opens_after_who_said_it_not_at_a_quoted_name():
    from khulasa.desk.updates import _said_at

    quoted = 'وقال المحافظ سمير العبدلي "الأضرار مروعة".'
    assert quoted[_said_at(quoted, len(quoted)) or 0 :].strip() == 'الأضرار مروعة".'
    that = "وقال مدير الدفاع المدني إن الخسائر فادحة."
    assert that[_said_at(that, len(that)) or 0 :].strip() == "الخسائر فادحة."
    named = "وأعلن مدير الموانئ عبر قناة «الساحل» إغلاق الميناء."
    assert _said_at(named, len(named)) is None
    # Only in the clause: a quotation after it (its own clause) is not what this clause's speaker said.
    assert _said_at(that, that.index(" إن")) is None
    # Only after a reporting verb that opens the clause.
    told = "أغلقت السلطات الميناء وقالت إن الخسائر فادحة."
    assert _said_at(told, len(told)) is None


def test_a_word_with_and_without_its_article_is_one_word():
    """The stemmer cuts some words one way bare and another with the article ("شاحنة", "الشاحنة";
    "وفيات", "الوفيات"): one word when the story writes it bare, so the same truck is known and
    another one is not."""
    earlier = _summary("واحترقت شاحنة عسكرية قرب المعبر الحدودي.")
    later = _summary("واحترقت الشاحنة العسكرية.", "واحترقت الشاحنة المدنية.")
    assert new_sentences(later, earlier) == [1]


def test_the_share_of_ballots_counted_is_no_other_value_of_a_party_share():
    """ "With 99% of the ballots counted" after a party's 40% of the votes: a figure the reader was
    not given (new), not the party's share changed; a later count of the ballots after an earlier
    one is a changed figure."""
    earlier = _summary("وحصل الحزب الحاكم على 40% من الأصوات في الانتخابات التشريعية.")
    counted = "ومع فرز 99% من الأصوات، حصل الحزب الحاكم على 40% من الأصوات في الانتخابات التشريعية."
    changes = what_is_new(_summary(counted), earlier)
    assert changes.new == [0]
    assert [(kind, what) for _, kind, what in changes.why] == [("figure", "99%")]
    sooner = _summary("ومع فرز 90% من الأصوات، حصل الحزب الحاكم على 40% من الأصوات في الانتخابات التشريعية.")
    assert [(kind, what) for _, kind, what in what_is_new(_summary(counted), sooner).why] == [("changed", "99%")]


def test_a_duration_after_an_offset_word_says_when_and_is_no_new_figure():
    """ "وبعدها بست دقائق أضاف سالم الدوسري الهدف الثاني": six minutes after the first goal is when
    the second fell, which the earlier summary told by its minute; the same duration with no offset
    word before it is a figure the earlier summary did not give."""
    earlier = _summary(
        "وسجل صالح الشهري هدف التعادل للسعودية في الدقيقة 48 من المباراة.",
        "وأضاف سالم الدوسري الهدف الثاني للسعودية في الدقيقة 53 من المباراة.",
    )
    offset = "وبعدها بست دقائق أضاف سالم الدوسري الهدف الثاني للسعودية."
    assert new_sentences(_summary(offset), earlier) == []
    lasted = "وأضاف سالم الدوسري الهدف الثاني للسعودية بعد هجمة استمرت ست دقائق."
    assert new_sentences(_summary(lasted), earlier) == [0]


def test_a_contrast_opener_or_discourse_marker_is_no_part_of_the_statement():
    """ "على الجانب الآخر، " sets a sentence against the one before it in its article: out of it,
    it points at nothing (as "ومن جهته،"), and its words are none the reader lacks. The same words
    before another statement leave it new; the phrase before "من" with no comma names a place."""
    earlier = [
        "وجاءت ثنائية النجوم عبر المهاجم سامر والجناح خالد في الدقيقتين 48 و53.",
        "وتشهد المدينة احتفالات واسعة منذ الليلة الماضية.",
    ]
    later = [
        "على الجانب الآخر، أحرز المهاجم سامر الهدف الأول للنجوم في الدقيقة 48.",
        "على الجانب الآخر، أهدر المهاجم سامر ركلة جزاء في الدقيقة 48.",
    ]
    assert new_sentences(_summary(*later), _summary(*earlier), _docs(earlier, later)) == [1]
    assert leading_marker("وعلى الجانب الآخر، أحرز المهاجم الهدف.") == len("وعلى الجانب الآخر، ")
    assert leading_marker("من جهة أخرى أعلنت الوزارة خطة.") == len("من جهة أخرى ")
    assert leading_marker("ومن جهته، قال الوزير إن الخطة جاهزة.") == len("ومن جهته، ")
    assert leading_marker("على الجانب الآخر من الحدود، قصفت المدفعية القرى.") == 0
    assert leading_marker("أحرز المهاجم على الجانب الآخر، الهدف.") == 0


def test_a_contrast_opener_is_not_trimmed_from_a_summary_sentence():
    """The summarizer trims the discourse markers only (``resources/ar/discourse_markers.txt``): the
    contrast openers (``contrast_openers.txt``) stay in its sentences, as measured."""
    text = "على الجانب الآخر، أحرز المهاجم سامر الهدف الأول للنجوم في الدقيقة 48."
    sentence = Sentence("d", 0, 0, len(text), text)
    assert trim_marker(sentence, min_words=3) is sentence


def test_an_imperfect_and_the_verbal_noun_of_a_derived_verb_are_one_word():
    """ "تنسحب" (the imperfect) and "انسحاب" (the verbal noun) are one verb though the story never
    writes its past "انسحب", which joined each of them to it alone ("لم يحتسب" / "باحتساب ركلة
    جزاء"). Another verbal noun in the same words stays new."""
    from khulasa.link.keys import noun_of_verb

    assert noun_of_verb("احتسب") == ("احتساب",)
    assert noun_of_verb("انهار") == ("انهيار",)  # a hollow root: "يا" for the verb's "ا"
    assert noun_of_verb("كتب") == ()  # no derived form
    earlier = ["وقالت الوزارة إن الكتيبة تنسحب غدا من المدينة.", "وتشهد المنطقة توترا منذ أشهر."]
    later = ["وأكدت الوزارة انسحاب الكتيبة من المدينة.", "وأكدت الوزارة تقدم الكتيبة من المدينة."]
    assert new_sentences(_summary(*later), _summary(*earlier), _docs(earlier, later)) == [1]


def test_in_favour_of_and_anything_are_no_words_a_repeat_lacks_unless_the_story_writes_their_key():
    """ "ركلة جزاء لصالح الفريق" (in favour of: the side is the name after it) and "لم يحتسب شيئا"
    (anything: the verb and its negation say what) frame a statement (``function_words.txt``). The
    stemmer cuts "لصالح" to the key of the name "صالح": where the story writes that word bare, the
    key stays a word (a player named Saleh scored)."""
    from khulasa.desk.updates import _Known
    from khulasa.link.clauses import content_keys

    analyzer = Analyzer(stem=True)
    text = "وراجع الحكم الفيديو لاحتساب ركلة جزاء لصالح النجوم، لكنه لم يحتسب شيئا."
    earlier = _summary("وطالب فريق النجوم بركلة جزاء بعد مراجعة الفيديو.")
    known = _Known(earlier["sentences"], [], [])
    words = frozenset().union(*(c.terms for c in known._clauses(text)))
    for light in ("لصالح", "شيئا"):
        assert not content_keys(light, analyzer) & words
    named = _summary("وسجل المهاجم صالح الهدف الأول للنجوم.")
    words = frozenset().union(*(c.terms for c in _Known(named["sentences"], [], [])._clauses(text)))
    assert content_keys("لصالح", analyzer) <= words
    assert not content_keys("شيئا", analyzer) & words


def test_the_passing_of_a_time_says_when():
    """ "بعد مرور 90 دقيقة": the passing of ninety minutes says when extra time began, no figure the
    earlier summary lacked; the same duration as how long something lasted is one."""
    earlier = _summary(
        "وانتهى الوقت الأصلي بين فريق النجوم وفريق الأمل بالتعادل السلبي قبل الاحتكام للشوطين الإضافيين."
    )
    passing = "ومع استمرار التعادل السلبي بعد مرور 90 دقيقة، احتكم الفريقان للشوطين الإضافيين."
    assert [kind for _, kind, _ in what_is_new(_summary(passing), earlier).why] != ["figure"]
    lasted = "وتوقفت المباراة بين فريق النجوم وفريق الأمل 90 دقيقة بسبب الأمطار."
    assert [(kind, what) for _, kind, what in what_is_new(_summary(lasted), earlier).why] == [("figure", "90 دقيقة")]


def test_the_plain_number_a_lower_bound_gave_is_no_changed_figure():
    """ "130 injured" after "more than 130 injured" is an outlet dropping the bound; 150 is news."""
    earlier = _summary("وأعلنت السلطات المحلية إصابة أكثر من 130 شخصا في الزلزال الذي ضرب الإقليم الجبلي.")
    plain = _summary("وأفادت السلطات المحلية بإصابة 130 شخصا في الزلزال الذي ضرب الإقليم الجبلي.")
    assert new_sentences(plain, earlier) == []
    higher = _summary("وأفادت السلطات المحلية بإصابة 150 شخصا في الزلزال الذي ضرب الإقليم الجبلي.")
    assert new_sentences(higher, earlier) == [0]


def test_goals_an_earlier_sentence_listed_told_one_clause_each_are_known():
    """A list of scorers with their minutes, then the same goals told one clause each, a name spelled
    another way ("جونزالو"/"جونكالو"): known. A goal at a minute the list does not give is news, and a
    header the list never told may be (the clause is then no goal told again)."""
    earlier = _summary("وسجل ثلاثية فريق النجوم جونكالو راموس (17، 51، 67) وبيبي (33)، فيما سجل أكانجي هدف الأمل.")
    again = (
        "وتقدم فريق النجوم في الدقيقة 17 عن طريق جونزالو راموس، قبل أن يضيف المدافع بيبي الهدف الثاني في الدقيقة 33."
    )
    assert new_sentences(_summary(again), earlier) == []
    other = (
        "وتقدم فريق النجوم في الدقيقة 12 عن طريق جونزالو راموس، قبل أن يضيف المدافع بيبي الهدف الثاني في الدقيقة 33."
    )
    assert new_sentences(_summary(other), earlier) == [0]
    header = "وتقدم فريق النجوم في الدقيقة 17 بضربة رأسية من جونزالو راموس."
    assert new_sentences(_summary(header), earlier) == [0]


def test_a_side_that_outdoes_or_topples_another_in_a_match_beats_it():
    """In a match (or a vote) "تفوق على" and "أطاح بـ" are "فاز على" (``synonyms_by_kind.txt``): the
    result retold with them, praise aside ("حقق إنجازا تاريخيا"), is known. Outside a contest "أطاح"
    topples, which beats no side: new."""
    match = _summary("تفوق فريق النجوم على فريق الأمل بركلات الترجيح بعد التعادل السلبي في ربع نهائي الكأس.")
    toppled = "حقق فريق النجوم إنجازا تاريخيا بإطاحته بفريق الأمل بركلات الترجيح."
    assert new_sentences(_summary(toppled), match) == []
    assert new_sentences(_summary("أطاح فريق النجوم بفريق الأمل بركلات الترجيح."), match) == []
    unrest = _summary("تفوق الجنرال على خصومه في العاصمة بعد أسابيع من الاحتجاجات.")
    # Its words but the verb told (before names22 the sentence also held "في العاصمة" and was new only
    # because "بخصومه" was read as a person after the title "الجنرال"): new for the verb alone.
    assert new_sentences(_summary("تفوق الجنرال على خصومه."), unrest) == []
    assert new_sentences(_summary("أطاح الجنرال بخصومه."), unrest) == [0]


def test_the_injured_are_one_word_in_a_disaster():
    """In a quake, a storm, a fire, a crash or an attack "أصيبوا" and "إصابة" are the injured
    (``synonyms_by_kind.txt``): "25 others were injured" after "the injury of 25 people" is known. The
    dead are another group (new), and in a match "إصابة" is also a goal: new there."""
    quake = _summary("أسفر الزلزال الذي ضرب الإقليم فجر اليوم عن إصابة 25 شخصا وانهيار عشرات المنازل القديمة.")
    assert new_sentences(_summary("وذكرت الإذاعة المحلية أن 25 آخرين أصيبوا."), quake) == []
    assert new_sentences(_summary("وذكرت الإذاعة المحلية أن 25 آخرين لقوا حتفهم."), quake) == [0]
    match = _summary("وشهدت المباراة إصابة 25 لاعبا في الدوري هذا الموسم قبل انطلاق المباراة الافتتاحية.")
    assert new_sentences(_summary("وذكرت الإذاعة المحلية أن 25 آخرين أصيبوا."), match) == [0]


def test_who_said_it_before_what_is_left_out_of_a_restated_fact_s_names():
    """A clause that opens with who said it and then أن ("وذكر التلفزيون نقلا عن نائب عمدة فلان أن
    …"): his name is the speaker's, as in a lead-in clause, so the count told again is known though
    the earlier sentence giving it named no one of his. The same name inside what was said is not
    left out: new."""
    earlier = _summary(
        "وأكدت وكالة أنباء الصين إصابة أكثر من 40 شخصا، في حصيلة غير نهائية يرجح ارتفاعها.",
        "وضرب الزلزال مدينة سان كارلوس الجبلية فجر اليوم وشعر به سكان الدول المجاورة.",
    )
    said = "وذكر التلفزيون الرسمي نقلا عن نائب عمدة كارلوس أن 40 شخصا آخرين أصيبوا على الجانب الشرقي من الحدود."
    assert new_sentences(_summary(said), earlier) == []
    inside = "وذكر التلفزيون الرسمي أن 40 شخصا آخرين أصيبوا في منزل نائب عمدة كارلوس على الجانب الشرقي من الحدود."
    assert new_sentences(_summary(inside), earlier) == [0]


def test_goals_in_one_word_are_a_number_to_give_in_a_match():
    """ "انتصر بثلاثية نظيفة" is a 3-0 win (``goal_multiples.txt``): in a match's story a number of
    goals the earlier summary must have given (in digits, in words or so), as "ثلاثة أهداف" is. The
    winner the earlier summary told without the score: new. Outside a match "قمة ثلاثية" names a
    meeting's parties, no number to give."""
    won = _summary("فاز فريق النجوم على فريق الأمل في مباراة الإياب وتأهل إلى ربع نهائي الكأس.")
    retold = _summary("انتصر فريق النجوم بثلاثية نظيفة على فريق الأمل في مباراة الإياب وتأهل إلى ربع نهائي الكأس.")
    changes = what_is_new(retold, won)
    # Why: the score it gives, 3-0 (goals in one word and "none": a score, as the next test shows).
    assert changes.new == [0] and changes.why == [(0, "figure", "3-0")]
    scored = _summary("فاز فريق النجوم على فريق الأمل بثلاثة أهداف دون رد في مباراة الإياب وتأهل إلى ربع نهائي الكأس.")
    assert new_sentences(retold, scored) == []
    summit = _summary("اتفق قادة الدول الثلاث في القمة على تعزيز التعاون الاقتصادي بينها.")
    again = _summary("واتفق القادة في القمة الثلاثية على تعزيز التعاون الاقتصادي بين دولهم.")
    assert new_sentences(again, summit) == []


def test_a_main_statement_that_is_one_phrase_is_known_when_its_words_stand_in_one_clause():
    """Words side by side count once in linking (a fixed phrase), so a first clause that is one phrase
    ("ومع انهيار السد الجنوبي") links to no clause: it is known when its words all stand in one clause
    of the earlier summary, as a short clause is, and what follows is an added detail. Another dam:
    new."""
    earlier = _summary("وأدى انهيار السد الجنوبي إلى فيضانات واسعة في المدينة بعد العاصفة.")
    flooded = "ومع انهيار السد الجنوبي، غمرت المياه الأحياء السكنية القريبة من الميناء."
    changes = what_is_new(_summary(flooded), earlier)
    assert changes.new == [] and changes.details
    other = "ومع انهيار السد الشمالي، غمرت المياه الأحياء السكنية القريبة من الميناء."
    assert what_is_new(_summary(other), earlier).new == [0]


def test_going_on_is_no_word_the_reader_lacks():
    """ "استمرار" (going on) says how long a thing lasts, not the thing (``function_words.txt``):
    "with the goalless draw going on" is the draw the earlier summary told, and the shoot-out that
    follows an added detail. A lead going on that it never told: new."""
    earlier = _summary("وانتهى الشوطان الأصلي والإضافي بالتعادل السلبي بين فريق النجوم وفريق الأمل في نصف نهائي الكأس.")
    shootout = "ومع استمرار التعادل السلبي، احتكم الفريقان إلى ركلات الترجيح التي حسمها حارس فريق النجوم."
    changes = what_is_new(_summary(shootout), earlier)
    assert changes.new == [] and changes.details
    lead = "ومع استمرار تقدم فريق الأمل، احتكم الفريقان إلى ركلات الترجيح التي حسمها حارس فريق النجوم."
    assert what_is_new(_summary(lead), earlier).new == [0]


def test_deaths_are_news_to_a_reader_told_of_none():
    """A sentence telling of the dead (``toll_words.txt``: "توفي", "لقي حتفه", "قتلى", "ضحايا") is
    news to a reader of an earlier summary that told of no death, however much of the rest it
    retells (the crash, the helicopter, the province): a toll is news wherever it stands, as a count
    of people is. After a summary that told of the deaths in other words, the same sentence is known."""
    landing = _summary("أفادت تقارير أولية بوقوع حادث هبوط صعب لمروحية تقل وزير الزراعة في منطقة جبلية بمحافظة الشمال.")
    died = _summary("توفي وزير الزراعة في حادث هبوط صعب لمروحية في منطقة جبلية بمحافظة الشمال.")
    assert new_sentences(died, landing) == [0]
    dead = _summary("لقي وزير الزراعة حتفه في حادث هبوط صعب لمروحية في منطقة جبلية بمحافظة الشمال.")
    assert new_sentences(died, dead) == []


def test_for_the_record_is_no_word_the_reader_lacks():
    """ "للإشارة" and "وتجدر الإشارة" (for the record, it is worth noting) offer a sentence to the
    reader and say none of it (``function_words.txt``): the third title after two named years, told
    again behind them, is known. What they offer that the earlier summary never told: new."""
    earlier = _summary("وتوج فريق النجوم بلقبه الثالث في تاريخ الكأس، بعد أن حمله عامي 1999 و2010.")
    again = _summary("وللإشارة فإن لقب النجوم هو الثالث بعد 1999 و2010.")
    assert new_sentences(again, earlier) == []
    worth = _summary("وتجدر الإشارة إلى أن هذا اللقب هو الثالث لفريق النجوم في الكأس بعد عامي 1999 و2010.")
    assert new_sentences(worth, earlier) == []
    coach = _summary("للإشارة، فإن مدرب فريق النجوم سيغادر منصبه بعد نهاية الموسم الحالي.")
    assert new_sentences(coach, earlier) == [0]


def test_a_match_is_one_word_in_a_match_s_story():
    """In a match's story "اللقاء" and "المواجهة" are "المباراة" (``synonyms_by_kind.txt``): the
    match held before a large crowd, told again with another word for it, is known; what else the
    match saw is new."""
    earlier = _summary(
        "فاز فريق النجوم على فريق الأمل بهدفين دون رد في نهائي الكأس.", "وأقيمت المباراة وسط حضور جماهيري كبير."
    )
    assert new_sentences(_summary("وجرى اللقاء بحضور جماهيري كبير."), earlier) == []
    assert new_sentences(_summary("وجرى اللقاء تحت أمطار غزيرة أغرقت أرضية الملعب."), earlier) == [0]


def test_a_result_told_again_in_one_clause_is_anchored_by_its_score():
    """A sentence of one clause that gives the score an earlier sentence gave, all its numbers
    there, tells of what that sentence told (the result, in other words: "went out after a cruel
    shoot-out defeat" after "beat them on penalties"): a quarter of its words is enough, as for a
    sentence anchored by a distinct number. Another score: new. A sentence that goes on to a
    clause of its own is not anchored by the score (a record is for its words to show)."""
    earlier = _summary(
        "ابتسمت ركلات الترجيح لفريق النجوم، فهزم فريق الأمل 4-2 ليبلغ نصف نهائي الكأس مساء الجمعة على ملعب المدينة."
    )
    retold = "ودع فريق الأمل الكأس بعد خسارة قاسية بركلات الترجيح 4-2 أمام فريق النجوم في ليلة درامية."
    assert new_sentences(_summary(retold), earlier) == []
    other = "ودع فريق الأمل الكأس بعد خسارة قاسية بركلات الترجيح 4-3 أمام فريق النجوم في ليلة درامية."
    assert new_sentences(_summary(other), earlier) == [0]
    record = (
        "ودع فريق الأمل الكأس بعد خسارة قاسية بركلات الترجيح 4-2 أمام فريق النجوم، "
        "ليصبح أول فريق يخرج من البطولة بركلات الترجيح ثلاث مرات."
    )
    assert new_sentences(_summary(record), earlier) == [0]


def test_goals_in_one_word_and_none_are_a_score_to_give_in_a_match():
    """ "انتصر بثلاثية نظيفة" is a 3-0 (``goal_multiples.txt``, then the ``nil`` row of
    ``score_words.txt``): a score the earlier summary must have given, in digits (either side first)
    or so. After a hat-trick ("ثلاثية تاريخية": three goals, no score) it is new; after "3-0" or
    "بثلاثية نظيفة", known."""
    hat_trick = _summary("فاز فريق النجوم على فريق الأمل في مباراة الإياب بفضل ثلاثية تاريخية لمهاجمه.")
    clean = _summary("انتصر فريق النجوم بثلاثية نظيفة على فريق الأمل في مباراة الإياب.")
    changes = what_is_new(clean, hat_trick)
    assert changes.new == [0] and changes.why == [(0, "figure", "3-0")]
    digits = _summary("فاز فريق النجوم على فريق الأمل 0-3 في مباراة الإياب بفضل ثلاثية تاريخية لمهاجمه.")
    assert new_sentences(clean, digits) == []
    words = _summary("فاز فريق النجوم على فريق الأمل بثلاثية نظيفة في مباراة الإياب.")
    assert new_sentences(clean, words) == []


def test_a_time_of_day_written_without_a_colon_is_compared_as_a_time():
    """ "0534 بتوقيت جرينتش" is the "05:34" the earlier summary gave: known; another time is new
    (a quake's time is a fact of the story, not only when it was told)."""
    earlier = _summary("ضرب زلزال بقوة 6.1 درجات بلدة تل الزيتون في الساعة 05:34 بتوقيت غرينتش.")
    later = _summary(
        "ضرب زلزال بقوة 6.1 درجات بلدة تل الزيتون في الساعة 0534 بتوقيت جرينتش.",
        "ضرب زلزال بقوة 6.1 درجات بلدة تل الزيتون في الساعة 0734 بتوقيت جرينتش.",
    )
    assert new_sentences(later, earlier) == [1]


def test_a_date_written_in_digits_is_no_number_to_give():
    """ "17 / 4 / 2001" is a date, which says when: not the numbers 17 and 4."""
    earlier = _summary("وقع البلدان اتفاقية التعاون الأمني في العاصمة بحضور وزيري الخارجية.")
    later = _summary("وقع البلدان اتفاقية التعاون الأمني في 17 / 4 / 2001 في العاصمة بحضور وزيري الخارجية.")
    assert new_sentences(later, earlier) == []


def test_a_score_with_the_word_for_nought_is_the_score_in_words():
    earlier = _summary("تأهل فريق النجوم إلى النهائي بعد فوزه على فريق الأمل بهدف دون رد في نصف النهائي.")
    later = _summary(
        "تأهل فريق النجوم إلى النهائي بعد فوزه على فريق الأمل 1-صفر في نصف النهائي.",
        "تأهل فريق النجوم إلى النهائي بعد فوزه على فريق الأمل 2-صفر في نصف النهائي.",
    )
    assert new_sentences(later, earlier) == [1]


def test_an_ordinal_that_is_the_day_of_a_date_is_no_number_to_give():
    """ "الثامن والعشرين من شهر أبريل" says when, as "28 أبريل" does; "الولاية الثالثة" is a number."""
    earlier = _summary("أطلقت وكالة الفضاء الصاروخ من قاعدتها الساحلية وعلى متنه أربعة رواد.")
    later = _summary(
        "أطلقت وكالة الفضاء الصاروخ يوم الثامن والعشرين من شهر أبريل من قاعدتها الساحلية وعلى متنه أربعة رواد.",
        "أطلقت وكالة الفضاء الصاروخ في الخامس من أبريل من قاعدتها الساحلية وعلى متنه أربعة رواد.",
        "أطلقت وكالة الفضاء الصاروخ الثالث من قاعدتها الساحلية وعلى متنه أربعة رواد.",
    )
    assert new_sentences(later, earlier) == [2]
