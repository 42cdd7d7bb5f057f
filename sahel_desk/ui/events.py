"""The app's signals: how feature folders tell each other that data changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    sig_data_changed = Signal(object)  # domain.history.Changes
    sig_query_changed = Signal(object)  # domain.query.IncidentQuery
