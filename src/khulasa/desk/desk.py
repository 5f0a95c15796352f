"""The desk: one object over the store for ingesting articles and reading stories.

Summaries follow their story: every change of a story's members makes its summary stale, and a
refresh (after each ingest batch, and before reading) computes a new version, kept beside the
earlier ones. Summaries run outside the ingest transaction, one story per transaction, so a kill
at any point loses nothing: a story whose summary is missing or stale is summarized next time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from khulasa.config import Settings
from khulasa.desk.ingest import DeskSettings, DfCache, IngestReport, batches, ingest_batch, prepare_articles
from khulasa.desk.store import Store
from khulasa.desk.upgrade import upgrade_features
from khulasa.errors import (
    InputError,
    KhulasaError,
    MissingExtraError,
    NoStory,
    new_since_not_earlier,
    no_such_version,
    no_version,
    not_absorbed,
)
from khulasa.records import storable_document
from khulasa.stories.labels import article_headline, repeated_lines
from khulasa.text.normalize import Analyzer
from khulasa.types import Document

# The desk's summaries tell the event once (Settings.event_apart_share 0): it compares one version's
# summary with another's, and two tellings of the event, each in other words, read as new against
# the other version's (docs/quality.md, nineteenth session: falsely new at half 36 -> 47 with 0.1).
# Nor do they make a sentence past half the budget pay (Settings.past_half_weight 0): a version
# whose long sentence gives way to shorter ones has its sentences marked new against the other's
# (docs/quality.md, twentieth session: falsely / missed new at half 10 / 5 -> 12 / 6 with 1.5).
# Nor does an aside pay (Settings.aside_weight 0): Derna's version 2 then gives the missing in the
# Red Crescent's words, read as a detail where the key fact is new (missed new at half 6 -> 7 with
# 0.5; docs/quality.md, twentieth session: sentences that state no key fact, by class).
# Nor do two tellings of the event stand apart by their claims (Settings.event_apart_claims), for
# the reason event_apart_share is 0. Nor are the dates, records and places claims (Settings.detail_claims),
# nor what several outlets state in their own words a concept (Settings.support_weight, not measured
# on the desk). Nor is a long fact told in a shorter wording (Settings.wording_share 0), for the
# reason past_half_weight is 0: a version's wording changes with the budget left (falsely / missed
# new at half 11 / 7 -> 10 / 8 with 0.55; docs/quality.md, twenty-third session, helper gap23).
DESK_SUMMARY_SETTINGS = Settings(
    event_apart_share=0.0,
    event_apart_claims=False,
    past_half_weight=0.0,
    aside_weight=0.0,
    detail_claims=False,
    support_weight=0.0,
    wording_share=0.0,
)

if TYPE_CHECKING:
    from khulasa.desk.updates import Changes

__all__ = ["Desk", "StoryView"]

HOUR = 3600.0


@dataclass(frozen=True, slots=True)
class StoryView:
    """A story as read from the desk, with its latest summary version."""

    id: str
    label: str
    size: int
    outlets: int
    doc_ids: tuple[str, ...]
    version: int
    updated: float
    last_event: float
    closed: bool
    summary: dict[str, Any] | None
    error: str | None
    figures: list[dict[str, Any]]
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The story as JSON."""
        out: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "size": self.size,
            "outlets": self.outlets,
            "doc_ids": list(self.doc_ids),
            "version": self.version,
            "updated": iso(self.updated),
            "last_event": iso(self.last_event),
            "closed": self.closed,
            "summary": self.summary,
        }
        if self.error:
            out["error"] = self.error
        if self.score is not None:
            out["growth"] = round(self.score, 3)
        return out


# A story's latest news («آخر خبر», what ``--since`` filters and the list is ordered by): the newest
# publication time of its dated articles (stored, a dated article's event time is before its
# arrival: ingest._dated), and the newest arrival time only when none of its articles is dated. An
# undated article's arrival time is no news time beside dated ones (the timeline's rule, fiftieth
# pass): a story of reports of 2018 taken in today with one undated page is not today's news. The
# stored ``last_event_ts`` (every article's event time, arrival for the undated) still closes
# stories (ingest._close_quiet) and keeps the desk clock: only what an editor reads changes.
LATEST_NEWS_SQL = (
    "(SELECT COALESCE(MAX(CASE WHEN a.event_ts < a.arrived_ts THEN a.event_ts END), MAX(a.event_ts), "
    "stories.last_event_ts) FROM articles a WHERE a.story_id = stories.id)"
)


def headline_of(doc: dict[str, Any], boilerplate: Collection[str] = (), url: str | None = None) -> str:
    """The line that names a stored summary's article (``doc``: one of its ``documents``, text
    added) in a list: :func:`khulasa.stories.labels.article_headline`; ``boilerplate``: the lines
    its outlet repeats across its pages (:func:`khulasa.stories.labels.repeated_lines`), ``url``:
    its address when ``doc`` has none."""
    return article_headline(
        Document(
            str(doc.get("id", "")),
            str(doc.get("text") or ""),
            title=doc.get("title"),
            source=doc.get("source"),
            url=doc.get("url") or url,
        ),
        boilerplate,
    )


# An outlet's pages read for the lines it repeats (its tagline, masthead: see headline_of), the
# newest first, each to this many characters.
OUTLET_PAGES = 20
OUTLET_HEAD_CHARS = 2000


def iso(ts: float) -> str:
    """A Unix time as an ISO 8601 UTC string."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


class Desk:
    """A live desk on the database at ``url`` (see :func:`khulasa.desk.store.resolve_url`)."""

    def __init__(
        self,
        url: str | None = None,
        settings: DeskSettings | None = None,
        clock: Callable[[], float] = time.time,
        *,
        given: str | None = None,
    ) -> None:
        # given: what set ``url``, as its messages name it (see khulasa.desk.store.given_as).
        self.store = Store(url, given=given)
        self.settings = settings or DeskSettings()
        self.clock = clock
        self.analyzer = Analyzer(stem=True)
        self.df_cache = DfCache()

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------

    def ingest(
        self, documents: Iterable[Document], *, summaries: bool = True, progress: Callable[[int], None] | None = None
    ) -> IngestReport:
        """Store ``documents`` batch by batch (each batch one transaction) and update their stories.

        ``progress`` is called with the number of articles handled after each batch. With
        ``summaries``, changed stories are summarized after each batch. A desk whose stored
        grouping features an older khulasa made has them recomputed first (:meth:`upgrade_features`);
        one whose features a newer khulasa made refuses (DatabaseError: upgrade khulasa).
        """
        try:
            return self._ingest(documents, summaries=summaries, progress=progress)
        except MissingExtraError as exc:
            if exc.extra != "group":
                raise
            # Grouping's package (datasketch) comes with the desk extra, which a desk user installs.
            raise MissingExtraError("the desk", "desk") from None

    def _ingest(
        self, documents: Iterable[Document], *, summaries: bool, progress: Callable[[int], None] | None
    ) -> IngestReport:
        if self.upgrade_features():  # an older khulasa's desk: its features recomputed first
            self.df_cache = DfCache()
        report = IngestReport()
        done = 0
        # NUL and lone surrogates as U+FFFD, as records are read: PostgreSQL cannot store them.
        for batch in batches(map(storable_document, documents), self.settings.batch_size):
            prepared = prepare_articles(batch, self.settings, self.analyzer)
            self.analyzer.forget()  # memory must not grow with the words the desk has seen
            one = ingest_batch(self.store, prepared, self.settings, self.clock, self.df_cache)
            report.add(one)
            if summaries:
                self.refresh(one.changed)
            done += len(batch)
            if progress is not None:
                progress(done)
        return report

    def upgrade_features(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Recompute the stored articles' grouping features and their document frequencies when an
        older khulasa made them (see :mod:`khulasa.desk.upgrade`); how many articles were
        recomputed (0 when the desk is current). ``progress`` is called with (done, to do).
        Story memberships do not change."""
        return upgrade_features(self.store, self.analyzer, progress)

    def refresh(self, story_ids: Iterable[str] | None = None) -> int:
        """Summarize every story (or the given ones) whose summary is missing or stale; how many."""
        query = "SELECT id FROM stories WHERE merged_into IS NULL AND summarized_members < members_version"
        if story_ids is None:
            stale = [r[0] for r in self.store.all(query + " ORDER BY id")]
        else:
            stale = sorted(r[0] for r in self.store.where_in(query + " AND id IN ({marks})", list(story_ids)))
        for story in stale:
            self._summarize_story(story)
        return len(stale)

    def _summarize_story(self, story: str) -> None:
        from khulasa.desk.updates import figure_timeline
        from khulasa.summarizer.pipeline import summarize

        row = self.store.one(
            "SELECT members_version, summary_version, label, size, outlets FROM stories WHERE id = ?", [story]
        )
        if row is None:
            return
        members_version, version = int(row[0]), int(row[1])
        label, size, outlets = row[2], int(row[3]), int(row[4])
        docs = self.documents(story, limit=self.settings.summary_documents)
        summary: dict[str, Any] | None = None
        error = None
        figures: list[dict[str, Any]] = []
        try:
            result = summarize(docs, words=self.settings.words, settings=DESK_SUMMARY_SETTINGS)
            summary = result.to_dict()
            for d in summary["documents"]:
                d.pop("text", None)  # the article text is in the articles table; put back on reading
            figures = figure_timeline(docs, self._event_times([d.id for d in docs]), summary)
        except KhulasaError as exc:
            error = str(exc)
        with self.store.transaction(exclusive=True):
            current = self.store.one("SELECT summary_version FROM stories WHERE id = ?", [story])
            if current is None or int(current[0]) != version:
                return  # another process summarized it meanwhile
            self.store.execute(
                "INSERT INTO summaries (story_id, version, created_ts, doc_ids, summary, error, figures, "
                "label, size, outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    story,
                    version + 1,
                    self.clock(),
                    json.dumps([d.id for d in docs], ensure_ascii=False),
                    None if summary is None else json.dumps(summary, ensure_ascii=False),
                    error,
                    json.dumps(figures, ensure_ascii=False),
                    label,
                    size,
                    outlets,
                ],
            )
            self.store.execute(
                "UPDATE stories SET summary_version = ?, summarized_members = ? WHERE id = ?",
                [version + 1, members_version, story],
            )

    # --- reading ---------------------------------------------------------------------------

    def documents(self, story: str, *, limit: int | None = None) -> list[Document]:
        """The story's articles, oldest first; with ``limit``, the newest ``limit`` of them."""
        rows = self.store.all(
            "SELECT id, text, title, outlet, url, published FROM articles WHERE story_id = ? ORDER BY event_ts, seq",
            [story],
        )
        if limit is not None:
            rows = rows[-limit:]
        return [Document(id=r[0], text=r[1], title=r[2], source=r[3], url=r[4], published=r[5]) for r in rows]

    def _event_times(self, ids: Sequence[str]) -> dict[str, float]:
        return {
            r[0]: float(r[1])
            for r in self.store.where_in("SELECT id, event_ts FROM articles WHERE id IN ({marks})", list(ids))
        }

    def _latest_news(self, ids: Sequence[str]) -> float | None:
        """The latest news of the articles ``ids`` (see :data:`LATEST_NEWS_SQL`): the newest
        publication time of the dated ones, the newest arrival only when none is dated."""
        rows = self.store.where_in("SELECT event_ts, arrived_ts FROM articles WHERE id IN ({marks})", list(ids))
        dated = [float(e) for e, a in rows if float(e) < float(a)]
        return max(dated or [float(e) for e, _ in rows], default=None)

    def resolve(self, story: str) -> str:
        """The story's id, following merges; InputError when there is no such story."""
        seen = set()
        while story not in seen:
            seen.add(story)
            row = self.store.one("SELECT merged_into FROM stories WHERE id = ?", [story])
            if row is None:
                raise NoStory(story)
            if row[0] is None:
                return story
            story = row[0]
        return story

    def story(self, story: str, *, version: int | None = None) -> StoryView:
        """One story with its latest (or the given) summary version."""
        self.refresh([self.resolve(story)])
        return self._view(self.resolve(story), version=version)

    def stories(
        self, *, since: float | None = None, top: bool = False, limit: int | None = None, include_closed: bool = True
    ) -> list[StoryView]:
        """Stories newest first (or by recent growth with ``top``); ``since``: with news at or after it
        (the story's latest news, :data:`LATEST_NEWS_SQL`, not when its summary was made), the newest
        news first. Stale
        summaries of the stories returned are brought up to date first."""
        where = "merged_into IS NULL"
        params: list[Any] = []
        if since is not None:
            where += f" AND {LATEST_NEWS_SQL} >= ?"
            params.append(since)
        if not include_closed:
            where += " AND closed = 0"
        ids = [
            r[0]
            for r in self.store.all(
                f"SELECT id FROM stories WHERE {where} ORDER BY {LATEST_NEWS_SQL} DESC, updated_ts DESC, id", params
            )
        ]
        scores = self.growth(ids) if top else {}
        if top:
            ids.sort(key=lambda s: -scores.get(s, 0.0))
        if limit is not None:
            ids = ids[:limit]
        self.refresh(ids)
        return [self._view(s, score=scores.get(s)) for s in ids]

    def growth(self, ids: Sequence[str]) -> dict[str, float]:
        """Recent growth of each story: articles and new outlets in the last hour of desk time,
        against the story's own earlier rate (articles per hour before that hour, at least one hour)."""
        row = self.store.one("SELECT value FROM meta WHERE name = 'clock'")
        now = float(row[0]) if row else self.clock()
        cut = now - HOUR
        out: dict[str, float] = {}
        for story, recent, earlier, first in self.store.where_in(
            "SELECT story_id, SUM(CASE WHEN event_ts > ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN event_ts <= ? THEN 1 ELSE 0 END), MIN(event_ts) FROM articles "
            "WHERE story_id IN ({marks}) GROUP BY story_id",
            list(ids),
            [cut, cut],
        ):
            out[story] = float(recent or 0)
            hours = max(1.0, (cut - float(first)) / HOUR)
            out[story] /= 1.0 + float(earlier or 0) / hours
        return self._add_outlets(out, ids, cut)

    def _add_outlets(self, out: dict[str, float], ids: Sequence[str], cut: float) -> dict[str, float]:
        rows = self.store.where_in(
            "SELECT story_id, outlet, MIN(event_ts) FROM articles WHERE story_id IN ({marks}) "
            "GROUP BY story_id, outlet",
            list(ids),
        )
        earlier_outlets: dict[str, int] = {}
        new_outlets: dict[str, int] = {}
        for story, _outlet, first in rows:
            bucket = new_outlets if float(first) > cut else earlier_outlets
            bucket[story] = bucket.get(story, 0) + 1
        for story in ids:
            if story in new_outlets:
                out[story] = out.get(story, 0.0) + new_outlets[story] / (1.0 + earlier_outlets.get(story, 0))
        return out

    def _view(self, story: str, *, version: int | None = None, score: float | None = None) -> StoryView:
        # Its latest news as an editor reads it (LATEST_NEWS_SQL falls back on the stored
        # last_event_ts for a story with no article rows), in the same query.
        row = self.store.one(
            f"SELECT label, size, outlets, summary_version, updated_ts, {LATEST_NEWS_SQL}, closed "
            "FROM stories WHERE id = ?",
            [story],
        )
        if row is None:
            raise NoStory(story)
        label, size, outlets, latest, updated, last_event, closed = row
        version = int(latest) if version is None else version
        if not 0 < version <= int(latest):
            raise InputError(no_such_version(story, latest, version))
        summary, error, figures = self._summary(story, version)
        self._add_headlines((summary or {}).get("documents", []))
        doc_ids = tuple(
            r[0] for r in self.store.all("SELECT id FROM articles WHERE story_id = ? ORDER BY event_ts, seq", [story])
        )
        own = self.store.one(
            "SELECT label, size, outlets, created_ts, doc_ids FROM summaries WHERE story_id = ? AND version = ?",
            [story, version],
        )
        if own is not None and own[0] is not None and version != int(latest):
            # An earlier version beside its own label, counts and articles (those it was made from).
            label, size, outlets, updated = own[:4]
            # Its articles wherever they are now: a story split since (two finals of one cup, nine
            # years apart, taken for one event) keeps in its earlier versions the articles that
            # went to the other story, and their times in its latest news (pass 53).
            made_from = set(json.loads(own[4]))
            rows = self.store.where_in(
                "SELECT id, event_ts, seq FROM articles WHERE id IN ({marks})", sorted(made_from)
            )
            doc_ids = tuple(r[0] for r in sorted(rows, key=lambda r: (float(r[1]), int(r[2]))))
            # Its latest news: the newest article it was made from, not today's.
            last_event = self._latest_news(doc_ids) or last_event
        return StoryView(
            story,
            label,
            int(size),
            int(outlets),
            doc_ids,
            version,
            float(updated),
            float(last_event),
            bool(closed),
            summary,
            error,
            figures,
            score,
        )

    def _add_headlines(self, docs: list[dict[str, Any]]) -> None:
        """Name each of a summary's articles (``docs``) by its headline (:func:`headline_of`), its
        outlet's repeated lines (a site's tagline) and its address read."""
        if not docs:
            return
        urls = dict(
            self.store.where_in("SELECT id, url FROM articles WHERE id IN ({marks})", [str(d.get("id")) for d in docs])
        )
        repeated = {}
        for outlet in sorted({str(d["source"]) for d in docs if d.get("source")}):
            rows = self.store.all(
                f"SELECT substr(text, 1, {OUTLET_HEAD_CHARS}) FROM articles WHERE outlet = ? "
                f"ORDER BY event_ts DESC LIMIT {OUTLET_PAGES}",
                [outlet],
            )
            repeated[outlet] = repeated_lines(str(r[0] or "") for r in rows)
        for d in docs:
            d["headline"] = headline_of(d, repeated.get(str(d.get("source")), ()), urls.get(str(d.get("id"))))

    def _summary(self, story: str, version: int) -> tuple[dict[str, Any] | None, str | None, list[dict[str, Any]]]:
        row = self.store.one(
            "SELECT summary, error, figures FROM summaries WHERE story_id = ? AND version = ?", [story, version]
        )
        if row is None:
            return None, None, []
        summary = None if row[0] is None else json.loads(row[0])
        if summary is not None:
            texts = dict(
                self.store.where_in(
                    "SELECT id, text FROM articles WHERE id IN ({marks})", [d["id"] for d in summary["documents"]]
                )
            )
            for d in summary["documents"]:
                d["text"] = texts.get(d["id"], "")
        return summary, row[1], json.loads(row[2])

    def new_since(self, view: StoryView, version: int) -> list[int]:
        """The sentences of ``view``'s summary whose main statement is news to a reader of summary
        ``version`` (:meth:`changes_since`'s ``new``)."""
        return self.changes_since(view, version).new

    def changes_since(self, view: StoryView, version: int, *, story: str | None = None) -> Changes:
        """What ``view``'s summary tells a reader of summary ``version``: its new sentences and the
        sentences that add a detail to a statement that version made
        (:func:`khulasa.desk.updates.what_is_new`). With ``story``, a story ``view`` absorbed
        (:meth:`absorbed`), ``version`` is that story's: what is new to a reader of its summary."""
        from khulasa.desk.updates import Changes, what_is_new

        if story is not None and story != view.id:
            return self._changes_since_absorbed(view, story, version)
        if not 0 < version <= view.version:  # also a number past what the database's integers hold
            row = self.store.one("SELECT summary_version FROM stories WHERE id = ?", [view.id])
            latest = view.version if row is None else int(row[0])
            if 0 < version <= latest:  # a later version than the one shown: not "does not exist"
                raise InputError(new_since_not_earlier(view.id, view.version, version))
            raise InputError(no_such_version(view.id, latest, version))
        if view.summary is None:
            return Changes()
        self.version_docs(view.id, version)  # InputError when there is no such version
        earlier, _, _ = self._summary(view.id, version)
        docs = self.documents(view.id, limit=self.settings.summary_documents)
        changes = what_is_new(view.summary, earlier, docs)
        here = self._still_here(view.id, earlier)
        if here is earlier or not any(kind == "changed" for _, kind, _ in changes.why):
            return changes
        # A figure "changed" only against what the story still holds: the marks stay (its reader
        # read the sentences that split off), the reason is the one the story's own sentences give.
        own = {i: (kind, what) for i, kind, what in what_is_new(view.summary, here, docs).why}
        why = [(i, *own[i]) if kind == "changed" and i in own else (i, kind, what) for i, kind, what in changes.why]
        return Changes(changes.new, changes.details, why)

    def _still_here(self, story: str, earlier: dict[str, Any] | None) -> dict[str, Any] | None:
        """An earlier summary of ``story`` without what the story no longer holds: the sentences
        told only from articles split off into another story since (and those articles). Two
        finals of one cup taken for one event, then split: the reader of the mixed version knew
        the other final's «للمرة 13», and the split story's «للمرة 12» was «رقم تغيّر» (pass 53).
        Only a «رقم تغيّر» reason is measured on it (:meth:`changes_since`): an article the desk
        set apart may be of the same event, and its reader knew what it told."""
        if earlier is None:
            return None
        here = {r[0] for r in self.store.all("SELECT id FROM articles WHERE story_id = ?", [story])}
        gone = {str(d.get("id")) for d in earlier.get("documents", [])} - here
        if not gone:
            return earlier
        sentences = [
            s
            for s in earlier.get("sentences", [])
            if not s.get("sources") or any(str(src.get("doc")) not in gone for src in s["sources"])
        ]
        documents = [d for d in earlier.get("documents", []) if str(d.get("id")) not in gone]
        return {**earlier, "sentences": sentences, "documents": documents}

    def _changes_since_absorbed(self, view: StoryView, story: str, version: int) -> Changes:
        """What ``view``'s summary tells a reader of version ``version`` of ``story``, a story merged
        into it (InputError when it was not, or has no such version)."""
        from khulasa.desk.updates import Changes, what_is_new

        if story not in self.absorbed([view.id])[view.id]:
            raise InputError(not_absorbed(view.id, story))
        self.version_docs(story, version)  # InputError when there is no such version
        if view.summary is None:
            return Changes()
        earlier, _, _ = self._summary(story, version)
        docs = self.documents(view.id, limit=self.settings.summary_documents)
        return what_is_new(view.summary, earlier, docs)

    def absorbed(self, ids: Sequence[str]) -> dict[str, list[str]]:
        """The stories each of ``ids`` absorbed, directly or along a chain of merges, most recently
        merged first: those merged into it now (one that split off again is its own story)."""
        into: dict[str, list[str]] = {}
        merged_at: dict[str, float] = {}
        frontier, seen = list(dict.fromkeys(ids)), set(ids)
        while frontier:  # along the chains of merges, by the index on merged_into (not every story)
            rows = self.store.where_in(
                "SELECT id, merged_into, updated_ts FROM stories WHERE merged_into IN ({marks})", frontier
            )  # a merged story is closed: its updated_ts is when it was merged
            frontier = []
            for story, target, when in rows:
                into.setdefault(target, []).append(story)
                merged_at[story] = float(when)
                if story not in seen:
                    seen.add(story)
                    frontier.append(story)
        out: dict[str, list[str]] = {}
        for story in ids:
            found: list[str] = []
            frontier = [story]
            while frontier:
                frontier = [a for s in frontier for a in into.get(s, []) if a not in found and a != story]
                found += frontier
            out[story] = sorted(found, key=lambda s: (-merged_at[s], s))
        return out

    def version_docs(self, story: str, version: int) -> list[str]:
        """The article ids a summary version of ``story`` was made from."""
        row = self.store.one("SELECT doc_ids FROM summaries WHERE story_id = ? AND version = ?", [story, version])
        if row is None:
            raise InputError(no_version(story, version))
        return list(json.loads(row[0]))

    def merges(self) -> list[tuple[str, str, float]]:
        """Every story merge: (absorbed, into, time), oldest first."""
        return [
            (a, b, float(t))
            for a, b, t in self.store.all("SELECT absorbed, into_story, merged_ts FROM merges ORDER BY merged_ts")
        ]

    def article_count(self) -> int:
        """How many articles the store holds."""
        row = self.store.one("SELECT COUNT(*) FROM articles")
        return int(row[0]) if row else 0
