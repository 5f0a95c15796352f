"""benchmarks/peer_failures.py: its checks catch junk and copies, and khulasa's demo row passes them."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module("peer_failures")


def _rows(output: str, header: tuple[str, ...]) -> list[dict[str, str]]:
    lines = [line for line in output.splitlines() if line.startswith("| ") and not line.startswith("| system ")]
    return [dict(zip(header, (c.strip() for c in line.strip("|").split(" | ")), strict=True)) for line in lines]


def test_peer_failures_checks_flag_junk_fragments_and_copies(script: ModuleType) -> None:
    from khulasa.text.normalize import Analyzer

    assert "shortcode" in script.junk_reasons('[covid19-ultimate-card region="EG" confirmed-label="x"]')
    assert script.junk_reasons("مشاركة :") and script.junk_reasons("زر الذهاب إلى الأعلى")
    assert "stray-ampersand" in script.junk_reasons("وصل كيم إلى فلاديفوستوك يوم الأربعاء.&")
    assert script.junk_reasons("وصل كيم إلى فلاديفوستوك على متن قطاره يوم الأربعاء.") == []
    assert "dateline" in script.junk_reasons("وكالات: عقد بوتين وكيم أول قمة بينهما.")
    assert script.junk_reasons("وقال بوتين: إن القمة كانت مفيدة.") == []
    assert script.is_fragment("عقد الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي قمة،")
    assert not script.is_fragment('وقال بوتين "نحن على ثقة".')
    sentence = "عقد الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون قمتهما الأولى في فلاديفوستوك."
    other = "وتناولت المحادثات العقوبات الدولية المفروضة على بيونغ يانغ ونزع السلاح النووي."
    assert script.near_copy_pairs([sentence, other, "وقد " + sentence], Analyzer(stem=True)) == 1


def test_peer_failures_demo_table_has_clean_khulasa_row(script: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    for package in ("sumy", "summa", "lexrank"):
        pytest.importorskip(package, reason="needs the bench extra")
    assert script.main(["--cluster", "demo", "--repeats", "0"]) == 0
    rows = _rows(capsys.readouterr().out, script.HEADER)
    ours = [r for r in rows if r["system"] == "khulasa"]
    assert len(ours) == 1
    assert ours[0]["works offline"] == "yes"
    assert ours[0]["junk pieces leaked"] == "0"
    assert ours[0]["near-copy pairs"] == "0"
    assert {"summa", "lexrank"} <= {r["system"] for r in rows}
