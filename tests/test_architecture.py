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


#: What ``ui/`` and ``commands/`` may import from ``rekisteri.core``: the facade, the door
#: around it, and the frozen values, enums and pure helpers its calls take and return. Not
#: ``models`` (ORM rows), not ``core.db`` (storage internals: use ``core.session``), not
#: the feature services' internals. A new entry needs a reason a reviewer accepts.
ALLOWED_CORE: dict[str, str] = {
    "rekisteri.core.register": "the facade",
    "rekisteri.core.session": "opening, unlocking, locking, recovery, demo data",
    "rekisteri.core.dto": "frozen values in and out of the facade",
    "rekisteri.core.enums": "the values' vocabularies",
    "rekisteri.core.errors": "typed errors the facade raises",
    "rekisteri.core.i18n": "messages rendered in the user's language",
    "rekisteri.core.clock": "the clock a test can freeze",
    "rekisteri.core.formats": "dates and numbers as the user reads them",
    "rekisteri.core.paths": "where the register and its backups live",
    "rekisteri.core.location": "which register the window opens: the laptop file or a server",
    "rekisteri.core.concurrency": "a view's stamp of what it loaded, checked before its Save",
    "rekisteri.core.register_move": "moving a register to the shared server and back",
    "rekisteri.core.catalog": "where the translation catalogues live",
    "rekisteri.core.crash_report": "a report of an unexpected error without personal data",
    "rekisteri.core.settings": "the controller's details, a frozen value",
    "rekisteri.core.validation": "field limits and display forms of phones",
    "rekisteri.core.business_form": "the business form guessed from a name, as the user types",
    "rekisteri.core.marketing": "scopes, channels and the rule shown for a contact",
    "rekisteri.core.retention": "rules, holds and review values of register.retention",
    "rekisteri.core.retention.dates": "a due date as the user reads it",
    "rekisteri.core.retention.rules": "adding a period to a date",
    "rekisteri.core.io.preview": "the import preview register.io returns",
    "rekisteri.core.io.records": "the import's field names",
    "rekisteri.core.io.service": "the import's source description",
    "rekisteri.core.io.commit": "the import's result",
    "rekisteri.core.notice.check": "findings of the notice check",
    "rekisteri.core.notice.compare": "differences between two notice versions",
    "rekisteri.core.notice.document": "the notice document value",
    "rekisteri.core.notice.importer": "the result of importing a notice",
    "rekisteri.core.notice.render_html": "the notice shown as HTML",
    "rekisteri.core.notice.service": "a stored notice version's view",
    "rekisteri.core.notice.templates": "processors and controller facts in the notice",
    "rekisteri.core.requests.dto": "request values in and out of register.requests",
    "rekisteri.core.requests.kinds": "request kinds, channels and statuses",
    "rekisteri.core.requests.letters": "which letters a request can have",
    "rekisteri.core.breaches": "the breach log's values, as register.breaches takes them",
    "rekisteri.core.breaches.dto": "breach values in and out of register.breaches",
    "rekisteri.core.breaches.kinds": "risk levels, kinds of breach and their stages",
    "rekisteri.core.breaches.deadlines": "the 72-hour clock's states, as the list shows them",
    "rekisteri.core.breaches.assessment": "the guided risk questions the decision dialog asks",
    "rekisteri.core.breaches.texts": "the breach log's wording in each language",
    "rekisteri.core.record.document": "the record of processing, a document value",
    "rekisteri.core.record.render_html": "the record shown as HTML",
    "rekisteri.core.record.service": "a published record version's view",
}


def _core_imports(path: Path) -> set[str]:
    """Every ``rekisteri.core`` module ``path`` imports (``from rekisteri.core import x`` is x)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "rekisteri.core":
            names.update(f"rekisteri.core.{a.name}" for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return {n for n in names if n.startswith("rekisteri.core")}


def _outside_allow_list(area: str) -> list[str]:
    return sorted(
        f"{p.relative_to(SRC)} imports {name}"
        for p in (SRC / area).rglob("*.py")
        for name in _core_imports(p)
        if name not in ALLOWED_CORE
    )


def test_ui_imports_only_the_allowed_core_modules() -> None:
    found = _outside_allow_list("ui")
    assert found == [], (
        "ui/ reaches the register through the facade (core/register.py) and core/session.py; "
        "add a facade or session entry point instead of importing a core internal, or justify "
        "a new entry in ALLOWED_CORE:\n" + "\n".join(found)
    )


def test_commands_import_only_the_allowed_core_modules() -> None:
    found = _outside_allow_list("commands")
    assert found == [], (
        "commands/ reaches the register through the facade (core/register.py) and "
        "core/session.py; add an entry point instead of importing a core internal, or "
        "justify a new entry in ALLOWED_CORE:\n" + "\n".join(found)
    )


def test_the_allow_list_catches_an_internal(tmp_path: Path) -> None:
    module = tmp_path / "pane.py"
    module.write_text(
        "from rekisteri.core import models, session\nimport rekisteri.core.db.engine\n",
        encoding="utf-8",
    )
    imported = _core_imports(module)
    assert imported == {
        "rekisteri.core.models",
        "rekisteri.core.session",
        "rekisteri.core.db.engine",
    }
    assert sorted(imported - ALLOWED_CORE.keys()) == [
        "rekisteri.core.db.engine",
        "rekisteri.core.models",
    ]


def test_every_allowed_module_exists() -> None:
    """A stale entry would let a future module of that name in unseen."""
    for name in ALLOWED_CORE:
        relative = Path(*name.split(".")[1:])
        assert (SRC / relative).with_suffix(".py").is_file() or (
            SRC / relative / "__init__.py"
        ).is_file(), name


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
