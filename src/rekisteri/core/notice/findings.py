"""What the notice check reports: one finding, its severity, and where to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rekisteri.core.i18n import Message
from rekisteri.core.notice.document import SectionKey

CTX = "NoticeCheck"  # QT_TRANSLATE_NOOP spells it out at each text: lupdate reads literals only


class Severity(StrEnum):
    ERROR = "error"  # the notice would print something false or hollow: cannot be published
    MISSING = "missing"  # a required item (GDPR Art. 13/14, 21(4)) is absent or empty
    WARNING = "warning"
    RECOMMENDED = "recommended"  # good practice, not required by law


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: Message
    section_key: SectionKey | None = None
    section_id: str | None = None
    setting: str | None = None  # the setting to fill ("controller.email"): where to jump
