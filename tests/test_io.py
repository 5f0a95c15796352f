"""Loading articles: formats, encodings, ids, stdin and every kind of bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from khulasa.errors import InputError, NoTextError, PartlyRead
from khulasa.io import LoadResult, decode_bytes, load_bytes, load_documents

ARTICLE = "وصل الوفد إلى المدينة صباح الأربعاء.\nواستمرت المحادثات ثلاث ساعات، ووصفها الجانبان بأنها مفيدة.\n"
OTHER = "أعلنت الحكومة خطة جديدة لدعم المزارعين في الجنوب.\nوقال الوزير إن التنفيذ يبدأ الشهر المقبل.\n"
ENGLISH = "The delegation arrived on Wednesday morning and the talks lasted three hours.\n"


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def load_one(path: Path | str, **kwargs) -> LoadResult:
    result = load_documents([path], **kwargs)
    assert not result.warnings
    return result


# -- formats ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md", ".TXT"])
def test_io_plain_text_file_keeps_text_and_uses_stem_as_id(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"khabar{suffix}", ARTICLE)
    (doc,) = load_one(path).documents
    assert doc.id == "khabar"
    assert doc.text == ARTICLE
    assert doc.path == str(path)
    assert (doc.title, doc.url, doc.published) == (None, None, None)
    # A plain text file names no outlet: its file name is not presented as one.
    assert doc.source == doc.outlet == "مصدر غير معروف (\u2068khabar\u2069)"  # the id isolated (bidi)


def test_io_files_that_name_no_outlet_get_an_unknown_outlet_with_their_id(tmp_path: Path) -> None:
    """A plain text file, an HTML page with no site name or address, standard input and an upload
    name no outlet: each is "مصدر غير معروف (ID)", never the file's name alone; two files named
    alike in two folders stay two outlets (their ids differ, so do their labels)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    html = f"<html><body><article><p>{ARTICLE.strip().replace(chr(10), '</p><p>')}</p></article></body></html>"
    paths = [
        write(tmp_path / "a" / "wire.txt", ARTICLE),
        write(tmp_path / "b" / "wire.txt", OTHER),
        write(tmp_path / "page.html", html),
    ]
    docs = load_documents(paths).documents
    assert [(d.id, d.outlet) for d in docs] == [
        ("wire", "مصدر غير معروف (\u2068wire\u2069)"),
        ("wire-2", "مصدر غير معروف (\u2068wire-2\u2069)"),
        ("page", "مصدر غير معروف (\u2068page\u2069)"),
    ]
    (piped,) = load_documents(["-"], stdin=io.StringIO(ARTICLE)).documents
    assert piped.outlet == "مصدر غير معروف (\u2068stdin\u2069)"
    (uploaded,) = load_bytes("wire.txt", ARTICLE.encode()).documents
    assert uploaded.outlet == "مصدر غير معروف (\u2068wire\u2069)"
    named = '{"id": "r1", "source": "وكالة الأنباء", "text": "' + ARTICLE.strip().replace(chr(10), " ") + '"}'
    (record,) = load_one(write(tmp_path / "r.json", named)).documents
    assert record.outlet == "وكالة الأنباء"  # a record that names its outlet keeps it


def test_io_text_kept_exactly_except_bom_and_newlines(tmp_path: Path) -> None:
    # Diacritics, tatweel, double spaces, trailing spaces and tabs must all survive.
    body = "  قالَ المتحدثُ   إن الاجتمـــاع انتهى.\t\r\nوأضاف أن الجولة المقبلة قريبة. \rانتهى."
    path = write(tmp_path / "a.txt", "\ufeff" + body)
    (doc,) = load_one(path).documents
    assert doc.text == body.replace("\r\n", "\n").replace("\r", "\n")


def test_io_html_extracts_main_text_and_metadata(tmp_path: Path) -> None:
    html = (
        "<html><head><title>قمة في المدينة | موقع الخبر</title>"
        '<meta property="og:site_name" content="موقع الخبر">'
        '<meta property="article:published_time" content="2019-04-25">'
        '<link rel="canonical" href="https://www.alkhabar.example.com/a/1"></head>'
        "<body><nav>الرئيسية | سياسة | رياضة</nav><article><h1>قمة في المدينة</h1>"
        "<p>وصل الوفد صباح الأربعاء إلى المدينة الساحلية بعد رحلة طويلة بالقطار.</p>"
        "<p>واستمرت المحادثات ثلاث ساعات، وقال الجانبان إنها كانت مفيدة وصريحة.</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    path = write(tmp_path / "page.html", html)
    (doc,) = load_one(path).documents
    assert doc.id == "page"
    assert "وصل الوفد صباح الأربعاء" in doc.text
    assert "واستمرت المحادثات ثلاث ساعات" in doc.text
    assert "جميع الحقوق محفوظة" not in doc.text
    assert doc.title == "قمة في المدينة"
    assert doc.source == "موقع الخبر"
    assert doc.url == "https://www.alkhabar.example.com/a/1"
    assert doc.published == "2019-04-25"


def test_io_htm_without_main_text_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.htm", "<html><head><title>خبر</title></head><body></body></html>")
    with pytest.raises(NoTextError, match=r"blank\.htm: no article text found in the HTML"):
        load_documents([path])


def test_io_json_single_object_with_all_fields(tmp_path: Path) -> None:
    record = {
        "id": "r1",
        "title": "عنوان الخبر",
        "source": "صحيفة الأمس",
        "url": "https://example.org/x",
        "published": "2019-04-25",
        "text": ARTICLE,
    }
    path = write(tmp_path / "one.json", json.dumps(record, ensure_ascii=False))
    (doc,) = load_one(path).documents
    assert (doc.id, doc.title, doc.source, doc.url, doc.published) == (
        "r1",
        "عنوان الخبر",
        "صحيفة الأمس",
        "https://example.org/x",
        "2019-04-25",
    )
    assert doc.text == ARTICLE
    assert doc.path == str(path)


@pytest.mark.parametrize("wrap", [lambda recs: recs, lambda recs: {"documents": recs}])
def test_io_json_list_and_documents_wrapper(tmp_path: Path, wrap) -> None:
    records = [
        {"body": ARTICLE, "outlet": "الأفق"},
        {"content": OTHER, "url": "https://www.madar.example.com/news/2"},
    ]
    path = write(tmp_path / "many.json", json.dumps(wrap(records), ensure_ascii=False))
    docs = load_one(path).documents
    assert [d.id for d in docs] == ["many-1", "many-2"]
    assert [d.text for d in docs] == [ARTICLE, OTHER]
    # No source field: the url's host names the outlet.
    assert [d.source for d in docs] == ["الأفق", "madar.example.com"]


def test_io_jsonl_one_record_per_line_ids_by_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": ARTICLE, "published": 2019}, ensure_ascii=False),
        "",
        json.dumps({"id": 7, "text": OTHER, "title": ""}, ensure_ascii=False),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    docs = load_one(path).documents
    assert [d.id for d in docs] == ["feed-1", "7"]
    assert docs[0].published == "2019"
    assert docs[1].title is None
    assert [d.text for d in docs] == [ARTICLE, OTHER]


def test_io_json_record_text_newlines_normalized(tmp_path: Path) -> None:
    path = write(tmp_path / "n.json", json.dumps({"text": "سطر أول.\r\nسطر ثان."}, ensure_ascii=False))
    assert load_one(path).documents[0].text == "سطر أول.\nسطر ثان."


# -- encodings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16", b""),  # Python writes a BOM with its native byte order
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1256", b""),
    ],
)
def test_io_encodings_detected(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = write(tmp_path / "enc.txt", prefix + ARTICLE.encode(encoding))
    (doc,) = load_one(path).documents
    assert doc.text == ARTICLE


def test_io_cp1256_with_crlf_short_text(tmp_path: Path) -> None:
    text = "انتهت القمة.\r\nوغادر الضيف."
    (doc,) = load_one(write(tmp_path / "s.txt", text, "cp1256")).documents
    assert doc.text == "انتهت القمة.\nوغادر الضيف."


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_io_encodings_detected_for_json_and_html(tmp_path: Path, encoding: str) -> None:
    record = json.dumps({"text": ARTICLE}, ensure_ascii=False)
    (doc,) = load_one(write(tmp_path / "r.json", record, encoding)).documents
    assert doc.text == ARTICLE
    html = f"<html><body><article><p>{ARTICLE.strip().replace(chr(10), '</p><p>')}</p></article></body></html>"
    (page,) = load_one(write(tmp_path / "p.html", html, encoding)).documents
    assert "وصل الوفد إلى المدينة صباح الأربعاء." in page.text


def test_io_decode_bytes_is_public_and_strips_bom() -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + "نص".encode(), "x") == "نص"
    assert decode_bytes("نص\r\n".encode("utf-16"), "x") == "نص\n"


# -- folders and ids -------------------------------------------------------------------------------


def test_io_folder_sorted_by_name_skipping_dotfiles_and_subfolders(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", OTHER)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / ".hidden.txt", ARTICLE)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "c.txt", ARTICLE)
    result = load_one(tmp_path)
    assert [d.id for d in result.documents] == ["a", "b"]
    assert result.documents[0].path == str(tmp_path / "a.txt")


def test_io_ids_made_unique(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "a.md", OTHER)
    records = [{"id": "a", "text": ARTICLE}, {"id": "a", "text": OTHER}]
    write(tmp_path / "z.json", json.dumps(records, ensure_ascii=False))
    docs = load_one(tmp_path).documents
    ids = [d.id for d in docs]
    assert ids == ["a", "a-2", "a-3", "a-4"]
    assert len(set(ids)) == len(ids)


def test_io_several_paths_and_plain_string_path(tmp_path: Path) -> None:
    one = write(tmp_path / "one.txt", ARTICLE)
    two = write(tmp_path / "two.txt", OTHER)
    assert [d.id for d in load_documents([two, str(one)]).documents] == ["two", "one"]
    assert [d.id for d in load_documents(str(one)).documents] == ["one"]


def test_io_mixed_folder_warns_and_keeps_good_files(tmp_path: Path) -> None:
    write(tmp_path / "01_good.txt", ARTICLE)
    write(tmp_path / "02_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path / "03_english.txt", ENGLISH)
    write(tmp_path / "04_broken.json", '{"text": "نص"')
    write(tmp_path / "05_good.json", json.dumps({"text": OTHER}, ensure_ascii=False))
    write(tmp_path / "06_photo.jpg", b"\xff\xd8\xff")
    write(tmp_path / "07_empty.txt", b"")
    result = load_documents([tmp_path])
    assert [d.id for d in result.documents] == ["01_good", "05_good-1"]
    assert len(result.warnings) == 5
    joined = "\n".join(result.warnings)
    for name, problem in [
        ("02_binary.txt", "binary"),
        ("03_english.txt", "no Arabic text"),
        ("04_broken.json", "malformed JSON"),
        ("06_photo.jpg", "unsupported file type"),
        ("07_empty.txt", "is empty"),
    ]:
        assert any(name in w and problem in w for w in result.warnings), (name, joined)


def test_io_bad_record_in_jsonl_warns_and_keeps_others(tmp_path: Path) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in ({"text": ARTICLE}, {"title": "بلا نص"}, {"text": ENGLISH})]
    result = load_documents([write(tmp_path / "f.jsonl", "\n".join(lines))])
    assert [d.id for d in result.documents] == ["f-1"]
    assert len(result.warnings) == 2
    assert "f.jsonl line 2: no text field" in result.warnings[0]
    # The number is the line's, as for a broken line: a blank line before it counts.
    again = load_documents([write(tmp_path / "g.jsonl", "\n\n".join(lines))])
    assert "g.jsonl line 3: no text field" in again.warnings[0]
    assert "f.jsonl record 'f-3': no Arabic text" in result.warnings[1]


# -- errors ----------------------------------------------------------------------------------------


def one_line(error: pytest.ExceptionInfo) -> str:
    message = str(error.value)
    assert "\n" not in message
    return message


def test_io_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder") as error:
        load_documents([tmp_path / "nowhere.txt"])
    assert "nowhere.txt" in one_line(error)


def test_io_missing_path_fails_even_beside_good_files(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    with pytest.raises(InputError, match=r"typo\.txt: no such file"):
        load_documents([good, tmp_path / "typo.txt"])


def test_io_no_paths_is_an_error() -> None:
    with pytest.raises(InputError, match="no input given"):
        load_documents([])


def test_io_empty_folder_lists_supported_extensions(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder has no article files") as error:
        load_documents([tmp_path])
    assert ".txt, .md, .html, .htm, .json, .jsonl" in one_line(error)


def test_io_folder_with_only_unsupported_files(tmp_path: Path) -> None:
    write(tmp_path / "scan.pdf", b"%PDF-1.4")
    with pytest.raises(InputError, match=r"folder has no article files \(found only scan\.pdf\)"):
        load_documents([tmp_path])


def test_io_folder_with_only_subfolders_says_they_are_not_read(tmp_path: Path) -> None:
    """Before: "folder has no article files", though its subfolders held articles."""
    (tmp_path / "day1").mkdir(), (tmp_path / "day2").mkdir()
    write(tmp_path / "day1" / "a.txt", ARTICLE)
    with pytest.raises(InputError) as error:
        load_documents([tmp_path])
    assert f"subfolders (day1/, day2/) are not read: give them as paths, e.g. {tmp_path}/day1" in one_line(error)
    assert [d.id for d in load_documents([tmp_path / "day1"]).documents] == ["a"]


def test_io_unsupported_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "article.docx", ARTICLE)
    with pytest.raises(InputError, match=r"article\.docx: unsupported file type '\.docx'") as error:
        load_documents([path])
    assert ".jsonl" in one_line(error)


def test_io_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.txt", ARTICLE)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # chmod cannot lock out root (tests may run as root), so simulate the OS refusing.
    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match=r"locked\.txt: cannot read file \(permission denied\)"):
        load_documents([path])


def test_io_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path / "image.txt", b"GIF89a\x01\x00\x01\x00\x00\xff\x00")
    with pytest.raises(InputError, match=r"image\.txt: binary file") as error:
        load_documents([path])
    one_line(error)


def test_io_undecodable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "noise.txt", bytes(range(1, 256)) * 3)
    with pytest.raises(InputError, match=r"noise\.txt: cannot decode as text"):
        load_documents([path])


def test_io_truncated_utf16_is_undecodable(tmp_path: Path) -> None:
    path = write(tmp_path / "cut.txt", "نص".encode("utf-16") + b"\x00")
    with pytest.raises(InputError, match=r"cut\.txt: cannot decode as text \(invalid UTF-16-LE"):
        load_documents([path])


@pytest.mark.parametrize("content", [b"", b"  \n\n", b"\xff\xfe"])
def test_io_empty_file(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "empty.txt", content)
    with pytest.raises(InputError, match=r"empty\.txt is empty"):
        load_documents([path])


def test_io_malformed_json_reports_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.json", '{\n  "title": "عنوان",\n  "text": "نص"\n  "url": "x"\n}')
    with pytest.raises(InputError, match=r"bad\.json: malformed JSON at line 4, column 3") as error:
        load_documents([path])
    one_line(error)


def test_io_malformed_jsonl_line_is_a_warning_and_good_lines_load(tmp_path: Path) -> None:
    good = json.dumps({"text": ARTICLE}, ensure_ascii=False)
    other = json.dumps({"text": OTHER}, ensure_ascii=False)
    path = write(tmp_path / "bad.jsonl", f"{good}\n\n{{'text': 'x'}}\n{{\"text\": \"unterminated\n{other}\n")
    result = load_documents([path])
    assert [d.id for d in result.documents] == ["bad-1", "bad-5"]
    assert len(result.warnings) == 2
    assert "bad.jsonl line 3: malformed JSON at column 2 (" in result.warnings[0]
    assert "bad.jsonl line 4: malformed JSON at column 10 (Unterminated string starting here)" in result.warnings[1]
    assert all(" at at " not in w and "\n" not in w for w in result.warnings)


def test_io_jsonl_with_only_broken_lines_is_an_error_naming_each(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", "{\n[1,\n")
    with pytest.raises(InputError, match=r"no article could be loaded \(2 problems\)") as error:
        load_documents([path])
    assert "bad.jsonl line 1: malformed JSON" in one_line(error)
    assert "bad.jsonl line 2: malformed JSON" in one_line(error)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"title": "عنوان"}', r"j\.json record 1: no text field \(expected one of text, body, content\)"),
        ('[{"text": 5}]', r"j\.json record 1: field 'text' is a number, not text"),
        ('[{"text": "  "}]', r"j\.json record 1: field 'text' is empty"),
        ('[["نص"]]', r"j\.json record 1: expected article text or an article object, got a list"),
        ('[{"text": "نص", "title": ["a"]}]', r"j\.json record 1: field 'title' is a list; give it as text"),
        ('{"documents": "نص"}', r'j\.json: "documents" is a string, not a list'),
        ("[]", r"j\.json: the JSON list of articles is empty"),
        ('"نص"', r"j\.json: JSON holds a string, not articles"),
    ],
)
def test_io_bad_json_records(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path / "j.json", content)
    with pytest.raises(InputError, match=message):
        load_documents([path])


def test_io_no_arabic_text(tmp_path: Path) -> None:
    path = write(tmp_path / "en.txt", ENGLISH)
    with pytest.raises(NoTextError, match=r"en\.txt: no Arabic text \(0% of letters are Arabic\)"):
        load_documents([path])


def test_io_arabic_article_with_latin_names_is_kept(tmp_path: Path) -> None:
    text = "قالت وكالة Reuters إن قمة APEC المقبلة ستعقد في سنغافورة، وأكد المتحدث أن الموعد نهائي."
    assert load_one(write(tmp_path / "mix.txt", text)).documents[0].text == text


def test_io_nothing_loads_lists_every_problem(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"\x00\x01")
    write(tmp_path / "b.json", "{")
    with pytest.raises(InputError, match=r"no article could be loaded \(2 problems\)") as error:
        load_documents([tmp_path])
    message = one_line(error)
    assert "a.txt: binary file" in message
    assert "b.json: malformed JSON" in message
    assert not isinstance(error.value, NoTextError)


def test_io_nothing_but_non_arabic_is_no_text_error(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ENGLISH)
    write(tmp_path / "b.md", "Bonjour tout le monde, la réunion a duré trois heures.")
    with pytest.raises(NoTextError, match=r"no article could be loaded \(2 problems\)"):
        load_documents([tmp_path])


# -- standard input --------------------------------------------------------------------------------


def test_io_stdin_plain_text() -> None:
    (doc,) = load_one("-", stdin=io.StringIO("\ufeff" + ARTICLE.replace("\n", "\r\n"))).documents
    assert (doc.id, doc.path, doc.text) == ("stdin", "-", ARTICLE)


def test_io_stdin_json_and_jsonl_records() -> None:
    records = [{"id": "x", "text": ARTICLE}, {"text": OTHER, "source": "مدار"}]
    as_json = json.dumps(records, ensure_ascii=False)
    as_jsonl = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    for payload in (as_json, as_jsonl):
        docs = load_one("-", stdin=io.StringIO(payload)).documents
        assert [(d.id, d.source, d.path) for d in docs] == [("x", None, "-"), ("stdin-2", "مدار", "-")]


def test_io_stdin_text_starting_with_bracket_is_plain_text() -> None:
    text = "[عاجل] وصل الوفد إلى المدينة صباح الأربعاء."
    assert load_one("-", stdin=io.StringIO(text)).documents[0].text == text


def test_io_stdin_empty_and_english() -> None:
    with pytest.raises(InputError, match="standard input is empty"):
        load_documents(["-"], stdin=io.StringIO(" \n"))
    with pytest.raises(NoTextError, match="standard input: no Arabic text"):
        load_documents(["-"], stdin=io.StringIO(ENGLISH))


def test_io_stdin_defaults_to_sys_stdin_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("cp1256")), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", raw)
    assert load_one("-").documents[0].text == ARTICLE


def test_io_stdin_beside_files(tmp_path: Path) -> None:
    path = write(tmp_path / "stdin.txt", OTHER)
    docs = load_documents([path, "-"], stdin=io.StringIO(ARTICLE)).documents
    assert [d.id for d in docs] == ["stdin", "stdin-2"]


# -- uploads ---------------------------------------------------------------------------------------


def test_io_load_bytes_for_uploads() -> None:
    result = load_bytes("upload.jsonl", json.dumps({"text": ARTICLE}, ensure_ascii=False).encode("cp1256"))
    assert [(d.id, d.path, d.text) for d in result.documents] == [("upload-1", None, ARTICLE)]
    with pytest.raises(InputError, match=r"x\.pdf: unsupported file type"):
        load_bytes("x.pdf", b"%PDF")


@pytest.mark.parametrize("address", ["https://example.com/feed.rss", "file:///etc/passwd", "HTTP://x.example/a"])
def test_web_address_given_as_a_path_says_nothing_is_fetched(address: str, tmp_path: Path, monkeypatch):
    """Before: "file:/etc/passwd: no such file or folder; check the path" (the path as Path() made
    it), as if a typo."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="never fetches web addresses"):
        load_documents([address])
    with pytest.raises(InputError) as plain:
        load_documents(["articles/missing.txt"])
    assert "web addresses" not in str(plain.value)


def test_summary_or_comparison_written_into_the_articles_folder_is_not_read_back(tmp_path: Path):
    """Before: `summarize articles/ -f json -o articles/summary.json`, then `summarize articles/`
    read the summary's own "documents" as five more articles: every outlet counted twice ("2/10")."""
    import shutil

    from khulasa import summarize
    from khulasa.analysis.compare import compare
    from khulasa.analysis.render_compare import render_comparison
    from khulasa.render import render
    from tests.conftest import DEMO

    folder = tmp_path / "articles"
    shutil.copytree(DEMO, folder)
    docs = load_documents([folder]).documents
    summary, comparison = summarize(docs, words=60), compare(docs)
    (folder / "summary.json").write_text(json.dumps(summary.to_dict(), ensure_ascii=False), encoding="utf-8")
    (folder / "summary.md").write_text(render(summary, "markdown"), encoding="utf-8")
    (folder / "compare.json").write_text(json.dumps(comparison.to_dict(), ensure_ascii=False), encoding="utf-8")
    (folder / "compare.md").write_text(render_comparison(comparison, "markdown"), encoding="utf-8")
    # An article in Markdown with headings of its own is still an article.
    (folder / "notes.md").write_text("## الخلاصة\n\n" + ARTICLE, encoding="utf-8")
    again = load_documents([folder])
    assert sorted(d.id for d in again.documents) == sorted([*(d.id for d in docs), "notes"])
    skipped = [w for w in again.warnings if "written by khulasa" in w]
    assert len(skipped) == 4 and all("count twice" in w for w in skipped)
    with pytest.raises(InputError, match="written by khulasa"):
        load_documents([folder / "summary.json"])


def test_comparison_written_as_html_into_the_articles_folder_is_not_read_back(tmp_path: Path):
    """Before: `compare articles/ -f html -o articles/compare.html` was read back by the next run as
    one more outlet. The page carries a generator marker; an older page is known by its citations."""
    import shutil

    from khulasa.analysis.compare import compare
    from khulasa.analysis.render_compare import render_comparison
    from khulasa.io import OWN_HTML_MARKER
    from tests.conftest import DEMO

    folder = tmp_path / "articles"
    shutil.copytree(DEMO, folder)
    docs = load_documents([folder]).documents
    page = render_comparison(compare(docs), "html")
    assert OWN_HTML_MARKER in page.split("</head>")[0]
    (folder / "compare.html").write_text(page, encoding="utf-8")
    (folder / "old.htm").write_text(page.replace(OWN_HTML_MARKER, ""), encoding="utf-8")
    news = (
        f"<html><head><title>خبر</title></head><body><article><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"
    )
    (folder / "news.html").write_text(news, encoding="utf-8")
    again = load_documents([folder])
    assert sorted(d.id for d in again.documents) == sorted([*(d.id for d in docs), "news"])
    assert len([w for w in again.warnings if "written by khulasa" in w]) == 2


def test_folder_read_by_finds_the_input_folder_an_output_lands_in(tmp_path: Path):
    from khulasa.io import folder_read_by

    folder, elsewhere = tmp_path / "articles", tmp_path / "out"
    folder.mkdir(), elsewhere.mkdir()
    write(folder / "a.txt", ARTICLE)
    assert folder_read_by([str(folder)], folder / "s.txt") == folder
    assert folder_read_by([str(folder)], tmp_path / "articles" / ".." / "articles" / "s.txt") == folder
    assert folder_read_by([str(folder)], folder / ".s.txt") is None  # dotfiles are not read
    assert folder_read_by([str(folder)], folder / "sub" / "s.txt") is None  # nor subfolders
    assert folder_read_by([str(folder)], elsewhere / "s.txt") is None
    assert folder_read_by([str(folder / "a.txt"), "-"], folder / "s.txt") is None  # no folder given
    with open(folder / "s.txt", "w", encoding="utf-8") as inside, open(elsewhere / "s.txt", "w") as outside:
        assert folder_read_by([str(folder)], None, inside) == folder
        assert folder_read_by([str(folder)], None, outside) is None
    assert folder_read_by([str(folder)], None, io.StringIO()) is None  # no file behind it


def test_a_file_given_twice_is_read_once(tmp_path: Path):
    """Before: `summarize a.txt a.txt b.txt` read a.txt twice, as two outlets ("2/3"); so did a
    folder and a file inside it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    a, b = write(folder / "a.txt", ARTICLE), write(folder / "b.txt", ARTICLE.replace("الأربعاء", "الخميس"))
    twice = load_documents([a, a, b])
    assert [d.id for d in twice.documents] == ["a", "b"]
    assert len(twice.warnings) == 1 and "given more than once" in twice.warnings[0]
    inside = load_documents([folder, str(b)])
    assert [d.id for d in inside.documents] == ["a", "b"] and "b.txt" in inside.warnings[0]
    assert [d.id for d in load_documents([a, b]).documents] == ["a", "b"] and not load_documents([a, b]).warnings


def test_stories_written_by_group_into_the_articles_folder_are_not_read_back(tmp_path: Path):
    """Before: `group articles/ -o articles/stories.jsonl`, run again, warned "no text field" for
    every story line; the file is now skipped with one warning, as a summary written there is."""
    import shutil

    from typer.testing import CliRunner

    from khulasa.cli import app
    from tests.conftest import DEMO

    folder = tmp_path / "articles"
    shutil.copytree(DEMO, folder)
    first = CliRunner().invoke(app, ["group", str(folder), "-o", str(folder / "stories.jsonl")])
    assert first.exit_code == 0, first.output
    as_json = CliRunner().invoke(app, ["group", str(folder), "-f", "json", "-o", str(tmp_path / "stories.json")])
    assert as_json.exit_code == 0, as_json.output
    shutil.move(tmp_path / "stories.json", folder / "stories.json")  # -f json: a list of stories
    (folder / "article.jsonl").write_text(
        json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False), encoding="utf-8"
    )
    again = load_documents([folder])
    assert "a" in {d.id for d in again.documents}
    assert len([w for w in again.warnings if "stories.json:" in w and "written by khulasa" in w]) == 1
    assert [w for w in again.warnings if "stories.jsonl" in w] == [
        f"{folder / 'stories.jsonl'}: skipped: it is a summary, comparison or list of stories written by khulasa, "
        "not an article (read as one, every outlet would count twice); write the output outside the articles' folder"
    ]


def _double_encoded(text: str, codepage: str) -> bytes:
    """UTF-8 ``text`` read as ``codepage`` (bytes it leaves undefined as the C1 controls a browser
    reads them as) and saved again as UTF-8: "Ø§Ù„" for "ال"."""
    chars = []
    for byte in text.encode("utf-8"):
        try:
            chars.append(bytes([byte]).decode(codepage))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars).encode("utf-8")


LONGER = ARTICLE + OTHER + "وقال المتحدث إن الاجتماع المقبل سيعقد في العاصمة بعد أسبوعين من الآن.\n"


@pytest.mark.parametrize(
    "case", ["utf-16-le", "utf-16-be", "iso8859_6", "cp720", "mac_arabic", "double-latin-1", "double-cp1252"]
)
def test_io_more_ways_arabic_text_is_saved_are_read_as_written(tmp_path: Path, case: str) -> None:
    """Before: UTF-16 without a BOM was "a binary file"; ISO-8859-6, cp720 and Mac Arabic files were
    read as Windows-1256 (other letters: "انرئêس"); UTF-8 read once as Latin-1 and saved again
    ("Ø§Ù„Ù‚Ù…Ø©") had "no Arabic text"."""
    text = LONGER if case != "cp720" else LONGER.replace("،", ",")  # cp720 has no Arabic comma
    double = case.startswith("double-")
    data = _double_encoded(text, case.removeprefix("double-")) if double else text.encode(case)
    (doc,) = load_one(write(tmp_path / "a.txt", data)).documents
    assert doc.text == text


def test_io_text_like_mojibake_and_binary_files_stay_as_they_are(tmp_path: Path) -> None:
    danish = "Øresund Bridge: Ærø and Ålborg.\n" * 3
    with pytest.raises(NoTextError, match="no Arabic text"):  # read as written, not "repaired"
        load_one(write(tmp_path / "da.txt", danish))
    with pytest.raises(InputError, match="binary file"):  # NULs on both sides of byte pairs
        load_one(write(tmp_path / "b.txt", b"\x00\x01PK\x03\x04\x00\x00" + "نص".encode() * 20))
    cp1256 = LONGER.encode("cp1256")  # the common legacy code page still wins its own bytes
    (doc,) = load_one(write(tmp_path / "w.txt", cp1256)).documents
    assert doc.text == LONGER


def test_io_records_named_only_after_their_file_get_an_unknown_outlet(tmp_path: Path) -> None:
    """Before: a JSONL line with no source, URL or id showed "feed-2" (the file's name and the line's
    number) as its outlet; a record's own id or URL still names it as before."""
    text = ARTICLE.strip().replace("\n", " ")
    lines = [
        json.dumps(text, ensure_ascii=False),
        json.dumps({"text": OTHER.strip().replace("\n", " ")}, ensure_ascii=False),
        json.dumps({"id": "wire-7", "text": text + " وانتهى اللقاء."}, ensure_ascii=False),
        json.dumps({"text": text + " وغادر الوفد.", "url": "https://news.example.org/a"}, ensure_ascii=False),
    ]
    docs = load_one(write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")).documents
    assert [(d.id, d.outlet) for d in docs] == [
        ("feed-1", "مصدر غير معروف (\u2068feed-1\u2069)"),
        ("feed-2", "مصدر غير معروف (\u2068feed-2\u2069)"),
        ("wire-7", "wire-7"),
        ("feed-4", "news.example.org"),
    ]


def test_io_utf8_cut_inside_its_last_letter_is_read_with_a_warning(tmp_path: Path) -> None:
    """A file cut inside its last letter (a download or `head -c` stopped in a two-byte letter).
    Before: "cannot decode as text (not UTF-8, UTF-16 or an Arabic code page)", the article lost."""
    data = (ARTICLE * 4).strip().encode("utf-8")[:-2]  # the last letter «ة» is 2 bytes: cut after its first
    (tmp_path / "cut.txt").write_bytes(data)
    loaded = load_documents([tmp_path / "cut.txt"])
    (doc,) = loaded.documents
    assert doc.text.endswith("مفيد\ufffd") and doc.text.count("\ufffd") == 1
    (warning,) = [str(w) for w in loaded.warnings]
    assert "cut.txt" in warning and f"not valid UTF-8 at byte {len(data) - 1}" in warning


def test_io_utf8_with_a_stray_byte_keeps_every_record_of_a_jsonl(tmp_path: Path) -> None:
    """One byte of another code page (Windows-1252's dash) inside one record of a JSONL: before,
    the whole file was refused; now every record is read and the file gets one warning."""
    lines = [json.dumps({"id": f"r{k}", "text": ARTICLE * 3}, ensure_ascii=False).encode() for k in range(3)]
    lines[1] = lines[1].replace("المدينة".encode(), "المدينة".encode() + b"\x96", 1)
    (tmp_path / "feed.jsonl").write_bytes(b"\n".join(lines))
    loaded = load_documents([tmp_path / "feed.jsonl"])
    assert [d.id for d in loaded.documents] == ["r0", "r1", "r2"]
    assert "المدينة\ufffd" in loaded.documents[1].text
    assert len(loaded.warnings) == 1 and "not valid UTF-8" in str(loaded.warnings[0])


def test_io_windows_1256_is_never_taken_for_damaged_utf8(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes(ARTICLE.encode("cp1256"))
    loaded = load_documents([tmp_path / "w.txt"])
    assert loaded.documents[0].text == ARTICLE and not loaded.warnings


def test_io_jsonl_joined_from_files_each_with_a_bom_reads_every_line(tmp_path: Path) -> None:
    """`cat a.jsonl b.jsonl` of files each written with a BOM: before, every part but the first was
    "malformed JSON at column 1 (Unexpected UTF-8 BOM (decode using utf-8-sig))"."""
    lines = [json.dumps({"id": f"r{k}", "text": ARTICLE}, ensure_ascii=False).encode() for k in range(3)]
    (tmp_path / "joined.jsonl").write_bytes(b"".join(b"\xef\xbb\xbf" + line + b"\n" for line in lines))
    loaded = load_documents([tmp_path / "joined.jsonl"])
    assert [d.id for d in loaded.documents] == ["r0", "r1", "r2"] and not loaded.warnings


def _mixed_file(tmp_path: Path, middle: bytes) -> Path:
    paragraphs = [p for p in (ARTICLE * 3).split("\n") if p.strip()]
    encoded = [p.encode("utf-8") for p in paragraphs]
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"\n\n".join([encoded[0], middle, *encoded[1:]]) + b"\n")
    return path


def test_io_utf8_with_a_windows_1256_paragraph_reads_both(tmp_path: Path) -> None:
    """A UTF-8 file with one paragraph pasted from a Windows-1256 file. Before: the whole file was
    refused ("cannot decode as text (not UTF-8, UTF-16 or an Arabic code page)")."""
    pasted = "وقال المتحدث باسم الوزارة إن الاجتماع المقبل سيعقد في العاصمة الأسبوع القادم."
    loaded = load_documents([_mixed_file(tmp_path, pasted.encode("cp1256"))])
    (doc,) = loaded.documents
    assert pasted in doc.text and ARTICLE.split("\n")[0].strip() in doc.text and "\ufffd" not in doc.text
    (warning,) = loaded.warnings
    assert "mixed.txt: UTF-8 mixed with Windows-1256: line 3 read as Windows-1256; check it" in warning
    (problem,) = loaded.problems
    assert isinstance(problem, PartlyRead) and (problem.recoded, problem.replaced) == (1, 0)


def test_io_utf8_with_a_paragraph_no_encoding_reads_keeps_it_marked(tmp_path: Path) -> None:
    """A paragraph that reads as Arabic in no code page (Latin-1 French) is kept, each bad place
    shown as U+FFFD, and the warning names its line: never lost silently."""
    loaded = load_documents(
        [_mixed_file(tmp_path, "Le président a déclaré à l'été: «très sûr» - évité.".encode("latin-1"))]
    )
    (doc,) = loaded.documents
    assert "Le pr\ufffdsident" in doc.text
    (warning,) = loaded.warnings
    assert "mixed.txt: UTF-8 mixed with bytes of another encoding: line 3 not readable as text, each bad" in warning
    assert loaded.problems[0].replaced == 1  # type: ignore[attr-defined]


def test_io_stdin_says_which_bytes_it_could_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Piped bytes with a stray byte, or with a Windows-1256 paragraph, get the warning a file gets.
    Before: standard input read them as U+FFFD (or as Windows-1256) without a word."""
    stained = (ARTICLE * 3).encode("utf-8").replace("المدينة".encode(), "المدينة".encode() + b"\x96", 1)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stained), encoding="utf-8"))
    loaded = load_documents(["-"])
    assert "\ufffd" in loaded.documents[0].text
    (warning,) = loaded.warnings
    assert warning.startswith("standard input: not valid UTF-8 at byte")
    pasted = "وقال المتحدث باسم الوزارة إن الاجتماع المقبل سيعقد في العاصمة الأسبوع القادم."
    mixed = (ARTICLE * 2).encode("utf-8") + b"\n" + pasted.encode("cp1256") + b"\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(mixed), encoding="utf-8"))
    loaded = load_documents(["-"])
    assert pasted in loaded.documents[0].text
    assert loaded.warnings[0].startswith("standard input: UTF-8 mixed with Windows-1256: line ")


def test_io_utf8_with_a_bom_and_a_windows_1256_paragraph_reads_both(tmp_path: Path) -> None:
    """Notepad saves UTF-8 with a BOM. Before: with one stray byte or one pasted Windows-1256
    paragraph such a file was refused whole ("cannot decode as text (invalid UTF-8 at byte …)")."""
    pasted = "وقال المتحدث باسم الوزارة إن الاجتماع المقبل سيعقد في العاصمة الأسبوع القادم."
    path = _mixed_file(tmp_path, pasted.encode("cp1256"))
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    loaded = load_documents([path])
    (doc,) = loaded.documents
    assert pasted in doc.text and not doc.text.startswith("\ufeff") and "\ufffd" not in doc.text
    assert "line 3 read as Windows-1256" in loaded.warnings[0]
    stained = tmp_path / "stained.txt"
    stained.write_bytes(b"\xef\xbb\xbf" + (ARTICLE * 3).encode("utf-8").replace(b"\xd8\xa9", b"\xd8", 1))
    loaded = load_documents([stained])
    assert loaded.documents[0].text.count("\ufffd") == 1 and "not valid UTF-8" in loaded.warnings[0]
    latin = tmp_path / "latin.txt"  # not UTF-8 at all behind its BOM: still refused, as before
    latin.write_bytes(
        b"\xef\xbb\xbf" + "Le pr\u00e9sident a d\u00e9clar\u00e9 \u00e0 l'\u00e9t\u00e9.".encode("latin-1") * 40
    )
    with pytest.raises(InputError, match="invalid UTF-8 at byte"):
        load_documents([latin])
