"""khulasa (خلاصة): attributed, non-redundant extractive summaries of Arabic news clusters.

>>> import khulasa
>>> summary = khulasa.summarize(khulasa.load_documents(["articles/"]).documents, words=100)
>>> for s in summary.sentences:
...     print(s.text, s.docs)
"""

from typing import TYPE_CHECKING, Any

from khulasa.config import GroupSettings, Settings
from khulasa.errors import (
    InputError,
    KhulasaError,
    MissingExtraError,
    NoTextError,
    OutputError,
    SettingsError,
    TimeLimitExceeded,
)
from khulasa.io import LoadResult, load_documents
from khulasa.records import read_record
from khulasa.types import Dispute, Document, Fact, Removal, Sentence, Span, Summary, SummarySentence

if TYPE_CHECKING:
    from khulasa.summarizer.pipeline import prepare, summarize

__version__ = "0.1.0"

__all__ = [
    "Dispute",
    "Document",
    "Fact",
    "GroupSettings",
    "InputError",
    "KhulasaError",
    "LoadResult",
    "MissingExtraError",
    "NoTextError",
    "OutputError",
    "Removal",
    "Sentence",
    "Settings",
    "SettingsError",
    "Span",
    "Summary",
    "SummarySentence",
    "TimeLimitExceeded",
    "__version__",
    "load_documents",
    "prepare",
    "read_record",
    "summarize",
]

# The pipeline pulls in numpy and scipy (about 0.4 s): it is imported on first use, so that
# ``import khulasa`` and ``khulasa --help`` stay fast.
_LAZY = ("prepare", "summarize")


def __getattr__(name: str) -> Any:
    """The pipeline's functions, imported when first asked for."""
    if name in _LAZY:
        from khulasa.summarizer import pipeline

        value = getattr(pipeline, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
