"""The consent ledger's current state, derived from its append-only events.

Rules: events apply in the order they happened (date, then the order recorded). A ban stays
until a ``ban_lifted`` event for that channel; consent never clears a ban silently. A ban on
``all_marketing`` covers every marketing channel.

Two readings of the same events: ``derive`` gives each ledger key its own state (what the
contact card lists), and ``fold`` answers the question the law asks, "may this purpose be
used now?", by looking at every key that speaks for the purpose (see ``fold``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from rekisteri.core.enums import MARKETING_CHANNELS, Channel, ConsentAction


@dataclass(frozen=True)
class LedgerEvent:
    id: int
    channel: str
    action: str
    occurred_on: dt.date


@dataclass(frozen=True)
class ChannelState:
    consent: bool  # an unwithdrawn consent is on record
    consent_on: dt.date | None
    banned: bool  # a ban is in force (directly or through all_marketing)
    ban_on: dt.date | None
    withdrawn_on: dt.date | None


def derive(events: Iterable[LedgerEvent]) -> dict[str, ChannelState]:
    ordered = sorted(events, key=lambda e: (e.occurred_on, e.id))
    consent: dict[str, dt.date | None] = {}
    withdrawn: dict[str, dt.date] = {}
    bans: dict[str, dt.date] = {}
    for event in ordered:
        ch = event.channel
        if event.action == ConsentAction.CONSENT_GIVEN:
            consent[ch] = event.occurred_on
            withdrawn.pop(ch, None)
        elif event.action == ConsentAction.CONSENT_WITHDRAWN:
            consent.pop(ch, None)
            withdrawn[ch] = event.occurred_on
        elif event.action == ConsentAction.BAN_SET:
            bans.setdefault(ch, event.occurred_on)
        elif event.action == ConsentAction.BAN_LIFTED:
            bans.pop(ch, None)
    states: dict[str, ChannelState] = {}
    all_ban = bans.get(Channel.ALL_MARKETING)
    for channel in Channel:
        ban_on = bans.get(channel)
        if ban_on is None and all_ban is not None and channel in MARKETING_CHANNELS:
            ban_on = all_ban
        states[channel.value] = ChannelState(
            consent=channel.value in consent,
            consent_on=consent.get(channel.value),
            banned=ban_on is not None,
            ban_on=ban_on,
            withdrawn_on=withdrawn.get(channel.value),
        )
    return states


def banned_channels(events: Iterable[LedgerEvent]) -> tuple[str, ...]:
    """Channels with a ban set directly (not the ones all_marketing implies), sorted."""
    active: set[str] = set()
    for event in sorted(events, key=lambda e: (e.occurred_on, e.id)):
        if event.action == ConsentAction.BAN_SET:
            active.add(event.channel)
        elif event.action == ConsentAction.BAN_LIFTED:
            active.discard(event.channel)
    return tuple(sorted(active))


class Word(StrEnum):
    """The person's latest word on a purpose."""

    NONE = "none"  # never asked, or a ban lifted since: neither consent nor refusal
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class PurposeState:
    """What the ledger says of one purpose (say, the newsletter) after every event."""

    word: Word
    word_on: dt.date | None
    banned: bool  # a ban in force on a key of the purpose's scope (Art. 21(3): absolute)
    ban_on: dt.date | None
    objection: bool  # the ban in force is on all marketing

    @property
    def consent(self) -> bool:
        return self.word is Word.GIVEN and not self.banned

    @property
    def opted_out(self) -> bool:
        return self.word is Word.WITHDRAWN


NO_WORD = PurposeState(Word.NONE, None, False, None, False)

_WORD_OF_ACTION = {
    ConsentAction.CONSENT_GIVEN.value: Word.GIVEN,
    ConsentAction.CONSENT_WITHDRAWN.value: Word.WITHDRAWN,
    ConsentAction.BAN_SET.value: Word.WITHDRAWN,
    ConsentAction.BAN_LIFTED.value: Word.NONE,
}


def fold(events: Iterable[LedgerEvent], scope: tuple[str, ...]) -> PurposeState:
    """The ledger's answer for one purpose: the latest word wins, bans stay until lifted.

    ``scope`` lists the ledger keys that speak for the purpose, narrowest first: for the
    newsletter ("newsletter", "email_marketing", "all_marketing"); for other e-mail
    marketing ("email_marketing", "all_marketing"). Consent is specific (GDPR Art. 4(11),
    7(3)), so a key outside the scope says nothing: a newsletter consent does not open other
    e-mail campaigns, and a newsletter withdrawal does not close them.

    - The *word*: events are taken in the order they happened (date, then the order they
      were recorded, so two events of one day keep their order). The last consent,
      withdrawal, ban or lift on any key in scope decides: a later e-mail withdrawal closes
      an older consent to all marketing; a later newsletter consent reopens the newsletter
      after an older withdrawal of all marketing. A ban counts as a withdrawal, and lifting
      it leaves no word at all: an old consent does not come back by itself.
    - The *ban*: a ban on a key in scope stays until a lift of that same key (Art. 21(3):
      an objection to direct marketing is absolute); a consent never clears it.
    """
    word, word_on = Word.NONE, None
    bans: dict[str, dt.date] = {}
    for event in sorted(events, key=lambda e: (e.occurred_on, e.id)):
        if event.channel not in scope:
            continue
        word, word_on = _WORD_OF_ACTION.get(event.action, word), event.occurred_on
        if event.action == ConsentAction.BAN_SET:
            bans.setdefault(event.channel, event.occurred_on)
        elif event.action == ConsentAction.BAN_LIFTED:
            bans.pop(event.channel, None)
    ban_on = min(bans.values()) if bans else None
    return PurposeState(
        word=word,
        word_on=word_on,
        banned=bool(bans),
        ban_on=ban_on,
        objection=Channel.ALL_MARKETING.value in bans,
    )
