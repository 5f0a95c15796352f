"""Issue 12: sentences whose opening needs an antecedent are not chosen on their own."""

from __future__ import annotations

from khulasa import summarize
from khulasa.config import Settings
from khulasa.summarizer.opening import OpeningTerms
from khulasa.summarizer.pipeline import antecedents, event_first, order_facts, standalone_first, within_share
from khulasa.summarizer.select import without_orphans
from khulasa.text.cohesion import dangling_opener, names_body, referring_subject
from khulasa.text.normalize import Analyzer, normalize
from khulasa.types import Document, Fact, PreparedDocument, Sentence, Summary


def sent(doc: str, index: int, text: str) -> Sentence:
    return Sentence(doc, index, 0, len(text), text)


def assert_leaning_after_antecedent(summary: Summary) -> int:
    """Assert that each sentence of ``summary`` opening with a word that needs an antecedent comes
    after a sentence from earlier in its own article; return how many such sentences it holds."""
    leaning = 0
    for i, sentence in enumerate(summary.sentences):
        if dangling_opener(sentence.text):
            leaning += 1
            own = sentence.sources[0]
            earlier = [sp for s in summary.sentences[:i] for sp in s.sources]
            assert any(sp.doc == own.doc and sp.end <= own.start for sp in earlier), summary.text
    return leaning


def test_standalone_wording_becomes_the_representative() -> None:
    leaning = sent("a", 3, "وأضاف أن الحكومة ستفتح تحقيقا شاملا في أسباب الحادث.")
    plain = sent("b", 2, "قال الوزير إن الحكومة ستفتح تحقيقا شاملا في أسباب الحادث.")
    fact = standalone_first(Fact(0, (leaning, plain)), Settings())
    assert fact.representative == plain
    assert set(fact.sentences) == {leaning, plain}


def test_short_reply_keeps_its_marker_and_so_counts_as_leaning() -> None:
    reply = sent("a", 5, "من جانبه، شكر بوتين زعيم كوريا الديمقراطية.")
    fact = standalone_first(Fact(0, (reply,)), Settings())
    assert fact.representative.text == reply.text  # not cut to a 5-word sentence that hides the reply
    assert dangling_opener(fact.representative.text) is not None


def test_long_sentence_loses_its_marker() -> None:
    text = "ومن جهته، قال الزعيم الكوري الشمالي إن القمة ستساعد البلدين على تنسيق المواقف."
    fact = standalone_first(Fact(0, (sent("a", 1, text),)), Settings())
    assert fact.representative.text.startswith("قال الزعيم")


def test_antecedent_is_the_fact_holding_the_previous_sentence() -> None:
    facts = [
        Fact(0, (sent("a", 0, "قال الوزير إن الحكومة ستفتح تحقيقا في الحادث."),)),
        Fact(1, (sent("a", 1, "وأضاف أن النتائج ستعلن خلال شهر واحد فقط."),)),
        Fact(2, (sent("b", 0, "وهو ما دفع السلطات إلى إغلاق الطريق أمام السيارات."),)),
    ]
    assert antecedents(facts) == {1: 0, 2: -1}


def test_a_leaning_sentence_is_printed_right_after_the_one_it_leans_on() -> None:
    event = Fact(0, (sent("a", 0, "فاز الرئيس بولاية ثانية في الانتخابات التي جرت أمس."),))
    detail = Fact(1, (sent("a", 1, "وأضاف أن نسبة المشاركة بلغت نصف الناخبين تقريبا."),))
    other = Fact(2, (sent("b", 1, "وصف المراقبون الاقتراع بأنه هادئ في كل الولايات."),))
    docs = (
        PreparedDocument(Document("a", "x"), (event.representative, detail.representative, sent("a", 2, "x")), (), ()),
        PreparedDocument(Document("b", "y"), (sent("b", 0, "y"), other.representative, sent("b", 2, "y")), (), ()),
    )
    leaning = antecedents([event, detail, other])
    assert leaning == {1: 0}
    # In reading order the other outlet's sentence (1/3 of its article) would come between the two.
    plain = order_facts([event, detail, other], docs, Settings(), first=2)
    assert [f.id for f in plain] == [2, 0, 1]
    assert [f.id for f in order_facts([other, detail, event], docs, Settings(), first=0, leaning=leaning)] == [
        0,
        1,
        2,
    ]


def test_the_event_may_open_though_the_next_sentence_leans_on_it() -> None:
    event = Fact(0, (sent("a", 0, "فاز الرئيس بولاية ثانية في الانتخابات."),))
    detail = Fact(1, (sent("a", 1, "وأضاف أن المشاركة بلغت نصف الناخبين."),))
    remark = Fact(2, (sent("b", 3, "أبدت اللجنة ارتياحها لسير الاقتراع."),))
    analyzer = Analyzer(stem=True)
    terms = OpeningTerms({t: 1.0 for t in analyzer.content_terms("فاز بولاية ثانية")}, analyzer)
    assert event_first([event, detail, remark], terms, {1: 0}) == 0
    assert event_first([event, detail, remark], terms, {0: 2}) != 0  # a leaning sentence never opens


def test_orphans_are_removed_until_stable() -> None:
    assert without_orphans([0, 1, 2], {1: 0, 2: 1}) == [0, 1, 2]
    assert without_orphans([1, 2, 3], {1: 0, 2: 1}) == [3]


def test_summary_of_a_cluster_never_shows_a_leaning_sentence_without_its_antecedent() -> None:
    a = (
        "أعلنت وزارة الصحة تسجيل مئة إصابة جديدة بالمرض في العاصمة خلال يوم واحد. "
        "وأضافت أن السلطات نصبت خياما لاستقبال المرضى قرب المستشفيات الكبرى. "
        "وقال الطبيب المسؤول إن المستشفيات تعمل بكامل طاقتها منذ أسبوع كامل."
    )
    b = (
        "سجلت العاصمة مئة إصابة جديدة بالمرض في يوم واحد بحسب وزارة الصحة. "
        "وهو ما دفع السلطات إلى إغلاق المدارس في الأحياء الشرقية كلها. "
        "وتوقع خبراء أن يرتفع عدد الإصابات خلال الأسابيع المقبلة في البلاد."
    )
    docs = [Document("a", a), Document("b", b)]
    leaning = [assert_leaning_after_antecedent(summarize(docs, words=words)) for words in (15, 30, 45, 60)]
    assert sum(leaning)  # at 60 words the leaning sentence is taken, with its antecedent


def test_a_leaning_sentence_keeps_its_antecedent_when_the_candidates_are_pruned(monkeypatch) -> None:
    """A cluster with more candidates than the ILP takes (MAX_ILP_CANDIDATES) is pruned first; which
    candidate requires which is read after, on the pruned list (1,000 articles crashed the MIP)."""
    import khulasa.summarizer.select as select

    lines = [
        "أعلنت وزارة الصحة تسجيل مئة إصابة جديدة بالمرض في العاصمة خلال يوم واحد.",
        "وأضافت أن السلطات نصبت خياما لاستقبال المرضى قرب المستشفيات الكبرى.",
        "وقال الطبيب المسؤول إن المستشفيات تعمل بكامل طاقتها منذ أسبوع كامل.",
        "وأكد أنه طلب من الحكومة إرسال أطباء من المحافظات الأخرى على الفور.",
        "وتوقع خبراء أن يرتفع عدد الإصابات خلال الأسابيع المقبلة في البلاد.",
        "وهو ما دفع السلطات إلى إغلاق المدارس في الأحياء الشرقية كلها.",
    ]
    docs = [Document(f"d{k}", " ".join(lines[k:] + lines[:k])) for k in range(3)]
    monkeypatch.setattr(select, "MAX_ILP_CANDIDATES", 3)
    for words in (30, 60):
        assert_leaning_after_antecedent(summarize(docs, words=words))


def test_first_person_speech_and_bulleted_openers_need_a_speaker() -> None:
    assert dangling_opener("• نحن نحب هذه المدينة ومعها سنواصل العمل.") == "نحن"
    assert dangling_opener("- وأضاف أن العمل مستمر.") == "اضاف"
    assert dangling_opener("إننا نرحب بالقرار.") is not None
    # A name that merely begins like a pronoun is not one.
    assert dangling_opener("نحنوح قرية صغيرة في الجنوب.") is None
    assert dangling_opener("• ارتفع عدد الزوار إلى ألفين.") is None


def test_where_this_came_needs_the_sentence_before() -> None:
    """ "جاء ذلك في بيان مشترك ...": "this" is what the sentence before said."""
    assert dangling_opener("جاء ذلك في بيان مشترك صدر في ختام القمة.") is not None
    assert dangling_opener("وجاء ذلك خلال مؤتمر صحفي عقده الوزير.") is not None
    assert dangling_opener("ويأتي ذلك بعد أسبوع من المحادثات.") is not None
    assert dangling_opener("جاء الإعلان بعد أسبوع من المحادثات.") is None


def test_a_relative_clause_cut_from_its_noun_needs_it() -> None:
    """ "الذين كسروا هيبة البطل.": a page's stray stop cut the clause from the noun it describes."""
    assert dangling_opener("الذين كسروا هيبة البطل في ليلة لا تنسى.") == "الذين"
    assert dangling_opener("والتي أقيمت على ملعب المدينة.") == "التي"
    assert dangling_opener("التيار الكهربائي انقطع عن المدينة.") is None


def test_a_circumstantial_participle_needs_the_sentence_before() -> None:
    # "stressing ..." / "pointing out ..." name no subject; so does a list item that opens with one.
    for text in (
        "مؤكدا أهمية استئناف المفاوضات في أقرب وقت.",
        "- مشيرة إلى أن الأسعار سترتفع الشهر المقبل.",
        "ولافتا إلى أن الاتفاق يحتاج إلى موافقة البرلمان.",
    ):
        assert dangling_opener(text) is not None, text
    # The same word later in a sentence is no opening.
    assert dangling_opener("وقال الوزير مؤكدا أهمية استئناف المفاوضات.") is None


def test_a_speech_verb_with_no_subject_before_its_particle_needs_its_speaker() -> None:
    assert dangling_opener("وأشار إلى أن فرق الإنقاذ تواجه صعوبات كبيرة في الوصول إلى القرى.") is not None
    assert dangling_opener("وقالت إنها ستواصل البحث عن المفقودين حتى الصباح.") is not None
    assert dangling_opener("فأكد أن الحكومة ستعوض المتضررين.") is not None
    # With its speaker named, or a word that only starts like a verb, it stands alone.
    assert dangling_opener("وأشار وزير الداخلية إلى أن فرق الإنقاذ تواجه صعوبات كبيرة.") is None
    assert dangling_opener("وقال بوتين إن المحادثات كانت مفيدة.") is None
    assert dangling_opener("وبينما كانت الفرق تبحث عن ناجين، انهار مبنى آخر.") is None


def test_also_right_after_the_opening_verb_needs_the_sentence_before() -> None:
    # Who else stressed it, who else takes part? The sentence goes on from one the reader lacks.
    assert dangling_opener("وشدد أيضا على رفض التدخلات الأجنبية في الشؤون الداخلية.") is not None
    assert dangling_opener("ويشارك كذلك في القمة رؤساء مصر والعراق وموريتانيا.") is not None
    # "Also" later in a sentence that names its speaker first is no leaning opening.
    assert dangling_opener("وقال الوزير أيضا إن الحكومة ستفتح تحقيقا.") is None
    assert dangling_opener("وأعلنت الحكومة كذلك أن المدارس ستغلق غدا.") is None


def test_a_quantifier_over_a_set_named_before_needs_its_antecedent() -> None:
    # "Most of these quakes": which quakes only the sentence before says.
    assert dangling_opener("تم تسجيل معظم هذه الزلازل بقوة أعلى من ثلاث درجات.") is not None
    assert dangling_opener("وبعض هؤلاء الجرحى في حالة حرجة بحسب المستشفى.") is not None
    # A quantifier over a set the sentence names, or one far into a long sentence, stands alone.
    assert dangling_opener("أكد الوزير أن معظم المباني في المدينة لم تتضرر.") is None
    assert dangling_opener("وأعلنت الشرطة في مؤتمر صحفي عقدته في العاصمة أن معظم هذه الأسلحة مهربة.") is None


def test_while_opening_a_sentence_leans_on_the_one_before() -> None:
    # "فيما نجا شخص واحد فقط": while what? The contrast is with a sentence the reader lacks.
    assert dangling_opener("فيما نجا شخص واحد فقط من الحادث.") is not None
    assert dangling_opener("فيما أصيب ثلاثة آخرون بجروح طفيفة.") is not None
    # Inside a sentence "فيما" is no opening.
    assert dangling_opener("قتل عشرون شخصا فيما نجا شخص واحد فقط.") is None


def test_a_clause_of_where_explains_the_sentence_before() -> None:
    # fresh batch 9: "where temperatures passed 40" after a stray full stop says nothing alone.
    assert dangling_opener("حيث تجاوزت درجات الحرارة 40 درجة مئوية.") == "حيث"
    assert dangling_opener("وحيث إن الحكومة استقالت فإن الانتخابات مقبلة.") == "حيث"
    assert dangling_opener("حيثيات الحكم نشرت اليوم في الجريدة الرسمية.") is None  # whole words only


def test_a_body_called_by_its_bare_definite_noun_refers_back() -> None:
    assert referring_subject("وقالت الوكالة إن العاصفة قد تجلب أمطارا غزيرة.") == normalize("وكالة")
    assert referring_subject("وأعلنت الوزارة أن المدارس ستغلق يومين.") == normalize("وزارة")
    # A definite word after the noun qualifies it: that names the body.
    assert referring_subject("وكانت الحكومة الهندية قد حظرت التطبيق الشهر الماضي.") is None
    assert referring_subject("وقالت الشرطة إن الطريق أغلق.") is None  # not a body named in full first
    assert referring_subject("قالت وكالة الأنباء إن السفينة غرقت.") is None
    agency = normalize("وكالة")
    assert names_body("حذرت وكالة الأرصاد من رياح شديدة.", agency)
    assert names_body("نقلا عن لوكالة الأنباء الرسمية.", agency)
    assert names_body("وذكر رئيس الوكالة الوطنية للفضاء أن الرحلة نجحت.", agency)
    assert not names_body("وقالت الوكالة إن الرياح اشتدت.", agency)
    assert not names_body("أصدرت الوزارة بيانا مساء أمس.", agency)


def test_a_sentence_calling_the_agency_by_its_noun_follows_the_one_naming_it() -> None:
    toll = Fact(0, (sent("a", 0, "لقي شخص حتفه وأصيب العشرات جراء الإعصار الذي ضرب الجزيرة الجنوبية."),))
    warning = Fact(1, (sent("b", 0, "وقالت الوكالة إن الإعصار قد يجلب أمطارا غزيرة وفيضانات في الأنهار."),))
    named = Fact(2, (sent("c", 2, "ضرب الإعصار الجزيرة يوم الأحد، حيث حذرت وكالة الأرصاد من رياح عاتية."),))
    later = Fact(3, (sent("c", 3, "وتوقعت الوكالة أن تبلغ الأمطار خمسمائة ملم في الجنوب."),))
    docs = (
        PreparedDocument(Document("a", "x"), (toll.representative, sent("a", 1, "x"), sent("a", 2, "x")), (), ()),
        PreparedDocument(Document("b", "y"), (warning.representative, sent("b", 1, "y"), sent("b", 2, "y")), (), ()),
        PreparedDocument(
            Document("c", "z"),
            (sent("c", 0, "z"), sent("c", 1, "z"), named.representative, later.representative),
            (),
            (),
        ),
    )
    ordered = order_facts([toll, warning, named, later], docs, Settings(), first=0)
    assert [f.id for f in ordered] == [0, 2, 1, 3]
    # With no sentence naming the agency, the reading order stays.
    assert [f.id for f in order_facts([toll, warning, later], docs, Settings(), first=0)] == [0, 1, 3]


def test_a_pronoun_on_a_preposition_after_the_opening_verb_needs_the_sentence_before() -> None:
    assert dangling_opener("واشتعلت فيها النيران بعد أن اصطدمت بشاحنة على المدرج.") is not None
    assert dangling_opener("ونجم عنه عدد كبير من الجرحى في المدن الساحلية.") is not None
    assert dangling_opener("واشتعلت النيران في الطائرة بعد أن اصطدمت بشاحنة على المدرج.") is None
    assert dangling_opener("وأعلن عنها الوزير في مؤتمر صحفي عقده مساء أمس.") is not None
    assert dangling_opener("أعلن الوزير عنها في مؤتمر صحفي.") is None


def test_long_fact_takes_its_shorter_wording_that_gives_every_number() -> None:
    long = sent(
        "a",
        1,
        "وقالت الوزارة في بيان نشرته وكالة الأنباء الرسمية مساء اليوم إن الحالة الأولى لمواطن يبلغ من العمر 53 عاما "
        "والثانية لمواطن يبلغ من العمر 61 عاما وإن الحالتين تحت الملاحظة المستمرة من قبل الفريق الطبي المختص.",
    )
    short = sent("b", 1, "وقالت الوزارة إن الحالة الأولى لمواطن عمره 53 عاما والثانية لمواطن عمره 61 عاما.")
    fewer = sent("c", 1, "وقالت الوزارة إن الحالة الأولى لمواطن عمره 53 عاما وإن الحالتين تحت الملاحظة.")
    fact = Fact(0, (long, fewer, short))
    most = 0.55 * 40
    chosen = within_share(fact, most, Settings(), {})
    assert chosen.representative == short  # fewer leaves out the 61
    assert set(chosen.sentences) == {long, fewer, short}
    assert within_share(fact, 0.55 * 100, Settings(), {}) == fact  # it fits already


def test_a_consequence_cut_off_by_a_stray_stop_dangles() -> None:
    assert dangling_opener("ممّا أدّى إلى مقتل خمسة أشخاص على الأقل.") is not None
    assert dangling_opener("الأمر الذي أثار غضب السكان.") is not None


def test_the_rest_as_a_subject_needs_the_count_before_it() -> None:
    assert dangling_opener("وقالت هيئة الإغاثة الوطنية إن الباقين قضوا غرقا في السيول.") is not None
    assert dangling_opener("والباقون ما زالوا في المستشفيات.") is not None
    assert dangling_opener("قتل 12 شخصا في السيول وأصيب الباقون بجروح طفيفة.") is None
    assert dangling_opener("وقالت هيئة الإغاثة إن 12 شخصا قضوا غرقا.") is None


def test_a_verbal_noun_with_a_pronoun_and_went_on_need_an_antecedent() -> None:
    from khulasa.text.cohesion import dangling_opener

    assert dangling_opener("وتأكيده مجددا دعم حكومته للاتفاق الموقع بين البلدين.") is not None
    assert dangling_opener("ومطالبتها بفتح المعابر أمام قوافل الإغاثة.") is not None
    assert dangling_opener('واستدرك قائلا "لا مبرر لهذا الهجوم على المدنيين".') is not None
    # a sentence that names its subject stands alone
    assert dangling_opener("وأكد المستشار دعم حكومته للاتفاق الموقع بين البلدين.") is None
