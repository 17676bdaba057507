"""File → Import…: choose a file, map its columns, look at the preview, confirm, done.

Nothing is written before the confirm page's Import button; the write then runs in a worker
thread (one transaction) while a progress page shows, and the result page says what
happened. The wizard talks to ``register.io`` only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rekisteri.core.enums import CustomerStatus
from rekisteri.core.errors import RekisteriError
from rekisteri.core.io.commit import ImportResult
from rekisteri.core.io.preview import ImportPreview, MergeChoice, RowStatus
from rekisteri.core.io.service import ImportSource
from rekisteri.core.register import Register
from rekisteri.ui.colors import tint
from rekisteri.ui.import_models import (
    COL_CHOICE,
    COL_COMPANY,
    COL_DETAILS,
    COL_EMAIL,
    COL_LINE,
    COL_MAP_FIELD,
    COL_MAP_HEADER,
    COL_MAP_SAMPLE,
    COL_NAME,
    COL_STATUS,
    ChoiceDelegate,
    MappingModel,
    PreviewModel,
)
from rekisteri.ui.table_state import remember_columns

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_CONFIRM, PAGE_PROGRESS, PAGE_RESULT = range(6)
COLUMN_WIDTHS = {
    COL_LINE: 45,
    COL_STATUS: 175,
    COL_NAME: 130,
    COL_COMPANY: 125,
    COL_EMAIL: 170,
    COL_CHOICE: 190,
}
MAX_OPEN_COMBOS = 300


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    tint(label, "error")
    label.hide()
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(
            self.tr(
                "CSV from Outlook, Google Contacts or a spreadsheet, or vCards (.vcf) from a "
                "phone. Nothing is saved until you confirm."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("File name"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr(
                "Contacts (*.csv *.txt *.vcf *.vcard);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard)"
            ),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        try:
            self.wiz.source = self.wiz.register.io.read(Path(self.path_edit.text().strip()))
            if self.wiz.source.kind == "vcard":
                self.wiz.preview = self.wiz.register.io.preview(self.wiz.source)
        except RekisteriError as exc:
            self.error.setText(exc.render())
            self.error.show()
            return False
        self.error.hide()
        return True

    def nextId(self) -> int:
        source = self.wiz.source
        return PAGE_PREVIEW if source is not None and source.kind == "vcard" else PAGE_MAPPING


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.setSubTitle(
            self.tr(
                "The columns were guessed from the file's first row. Correct any guess; "
                "columns marked \u201c(do not import)\u201d are left out."
            )
        )
        self.info = QLabel()
        self.view = QTableView()
        self.view.setItemDelegateForColumn(COL_MAP_FIELD, ChoiceDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        self.model: MappingModel | None = None

    def initializePage(self) -> None:
        source = self.wiz.source
        assert source is not None and source.table is not None
        self.model = MappingModel(source, self)
        self.view.setModel(self.model)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, COL_MAP_FIELD))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MAP_SAMPLE, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.view, "importMapping", COL_MAP_HEADER)
        self.info.setText(
            self.tr("{rows} rows, separated by \u201c{sep}\u201d, encoding {enc}.").format(
                rows=len(source.table.rows), sep=source.table.delimiter, enc=source.encoding
            )
        )
        self.error.hide()

    def validatePage(self) -> bool:
        assert self.model is not None and self.wiz.source is not None
        try:
            self.wiz.preview = self.wiz.register.io.preview(self.wiz.source, self.model.mapping())
        except RekisteriError as exc:
            self.error.setText(exc.render())
            self.error.show()
            return False
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview: nothing has been saved yet"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.all_choice = QComboBox()
        for choice in MergeChoice:
            self.all_choice.addItem(choice.label(), choice.value)
        self.all_choice.activated.connect(self._apply_all)
        choice_row = QHBoxLayout()
        self.all_label = QLabel(self.tr("For every row already in the register:"))
        choice_row.addWidget(self.all_label)
        choice_row.addWidget(self.all_choice)
        choice_row.addStretch(1)
        self.view = QTableView()
        self.view.setItemDelegateForColumn(COL_CHOICE, ChoiceDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.consent = QCheckBox(
            self.tr(
                "Record the marketing consent the file states. Tick only if these people "
                "really gave it; otherwise they are imported without consent."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(choice_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.consent)
        self.model: PreviewModel | None = None

    def initializePage(self) -> None:
        preview = self.wiz.preview
        assert preview is not None
        self.model = PreviewModel(preview, self)
        self.wiz.preview_model = self.model
        self.view.setModel(self.model)
        matches = [r for r in preview.rows if r.status is RowStatus.MATCH]
        if len(matches) <= MAX_OPEN_COMBOS:  # thousands of live combos would crawl
            for row in matches:
                self.view.openPersistentEditor(self.model.index(row.index, COL_CHOICE))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for col, width in COLUMN_WIDTHS.items():
            self.view.setColumnWidth(col, width)
        remember_columns(self.view, "importPreview", COL_NAME)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        counts = preview.counts()
        self.summary.setText(
            self.tr(
                "{new} to add, {match} already in the register, {error} with errors "
                "(not imported), {supp} on the suppression list (not imported)."
            ).format(
                new=counts[RowStatus.NEW],
                match=counts[RowStatus.MATCH],
                error=counts[RowStatus.ERROR],
                supp=counts[RowStatus.SUPPRESSED],
            )
        )
        has_matches = counts[RowStatus.MATCH] > 0
        self.all_label.setVisible(has_matches)
        self.all_choice.setVisible(has_matches)
        self.consent.setVisible(preview.consent_in_file)
        self.consent.setChecked(False)

    def _apply_all(self) -> None:
        if self.model is not None:
            self.model.set_all_choices(MergeChoice(self.all_choice.currentData()))

    def nextId(self) -> int:
        return PAGE_CONFIRM


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Ready to import"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("Prospects (not yet customers)"), CustomerStatus.PROSPECT.value)
        self.status.addItem(self.tr("Active customers"), CustomerStatus.ACTIVE.value)
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Add the new people as:")))
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(status_row)
        layout.addStretch(1)
        self.setCommitPage(True)  # no way back once the import has started
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:
        model = self.wiz.preview_model
        preview = self.wiz.preview
        assert model is not None and preview is not None
        choices = list(model.choices.values())
        left_out = (
            preview.count(RowStatus.ERROR)
            + preview.count(RowStatus.SUPPRESSED)
            + choices.count(MergeChoice.SKIP)
        )
        consent = self.tr("recorded") if self.wiz.consent_confirmed() else self.tr("not recorded")
        self.text.setText(
            self.tr(
                "{new} new contacts will be added, {update} existing contacts updated and "
                "{add} matching rows added as new. {skip} rows are left out.\n\n"
                "Everything is saved in one go; the data source of each record will say "
                "\u201cimport: {file}\u201d. Marketing consent from the file: {consent}."
            ).format(
                new=preview.count(RowStatus.NEW),
                update=choices.count(MergeChoice.UPDATE),
                add=choices.count(MergeChoice.ADD),
                skip=left_out,
                file=preview.file_name,
                consent=consent,
            )
        )


class _ImportWorker(QObject):
    finished = Signal(object)  # ImportResult or a RekisteriError/Exception

    def __init__(
        self,
        register: Register,
        preview: ImportPreview,
        choices: dict[int, MergeChoice],
        consent: bool,
        status: str,
    ) -> None:
        super().__init__()
        self.args = (register, preview, choices, consent, status)

    def run(self) -> None:
        register, preview, choices, consent, status = self.args
        try:
            result: object = register.io.commit(
                preview, choices, confirm_consent=consent, status=status
            )
        except Exception as exc:  # shown on the result page; rolled back by the session
            result = exc
        self.finished.emit(result)


class ProgressPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Importing…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.done = False
        self._thread: QThread | None = None

    def initializePage(self) -> None:
        self.done = False
        model, preview = self.wiz.preview_model, self.wiz.preview
        assert model is not None and preview is not None
        self._thread = QThread(self)
        self.worker = _ImportWorker(
            self.wiz.register,
            preview,
            dict(model.choices),
            self.wiz.consent_confirmed(),
            self.wiz.confirm_page.status.currentData(),
        )
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._finished)
        self._thread.start()

    def _finished(self, result: object) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self.wiz.result_value = result
        self.done = True
        self.completeChanged.emit()
        self.wiz.next()

    def isComplete(self) -> bool:
        return self.done


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import finished"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.wiz.result_value
        if isinstance(result, ImportResult):
            self.setTitle(self.tr("Import finished"))
            self.text.setText(
                self.tr(
                    "{customers} customers and {contacts} contacts added, {updated} contacts "
                    "updated, {skipped} rows left out. {consents} consents and {bans} "
                    "marketing bans recorded from the file."
                ).format(
                    customers=result.customers_added,
                    contacts=result.contacts_added,
                    updated=result.contacts_updated,
                    skipped=result.skipped,
                    consents=result.consents,
                    bans=result.bans,
                )
            )
        else:
            self.setTitle(self.tr("Nothing was imported"))
            reason = (
                result.render() if isinstance(result, RekisteriError) else type(result).__name__
            )
            self.text.setText(
                self.tr("The import failed and nothing was saved: {reason}").format(reason=reason)
            )


class ImportWizard(QWizard):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.source: ImportSource | None = None
        self.preview: ImportPreview | None = None
        self.preview_model: PreviewModel | None = None
        self.result_value: object = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.confirm_page = ConfirmPage(self)
        self.progress_page = ProgressPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in (
            (PAGE_FILE, self.file_page),
            (PAGE_MAPPING, self.mapping_page),
            (PAGE_PREVIEW, self.preview_page),
            (PAGE_CONFIRM, self.confirm_page),
            (PAGE_PROGRESS, self.progress_page),
            (PAGE_RESULT, self.result_page),
        ):
            self.setPage(page_id, page)
        self.resize(1060, 600)

    def consent_confirmed(self) -> bool:
        page = self.preview_page
        return page.consent.isVisibleTo(page) and page.consent.isChecked()


def open_import_wizard(register: Register, parent: QWidget | None = None) -> bool:
    """File → Import…: returns True when something was written (the lists need a refresh)."""
    wizard = ImportWizard(register, parent)
    wizard.exec()
    return isinstance(wizard.result_value, ImportResult)
