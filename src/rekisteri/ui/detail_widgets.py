"""Small pieces of the customer detail: a form in a scroll area, the contact log's table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QScrollArea, QTableView, QWidget

from rekisteri.ui.headers import fit_header_titles
from rekisteri.ui.record_models import COL_I_DATE, COL_I_NOTE, InteractionTableModel
from rekisteri.ui.table_state import remember_columns


def scrolled(widget: QWidget) -> QScrollArea:
    """A long form scrolls up and down, and sideways only when a narrow pane (or a long
    translation) cannot hold it: no field is ever out of reach."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


def contact_log_view(model: InteractionTableModel) -> QTableView:
    """The contact log: read-only rows, the note taking the width, columns remembered."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_I_NOTE, QHeaderView.ResizeMode.Stretch)
    fit_header_titles(view)
    remember_columns(view, "contactLog", COL_I_DATE)
    return view
