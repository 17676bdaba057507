"""The controller's details (who keeps the register): used by Settings and the first start."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from rekisteri.core.errors import ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.register import Register
from rekisteri.core.settings import ControllerSettings
from rekisteri.core.validation import LIMITS
from rekisteri.ui.field_errors import ErrorLabel, FormErrors

_CTX = "ControllerForm"
FIELDS: tuple[tuple[str, str], ...] = (
    ("business_name", QT_TRANSLATE_NOOP("ControllerForm", "Business name")),
    ("business_id", QT_TRANSLATE_NOOP("ControllerForm", "Y-tunnus")),
    ("street", QT_TRANSLATE_NOOP("ControllerForm", "Street address")),
    ("postcode", QT_TRANSLATE_NOOP("ControllerForm", "Postcode")),
    ("city", QT_TRANSLATE_NOOP("ControllerForm", "City")),
    ("phone", QT_TRANSLATE_NOOP("ControllerForm", "Phone")),
    ("email", QT_TRANSLATE_NOOP("ControllerForm", "E-mail")),
    ("contact_person_name", QT_TRANSLATE_NOOP("ControllerForm", "Contact person")),
    ("contact_person_email", QT_TRANSLATE_NOOP("ControllerForm", "Contact person's e-mail")),
    ("contact_person_phone", QT_TRANSLATE_NOOP("ControllerForm", "Contact person's phone")),
    ("register_name", QT_TRANSLATE_NOOP("ControllerForm", "Register name")),
    ("register_name_sv", QT_TRANSLATE_NOOP("ControllerForm", "Register name in Swedish")),
    ("register_name_en", QT_TRANSLATE_NOOP("ControllerForm", "Register name in English")),
    ("handler_name", QT_TRANSLATE_NOOP("ControllerForm", "Handler name (shown in the log)")),
)
# The first start asks what the privacy notice prints: without the address and the e-mail
# the notice would tell people to "send your request to ." (the check refuses to publish).
SHORT_FIELDS = (
    "business_name",
    "business_id",
    "street",
    "postcode",
    "city",
    "phone",
    "email",
    "contact_person_name",
)
PLACEHOLDERS = {
    "business_name": QT_TRANSLATE_NOOP("ControllerForm", "e.g. Valokuvaamo Virtanen Tmi"),
    "business_id": QT_TRANSLATE_NOOP("ControllerForm", "e.g. 1572860-0"),
    "register_name": QT_TRANSLATE_NOOP("ControllerForm", "e.g. Customer and marketing register"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class ControllerForm(QWidget):
    """Edits a subset of the controller settings; fields not shown keep their saved values."""

    saved = Signal()

    def __init__(
        self,
        register: Register,
        fields: tuple[str, ...] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = ErrorLabel(self)
        self.errors = FormErrors(self.general_error)
        self.edits: dict[str, QLineEdit] = {}
        wanted = fields or tuple(k for k, _ in FIELDS)
        for key, text in FIELDS:
            if key not in wanted:
                continue
            edit = QLineEdit()
            edit.setObjectName(key)
            if key in LIMITS:  # the same limit the facade enforces
                edit.setMaxLength(LIMITS[key])
            if key in PLACEHOLDERS:
                edit.setPlaceholderText(_tr(PLACEHOLDERS[key]))
            self.edits[key] = edit
            self.errors.add_row(self.form, _tr(text), key, edit)
        self.form.addRow(self.general_error)
        self.load()

    def load(self) -> None:
        current = self.register.get_controller().to_json()
        for key, edit in self.edits.items():
            edit.setText(current.get(key, ""))
        self.errors.clear()

    def values(self) -> ControllerSettings:
        current = self.register.get_controller()
        return replace(current, **{k: e.text() for k, e in self.edits.items()})

    def is_dirty(self) -> bool:
        current = self.register.get_controller().to_json()
        return any(current.get(k, "") != e.text() for k, e in self.edits.items())

    def save(self) -> bool:
        """Save through the facade; on bad input show each message beside its field."""
        try:
            cleaned = self.register.save_controller(self.values())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        if cleaned.handler_name.strip():
            self.register.actor = cleaned.handler_name.strip()
        self.load()
        self.saved.emit()
        return True
