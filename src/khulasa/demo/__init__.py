"""The bundled demo cluster: five short Arabic "outlet" articles on the first Putin–Kim summit.

Written by the khulasa team (fictional outlets, real facts); see README.md in this folder.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

CLUSTER = "putin-kim-2019"


def demo_path() -> Path:
    """Folder holding the demo articles as ``.txt`` files (one per outlet)."""
    return Path(str(files(__name__).joinpath(CLUSTER)))


def demo_records_path() -> Path:
    """The same articles as a JSONL file of records with outlet, title, url and date."""
    return Path(str(files(__name__).joinpath(f"{CLUSTER}.jsonl")))
