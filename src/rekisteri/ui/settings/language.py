"""Settings page: the language of the program, applied at the next start."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.formats import format_date, format_money
from rekisteri.core.register import Register
from rekisteri.ui import translations
from rekisteri.ui.restart import request_restart

# Each language is offered in its own name, so that a user stuck in a language they cannot
# read still finds their own.
ENDONYMS = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
_SAMPLE_DATE = dt.date(2024, 2, 3)
_SAMPLE_MONEY = Decimal("1234.50")


class LanguagePage(QWidget):
    """The choice is saved at once; the running window keeps its language until restart."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._running = translations.effective_language()
        self.combo = QComboBox(self)
        self.combo.setObjectName("languageCombo")
        self.combo.setAccessibleName(self.tr("Language"))
        self.sample = QLabel(self)
        self.sample.setObjectName("languageSample")
        self.note = QLabel(self)
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Language of the program:"), self.combo)
        form.addRow(self.tr("Dates and amounts:"), self.sample)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        explanation = QLabel(
            self.tr(
                "Documents such as privacy notices and letters have their own language, "
                "chosen for each document."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        self.restart_button = QPushButton(self.tr("Restart now"), self)
        self.restart_button.setObjectName("restartButton")
        self.restart_button.setToolTip(
            self.tr("Close Rekisteri and open it again in the chosen language")
        )
        self.restart_button.clicked.connect(lambda: request_restart(self))
        row.addWidget(self.restart_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()
        self.combo.currentIndexChanged.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Language")

    def refresh(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        system = ENDONYMS[translations.system_language()]
        self.combo.addItem(
            self.tr("Same as the computer ({language})").format(language=system),
            translations.SYSTEM,
        )
        for code in translations.LANGUAGES:
            self.combo.addItem(ENDONYMS[code], code)
        index = self.combo.findData(translations.chosen_language())
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._update_texts()

    def _on_changed(self, _index: int) -> None:
        translations.save_language_choice(str(self.combo.currentData()))
        self._update_texts()

    def _update_texts(self) -> None:
        chosen = translations.effective_language(str(self.combo.currentData()))
        self.sample.setText(
            f"{format_date(_SAMPLE_DATE, chosen)}   {format_money(_SAMPLE_MONEY, chosen)}"
        )
        if chosen == self._running:
            self.note.setText(
                self.tr("A new language choice takes effect when Rekisteri restarts.")
            )
        else:
            self.note.setText(self.tr("Restart Rekisteri to switch to the chosen language."))
        self.restart_button.setVisible(chosen != self._running)
