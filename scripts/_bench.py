"""What the benchmark scripts share: a demo database built by the app's own command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def build_db(path: Path, incidents: int) -> Path:
    """``sahel-desk demo --incidents N`` into ``path`` (a new database), as a user would."""
    cli = Path(sys.executable).with_name("sahel-desk")
    subprocess.run(
        [str(cli), "demo", "--incidents", str(incidents), "--db", str(path)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return path
