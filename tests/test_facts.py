"""Deduplication: near-identical sentences across outlets become one fact with all its sources."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from khulasa.summarizer.facts import _components_apart, group_facts, similar_pairs, term_matrix
from khulasa.text.normalize import Analyzer
from khulasa.types import Sentence

ANALYZER = Analyzer(stem=True)

WIRE = "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في فلاديفوستوك يوم الخميس"
EDITED = "والتقى الرئيس الروسي فلاديمير بوتين بالزعيم الكوري الشمالي كيم جونغ أون في مدينة فلاديفوستوك الخميس"
OTHER = "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج"
FILLER = [
    "أعلنت وزارة الصحة تسجيل حالات جديدة في عدد من المحافظات الجنوبية",
    "افتتح المعرض الدولي للكتاب أبوابه أمام الزوار بمشاركة مئات الناشرين",
    "فاز الفريق المحلي على ضيفه بثلاثة أهداف مقابل هدف في مباراة الأمس",
]


def sentences(*texts: tuple[str, str]) -> list[Sentence]:
    return [Sentence(doc, i, 0, len(t), t) for i, (doc, t) in enumerate(texts)]


def terms(text: str) -> frozenset[str]:
    return frozenset(ANALYZER.content_terms(text))


def test_facts_term_matrix_is_binary_per_sentence():
    matrix, vocab = term_matrix([["a", "b", "a"], ["b"]])
    assert matrix.shape == (2, 2)
    dense = matrix.toarray()
    assert dense[0].tolist() == [1.0, 1.0]
    assert dense[1, vocab["b"]] == 1.0 and dense[1, vocab["a"]] == 0.0


def test_facts_similar_pairs_find_edited_wire_copy_but_not_other_news():
    sets = [terms(t) for t in (WIRE, OTHER, EDITED, *FILLER)]
    pairs = similar_pairs(sets, jaccard=0.35, containment=0.75)
    assert (0, 2) in pairs
    assert all(1 not in p for p in pairs)


def test_facts_similar_pairs_catch_a_sentence_contained_in_a_longer_one():
    short = "بوتين الزعيم الكوري الشمالي كيم جونغ أون فلاديفوستوك"
    longer = WIRE + " وبحثا العلاقات الاقتصادية والوضع في شبه الجزيرة الكورية والعقوبات الدولية"
    sets = [terms(t) for t in (longer, short, *FILLER)]
    assert (0, 1) in similar_pairs(sets, jaccard=0.9, containment=0.75)
    assert similar_pairs(sets, jaccard=0.9, containment=1.01) == []


def test_facts_components_join_transitively_and_sort_by_first_member():
    texts = ["a b", "c d", "c d", "a b", "a b"]
    assert _components_apart(texts, [(3, 4), (0, 3), (1, 2)]) == ([[0, 3, 4], [1, 2]], [])


def test_facts_components_never_join_differing_figures_through_a_third_wording():
    texts = ["مقتل 12 شخصا في الزلزال", "سقوط قتلى في الزلزال", "مقتل 15 شخصا في الزلزال"]
    components, refused = _components_apart(texts, [(0, 1), (1, 2)])
    assert components == [[0, 1], [2]]
    assert refused == [(1, 2)]


def test_facts_differing_names_stay_apart_but_are_not_disputes():
    texts = ["قال الرئيس الأمريكي دونالد ترامب إن القمة ناجحة", "قال الرئيس الروسي فلاديمير بوتين إن القمة ناجحة"]
    assert _components_apart(texts, [(0, 1)]) == ([[0], [1]], [])


QUAKE = "ضرب زلزال قوي إقليم الحوز جنوب مراكش صباح الخميس ما أسفر عن مقتل {} وإصابة العشرات بجروح"


def test_facts_near_copies_with_other_death_toll_are_contested_not_merged():
    sents = sentences(
        ("a", QUAKE.format("12 شخصا")),
        ("b", QUAKE.format("12 شخصا")),
        ("c", QUAKE.format("15 قتيلا")),
        *(("d", f) for f in FILLER),
    )
    facts = group_facts(sents, ANALYZER, jaccard=0.35, containment=0.75)
    twelve = next(f for f in facts if f.representative.doc in "ab")
    fifteen = next(f for f in facts if f.representative.doc == "c")
    assert set(twelve.docs) == {"a", "b"} and fifteen.docs == ("c",)
    assert [s.doc for s in twelve.contested] == ["c"]
    assert {s.doc for s in fifteen.contested} <= {"a", "b"} and fifteen.contested


def test_facts_group_keeps_every_source_and_a_candidate_representative():
    sents = sentences(("a", WIRE), ("b", OTHER), ("c", EDITED), *(("d", f) for f in FILLER))
    facts = group_facts(
        sents, ANALYZER, jaccard=0.35, containment=0.75, is_candidate=[False, True, True] + [True] * len(FILLER)
    )
    merged = [f for f in facts if len(f.sentences) > 1]
    assert len(merged) == 1
    assert set(merged[0].docs) == {"a", "c"}
    assert merged[0].representative.doc == "c"  # the only candidate wording
    assert sum(len(f.sentences) for f in facts) == len(sents)


def test_facts_group_of_unrelated_sentences_is_one_fact_each():
    sents = sentences(("a", OTHER), *(("b", f) for f in FILLER))
    facts = group_facts(sents, ANALYZER, jaccard=0.35, containment=0.75)
    assert [len(f.sentences) for f in facts] == [1] * len(sents)


def test_facts_dense_and_sparse_paths_find_the_same_pairs(monkeypatch):
    import khulasa.summarizer.facts as facts_module

    sets = [terms(t) for t in (WIRE, OTHER, EDITED, *FILLER, WIRE + " وبحثا العلاقات الاقتصادية")]
    dense = similar_pairs(sets, jaccard=0.35, containment=0.75)
    monkeypatch.setattr(facts_module, "_DENSE_MAX_CELLS", 0)
    assert sorted(similar_pairs(sets, jaccard=0.35, containment=0.75)) == sorted(dense)
    assert (0, 2) in dense


def _pairwise_central(members, term_sets, candidate):
    def centrality(i):
        return (candidate[i], sum(len(term_sets[i] & term_sets[j]) for j in members if j != i), -i)

    return max(members, key=centrality)


@given(
    st.lists(st.tuples(st.frozensets(st.sampled_from("abcdefgh"), max_size=6), st.booleans()), min_size=1, max_size=12)
)
def test_facts_most_central_equals_the_pairwise_definition(rows):
    from khulasa.summarizer.facts import _most_central

    term_sets = [terms for terms, _ in rows]
    candidate = [flag for _, flag in rows]
    members = list(range(len(rows)))
    assert _most_central(members, term_sets, candidate) == _pairwise_central(members, term_sets, candidate)


def test_facts_near_exact_copies_that_differ_in_a_number_are_one_fact():
    copies = [("d0", WIRE + " 1"), *((f"d{k}", f"{WIRE} {k + 1}") for k in range(1, 300)), ("x", OTHER)]
    facts = group_facts(sentences(*copies), ANALYZER, jaccard=0.35, containment=0.75)
    assert len(facts) == 2
    assert len(facts[0].docs) == 300 and facts[1].docs == ("x",)
