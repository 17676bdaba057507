"""Start-up reminders shown above the panes: due reviews, open requests and the like.

Each feature adds a provider ``(register) -> Banner | None`` to ``BANNER_PROVIDERS`` as a
"module:function" string, so the main window needs no import of feature code. A banner never
blocks: it says what is waiting and offers one button to go there.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rekisteri.core.register import Register
from rekisteri.ui.colors import css
from rekisteri.ui.icons import icon
from rekisteri.ui.role_gate import OWNER_PANES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Banner:
    key: str
    text: str
    action_text: str
    pane: str


BANNER_PROVIDERS: tuple[str, ...] = (
    "rekisteri.ui.banners:controller_banner",
    "rekisteri.ui.review_pane:review_banner",
    "rekisteri.ui.requests_pane:requests_banner",
    "rekisteri.ui.breaches_pane:breaches_banner",
)


def controller_banner(register: Register) -> Banner | None:
    """The notice and every letter print the controller's details: ask until they exist.

    An empty register's welcome page asks for them itself, so the banner waits until there
    are customers.
    """
    if register.get_controller().is_configured or register.count_customers() == 0:
        return None
    return Banner(
        key="controller",
        text=QCoreApplication.translate(
            "Banners",
            "Your business details are missing. The privacy notice and the letters to "
            "customers need them.",
        ),
        action_text=QCoreApplication.translate("Banners", "Fill in"),
        pane="settings",
    )


def _resolve(spec: str) -> Callable[[Register], Banner | None] | None:
    module, _, name = spec.partition(":")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        log.warning("banner provider %s is not available", spec)
        return None


def collect_banners(register: Register, providers: tuple[str, ...] | None = None) -> list[Banner]:
    """Ask every provider; one failing provider must not hide the others or stop start-up."""
    banners: list[Banner] = []
    for spec in BANNER_PROVIDERS if providers is None else providers:
        fn = _resolve(spec)
        if fn is None:
            continue
        try:
            banner = fn(register)
        except Exception:
            log.exception("banner provider %s failed", spec)
            continue
        if banner is None:
            continue
        if register.db.role != "owner" and banner.pane in OWNER_PANES:
            continue  # an assistant cannot open the owner's views: no call to action there
        banners.append(banner)
    return banners


class BannerWidget(QFrame):
    open_pane = Signal(str)
    dismissed = Signal(str)

    def __init__(self, banner: Banner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._style()
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        pic = QLabel()
        pic.setPixmap(icon("info").pixmap(20, 20))
        row.addWidget(pic)
        self.label = QLabel(banner.text)
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.action_button = QPushButton(banner.action_text)
        self.action_button.clicked.connect(lambda: self.open_pane.emit(banner.pane))
        row.addWidget(self.action_button)
        close = QPushButton(self.tr("Later"))
        close.setFlat(True)
        close.clicked.connect(lambda: self.dismissed.emit(banner.key))
        row.addWidget(close)

    def _style(self) -> None:
        sheet = (
            f"#banner {{ background: {css('banner_tint')}; "
            f"border: 1px solid {css('banner_border')}; border-radius: 4px; }}"
            f"#banner QLabel {{ color: {css('banner_text')}; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style()  # light or dark: the strip's own colours follow


class BannerArea(QWidget):
    """Holds the current banners; dismissed ones stay away until the next day's check."""

    open_pane = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 0)
        self._dismissed: set[str] = set()
        self.widgets: dict[str, BannerWidget] = {}
        self.setVisible(False)

    def set_banners(self, banners: list[Banner], *, reset_dismissed: bool = False) -> None:
        if reset_dismissed:
            self._dismissed.clear()
        for w in self.widgets.values():
            w.hide()  # at once: deleteLater waits for the event loop
            w.deleteLater()
        self.widgets.clear()
        for banner in banners:
            if banner.key in self._dismissed:
                continue
            w = BannerWidget(banner, self)
            w.open_pane.connect(self.open_pane)
            w.dismissed.connect(self._dismiss)
            self._layout.addWidget(w)
            self.widgets[banner.key] = w
        self.setVisible(bool(self.widgets))

    def _dismiss(self, key: str) -> None:
        self._dismissed.add(key)
        w = self.widgets.pop(key, None)
        if w is not None:
            w.hide()
            w.deleteLater()
        self.setVisible(bool(self.widgets))
