"""Figures told of different things that the ⚠ notes of a summary and ``compare`` set against each
other (docs/quality.md, "The twenty-second session", the helper figures22's addendum): a storm's
winds and the speed it moves at, another storm's winds, a speed written with a slash and a distance,
the injured passengers and everyone aboard, a train's cars and some of them. Read by the notes and
``compare`` only, never by the summarizer's choice of sentences. All texts are made up."""

from __future__ import annotations

from khulasa.analysis.compare import compare
from khulasa.extract.claims import _span_disputes
from khulasa.extract.figures import figures_of, mention, names_another_event, other_events, told_apart
from khulasa.text.normalize import Analyzer
from khulasa.types import Document, Span


def _marks(text: str) -> list[tuple[str, str, str]]:
    analyzer = Analyzer(stem=True)
    return [(f.text, (m := mention(f, text, 0, analyzer)).head, m.scope) for f in figures_of(text)]


def _notes(ours: str, theirs: str) -> list[str]:
    """The values of ``theirs`` a note on the summary sentence ``ours`` would set against it."""
    return [d.text for d in _span_disputes(ours, Span("b", 0, len(theirs)), theirs, False)]


# --- speeds ----------------------------------------------------------------------------------------


def test_a_storms_winds_are_no_speed_it_moves_at() -> None:
    text = "وترافق العاصفة رياح قوية تبلغ سرعتها 180 كيلومترا في الساعة، وتتحرك نحو الشمال بسرعة 15 كيلومترا في الساعة."
    heads = [head for _, head, _ in _marks(text)]
    assert heads == ["speed:wind", "speed:moving"], heads
    ours = "وضربت العاصفة الساحل الشرقي ترافقها رياح بسرعة 180 كلم في الساعة."
    assert _notes(ours, "وقالت الأرصاد إن العاصفة تتقدم نحو الساحل الشرقي بسرعة 15 كلم في الساعة.") == []
    # the winds in another outlet are still set against ours
    assert _notes(ours, "وضربت العاصفة الساحل الشرقي مصحوبة برياح بسرعة 160 كلم في الساعة.") != []


def test_a_speed_written_with_a_slash_is_no_distance() -> None:
    ours = "وتراجعت قوة العاصفة فوق الجزيرة لكن ترافقها رياح بسرعة 150 كلم/في الساعة."
    theirs = "وكانت عين العاصفة فوق الجزيرة على بعد 120 كيلومترا من العاصمة."
    assert [scope for _, _, scope in _marks(ours)] == ["rate"]
    assert _notes(ours, theirs) == []
    a, b = figures_of(ours)[0], figures_of(theirs)[0]
    assert told_apart(a, ours, b, theirs)


def test_another_storm_of_the_story_is_another_event() -> None:
    other = "ويتبع العاصفة إعصار آخر أطلق عليه اسم سامي مصحوبا برياح سرعتها 200 كلم في الساعة."
    assert names_another_event(other)
    assert not names_another_event("وقال مسؤول آخر إن الإعصار ضرب الساحل.")
    ours = "وضرب الإعصار الساحل الشرقي مصحوبا برياح بسرعة 240 كلم في الساعة."
    assert other_events(ours, other)
    assert _notes(ours, other) == []


def test_compare_keeps_another_storms_winds_and_the_forward_speed_apart() -> None:
    docs = [
        Document(
            "a", "وضرب الإعصار الجزيرة ليلا ترافقه رياح عاتية تصل سرعتها إلى 240 كيلومترا في الساعة.", source="منبر 1"
        ),
        Document(
            "b",
            "وضرب الإعصار الجزيرة ليلا ويتقدم نحو الغرب بسرعة 20 كيلومترا في الساعة. ويتبع الإعصار إعصار آخر "
            "مصحوبا برياح سرعتها 210 كلم في الساعة.",
            source="منبر 2",
        ),
    ]
    speeds = [g for g in compare(docs).figures if g.dimension == "speed"]
    assert all(g.agree for g in speeds), [[v.text for v in g.values] for g in speeds]


# --- counts of people and of things ----------------------------------------------------------------


def test_injured_passengers_are_not_everyone_aboard() -> None:
    ours = "وأسفر الحادث عن مصرع ثلاثة أشخاص وإصابة نحو 40 راكبا بجروح طفيفة."
    theirs = "وقالت شركة الطيران إن الطائرة كان على متنها 180 راكبا و10 من أفراد الطاقم."
    assert [head for _, head, _ in _marks(ours) if head] == ["role:injured"]
    assert [head for text, head, _ in _marks(theirs) if "راكب" in text] == ["role:aboard"]
    assert _notes(ours, theirs) == []
    # two counts of the injured passengers still differ
    assert _notes(ours, "وأسفر الحادث عن مصرع ثلاثة أشخاص وإصابة 55 راكبا بجروح.") != []


def test_some_cars_of_a_train_are_not_the_whole_train() -> None:
    ours = "وكان القطار المؤلف من 60 عربة محملة بالوقود قد خرج عن سكته قرب البلدة."
    assert [scope for _, _, scope in _marks(ours)] == ["total"]
    assert _notes(ours, "ونجح العمال في سحب 9 عربات سالمة من مؤخرة القطار قرب البلدة.") == []
    assert _notes(ours, "وانفجرت ثلاث عربات محملة بالوقود بعد خروج القطار عن سكته قرب البلدة.") == []
    # another outlet's count of the whole train is still set against ours
    assert _notes(ours, "وكان القطار الذي يحمل 61 عربة محملة بالوقود قد خرج عن سكته قرب البلدة.") != []


# --- sentences that do not stand on their own -------------------------------------------------------


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
