"""Start-up time and peak memory of the real app, measured from outside its process."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import Figure, NotAvailable, timed

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 60


def _one_start(db_path: Path, scratch: Path) -> tuple[float, int]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    # The app may keep window settings: keep them out of the user's own folders.
    env["REKISTERI_HOME"] = str(scratch / "home")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["HOME"] = str(scratch)
    # An installed app has its bytecode compiled (pip and PyInstaller do it); without caches
    # every start would compile the sources again, so let the warm-up start write them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.startup_probe", "--db", str(db_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        if not line.startswith("READY"):
            proc.kill()
            _, err = proc.communicate(timeout=10)
            raise RuntimeError(f"the app did not show its list: {err.strip()[-400:]}")
        proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    return elapsed, int(line.split()[1])


def startup_figures(db_path: Path, reps: int) -> list[Figure]:
    if importlib.util.find_spec("rekisteri.ui") is None:
        raise NotAvailable("the main window (rekisteri.ui) is not merged yet")
    times: list[float] = []
    peaks: list[int] = []
    with tempfile.TemporaryDirectory(prefix="rekisteri-bench-start-") as scratch:
        _one_start(db_path, Path(scratch))  # warm the OS file cache once, like a second start
        for _ in range(reps):
            elapsed, peak = _one_start(db_path, Path(scratch))
            times.append(round(elapsed, 1))
            peaks.append(peak)
    figures = [timed("startup", times, note="warm file cache; offscreen")]
    if min(peaks) >= 0:
        peak_mb = round(max(peaks) / 1024, 1)
        figures.append(Figure("startup_peak_rss", peak_mb, "MB", [p / 1024 for p in peaks]))
    else:
        figures.append(Figure("startup_peak_rss", available=False, reason="no getrusage here"))
    return figures
