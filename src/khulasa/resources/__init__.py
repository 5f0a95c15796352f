"""Packaged language resources (word lists and patterns), read as data files."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def read_resource(name: str) -> str:
    """Text of a file under ``khulasa/resources`` (``name`` like ``"ar/stopwords.txt"``)."""
    return files("khulasa.resources").joinpath(name).read_text(encoding="utf-8")


def load_word_list(name: str) -> list[str]:
    """Non-empty, non-comment lines of a resource file, stripped."""
    return [
        line.strip() for line in read_resource(name).splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
