"""Findings about the service providers themselves, beyond what the notice says of them.

GDPR Art. 28(3): processing by a processor is governed by a written contract. A provider
listed in Settings with nothing that shows such a contract (no date signed, no place the
document is kept, no copy, no link to the provider's terms) is a gap the owner should close;
the notice can still be published, so it is a warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.notice.check_law import LawFinding
from rekisteri.core.notice.document import SectionKey
from rekisteri.core.notice.templates import Processor

CTX = "NoticeCheck"


def check_agreements(processors: Sequence[Processor]) -> list[LawFinding]:
    """One warning per named provider without a documented processing agreement."""
    return [
        LawFinding(
            False,
            "processor_no_agreement",
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "NoticeCheck",
                    "No processing agreement is recorded for {name} (GDPR Art. 28). Add the "
                    "date it was signed and where the document is in Settings → Processors.",
                ),
                {"name": p.name},
            ),
            SectionKey.RECIPIENTS_PROCESSORS,
            None,
            "processors",
        )
        for p in processors
        if p.name.strip() and not p.has_agreement()
    ]
