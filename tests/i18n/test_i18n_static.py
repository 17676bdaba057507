"""Source-level checks: every text the UI shows goes through tr(), and the catalogues know it.

A walk over the running window only sees what a walk can open; these read the code, so
a message box shown only on an error or a context menu built on a right-click is covered too.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "rekisteri"
UI = SRC / "ui"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")

# Call → indexes of the positional arguments that are user-visible text.
TEXT_METHODS = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addRow": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "showMessage": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setAccessibleName": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "setHorizontalHeaderLabels": (0,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getExistingDirectory": (1,),
}
TEXT_CONSTRUCTORS = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QToolButton": (),
    "QCommandLinkButton": (0, 1),
    "QMessageBox": (1, 2),
    "QProgressDialog": (0, 1),
}
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "caption"}
# Literals that are not language: symbols, proper names, key names, file patterns, addresses.
ALLOWED_WORDS = {"Rekisteri", "OK", "Y-tunnus", "Ctrl", "Shift", "Alt", "Del", "Esc", "Enter"}
_PATTERNS = re.compile(r"\*\.\w+|[\w.+-]+@[\w.-]+|https?://\S+")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _is_language(text: str) -> bool:
    words = _WORDS.findall(_PATTERNS.sub(" ", text))
    return any(w not in ALLOWED_WORDS for w in words)


HIDDEN_TR = {"_tr", "_", "_t", "tr_"}  # wrappers lupdate does not know
TR_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _bare_text(node: ast.expr) -> str | None:
    """The literal text of an argument that is shown untranslated, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _is_language(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return ast.unparse(node) if _is_language(literal) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            text = _bare_text(element)
            if text is not None:
                return text
    return None


def unwrapped_texts(path: Path) -> list[str]:
    problems = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
    # ``Pane.tr(...)`` on a class of this very module: lupdate files it under "Pane" and Qt
    # looks it up under "Pane", so a module-level function can give a plural its %n forms.
    own_classes = {"self", "cls"} | {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name == "tr" and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id in own_classes):
                problems.append(
                    f"{rel}:{node.lineno}: {ast.unparse(owner)}.tr() takes its context from that "
                    "object's class at run time, lupdate files it elsewhere; use "
                    "QCoreApplication.translate(context, text)"
                )
        if name == "tr" and isinstance(node.func, ast.Name) and len(node.args) >= 2:
            problems.append(
                f"{rel}:{node.lineno}: a bare tr(context, text) alias is read by lupdate as "
                "tr(text, comment); call QCoreApplication.translate(context, text)"
            )
            continue
        if name in HIDDEN_TR and node.args and _bare_text(node.args[0]) is not None:
            problems.append(
                f"{rel}:{node.lineno}: lupdate cannot see texts passed to {name}(); "
                "call self.tr() or QCoreApplication.translate() with the literal"
            )
            continue
        if (
            name in {"translate", "QT_TRANSLATE_NOOP"}
            and len(node.args) >= 2
            and not isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[1], ast.Constant)
        ):
            problems.append(
                f"{rel}:{node.lineno}: lupdate skips {name}() whose context is not a literal"
            )
        if (
            name == "translate"
            and len(node.args) >= 4
            and not isinstance(node.args[3], ast.Name | ast.UnaryOp | ast.Constant)
        ):
            problems.append(
                f"{rel}:{node.lineno}: pyside6-lupdate drops translate() when the count is "
                "an attribute or a call; put it in a local name first"
            )
        if name in TR_CALLS:
            for arg in node.args[:2]:
                if isinstance(arg, ast.JoinedStr):
                    problems.append(f"{rel}:{node.lineno}: f-string inside {name}()")
            continue
        positions = TEXT_METHODS.get(name) or TEXT_CONSTRUCTORS.get(name) or ()
        for index in positions:
            if index < len(node.args):
                text = _bare_text(node.args[index])
                if text is not None:
                    problems.append(f"{rel}:{node.lineno}: {name}({text!r}) is not translated")
        for keyword in node.keywords:
            if keyword.arg in TEXT_KEYWORDS:
                text = _bare_text(keyword.value)
                if text is not None:
                    problems.append(f"{rel}:{node.lineno}: {keyword.arg}={text!r} not translated")
    return problems


def test_ui_texts_go_through_tr() -> None:
    problems = [p for path in _python_files(UI) for p in unwrapped_texts(path)]
    assert not problems, "wrap these in self.tr():\n" + "\n".join(problems)


def test_the_scanner_catches_bare_texts(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    code = (
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "class W:\n"
        "    def f(self, n):\n"
        "        QLabel('Customers')\n"
        "        self.button.setText(f'Delete {n}')\n"
        "        QMessageBox.warning(self, self.tr('Ok'), 'Really?')\n"
        "        self.tr(f'{n} rows')\n"
        "        QLabel(self.tr('Fine'))\n"
        "        QLabel('—')\n"
        "        self.edit.setPlaceholderText('name@example.fi')\n"
        "        parent.tr('Context of the parent')\n"
        "        _tr('Hidden from lupdate')\n"
        "        QCoreApplication.translate(CTX, 'Skipped by lupdate')\n"
        "        tr('Ctx', 'Read as a comment')\n"
        "        QCoreApplication.translate('C', '%n rows', '', counts.rows)\n"
        "def g(n):\n"
        "    return W.tr('%n rows', '', n)\n"
    )
    sample.write_text(code, encoding="utf-8")
    problems = unwrapped_texts(sample)
    assert len(problems) == 9, problems
    assert ":4:" in problems[0] and "Customers" in problems[0]


def _lupdate() -> str:
    tool = str(LUPDATE) if LUPDATE.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    return tool


def test_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over the code finds nothing the committed catalogues lack (run `make lupdate`)."""
    copies = []
    for ts in sorted((REPO / "translations").glob("rekisteri_*.ts")):
        copy = tmp_path / ts.name
        shutil.copyfile(ts, copy)
        copies.append(copy)
    assert copies
    for copy in copies:
        # The English catalogue holds only the plural forms (see the Makefile).
        only = ["-pluralonly"] if copy.name == "rekisteri_en.ts" else []
        subprocess.run(
            [_lupdate(), "-silent", "-extensions", "py", "-recursive", str(SRC), "-no-obsolete",
             *only, "-ts", str(copy)],
            check=True,
        )  # fmt: skip
    for copy in copies:
        new = [
            f"{context.findtext('name')}: {message.findtext('source')!r}"
            for context in ET.parse(copy).getroot().iter("context")
            for message in context.iter("message")
            if message.find("translation") is not None
            and message.find("translation").get("type") == "unfinished"
        ]
        assert not new, f"{copy.name} lacks {len(new)} strings:\n" + "\n".join(new[:50])


def test_no_ui_class_inherits_tr_texts() -> None:
    """PySide's tr() takes its context from the object's own class, so a subclass calling an
    inherited method that uses self.tr() looks its texts up under the wrong context."""
    import importlib
    import inspect
    import pkgutil

    import rekisteri.ui

    problems = []
    for info in pkgutil.walk_packages(rekisteri.ui.__path__, "rekisteri.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for base in cls.__mro__[1:]:
                if base.__module__.startswith("rekisteri.ui") and "self.tr(" in inspect.getsource(
                    base
                ):
                    problems.append(f"{cls.__module__}.{cls.__qualname__} < {base.__qualname__}")
    assert not problems, "use QCoreApplication.translate in the base class:\n" + "\n".join(problems)
