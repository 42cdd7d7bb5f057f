"""A probable duplicate taken as the incident it probably is: a colleague's edit of the ACLED
CSV we exported (no uuid, and our own incidents have no ACLED id) updates that incident
instead of adding a second copy of it."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest
from exchange.sharing import content, edit_sheet
from openpyxl import load_workbook
from support import db_checksum

from sahel_desk.domain.errors import ValidationError
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.jobs import imports, merge
from sahel_desk.jobs.export import export
from sahel_desk.store import Store
from sahel_desk.synthetic.acled_files import acled_incidents, write_acled
from sahel_desk.synthetic.incidents import Generator


def _edit_csv(path: Path, edits: dict[tuple[int, str], str], *, copy: int | None = None) -> Path:
    """Change cells of an ACLED CSV, (data row from 0, column) -> text, as a colleague would;
    ``copy``: a data row first written again at the end (then editable as the last row)."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    if copy is not None:
        rows.append(list(rows[copy + 1]))
    for (row, name), value in edits.items():
        rows[row + 1][rows[0].index(name)] = value
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _said(row: imports.PlannedRow) -> str:
    """What a row says last before the values of what differs: why it cannot update."""
    return [str(p) for p in row.problems if p.template != merge.M_VALUES][-1]


def _ours(store: Store, tmp_path: Path) -> tuple[list, Path]:
    """Ten incidents logged here, drivers and source links included, exported as ACLED CSV."""
    made = [i.with_changes(external_id=None, external_timestamp=None)
            for i in Generator(41).incidents(40) if i.tags and i.sources][:10]  # fmt: skip
    store.incidents.add_many(made)
    held = store.incidents.get_many(store.incidents.ids(IncidentQuery(sort=(("id", False),))))
    target = tmp_path / "ours.csv"
    export(store, IncidentQuery(sort=(("id", False),)), target)
    return held, target


def test_a_colleagues_correction_updates_the_incident_it_is(store: Store, tmp_path: Path):
    held, path = _ours(store, tmp_path)
    first = held[0]
    _edit_csv(path, {(0, "fatalities"): str((first.fatalities or 0) + 7),
                     (0, "notes"): "Corrected by Awa."})  # fmt: skip
    plan = imports.plan_import(store, path)
    assert plan.counts[imports.UNCHANGED] == 9
    (position,) = plan.positions(imports.DUPLICATE)
    row = plan.rows[position]
    assert row.existing_id == first.id
    said = [str(p) for p in row.problems]
    assert "row: the file's version differs in: notes, fatalities" in said
    assert "notes: here: " in " | ".join(said)  # and both values, to tell copies apart
    here = first.fatalities if first.fatalities is not None else "unknown"
    assert f"fatalities: here: {here}; in the file: {(first.fatalities or 0) + 7}" in said
    new, updates = plan.to_write(update={position})
    assert new == [] and [u.id for u in updates] == [first.id]
    batch = imports.apply_import(store, plan, update={position})
    assert (batch.added, batch.updated) == (0, 1)
    assert store.incidents.count() == 10  # no second copy
    now = store.incidents.get(first.id)
    assert now.fatalities == (first.fatalities or 0) + 7 and now.notes == "Corrected by Awa."
    # what the CSV cannot carry stays as the analysts set it
    assert now.uuid == first.uuid and now.tags == first.tags
    assert [s.url for s in now.sources] == [s.url for s in first.sources]
    assert now.place.ref == first.place.ref
    changed = {r.field for r in store.history.for_incident(first.id) if r.imported_from}
    assert changed == {"fatalities", "notes"}
    store.imports.undo(batch.id)
    assert content(store.incidents.get(first.id)) == content(first)


def test_each_duplicate_may_be_taken_its_own_way(store: Store, tmp_path: Path) -> None:
    """One row updates its incident, another is added as a second incident, a third is left
    out: the counts of the batch say so."""
    held, path = _ours(store, tmp_path)
    _edit_csv(path, {(k, "notes"): f"Revised {k}." for k in range(3)})
    plan = imports.plan_import(store, path)
    one, two, _left = sorted(plan.positions(imports.DUPLICATE))
    batch = imports.apply_import(store, plan, picked={two}, update={one})
    assert (batch.added, batch.updated, batch.duplicates) == (1, 1, 1)
    assert store.incidents.get(held[0].id).notes == "Revised 0."
    assert store.incidents.get(held[1].id).notes == held[1].notes
    assert store.incidents.get(held[2].id).notes == held[2].notes
    assert store.incidents.count() == 11


def test_two_rows_updating_one_incident_are_refused(store: Store, tmp_path: Path) -> None:
    """Two edited copies of one incident, both taken as updates: only the last would stay,
    so nothing is written and the refusal names the rows."""
    held, path = _ours(store, tmp_path)
    _edit_csv(path, {(0, "notes"): "Awa's version.", (10, "notes"): "Moussa's version."},
              copy=0)  # fmt: skip
    plan = imports.plan_import(store, path)
    both = plan.positions(imports.DUPLICATE)
    assert len(both) == 2
    assert {plan.rows[p].existing_id for p in both} == {held[0].id}
    (clash,) = plan.clashes(update=both)
    assert (
        clash.message
        == f"rows 2, 12 would each update incident {held[0].id}: take one of them as the update, "
        "the others as new incidents or not at all"
    )
    before = db_checksum(store.path)
    with pytest.raises(ValidationError, match="would each update incident"):
        imports.apply_import(store, plan, update=both)
    assert db_checksum(store.path) == before
    assert plan.clashes(update={min(both)}, picked={max(both)}) == []  # one update, one new


def test_a_duplicate_of_an_incident_another_row_is_cannot_update_it(
    store: Store, tmp_path: Path
) -> None:
    """Our workbook updates an incident, and a copy of its row (another uuid: a second
    attack that day, say) is a probable duplicate of it: taking that copy as an update would
    write over the first row's update, so it is not offered, and says why."""
    store.incidents.add_many(list(Generator(43).incidents(3)))
    book = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), book)
    uuid = edit_sheet(book, {(2, "notes"): "Edited in the sheet."})
    first = next(i for i in store.incidents.get_many(store.incidents.ids(IncidentQuery()))
                 if i.uuid == uuid)  # fmt: skip
    book_ = load_workbook(book)
    sheet = book_.worksheets[0]
    header = [c.value for c in sheet[1]]
    again = [c.value for c in sheet[2]]  # a second copy of it, under another uuid
    again[header.index("sd_uuid")] = "3f1d8a4e-1b3c-4c55-9f0e-2a7d6b1c9e01"
    again[header.index("notes")] = "A second copy, edited otherwise."
    sheet.append(again)
    book_.save(book)
    plan = imports.plan_import(store, book)
    (dup,) = plan.positions(imports.DUPLICATE)
    row = plan.rows[dup]
    assert row.existing_id == first.id and row.as_update is None
    assert [r.existing_id for r in plan.rows if r.action == imports.UPDATE] == [first.id]
    assert _said(row) == (
        f"row: another row of this file is incident {first.id}: this row cannot update it"
    )
    batch = imports.apply_import(store, plan, update={dup})  # left out, not a second copy
    assert (batch.added, batch.updated, batch.duplicates) == (0, 1, 1)
    assert store.incidents.get(first.id).notes == "Edited in the sheet."


def test_an_edited_copy_beside_its_unchanged_original_cannot_update_it(store, tmp_path):
    """A colleague copied a row of our CSV to log a second attack that day: the original
    row is that incident, unchanged; the copy is a probable duplicate that cannot update it."""
    held, path = _ours(store, tmp_path)
    _edit_csv(path, {(10, "notes"): "A second attack that evening."}, copy=0)
    plan = imports.plan_import(store, path)
    (dup,) = plan.positions(imports.DUPLICATE)
    assert plan.rows[dup].existing_id == held[0].id and plan.rows[dup].as_update is None
    assert plan.counts[imports.UNCHANGED] == 10
    assert plan.to_write(update={dup}) == ([], [])


def test_a_duplicate_updates_the_closest_of_two_alike_incidents(store: Store, tmp_path: Path):
    """Two incidents of one day, place and actors (two clashes near Boni): the colleague
    corrected the second; its row updates the second, not the first one listed."""
    base = next(i for i in Generator(45).incidents(20) if i.sources)
    base = base.with_changes(external_id=None, external_timestamp=None)
    store.incidents.add_many(
        [
            base.with_changes(notes="Morning clash."),
            base.with_changes(notes="Evening clash.", uuid=str(uuid.uuid4())),
        ]
    )
    one, two = store.incidents.get_many(sorted(store.incidents.ids(IncidentQuery())))
    path = tmp_path / "ours.csv"
    export(store, IncidentQuery(sort=(("id", False),)), path)
    _edit_csv(path, {(1, "fatalities"): str((two.fatalities or 0) + 2)})
    plan = imports.plan_import(store, path)
    (dup,) = plan.positions(imports.DUPLICATE)
    assert plan.rows[dup].existing_id == two.id
    imports.apply_import(store, plan, update={dup})
    assert store.incidents.get(two.id).fatalities == (two.fatalities or 0) + 2
    assert content(store.incidents.get(one.id)) == content(one)


def test_a_duplicate_as_like_two_incidents_cannot_update_either(store, tmp_path):
    base = next(i for i in Generator(45).incidents(20) if i.sources)
    base = base.with_changes(external_id=None, external_timestamp=None)
    again = base.with_changes(fatalities=(base.fatalities or 0) + 1, uuid=str(uuid.uuid4()))
    store.incidents.add_many([base, again])
    one, two = sorted(store.incidents.ids(IncidentQuery()))
    path = tmp_path / "theirs.csv"
    write_acled(path, [base.with_changes(fatalities=(base.fatalities or 0) + 5)])
    (row,) = imports.plan_import(store, path).rows
    assert row.action == imports.DUPLICATE and row.as_update is None
    assert _said(row) == (
        f"row: incidents {one}, {two} are each as like it: it cannot update one of them"
    )


def test_a_duplicate_of_an_incident_in_the_trash_cannot_update_it(store, tmp_path):
    held, path = _ours(store, tmp_path)
    store.incidents.delete([held[0].id])
    _edit_csv(path, {(0, "notes"): "Corrected."})
    plan = imports.plan_import(store, path)
    (dup,) = plan.positions(imports.DUPLICATE)
    assert plan.rows[dup].as_update is None
    said = _said(plan.rows[dup])
    assert (
        said
        == f"row: incident {held[0].id} is in the trash: restore it first to update it from a file"
    )


def test_another_acled_event_cannot_update_an_incident(store: Store, tmp_path: Path) -> None:
    """ACLED keeps two events of one day, place and actors apart by their ids: a file's
    event of another id is no correction of ours."""
    event = acled_incidents(1, seed=31)[0]
    store.incidents.add_many([event])
    other = event.with_changes(external_id="MLI99999", notes="Another event.")
    (row,) = imports.plan_import(store, write_acled(tmp_path / "a.csv", [other])).rows
    assert row.action == imports.DUPLICATE and row.as_update is None
    assert "its ACLED id (MLI99999) is not incident" in _said(row)


def test_a_corrected_toll_outside_our_range_drops_the_range(store, tmp_path) -> None:
    """Our incident says 10 dead (8 to 14); a colleague's CSV, which has no range, says 30:
    the range, which would contradict it, is not kept."""
    held, path = _ours(store, tmp_path)
    first = held[0]
    store.incidents.update(first.with_changes(fatalities=10, fatalities_low=8, fatalities_high=14))
    path = tmp_path / "again.csv"
    export(store, IncidentQuery(sort=(("id", False),)), path)
    _edit_csv(path, {(0, "fatalities"): "30", (1, "notes"): "Checked again."})
    plan = imports.plan_import(store, path)
    first_row, second_row = sorted(plan.positions(imports.DUPLICATE))
    assert _said(plan.rows[first_row]) == (
        f"fatalities: taken as an update, the file's toll replaces incident {first.id}'s range "
        "(8 to 14), which it lies outside"
    )
    imports.apply_import(store, plan, update={first_row, second_row})
    now = store.incidents.get(first.id)
    assert (now.fatalities, now.fatalities_low, now.fatalities_high) == (30, None, None)
    kept = store.incidents.get(held[1].id)  # a toll within the range keeps it
    assert kept.notes == "Checked again."


def test_a_corrected_date_is_caught_by_the_notes(store: Store, tmp_path: Path) -> None:
    """A colleague moved an event of ours a day later and added a word to its notes: not a
    new event (ACLED's rule wants the same day), but probably ours, by place, actors and
    notes; taken as an update, it moves the incident's date. Another event of that place
    and those actors, the next day, with notes of its own, stays new."""
    import datetime as dt

    held, path = _ours(store, tmp_path)
    first = held[0]
    later = (first.date.day + dt.timedelta(days=1)).isoformat()
    _edit_csv(path, {(0, "event_date"): later, (0, "notes"): f"{first.notes} [date corrected]",
                     (10, "event_date"): later, (10, "notes"): "Another ambush, next day."},
              copy=0)  # fmt: skip
    plan = imports.plan_import(store, path)
    (dup,) = plan.positions(imports.DUPLICATE)
    assert plan.rows[dup].line == 2 and plan.rows[dup].existing_id == first.id
    said = [str(p) for p in plan.rows[dup].problems]
    assert (
        f"row: probably the same event as incident {first.id}, dated {first.date.day} here: the "
        "same place and actors, and notes much alike"
    ) in said
    assert [r.line for r in plan.rows if r.action == imports.NEW] == [12]
    imports.apply_import(store, plan, update={dup})
    assert store.incidents.get(first.id).date.day.isoformat() == later
    assert store.incidents.count() == 11


NOTES = "On 12/04/2019, suspected Katiba Macina militants attacked Boni market; 1 reported killed."


def _near_case(
    store: Store, tmp_path: Path, ours: dict, theirs: dict, days: int = 1
) -> imports.ImportPlan:
    """One incident of ours (day precision, no ACLED id) and one row of a colleague's CSV
    of the same place and actors, ``days`` later, each changed as given."""
    base = next(i for i in Generator(45).incidents(40) if i.date.precision == 1 and i.sources)
    base = base.with_changes(external_id=None, external_timestamp=None, notes=NOTES)
    store.incidents.add_many([base.with_changes(**ours)])
    row = base.with_changes(uuid=str(uuid.uuid4()), date=_days(base.date, days))
    return imports.plan_import(
        store, write_acled(tmp_path / "theirs.csv", [row.with_changes(**theirs)])
    )


def _days(incident_date, n):
    import datetime as dt

    from sahel_desk.domain.incident import EventDate

    return EventDate(incident_date.day + dt.timedelta(days=n), incident_date.precision)


@pytest.mark.parametrize(
    ("ours_notes", "their_notes", "days"),
    [
        ("-", "Clashes near Boni: JNIM against a self-defence group, several dead.", 1),
        ("Clash.", "Clash. JNIM against a self-defence group near Boni, several dead.", 1),
        (NOTES, NOTES.replace("12/04/2019", "19/04/2019").replace("1 reported", "4 reported"), 7),
        (NOTES, NOTES + " (corrected)", 32),  # further than a corrected date goes
        (NOTES, NOTES[:-1] + "ly reported.", 1),  # a word changed, not added
        (NOTES[:-1], NOTES[:-1] + ".5 thousand", 1),  # "killed 1" is no "killed 1.5"
    ],
)
def test_another_event_near_ours_stays_new(store, tmp_path, ours_notes, their_notes, days):
    """Placeholders, a word any clash's notes hold, ACLED's notes of another event of that
    place (another date, another toll), a month away: a new event, never held back."""
    plan = _near_case(store, tmp_path, {"notes": ours_notes}, {"notes": their_notes}, days)
    assert [r.action for r in plan.rows] == [imports.NEW]


def test_our_notes_with_a_word_added_a_month_away_are_ours(store, tmp_path):
    """The edge of the window: 31 days is a corrected date; 32 (above) is not."""
    plan = _near_case(store, tmp_path, {}, {"notes": NOTES + " (corrected)"}, 31)
    assert [r.action for r in plan.rows] == [imports.DUPLICATE]


@pytest.mark.parametrize("dated_to_the_week", ["ours", "theirs"])
def test_a_near_match_is_only_for_incidents_dated_to_the_day(store, tmp_path, dated_to_the_week):
    """An incident, or a row, known only to the week: a day three days from that week is no
    corrected day of it (a week's incident may be any of its days)."""
    import datetime as dt

    from sahel_desk.domain.incident import EventDate

    ours = next(i for i in Generator(45).incidents(40) if i.date.precision == 1 and i.sources)
    week = EventDate.week_of(ours.date.day)
    day = EventDate(week.last_day + dt.timedelta(days=3), ours.date.precision)
    ours_date, their_date = (week, day) if dated_to_the_week == "ours" else (day, week)
    plan = _near_case(store, tmp_path, {"date": ours_date},
                      {"date": their_date, "notes": NOTES + " (x)"})  # fmt: skip
    assert [r.action for r in plan.rows] == [imports.NEW]


def test_a_row_with_an_acled_id_is_matched_by_it_not_by_its_notes(store, tmp_path):
    plan = _near_case(store, tmp_path, {}, {"notes": NOTES + " (checked)", "external_id": "MLI1"})
    assert [r.action for r in plan.rows] == [imports.NEW]


def test_a_near_match_prefers_the_notes_to_the_fields(store: Store, tmp_path: Path) -> None:
    """Ours moved a day with a word added, and another incident of that place six days on
    whose fields are closer to the row's: the row is ours, not a tie."""
    base = next(i for i in Generator(45).incidents(40) if i.date.precision == 1 and i.sources)
    base = base.with_changes(external_id=None, external_timestamp=None, notes=NOTES)
    other = base.with_changes(uuid=str(uuid.uuid4()), date=_days(base.date, 7),
                              notes=NOTES.replace("12/04", "19/04"))  # fmt: skip
    store.incidents.add_many([base, other])
    mine, _ = sorted(store.incidents.ids(IncidentQuery()))
    row = other.with_changes(uuid=str(uuid.uuid4()), date=_days(base.date, 1),
                             notes=NOTES + " (checked)")  # fmt: skip
    (planned,) = imports.plan_import(store, write_acled(tmp_path / "t.csv", [row])).rows
    assert planned.action == imports.DUPLICATE and planned.existing_id == mine
    assert planned.as_update is not None


def test_the_command_line_updates_with_duplicates_when_told(capsys, store: Store, tmp_path):
    from sahel_desk.cli import main

    held, path = _ours(store, tmp_path)
    _edit_csv(path, {(1, "notes"): "Awa's version.", (10, "notes"): "Moussa's version."}, copy=1)
    db = str(store.path)
    before = db_checksum(store.path)
    assert main(["import", str(path), "--yes", "--update-duplicates", "--db", db]) == 2
    out = capsys.readouterr().out
    assert "each updates the incident it probably is" in out
    assert f"Cannot import: rows 3, 12 would each update incident {held[1].id}" in out
    assert "Leave all but one of those rows out with --leave-rows" in out
    assert db_checksum(store.path) == before
    with pytest.raises(SystemExit):  # one way or the other, not both
        main(["import", str(path), "--duplicates", "--update-duplicates", "--db", db])
    assert "not allowed with argument" in capsys.readouterr().err
    assert main(["import", str(path), "--yes", "--db", db]) == 0
    assert "--update-duplicates updates with them" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["import", str(path), "--update-duplicates", "--leave-rows", "x", "--db", db])
    assert "is not a list of row numbers" in capsys.readouterr().err
    assert main(["import", str(path), "--update-duplicates", "--leave-rows", "5,99", "--db", db])
    assert "row 5, 99 is not held back" in capsys.readouterr().err  # unchanged, and none
    assert main(["import", str(path), "--leave-rows", "12", "--db", db])
    assert "--leave-rows leaves rows out of what --duplicates" in capsys.readouterr().err
    update = ["import", str(path), "--yes", "--update-duplicates", "--leave-rows", "12"]
    assert main([*update, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Imported 0 new and 1 updated incident" in out
    assert "× probably the same event" not in out  # listed as a duplicate, not a warning too
    assert store.incidents.get(held[1].id).notes == "Awa's version."
    assert store.incidents.count() == 10


def test_the_command_line_skips_the_duplicates_that_cannot_update(capsys, store, tmp_path):
    from sahel_desk.cli import main

    held, path = _ours(store, tmp_path)
    _edit_csv(path, {(2, "notes"): "Corrected.", (10, "notes"): "Another attack."}, copy=0)
    code = main(["import", str(path), "--yes", "--update-duplicates", "--db", str(store.path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "2  probable duplicates (each updates the incident it probably is; 1 that" in out
    assert f"another row of this file is incident {held[0].id}: this row cannot" in out
    assert "Imported 0 new and 1 updated incident" in out
    assert store.incidents.get(held[2].id).notes == "Corrected."
    assert store.incidents.count() == 10


def test_notes_kept_against_a_colleagues_csv_stay_kept_when_it_is_read_again(
    store: Store, tmp_path: Path
) -> None:
    """A colleague corrects the toll and the notes in our CSV (no uuid): we take the toll,
    keep our notes. Read again (say, with a row added), the same notes are not taken with
    --update-duplicates: the row says it keeps ours, as chosen before. Notes the colleague
    changes once more are offered again."""
    held, path = _ours(store, tmp_path)
    first = held[0]
    _edit_csv(path, {(0, "fatalities"): str((first.fatalities or 0) + 7),
                     (0, "notes"): "Corrected by Awa."})  # fmt: skip
    plan = imports.plan_import(store, path)
    (position,) = plan.positions(imports.DUPLICATE)
    mix = plan.keeping(position, store.incidents.get(first.id), {"notes"})
    imports.apply_import(store, plan, update={position}, keep={position: mix})
    assert store.incidents.get(first.id).notes == first.notes
    again = imports.plan_import(store, path)
    (position,) = again.positions(imports.DUPLICATE)
    said = str(again.rows[position].problems[0])  # first: what the row then does
    assert "kept as it is here, as chosen when an earlier import offered the same: notes" in said
    imports.apply_import(store, again, update={position})
    assert store.incidents.get(first.id).notes == first.notes  # not the colleague's, again
    _edit_csv(path, {(0, "notes"): "Corrected by Awa, twice."})
    third = imports.plan_import(store, path)
    (position,) = third.positions(imports.DUPLICATE)
    imports.apply_import(store, third, update={position})
    assert store.incidents.get(first.id).notes == "Corrected by Awa, twice."


def test_an_earlier_choice_that_no_longer_fits_gives_way_to_the_file(
    store: Store, tmp_path: Path
) -> None:
    """ACLED made a battle a strategic development; we kept our type. Its next version
    gives that type again, with civilians as actor 2: our type with those actors is no
    valid incident, so the row takes ACLED's version whole, rather than the store refusing
    the whole import for one row."""
    from sahel_desk.domain import taxonomy
    from sahel_desk.domain.actors import ActorType

    battle = next(e for e in acled_incidents(40, seed=31)
                  if e.event_type == taxonomy.BATTLES and e.external_timestamp)  # fmt: skip
    store.incidents.add_many([battle])
    ours = store.incidents.get(store.incidents.ids(IncidentQuery())[0])
    moved = {"event_type": taxonomy.STRATEGIC_DEVELOPMENTS, "sub_event_type": "Other"}
    first = write_acled(tmp_path / "v2.csv", [battle.with_changes(
        **moved, external_timestamp=battle.external_timestamp + 1)])  # fmt: skip
    plan = imports.plan_import(store, first)
    (position,) = plan.positions(imports.UPDATE)
    mix = plan.keeping(position, ours, {"event_type"})
    imports.apply_import(store, plan, keep={position: mix})
    assert store.incidents.get(ours.id).event_type == taxonomy.BATTLES
    second = write_acled(tmp_path / "v3.csv", [battle.with_changes(
        **moved, actor2="Civilians (Mali)", inter2=ActorType.CIVILIANS, assoc_actor2=(),
        external_timestamp=battle.external_timestamp + 2)])  # fmt: skip
    again = imports.plan_import(store, second)
    assert again.counts[imports.UPDATE] == 1
    imports.apply_import(store, again)  # not refused whole for one row
    now = store.incidents.get(ours.id)
    assert (now.event_type, now.actor2) == (taxonomy.STRATEGIC_DEVELOPMENTS, "Civilians (Mali)")
