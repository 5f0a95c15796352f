"""Command-line interface: thin typer commands that parse options and call the library.

This is the only module that prints. User mistakes (:class:`KhulasaError`) become one line on
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, cast

import typer
from rich.console import Console
from rich.markup import escape

from khulasa.errors import (
    Interrupted,
    KhulasaError,
    interrupted,
    not_either,
    not_one_of,
    out_of_memory,
    usage_error,
)
from khulasa.text.safe_text import terminal_text

if TYPE_CHECKING:
    from khulasa.desk.desk import Desk
    from khulasa.io import LoadResult
    from khulasa.types import Document

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="khulasa (خلاصة): attributed, non-redundant summaries of Arabic news clusters.",
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    if value:
        from khulasa import __version__

        print(f"khulasa {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """khulasa (خلاصة): attributed, non-redundant summaries of Arabic news clusters."""


err = Console(stderr=True, highlight=False, soft_wrap=True)

F = TypeVar("F", bound=Callable[..., Any])


def user_errors(func: F) -> F:
    """Turn KhulasaError into a one-line message and a non-zero exit."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KhulasaError as exc:
            err.print(f"[bold red]error:[/] {escape(terminal_text(str(exc)))}", markup=True, highlight=False)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err.print(interrupted())
            raise typer.Exit(Interrupted.exit_code) from None
        except MemoryError:
            err.print(f"[bold red]error:[/] {out_of_memory()}", markup=True, highlight=False)
            raise typer.Exit(KhulasaError.exit_code) from None

    return wrapper  # type: ignore[return-value]


def warn(message: str) -> None:
    """Print a warning on standard error."""
    err.print(f"[yellow]warning:[/] {escape(terminal_text(message))}", markup=True, highlight=False)


# A load prints at most this many warnings, then how many more there were (one file lists at most
# khulasa.records.MAX_PROBLEMS of its own).
MAX_WARNINGS = 200


def warn_all(messages: Sequence[str]) -> None:
    """Print the first :data:`MAX_WARNINGS` of ``messages`` and one line for the rest."""
    from khulasa.errors import more_warnings

    for message in messages[:MAX_WARNINGS]:
        warn(message)
    if len(messages) > MAX_WARNINGS:
        warn(more_warnings(len(messages) - MAX_WARNINGS))


def write_output(text: str, out: Path | None) -> None:
    """Write to stdout or to the file ``out`` (its folder made if needed); a failure is one line."""
    from khulasa.errors import output_error

    text = text if text.endswith("\n") or not text else text + "\n"  # no lines (JSON lines of none): empty
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise output_error(out, error) from None


def _load_inputs(paths: Sequence[str], exclude: Path | None = None) -> LoadResult:
    """The command's articles (:func:`khulasa.io.load_documents`). ``-`` typed at a terminal
    first says how to end the text: nothing else would show that khulasa is waiting for it."""
    from khulasa.errors import reading_terminal
    from khulasa.io import STDIN, load_documents

    if STDIN in paths and _is_terminal(sys.stdin):
        err.print(reading_terminal(), highlight=False, markup=False)
    return load_documents(paths, stdin=sys.stdin, exclude=exclude)


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no stream, or a closed one
        return False


PathsArg = Annotated[
    list[str],
    typer.Argument(help="Article files, folders, or - for standard input.", show_default=False),
]

# --- commands -------------------------------------------------------------------------------
# Each command lives in its own section; keep logic in the library module it calls.

# [summarize]


@app.command()
@user_errors
def summarize(
    paths: PathsArg,
    words: Annotated[int | None, typer.Option("--words", "-w", help="Budget in words (default 100).")] = None,
    sentences: Annotated[int | None, typer.Option("--sentences", "-s", help="Budget in sentences.")] = None,
    chars: Annotated[int | None, typer.Option("--chars", "-c", help="Budget in characters.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, markdown or json.")] = "text",
    method: Annotated[str, typer.Option(help="Selection: ilp, greedy, mmr or lead.")] = "ilp",
    order: Annotated[str, typer.Option(help="Order: position, time or selection.")] = "position",
    paraphrases: Annotated[
        bool,
        typer.Option(
            "--paraphrases", help="Also name the outlets that state each sentence in other words (markdown: ≈[n])."
        ),
    ] = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Summarize a cluster of articles about one story."""
    from khulasa.config import Method, Order, Settings
    from khulasa.render import FORMATS, render
    from khulasa.summarizer.pipeline import summarize as run

    if fmt not in FORMATS:
        raise typer.BadParameter(not_one_of(fmt, FORMATS), param_hint="--format")
    settings = Settings(method=cast(Method, method), order=cast(Order, order), paraphrases=paraphrases).with_budget(
        words=words, sentences=sentences, chars=chars
    )
    if fmt == "text":
        _refuse_text_in_input_folder(paths, out)
    loaded = _load_inputs(paths, exclude=out)
    warn_all(loaded.warnings)
    if order == "time":
        _warn_undated(loaded.documents)
    _warn_several_stories(loaded.documents, paths)
    summary = run(loaded.documents, settings=settings)
    write_output(render(summary, fmt), out)


def _warn_several_stories(documents: Sequence[Document], paths: Sequence[str]) -> None:
    """Articles that read as two or more stories (a mixed feed, two events in one folder): a summary
    or comparison mixes them. Say how they split, and give the ``khulasa group`` command for ``paths``."""
    from khulasa.errors import several_stories
    from khulasa.stories.several import story_split

    split = story_split(documents)
    if split is not None:
        warn(several_stories(split.articles, split.stories, paths=[str(p) for p in paths]))


def _warn_undated(documents: Sequence[Document], message: Callable[[int, int], str] | None = None) -> None:
    """``--order time`` with articles whose publication time does not read: they come after the
    dated ones, in reading order; with none dated, the order is simply the reading order. Say so
    (or, with ``message``, what another option does with them: ``group --window-days``)."""
    from khulasa.errors import order_time_undated
    from khulasa.text.published import count_undated

    undated = count_undated(documents)
    if undated:
        warn((message or order_time_undated)(undated, len(documents)))


def _refuse_text_in_input_folder(paths: Sequence[str], out: Path | None) -> None:
    """A text summary (``-o`` or standard output) written into a folder this run reads is an error:
    unlike Markdown and JSON it carries no mark, so the next run would take it for an outlet."""
    from khulasa.errors import InputError, text_output_in_input_folder
    from khulasa.io import folder_read_by

    folder = folder_read_by(paths, out, sys.stdout)
    if folder is not None:
        raise InputError(text_output_in_input_folder(out or "standard output", folder))


@app.command()
@user_errors
def demo(
    words: Annotated[int, typer.Option("--words", "-w", help="Budget in words.")] = 100,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, markdown or json.")] = "markdown",
    paraphrases: Annotated[bool, typer.Option("--paraphrases", help="As in summarize.")] = False,
) -> None:
    """Summarize the bundled demo cluster (five outlets on the 2019 Putin–Kim summit)."""
    from khulasa.demo import demo_records_path

    summarize(
        [str(demo_records_path())],
        words=words,
        sentences=None,
        chars=None,
        fmt=fmt,
        method="ilp",
        order="position",
        paraphrases=paraphrases,
        out=None,
    )


# [eval]


@app.command("eval")
@user_errors
def evaluate(
    data: Annotated[Path, typer.Option("--data", "-d", help="JSONL of {id, documents, summaries} items.")],
    words: Annotated[
        int | None,
        typer.Option(
            "--words",
            "-w",
            min=1,
            help="Word budget for every system (default: 250 if every item has 2+ documents, else 100).",
        ),
    ] = None,
    systems: Annotated[
        str,
        typer.Option(
            help="Comma-separated: khulasa, lead, lead-body, random, oracle, khulasa-cut, lead-whole, "
            "oracle-whole, a peer, 'peers', 'all', or a khulasa variant name=key:value;key:value."
        ),
    ] = "all",
    fmt: Annotated[str, typer.Option("--format", "-f", help="markdown or json.")] = "markdown",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    chart: Annotated[Path | None, typer.Option(help="Also write a PNG chart of ROUGE-2 recall.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap confidence intervals.")] = 0,
    stem: Annotated[bool, typer.Option(help="Stem tokens before ROUGE matching.")] = False,
    multi: Annotated[str, typer.Option(help="Combine references by their mean or max.")] = "mean",
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N items.")] = None,
    facts: Annotated[
        Path | None,
        typer.Option(
            help="Key-facts JSON (benchmarks/facts): also score facts stated, restating sentences, "
            "unfinished lines, junk, repeats and dangling openers at 60, 100 and 150 words."
        ),
    ] = None,
) -> None:
    """Score khulasa, baselines and peer summarizers against reference summaries (ROUGE, key facts)."""
    from khulasa.errors import skipped_items
    from khulasa.evaluation import render_json, render_markdown, run, write_chart

    if fmt not in ("markdown", "json"):
        raise typer.BadParameter(not_either(fmt, "markdown", "json"), param_hint="--format")
    if multi not in ("mean", "max"):
        raise typer.BadParameter(not_either(multi, "mean", "max"), param_hint="--multi")
    with err.status("evaluating", spinner="dots") as status:
        result = run(
            data,
            words=words,
            systems=systems,
            stem=stem,
            multi=multi,  # type: ignore[arg-type]
            seed=seed,
            limit=limit,
            facts=facts,
            progress=lambda msg: status.update(f"evaluating {msg}"),
        )
    warn_all(result.skipped)
    write_output(render_markdown(result) if fmt == "markdown" else render_json(result), out)
    if result.skipped:  # the last line: how many were skipped
        warn(skipped_items(data, len(result.skipped), result.items))
    if chart is not None:
        err.print(f"chart: {write_chart(result, chart)}")


# [compare]


@app.command()
@user_errors
def compare(
    paths: PathsArg,
    fmt: Annotated[str, typer.Option("--format", "-f", help="markdown, html or json.")] = "markdown",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    embeddings: Annotated[
        float,
        typer.Option(
            help="Also link paraphrases whose sentence embeddings reach this cosine (0 = off; "
            "needs the embeddings extra)."
        ),
    ] = 0.0,
) -> None:
    """Compare the outlets (two or more): what most agree on, what only one adds, where their figures differ."""
    from khulasa.analysis.compare import CompareSettings
    from khulasa.analysis.compare import compare as run
    from khulasa.analysis.render_compare import FORMATS, render_comparison

    if fmt not in FORMATS:
        raise typer.BadParameter(not_one_of(fmt, FORMATS), param_hint="--format")
    settings = CompareSettings(embeddings=embeddings)  # a wrong value is one line before any input is read
    loaded = _load_inputs(paths, exclude=out)
    warn_all(loaded.warnings)
    _warn_several_stories(loaded.documents, paths)
    comparison = run(loaded.documents, settings)
    if len(comparison.outlets) < 2:  # before: «لا شيء» under every heading, and no word why
        from khulasa.errors import compare_one_outlet

        warn(compare_one_outlet(comparison.outlets))
    write_output(render_comparison(comparison, fmt), out)


# [serve]


@app.command()
@user_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=0, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(help="Server processes.", min=1)] = 1,
) -> None:
    """Serve the HTTP API and the Arabic web page (limits from KHULASA_MAX_* variables)."""
    try:
        import uvicorn  # noqa: F401  (checked here: the server module may be imported already)

        from khulasa.service import Limits
        from khulasa.service.server import run
    except ImportError:
        from khulasa.errors import MissingExtraError

        raise MissingExtraError("khulasa serve", "server") from None
    Limits.from_env()  # a bad KHULASA_* variable fails here, once, not in every worker
    _check_desk_url()
    _check_address(host, port)
    err.print(f"khulasa: serving on http://{host}:{port}/ (Ctrl+C stops)")
    run(host, port, workers)


def _check_close_after(hours: float) -> None:
    """``--close-after-hours`` from 0.01 up and finite. Before: nan was refused as "not >= 0.01" and inf
    accepted (stories that never close by time)."""
    import math

    from khulasa.errors import SettingsError, close_after_hours_not_valid

    if not (hours >= 0.01 and math.isfinite(hours)):
        raise SettingsError(close_after_hours_not_valid(hours))


def _check_desk_url() -> None:
    """A $KHULASA_DB that is no database URL (mysql://x) is one line and exit 2 at start-up, not a
    503 on the first desk request. Only its form is checked: the database is opened per request."""
    from khulasa.desk.store import given_as, parse_url, resolve_url

    parse_url(resolve_url(None), given_as(None))


def _check_address(host: str, port: int) -> None:
    """A port in use or a host this machine does not have is one line and exit 2, before
    "serving on" is printed (uvicorn would print that line, then its own error, and exit 3)."""
    import socket

    from khulasa.errors import InputError, cannot_listen, os_reason

    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.create_server((host, port), family=family):
            pass
    except OSError as error:  # socket.gaierror (an unknown host) is one too
        reason = os_reason(error).split(" (while attempting")[0]  # Python adds the address we name
        raise InputError(cannot_listen(host, port, reason)) from None


# [group]


@app.command("group")
@user_errors
def group_command(
    paths: PathsArg,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (a story per line) or json.")] = "jsonl",
    summarize_stories: Annotated[bool, typer.Option("--summarize", help="Also summarize each story.")] = False,
    words: Annotated[
        int | None,
        typer.Option("--words", "-w", min=1, help="Summary budget in words, with --summarize (default: 100)."),
    ] = None,
    threshold: Annotated[float, typer.Option(help="Average-link cosine for two groups to merge.")] = 0.04,
    window: Annotated[
        float | None, typer.Option("--window-days", help="Link only articles this close in publication time.")
    ] = None,
    embeddings: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=1.0,
            help="Share of the similarity given to "
            "Universal Sentence Encoder cosines (needs the embeddings "
            "extra; 0 = off).",
        ),
    ] = 0.0,
) -> None:
    """Group a mixed feed of articles into stories, each with a short headline."""
    import json

    from khulasa.config import GroupSettings
    from khulasa.errors import SettingsError, window_days_not_positive, window_days_undated, words_without_summarize
    from khulasa.stories.group import group_documents, story_records

    if fmt not in ("jsonl", "json"):
        raise typer.BadParameter(not_either(fmt, "jsonl", "json"), param_hint="--format")
    if window is not None and not window > 0:
        raise SettingsError(window_days_not_positive(window))
    if words is not None and not summarize_stories:
        raise SettingsError(words_without_summarize(words))
    # Wrong values are one line before any input is read (a large feed is not read in vain).
    settings = GroupSettings().updated(threshold=threshold, time_window_days=window, embeddings=embeddings)
    loaded = _load_inputs(paths, exclude=out)
    warn_all(loaded.warnings)
    if window is not None:
        _warn_undated(loaded.documents, window_days_undated)
    stories = group_documents(loaded.documents, settings)
    records = story_records(stories, loaded.documents, words=(words or 100) if summarize_stories else None)
    from khulasa.text.safe_text import json_for_terminal

    if fmt == "json":
        text = json_for_terminal(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        text = "\n".join(json_for_terminal(json.dumps(r, ensure_ascii=False)) for r in records)
    write_output(text, out)
    err.print(f"{len(loaded.documents)} articles -> {len(stories)} stories")


# [batch]


@app.command("batch")
@user_errors
def batch_command(
    input_path: Annotated[
        Path,
        typer.Argument(
            metavar="IN.jsonl",
            help="Clusters {id, documents}, one per line (with --group: articles).",
            show_default=False,
        ),
    ],
    output_path: Annotated[
        Path, typer.Argument(metavar="OUT.jsonl", help="Results, one per line; rerun to resume.", show_default=False)
    ],
    group: Annotated[bool, typer.Option("--group", help="IN is a feed: group it into stories first.")] = False,
    words: Annotated[int, typer.Option("--words", "-w", min=1, help="Summary budget in words.")] = 100,
    workers: Annotated[int | None, typer.Option(min=1, help="Local Dask worker processes.")] = None,
    scheduler: Annotated[str | None, typer.Option(help="Use this Dask scheduler (tcp://host:port).")] = None,
    time_limit: Annotated[
        float | None,
        typer.Option("--time-limit", help="Seconds one cluster may take; a slower one is written with an error."),
    ] = None,
) -> None:
    """Summarize many clusters on Dask; interrupted, it resumes without losing or repeating any."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from khulasa.batch import check_batch, require_dask, run_batch
    from khulasa.errors import batch_interrupted

    require_dask()  # the one-line install hint, before any progress bar
    # so are wrong paths and a scheduler address nothing listens on
    check_batch(
        input_path, output_path, group=group, words=words, workers=workers, time_limit=time_limit, scheduler=scheduler
    )
    columns = ("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("grouping" if group else "summarizing", total=None)

        def on_progress(done: int, total: int) -> None:
            progress.update(task, description="summarizing", completed=done, total=total)

        try:
            report = run_batch(
                input_path,
                output_path,
                group=group,
                words=words,
                workers=workers,
                scheduler=scheduler,
                on_progress=on_progress,
                time_limit=time_limit,
            )
        except KeyboardInterrupt:  # every line in OUT is complete: a rerun skips them
            raise Interrupted(batch_interrupted(output_path)) from None
    err.print(
        f"{report.written} written, {report.failed} with errors, {report.skipped} already done, "
        f"{report.malformed + report.crashed} problems in {report.errors}"
    )


# [desk]

desk_app = typer.Typer(
    no_args_is_help=True,
    help="A live news desk: articles in as they arrive, stories and "
    "summaries kept current in a database (SQLite by default, or PostgreSQL).",
)
app.add_typer(desk_app, name="desk")
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="URL",
        help="Database URL: sqlite:///path (default "
        "./khulasa-desk.sqlite or $KHULASA_DB) or postgresql://user:pw@host/db.",
        show_default=False,
    ),
]


@desk_app.command("ingest")
@user_errors
def desk_ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Article files, folders, JSONL, RSS/Atom feeds, or - for standard input.", show_default=False
        ),
    ],
    db: DbOption = None,
    no_summaries: Annotated[
        bool,
        typer.Option(
            "--no-summaries", help="Do not summarize changed stories now: they are summarized when next read."
        ),
    ] = False,
    _summaries: Annotated[
        bool, typer.Option("--summaries", hidden=True, help="The default: summarize changed stories now.")
    ] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, metavar="N", help="Articles per transaction.")
    ] = 500,
    close_after: Annotated[
        float,
        typer.Option(
            "--close-after-hours",
            metavar="HOURS",
            help="A story with nothing new for this long (desk time; 0.01 or more) closes: "
            "later articles start a new one.",
        ),
    ] = 48.0,
    max_open: Annotated[
        int,
        typer.Option(
            "--max-open-articles",
            min=1,
            metavar="N",
            help="Past this many articles in open stories, the least recently active stories close "
            "(what keeps an undated bulk load fast).",
        ),
    ] = 3000,
    window: Annotated[
        float,
        typer.Option(
            "--window-days",
            min=0.0,
            metavar="DAYS",
            help="An article joins a story only within this many days of its dated articles "
            "(publication times; undated articles are near any); 0: no window.",
        ),
    ] = 3.0,
) -> None:
    """Add articles to the desk: each joins an open story or starts one; rerun-safe."""
    from dataclasses import replace

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from khulasa.desk.desk import Desk
    from khulasa.desk.ingest import DeskSettings
    from khulasa.errors import ids_taken, ingest_interrupted

    _check_close_after(close_after)
    if not (window >= 0 and window != float("inf")):  # inf passes typer's min (nan and below 0 do not)
        from khulasa.errors import SettingsError, desk_window_days_not_valid

        raise SettingsError(desk_window_days_not_valid(window))
    loaded = _load_inputs(paths)
    warn_all(loaded.warnings)
    docs = loaded.documents
    settings = replace(
        DeskSettings(),
        batch_size=batch_size,
        close_after_hours=close_after,
        max_open_articles=max_open,
        time_window_days=window or None,
    )
    with Desk(db, settings) as desk:
        columns = ("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        _upgrade_features(desk, columns)
        # A bar only when there is more than one batch: a short ingest prints just its summary line.
        with Progress(*columns, console=err, transient=True, disable=len(docs) <= batch_size) as progress:
            task = progress.add_task("ingesting", total=len(docs))
            handled = [0]

            def advance(done: int) -> None:
                handled[0] = done
                progress.update(task, completed=done)

            try:
                report = desk.ingest(docs, summaries=not no_summaries, progress=advance)
            except KeyboardInterrupt:  # each batch is one transaction: the finished ones are stored
                raise Interrupted(ingest_interrupted(handled[0], len(docs))) from None
    merges = f", {len(report.merges)} merges" if report.merges else ""
    if report.renamed:
        warn(ids_taken(report.renamed))
    renamed = f", {len(report.renamed)} under a new id" if report.renamed else ""
    err.print(
        f"{report.stored} stored ({report.copies} copies{renamed}), {report.duplicates} already in the desk; "
        f"{report.new_stories} new stories, {report.joined} joined open stories{merges}"
    )


def _upgrade_features(desk: Desk, columns: tuple[Any, ...]) -> None:
    """An older khulasa's desk: its stored grouping features recomputed before the ingest, with a
    bar (nothing shown when the desk is current)."""
    from rich.progress import Progress

    from khulasa.errors import features_rebuild_interrupted

    progress = Progress(*columns, console=err, transient=True)
    task = None
    handled = [0, 0]

    def advance(done: int, total: int) -> None:
        nonlocal task
        handled[:] = [done, total]
        if task is None and total == 0:  # a new desk: no article to recompute, no bar
            return
        if task is None:  # there is work: the bar shows from here on
            progress.start()
            task = progress.add_task("recomputing the desk's grouping features", total=total)
        progress.update(task, completed=done, total=total)

    try:
        desk.upgrade_features(progress=advance)
    except KeyboardInterrupt:  # each chunk is one transaction: the finished ones are kept
        raise Interrupted(features_rebuild_interrupted(*handled)) from None
    finally:
        if task is not None:  # a bar never started, stopped, would print an empty line
            progress.stop()


def _since(value: str | None) -> float | None:
    """``--since``: an ISO-8601 time, or an age such as 30m, 2h, 1d."""
    import time

    from khulasa.errors import SettingsError, bad_since
    from khulasa.text.published import since_timestamp

    if value is None:
        return None
    moment = since_timestamp(value, time.time())
    if moment is None:
        raise SettingsError(bad_since(value))
    return moment


def _read_only_url(db: str | None) -> str:
    """``--db`` of a command that only reads the desk: a SQLite file that does not exist (a
    mistyped path, another folder) is an error rather than a new, empty desk."""
    from khulasa.desk.store import existing_sqlite, given_as, parse_url, resolve_url

    url = resolve_url(db)
    existing_sqlite(parse_url(url, given_as(db)))
    return url


@desk_app.command("stories")
@user_errors
def desk_stories(
    db: DbOption = None,
    since: Annotated[
        str | None,
        typer.Option(
            help="Only stories with news since this time or age (2h, 1d): the event time of their latest article."
        ),
    ] = None,
    top: Annotated[
        bool, typer.Option("--top", help="Rank by recent growth (last hour against the story's own earlier rate).")
    ] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many stories.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, markdown or json (one story per line).")] = "text",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """List the desk's stories, newest first (or --top)."""
    from khulasa.desk.desk import Desk
    from khulasa.desk.render import FORMATS, render_stories

    if fmt not in FORMATS:
        raise typer.BadParameter(not_one_of(fmt, FORMATS), param_hint="--format")
    after = _since(since)
    with Desk(_read_only_url(db)) as desk:
        views = desk.stories(since=after, top=top, limit=limit)
    write_output(render_stories(views, fmt, since=since is not None), out)


@desk_app.command("story")
@user_errors
def desk_story(
    story_id: Annotated[str, typer.Argument(metavar="ID", help="A story id (from desk stories).", show_default=False)],
    db: DbOption = None,
    new_since: Annotated[
        int | None,
        typer.Option(
            "--new-since",
            min=1,
            help="Mark what is new since this summary version, and the details added to what it said "
            "(with the id of a story merged into another: a version of that story).",
        ),
    ] = None,
    version: Annotated[int | None, typer.Option(min=1, help="Show this summary version (default: latest).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, markdown or json.")] = "text",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """One story: its summary, what is new since an earlier version, and its figures over time."""
    from khulasa.desk.desk import Desk
    from khulasa.desk.render import FORMATS, render_story

    if fmt not in FORMATS:
        raise typer.BadParameter(not_one_of(fmt, FORMATS), param_hint="--format")
    with Desk(_read_only_url(db)) as desk:
        view = desk.story(story_id, version=version)
        # an old id (a story merged into this one): what is new since that story's version
        changes = None if new_since is None else desk.changes_since(view, new_since, story=story_id)
        absorbed = desk.absorbed([view.id])[view.id]
    shown = render_story(view, fmt, changes=changes, since=new_since, since_story=story_id, absorbed=absorbed)
    write_output(shown, out)


# Click's exception classes, from the click that typer runs on (its own copy in recent typer):
# BadParameter is a UsageError, a UsageError a ClickException.
_UsageError: type[Exception] = typer.BadParameter.__bases__[0]
_ClickException: type[Exception] = _UsageError.__bases__[0]

# The collector's first threshold for a run of the command (Python's default is 700). Reading a
# cluster makes millions of small objects (tokens, figures, claims) and keeps most of them in
# caches: at 700 the collector ran some 900 times on 1,000 articles, 6 of them over the whole
# grown heap, a tenth of the run. At 10,000 it runs about 60 times and never over the whole heap
# there; cycles are still collected, so memory stays bounded (the same peak on that run).
_GC_THRESHOLD = 10_000


def main() -> None:
    """Entry point of the ``khulasa`` command. Click's usage errors (an unknown choice, a number that
    is none, a missing argument) are one ``error:`` line, as our own, with the hint to ``--help``
    and exit 2: click's ``standalone_mode=False`` hands them to us instead of printing a panel."""
    gc.set_threshold(_GC_THRESHOLD, *gc.get_threshold()[1:])
    try:
        code = app(standalone_mode=False)
    except _ClickException as exc:
        sys.exit(_click_error(exc))
    except typer.Abort:
        err.print(interrupted())
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


def _click_error(exc: Exception) -> int:
    """Print a click error as one line (a usage error with the hint to its command's ``--help``);
    its exit code."""
    code = int(getattr(exc, "exit_code", 2))
    if type(exc).__name__ == "NoArgsIsHelpError":  # the command's help, printed already
        return code
    message = str(getattr(exc, "format_message", exc.__str__)())
    if isinstance(exc, _UsageError):
        ctx = getattr(exc, "ctx", None)
        message = usage_error(message, ctx.command_path if ctx is not None else "khulasa")
    err.print(f"[bold red]error:[/] {escape(terminal_text(message))}", markup=True, highlight=False)
    return code


if __name__ == "__main__":
    main()
