"""Import: read a file, plan what would happen, show it, then apply it in one transaction.

``plan_import`` writes nothing: it reads the file, matches each event with what the database
holds (same uuid, same ACLED event id, or a probable duplicate by ACLED's aggregation rule)
and says what it would do and why. ``apply_import`` writes the plan as one batch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sahel_desk.domain import validation
from sahel_desk.domain.actors import ActorMatcher
from sahel_desk.domain.errors import Problem, ValidationError, problem
from sahel_desk.domain.history import as_carried, same_version
from sahel_desk.domain.incident import DatePrecision, Incident, Place
from sahel_desk.domain.tags import Tag, TagKind
from sahel_desk.domain.text import fold, fold_cached
from sahel_desk.exchange import acled_import as ai
from sahel_desk.exchange import ucdp
from sahel_desk.exchange.acled_row import acled_row
from sahel_desk.exchange.columns import ACLED_COLUMNS
from sahel_desk.exchange.tabular import Table, read_table
from sahel_desk.jobs import merge
from sahel_desk.jobs.gcpause import gc_paused
from sahel_desk.reference.gazetteer import Gazetteer
from sahel_desk.store import DuplicateKey, Store
from sahel_desk.store.catalog import Base
from sahel_desk.store.imports import M_CHANGED_SINCE

if TYPE_CHECKING:
    from sahel_desk.store import ImportBatch

# What the plan does with each event.
NEW, UPDATE, UNCHANGED, DUPLICATE, STALE, CONFLICT, REJECTED = (
    "new", "update", "unchanged", "duplicate", "stale", "conflict", "rejected",
)  # fmt: skip
ACTIONS = (NEW, UPDATE, UNCHANGED, DUPLICATE, STALE, CONFLICT, REJECTED)
HELD = (DUPLICATE, STALE, CONFLICT)  # held back unless the user takes them

# Review tags the import puts on events an analyst must look at (user tags, created on need).
_REVIEW_TYPE = ("usr.review_event_type", "Review: event type", "À revoir\u202f: type d’événement")
REVIEW_TAGS = {
    ai.REVIEW_EVENT_TYPE: _REVIEW_TYPE,
    "event_type_unknown": _REVIEW_TYPE,
    "year_only": (
        "usr.review_year_only",
        "Review: date known only to the year",
        "À revoir\u202f: date connue à l’année seulement",
    ),
    "coarse_location": (
        "usr.review_coarse_location",
        "Review: location coarser than ACLED allows",
        "À revoir\u202f: lieu moins précis qu’ACLED ne l’admet",
    ),
    ucdp.FLAG_RANGE_DROPPED: (  # UCDP's low estimate above its high: the best one only
        "usr.review_fatalities",
        "Review: fatalities",
        "À revoir\u202f: bilan",
    ),
}

M_TWICE = "the same event is already on row {line} of this file"
M_DUPLICATE = "probably the same event as incident {id} (same day, place and actors)"
M_DUPLICATE_NEAR = (
    "probably the same event as incident {id}, dated {date} here: the same place and actors, "
    "and notes much alike"
)
NEAR = dt.timedelta(days=31)  # how far apart a corrected date may be from ours
NOTES_MIN = 40  # characters of notes that can tell one event from another
ALIKE = 0.8  # how much of the longer notes the shorter must be
M_DUPLICATE_TRASHED = (
    "probably the same event as incident {id} (same day, place and actors), which was moved to "
    "the trash"
)
# Whether these are kept or imported is the user's choice: the preview and the CLI say which.
M_STALE = "the database holds a newer version of this event (incident {id})"
# the file is not newer by ACLED's timestamp: which side changed it, an ACLED row cannot say
M_LOCAL = (
    "incident {id} holds this event and differs from the file, whose ACLED timestamp is not "
    "newer: kept as it is here"
)
M_UNDATED = (
    "incident {id} holds this event and differs from the file, which gives no version (ACLED's "
    "timestamp) to tell which is newer: kept as it is here"
)
M_SAME_TARGET = (
    "rows {lines} would each update incident {id}: take one of them as the update, the others "
    "as new incidents or not at all"
)
# why a probable duplicate cannot be taken as an update of the incident it probably is
M_NO_UPDATE_CLAIMED = "another row of this file is incident {id}: this row cannot update it"
M_NO_UPDATE_TRASHED = "incident {id} is in the trash: restore it first to update it from a file"
M_NO_UPDATE_OTHER_ID = (
    "its ACLED id ({theirs}) is not incident {id}'s ({ours}): another event, which cannot update it"
)
M_RANGE_DROPPED = (
    "taken as an update, the file's toll replaces incident {id}'s range ({low} to {high}), "
    "which it lies outside"
)
M_NO_UPDATE_TIE = "incidents {ids} are each as like it: it cannot update one of them"
M_TIED = "the place was changed in the sheet: tied to {new} in the gazetteer"
M_UNMAPPED = "no column holds {fields}; choose the columns in the mapping step"
M_IGNORED = "columns not imported, as no field takes them: {columns}"
M_ELSEWHERE = "events outside the countries Sahel Desk covers ({ours}): {n:,} ({countries})"
M_IN_TRASH = "incident {id} holds this event and is in the trash; restore it to see changes"
M_DIFFERS = "the file's version differs in: {fields}"
M_BOTH = (
    "incident {id} was changed here and in the file since the version of {since} UTC they "
    "both started from"
)
M_EDITED = "the file holds the version of incident {id} this database has, edited in the sheet"
M_SAME = "incident {id} holds this event: every column is the same"
M_NO_BASE = (
    "incident {id} was changed here, and the file does not say which version it started "
    "from: taking it may undo those changes"
)
M_CHOSEN_BEFORE = "kept as it is here, as chosen when an earlier import offered the same: {fields}"
# An ACLED revision moves an event by days or a few kilometres; one that moves it by months
# or to another region may be another event under the same id (a colleague's own numbering)
M_MOVED_DAYS = (
    "the file's version moves this event by {days:,} days: check it is still the event of "
    "incident {id}"
)
M_MOVED_REGION = (
    "the file's version moves this event from {old} to {new}: check it is still the event of "
    "incident {id}"
)
M_MOVED = "updates that move an event by more than a month or to another region: {n:,}; check them"
_MOVED_DAYS = 31
# What a row's reasons say taking the file's version whole would do: moot once the row is
# chosen field by field, whose choice says what it keeps
WHOLE_FILE = (merge.M_CLASH, M_NO_BASE)
MESSAGES = (
    M_CHOSEN_BEFORE,
    M_MOVED_DAYS,
    M_MOVED_REGION,
    M_MOVED,
    M_TWICE,
    M_SAME_TARGET,
    M_NO_UPDATE_CLAIMED,
    M_NO_UPDATE_TRASHED,
    M_NO_UPDATE_OTHER_ID,
    M_NO_UPDATE_TIE,
    M_RANGE_DROPPED,
    M_DUPLICATE,
    M_DUPLICATE_NEAR,
    M_DUPLICATE_TRASHED,
    M_STALE,
    M_LOCAL,
    M_UNDATED,
    M_TIED,
    M_UNMAPPED,
    M_IGNORED,
    M_ELSEWHERE,
    M_IN_TRASH,
    M_BOTH,
    M_DIFFERS,
    M_EDITED,
    M_SAME,
    M_NO_BASE,
    *merge.MESSAGES,
    M_CHANGED_SINCE,
)

# rows of one kind (updates, probable duplicates) that show both values of what differs
_VALUES_ROWS = 2000

# Fields an ACLED update replaces; drivers, responses and our own tags stay as analysts set them.
_BOOKKEEPING = ("id", "uuid", "tags", "deleted", "created_at", "created_by", "updated_at",
                "updated_by")  # fmt: skip


@dataclass(frozen=True, slots=True)
class PlannedRow:
    lines: tuple[int, ...]
    action: str
    incident: Incident | None  # what would be written (an update carries the stored id)
    problems: tuple[Problem, ...] = ()
    existing_id: int | None = None
    shown: tuple[str, ...] = ()  # for a rejected row: its date, place, actor 1, type as written
    read: Incident | None = None  # for an unchanged row, the event as read: what it is
    # for a probable duplicate: what taking it as the incident it probably is writes (the
    # file's version of incident ``existing_id``, as an ACLED update of it)
    as_update: Incident | None = None
    # for a row that would update an incident: the incident's last change as the plan read
    # it; applying refuses if it has changed since (its values were weighed, or kept)
    seen: dt.datetime | None = None

    @property
    def line(self) -> int:
        return self.lines[0] if self.lines else 0


@dataclass
class ImportPlan:
    path: Path
    table: Table
    shape: ai.Shape
    columns: ai.ColumnMap
    rows: list[PlannedRow] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # what reading the file did
    sha256: str = ""
    chosen: Mapping[str, str] | None = None  # the columns as the user mapped them
    readings: Mapping[ai.Reading, str] = field(default_factory=dict)  # suggestions taken
    # what ``keeping`` made of a row when it keeps every change here: applying writes
    # nothing over the incident (it records the choice), counted apart (``tally``). Each
    # such result is kept, not only the last: the field-by-field dialog asks as the user
    # ticks, and may be cancelled
    _as_held: dict[int, list[Incident]] = field(default_factory=dict, init=False, repr=False)

    def suggestions(self) -> dict[ai.Reading, str]:
        """What rejected rows suggest reading a misspelt type as: {(field, event type it was
        suggested within, as written): suggested}; for ``plan_import(readings=...)`` once the
        user takes them."""
        found: dict[ai.Reading, str] = {}
        for row in self.rows:
            if row.action != REJECTED:
                continue
            for p in row.problems:
                if p.field in ai.SUGGESTIONS and p.template == ai.SUGGESTIONS[p.field]:
                    params = dict(p.params)
                    key = (p.field, str(params.get("within") or ""), str(params["value"]))
                    found[key] = str(params["suggestion"])
        return found

    def readings_with_suggestions(self) -> dict[ai.Reading, str]:
        """The readings this plan took, and its suggestions besides: what reading the file
        again as suggested passes to ``plan_import(readings=...)``."""
        return {**self.readings, **self.suggestions()}

    @property
    def needs_mapping(self) -> bool:
        return not self.columns.complete and self.shape is not ai.Shape.UCDP

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def counts(self) -> dict[str, int]:
        return {action: self.count(action) for action in ACTIONS}

    def to_write(
        self,
        *,
        duplicates: bool = False,
        older: bool = False,
        picked: Collection[int] = (),
        update: Collection[int] = (),
        keep: Mapping[int, Incident] | None = None,
    ) -> tuple[list[Incident], list[Incident]]:
        """(new incidents, updated incidents) that applying writes: with ``duplicates`` the
        probable duplicates too, with ``older`` the file's versions the database holds newer;
        ``picked``, positions in ``rows`` of such held-back rows the user took one by one;
        ``update``, positions of probable duplicates taken as updates of the incident each
        probably is (a colleague's edit of our ACLED CSV, which carries no uuid); ``keep``,
        what rows that update write instead, chosen field by field (``keeping``)."""
        new: list[Incident] = []
        updates: list[Incident] = []
        for is_update, _, incident in self._writes(
            duplicates=duplicates, older=older, picked=picked, update=update, keep=keep
        ):
            (updates if is_update else new).append(incident)
        return new, updates

    def tally(self, **choices: Any) -> tuple[int, int, list[Problem], int]:
        """How many new and updated incidents applying with ``choices`` (as ``to_write``
        takes them) writes, the incidents several rows would each update, in words (only the
        last would stay: applying refuses), and how many rows chosen field by field keep
        every change as it is here (they update nothing). One pass, for the preview's ticks."""
        new = kept = 0
        lines: dict[int, list[int]] = {}
        for is_update, position, incident in self._writes(**choices):
            if is_update:
                lines.setdefault(incident.id, []).append(self.rows[position].line)  # type: ignore[arg-type]
                kept += self.changes_nothing(position, incident)
            else:
                new += 1
        clashes = [
            problem("row", M_SAME_TARGET, id=i, lines=", ".join(map(str, sorted(found))))
            for i, found in sorted(lines.items())
            if len(found) > 1
        ]
        return new, sum(map(len, lines.values())) - kept, clashes, kept

    def changes_nothing(self, position: int, incident: Incident) -> bool:
        """Whether ``incident`` is what ``keeping`` made of row ``position`` keeping every
        change as it is here: taken, the row updates nothing (it records the choice)."""
        return any(held is incident for held in self._as_held.get(position, ()))

    def updating(self, **choices: Any) -> frozenset[int]:
        """The positions of the rows that applying with ``choices`` writes as updates."""
        return frozenset(p for is_update, p, _ in self._writes(**choices) if is_update)

    def clashes(self, **choices: Any) -> list[Problem]:
        """``tally``'s incidents that several rows would each update."""
        return self.tally(**choices)[2]

    def _writes(self, **choices: Any) -> Iterator[tuple[bool, int, Incident]]:
        """What applying writes: (an update?, position of the row, incident), in row order."""
        taken = self.taken(**choices)
        update = set(choices.get("update", ()))
        keep = choices.get("keep") or {}
        for p, r in enumerate(self.rows):
            action = r.action
            if action == NEW:
                if r.incident is not None:
                    yield False, p, r.incident
            elif action == UPDATE:
                if r.incident is not None:
                    yield True, p, keep.get(p, r.incident)
            elif p not in taken:
                continue
            elif action == DUPLICATE:
                if p in update:  # taken so only when it can be (``taken``)
                    yield True, p, keep.get(p, r.as_update)
                elif r.incident is not None:
                    yield False, p, r.incident
            elif action in (STALE, CONFLICT) and r.incident is not None:
                yield True, p, keep.get(p, r.incident)

    def over(self, position: int) -> Incident | None:
        """What row ``position`` writes over the incident it holds (``existing_id``) when
        taken as an update; None for a row that updates none."""
        row = self.rows[position]
        if row.action == DUPLICATE:
            return row.as_update
        return row.incident if row.action in (UPDATE, STALE, CONFLICT) else None

    def keeping(self, position: int, stored: Incident, parts: Collection[str]) -> Incident:
        """What row ``position`` writes over ``stored`` (its incident as held now) with the
        ``parts`` (``merge.part_of``'s names) kept as they are here: a choice field by field,
        for ``to_write(keep=...)``. Raises ValueError for a row that updates no incident, or
        another than ``stored``."""
        written = self.over(position)
        if written is None or stored.id != self.rows[position].existing_id:
            raise ValueError(f"row {self.rows[position].line} does not update incident {stored.id}")
        kept = merge.keeping(stored, written, parts)
        if not merge.changed(stored, kept):
            self._as_held.setdefault(position, []).append(kept)
        return kept

    def lines_of(self, positions: Collection[int]) -> frozenset[tuple[int, ...]]:
        """The file lines of the rows at ``positions``: what names them across a re-reading."""
        return frozenset(self.rows[p].lines for p in positions)

    def held_at(self, lines: Collection[tuple[int, ...]]) -> frozenset[int]:
        """The positions of the held-back rows read from ``lines``: the rows a user ticked,
        found again once the file is read anew (as suggested), if still held back."""
        wanted = set(lines)
        return frozenset(p for p, r in enumerate(self.rows)
                         if r.action in HELD and r.lines in wanted)  # fmt: skip

    def taken(
        self,
        *,
        duplicates: bool = False,
        older: bool = False,
        picked: Collection[int] = (),
        update: Collection[int] = (),
        keep: Mapping[int, Incident] | None = None,
    ) -> set[int]:
        """The positions of the held-back rows (``HELD``) that applying writes. (``keep``
        changes what a row writes, never whether it is taken: accepted with the other
        choices, unread.)"""
        wanted = {DUPLICATE} if duplicates else set()
        wanted |= {STALE, CONFLICT} if older else set()
        # a duplicate to update that cannot be is left out, never a second copy instead
        update = set(update)
        chosen = set(picked)
        taken = {p for p, r in enumerate(self.rows) if r.action in HELD and p not in update
                 and (r.action in wanted or p in chosen)}  # fmt: skip
        return taken | {p for p in update if self.rows[p].as_update is not None}

    def positions(self, action: str) -> frozenset[int]:
        return frozenset(p for p, r in enumerate(self.rows) if r.action == action)


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.shipped()


def _context(store: Store) -> ai.ReadContext:
    tags: dict[str, str] = {}
    for tag in store.tags.all():
        for name in (tag.code, tag.label_en, tag.label_fr):
            tags.setdefault(fold(name), tag.code)
    actors = store.actors.all()
    types = {actor.name: actor.actor_type for actor in actors}
    return ai.ReadContext(ActorMatcher.of(actors), _gazetteer(), tags, actor_types=types)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@gc_paused
def plan_import(
    store: Store,
    path: Path,
    *,
    columns: Mapping[str, str] | None = None,
    readings: Mapping[ai.Reading, str] | None = None,
) -> ImportPlan:
    """Read ``path`` and decide, event by event, what importing it would do. Writes nothing.

    Raises FileRejected for a file that cannot be read safely. When the columns are not
    recognised, the plan ``needs_mapping`` and holds no rows: call again with ``columns``.
    ``readings`` ((field, within, as written) -> read as) are suggestions the user took
    (``ImportPlan.suggestions``); each row read so says it.
    """
    path = Path(path)
    table = read_table(path, ai.recognised)
    shape = ai.detect_shape(table.header)
    cmap = ai.map_columns(table.header, columns)
    plan = ImportPlan(path, table, shape, cmap, notes=list(table.notes), sha256=_sha256(path),
                      chosen=columns, readings=dict(readings or {}))  # fmt: skip
    if plan.needs_mapping:
        return plan
    context = _context(store)
    if shape is ai.Shape.UCDP:
        results = list(_ucdp_records(table, context))
    else:
        reader = ai.AcledReader(table, cmap, shape, context, readings)
        results = list(reader.records())
        plan.notes = reader.notes
        if cmap.unmapped:  # never dropped without a word: the user can map them
            named = ", ".join(f"“{name}”" for name in cmap.unmapped[:12])
            plan.notes.append(problem("file", M_IGNORED, "warning", columns=named))
    elsewhere = _elsewhere(results)
    if elsewhere is not None:
        plan.notes.append(elsewhere)
    # only ACLED's columns: a row that repeats an incident's is that incident (our own CSV
    # read back); a file with more (our workbook, UCDP's ranges) may add what they lack
    plan.rows = _match(
        store, results, acled_only=shape not in (ai.Shape.SAHEL, ai.Shape.UCDP), context=context
    )
    far = (M_MOVED_DAYS, M_MOVED_REGION)
    moved = sum(1 for r in plan.rows
                if r.action == UPDATE and any(p.template in far for p in r.problems))  # fmt: skip
    if moved:
        plan.notes.append(problem("row", M_MOVED, "warning", n=moved))
    return plan


def _elsewhere(results: Sequence[ai.RowResult]) -> Problem | None:
    """Events of countries Sahel Desk does not cover, in a word: UCDP's sample is the
    world's, and 988 events of Aleppo or Kandahar came in beside Mopti's without one."""
    ours = {fold(country) for country in validation.COUNTRY_BOXES}
    # a row without a country is not counted: most likely ours (a sheet without the column)
    found = Counter(r.incident.place.country for r in results
                    if r.incident is not None and r.incident.place.country
                    and fold_cached(r.incident.place.country) not in ours)  # fmt: skip
    if not found:
        return None
    named = [country for country, _ in found.most_common(4)]
    return problem(
        "country",
        M_ELSEWHERE,
        "warning",
        n=sum(found.values()),
        ours=", ".join(validation.COUNTRY_BOXES),
        countries=", ".join(named[:3]) + (", …" if len(named) > 3 else ""),
    )


def _ucdp_records(table: Table, context: ai.ReadContext) -> Iterable[ai.RowResult]:
    rows = [dict(zip(table.header, cells, strict=False)) for cells in table.rows]
    dates = ucdp.date_reader(rows)  # the day/month order is the whole file's, not a row's
    for line, row in zip(table.lines, rows, strict=True):
        record = ucdp.ucdp_incident(row, context.actors, dates)
        incident, shown = record.incident, ()
        if incident is None:
            shown = tuple(str(row.get(k) or "") for k in ("date_start", "where_coordinates",
                                                         "side_a", "type_of_violence"))  # fmt: skip
        elif incident.place.location and incident.place.ref is None:
            # a town the gazetteer knows without doubt in the region and cercle UCDP gives
            # ("Nara", Koulikoro, Nara) is tied to it, as an ACLED row's is; UCDP's own
            # coordinates are kept
            place = incident.place
            ref = context.place_ref(place.location, place.admin1, place.admin2)
            if ref is not None:
                incident = incident.with_changes(place=replace(place, ref=ref))
        yield ai.RowResult((line,), incident, record.problems, record.flags, shown)


def _tied(
    context: ai.ReadContext, ours: Place, incident: Incident, problems: list[Problem]
) -> Incident:
    """``incident`` tied to the gazetteer entry its place now names, if one without doubt,
    with that entry's coordinates unless the sheet gave others than ours; said."""
    place = incident.place
    ref = context.place_ref(place.location, place.admin1, place.admin2)
    entry = context.gazetteer.get(ref) if ref else None
    if entry is None:
        return incident
    same = (place.latitude, place.longitude) in ((None, None), (ours.latitude, ours.longitude))
    where = (entry.latitude, entry.longitude) if same else (place.latitude, place.longitude)
    problems[:] = [p for p in problems if p.template != validation.M_UNVERIFIED]  # no more
    problems.append(problem("location", M_TIED, "warning", new=entry.context))
    admin3 = entry.admin3 if place.admin3 in ("", ours.admin3) else place.admin3
    tied = replace(place, ref=ref, latitude=where[0], longitude=where[1], admin3=admin3)
    return incident.with_changes(place=tied)


def _unknown_place(context: ai.ReadContext, place: Place) -> bool:
    return context.place_ref(place.location, place.admin1, place.admin2) is None


def _same_spot(ours: Place, theirs: Place) -> bool:
    """The same location, region and cercle, as folded (a file gives back a stored name
    cleaned and composed)."""
    return all(fold_cached(a) == fold_cached(b) for a, b in (
        (ours.location, theirs.location), (ours.admin1, theirs.admin1),
        (ours.admin2, theirs.admin2)))  # fmt: skip


def _with_review_tags(incident: Incident, flags: frozenset[str]) -> Incident:
    if not flags:
        return incident
    codes = {REVIEW_TAGS[f][0] for f in flags if f in REVIEW_TAGS}
    return incident.with_changes(tags=incident.tags | codes) if codes else incident


def _same_content(a: Incident, b: Incident) -> bool:
    """Whether two incidents say the same, bookkeeping aside (tags included)."""
    return _content(a) == _content(b) and a.tags == b.tags


def _content(incident: Incident) -> dict[str, object]:
    values = {name: getattr(incident, name) for name in incident.__dataclass_fields__}
    for name in _BOOKKEEPING:
        values.pop(name)
    return values


def _match(
    store: Store,
    results: list[ai.RowResult],
    *,
    acled_only: bool = False,
    context: ai.ReadContext | None = None,
) -> list[PlannedRow]:
    incidents = [r.incident for r in results if r.incident is not None]
    by_uuid = store.incidents.by_uuid([i.uuid for i in incidents])
    by_external = store.incidents.by_external_id(
        [i.external_id for i in incidents if i.external_id]
    )
    versions = store.imports.versions(list(by_uuid))
    first_line: dict[str, int] = {}
    planned: list[PlannedRow] = []
    fresh: list[tuple[int, Incident]] = []
    both: list[tuple[int, Incident, Any]] = []  # conflicts: position, stored, based_on
    matched: dict[int, Incident] = {}  # position -> the stored incident it is
    for result in results:
        incident = result.incident
        problems = list(result.problems)
        if incident is None:
            planned.append(
                PlannedRow(result.lines, REJECTED, None, tuple(problems), shown=result.shown)
            )
            continue
        incident = _with_review_tags(incident, result.flags)
        keys = [f"uuid:{incident.uuid}"] + (
            [f"ext:{incident.external_id}"] if incident.external_id else []
        )
        seen = first_line.get(keys[0])
        if seen is None and len(keys) > 1:
            seen = first_line.get(keys[1])
        if seen is not None:
            problems.append(problem("row", M_TWICE, line=seen))
            shown = (incident.date.day.isoformat(), incident.place.location, incident.actor1,
                     incident.event_type)  # fmt: skip
            planned.append(PlannedRow(result.lines, REJECTED, None, tuple(problems), shown=shown))
            continue
        for key in keys:
            first_line[key] = result.lines[0]
        stored = by_uuid.get(incident.uuid) or by_external.get(incident.external_id or "")
        if stored is None:
            fresh.append((len(planned), incident))
            planned.append(PlannedRow(result.lines, NEW, incident, tuple(problems)))
            continue
        if ai.PLACE_LOOKED_UP in result.flags and _same_spot(stored.place, incident.place):
            # the sheet left the place as we hold it (an entry the editor kept though its
            # region was changed by hand): ours, not looked up again
            incident = incident.with_changes(place=stored.place)
            problems = [p for p in problems if p.template not in ai.PLACE_MOVES]
        elif (
            context is not None
            and stored.uuid == incident.uuid
            and incident.place.ref is None
            and stored.place.ref is None
            and not _same_spot(stored.place, incident.place)
            and _unknown_place(context, stored.place)
        ):  # a place unknown to the gazetteer, corrected in the sheet: perhaps to a known one
            # (one the user left unverified though the gazetteer knew it stays so)
            incident = _tied(context, stored.place, incident, problems)
        if stored.deleted:  # matched in the trash: written there, and said
            problems.append(problem("row", M_IN_TRASH, "warning", id=stored.id))
        matched[len(planned)] = stored
        row = _against(stored, incident, result.lines, problems, versions, result.based_on)
        if row.action == CONFLICT:  # merged part by part, from the version both started from
            both.append((len(planned), stored, result.based_on or stored.created_at))
        elif row.action == STALE and stored.uuid == incident.uuid and incident.updated_at:
            # our older version: perhaps edited in a spreadsheet since we exported it, or a
            # colleague's version made on top of an older one of ours and saved before ours
            both.append((len(planned), stored, (incident.updated_at, result.based_on)))
        planned.append(row)
    _mark_duplicates(store, planned, fresh, acled_only=acled_only)
    _merge_both_sides(store, planned, both, versions)
    _chosen_before(store, planned, matched)
    values = _VALUES_ROWS  # updates: their values too, for the first rows (a colleague's
    # corrections are a few; ACLED's revision of 100,000 events would cost seconds)
    for position, stored in matched.items():  # held back: the values to weigh, not names
        row = planned[position]
        if row.action == UPDATE and row.incident is not None and values > 0:
            values -= 1
            planned[position] = replace(
                row, problems=(*row.problems, *merge.values(stored, row.incident))
            )
        if row.action in (STALE, CONFLICT) and row.incident is not None:
            shown = {p.field for p in row.problems if p.template == merge.M_VALUES}
            fields = [f for f in merge.changed(stored, row.incident) if f not in shown]
            added = merge.values(stored, row.incident, fields)
            planned[position] = replace(row, problems=(*row.problems, *added))
    return planned


def _chosen_before(
    store: Store, planned: list[PlannedRow], matched: Mapping[int, Incident]
) -> None:
    """Rows that would update an incident without a three-way merge (a newer ACLED version,
    a probable duplicate taken as an update) keep as they are here the fields an earlier
    import kept against the very value the file gives again: a choice made once is not
    undone by reading the same value a second time. Said in the row's reasons."""
    wanted = {r.existing_id for r in planned
              if r.existing_id is not None and r.action in (UPDATE, DUPLICATE)}  # fmt: skip
    kept = store.imports.kept_since(dict.fromkeys(wanted, dt.datetime.min)) if wanted else {}
    if not kept:
        return
    ours = {x.id: x for x in matched.values()}  # probable duplicates' incidents: read here
    ours.update((x.id, x) for x in store.incidents.get_many(sorted(kept.keys() - ours.keys())))
    for position, row in enumerate(planned):
        written = row.as_update if row.action == DUPLICATE else row.incident
        if row.action not in (UPDATE, DUPLICATE) or written is None:
            continue
        stored = ours.get(row.existing_id)  # type: ignore[arg-type]
        if stored is None:
            continue
        again = _refused_again(kept.get(stored.id), written, stored)  # type: ignore[arg-type]
        if not again:
            continue
        mixed = merge.keeping(stored, written, again)
        if any(p.severity == "error" for p in validation.problems(mixed)):
            continue  # kept with the file's other parts, no valid incident: the file's whole
        problems = (_chosen_said(again), *row.problems)
        if row.action == DUPLICATE:
            planned[position] = replace(row, as_update=mixed, problems=problems)
        elif _same_content(mixed, stored):
            planned[position] = PlannedRow(row.lines, UNCHANGED, None, problems, stored.id,
                                           read=row.incident)  # fmt: skip
        else:
            planned[position] = replace(row, incident=mixed, problems=problems)


def _refused_again(
    refused: Mapping[str, Any] | None, written: Incident, stored: Incident
) -> list[str]:
    """The fields an earlier import kept here against the very value ``written`` gives
    again (``refused``: the file's values then, by field)."""
    if not refused:
        return []
    file, here = merge.both(written, stored)
    return [name for name, value in refused.items()
            if file[name] == value and here[name] != value]  # fmt: skip


def _chosen_said(fields: Sequence[str]) -> Problem:
    return problem("row", M_CHOSEN_BEFORE, "info", fields=", ".join(fields))


def _merge_both_sides(
    store: Store,
    planned: list[PlannedRow],
    both: list[tuple[int, Incident, Any]],
    versions: Mapping[str, dt.datetime],
) -> None:
    """Events changed here and in the file since the version the file's copy started from,
    merged part by part (``merge.three_way``): without a part changed differently on both sides,
    and when the result is a valid incident, the row is an update (or unchanged); otherwise
    it is a conflict, and taking the file still keeps the parts only changed here. An older
    version of ours (``STALE``) that brings nothing beyond what we changed since stays as it
    is: an old copy, not a copy edited in a spreadsheet.

    A ``STALE`` row's base is given as (its version time, its sd_based_on): the first that
    is a version we held. The first: our own version, edited in a spreadsheet (which leaves
    sd_last_modified alone); the second: a colleague's version made in another Sahel Desk
    on top of ours, then saved before our own change. Neither, and the file carries no
    sd_based_on, while ours was edited here: a change made on a copy of our database
    beside ours, merged from the incident as it was made (as a newer one is, ``_against``)."""
    stale = [stored.id for position, stored, _ in both if planned[position].action == STALE]
    ours = store.history.versions(stale)  # type: ignore[arg-type]
    since: dict[int, dt.datetime] = {}
    elsewhere: set[int] = set()  # older rows made beside ours, not from a version of ours
    beside: list[tuple[Incident, dt.datetime]] = []  # perhaps so: (ours, the file's time)
    for position, stored, based_on in both:
        assert stored.id is not None
        if planned[position].action != STALE:
            since[stored.id] = _naive_utc(based_on)
            continue
        held = [
            _naive_utc(when)
            for when in based_on
            if when is not None and any(same_version(v, _naive_utc(when)) for v in ours[stored.id])
        ]
        if held:
            since[stored.id] = held[0]
        elif based_on[1] is None and _edited_here(stored, versions):
            beside.append((stored, _naive_utc(based_on[0])))
        # else a colleague's own version, made on one they imported from us and older than
        # ours: held back
    later = store.history.brought([stored.id for stored, _ in beside])  # type: ignore[arg-type]
    for stored, when in beside:
        if any(as_carried(v, when) > as_carried(when, when) for v in later[stored.id]):
            continue  # a later version came in by import since: this one is out of date
        # a version we never held, made on a copy of our database (which carries no
        # sd_based_on) and saved before our own change: no older copy of ours, but a change
        # made beside ours. What each side changed is known from its creation (a tester's
        # toll was about to be left out as "an older version")
        since[stored.id] = _naive_utc(stored.created_at)  # type: ignore[arg-type]
        elsewhere.add(stored.id)
    bases = store.history.bases(since)  # type: ignore[arg-type]
    # fields an import kept as they were here, against the file: what the file said when
    # the user last chose so is their base (over their history's), so the same file read
    # again does not offer them anew, while a file that changes them again still clashes
    chosen = store.imports.kept_since(since)
    for incident_id, fields in chosen.items():
        base = bases.setdefault(incident_id, Base({}, set()))
        base.values.update(fields)
        base.imported.difference_update(fields)
    for position, stored, _ in both:
        row = planned[position]
        base = bases.get(stored.id)  # type: ignore[arg-type]
        if base is None:  # no field changed here (moved to the trash and back), or no base
            continue
        assert row.incident is not None and stored.id is not None
        merged, kept, clashes = merge.three_way(stored, row.incident, base.values, base.imported)
        # values the user refused before: kept as chosen then, not as "changed here"; and
        # why a file that differs brings nothing
        again = _refused_again(chosen.get(stored.id), row.incident, stored)
        if row.action == STALE and not clashes and _same_content(merged, stored):
            # nothing in the file that we lack: an old copy, held back
            if again:
                planned[position] = replace(row, problems=(_chosen_said(again), *row.problems))
            continue
        problems = [p for p in row.problems if p.template != M_DIFFERS]
        errors = [p for p in validation.problems(merged) if p.severity == "error"]
        if errors:  # the parts do not fit together: the file's version, whole, as before
            problems.append(problem("row", merge.M_UNFIT, "warning", reason=errors[0].message))
            problems.append(_differs(stored, row.incident))
            planned[position] = replace(row, problems=tuple(problems))
            continue
        if stored.id in elsewhere:
            said = problem("row", M_NO_BASE, "warning", id=stored.id)
            problems = [*_without(problems, M_STALE), said]
        elif row.action == STALE:  # our older version, edited: changed on both sides since
            at = since[stored.id].strftime("%Y-%m-%d %H:%M")
            both_sides = problem("row", M_BOTH, "warning", id=stored.id, since=at)
            problems = [*_without(problems, M_STALE), both_sides]
        if kept or row.action == STALE:  # a new version, made here: never the file's time
            # (an older time recorded as ours would let our own older export, read back
            # later, pass for a newer version and undo the merge)
            merged = merged.with_changes(updated_at=None)
        if clashes:
            # first, as the preview's column and the command line show the first reasons
            problems[:0] = merge.clash_reasons(stored, row.incident, clashes)
            action = CONFLICT
        elif _same_content(merged, stored):
            said = (_chosen_said(again),) if again else ()
            planned[position] = PlannedRow(row.lines, UNCHANGED, None, said, stored.id,
                                           read=row.incident)  # fmt: skip
            continue
        else:
            problems = [p for p in problems if p.template not in (M_BOTH, M_NO_BASE)]
            problems.append(problem("row", merge.M_MERGED, "info", id=stored.id))
            action = UPDATE
        before = [name for name in again if name in kept]
        if before and action == UPDATE:
            problems.insert(0, _chosen_said(before))  # first, as rows merged two ways say
        elif before:
            problems.append(_chosen_said(before))  # after the conflict's own reasons
        here = [name for name in kept if name not in before]
        if here:
            problems.append(problem("row", merge.M_KEPT, "info", fields=", ".join(here)))
        problems.append(_differs(stored, merged))
        planned[position] = replace(row, action=action, incident=merged, problems=tuple(problems))


def _against(
    stored: Incident,
    incoming: Incident,
    lines: tuple[int, ...],
    problems: list[Problem],
    versions: Mapping[str, dt.datetime],
    based_on: dt.datetime | None = None,
) -> PlannedRow:
    """The plan for an event the database already holds. An older version is planned too
    (``STALE``, with what it would write), for a user who chooses to overwrite anyway."""
    if stored.uuid == incoming.uuid:  # Sahel Desk's own workbook: the whole incident counts
        # updated_at: the file's version time, recorded with the import (store.imports.versions)
        merged = incoming.with_changes(id=stored.id)
        if _same_content(merged, stored):
            return PlannedRow(lines, UNCHANGED, None, tuple(problems), stored.id, read=incoming)
        # an incident an import wrote last is as old as the file it came from, not the import
        ours = versions.get(stored.uuid) or stored.updated_at
        theirs = incoming.updated_at
        if theirs is not None and ours is not None and same_version(ours, theirs):
            # Our very version, changed in the spreadsheet, where Excel leaves
            # sd_last_modified alone: the colleague's edits, made on top of what we hold.
            # Imported, they are a version made here (never recorded under the file's time).
            merged = merged.with_changes(updated_at=None)
            problems.append(problem("row", M_EDITED, "info", id=stored.id))
            return PlannedRow(lines, UPDATE, merged, (*problems, _differs(stored, merged)),
                              stored.id, seen=stored.updated_at)  # fmt: skip
        newer = theirs is not None and (
            ours is None or as_carried(theirs, theirs) > as_carried(ours, theirs)
        )
        # Newer, but made on top of a version older than ours: both sides changed it since
        # (compared as the file carries times: an untouched copy is not a change)
        both = newer and based_on is not None and ours is not None
        if (
            both
            and as_carried(ours, based_on) > as_carried(based_on, based_on)  # type: ignore[arg-type]
            and not same_version(ours, based_on)  # type: ignore[arg-type]
        ):
            since = _utc(based_on).strftime("%Y-%m-%d %H:%M")  # type: ignore[arg-type]
            problems.append(problem("row", M_BOTH, "warning", id=stored.id, since=since))
            problems.append(_differs(stored, merged))
            return PlannedRow(lines, CONFLICT, merged, tuple(problems), stored.id,
                              seen=stored.updated_at)  # fmt: skip
        # Newer, saying nothing of the version it started from (a database file copied, not
        # a workbook imported), while ours was edited here since it was made: both may have
        # changed it, and taking the file as an update would lose ours without a word. Merged
        # part by part from our incident as it was made (_merge_both_sides); a conflict only
        # where both changed one part
        if newer and based_on is None and _edited_here(stored, versions):
            problems.append(problem("row", M_NO_BASE, "warning", id=stored.id))
            problems.append(_differs(stored, merged))
            return PlannedRow(lines, CONFLICT, merged, tuple(problems), stored.id,
                              seen=stored.updated_at)  # fmt: skip
        template = M_STALE
    else:  # an ACLED (or UCDP) event: only what its columns say counts
        if acled_row(incoming) == acled_row(stored):
            return PlannedRow(lines, UNCHANGED, None, tuple(problems), stored.id, read=incoming)
        merged = _merge(stored, incoming)
        newer = (incoming.external_timestamp or 0) > (stored.external_timestamp or 0)
        template = M_LOCAL if incoming.external_timestamp is not None else M_UNDATED
        problems[:0] = _moved(stored, incoming)  # first: what the row most needs checked
    if not newer:
        problems.append(problem("row", template, "warning", id=stored.id))
        problems.append(_differs(stored, merged))
        return PlannedRow(lines, STALE, merged, tuple(problems), stored.id,
                          seen=stored.updated_at)  # fmt: skip
    return PlannedRow(lines, UPDATE, merged, (*problems, _differs(stored, merged)), stored.id,
                      seen=stored.updated_at)  # fmt: skip


def _moved(stored: Incident, incoming: Incident) -> list[Problem]:
    """What says an ACLED version moves its event further than a revision does."""
    found = []
    days = abs((incoming.date.day - stored.date.day).days)
    if days > _MOVED_DAYS:
        found.append(problem("event_date", M_MOVED_DAYS, "warning", days=days, id=stored.id))
    old, new = stored.place, incoming.place
    for level in ("country", "admin1"):
        before, after = getattr(old, level), getattr(new, level)
        if before and after and fold_cached(before) != fold_cached(after):
            found.append(problem(level, M_MOVED_REGION, "warning", old=before, new=after,
                                 id=stored.id))  # fmt: skip
            break
    return found


def _edited_here(stored: Incident, versions: Mapping[str, dt.datetime]) -> bool:
    """Whether our version is a change made here (not one an import wrote last) after the
    incident was made."""
    return (
        stored.uuid not in versions
        and stored.created_at is not None
        and stored.updated_at is not None
        and stored.updated_at > stored.created_at
    )


def _differs(stored: Incident, incoming: Incident) -> Problem:
    """Which of the incident's fields the file would change: what a user weighs before
    taking an older version, or a version changed on both sides."""
    return _said_differs(_fields_apart(stored, incoming))


def _fields_apart(stored: Incident, incoming: Incident) -> list[str]:
    ours, theirs = _content(stored), _content(incoming)
    fields = [name for name in ours if ours[name] != theirs[name]]
    if stored.tags != incoming.tags and "tags" not in fields:
        fields.append("tags")
    return fields


def _columns_apart(ours: Sequence[object], theirs: Sequence[object]) -> list[str]:
    """``_fields_apart`` for a file of ACLED's columns only, by those columns: what it cannot
    carry (drivers, the sources' links) is no difference. Its id and version are not what
    the event says."""
    return [name for name, a, b in zip(ACLED_COLUMNS, ours, theirs, strict=True)
            if a != b and name not in ("event_id_cnty", "timestamp")]  # fmt: skip


def _said_differs(fields: Sequence[str]) -> Problem:
    return problem("row", M_DIFFERS, "info", fields=", ".join(fields) or "nothing")


def _merge(stored: Incident, incoming: Incident) -> Incident:
    """ACLED's new version of an event, keeping what only Sahel Desk knows of it: its uuid,
    the analysts' drivers and responses, the gazetteer entry, the sources' dates and links."""
    place = incoming.place
    if not place.ref and (place.location, place.admin1) == (
        stored.place.location,
        stored.place.admin1,
    ):
        place = replace(place, ref=stored.place.ref)
    sources = incoming.sources
    if [s.name for s in sources] == [s.name for s in stored.sources]:
        sources = stored.sources
    # our range (a file of ACLED's columns has none), while the file's toll lies within it
    low, high = incoming.fatalities_low, incoming.fatalities_high
    toll = incoming.fatalities
    if (
        low is None
        and high is None
        and (
            toll is None or (stored.fatalities_low or 0) <= toll <= (stored.fatalities_high or toll)
        )
    ):
        low, high = stored.fatalities_low, stored.fatalities_high
    return incoming.with_changes(
        id=stored.id,
        uuid=stored.uuid,
        tags=stored.tags | incoming.tags,
        place=place,
        sources=sources,
        fatalities_low=low,
        fatalities_high=high,
        original_event_type=incoming.original_event_type or stored.original_event_type,
        updated_at=None,  # ACLED's version is its timestamp, not a time of ours
    )


def _without(problems: Iterable[Problem], template: str) -> list[Problem]:
    return [p for p in problems if p.template != template]


def _naive_utc(value: dt.datetime) -> dt.datetime:
    return _utc(value).replace(tzinfo=None)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _mark_duplicates(
    store: Store,
    planned: list[PlannedRow],
    fresh: list[tuple[int, Incident]],
    *,
    acled_only: bool = False,
) -> None:
    """New events the database probably holds already (same day within either precision,
    same place, same actors): ACLED's aggregation rule, as the editor's duplicate warning."""
    if not fresh:
        return
    first = min(i.date.first_day for _, i in fresh) - NEAR
    last = max(i.date.last_day for _, i in fresh) + NEAR
    existing = store.incidents.duplicate_keys(first, last)
    if not existing:
        return
    index: dict[str, list[DuplicateKey]] = {}
    for entry in existing:
        index.setdefault(entry.place_key, []).append(entry)
    found: dict[int, list[DuplicateKey]] = {}  # position -> the incidents it may be
    near: dict[int, list[DuplicateKey]] = {}  # position -> alike ones, on days close by
    for position, incident in fresh:
        place = fold_cached(incident.place.location)
        actors = frozenset(fold_cached(a) for a in (incident.actor1, incident.actor2) if a)
        alike = [e for e in index.get(place, ()) if e.actors == actors]
        day, last_day = incident.date.first_day, incident.date.last_day
        found[position] = [e for e in alike if e.first_day <= last_day and day <= e.last_day]
        # (an event with an id of ACLED's or UCDP's is matched by that id when it is ours)
        # both dated to the day: a week, a month or a year is no date corrected by days
        exact = incident.date.precision is DatePrecision.DAY
        if not found[position] and exact and incident.notes and not incident.external_id:
            near[position] = [e for e in alike if e.first_day == e.last_day
                              and abs(e.first_day - day) <= NEAR]  # fmt: skip
    _same_notes(store, planned, found, near)
    # one the file repeats column for column (our own ACLED CSV, read back): unchanged,
    # when the file has no other columns than ACLED's that might add to the incident
    ids = sorted({e.id for entries in found.values() for e in entries})
    stored = {i.id: i for i in store.incidents.get_many(ids)} if ids else {}
    rows = {k: acled_row(i) for k, i in stored.items()} if acled_only else {}
    # the incidents other rows of the file are: never what a duplicate updates
    claimed = {r.existing_id for r in planned if r.existing_id is not None}
    theirs: dict[int, tuple[object, ...]] = {}  # the rows' ACLED columns (a file of those)
    for position, entries in found.items() if acled_only else ():
        row = planned[position]
        if not entries or row.incident is None:
            continue
        theirs[position] = acled_row(row.incident)
        same = next((e for e in entries if rows.get(e.id) == theirs[position]), None)
        if same is not None:
            said = [problem("row", M_SAME, "info", id=same.id)]
            if same.deleted:  # left there, and said
                said.append(problem("row", M_IN_TRASH, "warning", id=same.id))
            planned[position] = PlannedRow(row.lines, UNCHANGED, None, (*row.problems, *said),
                                           same.id, read=row.incident)  # fmt: skip
            claimed.add(same.id)
    values = _VALUES_ROWS
    for position, entries in found.items():
        row = planned[position]
        incident = row.incident
        if not entries or row.action != NEW or incident is None:
            continue
        known = [e for e in entries if e.id in stored]
        # what differs, by ACLED's columns when the file has only those
        fields = {e.id: _columns_apart(rows[e.id], theirs[position]) if acled_only
                  else _fields_apart(stored[e.id], incident) for e in known}  # fmt: skip
        apart = {i: len(f) for i, f in fields.items()}
        free = sorted((e for e in known if e.id not in claimed), key=lambda e: apart[e.id])
        entry = free[0] if free else min(entries, key=lambda e: apart.get(e.id, 0))
        if entry.first_day <= incident.date.last_day and incident.date.first_day <= entry.last_day:
            template = M_DUPLICATE_TRASHED if entry.deleted else M_DUPLICATE
            why = [problem("row", template, "warning", id=entry.id)]
        else:  # its date corrected, perhaps: the same notes say which event it is
            why = [problem("row", M_DUPLICATE_NEAR, "warning", id=entry.id,
                           date=entry.first_day.isoformat())]  # fmt: skip
        if apart.get(entry.id):  # what taking it as another incident would add
            why.append(_said_differs(fields[entry.id]))
        as_update = None
        if entry.id not in stored:  # (gone since it was listed)
            pass
        elif not free:
            why.append(problem("row", M_NO_UPDATE_CLAIMED, "info", id=entry.id))
        elif entry.deleted:
            why.append(problem("row", M_NO_UPDATE_TRASHED, "info", id=entry.id))
        elif _other_event(stored[entry.id], row.incident):
            why.append(problem("row", M_NO_UPDATE_OTHER_ID, "info", id=entry.id,
                               theirs=row.incident.external_id,
                               ours=stored[entry.id].external_id))  # fmt: skip
        elif len(free) > 1 and apart[free[1].id] == apart[entry.id]:
            tie = [e.id for e in free if apart[e.id] == apart[entry.id]]
            why.append(problem("row", M_NO_UPDATE_TIE, "info",
                               ids=", ".join(map(str, tie))))  # fmt: skip
        else:
            ours = stored[entry.id]
            as_update = _merge(ours, row.incident)
            if (ours.fatalities_low, ours.fatalities_high) != (
                as_update.fatalities_low,
                as_update.fatalities_high,
            ):  # the file's toll is outside it: never dropped without a word
                why.append(problem("fatalities", M_RANGE_DROPPED, "info", id=entry.id,
                                   low=ours.fatalities_low, high=ours.fatalities_high))  # fmt: skip
        if entry.id in stored and values > 0:  # its values beside ours: which copy is which
            values -= 1
            # last: the reasons column shows the first of what a row says
            why += merge.values(stored[entry.id], as_update or _merge(stored[entry.id], incident))
        seen = stored[entry.id].updated_at if as_update is not None else None
        planned[position] = replace(row, action=DUPLICATE, problems=(*row.problems, *why),
                                    existing_id=entry.id, as_update=as_update,
                                    seen=seen)  # fmt: skip


def _same_notes(
    store: Store,
    planned: list[PlannedRow],
    found: dict[int, list[DuplicateKey]],
    near: dict[int, list[DuplicateKey]],
) -> None:
    """Into ``found``: the incident of the same place and actors, a few days apart, whose
    notes are the row's (``_words``), or the row's with words added or taken away at either
    end: a colleague who corrected an event's date in our CSV, which has no uuid, sends its
    notes back, perhaps with " [date corrected]". Equal notes before longer ones, then the
    closest day. Notes that merely look alike (ACLED's of two events of a place, which
    differ in a date and a toll) never match: a new event is never held back for them."""
    ids = sorted({e.id for entries in near.values() for e in entries})
    if not ids:
        return
    notes = {i: _words(text) for i, text in store.incidents.notes_of(ids).items() if text}
    for position, entries in near.items():
        incident = planned[position].incident
        assert incident is not None
        theirs = _words(incident.notes)
        day = incident.date.first_day
        ranked = sorted(
            (notes[e.id] != theirs, abs((e.first_day - day).days), k)
            for k, e in enumerate(entries)
            if e.id in notes and _same_words(notes[e.id], theirs)
        )
        if ranked:  # the best, and any as good (a tie: it then updates neither)
            best = ranked[0][:2]
            found[position] = [entries[k] for *rank, k in ranked if tuple(rank) == best]


def _same_words(ours: str, theirs: str) -> bool:
    """Notes (``_words``) that tell one event: long enough to (a placeholder such as "-", a
    "Clash." that any clash's notes hold, tell nothing), and equal, or one the other with
    whole words added at an end, four fifths of it at least."""
    short, long = sorted((ours, theirs), key=len)
    if len(short) < NOTES_MIN or len(short.split()) < 5:
        return False
    if short == long:
        return True
    if len(short) < ALIKE * len(long):
        return False
    if long.startswith(short):  # words added after: "killed 1" is no "killed 1.5"
        return long[len(short)] == " "
    if long.endswith(short):
        return long[-len(short) - 1] == " "
    return False


def _words(notes: str) -> str:
    """Notes compared as words: case and spacing aside, punctuation kept (a toll's "5" is
    not "5%")."""
    return " ".join(unicodedata.normalize("NFC", notes).casefold().split())


def _other_event(stored: Incident, incoming: Incident) -> bool:
    """Two ids of ACLED (or UCDP): two events, however alike their day, place and actors."""
    return bool(stored.external_id and incoming.external_id) and (
        stored.external_id != incoming.external_id
    )


@gc_paused
def apply_import(
    store: Store,
    plan: ImportPlan,
    *,
    duplicates: bool = False,
    older: bool = False,
    picked: Collection[int] = (),
    update: Collection[int] = (),
    keep: Mapping[int, Incident] | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportBatch:
    """Write the plan in one transaction, recorded as one batch that can be undone.
    ``duplicates``, ``older``, ``picked``, ``update`` and ``keep`` as in
    ``ImportPlan.to_write``.

    Raises ValidationError, writing nothing, when two rows taken would update one incident.
    """
    choices = {"duplicates": duplicates, "older": older, "picked": picked, "update": update,
               "keep": keep}  # fmt: skip
    clashes = plan.clashes(**choices)
    if clashes:
        raise ValidationError(clashes)
    new, updates = plan.to_write(**choices)
    updating = plan.updating(**choices)
    seen = {plan.rows[p].existing_id: plan.rows[p].seen for p in updating}
    kept = {}  # by uuid: the file's values of the fields chosen to stay as they are here
    for position, mine in (keep or {}).items():
        theirs = plan.over(position)
        if position in updating and theirs is not None:
            ours, file = merge.both(mine, theirs)
            kept[mine.uuid] = {name: file[name] for name in file if ours[name] != file[name]}
    taken = plan.taken(**choices)
    left = Counter(r.action for p, r in enumerate(plan.rows) if r.action in HELD and p not in taken)
    counts = plan.counts
    return store.imports.apply(
        plan.path.name,
        new,
        updates,
        counts={
            "unchanged": counts[UNCHANGED] + left[STALE] + left[CONFLICT],
            "duplicates": left[DUPLICATE],
            "rejected": counts[REJECTED],
        },
        file_sha256=plan.sha256,
        progress=progress,
        tags=_review_tags([*new, *updates]),
        seen=seen,  # type: ignore[arg-type]
        kept=kept,
    )


def _review_tags(incidents: list[Incident]) -> list[Tag]:
    """The review tags these incidents carry, created with the import if missing."""
    wanted = {code for i in incidents for code in i.tags if code.startswith("usr.review_")}
    return [
        Tag(code, TagKind.USER, en, fr)
        for code, en, fr in sorted(set(REVIEW_TAGS.values()))
        if code in wanted
    ]
