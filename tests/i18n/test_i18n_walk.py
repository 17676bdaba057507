"""With Finnish loaded, no pane or dialog still shows English; pseudo-Finnish clips nothing.

The walk opens the main window on the demo register in English and then in Finnish, visits
every pane (and every tab and stacked page in it) and every dialog class of the UI, and
compares what is on screen: a text shown identically in both languages is untranslated,
unless it is data from the register or a proper name.

The clipping walk runs in English, Finnish, Swedish and a generated pseudo catalogue where
every text is 40% longer, at 1280×720, and checks that no label, button, group title, tab or
table header is cut short and no form field is out of sight; it writes a PNG of every page
it visits (``REKISTERI_I18N_SHOTS=/some/dir`` keeps them for a look).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from i18n_fit import fields_out_of_sight, header_clips
from i18n_pseudo import clipped_widgets, write_pseudo_ts
from i18n_walk import (
    ALLOWED_WORDS,
    PANE_KEYS,
    Found,
    collect_texts,
    data_words,
    open_dialogs,
    sample_arguments,
    select_first_rows,
    still_english,
    visit_pages,
    walk_main_window,
)
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from conftest import lrelease
from rekisteri.ui import mainwindow

REPO = Path(__file__).resolve().parents[2]
WINDOW_SIZE = (1280, 800)  # a common laptop screen, less the taskbar


def _open_window(register, qtbot, size: tuple[int, int] = WINDOW_SIZE) -> QWidget:
    window = mainwindow.MainWindow(register)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    QCoreApplication.processEvents()
    return window


def _walk(lang: str, register, qtbot, ui_language: Callable[[str], str]):
    ui_language(lang)
    samples = sample_arguments(register, None)  # a request and notice versions to show
    window = _open_window(register, qtbot)
    samples["parent"] = window
    panes = walk_main_window(window)
    dialogs: dict[str, list[Found]] = {}

    def visit(label: str, dialog: QDialog) -> None:
        texts: list[Found] = []
        visit_pages(dialog, lambda: texts.extend(collect_texts(dialog)))
        dialogs[label] = texts

    _walked, skipped = open_dialogs(samples, visit)
    window.close()
    return panes, dialogs, skipped


def test_finnish_leaves_no_english_on_screen(demo_register, qtbot, ui_language) -> None:
    english, english_dialogs, _ = _walk("en", demo_register, qtbot, ui_language)
    finnish, finnish_dialogs, skipped = _walk("fi", demo_register, qtbot, ui_language)
    allowed = ALLOWED_WORDS | data_words(demo_register.db.path)

    report: dict[tuple[str, str], str] = {}  # one line per text, however many panes show it
    for key in PANE_KEYS:
        assert finnish[key], f"pane {key} shows no text at all"
        for found in still_english(english[key], finnish[key], allowed):
            report.setdefault((found.kind, found.text), f"[{key}] {found}")
    for label, texts in finnish_dialogs.items():
        for found in still_english(english_dialogs.get(label, []), texts, allowed):
            report.setdefault((found.kind, found.text), f"[{label}] {found}")
    lines = sorted(report.values())
    print("dialogs walked:", *sorted(finnish_dialogs), sep="\n  ")
    print("dialogs not built:", *skipped, sep="\n  ")
    assert not lines, f"{len(lines)} texts still in English:\n" + "\n".join(lines)


def test_finnish_walk_sees_translated_texts(demo_register, qtbot, ui_language) -> None:
    """The walk itself works: it reads translated pane texts, so an empty report means something."""
    finnish, _, _ = _walk("fi", demo_register, qtbot, ui_language)
    texts = {f.text for found in finnish.values() for f in found}
    assert len(texts) > 20
    cells = {f.text for f in finnish["register"] if f.kind == "cell"}
    assert {"Yksityishenkilö", "Organisaatio"} & cells, "the walk reads the list cells too"


@pytest.fixture
def pseudo_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "pseudo"
    folder.mkdir()
    ts = folder / "rekisteri_fi.ts"
    assert write_pseudo_ts(REPO / "translations" / "rekisteri_fi.ts", ts) > 0
    lrelease(ts, folder / "rekisteri_fi.qm")
    return folder


CLIP_SIZE = (1280, 720)  # the smallest common laptop screen the issue names


@pytest.mark.parametrize("lang", ["en", "fi", "sv", "pseudo"])
def test_nothing_is_clipped(
    lang: str, demo_register, qtbot, qapp, ui_language, pseudo_dir: Path, tmp_path: Path,
    monkeypatch,
) -> None:  # fmt: skip
    """Every pane (each tab and detail page) and dialog at 1280×720: no label, button, tab,
    group title or header section narrower than its text, no form field out of sight."""
    from rekisteri.ui import translations

    keep = os.environ.get("REKISTERI_I18N_SHOTS")  # PNGs only when asked: they cost time
    shots = Path(keep) / lang if keep else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    if lang == "pseudo":
        monkeypatch.setattr(translations, "qm_dirs", lambda: (pseudo_dir,))
        translations.install_translations(qapp, "fi")
    else:
        ui_language(lang)
    try:
        samples = sample_arguments(demo_register, None)
        window = _open_window(demo_register, qtbot, CLIP_SIZE)
        samples["parent"] = window
        report: list[str] = []
        counter = iter(range(10_000))

        def check(label: str, root: QWidget) -> None:
            QCoreApplication.processEvents()
            if shots is not None:
                root.grab().save(str(shots / f"{next(counter):03d}_{label}.png"))
            clips = clipped_widgets(root) + header_clips(root) + fields_out_of_sight(root)
            report.extend(f"[{label}] {clip}" for clip in clips)

        for key in PANE_KEYS:
            window.show_pane(key)
            QCoreApplication.processEvents()
            visit_pages(window.panes[key], lambda key=key: check(key, window))
            if select_first_rows(window.panes[key]):
                visit_pages(window.panes[key], lambda key=key: check(key, window))

        def visit(label: str, dialog: QDialog) -> None:
            name = label.rsplit(".", 1)[-1]
            size = dialog.size()
            if size.width() > CLIP_SIZE[0] or size.height() > CLIP_SIZE[1]:
                report.append(f"[{name}] {size.width()}×{size.height()} px: larger than the screen")
            visit_pages(dialog, lambda: check(name, dialog))

        walked, _skipped = open_dialogs(samples, visit)
        window.close()
    finally:
        translations.uninstall_translations(qapp)
    assert len(walked) > 10, "the walk opened too few dialogs to mean anything"
    unique = sorted(set(report))
    where = f" (PNGs in {shots})" if shots else " (REKISTERI_I18N_SHOTS=dir keeps PNGs)"
    assert not unique, f"{len(unique)} clipped texts{where}:\n" + "\n".join(unique)


LAPTOP_WIDTH = 1366


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_window_fits_a_laptop_screen_in_every_language(
    lang: str, demo_register, qtbot, ui_language
) -> None:
    """Finnish and Swedish texts must not push any pane wider than a 1366-px laptop screen."""
    ui_language(lang)
    window = _open_window(demo_register, qtbot)
    too_wide = []
    for key in PANE_KEYS:
        window.show_pane(key)
        QCoreApplication.processEvents()
        need = window.minimumSizeHint()
        if need.width() > LAPTOP_WIDTH:
            too_wide.append(f"{key}: {need.width()} px")
    window.close()
    assert not too_wide, "panes wider than a laptop screen: " + ", ".join(too_wide)
