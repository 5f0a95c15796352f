"""What is new for a reader of an earlier summary version, the thirty-second pass (docs/desk.md):
in a vote, the runoff ("جولة الإعادة") is the second round ("الجولة الثانية", "الدور الثاني"), one
fact told in other words."""

from __future__ import annotations

from khulasa.desk.updates import new_sentences
from khulasa.link.keys import synonym_groups
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "أظهر استطلاع لآراء الناخبين في الانتخابات الرئاسية الساحلية يوم الأحد تقدم المرشح فلان الفلاني.",
    "وذكرت معاهد الاستطلاع أنه من المرجح أن تكون هناك جولة إعادة بين فلان الفلاني والرئيس الحالي علان العلاني.",
)


def test_the_second_round_of_a_vote_is_its_runoff() -> None:
    """After "a runoff between A and the sitting president B is likely", "A will face B, the
    sitting president, in the second round" tells the reader nothing new; the date of the round,
    a figure version V did not give, is news."""
    later = "وسيخوض فلان الفلاني الجولة الثانية من الانتخابات مع الرئيس الحالي علان العلاني."
    assert new_sentences(_summary(later), EARLIER) == []
    bare = later.replace("الجولة الثانية", "الدور الثاني")
    assert new_sentences(_summary(bare), EARLIER) == []
    dated = later.replace("العلاني.", "العلاني في 21 أبريل عام 2031.")
    assert new_sentences(_summary(dated), EARLIER) == [0]


def test_the_second_is_a_runoff_only_in_a_vote() -> None:
    """Elsewhere "الثانية" is any second (a half, a leg): it joins the runoff's group only in a
    story of an election."""

    def group(kinds: frozenset[str]) -> tuple[str, ...]:
        return next(g for g in synonym_groups(kinds) if g[0] == "إعادة")

    assert "الثانية" in group(frozenset({"election"}))
    assert "الثانية" not in group(frozenset({"match"}))
    assert "الثانية" not in group(frozenset())
