"""Where things live: shipped resources and migrations, and the user's database.

Resources and migrations sit at the top of a source checkout; a wheel carries them
inside the package (see pyproject's force-include); a PyInstaller bundle under
``sys._MEIPASS``. Every caller asks here, so all three layouts work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "SahelDesk"
DB_ENV = "SAHEL_DESK_DB"
_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    candidates = [_PACKAGE / name, _PACKAGE.parent / name]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "sahel_desk" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Sahel Desk's {name}/ folder is missing from this installation")


def resources_dir() -> Path:
    return _shipped("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return _shipped("migrations")


def data_dir() -> Path:
    """The user's data folder (platformdirs), created on first use."""
    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """``$SAHEL_DESK_DB`` if set, else ``sahel-desk.sqlite`` in the user's data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / "sahel-desk.sqlite"
