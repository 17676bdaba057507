"""The record of processing activities (GDPR Art. 30) as a printable A4 PDF."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from rekisteri.core.notice.templates import load_template
from rekisteri.core.record.document import RecordDocument
from rekisteri.core.record.labels import heading, item_label
from rekisteri.core.reports.notice_pdf import _list_flowables
from rekisteri.core.reports.pdf import PdfMeta, build_pdf
from rekisteri.core.reports.styles import ReportStyles, report_styles


def _items(lines: tuple[str, ...], styles: ReportStyles, language: str) -> list[Flowable]:
    if not lines:
        return [Paragraph(escape(heading("empty", language)), styles.body)]
    return _list_flowables([escape(line) for line in lines], styles)


def _block(lines: tuple[str, ...], styles: ReportStyles) -> Paragraph:
    return Paragraph("<br/>".join(escape(line) for line in lines), styles.body)


def record_story(doc: RecordDocument) -> list[Flowable]:
    lang = doc.language
    styles = report_styles(lang)
    item_style = ParagraphStyle(
        "item", parent=styles.heading, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2
    )
    story: list[Flowable] = [
        Paragraph(escape(doc.business_name or doc.title), styles.title),
        Paragraph(escape(f"{doc.title} – {heading('subtitle', lang)}"), styles.subtitle),
        Paragraph(f"1. {escape(heading('controller', lang))}", styles.heading),
        _block(doc.controller, styles),
        Paragraph(f"2. {escape(heading('contact_person', lang))}", styles.heading),
        _block(doc.contact_person, styles),
        Paragraph(f"3. {escape(heading('dpo', lang))}", styles.heading),
        Paragraph(escape(doc.dpo), styles.body),
        Paragraph(f"4. {escape(heading('activities', lang))}", styles.heading),
    ]
    for number, activity in enumerate(doc.activities, start=1):
        story.append(Paragraph(f"4.{number}. {escape(activity.name)}", styles.heading))
        for key, lines in activity.items():
            if key == "security" and not lines:
                continue
            story.append(Paragraph(escape(item_label(key, lang)), item_style))
            story.extend(_items(lines, styles, lang))
    story.append(Paragraph(f"5. {escape(heading('security', lang))}", styles.heading))
    story.extend(_items(doc.security, styles, lang))
    return story


def render_record_pdf(doc: RecordDocument, footer: str) -> bytes:
    """The record's PDF bytes; the caller writes them where the user chose."""
    meta = PdfMeta(
        title=f"{doc.title} – {doc.business_name}" if doc.business_name else doc.title,
        author=doc.business_name,
        subject=heading("subtitle", doc.language),
        footer=f"{doc.business_name} · {footer}" if doc.business_name else footer,
        page_label=load_template(doc.language)["output"]["page"],
        language=doc.language,
    )
    return build_pdf(record_story(doc), meta)
