"""Who the application is to the desktop, and where its shipped files are.

The same ``resources/`` and ``translations/`` folders sit beside the package in an installed
wheel and in the PyInstaller bundle (the spec keeps the wheel's layout), and at the
repository root in a source checkout. Qt-free, so the CLI and the self-test can use it.
"""

from __future__ import annotations

from pathlib import Path

# The reverse-DNS id of the .desktop file, the AppStream component, the macOS bundle and
# the icon name; Qt's desktop file name must match it for docks and task bars.
APP_ID = "fi.rekisteri.Rekisteri"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def data_root(name: str) -> Path:
    """``resources`` or ``translations``: installed beside the package, else the checkout's."""
    installed = package_dir() / name
    return installed if installed.is_dir() else package_dir().parents[1] / name


def icon_svg() -> Path:
    return data_root("resources") / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def icon_files() -> list[Path]:
    """Every shipped rendering of the app icon, smallest first, the SVG last.

    Giving Qt the hand-checked PNG sizes keeps small task-bar icons crisp; the SVG covers
    any other size.
    """
    icons = data_root("resources") / "icons" / "hicolor"
    pngs = [icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES]
    return [p for p in [*pngs, icon_svg()] if p.is_file()]
