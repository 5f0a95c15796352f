"""khulasa desk: a live news desk. Articles arrive; stories and their summaries stay current.

:class:`Desk` is the library entry point; the CLI (``khulasa desk``) and the HTTP service are thin
layers over it. See docs/desk.md.
"""

from khulasa.desk.desk import Desk, StoryView
from khulasa.desk.ingest import DeskSettings, IngestReport
from khulasa.desk.store import DEFAULT_DB, Store, resolve_url

__all__ = ["DEFAULT_DB", "Desk", "DeskSettings", "IngestReport", "Store", "StoryView", "resolve_url"]
