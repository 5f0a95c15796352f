import math

from hypothesis import given
from hypothesis import strategies as st

from khulasa.resources import load_word_list
from khulasa.text.normalize import (
    Analyzer,
    arabic_ratio,
    count_words,
    idf_weights,
    letter_tokens,
    normalize,
    smoothed_idf,
    stopwords,
    tokenize,
)


def test_normalize_folds_spelling_variants():
    assert normalize("مدرَّسةٌ") == normalize("مدرسه")
    assert normalize("أحمد") == normalize("احمد") == normalize("إحمد")
    assert normalize("مصطفى") == normalize("مصطفي")
    assert normalize("مســؤول") == normalize("مسوول")


def test_normalize_maps_arabic_indic_digits():
    assert normalize("٢٠١٩") == "2019"
    assert normalize("۲۵") == "25"


def test_tokenize_keeps_arabic_words_and_numbers():
    assert tokenize("التقى الزعيمان، يوم 25 نيسان/أبريل!") == ["التقي", "الزعيمان", "يوم", "25", "نيسان", "ابريل"]


def test_tokenize_does_not_split_at_diacritics():
    assert tokenize("مدرّسة") == ["مدرسه"]


def test_tokenize_keeps_decimals_whole():
    assert "3.5" in tokenize("ارتفع بنسبة 3.5 في المئة")


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_tokenize_is_stable_under_normalization(text):
    assert tokenize(normalize(text)) == tokenize(text)


def test_normalize_stopwords_survive_normalization():
    raw = load_word_list("ar/stopwords.txt")
    assert {normalize(w) for w in raw} == stopwords()
    assert "في" in stopwords() and normalize("إلى") in stopwords()


def test_normalize_analyzer_stems_and_drops_stopwords():
    analyzer = Analyzer(stem=True)
    terms = analyzer.content_terms("قال الرئيس إن المحادثات كانت مفيدة في العاصمة")
    assert "في" not in terms and "قال" not in terms
    assert analyzer.content_terms("الرئيس") == analyzer.content_terms("رئيس")
    assert analyzer.content_terms("والعلاقات") == analyzer.content_terms("العلاقات")


def test_normalize_analyzer_without_stemming_returns_tokens():
    assert Analyzer(stem=False).terms("المحادثات المباشرة") == ["المحادثات", "المباشره"]


def test_normalize_arabic_ratio_and_word_count():
    assert arabic_ratio("hello") == 0.0
    assert arabic_ratio("مرحبا") == 1.0
    assert count_words("قال بوتين : « نعم » 25") == 4


@given(st.text(min_size=0, max_size=200), st.integers(min_value=1, max_value=150))
def test_letter_counts_of_long_texts_match_the_short_text_path(piece, times):
    from khulasa.text import normalize as module

    text = piece * times + "x" * 20_001  # long enough for the vectorized path
    short = (sum(map(len, module._ARABIC_LETTERS.findall(text))), sum(map(len, module._LETTERS.findall(text))))
    assert module.letter_counts(text) == short


def test_letter_counts_keep_lone_surrogates_apart():
    from khulasa.text.normalize import letter_counts

    # A lone high and a lone low surrogate around an Arabic letter must not become one character.
    text = ("\ud83d" + "ب" + "\ude00") * 10_000
    assert letter_counts(text) == (10_000, 10_000)


@given(
    st.text(alphabet=st.sampled_from("بوتين كيم ٢٥ 3.5 ١٠٫٥ x_y é² ،.-\u064e\u0640"), max_size=40)
    | st.text(max_size=40)
)
def test_letter_tokens_are_tokenize_without_its_numbers(text):
    assert letter_tokens(text) == [t for t in tokenize(text) if not t[0].isdecimal()]


def test_idf_weights_count_each_term_once_per_sentence():
    idf = idf_weights([["بوتين", "كيم", "كيم"], ["بوتين"], ["قمة"]])
    assert idf == smoothed_idf({"بوتين": 2, "كيم": 1, "قمة": 1}, 3)
    assert idf["كيم"] == math.log(4 / 1.5)
    assert idf["بوتين"] < idf["قمة"]


def test_normalize_long_text_folds_as_short_words():
    # Long texts are folded by str.replace, words by str.translate: both must give the same text.
    words = ["أحمد", "إلى", "آخر", "مدرسةٌ", "مسؤول", "شاطئ", "گرم", "کتاب", "ی", "٢٠١٩", "۲۵", "ٱلقمر", "Beirut"]
    text = " ".join(words * 3)
    assert len(text) > 100
    assert normalize(text) == " ".join(normalize(w) for w in words * 3)


def test_normalize_folds_heh_as_persian_and_urdu_type_it():
    # A Kuwaiti page keyed on a Persian keyboard writes Mashhad "مشھد": one word with "مشهد".
    assert normalize("مشھد") == normalize("مشهد")
    assert tokenize("عادوا من مشھد") == tokenize("عادوا من مشهد")
    assert normalize("مدرسۃ") == normalize("مدرسة")


def test_normalize_replacements_are_never_replaced_again():
    # What lets normalize apply the pairs one after the other in any order.
    from khulasa.text.normalize import _CHAR_PAIRS

    assert not {letter for letter, _ in _CHAR_PAIRS} & {new for _, new in _CHAR_PAIRS}
    assert all(len(letter) == 1 and len(new) == 1 for letter, new in _CHAR_PAIRS)


@given(st.text(alphabet=st.sampled_from("أإآٱىةؤئگکیھہەۀۃابتهوي ٠١٢٣۴۵ABcَُِّـ"), max_size=80))
def test_normalize_folds_as_one_translation(text):
    from khulasa.text.normalize import _CHAR_MAP, _DIACRITICS

    assert normalize(text) == _DIACRITICS.sub("", text).translate(_CHAR_MAP).lower()
