"""Desk output: stories and one story as text, Markdown (Arabic labels) or JSON lines."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from khulasa.desk.desk import StoryView
from khulasa.desk.updates import Changes
from khulasa.errors import SettingsError, summary_failed_ar, unknown_format
from khulasa.text.safe_text import json_for_terminal, markdown_text, one_line

FORMATS = ("text", "markdown", "json")
NEW = "جديد"
DETAIL = "تفصيل جديد"
# Text output: after a sentence that adds a detail, what it adds (its clauses the reader did not read).
ADDED = "الإضافة"
# After a new sentence, why it is new (:meth:`khulasa.desk.updates.Changes.why`): the first thing it
# gives that the earlier version did not.
WHY = {
    "changed": "رقم تغيّر",
    "figure": "رقم لم يرد",
    "number": "رقم لم يرد",
    "person": "اسم لم يرد",
    "direction": "اتجاه لم يرد",
    "statement": "خبر لم يرد",
}


def _why(changes: Changes) -> dict[int, str]:
    """Each new sentence -> why it is new, in Arabic ("رقم تغيّر: 95 قتيلا", "خبر لم يرد")."""
    return {
        i: f"{WHY.get(kind, WHY['statement'])}: {what}" if what else WHY.get(kind, WHY["statement"])
        for i, kind, what in changes.why
    }


def _meta(view: StoryView) -> str:
    state = "مغلقة" if view.closed else "مفتوحة"
    growth = f" — النمو {view.score:.2f}" if view.score is not None else ""
    # "المقالات: 3" rather than "3 مقالات": Arabic counted nouns change form with the number. The
    # latest news (what --since filters by) before the time the summary was made.
    times = view.to_dict()
    return (
        f"المقالات: {view.size} — المصادر: {view.outlets} — الإصدار {view.version} — "
        f"آخر خبر {times['last_event']} — آخر تحديث للخلاصة {times['updated']} — {state}{growth}"
    )


def _sentences(view: StoryView) -> list[dict[str, Any]]:
    return list((view.summary or {}).get("sentences", []))


def _outlets(sentence: dict[str, Any]) -> str:
    return "، ".join(dict.fromkeys(p["source"] for p in sentence.get("sources", [])))


def _credit(sentence: dict[str, Any]) -> str:
    """ "(المرصد، مدار) ⚠ الضفة: نحو أربع ساعات": who carries the sentence, and who gives another
    value for one of its figures (the summary's ``disputes``)."""
    by_figure: dict[str, list[str]] = {}
    for d in sentence.get("disputes", []):
        outlets = by_figure.setdefault(d["figure"], [])
        if d["source"] not in outlets:
            outlets.append(d["source"])
    notes = "".join(f" ⚠ {'، '.join(outlets)}: {figure}" for figure, outlets in by_figure.items())
    return f"({_outlets(sentence)}){notes}"


# No story to list: the desk is empty, or (``--since``) no story has news since that time.
NO_STORIES = "لا توجد قصص في المكتب بعد"
MERGED_SINCE = "دُمجت القصة {story} في هذه القصة: «جديد» هو ما لم يذكره ملخصها في نسخته {version}"
NO_STORIES_SINCE = "لا توجد قصص فيها أخبار منذ هذا الوقت (وقت آخر مقال فيها)"


def render_stories(views: Sequence[StoryView], fmt: str, *, since: bool = False) -> str:
    """Many stories: JSON is one object per line. ``since``: the list was cut by ``--since``, so an
    empty one says no story has news since then, not that the desk is empty."""
    _check(fmt)
    if fmt == "json":
        return "\n".join(json_for_terminal(json.dumps(v.to_dict(), ensure_ascii=False)) for v in views)
    if not views:
        empty = NO_STORIES_SINCE if since else NO_STORIES
        return empty if fmt == "text" else f"_{empty}_"
    return "\n\n".join(render_story(v, fmt, figures=False) for v in views)


def render_story(
    view: StoryView,
    fmt: str,
    *,
    changes: Changes | None = None,
    since: int | None = None,
    since_story: str | None = None,
    absorbed: Sequence[str] | None = None,
    figures: bool = True,
) -> str:
    """One story; with ``changes`` (since version ``since``), its new sentences are marked "جديد" and
    those that add a detail to what that version said "تفصيل جديد", with what they add (in text, after
    the sentence; in Markdown, in bold within it; in JSON, ``details``: character spans).
    ``since_story``: the story whose version ``since`` is, when not this one (a story it absorbed);
    ``absorbed``: the stories merged into it. JSON names both as the HTTP API does."""
    _check(fmt)
    changes = changes or Changes()
    if fmt == "json":
        out = view.to_dict()
        out["figures"] = view.figures
        if absorbed is not None:
            out["absorbed"] = list(absorbed)
        if since is not None:
            out["new_since"] = since
            if since_story is not None and since_story != view.id:
                out["new_since_story"] = since_story
            out.update(changes.to_dict())
        return json_for_terminal(json.dumps(out, ensure_ascii=False))
    lines = _text_story(view, changes) if fmt == "text" else _markdown_story(view, changes)
    if since is not None and since_story is not None and since_story != view.id:
        note = MERGED_SINCE.format(story=since_story, version=since)
        lines.insert(3 if fmt == "text" else 4, one_line(note) if fmt == "text" else f"_{markdown_text(note)}_")
    if figures and view.summary is not None:
        lines += _article_lines(view, fmt)
    if figures and view.figures:
        if fmt == "text":
            lines += ["الأرقام عبر الزمن:", *_figure_lines(view, "- ", one_line)]
        else:
            lines += ["", "### الأرقام عبر الزمن", "", *_figure_lines(view, "- ", markdown_text)]
    return "\n".join(lines)


def _text_story(view: StoryView, changes: Changes) -> list[str]:
    lines = [one_line(view.label), _meta(view), f"المعرف: {one_line(view.id)}"]
    if view.error:
        lines.append(summary_failed_ar(view.error))
    details, why = dict(changes.details), _why(changes)
    for i, s in enumerate(_sentences(view)):
        text = f"{s['text']} {_credit(s)}"
        if i in changes.new:
            text = f"[{NEW}] {text}" + (f" — {why[i]}" if i in why else "")
        elif i in details:
            added = " … ".join(s["text"][a:b] for a, b in details[i])
            text = f"[{DETAIL}] {text} — {ADDED}: {added}"
        lines.append(one_line(text))
    return lines


def _markdown_story(view: StoryView, changes: Changes) -> list[str]:
    lines = [f"## {markdown_text(view.label)}", "", f"_{_meta(view)}_ — {markdown_text(view.id)}", ""]
    if view.error:
        lines += [summary_failed_ar(view.error), ""]
    details, why = dict(changes.details), _why(changes)
    for i, s in enumerate(_sentences(view)):
        credit = markdown_text(" " + _credit(s))
        if i in changes.new:
            reason = f" — _{markdown_text(why[i])}_" if i in why else ""
            lines.append(f"- **{NEW}** {markdown_text(s['text'])}{credit}{reason}")
        elif i in details:
            lines.append(f"- **{DETAIL}** {_bold_spans(s['text'], details[i])}{credit}")
        else:
            lines.append(f"- {markdown_text(s['text'])}{credit}")
    return lines


def _bold_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` as Markdown with ``spans`` (character offsets) in bold."""
    out, at = [], 0
    for a, b in sorted(spans):
        out += [markdown_text(text[at:a]), f"**{markdown_text(text[a:b])}**"]
        at = b
    out.append(markdown_text(text[at:]))
    return "".join(out)


# The heading of the summary's article list in text and Markdown (:func:`_article_lines`).
ARTICLES = "المقالات"


def _article_lines(view: StoryView, fmt: str) -> list[str]:
    """The summary's articles, as the page lists them: outlet, headline (the library's:
    :func:`khulasa.stories.labels.article_headline`, never a line the cleaner drops) and
    publication time ("؟" when the feed gave none)."""
    docs = (view.summary or {}).get("documents", [])
    if not docs:
        return []
    rows = [f"{d.get('source') or ''}: {d.get('headline') or ''} — {d.get('published') or '؟'}" for d in docs]
    if fmt == "text":
        return [f"{ARTICLES} ({len(docs)}):", *(one_line(f"- {r}") for r in rows)]
    return ["", f"### {ARTICLES} ({len(docs)})", "", *(f"- {markdown_text(r)}" for r in rows)]


# The figure groups shown in text and Markdown (the most outlets first); the rest are counted.
SHOWN_FIGURES = 3
TREND = {"rising": "ارتفع مع الوقت", "revised": "عُدّل"}


def _figure_lines(view: StoryView, bullet: str, safe: Callable[[str], str]) -> list[str]:
    """One line per figure group: its subject, how it moved (rising, revised) and whether outlets
    disagree, each value by time (article text made ``safe`` for the output format). The first
    ``SHOWN_FIGURES`` groups; the others are counted ("و N أخرى")."""
    lines = []
    for group in view.figures[:SHOWN_FIGURES]:
        flag = "" if group["agree"] else " ⚠ تختلف المصادر"
        moved = TREND.get(group.get("trend", ""), "")
        flag += f" ({moved})" if moved else ""
        values = "؛ ".join(f"{v['time'] or '؟'} {v['outlet']}: {v['text']}" for v in group["values"])
        lines.append(f"{bullet}{safe(group['subject'] + flag + ' — ' + values)}")
    rest = len(view.figures) - SHOWN_FIGURES
    if rest > 0:
        lines.append(f"{bullet}و {rest} أخرى (كلها في -f json)")
    return lines


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise SettingsError(unknown_format(fmt, FORMATS))
