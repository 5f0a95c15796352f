"""What is new for a reader of an earlier summary version, the forty-seventh pass (docs/desk.md): a
name the earlier summary wrote in another spelling beside a short word that is no stop word ("سان"
of "سان فرانسيسكو") is one word, as beside a longer one. Made-up sentences."""

from __future__ import annotations

import pytest

from khulasa.desk import updates
from khulasa.desk.updates import _Known, _neighbours
from khulasa.link.clauses import content_keys
from tests.conftest import stored_summary as _summary


def _keys(earlier: str, later: str, *words: str) -> list[frozenset[str]]:
    known = _Known(_summary(earlier)["sentences"], _summary(later)["sentences"], ())
    return [known._keys(content_keys(w, known.analyzer, known.vocab)) for w in words]


RESPELLED = (
    "هبطت طائرة الركاب اضطراريا في مطار سان فرانسيسكو الدولي بعد عطل في محركها.",
    "وكانت الطائرة قادمة من سيول قبل هبوطها الاضطراري في مطار سان فرانسسكو.",
)


def test_a_name_respelled_beside_a_short_word_is_one_word() -> None:
    a, b = _keys(*RESPELLED, "فرانسسكو", "فرانسيسكو")
    assert a == b


def test_without_the_change_the_short_word_was_no_neighbour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updates, "NEIGHBOUR", 4)
    a, b = _keys(*RESPELLED, "فرانسسكو", "فرانسيسكو")
    assert a != b


def test_a_stop_word_is_no_neighbour() -> None:
    """ "على" beside two spellings says nothing of who they name."""
    assert _neighbours(["وفاز على فرنانديز بسهولة."]) == {"فرنانديز": {"بسهوله"}, "بسهوله": {"فرنانديز"}}
