"""The ledger's derived state: bans are never overwritten silently."""

import datetime as dt

from rekisteri.core.enums import Channel, ConsentAction
from rekisteri.core.ledger import NO_WORD, LedgerEvent, Word, banned_channels, derive, fold

D = dt.date


def ev(i: int, ch: Channel, action: ConsentAction, day: dt.date) -> LedgerEvent:
    return LedgerEvent(i, ch.value, action.value, day)


def test_consent_then_withdrawal() -> None:
    s = derive(
        [
            ev(1, Channel.NEWSLETTER, ConsentAction.CONSENT_GIVEN, D(2020, 1, 1)),
            ev(2, Channel.NEWSLETTER, ConsentAction.CONSENT_WITHDRAWN, D(2021, 5, 1)),
        ]
    )
    assert not s["newsletter"].consent
    assert s["newsletter"].withdrawn_on == D(2021, 5, 1)


def test_all_marketing_ban_covers_every_marketing_channel_not_research() -> None:
    s = derive([ev(1, Channel.ALL_MARKETING, ConsentAction.BAN_SET, D(2022, 3, 3))])
    assert s["email_marketing"].banned and s["post_marketing"].banned
    assert s["email_marketing"].ban_on == D(2022, 3, 3)
    assert not s["research"].banned


def test_consent_after_ban_does_not_lift_it() -> None:
    events = [
        ev(1, Channel.EMAIL_MARKETING, ConsentAction.BAN_SET, D(2022, 1, 1)),
        ev(2, Channel.EMAIL_MARKETING, ConsentAction.CONSENT_GIVEN, D(2022, 2, 1)),
    ]
    assert derive(events)["email_marketing"].banned
    assert banned_channels(events) == ("email_marketing",)


def test_lift_only_lifts_its_channel_and_order_is_by_date() -> None:
    events = [
        ev(3, Channel.EMAIL_MARKETING, ConsentAction.BAN_LIFTED, D(2023, 1, 1)),
        ev(1, Channel.EMAIL_MARKETING, ConsentAction.BAN_SET, D(2022, 1, 1)),
        ev(2, Channel.SMS_MARKETING, ConsentAction.BAN_SET, D(2022, 1, 1)),
    ]
    assert banned_channels(events) == ("sms_marketing",)
    assert not derive(events)["email_marketing"].banned


NEWSLETTER_SCOPE = ("newsletter", "email_marketing", "all_marketing")


def test_fold_latest_word_and_its_date() -> None:
    events = [
        ev(1, Channel.ALL_MARKETING, ConsentAction.CONSENT_GIVEN, D(2020, 1, 1)),
        ev(2, Channel.EMAIL_MARKETING, ConsentAction.CONSENT_WITHDRAWN, D(2021, 1, 1)),
        ev(3, Channel.SMS_MARKETING, ConsentAction.CONSENT_GIVEN, D(2022, 1, 1)),  # out of scope
    ]
    state = fold(events, NEWSLETTER_SCOPE)
    assert state.word is Word.WITHDRAWN and state.word_on == D(2021, 1, 1)
    assert state.opted_out and not state.consent and not state.banned


def test_fold_ban_stays_until_its_own_key_is_lifted() -> None:
    events = [
        ev(1, Channel.ALL_MARKETING, ConsentAction.BAN_SET, D(2020, 1, 1)),
        ev(2, Channel.NEWSLETTER, ConsentAction.BAN_SET, D(2020, 6, 1)),
        ev(3, Channel.NEWSLETTER, ConsentAction.BAN_LIFTED, D(2021, 1, 1)),
        ev(4, Channel.NEWSLETTER, ConsentAction.CONSENT_GIVEN, D(2021, 2, 1)),
    ]
    state = fold(events, NEWSLETTER_SCOPE)
    assert state.banned and state.objection and state.ban_on == D(2020, 1, 1)
    assert state.word is Word.GIVEN and not state.consent  # a ban in force beats consent
    lifted = fold([*events, ev(5, Channel.ALL_MARKETING, ConsentAction.BAN_LIFTED, D(2022, 1, 1))],
                  NEWSLETTER_SCOPE)  # fmt: skip
    assert not lifted.banned and lifted.word is Word.NONE  # the lift is the latest word


def test_fold_same_day_keeps_the_recorded_order() -> None:
    day = D(2024, 5, 5)
    a = ev(1, Channel.NEWSLETTER, ConsentAction.CONSENT_GIVEN, day)
    b = ev(2, Channel.NEWSLETTER, ConsentAction.CONSENT_WITHDRAWN, day)
    assert fold([b, a], NEWSLETTER_SCOPE).opted_out
    assert fold([], NEWSLETTER_SCOPE) == NO_WORD
