"""Tests of the centroid (MEAD) and submodular (Lin & Bilmes) peers on a tiny cluster written for them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

pytest.importorskip("sklearn", reason="the submodular peer's k-means needs scikit-learn (bench extra)")

from khulasa.cli import app
from khulasa.errors import MissingExtraError
from khulasa.evaluation.classic import (
    Objective,
    kmeans_labels,
    skip_redundant,
    submodular_ranking,
    vectors,
)
from khulasa.evaluation.datasets import Item
from khulasa.evaluation.inputs import ItemInput, build_input, truncate
from khulasa.evaluation.peers import BUDGETED, PEERS, PeerSystem, peer_ranking
from khulasa.evaluation.runner import evaluate
from khulasa.evaluation.systems import parse_systems
from khulasa.text.normalize import count_words

# Four outlets on one invented flood; two of them open with the same wire sentence, whose words
# (flood, city, rain, Tuesday morning) run through the whole cluster.
CENTRAL = "غمرت سيول جارفة مدينة الواحة صباح الثلاثاء بعد أمطار غزيرة استمرت ساعات."
DOCS = (
    CENTRAL + " وقال رئيس البلدية إن فرق الدفاع المدني أجلت مئات السكان من الأحياء المنخفضة. "
    "وأغلقت السلطات المدارس والطرق الرئيسية حتى إشعار آخر. ويتوقع خبراء الأرصاد استمرار الأمطار يومين آخرين.",
    "أجلت فرق الدفاع المدني مئات السكان من بيوتهم في الواحة. "
    "وذكر شهود أن المياه وصلت إلى نوافذ البيوت في بعض الشوارع. "
    "وأعلنت وزارة الصحة نقل عشرة مصابين إلى المستشفى. ولم تسجل أي وفيات حتى المساء.",
    CENTRAL + " وأعلنت السلطات إغلاق المدارس في المدينة. ونقل عشرة مصابين إلى مستشفى الواحة. "
    "وقالت الأرصاد إن الأمطار الغزيرة ستستمر.",
    "تسببت الأمطار الغزيرة في سيول غمرت شوارع الواحة صباح الثلاثاء. "
    "وتطوع شبان من المدينة لمساعدة الأسر على إخلاء بيوتها. وطالب نواب الحكومة بصرف تعويضات عاجلة للمتضررين.",
)
NEW = ("centroid", "submodular")


@pytest.fixture(scope="module")
def item() -> ItemInput:
    prepared = build_input(Item("flood", DOCS, ()))
    assert [u.text for u in prepared.candidates].count(CENTRAL) == 2
    return prepared


def _texts(item: ItemInput, ranking: list[int]) -> list[str]:
    return [item.candidates[k].text for k in ranking]


@pytest.mark.parametrize("name", NEW)
def test_classic_peers_rank_every_candidate_once(item: ItemInput, name: str) -> None:
    n = len(item.candidates)
    assert sorted(PEERS[name](item)) == list(range(n))
    for words in (8, 30, 1000):
        assert sorted(peer_ranking(name, item, words)) == list(range(n))


@pytest.mark.parametrize("name", NEW)
@pytest.mark.parametrize("words", [8, 20, 45])
def test_classic_peers_fill_the_budget_like_the_other_peers(item: ItemInput, name: str, words: int) -> None:
    filled = PeerSystem(name).run(item, words)[0]
    assert sum(map(count_words, filled[:-1])) < words <= sum(map(count_words, filled))
    assert sum(map(count_words, truncate(filled, words))) == words


@pytest.mark.parametrize("name", NEW)
def test_classic_peers_put_the_central_sentence_first_and_its_copy_not_second(item: ItemInput, name: str) -> None:
    for ranking in (PEERS[name](item), peer_ranking(name, item, 30)):
        texts = _texts(item, ranking)
        assert texts[0] == CENTRAL
        assert texts[1] != CENTRAL


@pytest.mark.parametrize("name", NEW)
def test_classic_peers_are_deterministic(item: ItemInput, name: str) -> None:
    assert PEERS[name](item) == PEERS[name](item)
    assert peer_ranking(name, item, 30) == peer_ranking(name, item, 30)
    again = build_input(Item("flood", DOCS, ()))
    assert PEERS[name](again) == PEERS[name](item)


def test_submodular_gets_the_budget_through_peer_system(item: ItemInput) -> None:
    assert "submodular" in BUDGETED and "centroid" not in BUDGETED
    # Without a budget the 12-word central sentence comes first; within 8 words it cannot fit whole,
    # so the cost-scaled greedy opens with a sentence that does.
    assert _texts(item, submodular_ranking(item))[0] == CENTRAL
    first = PeerSystem("submodular").run(item, 8)[0][0]
    assert first != CENTRAL and count_words(first) <= 8
    # Within 30 words its whole picks fit, and only the one after them is cut.
    ranking = peer_ranking("submodular", item, 30)
    words = [count_words(t) for t in _texts(item, ranking)]
    whole = next(i for i in range(len(words)) if sum(words[: i + 1]) > 30)
    assert sum(words[:whole]) <= 30 and all(w > 30 - sum(words[:whole]) for w in words[whole:])


def test_submodular_objective_gains_diminish(item: ItemInput) -> None:
    vec = vectors(item)
    similarity = vec.similarity()
    objective = Objective(similarity, kmeans_labels(vec.rows))
    before = objective.gains()
    for j in (0, 4, 9):
        start = objective.value()
        gains = objective.gains()
        objective.add(j)
        assert objective.value() - start == pytest.approx(gains[j])
        assert np.all(objective.gains() <= gains + 1e-12)
    copy = [u.text for u in item.candidates].index(CENTRAL, 1)
    assert objective.gains()[copy] < 0.5 * before[copy]


def test_centroid_skip_sends_a_near_copy_to_the_end() -> None:
    similarity = np.array([[1.0, 0.9, 0.1], [0.9, 1.0, 0.2], [0.1, 0.2, 1.0]])
    assert skip_redundant([0, 1, 2], similarity, 0.7) == [0, 2, 1]
    assert skip_redundant([0, 1, 2], similarity, 0.95) == [0, 1, 2]


def test_peers_spec_names_the_classic_peers() -> None:
    names = [s.name for s in parse_systems("khulasa,peers")]
    assert {"centroid", "submodular"} <= set(names)


def test_eval_stops_with_the_pip_command_when_a_peer_package_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without scikit-learn the submodular peer cannot run on any item: before, eval printed a
    # table of zeros ("Failed items (scored 0)"), exit 0; now one line with the pip command, exit 2.
    pytest.importorskip("rouge_score", reason="needs the bench extra")
    monkeypatch.setitem(sys.modules, "sklearn.cluster", None)  # import now raises ImportError
    with pytest.raises(MissingExtraError, match=r"scikit-learn.*pip install 'khulasa\[bench\]'"):
        evaluate([Item("flood", DOCS, ("غمرت سيول مدينة الواحة.",))], parse_systems("submodular"), 60)
    data = tmp_path / "flood.jsonl"
    data.write_text(json.dumps({"id": "flood", "documents": list(DOCS), "summaries": ["غمرت سيول مدينة الواحة."]}))
    result = CliRunner().invoke(app, ["eval", "--data", str(data), "--systems", "centroid,submodular"])
    assert result.exit_code == 2
    assert "pip install 'khulasa[bench]'" in result.output and "Traceback" not in result.output
    assert "| centroid" not in result.output


def test_eval_still_scores_zero_for_a_peer_that_fails_on_one_item(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("rouge_score", reason="needs the bench extra")

    def broken(item: ItemInput, words: int) -> list[int]:
        raise ValueError("a peer's own bug")

    monkeypatch.setattr("khulasa.evaluation.peers.BUDGETED", {"submodular": broken})
    result = evaluate([Item("flood", DOCS, ("غمرت سيول مدينة الواحة.",))], parse_systems("submodular"), 60)
    assert result.systems[0].failures == 1
    assert "ValueError: a peer's own bug" in (result.systems[0].items[0].error or "")


def test_eval_table_says_why_a_peer_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: "Failed items (scored 0): submodular (1); see the JSON output for errors": the reason
    only in another run's output."""
    pytest.importorskip("rouge_score", reason="needs the bench extra")
    from khulasa.evaluation.report import render_markdown

    def broken(item: ItemInput, words: int) -> list[int]:
        raise ValueError("documents are not informative")

    monkeypatch.setattr("khulasa.evaluation.peers.BUDGETED", {"submodular": broken})
    result = evaluate([Item("flood", DOCS, ("غمرت سيول مدينة الواحة.",))], parse_systems("submodular,lead"), 60)
    assert (
        "Failed items (scored 0): submodular (1, the first on item flood: ValueError: documents are not informative)"
        in render_markdown(result)
    )


@pytest.mark.parametrize(
    ("blocked", "systems"), [("sklearn.cluster", "submodular"), ("sumy.summarizers.lex_rank", "lead,peers")]
)
def test_eval_checks_the_peers_packages_before_anything_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blocked: str, systems: str
) -> None:
    """Before: khulasa and the other systems ran on the first item (or every item) before the peer
    without its package failed; now the pip command comes first, before the data is even read."""
    pytest.importorskip("rouge_score", reason="needs the bench extra")
    monkeypatch.setitem(sys.modules, blocked, None)
    result = CliRunner().invoke(app, ["eval", "--data", str(tmp_path / "none.jsonl"), "--systems", systems])
    assert result.exit_code == 2 and "pip install 'khulasa[bench]'" in result.output, result.output
    assert "centroid" not in result.output  # centroid needs no package of its own
