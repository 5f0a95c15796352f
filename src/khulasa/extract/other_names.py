"""Places and groups named by several names (the gazetteer's ``place`` and ``org`` rows and
``resources/ar/other_names.txt``: «داعش» and «الدولة الإسلامية», «أبو ظبي» and «أبوظبي»), read by
the desk's "what is new" (:mod:`khulasa.desk.updates`) and the summarizer's support groups
(:func:`khulasa.summarizer.select.one_named`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from khulasa.extract.figures import tokens
from khulasa.extract.gazetteer import gazetteer
from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize, proclitic_forms


def name_hits(text: str) -> list[tuple[int, int, str, tuple[str, ...], str, int]]:
    """The names of several (:func:`other_names`) ``text`` gives: (where the name starts, where it
    ends, the proclitic before it, its words, the shortest name of its place or group, the group),
    normalized, a longer name first where two start at one word."""
    forms = other_names()
    toks = [t for t in tokens(text) if t.kind == "word"]
    out, i = [], 0
    while i < len(toks):
        hit = None
        for head in proclitic_forms(toks[i].norm):
            for name, short, group in forms.get(head, ()):
                if (head, *(t.norm for t in toks[i + 1 : i + len(name)])) == name:
                    lead = toks[i].norm[: len(toks[i].norm) - len(head)]
                    hit = (toks[i].start, toks[i + len(name) - 1].end, lead, name, short, group)
                    break
            if hit:
                break
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i += len(hit[3])
    return out


def named_twice(texts: Sequence[str]) -> dict[int, str]:
    """The places and groups (:func:`other_names`) that ``texts`` name by two of their names or
    more («أبو ظبي» and «أبوظبي», «داعش» and «الدولة الإسلامية») -> the name they write most
    (normalized; of two as often, the shorter)."""
    seen: dict[int, Counter[str]] = {}
    for text in texts:
        for *_, name, _, group in name_hits(text):
            seen.setdefault(group, Counter())[" ".join(name)] += 1
    return {g: min(names, key=lambda n: (-names[n], len(n), n)) for g, names in sorted(seen.items()) if len(names) > 1}


def one_name(text: str, groups: Mapping[int, str], *, keep_offsets: bool = False) -> str:
    """``text`` with each place or group of ``groups`` (:func:`named_twice`) it names by another of
    its names written as the one ``groups`` gives, its proclitic kept. With ``keep_offsets``, only
    where that name is no longer, blanks after it: every offset of ``text`` stays where it was."""
    for a, b, lead, name, _, group in reversed(name_hits(text)):
        if group not in groups or " ".join(name) == groups[group]:
            continue
        put = lead + groups[group]
        if keep_offsets:
            if len(put) > b - a:
                continue
            put += " " * (b - a - len(put))
        text = text[:a] + put + text[b:]
    return text


@lru_cache(maxsize=1)
def other_names() -> dict[str, list[tuple[tuple[str, ...], str, int]]]:
    """Each first word of a name (normalized) -> (the name's words, the shortest name of its place
    or group, the group's number), longest names first: the gazetteer's places and organisations
    and the rows of ``resources/ar/other_names.txt``."""
    groups: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for name, (kind, canonical) in gazetteer().items():
        if kind in ("place", "org"):
            groups.setdefault((kind, canonical), set()).add(name)
    for line in load_word_list("ar/other_names.txt"):
        names = {tuple(normalize(p.strip()).split()) for p in line.split("|")}
        groups.setdefault(("other", line), set()).update(n for n in names if n)
    out: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    for group, (_, names) in enumerate(sorted(groups.items())):
        short = min((" ".join(n) for n in names), key=lambda n: (len(n), n))
        for name in names:
            out.setdefault(name[0], []).append((name, short, group))
    for found in out.values():
        found.sort(key=lambda x: (-len(x[0]), x[0]))
    return out
