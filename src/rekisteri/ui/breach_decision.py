"""The guided risk assessment of a breach, and the record of a notification made.

The questions suggest a level (``core.breaches.assessment``); the owner picks the level,
writes or keeps the reasons the answers gave, and confirms. A decision not to notify is
not accepted without reasons (the core refuses it too).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.breaches import deadlines
from rekisteri.core.breaches.assessment import Answers, suggest
from rekisteri.core.breaches.dto import BreachView, DecisionInput
from rekisteri.core.breaches.kinds import RiskLevel
from rekisteri.core.errors import ValidationError
from rekisteri.core.register import Register
from rekisteri.ui.breach_dialogs import moment_edit, moment_of
from rekisteri.ui.requests_dialogs import _ErrorLabel

LEVELS = (RiskLevel.NONE, RiskLevel.RISK, RiskLevel.HIGH)


class RiskDialog(QDialog):
    def __init__(
        self, register: Register, breach: BreachView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.breach = breach
        self.setWindowTitle(self.tr("Assess the risk"))
        asked = self._questions_box()
        levels = self._levels_box()

        self.reasons_edit = QPlainTextEdit()
        self.reasons_edit.setTabChangesFocus(True)
        self.reasons_edit.setAccessibleName(self.tr("Reasons"))
        self._reasons_from_answers = True
        self.reasons_edit.textChanged.connect(self._reasons_typed)
        ctrl = register.get_controller()
        self.by_edit = QLineEdit(ctrl.handler_name or ctrl.contact_person_name)
        self.confirm_box = QCheckBox(self.tr("I have assessed the breach and confirm the decision"))
        form = QFormLayout()
        form.addRow(self.tr("Reasons"), self.reasons_edit)
        form.addRow(self.tr("Decided by"), self.by_edit)
        self.errors = _ErrorLabel()
        self.errors.watch("reasons", self.reasons_edit.textChanged)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record the decision"))
        self.ok_button.setEnabled(False)
        self.confirm_box.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(asked)
        layout.addWidget(levels)
        layout.addLayout(form)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        if breach.risk != RiskLevel.UNDECIDED:
            self.level_buttons[RiskLevel(breach.risk)].setChecked(True)
            self._set_reasons(breach.risk_reasons)
            self._reasons_from_answers = False
        else:
            self._answers_changed()
        self.resize(620, 600)

    def _questions_box(self) -> QGroupBox:
        self.questions = {
            "protected": QCheckBox(
                self.tr("The data cannot be read by others (strong encryption, the key safe).")
            ),
            "contained": QCheckBox(
                self.tr("The data is back, or it is certain that no one saw or used it.")
            ),
            "harm": QCheckBox(
                self.tr(
                    "Someone could suffer from it: fraud, identity theft, money lost, "
                    "reputation, distress."
                )
            ),
            "sensitive": QCheckBox(
                self.tr(
                    "It includes health or other special data, identity codes, bank details "
                    "or passwords."
                )
            ),
            "vulnerable": QCheckBox(
                self.tr("Many people are affected, or children or people in a weak position.")
            ),
        }
        asked = QGroupBox(self.tr("Answer what is true (leave the rest unticked)"))
        col = QVBoxLayout(asked)
        for box in self.questions.values():
            box.toggled.connect(self._answers_changed)
            col.addWidget(box)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        col.addWidget(self.suggestion)

        return asked

    def _levels_box(self) -> QGroupBox:
        self.level_group = QButtonGroup(self)
        self.level_buttons = {level: QRadioButton(level.label()) for level in LEVELS}
        levels = QGroupBox(self.tr("Decision"))
        lcol = QVBoxLayout(levels)
        for button in self.level_buttons.values():
            self.level_group.addButton(button)
            lcol.addWidget(button)
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        lcol.addWidget(self.effect)
        self.level_group.buttonToggled.connect(lambda *_: self._level_changed())
        return levels

    def answers(self) -> Answers:
        return Answers(**{k: box.isChecked() for k, box in self.questions.items()})

    def level(self) -> RiskLevel | None:
        return next((lv for lv, b in self.level_buttons.items() if b.isChecked()), None)

    def _answers_changed(self) -> None:
        level = suggest(self.answers())
        self.suggestion.setText(self.tr("Suggested: %1").replace("%1", level.label()))
        # The owner chooses: nothing is preselected, least of all "no notification".
        if self._reasons_from_answers:
            ticked = [box.text() for box in self.questions.values() if box.isChecked()]
            self._set_reasons("\n".join(ticked))

    def _set_reasons(self, text: str) -> None:
        self.reasons_edit.blockSignals(True)
        self.reasons_edit.setPlainText(text)
        self.reasons_edit.blockSignals(False)

    def _reasons_typed(self) -> None:
        self._reasons_from_answers = False

    def _level_changed(self) -> None:
        level = self.level()
        texts = {
            RiskLevel.NONE: self.tr(
                "Nobody is notified. The breach and the reasons stay in the log (GDPR Art. "
                "33(5)); the reasons are required."
            ),
            RiskLevel.RISK: self.tr(
                "Notify the Office of the Data Protection Ombudsman without undue delay, at "
                "the latest 72 hours after becoming aware."
            ),
            RiskLevel.HIGH: self.tr(
                "Notify the Office of the Data Protection Ombudsman without undue delay, at "
                "the latest 72 hours after becoming aware, and tell the people affected "
                "without undue delay (a letter to each)."
            ),
        }
        self.effect.setText(texts.get(level, "") if level else "")

    def submit(self) -> None:
        level = self.level()
        data = DecisionInput(
            risk=level.value if level else "",
            reasons=self.reasons_edit.toPlainText(),
            decided_by=self.by_edit.text(),
        )
        try:
            self.register.breaches.decide(self.breach.id, data)
        except ValidationError as exc:
            self.errors.show_errors(exc)
            return
        self.accept()


class NotifiedDialog(QDialog):
    """Record when the authority (with its reference) or the people affected were told."""

    def __init__(
        self,
        register: Register,
        breach: BreachView,
        authority: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.breach = breach
        self.authority = authority
        self.setWindowTitle(
            self.tr("Authority notified") if authority else self.tr("People affected told")
        )
        self.at_edit = moment_edit(register.clock.now())
        self.reference_edit = QLineEdit()
        self.delay_edit = QPlainTextEdit()
        self.delay_edit.setTabChangesFocus(True)
        self.delay_edit.setAccessibleName(self.tr("Reasons for the delay"))
        self.delay_label = QLabel(self.tr("Reasons for the delay"))
        form = QFormLayout()
        form.addRow(self.tr("When"), self.at_edit)
        if authority:
            form.addRow(self.tr("Reference"), self.reference_edit)
            form.addRow(self.delay_label, self.delay_edit)
            self.at_edit.dateTimeChanged.connect(lambda *_: self._late_changed())
            self._late_changed()
        self.errors = _ErrorLabel()
        self.errors.watch("delay_reason", self.delay_edit.textChanged)
        self.errors.watch("notified_at", self.at_edit.dateTimeChanged)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

    def _late_changed(self) -> None:
        late = deadlines.is_overdue(self.breach.aware_at, moment_of(self.at_edit))
        self.delay_label.setVisible(late)
        self.delay_edit.setVisible(late)

    def submit(self) -> None:
        at = moment_of(self.at_edit)
        svc = self.register.breaches
        try:
            if self.authority:
                delay = self.delay_edit.toPlainText() if self.delay_edit.isVisible() else ""
                svc.authority_notified(self.breach.id, at, self.reference_edit.text(), delay)
            else:
                svc.people_notified(self.breach.id, at)
        except ValidationError as exc:
            self.errors.show_errors(exc)
            return
        self.accept()
