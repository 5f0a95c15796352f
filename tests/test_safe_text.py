"""Output safety (issue 13): Markdown escapes article text and never links a javascript: URL;
terminal control sequences never reach a terminal; JSON keeps the data exactly."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from khulasa import Document, summarize
from khulasa.analysis.compare import compare
from khulasa.analysis.render_compare import render_comparison
from khulasa.render import render
from khulasa.text.safe_text import json_for_terminal, markdown_text, markdown_url, one_line, printable

SENTENCES = [
    "افتتح وزير الاقتصاد معرض التجارة الدولي في العاصمة صباح الثلاثاء بمشاركة مئتي شركة محلية وأجنبية.",
    "ويستمر المعرض خمسة أيام ويضم أجنحة من اثنتي عشرة دولة عربية وأجنبية بحسب المنظمين.",
    "وقال المنظمون إن عدد الزوار في اليوم الأول تجاوز عشرة آلاف زائر من داخل البلاد وخارجها.",
]
ESC = "\x1b]0;owned\x07\x1b[2J\x9b31m"
ATTACK_TEXT = (
    f"افتتح وزير الاقتصاد <img src=x onerror=alert(1)> معرض التجارة الدولي {ESC}في العاصمة "
    f"[صباح](javascript:alert(2)) الثلاثاء بمشاركة مئتي شركة محلية وأجنبية.\n{SENTENCES[1]}"
)


def attack_cluster() -> list[Document]:
    return [
        Document(
            "a",
            ATTACK_TEXT + "\n" + SENTENCES[2],
            title="<script>alert(3)</script> عنوان *مهم*",
            source="منبر <b>أ</b>\u202e",
            url="javascript:alert(4)",
        ),
        Document(
            "b", "\n".join(SENTENCES), title=f"عنوان{ESC}", source=f"منبر ب{ESC}", url="https://example.com/a_b?x=<1>"
        ),
    ]


RAW_HTML = re.compile(r"<(?!https?://)[a-zA-Z/!]")


def assert_safe_markdown(out: str) -> None:
    assert not RAW_HTML.search(out), out  # no tag, comment or non-http autolink
    assert "<javascript:" not in out.lower()
    assert not re.search(r"(?<!\\)\]\(\s*javascript:", out, re.IGNORECASE)  # no link, unless escaped
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out


def test_markdown_summary_escapes_titles_outlets_urls_and_sentences() -> None:
    summary = summarize(attack_cluster(), words=1000)
    out = render(summary, "markdown")
    assert_safe_markdown(out)
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "\\[صباح\\](javascript:alert(2))" in out  # shown as text, not a link
    assert "<https://example.com/a_b?x=<1>>" not in out  # an autolink cannot hold "<"


def test_markdown_comparison_is_escaped_too() -> None:
    assert_safe_markdown(render_comparison(compare(attack_cluster()), "markdown"))


def test_html_comparison_has_no_controls_and_isolates_outlet_names() -> None:
    out = render_comparison(compare(attack_cluster()), "html")
    assert "\x1b" not in out and "<b>" not in out
    assert "<bdi>منبر &lt;b&gt;أ&lt;/b&gt;\u202e</bdi>" in out


def test_markdown_url_links_only_http() -> None:
    assert markdown_url("https://example.com/x") == "<https://example.com/x>"
    assert markdown_url("HTTP://example.com") == "<HTTP://example.com>"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>", "https://a b", "vbscript:x"):
        assert not markdown_url(bad).startswith("<"), bad


def test_text_output_has_no_terminal_controls() -> None:
    out = render(summarize(attack_cluster(), words=100), "text")
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out


def test_json_output_keeps_the_data_and_escapes_c1_controls() -> None:
    summary = summarize(attack_cluster(), words=100)
    out = render(summary, "json")
    assert "\x9b" not in out and "\\u009b" in out
    assert json.loads(out) == json.loads(json.dumps(summary.to_dict()))


@given(st.text())
def test_safe_text_functions_on_any_text(text: str) -> None:
    shown = printable(text)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", shown)
    assert "\n" not in one_line(text)
    escaped = markdown_text(text)
    assert "<" not in escaped and ">" not in escaped and "\n" not in escaped
    assert json.loads(json_for_terminal(json.dumps(text, ensure_ascii=False))) == text


def test_cli_output_and_messages_carry_no_control_sequences(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for doc in attack_cluster():
        record = {"id": doc.id, "text": doc.text, "title": doc.title, "source": doc.source, "url": doc.url}
        (folder / f"{doc.id}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (folder / "bad\x1b[2J.json").write_text("{", encoding="utf-8")  # a warning naming this file
    for command in (
        ["summarize", "-f", "text"],
        ["summarize", "-f", "markdown"],
        ["summarize", "-f", "json"],
        ["compare", "-f", "markdown"],
        ["compare", "-f", "json"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "khulasa", *command, str(folder)], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        for stream in (done.stdout, done.stderr):
            assert "\x1b" not in stream and "\x9b" not in stream and "\x07" not in stream, command
        assert "warning" in done.stderr
