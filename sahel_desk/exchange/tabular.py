"""A spreadsheet or CSV file as a header and rows of raw cells, after the guard let it in.

Workbooks are read with python-calamine (ten times faster than openpyxl's read-only mode);
calamine gives a formula's cached result, so the formulas are found separately and their
text replaces the result: an import never trusts or evaluates a formula.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from sahel_desk.domain.errors import FileRejected, Problem, problem
from sahel_desk.exchange import guard

EXCEL_MAX_ROWS = 1_048_576
PREFERRED_SHEET = "incidents"  # Sahel Desk's own workbook: its first sheet, in any language

NO_HEADER = "{name} has no header row; the first row must name the columns"
NO_ROWS = "{name} has a header but no rows"
UNREADABLE_BOOK = "{name} cannot be read as a workbook ({reason}); save it again from Excel"
TOO_MANY_ROWS = "{name} has more than {limit:,} rows, more than a spreadsheet can hold"
HXL_SKIPPED = "skipped the HXL hashtag row under the header"
NAMED_AS_WORKBOOK = "{name} is a text (CSV) file, whatever its name says: read as CSV"
NOT_A_WORKBOOK = (
    "{name} is no workbook, whatever its name says: it holds a little text and no table; ask "
    "the sender for it again"
)
NOT_UTF8 = "read as {encoding} (not UTF-8)"
SHEET_READ = "sheet read: “{sheet}”, whose columns are an import's; not read: {others}"
TITLE_SKIPPED = "the header is row {row}: the rows above it (a title, a note) are not read"
MESSAGES = (NO_HEADER, NO_ROWS, UNREADABLE_BOOK, TOO_MANY_ROWS, HXL_SKIPPED, NOT_UTF8,
            NAMED_AS_WORKBOOK, NOT_A_WORKBOOK, SHEET_READ, TITLE_SKIPPED)  # fmt: skip
HEADER_SEARCH = 10  # the first rows where a header under a title is looked for

# How many of a header's names are columns an import reads, plus COMPLETE when it names all
# an import needs: finds the header row under a title, and the data sheet of a workbook
# whose sheets are in another order.
Recognise = Callable[[Sequence[str]], int]
COMPLETE = 1000


@dataclass
class Table:
    name: str  # the file's name, for messages and the import record
    kind: str  # "xlsx" or "csv"
    header: list[str]
    rows: list[list[object]]
    lines: list[int]  # each row's number as a spreadsheet shows the file, for messages
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (row index, col)
    notes: list[Problem] = field(default_factory=list)  # what reading did (HXL row skipped, …)
    sheet: str = ""


def _is_hxl(row: list[object]) -> bool:
    """HDX downloads put HXL hashtags (#event+code, …) on the row after the header."""
    cells = [str(c).strip() for c in row if c not in (None, "")]
    return bool(cells) and all(c.startswith("#") for c in cells)


def _header(cells: list[object]) -> list[str]:
    return [str(c).strip().lstrip("\ufeff") if c is not None else "" for c in cells]


def _filled(row: Sequence[object]) -> int:
    return sum(1 for c in row if c not in ("", None))


def _header_row(rows: Sequence[Sequence[object]], recognise: Recognise | None) -> int | None:
    """The index of the header among ``rows``: the first non-empty one, or one further down
    under a title: a row naming more columns ``recognise`` knows (two at least), all rows
    above it with at most half its cells filled (a title, a note: never data, which a cell
    that happens to read "Cercle" or "Date" would make a header of). None if all are empty."""
    filled = [k for k, row in enumerate(rows[: HEADER_SEARCH * 3]) if _filled(row)]
    filled = filled[:HEADER_SEARCH]
    if not filled:
        return None
    first = filled[0]
    if recognise is None:
        return first

    def under_titles(k: int) -> bool:
        return all(_filled(rows[j]) * 2 <= _filled(rows[k]) for j in filled if j < k)

    scores = {k: recognise(_header(list(rows[k]))) for k in filled}
    best = max(filled, key=lambda k: (scores[k], -k))
    if best != first and scores[best] >= 2 and scores[best] > scores[first] and under_titles(best):
        return best
    # headers none of which an import knows (they are mapped), under a one-cell title
    wide = max(filled, key=lambda k: (_filled(rows[k]), -k))  # the header, before its rows
    return wide if _filled(rows[first]) == 1 and under_titles(wide) else first


def read_table(path: Path, recognise: Recognise | None = None) -> Table:
    """Read ``path`` (after ``guard.check_file``); FileRejected in words when it cannot be.
    With ``recognise``, the header may be under a title, and a workbook's data on another
    sheet than the first (one named Incidents, else one whose header names every column an
    import needs when the first's does not)."""
    path = Path(path)
    kind = guard.check_file(path)
    table = _read_xlsx(path, recognise) if kind == "xlsx" else _read_csv(path, recognise)
    misnamed = kind != "xlsx" and path.suffix.lower() in (".xlsx", ".xlsm", ".xls")
    if misnamed:
        table.notes.append(problem("file", NAMED_AS_WORKBOOK, "warning", name=path.name))
    while table.header and table.header[-1] == "":
        table.header.pop()
    if not any(table.header):
        raise FileRejected(NOT_A_WORKBOOK if misnamed else NO_HEADER, name=path.name)
    if table.rows and _is_hxl(table.rows[0]):
        table.rows.pop(0)
        table.lines.pop(0)
        table.notes.append(problem("file", HXL_SKIPPED, "warning"))
    if not table.rows:  # a "workbook" of one line of text is no table that lost its rows
        raise FileRejected(NOT_A_WORKBOOK if misnamed else NO_ROWS, name=path.name)
    return table


def _read_csv(path: Path, recognise: Recognise | None = None) -> Table:
    encoding = guard.csv_encoding(path)
    notes = (
        []
        if encoding.startswith("utf-8")
        else [problem("file", NOT_UTF8, "warning", encoding=encoding)]
    )
    with open(path, encoding=encoding, newline="") as handle:
        sample = handle.read(64 * 1024)
        handle.seek(0)
        # skipinitialspace: "a, "Boni, Mopti"" quotes its second cell after the space
        reader = csv.reader(handle, csv.excel, delimiter=_delimiter(sample), skipinitialspace=True)
        try:
            top = [row for _, row in zip(range(HEADER_SEARCH * 3), reader, strict=False)]
            at = _header_row(top, recognise) or 0
            if any(_filled(row) for row in top[:at]):
                notes.append(problem("file", TITLE_SKIPPED, "warning", row=at + 1))
            header = _header(top[at] if top else [])
            rows: list[list[object]] = []
            lines: list[int] = []
            # numbered as a spreadsheet shows the file, a row a record: a note that runs over
            # several lines (UCDP's sources) is one row, not several lines of text
            for number, row in enumerate(itertools.chain(top[at + 1 :], reader), at + 2):
                if not any(row):
                    continue
                rows.append(row)  # type: ignore[arg-type]
                lines.append(number)
                if len(rows) > EXCEL_MAX_ROWS * 4:
                    raise FileRejected(TOO_MANY_ROWS, name=path.name, limit=EXCEL_MAX_ROWS * 4)
        except csv.Error as exc:
            raise FileRejected(UNREADABLE_BOOK, name=path.name, reason=str(exc)) from exc
    return Table(path.name, "csv", header, rows, lines, notes=notes)


def _delimiter(sample: str) -> str:
    """The separator of a CSV file: the one that splits its header line into the most
    columns, quotes respected (a header names columns; "lieu, région" in quotes is one);
    csv.Sniffer only when no separator splits it. The sniffer's quoting guesses are never
    taken: it can decide that "" is no escaped quote and misread every note that quotes
    someone, where spreadsheets write RFC 4180 (csv.excel)."""
    header = next((line for line in sample.splitlines() if line.strip()), "")
    # a stray quote left inside a name means the quoting was split wrongly
    fits = {}
    for mark in (",", ";", "\t"):
        names = next(csv.reader([header], csv.excel, delimiter=mark), [])
        fits[mark] = (not any('"' in name for name in names), len(names))
    best = max(fits, key=fits.__getitem__)
    if fits[best][1] > 1:
        return best
    try:
        return csv.Sniffer().sniff(sample, ",;\t").delimiter
    except csv.Error:
        return ","


def _read_xlsx(path: Path, recognise: Recognise | None = None) -> Table:
    notes: list[Problem] = []
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        names = book.sheet_names
        index = next((k for k, n in enumerate(names) if n.strip().lower() == PREFERRED_SHEET), 0)
        sheet = None
        if recognise is not None and len(names) > 1 and names[0].strip().lower() != PREFERRED_SHEET:
            index, sheet = _data_sheet(book, recognise)
            if index:  # said: the user expects the first sheet read
                others = ", ".join(n for k, n in enumerate(names) if k != index)
                notes.append(problem("file", SHEET_READ, "warning", sheet=names[index],
                                     others=others))  # fmt: skip
        sheet = sheet or book.get_sheet_by_index(index)
        if sheet.total_height > EXCEL_MAX_ROWS:
            raise FileRejected(TOO_MANY_ROWS, name=path.name, limit=EXCEL_MAX_ROWS)
        cells = sheet.to_python(skip_empty_area=False)
    except FileRejected:
        raise
    except Exception as exc:  # calamine raises its own errors (zip, xml, password, …)
        reason = str(exc) or type(exc).__name__
        raise FileRejected(UNREADABLE_BOOK, name=path.name, reason=reason) from exc
    formulas = guard.formula_cells(path, index)
    # calamine starts at the first non-empty row; formulas are keyed by the sheet's own rows
    start = sheet.start[0] if sheet.start else 0
    first = _header_row(cells, recognise)
    if first is None:
        raise FileRejected(NO_HEADER, name=path.name)
    if any(_filled(row) for row in cells[:first]):
        notes.append(problem("file", TITLE_SKIPPED, "warning", row=start + first + 1))
    header = _header(cells[first])
    rows, lines, by_row = [], [], {}
    for k in range(first + 1, len(cells)):
        row = cells[k]
        sheet_row = start + k
        if any(c not in ("", None) for c in row):
            by_row[sheet_row] = len(rows)
            rows.append(row)
            lines.append(sheet_row + 1)
    found = {}
    for (sheet_row, col), text in formulas.items():
        if sheet_row in by_row:
            index_in_rows = by_row[sheet_row]
            col_in_row = col - (sheet.start[1] if sheet.start else 0)
            if 0 <= col_in_row < len(rows[index_in_rows]):
                rows[index_in_rows][col_in_row] = text  # the formula's text, never its result
                found[(index_in_rows, col_in_row)] = text
    return Table(path.name, "xlsx", header, rows, lines, found, notes, sheet=names[index])


def _data_sheet(
    book: python_calamine.CalamineWorkbook, recognise: Recognise
) -> tuple[int, python_calamine.CalamineSheet]:
    """The first sheet, read, unless its header lacks columns an import needs and another
    sheet's header has them all (the data sheet, moved and renamed): that one."""
    first = book.get_sheet_by_index(0)
    for k in range(len(book.sheet_names)):
        sheet = first if k == 0 else book.get_sheet_by_index(k)
        top = sheet.to_python(skip_empty_area=False, nrows=HEADER_SEARCH * 3)
        at = _header_row(top, recognise)
        if at is not None and recognise(_header(list(top[at]))) >= COMPLETE:
            return k, sheet
    return 0, first
