"""A seeded generator of realistic, entirely invented Mali incidents.

Same seed, same incidents: tests, benchmarks and screenshots can rely on it. Places come
from the shipped gazetteer, actors from the registry, tags from the vocabularies; notes mix
English and French with accents. Nothing here is ACLED data.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid as uuidlib
from collections.abc import Iterator
from dataclasses import dataclass

from sahel_desk.domain import taxonomy
from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.incident import (
    DatePrecision,
    EventDate,
    GeoPrecision,
    Incident,
    Place,
    Source,
)
from sahel_desk.domain.places import GazetteerEntry, PlaceKind
from sahel_desk.domain.tags import Tag
from sahel_desk.reference.actors import load_actors
from sahel_desk.reference.gazetteer import load_places
from sahel_desk.reference.vocab import load_tags

# Share of events per region, loosely shaped like the conflict's geography.
REGION_WEIGHTS = {
    "Mopti": 30,
    "Ségou": 14,
    "Tombouctou": 10,
    "Gao": 11,
    "Ménaka": 8,
    "Kidal": 5,
    "Koulikoro": 7,
    "Sikasso": 5,
    "Kayes": 4,
    "Bamako": 3,
    "Taoudénit": 3,
}
EVENT_WEIGHTS = {
    taxonomy.BATTLES: 25,
    taxonomy.VIOLENCE_AGAINST_CIVILIANS: 30,
    taxonomy.EXPLOSIONS: 15,
    taxonomy.STRATEGIC: 15,
    taxonomy.PROTESTS: 10,
    taxonomy.RIOTS: 5,
}
JIHADISTS = (
    ("JNIM: Group for Support of Islam and Muslims", 10),
    ("Islamic State (Greater Sahara)", 5),
    ("Katiba Macina", 2),
    ("Unidentified Armed Group (Mali)", 5),
    ("AQIM: Al Qaeda in the Islamic Maghreb", 1),
)
MILITIAS = (
    ("Dan Na Ambassagou", 3),
    ("Dozo Militia", 2),
    ("Fulani Ethnic Militia (Mali)", 1),
    ("GATIA: Imghad Tuareg and Allies Self-Defense Group", 1),
    ("MSA: Movement for the Salvation of Azawad", 1),
    ("CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", 1),
)
ARMY_BY_REGIME = (
    (dt.date(2012, 3, 22), "Military Forces of Mali (2002-2012)"),
    (dt.date(2013, 9, 4), "Military Forces of Mali (2012-2013)"),
    (dt.date(2020, 8, 18), "Military Forces of Mali (2013-2020)"),
    (dt.date(2021, 5, 24), "Military Forces of Mali (2020-2021)"),
    (dt.date.max, "Military Forces of Mali (2021-)"),
)
SOURCES = (
    ("Studio Tamani", "National"),
    ("RFI", "International"),
    ("Jeune Afrique", "Regional"),
    ("Maliweb", "National"),
    ("AFP", "International"),
    ("Le Républicain (Mali)", "National"),
    ("Local partner", "Local partner"),
    ("Sahel Intelligence", "Regional"),
    ("Twitter", "New media"),
    ("Undisclosed Source", "Local partner"),
)
# Notes by event type, in English and French, so that each reads like its event.
_VIOLENT_EN = (
    "On {date}, suspected {actor} militants attacked {loc} ({admin2} cercle); {f} reported killed.",
    "Armed men on motorbikes entered {loc} and looted the market; residents fled toward {admin1}.",
    "Clashes near {loc} between {actor} and local self-defence fighters; toll disputed.",
)
_VIOLENT_FR = (
    "Le {date}, des hommes armés présumés de {actor} ont attaqué {loc} (cercle de {admin2}) ; "
    "{f} morts signalés.",
    "Enlèvement d’un chef de village à {loc} ; la communauté peule dénonce des représailles.",
    "Des déplacés arrivés à {loc} (région de {admin1}) décrivent des exactions près de Ménaka.",
)
NOTES = {
    taxonomy.BATTLES: (_VIOLENT_EN, _VIOLENT_FR),
    taxonomy.VIOLENCE_AGAINST_CIVILIANS: (_VIOLENT_EN, _VIOLENT_FR),
    taxonomy.EXPLOSIONS: (
        (
            "An IED struck a vehicle on the road near {loc}, {admin2} cercle; {f} killed.",
            "A drone strike hit a suspected {actor} position near {loc}.",
        ),
        (
            "Un engin explosif a touché un véhicule sur l’axe menant à {loc} ; {f} morts.",
            "Frappe de drone sur une position présumée de {actor} près de {loc}.",
        ),
    ),
    taxonomy.PROTESTS: (
        ("Residents of {loc} marched against insecurity and power cuts.",),
        (
            "Manifestation à {loc} contre l’insécurité et les coupures d’électricité ; élèves et "
            "commerçants réunis.",
        ),
    ),
    taxonomy.RIOTS: (
        ("Youths burnt tyres in {loc} after the arrest of a local leader.",),
        ("Des jeunes ont brûlé des pneus à {loc} après l’arrestation d’un notable.",),
    ),
    taxonomy.STRATEGIC: (
        ("{actor} fighters were seen recruiting in villages around {loc}.",),
        ("Des combattants de {actor} ont été signalés en train de recruter autour de {loc}.",),
    ),
}
START, END = dt.date(2012, 1, 1), dt.date(2024, 12, 27)  # a week's middle stays in 2024


@dataclass
class _Pools:
    by_region: dict[str, list[GazetteerEntry]]
    actor_types: dict[str, ActorType | None]
    drivers: list[str]
    responses: list[str]


def _pools() -> _Pools:
    by_region: dict[str, list[GazetteerEntry]] = {r: [] for r in REGION_WEIGHTS}
    for entry in load_places():
        if (
            entry.kind is PlaceKind.SETTLEMENT
            and entry.country == "Mali"
            and entry.latitude is not None
            and entry.admin1 in by_region
        ):
            by_region[entry.admin1].append(entry)
    empty = [r for r, places in by_region.items() if not places]
    if empty:
        raise RuntimeError(f"the gazetteer has no settlements in {', '.join(empty)}")
    actor_types = {a.name: a.actor_type for a in load_actors()}
    leaves = _leaves(load_tags())
    return _Pools(
        by_region=by_region,
        actor_types=actor_types,
        drivers=[t.code for t in leaves if t.kind.value == "driver"],
        responses=[t.code for t in leaves if t.kind.value == "response"],
    )


def _leaves(tags: list[Tag]) -> list[Tag]:
    parents = {t.parent for t in tags if t.parent}
    return [t for t in tags if t.code not in parents]


def _weighted(rng: random.Random, table: dict[str, int] | tuple[tuple[str, int], ...]) -> str:
    items = list(table.items()) if isinstance(table, dict) else list(table)
    return rng.choices([k for k, _ in items], [w for _, w in items])[0]


def army(on: dt.date) -> str:
    """ACLED names state forces by regime: the army's name on that day."""
    return next(name for until, name in ARMY_BY_REGIME if on < until)


def _date(rng: random.Random) -> EventDate:
    # Violence grows over the years: draw the position with a skew toward recent dates.
    span = (END - START).days
    day = START + dt.timedelta(days=int(span * rng.random() ** 0.6))
    roll = rng.random()
    if roll < 0.75:
        return EventDate(day, DatePrecision.DAY)
    if roll < 0.9:
        return EventDate.week_of(day)
    return EventDate.month(day.year, day.month)


class Generator:
    """``Generator(seed).incidents(n)`` yields n valid incidents, the same ones for a seed."""

    def __init__(self, seed: int = 1):
        self.rng = random.Random(seed)
        self.pools = _pools()
        self.serial = 0

    def incidents(self, n: int) -> Iterator[Incident]:
        for _ in range(n):
            yield self.one()

    def _type(self, name: str) -> ActorType | None:
        return self.pools.actor_types.get(name)

    def one(self) -> Incident:
        rng = self.rng
        self.serial += 1
        date = _date(rng)
        event_type = _weighted(rng, EVENT_WEIGHTS)
        sub = rng.choice(taxonomy.SUB_EVENT_TYPES[event_type])
        actor1, actor2, assoc1 = self._actors(event_type, sub, date.day)
        region = _weighted(rng, REGION_WEIGHTS)
        place_entry = rng.choice(self.pools.by_region[region])
        place = Place(
            location=place_entry.name,
            country="Mali",
            admin1=place_entry.admin1,
            admin2=place_entry.admin2,
            admin3=place_entry.admin3,
            latitude=place_entry.latitude,
            longitude=place_entry.longitude,
            ref=place_entry.ref,
        )
        if rng.random() < 0.02:  # a hamlet the gazetteer does not know
            place = Place(
                location=f"{place_entry.name}-Peulh",
                country="Mali",
                admin1=place_entry.admin1,
                admin2=place_entry.admin2,
            )
        fatalities = self._fatalities(event_type)
        civ = sub in taxonomy.CIVILIAN_TARGETING_ALLOWED and (
            event_type == taxonomy.VIOLENCE_AGAINST_CIVILIANS or rng.random() < 0.3
        )
        english, french = NOTES[event_type]
        template = rng.choice(french if rng.random() < 0.5 else english)
        notes = template.format(
            date=date.day.strftime("%d/%m/%Y"),
            actor=actor1.split(":")[0],
            loc=place.location,
            admin1=place.admin1,
            admin2=place.admin2 or place.admin1,
            f="unknown" if fatalities is None else fatalities,
        )
        sources = tuple(
            Source(name, date.day + dt.timedelta(days=rng.randint(0, 3)), None, scale)
            for name, scale in rng.sample(SOURCES, rng.choice((1, 1, 2, 3)))
        )
        tags = frozenset(rng.sample(self.pools.drivers, rng.choice((0, 1, 1, 2, 3)))) | frozenset(
            rng.sample(self.pools.responses, rng.choice((0, 0, 1, 2)))
        )
        return Incident(
            date=date,
            event_type=event_type,
            sub_event_type=sub,
            actor1=actor1,
            inter1=self._type(actor1),
            assoc_actor1=assoc1,
            actor2=actor2,
            inter2=self._type(actor2) if actor2 else None,
            civilian_targeting=civ,
            place=place,
            geo_precision=rng.choices(list(GeoPrecision), (70, 20, 10))[0],
            fatalities=fatalities,
            notes=notes,
            sources=sources,
            tags=tags,
            external_id=f"MLI{self.serial}" if rng.random() < 0.4 else None,
            # From the seeded generator too: the same seed twice is the same incidents.
            uuid=str(uuidlib.UUID(int=rng.getrandbits(128), version=4)),
        )

    def _actors(self, event_type: str, sub: str, day: dt.date) -> tuple[str, str | None, tuple]:
        rng = self.rng
        armed = _weighted(rng, JIHADISTS if rng.random() < 0.8 else MILITIAS)
        state = army(day)
        if event_type == taxonomy.BATTLES:
            other = state if rng.random() < 0.7 else _weighted(rng, MILITIAS)
            if other == armed:
                other = state
            return armed, other, ()
        if event_type == taxonomy.VIOLENCE_AGAINST_CIVILIANS:
            perpetrator = armed if rng.random() < 0.8 else state
            return perpetrator, "Civilians (Mali)", ()
        if event_type == taxonomy.EXPLOSIONS:
            if sub == "Air/drone strike":
                return state, armed, ()
            return armed, rng.choice((state, "Civilians (Mali)", None)), ()
        if event_type == taxonomy.PROTESTS:
            police = "Police Forces of Mali (2021-)" if sub != "Peaceful protest" else None
            return "Protesters (Mali)", police, ()
        if event_type == taxonomy.RIOTS:
            return "Rioters (Mali)", rng.choice((None, "Civilians (Mali)")), ()
        return armed, None, ()

    def _fatalities(self, event_type: str) -> int | None:
        rng = self.rng
        if event_type in (taxonomy.PROTESTS, taxonomy.STRATEGIC):
            return 0
        if rng.random() < 0.1:
            return None  # unknown is not zero
        if rng.random() < 0.35:
            return 0
        return min(int(rng.expovariate(1 / 6)) + 1, 150)
