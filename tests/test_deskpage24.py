"""Issue 22, the desk an editor can trust (helper deskpage24; docs/desk.md, pass 52): a figure's
subject ends at a word's end with a glued quote kept whole; an untitled article is named by the
cleaner's first line, in the library, the CLI and the story's JSON; a figure of another place is
new as a figure never given, not one that changed. Made-up texts."""

from __future__ import annotations

from khulasa.extract.figures import figure_context, figures_of
from khulasa.types import Document


def _context(text: str) -> str:
    """The context of the first percentage of ``text``."""
    f = next(f for f in figures_of(text) if f.dimension == "percent")
    return figure_context(text, f.start, f.end)


def test_a_subject_keeps_a_quote_glued_to_its_preposition_whole():
    # The window stopped at the quote mark and left "بي" (or "بـ"), a word cut short.
    assert _context("وصوت 50.2 بالمئة بـ«لا»، مقابل 49.75 بالمئة صوتوا بي”نعم”، بعد ساعة.") == "وصوت 50.2 بالمئة بـ«لا»"
    assert _context("مقابل 49.75 بالمئة صوتوا بي”نعم”، بعد ساعة.") == "مقابل 49.75 بالمئة صوتوا بي”نعم”"
    assert _context('مقابل 49,75 بالمئة صوتوا ب"نعم"، بعد ساعة.') == 'مقابل 49,75 بالمئة صوتوا ب"نعم"'


def test_a_long_quote_is_not_taken_in_and_a_bare_proclitic_is_dropped():
    text = 'وصوت 50 بالمئة بـ"نعم لاتفاق السلام مع المتمردين الكبار"، بعد ساعة.'
    assert _context(text) == "وصوت 50 بالمئة"


def test_a_subject_with_no_quote_is_unchanged():
    assert _context("وبلغت نسبة المشاركة 37 بالمئة فقط في المدن الكبرى.") == "وبلغت نسبة المشاركة 37 بالمئة فقط في"


# An untitled scraped page: an English date label glued before its lead (the cleaner drops it), a
# share bar, then the headline line and the lead.
_LABELLED = (
    "date 2026-03 أعلنت السلطات في بلدة وادي السرو حالة الطوارئ بعد الفيضانات. وأغلقت المدارس كلها.\n"
    "شارك عبر فيسبوك تويتر واتساب\n\n"
    "وقالت البلدية إن المياه غمرت مئات المنازل."
)


def test_an_untitled_article_is_named_by_the_cleaner_s_first_line():
    from khulasa.stories.labels import article_headline
    from khulasa.types import Document

    assert article_headline(Document("a", _LABELLED)) == "أعلنت السلطات في بلدة وادي السرو حالة الطوارئ بعد الفيضانات."
    # A breadcrumb, a short section name and an English navigation list never name it.
    page = (
        "الرئيسية > أخبار > محليات\nمحليات\n1. Navigation and more links\n"
        "فيضانات تضرب بلدة وادي السرو\n\nضربت فيضانات البلدة."
    )
    assert article_headline(Document("b", page)) == "فيضانات تضرب بلدة وادي السرو"
    # A title the feed gives is shown as given, on one line.
    assert article_headline(Document("c", _LABELLED, title="عنوان\nالمقال")) == "عنوان المقال"
    assert article_headline(Document("d", "")) == ""


def test_the_story_lists_its_articles_by_that_line_in_json_and_the_cli(tmp_path):
    import json

    from typer.testing import CliRunner

    from khulasa.cli import app
    from khulasa.desk.desk import Desk
    from tests.desk_feed import flood_documents

    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    docs = flood_documents()[:2]
    docs[1] = Document(docs[1].id, "date 2026-03 " + docs[1].text, source=docs[1].source, published=None)
    with Desk(db) as desk:
        desk.ingest(docs)
        (story,) = desk.stories()
    heads = {d["id"]: d["headline"] for d in story.summary["documents"]}
    assert heads[docs[0].id] == docs[0].title
    assert not heads[docs[1].id].startswith("date") and heads[docs[1].id]
    shown = CliRunner().invoke(app, ["desk", "story", story.id, "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "المقالات (2):" in shown.stdout
    assert f"- {docs[1].source}: {heads[docs[1].id]} — ؟" in shown.stdout
    assert "date 2026" not in shown.stdout
    as_json = CliRunner().invoke(app, ["desk", "story", story.id, "--db", db, "-f", "json"])
    assert {d["headline"] for d in json.loads(as_json.stdout)["summary"]["documents"]} == set(heads.values())
    markdown = CliRunner().invoke(app, ["desk", "story", story.id, "--db", db, "-f", "markdown"])
    assert "### المقالات (2)" in markdown.stdout


def test_an_agency_tag_after_a_dateline_is_dropped_too():
    from khulasa.text.clean import judge_line

    verdict = judge_line("بوسطن - (أ ف ب): بعد عامين حكمت هيئة محلفين بالإعدام على منفذ الهجوم.")
    # The dateline's pattern takes the bracketed tag after its dash with it (junk.tsv).
    assert [reason for _, _, reason in verdict.drops] == ["dateline"]
    assert verdict.pieces == ((17, 69),)  # from "بعد"
    # A dateline alone is dropped as before.
    assert [r for _, _, r in judge_line("بوسطن - بعد عامين حكمت هيئة محلفين بالإعدام.").drops] == ["dateline"]
