"""Do the articles given for one summary or comparison read as several stories?

A mixed feed, or two events in one folder, summarized as one cluster gives a summary whose
sentences come from unrelated events, their figures set against each other. The CLI warns, the
HTTP service answers ``several_stories`` and the page shows a notice, all from :func:`story_split`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from khulasa.errors import MissingExtraError
from khulasa.types import Document

__all__ = ["MIN_ARTICLES", "SECOND_STORY_SHARE", "StorySplit", "story_split"]

# Fewer articles than this are never checked: two or three articles are one story or a mistake the
# reader sees at once, and grouping so few says little.
MIN_ARTICLES = 4

# Articles read as several stories when a second story holds two articles or more and either the
# largest holds less than half of them (a mixed feed) or the second at least this share (two events
# in one folder): on the dev clusters, MultiLing 2011 (ar, en) and the shared example, every cluster
# reads as one story plus at most one lone article.
SECOND_STORY_SHARE = 0.2


@dataclass(frozen=True)
class StorySplit:
    """How ``articles`` articles split into stories: ``stories``, each one's size, largest first."""

    articles: int
    stories: tuple[int, ...]

    def to_dict(self) -> dict[str, int | list[int]]:
        """The service's ``several_stories`` field: ``{"articles": N, "stories": [sizes...]}``."""
        return {"articles": self.articles, "stories": list(self.stories)}


def story_split(documents: Sequence[Document]) -> StorySplit | None:
    """How the articles split when they read as several stories, else None (one story, fewer than
    :data:`MIN_ARTICLES` articles, or grouping's package, datasketch of the ``group`` extra, absent)."""
    if len(documents) < MIN_ARTICLES:
        return None
    from khulasa.stories.group import group_documents  # numpy/scipy: loaded only when checked

    try:
        stories = group_documents(documents)
    except MissingExtraError:  # grouping is an extra (datasketch): without it, no check
        return None
    sizes = tuple(sorted((len(s.doc_ids) for s in stories), reverse=True))
    total = len(documents)
    if len(sizes) > 1 and sizes[1] >= 2 and (sizes[0] < total / 2 or sizes[1] >= SECOND_STORY_SHARE * total):
        return StorySplit(total, sizes)
    return None
