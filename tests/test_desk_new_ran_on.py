"""What is new for a reader of an earlier summary version, the forty-third pass (docs/desk.md): the
name reader takes the words after a title for a name and reports the last; when it ran on past a
name version V named into a word that is none ("الرئيس دونالد ترامب شخصيا": «شخصيا»; before names22
also "ترامب وقع", which the reader now ends at the verb), or ends in a word behind a preposition in
a run linking reads no name in («بحفاوه»), no one new is named. A man version V never named stays
news."""

from __future__ import annotations

import pytest

from khulasa.desk.updates import _Known, _person_runs
from khulasa.extract.claims import claims_of
from khulasa.types import Document
from tests.conftest import stored_summary as _summary

ARTICLES = (
    "أعلن الرئيس الأمريكي دونالد ترامب اليوم الجمعة اتفاق البلدين على تطبيع العلاقات بينهما.",
    "وقال الرئيس دونالد ترامب إن الاتفاق تاريخي، وإن وفودا من البلدين ستجتمع خلال أسابيع.",
    "وأكد البيت الأبيض أن الرئيس دونالد ترامب شخصيا وقع قرارا يرفع العقوبات عن البلد.",
    "وقال وزير الخارجية مايك بومبيو إن الاتفاق يفتح صفحة جديدة في المنطقة.",
)
EARLIER = _summary("أعلن الرئيس الأمريكي دونالد ترامب اليوم الجمعة اتفاق البلدين على تطبيع العلاقات بينهما.")
LATER = "وأكد البيت الأبيض أن الرئيس دونالد ترامب شخصيا وقع قرارا يرفع العقوبات عن البلد."


def _known(later: str) -> _Known:
    docs = [Document(id=f"d{i}", text=t, source=f"outlet{i}") for i, t in enumerate(ARTICLES)]
    return _Known(EARLIER["sentences"], _summary(later)["sentences"], docs)


def test_the_reader_runs_on_past_the_name() -> None:
    assert ("person", "شخصيا") in claims_of(LATER).names
    assert _person_runs(LATER)["شخصيا"] == [("دونالد", "ترامب", "شخصيا")]


def test_a_run_past_a_man_version_v_named_names_him() -> None:
    assert _known(LATER)._people_not_named(claims_of(LATER), LATER) == set()


def test_a_man_version_v_never_named_stays_news() -> None:
    later = "وقال وزير الخارجية مايك بومبيو إن الاتفاق يفتح صفحة جديدة في المنطقة."
    assert _known(later)._people_not_named(claims_of(later), later) == {"بومبيو"}


def test_without_the_articles_the_run_stands() -> None:
    known = _Known(EARLIER["sentences"], _summary(LATER)["sentences"], [])
    assert known._people_not_named(claims_of(LATER), LATER) == {"شخصيا"}


def test_without_the_rule_the_run_names_someone_new(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Known, "_ran_on", lambda self, run: False)
    assert _known(LATER)._people_not_named(claims_of(LATER), LATER) == {"شخصيا"}


def test_a_word_behind_a_preposition_in_a_run_of_no_name_is_no_one() -> None:
    """ "استقبل الملك الضيوف بحفاوة": the reader reports «بحفاوه» (with warmth); no word of the run
    is a name the story's linking reads, and a name after a title takes no preposition."""
    later = "واستقبل الملك الضيوف بحفاوة بالغة في القصر."
    assert ("person", "بحفاوه") in claims_of(later).names
    assert _known(later)._people_not_named(claims_of(later), later) == set()
