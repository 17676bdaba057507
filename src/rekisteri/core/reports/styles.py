"""Paragraph styles shared by every report, so they look like one family."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from rekisteri.core.reports.fonts import register_fonts
from rekisteri.core.reports.hyphenation import hyphenator_for

ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#555555")


@dataclass(frozen=True)
class ReportStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle


def report_styles(language: str = "fi") -> ReportStyles:
    """Styles for a report written in `language` (hyphenation follows the language)."""
    regular, bold = register_fonts()
    hyphenation = hyphenator_for(language) or ""
    body = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=10,
        leading=14,
        spaceAfter=6,
        # reportlab takes a hyphenating callable here too; types-reportlab allows only str.
        hyphenationLang=hyphenation,  # type: ignore[arg-type]
        embeddedHyphenation=1,
        splitLongWords=1,
    )
    return ReportStyles(
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=18, leading=22, spaceAfter=4,
            textColor=ACCENT, hyphenationLang="",
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=16, spaceAfter=14, textColor=MUTED
        ),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=bold, fontSize=12, leading=15, spaceBefore=10,
            spaceAfter=4, textColor=ACCENT, keepWithNext=1,
        ),
        body=body,
        bullet=ParagraphStyle(
            # The bullet a little in from the margin, the text close after it, as a word
            # processor sets a list.
            "bullet", parent=body, leftIndent=17, bulletIndent=7, bulletFontName=body.fontName,
            bulletFontSize=9, spaceAfter=2,
        ),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
    )  # fmt: skip
