"""Table headers that never cut their own titles short.

A column set to a fixed pixel width in English cuts "Viimeisin yhteys" or "Säilytetään asti"
to nonsense, and a stretched column squeezed by its neighbours shows "Muisti…" for
"Muistiinpano". Called once a view has its model and sorting set (the sort arrow takes room
in every title), it widens what the language needs and leaves wider columns alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

_SIZED_BY_US = (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed)


def fit_header_titles(view: QTableView) -> None:
    """Every column at least as wide as its title; stretched ones never squeezed below it."""
    header = view.horizontalHeader()
    smallest = header.minimumSectionSize()
    for section in range(header.count()):
        hint = header.sectionSizeHint(section)
        mode = header.sectionResizeMode(section)
        if mode == QHeaderView.ResizeMode.Stretch:
            smallest = max(smallest, hint)
        elif mode in _SIZED_BY_US and header.sectionSize(section) < hint:
            # Also a stretched last section: this is the size it keeps when nothing is left.
            header.resizeSection(section, hint)
    # Qt never shrinks a section below this, so a squeezed table scrolls instead of cutting.
    header.setMinimumSectionSize(smallest)
