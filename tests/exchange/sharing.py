"""What the import tests share: applying a file, what a round trip must keep, and a
colleague's edits to an exported workbook. Import as ``from exchange.sharing import …``."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from openpyxl import load_workbook

from sahel_desk.domain.incident import Incident
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.exchange.columns import WORKBOOK_COLUMNS
from sahel_desk.jobs import imports
from sahel_desk.jobs.export import export
from sahel_desk.store import Store
from sahel_desk.synthetic.incidents import Generator


def content(incident):
    """What must survive a round trip: everything but the database's bookkeeping."""
    skip = {"id", "created_at", "created_by", "updated_at", "updated_by"}
    return {k: getattr(incident, k) for k in incident.__dataclass_fields__ if k not in skip}


def import_file(store: Store, path: Path, **options: object) -> imports.ImportPlan:
    plan = imports.plan_import(store, path)
    assert not plan.needs_mapping, plan.columns
    imports.apply_import(store, plan, **options)  # type: ignore[arg-type]
    return plan


def edit_sheet(path: Path, edits: dict[tuple[int, str], object]) -> str:
    """Change cells of an exported workbook's Incidents sheet, (row, column name) -> value,
    as a colleague would in a spreadsheet; returns the uuid on row 2."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    column = {name: k + 1 for k, name in enumerate(WORKBOOK_COLUMNS)}
    for (row, name), value in edits.items():
        sheet.cell(row=row, column=column[name]).value = value
    book.save(path)
    return str(sheet.cell(row=2, column=column["sd_uuid"]).value)


def shared_with_b(store: Store, tmp_path: Path) -> tuple[Path, Incident]:
    """A exports everything; B, on a laptop with the same reference data and no incidents,
    imports it. Returns B's database and A's first incident."""
    first = tmp_path / "a.xlsx"
    export(store, IncidentQuery(), first)
    laptop_b = tmp_path / "b.sqlite"
    shutil.copyfile(store.path, laptop_b)
    with Store.open(laptop_b, author="B") as b:
        b.incidents.purge(b.incidents.ids(IncidentQuery(include_deleted=True)))
        time.sleep(1.1)
        import_file(b, first)
    return laptop_b, store.incidents.get(
        store.incidents.ids(IncidentQuery(sort=(("id", False),)))[0]
    )


def both_laptops(
    store: Store,
    tmp_path: Path,
    ours: dict[str, object],
    theirs: dict[str, object],
    *,
    added: bool = True,
    ours_last: bool = False,
) -> tuple[Incident, Path]:
    """A exports; B imports it and edits ``theirs``; meanwhile A edits ``ours`` (before B,
    or after B with ``ours_last``). Returns A's incident as A edited it, and B's export,
    made on top of A's older version. ``added``: A's six incidents are added first (else
    the caller has them)."""
    if added:
        store.incidents.add_many(Generator(15).incidents(6))
    laptop_b, target = shared_with_b(store, tmp_path)
    if not ours_last:
        edited = store.incidents.update(target.with_changes(**ours))  # A's correction
        time.sleep(1.1)
    back = tmp_path / "b.xlsx"
    with Store.open(laptop_b, author="B") as b:
        copy = b.incidents.by_uuid([target.uuid])[target.uuid]
        b.incidents.update(copy.with_changes(**theirs))
        export(b, IncidentQuery(), back)
    if ours_last:
        time.sleep(0.01)
        edited = store.incidents.update(target.with_changes(**ours))
    return edited, back
