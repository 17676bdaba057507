"""The document-language texts of the breach notification, letters and pack section.

A notification goes to the authority in the language the owner picks and a letter to each
person in *their* language, so these cannot come from the UI translator: they are data files
in ``resources/breach/`` (the request letters keep theirs in ``resources/letters/``).
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

from rekisteri.core.breaches import deadlines
from rekisteri.core.formats import format_date, format_number, format_time
from rekisteri.core.notice.templates import resources_dir

LANGUAGES = ("fi", "sv", "en")


@cache
def load(lang: str) -> dict[str, Any]:
    code = lang if lang in LANGUAGES else "fi"
    path = resources_dir() / "breach" / f"{code}.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def label(lang: str, group: str, value: str) -> str:
    return str(load(lang)["enum"].get(group, {}).get(value, value))


def moment(value: dt.datetime | None, lang: str) -> str:
    """A moment on the Helsinki clock, as the authority and the owner read it."""
    if value is None:
        return ""
    wall = deadlines.local(value)
    day, time = format_date(wall.date(), lang), format_time(wall.time(), lang)
    return {"fi": f"{day} klo {time}", "sv": f"{day} kl. {time}"}.get(lang, f"{day}, {time}")


def count(value: int | None, approximate: bool, lang: str, unknown: str) -> str:
    if value is None:
        return unknown
    n = format_number(value, lang=lang)
    return str(load(lang)["authority"]["about"]).format(n=n) if approximate else n
