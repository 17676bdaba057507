"""``rekisteri --self-test``: prove that an installed copy holds everything it needs.

A bundle can build cleanly and still miss a data file, a Qt plugin or a lazily imported
module; that only shows when the code path runs. The self-test runs each such path once on a
throw-away register in a temporary folder (never the user's register, never their data
folder) and prints one OK/FAIL line per step, so a failing installer build says what is
missing. The exit status is 0 only when every step passed.

``REKISTERI_SELFTEST_TRACEBACK=1`` adds each failure's traceback;
``REKISTERI_SELFTEST_SCREENSHOT=file.png`` saves the main window as drawn (demo data only).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rekisteri.appinfo import ICON_SIZES, data_root, icon_files, icon_svg

if TYPE_CHECKING:
    from rekisteri.core.register import Register

DEMO_CUSTOMERS = 50


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


@dataclass
class SelfTest:
    """One run: a temporary folder, the register in it, and the results so far."""

    out: TextIO
    folder: Path
    register: Register | None = None
    failures: list[str] = field(default_factory=list)
    qt_app: Any = None

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:  # the point is to report every failure, whatever it is
            self.failures.append(name)
            elapsed = time.perf_counter() - started
            print(f"FAIL  {name} ({elapsed:.2f} s): {type(exc).__name__}: {exc}", file=self.out)
            if os.environ.get("REKISTERI_SELFTEST_TRACEBACK"):
                traceback.print_exc(file=self.out)
            return False
        elapsed = time.perf_counter() - started
        suffix = f": {detail}" if detail else ""
        print(f"OK    {name} ({elapsed:.2f} s){suffix}", file=self.out)
        return True

    # --- the steps ------------------------------------------------------------------------

    def check_version(self) -> str:
        import platform

        from rekisteri import __version__

        return f"rekisteri {__version__}, Python {platform.python_version()}, {sys.platform}"

    def check_resources(self) -> str:
        if len(icon_files()) != len(ICON_SIZES) + 1:
            raise FileNotFoundError(f"application icons missing under {icon_svg().parent}")
        files = sum(1 for p in data_root("resources").rglob("*") if p.is_file())
        return f"{files} files in {data_root('resources')}"

    def open_register(self) -> str:
        from rekisteri.core.db import current_revision, head_revision
        from rekisteri.core.register import Register

        self.register = Register.open(self.folder / "selftest.sqlite", actor="self-test")
        revision = current_revision(self.register.db.engine)
        if revision != head_revision():
            raise RuntimeError(f"schema at {revision}, expected {head_revision()}")
        return f"schema {revision}"

    def add_demo_data(self) -> str:
        from rekisteri.core import demo

        register = self._register()
        register.save_controller(demo.DEMO_CONTROLLER)
        demo.generate(register.db, DEMO_CUSTOMERS, seed=1)
        counts = register.counts()
        if counts.customers != DEMO_CUSTOMERS:
            raise RuntimeError(f"{counts.customers} customers after adding {DEMO_CUSTOMERS}")
        return f"{counts.customers} customers, {counts.contacts} contacts"

    def search(self) -> str:
        from rekisteri.core.dto import CustomerQuery

        register = self._register()
        first = register.list_customers(limit=1).rows[0]
        word = first.name.split()[0]
        page = register.list_customers(CustomerQuery(text=word[:3]))
        if not any(row.id == first.id for row in page.rows):
            raise RuntimeError("a customer is not found by the start of its own name")
        detail = register.get_customer(first.id)
        return f"{page.total} hits, customer with {len(detail.contacts)} contact(s) opened"

    def start_qt(self) -> str:
        if not has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTranslator, qVersion
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0]])
        self.qt_app = app
        catalogues = sorted(data_root("translations").glob("*.qm"))
        for qm in catalogues:
            if not QTranslator().load(str(qm)):
                raise RuntimeError(f"translation {qm.name} does not load")
        return f"Qt {qVersion()} on {QApplication.platformName()}, {len(catalogues)} translation(s)"

    def check_icon(self) -> str:
        from PySide6.QtGui import QIcon

        from rekisteri.ui.application import app_icon

        # The SVG alone first: it needs Qt's SVG plugins, which a bundle can lose.
        pixmap = QIcon(str(icon_svg())).pixmap(100, 100)
        if pixmap.isNull():
            raise RuntimeError("the SVG icon does not render (Qt SVG plugins missing?)")
        sizes = app_icon().availableSizes()
        if len(sizes) < len(ICON_SIZES):
            raise RuntimeError(f"the window icon has {len(sizes)} sizes, not {len(ICON_SIZES)}")
        return f"SVG rendered at {pixmap.width()}x{pixmap.height()}, {len(sizes)} PNG sizes"

    def main_window(self) -> str:
        from PySide6.QtWidgets import QApplication

        from rekisteri.ui.mainwindow import MainWindow

        window = MainWindow(self._register())
        window.resize(1100, 700)
        window.show()
        QApplication.processEvents()
        image = window.grab()
        shot = os.environ.get("REKISTERI_SELFTEST_SCREENSHOT")
        if shot:  # demo data only: lets a packager see what the bundle draws
            image.save(shot)
        shown = window.isVisible()
        title = window.windowTitle()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        if not shown or image.isNull():
            raise RuntimeError("the main window did not show")
        size = f"{image.width()}x{image.height()}"
        return f"{type(window).__name__} '{title}' shown and painted ({size})"

    def notice_pdf(self) -> str:
        pdf = self._register().notice.render_pdf()
        if not pdf.startswith(b"%PDF-"):
            raise RuntimeError("the notice renderer did not return a PDF")
        return f"{len(pdf)} bytes in memory"

    def rules(self) -> str:
        """The libraries the rules load lazily: Finnish holidays, the Snowball stemmers and
        icalendar (the reminders' calendar file, written and read back)."""
        import datetime as dt

        from rekisteri.core.notice.words import mentions
        from rekisteri.core.requests.deadlines import first_due

        due = first_due(dt.date(2026, 11, 24))  # the month ends on jouluaatto
        if due != dt.date(2026, 12, 28):
            raise RuntimeError(f"the request deadline came out as {due}")
        if not (mentions("nimeä", "nimi", "fi") and mentions("namnet", "namn", "sv")):
            raise RuntimeError("the Finnish or Swedish stemmer is missing")
        findings = self._register().notice.check()
        events = self._calendar_events()
        return (
            f"holidays, stemmers, the notice check ({len(findings)} findings) "
            f"and the calendar file (events: {events})"
        )

    def _calendar_events(self) -> int:
        from icalendar import Calendar

        data, count = self._register().reminders.calendar("fi")
        parsed = Calendar.from_ical(data)
        events = parsed.walk("VEVENT")
        if len(events) != count or not all(e.walk("VALARM") for e in events):
            raise RuntimeError("the calendar file did not read back with its events and alarms")
        return count

    def user_guide(self) -> str:
        from rekisteri.ui.guide import CHAPTERS, GUIDE_LANGUAGES, chapters

        for lang in GUIDE_LANGUAGES:
            found = chapters(lang)
            if [c.stem for c in found] != list(CHAPTERS):
                raise RuntimeError(f"the {lang} user guide lacks chapters")
            if not any((found[0].path.parent / "img").glob("*.png")):
                raise RuntimeError(f"the {lang} user guide has no pictures")
        return f"{len(CHAPTERS)} chapters in {', '.join(GUIDE_LANGUAGES)}"

    def _register(self) -> Register:
        if self.register is None:
            raise RuntimeError("no register (an earlier step failed)")
        return self.register

    def close(self) -> None:
        if self.register is not None:
            self.register.close()
            self.register = None


def run(out: TextIO | None = None) -> int:
    """Run every step; later steps still run after a failure, so one run names every gap."""
    out = out or sys.stdout
    previous_home = os.environ.get("REKISTERI_HOME")
    with tempfile.TemporaryDirectory(prefix="rekisteri-selftest-") as folder:
        # Backups and anything else that goes to the data folder stay in the temporary one.
        os.environ["REKISTERI_HOME"] = folder
        test = SelfTest(out=out, folder=Path(folder))
        try:
            test.step("version", test.check_version)
            test.step("resources", test.check_resources)
            test.step("open a temporary register", test.open_register)
            test.step("add demo data", test.add_demo_data)
            test.step("search and open a customer", test.search)
            if test.step("start Qt", test.start_qt):
                test.step("application icon", test.check_icon)
                test.step("main window", test.main_window)
                test.step("user guide", test.user_guide)
            test.step("notice PDF", test.notice_pdf)
            test.step("rules and their libraries", test.rules)
        finally:
            test.close()
            if previous_home is None:
                os.environ.pop("REKISTERI_HOME", None)
            else:
                os.environ["REKISTERI_HOME"] = previous_home
    if test.failures:
        print(f"Self-test FAILED: {', '.join(test.failures)}", file=out)
        return 1
    print("Self-test passed.", file=out)
    return 0
