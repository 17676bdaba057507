"""The person search of the request dialogs: the customer search, narrowed to one contact."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.dto import CustomerQuery
from rekisteri.core.register import Register
from rekisteri.ui.request_models import COL_HIT_NAME, PersonHit, PersonHitModel
from rekisteri.ui.table_state import remember_columns

SEARCH_LIMIT = 30


class PersonSearch(QWidget):
    """Find a person in the register through the customer search, then pick one contact."""

    picked_changed = Signal()
    chosen = Signal()  # Enter on a found person: the dialog moves on to its next field

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Find the person"))
        self.search_edit.setPlaceholderText(self.tr("Name, e-mail, phone or company"))
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setAutoDefault(False)  # Enter searches; it never presses OK
        self.search_button.clicked.connect(self.search)
        self.hits = PersonHitModel(self)
        self.hit_view = QTableView()
        self.hit_view.setModel(self.hits)
        self.hit_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hit_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hit_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hit_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        remember_columns(self.hit_view, "personSearch", COL_HIT_NAME)
        self.hit_view.setMinimumHeight(120)
        self.hit_view.selectionModel().selectionChanged.connect(self.picked_changed)
        self.hit_label = QLabel(self.tr("Find the person, or write the name below if not found."))
        row = QHBoxLayout()
        row.addWidget(self.search_edit)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hit_view)
        layout.addWidget(self.hit_label)
        self.search_edit.installEventFilter(self)
        self.hit_view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search or on a hit belongs to the search, not to the dialog's OK:
        the search picks the first person found, Enter on a hit takes that one."""
        # A KeyPress event is a QKeyEvent, which the filter's signature cannot say.
        if event.type() != QEvent.Type.KeyPress or event.key() not in (  # type: ignore[attr-defined]
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            return False
        if watched is self.search_edit:
            self.search()
            if self.hits.rowCount():
                self.hit_view.selectRow(0)
                self.hit_view.setFocus()
            return True
        if watched is self.hit_view and self.picked() is not None:
            self.chosen.emit()
            return True
        return False

    def search(self) -> None:
        text = self.search_edit.text().strip()
        hits: list[PersonHit] = []
        if text:
            page = self.register.list_customers(
                CustomerQuery(text=text), limit=SEARCH_LIMIT, with_total=False
            )
            needle = text.casefold()
            for row in page.rows:
                detail = self.register.get_customer(row.id)
                # The customer may have matched on a colleague: show the matching people, or
                # everyone when the match was on the company itself.
                matching = [
                    c
                    for c in detail.contacts
                    if needle in " ".join((c.full_name, *c.emails, *c.phones)).casefold()
                ]
                for c in matching or detail.contacts:
                    hits.append(
                        PersonHit(
                            c.id,
                            c.full_name,
                            detail.name,
                            c.emails[0] if c.emails else "",
                            c.language,
                        )
                    )
        self.hits.set_rows(hits)
        self.hit_label.setText(
            self.tr("%n person(s) found.", "", len(hits))
            if hits
            else self.tr("No one found: write the person's name below.")
        )

    def picked(self) -> PersonHit | None:
        rows = self.hit_view.selectionModel().selectedRows()
        return self.hits.hit(rows[0].row()) if rows else None
