"""Export: the incidents of a query to a workbook or an ACLED CSV."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sahel_desk import __version__
from sahel_desk.domain.errors import SahelDeskError
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.exchange.csv_export import write_acled_csv
from sahel_desk.exchange.xlsx_export import (
    ExportResult,
    MonthCount,
    Progress,
    Summaries,
    TagCount,
    WorkbookContent,
    write_workbook,
)
from sahel_desk.jobs.prefetch import prefetched
from sahel_desk.store import Store

FORMATS = (".xlsx", ".csv")


def export(
    store: Store,
    query: IncidentQuery,
    target: Path,
    *,
    language: str = "en",
    filter_words: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ExportResult:
    """Write the incidents ``query`` selects (trash excluded unless asked) to ``target``."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise SahelDeskError(f"cannot export to “{target.name}”: name it .xlsx or .csv")
    if not target.parent.is_dir():
        raise SahelDeskError(f"the folder {target.parent} does not exist")
    total = store.incidents.count(query)
    if suffix == ".csv":
        incidents = prefetched(lambda: store.incidents.stream_flat(query))
        return write_acled_csv(target, incidents, total, progress=progress, cancelled=cancelled)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sahel-desk-summary") as pool:
        summaries = pool.submit(_summaries, store, query)
        content = WorkbookContent(
            incidents=prefetched(lambda: store.incidents.stream_flat(query)),
            total=total,
            tags=store.tags.all(),
            summaries=summaries.result,
            filter_words=filter_words,
            app_version=__version__,
            schema_version=store.schema_revision() or "",
            database=store.path.name,  # not the full path: it names the user (privacy)
            language=language,
        )
        return write_workbook(target, content, progress=progress, cancelled=cancelled)


def _summaries(store: Store, query: IncidentQuery) -> Summaries:
    """The GROUP BYs of the Summary, Drivers and Responses sheets."""
    months = [
        MonthCount(row.key[0], row.key[1] or "", row.incidents, row.fatalities,
                   row.unknown_fatalities)
        for row in store.reports.counts(("month", "admin1"), query)
    ]  # fmt: skip
    return Summaries(months, [TagCount(*row) for row in store.reports.tag_counts(query)])


def describe(query: IncidentQuery) -> str:
    """The filter in plain English words, for the About sheet of a command-line export."""
    parts = []
    if query.date_from or query.date_to:
        first = query.date_from.isoformat() if query.date_from else "…"
        last = query.date_to.isoformat() if query.date_to else "…"
        parts.append(f"dates {first} to {last}")
    if query.recorded_from or query.recorded_to:
        first = query.recorded_from.isoformat() if query.recorded_from else "…"
        last = query.recorded_to.isoformat() if query.recorded_to else "…"
        parts.append(f"recorded {first} to {last}")
    if query.date_precisions:
        names = ", ".join(p.name.lower() for p in sorted(query.date_precisions))
        parts.append(f"date precision: {names}")
    for label, values in (
        ("countries", query.countries),
        ("admin1", query.admin1),
        ("admin2", query.admin2),
        ("actors", query.actors),
        ("event types", query.event_types),
        ("sub-event types", query.sub_event_types),
        ("drivers or responses", query.tags),
    ):
        if values:
            parts.append(f"{label}: {', '.join(sorted(values))}")
    if query.fatalities_min is not None or query.fatalities_max is not None:
        low = query.fatalities_min if query.fatalities_min is not None else 0
        high = query.fatalities_max if query.fatalities_max is not None else "…"
        parts.append(f"fatalities {low}–{high}")
    if query.unverified_only:
        parts.append("unverified places only")
    if query.text:
        parts.append(f"text “{query.text}”")
    if query.deleted_only:
        parts.append("the trash")
    return "; ".join(parts)
