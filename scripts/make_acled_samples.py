"""Write synthetic ACLED files in every shape and variant, to open by hand or import.

Run from the repository root::

    .venv/bin/python scripts/make_acled_samples.py OUT_DIR [--incidents 200] [--seed 1]

One folder per shape (current, 2019, legacy, monadic), each with every date style, with and
without the HXL row, as CSV (with and without BOM) and XLSX; plus ``revised/``, a later
download of the same events with 10% of them revised. All rows are invented (no ACLED data).
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from sahel_desk.synthetic.acled_files import (
    DATE_STYLES,
    SHAPES,
    acled_incidents,
    revised,
    write_acled,
)


def write_samples(out: Path, n: int, seed: int) -> list[Path]:
    incidents = acled_incidents(n, seed)
    written = []
    variants = itertools.product(
        SHAPES, DATE_STYLES, (False, True), (".csv", ".xlsx"), (True, False)
    )
    for shape, style, hxl, suffix, bom in variants:
        if suffix == ".xlsx" and not bom:
            continue  # a workbook has no BOM: one file is enough
        name = f"acled_{shape}_{style}{'_hxl' if hxl else ''}{'' if bom else '_nobom'}{suffix}"
        folder = out / shape
        folder.mkdir(parents=True, exist_ok=True)
        written.append(
            write_acled(folder / name, incidents, shape=shape, bom=bom, hxl=hxl, date_style=style)
        )
    (out / "revised").mkdir(parents=True, exist_ok=True)
    for suffix in (".csv", ".xlsx"):
        written.append(
            write_acled(out / "revised" / f"acled_current_revised{suffix}", revised(incidents))
        )
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output folder (created if missing)")
    parser.add_argument("--incidents", type=int, default=200, help="events per file")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same files")
    args = parser.parse_args(argv)
    written = write_samples(args.out, args.incidents, args.seed)
    print(f"wrote {len(written)} files of {args.incidents} events into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
