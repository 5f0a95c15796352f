"""Summarizer settings: one frozen, keyword-only object, checked on creation."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from khulasa.errors import (
    SettingsError,
    budget_not_positive,
    compare_not_a_count,
    compare_not_a_share,
    decay_not_positive,
    grouping_embedding_baseline,
    grouping_embeddings,
    grouping_gate,
    grouping_idf_power,
    grouping_min_shared,
    grouping_mutual_k,
    grouping_not_in_unit,
    grouping_not_positive,
    grouping_size_margin,
    no_budget,
    not_a_share,
    not_a_word_range,
    not_whole_days,
    not_whole_words,
    not_zero_or_more,
    one_budget,
    time_window_not_positive,
    unknown_grouping_settings,
    unknown_method,
    unknown_order,
    unknown_settings,
    unknown_split_runons,
)

Method = Literal["ilp", "greedy", "mmr", "lead"]
METHODS: tuple[str, ...] = ("ilp", "greedy", "mmr", "lead")
# What ``Settings.split_runons`` may be (khulasa.text.runon).
SPLIT_RUNONS: tuple[str, ...] = ("off", "replace", "both")
Order = Literal["position", "time", "selection"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Every knob of the pipeline, with the defaults used for all data sets.

    Exactly one budget applies: ``sentences`` or ``chars`` when given, else ``words``.
    """

    words: int | None = 100
    sentences: int | None = None
    chars: int | None = None
    method: Method = "ilp"
    order: Order = "position"
    # Deduplication: sentences whose idf-weighted Jaccard over content terms reaches this merge.
    dedup_threshold: float = 0.35
    # Containment: a short sentence nearly inside a longer one is the same fact.
    containment_threshold: float = 0.75
    # Stem words when matching sentences for deduplication and redundancy.
    stem: bool = False
    # Concepts: content bigrams (and unigrams when unigram_weight > 0), stemmed when stem_concepts.
    # Surface bigrams scored higher on both evaluation sets (docs/quality.md).
    stem_concepts: bool = False
    unigram_weight: float = 0.0
    # ``unigram_weight`` in a short summary (``short_budget``) of several documents. There a fact that
    # several outlets give each in their own words shares no bigram across them and weighs nothing;
    # its content words do recur, and as concepts they count once however many chosen sentences hold
    # them, so a sentence telling a fact again earns none of it twice. Key facts at 60 / 100 / 150
    # words over the six dev sets: 243 / 330 / 398 at 0, 244 / 337 / 397 at 0.1, the dev pool
    # unchanged at 100; MultiLing ROUGE-2 @100 11.3 → 11.7 (docs/quality.md, twenty-third pass).
    short_unigram_weight: float = 0.1
    # ``short_unigram_weight`` for a short summary of more than ``longer_from`` words. Past the
    # first hundred words the facts most outlets report are told, and a sentence telling one of
    # them again in other words still earns the bigrams of its wording; its words, which count once
    # however many chosen sentences hold them, earn it less the more they weigh. Key facts over the
    # ten dev sets (609) at 120 / 150 / 200 / 250 words: 435 / 486 / 520 / 539 at 0.1, 447 / 495 /
    # 524 / 542 at 0.4; restating sentences at 150: 61 -> 49. Not below: at 60 words 0.4 states 296
    # key facts, 0.1 302 (docs/quality.md, twenty-ninth pass). Over the fifteen dev sets of the
    # sixteenth session (912 facts) at 120 / 150 / 200 / 250 words: 634 / 694 / 752 / 779 at 0.4,
    # 635 / 706 / 751 / 781 at 0.6 (150 words: 0.5 700, 0.7 705, 0.8 702, 1.0 701); restating at 150
    # 79 -> 78 (docs/quality.md, "The sixteenth session: the 150-word summary").
    longer_from: int = 100
    longer_unigram_weight: float = 0.6
    # In a short summary of several documents of at most this many words, a telling of the event
    # that opens with a word of reported speech ("وقال البنك المركزي في بيان إن ...",
    # resources/ar/attribution.txt) stands apart from the event group: what a source said is a claim
    # of its own and often gives what the telling does not; at 100 words a second telling came in
    # with it (restating 32 -> 40 over the nineteen dev sets), so not past 60 (docs/quality.md, "The
    # seventeenth session: the four batches run as unseen"; 0: off).
    reported_apart_to: int = 60
    # In a short summary of several documents of at most ``longer_from`` words, the words of what
    # happened (not the story's frame: its names, titles, places, :func:`select.frame_words`) that
    # three documents or more state (select.CONTENT_WORD_DOCUMENTS) weigh this much as concepts
    # when it is above ``short_unigram_weight``. A fact the outlets tell each in their own words
    # shares few bigrams across them but its words recur ("اعتداء", "الركاب"); the names recur in
    # every telling and any sentence holds them, so they stay at the lower weight. Key facts over
    # the eleven dev sets at 60 / 100 words: 343 / 477 at 0.1 (off), 345 / 480 at 0.15; every
    # such word at 0.2, two documents too: 347 / 482, but the desk's summaries change more
    # (docs/quality.md, "The fifteenth session: sentences that state no key fact"; 0: off).
    short_content_unigram_weight: float = 0.15
    # Concepts that occur in a title or heading count as this many more documents.
    title_weight: float = 1.0
    # With several documents, concepts made only of frame words (names, titles, the words that
    # qualify them: "الرئيس الروسي فلاديمير بوتين") weigh this share: every outlet repeats them, so
    # their document count says who the story is about, not what happened. 1 (off): lower values
    # measured within noise on key facts and ROUGE (docs/quality.md).
    frame_weight: float = 1.0
    # With several documents, concepts weighing less than this (about: in fewer documents) are ignored.
    min_concept_weight: float = 1.0
    # With several documents, each concept's weight times the probability, to this power, that a
    # sentence holding it states a key fact, as a logistic model of its features predicts
    # (khulasa.summarizer.learned; resources/model/concept_weights.json). 0: off.
    learned_weight: float = 0.0
    # A short summary: a budget of at most this many words (a budget in sentences or characters is
    # converted with the cluster's mean sentence and word length). It must say each fact once and
    # carry what several outlets report, so two rules apply (0 turns both off):
    # - with several documents, only concepts that two or more documents state count, whatever
    #   their weight (a concept in one outlet's opening weighs 1, the floor above, and would let that
    #   outlet's long opening win over a short sentence most outlets agree on);
    # - a sentence whose content words lie mostly (``REDUNDANCY_CONTAINMENT``) inside another's is
    #   not chosen with it.
    # Longer summaries have room for single-outlet detail and for a sentence that repeats part of
    # another to add to it: measured, either rule there cost ROUGE-2 @250 on MultiLing (docs/quality.md).
    short_budget: int = 150
    # A summary of several documents that do not tell a story over days (``story_days``: the
    # outlets of one news day) is short at any budget: past ``short_budget`` its outlets still tell
    # one event each in their own words, and without the short-summary rules a longer summary
    # spent its words telling again what it had told (khulasa.summarizer.pipeline.for_the_cluster).
    # Key facts over the ten dev sets at 250 words 489 -> 539 of 609, restating sentences 284 -> 173;
    # a story told over days keeps ``short_budget`` (MultiLing ROUGE-2 @250 with the rules: 25.6 ->
    # 20.4; docs/quality.md, twenty-ninth pass).
    same_day_short: bool = True
    # In a short summary of several documents, two sentences that give the same figures (each the
    # same quantity, whatever its value) about the same people or places are one fact told twice
    # and never both chosen (khulasa.extract.claims.restates), however different their words.
    claim_redundancy: bool = True
    # In a short summary of several documents, a sentence that tells again what another tells is
    # never chosen with it: its first word of what happened is among the other's, and the other
    # names every person and place it names and gives every kind of quantity it gives
    # (khulasa.summarizer.select.core_inside; docs/quality.md, fifteenth pass).
    core_redundancy: bool = True
    # With ``core_redundancy``: of the sentences chosen, one that tells again what another chosen
    # one tells, read more loosely (a light verb, a final letter the stemmer leaves, a duration, a
    # toll at another value; khulasa.link.retold), goes, and the budget it frees is spent on the next
    # best sentence (docs/quality.md, twenty-third pass).
    retold_redundancy: bool = True
    # With ``retold_redundancy``: a chosen sentence that opens with a speaker ("أعلن رئيس الوزراء
    # الكندي مارك كارني أن ...") or a short phrase closed by a comma is read past them, the speaker
    # standing for his title's country, and two chosen sentences of one speaker that open on one
    # word of what happened are one reaction (khulasa.extract.speakers). On the dev sets it removes
    # 3 of 19 restating sentences at 100 words, key facts +1 / 0 / -1 at 60 / 100 / 150 (the one at
    # 150 held by a first name read as what happened): docs/quality.md, twenty-eighth pass.
    speaker_redundancy: bool = True
    # With ``retold_redundancy``, after the choice (docs/quality.md, fourteenth session: restating):
    # a country's adjective after a word for a place states the country ("بالعاصمة التركية" is
    # Turkey, khulasa.extract.speakers.placed_countries), the idioms of resources/ar/retold_idioms.txt
    # read as the plain word ("لفظ أنفاسه": died), and the budget a sentence told again frees is not
    # spent on a sentence sharing NEAR_TOLD_WORDS words of what happened with the one it was told in
    # (naming no one and giving no kind of quantity that one lacks). Dev sets: key facts 298 / 412 /
    # 482 -> 301 / 413 / 482 at 60 / 100 / 150 words, restating 7 / 11 / 49 -> 5 / 11 / 48. The desk
    # then marks one more sentence new that the key facts do not list (a version 2 summary's new
    # choice: a year of the victim's career), which its judge counts as falsely new.
    retold_guard: bool = True
    # A summary of several documents opens with the event itself: of the chosen sentences, the one
    # that best states what the documents open with (title, lines above the body, first sentence)
    # is printed first (khulasa.summarizer.opening).
    open_with_event: bool = True
    # A short summary of several documents states the story's central figures (a quantity nearly
    # every document gives a value for: a death toll, a magnitude, a share of the vote) whenever a
    # sentence stating one fits: at the latest value when the documents have publication times,
    # else at the value most of them give; the other outlets' values are shown as disputes
    # (khulasa.summarizer.select.central_figures).
    central_figures: bool = True
    # In a short summary of several documents, each value a candidate tells (a goal's minute, a
    # count, a share: khulasa.summarizer.select.told_values) and each scorer it names
    # (khulasa.summarizer.select.told_scorers) weighs this much per document telling it in any
    # words, as a concept of its own: a fact most outlets state, each in its own wording, weighs as
    # the words they would share had they copied one wording (0: off).
    claim_weight: float = 2.0
    # In a short summary of several documents, in words: a fact whose wording is longer than this
    # share of the budget is told in its longest other wording that fits it and gives every number
    # it gives (pipeline.within_share; 0: off). Key facts at 60 / 100 / 150 words over the 13 dev sets
    # (829): 407 / 563 / 654 -> 414 / 563 / 654, restating 4 / 14 / 39 -> 3 / 14 / 39; one set left
    # out, 412 / 563 / 654 (docs/quality.md, "The twenty-third session: the gap to the oracle on the
    # new batches (helper gap23)").
    wording_share: float = 0.55
    # With ``claim_weight``, up to ``longer_from`` words: the dates, the records' years ("the
    # strongest since 1999") and the gazetteer's places several documents give in their openings
    # are claims too, at the day's share (select.told_details), each read once by the solver: of the
    # tellings of the event the one giving the month or the place weighs more. Key facts at 60 / 100
    # / 150 words over the eight dev sets (551): 272 / 372 / 446 -> 273 / 375 / 446, restating in
    # printed order 2 / 11 / 33 -> 2 / 10 / 33 (docs/quality.md, helper detail21). The desk keeps it
    # off (khulasa.desk.desk).
    detail_claims: bool = True
    # With ``detail_claims``, in a summary of more than this many words (and at most ``longer_from``):
    # a candidate holds a place's claim only beside another claim of its own (a value, a scorer, the
    # day, the venue, a date, a record's year) or a central figure. Past 60 words the lede names the
    # place, and a line giving nothing else the outlets tell ("about 20 typhoons hit the Philippines
    # each year", "Iran and Saudi Arabia agreed to resume relations") bought the place for a few
    # words. At 60 words the place is a short summary's own (a fact told with its place only lost).
    # Key facts at 60 / 100 / 150 words over the 14 dev sets (887): 445 / 603 / 697 -> 445 / 610 /
    # 697, restating 3 / 14 / 47 the same (docs/quality.md, "The twenty-fourth session: sentences
    # that state no key fact (helper vague24)"; at every budget, 441 (2) at 60 words).
    lone_place_to: int = 60
    # In a short summary of several documents, up to ``longer_from`` words: what several outlets
    # state in their own words is a concept (khulasa.summarizer.select.support_groups). A candidate
    # of at most 25 words whose content (its stemmed content words, each weighing its idf) lies at
    # least ``support_threshold`` inside a candidate of another document seeds a group of every
    # candidate holding that much of it; the group weighs this much per document in it and is read
    # once by the solver, and two candidates each holding that much of the other are not both
    # chosen (0: off). The desk keeps it off (khulasa.desk.desk).
    support_weight: float = 1.75
    support_threshold: float = 0.25
    # Past ``longer_from`` words, with ``support_weight`` on: after the choice, a chosen sentence
    # of at most 25 words whose content (its stemmed content words, each weighing its idf, its
    # figures read as values) the other chosen sentences hold together at least this share of,
    # with every value, claim and central figure it gives, tells what they tell: it goes and its
    # budget is spent (khulasa.summarizer.select.told_by_others; 0: off). Key facts over the 13 dev
    # sets at 150 words: 650 -> 650 (restating in printed order 39 -> 36) at 0.5, 651 (36) at 0.55;
    # 60 and 100 words unchanged. Off: chosen with one set left out it gave 647 (38), below no rule's
    # 650 (39) (docs/quality.md, "Support across wordings, again").
    longer_told_share: float = 0.0
    # In a short summary of several documents the event itself is told once: the candidates whose
    # share of what the documents open with (khulasa.summarizer.opening) reaches this share of the
    # best candidate's all state it, and so do those down to opening.RETOLD_SHARE (0.4) that give no
    # quantity the former do not; at most one of them is chosen (0 turns the rule off). Measured on
    # the three same-day dev sets (234 key facts at 100 words; docs/quality.md, sixth pass): 173 at
    # 0.6 with retellings, 170 at 0.7 with retellings, 162 at 0.7 without (the fifth pass's rule);
    # MultiLing ROUGE-2 @100 9.1 at 0.6 and 0.7.
    event_share: float = 0.6
    # With ``event_share``: two candidates of the event group both stand when each holds less than
    # this share of its concept weight in concepts the other holds too (select.event_pairs): an
    # opening that tells what happened at the event in words and names the chosen telling lacks
    # tells another fact. Key facts at 60 / 100 / 150 words over the 23 dev sets, 0 -> 0.1:
    # 647 / 864 / 1034 -> 656 / 892 / 1041, restating in printed order 14 / 33 / 111 -> 14 / 31 /
    # 108 (order-free 19 / 50 / 172 -> 21 / 55 / 169); 0.05: 653 / 881 / 1035, 0.15: 654 / 887, 0.2:
    # 653 / 892 / 1040 with restating 13 / 35 / 119 (docs/quality.md, nineteenth session). The desk
    # keeps 0 (khulasa.desk.desk): two tellings in a version's summary, each in other words, read as
    # new against the other version's (falsely new at half 36 -> 47 on the dev stories).
    event_apart_share: float = 0.1
    # With ``event_share`` and ``claim_weight``: two candidates of the event group also both stand
    # when each holds a claim the other lacks (a value or a scorer several documents state:
    # select._with_told_values; not the day or the venue, which every telling gives), as they do
    # for the central figures (select._other_centrals): a second telling that gives the sum, the
    # jurors or the venue's goals the chosen one lacks states another fact. Key facts at 60 / 100 /
    # 150 words over the eight dev sets (551): 272 / 371 / 445 -> 272 / 372 / 446, restating in
    # printed order 2 / 11 / 33 unchanged; with the day and the venue as claims too 368 at 100
    # (restating 13), values alone 373 at 100 but restating 35 at 150. The desk keeps it off
    # (khulasa.desk.desk), as it keeps ``event_apart_share`` 0 (docs/quality.md, "The
    # twenty-first session: khulasa against the key-fact oracle").
    event_apart_claims: bool = True
    # Per-word value of a sentence's position prior (news leads matter), in units of the cluster's
    # mean concept value per word. 2.0 and the decay below won every cross-validation fold.
    position_weight: float = 2.0
    # The same for a short summary (``short_budget``) of several documents. 0: every outlet opens
    # with the main event, so a bonus per opening word spent a short summary on several outlets'
    # openings that restate it (measured on six multi-outlet clusters: facts repeated 12 → 6 and
    # facts stated 35 → 38 of 54 at 100 words; docs/quality.md). Position still weighs concepts.
    short_position_weight: float = 0.0
    # A story told over days: documents published on at least this many distinct days (their
    # ``published`` date, else the dateline at the top of their text), at least half of them
    # dated (khulasa.summarizer.profile.told_over_days; 0: never). Each of its articles tells that
    # day's development in its own words, so the short-summary rules for same-day outlets that
    # restate one event do not fit it: its short summaries use the two settings below in place of
    # ``short_position_weight`` and ``event_share``. Measured on every dev cluster: the stories
    # told over days (MultiLing) are published on 7-10 days, the same-day outlet clusters on 0-2
    # (docs/quality.md, "Issue 20: short summaries of stories told over days").
    story_days: int = 3
    # An article's opening states its day's development, which another article does not repeat:
    # opening words earn this bonus in a short summary of a story told over days (MultiLing
    # ROUGE-2 @100, five clusters: 9.1 without, 10.7 with 0.5 and ``story_event_share`` 0).
    story_position_weight: float = 0.5
    # ``event_share`` for a story told over days: 0, as there is no one event that all its
    # articles open with.
    story_event_share: float = 0.0
    # ``core_redundancy`` for a story told over days: off, as one happening of the same people told
    # on two days is two days' developments (a second meeting, a count rising), not one fact told
    # twice (MultiLing ROUGE-2 @100: 11.3 without, 11.2 with; docs/quality.md, "Fifteenth pass").
    story_core_redundancy: bool = False
    # Per-word value of a sentence's likeness to the other documents' sentences (its mean
    # idf-weighted cosine with them, the cluster's most alike sentence 1), in units of the mean
    # concept value per word, in a short summary of several documents (0: none).
    centrality_weight: float = 0.0
    # ``centrality_weight`` for a story told over days: each article tells one day, and the sentences
    # that say what the other days' articles say too (who, what, the toll) tell the story; an
    # opening bonus alone spends a short summary on single days' developments. MultiLing ROUGE-2
    # @100, five clusters: 10.7 without, 11.3-11.8 with 0.75-2 (docs/quality.md, "Thirteenth pass").
    story_centrality_weight: float = 2.0
    # ``support_weight`` for a story told over days: off. What several of its articles state in
    # their own words is the background each day repeats, and centrality already weighs it
    # (MultiLing ROUGE-2 @100, five clusters: 11.7 without, 10.3 with 1.75, three times slower;
    # docs/quality.md, "The twenty-second session: support across wordings").
    story_support_weight: float = 0.0
    # Reward per word used, relative to the mean concept value per word: fills the budget on ties.
    fill_weight: float = 0.1
    # Per-word cost, relative to the mean concept value per word, of a sentence that tells what came
    # before or around the news ("ويأتي الحريق بعد ...", "وكانت ... قد"; resources/ar/backdrop_openers.txt)
    # in a short summary of several documents past ``longer_from`` words (0: none). At 60 and 100 words
    # it costs facts: such an opening also starts a match report's narrative (docs/quality.md, "The
    # sixteenth session: sentences that state no key fact").
    backdrop_weight: float = 0.5
    # Per-word cost, relative to the mean concept value per word, of a courtesy sentence (condolences,
    # congratulations, wishes of recovery: "وقدم الرئيس تعازيه", "وهنأ المرشح أنصاره";
    # resources/ar/courtesy_words.txt) that gives no number, in a short summary of several documents
    # up to ``longer_from`` words (0: none). Such a sentence states no fact of the story
    # (docs/quality.md, "The seventeenth session: sentences that state no key fact").
    courtesy_weight: float = 0.5
    # Per-word cost, relative to the mean concept value per word, of a sentence telling an aside
    # (resources/ar/aside_phrases.txt: a count its outlet calls outdated, "الحصيلة السابقة", at every
    # budget; a guess, what an outlet was told, a general welcome, the rescue's difficulty, smoke over
    # the scene, up to ``longer_from`` words) in a short summary of several documents (0: none). Key
    # facts at 60 / 100 / 150 words over the eight dev sets (551): 271 / 368 / 444 -> 272 / 371 /
    # 445, restating unchanged; past 100 words a guess's place went to the event told again. The
    # desk keeps 0 (khulasa.desk.desk; docs/quality.md, "The twentieth session: sentences that
    # state no key fact, by class").
    aside_weight: float = 0.5
    # Per-word cost, relative to the mean concept value per word, of each word a sentence has past
    # half the budget (at most what its concepts weigh), in a short summary of several documents and
    # a budget in words or characters (0: none). At 60 words one sentence of 40-70 words (an
    # opening with every name and title, an official's long statement) took most of the summary,
    # while two or three sentences of 15-25 words would state a fact each that three outlets or
    # more report in their own words; its many concepts outweigh theirs. Key facts at
    # 60 / 100 / 150 words over the six dev sets (435): 213 / 296 / 349 -> 218 / 298 / 349,
    # restating unchanged; 1: 218 / 296, 2: 218 / 298 with one more restating at 60, 3: 212 at 60.
    # At 150 words no chosen sentence is past half (byte-identical). The desk keeps 0
    # (khulasa.desk.desk; docs/quality.md, "The twentieth session: one sentence past half the budget").
    past_half_weight: float = 1.5
    # How fast the position prior decays: prior = 1 / (1 + index / position_decay).
    position_decay: float = 1.5
    # Sentences outside these word counts are not candidates (too short to inform, too long to read).
    min_words: int = 5
    max_words: int = 100
    # Drop sentences that are a bare quotation or mostly non-Arabic from candidates.
    min_arabic_ratio: float = 0.5
    # Drop sentence-initial discourse markers ("ومن جهته،") from summary sentences (offsets move).
    trim_markers: bool = True
    # Compress summary sentences: drop bracketed asides without a claim and opening datelines or
    # agency tags (khulasa.text.compress); the kept text stays exact source passages. Off: measured, it
    # cost 0.7 ROUGE-2 @100 on MultiLing for one more key fact in 53, and 1 of 50 judged
    # compressions dropped a fact (docs/quality.md).
    compress: bool = False
    # Without ``compress``, still drop from summary sentences what is no part of the story: an
    # opening dateline or agency tag ("لندن ، انكلترا -- ", "(رويترز) -"), bracketed agency tags and
    # citation marks ("[3]"); exact source passages as well. These rules were judged good or
    # cosmetic in all their cases (docs/quality.md); the asides are what ``compress`` adds.
    drop_tags: bool = True
    # Offer the main clauses of run-on sentences ("...، وأكد الوزير أن ...", "...، فيما أصيب ...")
    # as candidate sentences of their own (khulasa.text.runon), exact source passages closed with
    # the sentence's stop: "off"; "replace" (the clauses replace the sentence); "both" (the sentence
    # and its clauses, never chosen together). Off: measured, fewer key facts at 60 and
    # 100 words, more restating (docs/quality.md, "The twenty-third session: run-on sentences split").
    split_runons: str = "off"
    # Give a person's title once per summary: a later sentence naming someone an earlier one
    # introduced with a title keeps the name only ("قال الرئيس الروسي فلاديمير بوتين" → "قال فلاديمير
    # بوتين"; khulasa.summarizer.mentions), and the words saved go to more facts.
    shorten_titles: bool = True
    # Drop a leading attribution clause ("وقال الوزير إن"): off, as the claim then loses its speaker.
    trim_attribution: bool = False
    # Also find, for each summary sentence, passages of other outlets that state it in other words
    # (the clause linking of ``khulasa compare``; about 1.6 times the time of a summary, and the ⚠
    # notes its passages bring are mostly wrong: docs/quality.md, thirteenth pass, issue 20).
    paraphrases: bool = False
    # Optional semantic redundancy with the Universal Sentence Encoder extra (0 disables).
    semantic_threshold: float = 0.0

    def __post_init__(self) -> None:
        self._check_budget()
        if self.method not in METHODS:
            raise SettingsError(unknown_method(self.method, METHODS))
        if self.order not in ("position", "time", "selection"):
            raise SettingsError(unknown_order(self.order))
        if self.split_runons not in SPLIT_RUNONS:
            raise SettingsError(unknown_split_runons(self.split_runons, SPLIT_RUNONS))
        self._check_weights()

    def _check_budget(self) -> None:
        for name in ("words", "sentences", "chars"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
                raise SettingsError(budget_not_positive(name, value))
        if self.words is None and self.sentences is None and self.chars is None:
            raise SettingsError(no_budget())
        for name, message in (
            ("short_budget", not_whole_words),
            ("longer_from", not_whole_words),
            ("reported_apart_to", not_whole_words),
            ("lone_place_to", not_whole_words),
            ("story_days", not_whole_days),
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise SettingsError(message(name, value))

    def _check_weights(self) -> None:
        for name in (
            "dedup_threshold",
            "containment_threshold",
            "min_arabic_ratio",
            "semantic_threshold",
            "frame_weight",
            "event_share",
            "event_apart_share",
            "story_event_share",
            "support_threshold",
            "longer_told_share",
            "wording_share",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise SettingsError(not_a_share(name, value))
        for name in (
            "position_weight",
            "short_position_weight",
            "story_position_weight",
            "centrality_weight",
            "story_centrality_weight",
            "fill_weight",
            "backdrop_weight",
            "courtesy_weight",
            "aside_weight",
            "past_half_weight",
            "unigram_weight",
            "short_unigram_weight",
            "longer_unigram_weight",
            "short_content_unigram_weight",
            "min_concept_weight",
            "learned_weight",
            "position_decay",
            "title_weight",
            "claim_weight",
            "support_weight",
            "story_support_weight",
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0.0:
                raise SettingsError(not_zero_or_more(name, value))
        if not self.position_decay > 0.0:
            raise SettingsError(decay_not_positive(self.position_decay))
        if self.min_words < 1 or self.max_words < self.min_words:
            raise SettingsError(not_a_word_range(self.min_words, self.max_words))

    @property
    def budget(self) -> tuple[str, int]:
        """The budget that applies, as ``(unit, amount)`` with unit in words/sentences/chars."""
        if self.sentences is not None:
            return "sentences", self.sentences
        if self.chars is not None:
            return "chars", self.chars
        assert self.words is not None
        return "words", self.words

    def with_budget(
        self, *, words: int | None = None, sentences: int | None = None, chars: int | None = None
    ) -> Settings:
        """A copy whose budget is the one given (others cleared); the default 100 words if none."""
        given = [n for n, v in (("words", words), ("sentences", sentences), ("chars", chars)) if v is not None]
        if len(given) > 1:
            raise SettingsError(one_budget(given))
        if not given:
            return self
        return replace(self, words=words, sentences=sentences, chars=chars)

    def updated(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied; unknown or invalid settings raise :class:`SettingsError`."""
        unknown = sorted(set(changes) - set(self.__dataclass_fields__))
        if unknown:
            raise SettingsError(unknown_settings(unknown, self.__dataclass_fields__))
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The settings as a plain dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareSettings:
    """Knobs of the comparison, checked on creation.

    Two facts from different outlets count as one item when one clause of each states the same
    thing: the idf-weighted cosine of the clauses' content words reaches ``link_threshold`` and
    they share at least ``link_min_content`` words that are not actor names (the predicate and
    what it says; names alone relate sentences without making them the same statement).
    ``embeddings``: when > 0, also link sentences whose multilingual sentence embeddings reach
    this cosine (and that share a content word); needs the ``embeddings`` extra. 0 = off.
    ``unique_per_outlet``: how many unique facts to show per outlet; ``unique_min_words``: shorter
    sentences are too slight to list. ``figure_threshold``: subject similarity for two figures to
    be about the same thing; ``figure_tolerance``: relative difference above which two values
    disagree (approximate ones included). ``max_actors``: how many actors to list. ``stem``: match
    stemmed words when linking facts and figure subjects ("استمر"/"استمرت"), whatever the
    summarizer does.
    """

    link_threshold: float = 0.3
    link_min_content: int = 2
    embeddings: float = 0.0
    unique_per_outlet: int = 5
    unique_min_words: int = 8
    figure_threshold: float = 0.1
    figure_tolerance: float = 0.1
    max_actors: int = 25
    stem: bool = True

    def __post_init__(self) -> None:
        for name in ("link_threshold", "embeddings", "figure_threshold", "figure_tolerance"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise SettingsError(compare_not_a_share(name, value))
        for name in ("link_min_content", "unique_per_outlet", "unique_min_words", "max_actors"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise SettingsError(compare_not_a_count(name, value))

    def to_dict(self) -> dict[str, Any]:
        """The settings as a plain dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupSettings:
    """Knobs of story grouping (:func:`khulasa.stories.group.group_documents`), checked on creation.

    ``threshold``: minimum average tf-idf cosine between the members of two groups for them to
    merge. ``duplicate_threshold``: minimum estimated Jaccard of word shingles for two articles to be
    near-duplicates (always grouped together, even across ``time_window_days``, the furthest apart
    two articles' ``published`` dates may lie for a content link; None: no window).
    ``neighbors``, ``index_terms``, ``max_postings``: candidate search (best candidates kept per
    article, heaviest terms indexed per article, largest posting list indexed). ``shingle_size``,
    ``num_perm``: word n-gram length and MinHash permutations. ``idf_power``: exponent of idf in the
    term weights. ``min_shared``, ``specific_max_df``: a merge (``gate="group"``) or a content edge
    (``gate="pair"``) needs ``min_shared`` specific features in common, features carried by at most
    ``specific_max_df`` articles (0 turns the gate off). ``mutual_k``: keep a content edge only
    between mutual k-nearest neighbours (None: off). ``size_margin``: two groups of sizes a and b
    merge at ``threshold + size_margin / sqrt(a * b)``. ``embeddings``, ``embedding_baseline``: the
    share of Universal Sentence Encoder similarity in every similarity (0: off), and the cosine two
    unrelated news articles typically have (mean between stories in the dev feeds: 0.14-0.21).
    ``event_names``: read the places, people, teams and companies each article's opening names
    (:mod:`khulasa.stories.events`); two groups whose central names differ (or that share only a
    country while their own cities or companies differ) merge only at an average cosine of at least
    ``names_link`` (two matches or two quakes of one day share a kind's words, rarely that much);
    two match reports naming different teams never merge by content. ``event_kinds``: read the
    kinds of event each opening names (quake, crash, match, ...), and a match report's sport; two
    groups whose central kinds differ merge only at ``names_link`` too (a runway collision and a
    quake of one day in one country share the country's words); two match reports of different
    sports (a football and a tennis final of one day) never merge by content.
    """

    threshold: float = 0.04
    duplicate_threshold: float = 0.5
    time_window_days: float | None = None
    neighbors: int = 10
    index_terms: int = 24
    max_postings: int = 2000
    shingle_size: int = 3
    num_perm: int = 64
    idf_power: float = 2.0
    min_shared: int = 6
    specific_max_df: int = 50
    mutual_k: int | None = None
    size_margin: float = 0.1
    gate: str = "group"
    embeddings: float = 0.0
    embedding_baseline: float = 0.2
    event_names: bool = True
    names_link: float = 0.2
    event_kinds: bool = True

    def __post_init__(self) -> None:
        for name in ("threshold", "duplicate_threshold", "names_link"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise SettingsError(grouping_not_in_unit(name, value))
        self._check_weights()
        self._check_search()

    def _check_weights(self) -> None:
        if not self.idf_power > 0:
            raise SettingsError(grouping_idf_power(self.idf_power))
        if not self.size_margin >= 0:
            raise SettingsError(grouping_size_margin(self.size_margin))
        if self.mutual_k is not None and (not isinstance(self.mutual_k, int) or self.mutual_k < 1):
            raise SettingsError(grouping_mutual_k(self.mutual_k))
        if not 0.0 <= self.embeddings <= 1.0:
            raise SettingsError(grouping_embeddings(self.embeddings))
        if not 0.0 <= self.embedding_baseline < 1.0:
            raise SettingsError(grouping_embedding_baseline(self.embedding_baseline))

    def _check_search(self) -> None:
        if self.gate not in ("pair", "group"):
            raise SettingsError(grouping_gate(self.gate))
        if not isinstance(self.min_shared, int) or self.min_shared < 0:
            raise SettingsError(grouping_min_shared(self.min_shared))
        if self.time_window_days is not None and not self.time_window_days > 0:
            raise SettingsError(time_window_not_positive(self.time_window_days))
        for name in ("neighbors", "index_terms", "max_postings", "shingle_size", "num_perm", "specific_max_df"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise SettingsError(grouping_not_positive(name, value))

    def updated(self, **changes: Any) -> GroupSettings:
        """A copy with ``changes`` (checked like any new settings); unknown names are an error."""
        unknown = sorted(set(changes) - set(self.__dataclass_fields__))
        if unknown:
            raise SettingsError(unknown_grouping_settings(unknown))
        return replace(self, **changes)
