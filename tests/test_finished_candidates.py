"""Issue 20, item 2: a multi-outlet summary takes finished sentences only (no headline line, "..",
breadcrumb or cut end of a page); a single article and text typed without stops still get one. Nor
does it take a quotation under its speaker's line, an exclaimed headline or a related video's
headline run into the lead (docs/quality.md, the twenty-second session's addendum), a relative tail
cut off by a stray stop (twenty-third session), or the rest of a sentence its page broke across
lines (seventeenth session: the four batches run as unseen)."""

from __future__ import annotations

import pytest

from khulasa import summarize
from khulasa.config import Settings
from khulasa.summarizer.pipeline import build_facts, choosable, is_candidate, prepare
from khulasa.text.finished import (
    continues_line,
    cut_tail,
    introduced_item,
    is_tail_fragment,
    line_pairs,
    mangled,
    stands_alone,
    unfinished,
)
from khulasa.types import Document, Sentence

from .conftest import NEWS_SET_A, read_folder

# Each outlet's finished account, and lines that are not sentences but carry the same words.
FINISHED = [
    "هز انفجار ضخم مرفأ بيروت مساء الثلاثاء وأسفر عن مقتل العشرات وإصابة الآلاف بجروح.",
    "وقال وزير الداخلية إن الانفجار نجم عن نترات الأمونيوم المخزنة في العنبر رقم 12 منذ سنوات.",
    "وأعلن المجلس الأعلى للدفاع بيروت مدينة منكوبة وأعلن الحداد الوطني ثلاثة أيام.",
]
HEADLINE = (
    "انفجار ضخم يهز مرفأ بيروت ويوقع عشرات القتلى وآلاف الجرحى ووزير الداخلية يتحدث عن نترات "
    "الأمونيوم المخزنة في العنبر رقم 12 منذ سنوات والمجلس الأعلى للدفاع يعلن المدينة منكوبة"
)
TEASER = "الانفجار الضخم في مرفأ بيروت يوقع عشرات القتلى وآلاف الجرحى ونترات الأمونيوم في العنبر رقم 12.."
BREADCRUMB = "الرئيسية > محليات > انفجار ضخم يهز مرفأ بيروت ويوقع عشرات القتلى وآلاف الجرحى."
CUT = "وسمع دوي الانفجار الضخم في مرفأ بيروت إلى خارج المدينة ببضع كيلومت"


def _outlet(k: int) -> Document:
    extra = [HEADLINE, TEASER, BREADCRUMB][k % 3]
    return Document(f"d{k}", "\n\n".join([extra, *FINISHED[: 1 + k % 3], CUT]))


def test_a_multi_outlet_summary_has_finished_sentences_only() -> None:
    documents = [_outlet(k) for k in range(6)]
    for words in (40, 60, 100):
        summary = summarize(documents, words=words)
        assert summary.sentences
        assert [s.text for s in summary.sentences if unfinished(s.text)] == []


def test_text_typed_without_stops_still_gets_a_summary() -> None:
    # Long enough not to be headings (short lines without a stop are), with no stop anywhere.
    lines = [f"{a.rstrip('.')} و{b.rstrip('.')}" for a, b in zip(FINISHED, FINISHED[1:] + FINISHED[:1], strict=True)]
    documents = [Document("a", "\n\n".join(lines)), Document("b", "\n\n".join(reversed(lines)))]
    summary = summarize(documents, words=60)
    assert summary.sentences
    assert all(unfinished(s.text) == "no-final-stop" for s in summary.sentences)


def _sentence(text: str) -> Sentence:
    return Sentence("d", 0, 0, len(text), text, 0)


@pytest.mark.parametrize("text", [HEADLINE, TEASER, CUT], ids=["headline", "teaser", "cut-end"])
def test_an_unfinished_line_is_a_candidate_only_where_finished_is_not_asked(text: str) -> None:
    settings = Settings()
    assert not is_candidate(_sentence(text), settings)
    assert is_candidate(_sentence(text), settings, finished=False)  # a single article's own lines


def test_a_breadcrumb_is_never_a_candidate() -> None:
    assert not is_candidate(_sentence(BREADCRUMB), Settings(), finished=False)


# A title split over two lines: the first has no final stop (it ends in a bracket), the second
# ends with one but only goes on from the first.
SPLIT_TITLE = (
    "انفجار ضخم يهز مرفأ بيروت ويوقع عشرات القتلى (تغطية مباشرة)\n"
    "بعد اندلاع حريق في أحد مستودعات المرفأ مساء الثلاثاء قرب الأرصفة الشمالية."
)


def test_the_second_line_of_a_split_title_continues_the_line_above() -> None:
    second = SPLIT_TITLE.index("بعد")
    assert continues_line(SPLIT_TITLE, second)
    # The same line under a finished sentence, under a blank line, or opening with a verb stands alone.
    finished_above = SPLIT_TITLE.replace("(تغطية مباشرة)", "(تغطية مباشرة).")
    assert not continues_line(finished_above, finished_above.index("بعد"))
    blank_between = SPLIT_TITLE.replace("\n", "\n\n")
    assert not continues_line(blank_between, blank_between.index("بعد"))
    verb_first = SPLIT_TITLE.replace("بعد اندلاع", "اندلع")
    assert not continues_line(verb_first, verb_first.index("اندلع"))
    # A text that does not open its line, or opens the document, goes on from nothing.
    assert not continues_line(SPLIT_TITLE, SPLIT_TITLE.index("اندلاع"))
    assert not continues_line(SPLIT_TITLE[second:], 0)


def test_a_multi_outlet_summary_leaves_out_the_second_line_of_a_split_title() -> None:
    fragment = SPLIT_TITLE.split("\n")[1]
    documents = [Document(f"d{k}", SPLIT_TITLE + "\n\n" + "\n\n".join(FINISHED[: 1 + k % 3])) for k in range(4)]
    documents.append(Document("e", FINISHED[1]))
    for words in (40, 60, 100):
        texts = [s.text for s in summarize(documents, words=words).sentences]
        assert texts
        assert fragment not in texts


# A speech listed as bullet points under the line that names the speaker.
SPEECH = (
    "وقال الوزير في كلمته أمام أنصاره مساء الأحد:\n\n"
    "  • أعتقد أن المعارضة ستحاسب زعيمها على خسارة الانتخابات.\n"
    "  • سنعمل كثيرا من أجل الانتخابات المحلية المقبلة.\n\n"
    "وانتهى الاحتفال قرب منتصف الليل في الساحة الكبرى."
)


def test_an_item_of_a_list_introduced_by_a_colon_says_nothing_alone() -> None:
    for item in ("أعتقد أن", "سنعمل كثيرا"):
        assert introduced_item(SPEECH, SPEECH.index(item))
    # The paragraph after the list, the introduction itself, a bullet under a finished sentence,
    # and a paragraph after a dateline that ends with a colon all stand alone.
    assert not introduced_item(SPEECH, SPEECH.index("وانتهى"))
    assert not introduced_item(SPEECH, 0)
    no_colon = SPEECH.replace("مساء الأحد:", "مساء الأحد.")
    assert not introduced_item(no_colon, no_colon.index("أعتقد أن"))
    dateline = "وكالات - عواصم:\n\n" + FINISHED[0]
    assert not introduced_item(dateline, dateline.index(FINISHED[0]))


def test_a_multi_outlet_summary_leaves_out_an_introduced_list_item() -> None:
    item = "• أعتقد أن المعارضة ستحاسب زعيمها على خسارة الانتخابات."
    documents = [Document(f"d{k}", SPEECH + "\n\n" + "\n\n".join(FINISHED[: 1 + k % 3])) for k in range(4)]
    for words in (40, 60, 100):
        texts = [s.text for s in summarize(documents, words=words).sentences]
        assert texts and item not in texts and item[2:] not in texts


# A page whose headline is repeated as a short line of its own, with a full stop, between the
# section's name and a share button; the body follows.
PAGE = "محليات\n\nانفجار يهز مرفأ بيروت ويوقع عشرات القتلى.\n\nشارك\n\n" + "\n\n".join(FINISHED)


def _prose(text: str) -> list[tuple[int, int]]:
    """The spans of FINISHED's sentences in ``text`` (the page's prose)."""
    return [(text.index(f), text.index(f) + len(f)) for f in FINISHED if f in text]


def test_a_short_line_among_no_prose_stands_alone() -> None:
    headline = "انفجار يهز مرفأ بيروت ويوقع عشرات القتلى."
    at = PAGE.index(headline)
    assert stands_alone(PAGE, at, at + len(headline), _prose(PAGE))
    # The body's sentences have prose around them.
    first = PAGE.index(FINISHED[0])
    assert not stands_alone(PAGE, first, first + len(FINISHED[0]), _prose(PAGE))
    # Right above the body, the same line has prose below it.
    close = PAGE.replace("\n\nشارك", "")
    at = close.index(headline)
    assert not stands_alone(close, at, at + len(headline), _prose(close))
    # The text's first line is its own title.
    at = PAGE.index(headline)
    assert not stands_alone(PAGE[at:], 0, len(headline), _prose(PAGE[at:]))
    # A long line among no prose is no headline.
    long_line = headline.rstrip(".") + " وآلاف الجرحى في الأحياء المجاورة للمرفأ وسط العاصمة اللبنانية مساء الثلاثاء."
    page = PAGE.replace(headline, long_line)
    at = page.index(long_line)
    assert not stands_alone(page, at, at + len(long_line), _prose(page))


def test_a_source_s_tail_cut_off_by_a_full_stop_is_no_sentence() -> None:
    assert is_tail_fragment("حسبما أفاد موقع الأخبار المحلي على الإنترنت.")
    assert is_tail_fragment("وفقا لما نقلته وكالة الأنباء الرسمية عن مصادر في الوزارة.")
    # With a comma the tail leads into a main clause.
    assert not is_tail_fragment("وفقا لما أعلنته الوزارة، قتل 12 شخصا في الانفجار.")
    assert not is_tail_fragment(FINISHED[0])
    settings = Settings()
    tail = "حسبما أفاد موقع الأخبار المحلي على الإنترنت مساء الثلاثاء."
    assert not is_candidate(_sentence(tail), settings)
    assert is_candidate(_sentence(tail), settings, finished=False)  # a single article's own line


# A page whose system turned the shadda and the tanween alef into spaces cuts its words apart.
MANGLED = "وقال وزير الداخلية إن الانفجار نجم عن نترات الأمونيوم المخز نة في العنبر رقم 12 منذ سنوات طويلة جد ا."


def test_a_sentence_whose_words_its_page_cut_apart_is_mangled() -> None:
    assert mangled(MANGLED)
    assert mangled("وأسفر الانفجار عن دمار واسع في المنطقة المحيطة بالمرفأ بحسب ما أوردته وسائل ا")
    # Letters that stand alone in news text, and marks or quotes beside a whole word, are no sign.
    assert not mangled("وقالت وكالة أ ف ب إن الاتفاقية وقعت في 27 / 5 / 1998 م في العاصمة.")
    assert not mangled("وكان الانفجار قويا جدًا و«مدمرا» بحسب شهود.")
    assert not mangled(FINISHED[1])
    settings = Settings()
    assert not is_candidate(_sentence(MANGLED), settings)
    assert is_candidate(_sentence(MANGLED), settings, finished=False)  # a single article's own line


def test_a_multi_outlet_summary_takes_the_whole_wording_of_a_mangled_one() -> None:
    # Two outlets copy the mangled page, a third words the statement whole.
    documents = [Document(f"a{k}", "\n\n".join([FINISHED[0], MANGLED, FINISHED[2]])) for k in range(2)]
    documents += [Document("b", "\n\n".join([FINISHED[0], FINISHED[1]]))]
    texts = [s.text for s in summarize(documents, words=60).sentences]
    assert texts
    assert not any(mangled(t) for t in texts)


def test_a_multi_outlet_summary_leaves_out_a_headline_standing_alone() -> None:
    headline = "انفجار يهز مرفأ بيروت ويوقع عشرات القتلى."
    documents = [Document(f"d{k}", PAGE) for k in range(3)]
    documents += [Document(f"e{k}", "\n\n".join(FINISHED[k:])) for k in range(3)]
    for words in (20, 40, 60):
        texts = [s.text for s in summarize(documents, words=words).sentences]
        assert texts
        assert headline not in texts


def test_news_set_a_summaries_have_no_unfinished_line() -> None:
    clusters = sorted(p for p in NEWS_SET_A.glob("*") if any(p.glob("*.txt")))
    if not clusters:
        pytest.skip(f"the news-set-a texts are not under {NEWS_SET_A} (set KHULASA_NEWS_SET_A)")
    for folder in clusters:
        summary = summarize(read_folder(folder), words=100)
        assert [s.text for s in summary.sentences if unfinished(s.text)] == [], folder.name


def test_tail_of_a_split_quotation_opens_inside_it() -> None:
    from khulasa.text.finished import opens_inside_quote

    # The quotation opened in the sentence before, which names its speaker.
    assert opens_inside_quote("سلامة الناس وأمنهم فوق كل اعتبار”.")
    assert opens_inside_quote("وهذا ما سنعمل عليه في الأيام المقبلة».")
    # Whole quotations, quoted names, and plain sentences are no tails.
    assert not opens_inside_quote("وقال الوزير “سلامة الناس فوق كل اعتبار”.")
    assert not opens_inside_quote("وأكد «البيان» على دعم الحوار.")
    assert not opens_inside_quote('وقالت الوزارة "إن الوضع مستقر".')
    assert not opens_inside_quote("الوضع في المدينة هادئ.")
    assert not opens_inside_quote("وبلغ عدد المقاعد 650 مقعدا “.")


def test_a_mark_used_both_ways_is_no_tail() -> None:
    from khulasa.text.finished import opens_inside_quote

    assert not opens_inside_quote("وأقلعت مركبة الإطلاق” النجم الساطع” من القاعدة صباحا.")
    assert not opens_inside_quote("وأقلعت مركبة الإطلاق” النجم الساطع”.")


@pytest.mark.parametrize(
    "text",
    [
        "سامر نادر، كريم حداد، يوسف شاكر.",
        "سليم ناصر، وعادل فرج، ومراد صالح، ونبيل عمر.",
        "وان هولت، فادي سمعان، أليكسيس مارين، ديوجو رامي.",
        "ماهر عزيز، أليخاندرو سيلفا، فان ديرك.",
    ],
    ids=["three-names", "line-up-with-and", "particle-opens-a-name", "hamza-is-no-article"],
)
def test_a_line_of_names_only_is_no_sentence(text: str) -> None:
    assert unfinished(text) == "name-list"
    sentence = Sentence("d", 0, 0, len(text), text, 0)
    assert not is_candidate(sentence, Settings(min_words=3))


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير، ردا على سؤال، إنه سيزور العاصمة.",  # function words
        "تضررت شبكات الكهرباء، الماء الصالح للشرب، والاتصالات.",  # common nouns with the article
        "قتل 3، وجرح 5، وفقد 2.",  # figures
        "سامر نادر وكريم حداد سجلا هدفي الفريق.",  # one item
        "وان الفريق، كما قال، لم يخسر.",  # "وان" before a word with the article: "وإن"
    ],
)
def test_a_sentence_with_a_list_in_it_is_no_name_list(text: str) -> None:
    assert unfinished(text) is None


def test_a_quotation_under_its_speakers_line_is_not_on_its_own() -> None:
    from khulasa.text.finished import introduced_quote

    page = (
        "وأقر الحزب بخسارته في الانتخابات البلدية التي جرت أمس.\n"
        "وقال الأمين العام للحزب في مؤتمر صحفي:\n"
        "“لا داعي للحزن، فهذه منافسة سياسية ومن كان أولا قد يصبح ثانيا”.\n"
        "وكالات - عواصم:\n"
        "أعلنت اللجنة النتائج الأولية للانتخابات صباح اليوم.\n"
    )
    assert introduced_quote(page, page.index("“لا داعي"))
    assert not introduced_quote(page, page.index("أعلنت اللجنة"))  # a lead after a dateline
    assert not introduced_quote(page, 0)
    same_line = "وقال الأمين العام: “لا داعي للحزن”."
    assert not introduced_quote(same_line, same_line.index("“"))  # one sentence with its speaker


def test_an_exclaimed_headline_at_the_top_of_a_page_is_no_sentence() -> None:
    from khulasa.text.finished import exclaimed_headline

    assert exclaimed_headline("الوزير السابق يعود من الباب الخلفي!")
    assert not exclaimed_headline("أعلنت اللجنة النتائج الأولية للانتخابات صباح اليوم.")
    long_one = "وقال الوزير إن ما جرى في الجلسة الأخيرة للبرلمان أمر لم يشهده المجلس من قبل في تاريخه الطويل كله!"
    assert not exclaimed_headline(long_one)


def test_summaries_leave_out_a_quotation_whose_speaker_is_the_line_above() -> None:
    from khulasa import summarize

    quote = "“لا داعي للحزن، فهذه منافسة سياسية ومن كان أولا قد يصبح ثانيا في كل انتخابات”."
    docs = [
        Document(
            "a",
            "حل حزب الوسط ثانيا في الانتخابات البلدية التي جرت يوم الأحد خلف حزب الأمل، وفق نتائج أولية.\n"
            "وقال الأمين العام لحزب الوسط أمام أنصاره في مقر الحزب:\n" + quote + "\n",
            source="منبر 1",
        ),
        Document(
            "b",
            "أظهرت نتائج أولية تقدم حزب الأمل في الانتخابات البلدية التي جرت يوم الأحد، يليه حزب الوسط.\n"
            "وبلغت نسبة المشاركة في الانتخابات 41 في المئة بحسب الهيئة المستقلة للانتخابات.\n",
            source="منبر 2",
        ),
    ]
    texts = [s.text for s in summarize(docs, words=150).sentences]
    assert texts and quote not in texts, texts


def test_a_related_videos_headline_run_into_the_lead_is_not_shown() -> None:
    from khulasa import summarize
    from khulasa.text.finished import after_media_label

    head = "أحمد سالم: افتتاح الجسر الجديد على النهر الكبير "
    lead = (
        "توصلت الحكومتان إلى اتفاق ينهي خلافا امتد 12 عاما على ترسيم الحدود البحرية بين البلدين، "
        "وفق ما أعلن رئيس الوزراء اليوم."
    )
    assert after_media_label("بالفيديو..", head + lead) == len(head)
    assert after_media_label("وأضاف الوزير.", head + lead) == 0  # no media label before it
    assert after_media_label("بالفيديو..", lead) == 0  # the lead opens the sentence: nothing to cut
    docs = [
        Document(
            "a",
            "بالفيديو.." + head + lead + "\nوقال الوزير إن الاتفاق سيوقع الشهر المقبل في العاصمة.\n",
            source="منبر 1",
        ),
        Document(
            "b",
            "اتفقت الحكومتان على ترسيم الحدود البحرية بين البلدين بعد خلاف امتد 12 عاما، بحسب رئيس الوزراء.\n",
            source="منبر 2",
        ),
    ]
    summary = summarize(docs, words=100)
    texts = [s.text for s in summary.sentences]
    assert not any("أحمد سالم" in t for t in texts), texts
    for s in summary.sentences:
        for span in s.sources:
            source = next(d.text for d in docs if d.id == span.doc)
            assert "أحمد سالم" not in source[span.start : span.end]


def test_a_relative_tail_cut_off_by_a_stray_stop_is_a_fragment() -> None:
    assert is_tail_fragment("في هجوم تبنته جماعة مسلحة مجهولة.")
    assert is_tail_fragment("وفي عملية نفذها مسلحون ملثمون.")
    # A comma, a figure or a main clause after it: a sentence of its own.
    assert not is_tail_fragment("في عملية نوعية، قتلت القوات 12 مسلحا.")
    assert not is_tail_fragment("في عملية نفذها الجيش قتل 20 مسلحا.")
    assert not is_tail_fragment("في حين أنه لم يصب أحد في الحادث.")
    assert not is_tail_fragment("في مدينة الساحل الشمالية.")


# Made-up pages: one breaks its sentences across lines inside a name, another writes the name whole.
BROKEN = (
    "وقال الوزير سالم بن عبد\nالكريم، خلال كلمته في افتتاح المؤتمر الطارئ، إن المنطقة تواجه تحديات كبيرة تهدد الأمن.\n"
)


WHOLE = "وقال الوزير سالم بن عبد الكريم إن المؤتمر الطارئ يبحث أزمة المياه في المنطقة."


LONG_LINE = (
    "شهدت الجلسة الأولى للمؤتمر الطارئ الذي افتتح في العاصمة صباح اليوم بحضور عشرات الوفود "
    "من الدول المجاورة مفاجأة كبيرة بانسحاب وزير الزراعة خالد\n\n"
    "يوسف، وتعيين نائبه مكانه في رئاسة اللجنة.\n"
)


NAMED = "وكان وزير الزراعة خالد يوسف قد أعلن انسحابه من رئاسة اللجنة أمس."


def test_the_rest_of_a_sentence_broken_inside_a_name_is_cut():
    pairs = line_pairs([BROKEN, WHOLE])
    assert cut_tail(BROKEN, BROKEN.index("الكريم،"), pairs)
    # A long line with no final stop above it, blank line between, is prose broken off too.
    pairs = line_pairs([LONG_LINE, NAMED])
    assert cut_tail(LONG_LINE, LONG_LINE.index("يوسف،"), pairs)


def test_a_line_under_a_headline_a_finished_sentence_or_an_unseen_pair_is_no_cut_tail():
    # No line of the cluster holds the pair the break cut apart.
    assert not cut_tail(BROKEN, BROKEN.index("الكريم،"), line_pairs([BROKEN]))
    pairs = line_pairs([BROKEN, WHOLE])
    # The line above ends with a stop.
    finished = BROKEN.replace("بن عبد\n", "بن عبد.\n")
    assert not cut_tail(finished, finished.index("الكريم،"), pairs)
    # A short headline above (no "و" opening it, under twenty words) is no prose broken off.
    headline = BROKEN.replace("وقال الوزير سالم بن عبد", "كلمة الوزير سالم بن عبد")
    assert not cut_tail(headline, headline.index("الكريم،"), pairs)
    # Text that does not open its line, or opens the page, goes on from nothing.
    assert not cut_tail(BROKEN, BROKEN.index("خلال"), pairs)
    assert not cut_tail(WHOLE, 0, pairs)


def test_a_multi_outlet_cluster_offers_no_rest_of_a_broken_sentence():
    documents = [
        Document("a", BROKEN + "\nوأكد الوزير أن المؤتمر سيصدر بيانا ختاميا مساء الغد بعد جلسات مغلقة."),
        Document("b", WHOLE + "\nوأكد الوزير أن المؤتمر سيصدر بيانا ختاميا مساء الغد."),
    ]
    settings = Settings()
    prepared = prepare(documents, settings)
    facts = build_facts(prepared, settings)
    ok = dict(zip((f.representative.text for f in facts), choosable(facts, settings, True, {}, prepared), strict=True))
    tail = next(t for t in ok if t.startswith("الكريم،"))
    assert not ok[tail]
    assert ok[WHOLE]
    # Read alone (no layout of the pages), the same line is a finished sentence.
    assert is_candidate(Sentence("a", 1, 0, len(tail), tail), settings)
