"""The privacy notice as a printable A4 PDF."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from rekisteri.core.notice.document import NoticeDocument
from rekisteri.core.notice.markup import BulletList, Span, parse_blocks
from rekisteri.core.notice.templates import format_date, load_template
from rekisteri.core.reports.pdf import PdfMeta, build_pdf
from rekisteri.core.reports.styles import ReportStyles, report_styles


def _markup(spans: tuple[Span, ...]) -> str:
    """reportlab's paragraph markup for our spans: escaped text, <b>, <br/>."""
    parts = []
    for span in spans:
        text = escape(span.text).replace("\n", "<br/>")
        parts.append(f"<b>{text}</b>" if span.bold else text)
    return "".join(parts)


def _list_flowables(items: list[str], styles: ReportStyles) -> list[Flowable]:
    """A list that breaks across pages never strands its intro or a single item.

    Each item is a bulleted Paragraph, so reportlab's keepWithNext can chain them: the
    heading and the sentence introducing the list stay with the first two items, and the
    last two items stay together. No page then ends on "You have the right to:" with one
    bullet (or none) below it, and no page starts with one lonely bullet. (ListFlowable
    and KeepTogether are containers, which keepWithNext does not chain: with them the
    heading or the intro was left alone at a page foot.)
    """
    last_style = ParagraphStyle("bullet_last", parent=styles.bullet, spaceAfter=6)
    out: list[Flowable] = [
        Paragraph(item, last_style if i == len(items) - 1 else styles.bullet, bulletText="•")
        for i, item in enumerate(items)
    ]
    if len(out) >= 2:
        out[0].keepWithNext = 1
        out[-2].keepWithNext = 1
    return out


def _body_flowables(body: str, styles: ReportStyles) -> list[Flowable]:
    out: list[Flowable] = []
    for block in parse_blocks(body):
        if isinstance(block, BulletList):
            if out and isinstance(out[-1], Paragraph):
                out[-1].keepWithNext = 1  # the sentence that introduces the list
            out.extend(_list_flowables([_markup(item) for item in block.items], styles))
        else:
            out.append(Paragraph(_markup(block.spans), styles.body))
    return out


def version_label(
    language: str, published_on: date | None, today: date, number: int | None = None
) -> str:
    """Footer text: "Versio 3, julkaistu 4.12.2026", or "Luonnos" with today's date."""
    output: dict[str, str] = load_template(language)["output"]
    if published_on is not None:
        return output["version"].format(
            number=number or "", date=format_date(published_on, language)
        )
    return output["draft"].format(date=format_date(today, language))


def notice_story(doc: NoticeDocument, business_name: str, register_name: str) -> list[Flowable]:
    styles = report_styles(doc.language)
    story: list[Flowable] = [
        Paragraph(escape(business_name or doc.title), styles.title),
        Paragraph(escape(" – ".join(p for p in (doc.title, register_name) if p)), styles.subtitle),
    ]
    for number, section in enumerate(doc.sections, start=1):
        story.append(Paragraph(f"{number}. {escape(section.title)}", styles.heading))
        story.extend(_body_flowables(section.body, styles))
    return story  # no trailing spacer: on a full last page it would start an empty one


def render_notice_pdf(
    doc: NoticeDocument,
    business_name: str,
    register_name: str,
    footer: str,
) -> bytes:
    """The notice's PDF bytes; the caller writes them where the user chose."""
    meta = PdfMeta(
        title=f"{doc.title} – {business_name}" if business_name else doc.title,
        author=business_name,
        subject=register_name,
        footer=f"{business_name} · {footer}" if business_name else footer,
        page_label=load_template(doc.language)["output"]["page"],
        language=doc.language,
    )
    return build_pdf(notice_story(doc, business_name, register_name), meta)
