"""Search through the customer list's Qt model, as a keystroke in the search box drives it."""

from __future__ import annotations

import importlib.util
from typing import Any

from benchmarks.timing import Figure, NotAvailable


def model_search_figure(register: Any, case: Any, reps: int) -> Figure:
    if importlib.util.find_spec("rekisteri.ui") is None:
        raise NotAvailable("the customer list model (rekisteri.ui) is not merged yet")
    raise NotAvailable("the customer list model is not wired into the harness yet")
