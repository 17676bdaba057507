"""The TrueType font every report uses, shipped in `resources/fonts/`.

reportlab's built-in Helvetica has no glyphs beyond Latin-1 and depends on the
viewer for them; embedding DejaVu Sans makes ä, ö, å, €, dashes and curly
quotes render the same everywhere.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "RekisteriSans"
BOLD = "RekisteriSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def fonts_dir() -> Path:
    """`resources/fonts` beside the installed package, else at the repository root."""
    here = Path(__file__).resolve()
    installed = here.parents[2] / "resources" / "fonts"
    if installed.is_dir():
        return installed
    return here.parents[4] / "resources" / "fonts"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the family once per process; returns (regular, bold) font names."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
    # <b> inside a Paragraph picks the bold face through this mapping.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
