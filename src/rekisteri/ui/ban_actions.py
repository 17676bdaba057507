"""The ban flows shared by the list, its toolbar and the detail pane: dialog, facade, errors.

A dialog stays open on bad input and shows the message beside the field, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from rekisteri.core.dto import ContactView
from rekisteri.core.errors import ValidationError
from rekisteri.core.register import Register
from rekisteri.ui.ban_dialog import LiftBanDialog, MarkBanDialog


def mark_ban_for_customers(
    parent: QWidget, register: Register, customer_ids: Sequence[int], subject: str
) -> int | None:
    """Ban every contact of the customers; None if cancelled, else the events recorded."""
    dialog = MarkBanDialog(subject, register.clock.today(), parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        v = dialog.values()
        try:
            recorded = register.ban_customers(
                list(customer_ids), v.channel, v.source, v.note, v.occurred_on
            )
        except ValidationError as exc:
            dialog.show_error(exc)
            continue
        if recorded == 0:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("BanActions", "Mark marketing ban"),
                QCoreApplication.translate(
                    "BanActions",
                    "Nothing new was recorded: the customer has no contact persons, or the ban "
                    "was already in force.",
                ),
            )
        return recorded
    return None


def mark_ban_for_contacts(
    parent: QWidget, register: Register, contact_ids: Sequence[int], subject: str
) -> int | None:
    dialog = MarkBanDialog(subject, register.clock.today(), parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        v = dialog.values()
        try:
            return register.set_ban(list(contact_ids), v.channel, v.source, v.note, v.occurred_on)
        except ValidationError as exc:
            dialog.show_error(exc)
    return None


def lift_ban(parent: QWidget, register: Register, contact: ContactView) -> bool:
    if not contact.banned_channels:
        return False
    dialog = LiftBanDialog(
        contact.full_name, contact.banned_channels, register.clock.today(), parent
    )
    while dialog.exec() == QDialog.DialogCode.Accepted:
        v = dialog.values()
        try:
            register.lift_ban(contact.id, v.channel, v.note, v.source, v.occurred_on)
        except ValidationError as exc:
            dialog.show_error(exc)
            continue
        return True
    return False
