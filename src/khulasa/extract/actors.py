"""People, places and organisations a cluster is about, with how many outlets name each.

No offline Arabic NER model ships in a wheel, so actors come from three cues, all data-driven:

1. a gazetteer we wrote (``resources/ar/gazetteer.txt``: countries, capitals, organisations);
2. title and cue words (``resources/ar/titles.txt``): "الرئيس الروسي فلاديمير بوتين" gives a person
   after the title and its definite modifiers; "مدينة X" a place; "وزارة الخارجية" an organisation;
3. cross-document repetition: a name's extent is the longest prefix of the words after a title that
   recurs elsewhere in the cluster ("كيم جونغ أون بدوره" -> "كيم جونغ أون"), a one-off cue needs
   clean punctuation after it, and short forms ("بوتين", "ترمب") count toward the full name.

Matching uses normalized words and never the stemmer: Snowball mangles foreign names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from khulasa.deadline import check_time, checked
from khulasa.extract.figures import Token, lexicon, tokens
from khulasa.extract.gazetteer import gazetteer as places_and_names
from khulasa.extract.gazetteer import title_words
from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize, proclitic_forms, pronoun_suffixes, stopwords
from khulasa.types import Heading, PreparedDocument, Sentence, Span

Name = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, place or organisation (``kind``) and every passage naming it."""

    name: str
    kind: str
    docs: tuple[str, ...]
    mentions: tuple[Span, ...]

    def to_dict(self, outlets: Mapping[str, str] | None = None, total: int | None = None) -> dict[str, Any]:
        """The actor as JSON; ``outlets`` maps document ids to outlet names."""
        outlets = outlets or {}
        named_by = sorted({outlets.get(d, d) for d in self.docs})
        return {
            "name": self.name,
            "kind": self.kind,
            "outlets": len(named_by),
            "of": total if total is not None else len(named_by),
            "named_by": named_by,
            "sources": [
                {"doc": m.doc, "source": outlets.get(m.doc, m.doc), "start": m.start, "end": m.end}
                for m in self.mentions
            ],
        }


@dataclass(frozen=True, slots=True)
class Cues:
    """Normalized cue words (titles, reporting verbs) and the gazetteer that find actors."""

    person: frozenset[str]
    place: frozenset[str]
    org: frozenset[str]
    gazetteer: Mapping[Name, tuple[str, str]]  # alias -> (kind, canonical)
    first_words: frozenset[str]  # first words of gazetteer names and "stop" cues: never in a name
    verbs: frozenset[str] = frozenset()  # reporting verbs ("قال", "كتب"): end a name that precedes them
    syllables: frozenset[str] = frozenset()  # stop words that may end an East Asian name
    linkers: frozenset[str] = frozenset()  # "عبد", "أبو": the definite word after them is in the name
    titles: frozenset[str] = frozenset()  # person | place | org: most words of a sentence are none of them
    modifiers: frozenset[str] = frozenset()  # "ولايته" in "الرئيس المنتهية ولايته": describe the title
    joiners: frozenset[str] = frozenset()  # "بن", "أبو": a name runs on through one and the word after it
    enders: frozenset[str] = frozenset()  # "وقع", "عقب": verbs and words of time, never in a person's name


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Title cue words and the gazetteer, normalized."""
    kinds = title_words()
    gazetteer = places_and_names()
    first_words = frozenset(name[0] for name in gazetteer)
    verbs = frozenset(normalize(w) for w in load_word_list("ar/attribution.txt") if " " not in w) | kinds["verb"]
    return Cues(
        frozenset(kinds["person"]),
        frozenset(kinds["place"]),
        frozenset(kinds["org"]),
        gazetteer,
        first_words | kinds["stop"],
        verbs,
        frozenset(kinds["syllable"]),
        frozenset(kinds["linker"]),
        frozenset(kinds["person"]) | frozenset(kinds["place"]) | frozenset(kinds["org"]),
        frozenset(kinds["modifier"]),
        frozenset(kinds["joiner"]),
        _name_enders(),
    )


# The files whose words end a person's name (:func:`_ends_person`): verbs that open a lead or tell a
# reaction, and the other verbs and words of time written after a subject.
_ENDER_FILES = ("ar/lead_verbs.txt", "ar/speaker_verbs.txt", "ar/name_ends.txt")


def _name_enders() -> frozenset[str]:
    """The normalized words of :data:`_ENDER_FILES`."""
    return frozenset(normalize(w) for f in _ENDER_FILES for line in load_word_list(f) for w in line.split())


def _name_forms(norm: str) -> tuple[str, ...]:
    """A word with and without one-letter proclitics, only for words of 4+ letters: short words in
    names ("كيم", "بان") must not lose a first letter that merely looks like a proclitic."""
    return proclitic_forms(norm, longer_than=3)


@dataclass(frozen=True, slots=True)
class _Candidate:
    kind: str
    name: Name
    surface: str
    clean_end: bool  # punctuation or a function word right after the name: its extent is certain
    exact: bool = False  # quoted or bracketed: take it whole
    # The definite family name right after a compound first name ("عبد الفتاح" + "السيسي"), which
    # only the actors panel shows (:func:`_cued_names`: the label, not the key nor the mentions):
    # selection's frame words and the clause linking keep the name as it was read (measured, adding
    # it there moved a 150-word summary and made a desk sentence falsely new; audit25).
    family: tuple[str, ...] = ()  # (normalized, as written), or none


# The shortest definite part a joined compound name can have ("عبدالله": "الله").
_JOINED_PART = 4
# A person's name takes up to this many words, and more only through a joiner ("بن", "أبو") and
# the word after it or a linker's definite part; never more than _NAME_CAP.
_NAME_WORDS, _NAME_CAP = 3, 7


def _joined_parts(norm: str, linkers: frozenset[str]) -> tuple[str, str] | None:
    """The two normalized words a compound name written as one word ("عبدالمجيد", "وعبدالله",
    "ابوالغيط") is written as apart ("عبد", "المجيد"; a proclitic stays with the first), or None.
    A word that only begins with a linker's letters ("عبده", "عبدة", "عبدي") is no compound: the
    part after the linker must carry the article."""
    if len(norm) < 3 + _JOINED_PART:
        return None
    for form in _name_forms(norm):
        linker = next((k for k in linkers if form.startswith(k)), None)
        rest = form[len(linker) :] if linker else ""
        if linker is not None and rest.startswith("ال") and len(rest) >= _JOINED_PART:
            return norm[: len(norm) - len(rest)], rest
    return None


def _joined_split(tok: Token, linkers: frozenset[str]) -> tuple[Token, ...]:
    """A compound name written as one word (:func:`_joined_parts`) as the two words it is written
    as apart, with their offsets in the text; other tokens as they are."""
    parts = _joined_parts(tok.norm, linkers) if tok.kind == "word" else None
    if parts is None:
        return (tok,)
    head, rest = parts
    # normalize() drops diacritics and maps letter by letter: the cut in the text is the last
    # one whose two sides normalize to the two parts ("عبدُالله": the damma stays with "عبد").
    for cut in range(len(tok.text) - 1, 0, -1):
        if normalize(tok.text[:cut]) == head and normalize(tok.text[cut:]) == rest:
            at = tok.start + cut
            return (
                tok._replace(end=at, text=tok.text[:cut], norm=head),
                tok._replace(start=at, text=tok.text[cut:], norm=rest),
            )
    return (tok,)


def split_joined_names(toks: Sequence[Token], c: Cues) -> Sequence[Token]:
    """``toks`` with every compound name written as one word split as it is written apart (see
    :func:`_joined_parts`): "عبدالمجيد تبون" and "عبد المجيد تبون" are one name."""
    if not any(k in t.norm for t in toks for k in c.linkers):
        return toks
    return tuple(part for t in toks for part in _joined_split(t, c.linkers))


def split_joined_words(words: Sequence[str]) -> Sequence[str]:
    """Normalized words (:func:`~khulasa.text.normalize.tokenize`) with every compound name written
    as one word split as :func:`split_joined_names` splits it: "عبدالمجيد" reads as "عبد المجيد"
    (story grouping's word features)."""
    linkers = cues().linkers
    joined = " ".join(words)
    if not any(k + "ال" in joined for k in linkers):  # most texts: no word to split
        return words
    return [part for w in words for part in _joined_word(w)]


@lru_cache(maxsize=1 << 14)
def _joined_word(norm: str) -> tuple[str, ...]:
    """``norm`` as the one or two words :func:`split_joined_words` reads it as."""
    return _joined_parts(norm, cues().linkers) or (norm,)


_OPEN = frozenset('("“«[')
_CLOSE = frozenset(')"”»]')


def _words(toks: Sequence[Token], i: int) -> bool:
    return i < len(toks) and toks[i].kind == "word"


def _is_name_word(tok: Token, stop: frozenset[str], c: Cues) -> bool:
    n = tok.norm
    titles = c.titles or c.person
    # Tanwin fath ("سيفًا") marks an indefinite accusative noun, never a name; a cue word, with
    # or without a proclitic ("تبون لولاية", "المرشح ولاية"), is a title, never part of a name.
    # The article is never written with a hamza: "ألبانيزي" is a name, "البرلمان" is not.
    definite = not _hamza_al(tok.text)
    return (
        tok.kind == "word"
        and n not in stop
        and len(n) > 1
        and not any(b in c.first_words or b in titles or (definite and b.startswith("ال")) for b in _name_forms(n))
        and not n.startswith("لل")
        and "\u064b" not in tok.text
    )


def _hamza_al(text: str) -> bool:
    """Does a word begin with "أل" or "إل" (a hamza on the alif: no article, "ألبانيزي")?"""
    return text.lstrip("\u0640")[:2] in ("أل", "إل")


def _continues_name(name: Sequence[str], tok: Token, stop: frozenset[str], c: Cues) -> bool:
    """True for the definite second part of a compound name ("الفتاح" after "عبد")."""
    n = tok.norm
    return (
        bool(name)
        and name[-1] in c.linkers
        and tok.kind == "word"
        and n.startswith("ال")
        and len(n) > 3
        and (n not in stop and n not in c.person and "\u064b" not in tok.text)
    )


def _joiner_at(toks: Sequence[Token], j: int, stop: frozenset[str], c: Cues) -> bool:
    """True when a joiner at ``j`` and the word after it go on with a name: "بن زايد", "أبو محمد",
    "أبو الغيط" (a linker's definite part); not a listed place ("أبو ظبي")."""
    if not (_words(toks, j) and toks[j].norm in c.joiners and _words(toks, j + 1)):
        return False
    after = toks[j + 1]
    return (toks[j].norm, after.norm) not in c.gazetteer and (
        _is_name_word(after, stop, c) or _continues_name((toks[j].norm,), after, stop, c)
    )


def _nisba(name: Sequence[str], tok: Token, stop: frozenset[str], c: Cues) -> bool:
    """True for the definite adjective of origin that follows a kunya ("أبو محمد" + "الجولاني")."""
    return (
        len(name) == 2
        and name[0] in c.joiners
        and name[0] in c.linkers
        and not name[1].startswith("ال")
        and _of_origin(tok, stop, c.titles)
    )


def _of_origin(tok: Token, stop: frozenset[str], titles: frozenset[str]) -> bool:
    """Is ``tok`` a definite word of origin ("الجولاني", "الجبري", "السيسي"): "ال", five letters or
    more, ending in "ي", no function word nor a word of ``titles``? What comes before it decides
    whose it is (:func:`_nisba`, :func:`_family_name`, :func:`_family_after`)."""
    n = tok.norm
    return (
        tok.kind == "word"
        and n.startswith("ال")
        and n.endswith("ي")
        and len(n) > 4
        and n not in stop
        and n not in titles
    )


def _family_name(name: Sequence[str], tok: Token, stop: frozenset[str], c: Cues) -> bool:
    """True for a definite family name of origin right after a given name read alone ("وزير الإعلام
    الكويتي محمد الجبري": "الجبري"): a definite word of five letters or more ending in "ي", no
    function word, title, ordinal ("محمد الثاني" stays as it was read) or weekday. The title's own
    adjectives ("الكويتي") stand before the name and are passed there (:func:`_after_modifiers`);
    after a given name such a word is its bearer's family (figs25: pass 53 read «اسم لم يرد: محمد»)."""
    n = tok.norm
    lex = lexicon()
    return (
        len(name) == 1
        and not name[0].startswith("ال")
        and _of_origin(tok, stop, c.titles or c.person)
        and not _hamza_al(tok.text)
        and n not in lex.ordinals
        and n not in lex.weekdays
        and "\u064b" not in tok.text
    )


def _name_step(
    toks: Sequence[Token], j: int, name: Sequence[str], stop: frozenset[str], c: Cues, *, family: bool = False
) -> int:
    """How many tokens from ``j`` go on with a person's ``name`` (0: it ends before ``j``). A name
    takes up to _NAME_WORDS words, and runs on past them through a joiner and the word after it
    ("عبد الله بن زايد") or a linker's definite part; it never ends on a joiner."""
    if len(name) >= _NAME_CAP:
        return 0
    if _joiner_at(toks, j, stop, c):
        return 2
    if (
        _continues_name(name, toks[j], stop, c)
        or _nisba(name, toks[j], stop, c)
        or (family and _family_name(name, toks[j], stop, c))
    ):
        return 1
    if len(name) < _NAME_WORDS and toks[j].norm not in c.joiners and _is_name_word(toks[j], stop, c):
        return 1
    return 0


def _ends_name(toks: Sequence[Token], j: int, stop: frozenset[str]) -> bool:
    return j >= len(toks) or toks[j].kind == "punct" or toks[j].norm in stop


def _surface(toks: Sequence[Token], i: int, j: int) -> str:
    return " ".join(t.text for t in toks[i:j] if t.kind == "word")


def title_candidates(toks: Sequence[Token], stop: frozenset[str], c: Cues, *, family: bool = False) -> list[_Candidate]:
    """Names introduced by a title or cue word in one sentence's tokens (a compound name written
    as one word read as written apart: :func:`split_joined_names`). With ``family``, a given
    name read alone takes the definite family name right after it (:func:`_family_name`): the
    claims of a sentence (what a desk reason names) read so beside the given name; clause linking
    and the summarizer's names do not (measured: the desk's linking at half lost a link that the
    speaker's family name, a content word there, made: one falsely new sentence more, figs25)."""
    toks = split_joined_names(toks, c)
    out = []
    titles = c.titles or c.person | c.place | c.org
    for i, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        forms = _name_forms(tok.norm)
        if titles.isdisjoint(forms):
            continue
        if any(f in c.person for f in forms):
            found = _person_after(toks, i, stop, c, family=family)
        elif any(f in c.place for f in forms):
            found = _place_after(toks, i, stop, c)
        elif any(f in c.org for f in forms):
            found = _org_at(toks, i, next(f for f in forms if f in c.org))
        else:
            continue
        if found is not None:
            out.append(found)
    return out


def _person_after(
    toks: Sequence[Token], i: int, stop: frozenset[str], c: Cues, *, family: bool = False
) -> _Candidate | None:
    """The person a title at ``i`` introduces ("الرئيس الروسي فلاديمير بوتين"), if any."""
    j = _after_modifiers(toks, i, c.modifiers, c.gazetteer)
    if j < len(toks) and any(f in c.org for f in _name_forms(toks[j].norm)):
        return None  # "زعيم حزب الشعب ...": the title heads an organisation, whose name is no person
    name: list[str] = []
    first, verb = j, False
    while j < len(toks) and (step := _name_step(toks, j, name, stop, c, family=family)):
        if name and any(b in c.verbs for b in _name_forms(toks[j].norm)):
            verb = True  # "الكاتب ليوبوف ستيبوشوفا كتب": the name's verb ends it
            break
        if step == 1 and _ends_person(toks[j], bool(name), stop, c):
            verb = True  # "دونالد ترامب وقع", "رجب أردوغان وقرينته": the sentence goes on
            break
        name.extend(t.norm for t in toks[j : j + step])
        j += step
    # East Asian names end in syllables that are Arabic pronouns ("ري يونغ هو",
    # "تشوي سون هي"): take one when punctuation closes it.
    if (
        2 <= len(name) < 3
        and _words(toks, j)
        and toks[j].norm in c.syllables
        and (j + 1 >= len(toks) or toks[j + 1].kind == "punct")
    ):
        name.append(toks[j].norm)
        j += 1
    if not name:
        return None
    if _after_comma(toks, first) and not _closes_soon(toks, j):
        return None  # "السفير الروسي، قام المسلح بإطلاق النار": after the comma the sentence goes on
    shown_family = (toks[j].norm, toks[j].text) if _words(toks, j) and _family_after(name, toks[j], stop, c) else ()
    return _Candidate(
        "person", tuple(name), _surface(toks, first, j), verb or _ends_name(toks, j, stop), family=shown_family
    )


def _family_after(name: Sequence[str], tok: Token, stop: frozenset[str], c: Cues) -> bool:
    """Is ``tok`` the definite family name after a compound first name ("عبد الفتاح" + "السيسي",
    "عبد الله" + "الثاني"): a linker and its definite part, then a definite word ending in "ي"?"""
    return len(name) == 2 and name[0] in c.linkers and name[1].startswith("ال") and _of_origin(tok, stop, c.titles)


# A word of this many letters or more that begins with "و" and then a letter no transliteration of
# "W" writes after it is the conjunction and a word ("ونظيره", "ومسؤول"; "وليد", "وجدي" are shorter).
_CONJOINED = 5
# The masdar of the second form behind a preposition ("بتسديد", "لتعزيز"): ت, two letters, ي, one.
_TAFIL = 5


def _ends_person(tok: Token, inside: bool, stop: frozenset[str], c: Cues) -> bool:
    """Does ``tok`` end a person's name read after a title (``inside``: after its first word), by
    what the sentence alone shows? A verb of :func:`_name_enders`, or its imperfect ("يوقع",
    "سيواصل", "يستقبل"); a word with a pronoun of possession (:func:`_common_word` without the
    cluster's words: "وزوجته", "نظيره"); and after the first word, "و" and a word ("ومسؤول",
    "وأردوغان"), a preposition and a second-form masdar ("بتسديد") or a function word ("بما")."""
    n = tok.norm
    if any(_verb_of(b, c.enders) for b in _name_forms(n)) or _common_word(n, tok.text, set(), stop):
        return True
    if len(n) == 3 and n[0] in "يت" and ("و" + n[1:]) in c.enders:
        return True  # an assimilated verb's imperfect, as written ("بايدن يصل": "وصل"; not "فيصل"; audit25)
    bare = tok.text.lstrip("\u0640")
    if bare[:1] in "وبلك" and bare[1:2] in "أإآ" and len(bare) > 3:
        return True  # "الرئيس الإسرائيلي وأدلى بجملة", "رئيس المجلس لإدارة الكوارث": no name (audit25)
    if not inside:
        return False
    if bare[:1] == "و" and (len(n) >= _CONJOINED and n[1] not in "اوي"):
        return True
    rest = n[1:]
    # A function word after the preposition; one that begins with an alif written with its hamza
    # ("بأكثر"): a bare alif is a transliteration's ("باولي" is no "ب" + "أولى").
    function = rest in stop and (rest[:1] != "ا" or bare[1:2] in "أإآ")
    return n[:1] in "بلك" and (function or (len(rest) == _TAFIL and rest[0] == "ت" and rest[3] == "ي" and n[:1] != "ك"))


def _verb_of(word: str, verbs: frozenset[str]) -> bool:
    """Is ``word`` one of ``verbs`` (perfects), or its imperfect: "ي"/"ت" (after a future "س") and the
    perfect ("يواصل", "سيواصل"), or and the perfect without its first alif ("يستقبل", "يعلن")?"""
    if word in verbs:
        return True
    stem = word[1:] if word[:1] == "س" and word[1:2] in ("ي", "ت") else word
    if stem[:1] not in ("ي", "ت") or len(stem) < 4:
        return False
    rest = stem[1:]
    return rest in verbs or ("ا" + rest) in verbs


# A name set off by a comma after its title ("وزير الداخلية، نهاد المشنوق، ...") is closed by
# punctuation or the text's end within this many words after the part read as the name.
APPOSITION_TAIL = 2


def _after_comma(toks: Sequence[Token], first: int) -> bool:
    """Does a comma stand right before ``toks[first]`` (the title's comma, skipped)?"""
    return first > 0 and toks[first - 1].kind == "punct" and toks[first - 1].text in "،,"


def _closes_soon(toks: Sequence[Token], j: int) -> bool:
    """Is there punctuation, or the text's end, at ``toks[j]`` or within :data:`APPOSITION_TAIL`
    words after it? A name in apposition is closed so ("، نهاد المشنوق،"); a clause that goes on
    after the comma ("، قام المسلح بإطلاق النار", "، مشيرا إلى أن") names no one there."""
    return any(k >= len(toks) or toks[k].kind == "punct" for k in range(j, j + APPOSITION_TAIL + 1))


def _after_modifiers(
    toks: Sequence[Token],
    i: int,
    modifiers: frozenset[str] = frozenset(),
    gazetteer: Mapping[Name, tuple[str, str]] | None = None,
) -> int:
    """Where a name may begin after the title at ``i``: definite modifiers ("الروسي",
    "الخارجية"), the words that go on describing the title ("المنتهية ولايته", "وزراء",
    ``modifiers``), a listed place the title or such a word governs ("رئيس وزراء بريطانيا"),
    one comma and "باسم X" (or "باسمه") are skipped."""
    j = i + 1
    commas = 0
    while j < len(toks):
        # A definite function word opens a clause ("المؤتمر الصحفي الذى عقد"): no modifier (audit25).
        definite = toks[j].norm.startswith("ال") and not _hamza_al(toks[j].text) and toks[j].norm not in stopwords()
        if _words(toks, j) and (definite or toks[j].norm in modifiers) and j - i <= 5:
            j += 1
        elif _words(toks, j) and toks[j].norm == "باسم":
            j += 2
        elif _words(toks, j) and toks[j].norm.startswith("باسم") and toks[j].norm[4:] in ("ه", *pronoun_suffixes()):
            j += 1  # "المتحدثة باسمه يوليا مندل": the one spoken for is the pronoun
        elif commas == 0 and (k := _governed_place(toks, j, i, modifiers, gazetteer or {})) > j:
            j = k
        elif toks[j].text in "،," and commas == 0:
            commas, j = 1, j + 1
        else:
            break
    return j


def _governed_place(
    toks: Sequence[Token], j: int, i: int, modifiers: frozenset[str], gazetteer: Mapping[Name, tuple[str, str]]
) -> int:
    """Past a listed place at ``j`` that the title at ``i`` or a word describing it right before
    governs ("رئيس وزراء بريطانيا، كير ستارمر", "وزير خارجية إيران عباس عراقجي"): ``j`` when none."""
    if not (j == i + 1 or toks[j - 1].norm in modifiers):
        return j
    for size in (3, 2, 1):
        words = toks[j : j + size]
        if len(words) == size and all(t.kind == "word" for t in words):
            found = gazetteer.get(tuple(t.norm for t in words))
            if found is not None and found[0] == "place":
                return j + size
    return j


def _place_after(toks: Sequence[Token], i: int, stop: frozenset[str], c: Cues) -> _Candidate | None:
    """The place a cue word at ``i`` introduces ("مدينة فلاديفوستوك"), if any."""
    j = i + 1
    name: list[str] = []
    while j < len(toks) and len(name) < 2 and _is_name_word(toks[j], stop, c):
        if name and _conjoined_verb(toks[j].norm):
            break  # "قرب مطار كاتماندو واشتعلت فيها النيران": the sentence goes on
        name.append(toks[j].norm)
        j += 1
    if not name:
        return None
    return _Candidate("place", tuple(name), _surface(toks, i + 1, j), j < len(toks) and toks[j].kind == "punct")


# The perfect of a derived verb behind "و" at least this long (without it): "اشتعلت", "انفجرت".
_DERIVED_PERFECT = 5


def _conjoined_verb(norm: str) -> bool:
    """Is ``norm`` "و" and the perfect of a derived verb whose alif the conjunction keeps, told by
    its pattern and a subject's ending ("ت", "وا"): the eighth form ("واشتعلت", "واجتمعوا": its
    third letter "ت"), the seventh ("وانفجرت": "ن" second), the tenth ("واستمرت": "ست" second)?
    :func:`_ends_person` leaves "و" and a long alif alone: transliterations begin so ("واشنطن")."""
    rest = norm[1:]
    if norm[:2] != "وا" or len(rest) < _DERIVED_PERFECT or not rest.endswith(("ت", "وا")):
        return False
    return rest[2] == "ت" or rest[1] == "ن" or rest[1:3] == "ست"


def _org_at(toks: Sequence[Token], i: int, head: str) -> _Candidate | None:
    """The organisation a cue word ``head`` at ``i`` begins: a quoted or bracketed name after it,
    or the cue word with its definite modifiers ("وزارة الخارجية")."""
    j = i + 1
    if j < len(toks) and toks[j].text in _OPEN:  # صحيفة "برافدا رو", قناة (سي إن بي سي)
        k = j + 1
        while k < len(toks) and toks[k].text not in _CLOSE and k - j <= 5:
            k += 1
        inner = tuple(t.norm for t in toks[j + 1 : k] if t.kind == "word")
        if inner and k < len(toks):
            return _Candidate("org", inner, _surface(toks, j + 1, k), True, exact=True)
        return None
    name = [head]
    while j < len(toks) and len(name) < 5 and _words(toks, j) and toks[j].norm.startswith("ال"):
        name.append(toks[j].norm)
        j += 1
    if len(name) > 1:
        return _Candidate("org", tuple(name), _without_proclitic(toks[i], head) + _surface(toks, i + 1, j), True)
    return None


def _without_proclitic(tok: Token, head: str) -> str:
    """The cue word as written, without the proclitic its normalized form ``head`` lacks: "شركة" of
    "لشركة الخطوط الجوية", "هيئة" of "لهيئة الإذاعة" (a reader's name of the organisation), with a
    space before the words that follow."""
    cut = len(tok.norm) - len(head)
    written = tok.text[cut:] if 0 < cut < len(tok.text) and tok.norm.endswith(head) else tok.text
    return written + " "


def _ngram_counts(sentences: Iterable[Sequence[Token]], n_max: int = 5) -> dict[Name, int]:
    counts: dict[Name, int] = {}
    for toks in checked(sentences):
        words = [t.norm for t in toks if t.kind == "word"]
        for n in range(1, n_max + 1):
            for k in range(len(words) - n + 1):
                key = tuple(words[k : k + n])
                counts[key] = counts.get(key, 0) + 1
    return counts


def _trim(cand: _Candidate, counts: Mapping[Name, int], open_ends: frozenset[str] = frozenset()) -> Name | None:
    """The longest prefix of a candidate name that recurs in the cluster and does not end on an
    ``open_ends`` word (a person's "بن", "عبد"); the whole name if its end is marked by punctuation;
    else nothing (one-off words after a title are not names)."""
    if cand.exact:
        return cand.name
    shortest = 2 if cand.kind == "org" else 1  # an organisation is its cue word and more
    for k in range(len(cand.name), shortest - 1, -1):
        if (
            counts.get(cand.name[:k], 0) >= 2
            and (k > 1 or cand.kind != "person" or len(cand.name) == 1)
            and (cand.kind != "person" or cand.name[k - 1] not in open_ends)
        ):
            return cand.name[:k]
    return cand.name if cand.clean_end else None


def _similar(a: str, b: str) -> bool:
    """Transliteration variants: "ترامب"/"ترمب", "جونغ"/"جونج", "بومبيو"/"بومبو"."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.75


def _same_name(a: Name, b: Name) -> bool:
    return len(a) == len(b) and all(_similar(x, y) for x, y in zip(a, b, strict=True))


@dataclass
class _Entry:
    kind: str
    display: Name
    aliases: set[Name]
    cued: int


def _merge(found: Sequence[tuple[str, Name]], counts: Mapping[Name, int] | None = None) -> list[_Entry]:
    """One entry per actor: equal or variant spellings merged, the most frequent spelling shown."""
    entries: list[_Entry] = []
    seen: dict[Name, int] = {}
    for _, name in found:
        seen[name] = seen.get(name, 0) + 1
    for kind, name in found:
        for e in entries:
            if e.kind == kind and any(_same_name(name, a) for a in e.aliases):
                e.aliases.add(name)
                e.cued += 1
                if seen[name] > seen[e.display] or (seen[name] == seen[e.display] and len(name) > len(e.display)):
                    e.display = name
                break
        else:
            entries.append(_Entry(kind, name, {name}, 1))
    # A one-word person name that is the last word of a longer one is the same person ("بوتين").
    people = [e for e in entries if e.kind == "person"]
    for e in people:
        if len(e.display) == 1:
            owners = [
                o
                for o in people
                if o is not e and len(o.display) > 1 and any(_similar(e.display[0], w) for w in o.display)
            ]
            if owners:
                best = max(owners, key=lambda o: o.cued)
                best.aliases |= e.aliases
                best.cued += e.cued
                e.aliases = set()
    # A lone word after a title once ("قال المسؤول بعيدة") is too weak to call a person, unless the
    # cluster repeats the word ("قال المتحدث ماتفيينكو ... وأضاف ماتفيينكو").
    counts = counts or {}
    return [
        e
        for e in entries
        if e.aliases
        and not (e.kind == "person" and len(e.display) == 1 and e.cued < 2 and counts.get(e.display, 0) < 2)
    ]


def _short_forms(entries: Sequence[_Entry], stop: frozenset[str], c: Cues) -> dict[Name, _Entry]:
    """Single words that stand for a person ("بوتين", "كيم"), each given to one person: the one
    cued most often when several share it (Kim Jong Un over Kim Jong Il). Not the parts that tie a
    name together ("بن", "أبو", "عبد"); a linker's definite part only with its linker ("عبد اللهيان",
    "أبو الغيط"; "الله" alone is no one)."""
    owner: dict[Name, _Entry] = {}
    for e in sorted((e for e in entries if e.kind == "person"), key=lambda e: -e.cued):
        for alias in e.aliases:
            for k in range(len(alias)):
                short = _short_form(alias, k, stop, c)
                if short is not None:
                    owner.setdefault(short, e)
    return owner


def _short_form(alias: Name, k: int, stop: frozenset[str], c: Cues) -> Name | None:
    """The short form that the ``k``-th word of a person's ``alias`` gives, if any (see _short_forms)."""
    w = alias[k]
    if k > 0 and alias[k - 1] in c.linkers and w.startswith("ال"):
        return (alias[k - 1], w)
    if len(w) < 3 or w in c.joiners or w in c.linkers or w in stop or (w,) in c.gazetteer:
        return None
    return (w,)


def find_actors(prepared: Sequence[PreparedDocument], *, min_mentions: int = 2) -> tuple[Actor, ...]:
    """Actors of a cluster, most widely named first.

    Parameters
    ----------
    prepared:
        Cleaned, segmented documents (see :func:`khulasa.prepare`); junk is never scanned.
    min_mentions:
        Actors found only from cue words need this many mentions in the cluster.
    """
    c = cues()
    stop = stopwords()
    sentences = _cluster_tokens(prepared)
    counts = _ngram_counts(t for _, _, t in sentences)
    check_time()
    # Vocabulary of the cluster, for spelling variants of names.
    vocab = {b for _, _, toks in sentences for t in toks if t.kind == "word" for b in _name_forms(t.norm)}
    found, surfaces = _cued_names(sentences, counts, vocab, stop, c)
    entries = _merge(found, counts)
    alias_index = _alias_index(entries, surfaces, _by_shape(vocab), _short_forms(entries, stop, c), c)
    mentions, meta = _mentions(sentences, alias_index)
    gazetteer_keys = {canonical for _, canonical in c.gazetteer.values()}
    after = _words_after(sentences, mentions)
    actors = []
    for key, spans in mentions.items():
        kind, label = meta[key]
        if key not in gazetteer_keys and len(spans) < min_mentions and kind != "person":
            continue
        if kind == "place" and key in gazetteer_keys and _first_of_a_name(after.get(key, []), vocab, stop, c):
            continue
        docs = tuple(dict.fromkeys(s.doc for s in spans))
        actors.append(Actor(label, kind, docs, tuple(spans)))
    return tuple(sorted(actors, key=lambda a: (-len(a.docs), -len(a.mentions), a.name)))


_Tokens = tuple[str, int, Sequence[Token]]  # (document id, offset of the sentence, its tokens)


def _words_after(sentences: Sequence[_Tokens], mentions: Mapping[object, Sequence[Span]]) -> dict[object, list[str]]:
    """For each actor, the word (normalized) right after each of its mentions in its sentence, ""
    where a mark or the sentence's end follows."""
    next_word: dict[tuple[str, int], str] = {}  # (document, end of a word) -> the token after it
    for doc, offset, toks in sentences:
        for a, b in zip(toks, (*toks[1:], None), strict=True):
            if a.kind == "word":
                next_word[(doc, offset + a.end)] = b.norm if b is not None and b.kind == "word" else ""
    return {key: [next_word.get((s.doc, s.end), "") for s in spans] for key, spans in mentions.items()}


# The word a place's name is read as the first of a person's or a title's is this long at least.
_NAME_AFTER_PLACE = 3


def _first_of_a_name(after: Sequence[str], vocab: set[str], stop: frozenset[str], c: Cues) -> bool:
    """Is a place of the gazetteer in fact the first word of another name wherever the cluster
    names it: two mentions or more, each followed by the same word, one that reads as a name: no
    article, no و/ف before it, no accusative alif after it ("قادما"), no stop word, no place, no
    common word (:func:`_common_word`). "بغداد بونجاح" is a player, "باريس سان جيرمان" a club."""
    if len(after) < 2 or len(set(after)) != 1:
        return False
    word = after[0]
    return (
        len(word) >= _NAME_AFTER_PLACE
        and not word.startswith(("ال", "و", "ف"))
        and not word.endswith("ا")
        and word not in stop
        and not any((f,) in c.gazetteer for f in (word, *_name_forms(word)))
        and not _common_word(word, word, vocab, stop)
    )


_AliasIndex = dict[Name, tuple[str, str, object]]  # alias -> (kind, display, key)


def _cluster_tokens(prepared: Sequence[PreparedDocument]) -> list[_Tokens]:
    """The tokens of every heading and sentence of the cluster, with where they are."""
    sentences: list[_Tokens] = []
    c = cues()
    for p in prepared:
        check_time()
        units: tuple[Heading | Sentence, ...] = (*p.headings, *p.sentences)
        for s in units:
            sentences.append((p.document.id, s.start, split_joined_names(tokens(s.text), c)))
    return sentences


def _cued_names(
    sentences: Sequence[_Tokens], counts: Mapping[Name, int], vocab: set[str], stop: frozenset[str], c: Cues
) -> tuple[list[tuple[str, Name]], dict[Name, dict[str, int]]]:
    """Names that titles and cue words introduce, as ``(kind, name)``, and how often each name is
    written each way (its first words as the text gives them)."""
    found: list[tuple[str, Name]] = []
    surfaces: dict[Name, dict[str, int]] = {}
    for _, _, toks in sentences:
        check_time()
        for cand in title_candidates(toks, stop, c):
            name = _trim(cand, counts, c.joiners | c.linkers)
            if name is not None and cand.kind == "person":
                name = _before_common_word(name, cand.surface.split(), vocab, stop)
            # The family name after a compound first name is shown; its key and mentions stay.
            family = cand.family[1:] if name is not None and name == cand.name else ()
            if name is not None and cand.kind == "place":
                name = _before_verb(name, c)
            # Names rarely take the article: a word the cluster also uses with ال is a common noun.
            # A verb ("أفادت") or a preposition + noun ("لاتفاقية") is not a name either.
            if (
                name is not None
                and name not in c.gazetteer
                and not any("ال" + b in vocab for w in name for b in _name_forms(w))
                and not (len(name) == 1 and any(b in c.verbs for b in _name_forms(name[0])))
            ):
                found.append((cand.kind, name))
                shown = " ".join((*cand.surface.split()[: len(name)], *family))
                surfaces.setdefault(name, {}).setdefault(shown, 0)
                surfaces[name][shown] += 1
    return found, surfaces


def _before_verb(name: Name, c: Cues) -> Name | None:
    """A place's ``name`` up to a verb of :func:`_name_enders` after its first word ("جزيرة سومطرة
    ارتفع": "سومطرة"; audit25). Only the actors panel reads this: selection's frame words keep what
    :func:`title_candidates` reads (measured, cutting there moved a key fact on the dev sets)."""
    cut = next((k for k in range(1, len(name)) if _verb_of(name[k], c.enders)), len(name))
    return name[:cut] or None


# A pronoun of possession written on a noun ("نظيره", "وقرينته", "منصبه"): a name takes none. Only
# after a stem of this many letters or more.
_PRONOUN_STEM = 3


def _before_common_word(name: Name, surface: Sequence[str], vocab: set[str], stop: frozenset[str]) -> Name | None:
    """A person's ``name`` up to its first word the cluster shows to be a common word
    (:func:`_common_word`), or None when that is its first: the word after a title is then the
    sentence going on ("الرئيس المصري يستقبل نظيره التركي", "فلاديمير بوتين ونظيره")."""
    for k, word in enumerate(name):
        raw = surface[k] if k < len(surface) else word
        if _common_word(word, raw, vocab, stop):
            return name[:k] or None
    return name


def _common_word(norm: str, raw: str, vocab: set[str], stop: frozenset[str]) -> bool:
    """Does the cluster write ``norm`` (``raw`` as the text gives it) as a common word, never a name?

    Names take no pronoun and are not verbs. So not a name: a word with a pronoun of possession
    ("وقرينته", "خارجيته": the ة of a noun written ت before it; "ونظيرها"; a bare "ه", which
    also ends names such as "ديدييه" or "نبيه", when the cluster writes the word without it too,
    bare, with the article or with a proclitic: "نظيره" beside "نظير"); a verb whose other tense
    the cluster writes ("يستقبل" beside "استقبل", "يفتتح" beside "افتتح");
    a preposition and a noun the cluster writes with the article ("بتحقيق" beside "التحقيق",
    "لشبكة" beside "الشبكة"). ``vocab``: every word of the cluster with and without
    its proclitics (:func:`_name_forms`)."""
    raw = raw.rstrip("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")  # tatweel, harakat
    text = normalize(raw)
    forms = _name_forms(norm)
    bare = forms[-1]
    if not bare.startswith("ال") and _pronoun_on(bare, text, raw, vocab, stop):
        return True
    # The cluster writes the word with a pronoun elsewhere ("مقتل" beside "مقتلهم", "مدة" beside
    # "مدتها"): a noun. Not "ه", which normalized is also the ة of a noun ("رياض", "رياضة").
    held = bare[:-1] + "ت" if bare.endswith("ه") else bare
    if len(bare) >= _PRONOUN_STEM and any(held + p in vocab and held + p not in stop for p in pronoun_suffixes()):
        return True
    for b in forms:
        if len(b) >= 4 and b[0] in "يت" and "ا" + b[1:] in vocab:
            return True
    # A preposition (ب, ل, ك) before a noun: the form without it is written on its own.
    return len(forms) > 1 and any(
        _written(b, vocab, stop, article_only=True) for b in forms if b != norm and norm[-len(b) - 1] in "بلك"
    )


def _pronoun_on(bare: str, text: str, raw: str, vocab: set[str], stop: frozenset[str]) -> bool:
    """Is a pronoun of possession written on the word (``bare``: without its proclitics; ``text``:
    normalized as written, ``raw`` as written)? A definite word takes none ("الله")."""
    if text.endswith("ته") and len(bare) >= 5:  # "زوجته": ة turned ت before a pronoun
        return True
    if any(bare.endswith(p) and len(bare) - len(p) >= _PRONOUN_STEM for p in pronoun_suffixes()):
        return True
    return raw.endswith("ه") and len(bare) > _PRONOUN_STEM and _his(bare[:-1], vocab, stop)


def _his(stem: str, vocab: set[str], stop: frozenset[str]) -> bool:
    """Is the ``stem`` a word "ه" (his) was written on? When the cluster writes it (:func:`_written`),
    or when it ends as Arabic nouns do, not in a vowel letter ("ديدييه", "نبيه", "بيليه": names end
    in "يه"), nor is a linker ("عبده")."""
    return _written(stem, vocab, stop) or (stem[-1:] not in ("ي", "ا", "و") and stem not in cues().linkers)


def _written(stem: str, vocab: set[str], stop: frozenset[str], *, article_only: bool = False) -> bool:
    """Does the cluster write ``stem`` as a word (with the article; bare too unless ``article_only``)?"""
    if len(stem) < _PRONOUN_STEM or stem in stop:
        return False
    return "ال" + stem in vocab or (not article_only and stem in vocab)


def _label(e: _Entry, surfaces: Mapping[Name, dict[str, int]]) -> str:
    """An actor's name as the cluster writes it most often."""
    seen = surfaces.get(e.display) or {" ".join(e.display): 1}
    return max(seen, key=lambda k: (seen[k], k))


def _alias_index(
    entries: Sequence[_Entry],
    surfaces: Mapping[Name, dict[str, int]],
    shapes: Mapping[tuple[str, int], Sequence[str]],
    short: Mapping[Name, _Entry],
    c: Cues,
) -> _AliasIndex:
    """Every way the cluster names an actor: aliases and their spelling variants, gazetteer names,
    and the short forms that stand for a person (:func:`_short_forms`)."""
    alias_index: _AliasIndex = {}
    for e in entries:
        check_time()
        key: object = id(e)
        label = _label(e, surfaces)
        for a in e.aliases:
            alias_index[a] = (e.kind, label, key)
            for variant in _variants(a, shapes, c.titles):
                alias_index.setdefault(variant, (e.kind, label, key))
    for alias, (kind, canonical) in c.gazetteer.items():
        alias_index.setdefault(alias, (kind, canonical, canonical))
    for form, e in short.items():
        check_time()
        entry = (e.kind, _label(e, surfaces), id(e))
        alias_index.setdefault(form, entry)
        for variant in _variants(form, shapes, c.titles):
            alias_index.setdefault(variant, entry)
    return alias_index


def _mentions(
    sentences: Sequence[_Tokens], alias_index: _AliasIndex
) -> tuple[dict[object, list[Span]], dict[object, tuple[str, str]]]:
    """Spans of every actor named in the cluster, longest alias first, and each actor's kind and label."""
    longest: dict[str, int] = {}  # first word of an alias -> its longest alias
    for a in alias_index:
        longest[a[0]] = max(longest.get(a[0], 0), len(a))
    mentions: dict[object, list[Span]] = {}
    meta: dict[object, tuple[str, str]] = {}
    for doc, offset, toks in sentences:
        check_time()
        words = [t for t in toks if t.kind == "word"]
        k = 0
        while k < len(words):
            hit = _alias_at(words, k, alias_index, longest)
            if hit is None:
                k += 1
                continue
            n, (kind, label, key) = hit
            start, end = words[k].start, words[k + n - 1].end
            mentions.setdefault(key, []).append(Span(doc, offset + start, offset + end))
            meta[key] = (kind, label)
            k += n
    return mentions, meta


def _alias_at(
    words: Sequence[Token], k: int, alias_index: _AliasIndex, longest: Mapping[str, int]
) -> tuple[int, tuple[str, str, object]] | None:
    """The longest alias that starts at word ``k`` (its first word may carry a proclitic), and its
    length. ``longest``: the length of the longest alias each first word starts."""
    forms = [f for f in _name_forms(words[k].norm) if f in longest]
    if not forms:
        return None
    for n in range(min(max(longest[f] for f in forms), len(words) - k), 0, -1):
        tail = tuple(w.norm for w in words[k + 1 : k + n])
        for first in forms:
            if (first, *tail) in alias_index:
                return n, alias_index[(first, *tail)]
    return None


def _by_shape(vocab: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """Words by (first letter, length): :func:`_similar` words share the first and differ by one
    letter at most in length, so only three buckets can hold a word's variants."""
    out: dict[tuple[str, int], list[str]] = {}
    for w in vocab:
        out.setdefault((w[:1], len(w)), []).append(w)
    return out


def _variants(
    alias: Name, vocab: Mapping[tuple[str, int], Sequence[str]], titles: frozenset[str] = frozenset()
) -> list[Name]:
    """Spellings of ``alias`` seen in the cluster (``vocab``: see :func:`_by_shape`) that differ
    by a transliteration letter; never a title (``titles``: "رئيس" is no spelling of "رئيسي"),
    with or without a proclitic."""
    if len(alias) != 1 or len(alias[0]) < 5:
        return []  # short words have too many near neighbours ("يوري"/"يريد")
    word = alias[0]
    return [
        (w,)
        for n in (len(word) - 1, len(word), len(word) + 1)
        for w in vocab.get((word[0], n), ())
        if w != word and _similar(w, word) and titles.isdisjoint(_name_forms(w))
    ]
