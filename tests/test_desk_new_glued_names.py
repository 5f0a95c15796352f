"""What is new for a reader of an earlier summary version, the forty-second pass (docs/desk.md): the
names reader takes a name joined to the one before it by «و» with the و ("ولاية بويبلا وموريلوس":
«وموريلوس»); counting the outlets that name it (``_Known._naming``, which tells one outlet's colour
from the story's news), it is that name without the و when the story writes it so. Made-up
sentences."""

from __future__ import annotations

from typing import Any

from khulasa.desk.updates import what_is_new
from khulasa.extract.claims import claims_of
from khulasa.types import Document

OPENING = "ضرب زلزال بقوة 7.1 درجات وسط البلاد مساء الثلاثاء، وانهارت مبان في العاصمة."
CENTRE = "وحدد مركز الزلزال على حدود ولاية بويبلا وموريلوس على عمق 51 كلم بحسب المركز الجيولوجي."


def _summary(*texts: str) -> dict[str, Any]:
    return {"sentences": [{"text": t, "sources": []} for t in texts]}


def _story(second: str) -> list[Document]:
    """Four outlets: the first gives the epicentre and its depth; the second names the province bare
    (``second``); the others tell of other things."""
    others = [second, "وهرع السكان إلى الشوارع.", "وتواصل فرق الإنقاذ البحث عن ناجين."]
    docs = [Document(id="d0", text=f"{OPENING} {CENTRE}", source="outlet0")]
    return docs + [Document(id=f"d{i}", text=f"{OPENING} {t}", source=f"outlet{i}") for i, t in enumerate(others, 1)]


def test_the_reader_takes_the_name_with_its_joining_waw() -> None:
    assert ("place", "وموريلوس") in claims_of(CENTRE).names


def test_a_place_another_outlet_names_bare_is_the_storys_news() -> None:
    """Two outlets name the province: the epicentre there is news, not one outlet's colour."""
    changes = what_is_new(_summary(CENTRE), _summary(OPENING), _story("وقتل 72 شخصا في موريلوس."))
    assert changes.new == [0] and changes.details == []


def test_a_place_one_outlet_names_stays_its_colour() -> None:
    """No other outlet names the province: the depth and the place are the first outlet's detail."""
    changes = what_is_new(_summary(CENTRE), _summary(OPENING), _story("وقتل 72 شخصا في الجبال."))
    assert changes.new == [] and [i for i, _ in changes.details] == [0]
