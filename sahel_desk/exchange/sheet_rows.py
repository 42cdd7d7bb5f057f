"""The rows of the big Incidents sheet, written as SpreadsheetML text directly.

openpyxl's write-only mode spends most of an export on objects: a Cell per value, then an
lxml element per cell. The rows here are plain values of four kinds (text, number, date,
date and time), so each becomes the XML openpyxl would have written for it, by string
formatting. openpyxl still writes everything around the rows (columns, frozen header,
autofilter, styles, the other sheets): ``inserting_rows`` puts these rows into the sheet
file openpyxl wrote with only its header row, before the workbook is saved.

Text is always an inline string, which no spreadsheet evaluates: a value starting with "="
stays text here without the data-type trick openpyxl needs. Characters XML cannot hold are
the caller's to remove (``cells.CellReport``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\r"): "&#13;"}
_SHEET_DATA_END = "</sheetData>"
_LINE_POINTS = 15  # a line of the default 11-point font
_MAX_POINTS = 409  # the tallest row a spreadsheet allows


class RowWriter:
    """Writes ``<row>`` elements to ``out``, numbered from ``first_row``.

    ``styles`` maps ``dt.date`` and ``dt.datetime`` to the style index of their number
    format, ``"wrap"`` to the wrapped-text style used for the ``wrap_column`` (0-based), and
    ``"plain"`` to the style of other cells (none by default). A row whose wrapped cell runs
    over several lines of ``wrap_width`` characters gets the height to show them: LibreOffice
    does not fit a row to its wrapped text when it opens a file, and the lines overlapped.
    """

    def __init__(
        self,
        out: TextIO,
        styles: Mapping[object, int],
        *,
        wrap_column: int | None = None,
        wrap_width: int = 0,
        first_row: int = 2,
    ):
        self.out = out
        self.row = first_row
        self.date_style = styles[dt.date]
        self.moment_style = styles[dt.datetime]
        self.wrap_style = styles.get("wrap")
        plain = styles.get("plain")
        self.plain = f' s="{plain}"' if plain is not None else ""
        self.wrap_column = wrap_column
        self.wrap_width = wrap_width
        self._letters: list[str] = []
        self._serials: dict[dt.date, int] = {}  # an export repeats a few thousand days

    def write(self, values: Sequence[Any]) -> None:
        letters = self._letters
        while len(letters) < len(values):
            letters.append(get_column_letter(len(letters) + 1))
        r = str(self.row)
        parts = [f'<row r="{r}"{self._height(values)}>']
        plain = self.plain
        for index, value in enumerate(values):
            if value is None:
                continue
            ref = letters[index] + r
            cls = value.__class__
            if cls is str:
                if not value:
                    continue
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                if "&" in value or "<" in value or ">" in value or "\r" in value:
                    value = value.translate(_ESCAPES)
                style = f' s="{self.wrap_style}"' if index == self.wrap_column else plain
                parts.append(f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>')
                parts.append(f"{value}</t></is></c>")
            elif cls is int or cls is float or isinstance(value, int | float):
                if cls is bool:
                    parts.append(f'<c r="{ref}"{plain} t="b"><v>{int(value)}</v></c>')
                    continue
                if math.isfinite(value):  # a spreadsheet has no NaN or infinity: left empty
                    parts.append(f'<c r="{ref}"{plain} t="n"><v>{_number(value)}</v></c>')
            elif cls is dt.date:
                serial = self._serials.get(value)
                if serial is None:
                    serial = self._serials[value] = int(to_excel(value))
                parts.append(f'<c r="{ref}" s="{self.date_style}" t="n"><v>{serial}</v></c>')
            elif cls is dt.datetime:
                if value.tzinfo is not None:
                    raise TypeError("a spreadsheet cannot hold a time zone")
                serial_time = _number(to_excel(value))
                parts.append(f'<c r="{ref}" s="{self.moment_style}" t="n"><v>{serial_time}</v></c>')
            else:
                raise TypeError(f"no cell for a {cls.__name__}")
        parts.append("</row>")
        self.out.write("".join(parts))
        self.row += 1

    def _height(self, values: Sequence[Any]) -> str:
        """The row's height attributes when its wrapped text needs more than one line."""
        if self.wrap_column is None or not self.wrap_width or self.wrap_column >= len(values):
            return ""
        text = values[self.wrap_column]
        if text.__class__ is not str or (len(text) <= self.wrap_width and "\n" not in text):
            return ""
        lines = sum(max(1, -(-len(line) // self.wrap_width)) for line in text.split("\n"))
        return f' ht="{row_points(lines):g}" customHeight="1"'


def row_points(lines: int) -> int:
    """The height of a row showing ``lines`` lines of wrapped text, within what a
    spreadsheet allows."""
    return min(_LINE_POINTS * lines, _MAX_POINTS)


def _number(value: float) -> str:
    """As openpyxl writes a number: 16 significant digits."""
    return f"{value:.16g}"


@contextlib.contextmanager
def inserting_rows(sheet: Path) -> Iterator[tuple[TextIO, list[tuple[str, str]]]]:
    """Rewrite the sheet file ``sheet`` (small: openpyxl wrote it with its header row only)
    with the rows the caller writes to the yielded file at the end of its ``sheetData``.
    The caller may add (old, new) replacements for the sheet's tail (the autofilter's range,
    which counts the rows), applied once the rows are written."""
    text = sheet.read_text(encoding="utf-8")
    at = text.rfind(_SHEET_DATA_END)
    if at < 0:
        raise ValueError(f"{sheet.name} has no sheetData to put rows in")
    head, tail = text[:at], text[at:]
    fixes: list[tuple[str, str]] = []
    with open(sheet, "w", encoding="utf-8", newline="") as out:
        out.write(head)
        yield out, fixes
        for old, new in fixes:
            tail = tail.replace(old, new)
        out.write(tail)
