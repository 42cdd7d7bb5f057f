"""Is a file someone sent safe to read, and what is it? Decided before any parser touches it.

check_file() answers "xlsx" or "csv" from the bytes, never from the file name, or raises
FileRejected with a message saying what to do. The workbook checks live in _zipcheck.
"""

from __future__ import annotations

import codecs
import html
import re
import zipfile
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

from sahel_desk.domain.errors import FileRejected
from sahel_desk.exchange import _zipcheck
from sahel_desk.exchange._zipcheck import (
    BEYOND_EXCEL,
    CHUNK,
    CORRUPT,
    DAMAGED,
    MAX_COLUMNS,
    MAX_PART_BYTES,
    MAX_PARTS,
    MAX_RATIO,
    MAX_ROWS,
    MAX_SHEET_CELLS,
    MAX_SMALL_PART,
    MAX_UNPACKED_BYTES,
    MIB,
    NOT_A_SPREADSHEET,
    OTHER_FORMAT,
    PASSWORD,
    RATIO_FROM_BYTES,
    TOO_LARGE,
    TOO_MANY_CELLS,
    XML_ENTITIES,
    XML_EXTERNAL,
    XML_UNSAFE,
    ZIP_BOMB,
)

# The workbook limits and messages are _zipcheck's; they are part of this module's API too.
__all__ = [
    "BEYOND_EXCEL", "DAMAGED", "EMPTY", "ENCODING", "FOLDER", "MAX_COLUMNS", "MAX_CONTROL_SHARE",
    "MAX_FILE_BYTES", "MAX_PARTS", "MAX_PART_BYTES", "MAX_RATIO", "MAX_ROWS", "MAX_SHEET_CELLS",
    "MAX_SMALL_PART", "MAX_UNPACKED_BYTES", "MESSAGES", "NOT_A_SPREADSHEET", "NO_FILE",
    "OTHER_FORMAT", "PASSWORD", "RATIO_FROM_BYTES", "SNIFF_BYTES", "TOO_LARGE", "TOO_MANY_CELLS",
    "UNREADABLE", "UTF16", "XML_ENTITIES", "XML_EXTERNAL", "XML_UNSAFE", "ZIP_BOMB", "check_file",
    "csv_encoding", "formula_cells",
]  # fmt: skip

MAX_FILE_BYTES = MAX_UNPACKED_BYTES  # a CSV, or an xlsx before unzipping
SNIFF_BYTES = 64 * 1024  # what decides text or binary
MAX_CONTROL_SHARE = 0.01  # control characters a text file may hold, in its first SNIFF_BYTES
CFB_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")  # OLE compound file: .xls, .doc, encrypted .xlsx
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
# Stream names of an encrypted OOXML file inside its compound-file wrapper (UTF-16LE).
ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))

NO_FILE = "{name} does not exist; choose the file again"
FOLDER = "{name} is a folder; choose a spreadsheet file inside it"
EMPTY = "{name} is empty; ask the sender for the file again"
UNREADABLE = "{name} cannot be opened ({reason}); close it in other programs and try again"
UTF16 = "{name} is a UTF-16 text file; save it again as “CSV UTF-8”"
ENCODING = "{name} is in a text encoding Sahel Desk cannot read; save it again as “CSV UTF-8”"
MESSAGES = (NO_FILE, FOLDER, EMPTY, UNREADABLE, UTF16, ENCODING, *_zipcheck.MESSAGES)

# Formats that can pass for text, or whose name helps: checked before the text test.
_MAGIC = ((b"%PDF", "PDF"), (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"),
          (b"{\\rtf", "RTF"), (b"%!PS", "PostScript"))  # fmt: skip
# Web pages and XML (SpreadsheetML 2003) that portals export with an .xls name.
_MARKUP = ((b"<!doctype html", ".html"), (b"<html", ".html"), (b"<table", ".html"),
           (b"<?xml", ".xml"))  # fmt: skip
_TEXT_BYTES = bytes(b for b in range(256) if b >= 0x20 and b != 0x7F) + b"\t\n\r\f\v\x1a"

_FORMULA_CELL = re.compile(
    rb"<(?:[\w.-]{1,16}:)?c\b([^>]{0,1024})>\s*"
    rb"<(?:[\w.-]{1,16}:)?f\b([^>]{0,1024}?)(?:/>|>([^<]*)</(?:[\w.-]{1,16}:)?f\s*>)"
)
_FORMULA_TAG = re.compile(rb"<(?:[\w.-]{1,16}:)?f[\s/>]")
# Any <f or :f, found at C speed: "f" is rare in XML, and a bytes search for "<f" is not.
_FORMULA_GATE = re.compile(rb"f(?<=[<:]f)")
_ATTRIBUTE = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def check_file(path: Path) -> str:
    """Return "xlsx" or "csv"; raise sahel_desk.domain.errors.FileRejected otherwise."""
    path = Path(path)
    head = _head(path)
    if head.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(path) as zf:
                _zipcheck.check_xlsx(zf, path.name)
        except (*CORRUPT, OSError) as exc:
            raise FileRejected(DAMAGED, name=path.name) from exc
        return "xlsx"
    _text_encoding(path, head)
    return "csv"


def csv_encoding(path: Path) -> str:
    """The encoding to read a CSV file with: "utf-8-sig" (UTF-8, with or without a BOM) or
    "cp1252" (Windows Western, for text that is not UTF-8); FileRejected if it is not text.
    ValueError for a zip: ask check_file() first."""
    path = Path(path)
    head = _head(path)
    if head.startswith(ZIP_MAGIC):
        raise ValueError(f"{path.name} is a zip (an xlsx?), not a CSV file")
    return _text_encoding(path, head)


def formula_cells(path: Path, sheet_index: int = 0) -> dict[tuple[int, int], str]:
    """Cells of an xlsx worksheet that hold a formula: (row, column) 0-based -> formula text
    with a leading "=" (shared formulas without text: "=" + whatever is known, or
    "=<shared formula>"). Streams the sheet XML from the zip (never loads it whole); fast on a
    100,000-row sheet with no formulas (a bytes search for b"<f" on each chunk first; only
    parse when found).

    A shared formula's other cells get the text of its first cell, references not shifted.
    IndexError when the workbook has no sheet ``sheet_index``; ValueError for a file that is
    not a zip (ask check_file() first).
    """
    path = Path(path)
    if sheet_index < 0:
        raise IndexError(sheet_index)
    if not _head(path).startswith(ZIP_MAGIC):
        raise ValueError(f"{path.name} is not an xlsx workbook")
    try:
        with zipfile.ZipFile(path) as zf:
            _zipcheck.check_directory(zf, path.name)
            info = zf.getinfo(_zipcheck.sheet_parts(zf, path.name)[sheet_index])
            found = _formulas_from_bytes(zf, info, path.name)
            return _formulas_from_parse(zf, info, path.name) if found is None else found
    except (*CORRUPT, OSError) as exc:
        raise FileRejected(DAMAGED, name=path.name) from exc


def _head(path: Path) -> bytes:
    """The first SNIFF_BYTES of a regular, non-empty file of at most MAX_FILE_BYTES."""
    name = path.name
    try:
        if path.is_dir():
            raise FileRejected(FOLDER, name=name)
        if not path.exists():
            raise FileRejected(NO_FILE, name=name)
        if not path.is_file():  # a pipe or a device could block, or never end
            raise FileRejected(NOT_A_SPREADSHEET, name=name, kind="device")
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except OSError as exc:
        raise FileRejected(
            UNREADABLE, name=name, reason=exc.strerror or type(exc).__name__
        ) from exc
    if size <= SNIFF_BYTES and not head.strip(b" \t\r\n\xef\xbb\xbf"):
        raise FileRejected(EMPTY, name=name)
    if size > MAX_FILE_BYTES:
        raise FileRejected(TOO_LARGE, name=name, size=size // MIB, limit=MAX_FILE_BYTES // MIB)
    return head


def _text_encoding(path: Path, head: bytes) -> str:
    """The encoding of a file that is not a zip, if it is text; FileRejected saying what it is
    otherwise."""
    name = path.name
    if head.startswith(CFB_MAGIC):
        if _contains(path, ENCRYPTED_STREAMS):
            raise FileRejected(PASSWORD, name=name)
        raise FileRejected(OTHER_FORMAT, name=name, kind=".xls")
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise FileRejected(NOT_A_SPREADSHEET, name=name, kind=kind)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(head):
        raise FileRejected(UTF16, name=name)
    if b"\x00" in head or len(head.translate(None, _TEXT_BYTES)) > len(head) * MAX_CONTROL_SHARE:
        raise FileRejected(NOT_A_SPREADSHEET, name=name, kind="binary")
    lead = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:32].lower()
    for markup, kind in _MARKUP:
        if lead.startswith(markup):
            raise FileRejected(OTHER_FORMAT, name=name, kind=kind)
    for encoding in ("utf-8-sig", "cp1252"):  # the whole file must decode, not just its start
        if _decodes(path, encoding):
            return encoding
    raise FileRejected(ENCODING, name=name)


def _utf16_without_bom(head: bytes) -> bool:
    """Mostly ASCII in UTF-16: every other byte is NUL, the others are not."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    return half > 0 and min(even, odd) < half * 0.05 and max(even, odd) > half * 0.4


def _contains(path: Path, needles: tuple[bytes, ...]) -> bool:
    keep, tail = max(map(len, needles)), b""
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            buf = tail + chunk
            if any(needle in buf for needle in needles):
                return True
            tail = buf[-keep:]
    return False


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _last_cell_start(buf: bytes) -> int:
    """Where the last cell may start: cutting there never splits a cell from its formula."""
    at, prefixed = buf.rfind(b"<c"), buf.rfind(b":c ")  # <c r="…">, <x:c r="…">
    return buf.rfind(b"<", 0, prefixed) if prefixed > at else at


def _formulas_from_bytes(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str
) -> dict[tuple[int, int], str] | None:
    """The fast path; None when a formula is not in the plain form Excel, LibreOffice and
    openpyxl write (a cell without r="…", CDATA, a comment), for _formulas_from_parse."""
    found: dict[tuple[int, int], str] = {}
    shared: dict[str, str] = {}
    for region in _zipcheck.regions(zf, info, name, cut=_last_cell_start):
        if not _FORMULA_GATE.search(region):
            continue
        cells = _FORMULA_CELL.findall(region)
        if len(cells) != len(_FORMULA_TAG.findall(region)):
            return None
        for cell_attributes, attributes, text in cells:
            position = _zipcheck.cell_position(_attributes(cell_attributes).get("r", ""))
            if position is None:
                return None
            text = html.unescape(text.decode("utf-8", "replace"))
            found[position] = _formula(_attributes(attributes), text, shared)
    return found


def _formulas_from_parse(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str
) -> dict[tuple[int, int], str]:
    """The slow path: a streaming parse (no DTD allowed) numbering cells as calamine does."""
    try:
        return _parse_formulas(zf, info)
    except (ParseError, DefusedXmlException) as exc:
        raise FileRejected(XML_UNSAFE, name=name, part=info.filename) from exc


def _parse_formulas(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> dict[tuple[int, int], str]:
    found: dict[tuple[int, int], str] = {}
    shared: dict[str, str] = {}
    row, col, sheet_data = -1, -1, None
    with zf.open(info) as stream:
        for event, element in iterparse(stream, events=("start", "end"), forbid_dtd=True):
            tag = element.tag.rpartition("}")[2]
            if event == "start" and tag == "sheetData":
                sheet_data = element
            elif event == "start" and tag == "row":
                number = element.get("r", "")
                row, col = (int(number) - 1 if number.isdigit() else row + 1), -1
            elif event == "start" and tag == "c":
                row, col = _zipcheck.cell_position(element.get("r", "")) or (row, col + 1)
            elif event == "end" and tag == "f":
                found[(row, col)] = _formula(element.attrib, element.text or "", shared)
            elif event == "end" and tag == "row" and sheet_data is not None:
                sheet_data.clear()  # rows already read: keep memory flat
    return found


def _attributes(raw: bytes) -> dict[str, str]:
    return {
        key.decode("utf-8", "replace").rpartition(":")[2]: html.unescape(
            (double or single).decode("utf-8", "replace")
        )
        for key, double, single in _ATTRIBUTE.findall(raw)
    }


def _formula(attributes: dict[str, str], text: str, shared: dict[str, str]) -> str:
    if attributes.get("t") == "shared":
        si = attributes.get("si", "")
        if text:
            shared[si] = text
        return "=" + (text or shared.get(si) or "<shared formula>")
    return "=" + text
