"""Search through the customer list's Qt model, as a keystroke in the search box drives it.

The figure is what the window pays per keystroke: the model's query through the facade, its
reset, and the cells of the first screenful the view then asks for.
"""

from __future__ import annotations

import importlib.util
import os
from typing import Any

from benchmarks.timing import Figure, NotAvailable, repeat, timed

VISIBLE_ROWS = 30  # about one screenful of the list


def _qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["rekisteri-benchmark"])


def model_search_figure(register: Any, case: Any, reps: int) -> Figure:
    if importlib.util.find_spec("rekisteri.ui") is None:
        raise NotAvailable("the customer list model (rekisteri.ui) is not merged yet")
    from PySide6.QtCore import Qt

    from rekisteri.ui.customer_model import CustomerTableModel

    _qt_app()
    model = CustomerTableModel(register)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole)
    texts = [case.text, case.text + " "]  # same search terms, a new query: one keystroke each
    state = {"n": 0}

    def keystroke() -> None:
        state["n"] += 1
        model.set_text(texts[state["n"] % 2])
        for row in range(min(model.rowCount(), VISIBLE_ROWS)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in roles:
                    model.data(index, role)

    runs = repeat(keystroke, reps)
    return timed(f"search_{case.label}_model", runs, hits=model.total, visible_rows=VISIBLE_ROWS)
