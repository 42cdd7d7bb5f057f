"""Noticing another program's writes: the command line's import, a second window.

Every write that changes the data gives the database a new generation (``Store.generation``).
Reading it is one small query, so the window asks every few seconds, in a worker thread (a
database another program holds locked may keep a read waiting); when it moved and this
window did not move it, the list, the charts, the tag lists and the open incident (unless it
has unsaved edits) are read again, and the status bar says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from sahel_desk.domain.errors import SahelDeskError
from sahel_desk.domain.history import Changes
from sahel_desk.ui.context import AppContext

POLL_MS = 3000


class ChangeWatcher(QObject):
    def __init__(self, ctx: AppContext, say: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.say = say
        self.seen = self._generation()
        # this window's own writes: what it saw once they are shown is not another's
        ctx.events.sig_data_changed.connect(self._shown)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        """Ask whether another program changed the data, off the GUI thread (a database
        another program holds locked may keep a read waiting); when it did, read everything
        again. True when the answer is already in and was yes (at once with synchronous
        tasks, as in the tests)."""
        if self.ctx.tasks.writing:  # this window's own write, not shown yet: not another's
            return False
        answer: list[bool] = []
        self.ctx.tasks.run(
            self._generation,
            lambda now: answer.append(self._compare(now)),
            lambda _error: None,
            key="watch-generation",
        )
        return bool(answer and answer[0])

    def _compare(self, now: str | None) -> bool:
        if self.ctx.tasks.writing or now is None or now == self.seen:
            return False
        if self.seen is None:  # the first read failed: nothing to compare with yet
            self.seen = now
            return False
        if self.ctx.store.only_ours_since(self.seen, now):
            return False  # read before this window's own writes, which have moved it since
        self.seen = now
        self.ctx.events.sig_data_changed.emit(Changes(tags=True, actors=True, elsewhere=True))
        self.say(
            self.tr("Another program changed the database: the list and charts are up to date.")
        )
        return True

    def refresh(self) -> None:
        """Read the list, the charts, the tag lists and the open incident again."""
        self.ctx.events.sig_data_changed.emit(Changes(tags=True, actors=True, elsewhere=True))

    def _shown(self, changes: Changes) -> None:
        if changes.elsewhere:
            return
        found = self._generation()
        # only this program's writes since the last look: another program's write just
        # before this window's stays news, for the next tick
        seen = self.seen
        if found is not None and seen is not None and self.ctx.store.only_ours_since(found, seen):
            self.seen = found

    def _generation(self) -> str | None:
        try:
            return self.ctx.store.generation()
        except SahelDeskError:  # busy or gone: asked again at the next tick
            return None
