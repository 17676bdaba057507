"""The one hook that keeps the calendar file current: a decorator on the writes that move
one of its dates (a request logged, extended or closed, a review held, its interval changed).

It runs after the decorated method has returned, that is after its transaction committed,
so the file never shows a change that was rolled back.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, Protocol, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class _Refresher(Protocol):
    def refresh(self) -> bool: ...


class _HasReminders(Protocol):
    @property
    def reminders(self) -> _Refresher: ...


class HasRegister(Protocol):
    """A feature service: it holds the facade, whose ``reminders`` keeps the file."""

    @property
    def register(self) -> _HasReminders: ...


S = TypeVar("S", bound=HasRegister)


def refreshes_reminders(fn: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    @wraps(fn)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        result = fn(self, *args, **kwargs)
        self.register.reminders.refresh()
        return result

    return wrapper
