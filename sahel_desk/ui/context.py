"""AppContext: what every panel needs, passed explicitly (no globals, no singletons)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from sahel_desk.store import Store
from sahel_desk.ui.events import Events
from sahel_desk.ui.incidents.undo import make_stack
from sahel_desk.ui.settings import open_settings
from sahel_desk.ui.tasks import Tasks


@dataclass
class AppContext:
    store: Store
    events: Events
    tasks: Tasks
    undo: QUndoStack
    settings: QSettings

    @classmethod
    def create(cls, store: Store, *, synchronous: bool = False) -> AppContext:
        """A context over ``store``; ``synchronous`` runs tasks inline (tests, screenshots)."""
        return cls(
            store=store,
            events=Events(),
            tasks=Tasks(synchronous=synchronous),
            undo=make_stack(),
            settings=open_settings(),
        )
