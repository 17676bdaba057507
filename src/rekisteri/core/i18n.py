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

SOURCE_LANGUAGE = "en"

_translator: Translator | None = None
_language: str = SOURCE_LANGUAGE


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


def set_language(lang: str) -> None:
    """Record the UI language ("fi", "sv", "en"), the default of ``rekisteri.core.formats``."""
    global _language
    _language = lang


def current_language() -> str:
    return _language


def translate_for(lang: str, context: str, text: str, n: int | None = None) -> str:
    """``text`` in ``lang`` whatever the UI language: for documents that choose their own.

    Reads the shipped Linguist catalogue without Qt (``rekisteri.core.catalog``). English is
    the source language, whose catalogue holds only plural forms; a missing catalogue or entry
    falls back to the English text, as Qt does. ``n`` picks the plural form of a ``%n``
    message and replaces ``%n`` with it.
    """
    from rekisteri.core.catalog import load_catalog

    result = text
    if lang != SOURCE_LANGUAGE or n is not None:
        catalog = load_catalog(lang)
        if catalog is not None:
            result = catalog.lookup(context, text, n=n) or text
    if n is not None:
        result = result.replace("%n", str(n))
    return result


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

    def render_for(self, lang: str) -> str:
        """The message in a document's own language rather than the UI's.

        A parameter that is itself a Message (a counted word, a hold) follows the same
        language, not the UI's.
        """
        params = {
            key: value.render_for(lang) if isinstance(value, Message) else value
            for key, value in self.params.items()
        }
        translated = translate_for(lang, self.context, self.text)
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**params)

    def __str__(self) -> str:
        return self.render()


def msg(context: str, text: str, **params: Any) -> Message:
    return Message(context, text, params)
