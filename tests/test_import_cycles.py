"""No new import cycles: a cycle makes the start-up order fragile and the layers a tangle.

The walk reads the sources with ``ast`` (nothing is imported). Imports at module level must
form no cycle at all. Imports inside functions break a cycle at run time but still tie two
modules together, so they may form no cycle either.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

#: Modules tied together through imports inside functions (or for type checking only) that
#: are tolerated. Empty: a feature service reaches the facade through a ``Protocol`` and the
#: ``Handle`` (core/context.py), never by importing it. Keep it empty.
KNOWN_DEFERRED_TANGLES: list[frozenset[str]] = []


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in (SRC / "rekisteri").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _import_nodes(tree: ast.Module, top_level: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    """Module-level imports (into ``if``/``try``, not ``if TYPE_CHECKING``), or all of them."""
    if not top_level:
        yield from (n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom))
        return
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
            pending.extend(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            pending.extend(node.body + node.orelse + node.finalbody)
            for handler in node.handlers:
                pending.extend(handler.body)


def _targets(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        base = ".".join([*parts, base] if base else parts)
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def _graph(top_level: bool) -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8")), top_level):
            for target in _targets(node, package):
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                # A package is always initialised before its submodules: not a cycle.
                if target and target != name and not name.startswith(target + "."):
                    edges.add(target)
        graph[name] = edges
    return graph


def _tangles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[frozenset[str]] = []
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(frozenset(group))
    return groups


def test_the_walk_sees_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _tangles(graph) == [frozenset({"a", "b", "c"})]


def test_the_walk_sees_the_package() -> None:
    graph = _graph(top_level=True)
    assert "rekisteri.core.register" in graph
    assert "rekisteri.core.context" in graph["rekisteri.core.register"]


def test_no_cycle_among_module_level_imports() -> None:
    assert [sorted(group) for group in _tangles(_graph(top_level=True))] == []


def test_no_new_cycle_through_deferred_imports() -> None:
    grown = [
        sorted(group)
        for group in _tangles(_graph(top_level=False))
        if not any(group <= known for known in KNOWN_DEFERRED_TANGLES)
    ]
    assert grown == []
