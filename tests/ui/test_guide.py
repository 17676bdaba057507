"""The user guide: each chapter in each language, links that resolve, F1 opens its chapter."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from rekisteri.core.register import Register
from rekisteri.ui.guide import (
    CHAPTERS,
    GUIDE_LANGUAGES,
    PANE_CHAPTERS,
    GuideWindow,
    chapters,
    guide_dir,
    guide_root,
)
from rekisteri.ui.mainwindow import PANES, MainWindow
from rekisteri.ui.translations import install_translations, uninstall_translations

LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_chapter_exists_with_a_title(language: str) -> None:
    folder = guide_root() / language
    found = chapters(language)
    assert [c.stem for c in found] == list(CHAPTERS)
    assert sorted(p.stem for p in folder.glob("*.md")) == sorted(CHAPTERS)
    titles = [c.title for c in found]
    assert len(set(titles)) == len(titles)
    assert all(t and t != c.stem for t, c in zip(titles, found, strict=True))


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_link_and_picture_resolves(language: str) -> None:
    folder = guide_root() / language
    targets: list[str] = []
    for stem in CHAPTERS:
        text = (folder / f"{stem}.md").read_text(encoding="utf-8")
        for target in LINK.findall(text):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            targets.append(target)
            assert (folder / target.split("#")[0]).is_file(), f"{language}/{stem}.md: {target}"
    assert len(targets) > 20  # the chapters link to each other and show the screenshots


def test_the_languages_show_the_same_pictures() -> None:
    def pictures(language: str) -> set[str]:
        folder = guide_root() / language
        return {
            t
            for stem in CHAPTERS
            for t in LINK.findall((folder / f"{stem}.md").read_text(encoding="utf-8"))
            if t.endswith(".png")
        }

    english = pictures("en")
    assert english
    assert pictures("fi") == english
    assert pictures("sv") == english


def test_every_pane_has_a_chapter() -> None:
    assert {p[0] for p in PANES} == set(PANE_CHAPTERS)
    assert set(PANE_CHAPTERS.values()) <= set(CHAPTERS)


def test_a_language_without_a_guide_falls_back_to_english() -> None:
    assert guide_dir("de") == guide_root() / "en"
    assert guide_dir("fi") == guide_root() / "fi"


@pytest.mark.parametrize("pane", [p[0] for p in PANES])
def test_f1_opens_the_chapter_of_the_pane(
    qtbot, register: Register, show_window, pane: str
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(register)
    qtbot.addWidget(window)
    show_window(window)
    window.show_pane(pane)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow, "guideWindow")
    assert isinstance(guide, GuideWindow)
    qtbot.waitUntil(guide.isVisible)
    assert guide.chapter == PANE_CHAPTERS[pane]
    current = guide.contents.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) == PANE_CHAPTERS[pane]
    guide.close()


def test_the_guide_is_in_the_ui_language(qtbot, register: Register, show_window) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    install_translations(app, "fi")  # type: ignore[arg-type]
    try:
        window = MainWindow(register)
        qtbot.addWidget(window)
        show_window(window)
        window.show_pane("review")
        window.guide_action.trigger()
        guide = window.findChild(GuideWindow, "guideWindow")
        assert isinstance(guide, GuideWindow)
        assert guide.folder == guide_root() / "fi"
        assert "Läpikäynti" in guide.browser.toPlainText()
        assert guide.windowTitle() == "Rekisterin käyttöopas"
        assert guide.contents.item(0).text() == "Sisällys"
        guide.close()
    finally:
        uninstall_translations(app)  # type: ignore[arg-type]


def test_contents_links_back_forward_and_find(qtbot) -> None:  # type: ignore[no-untyped-def]
    guide = GuideWindow("en")
    qtbot.addWidget(guide)
    assert guide.chapter == "index"
    assert not guide.back_button.isEnabled()

    guide.contents.setCurrentRow(CHAPTERS.index("review"))
    assert guide.chapter == "review"
    assert "Bookkeeping" in guide.browser.toPlainText()

    guide.follow(QUrl("requests.md"))  # a link inside a chapter
    assert guide.chapter == "requests"
    assert guide.contents.currentRow() == CHAPTERS.index("requests")
    assert guide.back_button.isEnabled()
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert guide.chapter == "review"
    assert guide.forward_button.isEnabled()

    guide.find_edit.setText("Accounting Act")
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText() == "Accounting Act"
    assert guide.find_status.text() == ""
    guide.find_edit.setText("no such words in the chapter")
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return)
    assert guide.find_status.text() == "Not found"


def test_a_wide_screenshot_is_scaled_to_the_reading_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage, QTextDocument

    from rekisteri.ui.guide import MAX_IMAGE_WIDTH

    guide = GuideWindow("en")
    qtbot.addWidget(guide)
    picture = Path(guide.folder / "img" / "02-register.png")
    assert QImage(str(picture)).width() > MAX_IMAGE_WIDTH
    loaded = guide.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl.fromLocalFile(str(picture))
    )
    assert isinstance(loaded, QImage)
    assert loaded.width() / loaded.devicePixelRatio() == pytest.approx(MAX_IMAGE_WIDTH, abs=1)
