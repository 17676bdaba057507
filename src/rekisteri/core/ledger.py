"""The consent ledger's current state, derived from its append-only events.

Rules: events apply in the order they happened (date, then the order recorded). A ban stays
until a ``ban_lifted`` event for that channel; consent never clears a ban silently. A ban on
``all_marketing`` covers every marketing channel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

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
