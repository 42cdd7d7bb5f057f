"""Plain-text tables for the terminal (stats, bench). A leaf any layer may use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


class Counted(Protocol):
    key: tuple[Any, ...]
    incidents: int
    fatalities: int
    unknown_fatalities: int


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Columns padded to their widest cell; numbers right-aligned with thousands separators."""
    cells = [[_cell(v) for v in row] for row in rows]
    numeric = [
        bool(rows) and all(isinstance(row[n], int | float) for row in rows)
        for n in range(len(headers))
    ]
    widths = [max([len(h), *(len(r[n]) for r in cells)]) for n, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in cells)])


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if value is None or value == "":
        return "(none)"
    return str(value)


def format_counts(title: str, rows: Sequence[Counted]) -> str:
    """Key, incidents, known fatalities, incidents whose toll is unknown; then a total line."""
    body: list[list[Any]] = [
        [
            " / ".join(str(k) if k not in (None, "") else "(none)" for k in r.key),
            r.incidents,
            r.fatalities,
            r.unknown_fatalities,
        ]
        for r in rows
    ]
    body.append(
        [
            "Total",
            sum(r.incidents for r in rows),
            sum(r.fatalities for r in rows),
            sum(r.unknown_fatalities for r in rows),
        ]
    )
    return format_table([title, "Incidents", "Fatalities", "Toll unknown"], body)
