"""Garbage collection paused while a bulk job builds its objects.

An import holds 100,000 rows, incidents and plan rows at once; the collector, triggered by
their allocation, walks them again and again and took 40% of an import's time. Nothing a
job builds is cyclic garbage worth collecting before it ends. Jobs may overlap (an import's
plan on one worker, an export on another), so the pause is counted.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

_lock = threading.Lock()
_depth = 0
_was_enabled = True

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def gc_paused(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` run with the collector paused."""

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with paused():
            return function(*args, **kwargs)

    return run
