"""khulasa (خلاصة): attributed, non-redundant extractive summaries of Arabic news clusters.

>>> import khulasa
>>> summary = khulasa.summarize(khulasa.load_documents(["articles/"]).documents, words=100)
>>> for s in summary.sentences:
...     print(s.text, s.docs)
"""

from khulasa.config import Settings
from khulasa.errors import InputError, KhulasaError, MissingExtraError, NoTextError, OutputError, SettingsError
from khulasa.io import LoadResult, load_documents
from khulasa.pipeline import prepare, summarize
from khulasa.records import read_record
from khulasa.types import Document, Fact, Removal, Sentence, Span, Summary, SummarySentence

__version__ = "0.1.0"

__all__ = [
    "Document",
    "Fact",
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
    "__version__",
    "load_documents",
    "prepare",
    "read_record",
    "summarize",
]
