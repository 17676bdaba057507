"""The access pack and the answer letters as PDF (reportlab), built in memory.

A small local style set until the shared report helpers (``rekisteri.core.reports``) are on
main; then this module switches to them. Built-in Helvetica covers Finnish and Swedish
letters (WinAnsi encoding).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from rekisteri.core.requests import texts
from rekisteri.core.requests.texts import format_date

_BASE = getSampleStyleSheet()
BODY = ParagraphStyle(
    "RqBody", parent=_BASE["BodyText"], fontName="Helvetica", fontSize=10, leading=13
)
SMALL = ParagraphStyle("RqSmall", parent=BODY, fontSize=8.5, leading=11)
H1 = ParagraphStyle(
    "RqH1",
    parent=_BASE["Heading1"],
    fontName="Helvetica-Bold",
    fontSize=16,
    leading=20,
    spaceAfter=6,
)
H2 = ParagraphStyle(
    "RqH2",
    parent=_BASE["Heading2"],
    fontName="Helvetica-Bold",
    fontSize=12,
    leading=15,
    spaceBefore=10,
    spaceAfter=4,
)


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _build(story: Sequence[Flowable], title: str) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="",
        creator="Rekisteri",
    )

    def footer(canvas: Any, doc_: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, str(doc_.page))
        canvas.restoreState()

    doc.build(list(story), onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _pairs(rows: Sequence[tuple[str, str]]) -> Table:
    data = [[_p(k, SMALL), _p(v)] for k, v in rows if v]
    table = Table(data, colWidths=[50 * mm, 120 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    data = [[_p(h, SMALL) for h in header]] + [[_p(c, SMALL) for c in r] for r in rows]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _d(iso: str | None, lang: str) -> str:
    if not iso:
        return ""
    return format_date(dt.date.fromisoformat(iso[:10]), lang)


def render_pack(data: dict[str, Any]) -> bytes:
    """The access pack in plain language, in the person's language."""
    lang = data["language"]
    t = texts.load(lang)["pack"]
    f = t["fields"]
    yes_no = {True: t["yes"], False: t["no"]}
    ctrl = data["controller"]
    person = data["person"]
    cust = data["customer"]
    today = _d(data["generated_on"], lang)
    story: list[Flowable] = [
        _p(t["title"].format(controller=ctrl["name"] or "—"), H1),
        _p(t["intro"].format(today=today)),
        _p(t["controller"], H2),
        _pairs(
            [
                (f["name"], ctrl["name"]),
                (f["business_id"], ctrl["business_id"]),
                (
                    f["address"],
                    " ".join(x for x in (ctrl["street"], ctrl["postcode"], ctrl["city"]) if x),
                ),
                (f["email"], ctrl["email"]),
                (f["phone"], ctrl["phone"]),
            ]
        ),
        _p(t["person"], H2),
        _pairs(
            [
                (f["name"], f"{person['first_name']} {person['last_name']}".strip()),
                (f["kind"], texts.label(lang, "contact_kind", person["kind"])),
                (f["title"], person["title"]),
                (f["emails"], ", ".join(person["emails"])),
                (f["phones"], ", ".join(person["phones"])),
                (
                    f["address"],
                    " ".join(
                        x
                        for x in (
                            person["street"],
                            person["postcode"],
                            person["city"],
                            person["country"],
                        )
                        if x
                    ),
                ),
                (f["language"], texts.label(lang, "language", person["language"])),
                (f["hetu"], person["personal_identity_code"] or ""),
                (
                    f["data_source"],
                    _source(lang, person["data_source"], person["data_source_detail"]),
                ),
                (f["opt_out_informed"], yes_no[person["opt_out_informed"]]),
                (f["restricted"], yes_no[person["restricted"]]),
                (f["restriction_reason"], person["restriction_reason"]),
                (
                    f["banned_channels"],
                    ", ".join(texts.label(lang, "channel", c) for c in person["banned_channels"]),
                ),
                (f["created"], _d(person["created_at"], lang)),
                (f["updated"], _d(person["updated_at"], lang)),
            ]
        ),
        _p(t["customer"], H2),
        _pairs(
            [
                (f["name"], cust["name"]),
                (f["kind"], texts.label(lang, "customer_kind", cust["kind"])),
                (f["business_id"], cust["business_id"]),
                (f["industry"], cust["industry"]),
                (
                    f["billing_address"],
                    " ".join(
                        x
                        for x in (
                            cust["billing_street"],
                            cust["billing_postcode"],
                            cust["billing_city"],
                        )
                        if x
                    ),
                ),
                (f["status"], texts.label(lang, "customer_status", cust["status"])),
                (f["customer_since"], _d(cust["customer_since"], lang)),
                (f["ended_on"], _d(cust["ended_on"], lang)),
                (f["last_contact_on"], _d(cust["last_contact_on"], lang)),
                (f["notes"], cust["notes"]),
            ]
        ),
        _p(t["interactions"], H2),
    ]
    if data["interactions"]:
        story.append(
            _grid(
                [f["date"], f["what"], f["note"], f["invoice"]],
                [
                    [
                        _d(i["occurred_on"], lang),
                        _what(lang, t, i),
                        i["note"],
                        i["invoice_ref"],
                    ]
                    for i in data["interactions"]
                ],
                [22, 45, 80, 23],
            )
        )
    else:
        story.append(_p(t["interactions_none"]))
    story.append(_p(t["ledger"], H2))
    if data["consent_ledger"]:
        story.append(
            _grid(
                [f["date"], f["channel"], f["action"], f["source"], f["evidence"]],
                [
                    [
                        _d(e["occurred_on"], lang),
                        texts.label(lang, "channel", e["channel"]),
                        texts.label(lang, "consent_action", e["action"]),
                        texts.label(lang, "consent_source", e["source"]),
                        e["evidence"],
                    ]
                    for e in data["consent_ledger"]
                ],
                [22, 36, 36, 28, 48],
            )
        )
    else:
        story.append(_p(t["ledger_none"]))
    story.append(_p(t["requests"], H2))
    if data["requests"]:
        story.append(
            _grid(
                [f["request"], f["received"], f["status"], f["answered"], f["answer"]],
                [
                    [
                        texts.label(lang, "request_kind", r["kind"]),
                        _d(r["received_on"], lang),
                        texts.label(lang, "request_status", r["status"]),
                        _d(r["answered_on"], lang),
                        r["answer"],
                    ]
                    for r in data["requests"]
                ],
                [40, 22, 22, 22, 64],
            )
        )
    else:
        story.append(_p(t["requests_none"]))
    story.append(_p(t["sources"], H2))
    seen: list[str] = []
    for s in data["data_sources"]:
        line = _source(lang, s["source"], s["detail"])
        if line not in seen:
            seen.append(line)
            story.append(_p(f"• {line}"))
    story.append(_p(t["recipients"], H2))
    story.append(_p(data["notice"]["recipients"] or t["recipients_default"]))
    retention: list[Flowable] = [_p(t["retention"], H2)]
    for rec in (person, cust):
        if rec["retention_until"]:
            retention.append(
                _p(
                    t["retention_record"].format(
                        date=_d(rec["retention_until"], lang), reason=rec["retention_reason"] or "—"
                    )
                )
            )
    if len(retention) == 1:
        retention.append(_p(t["retention_record_nodate"]))
    retention.append(_p(data["notice"]["retention"] or t["retention_default"]))
    story.append(KeepTogether(retention))
    story.append(Spacer(1, 8))
    story.append(_p(t["rights"], SMALL))
    return _build(story, t["title"].format(controller=ctrl["name"]))


def _what(lang: str, t: dict[str, Any], i: dict[str, Any]) -> str:
    who = t["concerns_you"] if i["concerns"] == "person" else t["concerns_org"]
    return f"{texts.label(lang, 'interaction', i['kind'])} ({who})"


def _source(lang: str, source: str, detail: str) -> str:
    label = texts.label(lang, "data_source", source)
    return f"{label} ({detail})" if detail else label


def render_letter(
    sender_lines: Sequence[str],
    recipient: str,
    date_text: str,
    subject: str,
    paragraphs: Sequence[str],
    closing: Sequence[str],
) -> bytes:
    """A plain one-page letter: sender, date, recipient, subject, body, signature."""
    story: list[Flowable] = [_p("\n".join(x for x in sender_lines if x), SMALL), Spacer(1, 6)]
    story.append(_p(date_text))
    story.append(Spacer(1, 10))
    if recipient:
        story.append(_p(recipient))
        story.append(Spacer(1, 10))
    story.append(_p(subject, H2))
    for para in paragraphs:
        if para.strip():
            story.append(_p(para))
            story.append(Spacer(1, 4))
    story.append(Spacer(1, 10))
    story.append(_p("\n".join(x for x in closing if x)))
    return _build(story, subject)
