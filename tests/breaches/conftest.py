"""The breach tests run on a clock frozen at an instant, not at noon of a day."""

from __future__ import annotations

import pytest
from breach_support import InstantClock, hki


@pytest.fixture
def clock() -> InstantClock:  # overrides the day clock of tests/conftest.py
    return InstantClock(hki(2026, 11, 23, 9, 0))
