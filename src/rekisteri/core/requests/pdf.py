"""The access pack and the answer letters as PDF, built in memory.

Uses the shared report look (``rekisteri.core.reports``: embedded DejaVu Sans, styles,
numbered footer), so a pack reads like the notice and the review minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
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

if TYPE_CHECKING:
    from rekisteri.core.requests.pack import PackContents, PackInteraction


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


def _d(value: dt.date | None, lang: str) -> str:
    if value is None:
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    return format_date(day, lang)


class _Pack:
    """One access pack being laid out: the pack, its language's texts and styles.

    Each ``section_*`` returns the flowables of one part of the pack, in the order the
    person reads them (``SECTIONS``); a new part of ``PackContents`` gets one here.
    """

    def __init__(self, pack: PackContents) -> None:
        self.pack = pack
        self.lang = pack.language
        self.st = _Styles(self.lang)
        self.t: dict[str, Any] = texts.load(self.lang)["pack"]
        self.f: dict[str, str] = self.t["fields"]
        self.yes_no = {True: self.t["yes"], False: self.t["no"]}

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return _p(text, style or self.st.body)

    def h2(self, key: str) -> Paragraph:
        return _p(self.t[key], self.st.h2)

    def label(self, kind: str, value: str) -> str:
        return texts.label(self.lang, kind, value)

    def title(self) -> str:
        return str(self.t["title"].format(controller=self.pack.controller.name))

    def section_intro(self) -> list[Flowable]:
        t = self.t
        heading = t["title"].format(controller=self.pack.controller.name or "—")
        today = _d(self.pack.generated_on, self.lang)
        return [_p(heading, self.st.h1), self.p(t["intro"].format(today=today))]

    def section_controller(self) -> list[Flowable]:
        f, c = self.f, self.pack.controller
        rows = [
            (f["name"], c.name),
            (f["business_id"], c.business_id),
            (f["address"], _address(c.street, c.postcode, c.city)),
            (f["email"], c.email),
            (f["phone"], format_phone(c.phone or "", self.lang)),
        ]
        return [self.h2("controller"), _pairs(self.st, rows)]

    def section_person(self) -> list[Flowable]:
        f, p, lang = self.f, self.pack.person, self.lang
        banned = ", ".join(self.label("channel", c) for c in p.banned_channels)
        rows = [
            (f["name"], f"{p.first_name} {p.last_name}".strip()),
            (f["kind"], self.label("contact_kind", p.kind)),
            (f["title"], p.title),
            (f["emails"], ", ".join(p.emails)),
            (f["phones"], ", ".join(format_phone(n, lang) for n in p.phones)),
            (f["address"], _address(p.street, p.postcode, p.city, p.country)),
            (f["language"], self.label("language", p.language)),
            (f["hetu"], p.personal_identity_code or ""),
            (f["data_source"], _source(lang, p.data_source, p.data_source_detail)),
            (f["opt_out_informed"], self.yes_no[p.opt_out_informed]),
            (f["restricted"], self.yes_no[p.restricted]),
            (f["restriction_reason"], p.restriction_reason),
            (f["banned_channels"], banned),
            (f["created"], _d(p.created_at, lang)),
            (f["updated"], _d(p.updated_at, lang)),
        ]
        return [self.h2("person"), _pairs(self.st, rows)]

    def section_customer(self) -> list[Flowable]:
        f, c, lang = self.f, self.pack.customer, self.lang
        rows = [
            (f["name"], c.name),
            (f["kind"], self.label("customer_kind", c.kind)),
            (f["business_id"], c.business_id),
            (f["industry"], c.industry),
            (f["billing_address"], _address(c.billing_street, c.billing_postcode, c.billing_city)),
            (f["status"], self.label("customer_status", c.status)),
            (f["customer_since"], _d(c.customer_since, lang)),
            (f["ended_on"], _d(c.ended_on, lang)),
            (f["last_contact_on"], _d(c.last_contact_on, lang)),
            (f["notes"], c.notes),
        ]
        return [self.h2("customer"), _pairs(self.st, rows)]

    def _table(
        self,
        heading: str,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
    ) -> list[Flowable]:
        """A heading and its table, or the pack's sentence for "none" (``<heading>_none``)."""
        if not rows:
            return [self.h2(heading), self.p(self.t[f"{heading}_none"])]
        return [self.h2(heading), _grid(self.st, [self.f[h] for h in header], rows, widths)]

    def section_interactions(self) -> list[Flowable]:
        rows = [
            [_d(i.occurred_on, self.lang), self._what(i), i.note, i.invoice_ref]
            for i in self.pack.interactions
        ]
        return self._table(
            "interactions", ["date", "what", "note", "invoice"], rows, [22, 45, 80, 23]
        )

    def _what(self, i: PackInteraction) -> str:
        who = self.t["concerns_you"] if i.concerns == "person" else self.t["concerns_org"]
        return f"{self.label('interaction', i.kind)} ({who})"

    def section_ledger(self) -> list[Flowable]:
        rows = [
            [
                _d(e.occurred_on, self.lang),
                self.label("channel", e.channel),
                self.label("consent_action", e.action),
                self.label("consent_source", e.source),
                e.evidence,
            ]
            for e in self.pack.consent_ledger
        ]
        header = ["date", "channel", "action", "source", "evidence"]
        return self._table("ledger", header, rows, [22, 36, 36, 28, 48])

    def section_requests(self) -> list[Flowable]:
        rows = [
            [
                self.label("request_kind", r.kind),
                _d(r.received_on, self.lang),
                self.label("request_status", r.status),
                _d(r.answered_on, self.lang),
                r.answer,
            ]
            for r in self.pack.requests
        ]
        header = ["request", "received", "status", "answered", "answer"]
        return self._table("requests", header, rows, [40, 22, 22, 22, 64])

    def section_breaches(self) -> list[Flowable]:
        """The breaches that concerned the person (their texts live with the breach log)."""
        t = breach_texts(self.lang)["pack"]
        if not self.pack.breaches:
            return [_p(t["heading"], self.st.h2), self.p(t["none"])]
        rows = [[_d(b.aware_on, self.lang), b.description, b.measures] for b in self.pack.breaches]
        header = [t["date"], t["what"], t["measures"]]
        return [_p(t["heading"], self.st.h2), _grid(self.st, header, rows, [22, 84, 64])]

    def section_sources(self) -> list[Flowable]:
        lines = [_source(self.lang, s.source, s.detail) for s in self.pack.data_sources]
        bullets: list[Flowable] = [self.p(f"• {line}") for line in dict.fromkeys(lines)]
        return [self.h2("sources"), *bullets]

    def section_notice(self) -> list[Flowable]:
        """What the notice promises: purposes, categories, recipients, transfers, automation."""
        n, t = self.pack.notice, self.t
        story: list[Flowable] = []
        for heading, text, default in (
            ("purposes", n.purposes, "purposes_default"),
            ("categories", n.categories, "categories_default"),
            ("recipients", n.recipients, "recipients_default"),
            ("transfers", n.transfers, "transfers_default"),
            ("automated", n.automated_decisions, "automated_default"),
        ):
            story += [self.h2(heading), self.p(text or t[default])]
        return story

    def section_retention(self) -> list[Flowable]:
        t, until = self.t, self.pack.retention_until
        line = (
            t["retention_record"].format(date=_d(until, self.lang))
            if until
            else t["retention_record_nodate"]
        )
        retention = self.pack.notice.retention or t["retention_default"]
        return [KeepTogether([self.h2("retention"), self.p(line), self.p(retention)])]

    def section_rights(self) -> list[Flowable]:
        n = self.pack.notice
        rights = "\n\n".join(x for x in (n.rights, n.complaint) if x)
        story: list[Flowable] = [self.h2("rights_heading"), self.p(rights)] if rights else []
        return [*story, Spacer(1, 8), self.p(self.t["rights"], self.st.small)]

    SECTIONS = (
        section_intro,
        section_controller,
        section_person,
        section_customer,
        section_interactions,
        section_ledger,
        section_requests,
        section_breaches,
        section_sources,
        section_notice,
        section_retention,
        section_rights,
    )

    def story(self) -> list[Flowable]:
        return [flowable for section in self.SECTIONS for flowable in section(self)]


def render_pack(pack: PackContents) -> bytes:
    """The access pack in plain language, in the person's language."""
    layout = _Pack(pack)
    name = pack.controller.name
    meta = PdfMeta(title=layout.title(), author=name, footer=layout.title(), language=pack.language)
    return build_pdf(layout.story(), meta)


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
