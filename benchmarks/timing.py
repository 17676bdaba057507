"""Figures, targets and the median of repeated runs.

A measurement either yields a figure or says why it could not be taken: a feature not merged
yet is reported as "not available", never as a made-up number.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


class NotAvailable(Exception):
    """The code a measurement needs is not there (yet); the reason is printed."""


@dataclass(frozen=True)
class Target:
    limit: float
    unit: str
    note: str = ""
    # The target applies only to a figure taken under these conditions (e.g. 10,000 cards).
    when: tuple[tuple[str, object], ...] = ()


# The targets, checked at the largest size measured (100,000 customers by default).
TARGETS: dict[str, Target] = {
    "startup": Target(1500, "ms", "process start to the window with the first list page"),
    "startup_peak_rss": Target(300, "MB"),
    "search_common_facade": Target(50, "ms"),
    "search_rare_facade": Target(50, "ms"),
    "search_first_letter_facade": Target(50, "ms", "the first keystroke"),
    "search_two_letters_facade": Target(50, "ms", "the second keystroke"),
    "search_common_model": Target(50, "ms"),
    "search_rare_model": Target(50, "ms"),
    "search_common_ratio": Target(3, "x", "facade / raw sqlite3"),
    "search_rare_ratio": Target(3, "x", "facade / raw sqlite3"),
    "open_customer": Target(50, "ms"),
    "review_list": Target(500, "ms"),
    "notice_pdf": Target(1000, "ms"),
    "import_vcards": Target(10000, "ms", "10,000 vCards", when=(("cards", 10_000),)),
}


@dataclass
class Figure:
    name: str
    value: float | None = None
    unit: str = "ms"
    runs: list[float] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)
    available: bool = True
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("name")
        if self.available:
            data.pop("reason")
        return data


def repeat(fn: Callable[[], object], reps: int, warmup: int = 1) -> list[float]:
    """Milliseconds of each of ``reps`` calls after ``warmup`` unmeasured ones."""
    for _ in range(warmup):
        fn()
    runs = []
    for _ in range(reps):
        started = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - started) * 1000)
    return runs


def timed(name: str, runs: list[float], **detail: Any) -> Figure:
    return Figure(
        name, round(statistics.median(runs), 3), "ms", [round(r, 3) for r in runs], detail
    )


def attempt(name: str, measure: Callable[[], Figure | list[Figure]]) -> list[Figure]:
    """Run one measurement; a missing feature becomes a "not available" figure with its reason.

    Only the errors of absent code are turned into "not available" (a module or attribute
    that does not exist yet). Anything else is a real failure and is reported as such.
    """
    try:
        result = measure()
    except NotAvailable as exc:
        return [Figure(name, available=False, reason=str(exc))]
    except (ImportError, AttributeError) as exc:
        return [Figure(name, available=False, reason=f"{type(exc).__name__}: {exc}")]
    except Exception as exc:
        return [Figure(name, available=False, reason=f"FAILED {type(exc).__name__}: {exc}")]
    return result if isinstance(result, list) else [result]


def verdict(figure: Figure) -> bool | None:
    """True when the figure meets its target, False when it misses, None without a target."""
    target = TARGETS.get(figure.name)
    if target is None or not figure.available or figure.value is None:
        return None
    if any(figure.detail.get(key) != value for key, value in target.when):
        return None
    return figure.value <= target.limit
