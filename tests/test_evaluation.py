"""Tests of the evaluation layer: ROUGE scorer, datasets, systems, runner, report and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("rouge_score", reason="needs the bench extra")

from typer.testing import CliRunner

from khulasa.cli import app
from khulasa.errors import InputError, MissingExtraError, SettingsError
from khulasa.evaluation import (
    Item,
    ItemInput,
    LeadSystem,
    OracleSystem,
    RandomSystem,
    Rouge,
    bootstrap_ci,
    default_words,
    evaluate,
    parse_systems,
    read_items,
    render_json,
    render_markdown,
    truncate,
)
from khulasa.evaluation.inputs import build_input, cut_words
from khulasa.evaluation.keyfacts import is_junk
from khulasa.evaluation.runner import duplicate_rate
from khulasa.evaluation.runner import run as run_eval
from khulasa.evaluation.systems import KhulasaSystem, parse_variant
from khulasa.text.normalize import Analyzer, count_words
from khulasa.types import Document, Sentence

# A tiny cluster written for these tests: three outlets on one invented event.
CLUSTER = (
    "افتتح وزير التعليم مدرسة جديدة في مدينة الزرقاء صباح الأحد بحضور المئات من الأهالي. "
    "وتتسع المدرسة لألف طالب وطالبة في المرحلتين الأساسية والثانوية. "
    "وقال الوزير إن الحكومة ستبني عشر مدارس أخرى في المحافظة خلال العام المقبل.",
    "شهدت مدينة الزرقاء صباح الأحد افتتاح مدرسة جديدة على يد وزير التعليم. "
    "وأكد الوزير أن الحكومة ستبني عشر مدارس أخرى في المحافظة خلال العام المقبل. "
    "وعبّر أولياء الأمور عن ارتياحهم لقرب المدرسة من الأحياء السكنية المكتظة.",
    "قال مدير التربية في الزرقاء إن المدرسة الجديدة مجهزة بمختبرات حديثة للعلوم والحاسوب. "
    "وافتتح وزير التعليم المدرسة صباح الأحد في حفل حضره المئات من السكان. "
    "وأشار المدير إلى أن المدرسة ستبدأ استقبال الطلاب مطلع الشهر القادم.",
)
REFERENCES = (
    "افتتح وزير التعليم مدرسة جديدة في الزرقاء تتسع لألف طالب، وقال إن الحكومة ستبني عشر مدارس أخرى.",
    "افتتاح مدرسة جديدة في مدينة الزرقاء مجهزة بمختبرات حديثة، وستبني الحكومة عشر مدارس أخرى.",
)
ITEM = Item("t1", CLUSTER, REFERENCES)


def _sentences(doc: str, texts: list[str]) -> tuple[Sentence, ...]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Sentence(doc, i, pos, pos + len(t), t))
        pos += len(t) + 1
    return tuple(out)


# --- rouge ---------------------------------------------------------------------------------


def test_rouge_hand_computed_small_case() -> None:
    # reference a b c d, candidate a b c e: 3 of 4 unigrams, 2 of 3 bigrams, LCS 3.
    scores = Rouge().score(["قمر شمس نجم بحر"], "قمر شمس نجم نهر")
    assert scores["rouge1"].recall == pytest.approx(3 / 4)
    assert scores["rouge1"].precision == pytest.approx(3 / 4)
    assert scores["rouge2"].recall == pytest.approx(2 / 3)
    assert scores["rougeL"].recall == pytest.approx(3 / 4)
    # Candidate shorter than the reference: recall and precision differ, F1 is their harmonic mean.
    scores = Rouge().score(["قمر شمس نجم بحر"], "قمر شمس")
    assert scores["rouge1"].recall == pytest.approx(1 / 2)
    assert scores["rouge1"].precision == pytest.approx(1.0)
    assert scores["rouge1"].f1 == pytest.approx(2 / 3)


def test_rouge_arabic_not_dropped_and_normalized() -> None:
    # rouge-score's default tokenizer would give 0 here; ours folds diacritics, alef and ta marbuta.
    scores = Rouge().score(["مدرّسةٌ إلى الأمام"], "مدرسه الى الامام")
    assert scores["rouge1"].recall == pytest.approx(1.0)
    assert scores["rouge2"].recall == pytest.approx(1.0)


def test_rouge_identical_texts_score_one() -> None:
    text = CLUSTER[0]
    for score in Rouge().score([text], text).values():
        assert (score.precision, score.recall, score.f1) == pytest.approx((1.0, 1.0, 1.0))


def test_rouge_stem_option_matches_inflections() -> None:
    ref, cand = ["الكتاب اللاعبون"], "كتاب لاعب"
    assert Rouge(stem=False).score(ref, cand)["rouge1"].recall == pytest.approx(0.0)
    assert Rouge(stem=True).score(ref, cand)["rouge1"].recall == pytest.approx(1.0)


def test_rouge_multi_reference_mean_and_max() -> None:
    refs = ["قمر شمس", "نجم بحر"]
    cand = "قمر شمس"
    assert Rouge(multi="mean").score(refs, cand)["rouge1"].recall == pytest.approx(0.5)
    assert Rouge(multi="max").score(refs, cand)["rouge1"].recall == pytest.approx(1.0)
    with pytest.raises(SettingsError):
        Rouge(multi="median")  # type: ignore[arg-type]


def test_rouge_missing_extra_names_pip_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "rouge_score.rouge_scorer", None)  # import now raises ImportError
    with pytest.raises(MissingExtraError, match=r"pip install 'khulasa\[bench\]'"):
        Rouge()


def test_rouge_bootstrap_deterministic_with_seed() -> None:
    values = [0.1, 0.5, 0.2, 0.9, 0.4, 0.3]
    a = bootstrap_ci(values, seed=7)
    assert a == bootstrap_ci(values, seed=7)
    assert a != bootstrap_ci(values, seed=8)
    assert a[0] < sum(values) / len(values) < a[1]
    assert bootstrap_ci([0.5, 0.5, 0.5], seed=1) == pytest.approx((0.5, 0.5))


# --- datasets ------------------------------------------------------------------------------


def test_datasets_read_items_and_default_words(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(
        json.dumps({"id": "a", "documents": ["x", "y"], "summaries": ["s"], "extra": 1})
        + "\n\n"
        + json.dumps({"id": "b", "documents": ["z", "w"], "summaries": ["s"]})
        + "\n",
        encoding="utf-8",
    )
    items = read_items(path)
    assert [i.id for i in items] == ["a", "b"]
    assert items[0].to_documents()[1] == Document(id="d1", text="y")
    assert default_words(items) == 250
    assert default_words([Item("c", ("x",), ("s",))]) == 100
    assert len(read_items(path, limit=1)) == 1


def test_datasets_titles_reach_the_documents(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(
        json.dumps({"id": "one", "documents": ["x"], "summaries": ["s"], "title": "عنوان"})
        + "\n"
        + json.dumps({"id": "two", "documents": ["x", "y"], "summaries": ["s"], "titles": ["أ", None]})
        + "\n"
        + json.dumps({"id": "none", "documents": ["x"], "summaries": ["s"]})
        + "\n",
        encoding="utf-8",
    )
    one, two, none = read_items(path)
    assert one.to_documents()[0].title == "عنوان"
    assert [d.title for d in two.to_documents()] == ["أ", None]
    assert none.to_documents()[0].title is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "malformed JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"id": "a", "documents": [], "summaries": ["s"]}', "documents"),
        ('{"id": "a", "documents": ["x", "y"], "summaries": ["s"], "titles": ["t"]}', "one string .* per document"),
        ('{"id": "a", "documents": ["x"], "summaries": ["s"], "title": 3}', "'title' must be a string"),
    ],
)
def test_datasets_bad_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "ok", "documents": ["x"], "summaries": ["s"]}) + "\n" + line + "\n")
    with pytest.raises(InputError, match=rf"bad\.jsonl:2: .*{message}"):
        read_items(path)


def test_datasets_repeated_id_names_the_second_line(tmp_path: Path) -> None:
    path = tmp_path / "twice.jsonl"
    line = json.dumps({"id": "a", "documents": ["x"], "summaries": ["s"]})
    path.write_text(line + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"twice\.jsonl:2: item id 'a' occurs twice"):
        read_items(path)


def test_datasets_skipped_collects_bad_records_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "a", "documents": ["x"], "summaries": ["s"]})
    other = json.dumps({"id": "b", "documents": ["y"], "summaries": ["s"]})
    path.write_text(f'{good}\n{{"id": "z", "documents": "x"}}\nnot json\n{good}\n{other}\n', encoding="utf-8")
    skipped: list[str] = []
    assert [i.id for i in read_items(path, skipped=skipped)] == ["a", "b"]
    assert [s.split(": ")[0] for s in skipped] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "'documents'" in skipped[0] and "malformed JSON" in skipped[1] and "occurs twice" in skipped[2]
    only_bad = tmp_path / "bad.jsonl"
    only_bad.write_text("not json\n[1]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl: no usable item, all 2 records are bad: .*bad\.jsonl:1"):
        read_items(only_bad, skipped=[])


# --- systems -------------------------------------------------------------------------------


def test_systems_truncation_identical_for_all() -> None:
    assert truncate(["قمر شمس نجم", "بحر نهر جبل"], 4) == ["قمر شمس نجم", "بحر"]
    assert truncate(["قمر شمس", "بحر"], 10) == ["قمر شمس", "بحر"]
    assert cut_words("قمر ، شمس نجم", 2) == "قمر ، شمس"  # punctuation is not a word
    item = build_input(ITEM)
    outputs = [s.run(item, 20) for s in (LeadSystem(), RandomSystem(), OracleSystem())]
    for output in (o for run in outputs for o in run):
        assert count_words(" ".join(truncate(output, 20))) <= 20


def test_systems_lead_round_robin_order() -> None:
    item = ItemInput(
        id="x",
        documents=(),
        references=("r",),
        sentences=(
            _sentences("d0", ["a0 w", "a1 w", "a2 w"]),
            _sentences("d1", ["b0 w"]),
            _sentences("d2", ["c0 w", "c1 w"]),
        ),
    )
    assert LeadSystem(headings=False).run(item, 100) == [["a0 w", "b0 w", "c0 w", "a1 w", "c1 w", "a2 w"]]
    # It stops once the budget is covered (the last sentence is cut later by truncate).
    assert LeadSystem(headings=False).run(item, 3) == [["a0 w", "b0 w"]]


def test_systems_lead_reads_headings_first() -> None:
    docs = ("عنوان الخبر الأول\n" + CLUSTER[0], "عنوان الخبر الثاني\n" + CLUSTER[1])
    item = build_input(Item("h", docs, REFERENCES))
    lead = LeadSystem().run(item, 200)[0]
    assert lead[:3] == ["عنوان الخبر الأول", "عنوان الخبر الثاني", item.sentences[0][0].text]
    assert "عنوان الخبر الأول" not in LeadSystem(headings=False).run(item, 200)[0]


def test_systems_whole_sentence_baselines_never_cut() -> None:
    item = ItemInput(
        id="x",
        documents=(),
        references=("a0 w x",),
        sentences=(_sentences("d0", ["a0 w x", "a1 w x y z", "a2 w"]),),
    )
    # The 4-word second sentence would overflow 6 words: lead-whole skips it for the third.
    assert LeadSystem(headings=False, whole=True).run(item, 6) == [["a0 w x", "a2 w"]]
    assert LeadSystem(headings=False).run(item, 6) == [["a0 w x", "a1 w x y z"]]
    full = build_input(ITEM)
    for words in (12, 20, 35):
        for system in (LeadSystem(headings=False, whole=True), OracleSystem(whole=True)):
            out = system.run(full, words)[0]
            assert count_words(" ".join(out)) <= words
            assert set(out) <= {s.text for s in full.candidates}  # whole candidates, none cut


def test_systems_khulasa_cut_asks_more_then_is_cut_like_lead() -> None:
    item = build_input(ITEM)
    plain = KhulasaSystem().run(item, 25)[0]
    over = KhulasaSystem(name="khulasa-cut", overflow=1.5).run(item, 25)[0]
    assert count_words(" ".join(plain)) <= 25
    assert count_words(" ".join(over)) >= count_words(" ".join(plain))
    assert count_words(" ".join(truncate(over, 25))) <= 25
    assert [s.name for s in parse_systems("khulasa-cut,lead-whole,oracle-whole")] == [
        "khulasa-cut",
        "lead-whole",
        "oracle-whole",
    ]


def test_systems_random_seeded_and_several() -> None:
    item = build_input(ITEM)
    runs = RandomSystem(seeds=(0, 1, 2)).run(item, 30)
    assert len(runs) == 3
    assert runs == RandomSystem(seeds=(0, 1, 2)).run(item, 30)


def test_systems_oracle_at_least_lead_on_tiny_item() -> None:
    result = evaluate([ITEM], [LeadSystem(), OracleSystem()], 30, resamples=50)
    lead, oracle = result.system("lead"), result.system("oracle")
    assert oracle.means["rouge2_recall"] >= lead.means["rouge2_recall"]
    assert oracle.means["rouge2_recall"] > 0


def test_systems_parse_names_and_variants() -> None:
    names = [s.name for s in parse_systems("khulasa,lead,peers")]
    assert names[:2] == ["khulasa", "lead"] and "sumy-lexrank" in names and "summa" in names
    variant = parse_variant("greedy=method:greedy;position_weight:0.5")
    assert variant.name == "greedy"
    assert dict(variant.settings) == {"method": "greedy", "position_weight": 0.5}
    with pytest.raises(SettingsError, match="unknown setting"):
        parse_variant("bad=no_such_knob:1")
    with pytest.raises(SettingsError, match="unknown system"):
        parse_systems("khulasa,nonsense")
    with pytest.raises(SettingsError, match="twice"):
        parse_systems(["a=method:greedy", "a=method:mmr"])


@pytest.mark.parametrize("name", ["centroid", "submodular", "khulasa", "lead", "summa", "peers"])
def test_systems_variant_named_like_a_system_is_refused(name: str) -> None:
    """Before: `--systems centroid=method:lead` ran khulasa's lead method in a row named
    "centroid" (alone, or with the peer: "used twice"), a table whose row is not that system's."""
    with pytest.raises(SettingsError, match=f"variant '{name}': '{name}' is the name of a system"):
        parse_systems(f"{name}=method:lead")


@pytest.mark.parametrize("key", ["words", "sentences", "chars"])
def test_systems_variant_setting_the_budget_is_refused(key: str) -> None:
    """Before: every item of such a variant failed and scored 0 ("got multiple values for keyword
    argument 'words'", "give one budget, not words and sentences"), told only in the JSON output."""
    with pytest.raises(SettingsError, match=f"'{key}' is the budget eval gives every system"):
        parse_systems(f"short={key}:5")
    result = CliRunner().invoke(app, ["eval", "--data", "unused.jsonl", "--systems", f"short={key}:5"])
    assert result.exit_code == 2 and "budget eval gives every system" in result.output


# --- measures ------------------------------------------------------------------------------


def test_runner_duplicate_rate_and_junk() -> None:
    analyzer = Analyzer(stem=True)
    same = "وقال الوزير إن الحكومة ستبني عشر مدارس أخرى في المحافظة"
    assert duplicate_rate([same, same + " قريبا", CLUSTER[2]], analyzer) == pytest.approx(1 / 3)
    assert duplicate_rate([same], analyzer) == 0.0
    assert is_junk('[covid19-ultimate-card region="EG"] نص')
    assert is_junk("زر الذهاب إلى الأعلى")
    assert not is_junk(same)


def test_runner_evaluate_reports_every_measure() -> None:
    result = evaluate(
        [ITEM, Item("t2", CLUSTER[::-1], REFERENCES)], parse_systems("khulasa,lead,random"), 40, resamples=100, seed=3
    )
    assert [s.name for s in result.systems] == ["khulasa", "lead", "random"]
    for system in result.systems:
        assert len(system.items) == 2 and system.failures == 0
        assert 0 < system.means["rouge1_recall"] <= 1
        low, high = system.intervals["rouge2_recall"]
        assert low <= system.means["rouge2_recall"] <= high
        assert system.mean_words <= 40
    data = json.loads(render_json(result))
    assert data["systems"][0]["items"][0]["id"] == "t1"
    table = render_markdown(result)
    assert table.count("\n| ") == 4  # header + three systems


# --- peers ---------------------------------------------------------------------------------


def test_peers_rank_a_tiny_arabic_cluster() -> None:
    pytest.importorskip("sumy")
    pytest.importorskip("lexrank")
    pytest.importorskip("summa")
    from khulasa.evaluation.peers import PEERS, PeerSystem

    item = build_input(ITEM)
    n = len(item.candidates)
    for name in PEERS:
        output = PeerSystem(name).run(item, 25)[0]
        assert output, name
        assert set(output) <= {s.text for s in item.candidates}, name
        assert sorted(PEERS[name](item)) == list(range(n)), name


# --- CLI -----------------------------------------------------------------------------------


def test_eval_cli_on_tiny_jsonl(tmp_path: Path) -> None:
    data = tmp_path / "tiny.jsonl"
    data.write_text(
        "\n".join(
            json.dumps({"id": i.id, "documents": list(i.documents), "summaries": list(i.summaries)}, ensure_ascii=False)
            for i in (ITEM, Item("t2", CLUSTER[::-1], REFERENCES))
        )
        + "\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    out = tmp_path / "r.json"
    result = runner.invoke(
        app,
        [
            "eval",
            "--data",
            str(data),
            "--systems",
            "khulasa,lead,oracle",
            "--format",
            "json",
            "--out",
            str(out),
            "--words",
            "30",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["words"] == 30 and [s["name"] for s in report["systems"]] == ["khulasa", "lead", "oracle"]
    result = runner.invoke(app, ["eval", "--data", str(data), "--systems", "lead"])
    assert result.exit_code == 0
    assert "| lead |" in result.stdout and "250 words" in result.stdout  # every item has 3 documents
    result = runner.invoke(app, ["eval", "--data", str(data), "--systems", "nonsense"])
    assert result.exit_code != 0 and "unknown system" in result.output


def test_eval_cli_skips_a_bad_record_and_scores_the_rest(tmp_path: Path) -> None:
    """One bad record never stops a run: eval warns (file, line, problem), scores the rest the same."""
    lines = [
        json.dumps({"id": i.id, "documents": list(i.documents), "summaries": list(i.summaries)}, ensure_ascii=False)
        for i in (ITEM, Item("t2", CLUSTER[::-1], REFERENCES))
    ]
    good, mixed = tmp_path / "good.jsonl", tmp_path / "ev.jsonl"
    good.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mixed.write_text(f'{lines[0]}\n{{"id": "b", "documents": "oops", "summaries": ["s"]}}\n{lines[1]}\n', "utf-8")
    runner = CliRunner()
    args = ["--systems", "khulasa,lead", "--format", "json", "--words", "30"]
    clean = runner.invoke(app, ["eval", "--data", str(good), *args])
    result = runner.invoke(app, ["eval", "--data", str(mixed), *args])
    assert result.exit_code == 0, result.output
    assert f"{mixed}:2: field 'documents' must be a non-empty list of strings" in result.stderr
    assert "skipped 1 bad record" in result.stderr and "scored the other 2" in result.stderr
    report, expected = json.loads(result.stdout), json.loads(clean.stdout)
    assert report["items"] == 2 and len(report["skipped"]) == 1 and "skipped" not in expected
    for system, same in zip(report["systems"], expected["systems"], strict=True):
        assert system["means"] == same["means"] and system["ci95"] == same["ci95"]
    with pytest.raises(InputError, match=r"ev\.jsonl:2: field 'documents'"):  # the benchmarks' way
        run_eval(mixed, systems="lead", words=30, strict=True)
    only_bad = tmp_path / "bad.jsonl"
    only_bad.write_text('{"id": "b", "documents": "oops", "summaries": ["s"]}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", "--data", str(only_bad), "--systems", "lead"])
    assert result.exit_code == 2 and "no usable item" in result.stderr and result.stdout == ""


def test_eval_cli_chart(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    data = tmp_path / "tiny.jsonl"
    data.write_text(
        json.dumps({"id": "a", "documents": list(CLUSTER), "summaries": list(REFERENCES)}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    chart = tmp_path / "c.png"
    result = CliRunner().invoke(app, ["eval", "--data", str(data), "--systems", "lead,random", "--chart", str(chart)])
    assert result.exit_code == 0, result.output
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# --- floor gate ----------------------------------------------------------------------------


def test_eval_floor_gate_fails_on_drop_and_data_change(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    gate = importlib.import_module("check_floor")
    floor = {"sha256": "abc", "systems": {"khulasa": {"rouge2_recall": 0.20}}}
    current = {"file": "d.jsonl", "sha256": "abc", "systems": {"khulasa": {"rouge2_recall": 0.198}}}
    assert gate.compare(floor, current, 0.005) == []
    current["systems"]["khulasa"]["rouge2_recall"] = 0.19
    assert "khulasa ROUGE-2 recall 19.00 < floor 20.00" in gate.compare(floor, current, 0.005)[0]
    assert "data changed" in gate.compare(floor, {**current, "sha256": "other"}, 0.005)[0]


@pytest.mark.parametrize("indent", [2, None])
def test_eval_data_written_as_one_json_list_says_so(tmp_path: Path, indent: int | None) -> None:
    """Before: an indented JSON list was "no usable item, all 21 records are bad: …:1: malformed
    JSON …", a complaint about each of its lines."""
    data = tmp_path / "items.json"
    data.write_text(
        json.dumps([{"id": "t1", "documents": list(CLUSTER), "summaries": list(REFERENCES)}], indent=indent)
    )
    with pytest.raises(InputError, match=r"items\.json: this is one JSON list of items, and eval reads JSON lines"):
        run_eval(data, systems="lead")


def test_datasets_a_line_of_another_encoding_is_one_skipped_item(tmp_path: Path) -> None:
    """One line saved in Windows-1256 in a UTF-8 data file. Before: the whole file was refused
    ("cannot read as UTF-8 text ('utf-8' codec can't decode byte 0xe6 in position 250: ...)")."""
    lines = [
        json.dumps(
            {"id": k, "documents": ["قال الرئيس إن القمة ناجحة."], "summaries": ["القمة ناجحة."]}, ensure_ascii=False
        )
        for k in ("a", "b", "c")
    ]
    path = tmp_path / "items.jsonl"
    path.write_bytes(b"\n".join([lines[0].encode("utf-8"), lines[1].encode("cp1256"), lines[2].encode("utf-8")]))
    skipped: list[str] = []
    assert [i.id for i in read_items(path, skipped=skipped)] == ["a", "c"]
    assert skipped == [f"{path}:2: not UTF-8 (byte 28); save the file as UTF-8"]
    with pytest.raises(InputError, match=r"items.jsonl:2: not UTF-8 \(byte 28\)"):
        read_items(path)
    with pytest.raises(InputError, match="cannot read file"):
        read_items(tmp_path)
