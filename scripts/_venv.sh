# Sourced by scripts/run and scripts/test: make .venv (Python 3.11+) and install the locked set.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${SAHEL_DESK_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"
stamp="$VENV/.installed"
if [ ! -x "$VENV/bin/python" ]; then
  echo "Creating the virtual environment in $VENV …" >&2
  "$PY" -m venv "$VENV"
fi
# Reinstall only when the dependency files changed since the last install.
want="$(cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt" | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing Sahel Desk and its pinned dependencies …" >&2
  "$VENV/bin/python" -m pip install --quiet --upgrade "pip>=24" >&2
  "$VENV/bin/python" -m pip install --quiet -c "$ROOT/constraints.txt" -e "$ROOT[test]" >&2
  echo "$want" > "$stamp"
fi
# Compile the committed translations (.ts) into the .qm files Qt loads; quick, and a no-op when fresh.
"$VENV/bin/python" "$ROOT/scripts/i18n.py" build
