"""Settings page: the calendar file that reminds the owner while Rekisteri is closed.

Choosing the file, its language and stopping it take effect at once (like the language
page): each writes or stops the file there and then, so the owner sees at once whether the
chosen folder works. The how-to says how Outlook, Google Calendar and Apple Calendar take
the file in, since a subscribed calendar and an imported one behave differently.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.errors import RekisteriError
from rekisteri.core.register import Register
from rekisteri.ui.file_dialogs import EXPORTS, announce_saved, save_file_name
from rekisteri.ui.settings.language import ENDONYMS

LANGUAGES = ("fi", "sv", "en")


class RemindersPage(QWidget):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        intro = QLabel(
            self.tr(
                "Rekisteri can keep a calendar file (.ics) with the date of the next retention "
                "review and the due date of every open data-subject request, so that your "
                "calendar reminds you a week and a day before, even when Rekisteri is closed. "
                "The file is updated whenever one of these dates changes. It names requests "
                "by their number only, never the person."
            ),
            self,
        )
        intro.setWordWrap(True)

        box = QGroupBox(self.tr("Calendar file"), self)
        self.path_label = QLabel(box)
        self.path_label.setObjectName("calendarPath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.language = QComboBox(box)
        self.language.setObjectName("calendarLanguage")
        for code in LANGUAGES:
            self.language.addItem(ENDONYMS[code], code)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("File:"), self.path_label)
        form.addRow(self.tr("Language of the reminders:"), self.language)

        self.choose_button = QPushButton(self.tr("Choose file…"), box)
        self.choose_button.setToolTip(self.tr("Choose where the calendar file is kept"))
        self.choose_button.clicked.connect(self.choose_file)
        self.write_button = QPushButton(self.tr("Update now"), box)
        self.write_button.setToolTip(self.tr("Write the calendar file again now"))
        self.write_button.clicked.connect(self.write_now)
        self.stop_button = QPushButton(self.tr("Stop updating"), box)
        self.stop_button.setToolTip(
            self.tr("Stop keeping the calendar file (the file already written stays)")
        )
        self.stop_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        for button in (self.choose_button, self.write_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(box)
        self.status.setObjectName("calendarStatus")
        self.status.setWordWrap(True)
        col = QVBoxLayout(box)
        col.addLayout(form)
        col.addLayout(buttons)
        col.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(self._how_to())
        layout.addStretch(1)
        self.refresh()
        self.language.currentIndexChanged.connect(self._language_changed)

    def title(self) -> str:
        return self.tr("Calendar")

    def _how_to(self) -> QGroupBox:
        box = QGroupBox(self.tr("Adding the reminders to your calendar"), self)
        parts = [
            self.tr(
                "<b>Import</b> the file when it lives only on this computer: your calendar then "
                "holds the dates of that day. Import it again after changes; the events are "
                "updated, not doubled."
            ),
            self.tr(
                "<b>Subscribe</b> when the file is in a folder that OneDrive, Dropbox, iCloud "
                "Drive or Google Drive keeps in sync: share the file and give your calendar the "
                "link that downloads the file itself. The calendar then follows every change "
                "on its own, within some hours."
            ),
            self.tr(
                "<b>Outlook:</b> File › Open &amp; Export › Import/Export › Import an iCalendar "
                "(.ics) or vCalendar file. In Outlook on the web and the new Outlook: Add "
                "calendar › Upload from file, or Subscribe from web for a link."
            ),
            self.tr(
                "<b>Google Calendar</b> (calendar.google.com): Settings › Import &amp; export › "
                "Import, or Other calendars › + › From URL for a link. Google does not use the "
                "file's alarms for a subscribed calendar: set that calendar's notifications in "
                "Google Calendar."
            ),
            self.tr(
                "<b>Apple Calendar:</b> File › Import…, or File › New Calendar Subscription… "
                "for a link."
            ),
        ]
        text = QLabel("".join(f"<p>{part}</p>" for part in parts), box)
        text.setObjectName("calendarHowTo")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        QVBoxLayout(box).addWidget(text)
        return box

    # --- state --------------------------------------------------------------------------

    def refresh(self) -> None:
        settings = self.register.reminders.settings()
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.blockSignals(False)
        kept = settings.path is not None
        self.path_label.setText(
            str(settings.path) if kept else self.tr("No calendar file is kept.")
        )
        self.write_button.setEnabled(kept)
        self.stop_button.setEnabled(kept)
        if not kept:
            self.status.setText(self.tr("Choose a file to start the reminders."))
        elif self.register.reminders.last_failure:
            self.status.setText(
                self.tr(
                    "The last update of the calendar file failed. Check that its folder is "
                    "still there, then press Update now."
                )
            )
        else:
            self.status.setText(self.tr("The file is updated whenever a date in it changes."))

    def _chosen_language(self) -> str:
        return str(self.language.currentData())

    # --- actions ------------------------------------------------------------------------

    def choose_file(self) -> None:
        current = self.register.reminders.settings().path
        suggested = current.name if current else self.tr("rekisteri-reminders") + ".ics"
        path, _ = save_file_name(
            self,
            EXPORTS,
            self.tr("Keep the calendar file in"),
            suggested,
            self.tr("iCalendar files (*.ics)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        if self._run(lambda: self.register.reminders.set_file(target, self._chosen_language())):
            self.refresh()
            self._written(target)

    def write_now(self) -> None:
        path = self.register.reminders.settings().path
        if path is None:
            return
        if self._run(lambda: self.register.reminders.export(path)):
            self.register.reminders.last_failure = ""
            self._written(path)
            self.refresh()

    def stop(self) -> None:
        self._run(lambda: self.register.reminders.set_file(None))
        self.refresh()

    def _language_changed(self) -> None:
        self._run(lambda: self.register.reminders.set_language(self._chosen_language()))
        self.refresh()

    def _written(self, path: Path) -> None:
        count = len(self.register.reminders.reminders(self._chosen_language()))
        self.status.setText(
            self.tr("Reminders written to the calendar file: {count}.").format(count=count)
        )
        announce_saved(self, path)

    def _run(self, action: Callable[[], object]) -> bool:
        """Run ``action``; a file that cannot be written says so in words, not a traceback."""
        try:
            action()
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Calendar file"),
                self.tr(
                    "The calendar file could not be written there ({kind}). Choose a folder "
                    "you can save files in."
                ).format(kind=type(exc).__name__),
            )
            self.refresh()
            return False
        except RekisteriError as exc:
            QMessageBox.warning(self, self.tr("Calendar file"), exc.render())
            self.refresh()
            return False
        return True
