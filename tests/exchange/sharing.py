"""What the import tests share: applying a file, what a round trip must keep, and a
colleague's edits to an exported workbook. Import as ``from exchange.sharing import …``."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from sahel_desk.exchange.columns import WORKBOOK_COLUMNS
from sahel_desk.jobs import imports
from sahel_desk.store import Store


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
