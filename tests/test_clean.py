import pytest

from khulasa import prepare
from khulasa.text.clean import clean_document, is_heading, junk_patterns
from khulasa.types import Document

BODY = "وقال المتحدث إن الاجتماع تناول ملفات التعاون الاقتصادي بين البلدين."


def kept_text(doc: Document) -> str:
    blocks, _ = clean_document(doc)
    return " | ".join(doc.text[b.start : b.end] for b in blocks)


def reasons(doc: Document) -> list[str]:
    return [r.reason for r in clean_document(doc)[1]]


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("مقالات ذات صلة", "related-links"),
        ("زر الذهاب إلى الأعلى", "back-to-top"),
        ("مشاركة :", "share-bar"),
        ("(رويترز، فرانس برس)", "agency-credit"),
        ("اقرأ أيضا: وزير الخارجية يزور العاصمة", "read-also"),
        ('[covid19-ultimate-card region="EG" rtl="true"]', "shortcode"),
        ("وصول الوفد إلى المطار صباح اليوم (الصورة: أرشيفية)", "photo-caption"),
        # issue 20: a read-also line running two linked headlines together (past 120 characters)
        (
            "اقرأ أيضا: وزير الخارجية يزور العاصمة ويلتقي نظيره في جولة تشمل ثلاث دول عربية "
            "الرئيس يفتتح معرض الكتاب الدولي في دورته الخمسين بمشاركة مئة دار نشر",
            "read-also",
        ),
        ("شاهد أيضا: لحظة وصول الوفد", "read-also"),
        ("date 2023-05 وكالات:", "date-label"),
        ("date 2023-05 وكالات:", "agency-credit"),
        ("المصدر: وكالات", "agency-credit"),
        ("728 x 90", "ad-slot"),
        ("playstore", "latin-line"),
        ("WeCreativez WhatsApp Support", "latin-line"),
        ("{{comment.DisplayName}}", "template"),
        ("كن أول من يعلق على الخبر", "comments"),
        ("قد تقرأ أيضا", "read-also"),
        ("شارك القصة", "share-bar"),
        ("ذكر فى هذا الخبر", "tags"),
        ("كتب: محمد وجدى", "byline"),
        ("كتب – ناهد صبحى", "byline"),
        ("2023-02-08 08:25:51 AM", "date-line"),
        ("Advertisements", "latin-line"),
        ("الرئيسية > محليات > لبنان", "breadcrumb"),
        ("الرئيسية › أخبار عربية › لبنان", "breadcrumb"),
        ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comments"),
        # fresh batch 3: tags under another label, an invitation to share, a byline with no
        # separator, a site's name left alone on its line
        ("كلمات دلالية:", "tags"),
        ("يمكنك مشاركة هذا الخبر عبر حساباتك على مواقع التواصل.", "share-bar"),
        ("كتب سامر يوسف", "byline"),
        ("المنبر نيوز ::", "agency-credit"),
        # fresh batch 9: a comment form's answer to the reader, on one line or alone
        ("شكرًا لك على تعليقك. سيتم نشر تعليقك بعد مراجعته.", "comments"),
        ("سيتم نشر تعليقك بعد مراجعته.", "comments"),
    ],
)
def test_clean_removes_junk_lines_and_records_why(junk, reason):
    doc = Document("d", f"{BODY}\n\n{junk}\n")
    assert kept_text(doc) == BODY
    assert reason in reasons(doc)


def test_clean_removal_offsets_point_into_original_text():
    text = f"إيلاف: {BODY}&\n\nمقالات ذات صلة\nراجع https://example.com/a?b=1 للتفاصيل الكاملة عن اللقاء."
    doc = Document("d", text)
    _, removed = clean_document(doc)
    assert removed, "junk expected"
    for r in removed:
        assert text[r.start : r.end] == r.text
    assert {"dateline", "stray-ampersand", "related-links", "url"} <= {r.reason for r in removed}


def test_clean_strips_dateline_but_not_quotation_lead_in():
    dated = Document("d", "موسكو - وكالات: " + BODY)
    assert kept_text(dated) == BODY
    quoted = Document("q", 'قال بوتين: "إن المحادثات كانت مفيدة جدا للبلدين".')
    assert kept_text(quoted) == quoted.text


def test_a_dash_that_opens_an_aside_closed_by_another_is_no_dateline():
    # The subject, then an aside between two dashes: the words before the first dash stay.
    aside = Document("a", "وهبت العاصفة - التي شعر بها سكان الساحل والجزر أيضا - على المدينة فجر الأحد.")
    assert kept_text(aside) == aside.text
    # A dateline's dash, with no second dash before the sentence ends, still goes ...
    dated = Document("d", "بيروت - " + BODY)
    assert kept_text(dated) == BODY
    # ... and so does one whose sentence has a dash far after it.
    far = "بيروت - " + BODY.rstrip(".") + " والاستثمار في مجالات الطاقة والنقل والزراعة والصناعة والسياحة - وفق البيان."
    assert kept_text(Document("f", far)) == far.removeprefix("بيروت - ")


def test_a_reporter_s_name_after_a_dateline_goes_with_it():
    # "City - Name - text": the dateline and the byline both go ...
    dated = Document("b", "الزرقاء - سامر يوسف - " + BODY)
    assert kept_text(dated) == BODY
    _, removed = clean_document(dated)
    assert [r.reason for r in removed] == ["dateline", "byline"]
    # ... but a clause after a dateline's colon, an aside of a preposition with its pronoun, and an
    # aside whose dashes touch its words are no byline.
    clause = "عمان: أعلن الوزير الأول - سامر يوسف، في مؤتمر صحفي أن الخطة تبدأ غدا."
    assert kept_text(Document("c", clause)) == clause.removeprefix("عمان: ")
    aside = "الزراعة - بمفهومها الواسع - تشمل تربية المواشي وصيد الأسماك."
    assert kept_text(Document("a", aside)) == aside
    attached = "وانطلقت -للمرة الأولى- رحلة الباحثين إلى القطب الجنوبي."
    assert kept_text(Document("t", attached)) == attached


def test_an_agency_credit_after_a_paragraph_s_last_stop_goes():
    doc = Document("d", BODY + "(رويترز)")
    assert kept_text(doc) == BODY
    assert reasons(doc) == ["agency-tail"]
    # Inside the paragraph a bracketed agency is no tail: the sentence goes on.
    inside = "وقال المتحدث (رويترز) إن الاجتماع انتهى."
    assert kept_text(Document("i", inside)) == inside


def test_a_dated_dateline_with_its_agency_or_slash_goes_but_not_a_date_opening_a_sentence():
    # Xinhua's Arabic copy: place, day, month, year, then the agency in brackets or a slash.
    for lead in ("بكين 23 أبريل 2022 (شينخوا) ", "الجزائر 13 ديسمبر 2019 (شينخوا) ", "بكين 28 سبتمبر 2014 / "):
        dated = Document("d", lead + BODY)
        assert kept_text(dated) == BODY
        assert reasons(dated) == ["dateline"]
    # A date that opens a sentence, with a weekday in brackets, is the sentence's own.
    own = "وفي يوم 13 ديسمبر 2019 (الجمعة) أعلن رئيس السلطة فوز المرشح بالانتخابات."
    assert kept_text(Document("s", own)) == own


def test_a_bracketed_dateline_goes_but_not_a_bracketed_word_opening_a_wrapped_line():
    dated = Document("d", "(طرابلس) " + BODY)
    assert kept_text(dated) == BODY
    assert reasons(dated) == ["dateline"]
    # A hard-wrapped line (no stop at its end) may open with a bracketed name: it stays whole.
    wrapped = "(الوكالة) لتركيب جهاز جديد لرصد الغبار في طبقات الجو العليا خلال"
    assert kept_text(Document("w", wrapped)) == wrapped
    # "كتب" before a definite word opens a clause, no byline.
    clause = "كتب التاريخ فصلا جديدا"
    assert "byline" not in reasons(Document("c", f"{BODY}\n\n{clause}\n"))


def test_clean_keeps_title_with_colon_as_heading():
    doc = Document("d", "بوتين: زيارة كيم تساعد في تسوية الأزمة\n\n" + BODY)
    blocks, removed = clean_document(doc)
    assert [b.kind for b in blocks] == ["heading", "paragraph"]
    assert not removed


def test_clean_shortcode_inside_paragraph_splits_it():
    doc = Document("d", BODY + ' [ads-block size="300x250"] ' + BODY)
    blocks, removed = clean_document(doc)
    assert [doc.text[b.start : b.end] for b in blocks] == [BODY, BODY]
    assert [r.reason for r in removed] == ["shortcode"]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("دبلوماسية صعبة", True),
        ("هدية الزعيم للرئيس", True),
        (BODY, False),
        ("قال الرئيس:", False),
    ],
)
def test_clean_detects_headings(line, heading):
    assert is_heading(line) is heading


def test_clean_patterns_are_data_with_known_scopes():
    patterns = junk_patterns()
    assert {p.scope for p in patterns} == {"line", "inline", "lead"}
    assert len(patterns) >= 15


def test_clean_drops_what_a_link_leaves_behind():
    doc = Document("d", BODY + "\nشاهدوا التغطية الكاملة على https://example.org/live")
    assert kept_text(doc) == BODY
    assert sorted(reasons(doc)) == ["link-line", "url"]


def test_clean_joins_hard_wrapped_lines_into_one_paragraph():
    text = (
        "نجحت الحكومة في إعادة حركة القطارات إلى طبيعتها في محطة العاصمة\n"
        "الرئيسية حيث انتظمت مواعيد الرحلات بعد أسبوع من الإضراب الطويل.\n"
        "وقال الوزير إن الخطة ستستمر."
    )
    blocks, _ = clean_document(Document("d", text))
    assert [(b.kind, text[b.start : b.end].count("\n")) for b in blocks] == [("paragraph", 1), ("paragraph", 0)]


# Lines of fixed-width text (EASC's articles are wrapped at about 75 characters): three paragraphs
# that end with a full stop, then one whose writer left its stop out.
FIXED_WIDTH = (
    "أعلنت وزارة النقل أمس عن خطة جديدة لتطوير شبكة الطرق السريعة بين المدن\n"
    "الكبرى خلال السنوات الخمس المقبلة بتكلفة تقدر بعدة مليارات من الدولارات.\n"
    "وقال وزير النقل في مؤتمر صحفي إن الخطة تشمل إنشاء جسور جديدة وتوسيع\n"
    "الطرق القائمة وتحسين وسائل السلامة على امتداد الطرق الرئيسية في البلاد.\n"
    "وأضاف الوزير أن العمل في المرحلة الأولى سيبدأ مطلع العام المقبل على أن\n"
    "تنتهي خلال عامين وتشمل الطريق الساحلي والطريق الصحراوي الذي يربط الشمال.\n"
    "وأشار إلى أن الشركات الوطنية ستشارك في تنفيذ المشروع إلى جانب شركات من\n"
    "دول عدة بعد أن تقدمت بعروضها خلال الأشهر الماضية إلى اللجنة المختصة في\n"
    "الوزارة"
)


def test_clean_joins_a_wrapped_paragraph_without_its_full_stop_in_fixed_width_text():
    blocks, _ = clean_document(Document("d", FIXED_WIDTH))
    last = blocks[-1]
    assert [b.kind for b in blocks] == ["paragraph"] * 4
    assert FIXED_WIDTH[last.start : last.end].startswith("وأشار") and FIXED_WIDTH[last.end - 7 : last.end] == "الوزارة"
    sentences = prepare([Document("d", FIXED_WIDTH)])[0].sentences
    assert len(sentences) == 4 and sentences[-1].text.startswith("وأشار")


def test_clean_keeps_lines_without_a_stop_apart_in_text_not_wrapped_at_one_width():
    # The same lines on a page whose other paragraphs are one line each: no width to fill, so
    # a run that ends without a stop (a title repeated over a byline, say) stays lines.
    unwrapped = "\n".join([BODY, BODY, BODY, *FIXED_WIDTH.splitlines()[-3:]])
    blocks, _ = clean_document(Document("d", unwrapped))
    assert [b.kind for b in blocks][-3:] == ["heading", "heading", "heading"]


def test_clean_joins_a_line_that_opens_with_a_comma_to_the_line_above():
    # A short wrapped piece ("، وزير النقل،") is no heading and no sentence of its own.
    text = (
        "وحضر الاجتماع ثلاثة مسؤولين هم مدير الهيئة ونائبه\n"
        "، ومعهما\n"
        "، سامي داود، وزير النقل.\n"
        "وقال الوزير إن الخطة ستستمر."
    )
    blocks, _ = clean_document(Document("d", text))
    assert [(b.kind, text[b.start : b.end].count("\n")) for b in blocks] == [("paragraph", 2), ("paragraph", 0)]
    sentences = prepare([Document("d", text)])[0].sentences
    assert not any(s.text.startswith("،") for s in sentences)


def test_clean_keeps_a_title_above_a_long_paragraph_apart():
    title = "الحكومة تعيد حركة القطارات إلى طبيعتها"
    text = title + "\n" + BODY + " " + BODY + " " + BODY
    blocks, _ = clean_document(Document("d", text))
    assert [b.kind for b in blocks] == ["heading", "paragraph"]


def test_clean_short_question_line_is_a_subheading():
    assert is_heading("لماذا انتهت قمة ترامب وكيم بلا اتفاق؟")
    assert not is_heading("وتساءل الوزير: هل يمكن أن تنجح المفاوضات؟")  # a sentence with a speaker
    long_question = "هل " + " ".join(["كلمة"] * 12) + "؟"
    assert not is_heading(long_question)


@pytest.mark.parametrize(
    "line",
    [
        "Share this:",
        "Tweet",
        "Share on Facebook",
        "Like this:",
        "Like Loading...",
        "Click to share on Twitter (Opens in new window)",
        "Facebook Twitter WhatsApp",
        "Email",
        "Related",
    ],
)
def test_clean_english_share_bar_lines_are_junk(line):
    doc = Document("d", f"{BODY}\n{line}\n{BODY}")
    assert reasons(doc) == ["share-bar"]


def test_clean_keeps_a_sentence_with_a_bracketed_photo_mention_inside():
    # Only a line that *ends* with the credit is a caption.
    line = "وعرضت الصحيفة صورة (الصورة: من الأرشيف) تظهر الوفد عند وصوله إلى المطار صباح اليوم."
    assert kept_text(Document("d", f"{BODY}\n\n{line}\n")) == f"{BODY} | {line}"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("date 2023-05 " + BODY, "date-label"),
        ("Posted on 2023-05-06 10:20 " + BODY, "date-label"),
        ("بغداد/ شفق نيوز/ " + BODY, "agency-slash"),
        ("السومرية نيوز/ " + BODY, "agency-slash"),
        ("ذانيوز أونلاين//" + BODY, "agency-slash"),
        ("الرئيسية > محليات > " + BODY, "breadcrumb"),
        ("الرئيسية » أخبار » " + BODY, "breadcrumb"),
    ],
)
def test_clean_drops_a_date_label_or_site_credit_before_the_text(line, reason):
    doc = Document("d", line)
    assert kept_text(doc) == BODY
    assert reasons(doc) == [reason]


def test_clean_drops_a_site_credit_inside_a_line():
    doc = Document("d", f"{BODY} date 2023-05 شفق نيوز/ {BODY}")
    assert kept_text(doc) == f"{BODY} | {BODY}"
    assert reasons(doc) == ["date-label", "agency-slash"]


@pytest.mark.parametrize(
    "tweet",
    [
        "More videos of the explosion (thread)#بيروت pic.twitter.com/Z8nz6cRe — Some One (@someone) August 4, 2020",
        "زلزال بقوة 7.4 درجات جنوبي#تركيا pic.twitter.com/zbbn — AGENCY (AR) (@agency_ar) February 6, 2023",
    ],
)
def test_clean_drops_an_embedded_tweet_between_sentences(tweet):
    quoted = 'وقال المدير "إن المواد كانت مصادرة منذ سنوات".'
    doc = Document("d", f"{quoted} {tweet} {BODY}")
    assert kept_text(doc) == f"{quoted} | {BODY}"
    assert reasons(doc) == ["tweet"]


@pytest.mark.parametrize(
    "line",
    [
        "ونقلت قناة سكاي نيوز عربية عن مصادر أن الانفجار وقع في المرفأ.",
        "وقال كيربي لشبكة فوكس نيوز إن التخفيضات كبيرة.",
        "ونقلت شبكة CNN عن مصدر أن الإدارة ضغطت لثني التحالف.",
        "وبدأ لبنان يوم الأربعاء، 5 آب/أغسطس، يوم حداد.",
        "وتعود الوثيقة إلى تاريخ 2023-05 وفق الأرشيف.",
        "كتب الرئيس في رسالته أن المحادثات ستستمر.",
        "قال المدرب: شاهد الجميع ما حدث في المباراة.",
        "ووقعت الاتفاقية في 17 / 4 / 2001م في الرياض.",
        "ونقلت صحيفة «هآرتس» و«يديعوت» الخبر عن مصادر أمنية.",
    ],
)
def test_clean_keeps_prose_that_looks_like_the_new_junk(line):
    """Issue 20's junk rules leave ordinary sentences alone."""
    doc = Document("d", line)
    assert kept_text(doc) == line
    assert reasons(doc) == []


def test_clean_keeps_an_arabic_date_line_under_a_title_as_a_heading():
    doc = Document("d", f"عنوان الخبر\n\nالسبت 8 يناير 2005\n\n{BODY}")
    blocks, removed = clean_document(doc)
    assert [b.kind for b in blocks] == ["heading", "heading", "paragraph"]
    assert not removed


def test_clean_a_long_read_also_line_goes_whole_not_just_its_opening():
    headlines = " ".join(["وزير الخارجية يزور العاصمة ويلتقي نظيره في جولة إقليمية"] * 3)
    doc = Document("d", f"{BODY}\nاقرأ أيضا: {headlines}")
    assert kept_text(doc) == BODY
    assert reasons(doc) == ["read-also"]


@pytest.mark.parametrize(
    "text",
    [
        "date 2023-05 وكالات",
        "Posted on 2023-05-06 10:20",
        "بغداد/ شفق نيوز/ أعلنت",
        "ذانيوز أونلاين//أصبح",
        "نص التغريدة pic.twitter.com/Ab12 — Some One (@someone) August 4, 2020",
        "— AGENCY (AR) (@agency_ar) February 6, 2023",
        "{{comment.DisplayName}}",
        "الخميس 9 مارس 2023 11:20 صباحاً - أعلنت",
        "الوزير يزور المدينة، اليوم الاثنين 3 مارس 2025 10:45 صباحاً",
        "للمزيد | This is a Twitter Status— صحيفة ما (@somepaper)",
        "سيتم نشر تعليقك بعد مراجعته.",
    ],
)
def test_junk_pattern_needs_text_that_each_of_its_matches_holds(text):
    """The optional fourth column of junk.tsv only skips lines that could not match."""
    with_needs = [p for p in junk_patterns() if p.needs]
    assert {p.reason for p in with_needs} >= {"tweet", "template", "agency-slash", "date-label"}
    found = [(p, m) for p in with_needs for m in p.regex.finditer(text)]
    assert found
    for pattern, match in found:
        assert pattern.needs in match.group(0).lower(), pattern.reason


def test_a_bracketed_number_before_a_dash_is_no_dateline():
    # A match report's "in minute (80) -" opens a sentence: a dateline's brackets hold a place or an
    # agency, never a number.
    minute = "وفي الدقيقة (80) - سدد المهاجم كرة قوية مرت بجوار القائم الأيمن للحارس."
    assert kept_text(Document("m", minute)) == minute
    assert kept_text(Document("d", "القدس (رويترز) - " + BODY)) == BODY


def test_a_junk_line_drawn_out_with_tatweel_is_still_junk():
    for line in ("إقــــرأ المزيد", "تابعوا آخر الأخبار عبر Google News", "ـــــــــ"):
        assert kept_text(Document("t", f"{BODY}\n{line}")) == BODY, line


def test_a_code_with_a_dash_and_a_number_is_no_dateline():
    # "NG-1" names a mission: a dateline's dash is never glued to a number after it.
    mission = "تهدف مهمة NG-1 إلى وضع الصاروخ في مدار حول الأرض خلال دقائق من الإقلاع."
    assert kept_text(Document("m", mission)) == mission
    assert kept_text(Document("d", "بيروت -" + BODY)) == BODY


def test_a_note_that_someone_did_not_answer_a_request_for_comment_goes() -> None:
    # fresh batch 9: agency copy's "did not answer a request for comment" states nothing of the story.
    doc = Document("d", BODY + " ولم ترد وزارة الحماية المدنية حتى الآن على طلب للتعليق.")
    assert kept_text(doc) == BODY
    assert reasons(doc) == ["no-comment"]
    alone = Document("a", f"{BODY}\n\nولم يرد المتحدث باسم الشركة على طلبات التعليق.\n")
    assert kept_text(alone) == BODY
    # A sentence that only mentions comments, or a refusal that is itself the news, stays.
    kept = "ولم يرد الرئيس على الاتهامات، وطلب من الوزراء التعليق على القرار في اجتماع الغد."
    assert kept_text(Document("k", kept)) == kept


# Issue 20, nineteenth pass: kinds of page junk the survey of the dev pages and 51 pages of 45
# outlets found kept as sentences (docs/quality.md). The lines are our own, in the kinds' shapes.
@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("شكراً لك على تعليقك. سيتم نشر تعليقك فور مراجعته من المحرر.", "comments"),
        ("سوف يتم نشر تعليقكم بعد موافقة إدارة الموقع.", "comments"),
        ("هل تود التعليق على هذا الخبر؟", "comments"),
        ("لا تترددوا في كتابة تعليقاتكم أو تعليقكم أسفل الصفحة", "comments"),
        ("أضف تعليقك", "comments"),
        ("التعليقات المنشورة تعبر عن رأي كتابها وحدهم.", "comments"),
        ("تعرّف على كيفية معالجة بيانات تعليقك.", "comments"),
        ("اعرف كيف تتم معالجة بيانات تعليقاتكم", "comments"),
        ("شكرا لمتابعتكم خبر عن افتتاح المعرض في العاصمة والآن إلى التفاصيل", "site-notice"),
        ("نعرض لكم زوارنا الكرام آخر الأخبار في السطور التالية:", "site-notice"),
        ("لقد قمنا بتلخيص هذه القصة لتقرأها في دقيقة. تجد النص كاملا عند المصدر.", "site-notice"),
        ("تعرف عبر موقع النجوم على تفاصيل المباراة ونتيجتها في السطور التالية.", "site-notice"),
        ("أكمل القراءة »", "read-more"),
        ("اقرأ المقال كاملاً", "read-more"),
        ("اقرأ أكثر:", "read-more"),
        ("قد يهمك أيضاً :", "related-links"),
        ("فيديو قد يعجبك:", "related-links"),
        ("نرشح لكم", "related-links"),
        ("الأكثر قراءة", "related-links"),
        ("افتتاح معرض الكتاب    ارتفاع أسعار الذهب    فوز الفريق بالكأس    طقس معتدل غدا", "ticker"),
        ("الوزير يزور المدينة، اليوم الاثنين 3 مارس 2025 10:45 صباحاً", "date-line"),
        ("الجمعة 14 تشرين الأول 2022 07:05 مساءً", "date-line"),
    ],
)
def test_clean_drops_the_nineteenth_pass_junk_lines(junk, reason):
    doc = Document("d", f"{BODY}\n\n{junk}\n")
    assert kept_text(doc) == BODY
    assert reasons(doc) == [reason]


@pytest.mark.parametrize(
    ("stamp", "reason"),
    [
        ("الخميس 9 مارس 2023 11:20 صباحاً - ", "date-stamp"),
        ("جدة في الأحد 5 مايو 2024 09:30 مساءً كتب سامي العلي - ", "date-stamp"),
    ],
)
def test_clean_drops_a_page_time_stamp_opening_a_paragraph(stamp, reason):
    doc = Document("d", stamp + BODY)
    assert kept_text(doc) == BODY
    assert reasons(doc) == [reason]


def test_clean_drops_an_embedded_tweet_s_placeholder_between_sentences():
    tweet = (
        "للمزيد | This is a Twitter StatusThis is a Twitter Status | This is a Twitter Status— صحيفة ما (@somepaper)"
    )
    doc = Document("d", f"{BODY} {tweet}{BODY}")
    assert kept_text(doc) == f"{BODY} | {BODY}"
    assert reasons(doc) == ["tweet"]


@pytest.mark.parametrize(
    "line",
    [
        "ورفض المتحدث باسم الوزارة التعليق على الخبر حين سألناه عنه.",
        "وقالت الشركة إنه لن يتم نشر التعليقات المسيئة على صفحاتها بعد اليوم.",
        "ما تعليقك على قرار الاتحاد؟",
        "وتابع القراءة من البيان أمام الصحفيين في المؤتمر.",
        "وضرب الزلزال المنطقة يوم الأربعاء 8 فبراير 2023 عند الساعة 12:13 مساءً - وفق المرصد - في جنوب البلاد.",
        "وقال  الوزير  إن الاجتماع  كان مثمرا.",
        "وأكد المدرب أن الفريق يهمه أيضا الفوز في المباراة المقبلة.",
    ],
)
def test_clean_keeps_prose_that_looks_like_the_nineteenth_pass_junk(line):
    doc = Document("d", line)
    assert kept_text(doc) == line
    assert reasons(doc) == []


# --- Issue 20, nineteenth session: live-blog time stamps and lines cut mid-sentence. ---


@pytest.mark.parametrize(
    "stamp",
    ["10.05- ", "18:40 - ", "09.15 – ", "21:30 - 3 مارس 2021", "07:45 م - "],
)
def test_clean_drops_a_live_blog_time_stamp_opening_an_entry(stamp):
    doc = Document("d", stamp + BODY)
    assert kept_text(doc) == BODY
    assert reasons(doc) == ["time-stamp"]


@pytest.mark.parametrize(
    "line",
    [
        "وسجل المؤشر 11.25 نقطة - وهو أعلى مستوى منذ عام - في ختام التداول.",
        "2:1 - هي النتيجة التي انتهت بها المباراة الأولى بين الفريقين.",
        "12.5 - 13 مليون شخص هو عدد السكان التقديري للمدينة.",
    ],
)
def test_clean_keeps_numbers_that_are_no_time_stamp(line):
    doc = Document("d", line)
    assert kept_text(doc) == line
    assert reasons(doc) == []


def test_a_sentence_opening_with_a_live_blog_time_stamp_is_junk():
    from khulasa.evaluation.keyfacts import is_junk

    assert is_junk("16.20- وصل الوزير إلى مقر الاجتماع في العاصمة.")
    assert is_junk("22:10 - 5 مايو 2022بدأت عملية فرز الأصوات في المراكز.")
    assert not is_junk("وبدأ الاجتماع عند الساعة 16.20 في مقر الوزارة.")


# Fixed-width text: one line is cut right after a quoted name, the sentence going on below it.
QUOTE_CUT = (
    "أعلنت وزارة النقل أمس عن خطة جديدة لتطوير شبكة الطرق السريعة بين المدن\n"
    "الكبرى خلال السنوات الخمس المقبلة بتكلفة تقدر بعدة مليارات من الدولارات.\n"
    "\n"
    "وقال وزير النقل في مؤتمر صحفي إن الخطة تشمل إنشاء جسور جديدة وتوسيع\n"
    "الطرق القائمة وتحسين وسائل السلامة على امتداد الطرق الرئيسية في البلاد.\n"
    "\n"
    "وأقلعت الطائرة من مطار “الملك فهد” صباحا نحو العاصمة ثم مطار “القاهرة”\n"
    "الدولي، في أول رحلة مباشرة بين المدينتين منذ سنوات طويلة من الانقطاع.\n"
    "\n"
    "وأشار إلى أن الشركات الوطنية ستشارك في تنفيذ المشروع إلى جانب شركات من\n"
    "دول عدة بعد أن تقدمت بعروضها خلال الأشهر الماضية إلى اللجنة المختصة.\n"
)


def test_clean_joins_a_fixed_width_line_cut_after_a_quoted_name_to_the_line_below():
    sentences = [s.text for s in prepare([Document("d", QUOTE_CUT)])[0].sentences]
    assert not any(s.startswith("الدولي") for s in sentences)
    assert any(s.startswith("وأقلعت") and s.endswith("الانقطاع.") for s in sentences)


def test_clean_keeps_a_line_ending_in_a_quote_apart_in_text_not_wrapped_at_one_width():
    # The same two lines on a page whose paragraphs are one line each: the quote may end it.
    lines = QUOTE_CUT.splitlines()[6:8]
    text = "\n".join([BODY, BODY, BODY, *lines])
    sentences = [s.text for s in prepare([Document("d", text)])[0].sentences]
    assert sentences[-1].startswith("الدولي")


def test_clean_keeps_a_quoted_sentence_ending_its_line_apart_in_fixed_width_text():
    # A stop before the closing quote ends the sentence, whatever the width.
    cut = QUOTE_CUT.replace("مطار “القاهرة”\nالدولي، في", "مطار القاهرة “بأمان.”\nوهي")
    sentences = [s.text for s in prepare([Document("d", cut)])[0].sentences]
    assert any(s.startswith("وهي أول رحلة") for s in sentences)


def test_clean_joins_a_fixed_width_line_cut_after_a_colon_to_the_line_below():
    cut = QUOTE_CUT.replace(
        "وأقلعت الطائرة من مطار “الملك فهد” صباحا نحو العاصمة ثم مطار “القاهرة”\nالدولي، في",
        "وقال مدير الطيران المدني في بيان نشرته الهيئة صباح اليوم على موقعها الرسمي:\nإنها",
    )
    sentences = [s.text for s in prepare([Document("d", cut)])[0].sentences]
    assert not any(s.startswith("إنها") for s in sentences)
    assert any(s.startswith("وقال مدير") and s.endswith("الانقطاع.") for s in sentences)


# A page that puts each paragraph's first word alone on its line, the rest wrapped below it.
LONE_WORDS = (
    "أعلنت\n"
    "الهيئة\n"
    "العامة للأرصاد الجوية اليوم الأحد أن موجة الحر ستستمر حتى نهاية الأسبوع في\n"
    "معظم مناطق البلاد.\n"
    "ونتيجة\n"
    "ارتفاع درجات الحرارة أغلقت السلطات المدارس في ثلاث محافظات جنوبية إلى\n"
    "إشعار آخر.\n"
    "وقال\n"
    "مدير الهيئة في مؤتمر صحفي إن درجات الحرارة قد تتجاوز خمسين درجة في بعض\n"
    "المدن الصحراوية.\n"
    "ودعت\n"
    "وزارة الصحة المواطنين إلى البقاء في منازلهم خلال ساعات الظهيرة.\n"
)


def test_clean_joins_the_first_word_a_page_puts_alone_on_its_line_to_its_paragraph():
    blocks, _ = clean_document(Document("d", LONE_WORDS))
    assert [b.kind for b in blocks] == ["paragraph"] * 4
    sentences = [s.text for s in prepare([Document("d", LONE_WORDS)])[0].sentences]
    assert [s.split()[0] for s in sentences] == ["أعلنت", "ونتيجة", "وقال", "ودعت"]


def test_clean_keeps_a_one_word_heading_over_its_text_as_a_heading():
    # One word alone over a paragraph, once: a section head, not the layout.
    text = f"الاقتصاد\n{BODY}\n{BODY}\n{BODY}"
    blocks, _ = clean_document(Document("d", text))
    assert [b.kind for b in blocks] == ["heading", "paragraph", "paragraph", "paragraph"]
