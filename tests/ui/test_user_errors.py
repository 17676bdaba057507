"""A message the user is meant to read, escaped from a slot: a dialog, not a crash report;
a lost shared register offers Reconnect."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from rekisteri.core.errors import RekisteriError, ServerConnectionLostError, ServerUnreachableError
from rekisteri.ui import crash, user_errors


def _press(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if text in b.text().replace("&", "")).click()


def test_a_lost_connection_offers_reconnect_until_the_server_answers(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(crash, "show_report", lambda text: pytest.fail("crash report"))
    tries: list[int] = []

    def reconnect() -> None:
        tries.append(1)
        if len(tries) == 1:
            raise ServerUnreachableError()  # still away: said again, with Reconnect

    monkeypatch.setattr(user_errors, "reconnect", reconnect)
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        """The user reads the message and presses its Reconnect button."""
        seen.append(box.text())
        _press(box, "Reconnect")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: seen.append(text))
    crash.handle(ServerConnectionLostError, ServerConnectionLostError(), None)
    assert seen[0] == ServerConnectionLostError().render()
    assert seen[1] == ServerUnreachableError().render()
    assert "answers again" in seen[2] and len(tries) == 2


def test_any_user_error_is_a_plain_message(qtbot, on_dialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.core.i18n import Message

    monkeypatch.setattr(crash, "show_report", lambda text: pytest.fail("crash report"))
    monkeypatch.setattr(user_errors, "reconnect", None)
    seen: list[list[str]] = []
    on_dialog(
        lambda box: (seen.append([b.text() for b in box.buttons()]), box.reject()), QMessageBox
    )
    crash.handle(RekisteriError, RekisteriError(Message("Errors", "Plain.")), None)
    assert seen and not any("Reconnect" in t for t in seen[0])
