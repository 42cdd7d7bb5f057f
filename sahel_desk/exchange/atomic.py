"""Write a file beside its target and rename it into place, so the target is never half-written.

A crash or a cancel leaves the old file whole (or no file); the temporary file sits in the
target's folder, never in the system temp folder, where plaintext would outlive the export.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

TEMP_PREFIX = ".sahel-desk-"


def temp_beside(target: Path, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=suffix, dir=target.parent)
    os.close(fd)
    return Path(name)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``."""
    target = Path(target)
    temp = temp_beside(target, target.suffix + ".part")
    try:
        yield temp
        with open(temp, "rb+") as handle:  # on disk before the rename makes it visible
            os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
