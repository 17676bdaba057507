"""Rekisteri: a sole trader's customer and marketing register."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rekisteri")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.1.0"
