"""Export: the incidents of a query to a workbook or an ACLED CSV."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sahel_desk import __version__
from sahel_desk.domain import taxonomy
from sahel_desk.domain.dates import day_in_words
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
    if target.is_symlink():
        # Replacing the link would leave the file it names as it was; following it would let
        # a link planted in a shared folder point an export at any file of the user's
        raise SahelDeskError(
            f"{target.name} is a link to {os.readlink(target)}: nothing was written; export "
            "to that file itself, or choose another name"
        )
    if not target.parent.is_dir():
        raise SahelDeskError(f"the folder {target.parent} does not exist")
    if target.is_dir():
        raise SahelDeskError(f"{target} is a folder: name the file to write in it")
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
    # the filter's months, to the current one: a quiet start or end of it is drawn too
    this_month = dt.date.today().strftime("%Y-%m")
    first = query.date_from.strftime("%Y-%m") if query.date_from else None
    last = min(query.date_to.strftime("%Y-%m"), this_month) if query.date_to else None
    tags = [TagCount(*row) for row in store.reports.tag_counts(query)]
    return Summaries(months, tags, (first, last))


_DESCRIBE = {
    "en": {
        "dates": "dates {first} to {last}", "recorded": "recorded {first} to {last}",
        "dates_one": "date {first}", "recorded_one": "recorded {first}",
        "precision": "date precision: {names}", "countries": "countries", "admin1": "admin1",
        "admin2": "admin2", "actors": "actors", "event types": "event types",
        "sub-event types": "sub-event types", "tags": "drivers or responses",
        "and": "and also {label}: {names}", "fatalities": "fatalities {low}–{high}",
        "list": "{label}: {names}", "places": "in any of these places ({names})",
        "unverified": "unverified places only", "text": "text “{text}”", "trash": "the trash",
        "day": "day", "week": "week", "month": "month",
    },
    "fr": {
        "dates": "dates du {first} au {last}", "recorded": "date enregistrée du {first} au {last}",
        "dates_one": "date du {first}", "recorded_one": "date enregistrée le {first}",
        "precision": "précision de date : {names}", "countries": "pays",
        "admin1": "régions", "admin2": "cercles", "actors": "acteurs",
        "event types": "types d’événement", "sub-event types": "sous-types d’événement",
        "tags": "facteurs ou réponses", "and": "et aussi {label} : {names}",
        "list": "{label} : {names}", "places": "dans l’un de ces lieux ({names})",
        "fatalities": "morts {low}–{high}", "unverified": "lieux non vérifiés seulement",
        "text": "texte « {text} »", "trash": "la corbeille",
        "day": "jour", "week": "semaine", "month": "mois",
    },
}  # fmt: skip


def describe(
    query: IncidentQuery, language: str = "en", tag_words: Mapping[str, str] | None = None
) -> str:
    """The filter in plain words, English or French, for the About sheet of a command-line
    export (the window's exports use the filter bar's own words); ``tag_words``: drivers'
    and responses' names by code, in that language."""
    french = language.startswith("fr")
    w = _DESCRIBE["fr" if french else "en"]
    named = {"tags": dict(tag_words or {}), "event types": taxonomy.FRENCH if french else {},
             "sub-event types": taxonomy.FRENCH if french else {}}  # fmt: skip
    parts = []
    for first, last, key in (
        (query.date_from, query.date_to, "dates"),
        (query.recorded_from, query.recorded_to, "recorded"),
    ):
        if first and first == last:  # one day
            parts.append(w[f"{key}_one"].format(first=day_in_words(first, language)))
        elif first or last:
            parts.append(
                w[key].format(
                    first=day_in_words(first, language) if first else "…",
                    last=day_in_words(last, language) if last else "…",
                )
            )
    if query.date_precisions:
        names = ", ".join(w[p.name.lower()] for p in sorted(query.date_precisions))
        parts.append(w["precision"].format(names=names))
    places = [
        w["list"].format(label=w[key], names=", ".join(sorted(values)))
        for key, values in (
            ("countries", query.countries),
            ("admin1", query.admin1),
            ("admin2", query.admin2),
        )
        if values
    ]
    if len(places) > 1:  # one choice across levels: in any of them
        parts.append(w["places"].format(names=" | ".join(places)))
    parts += places if len(places) == 1 else []
    for key, values in (
        ("actors", query.actors),
        ("event types", query.event_types),
        ("sub-event types", query.sub_event_types),
        ("tags", query.tags),
    ):
        if values:
            words = sorted(named.get(key, {}).get(v, v) for v in values)
            parts.append(w["list"].format(label=w[key], names=", ".join(words)))
    for key, groups in (
        ("admin1", query.admin1_groups),
        ("admin2", query.admin2_groups),
        ("actors", query.actor_groups),
        ("tags", (*query.tag_groups, *query.exact_tag_groups)),
    ):
        for group in groups:
            words = sorted(named.get(key, {}).get(v, v) for v in group)
            parts.append(w["and"].format(label=w[key], names=", ".join(words)))
    if query.fatalities_min is not None or query.fatalities_max is not None:
        low = query.fatalities_min if query.fatalities_min is not None else 0
        high = query.fatalities_max if query.fatalities_max is not None else "…"
        parts.append(w["fatalities"].format(low=low, high=high))
    if query.unverified_only:
        parts.append(w["unverified"])
    if query.text:
        parts.append(w["text"].format(text=query.text))
    if query.deleted_only:
        parts.append(w["trash"])
    return ("\u202f; " if w is _DESCRIBE["fr"] else "; ").join(parts)
