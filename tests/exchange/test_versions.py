"""Versions between laptops: an event changed here and in a colleague's file is merged part
by part or held back as a conflict; our own export edited in a spreadsheet is taken; version
times compare as precisely as the file carries them."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest
from exchange.sharing import both_laptops, content, edit_sheet, import_file, shared_with_b
from openpyxl import load_workbook

from sahel_desk.domain.incident import Incident
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.exchange.columns import WORKBOOK_COLUMNS
from sahel_desk.jobs import imports
from sahel_desk.jobs.export import export
from sahel_desk.store import Store
from sahel_desk.synthetic.incidents import Generator


def test_changes_made_on_both_laptops_to_different_fields_are_merged(
    store: Store, tmp_path: Path
) -> None:
    """B's file is newer, but was made on top of A's older version: taking it whole would
    undo A's correction of the fatalities. Field by field, nothing clashes: B's notes are
    taken and A's fatalities kept, as an update that says so."""
    target, back = both_laptops(store, tmp_path, {"fatalities": 44}, {"notes": "B's note."})
    plan = imports.plan_import(store, back)
    assert plan.counts[imports.UPDATE] == 1 and plan.counts[imports.CONFLICT] == 0
    assert plan.counts[imports.UNCHANGED] == 5
    (row,) = [r for r in plan.rows if r.action == imports.UPDATE]
    said = " | ".join(str(p) for p in row.problems)
    assert "in different fields: both changes are kept" in said
    assert "kept as changed here: fatalities" in said
    assert "differs in: notes" in said  # what the update changes here
    imports.apply_import(store, plan)
    after = store.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (44, "B's note.")
    assert content(after) == content(target.with_changes(notes="B's note."))
    again = imports.plan_import(store, back)
    assert again.counts[imports.UPDATE] == 0 and again.counts[imports.CONFLICT] == 0


@pytest.mark.parametrize(
    "theirs, action",
    [({"notes": "B's note."}, imports.UPDATE), ({"fatalities": 7}, imports.CONFLICT)],
)
def test_both_laptops_changes_are_merged_when_ours_was_saved_after_theirs(
    store: Store, tmp_path: Path, theirs: dict[str, object], action: str
) -> None:
    """B changed its copy, then A the fatalities: B's file is older than A's version, but
    was made on top of an older one of A's (sd_based_on). Not an old copy to hold back: B's
    notes are taken and A's fatalities kept; a clash is a conflict, as when B saved last."""
    target, back = both_laptops(store, tmp_path, {"fatalities": 44}, theirs, ours_last=True)
    plan = imports.plan_import(store, back)
    assert plan.counts[action] == 1 and plan.counts[imports.STALE] == 0
    (row,) = [r for r in plan.rows if r.action == action]
    said = " | ".join(str(p) for p in row.problems)
    imports.apply_import(store, plan)
    after = store.incidents.get(target.id)
    if action == imports.UPDATE:
        assert "in different fields: both changes are kept" in said
        assert (after.fatalities, after.notes) == (44, "B's note.")
        assert imports.plan_import(store, back).counts[imports.UPDATE] == 0
    else:
        assert "fatalities: here: 44; in the file: 7" in said
        assert after.fatalities == 44


def test_a_field_changed_differently_on_both_laptops_is_not_overwritten_silently(
    store: Store, tmp_path: Path
) -> None:
    """Both corrected the fatalities, differently, and A also the notes: held back as a
    conflict naming the field, until A chooses to take the file's version, which takes B's
    fatalities and still keeps A's notes (B never changed them)."""
    target, back = both_laptops(
        store, tmp_path, {"fatalities": 44, "notes": "A's note."}, {"fatalities": 7}
    )
    plan = imports.plan_import(store, back)
    assert plan.counts[imports.CONFLICT] == 1 and plan.counts[imports.UPDATE] == 0
    (row,) = [r for r in plan.rows if r.action == imports.CONFLICT]
    said = " | ".join(str(p) for p in row.problems)
    assert "changed here and in the file" in said
    assert "changed differently on both sides: fatalities" in said
    assert "fatalities: here: 44; in the file: 7" in said  # the two values to choose from
    assert "kept as changed here: notes" in said
    assert "differs in: fatalities" in said and "notes" not in said.split("differs in:")[1]
    imports.apply_import(store, plan)
    assert store.incidents.get(target.id).fatalities == 44  # A's correction kept
    imports.apply_import(store, imports.plan_import(store, back), older=True)  # A's choice
    after = store.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (7, "A's note.")


def test_a_merge_whose_parts_do_not_fit_together_is_held_back_whole(
    store: Store, tmp_path: Path
) -> None:
    """A raised the low estimate, B lowered the high one: the fatalities are one part, so
    they clash instead of making low above high; and a merge that would break a rule is never
    planned as an update that fails the whole import when applied."""
    store.incidents.add_many(Generator(15).incidents(6))
    target = store.incidents.get(store.incidents.ids(IncidentQuery(sort=(("id", False),)))[0])
    store.incidents.update(target.with_changes(fatalities_low=5, fatalities_high=20))
    target, back = both_laptops(
        store, tmp_path, {"fatalities_low": 15}, {"fatalities_high": 10}, added=False
    )
    plan = imports.plan_import(store, back)
    (row,) = [r for r in plan.rows if r.action == imports.CONFLICT]
    said = " | ".join(str(p) for p in row.problems)
    assert "changed differently on both sides: fatalities_low, fatalities_high" in said
    imports.apply_import(store, plan)  # the rest of the file imports
    imports.apply_import(store, imports.plan_import(store, back), older=True)
    after = store.incidents.get(target.id)
    assert (after.fatalities_low, after.fatalities_high) == (5, 10)  # the file's part, whole


def test_a_change_an_import_brought_is_not_taken_for_one_made_here(
    store: Store, tmp_path: Path
) -> None:
    """B's first correction came to A by import; B then put the notes back. A's database
    cannot tell B's change coming back from one of its own, so it holds the row back instead
    of keeping B's older notes silently."""
    store.incidents.add_many(Generator(15).incidents(6))
    laptop_b, target = shared_with_b(store, tmp_path)
    time.sleep(1.1)
    with Store.open(laptop_b, author="B") as b:
        copy = b.incidents.by_uuid([target.uuid])[target.uuid]
        b.incidents.update(copy.with_changes(notes="B1"))
        export(b, IncidentQuery(), tmp_path / "b1.xlsx")
    import_file(store, tmp_path / "b1.xlsx")  # an ordinary update
    store.incidents.update(store.incidents.get(target.id).with_changes(fatalities=44))
    time.sleep(1.1)
    with Store.open(laptop_b, author="B") as b:
        copy = b.incidents.by_uuid([target.uuid])[target.uuid]
        b.incidents.update(copy.with_changes(notes=target.notes))
        export(b, IncidentQuery(), tmp_path / "b2.xlsx")
    plan = imports.plan_import(store, tmp_path / "b2.xlsx")
    (row,) = [r for r in plan.rows if r.existing_id == target.id]
    assert row.action == imports.CONFLICT
    assert "changed differently on both sides: notes" in " | ".join(str(p) for p in row.problems)


def test_a_merged_version_goes_back_whole_to_the_colleague(store: Store, tmp_path: Path):
    """After A merged B's notes with A's fatalities, A's export is a newer version for B:
    B gets A's fatalities too, instead of keeping its own as the newer."""
    target, back = both_laptops(store, tmp_path, {"fatalities": 44}, {"notes": "B's note."})
    time.sleep(1.1)  # file times are whole seconds
    import_file(store, back)
    export(store, IncidentQuery(), tmp_path / "merged.xlsx")
    with Store.open(tmp_path / "b.sqlite", author="B") as b:
        plan = imports.plan_import(b, tmp_path / "merged.xlsx")
        (row,) = [r for r in plan.rows if r.incident and r.incident.uuid == target.uuid]
        assert row.action == imports.UPDATE, row.problems
        imports.apply_import(b, plan)
        after = b.incidents.by_uuid([target.uuid])[target.uuid]
        assert (after.fatalities, after.notes) == (44, "B's note.")


def test_a_merge_that_adds_nothing_is_unchanged(store: Store, tmp_path: Path) -> None:
    """Both wrote the same notes, and A also corrected the fatalities: the file brings
    nothing A lacks."""
    _, back = both_laptops(
        store, tmp_path, {"notes": "Agreed.", "fatalities": 44}, {"notes": "Agreed."}
    )
    plan = imports.plan_import(store, back)
    assert plan.counts[imports.UNCHANGED] == 6 and plan.counts[imports.CONFLICT] == 0


def test_corrections_typed_into_our_own_export_are_taken(store: Store, tmp_path: Path) -> None:
    """A colleague opens our export in Excel, corrects a row and sends it back; Excel leaves
    sd_last_modified as it was. The row holds our very version, edited: an update, not an
    older copy held back. Re-sending the same file afterwards changes nothing more."""
    store.incidents.add_many(Generator(19).incidents(3))
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    uuid = edit_sheet(path, {(2, "fatalities"): 12, (2, "notes"): "Corrected by a colleague."})
    plan = imports.plan_import(store, path)
    assert plan.counts[imports.UPDATE] == 1 and plan.counts[imports.STALE] == 0
    (row,) = [r for r in plan.rows if r.action == imports.UPDATE]
    assert "edited in the sheet" in " | ".join(str(p) for p in row.problems)
    imports.apply_import(store, plan)
    after = store.incidents.by_uuid([uuid])[uuid]
    assert (after.fatalities, after.notes) == (12, "Corrected by a colleague.")
    again = imports.plan_import(store, path)
    assert again.counts[imports.UPDATE] == 0 and again.counts[imports.UNCHANGED] == 3


def test_two_colleagues_correcting_copies_of_our_version_lose_nothing_silently(
    store: Store, tmp_path: Path
) -> None:
    """B and C each correct a copy of our version in a spreadsheet. B's notes are taken as
    our version edited; C's copy, made from our older version, is then merged with what we
    hold: the notes B's import changed are a clash (whose change came back cannot be told),
    so the row is held back, never taken over B's notes."""
    store.incidents.add_many(Generator(15).incidents(3))
    laptop_b, _ = shared_with_b(store, tmp_path)
    with Store.open(laptop_b, author="B") as b:
        export(b, IncidentQuery(), tmp_path / "b.xlsx")
    shutil.copyfile(tmp_path / "b.xlsx", tmp_path / "c.xlsx")
    uuid = edit_sheet(tmp_path / "b.xlsx", {(2, "notes"): "B's note."})
    edit_sheet(tmp_path / "c.xlsx", {(2, "fatalities"): 99})
    plan = imports.plan_import(store, tmp_path / "b.xlsx")
    assert plan.counts[imports.UPDATE] == 1
    imports.apply_import(store, plan)
    plan = imports.plan_import(store, tmp_path / "c.xlsx")
    assert plan.counts[imports.UPDATE] == 0 and plan.counts[imports.CONFLICT] == 1
    (row,) = [r for r in plan.rows if r.action == imports.CONFLICT]
    assert "changed differently on both sides: notes" in " | ".join(map(str, row.problems))
    imports.apply_import(store, plan)
    after = store.incidents.by_uuid([uuid])[uuid]
    assert after.notes == "B's note." and after.fatalities != 99


def _old_version_time(value: dt.datetime) -> dt.datetime:
    """version_time as exports before this one rounded: x.9997 into the next second."""
    value += dt.timedelta(microseconds=500)
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


@pytest.mark.parametrize("exported", ["now", "before"])
def test_a_version_made_in_a_seconds_last_half_millisecond_is_still_ours(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exported: str
) -> None:
    """Made at 02:00:00.9997, the version travelled as 02:00:01.000, a whole second, and was
    no longer ours: C's copy was taken over B's correction (one version in 2,000). Exports
    now carry 02:00:00.999; the files already sent still carry 02:00:01, and are read so."""
    import sahel_desk.domain.flat as flat
    import sahel_desk.store.rowmap as rowmap
    import sahel_desk.store.writer as writer

    monkeypatch.setattr(writer, "utcnow", lambda: dt.datetime(2026, 11, 25, 2, 0, 0, 999_700))
    store.incidents.add_many(Generator(15).incidents(3))
    monkeypatch.undo()
    if exported == "before":
        monkeypatch.setattr(flat, "version_time", _old_version_time)
        monkeypatch.setattr(rowmap, "version_time", _old_version_time)
    laptop_b, _ = shared_with_b(store, tmp_path)
    with Store.open(laptop_b, author="B") as b:
        export(b, IncidentQuery(), tmp_path / "b.xlsx")
    monkeypatch.undo()
    shutil.copyfile(tmp_path / "b.xlsx", tmp_path / "c.xlsx")
    uuid = edit_sheet(tmp_path / "b.xlsx", {(2, "notes"): "B's note."})
    edit_sheet(tmp_path / "c.xlsx", {(2, "fatalities"): 99})
    imports.apply_import(store, imports.plan_import(store, tmp_path / "b.xlsx"))
    plan = imports.plan_import(store, tmp_path / "c.xlsx")
    assert plan.counts[imports.UPDATE] == 0 and plan.counts[imports.CONFLICT] == 1
    imports.apply_import(store, plan)
    assert store.incidents.by_uuid([uuid])[uuid].notes == "B's note."


def _whole_seconds(path: Path) -> None:
    """Cut the version times of an exported workbook to whole seconds, as an export made
    before times had milliseconds (or a workbook saved again as CSV by LibreOffice) has them."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    for name in ("sd_last_modified", "sd_based_on"):
        column = WORKBOOK_COLUMNS.index(name) + 1
        for row in range(2, sheet.max_row + 1):
            cell = sheet.cell(row=row, column=column)
            if cell.value is not None:
                cell.value = cell.value.replace(microsecond=0)
    book.save(path)


def test_whole_second_version_times_compare_as_whole_seconds(store: Store, tmp_path: Path) -> None:
    """A file carrying whole-second times is compared to the second: our own version edited
    in the sheet is still ours edited, and a colleague's correction made on top of a whole-
    second copy of our untouched version is an update, not a conflict."""
    store.incidents.add_many(Generator(21).incidents(3))
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    _whole_seconds(path)
    laptop_b = tmp_path / "b.sqlite"
    shutil.copyfile(store.path, laptop_b)
    shutil.copyfile(path, tmp_path / "typed.xlsx")
    uuid = edit_sheet(tmp_path / "typed.xlsx", {(2, "notes"): "Typed in the sheet."})
    plan = imports.plan_import(store, tmp_path / "typed.xlsx")
    assert plan.counts[imports.UPDATE] == 1 and plan.counts[imports.STALE] == 0
    with Store.open(laptop_b, author="B") as b:
        b.incidents.purge(b.incidents.ids(IncidentQuery(include_deleted=True)))
        import_file(b, path)
        copy = b.incidents.by_uuid([uuid])[uuid]
        time.sleep(0.01)
        b.incidents.update(copy.with_changes(fatalities=9))
        export(b, IncidentQuery(), tmp_path / "b.xlsx")
    plan = imports.plan_import(store, tmp_path / "b.xlsx")
    assert plan.counts[imports.CONFLICT] == 0 and plan.counts[imports.UPDATE] == 1


def test_a_conflicts_values_read_the_same_in_any_language() -> None:
    from sahel_desk.jobs.merge import shown

    assert [shown(v) for v in (None, "", [], True, False, 0, 12)] == ["—", "—", "—", "✓", "✗",
                                                                     "0", "12"]  # fmt: skip
    assert shown([{"name": "RFI"}, {"name": "Studio Tamani"}]) == "RFI; Studio Tamani"
    assert shown("x" * 80) == "x" * 59 + "…"


def test_two_long_values_in_conflict_are_shown_where_they_differ() -> None:
    from sahel_desk.jobs.merge import shown_apart

    start = "Attaque contre le poste de Boni par des hommes armés non identifiés, " * 2
    here, file = shown_apart(start + "trois morts.", start + "quatre morts selon la MINUSMA.")
    assert here != file and here.startswith("…") and file.startswith("…")
    assert "trois" in here and "quatre" in file
    assert len(here) <= 60 and len(file) <= 60
    assert shown_apart("court", "bref") == ("court", "bref")  # short values: whole


def test_our_export_edited_in_a_sheet_after_we_changed_it_too_is_merged(
    store: Store, tmp_path: Path
) -> None:
    """We export, then correct the notes here; a colleague corrects the fatalities in the
    exported sheet and sends it back. The file is our older version, edited: both
    corrections are kept, instead of holding the colleague's back as an old copy (or taking
    it whole and undoing ours)."""
    store.incidents.add_many(Generator(25).incidents(3))
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    uuid = edit_sheet(path, {(2, "fatalities"): 77})
    stored = store.incidents.by_uuid([uuid])[uuid]
    time.sleep(0.01)
    store.incidents.update(stored.with_changes(notes="Corrected here after the export."))
    plan = imports.plan_import(store, path)
    assert plan.counts[imports.UPDATE] == 1 and plan.counts[imports.STALE] == 0
    imports.apply_import(store, plan)
    after = store.incidents.by_uuid([uuid])[uuid]
    assert (after.fatalities, after.notes) == (77, "Corrected here after the export.")
    # an old copy nobody edited is still only an old copy
    export(store, IncidentQuery(), tmp_path / "old.xlsx")
    time.sleep(0.01)
    store.incidents.update(after.with_changes(notes="Changed again."))
    plan = imports.plan_import(store, tmp_path / "old.xlsx")
    assert plan.counts[imports.STALE] == 1 and plan.counts[imports.UPDATE] == 0


def test_several_rows_of_our_older_export_edited_in_a_sheet_are_each_merged(
    store: Store, tmp_path: Path
) -> None:
    store.incidents.add_many(Generator(26).incidents(4))
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    edit_sheet(path, {(2, "fatalities"): 71, (3, "fatalities"): 72, (4, "fatalities"): 73})
    book = load_workbook(path)
    column = WORKBOOK_COLUMNS.index("sd_uuid") + 1
    uuids = [book.worksheets[0].cell(row=r, column=column).value for r in (2, 3, 4)]
    time.sleep(0.01)
    for uuid in uuids:
        stored = store.incidents.by_uuid([uuid])[uuid]
        store.incidents.update(stored.with_changes(notes=f"Corrected here: {uuid}"))
    plan = imports.plan_import(store, path)
    assert plan.counts[imports.UPDATE] == 3 and plan.counts[imports.STALE] == 0
    imports.apply_import(store, plan)
    after = store.incidents.by_uuid(uuids)
    assert [(after[u].fatalities, after[u].notes) for u in uuids] == [
        (71 + k, f"Corrected here: {u}") for k, u in enumerate(uuids)
    ]


def _copy_of(store: Store, tmp_path: Path, seed: int) -> tuple[Path, Incident]:
    """Three incidents, then a copy of the database file (as a colleague takes it); returns
    the copy and our first incident."""
    store.incidents.add_many(Generator(seed).incidents(3))
    with store._session.read() as conn:  # the copy holds every write
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(store.path, copy)
    return copy, store.incidents.get(store.incidents.ids(IncidentQuery())[0])


def _copied_database(
    store: Store, tmp_path: Path, theirs: dict[str, object], ours_last: bool
) -> tuple[int, Path]:
    """A colleague works on a copy of our database file (no import, so their export says
    nothing of the version it started from) and changes ``theirs`` of our first incident;
    we change its notes, before their change (their file is newer) or after (``ours_last``:
    ours is). Returns the incident's id and their export."""
    copy, target = _copy_of(store, tmp_path, seed=91)
    if not ours_last:
        store.incidents.update(target.with_changes(notes="Our note."))
    time.sleep(1.1)  # file times are whole seconds
    with Store.open(copy, author="colleague") as other:
        mine = other.incidents.by_uuid([target.uuid])[target.uuid]
        other.incidents.update(mine.with_changes(**theirs))
        export(other, IncidentQuery(), tmp_path / "theirs.xlsx")
    if ours_last:
        time.sleep(1.1)
        store.incidents.update(target.with_changes(notes="Our note."))
    assert target.id is not None
    return target.id, tmp_path / "theirs.xlsx"


@pytest.mark.parametrize("ours_last", [False, True])
@pytest.mark.parametrize("theirs", [{"fatalities": 44}, {"notes": "Their note."}])
def test_a_copied_database_s_version_does_not_undo_an_edit_made_here(
    store: Store, tmp_path: Path, theirs: dict[str, object], ours_last: bool
):
    """Their version, newer or older than ours: our own edit is kept (merged part by part),
    or, where both changed one part, held back as a conflict; never overwritten without a
    word. Older, their change is no "older version" of ours to leave out either: their
    toll is taken (a tester, told the database held a newer version, would have left it)."""
    target, theirs_path = _copied_database(store, tmp_path, theirs, ours_last)
    plan = imports.plan_import(store, theirs_path)
    (row,) = [r for r in plan.rows if r.existing_id == target]
    imports.apply_import(store, plan)
    after = store.incidents.get(target)
    if "notes" in theirs:  # both changed the notes: the user decides
        assert row.action == imports.CONFLICT and after.notes == "Our note."
        assert imports.M_NO_BASE in {p.template for p in row.problems}
        assert imports.M_STALE not in {p.template for p in row.problems}
    else:
        assert row.action == imports.UPDATE
        assert (after.fatalities, after.notes) == (44, "Our note.")


def test_a_copied_database_s_older_change_once_decided_is_said_so_again(
    store: Store, tmp_path: Path
) -> None:
    """Their older version changes the toll and the notes; we keep our notes and take their
    toll. Read again, the file brings nothing: held back, and its first reason says why."""
    theirs = {"fatalities": 7, "notes": "Their note."}
    target, path = _copied_database(store, tmp_path, theirs, ours_last=True)
    plan = imports.plan_import(store, path)
    (position,) = plan.positions(imports.CONFLICT)
    mix = plan.keeping(position, store.incidents.get(target), {"notes"})
    imports.apply_import(store, plan, picked={position}, keep={position: mix})
    after = store.incidents.get(target)
    assert (after.fatalities, after.notes) == (7, "Our note.")
    (row,) = [r for r in imports.plan_import(store, path).rows if r.existing_id == target]
    assert row.action in (imports.STALE, imports.UNCHANGED)
    assert row.problems[0].template == imports.M_CHOSEN_BEFORE


def test_our_own_older_copy_stays_an_older_copy(store: Store, tmp_path: Path) -> None:
    """Our own export, read back after we changed the notes again: a version we held, so
    an old copy held back. (Merged from the incident as it was made, its notes would
    clash with ours: both changed them since.)"""
    store.incidents.add_many(Generator(92).incidents(2))
    target = store.incidents.get(store.incidents.ids(IncidentQuery())[0])
    time.sleep(1.1)
    edited = store.incidents.update(target.with_changes(notes="Changed before the export."))
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    time.sleep(1.1)
    store.incidents.update(edited.with_changes(notes="Changed since the export."))
    _held_back_as_an_older_copy(store, path, target.id)


def test_a_colleagues_version_superseded_by_one_imported_since_stays_an_older_copy(
    store: Store, tmp_path: Path
) -> None:
    """A colleague on a copy of our database sends a first version (toll 44), then a second
    that takes the toll back; we import the second and change another field here. Their
    first version, read again, is out of date: held back, never a conflict whose field by
    field choice would bring the withdrawn toll back (review)."""
    copy, target = _copy_of(store, tmp_path, seed=93)
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    time.sleep(1.1)
    with Store.open(copy, author="colleague") as other:
        theirs = other.incidents.by_uuid([target.uuid])[target.uuid]
        v1 = other.incidents.update(theirs.with_changes(fatalities=44, notes="C1"))
        export(other, IncidentQuery(), first)
        time.sleep(1.1)
        other.incidents.update(v1.with_changes(fatalities=theirs.fatalities, notes="C2"))
        export(other, IncidentQuery(), second)
    imports.apply_import(store, imports.plan_import(store, second))
    time.sleep(1.1)
    ours = store.incidents.get(target.id)
    store.incidents.update(ours.with_changes(original_event_type="Raid"))
    _held_back_as_an_older_copy(store, first, target.id)


def _held_back_as_an_older_copy(store: Store, path: Path, incident_id: int | None) -> None:
    (row,) = [r for r in imports.plan_import(store, path).rows if r.existing_id == incident_id]
    assert row.action == imports.STALE
    said = {p.template for p in row.problems}
    assert imports.M_STALE in said and imports.M_NO_BASE not in said


def test_an_older_version_held_back_shows_both_values_of_what_it_would_change(
    store: Store, tmp_path: Path
) -> None:
    store.incidents.add_many(Generator(15).incidents(3))
    path = tmp_path / "old.xlsx"
    export(store, IncidentQuery(), path)
    target = store.incidents.get(store.incidents.ids(IncidentQuery())[0])
    store.incidents.update(target.with_changes(fatalities=(target.fatalities or 0) + 40))
    plan = imports.plan_import(store, path)
    (row,) = [r for r in plan.rows if r.action == imports.STALE]
    said = " | ".join(str(p) for p in row.problems)
    assert f"fatalities: here: {(target.fatalities or 0) + 40}; in the file: " in said


def test_a_merged_older_version_is_a_version_made_here_not_the_files(
    store: Store, tmp_path: Path
) -> None:
    """Both set the fatalities to 44, B also wrote a note, A saved last: merged, B's note is
    taken. The result is a version made here: our own export made before the merge, read
    back later, is older than it and does not undo B's note."""
    target, back = both_laptops(
        store, tmp_path, {"fatalities": 44}, {"fatalities": 44, "notes": "B's note."},
        ours_last=True,
    )  # fmt: skip
    ours = tmp_path / "ours-before-the-merge.xlsx"
    export(store, IncidentQuery(), ours)
    imports.apply_import(store, imports.plan_import(store, back))
    assert store.incidents.get(target.id).notes == "B's note."
    imports.apply_import(store, imports.plan_import(store, ours))
    assert store.incidents.get(target.id).notes == "B's note."


def test_a_value_that_is_the_other_and_more_is_shown_where_it_goes_on() -> None:
    from sahel_desk.jobs.merge import shown_apart

    start = "Attaque contre le poste de Boni par des hommes armés non identifiés. " * 2
    here, file = shown_apart(start, start + "Bilan confirmé par la MINUSMA.")
    assert here != file and "Bilan" in file
