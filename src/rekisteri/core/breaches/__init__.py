"""Personal-data breaches (GDPR Art. 33/34): the log, the 72-hour clock, the notifications."""

from rekisteri.core.breaches.service import BreachService

__all__ = ["BreachService"]
