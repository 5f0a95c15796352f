"""Actors: a compound name with "عبد" (or "أبو") written joined or apart is one actor."""

from __future__ import annotations

from khulasa.extract.actors import cues, find_actors, split_joined_names, title_candidates
from khulasa.extract.figures import tokens
from khulasa.summarizer.pipeline import prepare
from khulasa.text.normalize import stopwords
from khulasa.types import Document


def _actors(*texts: str) -> dict[str, tuple[str, ...]]:
    docs = [Document(chr(ord("a") + k), text) for k, text in enumerate(texts)]
    return {a.name: a.docs for a in find_actors(prepare(docs))}


def test_joined_and_apart_abd_names_are_one_actor() -> None:
    actors = _actors(
        "استقبل الرئيس الجزائري عبدالمجيد تبون وزير الخارجية أمس. وقال تبون إن العلاقات متينة.",
        "وأكد الرئيس عبد المجيد تبون أن الزيارة ناجحة. وأضاف تبون أن التعاون مستمر.",
        "وقال الرئيس عبدالمجيد تبون في خطاب إن البلاد تمضي قدما.",
    )
    assert actors["عبد المجيد تبون"] == ("a", "b", "c")
    assert not any("عبدالمجيد" in name for name in actors)


def test_joined_name_mentions_point_at_the_text_as_written() -> None:
    docs = [
        Document("a", "وقال وزير الخارجية عبد الله بوحبيب، إن الاجتماع مثمر."),
        Document("b", "وأكد الوزير عبدُالله بوحبيب أن الحوار مستمر."),
    ]
    (actor,) = [a for a in find_actors(prepare(docs)) if "بوحبيب" in a.name]
    text = {d.id: d.text for d in docs}
    assert {(m.doc, text[m.doc][m.start : m.end]) for m in actor.mentions} == {
        ("a", "عبد الله بوحبيب"),
        ("b", "عبدُالله بوحبيب"),
    }
    # A proclitic stays with the first part, a diacritic after the linker too.
    parts = split_joined_names(tokens("ولعبدُالله"), cues())
    assert [(t.text, t.norm) for t in parts] == [("ولعبدُ", "ولعبد"), ("الله", "الله")]


def test_words_that_only_begin_with_abd_stay_whole() -> None:
    c = cues()
    for word in ("عبده", "عبدة", "عبدو", "عبدي", "عبدلي", "عبدالي"):
        assert [t.text for t in split_joined_names(tokens(f"قال {word} ذلك"), c)] == ["قال", word, "ذلك"]
    actors = _actors(
        "وكتب الشيخ محمد عبده مقالا، وقال محمد عبده إن الإصلاح ضروري.",
        "ونقل الكاتب محمد عبده عن أستاذه رأيا، وقال محمد عبده إنه متفائل.",
    )
    assert actors["محمد عبده"] == ("a", "b")


def test_title_candidates_give_one_name_for_both_spellings() -> None:
    c = cues()
    joined = title_candidates(tokens("وقال الرئيس عبدالمجيد تبون، إن"), stopwords(), c)
    apart = title_candidates(tokens("وقال الرئيس عبد المجيد تبون، إن"), stopwords(), c)
    assert [x.name for x in joined] == [x.name for x in apart] == [("عبد", "المجيد", "تبون")]


def test_abu_joined_splits_as_written_apart() -> None:
    parts = split_joined_names(tokens("أبوالغيط"), cues())
    assert [(t.text, t.norm) for t in parts] == [("أبو", "ابو"), ("الغيط", "الغيط")]


def test_a_name_runs_on_through_bin_to_the_next_word() -> None:
    c, stop = cues(), stopwords()
    for text, name in (
        ("وقال وزير الخارجية عبد الله بن زايد، إن", ("عبد", "الله", "بن", "زايد")),
        ("وقال الشيخ عبد الله بن زايد آل نهيان إن", ("عبد", "الله", "بن", "زايد")),
        ("واستقبل الملك سلمان بن عبد العزيز الوفد", ("سلمان", "بن", "عبد", "العزيز")),
        ("وقال الرئيس محمد بن سلمان، إن", ("محمد", "بن", "سلمان")),
    ):
        assert [x.name for x in title_candidates(tokens(text), stop, c)] == [name]
    actors = _actors(
        "واستقبل وزير الخارجية الإماراتي عبد الله بن زايد الوفد أمس. وقال إن الزيارة ناجحة.",
        "وقال الشيخ عبد الله بن زايد إن بلاده تدعم الجهود.",
    )
    assert actors["عبد الله بن زايد"] == ("a", "b")
    assert "عبد الله بن" not in actors


def test_names_with_abu_are_people_in_either_spelling() -> None:
    actors = _actors(
        "وقال الأمين العام للجامعة العربية أحمد أبو الغيط، إن القمة ناجحة.",
        "وأكد الأمين العام أحمد أبوالغيط أن الحوار مستمر. ووصل القائد أبو محمد الجولاني إلى دمشق.",
        "وقال القائد العام أبو محمد الجولاني، إن المرحلة صعبة.",
    )
    assert actors["أحمد أبو الغيط"] == ("a", "b")
    assert actors["أبو محمد الجولاني"] == ("b", "c")
    assert not any(name.endswith("أبو") or name == "أحمد" for name in actors)


def test_abu_dhabi_stays_a_place() -> None:
    c, stop = cues(), stopwords()
    assert title_candidates(tokens("ووصل الرئيس أبو ظبي، أمس"), stop, c) == []
    actors = {a.name: a.kind for a in find_actors(prepare([Document("a", "ووصل الرئيس أبو ظبي أمس قادما من الرياض.")]))}
    assert actors.get("أبوظبي") == "place"
    assert not any(kind == "person" for kind in actors.values())


def test_a_name_is_never_named_by_its_linker_alone() -> None:
    # "عبد" (and "الله" of "عبد الله") ties a name: alone it names no one (it did: the short form
    # "عبد" of "عبد المجيد تبون" made every "عبد" a mention of him).
    docs = [
        Document("a", "وقال الرئيس عبد المجيد تبون، إن الانتخابات نزيهة. وأضاف تبون أن البلاد بخير."),
        Document("b", "وأكد الرئيس عبد المجيد تبون أن الحوار مستمر. والتقى عبد الرحيم وزير الداخلية."),
    ]
    text = {d.id: d.text for d in docs}
    (actor,) = [a for a in find_actors(prepare(docs)) if a.name == "عبد المجيد تبون"]
    assert {text[m.doc][m.start : m.end] for m in actor.mentions} == {"عبد المجيد تبون", "تبون"}


def test_a_linker_and_its_definite_part_stand_for_the_person() -> None:
    # "عبد اللهيان" is Hossein Amir-Abdollahian written short; "الله" alone is no one.
    docs = [
        Document("a", "وقال وزير الخارجية حسين أمير عبد اللهيان، إن المحادثات مثمرة. وأضاف عبد اللهيان أن الوفد وصل."),
        Document("b", "وأكد الوزير حسين أمير عبد اللهيان أن الحوار مستمر، وقال إن الله وحده يعلم متى ينتهي."),
    ]
    text = {d.id: d.text for d in docs}
    (actor,) = [a for a in find_actors(prepare(docs)) if a.name == "حسين أمير عبد اللهيان"]
    assert sorted(text[m.doc][m.start : m.end] for m in actor.mentions) == [
        "حسين أمير عبد اللهيان",
        "حسين أمير عبد اللهيان",
        "عبد اللهيان",
    ]


def test_the_office_a_title_heads_and_its_country_begin_no_name() -> None:
    # "رئيس وزراء <بلد>، <اسم>": "وزراء" describes the title and the country is the office's; the
    # holder's name comes after them (it was "وزراء", a person, and the name was lost).
    c, stop = cues(), stopwords()
    for text, name in (
        ("أعلن رئيس وزراء كندا، جون بارتون، اعتراف بلاده بالدولة.", ("جون", "بارتون")),
        ("وقال وزير خارجية إيران سامي رستمي إن المحادثات بناءة.", ("سامي", "رستمي")),
        ("وأكد رئيس حكومة إسبانيا خوان موريو أن القرار نهائي.", ("خوان", "موريو")),
        ("وصرح رئيس أركان الجيش نادر سلامي بأن القوات جاهزة.", ("نادر", "سلامي")),
    ):
        assert [x.name for x in title_candidates(tokens(text), stop, c)] == [name]
    # A title with no name after the office names no one.
    assert title_candidates(tokens("وقال وزير خارجية مصر إن الاجتماع مثمر."), stop, c) == []
    actors = _actors(
        "أعلن رئيس وزراء كندا، جون بارتون، اعتراف بلاده بالدولة.",
        "وقال رئيس الوزراء الكندي جون بارتون إن القرار تاريخي.",
    )
    assert actors["جون بارتون"] == ("a", "b")
    assert "وزراء" not in actors


def test_a_name_beginning_with_hamza_al_is_no_article() -> None:
    # "أل"/"إل" with a hamza is never the article: "ألبانيزي", "إلياس" are names, not definite
    # modifiers of the title (the name was cut to its first word, or lost).
    c, stop = cues(), stopwords()
    for text, name in (
        ("وقال رئيس الوزراء الأسترالي أنتوني ألبانيزي إن بلاده مستعدة.", ("انتوني", "البانيزي")),
        ("وقال رئيس الحكومة إلياس كرم إن الوضع مستقر.", ("الياس", "كرم")),
        ("وأكد الرئيس ألبير رنه أن الانتخابات في موعدها.", ("البير", "رنه")),
    ):
        assert [x.name for x in title_candidates(tokens(text), stop, c)] == [name]
    # The article itself still ends a name and describes a title.
    assert [x.name for x in title_candidates(tokens("قال الرئيس الألماني فرانك شتاينماير إن"), stop, c)] == [
        ("فرانك", "شتاينماير")
    ]


def test_after_the_titles_comma_a_name_is_set_off_and_a_clause_is_none() -> None:
    # "<title>، <name>،": a name in apposition, closed by punctuation or the text's end within two
    # words after the part read as the name. "<title>، <verb> ...": the sentence goes on, no one is named
    # (it was "قام", "مشيرا", "إعلان": names no other outlet wrote, so no sentence retold them).
    c, stop = cues(), stopwords()
    for text, name in (
        ("وأعلن وزير الداخلية، سامر الخطيب، النتائج مساء الأحد.", ("سامر",)),
        ("وأكد رئيس اللجنة، جون بارتون، فوز المرشح.", ("جون", "بارتون")),
        ("وقال رئيس الحزب، نادر سلامي", ("نادر", "سلامي")),
    ):
        assert [x.name for x in title_candidates(tokens(text), stop, c)] == [name]
    for text in (
        "وعقب إصابة السفير الروسي، قام المسلح بإطلاق النار في الهواء.",
        "وفاز المرشح على الرئيس المنتهية ولايته، مشيرا إلى أن المشاركة كانت واسعة.",
        "وسبقت إقالة وزير الصحة، إعلان رئيس الوزراء الحداد في البلاد.",
    ):
        assert [
            x
            for x in title_candidates(tokens(text), stop, c)
            if x.kind == "person" and x.name[0] in ("قام", "مشيرا", "اعلان")
        ] == []


def test_a_verb_behind_wa_ends_a_place_s_name() -> None:
    """audit24: "قرب مطار كاتماندو واشتعلت فيها النيران" read "كاتماندو واشتعلت" as the airport's
    place. A derived verb's perfect behind "و" (the eighth, seventh, tenth forms) ends the name; a
    name that begins "وا" ("واشنطن"), or one whose second word is "و" and a name ("بني وليد"), does not."""
    c, stop = cues(), stopwords()

    def places(text: str) -> list[tuple[str, ...]]:
        return [x.name for x in title_candidates(tokens(text), stop, c) if x.kind == "place"]

    for verb in ("واشتعلت", "وانفجرت", "واستمرت", "واجتمعوا"):
        assert places(f"وسقطت الحافلة قرب مطار سيرانا {verb} فيها النيران.") == [("سيرانا",)]
    assert places("وهبطت الطائرة في مطار وارتون الدولي.") == [("وارتون",)]
    assert places("ووصل الوفد إلى مدينة بني وليد أمس.") == [("بني", "وليد")]


def _names(text: str) -> list[tuple[str, str]]:
    from khulasa.extract.actors import cues, title_candidates
    from khulasa.extract.figures import tokens
    from khulasa.text.normalize import stopwords

    return [(c.kind, c.surface) for c in title_candidates(tokens(text), stopwords(), cues())]


def test_no_person_is_read_from_a_verb_or_a_preposition_after_a_title() -> None:
    # a conjunction or a preposition written before a hamza'd alif opens no name
    assert _names("والتقى الوزير المغربي وأجرى معه محادثات مطولة.") == []
    assert _names("وقال رئيس الهيئة الوطنية لإغاثة المنكوبين إن الوضع صعب.") == []
    # a relative pronoun ends the title's modifiers: the verb after it is no name
    assert ("person", "بدأ") not in _names("وأكد المؤتمر الصحفي المشترك الذى بدأ ظهرا بين الرئيس سامي نور.")
    # an assimilated verb's imperfect ends the name ("يصل": "وصل")
    assert _names("الرئيس الفرنسي مراد كمال يصل إلى الرباط.") == [("person", "مراد كمال")]
    # "فيصل" is no "ف" and the imperfect of "وصل"
    assert _names("وقال الأمير فيصل بن سعد إن القمة ناجحة.") == [("person", "فيصل بن سعد")]
    # ... and a short name that is no such verb stays whole
    assert _names("التقى الرئيس يونس سالم.") == [("person", "يونس سالم")]


def test_the_actors_panel_cuts_a_place_name_before_a_verb() -> None:
    from khulasa import prepare
    from khulasa.extract.actors import find_actors
    from khulasa.types import Document

    texts = [
        "قتل 40 شخصا في جزيرة كوراوا ارتفع منسوب المياه فيها.",
        "وفي جزيرة كوراوا ارتفع عدد القتلى إلى 40 شخصا.",
    ]
    docs = [Document(id=f"d{k}", text=t, source=f"مصدر {k}") for k, t in enumerate(texts)]
    names = {a.name for a in find_actors(prepare(docs))}
    assert "كوراوا" in names and "كوراوا ارتفع" not in names


def test_the_actors_panel_keeps_the_family_name_after_a_compound_first_name() -> None:
    from khulasa import prepare
    from khulasa.extract.actors import find_actors
    from khulasa.types import Document

    texts = [
        "استقبل الرئيس عبد الرحيم الجزائري وفدا رسميا في العاصمة اليوم.",
        "وقال الرئيس عبد الرحيم الجزائري إن المحادثات كانت مثمرة.",
    ]
    docs = [Document(id=f"d{k}", text=t, source=f"مصدر {k}") for k, t in enumerate(texts)]
    names = {a.name for a in find_actors(prepare(docs))}
    assert "عبد الرحيم الجزائري" in names and "عبد الرحيم" not in names
