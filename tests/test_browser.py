"""End-to-end tests of the web page in Debian's headless Chromium, driven by Playwright for Python.

The app runs in-process under uvicorn on a free 127.0.0.1 port. Skipped when Chromium or Playwright
is not installed (``apt-get install -y chromium``; ``pip install 'khulasa[test]'``).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium)", allow_module_level=True)

from khulasa.demo import demo_path  # noqa: E402
from khulasa.service import Limits, create_app  # noqa: E402

expect = sync_api.expect


@contextmanager
def running(limits: Limits, **app_options: Any) -> Iterator[str]:
    """Serve ``create_app(limits, **app_options)`` on a free loopback port in a thread; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(limits, **app_options), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running(Limits()) as url:
        yield url


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    page = context.new_page()
    # Offline page: every request must go to our own server; no script errors.
    page.outside = []
    page.errors = []
    page.on("request", lambda r: None if r.url.startswith(base_url) else page.outside.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    yield page
    context.close()


def demo_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(Path(demo_path()).glob("*.txt"))]


def test_browser_demo_summary_chips_and_highlight(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")

    page.get_by_role("button", name="تحميل المثال").click()
    expect(page.locator("#articles .article")).to_have_count(len(demo_texts()))
    page.get_by_role("button", name="لخّص").click()

    sentences = page.locator("#summary li.sentence")
    expect(sentences.first).to_be_visible()
    count = sentences.count()
    assert count >= 2
    expect(page.locator("#summary .chip.coverage").first).to_have_text(re.compile(r"^\d+ من \d+$"))
    assert page.locator("#summary li.sentence").first.locator(".chip.outlet").count() >= 1
    expect(page.locator("#sources .source-doc")).to_have_count(len(demo_texts()))
    expect(page.locator("#sources mark")).to_have_count(0)

    # Click: the sentence is pressed and its passage is marked in the sources that carry it.
    first = sentences.first
    first.click()
    expect(first).to_have_attribute("aria-pressed", "true")
    marks = page.locator("#sources mark")
    expect(marks.first).to_be_visible()
    first_text = first.locator(".sentence-text").inner_text().strip()
    # A sentence given in several passages (a title dropped) is marked passage by passage.
    assert first_text in " ".join(m.strip() for m in marks.all_inner_texts())
    carrying = first.locator(".chip.outlet").count()
    assert page.locator("#sources .source-doc.carries").count() >= carrying

    # Keyboard: Tab focus + Enter selects another sentence and moves the highlight.
    second = sentences.nth(1)
    second.focus()
    page.keyboard.press("Enter")
    expect(second).to_have_attribute("aria-pressed", "true")
    expect(first).to_have_attribute("aria-pressed", "false")
    second_text = second.locator(".sentence-text").inner_text().strip()
    expect(page.locator("#sources mark").first).to_be_visible()
    assert second_text in " ".join(m.strip() for m in page.locator("#sources mark").all_inner_texts())

    first.click()
    shot = tmp_path / "khulasa-page.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000
    assert page.outside == []
    assert page.errors == []


def test_browser_pasted_articles_with_separator(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.get_by_label("نص المقال").fill("\n---\n".join(demo_texts()[:3]))
    page.get_by_label("الوحدة").select_option("sentences")
    expect(page.get_by_label("الحد الأقصى")).to_have_value("5")
    page.get_by_label("الحد الأقصى").fill("2")
    page.get_by_role("button", name="لخّص").click()
    sentences = page.locator("#summary li.sentence")
    expect(sentences.first).to_be_visible()
    assert 1 <= sentences.count() <= 2
    expect(page.locator("#sources .source-doc")).to_have_count(3)
    assert page.errors == []


def test_browser_reworded_outlets_get_dashed_chips(page: Any, base_url: str) -> None:
    from tests.test_pipeline import REWORDED

    page.goto(base_url + "/")
    page.get_by_label("نص المقال").fill("\n---\n".join(d.text for d in REWORDED))
    page.get_by_role("button", name="لخّص").click()
    opening = page.locator("#summary li.sentence", has_text="أعلنت وزارة الصحة")
    expect(opening).to_be_visible()
    reworded = opening.locator(".chip.reworded")
    expect(reworded).to_have_count(1)
    expect(reworded).to_contain_text("≈")
    opening.click()
    expect(page.locator("#status")).to_contain_text("وبصياغة أخرى في 1")
    # Both outlets' passages are marked in the articles shown below.
    expect(page.locator("#sources .source-doc.carries")).to_have_count(2)
    assert page.errors == [] and page.outside == []


def test_browser_empty_form_shows_arabic_message(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.get_by_role("button", name="لخّص").click()
    expect(page.get_by_role("alert")).to_contain_text("أضف مقالًا واحدًا على الأقل")


def test_browser_limit_error_in_arabic(browser: Any, tmp_path: Path) -> None:
    with running(Limits(max_documents=2)) as url:
        page = browser.new_page()
        page.goto(url + "/")
        page.get_by_role("button", name="تحميل المثال").click()
        expect(page.locator("#articles .article")).to_have_count(len(demo_texts()))
        page.get_by_role("button", name="لخّص").click()
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("عدد المقالات أكبر من الحد المسموح به (2")
        expect(alert).not_to_contain_text("at most")  # the API's English detail stays off the page
        expect(page.locator("#result")).to_be_hidden()
        page.close()


def test_browser_upload_files(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    files = sorted(Path(demo_path()).glob("*.txt"))
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(p) for p in files])
    expect(page.locator("#files-chosen")).to_have_text(re.compile(rf"^الملفات المختارة \({len(files)}\): "))
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence").first).to_be_visible()
    expect(page.locator("#sources .source-doc")).to_have_count(len(files))
    assert page.errors == []


def test_browser_says_which_uploaded_files_were_left_out(page: Any, base_url: str, tmp_path: Path) -> None:
    """Before: the page ignored the API's ``warnings``: a file it could not read vanished from the
    summary without a word."""
    files = sorted(Path(demo_path()).glob("*.txt"))
    broken = tmp_path / "مقال تالف.txt"
    broken.write_bytes(b"\x00\x01binary")
    page.goto(base_url + "/")
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(p) for p in files[:3]])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence").first).to_be_visible()
    expect(page.locator("#summary-skipped")).to_be_hidden()
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(p) for p in files[:3]] + [str(broken)])
    page.get_by_role("button", name="لخّص").click()
    skipped = page.locator("#summary-skipped")
    expect(skipped).to_be_visible()
    expect(skipped).to_have_text("ملفات لم تُقرأ فلم تدخل في الخلاصة (1): مقال تالف.txt (ليس نصًا يمكن قراءته).")
    expect(page.locator("#sources .source-doc")).to_have_count(3)
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False) for p in files[:3]]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([lines[0], '{"text": "broken', *lines[1:]]) + "\n", encoding="utf-8")
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(feed)])
    page.get_by_role("button", name="لخّص").click()
    expect(skipped).to_have_text(re.compile(r"^تُركت أجزاء لم تمكن قراءتها"))
    # Before: the list named the files, not why each was left out.
    empty, english, docx = tmp_path / "فارغ.txt", tmp_path / "english.txt", tmp_path / "notes.docx"
    empty.write_bytes(b"")
    english.write_text("Only English words in this article, nothing else at all.", encoding="utf-8")
    docx.write_bytes(b"PK")
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(p) for p in (*files[:2], empty, english, docx)])
    page.get_by_role("button", name="لخّص").click()
    expect(skipped).to_have_text(
        "ملفات لم تُقرأ فلم تدخل في الخلاصة (3): فارغ.txt (الملف فارغ)، english.txt (لا نص عربي فيه)، "
        "notes.docx (صيغته غير مدعومة)."
    )
    expect(page.locator("#summary-order")).to_be_hidden()
    assert page.errors == []


def test_browser_order_by_time_says_when_articles_have_no_date(page: Any, base_url: str) -> None:
    """Before: the page could not order by time, and only the CLI said that undated articles come
    last (or, none dated, keep their reading order)."""
    n = len(demo_texts())
    page.goto(base_url + "/")
    page.get_by_role("button", name="تحميل المثال").click()
    expect(page.locator("#articles .article")).to_have_count(n)
    page.get_by_label("ترتيب الجمل").select_option("time")
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence").first).to_be_visible()
    expect(page.locator("#summary-order")).to_be_hidden()  # the demo's articles are dated
    page.evaluate("() => { delete document.querySelector('#articles .article').dataset.published; }")
    page.get_by_role("button", name="لخّص").click()
    order = page.locator("#summary-order")
    expect(order).to_have_text(f"مقال واحد من {n} بلا وقت نشر مقروء، فجاءت جملها في آخر الخلاصة.")
    page.evaluate("() => document.querySelectorAll('#articles .article').forEach((a) => delete a.dataset.published)")
    page.get_by_role("button", name="لخّص").click()
    expect(order).to_have_text("لا يحمل أي من المقالات وقت نشر مقروءًا، فبقيت الجمل بترتيبها في المقالات.")
    expect(page.locator("#summary-skipped")).to_be_hidden()
    page.get_by_label("ترتيب الجمل").select_option("position")
    page.get_by_role("button", name="لخّص").click()
    expect(order).to_be_hidden()
    assert page.errors == []


def test_browser_names_the_uploaded_files_when_none_could_be_read(page: Any, base_url: str, tmp_path: Path) -> None:
    """Before: «تعذّرت قراءة أحد الملفات أو المقالات.», not which file; the problem's ``files`` names them."""
    broken = tmp_path / "مقال تالف.txt"
    broken.write_bytes(b"\x00\x01binary")
    english = tmp_path / "report 2.txt"
    english.write_text("Only English words in this article, nothing else at all.", encoding="utf-8")
    page.goto(base_url + "/")
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(broken)])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#error")).to_have_text("تعذّرت قراءة الملف مقال تالف.txt.")
    expect(page.locator("#error bdi")).to_have_text("مقال تالف.txt")
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(broken), str(english)])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#error")).to_have_text("تعذّرت قراءة الملفات كلها (2): مقال تالف.txt، report 2.txt.")
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(english)])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#error")).to_have_text("لا يوجد نص عربي يمكن تلخيصه في الملف report 2.txt.")
    expect(page.locator("#result")).to_be_hidden()
    # With an article typed in the form, the unreadable file is left out and named, not an error.
    page.locator("#articles textarea").first.fill("قال الرئيس إن المحادثات كانت مفيدة جدا للبلدين.")
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(broken)])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence")).to_have_count(1)
    expect(page.locator("#summary-skipped")).to_have_text(
        "ملفات لم تُقرأ فلم تدخل في الخلاصة (1): مقال تالف.txt (ليس نصًا يمكن قراءته)."
    )
    assert [e for e in page.errors if "status of 422" not in e] == []  # the console logs the 422s


def test_browser_counts_are_said_as_arabic_says_them(page: Any, base_url: str) -> None:
    """Before: one article of one 8-word sentence read «1 جمل، 8 كلمة، من 1 مقالات.» and
    «اكتملت الخلاصة: 1 جمل.»; the noun now agrees with its number (the demo's «5 مقالات» as before)."""
    page.goto(base_url + "/")
    page.locator("#articles textarea").first.fill("قال الرئيس إن المحادثات كانت مفيدة جدا للبلدين.")
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence")).to_have_count(1)
    expect(page.locator("#summary-meta")).to_have_text("جملة واحدة، 8 كلمات، من مقال واحد.")
    expect(page.locator("#status")).to_have_text("اكتملت الخلاصة: جملة واحدة.")
    coverage = page.locator("#summary .chip.coverage").first.get_attribute("title")
    assert coverage == "نقلت هذه الجملة 1 من منبر واحد"
    page.get_by_role("button", name="تحميل المثال").click()
    expect(page.locator("#status")).to_have_text(f"حُمّل المثال: {len(demo_texts())} مقالات. اضغط «لخّص».")
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary-meta")).to_have_text(re.compile(r"^\d+ جمل، \d+ كلمة، من 5 مقالات\.$"))
    assert page.errors == []


def test_browser_budget_too_small_says_how_short_the_shortest_sentence_is(page: Any, base_url: str) -> None:
    """Before: «قيمة غير صالحة في الإعدادات، مثل طول الخلاصة.», nothing on what to raise it to."""
    page.goto(base_url + "/")
    page.locator("#articles textarea").first.fill("قال الرئيس إن المحادثات كانت مفيدة جدا للبلدين.")
    page.locator("#budget-value").fill("3")
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#error")).to_have_text(
        "الحد الأقصى أصغر من أقصر جملة يمكن أن تدخل في الخلاصة (8 كلمات). ارفع الحد الأقصى."
    )


def test_browser_file_picker_speaks_arabic(page: Any, base_url: str) -> None:
    """Before: the browser's own file button showed "Choose Files" and "No file chosen" (in the
    browser's language) in the Arabic form. Now it is hidden, and an Arabic label opens the chooser."""
    page.goto(base_url + "/")
    native = page.locator("#files").bounding_box()
    assert native is not None and native["width"] <= 1 and native["height"] <= 1
    expect(page.locator("#files-chosen")).to_have_text("لم تُختر ملفات.")
    with page.expect_file_chooser() as chooser:
        page.locator("label.file-button").click()
    assert chooser.value.is_multiple()
    first = sorted(Path(demo_path()).glob("*.txt"))[0]
    chooser.value.set_files([str(first)])
    expect(page.locator("#files-chosen")).to_have_text(f"الملفات المختارة (1): {first.name}")
    page.locator("#files").focus()  # the keyboard still reaches it, and its stand-in shows the focus
    outline = page.locator("label.file-button").evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"
    assert page.errors == []


def test_browser_compare_sources_consensus_figures_and_highlight(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "/")
    page.get_by_role("button", name="تحميل المثال").click()
    expect(page.locator("#articles .article")).to_have_count(len(demo_texts()))
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence").first).to_be_visible()
    expect(page.locator("#compare")).to_be_hidden()

    compare_button = page.get_by_role("button", name="مقارنة المصادر")
    compare_button.click()
    expect(page.locator("#compare")).to_be_visible()
    expect(compare_button).to_have_attribute("aria-expanded", "true")
    n = len(demo_texts())

    # Consensus facts with "k من n" chips and the outlets that carry them.
    facts = page.locator("#consensus li.fact")
    expect(facts.first).to_be_visible()
    chip = facts.first.locator(".chip.coverage")
    expect(chip).to_have_text(re.compile(rf"^\d+ من {n}$"))
    k = int(chip.inner_text().split()[0])
    assert 2 <= k <= n
    expect(facts.first.locator(".chip.outlet")).to_have_count(k)

    # Unique facts under each outlet, figures side by side with a disagreement flag, actors with counts.
    expect(page.locator("#unique .outlet-block")).to_have_count(n)
    expect(page.locator("#unique li.fact").first).to_be_visible()
    differ = page.locator("#figures .figure-group.disagree")
    expect(differ.first).to_be_visible()
    expect(differ.first.locator(".chip.flag")).to_have_text("تختلف")
    assert differ.first.locator("tbody tr").count() >= 2
    expect(page.locator("#actors tbody tr").first.locator(".chip.coverage")).to_have_text(re.compile(rf"^\d+ من {n}$"))

    # Clicking a fact marks its passages, in every article that carries it, and releases other picks.
    expect(page.locator("#sources mark")).to_have_count(0)
    fact = facts.first
    fact.click()
    expect(fact).to_have_attribute("aria-pressed", "true")
    marks = page.locator("#sources mark")
    expect(marks.first).to_be_visible()
    fact_text = fact.locator(".fact-text").inner_text().strip()
    assert fact_text in [m.strip() for m in marks.all_inner_texts()]
    expect(page.locator("#sources .source-doc.carries")).to_have_count(k)

    # Keyboard on a figure: its values are marked; the fact is released.
    show = differ.first.get_by_role("button", name="أظهر المواضع في المقالات")
    show.focus()
    page.keyboard.press("Enter")
    expect(show).to_have_attribute("aria-pressed", "true")
    expect(fact).to_have_attribute("aria-pressed", "false")
    values = [v.strip() for v in differ.first.locator("tbody td:nth-child(2)").all_inner_texts()]
    expect(page.locator("#sources mark").first).to_be_visible()
    assert set(values) <= {m.strip() for m in page.locator("#sources mark").all_inner_texts()}

    # A summary sentence still highlights after the comparison.
    sentence = page.locator("#summary li.sentence").first
    sentence.click()
    expect(sentence).to_have_attribute("aria-pressed", "true")
    expect(show).to_have_attribute("aria-pressed", "false")

    fact.click()
    shot = tmp_path / "khulasa-compare.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    assert page.outside == []
    assert page.errors == []


def test_browser_compare_sends_the_summarized_articles(browser: Any) -> None:
    with running(Limits(max_doc_chars=400)) as url:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url + "/")
        page.get_by_label("نص المقال").fill("\n---\n".join(t[:300] for t in demo_texts()))
        page.get_by_role("button", name="لخّص").click()
        expect(page.locator("#summary li.sentence").first).to_be_visible()
        # Edits after summarizing are not compared (full texts would exceed the 400-character limit).
        page.get_by_label("نص المقال").fill("\n---\n".join(demo_texts()))
        page.get_by_role("button", name="مقارنة المصادر").click()
        expect(page.locator("#compare")).to_be_visible()
        expect(page.locator("#compare-error")).to_be_hidden()
        expect(page.locator("#sources .source-doc")).to_have_count(len(demo_texts()))
        assert errors == []
        page.close()


def test_browser_compare_error_in_arabic(page: Any, base_url: str) -> None:
    problem = {
        "type": "urn:khulasa:problem:timeout",
        "title": "Gateway Timeout",
        "status": 504,
        "detail": "comparing took longer than the limit of 30 s",
        "limit": "timeout_seconds",
        "value": 30,
    }
    page.route(
        "**/v1/compare",
        lambda route: route.fulfill(status=504, content_type="application/problem+json", body=json.dumps(problem)),
    )
    page.goto(base_url + "/")
    page.get_by_role("button", name="تحميل المثال").click()
    expect(page.locator("#articles .article")).to_have_count(len(demo_texts()))
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence").first).to_be_visible()
    page.get_by_role("button", name="مقارنة المصادر").click()
    alert = page.locator("#compare-error")
    expect(alert).to_be_visible()
    expect(alert).to_have_attribute("role", "alert")
    expect(alert).to_contain_text("استغرقت المقارنة أكثر من الحد المسموح به (30 ثانية)")
    expect(alert).not_to_contain_text("comparing took")
    expect(page.locator("#compare")).to_be_hidden()
    expect(page.locator("#summary li.sentence").first).to_be_visible()


def test_browser_compare_one_article_says_nothing_shared(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.get_by_label("نص المقال").fill(demo_texts()[0])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence").first).to_be_visible()
    page.get_by_role("button", name="مقارنة المصادر").click()
    expect(page.locator("#consensus")).to_contain_text("لا توجد معلومة تنقلها أغلب المنابر")
    expect(page.locator("#figures")).to_contain_text("لا توجد أرقام تذكرها أكثر من منبر")
    expect(page.locator("#shared-block")).to_be_hidden()
    expect(page.locator("#unique .outlet-block")).to_have_count(1)
    # Before: the page did not say why nothing is shared, as the CLI and the API's warnings do.
    expect(page.locator("#compare-one-outlet")).to_have_text(
        "المقالات كلها من منبر واحد فلا شيء تقارن به: تحتاج المقارنة إلى مقالات من منبرين أو أكثر."
    )
    page.get_by_role("button", name="تحميل المثال").click()
    expect(page.locator("#articles .article")).to_have_count(len(demo_texts()))
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#sources .source-doc")).to_have_count(len(demo_texts()))
    page.get_by_role("button", name="مقارنة المصادر").click()
    expect(page.locator("#compare-meta")).to_contain_text(f"{len(demo_texts())} منابر")
    expect(page.locator("#compare-one-outlet")).to_be_hidden()
    assert page.errors == []


def test_browser_says_what_happened_to_an_upload_read_in_part(page: Any, base_url: str, tmp_path: Path) -> None:
    """Before: an upload with a few bytes read as U+FFFD was told as «تُركت أجزاء لم تمكن قراءتها»
    (parts left out), and a UTF-8 file with Windows-1256 paragraphs was refused whole."""
    files = sorted(Path(demo_path()).glob("*.txt"))
    text = files[0].read_text(encoding="utf-8")
    stained = tmp_path / "مقال.txt"
    stained.write_bytes(text.encode("utf-8").replace("قمة".encode(), "قمة".encode() + b"\x96", 1))
    first, rest = text.split("\n\n", 1)
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(first.encode("utf-8") + b"\n\n" + rest.replace("\n\n", "\n").strip().encode("cp1256"))
    recoded = len([line for line in rest.split("\n") if line.strip()])
    page.goto(base_url + "/")
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(stained), str(mixed), *map(str, files[1:3])])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence").first).to_be_visible()
    expect(page.locator("#summary-skipped")).to_have_text(
        "في الملف «مقال.txt» أحرف تعذّرت قراءتها فظهرت مكانها العلامة «�». راجع النص أو احفظ الملف بترميز UTF-8. "
        f"في الملف «mixed.txt» أسطر بترميز غير ترميز بقية الملف (عددها {recoded}) فقُرئت بترميزها. "
        "راجع النص أو احفظ الملف بترميز UTF-8."
    )
    expect(page.locator("#sources .source-doc")).to_have_count(4)
    feed = tmp_path / "feed.rss"
    body = "".join(
        f"<item><guid>https://a.example/{k}</guid><description>{p.read_text(encoding='utf-8')}</description></item>"
        for k, p in enumerate(files[:3])
    )
    feed.write_bytes(
        f'<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>أ</title>{body}'
        "</channel></rss>".encode()
    )
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(feed)])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary-skipped")).to_have_text(
        "في الملف «feed.rss» ترميز معلن (windows-1256) غير الذي كُتب به فقُرئ بترميز UTF-8. "
        "راجع النص أو احفظ الملف بترميز UTF-8."
    )
    assert page.errors == []


def test_browser_api_docs_render_offline(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("khulasa", timeout=20_000)
    expect(
        page.locator("#operations-summarize-summarize_v1_summarize_post, .opblock-summary-path").first
    ).to_be_visible()
    assert page.outside == []


def test_browser_disputed_figure_gets_its_own_chip(page: Any, base_url: str, tmp_path: Path) -> None:
    from tests.test_attribution import quake

    docs = quake("مقتل 12 شخصا", "مقتل 12 شخصا", "مقتل 15 شخصا")
    page.goto(base_url + "/")
    page.get_by_label("نص المقال").fill("\n---\n".join(d.text for d in docs))
    page.get_by_role("button", name="لخّص").click()
    lead = page.locator("#summary li.sentence", has_text="ضرب زلزال")
    expect(lead).to_be_visible()
    dispute = lead.locator(".chip.dispute")
    expect(dispute).to_have_count(1)
    expect(dispute).to_contain_text("15 شخصا")
    expect(dispute).to_contain_text("⚠")
    page.locator("#summary").screenshot(path=str(tmp_path / "dispute-chip.png"))
    assert page.errors == [] and page.outside == []


def test_browser_highlight_is_exact_with_emoji_before_the_sentence(page: Any, base_url: str) -> None:
    """Issue 13: the API counts code points, JavaScript UTF-16 units; emoji shifted every mark."""
    texts = ["🎉🇸🇦 " + t.replace("،", "، 😀", 3) for t in demo_texts()[:3]]
    page.goto(base_url + "/")
    page.get_by_label("نص المقال").fill("\n---\n".join(texts))
    page.get_by_role("button", name="لخّص").click()
    sentences = page.locator("#summary li.sentence")
    expect(sentences.first).to_be_visible()
    for k in range(sentences.count()):
        item = sentences.nth(k)
        item.click()
        expect(page.locator("#sources mark").first).to_be_visible()
        wanted = item.locator(".sentence-text").inner_text().strip()
        assert wanted in " ".join(m.strip() for m in page.locator("#sources mark").all_inner_texts())
    assert page.errors == []


def test_browser_outlet_names_are_bidi_isolated(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.get_by_label("نص المقال").fill(demo_texts()[0])
    page.locator(".outlet").first.fill("منبر\u202eمعكوس")
    page.get_by_role("button", name="لخّص").click()
    chip = page.locator("#summary .chip.outlet").first
    expect(chip).to_be_visible()
    # The override is dropped when the record is read (records.py); the name is still isolated.
    isolated = "c => c.querySelector('bdi') !== null && c.querySelector('bdi').textContent.includes('منبر')"
    assert chip.evaluate(isolated)
    assert "\u202e" not in chip.inner_text()
    heading = page.locator("#sources .source-doc h3").first
    assert heading.evaluate("h => h.firstElementChild && h.firstElementChild.tagName === 'BDI'")


def test_browser_says_in_arabic_when_the_server_lacks_a_package(
    page: Any, base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed uploaded to a server installed without feedparser: a 503 feature-unavailable, which
    the page once showed as «حدث خطأ في الخادم (503).», nothing the reader could act on."""
    import sys

    monkeypatch.setitem(sys.modules, "feedparser", None)  # the server runs in this process
    feed = tmp_path / "feed.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    page.goto(base_url + "/")
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(feed)])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#error")).to_have_text(
        "ينقص الخادمَ برنامجٌ يحتاجه لهذا الطلب (مثل قراءة ملفات التغذية الإخبارية). أخبر مشغّل الخادم."
    )


def test_browser_says_when_the_articles_read_as_several_stories(page: Any, base_url: str, tmp_path: Path) -> None:
    """Before: the page summarized a mixed upload (two events) as one story without a word; only the
    CLI warned. Now an Arabic notice says how the articles split and what separates them."""
    pytest.importorskip("datasketch")
    from tests.desk_feed import flood_documents

    files = sorted(Path(demo_path()).glob("*.txt"))
    flood = []
    for doc in flood_documents():
        flood.append(tmp_path / f"{doc.id}.txt")
        flood[-1].write_text(doc.text, encoding="utf-8")
    page.goto(base_url + "/")
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(p) for p in files])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence").first).to_be_visible()
    stories = page.locator("#summary-stories")
    expect(stories).to_be_hidden()
    page.get_by_label("أو ارفع ملفات المقالات").set_input_files([str(p) for p in [*files, *flood]])
    page.get_by_role("button", name="لخّص").click()
    expect(stories).to_be_visible()
    expect(stories).to_have_text(
        re.compile(r"^تبدو هذه المقالات \(8\) أخبارًا عن أكثر من قصة: عدد القصص 2، ومقالات كل منها 5، 3")
    )
    expect(stories).to_contain_text("مكتب الأخبار")
    expect(page.locator("#summary-skipped")).to_be_hidden()  # its warning is not a file left out
    assert page.errors == []


def test_browser_names_the_articles_left_out_and_why(page: Any, base_url: str) -> None:
    """Before: one article the server could not use (English pasted among Arabic ones) refused the
    whole request, and the page said only «قيمة غير صالحة». Now the others are summarized and the
    page names the article left out, and why, in Arabic; with none usable, each one's reason."""
    texts = demo_texts()
    english = "Only English words in this article, nothing else at all."
    page.goto(base_url + "/")
    page.get_by_label("نص المقال").fill(texts[0])
    page.get_by_role("button", name="إضافة مقال").click()
    page.locator("#articles .text").nth(1).fill(f"{texts[1]}\n---\n{english}")
    page.get_by_role("button", name="إضافة مقال").click()
    page.locator("#articles .text").nth(2).fill(texts[2])
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#summary li.sentence").first).to_be_visible()
    skipped = page.locator("#summary-skipped")
    expect(skipped).to_have_text("مقالات لم تُقرأ فلم تدخل في الخلاصة (1): الجزء 2 من المقال 2 (لا نص عربي فيه).")
    expect(page.locator("#sources .source-doc")).to_have_count(3)
    page.locator("#articles .text").nth(0).fill(english)
    page.locator("#articles .text").nth(1).fill(english)
    page.locator("#articles .remove-article").nth(2).click()
    page.get_by_role("button", name="لخّص").click()
    expect(page.locator("#error")).to_have_text(
        "لا يمكن استعمال أي من المقالات (2): المقال 1 (لا نص عربي فيه)، المقال 2 (لا نص عربي فيه)."
    )
    assert [e for e in page.errors if "status of 422" not in e] == []  # the console logs the 422
