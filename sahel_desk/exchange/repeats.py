"""Reading once what a file repeats.

A 100,000-row ACLED file names a few hundred actors, a few thousand days and places, over
and over: each combination of the cells a part of an event is read from (its actors, its
place, its date) is read once, and the next row with the same cells gets the same values,
with the same problems and flags, as if it had been read again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any, Protocol, TypeVar

from sahel_desk.domain.errors import Problem

T = TypeVar("T")
_TRIAL = 4096  # rows read before judging whether a part's cells repeat


class SharedRow(Protocol):
    cells: Sequence[object]
    size: int
    plain: bool  # no formula, no cell cleared: its values are its cells' alone
    own: bool  # set by a step that read a cell outside its columns: not shared
    problems: list[Problem]
    flags: set[str]


class Repeated:
    """``step(row, *extra)`` once per distinct combination of ``columns``' cells and
    ``extra``; steps must read nothing else of the row, or set ``row.own``."""

    def __init__(self, index: Mapping[str, int], columns: Sequence[str], typed: bool) -> None:
        positions = [index[c] for c in columns if c in index]
        self._widest = max(positions, default=-1)
        self._cells: Callable[[Sequence[object]], tuple[object, ...]]
        if len(positions) > 1:
            self._cells = itemgetter(*positions)
        elif positions:
            only = positions[0]
            self._cells = lambda cells: (cells[only],)
        else:
            self._cells = lambda cells: ()
        # A workbook's cells have types, and 1 == 1.0 == True as keys: "TRUE" in a
        # precision column is refused where 1 is read
        self._typed = typed
        self._seen: dict[object, tuple[Any, tuple[Problem, ...], frozenset[str]]] = {}
        self._asked = 0
        self._off = False  # the cells hardly repeat (every place a new one): read each row

    def _worth_it(self) -> bool:
        """Whether remembering still pays: once a few thousand rows have come, one in ten
        must have repeated a combination seen before (a file's places repeat more as it goes
        on), or each row is read alone: a row read without remembering costs less than one
        remembered for nothing."""
        self._asked += 1
        if self._asked == _TRIAL and len(self._seen) * 10 > _TRIAL * 9:
            self._off = True
            self._seen.clear()
        return not self._off

    def read(self, row: SharedRow, step: Callable[..., T], *extra: object) -> T:
        if not row.plain or row.size <= self._widest or not self._worth_it():
            return step(row, *extra)
        cells = self._cells(row.cells)
        key: object = (cells, extra) if extra else cells
        if self._typed:
            key = (key, tuple(map(type, cells)))
        seen = self._seen.get(key)
        if seen is not None:
            value, problems, flags = seen
            if problems:
                row.problems.extend(problems)
            if flags:
                row.flags.update(flags)
            return value  # type: ignore[no-any-return]
        # the step's flags on a set of their own: a flag the row had already (from another
        # part) is still this part's, for the next row with these cells
        told, held, row.flags = len(row.problems), row.flags, set()
        row.own = False
        try:
            value = step(row, *extra)
        finally:
            added, row.flags = row.flags, held
            held |= added
        if not row.own:
            self._seen[key] = (value, tuple(row.problems[told:]), frozenset(added))
        return value
