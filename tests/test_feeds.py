"""RSS/Atom feeds read safely and as written: the bytes are the feed (never a path to open or a URL
to fetch), encodings are read right or named in a warning, and odd feeds get a clear answer."""

from __future__ import annotations

import builtins
import gzip
import os
import resource
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("feedparser")

from typer.testing import CliRunner

from khulasa.cli import app
from khulasa.desk.desk import Desk
from khulasa.errors import InputError, KhulasaError
from khulasa.io import decode_bytes, load_bytes, load_documents

# Invented words that appear nowhere else: if an answer holds them, the server's file was read.
SECRET_TITLE = "وثيقة الخزانة المغلقة"
SECRET_TEXT = "هذه فقرة سرية في ملف على الخادم لا يجوز أن يقرأها أحد من خارج الخادم أبدا مهما حدث"
ARTICLE = (
    "عقد وزراء الزراعة في الإقليم اجتماعا طارئا في مدينة النخيل لبحث آثار موجة الجفاف على محاصيل القمح، "
    "وقرروا صرف تعويضات للمزارعين المتضررين قبل نهاية الشهر."
)
TITLE = "اجتماع طارئ لوزراء الزراعة"


def rss(items: str, *, declaration: str = '<?xml version="1.0" encoding="utf-8"?>', title: str = "أخبار السهل") -> str:
    return f'{declaration}<rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'


def item(guid: str, text: str = ARTICLE, title: str = TITLE, link: str = "") -> str:
    link_tag = f"<link>{link}</link>" if link else ""
    guid_tag = f'<guid isPermaLink="false">{guid}</guid>'
    return f"<item>{guid_tag}<title>{title}</title>{link_tag}<description>{text}</description></item>"


@pytest.fixture
def secret_feed(tmp_path: Path) -> Path:
    """A real feed on the "server", which no upload may get read."""
    path = tmp_path / "secret" / "inside.rss"
    path.parent.mkdir()
    path.write_text(rss(item("s1", SECRET_TEXT, SECRET_TITLE)), encoding="utf-8")
    return path


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe nobody writes to: opening it to read blocks, as /dev/stdin does on a server."""
    path = tmp_path / "pipe"
    os.mkfifo(path)
    yield path
    try:  # a reader that did block (a regression) is let go, so the test run ends
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
    except OSError:
        pass


@pytest.fixture
def no_open(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """``no_open(*paths)``: fail the test at once if anything calls open() on one of ``paths``
    (/dev/zero would be read until memory runs out, /dev/stdin would block for good)."""

    def forbid(*paths: str | Path) -> None:
        forbidden = {str(p) for p in paths}
        real_open = builtins.open

        def guarded(file: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(file, str | bytes) and os.fsdecode(file) in forbidden:
                raise AssertionError(f"feed bytes were opened as a path: {file!r}")
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", guarded)

    return forbid


def within(seconds: float, call: Callable[[], Any]) -> Any:
    """``call()``, failing the test when it has not returned after ``seconds`` (it blocked)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as error:  # handed back to the test
            box["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked: the feed's bytes were opened as a path"
    if "error" in box:
        raise box["error"]
    return box["value"]


def same_length_missing(path: Path) -> Path:
    missing = path.with_name("x" + path.name[1:])
    assert not missing.exists() and len(str(missing)) == len(str(path))
    return missing


# --- 1. the bytes are the feed ------------------------------------------------------------------


def test_feed_whose_content_is_an_existing_path_is_not_read(secret_feed: Path, no_open: Callable[..., None]):
    no_open(secret_feed, "/dev/zero", "/dev/stdin")
    for content in (str(secret_feed), f"{secret_feed}\n", f"file://{secret_feed}"):
        with pytest.raises(InputError) as found:
            load_bytes("x.rss", content.encode())
        assert "no feed entries" in str(found.value) and SECRET_TITLE not in str(found.value)
    # A client cannot tell an existing path from a missing one: the same answer, the same position.
    existing = _error(lambda: load_bytes("x.rss", str(secret_feed).encode()))
    missing = _error(lambda: load_bytes("x.rss", str(same_length_missing(secret_feed)).encode()))
    assert existing == missing and "line 1, column 0" in existing


def _error(call: Callable[[], Any]) -> str:
    with pytest.raises(KhulasaError) as found:
        call()
    return str(found.value)


def test_feed_naming_dev_zero_or_stdin_is_an_error_at_once(fifo: Path, no_open: Callable[..., None]):
    no_open("/dev/zero", "/dev/stdin", fifo)
    for content in ("/dev/zero", "/dev/stdin", str(fifo)):
        message = within(30, lambda c=content: _error(lambda: load_bytes("x.rss", c.encode())))
        assert message.startswith("x.rss: no feed entries found")


def test_feed_files_naming_paths_through_load_documents(tmp_path: Path, secret_feed: Path, fifo: Path, no_open):
    no_open(secret_feed, "/dev/zero", "/dev/stdin", fifo)
    files = []
    for name, content in (
        ("a.rss", str(secret_feed)),
        ("b.atom", "/dev/zero"),
        ("c.xml", "/dev/stdin"),
        ("d.rss", str(fifo)),
    ):
        files.append(tmp_path / name)
        files[-1].write_text(content, encoding="utf-8")
    message = within(30, lambda: _error(lambda: load_documents(files)))
    assert "nothing" in message or "no feed entries" in message
    assert SECRET_TITLE not in message and SECRET_TEXT[:20] not in message


def _limited_memory() -> None:  # in the child: a regression reading /dev/zero fails fast, not the machine
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))


@pytest.mark.parametrize("command", [["summarize"], ["desk", "ingest", "--no-summaries"]])
def test_cli_on_feeds_naming_paths_reads_none_of_them(tmp_path: Path, secret_feed: Path, command: list[str]):
    files = []
    for name, content in (("a.rss", str(secret_feed)), ("b.rss", "/dev/zero"), ("c.rss", "/dev/stdin")):
        files.append(str(tmp_path / name))
        Path(files[-1]).write_text(content, encoding="utf-8")
    extra = ["--db", f"sqlite:///{tmp_path / 'desk.sqlite'}"] if command[0] == "desk" else []
    proc = subprocess.Popen(  # standard input stays open: reading /dev/stdin would block
        [sys.executable, "-m", "khulasa", *command, *files, *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "OPENBLAS_NUM_THREADS": "1"},
        preexec_fn=_limited_memory,
    )
    try:
        out, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    text = (out + err).decode("utf-8", "replace")
    assert proc.returncode == 2, text
    assert "Traceback" not in text and SECRET_TITLE not in text and SECRET_TEXT[:20] not in text
    assert text.count("no feed entries found") == 3
    assert not (tmp_path / "desk.sqlite").exists() or Desk(extra[1]).article_count() == 0


def test_cli_desk_ingest_of_a_feed_naming_a_path(tmp_path: Path, secret_feed: Path, fifo: Path, no_open):
    no_open(secret_feed, fifo)
    upload = tmp_path / "x.rss"
    upload.write_text(str(fifo), encoding="utf-8")
    good = tmp_path / "good.rss"
    good.write_text(rss(item("1")), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    result = within(60, lambda: CliRunner().invoke(app, ["desk", "ingest", str(upload), str(good), "--db", url]))
    assert result.exit_code == 0, result.output
    assert "x.rss: no feed entries found" in result.output and "1 stored" in result.output
    with Desk(url) as desk:
        assert desk.article_count() == 1


# --- 1. the same over HTTP ----------------------------------------------------------------------


@pytest.fixture
def service(tmp_path: Path) -> Any:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from khulasa.service import Limits, create_app

    return TestClient(create_app(Limits(), desk_url=f"sqlite:///{tmp_path / 'desk.sqlite'}"))


@pytest.mark.parametrize("endpoint", ["/v1/summarize", "/v1/articles"])
def test_service_upload_naming_a_path_reads_nothing(
    service: Any, tmp_path: Path, secret_feed: Path, fifo: Path, no_open, endpoint: str
):
    no_open(secret_feed, fifo, "/dev/zero", "/dev/stdin")
    details = {}
    for content in (str(secret_feed), str(same_length_missing(secret_feed)), "/dev/zero", "/dev/stdin", str(fifo)):
        files = [("files", ("x.rss", content.encode(), "application/rss+xml"))]
        response = within(60, lambda f=files: service.post(endpoint, files=f))
        assert response.status_code == 422, response.text
        assert SECRET_TITLE not in response.text and SECRET_TEXT[:20] not in response.text
        details[content] = response.json()["detail"]
    assert details[str(secret_feed)] == details[str(same_length_missing(secret_feed))]
    if endpoint == "/v1/articles":
        with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}") as desk:
            assert desk.article_count() == 0
    # The service still answers (no worker thread is stuck on a read).
    ok = service.post(endpoint, files=[("files", ("good.rss", rss(item("1")).encode(), "application/rss+xml"))])
    assert ok.status_code == 200, ok.text


# --- 5. encodings -------------------------------------------------------------------------------


def _utf8_declared_cp1256() -> bytes:
    return rss(item("1"), declaration='<?xml version="1.0" encoding="windows-1256"?>').encode("utf-8")


def _utf16_bom_no_declaration() -> bytes:
    return rss(item("1"), declaration="").encode("utf-16")  # Python writes the BOM


def test_utf8_feed_declaring_windows_1256_is_read_as_utf8_with_a_warning():
    loaded = load_bytes("x.rss", _utf8_declared_cp1256())
    (doc,) = loaded.documents
    assert doc.text == ARTICLE and doc.title == TITLE and doc.source == "أخبار السهل"
    (warning,) = loaded.warnings
    assert "x.rss" in warning and "windows-1256" in warning and "read as UTF-8" in warning


@pytest.mark.parametrize(
    "data",
    [
        _utf16_bom_no_declaration(),
        rss(item("1"), declaration="").encode("utf-16-be"),  # no BOM either: told by the first "<"
        rss(item("1"), declaration='<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16"),
        rss(item("1"), declaration="").encode("utf-32"),
        b"\xef\xbb\xbf" + _utf8_declared_cp1256(),  # a UTF-8 BOM wins over the declaration
    ],
    ids=["utf16-bom", "utf16be-no-bom", "utf16-declared", "utf32-bom", "utf8-bom"],
)
def test_wide_and_bom_feeds_are_read(data: bytes):
    loaded = load_bytes("x.rss", data)
    assert [d.text for d in loaded.documents] == [ARTICLE] and loaded.warnings == []


def test_legacy_arabic_feeds_are_read():
    declared = rss(item("1"), declaration='<?xml version="1.0" encoding="windows-1256"?>').encode("cp1256")
    assert load_bytes("x.rss", declared).documents[0].text == ARTICLE
    undeclared = rss(item("1"), declaration="").encode("cp1256")
    assert load_bytes("x.rss", undeclared).documents[0].text == ARTICLE
    # Declared UTF-8 but written in Windows-1256: read right, and the declaration named.
    wrong = rss(item("1")).encode("cp1256")
    loaded = load_bytes("x.rss", wrong)
    assert loaded.documents[0].text == ARTICLE
    assert "declares encoding 'utf-8'" in loaded.warnings[0] and "CP1256" in loaded.warnings[0]


@pytest.mark.parametrize("declared", ["cp720", "iso-8859-6", "cp864", "x-mac-arabic"])
def test_windows_1256_declared_as_another_arabic_code_page_is_read_as_windows_1256(declared: str):
    """Every Arabic code page reads most high bytes as Arabic letters, so mislabelled Windows-1256
    looks Arabic to a letter count; the function words tell (they are missing from the mojibake)."""
    data = rss(item("1"), declaration=f'<?xml version="1.0" encoding="{declared}"?>').encode("cp1256")
    loaded = load_bytes("x.rss", data)
    assert loaded.documents[0].text == ARTICLE and loaded.documents[0].title == TITLE
    if declared != "x-mac-arabic":  # not a name Python knows: read by the unknown-encoding rule
        (warning,) = loaded.warnings
        assert f"declares encoding '{declared}'" in warning and "CP1256" in warning


@pytest.mark.parametrize("codec", ["cp720", "iso8859_6"])
def test_a_feed_really_in_another_arabic_code_page_is_read_as_declared(codec: str):
    text = ARTICLE.replace("،", ",")  # the Arabic comma is not in every code page
    data = rss(item("1", text), declaration=f'<?xml version="1.0" encoding="{codec}"?>').encode(codec)
    loaded = load_bytes("x.rss", data)
    assert loaded.documents[0].text == text and loaded.warnings == []


def test_unknown_declared_encoding_is_a_warning():
    data = rss(item("1"), declaration='<?xml version="1.0" encoding="x-no-such"?>').encode("utf-8")
    loaded = load_bytes("x.rss", data)
    assert loaded.documents[0].text == ARTICLE and "not an encoding" in loaded.warnings[0]


def test_cli_desk_ingest_reads_both_encodings_and_warns(tmp_path: Path):
    declared = tmp_path / "declared.rss"
    declared.write_bytes(_utf8_declared_cp1256())
    wide = tmp_path / "wide.rss"
    wide.write_bytes(rss(item("2", ARTICLE + " وأعلنت الحكومة خطة للري.", "خطة للري"), declaration="").encode("utf-16"))
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    result = CliRunner().invoke(app, ["desk", "ingest", str(declared), str(wide), "--db", url, "--no-summaries"])
    assert result.exit_code == 0, result.output
    assert "declared.rss: declares encoding 'windows-1256'" in result.output and "2 stored" in result.output
    with Desk(url) as desk:
        texts = [r[0] for r in desk.store.all("SELECT text FROM articles ORDER BY seq")]
    assert texts[0] == ARTICLE and texts[1].startswith(ARTICLE)


@pytest.mark.parametrize("endpoint", ["/v1/summarize", "/v1/articles"])
def test_service_reads_both_encodings_and_warns(service: Any, endpoint: str):
    files = [
        ("files", ("declared.rss", _utf8_declared_cp1256(), "application/rss+xml")),
        ("files", ("wide.rss", rss(item("2", ARTICLE + " وبدأ صرف التعويضات.")).encode("utf-16"), "text/xml")),
    ]
    response = service.post(endpoint, files=files)
    assert response.status_code == 200, response.text
    body = response.json()
    assert any("declared.rss: declares encoding 'windows-1256'" in w for w in body["warnings"])
    if endpoint == "/v1/summarize":
        assert [d["text"][: len(ARTICLE)] for d in body["documents"]] == [ARTICLE, ARTICLE]
        # Before: counted among the parts "left out" on the page, which read the whole feed.
        assert body["partly_read"] == [
            {"file": "declared.rss", "replaced": 0, "recoded": 0, "declared": "windows-1256", "read_as": "UTF-8"}
        ]
    else:
        assert body["stored"] == 2


def test_non_feed_inputs_with_the_same_encodings():
    head = f'<head><meta charset="windows-1256"><title>{TITLE}</title></head>'
    html = f"<html>{head}<body><article><p>{ARTICLE}</p></article></body></html>"
    (page,) = load_bytes("a.html", html.encode("utf-8")).documents
    assert ARTICLE in page.text
    assert load_bytes("a.txt", ARTICLE.encode("utf-16")).documents[0].text == ARTICLE
    assert decode_bytes(html.encode("utf-16"), "a.html") == html


# --- probes: odd feeds get a clear answer -------------------------------------------------------


def test_external_entities_and_doctype_read_no_file(secret_feed: Path, no_open):
    no_open(secret_feed)
    doctype = f'<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret_feed}"><!ENTITY plain SYSTEM "{secret_feed}">]>'
    data = (
        '<?xml version="1.0" encoding="utf-8"?>' + doctype + rss(item("1", ARTICLE + " &leak; &plain;"), declaration="")
    ).encode()
    try:
        loaded = load_bytes("x.rss", data)
    except InputError as error:  # refusing the feed is fine too; reading the file is not
        assert SECRET_TITLE not in str(error)
    else:
        assert all(SECRET_TEXT[:20] not in d.text and SECRET_TITLE not in d.text for d in loaded.documents)


def test_entity_expansion_bomb_stays_small():
    lol = '<!ENTITY a "هههههههههه">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefg", "bcdefgh", strict=True)
    )
    data = f'<?xml version="1.0"?><!DOCTYPE rss [{lol}]>' + rss(item("1", ARTICLE + " &h;"), declaration="")
    loaded = within(60, lambda: load_bytes("x.rss", data.encode()))
    assert all(len(d.text) < 10_000 for d in loaded.documents)


def test_entry_links_other_than_web_addresses_are_dropped():
    items = item("1", link="file:///etc/passwd") + item("2", ARTICLE + " ثم", link="javascript:alert(1)")
    items += item("3", ARTICLE + " وبعد", link="https://sahl.example/3")
    docs = load_bytes("x.rss", rss(items).encode()).documents
    assert [d.url for d in docs] == [None, None, "https://sahl.example/3"]


def test_enormous_single_entry_is_read_whole():
    text = " ".join([ARTICLE] * 20_000)  # about 2.7 MB of text in one entry
    (doc,) = load_bytes("x.rss", rss(item("1", text)).encode()).documents
    assert doc.text == text


def test_enormous_entry_over_http_is_a_limit_problem(service: Any):
    text = " ".join([ARTICLE] * 2_000)
    response = service.post("/v1/summarize", files=[("files", ("x.rss", rss(item("1", text)).encode(), "text/xml"))])
    assert response.status_code == 413 and "x.rss" in response.json()["detail"], response.text


def test_gzip_empty_and_entryless_feeds_are_clear_errors():
    with pytest.raises(InputError, match="binary file"):
        load_bytes("x.rss", gzip.compress(rss(item("1")).encode()))
    with pytest.raises(InputError, match="is empty"):
        load_bytes("x.rss", b"  \n")
    with pytest.raises(InputError, match="no feed entries found"):
        load_bytes("x.rss", rss("").encode())
    # Positions count the file's own lines, with or without an XML declaration.
    with pytest.raises(InputError, match=r"no feed entries found \(mismatched tag at line 3, column 18\)"):
        load_bytes("x.rss", b"<rss>\n<channel>\n<title>x</title></chanel></rss>")
    with pytest.raises(InputError, match=r"no feed entries found \(mismatched tag at line 3, column 18\)"):
        load_bytes("x.rss", b'<?xml version="1.0"?>\n<rss><channel>\n<title>x</title></chanel></rss>')


def test_entries_without_guid_or_link_get_distinct_ids():
    items = f"<item><title>{TITLE}</title><description>{ARTICLE}</description></item>" * 2
    items = items.replace("</description></item><item>", " أول</description></item><item>", 1)
    docs = load_bytes("sahl.rss", rss(items).encode()).documents
    assert len(docs) == 2 and len({d.id for d in docs}) == 2


def test_script_in_an_entry_is_not_article_text():
    body = f"&lt;p&gt;{ARTICLE}&lt;/p&gt;&lt;script&gt;alert('سرقة')&lt;/script&gt;"
    (doc,) = load_bytes("x.rss", rss(item("1", body)).encode()).documents
    assert doc.text == ARTICLE


def test_nothing_in_a_feed_is_fetched(monkeypatch: pytest.MonkeyPatch):
    import socket
    import urllib.request

    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a feed made khulasa reach the network: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    head = (
        '<?xml version="1.0" encoding="utf-8"?><?xml-stylesheet type="text/xsl" href="http://evil.example/s.xsl"?>'
        '<!DOCTYPE rss SYSTEM "http://evil.example/rss.dtd">'
    )
    body = (
        f"&lt;p&gt;{ARTICLE}&lt;/p&gt;&lt;img src='http://evil.example/p.gif'&gt;"
        "&lt;iframe src='http://evil.example/f'&gt;&lt;/iframe&gt;"
    )
    items = item("1", body, link="/relative/1").replace(
        "</item>", '<enclosure url="http://evil.example/a.mp3" length="1" type="audio/mpeg"/></item>'
    )
    data = rss(items, declaration=head).replace("<rss ", '<rss xml:base="http://evil.example/" ')
    (doc,) = load_bytes("x.rss", data.encode()).documents
    assert doc.text == ARTICLE
    assert doc.url == "http://evil.example/relative/1"  # xml:base resolves a link as a string; nothing fetched


def test_numeric_references_to_no_character_are_replaced_not_a_crash():
    for reference in ("&#xD800;", "&#55296;", "&#x110000;", "&#99999999999999999999;", "&#0;", "&#" + "9" * 5000 + ";"):
        # Not well-formed XML, so feedparser's lenient parser reads it; it used to raise on these.
        (doc,) = load_bytes("x.rss", rss(item("1", f"{ARTICLE} {reference} <b")).encode()).documents
        assert doc.text == ARTICLE + " \ufffd"
    kept = load_bytes("x.rss", rss(item("1", f"{ARTICLE} &#x0627;&#1604; <b")).encode()).documents[0]
    assert kept.text == ARTICLE + " ال"


_PIECES = [
    "<rss>",
    "</rss>",
    "<channel>",
    "</channel>",
    "<item>",
    "</item>",
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    "<entry>",
    "</entry>",
    "<title>",
    "</title>",
    "<description>",
    "</description>",
    "<content type='html'>",
    "</content>",
    "<guid>",
    "</guid>",
    "<link>",
    "</link>",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE rss [",
    "]>",
    '<!ENTITY e "&#38;e;">',
    "&e;",
    "&#xD800;",
    "&#x110000;",
    "&#0;",
    "&#1575;",
    "&amp;",
    "&lt;p&gt;",
    "<",
    ">",
    ARTICLE,
    "abc",
    " ",
    "\n",
    "<?xml version='1.0' encoding='windows-1256'?>",
    "<pubDate>",
    "</pubDate>",
    "Mon, 99 Foo 2026",
    "javascript:",
    "file:///etc/passwd",
    "<script>",
    "</script>",
    "\u202e",
    "\ufeff",
    "<!--",
    "-->",
    "/dev/zero",
    "/etc/passwd",
]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["utf-8", "utf-16", "cp1256"]))
def test_any_feed_is_read_or_a_clear_error(pieces: list[str], encoding: str):
    data = "".join(pieces).encode(encoding, "replace")
    try:
        loaded = load_bytes("x.rss", data)
    except KhulasaError as error:
        assert "\n" not in str(error) and "x.rss" in str(error)
    else:
        assert all(d.text.strip() for d in loaded.documents)


@pytest.mark.parametrize("declared", ["zlib", "uu", "undefined", "base64", "rot13", "idna", "x-no-such"])
def test_declared_names_that_read_no_text_are_not_a_crash(declared: str):
    data = rss(item("1"), declaration=f'<?xml version="1.0" encoding="{declared}"?>')
    for encoding in ("utf-8", "cp1256"):
        loaded = load_bytes("x.rss", data.encode(encoding))
        assert loaded.documents[0].text == ARTICLE and f"declares encoding {declared!r}" in loaded.warnings[0]


def test_arabic_declared_in_a_code_page_that_reads_none_is_read_with_a_warning():
    latin = rss(item("1"), declaration='<?xml version="1.0" encoding="iso-8859-1"?>').encode("cp1256")
    loaded = load_bytes("x.rss", latin)
    assert loaded.documents[0].text == ARTICLE and "read as CP1256" in loaded.warnings[0]
    chinese = rss(item("1"), declaration='<?xml version="1.0" encoding="gbk"?>').encode("utf-8")
    loaded = load_bytes("x.rss", chinese)
    assert loaded.documents[0].text == ARTICLE and "read as UTF-8" in loaded.warnings[0]
    # A Latin-1 feed in Latin-1 is read as declared, without a word about its encoding.
    english = rss(
        item("1", "café naïve " * 10, "t"), declaration='<?xml version="1.0" encoding="iso-8859-1"?>', title="n"
    )
    with pytest.raises(KhulasaError, match="no Arabic text") as found:
        load_bytes("x.rss", english.encode("latin-1"))
    assert "declares" not in str(found.value)


def test_blank_lines_before_the_declaration():
    data = b"\n  \n" + _utf8_declared_cp1256()
    loaded = load_bytes("x.rss", data)
    assert loaded.documents[0].text == ARTICLE and "read as UTF-8" in loaded.warnings[0]
    legacy = b"\n" + rss(item("1"), declaration='<?xml version="1.0" encoding="windows-1256"?>').encode("cp1256")
    assert load_bytes("x.rss", legacy).documents[0].text == ARTICLE


def test_feed_entry_without_text_is_told_in_a_feeds_terms(tmp_path: Path) -> None:
    """An entry with a title and link but no description nor content. Before: "feed.rss record 2:
    no text field (expected one of text, body, content)", the fields of a JSON record, which a feed
    cannot have."""
    bare = (
        f'<item><guid isPermaLink="false">2</guid><title>{TITLE}</title><link>https://sahl.example.com/2</link></item>'
    )
    path = tmp_path / "feed.rss"
    path.write_text(rss(item("1") + bare), encoding="utf-8")
    loaded = load_documents([path])
    assert len(loaded.documents) == 1
    (warning,) = [str(w) for w in loaded.warnings]
    assert warning.startswith(f"{path} entry 2: no text (neither a description nor content")
    assert "text, body, content" not in warning
    only_bare = tmp_path / "bare.rss"
    only_bare.write_text(rss(bare), encoding="utf-8")
    with pytest.raises(InputError, match=r"bare\.rss entry 1: no text"):
        load_documents([only_bare])


def test_feed_declared_utf8_with_a_stray_byte_or_a_windows_1256_entry_is_read(tmp_path: Path) -> None:
    """A UTF-8 feed with one stray byte in an entry, or one entry pasted in Windows-1256, is read as
    a text file is, with a warning. Before: the whole feed was refused ("cannot decode as text (not
    UTF-8, UTF-16 or an Arabic code page)"), every entry lost."""
    other = "وقال وزير الزراعة إن الاجتماع المقبل سيعقد في العاصمة الأسبوع القادم لبحث أسعار القمح."
    feed = rss(item("https://a.example/1") + "\n" + item("https://a.example/2", text=other) + "\n").encode("utf-8")
    stained = feed.replace("الزراعة".encode(), "الزراعة".encode() + b"\x96", 1)
    loaded = load_bytes("stained.rss", stained)
    assert len(loaded.documents) == 2 and "\ufffd" in loaded.documents[0].text + (loaded.documents[0].title or "")
    assert len(loaded.warnings) == 1 and "stained.rss: not valid UTF-8 at byte" in loaded.warnings[0]
    mixed = feed.replace(other.encode("utf-8"), other.encode("cp1256"))
    loaded = load_bytes("mixed.rss", mixed)
    assert [(d.title, d.text) for d in loaded.documents][1] == (TITLE, other)  # its UTF-8 title kept
    assert len(loaded.warnings) == 1 and "mixed.rss: UTF-8 mixed with Windows-1256: line " in loaded.warnings[0]
