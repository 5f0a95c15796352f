"""Errors a user can cause, and every message a user reads when something is wrong.

The CLI prints ``str(error)`` on one line and exits non-zero; it never shows a traceback for
these. Anything else escaping the library is a bug in khulasa.

Messages are built here, grouped by the stage that raises them, so that their wording (what is
wrong, then what to do) can be read and kept consistent in one place. The modules raise
``SomeError(message_builder(...))``; a value that needs a helper of a higher layer to describe it
(``json_kind``, ``JsonProblem.describe``) is passed in already described. Messages of programming
errors (a misused internal function, a broken resource file of the package) stay where they are
raised: no user can cause them.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable, Sequence


class KhulasaError(Exception):
    """Base class for every error caused by input or settings.

    ``str(error)`` advises in the CLI's terms (an option, a command); :meth:`for_api` is the same
    message with the HTTP API's advice (a JSON field, an endpoint), where the two differ.
    """

    exit_code = 2
    api: str | None = None  # the message in the API's terms, where it differs (set by the raiser)
    parts: tuple[KhulasaError, ...] = ()  # the problems a "nothing could be loaded" error lists

    def for_api(self) -> str:
        """The message as the HTTP API gives it: ``api`` when set, else ``str(self)``."""
        return self.api if self.api is not None else str(self)


class InputError(KhulasaError):
    """A file or record cannot be read as an article (missing, binary, malformed, unsupported)."""


class NoStory(InputError):
    """A story id the desk does not hold: the CLI points to ``khulasa desk stories``, the API to
    ``GET /v1/stories``."""

    def __init__(self, story: str) -> None:
        super().__init__(no_story(story))
        self.story = story

    def __reduce__(self) -> tuple[type[NoStory], tuple[str]]:
        """Pickled with its own argument, not the message."""
        return NoStory, (self.story,)

    def for_api(self) -> str:
        """The message with the API's advice."""
        return no_story(self.story, api=True)


class PartlyRead(InputError):
    """A file read all the same, though not all as written: ``replaced`` places whose bytes no
    encoding read are shown as U+FFFD, ``recoded`` lines were in another encoding than the rest and
    were read in it; a feed whose XML declaration names the encoding ``declared`` was read as
    ``read_as``. The HTTP service lists these in ``partly_read``, so the page can say it in Arabic."""

    def __init__(
        self, message: str, *, replaced: int = 0, recoded: int = 0, declared: str | None = None, read_as: str = ""
    ) -> None:
        super().__init__(message)
        self.replaced = replaced
        self.recoded = recoded
        self.declared = declared
        self.read_as = read_as


class NoTextError(KhulasaError):
    """Input was read but holds nothing to summarize (no Arabic, or everything was junk)."""


class SettingsError(KhulasaError):
    """A setting is out of range or contradicts another (e.g. two budgets, budget too small)."""


class BudgetTooSmall(SettingsError):
    """A budget smaller than the shortest sentence that may be chosen: the HTTP service adds
    ``unit`` and ``shortest`` to its problem, so the page can say it in Arabic."""

    def __init__(self, amount: int, unit: str, shortest: int) -> None:
        super().__init__(budget_too_small(amount, unit, shortest))
        self.amount, self.unit, self.shortest = amount, unit, shortest

    def __reduce__(self) -> tuple[type[BudgetTooSmall], tuple[int, str, int]]:
        """Pickled (a Dask worker's error) with its own arguments, not the message."""
        return BudgetTooSmall, (self.amount, self.unit, self.shortest)

    def for_api(self) -> str:
        """The message advising to raise the request's JSON field, not a CLI option."""
        return budget_too_small(self.amount, self.unit, self.shortest, api=True)


class OutputError(KhulasaError):
    """A result cannot be written (the path is a folder, a folder cannot be made, the disk is full)."""


def output_error(path: object, error: OSError, what: str = "output") -> OutputError:
    """One line for an :class:`OSError` met while writing ``path``: what failed, and what to do."""
    if isinstance(error, IsADirectoryError):
        return OutputError(f"{path} is a folder; give a file name for the {what}, e.g. {path}/result")
    if isinstance(error, NotADirectoryError | FileExistsError):
        return OutputError(
            f"{path}: cannot write the {what}: part of the path is a file, not a folder; choose another path"
        )
    if error.errno == errno.ENOSPC:
        return OutputError(f"{path}: cannot write the {what}: the disk is full; free some space or write elsewhere")
    return OutputError(
        f"{path}: cannot write the {what} ({os_reason(error)}); check that its folder exists and is writable"
    )


def shown_id(value: object, head: int = 48, tail: int = 16) -> str:
    """An id as a message quotes it: whole when short, else its start and its end (where a stored
    id's "~hash" suffix is) around "…", with its length, so a 2,000-byte id does not fill a screen."""
    text = str(value)
    if len(text) <= head + tail + 8:
        return repr(text)
    return f"{text[:head]!r}…{text[-tail:]!r} ({len(text)} characters)"


class MissingExtraError(KhulasaError):
    """An optional feature needs a package that is not installed."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs optional packages: run  pip install 'khulasa[{extra}]'")
        self.extra = extra


class TimeLimitExceeded(KhulasaError):
    """The work ran past the time limit it was given (:func:`khulasa.deadline.time_limit`)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"stopped after the time limit of {seconds:g} s; give fewer or shorter documents, or a longer limit"
        )
        self.seconds = seconds


class Interrupted(KhulasaError):
    """The user stopped the command (Ctrl-C); the message says what was kept."""

    exit_code = 130


def usage_error(message: str, command: str) -> str:
    """A command line that click cannot parse (an unknown choice, a number that is none, a missing
    argument or option), with the hint to ``command --help``."""
    return f"{message.rstrip('.')} (see '{command} --help')"


def interrupted() -> str:
    """Ctrl-C (commands that keep work done so far say so in their own message)."""
    return "interrupted (Ctrl-C)"


def ingest_interrupted(done: int, total: int) -> str:
    """Ctrl-C during ``khulasa desk ingest``: finished batches are stored, the current one is not."""
    return (
        f"interrupted (Ctrl-C) after {done} of {total} articles: those are stored, the batch under way was "
        "not; run the same command again to add the rest (articles already stored are skipped)"
    )


def features_rebuild_interrupted(done: int, total: int) -> str:
    """Ctrl-C while ``khulasa desk ingest`` recomputes the grouping features of an older khulasa's
    desk (before any article of the command is stored): finished chunks are kept, consistent."""
    return (
        f"interrupted (Ctrl-C) while recomputing the desk's grouping features, after {done} of {total} "
        "articles: the desk is consistent and keeps them; run the same command again to finish "
        "(none of its articles was stored yet)"
    )


def batch_interrupted(out: object) -> str:
    """Ctrl-C during ``khulasa batch``: every finished cluster is in OUT."""
    return f"interrupted (Ctrl-C): the results written so far are in {out}; run the same command again to resume"


def os_reason(error: OSError) -> str:
    """Why an operating-system call failed, in lower case ("permission denied")."""
    return error.strerror.lower() if error.strerror else type(error).__name__


def _listed(names: Iterable[str]) -> str:
    return ", ".join(names)


# --- choices shared by several front ends (formats, enumerated options) ------------------------


def cannot_listen(host: str, port: int, reason: str) -> str:
    """``khulasa serve`` on a port in use or an address this machine does not have."""
    return (
        f"cannot serve on {host}:{port} ({reason}); choose another --port (or stop the program using it), "
        "or a --host this machine has (127.0.0.1, 0.0.0.0)"
    )


def unknown_format(fmt: str, formats: Sequence[str]) -> str:
    """An output format the renderer does not know."""
    return f"unknown format {fmt!r}; choose one of {_listed(formats)}"


def not_one_of(value: str, choices: Sequence[str]) -> str:
    """A CLI option value outside a list of choices (the option is named by the CLI)."""
    return f"{value!r}; choose one of {_listed(choices)}"


def not_either(value: str, first: str, second: str) -> str:
    """A CLI option value that is neither of two choices."""
    return f"{value!r}; choose {first} or {second}"


def order_time_undated(undated: int, total: int, *, api: bool = False) -> str:
    """``--order time`` with articles that carry no readable publication time (``api``: the
    request's ``order`` field, and its articles' ``published``)."""
    order = "order=time" if api else "--order time"
    if undated == total:
        advice = (
            "give each article a published time (ISO 8601)" if api else "give dated records (JSON, JSONL, HTML, feeds)"
        )
        return (
            f"{order}: none of the {total} articles has a readable publication time (published), "
            f"so sentences keep the order they have in the articles; {advice}"
        )
    return f"{order}: {undated} of the {total} articles have no readable publication time; their sentences come last"


def window_days_undated(undated: int, total: int) -> str:
    """``group --window-days`` with articles that carry no readable publication time: the window
    cannot keep them apart, whatever their date."""
    if undated == total:
        return (
            f"--window-days: none of the {total} articles has a readable publication time (published), "
            "so the window links them whatever their date; give dated records (JSON, JSONL, HTML, feeds)"
        )
    return (
        f"--window-days: {undated} of the {total} articles have no readable publication time; "
        "the window links them whatever their date"
    )


def several_stories(total: int, sizes: Sequence[int], *, api: bool = False, paths: Sequence[str] = ()) -> str:
    """Articles given to ``summarize`` or ``compare`` that read as several stories (a mixed feed, two
    events in one folder): the output mixes them. ``sizes``: the stories' sizes, largest first
    (``api``: the HTTP service's, whose desk, ``POST /v1/articles``, groups them); ``paths``: the
    command's inputs, named in the ``khulasa group`` command to run (up to three, else FILES)."""
    import shlex

    shown = ", ".join(str(n) for n in sizes[:5]) + (", …" if len(sizes) > 5 else "")
    files = " ".join(shlex.quote(p) for p in paths) if 0 < len(paths) <= 3 else "FILES"
    how = "send them to the desk (POST /v1/articles)" if api else f"khulasa group {files} --summarize"
    return (
        f"these {total} articles read as {len(sizes)} different stories (of {shown} articles), and one summary "
        f"or comparison of them mixes the stories; group them first ({how}), "
        "or give each story's articles on their own"
    )


def reading_terminal() -> str:
    """``-`` (standard input) given at a terminal: khulasa waits for the text typed or pasted."""
    return "reading the articles from standard input: paste or type them, then press Ctrl-D on a line of its own"


def one_budget(given: Sequence[str]) -> str:
    """Two or more budgets given at once."""
    return f"give one budget, not {' and '.join(given)}"


# --- settings (config.py) -----------------------------------------------------------------------


def budget_not_positive(name: str, value: object) -> str:
    """A words/sentences/chars budget that is not a positive whole number."""
    return f"budget {name}={value!r} must be a positive whole number"


def no_budget() -> str:
    """Settings with every budget cleared."""
    return "no budget: give words, sentences or chars"


def unknown_method(method: object, methods: Sequence[str]) -> str:
    """A selection method that does not exist."""
    return f"unknown method {method!r}; choose one of {_listed(methods)}"


def unknown_order(order: object) -> str:
    """An ordering that does not exist."""
    return f"unknown order {order!r}; choose position, time or selection"


def unknown_split_runons(value: object, choices: Sequence[str]) -> str:
    """A way of splitting run-on sentences (``Settings.split_runons``) that does not exist."""
    return f"unknown split_runons {value!r}; choose one of {_listed(choices)}"


def not_a_share(name: str, value: object) -> str:
    """A summarizer setting that must lie in [0, 1]."""
    return f"{name}={value!r} must lie between 0 and 1"


def not_zero_or_more(name: str, value: object) -> str:
    """A summarizer weight that must be a number >= 0."""
    return f"{name}={value!r} must be a number, zero or more"


def decay_not_positive(value: object) -> str:
    """``position_decay`` of zero."""
    return f"position_decay={value!r} must be more than zero"


def not_whole_words(name: str, value: object) -> str:
    """A length in words (``short_budget``, ``longer_from``) that is not a whole number, 0 or more."""
    return f"{name}={value!r} must be a whole number of words, 0 or more"


def not_whole_days(name: str, value: object) -> str:
    """A number of days (``story_days``) that is not a whole number, 0 or more."""
    return f"{name}={value!r} must be a whole number of days, 0 or more"


def not_a_word_range(min_words: int, max_words: int) -> str:
    """``min_words``/``max_words`` that do not make a range."""
    return f"min_words={min_words} and max_words={max_words} do not make a range"


def unknown_settings(unknown: Sequence[str], known: Iterable[str]) -> str:
    """Setting names that :class:`~khulasa.config.Settings` does not have."""
    return f"unknown setting(s) {_listed(unknown)}; known: {_listed(sorted(known))}"


def compare_not_a_share(name: str, value: object) -> str:
    """A compare setting that must lie in [0, 1]."""
    return f"compare setting {name}={value!r} must lie between 0 and 1"


def compare_not_a_count(name: str, value: object) -> str:
    """A compare setting that must be a whole number >= 0."""
    return f"compare setting {name}={value!r} must be a whole number >= 0"


def grouping_not_in_unit(name: str, value: object) -> str:
    """A grouping threshold outside (0, 1]."""
    return f"grouping {name}={value!r} must lie in (0, 1]; try the default"


def grouping_idf_power(value: object) -> str:
    """A grouping ``idf_power`` that is not positive."""
    return f"grouping idf_power={value!r} must be positive; try the default 2"


def grouping_size_margin(value: object) -> str:
    """A negative grouping ``size_margin``."""
    return f"grouping size_margin={value!r} must be zero or positive"


def grouping_mutual_k(value: object) -> str:
    """A grouping ``mutual_k`` that is neither None nor a positive whole number."""
    return f"grouping mutual_k={value!r} must be a positive whole number (or None)"


def grouping_embeddings(value: object) -> str:
    """A grouping ``embeddings`` share outside [0, 1]."""
    return f"grouping embeddings={value!r} must lie between 0 (off) and 1"


def grouping_embedding_baseline(value: object) -> str:
    """A grouping ``embedding_baseline`` outside [0, 1)."""
    return f"grouping embedding_baseline={value!r} must lie in [0, 1)"


def grouping_gate(value: object) -> str:
    """A grouping gate that does not exist."""
    return f"grouping gate={value!r} must be 'pair' or 'group'"


def grouping_min_shared(value: object) -> str:
    """A negative or fractional grouping ``min_shared``."""
    return f"grouping min_shared={value!r} must be a whole number, 0 or more"


def time_window_not_positive(value: object) -> str:
    """A grouping time window of zero days or less."""
    return f"time_window_days={value!r} must be positive (or None: no window)"


def desk_window_days_not_valid(value: float) -> str:
    """``desk ingest --window-days`` below zero, infinite or not a number."""
    return f"--window-days {value:g} must be a number of days, or 0 for no window"


def window_days_not_positive(value: float) -> str:
    """``--window-days`` of zero days or less (or not a number)."""
    return f"--window-days {value:g} must be a positive number of days; leave it out to link articles of any date"


def close_after_hours_not_valid(value: float) -> str:
    """``desk ingest --close-after-hours`` below 0.01, not a number (nan) or infinite."""
    return (
        f"--close-after-hours {value:g} must be a number of hours from 0.01 up (not nan or inf); "
        "for stories that never close by time, give a long time such as 87600 (ten years)"
    )


def compare_one_outlet(outlets: Sequence[str]) -> str:
    """``khulasa compare`` of articles from fewer than two outlets: nothing can be shared or unique."""
    if not outlets:
        return "there is no outlet to compare; compare needs articles from two outlets or more"
    return (
        f"every article comes from one outlet ({outlets[0]}), so there is nothing to compare; compare needs "
        "articles from two outlets or more"
    )


def words_without_summarize(words: int) -> str:
    """``khulasa group --words`` without ``--summarize``: the budget of summaries it would not make."""
    return f"--words {words} is the budget of the stories' summaries; add --summarize, or leave --words out"


def grouping_not_positive(name: str, value: object) -> str:
    """A grouping count that must be a positive whole number."""
    return f"grouping {name}={value!r} must be a positive whole number"


def unknown_grouping_settings(unknown: Sequence[str]) -> str:
    """Setting names that :class:`~khulasa.config.GroupSettings` does not have."""
    return f"unknown grouping setting(s): {_listed(unknown)}"


# --- input: paths, files and standard input (io.py) ---------------------------------------------


def no_input() -> str:
    """``load_documents`` called with no path."""
    return "no input given: pass article files, a folder of articles, or - for standard input"


def own_output_not_an_article(label: str) -> str:
    """A summary, comparison or list of stories khulasa wrote (JSON, JSONL or Markdown) found among the articles."""
    return (
        f"{label}: skipped: it is a summary, comparison or list of stories written by khulasa, not an article "
        "(read as one, every outlet would count twice); write the output outside the articles' folder"
    )


def no_such_path(path: object, *, address: bool = False) -> str:
    """A file or folder that does not exist (``address``: it looks like a web address)."""
    if address:
        return (
            f"{path}: no such file or folder; khulasa reads files and never fetches web addresses: "
            "save the page or feed as a file and give its path"
        )
    return f"{path}: no such file or folder; check the path"


def cannot_list_folder(path: object, reason: str) -> str:
    """A folder whose entries cannot be listed."""
    return f"{path}: cannot list folder ({reason}); check its permissions"


def folder_without_articles(
    path: object, found: Sequence[str], more: bool, supported: Sequence[str], subfolders: Sequence[str] = ()
) -> str:
    """A folder with no file of a supported type; ``found`` names a few of the files it has,
    ``subfolders`` a few of its subfolders (which are not read)."""
    listed = f" (found only {_listed(found)}{'…' if more else ''})" if found else ""
    inside = ""
    if subfolders:
        names = ", ".join(f"{name}/" for name in subfolders[:3]) + ("…" if len(subfolders) > 3 else "")
        inside = f"; subfolders ({names}) are not read: give them as paths, e.g. {path}/{subfolders[0]}"
    return f"{path}: folder has no article files{listed}{inside}; supported: {_listed(supported)}"


def unsupported_file(path: object, suffix: str, supported: Sequence[str], *, api: bool = False) -> str:
    """A file whose extension names no format khulasa reads (``api``: an uploaded one)."""
    kind = f"'{suffix}'" if suffix else "without an extension"
    other = "send the text in the JSON body's documents" if api else "pipe text to -"
    return f"{path}: unsupported file type {kind}; save articles as one of {_listed(supported)} (or {other})"


def cannot_read_file(path: object, reason: str) -> str:
    """A file the operating system refuses to read."""
    return f"{path}: cannot read file ({reason}); check that it is readable"


def cannot_read(label: str, reason: str) -> str:
    """Standard input that cannot be read."""
    return f"{label}: cannot read ({reason})"


def empty_input(label: str) -> str:
    """A file or standard input with nothing but white space."""
    return f"{label} is empty; add the article text, or leave it out"


def undecodable(label: str, detail: str) -> str:
    """Bytes that no supported encoding reads."""
    return f"{label}: cannot decode as text ({detail}); re-save it as UTF-8"


def invalid_utf8_replaced(label: str, places: int, first: int) -> str:
    """UTF-8 text with a few invalid bytes (a file cut inside a letter, a stray byte of another
    code page), read all the same with each bad place as U+FFFD."""
    where = f"at byte {first}" if places == 1 else f"in {places} places, the first at byte {first}"
    return (
        f"{label}: not valid UTF-8 {where} (a file cut inside a letter, or a byte of another encoding); "
        "read as UTF-8 with each bad place shown as \ufffd; re-save it as UTF-8 to be sure"
    )


def mixed_encodings(label: str, recoded: Sequence[int], encoding: str, unreadable: Sequence[int]) -> str:
    """UTF-8 text with whole lines in another encoding (paragraphs pasted from a Windows-1256 file),
    or the other way round: ``recoded`` the lines read in ``encoding``, ``unreadable`` those no
    encoding read, shown with each bad place as U+FFFD (line numbers from 1)."""
    name = _CODEPAGE_NAMES.get(encoding, encoding)
    said = []
    if recoded:
        said.append(f"{_lines(recoded)} read as {name}")
    if unreadable:
        said.append(f"{_lines(unreadable)} not readable as text, each bad place shown as \ufffd")
    head = f"UTF-8 mixed with {name}" if recoded else "UTF-8 mixed with bytes of another encoding"
    them = "it" if len(recoded) + len(unreadable) == 1 else "them"
    return f"{label}: {head}: {'; '.join(said)}; check {them}, or re-save the whole file as UTF-8"


_CODEPAGE_NAMES = {
    "cp1256": "Windows-1256",
    "iso8859_6": "ISO-8859-6",
    "cp720": "CP720",
    "cp864": "CP864",
    "mac_arabic": "Mac Arabic",
}


def _lines(numbers: Sequence[int]) -> str:
    """``line 3`` / ``lines 3, 5 and 9`` (the first five, then how many more)."""
    if len(numbers) == 1:
        return f"line {numbers[0]}"
    shown = [str(n) for n in numbers[:5]]
    more = f" and {len(numbers) - 5} more" if len(numbers) > 5 else f" and {shown.pop()}"
    return f"lines {', '.join(shown)}{more}"


def invalid_encoding(encoding: str, byte: int) -> str:
    """The detail of :func:`undecodable` for text with a byte-order mark that does not decode."""
    return f"invalid {encoding.upper()} at byte {byte}"


def not_an_encoding() -> str:
    """The detail of :func:`undecodable` when no encoding matches."""
    return "not UTF-8, UTF-16 or an Arabic code page"


def not_valid_text() -> str:
    """The detail of :func:`undecodable` for standard input that does not decode."""
    return "not valid text"


def binary_file(label: str) -> str:
    """A file with NUL bytes."""
    return (
        f"{label}: binary file (contains NUL bytes), not text; "
        "pass articles as UTF-8, UTF-16 with BOM or Windows-1256 text, HTML or JSON"
    )


def binary_stdin(label: str) -> str:
    """Standard input with NUL bytes."""
    return f"{label}: binary data (NUL bytes), not text; pipe UTF-8 article text"


def no_arabic(label: str, ratio: float) -> str:
    """A document whose letters are mostly not Arabic; ``label`` names the file and record."""
    return f"{label}: {no_arabic_text(ratio)}"


def no_arabic_text(ratio: float) -> str:
    """What is wrong with a record whose letters are mostly not Arabic (:func:`no_arabic` without its place)."""
    return f"no Arabic text ({ratio:.0%} of letters are Arabic); khulasa summarizes Arabic articles"


def no_html_text(label: str) -> str:
    """An HTML page without a main text."""
    return f"{label}: no article text found in the HTML; save the article body as .txt instead"


def bad_json_file(label: str, problem: str) -> str:
    """A JSON file that cannot be read; ``problem`` is ``JsonProblem.describe()``."""
    return f"{label}: {problem}; fix the file or save the article as .txt"


def bad_json_stdin(label: str, problem: str) -> str:
    """JSON on standard input that cannot be read (nested too deeply)."""
    return f"{label}: {problem}; send articles as text, JSON or JSONL"


def no_jsonl_records(label: str) -> str:
    """A JSONL file without a single record."""
    return f"{label}: no article records; put one JSON object per line"


def feed_encoding_differs(label: str, declared: str, used: str, *, known: bool = True) -> str:
    """A feed whose bytes are not in the encoding its XML declaration names (``known``: the name is
    an encoding at all); it was read as ``used``."""
    claim = f"declares encoding {declared!r}" + ("" if known else ", which is not an encoding,")
    return f"{label}: {claim} but is not written in it; read as {used}. Fix the feed's <?xml … encoding=…?>"


def xml_problem(line: int, column: int, reason: str) -> str:
    """Where and why a feed is not well-formed XML (the detail of :func:`no_feed_entries`)."""
    return f"{reason} at line {line}, column {column}"


def no_feed_entries(label: str, problem: object | None) -> str:
    """An RSS/Atom file without entries; ``problem`` is the parser's complaint, if any."""
    detail = f" ({problem})" if problem is not None else ""
    return f"{label}: no feed entries found{detail}; give an RSS or Atom file with <item> or <entry>"


def no_articles_found() -> str:
    """Inputs that gave neither an article nor a problem to report."""
    return "no articles found in the input; pass .txt, .html, .json or .jsonl files"


def more_warnings(more: int) -> str:
    """After the first warnings of a load (a JSONL of 100,000 bad lines would fill the terminal)."""
    return f"and {more} more warnings like these (skipped inputs); the articles above them loaded"


def nothing_loaded(problems: Sequence[object], shown: int) -> str:
    """Every input failed: the first ``shown`` problems, and how many more there were."""
    listed = "; ".join(str(p) for p in problems[:shown])
    more = len(problems) - shown
    listed += f"; and {more} more" if more > 0 else ""
    return f"no article could be loaded ({len(problems)} problems): {listed}"


# --- input: records and JSON (records.py) -------------------------------------------------------


def empty_record_text() -> str:
    """A record that is an empty string."""
    return "the article text is empty; add the text or drop the record"


def not_a_record(kind: str) -> str:
    """A record that is neither text nor an object; ``kind`` as ``json_kind`` words it."""
    return f'expected article text or an article object, got {kind}; give a string or {{"text": ...}}'


def text_not_a_string(field: str, kind: str) -> str:
    """A text field holding something other than a string."""
    return f"field {field!r} is {kind}, not text; give the article text as a string"


def text_field_empty(field: str) -> str:
    """A record whose text field is blank."""
    return f"field {field!r} is empty; add the article text or drop the record"


def feed_entry_without_text(where: str) -> str:
    """An RSS/Atom entry with neither a description (summary) nor content: a title and link only."""
    return (
        f"{where}: no text (neither a description nor content, only a title or link); "
        "khulasa summarizes the articles' text: use a feed that carries it, or save the articles' pages"
    )


def no_text_field(fields: Sequence[str]) -> str:
    """A record with none of the text fields."""
    return f"no text field (expected one of {_listed(fields)}); add the article text"


def id_too_long(size: int, limit: int) -> str:
    """An article id longer than a database index holds (PostgreSQL refuses such a row)."""
    return f"field 'id' is {size} bytes long, more than {limit}; give a shorter id (or none: one is made)"


def document_id_too_long(doc_id: str, size: int, limit: int) -> str:
    """A document made in code (not read from a record) whose id is too long for the desk."""
    return f"document {shown_id(doc_id)}: the id is {size} bytes long, more than {limit}; give a shorter id"


def field_not_text(field: str, kind: str) -> str:
    """An id/title/source/url/published field that is not a string or number."""
    return f"field {field!r} is {kind}; give it as text"


def json_too_deep() -> str:
    """JSON nested deeper than the parser can follow."""
    return "JSON nested too deeply to read (lists or objects hundreds of levels inside each other)"


def json_number_too_long(error: object) -> str:
    """An integer past Python's digit limit."""
    return f"JSON holds a number too long to read ({error})"


def malformed_json(where: str, detail: str) -> str:
    """The description of a JSON syntax error; ``where`` is "line L, column C" or "column C"."""
    return f"malformed JSON at {where} ({detail})"


def documents_not_a_list(label: str, kind: str) -> str:
    """``{"documents": ...}`` holding something other than a list."""
    return f'{label}: "documents" is {kind}, not a list; give {{"documents": [article, ...]}}'


def empty_article_list(label: str) -> str:
    """A JSON list of articles with no article."""
    return f"{label}: the JSON list of articles is empty; add article records"


def json_not_articles(label: str, kind: str) -> str:
    """JSON holding a value that is neither an article nor a list of them."""
    return (
        f"{label}: JSON holds {kind}, not articles; "
        'expected an article object, a list of them, or {"documents": [...]}'
    )


def read_once(path: object) -> str:
    """An input file given a second time (twice, or also inside a folder given)."""
    return f"{path}: given more than once (or also inside a folder given); read once, so its outlet counts once"


def text_output_in_input_folder(out: object, folder: object) -> str:
    """``summarize -f text`` writing (``-o``, or standard output redirected) into a folder it reads:
    plain text carries no mark, so the next run would read the summary as one more outlet."""
    return (
        f"{out}: this text summary would be written into {folder}, a folder this command reads, and the next "
        "run would read it as one more outlet (plain text carries no mark of khulasa); write it to another "
        "folder, or use -f markdown or -f json (khulasa recognises those and skips them)"
    )


def skipped_own_output(path: object) -> str:
    """An input file that is the command's own ``--out`` (a summary written into its input folder)."""
    return f"{path}: skipped: it is this command's output (--out), not an article; write the output elsewhere"


def more_problems(label: str, more: int) -> str:
    """After the first problems listed for one input, how many more were skipped the same way."""
    return f"{label}: and {more} more records or lines skipped for problems like those above"


def bad_jsonl_line(label: str, line: int, problem: str) -> str:
    """One JSONL line that is not JSON; ``problem`` is ``JsonProblem.describe(one_line=True)``."""
    return f"{label} line {line}: {problem}; fix or drop that line (JSONL needs one complete JSON record per line)"


# --- summarizing (summarizer/pipeline.py) -------------------------------------------------------


def not_a_document(kind: str) -> str:
    """A library call given something other than :class:`~khulasa.types.Document` objects (a string
    of text, a record dict): ``kind`` is the Python type it got."""
    return (
        f"expected khulasa.Document objects, got a {kind}; make them with khulasa.Document(id=..., text=...), "
        "khulasa.read_record(record, id, where) or khulasa.load_documents(paths).documents"
    )


def no_documents() -> str:
    """``summarize([])``."""
    return "no documents to summarize: give at least one article"


def repeated_ids(repeated: Sequence[str]) -> str:
    """Documents sharing ids (the first five are named)."""
    return f"document ids must be unique; repeated: {_listed(repeated[:5])}"


def no_arabic_documents() -> str:
    """A cluster with (almost) no Arabic letters."""
    return "the documents contain no Arabic text: khulasa summarizes Arabic articles"


def field_not_a_string(doc_id: str, field: str, type_name: str) -> str:
    """A hand-built :class:`~khulasa.types.Document` whose field is not a string."""
    return f"document {shown_id(doc_id)}: {field} is {type_name}, not text; give it as a string"


def lone_surrogate(doc_id: str, field: str, code: int, at: int) -> str:
    """A hand-built :class:`~khulasa.types.Document` holding a lone surrogate."""
    return (
        f"document {shown_id(doc_id)}: {field} holds a lone surrogate "
        f"(U+{code:04X}) at character {at}, which is not a character; read records with "
        "khulasa.read_record, which replaces it with U+FFFD"
    )


def all_junk(n_documents: int) -> str:
    """Cleaning removed every line of every document."""
    return (
        f"nothing left to summarize: all text of the {n_documents} document(s) was removed as "
        "junk or headings; check that the files hold article text"
    )


def no_prose(n_documents: int) -> str:
    """No sentence is Arabic prose that could be selected."""
    return (
        f"nothing to summarize: no sentence of the {n_documents} document(s) is Arabic prose "
        "(only headings, lead-ins or text in other languages); check that the files hold article text"
    )


def budget_too_small(amount: int, unit: str, shortest: int, *, api: bool = False) -> str:
    """A budget smaller than the shortest candidate sentence (``api``: advice in the HTTP API's terms)."""
    advice = f'raise the "{unit}" field of the request' if api else f"raise --{unit}"
    return f"budget too small: {amount} {unit} cannot hold any sentence (the shortest needs {shortest}); {advice}"


# --- story grouping (stories/) ------------------------------------------------------------------


def repeated_article_id(doc_id: str) -> str:
    """A feed with two articles of one id."""
    return f"article id {shown_id(doc_id)} appears twice in the feed; give every article a unique id"


# --- batch (batch.py): exceptions, and the ``error`` of each line in OUT.errors.jsonl ------------


def not_a_results_file(path: object) -> str:
    """An output path that is a folder or a device."""
    return f"{path}: not a regular file; give a file path for the results (e.g. out.jsonl)"


def not_batch_output(path: object, line: int) -> str:
    """An output file holding lines that khulasa batch did not write."""
    return f"{path} line {line}: not a record written by khulasa batch; move the file away or pass another output path"


def time_limit_not_positive(value: object) -> str:
    """A batch time limit of zero or less."""
    return f"time limit {value!r} must be a positive number of seconds"


def no_clusters_file(path: object, *, exists: bool = False) -> str:
    """A batch input file that does not exist, or a path that is there but is no file (a folder)."""
    if exists:
        return f"{path}: a folder, not a file; give a JSONL file of clusters (one cluster per line)"
    return f"{path}: no such file; give a JSONL file of clusters"


def clusters_file_empty(path: object, *, group: bool = False) -> str:
    """A batch input file with no line to read (empty, or blank lines only)."""
    what = "one article per line" if group else 'one cluster {"id", "documents"} per line'
    return f"{path} is empty: nothing to summarize; give a JSONL file with {what}"


def clusters_in_one_json_list(path: object, *, group: bool = False) -> str:
    """A batch input written as one indented JSON list (its first line is "[") instead of JSON lines."""
    what = "one article per line" if group else 'one cluster {"id", "documents"} per line'
    return (
        f"{path}: this is one JSON list, and batch reads JSON lines ({what}); "
        f"write it as such, e.g. jq -c '.[]' {path} > clusters.jsonl"
    )


def output_is_input(path: object) -> str:
    """A batch output path that is the input."""
    return f"{path}: output would overwrite the input; choose another output path"


def words_option_not_positive(value: object) -> str:
    """``--words`` of zero or less."""
    return f"--words {value!r} must be a positive whole number"


def workers_not_positive(value: object) -> str:
    """``--workers`` of zero or less."""
    return f"--workers {value} must be at least 1"


def scheduler_unreachable(address: str, error: object) -> str:
    """A Dask scheduler that accepted the connection but did not answer as one (see
    :func:`scheduler_not_listening` for an address nothing listens on)."""
    return f"cannot reach Dask scheduler {address}: {error}; check the address"


def scheduler_not_listening(address: str, reason: str) -> str:
    """``--scheduler`` naming an address where no scheduler accepts a connection (``reason``:
    "connection refused", "no answer within 3 s", "name or service not known")."""
    return (
        f"--scheduler {address}: cannot reach a Dask scheduler there ({reason}); start one "
        "(dask scheduler prints its tcp://host:port address) and check the host and port, "
        "or leave out --scheduler to run on local worker processes"
    )


def scheduler_not_dask(address: str, reason: str) -> str:
    """``--scheduler`` naming an address where something accepts connections but does not answer
    as a Dask scheduler (another service on that port, a proxy)."""
    return (
        f"--scheduler {address}: something listens there but does not answer as a Dask scheduler ({reason}); "
        "check the port (a scheduler listens on 8786 unless told otherwise), "
        "or leave out --scheduler to run on local worker processes"
    )


def scheduler_port_out_of_range(address: str, port: object) -> str:
    """``--scheduler`` with a port past 65535 (or 0)."""
    return f"--scheduler {address!r}: port {port} is not between 1 and 65535; give tcp://host:port, e.g. tcp://127.0.0.1:8786"


def scheduler_address_invalid(address: str, reason: object) -> str:
    """``--scheduler`` that is no address (``tcp://host:port``, a port that is no number)."""
    return f"--scheduler {address!r} is not a Dask scheduler address ({reason}); give tcp://host:port, e.g. tcp://127.0.0.1:8786"


def line_not_utf8(byte: int) -> str:
    """A batch line that is not UTF-8 (``byte`` counted from 1)."""
    return f"not UTF-8 (byte {byte}); save the file as UTF-8"


def bad_batch_line(problem: str) -> str:
    """A batch line that is not JSON; ``problem`` is ``JsonProblem.describe(one_line=True)``."""
    return f"{problem}; fix or drop this line"


def line_not_an_object(kind: str) -> str:
    """A batch line holding JSON that is not an object."""
    return f"expected a JSON object, got {kind}"


def cluster_without_id() -> str:
    """A batch cluster without an id."""
    return 'no "id" (each line needs {"id": ..., "documents": [...]})'


def cluster_without_documents(found: str | None = None) -> str:
    """A batch cluster without a documents list: ``found`` is what its ``documents`` holds instead
    ("an empty list", "a string"; None when there is no such field)."""
    if found is None:
        return 'no "documents" list (give the articles as strings or objects)'
    return f'"documents" is {found}, not a list of articles (give the articles as strings or objects)'


def unprocessable_line(error: Exception) -> str:
    """A batch line that broke the reader in a way it did not foresee."""
    return f"cannot process this line ({type(error).__name__}: {error}); check it, or leave it out"


def article_repeats_line(doc_id: str, line: int) -> str:
    """A feed article whose id an earlier line used."""
    return f"article id {shown_id(doc_id)} repeats line {line}; ids must be unique"


def cluster_repeats_line(cluster_id: str, line: int) -> str:
    """A cluster (or story) whose id an earlier line used."""
    return f"id {shown_id(cluster_id)} repeats line {line}; ids must be unique"


def summarizer_crashed(error: Exception) -> str:
    """A cluster whose worker failed (a bug or a lost worker, not bad input)."""
    return f"summarizer crashed: {type(error).__name__}: {error}"


# --- the live desk (desk/, and ``--since`` of the CLI) ------------------------------------------


def no_story(story: str, *, api: bool = False) -> str:
    """A story id that the desk does not hold (``api``: advice in the HTTP API's terms)."""
    where = "GET /v1/stories" if api else "khulasa desk stories"
    return f"no story {shown_id(story)} in the desk; list them with {where}"


def ids_taken(renamed: Sequence[tuple[str, str]], shown: int = 5) -> str:
    """Articles whose id the desk holds for another article (another feed's item 1): stored under a
    new id; ``renamed`` pairs the given id with the stored one."""
    listed = ", ".join(f"{shown_id(given)} as {shown_id(stored)}" for given, stored in renamed[:shown])
    more = f" and {len(renamed) - shown} more" if len(renamed) > shown else ""
    return (
        f"{len(renamed)} articles have an id the desk holds for a different article, and were stored under a "
        f"new id: {listed}{more}; give each outlet's articles ids of their own (a url, or the outlet in the id)"
    )


def no_such_version(story: str, latest: object, version: int) -> str:
    """A summary version past the latest one."""
    return f"story {shown_id(story)} has summary versions 1 to {latest}; version {version} does not exist"


def new_since_not_earlier(story: str, shown: int, since: int) -> str:
    """What is new since a version later than the one shown (``--version 1 --new-since 2``)."""
    return (
        f"story {shown_id(story)}: what is new is marked against the version shown ({shown}) or an earlier "
        f"one, not a later one ({since}); show a later version, or mark what is new since version {shown} or before"
    )


def no_version(story: str, version: int) -> str:
    """A summary version that was never stored."""
    return f"story {shown_id(story)} has no summary version {version}"


def not_absorbed(story: str, other: str) -> str:
    """What is new in ``story`` since a version of ``other``, a story it did not absorb."""
    return (
        f"story {shown_id(story)} did not absorb story {shown_id(other)}; what is new is marked against a "
        f'version of the story itself or of one merged into it (its "absorbed" list)'
    )


def new_since_story_alone() -> str:
    """``new_since_story`` given without ``new_since``."""
    return "new_since_story needs new_since: the version of that story the reader read"


def sqlite_url_without_path(given: str = "--db") -> str:
    """``--db sqlite:///`` with nothing after it (``given``: where the URL came from, ``--db`` or
    ``$KHULASA_DB``; so for the other URL messages)."""
    return f"{given} sqlite:/// needs a file path, e.g. sqlite:///desk.sqlite"


def input_is_a_device(path: object) -> str:
    """An input path that is a device (a link to /dev/zero or /dev/urandom), which never ends."""
    return f"{path}: a device, not a file of articles (reading it would never end); give a file or a folder"


def out_of_memory() -> str:
    """The CLI ran out of memory (a huge file, or a memory limit set on the process)."""
    return "ran out of memory; give fewer or smaller files, or raise the process's memory limit"


def sqlite_url_not_a_file(url: str, given: str = "--db") -> str:
    """A SQLite URL naming an in-memory database, a ``file:`` URI or ``?`` options."""
    return (
        f"{given} {url!r}: the desk keeps its stories in a database file: give its path only, without "
        "':memory:', 'file:' or '?options', e.g. sqlite:///desk.sqlite"
    )


def sqlite_path_not_a_file(named: str) -> str:
    """A SQLite path that exists but is a folder, a FIFO or a device."""
    return f"{named}: this path is not a regular file (a folder, a pipe or a device); give a database file path"


def not_a_desk_database(named: str) -> str:
    """A SQLite/PostgreSQL database with tables of its own but no desk schema version."""
    return (
        f"{named}: this database holds tables that are not a khulasa desk's (no schema version); "
        "give a new file or an empty database"
    )


def port_not_a_number(url: str, given: str = "--db") -> str:
    """A PostgreSQL URL whose port is not a number."""
    return f"{given} {url!r}: the port is not a number"


def not_a_database_url(url: str, given: str = "--db") -> str:
    """A ``--db`` value that is neither SQLite nor PostgreSQL."""
    return (
        f"{given} {url!r} is not a database URL; give sqlite:///path/to/desk.sqlite or "
        "postgresql://user:password@host:port/database"
    )


def bad_database_url(shown: str, reason: str, given: str = "--db") -> str:
    """A ``--db`` URL that cannot be parsed (``shown`` has its password hidden)."""
    return f"{given} {shown}: not a valid database URL ({reason}); check the brackets around an IPv6 host and the port"


def schema_too_new(named: str, current: int, known: int) -> str:
    """A desk database written by a newer khulasa."""
    return (
        f"{named}: the desk database has schema version {current}, newer than "
        f"this khulasa knows ({known}); upgrade khulasa"
    )


def four_slashes(path: str) -> str:
    """After a message on a relative SQLite path that would exist as an absolute one: how to write
    that (``sqlite:///tmp/x.sqlite`` is ``./tmp/x.sqlite``)."""
    return f"; sqlite:/// is followed by a path from the current folder: for /{path} write sqlite:////{path}"


def database_folder_missing(named: str, folder: object, hint: str = "") -> str:
    """A SQLite path in a folder that does not exist (``hint``: :func:`four_slashes`)."""
    return f"{named}: folder {folder} does not exist{hint}; create it or choose another path"


def no_desk_database(named: str, hint: str = "", ingest: str = "khulasa desk ingest FILES") -> str:
    """A command that reads the desk (stories, story) given a SQLite file that does not exist: a
    mistyped path or another folder, not a new empty desk (``hint``: :func:`four_slashes`;
    ``ingest``: the command that would fill this database, as the user would type it)."""
    return (
        f"{named}: no desk database there (no such file){hint}; check the path and the current folder, "
        f"or add articles first with {ingest}"
    )


DEFAULT_DATABASE = "default"
# How the server's log names a desk database given to create_app (neither --db nor $KHULASA_DB).
GIVEN_TO_CREATE_APP = "create_app(desk_url=…)"


def database_named(given: str, shown: str) -> str:
    """How a message names the desk's database (``shown``: its URL, password hidden): by what set it
    (``given``: ``--db`` or ``$KHULASA_DB``), or as the default when nothing did
    (:data:`DEFAULT_DATABASE`), never as a ``--db`` the user did not type."""
    if given == DEFAULT_DATABASE:
        return f"the default desk database {shown} (no --db given, $KHULASA_DB unset)"
    return f"{given} {shown}"


def cannot_open_database(named: str, error: object, *, read_only_folder: object = None) -> str:
    """A SQLite file that cannot be opened (``read_only_folder``: its folder refuses writes)."""
    if read_only_folder is not None:
        return (
            f"{named}: cannot open the database ({error}): its folder {read_only_folder} is read-only "
            "(a read-only mount?), and the desk writes its journal beside the file, even to read; "
            "use a copy in a writable folder"
        )
    return f"{named}: cannot open the database ({error}); check the path"


def cannot_connect(named: str, message: str) -> str:
    """A PostgreSQL server that refuses or does not answer."""
    return (
        f"{named}: cannot connect to PostgreSQL ({message}); check that the server "
        "runs and the URL's user, password and database are right"
    )


class DatabaseError(KhulasaError):
    """The desk's database failed after it opened: full, damaged, locked or unwritable.

    ``str()`` names the file and what to do (for the CLI and the server's log); ``public`` says the
    same without the file or URL, for an HTTP client; ``status`` is the HTTP status it answers with.
    """

    def __init__(self, message: str, public: str, status: int = 503) -> None:
        super().__init__(message)
        self.public = public
        self.status = status


_KEPT = "the articles stored before this batch are kept (a rerun skips them)"


def database_full(named: str) -> DatabaseError:
    """SQLITE_FULL: the disk, or the database's own size limit, has no room."""
    return DatabaseError(
        f"{named}: the database is full (no space left on its disk, or a size limit reached); "
        f"free some space or move the file, then run again: {_KEPT}",
        "the desk's database is full; nothing of this request was stored. Tell the server's operator",
        507,
    )


def database_io_error(named: str, reason: str) -> DatabaseError:
    """SQLITE_IOERR: a write or read failed (a file-size limit, a failing or full disk)."""
    return DatabaseError(
        f"{named}: cannot write the database ({reason}: a full disk, a file-size limit or a failing "
        f"disk); free space or lift the limit, then run again: {_KEPT}",
        "the desk's database cannot be written; nothing of this request was stored. Tell the server's operator",
        507,
    )


def database_damaged(named: str, reason: str) -> DatabaseError:
    """SQLITE_CORRUPT / SQLITE_NOTADB: pages of the file are not a database."""
    return DatabaseError(
        f"{named}: the database file is damaged ({reason}); restore it from a backup, or recover what "
        "it holds with  sqlite3 FILE .recover | sqlite3 NEW_FILE  and use the new file",
        "the desk's database is damaged; tell the server's operator",
    )


def database_locked(named: str, seconds: float) -> DatabaseError:
    """SQLITE_BUSY / SQLITE_LOCKED past the busy timeout."""
    return DatabaseError(
        f"{named}: the database is locked: another process held it for more than {seconds:g} s; "
        f"run again when it has finished (or stop it): {_KEPT}",
        "the desk's database is busy with another writer; nothing of this request was stored. Try again shortly",
    )


def database_unwritable(named: str, reason: str) -> DatabaseError:
    """SQLITE_READONLY / SQLITE_CANTOPEN / SQLITE_PERM: the file or its folder refuses writes."""
    return DatabaseError(
        f"{named}: cannot write the database ({reason}); check that the file and its folder are "
        f"writable by this user: {_KEPT}",
        "the desk's database cannot be written; nothing of this request was stored. Tell the server's operator",
    )


def database_connection_lost(named: str, reason: str) -> DatabaseError:
    """A PostgreSQL connection that broke after the desk opened (server restarted, network)."""
    return DatabaseError(
        f"{named}: lost the connection to PostgreSQL ({reason}); check that the server runs, then run again: {_KEPT}",
        "the desk's database server cannot be reached; nothing of this request was stored. Try again shortly",
    )


def features_too_new(named: str, stored: int, known: int) -> DatabaseError:
    """A desk whose articles' grouping features a newer khulasa made (see
    :data:`khulasa.stories.group.FEATURES_VERSION`): new articles would be compared with features
    this khulasa does not make. Reading stories still works."""
    return DatabaseError(
        f"{named}: the desk's grouping features were made by a newer khulasa (features version {stored}, "
        f"this khulasa makes version {known}); upgrade khulasa to add articles to this desk "
        "(reading its stories still works)",
        "the desk's database was written by a newer khulasa than the server's; nothing of this request was "
        "stored. Tell the server's operator",
    )


def features_not_recomputed(named: str, stored: int, known: int) -> DatabaseError:
    """A batch ingested into a desk whose stored features are older than this khulasa's, without
    recomputing them first (khulasa.desk.upgrade.upgrade_features, which Desk.ingest runs)."""
    return DatabaseError(
        f"{named}: the desk's grouping features are of an older khulasa (features version {stored}, this "
        f"khulasa makes version {known}); open it with khulasa.desk.Desk, whose ingest recomputes them first",
        "the desk's grouping features are being recomputed; nothing of this request was stored. Try again shortly",
    )


def server_lacks_package() -> str:
    """A request the server cannot serve for a package it lacks (its install's extra): the
    operator's to install, never the client's (the server's log names the pip command)."""
    return (
        "this server cannot do this: a package it needs is not installed (the server's log says which). "
        "Tell the server's operator"
    )


def desk_unavailable() -> str:
    """The server's desk database cannot be opened (its URL or server is wrong; the log says which)."""
    return (
        "the desk's database is not available (the server's configuration or its database server); "
        "the server's log says why. Tell the server's operator"
    )


def bad_since(value: str) -> str:
    """``--since`` that is neither a time nor an age."""
    return f"--since {value!r}: give a time (2026-11-29T08:00) or an age (30m, 2h, 1d)"


def summary_failed_ar(error: str) -> str:
    """The desk's Arabic line for a story whose summary failed (``error``: the stored English
    message, kept as it is in JSON): its reason in Arabic when it is one a story's articles can
    cause, else where to read it. Never the English message in Arabic output."""
    known = (
        (all_junk(0).split(":")[0], "لم يبقَ في مقالاتها نص يُلخَّص، فكل ما فيها عناوين أو حشو"),
        (no_prose(0).split(":")[0], "لا جملة في مقالاتها من النثر العربي، ففيها عناوين أو مقدمات أو نص بلغة أخرى فقط"),
        (budget_too_small(0, "words", 0).split(":")[0], "أقصر جملة في مقالاتها أطول من حد الكلمات"),
        ("stopped after the time limit", "استغرق التلخيص أطول من المهلة المسموح بها"),
    )
    reason = next((arabic for english, arabic in known if error.startswith(english)), None)
    if reason is None:
        return "تعذر تلخيص هذه القصة (سبب ذلك بالإنجليزية في الحقل error من ‎-f json)"
    return f"تعذر التلخيص: {reason}."


# --- the HTTP service (service/): problem details and limits --------------------------------------


def limit_not_positive(name: str, value: object) -> str:
    """A service limit of zero or less."""
    return f"limit {name}={value!r} must be a positive number"


def limit_not_whole(name: str, value: object) -> str:
    """A service limit that must be a whole number."""
    return f"limit {name}={value!r} must be a positive whole number"


def bad_environment_limit(var: str, raw: str, what: str) -> str:
    """A ``KHULASA_*`` variable that does not hold a positive number."""
    return f"environment variable {var}={raw!r} must be {what}; unset it for the default"


def not_an_article_list(got: str) -> str:
    """A ``documents`` field that is not a non-empty list."""
    return f"must be a non-empty list of articles (strings or objects with a text), got {got}"


def too_many_documents(sent: int, allowed: int) -> str:
    """A request with more documents than the limit."""
    return f"{sent} documents sent; at most {allowed} are allowed"


def document_too_long(name: str, chars: int, allowed: int) -> str:
    """A request document longer than the limit."""
    return f"document {name!r} has {chars} characters; at most {allowed} are allowed per document"


def body_too_large(allowed: int) -> str:
    """A request body over the limit."""
    return f"request body is larger than the limit of {allowed} bytes"


def bad_request_record(where: str, problem: str) -> str:
    """A record of a request's ``documents`` that was left out (``where``: ``documents[2].text``);
    ``problem`` is what is wrong and what to do, worded as the CLI's warning words it."""
    return f"{where}: {problem}"


def no_usable_record(problems: Sequence[str], shown: int = 3) -> str:
    """A request none of whose ``documents`` can be used: the first ``shown`` problems (each from
    :func:`bad_request_record`), and how many more; every one is listed in the problem's ``skipped``."""
    listed = "; ".join(problems[:shown])
    more = len(problems) - shown
    listed += f"; and {more} more" if more > 0 else ""
    return (
        f"no article could be used ({len(problems)} bad {'record' if len(problems) == 1 else 'records'}): "
        f"{listed}; fix them (each is listed in 'skipped') and send the request again"
    )


def unsupported_media_type(kind: str) -> str:
    """A request body that is neither JSON nor a form."""
    return f"content type {kind or '(none)'!r} is not accepted; send application/json or multipart/form-data"


def body_not_utf8(byte: int) -> str:
    """A JSON body that is not UTF-8 (``byte`` counted from 1)."""
    return f"not valid UTF-8 (byte {byte}); send JSON encoded as UTF-8"


def bad_json_body(problem: str) -> str:
    """A body that is not JSON; ``problem`` is ``JsonProblem.describe()``."""
    return f"{problem}; send valid JSON"


def body_not_an_object(kind: str) -> str:
    """A JSON body that is not an object."""
    return f"must be a JSON object with a 'documents' list, got {kind}"


def documents_missing() -> str:
    """A JSON body without ``documents``."""
    return "missing: give the articles as a 'documents' list"


def files_not_uploads() -> str:
    """Form fields named ``files`` that hold text."""
    return "must be file uploads, not text fields"


def unknown_form_field(known: Iterable[str]) -> str:
    """A form field the endpoint does not take."""
    return f"unknown form field; known: {_listed(sorted(known))}"


def nothing_uploaded() -> str:
    """A form without files or documents."""
    return "no files uploaded and no documents given"


def documents_field_not_text() -> str:
    """A ``documents`` form field sent as a file."""
    return "must be a text field holding a JSON list"


def bad_documents_field(problem: str) -> str:
    """A ``documents`` form field that is not JSON."""
    return f"{problem}; give a JSON list of articles"


def server_busy(timeout: float) -> str:
    """No worker became free within the time limit (503)."""
    return f"the server is busy: no worker was free within {timeout:g} s; try again shortly"


def desk_recomputation_timed_out(done: int, total: int, timeout: float) -> str:
    """``POST /v1/articles`` past its time limit while the desk recomputed the grouping features an
    older khulasa made: none of its articles is stored, the recomputation's finished part is kept."""
    return (
        f"the desk is recomputing its grouping features after a khulasa upgrade ({done} of {total} articles "
        f"done, kept) and the limit of {timeout:g} s passed; none of these articles was stored: send them again "
        "(each request goes on with the work), or ask the server's operator to run khulasa desk ingest once"
    )


def desk_recomputation_progress(done: int, total: int) -> str:
    """The server's log line when a request's time ran out during the recomputation of the features."""
    return (
        f"recomputing the desk's grouping features after an upgrade: {done} of {total} articles done; "
        "run khulasa desk ingest (any file) on this desk to finish it off the requests' time limits"
    )


def request_timed_out(action: str, timeout: float) -> str:
    """A job past the time limit (504)."""
    return f"{action} took longer than the limit of {timeout:g} s; send fewer or shorter documents"


def budget_not_a_boolean() -> str:
    """A budget sent as JSON true or false."""
    return "Input should be a whole number of words, sentences or characters, not true or false"


def bad_since_query() -> str:
    """``?since=`` that is not a time."""
    return "give an ISO-8601 time such as 2026-11-29T08:00:00Z, or an age such as 30m, 2h or 1d"


def no_demo() -> str:
    """An installation without the demo cluster."""
    return "this installation has no demo cluster"


def internal_error() -> str:
    """The body of a 500 (a bug; details stay in the server's log)."""
    return "internal error in khulasa; please report it"


def slow_client(what: str, seconds: float) -> str:
    """Headers or body not sent within the time limit (408)."""
    return f"the request's {what} did not arrive within {seconds:g} s; send it at once"


# --- evaluation (evaluation/, ``khulasa eval``) --------------------------------------------------


def items_field_not_strings(where: str, field: str) -> str:
    """An evaluation item whose documents or summaries are not a list of strings."""
    return f"{where}: field {field!r} must be a non-empty list of strings"


def bad_item_line(where: str, problem: str) -> str:
    """An evaluation line that is not JSON."""
    return f"{where}: {problem}; each line must be one JSON object"


def item_not_an_object(where: str) -> str:
    """An evaluation line that is not an object."""
    return f"{where}: expected a JSON object with id, documents and summaries"


def bad_titles(where: str, n_documents: int) -> str:
    """An evaluation item's ``titles`` that do not match its documents."""
    return f"{where}: field 'titles' must list one string (or null) per document ({n_documents} documents)"


def title_not_a_string(where: str) -> str:
    """An evaluation item's ``title`` that is not a string."""
    return f"{where}: field 'title' must be a string"


def no_items_file(path: object) -> str:
    """An evaluation data file that does not exist."""
    return f"{path}: no such file; give a JSONL file of evaluation items"


def item_line_not_utf8(where: str, byte: int) -> str:
    """An evaluation line that is not UTF-8 (``byte`` counted from 1): that item is skipped."""
    return f"{where}: not UTF-8 (byte {byte}); save the file as UTF-8"


def no_items(path: object) -> str:
    """An evaluation data file without items."""
    return f"{path}: no items; expected one JSON object per line"


def repeated_item(where: object, item_id: str) -> str:
    """Two evaluation items of one id (``where`` is the second one's ``file:line``)."""
    return f"{where}: item id {shown_id(item_id)} occurs twice; ids must be unique"


def items_in_one_json_list(path: object) -> str:
    """An evaluation data file that is one JSON list of items (a .json file) instead of JSON lines."""
    return (
        f"{path}: this is one JSON list of items, and eval reads JSON lines (one item per line); "
        f"write it as such, e.g. jq -c '.[]' {path} > items.jsonl"
    )


def no_usable_items(path: object, problems: Sequence[object]) -> str:
    """An evaluation data file whose every record was bad: how many, and the first problems."""
    listed = "; ".join(str(p) for p in problems[:3])
    more = len(problems) - 3
    listed += f"; and {more} more" if more > 0 else ""
    return f"{path}: no usable item, all {len(problems)} records are bad: {listed}"


def skipped_items(path: object, skipped: int, scored: int) -> str:
    """After ``khulasa eval`` skipped bad records: how many, and that the rest were scored."""
    records = "record" if skipped == 1 else "records"
    return f"{path}: skipped {skipped} bad {records} (see the warnings above); scored the other {scored}"


def no_facts_file(path: object) -> str:
    """A key-facts file that does not exist."""
    return f"{path}: no such file; give a key-facts JSON file (see benchmarks/facts)"


def facts_not_json(path: object, error: object) -> str:
    """A key-facts file that is not readable JSON."""
    return f"{path}: not a readable JSON file ({error})"


def no_fact_clusters(path: object) -> str:
    """A key-facts file without clusters."""
    return f"{path}: expected an object with a non-empty 'clusters' mapping of id -> facts"


def cluster_without_facts(path: object, cluster_id: object) -> str:
    """A key-facts cluster without a facts list."""
    return f"{path}: cluster {shown_id(cluster_id)} has no 'facts' list"


def fact_without_id(where: str) -> str:
    """A key fact without a string id."""
    return f"{where}: each fact needs a string 'id'"


def fact_without_patterns(where: str, fact_id: str) -> str:
    """A key fact without patterns."""
    return f"{where}, fact {fact_id!r}: 'all' must be a non-empty list of regexes"


def fact_bad_regex(where: str, fact_id: str, error: object) -> str:
    """A key fact with a pattern that is not a regular expression."""
    return f"{where}, fact {fact_id!r}: bad regex ({error})"


def facts_match_no_item(facts: object, data: object) -> str:
    """A key-facts file whose clusters are none of the data's items."""
    return f"{facts}: no facts for any item of {data}; the cluster ids must match the items' ids"


def unknown_multi(multi: object) -> str:
    """A way to combine ROUGE over references that does not exist."""
    return f"unknown reference combination multi={multi!r}; choose mean or max"


def no_references() -> str:
    """ROUGE asked for with no reference."""
    return "ROUGE needs at least one reference summary"


def variant_without_name(spec: str) -> str:
    """A system variant ``=key:value`` without a name."""
    return f"variant {spec!r} has no name; write name=key:value;key:value"


def variant_name_taken(name: str) -> str:
    """A system variant named like a built-in system or peer (``centroid=method:lead``): its row
    would pass for that system's."""
    return f"variant {name!r}: {name!r} is the name of a system eval runs; give the variant a name of its own"


def variant_sets_budget(name: str, key: str) -> str:
    """A system variant that sets the budget, which eval gives every system alike (``--words``)."""
    return f"variant {name!r}: {key!r} is the budget eval gives every system (--words); leave it out of the variant"


def variant_bad_pair(name: str, pair: str) -> str:
    """A system variant setting that is not ``key:value``."""
    return f"variant {name!r}: {pair!r} is not key:value"


def unknown_system(name: str, known: Sequence[str]) -> str:
    """A system name that is neither a system, a peer, nor a variant."""
    return (
        f"unknown system {name!r}; choose from {_listed(known)}, 'peers', 'all', or a variant name=key:value;key:value"
    )


def system_named_twice(name: str) -> str:
    """Two variants of one name."""
    return f"system name {name!r} is used twice; give each variant its own name"


def no_systems() -> str:
    """An empty ``--systems``."""
    return "no systems given; e.g. --systems khulasa,lead,peers"
