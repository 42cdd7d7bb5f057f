"""The Incidents rows written as SpreadsheetML text: well-formed, typed and inert, read back
by openpyxl (full mode) and calamine from a real workbook."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import python_calamine
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment

from sahel_desk.exchange.sheet_rows import RowWriter, inserting_rows

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
AWKWARD = [
    "=1+1",
    "a & b <c> d",
    "  leading and trailing  ",
    "line one\r\nline two",
    "Ménaka « guillemets » ’",
    12,
    -3.25,
    dt.date(2023, 4, 15),
    dt.datetime(2024, 5, 17, 14, 3),
    None,
    "",
    True,
]


def _workbook_with_rows(path: Path, rows: list[list[object]]) -> None:
    """A real workbook: openpyxl writes the header and styles, RowWriter the rows."""
    book = Workbook(write_only=True)
    ws = book.create_sheet("Incidents")
    ws.append([f"c{k}" for k in range(len(rows[0]))])
    wrapped = WriteOnlyCell(ws)
    wrapped.alignment = Alignment(wrap_text=True)
    styles = {
        dt.date: WriteOnlyCell(ws, value=dt.date(2000, 1, 1)).style_id,
        dt.datetime: WriteOnlyCell(ws, value=dt.datetime(2000, 1, 1, 1)).style_id,
        "wrap": wrapped.style_id,
    }
    ws.close()
    with inserting_rows(Path(ws._writer.out)) as (out, _fixes):
        writer = RowWriter(out, styles, wrap_column=3)
        for row in rows:
            writer.write(row)
    book.save(path)


def test_rows_read_back_with_their_types_and_text(tmp_path: Path) -> None:
    path = tmp_path / "rows.xlsx"
    _workbook_with_rows(path, [AWKWARD, list(reversed(AWKWARD))])
    sheet = load_workbook(path)["Incidents"]
    got = [cell.value for cell in sheet[2]]
    assert got[:5] == ["=1+1", "a & b <c> d", "  leading and trailing  ", "line one\r\nline two",
                       "Ménaka « guillemets » ’"]  # fmt: skip
    assert sheet["A2"].data_type == "s"  # text, not a formula
    assert got[5:9] == [12, -3.25, dt.datetime(2023, 4, 15), dt.datetime(2024, 5, 17, 14, 3)]
    assert got[9] is None and got[10] is None and got[11] is True
    assert sheet["H2"].number_format == "yyyy-mm-dd"
    assert sheet["D2"].alignment.wrap_text
    assert sheet["A3"].value is True  # the second row, numbered 3
    calamine = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = calamine.get_sheet_by_name("Incidents").to_python()
    assert rows[1][0] == "=1+1" and rows[1][7] == dt.date(2023, 4, 15)


def test_each_row_is_well_formed_xml() -> None:
    out = io.StringIO()
    writer = RowWriter(out, {dt.date: 1, dt.datetime: 2}, first_row=7)
    writer.write(AWKWARD)
    row = ET.fromstring(out.getvalue())
    assert row.get("r") == "7"
    cells = row.findall("c")
    assert [c.get("r") for c in cells][:3] == ["A7", "B7", "C7"]
    assert all(c.get("t") == "inlineStr" for c in cells[:5])
    text = cells[2].find("is/t")
    assert text is not None and text.text == "  leading and trailing  "
    assert text.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert NS not in out.getvalue()


def test_a_time_zone_or_an_unknown_type_is_refused() -> None:
    writer = RowWriter(io.StringIO(), {dt.date: 1, dt.datetime: 2})
    with pytest.raises(TypeError):
        writer.write([dt.datetime(2024, 1, 1, tzinfo=dt.UTC)])
    with pytest.raises(TypeError):
        writer.write([object()])


def test_the_tail_fix_changes_the_autofilter(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.xml"
    sheet.write_text('<worksheet><sheetData><row r="1"/></sheetData>'
                     '<autoFilter ref="A1:B5"/></worksheet>', encoding="utf-8")  # fmt: skip
    with inserting_rows(sheet) as (out, fixes):
        RowWriter(out, {dt.date: 1, dt.datetime: 2}).write(["x", 1])
        fixes.append(('ref="A1:B5"', 'ref="A1:B2"'))
    text = sheet.read_text(encoding="utf-8")
    assert text == (
        '<worksheet><sheetData><row r="1"/><row r="2"><c r="A2" t="inlineStr"><is><t>x</t>'
        '</is></c><c r="B2" t="n"><v>1</v></c></row></sheetData><autoFilter ref="A1:B2"/>'
        "</worksheet>"
    )


def test_edge_text_and_numbers_a_spreadsheet_cannot_hold() -> None:
    out = io.StringIO()
    RowWriter(out, {dt.date: 1, dt.datetime: 2}).write(["\rcarriage", float("nan"), float("inf")])
    row = ET.fromstring(out.getvalue())
    text = row.find("c/is/t")
    assert text is not None and text.text == "\rcarriage"  # &#13; kept, not read as a newline
    assert text.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert [c.get("r") for c in row.findall("c")] == ["A2"]  # NaN and infinity left empty


def test_a_row_is_as_tall_as_its_wrapped_notes_and_reads_from_the_top() -> None:
    out = io.StringIO()
    writer = RowWriter(
        out, {dt.date: 1, dt.datetime: 2, "wrap": 3, "plain": 4}, wrap_column=1, wrap_width=10
    )
    writer.write(["short", "fits", 3])
    writer.write(["long", "x" * 20 + "\nsecond line", 3])
    writer.write(["huge", "y" * 10_000, 3])
    rows = ET.fromstring(f"<sheetData>{out.getvalue()}</sheetData>").findall("row")
    assert rows[0].get("ht") is None  # one line: the spreadsheet's own height
    assert (rows[1].get("ht"), rows[1].get("customHeight")) == ("60", "1")  # 2 + 2 lines
    assert rows[2].get("ht") == "409"  # the tallest a row can be
    assert [c.get("s") for c in rows[1].findall("c")] == ["4", "3", "4"]
