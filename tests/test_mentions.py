"""A person's title is given once per summary (khulasa.summarizer.mentions)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from khulasa.summarizer.mentions import introduced_names, shorten_repeated_titles, title_ranges
from khulasa.text.compress import drop_text_range, join_parts
from khulasa.types import Fact, Sentence

FIRST = "أعلن الرئيس الفرنسي إيمانويل ماكرون خطة جديدة للطاقة يوم الاثنين."
LATER = "وقال الرئيس الفرنسي إيمانويل ماكرون إن الخطة تبدأ في الربيع المقبل."


def _fact(fid: int, doc: str, text: str, start: int = 0) -> Fact:
    return Fact(id=fid, sentences=(Sentence(doc=doc, index=fid, start=start, end=start + len(text), text=text),))


def _shorten(*texts: str) -> list[str]:
    facts = [_fact(k, f"d{k}", t) for k, t in enumerate(texts)]
    sources = {f"d{k}": t for k, t in enumerate(texts)}
    return [f.representative.text for f in shorten_repeated_titles(facts, sources)]


def test_names_introduced_with_a_title():
    assert ("ايمانويل", "ماكرون") in introduced_names(FIRST)


def test_a_later_title_goes_the_first_stays():
    first, later = _shorten(FIRST, "قال الرئيس الفرنسي إيمانويل ماكرون إن الخطة تبدأ في الربيع المقبل.")
    assert first == FIRST
    assert later == "قال إيمانويل ماكرون إن الخطة تبدأ في الربيع المقبل."


def test_title_before_the_surname_alone_goes():
    _, later = _shorten(FIRST, "وأكد الرئيس ماكرون أن الخطة لا تمس الأسعار.")
    assert later == "وأكد ماكرون أن الخطة لا تمس الأسعار."


def test_nothing_goes_without_an_earlier_introduction():
    assert _shorten(LATER) == [LATER]
    # Someone else introduced earlier does not license dropping this title.
    other = "قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن بلادها ترحب بالخطة."
    assert _shorten(other, LATER)[1] == LATER


def test_a_title_with_a_proclitic_stays():
    later = "وتحدث وزير الطاقة للرئيس الفرنسي إيمانويل ماكرون عن كلفة الخطة."
    assert _shorten(FIRST, later)[1] == later


def test_a_title_completing_a_noun_stays():
    # "نائب الرئيس ..." is someone else: dropping "الرئيس الفرنسي" would make it "نائب ماكرون".
    later = "وصرح مستشار الرئيس الفرنسي إيمانويل ماكرون بأن الخطة ستعرض على البرلمان."
    assert _shorten(FIRST, later)[1] == later


def test_punctuation_between_title_and_name_keeps_it():
    later = "قال الرئيس الفرنسي، إيمانويل ماكرون، إن الخطة تبدأ في الربيع."
    assert title_ranges(later, {("ايمانويل", "ماكرون")}) == []


def test_the_shortened_sentence_is_exact_source_passages():
    prefix = "نص قبل الجملة. "
    source = prefix + LATER + " نص بعدها."
    facts = [_fact(0, "a", FIRST), _fact(1, "b", LATER, start=len(prefix))]
    shorter = shorten_repeated_titles(facts, {"a": FIRST, "b": source})[1].representative
    assert shorter.text == "وقال إيمانويل ماكرون إن الخطة تبدأ في الربيع المقبل."
    assert shorter.parts and " ".join(source[a:b] for a, b in shorter.parts) == shorter.text
    assert (shorter.start, shorter.end) == (shorter.parts[0][0], shorter.parts[-1][1])


def test_drop_text_range_crossing_a_joint_changes_nothing():
    source = "أولا (تفصيل) ثانيا ثالثا."
    sentence = Sentence(doc="d", index=0, start=0, end=len(source), text="أولا ثانيا ثالثا.", parts=((0, 4), (13, 25)))
    assert drop_text_range(sentence, source, 2, 8) is sentence


@given(st.integers(0, len(LATER)), st.integers(0, len(LATER)))
def test_drop_text_range_keeps_exact_passages(a, b):
    a, b = min(a, b), max(a, b)
    sentence = Sentence(doc="d", index=0, start=0, end=len(LATER), text=LATER)
    out = drop_text_range(sentence, LATER, a, b)
    parts = list(out.parts) or [(out.start, out.end)]
    assert all(0 <= x < y <= len(LATER) for x, y in parts)
    assert all(y <= x for (_, y), (x, _) in itertools.pairwise(parts))
    assert out.text == join_parts(LATER, parts)
    if out is not sentence:  # nothing is dropped only when nothing would be left
        assert out.text.replace(" ", "") == (LATER[:a] + LATER[b:]).replace(" ", "")


PM_FIRST = "قال وزير الصحة حسام حسني إن المستشفيات استقبلت جميع المصابين."


def test_a_later_description_after_the_name_goes():
    _, later = _shorten(PM_FIRST, "وأضاف حسام حسني، وزير الصحة المصري، أن الفرق تعمل منذ الفجر.")
    assert later == "وأضاف حسام حسني أن الفرق تعمل منذ الفجر."
    _, surname = _shorten(PM_FIRST, "وأكد حسني، وزير الصحة، أن الفرق تعمل منذ الفجر.")
    assert surname == "وأكد حسني أن الفرق تعمل منذ الفجر."


def test_a_description_stays_at_the_first_mention_and_for_someone_else():
    first = "وأضاف حسام حسني، وزير الصحة، أن الفرق تعمل منذ الفجر."
    assert _shorten(first) == [first]
    other = "وقال كامل الوزير، وزير النقل، إن الخط سيعود للعمل."
    assert _shorten(PM_FIRST, other)[1] == other


def test_a_description_that_is_not_only_a_title_stays():
    for later in (
        # a clause, not a description
        "وأضاف حسام حسني، الذي زار المستشفى، أن الفرق تعمل منذ الفجر.",
        # a list: the comma may separate two people
        "وحضر حسام حسني، وزير النقل، ومحافظ المدينة الاجتماع.",
        # no closing comma: where the description ends is unknown
        "وأضاف حسام حسني، وزير الصحة أن الفرق تعمل منذ الفجر.",
        # a figure inside
        "وأضاف حسام حسني، وزير الصحة منذ 2022، أن الفرق تعمل منذ الفجر.",
    ):
        assert _shorten(PM_FIRST, later)[1] == later, later


def test_dropping_a_description_keeps_exact_passages():
    later = "وأضاف حسام حسني، وزير الصحة، أن الفرق تعمل منذ الفجر."
    source = "مقدمة. " + later
    facts = [_fact(0, "a", PM_FIRST), _fact(1, "b", later, start=7)]
    shorter = shorten_repeated_titles(facts, {"a": PM_FIRST, "b": source})[1].representative
    assert shorter.text == "وأضاف حسام حسني أن الفرق تعمل منذ الفجر."
    assert join_parts(source, list(shorter.parts)) == shorter.text
    assert all(source[a:b] in later for a, b in shorter.parts)
