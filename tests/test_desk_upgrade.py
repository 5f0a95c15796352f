"""An older khulasa's desk opened by this one: its stored grouping features and document frequencies
are recomputed (once, in chunks, resumably), the version is recorded, stories are not regrouped,
and a desk of a newer khulasa refuses ingest with one line. On SQLite; test_desk_postgres.py runs
the main case on PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from khulasa.cli import app
from khulasa.desk import ingest as ingest_module
from khulasa.desk import upgrade as upgrade_module
from khulasa.desk.desk import Desk
from khulasa.desk.ingest import (
    FEATURES_KEY,
    REBUILD_TO_KEY,
    UNRECORDED_FEATURES,
    _unpack,
    feature_rows,
    features_state,
    set_meta,
)
from khulasa.desk.upgrade import upgrade_features
from khulasa.errors import DatabaseError
from khulasa.stories.group import FEATURES_VERSION
from khulasa.text.normalize import Analyzer
from khulasa.types import Document
from tests.conftest import one_line_error
from tests.desk_feed import (
    JOINED_NAMES,
    NAMES_APART,
    flood_documents,
    invented_stories,
    make_old_desk,
    old_text_features,
    stored_features,
    write_jsonl,
)


def _url(tmp_path: Path, name: str) -> str:
    return f"sqlite:///{tmp_path / name}"


def _docs() -> list[Document]:
    docs, _ = invented_stories(3, 4, seed=5)
    return [*docs, *JOINED_NAMES]


def _memberships(url: str) -> list[tuple]:
    with Desk(url) as desk:
        return desk.store.all("SELECT id, story_id FROM articles ORDER BY id")


def _consistent(url: str) -> None:
    """The document frequencies are those of the stored features (what an ingest relies on)."""
    with Desk(url) as desk:
        counts: dict[int, int] = {}
        for (blob,) in desk.store.all("SELECT features FROM articles"):
            for f in _unpack(bytes(blob))[0].tolist():
                counts[f] = counts.get(f, 0) + 1
        assert dict(desk.store.all("SELECT feature, df FROM feature_df")) == counts


@pytest.fixture
def scratch(tmp_path: Path) -> tuple[list, list]:
    """The features and frequencies of a desk built from the same articles by this khulasa."""
    url = _url(tmp_path, "scratch.sqlite")
    with Desk(url) as desk:
        desk.ingest(_docs(), summaries=False)
        assert features_state(desk.store).version == FEATURES_VERSION  # a new desk records its version
    return stored_features(url)


def test_an_older_desk_gets_the_features_and_frequencies_of_a_desk_built_anew(tmp_path: Path, scratch):
    url = _url(tmp_path, "old.sqlite")
    make_old_desk(url, _docs(), batch_size=5)
    before, members = stored_features(url), _memberships(url)
    assert before != scratch  # the joined names were read the old way: there is something to redo
    with Desk(url) as desk:
        assert features_state(desk.store).version == UNRECORDED_FEATURES
        assert desk.upgrade_features() == len(_docs())
        state = features_state(desk.store)
        assert (state.version, state.rebuild_to) == (FEATURES_VERSION, None)
        assert desk.store.all("SELECT value FROM meta WHERE name = ?", [FEATURES_KEY]) == [(FEATURES_VERSION,)]
    assert stored_features(url) == scratch
    assert _memberships(url) == members  # no article changed story


def test_after_the_upgrade_an_article_with_the_name_written_apart_joins_the_old_story(tmp_path: Path):
    upgraded, stale = _url(tmp_path, "upgraded.sqlite"), _url(tmp_path, "stale.sqlite")
    for url in (upgraded, stale):
        make_old_desk(url, JOINED_NAMES)
    # What happened before this change: the version taken as current, the old features compared.
    with Desk(stale) as desk, desk.store.transaction():
        set_meta(desk.store, FEATURES_KEY, FEATURES_VERSION)
    with Desk(stale) as desk:
        assert desk.ingest([NAMES_APART], summaries=False).new_stories == 1  # the story split
    with Desk(upgraded) as desk:
        report = desk.ingest([NAMES_APART], summaries=False)
        assert (report.new_stories, report.joined) == (0, 1)
        assert len({s for _, s in desk.store.all("SELECT id, story_id FROM articles")}) == 1


def test_the_recomputation_is_done_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    url = _url(tmp_path, "old.sqlite")
    make_old_desk(url, _docs())
    with Desk(url) as desk:
        desk.ingest([NAMES_APART], summaries=False)  # the first ingest recomputes
    read: list[str] = []
    original = ingest_module.text_features

    def counted(text: str, analyzer: Analyzer) -> list[str]:
        read.append(text)
        return original(text, analyzer)

    monkeypatch.setattr(ingest_module, "text_features", counted)
    with Desk(url) as desk:
        assert desk.upgrade_features() == 0
        desk.ingest([Document("one-more", "خبر آخر عن زيارة الرئيس عبد المجيد تبون إلى لبنان قريبا.")], summaries=False)
    assert len(read) == 1  # the new article only


def test_a_desk_of_a_newer_khulasa_refuses_ingest_and_still_reads(tmp_path: Path):
    url = _url(tmp_path, "newer.sqlite")
    with Desk(url) as desk:
        desk.ingest(JOINED_NAMES[:1])
        with desk.store.transaction():
            set_meta(desk.store, FEATURES_KEY, FEATURES_VERSION + 1)
    with Desk(url) as desk:
        with pytest.raises(DatabaseError) as refused:
            desk.ingest([NAMES_APART], summaries=False)
        message = str(refused.value)
        assert "\n" not in message
        assert str(tmp_path / "newer.sqlite") in message
        assert f"features version {FEATURES_VERSION + 1}" in message and "upgrade khulasa" in message
        assert "newer khulasa" in refused.value.public
        assert desk.article_count() == 1
        assert len(desk.stories()) == 1  # reading still works
    result = CliRunner().invoke(
        app, ["desk", "ingest", str(write_jsonl(tmp_path / "a.jsonl", [NAMES_APART])), "--db", url]
    )
    assert "upgrade khulasa" in one_line_error(result)


def test_a_recomputation_of_a_newer_khulasa_under_way_refuses_too(tmp_path: Path):
    url = _url(tmp_path, "newer.sqlite")
    make_old_desk(url, JOINED_NAMES)
    with Desk(url) as desk:
        with desk.store.transaction():
            set_meta(desk.store, REBUILD_TO_KEY, FEATURES_VERSION + 1)
        with pytest.raises(DatabaseError, match="upgrade khulasa"):
            desk.ingest([NAMES_APART], summaries=False)


def test_an_interrupted_recomputation_leaves_a_consistent_desk_the_next_open_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scratch
):
    url = _url(tmp_path, "old.sqlite")
    make_old_desk(url, _docs())
    old, _ = stored_features(url)
    members = _memberships(url)
    chunks = [0]

    def interrupted(docs, analyzer):  # the second chunk is stopped half done (Ctrl-C, a kill)
        chunks[0] += 1
        if chunks[0] == 2:
            raise KeyboardInterrupt
        return feature_rows(docs, analyzer)

    monkeypatch.setattr(upgrade_module, "feature_rows", interrupted)
    with Desk(url) as desk, pytest.raises(KeyboardInterrupt):
        upgrade_features(desk.store, desk.analyzer, chunk=5)
    monkeypatch.undo()
    _consistent(url)
    with Desk(url) as desk:
        state = features_state(desk.store)
        assert (state.version, state.rebuild_to) == (UNRECORDED_FEATURES, FEATURES_VERSION)
        seqs = [s for (s,) in desk.store.all("SELECT seq FROM articles ORDER BY seq")]
        assert state.rebuilt_seq == seqs[4]  # the first chunk is kept, the second rolled back
        with pytest.raises(DatabaseError, match="older khulasa"):  # no batch on half-recomputed features
            ingest_module.ingest_batch(desk.store, [], ingest_module.DeskSettings())
        calls: list[tuple[int, int]] = []
        assert desk.upgrade_features(lambda *c: calls.append(c)) == len(seqs) - 5  # goes on where it stopped
        # Its progress counts the articles done before (the CLI's bar and its Ctrl-C line: "after N of
        # M articles", M the desk's articles; before, a resumed run counted from 0 of those left).
        assert calls[0] == (5, len(seqs)) and calls[-1] == (len(seqs), len(seqs))
    assert stored_features(url) == scratch
    assert stored_features(url)[0] != old
    assert _memberships(url) == members


def test_an_interruption_in_the_middle_of_a_chunk_keeps_none_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    url = _url(tmp_path, "old.sqlite")
    make_old_desk(url, JOINED_NAMES)
    before = stored_features(url)

    def fails(*_: object) -> None:  # after the chunk's articles were rewritten, before the frequencies
        raise KeyboardInterrupt

    monkeypatch.setattr(upgrade_module, "_move_frequencies", fails)
    with Desk(url) as desk, pytest.raises(KeyboardInterrupt):
        desk.upgrade_features()
    assert stored_features(url) == before
    with Desk(url) as desk:
        assert features_state(desk.store).version == UNRECORDED_FEATURES


def test_two_openers_take_turns_at_the_chunks_and_do_none_twice(tmp_path: Path, scratch):
    url = _url(tmp_path, "old.sqlite")
    make_old_desk(url, _docs())
    by_second: list[int] = []
    with Desk(url) as first, Desk(url) as second:

        def between_chunks(done: int, total: int) -> None:  # the other opener takes the lock in between
            with second.store.transaction(exclusive=True):
                by_second.append(upgrade_module._rebuild_chunk(second.store, second.analyzer, 2)[0])

        by_first = upgrade_features(first.store, first.analyzer, between_chunks, chunk=2)
        assert second.upgrade_features() == 0  # nothing left for it
    assert by_first > 0 and sum(by_second) > 0
    assert by_first + sum(by_second) == len(_docs())
    assert stored_features(url) == scratch


def test_two_processes_opening_an_old_desk_share_the_work(tmp_path: Path, scratch):
    url = _url(tmp_path, "old.sqlite")
    make_old_desk(url, _docs())
    done: list[int] = []
    start = threading.Barrier(2)

    def open_and_upgrade() -> None:
        with Desk(url) as desk:
            start.wait()
            done.append(upgrade_features(desk.store, Analyzer(stem=True), chunk=2))

    threads = [threading.Thread(target=open_and_upgrade) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(done) == len(_docs())  # every article recomputed once, by one or the other
    assert stored_features(url) == scratch


def test_cli_ingest_recomputes_an_older_desk_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    url = _url(tmp_path, "old.sqlite")
    make_old_desk(url, JOINED_NAMES)
    feed = write_jsonl(tmp_path / "new.jsonl", [NAMES_APART])

    def stopped(*_: object, **__: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(upgrade_module, "_rebuild_chunk", stopped)
    result = CliRunner().invoke(app, ["desk", "ingest", str(feed), "--db", url, "--no-summaries"])
    assert "recomputing the desk's grouping features" in one_line_error(result)
    assert result.exit_code == 130
    monkeypatch.undo()
    result = CliRunner().invoke(app, ["desk", "ingest", str(feed), "--db", url, "--no-summaries"])
    assert result.exit_code == 0, result.output
    assert "0 new stories, 1 joined" in result.output
    with Desk(url) as desk:
        assert features_state(desk.store).version == FEATURES_VERSION


def test_features_version_is_bumped_when_the_stored_features_change():
    """What this khulasa stores for fixed articles, by features version: a change to text_features,
    its word lists, stemming or hashing fails here. Then bump FEATURES_VERSION (stories/group.py)
    and record the new fingerprint under it, so that desks recompute what they hold."""
    import hashlib

    english = Document("en", "President Tebboune met the minister in Algiers on 12 May 2024, the agency said.")
    docs = [*JOINED_NAMES, NAMES_APART, *flood_documents(), english]
    x, richness = feature_rows(docs, Analyzer(stem=True))
    digest = hashlib.sha1()
    for i in range(x.shape[0]):
        lo, hi = x.indptr[i], x.indptr[i + 1]
        digest.update(x.indices[lo:hi].astype("<i4").tobytes() + x.data[lo:hi].astype("<f4").tobytes())
    digest.update(np.asarray(richness, dtype="<i4").tobytes())
    fingerprints = {2: "1c29a18d7b6b55e7c915d4e25aaf372011bb033d"}
    assert fingerprints.get(FEATURES_VERSION) == digest.hexdigest(), (
        "the stored features changed: bump FEATURES_VERSION and record this fingerprint under it"
    )


def test_old_features_differ_from_the_new_on_joined_names():
    """The simulation of the older khulasa (tests.desk_feed.old_text_features) is one: it reads a
    joined name as one word, this khulasa as two."""
    analyzer = Analyzer(stem=True)
    text = JOINED_NAMES[0].text
    assert old_text_features(text, analyzer) != ingest_module.text_features(text, analyzer)


def test_service_recomputes_an_older_desk_and_answers_a_newer_one_503(tmp_path: Path):
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from khulasa.service import Limits, create_app

    url = _url(tmp_path, "old.sqlite")
    make_old_desk(url, JOINED_NAMES)
    client = TestClient(create_app(Limits(max_documents=5), desk_url=url))
    record = {"id": NAMES_APART.id, "text": NAMES_APART.text, "source": NAMES_APART.source}
    joined = client.post("/v1/articles", json={"documents": [record]})
    assert joined.status_code == 200, joined.text
    assert joined.json()["new_stories"] == 0 and len(joined.json()["stories"]) == 1
    with Desk(url) as desk, desk.store.transaction():
        set_meta(desk.store, FEATURES_KEY, FEATURES_VERSION + 1)
    refused = client.post("/v1/articles", json={"documents": [{"id": "x", "text": JOINED_NAMES[0].text + " اليوم"}]})
    assert refused.status_code == 503
    assert "newer khulasa" in refused.json()["detail"] and str(tmp_path) not in refused.text
    assert client.get("/v1/stories").status_code == 200  # reading still works
    with Desk(url) as desk:
        assert desk.article_count() == 3


def test_service_timing_out_during_the_recomputation_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """Before: "storing the articles took longer than the limit of 1 s; send fewer or shorter
    documents", advice that cannot help: the time went to the desk's own recomputation."""
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from khulasa.errors import TimeLimitExceeded
    from khulasa.service import Limits, create_app

    url = _url(tmp_path, "old.sqlite")
    make_old_desk(url, JOINED_NAMES)

    def out_of_time() -> None:
        raise TimeLimitExceeded(1.0)

    monkeypatch.setattr(upgrade_module, "check_time", out_of_time)
    client = TestClient(create_app(Limits(max_documents=5), desk_url=url))
    record = {"id": NAMES_APART.id, "text": NAMES_APART.text, "source": NAMES_APART.source}
    answer = client.post("/v1/articles", json={"documents": [record]})
    assert answer.status_code == 504
    detail = answer.json()["detail"]
    assert detail.startswith(
        f"the desk is recomputing its grouping features after a khulasa upgrade (0 of {len(JOINED_NAMES)} "
    )
    assert "none of these articles was stored" in detail and "fewer or shorter" not in detail
    assert "khulasa desk ingest" in caplog.text
    monkeypatch.undo()
    assert client.post("/v1/articles", json={"documents": [record]}).status_code == 200


def test_cli_ingest_on_a_current_desk_prints_no_empty_line(tmp_path: Path):
    """Before: every `desk ingest` printed an empty line before its summary line (or its error):
    the recomputation's bar, never started on a current desk, was stopped all the same."""
    url = _url(tmp_path, "desk.sqlite")
    feed = write_jsonl(tmp_path / "feed.jsonl", JOINED_NAMES)
    for stored in (len(JOINED_NAMES), 0):  # a new desk, then a current one
        result = CliRunner().invoke(app, ["desk", "ingest", str(feed), "--db", url, "--no-summaries"])
        assert result.exit_code == 0, result.output
        assert result.output.startswith(f"{stored} stored") and "\n\n" not in result.output
