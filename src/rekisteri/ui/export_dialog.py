"""File → Export mailing list…: channel, format and file, with who is left out shown first.

The summary (how many may be sent to, how many are left out and why) is on screen before
anything is saved, so the owner sees the bans and restrictions at work. The left-out people
themselves can be saved to a separate file, to fix their records, never to mail them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.errors import CancelledError, RekisteriError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.marketing import (
    ROBINSON_REMINDER,
    MailingScope,
    MarketingChannel,
    MarketingPurpose,
    Reason,
)
from rekisteri.core.register import Register
from rekisteri.ui.accessible import label_form
from rekisteri.ui.background import run_in_background
from rekisteri.ui.colors import tint
from rekisteri.ui.file_dialogs import EXPORTS, announce_saved, remember_folder, save_file_name
from rekisteri.ui.list_model import ListModel
from rekisteri.ui.table_state import remember_columns

COL_REASON, COL_COUNT = range(2)
HEADERS = (
    QT_TRANSLATE_NOOP("LeftOutModel", "Why left out"),
    QT_TRANSLATE_NOOP("LeftOutModel", "People"),
)
FORMAT_CSV, FORMAT_EXCEL = "csv", "excel"


class LeftOutModel(ListModel):
    """Counts of the people an export leaves out, one row per reason."""

    CONTEXT = "LeftOutModel"
    HEADERS = HEADERS

    def set_counts(self, counts: Mapping[Reason, int]) -> None:
        self.set_items(list(counts.items()))

    def text(self, item: tuple[Reason, int], column: int) -> str:
        reason, count = item
        return reason.message().render() if column == COL_REASON else str(count)

    def tooltip(self, item: tuple[Reason, int], column: int) -> str | None:
        return None

    def role_data(self, item: tuple[Reason, int], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ExportDialog(QDialog):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Export mailing list"))
        self._build_mailing_choice()
        self.format = QComboBox()
        self.format.addItem(self.tr("CSV for newsletter services (UTF-8, commas)"), FORMAT_CSV)
        self.format.addItem(self.tr("CSV for Excel (semicolons)"), FORMAT_EXCEL)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Where to save the list"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Mailing:"), self.purpose)
        form.addRow("", self.own_products)
        form.addRow("", self.about_role)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("File:"), file_row)
        label_form(form)

        self.included = QLabel()
        self.included.setWordWrap(True)
        self.model = LeftOutModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COUNT, QHeaderView.ResizeMode.ResizeToContents)
        remember_columns(self.view, "mailingLeftOut", COL_REASON)
        self.left_out_file = QCheckBox(
            self.tr("Also save who was left out and why (to fix records, never to mail them)")
        )
        self.error = QLabel()
        tint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.robinson)
        layout.addWidget(self.included)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.left_out_file)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.purpose.currentIndexChanged.connect(self.refresh)
        self.own_products.toggled.connect(self.refresh)
        self.about_role.toggled.connect(self.refresh)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.resize(640, 440)
        self.refresh()

    def _build_mailing_choice(self) -> None:
        """What the mailing is: its purpose and the two facts the law turns on."""
        self.purpose = QComboBox()
        for purpose in MarketingPurpose:
            self.purpose.addItem(purpose.label(), purpose.value)
        self.own_products = QCheckBox(
            self.tr("It markets my own products or services, like those the customer bought")
        )
        self.own_products.setChecked(False)  # widens the list: the user says so
        self.own_products.setToolTip(
            self.tr(
                "A customer who gave the address in a purchase and may refuse at any time "
                "can be sent such marketing without consent (917/2014 § 200(2)); anything "
                "else needs consent. Every message must tell how to refuse."
            )
        )
        self.about_role = QCheckBox(self.tr("It concerns the recipients' work"))
        self.about_role.setChecked(False)
        self.about_role.setToolTip(
            self.tr(
                "Contact persons of companies and organisations may be sent marketing that "
                "concerns their work unless they refuse (917/2014 § 201). Sole traders are "
                "private persons in this respect."
            )
        )
        self.robinson = QLabel(ROBINSON_REMINDER.render())
        self.robinson.setWordWrap(True)
        self.robinson.hide()

    def current_scope(self) -> MailingScope:
        return MailingScope(
            MarketingPurpose(self.purpose.currentData()),
            own_products=self.own_products.isChecked(),
            about_role=self.about_role.isChecked(),
        )

    def current_channel(self) -> MarketingChannel:
        return self.current_scope().channel

    def refresh(self) -> None:
        scope = self.current_scope()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = self.register.io.mailing_summary(scope)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model.set_counts(summary.excluded)
        self.robinson.setVisible(summary.needs_robinson_check)
        # Phone and post are opt-out for everyone: the two questions change nothing there.
        for question in (self.own_products, self.about_role):
            question.setEnabled(scope.channel.electronic)
        self.included.setText(
            self.tr(
                "{included} people may receive this mailing ({purpose}). {excluded} are left out:"
            ).format(
                included=summary.included,
                purpose=scope.purpose.label(),
                excluded=summary.excluded_total,
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.path_edit.text().strip()))

    def browse(self) -> None:
        day = self.register.clock.today().isoformat()
        path, _ = save_file_name(
            self,
            EXPORTS,
            self.tr("Save the mailing list"),
            self.tr("mailing-list-{date}.csv").format(date=day),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            if not path.lower().endswith(".csv"):
                path += ".csv"
            self.path_edit.setText(path)

    def save(self) -> None:
        path = Path(self.path_edit.text().strip())
        excel = self.format.currentData() == FORMAT_EXCEL
        channel = self.current_scope()
        try:
            stop = threading.Event()  # Cancel is safe until the file is written
            result = run_in_background(
                self,
                self.tr("Saving the mailing list…"),
                lambda _progress: self.register.io.export_mailing(
                    channel, path, excel=excel, cancelled=stop.is_set
                ),
                cancel=stop,
            )
            message = self.tr("{rows} people were saved to {file}.").format(
                rows=result.rows, file=path.name
            )
            if self.left_out_file.isChecked():
                extra = path.with_name(f"{path.stem}-left-out{path.suffix or '.csv'}")
                self.register.io.export_excluded(channel, extra, excel=excel)
                message += " " + self.tr("Those left out are listed in {file}.").format(
                    file=extra.name
                )
        except CancelledError as exc:
            self.error.setText(exc.render())
            self.error.show()
            return
        except (RekisteriError, OSError) as exc:
            text = exc.render() if isinstance(exc, RekisteriError) else exc.strerror or ""
            self.error.setText(self.tr("The list was not saved: {reason}").format(reason=text))
            self.error.show()
            return
        remember_folder(EXPORTS, path)
        announce_saved(self.parentWidget(), path)
        QMessageBox.information(self, self.tr("Mailing list saved"), message)
        self.accept()


def open_export_dialog(register: Register, parent: QWidget | None = None) -> bool:
    """File → Export mailing list…: returns True when a list was saved."""
    return ExportDialog(register, parent).exec() == QDialog.DialogCode.Accepted


def open_register_export(register: Register, parent: QWidget | None = None) -> bool:
    """File → Export the whole register…: JSON, or a zip of one CSV per table."""
    day = register.clock.today().isoformat()
    path, chosen = save_file_name(
        parent,
        EXPORTS,
        QCoreApplication.translate("RegisterExport", "Export the whole register"),
        QCoreApplication.translate("RegisterExport", "register-{date}.json").format(date=day),
        QCoreApplication.translate("RegisterExport", "JSON (*.json);;Zip of CSV tables (*.zip)"),
    )
    if not path:
        return False
    if not path.lower().endswith((".json", ".zip")):
        path += ".zip" if "zip" in chosen.lower() else ".json"
    try:
        result = register.io.export_register(Path(path))
    except (RekisteriError, OSError) as exc:
        text = exc.render() if isinstance(exc, RekisteriError) else exc.strerror or ""
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RegisterExport", "Export failed"),
            QCoreApplication.translate(
                "RegisterExport", "The register was not exported: {reason}"
            ).format(reason=text),
        )
        return False
    announce_saved(parent, path)
    rows = result.rows  # a plain name: lupdate drops a tr() whose count is an attribute
    done = ExportDialog.tr(
        "%n row(s) were saved to {file}. Identity codes were left out. Keep the file "  # type: ignore[arg-type]  # a class's tr(): lupdate files the plural
        "safe: it holds every person in the register.",
        "",
        rows,  # type: ignore[arg-type]  # a class's tr(): lupdate files the plural
    )
    QMessageBox.information(
        parent,
        QCoreApplication.translate("RegisterExport", "Register exported"),
        done.format(file=Path(path).name),
    )
    return True
