"""The keyboard, screen-reader and theme walks reuse the i18n walker over panes and dialogs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "i18n"))  # i18n_walk: every pane, page and dialog
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Finnish and Swedish catalogues compiled into a temp folder, not the checkout."""
    tool = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")
    assert tool, "pyside6-lrelease is needed to compile the catalogues"
    folder = tmp_path_factory.mktemp("qm")
    for ts in sorted((REPO / "translations").glob("rekisteri_*.ts")):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.fixture
def language(qapp, catalogues: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Call with a language code to load it; English again after the test."""
    from rekisteri.ui import translations

    monkeypatch.setattr(translations, "qm_dirs", lambda: (catalogues,))

    def install(lang: str) -> str:
        return translations.install_translations(qapp, lang)

    yield install
    translations.uninstall_translations(qapp)
