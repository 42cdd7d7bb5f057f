"""The one place that starts threads: run a function off the GUI thread, get the result back on it.

Workers never touch widgets; they call Store methods (each opens its own short connection).
Tests set ``Tasks(synchronous=True)`` so results arrive before the call returns.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    sig_done = Signal(object, object)  # (result, error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, wanted: Callable[[], bool]):
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.wanted = wanted

    def run(self) -> None:
        if not self.wanted():  # superseded while it waited for a thread: not worth doing
            self._deliver(None, None)
            return
        try:
            result, error = self.fn(), None
        except Exception as exc:  # delivered to the caller's on_error on the GUI thread
            result, error = None, exc
        self._deliver(result, error)

    def _deliver(self, result: Any, error: Exception | None) -> None:
        # RuntimeError: the window closed while this ran, and nobody waits for the result.
        with contextlib.suppress(RuntimeError):
            self.relay.sig_done.emit(result, error)


class Tasks(QObject):
    """``run(fn, on_done, on_error)``; a newer run with the same ``key`` supersedes older ones:
    their results are dropped, and those still waiting for a thread never run.

    Writes (``write=True``) run one at a time, in the order they were asked for, on a thread
    of their own: a save, a delete and an undo land as the analyst did them, and the undo
    stack holds them in that order. Reads run beside them.
    """

    def __init__(self, synchronous: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.writes = QThreadPool(self)
        self.writes.setMaxThreadCount(1)  # one thread: first asked, first done
        self._latest: dict[str, int] = {}
        self._serial = 0
        self._relays: set[_Relay] = set()
        self._writing = 0  # writes asked for whose result this window has not had yet

    @property
    def writing(self) -> bool:
        """True while a write of this window runs or waits for its result to be shown: the
        database has moved on before the window says so (``ui.watch``)."""
        return self._writing > 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        key: str | None = None,
        *,
        write: bool = False,
    ) -> None:
        self._serial += 1
        serial = self._serial
        if key is not None:
            self._latest[key] = serial

        if write:
            self._writing += 1

        def deliver(result: Any, error: Exception | None) -> None:
            try:
                if key is not None and self._latest.get(key) != serial:
                    return  # a newer request replaced this one
                if error is not None:
                    on_error(error)
                else:
                    on_done(result)
            finally:
                if write:
                    self._writing -= 1

        if self.synchronous:
            try:
                deliver(fn(), None)
            except Exception as exc:  # same contract as the threaded path
                deliver(None, exc)
            return
        relay = _Relay()  # lives on the GUI thread, so its signal is delivered there
        self._relays.add(relay)

        @Slot(object, object)
        def finished(result: Any, error: Any) -> None:
            self._relays.discard(relay)
            deliver(result, error)

        relay.sig_done.connect(finished)
        wanted = (lambda: self._latest.get(key) == serial) if key is not None else (lambda: True)
        (self.writes if write else self.pool).start(_Job(fn, relay, wanted))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every task, up to ``msecs`` in all; False when some still run."""
        deadline = QDeadlineTimer(msecs)
        return self.writes.waitForDone(deadline) and self.pool.waitForDone(deadline)
