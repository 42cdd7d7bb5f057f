"""Text that is safe in a cell: never a live formula, never XML that breaks the file."""

from __future__ import annotations

import re
from dataclasses import dataclass

EXCEL_CELL_LIMIT = 32_767  # characters Excel keeps in one cell
TRUNCATION_MARK = " […]"

# A spreadsheet reads a cell starting with one of these as a formula (or runs it: =HYPERLINK,
# +cmd|…, @SUM): the OWASP list for CSV injection.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# XML 1.0 forbids these; openpyxl raises on them and Excel calls such a file damaged.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


# A cell that may start like a formula, or like the CSV export's mark before one ('=), in a
# row's text joined by "\n" (a line of notes that starts with "-" is a false alarm that only
# costs a closer look).
_FORMULA_START = re.compile("\n'?[=+\\-@\t\r\n]")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def suspect(texts: list[str]) -> bool:
    """Whether any of ``texts`` may need cleaning or may read as a formula."""
    joined = "\n" + "\n".join(texts)
    return (
        len(joined) > EXCEL_CELL_LIMIT
        or _ILLEGAL_XML.search(joined) is not None
        or _FORMULA_START.search(joined) is not None
    )


@dataclass
class CellReport:
    """What had to be changed to write the cells, so the user is told."""

    control_characters: int = 0
    truncated: int = 0
    inert_formulas: int = 0

    def clean(self, text: str) -> str:
        """``text`` without characters XML cannot hold, cut to what Excel keeps in a cell."""
        text, removed = _ILLEGAL_XML.subn("", text)
        self.control_characters += removed
        if len(text) > EXCEL_CELL_LIMIT:
            self.truncated += 1
            text = text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
        return text

    def clean_csv(self, text: str) -> str:
        """Like ``clean`` for a CSV field: control characters go, nothing is cut."""
        text, removed = _ILLEGAL_XML.subn("", text)
        self.control_characters += removed
        return text
