"""A :class:`~khulasa.analysis.compare.Comparison` as Markdown, a standalone RTL HTML page, or JSON."""

from __future__ import annotations

import json
from html import escape
from typing import Literal

from khulasa.analysis.compare import Comparison, FigureComparison, FigureValue, Source, count_label
from khulasa.errors import SettingsError, unknown_format
from khulasa.io import OWN_HTML_MARKER
from khulasa.text.safe_text import json_for_terminal, markdown_text, markdown_url, printable

Format = Literal["json", "markdown", "html"]
FORMATS: tuple[str, ...] = ("json", "markdown", "html")

_KIND = {"person": "شخص", "place": "مكان", "org": "مؤسسة"}
# Said at the top of a comparison of one outlet's articles, whose every section is empty (the CLI
# warns as well, but the saved file is read later, without the warning).
ONE_OUTLET_NOTE = "المقالات كلها من منبر واحد فلا شيء تقارن به: تحتاج المقارنة إلى مقالات من منبرين أو أكثر."


def _numbers(comparison: Comparison) -> dict[str, int]:
    """Citation number of each outlet, in the order of the documents."""
    return {o: k for k, o in enumerate(comparison.outlets, 1)}


def _refs(sources: tuple[Source, ...], number: dict[str, int]) -> str:
    return "".join(f"[{n}]" for n in sorted({number[s.outlet] for s in sources}))


def _value(v: FigureValue) -> str:
    """A figure's normalized value in Arabic words (compact notation for results made before them)."""
    return v.display or v.normalized


def _flag(g: FigureComparison) -> tuple[str, str]:
    """The group's class and word: values that differ ("تختلف"), that are one value ("تتفق"), or
    that differ within the tolerance ``agree`` allows ("متقاربة": 8.1 and 8.2 degrees, 61 and 65
    dead): a reader who sees two values under "تتفق" would not trust it."""
    if not g.agree:
        return "disagree", "تختلف"
    return ("agree", "تتفق") if len({v.normalized for v in g.values}) == 1 else ("close", "متقاربة")


_MARK = {"disagree": "⚠", "agree": "✓", "close": "≈"}


def to_markdown(comparison: Comparison) -> str:
    """Sections for consensus, shared, unique, figures and actors, citing outlets as ``[n]``.

    Text from the articles (sentences, names, titles, URLs) is escaped: no HTML, no links but
    http(s) source URLs."""
    c = comparison
    md = markdown_text
    number = _numbers(c)
    total = len(c.outlets)
    lines = ["## ما تتفق عليه المصادر", ""]  # first: how khulasa knows its own output (io._own_markdown)
    lines += [f"> {ONE_OUTLET_NOTE}", ""] if total < 2 else []
    lines += [f"- {md(f.text)} {_refs(f.sources, number)} ({count_label(f.count, f.of)})" for f in c.consensus] or [
        "- لا شيء"
    ]
    if c.shared:
        lines += ["", "## ما يتشاركه بعضها", ""]
        lines += [f"- {md(f.text)} {_refs(f.sources, number)} ({count_label(f.count, f.of)})" for f in c.shared]
    lines += ["", "## ما ينفرد به كل مصدر", ""]
    for outlet, items in c.unique_by_outlet().items():
        lines.append(f"### [{number[outlet]}] {md(outlet)}")
        lines += [f"- {md(u.text)}" for u in items] or ["- لا شيء"]
        lines.append("")
    lines += ["## الأرقام والتواريخ", ""]
    for g in c.figures:
        cls, word = _flag(g)
        flag = f"{_MARK[cls]} {word}"
        lines.append(f"- **{md(g.subject)}** — {flag}")
        for v in g.values:
            note = f"، {md(v.note)}" if v.note else ""
            lines.append(f"  - [{number[v.outlet]}] «{md(v.text)}»: {md(_value(v))}{note}")
    if not c.figures:
        lines.append("- لا شيء")
    lines += ["", "## الفاعلون", ""]
    for a in c.actors:
        lines.append(
            f"- {md(a.name)} ({_KIND.get(a.kind, a.kind)}): {count_label(a.count, total)} {_refs(a.sources, number)}"
        )
    lines += ["", "## المصادر", ""]
    for d in c.documents:
        label = md(d.outlet if not d.title else f"{d.outlet}: {d.title}")
        link = f" {markdown_url(d.url)}" if d.url else ""
        lines.append(f"{number[d.outlet]}. {label}{link}")
    return "\n".join(lines)


def _h(text: str) -> str:
    """Article text for HTML: escaped, without control characters."""
    return escape(printable(text))


def _html_refs(sources: tuple[Source, ...], number: dict[str, int]) -> str:
    # Each citation links a passage: data attributes keep the exact offsets for the page's script.
    parts = []
    for s in sources:
        parts.append(
            f'<a class="ref" href="#doc-{number[s.outlet]}" data-doc="{escape(s.doc)}" '
            f'data-start="{s.start}" data-end="{s.end}">[{number[s.outlet]}]</a>'
        )
    return "".join(dict.fromkeys(parts))


def to_html(comparison: Comparison) -> str:
    """A standalone right-to-left page (no scripts, no external resources)."""
    c = comparison
    number = _numbers(c)
    total = len(c.outlets)
    out = [
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">{OWN_HTML_MARKER}',
        "<title>مقارنة المصادر</title><style>",
        "body{font-family:sans-serif;max-width:60rem;margin:auto;line-height:1.7;padding:1rem}",
        ".count{color:#555;font-size:.9em}.ref{text-decoration:none;margin-inline-start:.2em}",
        ".disagree{color:#a40000}.agree{color:#276221}.close{color:#7a5200}table{border-collapse:collapse}",
        "td,th{border:1px solid #ccc;padding:.2rem .5rem}</style></head><body>",
        '<section id="consensus"><h2>ما تتفق عليه المصادر</h2>',
        *([f'<p class="note">{ONE_OUTLET_NOTE}</p>'] if total < 2 else []),
        "<ul>",
    ]
    for f in c.consensus:
        out.append(
            f"<li>{_h(f.text)} {_html_refs(f.sources, number)} "
            f'<span class="count">({count_label(f.count, f.of)})</span></li>'
        )
    out.append("</ul></section>")
    if c.shared:
        out.append('<section id="shared"><h2>ما يتشاركه بعضها</h2><ul>')
        for f in c.shared:
            out.append(
                f"<li>{_h(f.text)} {_html_refs(f.sources, number)} "
                f'<span class="count">({count_label(f.count, f.of)})</span></li>'
            )
        out.append("</ul></section>")
    out.append('<section id="unique"><h2>ما ينفرد به كل مصدر</h2>')
    for outlet, items in c.unique_by_outlet().items():
        out.append(f"<h3>[{number[outlet]}] <bdi>{_h(outlet)}</bdi></h3><ul>")
        out += [f"<li>{_h(u.text)} {_html_refs(u.sources, number)}</li>" for u in items]
        out.append("</ul>")
    out.append('</section><section id="figures"><h2>الأرقام والتواريخ</h2>')
    for g in c.figures:
        cls, flag = _flag(g)
        out.append(
            f'<h3>{_h(g.subject)} <span class="{cls}">{flag}</span></h3><table>'
            "<tr><th>المصدر</th><th>النص</th><th>القيمة</th></tr>"
        )
        for v in g.values:
            out.append(
                f"<tr><td>{_html_refs((v.source,), number)} <bdi>{_h(v.outlet)}</bdi></td>"
                f"<td>{_h(v.text)}</td><td>{_h(_value(v))}</td></tr>"
            )
        out.append("</table>")
    out.append(
        '</section><section id="actors"><h2>الفاعلون</h2><table><tr><th>الاسم</th><th>النوع</th><th>المصادر</th></tr>'
    )
    for a in c.actors:
        out.append(
            f"<tr><td>{_h(a.name)}</td><td>{_KIND.get(a.kind, a.kind)}</td><td>{count_label(a.count, total)}</td></tr>"
        )
    out.append('</table></section><section id="sources"><h2>المصادر</h2><ol>')
    for d in c.documents:
        label = f"<bdi>{_h(d.outlet)}</bdi>" + (f": {_h(d.title)}" if d.title else "")
        out.append(f'<li id="doc-{number[d.outlet]}">{label}</li>')
    out.append("</ol></section></body></html>")
    return "\n".join(out)


def to_json(comparison: Comparison) -> str:
    """The comparison as indented JSON, safe for a terminal."""
    return json_for_terminal(json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2))


def render_comparison(comparison: Comparison, fmt: str = "markdown") -> str:
    """The comparison in ``fmt``: markdown, html or json."""
    if fmt == "markdown":
        return to_markdown(comparison)
    if fmt == "html":
        return to_html(comparison)
    if fmt == "json":
        return to_json(comparison)
    raise SettingsError(unknown_format(fmt, FORMATS))
