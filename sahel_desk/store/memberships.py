"""store.memberships: charts by actor, driver or response, counted from columns in memory.

A chart by tag is a GROUP BY over the links of incidents and tags. SQLite joins 140,000 links
to 100,000 incidents in about 150 ms, and the chart needs that join three more times: for the
band of incidents known only to the month, for "Other", and for the incidents in no series,
each counted once. Actors (1, 2 and associated) are the same shape of problem. Here the
incidents' days and fatalities, their actors and their tags are read once per database
generation (``meta.generation``: a counter each write transaction that changes a row moves
on), and a filter change costs one ``SELECT id`` and a few numpy passes.

``store.reports.trend`` keeps the same counts in SQL: the tests hold the two to each other.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection, and_, select, true

from sahel_desk.domain.incident import DatePrecision
from sahel_desk.domain.periods import Split, Unit
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.store import tables as s
from sahel_desk.store.filters import conditions
from sahel_desk.store.meta import generation
from sahel_desk.store.reports import TrendCell

_EPOCH = dt.date(1970, 1, 1).toordinal()
_JDN = 1721425  # a day's Julian day number less its ordinal; JDN // 7 names its week
_NO_QUERY = IncidentQuery()


@dataclass(frozen=True)
class _Columns:
    """Every incident (trash included) in id order, and every tag link, of one generation."""

    generation: str
    ids: np.ndarray  # int64, ascending
    day: np.ndarray  # int64 ordinal of the recorded day
    month_only: np.ndarray  # bool: known only to the month
    fatalities: np.ndarray  # int64, an unknown figure as 0 (sums count known figures)
    deleted: np.ndarray  # bool
    link_pos: np.ndarray  # int64 position in ``ids`` of each link's incident
    link_tag: np.ndarray  # int64 tag id
    actor_pos: np.ndarray  # (position in ``ids``, actor id): each actor of each incident once
    actor_id: np.ndarray


def _read(conn: Connection, gen: str) -> _Columns:
    table = _ints(
        conn,
        f"SELECT id, CAST(julianday(event_date) + 0.5 AS INTEGER) - {_JDN}, "
        f"date_precision = {int(DatePrecision.MONTH)}, coalesce(fatalities, 0), deleted, "
        "actor1_id, coalesce(actor2_id, actor1_id) FROM incidents ORDER BY id",
        7,
    )
    links = _ints(conn, "SELECT incident_id, tag_id FROM incident_tags", 2)
    associated = _ints(conn, "SELECT incident_id, actor_id FROM incident_actors", 2)
    ids = table[:, 0].copy()
    # every actor an incident involves (1, 2 or associated), each once
    positions = np.arange(len(ids), dtype=np.int64)
    actor_pos = np.concatenate([positions, positions, np.searchsorted(ids, associated[:, 0])])
    actor_id = np.concatenate([table[:, 5], table[:, 6], associated[:, 1]])
    width = int(actor_id.max(initial=0)) + 1
    pairs = np.unique(actor_pos * width + actor_id)
    return _Columns(
        gen,
        ids,
        table[:, 1].copy(),
        table[:, 2].astype(bool),
        table[:, 3].copy(),
        table[:, 4].astype(bool),
        np.searchsorted(ids, links[:, 0]),
        links[:, 1].copy(),
        pairs // width,
        pairs % width,
    )


def _ints(conn: Connection, sql: str, width: int) -> np.ndarray:
    # flattened: numpy reads a sequence of result rows thirty times slower than plain ints
    found = conn.exec_driver_sql(sql)
    return np.fromiter(itertools.chain.from_iterable(found), np.int64).reshape(-1, width)


class ColumnCache:
    """The columns of the latest generation read; shared by the chart worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._columns: _Columns | None = None

    def get(self, conn: Connection) -> _Columns:
        gen = generation(conn)  # first: columns read after it may be newer, never older
        with self._lock:
            found = self._columns
        if found is None or found.generation != gen:
            found = _read(conn, gen)
            with self._lock:
                self._columns = found
        return found


@dataclass(frozen=True)
class Memberships:
    """The incidents a query matches and the series (actors, tags or groups of tags) each
    belongs to."""

    keys: tuple[str, ...]  # series keys: tag codes, or group codes
    day: np.ndarray  # per incident matched
    month_only: np.ndarray
    fatalities: np.ndarray
    link_incident: np.ndarray  # (incident, key) pairs, each once: index into ``day``
    link_key: np.ndarray  # index into ``keys``

    @property
    def total(self) -> int:
        """Incidents the query matches, in a series or not."""
        return len(self.day)

    def cells(self, unit: Unit) -> list[TrendCell]:
        """Incidents and fatalities per bin and series (an incident once in each of its)."""
        start, imprecise = _bins(self.day, self.month_only, unit)
        incident = self.link_incident
        code = (start[incident] * 2 + imprecise[incident]) * len(self.keys) + self.link_key
        return self._grouped(code, incident, len(self.keys))

    def distinct(self, unit: Unit, keys: frozenset[str]) -> list[TrendCell]:
        """Incidents and fatalities per bin of the incidents in any series of ``keys``, each
        counted once (key "")."""
        chosen = self._having(keys)
        start, imprecise = _bins(self.day[chosen], self.month_only[chosen], unit)
        return self._grouped(start * 2 + imprecise, chosen, 1)

    def count(self, keys: frozenset[str]) -> int:
        """Incidents in any series of ``keys``."""
        return len(self._having(keys))

    def _having(self, keys: frozenset[str]) -> np.ndarray:
        wanted = np.array([k in keys for k in self.keys], dtype=bool)
        has = np.zeros(len(self.day), dtype=bool)
        if len(wanted):
            has[self.link_incident[wanted[self.link_key]]] = True
        return np.flatnonzero(has)

    def _grouped(self, code: np.ndarray, incident: np.ndarray, width: int) -> list[TrendCell]:
        if not len(code):
            return []
        found, inverse = np.unique(code, return_inverse=True)
        counts = np.bincount(inverse)
        fatal = np.bincount(inverse, weights=self.fatalities[incident])
        cells = []
        for value, n, f in zip(found.tolist(), counts.tolist(), fatal.tolist(), strict=True):
            bin_code, key = divmod(value, width)
            start, imprecise = divmod(bin_code, 2)
            day = dt.date.fromordinal(start)
            cells.append(
                TrendCell(day, self.keys[key] if width > 1 else "", bool(imprecise), n, int(f))
            )
        return cells


def memberships(
    conn: Connection, cache: ColumnCache, split: Split, query: IncidentQuery
) -> Memberships:
    """The incidents ``query`` matches and the series each belongs to, as
    ``store.reports.trend`` groups them: the actors it involves (1, 2 or associated), its
    tags of ``split``'s kind, or their groups (the tag's parent, or the tag at the top)."""
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
    else:
        raise ValueError(f"{split} is not a split by actor or tag")
    if query == _NO_QUERY:
        chosen = np.flatnonzero(~columns.deleted)
    else:
        sql = select(s.incidents.c.id).where(and_(true(), *conditions(conn, query)))
        ids = np.fromiter(conn.execute(sql).scalars(), dtype=np.int64)
        chosen = np.searchsorted(columns.ids, np.sort(ids))
        chosen = chosen[chosen < len(columns.ids)]
    rank = np.full(len(columns.ids), -1, dtype=np.int64)
    rank[chosen] = np.arange(len(chosen))
    link_key = key_of[np.minimum(items, len(key_of) - 1)]
    incident = rank[positions]
    kept = (incident >= 0) & (link_key >= 0)
    incident, link_key = incident[kept], link_key[kept]
    if split.tags is not split:  # two tags of one group: the incident is in the group once
        pairs = np.unique(incident * max(len(keys), 1) + link_key)
        incident, link_key = np.divmod(pairs, max(len(keys), 1))
    return Memberships(
        keys,
        columns.day[chosen],
        columns.month_only[chosen],
        columns.fatalities[chosen],
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


def _bins(day: np.ndarray, month_only: np.ndarray, unit: Unit) -> tuple[np.ndarray, np.ndarray]:
    """Each incident's bin start (an ordinal) and whether it is imprecise in this unit (known
    to the month, in weekly bins, where it is kept at its month's first day)."""
    months = (day - _EPOCH).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    if unit is Unit.QUARTER:
        months -= months % 3
    elif unit is Unit.YEAR:
        months -= months % 12
    month_start = months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64) + _EPOCH
    if unit is not Unit.WEEK:
        return month_start, np.zeros(len(day), dtype=np.int64)
    week = (day + _JDN) // 7 * 7 - _JDN
    return np.where(month_only, month_start, week), month_only.astype(np.int64)
