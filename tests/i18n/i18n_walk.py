"""Walking every pane and dialog for the texts a user sees, for the translation tests.

Collects the visible texts of a widget tree (labels, buttons, group boxes, tabs, table
headers, combo items, actions, placeholders, tooltips), cycling through every tab and stacked
page so that pages hidden behind a tab are read too. Also finds the dialog classes of the UI
and builds each with arguments guessed from its parameter names.
"""

from __future__ import annotations

import html
import importlib
import inspect
import pkgutil
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

PANE_KEYS = ("register", "notice", "review", "requests", "settings")
CELL_ROWS = 8  # table cells read per list: enough to meet every kind of label the list shows

# Proper names and words that read the same in every language.
ALLOWED_WORDS = {
    "rekisteri",
    "y-tunnus",
    "ok",
    "ytj",
    "sqlite",
    "pdf",
    "csv",
    "vcard",
    "vcf",
    "id",
    "gdpr",
    "eu",
    "eta",
    "www",
    "http",
    "https",
    "fi",
    "sv",
    "en",
    "suomi",
    "svenska",
    "english",
    "sms",
    "e",
    "tietosuojavaltuutettu",
}
# Dates formatted for another language (a document's, or the language-choice sample) are data.
ALLOWED_WORDS |= {
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
}
_EMAIL = re.compile(r"\S+@\S+")
_PATH = re.compile(r"(?:[A-Za-z]:)?[/\\]\S+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Found:
    kind: str  # label, button, tab, header, action, placeholder, tooltip, title, item
    text: str
    where: str  # class name chain for the report

    def __str__(self) -> str:
        return f"{self.kind:<11} {self.text!r}  ({self.where})"


def normalise(text: str) -> str:
    """Strip mnemonics, rich-text tags and entities, and squeeze whitespace."""
    if not text:
        return ""
    if "<" in text and _TAG.search(text):
        text = html.unescape(_TAG.sub(" ", text))
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


def _where(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 4:
        name = current.objectName()
        chain.append(type(current).__name__ + (f"#{name}" if name else ""))
        current = current.parentWidget()
    return " < ".join(chain)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def collect_texts(root: QWidget) -> list[Found]:
    """Texts of every widget under ``root`` that would be on screen with ``root``."""
    found: list[Found] = []

    def add(kind: str, text: str | None, widget: QWidget) -> None:
        value = normalise(text or "")
        if value:
            found.append(Found(kind, value, _where(widget)))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget, root):
            continue
        if widget.isWindow():
            add("title", widget.windowTitle(), widget)
        add("tooltip", widget.toolTip(), widget)
        if isinstance(widget, QLabel):
            add("label", widget.text(), widget)
        elif isinstance(widget, QAbstractButton):
            add("button", widget.text(), widget)
            menu = getattr(widget, "menu", lambda: None)()
            if isinstance(menu, QMenu):
                found.extend(_menu_texts(menu))  # a tool button's drop-down
        elif isinstance(widget, QGroupBox):
            add("group", widget.title(), widget)
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            add("placeholder", widget.placeholderText(), widget)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add("item", widget.itemText(i), widget)
            if widget.isEditable() and widget.lineEdit() is not None:
                add("placeholder", widget.lineEdit().placeholderText(), widget)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add("tab", widget.tabText(i), widget)
                    add("tooltip", widget.tabToolTip(i), widget)
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None:
                for section in range(
                    model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
                ):
                    if not widget.isSectionHidden(section):
                        add(
                            "header",
                            str(model.headerData(section, widget.orientation()) or ""),
                            widget,
                        )
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), CELL_ROWS)):
                for column in range(model.columnCount()):
                    if not widget.isColumnHidden(column):
                        value = model.data(model.index(row, column))
                        if isinstance(value, str):
                            add("cell", value, widget)
        for action in widget.actions():
            if action.isVisible() and not action.isSeparator():
                add("action", action.text(), widget)
                if action.toolTip() != action.text().replace("&", ""):
                    add("tooltip", action.toolTip(), widget)
                if action.menu() is not None:
                    found.extend(_menu_texts(action.menu()))
    if isinstance(root, QMainWindow) and root.menuBar() is not None:
        for action in root.menuBar().actions():
            add("action", action.text(), root)
            if action.menu() is not None:
                found.extend(_menu_texts(action.menu()))
    return found


def _menu_texts(menu: QMenu, depth: int = 0) -> list[Found]:
    out: list[Found] = []
    if depth > 4:
        return out
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = normalise(action.text())
        if text:
            out.append(Found("action", text, f"QMenu {normalise(menu.title())!r}"))
        if action.menu() is not None:
            out.extend(_menu_texts(action.menu(), depth + 1))
    return out


def visit_pages(root: QWidget, visit: Callable[[], None], depth: int = 0) -> None:
    """Call ``visit`` once per page of every tab widget and stack below ``root``."""
    visit()
    if depth > 2:
        return
    for container in root.findChildren(QTabWidget) + root.findChildren(QStackedWidget):
        if not _shown(container, root) or container.count() < 2:
            continue
        if isinstance(container.parentWidget(), QTabWidget):
            continue  # the tab widget's own stack: done through the tab widget
        original = container.currentIndex()
        for index in range(container.count()):
            if index == original:
                continue
            if isinstance(container, QTabWidget) and not container.isTabEnabled(index):
                continue
            container.setCurrentIndex(index)
            QCoreApplication.processEvents()
            visit_pages(container.widget(index), visit, depth + 1)
            # The inner call visited only that page; read the whole root again as well.
            visit()
        container.setCurrentIndex(original)
        QCoreApplication.processEvents()


def select_first_rows(root: QWidget) -> bool:
    """Select the first row of every visible list, so the detail panes fill in."""
    selected = False
    for view in root.findChildren(QTableView):
        model = view.model()
        if view.isVisibleTo(root) and model is not None and model.rowCount() > 0:
            view.selectRow(0)
            view.setCurrentIndex(model.index(0, 0))
            selected = True
    QCoreApplication.processEvents()
    return selected


def walk_main_window(
    window: QMainWindow, keys: Iterable[str] = PANE_KEYS
) -> dict[str, list[Found]]:
    """Texts per pane key, every tab and stacked page of each pane visited."""
    results: dict[str, list[Found]] = {}
    for key in keys:
        window.show_pane(key)  # type: ignore[attr-defined]
        QCoreApplication.processEvents()
        texts: list[Found] = []
        pane = window.panes[key] if hasattr(window, "panes") else window.centralWidget()  # type: ignore[attr-defined]

        def visit(pane: QWidget = pane, texts: list[Found] = texts) -> None:
            texts.extend(collect_texts(window))
            texts.extend(collect_texts(pane))

        visit_pages(pane, visit)
        if select_first_rows(pane):
            visit_pages(pane, visit)  # the detail views a selection opens
        results[key] = texts
    return results


# -- dialogs -------------------------------------------------------------------------------


def ui_modules() -> list[str]:
    import rekisteri.ui

    names = []
    for info in pkgutil.walk_packages(rekisteri.ui.__path__, "rekisteri.ui."):
        names.append(info.name)
    return sorted(names)


def dialog_classes() -> list[type[QDialog]]:
    """Every QDialog subclass defined in the UI package (not Qt's, not imported ones)."""
    classes: dict[str, type[QDialog]] = {}
    for name in ui_modules():
        try:
            module = importlib.import_module(name)
        except Exception:
            continue
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, QDialog) and obj.__module__ == name:
                classes[f"{name}.{obj.__qualname__}"] = obj
    return [classes[k] for k in sorted(classes)]


def guess_arguments(cls: type, samples: dict[str, object]) -> dict[str, object] | None:
    """Keyword arguments for ``cls`` from parameter names; None if a required one is unknown."""
    try:
        signature = inspect.signature(cls.__init__)
    except (TypeError, ValueError):
        return None
    kwargs: dict[str, object] = {}
    for name, parameter in list(signature.parameters.items())[1:]:
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        annotation = str(parameter.annotation)
        if name in samples:
            kwargs[name] = samples[name]
        elif parameter.default is not inspect.Parameter.empty:
            continue
        elif "Register" in annotation:
            kwargs[name] = samples["register"]
        elif re.search(r"\bdate\b", annotation):
            kwargs[name] = samples["today"]
        elif annotation == "str":
            kwargs[name] = samples["subject"]
        else:
            return None
    return kwargs


def open_dialogs(
    samples: dict[str, object], visit: Callable[[str, QDialog], None]
) -> tuple[list[str], list[str]]:
    """Build, show, ``visit`` and close each dialog; returns (walked, not built) class names."""
    walked: list[str] = []
    skipped: list[str] = []
    for cls in dialog_classes():
        label = f"{cls.__module__}.{cls.__qualname__}"
        kwargs = guess_arguments(cls, samples)
        if kwargs is None:
            skipped.append(label + " (arguments)")
            continue
        try:
            dialog = cls(**kwargs)
        except Exception as exc:  # a dialog that needs a state we could not guess
            skipped.append(f"{label} ({type(exc).__name__})")
            continue
        dialog.setModal(False)
        dialog.show()
        QCoreApplication.processEvents()
        visit(label, dialog)
        dialog.reject()
        dialog.deleteLater()
        QCoreApplication.processEvents()
        walked.append(label)
    return walked, skipped


def sample_arguments(register, window: QWidget | None) -> dict[str, object]:
    """Values for the usual dialog parameters, taken from the demo register."""
    from rekisteri.core.dto import CustomerQuery

    rows = register.list_customers(CustomerQuery(), limit=3).rows
    ids = [row.id for row in rows]
    detail = register.get_customer(ids[0]) if ids else None
    contact_ids = [c.id for c in detail.contacts] if detail is not None else []
    today = register.db.clock.today()
    samples: dict[str, object] = {
        "today": today,
        "subject": rows[0].name if rows else "",
        "name": rows[0].name if rows else "",
        "contacts": tuple(detail.contacts) if detail is not None else (),
        "channels": ("email_marketing", "sms_marketing"),
        "channel": "email_marketing",
        "path": register.db.path,
        "current": True,
        "new": True,
        "register": register,
        "reg": register,
        "parent": window,
        "customer_id": ids[0] if ids else None,
        "customer_ids": ids,
        "ids": ids,
        "contact_id": contact_ids[0] if contact_ids else None,
        "contact_ids": contact_ids,
        "customer": detail,
        "detail": detail,
    }
    samples.update(_request_samples(register, contact_ids[0] if contact_ids else None, today))
    samples.update(_notice_samples(register))
    return samples


def _request_samples(register, contact_id: int | None, today) -> dict[str, object]:
    """A logged access request, for the dialogs that act on one."""
    try:
        from rekisteri.core.requests.dto import RequestInput

        view = register.requests.log(
            RequestInput(kind="access", received_on=today, contact_id=contact_id, details="-")
        )
    except Exception:  # the requests feature is not merged, or its API moved
        return {}
    return {"request": view, "request_id": view.id, "status": "done"}


def _notice_samples(register) -> dict[str, object]:
    """Two published notice versions, for the compare dialog."""
    try:
        service = register.notice
        ids = []
        for _ in range(2):
            service.save_draft(service.get_draft())
            ids.append(service.publish().id)
    except Exception:  # the notice feature is not merged, or its API moved
        return {}
    return {"left_id": ids[0], "right_id": ids[1], "version_id": ids[1]}


# -- judging ------------------------------------------------------------------------------


def data_words(db_path: Path) -> set[str]:
    """Every word stored in the register: demo names, streets, e-mails are not UI text."""
    words: set[str] = set()
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]
            for column in columns:
                for (value,) in conn.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
                    if isinstance(value, str):
                        words.update(w.lower() for w in _WORD.findall(value))
    return words


def untranslated_words(text: str, allowed: set[str]) -> list[str]:
    """The words of ``text`` that are not names, addresses or allowed proper names."""
    text = _PATH.sub(" ", _URL.sub(" ", _EMAIL.sub(" ", text)))
    return [w for w in _WORD.findall(text) if len(w) > 1 and w.lower() not in allowed]


def still_english(
    english: Iterable[Found], translated: Iterable[Found], allowed: set[str]
) -> list[Found]:
    """Texts shown identically in English and in the translation, other than names and data."""
    source = {f.text for f in english}
    out: dict[tuple[str, str], Found] = {}
    for found in translated:
        if found.text in source and untranslated_words(found.text, allowed):
            out.setdefault((found.kind, found.text), found)
    return sorted(out.values(), key=lambda f: (f.kind, f.text))


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance
