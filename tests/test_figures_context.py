"""A figure's subject (``figure_context``; docs/desk.md, pass 52): it ends at a word's end, a quote
glued to its preposition kept whole, a long quote not taken in and a bare proclitic dropped. Made-up
texts."""

from __future__ import annotations

from khulasa.extract.figures import figure_context, figures_of


def _context(text: str) -> str:
    """The context of the first percentage of ``text``."""
    f = next(f for f in figures_of(text) if f.dimension == "percent")
    return figure_context(text, f.start, f.end)


def test_a_subject_keeps_a_quote_glued_to_its_preposition_whole():
    # The window stopped at the quote mark and left "بي" (or "بـ"), a word cut short.
    assert _context("وصوت 50.2 بالمئة بـ«لا»، مقابل 49.75 بالمئة صوتوا بي”نعم”، بعد ساعة.") == "وصوت 50.2 بالمئة بـ«لا»"
    assert _context("مقابل 49.75 بالمئة صوتوا بي”نعم”، بعد ساعة.") == "مقابل 49.75 بالمئة صوتوا بي”نعم”"
    assert _context('مقابل 49,75 بالمئة صوتوا ب"نعم"، بعد ساعة.') == 'مقابل 49,75 بالمئة صوتوا ب"نعم"'


def test_a_long_quote_is_not_taken_in_and_a_bare_proclitic_is_dropped():
    text = 'وصوت 50 بالمئة بـ"نعم لاتفاق السلام مع المتمردين الكبار"، بعد ساعة.'
    assert _context(text) == "وصوت 50 بالمئة"


def test_a_subject_with_no_quote_is_unchanged():
    assert _context("وبلغت نسبة المشاركة 37 بالمئة فقط في المدن الكبرى.") == "وبلغت نسبة المشاركة 37 بالمئة فقط في"
