"""What is new for a reader of an earlier summary version when a toll is told again (docs/desk.md,
"pass 54: falsely new"): a running toll told again in the toll's own words, its value one the reader
has (a bound under the count version 1 gave, though version 1 told it as persons under "عدد
الوفيات"), is no news; a higher value, a figure more, a clause of its own or someone's words about
it still are. And "الأمر الذي" (which) is a function word, as "مما" is.

Made-up sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khulasa.cli import app
from khulasa.desk.desk import Desk
from khulasa.desk.updates import _Known, new_sentences, what_is_new
from khulasa.extract.claims import claims_of
from tests.conftest import stored_summary
from tests.desk_feed import flood_documents

TOLD = (
    "قال رئيس هيئة الطوارئ في البلاد اليوم الأحد إن عدد الوفيات جراء السيول والانهيارات الأرضية التي "
    "أعقبت الأمطار الغزيرة في إقليم الوادي ارتفع إلى 212 شخصا."
)
SEARCH = "وأضاف أن فرق الإنقاذ تواصل البحث عن المفقودين في القرى الجبلية المعزولة في إقليم الوادي."
EARLIER = stored_summary(TOLD, SEARCH)
RETOLD = (
    "ارتفعت حصيلة ضحايا السيول التي ضربت إقليم الوادي هذا الأسبوع، إلى أكثر من 200 قتيل، بحسب ما أعلنت هيئة الطوارئ."
)


def test_a_running_toll_told_again_under_the_value_given_is_not_new() -> None:
    """The reworded update shares few words with version 1's sentence; its value, more than 200
    dead, is one the reader of 212 has. Before: new («رقم تغيّر», then the statement)."""
    assert new_sentences(stored_summary(RETOLD), EARLIER) == []


@pytest.mark.parametrize(
    ("later", "kind"),
    [
        # a higher value: the toll rose
        (RETOLD.replace("أكثر من 200", "أكثر من 250"), "changed"),
        # a figure version 1 did not give
        (RETOLD.replace("200 قتيل،", "200 قتيل بينهم 40 طفلا،"), "figure"),
        # a clause of its own
        (RETOLD.replace("، بحسب ما أعلنت هيئة الطوارئ.", "، فيما أعلنت الحكومة الحداد العام في البلاد."), "statement"),
    ],
)
def test_a_running_toll_with_more_to_tell_is_new(later: str, kind: str) -> None:
    changes = what_is_new(stored_summary(later), EARLIER)
    assert changes.new == [0]
    assert changes.why[0][1] == kind


def test_someone_s_words_about_the_toll_are_not_read_as_a_toll_told_again() -> None:
    """«نأسف لوفاة …» in the speaker's words: what he said is for the other tests to weigh, not the
    toll's test (fresh38's «وقال المعهد الوطني للهجرة: "نأسف لوفاة 39 شخصًا …"», a statement)."""
    said = 'وقال رئيس هيئة الطوارئ: "نأسف لوفاة أكثر من 200 شخص حتى الآن جراء السيول في إقليم الوادي".'
    known = _Known(EARLIER["sentences"], stored_summary(said, RETOLD)["sentences"], [])
    assert not known._toll_retold(known._plain(said), claims_of(known._plain(said)))
    assert known._toll_retold(known._plain(RETOLD), claims_of(known._plain(RETOLD)))


def test_a_toll_version_1_told_as_persons_counts_the_dead_only_under_a_word_of_the_dead() -> None:
    """A count of persons with no word of a toll in its sentence (a crowd) bounds no toll."""
    crowd = stored_summary("وكان نحو 500 شخص في السوق المركزية في إقليم الوادي عندما ضربت السيول المدينة.")
    later = stored_summary("ارتفعت حصيلة ضحايا السيول في السوق المركزية في إقليم الوادي، إلى أكثر من 80 قتيلا.")
    assert new_sentences(later, crowd) == [0]


def test_which_led_to_is_a_function_word_unless_the_story_writes_an_order() -> None:
    """ "الأمر الذي أسفر عن" says what "مما أسفر عن" says (fresh50's jet crash at two thirds, new by
    «الأمر»): its key is left out of the words compared, as "مما" is; but not in a story that writes
    the word as an order ("أصدر الرئيس أمرا"), whose key it shares (``_clashing``)."""
    from khulasa.desk.updates import content_keys

    said = "أعلنت السلطات سقوط طائرة خاصة في شمال البلاد، الأمر الذي أسفر عن مقتل 11 شخصا."
    order = "وأصدر الرئيس أمرا بفتح تحقيق في الحادث."
    plain = _Known(stored_summary(said)["sentences"], [], [])
    keys = content_keys("الأمر", plain.analyzer, plain.vocab)
    assert keys and keys <= plain.function_terms
    ordered = _Known(stored_summary(said, order)["sentences"], [], [])
    assert not content_keys("الأمر", ordered.analyzer, ordered.vocab) <= ordered.function_terms


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args))


def test_cli_story_new_since_leaves_a_running_toll_told_again_unmarked(tmp_path: Path) -> None:
    """``desk story ID --new-since 1``: version 1 gave 212 persons under "عدد الوفيات"; the update
    "أكثر من 200 قتيل" is no «جديد», the risen toll is."""
    db = f"sqlite:///{tmp_path}/desk.sqlite"
    flood = flood_documents()
    with Desk(db) as desk:
        desk.ingest(flood[:2])
        desk.ingest(flood[2:])
        (view,) = desk.stories()
        for version, texts in (
            (1, (TOLD, SEARCH)),
            (2, (RETOLD, SEARCH, RETOLD.replace("أكثر من 200", "أكثر من 250"))),
        ):
            row = desk.store.one("SELECT summary FROM summaries WHERE story_id = ? AND version = ?", [view.id, version])
            assert row is not None
            summary = {**json.loads(str(row[0])), **stored_summary(*texts)}
            with desk.store.transaction():
                desk.store.execute(
                    "UPDATE summaries SET summary = ? WHERE story_id = ? AND version = ?",
                    [json.dumps(summary, ensure_ascii=False), view.id, version],
                )
    out = _run("desk", "story", view.id, "--db", db, "-f", "json", "--new-since", "1")
    assert out.exit_code == 0, out.output
    story = json.loads(out.stdout)
    assert story["new"] == [2]
    text = _run("desk", "story", view.id, "--db", db, "--new-since", "1").stdout.splitlines()
    assert [x for x in text if x.startswith("[جديد]")] and not any(
        x.startswith("[جديد]") and "أكثر من 200" in x for x in text
    )


def test_a_piece_past_a_toll_s_figure_is_weighed_as_a_clause_of_its_own() -> None:
    """ "…، إلى أكثر من 200 قتيل، فيما أعلنت الحكومة الحداد العام في البلاد": the splitter joins the piece
    after the figure to the figure's clause (it reads "أعلنت الحكومة" as who said it), but it tells
    a thing of its own: new though the toll is told again with its value (docs/desk.md, pass 56).
    Naming the source there, or a piece that holds a figure of its own, is not."""
    earlier = stored_summary(
        "قال رئيس هيئة الطوارئ في البلاد اليوم الأحد إن 212 شخصا لقوا حتفهم جراء السيول والانهيارات الأرضية"
        " التي أعقبت الأمطار الغزيرة في إقليم الوادي.",
        SEARCH,
    )
    retold = "ارتفعت حصيلة ضحايا السيول التي ضربت إقليم الوادي هذا الأسبوع، إلى أكثر من 200 قتيل"
    assert new_sentences(stored_summary(retold + "، فيما أعلنت الحكومة الحداد العام في البلاد."), earlier) == [0]
    assert new_sentences(stored_summary(retold + "، بحسب ما أعلنت هيئة الطوارئ."), earlier) == []
