"""Guard against the PySide6 6.12.0 / Python 3.11 bug that drops a reference to None on every
void C++ call until the interpreter aborts: we pin 6.11.3 there, and this test would catch a
regression long before a real session crashed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_ten_thousand_void_calls_keep_none_alive(qapp) -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(10_000):
        obj.setObjectName(f"o{i % 7}")  # a C++ call returning void
    after = sys.getrefcount(None)
    assert after >= before - 50  # unrelated churn only; the bug loses 10,000
