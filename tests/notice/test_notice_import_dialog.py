"""The import dialog shows every part of the pasted notice before it replaces the draft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from rekisteri.core.notice.document import SectionKey
from rekisteri.ui.notice.dialogs import ImportDialog

TEXT = """# Tietosuojaseloste

Tämä seloste koskee kuvaamon asiakkaita ja uutiskirjeen tilaajia.

## Rekisterinpitäjä

| Tieto | Arvo |
|---|---|
| Nimi | Kuvaamo Aalto |

## Omat muistiinpanot

Tähän kirjoitan myöhemmin lisää tekstiä asiakkaille tiedoksi.
"""


def test_analyse_shows_placement_unplaced_text_and_the_preamble(qtbot, register) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ImportDialog(register, "fi", parent)
    dialog.show()
    dialog.source.setPlainText(TEXT)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    analyse = next(b for b in dialog.findChildren(type(ok)) if b.text() == "Analyse")
    qtbot.mouseClick(analyse, Qt.MouseButton.LeftButton)
    report = dialog.report.toPlainText()
    assert "Rekisterinpitäjä →" in report
    assert "Omat muistiinpanot – not placed" in report
    assert "koskee kuvaamon asiakkaita" in report  # the intro is shown, not dropped unseen
    assert "Tietosuojaseloste" not in report  # the title is the title: nothing to decide
    assert dialog.imported is not None
    controller = dialog.imported.document.find(SectionKey.CONTROLLER)
    assert controller is not None and "- Nimi: Kuvaamo Aalto" in controller.body
    assert ok.isEnabled()
