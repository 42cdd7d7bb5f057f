"""Shared fixtures: a real SQLite file per test, copied from one migrated, seeded template."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

# Qt aborts without a screen unless told to draw offscreen; must precede any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from sahel_desk.store import Store


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test has settings of its own, never the user's real ones (nor another test's)."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("settings"))
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, folder)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head with the reference data loaded (built once per run)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    Store.open(path, author="tester").close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "sahel.sqlite"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path, author="tester") as opened:
        yield opened
