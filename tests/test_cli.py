"""End-to-end tests of the command line, run as a real subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from khulasa.text.compress import join_parts
from tests.conftest import DEMO

ARTICLE = "افتتح وزير الاقتصاد معرض التجارة الدولي في العاصمة صباح الثلاثاء بمشاركة مئتي شركة محلية وأجنبية."
SECOND = "ويستمر المعرض خمسة أيام ويضم أجنحة من اثنتي عشرة دولة عربية وأجنبية بحسب المنظمين."


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "khulasa", *args], capture_output=True, text=True, input=stdin, timeout=120
    )


def assert_user_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0]
    assert result.stdout == ""


def test_cli_summarize_demo_text():
    result = run("summarize", str(DEMO), "--words", "80")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines and sum(len(line.split()) for line in lines) <= 80


def test_cli_summarize_demo_json_offsets_round_trip():
    result = run("summarize", str(DEMO), "--format", "json", "--sentences", "3")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["sentences"]) == 3
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for sentence in data["sentences"]:
        for src in sentence["sources"]:
            assert src["doc"] in texts
        # A shortened sentence is several passages of one document, in order.
        doc = sentence["sources"][0]["doc"]
        passages = [(s["start"], s["end"]) for s in sentence["sources"] if s["doc"] == doc]
        assert join_parts(texts[doc], passages) == sentence["text"]
    assert {r["reason"] for r in data["removed"]} >= {"shortcode", "related-links", "back-to-top"}
    assert data["settings"]["sentences"] == 3
    assert [c["sentence"] for c in data["coverage"]] == [0, 1, 2]


def test_cli_summarize_markdown_cites_sources(tmp_path: Path):
    out = tmp_path / "out.md"
    result = run("summarize", str(DEMO), "--format", "markdown", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "## المصادر" in text and "[1]" in text


def test_cli_summarize_paraphrases_marked_in_markdown(tmp_path: Path):
    from tests.test_pipeline import REWORDED

    for doc in REWORDED:
        (tmp_path / f"{doc.id}.json").write_text(
            json.dumps({"id": doc.id, "source": doc.source, "text": doc.text}, ensure_ascii=False), encoding="utf-8"
        )
    plain = run("summarize", str(tmp_path), "--words", "60", "--format", "markdown")
    marked = run("summarize", str(tmp_path), "--words", "60", "--format", "markdown", "--paraphrases")
    assert plain.returncode == 0 and marked.returncode == 0, marked.stderr
    assert "≈" not in plain.stdout
    opening = next(line for line in marked.stdout.splitlines() if "أعلنت وزارة الصحة" in line)
    assert opening.endswith("[1] ≈[2] (1/3)")


def test_cli_summarize_stdin_jsonl():
    records = [{"id": f"a{i}", "text": t} for i, t in enumerate([ARTICLE, SECOND])]
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    result = run("summarize", "-", "--words", "40", stdin=lines)
    assert result.returncode == 0, result.stderr
    assert "معرض" in result.stdout


def test_cli_error_missing_path(tmp_path: Path):
    assert_user_error(run("summarize", str(tmp_path / "nope")), "nope")


def test_cli_error_empty_directory(tmp_path: Path):
    assert_user_error(run("summarize", str(tmp_path)), str(tmp_path))


def test_cli_error_binary_file(tmp_path: Path):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\x00\x00\x01\x02" * 20)
    assert_user_error(run("summarize", str(bad)), "photo.txt")


def test_cli_error_unsupported_extension(tmp_path: Path):
    bad = tmp_path / "article.docx"
    bad.write_text(ARTICLE, encoding="utf-8")
    assert_user_error(run("summarize", str(bad)), "article.docx")


def test_cli_error_malformed_json_names_line(tmp_path: Path):
    only = tmp_path / "only.jsonl"
    only.write_text("{broken\n", encoding="utf-8")
    assert_user_error(run("summarize", str(only)), "only.jsonl", "line 1")


@pytest.mark.parametrize("where", ["file", "stdin"])
def test_cli_broken_jsonl_line_is_a_warning_and_good_lines_are_summarized(tmp_path: Path, where: str):
    good = [json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False) for i, t in enumerate([ARTICLE, SECOND])]
    feed = f'{good[0]}\n{{"id": "cut", "text": "نص مقطوع\n{good[1]}\n'
    if where == "file":
        (tmp_path / "feed.jsonl").write_text(feed, encoding="utf-8")
        result = run("summarize", str(tmp_path / "feed.jsonl"), "--words", "60", "-f", "json")
        label = f"{tmp_path / 'feed.jsonl'} line 2"
    else:
        result = run("summarize", "-", "--words", "60", "-f", "json", stdin=feed)
        label = "standard input line 2"
    assert result.returncode == 0, result.stderr
    (warning,) = result.stderr.strip().splitlines()
    assert warning == (
        f"warning: {label}: malformed JSON at column 23 (Unterminated string starting here); "
        "fix or drop that line (JSONL needs one complete JSON record per line)"
    )
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["a0", "a1"]


def test_cli_documents_as_strings_and_text_beside_body(tmp_path: Path):
    path = tmp_path / "cluster.json"
    path.write_text(
        json.dumps({"documents": [ARTICLE, {"text": "", "body": SECOND}]}, ensure_ascii=False), encoding="utf-8"
    )
    result = run("summarize", str(path), "--words", "60", "-f", "json")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    documents = json.loads(result.stdout)["documents"]
    assert [(d["id"], d["text"]) for d in documents] == [("cluster-1", ARTICLE), ("cluster-2", SECOND)]


def test_cli_error_json_nested_100000_deep(tmp_path: Path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert_user_error(run("summarize", str(deep)), "deep.json: JSON nested too deeply")
    assert_user_error(run("summarize", "-", stdin=deep.read_text()), "standard input: JSON nested too deeply")


@pytest.mark.parametrize(
    ("target", "needle"),
    [
        ("folder", "is a folder; give a file name"),
        ("/dev/full", "the disk is full"),
        ("under-a-file", "part of the path is a file"),
    ],
)
def test_cli_error_unwritable_out(tmp_path: Path, target: str, needle: str):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE + "\n" + SECOND, encoding="utf-8")
    out = {"folder": str(tmp_path), "under-a-file": str(article / "summary.md")}.get(target, target)
    if target == "/dev/full" and not Path(target).exists():
        pytest.skip("no /dev/full here")
    assert_user_error(run("summarize", str(article), "-o", out), out, needle)


def test_cli_error_no_arabic(tmp_path: Path):
    bad = tmp_path / "english.txt"
    bad.write_text("The summit ended on Thursday after three hours of talks.", encoding="utf-8")
    assert_user_error(run("summarize", str(bad)), "english.txt", "Arabic")


def test_cli_error_everything_junk(tmp_path: Path):
    bad = tmp_path / "junk.txt"
    bad.write_text("مقالات ذات صلة\nزر الذهاب إلى الأعلى\nمشاركة :\n", encoding="utf-8")
    assert_user_error(run("summarize", str(bad)), "junk")


def test_cli_error_budget_too_small():
    assert_user_error(run("summarize", str(DEMO), "--words", "3"), "budget too small", "--words")


def test_cli_error_bad_format_and_two_budgets():
    result = run("summarize", str(DEMO), "--format", "pdf")
    assert result.returncode != 0 and "Traceback" not in result.stderr and "pdf" in result.stderr
    assert_user_error(run("summarize", str(DEMO), "--words", "50", "--sentences", "2"), "one budget")


def test_cli_mixed_folder_warns_and_summarizes_good_files(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE + "\n" + SECOND, encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "c.txt").write_text("English only text here.", encoding="utf-8")
    result = run("summarize", str(tmp_path), "--words", "40")
    assert result.returncode == 0, result.stderr
    assert "b.json" in result.stderr and "c.txt" in result.stderr and "warning" in result.stderr
    assert "معرض" in result.stdout


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_cli_summarize_is_deterministic(fmt: str):
    first = run("summarize", str(DEMO), "--format", fmt)
    second = run("summarize", str(DEMO), "--format", fmt)
    assert first.returncode == 0 and first.stdout == second.stdout


def test_cli_version():
    """Before: `khulasa --version` was "No such option: --version"."""
    import khulasa

    result = run("--version")
    assert result.returncode == 0 and result.stdout == f"khulasa {khulasa.__version__}\n"


def test_cli_text_summary_into_the_folder_it_reads_is_refused(tmp_path: Path):
    """Before: `summarize articles/ -o articles/summary.txt` (or `> articles/summary.txt`) wrote plain
    sentences the next run read as one more outlet. Text carries no mark: it is refused, one line."""
    import shutil

    folder = tmp_path / "articles"
    shutil.copytree(DEMO, folder)
    assert_user_error(run("summarize", str(folder), "-o", str(folder / "s.txt")), "a folder this command reads")
    assert not (folder / "s.txt").exists()
    with open(folder / "redirected.txt", "w", encoding="utf-8") as stdout:
        redirected = subprocess.run(
            [sys.executable, "-m", "khulasa", "summarize", str(folder)],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert redirected.returncode == 2 and "error: standard output: this text summary" in redirected.stderr
    elsewhere = run("summarize", str(folder), "-o", str(tmp_path / "s.txt"))
    assert elsewhere.returncode == 0 and (tmp_path / "s.txt").read_text(encoding="utf-8").strip()
    marked = run("summarize", str(folder), "-f", "markdown", "-o", str(folder / "s.md"))  # recognised: allowed
    assert marked.returncode == 0 and (folder / "s.md").exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["group", "--window-days", "-5"], "error: --window-days -5 must be a positive number of days"),
        (["group", "--window-days", "nan"], "error: --window-days nan must be a positive number of days"),
        (["group", "--threshold", "2"], "error: grouping threshold=2.0 must lie in (0, 1]"),
        (["compare", "--embeddings", "3"], "error: compare setting embeddings=3.0 must lie between 0 and 1"),
        # Before: --words without --summarize was ignored, and the stories came without summaries.
        (["group", "--words", "50"], "error: --words 50 is the budget of the stories' summaries; add --summarize"),
    ],
)
def test_cli_wrong_setting_is_one_line_before_any_input_is_read(tmp_path: Path, args: list[str], expected: str) -> None:
    """Before: group and compare read (and warned about) every input file, then refused the
    setting; --window-days was named "time_window_days=... (or None: no window)"."""
    from typer.testing import CliRunner

    from khulasa.cli import app
    from tests.conftest import one_line_error

    (tmp_path / "a.txt").write_text("وصل الوفد إلى المدينة صباح الأربعاء.\n", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")  # a file that would be warned about
    line = one_line_error(CliRunner().invoke(app, [args[0], str(tmp_path), *args[1:]]))
    assert line.startswith(expected), line


COMMANDS = [[], ["summarize"], ["demo"], ["eval"], ["compare"], ["serve"], ["group"], ["batch"], ["desk"]]
COMMANDS += [["desk", "ingest"], ["desk", "stories"], ["desk", "story"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "khulasa")
def test_cli_help_is_whole_in_an_80_column_terminal(command: list[str]) -> None:
    """Before: in 80 columns `desk ingest --help` cut its options' names and help short
    ("--close-after-hou…", "./khulasa-desk.sq…"): a new user could not read what to type."""
    from typer.testing import CliRunner

    from khulasa.cli import app

    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "80", "TERMINAL_WIDTH": "80"})
    assert result.exit_code == 0, result.output
    assert "…" not in result.output, result.output
    if command == ["desk", "ingest"]:
        assert "--close-after-hours" in result.output and "./khulasa-desk.sqlite" in result.output


def test_cli_desk_ingest_summaries_flags(tmp_path: Path) -> None:
    """--no-summaries leaves the story unsummarized until it is read; --summaries (the default)
    is still accepted."""
    import sqlite3

    from typer.testing import CliRunner

    from khulasa.cli import app

    for flag, summarized in (("--no-summaries", 0), ("--summaries", 1)):
        db = tmp_path / f"{flag.strip('-')}.sqlite"
        result = CliRunner().invoke(app, ["desk", "ingest", str(DEMO), flag, "--db", f"sqlite:///{db}"])
        assert result.exit_code == 0, result.output
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT COUNT(*) FROM summaries").fetchone()[0] == summarized


def test_cli_order_time_says_when_articles_have_no_date(tmp_path: Path) -> None:
    """Before: --order time on undated articles (plain text) silently kept their reading order."""
    from typer.testing import CliRunner

    from khulasa.cli import app

    records = [json.loads(line) for line in DEMO.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()]
    for k, record in enumerate(records):
        (tmp_path / f"{k}.txt").write_text(record["text"], encoding="utf-8")
    undated = CliRunner().invoke(app, ["summarize", str(tmp_path), "--order", "time", "-w", "40"])
    assert undated.exit_code == 0, undated.output
    assert (
        f"warning: --order time: none of the {len(records)} articles has a readable publication time" in undated.stderr
    )
    records[0].pop("published")
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    one = CliRunner().invoke(app, ["summarize", str(mixed), "--order", "time", "-w", "40"])
    assert f"warning: --order time: 1 of the {len(records)} articles have no readable" in one.stderr
    dated = CliRunner().invoke(app, ["summarize", str(DEMO.with_suffix(".jsonl")), "--order", "time", "-w", "40"])
    assert dated.exit_code == 0 and "warning" not in dated.stderr


@pytest.mark.parametrize(
    ("args", "needle", "command"),
    [
        (("summarize", "-f", "xml", str(DEMO)), "Invalid value for --format: 'xml'", "summarize"),
        (("summarize", "-w", "1e3", str(DEMO)), "Invalid value for '--words' / '-w'", "summarize"),
        (("summarize",), "Missing argument 'paths'", "summarize"),
        (("summarise", str(DEMO)), "No such command 'summarise'", ""),
        (("desk", "stories", "--top", "3"), "Got unexpected extra argument", "desk stories"),
    ],
)
def test_cli_usage_errors_are_one_line(args: tuple[str, ...], needle: str, command: str) -> None:
    """Before: click's usage errors were a boxed panel of several lines under the usage line."""
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "╭" not in result.stderr and "Usage:" not in result.stderr
    hint = f"(see '{' '.join(['python -m khulasa', command]).strip()} --help')"
    assert result.stderr.startswith(f"error: {needle}") and result.stderr.rstrip().endswith(hint)


def test_cli_help_and_bare_command_still_print_help() -> None:
    helped = run("summarize", "--help")
    assert helped.returncode == 0 and helped.stderr == "" and "Usage: python -m khulasa summarize" in helped.stdout
    bare = run()
    assert bare.returncode == 2 and "Usage: python -m khulasa" in bare.stdout and "error:" not in bare.stderr


def test_group_window_days_says_when_articles_carry_no_date(tmp_path: Path) -> None:
    """Before: --window-days on undated articles (plain text) was ignored without a word."""
    from typer.testing import CliRunner

    from khulasa.cli import app

    (tmp_path / "a.txt").write_text("وصل الوفد إلى المدينة صباح الأربعاء لبحث الأزمة.\n", encoding="utf-8")
    records = [
        {"id": "b", "text": "وصل الوفد إلى المدينة صباح الأربعاء لبحث الأزمة مع المسؤولين.", "published": "2024-05-01"}
    ]
    (tmp_path / "b.jsonl").write_text(json.dumps(records[0], ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["group", str(tmp_path / "a.txt"), "--window-days", "1"])
    assert result.exit_code == 0, result.output
    assert "warning: --window-days: none of the 1 articles has a readable publication time" in result.output
    result = CliRunner().invoke(app, ["group", str(tmp_path), "--window-days", "1"])
    assert "warning: --window-days: 1 of the 2 articles have no readable publication time" in result.output
    result = CliRunner().invoke(app, ["group", str(tmp_path / "b.jsonl"), "--window-days", "1"])
    assert "warning" not in result.output


def test_standard_input_at_a_terminal_says_how_to_end_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `khulasa summarize -` typed at a terminal waited without a word, as though it hung."""
    from khulasa import cli

    class Typed(io.StringIO):
        def __init__(self, text: str, terminal: bool) -> None:
            super().__init__(text)
            self.terminal = terminal

        def isatty(self) -> bool:
            return self.terminal

    article = "وصل الوفد إلى المدينة صباح الأربعاء لبحث الأزمة مع المسؤولين.\n"
    for terminal in (True, False):
        monkeypatch.setattr(sys, "stdin", Typed(article, terminal))
        loaded = cli._load_inputs(["-"])
        assert [d.text for d in loaded.documents] == [article]
        said = "reading the articles from standard input" in capsys.readouterr().err
        assert said == terminal


@pytest.mark.parametrize("command", ["summarize", "compare"])
def test_articles_of_several_stories_get_a_warning_one_story_none(tmp_path: Path, command: str) -> None:
    """Before: a mixed feed (or two events in one folder) was summarized as one story without a
    word, its sentences from unrelated events and their figures set against each other."""
    pytest.importorskip("datasketch")
    from typer.testing import CliRunner

    from khulasa.cli import app
    from tests.desk_feed import invented_stories

    docs, _ = invented_stories(2, 4, seed=3)
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in docs), encoding="utf-8")
    result = CliRunner().invoke(app, [command, str(mixed)])
    assert result.exit_code == 0, result.output
    assert "warning: these 8 articles read as 2 different stories (of 4, 4 articles)" in result.output
    # Before: "khulasa group FILES --summarize", the files left for the user to fill in.
    assert f"(khulasa group {mixed} --summarize)" in " ".join(result.output.split())
    one = CliRunner().invoke(app, [command, str(DEMO)])
    assert one.exit_code == 0 and "different stories" not in one.output


def test_compare_of_one_outlet_says_comparing_needs_two(tmp_path: Path) -> None:
    """Before: ``compare`` of a single article printed «لا شيء» under every heading, with no word that
    comparing needs articles from two outlets or more."""
    from typer.testing import CliRunner

    from khulasa.cli import app

    one = CliRunner().invoke(app, ["compare", str(sorted(DEMO.glob("*.txt"))[0])])
    assert one.exit_code == 0, one.output
    assert "so there is nothing to compare; compare needs articles from two outlets or more" in one.output
    several = CliRunner().invoke(app, ["compare", str(DEMO)])
    assert several.exit_code == 0 and "nothing to compare" not in several.output


@pytest.mark.parametrize("hours", ["nan", "inf", "0"])
def test_desk_close_after_hours_must_be_a_finite_number_of_hours(tmp_path: Path, hours: str) -> None:
    """Before: nan was refused as not "greater than or equal to 0.01", and inf accepted."""
    from typer.testing import CliRunner

    from khulasa.cli import app
    from tests.conftest import one_line_error

    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    result = CliRunner().invoke(app, ["desk", "ingest", str(DEMO), "--db", db, "--close-after-hours", hours])
    line = one_line_error(result)
    assert line.startswith(f"error: --close-after-hours {hours} must be a number of hours from 0.01 up"), line
    assert not (tmp_path / "desk.sqlite").exists()


def test_cli_compare_help_says_it_needs_two_outlets() -> None:
    """Before: the help did not say what the warning says after a run: comparing needs two outlets or more."""
    from typer.testing import CliRunner

    from khulasa.cli import app

    result = CliRunner().invoke(app, ["compare", "--help"], env={"COLUMNS": "80", "TERMINAL_WIDTH": "80"})
    assert "Compare the outlets (two or more)" in " ".join(result.output.split())


def test_cli_main_collects_garbage_less_often(monkeypatch):
    # main raises the collector's first threshold for the run (a cluster's millions of small,
    # long-kept objects made the default collect over and over); the other two stay as they were.
    import gc

    from khulasa import cli

    before = gc.get_threshold()
    monkeypatch.setattr(sys, "argv", ["khulasa", "--help"])
    try:
        with pytest.raises(SystemExit):
            cli.main()
        assert gc.get_threshold() == (cli._GC_THRESHOLD, *before[1:])
    finally:
        gc.set_threshold(*before)
