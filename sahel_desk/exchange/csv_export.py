"""ACLED-compatible CSV: the 31 columns, UTF-8 with the byte-order mark ACLED's files carry
(Excel needs it to read accents), ISO dates, text actor types."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

from sahel_desk.domain.errors import Cancelled
from sahel_desk.domain.flat import FlatIncident
from sahel_desk.exchange import atomic
from sahel_desk.exchange.acled_row import flat_acled_row
from sahel_desk.exchange.cells import CellReport, looks_like_formula, suspect
from sahel_desk.exchange.columns import ACLED_COLUMNS
from sahel_desk.exchange.xlsx_export import ExportResult, Progress

INERT_PREFIX = "'"  # what spreadsheets themselves use to mark "this is text"
_MARKED = frozenset("=+-@\t\r\n")  # what the prefix goes before (looks_like_formula)
_CHUNK = 1000


def _safe(values: tuple, report: CellReport) -> list:
    out = list(values)
    if not suspect([v for v in out if v.__class__ is str]):
        return out
    for index, value in enumerate(out):
        if value.__class__ is str:
            text = report.clean_csv(value)
            if looks_like_formula(text):
                report.inert_formulas += 1
                text = INERT_PREFIX + text
            elif text[:1] == INERT_PREFIX and text.lstrip(INERT_PREFIX)[:1] in _MARKED:
                text = INERT_PREFIX + text  # a real "'=": the import takes one mark off
            out[index] = text
    return out


def write_acled_csv(
    target: Path,
    incidents: Iterable[FlatIncident],
    total: int,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ExportResult:
    target = Path(target)
    report = CellReport()
    rows = 0
    with atomic.replacing(target) as temp:
        with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(ACLED_COLUMNS)
            for incident in incidents:
                writer.writerow(_safe(flat_acled_row(incident), report))
                rows += 1
                if rows % _CHUNK == 0:
                    if cancelled():
                        raise Cancelled("export cancelled")
                    if progress:
                        progress(rows, total)
        if progress:
            progress(rows, total)
    return ExportResult(target, rows, report)
