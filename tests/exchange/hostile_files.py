"""Files a colleague might send, good and hostile, each written into a folder by a builder.

Every ``build_<case>(folder) -> Path`` writes a real file (openpyxl, then zipfile surgery where
the attack needs it) and returns its path; ``HOSTILE`` names every case check_file() must
reject, ``GOOD`` the ones it must accept. Import as ``from exchange.hostile_files import …``.
"""

from __future__ import annotations

import random
import re
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
SHARED_STRINGS = "xl/sharedStrings.xml"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# ---- good files -----------------------------------------------------------------------------


def build_good_xlsx(folder: Path, name: str = "incidents.xlsx") -> Path:
    """A small workbook as openpyxl writes it: a header row and two incidents."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["event_date", "location", "fatalities"])
    sheet.append(["2023-06-14", "Ségou", 3])
    sheet.append(["2023-06-15", "Gao", 0])
    path = folder / name
    workbook.save(path)
    return path


def build_formula_xlsx(folder: Path) -> Path:
    """A workbook whose cell B2 holds the formula =1+1."""
    workbook = Workbook()
    workbook.active["A1"] = "total"
    workbook.active["B2"] = "=1+1"
    path = folder / "formula.xlsx"
    workbook.save(path)
    return path


def build_utf8_csv(folder: Path) -> Path:
    """A CSV saved by Excel as “CSV UTF-8”: with a byte-order mark."""
    path = folder / "incidents.csv"
    path.write_bytes("event_date,location\r\n2023-06-14,Ségou\r\n".encode("utf-8-sig"))
    return path


def build_cp1252_csv(folder: Path) -> Path:
    """A CSV saved by Excel for Windows as plain “CSV”: Windows-1252, no BOM."""
    path = folder / "incidents-cp1252.csv"
    path.write_bytes("event_date;location\r\n2023-06-14;Ségou – nord\r\n".encode("cp1252"))
    return path


def build_shared_strings_xlsx(folder: Path) -> Path:
    """A workbook whose strings sit in sharedStrings.xml, as Excel writes them."""
    xml = f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>Ségou</t></si></sst>'
    return _with_shared_strings(folder, "shared.xlsx", xml.encode())


def build_xlsx_named_csv(folder: Path) -> Path:
    return build_good_xlsx(folder, "really-a-workbook.csv")


def build_csv_named_xlsx(folder: Path) -> Path:
    path = folder / "really-a-csv.xlsx"
    path.write_bytes(b"event_date,location\n2023-06-14,Gao\n")
    return path


GOOD: dict[str, tuple[Callable[[Path], Path], str]] = {
    "openpyxl workbook": (build_good_xlsx, "xlsx"),
    "workbook with shared strings": (build_shared_strings_xlsx, "xlsx"),
    "UTF-8 CSV with BOM": (build_utf8_csv, "csv"),
    "Windows-1252 CSV": (build_cp1252_csv, "csv"),
    "workbook named .csv": (build_xlsx_named_csv, "xlsx"),
    "CSV named .xlsx": (build_csv_named_xlsx, "csv"),
}

# ---- helpers --------------------------------------------------------------------------------


def _rewrite(source: Path, target: Path, parts: dict[str, bytes], **options: int) -> Path:
    """Copy the zip ``source`` to ``target``, replacing or adding ``parts``."""
    compression = options.get("compression", zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", compression) as new:
        for info in old.infolist():
            if info.filename not in parts:
                new.writestr(info.filename, old.read(info.filename))
        for part, data in parts.items():
            new.writestr(part, data)
    return target


def _tampered(folder: Path, name: str, edit: Callable[[bytes], bytes]) -> Path:
    """The good workbook with its sheet XML passed through ``edit``."""
    good = build_good_xlsx(folder, f"source-of-{name}")
    with zipfile.ZipFile(good) as zf:
        sheet = zf.read(SHEET)
    path = _rewrite(good, folder / name, {SHEET: edit(sheet)})
    good.unlink()
    return path


def _add_rows(rows: bytes) -> Callable[[bytes], bytes]:
    return lambda sheet: sheet.replace(b"</sheetData>", rows + b"</sheetData>")


def _with_shared_strings(folder: Path, name: str, xml: bytes) -> Path:
    """The good workbook with a sharedStrings part (wired into its .rels) holding ``xml``."""
    good = build_good_xlsx(folder, f"source-of-{name}")
    rels_name = "xl/_rels/workbook.xml.rels"
    with zipfile.ZipFile(good) as zf:
        rels = zf.read(rels_name).replace(
            b"</Relationships>",
            b'<Relationship Id="rId9" Target="sharedStrings.xml" Type="http://schemas.'
            b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
            b"</Relationships>",
        )
    path = _rewrite(good, folder / name, {rels_name: rels, SHARED_STRINGS: xml})
    good.unlink()
    return path


def _central_records(data: bytes) -> dict[str, int]:
    """Offset of each part's central-directory record in the zip bytes ``data``."""
    records, at = {}, data.rfind(b"PK\x05\x06")
    count, _, start = struct.unpack_from("<HII", data, at + 10)
    at = start
    for _ in range(count):
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, at + 28)
        records[data[at + 46 : at + 46 + name_length].decode()] = at
        at += 46 + name_length + extra_length + comment_length
    return records


def _patch(path: Path, part: str, **fields: int) -> Path:
    """Rewrite header fields of ``part`` in place: flags, compressed or uncompressed size.

    ``central_only`` leaves the local header alone (the directory lies; the data does not).
    """
    central_only = fields.pop("central_only", 0)
    data = bytearray(path.read_bytes())
    central = _central_records(bytes(data))[part]
    (local,) = struct.unpack_from("<I", data, central + 42)
    offsets = {"flags": (8, 6, "<H"), "compress_size": (20, 18, "<I"), "file_size": (24, 22, "<I")}
    for field, value in fields.items():
        in_central, in_local, fmt = offsets[field]
        struct.pack_into(fmt, data, central + in_central, value)
        if not central_only:
            struct.pack_into(fmt, data, local + in_local, value)
    path.write_bytes(bytes(data))
    return path


# ---- not a spreadsheet at all ---------------------------------------------------------------


def build_missing(folder: Path) -> Path:
    return folder / "never-saved.xlsx"


def build_folder(folder: Path) -> Path:
    path = folder / "exports.xlsx"
    path.mkdir()
    return path


def build_empty(folder: Path) -> Path:
    path = folder / "empty.csv"
    path.write_bytes(b"")
    return path


def build_pdf(folder: Path) -> Path:
    """A PDF with only ASCII in it, so that only its signature tells it from text."""
    path = folder / "report.xlsx"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
    return path


def build_png(folder: Path) -> Path:
    path = folder / "map.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    return path


def build_random_bytes(folder: Path) -> Path:
    path = folder / "noise.csv"
    path.write_bytes(random.Random(7).randbytes(8192))
    return path


def build_docx(folder: Path) -> Path:
    path = folder / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{MAIN_NS}"/>')
    return path


def build_ods(folder: Path) -> Path:
    path = folder / "incidents.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    return path


def build_html_as_xls(folder: Path) -> Path:
    """What some web portals export as “Excel”: an HTML table."""
    path = folder / "export.xls"
    path.write_bytes(b"<html><body><table><tr><td>Gao</td></tr></table></body></html>\n")
    return path


def build_utf16_csv(folder: Path) -> Path:
    """What Excel's “Unicode Text” writes: UTF-16LE with a BOM."""
    path = folder / "unicode.csv"
    path.write_bytes("location\tfatalities\r\nSégou\t3\r\n".encode("utf-16"))
    return path


def build_utf16_csv_without_bom(folder: Path) -> Path:
    path = folder / "unicode-nobom.csv"
    path.write_bytes("location,fatalities\r\nGao,3\r\n".encode("utf-16-le"))
    return path


# ---- Office binary files --------------------------------------------------------------------

CFB_HEADER = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(24) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"


def build_xls(folder: Path) -> Path:
    """An old Excel 97–2003 file: a compound file with a Workbook stream."""
    path = folder / "old.xls"
    path.write_bytes(
        CFB_HEADER.ljust(512, b"\0") + "Workbook".encode("utf-16-le").ljust(512, b"\0")
    )
    return path


def build_password_xlsx(folder: Path) -> Path:
    """What Excel writes for a workbook with a password to open: a compound file holding
    EncryptionInfo and EncryptedPackage streams, the names in UTF-16LE."""
    streams = b"".join(
        name.encode("utf-16-le").ljust(128, b"\0")
        for name in ("EncryptionInfo", "EncryptedPackage")
    )
    path = folder / "secret.xlsx"
    path.write_bytes(CFB_HEADER.ljust(4096, b"\0") + streams + bytes(2048))
    return path


# ---- broken zips ----------------------------------------------------------------------------


def build_truncated_xlsx(folder: Path) -> Path:
    """The first 60% of a good workbook, as an interrupted download leaves it."""
    good = build_good_xlsx(folder, "whole.xlsx")
    path = folder / "truncated.xlsx"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) * 6 // 10])
    good.unlink()
    return path


def build_bad_crc_xlsx(folder: Path) -> Path:
    """A workbook whose sheet (stored, not compressed) had one byte changed after zipping."""
    good = build_good_xlsx(folder, "before-bit-rot.xlsx")
    path = _rewrite(good, folder / "bit-rot.xlsx", {}, compression=zipfile.ZIP_STORED)
    good.unlink()
    data = path.read_bytes()
    at = data.index(b"<t>Gao</t>")
    path.write_bytes(data[:at] + b"<t>Gso</t>" + data[at + 10 :])
    return path


def build_lying_size_xlsx(folder: Path) -> Path:
    """The directory says the sheet unzips to 100 bytes; it unzips to more."""
    return _patch(build_good_xlsx(folder, "lying.xlsx"), SHEET, file_size=100)


def build_encrypted_part_xlsx(folder: Path) -> Path:
    """A zip whose sheet is flagged as encrypted with a zip password."""
    return _patch(build_good_xlsx(folder, "zip-password.xlsx"), SHEET, flags=0x1)


def build_duplicate_part_xlsx(folder: Path) -> Path:
    """Two sheet1.xml parts: readers may disagree on which one they read."""
    good = build_good_xlsx(folder, "twin-source.xlsx")
    path = folder / "twin.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we want
        with zipfile.ZipFile(good) as old, zipfile.ZipFile(path, "w") as new:
            for info in old.infolist():
                new.writestr(info.filename, old.read(info.filename))
            new.writestr(SHEET, f'<worksheet xmlns="{MAIN_NS}"/>')
    good.unlink()
    return path


# ---- decompression bombs --------------------------------------------------------------------


def build_ratio_bomb_xlsx(folder: Path) -> Path:
    """A 16 MB part of zeros that zips to a few KB (ratio about 1000:1)."""
    good = build_good_xlsx(folder, "bomb-source.xlsx")
    path = _rewrite(good, folder / "ratio-bomb.xlsx", {"xl/media/image1.png": bytes(16 << 20)})
    good.unlink()
    return path


def build_declared_bomb_xlsx(folder: Path) -> Path:
    """A sheet whose directory entry declares 3 GB unzipped from a few hundred bytes."""
    return _patch(build_good_xlsx(folder, "declared-bomb.xlsx"), SHEET, file_size=3 << 30)


def build_huge_part_xlsx(folder: Path) -> Path:
    """A part declared 600 MB both zipped and unzipped: no ratio to see, just too big."""
    path = build_good_xlsx(folder, "huge-part.xlsx")
    return _patch(path, SHEET, compress_size=600 << 20, file_size=600 << 20, central_only=1)


def build_huge_total_xlsx(folder: Path) -> Path:
    """Three parts of 400 MB each, as the directory tells it: 1.2 GB in all."""
    path = build_good_xlsx(folder, "huge-total.xlsx")
    for part in (SHEET, "xl/styles.xml", "xl/theme/theme1.xml"):
        _patch(path, part, compress_size=300 << 20, file_size=400 << 20, central_only=1)
    return path


def build_many_parts_xlsx(folder: Path) -> Path:
    good = build_good_xlsx(folder, "crowd-source.xlsx")
    extra = {f"xl/media/empty{i}.bin": b"" for i in range(10_001)}
    path = _rewrite(good, folder / "crowd.xlsx", extra, compression=zipfile.ZIP_STORED)
    good.unlink()
    return path


# ---- hostile XML ----------------------------------------------------------------------------

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE sst [\n <!ENTITY lol "lol">\n'
    + b"".join(
        f' <!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">\n'.encode()
        for i in range(1, 10)
    )
    + f']>\n<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'.encode()
)
XXE = (
    b'<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    + f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'.encode()
)


def build_billion_laughs_xlsx(folder: Path) -> Path:
    return _with_shared_strings(folder, "laughs.xlsx", BILLION_LAUGHS)


def build_xxe_xlsx(folder: Path) -> Path:
    return _with_shared_strings(folder, "xxe.xlsx", XXE)


def build_xxe_workbook_xlsx(folder: Path) -> Path:
    """The external entity in workbook.xml itself, the part read first."""
    good = build_good_xlsx(folder, "xxe-wb-source.xlsx")
    with zipfile.ZipFile(good) as zf:
        workbook = zf.read("xl/workbook.xml")
    doctype = b'<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "http://example.invalid/x">]>'
    path = _rewrite(good, folder / "xxe-workbook.xlsx", {"xl/workbook.xml": doctype + workbook})
    good.unlink()
    return path


def build_utf16_part_xlsx(folder: Path) -> Path:
    """sharedStrings in UTF-16, where a bytes search for <!DOCTYPE would find nothing."""
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE sst [<!ENTITY a "b">]><sst/>'
    return _with_shared_strings(folder, "utf16-part.xlsx", xml.encode("utf-16"))


def build_utf7_part_xlsx(folder: Path) -> Path:
    """sharedStrings declared UTF-7: "+ADw-!DOCTYPE" is "<!DOCTYPE" to a parser that obeys."""
    xml = b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE sst+AD4-<sst/>'
    return _with_shared_strings(folder, "utf7-part.xlsx", xml)


# ---- absurd dimensions ----------------------------------------------------------------------


def build_full_dimension_xlsx(folder: Path) -> Path:
    """Three cells, but a dimension claiming the whole grid, A1:XFD1048576."""
    return _tampered(
        folder,
        "whole-grid.xlsx",
        lambda sheet: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', sheet),
    )


def build_spaced_dimension_xlsx(folder: Path) -> Path:
    """The whole grid again, with a space after the colon that a strict parse would skip."""
    return _tampered(
        folder,
        "spaced-grid.xlsx",
        lambda sheet: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1: XFD1048576"', sheet),
    )


def build_row_beyond_xlsx(folder: Path) -> Path:
    row = b'<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>'
    return _tampered(folder, "row-beyond.xlsx", _add_rows(row))


def build_bare_row_beyond_xlsx(folder: Path) -> Path:
    """A row r="1048577" with no cell in it: still more rows than Excel allows."""
    return _tampered(folder, "bare-row-beyond.xlsx", _add_rows(b'<row r="1048577"/>'))


def build_column_beyond_xlsx(folder: Path) -> Path:
    row = b'<row r="4"><c r="XFE4"><v>1</v></c></row>'
    return _tampered(folder, "column-beyond.xlsx", _add_rows(row))


def build_sparse_corners_xlsx(folder: Path) -> Path:
    """Cells at A1 and XFD1048576, both legal: a reader allocating the rectangle between
    them needs 17 billion cells. The dimension is left as openpyxl wrote it."""
    row = b"<row r='1048576'><c r = 'XFD1048576'><v>1</v></c></row>"  # quotes Excel never uses
    return _tampered(folder, "corners.xlsx", _add_rows(row))


def build_escaped_reference_xlsx(folder: Path) -> Path:
    """A cell reference spelt with a character reference: &#88; is X."""
    row = b'<row r="4"><c r="&#88;FD4"><v>1</v></c></row>'
    return _tampered(folder, "escaped-ref.xlsx", _add_rows(row))


def build_cells_without_r_xlsx(folder: Path) -> Path:
    """No r="…" anywhere: one row of 16,000 cells, then 1,300 rows of one cell, so that a
    reader numbering cells itself spans 1,301 × 16,000 = 20.8 million cells."""
    wide = b"<row>" + b"<c/>" * 15_999 + b"<c><v>1</v></c></row>"
    tall = b"<row><c><v>1</v></c></row>" * 1_300
    sheet = f'<worksheet xmlns="{MAIN_NS}"><sheetData>'.encode() + wide + tall
    return _tampered(folder, "no-refs.xlsx", lambda _: sheet + b"</sheetData></worksheet>")


# ---- cells written unusually: check_file's quick pass must hand them to the exact one -------


def build_late_reference_xlsx(folder: Path) -> Path:
    """r="…" after another attribute: a quick look at "<c r=" alone would miss it."""
    row = b'<row r="4"><c t="n" r="XFE4"><v>1</v></c></row>'
    return _tampered(folder, "late-ref.xlsx", _add_rows(row))


def build_prefixed_cell_xlsx(folder: Path) -> Path:
    """A cell spelt <x:c>: calamine reads it as a cell whatever the prefix."""
    row = f'<row r="4"><x:c xmlns:x="{MAIN_NS}" r="XFE4"><x:v>1</x:v></x:c></row>'.encode()
    return _tampered(folder, "prefixed-cell.xlsx", _add_rows(row))


def build_lowercase_reference_xlsx(folder: Path) -> Path:
    row = b'<row r="4"><c r="xfe4"><v>1</v></c></row>'
    return _tampered(folder, "lowercase-ref.xlsx", _add_rows(row))


def build_empty_row_amid_rows_xlsx(folder: Path) -> Path:
    """The empty row beyond Excel between two ordinary rows, not at the end."""
    return _tampered(
        folder,
        "row-amid.xlsx",
        lambda sheet: sheet.replace(b'<row r="3"', b'<row r="1048577"/><row r="3"', 1),
    )


def build_wide_cell_amid_rows_xlsx(folder: Path) -> Path:
    """40,000 ordinary rows (2 MB of XML), one of which starts with a cell at column XFD:
    rows out of nothing but order would put the widest cell last; here it is not."""
    row = b'<row r="%d"><c r="A%d"><v>1</v></c><c r="B%d"><v>2</v></c></row>'
    rows = [row % (r, r, r) for r in range(1, 40_001)]
    rows[20_000] = b'<row r="20001"><c r="XFD20001"><v>1</v></c><c r="A20001"><v>1</v></c></row>'
    sheet = f'<worksheet xmlns="{MAIN_NS}"><dimension ref="A1:B40000"/><sheetData>'.encode()
    sheet += b"".join(rows) + b"</sheetData></worksheet>"
    return _tampered(folder, "wide-amid.xlsx", lambda _: sheet)


HOSTILE: dict[str, Callable[[Path], Path]] = {
    "missing file": build_missing,
    "folder": build_folder,
    "empty file": build_empty,
    "PDF": build_pdf,
    "PNG": build_png,
    "random bytes": build_random_bytes,
    "docx": build_docx,
    "ods": build_ods,
    "HTML saved as .xls": build_html_as_xls,
    "UTF-16 CSV": build_utf16_csv,
    "UTF-16 CSV without BOM": build_utf16_csv_without_bom,
    "xls": build_xls,
    "password-protected xlsx": build_password_xlsx,
    "truncated xlsx": build_truncated_xlsx,
    "bad CRC": build_bad_crc_xlsx,
    "declared size smaller than data": build_lying_size_xlsx,
    "zip-encrypted part": build_encrypted_part_xlsx,
    "duplicate part": build_duplicate_part_xlsx,
    "ratio bomb": build_ratio_bomb_xlsx,
    "declared bomb": build_declared_bomb_xlsx,
    "part too large": build_huge_part_xlsx,
    "total too large": build_huge_total_xlsx,
    "too many parts": build_many_parts_xlsx,
    "billion laughs": build_billion_laughs_xlsx,
    "XXE in sharedStrings": build_xxe_xlsx,
    "XXE in workbook": build_xxe_workbook_xlsx,
    "UTF-16 XML part": build_utf16_part_xlsx,
    "UTF-7 XML part": build_utf7_part_xlsx,
    "dimension A1:XFD1048576": build_full_dimension_xlsx,
    "dimension with a space": build_spaced_dimension_xlsx,
    "row beyond Excel": build_row_beyond_xlsx,
    "empty row beyond Excel": build_bare_row_beyond_xlsx,
    "column beyond Excel": build_column_beyond_xlsx,
    "sparse corners": build_sparse_corners_xlsx,
    "escaped cell reference": build_escaped_reference_xlsx,
    "cells without references": build_cells_without_r_xlsx,
    "reference after another attribute": build_late_reference_xlsx,
    "prefixed cell": build_prefixed_cell_xlsx,
    "lowercase reference": build_lowercase_reference_xlsx,
    "empty row amid rows": build_empty_row_amid_rows_xlsx,
    "wide cell amid rows": build_wide_cell_amid_rows_xlsx,
}


def build_large_xlsx(folder: Path, rows: int = 100_000, formula_at_end: bool = False) -> Path:
    """A sheet of ``rows`` rows × 5 columns, written as XML directly (openpyxl would take
    seconds); with ``formula_at_end``, one more row whose B cell holds =SUM(A1:A2)."""
    row = b'<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c>' + (
        b'<c r="C%d"><v>1.5</v></c><c r="D%d" t="s"><v>3</v></c><c r="E%d"><v>45000</v></c></row>'
    )
    body = b"".join(row % ((r,) * 8) for r in range(1, rows + 1))
    if formula_at_end:
        last = rows + 1
        body += b'<row r="%d"><c r="B%d"><f>SUM(A1:A2)</f><v>3</v></c></row>' % (last, last)
    dimension = f'<dimension ref="A1:E{rows + int(formula_at_end)}"/>'.encode()
    sheet = f'<worksheet xmlns="{MAIN_NS}">'.encode() + dimension + b"<sheetData>" + body
    sheet += b"</sheetData></worksheet>"
    name = f"large-{rows}{'-with-formula' if formula_at_end else ''}.xlsx"
    return _tampered(folder, name, lambda _: sheet)


def build_sheet_xlsx(folder: Path, name: str, sheet: str) -> Path:
    """The good workbook with its first sheet replaced by the XML text ``sheet``."""
    return _tampered(folder, name, lambda _: sheet.encode())
