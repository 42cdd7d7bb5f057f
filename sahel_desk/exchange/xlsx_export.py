"""The workbook colleagues open: Incidents (streamed), Summary with a chart, Drivers, Responses,
About. openpyxl in write-only mode, so memory stays flat whatever the number of rows; the
Incidents rows themselves are written as text by ``sheet_rows``, three times faster.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import textwrap
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as sheet_writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from sahel_desk.domain.actors import ActorType, interaction
from sahel_desk.domain.errors import Cancelled
from sahel_desk.domain.flat import FlatIncident
from sahel_desk.domain.tags import Tag, TagKind
from sahel_desk.domain.taxonomy import (
    DEMONSTRATIONS,
    EVENT_TYPES,
    POLITICAL_VIOLENCE,
    PV_AND_DEMONSTRATIONS,
    STRATEGIC_DEVELOPMENTS,
    SUB_EVENT_TYPES,
)
from sahel_desk.exchange import atomic
from sahel_desk.exchange.acled_row import flat_acled_row, flat_sahel_row
from sahel_desk.exchange.cells import CellReport, looks_like_formula, suspect
from sahel_desk.exchange.columns import WORKBOOK_COLUMNS
from sahel_desk.exchange.sheet_rows import RowWriter, inserting_rows, row_points
from sahel_desk.exchange.wording import attributions, words

Progress = Callable[[int, int], None]  # rows written, rows in all

_HEADER_FONT = Font(name="Calibri", bold=True)  # the body's font: LibreOffice falls back to a serif
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_RIGHT = Alignment(horizontal="right")
_SPACED = Alignment(indent=1)  # a code after a right-aligned count: not run into it
# actors: "JNIM: Group for Support of Islam and Muslims" whole
_WIDE = {"notes": 70, "source": 30, "sd_sources": 40, "actor1": 46, "actor2": 46,
         "sd_last_modified": 19, "sd_based_on": 19}  # fmt: skip  # a date and time, not ###
_MEDIUM = ("assoc_actor_1", "assoc_actor_2", "location", "sd_uuid", "sd_drivers",
           "sd_responses", "source_scale")  # fmt: skip
_TYPES = tuple(ActorType)
DISORDER_TYPES = (POLITICAL_VIOLENCE, DEMONSTRATIONS, STRATEGIC_DEVELOPMENTS, PV_AND_DEMONSTRATIONS)
# A column of a closed list is as wide as its longest value: nothing is cut, however the
# colleague's spreadsheet opens it (LibreOffice does not fit columns).
_WIDE |= {
    name: max(map(len, values)) + 2
    for name, values in (
        ("disorder_type", DISORDER_TYPES),
        ("event_type", EVENT_TYPES),
        ("sub_event_type", [sub for subs in SUB_EVENT_TYPES.values() for sub in subs]),
        ("inter1", [t.label for t in _TYPES]),
        ("inter2", [t.label for t in _TYPES]),
        ("interaction", [interaction(a, b) or "" for a in _TYPES for b in _TYPES]),
        ("civilian_targeting", ("Civilian targeting",)),
    )
}
_NOTES = WORKBOOK_COLUMNS.index("notes")
_NOTES_LINE = 80  # characters of a note on one line of its 70-wide column, give or take
_CHUNK = 1000  # rows between progress reports and cancel checks
_ABOUT_LINE = 95  # characters of the About sheet's 100-wide column on one line


@dataclass(frozen=True)
class MonthCount:
    month: str  # YYYY-MM
    admin1: str
    incidents: int
    fatalities: int
    unknown_fatalities: int


@dataclass(frozen=True)
class TagCount:
    code: str
    admin1: str
    incidents: int


@dataclass(frozen=True)
class Summaries:
    months: Sequence[MonthCount]
    tag_counts: Sequence[TagCount]  # a parent tag counts each incident of its children once;
    # admin1 "*" holds a tag's total
    span: tuple[str | None, str | None] = (None, None)  # the filter's first, last month


@dataclass
class WorkbookContent:
    """Everything the workbook shows; the caller reads it from the store.

    ``summaries`` is called once the Incidents sheet is written, so the caller can compute
    them meanwhile (SQLite runs the GROUP BYs without holding Python's lock).
    """

    incidents: Iterable[FlatIncident]  # flat records (``domain.flat``), in the order to write
    total: int
    tags: Sequence[Tag]  # tree order
    summaries: Callable[[], Summaries]
    filter_words: str = ""
    app_version: str = ""
    schema_version: str = ""
    database: str = ""
    language: str = "en"
    exported_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    report: CellReport


def _header(
    ws: WriteOnlyWorksheet, labels: Sequence[Any], numbers: range = range(0)
) -> list[WriteOnlyCell]:
    """Header cells; those over the columns in ``numbers`` right-aligned, as the numbers
    under them are (left, a count read as the next column's in a printout)."""
    cells = []
    for index, label in enumerate(labels):
        cell = WriteOnlyCell(ws, value=label)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        if index in numbers:
            cell.alignment = _RIGHT
        cells.append(cell)
    return cells


class _Sheets:
    """Worksheets whose streamed XML goes beside the target, not into the system temp folder."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.book = Workbook(write_only=True)
        self.temps: list[Path] = []
        self.sheets: list[WriteOnlyWorksheet] = []

    def add(self, title: str) -> WriteOnlyWorksheet:
        ws = self.book.create_sheet(title)
        temp = atomic.temp_beside(self.folder / "sheet", ".xml")
        self.temps.append(temp)
        # openpyxl deletes the files it lists once the workbook is saved, and at exit
        sheet_writer.ALL_TEMP_FILES.append(str(temp))
        ws._writer = sheet_writer.WorksheetWriter(ws, out=str(temp))
        self.sheets.append(ws)
        return ws

    def start(self, ws: WriteOnlyWorksheet, *, pages_wide: int = 1) -> None:
        """Write the sheet's head (columns, frozen panes) once they are set. Printed
        landscape, ``pages_wide`` pages across: the small sheets one, so a printout reads
        across."""
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = pages_wide
        ws.page_setup.fitToHeight = 0
        ws._writer.write_top()

    def discard(self) -> None:
        for ws in self.sheets:  # a sheet left open mid-row complains when collected
            for stream in (ws._rows, ws._writer.xf):
                with contextlib.suppress(Exception):
                    if stream is not None:
                        stream.close()
        for temp in self.temps:
            temp.unlink(missing_ok=True)
            if str(temp) in sheet_writer.ALL_TEMP_FILES:
                sheet_writer.ALL_TEMP_FILES.remove(str(temp))


def write_workbook(
    target: Path,
    content: WorkbookContent,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ExportResult:
    """Write ``content`` to ``target`` (.xlsx), replacing it only once the whole file is written.

    Raises ``Cancelled`` (and leaves ``target`` as it was) when ``cancelled()`` turns true.
    """
    target = Path(target)
    w = words(content.language)
    report = CellReport()
    with atomic.replacing(target) as temp:
        sheets = _Sheets(target.parent)
        try:
            rows = _incidents_sheet(
                sheets, w["sheet.incidents"], content, report, progress, cancelled
            )
            sums = content.summaries()
            _summary_sheet(sheets, sums.months, w, sums.span)
            for kind, title, label in (
                (TagKind.DRIVER, w["sheet.drivers"], w["tags.driver"]),
                (TagKind.RESPONSE, w["sheet.responses"], w["tags.response"]),
            ):
                _tags_sheet(sheets, content, sums.tag_counts, kind, title, label, w)
            _about_sheet(sheets, content, rows, report, w)
            if cancelled():
                raise Cancelled("export cancelled")
            sheets.book.save(temp)
        finally:
            sheets.discard()
    return ExportResult(target, rows, report)


_INCIDENT_PAGES_WIDE = 6


def _incidents_sheet(
    sheets: _Sheets,
    title: str,
    content: WorkbookContent,
    report: CellReport,
    progress: Progress | None,
    cancelled: Callable[[], bool],
) -> int:
    ws = sheets.add(title)
    for index, name in enumerate(WORKBOOK_COLUMNS, 1):
        width = _WIDE.get(name, 22 if name in _MEDIUM else 14)
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    # 43 columns are about seven landscape pages wide at full size: six, a little smaller,
    # each with the header and the incident's id and date, and the grid to read along
    ws.print_title_rows = "1:1"
    ws.print_title_cols = "A:B"
    ws.print_options.gridLines = True
    sheets.start(ws, pages_wide=_INCIDENT_PAGES_WIDE)
    ws.append(_header(ws, WORKBOOK_COLUMNS))
    last_column = get_column_letter(len(WORKBOOK_COLUMNS))
    planned = f"A1:{last_column}{content.total + 1}"  # the rows counted before reading
    ws.auto_filter.ref = planned
    styles = _row_styles(ws)
    ws.close()  # openpyxl writes the head and tail; the rows go between them, as text
    rows = 0
    with inserting_rows(Path(ws._writer.out)) as (out, fixes):
        writer = RowWriter(out, styles, wrap_column=_NOTES, wrap_width=_NOTES_LINE)
        for incident in content.incidents:
            values = list(flat_acled_row(incident) + flat_sahel_row(incident))
            _make_safe(values, report)
            writer.write(values)
            rows += 1
            if rows % _CHUNK == 0:
                if cancelled():
                    raise Cancelled("export cancelled")
                if progress:
                    progress(rows, content.total)
        if rows != content.total:  # the database changed between counting and reading
            fixes.append((f'ref="{planned}"', f'ref="A1:{last_column}{rows + 1}"'))
    if progress:
        progress(rows, content.total)
    return rows


def _row_styles(ws: WriteOnlyWorksheet) -> dict[object, int]:
    """The workbook's style numbers for the Incidents rows: dates and times as openpyxl
    formats them, wrapped notes, every cell at the top of its row (a row as tall as its
    notes reads from its top line). Asking for a style's number adds it to the workbook."""
    wrapped, plain = WriteOnlyCell(ws), WriteOnlyCell(ws)
    wrapped.alignment, plain.alignment = _WRAP, _TOP
    day = WriteOnlyCell(ws, value=dt.date(2000, 1, 1))
    moment = WriteOnlyCell(ws, value=dt.datetime(2000, 1, 1, 12))
    day.alignment = moment.alignment = _TOP
    moment.number_format = "yyyy-mm-dd hh:mm:ss"  # ISO, also once saved as CSV "as shown"
    return {dt.date: day.style_id, dt.datetime: moment.style_id, "wrap": wrapped.style_id,
            "plain": plain.style_id}  # fmt: skip


def _make_safe(values: list[Any], report: CellReport) -> None:
    """Clean the row's text in place, counting what would have run as a formula: the rows
    are written as inline strings, which no spreadsheet evaluates."""
    if not suspect([v for v in values if v.__class__ is str]):
        return
    for index, value in enumerate(values):
        if value.__class__ is not str:
            continue
        value = report.clean(value)
        if looks_like_formula(value):
            report.inert_formulas += 1
        values[index] = value


def _summary_sheet(
    sheets: _Sheets,
    counts: Sequence[MonthCount],
    w: Any,
    span: tuple[str | None, str | None] = (None, None),
) -> None:
    ws = sheets.add(w["sheet.summary"])
    by_admin: dict[str, int] = defaultdict(int)
    for m in counts:
        by_admin[m.admin1] += m.incidents
    admins = sorted(by_admin, key=lambda a: (a == "", a.casefold()))
    months = _every_month({m.month for m in counts}, *span)
    incidents = {(m.month, m.admin1): m.incidents for m in counts}
    fatalities = {(m.month, m.admin1): m.fatalities for m in counts}
    ws.column_dimensions["A"].width = 12
    for index in range(len(admins) + 1):
        ws.column_dimensions[get_column_letter(index + 2)].width = 13
    ws.freeze_panes = "B3"
    sheets.start(ws)
    names = [a or w["summary.none"] for a in admins]
    first_data_row = 3

    def block(title: str, values: dict[tuple[str, str], int]) -> None:
        ws.append([WriteOnlyCell(ws, value=title)])
        ws.append(_header(ws, [w["summary.month"], *names, w["summary.total"]],
                          range(1, len(names) + 2)))  # fmt: skip
        for month in months:
            year, number = month.split("-")
            cell = WriteOnlyCell(ws, value=dt.date(int(year), int(number), 1))
            cell.number_format = "yyyy-mm"
            row = [values.get((month, a), 0) for a in admins]
            ws.append([cell, *row, sum(row)])
        totals = [sum(values.get((m, a), 0) for m in months) for a in admins]
        numbers = range(1, len(totals) + 2)
        ws.append(_header(ws, [w["summary.total"], *totals, sum(totals)], numbers))

    block(w["summary.incidents"], incidents)
    ws.append([])
    # printed, every page repeats the header of months and regions (row 2, the same for
    # both tables): a page never shows bare numbers
    ws.print_title_rows = "2:2"
    block(w["summary.fatalities"], fatalities)
    unknown = sum(m.unknown_fatalities for m in counts)
    ws.append([w["summary.unknown"].format(n=unknown)])
    # why a month before the filter's may head the table; in lines as wide as the table,
    # the chart beside it would hide a long one
    width = max(12 + 13 * (len(admins) + 1), 40)
    for line in textwrap.wrap(w["summary.weeks"], width):
        ws.append([line])
    if months:
        chart = LineChart()
        chart.title = w["summary.chart"]
        chart.y_axis.title = w["summary.chart_y"]
        chart.x_axis.number_format = "yyyy-mm"
        chart.x_axis.delete = False  # openpyxl hides both axes otherwise
        chart.y_axis.delete = False
        chart.y_axis.number_format = "0"  # counts: no 0.2 of an incident on the axis
        if max((sum(incidents.get((m, a), 0) for a in admins) for m in months), default=0) < 6:
            chart.y_axis.majorUnit = 1
        chart.legend = None
        chart.height, chart.width = 9, 22
        last = first_data_row + len(months) - 1
        total_col = len(admins) + 2
        chart.add_data(
            Reference(ws, min_col=total_col, min_row=first_data_row - 1, max_row=last),
            titles_from_data=True,
        )
        chart.series[0].smooth = False  # a smoothed line draws counts that never were
        chart.set_categories(Reference(ws, min_col=1, min_row=first_data_row, max_row=last))
        ws.add_chart(chart, f"{get_column_letter(total_col + 2)}2")


def _every_month(months: set[str], first: str | None = None, last: str | None = None) -> list[str]:
    """Each month from the first to the last (the filter's, when it names them; else of
    ``months``, YYYY-MM), those without incidents too: a quiet month is a zero on the chart,
    not a month left out that draws the line straight over it."""
    known = sorted(months)
    starts = ([first] if first else []) + known[:1]
    ends = ([last] if last else []) + known[-1:]
    if not starts or not ends:
        return []
    start, end = min(starts), max(ends)
    year, month = map(int, start.split("-"))
    found = []
    while (text := f"{year:04d}-{month:02d}") <= end:
        found.append(text)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def _tags_sheet(
    sheets: _Sheets,
    content: WorkbookContent,
    tag_counts: Sequence[TagCount],
    kind: TagKind,
    title: str,
    label: str,
    w: Any,
) -> None:
    ws = sheets.add(title)
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    totals: dict[str, int] = {}
    admins_seen: set[str] = set()
    for c in tag_counts:
        if c.admin1 == "*":
            totals[c.code] = c.incidents
        else:
            counts[c.code][c.admin1] = c.incidents
            admins_seen.add(c.admin1)
    admins = sorted(admins_seen, key=lambda a: (a == "", a.casefold()))
    tags = [t for t in content.tags if t.kind == kind and (not t.hidden or totals.get(t.code))]
    ws.column_dimensions["A"].width = 54  # a tag label whole (the French ones are long)
    ws.column_dimensions["B"].width = 11
    for index in range(len(admins)):
        ws.column_dimensions[get_column_letter(index + 3)].width = 13
    ws.column_dimensions[get_column_letter(len(admins) + 3)].width = 28
    ws.freeze_panes = "C2"
    sheets.start(ws)
    names = [a or w["summary.none"] for a in admins]
    ws.append(
        _header(ws, [label, w["tags.incidents"], *names, w["tags.code"]], range(1, len(names) + 2))
    )
    for tag in tags:
        name = WriteOnlyCell(ws, value=tag.label(content.language))
        if tag.parent:
            name.alignment = Alignment(indent=2)
        else:
            name.font = _HEADER_FONT
        row = [counts[tag.code].get(a, 0) for a in admins]
        code = WriteOnlyCell(ws, value=tag.code)
        code.alignment = _SPACED
        ws.append([name, totals.get(tag.code, 0), *row, code])


def _about_paragraphs(ws: WriteOnlyWorksheet, text: str) -> list[tuple[Any, int]]:
    """``text`` (a user's search words among them) cleaned, a wrapped cell per paragraph
    (inert text: one starting with "=" is never a formula), each with the lines it takes in
    the About column: a sentence stays in one cell, whole when copied."""
    found = []
    for paragraph in CellReport().clean(text).splitlines() or [""]:
        wrapped = textwrap.wrap(
            paragraph, _ABOUT_LINE, break_long_words=False, break_on_hyphens=False
        )
        cell = WriteOnlyCell(ws, value=paragraph.strip())
        cell.data_type = "s"
        cell.alignment = _WRAP
        # a word longer than the column is cut over several lines by the spreadsheet
        lines = sum(-(-len(line) // _ABOUT_LINE) for line in wrapped)
        found.append((cell, max(lines, 1)))
    return found


class _TallRows:
    """Rows appended to a write-only sheet, each as tall as its wrapped text (set before
    it is written): LibreOffice does not fit a row to it on opening, and showed two lines
    of the explanation of the columns."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.written = 0  # (openpyxl's write-only sheet does not count them)

    def append(self, values: list[Any], lines: int = 1) -> None:
        self.written += 1
        if lines > 1:
            self.ws.row_dimensions[self.written].height = row_points(lines)
        self.ws.append(values)


def _about_sheet(
    sheets: _Sheets, content: WorkbookContent, rows: int, report: CellReport, w: Any
) -> None:
    ws = sheets.add(w["sheet.about"])
    labels = [v for k, v in w.items() if k.startswith("about.") and k != "about.columns_text"]
    ws.column_dimensions["A"].width = max(map(len, labels)) + 2  # every label whole
    ws.column_dimensions["B"].width = 100
    sheets.start(ws)
    rows_out = _TallRows(ws)
    title = WriteOnlyCell(ws, value=w["about.title"])
    title.font = Font(name="Calibri", bold=True, size=14)
    rows_out.append([title])
    exported = content.exported_at.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    when = WriteOnlyCell(ws, value=exported)
    when.number_format = "yyyy-mm-dd hh:mm:ss"
    when.alignment = Alignment(horizontal="left")
    lines: list[tuple[str, Any]] = [
        ("about.filter", content.filter_words or w["about.all"]),
        ("about.exported", when),
        ("about.rows", rows),
        ("about.app", content.app_version),
        ("about.schema", content.schema_version),
        ("about.database", content.database),
        ("about.columns", w["about.columns_text"]),
        ("about.cleaned", report.control_characters),
        ("about.truncated", report.truncated),
        ("about.formulas", report.inert_formulas),
    ]
    for key, value in lines:
        more: list[tuple[Any, int]] = []  # a text's other paragraphs, on rows of their own
        height = 1
        if isinstance(value, str):
            (value, height), *more = _about_paragraphs(ws, value)
        elif isinstance(value, int | float):
            number = WriteOnlyCell(ws, value=value)
            number.alignment = Alignment(horizontal="left")  # beside its label, not far right
            value = number
        label = WriteOnlyCell(ws, value=w[key])
        label.font = _HEADER_FONT
        label.alignment = _TOP
        rows_out.append([label, value], height)
        for cell, height in more:
            rows_out.append([None, cell], height)
    rows_out.append([])
    heading = WriteOnlyCell(ws, value=w["about.attribution"])
    heading.font = _HEADER_FONT
    rows_out.append([heading])
    for attribution in attributions(content.language):
        for cell, height in _about_paragraphs(ws, attribution):
            rows_out.append([None, cell], height)
