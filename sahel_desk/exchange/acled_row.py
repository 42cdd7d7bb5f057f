"""One incident as one row of ACLED's 31 columns, plus Sahel Desk's own columns after them.

Values are plain Python (``date``, ``int``, ``float``, ``str``, None for empty); the writers
decide how a cell shows them. Derived fields (year, disorder type, interaction) are filled.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sahel_desk.domain.actors import ActorType, interaction_code
from sahel_desk.domain.incident import Incident, Source
from sahel_desk.domain.tags import TagKind
from sahel_desk.exchange.columns import ACLED_REGION, ISO_NUMERIC

LIST_SEPARATOR = "; "  # ACLED's separator inside multi-value cells
CIVILIANS_TARGETED = "Civilians targeted"
YES, NO = "yes", "no"


def _type_text(value: ActorType | None, numeric: bool) -> str | int | None:
    if value is None:
        return None
    return int(value) if numeric else value.label


def source_scale(sources: tuple[Source, ...]) -> str | None:
    """ACLED's one ``source_scale`` cell: each distinct level once, in order, joined by "-"."""
    seen: list[str] = []
    for src in sources:
        if src.scale and src.scale not in seen:
            seen.append(src.scale)
    return "-".join(seen) or None


def acled_row(incident: Incident, *, numeric_types: bool = False) -> tuple[Any, ...]:
    """The 31 values in ``ACLED_COLUMNS`` order."""
    place = incident.place
    country = place.country or None
    inter = (
        interaction_code(incident.inter1, incident.inter2)
        if numeric_types
        else incident.interaction
    )
    return (
        incident.external_id,
        incident.date.day,
        incident.date.day.year,
        int(incident.date.precision),
        incident.disorder_type,
        incident.event_type,
        incident.sub_event_type,
        incident.actor1,
        LIST_SEPARATOR.join(incident.assoc_actor1) or None,
        _type_text(incident.inter1, numeric_types),
        incident.actor2 or None,
        LIST_SEPARATOR.join(incident.assoc_actor2) or None,
        _type_text(incident.inter2, numeric_types),
        inter,
        CIVILIANS_TARGETED if incident.civilian_targeting else None,
        ISO_NUMERIC.get(country or ""),
        ACLED_REGION.get(country or "", "Western Africa") if country else None,
        country,
        place.admin1 or None,
        place.admin2 or None,
        place.admin3 or None,
        place.location or None,
        place.latitude,
        place.longitude,
        int(incident.geo_precision),
        LIST_SEPARATOR.join(s.name for s in incident.sources) or None,
        source_scale(incident.sources),
        incident.notes or None,
        incident.fatalities,
        None,  # ACLED's own tags (crowd size, …) are not kept by Sahel Desk
        incident.external_timestamp,
    )


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def sources_json(sources: tuple[Source, ...]) -> str | None:
    """Every source with its date, URL and scale, losslessly (ACLED's two columns cannot)."""
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


def sahel_row(incident: Incident, tag_kinds: Mapping[str, TagKind]) -> tuple[Any, ...]:
    """The values of ``SAHEL_COLUMNS``: what a round trip needs that ACLED's columns lack."""
    drivers, responses, user = [], [], []
    lists = {TagKind.DRIVER: drivers, TagKind.RESPONSE: responses}
    for code in sorted(incident.tags):
        lists.get(tag_kinds.get(code, TagKind.USER), user).append(code)
    modified = incident.updated_at or incident.created_at
    return (
        incident.uuid,
        LIST_SEPARATOR.join(drivers) or None,
        LIST_SEPARATOR.join(responses) or None,
        LIST_SEPARATOR.join(user) or None,
        sources_json(incident.sources),
        NO if incident.place.ref else YES,
        incident.place.ref,
        incident.fatalities_low,
        incident.fatalities_high,
        incident.original_event_type,
        _naive(modified),
    )


def _naive(value: dt.datetime | None) -> dt.datetime | None:
    """Spreadsheets have no time zones: UTC, written without its offset (the header says UTC)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)
