"""The record of processing activities (GDPR Art. 30): preview, the owner's own activities,
published versions, and PDF/HTML output.

The record is written from the same settings as the privacy notice (the register's part is
never typed here); the owner adds what else the business processes. Edits are saved shortly
after typing stops, and the preview shows the record as it would be published.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.errors import RekisteriError, ValidationError
from rekisteri.core.formats import format_date
from rekisteri.core.notice.document import LANGUAGES
from rekisteri.core.record.document import RecordDocument
from rekisteri.core.record.render_html import record_body_html
from rekisteri.core.record.service import record_file_name
from rekisteri.core.register import Register
from rekisteri.ui.file_dialogs import PDFS, announce_saved, save_file_name
from rekisteri.ui.icons import icon
from rekisteri.ui.record_activities import ActivitiesEditor

SAVE_DELAY_MS = 700


class RecordPane(QWidget):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self._loading = False
        self._dirty = False  # the editor holds edits not yet stored
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)

        self.language_combo = QComboBox()
        for code, name in (
            ("fi", self.tr("Finnish")),
            ("sv", self.tr("Swedish")),
            ("en", self.tr("English")),
        ):
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.version_combo = QComboBox()
        self.version_combo.setToolTip(
            self.tr("Show the record as it is now, or a published version")
        )
        self.version_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.pdf_button = QPushButton(icon("document"), self.tr("Save &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.html_button = QPushButton(self.tr("Save H&TML…"))
        self.html_button.clicked.connect(lambda: self.export("html"))
        self.publish_button = QPushButton(icon("publish"), self.tr("&Publish"))
        self.publish_button.setToolTip(self.tr("Keep today's record as a new dated version"))
        self.publish_button.clicked.connect(self.publish)

        toolbar = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        toolbar.addWidget(language_label)
        toolbar.addWidget(self.language_combo)
        toolbar.addSpacing(12)
        version_label = QLabel(self.tr("&Version:"))
        version_label.setBuddy(self.version_combo)
        toolbar.addWidget(version_label)
        toolbar.addWidget(self.version_combo)
        toolbar.addStretch()
        toolbar.addWidget(self.pdf_button)
        toolbar.addWidget(self.html_button)
        toolbar.addSpacing(6)
        toolbar.addWidget(self.publish_button)

        self.editor = ActivitiesEditor()
        self.editor.changed.connect(self._edited)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("The record as it will print"))
        self.preview.setOpenExternalLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.editor)
        split.addWidget(self.preview)
        split.setSizes([460, 560])
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status_label)
        self.refresh()

    # --- loading and showing --------------------------------------------------------------

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData() or "fi")

    def refresh(self) -> None:
        """Reload the owner's activities and the versions (settings may have changed)."""
        self.save()
        self._loading = True
        try:
            if not self.language_combo.currentData():
                self.language_combo.setCurrentIndex(0)
            language = self.register.notice.language()
            if self.language_combo.currentData() != language and not self.isVisible():
                self.language_combo.setCurrentIndex(LANGUAGES.index(language))
            self.editor.set_data(
                self.register.record.activities(), self.register.record.own_security()
            )
        finally:
            self._loading = False
        self._fill_versions()

    def _fill_versions(self, select_id: int | None = None) -> None:
        self._loading = True
        try:
            self.version_combo.clear()
            self.version_combo.addItem(self.tr("Current record"), None)
            for v in self.register.record.versions(self.language):
                text = self.tr("Version {n}, {date}").format(
                    n=v.number, date=format_date(v.published_on)
                )
                self.version_combo.addItem(text, v.id)
            index = self.version_combo.findData(select_id) if select_id else 0
            self.version_combo.setCurrentIndex(max(0, index))
        finally:
            self._loading = False
        self._show()

    def version_id(self) -> int | None:
        data = self.version_combo.currentData()
        return int(data) if data is not None else None

    def current_document(self) -> RecordDocument:
        version_id = self.version_id()
        if version_id is not None:
            return self.register.record.get_version(version_id)[1]
        return self.register.record.build(
            self.language, self.editor.activities, self.editor.security()
        )

    def _show(self) -> None:
        if self._loading:
            return
        editing = self.version_id() is None
        self.editor.setEnabled(editing)
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(record_body_html(self.current_document()))
        self.preview.verticalScrollBar().setValue(scroll)
        latest = self.register.record.latest_version(self.language)
        if not editing:
            self.status_label.setText(self.tr("A published version: it cannot be changed."))
        elif latest is None:
            self.status_label.setText(self.tr("Not published yet."))
        else:
            self.status_label.setText(
                self.tr("Latest published version: {n}, {date}.").format(
                    n=latest.number, date=format_date(latest.published_on)
                )
            )

    # --- editing --------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._show()
        self._save_timer.start()

    def save(self) -> bool:
        """Store the owner's activities; a text over its limit is named, nothing is lost."""
        self._save_timer.stop()
        if not self._dirty:
            return True
        try:
            self.register.record.save_activities(self.editor.activities, self.editor.security())
        except ValidationError as exc:
            first = next(iter(exc.errors.values()))
            self.status_label.setText(self.tr("Not saved: {reason}").format(reason=first.render()))
            return False
        self._dirty = False
        return True

    def _language_changed(self, _index: int) -> None:
        if not self._loading:
            self._fill_versions()

    # --- publishing and output ---------------------------------------------------------------

    def publish(self) -> None:
        if not self.save():
            return
        latest = self.register.record.latest_version(self.language)
        answer = QMessageBox.question(
            self,
            self.tr("Publish"),
            self.tr(
                "Keep today's record as version {n}? Published versions stay in the history, "
                "so you can show what the record said on a given day."
            ).format(n=(latest.number + 1) if latest else 1),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            version = self.register.record.publish(self.language)
        except RekisteriError as exc:
            QMessageBox.warning(self, self.tr("Publish"), exc.render())
            return
        self._fill_versions()
        self.status_label.setText(
            self.tr("Published version {n} on {date}.").format(
                n=version.number, date=format_date(version.published_on)
            )
        )

    def export(self, kind: str) -> None:
        if not self.save():
            return
        name = {"pdf": self.tr("PDF (*.pdf)"), "html": self.tr("Web page (*.html)")}[kind]
        path, _ = save_file_name(
            self, PDFS, self.tr("Save the record"), record_file_name(self.language, kind), name
        )
        if path:
            self.register.record.export(Path(path), kind, self.language, self.version_id())
            self.status_label.setText(self.tr("Saved {path}.").format(path=path))
            announce_saved(self, path)

    def hideEvent(self, event) -> None:
        self.save()
        super().hideEvent(event)
