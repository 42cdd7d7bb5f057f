"""IncidentQuery -> SQL. The table, charts, map and export all filter through here."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    text,
)

from sahel_desk.domain.incident import WEEK_HALF_SPAN, DatePrecision
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.domain.text import fold
from sahel_desk.store import tables as s

i = s.incidents
_A1 = s.actors.alias("sort_a1")
_A2 = s.actors.alias("sort_a2")
_WORD = re.compile(r"\w+", re.UNICODE)
SLACK_DAYS = 31  # no precision reaches further than this from the recorded day
_WEEK = f"{WEEK_HALF_SPAN} days"
_FIRST_DAY = case(
    (i.c.date_precision == int(DatePrecision.MONTH), func.date(i.c.event_date, "start of month")),
    (i.c.date_precision == int(DatePrecision.WEEK), func.date(i.c.event_date, f"-{_WEEK}")),
    else_=i.c.event_date,
)
_LAST_DAY = case(
    (
        i.c.date_precision == int(DatePrecision.MONTH),
        func.date(i.c.event_date, "start of month", "+1 month", "-1 day"),
    ),
    (i.c.date_precision == int(DatePrecision.WEEK), func.date(i.c.event_date, f"+{_WEEK}")),
    else_=i.c.event_date,
)


MAX_ALIAS_WORDS = 20  # the longest actor spelling shipped has 17 words
MAX_EXPANDED_WORDS = 60  # a pasted paragraph: its first words only are looked up as actors


def fts_match(
    text_query: str, spellings: Callable[[list[str]], dict[str, list[str]]] | None = None
) -> str | None:
    """A safe FTS5 query: every word must appear, as a word prefix. None when no words.

    ``spellings`` maps folded runs of the query's words to the other names of the actor or
    place they spell, so that "GSIM" also finds what is written "JNIM" or filed under ACLED's
    name, and "Timbuktu" what is filed under Tombouctou.
    """
    found = list(_WORD.finditer(text_query))
    if not found:
        return None
    looked_up = min(len(found), MAX_EXPANDED_WORDS)
    runs = {
        (first, last): fold(text_query[found[first].start() : found[last].end()])
        for first in range(looked_up)
        for last in range(first, min(first + MAX_ALIAS_WORDS, looked_up))
    }
    others = spellings(sorted(set(runs.values()))) if spellings else {}
    terms, at = [], 0
    while at < len(found):
        # the longest run of words from here that spells an actor
        last, names = at, None
        for end in range(at, min(at + MAX_ALIAS_WORDS, looked_up)):
            if runs[at, end] in others:
                last, names = end, others[runs[at, end]]
        words = " AND ".join(f'"{m.group()}"*' for m in found[at : last + 1])
        if names:
            phrases = dict.fromkeys(" ".join(_WORD.findall(n)) for n in names)
            spelled = " OR ".join('"' + p + '"' for p in phrases if p)
            words = f"(({words}) OR {spelled})"
        terms.append(words)
        at = last + 1
    return " AND ".join(terms)


MAX_PLACE_NAMES = 3  # "Timbuktu" is Tombouctou; a word that names many places adds few


def spellings(conn: Connection, keys: list[str]) -> dict[str, list[str]]:
    """Folded spelling -> the other names of the actor, or of the places, it spells.

    A word that is itself a place's name is not expanded ("Koro" is a cercle; obscure
    villages listing it as another name must not come in); the most populous places first.
    """
    found = {key: list(names) for key, names in actor_spellings(conn, keys).items()}
    if not keys:
        return found
    p, pk = s.places, s.place_keys
    rows = conn.execute(
        select(pk.c.key, p.c.name)
        .select_from(pk.join(p, p.c.ref == pk.c.ref))
        .where(pk.c.key.in_(keys), pk.c.exact.is_(True))
        .order_by(pk.c.key, p.c.population.desc().nulls_last(), p.c.name)
    ).tuples()
    by_key: dict[str, list[str]] = {}
    for key, name in rows:
        by_key.setdefault(key, []).append(name)
    for key, names in by_key.items():
        if any(fold(name) == key for name in names):
            continue  # a place's own name: searched as typed
        others = list(dict.fromkeys(names))[:MAX_PLACE_NAMES]
        found.setdefault(key, []).extend(n for n in others if n not in found.get(key, ()))
    return {key: names for key, names in found.items() if names}


def actor_spellings(conn: Connection, keys: list[str]) -> dict[str, list[str]]:
    """Folded spelling -> every name and alias of the actor it spells (registry name first)."""
    if not keys:
        return {}
    a, al = s.actors, s.actor_aliases
    hits = conn.execute(
        select(a.c.key, a.c.id)
        .where(a.c.key.in_(keys))
        .union_all(select(al.c.key, al.c.actor_id).where(al.c.key.in_(keys)))
    ).all()
    if not hits:
        return {}
    ids = {actor_id for _, actor_id in hits}
    names: dict[int, list[str]] = {}
    for actor_id, name in conn.execute(select(a.c.id, a.c.name).where(a.c.id.in_(ids))):
        names[actor_id] = [name]
    for actor_id, alias in conn.execute(
        select(al.c.actor_id, al.c.alias).where(al.c.actor_id.in_(ids)).order_by(al.c.id)
    ):
        names[actor_id].append(alias)
    return {key: names[actor_id] for key, actor_id in hits}


def descendants(conn: Connection, codes: frozenset[str]) -> list[int]:
    """Ids of the tags with these codes and of every tag below them."""
    if not codes:
        return []
    children: dict[int | None, list[int]] = {}
    wanted: list[int] = []
    for tag_id, code, parent in conn.execute(
        select(s.tags.c.id, s.tags.c.code, s.tags.c.parent_id)
    ):
        children.setdefault(parent, []).append(tag_id)
        if code in codes:
            wanted.append(tag_id)
    out, stack = set(), list(wanted)
    while stack:
        tag_id = stack.pop()
        if tag_id not in out:
            out.add(tag_id)
            stack.extend(children.get(tag_id, ()))
    return sorted(out)


def _tag_ids(conn: Connection, codes: frozenset[str]) -> list[int]:
    """Ids of exactly the tags with these codes (a chart's bar of one tag, not its children)."""
    return list(conn.execute(select(s.tags.c.id).where(s.tags.c.code.in_(sorted(codes)))).scalars())


def _involving(names: frozenset[str]) -> ColumnElement[bool]:
    """Incidents with any of these actors as actor 1, actor 2 or an associated actor."""
    actor_ids = select(s.actors.c.id).where(s.actors.c.name.in_(sorted(names)))
    return or_(
        i.c.actor1_id.in_(actor_ids),
        i.c.actor2_id.in_(actor_ids),
        i.c.id.in_(
            select(s.incident_actors.c.incident_id).where(
                s.incident_actors.c.actor_id.in_(actor_ids)
            )
        ),
    )


def conditions(
    conn: Connection, q: IncidentQuery, *, scan: bool = False
) -> list[ColumnElement[bool]]:
    """The WHERE terms of ``q``. ``scan``: the caller reads most of the table, so the trash
    test is written so that no index on ``deleted`` is chosen (``+deleted``, SQLite's way):
    one pass in rowid order beats a lookup per row (the map's points: 30 ms, not 225 ms)."""
    where: list[ColumnElement[bool]] = []
    deleted = literal_column("+incidents.deleted") if scan else i.c.deleted
    # "= 0", not SQLAlchemy's "IS false": SQLite reads IS FALSE as a truth test that no index
    # serves, so every sort became a full sort (location: 175 ms at 100,000 instead of 2).
    if q.deleted_only:
        where.append(deleted == 1)
    elif not q.include_deleted:
        where.append(deleted == 0)
    # A date range keeps every incident that may have happened in it: "April 2023" is in
    # "from 20 April"; the first comparison of each pair lets SQLite use the date index.
    if q.date_from:
        where.append(i.c.event_date >= q.date_from - dt.timedelta(days=SLACK_DAYS))
        where.append(q.date_from.isoformat() <= _LAST_DAY)
    if q.date_to:
        where.append(i.c.event_date <= q.date_to + dt.timedelta(days=SLACK_DAYS))
        where.append(q.date_to.isoformat() >= _FIRST_DAY)
    if q.recorded_from:
        where.append(i.c.event_date >= q.recorded_from)
    if q.recorded_to:
        where.append(i.c.event_date <= q.recorded_to)
    # One "where": in any of the countries, regions or cercles chosen (a tree of places).
    places = [
        column.in_(sorted(values))
        for column, values in (
            (i.c.country, q.countries),
            (i.c.admin1, q.admin1),
            (i.c.admin2, q.admin2),
        )
        if values
    ]
    if places:
        where.append(or_(*places) if len(places) > 1 else places[0])
    for column, groups in ((i.c.admin1, q.admin1_groups), (i.c.admin2, q.admin2_groups)):
        where.extend(column.in_(sorted(group)) for group in groups)
    for column, values in (
        (i.c.event_type, q.event_types),
        (i.c.sub_event_type, q.sub_event_types),
    ):
        if values:
            where.append(column.in_(sorted(values)))
    if q.date_precisions:
        where.append(i.c.date_precision.in_(sorted(int(p) for p in q.date_precisions)))
    if q.geo_precisions:
        where.append(i.c.geo_precision.in_(sorted(int(p) for p in q.geo_precisions)))
    for group in (q.actors, *q.actor_groups):
        if group:
            where.append(_involving(group))
    exact = [(group, False) for group in q.exact_tag_groups]
    for group, below in [(q.tags, True), *((g, True) for g in q.tag_groups), *exact]:
        if group:
            tag_ids = descendants(conn, group) if below else _tag_ids(conn, group)
            where.append(
                i.c.id.in_(
                    select(s.incident_tags.c.incident_id).where(
                        s.incident_tags.c.tag_id.in_(tag_ids)
                    )
                )
            )
    if q.fatalities_min is not None:
        where.append(i.c.fatalities >= q.fatalities_min)
    if q.fatalities_max is not None:
        where.append(i.c.fatalities <= q.fatalities_max)
    if q.unverified_only:
        where.append(i.c.place_ref.is_(None))
    match = fts_match(q.text, lambda keys: spellings(conn, keys))
    if match:
        where.append(
            i.c.id.in_(
                text(f"SELECT rowid FROM {s.FTS_TABLE} WHERE {s.FTS_TABLE} MATCH :m").bindparams(
                    m=match
                )
            )
        )
    elif q.text.strip():
        where.append(i.c.id.is_(None))  # only punctuation: nothing can match
    return where


def _sort_columns(q: IncidentQuery) -> tuple[list[Any], bool, bool]:
    order: list[Any] = []
    need_a1 = need_a2 = False
    columns = {
        "date": i.c.event_date,
        "location": i.c.location,
        "admin1": i.c.admin1,
        "admin2": i.c.admin2,
        "event_type": i.c.event_type,
        "sub_event_type": i.c.sub_event_type,
        "fatalities": i.c.fatalities,
        "updated_at": i.c.updated_at,
        "id": i.c.id,
        "actor1": _A1.c.name,
        "actor2": _A2.c.name,
    }
    for key, descending in q.sort:
        need_a1 |= key == "actor1"
        need_a2 |= key == "actor2"
        column = columns[key]
        order.append(column.desc() if descending else column.asc())
    if not any(key == "id" for key, _ in q.sort):
        # A stable order for paging, in the direction of the sort: an index on the sort
        # column then holds the whole order (its entries end in the rowid), so no sort runs.
        descending = q.sort[-1][1] if q.sort else True
        order.append(i.c.id.desc() if descending else i.c.id.asc())
    return order, need_a1, need_a2


def id_select(conn: Connection, q: IncidentQuery) -> Select[Any]:
    """SELECT incidents.id matching ``q``, in its sort order."""
    order, need_a1, need_a2 = _sort_columns(q)
    query = select(i.c.id)
    if need_a1:
        query = query.join(_A1, _A1.c.id == i.c.actor1_id)
    if need_a2:
        query = query.outerjoin(_A2, _A2.c.id == i.c.actor2_id)
    where = conditions(conn, q)
    if where:
        query = query.where(and_(*where))
    return query.order_by(*order)


def count_select(conn: Connection, q: IncidentQuery) -> Select[Any]:

    query = select(func.count()).select_from(i)
    where = conditions(conn, q)
    return query.where(and_(*where)) if where else query


def listed(values: Iterable[Any]) -> Any:
    """``values`` as a subquery for ``column.in_(…)``: one JSON parameter, read by json_each,
    however many there are (SQLite caps a statement's parameters; an import asks about
    100,000 incidents at once)."""
    given = json.dumps(list(dict.fromkeys(values)))
    return select(func.json_each(given).table_valued("value").c.value).scalar_subquery()
