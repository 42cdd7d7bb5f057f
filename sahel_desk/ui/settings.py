"""Every QSettings key Sahel Desk uses, declared once here, typed, with its default.

Widgets never call ``QSettings.value`` with a string key of their own: they read and write
through these declarations, so a key is spelled once and a missing or damaged value reads as
the default. Stored as an INI file in the user's configuration folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "SahelDesk"
APPLICATION = "Sahel Desk"

T = TypeVar("T", str, bytes, int, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T

    def get(self, settings: QSettings) -> T:
        """The stored value, or the default when absent or not readable as ``type``."""
        raw: Any = settings.value(self.key)
        if raw is None:
            return self.default
        try:
            return self._convert(raw)
        except (TypeError, ValueError):
            return self.default

    def set(self, settings: QSettings, value: T) -> None:
        if not isinstance(value, self.type):
            raise TypeError(f"setting {self.key} holds {self.type.__name__}, not {value!r}")
        settings.setValue(self.key, QByteArray(value) if self.type is bytes else value)

    def reset(self, settings: QSettings) -> None:
        settings.remove(self.key)

    def _convert(self, raw: Any) -> T:
        if self.type is bytes:
            if isinstance(raw, QByteArray):
                return bytes(raw.data())  # type: ignore[return-value]
            if isinstance(raw, bytes):
                return raw  # type: ignore[return-value]
            raise TypeError(raw)
        if self.type is bool:
            if isinstance(raw, bool):
                return raw  # type: ignore[return-value]
            text = str(raw).strip().lower()
            if text in {"true", "1"}:
                return True  # type: ignore[return-value]
            if text in {"false", "0"}:
                return False  # type: ignore[return-value]
            raise ValueError(raw)
        if self.type is int:
            return int(str(raw).strip())  # type: ignore[return-value]
        if isinstance(raw, list):  # INI reads "a, b" back as a list of strings
            return ", ".join(map(str, raw))  # type: ignore[return-value]
        if isinstance(raw, QByteArray | bytes):
            raise TypeError(raw)
        return str(raw)  # type: ignore[return-value]


# ---- the declarations -------------------------------------------------------------------------

LANGUAGE = Setting("ui/language", str, "")  # "" = the system's language (see i18n.resolve_language)
WINDOW_GEOMETRY = Setting("window/geometry", bytes, b"")  # QWidget.saveGeometry()
WINDOW_STATE = Setting("window/state", bytes, b"")  # QMainWindow.saveState()
SPLITTER_STATE = Setting("window/splitter", bytes, b"")  # the list/editor QSplitter.saveState()
TABLE_HEADER_STATE = Setting("incidents/header", bytes, b"")  # QHeaderView.saveState()
LAST_FILTER = Setting("incidents/last_filter", str, "")  # JSON text of the last IncidentQuery
SAVED_FILTERS = Setting("incidents/saved_filters", str, "")  # JSON: name -> IncidentQuery dict
EXPORT_FOLDER = Setting("exchange/export_folder", str, "")  # where the last export went

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATE,
    TABLE_HEADER_STATE,
    LAST_FILTER,
    SAVED_FILTERS,
    EXPORT_FOLDER,
)


def open_settings(path: Path | None = None) -> QSettings:
    """The user's settings (INI, per user), or an INI file at ``path`` (tests, portable use)."""
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )
