"""The performance harness: ``make bench`` or ``python benchmarks/run.py``.

Builds a demo register of each size once in a temporary folder, measures each figure over
several repetitions (the median is the figure), prints it beside its target, says which
targets miss, and writes every figure to a JSON file. Features not merged yet are reported
as "not available" with the reason.

    python benchmarks/run.py                       # 1,000, 10,000 and 100,000 customers
    python benchmarks/run.py --customers 100000    # one size
    python benchmarks/run.py --customers 1000 --quick --out /tmp/bench.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from benchmarks import core_figures, feature_figures  # noqa: E402
from benchmarks.build import BuiltRegister, build_register  # noqa: E402
from benchmarks.startup import startup_figures  # noqa: E402
from benchmarks.timing import TARGETS, Figure, attempt, verdict  # noqa: E402

DEFAULT_SIZES = (1_000, 10_000, 100_000)
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "latest.json"

LABELS = {
    "startup": "start-up to a usable window",
    "startup_peak_rss": "peak memory (RSS) at start-up",
    "search_common_facade": "search keystroke, common prefix, facade",
    "search_common_model": "search keystroke, common prefix, list model",
    "search_common_raw_sqlite": "search keystroke, common prefix, raw sqlite3",
    "search_common_ratio": "  facade / raw sqlite3",
    "search_rare_facade": "search keystroke, rare prefix, facade",
    "search_first_letter_facade": "search keystroke, first letter, facade",
    "search_two_letters_facade": "search keystroke, two letters, facade",
    "search_rare_model": "search keystroke, rare prefix, list model",
    "search_rare_raw_sqlite": "search keystroke, rare prefix, raw sqlite3",
    "search_rare_ratio": "  facade / raw sqlite3",
    "open_customer": "open a customer",
    "save_edit": "save an edit",
    "mark_ban": "mark a marketing ban",
    "review_list": "review list (all due records)",
    "review_list_raw_sqlite": "review list, raw sqlite3",
    "review_list_ratio": "  review / raw sqlite3",
    "export_mailing_list": "export the mailing list",
    "notice_pdf": "notice PDF",
    "access_pack": "access pack",
    "import_vcards": "import vCards",
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, help="measure one size only")
    parser.add_argument(
        "--sizes",
        help="comma-separated sizes (default: 1000,10000,100000)",
    )
    parser.add_argument("--quick", action="store_true", help="few repetitions, small import")
    parser.add_argument(
        "--engine",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="postgresql: the same figures on a shared register (benchmarks/postgres_figures.py)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON file to write")
    args = parser.parse_args(argv)
    if args.sizes:
        args.size_list = [int(s) for s in args.sizes.split(",") if s.strip()]
    elif args.customers:
        args.size_list = [args.customers]
    else:
        args.size_list = list(DEFAULT_SIZES)
    if any(n < 10 for n in args.size_list):
        parser.error("every size must be at least 10 customers")
    return args


def machine() -> dict[str, Any]:
    import sqlite3
    from importlib.metadata import version

    info: dict[str, Any] = {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": version("sqlalchemy"),
        "pyside6": version("pyside6-essentials"),
    }
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total_kib = int(meminfo.read_text().split()[1])
        info["memory_gib"] = round(total_kib / 1024 / 1024, 1)
    return info


def measure_size(built: BuiltRegister, reps: int, start_reps: int, cards: int) -> list[Figure]:
    from rekisteri.core.register import Register

    figures: list[Figure] = []
    figures += attempt("startup", lambda: startup_figures(built.path, start_reps))
    register = Register.open(built.path, actor="benchmark")
    try:

        def run(name: str, fn: Callable[[], Figure | list[Figure]]) -> None:
            figures.extend(attempt(name, fn))

        cases = core_figures.search_cases(register)
        for case in cases:
            run(
                f"search_{case.label}_facade",
                partial(core_figures.search_figures, register, case, reps),
            )
            run(f"search_{case.label}_model", partial(model_search, register, case, reps))
        run("open_customer", lambda: core_figures.open_customer(register, reps))
        run("review_list", lambda: feature_figures.review_list(register, reps))
        run(
            "export_mailing_list",
            lambda: feature_figures.export_mailing_list(register, reps, built.path.parent),
        )
        run("notice_pdf", lambda: feature_figures.notice_pdf(register, reps))
        run("access_pack", lambda: feature_figures.access_pack(register, reps))
        # The figures that change the register come last, so the reads above see it as built.
        run("save_edit", lambda: core_figures.save_edit(register, reps))
        run("mark_ban", lambda: core_figures.mark_ban(register, reps))
        run("import_vcards", lambda: feature_figures.import_vcards(register, cards))
    finally:
        register.close()
    return figures


def model_search(register: Any, case: Any, reps: int) -> list[Figure]:
    from benchmarks.model_figures import model_search_figure

    return [model_search_figure(register, case, reps)]


def format_value(figure: Figure) -> str:
    if figure.value is None:
        return ""
    if figure.unit == "ms" and figure.value >= 10_000:
        return f"{figure.value / 1000:9.1f} s "
    return f"{figure.value:9.1f} {figure.unit:<2}"


def report(size: int, built: BuiltRegister, figures: list[Figure], out: Any) -> None:
    print(
        f"\n== {size:,} customers ({built.contacts:,} contacts), built in {built.seconds} s",
        file=out,
    )
    for figure in figures:
        label = LABELS.get(figure.name, figure.name)
        if not figure.available:
            print(f"  {label:<45} not available: {figure.reason}", file=out)
            continue
        target = TARGETS.get(figure.name)
        shown = f"target < {target.limit:g} {target.unit}" if target else ""
        ok = verdict(figure)
        mark = {True: "ok", False: "MISSES", None: ""}[ok]
        print(f"  {label:<45} {format_value(figure)}  {shown:<20} {mark}", file=out)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    reps, start_reps, cards = (3, 1, 200) if args.quick else (15, 5, feature_figures.VCARDS)
    out = sys.stdout
    result: dict[str, Any] = {
        "taken_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "quick": args.quick,
        "engine": args.engine,
        "repetitions": reps,
        "sizes": {},
    }
    print(f"Rekisteri benchmarks on {result['machine'].get('cpu', platform.machine())}", file=out)
    with tempfile.TemporaryDirectory(prefix="rekisteri-bench-") as folder:
        for size in args.size_list:
            print(f"\nBuilding a demo register of {size:,} customers...", file=out, flush=True)
            built = build_register(Path(folder), size)
            if args.engine == "postgresql":
                from benchmarks.postgres_figures import measure

                figures = measure(built, reps)
            else:
                figures = measure_size(built, reps, start_reps, cards)
            report(size, built, figures, out)
            result["sizes"][str(size)] = {
                "customers": built.customers,
                "contacts": built.contacts,
                "build_s": built.seconds,
                "figures": {f.name: f.to_json() for f in figures},
            }
            out.flush()
    largest = str(max(args.size_list))
    misses: list[str] = []
    failed: list[str] = []
    missing: list[str] = []
    for name, data in result["sizes"][largest]["figures"].items():
        figure = Figure(name, **{k: v for k, v in data.items()})
        if not figure.available:
            (failed if figure.reason.startswith("FAILED") else missing).append(name)
        elif verdict(figure) is False:
            misses.append(name)
    result["misses"] = misses
    result["not_available"] = missing
    result["failed"] = failed
    print(f"\nAt {int(largest):,} customers:", file=out)
    print(f"  targets missed: {', '.join(misses) or 'none'}", file=out)
    print(f"  not available:  {', '.join(missing) or 'none'}", file=out)
    if failed:
        print(f"  FAILED:         {', '.join(failed)}", file=out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nFigures written to {args.out}", file=out)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
