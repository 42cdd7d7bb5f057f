"""The installed program finds its migrations and resources without the source checkout."""

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def sh(*args: str | Path, cwd: Path) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.slow
def test_wheel_installs_and_opens_a_new_database(tmp_path):
    dist = tmp_path / "dist"
    sh(sys.executable, "-m", "build", "--wheel", "--outdir", dist, ROOT, cwd=tmp_path)
    (wheel,) = dist.glob("sahel_desk-*.whl")
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    # The compiled French catalogue (git-ignored, built by scripts/i18n.py) ships in the wheel.
    assert "sahel_desk/resources/i18n/sahel_desk_fr.qm" in names
    assert "sahel_desk/migrations/versions/0001_initial_schema.py" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    sh(py, "-m", "pip", "install", "--quiet", "--no-deps", wheel, cwd=tmp_path)
    # The headless core only: enough to open, upgrade and fill a database without Qt.
    sh(
        py,
        "-m",
        "pip",
        "install",
        "--quiet",
        "-c",
        ROOT / "constraints.txt",
        "SQLAlchemy",
        "alembic",
        "platformdirs",
        cwd=tmp_path,
    )

    where = sh(py, "-c", "import sahel_desk, sys; print(sahel_desk.__file__)", cwd=tmp_path)
    assert str(env_dir) in where and str(ROOT) not in where

    cli = env_dir / "bin" / "sahel-desk"
    db = tmp_path / "fresh.sqlite"
    sh(cli, "demo", "--incidents", "20", "--db", db, cwd=tmp_path)  # creates and migrates it
    assert "0009" in sh(cli, "db", "upgrade", "--db", db, cwd=tmp_path)
    stats = sh(cli, "stats", "--db", db, cwd=tmp_path)
    assert "23 incidents" in stats
    assert "no problems" in sh(cli, "db", "check", "--db", db, cwd=tmp_path)
