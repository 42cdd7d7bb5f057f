"""The rows an analyst selected, without reading 100,000 ids on the GUI thread.

A few rows are named by their ids, from the blocks the table has read. Many rows (Ctrl+A over
the whole list) are kept as the list's query and row ranges; a worker reads their ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from sahel_desk.domain.errors import SahelDeskError
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.store import Store


class SelectionChanged(SahelDeskError):
    """The list changed between the selection and the work on it: nothing is done."""


@dataclass(frozen=True)
class Chosen:
    count: int
    ids: frozenset[int] | None = None  # when few
    query: IncidentQuery | None = None  # else the rows of this query ...
    ranges: tuple[tuple[int, int], ...] = ()  # ... (first row, number of rows) each
    rows: int = 0  # ... out of this many rows the list showed

    def resolve(self, store: Store) -> frozenset[int]:
        """The incident ids (off the GUI thread when they are many)."""
        if self.ids is not None:
            return self.ids
        assert self.query is not None
        if store.incidents.count(self.query) != self.rows:
            raise SelectionChanged(
                "the list changed after these rows were selected; nothing was changed: "
                "select them again"
            )
        found: set[int] = set()
        for first, count in self.ranges:
            found.update(store.incidents.ids(self.query, first, count))
        return frozenset(found)


def merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """(first, last) row spans, overlapping or touching, as sorted (first, count) ranges."""
    out: list[list[int]] = []
    for first, last in sorted(spans):
        if out and first <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], last)
        else:
            out.append([first, last])
    return tuple((first, last - first + 1) for first, last in out)
