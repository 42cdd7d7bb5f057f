"""UCDP GED rows to incidents, through the crosswalk of the formats document (section 2, b.3).

GED says less than ACLED about what happened and more about how many died. What cannot be
derived is not guessed silently: each row comes back as a ``UcdpRecord`` holding the incident
(or None when the row is rejected), its problems in words, and machine-readable flags the
importer turns into review tags:

- ``event_type_unknown``: state-based and non-state violence (types 1 and 2) may be a battle or
  remote violence; "Battles – Armed clash" is a placeholder until the analyst chooses.
- ``year_only``: GED's date precision 5 (only the year, or longer); kept on date_start's month.
- ``coarse_location``: GED's location precision 5–7 (larger than a region, the whole country,
  international waters), coarser than ACLED's lowest precision; kept at region precision.
- ``actor_unmatched``: a name the actor registry does not know, kept as written.
- ``actor_type_assumed``: an actor type taken from the kind of conflict, not from the registry:
  the opposition in a state-based conflict is a rebel group, a party to a non-state conflict a
  political militia (ACLED's "Battles" needs two armed actors).

Actor types otherwise: ``Government of X`` is State forces in X and External/Other forces
elsewhere (ACLED's rule for a military outside its home state); one-sided violence targets
``Civilians (<country>)``, ACLED's naming, matched through the registry. ``Government of X``
is read as ACLED's ``Military Forces of X (<regime>)`` in force on the event's dates (the
registry's ``since``), and said; a span across a change of regime is kept as written.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sahel_desk.domain import taxonomy, validation
from sahel_desk.domain.actors import ActorMatcher, ActorType
from sahel_desk.domain.errors import Problem, problem
from sahel_desk.domain.incident import (
    DatePrecision,
    EventDate,
    GeoPrecision,
    Incident,
    Place,
    Source,
)
from sahel_desk.domain.text import fold
from sahel_desk.exchange.cells import EXCEL_CELL_LIMIT, TRUNCATION_MARK
from sahel_desk.exchange.columns import UCDP_GED_COLUMNS
from sahel_desk.exchange.values import CellError, DateReader, decimal, integer, text
from sahel_desk.reference.actors import load_actors
from sahel_desk.reference.gazetteer import canonical_admin

FLAG_EVENT_TYPE_UNKNOWN = "event_type_unknown"
FLAG_YEAR_ONLY = "year_only"
FLAG_COARSE_LOCATION = "coarse_location"
FLAG_ACTOR_UNMATCHED = "actor_unmatched"
FLAG_ACTOR_TYPE_ASSUMED = "actor_type_assumed"
FLAG_RANGE_DROPPED = "deaths_range_dropped"
FLAGS = (
    FLAG_EVENT_TYPE_UNKNOWN,
    FLAG_YEAR_ONLY,
    FLAG_COARSE_LOCATION,
    FLAG_ACTOR_UNMATCHED,
    FLAG_ACTOR_TYPE_ASSUMED,
    FLAG_RANGE_DROPPED,
)

# Errors: the row is rejected.
MISSING = "{name} is empty"
BAD_ID = "“{value}” is not a UCDP event id"
UNKNOWN_VIOLENCE = "“{value}” is not a UCDP type of violence (1, 2 or 3)"
UNKNOWN_DATE_PREC = "“{value}” is not a UCDP date precision (1 to 5)"
UNKNOWN_WHERE_PREC = "“{value}” is not a UCDP location precision (1 to 7)"
END_BEFORE_START = "the event ends ({end}) before it starts ({start})"
# Warnings: the row is imported, and flagged.
LOW_ABOVE_HIGH = (
    "UCDP's low estimate of deaths ({low}) is above its high estimate ({high}): only the best "
    "estimate ({best}) is kept, not that range"
)
EVENT_TYPE_UNKNOWN = (
    "UCDP does not say what kind of event this was ({original}): “Battles – Armed clash” "
    "is a placeholder; choose the event type"
)
ONE_SIDED = (
    "event type derived from UCDP's one-sided violence (Violence against civilians – Attack); "
    "check it"
)
YEAR_ONLY = (
    "UCDP knows this date only to the year ({start} to {end}); recorded as a month-precise "
    "date in {month}; check it"
)
SPAN_WIDER = "UCDP dates the event from {start} to {end}, wider than the date recorded; check it"
COARSE_AREA = (
    "UCDP places this event only in an area larger than a region, on a line or between "
    "distant places; recorded at region precision; check the place"
)
COARSE_COUNTRY = (
    "UCDP places this event only in the country (on its centroid); recorded at region "
    "precision; check the place"
)
COARSE_WATERS = (
    "UCDP places this event in international waters or airspace; recorded at region "
    "precision; check the place"
)
ACTOR_UNMATCHED = "UCDP's actor “{name}” is not in the actor registry; kept as written"
GOVERNMENT_READ = "UCDP's “{name}” is read as {forces}, the state's forces on that date"
CIVILIANS_UNMATCHED = "“{name}” is not in the actor registry"
REBEL_ASSUMED = (
    "“{name}” is taken as a rebel group (the opposition in a UCDP state-based conflict); "
    "check its actor type"
)
MILITIA_ASSUMED = (
    "“{name}” is taken as a political militia (a party to a UCDP non-state conflict); "
    "check its actor type"
)
DEATHS_IGNORED = "“{value}” is not a whole number of 0 or more; the deaths are left unknown"
COORDINATES_IGNORED = "“{value}” is not a number; the coordinates are left out"
BEST_OUTSIDE_RANGE = "UCDP's best estimate of deaths ({best}) lies outside its range ({low}–{high})"
NOTES_CUT = "the notes were cut to {limit} characters"
MESSAGES = (
    MISSING,
    BAD_ID,
    UNKNOWN_VIOLENCE,
    UNKNOWN_DATE_PREC,
    UNKNOWN_WHERE_PREC,
    END_BEFORE_START,
    LOW_ABOVE_HIGH,
    EVENT_TYPE_UNKNOWN,
    ONE_SIDED,
    YEAR_ONLY,
    SPAN_WIDER,
    COARSE_AREA,
    COARSE_COUNTRY,
    COARSE_WATERS,
    ACTOR_UNMATCHED,
    GOVERNMENT_READ,
    CIVILIANS_UNMATCHED,
    REBEL_ASSUMED,
    MILITIA_ASSUMED,
    DEATHS_IGNORED,
    COORDINATES_IGNORED,
    BEST_OUTSIDE_RANGE,
    NOTES_CUT,
)  # for the UI's translation catalogue

STATE_BASED, NON_STATE, ONE_SIDED_VIOLENCE = 1, 2, 3
VIOLENCE_NAMES = {
    STATE_BASED: "state-based conflict",
    NON_STATE: "non-state conflict",
    ONE_SIDED_VIOLENCE: "one-sided violence",
}
# GED where_prec -> ACLED geo_precision (crosswalk b.3); 5–7 are coarser than ACLED allows.
GEO_PRECISION = {
    1: GeoPrecision.EXACT,
    2: GeoPrecision.NEAR,
    3: GeoPrecision.REGION,
    4: GeoPrecision.REGION,
    5: GeoPrecision.REGION,
    6: GeoPrecision.REGION,
    7: GeoPrecision.REGION,
}
_COARSE = {5: COARSE_AREA, 6: COARSE_COUNTRY, 7: COARSE_WATERS}

# The columns a GED file must have; gwnoa and gwnob (at the end) are missing from some copies.
REQUIRED_COLUMNS: tuple[str, ...] = tuple(
    c for c in UCDP_GED_COLUMNS if c not in {"gwnoa", "gwnob"}
)

# UCDP writes the kind of place after its name: "Nara town", "Mopti region", "Nara cercle".
# Only the lower-case words below are cut, and only when a name is left: "Isabela City town"
# keeps "Isabela City", "Foca Town" and "Gaza Strip" stay whole. Places located by an admin
# unit (where_prec 3–4) keep theirs: "Mopti region" is not the town of Mopti.
_PLACE_SUFFIX = re.compile(r"^(.*\S) (?:town|village|city)$")
_ADMIN_SUFFIX = re.compile(
    r"^(.*\S) (?:region|province|governorate|state|department|département|oblast|zone|"
    r"republic|district|sub-district|prefecture|county|krai|municipality|territory|cercle|"
    r"commune|lga|agency|raion|rayon|regency|constituency|council|locality|division)$"
)
_GOVERNMENT = re.compile(r"^government of (.+)$", re.IGNORECASE)
FALLBACK_SOURCE = "UCDP GED"  # the source of a row that names no news office


@dataclass(frozen=True)
class UcdpRecord:
    """One GED row read: the incident (None when rejected), its problems, its flags."""

    incident: Incident | None
    problems: tuple[Problem, ...]  # errors (row rejected) and warnings (imported, flagged)
    flags: frozenset[str]  # FLAGS, for the importer's review tags; none on a rejected row

    @property
    def rejected(self) -> bool:
        return self.incident is None


@functools.lru_cache(maxsize=1024)
def _key(name: str) -> str:
    """A column name as compared: no byte-order mark, no surrounding space, any case."""
    return text(name).lstrip("\ufeff").strip().casefold()


def is_ucdp_header(header: Sequence[str]) -> bool:
    """Whether ``header`` is GED's: all 49 columns in any order and case (gwnoa and gwnob may
    be missing; extra columns are allowed)."""
    return set(REQUIRED_COLUMNS) <= {_key(name) for name in header}


def date_reader(rows: Iterable[Mapping[str, object]]) -> DateReader:
    """One ``DateReader`` over the ``date_start`` and ``date_end`` cells of every row."""
    samples: list[object] = []
    for row in rows:
        cells = {_key(k): v for k, v in row.items() if k is not None}
        samples += [cells.get("date_start"), cells.get("date_end")]
    return DateReader(samples)


_shipped = functools.cache(load_actors)  # the registry file, parsed once


@functools.cache
def _shipped_types() -> dict[str, ActorType | None]:
    return {actor.name: actor.actor_type for actor in _shipped()}


def _state_type(government: str, country: str) -> ActorType | None:
    """UCDP's ``Government of X``: State forces in X, External/Other forces elsewhere
    (ACLED's rule for a military outside its home state); None for another name."""
    named = _GOVERNMENT.fullmatch(government)
    if named is None:
        return None
    home = fold(named[1]) == fold(country)
    return ActorType.STATE_FORCES if home else ActorType.EXTERNAL_OTHER


_FORCES = re.compile(r"^Military Forces of (.+) \(\d{4}-(?:\d{4})?\)$")


@functools.cache
def _regimes() -> dict[str, list[tuple[dt.date, str]]]:
    """The shipped registry's state forces by folded country: (since, name), oldest first."""
    found: dict[str, list[tuple[dt.date, str]]] = {}
    for actor in _shipped():
        named = _FORCES.fullmatch(actor.name)
        if named and actor.since is not None:
            found.setdefault(fold(named[1]), []).append((actor.since, actor.name))
    return {country: sorted(regimes) for country, regimes in found.items()}


def forces_of(government: str, first: dt.date, last: dt.date) -> str | None:
    """ACLED's name for the forces of UCDP's ``Government of X`` from ``first`` to
    ``last``: one regime's throughout, else None (before the registry's first, or across a
    coup: which one fought is not known)."""
    named = _GOVERNMENT.fullmatch(government)
    if named is None:
        return None
    regimes = _regimes().get(fold(named[1]), [])
    at = [[name for since, name in regimes if since <= day][-1:] for day in (first, last)]
    return at[0][0] if at[0] and at[0] == at[1] else None


def ucdp_incident(
    row: Mapping[str, object],
    actors: ActorMatcher,
    dates: DateReader | None = None,
    *,
    actor_types: Mapping[str, ActorType | None] | None = None,
) -> UcdpRecord:
    """The incident one GED row describes, with what had to be assumed said as warnings.

    ``row`` maps column names (any case) to raw cells, from the csv module or calamine.
    ``actors`` maps names to the registry's; ``actor_types`` gives each registry name's type
    (default: the shipped registry's). ``dates`` is the column's ``DateReader`` (see
    ``date_reader``); without it the row's own two dates decide their format.
    """
    reading = _Reading({_key(k): v for k, v in row.items() if k is not None})
    types = _shipped_types() if actor_types is None else actor_types
    incident = reading.incident(actors, dates, types)
    found = reading.problems
    if incident is not None:
        errors = [p for p in validation.problems(incident) if p.severity == "error"]
        if errors:
            found += errors
            incident = None
    flags = frozenset(reading.flags) if incident is not None else frozenset()
    return UcdpRecord(incident, tuple(found), flags)


class _Rejected(Exception):
    """The row cannot become an incident; the reason is already in the problems."""


@dataclass
class _Reading:
    cells: dict[str, object]
    problems: list[Problem] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    # the days the event may have been on: UCDP's range, and the date recorded
    span: tuple[dt.date, dt.date] | None = None

    # --- Cells ---

    def text(self, column: str, multiline: bool = False) -> str:
        return text(self.cells.get(column), multiline)

    def error(self, column: str, template: str, **params: object) -> _Rejected:
        self.problems.append(problem(column, template, **params))
        return _Rejected()

    def warn(self, column: str, template: str, flag: str | None = None, **params: object) -> None:
        self.problems.append(problem(column, template, "warning", **params))
        if flag:
            self.flags.add(flag)

    def code(self, column: str, allowed: range, template: str) -> int:
        value = self.cells.get(column)
        try:
            number = integer(value, minimum=None)
        except CellError:
            number = None
        if number is None:
            if not text(value):
                raise self.error(column, MISSING, name=column)
            raise self.error(column, template, value=text(value))
        if number not in allowed:
            raise self.error(column, template, value=text(value))
        return number

    def deaths(self, column: str) -> int | None:
        try:
            return integer(self.cells.get(column))
        except CellError:
            self.warn(column, DEATHS_IGNORED, value=self.text(column))
            return None

    def coordinate(self, column: str) -> float | None:
        try:
            return decimal(self.cells.get(column))
        except CellError:
            self.warn(column, COORDINATES_IGNORED, value=self.text(column))
            return None

    # --- The incident ---

    def incident(
        self,
        actors: ActorMatcher,
        dates: DateReader | None,
        actor_types: Mapping[str, ActorType | None],
    ) -> Incident | None:
        try:
            event_id = self.code("id", range(0, 10**12), BAD_ID)
            violence = self.code("type_of_violence", range(1, 4), UNKNOWN_VIOLENCE)
            date = self.date(dates)
            geo = self.geo_precision()
            best, low, high = self.fatalities()
        except _Rejected:
            return None
        place = self.place()
        country = place.country
        original = f"UCDP type_of_violence {violence}: {VIOLENCE_NAMES[violence]}"
        sides = (violence, country, actors, actor_types, self.span or (date.day, date.day))
        actor1, assoc1, inter1 = self.side("side_a", *sides)
        if violence == ONE_SIDED_VIOLENCE and fold(self.text("side_b")) in {"", "civilians"}:
            actor2, assoc2, inter2 = self.civilians(country, actors)
        else:
            actor2, assoc2, inter2 = self.side("side_b", *sides)
        if violence == ONE_SIDED_VIOLENCE:
            event_type, sub_event_type = taxonomy.VIOLENCE_AGAINST_CIVILIANS, "Attack"
            self.warn("type_of_violence", ONE_SIDED)
        else:
            event_type, sub_event_type = taxonomy.BATTLES, "Armed clash"
            self.warn(
                "type_of_violence", EVENT_TYPE_UNKNOWN, FLAG_EVENT_TYPE_UNKNOWN, original=original
            )
        return Incident(
            date=date,
            event_type=event_type,
            sub_event_type=sub_event_type,
            place=place,
            actor1=actor1,
            geo_precision=geo,
            inter1=inter1,
            assoc_actor1=assoc1,
            actor2=actor2 or None,
            inter2=inter2,
            assoc_actor2=assoc2,
            fatalities=best,
            fatalities_low=low,
            fatalities_high=high,
            civilian_targeting=violence == ONE_SIDED_VIOLENCE,
            notes=self.notes(),
            sources=self.sources(),
            external_id=f"ged:{event_id}",
            original_event_type=original,
        )

    def date(self, dates: DateReader | None) -> EventDate:
        # GED's year column is not passed to the reader: GED starts in 1989, so the pivot reads
        # a re-saved two-digit year right, and a year-only event may start in another year.
        start_cell, end_cell = self.cells.get("date_start"), self.cells.get("date_end")
        reader = dates or DateReader([start_cell, end_cell])
        try:
            start = reader.parse(start_cell)
        except CellError as exc:
            self.problems.append(exc.problem("date_start"))
            raise _Rejected from None
        try:
            end = start if not text(end_cell) else reader.parse(end_cell)
        except CellError as exc:
            self.problems.append(exc.problem("date_end"))
            raise _Rejected from None
        if end < start:
            raise self.error("date_end", END_BEFORE_START, start=start, end=end)
        precision = self.code("date_prec", range(1, 6), UNKNOWN_DATE_PREC)
        recorded = self._recorded(precision, start, end)
        self.span = min(start, recorded.first_day), max(end, recorded.last_day)
        return recorded

    def _recorded(self, precision: int, start: dt.date, end: dt.date) -> EventDate:
        middle = start + (end - start) // 2
        if precision == 5:
            recorded = EventDate.month(start.year, start.month)
            self.warn(
                "date_prec",
                YEAR_ONLY,
                FLAG_YEAR_ONLY,
                start=start,
                end=end,
                month=f"{start:%Y-%m}",
            )
            return recorded
        if precision == 1:
            recorded = EventDate(start, DatePrecision.DAY)
        elif precision in (2, 3):
            recorded = EventDate(middle, DatePrecision.WEEK)
        else:
            recorded = EventDate.month(middle.year, middle.month)
        if start < recorded.first_day or end > recorded.last_day:
            self.warn("date_end", SPAN_WIDER, start=start, end=end)
        return recorded

    def geo_precision(self) -> GeoPrecision:
        where = self.code("where_prec", range(1, 8), UNKNOWN_WHERE_PREC)
        if where in _COARSE:
            self.warn("where_prec", _COARSE[where], FLAG_COARSE_LOCATION)
        return GEO_PRECISION[where]

    def fatalities(self) -> tuple[int | None, int | None, int | None]:
        best, low, high = self.deaths("best"), self.deaths("low"), self.deaths("high")
        if low is not None and high is not None and low > high:
            # UCDP's own slip (seven in a thousand events): the event is no less real, and
            # UCDP's data is not the user's to correct
            self.warn("low", LOW_ABOVE_HIGH, FLAG_RANGE_DROPPED, low=low, high=high,
                      best="?" if best is None else best)  # fmt: skip
            return best, None, None
        if best is not None and (
            (low is not None and best < low) or (high is not None and best > high)
        ):
            self.warn(
                "best",
                BEST_OUTSIDE_RANGE,
                best=best,
                low="?" if low is None else low,
                high="?" if high is None else high,
            )
        return best, low, high

    def place(self) -> Place:
        where = self.text("where_coordinates")
        bare = _PLACE_SUFFIX.fullmatch(where)
        admin1, admin2 = _admin(self.text("adm_1")), _admin(self.text("adm_2"))
        country = self.text("country")
        location = (
            (bare[1] if bare else where) or self.text("adm_2") or self.text("adm_1") or country
        )
        latitude, longitude = self.coordinate("latitude"), self.coordinate("longitude")
        if latitude is None or longitude is None:
            latitude = longitude = None
        return Place(
            location=location,
            country=country,
            admin1=admin1,
            admin2=admin2,
            latitude=latitude,
            longitude=longitude,
        )

    # --- Actors ---

    def side(
        self,
        column: str,
        violence: int,
        country: str,
        actors: ActorMatcher,
        actor_types: Mapping[str, ActorType | None],
        span: tuple[dt.date, dt.date],
    ) -> tuple[str, tuple[str, ...], ActorType | None]:
        """A GED side as ACLED's actor, associated actors and actor type. A side naming several
        groups ("GATIA, MSA") is the first one, with the others as associated actors."""
        written = self.text(column)
        whole = actors.match(written)
        parts = [written] if whole else [p for p in map(text, written.split(",")) if p]
        names: list[str] = []
        governments: dict[str, str] = {}  # a state's forces, by the government UCDP names
        for part in parts:
            matched = whole or actors.match(part)
            forces = None if matched else forces_of(part, *span)
            if forces is not None and actors.match(forces) == forces:
                matched, governments[forces] = forces, part
                self.warn(column, GOVERNMENT_READ, name=part, forces=forces)
            elif matched is None:
                self.warn(column, ACTOR_UNMATCHED, FLAG_ACTOR_UNMATCHED, name=part)
            name = matched or part
            if name not in names:
                names.append(name)
        if not names:
            return "", (), None
        main = names[0]
        if main in governments:  # typed as the government UCDP names, not as the registry's
            return main, tuple(names[1:]), _state_type(governments[main], country)
        return main, tuple(names[1:]), self.actor_type(column, main, violence, country, actor_types)

    def actor_type(
        self,
        column: str,
        name: str,
        violence: int,
        country: str,
        actor_types: Mapping[str, ActorType | None],
    ) -> ActorType | None:
        known = actor_types.get(name)
        if known is not None:
            return known
        state = _state_type(name, country)
        if state is not None:
            return state
        if violence == STATE_BASED:
            self.warn(column, REBEL_ASSUMED, FLAG_ACTOR_TYPE_ASSUMED, name=name)
            return ActorType.REBEL_GROUP
        if violence == NON_STATE:
            self.warn(column, MILITIA_ASSUMED, FLAG_ACTOR_TYPE_ASSUMED, name=name)
            return ActorType.POLITICAL_MILITIA
        return None  # the perpetrator of one-sided violence: the registry does not know it

    def civilians(
        self, country: str, actors: ActorMatcher
    ) -> tuple[str, tuple[str, ...], ActorType]:
        """ACLED names the target of one-sided violence ``Civilians (<country>)``."""
        written = f"Civilians ({country})" if country else "Civilians"
        name = actors.match(written) if country else None
        if name is None:
            self.warn("side_b", CIVILIANS_UNMATCHED, FLAG_ACTOR_UNMATCHED, name=written)
        return name or written, (), ActorType.CIVILIANS

    # --- Sources and notes ---

    def _source_lists(self) -> tuple[list[str], list[str], list[str]]:
        offices = [text(o) for o in self.text("source_office").split(";")]
        dates = [text(d) for d in self.text("source_date").split(";")]
        headlines = [text(h) for h in self.text("source_headline", True).split(";")]
        return offices, dates, headlines

    def sources(self) -> tuple[Source, ...]:
        """One source per news office GED cites (its ``;``-separated lists), each with its
        date when the lists pair up; "UCDP GED" when the row names no office."""
        offices, dates, _ = self._source_lists()
        paired = len(dates) == len(offices)
        reader = DateReader(())
        found: list[Source] = []
        for index, office in enumerate(offices):
            if not office:
                continue
            day = None
            if paired and dates[index]:
                try:
                    day = reader.parse(dates[index])
                except CellError:
                    day = None
            source = Source(office, day)
            if source not in found:
                found.append(source)
        return tuple(found) or (Source(FALLBACK_SOURCE),)

    def notes(self) -> str:
        """Where GED says the event was, then what each source reported, then GED's own
        particulars (its readable id and the deaths on each side)."""
        lines: list[str] = []
        description = self.text("where_description", True)
        if description:
            lines.append(description)
        offices, dates, headlines = self._source_lists()
        if any(offices) and len(offices) == len(dates) == len(headlines):
            cited = []
            for office, day, headline in zip(offices, dates, headlines, strict=True):
                who = ", ".join(part for part in (office, day) if part)
                line = f"{who}: {headline}" if headline else who
                if line and line not in cited:
                    cited.append(line)
            lines += ["Sources:", *(f"- {line}" for line in cited)]
        else:
            article = self.text("source_article", True)
            headline = self.text("source_headline", True)
            if article:
                lines.append(f"Source: {article}")
            elif headline:
                lines.append(f"Headlines: {headline}")
        original = self.text("source_original")
        if original:
            lines.append(f"Original source: {original}")
        relid = self.text("relid") or self.text("id")
        deaths = ", ".join(
            f"{label} {self.text(column) or '?'}"
            for label, column in (
                ("side A", "deaths_a"),
                ("side B", "deaths_b"),
                ("civilians", "deaths_civilians"),
                ("unknown", "deaths_unknown"),
            )
        )
        lines.append(f"UCDP GED {relid}: deaths {deaths}.")
        if self.text("event_clarity") == "2":
            lines.append("UCDP event clarity 2: the source had already combined the information.")
        notes = "\n".join(lines)
        if len(notes) > EXCEL_CELL_LIMIT:
            notes = notes[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
            self.warn("source_article", NOTES_CUT, limit=f"{EXCEL_CELL_LIMIT:,}")
        return notes


def _admin(name: str) -> str:
    """UCDP's admin name without its kind ("Mopti region" -> "Mopti"), in canonical spelling."""
    if not name:
        return ""
    bare = _ADMIN_SUFFIX.fullmatch(name)
    return canonical_admin(bare[1] if bare else name)
