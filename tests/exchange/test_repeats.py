"""The reader reads once what a file repeats (exchange.repeats): every row that repeats a
value must still be judged as if it were read alone, its warnings, flags and counts too."""

from __future__ import annotations

from pathlib import Path

from exchange.sharing import edit_sheet
from openpyxl import load_workbook

from sahel_desk.domain.errors import problem
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.exchange import acled_import as ai
from sahel_desk.exchange.columns import WORKBOOK_COLUMNS
from sahel_desk.exchange.repeats import Repeated
from sahel_desk.jobs import imports
from sahel_desk.jobs.export import export
from sahel_desk.store import Store
from sahel_desk.synthetic.acled_files import acled_incidents, write_acled
from sahel_desk.synthetic.incidents import Generator

HEADER = "date,type d’événement,sous-type d’événement,acteur 1,acteur 2,lieu,région\n"


def test_a_new_actor_and_a_misspelt_type_are_said_on_every_row(store: Store, tmp_path: Path):
    path = tmp_path / "repeats.csv"
    path.write_text(
        HEADER
        + "14/04/2023,Manifestations,Manifestation pacifique,Somebody New,,Boni,Mopti\n" * 3
        + "14/04/2023,Batles,Affrontement armé,JNIM,FAMa,Boni,Mopti\n" * 2,
        encoding="utf-8",
    )
    rows = sorted(imports.plan_import(store, path).rows, key=lambda r: r.line)
    for row in rows[:3]:
        assert row.action == imports.NEW
        assert [p.field for p in row.problems if p.template == ai.M_NEW_ACTOR] == ["actor1"]
    for row in rows[3:]:
        assert row.action == imports.REJECTED
        assert [p.field for p in row.problems if p.severity == "error"] == ["event_type"]


def test_places_read_from_the_gazetteer_are_counted_on_every_row(store: Store, tmp_path: Path):
    """Country and region read from the place: the notes count each row, not each place."""
    path = tmp_path / "sans_pays.csv"
    path.write_text(
        "date,type d’événement,sous-type d’événement,acteur 1,acteur 2,lieu\n"
        + "14/04/2023,Batailles,Affrontement armé,JNIM,FAMa,Douentza\n" * 4,
        encoding="utf-8",
    )
    plan = imports.plan_import(store, path)
    assert {r.incident.place.admin1 for r in plan.rows} == {"Mopti"}  # type: ignore[union-attr]
    counts = {n.template: dict(n.params)["n"] for n in plan.notes if n.template in
              (ai.M_COUNTRY_READ, ai.M_REGION_READ)}  # fmt: skip
    assert counts == {ai.M_COUNTRY_READ: 4, ai.M_REGION_READ: 4}


def test_an_old_remote_violence_reads_each_rows_notes(store: Store, tmp_path: Path) -> None:
    """Before 2019 ACLED wrote "Remote violence"; which weapon it was, the notes of that row
    say: rows alike in every other cell are not alike in their sub-event type."""
    path = tmp_path / "legacy.csv"
    line = "2012-04-14,2012,1,Remote violence,JNIM,2,FAMa,1,Mali,Mopti,Boni,{notes},0\n"
    path.write_text(
        "event_date,year,time_precision,event_type,actor1,inter1,actor2,inter2,country,admin1,"
        "location,notes,fatalities\n"
        + line.format(notes="An IED hit a convoy")
        + line.format(notes="The camp was shelled with mortars")
        + line.format(notes="An IED hit a convoy"),
        encoding="utf-8",
    )
    plan = imports.plan_import(store, path)
    assert plan.shape is ai.Shape.LEGACY
    subs = [r.incident.sub_event_type for r in sorted(plan.rows, key=lambda r: r.line)]  # type: ignore[union-attr]
    assert subs == [
        "Remote explosive/landmine/IED",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
    ]


def test_a_workbooks_true_is_not_its_1(store: Store, tmp_path: Path) -> None:
    """1 == True as a key: TRUE in a precision cell is refused, 1 beside it is read, in
    either order."""
    path = write_acled(tmp_path / "typed.xlsx", acled_incidents(4, seed=3))
    book = load_workbook(path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    for row, precision in zip((2, 3, 4, 5), (True, 1, 1, True), strict=True):
        for name, value in (("event_date", "2023-04-14"), ("year", 2023),
                            ("time_precision", precision)):  # fmt: skip
            sheet.cell(row=row, column=header.index(name) + 1).value = value
    book.save(path)
    rows = sorted(imports.plan_import(store, path).rows, key=lambda r: r.line)
    assert [r.action == imports.REJECTED for r in rows] == [True, False, False, True]
    for row in (rows[0], rows[3]):
        assert [p.field for p in row.problems if p.severity == "error"] == ["time_precision"]


def test_a_formulas_problem_stays_on_its_row(store: Store, tmp_path: Path) -> None:
    """A toll typed as the formula =2+2, between two rows alike in every cell but whose toll
    is the text “=2+2”: the formula's row alone says it holds a formula."""
    path = write_acled(tmp_path / "f.xlsx", acled_incidents(3, seed=9))
    book = load_workbook(path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    for row in (3, 4):
        for column in range(1, len(header) + 1):
            if header[column - 1] not in ("event_id_cnty", "notes", "timestamp"):
                sheet.cell(row=row, column=column).value = sheet.cell(row=2, column=column).value
    fatalities = header.index("fatalities") + 1
    for row in (2, 3, 4):
        sheet.cell(row=row, column=fatalities).value = "=2+2"
        if row != 3:
            sheet.cell(row=row, column=fatalities).data_type = "s"  # text, not a formula
    book.save(path)
    rows = sorted(imports.plan_import(store, path).rows, key=lambda r: r.line)
    assert [r.action for r in rows] == [imports.REJECTED] * 3
    errors = [[str(p) for p in r.problems if p.severity == "error"] for r in rows]
    assert ["holds a formula" in " ".join(e) for e in errors] == [False, True, False], errors
    assert all(e[0].startswith("fatalities: ") for e in errors), errors


def test_rows_moved_to_one_unknown_place_each_say_it_once(store: Store, tmp_path: Path):
    """Two rows of our workbook whose place a colleague changed to the same unknown one: the
    flag that says the place was looked up again holds for both (each is unverified, and
    says so once, in its own words)."""
    store.incidents.add_many(Generator(19).incidents(3))
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(sort=(("id", False),)), path)
    sheet = load_workbook(path).worksheets[0]
    place = ("country", "admin1", "admin2", "admin3", "sd_place_ref", "sd_unverified_place")
    edits: dict[tuple[int, str], object] = {
        (row, name): sheet.cell(row=2, column=WORKBOOK_COLUMNS.index(name) + 1).value
        for row in (2, 3)
        for name in place
    }
    edits[(2, "location")] = edits[(3, "location")] = "Campement de Hamadou"
    edit_sheet(path, edits)
    rows = [r for r in imports.plan_import(store, path).rows if r.action == imports.UPDATE]
    assert len(rows) == 2
    for row in rows:
        said = [str(p) for p in row.problems]
        assert not any("not tied to a gazetteer entry" in s for s in said), said
        assert sum("the place is no longer" in s for s in said) == 1, said


class _Row:
    def __init__(self, cells: list[object]) -> None:
        self.cells, self.size, self.plain, self.own = cells, len(cells), True, False
        self.problems: list = []
        self.flags: set[str] = set()


def test_a_part_whose_cells_never_repeat_is_read_row_by_row() -> None:
    """Remembering a part whose every row differs (our workbook's sources, with their
    dates) costs more than it saves: after a few thousand rows it stops, and reads on."""
    read: list[object] = []

    def step(row: _Row) -> object:
        read.append(row.cells[0])
        row.problems.append(problem("a", "said of {value}", "warning", value=row.cells[0]))
        return row.cells[0]

    unique = Repeated({"a": 0}, ("a",), typed=False)
    rows = [_Row([f"v{k}"]) for k in range(6000)]
    assert [unique.read(row, step) for row in rows] == [f"v{k}" for k in range(6000)]
    assert len(read) == 6000 and all(len(row.problems) == 1 for row in rows)
    assert not unique._seen  # let go, not kept for nothing
    read.clear()
    repeating = Repeated({"a": 0}, ("a",), typed=False)
    rows = [_Row([f"v{k % 3}"]) for k in range(6000)]
    assert [repeating.read(row, step) for row in rows] == [f"v{k % 3}" for k in range(6000)]
    assert len(read) == 3 and all(len(row.problems) == 1 for row in rows)


def test_a_flag_the_row_had_already_is_still_the_parts() -> None:
    """Actor 1 and an associated actor both new on one row: the second part's flag is its
    own too, and a row sharing only that part's cells gets it (a review tag lost else)."""

    def step(row: _Row) -> str:
        row.flags.add("new_actor")
        return str(row.cells[0])

    part = Repeated({"a": 0}, ("a",), typed=False)
    first = _Row(["Another New"])
    first.flags.add("new_actor")  # from actor 1, read before
    part.read(first, step)
    second = _Row(["Another New"])
    part.read(second, step)
    assert first.flags == second.flags == {"new_actor"}
