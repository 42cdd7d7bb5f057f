"""Field by field: a row that updates an incident takes some fields from the file and keeps
the others as the database has them (a colleague's toll, but my notes)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from exchange.sharing import both_laptops
from support import db_checksum

from sahel_desk.domain.query import IncidentQuery
from sahel_desk.jobs import imports, merge
from sahel_desk.jobs.export import export
from sahel_desk.store import ConflictError, Store, rowmap
from sahel_desk.synthetic.incidents import Generator


def _conflict(store: Store, tmp_path: Path):
    """A and B both changed the toll and the notes, differently: one conflict row."""
    ours = {"fatalities": 44, "notes": "A's note."}
    theirs = {"fatalities": 7, "notes": "B's note."}
    target, back = both_laptops(store, tmp_path, ours, theirs)
    plan = imports.plan_import(store, back)
    (position,) = plan.positions(imports.CONFLICT)
    return target, back, plan, position


def test_a_conflict_takes_the_files_toll_and_keeps_our_notes(store: Store, tmp_path: Path):
    target, _back, plan, position = _conflict(store, tmp_path)
    stored = store.incidents.get(target.id)
    offered = merge.parts_apart(stored, plan.over(position))
    assert ("fatalities",) in offered and ("notes",) in offered
    chosen = plan.keeping(position, stored, {"notes"})
    assert (chosen.fatalities, chosen.notes) == (7, "A's note.")
    assert chosen.updated_at is None  # a version made here, never the file's time
    batch = imports.apply_import(store, plan, picked={position}, keep={position: chosen})
    after = store.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (7, "A's note.")
    assert batch.updated == 1
    store.imports.undo(batch.id)  # one step back: as A had it
    after = store.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (44, "A's note.")


def test_a_choice_of_a_row_left_out_writes_nothing(store: Store, tmp_path: Path) -> None:
    """A choice is what a row writes if it is taken: left out, it writes nothing."""
    target, _back, plan, position = _conflict(store, tmp_path)
    stored = store.incidents.get(target.id)
    chosen = plan.keeping(position, stored, {"notes"})
    new, updates = plan.to_write(keep={position: chosen})
    assert not new and not updates


def test_fields_that_go_together_are_kept_together(store: Store, tmp_path: Path) -> None:
    """A place is kept with its coordinates, a toll with its range; the ACLED id and
    version are the file's and never offered."""
    store.incidents.add_many(Generator(3).incidents(2))
    stored = store.incidents.get(store.incidents.ids(IncidentQuery())[0])
    moved = stored.place.__class__(
        "Elsewhere", stored.place.country, stored.place.admin1, stored.place.admin2, "",
        15.0, -2.0, None,
    )  # fmt: skip
    theirs = stored.with_changes(
        place=moved, fatalities=9, fatalities_low=8, fatalities_high=12,
        external_id="MLI999", external_timestamp=2,
    )  # fmt: skip
    parts = merge.parts_apart(stored, theirs)
    assert all("external_id" not in p and "external_timestamp" not in p for p in parts)
    kept = merge.keeping(stored, theirs, {merge.part_of("latitude"), merge.part_of("fatalities")})
    assert kept.place == stored.place
    low_high = (kept.fatalities, kept.fatalities_low, kept.fatalities_high)
    assert low_high == (stored.fatalities, stored.fatalities_low, stored.fatalities_high)
    assert kept.external_id == "MLI999"  # the file's version, whatever is kept


def test_flat_names_its_fields_in_order(store: Store) -> None:
    store.incidents.add_many(Generator(4).incidents(1))
    (incident,) = store.incidents.get_many(store.incidents.ids(IncidentQuery()))
    assert tuple(rowmap.flat(incident)) == rowmap.FIELDS


def test_a_choice_for_another_incident_is_refused(store: Store, tmp_path: Path) -> None:
    target, _back, plan, position = _conflict(store, tmp_path)
    other = next(i for i in store.incidents.get_many(store.incidents.ids(IncidentQuery()))
                 if i.id != target.id)  # fmt: skip
    with pytest.raises(ValueError, match="does not update"):
        plan.keeping(position, other, {"notes"})


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sahel_desk.cli", "import", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_command_line_keeps_named_fields(store: Store, tmp_path: Path) -> None:
    """--keep-here, and each misuse of it refused in words with the database untouched."""
    target, back, plan, position = _conflict(store, tmp_path)
    line = str(plan.rows[position].line)
    other = next(r.line for r in plan.rows if r.action == imports.UNCHANGED)
    store.close()
    db = str(store.path)
    before = db_checksum(store.path)
    take = [str(back), "--db", db, "--yes", "--overwrite-newer"]
    for args, said in (
        ([str(back), "--db", db, "--yes", "--keep-here", f"{line}:notes"], "is held back"),
        ([*take, "--keep-here", f"{line}:colour"], "“colour” is no field"),
        ([*take, "--keep-here", f"{line}:actor1"], "does not change actor1 of incident"),
        ([*take, "--keep-here", f"{line}:sub_event_type"], "does not change sub_event_type"),
        ([*take, "--keep-here", "99:notes"], "there is no row 99; the file's rows are 2 to"),
        ([*take, "--keep-here", f"{other}:notes"], f"row {other} is unchanged"),
        ([*take, "--leave-rows", line, "--keep-here", f"{line}:notes"], "left out by --leave"),
        ([*take, "--keep-here", "²:notes"], "is not a row and its fields"),
        (["--db", db, "--list", "--keep-here", f"{line}:notes"], "name the file"),
    ):
        done = _cli(*args)
        assert done.returncode != 0 and said in done.stderr, (args, done.stderr)
        assert db_checksum(store.path) == before
    shown = _cli(str(back), "--db", db, "--overwrite-newer", "--keep-here", f"{line}:Notes")
    assert f"row {line}: updates incident {target.id}, keeping here: notes" in shown.stdout
    # no longer so, neither in the rows held back nor in the warnings
    assert "taking the file's version takes its values" not in shown.stdout
    unchosen = _cli(str(back), "--db", db, "--overwrite-newer")
    assert "taking the file's version takes its values" in unchosen.stdout
    assert db_checksum(store.path) == before  # shown, not applied (no --yes, no terminal)
    # named twice: both kept (here, with "toll", the plan's word)
    both = _cli(str(back), "--db", db, "--overwrite-newer", "--keep-here", f"{line}:notes",
                "--keep-here", f"{line}:toll")  # fmt: skip
    said = f"row {line}: keeps incident {target.id} as it is here (fatalities, notes)"
    assert said in both.stdout
    # a field names its part: the fields of the part that differ are said
    low = _cli(str(back), "--db", db, "--overwrite-newer", "--keep-here", f"{line}:fatalities_low")
    assert "keeping here: fatalities; the file's other changes are taken" in low.stdout
    # every change kept here: nothing is updated, the choice is what is written
    said = "Would import 0 new and 0 updated incidents, 1 incident kept as it is here;"
    assert said in both.stdout
    done = _cli(*take, "--keep-here", f"{line}:notes")
    assert done.returncode == 0, done.stderr
    assert "Imported 0 new and 1 updated incident" in done.stdout
    with Store.open(store.path) as again:
        after = again.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (7, "A's note.")


def test_an_incident_changed_after_the_file_was_read_is_not_written_over(
    store: Store, tmp_path: Path
) -> None:
    """Another window edits the incident while the preview is open: what the row would
    write was weighed against the version read, so the import is refused, in words, and
    writes nothing; read again, the file's row is planned against the new version."""
    target, back, plan, position = _conflict(store, tmp_path)
    chosen = plan.keeping(position, store.incidents.get(target.id), {"notes"})
    store.incidents.update(store.incidents.get(target.id).with_changes(notes="C's note."))
    before = db_checksum(store.path)
    with pytest.raises(ConflictError, match=f"incident {target.id} was changed by"):
        imports.apply_import(store, plan, picked={position}, keep={position: chosen})
    with pytest.raises(ConflictError, match="read the file again"):
        imports.apply_import(store, plan, older=True)  # taken whole: the same
    assert db_checksum(store.path) == before
    assert store.incidents.get(target.id).notes == "C's note."
    again = imports.plan_import(store, back)
    (position,) = again.positions(imports.CONFLICT)
    imports.apply_import(store, again, picked={position})
    assert store.incidents.get(target.id).fatalities == 7


def test_fields_kept_stay_kept_when_the_same_file_is_read_again(store: Store, tmp_path: Path):
    """B changed the toll and the notes; A, who changed neither, takes B's toll and keeps
    its notes. The same file read again (after an undo and a redo too) no longer offers
    B's notes as an update to take without a question; once the choice is undone, it
    does again."""
    target, back = both_laptops(
        store, tmp_path, {"original_event_type": "Raid"}, {"fatalities": 7, "notes": "B"}
    )
    plan = imports.plan_import(store, back)
    (position,) = plan.positions(imports.UPDATE)
    mix = plan.keeping(position, store.incidents.get(target.id), {"notes"})
    batch = imports.apply_import(store, plan, keep={position: mix})
    ours = store.incidents.get(target.id)
    assert (ours.fatalities, ours.notes) == (7, target.notes)

    def offered() -> set[str]:
        again = imports.plan_import(store, back)
        return {r.action for r in again.rows if r.existing_id == target.id}

    assert offered() == {imports.STALE}  # held back: a version older than ours
    (row,) = [r for r in imports.plan_import(store, back).rows if r.existing_id == target.id]
    assert (row.problems[0].template, dict(row.problems[0].params)) == (
        imports.M_CHOSEN_BEFORE,
        {"fields": "notes"},
    )  # first: why a file that differs brings nothing
    new, updates = imports.plan_import(store, back).to_write()
    assert not new and not updates
    store.imports.undo(batch.id)
    store.imports.redo(batch.id, [], [mix])
    assert offered() == {imports.STALE}  # the redo recorded the choice again
    store.imports.undo(batch.id)
    assert offered() == {imports.UPDATE}  # no choice on record: the file's change, offered


def _keep(store: Store, path: Path, action: str, parts: set[str]) -> imports.ImportBatch:
    """Import ``path``, its one row of ``action`` taken keeping ``parts`` here."""
    plan = imports.plan_import(store, path)
    (position,) = plan.positions(action)
    stored = store.incidents.get(plan.rows[position].existing_id)
    mix = plan.keeping(position, stored, parts)
    return imports.apply_import(store, plan, picked={position}, keep={position: mix})


def _offered(store: Store, path: Path, incident_id: int) -> set[str]:
    return {r.action for r in imports.plan_import(store, path).rows if r.existing_id == incident_id}


def test_a_conflict_chosen_field_by_field_is_not_offered_again(store: Store, tmp_path: Path):
    """Both changed the notes: A kept its own. The same file read again holds the row
    back as an older copy; it is no conflict to decide a second time."""
    target, back, _plan, _position = _conflict(store, tmp_path)
    _keep(store, back, imports.CONFLICT, {"notes"})
    assert _offered(store, back, target.id) == {imports.STALE}


def test_every_field_kept_is_a_choice_remembered_too(store: Store, tmp_path: Path) -> None:
    """Keeping every field writes nothing, yet the choice is on record: the file read again
    brings nothing to decide; the import can still be undone, which forgets it."""
    target, back, _plan, _position = _conflict(store, tmp_path)
    before = store.incidents.get(target.id)
    batch = _keep(store, back, imports.CONFLICT, {"notes", "fatalities"})
    assert (batch.added, batch.updated) == (0, 0)
    assert store.incidents.get(target.id) == before
    (row,) = [r for r in imports.plan_import(store, back).rows if r.existing_id == target.id]
    assert row.action == imports.UNCHANGED
    assert [(p.template, dict(p.params)) for p in row.problems] == [
        (imports.M_CHOSEN_BEFORE, {"fields": "fatalities, notes"})
    ]
    store.imports.undo(batch.id)  # nothing to take back, nothing refused
    assert _offered(store, back, target.id) == {imports.CONFLICT}


def test_a_row_keeping_every_change_is_counted_apart_not_as_updated(store, tmp_path):
    """The preview's count says what applying writes: a row that keeps every change here
    updates nothing; keeping one field fewer, it is an update again."""
    target, _back, plan, position = _conflict(store, tmp_path)
    stored = store.incidents.get(target.id)
    every = plan.keeping(position, stored, {"notes", "fatalities"})
    assert plan.tally(picked={position}, keep={position: every}) == (0, 0, [], 1)
    assert plan.tally(picked={position}, keep={position: every}) == (0, 0, [], 1)
    some = plan.keeping(position, stored, {"notes"})
    assert plan.tally(picked={position}, keep={position: some}) == (0, 1, [], 0)
    # a result that keeps every change writes nothing, whichever was asked for last (the
    # dialog asks as the user ticks, and may be cancelled)
    assert plan.tally(picked={position}, keep={position: every}) == (0, 0, [], 1)
    assert plan.tally(keep={position: some}) == (0, 0, [], 0)  # the row left out


def _bs_second_file(tmp_path: Path, uuid: str, **changes: object) -> Path:
    """B changes the incident again, a second later, and exports: B's second file."""
    second = tmp_path / "b2.xlsx"
    time.sleep(1.1)
    with Store.open(tmp_path / "b.sqlite", author="B") as b:
        copy = b.incidents.by_uuid([uuid])[uuid]
        b.incidents.update(copy.with_changes(**changes))
        export(b, IncidentQuery(), second)
    return second


def test_a_colleagues_second_file_is_weighed_against_the_last_choice(
    store: Store, tmp_path: Path
) -> None:
    """B's second file changes the notes again and the toll: a conflict on both (ours were
    kept against B's first notes). Once A keeps its notes again, that second file read
    again is held back, not offered a third time."""
    target, back, _plan, _position = _conflict(store, tmp_path)
    _keep(store, back, imports.CONFLICT, {"notes"})
    second = _bs_second_file(tmp_path, target.uuid, notes="B's second note.", fatalities=9)
    plan = imports.plan_import(store, second)
    (row,) = [r for r in plan.rows if r.existing_id == target.id]
    assert row.action == imports.CONFLICT  # a genuine new change: never hidden
    _keep(store, second, imports.CONFLICT, {"notes"})
    after = store.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (9, "A's note.")
    assert _offered(store, second, target.id) == {imports.STALE}


def test_a_field_kept_in_an_earlier_import_is_said_so_not_changed_here(
    store: Store, tmp_path: Path
) -> None:
    """A kept its notes against B's first file. B's second file gives the same notes and a
    new toll: the notes are kept as chosen then (said so), never "kept as changed here"."""
    target, back, _plan, _position = _conflict(store, tmp_path)
    _keep(store, back, imports.CONFLICT, {"notes"})
    second = _bs_second_file(tmp_path, target.uuid, fatalities=9)
    (row,) = [r for r in imports.plan_import(store, second).rows if r.existing_id == target.id]
    said = [(p.template, dict(p.params).get("fields")) for p in row.problems]
    assert (imports.M_CHOSEN_BEFORE, "notes") in said
    assert not any(t == merge.M_KEPT and "notes" in (f or "") for t, f in said)
