"""Rekisteri: a sole trader's customer and marketing register."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # Read on first use: importlib.metadata costs 60 ms of every start that never asks.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("rekisteri")
    except PackageNotFoundError:  # running from a source tree without an install
        value = "0.1.0"
    globals()["__version__"] = value
    return value
