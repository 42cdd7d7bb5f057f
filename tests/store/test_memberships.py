"""Charts by tag counted from cached columns (store.memberships): the same counts as the
incidents say, and never a count of data that has changed since."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import pytest
from store.test_trend_reports import expected, expected_start, keys_of

from sahel_desk.domain.incident import DatePrecision
from sahel_desk.domain.periods import Split, Unit
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.jobs import trends as job
from sahel_desk.store import Store
from sahel_desk.store.meta import generation
from sahel_desk.synthetic.incidents import Generator

TAG_SPLITS = [Split.DRIVER, Split.RESPONSE, Split.DRIVER_GROUP, Split.RESPONSE_GROUP]
QUERIES = [
    IncidentQuery(),
    IncidentQuery(fatalities_max=5),
    IncidentQuery(admin1=frozenset({"Mopti", "Gao"}), include_deleted=True),
]


@pytest.fixture
def stored(store):
    store.incidents.add_many(Generator(43).incidents(500))
    store.incidents.delete(store.incidents.ids(IncidentQuery())[:9])
    return store


def _matching(store: Store, query: IncidentQuery):
    return store.incidents.get_many(store.incidents.ids(query))


def _vocabulary(store: Store) -> tuple[dict[str, str], dict[str, str | None]]:
    tags = store.tags.all()
    return {t.code: t.kind.value for t in tags}, {t.code: t.parent for t in tags}


@pytest.mark.parametrize("query", QUERIES, ids=["all", "few deaths", "two regions, trash"])
@pytest.mark.parametrize("unit", list(Unit))
@pytest.mark.parametrize("split", list(Split))
def test_counts_match_the_incidents(stored, split, unit, query):
    kinds, parents = _vocabulary(stored)
    incidents = _matching(stored, query)
    want_n, want_f = expected(incidents, unit, split, kinds, parents)
    members = stored.reports.memberships(split, query)
    cells = members.cells(unit)
    assert Counter({(c.start, c.key, c.imprecise): c.incidents for c in cells}) == want_n
    got_f = Counter({(c.start, c.key, c.imprecise): c.fatalities for c in cells})
    assert +got_f == +want_f
    assert members.total == len(incidents)
    assert members.unknown_fatalities == sum(1 for i in incidents if i.fatalities is None)
    keyed = [keys_of(i, split, kinds, parents) for i in incidents]
    some = frozenset(sorted({k for keys in keyed for k in keys})[:3])
    assert members.count(some) == sum(1 for keys in keyed if keys & some)
    distinct = Counter()
    for incident, keys in zip(incidents, keyed, strict=True):
        if keys & some:
            distinct[expected_start(incident.date.day, incident.date.precision, unit)] += 1
    assert Counter({(c.start, c.imprecise): c.incidents for c in members.distinct(unit, some)}) == (
        distinct
    )


@pytest.mark.parametrize("unit", list(Unit))
def test_many_series_over_many_bins_count_the_same(stored, unit, monkeypatch):
    """Past the size counted in place (thousands of actors over decades), only the cells
    that occur are counted: the same cells. An incident of 1962 widens the bins too. Past
    the names SQL numbers (hundreds of regions in a messy import), Python numbers them."""
    import sahel_desk.store.memberships as mb

    old = next(Generator(46).incidents(1))
    stored.incidents.add_many([old.with_changes(date=replace(old.date, day=dt.date(1962, 3, 9)))])
    dense = stored.reports.memberships(Split.ACTOR).cells(unit)
    monkeypatch.setattr(mb, "_DENSE_CELLS", 0)
    sparse = stored.reports.memberships(Split.ACTOR).cells(unit)
    assert sorted(dense, key=repr) == sorted(sparse, key=repr)
    assert sorted(sparse, key=repr) == sorted(stored.reports.trend(unit, Split.ACTOR), key=repr)
    assert min(c.start for c in sparse).year == 1962
    # a region the gazetteer does not know: its names are looked for (by SQL, then Python)
    beyond = next(Generator(49).incidents(1))
    stored.incidents.add_many([beyond.with_changes(place=replace(beyond.place, admin1="Hodh"))])
    for most in (256, 0):
        monkeypatch.setattr(mb, "_MAX_CASES", most)
        stored.reports._columns = None
        for split in (Split.EVENT_TYPE, Split.ADMIN1):
            assert sorted(stored.reports.memberships(split).cells(unit), key=repr) == sorted(
                stored.reports.trend(unit, split), key=repr
            )


@pytest.mark.parametrize("split", TAG_SPLITS)
def test_the_chart_says_how_many_incidents_are_in_no_series(stored, split):
    kinds, parents = _vocabulary(stored)
    query = IncidentQuery(fatalities_max=10)
    table = job.chart(stored, query, job.ChartRequest(Unit.MONTH, split))
    incidents = _matching(stored, query)
    untagged = sum(1 for i in incidents if not keys_of(i, split, kinds, parents))
    assert untagged and table.uncharted == untagged


def test_a_chart_by_tag_follows_every_write(stored, db_path):
    """Retag, trash, add, and a write by another program: the next chart counts them."""
    request = job.ChartRequest(Unit.YEAR, Split.DRIVER, top=40)

    def total(store: Store) -> Counter:
        table = job.chart(store, IncidentQuery(), request)
        return Counter({s.key: sum(s.values) for s in table.series})

    before = total(stored)
    ids = stored.incidents.ids(IncidentQuery())[:20]
    stored.incidents.retag(
        {i.id: i.tags for i in stored.incidents.get_many(ids)},
        add=frozenset({"drv.governance"}),
        remove=frozenset(),
    )
    retagged = total(stored)
    assert retagged["drv.governance"] > before["drv.governance"]
    stored.incidents.delete(ids)
    assert total(stored)["drv.governance"] == retagged["drv.governance"] - 20
    with Store.open(db_path, author="colleague") as other:  # another program, same file
        tagged = next(Generator(44).incidents(1)).with_changes(tags=frozenset({"drv.governance"}))
        other.incidents.add_many([tagged])
    assert total(stored)["drv.governance"] == retagged["drv.governance"] - 19


def test_only_a_write_that_changed_rows_moves_the_generation(store):
    def now() -> str:
        with store._session.read() as conn:
            return generation(conn)

    first = now()
    with store._session.write():
        pass  # a write transaction that changed nothing
    assert now() == first
    store.incidents.add_many(Generator(45).incidents(1))
    assert now() != first
    moved = now()
    try:
        with store._session.write() as conn:
            conn.exec_driver_sql("DELETE FROM incidents")
            raise RuntimeError("rolled back")
    except RuntimeError:
        pass
    assert now() == moved and store.incidents.count(IncidentQuery()) == 1


def test_a_link_to_an_incident_that_is_gone_counts_nowhere(stored, db_path):
    """Written with foreign keys off (the sqlite3 shell's default): the chart ignores it, as
    the SQL does, instead of failing or giving the tag to the next incident."""
    import sqlite3

    ids = sorted(stored.incidents.ids(IncidentQuery(include_deleted=True)))
    stored.incidents.purge([ids[100]])  # a gap among the ids
    stored.reports.memberships(Split.DRIVER)  # the columns read before the links go bad
    with sqlite3.connect(db_path) as raw:
        tag_id = raw.execute("SELECT id FROM tags WHERE kind = 'driver' LIMIT 1").fetchone()[0]
        for missing in (ids[100], ids[-1] + 100):
            raw.execute("INSERT INTO incident_tags VALUES (?, ?)", (missing, tag_id))
        raw.execute("INSERT INTO meta VALUES ('generation', 'by hand') "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value")  # fmt: skip
    for unit in (Unit.WEEK, Unit.YEAR):
        cells = stored.reports.memberships(Split.DRIVER).cells(unit)
        assert sorted(cells, key=repr) == sorted(stored.reports.trend(unit, Split.DRIVER), key=repr)


def test_a_chart_by_driver_without_drivers_says_every_incident_is_outside(store):
    store.incidents.add_many(i.with_changes(tags=frozenset()) for i in Generator(47).incidents(12))
    table = job.chart(store, IncidentQuery(), job.ChartRequest(Unit.MONTH, Split.DRIVER))
    assert not table.series and table.uncharted == 12


def test_checking_and_reindexing_keep_the_generation(stored):
    def now() -> str:
        with stored._session.read() as conn:
            return generation(conn)

    first = now()
    assert first  # set by migration 0007, replaced by every write since
    assert stored.check() == []
    stored.reindex()
    assert now() == first


def test_an_actor_named_twice_in_an_incident_counts_once(store):
    incident = next(Generator(48).incidents(1))
    other = "Dozo hunters (Mali)"
    twice = incident.with_changes(
        actor2=incident.actor1,
        assoc_actor1=(incident.actor1, other),
        assoc_actor2=(incident.actor1, other),
    )
    store.incidents.add_many([twice])
    cells = store.reports.memberships(Split.ACTOR).cells(Unit.YEAR)
    assert sorted((c.key, c.incidents) for c in cells) == sorted([(incident.actor1, 1), (other, 1)])


def test_odd_values_another_tool_stored_count_as_sql_counts_them(stored, db_path):
    """2,200,000,000 deaths (no upper bound), "2.5" and "" in the fatalities, deleted = 2:
    the charts count what the SQL reference counts, instead of failing or wrapping round."""
    import sqlite3

    ids = sorted(stored.incidents.ids(IncidentQuery()))
    stored.reports.memberships(Split.NONE)  # columns held before the odd values arrive
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE incidents SET fatalities = 2200000000 WHERE id = ?", (ids[0],))
        raw.execute("UPDATE incidents SET fatalities = '2.5' WHERE id = ?", (ids[1],))
        raw.execute("UPDATE incidents SET fatalities = '' WHERE id = ?", (ids[2],))
        raw.execute("UPDATE incidents SET deleted = 2 WHERE id = ?", (ids[3],))
        raw.execute("UPDATE meta SET value = 'by hand' WHERE key = 'generation'")
    for query in (IncidentQuery(), IncidentQuery(include_deleted=True)):
        for unit in (Unit.MONTH, Unit.WEEK):
            cells = stored.reports.memberships(Split.EVENT_TYPE, query).cells(unit)
            assert sorted(cells, key=repr) == sorted(
                stored.reports.trend(unit, Split.EVENT_TYPE, query), key=repr
            )
    assert max(c.fatalities for c in cells) >= 2_200_000_000


def test_a_sorted_list_is_no_filter(stored):
    sorted_by_place = IncidentQuery(sort=(("location", True),))
    assert sorted_by_place.is_empty
    assert stored.reports.memberships(Split.DRIVER, sorted_by_place).total == (
        stored.reports.memberships(Split.DRIVER).total
    )


def _pairs(first, second) -> list[tuple[int, int]]:
    return sorted(zip(first.tolist(), second.tolist(), strict=True))


def _canonical(columns) -> dict:
    """The cached columns as plain facts, whatever the order links and names were read in."""
    ids = columns.ids.tolist()
    return {
        "ids": ids,
        **{
            name: getattr(columns, name).tolist()
            for name in ("day", "month_only", "fatalities", "deleted", "unknown")
        },
        "event_type": [columns.event_types[k] for k in columns.event_type.tolist()],
        "admin1": [columns.regions[k] for k in columns.admin1.tolist()],
        "links": _pairs(columns.ids[columns.link_pos], columns.link_tag),
        "actors": _pairs(columns.ids[columns.actor_pos], columns.actor_id),
    }


def test_after_its_own_writes_the_columns_are_patched_to_what_a_whole_read_gives(
    stored, db_path, monkeypatch
):
    """Each write of this program: only the incidents it touched are read again, and the
    columns equal those read whole; another program's write is read whole."""
    import sahel_desk.store.memberships as mb

    whole = []
    read = mb._read
    monkeypatch.setattr(mb, "_read", lambda *a: whole.append(1) or read(*a))

    def check(patched: bool) -> None:
        before = len(whole)
        stored.reports.memberships(Split.ACTOR)
        with stored._session.read() as conn:
            cached = stored.reports._columns.get(conn)
            assert _canonical(cached) == _canonical(read(conn, generation(conn)))
        assert (len(whole) == before) is patched

    check(patched=False)  # the first chart reads them whole
    ids = stored.incidents.ids(IncidentQuery())
    stored.incidents.add_many(list(Generator(50).incidents(30)))  # a list: its size known
    check(patched=True)
    one = stored.incidents.get(ids[3])
    stored.incidents.update(
        one.with_changes(
            place=replace(one.place, admin1="Hodh"),  # a region the columns have not named
            event_type="Protests",
            sub_event_type="Peaceful protest",
            date=replace(one.date, precision=DatePrecision.MONTH),
            fatalities=None,
            actor2="JNIM",
            assoc_actor1=("Dozo militia", "JNIM"),
        )
    )
    check(patched=True)
    stored.incidents.retag(
        {i.id: i.tags for i in stored.incidents.get_many(ids[10:40])},
        add=frozenset({"drv.governance"}),
        remove=frozenset({"drv.env.climate"}),
    )
    check(patched=True)
    stored.incidents.delete(ids[40:60])
    check(patched=True)
    stored.incidents.restore(ids[40:45])
    check(patched=True)
    stored.incidents.purge()  # gone for good
    check(patched=True)
    stored.tags.rename("drv.governance", "Governance", "Gouvernance")  # no incident touched
    check(patched=True)
    stored.tags.merge("drv.env.climate", "drv.env.resources")  # links moved
    check(patched=True)
    batch = stored.imports.apply("colleague.csv", list(Generator(57).incidents(3)), [])
    check(patched=True)
    stored.imports.undo(batch.id)
    check(patched=True)
    with Store.open(db_path, author="colleague") as other:
        other.incidents.add_many(Generator(51).incidents(2))
    check(patched=False)


def test_a_write_touching_too_many_incidents_has_the_columns_read_whole(stored, monkeypatch):
    import sahel_desk.store.memberships as mb
    import sahel_desk.store.touched as touched

    stored.reports.memberships(Split.NONE)
    monkeypatch.setattr(touched, "MOST", 10)
    whole = []
    read = mb._read
    monkeypatch.setattr(mb, "_read", lambda *a: whole.append(1) or read(*a))
    stored.incidents.delete(stored.incidents.ids(IncidentQuery())[:11])
    stored.reports.memberships(Split.NONE)
    assert whole == [1]


def test_half_the_columns_read_on_a_second_connection_only_when_it_sees_the_same_data(
    stored, db_path, tmp_path, monkeypatch
):
    """The second connection's half is used when it sees the same generation and the same
    incidents; a different generation, different incidents or a failure: read on the first."""
    import contextlib
    import shutil
    import sqlite3
    import threading

    import sahel_desk.store.memberships as mb
    from sahel_desk.store.engine import make_engine

    with stored._session.read() as conn:  # the copies hold every write
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(db_path, copy)
    with sqlite3.connect(copy) as raw:  # another snapshot, same generation: fewer incidents
        raw.execute("DELETE FROM incidents WHERE id % 2 = 0")
    moved = tmp_path / "moved.sqlite"
    shutil.copyfile(db_path, moved)
    with Store.open(moved) as other:  # the same incidents, one moved: another generation
        one = other.incidents.get(other.incidents.ids(IncidentQuery())[0])
        region = "Gao" if one.place.admin1 == "Kidal" else "Kidal"  # a name SQL numbers
        other.incidents.update(one.with_changes(place=replace(one.place, admin1=region)))
    used = []

    def opener(path):
        @contextlib.contextmanager
        def opened():
            used.append(path)
            engine = make_engine(path)
            try:
                with engine.connect() as conn:
                    yield conn
            finally:
                engine.dispose()

        return opened

    @contextlib.contextmanager
    def failing():
        raise sqlite3.OperationalError("database is locked")
        yield

    here: list[bool] = []  # where each second half was read: True on the first connection
    second_half = mb._second_half

    def noted(*args):
        here.append(threading.current_thread() is threading.main_thread())
        return second_half(*args)

    monkeypatch.setattr(mb, "_second_half", noted)
    with stored._session.read() as conn:
        gen = generation(conn)
        alone = _canonical(mb._read(conn, gen))
        assert here == [True]
        # the same file: its half read elsewhere and used; fewer incidents: read elsewhere,
        # then here; another generation or a failure: here only
        for other, where in (
            (opener(db_path), [False]),
            (opener(copy), [False, True]),
            (opener(moved), [True]),
            (failing, [True]),
        ):
            here.clear()
            assert _canonical(mb._read(conn, gen, other)) == alone
            assert here == where
    assert used == [db_path, copy, moved]


def test_a_bulk_write_is_not_noted_and_many_small_ones_add_up(stored, monkeypatch):
    """A write over touched.MOST does without the triggers (a quarter of an import's time);
    small writes after it are noted again; many small ones together count as one large."""
    import sahel_desk.store.touched as touched

    monkeypatch.setattr(touched, "MOST", 10)
    session = stored._session
    stored.incidents.add_many(list(Generator(53).incidents(11)))  # bulk: not noted
    with session.read() as conn:
        bulk = generation(conn)
    assert session.touched[bulk] is None
    ids = stored.incidents.add_many(list(Generator(54).incidents(4)))
    with session.read() as conn:
        first = generation(conn)
    assert sorted(int(i) for i in session.touched[first].split(",")) == ids
    for seed in (55, 56):
        stored.incidents.add_many(list(Generator(seed).incidents(4)))
    with session.read() as conn:
        last = generation(conn)
    assert session.touched_since(bulk, first) == session.touched[first]
    assert session.touched_since(bulk, last) is None  # 12 together: read whole


def test_a_write_that_notes_nothing_runs_without_the_triggers(store):
    """note=False drops this connection's triggers for the transaction (they cost a bulk
    import a quarter of its time); the next noting write makes them again."""

    def triggers(conn) -> int:
        sql = "SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'"
        return conn.exec_driver_sql(sql).scalar()

    with store._session.write() as conn:
        assert triggers(conn) == 9
    with store._session.write(note=False) as conn:
        assert triggers(conn) == 0
    with store._session.write() as conn:
        assert triggers(conn) == 9
