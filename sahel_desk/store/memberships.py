"""store.memberships: the trend charts, counted from columns held in memory.

A chart by tag is a GROUP BY over the links of incidents and tags. SQLite joins 140,000 links
to 100,000 incidents in about 150 ms, and the chart needs that join three more times: for the
band of incidents known only to the month, for "Other", and for the incidents in no series,
each counted once. Actors (1, 2 and associated) are the same shape of problem; the splits by
event type and region, and no split, are counted the same way. Here the
incidents' days, fatalities, types, regions, actors and tags are read once per database
generation (``meta.generation``: a token each write transaction that changes a row
replaces), and a filter change costs one ``SELECT id`` and a few numpy passes: every chart, split
or not, in 20 to 80 ms at 100,000 incidents.

``store.reports.trend`` keeps the same counts in SQL: the tests hold the two to each other.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace

import numpy as np
from sqlalchemy import Connection, and_, func, select, true

from sahel_desk.domain.incident import DatePrecision
from sahel_desk.domain.periods import Split, Unit
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.domain.taxonomy import EVENT_TYPES
from sahel_desk.store import tables as s
from sahel_desk.store.filters import conditions
from sahel_desk.store.meta import generation
from sahel_desk.store.reports import TrendCell

_EPOCH = dt.date(1970, 1, 1).toordinal()
_JDN = 1721425  # a day's Julian day number less its ordinal; JDN // 7 names its week
_DENSE_CELLS = 4_000_000  # bins x series counted in place (32 MB of sums at most)


@dataclass(frozen=True)
class _Columns:
    """Every incident (trash included) in id order, its actors and its tags, of one
    generation: about 60 bytes an incident (60 MB at 1,000,000)."""

    generation: str
    ids: np.ndarray  # int64, ascending
    day: np.ndarray  # int32 ordinal of the recorded day
    month_only: np.ndarray  # bool: known only to the month
    fatalities: np.ndarray  # int64, an unknown figure as 0 (sums count known figures)
    deleted: np.ndarray  # bool
    unknown: np.ndarray  # bool: no known fatality figure
    link_pos: np.ndarray  # int32 position in ``ids`` of each tag link's incident
    link_tag: np.ndarray  # int32 tag id
    actor_pos: np.ndarray  # (position in ``ids``, actor id): each actor of each incident once
    actor_id: np.ndarray
    event_types: tuple[str, ...]
    event_type: np.ndarray  # index into ``event_types``
    regions: tuple[str, ...]
    admin1: np.ndarray  # index into ``regions``


# Each incident's, as integers whatever another tool stored ("2.5", ""): no value may be NULL
# (group_concat skips NULLs) or other than a whole number (numpy would stop reading).
_NUMBERS = (
    "id",
    f"coalesce(CAST(julianday(event_date) + 0.5 AS INTEGER) - {_JDN}, 1)",
    "coalesce(CAST(fatalities AS INTEGER), 0)",
    f"(coalesce(date_precision, 1) = {int(DatePrecision.MONTH)}) * 2 + (coalesce(deleted, 0) != 0)"
    " + (fatalities IS NULL) * 4",
    "coalesce(CAST(actor1_id AS INTEGER), 0)",
    "coalesce(CAST(actor2_id AS INTEGER), CAST(actor1_id AS INTEGER), 0)",
)
_MAX_CASES = 256  # names turned into numbers by SQL; a longer list is read as text


Opener = Callable[[], AbstractContextManager[Connection]]


def _read(conn: Connection, gen: str, other: Opener | None = None) -> _Columns:
    # The driver's own cursor, in the transaction the generation was read in. Each column
    # comes as one text of numbers (group_concat), which numpy reads at C speed: a row per
    # incident through Python cost 250 ms at 100,000, this costs 120. Half the columns are
    # read on ``other`` connection at once, in a thread: SQLite's work releases Python's
    # lock, and two cores read 1,000,000 incidents in 0.9 s where one took 1.35.
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        # names numbered by SQL: the taxonomy's event types and the gazetteer's regions, which
        # spare a DISTINCT scan (0.4 s at 1,000,000); a name outside them is looked for
        guesses = {"event_type": ("", *EVENT_TYPES), "admin1": _regions(cursor)}
        cases = tuple(_case(column, names) for column, names in guesses.items())
        params = [name for names in guesses.values() for name in names]
        halves: list[list[np.ndarray] | None] = [None]
        thread = None
        if other is not None:
            thread = threading.Thread(
                target=_read_elsewhere, args=(other, gen, cases, params, halves), daemon=True
            )
            thread.start()
        ids, day, fatal, flags, actor1, actor2 = _concatenated(cursor, _NUMBERS, "incidents")
        assoc_incident, assoc_actor = _concatenated(
            cursor, ("incident_id", "actor_id"), "incident_actors"
        )
        if thread is not None:
            thread.join()
        order = np.argsort(ids, kind="stable")  # the scan's order: the covering index's
        ids, day, fatal, flags, actor1, actor2 = (
            a[order] for a in (ids, day, fatal, flags, actor1, actor2)
        )
        half = halves[0]
        if half is not None:  # in its own scan's order: matched by id
            other_ids, *codes, link_incident, link_tag = half
            other_order = np.argsort(other_ids, kind="stable")
            if not np.array_equal(other_ids[other_order], ids):
                half = None  # another snapshot after all: read here
            else:
                codes = [code[other_order] for code in codes]
        if half is None:
            _, *codes, link_incident, link_tag = _second_half(cursor, cases, params)
            codes = [code[order] for code in codes]
        names: dict[str, tuple[str, ...]] = {}
        coded: dict[str, np.ndarray] = {}
        for (column, guess), code in zip(guesses.items(), codes, strict=True):
            if (code == len(guess)).any():  # a name not guessed: the column's own names
                guess, code = _numbered(cursor, column)
            names[column], coded[column] = guess, code.astype(np.int32)
    finally:
        cursor.close()
    actor_pos, actor_id = _actors(ids, actor1, actor2, assoc_incident, assoc_actor)
    link_pos, linked = _positions(ids, link_incident)
    return _Columns(
        gen,
        ids,
        day.astype(np.int32),
        (flags & 2).astype(bool),
        fatal,  # int64: validation sets no upper bound
        (flags & 1).astype(bool),
        (flags & 4).astype(bool),
        link_pos[linked].astype(np.int32),
        link_tag[linked].astype(np.int32),
        actor_pos.astype(np.int32),
        actor_id.astype(np.int32),
        names["event_type"],
        coded["event_type"],
        names["admin1"],
        coded["admin1"],
    )


def _second_half(
    cursor: sqlite3.Cursor, cases: Sequence[str], params: Sequence[object]
) -> list[np.ndarray]:
    """ids and the names' numbers (in the scan's order), then the tag links."""
    return [
        *_concatenated(cursor, ("id", *cases), "incidents", params),
        *_concatenated(cursor, ("incident_id", "tag_id"), "incident_tags"),
    ]


def _read_elsewhere(
    other: Opener,
    gen: str,
    cases: Sequence[str],
    params: Sequence[object],
    into: list[list[np.ndarray] | None],
) -> None:
    """``_second_half`` on another connection, when it sees generation ``gen`` too; else (or
    on any failure) nothing, and the caller reads it itself."""
    try:
        with other() as conn:
            if generation(conn) != gen:
                return
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                into[0] = _second_half(cursor, cases, params)
            finally:
                cursor.close()
    except Exception:  # read again on the caller's connection, which reports it
        into[0] = None


def _actors(
    ids: np.ndarray,
    actor1: np.ndarray,
    actor2: np.ndarray,
    assoc_incident: np.ndarray,
    assoc_actor: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Every actor each incident involves (1, 2 or associated), each once, as (position in
    ``ids``, actor id): actor 2 when it is not actor 1, an associated actor when it is
    neither (nor named on both sides)."""
    positions = np.arange(len(ids), dtype=np.int64)
    assoc_pos, known = _positions(ids, assoc_incident)
    assoc_pos, assoc_actor = assoc_pos[known], assoc_actor[known]
    other = (assoc_actor != actor1[assoc_pos]) & (assoc_actor != actor2[assoc_pos])
    width = int(max(actor1.max(initial=0), actor2.max(initial=0), assoc_actor.max(initial=0))) + 1
    assoc_pairs = _sorted_once(assoc_pos[other] * width + assoc_actor[other])
    second = actor2 != actor1
    actor_pos = np.concatenate([positions, positions[second], assoc_pairs // width])
    actor_id = np.concatenate([actor1, actor2[second], assoc_pairs % width])
    return actor_pos, actor_id


def _patched(old: _Columns, conn: Connection, gen: str, touched: str) -> _Columns:
    """``old`` with the incidents ``touched`` ("1,5,9") read again: after a write of this
    program, the columns in tens of milliseconds where reading them whole takes 1.5 s at
    1,000,000 incidents. A touched incident that is gone is left out."""
    if not touched:
        return replace(old, generation=gen)
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    wanted = ("(SELECT value FROM json_each(?))", ("[" + touched + "]",))
    try:
        rows = cursor.execute(
            f"SELECT {', '.join(_NUMBERS)}, coalesce(event_type, ''), coalesce(admin1, '') "
            f"FROM incidents WHERE id IN {wanted[0]} ORDER BY id",
            wanted[1],
        ).fetchall()
        links = cursor.execute(
            f"SELECT incident_id, tag_id FROM incident_tags WHERE incident_id IN {wanted[0]}",
            wanted[1],
        ).fetchall()
        assoc = cursor.execute(
            f"SELECT incident_id, actor_id FROM incident_actors WHERE incident_id IN {wanted[0]}",
            wanted[1],
        ).fetchall()
    finally:
        cursor.close()
    numbers = np.array([row[:6] for row in rows], dtype=np.int64).reshape(-1, 6)
    ids, day, fatal, flags, actor1, actor2 = numbers.T
    # the old incidents kept, then the ones read, in one id order
    gone, there = _positions(old.ids, np.unique(_numbers(touched)))
    keep = np.ones(len(old.ids), dtype=bool)
    keep[gone[there]] = False
    merged = np.concatenate([old.ids[keep], ids])
    order = np.argsort(merged, kind="stable")
    where = np.empty(len(merged), dtype=np.int64)  # a kept or read incident's new position
    where[order] = np.arange(len(merged))
    moved = np.full(len(old.ids), -1, dtype=np.int64)
    moved[keep] = where[: int(keep.sum())]
    new = where[int(keep.sum()) :]

    def joined(before: np.ndarray, after: np.ndarray) -> np.ndarray:
        return np.concatenate([before[keep], after.astype(before.dtype)])[order]

    def coded(names: tuple[str, ...], codes: np.ndarray, values: list[str]):
        index = {name: k for k, name in enumerate(names)}
        more = np.array([index.setdefault(v, len(index)) for v in values], dtype=np.int32)
        return tuple(index), joined(codes, more)

    event_types, event_type = coded(old.event_types, old.event_type, [r[6] for r in rows])
    regions, admin1 = coded(old.regions, old.admin1, [r[7] for r in rows])
    link_incident, link_tag = np.array(links, dtype=np.int64).reshape(-1, 2).T
    link_pos, linked = _positions(ids, link_incident)
    old_link = keep[old.link_pos]
    assoc_incident, assoc_actor = np.array(assoc, dtype=np.int64).reshape(-1, 2).T
    actor_pos, actor_id = _actors(ids, actor1, actor2, assoc_incident, assoc_actor)
    old_actor = keep[old.actor_pos]
    return _Columns(
        gen,
        merged[order],
        joined(old.day, day),
        joined(old.month_only, (flags & 2).astype(bool)),
        joined(old.fatalities, fatal),
        joined(old.deleted, (flags & 1).astype(bool)),
        joined(old.unknown, (flags & 4).astype(bool)),
        np.concatenate([moved[old.link_pos[old_link]], new[link_pos[linked]]]).astype(np.int32),
        np.concatenate([old.link_tag[old_link], link_tag[linked]]).astype(np.int32),
        np.concatenate([moved[old.actor_pos[old_actor]], new[actor_pos]]).astype(np.int32),
        np.concatenate([old.actor_id[old_actor], actor_id]).astype(np.int32),
        event_types,
        event_type,
        regions,
        admin1,
    )


def _sorted_once(values: np.ndarray) -> np.ndarray:
    """``values`` sorted, each once (numpy's hashing unique took 1.2 s on 3,000,000)."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if len(values) else values


def _numbers(text: str | None) -> np.ndarray:
    """A group_concat of integers (None when there were no rows) as an array."""
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, dtype=np.int64)


def _regions(cursor: sqlite3.Cursor) -> tuple[str, ...]:
    found = cursor.execute("SELECT name FROM places WHERE kind = 'admin1' ORDER BY name")
    return ("", *(name for (name,) in found))


def _numbered(cursor: sqlite3.Cursor, column: str) -> tuple[tuple[str, ...], np.ndarray]:
    """``column``'s distinct names, and each incident's (in the order of the ids)."""
    query = f"SELECT DISTINCT coalesce({column}, '') FROM incidents"
    names = tuple(name for (name,) in cursor.execute(query))
    if len(names) > _MAX_CASES:  # a long list (a messy import): numbered here
        rows = cursor.execute(f"SELECT {column} FROM incidents ORDER BY id")
        return _factorized(value for (value,) in rows)
    ids, codes = _concatenated(cursor, ("id", _case(column, names)), "incidents", names)
    return names, codes[np.argsort(ids, kind="stable")]


def _case(column: str, names: tuple[str, ...]) -> str:
    """SQL giving each name of ``column`` its index in ``names`` (bound in that order)."""
    whens = " ".join(f"WHEN ? THEN {k}" for k in range(len(names)))
    return f"CASE coalesce({column}, '') {whens} ELSE {len(names)} END"


def _concatenated(
    cursor: sqlite3.Cursor, columns: Sequence[str], table: str, params: Sequence[object] = ()
) -> list[np.ndarray]:
    """Integer columns of every row of ``table``, in one scan, in the scan's order."""
    sql = f"SELECT {', '.join(f'group_concat({c})' for c in columns)} FROM {table}"
    texts = cursor.execute(sql, params).fetchone()
    found = [_numbers(text) for text in texts]
    if len({len(a) for a in found}) > 1:
        raise ValueError(f"{table}: a NULL among {', '.join(columns)}")
    return found


def _positions(ids: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``wanted`` is in ``ids`` (ascending), and which are there at all: a link
    to an incident that is gone (written with foreign keys off) belongs to no incident."""
    if not len(ids):
        return np.zeros(len(wanted), dtype=np.int64), np.zeros(len(wanted), dtype=bool)
    found = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
    return found, ids[found] == wanted


def _factorized(values: Iterable[str | None]) -> tuple[tuple[str, ...], np.ndarray]:
    """The distinct values (None as "") and each value's index among them."""
    index: dict[str, int] = {}
    codes = np.fromiter((index.setdefault(v or "", len(index)) for v in values), np.int32)
    return tuple(index), codes


class ColumnCache:
    """The columns of the latest generation read; shared by the chart worker threads. One
    reads them at a time: the chart and the change report asking together read them once."""

    def __init__(
        self,
        touched_since: Callable[[str, str], str | None] = lambda *_: None,
        other: Opener | None = None,
    ):
        self._lock = threading.Lock()
        self._columns: _Columns | None = None
        self._touched_since = touched_since  # (seen, generation) -> ids this program wrote
        self._other = other  # a second connection, to read in two threads

    def get(self, conn: Connection) -> _Columns:
        gen = generation(conn)  # first: columns read after it may be newer, never older
        seen = self._columns
        with self._lock:
            found = self._columns
            if found is not None and found.generation == gen:
                return found
            touched = None if found is None else self._touched_since(found.generation, gen)
            if found is not None and touched is not None:
                columns = _patched(found, conn, gen, touched)
            else:
                columns = _read(conn, gen, self._other)
            # replaced while this one waited: most likely by a newer snapshot, which this
            # older reader's columns must not push out (the next chart would read again)
            if found is seen:
                self._columns = columns
            return columns


@dataclass(frozen=True)
class Memberships:
    """The incidents a query matches and the series (event types, regions, actors, tags or
    groups of tags) each belongs to."""

    keys: tuple[str, ...]  # series keys: names, tag codes, or group codes
    day: np.ndarray  # per incident matched
    month_only: np.ndarray
    fatalities: np.ndarray
    unknown: np.ndarray  # no known fatality figure
    link_incident: np.ndarray  # (incident, key) pairs, each once: index into ``day``
    link_key: np.ndarray  # index into ``keys``
    # each unit's bins, worked out once: a chart asks for its cells, the band and "Other"
    _bins: dict[Unit, _Bins] = field(default_factory=dict, compare=False, repr=False)

    @property
    def total(self) -> int:
        """Incidents the query matches, in a series or not."""
        return len(self.day)

    @property
    def unknown_fatalities(self) -> int:
        """Incidents the query matches whose fatalities are not known (they add nothing)."""
        return int(np.count_nonzero(self.unknown))

    def cells(self, unit: Unit) -> list[TrendCell]:
        """Incidents and fatalities per bin and series (an incident once in each of its)."""
        return self._grouped(self.bins(unit), self.link_incident, self.link_key, len(self.keys))

    def distinct(self, unit: Unit, keys: frozenset[str]) -> list[TrendCell]:
        """Incidents and fatalities per bin of the incidents in any series of ``keys``, each
        counted once (key "")."""
        chosen = self._having(keys)
        return self._grouped(self.bins(unit), chosen, np.zeros(len(chosen), dtype=np.int64), 1)

    def bins(self, unit: Unit) -> _Bins:
        found = self._bins.get(unit)
        if found is None:
            found = self._bins[unit] = _Bins.of(self.day, self.month_only, unit)
        return found

    def count(self, keys: frozenset[str]) -> int:
        """Incidents in any series of ``keys``."""
        return len(self._having(keys))

    def _having(self, keys: frozenset[str]) -> np.ndarray:
        wanted = np.array([k in keys for k in self.keys], dtype=bool)
        has = np.zeros(len(self.day), dtype=bool)
        if len(wanted):
            has[self.link_incident[wanted[self.link_key]]] = True
        return np.flatnonzero(has)

    def _grouped(
        self, bins: _Bins, incident: np.ndarray, key: np.ndarray, width: int
    ) -> list[TrendCell]:
        """TrendCells of the (incident, key) pairs, summed per bin and key."""
        code = bins.index[incident] * width + key
        weights = self.fatalities[incident]
        size = len(bins.starts) * width
        if size <= _DENSE_CELLS:  # counted in place: no sort
            counts = np.bincount(code, minlength=size)
            found = np.flatnonzero(counts)
            counts = counts[found]
            fatal = np.bincount(code, weights=weights, minlength=size)[found]
        else:  # thousands of actors over many years: only the cells that occur
            found, inverse = np.unique(code, return_inverse=True)
            counts = np.bincount(inverse)
            fatal = np.bincount(inverse, weights=weights)
        where, which = np.divmod(found, width)
        days = [dt.date.fromordinal(s) for s in bins.starts.tolist()]
        coarse = bins.imprecise.tolist()
        names = self.keys if width > 1 else ("",)
        return [
            TrendCell(days[b], names[k], coarse[b], n, int(f))
            for b, k, n, f in zip(
                where.tolist(), which.tolist(), counts.tolist(), fatal.tolist(), strict=True
            )
        ]


def memberships(
    conn: Connection, cache: ColumnCache, split: Split, query: IncidentQuery
) -> Memberships:
    """The incidents ``query`` matches and the series each belongs to, as
    ``store.reports.trend`` groups them: its event type or region, the actors it involves (1,
    2 or associated), its tags of ``split``'s kind, or their groups (the tag's parent, or the
    tag at the top); with no split, the one series ""."""
    columns = cache.get(conn)
    if split is Split.ACTOR:
        names = conn.execute(select(s.actors.c.id, s.actors.c.name)).tuples().all()
        keys = tuple(name for _, name in names)
        key_of = np.full(max((i for i, _ in names), default=0) + 2, -1, dtype=np.int64)
        key_of[[i for i, _ in names]] = np.arange(len(names))
        positions, items = columns.actor_pos, columns.actor_id
    elif split.tag_kind is not None:
        keys, key_of = _keys(conn, split.tag_kind, grouped=split.tags is not split)
        positions, items = columns.link_pos, columns.link_tag
    else:  # one series per incident: its event type, its region, or the one of no split
        keys, items = {
            Split.EVENT_TYPE: (columns.event_types, columns.event_type),
            Split.ADMIN1: (columns.regions, columns.admin1),
        }.get(split, (("",), np.zeros(len(columns.ids), dtype=np.int64)))
        key_of = np.arange(len(keys) + 1, dtype=np.int64)
        positions = np.arange(len(columns.ids), dtype=np.int64)
    if query.is_empty:  # the list's sort aside: nothing filtered, the trash left out
        chosen = np.flatnonzero(~columns.deleted)
    else:
        # one text of ids, read at C speed: 200,000 rows through Python took 200 ms
        sql = select(func.group_concat(s.incidents.c.id))
        ids = np.sort(
            _numbers(conn.execute(sql.where(and_(true(), *conditions(conn, query)))).scalar())
        )
        chosen, there = _positions(columns.ids, ids)
        chosen = chosen[there]
    rank = np.full(len(columns.ids), -1, dtype=np.int64)
    rank[chosen] = np.arange(len(chosen))
    link_key = key_of[np.minimum(items, len(key_of) - 1)]
    incident = rank[positions]
    kept = (incident >= 0) & (link_key >= 0)
    incident, link_key = incident[kept], link_key[kept]
    if split.tags is not split:  # two tags of one group: the incident is in the group once
        pairs = _sorted_once(incident * max(len(keys), 1) + link_key)
        incident, link_key = np.divmod(pairs, max(len(keys), 1))
    return Memberships(
        keys,
        columns.day[chosen],
        columns.month_only[chosen],
        columns.fatalities[chosen],
        columns.unknown[chosen],
        incident,
        link_key,
    )


def _keys(conn: Connection, kind: str, *, grouped: bool) -> tuple[tuple[str, ...], np.ndarray]:
    """The series keys, and the key index of each tag id (-1: a tag of no series)."""
    tags = conn.execute(select(s.tags.c.id, s.tags.c.code, s.tags.c.kind, s.tags.c.parent_id))
    rows = tags.tuples().all()
    codes = {tag_id: code for tag_id, code, _, _ in rows}
    key_of_tag = np.full(max(codes, default=0) + 2, -1, dtype=np.int64)
    keys: dict[str, int] = {}
    for tag_id, code, tag_kind, parent in rows:
        if tag_kind != kind:
            continue
        key = codes.get(parent, code) if grouped and parent is not None else code
        key_of_tag[tag_id] = keys.setdefault(key, len(keys))
    return tuple(keys), key_of_tag


@dataclass(frozen=True)
class _Bins:
    """The bins of a unit over some incidents: each incident's bin, and each bin's start (an
    ordinal) and whether it is a band of incidents known only to the month (weekly bins);
    consecutive, so that a bin's number is arithmetic and counting needs no sort."""

    index: np.ndarray  # per incident
    starts: np.ndarray  # per bin
    imprecise: np.ndarray  # per bin, bool

    @classmethod
    def of(cls, day: np.ndarray, month_only: np.ndarray, unit: Unit) -> _Bins:
        months = (day - _EPOCH).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
        if unit is not Unit.WEEK:
            step = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.YEAR: 12}[unit]
            months -= months % step
            shifted, first, _ = _span(months)
            index = shifted // step
            count = int(index.max(initial=-1)) + 1
            starts = _month_starts(first + np.arange(count, dtype=np.int64) * step)
            return cls(index, starts, np.zeros(count, dtype=bool))
        # precise incidents in weeks (JDN // 7 names a Monday's week), then the month-only ones
        week = (day + _JDN) // 7
        weeks, first_week, n_weeks = _span(week[~month_only])
        months_only, first_month, n_months = _span(months[month_only])
        index = np.empty(len(day), dtype=np.int64)
        index[~month_only] = weeks
        index[month_only] = n_weeks + months_only
        starts = np.concatenate(
            [
                (first_week + np.arange(n_weeks, dtype=np.int64)) * 7 - _JDN,
                _month_starts(first_month + np.arange(n_months, dtype=np.int64)),
            ]
        )
        imprecise = np.concatenate([np.zeros(n_weeks, dtype=bool), np.ones(n_months, dtype=bool)])
        return cls(index, starts, imprecise)


def _span(values: np.ndarray) -> tuple[np.ndarray, int, int]:
    """``values`` less their least, the least, and how many values the range holds."""
    if not len(values):
        return values, 0, 0
    low, high = int(values.min()), int(values.max())
    return values - low, low, high - low + 1


def _month_starts(months: np.ndarray) -> np.ndarray:
    """The ordinal of the first day of each month (months since January 1970)."""
    return months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64) + _EPOCH
