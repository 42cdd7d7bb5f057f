"""Field by field: a row that updates an incident takes some fields from the file and keeps
the others as the database has them (a colleague's toll, but my notes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from exchange.sharing import both_laptops

from sahel_desk.domain.query import IncidentQuery
from sahel_desk.jobs import imports, merge
from sahel_desk.store import Store, rowmap
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
    target, back, plan, position = _conflict(store, tmp_path)
    line = str(plan.rows[position].line)
    store.close()
    db = str(store.path)
    held = _cli(str(back), "--db", db, "--yes", "--keep-here", f"{line}:notes")
    assert held.returncode != 0 and "is held back" in held.stderr + held.stdout
    unknown = _cli(str(back), "--db", db, "--yes", "--overwrite-newer", "--keep-here",
                   f"{line}:colour")  # fmt: skip
    assert unknown.returncode != 0 and "“colour” is no field" in unknown.stderr
    same = _cli(str(back), "--db", db, "--yes", "--overwrite-newer", "--keep-here",
                f"{line}:actor1")  # fmt: skip
    said = same.stderr + same.stdout
    assert same.returncode != 0 and "does not change actor1" in said and "notes" in said
    nowhere = _cli(str(back), "--db", db, "--yes", "--overwrite-newer", "--keep-here", "1:notes")
    assert nowhere.returncode != 0 and "row 1 updates no incident" in nowhere.stderr
    done = _cli(str(back), "--db", db, "--yes", "--overwrite-newer", "--keep-here",
                f"{line}:notes")  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Store.open(store.path) as again:
        after = again.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (7, "A's note.")
