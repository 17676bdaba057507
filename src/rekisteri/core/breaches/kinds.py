"""The closed vocabularies of the breach log (stored as their string values)."""

from __future__ import annotations

from rekisteri.core.enums import Labelled
from rekisteri.core.i18n import QT_TRANSLATE_NOOP


class RiskLevel(Labelled):
    """The outcome of the risk assessment, which decides who must be told (Art. 33/34)."""

    UNDECIDED = "undecided"
    NONE = "none"  # "unlikely to result in a risk": documented, nobody notified
    RISK = "risk"  # the supervisory authority is notified within 72 hours
    HIGH = "high"  # the authority and the people affected are notified

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "undecided": QT_TRANSLATE_NOOP("Enums", "Not assessed yet"),
            # GDPR Art. 33(1) and 34(1): a risk to the rights and freedoms of people.
            "none": QT_TRANSLATE_NOOP("Enums", "A risk to people's rights is unlikely"),
            "risk": QT_TRANSLATE_NOOP("Enums", "A risk to people's rights"),
            "high": QT_TRANSLATE_NOOP("Enums", "A high risk to people's rights"),
        }

    @property
    def notify_authority(self) -> bool:
        return self in (RiskLevel.RISK, RiskLevel.HIGH)

    @property
    def notify_people(self) -> bool:
        return self == RiskLevel.HIGH


class BreachNature(Labelled):
    """The three kinds of breach the authority's form asks about (a breach may be several)."""

    CONFIDENTIALITY = "confidentiality"
    INTEGRITY = "integrity"
    AVAILABILITY = "availability"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "confidentiality": QT_TRANSLATE_NOOP(
                "Enums", "Disclosed or seen by someone without a right to it"
            ),
            "integrity": QT_TRANSLATE_NOOP("Enums", "Altered or corrupted"),
            "availability": QT_TRANSLATE_NOOP("Enums", "Lost, destroyed or out of reach"),
        }


class BreachStage(Labelled):
    """Where a breach stands: what the owner must do next."""

    UNDECIDED = "undecided"
    NOTIFY_AUTHORITY = "notify_authority"
    NOTIFY_PEOPLE = "notify_people"
    DECIDED = "decided"
    CLOSED = "closed"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "undecided": QT_TRANSLATE_NOOP("Enums", "Assess the risk"),
            "notify_authority": QT_TRANSLATE_NOOP("Enums", "Notify the authority"),
            "notify_people": QT_TRANSLATE_NOOP("Enums", "Tell the people affected"),
            "decided": QT_TRANSLATE_NOOP("Enums", "Decided"),
            "closed": QT_TRANSLATE_NOOP("Enums", "Closed"),
        }
