"""Write a file beside its target and rename it into place, so the target is never half-written.

A crash or a cancel leaves the old file whole (or no file); the temporary file sits in the
target's folder, never in the system temp folder, where plaintext would outlive the export.
The file put in place has the permissions of the one it replaces, else those any program
gives a new file (the user's umask): colleagues sharing the folder can open it. Until then
the temporary file is the user's alone.
"""

from __future__ import annotations

import contextlib
import os
import stat
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
        with contextlib.suppress(OSError):  # a share that has no such permissions
            os.chmod(temp, _mode_for(target))
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux):
    setting it to read it back races with threads creating files meanwhile."""
    with (
        contextlib.suppress(OSError, ValueError),
        open("/proc/self/status", encoding="ascii") as status,
    ):
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
