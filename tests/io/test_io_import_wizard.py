"""The import wizard: mapping step, preview with merge choices, confirm, result."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard

from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.io.preview import MergeChoice, RowStatus
from rekisteri.core.io.records import ImportField
from rekisteri.core.register import Register
from rekisteri.ui.import_models import COL_CHOICE, COL_MAP_FIELD
from rekisteri.ui.import_wizard import PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT, ImportWizard

FIXTURES = Path(__file__).parent / "fixtures"
SHOTS = os.environ.get("REKISTERI_SHOTS")  # set to a folder to keep screenshots


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _wizard(qtbot, register: Register, fixture: str) -> ImportWizard:  # type: ignore[no-untyped-def]
    register.io.suppression = lambda email, phone: email == "helmi.ohman@example.fi"
    wizard = ImportWizard(register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(FIXTURES / fixture))
    return wizard


def _next(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():  # the confirm page's Import is the commit button
        button = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_mapping_step_guesses_and_can_be_corrected(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, register, "excel_fi_cp1252.csv")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_MAPPING
    model = wizard.mapping_page.model
    assert model is not None
    assert model.fields[:3] == [ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL]
    _shot(wizard, "import_mapping")
    # The user says the phone column is not to be imported, through the combo on screen.
    combo = wizard.mapping_page.view.indexWidget(model.index(3, COL_MAP_FIELD))
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(ImportField.IGNORE.value))
    assert model.fields[3] is ImportField.IGNORE
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PREVIEW
    assert wizard.preview is not None
    assert all(r.record.phones == () for r in wizard.preview.rows)


def test_preview_shows_statuses_and_merge_choice(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    existing = register.create_customer(
        CustomerInput(
            name="Lapin Luontomatkat Ky",
            contacts=(
                ContactInput(
                    first_name="Eino",
                    last_name="L.",
                    emails=("eino@lapinluontomatkat.example.fi",),
                ),
            ),
        )
    )
    wizard = _wizard(qtbot, register, "google.csv")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    page = wizard.preview_page
    model = page.model
    assert model is not None
    assert [r.status for r in model.rows] == [
        RowStatus.MATCH,
        RowStatus.SUPPRESSED,
        RowStatus.NEW,
    ]
    assert "0 with errors" in page.summary.text() and "1 on the suppression" in page.summary.text()
    combo = page.view.indexWidget(model.index(0, COL_CHOICE))
    assert isinstance(combo, QComboBox)
    _shot(wizard, "import_preview")
    combo.setCurrentIndex(combo.findData(MergeChoice.UPDATE.value))
    assert model.choices == {0: MergeChoice.UPDATE}
    assert register.counts().contacts == 1  # nothing written yet
    _next(qtbot, wizard)  # confirm page
    assert "1 existing contacts updated" in wizard.confirm_page.text.text()
    _shot(wizard, "import_confirm")
    wizard.confirm_page.status.setCurrentIndex(1)  # the new people are active customers
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import"
    _next(qtbot, wizard)  # Import
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=10_000)
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    _shot(wizard, "import_result")
    assert "1 customers and 1 contacts added" in wizard.result_page.text.text()
    contact = register.get_customer(existing.id).contacts[0]
    assert contact.phones == ("+358507654321", "+35816123456")
    assert register.counts().customers == 2
    statuses = {r.name: r.status for r in register.list_customers().rows}
    assert statuses["Juhani Ranta"] == "active"


def test_bad_file_stays_on_the_first_page(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, register, "wrong_encoding_cp850.csv")
    _next(qtbot, wizard)
    assert wizard.currentId() == 0
    assert "encoding is not recognised" in wizard.file_page.error.text()
    _shot(wizard, "import_error")


def test_vcards_skip_the_mapping_step(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, register, "phone_v21_qp.vcf")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PREVIEW
    assert wizard.preview_page.model.rows[0].record.last_name == "Mäkelä"  # type: ignore[union-attr]


def test_consent_from_the_file_only_when_ticked(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, register, "excel_fi_cp1252.csv")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    consent = wizard.preview_page.consent
    assert consent.isVisible() and not consent.isChecked()
    qtbot.mouseClick(consent, Qt.MouseButton.LeftButton)
    assert wizard.consent_confirmed()
    _next(qtbot, wizard)
    assert "Marketing consent from the file: recorded" in wizard.confirm_page.text.text()
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=10_000)
    assert "1 consents and 1 marketing bans" in wizard.result_page.text.text()


def test_no_consent_box_when_the_file_says_nothing(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, register, "outlook.csv")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert not wizard.preview_page.consent.isVisible()
    assert not wizard.consent_confirmed()
