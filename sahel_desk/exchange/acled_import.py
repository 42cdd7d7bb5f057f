"""ACLED files in every shape of the formats document (section 3), and Sahel Desk's own
workbook, read row by row into incidents with the problems of each row in words."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import uuid as uuidlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sahel_desk.domain import taxonomy, validation
from sahel_desk.domain.actors import ActorMatcher, ActorType, split_actors
from sahel_desk.domain.dates import DateParseError, parse_event_date
from sahel_desk.domain.errors import Problem, problem
from sahel_desk.domain.incident import (
    DatePrecision,
    EventDate,
    GeoPrecision,
    Incident,
    Place,
    Source,
    new_uuid,
)
from sahel_desk.domain.places import GazetteerEntry, PlaceKind
from sahel_desk.domain.text import clean, fold
from sahel_desk.exchange import legacy
from sahel_desk.exchange.cells import EXCEL_CELL_LIMIT
from sahel_desk.exchange.columns import (
    ACLED_2019_COLUMNS,
    ACLED_COLUMNS,
    ISO_NUMERIC,
    SAHEL_COLUMNS,
    UCDP_GED_COLUMNS,
)
from sahel_desk.exchange.repeats import Repeated
from sahel_desk.exchange.tabular import COMPLETE, Table
from sahel_desk.exchange.values import (
    CellError,
    DateReader,
    decimal,
    flag,
    integer,
    moment,
    text,
)
from sahel_desk.reference.gazetteer import Gazetteer, canonical_admin


class Shape(enum.StrEnum):
    SAHEL = "Sahel Desk workbook"
    CURRENT = "ACLED export (2023 and later)"
    ACLED_2019 = "ACLED export (2019 – March 2023)"
    LEGACY = "ACLED export (before 2019)"
    MONADIC = "ACLED actor-based export (one row per actor)"
    UCDP = "UCDP GED"
    OTHER = "other columns"


TOWN_SPREAD = 0.02  # degrees (about 2 km): two entries of one name this close are one town

# Flags a row can carry; the importer turns some into review tags.
REVIEW_EVENT_TYPE = "event_type_review"
NEW_ACTOR = "new_actor"
FORMULA = "formula"
# our workbook's row whose place is no longer its gazetteer entry: looked up again (the
# planner puts back the entry of an incident whose place the sheet left as we hold it)
PLACE_LOOKED_UP = "place_looked_up"

FIELDS = frozenset(ACLED_COLUMNS) | frozenset(ACLED_2019_COLUMNS) | frozenset(SAHEL_COLUMNS)
REQUIRED = ("event_date", "event_type", "actor1")
# Other ways colleagues name the columns, in English and French (folded below: accents,
# case and apostrophes never matter, as a header's own folding drops them).
SYNONYMS = {
    "date": "event_date", "event date": "event_date", "date de l’événement": "event_date",
    "date de l’incident": "event_date", "type de l’événement": "event_type",
    "annee": "year", "precision de la date": "time_precision", "type": "event_type",
    "type d’événement": "event_type", "event type": "event_type",
    "sous-type d’événement": "sub_event_type", "sous-type": "sub_event_type",
    "sub event type": "sub_event_type",
    "sous type": "sub_event_type", "actor 1": "actor1", "acteur 1": "actor1", "actor 2": "actor2",
    "acteur 2": "actor2", "region admin1": "admin1", "admin 1": "admin1", "admin 2": "admin2",
    "cercle": "admin2", "commune": "admin3", "admin 3": "admin3", "lieu": "location",
    "localite": "location", "place": "location", "lat": "latitude", "lon": "longitude",
    "long": "longitude", "lng": "longitude", "pays": "country", "morts": "fatalities",
    "deaths": "fatalities", "killed": "fatalities", "tues": "fatalities", "bilan": "fatalities",
    "source scale": "source_scale",
    "sources": "source", "note": "notes", "description": "notes", "uuid": "sd_uuid",
}  # fmt: skip
_FIELD_BY_KEY = {fold(f): f for f in FIELDS} | {fold(k): v for k, v in SYNONYMS.items()}

# Messages (templates) a row or the file can get; translated by the UI.
M_CELL_TOO_LONG = "the cell holds {n:,} characters, more than a spreadsheet cell can (32,767)"
M_UNKNOWN_TYPE = "“{value}” is not an ACLED event type"
M_UNKNOWN_SUB_TYPE = "“{value}” is not an ACLED sub-event type"
M_UNKNOWN_TYPE_LIKE = "“{value}” is not an ACLED event type: {suggestion}?"
M_UNKNOWN_SUB_TYPE_LIKE = "“{value}” is not an ACLED sub-event type: {suggestion}?"
M_SUB_TYPE_NEEDED = "{event_type} needs a sub-event type: one of {options}"
M_SUB_TYPE_GUESSED = (
    "the sheet has no sub-event types: read as {sub_event_type}, the commonest of "
    "{event_type}, and tagged for review"
)
M_SUB_TYPE_ELSEWHERE = "“{value}” is a sub-event type of {parent}, not of {event_type}: {options}"
M_LEGACY = "old ACLED type “{value}” read as {event_type} / {sub_event_type}; check it"
M_NEW_ACTOR = "“{value}” is not in the actor registry; it will be added as a new actor"
M_FORMULA = "the cell held a formula ({formula}); kept as text, never calculated"
M_FORMULA_VALUE = (
    "the cell holds a formula ({formula}), which an import never calculates: type its value"
)
M_BAD_UUID = "“{value}” is not a Sahel Desk uuid"
M_UNKNOWN_TAG = "no driver, response or tag is called “{value}”; it is not kept"
M_BAD_SOURCES = "the sources cannot be read ({reason}); kept as names only"
M_TOO_MANY_ACTORS = "{n} rows for one event; actors after the second kept as associated actors"
M_BAD_TYPE = "{reason}"
M_READ_AS = "“{value}” read as {taken}, as suggested"
M_PLACE_MOVED = "the place is no longer {old}: tied to {new} in the gazetteer, with its coordinates"
M_PLACE_MOVED_KEPT = (
    "the place is no longer {old}: tied to {new} in the gazetteer; the sheet's own "
    "coordinates are kept: check them"
)
M_PLACE_LOST = (
    "the place is no longer {old}, and the gazetteer does not know it there: kept unverified"
)
M_PLACE_LOST_AT_OLD = (
    "the place is no longer {old}, and the gazetteer does not know it there: kept "
    "unverified, with the coordinates of {old}; check them"
)
M_REGION_READ = (
    "no region given: read, with the cercle and commune, from the gazetteer's place; rows "
    "concerned: {n:,}"
)
M_COUNTRY_READ = (
    "no country given: read from the place (Mali for a Malian region; none for a region of "
    "elsewhere); rows concerned: {n:,}"
)
PLACE_MOVES = (M_PLACE_MOVED, M_PLACE_MOVED_KEPT, M_PLACE_LOST, M_PLACE_LOST_AT_OLD)
MESSAGES = (
    M_CELL_TOO_LONG, M_UNKNOWN_TYPE, M_UNKNOWN_SUB_TYPE, M_UNKNOWN_TYPE_LIKE,
    M_UNKNOWN_SUB_TYPE_LIKE, M_LEGACY, M_NEW_ACTOR, M_FORMULA,
    M_BAD_UUID, M_UNKNOWN_TAG, M_BAD_SOURCES, M_TOO_MANY_ACTORS, M_SUB_TYPE_NEEDED,
    M_SUB_TYPE_ELSEWHERE, M_SUB_TYPE_GUESSED, M_COUNTRY_READ, M_REGION_READ, M_READ_AS,
    M_PLACE_MOVED, M_PLACE_MOVED_KEPT, M_PLACE_LOST, M_PLACE_LOST_AT_OLD, M_FORMULA_VALUE,
)  # fmt: skip
# the suggestions a user can take for a whole file: field -> template (its "value" is read
# as its "suggestion")
SUGGESTIONS = {"event_type": M_UNKNOWN_TYPE_LIKE, "sub_event_type": M_UNKNOWN_SUB_TYPE_LIKE}
# A suggestion taken: (field, the event type it was suggested within, as written) -> read as.
# A sub-event type's is the row's event type ("" for an event type, or a row without one):
# the same misspelling is another sub-type, or none, under another event type.
Reading = tuple[str, str, str]

# A colleague's sheet with event types and no sub-event type column: each type's commonest
# sub-type in the Sahel, tagged "Review: event type" for an analyst to confirm.
_COMMONEST_SUB_TYPE = {
    taxonomy.BATTLES: "Armed clash",
    taxonomy.VIOLENCE_AGAINST_CIVILIANS: "Attack",
    taxonomy.EXPLOSIONS: "Remote explosive/landmine/IED",
    taxonomy.PROTESTS: "Peaceful protest",
    taxonomy.RIOTS: "Mob violence",
    taxonomy.STRATEGIC: "Other",
}
_MISSING = object()
_SPENT: list[object] = []  # a table row already read
_TAG_COLUMNS = ("sd_drivers", "sd_responses", "sd_user_tags")
_INERT_AFTER = frozenset("=+-@\t\r\n")  # csv_export.INERT_PREFIX comes before these
# Columns whose every row differs: their text is not remembered between rows.
_UNIQUE = frozenset({"sd_uuid", "sd_sources", "event_id_cnty", "data_id", "notes", "timestamp",
                     "sd_last_modified", "sd_based_on"})  # fmt: skip
_CURRENT_TYPES = frozenset(taxonomy.EVENT_TYPES)
_COUNTRY_BY_ISO = {str(code): name for name, code in ISO_NUMERIC.items()}
_PRECISION = {1: DatePrecision.DAY, 2: DatePrecision.WEEK, 3: DatePrecision.MONTH}
_WORDY = re.compile(r"[^\W\d_]|^\s*\d{1,2}[/.-]\d{4}\s*$")  # a month name, "week", or 04/2023
_GEO = {1: GeoPrecision.EXACT, 2: GeoPrecision.NEAR, 3: GeoPrecision.REGION}
# The columns each part of an event is read from (Repeated)
_WHAT_COLUMNS = ("event_type", "sub_event_type", "sd_original_event_type")
_PLACE_COLUMNS = ("country", "iso", "admin1", "admin2", "admin3", "location", "sd_place_ref",
                  "sd_unverified_place")  # fmt: skip
_COUNT_COLUMNS = ("civilian_targeting", "fatalities", "sd_fatalities_low", "sd_fatalities_high")


@dataclass
class ColumnMap:
    """Which column holds which field; what is left unmapped; what is missing."""

    index: dict[str, int]
    unmapped: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing


def map_columns(header: Sequence[str], chosen: Mapping[str, str] | None = None) -> ColumnMap:
    """Map the file's headers to fields, ACLED's names first, then synonyms; ``chosen`` (file
    header -> field, or "" to ignore) is what the user picked in the mapping step."""
    chosen = dict(chosen or {})
    index: dict[str, int] = {}
    unmapped = []
    for position, name in enumerate(header):
        target = chosen.get(name, _FIELD_BY_KEY.get(fold(name).replace(" ", "_")))
        target = target if target is not None else _FIELD_BY_KEY.get(fold(name))
        if target and target in FIELDS and target not in index:
            index[target] = position
        elif name and chosen.get(name) != "":
            unmapped.append(name)
    # "Région" in a colleague's sheet is a Malian region (admin1); ACLED's own "region" (the
    # world region, ignored on import) always comes with an admin1 column.
    if "admin1" not in index and "region" in index and "admin1" not in chosen.values():
        index["admin1"] = index.pop("region")
        unmapped = [u for u in unmapped if u != header[index["admin1"]]]
    missing = [f for f in REQUIRED if f not in index]
    if "event_type" in missing and "sub_event_type" in index:
        missing.remove("event_type")  # the type follows from the sub-type
    return ColumnMap(index, unmapped, missing)


def recognised(header: Sequence[str]) -> int:
    """How many of ``header``'s names are columns an import reads, plus ``COMPLETE`` when
    it names all it needs (a UCDP GED header: all): ``read_table`` finds a header under a
    title with it, and the data sheet."""
    if detect_shape(header) is Shape.UCDP:
        return COMPLETE + len(header)
    found = map_columns(header, None)
    return len(found.index) + (COMPLETE if found.complete else 0)


def detect_shape(header: Sequence[str]) -> Shape:
    keys = {fold(h).replace(" ", "_") for h in header}
    if {"sd_uuid"} & keys:
        return Shape.SAHEL
    if {"relid", "type_of_violence", "side_a"} <= keys or set(UCDP_GED_COLUMNS[:6]) <= keys:
        return Shape.UCDP
    if "event_date" not in keys:
        return Shape.OTHER
    if "actor1" in keys and "actor2" not in keys and "inter2" not in keys:
        return Shape.MONADIC
    if "sub_event_type" not in keys and "event_type" in keys:
        return Shape.LEGACY
    if "data_id" in keys or "iso3" in keys or "event_id_no_cnty" in keys:
        return Shape.ACLED_2019
    return Shape.CURRENT


@dataclass(frozen=True, slots=True)
class RowResult:
    """One event read from the file: the incident (None when rejected) and what was wrong."""

    lines: tuple[int, ...]
    incident: Incident | None
    problems: tuple[Problem, ...] = ()
    flags: frozenset[str] = frozenset()
    shown: tuple[str, ...] = ()  # a rejected row's date, location, actor 1, type as written
    based_on: dt.datetime | None = None  # sd_based_on: the version this copy started from

    @property
    def rejected(self) -> bool:
        return self.incident is None


@dataclass
class ReadContext:
    """What reading needs to know of the database: actor names, tags, places."""

    actors: ActorMatcher
    gazetteer: Gazetteer
    tags: Mapping[str, str]  # folded code or label (English or French) -> code
    known_places: dict[tuple[str, str, str], str | None] = field(default_factory=dict)
    # registry name -> its type: for a file without inter1/inter2 (a colleague's own sheet)
    actor_types: Mapping[str, ActorType | None] = field(default_factory=dict)

    def place_ref(self, location: str, admin1: str, admin2: str) -> str | None:
        """The gazetteer entry of a place when it is known without doubt. A location is a
        town before the cercle or region of its name (ACLED's "Douentza" is the town, 55 km
        from the cercle's centre); a town the gazetteer lists twice a few hundred metres
        apart (a cercle's seat and its locality) is one place."""
        key = (location, admin1, admin2)
        if key not in self.known_places:
            found = (
                self.gazetteer.find(location, admin1 or None, admin2 or None) if location else []
            )
            towns = [e for e in found if e.kind is PlaceKind.SETTLEMENT] or found
            towns = [e for e in towns if _is_seat(e)] or towns  # Macina: the town, not a village
            sure = towns and (len(towns) == 1 or _one_spot(towns))
            self.known_places[key] = towns[0].ref if sure else None
        return self.known_places[key]


def _is_seat(entry: GazetteerEntry) -> bool:
    """A cercle's or region's seat: OCHA codes a chef-lieu with zeros after its cercle's code
    (ML040700000 is Macina town; a village of the same name is another entry)."""
    return entry.ref.startswith("ocha:") and entry.ref.endswith("00000")


def _one_spot(entries: Sequence[GazetteerEntry]) -> bool:
    """Whether the entries lie within about 2 km of the first, in its cercle: one town,
    listed twice."""
    first = entries[0]
    if first.latitude is None or first.longitude is None:
        return False
    return all(
        e.admin2 == first.admin2
        and e.latitude is not None
        and e.longitude is not None
        and abs(e.latitude - first.latitude) < TOWN_SPREAD
        and abs(e.longitude - first.longitude) < TOWN_SPREAD
        for e in entries
    )


class _Row:
    """Cell access by field name, collecting problems instead of raising."""

    def __init__(
        self,
        cells: Sequence[object],
        cmap: ColumnMap,
        formulas: Mapping[int, str],
        texts: dict[str, str],
        csv: bool = False,
    ):
        self.problems: list[Problem] = []
        self.flags: set[str] = set()
        self.cells = cells
        self.index = cmap.index
        self.size = len(cells)
        self.cleared: set[str] = set()
        self._texts = texts  # the reader's: a file repeats its values (names, places, flags)
        self.csv = csv
        # Checked once per row, not at every read of a field; the loop stays in C (a CSV
        # row is all text: no cell is too long when all of them together are not).
        if (
            len("".join(cells)) > EXCEL_CELL_LIMIT  # type: ignore[arg-type]
            if csv
            else max(map(len, filter(str.__instancecheck__, cells)), default=0) > EXCEL_CELL_LIMIT
        ):
            for name, pos in cmap.index.items():
                value = cells[pos] if pos < self.size else None
                if isinstance(value, str) and len(value) > EXCEL_CELL_LIMIT:
                    self.problems.append(problem(name, M_CELL_TOO_LONG, n=len(value)))
                    self.cleared.add(name)
        self.formulas = formulas
        self.plain = not formulas and not self.cleared  # its values are its cells' alone
        self.own = False  # (Repeated)
        if formulas:
            for name, pos in cmap.index.items():
                if pos in formulas:
                    self.flags.add(FORMULA)
                    self.problems.append(
                        problem(name, M_FORMULA, "warning", formula=formulas[pos][:60])
                    )

    def raw(self, name: str) -> object:
        pos = self.index.get(name)
        if pos is None or pos >= self.size or (self.cleared and name in self.cleared):
            return None
        return self.cells[pos]

    def text(self, name: str, multiline: bool = False) -> str:
        value = self.raw(name)
        if multiline or value.__class__ is not str or name in _UNIQUE:
            return text(self._uninert(value), multiline=multiline)
        found = self._texts.get(value)  # type: ignore[call-overload]
        if found is None:
            found = self._texts[value] = text(self._uninert(value))  # type: ignore[index]
        return found

    def _uninert(self, value: object) -> object:
        """A CSV cell without the apostrophe an export put before what a spreadsheet would
        run as a formula ("'=1+1", "'\t=…"): the file's mark, not the value; taken off
        before the text is cleaned, which would turn the tab into a space. In a workbook the
        apostrophe is no mark (Excel keeps it out of the cell): it is kept."""
        if (
            self.csv
            and value.__class__ is str
            and value[:1] == "'"  # type: ignore[index]
            and value.lstrip("'")[:1] in _INERT_AFTER  # type: ignore[union-attr]
        ):
            return value[1:]  # type: ignore[index]  # one mark off: "''=" was a real "'="
        return value

    def read(self, name: str, reader: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return reader(self.raw(name), *args, **kwargs)
        except CellError as exc:
            if FORMULA in self.flags and self.index.get(name) in self.formulas:
                # "=2+3" is no whole number because it is a formula, which is never run: said
                # instead of "kept as text", which it is not
                formula = self.formulas[self.index[name]][:60]
                self.problems = [p for p in self.problems
                                 if not (p.field == name and p.template == M_FORMULA)]  # fmt: skip
                self.problems.append(problem(name, M_FORMULA_VALUE, formula=formula))
            else:
                self.problems.append(problem(name, exc.template, **exc.params))
            return None

    def read_or_warn(self, name: str, reader: Callable[..., Any]) -> Any:
        """Like ``read`` for a column the event can do without (Sahel Desk's bookkeeping): an
        unreadable cell is a warning and reads as empty, the row is not refused for it."""
        try:
            return reader(self.raw(name))
        except CellError as exc:
            self.problems.append(problem(name, exc.template, "warning", **exc.params))
            return None

    def error(self, where: str, template: str, **params: object) -> None:
        self.problems.append(problem(where, template, **params))

    def warn(self, where: str, template: str, **params: object) -> None:
        self.problems.append(problem(where, template, "warning", **params))


def _unknown(row: _Row, column: str, written: str, event_type: str = "") -> None:
    """A type no list holds, refused with the one it most likely means, if any (the
    taxonomy's own name, in the language of the messages' reader): for a sub-event type,
    one of the row's ``event_type``, when the row names one (``within``: the Reading's)."""
    sub = column == "sub_event_type"
    suggestion = taxonomy.closest(written, sub_event_type=sub, within=event_type or None)
    if suggestion is None:
        row.error(column, M_UNKNOWN_SUB_TYPE if sub else M_UNKNOWN_TYPE, value=written)
    else:
        row.error(column, M_UNKNOWN_SUB_TYPE_LIKE if sub else M_UNKNOWN_TYPE_LIKE,
                  value=written, suggestion=suggestion, within=event_type)  # fmt: skip


class AcledReader:
    """Rows of an ACLED-shaped table (or Sahel Desk's workbook) as RowResults."""

    def __init__(
        self,
        table: Table,
        cmap: ColumnMap,
        shape: Shape,
        context: ReadContext,
        readings: Mapping[Reading, str] | None = None,
    ):
        self.table = table
        self.readings = dict(readings or {})  # the suggestions the user took
        self.cmap = cmap
        self.shape = shape
        self.ctx = context
        column = cmap.index.get("event_date")
        samples = [row[column] for row in table.rows if column is not None and column < len(row)]
        self.dates = DateReader(samples)
        self._today = dt.date.today()
        self._actors: dict[str, object] = {}
        self._admins: dict[str, str] = {}
        self._splits: dict[str, tuple[str, ...]] = {}
        self._texts: dict[str, str] = {}
        self._csv = table.kind == "csv"
        self._tag_sets: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
        self._source_lists: dict[str, tuple[Source, ...] | str] = {}
        self._sources_seen: dict[tuple[object, ...], Source] = {}
        # Files repeat their values (a few thousand days, sources, flags): read each once.
        self._days: dict[tuple[object, int | None], dt.date | CellError] = {}
        self._flags: dict[object, bool] = {}
        self._named_sources: dict[tuple[str, str | None], tuple[Source, ...]] = {}
        self._actor_types: dict[tuple[type, object], ActorType | None] = {}
        self._type_names: dict[str, str | None] = {}
        self._mali_regions: set[str] | None = None  # made when a row lacks a country
        self._countries_read = 0  # rows whose country was read from their place, said once
        self._regions_read = 0  # rows whose region was read from their place, said once
        typed = not self._csv  # a workbook's cells have types
        index = cmap.index
        self._when = Repeated(index, ("year", "event_date", "time_precision"), typed)
        self._who = Repeated(index, ("inter1", "inter2", "actor1", "actor2"), typed)
        self._what = Repeated(index, _WHAT_COLUMNS, typed)
        self._with = Repeated(index, ("assoc_actor_1", "assoc_actor_2"), typed)
        self._where = Repeated(index, _PLACE_COLUMNS, typed)
        self._geo = Repeated(index, ("geo_precision",), typed)
        self._counts = Repeated(index, _COUNT_COLUMNS, typed)
        # our workbook's sources (with their dates and links) hardly repeat: each is read
        # once by _source_lists' own memory, and rows are not remembered for them
        cited = () if "sd_sources" in index else ("source", "source_scale")
        self._cited = Repeated(index, cited, typed) if cited else None
        self._tagged = Repeated(index, _TAG_COLUMNS, typed)
        self._formulas: dict[int, dict[int, str]] = {}
        for (row, col), formula in table.formulas.items():
            self._formulas.setdefault(row, {})[col] = formula

    @property
    def notes(self) -> list[Problem]:
        notes = list(self.table.notes)
        if self.dates.note_template:
            notes.append(
                problem("event_date", self.dates.note_template, "warning", **self.dates.note_params)
            )
        if self._countries_read:
            notes.append(problem("country", M_COUNTRY_READ, "warning", n=self._countries_read))
        if self._regions_read:
            notes.append(problem("admin1", M_REGION_READ, "warning", n=self._regions_read))
        return notes

    def records(self) -> Iterator[RowResult]:
        """Each event of the table, once. Consumes the table's rows: each raw row is let go
        as its incident is made (the table's length stays), so that a 100,000-row file is not
        held twice, as cells and as incidents."""
        if self.shape is Shape.MONADIC:
            yield from self._folded()
            return
        rows = self.table.rows
        for k in range(len(rows)):
            cells, rows[k] = rows[k], _SPENT
            yield self._one(k, cells)

    def _folded(self) -> Iterator[RowResult]:
        """The actor-based layout: rows sharing an event_id_cnty are one event."""
        position = self.cmap.index.get("event_id_cnty")
        groups: dict[object, list[int]] = {}
        order: list[object] = []
        for k, cells in enumerate(self.table.rows):
            key = cells[position] if position is not None and position < len(cells) else None
            key = key if key not in (None, "") else ("row", k)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(k)
        for key in order:
            members = groups[key]
            results = [self._one(k, self.table.rows[k]) for k in members]
            first = results[0]
            lines = tuple(line for r in results for line in r.lines)
            if len(results) == 1 or first.incident is None:
                yield replace(first, lines=lines)
                continue
            others = [r for r in results[1:] if r.incident is not None]
            problems = [p for r in results for p in r.problems]
            if not others:
                yield replace(first, lines=lines, problems=tuple(problems))
                continue
            second = others[0].incident
            assert second is not None
            extra = tuple(name for r in others[1:] for name in (r.incident.actor1,))  # type: ignore[union-attr]
            if extra:
                problems.append(problem("actor2", M_TOO_MANY_ACTORS, "warning", n=len(results)))
            incident = first.incident.with_changes(
                actor2=second.actor1,
                inter2=second.inter1,
                assoc_actor2=second.assoc_actor1 + extra,
            )
            found = validation.problems(incident)
            errors = [p for p in found if p.severity == "error"]
            flags = frozenset().union(*(r.flags for r in results))
            yield RowResult(
                lines,
                None if errors else incident,
                tuple(problems + found),
                flags,
            )

    # ---- one row -----------------------------------------------------------------------------
    def _one(self, k: int, cells: Sequence[object]) -> RowResult:
        row = _Row(cells, self.cmap, self._formulas.get(k, {}), self._texts, self._csv)
        line = self.table.lines[k]
        try:
            incident = self._incident(row)
        except ValueError as exc:  # a value the domain refuses (e.g. an impossible type code)
            row.error("row", M_BAD_TYPE, reason=str(exc))
            incident = None
        if incident is not None and self.shape is not Shape.MONADIC:
            found = validation.problems(incident, self._today)
            if PLACE_LOOKED_UP in row.flags:  # its own words say it is unverified, and why
                found = [p for p in found if p.template != validation.M_UNVERIFIED]
            row.problems.extend(found)
        if any(p.severity == "error" for p in row.problems):
            shown = tuple(row.text(f) for f in ("event_date", "location", "actor1", "event_type"))
            return RowResult((line,), None, tuple(row.problems), frozenset(row.flags), shown)
        based_on = row.read_or_warn("sd_based_on", moment) if self.shape is Shape.SAHEL else None
        return RowResult(
            (line,), incident, tuple(row.problems), frozenset(row.flags), based_on=based_on
        )

    def _written_period(self, row: _Row) -> EventDate | None:
        """A month or a week written in words in a sheet without time_precision ("April 2023",
        "avril 2023", "04/2023", "week of 12/06/2023"), as the editor reads them; else None."""
        if "time_precision" in self.cmap.index:
            return None  # ACLED's files: the column says the precision
        raw = row.raw("event_date")
        if not isinstance(raw, str) or not _WORDY.search(raw):
            return None
        try:
            found = parse_event_date(raw)
        except DateParseError:
            return None
        return found if found.precision is not DatePrecision.DAY else None

    def _day(self, value: object, year: int | None) -> dt.date:
        key = (value, year)
        found = self._days.get(key)
        if found is None:
            try:
                found = self.dates.parse(value, year)
            except CellError as exc:
                found = exc
            self._days[key] = found
        if isinstance(found, CellError):
            raise found
        return found

    def _flag(self, value: object) -> bool:
        found = self._flags.get(value)
        if found is None:
            found = self._flags[value] = flag(value)
        return found

    def _split(self, value: str) -> tuple[str, ...]:
        found = self._splits.get(value)
        if found is None:
            found = self._splits[value] = split_actors(value)
        return found

    def _actor(self, row: _Row, where: str, name: str) -> str:
        # A file names a few hundred actors over and over: fold each spelling once.
        found = self._actors.get(name, _MISSING)
        if found is _MISSING:
            found = self._actors[name] = self.ctx.actors.match(name)
        if found is not None:
            return found  # type: ignore[return-value]
        row.flags.add(NEW_ACTOR)
        row.warn(where, M_NEW_ACTOR, value=name)
        return clean(name)

    def _types(self, row: _Row, inter1: ActorType | None) -> tuple[str, str, str | None]:
        written = self._taken(row, "event_type", row.text("event_type"))
        within = (self._canonical(written) or "") if written else ""
        sub_written = self._taken(row, "sub_event_type", row.text("sub_event_type"), within)
        if self.shape is Shape.LEGACY or (not sub_written and written not in _CURRENT_TYPES):
            row.own = True  # its notes say what an old type meant: this row's alone
            mapped = legacy.map_legacy(written, row.text("notes"), inter1=inter1)
            if mapped is not None:
                event_type = mapped.event_type or (mapped.candidates or (taxonomy.PROTESTS,))[0]
                sub = mapped.sub_event_type or taxonomy.SUB_EVENT_TYPES[event_type][-1]
                if not mapped.certain or not mapped.sub_event_type or not mapped.event_type:
                    row.flags.add(REVIEW_EVENT_TYPE)
                    row.warn("event_type", M_LEGACY, value=written, event_type=event_type,
                             sub_event_type=sub)  # fmt: skip
                return event_type, sub, written
        sub = self._canonical(sub_written) if sub_written else None
        unknown = False  # both said at once: both suggestions are taken in one re-reading
        if sub_written and (sub is None or taxonomy.event_type_of(sub) is None):
            _unknown(row, "sub_event_type", sub_written, within)
            unknown = True
        event_type = self._canonical(written) if written else None
        if written and event_type not in taxonomy.EVENT_TYPES:
            _unknown(row, "event_type", written)
            unknown = True
        if unknown:
            return "", "", None
        if event_type is None and sub:
            event_type = taxonomy.event_type_of(sub)
        if event_type and sub and taxonomy.event_type_of(sub) != event_type:
            # the sheet says both, and they disagree: say which, never pick one silently
            row.error("sub_event_type", M_SUB_TYPE_ELSEWHERE, value=sub_written,
                      parent=taxonomy.event_type_of(sub), event_type=event_type,
                      options=", ".join(taxonomy.SUB_EVENT_TYPES[event_type]))  # fmt: skip
            return "", "", None
        if event_type and not sub and "sub_event_type" not in self.cmap.index:
            sub = _COMMONEST_SUB_TYPE[event_type]
            row.flags.add(REVIEW_EVENT_TYPE)
            row.warn("sub_event_type", M_SUB_TYPE_GUESSED, sub_event_type=sub,
                     event_type=event_type)  # fmt: skip
        if event_type and not sub:
            row.error("sub_event_type", M_SUB_TYPE_NEEDED, event_type=event_type,
                      options=", ".join(taxonomy.SUB_EVENT_TYPES[event_type]))  # fmt: skip
            return "", "", None
        return event_type or "", sub or "", None

    def _taken(self, row: _Row, column: str, written: str, within: str = "") -> str:
        """``written``, or what the user chose to read it as (a suggestion taken): said."""
        if not self.readings:
            return written
        taken = self.readings.get((column, within, written))
        if taken is None and within:
            # suggested while the row's event type was misspelt too (so among every
            # sub-type): taken once that event type is read, if the sub-type is one of its
            general = self.readings.get((column, "", written))
            if general is not None and taxonomy.event_type_of(general) == within:
                taken = general
        if taken is None:
            return written
        row.warn(column, M_READ_AS, value=written, taken=taken)
        return taken

    def _incident(self, row: _Row) -> Incident | None:
        sahel = self.shape is Shape.SAHEL
        day, precision = self._when.read(row, self._date)
        inter1, inter2, actor1, actor2 = self._who.read(row, self._actors_of)
        event_type, sub_type, original = self._what.read(row, self._kind, inter1)
        assoc1, assoc2 = self._with.read(row, self._associated)
        place = self._where.read(row, self._place)
        country, admin1, admin2, admin3, location, ref, moved_from, added, read_here = place
        self._regions_read += read_here[0]
        self._countries_read += read_here[1]
        latitude = row.read("latitude", decimal)
        longitude = row.read("longitude", decimal)
        if moved_from is not None:
            latitude, longitude, admin3 = self._moved(
                row, moved_from, ref, (latitude, longitude, admin3)
            )
        elif (
            latitude is None
            and longitude is None
            and ref
            and ("latitude" not in self.cmap.index or added)
        ):
            # a colleague's sheet (or a row added to ours) names the place, and no
            # coordinates: the gazetteer knows where it is
            entry = self.ctx.gazetteer.get(ref)
            if entry is not None:
                latitude, longitude = entry.latitude, entry.longitude
        geo = self._geo.read(row, self._geo_precision)
        if day is None or precision is None or geo is None or not event_type:
            if not any(p.severity == "error" for p in row.problems):
                row.error("event_date" if day is None else "event_type", M_BAD_TYPE,
                          reason="a required value is missing")  # fmt: skip
            return None
        civilian, deaths = self._counts.read(row, self._numbers, event_type)
        return Incident(
            date=EventDate(day, precision),
            event_type=event_type,
            sub_event_type=sub_type,
            original_event_type=original,
            place=Place(
                location=location,
                country=country,
                admin1=admin1,
                admin2=admin2,
                admin3=admin3,
                latitude=latitude,
                longitude=longitude,
                ref=ref,
            ),
            geo_precision=geo,
            actor1=actor1,
            inter1=inter1,
            assoc_actor1=assoc1,
            actor2=actor2,
            inter2=inter2,
            assoc_actor2=assoc2,
            civilian_targeting=civilian,
            fatalities=deaths[0],
            fatalities_low=deaths[1],
            fatalities_high=deaths[2],
            notes=row.text("notes", multiline=True),
            sources=self._cited.read(row, self._sources) if self._cited else self._sources(row),
            tags=self._tagged.read(row, self._tags) if sahel else frozenset(),
            uuid=self._uuid(row) if sahel else new_uuid(),
            external_id=row.text("event_id_cnty") or None,
            external_timestamp=row.read("timestamp", integer, minimum=None),
            # the version's time, to tell a colleague's later correction from an older copy
            updated_at=row.read_or_warn("sd_last_modified", moment) if sahel else None,
        )

    # Each part of an event is read from its own columns alone (Repeated), once per
    # distinct combination of them in the file.
    def _date(self, row: _Row) -> tuple[dt.date | None, DatePrecision | None]:
        year = row.read("year", integer, minimum=None)
        written = self._written_period(row)
        if written is not None:  # "avril 2023", "week of 12/06/2023": the cell says its precision
            return written.day, written.precision
        day = row.read("event_date", self._day, year)
        precision = _PRECISION.get(row.read("time_precision", integer) or 1)
        if precision is None:
            row.error("time_precision", M_BAD_TYPE, reason="time_precision must be 1, 2 or 3")
        return day, precision

    def _actors_of(self, row: _Row) -> tuple[Any, ...]:
        inter1 = self._actor_type(row.raw("inter1"))
        inter2 = self._actor_type(row.raw("inter2"))
        actor1_text = row.text("actor1")
        actor2_text = row.text("actor2")
        actor1 = self._actor(row, "actor1", actor1_text) if actor1_text else ""
        actor2 = self._actor(row, "actor2", actor2_text) if actor2_text else None
        # A file without actor types (no inter columns, or left empty): the registry's, before
        # a legacy event type is mapped (the mapping reads actor 1's type)
        if inter1 is None and actor1:
            inter1 = self.ctx.actor_types.get(actor1)
        if inter2 is None and actor2:
            inter2 = self.ctx.actor_types.get(actor2)
        return inter1, inter2, actor1, actor2

    def _kind(self, row: _Row, inter1: ActorType | None) -> tuple[str, str, str | None]:
        event_type, sub_type, original = self._types(row, inter1)
        if self.shape is Shape.SAHEL:
            original = row.text("sd_original_event_type") or original
        return event_type, sub_type, original

    def _associated(self, row: _Row) -> tuple[tuple[str, ...], tuple[str, ...]]:
        assoc1 = tuple(
            self._actor(row, "assoc_actor_1", a) for a in self._split(row.text("assoc_actor_1"))
        )
        assoc2 = tuple(
            self._actor(row, "assoc_actor_2", a) for a in self._split(row.text("assoc_actor_2"))
        )
        return assoc1, assoc2

    def _place(self, row: _Row) -> tuple[Any, ...]:
        """The row's place; and whether its region, and its country, were read from it."""
        sahel = self.shape is Shape.SAHEL
        country = row.text("country") or _COUNTRY_BY_ISO.get(row.text("iso"), "")
        admin1 = self._admin(row.text("admin1"))
        admin2 = self._admin(row.text("admin2"))
        admin3 = row.text("admin3")
        location = row.text("location")
        if sahel:
            ref, moved_from = self._ref(row, location, admin1, admin2)
        else:
            ref, moved_from = self.ctx.place_ref(location, admin1, admin2), None
        added = sahel and not row.text("sd_place_ref")  # a row a colleague added to ours
        region_read = False
        if ref and not admin1 and ("admin1" not in self.cmap.index or added):
            # a sheet (or an added row) naming only the place: its region, cercle
            entry = self.ctx.gazetteer.get(ref)
            if entry is not None and (not country or country == entry.country):
                admin1, admin2 = entry.admin1, admin2 or entry.admin2
                admin3 = admin3 or entry.admin3
                region_read = True
        country_read = False
        if not country:  # a colleague's sheet without the column: said, never silent
            country = self._country_of(ref, admin1)
            country_read = bool(country)
        read_here = (region_read, country_read)
        return country, admin1, admin2, admin3, location, ref, moved_from, added, read_here

    def _geo_precision(self, row: _Row) -> GeoPrecision | None:
        geo = _GEO.get(row.read("geo_precision", integer) or 1)
        if geo is None:
            row.error("geo_precision", M_BAD_TYPE, reason="geo_precision must be 1, 2 or 3")
        return geo

    def _numbers(self, row: _Row, event_type: str) -> tuple[bool, tuple[int | None, ...]]:
        """The row's civilian targeting, and its tolls (best, low, high)."""
        civilian = (
            self._flag(row.raw("civilian_targeting"))
            if "civilian_targeting" in self.cmap.index
            else event_type == taxonomy.VIOLENCE_AGAINST_CIVILIANS  # no such column: ACLED
        )
        deaths = (
            row.read("fatalities", _deaths),
            row.read("sd_fatalities_low", _deaths),
            row.read("sd_fatalities_high", _deaths),
        )
        return civilian, deaths

    def _actor_type(self, value: object) -> ActorType | None:
        key = (type(value), value)
        if key not in self._actor_types:
            self._actor_types[key] = ActorType.parse(value)  # ValueError: the row is refused
        return self._actor_types[key]

    def _admin(self, name: str) -> str:
        if not name:
            return ""
        found = self._admins.get(name)
        if found is None:
            found = self._admins[name] = canonical_admin(name)
        return found

    def _country_of(self, ref: str | None, admin1: str) -> str:
        """The country of the gazetteer's place, or "Mali" for one of its regions: not a
        region of elsewhere by name ("Centre", "Nord" are regions of Burkina Faso too,
        and what a Malian sheet writes for the centre or north of Mali)."""
        entry = self.ctx.gazetteer.get(ref) if ref else None
        if entry is not None and entry.country:
            return entry.country
        if self._mali_regions is None:
            self._mali_regions = {e.admin1 for e in self.ctx.gazetteer
                                  if e.country == "Mali" and e.admin1}  # fmt: skip
        return "Mali" if admin1 in self._mali_regions else ""

    def _canonical(self, name: str) -> str | None:
        if name not in self._type_names:
            self._type_names[name] = taxonomy.canonical(name)
        return self._type_names[name]

    def _ref(
        self, row: _Row, location: str, admin1: str, admin2: str
    ) -> tuple[str | None, GazetteerEntry | None]:
        """Our workbook's gazetteer entry, while the row's place (location, region, cercle)
        is still that entry's; else the place looked up as any sheet's: a row a colleague
        added, or a place corrected in the sheet, whose entry written, the old place's, is
        returned second (``_moved``)."""
        unverified = row.text("sd_unverified_place").lower() in ("yes", "oui", "true", "1")
        written = row.text("sd_place_ref")
        if not written:  # kept unverified here: a lookup could tie it to a homonym
            return (None if unverified else self.ctx.place_ref(location, admin1, admin2)), None
        same = self.ctx.gazetteer.names(written, location, admin1, admin2)  # (fast on ours)
        if same is not False:  # (an entry our gazetteer lacks, a newer one's, stays)
            return (None if unverified else written), None
        old = self.ctx.gazetteer.get(written)
        row.flags.add(PLACE_LOOKED_UP)
        return self.ctx.place_ref(location, admin1, admin2), old

    def _moved(
        self,
        row: _Row,
        old: GazetteerEntry,
        ref: str | None,
        written: tuple[float | None, float | None, str],
    ) -> tuple[float | None, float | None, str]:
        """The coordinates and commune of a row whose place is no longer its gazetteer entry
        (``old``): the new entry's (``ref``) where the sheet left the old place's or none, as
        picking a place in the editor does; said, whichever way."""
        latitude, longitude, admin3 = written
        new = self.ctx.gazetteer.get(ref) if ref else None
        untouched = (latitude is None and longitude is None) or (
            _near(latitude, old.latitude) and _near(longitude, old.longitude)
        )
        if new is None:
            row.warn("location", M_PLACE_LOST_AT_OLD if untouched and latitude is not None
                     else M_PLACE_LOST, old=old.context)  # fmt: skip
            return latitude, longitude, admin3
        if admin3 in ("", old.admin3):
            admin3 = new.admin3
        if untouched:
            row.warn("location", M_PLACE_MOVED, old=old.context, new=new.context)
            return new.latitude, new.longitude, admin3
        row.warn("location", M_PLACE_MOVED_KEPT, old=old.context, new=new.context)
        return latitude, longitude, admin3

    def _uuid(self, row: _Row) -> str:
        written = row.text("sd_uuid")
        if not written:
            return new_uuid()
        try:
            return str(uuidlib.UUID(written))
        except ValueError:
            row.error("sd_uuid", M_BAD_UUID, value=written)
            return new_uuid()

    def _tags(self, row: _Row) -> frozenset[str]:
        codes: frozenset[str] = frozenset()
        for column in _TAG_COLUMNS:
            written = row.text(column)
            if not written:
                continue
            found = self._tag_sets.get(written)
            if found is None:  # a column holds a few hundred combinations of tags
                known, unknown = set(), []
                for name in split_actors(written):
                    code = self.ctx.tags.get(fold(name))
                    if code is None:
                        unknown.append(name)
                    else:
                        known.add(code)
                found = self._tag_sets[written] = (frozenset(known), tuple(unknown))
            for name in found[1]:
                row.warn(column, M_UNKNOWN_TAG, value=name)
            codes |= found[0]
        return codes

    def _sources(self, row: _Row) -> tuple[Source, ...]:
        structured = row.text("sd_sources")
        if structured:
            found = self._source_lists.get(structured)
            if found is None:  # sources are shared between the events of a day or an outlet
                found = self._source_lists[structured] = self._source_list(structured)
            if not isinstance(found, str):
                return found
            row.warn("sd_sources", M_BAD_SOURCES, reason=found)
        key = (row.text("source"), row.text("source_scale") or None)
        found_names = self._named_sources.get(key)
        if found_names is None:
            names = self._split(key[0])
            found_names = self._named_sources[key] = tuple(
                Source(name=n, scale=key[1]) for n in names
            )
        return found_names

    def _source_list(self, structured: str) -> tuple[Source, ...] | str:
        """Sahel Desk's sources column (JSON) as sources, or why it cannot be read."""
        try:
            items = json.loads(structured)
            return tuple(map(self._source, items))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            return str(exc)

    def _source(self, item: Mapping[str, Any]) -> Source:
        key = (item["name"], item.get("date"), item.get("url"), item.get("scale"))
        found = self._sources_seen.get(key)
        if found is None:  # an outlet's report of a day is cited by several events
            found = self._sources_seen[key] = Source(
                name=clean(key[0]), date=_iso_date(key[1]), url=key[2] or None, scale=key[3] or None
            )
        return found


# what analysts type for a toll nobody knows, in English and French: left empty, as unknown
_UNKNOWN_TOLL = frozenset(
    {"unknown", "inconnu", "inconnue", "non connu", "n/a", "n/d", "n.d.", "nd", "?"}
)


def _deaths(value: object) -> int | None:
    try:
        return integer(value)
    except CellError:  # the rare cell that is no number: a word for unknown, perhaps
        if value.__class__ is str and value.strip().casefold() in _UNKNOWN_TOLL:  # type: ignore[union-attr]
            return None
        raise


def _near(a: float | None, b: float | None) -> bool:
    """The same coordinate, as written to 5 decimals and read back."""
    return a is not None and b is not None and abs(a - b) < 1e-4


def _iso_date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
