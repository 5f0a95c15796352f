"""One input contract for every front end: library, CLI, batch reader and HTTP API read records alike,
and no input makes any of them crash (deep JSON, lone surrogates, random Unicode)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import khulasa
from khulasa.batch import _cluster_tasks, _Task, summarize_cluster
from khulasa.cli import app as cli
from khulasa.errors import InputError, KhulasaError
from khulasa.records import read_record

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from khulasa.service import Limits, create_app

LEAD = "وصل الرئيس إلى العاصمة صباح الأربعاء في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها كبار المسؤولين."
TALKS = "وقال المتحدث باسم الرئاسة إن المحادثات ستتناول التعاون الاقتصادي وأمن الحدود بين البلدين الجارين."
CLOSE = "ومن المقرر أن يوقع الجانبان في ختام الزيارة عددا من الاتفاقيات في مجالات الطاقة والنقل والتعليم."
DEEP = "[" * 100_000 + "]" * 100_000
PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def client() -> Any:
    with TestClient(create_app(Limits())) as c:
        yield c


# One cluster written in every shape the contract covers: text/body/content precedence, an empty
# text beside a body, outlet for source, a URL as the only source, CRLF and a BOM, a numeric id and
# lone surrogates in title, source and id.
RECORDS: list[Any] = [
    {"id": "a", "text": f"{LEAD}\r\n{TALKS}\r\n", "title": "زيارة رسمية", "source": "وكالة أ"},
    {"id": "b", "text": "", "body": f"\ufeff{LEAD}\n{CLOSE}", "outlet": "صحيفة ب", "published": "2024-05-01"},
    {"id": 7, "content": f"{TALKS}\r{CLOSE}", "url": "https://www.example.com/news/1", "extra": [1, 2]},
    {"id": "\udfffd", "text": f"{LEAD} {CLOSE}", "title": "عنوان \ud800", "source": "مصدر \udc00"},
]


def without_paths(summary: dict[str, Any]) -> dict[str, Any]:
    """``path`` says where a front end read the record from (a file, a request): the rest must match."""
    return {**summary, "documents": [{k: v for k, v in d.items() if k != "path"} for d in summary["documents"]]}


def via_library(records: list[Any]) -> dict[str, Any]:
    docs = [read_record(r, str(n), f"record {n}") for n, r in enumerate(records, 1)]
    return khulasa.summarize(docs, words=40).to_dict()


def via_library_loader(records: list[Any], tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "cluster.json"
    path.write_text(json.dumps({"documents": records}), encoding="utf-8")  # ASCII escapes keep surrogates
    loaded = khulasa.load_documents([path])
    assert loaded.warnings == []
    return khulasa.summarize(loaded.documents, words=40).to_dict()


def via_cli(records: list[Any], tmp_path: Path, name: str = "cluster.jsonl") -> dict[str, Any]:
    path = tmp_path / name
    lines = [json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["summarize", str(path), "--words", "40", "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def via_batch(records: list[Any], tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "clusters.jsonl"
    path.write_text(json.dumps({"id": "c1", "documents": records}) + "\n", encoding="utf-8")
    (task,) = list(_cluster_tasks(path))
    assert isinstance(task, _Task), task
    record = summarize_cluster(task.id, task.documents, 40)
    assert record.pop("id") == "c1" and "error" not in record, record
    return record


def via_api(records: list[Any], client: TestClient) -> dict[str, Any]:
    body = json.dumps({"documents": records, "words": 40})  # surrogates stay \u escapes, as a client sends them
    response = client.post("/v1/summarize", content=body.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    return response.json()


def test_contract_every_front_end_reads_records_alike(tmp_path: Path, client: TestClient) -> None:
    expected = without_paths(via_library(RECORDS))
    documents = {d["id"]: d for d in expected["documents"]}
    # The rules themselves, once: precedence, newlines, BOM, source defaults, surrogates.
    assert documents["a"]["text"] == f"{LEAD}\n{TALKS}\n"
    assert documents["b"]["text"] == f"{LEAD}\n{CLOSE}" and documents["b"]["source"] == "صحيفة ب"
    assert documents["7"]["text"] == f"{TALKS}\n{CLOSE}" and documents["7"]["source"] == "example.com"
    assert documents["\ufffdd"]["title"] == "عنوان \ufffd" and documents["\ufffdd"]["source"] == "مصدر \ufffd"
    assert expected["sentences"]
    assert without_paths(via_library_loader(RECORDS, tmp_path)) == expected
    assert without_paths(via_cli(RECORDS, tmp_path)) == expected
    assert without_paths(via_batch(RECORDS, tmp_path)) == expected
    assert without_paths(via_api(RECORDS, client)) == expected


def test_contract_strings_as_documents_everywhere(tmp_path: Path, client: TestClient) -> None:
    texts = [f"{LEAD}\n{TALKS}", f"{LEAD}\r\n{CLOSE}", f"\ufeff{TALKS} {CLOSE}"]
    results = {
        "library": via_library(texts),
        "batch": via_batch(texts, tmp_path),
        "api": via_api(texts, client),
    }
    (tmp_path / "c.json").write_text(json.dumps({"documents": texts}), encoding="utf-8")
    cli_run = CliRunner().invoke(cli, ["summarize", str(tmp_path / "c.json"), "-w", "40", "-f", "json"])
    assert cli_run.exit_code == 0, cli_run.output
    results["cli"] = json.loads(cli_run.stdout)
    assert [d["id"] for d in results["cli"]["documents"]] == ["c-1", "c-2", "c-3"]  # ids from the file name
    for name, result in results.items():
        assert [d["text"] for d in result["documents"]] == [t.lstrip("\ufeff").replace("\r\n", "\n") for t in texts]
        assert [s["text"] for s in result["sentences"]] == [s["text"] for s in results["library"]["sentences"]], name
    assert without_paths(results["library"]) == without_paths(results["batch"]) == without_paths(results["api"])


@pytest.mark.parametrize(
    ("record", "field", "message"),
    [
        ({"text": "", "body": ""}, "text", "field 'text' is empty"),
        ({"text": None, "body": 5}, "body", "field 'body' is a number, not text"),
        ({"title": "x"}, "text", "no text field (expected one of text, body, content)"),
        ({"text": LEAD, "id": ["x"]}, "id", "field 'id' is a list; give it as text"),
        ({"text": LEAD, "published": True}, "published", "field 'published' is true/false; give it as text"),
        ([LEAD], None, "expected article text or an article object, got a list"),
        ("   ", None, "the article text is empty"),
    ],
)
def test_contract_bad_records_same_message_everywhere(
    tmp_path: Path, client: TestClient, record: Any, field: str | None, message: str
) -> None:
    with pytest.raises(InputError, match=rf"^record 1: {message}".replace("(", r"\(").replace(")", r"\)")):
        read_record(record, "1", "record 1")
    # CLI: a warning naming the record; the good record is still summarized.
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"text": f"{LEAD} {TALKS}"}) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["summarize", str(path)])
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert f"f.jsonl line 2: {message}" in result.stderr
    # Batch: the cluster is an error record naming the document.
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "x", "documents": [LEAD, record]}) + "\n", encoding="utf-8")
    (bad,) = list(_cluster_tasks(tmp_path / "b.jsonl"))
    assert bad.error.startswith(f"document 2: {message}")
    # API: the good record is summarized, the bad one is left out with the CLI's words (it was: the
    # whole request refused); alone, a 422 naming the field, never an internal class.
    where = f"documents[1].{field}" if field else "documents[1]"
    response = client.post("/v1/summarize", json={"documents": [f"{LEAD} {TALKS}", record]})
    assert response.status_code == 200, response.text
    body = response.json()
    (skipped,) = body["skipped"]
    assert skipped["index"] == 1 and skipped["field"] == field and skipped["problem"].startswith(message)
    assert any(w.startswith(f"{where}: {message}") for w in body["warnings"])
    assert [d["id"] for d in body["documents"]] == ["1"]
    response = client.post("/v1/summarize", json={"documents": [record]})
    assert response.status_code == 422 and response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["field"] == where.replace("[1]", "[0]")
    assert message in body["detail"] and "DocumentIn" not in response.text


# --- deep JSON and lone surrogates --------------------------------------------------------------


def test_contract_deep_json_library_and_cli(tmp_path: Path) -> None:
    deep_json = tmp_path / "deep.json"
    deep_json.write_text(DEEP, encoding="utf-8")
    with pytest.raises(InputError, match=r"deep\.json: JSON nested too deeply to read"):
        khulasa.load_documents([deep_json])
    good = json.dumps({"text": f"{LEAD} {TALKS}"})
    mixed = tmp_path / "feed.jsonl"
    mixed.write_text(f'{{"text": {DEEP}}}\n{good}\n', encoding="utf-8")
    loaded = khulasa.load_documents([mixed])
    assert len(loaded.documents) == 1
    assert loaded.warnings[0].startswith(f"{mixed} line 1: JSON nested too deeply to read")
    for args, stdin in (([str(deep_json)], None), (["-"], DEEP)):
        result = CliRunner().invoke(cli, ["summarize", *args], input=stdin)
        assert result.exit_code == 2, result.output
        assert "nested too deeply" in result.stderr and "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_contract_deep_json_api_body_field_and_upload(client: TestClient) -> None:
    response = client.post("/v1/summarize", content=DEEP.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 400 and response.json()["field"] == "body"
    assert "nested too deeply" in response.json()["detail"]
    response = client.post("/v1/summarize", data={"documents": DEEP}, files=[("files", ("a.txt", LEAD.encode()))])
    assert response.status_code == 422 and response.json()["field"] == "documents"
    response = client.post("/v1/compare", files=[("files", ("deep.json", DEEP.encode()))])
    assert response.status_code == 422 and response.headers["content-type"].startswith(PROBLEM)
    assert response.json()["detail"].startswith("deep.json: JSON nested too deeply")


def test_contract_huge_number_is_malformed_json_not_a_crash(tmp_path: Path, client: TestClient) -> None:
    body = '{"documents": [{"text": "نص", "id": ' + "9" * 5000 + "}]}"
    response = client.post("/v1/summarize", content=body.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 400 and "number too long" in response.json()["detail"]
    (tmp_path / "n.json").write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match="number too long"):
        khulasa.load_documents([tmp_path / "n.json"])


def test_contract_library_refuses_documents_with_lone_surrogates() -> None:
    docs = [khulasa.Document("a", f"{LEAD} {TALKS}", title="\udfff"), khulasa.Document("b", CLOSE)]
    with pytest.raises(InputError, match=r"document 'a': title holds a lone surrogate \(U\+DFFF\) at character 0"):
        khulasa.summarize(docs)
    with pytest.raises(InputError, match="text holds a lone surrogate"):
        khulasa.summarize([khulasa.Document("a", LEAD + "\ud800" + TALKS)])


def test_contract_surrogates_in_metadata_reach_every_output(tmp_path: Path, client: TestClient) -> None:
    record = {"id": "\udfff", "text": f"{LEAD} {TALKS}", "title": "\ud800", "source": "\udc00"}
    for fmt in ("markdown", "text", "json"):
        path = tmp_path / "s.json"
        path.write_text(json.dumps([record]), encoding="utf-8")
        result = CliRunner().invoke(cli, ["summarize", str(path), "-f", fmt])
        assert result.exit_code == 0, result.output
    response = client.post(
        "/v1/compare",
        content=json.dumps({"documents": [record]}).encode(),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 200, response.text
    response = client.post(
        "/v1/summarize", content=b'{"documents": ["x"], "\\udfff": 1}', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422 and response.json()["field"] == "\ufffd"


# --- random Unicode at every front end ------------------------------------------------------------

ARABIC_WORDS = LEAD.split() + TALKS.split()
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653))
CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x20), 0x7F, 0x85, 0x200F, 0x202E, 0x2066, 0xFEFF, 0xFFFE])
SURROGATES = "\ud800\udbff\udc00\udfff"
pieces = st.one_of(
    st.sampled_from(ARABIC_WORDS),
    st.text(alphabet=DIACRITICS, min_size=1, max_size=30),
    st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩۰۱۲", min_size=1, max_size=30),
    st.text(alphabet=CONTROLS, min_size=1, max_size=5),
    st.text(alphabet=SURROGATES, min_size=1, max_size=3),
    st.builds(lambda ch, n: ch * n, st.sampled_from("اب9x٣ـ"), st.integers(200, 5000)),  # very long words
    st.sampled_from([" ", "\n", "\r\n", ". ", "، ", "؟ ", "\t"]),
    st.text(max_size=10),
)
noise = st.lists(pieces, max_size=25).map("".join)
# Noise alone (digits only, diacritics only, controls…) or around a real sentence, so that many
# examples get as far as a summary.
texts = st.one_of(noise, st.builds("{}{} {}".format, noise, st.sampled_from([LEAD, TALKS, CLOSE]), noise))
records = st.one_of(
    texts,
    st.fixed_dictionaries(
        {"text": texts},
        optional={"title": texts, "source": texts, "id": texts, "url": texts, "body": texts, "published": texts},
    ),
)
ARTICLE_BUDGETS = ["--words", "30"]
random_settings = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@random_settings
@given(items=st.lists(records, min_size=1, max_size=3))
def test_contract_random_unicode_library(items: list[Any]) -> None:
    try:
        docs = [read_record(r, str(n), f"record {n}") for n, r in enumerate(items, 1)]
        summary = khulasa.summarize(khulasa.io.unique_ids(docs), words=30)
    except KhulasaError as exc:
        assert "\n" not in str(exc)
        return
    json.dumps(summary.to_dict(), ensure_ascii=False).encode("utf-8")  # everything is writable UTF-8


@random_settings
@given(items=st.lists(records, min_size=1, max_size=3), raw=texts)
def test_contract_random_unicode_cli(tmp_path_factory: pytest.TempPathFactory, items: list[Any], raw: str) -> None:
    folder = tmp_path_factory.mktemp("random")
    (folder / "records.jsonl").write_text("\n".join(json.dumps(r) for r in items), encoding="utf-8")
    (folder / "raw.txt").write_bytes(raw.encode("utf-8", "surrogatepass"))  # invalid UTF-8 where surrogates are
    for args in (["records.jsonl"], ["raw.txt"], ["records.jsonl", "raw.txt"]):
        for fmt in ("markdown", "json"):
            result = CliRunner().invoke(
                cli, ["summarize", *(str(folder / a) for a in args), *ARTICLE_BUDGETS, "-f", fmt]
            )
            assert result.exit_code in (0, 2), result.output
            assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
            if result.exit_code == 2:
                assert [line for line in result.stderr.splitlines() if line.startswith("error:")], result.stderr


@random_settings
@given(items=st.lists(records, min_size=1, max_size=3), cluster_id=texts)
def test_contract_random_unicode_batch(
    tmp_path_factory: pytest.TempPathFactory, items: list[Any], cluster_id: str
) -> None:
    path = tmp_path_factory.mktemp("batch") / "in.jsonl"
    path.write_text(json.dumps({"id": cluster_id or "x", "documents": items}) + "\n", encoding="utf-8")
    (item,) = list(_cluster_tasks(path))
    if not isinstance(item, _Task):
        assert item.line == 1 and item.error
        return
    record = summarize_cluster(item.id, item.documents, 30)
    assert ("error" in record) != ("sentences" in record)
    json.dumps(record, ensure_ascii=False).encode("utf-8")


@random_settings
@given(items=st.lists(records, min_size=1, max_size=3), path=st.sampled_from(["/v1/summarize", "/v1/compare"]))
def test_contract_random_unicode_api(client: TestClient, items: list[Any], path: str) -> None:
    body = json.dumps({"documents": items})
    response = client.post(path, content=body.encode(), headers={"content-type": "application/json"})
    assert response.status_code in (200, 413, 422), response.text
    if response.status_code != 200:
        assert response.headers["content-type"].startswith(PROBLEM)
    upload = client.post(path, files=[("files", ("a.jsonl", "\n".join(json.dumps(r) for r in items).encode()))])
    assert upload.status_code in (200, 413, 422), upload.text
