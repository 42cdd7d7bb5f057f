"""Export: the workbook and the ACLED CSV, read back by second readers (calamine, openpyxl,
the csv module), with the safety rules: inert formulas, clean XML, atomic replacement."""

from __future__ import annotations

import csv
import datetime as dt
import os
import stat
import tempfile
import textwrap
import zipfile
from pathlib import Path

import pytest
import python_calamine
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from sahel_desk.domain.errors import Cancelled, SahelDeskError
from sahel_desk.domain.incident import Source
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.exchange.columns import ACLED_COLUMNS, WORKBOOK_COLUMNS
from sahel_desk.jobs.export import export
from sahel_desk.store import Store
from sahel_desk.synthetic.article import article_incidents
from sahel_desk.synthetic.incidents import Generator

HOSTILE_NOTES = '=HYPERLINK("http://x.invalid","click")\x07 and a bell'


@pytest.fixture
def filled(store: Store) -> Store:
    incidents = list(Generator(5).incidents(300)) + article_incidents()
    hostile = incidents[0].with_changes(
        notes=HOSTILE_NOTES,
        actor2=None,
        inter2=None,
        sources=(Source("+33 Radio @night", None, None, "National"),),
    )
    store.incidents.add_many([hostile, *incidents[1:]])
    return store


def _sheet(path: Path, name: str) -> list[list[object]]:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(name).to_python()


def test_workbook_holds_every_sheet_with_typed_cells(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    result = export(filled, IncidentQuery(), target)
    assert result.rows == filled.incidents.count() == 303
    book = python_calamine.CalamineWorkbook.from_path(str(target))
    assert book.sheet_names == ["Incidents", "Summary", "Drivers", "Responses", "About"]
    rows = _sheet(target, "Incidents")
    assert tuple(rows[0]) == WORKBOOK_COLUMNS
    assert len(rows) == 304
    header = {name: k for k, name in enumerate(rows[0])}
    typed = rows[1]
    assert isinstance(typed[header["event_date"]], dt.date)
    assert isinstance(typed[header["latitude"]], float)
    assert typed[header["inter1"]] in {"State forces", "Rebel group", "Political militia",
                                       "Identity militia", "Civilians", "External/Other forces",
                                       "Rioters", "Protesters"}  # fmt: skip
    # unknown fatalities are an empty cell, never 0
    unknown = [r for r in rows[1:] if r[header["fatalities"]] == ""]
    assert len(unknown) == filled.incidents.count(IncidentQuery()) - filled.incidents.count(
        IncidentQuery(fatalities_min=0)
    )


def test_the_autofilter_covers_the_rows_written_when_the_count_was_stale(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Incidents deleted between counting and reading: the filter still ends on the last row."""
    real = filled.incidents.count(IncidentQuery())
    monkeypatch.setattr(filled.incidents, "count", lambda query=None: real + 7)
    target = tmp_path / "out.xlsx"
    export(filled, IncidentQuery(), target)
    sheet = load_workbook(target)["Incidents"]
    assert sheet.auto_filter.ref == f"A1:AQ{real + 1}" and sheet.max_row == real + 1


def test_workbook_layout_read_by_openpyxl(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    export(filled, IncidentQuery(), target, language="fr")
    book = load_workbook(target)  # a second reader, the one colleagues' scripts use
    assert book.sheetnames == ["Incidents", "Synthèse", "Facteurs", "Réponses", "À propos"]
    sheet = book["Incidents"]
    assert sheet.freeze_panes == "A2"
    last = get_column_letter(len(WORKBOOK_COLUMNS))  # every column, sd_based_on the last
    assert sheet.auto_filter.ref == f"A1:{last}{304}" and last == "AQ"
    notes = sheet.cell(row=2, column=WORKBOOK_COLUMNS.index("notes") + 1)
    assert notes.alignment.wrap_text
    assert sheet.cell(row=2, column=2).number_format == "yyyy-mm-dd"
    # printed: six landscape pages across, each with the header and the id and date
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 6
    assert sheet.print_title_rows == "$1:$1" and sheet.print_title_cols == "$A:$B"
    assert sheet.print_options.gridLines
    summary = book["Synthèse"]
    assert summary.page_setup.fitToWidth == 1
    # every printed page heads its counts with the months and regions
    assert summary.print_title_rows == "$2:$2"
    # printed, a count stands under its region's name: headers over numbers right-aligned
    assert summary["A2"].alignment.horizontal is None
    assert summary["B2"].alignment.horizontal == "right"
    drivers = book["Facteurs"]
    last = drivers.max_column
    assert drivers.cell(row=1, column=2).alignment.horizontal == "right"
    assert drivers.cell(row=2, column=last).alignment.indent == 1  # the code, apart
    assert len(summary._charts) == 1
    assert summary["A1"].value == "Incidents par mois et par admin1"


def test_columns_of_a_closed_list_show_their_values_whole(filled: Store, tmp_path: Path) -> None:
    """LibreOffice does not fit columns when it opens a file: "Remote explosive/landmine/IED"
    must not be cut at the column's edge."""
    target = tmp_path / "out.xlsx"
    export(filled, IncidentQuery(), target)
    sheet = load_workbook(target)["Incidents"]
    rows = _sheet(target, "Incidents")
    for name in ("disorder_type", "event_type", "sub_event_type", "inter1", "interaction"):
        column = WORKBOOK_COLUMNS.index(name)
        longest = max(len(str(row[column])) for row in rows[1:])
        width = sheet.column_dimensions[get_column_letter(column + 1)].width
        assert width > longest, (name, width, longest)


def test_summary_totals_match_the_store(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    export(filled, IncidentQuery(), target)
    rows = _sheet(target, "Summary")
    header = rows[1]
    total_row = next(r for r in rows[2:] if r[0] == "Total")
    assert total_row[header.index("Total")] == filled.incidents.count()
    by_admin = {r.key[0] or "(no admin1)": r.incidents for r in filled.reports.counts(("admin1",))}
    for name, count in by_admin.items():
        assert total_row[header.index(name)] == count
    # why a month before a filter's first may head the table: said under it
    assert any(str(r[0]).startswith("An incident known to the week counts") for r in rows)
    assert all(len(str(r[0])) <= 12 + 13 * (len(header) - 1) for r in rows)  # beside the chart
    drivers = _sheet(target, "Drivers")
    usage = filled.tags.usage()
    for row in drivers[1:]:
        code, incidents = row[-1], row[1]
        if code.count(".") == 2:  # a leaf: its own incidents
            assert incidents == usage[code]


def test_summary_lists_the_quiet_months_as_zeros(store: Store, tmp_path: Path) -> None:
    """Incidents in January and April only: February and March are rows of zeros, so the
    chart drops to nothing between them instead of drawing a line over them."""
    dated = [
        x.with_changes(date=x.date.__class__(dt.date(2024, month, 3), x.date.precision))
        for x, month in zip(Generator(3).incidents(3), (1, 4, 4), strict=True)
    ]
    store.incidents.add_many(dated)
    target = tmp_path / "quiet.xlsx"
    export(store, IncidentQuery(), target)
    rows = _sheet(target, "Summary")
    total = rows[1].index("Total")
    months = [(r[0], r[total]) for r in rows[2:6]]
    assert months == [
        (dt.date(2024, 1, 1), 1),
        (dt.date(2024, 2, 1), 0),
        (dt.date(2024, 3, 1), 0),
        (dt.date(2024, 4, 1), 2),
    ]
    assert rows[6][0] == "Total"
    query = IncidentQuery(date_from=dt.date(2023, 11, 20), date_to=dt.date(2024, 5, 2))
    export(store, query, target)  # a filter's quiet months at either end are rows too
    months = [r[0] for r in _sheet(target, "Summary")[2:9]]
    assert months[0] == dt.date(2023, 11, 1) and months[-1] == dt.date(2024, 5, 1)
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()
    with pytest.raises(SahelDeskError, match="is a folder"):
        export(store, IncidentQuery(), folder)


def test_formulas_are_inert_and_bad_characters_removed(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    result = export(filled, IncidentQuery(), target)
    assert result.report.control_characters == 1
    assert result.report.inert_formulas >= 2  # the notes and the "+33" source
    with zipfile.ZipFile(target) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet and b"<f " not in sheet  # no live formula anywhere
    book = load_workbook(target)
    values = [c.value for row in book["Incidents"].iter_rows() for c in row]
    assert HOSTILE_NOTES.replace("\x07", "") in values
    cells = [c for row in book["Incidents"].iter_rows() for c in row if c.value == values[0]]
    assert all(c.data_type == "s" for c in cells)


def test_csv_is_acled_shaped_and_inert(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    result = export(filled, IncidentQuery(admin1=frozenset({"Mopti"})), target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert (
        len(rows) - 1
        == result.rows
        == filled.incidents.count(IncidentQuery(admin1=frozenset({"Mopti"})))
    )
    assert all(r[ACLED_COLUMNS.index("admin1")] == "Mopti" for r in rows[1:])
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "@")), cell


def test_the_filter_is_the_tables_filter(filled: Store, tmp_path: Path) -> None:
    query = IncidentQuery(event_types=frozenset({"Battles"}), date_from=dt.date(2018, 1, 1))
    target = tmp_path / "battles.xlsx"
    result = export(filled, query, target, filter_words="Battles since 2018")
    assert result.rows == filled.incidents.count(query)
    uuids = {r[WORKBOOK_COLUMNS.index("sd_uuid")] for r in _sheet(target, "Incidents")[1:]}
    expected = {i.uuid for i in filled.incidents.get_many(filled.incidents.ids(query))}
    assert uuids == expected
    about = {r[0]: r[1] for r in _sheet(target, "About") if r and r[0]}
    assert about["Filter"] == "Battles since 2018"
    assert about["Incidents"] == result.rows
    assert about["Database file"] == filled.path.name  # never the folder: it names the user


def test_cancel_keeps_the_old_file_and_leaves_no_temp(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the colleague's earlier export")
    seen: list[list[str]] = []

    def cancel_midway() -> bool:
        seen.append(sorted(p.name for p in system_temp.iterdir()))
        return True

    filled.incidents.add_many(Generator(9).incidents(1500))
    with pytest.raises(Cancelled):
        export(filled, IncidentQuery(), target, cancelled=cancel_midway)
    assert target.read_bytes() == b"the colleague's earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx", "sahel.sqlite",
                                                          "sahel.sqlite-shm", "sahel.sqlite-wal",
                                                          "system-temp"]  # fmt: skip
    assert seen and all(names == [] for names in seen)  # no plaintext in the system temp
    export(filled, IncidentQuery(), target)  # and a full export replaces it
    assert zipfile.is_zipfile(target)
    assert list(system_temp.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_export_can_be_opened_by_whom_the_user_lets_open_new_files(
    filled: Store, tmp_path: Path
) -> None:
    """A new export has the permissions the user's umask gives any new file (a colleague
    sharing the folder can open it); a replaced one keeps those it had."""
    new, kept = tmp_path / "new.csv", tmp_path / "kept.xlsx"
    mask = os.umask(0o022)
    try:
        export(filled, IncidentQuery(), new)
        kept.write_bytes(b"an earlier export")
        kept.chmod(0o640)
        export(filled, IncidentQuery(), kept)
    finally:
        os.umask(mask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and zipfile.is_zipfile(kept)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_an_export_onto_a_link_is_refused(filled: Store, tmp_path: Path) -> None:
    """A link (to the shared copy, to a file not there yet, or one a stranger planted in a
    shared folder to point at the user's database): refused in words, nothing written, the
    link and the file it names left as they were."""
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "latest.xlsx").write_bytes(b"last week's export")
    link, dangling, planted = tmp_path / "latest.xlsx", tmp_path / "next.csv", tmp_path / "x.xlsx"
    link.symlink_to(shared / "latest.xlsx")
    dangling.symlink_to(shared / "next.csv")
    planted.symlink_to(filled.path)
    before = filled.path.read_bytes()
    for target in (link, dangling, planted):
        with pytest.raises(SahelDeskError, match=f"{target.name} is a link to .*nothing was"):
            export(filled, IncidentQuery(), target)
        assert target.is_symlink()
    assert (shared / "latest.xlsx").read_bytes() == b"last week's export"
    assert sorted(p.name for p in shared.iterdir()) == ["latest.xlsx"]
    assert filled.path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".sahel-desk-")]


def test_refuses_what_it_cannot_write(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(SahelDeskError, match=r"\.xlsx or \.csv"):
        export(filled, IncidentQuery(), tmp_path / "out.ods")
    with pytest.raises(SahelDeskError, match="does not exist"):
        export(filled, IncidentQuery(), tmp_path / "missing" / "out.xlsx")


def test_libreoffice_opens_it(filled: Store, tmp_path: Path) -> None:
    """The file a colleague opens in LibreOffice converts without complaint."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed here")
    target = tmp_path / "out.xlsx"
    export(filled, IncidentQuery(), target)
    subprocess.run(
        [soffice, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(target)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = (tmp_path / "out.csv").read_text(encoding="utf-8", errors="replace")
    assert text.startswith("event_id_cnty,event_date")


def test_flat_records_from_sql_are_the_incidents(filled: Store) -> None:
    """The export reads flat records straight from SQL; they must say what the incidents say."""
    from sahel_desk.domain.flat import flatten

    kinds = {tag.code: tag.kind for tag in filled.tags.all()}
    filled.incidents.retag(
        {
            i.id: i.tags
            for i in filled.incidents.get_many(filled.incidents.ids(IncidentQuery()))[:3]
        },
        add=frozenset({"drv.gov.instability", "rsp.sec.coalitions"}),
        remove=frozenset(),
    )
    query = IncidentQuery(sort=(("fatalities", True), ("id", False)))
    flats = list(filled.incidents.stream_flat(query, chunk=50))
    incidents = list(filled.incidents.stream(query, chunk=50))
    assert len(flats) == len(incidents) == 303
    assert flats == [flatten(i, kinds) for i in incidents]


def test_the_about_sheet_speaks_the_workbooks_language():

    from sahel_desk.domain.incident import DatePrecision
    from sahel_desk.exchange.wording import attributions
    from sahel_desk.jobs.export import describe

    query = IncidentQuery(
        admin1=frozenset({"Mopti"}),
        date_from=dt.date(2023, 4, 1),
        actor_groups=(frozenset({"JNIM: Group for Support of Islam and Muslims"}),),
        date_precisions=frozenset({DatePrecision.MONTH}),
    )
    english = describe(query)
    assert "admin1: Mopti" in english and "and also actors: JNIM" in english
    french = describe(query, "fr")
    assert "régions\u202f: Mopti" in french and "précision de date\u202f: mois" in french
    assert "and also" not in french and "dates du 1 avr. 2023 au …" in french
    assert "dates 1 Apr 2023 to …" in english  # a day in words: 01/04 is 4 January to some
    assert attributions("fr")[1].startswith("Noms de lieux") and attributions("en")[0] != ""


def test_the_filters_words_are_the_workbooks_language_and_a_day_is_said_once():
    """In French, event types and drivers by their French names (a tester read "Battles"
    and "drv.eco.gold" in a French About sheet), and one day as one day."""
    from sahel_desk.jobs.export import describe

    query = IncidentQuery(
        event_types=frozenset({"Battles"}),
        tags=frozenset({"drv.eco.gold"}),
        date_from=dt.date(2023, 4, 15),
        date_to=dt.date(2023, 4, 15),
    )
    french = describe(query, "fr", {"drv.eco.gold": "Orpaillage artisanal"})
    assert "types d’événement\u202f: Batailles" in french
    assert "facteurs ou réponses\u202f: Orpaillage artisanal" in french
    assert "date du 15 avr. 2023" in french and " au " not in french
    assert "date 15 Apr 2023" in describe(query)


def test_places_of_several_levels_are_said_as_one_choice():
    from sahel_desk.jobs.export import describe

    query = IncidentQuery(admin1=frozenset({"Mopti"}), admin2=frozenset({"Ansongo"}))
    assert describe(query) == "in any of these places (admin1: Mopti | admin2: Ansongo)"
    assert describe(IncidentQuery(admin1=frozenset({"Gao", "Mopti"}))) == "admin1: Gao, Mopti"


def test_the_about_sheet_reads_whole_in_a_sheet_that_does_not_fit_rows(
    filled: Store, tmp_path: Path
) -> None:
    """LibreOffice cut the explanation of the columns after two lines, and a sentence cut
    over several cells copies in halves: each paragraph is one wrapped cell, on a row as
    tall as its lines; numbers sit beside their labels."""
    target = tmp_path / "out.xlsx"
    export(filled, IncidentQuery(), target)
    sheet = load_workbook(target)["About"]
    columns = next(
        row for row in sheet.iter_rows(min_col=1, max_col=2) if row[0].value == "Columns"
    )
    text = columns[1].value
    assert text.startswith("The first 31 columns") and text.endswith(".") and len(text) > 300
    assert columns[1].alignment.wrap_text
    lines = len(textwrap.wrap(text, 95))
    assert sheet.row_dimensions[columns[1].row].height >= 15 * lines
    numbers = [c for row in sheet.iter_rows(min_col=2, max_col=2) for c in row
               if isinstance(c.value, int)]  # fmt: skip
    assert numbers and all(c.alignment.horizontal == "left" for c in numbers)
    longest = max(len(str(c.value or "")) for row in sheet.iter_rows(max_col=1) for c in row)
    assert sheet.column_dimensions["A"].width > longest  # every label whole


def test_no_line_of_the_about_sheet_is_a_formula(filled: Store, tmp_path: Path) -> None:
    """The filter's words (a user's search) go in as text: a paragraph that starts with "="
    is text like the rest, and odd text (a newline, blanks, a long name) is kept, not lost."""
    target = tmp_path / "out.xlsx"
    words = ("text “" + "x" * 88 + '”\n=HYPERLINK("http://x.invalid","click") and\nnext '
             + "y" * 120)  # fmt: skip
    export(filled, IncidentQuery(), target, filter_words=words)
    sheet = load_workbook(target)["About"]
    cells = [c for row in sheet.iter_rows(min_col=2, max_col=2) for c in row if c.value]
    assert cells and all(c.data_type != "f" for c in cells)
    texts = [str(c.value) for c in cells]
    assert any(t.startswith('=HYPERLINK("http://x.invalid"') for t in texts)
    assert "next " + "y" * 120 in texts and "text “" + "x" * 88 + "”" in texts
    export(filled, IncidentQuery(), target, filter_words=" " * 100)  # only blanks: no crash
