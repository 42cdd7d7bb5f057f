"""The direction rules of ARCHITECTURE.md, as import-linter contracts in pyproject.toml."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_core_imports_without_qt():
    code = (
        "import sys; import sahel_desk.store, sahel_desk.cli, sahel_desk.synthetic.incidents; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_the_window_starts_without_the_heavy_libraries(tmp_path):
    """pyqtgraph (charts, map), openpyxl, numpy, the file readers, the import and report code
    and SQLAlchemy's ORM load when first needed, if ever, not at start (issue 3's 0.6 s):
    the window is opened and shown on a database of the current schema, as a second start."""
    later = (
        "pyqtgraph",
        "openpyxl",
        "numpy",
        "sahel_desk.exchange",
        "sahel_desk.jobs",
        "sahel_desk.store.imports",
        "sahel_desk.store.reports",
        "sqlalchemy.orm",  # the store runs on Core tables (store/tables.py)
    )
    db = tmp_path / "start.sqlite"
    create = f"from sahel_desk.store import Store; Store.open({str(db)!r}).close()"
    subprocess.run([sys.executable, "-c", create], cwd=ROOT, check=True)  # migrations: ORM
    code = (
        "import os, sys; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen'); "
        "from pathlib import Path; "
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from sahel_desk import app as sahel_app; "
        f"window = sahel_app.start(app, Path({str(db)!r})); app.processEvents(); "
        f"bad = [m for m in {later!r} if m in sys.modules]; "
        "assert window is not None and not bad, bad"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}  # not the user's settings
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, env=env)


def test_qt_sql_never_opens_the_database():
    """Qt SQL bundles its own SQLite: two copies in one process can corrupt a file."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "sahel_desk").rglob("*.py")
        if "QtSql" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_the_ui_contract_names_every_private_store_module():
    """The UI may use sahel_desk.store's public surface only; a new store module must be listed."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c["name"].startswith("the UI reaches the store")
    )
    modules = {
        f"sahel_desk.store.{p.stem}"
        for p in (ROOT / "sahel_desk" / "store").glob("*.py")
        if p.stem != "__init__"
    }
    assert modules <= set(contract["forbidden_modules"])
