"""The xlsx half of guard.py: a workbook's zip checked before any reader unpacks it.

No tree is ever built from a part that could be large or hostile: the zip directory is judged
first (sizes, ratios), then every part is streamed in bounded chunks and searched as bytes. Only
workbook.xml and its .rels, small and already free of DTDs, go through defusedxml.
"""

from __future__ import annotations

import functools
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from sahel_desk.domain.errors import FileRejected

MIB = 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * MIB  # a whole workbook once unzipped; also the largest file read
MAX_PART_BYTES = 512 * MIB  # one part once unzipped
MAX_RATIO = 100  # unzipped ÷ zipped, judged only on parts above RATIO_FROM_BYTES …
RATIO_FROM_BYTES = 4 * MIB  # … because small parts (styles, empty rows) legitimately compress well
MAX_PARTS = 10_000  # Excel writes tens; a directory of millions is itself an attack
MAX_SMALL_PART = 16 * MIB  # workbook.xml and its .rels: the only parts parsed whole
MAX_ROWS = 1_048_576  # Excel's limits
MAX_COLUMNS = 16_384  # column XFD
MAX_SHEET_CELLS = 20_000_000  # rows × columns a reader allocates for one sheet (~640 MB)
CHUNK = MIB

DAMAGED = (
    "{name} is damaged or incomplete; ask the sender for it again, or save it again from Excel "
    "or LibreOffice as .xlsx"
)
PASSWORD = "{name} is protected by a password; remove the password in Excel and save it again"
NOT_A_SPREADSHEET = "{name} is not a spreadsheet ({kind}); choose an .xlsx or .csv file"
OTHER_FORMAT = (
    "{name} is a {kind} file, which Sahel Desk cannot read; save it again from Excel or "
    "LibreOffice as .xlsx"
)
TOO_LARGE = (
    "{name} is too large to import ({size} MB of data, the limit is {limit} MB); split it into "
    "smaller files"
)
ZIP_BOMB = (
    "{name} is built to overwhelm the programs that open it (a “zip bomb”); do not open it, and "
    "ask the sender for a copy saved from Excel"
)
XML_ENTITIES = (
    "{name} declares XML entities ({part}), which can freeze a computer; ask the sender for a "
    "copy saved from Excel or LibreOffice"
)
XML_EXTERNAL = (
    "{name} holds XML that tries to read other files or web addresses ({part}); do not open it "
    "elsewhere, and tell the sender"
)
XML_UNSAFE = (
    "{name} holds XML that Sahel Desk cannot read safely ({part}); save it again from Excel or "
    "LibreOffice as .xlsx"
)
BEYOND_EXCEL = (
    "{name} has data beyond Excel's last row or column ({part}: {where}); save it again from "
    "Excel or LibreOffice as .xlsx"
)
TOO_MANY_CELLS = (
    "{name} has a sheet spanning {cells} cells ({part}), more than {limit}; delete unused rows "
    "and columns, or split it"
)
MESSAGES = (
    DAMAGED, PASSWORD, NOT_A_SPREADSHEET, OTHER_FORMAT, TOO_LARGE, ZIP_BOMB, XML_ENTITIES,
    XML_EXTERNAL, XML_UNSAFE, BEYOND_EXCEL, TOO_MANY_CELLS,
)  # fmt: skip

WORKBOOK = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
SHEET_FOLDERS = ("xl/worksheets/", "xl/macrosheets/", "xl/dialogsheets/")
XML_SUFFIXES = (".xml", ".rels", ".vml")  # the parts openpyxl or calamine may parse
CORRUPT = (zipfile.BadZipFile, EOFError, zlib.error, ValueError, NotImplementedError, KeyError)

_DTD = re.compile(rb"<!(?i:doctype|entity)")
_EXTERNAL_ID = re.compile(rb"\b(?:SYSTEM|PUBLIC)\b")
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?\s*<")
_DECLARED = re.compile(rb"""(?:\xef\xbb\xbf)?\s*<\?xml[^>]{0,200}?\bencoding\s*=\s*["']([^"']*)""")
# Encodings in which "<!DOCTYPE" is plain ASCII, so the bytes search above cannot be dodged.
_ASCII_SAFE = re.compile(rb"(?i)utf-?8|(?:us-)?ascii|iso-?8859-\d+|latin-?1|(?:windows|cp)-?125\d")
_REF = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]{0,4}[0-9]{0,9})""")  # a prefix of any r="…"
_DIGITS, _LETTERS = b"0123456789", bytes(range(65, 91)) + bytes(range(97, 123))
_REF_ESCAPED = re.compile(rb"""\sr\s*=\s*["'][^"'<>]{0,16}&""")  # r="&#88;FD…" dodges _REF
_DIMENSION = re.compile(rb"""<(?:[\w.-]{1,16}:)?dimension\s[^>]{0,200}?\bref\s*=\s*["']([^"']*)""")
_ROW_END = re.compile(rb"</(?:[\w.-]{1,16}:)?row\s*>")
_NO_R = rb"""(?=[\s/>])(?![^>]{0,512}?\sr\s*=)"""  # a start tag without an r attribute
_ROW_WITHOUT_R = re.compile(rb"<(?:[\w.-]{1,16}:)?row" + _NO_R)
_CELL_WITHOUT_R = re.compile(rb"<(?:[\w.-]{1,16}:)?c" + _NO_R)
_CELL = re.compile(r"\$?([A-Za-z]{1,4})\$?([0-9]{1,9})")
# The quick pass over a sheet (_fits_quickly); see there.
_PREFIXED_CELL = re.compile(rb":c[\s/>]")  # <x:c …>: calamine reads it as a cell whatever x is
_DIMENSION_WORD = re.compile(rb"dimension")  # a C-speed gate for _DIMENSION
_ROW_REF = re.compile(rb'w(?<=<row) r="([0-9]{1,7})"')  # matched at the w of "<row"
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def check_xlsx(zf: zipfile.ZipFile, name: str) -> None:
    """Raise FileRejected unless ``zf`` is a workbook every part of which is safe to read.

    Zip errors (zipfile.BadZipFile, bad CRC, …: see CORRUPT) are left to the caller.
    """
    check_directory(zf, name)
    sheets = set(sheet_parts(zf, name))
    for info in zf.infolist():
        part = info.filename
        if part in sheets or _folded(part).startswith(SHEET_FOLDERS):
            _check_sheet(zf, info, name)
        elif _folded(part).endswith(XML_SUFFIXES):
            for _ in xml_regions(zf, info, name):
                pass
        else:
            for _ in regions(zf, info, name):  # unzipped only to prove its CRC and size
                pass


def _folded(part: str) -> str:
    """A part name as a lenient reader may match it: any case, either slash."""
    return part.replace("\\", "/").lower()


def check_directory(zf: zipfile.ZipFile, name: str) -> None:
    """Judge the zip directory alone, before unzipping anything: sizes, ratios, names."""
    infos = zf.infolist()
    if len(infos) > MAX_PARTS:
        raise FileRejected(ZIP_BOMB, name=name)
    names = [info.filename for info in infos]
    if len({_folded(n) for n in names}) != len(names):  # which of two would a reader take?
        raise FileRejected(DAMAGED, name=name)
    if WORKBOOK not in names:
        _reject_other_zip(zf, names, name)
    if any(info.flag_bits & 0x1 for info in infos):
        raise FileRejected(PASSWORD, name=name)
    for info in infos:
        size = info.file_size
        if size > RATIO_FROM_BYTES and size > MAX_RATIO * max(info.compress_size, 1):
            raise FileRejected(ZIP_BOMB, name=name)
        if size > MAX_PART_BYTES:
            raise FileRejected(TOO_LARGE, name=name, size=size // MIB, limit=MAX_PART_BYTES // MIB)
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_BYTES:
        raise FileRejected(TOO_LARGE, name=name, size=total // MIB, limit=MAX_UNPACKED_BYTES // MIB)


def _reject_other_zip(zf: zipfile.ZipFile, names: list[str], name: str) -> None:
    """A zip that is not an xlsx: say what it is when that helps the person fix it."""
    if "xl/workbook.bin" in names:
        raise FileRejected(OTHER_FORMAT, name=name, kind=".xlsb")
    small = "mimetype" in names and zf.getinfo("mimetype").file_size < 100
    if small and b"spreadsheet" in zf.read("mimetype"):
        raise FileRejected(OTHER_FORMAT, name=name, kind=".ods")
    kinds = {"word/document.xml": ".docx", "ppt/presentation.xml": ".pptx"}
    kind = next((kinds[n] for n in names if n in kinds), ".zip")
    raise FileRejected(NOT_A_SPREADSHEET, name=name, kind=kind)


def regions(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, cut: Callable[[bytes], int] | None = None
) -> Iterator[bytes]:
    """The part's bytes in consecutive regions, each ending where ``cut`` says (by default just
    before the last "<", so that no tag is split between two regions; ``cut`` returns the
    position of the last occurrence of something, or -1).

    Unzips at most the declared size, itself at most MAX_PART_BYTES: a part that yields more (a
    lying directory), less, or fails its CRC is rejected.
    """
    cut = cut or (lambda buf: buf.rfind(b"<"))
    seen, tail = 0, b""
    with zf.open(info) as stream:
        while chunk := stream.read(CHUNK):
            seen += len(chunk)
            if seen > min(info.file_size, MAX_PART_BYTES):
                raise FileRejected(ZIP_BOMB, name=name)
            # ``cut`` finds the last of something, so when the chunk holds it, it is where
            # cut(tail + chunk) would put it: join tail and chunk once, not twice (200 MB).
            if (at := cut(chunk)) > 0:
                yield b"".join((tail, memoryview(chunk)[:at]))
                tail = chunk[at:]
                continue
            buf = tail + chunk
            at = cut(buf)
            if at <= 0 and len(buf) > 2 * CHUNK:  # one tag or text this long: overlap instead
                yield buf
                tail = buf[-64:]
            else:
                at = max(at, 0)
                yield buf[:at]
                tail = buf[at:]
    if seen != info.file_size:
        raise FileRejected(DAMAGED, name=name)
    if tail:
        yield tail


def xml_regions(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """regions() of an XML part, each rejected if it holds a DTD or bytes that could hide one."""
    first = True
    for region in regions(zf, info, name):
        if first and region:
            check_prolog(region, name, info.filename)
            first = False
        check_xml_bytes(region, name, info.filename)
        yield region


def check_prolog(start: bytes, name: str, part: str) -> None:
    """The part must open with "<" in an encoding where "<!DOCTYPE" is plain ASCII."""
    declared = _DECLARED.match(start)
    if not _PROLOG.match(start) or (declared and not _ASCII_SAFE.fullmatch(declared[1])):
        raise FileRejected(XML_UNSAFE, name=name, part=part)


def check_xml_bytes(region: bytes, name: str, part: str) -> None:
    """Reject XML holding a DTD (entity bombs, external entities), or NUL bytes that could hide
    one (UTF-16 or UTF-32, where the bytes search would see nothing)."""
    found = b"!" in region and _DTD.search(region)  # memchr first: the regex is 10 times slower
    if found:
        external = _EXTERNAL_ID.search(region, found.start(), found.start() + 8192)
        raise FileRejected(XML_EXTERNAL if external else XML_ENTITIES, name=name, part=part)
    if b"\x00" in region:
        raise FileRejected(XML_UNSAFE, name=name, part=part)


def _check_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Reject a sheet with cells beyond Excel's grid, or whose rectangle from A1 to its farthest
    cell (what calamine allocates, even for a nearly empty sheet) is too large."""
    if not _fits_quickly(zf, info, name):
        _measure_sheet(zf, info, name)


def _fits_quickly(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bool:
    """True if the sheet is written as Excel, LibreOffice and openpyxl write one and provably
    fits; False if only _measure_sheet can tell (it then gives the verdict and the message).

    _measure_sheet reads every r="…" into Python, 0.6 µs a cell: 5 s for 100,000 rows. Here
    the work per cell stays inside the regex engine: one search per region finds any <c> whose
    start is not exactly <c r="XN" with column X and row N within bounds (so every cell has an
    r, first, double-quoted, unescaped), one finds any such <row>, one any <x:c> (calamine
    ignores prefixes). The bounds start from the dimension and the region's last row, grow
    when a plain reference lies beyond them, and are coarse (see _up_to_row) so that they
    rarely change. Anything unusual returns False; nothing is ever accepted that is not proved.
    (Unlike _measure_sheet, an r="…" on an element other than <c> or <row> is ignored: no
    reader takes a position from one.)
    """
    top_row = top_col = 1  # the largest row and column seen so far; the bounds cover them
    for region in xml_regions(zf, info, name):
        if _PREFIXED_CELL.search(region):
            return False
        for ref in _DIMENSION.findall(region) if _DIMENSION_WORD.search(region) else ():
            for text in ref.decode("ascii", "replace").split(":"):
                if corner := _CELL.fullmatch(text.strip()):  # as _corner reads it
                    top_row = max(top_row, int(corner[2]))
                    top_col = max(top_col, column_number(corner[1]))
        if (last := region.rfind(b'<row r="')) >= 0 and (found := _ROW_REF.match(region, last + 3)):
            top_row = max(top_row, int(found[1]))  # rows usually come in order: a good bound
        for kind, plain in enumerate((_ROW_REF, _CELL_REF)):
            at = 0
            while True:
                if top_row > MAX_ROWS or top_col > MAX_COLUMNS:
                    return False
                unusual = _unusual_tags(_up_to_row(top_row)[1], _up_to_column(top_col)[1])
                if not (tag := unusual[kind].search(region, at)):
                    break
                if not (ref := plain.match(region, tag.start())):
                    return False
                top_row = max(top_row, int(ref[kind + 1]))
                top_col = max(top_col, column_number(ref[1].decode()) if kind else 0)
                at = tag.end()
    rows, columns = _up_to_row(top_row)[0], _up_to_column(top_col)[0]
    return rows <= MAX_ROWS and columns <= MAX_COLUMNS and rows * columns <= MAX_SHEET_CELLS


@functools.lru_cache(maxsize=64)
def _unusual_tags(digits: bytes, letters: bytes) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """Regexes for the start tag of a row, then of a cell, not written <row r="N" or <c r="XN"
    with N matching ``digits`` and X matching ``letters``."""
    row = rb'w(?<=[<:]row)(?=[\s/>])(?!(?<=<row) r="' + digits + b'")'  # "w": rarer than "<"
    cell = rb'<c(?! r="' + letters + digits + rb'")(?=[\s/>])'
    return re.compile(row), re.compile(cell)


def _up_to_row(row: int) -> tuple[int, bytes]:
    """The least bound (d + 1)·10^k - 1 not below ``row`` (199999 for 100004), and a regex
    for the row numbers up to it ([1-1]?[0-9]{1,5}+): coarse, so that it rarely changes, and
    cheap (no alternation) for the regex engine to try on every cell."""
    text = str(row)
    if len(text) == 1:
        return 9, rb"[0-9]"
    k, first = len(text) - 1, text[0]
    return (int(first) + 1) * 10**k - 1, b"[1-%s]?[0-9]{1,%d}+" % (first.encode(), k)


@functools.lru_cache(maxsize=64)
def _up_to_column(col: int) -> tuple[int, bytes]:
    """Likewise for columns: AZ (52) and A?[A-Z]{1,1}+ for AP (42); XZZ (16926) for XFD."""
    length = 1 if col <= 26 else 2 if col <= 702 else 3
    if length == 1:
        return 26, rb"[A-Z]"
    bounds = {column_number(first + "Z" * (length - 1)): first for first in _UPPER}
    bound = min(b for b in bounds if b >= col)
    return bound, b"[A-%s]?[A-Z]{1,%d}+" % (bounds[bound].encode(), length - 1)


def _measure_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """The exact check of any sheet: every r="…" of any element, any spelling, and every
    row or cell without one; raises as _check_sheet says."""
    part = info.filename
    max_row = max_col = rows_without_r = widest = open_row = 0
    for region in xml_regions(zf, info, name):
        if b"&" in region and _REF_ESCAPED.search(region):
            raise FileRejected(XML_UNSAFE, name=name, part=part)
        for ref in _DIMENSION.findall(region) if b"dimension" in region else ():
            for corner in ref.decode("ascii", "replace").split(":"):
                row, col = _corner(corner.strip(), name, part)
                max_row, max_col = max(max_row, row), max(max_col, col)
        # Every r="…" value, joined then split into letters and digits: all in C, so that a
        # sheet of a million cells takes a second, not ten.
        values = _REF.findall(region)
        refs = b" ".join(values)
        letters = refs.translate(None, _DIGITS).split()
        for digits in set(refs.translate(None, _LETTERS).split()):
            max_row = max(max_row, _row(digits, name, part))
        for column in set(letters):
            max_col = max(max_col, _column(column, name, part))
        # A row or cell without r="…" takes the next free row or column (calamine, openpyxl).
        # Counting bytes is cheap; only regions with more tags than refs get the exact count.
        cell_refs = len(letters)
        row_refs = len(values) - cell_refs
        if region.count(b"<row") + region.count(b":row") > row_refs:
            rows_without_r += len(_ROW_WITHOUT_R.findall(region))
        if region.count(b"<c") + region.count(b":c") > cell_refs:
            *closed, last = _ROW_END.split(region)
            for piece in closed:
                widest = max(widest, open_row + len(_CELL_WITHOUT_R.findall(piece)))
                open_row = 0
            open_row += len(_CELL_WITHOUT_R.findall(last))
        elif b"row>" in region:
            open_row = 0
    widest = max(widest, open_row)
    # Rows without r="…" only move cells that lack one too.
    rows, columns = max_row + (rows_without_r if widest else 0), max_col + widest
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise FileRejected(BEYOND_EXCEL, name=name, part=part, where=f"{rows} × {columns}")
    if rows * columns > MAX_SHEET_CELLS:
        cells = rows * columns
        raise FileRejected(TOO_MANY_CELLS, name=name, part=part, cells=cells, limit=MAX_SHEET_CELLS)


def _row(digits: bytes, name: str, part: str) -> int:
    row = int(digits or 0)
    if row > MAX_ROWS:
        raise FileRejected(BEYOND_EXCEL, name=name, part=part, where=digits.decode())
    return row


def _column(letters: bytes, name: str, part: str) -> int:
    col = column_number(letters.decode())
    if col > MAX_COLUMNS:
        raise FileRejected(BEYOND_EXCEL, name=name, part=part, where=letters.decode())
    return col


def _corner(text: str, name: str, part: str) -> tuple[int, int]:
    found = _CELL.fullmatch(text)
    if not found:  # readers fail on such a dimension rather than allocate from it
        return 0, 0
    return _row(found[2].encode(), name, part), _column(found[1].encode(), name, part)


def cell_position(ref: str) -> tuple[int, int] | None:
    """(row, column), 0-based, of a reference such as "B2"; None if it is not one."""
    found = _CELL.fullmatch(ref)
    return (int(found[2]) - 1, column_number(found[1]) - 1) if found else None


def column_number(letters: str) -> int:
    """1 for A, 26 for Z, 27 for AA, 16384 for XFD; 0 for no letters."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def sheet_parts(zf: zipfile.ZipFile, name: str) -> list[str]:
    """The zip part of each sheet, in the workbook's order (workbook.xml → its .rels)."""
    workbook = _parse_small(zf, WORKBOOK, name)
    names = set(zf.namelist())
    targets = {}
    if WORKBOOK_RELS in names:
        for rel in _parse_small(zf, WORKBOOK_RELS, name):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") != "External":
                path = target[1:] if target.startswith("/") else posixpath.join("xl", target)
                targets[rel.get("Id")] = posixpath.normpath(path)
    parts = []
    for sheet in workbook.iter():
        if sheet.tag.rpartition("}")[2] == "sheet":
            rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
            parts.append(targets.get(rid, ""))
    return parts


def _parse_small(zf: zipfile.ZipFile, part: str, name: str) -> Element:
    info = zf.getinfo(part)
    if info.file_size > MAX_SMALL_PART:
        raise FileRejected(XML_UNSAFE, name=name, part=part)
    data = b"".join(xml_regions(zf, info, name))
    try:
        return fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException) as exc:
        raise FileRejected(XML_UNSAFE, name=name, part=part) from exc
