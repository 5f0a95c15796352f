"""The desk over HTTP: POST /v1/articles, GET /v1/stories, GET /v1/stories/{id}, with the limits
and problem+json errors of the other endpoints."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from khulasa.desk import Desk
from khulasa.service import Limits, create_app
from tests.desk_feed import (
    DETAIL_ADDED,
    DETAIL_SENTENCE,
    FLOOD_AID,
    add_detail,
    flood_documents,
    force_flood_grouping,
)

PROBLEM = "application/problem+json"


def _records(docs: list) -> list[dict]:
    return [{"id": d.id, "text": d.text, "title": d.title, "source": d.source, "published": d.published} for d in docs]


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(Limits(max_documents=5), desk_url=f"sqlite:///{tmp_path / 'desk.sqlite'}"))


def test_post_articles_then_read_stories_and_what_is_new(client: TestClient):
    flood = flood_documents()
    first = client.post("/v1/articles", json={"documents": _records(flood[:2])})
    assert first.status_code == 200, first.text
    assert first.json()["stored"] == 2 and len(first.json()["stories"]) == 1
    again = client.post("/v1/articles", json={"documents": _records(flood[:2])})
    assert again.json()["stored"] == 0 and again.json()["duplicates"] == 2
    listed = client.get("/v1/stories").json()
    assert listed["order"] == "newest"
    (story,) = listed["stories"]
    assert story["version"] == 1 and story["size"] == 2 and story["summary"]["sentences"]
    client.post("/v1/articles", json={"documents": _records(flood[2:])})
    detail = client.get(f"/v1/stories/{story['id']}", params={"new_since": 1}).json()
    assert detail["version"] == 2 and detail["size"] == 3 and detail["new_since"] == 1
    new_texts = [detail["summary"]["sentences"][i]["text"] for i in detail["new"]]
    assert any("30" in t for t in new_texts)
    assert detail["figures"] and detail["figures"][0]["values"][-1]["text"] == "30 شخصا"
    top = client.get("/v1/stories", params={"top": "true"}).json()
    assert top["order"] == "top" and "growth" in top["stories"][0]


def test_multipart_upload_of_articles(client: TestClient):
    files = [("files", (f"{d.id}.txt", d.text.encode("utf-8"), "text/plain")) for d in flood_documents()]
    response = client.post("/v1/articles", files=files)
    assert response.status_code == 200, response.text
    assert response.json()["stored"] == 3


def test_desk_errors_are_problems(client: TestClient):
    too_many = client.post("/v1/articles", json={"documents": ["نص"] * 6})
    assert too_many.status_code == 413 and too_many.headers["content-type"].startswith(PROBLEM)
    assert too_many.json()["limit"] == "max_documents"
    empty = client.post("/v1/articles", json={"documents": []})
    assert empty.status_code == 422 and empty.headers["content-type"].startswith(PROBLEM)
    unknown = client.post("/v1/articles", json={"documents": ["نص عربي"], "words": 5})
    assert unknown.status_code == 422 and unknown.json()["field"] == "words"
    broken = client.post("/v1/articles", content=b"{", headers={"content-type": "application/json"})
    assert broken.status_code == 400
    missing = client.get("/v1/stories/story-nope")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith(PROBLEM)
    assert "story-nope" in missing.json()["detail"]
    # Before: "list them with khulasa desk stories" (the CLI's advice); the API names its endpoint.
    assert missing.json()["detail"].endswith("list them with GET /v1/stories")
    bad_since = client.get("/v1/stories", params={"since": "yesterday"})
    assert bad_since.status_code == 422 and bad_since.json()["field"] == "since"
    bad_limit = client.get("/v1/stories", params={"limit": 0})
    assert bad_limit.status_code == 422 and bad_limit.headers["content-type"].startswith(PROBLEM)
    client.post("/v1/articles", json={"documents": _records(flood_documents()[:1])})
    story = client.get("/v1/stories").json()["stories"][0]["id"]
    future = client.get(f"/v1/stories/{story}", params={"new_since": 9})
    assert future.status_code == 422 and future.json()["field"] == "new_since"
    no_arabic = client.post("/v1/articles", json={"documents": ["only English words here"]})
    assert no_arabic.status_code == 422 and no_arabic.headers["content-type"].startswith(PROBLEM)
    mixed = client.post("/v1/articles", json={"documents": ["only English words here", flood_documents()[1].text]})
    assert mixed.status_code == 200 and mixed.json()["stored"] == 1
    assert mixed.json()["skipped"] == [
        {
            "index": 0,
            "field": None,
            "reason": "no_arabic",
            "error": "NoTextError",
            "problem": "no Arabic text (0% of letters are Arabic); khulasa summarizes Arabic articles",
            "where": "documents[0]",
        }
    ]


def test_desk_page_is_served_with_the_page_headers(client: TestClient):
    page = client.get("/desk")
    assert page.status_code == 200 and 'dir="rtl"' in page.text and "/static/desk.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    schema = client.get("/openapi.json").json()
    assert {"/v1/articles", "/v1/stories", "/v1/stories/{story_id}"} <= set(schema["paths"])
    assert "ArticlesRequest" in json.dumps(schema)


def test_story_json_gives_the_added_details_beside_what_is_new(client: TestClient, tmp_path: Path):
    flood = flood_documents()
    client.post("/v1/articles", json={"documents": _records(flood[:2])})
    assert client.get("/v1/stories").json()["stories"][0]["version"] == 1  # read: version 1 is summarized
    client.post("/v1/articles", json={"documents": _records(flood[2:])})
    (story,) = client.get("/v1/stories").json()["stories"]
    plain = client.get(f"/v1/stories/{story['id']}").json()
    assert "details" not in plain and "new" not in plain  # only with new_since
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}") as desk:
        add_detail(desk, story["id"])
    out = client.get(f"/v1/stories/{story['id']}", params={"new_since": 1}).json()
    last = len(out["summary"]["sentences"]) - 1
    start = len(DETAIL_SENTENCE) - len(DETAIL_ADDED)
    assert out["details"] == [{"sentence": last, "spans": [[start, len(DETAIL_SENTENCE)]]}]
    assert out["new"] and last not in out["new"]


def test_stories_since_takes_an_age_as_the_cli_does(client: TestClient):
    """Before: ?since=2h was a 422 ("give an ISO-8601 time") where `khulasa desk stories --since 2h`
    works. The flood story's news is of 2026-03-02: past for any age of a day, listed for 100000 days."""
    client.post("/v1/articles", json={"documents": _records(flood_documents())})
    for age, listed in (("2h", 0), ("1.5d", 0), ("100000d", 1)):
        response = client.get("/v1/stories", params={"since": age})
        assert response.status_code == 200, response.text
        assert len(response.json()["stories"]) == listed, age
    refused = client.get("/v1/stories", params={"since": "-2h"})
    assert refused.status_code == 422 and "2h" in refused.json()["detail"]


def test_new_since_a_later_version_than_the_one_shown_is_not_called_missing(client: TestClient):
    """Before: ?version=1&new_since=2 answered "has summary versions 1 to 1" of a story with two."""
    flood = flood_documents()
    client.post("/v1/articles", json={"documents": _records(flood[:2])})
    (story,) = client.get("/v1/stories").json()["stories"]
    client.post("/v1/articles", json={"documents": _records(flood[2:])})
    assert client.get(f"/v1/stories/{story['id']}").json()["version"] == 2
    later = client.get(f"/v1/stories/{story['id']}", params={"version": 1, "new_since": 2})
    assert later.status_code == 422 and later.json()["field"] == "new_since"
    assert "1 to 1" not in later.json()["detail"] and "not a later one (2)" in later.json()["detail"]
    past = client.get(f"/v1/stories/{story['id']}", params={"new_since": 3})
    assert past.status_code == 422 and "versions 1 to 2" in past.json()["detail"]


def test_a_package_the_server_lacks_is_a_503_for_its_operator_not_a_pip_command_for_the_client(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Before: 422 "story grouping needs optional packages: run pip install 'khulasa[group]'", as
    though the client had sent something wrong and could install the server's packages."""
    import sys

    monkeypatch.setitem(sys.modules, "datasketch", None)  # the server was installed without the desk extra
    doc = flood_documents()[0]
    answer = client.post("/v1/articles", json={"documents": [{"id": doc.id, "text": doc.text}]})
    assert answer.status_code == 503 and answer.headers["content-type"].startswith("application/problem+json")
    body = answer.json()
    assert body["type"].endswith("feature-unavailable") and "pip" not in body["detail"]
    assert "Tell the server's operator" in body["detail"]
    assert "pip install 'khulasa[desk]'" in caplog.text


def test_desk_stores_the_good_articles_lists_the_bad_and_takes_them_fixed(client: TestClient, tmp_path: Path):
    """Before: one bad record (an empty text, a title that is an object) refused the whole
    ``POST /v1/articles``, and nothing was stored. Now the good ones are stored, each bad one is
    listed in ``skipped`` with why, and sent again fixed it is stored."""
    flood = _records(flood_documents())
    empty = {**flood[1], "text": ""}
    titled = {**flood[2], "title": {"ar": "عنوان"}}
    response = client.post("/v1/articles", json={"documents": [flood[0], empty, titled]})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["stored"] == 1
    assert [(s["index"], s["id"], s["field"], s["reason"]) for s in body["skipped"]] == [
        (1, flood[1]["id"], "text", "empty"),
        (2, flood[2]["id"], "title", "not_text"),
    ]
    assert body["skipped"][0]["problem"] == "field 'text' is empty; add the article text or drop the record"
    assert body["warnings"] == [f"{s['where']}: {s['problem']}" for s in body["skipped"]]
    assert _stored_ids(tmp_path) == [flood[0]["id"]]
    again = client.post("/v1/articles", json={"documents": [flood[1], flood[2]]})
    assert again.status_code == 200 and again.json()["stored"] == 2 and again.json()["skipped"] == []
    assert again.json()["renamed"] == []  # stored under the ids given
    assert _stored_ids(tmp_path) == sorted(r["id"] for r in flood)


def _stored_ids(tmp_path: Path) -> list[str]:
    conn = sqlite3.connect(tmp_path / "desk.sqlite")
    try:
        return sorted(r[0] for r in conn.execute("SELECT id FROM articles"))
    finally:
        conn.close()


def test_desk_with_no_usable_article_is_422_and_stores_nothing(client: TestClient, tmp_path: Path):
    flood = _records(flood_documents())
    bad = [{**flood[0], "text": ""}, {**flood[1], "text": "only English words here"}, 7]
    problem = client.post("/v1/articles", json={"documents": bad})
    assert problem.status_code == 422 and problem.headers["content-type"].startswith(PROBLEM)
    assert [s["reason"] for s in problem.json()["skipped"]] == ["empty", "no_arabic", "not_a_record"]
    assert problem.json()["field"] == "documents[0].text"
    assert client.get("/v1/stories").json()["stories"] == [] and _stored_ids(tmp_path) == []


def test_desk_upload_names_the_files_it_could_not_read(client: TestClient):
    """Before: an upload that gave no article was only a warning in the desk's answer; it is now
    named in ``skipped_files``, as ``POST /v1/summarize`` names it."""
    files = [("files", (f"{d.id}.txt", d.text.encode("utf-8"), "text/plain")) for d in flood_documents()[:2]]
    scan = ("files", ("scan.txt", b"\x00\x01binary", "text/plain"))
    typed = json.dumps(["only English words here"])
    body = client.post("/v1/articles", files=[*files, scan], data={"documents": typed}).json()
    assert body["stored"] == 2 and body["skipped_files"] == [{"file": "scan.txt", "error": "InputError"}]
    assert [(s["index"], s["reason"]) for s in body["skipped"]] == [(0, "no_arabic")]
    assert len(body["warnings"]) == 2


def test_a_merged_story_lists_what_it_absorbed_and_answers_what_is_new_since_their_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 22: the story list and story JSON name the stories merged into each (``absorbed``), and
    ``new_since_story`` (or the old id itself) asks what is new since a version of one of them."""
    mode = force_flood_grouping(monkeypatch)
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    client = TestClient(create_app(Limits(), desk_url=url))
    flood = flood_documents()
    client.post("/v1/articles", json={"documents": _records([flood[0], flood[1], FLOOD_AID])})
    before = {s["size"]: s for s in client.get("/v1/stories").json()["stories"]}
    story_a, story_b = before[1]["id"], before[2]["id"]
    assert before[1]["absorbed"] == [] and before[2]["absorbed"] == []
    mode["together"] = True
    merged = client.post("/v1/articles", json={"documents": _records(flood[2:])}).json()
    assert merged["merges"] == [{"absorbed": story_a, "into": story_b}]
    (story,) = client.get("/v1/stories").json()["stories"]
    assert story["id"] == story_b and story["absorbed"] == [story_a]
    assert client.get(f"/v1/stories/{story_b}").json()["absorbed"] == [story_a]

    asked = client.get(f"/v1/stories/{story_b}", params={"new_since": 1, "new_since_story": story_a}).json()
    assert asked["new_since"] == 1 and asked["new_since_story"] == story_a
    thirty = next(i for i, s in enumerate(asked["summary"]["sentences"]) if "مقتل 30 شخصا" in s["text"])
    assert thirty in asked["new"]
    assert thirty not in client.get(f"/v1/stories/{story_b}", params={"new_since": 1}).json()["new"]
    # The old id with new_since: the reader read that story's version 1, so the same answer.
    old_id = client.get(f"/v1/stories/{story_a}", params={"new_since": 1}).json()
    assert old_id["id"] == story_b and old_id["new"] == asked["new"] and old_id["new_since_story"] == story_a

    for params, field, says in (
        ({"new_since_story": story_a}, "new_since_story", "needs new_since"),
        ({"new_since": 1, "new_since_story": "story-unknown"}, "new_since", "did not absorb"),
        ({"new_since": 2, "new_since_story": story_a}, "new_since", "no summary version 2"),
    ):
        refused = client.get(f"/v1/stories/{story_b}", params=params)
        assert refused.status_code == 422 and refused.headers["content-type"].startswith(PROBLEM)
        assert refused.json()["field"] == field and says in refused.json()["detail"], params
