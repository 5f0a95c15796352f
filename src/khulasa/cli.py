"""Command-line interface: thin typer commands that parse options and call the library.

This is the only module that prints. User mistakes (:class:`KhulasaError`) become one line on
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from khulasa.errors import KhulasaError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="khulasa (خلاصة): attributed, non-redundant summaries of Arabic news clusters.",
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
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
            err.print(f"[bold red]error:[/] {exc}", markup=True, highlight=False)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/] {message}", markup=True, highlight=False)


def write_output(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


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
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Summarize a cluster of articles about one story."""
    from khulasa.config import Settings
    from khulasa.io import load_documents
    from khulasa.pipeline import summarize as run
    from khulasa.render import FORMATS, render

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}; choose one of {', '.join(FORMATS)}", param_hint="--format")
    settings = Settings(method=method, order=order).with_budget(words=words, sentences=sentences, chars=chars)
    loaded = load_documents(paths, stdin=sys.stdin)
    for message in loaded.warnings:
        warn(message)
    summary = run(loaded.documents, settings=settings)
    write_output(render(summary, fmt), out)

@app.command()
@user_errors
def demo(
    words: Annotated[int, typer.Option("--words", "-w", help="Budget in words.")] = 100,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, markdown or json.")] = "markdown",
) -> None:
    """Summarize the bundled demo cluster (five outlets on the 2019 Putin–Kim summit)."""
    from khulasa.demo import demo_records_path

    summarize([str(demo_records_path())], words=words, sentences=None, chars=None, fmt=fmt,
              method="ilp", order="position", out=None)


# [eval]


@app.command("eval")
@user_errors
def evaluate(
    data: Annotated[Path, typer.Option("--data", "-d", help="JSONL of {id, documents, summaries} items.")],
    words: Annotated[
        int | None,
        typer.Option("--words", "-w", min=1,
                     help="Word budget for every system (default: 250 if every item has 2+ documents, else 100)."),
    ] = None,
    systems: Annotated[
        str,
        typer.Option(help="Comma-separated: khulasa, lead, lead-body, random, oracle, a peer, 'peers', 'all', "
                          "or a khulasa variant name=key:value;key:value."),
    ] = "all",
    fmt: Annotated[str, typer.Option("--format", "-f", help="markdown or json.")] = "markdown",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    chart: Annotated[Path | None, typer.Option(help="Also write a PNG chart of ROUGE-2 recall.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap confidence intervals.")] = 0,
    stem: Annotated[bool, typer.Option(help="Stem tokens before ROUGE matching.")] = False,
    multi: Annotated[str, typer.Option(help="Combine references by their mean or max.")] = "mean",
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N items.")] = None,
) -> None:
    """Score khulasa, baselines and peer summarizers against reference summaries (ROUGE)."""
    from khulasa.evaluation import render_json, render_markdown, run, write_chart

    if fmt not in ("markdown", "json"):
        raise typer.BadParameter(f"{fmt!r}; choose markdown or json", param_hint="--format")
    if multi not in ("mean", "max"):
        raise typer.BadParameter(f"{multi!r}; choose mean or max", param_hint="--multi")
    with err.status("evaluating", spinner="dots") as status:
        result = run(data, words=words, systems=systems, stem=stem, multi=multi,  # type: ignore[arg-type]
                     seed=seed, limit=limit, progress=lambda msg: status.update(f"evaluating {msg}"))
    write_output(render_markdown(result) if fmt == "markdown" else render_json(result), out)
    if chart is not None:
        err.print(f"chart: {write_chart(result, chart)}")

# [compare]

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
        import uvicorn

        from khulasa.service import Limits
    except ImportError:
        from khulasa.errors import MissingExtraError

        raise MissingExtraError("khulasa serve", "server") from None
    Limits.from_env()  # a bad KHULASA_* variable fails here, once, not in every worker
    err.print(f"khulasa: serving on http://{host}:{port}/ (Ctrl+C stops)")
    uvicorn.run("khulasa.service.app:create_app", factory=True, host=host, port=port, workers=workers,
                log_level="warning")

# [group]

# [batch]


def main() -> None:
    app()


if __name__ == "__main__":
    main()
