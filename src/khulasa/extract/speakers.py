"""The speaker a sentence opens with: "أعلن رئيس الوزراء الكندي مارك كارني أن ...", "ووصف روبيو ...".

A summary sentence that opens with a verb of speech and the one who spoke tells what he said; who
said it frames the fact, as an outlet's name does. :func:`opening_speaker` reads that frame: the
speaker's key (the last word of his name, as :func:`khulasa.extract.claims.claims_of` keys a person),
the words from the verb to the end of his name, and the country his title's adjective names ("رئيس
الوزراء الكندي": Canada), for which he speaks. The verbs are those of reported speech
(``resources/ar/attribution.txt``, the verbs of ``resources/ar/unnamed_speakers.txt``) and of a
reaction (``resources/ar/speaker_verbs.txt``: "وصف", "دعا"). The speaker may be a body that speaks
as one (``resources/ar/speaker_bodies.txt``: "وأعلن التلفزيون الرسمي ...", "وقالت الوكالة ..."), and
how he spoke is read with him ("في بيان": ``resources/ar/speaker_channels.txt``). An outlet that
relays what someone said is not the speaker (``resources/ar/relay_words.txt``): "ونقلت وكالة الأنباء
عن الوزير فلان قوله إن ..." and "وذكرت القناة نقلا عن الوزير فلان أن ..." open with the minister,
read through "قوله"; "وذكرت وسائل إعلام محلية أن ..." opens with outlets that speak as a body (no
speaker of their own); "ونقل عشرات المصابين إلى ..." (no "عن") opens with no speech at all.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from khulasa.extract.actors import Cues, cues, title_candidates
from khulasa.extract.figures import Token, tokens
from khulasa.resources import load_word_list
from khulasa.text.clean import attribution_words
from khulasa.text.normalize import normalize, stopwords

__all__ = [
    "Speaker",
    "opening_frame",
    "opening_speaker",
    "placed_countries",
    "said_part",
    "speech_verbs",
    "titled_countries",
]

# A title and the words that go on describing it ("رئيس الوزراء الكندي") before the name: at most
# this many words between the verb and the speaker's last name word.
MAX_SPEAKER_WORDS = 7


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a sentence opens by saying spoke (:func:`opening_speaker`)."""

    key: str  # the last word of his name, normalized ("كارني"); "" for a body (:func:`_body`)
    words: tuple[str, ...]  # the normalized words from the verb to the end of his name
    country: tuple[str, str] | None  # ("place", canonical) his title's adjective names, if any


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """The normalized verbs a speaker follows, also behind "و" or "ف" (see the module)."""
    verbs = {normalize(w) for w in load_word_list("ar/speaker_verbs.txt")}
    return reported_speech() | frozenset(f"{p}{v}" for v in verbs for p in ("", "و", "ف"))


@lru_cache(maxsize=1)
def reported_speech() -> frozenset[str]:
    """The normalized verbs of reported speech alone (``resources/ar/attribution.txt``, the verbs of
    ``resources/ar/unnamed_speakers.txt``), also behind "و" or "ف": not those of a reaction."""
    said = [w for w in load_word_list("ar/attribution.txt") if " " not in w]
    rows = dict(line.split("|", 1) for line in load_word_list("ar/unnamed_speakers.txt"))
    verbs = {normalize(w) for w in [*said, *rows["verbs "].split()]}
    return frozenset(f"{p}{v}" for v in verbs for p in ("", "و", "ف"))


@lru_cache(maxsize=1)
def _not_speakers() -> frozenset[str]:
    """Words right after a verb of speech that name no one: the particles of
    ``resources/ar/unnamed_speakers.txt`` ("إن", "أن", "إلى")."""
    rows = dict(line.split("|", 1) for line in load_word_list("ar/unnamed_speakers.txt"))
    return frozenset(normalize(w) for w in rows["particles "].split())


def titled_countries(text: str) -> frozenset[tuple[str, str]]:
    """The countries (as the gazetteer names them) that an adjective right after a person's title
    stands for in ``text`` ("فاز الرئيس المصري - عبد الفتاح السيسي": Egypt): the title's office is
    that country's, as :func:`opening_speaker` reads a speaker's. So after a word for a team
    (the ``team`` row of ``resources/ar/event_names.txt``: "المنتخب الإيفواري" is Côte d'Ivoire's
    side, which plays as the country). Not an adjective after any other word ("وكالة الأرصاد الجوية
    اليابانية" is an agency of Japan, not Japan)."""
    titles = cues().person | _team_words()
    adjectives = _country_adjectives()
    words = [t.norm for t in tokens(text) if t.kind == "word"]
    return frozenset(
        adjectives[adjective]
        for title, adjective in pairwise(words)
        if adjective in adjectives and (title in titles or title.removeprefix("ال") in titles)
    )


def adjective_countries(text: str) -> frozenset[tuple[str, str]]:
    """The countries (as the gazetteer names them) that an adjective anywhere in ``text`` stands
    for ("رفعت الحكومة المصرية الأسعار": Egypt), whatever word it follows: where a text is placed,
    not who acts in it (:func:`titled_countries` reads that). A sentence naming Egypt writes no
    place such a text does not write."""
    adjectives = _country_adjectives()
    return frozenset(adjectives[w] for t in tokens(text) if t.kind == "word" and (w := _bare(t.norm)) in adjectives)


# Proclitics a word for a place may carry before its article ("بالعاصمة", "وفي المدينة" aside).
_PLACE_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ب", "ل", "ف", "ك")


def placed_countries(text: str) -> frozenset[tuple[str, str]]:
    """The countries (as the gazetteer names them) that an adjective right after a word for a place
    stands for in ``text`` (the ``place`` cues of ``resources/ar/titles.txt``, with or without a
    proclitic: "بالعاصمة التركية" is Turkey's capital, so states Turkey; "المدينة الليبية" Libya).
    Read after the choice only (``Settings.retold_guard``), as a country stated beside one named:
    "مقتل السفير لدى تركيا" is told again in a sentence that has him shot "بالعاصمة التركية"."""
    places = cues().place
    adjectives = _country_adjectives()
    words = [t.norm for t in tokens(text) if t.kind == "word"]
    return frozenset(
        adjectives[adjective]
        for place, adjective in pairwise(words)
        if adjective in adjectives and _bare(place) in places
    )


def _bare(word: str) -> str:
    """``word`` without a proclitic of :data:`_PLACE_PROCLITICS` before its article, if it has one."""
    return next((word[len(p) :] for p in _PLACE_PROCLITICS if word.startswith(p + "ال")), word)


@lru_cache(maxsize=1)
def _team_words() -> frozenset[str]:
    """The normalized words for a team (the ``team`` row of ``resources/ar/event_names.txt``:
    "منتخب", "المنتخب", "فريق"), also behind "و"."""
    rows = [[p.strip() for p in line.split("|")] for line in load_word_list("ar/event_names.txt")]
    words = {normalize(w) for kind, *fields in rows if kind == "team" for w in fields[0].split()}
    return frozenset(f"{p}{w}" for w in words for p in ("", "و"))


@lru_cache(maxsize=1)
def _country_adjectives() -> dict[str, tuple[str, str]]:
    """The forms of :func:`_countries` that are no one-word name of the gazetteer: the adjectives
    that stand for a country ("المصري": Egypt), read once."""
    names = {alias[0] for alias in cues().gazetteer if len(alias) == 1}
    return {form: country for form, country in _countries().items() if form not in names}


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """Each one-word form that stands for a country, normalized -> the country as the gazetteer
    names it: the gazetteer's one-word places and the adjectives the ``place`` rows of
    ``resources/ar/event_names.txt`` list ("الكندي": Canada)."""
    c = cues()
    out = {alias[0]: hit for alias, hit in c.gazetteer.items() if len(alias) == 1 and hit[0] == "place"}
    for line in load_word_list("ar/event_names.txt"):
        kind, *fields = (p.strip() for p in line.split("|"))
        if kind == "place":
            country = c.gazetteer.get(tuple(normalize(fields[0]).split()), ("place", fields[0]))
            for form in fields[1:]:
                out.setdefault(normalize(form), country)
    return out


def _country_of(words: Sequence[str]) -> tuple[str, str] | None:
    """The country the first of ``words`` (normalized) that stands for one names (:func:`_countries`)."""
    countries = _countries()
    return next((countries[w] for w in words if w in countries), None)


def _titled(toks: Sequence[Token], words: Sequence[Token], c: Cues) -> Speaker | None:
    """The person the title after the verb (``words[1]``, of the sentence's tokens ``toks``)
    introduces, if his name ends within ``MAX_SPEAKER_WORDS`` words."""
    after_verb = [t for t in toks if t.start > words[0].start]
    person = next((p for p in title_candidates(after_verb, stopwords(), c) if p.kind == "person"), None)
    if person is None:
        return None
    norms = [t.norm for t in words]
    end = next((k for k in range(1, min(len(norms), MAX_SPEAKER_WORDS + 1)) if norms[k] == person.name[-1]), None)
    if end is None:
        return None
    # The adjective before the name: "الكندي" in "رئيس الوزراء الكندي مارك كارني".
    before_name = norms[1 : end + 1 - len(person.name)]
    return Speaker(person.name[-1], tuple(norms[: end + 1]), _country_of(before_name))


# The prepositions before a word of ``resources/ar/speaker_channels.txt`` ("في بيان").
_CHANNEL_PREPOSITIONS = frozenset({"في", "عبر", "خلال"})


@lru_cache(maxsize=1)
def _channels() -> frozenset[str]:
    """The normalized words of ``resources/ar/speaker_channels.txt``: how a speaker spoke."""
    return frozenset(normalize(w) for w in load_word_list("ar/speaker_channels.txt"))


def _with_channel(who: Speaker | None, words: Sequence[Token]) -> Speaker | None:
    """``who`` with how he spoke, when his words are followed by it ("وقال كارني في بيان": the
    preposition and the word of ``resources/ar/speaker_channels.txt``)."""
    if who is None:
        return None
    end = len(who.words)
    after = [t.norm for t in words[end : end + 2]]
    if len(after) == 2 and after[0] in _CHANNEL_PREPOSITIONS and after[1] in _channels():
        return Speaker(who.key, (*who.words, *after), who.country)
    return who


def opening_speaker(text: str, names: Collection[str] = frozenset()) -> Speaker | None:
    """Who ``text`` opens by saying spoke: a verb of speech or reaction first (:func:`speech_verbs`),
    then a title and the name it introduces ("أعلن رئيس الوزراء الكندي مارك كارني"), or a bare name
    ("ووصف روبيو"): a word that is no stop word, particle, title, definite word, nor the first
    word of a place the gazetteer knows ("أعلنت أستراليا وكندا ..." opens with what three countries
    did, not with a speaker), run on through the words after it that are in ``names`` (normalized
    words of the story's names: "أعلن نيكولا ساركوزي" where a title introduced "نيكولا ساركوزي")."""
    toks = tokens(text)
    words = [t for t in toks if t.kind == "word"]
    if len(words) < 3 or words[0].norm not in speech_verbs():
        return None
    relayed = _relayed_at(words)
    if relayed is not None:
        return _relayed_speaker(toks, words, relayed, names)
    who = _speaker(toks, words, names)
    if words[0].norm in _relay_row("verbs") and (who is None or who.key):
        return None  # a verb of carrying, not of speech: "ونقل عشرات المصابين إلى المستشفيات"
    return _with_channel(who, words)


@lru_cache(maxsize=8)
def _relay_row(row: str) -> frozenset[str]:
    """The normalized words of one row of ``resources/ar/relay_words.txt`` (the verbs also behind
    "و" or "ف")."""
    rows = {k.strip(): v.split() for k, v in (line.split("|", 1) for line in load_word_list("ar/relay_words.txt"))}
    words = {normalize(w) for w in rows[row]}
    if row == "verbs":
        return frozenset(f"{p}{w}" for w in words for p in ("", "و", "ف"))
    return frozenset(words)


def _relayed_at(words: Sequence[Token]) -> int | None:
    """Where (an index of ``words``) the "عن" stands before the one whose words an outlet relays, when
    the sentence opens so (``resources/ar/relay_words.txt``): a verb of relaying and then "عن" ("ونقلت
    وكالة الأنباء عن الوزير ..."), or any verb of speech and then "نقلا عن" ("وذكرت القناة نقلا عن
    المحافظ أن ..."), within ``MAX_SAID_WORDS`` words and before the particle that opens what was said;
    else None."""
    relaying = words[0].norm in _relay_row("verbs")
    for k in range(1, min(len(words) - 1, MAX_SAID_WORDS + 1)):
        norm = words[k].norm
        if norm in _complements():
            return None
        if norm in _relay_row("from") and (relaying or words[k - 1].norm in _relay_row("relayed")):
            return k
    return None


def _relayed_speaker(toks: Sequence[Token], words: Sequence[Token], at: int, names: Collection[str]) -> Speaker:
    """The one whose words the outlet relays (after the "عن" at ``at``, read as :func:`_speaker`
    reads a speaker after his verb, up to "قوله" when it follows within a few words: the ``quoting``
    row of ``resources/ar/relay_words.txt``, "عن مصدر في الدفاع المدني قوله"), with the words from
    the verb to his name, or to "قوله"; no key when no one is named there ("عن المصادر الطبية")."""
    limit = min(len(words) - 1, at + 1 + MAX_SPEAKER_WORDS + 1)
    quoting = next((k for k in range(at + 1, limit) if words[k].norm in _relay_row("quoting")), None)
    after = words[at:quoting] if quoting is not None else words[at:]
    before = [t for t in toks if quoting is None or t.start < words[quoting].start]
    who = _speaker(before, after, names) if len(after) >= 2 else None
    end = quoting + 1 if quoting is not None else at + (len(who.words) if who is not None else 1)
    said = tuple(t.norm for t in words[:end])
    return Speaker(who.key, said, who.country) if who is not None else Speaker("", said, None)


def _speaker(toks: Sequence[Token], words: Sequence[Token], names: Collection[str]) -> Speaker | None:
    """:func:`opening_speaker` of the sentence whose tokens are ``toks`` (``words``: its words),
    before how he spoke."""
    c = cues()
    following = words[1].norm
    if following in c.titles or following.removeprefix("ال") in c.titles:
        return _titled(toks, words, c) or _body(words)
    if following.removeprefix("ال") in _bodies():
        return _body(words)
    if following in stopwords() | _not_speakers() | c.first_words | c.titles or following.startswith("ال"):
        return None
    end = 2
    while end < len(words) - 1 and end < MAX_SPEAKER_WORDS and words[end].norm in names:
        end += 1
    return Speaker(words[end - 1].norm, tuple(t.norm for t in words[:end]), None)


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    """The normalized nouns of a body that speaks as one: ``resources/ar/speaker_bodies.txt``, the
    ``org`` words of ``resources/ar/titles.txt`` ("وكالة") and the outlets that relay
    (``resources/ar/relay_words.txt``: "وسائل إعلام", "تقارير"), without the article."""
    bodies = frozenset(normalize(w) for w in load_word_list("ar/speaker_bodies.txt")) | cues().org
    return bodies | _relay_row("outlets")


def _describes(norm: str) -> bool:
    """Is ``norm`` (normalized) a definite adjective of relation ("الرسمي", "الايرانيه"), which
    goes on describing a body's name?"""
    return norm.startswith("ال") and norm.endswith(("ي", "يه"))


def _body(words: Sequence[Token]) -> Speaker | None:
    """The body the word after the verb (``words[1]``) names, when it is one (:func:`_bodies`),
    with the word it governs when it has no article ("وكالة الأنباء") and the adjectives of
    relation after ("التلفزيون الرسمي الإيراني"). It has no key: a body's statements are as many
    facts as it gives (the railway authority's stopped train and its inquiry), not one reaction
    (:func:`khulasa.link.retold.told_again` joins two of one speaker on their first word). Nor does
    it stand for a country: a sentence that opens with a body and names no one else stays a sentence
    that names no one (read as one, "وأكدت وزارة الدفاع الجزائرية أن النيران حاصرت الجنود ..." was
    told again in any sentence naming Algeria whose words held "النيران")."""
    noun = words[1].norm.removeprefix("ال")
    if noun not in _bodies():
        return None
    norms = [t.norm for t in words]
    end = 2
    if norms[1] == noun and end < len(norms) - 1 and norms[end] not in stopwords() | _not_speakers():
        end += 1
    while end < min(len(norms) - 1, MAX_SPEAKER_WORDS + 1) and _describes(norms[end]):
        end += 1
    return Speaker("", tuple(norms[:end]), None)


# A sentence may open with a phrase of this many words or fewer, closed by a comma, that says when
# or how, not what ("وفي مفاجأة كبرى،", "لاحقا،", "من جهته،").
MAX_FRAME_WORDS = 3


def opening_frame(text: str) -> tuple[str, str]:
    """``text`` cut after the short phrase it opens with, closed by a comma (``MAX_FRAME_WORDS``
    words at most, and words after it): the phrase and the rest; ``("", text)`` when it opens with
    no such phrase."""
    toks = tokens(text)
    comma = next((k for k, t in enumerate(toks) if t.kind == "punct" and t.text in ",،"), None)
    if comma is None or comma > MAX_FRAME_WORDS or any(t.kind != "word" for t in toks[:comma]):
        return "", text
    if not any(t.kind == "word" for t in toks[comma + 1 :]):
        return "", text
    return text[: toks[comma].end], text[toks[comma].end :].lstrip()


# A verb of reported speech, who spoke and where or when he said it ("وذكر وزير التربية في المكسيك
# فلان اليوم، أن ..."): the particle that opens what he said comes within this many words.
MAX_SAID_WORDS = 12


@lru_cache(maxsize=1)
def _complements() -> frozenset[str]:
    """The normalized particles that open what a speaker said (``resources/ar/speech_complements.txt``)."""
    return frozenset(normalize(w) for w in load_word_list("ar/speech_complements.txt"))


def said_part(text: str) -> tuple[str, str] | None:
    """``text`` that opens with a verb of reported speech (:func:`reported_speech`), cut after the
    particle that opens what was said (``resources/ar/speech_complements.txt``, within
    ``MAX_SAID_WORDS`` words and with no other verb of speech before it: "ووصف ... مؤكدا أنه" says
    more before it; no figure before it, nor a word that makes it another conjunction, "بعد أن",
    ``resources/ar/complement_blockers.txt``): who said it, where and when, and what he said ("ذكر المركز الوطني للبحث
    العلمي ومقره الرباط أن" and "قوة الزلزال بلغت 7 درجات"); None when it opens otherwise."""
    toks = tokens(text)
    words = [k for k, t in enumerate(toks) if t.kind == "word"]
    if len(words) < 3 or toks[words[0]].norm not in reported_speech():
        return None
    that = None
    for n, k in enumerate(words[1 : MAX_SAID_WORDS + 1], start=1):
        if toks[k].norm in _relay_row("quoting") and not _complement_next(toks, words, n):
            that = k  # "عن الوزير قوله: «...»": his saying opens what he said
            break
        if toks[k].norm in _complements():
            if toks[words[n - 1]].norm in _blockers():  # "بعد أن": another conjunction
                return None
            that = k
            break
        if toks[k].norm in speech_verbs() or toks[k].norm in attribution_words():
            return None
    if that is None or not any(toks[k].kind == "word" for k in range(that + 1, len(toks))):
        return None
    if any(t.kind == "digits" for t in toks[:that]):
        return None  # a figure before the particle: the words before it tell a fact of their own
    return text[: toks[that].end], text[toks[that].end :].lstrip()


def _complement_next(toks: Sequence[Token], words: Sequence[int], n: int) -> bool:
    """Is the word after the ``n``-th of ``words`` (indices of ``toks``) a particle that opens what
    was said ("قوله إن")?"""
    return n + 1 < len(words) and toks[words[n + 1]].norm in _complements()


@lru_cache(maxsize=1)
def _blockers() -> frozenset[str]:
    """The normalized words before "أن" that make it another conjunction, also behind "و" or "ف"
    (``resources/ar/complement_blockers.txt``: "بعد أن")."""
    words = {normalize(w) for w in load_word_list("ar/complement_blockers.txt")}
    return frozenset(f"{p}{w}" for w in words for p in ("", "و", "ف"))
