"""What is new and what one outlet adds (desk/updates.py ``what_is_new``, ``_Known.colour``): a
sentence new only for a figure one outlet of the story gives, all else it adds that outlet's too, is
an added detail; a figure two outlets give, a toll, a statement other outlets carry stay news
(docs/desk.md, thirtieth pass). Made-up sentences."""

from __future__ import annotations

from typing import Any

from khulasa.desk.updates import what_is_new
from khulasa.types import Document

OPENING = "افتتح رئيس البلاد الملعب الجديد في مدينة الساحل مساء الجمعة بحضور وزير الرياضة."
OTHER = "وافتتح رئيس البلاد مساء الجمعة الملعب الجديد في مدينة الساحل، وقال وزير الرياضة إن العمل فيه استمر أعواما."


def _summary(*texts: str) -> dict[str, Any]:
    return {"sentences": [{"text": t, "sources": []} for t in texts]}


def _outlets(own: str, *others: str) -> list[Document]:
    """The story's articles: the first outlet's holds ``own``; each of ``others`` is another outlet's
    article (the opening told in its words, then the text given)."""
    docs = [Document(id="d0", text=f"{OPENING} {own}", source="outlet0")]
    docs += [Document(id=f"d{i}", text=f"{OTHER} {t}", source=f"outlet{i}") for i, t in enumerate(others, 1)]
    return docs


CROWD = "وامتلأت المدرجات بحضور 45 ألف متفرج، وأدار المباراة الافتتاحية حكم دولي من القارة."


def test_a_figure_one_outlet_gives_with_nothing_else_of_the_story_is_a_detail():
    earlier, later = _summary(OPENING), _summary(CROWD)
    # Only the first outlet counts the crowd, and no other tells of the stands or the referee.
    changes = what_is_new(later, earlier, _outlets(CROWD, "", "", ""))
    assert changes.new == [] and [i for i, _ in changes.details] == [0]
    spans = dict(changes.details)[0]
    assert "45 ألف متفرج" in " ".join(CROWD[a:b] for a, b in spans)
    # A second outlet gives the same crowd: a figure of the story, news.
    crowd = "وقدرت الشرطة عدد الحضور بنحو 45 ألف متفرج."
    assert what_is_new(later, earlier, _outlets(CROWD, crowd, "", "")).new == [0]
    # In a story of three outlets (its first hours), one outlet's word is a third of it: news.
    assert what_is_new(later, earlier, _outlets(CROWD, "", "")).new == [0]


def test_a_toll_or_a_statement_other_outlets_carry_stays_news_whoever_gives_the_figure():
    earlier = _summary(OPENING)
    # The injured, from one outlet: a toll is news whoever gives it.
    toll = "وسقط 45 جريحا في تدافع عند بوابات الملعب قبل بدء المباراة الافتتاحية."
    assert what_is_new(_summary(toll), earlier, _outlets(toll, "", "", "")).new == [0]
    # One outlet's figure in a statement two other outlets tell too: the statement is news.
    storm = "واقتلعت عاصفة قوية سقف المدرج الشمالي بعد ساعتين من الافتتاح، مخلفة أضرارا بقيمة 45 مليون دولار."
    carried = "واقتلعت عاصفة قوية سقف المدرج الشمالي بعد الافتتاح."
    assert what_is_new(_summary(storm), earlier, _outlets(storm, carried, carried, "")).new == [0]


def test_a_goal_told_one_minute_off_is_the_same_goal_by_another_clock():
    earlier = _summary("وأدرك المهاجم كريم الراشد التعادل للفريق الأزرق في الدقيقة 49 بتسديدة من خارج المنطقة.")
    # The same scorer's goal a minute earlier: outlets count the minute begun or the minute ended.
    assert what_is_new(_summary("وسجل كريم الراشد هدف التعادل للفريق الأزرق في الدقيقة 48."), earlier).new == []
    # Ten minutes off, or another scorer's goal a minute off: news.
    assert what_is_new(_summary("وسجل كريم الراشد هدف التعادل للفريق الأزرق في الدقيقة 58."), earlier).new == [0]
    assert what_is_new(_summary("وسجل سامي البدري هدف التعادل للفريق الأزرق في الدقيقة 48."), earlier).new == [0]


def test_a_statement_another_outlet_tells_in_other_words_is_carried_by_two():
    """The opening of an event, one outlet's sentence with its edition's number and the host's full
    name: another outlet tells the opening in a clause of its own words around it, which no clause
    linking joins to the longer clause. A clause of that outlet holding every word the sentence
    adds to the earlier summary's (two or more) carries it: two outlets tell the opening, news
    (thirty-first pass)."""
    host = "ويستضيف الاتحاد الإقليمي للسباحة والغطس البطولة المائية في الملعب الجديد."
    earlier = _summary(OPENING, host)
    opening = "وانطلقت في مدينة الساحل أعمال البطولة المائية الـ 12 للاتحاد الإقليمي للسباحة والغطس."
    later = _summary(opening)
    other = (
        "وانطلقت أعمال البطولة وسط حضور جماهيري كبير ومشاركة واسعة من السباحين والمدربين والحكام"
        " القادمين من عشرين بلدا."
    )
    assert what_is_new(later, earlier, _outlets(f"{host} {opening}", other, "", "")).new == [0]
    # The words it adds in two clauses of the other outlet, none holding both: one outlet's, a detail.
    apart = "وانطلقت الجماهير نحو الملعب الجديد وسط حضور كبير. وتتواصل أعمال الصيانة في المدرجات منذ أسابيع."
    changes = what_is_new(later, earlier, _outlets(f"{host} {opening}", apart, "", ""))
    assert changes.new == [] and [i for i, _ in changes.details] == [0]


def test_people_counted_by_another_noun_are_the_same_figure_of_two_outlets():
    """ "3.5 مليون مواطن" (people) and another outlet's "3.5 مليون هندي" (a counted noun the reader
    takes for a thing) are one figure two outlets give: news, not one outlet's detail."""
    earlier = _summary(OPENING)
    people = "ويقيم في البلاد نحو 3.5 مليون مواطن من الجالية، ويشكلون أكبر جالية وافدة فيها."
    others = "ويعيش في البلاد نحو 3.5 مليون هندي."
    assert what_is_new(_summary(people), earlier, _outlets(people, others, "", "")).new == [0]
    # Given by that outlet alone, it stays its detail.
    changes = what_is_new(_summary(people), earlier, _outlets(people, "", "", ""))
    assert changes.new == [] and [i for i, _ in changes.details] == [0]


def test_a_main_statement_unknown_for_its_words_is_news_beside_one_outlets_figure():
    """One outlet's figure makes a detail only of what was told before (forty-fifth pass): "the
    federation praised the stadium, which ended a 12-year wait" is news for its main statement,
    though the 12 years are one outlet's; the crowd of one outlet in a main statement of its own
    figure stays a detail (the thirtieth pass)."""
    earlier = _summary(OPENING)
    praise = "وأشاد الاتحاد القاري بتصميم الملعب الجديد، حيث أنهى انتظارا دام 12 عاما لجماهير المدينة."
    changes = what_is_new(_summary(praise), earlier, _outlets(praise, "", "", ""))
    assert changes.new == [0] and changes.details == []
    assert [i for i, _ in what_is_new(_summary(CROWD), earlier, _outlets(CROWD, "", "", "")).details] == [0]
