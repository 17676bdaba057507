"""Review minutes as PDF: the controller's proof that the purge was reviewed and done.

The document is written in the language chosen for it (fi, sv or en), independent of the
UI's language, so its wording lives here as a small template per language. Names of kept
records are allowed: the minutes are the controller's own record, not a published document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from rekisteri.core.formats import format_number, plural_form
from rekisteri.core.reports.fonts import register_fonts
from rekisteri.core.reports.pdf import PdfMeta, build_pdf
from rekisteri.core.reports.styles import report_styles
from rekisteri.core.retention.dates import fmt_date
from rekisteri.core.retention.erase import Effect
from rekisteri.core.retention.review import OutcomeLine, ReviewOutcome
from rekisteri.core.retention.rules import RuleView

RULE_NAMES: dict[str, dict[str, str]] = {
    "fi": {
        "customer_relationship": "Asiakassuhde",
        "prospect": "Potentiaalinen asiakas tai pelkkä markkinointi",
        "prospect_withdrawn": "Markkinointisuostumus peruttu",
        "bookkeeping": "Kirjanpito",
    },
    "sv": {
        "customer_relationship": "Kundrelation",
        "prospect": "Potentiell kund eller endast marknadsföring",
        "prospect_withdrawn": "Samtycke till marknadsföring återkallat",
        "bookkeeping": "Bokföring",
    },
    "en": {
        "customer_relationship": "Customer relationship",
        "prospect": "Prospect or marketing-only record",
        "prospect_withdrawn": "Marketing consent withdrawn",
        "bookkeeping": "Bookkeeping",
    },
}

COUNTS_FROM: dict[str, dict[str, str]] = {
    "fi": {
        "last_contact": "viimeisestä yhteydenotosta",
        "relationship_end": "asiakassuhteen päättymisestä",
        "consent_withdrawn": "suostumuksen perumisesta tai kiellosta",
        "financial_year_end": (
            "sen kalenterivuoden lopusta, jona viimeisen laskun tilikausi päättyi"
        ),
        "interaction_date": "tapahtuman päivästä",
    },
    "sv": {
        "last_contact": "från den senaste kontakten",
        "relationship_end": "från kundrelationens slut",
        "consent_withdrawn": "från återkallat samtycke eller förbud",
        "financial_year_end": (
            "från utgången av det kalenderår då den sista fakturans räkenskapsperiod slutade"
        ),
        "interaction_date": "från händelsens datum",
    },
    "en": {
        "last_contact": "from the last contact",
        "relationship_end": "from the end of the customer relationship",
        "consent_withdrawn": "from consent withdrawn or ban set",
        "financial_year_end": (
            "from the end of the calendar year in which the last invoice's financial year ended"
        ),
        "interaction_date": "from the interaction's date",
    },
}

HOLD_KINDS: dict[str, dict[str, str]] = {
    "fi": {
        "bookkeeping": "kirjanpito",
        "dispute": "riita-asia",
        "review": "päätetty läpikäynnissä",
        "other": "lakisääteinen velvoite",
    },
    "sv": {
        "bookkeeping": "bokföring",
        "dispute": "tvist",
        "review": "beslutat vid granskningen",
        "other": "lagstadgad skyldighet",
    },
    "en": {
        "bookkeeping": "bookkeeping",
        "dispute": "dispute",
        "review": "decided in the review",
        "other": "legal duty",
    },
}

TEXTS: dict[str, dict[str, str]] = {
    "fi": {
        "kept_until": "säilytetään {until} asti: {what}",
        "invoice": "lasku {ref}",
        "reduced_keep_one": "lasku ja asiakkaan tunnistetiedot ",
        "reduced_keep": "{n} laskua ja asiakkaan tunnistetiedot ",
        "title": "Säilytysaikojen läpikäynti – pöytäkirja",
        "date": "Päivämäärä",
        "reviewer": "Tarkastaja",
        "controller": "Rekisterinpitäjä",
        "rules": "Voimassa olevat säilytyssäännöt",
        "rule": "Sääntö",
        "period": "Säilytysaika",
        "action": "Toimenpide",
        "off": "(ei käytössä)",
        "counts": "Päätökset",
        "effect": "Lopputulos",
        "count": "Lukumäärä",
        "deleted": "Poistettu",
        "anonymised": "Anonymisoitu",
        "reduced": "Poistettu, kirjanpitoaineisto säilytetty",
        "held": "Säilytetty säilytysvelvoitteen vuoksi",
        "kept": "Säilytetty päätöksellä",
        "missing": "Ei enää rekisterissä",
        "kept_records": "Säilytetyt tietueet ja perusteet",
        "name": "Nimi",
        "reason": "Peruste",
        "none": "Ei säilytettyjä tietueita.",
        "next": "Seuraava läpikäynti viimeistään",
        "backup": "Ennen poistoja otettu varmuuskopio sisältää poistetut tiedot, "
        "kunnes se poistetaan {date}.",
        "delete": "Poista",
        "anonymise": "Anonymisoi",
        "year": "vuosi",
        "years": "vuotta",
        "month": "kuukausi",
        "months": "kuukautta",
        "day": "päivä",
        "days": "päivää",
    },
    "sv": {
        "kept_until": "bevaras till {until}: {what}",
        "invoice": "faktura {ref}",
        "reduced_keep_one": "fakturan och kundens identifieringsuppgifter ",
        "reduced_keep": "{n} fakturor och kundens identifieringsuppgifter ",
        "title": "Granskning av lagringstider – protokoll",
        "date": "Datum",
        "reviewer": "Granskare",
        "controller": "Personuppgiftsansvarig",
        "rules": "Gällande lagringsregler",
        "rule": "Regel",
        "period": "Lagringstid",
        "action": "Åtgärd",
        "off": "(inte i bruk)",
        "counts": "Beslut",
        "effect": "Utfall",
        "count": "Antal",
        "deleted": "Raderade",
        "anonymised": "Anonymiserade",
        "reduced": "Raderade, bokföringsmaterial bevarat",
        "held": "Bevarade på grund av lagringsskyldighet",
        "kept": "Bevarade genom beslut",
        "missing": "Inte längre i registret",
        "kept_records": "Bevarade poster och grunder",
        "name": "Namn",
        "reason": "Grund",
        "none": "Inga bevarade poster.",
        "next": "Nästa granskning senast",
        "backup": "Säkerhetskopian som togs före raderingen innehåller de raderade "
        "uppgifterna tills den raderas {date}.",
        "delete": "Radera",
        "anonymise": "Anonymisera",
        "year": "år",
        "years": "år",
        "month": "månad",
        "months": "månader",
        "day": "dag",
        "days": "dagar",
    },
    "en": {
        "kept_until": "kept until {until}: {what}",
        "invoice": "invoice {ref}",
        "reduced_keep_one": "the invoice and the customer's identifying data ",
        "reduced_keep": "the {n} invoices and the customer's identifying data ",
        "title": "Retention review – minutes",
        "date": "Date",
        "reviewer": "Reviewer",
        "controller": "Controller",
        "rules": "Retention rules in force",
        "rule": "Rule",
        "period": "Period",
        "action": "Action",
        "off": "(not in use)",
        "counts": "Decisions",
        "effect": "Outcome",
        "count": "Count",
        "deleted": "Deleted",
        "anonymised": "Anonymised",
        "reduced": "Deleted, bookkeeping records kept",
        "held": "Kept under a legal duty",
        "kept": "Kept by decision",
        "missing": "No longer in the register",
        "kept_records": "Records kept and why",
        "name": "Name",
        "reason": "Reason",
        "none": "No records were kept.",
        "next": "Next review at the latest",
        "backup": "The backup taken before the erasure holds the erased data until it is "
        "deleted on {date}.",
        "delete": "Delete",
        "anonymise": "Anonymise",
        "year": "year",
        "years": "years",
        "month": "month",
        "months": "months",
        "day": "day",
        "days": "days",
    },
}

_COUNT_ORDER = (
    Effect.DELETED,
    Effect.REDUCED,
    Effect.ANONYMISED,
    Effect.HELD,
    Effect.KEPT,
    Effect.MISSING,
)


@dataclass(frozen=True)
class MinutesData:
    held_on: dt.date
    reviewer: str
    rules: tuple[RuleView, ...]
    outcome: ReviewOutcome
    controller: str = ""


def _period(rule: RuleView, t: dict[str, str]) -> str:
    parts = [
        f"{n} {plural_form(n, t[unit], t[unit + 's'])}"
        for n, unit in (
            (rule.period_years, "year"),
            (rule.period_months, "month"),
            (rule.period_days, "day"),
        )
        if n
    ]
    return " ".join(parts) or f"0 {t['days']}"


def _kept(line: OutcomeLine, t: dict[str, str], lang: str) -> str:
    """The reason for keeping, worded in the document's language."""
    if line.kept_until is None:
        return line.kept
    note, kind = line.kept_note, line.kept_kind
    if kind == "invoices":  # derived from the invoices: the note is the invoice reference
        note, kind = (t["invoice"].format(ref=note) if note else ""), "bookkeeping"
    label = HOLD_KINDS[lang].get(kind, kind)
    what = f"{label}, {note}" if note else label
    text = t["kept_until"].format(until=fmt_date(line.kept_until, lang), what=what)
    if line.effect == Effect.REDUCED:
        n = line.invoices_kept
        text = plural_form(n, t["reduced_keep_one"], t["reduced_keep"]).format(n=n) + text
    return text


def _styles(lang: str) -> dict[str, ParagraphStyle]:
    styles = report_styles(lang)
    return {
        "body": styles.body,
        "title": styles.title,
        "heading": styles.heading,
        "cell": ParagraphStyle("cell", parent=styles.body, fontSize=9, leading=11, spaceAfter=0),
    }


def _table(rows: list[list[object]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()[0]),
                ("FONTNAME", (0, 0), (-1, 0), register_fonts()[1]),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def build_minutes(data: MinutesData, lang: str = "fi") -> bytes:
    lang = lang if lang in TEXTS else "fi"
    t = TEXTS[lang]
    st = _styles(lang)

    def p(text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text), st[style])

    story: list[Flowable] = [p(t["title"], "title")]
    meta = [[t["date"], fmt_date(data.held_on, lang)], [t["reviewer"], data.reviewer]]
    if data.controller:
        meta.append([t["controller"], data.controller])
    story.append(_table([[p(a), p(b)] for a, b in meta], [45 * mm, 125 * mm]))

    story.append(p(t["rules"], "heading"))
    rule_rows: list[list[object]] = [[t["rule"], t["period"], t["action"]]]
    for r in data.rules:
        name = RULE_NAMES[lang].get(r.key, r.name) if r.key else r.name
        name += "" if r.enabled else f" {t['off']}"
        action = t.get(r.action, r.action)
        start = COUNTS_FROM[lang].get(r.counts_from, r.counts_from)
        rule_rows.append([p(name), p(f"{_period(r, t)} {start}"), p(action)])
    story.append(_table(rule_rows, [55 * mm, 85 * mm, 30 * mm]))

    story.append(p(t["counts"], "heading"))
    count_rows: list[list[object]] = [[t["effect"], t["count"]]]
    for effect in _COUNT_ORDER:
        count = format_number(data.outcome.counts.get(effect, 0), lang)
        count_rows.append([p(t[effect.value]), count])
    story.append(_table(count_rows, [140 * mm, 30 * mm]))

    story.append(p(t["kept_records"], "heading"))
    kept = [line for line in data.outcome.lines if line.kept]
    if kept:
        rows: list[list[object]] = [[t["name"], t["reason"]]]
        rows += [[p(line.name), p(_kept(line, t, lang))] for line in kept]
        story.append(_table(rows, [60 * mm, 110 * mm]))
    else:
        story.append(p(t["none"], "body"))

    story.append(Spacer(1, 8 * mm))
    if data.outcome.next_review_on is not None:
        story.append(p(f"{t['next']}: {fmt_date(data.outcome.next_review_on, lang)}", "body"))
    if data.outcome.backup_expires_on is not None:
        story.append(Spacer(1, 2 * mm))
        story.append(
            p(t["backup"].format(date=fmt_date(data.outcome.backup_expires_on, lang)), "body")
        )

    pdf_meta = PdfMeta(
        title=t["title"],
        author=data.reviewer,
        subject=data.controller,
        footer=f"{t['title']} {fmt_date(data.held_on, lang)}",
        language=lang,
    )
    return build_pdf(story, pdf_meta)
