"""The user guide: chapters shipped with the app in each UI language, read in a window.

The guide is Markdown in ``resources/guide/LANG/`` (a folder per language, the same file
names in each), so it works offline, is in the bundle, and a translator edits plain text.
F1 opens the chapter of the pane in view; links between chapters stay inside the window, a
screenshot opens at full size, and a web link goes to the browser.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rekisteri.appinfo import data_root
from rekisteri.core.i18n import current_language
from rekisteri.ui.icons import icon

# The chapters in reading order; every language has a file of each name.
CHAPTERS: tuple[str, ...] = (
    "index",
    "start",
    "customers",
    "marketing",
    "review",
    "requests",
    "breaches",
    "notice",
    "record",
    "security",
    "shared",
    "settings",
)
# The chapter F1 opens for each pane of the main window.
PANE_CHAPTERS: dict[str, str] = {
    "register": "customers",
    "notice": "notice",
    "review": "review",
    "requests": "requests",
    "breaches": "breaches",
    "record": "record",
    "settings": "settings",
}
GUIDE_LANGUAGES = ("fi", "sv", "en")
# A screenshot wider than this is shown scaled down; a click shows it whole.
MAX_IMAGE_WIDTH = 720


def guide_root() -> Path:
    return data_root("resources") / "guide"


def guide_dir(language: str | None = None) -> Path:
    """The folder of ``language``'s guide; English when the language has none."""
    lang = language or current_language()
    folder = guide_root() / lang
    return folder if folder.is_dir() else guide_root() / "en"


@dataclass(frozen=True)
class Chapter:
    stem: str
    title: str
    path: Path


def chapters(language: str | None = None) -> list[Chapter]:
    """The chapters with their titles (the first ``# `` line of each file)."""
    folder = guide_dir(language)
    found: list[Chapter] = []
    for stem in CHAPTERS:
        path = folder / f"{stem}.md"
        if path.is_file():
            found.append(Chapter(stem, _title(path), path))
    return found


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


class GuideBrowser(QTextBrowser):
    """Scales wide screenshots to the reading width; the file keeps its full size."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if isinstance(name, str):
            name = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value and name.isLocalFile():
            image = QImage(name.toLocalFile())
            if not image.isNull():
                if image.width() > MAX_IMAGE_WIDTH:
                    ratio = self.devicePixelRatioF()
                    image = image.scaledToWidth(
                        int(MAX_IMAGE_WIDTH * ratio), Qt.TransformationMode.SmoothTransformation
                    )
                    image.setDevicePixelRatio(ratio)
                return image
        return super().loadResource(kind, name)


def fit_screen(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, but never larger than nine tenths of the screen the widget is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size() * 0.9
    return wanted.boundedTo(room)


class ImageViewer(QDialog):
    """A screenshot at its real size, scrollable; Esc closes it."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Guide", "Screenshot"))
        label = QLabel()
        label.setPixmap(QPixmap(str(path)))
        area = QScrollArea()
        area.setWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        self.resize(fit_screen(self, label.sizeHint() + QSize(24, 24)))


class GuideWindow(QWidget):
    """Contents on the left, the chapter on the right, back/forward and find above it."""

    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.setWindowTitle(QCoreApplication.translate("Guide", "Rekisteri user guide"))
        self.language = language or current_language()
        self.folder = guide_dir(self.language)

        self.contents = QListWidget()
        self.contents.setAccessibleName(QCoreApplication.translate("Guide", "Chapters"))
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for chapter in chapters(self.language):
            item = QListWidgetItem(chapter.title)
            item.setData(Qt.ItemDataRole.UserRole, chapter.stem)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._chapter_chosen)

        self.browser = GuideBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setSearchPaths([str(self.folder)])
        self.browser.setAccessibleName(QCoreApplication.translate("Guide", "Chapter text"))
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._source_changed)

        self.back_button = self._tool("undo", QCoreApplication.translate("Guide", "Back"))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = self._tool("redo", QCoreApplication.translate("Guide", "Forward"))
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(QCoreApplication.translate("Guide", "Find in chapter"))
        self.find_edit.setAccessibleName(QCoreApplication.translate("Guide", "Find in chapter"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_status = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addStretch(1)
        bar.addWidget(self.find_status)
        bar.addWidget(self.find_edit)

        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([270, 790])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.find_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        QShortcut(QKeySequence.StandardKey.Forward, self, self.browser.forward)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(fit_screen(self, QSize(1100, 780)))
        self.open_chapter("index")

    def _tool(self, icon_name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        return button

    @property
    def chapter(self) -> str:
        """The stem of the chapter on view ("" before one is shown)."""
        return Path(self.browser.source().path()).stem

    def open_chapter(self, stem: str) -> None:
        path = self.folder / f"{stem}.md"
        if not path.is_file():
            path = self.folder / "index.md"
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )

    def follow(self, url: QUrl) -> None:
        """Chapters open here, screenshots in a viewer, anything on the web in the browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = url if url.isLocalFile() else self.browser.source().resolved(url)
        path = Path(target.toLocalFile())
        if path.suffix.lower() == ".png" and path.is_file():
            ImageViewer(path, self).exec()
        elif path.suffix.lower() == ".md" and path.is_file():
            self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
        elif target.hasFragment():
            self.browser.scrollToAnchor(target.fragment())

    def _source_changed(self, url: QUrl) -> None:
        # The signal's URL, not source(): the browser reports the new source after it.
        stem = Path(url.path()).stem
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == stem:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                break
        self.find_status.clear()

    def _chapter_chosen(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is not None:
            self.open_chapter(str(item.data(Qt.ItemDataRole.UserRole)))

    def find_next(self) -> None:
        """Finds onward from the cursor and wraps once to the top, as an editor does."""
        text = self.find_edit.text()
        if not text:
            return
        if self.browser.find(text):
            self.find_status.clear()
            return
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.browser.find(text):
            self.find_status.clear()
        else:
            self.find_status.setText(QCoreApplication.translate("Guide", "Not found"))


def show_guide(parent: QWidget, chapter: str = "index") -> GuideWindow:
    """The one guide window of ``parent`` (made on first use), raised at ``chapter``."""
    window = parent.findChild(GuideWindow, "guideWindow", Qt.FindChildOption.FindDirectChildrenOnly)
    if not isinstance(window, GuideWindow) or window.language != current_language():
        if isinstance(window, GuideWindow):
            window.deleteLater()
        window = GuideWindow(parent=parent)
    window.open_chapter(chapter)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
