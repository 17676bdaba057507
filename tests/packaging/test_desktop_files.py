"""The Linux desktop integration files are valid and agree with each other and the project.

Software centres and desktop menus silently drop an entry whose .desktop or AppStream file is
invalid, so the validators the distributions use are run here; they are Debian packages
(desktop-file-utils, appstream), so the test skips with the reason when they are absent.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "fi.rekisteri.Rekisteri"
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons" / "hicolor"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return path


def _desktop_entries() -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entries[key] = value
    return entries


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output.lower(), output


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_names_the_shipped_icon_and_binary() -> None:
    entries = _desktop_entries()
    assert entries["Icon"] == APP_ID
    assert (ICONS / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert entries["Exec"].split()[0] in scripts
    # Our users read Finnish first, Swedish is the other national language.
    for lang in ("fi", "sv"):
        assert f"Comment[{lang}]" in entries
        assert f"GenericName[{lang}]" in entries


def test_metainfo_agrees_with_the_desktop_file_and_pyproject() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == _desktop_entries()["Exec"].split()[0]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("project_license") == project["license"]
    # The newest release listed must be the version being shipped.
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == project["version"]
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    for tag in ("summary", "description/p"):
        langs = {el.get(lang_attr) for el in root.findall(tag)}
        assert {None, "fi", "sv"} <= langs, tag


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_has_its_nominal_size(size: int) -> None:
    png = ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert (width, height) == (size, size)


def test_windows_and_macos_icons_are_present() -> None:
    ico = (ROOT / "packaging" / "rekisteri.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"  # ICO resource header, type 1 = icon
    assert struct.unpack("<H", ico[4:6])[0] >= 6
    icns = (ROOT / "packaging" / "rekisteri.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
