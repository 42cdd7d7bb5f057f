"""store.imports: an import applied in one transaction, undone and redone as one step."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid as uuidlib
from dataclasses import replace
from pathlib import Path

import pytest
from support import db_checksum as checksum
from support import read_rows as raw

from sahel_desk.domain.errors import NotFoundError, ValidationError
from sahel_desk.domain.history import Action
from sahel_desk.domain.incident import Incident, Source
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.domain.tags import TagKind
from sahel_desk.store import ConflictError, ImportBatch, Store, migrate, rowmap
from sahel_desk.store.engine import make_engine
from sahel_desk.synthetic.incidents import Generator

EVERYTHING = IncidentQuery(include_deleted=True)
NEW_ACTOR = "Milice d’autodéfense de Dioura (Mali)"


def generated(seed: int, n: int) -> list[Incident]:
    return list(Generator(seed).incidents(n))


def snapshot(store: Store) -> dict[str, tuple]:
    """Every incident (trash included) by uuid: content as rowmap serialises it, and
    bookkeeping."""
    return {
        x.uuid: (
            rowmap.flat(x),
            x.id,
            x.deleted,
            x.created_at,
            x.created_by,
            x.updated_at,
            x.updated_by,
        )
        for x in store.incidents.get_many(store.incidents.ids(EVERYTHING))
    }


def contents(store: Store) -> dict[str, dict]:
    """Content only (no ids, no times): what a redo must write again."""
    return {
        x.uuid: rowmap.flat(x) for x in store.incidents.get_many(store.incidents.ids(EVERYTHING))
    }


def revise(x: Incident, k: int) -> Incident:
    """ACLED's kind of revision, and more: every part of an incident changes."""
    return x.with_changes(
        fatalities=(x.fatalities or 0) + 7,
        external_timestamp=1_700_000_000 + k,
        notes=x.notes + " Bilan révisé zorglub.",
        actor2=NEW_ACTOR,  # unknown to the registry: created by the import
        assoc_actor1=("Dozo Militia",),
        tags=(x.tags - {min(x.tags, default="")}) | {"rsp.hum.aid"},
        sources=(*x.sources, Source("ACLED", dt.date(2024, 5, 1), "https://acleddata.com", "")),
        place=replace(x.place, admin3="Commune révisée"),
    )


@pytest.fixture
def stored(store: Store) -> list[Incident]:
    """Fifteen incidents already in the database."""
    return store.incidents.get_many(store.incidents.add_many(generated(4, 15)))


def plan(stored: list[Incident]) -> tuple[list[Incident], list[Incident]]:
    """Twenty new incidents (one with a word to search for) and five updates."""
    new = generated(5, 20)
    new[3] = new[3].with_changes(notes=new[3].notes + " Quetzalcoatl")
    return new, [revise(x, k) for k, x in enumerate(stored[:5])]


def search(store: Store, text: str) -> list[int]:
    return sorted(store.incidents.ids(IncidentQuery(text=text)))


# ---- apply ---------------------------------------------------------------------------------
def test_apply_writes_new_and_updates_as_one_recorded_batch(store, stored):
    new, updates = plan(stored)
    seen: list[int] = []
    batch = store.imports.apply(
        "acled_mali.csv",
        new,
        updates,
        counts={"unchanged": 3, "duplicates": 2, "rejected": 1},
        file_sha256="ab" * 32,
        progress=seen.append,
    )
    assert isinstance(batch, ImportBatch)
    assert (batch.file_name, batch.author, batch.file_sha256) == (
        "acled_mali.csv",
        "tester",
        "ab" * 32,
    )
    assert (batch.added, batch.updated, batch.unchanged, batch.duplicates, batch.rejected) == (
        20,
        5,
        3,
        2,
        1,
    )
    assert batch.undone_at is None and not batch.undone
    assert store.imports.batches() == [batch] and store.imports.get(batch.id) == batch
    assert seen and seen[-1] == 25
    assert store.incidents.count() == 35

    by_uuid = store.incidents.by_uuid([x.uuid for x in (*new, *updates)])
    assert search(store, "quetzalcoatl") == [by_uuid[new[3].uuid].id]
    assert search(store, "zorglub") == sorted(x.id for x in updates)
    assert all(x.updated_at == batch.imported_at for x in by_uuid.values())
    assert all(x.created_at == batch.imported_at for x in (by_uuid[n.uuid] for n in new))

    first = by_uuid[updates[0].uuid]
    assert first.fatalities == (stored[0].fatalities or 0) + 7
    assert first.actor2 == NEW_ACTOR and first.place.admin3 == "Commune révisée"
    assert first.sources[-1].name == "ACLED" and "rsp.hum.aid" in first.tags
    history = [r for r in store.history.for_incident(first.id) if r.action is Action.UPDATE]
    assert {"fatalities", "notes", "actor2", "tags", "sources", "admin3"} <= {
        r.field for r in history
    }
    assert len({r.change_id for r in history}) == 1  # one step for the whole batch

    items = raw(
        store, "SELECT incident_uuid, action, before FROM import_items WHERE batch_id = ?", batch.id
    )
    assert sorted(a for _, a, _ in items) == ["added"] * 20 + ["updated"] * 5
    before = {u: json.loads(b) for u, a, b in items if a == "updated"}
    assert before[stored[0].uuid]["fatalities"] == stored[0].fatalities
    assert before[stored[0].uuid]["sources"] == rowmap.flat(stored[0])["sources"]
    assert store.check() == []


def test_history_names_the_file_an_import_brought_each_change_with(store, stored):
    """The history credits the person who imported; it also says which file the change came
    in, as a colleague most likely made it: for an incident the import created, and for the
    fields it changed, but not for an edit made here afterwards."""
    new, updates = plan(stored)
    store.imports.apply("awa_corrections.xlsx", new, updates)
    created = store.incidents.id_of_uuid(new[0].uuid)
    assert [(r.action, r.imported_from) for r in store.history.for_incident(created)] == [
        (Action.CREATE, "awa_corrections.xlsx")
    ]
    changed = store.incidents.id_of_uuid(updates[0].uuid)
    store.incidents.update(store.incidents.get(changed).with_changes(fatalities=99))
    history = store.history.for_incident(changed)
    assert history[0].imported_from is None  # made here before the import
    by_import = {r.field for r in history if r.imported_from == "awa_corrections.xlsx"}
    assert {"fatalities", "notes", "admin3"} <= by_import
    assert history[-1].field == "fatalities" and history[-1].imported_from is None


def test_history_still_names_the_file_after_the_import_is_undone_and_redone(store, stored):
    """A redo gives the batch a new time; the changes its first writing made still name
    the file (by the change id that writing gave them), as do the redo's own."""
    new, updates = plan(stored)
    batch = store.imports.apply("awa.xlsx", new, updates)
    store.imports.undo(batch.id)
    store.imports.redo(batch.id, new, updates)
    changed = store.incidents.id_of_uuid(updates[0].uuid)
    history = store.history.for_incident(changed)
    fatalities = [r for r in history if r.field == "fatalities"]
    assert len(fatalities) == 3  # imported, undone, imported again
    assert [r.imported_from for r in fatalities] == ["awa.xlsx", None, "awa.xlsx"]


def test_an_update_that_changes_nothing_counts_as_unchanged(store, stored):
    batch = store.imports.apply("same.csv", [], [stored[0], revise(stored[1], 1)])
    assert (batch.added, batch.updated, batch.unchanged) == (0, 1, 1)
    assert store.incidents.get(stored[0].id).updated_at == stored[0].updated_at


def test_an_invalid_incident_writes_nothing(store, stored):
    new, updates = plan(stored)
    new[7] = new[7].with_changes(event_type="Picnic", external_id="MLI99999")
    before = checksum(store.path)
    with pytest.raises(ValidationError) as caught:
        store.imports.apply("bad.csv", new, updates)
    assert "MLI99999" in str(caught.value) and new[7].uuid in str(caught.value)
    assert caught.value.problems[0].field == "row"
    assert any(p.field == "event_type" for p in caught.value.problems)
    assert checksum(store.path) == before


@pytest.mark.parametrize("wrong", ["missing id", "other uuid", "twice"])
def test_a_failure_after_the_inserts_rolls_back_the_whole_batch(store, stored, wrong):
    """The new incidents are written before the updates; a bad update takes them back too."""
    new, updates = plan(stored)
    if wrong == "missing id":
        updates[-1] = updates[-1].with_changes(id=10_000)
        error: type[Exception] = NotFoundError
    elif wrong == "other uuid":
        updates[-1] = updates[-1].with_changes(uuid=str(uuidlib.uuid4()))
        error = ValidationError
    else:
        updates.append(updates[0])
        error = ValidationError
    before = checksum(store.path)
    with pytest.raises(error):
        store.imports.apply("bad.csv", new, updates)
    assert checksum(store.path) == before


# ---- undo ----------------------------------------------------------------------------------
def test_undo_removes_what_was_added_and_restores_what_was_updated(store, stored):
    initial = snapshot(store)
    originally = search(store, stored[0].notes.split()[0])
    new, updates = plan(stored)
    batch = store.imports.apply("acled_mali.csv", new, updates)
    by_uuid = store.incidents.by_uuid([x.uuid for x in new])
    added = {x.id for x in by_uuid.values()}

    changes = store.imports.undo(batch.id)

    assert changes.incidents == added | {x.id for x in stored[:5]}
    assert changes.change_id is not None
    assert snapshot(store) == initial  # content, tags, sources, actors, and updated_at/by
    assert store.incidents.get_many(sorted(added)) == []
    marks = ",".join("?" * len(added))
    for table in ("incident_tags", "sources", "incident_actors", "revisions"):
        assert raw(
            store, f"SELECT count(*) FROM {table} WHERE incident_id IN ({marks})", *added
        ) == [(0,)]
    assert search(store, "quetzalcoatl") == [] and search(store, "zorglub") == []
    assert search(store, stored[0].notes.split()[0]) == originally
    assert store.check() == []

    undone = store.imports.get(batch.id)
    assert undone.undone and undone.undone_by == "tester"
    assert undone.undone_at == max(r.at for r in store.history.for_incident(stored[0].id))
    history = store.history.for_incident(stored[0].id)
    undo_rows = {r.field: r for r in history if r.change_id == changes.change_id}
    assert json.loads(undo_rows["fatalities"].old) == (stored[0].fatalities or 0) + 7
    assert json.loads(undo_rows["fatalities"].new) == stored[0].fatalities


def test_undo_of_updates_only_and_of_new_only(store, stored):
    initial = snapshot(store)
    only_updates = store.imports.apply("v2.csv", [], [revise(x, 0) for x in stored[5:8]])
    assert (only_updates.added, only_updates.updated) == (0, 3)
    store.imports.undo(only_updates.id)
    assert snapshot(store) == initial
    only_new = store.imports.apply("v3.csv", generated(6, 2_000), [])
    assert store.incidents.count() == 2_015
    store.imports.undo(only_new.id)  # more than one chunk of 900
    assert snapshot(store) == initial and store.check() == []


@pytest.mark.parametrize("later", ["edit", "retag", "trash", "trash and restore", "purge"])
def test_undo_is_refused_after_a_later_change(store, stored, later):
    new, updates = plan(stored)
    batch = store.imports.apply("acled_mali.csv", new, updates)
    target = store.incidents.by_uuid([new[0].uuid if later != "edit" else updates[0].uuid])
    (victim,) = target.values()
    if later == "edit":
        store.incidents.update(victim.with_changes(notes="Corrigé à la main."))
    elif later == "retag":
        store.incidents.retag([victim.id], add=frozenset({"rsp.hum.aid", "drv.soc.intercommunal"}))
    else:
        store.incidents.delete([victim.id])
        if later == "trash and restore":
            store.incidents.restore([victim.id])
        elif later == "purge":
            store.incidents.purge([victim.id])
    before = checksum(store.path)
    with pytest.raises(ConflictError, match="cannot be undone") as caught:
        store.imports.undo(batch.id)
    expected = f"incident {victim.id}" if later != "purge" else f"{victim.uuid} (no longer stored)"
    assert expected in str(caught.value) and "Nothing was changed" in str(caught.value)
    assert checksum(store.path) == before
    assert not store.imports.get(batch.id).undone


def test_undo_twice_is_refused(store, stored):
    batch = store.imports.apply("acled_mali.csv", *plan(stored))
    store.imports.undo(batch.id)
    before = checksum(store.path)
    with pytest.raises(ConflictError, match="already undone"):
        store.imports.undo(batch.id)
    assert checksum(store.path) == before
    with pytest.raises(NotFoundError):
        store.imports.undo(batch.id + 1)


def test_undo_is_refused_when_a_tag_to_put_back_is_gone(store, stored):
    store.tags.add(TagKind.USER, "Old flag", "Ancien drapeau", code="usr.old_flag")
    store.tags.add(TagKind.USER, "New flag", "Nouveau drapeau", code="usr.new_flag")
    (x,) = store.incidents.get_many([stored[0].id])
    x = store.incidents.update(x.with_changes(tags=frozenset({"usr.old_flag"})))
    batch = store.imports.apply("v2.csv", [], [x.with_changes(tags=frozenset({"usr.new_flag"}))])
    store.tags.merge("usr.old_flag", "usr.new_flag")  # touches no incident: none has it now
    before = checksum(store.path)
    with pytest.raises(ConflictError, match=r"usr\.old_flag"):
        store.imports.undo(batch.id)
    assert checksum(store.path) == before


def test_stacked_imports_undo_in_reverse_order(store, stored):
    """v1 adds, v2 revises some of v1 and some older ones: the undo stack's order works, the
    other order is refused (undoing v1 first would lose v2's revisions)."""
    initial = snapshot(store)
    v1_new = generated(7, 10)
    v1 = store.imports.apply("v1.csv", v1_new, [])
    after_v1 = snapshot(store)
    mine = store.incidents.by_uuid([x.uuid for x in v1_new[:3]])
    v2 = store.imports.apply(
        "v2.csv", [], [revise(x, k) for k, x in enumerate([*mine.values(), stored[0]])]
    )
    with pytest.raises(ConflictError, match="cannot be undone"):
        store.imports.undo(v1.id)
    store.imports.undo(v2.id)
    assert snapshot(store) == after_v1
    store.imports.undo(v1.id)
    assert snapshot(store) == initial and store.check() == []
    assert [b.id for b in store.imports.batches()] == [v2.id, v1.id]


# ---- redo ----------------------------------------------------------------------------------
def test_redo_after_undo_applies_the_same_batch_again(store, stored):
    new, updates = plan(stored)
    batch = store.imports.apply("acled_mali.csv", new, updates, counts={"rejected": 4})
    applied = contents(store)
    old_ids = {u: x.id for u, x in store.incidents.by_uuid([x.uuid for x in new]).items()}
    with pytest.raises(ConflictError, match="not undone"):
        store.imports.redo(batch.id, new, updates)
    store.imports.undo(batch.id)
    initial = snapshot(store)
    with pytest.raises(ConflictError, match="not the incidents"):
        store.imports.redo(batch.id, new[1:], updates)

    again = store.imports.redo(batch.id, new, updates)

    assert again.id == batch.id and not again.undone
    assert (again.added, again.updated, again.rejected) == (20, 5, 4)
    assert again.imported_at > batch.imported_at
    assert contents(store) == applied
    new_ids = {u: x.id for u, x in store.incidents.by_uuid([x.uuid for x in new]).items()}
    assert new_ids == old_ids  # "incident 412" in an analyst's notes is 412 again
    assert len(search(store, "quetzalcoatl")) == 1 and store.check() == []
    store.imports.undo(batch.id)  # undo, redo, undo: as often as the user likes
    assert snapshot(store) == initial


def test_a_batch_recorded_without_ids_is_redone_under_new_ones(store, stored):
    """Imports made before ids were recorded (schema 0007) redo as before: the next ids,
    never one a destroyed incident had."""
    new, updates = plan(stored)
    batch = store.imports.apply("acled_mali.csv", new, updates)
    old_ids = {x.id for x in store.incidents.by_uuid([x.uuid for x in new]).values()}
    store.imports.undo(batch.id)
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE import_items SET incident_id = NULL")
    store.imports.redo(batch.id, new, updates)
    new_ids = {x.id for x in store.incidents.by_uuid([x.uuid for x in new]).values()}
    assert len(new_ids) == len(new) and not new_ids & old_ids
    assert contents(store) and store.check() == []


def test_a_redo_whose_ids_were_taken_meanwhile_uses_new_ones(store, stored):
    """No path of the app gives out an id an undone import's incident had (AUTOINCREMENT);
    should one be taken anyway (a row written by another tool), the redo takes the next
    ids rather than fail or write over it, and the search index stays whole."""
    new, updates = plan(stored)
    batch = store.imports.apply("acled_mali.csv", new, updates)
    old_ids = sorted(x.id for x in store.incidents.by_uuid([x.uuid for x in new]).values())
    store.imports.undo(batch.id)
    with sqlite3.connect(store.path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(incidents)")]
        copied = ", ".join(c if c not in ("id", "uuid") else "?" for c in columns)
        conn.execute(
            f"INSERT INTO incidents ({', '.join(columns)}) SELECT {copied} FROM incidents "
            "WHERE id = ?",
            [old_ids[0] if c == "id" else str(uuidlib.uuid4()) for c in columns if c in
             ("id", "uuid")] + [stored[0].id],
        )  # fmt: skip
    store.imports.redo(batch.id, new, updates)
    new_ids = sorted(x.id for x in store.incidents.by_uuid([x.uuid for x in new]).values())
    assert len(new_ids) == len(new) and not set(new_ids) & set(old_ids)
    assert len(search(store, "quetzalcoatl")) == 1


def test_redo_is_refused_when_a_restored_incident_was_changed_since(store, stored):
    new, updates = plan(stored)
    batch = store.imports.apply("acled_mali.csv", new, updates)
    store.imports.undo(batch.id)
    x = store.incidents.get(stored[1].id)
    store.incidents.update(x.with_changes(notes="Edited after the undo."))
    before = checksum(store.path)
    with pytest.raises(ConflictError, match="cannot be redone"):
        store.imports.redo(batch.id, new, updates)
    assert checksum(store.path) == before


# ---- serialisation and migration -----------------------------------------------------------
def test_flat_and_unflat_round_trip(store, stored):
    for x in stored:
        assert rowmap.unflat(json.loads(rowmap.to_json(rowmap.flat(x))), x) == x


def test_upgrade_from_0003_keeps_the_incidents(db_path):
    from alembic import command

    with Store.open(db_path) as store:
        store.incidents.add_many(generated(8, 60))
        initial = snapshot(store)
    engine = make_engine(db_path)
    with engine.connect().execution_options(write=True) as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
        conn.commit()
    engine.dispose()
    tables = {r[0] for r in raw_db(db_path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "incidents" in tables and not {"import_batches", "import_items"} & tables

    with Store.open(db_path) as store:
        upgrade = store.opened.upgrade
        assert (upgrade.before, upgrade.after) == ("0003", migrate.head_revision())
        assert store.opened.upgrade.backup is not None
        assert snapshot(store) == initial and store.check() == []
        assert store.imports.batches() == []
        batch = store.imports.apply("after_upgrade.csv", generated(9, 5), [])
        store.imports.undo(batch.id)
        assert snapshot(store) == initial


def raw_db(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_history_answers_for_more_incidents_than_sqlite_takes_parameters(store: Store) -> None:
    """An import re-reading an old export asks about every row at once: more ids than one
    SQLite statement takes parameters (32,766 by default, 250,000 in this build) must not fail
    the plan."""
    store.incidents.add_many(generated(3, 2))
    first, second = store.incidents.ids(IncidentQuery(sort=(("id", False),)))
    store.incidents.update(store.incidents.get(first).with_changes(notes="Changed."))
    ids = [*range(100_000, 360_000), first, second]
    long_ago = dt.datetime(2000, 1, 1)
    bases = store.history.bases(dict.fromkeys(ids, long_ago))
    assert list(bases) == [first] and "notes" in bases[first].values
    versions = store.history.versions(ids)
    assert len(versions) == len(ids) and len(versions[first]) == 2 and len(versions[second]) == 1
    found = store.incidents.by_uuid([str(uuidlib.uuid4()) for _ in range(260_000)])
    assert found == {}
