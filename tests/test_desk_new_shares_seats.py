"""What is new for a reader of an earlier summary version, the forty-ninth pass (docs/desk.md): a
figure one outlet writes rounded ("98 في المئة") is the figure other outlets write finer ("98.3 في
المئة"), so it counts as theirs too: a share of the vote two or more outlets report is the story's
news, not one outlet's added detail. The words that frame a figure or a clause set against the first
("سيكون لنا حوالي 70 مقعدا، في حين سيكون لهم نحو 80"; ``resources/ar/function_words.txt``) are
no words the earlier summary lacked.

Made-up sentences."""

from __future__ import annotations

from typing import Any

import pytest

from khulasa.desk.updates import _Known, new_sentences, what_is_new
from khulasa.extract.figures import figures_of
from khulasa.types import Document
from tests.conftest import stored_summary

OPENING = "رفض الناخبون في الاستفتاء الذي جرى الأحد خطة الاتحاد لتوزيع المهاجرين بأغلبية ساحقة."
OTHER = "وجرى الاستفتاء يوم الأحد على خطة الاتحاد لتوزيع المهاجرين وقاطعته المعارضة."
SHARE = "وقال مسؤولون مع اقتراب انتهاء الفرز إن 98 في المئة من المشاركين رفضوا خطة التوزيع."


def _summary(*texts: str) -> dict[str, Any]:
    return {"sentences": [{"text": t, "sources": []} for t in texts]}


def _outlets(own: str, *others: str) -> list[Document]:
    docs = [Document(id="d0", text=f"{OPENING} {own}", source="outlet0")]
    docs += [Document(id=f"d{i}", text=f"{OTHER} {t}", source=f"outlet{i}") for i, t in enumerate(others, 1)]
    return docs


FINER = "وأعلنت اللجنة أن 98.3 في المئة من المصوتين رفضوا الخطة."


def test_a_rounded_share_counts_the_outlets_that_write_it_finer() -> None:
    docs = _outlets(SHARE, FINER, FINER, "")
    known = _Known(_summary(OPENING)["sentences"], _summary(SHARE)["sentences"], docs)
    (share,) = [f for f in figures_of(SHARE) if f.dimension == "percent"]
    assert known._reported(share) == 3
    # Not the other way: the finer value is not the rounded one told again.
    (finer,) = [f for f in figures_of(FINER) if f.dimension == "percent"]
    only_rounded = _outlets(SHARE, "", "", "")
    assert _Known(_summary(OPENING)["sentences"], _summary(FINER)["sentences"], only_rounded)._reported(finer) == 0


def test_a_share_other_outlets_write_finer_is_news_not_a_detail() -> None:
    earlier, later = _summary(OPENING), _summary(SHARE)
    assert what_is_new(later, earlier, _outlets(SHARE, FINER, FINER, "")).new == [0]
    # Only its own outlet gives it (another value elsewhere, 95 %): one outlet's detail, as before.
    other = "وأعلنت اللجنة أن 95 في المئة من المصوتين رفضوا الخطة."
    changes = what_is_new(later, earlier, _outlets(SHARE, other, "", ""))
    assert changes.new == [] and [i for i, _ in changes.details] == [0]


SEATS = stored_summary(
    "حل حزب الوسط ثانيا في الانتخابات البرلمانية خلف حزب الأمل، حسب ما أقر به المتحدث باسم حزب الوسط سامي العادل.",
    "وبحسب تقديرات حزب الوسط فإنه حصل على سبعين مقعدا مقابل ثمانين مقعدا لحزب الأمل.",
)


def test_the_seats_told_again_with_will_be_about_and_whereas_are_known() -> None:
    """ "… about 70 seats, whereas the other party will have about 80" after "seventy seats against
    eighty": «حوالي», «سيكون», «حين» (and «لنا», «لدينا», «بأنهم») frame the figures, which were
    given; before the forty-ninth pass they weighed as words version V lacked."""
    later = "وحصل حزب الوسط على حوالي 70 مقعدا، في حين سيكون لحزب الأمل نحو 80 مقعدا."
    assert new_sentences(stored_summary(later), SEATS) == []


@pytest.mark.parametrize(
    "later",
    [
        # another figure
        "وحصل حزب الوسط على حوالي 70 مقعدا، في حين سيكون لحزب الأمل نحو 90 مقعدا.",
        # another statement in the clause set against the first
        "وحصل حزب الوسط على حوالي 70 مقعدا، في حين سيطالب حزب الأمل بإعادة فرز الأصوات في العاصمة.",
    ],
)
def test_what_the_framed_clause_adds_is_still_news(later: str) -> None:
    assert new_sentences(stored_summary(later), SEATS) == [0]


def _articles(prefix: str, texts: list[str]) -> list[Document]:
    """One made-up article per outlet."""
    return [Document(id=f"{prefix}{i}", text=t, source=f"outlet{i}") for i, t in enumerate(texts)]


ELECTED = stored_summary("انتخب الرئيس سامي العادل لولاية جديدة في الانتخابات الرئاسية التي جرت أمس السبت.")
VOTE = _articles(
    "v",
    [
        "انتخب الرئيس سامي العادل لولاية جديدة في الانتخابات الرئاسية التي جرت أمس السبت.",
        "أعلنت هيئة الانتخابات فوز الرئيس سامي العادل في الانتخابات الرئاسية بنسبة 94% من الأصوات.",
        "فاز الرئيس سامي العادل بولاية جديدة في الانتخابات الرئاسية، وتفوق على منافسيه.",
    ],
)
MATCH = _articles(
    "m",
    [
        "فاز المنتخب الوطني على ضيفه في المباراة النهائية للبطولة بهدفين.",
        "انتهت المباراة بفوز المنتخب الوطني بهدفين، وانتخب حارسه أفضل لاعب في المباراة.",
        "تأهل المنتخب الوطني بعد الفوز في المباراة.",
    ],
)


def test_in_a_vote_the_candidate_elected_is_the_winner() -> None:
    """ "Tebboune prevailed" after "Tebboune was elected" (``synonyms_by_kind.txt``, a vote's story:
    «انتخب» is «فاز», as «تفوق» is); in a match «انتخب» (a player chosen) keeps its own key."""
    known = _Known(ELECTED["sentences"], stored_summary("x")["sentences"], VOTE)
    assert known._key("انتخب") == known._key("فاز") == known._key("تفوق")
    later = stored_summary("وتفوق الرئيس سامي العادل في الانتخابات الرئاسية.")
    assert new_sentences(later, ELECTED, VOTE) == []
    match = _Known(stored_summary("فاز المنتخب الوطني في المباراة.")["sentences"], [], MATCH)
    assert match._key("انتخب") != match._key("فاز")
