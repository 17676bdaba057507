"""Render the main views with a made-up demo register to PNG files (``make screenshots``).

Everything runs offscreen in a temporary folder with a fixed date, so the pictures are the
same on every machine and no real register or user setting is touched. Each language's set
is the user guide's pictures (``resources/guide/LANG/img``); a dark set shows the app under a
dark Fusion palette, for the README and for checking that every text stays readable.

    python tools/screenshots.py OUT [LANG] [--dark]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from rekisteri.core import demo
from rekisteri.core.clock import FrozenClock
from rekisteri.core.dto import CustomerQuery
from rekisteri.core.i18n import set_translator
from rekisteri.core.register import Register
from rekisteri.ui.appearance import apply_appearance
from rekisteri.ui.preferences import use_settings_path
from rekisteri.ui.translations import install_translations

TODAY = dt.date(2026, 11, 22)
SIZE = (1400, 860)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, out: Path, name: str) -> None:
    path = out / name
    widget.grab().save(str(path))
    print(path)


def _pick_customer(register: Register) -> int:
    """An organisation with several contacts, a ban and a contact log: shows the most."""
    page = register.list_customers(CustomerQuery(kind="organisation"), limit=200)
    best = page.rows[0].id
    for row in page.rows:
        detail = register.get_customer(row.id)
        if len(detail.contacts) >= 2 and len(detail.interactions) >= 3 and row.ban_state != "none":
            return row.id
        if len(detail.contacts) >= 2:
            best = row.id
    return best


# A made-up breach in the screenshot's language: the owner writes it in their own words.
_BREACH = {
    "fi": (
        "Uutiskirje lähti vahingossa näkyvin vastaanottajin: osoitteet näkyivät kaikille.",
        "nimet, sähköpostiosoitteet",
        "uutiskirjeen tilaajat",
        "roskaposti, tietojenkalastelu nimissämme",
        "Pyydetty vastaanottajia poistamaan viesti; postituspalvelun asetukset korjattu.",
    ),
    "sv": (
        "Nyhetsbrevet skickades av misstag med synliga mottagare: alla såg adresserna.",
        "namn, e-postadresser",
        "prenumeranter på nyhetsbrevet",
        "skräppost, nätfiske i vårt namn",
        "Mottagarna ombedda att radera meddelandet; utskickstjänstens inställningar rättade.",
    ),
    "en": (
        "The newsletter went out with visible recipients: everyone saw the addresses.",
        "names, e-mail addresses",
        "newsletter subscribers",
        "spam, phishing in our name",
        "Recipients asked to delete the message; the mailing service's settings corrected.",
    ),
}


def _log_breach(register: Register, language: str) -> None:
    from rekisteri.core.breaches.dto import BreachInput

    what, data, people, consequences, measures = _BREACH.get(language, _BREACH["en"])
    register.breaches.log(
        BreachInput(
            aware_at=dt.datetime(2026, 11, 21, 14, 30, tzinfo=dt.UTC),
            description=what,
            nature=("confidentiality",),
            data_categories=data,
            people_categories=people,
            people_count=140,
            consequences=consequences,
            measures_taken=measures,
        )
    )


def render(out: Path, language: str | None = None, *, dark: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_appearance(app, "dark" if dark else "light")  # what View → Appearance does
    install_translations(app, language or "en")
    set_translator(lambda ctx, text: QCoreApplication.translate(ctx, text))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REKISTERI_HOME"] = tmp  # never the real data folder
        use_settings_path(Path(tmp) / "qsettings")
        from rekisteri.ui.ban_dialog import MarkBanDialog
        from rekisteri.ui.customer_detail import TAB_CONTACTS, TAB_LOG
        from rekisteri.ui.mainwindow import MainWindow

        register = Register.open(Path(tmp) / "demo.sqlite", actor="Aino", clock=FrozenClock(TODAY))
        window = MainWindow(register)
        window.resize(*SIZE)
        window.show()
        _settle(app)
        _save(window, out, "01-first-start.png")

        register.save_controller(demo.DEMO_CONTROLLER)
        demo.generate(register.db, 500, seed=1)
        window.refresh()
        pane = window.register_pane
        customer_id = _pick_customer(register)
        window.show_customer(customer_id)
        _settle(app)
        _save(window, out, "02-register.png")

        pane.detail.tabs.setCurrentIndex(TAB_CONTACTS)
        for i, editor in enumerate(pane.detail.editors):
            if editor.contact is not None and editor.contact.ledger:
                pane.detail.contact_tabs.setCurrentIndex(i)
                break
        _settle(app)
        _save(window, out, "03-contact-persons.png")

        pane.detail.tabs.setCurrentIndex(TAB_LOG)
        _settle(app)
        _save(window, out, "04-contact-log.png")

        pane.filters.search.setText("oy")
        pane.filters.marketing.setCurrentIndex(pane.filters.marketing.findData("banned"))
        pane.filters.apply_now()
        window.show_customer(pane.model.row_at(0).id)
        _settle(app)
        _save(window, out, "05-search-and-filter.png")

        dialog = MarkBanDialog("Etelä Catering Oy", TODAY, window)
        dialog.note.setText("Replied to the newsletter: no more offers")
        dialog.show()
        _settle(app)
        _save(dialog, out, "06-mark-marketing-ban.png")
        dialog.close()

        pane.filters.search.clear()
        pane.filters.marketing.setCurrentIndex(0)
        pane.filters.apply_now()
        window.new_customer()
        detail = pane.detail
        detail.form.name.setText("Kahvila Aamu Oy")
        detail.form.business_id.setText("1572860-1")
        detail.editors[0].first_name.setText("Mikko")
        detail.editors[0].last_name.setText("Salo")
        detail.editors[0].emails.edits()[0].setText("mikko at aamu.fi")
        detail.save()
        detail.tabs.setCurrentIndex(0)
        _settle(app)
        _save(window, out, "07-validation.png")
        detail.clear()

        window.show_pane("settings")
        _settle(app)
        _save(window, out, "08-settings.png")

        _log_breach(register, language or "en")

        # The notice pane last: once built, its width is the window's minimum.
        for n, key, name in (
            (10, "review", "review"),
            (11, "requests", "requests"),
            (12, "breaches", "breaches"),
            (13, "record", "record-of-processing"),
            (9, "notice", "privacy-notice"),
        ):
            window.show_pane(key)
            if key == "breaches":
                window.pane(key).view.selectRow(0)  # type: ignore[attr-defined]
            # A pane wider than the window scrolls; show it whole (its width is its own).
            extra = window.pane(key).minimumSizeHint().width() - window.stack.width()
            window.resize(SIZE[0] + max(0, extra), SIZE[1])
            _settle(app)
            _save(window, out, f"{n:02d}-{name}.png")
            window.resize(*SIZE)

        window.close()
        register.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    dark = "--dark" in args
    args = [a for a in args if a != "--dark"]
    out = Path(args[0]) if args else Path("resources/guide/en/img")
    render(out, args[1] if len(args) > 1 else None, dark=dark)  # "fi" needs the compiled .qm
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
