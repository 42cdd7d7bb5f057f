import datetime as dt
import json
import sqlite3
import threading

import pytest
from support import read_rows as raw

from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.errors import NotFoundError, SahelDeskError, ValidationError
from sahel_desk.domain.history import Action
from sahel_desk.domain.incident import (
    DatePrecision,
    EventDate,
    GeoPrecision,
    Incident,
    Place,
    Source,
)
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.store import ConflictError, Store
from sahel_desk.synthetic.article import JNIM, article_incidents


def sample(**changes) -> Incident:
    return Incident(
        date=EventDate.exact(2024, 2, 3),
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1="Islamic State Sahel",
        inter1=ActorType.REBEL_GROUP,
        actor2="Civilians (Mali)",
        inter2=ActorType.CIVILIANS,
        assoc_actor2=("Fulani Ethnic Group (Mali)",),
        civilian_targeting=True,
        place=Place(
            "Ménaka",
            admin1="Ménaka",
            admin2="Ménaka",
            latitude=15.92,
            longitude=2.40,
            ref="ocha:test",
        ),
        geo_precision=GeoPrecision.EXACT,
        fatalities=12,
        notes="Des hommes armés ont tué douze civils près de Ménaka.",
        sources=(
            Source("Studio Tamani", dt.date(2024, 2, 4), "https://example.org/a", "National"),
            Source("RFI", None, None, "International"),
        ),
        tags=frozenset({"drv.soc.intercommunal", "rsp.hum.aid"}),
    ).with_changes(**changes)


def test_every_field_survives_a_round_trip(store):
    saved = store.incidents.add(sample())
    back = store.incidents.get(saved.id)
    assert back.uuid == saved.uuid
    assert back.actor1 == "Islamic State (Greater Sahara)"  # alias resolved to the registry
    assert back.assoc_actor2 == ("Fulani Ethnic Group (Mali)",)  # unknown actor created
    assert back.place == sample().place
    assert back.sources == sample().sources
    assert back.tags == sample().tags
    assert (back.fatalities, back.civilian_targeting, back.notes) == (12, True, sample().notes)
    assert back.created_by == back.updated_by == "tester"
    assert back.interaction == "Rebel group-Civilians"


def test_article_incidents_keep_month_precision_and_unknown_fatalities(store):
    ids = store.incidents.add_many(article_incidents())
    bankass, tombouctou, bakara = store.incidents.get_many(ids)
    assert bankass.date.precision is DatePrecision.MONTH
    assert bankass.date.day == dt.date(2023, 4, 15)
    assert bankass.fatalities is None and tombouctou.fatalities == 0
    assert {i.actor1 for i in (bankass, tombouctou, bakara)} == {JNIM}
    assert not bakara.place.verified and bakara.place.latitude is None
    rows = raw(store, "SELECT date_precision, fatalities FROM incidents ORDER BY id")
    assert rows == [(3, None), (3, 0), (3, 0)]


def test_invalid_incident_changes_nothing(store):
    before = store.incidents.count()
    with pytest.raises(ValidationError):
        store.incidents.add(sample(actor2=None, inter2=None))
    with pytest.raises(ValidationError):  # one bad row in a bulk load: none are written
        store.incidents.add_many([sample(), sample(sub_event_type="Grenade")])
    with pytest.raises(ValidationError):
        store.incidents.add(sample(tags=frozenset({"no.such.tag"})))
    assert store.incidents.count() == before
    assert raw(store, "SELECT count(*) FROM revisions") == [(0,)]


def test_duplicate_uuid_is_refused_in_words(store):
    twin = sample()
    with pytest.raises(SahelDeskError, match="same UUID"):
        store.incidents.add_many([sample(), twin, twin])
    assert store.incidents.count() == 0
    store.incidents.add(twin)
    with pytest.raises(SahelDeskError, match="same UUID"):
        store.incidents.add(twin)
    assert store.incidents.count() == 1


def test_update_records_history_in_the_same_transaction(store):
    saved = store.incidents.add(sample())
    edited = saved.with_changes(
        fatalities=14, notes="Bilan revu : 14 morts.", tags=saved.tags | {"drv.env.resources"}
    )
    store.incidents.update(edited)
    assert store.check() == []
    assert store.incidents.ids(IncidentQuery(text="bilan")) == [saved.id]
    history = store.history.for_incident(saved.id)
    assert [r.action for r in history] == [Action.CREATE, *[Action.UPDATE] * 3]
    changed = {r.field: (json.loads(r.old), json.loads(r.new)) for r in history[1:]}
    assert changed["fatalities"] == (12, 14)
    assert changed["notes"][1] == "Bilan revu : 14 morts."
    assert "drv.env.resources" in changed["tags"][1]
    assert {r.author for r in history} == {"tester"}
    assert len({r.change_id for r in history[1:]}) == 1


def test_stale_edit_is_refused(store):
    saved = store.incidents.add(sample())
    store.incidents.update(saved.with_changes(fatalities=20))
    with pytest.raises(ConflictError):
        store.incidents.update(saved.with_changes(notes="overwrites someone else"))
    assert store.incidents.get(saved.id).fatalities == 20


def test_trash_restore_and_purge(store):
    keep, doomed = store.incidents.add_many([sample(), sample()])
    store.incidents.delete([doomed])
    assert store.incidents.ids(IncidentQuery()) == [keep]
    assert store.check() == []
    assert store.incidents.ids(IncidentQuery(deleted_only=True)) == [doomed]
    store.incidents.restore([doomed])
    assert sorted(store.incidents.ids(IncidentQuery())) == [keep, doomed]
    trail = store.history.for_incident(doomed)
    assert [r.action for r in trail] == [Action.CREATE, Action.DELETE, Action.RESTORE]
    assert {r.author for r in trail} == {"tester"}
    assert store.incidents.purge([keep]) == 0  # never destroys what is not in the trash
    store.incidents.delete([doomed])
    assert store.incidents.purge() == 1
    with pytest.raises(NotFoundError):
        store.incidents.get(doomed)
    assert store.check() == []  # the index forgot the purged incident
    newcomer = store.incidents.add(sample(notes="Marché de Boni incendié."))
    assert newcomer.id > doomed  # a purged id is never reused
    assert store.incidents.ids(IncidentQuery(text="douze")) == [keep]
    actions = [r.action for r in store.history.for_incident(keep)]
    assert actions == [Action.CREATE]
    assert store.history.for_incident(doomed) == []


def test_full_text_is_accent_insensitive_and_follows_edits(store):
    saved = store.incidents.add(sample())
    assert store.incidents.ids(IncidentQuery(text="menaka")) == [saved.id]
    assert store.incidents.ids(IncidentQuery(text="Tamani")) == [saved.id]  # sources
    assert store.incidents.ids(IncidentQuery(text="Greater Sah")) == [saved.id]  # actors
    assert store.incidents.ids(IncidentQuery(text='"; DROP')) == []
    store.incidents.update(saved.with_changes(notes="Embuscade à Djenné"))
    assert store.incidents.ids(IncidentQuery(text="djenne")) == [saved.id]
    assert store.incidents.ids(IncidentQuery(text="douze")) == []


def test_filters_and_sorting(store):
    a = store.incidents.add(sample(fatalities=1))
    b = store.incidents.add(
        sample(fatalities=None, date=EventDate.month(2023, 4), place=Place("Bakara"))
    )
    q = IncidentQuery
    assert store.incidents.ids(q(unverified_only=True)) == [b.id]
    assert store.incidents.ids(q(fatalities_min=1)) == [a.id]
    assert store.incidents.ids(q(date_precisions=frozenset({DatePrecision.MONTH}))) == [b.id]
    isgs = frozenset({"Islamic State (Greater Sahara)"})
    assert sorted(store.incidents.ids(q(actors=isgs))) == [a.id, b.id]
    assert store.incidents.ids(q(actors=frozenset({"Dozo Militia"}))) == []
    assert store.incidents.ids(q(tags=frozenset({"drv.social"}))) != []  # parent finds children
    assert store.incidents.ids(q(tags=frozenset({"drv.economy"}))) == []
    assert store.incidents.ids(q(sort=(("date", False),))) == [b.id, a.id]
    assert store.incidents.ids(q(sort=(("fatalities", True),))) == [a.id, b.id]
    assert store.incidents.count(q(date_from=dt.date(2024, 1, 1))) == 1


def test_connections_use_the_required_pragmas(store):
    with store._session.read() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "secure_delete", "busy_timeout")
        }
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "secure_delete": 1,
        "busy_timeout": 5000,
    }


def test_reports_group_by(store):
    unknown = [
        sample(fatalities=None, uuid=f"00000000-0000-4000-8000-00000000000{n}") for n in range(3)
    ]
    store.incidents.add_many([sample(), *unknown, *article_incidents()])
    by_year = {
        r.key: (r.incidents, r.fatalities, r.unknown_fatalities)
        for r in store.reports.counts(("year",))
    }
    assert by_year == {("2023",): (3, 0, 1), ("2024",): (4, 12, 3)}
    grid = store.reports.counts(("month", "admin1"))
    assert (("2024-02", "Ménaka"), 4) in {(r.key, r.incidents) for r in grid}
    with pytest.raises(ValueError):
        store.reports.counts(("password",))


def test_check_finds_nothing_wrong_in_a_fresh_store(store):
    store.incidents.add_many(article_incidents())
    assert store.check() == []
    info = store.info()
    assert info["incidents_count"] == 3 and info["journal_mode"] == "wal"


def test_check_reports_a_search_index_out_of_step(store):
    (saved,) = store.incidents.add_many(article_incidents()[:1])
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE incidents SET notes = 'edited behind the store' WHERE id = ?", (saved,))
    conn.commit()
    conn.close()
    assert any("full-text" in p for p in store.check())


def index_names(store: Store) -> set[str]:
    return {r[0] for r in raw(store, "SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_big_loads_rebuild_their_indexes_and_still_roll_back_whole(store, monkeypatch):
    from sahel_desk.store import writer

    monkeypatch.setattr(writer, "BIG_LOAD", 3)
    indexes = index_names(store)
    assert "ix_incidents_trend" in indexes
    with pytest.raises(ValidationError):
        store.incidents.add_many([sample(), sample(), sample(), sample(fatalities=-2)])
    assert index_names(store) == indexes and store.incidents.count() == 0
    ids = store.incidents.add_many([sample(), sample(), sample(), sample()])
    assert index_names(store) == indexes
    assert store.incidents.ids(IncidentQuery(text="menaka", sort=(("id", False),))) == ids
    assert store.check() == []


def test_a_load_of_many_batches_is_indexed_whole(store, monkeypatch):
    """Each batch is indexed on a second thread while the next is made: every incident is
    found, one naming an actor first met in a later batch too, and the index is in step."""
    from sahel_desk.store import writer

    monkeypatch.setattr(writer, "BATCH", 4)
    threads = threading.active_count()
    loaded = [sample(notes=f"mot{k}") for k in range(10)]
    loaded[9] = sample(notes="mot9", assoc_actor1=("Brigade Nouvelle",))
    ids = store.incidents.add_many(loaded)
    for k in (0, 3, 4, 8, 9):
        assert store.incidents.ids(IncidentQuery(text=f"mot{k}")) == [ids[k]]
    assert store.incidents.ids(IncidentQuery(text="Brigade Nouvelle")) == [ids[9]]
    assert store.check() == []
    assert threading.active_count() == threads


def test_a_load_refused_in_a_later_batch_writes_nothing(store, monkeypatch):
    from sahel_desk.store import writer

    monkeypatch.setattr(writer, "BATCH", 4)
    threads = threading.active_count()
    with pytest.raises(ValidationError):
        store.incidents.add_many([sample() for _ in range(6)] + [sample(fatalities=-2)])
    assert store.incidents.count() == 0 and store.check() == []
    assert threading.active_count() == threads


def test_blank_actor_names_are_named_by_their_field(store):
    with pytest.raises(ValidationError, match="assoc_actor1"):
        store.incidents.add(sample(assoc_actor1=("—",)))
    assert store.incidents.count() == 0


def test_update_needs_the_version_it_edits_and_keeps_the_uuid(store):
    saved = store.incidents.add(sample())
    with pytest.raises(ValidationError, match="UUID"):
        store.incidents.update(saved.with_changes(uuid="00000000-0000-4000-8000-000000000009"))
    with pytest.raises(ConflictError):
        store.incidents.update(saved.with_changes(updated_at=None, fatalities=1))
    assert store.incidents.get(saved.id).fatalities == 12


def test_admin_names_are_saved_as_the_gazetteer_spells_them(store):
    for spelling in ("Timbuktu", "tombouctou", "Tombouctou"):
        store.incidents.add(sample(place=Place("Ber", admin1=spelling, admin2="Timbuktu")))
    rows = store.reports.counts(("admin1", "admin2"))
    assert [(r.key, r.incidents) for r in rows] == [(("Tombouctou", "Tombouctou"), 3)]
    assert store.incidents.count(IncidentQuery(admin1=frozenset({"Tombouctou"}))) == 3


def test_date_ranges_keep_what_may_have_happened_in_them(store):
    april = store.incidents.add(sample(date=EventDate.month(2023, 4)))  # recorded on the 15th
    week = store.incidents.add(sample(date=EventDate.week_of(dt.date(2023, 5, 29))))  # 29/5–4/6
    day = store.incidents.add(sample(date=EventDate.exact(2023, 4, 10)))

    def between(first, last):
        q = IncidentQuery(date_from=first, date_to=last, sort=(("id", False),))
        return store.incidents.ids(q)

    assert between(dt.date(2023, 4, 20), None) == [april.id, week.id]
    assert between(None, dt.date(2023, 4, 10)) == [april.id, day.id]
    assert between(dt.date(2023, 5, 1), dt.date(2023, 5, 31)) == [week.id]
    assert between(dt.date(2023, 4, 11), dt.date(2023, 4, 14)) == [april.id]
    assert between(dt.date(2023, 6, 5), None) == []


def test_similar_finds_the_same_event_by_aggregation_rule(store):
    saved = store.incidents.add(sample())
    # Same day, place and actors (written differently, in the other order): a duplicate.
    twin = sample(
        actor1="Civilians (Mali)",
        inter1=ActorType.CIVILIANS,
        actor2="ISGS",
        inter2=ActorType.REBEL_GROUP,
    )
    assert [i.id for i in store.incidents.similar(twin)] == [saved.id]
    # A month-precise report of that month may be the same event too.
    vague = sample(date=EventDate.month(2024, 2))
    assert [i.id for i in store.incidents.similar(vague)] == [saved.id]
    assert store.incidents.similar(sample(date=EventDate.exact(2024, 2, 5))) == []
    assert store.incidents.similar(sample(actor2="Military Forces of Mali (2021-)")) == []
    assert store.incidents.similar(saved) == []  # not a duplicate of itself


def test_retag_many_in_one_step_with_history(store):
    a, b = store.incidents.add_many([sample(), sample(tags=frozenset())])
    changes = store.incidents.retag(
        [a, b, 999], add=frozenset({"drv.env.climate"}), remove=frozenset({"rsp.hum.aid"})
    )
    assert changes.incidents == {a, b}
    got = {i.id: i.tags for i in store.incidents.get_many([a, b])}
    assert got == {a: {"drv.soc.intercommunal", "drv.env.climate"}, b: {"drv.env.climate"}}
    tag_rows = [r for r in store.history.for_incident(a) if r.field == "tags"]
    assert json.loads(tag_rows[0].new) == ["drv.env.climate", "drv.soc.intercommunal"]
    assert store.incidents.retag([a], add=frozenset({"drv.env.climate"})).incidents == set()
    with pytest.raises(ValidationError):
        store.incidents.retag([a], add=frozenset({"no.such"}))


def test_full_text_finds_an_actor_under_any_of_its_spellings(store):
    jnim = store.incidents.add(sample(actor1="GSIM", notes="Attaque revendiquée."))
    named = store.incidents.add(sample(actor1="Dozo", notes="Le JNIM a revendiqué l'attaque."))
    other = store.incidents.add(sample(notes="Rien à voir."))
    both = sorted([jnim.id, named.id])
    # the actor is filed under ACLED's name; a note says "JNIM": the press's spelling finds both
    assert sorted(store.incidents.ids(IncidentQuery(text="GSIM"))) == both
    assert (
        sorted(store.incidents.ids(IncidentQuery(text="Jama’at Nasr al-Islam wal Muslimin")))
        == both
    )
    assert store.incidents.ids(IncidentQuery(text="gsim revendiquée")) == [jnim.id]
    # a word that merely starts an alias is still a plain prefix search
    assert store.incidents.ids(IncidentQuery(text="GSI")) == []
    assert store.incidents.ids(IncidentQuery(text="rien GSIM")) == []
    assert store.incidents.ids(IncidentQuery(text="rien")) == [other.id]


def test_sorting_by_date_location_or_fatalities_reads_an_index_in_order(store):
    """No sort step: the first page of 100,000 comes in milliseconds only if an index holds
    the whole order (the trash test written "= 0", the tie-break in the sort's direction)."""
    from sahel_desk.store.filters import id_select
    from sahel_desk.synthetic.incidents import Generator

    store.incidents.add_many(list(Generator(2).incidents(2000)))
    for key in ("date", "location", "fatalities"):
        for descending in (False, True):
            query = IncidentQuery(sort=((key, descending),))
            with store._session.read() as conn:
                sql = (
                    id_select(conn, query)
                    .limit(200)
                    .compile(compile_kwargs={"literal_binds": True})
                )
                plan = [r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
            assert not any("TEMP B-TREE" in step for step in plan), (key, descending, plan)


def test_full_text_finds_a_place_under_its_other_names(store):
    there = store.incidents.add(
        sample(place=Place("Tombouctou", admin1="Tombouctou", admin2="Tombouctou"))
    )
    store.incidents.add(sample(notes="Ailleurs."))
    assert store.incidents.ids(IncidentQuery(text="Timbuktu")) == [there.id]
    assert store.incidents.ids(IncidentQuery(text="Tombouctou")) == [there.id]


def test_a_place_searched_by_its_own_name_brings_in_no_other_place(store):
    from sahel_desk.store.filters import fts_match, spellings

    with store._session.read() as conn:
        assert fts_match("Koro", lambda keys: spellings(conn, keys)) == '"Koro"*'
        assert fts_match("Timbuktu", lambda keys: spellings(conn, keys)) == (
            '(("Timbuktu"*) OR "Tombouctou")'
        )
