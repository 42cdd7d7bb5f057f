"""Undo and redo across the session for edits, tag changes and deletions.

Each command records what the user did as store calls and their inverse. The first "do"
runs off the GUI thread through ops; the command is pushed once it has succeeded, so its
first redo() is skipped. Undo never destroys: undoing a new incident moves it to the trash.
The window's Undo and Redo go through ``UndoRunner``: the store work of a step runs off the
GUI thread (undoing a bulk change of 20,000 incidents takes seconds), one step at a time, and
the stack moves only once it has succeeded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sahel_desk.domain.history import Changes
from sahel_desk.domain.incident import Incident
from sahel_desk.store import Store
from sahel_desk.ui import format as fmt
from sahel_desk.ui.events import Events
from sahel_desk.ui.tasks import Tasks


class _StoreCommand(QUndoCommand):
    def __init__(self, text: str, store: Store, events: Events):
        super().__init__(text)
        self.store = store
        self.events = events
        self.skip_next = True  # pushed after it was done: the stack's first redo() is a no-op

    def redo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        self.events.sig_data_changed.emit(self.forward())

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        self.events.sig_data_changed.emit(self.backward())

    def touches(self, incident: Incident) -> bool:
        """Whether undoing or redoing this step changes ``incident`` (one open with unsaved
        edits is then asked about first)."""
        raise RuntimeError("a command must say what it changes")

    def forward(self) -> Changes:
        raise RuntimeError("a command must say how to do itself")

    def backward(self) -> Changes:
        raise RuntimeError("a command must say how to undo itself")


def _rewrite(store: Store, target: Incident) -> Changes:
    """Make the stored incident look like ``target`` again (a new save, with history)."""
    assert target.id is not None
    current = store.incidents.get(target.id)
    saved = store.incidents.update(target.with_changes(updated_at=current.updated_at))
    return Changes(incidents=frozenset({saved.id or 0}))


class SaveCommand(_StoreCommand):
    """A new incident (``before`` None) or an edit."""

    def __init__(self, store: Store, events: Events, before: Incident | None, after: Incident):
        label = (
            QCoreApplication.translate("UndoCommand", "New incident {id}")
            if before is None
            else QCoreApplication.translate("UndoCommand", "Edit incident {id}")
        )
        super().__init__(label.format(id=after.id), store, events)
        self.before = before
        self.after = after

    def touches(self, incident: Incident) -> bool:
        return incident.id == self.after.id

    def forward(self) -> Changes:
        if self.before is None:
            return self.store.incidents.restore([self.after.id or 0])
        return _rewrite(self.store, self.after)

    def backward(self) -> Changes:
        if self.before is None:
            return self.store.incidents.delete([self.after.id or 0])
        return _rewrite(self.store, self.before)


class DeleteCommand(_StoreCommand):
    def __init__(self, store: Store, events: Events, ids: frozenset[int], restore: bool = False):
        label = (
            QCoreApplication.translate("UndoCommand", "Restore {incidents}")
            if restore
            else QCoreApplication.translate("UndoCommand", "Delete {incidents}")
        )
        super().__init__(label.format(incidents=fmt.incidents(len(ids), QLocale())), store, events)
        self.ids = ids
        self.restoring = restore

    def touches(self, incident: Incident) -> bool:
        return incident.id in self.ids

    def forward(self) -> Changes:
        action = self.store.incidents.restore if self.restoring else self.store.incidents.delete
        return action(self.ids)

    def backward(self) -> Changes:
        action = self.store.incidents.delete if self.restoring else self.store.incidents.restore
        return action(self.ids)


class RetagCommand(_StoreCommand):
    """Tags added to and removed from many incidents; undo puts back each one's own tags."""

    def __init__(
        self,
        store: Store,
        events: Events,
        before: dict[int, frozenset[str]],
        add: frozenset[str],
        remove: frozenset[str],
    ):
        label = QCoreApplication.translate("UndoCommand", "Change tags of {incidents}")
        super().__init__(
            label.format(incidents=fmt.incidents(len(before), QLocale())), store, events
        )
        self.before = before
        self.add = add
        self.remove = remove

    def touches(self, incident: Incident) -> bool:
        return incident.id in self.before

    def forward(self) -> Changes:
        return self.store.incidents.retag(self.before, add=self.add, remove=self.remove)

    def backward(self) -> Changes:
        groups: dict[tuple[frozenset[str], frozenset[str]], list[int]] = defaultdict(list)
        for incident_id, tags in self.before.items():
            after = (tags | self.add) - self.remove
            groups[(tags - after, after - tags)].append(incident_id)
        touched: set[int] = set()
        for (put_back, take_off), ids in groups.items():
            touched |= self.store.incidents.retag(ids, add=put_back, remove=take_off).incidents
        return Changes(incidents=frozenset(touched))


class UndoRunner(QObject):
    """Undo/redo for the window: the step's store work off the GUI thread, then the stack."""

    sig_busy = Signal(bool)
    sig_failed = Signal(object)  # Exception
    sig_done = Signal(str, bool)  # the step's text, True for an undo (False: a redo)

    def __init__(self, stack: QUndoStack, tasks: Tasks, events: Events):
        super().__init__()
        self.stack = stack
        self.tasks = tasks
        self.events = events
        self.busy = False
        # asked before a step runs (the window: unsaved edits of an incident it changes)
        self.may_run: Callable[[_StoreCommand], bool] = lambda command: True

    def undo(self) -> None:
        if not self.busy and self.stack.canUndo():
            self._run(self.stack.index() - 1, undo=True)

    def redo(self) -> None:
        if not self.busy and self.stack.canRedo():
            self._run(self.stack.index(), undo=False)

    def _run(self, at: int, *, undo: bool) -> None:
        command = self.stack.command(at)
        assert isinstance(command, _StoreCommand)
        if not self.may_run(command):
            return
        # a write that ended while the user was asked may have moved or cleared the stack
        if self.stack.index() != (at + 1 if undo else at) or self.stack.command(at) is not command:
            return
        self._set_busy(True)
        work = command.backward if undo else command.forward

        def done(changes: Changes) -> None:
            command.skip_next = True  # the work is done: the stack only moves its index
            self.stack.undo() if undo else self.stack.redo()
            self._set_busy(False)
            self.events.sig_data_changed.emit(changes)
            self.sig_done.emit(command.text(), undo)

        def failed(error: Exception) -> None:
            self._set_busy(False)
            self.sig_failed.emit(error)

        self.tasks.run(work, done, failed, write=True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.sig_busy.emit(busy)


def make_stack(parent: object | None = None) -> QUndoStack:
    stack = QUndoStack(parent)  # type: ignore[arg-type]
    stack.setUndoLimit(500)
    return stack
