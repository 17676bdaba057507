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


def _notify(service: object) -> None:
    """Tell the facade's calendar file, reached from a feature service: through the shared
    ``handle`` (``Handle.on_dates_changed``) or the ``register`` the service holds."""
    callback = getattr(getattr(service, "handle", None), "on_dates_changed", None)
    if callable(callback):
        callback()
        return
    reminders = getattr(getattr(service, "register", None), "reminders", None)
    if reminders is not None:
        reminders.refresh()


S = TypeVar("S")


def refreshes_reminders(fn: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    @wraps(fn)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        result = fn(self, *args, **kwargs)
        _notify(self)
        return result

    return wrapper
