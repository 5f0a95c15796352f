"""What is new for a reader of an earlier summary version, the thirty-seventh pass (docs/desk.md):
a main statement told again in fewer words (its content words all in one clause of version V, every
word of it in version V) is printed there, so the clause it adds is an added detail, not «جديد»;
not so what a speaker said, which may run on into the next clause; a title the name reader took
for a name («حسب مراسل …») and a word with a pronoun of possession («مكانهما») name no one."""

from __future__ import annotations

from khulasa.desk.updates import _Known, new_sentences, what_is_new
from khulasa.extract.claims import claims_of
from khulasa.types import Document
from tests.conftest import stored_summary as _summary

OWN_GOAL = "وسجل المدافع سامر هدفا بالخطأ في مرمى منتخب الوادي عند الدقيقة 40."
RETOLD = "وسجل المدافع سامر هدف الجزيرة، بالخطأ في مرمى منتخب بلاده، حين حاول إبعاد الكرة."
MATCH = [
    Document(
        id="m/1",
        source="one",
        text="فاز منتخب الوادي على منتخب الجزيرة بهدفين مقابل هدف. سجل المهاجم الهدف الأول وسجل الجناح "
        "الهدف الثاني. " + OWN_GOAL,
    ),
    Document(
        id="m/2",
        source="two",
        text="سجل منتخب الوادي هدفين في الشوط الأول. وسجل منتخب الجزيرة هدفا واحدا. وتأهل الوادي إلى الدور "
        "الثاني بعد هذا الفوز.",
    ),
    Document(
        id="m/3", source="three", text="انتهت المباراة بفوز الوادي. سجل اللاعبون ثلاثة أهداف في المباراة. " + RETOLD
    ),
    Document(
        id="m/4",
        source="four",
        text="تأهل منتخب الوادي بعد فوزه على الجزيرة. وسجل الهدف الأول المهاجم في الدقيقة الرابعة وسجل الثاني الجناح.",
    ),
]


def test_a_statement_told_in_fewer_words_is_printed_and_its_new_clause_a_detail() -> None:
    """ "The defender scored the side's goal, into his own net, trying to clear the ball" after "the
    defender scored an own goal in the 40th minute": the scoring is the reader's (its words all in
    that clause, which linking weighs against the minute and "by mistake" it adds), the clearance
    is the detail (before the thirty-seventh pass: «جديد» for its statement)."""
    earlier = _summary("فاز منتخب الوادي على منتخب الجزيرة بهدفين مقابل هدف وتأهل إلى الدور الثاني.", OWN_GOAL)
    changes = what_is_new(_summary(RETOLD), earlier, MATCH)
    assert changes.new == []
    assert [(i, [RETOLD[a:b] for a, b in spans]) for i, spans in changes.details] == [(0, ["حين حاول إبعاد الكرة."])]


def test_what_a_speaker_said_is_not_held_by_its_subject() -> None:
    """ "The police said the blast, was done with a car bomb": the clause before the comma holds only
    what version V told (the blast); what the police said runs on into the next clause and is news."""
    earlier = _summary("وقع حادث التفجير ضد الشرطة قرب مدخل الملعب بعد نهاية المباراة وأصيب عدد من رجاله.")
    later = _summary("وأشارت الشرطة إلى أن حادث التفجير، تم بسيارة مفخخة ركنت قرب مدخل الملعب.")
    assert what_is_new(later, earlier).new == [0]


def test_a_title_names_no_one() -> None:
    """The name reader runs on from «الشيخ» (a title) to «مراسل»: a title is no person version V
    never named, so the crash told again with its source is no news."""
    later = "تحطمت الطائرة بعد وقت قصير من إقلاعها من مطار شرم الشيخ، حسب مراسل الأفق."
    assert ("person", "مراسل") in claims_of(later).names
    earlier = _summary("تحطمت الطائرة بعد وقت قصير من إقلاعها من مطار شرم الشيخ صباح السبت.")
    assert new_sentences(_summary(later), earlier) == []


def test_a_word_with_a_pronoun_of_possession_names_no_one() -> None:
    """ "… واللواء كريم حداد مكانهما": «مكانهما» (their place) is no name (the reader, which ran on
    into it before names22, now ends the name before a word with a pronoun on it); a name the
    story's linking reads stays one."""
    text = "وأقال الرئيس وزيري الدفاع والداخلية، وعين الفريق سالم ناصر، واللواء كريم حداد مكانهما."
    assert ("person", "حداد") in claims_of(text).names
    assert ("person", "مكانهما") not in claims_of(text).names
    docs = [
        Document(id="g/1", source="one", text=text),
        Document(id="g/2", source="two", text="أدى اللواء كريم حداد اليمين وزيرا للداخلية أمام الرئيس."),
    ]
    known = _Known(_summary("أدى اللواء كريم حداد اليمين وزيرا للداخلية.")["sentences"], [], docs)
    assert not known._a_name("مكانهما")
    assert known._a_name("حداد")
