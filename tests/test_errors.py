"""Messages a user reads when something is wrong are written in one place, khulasa/errors.py."""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import pytest

import khulasa
from khulasa import errors

PACKAGE = Path(khulasa.__file__).resolve().parent

# Calls that carry a user-facing message, and the position of that message among their arguments.
MESSAGE_ARGUMENT = {
    "KhulasaError": 0,
    "InputError": 0,
    "NoTextError": 0,
    "SettingsError": 0,
    "OutputError": 0,
    "JsonProblem": 0,
    "BadParameter": 0,
    "RecordError": 2,
    "Problem": 2,
    "invalid": 1,
    "limit_exceeded": 2,
    "_Bad": 1,
}


def _is_text(node: ast.expr) -> bool:
    """A message written in place: a string literal, an f-string, or text glued with + or %."""
    if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return True
    return isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right))


def inline_messages(source: str) -> list[tuple[int, str]]:
    """``(line, call)`` of each message call above whose message is written in place."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        position = MESSAGE_ARGUMENT.get(name)
        if position is not None and len(node.args) > position and _is_text(node.args[position]):
            found.append((node.lineno, ast.unparse(node)[:100]))
    return found


def test_errors_finder_sees_inline_messages():
    source = 'raise InputError(f"{path}: no such file")\nraise invalid("body", "bad")\nInputError(no_input())\n'
    assert [line for line, _ in inline_messages(source)] == [1, 2]
    assert inline_messages("raise SettingsError('a' + x)\n") != []


def test_errors_no_message_is_written_outside_errors_py():
    found = {
        f"{path.relative_to(PACKAGE)}:{line}: {call}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "errors.py"
        for line, call in inline_messages(path.read_text(encoding="utf-8"))
    }
    assert not found, "write these messages as builders in khulasa/errors.py:\n" + "\n".join(sorted(found))


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (errors.budget_not_positive("words", 0), "budget words=0 must be a positive whole number"),
        (errors.not_one_of("yaml", ("text", "json")), "'yaml'; choose one of text, json"),
        (errors.not_either("csv", "jsonl", "json"), "'csv'; choose jsonl or json"),
        (
            errors.unsupported_file("a", "", (".txt",)),
            "a: unsupported file type without an extension; save articles as one of .txt (or pipe text to -)",
        ),
        (
            errors.folder_without_articles("d", ["a.doc", "b.doc", "c.doc"], True, (".txt",)),
            "d: folder has no article files (found only a.doc, b.doc, c.doc…); supported: .txt",
        ),
        (errors.folder_without_articles("d", [], False, (".txt",)), "d: folder has no article files; supported: .txt"),
        (
            errors.no_feed_entries("f.rss", None),
            "f.rss: no feed entries found; give an RSS or Atom file with <item> or <entry>",
        ),
        (errors.nothing_loaded(["a", "b", "c"], 2), "no article could be loaded (3 problems): a; b; and 1 more"),
        (
            errors.lone_surrogate("d1", "text", 0xDFFF, 3),
            "document 'd1': text holds a lone surrogate (U+DFFF) at character 3, which is not a character; "
            "read records with khulasa.read_record, which replaces it with U+FFFD",
        ),
        (errors.server_busy(2.5), "the server is busy: no worker was free within 2.5 s; try again shortly"),
    ],
)
def test_errors_builders_word_their_values(message, expected):
    assert message == expected


def test_errors_output_error_names_the_reason():
    error = errors.output_error("out.txt", PermissionError(errno.EACCES, "Permission denied"))
    assert isinstance(error, errors.OutputError)
    assert str(error) == (
        "out.txt: cannot write the output (permission denied); check that its folder exists and is writable"
    )


def test_a_long_id_is_quoted_by_its_start_and_end_not_whole():
    """A 2,000-byte id (the longest a record may give) must not fill the terminal; the end stays
    visible because a renamed article's id differs from the given one only by its "~hash" suffix."""
    long_id = "خبر-" + "ا" * 1990 + "~0badcafe"
    for message in (
        errors.repeated_article_id(long_id),
        errors.ids_taken([(long_id[:-9], long_id)]),
        errors.no_story(long_id),
    ):
        assert len(message) < 400 and "~0badcafe" in message and "2003 characters" in message
    assert (
        errors.repeated_article_id("a-1")
        == "article id 'a-1' appears twice in the feed; give every article a unique id"
    )


def test_errors_each_surface_advises_in_its_own_terms(tmp_path):
    """The CLI names its options and commands, the HTTP API its JSON fields and endpoints."""
    import pickle

    from khulasa.errors import BudgetTooSmall, InputError, NoStory

    budget, story = BudgetTooSmall(5, "words", 9), NoStory("s-1")
    assert str(budget).endswith("raise --words") and budget.for_api().endswith('raise the "words" field of the request')
    assert str(story).endswith("khulasa desk stories") and story.for_api().endswith("GET /v1/stories")
    again = pickle.loads(pickle.dumps(story))
    assert isinstance(again, InputError) and again.for_api() == story.for_api() and str(again) == str(story)
    assert InputError("plain").for_api() == "plain"
    from khulasa.io import load_documents

    with pytest.raises(InputError) as unsupported:
        (tmp_path / "a.txt").write_text("English only.", encoding="utf-8")
        (tmp_path / "b.docx").write_bytes(b"PK")
        load_documents([tmp_path / "a.txt", tmp_path / "b.docx"])
    assert str(unsupported.value).endswith("(or pipe text to -)")
    assert "pipe" not in unsupported.value.for_api() and "JSON body's documents" in unsupported.value.for_api()
    assert pickle.loads(pickle.dumps(unsupported.value)).for_api() == unsupported.value.for_api()
