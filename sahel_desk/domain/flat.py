"""An incident as one flat record of plain values: what an export writes, row after row.

The store can produce it straight from SQL (no Incident objects: an export of 100,000
incidents spends its time in the spreadsheet writer, not in building objects), and
``flatten`` produces the same record from an Incident, so that both paths can be compared.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import NamedTuple

from sahel_desk.domain.history import version_time
from sahel_desk.domain.incident import Incident, Source
from sahel_desk.domain.tags import TagKind

LIST_SEPARATOR = "; "  # ACLED's separator inside multi-value cells
SCALE_SEPARATOR = "\x1f"  # between the sources' scales (never in a name)


class FlatIncident(NamedTuple):
    uuid: str
    external_id: str | None
    external_timestamp: int | None
    event_date: dt.date
    date_precision: int
    event_type: str
    sub_event_type: str
    original_event_type: str | None
    actor1: str
    assoc_actor1: str  # "; "-joined, "" for none
    inter1: int | None
    actor2: str | None
    assoc_actor2: str
    inter2: int | None
    civilian_targeting: bool
    country: str
    admin1: str
    admin2: str
    admin3: str
    location: str
    latitude: float | None
    longitude: float | None
    place_ref: str | None
    geo_precision: int
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    notes: str
    source_names: str  # "; "-joined
    source_scales: str  # SCALE_SEPARATOR-joined, one per source ("" when a source has none)
    sources_json: str | None  # every source with its date, URL and scale
    drivers: str  # "; "-joined codes, sorted
    responses: str
    user_tags: str
    modified: dt.datetime | None  # last change (UTC, naive)
    # the version this copy started from, when it came from another file (an import): who
    # changed it since can be told from who changed it meanwhile (jobs.imports)
    based_on: dt.datetime | None = None


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def sources_json(sources: tuple[Source, ...]) -> str | None:
    """The sources losslessly (ACLED's two columns cannot hold dates and links)."""
    if not sources:
        return None
    items = []
    for s in sources:
        item = {"name": s.name}
        if s.date:
            item["date"] = s.date.isoformat()
        if s.url:
            item["url"] = s.url
        if s.scale:
            item["scale"] = s.scale
        items.append(item)
    return _JSON(items)


def flatten(incident: Incident, tag_kinds: Mapping[str, TagKind]) -> FlatIncident:
    """The flat record of ``incident``; ``tag_kinds`` says which codes are drivers/responses."""
    by_kind: dict[TagKind, list[str]] = {TagKind.DRIVER: [], TagKind.RESPONSE: [], TagKind.USER: []}
    for code in sorted(incident.tags):
        by_kind[tag_kinds.get(code, TagKind.USER)].append(code)
    place = incident.place
    modified = incident.updated_at or incident.created_at
    if modified is not None:
        modified = version_time(modified)
    return FlatIncident(
        uuid=incident.uuid,
        external_id=incident.external_id,
        external_timestamp=incident.external_timestamp,
        event_date=incident.date.day,
        date_precision=int(incident.date.precision),
        event_type=incident.event_type,
        sub_event_type=incident.sub_event_type,
        original_event_type=incident.original_event_type,
        actor1=incident.actor1,
        assoc_actor1=LIST_SEPARATOR.join(incident.assoc_actor1),
        inter1=int(incident.inter1) if incident.inter1 is not None else None,
        actor2=incident.actor2 or None,
        assoc_actor2=LIST_SEPARATOR.join(incident.assoc_actor2),
        inter2=int(incident.inter2) if incident.inter2 is not None else None,
        civilian_targeting=incident.civilian_targeting,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        admin3=place.admin3,
        location=place.location,
        latitude=place.latitude,
        longitude=place.longitude,
        place_ref=place.ref,
        geo_precision=int(incident.geo_precision),
        fatalities=incident.fatalities,
        fatalities_low=incident.fatalities_low,
        fatalities_high=incident.fatalities_high,
        notes=incident.notes,
        source_names=LIST_SEPARATOR.join(s.name for s in incident.sources),
        source_scales=SCALE_SEPARATOR.join(s.scale or "" for s in incident.sources),
        sources_json=sources_json(incident.sources),
        drivers=LIST_SEPARATOR.join(by_kind[TagKind.DRIVER]),
        responses=LIST_SEPARATOR.join(by_kind[TagKind.RESPONSE]),
        user_tags=LIST_SEPARATOR.join(by_kind[TagKind.USER]),
        modified=modified,
    )
