"""The privacy notice as a printable A4 PDF."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
)

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


def _bullets(items: list[str], styles: ReportStyles, last: bool) -> ListFlowable:
    # Bullet a little in from the margin and the text close after it, as a word processor
    # sets a list.
    return ListFlowable(
        [ListItem(Paragraph(item, styles.bullet)) for item in items],
        bulletType="bullet",
        start="•",
        leftIndent=17,
        bulletDedent=10,
        bulletFontName=styles.body.fontName,
        bulletFontSize=9,
        spaceAfter=6 if last else 0,
    )


def _list_flowables(
    items: list[str], intro: Flowable | None, styles: ReportStyles
) -> list[Flowable]:
    """A list that breaks across pages never strands its intro or a single item.

    The sentence introducing a list stays with its first two items, and the last two
    items stay together, so no page ends on "You have the right to:" with one bullet
    below it and no page starts with one lonely bullet.
    """
    head, rest = items[:2], items[2:]
    tail = rest[-2:] if len(rest) >= 2 else rest
    middle = rest[: len(rest) - len(tail)]
    out: list[Flowable] = []
    first = [_bullets(head, styles, last=not rest)]
    out.append(KeepTogether([intro, *first] if intro is not None else first))
    if middle:
        out.append(_bullets(middle, styles, last=False))
    if tail:
        out.append(KeepTogether([_bullets(tail, styles, last=True)]))
    return out


def _body_flowables(body: str, styles: ReportStyles) -> list[Flowable]:
    out: list[Flowable] = []
    for block in parse_blocks(body):
        if isinstance(block, BulletList):
            intro = out.pop() if out and isinstance(out[-1], Paragraph) else None
            items = [_markup(item) for item in block.items]
            out.extend(_list_flowables(items, intro, styles))
        else:
            out.append(Paragraph(_markup(block.spans), styles.body))
    return out


def version_label(language: str, published_on: date | None, today: date) -> str:
    """Footer text: the published version's date, or 'draft' with today's date."""
    output = load_template(language)["output"]
    if published_on is not None:
        return output["version"].format(date=format_date(published_on, language))
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
    story.append(Spacer(1, 6))
    return story


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
