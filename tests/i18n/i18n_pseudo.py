"""Pseudo-translation: every text 40% longer and accented, to find layouts that clip.

Finnish runs longer than English ("Save" → "Tallenna", "Delete" → "Poista pysyvästi"), so a
layout that only just fits the English text will clip the Finnish one. The pseudo catalogue
keeps placeholders, rich-text tags and mnemonics intact so that the program still works.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from i18n_walk import normalise
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

_ACCENTS = str.maketrans(
    "aeiouycnszAEIOUYCNSZ",
    "áéíöüýçñšžÅÉÍÖÜÝÇÑŠŽ",
)
_KEEP = re.compile(r"\{[^{}]*\}|%n|%L?\d+|<[^>]+>|&[A-Za-z#0-9]+;|&(?=\S)|\n")
FILLER = "ŵïđéñéð"
GROWTH = 0.4


def pseudo(text: str) -> str:
    """ "Save" → "[Šávé ŵï]": accented, bracketed, at least 40% longer; tokens kept."""
    parts: list[str] = []
    visible = 0
    last = 0
    for match in _KEEP.finditer(text):
        chunk = text[last : match.start()]
        parts.append(chunk.translate(_ACCENTS))
        visible += len(chunk)
        parts.append(match.group(0))
        last = match.end()
    tail = text[last:]
    parts.append(tail.translate(_ACCENTS))
    visible += len(tail)
    extra = max(math.ceil(visible * GROWTH) - 3, 1)  # the brackets and space count too
    # Filler in word-sized pieces, so that word-wrapping labels can still wrap.
    filler = "".join(
        (" " if i and i % 8 == 0 else FILLER[i % len(FILLER)]) for i in range(extra)
    ).strip()
    return "[" + "".join(parts) + " " + filler + "]"


def write_pseudo_ts(source_ts: Path, dest_ts: Path, language: str = "fi_FI") -> int:
    """A catalogue with every message of ``source_ts`` pseudo-translated; returns the count."""
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", language)
    count = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
        count += 1
    tree.write(dest_ts, encoding="utf-8", xml_declaration=True)
    return count


@dataclass(frozen=True)
class Clip:
    widget: str
    text: str
    needed: int
    got: int

    def __str__(self) -> str:
        return f"{self.widget}: {self.text!r} needs {self.needed}px, has {self.got}px"


def clipped_widgets(root: QWidget) -> list[Clip]:
    """Visible labels, buttons, group titles and tabs too small for their text."""
    clips: list[Clip] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        if isinstance(widget, QLabel) and normalise(widget.text()):
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    clips.append(Clip(name + " (height)", widget.text(), needed, widget.height()))
            else:
                needed = widget.sizeHint().width()
                if widget.width() + 1 < needed:
                    clips.append(Clip(name, widget.text(), needed, widget.width()))
        elif isinstance(widget, QAbstractButton) and normalise(widget.text()):
            needed = widget.sizeHint().width()
            if widget.width() + 1 < needed:
                clips.append(Clip(name, widget.text(), needed, widget.width()))
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if widget.width() < needed:
                clips.append(Clip(name, widget.title(), needed, widget.width()))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if not widget.isTabVisible(i):
                    continue
                needed = widget.tabSizeHint(i).width()
                got = widget.tabRect(i).width()
                if got + 1 < needed:
                    clips.append(Clip(name + f" tab {i}", widget.tabText(i), needed, got))
    return clips
