"""Per purpose, whether this contact may be sent marketing now, and why (the contact card).

"No ban" is not the same as "may be marketed to": a private person without consent may get
a letter but no e-mail. This label shows the rule table's decision for each channel.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from rekisteri.core.errors import NotFoundError
from rekisteri.core.register import Register
from rekisteri.ui.colors import css


class MarketingStatus(QLabel):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)

    def show_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            self.clear()
            return
        try:
            decisions = self.register.marketing.decisions(contact_id)
        except NotFoundError:
            self.clear()
            return
        lines = []
        for purpose, decision in decisions.items():
            colour = css("ok" if decision.allowed else "error")
            verdict = self.tr("allowed") if decision.allowed else self.tr("not allowed")
            lines.append(
                f'<span style="color:{colour}">{"✔" if decision.allowed else "✘"} '
                f"<b>{html.escape(purpose.label())}</b>: {html.escape(verdict)}</span> — "
                f"{html.escape(decision.message.render())}"
            )
        self.setText("<br>".join(lines))
