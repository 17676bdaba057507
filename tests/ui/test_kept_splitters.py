"""The Review and Privacy notice panes keep their splitters where the user dragged them,
also after a restart, as the register's list and detail do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from rekisteri.core.register import Register
from rekisteri.ui.notice_pane import NoticePane
from rekisteri.ui.review_pane import ReviewPane


def _show(qtbot, pane: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    qtbot.waitExposed(pane)
    QApplication.processEvents()


def _drag(splitter: QSplitter, handle: int) -> list[int]:
    """Move a handle as a drag does (moveSplitter emits splitterMoved) and say where it is."""
    before = splitter.sizes()
    by = 80 if before[handle - 1] < before[handle] else -80  # toward the room there is
    splitter.moveSplitter(sum(before[:handle]) + splitter.handleWidth() * (handle - 1) + by, handle)
    after = splitter.sizes()
    assert after != before  # the drag did move it, so the test can tell a kept place
    return after


PANES: dict[str, tuple[Callable[[Register], QWidget], Callable[[QWidget], list[QSplitter]]]] = {
    "review": (ReviewPane, lambda p: [p.splitter]),  # type: ignore[attr-defined]
    "notice": (
        NoticePane,
        lambda p: [p.splitter, p.sections_splitter],  # type: ignore[attr-defined]
    ),
}


@pytest.mark.parametrize("name", sorted(PANES))
def test_the_splitters_keep_their_place_after_a_restart(
    qtbot, register: Register, name: str
) -> None:  # type: ignore[no-untyped-def]
    make, splitters_of = PANES[name]
    pane = make(register)
    _show(qtbot, pane)
    first = splitters_of(pane)
    defaults = [s.sizes() for s in first]
    chosen = [_drag(s, 1) for s in first]
    assert chosen != defaults
    pane.close()
    pane.deleteLater()

    again = make(register)
    _show(qtbot, again)
    qtbot.waitUntil(lambda: [s.sizes() for s in splitters_of(again)] == chosen)
