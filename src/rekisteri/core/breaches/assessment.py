"""The guided risk assessment: a few yes/no questions that suggest a level of risk.

After the EDPB's guidelines on breach notification (9/2022) and their examples (01/2021):
data that no one else can read, or that is known to be back and unseen, is unlikely to put
anyone at risk; harm to people makes a risk; harm together with sensitive data or people in
a weak position makes it high. The suggestion is only that: the owner confirms the level,
and the reasons stay on record with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rekisteri.core.breaches.kinds import RiskLevel


@dataclass(frozen=True)
class Answers:
    protected: bool = False  # unreadable to others: strong encryption, the key safe
    contained: bool = False  # recovered, or certain that no one saw or used it
    harm: bool = False  # fraud, identity theft, money, reputation, distress, ...
    sensitive: bool = False  # health, beliefs, identity codes, bank details, passwords
    vulnerable: bool = False  # many people, or children, patients, people in need


def suggest(a: Answers) -> RiskLevel:
    if a.protected or a.contained:
        return RiskLevel.NONE
    if a.harm and (a.sensitive or a.vulnerable):
        return RiskLevel.HIGH
    if a.harm or a.sensitive or a.vulnerable:
        return RiskLevel.RISK
    return RiskLevel.NONE
