"""sahel_desk.exchange.guard: every hostile file is rejected with its own message, before any
parser reads it; good workbooks and CSV files pass; formulas are found without parsing."""

from __future__ import annotations

import io
import itertools
import random
import re
import string
import time
import zipfile
from pathlib import Path

import pytest
from exchange.hostile_files import (
    GOOD,
    HOSTILE,
    MAIN_NS,
    build_cp1252_csv,
    build_declared_bomb_xlsx,
    build_formula_xlsx,
    build_good_xlsx,
    build_large_xlsx,
    build_missing,
    build_random_bytes,
    build_sheet_xlsx,
    build_utf8_csv,
    build_xxe_workbook_xlsx,
)

from sahel_desk.domain.errors import FileRejected
from sahel_desk.exchange import _zipcheck, guard

EXPECTED = {
    "missing file": guard.NO_FILE,
    "folder": guard.FOLDER,
    "empty file": guard.EMPTY,
    "PDF": guard.NOT_A_SPREADSHEET,
    "PNG": guard.NOT_A_SPREADSHEET,
    "random bytes": guard.NOT_A_SPREADSHEET,
    "docx": guard.NOT_A_SPREADSHEET,
    "ods": guard.OTHER_FORMAT,
    "HTML saved as .xls": guard.OTHER_FORMAT,
    "UTF-16 CSV": guard.UTF16,
    "UTF-16 CSV without BOM": guard.UTF16,
    "xls": guard.OTHER_FORMAT,
    "password-protected xlsx": guard.PASSWORD,
    "truncated xlsx": guard.DAMAGED,
    "bad CRC": guard.DAMAGED,
    "declared size smaller than data": guard.DAMAGED,
    "zip-encrypted part": guard.PASSWORD,
    "duplicate part": guard.DAMAGED,
    "ratio bomb": guard.ZIP_BOMB,
    "declared bomb": guard.ZIP_BOMB,
    "part too large": guard.TOO_LARGE,
    "total too large": guard.TOO_LARGE,
    "too many parts": guard.ZIP_BOMB,
    "billion laughs": guard.XML_ENTITIES,
    "XXE in sharedStrings": guard.XML_EXTERNAL,
    "XXE in workbook": guard.XML_EXTERNAL,
    "UTF-16 XML part": guard.XML_UNSAFE,
    "UTF-7 XML part": guard.XML_UNSAFE,
    "dimension A1:XFD1048576": guard.TOO_MANY_CELLS,
    "dimension with a space": guard.TOO_MANY_CELLS,
    "row beyond Excel": guard.BEYOND_EXCEL,
    "empty row beyond Excel": guard.BEYOND_EXCEL,
    "column beyond Excel": guard.BEYOND_EXCEL,
    "sparse corners": guard.TOO_MANY_CELLS,
    "escaped cell reference": guard.XML_UNSAFE,
    "cells without references": guard.TOO_MANY_CELLS,
    "reference after another attribute": guard.BEYOND_EXCEL,
    "prefixed cell": guard.BEYOND_EXCEL,
    "lowercase reference": guard.BEYOND_EXCEL,
    "empty row amid rows": guard.BEYOND_EXCEL,
    "wide cell amid rows": guard.TOO_MANY_CELLS,
}


def test_every_hostile_case_has_its_expected_message():
    assert set(EXPECTED) == set(HOSTILE)
    assert set(EXPECTED.values()) <= set(guard.MESSAGES)


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_file_is_rejected(case: str, tmp_path: Path):
    path = HOSTILE[case](tmp_path)
    with pytest.raises(FileRejected) as rejected:
        guard.check_file(path)
    assert rejected.value.template == EXPECTED[case]
    assert rejected.value.params["name"] == path.name
    assert str(rejected.value) == EXPECTED[case].format(**rejected.value.params)


@pytest.mark.parametrize("case", list(GOOD))
def test_good_file_passes(case: str, tmp_path: Path):
    build, kind = GOOD[case]
    assert guard.check_file(build(tmp_path)) == kind


def test_every_message_names_the_file_and_fills_its_placeholders():
    for template in guard.MESSAGES:
        fields = {field for _, field, _, _ in string.Formatter().parse(template) if field}
        assert "name" in fields, template
        assert fields <= {"name", "kind", "reason", "size", "limit", "part", "where", "cells"}


def test_excel_corners_alone_are_accepted(tmp_path: Path):
    """XFD1 and A1048576 are Excel's last column and row: one row or one column is cheap."""
    for ref, row in (("XFD1", 1), ("A1048576", 1_048_576)):
        sheet = f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="{row}"><c r="{ref}">'
        path = build_sheet_xlsx(
            tmp_path, f"{ref}.xlsx", sheet + "<v>1</v></c></row></sheetData></worksheet>"
        )
        assert guard.check_file(path) == "xlsx"


def test_large_sheet_passes_quickly(tmp_path: Path):
    path = build_large_xlsx(tmp_path)
    started = time.perf_counter()
    assert guard.check_file(path) == "xlsx"
    assert time.perf_counter() - started < 5


def test_sheets_written_the_usual_way_need_no_exact_count(tmp_path: Path, monkeypatch):
    """openpyxl (with and without a dimension) and plain XML pass on the quick path alone;
    the exact count (0.6 µs a cell) is only for sheets written some other way."""

    def exact(*_):
        raise AssertionError("the quick pass gave up on an ordinary sheet")

    monkeypatch.setattr(_zipcheck, "_measure_sheet", exact)
    no_dimension = build_sheet_xlsx(
        tmp_path,
        "no-dimension.xlsx",
        f'<worksheet xmlns="{MAIN_NS}"><sheetData>'
        + "".join(f'<row r="{r}"><c r="A{r}"/><c r="AB{r}"/></row>' for r in range(1, 300))
        + "</sheetData></worksheet>",
    )
    for path in (build_good_xlsx(tmp_path), build_large_xlsx(tmp_path), no_dimension):
        assert guard.check_file(path) == "xlsx"


def test_quick_bounds_cover_exactly_what_their_regexes_accept():
    """_up_to_row/_up_to_column: bound ≥ the value, the regex accepts every number or column
    up to the bound and nothing beyond it (the quick pass's soundness rests on this)."""
    columns = [
        "".join(letters)
        for length in (1, 2, 3)
        for letters in itertools.product(string.ascii_uppercase, repeat=length)
    ]
    for col in (1, 26, 27, 42, 52, 53, 702, 703, 1378, 1379, 16384):
        bound, regex = _zipcheck._up_to_column(col)
        accepted = [c for c in columns if re.fullmatch(regex, c.encode())]
        assert bound >= col and max(map(_zipcheck.column_number, accepted)) == bound
        assert len(accepted) == bound  # every column from A to the bound, each once
    for row in (1, 9, 10, 42, 99, 100, 100_004, 199_999, 200_000, 1_048_576):
        bound, regex = _zipcheck._up_to_row(row)
        assert bound >= row and re.fullmatch(regex, str(bound).encode())
        assert not re.fullmatch(regex, str(bound + 1).encode())
        for n in random.Random(row).sample(range(1, 10 * bound + 10), min(bound, 2_000)):
            assert bool(re.fullmatch(regex, str(n).encode())) == (n <= bound), (row, n)


def test_quick_pass_never_accepts_what_the_exact_count_rejects():
    """Random sheets, mostly plain, some rows and cells spelt oddly or far away: whenever the
    quick pass says a sheet fits, the exact count agrees."""
    rng = random.Random(2024)
    odd = ['<c t="n" r="{ref}"/>', "<c r='{ref}'/>", '<c\tr="{ref}"/>', "<c/>", '<x:c r="{ref}"/>',
           '<c r="{low}"/>', '<c r="$A${row}"/>', '<row r="{far}"/>']  # fmt: skip
    quick_yes = 0
    for _ in range(400):
        parts = []
        if rng.random() < 0.5:
            corner = f"{_column(rng.randint(1, 60))}{rng.randint(1, 900)}"
            parts.append(f'<dimension ref="A1:{corner}"/>')
        parts.append("<sheetData>")
        for r in rng.sample(range(1, 1_000), rng.randint(1, 30)):
            cells = []
            for _ in range(rng.randint(0, 6)):
                col = rng.randint(1, 20_000) if rng.random() < 0.02 else rng.randint(1, 60)
                row = rng.randint(1, 2_000_000) if rng.random() < 0.02 else r
                ref = f"{_column(col)}{row}"
                if rng.random() < 0.01:
                    cell = rng.choice(odd).format(ref=ref, low=ref.lower(), row=row, far=row)
                else:
                    cell = f'<c r="{ref}"><v>1</v></c>'
                cells.append(cell)
            parts.append(f'<row r="{r}">' + "".join(cells) + "</row>")
        xml = f'<worksheet xmlns="{MAIN_NS}" xmlns:x="{MAIN_NS}">' + "".join(parts)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            zf.writestr("sheet.xml", xml + "</sheetData></worksheet>")
        with zipfile.ZipFile(buffer) as zf:
            info = zf.getinfo("sheet.xml")
            if _zipcheck._fits_quickly(zf, info, "t"):
                quick_yes += 1
                _zipcheck._measure_sheet(zf, info, "t")  # must not raise
    assert quick_yes > 50  # the property was tested, not vacuously true


def _column(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def test_csv_encodings(tmp_path: Path):
    assert guard.csv_encoding(build_utf8_csv(tmp_path)) == "utf-8-sig"
    assert guard.csv_encoding(build_cp1252_csv(tmp_path)) == "cp1252"
    plain = tmp_path / "plain.csv"
    plain.write_bytes("location\nSégou\n".encode())
    assert guard.csv_encoding(plain) == "utf-8-sig"


def test_csv_encoding_reads_past_the_first_bytes(tmp_path: Path):
    """UTF-8 for 100 KB, then one Windows-1252 é: the file is not UTF-8."""
    path = tmp_path / "late.csv"
    path.write_bytes(b"location,notes\n" + b"Gao,calm\n" * 12_000 + "Ségou,é\n".encode("cp1252"))
    assert guard.check_file(path) == "csv"
    assert guard.csv_encoding(path) == "cp1252"


def test_csv_encoding_refuses_what_is_not_text(tmp_path: Path):
    with pytest.raises(FileRejected):
        guard.csv_encoding(build_random_bytes(tmp_path))
    with pytest.raises(ValueError):
        guard.csv_encoding(build_good_xlsx(tmp_path))
    undefined = tmp_path / "undefined.csv"  # 0x81 is neither UTF-8 nor Windows-1252
    undefined.write_bytes(b"location\nGao\x81\n")
    with pytest.raises(FileRejected) as rejected:
        guard.csv_encoding(undefined)
    assert rejected.value.template == guard.ENCODING


def test_formula_cells_finds_the_formula_openpyxl_wrote(tmp_path: Path):
    assert guard.formula_cells(build_formula_xlsx(tmp_path)) == {(1, 1): "=1+1"}
    assert guard.formula_cells(build_good_xlsx(tmp_path)) == {}


def test_formula_cells_shared_escaped_and_prefixed(tmp_path: Path):
    sheet = (
        f'<x:worksheet xmlns:x="{MAIN_NS}"><x:sheetData>'
        '<x:row r="1"><x:c r="A1"><x:f t="shared" ref="A1:A2" si="0">B1*2</x:f></x:c></x:row>'
        '<x:row r="2"><x:c r="A2"><x:f t="shared" si="0"/><x:v>4</x:v></x:c></x:row>'
        '<x:row r="3"><x:c r="A3"><x:f t="shared" si="7"/></x:c></x:row>'
        '<x:row r="4"><x:c r="C4"><x:f>IF(A1&gt;0,"a&amp;b","")</x:f></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    )
    assert guard.formula_cells(build_sheet_xlsx(tmp_path, "shared.xlsx", sheet)) == {
        (0, 0): "=B1*2",
        (1, 0): "=B1*2",
        (2, 0): "=<shared formula>",
        (3, 2): '=IF(A1>0,"a&b","")',
    }


def test_formula_cells_numbers_cells_without_references(tmp_path: Path):
    """No r="…" (some generators): cells are counted, as calamine counts them."""
    sheet = (
        f'<worksheet xmlns="{MAIN_NS}"><sheetData>'
        "<row><c><v>1</v></c><c><f>1+2</f></c></row>"
        '<row r="5"><c/><c/><c><f><![CDATA[3+4]]></f></c></row>'
        "</sheetData></worksheet>"
    )
    path = build_sheet_xlsx(tmp_path, "no-refs.xlsx", sheet)
    assert guard.check_file(path) == "xlsx"
    assert guard.formula_cells(path) == {(0, 1): "=1+2", (4, 2): "=3+4"}


def test_formula_cells_is_fast_on_a_large_sheet(tmp_path: Path):
    plain = build_large_xlsx(tmp_path)
    started = time.perf_counter()
    assert guard.formula_cells(plain) == {}
    assert time.perf_counter() - started < 2
    with_formula = build_large_xlsx(tmp_path, formula_at_end=True)
    assert guard.formula_cells(with_formula) == {(100_000, 1): "=SUM(A1:A2)"}


def test_formula_cells_of_a_missing_sheet_or_hostile_file(tmp_path: Path):
    with pytest.raises(IndexError):
        guard.formula_cells(build_good_xlsx(tmp_path), sheet_index=1)
    with pytest.raises(ValueError):
        guard.formula_cells(build_utf8_csv(tmp_path))
    for build in (build_declared_bomb_xlsx, build_xxe_workbook_xlsx, build_missing):
        with pytest.raises(FileRejected):
            guard.formula_cells(build(tmp_path))
