"""HTTP API tests (FastAPI TestClient / httpx): success, every limit, malformed input, problem+json."""

from __future__ import annotations

import asyncio
import json
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import khulasa  # noqa: E402
from khulasa.analysis.compare import compare  # noqa: E402
from khulasa.analysis.render_compare import render_comparison  # noqa: E402
from khulasa.demo import demo_path  # noqa: E402
from khulasa.errors import SettingsError, server_lacks_package  # noqa: E402
from khulasa.render import render  # noqa: E402
from khulasa.service import Limits, create_app  # noqa: E402
from khulasa.service import app as service_app  # noqa: E402
from khulasa.text.compress import join_parts  # noqa: E402

PROBLEM = "application/problem+json"


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Limits())) as c:
        yield c


@pytest.fixture
def demo_json(client: TestClient) -> list[dict[str, Any]]:
    response = client.get("/v1/demo")
    assert response.status_code == 200
    return response.json()["documents"]


def make_client(**limits: Any) -> TestClient:
    return TestClient(create_app(Limits(**limits)))


def assert_problem(response: httpx.Response, status: int, **members: Any) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status
    assert body["type"].startswith("urn:khulasa:problem:")
    assert body["title"] and body["detail"]
    for key, value in members.items():
        assert body[key] == value, (key, body)
    return body


def to_documents(items: list[dict[str, Any]]) -> list[khulasa.Document]:
    return [
        khulasa.Document(**{k: v for k, v in d.items() if k in {"id", "text", "title", "source", "url", "published"}})
        for d in items
    ]


# --- success --------------------------------------------------------------------------------


def test_service_summarize_json_equals_library_output(client: TestClient, demo_json: list[dict]) -> None:
    response = client.post("/v1/summarize", json={"documents": demo_json, "words": 80})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    expected = khulasa.summarize(to_documents(demo_json), words=80).to_dict()
    assert body == json.loads(json.dumps(expected))
    assert body["sentences"] and sum(s["words"] for s in body["sentences"]) <= 80


def test_service_summarize_paraphrases_option_equals_library_output(client: TestClient) -> None:
    from tests.test_pipeline import REWORDED

    docs = [{"id": d.id, "source": d.source, "text": d.text} for d in REWORDED]
    body = client.post("/v1/summarize", json={"documents": docs, "words": 60, "paraphrases": True}).json()
    expected = khulasa.summarize(REWORDED, words=60, paraphrases=True).to_dict()
    assert body == json.loads(json.dumps(expected))
    assert any(s["paraphrases"] for s in body["sentences"])
    plain = client.post("/v1/summarize", json={"documents": docs, "words": 60}).json()
    assert all(s["paraphrases"] == [] for s in plain["sentences"])


def test_service_summarize_offsets_point_into_returned_documents(client: TestClient, demo_json: list[dict]) -> None:
    body = client.post("/v1/summarize", json={"documents": demo_json}).json()
    texts = {d["id"]: d["text"] for d in body["documents"]}
    for sentence in body["sentences"]:
        passages = [texts[s["doc"]][s["start"] : s["end"]] for s in sentence["sources"]]
        # Each outlet carries the sentence in one passage, or in several (a title dropped), in order.
        by_doc: dict[str, list[tuple[int, int]]] = {}
        for s in sentence["sources"]:
            by_doc.setdefault(s["doc"], []).append((s["start"], s["end"]))
        assert sentence["text"] in [join_parts(texts[d], spans) for d, spans in by_doc.items()]
        assert all(p.strip() for p in passages)


@pytest.mark.parametrize(("fmt", "media"), [("markdown", "text/markdown"), ("text", "text/plain")])
def test_service_summarize_text_formats(client: TestClient, demo_json: list[dict], fmt: str, media: str) -> None:
    response = client.post("/v1/summarize", json={"documents": demo_json, "sentences": 2, "format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"] == f"{media}; charset=utf-8"
    expected = render(khulasa.summarize(to_documents(demo_json), sentences=2), fmt)
    assert response.text == expected


def test_service_summarize_sentence_budget(client: TestClient, demo_json: list[dict]) -> None:
    body = client.post("/v1/summarize", json={"documents": demo_json, "sentences": 2}).json()
    assert 1 <= len(body["sentences"]) <= 2
    assert body["settings"]["sentences"] == 2


def test_service_summarize_default_ids_are_numbers(client: TestClient, demo_json: list[dict]) -> None:
    docs = [{"text": d["text"]} for d in demo_json[:3]]
    body = client.post("/v1/summarize", json={"documents": docs}).json()
    assert [d["id"] for d in body["documents"]] == ["1", "2", "3"]
    # No source, URL or id: the outlet is unknown, not the number "1" (read as the CLI reads such a record).
    assert [d["source"] for d in body["documents"]] == [f"مصدر غير معروف (\u2068{k}\u2069)" for k in "123"]


def test_service_summarize_repeated_ids_made_unique(client: TestClient, demo_json: list[dict]) -> None:
    docs = [{"id": "a", "text": d["text"]} for d in demo_json[:3]]
    body = client.post("/v1/summarize", json={"documents": docs}).json()
    assert [d["id"] for d in body["documents"]] == ["a", "a-2", "a-3"]


def test_service_upload_files(client: TestClient) -> None:
    paths = sorted(Path(demo_path()).glob("*.txt"))
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in paths]
    response = client.post("/v1/summarize", files=files, data={"words": "60"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["documents"]) == len(paths)
    # The client's file names, never the server's temporary folder.
    assert sorted(Path(d["path"]).name for d in body["documents"]) == [p.name for p in paths]
    assert all("khulasa-upload" not in (d["path"] or "") for d in body["documents"])
    assert sum(s["words"] for s in body["sentences"]) <= 60


def test_service_upload_with_pasted_documents(client: TestClient, demo_json: list[dict]) -> None:
    path = sorted(Path(demo_path()).glob("*.txt"))[0]
    pasted = json.dumps([{"text": d["text"], "source": d["source"]} for d in demo_json[1:3]])
    response = client.post(
        "/v1/summarize",
        files=[("files[]", (path.name, path.read_bytes(), "text/plain"))],
        data={"documents": pasted, "format": "json"},
    )
    assert response.status_code == 200, response.text
    assert len(response.json()["documents"]) == 3


def test_service_upload_names_stripped_of_directories(client: TestClient) -> None:
    path = sorted(Path(demo_path()).glob("*.txt"))[0]
    response = client.post("/v1/summarize", files=[("files", ("../../etc/" + path.name, path.read_bytes()))])
    assert response.status_code == 200, response.text
    assert response.json()["documents"][0]["path"] == path.name


def test_service_upload_broken_jsonl_line_is_a_warning_not_lost(client: TestClient, demo_json: list[dict]) -> None:
    lines = [json.dumps({"text": d["text"], "source": d["source"]}, ensure_ascii=False) for d in demo_json[:3]]
    lines.insert(1, '{"text": "broken')
    upload = [("files", ("feed.jsonl", "\n".join(lines).encode("utf-8"), "application/jsonl"))]
    body = client.post("/v1/summarize", files=upload, data={"words": "60"}).json()
    assert len(body["documents"]) == 3
    (warning,) = body["warnings"]
    assert "feed.jsonl" in warning and "line 2" in warning and "khulasa-upload" not in warning
    response = client.post("/v1/summarize", files=upload, data={"words": "60", "format": "markdown"})
    assert response.status_code == 200
    assert "line 2" in json.loads(response.headers["x-khulasa-warnings"])[0]
    clean = client.post("/v1/summarize", files=[("files", ("a.txt", demo_json[0]["text"].encode("utf-8")))]).json()
    assert "warnings" not in clean
    docx = [*upload, ("files", ("notes.docx", b"PK"))]  # a skipped upload's warning in the API's terms
    warnings = client.post("/v1/summarize", files=docx, data={"words": "60"}).json()["warnings"]
    assert warnings[-1].startswith("notes.docx: unsupported") and "pipe text" not in warnings[-1]


def test_service_upload_unreadable_file_is_422_without_temp_path(client: TestClient, demo_json: list[dict]) -> None:
    response = client.post("/v1/summarize", files=[("files", ("scan.pdf", b"%PDF-1.4\x00\x01\x02binary"))])
    body = assert_problem(response, 422)
    assert "khulasa-upload" not in body["detail"]
    # Before: nothing but the English detail named the file; ``files`` names the uploads for the page.
    assert body["files"] == ["scan.pdf"] and body["error"] == "InputError"
    two = [("files", ("a.txt", b"\x00\x01binary")), ("files", ("b.txt", b"   "))]
    body = assert_problem(client.post("/v1/summarize", files=two), 422)
    assert body["files"] == ["a.txt", "b.txt"] and body["error"] == "InputError"
    # Articles typed in the form's documents still make a summary: the unreadable uploads are a warning.
    typed = {"documents": json.dumps([{"text": d["text"]} for d in demo_json[:2]], ensure_ascii=False)}
    mixed = client.post("/v1/summarize", files=two, data=typed)
    assert mixed.status_code == 200, mixed.text
    (warning,) = mixed.json()["warnings"]
    assert len(mixed.json()["documents"]) == 2 and "a.txt" in warning and "b.txt" in warning
    # An unsupported upload: the API's advice, not the CLI's "pipe text to -".
    body = assert_problem(client.post("/v1/summarize", files=[("files", ("a.docx", b"PK"))]), 422)
    assert body["files"] == ["a.docx"] and "pipe text to -" not in body["detail"]
    assert body["detail"].endswith("(or send the text in the JSON body's documents)")
    body = assert_problem(client.post("/v1/summarize", files=[*two, ("files", ("c.docx", b"PK"))]), 422)
    assert "c.docx: unsupported" in body["detail"] and "pipe text to -" not in body["detail"]
    no_arabic = [("files", ("english.txt", b"Only English words in this article, nothing else at all."))]
    body = assert_problem(client.post("/v1/compare", files=no_arabic), 422)
    assert body["files"] == ["english.txt"] and body["error"] == "NoTextError"


def test_service_health_version_demo_docs(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    version = client.get("/v1/version").json()
    assert version["version"] == khulasa.__version__
    assert version["limits"]["max_documents"] == Limits().max_documents
    demo = client.get("/v1/demo").json()["documents"]
    assert len(demo) >= 2 and all(d["text"] and d["source"] for d in demo)
    assert client.get("/docs").status_code == 200


def test_service_openapi_describes_both_bodies(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    body = schema["paths"]["/v1/summarize"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "multipart/form-data"}
    components = schema["components"]["schemas"]
    assert "documents" in components["SummarizeRequest"]["properties"]
    assert "text" in components["DocumentIn"]["properties"]


def test_service_page_is_arabic_rtl_and_offline(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<html lang="ar" dir="rtl">' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/app.css"):
        assert asset in page.text
        response = client.get(asset)
        assert response.status_code == 200
        assert "http://" not in response.text and "https://" not in response.text
    assert "http://" not in page.text and "https://" not in page.text


def test_service_docs_page_loads_its_assets_from_this_server(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", docs.text)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
    for asset in assets:
        assert asset.startswith("/"), f"{asset} is not served by khulasa"
        assert client.get(asset).status_code == 200
    assert "cdn" not in docs.text.lower()
    assert client.get("/redoc").status_code == 404  # one documentation page is enough


# --- limits ---------------------------------------------------------------------------------


def test_service_limit_body_bytes_by_content_length(demo_json: list[dict]) -> None:
    with make_client(max_body_bytes=1000) as c:
        response = c.post("/v1/summarize", json={"documents": demo_json})
    assert_problem(response, 413, limit="max_body_bytes", value=1000)


def test_service_limit_body_bytes_while_streaming(demo_json: list[dict]) -> None:
    payload = json.dumps({"documents": demo_json}).encode()

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit must hold while reading
        for i in range(0, len(payload), 500):
            yield payload[i : i + 500]

    with make_client(max_body_bytes=1000) as c:
        response = c.post("/v1/summarize", content=chunks(), headers={"content-type": "application/json"})
    assert_problem(response, 413, limit="max_body_bytes", value=1000)


def test_service_limit_documents_json(demo_json: list[dict]) -> None:
    with make_client(max_documents=2) as c:
        response = c.post("/v1/summarize", json={"documents": demo_json[:3]})
    assert_problem(response, 413, limit="max_documents", value=2)


def test_service_limit_documents_upload() -> None:
    paths = sorted(Path(demo_path()).glob("*.txt"))[:3]
    with make_client(max_documents=2) as c:
        response = c.post("/v1/summarize", files=[("files", (p.name, p.read_bytes())) for p in paths])
    assert_problem(response, 413, limit="max_documents", value=2)


def test_service_limit_doc_chars_json(demo_json: list[dict]) -> None:
    with make_client(max_doc_chars=100) as c:
        response = c.post("/v1/summarize", json={"documents": demo_json})
    body = assert_problem(response, 413, limit="max_doc_chars", value=100)
    assert "characters" in body["detail"]


def test_service_limit_doc_chars_upload() -> None:
    path = sorted(Path(demo_path()).glob("*.txt"))[0]
    with make_client(max_doc_chars=100) as c:
        response = c.post("/v1/summarize", files=[("files", (path.name, path.read_bytes()))])
    body = assert_problem(response, 413, limit="max_doc_chars", value=100)
    assert path.name in body["detail"]


def blocking_summarize(release: threading.Event) -> Any:
    def fake(documents: Any, **budget: Any) -> Any:
        release.wait(10)
        return khulasa.summarize(documents, **budget)

    return fake


def test_service_limit_timeout_running(monkeypatch: pytest.MonkeyPatch, demo_json: list[dict]) -> None:
    release = threading.Event()
    monkeypatch.setattr(service_app, "summarize", blocking_summarize(release))
    with make_client(timeout_seconds=0.2) as c:
        response = c.post("/v1/summarize", json={"documents": demo_json})
        release.set()
    assert_problem(response, 504, limit="timeout_seconds", value=0.2)


def test_service_timed_out_job_stops_itself_and_frees_its_worker(
    monkeypatch: pytest.MonkeyPatch, demo_json: list[dict]
) -> None:
    from khulasa.deadline import check_time

    stopped = threading.Event()
    release = threading.Event()

    def endless(documents: Any, **_: Any) -> Any:
        try:
            while not release.is_set():  # long pipeline work, checking the time as it goes
                check_time()
                release.wait(0.01)
        finally:
            stopped.set()

    ready: list[Any] = []

    def remember(documents: Any, **budget: Any) -> Any:
        ready.append(khulasa.summarize(documents, **budget))
        return ready[-1]

    monkeypatch.setattr(service_app, "summarize", remember)
    with make_client() as unhurried:
        assert unhurried.post("/v1/summarize", json={"documents": demo_json}).status_code == 200

    monkeypatch.setattr(service_app, "summarize", endless)
    try:
        with make_client(timeout_seconds=0.2, max_concurrency=1) as c:
            response = c.post("/v1/summarize", json={"documents": demo_json})
            assert_problem(response, 504, limit="timeout_seconds", value=0.2)
            # The job ended by itself (release was never set), so its only worker is free again.
            assert stopped.wait(10)
            # The second job is answered from a summary made before, off the clock: a real
            # summary of the demo may itself take longer than 0.2 s on a cold, busy machine.
            monkeypatch.setattr(service_app, "summarize", lambda documents, **_: ready[0])
            assert c.post("/v1/summarize", json={"documents": demo_json}).status_code == 200
    finally:
        release.set()


def test_service_limit_timeout_queued_is_503(demo_json: list[dict]) -> None:
    release = threading.Event()
    app = create_app(Limits(timeout_seconds=0.2, max_concurrency=1))
    busy = app.state.executor.submit(release.wait, 10)  # the only summarizer slot is taken
    try:
        with TestClient(app) as c:
            response = c.post("/v1/summarize", json={"documents": demo_json})
    finally:
        release.set()
    busy.result()
    body = assert_problem(response, 503, limit="timeout_seconds")
    assert response.headers["retry-after"]
    assert "busy" in body["detail"]


def health_while_busy(app: Any, release: threading.Event, send: Any, wait: float) -> tuple[int, bool, int]:
    """Start ``send(client)`` (a request that blocks until ``release``), ask /healthz meanwhile, then
    release it: (health status, whether the first request was still pending, its status)."""

    async def scenario() -> tuple[int, bool, int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as ac:
            slow = asyncio.create_task(send(ac))
            await asyncio.sleep(wait)
            health = await ac.get("/healthz")
            pending = not slow.done()
            release.set()
            return health.status_code, pending, (await slow).status_code

    try:
        return asyncio.run(scenario())
    finally:
        release.set()


def test_service_event_loop_free_while_summarizing(monkeypatch: pytest.MonkeyPatch, demo_json: list[dict]) -> None:
    release = threading.Event()
    monkeypatch.setattr(service_app, "summarize", blocking_summarize(release))
    app = create_app(Limits())
    send = lambda ac: ac.post("/v1/summarize", json={"documents": demo_json})  # noqa: E731
    assert health_while_busy(app, release, send, 0.05) == (200, True, 200)


def test_service_event_loop_free_while_parsing_json(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13: a 4.8 MB body of ``[[],[],…]`` stalled every request while it was parsed."""
    release = threading.Event()
    real = service_app.json_body

    def slow_parse(*args: Any) -> Any:
        release.wait(5)  # parsing "takes long"; on the event loop nothing else would be answered
        return real(*args)

    monkeypatch.setattr(service_app, "json_body", slow_parse)
    app = create_app(Limits())
    body = b"[" + b"[]," * 1_500_000 + b"[]]"  # 4.5 MB, a list where an object belongs
    send = lambda ac: ac.post("/v1/summarize", content=body, headers={"content-type": "application/json"})  # noqa: E731
    assert health_while_busy(app, release, send, 0.2) == (200, True, 422)


def test_service_concurrent_requests_give_identical_summaries(demo_json: list[dict]) -> None:
    app = create_app(Limits(max_concurrency=2))
    expected = khulasa.summarize(to_documents(demo_json), words=60).to_dict()

    async def burst() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as ac:
            return await asyncio.gather(
                *(ac.post("/v1/summarize", json={"documents": demo_json, "words": 60}) for _ in range(6))
            )

    responses = asyncio.run(burst())
    assert [r.status_code for r in responses] == [200] * 6
    assert all(r.json() == json.loads(json.dumps(expected)) for r in responses)


# --- malformed input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        ([1, 2], 422, "body"),
        ({}, 422, "documents"),
        ({"documents": []}, 422, "documents"),
        ({"documents": "نص"}, 422, "documents"),
        ({"documents": [{"title": "x"}]}, 422, "documents[0].text"),
        ({"documents": [{"text": ""}]}, 422, "documents[0].text"),
        ({"documents": [{"text": 5}]}, 422, "documents[0].text"),
        ({"documents": [{"text": "", "body": 5}]}, 422, "documents[0].body"),
        ({"documents": [{"text": "نص", "title": {"a": 1}}]}, 422, "documents[0].title"),
        ({"documents": [[], 5]}, 422, "documents[0]"),
        ({"documents": [{"text": "نص"}], "words": "many"}, 422, "words"),
        ({"documents": [{"text": "نص"}], "words": 0}, 422, "words"),
        ({"documents": [{"text": "نص"}], "words": 50, "sentences": 2}, 422, "words"),
        ({"documents": [{"text": "نص"}], "format": "pdf"}, 422, "format"),
        ({"documents": [{"text": "نص"}], "word": 50}, 422, "word"),
    ],
)
def test_service_malformed_json_names_field(client: TestClient, payload: Any, status: int, field: str) -> None:
    body = assert_problem(client.post("/v1/summarize", json=payload), status)
    assert body["field"] == field
    assert field in body["detail"]


def test_service_invalid_json_is_400(client: TestClient) -> None:
    response = client.post("/v1/summarize", content=b'{"documents": [', headers={"content-type": "application/json"})
    assert_problem(response, 400, field="body")
    response = client.post("/v1/summarize", content=b"\xff\xfe{", headers={"content-type": "application/json"})
    assert_problem(response, 400, field="body")


def test_service_unsupported_media_type_is_415(client: TestClient) -> None:
    response = client.post("/v1/summarize", content=b"text", headers={"content-type": "text/plain"})
    assert_problem(response, 415)


@pytest.mark.parametrize(
    ("data", "files", "field"),
    [
        ({"words": "10"}, None, "files"),
        ({"words": "ten"}, [("files", ("a.txt", "نص".encode()))], "words"),
        ({"documents": "{not json"}, [("files", ("a.txt", "نص".encode()))], "documents"),
        ({"documents": '[{"title": "x"}]'}, None, "documents[0].text"),
        ({"colour": "red"}, [("files", ("a.txt", "نص".encode()))], "colour"),
    ],
)
def test_service_malformed_multipart_names_field(client: TestClient, data: dict, files: Any, field: str) -> None:
    if files:
        response = client.post("/v1/summarize", data=data, files=files)
    else:  # httpx sends multipart only with files: build a form of text fields by hand
        parts = "".join(f'--xyz\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in data.items())
        response = client.post(
            "/v1/summarize",
            content=(parts + "--xyz--\r\n").encode(),
            headers={"content-type": "multipart/form-data; boundary=xyz"},
        )
    body = assert_problem(response, 422)
    assert body["field"] == field


def test_service_multipart_without_boundary_is_400(client: TestClient) -> None:
    response = client.post("/v1/summarize", content=b"x", headers={"content-type": "multipart/form-data"})
    assert_problem(response, 400)


def test_service_user_error_is_422(client: TestClient) -> None:
    response = client.post("/v1/summarize", json={"documents": [{"text": "Only English text here. Nothing else."}]})
    body = assert_problem(response, 422, error="NoTextError")
    assert "Arabic" in body["detail"]


def test_service_unknown_path_is_problem(client: TestClient) -> None:
    assert_problem(client.get("/v2/nothing"), 404)
    assert_problem(client.get("/v1/summarize"), 405)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
documents = st.lists(
    st.dictionaries(
        st.sampled_from(["text", "title", "source", "id", "url", "extra"]),
        st.text(alphabet="ابتث .،؟abc\n", max_size=80) | json_values,
        max_size=4,
    ),
    max_size=4,
)


@pytest.mark.parametrize("path", ["/v1/summarize", "/v1/compare"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    payload=st.fixed_dictionaries({"documents": documents}, optional={"words": json_values, "format": json_values})
    | json_values
)
def test_service_never_500_for_any_json(client: TestClient, path: str, payload: Any) -> None:
    response = client.post(path, json=payload)
    assert response.status_code < 500, response.text
    if response.status_code != 200:
        assert response.headers["content-type"].startswith(PROBLEM)


# --- limits configuration -------------------------------------------------------------------


def test_service_limits_from_env() -> None:
    limits = Limits.from_env(
        {
            "KHULASA_MAX_BODY_BYTES": "2048",
            "KHULASA_MAX_DOCUMENTS": "7",
            "KHULASA_MAX_DOC_CHARS": "900",
            "KHULASA_TIMEOUT_SECONDS": "1.5",
            "KHULASA_MAX_CONCURRENCY": "",
        }
    )
    assert limits == Limits(max_body_bytes=2048, max_documents=7, max_doc_chars=900, timeout_seconds=1.5)


@pytest.mark.parametrize(
    "env",
    [
        {"KHULASA_MAX_DOCUMENTS": "many"},
        {"KHULASA_MAX_DOCUMENTS": "-1"},
        {"KHULASA_MAX_BODY_BYTES": "1.5"},
        {"KHULASA_TIMEOUT_SECONDS": "0"},
        {"KHULASA_TIMEOUT_SECONDS": "nan"},
    ],
)
def test_service_limits_from_env_rejects_bad_values(env: dict[str, str]) -> None:
    with pytest.raises(SettingsError, match="environment variable KHULASA_"):
        Limits.from_env(env)


def test_service_create_app_reads_env(monkeypatch: pytest.MonkeyPatch, demo_json: list[dict]) -> None:
    monkeypatch.setenv("KHULASA_MAX_DOCUMENTS", "1")
    with TestClient(create_app()) as c:
        response = c.post("/v1/summarize", json={"documents": demo_json[:2]})
    assert_problem(response, 413, limit="max_documents", value=1)


@pytest.mark.parametrize("budget", [{"words": 10**30}, {"sentences": 2**63}, {"chars": 10**12}])
def test_service_huge_budget_is_not_an_error(client: TestClient, demo_json: list[dict], budget: dict) -> None:
    response = client.post("/v1/summarize", json={"documents": demo_json, **budget})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("budget", [{"words": True}, {"sentences": False}, {"chars": True}])
def test_service_true_or_false_is_not_a_budget(client: TestClient, demo_json: list[dict], budget: dict) -> None:
    """Before: {"words": true} was read as 1 word ("budget too small: 1 words ...")."""
    response = client.post("/v1/summarize", json={"documents": demo_json, **budget})
    (field,) = budget
    assert_problem(response, 422)
    assert response.json()["field"] == field and "not true or false" in response.json()["detail"]
    form = client.post("/v1/summarize", data={field: "400"}, files={"documents": (None, json.dumps(demo_json))})
    assert form.status_code == 200, form.text  # a form's "400" still reads as a number


# --- khulasa serve --------------------------------------------------------------------------


def test_service_cli_serve_runs_uvicorn_factory(monkeypatch: pytest.MonkeyPatch) -> None:
    uvicorn = pytest.importorskip("uvicorn")
    from typer.testing import CliRunner

    from khulasa.cli import app as cli

    calls: list[tuple[tuple, dict]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: calls.append((a, k)))
    monkeypatch.setattr("khulasa.cli._check_address", lambda host, port: None)  # port 8123 may be taken here
    result = CliRunner().invoke(cli, ["serve", "--port", "8123", "--workers", "3"])
    assert result.exit_code == 0, result.output
    ((args, kwargs),) = calls
    assert args == ("khulasa.service.app:create_app",)
    assert kwargs | {"log_level": None} == {
        "factory": True,
        "host": "127.0.0.1",
        "port": 8123,
        "workers": 3,
        "log_level": None,
        "http": "khulasa.service.server:TimedH11Protocol",
        "timeout_keep_alive": 5,
    }


def test_service_cli_serve_on_a_port_in_use_is_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: "serving on http://127.0.0.1:PORT/", then uvicorn's "ERROR: [Errno 98] ... address
    already in use" and exit 3. Now one line, exit 2, and the server is never started."""
    import socket

    uvicorn = pytest.importorskip("uvicorn")
    from typer.testing import CliRunner

    from khulasa.cli import app as cli

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("started"))
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"cannot serve on 127.0.0.1:{port} (address already in use)" in result.output
    assert "serving on" not in result.output
    unknown = CliRunner().invoke(cli, ["serve", "--host", "no-such-host.invalid", "--port", "0"])
    assert unknown.exit_code == 2 and "cannot serve on no-such-host.invalid:0" in unknown.output


def test_service_cli_serve_with_a_bad_khulasa_db_is_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: KHULASA_DB=mysql://x khulasa serve started, and every desk request was a 503. Now one
    line naming the variable, exit 2, and the server is never started."""
    uvicorn = pytest.importorskip("uvicorn")
    from typer.testing import CliRunner

    from khulasa.cli import app as cli
    from tests.conftest import one_line_error

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("started"))
    monkeypatch.setattr("khulasa.cli._check_address", lambda host, port: None)
    monkeypatch.setenv("KHULASA_DB", "mysql://x")
    line = one_line_error(CliRunner().invoke(cli, ["serve", "--port", "0"]))
    assert line.startswith("error: $KHULASA_DB 'mysql://x' is not a database URL; give sqlite:///")
    monkeypatch.setenv("KHULASA_DB", "postgresql://u:secret@db:port/desk")
    line = one_line_error(CliRunner().invoke(cli, ["serve", "--port", "0"]))
    assert "$KHULASA_DB" in line and "the port is not a number" in line and "secret" not in line
    monkeypatch.setenv("KHULASA_DB", "postgresql://u:secret@db:5432/desk")  # its form is right: served
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)
    assert CliRunner().invoke(cli, ["serve", "--port", "0"]).exit_code == 0


def test_service_cli_serve_bad_env_is_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from khulasa.cli import app as cli

    monkeypatch.setenv("KHULASA_MAX_DOCUMENTS", "lots")
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "KHULASA_MAX_DOCUMENTS" in result.output
    assert "Traceback" not in result.output


def test_service_cli_serve_without_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from khulasa.cli import app as cli

    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn now raises ImportError
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "serve needs optional packages: run  pip install 'khulasa" in result.output


@pytest.mark.parametrize("name", ["a\x00b.txt", "ي" * 300 + ".txt", "..", "C:\\Users\\x\\news.txt"])
def test_service_upload_odd_file_names(client: TestClient, name: str) -> None:
    text = sorted(Path(demo_path()).glob("*.txt"))[0].read_bytes()
    response = client.post("/v1/summarize", files=[("files", (name, text, "text/plain"))])
    assert response.status_code == 200, response.text
    assert "\x00" not in response.json()["documents"][0]["path"]


def test_service_upload_same_name_twice(client: TestClient) -> None:
    paths = sorted(Path(demo_path()).glob("*.txt"))[:2]
    files = [("files", ("article.txt", p.read_bytes(), "text/plain")) for p in paths]
    body = client.post("/v1/summarize", files=files).json()
    ids = [d["id"] for d in body["documents"]]
    assert len(ids) == len(set(ids)) == 2


# --- POST /v1/compare -----------------------------------------------------------------------


def all_compare_sources(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    items = [
        *body["consensus"],
        *body["shared"],
        *(u for us in body["unique"].values() for u in us),
        *body["figures"],
        *body["actors"],
    ]
    for item in items:
        yield from item["sources"]


def test_service_compare_json_equals_library_output(client: TestClient, demo_json: list[dict]) -> None:
    response = client.post("/v1/compare", json={"documents": demo_json})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body == json.loads(json.dumps(compare(to_documents(demo_json)).to_dict()))
    assert body["consensus"] and body["figures"] and body["actors"]
    assert any(not g["agree"] for g in body["figures"])


def test_service_compare_offsets_point_into_returned_documents(client: TestClient, demo_json: list[dict]) -> None:
    body = client.post("/v1/compare", json={"documents": demo_json}).json()
    texts = {d["id"]: d["text"] for d in body["documents"]}
    sources = list(all_compare_sources(body))
    assert sources
    for s in sources:
        assert 0 <= s["start"] < s["end"] <= len(texts[s["doc"]])
    for fact in body["consensus"]:
        passages = [texts[s["doc"]][s["start"] : s["end"]] for s in fact["sources"]]
        assert fact["text"] in passages
        assert fact["label"] == f"{fact['outlets']} من {fact['of']}"


@pytest.mark.parametrize(("fmt", "media"), [("markdown", "text/markdown"), ("html", "text/html")])
def test_service_compare_text_formats(client: TestClient, demo_json: list[dict], fmt: str, media: str) -> None:
    response = client.post("/v1/compare", json={"documents": demo_json, "format": fmt})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == f"{media}; charset=utf-8"
    assert response.text == render_comparison(compare(to_documents(demo_json)), fmt)


def test_service_compare_upload_files(client: TestClient) -> None:
    paths = sorted(Path(demo_path()).glob("*.txt"))
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in paths]
    response = client.post("/v1/compare", files=files, data={"format": "json"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert sorted(Path(d["path"]).name for d in body["documents"]) == [p.name for p in paths]
    assert len(body["outlets"]) == len(paths) and body["consensus"]


def test_service_compare_upload_markdown_with_pasted_documents(client: TestClient, demo_json: list[dict]) -> None:
    path = sorted(Path(demo_path()).glob("*.txt"))[0]
    pasted = json.dumps([{"text": d["text"], "source": d["source"]} for d in demo_json[1:3]])
    response = client.post(
        "/v1/compare",
        files=[("files", (path.name, path.read_bytes(), "text/plain"))],
        data={"documents": pasted, "format": "markdown"},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/markdown")
    assert "## ما تتفق عليه المصادر" in response.text


def test_service_compare_limit_documents(demo_json: list[dict]) -> None:
    paths = sorted(Path(demo_path()).glob("*.txt"))[:3]
    with make_client(max_documents=2) as c:
        by_json = c.post("/v1/compare", json={"documents": demo_json[:3]})
        by_upload = c.post("/v1/compare", files=[("files", (p.name, p.read_bytes())) for p in paths])
    assert_problem(by_json, 413, limit="max_documents", value=2)
    assert_problem(by_upload, 413, limit="max_documents", value=2)


def test_service_compare_limit_doc_chars(demo_json: list[dict]) -> None:
    path = sorted(Path(demo_path()).glob("*.txt"))[0]
    with make_client(max_doc_chars=100) as c:
        by_json = c.post("/v1/compare", json={"documents": demo_json})
        by_upload = c.post("/v1/compare", files=[("files", (path.name, path.read_bytes()))])
    assert_problem(by_json, 413, limit="max_doc_chars", value=100)
    body = assert_problem(by_upload, 413, limit="max_doc_chars", value=100)
    assert path.name in body["detail"]


def test_service_compare_limit_body_bytes(demo_json: list[dict]) -> None:
    with make_client(max_body_bytes=1000) as c:
        response = c.post("/v1/compare", json={"documents": demo_json})
    assert_problem(response, 413, limit="max_body_bytes", value=1000)


def test_service_compare_limit_timeout(monkeypatch: pytest.MonkeyPatch, demo_json: list[dict]) -> None:
    release = threading.Event()

    def slow(documents: Any) -> Any:
        release.wait(10)
        return compare(documents)

    monkeypatch.setattr(service_app, "compare", slow)
    with make_client(timeout_seconds=0.2) as c:
        response = c.post("/v1/compare", json={"documents": demo_json})
        release.set()
    body = assert_problem(response, 504, limit="timeout_seconds", value=0.2)
    assert body["detail"].startswith("comparing took longer")


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        ([1, 2], 422, "body"),
        ({}, 422, "documents"),
        ({"documents": []}, 422, "documents"),
        ({"documents": [{"title": "x"}]}, 422, "documents[0].text"),
        ({"documents": [{"text": "نص", "outlet": ["x"]}]}, 422, "documents[0].outlet"),
        ({"documents": [{"text": "نص"}], "format": "text"}, 422, "format"),
        ({"documents": [{"text": "نص"}], "words": 50}, 422, "words"),
    ],
)
def test_service_compare_malformed_json_names_field(client: TestClient, payload: Any, status: int, field: str) -> None:
    body = assert_problem(client.post("/v1/compare", json=payload), status)
    assert body["field"] == field


@pytest.mark.parametrize(
    ("data", "field"),
    [({"format": "text"}, "format"), ({"words": "50"}, "words"), ({"documents": "{not json"}, "documents")],
)
def test_service_compare_malformed_multipart_names_field(client: TestClient, data: dict, field: str) -> None:
    response = client.post("/v1/compare", data=data, files=[("files", ("a.txt", "نص".encode()))])
    assert assert_problem(response, 422)["field"] == field


def test_service_compare_bad_body_and_media_type(client: TestClient) -> None:
    response = client.post("/v1/compare", content=b'{"documents": [', headers={"content-type": "application/json"})
    assert_problem(response, 400, field="body")
    assert_problem(client.post("/v1/compare", content=b"x", headers={"content-type": "text/plain"}), 415)
    assert_problem(client.get("/v1/compare"), 405)


def test_service_compare_user_error_is_422(client: TestClient) -> None:
    response = client.post("/v1/compare", json={"documents": [{"text": "Only English text here. Nothing else."}]})
    assert_problem(response, 422, error="NoTextError")


def test_service_openapi_describes_compare(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    body = schema["paths"]["/v1/compare"]["post"]["requestBody"]["content"]
    assert body["application/json"]["schema"]["$ref"] == "#/components/schemas/CompareRequest"
    form = body["multipart/form-data"]["schema"]["properties"]
    assert form["format"]["enum"] == ["json", "markdown", "html"]
    assert "words" not in form
    components = schema["components"]["schemas"]
    assert set(components["CompareRequest"]["properties"]) == {"documents", "format"}


def test_page_file_filter_and_help_name_every_format_the_api_reads(client: TestClient) -> None:
    """Before: the page's file filter and help left out .rss/.atom/.xml, which the API reads."""
    import re

    from khulasa.io import SUPPORTED_SUFFIXES

    page = client.get("/").text
    accept = re.search(r'accept="([^"]+)"', page)
    assert accept is not None and set(accept.group(1).split(",")) == set(SUPPORTED_SUFFIXES)
    help_text = re.search(r'<p id="files-help"[^>]*>([^<]+)</p>', page)
    assert help_text is not None
    assert {s.lstrip(".") for s in SUPPORTED_SUFFIXES} - {"htm"} <= set(re.findall(r"[a-z]+", help_text.group(1)))
    schema = client.get("/openapi.json").json()["paths"]["/v1/summarize"]["post"]["requestBody"]["content"]
    described = schema["multipart/form-data"]["schema"]["properties"]["files"]["description"]
    assert all(suffix in described for suffix in SUPPORTED_SUFFIXES)


@pytest.mark.parametrize("page", ["index.html", "desk.html"])
def test_page_text_is_arabic(page: str) -> None:
    """Every word the static pages show is Arabic, but for file extensions and key names. Before:
    the footer link read «API»."""
    from html.parser import HTMLParser

    import khulasa.service

    shown: list[str] = []

    class Text(HTMLParser):
        hidden = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.hidden += tag in ("script", "style")
            shown.extend(v or "" for k, v in attrs if k in ("title", "placeholder", "aria-label", "alt"))

        def handle_endtag(self, tag: str) -> None:
            self.hidden -= tag in ("script", "style")

        def handle_data(self, data: str) -> None:
            if not self.hidden:
                shown.append(data)

    Text().feed((Path(khulasa.service.__file__).parent / "static" / page).read_text(encoding="utf-8"))
    allowed = {"txt", "md", "html", "json", "jsonl", "rss", "atom", "xml", "Tab", "Enter"}
    latin = {w for w in re.findall(r"[A-Za-z]{2,}", " ".join(shown)) if w not in allowed}
    assert not latin, latin


def test_service_budget_too_small_names_the_shortest_sentence(client: TestClient, demo_json: list[dict]) -> None:
    """The problem of a budget no sentence fits carries ``unit`` and ``shortest`` (the page says it in
    Arabic); its ``error`` stays SettingsError. The error survives pickling (a Dask worker's)."""
    import pickle

    from khulasa.errors import BudgetTooSmall, SettingsError

    body = assert_problem(client.post("/v1/summarize", json={"documents": demo_json, "chars": 5}), 422)
    assert body["error"] == "SettingsError" and body["unit"] == "chars" and body["shortest"] > 5
    # Before: "raise --chars" (the CLI's option); the API names the request's JSON field.
    assert body["detail"].endswith('raise the "chars" field of the request') and "--" not in body["detail"]
    again = pickle.loads(pickle.dumps(BudgetTooSmall(5, "chars", 47)))
    assert isinstance(again, SettingsError) and (again.unit, again.shortest) == ("chars", 47)
    assert str(again) == str(BudgetTooSmall(5, "chars", 47))


def test_service_order_time_warns_of_undated_articles(client: TestClient, demo_json: list[dict]) -> None:
    """Before: the API had no ``order``, and only the CLI said that undated articles keep their
    reading order (or come last) under --order time."""
    dated = client.post("/v1/summarize", json={"documents": demo_json, "order": "time", "words": 60}).json()
    assert "warnings" not in dated and "undated" not in dated
    expected = khulasa.summarize(to_documents(demo_json), words=60, order="time").to_dict()
    assert dated["sentences"] == expected["sentences"]
    undated = [{"text": d["text"], "source": d["source"]} for d in demo_json]
    body = client.post("/v1/summarize", json={"documents": undated, "order": "time", "words": 60}).json()
    (warning,) = body["warnings"]
    n = len(undated)
    assert warning.startswith(f"order=time: none of the {n} articles has a readable publication time")
    assert "--order" not in warning and body["undated"] == {"undated": n, "of": n}
    mixed = [*demo_json[:2], *undated[2:]]
    body = client.post("/v1/summarize", json={"documents": mixed, "order": "time", "words": 60}).json()
    assert body["warnings"] == [
        f"order=time: {n - 2} of the {n} articles have no readable publication time; their sentences come last"
    ]
    assert body["undated"] == {"undated": n - 2, "of": n}
    # The default order says nothing of dates; a form upload takes the option too.
    assert "warnings" not in client.post("/v1/summarize", json={"documents": undated, "words": 60}).json()
    form = client.post(
        "/v1/summarize", files=[("files", ("a.txt", undated[0]["text"].encode()))], data={"order": "time"}
    )
    assert form.json()["undated"] == {"undated": 1, "of": 1}
    assert_problem(client.post("/v1/summarize", json={"documents": undated, "order": "date"}), 422)


def test_service_says_which_upload_gave_no_article_and_why(client: TestClient, demo_json: list[dict]) -> None:
    """Before: only English warnings told why an upload was left out; ``skipped_files`` gives each
    file and its error's class, for the page to say in Arabic."""
    good = [
        ("files", ("a.txt", demo_json[0]["text"].encode("utf-8"))),
        ("files", ("b.txt", demo_json[1]["text"].encode("utf-8"))),
    ]
    bad = [
        ("files", ("notes.docx", b"PK")),
        ("files", ("scan.txt", b"\x00\x01binary")),
        ("files", ("english.txt", b"Only English words in this article, nothing else at all.")),
    ]
    body = client.post("/v1/summarize", files=[*good, *bad], data={"words": "60"}).json()
    assert body["skipped_files"] == [
        {"file": "notes.docx", "error": "InputError"},
        {"file": "scan.txt", "error": "InputError"},
        {"file": "english.txt", "error": "NoTextError"},
    ]
    assert len(body["warnings"]) == 3
    assert "skipped_files" not in client.post("/v1/summarize", files=good).json()
    compared = client.post("/v1/compare", files=[*good, bad[2]]).json()
    assert compared["skipped_files"] == [{"file": "english.txt", "error": "NoTextError"}]
    # No upload read, articles typed: every upload is skipped, with the loader's error.
    typed = {"documents": json.dumps([{"text": d["text"]} for d in demo_json[:2]], ensure_ascii=False)}
    body = client.post("/v1/summarize", files=bad[1:2], data=typed).json()
    assert body["skipped_files"] == [{"file": "scan.txt", "error": "InputError"}]
    body = client.post("/v1/summarize", files=bad, data=typed).json()  # each file its own error
    assert body["skipped_files"] == [
        {"file": "notes.docx", "error": "InputError"},
        {"file": "scan.txt", "error": "InputError"},
        {"file": "english.txt", "error": "NoTextError"},
    ]
    problem = assert_problem(client.post("/v1/summarize", files=bad), 422)
    assert problem["skipped_files"] == body["skipped_files"]


def test_a_feed_upload_on_a_server_without_feedparser_is_the_operators_to_fix(
    client: TestClient,
    demo_json: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Before: 422 (or a warning) "reading RSS/Atom feeds needs optional packages: run pip install
    'khulasa[desk]'", advice for the server's operator given to the client."""
    import sys

    monkeypatch.setitem(sys.modules, "feedparser", None)
    feed = ("feed.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    alone = client.post("/v1/summarize", files=[("files", feed)])
    assert alone.status_code == 503 and alone.json()["type"].endswith("feature-unavailable")
    article = ("a.txt", demo_json[0]["text"].encode("utf-8"))
    mixed = client.post("/v1/summarize", files=[("files", feed), ("files", article)])
    assert mixed.status_code == 200
    assert mixed.json()["warnings"] == [server_lacks_package()]
    assert "pip" not in alone.text + mixed.text and "pip install 'khulasa[desk]'" in caplog.text


@pytest.mark.parametrize("endpoint", ["/v1/summarize", "/v1/compare"])
def test_service_says_when_the_articles_read_as_several_stories(
    client: TestClient, demo_json: list[dict], endpoint: str
) -> None:
    """Before: only the CLI warned; the service summarized a mixed upload (two events) as one story
    without a word. Now a warning and ``several_stories``, documented in the OpenAPI description."""
    pytest.importorskip("datasketch")
    from tests.desk_feed import flood_documents

    flood = [{"id": d.id, "text": d.text, "source": d.source} for d in flood_documents()]
    body = client.post(endpoint, json={"documents": [*demo_json, *flood]}).json()
    assert body["several_stories"] == {"articles": 8, "stories": [5, 3]}
    assert any("read as 2 different stories" in w and "/v1/articles" in w for w in body["warnings"])
    one = client.post(endpoint, json={"documents": demo_json}).json()
    assert "several_stories" not in one and "warnings" not in one
    described = client.get("/openapi.json").json()["paths"][endpoint]["post"]["responses"]["200"]["description"]
    assert "`several_stories`" in described


def test_service_names_uploads_read_though_not_all_as_written(client: TestClient, demo_json: list[dict]) -> None:
    """Before: an upload with a few bytes read as U+FFFD had only an English warning, which the page
    counted as "parts left out"; ``partly_read`` says what happened, for the page to say in Arabic."""
    text = demo_json[0]["text"]
    stained = text.encode("utf-8").replace("قمة".encode(), "قمة".encode() + b"\x96", 1)
    first, *rest = text.split("\n\n")
    mixed = first.encode("utf-8") + b"\n\n" + "\n\n".join(rest).encode("cp1256")
    files = [
        ("files", ("stained.txt", stained)),
        ("files", ("mixed.txt", mixed)),
        ("files", ("b.txt", demo_json[1]["text"].encode("utf-8"))),
    ]
    body = client.post("/v1/summarize", files=files, data={"words": "60"}).json()
    recoded = len([p for p in "\n\n".join(rest).split("\n") if p.strip()])
    assert body["partly_read"] == [
        {"file": "stained.txt", "replaced": 1, "recoded": 0},
        {"file": "mixed.txt", "replaced": 0, "recoded": recoded},
    ]
    assert len(body["warnings"]) == 2 and "skipped_files" not in body
    assert "partly_read" not in client.post("/v1/summarize", files=files[2:]).json()
    assert client.post("/v1/compare", files=files[:1] + files[2:]).json()["partly_read"][0]["file"] == "stained.txt"


def test_service_compare_of_one_outlet_says_it_needs_two(client: TestClient, demo_json: list[dict]) -> None:
    """Before: the CLI warned that comparing needs two outlets or more; the API said nothing."""
    one = [{"text": d["text"], "source": "الأفق نيوز"} for d in demo_json[:2]]
    body = client.post("/v1/compare", json={"documents": one}).json()
    assert body["outlets"] == ["الأفق نيوز"]
    assert [w for w in body["warnings"] if "compare needs articles from two outlets or more" in w]
    two = client.post("/v1/compare", json={"documents": demo_json[:2]}).json()
    assert "warnings" not in two


# --- one bad record never stops a request ---------------------------------------------------

ENGLISH = "Only English words in this article, nothing else at all."
# One of each kind of bad record, with the field at fault, the reason and the start of its problem.
BAD_RECORDS: list[tuple[Any, str | None, str, str]] = [
    ({"id": "empty-1", "text": ""}, "text", "empty", "field 'text' is empty; add the article text"),
    ({"id": "english-2", "text": ENGLISH}, "text", "no_arabic", "no Arabic text (0% of letters are Arabic)"),
    (5, None, "not_a_record", "expected article text or an article object, got a number"),
    ({"text": "نص عربي", "title": {"a": 1}}, "title", "not_text", "field 'title' is an object; give it as text"),
    ({"title": "عنوان بلا نص"}, "text", "no_text", "no text field (expected one of text, body, content)"),
    ({"text": "نص عربي", "published": True}, "published", "not_text", "field 'published' is true/false"),
    ({"text": "نص عربي", "id": "x" * 2500}, "id", "id_too_long", "field 'id' is 2500 bytes long"),
]


def assert_skipped(skipped: list[dict[str, Any]], first_index: int) -> None:
    """``skipped`` lists every bad record of BAD_RECORDS, in order, from ``documents[first_index]``."""
    assert [s["index"] for s in skipped] == list(range(first_index, first_index + len(BAD_RECORDS)))
    for entry, (record, field, reason, problem) in zip(skipped, BAD_RECORDS, strict=True):
        assert entry["field"] == field and entry["reason"] == reason, entry
        assert entry["problem"].startswith(problem), entry
        assert entry["error"] == ("NoTextError" if reason == "no_arabic" else "InputError")
        where = f"documents[{entry['index']}]" + (f".{field}" if field else "")
        assert entry["where"] == where
        given = record.get("id") if isinstance(record, dict) else None
        assert entry.get("id") == (given if given and len(given) < 100 else None)  # a 2,500-byte id is not echoed


@pytest.mark.parametrize("endpoint", ["/v1/summarize", "/v1/compare"])
def test_service_leaves_out_each_bad_record_and_lists_it(
    client: TestClient, demo_json: list[dict], endpoint: str
) -> None:
    """Before: one bad record of ``documents`` (an empty text, no Arabic, a title that is an
    object…) refused the whole request with a 422. Now the good ones are summarized (compared),
    each bad one listed in ``skipped`` with a warning in the CLI's words."""
    good = demo_json[:3]
    mixed = client.post(endpoint, json={"documents": [*good, *(r for r, *_ in BAD_RECORDS)]})
    assert mixed.status_code == 200, mixed.text
    body = mixed.json()
    assert_skipped(body["skipped"], len(good))
    assert [d["id"] for d in body["documents"]] == [d["id"] for d in good]
    assert body["warnings"][: len(BAD_RECORDS)] == [f"{s['where']}: {s['problem']}" for s in body["skipped"]]
    alone = client.post(endpoint, json={"documents": good}).json()
    assert "skipped" not in alone
    drop = {"warnings", "skipped"}
    assert {k: v for k, v in body.items() if k not in drop} == {k: v for k, v in alone.items() if k not in drop}


def test_service_skipped_records_are_warned_of_in_text_output(client: TestClient, demo_json: list[dict]) -> None:
    response = client.post("/v1/summarize", json={"documents": [*demo_json[:2], ""], "format": "text"})
    assert response.status_code == 200
    warnings = json.loads(response.headers["x-khulasa-warnings"])
    assert warnings == ["documents[2]: the article text is empty; add the text or drop the record"]


@pytest.mark.parametrize("endpoint", ["/v1/summarize", "/v1/compare"])
def test_service_no_usable_record_is_422_with_every_reason(client: TestClient, endpoint: str) -> None:
    body = assert_problem(client.post(endpoint, json={"documents": [r for r, *_ in BAD_RECORDS]}), 422)
    assert_skipped(body["skipped"], 0)
    assert body["field"] == "documents[0].text" and body["error"] == "InputError"
    assert body["detail"].startswith(f"no article could be used ({len(BAD_RECORDS)} bad records): documents[0].text:")
    assert "and 4 more" in body["detail"]
    english = assert_problem(client.post(endpoint, json={"documents": [ENGLISH, ENGLISH]}), 422)
    assert english["error"] == "NoTextError" and [s["index"] for s in english["skipped"]] == [0, 1]


def test_service_a_bad_option_or_request_is_still_refused_whole(client: TestClient, demo_json: list[dict]) -> None:
    documents = [*demo_json[:2], ""]
    assert_problem(client.post("/v1/summarize", json={"documents": documents, "words": 0}), 422, field="words")
    assert_problem(client.post("/v1/compare", json={"documents": documents, "words": 5}), 422, field="words")
    assert_problem(client.post("/v1/summarize", json={"documents": {"text": "نص"}}), 422, field="documents")
    assert_problem(client.post("/v1/summarize", json={"words": 50}), 422, field="documents")


def test_service_multipart_bad_records_beside_files(client: TestClient, demo_json: list[dict]) -> None:
    """A bad record of the form's ``documents`` beside readable files: the files and good records
    are summarized; with no file read and no good record, the 422 lists both."""
    typed = json.dumps([demo_json[0]["text"], {"text": ENGLISH}], ensure_ascii=False)
    files = [("files", ("b.txt", demo_json[1]["text"].encode("utf-8")))]
    body = client.post("/v1/summarize", files=files, data={"documents": typed}).json()
    assert [(s["index"], s["reason"]) for s in body["skipped"]] == [(1, "no_arabic")]
    assert len(body["documents"]) == 2
    only_bad = json.dumps([{"text": ENGLISH}])
    body = client.post("/v1/compare", files=files, data={"documents": only_bad}).json()
    assert [s["index"] for s in body["skipped"]] == [0] and len(body["documents"]) == 1
    unreadable = [("files", ("scan.txt", b"\x00\x01binary"))]
    problem = assert_problem(client.post("/v1/summarize", files=unreadable, data={"documents": only_bad}), 422)
    assert problem["files"] == ["scan.txt"] and [s["reason"] for s in problem["skipped"]] == ["no_arabic"]
    parts = f'--xyz\r\nContent-Disposition: form-data; name="documents"\r\n\r\n{only_bad}\r\n--xyz--\r\n'
    response = client.post(
        "/v1/summarize", content=parts.encode(), headers={"content-type": "multipart/form-data; boundary=xyz"}
    )
    assert assert_problem(response, 422, error="NoTextError")["field"] == "documents[0].text"


def test_service_openapi_describes_skipped_records(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for endpoint in ("/v1/summarize", "/v1/compare", "/v1/articles"):
        described = paths[endpoint]["post"]["responses"]["200"]["description"]
        assert "`skipped`" in described, endpoint
        assert "every record" in paths[endpoint]["post"]["responses"]["422"]["description"], endpoint
