"""Rules of the house that a reviewer would otherwise have to remember."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "rekisteri"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt() -> None:
    offenders = [
        str(p.relative_to(SRC))
        for p in (SRC / "core").rglob("*.py")
        if any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in _imports(p))
    ]
    assert offenders == []


def test_core_imports_without_qt_loaded() -> None:
    code = (
        "import sys, pkgutil, importlib, rekisteri.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'rekisteri.core.'):\n"
        "    if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    env_path = str(SRC.parent)
    subprocess.run(
        [sys.executable, "-c", code], check=True, env={"PYTHONPATH": env_path}, timeout=120
    )


def test_ui_never_touches_sessions_or_sql() -> None:
    offenders = []
    for p in (SRC / "ui").rglob("*.py"):
        imported = _imports(p)
        if any(n.startswith("sqlalchemy") for n in imported) or "rekisteri.core.models" in imported:
            offenders.append(str(p.relative_to(SRC)))
    assert offenders == []


def test_production_code_reads_time_only_through_the_clock() -> None:
    """A frozen clock in a test must reach every due date, deadline and stamp."""
    import re

    wall = re.compile(r"\b(date\.today|datetime\.now|datetime\.utcnow|time\.time)\(")
    root = Path(__file__).resolve().parents[1] / "src" / "rekisteri"
    offenders = [
        f"{path.relative_to(root)}:{n}"
        for path in root.rglob("*.py")
        if path.name != "clock.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if wall.search(line)
    ]
    assert offenders == []
