"""Deleting customers: confirmation that says what goes and what must stay, then the one
facade entry point (which the retention part routes through its erasure path)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rekisteri.core.errors import NotFoundError
from rekisteri.core.register import Register
from rekisteri.ui.formats import format_date


def deletion_preview_text(register: Register, customer_ids: Sequence[int], names: str) -> str:
    """The confirmation text: what will be deleted and, when a legal duty keeps something,
    what is kept and why.

    This is the single place that text is built; when the retention service offers
    ``erasure_preview``, its kept items and reasons are listed here.
    """
    lines = [
        QCoreApplication.translate("DeleteCustomer", "Delete {names}?").format(names=names)
        if len(customer_ids) == 1
        else QCoreApplication.translate("DeleteCustomer", "Delete {n} customers?").format(
            n=len(customer_ids)
        ),
        "",
        QCoreApplication.translate(
            "DeleteCustomer",
            "The customer, their contact persons, the contact log and the consent and ban "
            "history are erased. This cannot be undone. The log records that a deletion was "
            "made, without the person's details.",
        ),
    ]
    preview = _erasure_preview(register, customer_ids)
    kept = getattr(preview, "kept", None) or ()
    if kept:
        # The retention part defines ErasurePreview; its kept items carry a reason Message.
        lines += [
            "",
            QCoreApplication.translate("DeleteCustomer", "Kept, because the law requires it:"),
        ]
        for item in kept:
            reason = getattr(item, "reason", None)
            what = getattr(item, "what", item)
            until = getattr(item, "kept_until", None)
            text = f"• {what}" + (f": {reason}" if reason is not None else "")
            if until is not None:
                text += " " + QCoreApplication.translate("DeleteCustomer", "(until {date})").format(
                    date=format_date(until)
                )
            lines.append(text)
    return "\n".join(lines)


def _erasure_preview(register: Register, customer_ids: Sequence[int]) -> object | None:
    try:
        service = register.retention
    except ImportError:  # the retention part is not in this build yet
        return None
    fn = getattr(service, "erasure_preview", None)
    return fn(list(customer_ids)) if fn is not None else None


def confirm_and_delete(
    parent: QWidget, register: Register, customer_ids: Sequence[int], names: str
) -> bool:
    if not customer_ids:
        return False
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DeleteCustomer", "Delete customer"))
    box.setText(deletion_preview_text(register, customer_ids, names))
    delete = box.addButton(
        QCoreApplication.translate("DeleteCustomer", "Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not delete:
        return False
    for cid in customer_ids:
        try:
            register.delete_customer(cid)
        except NotFoundError:
            continue  # already gone: the goal is reached
    return True
