"""Benchmark the Excel exchange (issue 4's figures) on this machine.

    .venv/bin/python scripts/bench_exchange.py [--incidents 100000] [--db PATH] [--json]

Export: the whole workbook (all sheets) and the ACLED CSV through ``sahel-desk export`` in a
fresh process (wall time and peak resident memory), against openpyxl's write-only mode alone
writing the same Incidents rows, prepared beforehand, in this process.
Import: a workbook and an ACLED CSV of N rows through ``sahel-desk import --yes`` into an
empty database, end to end (reading, checking, planning, writing).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "sahel_desk.cli"]


def _run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak resident MB of one ``sahel-desk`` run in a fresh process."""
    script = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - start, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, *CLI, *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.split()
    return float(out[0]), int(out[1]) / 1024


def _baseline(db: Path, folder: Path) -> float:
    """openpyxl's write-only mode alone, writing the same Incidents rows (prepared untimed)."""
    from openpyxl import Workbook

    from sahel_desk.domain.query import IncidentQuery
    from sahel_desk.exchange.acled_row import acled_row, sahel_row
    from sahel_desk.exchange.columns import WORKBOOK_COLUMNS
    from sahel_desk.store import Store

    with Store.open(db) as store:
        kinds = {tag.code: tag.kind for tag in store.tags.all()}
        rows = [acled_row(i) + sahel_row(i, kinds) for i in store.incidents.stream(IncidentQuery())]
    start = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Incidents")
    sheet.append(WORKBOOK_COLUMNS)
    for row in rows:
        sheet.append(row)
    book.save(folder / "baseline.xlsx")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing database (else a demo one is built)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sahel-bench-") as tmp:
        folder = Path(tmp)
        db = args.db
        if db is None:
            db = folder / "bench.db"
            subprocess.run(
                [*CLI, "--db", str(db), "demo", "--incidents", str(args.incidents)],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                cwd=ROOT,
            )
        figures: dict[str, object] = {"incidents": args.incidents, "db": str(db)}
        xlsx, csv = folder / "export.xlsx", folder / "export.csv"
        seconds, mb = _run(["--db", str(db), "export", str(xlsx)])
        figures["export_xlsx_s"], figures["export_xlsx_peak_mb"] = round(seconds, 2), round(mb)
        figures["openpyxl_alone_s"] = round(_baseline(db, folder), 2)
        figures["export_ratio"] = round(seconds / figures["openpyxl_alone_s"], 2)
        seconds, mb = _run(["--db", str(db), "export", str(csv)])
        figures["export_csv_s"], figures["export_csv_peak_mb"] = round(seconds, 2), round(mb)
        if _has_import():
            for name, source in (("xlsx", xlsx), ("csv", csv)):
                target = folder / f"import-{name}.db"
                seconds, mb = _run(["--db", str(target), "import", str(source), "--yes"])
                figures[f"import_{name}_s"] = round(seconds, 2)
                figures[f"import_{name}_peak_mb"] = round(mb)
        figures["xlsx_mb"] = round(os.path.getsize(xlsx) / 2**20, 1)
    if not args.json:
        width = max(map(len, figures))
        for key, value in figures.items():
            print(f"{key:<{width}}  {value}")
    else:
        print(json.dumps(figures, indent=2))
    return 0


def _has_import() -> bool:
    from sahel_desk.cli import build_parser

    return "import" in build_parser().format_help()


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
