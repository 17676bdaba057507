"""The UI language: chosen once at start-up, from the user's setting or the system locale.

Qt cannot switch every open widget's texts on the fly without each widget re-translating
itself, so the language is read at start-up and a change in Settings applies on restart.
The choice is kept with the other window preferences (``rekisteri.ui.preferences``), under
the QSettings key ``ui/language``: "system", "fi", "sv" or "en".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from rekisteri.core import i18n
from rekisteri.core.catalog import CATALOG_PREFIX, translations_dirs
from rekisteri.ui.preferences import preferences

SETTING_KEY = "ui/language"
SYSTEM = "system"
LANGUAGES = ("fi", "sv", "en")
CHOICES = (SYSTEM, *LANGUAGES)

# Finnish and Swedish as written in Finland. English gets Ireland's conventions: the euro
# area's English, so Qt's own widgets (date edits, spin boxes) write "€1,234.50" and put the
# day first, like the rest of the program, rather than en_US month-first dates.
_QT_LOCALES = {
    "fi": (QLocale.Language.Finnish, QLocale.Country.Finland),
    "sv": (QLocale.Language.Swedish, QLocale.Country.Finland),
    "en": (QLocale.Language.English, QLocale.Country.Ireland),
}

# Qt's own Finnish catalogue says "Peru" for Cancel (our texts say "Peruuta") and leaves
# "Don't Save" in English. Our catalogue carries these standard-button texts too and is
# installed after qtbase, so Qt looks in it first.
STANDARD_BUTTON_TEXTS = (
    i18n.QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    i18n.QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    i18n.QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
    i18n.QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)

# Translators must outlive this module's functions: Qt does not own them.
_installed: list[QTranslator] = []


class CatalogTranslator(QTranslator):
    """Our compiled catalogue, tolerant of counts on texts lupdate filed as singular.

    pyside6-lupdate never marks ``QCoreApplication.translate(context, text, "", n)`` as a
    plural message, and Qt then finds the translation only for n == 1 (the first plural
    form of Finnish and Swedish). Such texts are translated in a form that reads right for
    every count, so a miss with a count is retried without one; Qt fills in ``%n`` itself.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and n >= 0:
            found = super().translate(context, source, disambiguation, -1)
        # None reaches Qt as a null string, which lets it ask the next translator (qtbase);
        # an empty string would end the search with an empty text.
        return found or None


def ui_settings() -> QSettings:
    return preferences()


def chosen_language() -> str:
    """The stored choice; "system" when none (or an unknown value) is stored."""
    value = str(ui_settings().value(SETTING_KEY, SYSTEM) or SYSTEM)
    return value if value in CHOICES else SYSTEM


def save_language_choice(choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError("unknown language choice")
    settings = ui_settings()
    settings.setValue(SETTING_KEY, choice)
    settings.sync()


def system_language(locale: QLocale | None = None) -> str:
    """Finnish or Swedish when the system says so, otherwise English."""
    language = (locale or QLocale.system()).language()
    if language == QLocale.Language.Finnish:
        return "fi"
    if language == QLocale.Language.Swedish:
        return "sv"
    return "en"


def effective_language(choice: str | None = None) -> str:
    choice = chosen_language() if choice is None else choice
    return choice if choice in LANGUAGES else system_language()


def qm_dirs() -> tuple[Path, ...]:
    """Where our compiled catalogues are looked for (installed package first)."""
    return translations_dirs()


def _load(translator: QTranslator, filename: str, folders: tuple[str, ...]) -> bool:
    return any(translator.load(filename, folder) for folder in folders)


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Install the UI language on ``app`` and return it ("fi", "sv" or "en").

    ``language`` overrides the stored choice (tests, ``--lang``). Loads our catalogue and
    Qt's own ``qtbase`` one (the standard dialog buttons: OK, Cancel, Yes, No), sets the
    default QLocale so Qt's date and number widgets agree, and hands Qt's translator to the
    Qt-free core so enum labels and validation messages come out in the same language.
    """
    lang = effective_language(language)
    uninstall_translations(app)
    if lang != i18n.SOURCE_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{lang}.qm", qt_dir):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    # English too: its catalogue holds only the plural forms ("1 customer", "2 customers");
    # every other English text is the source text itself.
    ours = CatalogTranslator(app)
    if _load(ours, f"{CATALOG_PREFIX}{lang}.qm", tuple(str(p) for p in qm_dirs())):
        app.installTranslator(ours)
        _installed.append(ours)
    QLocale.setDefault(QLocale(*_QT_LOCALES[lang]))
    i18n.set_language(lang)
    i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    return lang


def uninstall_translations(app: QCoreApplication) -> None:
    """Back to the English source texts (tests switch languages within one process)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    i18n.set_translator(None)
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    QLocale.setDefault(QLocale.system())
