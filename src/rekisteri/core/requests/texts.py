"""The person's-language texts of the access pack and the answer letters.

Documents go to the person in *their* language (contact.language), not the user's, so these
texts cannot come from the UI translator: they are data files in ``resources/letters/``.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from rekisteri.core.notice.templates import resources_dir

LANGUAGES = ("fi", "sv", "en")


@cache
def load(lang: str) -> dict[str, Any]:
    code = lang if lang in LANGUAGES else "fi"
    path = resources_dir() / "letters" / f"{code}.json"
    texts: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return texts


def label(lang: str, group: str, value: str) -> str:
    """An enum value in the person's language; the raw value if the file lacks it."""
    return str(load(lang)["enum"].get(group, {}).get(value, value))
