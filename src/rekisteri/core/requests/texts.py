"""The person's-language texts of the access pack and the answer letters.

Documents go to the person in *their* language (contact.language), not the user's, so these
texts cannot come from the UI translator: they are data files in ``resources/letters/``.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("fi", "sv", "en")


def resources_dir() -> Path:
    """``resources/`` beside the package when installed, else at the repository root."""
    here = Path(__file__).resolve()
    installed = here.parents[2] / "resources"
    if installed.is_dir():
        return installed
    return here.parents[4] / "resources"


@cache
def load(lang: str) -> dict[str, Any]:
    code = lang if lang in LANGUAGES else "fi"
    path = resources_dir() / "letters" / f"{code}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def label(lang: str, group: str, value: str) -> str:
    """An enum value in the person's language; the raw value if the file lacks it."""
    return str(load(lang)["enum"].get(group, {}).get(value, value))


def format_date(day: dt.date | None, lang: str) -> str:
    """Day.month.year, the Finnish and Finland-Swedish way (English letters use it too)."""
    if day is None:
        return ""
    return f"{day.day}.{day.month}.{day.year}"
