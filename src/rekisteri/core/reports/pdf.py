"""Building a report PDF in memory: A4, margins, a footer with page numbers.

Reports hold personal data, so they are built into a bytes buffer and written
only where the user chose.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from rekisteri.core.reports.fonts import register_fonts
from rekisteri.core.reports.styles import MUTED

MARGIN = 20 * mm


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str = ""
    subject: str = ""
    #: Left side of the footer, e.g. "Versio 22.11.2026".
    footer: str = ""
    #: Right side of the footer with {page} and {pages}, e.g. "Sivu {page} / {pages}".
    page_label: str = "{page} / {pages}"
    language: str = "fi"


def _numbered_canvas(meta: PdfMeta) -> type[Canvas]:
    """A canvas that holds pages back until the total is known, for 'page 2 of 5'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # private to reportlab, so not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            regular, _ = register_fonts()
            width, _ = A4
            self.saveState()
            self.setFont(regular, 8)
            self.setFillColor(MUTED)
            self.setStrokeColor(MUTED)
            self.setLineWidth(0.3)
            self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
            self.drawString(MARGIN, 10 * mm, meta.footer)
            label = meta.page_label.format(page=self.getPageNumber(), pages=total)
            self.drawRightString(width - MARGIN, 10 * mm, label)
            self.restoreState()

    return NumberedCanvas


def build_pdf(story: Sequence[Flowable], meta: PdfMeta) -> bytes:
    """Lay out `story` on A4 pages and return the PDF's bytes."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        lang=meta.language,
    )
    doc.build(list(story), canvasmaker=_numbered_canvas(meta))
    return buffer.getvalue()
