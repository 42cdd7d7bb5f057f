"""One incident as one row of ACLED's 31 columns, plus Sahel Desk's own columns after them.

Rows are made from the flat record (``domain.flat``) that the store reads straight from SQL
for exports, or that ``flatten`` makes from an Incident. Values are plain Python (``date``,
``int``, ``float``, ``str``, None for empty); derived fields (year, disorder type,
interaction) are filled.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sahel_desk.domain import taxonomy
from sahel_desk.domain.actors import ActorType, interaction, interaction_code
from sahel_desk.domain.flat import SCALE_SEPARATOR, FlatIncident, flatten
from sahel_desk.domain.incident import Incident
from sahel_desk.domain.tags import TagKind
from sahel_desk.exchange.columns import ACLED_REGION, ISO_NUMERIC

CIVILIANS_TARGETED = "Civilians targeted"
YES, NO = "yes", "no"
_TYPES: dict[int | None, ActorType | None] = {None: None, **{int(t): t for t in ActorType}}


def _type_text(value: int | None, numeric: bool) -> str | int | None:
    if value is None:
        return None
    return value if numeric else _TYPES[value].label  # type: ignore[union-attr]


def _scale(scales: str) -> str | None:
    """ACLED's one ``source_scale`` cell: each distinct level once, in order, joined by "-"."""
    seen: list[str] = []
    for scale in scales.split(SCALE_SEPARATOR):
        if scale and scale not in seen:
            seen.append(scale)
    return "-".join(seen) or None


def flat_acled_row(f: FlatIncident, *, numeric_types: bool = False) -> tuple[Any, ...]:
    """The 31 values in ``ACLED_COLUMNS`` order."""
    inter1, inter2 = _TYPES[f.inter1], _TYPES[f.inter2]
    country = f.country or None
    return (
        f.external_id,
        f.event_date,
        f.event_date.year,
        f.date_precision,
        taxonomy.disorder_type(f.sub_event_type),
        f.event_type,
        f.sub_event_type,
        f.actor1,
        f.assoc_actor1 or None,
        _type_text(f.inter1, numeric_types),
        f.actor2 or None,
        f.assoc_actor2 or None,
        _type_text(f.inter2, numeric_types),
        interaction_code(inter1, inter2) if numeric_types else interaction(inter1, inter2),
        CIVILIANS_TARGETED if f.civilian_targeting else None,
        ISO_NUMERIC.get(country or ""),
        ACLED_REGION.get(country or "", "Western Africa") if country else None,
        country,
        f.admin1 or None,
        f.admin2 or None,
        f.admin3 or None,
        f.location or None,
        f.latitude,
        f.longitude,
        f.geo_precision,
        f.source_names or None,
        _scale(f.source_scales),
        f.notes or None,
        f.fatalities,
        None,  # ACLED's own tags (crowd size, …) are not kept by Sahel Desk
        f.external_timestamp,
    )


def flat_sahel_row(f: FlatIncident) -> tuple[Any, ...]:
    """The values of ``SAHEL_COLUMNS``: what a round trip needs that ACLED's columns lack."""
    return (
        f.uuid,
        f.drivers or None,
        f.responses or None,
        f.user_tags or None,
        f.sources_json,
        NO if f.place_ref else YES,
        f.place_ref,
        f.fatalities_low,
        f.fatalities_high,
        f.original_event_type,
        f.modified,
        f.based_on,
    )


def acled_row(incident: Incident, *, numeric_types: bool = False) -> tuple[Any, ...]:
    return flat_acled_row(flatten(incident, {}), numeric_types=numeric_types)


def sahel_row(incident: Incident, tag_kinds: Mapping[str, TagKind]) -> tuple[Any, ...]:
    return flat_sahel_row(flatten(incident, tag_kinds))
