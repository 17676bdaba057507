"""The access pack and the answer letters as PDF, built in memory.

Uses the shared report look (``rekisteri.core.reports``: embedded DejaVu Sans, styles,
numbered footer), so a pack reads like the notice and the review minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from rekisteri.core.breaches.texts import load as breach_texts
from rekisteri.core.formats import format_date, format_date_long, format_phone
from rekisteri.core.reports.pdf import PdfMeta, build_pdf
from rekisteri.core.reports.styles import ReportStyles, report_styles
from rekisteri.core.requests import texts


class _Styles:
    """The shared styles for one document language, plus a compact one for tables."""

    def __init__(self, lang: str) -> None:
        base: ReportStyles = report_styles(lang)
        self.h1 = base.title
        self.h2 = base.heading
        self.body = base.body
        self.small = base.small
        # Data is never hyphenated: an e-mail address or a note must read exactly as held.
        self.cell = ParagraphStyle(
            "cell", parent=base.body, fontSize=8.5, leading=11, spaceAfter=0, hyphenationLang=""
        )
        self.key = ParagraphStyle("key", parent=self.cell, textColor=base.small.textColor)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _pairs(st: _Styles, rows: Sequence[tuple[str, str]]) -> Flowable:
    data = [[_p(k, st.key), _p(v, st.cell)] for k, v in rows if v]
    if not data:  # e.g. the controller's details not filled in yet: reportlab rejects 0 rows
        return _p("—", st.cell)
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


def _grid(
    st: _Styles, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> Table:
    data = [[_p(h, st.key) for h in header]] + [[_p(c, st.cell) for c in r] for r in rows]
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


def _address(street: str | None, postcode: str | None, city: str | None, country: str = "") -> str:
    """ "Hämeenkatu 76, 40100 Jyväskylä" as Finns write an address on one line.

    The country is added only for a foreign address: "FI" after a Finnish one reads like
    a stray code.
    """
    town = " ".join(x for x in (postcode, city) if x)
    foreign = (
        country if country and country.upper() not in ("FI", "FIN", "SUOMI", "FINLAND") else ""
    )
    return ", ".join(x for x in (street, town, foreign) if x)


def _d(iso: str | None, lang: str) -> str:
    if not iso:
        return ""
    return format_date(dt.date.fromisoformat(iso[:10]), lang)


def render_pack(data: dict[str, Any]) -> bytes:
    """The access pack in plain language, in the person's language."""
    lang = data["language"]
    st = _Styles(lang)
    t = texts.load(lang)["pack"]
    f = t["fields"]
    yes_no = {True: t["yes"], False: t["no"]}
    ctrl = data["controller"]
    person = data["person"]
    cust = data["customer"]
    today = _d(data["generated_on"], lang)
    story: list[Flowable] = [
        _p(t["title"].format(controller=ctrl["name"] or "—"), st.h1),
        _p(t["intro"].format(today=today), st.body),
        _p(t["controller"], st.h2),
        _pairs(
            st,
            [
                (f["name"], ctrl["name"]),
                (f["business_id"], ctrl["business_id"]),
                (
                    f["address"],
                    _address(ctrl["street"], ctrl["postcode"], ctrl["city"]),
                ),
                (f["email"], ctrl["email"]),
                (f["phone"], format_phone(ctrl["phone"] or "", lang)),
            ],
        ),
        _p(t["person"], st.h2),
        _pairs(
            st,
            [
                (f["name"], f"{person['first_name']} {person['last_name']}".strip()),
                (f["kind"], texts.label(lang, "contact_kind", person["kind"])),
                (f["title"], person["title"]),
                (f["emails"], ", ".join(person["emails"])),
                (f["phones"], ", ".join(format_phone(p, lang) for p in person["phones"])),
                (
                    f["address"],
                    _address(
                        person["street"], person["postcode"], person["city"], person["country"]
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
            ],
        ),
        _p(t["customer"], st.h2),
        _pairs(
            st,
            [
                (f["name"], cust["name"]),
                (f["kind"], texts.label(lang, "customer_kind", cust["kind"])),
                (f["business_id"], cust["business_id"]),
                (f["industry"], cust["industry"]),
                (
                    f["billing_address"],
                    _address(
                        cust["billing_street"], cust["billing_postcode"], cust["billing_city"]
                    ),
                ),
                (f["status"], texts.label(lang, "customer_status", cust["status"])),
                (f["customer_since"], _d(cust["customer_since"], lang)),
                (f["ended_on"], _d(cust["ended_on"], lang)),
                (f["last_contact_on"], _d(cust["last_contact_on"], lang)),
                (f["notes"], cust["notes"]),
            ],
        ),
        _p(t["interactions"], st.h2),
    ]
    if data["interactions"]:
        story.append(
            _grid(
                st,
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
        story.append(_p(t["interactions_none"], st.body))
    story.append(_p(t["ledger"], st.h2))
    if data["consent_ledger"]:
        story.append(
            _grid(
                st,
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
        story.append(_p(t["ledger_none"], st.body))
    story.append(_p(t["requests"], st.h2))
    if data["requests"]:
        story.append(
            _grid(
                st,
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
        story.append(_p(t["requests_none"], st.body))
    story.extend(_breaches(st, lang, data.get("breaches", [])))
    story.append(_p(t["sources"], st.h2))
    seen: list[str] = []
    for s in data["data_sources"]:
        line = _source(lang, s["source"], s["detail"])
        if line not in seen:
            seen.append(line)
            story.append(_p(f"• {line}", st.body))
    notice = data["notice"]
    for heading, key, default in (
        ("purposes", "purposes", "purposes_default"),
        ("categories", "categories", "categories_default"),
    ):
        story.append(_p(t[heading], st.h2))
        story.append(_p(notice.get(key) or t[default], st.body))
    story.append(_p(t["recipients"], st.h2))
    story.append(_p(notice["recipients"] or t["recipients_default"], st.body))
    story.append(_p(t["transfers"], st.h2))
    story.append(_p(notice.get("transfers") or t["transfers_default"], st.body))
    story.append(_p(t["automated"], st.h2))
    story.append(_p(notice.get("automated_decisions") or t["automated_default"], st.body))
    retention: list[Flowable] = [_p(t["retention"], st.h2)]
    # The person's own record decides; the customer record only when the contact has no date.
    until = person["retention_until"] or cust["retention_until"]
    line = (
        t["retention_record"].format(date=_d(until, lang))
        if until
        else t["retention_record_nodate"]
    )
    retention.append(_p(line, st.body))
    retention.append(_p(data["notice"]["retention"] or t["retention_default"], st.body))
    story.append(KeepTogether(retention))
    rights = "\n\n".join(x for x in (notice.get("rights"), notice.get("complaint")) if x)
    if rights:
        story.append(_p(t["rights_heading"], st.h2))
        story.append(_p(rights, st.body))
    story.append(Spacer(1, 8))
    story.append(_p(t["rights"], st.small))
    meta = PdfMeta(
        title=t["title"].format(controller=ctrl["name"]),
        author=ctrl["name"],
        footer=t["title"].format(controller=ctrl["name"]),
        language=lang,
    )
    return build_pdf(story, meta)


def _breaches(st: _Styles, lang: str, rows: list[dict[str, Any]]) -> list[Flowable]:
    """The breaches that concerned the person (their texts live with the breach log)."""
    t = breach_texts(lang)["pack"]
    if not rows:
        return [_p(t["heading"], st.h2), _p(t["none"], st.body)]
    grid = _grid(
        st,
        [t["date"], t["what"], t["measures"]],
        [[_d(b["aware_on"], lang), b["description"], b["measures"]] for b in rows],
        [22, 84, 64],
    )
    return [_p(t["heading"], st.h2), grid]


def _what(lang: str, t: dict[str, Any], i: dict[str, Any]) -> str:
    who = t["concerns_you"] if i["concerns"] == "person" else t["concerns_org"]
    return f"{texts.label(lang, 'interaction', i['kind'])} ({who})"


def _source(lang: str, source: str, detail: str) -> str:
    label = texts.label(lang, "data_source", source)
    return f"{label} ({detail})" if detail else label


def _letter_head(st: _Styles, sender_lines: Sequence[str], date_text: str) -> Table:
    """SFS 2487 puts the date at the date column, 115 mm from the page's left edge."""
    sender = _p("\n".join(x for x in sender_lines if x), st.small)
    # The frame's own 6 pt padding is already left of the first column.
    head = Table([[sender, _p(date_text, st.body)]], colWidths=[95 * mm - 6, 70 * mm])
    head.hAlign = "LEFT"
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return head


def render_letter(
    lang: str,
    sender_lines: Sequence[str],
    recipient: str,
    day: dt.date,
    subject: str,
    paragraphs: Sequence[str],
    closing: Sequence[str],
) -> bytes:
    """A letter laid out after SFS 2487: sender block left, date in the date column."""
    st = _Styles(lang)
    story: list[Flowable] = [_letter_head(st, sender_lines, format_date_long(day, lang))]
    story.append(Spacer(1, 12))
    if recipient:
        story.append(_p(recipient, st.body))
        story.append(Spacer(1, 10))
    story.append(_p(subject, st.h2))
    for para in paragraphs:
        if para.strip():
            story.append(_p(para, st.body))
            story.append(Spacer(1, 4))
    story.append(Spacer(1, 10))
    story.append(_p("\n".join(x for x in closing if x), st.body))
    sender = sender_lines[0] if sender_lines else ""
    # SFS 2487, the Finnish letter standard, numbers pages "1 (2)".
    meta = PdfMeta(
        title=subject, author=sender, footer=sender, language=lang, page_label="{page} ({pages})"
    )
    return build_pdf(story, meta)
