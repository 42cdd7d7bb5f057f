"""The incident store (SQLAlchemy + SQLite). The public surface the UI and CLI may use."""

from typing import TYPE_CHECKING, Any

from sahel_desk.domain.points import IncidentPoints
from sahel_desk.store.facade import OpenReport, Store
from sahel_desk.store.incidents import ConflictError, DuplicateKey

if TYPE_CHECKING:
    from sahel_desk.store.imports import ImportBatch
    from sahel_desk.store.reports import CountRow

__all__ = [
    "ConflictError",
    "CountRow",
    "DuplicateKey",
    "ImportBatch",
    "IncidentPoints",
    "OpenReport",
    "Store",
]


def __getattr__(name: str) -> Any:
    # Imports and reports load on first use, so the window's start does not wait for them.
    if name == "ImportBatch":
        from sahel_desk.store.imports import ImportBatch

        return ImportBatch
    if name == "CountRow":
        from sahel_desk.store.reports import CountRow

        return CountRow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
