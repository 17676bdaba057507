"""Compiled catalogues for the UI tests, built into a temp folder (never into the checkout)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def lrelease(ts: Path, qm: Path) -> None:
    tool = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")
    assert tool, "pyside6-lrelease is needed to compile the catalogues"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def _preferences_in_tmp(tmp_path: Path) -> None:
    """The language choice and window geometry go to a temp folder, never the user's own."""
    from rekisteri.ui.preferences import use_settings_path

    use_settings_path(tmp_path / "qsettings")


@pytest.fixture(scope="session")
def compiled_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    for ts in sorted((REPO / "translations").glob("rekisteri_*.ts")):
        lrelease(ts, folder / ts.with_suffix(".qm").name)
    return folder


@pytest.fixture
def ui_language(qapp, compiled_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Call with a language code to install it on the app; uninstalled after the test."""
    from rekisteri.ui import translations

    monkeypatch.setattr(translations, "qm_dirs", lambda: (compiled_dir,))

    def install(lang: str) -> str:
        return translations.install_translations(qapp, lang)

    yield install
    translations.uninstall_translations(qapp)
