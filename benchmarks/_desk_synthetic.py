"""A synthetic live feed for the desk benchmarks: text generated here, nothing read from anywhere.

Stories start at random times over the feed's span; each runs a few hours to a day and is told
by 1-25 articles (heavy-tailed sizes). A story owns a dozen phrases of invented Arabic-letter words
(its names, places, stock wording) and a death toll that rises; each article retells several of its
phrases between common words, dated within the story's life. Articles arrive in publication order.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Iterator
from datetime import UTC, datetime

from khulasa.types import Document

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
START = datetime(2026, 1, 1, tzinfo=UTC).timestamp()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 8)))


def live_feed(n: int, *, seed: int = 7, per_hour: float = 40.0, outlets: int = 30) -> Iterator[tuple[Document, int]]:
    """``n`` articles with their true story number, in arrival (publication) order, lazily.

    ``per_hour`` sets the span (n / per_hour hours): at the default, about 2,000 articles fall in
    any 48 hours, so the desk's open stories stay bounded however long the feed.
    """
    rng = random.Random(seed)
    common = [_word(rng) for _ in range(2000)]
    span = n / per_hour * 3600.0
    pending: list[tuple[float, int, int]] = []  # (time, story, article number) of articles not yet out
    stories: dict[int, tuple[list[list[str]], int]] = {}
    made = 0
    story = 0
    next_start = START
    emitted = 0
    while emitted < n:
        # Open stories until the next article due is earlier than the next story's start.
        while made < n and (not pending or next_start <= pending[0][0]):
            size = min(n - made, max(1, int(rng.paretovariate(1.1))), 25)
            life = rng.uniform(2, 24) * 3600.0
            for k in range(size):
                heapq.heappush(pending, (next_start + rng.uniform(0, life), story, k))
            stories[story] = ([[_word(rng) for _ in range(rng.randint(2, 5))] for _ in range(12)], rng.randint(3, 40))
            made += size
            story += 1
            next_start += rng.expovariate(1.0) * span / max(1, n / 3.5)
        when, s, k = heapq.heappop(pending)
        phrases, toll = stories[s]
        toll_now = toll + k * rng.randint(0, 3)
        words: list[str] = []
        for phrase in rng.sample(phrases, 7):
            words += [*phrase, *(rng.choice(common) for _ in range(rng.randint(5, 14)))]
        text = (
            f"{' '.join(words[:40])}. قالت السلطات إن {toll_now} شخصا قتلوا في {' '.join(phrases[0])}. "
            f"{' '.join(words[40:])}."
        )
        published = datetime.fromtimestamp(when, UTC).isoformat()
        yield (
            Document(
                id=f"syn-{s}-{k}",
                text=text,
                source=f"منبر {rng.randrange(outlets)}",
                title=" ".join(phrases[0] + phrases[1]),
                published=published,
            ),
            s,
        )
        emitted += 1
        if k == 0 and len(stories) > 5000:  # forget stories long done: memory stays flat here too
            for old in [x for x in stories if x < s - 4000]:
                del stories[old]
