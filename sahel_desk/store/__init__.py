"""The incident store (SQLAlchemy + SQLite). The public surface the UI and CLI may use."""

from sahel_desk.domain.points import IncidentPoints
from sahel_desk.store.facade import OpenReport, Store
from sahel_desk.store.imports import ImportBatch
from sahel_desk.store.incidents import ConflictError, DuplicateKey
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
