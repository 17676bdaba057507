"""Retention: rules, legal holds, due dates, the scheduled review, erasure and anonymisation."""

from rekisteri.core.retention.erase import Decision, Effect
from rekisteri.core.retention.holds import Hold, HoldKind
from rekisteri.core.retention.review import (
    CONTACT,
    CUSTOMER,
    INTERACTIONS,
    OutcomeLine,
    ReviewDecision,
    ReviewItem,
    ReviewOutcome,
    ReviewStatus,
)
from rekisteri.core.retention.rules import AppliesTo, CountsFrom, RuleAction, RuleView
from rekisteri.core.retention.service import ErasurePreview, RetentionService
from rekisteri.core.retention.views import AnonymisedView, ErasureLine, ReviewRecordView

__all__ = [
    "CONTACT",
    "CUSTOMER",
    "INTERACTIONS",
    "AnonymisedView",
    "AppliesTo",
    "CountsFrom",
    "Decision",
    "Effect",
    "ErasureLine",
    "ErasurePreview",
    "Hold",
    "HoldKind",
    "OutcomeLine",
    "RetentionService",
    "ReviewDecision",
    "ReviewItem",
    "ReviewOutcome",
    "ReviewRecordView",
    "ReviewStatus",
    "RuleAction",
    "RuleView",
]
