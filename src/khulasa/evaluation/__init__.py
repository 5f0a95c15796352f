"""Evaluation against human references and peer summarizers (needs ``pip install 'khulasa[bench]'``).

>>> from khulasa.evaluation import render_markdown, run
>>> result = run("multiling2011-ar-dev.jsonl", systems="khulasa,lead,peers")  # doctest: +SKIP
>>> print(render_markdown(result))  # doctest: +SKIP
"""

from khulasa.evaluation.datasets import Item, default_words, read_items
from khulasa.evaluation.inputs import ItemInput, truncate
from khulasa.evaluation.report import render_json, render_markdown, write_chart
from khulasa.evaluation.rouge import Rouge, RougeScore, RougeTokenizer, bootstrap_ci
from khulasa.evaluation.runner import EvalResult, ItemResult, SystemResult, evaluate, run
from khulasa.evaluation.systems import (
    KhulasaSystem,
    LeadSystem,
    OracleSystem,
    RandomSystem,
    System,
    parse_systems,
)

__all__ = [
    "EvalResult",
    "Item",
    "ItemInput",
    "ItemResult",
    "KhulasaSystem",
    "LeadSystem",
    "OracleSystem",
    "RandomSystem",
    "Rouge",
    "RougeScore",
    "RougeTokenizer",
    "System",
    "SystemResult",
    "bootstrap_ci",
    "default_words",
    "evaluate",
    "parse_systems",
    "read_items",
    "render_json",
    "render_markdown",
    "run",
    "truncate",
    "write_chart",
]
