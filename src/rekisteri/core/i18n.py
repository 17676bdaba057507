"""Translation hooks for the Qt-free core.

The core must not import Qt, yet its messages (validation errors, enum labels, report
texts) must reach Qt Linguist. ``QT_TRANSLATE_NOOP`` here has the name lupdate looks for,
so the strings are extracted, while at run time the UI installs Qt's translator through
``set_translator``. Without a hook (CLI, tests) the English source text is used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; returns it unchanged."""
    return text


def set_translator(fn: Translator | None) -> None:
    """Install the function that turns (context, source text) into the user's language."""
    global _translator
    _translator = fn


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text) or text


@dataclass(frozen=True)
class Message:
    """A user-readable message kept untranslated until it is shown.

    Kept as data so that the same error reads in Finnish in the UI and in English in a log
    line or a test assertion. ``params`` are substituted with ``str.format`` after translation.
    """

    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self) -> str:
        translated = translate(self.context, self.text)
        try:
            return translated.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**self.params)

    def __str__(self) -> str:
        return self.render()


def msg(context: str, text: str, **params: Any) -> Message:
    return Message(context, text, params)
