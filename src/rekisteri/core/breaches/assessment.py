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
    """Art. 33(1): notify *unless* a risk is unlikely, so knowing nothing suggests a risk.

    Encryption or recovery makes a risk unlikely only when nothing points to harm, special
    data or vulnerable people: a recovered laptop does not show that nobody copied it, and
    encryption does not help against data lost for good (EDPB guidelines 01/2021)."""
    worrying = a.harm or a.sensitive or a.vulnerable
    if (a.protected or a.contained) and not worrying:
        return RiskLevel.NONE
    if a.harm and (a.sensitive or a.vulnerable):
        return RiskLevel.HIGH
    return RiskLevel.RISK
