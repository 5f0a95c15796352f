"""The busy-day development feed (issues 20 and 21) as one JSONL file, with a gold story per line.

Eighteen real events of repeating kinds (four earthquakes, two floods, three football finals, two
crewed launches, three summits, two elections, two air crashes), each reported by 4-8 outlets: the
day on which grouping by words alone merges same-kind stories. The texts are public pages kept
outside the repository, one folder per event under ``$KHULASA_BUSY_DAY`` (default
``../devdata/busy-day``), one ``NNN_site.txt`` per outlet; ``benchmarks/facts/busy-day-sources.tsv``
lists each file's address, sha256, the publication time its page shows (empty when it shows none)
and the event's kind; ``benchmarks/facts/busy-day.json`` holds the key facts of each event.

Each output line is a record ``khulasa group`` and ``khulasa desk add`` read: ``id``, ``source``
(the outlet's site, from the file name), ``url``, ``published`` (only when the page shows one: no
time is invented), ``text``, and for scoring ``story`` (the gold event id) and ``kind``. The events
happened on different days of 2022-2024, so a strictly chronological order would never interleave
them; the feed plays them as one busy day instead: within an event, articles keep their own order
(by published time where known, then by file), and the events take turns, the k-th article of every
event coming before the (k+1)-th of any (events in order of their first known time; ``--seed``
shuffles the turn order of each round).

The real dates span 2022-2024, so a grouping that reads publication times could tell events apart
by their year alone, which a real busy day never allows. ``--one-day YYYY-MM-DD`` moves each
event's known times by whole days so that its earliest one falls on that date (time of day and the
gaps within the event kept; a date stays a date); articles with no time still get none.

``--neighbours`` adds the other real multi-outlet clusters as extra stories (kind ``neighbour``),
where their texts are present: news-set-a (``$KHULASA_NEWS_SET_A``, default
``../devdata/news-set-a``, addresses from ``../shared/data/news-set-a/sources.tsv``), the outlets
set (``$KHULASA_OUTLETS``, addresses from ``benchmarks/facts/outlets-sources.tsv``) and the shared
five-outlet example; they have no times and take turns like the events. Two outlets clusters
report the same events as two news-set-a clusters (the Turkey-Syria quake, Morocco-Portugal) and
share their gold story (``ALIASES``); a text already in the feed (the two sets share pages) is left
out.

    .venv/bin/python benchmarks/busy_day_feed.py [--out FILE] [--seed N] [--neighbours] [--one-day 2026-12-05]

``--score GROUPS`` scores a grouping of the feed against its gold stories instead of writing it:
GROUPS is the output of ``khulasa group FEED -f jsonl`` (one story per line with ``doc_ids``);
printed are the adjusted Rand index, B-cubed precision/recall/F1 and every story that mixes events.

    .venv/bin/python benchmarks/busy_day_feed.py --out /tmp/feed.jsonl
    .venv/bin/python -m khulasa group /tmp/feed.jsonl -f jsonl -o /tmp/groups.jsonl
    .venv/bin/python benchmarks/busy_day_feed.py --out /tmp/feed.jsonl --score /tmp/groups.jsonl

Skips with a note (exit 0) when the folder is absent; a file whose sha256 differs from the table
is reported on stderr and kept.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import sys
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _shared import BUSY_DAY, DATA, EXAMPLE, OUTLETS, REPO

SOURCES = REPO / "benchmarks" / "facts" / "busy-day-sources.tsv"
# outlets-set cluster -> the news-set-a cluster of the same event (one gold story)
ALIASES = {
    "turkey-syria-quake-day1-2023": "turkey-syria-earthquake",
    "morocco-portugal-wc-2022": "morocco-world-cup-semifinal",
}
NEWS_SET_A = Path(os.environ.get("KHULASA_NEWS_SET_A", REPO.parent / "devdata" / "news-set-a"))


@dataclass(frozen=True, slots=True)
class Article:
    event: str
    file: str
    url: str
    sha256: str
    published: str
    kind: str

    root: Path = BUSY_DAY

    @property
    def story(self) -> str:
        """The gold story: the event, or the news-set-a cluster an outlets cluster duplicates."""
        return ALIASES.get(self.event, self.event)

    @property
    def site(self) -> str:
        """The outlet: the name part of ``NNN_site.txt``, else the address's host, else the file stem."""
        if self.kind != "neighbour" and "_" in self.file:
            return Path(self.file).stem.split("_", 1)[1]
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.") or Path(self.file).stem

    def when(self) -> datetime | None:
        """The published time as an aware datetime (a date alone is its midnight; no zone is UTC)."""
        if not self.published:
            return None
        moment = datetime.fromisoformat(self.published.replace("Z", "+00:00"))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_sources(path: Path = SOURCES, root: Path = BUSY_DAY) -> list[Article]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [Article(**row, root=root) for row in csv.DictReader(handle, delimiter="\t")]


def _neighbour_rows(table: Path, root: Path) -> list[Article]:
    """The present files of a ``cluster, file, url[, sha256]`` table as neighbour stories."""
    if not table.is_file() or not root.is_dir():
        return []
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        Article(r["cluster"], r["file"], r["url"], r.get("sha256") or "", "", "neighbour", root)
        for r in rows
        if (root / r["cluster"] / r["file"]).is_file()
    ]


def neighbours() -> list[Article]:
    """news-set-a, the outlets set and the shared example, where their texts are here."""
    found = _neighbour_rows(DATA / "news-set-a" / "sources.tsv", NEWS_SET_A)
    found += _neighbour_rows(REPO / "benchmarks" / "facts" / "outlets-sources.tsv", OUTLETS)
    if EXAMPLE.is_dir():
        found += [
            Article(EXAMPLE.name, p.name, "", "", "", "neighbour", EXAMPLE.parent)
            for p in sorted(EXAMPLE.glob("*.txt"))
        ]
    return found


def _event_order(articles: list[Article]) -> list[Article]:
    """An event's articles: those with a time by time, then the rest, each group by file name."""
    return sorted(articles, key=lambda a: (a.when() is None, a.when() or datetime.min.replace(tzinfo=UTC), a.file))


def interleave(articles: list[Article], seed: int | None = None) -> list[Article]:
    """Round-robin over events: every event's k-th article before any event's (k+1)-th."""
    events: dict[str, list[Article]] = {}
    for article in articles:
        events.setdefault(article.story, []).append(article)
    queues = {name: _event_order(items) for name, items in events.items()}
    never = datetime.max.replace(tzinfo=UTC)
    turn = sorted(queues, key=lambda n: (min(a.when() or never for a in queues[n]), n))
    rng = random.Random(seed) if seed is not None else None
    out: list[Article] = []
    for k in range(max(len(q) for q in queues.values())):
        names = [n for n in turn if k < len(queues[n])]
        if rng is not None:
            rng.shuffle(names)
        out.extend(queues[n][k] for n in names)
    return out


def _shifted(published: str, days: int) -> str:
    """``published`` moved by ``days`` whole days, in the same form (date, or time as written)."""
    if len(published) == 10:
        return (date.fromisoformat(published) + timedelta(days=days)).isoformat()
    moment = datetime.fromisoformat(published.replace("Z", "+00:00")) + timedelta(days=days)
    text = moment.isoformat(timespec="minutes" if len(published) <= 16 else "seconds")
    return text.replace("+00:00", "Z") if published.endswith("Z") else text


def one_day(articles: list[Article], day: date) -> list[Article]:
    """Each story's known times moved by whole days so that its earliest falls on ``day``."""
    first: dict[str, date] = {}
    for a in articles:
        moment = a.when()
        if moment is not None:
            first[a.story] = min(first.get(a.story, moment.date()), moment.date())
    return [
        replace(a, published=_shifted(a.published, (day - first[a.story]).days)) if a.published else a for a in articles
    ]


def records(articles: list[Article]) -> list[dict[str, str]]:
    out = []
    seen: set[bytes] = set()
    for article in articles:
        path = article.root / article.event / article.file
        if not path.is_file():
            print(f"missing {path}: left out", file=sys.stderr)
            continue
        text = path.read_bytes()
        digest = hashlib.sha256(text).digest()
        if digest in seen:
            print(f"same text as an earlier article: {path} left out", file=sys.stderr)
            continue
        seen.add(digest)
        if article.sha256 and digest.hex() != article.sha256:
            print(f"sha256 differs from the table: {path}", file=sys.stderr)
        record = {"id": f"busy-{len(out):03d}", "source": article.site}
        if article.url:
            record["url"] = article.url
        if article.published:
            record["published"] = article.published
        record |= {"text": text.decode("utf-8"), "story": article.story, "kind": article.kind}
        out.append(record)
    return out


def score(feed: Path, groups: Path) -> str:
    """ARI, B-cubed and the mixed stories of a ``khulasa group`` output against the feed's gold."""
    from collections import Counter

    from sklearn.metrics import adjusted_rand_score

    from khulasa.evaluation.clustering import bcubed

    gold = {r["id"]: r["story"] for r in map(json.loads, feed.read_text(encoding="utf-8").splitlines())}
    stories = [json.loads(line) for line in groups.read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted = {doc: n for n, story in enumerate(stories) for doc in story["doc_ids"]}
    ids = sorted(gold)
    truth = [gold[i] for i in ids]
    found = [predicted.get(i, f"missing-{i}") for i in ids]
    precision, recall, f1 = bcubed(truth, found)
    lines = [
        f"{len(ids)} articles, {len(set(truth))} gold stories, {len(stories)} found: "
        f"ARI {adjusted_rand_score(truth, found):.3f}, B-cubed P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
    ]
    for n, story in enumerate(stories):
        mixed = Counter(gold[d] for d in story["doc_ids"] if d in gold)
        if len(mixed) > 1:
            lines.append(f"  story {n} mixes " + ", ".join(f"{k} {v}" for k, v in mixed.most_common()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=BUSY_DAY, help="the event folders ($KHULASA_BUSY_DAY)")
    parser.add_argument("--out", type=Path, default=None, help="the JSONL feed (default ROOT/feed.jsonl; - for stdout)")
    parser.add_argument("--seed", type=int, default=None, help="shuffle the turn order of each round")
    parser.add_argument("--neighbours", action="store_true", help="add news-set-a, the outlets set, the example")
    parser.add_argument("--score", type=Path, default=None, help="score this khulasa group output on --out")
    parser.add_argument(
        "--one-day", type=date.fromisoformat, default=None, help="move each event's times onto this date"
    )
    args = parser.parse_args(argv)
    if args.score is not None:
        print(score(args.out or args.root / "feed.jsonl", args.score))
        return 0
    if not args.root.is_dir():
        print(f"skip busy-day: {args.root} not found (set KHULASA_BUSY_DAY)", file=sys.stderr)
        return 0
    articles = read_sources(root=args.root) + (neighbours() if args.neighbours else [])
    if args.one_day is not None:
        articles = one_day(articles, args.one_day)
    lines = records(interleave(articles, args.seed))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines)
    if str(args.out) == "-":
        sys.stdout.write(text)
    else:
        out = args.out or args.root / "feed.jsonl"
        out.write_text(text, encoding="utf-8")
        stories = len({r["story"] for r in lines})
        print(f"{len(lines)} articles of {stories} stories -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
