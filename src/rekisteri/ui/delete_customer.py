"""Deleting customers: confirmation that says what goes and what must stay, then the one
facade entry point (which the retention part routes through its erasure path)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rekisteri.core.register import Register
from rekisteri.ui.formats import format_date


def deletion_preview_text(register: Register, customer_ids: Sequence[int], names: str) -> str:
    """The confirmation text: what will be deleted and, when a legal duty keeps something,
    what is kept and why.

    This is the single place that text is built; the retention service's erasure preview
    names what a legal hold keeps and until when.
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
    kept = register.retention.erasure_preview(list(customer_ids)).kept
    if kept:
        lines += [
            "",
            QCoreApplication.translate("DeleteCustomer", "Kept, because the law requires it:"),
        ]
        for line in kept:
            reason = line.kept.render() if line.kept is not None else ""
            text = f"• {line.name}: {reason}"
            if line.kept_until is not None:
                text += " " + QCoreApplication.translate("DeleteCustomer", "(until {date})").format(
                    date=format_date(line.kept_until)
                )
            lines.append(text)
    return "\n".join(lines)


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
    register.delete_customers(customer_ids)  # one transaction; already gone is fine
    return True
