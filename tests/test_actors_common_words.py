"""Actors: a word the cluster shows to be a common word (a pronoun on it, a verb's other tense, a
preposition before a noun the cluster writes with the article) is no person's name after a title,
and so no frame term of clause linking (docs/desk.md, forty-sixth pass)."""

from __future__ import annotations

from khulasa.extract.actors import _common_word, find_actors
from khulasa.link.clauses import linking_context
from khulasa.summarizer.pipeline import prepare
from khulasa.text.normalize import Analyzer, stopwords
from khulasa.types import Document

# "استقبل"/"يستقبل": the verb's two tenses; "نظير"/"نظيره"; "قرينته": a noun with a pronoun.
_VISIT = (
    "الرئيس المصري يستقبل نظيره التركي رجب طيب أردوغان في القاهرة.",
    "استقبل الرئيس المصري عبد الفتاح السيسي نظيره الرئيس التركي رجب طيب أردوغان في مطار القاهرة.",
    "وصل الرئيس التركي رجب طيب أردوغان وقرينته إلى القاهرة في أول زيارة منذ 12 عاما.",
    "وكان الرئيس التركي وقرينته في استقبال الوفد، وقال أردوغان إن الزيارة تفتح صفحة جديدة مع نظير له.",
    "الرئيس المصري يستقبل نظيره التركي ويعقدان مباحثات في قصر الاتحادية.",
)


def _docs(*texts: str) -> list[Document]:
    return [Document(chr(ord("a") + k), text) for k, text in enumerate(texts)]


def test_a_verb_or_a_noun_with_a_pronoun_after_a_title_is_no_person() -> None:
    names = {a.name for a in find_actors(prepare(_docs(*_VISIT)))}
    assert "رجب طيب أردوغان" in names
    assert not any(w in name for name in names for w in ("يستقبل", "نظيره", "وقرينته"))


def test_the_verb_and_the_noun_are_no_frame_terms() -> None:
    analyzer = Analyzer(stem=True)
    ctx = linking_context(prepare(_docs(*_VISIT)), analyzer)
    for word in ("استقبل", "نظيره"):
        assert not set(analyzer.content_terms(word)) & ctx.names, word
    assert set(analyzer.content_terms("أردوغان")) <= ctx.names


def test_what_the_cluster_shows_of_a_word() -> None:
    stop = stopwords()
    # A preposition before a noun the cluster writes with the article; not before a bare word only.
    assert _common_word("بتحقيق", "بتحقيق", {"بتحقيق", "تحقيق", "التحقيق"}, stop)
    assert not _common_word("بتحقيق", "بتحقيق", {"بتحقيق", "تحقيق"}, stop)
    assert not _common_word("بوتين", "بوتين", {"بوتين", "وتين"}, stop)
    # A noun the cluster writes with a pronoun ("مدتها": the ة written ت before it).
    assert _common_word("لمده", "لمدة", {"لمده", "مده", "مدتها"}, stop)
    # A bare "ه" (not ة) is a pronoun after a consonant, or when the cluster writes the word without
    # it; names end in "يه" ("ديدييه", "نبيه"), "عبده" is a linker's; a definite word takes none.
    assert _common_word("نظيره", "نظيره", {"نظيره"}, stop)
    assert _common_word("منصبه", "منصبه", {"منصبه"}, stop)
    assert not _common_word("ديدييه", "ديدييه", {"ديدييه"}, stop)
    assert not _common_word("نبيه", "نبيه", {"نبيه"}, stop)
    assert not _common_word("عبده", "عبده", {"عبده"}, stop)
    assert not _common_word("الله", "الله", {"الله"}, stop)
    assert not _common_word("رياضه", "رياضة", {"رياضه"}, stop)
    assert _common_word("وزوجته", "وزوجته", {"وزوجته", "زوجته"}, stop)
    # A verb whose other tense the cluster writes; a name that begins with ي or ت is none.
    assert _common_word("يفتتح", "يفتتح", {"يفتتح", "افتتح"}, stop)
    assert not _common_word("تبون", "تبون", {"تبون", "يبون"}, stop)


def test_names_that_look_like_words_stay_names() -> None:
    # "بيزشكيان"/"بزشكيان": a spelling with ي is no verb's tense; "رياض" beside "الرياضة" is a name.
    texts = (
        "فاز المرشح مسعود بزشكيان، وقال مسعود بزشكيان إنه سيعمل للجميع.",
        "وهنأ المرشح مسعود بيزشكيان الناخبين. وأكد بيزشكيان أن الرياضة أولوية.",
        "وسجل القائد رياض محرز، وقال رياض محرز إن الفريق قاتل.",
    )
    names = {a.name for a in find_actors(prepare(_docs(*texts)))}
    assert "مسعود بزشكيان" in names
    assert "رياض محرز" in names


def test_a_title_is_no_spelling_of_a_name() -> None:
    # "رئيس" differs from "رئيسي" by one letter, as transliterations do, but it is a title.
    texts = (
        "وقال الرئيس الإيراني إبراهيم رئيسي إن بلاده ترحب بالاتفاق.",
        "وأكد الرئيس إبراهيم رئيسي أن الحوار مستمر، وقال رئيس البرلمان إن الجلسة مفتوحة.",
        "ورحب رئيس الوزراء بالاتفاق، وقال رئيسي إن العلاقات ستعود.",
    )
    actors = {a.name: a for a in find_actors(prepare(_docs(*texts)))}
    raisi = actors["إبراهيم رئيسي"]
    docs = {d.id: d.text for d in _docs(*texts)}
    assert "رئيس" not in {docs[m.doc][m.start : m.end] for m in raisi.mentions}
