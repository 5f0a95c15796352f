"""The package's import graph points one way: no module imports, directly or through others, itself.

Every import counts, including those inside functions (a lazy import still ties two modules).
"""

from __future__ import annotations

import ast
from pathlib import Path

import khulasa

PACKAGE = Path(khulasa.__file__).resolve().parent


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = ("khulasa", *path.relative_to(PACKAGE).with_suffix("").parts)
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The module that ``import name`` (or ``from name import ...``) loads, within the package."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph() -> dict[str, set[str]]:
    """For each module of the package, the modules of the package it imports anywhere in its code."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: list[str] = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                # "from khulasa.x import y" imports the submodule khulasa.x.y when there is one.
                targets += [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        resolved = {_resolve(t, modules) for t in targets if t.split(".")[0] == "khulasa"}
        graph[name] = {r for r in resolved if r and r != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_imports_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_imports_graph_sees_function_level_imports():
    graph = import_graph()
    assert "khulasa.summarizer.pipeline" in graph["khulasa"]  # the lazy import in __getattr__ counts
    assert "khulasa.cli" in graph["khulasa.__main__"]


def test_imports_package_has_no_import_cycle():
    assert cycles(import_graph()) == []


def test_imports_stages_have_no_cycle_between_them():
    """Subpackages (text, extract, summarizer, link, analysis, stories, ...) import one way too."""
    stage = {name: ".".join(name.split(".")[:2]) for name in import_graph()}
    graph: dict[str, set[str]] = {}
    for name, deps in import_graph().items():
        graph.setdefault(stage[name], set()).update(stage[d] for d in deps if stage[d] != stage[name])
    assert cycles(graph) == []
