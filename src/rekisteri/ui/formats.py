"""Dates on screen follow the app's language (``core.formats``): 3.2.2024 in Finnish and
Swedish, 3 Feb 2024 in English."""

from __future__ import annotations

from rekisteri.core.formats import format_date

__all__ = ["format_date"]
