"""The ACLED codebook's rules for a well-formed incident, as problems a person can read."""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib

from sahel_desk.domain import taxonomy
from sahel_desk.domain.actors import ARMED_TYPES, ActorType
from sahel_desk.domain.errors import Problem, ValidationError, problem
from sahel_desk.domain.incident import DatePrecision, EventDate, GeoPrecision, Incident, Place

# Generous boxes around the countries Sahel Desk covers; outside them is a warning, not an error.
COUNTRY_BOXES = {
    "Mali": (10.1, 25.1, -12.3, 4.3),  # south, north, west, east
    "Burkina Faso": (9.4, 15.1, -5.6, 2.5),
    "Niger": (11.6, 23.6, 0.1, 16.0),
}


M_UNVERIFIED = "the place is not tied to a gazetteer entry (kept as unverified)"
_CANONICAL_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


def _plain(incident: Incident) -> bool:
    """Whether every value is of exactly its usual kind (as a reader or the editor makes
    them): ``_shape`` then has nothing to say, found at a fifth of its cost (it ran twice
    per row of a 100,000-row import)."""
    date, place, actor2 = incident.date, incident.place, incident.actor2
    if place.__class__ is not Place:
        return False
    lat, lon = place.latitude, place.longitude
    return (
        date.__class__ is EventDate
        and date.day.__class__ is dt.date
        and incident.actor1.__class__ is str
        and (actor2 is None or actor2.__class__ is str)
        and place.location.__class__ is str
        and (lat is None or lat.__class__ is float)
        and (lon is None or lon.__class__ is float)
        and _names(incident.assoc_actor1)
        and _names(incident.assoc_actor2)
        and incident.uuid.__class__ is str
        and _CANONICAL_UUID.fullmatch(incident.uuid) is not None
    )


def _names(value: object) -> bool:
    return value == () or (
        value.__class__ is tuple and all(n.__class__ is str for n in value)  # type: ignore[attr-defined]
    )


def _shape(incident: Incident) -> list[Problem]:
    """Wrong kinds of value (a bare date, text for a number): caught before any rule reads them."""
    if _plain(incident):
        return []
    found = []
    if not isinstance(incident.date, EventDate) or not isinstance(incident.date.day, dt.date):
        found.append(problem("date", "the date must be given with its precision"))
    if not isinstance(incident.actor1, str):
        found.append(problem("actor1", "actor 1 is required"))
    if incident.actor2 is not None and not isinstance(incident.actor2, str):
        found.append(problem("actor2", "actor 2 must be a name"))
    for field in ("assoc_actor1", "assoc_actor2"):
        value = getattr(incident, field)
        if not isinstance(value, tuple) or not all(isinstance(n, str) for n in value):
            found.append(problem(field, "associated actors must be a list of names"))
    if not isinstance(incident.place, Place) or not isinstance(incident.place.location, str):
        found.append(problem("location", "the location is required"))
    else:
        for field in ("latitude", "longitude"):
            value = getattr(incident.place, field)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float)
            ):
                found.append(
                    problem(field, "{name} must be a number in decimal degrees", name=field)
                )
    if not _CANONICAL_UUID.fullmatch(str(incident.uuid)):  # 10x faster than parsing it
        try:
            uuidlib.UUID(str(incident.uuid))
        except ValueError:
            found.append(problem("uuid", "“{value}” is not a UUID", value=incident.uuid))
    return found


def problems(incident: Incident, today: dt.date | None = None) -> list[Problem]:
    """Every rule ``incident`` breaks; errors block saving, warnings are for the user to judge."""
    found = _shape(incident)
    if found:
        return found
    add = found.append
    today = today or dt.date.today()

    if incident.event_type not in taxonomy.EVENT_TYPES:
        add(
            problem("event_type", "choose an ACLED event type")
            if not incident.event_type
            else problem(
                "event_type", "“{value}” is not an ACLED event type", value=incident.event_type
            )
        )
    elif incident.sub_event_type not in taxonomy.SUB_EVENT_TYPES[incident.event_type]:
        add(
            problem(
                "sub_event_type",
                "“{value}” is not a sub-event type of {event_type}",
                value=incident.sub_event_type,
                event_type=incident.event_type,
            )
        )
    if not isinstance(incident.date.precision, DatePrecision):
        add(problem("date", "the date precision is required (day, week or month)"))
    elif incident.date.first_day > today:
        add(problem("date", "the date is in the future"))
    if not isinstance(incident.geo_precision, GeoPrecision):
        add(problem("geo_precision", "the location precision is required (1, 2 or 3)"))
    if not incident.actor1.strip():
        add(problem("actor1", "actor 1 is required"))
    if not incident.place.location.strip():
        add(problem("location", "the location is required"))
    for name, value in (
        ("fatalities", incident.fatalities),
        ("fatalities_low", incident.fatalities_low),
        ("fatalities_high", incident.fatalities_high),
    ):
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or value < 0
        ):
            add(problem(name, "fatalities must be a whole number of 0 or more (or unknown)"))
    low, high = incident.fatalities_low, incident.fatalities_high
    if isinstance(low, int) and isinstance(high, int) and low > high:
        add(problem("fatalities_low", "the low estimate is above the high estimate"))

    vac = taxonomy.VIOLENCE_AGAINST_CIVILIANS
    if incident.event_type == vac and incident.inter2 is not ActorType.CIVILIANS:
        add(problem("actor2", "in violence against civilians, actor 2 must be civilians"))
    armed = incident.inter1 in ARMED_TYPES and incident.inter2 in ARMED_TYPES
    if incident.event_type == taxonomy.BATTLES and not armed:
        add(problem("actor2", "a battle needs two armed actors"))
    if incident.civilian_targeting and (
        incident.sub_event_type not in taxonomy.CIVILIAN_TARGETING_ALLOWED
    ):
        add(
            problem(
                "civilian_targeting",
                "civilian targeting cannot be set on “{value}”",
                value=incident.sub_event_type,
            )
        )
    if incident.actor2 and incident.inter2 is None:
        add(problem("inter2", "actor 2 needs an actor type", "warning"))
    if incident.inter1 is None:
        add(problem("inter1", "actor 1 needs an actor type", "warning"))

    lat, lon = incident.place.latitude, incident.place.longitude
    if (lat is None) != (lon is None):
        add(problem("latitude", "give both latitude and longitude, or neither"))
    elif lat is not None and lon is not None:
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            add(problem("latitude", "coordinates are outside the globe"))
        else:
            box = COUNTRY_BOXES.get(incident.place.country)
            if box and not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                add(
                    problem(
                        "latitude",
                        "({lat}, {lon}) lies outside {country}",
                        "warning",
                        lat=f"{lat:.4f}",
                        lon=f"{lon:.4f}",
                        country=incident.place.country,
                    )
                )
    if not incident.place.verified:
        add(problem("location", M_UNVERIFIED, "warning"))
        if not incident.place.admin1.strip():
            add(
                problem(
                    "admin1",
                    "no region: the incident counts in no region's figures",
                    "warning",
                )
            )
    return found


def check(incident: Incident, today: dt.date | None = None) -> list[Problem]:
    """Raise ``ValidationError`` on any error; return the warnings."""
    found = problems(incident, today)
    errors = [p for p in found if p.severity == "error"]
    if errors:
        raise ValidationError(errors)
    return found
