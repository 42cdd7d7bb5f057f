"""Synthetic ACLED files with the real headers and quirks (formats document, section 3).

ACLED's terms forbid shipping its rows, so the importer is tested on these instead: the
seeded Generator's invented incidents, written in each shape ACLED files come in (current,
2019–2023, pre-2019, actor-based), as CSV or XLSX, with or without a BOM or an HXL row, and
with the date styles found in the wild.
"""

from __future__ import annotations

import calendar
import csv
import dataclasses
import datetime as dt
import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sahel_desk.domain.incident import Incident
from sahel_desk.exchange.acled_row import acled_row
from sahel_desk.exchange.columns import (
    ACLED_2019_COLUMNS,
    ACLED_COLUMNS,
    ACLED_LEGACY_COLUMNS,
    ISO_ALPHA3,
)
from sahel_desk.exchange.legacy import legacy_event_type
from sahel_desk.synthetic.incidents import Generator

MONADIC_COLUMNS: tuple[str, ...] = tuple(
    c for c in ACLED_COLUMNS if c not in ("actor2", "assoc_actor_2", "inter2")
)
SHAPE_COLUMNS: dict[str, tuple[str, ...]] = {
    "current": ACLED_COLUMNS,
    "2019": ACLED_2019_COLUMNS,
    "legacy": ACLED_LEGACY_COLUMNS,
    "monadic": MONADIC_COLUMNS,
}
SHAPES = tuple(SHAPE_COLUMNS)
DATE_STYLES = ("iso", "long", "short", "dmy")

# HDX style; the first ones are HDX's own tags for ACLED, the rest are in the same spirit.
HXL_TAGS: dict[str, str] = {
    "data_id": "#meta+id", "iso": "#country+code+num", "event_id_cnty": "#event+code",
    "event_id_no_cnty": "#event+num", "event_date": "#date+occurred", "year": "#date+year",
    "time_precision": "#date+precision", "disorder_type": "#event+type+disorder",
    "event_type": "#event+type", "sub_event_type": "#event+type+sub",
    "actor1": "#group+name+first", "assoc_actor_1": "#group+name+first+assoc",
    "inter1": "#group+type+first", "actor2": "#group+name+second",
    "assoc_actor_2": "#group+name+second+assoc", "inter2": "#group+type+second",
    "interaction": "#group+interaction", "civilian_targeting": "#event+civilians+targeted",
    "region": "#region+name", "country": "#country+name", "admin1": "#adm1+name",
    "admin2": "#adm2+name", "admin3": "#adm3+name", "location": "#loc+name",
    "latitude": "#geo+lat", "longitude": "#geo+lon", "geo_precision": "#geo+precision",
    "source": "#meta+source", "source_scale": "#meta+source+scale", "notes": "#description",
    "fatalities": "#affected+killed", "tags": "#meta+tags", "timestamp": "#date+updated",
    "iso3": "#country+code",
}  # fmt: skip

DAY = 86_400
Row = tuple[Any, ...]
_REVISION_NOTES = (
    "Fatalities revised after a report from a local partner.",
    "Updated: a second source gives a different toll.",
    "Mise à jour : bilan révisé selon une source locale.",
    "Mise à jour : des témoins de Ménaka contredisent le premier bilan.",
)


def _epoch(day: dt.date) -> int:
    return calendar.timegm(day.timetuple())


def acled_incidents(n: int, seed: int = 1) -> list[Incident]:
    """``Generator(seed)`` incidents as ACLED would hold them.

    Each gets a unique ``MLI<number>`` id (numbers rising with the date, as ACLED's roughly
    do) and an upload ``external_timestamp`` days after the event. What an ACLED file cannot
    carry is made ACLED-like, so that an import of the file compares equal on those fields:
    unknown fatalities become 0 (ACLED's rule), coordinates have 4 decimals, no tags.
    """
    rng = random.Random(f"acled:{seed}")
    made = list(Generator(seed).incidents(n))
    numbers = sorted(rng.sample(range(1, max(40_000, 4 * n)), n))
    by_date = sorted(range(n), key=lambda i: made[i].date.day)
    for number, i in zip(numbers, by_date, strict=True):
        inc = made[i]
        place = inc.place
        made[i] = inc.with_changes(
            external_id=f"MLI{number}",
            external_timestamp=_epoch(inc.date.day) + rng.randint(2 * DAY, 60 * DAY),
            fatalities=inc.fatalities or 0,
            tags=frozenset(),
            place=dataclasses.replace(
                place,
                latitude=None if place.latitude is None else round(place.latitude, 4),
                longitude=None if place.longitude is None else round(place.longitude, 4),
            ),
        )
    return made


def revised(incidents: list[Incident], fraction: float = 0.1, seed: int = 2) -> list[Incident]:
    """A later download: ``fraction`` of the events revised (other fatalities and/or notes,
    newer timestamp, same ``event_id_cnty``), the others unchanged, in the same order."""
    rng = random.Random(f"revised:{seed}")
    out = list(incidents)
    for i in sorted(rng.sample(range(len(out)), round(len(out) * fraction))):
        out[i] = _revise(out[i], rng)
    return out


def _revise(inc: Incident, rng: random.Random) -> Incident:
    if inc.external_timestamp is None:
        raise ValueError(f"{inc.external_id}: no ACLED timestamp (use acled_incidents)")
    what = rng.choice(("fatalities", "notes", "both"))
    changes: dict[str, Any] = {
        "external_timestamp": inc.external_timestamp + rng.randint(DAY, 180 * DAY)
    }
    if what != "notes":
        old = inc.fatalities or 0
        # Figures move both ways; never to the same value, or the revision would be invisible.
        lower = old > 0 and rng.random() < 0.4
        changes["fatalities"] = rng.randrange(old) if lower else old + rng.randint(1, 5)
    if what != "fatalities":
        changes["notes"] = f"{inc.notes} {rng.choice(_REVISION_NOTES)}".strip()
    return inc.with_changes(**changes)


def _event_number(event_id: str | None) -> int | None:
    digits = "".join(ch for ch in event_id or "" if ch.isdigit())
    return int(digits) if digits else None


def _rows(incidents: Iterable[Incident], shape: str) -> Iterator[dict[str, Any]]:
    numeric = shape in ("2019", "legacy")  # before 2023 actor types were digits
    for data_id, inc in enumerate(incidents, start=1):
        row = dict(zip(ACLED_COLUMNS, acled_row(inc, numeric_types=numeric), strict=True))
        if numeric:
            row["data_id"] = data_id
            row["event_id_no_cnty"] = _event_number(inc.external_id)
            row["iso3"] = ISO_ALPHA3.get(row["country"] or "")
        if shape == "legacy":
            row["event_type"] = legacy_event_type(inc.event_type, inc.sub_event_type)
        yield row
        if shape == "monadic" and inc.actor2:
            # Actor-based layout: the same event again, seen from actor 2.
            yield row | {
                "actor1": row["actor2"],
                "assoc_actor_1": row["assoc_actor_2"],
                "inter1": row["inter2"],
            }


_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def date_text(day: dt.date, style: str) -> str:
    """``2020-07-31``, ``31 July 2020``, ``31-Jul-20`` (Excel's d-mmm-yy, day unpadded) or
    ``31/07/2020``."""
    month = _MONTHS[day.month - 1]  # not strftime: %B follows the locale
    if style == "iso":
        return day.isoformat()
    if style == "long":
        return f"{day.day:02d} {month} {day.year}"
    if style == "short":
        return f"{day.day}-{month[:3]}-{day.year % 100:02d}"
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    raise ValueError(f"unknown date style {style!r}; use one of {', '.join(DATE_STYLES)}")


def write_acled(
    path: Path,
    incidents: Iterable[Incident],
    *,
    shape: str = "current",
    bom: bool = True,
    hxl: bool = False,
    date_style: str = "iso",
) -> Path:
    """Write ``incidents`` as an ACLED file of ``shape``; the suffix (.csv, .xlsx) sets the
    format. ``bom`` applies to CSV only."""
    path = Path(path)
    if shape not in SHAPE_COLUMNS:
        raise ValueError(f"unknown shape {shape!r}; use one of {', '.join(SHAPES)}")
    date_text(dt.date(2000, 1, 1), date_style)  # reject a bad style before writing anything
    header = SHAPE_COLUMNS[shape]
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"{path.name}: write .csv or .xlsx")
    xlsx = suffix == ".xlsx"
    rows = []
    for row in _rows(incidents, shape):
        day = row["event_date"]
        # Only an ISO date in a workbook is a real date cell; other styles are what a
        # re-saved or old file holds: text.
        cells = row | {
            "event_date": day if xlsx and date_style == "iso" else date_text(day, date_style)
        }
        rows.append(tuple(cells[c] for c in header))
    tags = tuple(HXL_TAGS[c] for c in header) if hxl else None
    (_write_xlsx if xlsx else _write_csv)(path, header, tags, rows, bom)
    return path


def _write_csv(path: Path, header: Row, tags: Row | None, rows: list[Row], bom: bool) -> None:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.writer(f)  # minimal quoting: fields with commas or quotes only
        writer.writerow(header)
        if tags:
            writer.writerow(tags)
        writer.writerows(rows)  # None is written as an empty field


def _write_xlsx(path: Path, header: Row, tags: Row | None, rows: list[Row], bom: bool) -> None:
    from openpyxl import Workbook  # imported here: the CSV path needs no openpyxl
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sheet1")
    sheet.append(header)
    if tags:
        sheet.append(tags)
    for values in rows:
        cells = []
        for value in values:
            if isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                value = cell
            cells.append(value)
        sheet.append(cells)
    book.save(path)
