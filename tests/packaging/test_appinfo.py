"""The app finds its icon and data folders the same way from a checkout as when installed."""

from __future__ import annotations

from rekisteri import appinfo


def test_every_icon_rendering_is_found_smallest_first_svg_last() -> None:
    files = appinfo.icon_files()
    assert len(files) == len(appinfo.ICON_SIZES) + 1
    assert files[0].parent.parent.name == "16x16"
    assert files[-1] == appinfo.icon_svg()
    assert all(f.stem == appinfo.APP_ID for f in files)


def test_data_roots_are_folders() -> None:
    assert appinfo.data_root("resources").is_dir()
    assert (appinfo.data_root("resources") / "icons").is_dir()
