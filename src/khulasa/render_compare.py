"""A :class:`~khulasa.compare.Comparison` as Markdown, a standalone RTL HTML page, or JSON."""

from __future__ import annotations

import json
from html import escape
from typing import Literal

from khulasa.compare import Comparison, Source
from khulasa.errors import SettingsError

Format = Literal["json", "markdown", "html"]
FORMATS: tuple[str, ...] = ("json", "markdown", "html")

_KIND = {"person": "شخص", "place": "مكان", "org": "مؤسسة"}


def _numbers(comparison: Comparison) -> dict[str, int]:
    """Citation number of each outlet, in the order of the documents."""
    return {o: k for k, o in enumerate(comparison.outlets, 1)}


def _refs(sources: tuple[Source, ...], number: dict[str, int]) -> str:
    return "".join(f"[{n}]" for n in sorted({number[s.outlet] for s in sources}))


def to_markdown(comparison: Comparison) -> str:
    """Sections for consensus, shared, unique, figures and actors, citing outlets as ``[n]``."""
    c = comparison
    number = _numbers(c)
    total = len(c.outlets)
    lines = ["## ما تتفق عليه المصادر", ""]
    lines += [f"- {f.text} {_refs(f.sources, number)} ({f.count} of {f.of})" for f in c.consensus] or ["- لا شيء"]
    if c.shared:
        lines += ["", "## ما يتشاركه بعضها", ""]
        lines += [f"- {f.text} {_refs(f.sources, number)} ({f.count} of {f.of})" for f in c.shared]
    lines += ["", "## ما ينفرد به كل مصدر", ""]
    for outlet, items in c.unique_by_outlet().items():
        lines.append(f"### [{number[outlet]}] {outlet}")
        lines += [f"- {u.text}" for u in items] or ["- لا شيء"]
        lines.append("")
    lines += ["## الأرقام والتواريخ", ""]
    for g in c.figures:
        flag = "⚠ تختلف" if not g.agree else "✓ تتفق"
        lines.append(f"- **{g.subject}** — {flag}")
        for v in g.values:
            note = f"، {v.note}" if v.note else ""
            lines.append(f"  - [{number[v.outlet]}] «{v.text}» = {v.normalized}{note}")
    if not c.figures:
        lines.append("- لا شيء")
    lines += ["", "## الفاعلون", ""]
    for a in c.actors:
        lines.append(f"- {a.name} ({_KIND.get(a.kind, a.kind)}): {a.count} of {total} {_refs(a.sources, number)}")
    lines += ["", "## المصادر", ""]
    for d in c.documents:
        label = d.outlet if not d.title else f"{d.outlet}: {d.title}"
        link = f" <{d.url}>" if d.url else ""
        lines.append(f"{number[d.outlet]}. {label}{link}")
    return "\n".join(lines)


def _html_refs(sources: tuple[Source, ...], number: dict[str, int]) -> str:
    # Each citation links a passage: data attributes keep the exact offsets for the page's script.
    parts = []
    for s in sources:
        parts.append(f'<a class="ref" href="#doc-{number[s.outlet]}" data-doc="{escape(s.doc)}" '
                     f'data-start="{s.start}" data-end="{s.end}">[{number[s.outlet]}]</a>')
    return "".join(dict.fromkeys(parts))


def to_html(comparison: Comparison) -> str:
    """A standalone right-to-left page (no scripts, no external resources)."""
    c = comparison
    number = _numbers(c)
    total = len(c.outlets)
    out = ['<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">',
           "<title>مقارنة المصادر</title><style>",
           "body{font-family:sans-serif;max-width:60rem;margin:auto;line-height:1.7;padding:1rem}",
           ".count{color:#555;font-size:.9em}.ref{text-decoration:none;margin-inline-start:.2em}",
           ".disagree{color:#a40000}.agree{color:#276221}table{border-collapse:collapse}",
           "td,th{border:1px solid #ccc;padding:.2rem .5rem}</style></head><body>",
           "<section id=\"consensus\"><h2>ما تتفق عليه المصادر</h2><ul>"]
    for f in c.consensus:
        out.append(f'<li>{escape(f.text)} {_html_refs(f.sources, number)} '
                   f'<bdi class="count" dir="ltr">({f.count} of {f.of})</bdi></li>')
    out.append("</ul></section>")
    if c.shared:
        out.append('<section id="shared"><h2>ما يتشاركه بعضها</h2><ul>')
        for f in c.shared:
            out.append(f'<li>{escape(f.text)} {_html_refs(f.sources, number)} '
                       f'<bdi class="count" dir="ltr">({f.count} of {f.of})</bdi></li>')
        out.append("</ul></section>")
    out.append('<section id="unique"><h2>ما ينفرد به كل مصدر</h2>')
    for outlet, items in c.unique_by_outlet().items():
        out.append(f"<h3>[{number[outlet]}] {escape(outlet)}</h3><ul>")
        out += [f"<li>{escape(u.text)} {_html_refs(u.sources, number)}</li>" for u in items]
        out.append("</ul>")
    out.append('</section><section id="figures"><h2>الأرقام والتواريخ</h2>')
    for g in c.figures:
        cls, flag = ("agree", "تتفق") if g.agree else ("disagree", "تختلف")
        out.append(f'<h3>{escape(g.subject)} <span class="{cls}">{flag}</span></h3><table>'
                   "<tr><th>المصدر</th><th>النص</th><th>القيمة</th></tr>")
        for v in g.values:
            out.append(f"<tr><td>{_html_refs((v.source,), number)} {escape(v.outlet)}</td>"
                       f"<td>{escape(v.text)}</td><td dir=\"ltr\">{escape(v.normalized)}</td></tr>")
        out.append("</table>")
    out.append('</section><section id="actors"><h2>الفاعلون</h2><table>'
               "<tr><th>الاسم</th><th>النوع</th><th>المصادر</th></tr>")
    for a in c.actors:
        out.append(f"<tr><td>{escape(a.name)}</td><td>{_KIND.get(a.kind, a.kind)}</td>"
                   f"<td><bdi dir=\"ltr\">{a.count} of {total}</bdi></td></tr>")
    out.append('</table></section><section id="sources"><h2>المصادر</h2><ol>')
    for d in c.documents:
        label = escape(d.outlet if not d.title else f"{d.outlet}: {d.title}")
        out.append(f'<li id="doc-{number[d.outlet]}">{label}</li>')
    out.append("</ol></section></body></html>")
    return "\n".join(out)


def to_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2)


def render_comparison(comparison: Comparison, fmt: str = "markdown") -> str:
    if fmt == "markdown":
        return to_markdown(comparison)
    if fmt == "html":
        return to_html(comparison)
    if fmt == "json":
        return to_json(comparison)
    raise SettingsError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
