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
    doc = Document("d", BODY + "\nتابعوا التغطية الكاملة على https://example.org/live")
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
