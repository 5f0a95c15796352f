"""Text from articles made safe to show: in a terminal, in Markdown, in JSON read by a terminal.

Articles, titles, outlet names and URLs come from the web and from users. Shown raw, an escape
sequence rewrites a terminal (clears it, changes its title, fakes a prompt), and Markdown turns
``<img onerror=…>`` into HTML and ``<javascript:…>`` into a link. These functions change only
what is shown: the JSON output and every offset keep the source text exactly.
"""

from __future__ import annotations

import re

# ESC sequences (CSI "ESC [ … final", OSC "ESC ] … BEL or ESC \", DCS/SOS/PM/APC strings, two-byte
# escapes) and every other C0 control but tab and newline, DEL and the C1 controls (U+0080–U+009F,
# which some terminals also obey: U+009B is a one-character CSI).
_TERMINAL_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
# Bidirectional embeddings, overrides and isolates (LRE … RLO, LRI … PDI): left open in a field, one
# reverses the rest of the line after it (dates drawn backwards) in a terminal or Markdown viewer.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"\s*[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]\s*")
# Characters that start Markdown emphasis, code, links, tables or strikethrough; "<", ">" and "&"
# become entities, so that no raw HTML, autolink or character reference survives.
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_\[\]|~]")
_MARKDOWN_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# A URL that may become a link: http or https, and nothing an autolink cannot hold.
_LINKABLE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)
# JSON keeps these as they are (ensure_ascii=False), but terminals obey C1 controls and
# JavaScript once treated U+2028/U+2029 as line ends: write them as \u escapes.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` without terminal control sequences and control characters (tab and newline kept)."""
    return _TERMINAL_CONTROL.sub("", text)


def terminal_text(text: str) -> str:
    """:func:`printable` ``text`` without bidirectional embedding, override and isolate controls
    either (a terminal has no ``<bdi>`` to close them)."""
    return _BIDI_CONTROLS.sub("", printable(text))


def one_line(text: str) -> str:
    """:func:`terminal_text` ``text`` with its line breaks (and the spaces around them) turned into one space."""
    return _LINE_BREAKS.sub(" ", terminal_text(text))


def markdown_text(text: str) -> str:
    """``text`` as inline Markdown that renders as the same characters: no HTML, links or markup."""
    escaped = _MARKDOWN_SPECIAL.sub(lambda m: "\\" + m.group(0), one_line(text))
    return "".join(_MARKDOWN_ENTITIES.get(ch, ch) for ch in escaped)


def markdown_url(url: str) -> str:
    """An http(s) URL as a Markdown autolink; anything else (``javascript:``, ``data:``) as plain text."""
    clean = one_line(url).strip()
    if _LINKABLE_URL.fullmatch(clean):
        return f"<{clean}>"
    return markdown_text(clean)


def json_for_terminal(dumped: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with C1 controls, DEL, U+2028 and
    U+2029 written as ``\\uXXXX`` escapes: the same JSON value, safe to print."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", dumped)
