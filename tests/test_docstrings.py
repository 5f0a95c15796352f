"""Every public function, class and method of the package says in its docstring what it is for."""

from __future__ import annotations

import ast
from pathlib import Path

import khulasa

PACKAGE = Path(khulasa.__file__).resolve().parent


def _undocumented(tree: ast.Module, where: str) -> list[str]:
    missing: list[str] = []

    def walk(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and not node.name.startswith(
                "_"
            ):
                if ast.get_docstring(node) is None:
                    missing.append(f"{where}:{node.lineno} {prefix}{node.name}")
                if isinstance(node, ast.ClassDef):
                    walk(node.body, f"{prefix}{node.name}.")

    walk(tree.body, "")
    return missing


def test_docstrings_finder_reports_a_bare_function():
    tree = ast.parse('def f():\n    pass\n\n\nclass C:\n    """Doc."""\n\n    def m(self):\n        pass\n')
    assert _undocumented(tree, "x.py") == ["x.py:1 f", "x.py:8 C.m"]


def test_docstrings_every_public_function_and_class_has_one():
    missing = [
        name
        for path in sorted(PACKAGE.rglob("*.py"))
        for name in _undocumented(ast.parse(path.read_text(encoding="utf-8")), str(path.relative_to(PACKAGE)))
    ]
    assert missing == []


def test_docstrings_all_exports_time_limit_exceeded():
    assert "TimeLimitExceeded" in khulasa.__all__
    assert khulasa.TimeLimitExceeded is khulasa.errors.TimeLimitExceeded
