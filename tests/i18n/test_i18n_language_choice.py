"""Which language the UI starts in, and the settings page that changes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from rekisteri.core import i18n
from rekisteri.core.enums import Channel
from rekisteri.core.errors import NewerDatabaseError, NotFoundError
from rekisteri.ui import translations
from rekisteri.ui.settings.language import LanguagePage


def test_system_locale_decides_when_nothing_is_chosen() -> None:
    assert translations.system_language(QLocale("fi_FI")) == "fi"
    assert translations.system_language(QLocale("sv_SE")) == "sv"
    assert translations.system_language(QLocale("sv_FI")) == "sv"
    assert translations.system_language(QLocale("de_DE")) == "en"
    assert translations.system_language(QLocale("en_US")) == "en"


def test_choice_is_stored_and_overrides_the_system() -> None:
    assert translations.chosen_language() == "system"
    translations.save_language_choice("sv")
    assert translations.chosen_language() == "sv"
    assert translations.effective_language() == "sv"
    translations.save_language_choice("system")
    assert translations.effective_language() == translations.system_language()


def test_garbage_in_the_settings_file_means_system() -> None:
    settings = translations.ui_settings()
    settings.setValue(translations.SETTING_KEY, "klingon")
    settings.sync()
    assert translations.chosen_language() == "system"


def test_finnish_reaches_qt_the_core_and_the_locale(ui_language) -> None:
    assert ui_language("fi") == "fi"
    assert QCoreApplication.translate("Enums", "Banned") == "Kielletty"
    assert Channel.EMAIL_MARKETING.label() == "Sähköpostimarkkinointi"
    assert "Päivitä Rekisteri" in NewerDatabaseError("0009").render()
    assert "asiakasta ei enää ole" in NotFoundError("customer", 5).render()
    assert i18n.current_language() == "fi"
    assert QLocale().toString(QDate(2024, 2, 3), QLocale.FormatType.ShortFormat) == "3.2.2024"
    # Qt's own catalogue: the standard buttons of every dialog.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peruuta"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Discard)
    assert box.button(QDialogButtonBox.StandardButton.Discard).text() == "Hylkää"


def test_swedish_then_back_to_english(ui_language) -> None:
    ui_language("sv")
    assert Channel.ALL_MARKETING.label() == "All marknadsföring"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Spara"
    ui_language("en")
    assert Channel.ALL_MARKETING.label() == "All marketing"
    assert QLocale().toCurrencyString(1234.5) == "€1,234.50"


def test_settings_page_saves_the_choice_and_says_it_needs_a_restart(qtbot, register) -> None:
    page = LanguagePage(register)
    qtbot.addWidget(page)
    page.show()
    assert page.title() == "Language"
    assert page.combo.currentData() == "system"
    assert "restarts" in page.note.text()
    page.combo.setCurrentIndex(page.combo.findData("fi"))
    assert translations.chosen_language() == "fi"
    assert page.sample.text().startswith("3.2.2024")
    if translations.system_language() != "fi":
        assert "Restart Rekisteri" in page.note.text()
    page.combo.setCurrentIndex(page.combo.findData("en"))
    assert "3 Feb 2024" in page.sample.text()
    page.refresh()
    assert page.combo.currentData() == "en"


def test_counts_translate_whether_lupdate_saw_a_plural_or_not(ui_language) -> None:
    """Plural messages pick their form; singular-filed ones (translate() with a count) still
    translate for every count, with the count filled in."""
    ui_language("fi")
    tr = QCoreApplication.translate
    assert tr("CompareDialog", "%n section(s) differ.", "", 1) == "1 osio eroaa."
    assert tr("CompareDialog", "%n section(s) differ.", "", 3) == "3 osiota eroaa."
    assert tr("RequestTableModel", "Overdue by %n day(s)", "", 1) == "1 päivä myöhässä"
    assert tr("RequestTableModel", "Overdue by %n day(s)", "", 5) == "5 päivää myöhässä"
    for n in (0, 1, 5):
        assert tr("RequestsBanner", "%n overdue", "", n) == f"myöhässä {n}"


def test_changing_the_language_offers_restart_now(qtbot, show_window, register) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from rekisteri.ui import restart
    from rekisteri.ui.mainwindow import MainWindow

    window = MainWindow(register)
    qtbot.addWidget(window)
    show_window(window)
    window.show_pane("settings")
    page = next(p for p in window.panes["settings"].pages if isinstance(p, LanguagePage))  # type: ignore[attr-defined]
    running = translations.effective_language()
    assert not page.restart_button.isVisibleTo(page)  # nothing to restart for
    other = next(c for c in translations.LANGUAGES if c != running)
    page.combo.setCurrentIndex(page.combo.findData(other))
    assert translations.chosen_language() == other
    assert page.restart_button.isVisibleTo(page)
    try:
        qtbot.mouseClick(page.restart_button, Qt.MouseButton.LeftButton)
        assert not window.isVisible()  # closed: the app starts again once it has shut down
        assert restart.restart_requested()
    finally:
        QCoreApplication.instance().setProperty("rekisteri_restart", False)  # type: ignore[union-attr]
    _program, args = restart.relaunch_command(["/x/rekisteri/__main__.py", "--db", "r.sqlite"])
    assert args == ["-m", "rekisteri", "--db", "r.sqlite"]


def test_restart_is_not_requested_when_the_window_stays_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QWidget

    from rekisteri.ui import restart

    class Stubborn(QWidget):
        def closeEvent(self, event: QCloseEvent) -> None:
            event.ignore()  # as when the owner cancels "Save your changes?"

    w = Stubborn()
    qtbot.addWidget(w)
    w.show()
    assert not restart.request_restart(w)
    assert not restart.restart_requested() and w.isVisible()
