"""Read ahead in a worker thread while the caller writes: SQLite's reads release Python's lock,
so on two cores the store's reading and openpyxl's writing overlap."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")
_END = object()


class _Failed:
    def __init__(self, error: BaseException):
        self.error = error


def prefetched(make: Callable[[], Iterator[T]], batch: int = 500, depth: int = 8) -> Iterator[T]:
    """Yield what ``make()`` yields, produced in a worker thread up to ``depth`` batches ahead.

    The iterator is created, consumed and closed in the worker (a database connection stays in
    the thread that opened it). Stopping early (cancel, error) stops the worker.
    """
    slots: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                slots.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            source = make()
            try:
                chunk: list[T] = []
                for item in source:
                    chunk.append(item)
                    if len(chunk) >= batch:
                        if not put(chunk):
                            return
                        chunk = []
                if chunk and not put(chunk):
                    return
            finally:
                close = getattr(source, "close", None)
                if close is not None:
                    close()
            put(_END)
        except BaseException as exc:  # handed to the consumer, raised there
            put(_Failed(exc))

    worker = threading.Thread(target=produce, name="sahel-desk-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            item = slots.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield from item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()
