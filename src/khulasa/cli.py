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

# [eval]

# [compare]

# [serve]

# [group]

# [batch]


def main() -> None:
    app()


if __name__ == "__main__":
    main()
