"""Feeds for the desk tests, written for them: invented words (nothing shared by accident) and a
short flood story whose death toll rises."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from khulasa.desk import Desk
from khulasa.types import Document

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 8)))


def invented_stories(n_stories: int, per_story: int, seed: int = 1) -> tuple[list[Document], list[str]]:
    """``per_story`` articles for each of ``n_stories`` invented stories, and each one's story.

    A story owns twelve phrases (its names, places, stock wording); each article retells seven of
    them between common words, the way outlets retell one event.
    """
    rng = random.Random(seed)
    common = [_word(rng) for _ in range(300)]
    docs, truth = [], []
    for s in range(n_stories):
        phrases = [[_word(rng) for _ in range(6)] for _ in range(12)]
        for k in range(per_story):
            words: list[str] = []
            for phrase in rng.sample(phrases, 7):
                words += phrase + [rng.choice(common) for _ in range(rng.randint(4, 12))]
            docs.append(Document(id=f"s{s}-a{k}", text=" ".join(words) + ".", source=f"outlet{k % 7}"))
            truth.append(f"s{s}")
    return docs, truth


def split_story(seed: int = 2) -> tuple[list[Document], list[Document]]:
    """Two articles that each tell a different half of one story (they share no phrase), then four
    that tell both halves: first two stories, then one."""
    rng = random.Random(seed)
    common = [_word(rng) for _ in range(300)]
    phrases = [[_word(rng) for _ in range(6)] for _ in range(12)]

    def article(doc_id: str, chosen: list[list[str]]) -> Document:
        words: list[str] = []
        for phrase in chosen:
            words += phrase + [rng.choice(common) for _ in range(rng.randint(4, 12))]
        return Document(id=doc_id, text=" ".join(words) + ".", source=doc_id)

    halves = [article("half-a", phrases[:6]), article("half-b", phrases[6:])]
    both = [article(f"both-{k}", rng.sample(phrases[:6], 4) + rng.sample(phrases[6:], 4)) for k in range(4)]
    return halves, both


FLOOD = [
    {
        "id": "flood-1",
        "source": "صحيفة الوادي",
        "published": "2026-03-02T08:00:00Z",
        "title": "فيضانات تضرب بلدة وادي السرو",
        "text": "فيضانات تضرب بلدة وادي السرو\n\nقالت السلطات المحلية إن الفيضانات التي ضربت بلدة وادي السرو "
        "فجر الاثنين أدت إلى مقتل 12 شخصا وإصابة العشرات. وأعلن محافظ الإقليم حالة الطوارئ في البلدة "
        "وطلب من السكان الابتعاد عن مجرى النهر.",
    },
    {
        "id": "flood-2",
        "source": "إذاعة السهل",
        "published": "2026-03-02T09:30:00Z",
        "title": "حالة الطوارئ في وادي السرو بعد الفيضانات",
        "text": "حالة الطوارئ في وادي السرو بعد الفيضانات\n\nأعلن محافظ الإقليم حالة الطوارئ في بلدة وادي السرو "
        "بعد فيضانات أدت إلى مقتل 12 شخصا، بحسب السلطات المحلية. وفتحت مدارس البلدة أبوابها لإيواء "
        "العائلات التي غمرت المياه منازلها.",
    },
    {
        "id": "flood-3",
        "source": "وكالة الشمال",
        "published": "2026-03-02T16:00:00Z",
        "title": "ارتفاع حصيلة فيضانات وادي السرو",
        "text": "ارتفاع حصيلة فيضانات وادي السرو\n\nقالت السلطات المحلية إن الفيضانات في بلدة وادي السرو أدت إلى "
        "مقتل 30 شخصا بعد انتشال جثث جديدة من تحت الأنقاض. وقال الدفاع المدني إن فرق الإنقاذ ما زالت "
        "تبحث عن مفقودين قرب مجرى النهر، فيما مدد محافظ الإقليم حالة الطوارئ أسبوعا.",
    },
]


def flood_documents() -> list[Document]:
    return [
        Document(id=r["id"], text=r["text"], title=r["title"], source=r["source"], published=r["published"])
        for r in FLOOD
    ]


# A fourth flood article, of aid arriving: with the second one it makes a story of its own, apart
# from the first article's (see force_flood_grouping).
FLOOD_AID = Document(
    id="flood-aid",
    source="قناة الساحل",
    published="2026-03-02T18:00:00Z",
    title="وصول مساعدات إلى وادي السرو",
    text="وصول مساعدات إلى وادي السرو\n\nوصلت قافلة مساعدات تضم 40 شاحنة إلى بلدة وادي السرو مساء الاثنين "
    "بعد الفيضانات التي أدت إلى مقتل 30 شخصا. وأعلن الهلال الأحمر فتح مخيم لإيواء العائلات المتضررة "
    "قرب مجرى النهر.",
)


def force_flood_grouping(monkeypatch: Any) -> dict[str, bool]:
    """Group the desk's articles as the test says (the grouping itself is tested elsewhere), two
    stories that merge: while ``mode["together"]`` is false, flood-1 is a story of its own (A) and
    every other article another (B: ingest flood-1, flood-2 and FLOOD_AID); once it is true, all
    are one story (ingest flood-3), and the larger B absorbs A. Returns ``mode``."""
    import numpy as np

    import khulasa.desk.ingest as ingest

    mode = {"together": False}

    def forced(x: Any, df: Any, active: Any, dups: Any, settings: Any) -> Any:
        if mode["together"]:
            return np.zeros(len(active.ids), dtype=np.int64)
        return np.array([0 if i == "flood-1" else 1 for i in active.ids], dtype=np.int64)

    monkeypatch.setattr(ingest, "_labels", forced)
    return mode


def write_jsonl(path: Path, docs: list[Document]) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            record = {
                "id": d.id,
                "text": d.text,
                "source": d.source,
                "title": d.title,
                "published": d.published,
                "url": d.url,
            }
            f.write(json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False) + "\n")
    return path


def ingest_command(feed: Path, url: str, batch: int) -> list[str]:
    """``khulasa desk ingest`` of ``feed`` into ``url`` in a fresh interpreter, in batches, no summaries."""
    return [
        sys.executable,
        "-m",
        "khulasa",
        "desk",
        "ingest",
        str(feed),
        "--db",
        url,
        "--batch-size",
        str(batch),
        "--no-summaries",
    ]


def check_store(url: str, expected_ids: list[str]) -> None:
    """The store at ``url`` holds each expected article once, and every story's size is its members."""
    with Desk(url) as desk:
        ids = [r[0] for r in desk.store.all("SELECT id FROM articles")]
        assert sorted(ids) == sorted(expected_ids)  # each article once
        sizes = desk.store.all(
            "SELECT s.size, COUNT(a.id) FROM stories s JOIN articles a ON a.story_id = s.id "
            "WHERE s.merged_into IS NULL GROUP BY s.id, s.size"
        )
        assert all(size == count for size, count in sizes)
        assert sum(count for _, count in sizes) == len(expected_ids)
        assert desk.store.one("SELECT value FROM meta WHERE name = 'articles'") == (len(expected_ids),)


# A sentence that retells one of the flood story's version 1 (the schools opened to the families)
# and adds a clause it did not state, and that clause: an added detail, not news.
DETAIL_SENTENCE = (
    "وفتحت مدارس البلدة أبوابها لإيواء العائلات التي غمرت المياه منازلها، "
    "وسط أمطار غزيرة لم تتوقف طوال الليل فوق مرتفعات الوادي."
)
DETAIL_ADDED = "وسط أمطار غزيرة لم تتوقف طوال الليل فوق مرتفعات الوادي."


def add_detail(desk: Desk, story: str, *, only: bool = False) -> str:
    """Give the latest summary of ``story`` the sentence ``DETAIL_SENTENCE`` (the summarizer keeps the
    shorter wording of a fact, so a feed alone does not make one); ``only``: with version 1's
    sentences instead of its own, so that nothing in it is new but that detail. Returns the summary
    it replaced (for :func:`set_summary`)."""
    version = desk.story(story).version

    def stored(v: int) -> str:
        row = desk.store.one("SELECT summary FROM summaries WHERE story_id = ? AND version = ?", [story, v])
        assert row is not None and row[0] is not None
        return str(row[0])

    before = stored(version)
    summary = json.loads(before)
    sentences = json.loads(stored(1))["sentences"] if only else summary["sentences"]
    extra = {**sentences[-1], "text": DETAIL_SENTENCE, "sources": [], "paraphrases": [], "disputes": []}
    summary["sentences"] = [*sentences, extra]
    set_summary(desk, story, json.dumps(summary, ensure_ascii=False))
    return before


def set_summary(desk: Desk, story: str, summary: str) -> None:
    """Store ``summary`` (JSON) as the latest summary version of ``story``."""
    with desk.store.transaction():
        desk.store.execute(
            "UPDATE summaries SET summary = ? WHERE story_id = ? AND version = ?",
            [summary, story, desk.story(story).version],
        )


# --- a desk of an older khulasa (features of version 1: compound names read joined) --------------

# Two outlets write the president's and the minister's names joined (عبدالمجيد، عبدالله) ...
JOINED_NAMES = [
    Document(
        "tebboune-1",
        "استقبل الرئيس الجزائري عبدالمجيد تبون اليوم في قصر المرادية وزير الخارجية اللبناني عبدالله "
        "بوحبيب، وبحث معه العلاقات الثنائية والأوضاع في المنطقة.",
        source="outlet-a",
    ),
    Document(
        "tebboune-2",
        "بحث الرئيس عبدالمجيد تبون مع وزير الخارجية اللبناني عبدالله بوحبيب في الجزائر العاصمة سبل "
        "تعزيز التعاون بين البلدين، وفق بيان للرئاسة.",
        source="outlet-b",
    ),
]
# ... a third writes them apart (عبد المجيد، عبد الله): the same story.
NAMES_APART = Document(
    "tebboune-3",
    "الرئيس عبد المجيد تبون يستقبل وزير الخارجية اللبناني عبد الله بوحبيب ويبحث معه تعزيز التعاون بين الجزائر ولبنان.",
    source="outlet-c",
)


def old_text_features(text: str, analyzer: Any) -> list[str]:
    """``text_features`` as khulasa made them before FEATURES_VERSION 2 (no split of joined names)."""
    from khulasa.stories.group import english_stopwords, story_features

    english = english_stopwords()
    return story_features([w for w in analyzer.content_terms(text) if w not in english])


def make_old_desk(url: str, docs: list[Document], batch_size: int = 500) -> None:
    """A desk at ``url`` as an older khulasa left it: ``docs`` grouped with version 1's features,
    and no features version recorded (that khulasa recorded none)."""
    from dataclasses import replace

    from khulasa.desk import ingest as ingest_module
    from khulasa.desk.ingest import DeskSettings

    original = ingest_module.text_features
    ingest_module.text_features = old_text_features
    try:
        with Desk(url, replace(DeskSettings(), batch_size=batch_size)) as desk:
            desk.ingest(docs, summaries=False)
            with desk.store.transaction():
                desk.store.execute("DELETE FROM meta WHERE name LIKE 'features%'")
    finally:
        ingest_module.text_features = original


def stored_features(url: str) -> tuple[list[tuple], list[tuple]]:
    """Each article's (id, features blob, richness), and the document frequencies, of the desk at ``url``."""
    with Desk(url) as desk:
        articles = [
            (i, bytes(f), r) for i, f, r in desk.store.all("SELECT id, features, richness FROM articles ORDER BY id")
        ]
        return articles, desk.store.all("SELECT feature, df FROM feature_df ORDER BY feature")
