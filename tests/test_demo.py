"""The bundled demo cluster: present, loadable, and shaped like real scraped news."""

from __future__ import annotations

import json

from khulasa.demo import demo_path, demo_records_path
from khulasa.io import load_documents
from khulasa.text.normalize import count_words, normalize

WIRE_OPENING = "عقد الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي"


def test_demo_loads_five_outlets_from_folder_and_jsonl() -> None:
    from_folder = load_documents([demo_path()])
    from_records = load_documents([demo_records_path()])
    assert not from_folder.warnings and not from_records.warnings
    assert [d.id for d in from_folder.documents] == [d.id for d in from_records.documents]
    assert len(from_folder.documents) == 5
    assert [d.text for d in from_folder.documents] == [d.text for d in from_records.documents]
    assert len({d.source for d in from_records.documents}) == 5
    assert all(d.url and d.published for d in from_records.documents)


def test_demo_articles_are_short_news_items() -> None:
    for doc in load_documents([demo_path()]).documents:
        assert 120 <= count_words(doc.text) <= 250, doc.id


def test_demo_has_shared_wire_paragraph_and_junk() -> None:
    texts = [d.text for d in load_documents([demo_path()]).documents]
    wire = [t for t in texts if normalize(WIRE_OPENING) in normalize(t)]
    assert len(wire) == 3
    assert len({t[t.index(WIRE_OPENING) : t.index("يوم الأربعاء")] for t in wire}) == 3  # edited, not identical
    joined = "\n".join(texts)
    for junk in (
        "[ads-inline-block",
        "مقالات ذات صلة",
        "زر الذهاب إلى الأعلى",
        "مشاركة :",
        ".&\n",
        "(رويترز، أ ف ب)",
        "وكالات:",
        "موسكو - :",
        "https://",
    ):
        assert junk in joined, junk


def test_demo_jsonl_records_have_contract_fields() -> None:
    lines = demo_records_path().read_text("utf-8").splitlines()
    assert len(lines) == 5
    for line in lines:
        assert set(json.loads(line)) == {"id", "source", "title", "url", "published", "text"}
