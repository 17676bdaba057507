"""Someone else saved the customer first: reload theirs, or copy mine and then reload.

Never a silent overwrite (``core.concurrency``). "Copy my edits" puts the form's values on
the clipboard as plain text, so nothing typed is lost when the form shows their version;
"Cancel" keeps the form as it is (saving it again is refused until it is reloaded).
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rekisteri.core.dto import CustomerInput
from rekisteri.core.errors import ConflictError

Choice = Literal["reload", "copy", "cancel"]


def as_text(data: CustomerInput) -> str:
    """The form's values, one per line, for pasting back by hand."""
    lines = [data.name, data.business_id, data.industry, data.billing_street,
             f"{data.billing_postcode} {data.billing_city}".strip(), data.notes]  # fmt: skip
    for c in data.contacts or ():
        lines += ["", f"{c.first_name} {c.last_name}".strip(), c.title, *c.emails, *c.phones]
        lines.append(f"{c.street} {c.postcode} {c.city}".strip())
    return "\n".join(line for line in lines if line is not None).strip() + "\n"


def ask(parent: QWidget, error: ConflictError, mine: CustomerInput) -> Choice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Changed meanwhile"))
    box.setText(error.render())
    box.setInformativeText(
        QCoreApplication.translate(
            "ConflictDialog",
            "Your changes were not saved, so theirs are not lost either. Reload shows their "
            "version; Copy my edits first puts what you typed on the clipboard.",
        )
    )
    reload = box.addButton(
        QCoreApplication.translate("ConflictDialog", "&Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    copy = box.addButton(
        QCoreApplication.translate("ConflictDialog", "&Copy my edits and reload"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    box.exec()
    clicked = box.clickedButton()
    if clicked is copy:
        QGuiApplication.clipboard().setText(as_text(mine))
        return "copy"
    return "reload" if clicked is reload else "cancel"
