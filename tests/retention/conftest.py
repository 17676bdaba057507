"""The ``mk`` fixture: a customer with a known history, on the frozen day 22.11.2026."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from retention_support import make

from rekisteri.core.register import Register


@pytest.fixture
def mk(register: Register) -> Callable[..., int]:
    def _make(name: str = "Testi Oy", **kw: object) -> int:
        return make(register, name, **kw)  # type: ignore[arg-type]

    return _make
