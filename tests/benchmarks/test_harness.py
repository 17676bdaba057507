"""The benchmark harness runs and writes figures a later run can be compared with.

Timings are not checked here (they are noisy); only that the harness works end to end on a
small register and that its JSON holds a figure or a stated reason for every measurement.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ALWAYS_AVAILABLE = (
    "search_common_facade",
    "search_common_raw_sqlite",
    "search_common_ratio",
    "search_rare_facade",
    "search_rare_raw_sqlite",
    "search_rare_ratio",
    "open_customer",
    "save_edit",
    "mark_ban",
)


def test_quick_run_writes_valid_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REKISTERI_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--customers", "1000", "--quick", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))

    assert data["quick"] is True
    assert data["machine"]["python"]
    assert list(data["sizes"]) == ["1000"]
    size = data["sizes"]["1000"]
    assert size["customers"] == 1000
    assert size["contacts"] >= 1000
    figures = size["figures"]
    for name in ALWAYS_AVAILABLE:
        figure = figures[name]
        assert figure["available"] is True, (name, figure)
        assert figure["value"] > 0, name
    for name, figure in figures.items():
        if figure["available"]:
            assert isinstance(figure["value"], int | float), name
            if figure["unit"] == "ms" and figure["runs"]:
                runs = sorted(figure["runs"])
                assert runs[0] <= figure["value"] <= runs[-1], name  # the median of its runs
        else:
            assert figure["reason"], name  # never a silent gap
            assert figure["value"] is None, name  # and never a made-up figure
    assert (
        figures["search_common_facade"]["detail"]["hits"]
        >= figures["search_rare_facade"]["detail"]["hits"]
    )
    # Every figure printed is in the file, and what misses is named in both.
    for name in data["misses"]:
        assert name in figures
        assert name in result.stdout or "MISSES" in result.stdout
    assert set(data["not_available"]) == {n for n, f in figures.items() if not f["available"]}
